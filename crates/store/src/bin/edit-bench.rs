//! Measures what one edit costs on the Rust side of the window, phase by
//! phase: `Store::apply` (plan and commit), the change set, the checks as
//! the window keeps them (`Checker`, beside one whole `check_at`) and the
//! findings' splices, and the size of what the window is sent; then an undo. On `kirjuri_model::example::synthetic(n)` for each `n`
//! given (default 10 100 1000 10000), in a file under the system's temporary
//! folder that is removed after. Run in release:
//! `cargo run --release -p kirjuri-store --bin edit-bench -- 1000`.
//! The numbers go to `docs/performance.md` by hand; never a test.

use kirjuri_model::changes::splices;
use kirjuri_model::checks::check_at;
use kirjuri_model::{example, CheckOptions, Checker, Edit, LocalizedText, Record};
use kirjuri_store::Store;
use std::time::Instant;

const EDITS: usize = 30;

fn millis(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1000.0
}

/// "p50 / p95 ms" of `times`.
fn percentiles(times: &mut [f64]) -> String {
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    format!("{:7.2} / {:7.2} ms", at(0.5), at(0.95))
}

fn main() {
    let sizes = match std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<Vec<usize>, _>>()
    {
        Ok(sizes) if !sizes.is_empty() => sizes,
        _ => vec![10, 100, 1000, 10_000],
    };
    let folder = std::env::temp_dir().join(format!("kirjuri-edit-bench-{}", std::process::id()));
    if let Err(error) = std::fs::create_dir_all(&folder) {
        eprintln!("edit-bench: cannot create {}: {error}", folder.display());
        std::process::exit(1);
    }
    for registers in sizes {
        let path = folder.join(format!("synthetic-{registers}.sqlite"));
        let document = example::synthetic(registers);
        let start = Instant::now();
        let mut store = match Store::create_from(&path, &document, "bench") {
            Ok(store) => store,
            Err(error) => {
                eprintln!("edit-bench: {error}");
                std::process::exit(1);
            }
        };
        println!(
            "{registers} registers ({} records): file written in {:.0} ms",
            document.records().len(),
            millis(start)
        );
        let now = chrono::Local::now().naive_local();
        let options = CheckOptions {
            as_of: now.date(),
            export_language: None,
        };
        let mut checker = Checker::default();
        let mut shown = checker.check(store.document(), options, now, None);
        let start = Instant::now();
        let whole = check_at(store.document(), options, now);
        let whole_check = millis(start);
        assert_eq!(whole, shown);
        let (mut apply, mut set_time, mut check, mut diff, mut bytes, mut sizes_sent) =
            (vec![], vec![], vec![], vec![], vec![], vec![]);
        for n in 0..EDITS {
            let mut register = store.document().registers[n % registers].clone();
            register.name = LocalizedText::same(format!("Register {n} renamed"));
            let edits = [Edit::Put {
                record: Record::Register(register),
            }];
            let start = Instant::now();
            let changes = store.apply("bench", &edits).expect("the edit applies");
            apply.push(millis(start));
            let start = Instant::now();
            let set = store.document().change_set(&changes);
            set_time.push(millis(start));
            let start = Instant::now();
            let findings = checker.check(store.document(), options, now, Some(&changes));
            check.push(millis(start));
            let start = Instant::now();
            let found = splices(&shown, &findings);
            diff.push(millis(start));
            shown = findings;
            let start = Instant::now();
            let sent = serde_json::to_string(&(&set, &found)).expect("serializes");
            bytes.push(millis(start));
            sizes_sent.push(sent.len() as f64 / 1000.0);
        }
        let mut undo = Vec::new();
        for _ in 0..10 {
            let start = Instant::now();
            store.undo("bench").expect("undo works");
            undo.push(millis(start));
        }
        let whole = serde_json::to_string(store.document())
            .map(|s| s.len())
            .unwrap_or(0);
        println!("  apply (plan + commit)   {}", percentiles(&mut apply));
        println!("  change set              {}", percentiles(&mut set_time));
        println!(
            "  checks kept edit by edit {} (a whole check: {whole_check:.2} ms)",
            percentiles(&mut check)
        );
        println!("  findings' splices       {}", percentiles(&mut diff));
        println!("  to JSON                 {}", percentiles(&mut bytes));
        println!(
            "  sent per edit {:.1} kB (the whole document: {:.1} MB), {} findings",
            sizes_sent.iter().sum::<f64>() / sizes_sent.len() as f64,
            whole as f64 / 1e6,
            shown.len()
        );
        println!("  undo (store)            {}", percentiles(&mut undo));
        drop(store);
        let _ = std::fs::remove_file(&path);
    }
    let _ = std::fs::remove_dir_all(&folder);
}
