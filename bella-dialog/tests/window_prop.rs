//! Property: an offer or a booking made under a window ("after 3", "between 10 and
//! noon", "anytime but the morning") either fits it, or follows the agent saying that
//! nothing in it is free. Random windows, days, busy slots and follow-up answers
//! (picks, other days, repeats, stalls) are run through the persona simulator.

use bella_core::ReferenceTime;
use bella_dialog::sim;
use chrono::{Duration, NaiveDateTime, NaiveTime};
use proptest::prelude::*;

const NOWS: &[&str] = &[
    "2026-12-01T09:05:00-05:00", // Tuesday morning
    "2026-12-03T15:20:00-05:00", // Thursday afternoon
    "2026-12-04T16:45:00-05:00", // Friday, near closing
    "2026-12-06T11:00:00-05:00", // Sunday
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "tomorrow",
    "next Tuesday",
    "",
];
const HOURS: &[&str] = &["9", "10", "11", "noon", "1", "2", "3", "4"];
const FOLLOW_UPS: &[&str] = &[
    "yes",
    "the second one",
    "the last one",
    "how about Thursday",
    "what about Monday then",
    "hmm",
    "sorry?",
    "hold on",
    "whenever",
    "the first one",
];

fn window_phrase(kind: usize, day: &str, a: usize, b: usize) -> String {
    let (h1, h2) = (HOURS[a.min(b)], HOURS[a.max(b)]);
    let bounded = match kind % 6 {
        0 => format!("after {h1}"),
        1 => format!("before {h2}"),
        2 => format!("between {h1} and {h2}"),
        3 => format!("{h1} or later"),
        4 => "anytime but the morning".to_owned(),
        _ => "not in the afternoon".to_owned(),
    };
    if day.is_empty() {
        bounded
    } else {
        format!("{day} {bounded}")
    }
}

/// Every "H a.m." / "H:MM p.m." spoken in `text`.
fn times_in(text: &str) -> Vec<NaiveTime> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        if w.trim_end_matches(|c: char| !c.is_alphanumeric()) == "noon" {
            out.push(NaiveTime::from_hms_opt(12, 0, 0).unwrap());
            continue;
        }
        let Some(next) = ws.get(i + 1) else { continue };
        let pm = next.starts_with("p.m");
        if !(pm || next.starts_with("a.m")) {
            continue;
        }
        let w = w.trim_start_matches(|c: char| !c.is_ascii_digit());
        let (h, m) = w.split_once(':').unwrap_or((w, "0"));
        let (Ok(h), Ok(m)) = (h.parse::<u32>(), m.parse::<u32>()) else {
            continue;
        };
        let h = match (h, pm) {
            (12, false) => 0,
            (12, true) => 12,
            (h, true) => h + 12,
            (h, false) => h,
        };
        if let Some(t) = NaiveTime::from_hms_opt(h, m, 0) {
            out.push(t);
        }
    }
    out
}

fn said_none_free(text: &str) -> bool {
    let t = text.to_lowercase();
    t.contains("don't have anything") || t.contains("nothing free")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn offers_and_bookings_fit_the_window_unless_none_is_free(
        now in 0..NOWS.len(),
        day in 0..DAYS.len(),
        kind in 0..6usize,
        a in 0..HOURS.len(),
        b in 0..HOURS.len(),
        busy in proptest::collection::vec((0..8i64, 0..16i64), 0..24),
        follow in proptest::collection::vec(0..FOLLOW_UPS.len(), 1..4),
    ) {
        let now_s = NOWS[now];
        let tz = "America/Toronto";
        let reference = ReferenceTime::parse(now_s, tz).unwrap();
        let phrase = window_phrase(kind, DAYS[day], a, b);
        let Some(when) = bella_extract::time::extract(&phrase, &reference).map(|m| m.value) else {
            return Ok(());
        };
        // Only windows as extracted are under test (an unread phrase has none).
        let Some(window) = when.window else { return Ok(()) };
        let today = reference.today();
        let existing: Vec<serde_json::Value> = busy
            .iter()
            .map(|(d, s)| {
                let start: NaiveDateTime = (today + Duration::days(*d))
                    .and_hms_opt(9, 0, 0)
                    .unwrap()
                    + Duration::minutes(30 * s);
                serde_json::json!({"start": start.format("%Y-%m-%dT%H:%M").to_string(), "minutes": 30})
            })
            .collect();
        let mut time = vec![phrase.clone()];
        time.extend(follow.iter().map(|i| FOLLOW_UPS[*i].to_owned()));
        let line = serde_json::json!({
            "id": "window-prop", "now": now_s, "tz": tz, "caller_id": "+16475550100",
            "existing": existing,
            "persona": {"intent": ["Hi, I'd like to book an appointment"], "name": ["Ada Moss"],
                        "phone": ["416 555 0190"], "time": time, "confirm": ["yes"], "other": []}
        })
        .to_string();
        let case = sim::parse_case(&line).unwrap();
        let out = sim::run_case(&case).unwrap();
        // From the agent's answer to the window on: every time offered or read back
        // fits, until the agent has said nothing in the window is free.
        let start = out.turns.iter().position(|t| t.caller.as_deref() == Some(phrase.as_str()));
        let Some(start) = start else { return Ok(()) };
        let mut released = false;
        for t in &out.turns[start + 1..] {
            released |= said_none_free(&t.agent);
            if released
                || t.agent.contains("opening hours")
                || t.agent.contains("We're open")
                || t.agent.contains("we're open until")
            {
                continue;
            }
            for at in times_in(&t.agent) {
                prop_assert!(
                    window.contains(at),
                    "{phrase:?} ({window:?}): agent said {:?}\n{:#?}", t.agent, out.turns
                );
            }
        }
        if let Some(appt) = &out.appointment && !released {
            let at = NaiveDateTime::parse_from_str(&appt.start, "%Y-%m-%dT%H:%M").unwrap();
            prop_assert!(window.contains(at.time()), "{phrase:?}: booked {}", appt.start);
        }
    }
}

#[test]
fn spoken_times_are_read() {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(
        times_in("I have Thursday, December 3rd at 9 a.m., 3:30 p.m. or noon free."),
        vec![t(9, 0), t(15, 30), t(12, 0)]
    );
    assert!(said_none_free(
        "Sorry, I don't have anything free after 3 p.m."
    ));
}
