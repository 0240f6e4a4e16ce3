//! Combining turns the way the dialog does: each turn's [`When`] merged onto what the
//! earlier turns established, and what is still missing after each step.

use bella_core::ReferenceTime;
use bella_extract::time::{self, Missing, When};

/// Runs a conversation; returns the merged value and what is missing after each turn.
fn converse(turns: &[&str]) -> Vec<(String, Missing)> {
    let r = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").expect("ref");
    let mut known = When::default();
    turns
        .iter()
        .map(|t| {
            let said = time::extract(t, &r).map(|m| m.value).unwrap_or_default();
            known = said.merge_onto(known);
            let part = known
                .part_of_day
                .map(|p| format!(" {p}"))
                .unwrap_or_default();
            (format!("{known}{part}"), known.missing())
        })
        .collect()
}

#[test]
fn a_bare_time_keeps_the_day_under_discussion() {
    let got = converse(&["Thursday", "10 a.m."]);
    assert_eq!(got[0], ("2026-11-19".to_owned(), Missing::Time));
    assert_eq!(got[1], ("2026-11-19T10:00".to_owned(), Missing::Nothing));
}

#[test]
fn a_new_day_replaces_the_old_one_and_its_time() {
    let got = converse(&["Thursday at 10", "actually, make it Friday", "at 2"]);
    assert_eq!(got[0].0, "2026-11-19T10:00");
    assert_eq!(got[1], ("2026-11-20".to_owned(), Missing::Time));
    assert_eq!(got[2], ("2026-11-20T14:00".to_owned(), Missing::Nothing));
}

#[test]
fn a_time_first_then_the_day() {
    let got = converse(&["at 9:30", "next week. Thursday"]);
    // The time alone resolves by future bias (09:30 has passed today), day unsaid.
    assert_eq!(got[0], ("2026-11-18T09:30".to_owned(), Missing::Day));
    // The day said next completes it.
    assert_eq!(got[1], ("2026-11-26T09:30".to_owned(), Missing::Nothing));
}

#[test]
fn a_part_of_day_narrows_a_day_and_turns_without_time_keep_it() {
    let got = converse(&["next Monday", "in the afternoon", "yes", "quarter past two"]);
    assert_eq!(got[1], ("2026-11-23 afternoon".to_owned(), Missing::Time));
    assert_eq!(got[2], got[1]);
    assert_eq!(got[3], ("2026-11-23T14:15".to_owned(), Missing::Nothing));
}
