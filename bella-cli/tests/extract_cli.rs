//! The `bella extract --jsonl` contract (SPEC §2) and `bella eval extract`, through the
//! built binary.

mod run;

use run::{bella, extract_for_a_person, lines, temp_file};
use serde_json::Value;

const DEV: &str = include_str!("../../bella-extract/testdata/dev_extract.jsonl");

const NOW: &str = "2026-11-17T10:15:00-07:00";
const TZ: &str = "America/Edmonton";

const KEYS: [&str; 6] = ["id", "phone", "name", "when", "part_of_day", "window"];

#[test]
fn one_line_out_per_line_in_with_every_key() {
    let input = concat!(
        r#"{"id":"a","text":"My number is 403 555 0123","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton"}"#,
        "\n",
        "this is not json\n",
        r#"{"id":"b","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton"}"#,
        "\n",
        r#"{"id":42,"text":"I'm Zoë Côté","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton"}"#,
        "\n",
        r#"{"id":"c","text":"It's four one six five five five one two three four"}"#,
        "\r\n",
        r#"{"id":"d","text":4035550123}"#,
        "\n",
        r#"{"id":"e","text":"tomorrow at 2pm","now":"2026-11-17T10:15:00-07:00","tz":"Mars/Olympus"}"#,
    );
    let out = bella(&["extract", "--jsonl"], input);
    let got = lines(&out);
    assert_eq!(got.len(), 7, "one line per input line: {got:?}");
    for line in &got {
        for key in KEYS {
            assert!(line.get(key).is_some(), "key {key} missing in {line}");
        }
    }
    assert_eq!(got[0]["id"], "a");
    assert_eq!(got[0]["phone"], "+14035550123");
    assert!(got[0].get("error").is_none());
    assert!(
        got[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("not JSON"))
    );
    assert_eq!(got[1]["id"], Value::Null);
    assert_eq!(got[2]["id"], "b");
    assert!(got[2]["error"].as_str().is_some_and(|e| e.contains("text")));
    assert_eq!(got[3]["id"], 42, "numeric ids are echoed unchanged");
    assert_eq!(got[3]["name"], "Zoë Côté");
    // No now/tz: phone still read, time reported as not read.
    assert_eq!(got[4]["phone"], "+14165551234");
    assert_eq!(got[4]["when"], Value::Null);
    assert!(got[4]["error"].as_str().is_some_and(|e| e.contains("now")));
    assert_eq!(got[5]["id"], "d");
    assert!(got[5]["error"].is_string());
    assert!(got[6]["error"].as_str().is_some_and(|e| e.contains("zone")));
    // Bad lines are reported on stderr, without the personal data they carried.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("line 6"), "{stderr}");
    assert!(
        !stderr.contains("4035550123"),
        "stderr leaks a number: {stderr}"
    );
    assert!(!out.status.success(), "bad lines give a non-zero exit");
}

#[test]
fn dev_set_round_trips_in_order() {
    let out = bella(&["extract", "--jsonl"], DEV);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = lines(&out);
    let cases: Vec<Value> = DEV
        .lines()
        .map(|l| serde_json::from_str(l).expect("dev JSON"))
        .collect();
    assert_eq!(got.len(), cases.len());
    let mut right = 0;
    let mut scored = 0;
    for (case, line) in cases.iter().zip(&got) {
        assert_eq!(case["id"], line["id"], "order kept");
        if case["kind"] == "phone" || case["kind"] == "name" {
            scored += 1;
            let expected = case["expected"].as_object().expect("expected");
            right += usize::from(expected.iter().all(|(k, v)| &line[k] == v));
        }
    }
    assert!(right * 100 >= scored * 97, "phone+name {right}/{scored}");
}

#[test]
fn human_output_shows_spans_and_rules() {
    let text = extract_for_a_person(
        "My name is Rocky Jonathan and my cell is 403 555 0123",
        NOW,
        TZ,
        &[],
    );
    assert!(text.contains("+14035550123"), "{text}");
    assert!(text.contains("rule phone/"), "{text}");
    assert!(text.contains("Rocky Jonathan"), "{text}");
    assert!(text.contains("rule name/my-name-is"), "{text}");
    assert!(text.contains("41..53"), "span of the number: {text}");
}

#[test]
fn human_output_shows_the_time_parse_and_its_resolution() {
    let text = extract_for_a_person("Tuesday, no wait, Wednesday at quarter to 3", NOW, TZ, &[]);
    assert!(text.contains("2026-11-18T14:45"), "the resolution: {text}");
    assert!(text.contains("clock/quarter-to"), "the rules: {text}");
    assert!(
        text.contains("weekday: Wed"),
        "the unresolved TimeExpr: {text}"
    );
}

#[test]
fn eval_exits_one_below_min_accuracy() {
    let file = temp_file(
        "eval",
        "cases.jsonl",
        concat!(
            r#"{"id":"p1","kind":"phone","text":"403 555 0123","expected":{"phone":"+14035550123"}}"#,
            "\n",
            r#"{"id":"p2","kind":"phone","text":"call me maybe","expected":{"phone":"+14035550123"}}"#,
            "\n",
        ),
    );
    let path = file.to_str().expect("utf-8 path");
    let low = bella(&["eval", "extract", path, "--min-accuracy", "90"], "");
    let text = String::from_utf8_lossy(&low.stdout);
    assert_eq!(low.status.code(), Some(1), "{text}");
    assert!(text.contains("phone: 1/2 (50.0%)"), "{text}");
    assert!(text.contains("FAIL \"p2\""), "{text}");
    let ok = bella(&["eval", "extract", path, "--min-accuracy", "0.5"], "");
    assert_eq!(ok.status.code(), Some(0));
    std::fs::remove_file(&file).ok();
}

#[test]
fn windows_are_printed_as_the_spec_says() {
    let input = concat!(
        r#"{"id":"w1","text":"Thursday, after 11 but before 2","now":"2026-11-07T10:00:00-06:00","tz":"America/Winnipeg"}"#,
        "\n",
        r#"{"id":"w2","text":"before noon, if you've got anything","now":"2026-12-03T15:45:00-05:00","tz":"America/Toronto"}"#,
        "\n",
        r#"{"id":"w3","text":"Thursday at 3","now":"2026-12-03T15:45:00-05:00","tz":"America/Toronto"}"#,
        "\n",
    );
    let out = bella(&["extract", "--jsonl"], input);
    let got = lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["when"], "2026-11-12");
    assert_eq!(got[0]["window"]["after"], "11:00");
    assert_eq!(got[0]["window"]["before"], "14:00");
    assert_eq!(
        got[1]["when"], "2026-12-04",
        "a window past today moves to tomorrow"
    );
    assert_eq!(got[1]["window"]["after"], Value::Null);
    assert_eq!(got[1]["window"]["before"], "12:00");
    assert_eq!(got[2]["when"], "2026-12-10T15:00");
    assert_eq!(got[2]["window"], Value::Null);
    let human = bella(
        &[
            "extract",
            "Friday after 3",
            "--now",
            "2026-12-03T15:45:00-05:00",
        ],
        "",
    );
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(text.contains("window 15:00..-"), "{text}");
    assert!(text.contains("window/after"), "{text}");
}
