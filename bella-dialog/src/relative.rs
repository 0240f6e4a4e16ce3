//! Days and times said relative to what is under discussion, which the time
//! extractor (SPEC §2, one turn alone) cannot resolve: "what about the next day?",
//! "the day before?", "half an hour earlier", "an hour later", and the edges of a
//! day, "first thing" and "the end of the day". French callers say "le lendemain?",
//! "la veille?", "une demi-heure plus tôt", "une heure plus tard", "à la première
//! heure", "en fin de journée" ("en fin d'après-midi" is ambiguous, SPEC-fr §5.5, and
//! not read). `booking.rs` applies them. Also where a second day begins in "the 14th or
//! the 15th" ([`or_cue`], tried by `engine.rs` when the first has nothing free).

use crate::intent::{any_phrase, has_phrase};
use chrono::{Datelike, NaiveDate};

/// "The next day", "the day after", "the following day": +1; "the day before",
/// "the previous day": -1. Never beside "today", "tomorrow" or "yesterday" ("the day
/// after tomorrow" is the extractor's).
pub(crate) fn day_step(ws: &[String]) -> Option<i64> {
    if ws
        .iter()
        .any(|w| matches!(w.as_str(), "today" | "tomorrow" | "yesterday"))
    {
        return None;
    }
    if any_phrase(
        ws,
        &[
            "next day",
            "day after",
            "following day",
            "the day after that",
            "lendemain",
            "jour suivant",
            "journée suivante",
            "jour d'après",
            "journée d'après",
        ],
    ) {
        Some(1)
    } else if any_phrase(
        ws,
        &[
            "day before",
            "previous day",
            "day prior",
            "veille",
            "jour d'avant",
            "journée d'avant",
            "jour précédent",
            "journée précédente",
        ],
    ) {
        Some(-1)
    } else {
        None
    }
}

/// "the 14th or the 15th", "Tuesday or Wednesday", "mardi ou mercredi": the byte
/// offsets of the first "or" (or French "ou") standing as a word and of what follows
/// it. Whether both sides are days alone is the caller's check (`Dialog::turn_time`).
pub(crate) fn or_cue(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Not a letter of a word: "pour", "jour" and "bonjour" hold no "ou".
    let edge = |i: usize| {
        bytes
            .get(i)
            .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
    };
    bytes
        .windows(2)
        .enumerate()
        .find(|&(i, w)| (w == b"or" || w == b"ou") && (i == 0 || edge(i - 1)) && edge(i + 2))
        .map(|(i, _)| (i, i + 2))
}

/// "the Monday after", "the Monday after that", "the following Monday": the first
/// such weekday after the day under discussion, not the coming one (SPEC §2's weekday
/// alone), which `booking.rs` finds from that day ([`first_weekday_after`]). English.
pub(crate) fn weekday_after_that(ws: &[String]) -> Option<chrono::Weekday> {
    (0..ws.len()).find_map(|i| {
        let at = |k: usize| ws.get(k).map(String::as_str);
        let day = crate::exclude::weekday(ws.get(i)?)?;
        let after = at(i.checked_sub(1)?) == Some("the")
            && at(i + 1) == Some("after")
            && matches!(
                at(i + 2),
                None | Some("that" | "then" | "same" | "at" | "instead")
            );
        let following = i >= 2 && at(i - 2) == Some("the") && at(i - 1) == Some("following");
        (after || following).then_some(day)
    })
}

/// "Wednesday at 11", "mercredi": a weekday said with nothing that places its week
/// ("this", "next", "coming", a date, a month, today or tomorrow), in either language.
/// SPEC §2 reads it as the coming one; a week the caller asked for before ("next week
/// sometime") places it in that week instead (`booking.rs`).
pub(crate) fn weekday_alone(ws: &[String]) -> Option<chrono::Weekday> {
    const PLACED: &[&str] = &[
        "this",
        "next",
        "coming",
        "following",
        "after",
        "today",
        "tomorrow",
        "week",
        "weeks",
        "ce",
        "cette",
        "prochain",
        "prochaine",
        "suivant",
        "aujourd'hui",
        "demain",
        "semaine",
    ];
    let mut days = ws.iter().filter_map(|w| crate::exclude::weekday(w));
    let day = days.next()?;
    let dated = |w: &String| {
        PLACED.contains(&w.as_str())
            // A month places the day by its date ("Wednesday, June 9th").
            || crate::prompts::MONTHS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(w))
            || crate::prompts::fr::MONTHS.contains(&w.as_str())
            || (w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th", "er"]
                    .iter()
                    .any(|e| w.ends_with(e)))
    };
    (days.next().is_none() && !ws.iter().any(dated)).then_some(day)
}

