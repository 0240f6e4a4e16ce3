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

#[test]
fn the_callers_own_day_bounds_the_window() {
    let now = thursday_morning();
    let t = |h: u32, m: u32| chrono::NaiveTime::from_hms_opt(h, m, 0);
    for (text, after, before) in [
        ("tomorrow before work, I start at ten", None, t(10, 0)),
        ("friday, I start work at 11 so before that", None, t(11, 0)),
        ("monday before my shift, I start at one", None, t(13, 0)),
        ("my shift starts at 2 on friday", None, t(14, 0)),
        ("i start at half nine tomorrow", None, t(9, 30)),
        ("monday, I finish at 4", t(16, 0), None),
        ("wednesday after work, I get off at three", t(15, 0), None),
        ("tomorrow, I'm done work at 2", t(14, 0), None),
        ("im off at four thirty on monday", t(16, 30), None),
        ("friday, work ends at 3", t(15, 0), None),
        ("after my class starts at 1 on monday", t(13, 0), None),
    ] {
        let w = extract(text, &now)
            .and_then(|m| m.value.window)
            .unwrap_or_else(|| panic!("{text}: no window"));
        assert_eq!((w.after, w.before), (after, before), "{text}");
    }
    // The appointment's own start, asked about: no window.
    for text in [
        "could I start at 10 tomorrow?",
        "can we start at 2 on friday",
        "if I start at 10 will I be done by 11",
        "my appointment starts at 10 tomorrow",
        "I can drop it off at 3 on friday",
    ] {
        let w = extract(text, &now).and_then(|m| m.value.window);
        assert!(
            w.is_none() || w.is_some_and(|w| w.after.is_none()),
            "{text}: {w:?}"
        );
    }
}

/// Written after blind round 26 (b26-en-time-011): "before my 3 o'clock" bounds the
/// start at the caller's own engagement; "before my kid's pickup at 3" still does.
#[test]
fn a_bound_at_the_callers_own_engagement() {
    let now = thursday_morning();
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
    for (text, after, before) in [
        ("wednesday, before my 3 o'clock", None, hm(15, 0)),
        ("monday after my 10:30", hm(10, 30), None),
        ("friday before my 4 o'clock appointment", None, hm(16, 0)),
        ("before my kid's pickup at 3", None, hm(15, 0)),
    ] {
        let w = extract(text, &now)
            .and_then(|m| m.value.window)
            .unwrap_or_else(|| panic!("{text}: no window"));
        assert_eq!((w.after, w.before), (after, before), "{text}");
    }
}
