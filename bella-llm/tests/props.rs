//! Property tests: whatever text a model (or an attacker through it) sends back, the
//! reader never panics, and every candidate it accepts holds its type's invariants.

use bella_core::Expect;
use bella_llm::{Candidate, parse_answer};
use proptest::prelude::*;

const SLOTS: [Expect; 6] = [
    Expect::Phone,
    Expect::Name,
    Expect::Time,
    Expect::Intent,
    Expect::Confirm,
    Expect::Other,
];

fn check(candidate: &Candidate) {
    match candidate {
        Candidate::Phone(p) => {
            let digits = p.digits();
            assert!(
                p.e164().starts_with('+') && (8..=15).contains(&digits.len()),
                "{}",
                p.e164()
            );
            assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            if let Some(national) = p.national_digits() {
                let d = national.as_bytes();
                assert!(d[0] >= b'2' && d[3] >= b'2', "NANP-shaped: {national}");
            }
        }
        Candidate::Name(n) => {
            let parts: Vec<&str> = n.as_str().split(' ').collect();
            assert!((1..=4).contains(&parts.len()), "{parts:?}");
            assert!(
                n.as_str()
                    .chars()
                    .all(|c| c.is_alphabetic() || " -'.’".contains(c)),
                "{}",
                n.as_str()
            );
        }
        Candidate::Time(t) => {
            assert!(t.date.is_some() || t.time.is_some() || t.part_of_day.is_some());
        }
        _ => {}
    }
}

/// Text shaped like model answers: JSON objects with the slots' keys and random
/// values, fences and prose around them, and raw noise.
fn answer_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("phone"),
        Just("name"),
        Just("date"),
        Just("time"),
        Just("part_of_day"),
        Just("intent"),
        Just("answer"),
        Just("book_at"),
        Just("override"),
    ];
    let value = prop_oneof![
        Just("null".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        "[+0-9 ()\\-.]{0,20}".prop_map(|s| format!("\"{s}\"")),
        "[A-Za-zéë' \\-]{0,30}".prop_map(|s| format!("\"{s}\"")),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(|s| format!("\"{s}\"")),
        "[0-9]{1,2}:[0-9]{2}".prop_map(|s| format!("\"{s}\"")),
        prop_oneof![
            Just("yes"),
            Just("no"),
            Just("unclear"),
            Just("book"),
            Just("morning"),
            Just("night")
        ]
        .prop_map(|s| format!("\"{s}\"")),
        any::<String>().prop_map(|s| serde_json::Value::String(s).to_string()),
    ];
    let object = proptest::collection::vec((key, value), 0..4).prop_map(|pairs| {
        let body: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("\"{k}\": {v}"))
            .collect();
        format!("{{{}}}", body.join(", "))
    });
    prop_oneof![
        object.clone(),
        object.clone().prop_map(|o| format!("```json\n{o}\n```")),
        (any::<String>(), object).prop_map(|(noise, o)| format!("{noise} {o} {noise}")),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_and_accepts_only_valid_candidates(text in answer_like(), slot in 0usize..SLOTS.len()) {
        if let Ok(Some(candidate)) = parse_answer(SLOTS[slot], &text) {
            check(&candidate);
        }
    }
}