/// The first day after `base` that falls on `day`.
pub(crate) fn first_weekday_after(base: NaiveDate, day: chrono::Weekday) -> Option<NaiveDate> {
    let ahead = (7 + day.num_days_from_monday() - base.weekday().num_days_from_monday()) % 7;
    base.checked_add_days(chrono::Days::new(u64::from(if ahead == 0 {
        7
    } else {
        ahead
    })))
}

/// Counts said in words in lengths, English and French.
const COUNTS_EN: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("five", 5),
    ("ten", 10),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("sixty", 60),
    ("ninety", 90),
];
const COUNTS_FR: &[(&str, i64)] = &[
    ("une", 1),
    ("un", 1),
    ("deux", 2),
    ("trois", 3),
    ("cinq", 5),
    ("dix", 10),
    ("quinze", 15),
    ("vingt", 20),
    ("trente", 30),
    ("quarante", 40),
    ("soixante", 60),
];

/// The word `k` places before `end`.
fn back(ws: &[String], end: usize, k: usize) -> Option<&str> {
    end.checked_sub(k)
        .and_then(|i| ws.get(i))
        .map(String::as_str)
}

/// A count said as digits or as one of `names`, after an elision too ("d'une heure").
fn count(s: &str, names: &[(&str, i64)]) -> Option<i64> {
    let s = crate::intent::fr::unelided(s);
    s.parse::<i64>()
        .ok()
        .or_else(|| names.iter().find(|(n, _)| *n == s).map(|(_, v)| *v))
}

/// The count said right before the word at `unit`, in either language's words or
/// in digits: "90 minute", "fifteen minutes", "forty five", "vingt-cinq minutes".
/// Its value and the index of its first word.
pub(crate) fn count_before(ws: &[String], unit: usize) -> Option<(i64, usize)> {
    let w = |k: usize| {
        unit.checked_sub(k)
            .and_then(|i| ws.get(i))
            .map(String::as_str)
    };
    let any = |s: &str| count(s, COUNTS_EN).or_else(|| count(s, COUNTS_FR));
    if matches!(w(1), Some("five" | "cinq"))
        && let Some(tens) = w(2).and_then(any).filter(|n| *n >= 20 && n % 10 == 0)
    {
        return Some((tens + 5, unit - 2));
    }
    Some((any(w(1)?)?, unit - 1))
}

/// The minutes of "15 minutes", "forty five minutes", "quarante-cinq minutes" whose
/// unit is the word before `end`.
fn minutes_before(ws: &[String], end: usize) -> Option<i64> {
    let (n, _) = count_before(ws, end.checked_sub(1)?)?;
    (5..=180).contains(&n).then_some(n)
}

/// How many minutes a length said in French ends at `end`: "une demi-heure", "une
/// heure", "une heure et demie", "deux heures", "30 minutes", "quinze minutes".
pub(crate) fn length_before_fr(ws: &[String], end: usize) -> Option<i64> {
    let w = |k: usize| back(ws, end, k);
    match w(1)? {
        "heure" if w(2) == Some("demi") => Some(30),
        "heure" | "heures" => count(w(2)?, COUNTS_FR)
            .filter(|n| (1..=3).contains(n))
            .map(|n| n * 60),
        "demie" | "demi" if w(2) == Some("et") && matches!(w(3), Some("heure" | "heures")) => {
            count(w(4)?, COUNTS_FR)
                .filter(|n| (1..=2).contains(n))
                .map(|n| n * 60 + 30)
        }
        "minutes" | "min" => minutes_before(ws, end),
        _ => None,
    }
}

