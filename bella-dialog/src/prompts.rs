//! What the agent says: configurable prompt variants, picked with a deterministic
//! seed, and the spoken forms of phone numbers, days and times.

use crate::config::{ConfigError, field_error};
use bella_core::{BusinessHours, PhoneNumber};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Serialize};

pub mod fr;

/// Prompt variants. Each list holds one or more phrasings; the engine picks one with
/// a seed made from the call id and the turn, so a call replays identically.
/// Placeholders: `{business}` (greeting), `{last4}` (caller-id offer), `{hours}`
/// (no transfer number), `{close}` (no transfer number, while open).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Prompts {
    /// Opening: asks how the agent can help.
    pub greeting: Vec<String>,
    /// Asks for the caller's name.
    pub ask_name: Vec<String>,
    /// Asks for a phone number.
    pub ask_phone: Vec<String>,
    /// Asks for a day and time.
    pub ask_time: Vec<String>,
    /// Offers the number the caller is calling from.
    pub offer_caller_id: Vec<String>,
    /// Said after a booking is made, before goodbye.
    pub booked: Vec<String>,
    /// Said before a transfer.
    pub transfer: Vec<String>,
    /// Said when the caller ends the call.
    pub goodbye: Vec<String>,
    /// Said instead of `transfer` when no transfer number is configured: that no one
    /// can take the call now, and when to call back. Placeholder: `{hours}`.
    pub no_transfer: Vec<String>,
    /// Said instead of `no_transfer` while the business is open: no one can take the
    /// call now, try again later today (never "call back during our opening hours"
    /// inside them). Placeholder: `{close}`, today's closing time.
    pub no_transfer_open: Vec<String>,
}

