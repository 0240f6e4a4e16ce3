//! No panic on French input: French words, number words, elisions, accents and
//! arbitrary strings through every French extractor ([`Lang::Fr`]); spans always on
//! char boundaries; a phone is always ten NANP digits after `+1` (or valid E.164);
//! a name has at most four words besides particles.

use bella_core::{Expect, ReferenceTime};
use bella_extract::Lang;
use proptest::prelude::*;

fn check_all(text: &str) {
    let now = ReferenceTime::parse("2026-11-17T10:15:00-05:00", "America/Montreal").unwrap();
    let fr = Lang::Fr;
    if let Some(m) = fr.phone(text, "CA") {
        assert!(m.span.slice(text).is_some(), "phone span off boundary");
        let e164 = m.value.e164();
        assert!(e164.starts_with('+'));
        if let Some(ten) = m.value.national_digits() {
            let d = ten.as_bytes();
            assert_eq!(d.len(), 10);
            assert!(d.iter().all(u8::is_ascii_digit));
            assert!(d[0] >= b'2' && d[3] >= b'2', "NANP shape");
        }
    }
    for expect in [None, Some(Expect::Name)] {
        if let Some(m) = fr.name(text, expect) {
            assert!(m.span.slice(text).is_some(), "name span off boundary");
            let words = m
                .value
                .as_str()
                .split(' ')
                .filter(|w| !matches!(*w, "de" | "du" | "des" | "Le" | "La"))
                .count();
            assert!(
                (1..=4).contains(&words),
                "at most four words: {}",
                m.value.as_str()
            );
        }
    }
    if let Some(m) = fr.time(text, &now) {
        assert!(m.span.slice(text).is_some(), "time span off boundary");
        assert!(m.value.date.is_some() || m.value.earliest);
        if let Some(w) = m.value.window {
            assert!(m.value.time.is_none(), "a window has no start time");
            assert!(w.after.is_some() || w.before.is_some());
        }
    }
    if let Some(m) = fr.parse_time(text) {
        assert!(m.span.slice(text).is_some());
    }
    if let Some(m) = fr.confirm(text) {
        assert!(m.span.slice(text).is_some());
    }
}

/// French words the rules care about, to reach deep paths more often than random text.
const VOCAB: &[&str] = &[
    "zéro",
    "un",
    "une",
    "deux",
    "cinq",
    "sept",
    "dix",
    "onze",
    "seize",
    "dix-sept",
    "vingt",
    "et",
    "trente",
    "soixante",
    "soixante-dix",
    "quatre",
    "quatre-vingt",
    "quatre-vingts",
    "quatre-vingt-dix-neuf",
    "cent",
    "cents",
    "mille",
    "le",
    "la",
    "l'",
    "d'",
    "c'est",
    "moi",
    "je",
    "m'appelle",
    "mon",
    "nom",
    "prénom",
    "de",
    "famille",
    "ici",
    "au",
    "pour",
    "poste",
    "non",
    "pardon",
    "oui",
    "ouais",
    "pas",
    "vraiment",
    "h",
    "heures",
    "midi",
    "minuit",
    "moins",
    "quart",
    "demie",
    "matin",
    "avant-midi",
    "après-midi",
    "après",
    "avant",
    "entre",
    "à",
    "partir",
    "sauf",
    "soir",
    "mardi",
    "prochain",
    "semaine",
    "prochaine",
    "qui",
    "vient",
    "demain",
    "aujourd'hui",
    "dans",
    "jours",
    "1er",
    "décembre",
    "514",
    "555",
    "0123",
    "14",
    "30",
    "2",
    "12",
    "+",
    "-",
    ",",
    ".",
    ":",
    "'",
    "’",
    "Marie-Ève",
    "D'Amours",
    "St-Pierre",
    "C-O-T-E",
    "madame",
    "euh",
    "é",
    "\u{301}",
    "\u{0}",
    "\t",
    "🙂",
    "Ω",
    "ÉÉÉ",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..40).prop_map(|w| w.join(" "))
}

fn glued_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..20).prop_map(|w| w.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn french_vocabulary_never_panics(text in vocab_text()) {
        check_all(&text);
    }

    #[test]
    fn glued_french_never_panics(text in glued_text()) {
        check_all(&text);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_all(&text);
    }
}

#[test]
fn long_inputs_do_not_panic() {
    check_all(&"quatre-vingt-dix-neuf ".repeat(2_000));
    check_all(&"c'est ".repeat(5_000));
    check_all(&"entre midi et ".repeat(3_000));
}