/// How many minutes a length said in words is: "half an hour", "a half hour", "an
/// hour", "an hour and a half", "two hours", "a couple of hours", "15 minutes",
/// "fifteen minutes".
pub(crate) fn length_before(ws: &[String], end: usize) -> Option<i64> {
    let w = |k: usize| back(ws, end, k);
    // "a couple of hours", "a couple days": two.
    let couple = (w(2) == Some("couple")) || (w(2) == Some("of") && w(3) == Some("couple"));
    if couple && matches!(w(1), Some("hours" | "days" | "weeks")) {
        let unit = match w(1)? {
            "hours" => 60,
            "days" => 24 * 60,
            _ => 7 * 24 * 60,
        };
        return Some(2 * unit);
    }
    match w(1)? {
        "hour" | "hours" => match (w(3), w(2)) {
            (Some("half"), Some("an" | "a")) | (Some("a"), Some("half")) => Some(30),
            (_, Some("half")) => Some(30),
            (_, Some(n)) => count(n, COUNTS_EN)
                .filter(|n| (1..=3).contains(n))
                .map(|n| n * 60),
            _ => None,
        },
        "half" if w(2) == Some("a") && w(3) == Some("and") && w(4) == Some("hour") => Some(90),
        // "a week later", "push it back two days": whole days, the time kept.
        "week" | "weeks" => count(w(2)?, COUNTS_EN)
            .filter(|n| (1..=4).contains(n))
            .map(|n| n * 7 * 24 * 60),
        "day" | "days" => count(w(2)?, COUNTS_EN)
            .filter(|n| (1..=6).contains(n))
            .map(|n| n * 24 * 60),
        "minutes" | "mins" | "min" => minutes_before(ws, end),
        _ => None,
    }
}

/// A shift of the start under discussion: "half an hour earlier" is -30, "an hour
/// later" +60, "can we push it 15 minutes later" +15; "une demi-heure plus tôt" -30,
/// "une heure plus tard" +60.
pub(crate) fn shift_minutes(ws: &[String]) -> Option<i64> {
    ws.iter()
        .enumerate()
        .find_map(|(i, w)| {
            let sign = match w.as_str() {
                "earlier" | "sooner" => -1,
                "later" => 1,
                // "an hour before that", "half an hour after it": a length from the
                // start under discussion ("before 3" is a window, not read here).
                "before" | "after" if refers_back(ws, i) => {
                    let sign = if w == "before" { -1 } else { 1 };
                    return length_before(ws, i).map(|m| sign * m);
                }
                "tôt" | "tot" if i > 0 && ws[i - 1] == "plus" => {
                    return length_before_fr(ws, i - 1).map(|m| -m);
                }
                "tard" if i > 0 && ws[i - 1] == "plus" => return length_before_fr(ws, i - 1),
                _ => return None,
            };
            length_before(ws, i).map(|m| sign * m)
        })
        .or_else(|| pushed(ws))
        .or_else(|| pushed_fr(ws))
}

/// Whether "before"/"after" at `i` points back at a start already said: "before
/// that", "after it", "before then".
fn refers_back(ws: &[String], i: usize) -> bool {
    matches!(
        ws.get(i + 1).map(String::as_str),
        Some("that" | "it" | "then" | "this")
    )
}

/// "push it back a week", "bump my appointment back half an hour", "bring it forward
/// an hour", "move it up an hour", "push my appointment on Friday back an hour": a
/// length after "back" (later) or "forward", "up" (earlier) with a verb of moving up to
/// six words before it; "push it a week", "bump it an hour" with no way said are later.
fn pushed(ws: &[String]) -> Option<i64> {
    let is_verb = |w: &String| {
        matches!(
            w.as_str(),
            "push" | "pushed" | "bump" | "move" | "bring" | "put" | "set"
        )
    };
    // "Set it up for an hour" is no move: "up" goes with moving verbs only.
    let moves_up = |w: &String| {
        matches!(
            w.as_str(),
            "push" | "pushed" | "bump" | "move" | "moved" | "bring"
        )
    };
    let way = ws
        .iter()
        .position(|w| matches!(w.as_str(), "back" | "forward" | "up"))
        .filter(|&i| {
            let before = || ws[..i].iter().rev().take(6);
            if ws[i] == "up" {
                before().any(moves_up)
            } else {
                before().any(is_verb)
            }
        });
    let (i, sign) = match way {
        Some(i) => (i, if ws[i] == "back" { 1 } else { -1 }),
        // "push it a week": pushing is later.
        None => (
            ws.iter()
                .position(|w| matches!(w.as_str(), "push" | "bump"))?,
            1,
        ),
    };
    let unit = (i + 1..ws.len().min(i + 7)).find(|&j| {
        matches!(
            ws[j].as_str(),
            "hour" | "hours" | "minutes" | "mins" | "min" | "week" | "weeks" | "day" | "days"
        )
    })?;
    length_before(ws, unit + 1).map(|m| sign * m)
}

