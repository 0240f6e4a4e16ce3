//! No panic on any input: arbitrary strings (non-ASCII, control characters, long
//! inputs) through the lexer, phone, name and yes/no extractors; spans always on char
//! boundaries; phones always valid E.164.

use bella_core::Expect;
use bella_extract::{confirm, lexer, name, phone};
use proptest::prelude::*;

fn check_all(text: &str) {
    for t in lexer::tokens(text) {
        assert_eq!(t.span.slice(text), Some(t.text));
        assert!(!t.text.is_empty());
    }
    for region in ["CA", "GB", "", "zz"] {
        if let Some(m) = phone::extract(text, region) {
            assert!(m.span.slice(text).is_some(), "phone span off boundary");
            let e164 = m.value.e164();
            assert!(e164.starts_with('+'));
            let digits = &e164[1..];
            assert!((8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()));
            if let Some(ten) = m.value.national_digits() {
                let d = ten.as_bytes();
                assert!(d[0] >= b'2' && d[3] >= b'2', "NANP shape");
            }
        }
    }
    for expect in [None, Some(Expect::Name), Some(Expect::Phone)] {
        if let Some(m) = name::extract(text, expect) {
            assert!(m.span.slice(text).is_some(), "name span off boundary");
            let parts = m.value.as_str().split(' ').count();
            assert!((1..=4).contains(&parts), "at most four parts");
        }
    }
    let reply = confirm::reply(text);
    if let Some(m) = reply.answer {
        assert!(m.span.slice(text).is_some());
    }
    if let Some(m) = reply.field {
        assert!(m.span.slice(text).is_some());
    }
}

/// Words the extractors care about, to reach deep paths more often than random text.
const VOCAB: &[&str] = &[
    "oh", "o", "zero", "one", "two", "four", "five", "six", "nine", "ten", "sixteen", "twenty",
    "thirty", "hundred", "thousand", "double", "triple", "plus", "+", "1", "403", "555", "0123",
    "4111", "011", "44", "-", ",", ".", "(", ")", "$", "%", ":", "/", "my", "name", "is", "it's",
    "I'm", "this", "call", "me", "Mr", "Dr.", "uh", "Zoë", "O'Connor", "Jean-Luc", "K-A-T-E", "K",
    "no", "yes", "not", "sure", "sorry", "rather", "say", "first", "last", "speaking", "é",
    "\u{301}", "’", "\u{0}", "\t", "🙂", "Ω",
];

fn vocab_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCAB), 0..40).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_all(&text);
    }

    #[test]
    fn vocabulary_soup_never_panics(text in vocab_text()) {
        check_all(&text);
    }

    #[test]
    fn glued_vocabulary_never_panics(words in prop::collection::vec(prop::sample::select(VOCAB), 0..30)) {
        check_all(&words.concat());
    }
}

#[test]
fn long_inputs_never_panic() {
    let digits = "4".repeat(100_000);
    check_all(&digits);
    let spoken = "four ".repeat(20_000);
    check_all(&spoken);
    let groups = "403 555 0123 ".repeat(8_000);
    check_all(&groups);
    assert_eq!(
        phone::extract(&groups, "CA").map(|m| m.value.e164().to_owned()),
        None
    );
    let names = "my name is Zoë ".repeat(7_000);
    check_all(&names);
    let controls: String = (0u8..32).map(char::from).cycle().take(100_000).collect();
    check_all(&controls);
    let mixed = "Zoë 🙂 é\u{301} 1-800 ".repeat(5_000);
    check_all(&mixed);
}
