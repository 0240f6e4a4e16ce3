//! What a caller rules out beside a day or a window: "between 2 and 4 but not 3",
//! "not 1 either", "anytime next week except Wednesday", "not Monday though", "as soon
//! as possible, just not tomorrow". The times, weekdays and dates (today or tomorrow)
//! said after such a cue are kept for the whole call, like a window, and no offer
//! falls on them; naming one of them outright later takes it back. "Not before 3",
//! "not in the morning" are windows (the extractor's), not this.
//! French callers say the same with "pas", "sauf", "à part", "excepté", "ni": "entre 2
//! et 4 mais pas 3 h", "pas à midi non plus", "n'importe quand sauf lundi" ("pas avant
//! 15 h", "pas le matin" are windows there too).

use crate::intent::{self, business_hour};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The starts and weekdays the caller ruled out.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Exclusions {
    pub times: Vec<NaiveTime>,
    pub weekdays: Vec<Weekday>,
    /// Hours ruled out as a range ("except 12 to 1"): no start from the first clock
    /// up to (not including) the second.
    #[serde(default)]
    pub spans: Vec<(NaiveTime, NaiveTime)>,
    /// Days ruled out by name relative to today ("as soon as possible, just not
    /// tomorrow", "not today"): that date alone, not its weekday.
    #[serde(default)]
    pub dates: Vec<NaiveDate>,
}