fn v(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

impl Default for Prompts {
    fn default() -> Self {
        Self {
            greeting: v(&[
                "Thanks for calling {business}. How can I help you today?",
                "Hi, you've reached {business}. What can I do for you today?",
            ]),
            ask_name: v(&[
                "Can I get your name, please?",
                "May I have your name, please?",
            ]),
            ask_phone: v(&[
                "What's the best phone number to reach you at?",
                "And what phone number should I put down?",
            ]),
            ask_time: v(&[
                "What day and time would suit you?",
                "When would you like to come in?",
            ]),
            offer_caller_id: v(&[
                "I can use the number you're calling from, ending in {last4}. Is that okay?",
                "Should I use the number you're calling from, ending in {last4}?",
            ]),
            booked: v(&["You're all set.", "You're booked in."]),
            transfer: v(&[
                "Let me put you through to someone who can help.",
                "One moment, I'll transfer you to a member of our team.",
            ]),
            goodbye: v(&[
                "No problem. Thanks for calling, goodbye!",
                "Okay, no problem. Have a good day, goodbye!",
            ]),
            no_transfer: v(&[
                "There's no one available to take your call right now, so please call us back during our opening hours, {hours}. Goodbye!",
            ]),
            no_transfer_open: v(&[
                "There's no one available to take your call right now. Please call us back a little later; we're open until {close} today. Goodbye!",
            ]),
        }
    }
}

impl Prompts {
    /// Every list must hold at least one non-empty phrasing; errors name `table.list`.
    pub(crate) fn validate_in(&self, table: &str) -> Result<(), ConfigError> {
        let lists = [
            ("greeting", &self.greeting),
            ("ask_name", &self.ask_name),
            ("ask_phone", &self.ask_phone),
            ("ask_time", &self.ask_time),
            ("offer_caller_id", &self.offer_caller_id),
            ("booked", &self.booked),
            ("transfer", &self.transfer),
            ("goodbye", &self.goodbye),
            ("no_transfer", &self.no_transfer),
            ("no_transfer_open", &self.no_transfer_open),
        ];
        for (name, list) in lists {
            if list.is_empty() || list.iter().any(|s| s.trim().is_empty()) {
                return Err(field_error(
                    &format!("{table}.{name}"),
                    "needs at least one phrasing, none empty",
                ));
            }
        }
        Ok(())
    }
}

/// Salutations a greeting may open with, in the languages Bella speaks.
const SALUTATIONS: &[&str] = &[
    "good morning",
    "good afternoon",
    "good evening",
    "hello",
    "hey",
    "hi",
    "bonjour",
    "bonsoir",
    "allô",
    "allo",
    "salut",
];

/// Greets a caller the business knows by first name. A greeting that opens with a
/// salutation takes the name after it ("Hi, you've reached ..." becomes "Hi Priya,
/// you've reached ..."), so the caller never hears "Hi Priya! Hi, ..."; any other is
/// preceded by "Hi Priya!" (which a French call says as "Bonjour Priya!").
pub(crate) fn greet_by_name(greeting: &str, first: &str) -> String {
    let opens_with = |s: &&&str| {
        greeting
            .get(..s.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(s))
            && greeting[s.len()..].starts_with([',', '!', '.'])
    };
    match SALUTATIONS.iter().find(opens_with).copied() {
        Some(s) => format!("{} {first}{}", &greeting[..s.len()], &greeting[s.len()..]),
        None => format!("Hi {first}! {greeting}"),
    }
}

/// Picks one variant with a seed; an empty list gives an empty string.
pub(crate) fn pick(list: &[String], seed: u64) -> &str {
    if list.is_empty() {
        return "";
    }
    let i = (seed % list.len() as u64) as usize;
    list.get(i).map_or("", String::as_str)
}

/// A stable 64-bit FNV-1a hash (the seed must not change between builds).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

const DIGIT_WORDS: [&str; 10] = [
    "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// A phone number in spoken digit groups: "four oh three, five five five, oh one four two".
pub fn speak_phone(phone: &PhoneNumber) -> String {
    let digits = phone.national_digits().unwrap_or_else(|| phone.digits());
    let words: Vec<&str> = digits
        .bytes()
        .map(|b| DIGIT_WORDS[usize::from(b.saturating_sub(b'0')) % 10])
        .collect();
    let groups: Vec<String> = if words.len() == 10 {
        vec![
            words[..3].join(" "),
            words[3..6].join(" "),
            words[6..].join(" "),
        ]
    } else {
        words.chunks(3).map(|c| c.join(" ")).collect()
    };
    let prefix = if phone.is_nanp() { "" } else { "plus " };
    format!("{prefix}{}", groups.join(", "))
}

/// The last four digits of a number, for the caller-id offer.
pub(crate) fn last4(phone: &PhoneNumber) -> &str {
    let d = phone.digits();
    &d[d.len().saturating_sub(4)..]
}

/// A time of day as spoken: "9 a.m.", "9:30 a.m.", "noon" ("12 p.m." is the reading
/// callers most often get wrong), "12:30 p.m.", "midnight".
pub fn speak_time(t: NaiveTime) -> String {
    match (t.hour(), t.minute()) {
        (12, 0) => return "noon".to_owned(),
        (0, 0) => return "midnight".to_owned(),
        _ => {}
    }
    let (pm, h12) = t.hour12();
    let suffix = if pm { "p.m." } else { "a.m." };
    if t.minute() == 0 {
        format!("{h12} {suffix}")
    } else {
        format!("{h12}:{:02} {suffix}", t.minute())
    }
}

fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The English name of a weekday: "Monday".
pub(crate) fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A day in full: "Thursday, November 26th".
pub fn speak_day(d: NaiveDate) -> String {
    let month = MONTHS[d.month0() as usize % 12];
    format!(
        "{}, {month} {}",
        weekday_name(d.weekday()),
        ordinal(d.day())
    )
}

/// A start in full: "Thursday, November 26th at 9:30 a.m.".
pub fn speak_when(t: NaiveDateTime) -> String {
    when_in(&WORDS, t)
}

/// The words English puts around days and times.
pub(crate) const WORDS: TimeWords = TimeWords {
    time: speak_time,
    day: speak_day,
    at: "at",
    offer_day: "",
    or: "or",
    between: ("between ", " and "),
    from: ("from ", " on"),
    before: "before ",
    any_time: "at any time",
};

/// The words a language puts around its days and times: [`when_in`], [`window_in`]
/// and [`offers_in`] build the same sentences from them in every language.
pub(crate) struct TimeWords {
    /// A time as spoken: "9:30 a.m.", "9 h 30".
    pub(crate) time: fn(NaiveTime) -> String,
    /// A day as spoken: "Thursday, November 26th", "jeudi 26 novembre".
    pub(crate) day: fn(NaiveDate) -> String,
    /// Between a day and its times: "at", "à".
    pub(crate) at: &'static str,
    /// Before a day of offers: nothing, "le ".
    pub(crate) offer_day: &'static str,
    /// Before the last of a list: "or", "ou".
    pub(crate) or: &'static str,
    /// Around the first and after the second end of a window: `("between ", " and ")`.
    pub(crate) between: (&'static str, &'static str),
    /// Around the start of a window with no end: `("from ", " on")`; the second is
    /// left out when a day follows ("from 3 p.m. on Tuesday").
    pub(crate) from: (&'static str, &'static str),
    /// Before the end of a window with no start: "before ".
    pub(crate) before: &'static str,
    /// A window with neither: "at any time".
    pub(crate) any_time: &'static str,
}

/// A start in full in `words`: the day, then the time.
pub(crate) fn when_in(words: &TimeWords, t: NaiveDateTime) -> String {
    format!(
        "{} {} {}",
        (words.day)(t.date()),
        words.at,
        (words.time)(t.time())
    )
}

/// A window in `words`: both ends, one of them, or any time ("between 1 p.m. and 3
/// p.m.", "from 3 p.m. on", "before noon", "at any time").
pub(crate) fn window_in(words: &TimeWords, w: crate::state::Bounds) -> String {
    let time = words.time;
    match (w.after, w.before) {
        (Some(a), Some(b)) => {
            let (first, second) = words.between;
            format!("{first}{}{second}{}", time(a), time(b))
        }
        (Some(a), None) => format!("{}{}{}", words.from.0, time(a), words.from.1),
        (None, Some(b)) => format!("{}{}", words.before, time(b)),
        (None, None) => words.any_time.to_owned(),
    }
}

/// [`window_in`] for a window a day follows: "from 3 p.m." rather than "from 3 p.m.
/// on", so that "on Tuesday" does not say "on" twice.
pub(crate) fn window_before_day_in(words: &TimeWords, w: crate::state::Bounds) -> String {
    match (w.after, w.before) {
        (Some(a), None) => format!("{}{}", words.from.0, (words.time)(a)),
        _ => window_in(words, w),
    }
}

/// Offered times in `words`, grouped by day: each day with its times, one list
/// ("Thursday, November 19th at 9 a.m., 10 a.m. or 10:30 a.m.").
pub(crate) fn offers_in(words: &TimeWords, offers: &[NaiveDateTime]) -> String {
    let parts: Vec<String> = by_day(offers, words.time)
        .into_iter()
        .map(|(d, times)| {
            format!(
                "{}{} {} {}",
                words.offer_day,
                (words.day)(d),
                words.at,
                join_list(&times, words.or)
            )
        })
        .collect();
    join_list(&parts, words.or)
}

/// Offers grouped by day, in order, each time spoken by `time` (shared by the languages).
pub(crate) fn by_day(
    offers: &[NaiveDateTime],
    time: fn(NaiveTime) -> String,
) -> Vec<(NaiveDate, Vec<String>)> {
    let mut groups: Vec<(NaiveDate, Vec<String>)> = Vec::new();
    for o in offers {
        match groups.last_mut() {
            Some((d, times)) if *d == o.date() => times.push(time(o.time())),
            _ => groups.push((o.date(), vec![time(o.time())])),
        }
    }
    groups
}

/// "a, b or c", with the language's word for "or".
pub(crate) fn join_list(items: &[String], or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

/// The weekly hours in a sentence: "Monday to Friday, 9 a.m. to 5 p.m.".
pub(crate) fn speak_hours(hours: &BusinessHours) -> String {
    hours_sentence(
        hours,
        |first, last| {
            if first == last {
                weekday_name(first).to_owned()
            } else {
                format!("{} to {}", weekday_name(first), weekday_name(last))
            }
        },
        |s| format!("{} to {}", speak_time(s.open), speak_time(s.close)),
        " and ",
        "by appointment only",
    )
}

/// The weekly hours, shared by the languages: runs of open days with the same spans,
/// each as `days(first, last)` and its spans as `span`, joined by `and`; `closed` when
/// no day is open.
pub(crate) fn hours_sentence(
    hours: &BusinessHours,
    days: impl Fn(Weekday, Weekday) -> String,
    span: impl Fn(&bella_core::OpenSpan) -> String,
    and: &str,
    closed: &str,
) -> String {
    // Monday is day 0, as in `BusinessHours::weekly`.
    let weekday = |i: usize| Weekday::try_from(i as u8).unwrap_or(Weekday::Mon);
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < 7 {
        let spans = &hours.weekly[i];
        let mut j = i;
        while j + 1 < 7 && hours.weekly[j + 1] == *spans {
            j += 1;
        }
        if !spans.is_empty() {
            let times: Vec<String> = spans.iter().map(&span).collect();
            parts.push(format!(
                "{}, {}",
                days(weekday(i), weekday(j)),
                times.join(and)
            ));
        }
        i = j + 1;
    }
    if parts.is_empty() {
        closed.to_owned()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_caller_is_greeted_once() {
        assert_eq!(
            greet_by_name(
                "Hi, you've reached Bella Clinic. What can I do for you today?",
                "Mary"
            ),
            "Hi Mary, you've reached Bella Clinic. What can I do for you today?"
        );
        assert_eq!(
            greet_by_name("Good morning! Thanks for calling.", "Mary"),
            "Good morning Mary! Thanks for calling."
        );
        assert_eq!(
            greet_by_name("Bonjour, vous êtes bien chez nous.", "Sylvie"),
            "Bonjour Sylvie, vous êtes bien chez nous."
        );
        // No salutation first ("Highland", "Hello" inside): the name goes before it.
        for plain in ["Thanks for calling us.", "Highland Physio, how can I help?"] {
            assert_eq!(greet_by_name(plain, "Mary"), format!("Hi Mary! {plain}"));
        }
        // Every default greeting, in both languages: the name once, and no second
        // salutation after it.
        let fr = crate::prompts::fr::default_prompts().greeting;
        for g in Prompts::default().greeting.iter().chain(&fr) {
            let out = greet_by_name(g, "Mary");
            assert_eq!(out.matches("Mary").count(), 1, "{out}");
            let after = out.split_once("Mary").map_or("", |(_, a)| a);
            let after = after
                .trim_start_matches([',', '!', '.', ' '])
                .to_lowercase();
            assert!(!SALUTATIONS.iter().any(|s| after.starts_with(s)), "{out}");
        }
    }
    use crate::state::Bounds;

    /// A wall time (also used by the French tests).
    pub(in crate::prompts) fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn windows_are_spoken_in_each_language() {
        let hour = |h| Some(NaiveTime::from_hms_opt(h, 0, 0).unwrap());
        for (after, before, english, french) in [
            (
                hour(13),
                hour(15),
                "between 1 p.m. and 3 p.m.",
                "entre 13 h et 15 h",
            ),
            (hour(15), None, "from 3 p.m. on", "à partir de 15 h"),
            (None, hour(12), "before noon", "avant midi"),
            (None, None, "at any time", "à n'importe quelle heure"),
        ] {
            let w = Bounds { after, before };
            assert_eq!(window_in(&WORDS, w), english);
            assert_eq!(window_in(&fr::WORDS, w), french);
        }
        // Before a day, a window with no end keeps no trailing "on".
        let w = Bounds {
            after: hour(15),
            before: None,
        };
        assert_eq!(window_before_day_in(&WORDS, w), "from 3 p.m.");
        assert_eq!(window_before_day_in(&fr::WORDS, w), "à partir de 15 h");
        let w = Bounds {
            after: hour(13),
            before: hour(15),
        };
        assert_eq!(window_before_day_in(&WORDS, w), "between 1 p.m. and 3 p.m.");
    }

    #[test]
    fn phone_in_digit_groups() {
        let p = PhoneNumber::from_e164("+14035550142").unwrap();
        assert_eq!(
            speak_phone(&p),
            "four oh three, five five five, oh one four two"
        );
        assert_eq!(last4(&p), "0142");
    }

    #[test]
    fn days_and_times_in_full() {
        assert_eq!(
            speak_when(at(2026, 11, 26, 9, 30)),
            "Thursday, November 26th at 9:30 a.m."
        );
        assert_eq!(
            speak_when(at(2026, 12, 1, 12, 0)),
            "Tuesday, December 1st at noon"
        );
        assert_eq!(
            speak_when(at(2026, 12, 1, 12, 30)),
            "Tuesday, December 1st at 12:30 p.m."
        );
        assert_eq!(speak_time(NaiveTime::MIN), "midnight");
        assert_eq!(
            speak_day(at(2026, 12, 22, 0, 0).date()),
            "Tuesday, December 22nd"
        );
        assert_eq!(
            speak_day(at(2026, 12, 13, 0, 0).date()),
            "Sunday, December 13th"
        );
        let offers = [
            at(2026, 11, 19, 9, 0),
            at(2026, 11, 19, 10, 0),
            at(2026, 11, 20, 9, 0),
        ];
        assert_eq!(
            offers_in(&WORDS, &offers),
            "Thursday, November 19th at 9 a.m. or 10 a.m. or Friday, November 20th at 9 a.m."
        );
    }

    #[test]
    fn hours_sentence() {
        let h = BusinessHours::seed_default();
        assert_eq!(speak_hours(&h), "Monday to Friday, 9 a.m. to 5 p.m.");
    }

    #[test]
    fn pick_is_deterministic_and_total() {
        let list = v(&["a", "b", "c"]);
        assert_eq!(pick(&list, 4), "b");
        assert_eq!(pick(&[], 4), "");
        assert_eq!(fnv1a(b"call-1"), fnv1a(b"call-1"));
        assert_ne!(fnv1a(b"call-1"), fnv1a(b"call-2"));
    }
}
