//! Hand-written cases in the shape of `shared/eval/dev/extract.jsonl`
//! (`testdata/extract_more.jsonl`): new Canadian phrasings of phones, names and times,
//! with expectations derived from SPEC §2 by hand, none copied from the dev set. Every
//! case must pass; `bella eval extract testdata/extract_more.jsonl` scores the same file.

mod time_common;

use bella_extract::{name, phone};
use serde_json::Value;

const MORE: &str = include_str!("../testdata/extract_more.jsonl");

fn cases(kind: &str) -> impl Iterator<Item = Value> + '_ {
    MORE.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<Value>(l).expect("case is JSON"))
        .filter(move |c| c["kind"] == kind)
}

fn report(kind: &str, n: usize, failures: &[String]) {
    assert!(n >= 50, "too few {kind} cases: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} {kind} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn more_phone_cases_all_pass() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases("phone") {
        let text = case["text"].as_str().expect("text");
        let region = case["region"].as_str().unwrap_or("CA");
        let got = phone::extract(text, region).map(|m| m.value.e164().to_owned());
        let want = case["expected"]["phone"].as_str();
        if got.as_deref() != want {
            failures.push(format!(
                "{}: {text:?}: want {want:?} got {got:?}",
                case["id"]
            ));
        }
        n += 1;
    }
    report("phone", n, &failures);
}

#[test]
fn more_name_cases_all_pass() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases("name") {
        let text = case["text"].as_str().expect("text");
        let expect = case["expect"].as_str().and_then(|e| e.parse().ok());
        let got = name::extract(text, expect).map(|m| m.value.as_str().to_owned());
        let want = case["expected"]["name"].as_str();
        if got.as_deref() != want {
            failures.push(format!(
                "{}: {text:?} (expect {}): want {want:?} got {got:?}",
                case["id"], case["expect"]
            ));
        }
        n += 1;
    }
    report("name", n, &failures);
}

#[test]
fn more_time_cases_all_pass() {
    let lines: String = cases("time").map(|c| format!("{c}\n")).collect();
    let out = time_common::run(&lines);
    eprintln!(
        "more time cases: {}/{} = {:.1}%",
        out.ok,
        out.total,
        out.percent()
    );
    report("time", out.total, &out.failures);
}
