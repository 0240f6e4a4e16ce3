//! Runs every English extractor over the dev corpus many times, for profilers:
//! `valgrind --tool=callgrind target/release/examples/profile_extract 1` gives
//! instructions per turn (total / (turns × rounds)); the argument is the number of
//! rounds (default 1) and the optional second one an extractor
//! (`all`, `phone`, `name`, `time`).

use bella_extract::{Lang, Turn, name, phone, time};
use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1);
    let which = args.next().unwrap_or_else(|| "all".to_owned());
    let cases = bella_benches::english_dev();
    let mut found = 0usize;
    for _ in 0..rounds {
        for case in &cases {
            found += match which.as_str() {
                "phone" => usize::from(phone::extract(black_box(&case.text), "CA").is_some()),
                "name" => usize::from(name::extract(black_box(&case.text), case.expect).is_some()),
                "time" => {
                    usize::from(time::extract(black_box(&case.text), &case.reference).is_some())
                }
                _ => {
                    let turn = Turn {
                        text: &case.text,
                        reference: case.reference,
                        region: "CA",
                        expect: case.expect,
                        lang: Lang::En,
                    };
                    let e = bella_extract::extract(black_box(&turn));
                    usize::from(e.phone.is_some())
                        + usize::from(e.name.is_some())
                        + usize::from(e.time.is_some())
                }
            };
        }
    }
    println!(
        "{} turns x {rounds} rounds ({which}): {found} found",
        cases.len()
    );
}
