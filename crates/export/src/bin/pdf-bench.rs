//! Measures the PDF exports: builds `kirjuri_model::example::synthetic(n)`
//! (n = 1000 registers unless given), exports the record of processing to PDF
//! once and then three more times, and one privacy notice, and prints the wall
//! time and CPU time of each run, the page count, the file size and the process's peak
//! memory (VmHWM from /proc/self/status) after the first export and after all.
//! Run in release:
//! `cargo run --release -p kirjuri-export --bin pdf-bench -- 1000`.
//! No file is written; the numbers go to `docs/performance.md` by hand.

use chrono::NaiveDate;
use kirjuri_export::{export_notice_pdf, export_record_pdf, ExportOptions};
use kirjuri_model::Language;
use std::time::Instant;

mod measure;
use measure::{peak_memory_mb, process_cpu_seconds, show_mb, synthetic_from_args};

const RUNS: usize = 3;

fn main() {
    let (registers, document, built_in) = synthetic_from_args();
    let after_build = peak_memory_mb();

    let options = ExportOptions {
        language: Language::Sv,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date"),
        last_changed: None,
    };
    let mut times = Vec::new();
    let mut size = 0;
    let mut pages = 0;
    // The first export alone, for the peak memory of one export.
    let start = Instant::now();
    let bytes = export_record_pdf(&document, &options).expect("the export succeeds");
    let first = start.elapsed().as_secs_f64();
    let after_first = peak_memory_mb();
    drop(bytes);
    let mut cpu_times = Vec::new();
    for _ in 0..RUNS {
        let start = Instant::now();
        let cpu_start = process_cpu_seconds();
        let bytes = export_record_pdf(&document, &options).expect("the export succeeds");
        times.push(start.elapsed().as_secs_f64());
        if let (Some(before), Some(after)) = (cpu_start, process_cpu_seconds()) {
            cpu_times.push(after - before);
        }
        size = bytes.len();
        pages = count_pages(&bytes);
    }
    let after_record = peak_memory_mb();

    let register = document.registers.first().map(|r| r.id);
    let notice = register.map(|register| {
        let start = Instant::now();
        let bytes = export_notice_pdf(&document, register, &options).expect("the notice exports");
        (
            start.elapsed().as_secs_f64(),
            bytes.len(),
            count_pages(&bytes),
        )
    });

    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    println!("synthetic({registers}) built in {built_in:.3} s");
    println!(
        "record of processing: {pages} pages, {:.1} MB; first run {first:.3} s, then {}; median {:.3} s",
        size as f64 / 1e6,
        times
            .iter()
            .map(|t| format!("{t:.3} s"))
            .collect::<Vec<_>>()
            .join(", "),
        sorted[sorted.len() / 2]
    );
    if !cpu_times.is_empty() {
        cpu_times.sort_by(f64::total_cmp);
        println!(
            "CPU time of the process per export (all threads): median {:.2} s",
            cpu_times[cpu_times.len() / 2]
        );
    }
    if let Some((took, size, pages)) = notice {
        println!(
            "privacy notice of one register: {pages} pages, {} KB, {took:.3} s",
            size / 1000
        );
    }
    println!(
        "peak memory (VmHWM): {} after building the document, {} after the first export, {} after all",
        show_mb(after_build),
        show_mb(after_first),
        show_mb(after_record)
    );
}

/// The page count, as the XMP metadata states it (`xmpTPg:NPages`; the
/// metadata stream is not compressed, the page tree is, in an object stream).
fn count_pages(pdf: &[u8]) -> usize {
    const KEY: &[u8] = b"<xmpTPg:NPages>";
    pdf.windows(KEY.len())
        .position(|window| window == KEY)
        .and_then(|at| {
            let digits: Vec<u8> = pdf[at + KEY.len()..]
                .iter()
                .copied()
                .take_while(u8::is_ascii_digit)
                .collect();
            std::str::from_utf8(&digits).ok()?.parse().ok()
        })
        .unwrap_or(0)
}
