//! Measures the Excel export: builds `kirjuri_model::example::synthetic(n)`
//! (n = 1000 registers unless given), exports it to xlsx several times and
//! prints the wall time and CPU time of each run and the process's peak
//! memory (VmHWM from /proc/self/status). Run in release:
//! `cargo run --release -p kirjuri-export --bin xlsx-bench -- 1000`.
//! No file is written; the numbers go to `docs/performance.md` by hand.

use chrono::NaiveDate;
use kirjuri_export::{export_xlsx, ExportOptions};
use kirjuri_model::{check, CheckOptions, Language};
use std::time::Instant;

mod measure;
use measure::{peak_memory_mb, process_cpu_seconds, show_mb, synthetic_from_args};

const RUNS: usize = 5;

fn main() {
    let (registers, document, built_in) = synthetic_from_args();
    let after_build = peak_memory_mb();

    let options = ExportOptions {
        language: Language::Sv,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        last_changed: None,
    };
    let mut times = Vec::new();
    let mut cpu_times = Vec::new();
    let mut size = 0;
    for _ in 0..RUNS {
        let start = Instant::now();
        let cpu_start = process_cpu_seconds();
        let bytes = export_xlsx(&document, &options).expect("the export succeeds");
        times.push(start.elapsed().as_secs_f64());
        if let (Some(before), Some(after)) = (cpu_start, process_cpu_seconds()) {
            cpu_times.push(after - before);
        }
        size = bytes.len();
    }
    let after_export = peak_memory_mb();

    // The findings sheet runs the model's checks; time them alone to see their share.
    let start = Instant::now();
    let findings = check(
        &document,
        CheckOptions {
            as_of: options.printed_on,
            export_language: Some(options.language),
        },
    );
    let checks_took = start.elapsed().as_secs_f64();

    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    println!(
        "synthetic({registers}): {} registers, {} purposes, {} data items, {} system links, {} retention rules (built in {:.3} s)",
        document.registers.len(),
        document.purposes.len(),
        document.data_items.len(),
        document.system_links.len(),
        document.retention_rules.len(),
        built_in,
    );
    println!("xlsx: {size} bytes");
    println!(
        "wall time per export: first {:.3} s, median {:.3} s, min {:.3} s, max {:.3} s ({RUNS} runs)",
        times[0],
        sorted[RUNS / 2],
        sorted[0],
        sorted[RUNS - 1],
    );
    if !cpu_times.is_empty() {
        cpu_times.sort_by(f64::total_cmp);
        println!(
            "CPU time of the process per export (all threads): median {:.2} s, min {:.2} s",
            cpu_times[cpu_times.len() / 2],
            cpu_times[0],
        );
    }
    println!(
        "of which kirjuri_model::check: {checks_took:.3} s ({} findings)",
        findings.len()
    );
    println!(
        "peak memory (VmHWM): {} after building the document, {} after exporting",
        show_mb(after_build),
        show_mb(after_export),
    );
}
