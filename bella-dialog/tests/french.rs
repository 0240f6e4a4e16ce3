//! French calls (SPEC §5.7) as data: the shared French dev set
//! (`testdata/dev_calls_fr.jsonl`, a copy of `../shared/eval/dev/calls_fr.jsonl`) and
//! our own French scripts (`testdata/scripts_fr.jsonl`: offers, corrections, windows,
//! refusals, transfer, silence, caller id, repeats and stalls, cancel, reschedule,
//! check, hours, and callers who switch language mid-call), each checked against its
//! `expected` block, `agent_lang` included, by the shared checker.

mod scripted;

use bella_dialog::sim;
use serde_json::Value;

fn failures(data: &str) -> (usize, Vec<String>) {
    let mut wrong = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        n += 1;
        let v: Value = serde_json::from_str(line).expect("a JSON line");
        let case = sim::parse_case(line).expect("a call case");
        let out = sim::run_case(&case).expect("the call runs");
        if let Err(e) = scripted::verify(&v, out) {
            wrong.push(format!("{}: {e}", v["id"]));
        }
    }
    (n, wrong)
}

#[test]
fn french_dev_calls_all_pass_in_french() {
    let (n, wrong) = failures(include_str!("../testdata/dev_calls_fr.jsonl"));
    assert_eq!(n, 20);
    assert!(
        wrong.is_empty(),
        "{} failing:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn french_scripts_pass() {
    let (n, wrong) = failures(include_str!("../testdata/scripts_fr.jsonl"));
    assert!(n >= 25);
    assert!(
        wrong.is_empty(),
        "{} of {n} failing:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_bad_languages_field_is_refused_not_run() {
    let line = r#"{"id":"x","now":"2026-11-17T10:15:00-05:00","tz":"America/Toronto","languages":["de-DE"],"persona":{}}"#;
    let case = sim::parse_case(line).expect("parses");
    let err = sim::run_case(&case).expect_err("de is not spoken");
    assert!(err.to_string().contains("languages"), "{err}");
}
