//! `lang` in `bella extract` and `bella eval extract` (SPEC §5.1), through the built
//! binary: per-line `lang`, the `--lang` default, an unknown `lang`, rule names in the
//! human output, and the French dev set scored by `bella eval extract`.

mod run;

use run::{bella, extract_for_a_person, lines, temp_file};
use serde_json::Value;

const FR_DEV: &str = include_str!("../../bella-extract/testdata/fr_dev_extract.jsonl");

const NOW: &str = r#""now":"2026-11-17T10:15:00-05:00","tz":"America/Montreal""#;

#[test]
fn lang_per_line_picks_the_rules() {
    let input = [
        format!(r#"{{"id":"fr","lang":"fr","text":"ici Luc Roy, demain à 14 h 30",{NOW}}}"#),
        format!(r#"{{"id":"en","text":"tomorrow at 2:30 pm, this is Luc Roy",{NOW}}}"#),
        format!(r#"{{"id":"frca","lang":"fr-CA","text":"le 514, cinq cinq cinq, douze trente-quatre",{NOW}}}"#),
        format!(r#"{{"id":"bad","lang":"klingon","text":"demain",{NOW}}}"#),
        format!(r#"{{"id":"en-fr-text","lang":"en","text":"demain à 14 h 30",{NOW}}}"#),
    ]
    .join("\n");
    let out = bella(&["extract", "--jsonl"], &input);
    let got = lines(&out);
    assert_eq!(got.len(), 5, "{got:?}");
    assert_eq!(got[0]["when"], "2026-11-18T14:30");
    assert_eq!(got[0]["name"], "Luc Roy");
    assert_eq!(got[1]["when"], "2026-11-18T14:30");
    assert_eq!(got[1]["name"], "Luc Roy");
    assert_eq!(got[2]["phone"], "+15145551234");
    assert_eq!(got[3]["id"], "bad");
    assert!(
        got[3]["error"]
            .as_str()
            .is_some_and(|e| e.contains("unknown language")),
        "{}",
        got[3]
    );
    assert_eq!(got[3]["when"], Value::Null);
    // English rules do not read French.
    assert_eq!(got[4]["when"], Value::Null);
    assert!(!out.status.success(), "an error line sets the exit status");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 4"), "{stderr}");
}

#[test]
fn lang_flag_is_the_default_for_lines_without_lang() {
    let input = format!(r#"{{"id":"x","text":"mardi prochain à 9 h",{NOW}}}"#);
    let fr = lines(&bella(&["extract", "--jsonl", "--lang", "fr"], &input));
    assert_eq!(fr[0]["when"], "2026-11-24T09:00");
    let en = lines(&bella(&["extract", "--jsonl"], &input));
    assert_eq!(en[0]["when"], Value::Null);
    let bad = bella(&["extract", "--jsonl", "--lang", "xx"], "");
    assert!(!bad.status.success());
}

#[test]
fn human_output_shows_french_rule_names() {
    let text = extract_for_a_person(
        "Bonjour, ici marie-ève d'amours, jeudi le 19 à 3 h moins quart, c'est beau",
        "2026-11-17T10:15:00-05:00",
        "America/Montreal",
        &["--lang", "fr"],
    );
    for want in [
        "Marie-Ève D'Amours",
        "rule fr/name/ici",
        "2026-11-19T14:45",
        "rule fr/day/jour-date",
        "fr/clock/h-minutes",
        "rule fr/confirm/cest-beau",
        "lang fr",
    ] {
        assert!(text.contains(want), "{want:?} missing in:\n{text}");
    }
}

#[test]
fn eval_extract_scores_the_french_dev_set() {
    let file = temp_file("fr-eval", "extract_fr.jsonl", FR_DEV);
    let out = bella(
        &[
            "eval",
            "extract",
            file.to_str().expect("utf-8 path"),
            "--min-accuracy",
            "0.97",
        ],
        "",
    );
    std::fs::remove_file(&file).ok();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(text.contains("overall: 150/150"), "{text}");
}
