//! Time extraction on arbitrary text: never panics; the span is on char boundaries;
//! the rule names are `day/`, `clock/`, `part/`, `window/` or `earliest/` rules;
//! resolving is deterministic; a weekday, day of month or bare time never resolves
//! before today; a window has `after < before` when both are set, no time beside it,
//! and no day before today; merging a turn onto itself or onto nothing keeps it.
//!
//! The first byte picks the reference: an instant in 2020-2035 and a Canadian zone.
#![no_main]

use bella_extract::time::{self, DayExpr};
use libfuzzer_sys::fuzz_target;

const ZONES: [&str; 6] = [
    "America/St_Johns",
    "America/Halifax",
    "America/Toronto",
    "America/Regina",
    "America/Edmonton",
    "America/Vancouver",
];

fuzz_target!(|data: &[u8]| {
    let Some((text, reference)) = bella_fuzz::text_and_reference(data, &ZONES) else { return };
    let Some(m) = time::parse(text) else {
        assert!(time::extract(text, &reference).is_none());
        return;
    };
    assert!(m.span.start <= m.span.end);
    assert!(m.span.slice(text).is_some(), "span off a char boundary");
    for rule in m.value.rules.iter() {
        assert!(
            ["day/", "clock/", "part/", "window/", "earliest/"].iter().any(|p| rule.starts_with(p)),
            "{rule}"
        );
    }
    let when = time::resolve(&m.value, &reference);
    assert_eq!(when, time::resolve(&m.value, &reference), "resolve is deterministic");
    if let Some(w) = when.window {
        assert!(w.after.is_some() || w.before.is_some(), "{text:?}: empty window");
        if let (Some(a), Some(b)) = (w.after, w.before) {
            assert!(a < b, "{text:?}: window {a}..{b}");
        }
        assert!(when.time.is_none(), "{text:?}: a window and a time");
        if m.value.day.is_none() {
            let date = when.date.expect("a window without a day gets today or tomorrow");
            assert!(date >= reference.today(), "{text:?}: window on {date} before today");
        }
    }
    if let Some(wx) = m.value.window {
        assert!(m.value.clock.is_none(), "{text:?}: a window beside a clock");
        assert!(wx.after.is_some() || wx.before.is_some());
    }
    assert_eq!(when.merge_onto(when), when, "{text:?}: merging onto itself");
    assert_eq!(when.merge_onto(time::When::default()), when, "{text:?}: onto nothing");
    let future_biased = matches!(
        m.value.day,
        None | Some(DayExpr::Weekday { .. } | DayExpr::DayOfMonth(_) | DayExpr::Tomorrow)
    );
    if future_biased && m.value.in_minutes.is_none() {
        if let Some(date) = when.date {
            assert!(date >= reference.today(), "{text:?} resolved to {date} before today");
        }
    }
});
