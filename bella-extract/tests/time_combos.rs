//! Generated combinations (`testdata/time_combos.jsonl`, made by
//! `testdata/gen_time_combos.py`): day phrases × clock phrases × sentence templates at
//! three reference times, expected values computed by the generator on its own.
//! Every case must pass.

mod time_common;

#[test]
fn generated_combinations_all_pass() {
    let out = time_common::run(include_str!("../testdata/time_combos.jsonl"));
    assert!(
        out.total >= 1000,
        "combination file lost cases: {}",
        out.total
    );
    eprintln!(
        "time combos: {}/{} = {:.1}%",
        out.ok,
        out.total,
        out.percent()
    );
    let shown: Vec<_> = out.failures.iter().take(40).cloned().collect();
    assert!(
        out.failures.is_empty(),
        "{} of {} failed:\n{}",
        out.failures.len(),
        out.total,
        shown.join("\n")
    );
}
