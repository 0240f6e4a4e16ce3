//! French extraction (SPEC §5) on arbitrary text: never panics; every span is on char
//! boundaries; every rule name starts with `fr/`; a phone is ten NANP digits after
//! `+1` (or valid E.164); a window has no start time; resolving is deterministic.
//!
//! The first byte picks the reference: an instant in 2020-2035 and a Canadian zone
//! where French is spoken. Run with the French dictionary:
//!
//!   RUSTC_BOOTSTRAP=1 cargo fuzz run french -- -dict=french.dict -max_total_time=60
#![no_main]

use bella_core::Expect;
use bella_extract::Lang;
use libfuzzer_sys::fuzz_target;

const ZONES: [&str; 5] = [
    "America/Montreal",
    "America/Toronto",
    "America/Moncton",
    "America/Winnipeg",
    "America/Halifax",
];

fuzz_target!(|data: &[u8]| {
    let Some((text, reference)) = bella_fuzz::text_and_reference(data, &ZONES) else { return };
    let fr = Lang::Fr;
    if let Some(m) = fr.phone(text, "CA") {
        assert!(m.span.slice(text).is_some(), "phone span off a char boundary");
        assert!(m.rule.starts_with("fr/"), "{}", m.rule);
        if let Some(ten) = m.value.national_digits() {
            let d = ten.as_bytes();
            assert!(d.len() == 10 && d[0] >= b'2' && d[3] >= b'2', "NANP shape");
        }
    }
    for expect in [None, Some(Expect::Name)] {
        if let Some(m) = fr.name(text, expect) {
            assert!(m.span.slice(text).is_some(), "name span off a char boundary");
            assert!(m.rule.starts_with("fr/name/"), "{}", m.rule);
        }
    }
    if let Some(m) = fr.parse_time(text) {
        assert!(m.span.slice(text).is_some(), "time span off a char boundary");
        for rule in m.value.rules.iter() {
            assert!(rule.starts_with("fr/"), "{rule}");
        }
    }
    let when = fr.time(text, &reference);
    assert_eq!(when, fr.time(text, &reference), "deterministic");
    if let Some(m) = when {
        assert!(m.span.slice(text).is_some());
        if m.value.window.is_some() {
            assert!(m.value.time.is_none(), "a window has no start time");
        }
    }
    if let Some(m) = fr.confirm(text) {
        assert!(m.span.slice(text).is_some());
    }
});
