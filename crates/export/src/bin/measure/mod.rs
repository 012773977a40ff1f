//! What the bench binaries share: the document they measure with, and what
//! they read of their own process on Linux (from /proc): CPU time, which
//! unlike wall time does not grow when other processes share the cores, and
//! peak resident memory.

use kirjuri_model::Document;
use std::time::Instant;

/// The benchmark's document: `synthetic(n)` for the n given as the first
/// argument (1000 unless given), with n and the seconds it took to build.
pub fn synthetic_from_args() -> (usize, Document, f64) {
    let registers: usize = std::env::args()
        .nth(1)
        .map(|n| n.parse().expect("the number of registers"))
        .unwrap_or(1000);
    let start = Instant::now();
    let document = kirjuri_model::example::synthetic(registers);
    (registers, document, start.elapsed().as_secs_f64())
}

/// User plus system CPU time of the whole process so far, all threads, in
/// seconds (clock ticks of 1/100 s, which Linux fixes); `None` off Linux.
pub fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / 100.0)
}

/// The process's peak resident memory so far (VmHWM), in MB; `None` off Linux.
pub fn peak_memory_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

/// "123 MB", or "unknown".
pub fn show_mb(mb: Option<f64>) -> String {
    mb.map_or_else(|| "unknown".to_string(), |mb| format!("{mb:.0} MB"))
}