/// "retarder mon rendez-vous d'une demi-heure", "le devancer d'une heure", "le
/// repousser de 30 minutes": the verb tells the way (later or earlier), the length
/// follows "de"/"d'" after it, within the next ten words. Never a start said as a length:
/// "reporter mon rendez-vous de deux heures à trois heures" is a move to 3 o'clock.
fn pushed_fr(ws: &[String]) -> Option<i64> {
    let (i, sign) = ws.iter().enumerate().find_map(|(i, w)| {
        let w = crate::intent::fr::unelided(w);
        let stem = ["er", "ez", "e"]
            .iter()
            .find_map(|end| w.strip_suffix(end))?;
        match stem {
            "retard" | "repouss" | "recul" | "report" => Some((i, 1)),
            "devanc" | "avanc" => Some((i, -1)),
            _ => None,
        }
    })?;
    (i + 2..=ws.len().min(i + 12)).find_map(|end| {
        let by = (end.saturating_sub(4)..end - 1)
            .any(|j| j > i && (ws[j] == "de" || ws[j].starts_with("d'")));
        let next = |k: usize| ws.get(end + k).map(String::as_str);
        let to = matches!(next(0), Some("à" | "a" | "au" | "pour"));
        // "d'une heure et demie" is read whole, not as "d'une heure".
        let half_more = next(0) == Some("et") && matches!(next(1), Some("demie" | "demi"));
        (by && !to && !half_more)
            .then(|| length_before_fr(ws, end))
            .flatten()
            .map(|m| sign * m)
    })
}

/// Which way a move goes on its appointment's own day ([`same_day`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) enum SameDay {
    /// "plus tard dans la journée", "later that day": after the appointment.
    Later,
    /// "plus tôt le même jour", "earlier in the day": before it.
    Earlier,
}

/// "plus tard dans la journée", "un peu plus tôt le même jour", "plus tard dans la même
/// journée", "later that day", "earlier the same day": a new start on the appointment's
/// own day, after it or before it, with no length said ("une heure plus tard" is a
/// shift, [`shift_minutes`]). "le plus tard dans la journée" is the day's latest
/// ([`wants_latest`]) and "la plus tôt" picks an offer: neither is read here.
const THAT_DAY: &[&str] = &[
    "dans la journée",
    "la même journée",
    "le même jour",
    "ce jour là",
    "cette journée là",
    "in the day",
    "that day",
    // "the same day", "that same day".
    "same day",
];

/// Where the words of a move to the same day end in `lower` (the turn in lower case):
/// "earlier that day|, like around 11?". `None` when it has none.
pub(crate) fn same_day_words_end(lower: &str) -> Option<usize> {
    THAT_DAY
        .iter()
        .filter_map(|p| lower.find(p).map(|i| i + p.len()))
        .max()
}

/// Whether the turn names the day already under discussion ([`THAT_DAY`]: "that day",
/// "the same day", "dans la journée").
pub(crate) fn names_that_day(ws: &[String]) -> bool {
    any_phrase(ws, THAT_DAY)
}

pub(crate) fn same_day(ws: &[String]) -> Option<SameDay> {
    if !names_that_day(ws) || shift_minutes(ws).is_some() {
        return None;
    }
    ws.iter().enumerate().find_map(|(i, w)| {
        let plus = i > 0 && ws[i - 1] == "plus";
        // "le plus tard", "la plus tôt": the latest or the earliest, no way.
        let superlative = plus && i > 1 && matches!(ws[i - 2].as_str(), "le" | "la");
        match w.as_str() {
            "later" => Some(SameDay::Later),
            "earlier" => Some(SameDay::Earlier),
            "tard" if plus && !superlative => Some(SameDay::Later),
            "tôt" | "tot" if plus && !superlative => Some(SameDay::Earlier),
            _ => None,
        }
    })
}

