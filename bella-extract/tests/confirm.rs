//! Yes / no / correction vectors from `testdata/confirm.jsonl`.

use bella_extract::confirm::{Confirmation, Field, reply};
use serde_json::Value;

const CASES: &str = include_str!("../testdata/confirm.jsonl");

fn answer_name(c: Confirmation) -> &'static str {
    match c {
        Confirmation::Yes => "yes",
        Confirmation::No => "no",
        _ => "other",
    }
}

fn field_name(f: Field) -> &'static str {
    match f {
        Field::Name => "name",
        Field::Phone => "phone",
        Field::Time => "time",
        _ => "other",
    }
}

#[test]
fn confirm_vectors() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("test vector is JSON");
        let text = case["text"].as_str().expect("text");
        let r = reply(text);
        let got_answer = r.answer.as_ref().map(|m| answer_name(m.value));
        let got_field = r.field.as_ref().map(|m| field_name(m.value));
        if got_answer != case["answer"].as_str() || got_field != case["field"].as_str() {
            failures.push(format!(
                "{text:?}: want {} / {}, got {got_answer:?} / {got_field:?}",
                case["answer"], case["field"]
            ));
        }
        if let Some(m) = &r.answer {
            assert!(
                m.span.slice(text).is_some(),
                "span off boundary for {text:?}"
            );
        }
        n += 1;
    }
    assert!(n >= 40, "too few vectors: {n}");
    assert!(
        failures.is_empty(),
        "{} of {n} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
