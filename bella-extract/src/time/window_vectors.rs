//! Window and earliest-time properties beside the vector files: a window's bounds stay
//! ordered, and "as soon as possible" sets `earliest` only. (The window and long-tail
//! vector files themselves run in the one runner, `tests/vectors/`.)

use super::extract;
use bella_core::ReferenceTime;

/// Thursday 2026-11-19, 10:15 in Toronto.
fn thursday_morning() -> ReferenceTime {
    ReferenceTime::parse("2026-11-19T10:15:00-05:00", "America/Toronto")
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn windows_keep_their_bounds_ordered() {
    let now = thursday_morning();
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
    let now = thursday_morning();
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
