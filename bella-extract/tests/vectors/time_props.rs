//! Properties of the time extractor: any string is safe, resolution is deterministic,
//! and every future-biased form resolves to today or later.

use bella_core::ReferenceTime;
use bella_extract::time;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use proptest::prelude::*;

const ZONES: &[&str] = &[
    "America/St_Johns",
    "America/Halifax",
    "America/Toronto",
    "America/Winnipeg",
    "America/Regina",
    "America/Edmonton",
    "America/Vancouver",
    "America/Whitehorse",
];

fn reference(secs: i64, zone: usize) -> ReferenceTime {
    let now = DateTime::<Utc>::from_timestamp(secs, 0).expect("in range");
    ReferenceTime::new(now, ZONES[zone % ZONES.len()].parse().expect("zone"))
}

/// 2020-01-01 .. 2036-01-01.
fn instant() -> impl Strategy<Value = i64> {
    1_577_836_800i64..2_082_758_400i64
}

fn future_form() -> impl Strategy<Value = String> {
    let weekday = prop::sample::select(vec![
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]);
    let month = prop::sample::select(vec![
        "January", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "October",
        "Nov.", "December",
    ]);
    prop_oneof![
        weekday.clone().prop_map(|w| w.to_owned()),
        weekday.clone().prop_map(|w| format!("next {w}")),
        weekday.clone().prop_map(|w| format!("this {w} at 3")),
        weekday.prop_map(|w| format!("{w} next week")),
        (1u32..=31).prop_map(|d| format!("the {d}{}", suffix(d))),
        (month, 1u32..=28).prop_map(|(m, d)| format!("{m} {d}")),
        (1u32..=12, 0u32..60).prop_map(|(h, m)| format!("at {h}:{m:02}")),
        (1u32..=12).prop_map(|h| format!("at {h} pm")),
        (0u32..40).prop_map(|n| format!("in {n} days")),
        Just("tomorrow".to_owned()),
        Just("today".to_owned()),
        Just("the day after tomorrow".to_owned()),
        Just("tonight".to_owned()),
        Just("in the morning".to_owned()),
    ]
}

fn suffix(d: u32) -> &'static str {
    match d {
        1 | 21 | 31 => "st",
        2 | 22 => "nd",
        3 | 23 => "rd",
        _ => "th",
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string_is_safe_and_deterministic(text in "\\PC{0,80}", secs in instant(), zone in 0usize..8) {
        let r = reference(secs, zone);
        let a = time::extract(&text, &r);
        let b = time::extract(&text, &r);
        prop_assert_eq!(&a, &b);
        if let Some(m) = time::parse(&text) {
            prop_assert!(m.span.slice(&text).is_some(), "span off a char boundary");
            prop_assert!(!m.value.rules.as_slice().is_empty());
            prop_assert_eq!(time::resolve(&m.value, &r), time::resolve(&m.value, &r));
        }
    }

    #[test]
    fn time_words_in_any_order_are_safe(
        words in prop::collection::vec(prop::sample::select(vec![
            "next", "week", "thursday", "at", "9", ":", "30", "a.m.", "the", "3rd", "of",
            "december", "half", "past", "quarter", "to", "no", "wait", "tomorrow", "in", "days",
            "two", "thirty", "hundred", "15h30", "930", "-", ",", ".", "not", "or", "a", "m",
            "o'clock", "morning", "tonight", "first", "tuesday", "october", "2027", "noon",
        ]), 0..14),
        secs in instant(),
        zone in 0usize..8,
    ) {
        let text = words.join(" ");
        let r = reference(secs, zone);
        let _ = time::extract(&text, &r);
        let _ = time::extract(&words.concat(), &r);
    }

    #[test]
    fn future_biased_forms_never_resolve_before_today(form in future_form(), secs in instant(), zone in 0usize..8) {
        let r = reference(secs, zone);
        let today: NaiveDate = r.today();
        let m = time::extract(&form, &r);
        prop_assert!(m.is_some(), "no time found in {:?}", form);
        let when = m.map(|m| m.value).unwrap_or_default();
        let date = when.date.unwrap_or(NaiveDate::MIN);
        prop_assert!(date >= today, "{form:?} resolved to {date} before {today}");
        if form.starts_with("at ") {
            // A time without a day: today if still ahead, else tomorrow.
            prop_assert!(date <= today + Duration::days(1));
            if date == today {
                prop_assert!(when.instant(&r).is_some_and(|t| t > r.now), "{form:?} today but past");
            }
        }
        if form.chars().next().is_some_and(char::is_uppercase) && !form.contains(' ') {
            // A weekday alone is never today.
            prop_assert!(date > today);
        }
    }
}