const WEEKDAYS: [(&str, Weekday); 14] = [
    ("lundi", Weekday::Mon),
    ("mardi", Weekday::Tue),
    ("mercredi", Weekday::Wed),
    ("jeudi", Weekday::Thu),
    ("vendredi", Weekday::Fri),
    ("samedi", Weekday::Sat),
    ("dimanche", Weekday::Sun),
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Words that may stand between a cue and what it rules out: "not at 3", "except on
/// Wednesday", "but not the 3 o'clock", "anything except for Monday", "pas à midi",
/// "sauf le lundi".
const FILLER: [&str; 11] = [
    "at", "on", "the", "a", "for", "any", "à", "le", "la", "les", "pour",
];

/// French hours said in words before "heure(s)": "pas à trois heures".
const SMALL_FR: [&str; 13] = [
    "zéro", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze",
];

/// Words after a number that make it a count, not a clock: "not 3 people", "pas 2 jours".
const COUNTS: [&str; 16] = [
    "people",
    "days",
    "day",
    "weeks",
    "week",
    "minutes",
    "hours",
    "times",
    "personnes",
    "personne",
    "jours",
    "jour",
    "semaines",
    "semaine",
    "fois",
    "mois",
];

/// Parts of the day after a weekday: "except Thursday afternoon", "sauf lundi matin"
/// ("après-midi" is two words, "après" and "midi").
const PARTS: [&str; 9] = [
    "morning",
    "afternoon",
    "evening",
    "night",
    "matin",
    "après",
    "avant",
    "soir",
    "soirée",
];

/// The weekday a word names, in either language ("lundi", "Mondays").
pub(crate) fn weekday(w: &str) -> Option<Weekday> {
    let w = w.strip_suffix('s').unwrap_or(w);
    WEEKDAYS.iter().find(|(n, _)| *n == w).map(|(_, d)| *d)
}

/// A French hour (digits up to two, or "une" to "douze"); up to 12 it takes the
/// business-hour reading, 13 to 23 is as said.
fn hour_fr(w: &str) -> Option<u32> {
    let h = w.parse::<u32>().ok().filter(|_| w.len() <= 2).or_else(|| {
        SMALL_FR
            .iter()
            .position(|s| *s == w)
            .and_then(|p| u32::try_from(p).ok())
    })?;
    (1..=23)
        .contains(&h)
        .then(|| business_hour(h, false, false))
        .flatten()
}

/// Minutes said after a French hour: "30", "trente", "quinze", "et demie", "et quart".
fn minutes_fr(ws: &[String], j: usize) -> u32 {
    match (
        ws.get(j).map(String::as_str),
        ws.get(j + 1).map(String::as_str),
    ) {
        (Some("et"), Some("demi" | "demie")) | (Some("trente"), _) => 30,
        (Some("et"), Some("quart")) | (Some("quinze"), _) => 15,
        (Some(x), _) if x.len() == 2 => x.parse::<u32>().ok().filter(|x| *x < 60).unwrap_or(0),
        _ => 0,
    }
}

/// A French clock at `ws[i..]`: "midi", "midi et demi", "3 h", "15 h", "9 h 30", "14h30",
/// "trois heures". Hours up to 12 take the business-hour reading, as in English.
fn clock_fr(ws: &[String], i: usize) -> Option<NaiveTime> {
    let w = ws.get(i)?.as_str();
    if w == "midi" {
        return NaiveTime::from_hms_opt(12, minutes_fr(ws, i + 1), 0);
    }
    // "14h30", "9h": one word.
    if let Some((h, m)) = w.split_once('h')
        && let Ok(h) = h.parse::<u32>()
        && (m.is_empty() || m.len() == 2)
    {
        let m = if m.is_empty() { 0 } else { m.parse().ok()? };
        return NaiveTime::from_hms_opt(business_hour(h, false, false)?, m, 0);
    }
    let h = hour_fr(w)?;
    if !matches!(
        ws.get(i + 1).map(String::as_str),
        Some("h" | "heure" | "heures")
    ) {
        return None;
    }
    NaiveTime::from_hms_opt(h, minutes_fr(ws, i + 2), 0)
}

/// A clock at `ws[i..]` read as a business hour (1 to 6 afternoon, 7 to 11 morning,
/// 12 noon; "a.m." / "p.m." override it): "3", "3:30", "three thirty", "1 p.m.".
fn clock(ws: &[String], i: usize) -> Option<NaiveTime> {
    clock_end(ws, i).map(|(t, _)| t)
}

/// [`clock`] with the index after it.
fn clock_end(ws: &[String], i: usize) -> Option<(NaiveTime, usize)> {
    let c = intent::spoken_clock(ws, i).filter(|c| (1..=12).contains(&c.hour))?;
    // "not 3 people", "except 2 days": a count, not a clock.
    if ws.get(c.end).is_some_and(|w| COUNTS.contains(&w.as_str())) {
        return None;
    }
    let t = NaiveTime::from_hms_opt(business_hour(c.hour, c.am, c.pm)?, c.minute, 0)?;
    Some((t, c.end))
}

/// "12 to 1", "noon till 1:30" at `ws[i..]`: the two clocks of a range ruled out, the
/// second later than the first.
fn clock_range(ws: &[String], i: usize) -> Option<(NaiveTime, NaiveTime)> {
    let (from, end) = match ws.get(i).map(String::as_str) {
        Some("noon") => (NaiveTime::from_hms_opt(12, 0, 0)?, i + 1),
        _ => clock_end(ws, i)?,
    };
    if !ws
        .get(end)
        .is_some_and(|w| matches!(w.as_str(), "to" | "till" | "until"))
    {
        return None;
    }
    let (to, _) = clock_end(ws, end + 1)?;
    (from < to).then_some((from, to))
}

impl Exclusions {
    /// Adds what `ws` rules out: a weekday or a clock after "not", "except", "other
    /// than", "besides", "excluding" ("pas", "sauf", "à part", "excepté", "hormis",
    /// "ni"), and a weekday after "but" ("any day but Wednesday"); with `today`, "today"
    /// and "tomorrow" after a cue too ("just not tomorrow"). Returns whether anything
    /// was added.
    pub(crate) fn read(&mut self, ws: &[String], today: Option<NaiveDate>) -> bool {
        let mut added = false;
        for (i, w) in ws.iter().enumerate() {
            let cue_end = match w.as_str() {
                // "if not tomorrow, then Friday", "why not Monday": a second choice or
                // a day taken, not one ruled out.
                "not" if i > 0 && matches!(ws[i - 1].as_str(), "if" | "why") => continue,
                "not" | "except" | "besides" | "excluding" => i + 1,
                "other" if ws.get(i + 1).is_some_and(|n| n == "than") => i + 2,
                // "pourquoi pas 10 h" takes 10, it does not rule it out.
                "pas" if i > 0 && ws[i - 1] == "pourquoi" => continue,
                "pas" | "sauf" | "excepté" | "hormis" | "ni" => i + 1,
                "part" if i > 0 && ws[i - 1] == "à" => i + 1,
                // "the same time, but on Friday", "but for Friday": the day wanted,
                // not one ruled out ("any day but Friday").
                "but"
                    if ws
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.as_str(), "on" | "for")) =>
                {
                    continue;
                }
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
            let part_after = ws.get(j + 1).is_some_and(|n| PARTS.contains(&n.as_str()));
            let relative = match ws.get(j).map(String::as_str) {
                Some("today") if !part_after => today,
                Some("tomorrow") if !part_after => today.and_then(|d| d.succ_opt()),
                _ => None,
            };
            if let Some(date) = relative {
                if !self.dates.contains(&date) {
                    self.dates.push(date);
                    added = true;
                }
            } else if let Some(d) = ws.get(j).and_then(|n| weekday(n)).filter(|_| !part_after) {
                // "except Monday and Tuesday", "sauf le lundi pis le mardi", "not
                // Monday or Tuesday": the weekdays joined to the first are ruled out too
                // ("not Monday, Tuesday works" joins nothing).
                let joins: &[&str] = if matches!(w.as_str(), "not" | "pas") {
                    &["or", "nor", "ou"]
                } else {
                    &["and", "or", "nor", "et", "ou", "pis", "puis"]
                };
                let mut days = vec![d];
                let mut k = j + 1;
                while ws.get(k).is_some_and(|n| joins.contains(&n.as_str())) {
                    let mut m = k + 1;
                    while ws.get(m).is_some_and(|n| FILLER.contains(&n.as_str())) {
                        m += 1;
                    }
                    let part_after = ws.get(m + 1).is_some_and(|n| PARTS.contains(&n.as_str()));
                    match ws.get(m).and_then(|n| weekday(n)).filter(|_| !part_after) {
                        Some(d) => days.push(d),
                        None => break,
                    }
                    k = m + 1;
                }
                for d in days {
                    if !self.weekdays.contains(&d) {
                        self.weekdays.push(d);
                        added = true;
                    }
                }
            } else if !only_days && let Some(span) = clock_range(ws, j) {
                if !self.spans.contains(&span) {
                    self.spans.push(span);
                    added = true;
                }
            } else if !only_days
                && let Some(t) = clock_fr(ws, j).or_else(|| clock(ws, j))
                && !self.times.contains(&t)
            {
                self.times.push(t);
                added = true;
            }
        }
        added
    }

    /// Whether `ws` asks for any day but the one of `date` ("any morning but Monday",
    /// "anytime except Friday"): a word for any time and that weekday ruled out, and
    /// not said again outright after it ("i work most days except wednesdays,
    /// wednesdays i'm off, so wednesday, anytime": Wednesday is the day wanted).
    pub(crate) fn any_day_but(ws: &[String], date: NaiveDate) -> bool {
        let mut e = Self::default();
        e.read(ws, None);
        let day = date.weekday();
        e.weekdays.contains(&day)
            && !Self::said_again(ws, day)
            && ws.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "any" | "anytime" | "anything" | "sometime" | "whenever"
                )
            })
    }

    /// Whether `ws` names `day` again outright after a first mention: a later mention
    /// in the singular (a plural speaks of a habit: "not monday, i work mondays") whose
    /// word before is no cue nor a join ("except wednesdays, wednesdays i'm off, so
    /// wednesday").
    pub(crate) fn said_again(ws: &[String], day: Weekday) -> bool {
        (1..ws.len())
            .skip_while(|&i| weekday(&ws[i - 1]) != Some(day))
            .any(|i| {
                weekday(&ws[i]) == Some(day)
                    && !ws[i].ends_with('s')
                    && !matches!(
                        ws[i - 1].as_str(),
                        "not"
                            | "except"
                            | "but"
                            | "besides"
                            | "excluding"
                            | "than"
                            | "and"
                            | "or"
                            | "nor"
                            | "pas"
                            | "sauf"
                            | "ni"
                            | "part"
                            | "excepté"
                            | "hormis"
                            | "et"
                            | "ou"
                            | "pis"
                            | "puis"
                            | "le"
                            | "the"
                    )
            })
    }

    /// Whether `ws` rules anything out ("not 9 though"): such a turn picks no offer.
    pub(crate) fn said(ws: &[String]) -> bool {
        Self::default().read(ws, None)
    }

    /// Whether a start is still open to offer.
    pub(crate) fn allows(&self, at: NaiveDateTime) -> bool {
        let t = at.time();
        !self.times.contains(&t)
            && !self
                .spans
                .iter()
                .any(|(from, to)| (*from..*to).contains(&t))
            && !self.weekdays.contains(&at.date().weekday())
            && !self.dates.contains(&at.date())
    }

    /// `date`, or the first day after it whose weekday is not ruled out.
    pub(crate) fn next_allowed_day(&self, date: NaiveDate) -> NaiveDate {
        if self.weekdays.len() >= 7 {
            return date;
        }
        let mut d = date;
        while self.weekdays.contains(&d.weekday()) || self.dates.contains(&d) {
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
            self.spans.retain(|(from, to)| !(*from..*to).contains(&t));
        }
        if let Some(d) = date {
            self.weekdays.retain(|x| *x != d.weekday());
            self.dates.retain(|x| *x != d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    fn read(text: &str) -> Exclusions {
        let mut e = Exclusions::default();
        e.read(&words(text), NaiveDate::from_ymd_opt(2026, 11, 17));
        e
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_range_ruled_out_holds_every_start_in_it() {
        let e = read("any time thursday except 12 to 1");
        assert_eq!(e.spans, vec![(t(12, 0), t(13, 0))]);
        assert!(e.times.is_empty());
        let day = NaiveDate::from_ymd_opt(2027, 5, 13).unwrap();
        assert!(!e.allows(day.and_time(t(12, 30))));
        assert!(e.allows(day.and_time(t(13, 0))));
        assert_eq!(
            read("not noon till 1:30").spans,
            vec![(t(12, 0), t(13, 30))]
        );
        let mut e = e;
        e.take_back(None, Some(t(12, 30)));
        assert!(e.spans.is_empty());
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
        assert!(
            read("can i book the same time, but on friday?")
                .weekdays
                .is_empty()
        );
        assert_eq!(read("other than 9 a.m.").times, vec![t(9, 0)]);
    }

    #[test]
    fn french_times_and_days_ruled_out() {
        assert_eq!(read("entre 2 et 4 mais pas 3 h").times, vec![t(15, 0)]);
        assert_eq!(read("pas à midi non plus").times, vec![t(12, 0)]);
        assert_eq!(read("pas midi et demi").times, vec![t(12, 30)]);
        assert_eq!(read("sauf 14 h").times, vec![t(14, 0)]);
        assert_eq!(read("mais pas 9 h 30").times, vec![t(9, 30)]);
        assert_eq!(read("pas à 13h30").times, vec![t(13, 30)]);
        assert_eq!(read("pas à trois heures").times, vec![t(15, 0)]);
        assert_eq!(
            read("n'importe quand sauf lundi").weekdays,
            vec![Weekday::Mon]
        );
        assert_eq!(read("à part le mercredi").weekdays, vec![Weekday::Wed]);
        assert_eq!(read("pas 10 h ni 11 h").times, vec![t(10, 0), t(11, 0)]);
        for text in [
            "n'importe quand sauf le lundi pis le mardi",
            "à part lundi ou mardi",
            "anytime except monday and tuesday",
            "but not monday or tuesday",
        ] {
            assert_eq!(
                read(text).weekdays,
                vec![Weekday::Mon, Weekday::Tue],
                "{text}"
            );
        }
        // A weekday after the list is no part of it: "not Monday, Tuesday works".
        assert_eq!(
            read("pas lundi, pis mardi c'est correct").weekdays,
            vec![Weekday::Mon]
        );
        assert_eq!(
            read("sauf lundi, et mardi après-midi c'est correct").weekdays,
            vec![Weekday::Mon]
        );
    }

    #[test]
    fn french_windows_and_other_words_are_not_exclusions() {
        for text in [
            "pas avant 15 h",
            "pas après 10 h",
            "pas le matin",
            "pas en avant-midi",
            "pas l'après-midi",
            "sauf lundi matin",
            "sauf jeudi après-midi",
            "pas de problème",
            "oui, pourquoi pas 10 h",
            "pas 2 jours",
            "je sais pas",
        ] {
            assert_eq!(read(text), Exclusions::default(), "{text}");
        }
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
    fn today_and_tomorrow_ruled_out_are_dates() {
        let tomorrow = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
        let e = read("as soon as possible, just not tomorrow");
        assert_eq!(e.dates, vec![tomorrow]);
        assert!(e.weekdays.is_empty());
        assert!(!e.allows(tomorrow.and_hms_opt(9, 0, 0).unwrap()));
        // A week later, the same weekday is open.
        assert!(
            e.allows(
                NaiveDate::from_ymd_opt(2026, 11, 25)
                    .unwrap()
                    .and_hms_opt(9, 0, 0)
                    .unwrap()
            )
        );
        assert_eq!(e.next_allowed_day(tomorrow), tomorrow.succ_opt().unwrap());
        assert_eq!(
            read("anything but today").dates,
            vec![tomorrow.pred_opt().unwrap()]
        );
        // A part of that day is the extractor's window; a second choice or a day taken
        // rules nothing out; without today nothing is read.
        assert!(read("not tomorrow morning").dates.is_empty());
        assert!(
            read("tomorrow at 3, if not tomorrow then friday")
                .dates
                .is_empty()
        );
        assert!(read("why not tomorrow").dates.is_empty());
        let mut e = Exclusions::default();
        assert!(!e.read(&words("just not tomorrow"), None));
        let mut e = read("just not tomorrow");
        e.take_back(Some(tomorrow), None);
        assert!(e.dates.is_empty());
    }

    #[test]
    fn any_day_but_one() {
        // probe13 w-01: 2027-03-15 is a Monday.
        let monday = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap();
        assert!(Exclusions::any_day_but(
            &words("do you have any morning but monday?"),
            monday
        ));
        assert!(Exclusions::any_day_but(
            &words("anytime except monday"),
            monday
        ));
        assert!(!Exclusions::any_day_but(
            &words("monday, but not friday"),
            monday
        ));
        assert!(!Exclusions::any_day_but(&words("monday morning"), monday));
        // messy22 r-06: the day ruled out of the caller's week is the one wanted.
        assert!(!Exclusions::any_day_but(
            &words("i work most days except mondays, mondays i'm off, so monday, anytime"),
            monday
        ));
        assert!(Exclusions::any_day_but(
            &words("monday? no, anytime except monday"),
            monday
        ));
        // probe10 w-06: the plural says when the caller works, not the day wanted.
        assert!(!Exclusions::said_again(
            &words("what's your first opening? not monday though, i work mondays"),
            chrono::Weekday::Mon
        ));
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
