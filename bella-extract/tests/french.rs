//! French (fr-CA) vectors, SPEC §5, run through the library with [`Lang::Fr`]:
//!
//! - `testdata/fr_dev_extract.jsonl`, a copy of `shared/eval/dev/extract_fr.jsonl`;
//! - `testdata/fr_vectors.jsonl`, held-out-style cases written for this crate
//!   (several weekdays; America/Toronto, Montreal, Moncton, Winnipeg, Halifax),
//!   generated with their expected values by `testdata/gen_fr_vectors.py`.
//!
//! Every expected field of every case must match (`when`, `part_of_day`, `window`,
//! `phone`, `name`); failures are listed together.

use bella_core::{PartOfDay, ReferenceTime};
use bella_extract::{Lang, Turn, extract};
use serde_json::{Value, json};

const DEV: &str = include_str!("../testdata/fr_dev_extract.jsonl");
const VECTORS: &str = include_str!("../testdata/fr_vectors.jsonl");

fn part(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::Morning => "morning",
        PartOfDay::Afternoon => "afternoon",
        PartOfDay::Evening => "evening",
        #[allow(unreachable_patterns)] // PartOfDay may grow.
        _ => "other",
    }
}

/// What the library answers for one case, in the SPEC's JSON shape.
fn answer(case: &Value) -> Value {
    let text = case["text"].as_str().expect("text");
    let reference = ReferenceTime::parse(
        case["now"].as_str().expect("now"),
        case["tz"].as_str().expect("tz"),
    )
    .expect("valid now/tz");
    let lang: Lang = case["lang"].as_str().unwrap_or("en").parse().expect("lang");
    let found = extract(&Turn {
        text,
        reference,
        region: case["region"].as_str().unwrap_or("CA"),
        expect: case["expect"].as_str().and_then(|e| e.parse().ok()),
        lang,
    });
    for span in [
        found.phone.as_ref().map(|m| m.span),
        found.name.as_ref().map(|m| m.span),
        found.time.as_ref().map(|m| m.span),
    ]
    .into_iter()
    .flatten()
    {
        assert!(
            span.slice(text).is_some(),
            "span off a char boundary in {text:?}"
        );
    }
    let when = found.time.as_ref().map(|m| m.value);
    let hm = |t: Option<chrono::NaiveTime>| t.map(|t| t.format("%H:%M").to_string());
    json!({
        "phone": found.phone.map(|m| m.value.e164().to_owned()),
        "name": found.name.map(|m| m.value.as_str().to_owned()),
        "when": when.filter(|w| w.date.is_some()).map(|w| w.to_string()),
        "part_of_day": when.and_then(|w| w.part_of_day).map(part),
        "window": when.and_then(|w| w.window).map(|w| json!({
            "after": hm(w.after),
            "before": hm(w.before),
        })),
    })
}

fn run(file: &str, min_cases: usize) {
    let mut failures = Vec::new();
    let mut total = 0;
    for line in file.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).expect("case is JSON");
        assert_eq!(case["lang"], "fr", "a French case");
        let got = answer(&case);
        total += 1;
        for (key, want) in case["expected"].as_object().expect("expected") {
            if &got[key] != want {
                failures.push(format!(
                    "{}: {:?}: {key}: want {want} got {}",
                    case["id"], case["text"], got[key]
                ));
            }
        }
    }
    assert!(total >= min_cases, "too few cases: {total}");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn french_dev_set_passes() {
    run(DEV, 150);
}

#[test]
fn french_vectors_pass() {
    run(VECTORS, 140);
}

#[test]
fn rule_names_are_french_and_visible() {
    let now = ReferenceTime::parse("2026-11-17T10:15:00-05:00", "America/Toronto").unwrap();
    let m = Lang::Fr
        .time("jeudi le 19 à 3 h moins quart", &now)
        .unwrap();
    assert!(m.rule.starts_with("fr/day/"), "{}", m.rule);
    let parsed = Lang::Fr
        .parse_time("jeudi le 19 à 3 h moins quart")
        .unwrap();
    assert_eq!(
        parsed.value.rules.as_slice(),
        ["fr/day/jour-date", "fr/clock/h-minutes"]
    );
    let p = Lang::Fr
        .phone("le 514, cinq cinq cinq, douze trente-quatre", "CA")
        .unwrap();
    assert!(p.rule.starts_with("fr/phone/"), "{}", p.rule);
    let n = Lang::Fr.name("je m'appelle Luc Roy", None).unwrap();
    assert_eq!(n.rule, "fr/name/je-mappelle");
}

#[test]
fn english_turns_are_unchanged_by_the_lang_parameter() {
    // The same English turn through Lang::En and through the English entry points.
    let now = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap();
    for text in [
        "My name is Jo Roy, four oh three, 555 0142, next Thursday at 10",
        "it's 416 555 1234",
        "tomorrow after 3",
    ] {
        let turn = Turn {
            text,
            reference: now,
            region: "CA",
            expect: None,
            lang: Lang::En,
        };
        let found = extract(&turn);
        assert_eq!(found.phone, bella_extract::phone::extract(text, "CA"));
        assert_eq!(found.name, bella_extract::name::extract(text, None));
        assert_eq!(found.time, bella_extract::time::extract(text, &now));
    }
}

#[test]
fn earliest_free_time() {
    let now = ReferenceTime::parse("2026-11-17T10:15:00-05:00", "America/Moncton").unwrap();
    for text in [
        "Le plus tôt possible",
        "l'heure la plus proche",
        "dès que possible, s'il vous plaît",
        "la première heure libre",
    ] {
        let m = Lang::Fr
            .time(text, &now)
            .unwrap_or_else(|| panic!("{text}"));
        assert!(m.value.earliest, "{text}");
        assert_eq!(m.rule, "fr/earliest");
    }
    let m = Lang::Fr.time("demain le plus tôt possible", &now).unwrap();
    assert!(m.value.earliest);
    assert_eq!(m.value.to_string(), "2026-11-18");
    assert!(Lang::Fr.time("le plus beau jour", &now).is_none());
}
