//! The window and long-tail vector files, checked on every key SPEC §2 scores for
//! time (`when`, `part_of_day`, `window`) until the shared vector runner reads them.

use super::extract;
use bella_core::ReferenceTime;
use serde_json::{Value, json};

/// Runs every time case of a dev-shaped JSONL file; returns the failures.
fn failures(data: &str) -> (usize, Vec<String>) {
    let mut bad = Vec::new();
    let mut n = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        if case["kind"] != "time" {
            continue;
        }
        n += 1;
        let text = case["text"].as_str().unwrap_or_default();
        let now = case["now"].as_str().unwrap_or_default();
        let tz = case["tz"].as_str().unwrap_or_default();
        let reference = ReferenceTime::parse(now, tz).unwrap_or_else(|e| panic!("{now}: {e}"));
        let got = extract(text, &reference).map(|m| m.value);
        let hm = |t: Option<chrono::NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
        let have = json!({
            "when": got.filter(|w| w.date.is_some()).map(|w| w.to_string()),
            "part_of_day": got.and_then(|w| w.part_of_day).map(|p| format!("{p:?}").to_lowercase()),
            "window": got.and_then(|w| w.window).map(|w| json!({"after": hm(w.after), "before": hm(w.before)})),
        });
        let Some(expected) = case["expected"].as_object() else {
            bad.push(format!("{text}: no expected"));
            continue;
        };
        for (key, want) in expected {
            if have.get(key) != Some(want) {
                bad.push(format!(
                    "{text:?} ({now}): {key} want {want} got {}",
                    have[key]
                ));
            }
        }
    }
    (n, bad)
}

#[test]
fn window_vectors_pass_on_every_key() {
    for (name, data, min) in [
        (
            "time_windows",
            include_str!("../../testdata/time_windows.jsonl"),
            40,
        ),
        (
            "dev_extract_windows",
            include_str!("../../testdata/dev_extract_windows.jsonl"),
            50,
        ),
        (
            "time_long_tail",
            include_str!("../../testdata/time_long_tail.jsonl"),
            25,
        ),
    ] {
        let (n, bad) = failures(data);
        assert!(n >= min, "{name}: only {n} cases");
        assert!(
            bad.is_empty(),
            "{name}: {} failed:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

#[test]
fn windows_keep_their_bounds_ordered() {
    let now = ReferenceTime::parse("2026-11-19T10:15:00-05:00", "America/Toronto")
        .unwrap_or_else(|e| panic!("{e}"));
    for text in [
        "between 4 and 9",
        "after 5 but before 3",
        "from 11 to 1",
        "between 10 and 2 pm",
        "after 11 before midnight",
    ] {
        let w = extract(text, &now)
            .and_then(|m| m.value.window)
            .unwrap_or_else(|| panic!("{text}: no window"));
        if let (Some(a), Some(b)) = (w.after, w.before) {
            assert!(a < b, "{text}: {a} !< {b}");
        }
    }
}

#[test]
fn earliest_phrases_set_earliest_only() {
    let now = ReferenceTime::parse("2026-11-19T10:15:00-05:00", "America/Toronto")
        .unwrap_or_else(|e| panic!("{e}"));
    for text in [
        "as soon as possible",
        "the earliest you have",
        "first available please",
        "whenever works",
        "ASAP",
    ] {
        let w = extract(text, &now).unwrap_or_else(|| panic!("{text}: nothing"));
        assert!(w.value.earliest, "{text}");
        assert_eq!(w.value.date, None, "{text}");
    }
    let fri = extract("the earliest you have on Friday", &now).map(|m| m.value);
    assert!(fri.is_some_and(|w| w.earliest && w.day_said));
    for text in [
        "3 at the earliest",
        "it's my first time calling",
        "next time",
    ] {
        let w = extract(text, &now).map(|m| m.value);
        assert!(!w.is_some_and(|w| w.earliest), "{text}");
    }
}
