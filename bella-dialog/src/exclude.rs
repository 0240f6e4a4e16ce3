//! What a caller rules out beside a day or a window: "between 2 and 4 but not 3",
//! "not 1 either", "anytime next week except Wednesday", "not Monday though". The
//! times and weekdays said after such a cue are kept for the whole call, like a
//! window, and no offer falls on them; naming one of them outright later takes it
//! back. "Not before 3", "not in the morning" are windows (the extractor's), not this.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The starts and weekdays the caller ruled out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Exclusions {
    pub times: Vec<NaiveTime>,
    pub weekdays: Vec<Weekday>,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const SMALL: [&str; 13] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

/// Words that may stand between a cue and what it rules out: "not at 3", "except on
/// Wednesday", "but not the 3 o'clock", "anything except for Monday".
const FILLER: [&str; 6] = ["at", "on", "the", "a", "for", "any"];

fn weekday(w: &str) -> Option<Weekday> {
    let w = w.strip_suffix('s').unwrap_or(w);
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

/// A clock at `ws[i..]` read as a business hour (1 to 6 afternoon, 7 to 11 morning,
/// 12 noon; "a.m." / "p.m." override it): "3", "3:30", "three thirty", "1 p.m.".
fn clock(ws: &[String], i: usize) -> Option<NaiveTime> {
    let w = ws.get(i)?;
    let h = w
        .parse::<u32>()
        .ok()
        .filter(|_| w.len() <= 2)
        .or_else(|| {
            SMALL
                .iter()
                .position(|s| s == w)
                .and_then(|p| u32::try_from(p).ok())
        })
        .filter(|h| (1..=12).contains(h))?;
    let mut j = i + 1;
    let mut m = 0;
    match ws.get(j).map(String::as_str) {
        Some("thirty") => (m, j) = (30, j + 1),
        Some("fifteen") => (m, j) = (15, j + 1),
        Some("o'clock") => j += 1,
        Some(x) if x.len() == 2 && x.parse::<u32>().is_ok_and(|x| x < 60) => {
            (m, j) = (x.parse().unwrap_or(0), j + 1);
        }
        _ => {}
    }
    let rest = ws.get(j..).unwrap_or(&[]);
    let pm = rest.first().is_some_and(|w| w == "pm") || rest.starts_with(&["p".into(), "m".into()]);
    let am = rest.first().is_some_and(|w| w == "am") || rest.starts_with(&["a".into(), "m".into()]);
    // "not 3 people", "except 2 days": a count, not a clock.
    if rest.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "people" | "days" | "day" | "weeks" | "week" | "minutes" | "hours" | "times"
        )
    }) {
        return None;
    }
    let hour = match h {
        1..=6 if !am => h + 12,
        7..=11 if pm => h + 12,
        12 if am => 0,
        _ => h,
    };
    NaiveTime::from_hms_opt(hour, m, 0)
}

impl Exclusions {
    /// Adds what `ws` rules out: a weekday or a clock after "not", "except", "other
    /// than", "besides", "excluding", and a weekday after "but" ("any day but
    /// Wednesday"). Returns whether anything was added.
    pub(crate) fn read(&mut self, ws: &[String]) -> bool {
        let mut added = false;
        for (i, w) in ws.iter().enumerate() {
            let cue_end = match w.as_str() {
                "not" | "except" | "besides" | "excluding" => i + 1,
                "other" if ws.get(i + 1).is_some_and(|n| n == "than") => i + 2,
                "but" => i + 1,
                _ => continue,
            };
            let only_days = w == "but" && ws.get(cue_end).is_none_or(|n| n != "not");
            let mut j = cue_end + usize::from(ws.get(cue_end).is_some_and(|n| n == "not"));
            while ws.get(j).is_some_and(|n| FILLER.contains(&n.as_str())) {
                j += 1;
            }
            // "anytime but Friday morning", "except Thursday afternoon": a part of
            // the day is ruled out (the extractor's window), not the whole day.
            let part_after = ws.get(j + 1).is_some_and(|n| {
                matches!(n.as_str(), "morning" | "afternoon" | "evening" | "night")
            });
            if let Some(d) = ws.get(j).and_then(|n| weekday(n)).filter(|_| !part_after) {
                if !self.weekdays.contains(&d) {
                    self.weekdays.push(d);
                    added = true;
                }
            } else if !only_days
                && let Some(t) = clock(ws, j)
                && !self.times.contains(&t)
            {
                self.times.push(t);
                added = true;
            }
        }
        added
    }

    /// Whether `ws` rules anything out ("not 9 though"): such a turn picks no offer.
    pub(crate) fn said(ws: &[String]) -> bool {
        Self::default().read(ws)
    }

    /// Whether a start is still open to offer.
    pub(crate) fn allows(&self, at: NaiveDateTime) -> bool {
        !self.times.contains(&at.time()) && !self.weekdays.contains(&at.date().weekday())
    }

    /// `date`, or the first day after it whose weekday is not ruled out.
    pub(crate) fn next_allowed_day(&self, date: NaiveDate) -> NaiveDate {
        if self.weekdays.len() >= 7 {
            return date;
        }
        let mut d = date;
        while self.weekdays.contains(&d.weekday()) {
            match d.succ_opt() {
                Some(n) => d = n,
                None => return date,
            }
        }
        d
    }

    /// The caller names a start (or a day) outright: it is no longer ruled out.
    pub(crate) fn take_back(&mut self, date: Option<NaiveDate>, time: Option<NaiveTime>) {
        if let Some(t) = time {
            self.times.retain(|x| *x != t);
        }
        if let Some(d) = date {
            self.weekdays.retain(|x| *x != d.weekday());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    fn read(text: &str) -> Exclusions {
        let mut e = Exclusions::default();
        e.read(&words(text));
        e
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn times_and_days_ruled_out() {
        assert_eq!(read("between 2 and 4 but not 3").times, vec![t(15, 0)]);
        assert_eq!(
            read("thursday, not in the morning, and not 1 either").times,
            vec![t(13, 0)]
        );
        assert_eq!(read("after 2 but not at 3:30").times, vec![t(15, 30)]);
        assert_eq!(
            read("anytime next week except wednesday").weekdays,
            vec![Weekday::Wed]
        );
        assert_eq!(
            read("not monday though, i work mondays").weekdays,
            vec![Weekday::Mon]
        );
        assert_eq!(read("any day but fridays").weekdays, vec![Weekday::Fri]);
        assert_eq!(read("other than 9 a.m.").times, vec![t(9, 0)]);
    }

    #[test]
    fn windows_and_other_words_are_not_exclusions() {
        for text in [
            "not before 3",
            "not after 10 though",
            "not in the morning",
            "anytime but the morning",
            "i'm not sure",
            "but 3 works",
            "not 2 people",
            "no, not really",
            "anytime but friday morning",
            "any time except thursday afternoon",
        ] {
            assert_eq!(read(text), Exclusions::default(), "{text}");
        }
    }

    #[test]
    fn a_day_or_time_said_outright_is_taken_back() {
        let mut e = read("not monday, and not 3");
        let monday = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert!(!e.allows(monday.and_time(t(10, 0))));
        assert_eq!(e.next_allowed_day(monday), monday.succ_opt().unwrap());
        e.take_back(Some(monday), Some(t(15, 0)));
        assert_eq!(e, Exclusions::default());
    }
}
