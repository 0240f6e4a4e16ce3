//! Hand-made time vectors (`testdata/time_vectors.jsonl`) against fixed reference
//! times: breadth of English beyond the dev set, and turns that must give nothing.
//! Every case must pass.

mod time_common;

#[test]
fn hand_made_vectors_all_pass() {
    let out = time_common::run(include_str!("../testdata/time_vectors.jsonl"));
    assert!(out.total >= 150, "vector file lost cases: {}", out.total);
    eprintln!(
        "time vectors: {}/{} = {:.1}%",
        out.ok,
        out.total,
        out.percent()
    );
    assert!(
        out.failures.is_empty(),
        "{} of {} failed:\n{}",
        out.failures.len(),
        out.total,
        out.failures.join("\n")
    );
}
