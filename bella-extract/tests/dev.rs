//! The labelled development cases (`testdata/dev_extract.jsonl`, a copy of
//! `shared/eval/dev/extract.jsonl`): phone ≥ 99 % and name ≥ 97 %, failures listed.

use bella_core::Expect;
use bella_extract::{name, phone};
use serde_json::Value;

const DEV: &str = include_str!("../testdata/dev_extract.jsonl");

struct Score {
    ok: usize,
    total: usize,
    failures: Vec<String>,
}

fn score(
    kind: &str,
    field: &str,
    run: impl Fn(&str, Option<Expect>, &str) -> Option<String>,
) -> Score {
    let mut s = Score {
        ok: 0,
        total: 0,
        failures: Vec::new(),
    };
    for line in DEV.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("dev case is JSON");
        if case["kind"] != kind {
            continue;
        }
        let text = case["text"].as_str().expect("text");
        let expect = case["expect"].as_str().and_then(|e| e.parse().ok());
        let region = case["region"].as_str().unwrap_or("CA");
        let want = case["expected"][field].as_str().map(str::to_owned);
        let got = run(text, expect, region);
        s.total += 1;
        if got == want {
            s.ok += 1;
        } else {
            s.failures.push(format!(
                "{}: {text:?}: want {want:?} got {got:?}",
                case["id"]
            ));
        }
    }
    s
}

fn check(kind: &str, s: &Score, min: f64) {
    assert!(s.total > 50, "too few {kind} cases: {}", s.total);
    let acc = s.ok as f64 / s.total as f64;
    eprintln!("{kind}: {}/{} ({:.1}%)", s.ok, s.total, acc * 100.0);
    assert!(
        acc >= min,
        "{kind} accuracy {:.1}% below {:.0}%; failures:\n{}",
        acc * 100.0,
        min * 100.0,
        s.failures.join("\n")
    );
}

#[test]
fn dev_phone_at_least_99_percent() {
    let s = score("phone", "phone", |text, _, region| {
        phone::extract(text, region).map(|m| m.value.e164().to_owned())
    });
    check("phone", &s, 0.99);
}

#[test]
fn dev_name_at_least_97_percent() {
    let s = score("name", "name", |text, expect, _| {
        name::extract(text, expect).map(|m| m.value.as_str().to_owned())
    });
    check("name", &s, 0.97);
}