/// A move by a whole week: "reporter d'une semaine", "une semaine plus tard", "push it
/// back a week", "a week later" are +7 days; "devancer d'une semaine", "une semaine
/// plus tôt", "a week earlier" are -7.
pub(crate) fn week_step(ws: &[String]) -> Option<i64> {
    if any_phrase(
        ws,
        &[
            "une semaine plus tôt",
            "devancer d'une semaine",
            "avancer d'une semaine",
            "a week earlier",
            "up a week",
        ],
    ) {
        Some(-7)
    } else if any_phrase(
        ws,
        &[
            // "could you push my appointment out a couple of weeks, same time?"
            "a couple of weeks",
            "a couple weeks",
            "two weeks later",
            "by two weeks",
            "back two weeks",
            "deux semaines plus tard",
        ],
    ) && !any_phrase(ws, &["in a couple", "within a couple"])
    {
        Some(14)
    } else if any_phrase(
        ws,
        &[
            "d'une semaine",
            "une semaine plus tard",
            "a week later",
            "back a week",
            "by a week",
            "by one week",
            // "the same day and time the following week": the week after the start.
            "the following week",
            // "le tasser à la semaine d'après, même jour même heure".
            "la semaine d'après",
            "la semaine suivante",
        ],
    ) || (has_phrase(ws, "the week after") && !has_phrase(ws, "week after next"))
    {
        // "Same time the week after": a week after the start under discussion.
        Some(7)
    } else {
        None
    }
}

/// "The one this week", "my appointment next week", "the week after next": the Monday
/// of the week said, from `today` (weeks start on Monday, SPEC §2). A weekday said
/// with it ("next week Thursday") is a day the time reader gives; this is for a week
/// said alone, to pick among the caller's appointments.
pub(crate) fn week_named(ws: &[String], today: NaiveDate) -> Option<NaiveDate> {
    let weeks = if any_phrase(
        ws,
        &["week after next", "in two weeks", "two weeks from now"],
    ) {
        2
    } else if any_phrase(ws, &["next week", "following week", "la semaine prochaine"]) {
        1
    } else if any_phrase(ws, &["this week", "cette semaine"]) {
        0
    } else {
        return None;
    };
    week_monday(today, weeks)
}

/// The Monday of the week `weeks` after the one of `today` (weeks start on Monday,
/// SPEC §2): 0 this week's, 1 next week's. `None` past the end of the calendar.
pub(crate) fn week_monday(today: NaiveDate, weeks: u64) -> Option<NaiveDate> {
    today
        .checked_sub_days(chrono::Days::new(u64::from(
            today.weekday().num_days_from_monday(),
        )))?
        .checked_add_days(chrono::Days::new(7 * weeks))
}

/// Which edge of a day the caller asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    /// "first thing", "first thing in the morning": the day's first hour.
    First,
    /// "the end of the day", "last thing", "late in the day": the day's last hour.
    Last,
    /// "late morning", "en fin d'avant-midi": the hour before noon.
    LateMorning,
}

/// "first thing Monday", "something at the end of the day on Thursday", "lundi à la
/// première heure", "jeudi en fin de journée", "demain en fin d'avant-midi" ("la
/// première heure libre" is the earliest offered, not an edge).
pub(crate) fn day_edge(ws: &[String]) -> Option<Edge> {
    let first_hour = ws.windows(3).any(|w| {
        w[0] == "première"
            && w[1] == "heure"
            && !matches!(w[2].as_str(), "libre" | "disponible" | "de")
    }) || ws.ends_with(&["première".into(), "heure".into()]);
    if has_phrase(ws, "first thing") || first_hour || has_phrase(ws, "début de journée") {
        Some(Edge::First)
    } else if any_phrase(
        ws,
        &[
            "end of the day",
            "end of day",
            "last thing",
            "late in the day",
            "fin de journée",
            "fin de la journée",
            "dernière heure de la journée",
        ],
    ) {
        Some(Edge::Last)
    } else if any_phrase(
        ws,
        &[
            "late morning",
            "late in the morning",
            "fin d'avant midi",
            "fin de l'avant midi",
            "fin de matinée",
            "fin de la matinée",
        ],
    ) {
        Some(Edge::LateMorning)
    } else {
        None
    }
}

