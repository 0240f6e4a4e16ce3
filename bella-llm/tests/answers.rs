//! The answer vectors in `testdata/answers.jsonl`: what the model may send for each
//! slot, and what the client makes of it (a candidate, nothing, or a rejection).

use bella_core::Expect;
use bella_llm::{Candidate, LlmError, parse_answer};
use serde_json::{Value, json};

fn describe(candidate: &Option<Candidate>) -> Value {
    match candidate {
        None => json!({"none": true}),
        Some(Candidate::Phone(p)) => json!({"phone": p.e164()}),
        Some(Candidate::Name(n)) => json!({"name": n.as_str()}),
        Some(Candidate::Time(t)) => json!({
            "date": t.date.map(|d| d.format("%Y-%m-%d").to_string()),
            "time": t.time.map(|t| t.format("%H:%M").to_string()),
            "part_of_day": t.part_of_day.map(|p| p.as_str()),
        }),
        Some(Candidate::Intent(i)) => json!({"intent": i.as_str()}),
        Some(Candidate::Confirm(b)) => json!({"confirm": b}),
        Some(other) => json!({"unexpected": format!("{other:?}")}),
    }
}

/// The slots the model may be asked about.
const SLOTS: [Expect; 5] = [
    Expect::Phone,
    Expect::Name,
    Expect::Time,
    Expect::Intent,
    Expect::Confirm,
];

#[test]
fn answer_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in include_str!("../testdata/answers.jsonl")
        .lines()
        .enumerate()
    {
        if line.trim().is_empty() {
            continue;
        }
        count += 1;
        let case: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let slot: Expect = case["slot"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .expect("slot");
        let content = case["content"].as_str().expect("content");
        let got = match parse_answer(slot, content) {
            Ok(candidate) => describe(&candidate),
            Err(LlmError::Schema(_)) => json!({"reject": true}),
            Err(other) => json!({"error": other.to_string()}),
        };
        if got != case["expect"] {
            failures.push(format!(
                "line {} ({}): got {got}, want {}",
                n + 1,
                case["note"],
                case["expect"]
            ));
        }
    }
    assert!(count >= 50, "only {count} vectors");
    assert!(
        failures.is_empty(),
        "{} failing vectors:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn other_slot_is_unsupported() {
    assert_eq!(
        parse_answer(Expect::Other, "{}"),
        Err(LlmError::UnsupportedSlot(Expect::Other))
    );
    assert!(bella_llm::schema_for(Expect::Other).is_err());
}

#[test]
fn schemas_forbid_extra_properties_and_require_every_field() {
    for slot in SLOTS {
        let (name, schema) = bella_llm::schema_for(slot).expect("supported slot");
        assert!(name.ends_with("_answer"));
        assert_eq!(schema["additionalProperties"], json!(false), "{slot}");
        let props: Vec<&String> = schema["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .collect();
        let required: Vec<&str> = schema["required"]
            .as_array()
            .expect("required")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(
            props.len(),
            required.len(),
            "{slot}: strict mode needs every property required"
        );
    }
}

#[test]
fn arbitrary_garbage_never_panics() {
    let samples = [
        "",
        "{",
        "}",
        "{{{{",
        "\"{\"",
        "```",
        "```json\n",
        "{\"a\":\"\\\"}",
        "\u{0}{\u{ffff}}",
        "{\"phone\":\"+\"}",
        "{\"phone\":\"++\"}",
        "{\"name\":\"'\"}",
        "{\"name\":\"-\"}",
    ];
    for s in samples {
        for slot in SLOTS {
            let _ = parse_answer(slot, s);
        }
    }
    for len in 0..300 {
        let s: String = "{\"phone\":\"+1".chars().cycle().take(len).collect();
        let _ = parse_answer(Expect::Phone, &s);
    }
}
