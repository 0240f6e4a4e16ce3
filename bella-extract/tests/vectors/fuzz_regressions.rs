//! Inputs that once were (or could have been) a problem, kept as plain tests.
//!
//! Every crash or hang the fuzz targets in `fuzz/` find gets a test here, with a
//! paragraph on its root cause.

use bella_core::Expect;
use bella_extract::{confirm, name, phone};
use std::time::Duration;

/// Runs `f` on `input` and fails if it takes longer than `limit` (debug build, shared
/// machine: the limits are 50-100x what a linear pass needs).
// The tests, not the crate, read a clock: only to bound how long a call takes.
#[allow(clippy::disallowed_methods)]
fn within(limit: Duration, input: &str, f: impl Fn(&str)) {
    let start = std::time::Instant::now();
    f(input);
    let took = start.elapsed();
    assert!(
        took < limit,
        "took {took:?} on a {}-byte input",
        input.len()
    );
}

/// Root cause: `name::read_name` skipped commas and fillers without bound after every
/// cue, so "I'm , , , , ... I'm , , , ..." read the rest of the turn once per cue:
/// quadratic in the length of the turn. The scan after a cue is now capped at a few
/// tokens (a name is at most four parts).
#[test]
fn name_cue_followed_by_endless_commas_is_linear() {
    let input = "I'm , , , , , , , , , , , , , , , , , , , , ".repeat(2_500);
    within(Duration::from_secs(5), &input, |t| {
        let _ = name::extract(t, None);
        let _ = name::extract(t, Some(Expect::Name));
    });
}

/// Root cause: the phone validator tried every (start, end) cut of a run and, for
/// each, every split into numbers, checking every piece length: O(n^4) in the groups
/// of a run, with a run of "4, 4, 4, ..." making every group a possible cut. Pieces
/// are now only 10 or 11 digits long, so a split is linear and the whole is O(n^3)
/// on at most 40 groups. The same input showed that a cut at a comma could take ten
/// spoken digits out of a longer string: a cut may now drop fewer than four digits only.
#[test]
fn phone_runs_of_single_digits_with_commas_stay_fast() {
    let input = "4, ".repeat(39).to_string() + "x ";
    let input = input.repeat(500);
    within(Duration::from_secs(5), &input, |t| {
        assert!(phone::extract(t, "CA").is_none());
    });
}

/// Root cause (by construction): a long run of digit words overflows the fixed digit
/// buffer of a run; the run is then marked as overflowing and gives nothing instead
/// of writing past the buffer.
#[test]
fn overflowing_runs_give_nothing() {
    let words = "double five ".repeat(50);
    assert!(phone::extract(&words, "CA").is_none());
    let digits = "1234567890".repeat(10);
    assert!(phone::extract(&digits, "CA").is_none());
}

/// Root cause (by construction): spans are byte ranges; multi-byte letters, curly
/// apostrophes and combining accents next to digits must never put a span end inside
/// a character.
#[test]
fn spans_next_to_multibyte_characters() {
    for text in [
        "é403 555 0123é",
        "’4035550123’",
        "Zoe\u{301} 403-555-0123",
        "It’s Zoë O’Brien",
    ] {
        if let Some(m) = phone::extract(text, "CA") {
            assert!(m.span.slice(text).is_some(), "{text:?}");
        }
        if let Some(m) = name::extract(text, None) {
            assert!(m.span.slice(text).is_some(), "{text:?}");
        }
        if let Some(m) = confirm::classify(text) {
            assert!(m.span.slice(text).is_some(), "{text:?}");
        }
    }
}

/// Found by `cargo fuzz run name`. Root cause: after "my first name is John", the last
/// name was taken as one span covering up to two parts ("iz   Smith"), so the spaces
/// (and control characters turned into spaces) between them ended up inside one
/// "part" and the name had more than four space-separated pieces. The last name's
/// parts are now appended one by one, at most four parts in all.
#[test]
fn first_and_last_name_parts_stay_separate() {
    let text = "My first name is John and my last name\u{13}\u{13}\u{13} iz   Smith            ";
    let m = name::extract(text, None).map(|m| m.value.as_str().to_owned());
    assert_eq!(m.as_deref(), Some("John Iz Smith"));
    let text = "my first name is Ana Maria Jose, last name is de la Cruz";
    let m = name::extract(text, None).map(|m| m.value.as_str().to_owned());
    assert_eq!(m.as_deref(), Some("Ana Maria Jose De"));
}