/// "Thursday, as late as possible", "your latest slot on Friday", "the last
/// appointment of the day": the caller wants the day's last free start, which is
/// offered alone (`availability.rs`), not the first hour of a window. "Late in the
/// day" and "the end of the day" are the day's last hour ([`day_edge`]); "the last
/// one" and "the latest one" pick an offer and are not read here (the caller checks
/// that a day is said).
pub(crate) fn wants_latest(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "as late as",
            "as late in the day",
            "latest",
            "last appointment",
            "last slot",
            "last spot",
            "last time slot",
            "last opening",
            "last available",
            // French: "jeudi, le plus tard possible", "votre dernière plage jeudi", "le
            // dernier rendez-vous de la journée", "c'est quoi le plus tard que vous
            // pouvez", "aussi tard que possible".
            "le plus tard possible",
            "le plus tard que",
            "le plus tard qu'",
            "le plus tard dans la journée",
            "aussi tard que",
            "heure la plus tardive",
            "dernière plage",
            "dernier créneau",
            "dernière place",
            "dernière disponibilité",
            "dernière heure disponible",
            "dernier rendez vous de la journée",
            "dernier rendez vous disponible",
        ],
    ) && !any_phrase(ws, &["the latest one", "the last one"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    #[test]
    fn or_between_two_days() {
        let text = "the 14th or the 15th";
        let (cue, rest) = or_cue(text).unwrap();
        assert_eq!((&text[..cue], &text[rest..]), ("the 14th ", " the 15th"));
        assert_eq!(or_cue("Tuesday or Wednesday"), Some((8, 10)));
        // Only the word: "for", "before", "morning", "Oregon" hold no cue.
        assert_eq!(or_cue("before work on the morning for Oregon"), None);
        assert_eq!(or_cue("or the 15th"), Some((0, 2)));
        assert_eq!(or_cue("the 14th or"), Some((9, 11)));
        assert_eq!(or_cue("mardi ou mercredi"), Some((6, 8)));
        // French words that hold the letters: "pour", "jour", "où", "Outremont".
        assert_eq!(or_cue("bonjour, pour un jour où Outremont"), None);
    }

    #[test]
    fn a_weekday_said_alone() {
        use chrono::Weekday::{Thu, Wed};
        assert_eq!(weekday_alone(&words("wednesday at 11")), Some(Wed));
        assert_eq!(weekday_alone(&words("how about jeudi")), Some(Thu));
        for t in [
            "this wednesday at 11",
            "next wednesday",
            "wednesday the 9th",
            "wednesday, june 9",
            "wednesday next week",
            "wednesday or thursday",
            "at 11",
        ] {
            assert_eq!(weekday_alone(&words(t)), None, "{t}");
        }
    }

    #[test]
    fn a_week_said_alone() {
        let monday = NaiveDate::from_ymd_opt(2027, 1, 11).unwrap();
        let wednesday = NaiveDate::from_ymd_opt(2027, 1, 13).unwrap();
        let week = |t: &str| week_named(&words(t), wednesday);
        assert_eq!(week("cancel the one this week"), Some(monday));
        assert_eq!(
            week("the one next week"),
            monday.checked_add_days(chrono::Days::new(7))
        );
        assert_eq!(
            week("my appointment the week after next"),
            monday.checked_add_days(chrono::Days::new(14))
        );
        assert_eq!(week("my thursday one"), None);
        assert_eq!(week("a week later"), None);
    }

    #[test]
    fn the_monday_of_a_week() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // A Sunday is the last day of its week; next week's Monday is the next day.
        assert_eq!(week_monday(d(2027, 1, 17), 0), Some(d(2027, 1, 11)));
        assert_eq!(week_monday(d(2027, 1, 17), 1), Some(d(2027, 1, 18)));
        assert_eq!(week_monday(d(2027, 12, 29), 1), Some(d(2028, 1, 3)));
        assert_eq!(week_monday(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn days_next_to_the_one_under_discussion() {
        assert_eq!(day_step(&words("hmm what about the next day?")), Some(1));
        // messy22 h-03: after New Year's Day (a Saturday) was refused.
        let w = |t: &str| weekday_after_that(&words(t));
        assert_eq!(
            w("the monday after then, same time"),
            Some(chrono::Weekday::Mon)
        );
        assert_eq!(w("the following tuesday"), Some(chrono::Weekday::Tue));
        assert_eq!(w("the monday after christmas"), None);
        assert_eq!(w("monday at 10"), None);
        let sat = NaiveDate::from_ymd_opt(2028, 1, 1).unwrap();
        assert_eq!(
            first_weekday_after(sat, chrono::Weekday::Mon),
            NaiveDate::from_ymd_opt(2028, 1, 3)
        );
        assert_eq!(
            first_weekday_after(sat, chrono::Weekday::Sat),
            NaiveDate::from_ymd_opt(2028, 1, 8)
        );
        assert_eq!(day_step(&words("the day after?")), Some(1));
        assert_eq!(day_step(&words("what about the day before?")), Some(-1));
        assert_eq!(day_step(&words("the day after tomorrow")), None);
        assert_eq!(day_step(&words("next week")), None);
        assert_eq!(day_step(&words("hmm, et le lendemain?")), Some(1));
        assert_eq!(
            day_step(&words("le jour d'après, c'est possible?")),
            Some(1)
        );
        assert_eq!(day_step(&words("et la veille?")), Some(-1));
        assert_eq!(day_step(&words("plutôt le jour d'avant?")), Some(-1));
        assert_eq!(day_step(&words("après-demain")), None);
    }

    #[test]
    fn shifts_of_the_start() {
        let s = |t: &str| shift_minutes(&words(t));
        assert_eq!(s("can we do an hour before that instead?"), Some(-60));
        assert_eq!(s("half an hour after that"), Some(30));
        assert_eq!(s("an hour before my thursday one"), None);
        assert_eq!(s("anything before 3"), None);
        assert_eq!(s("can we make that half an hour earlier?"), Some(-30));
        assert_eq!(s("a half hour later"), Some(30));
        assert_eq!(s("an hour later would be better"), Some(60));
        assert_eq!(s("push it 15 minutes later"), Some(15));
        assert_eq!(s("two hours earlier"), Some(-120));
        assert_eq!(s("anything earlier?"), None);
        assert_eq!(s("a bit later"), None);
        assert_eq!(s("une demi-heure plus tôt"), Some(-30));
        assert_eq!(s("une heure plus tard, ce serait mieux"), Some(60));
        assert_eq!(s("deux heures plus tôt"), Some(-120));
        assert_eq!(s("une heure et demie plus tard"), Some(90));
        assert_eq!(s("trente minutes plus tard"), Some(30));
        assert_eq!(s("le décaler d'une heure plus tard"), Some(60));
        assert_eq!(
            s("je voudrais retarder mon rendez-vous de mercredi d'une demi-heure"),
            Some(30)
        );
        assert_eq!(s("pouvez-vous le devancer d'une heure?"), Some(-60));
        assert_eq!(s("le repousser de 30 minutes"), Some(30));
        assert_eq!(s("l'avancer d'une heure et demie"), Some(-90));
        assert_eq!(
            s("repousser mon rendez-vous de mardi d'une heure et demie"),
            Some(90)
        );
        assert_eq!(
            s("reporter mon rendez-vous de deux heures à trois heures"),
            None
        );
        assert_eq!(s("je vais être en retard d'une heure"), None);
        assert_eq!(s("avancer mon rendez-vous à lundi"), None);
        assert_eq!(s("quarante-cinq minutes plus tôt"), Some(-45));
        assert_eq!(s("rien de plus tard?"), None);
        assert_eq!(s("un peu plus tôt"), None);
        // Reminders round 23: "a couple of hours", "move it up", "push it a week".
        assert_eq!(s("could you push it back a couple of hours?"), Some(120));
        assert_eq!(s("can we move it up an hour?"), Some(-60));
        assert_eq!(s("bump it up half an hour"), Some(-30));
        assert_eq!(s("can we push it a week?"), Some(7 * 24 * 60));
        assert_eq!(s("can you set it up for an hour"), None);
        assert_eq!(s("can we push it to friday?"), None);
    }

    #[test]
    fn counts_before_a_unit() {
        let c = |t: &str, unit: &str| {
            let ws = words(t);
            count_before(&ws, ws.iter().position(|w| w == unit)?)
        };
        assert_eq!(c("a 90 minute massage", "minute"), Some((90, 1)));
        assert_eq!(c("the forty five minute one", "minute"), Some((45, 1)));
        assert_eq!(c("twenty five minutes later", "minutes"), Some((25, 0)));
        assert_eq!(c("de vingt-cinq minutes", "minutes"), Some((25, 1)));
        assert_eq!(c("the ninety minute one", "minute"), Some((90, 1)));
        assert_eq!(c("the long minute", "minute"), None);
    }

    #[test]
    fn moves_on_the_same_day() {
        let s = |t: &str| same_day(&words(t));
        for t in [
            "Mon rendez-vous de jeudi, pourriez-vous le mettre plus tard dans la journée?",
            "y aurait-tu moyen de le mettre un peu plus tard dans la journee",
            "Plus tard dans la même journée, si c'est possible.",
            "could I come in later that day?",
            "can you move it to later in the day",
        ] {
            assert_eq!(s(t), Some(SameDay::Later), "{t}");
        }
        for t in [
            "Est-ce que je pourrais venir plus tôt le même jour?",
            "je voudrais changer mon rendez-vous de vendredi pour plus tot dans la journee",
            "earlier the same day if you can",
        ] {
            assert_eq!(s(t), Some(SameDay::Earlier), "{t}");
        }
        for t in [
            "jeudi, le plus tard dans la journée",
            "une heure plus tard dans la journée",
            "plus tard?",
            "la même journée",
            "anything later?",
        ] {
            assert_eq!(s(t), None, "{t}");
        }
    }

    #[test]
    fn moves_by_a_week() {
        let s = |t: &str| week_step(&words(t));
        assert_eq!(
            s("je voudrais reporter mon rendez-vous d'une semaine"),
            Some(7)
        );
        assert_eq!(s("une semaine plus tard"), Some(7));
        assert_eq!(s("can you push it back a week?"), Some(7));
        assert_eq!(s("le devancer d'une semaine"), Some(-7));
        assert_eq!(s("a week earlier"), Some(-7));
        assert_eq!(s("dans une semaine"), None);
        assert_eq!(s("next week"), None);
        assert_eq!(s("same time the week after"), Some(7));
        assert_eq!(s("can we do the week after instead, same time?"), Some(7));
        assert_eq!(s("the week after next"), None);
        assert_eq!(
            s("could you push it out a couple of weeks, same time?"),
            Some(14)
        );
        assert_eq!(s("I've got a colour booked in a couple of weeks"), None);
        assert_eq!(
            s("faudrait le tasser à la semaine d'après, même jour même heure"),
            Some(7)
        );
        assert_eq!(s("même heure, la semaine suivante"), Some(7));
        assert_eq!(s("deux semaines plus tard"), Some(14));
    }

    #[test]
    fn edges_of_the_day() {
        assert_eq!(day_edge(&words("first thing monday")), Some(Edge::First));
        assert_eq!(
            day_edge(&words("something at the end of the day on thursday")),
            Some(Edge::Last)
        );
        assert_eq!(day_edge(&words("the first one")), None);
        assert_eq!(
            day_edge(&words("demain en fin d'avant-midi")),
            Some(Edge::LateMorning)
        );
        assert_eq!(
            day_edge(&words("late morning on friday")),
            Some(Edge::LateMorning)
        );
        assert_eq!(
            day_edge(&words("lundi à la première heure")),
            Some(Edge::First)
        );
        assert_eq!(
            day_edge(&words("quelque chose en fin de journée jeudi")),
            Some(Edge::Last)
        );
        assert_eq!(day_edge(&words("jeudi, la première heure libre")), None);
        assert_eq!(day_edge(&words("en fin d'après-midi")), None);
    }

    #[test]
    fn the_latest_start_of_a_day() {
        for t in [
            "friday, as late as possible",
            "can i get the last appointment of the day on monday?",
            "what's your latest slot on thursday?",
            "what's the latest you can do on wednesday?",
            "monday, as late in the day as you can",
            "jeudi, le plus tard possible",
            "quelle est votre dernière plage jeudi?",
            "je voudrais le dernier rendez-vous de la journée lundi",
            "c'est quoi le plus tard que vous pouvez me prendre mercredi?",
            "vendredi, aussi tard que possible",
        ] {
            assert!(wants_latest(&words(t)), "{t}");
        }
        for t in [
            "the latest one",
            "the last one on friday",
            "something at the end of the day on thursday",
            "same time as last time",
            "jeudi, la dernière",
            "plus tard dans la journée jeudi",
            "annuler mon dernier rendez-vous",
        ] {
            assert!(!wants_latest(&words(t)), "{t}");
        }
    }
}
