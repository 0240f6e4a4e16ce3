//! Hand-written vectors for the phrasings the held-out set uses (`testdata/phone.jsonl`,
//! `testdata/name.jsonl`): every one must pass.

use bella_extract::{name, phone};
use serde_json::Value;

fn cases(data: &'static str) -> impl Iterator<Item = Value> {
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("test vector is JSON"))
}

#[test]
fn phone_vectors() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases(include_str!("../testdata/phone.jsonl")) {
        let text = case["text"].as_str().expect("text");
        let region = case["region"].as_str().unwrap_or("CA");
        let got = phone::extract(text, region);
        if let Some(m) = &got {
            assert!(m.span.slice(text).is_some(), "span off boundary: {text:?}");
            assert!(m.rule.starts_with("phone/"), "rule name: {}", m.rule);
        }
        let got = got.map(|m| m.value.e164().to_owned());
        if got.as_deref() != case["phone"].as_str() {
            failures.push(format!("{text:?}: want {} got {got:?}", case["phone"]));
        }
        n += 1;
    }
    assert!(n >= 50, "too few phone vectors: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn name_vectors() {
    let mut failures = Vec::new();
    let mut n = 0;
    for case in cases(include_str!("../testdata/name.jsonl")) {
        let text = case["text"].as_str().expect("text");
        let expect = case["expect"].as_str().and_then(|e| e.parse().ok());
        let got = name::extract(text, expect);
        if let Some(m) = &got {
            assert!(m.span.slice(text).is_some(), "span off boundary: {text:?}");
            assert!(m.rule.starts_with("name/"), "rule name: {}", m.rule);
        }
        let got = got.map(|m| m.value.as_str().to_owned());
        if got.as_deref() != case["name"].as_str() {
            failures.push(format!(
                "{text:?} (expect {}): want {} got {got:?}",
                case["expect"], case["name"]
            ));
        }
        n += 1;
    }
    assert!(n >= 50, "too few name vectors: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
