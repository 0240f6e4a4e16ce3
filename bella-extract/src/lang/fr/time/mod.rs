//! French times, dates and windows (SPEC §5.5), parsed into the shared [`TimeExpr`]
//! and resolved by the shared [`crate::time::resolve`].
//!
//! One left-to-right scan over the French words tries, at each word: a window
//! ("après 15 h", "entre 14 h et 16 h", "de 14 h à 16 h", "à partir de", "pas avant",
//! "avant midi", "sauf le matin", "pas l'après-midi"), a clock ([`clock`]), a day
//! ([`day`]) and a part of the day ("demain matin", "en avant-midi", "à matin", "ce
//! soir"). A later day or clock replaces an earlier one, which is how corrections
//! work ("mardi, non attendez, mercredi à 15 h"; "demain à 10 h, euh non, à 11 h").
//! A part of the day said with a bare hour sets its reading ("demain après-midi à 2 h"
//! is 14:00). Every rule that fires is named in [`TimeExpr::rules`].

mod clock;
pub(in crate::lang::fr) mod day;

use super::words::{Word, glued, words};
use crate::time::{ClockExpr, DayExpr, Reading, TimeExpr, WeekRel, When, Window, resolve};
use crate::{Match, Span};
use bella_core::{PartOfDay, ReferenceTime};
use chrono::{NaiveTime, Timelike};
use clock::{Clock, bound_at, clock_at};
use day::{WEEKDAYS, bare_date_at, day_at};

/// What a French turn says about when, before resolution.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Parsed {
    /// Day, clock and part of day, in the shared form.
    pub expr: TimeExpr,
    /// The window's lower bound, if one was said.
    pub after: Option<ClockExpr>,
    /// The window's upper bound, if one was said.
    pub before: Option<ClockExpr>,
    /// "le plus tôt possible", "l'heure la plus proche": the earliest free time.
    pub earliest: bool,
    /// Everything the rules covered.
    span: Option<Span>,
}

impl Parsed {
    fn cover(&mut self, span: Span, rule: &'static str) {
        self.span = Some(self.span.map_or(span, |s| s.cover(span)));
        self.expr.rules.push(rule);
    }

    fn has_window(&self) -> bool {
        self.after.is_some() || self.before.is_some()
    }

    /// A part of the day sets the reading of the bare hours said so far ("demain
    /// après-midi à 2 h"). In the morning, 12 stays noon ("lundi matin de 10 h à
    /// 12 h" ends at 12:00, not at midnight).
    fn read_by_part(&mut self, part: PartOfDay) {
        let (reading, last) = match part {
            PartOfDay::Morning => (Reading::Am, 11),
            _ => (Reading::Pm, 12),
        };
        for c in [&mut self.expr.clock, &mut self.after, &mut self.before]
            .into_iter()
            .flatten()
        {
            if c.reading == Reading::Business && (1..=last).contains(&c.hour) {
                c.reading = reading;
            }
        }
    }
}

/// The span of words `i..end`.
fn span_of(ws: &[Word<'_>], i: usize, end: usize) -> Span {
    ws[i].span.cover(ws[end.max(i + 1) - 1].span)
}

/// Whether the word before `i` makes "avant midi"/"après midi" a noun ("en après
/// midi", "l'avant midi", "cet après midi") when the hyphen is missing.
fn noun_article(ws: &[Word<'_>], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|p| ws[p].is_any(&["en", "l", "cet", "cette", "dans"]))
}

/// A part of the day at `i`: the part, whether it means today, and the index after it.
fn part_of_day_at(ws: &[Word<'_>], i: usize) -> Option<(PartOfDay, bool, usize, &'static str)> {
    let w = ws.get(i)?;
    let prev = i.checked_sub(1).map(|p| &ws[p]);
    let (part, end, rule) = match w.key.as_bytes() {
        b"matin" | b"matinee" => (PartOfDay::Morning, i + 1, "fr/part/matin"),
        b"soir" | b"soiree" => (PartOfDay::Evening, i + 1, "fr/part/soir"),
        // "après le souper", "après souper": le souper is the Quebec evening meal, so
        // what follows it is the evening ("jeudi après le souper, vers 7 h" is 19:00).
        // "Avant le souper" is no part of the day.
        b"souper" => {
            let after = |k: usize| i.checked_sub(k).is_some_and(|a| ws[a].is("apres"));
            if !(after(1) || (after(2) && ws[i - 1].is("le"))) {
                return None;
            }
            (PartOfDay::Evening, i + 1, "fr/part/apres-souper")
        }
        b"avant" | b"apres" => {
            // "avant-midi"/"après-midi" (hyphen) are parts of the day; "avant midi" is a
            // bound, unless an article shows it is the noun ("en avant midi", "l'après midi").
            let hyphen = ws.get(i + 1).filter(|h| h.is_punct('-') && glued(w, h));
            let j = if hyphen.is_some() { i + 2 } else { i + 1 };
            let midi = ws.get(j).is_some_and(|m| m.is("midi"));
            let noun = noun_article(ws, i);
            if !midi || (hyphen.is_none() && !noun) {
                return None;
            }
            if w.is("avant") {
                (PartOfDay::Morning, j + 1, "fr/part/avant-midi")
            } else {
                (PartOfDay::Afternoon, j + 1, "fr/part/apres-midi")
            }
        }
        _ => return None,
    };
    // "ce matin", "cet après-midi", "ce soir", and the Quebec "à matin", "à soir".
    let today = prev.is_some_and(|p| {
        p.is_any(&["ce", "cet", "cette"])
            || (p.is("a") && matches!(w.key.as_bytes(), b"matin" | b"soir"))
    });
    Some((part, today, end, rule))
}

/// The index after "à part" at `i`.
fn a_part_end(ws: &[Word<'_>], i: usize) -> Option<usize> {
    (ws.get(i)?.is("a") && ws.get(i + 1).is_some_and(|n| n.is("part"))).then_some(i + 2)
}

/// "au lieu de", "au lieu du", "au lieu d'", "plutôt que", "plutôt qu'": the value
/// given up follows (as English "instead of", "rather than"). Returns the index after.
fn given_up_end(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let at = |k: usize, keys: &[&str]| ws.get(i + k).is_some_and(|n| n.is_any(keys));
    if at(0, &["au"]) && at(1, &["lieu"]) && at(2, &["de", "du", "d"]) {
        Some(i + 3)
    } else if at(0, &["plutot"]) && at(1, &["que", "qu"]) {
        Some(i + 2)
    } else {
        None
    }
}

/// "sauf le matin", "pas en avant-midi", "pas l'après-midi": a window from the part.
fn not_part_at(ws: &[Word<'_>], i: usize) -> Option<(Window, usize)> {
    let w = ws.get(i)?;
    let mut j = if w.is_any(&["sauf", "pas", "excepte"]) {
        i + 1
    } else {
        a_part_end(ws, i)?
    };
    while ws
        .get(j)
        .is_some_and(|n| n.is_any(&["le", "la", "l", "en", "dans", "durant", "pendant"]))
    {
        j += 1;
    }
    let (part, _, end, _) = part_of_day_at(ws, j)?;
    let (start, stop) = part.hours();
    let window = match part {
        PartOfDay::Morning => Window {
            after: NaiveTime::from_hms_opt(stop, 0, 0),
            before: None,
        },
        _ => Window {
            after: None,
            before: NaiveTime::from_hms_opt(start, 0, 0),
        },
    };
    Some((window, end))
}

/// "pas à 9 h", "sauf lundi", "à part mercredi", "ni à 10 h", "au lieu de jeudi": a
/// time or a weekday ruled out or given up is none asked for (as the English grammar
/// drops a piece after "not" or "instead of"); the dialog keeps it as an exclusion. Windows ("pas avant 15 h", "sauf le matin") are
/// read before this, and "sauf lundi matin" narrows the day. Returns the index after.
fn ruled_out_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    let mut j = if w.is_any(&["sauf", "excepte", "hormis", "ni"])
        || (w.is("pas") && !(i > 0 && ws[i - 1].is("pourquoi")))
    {
        i + 1
    } else if let Some(j) = given_up_end(ws, i) {
        j
    } else {
        a_part_end(ws, i)?
    };
    while ws
        .get(j)
        .is_some_and(|n| n.is_any(&["a", "le", "la", "les", "pour"]))
    {
        j += 1;
    }
    if let Some(c) = bound_at(ws, j) {
        return Some(c.end);
    }
    let d = day_at(ws, j)?;
    let weekday = matches!(d.day, DayExpr::Weekday { .. });
    (weekday && part_of_day_at(ws, d.end).is_none()).then_some(d.end)
}

/// A window said at `i`: `(after, before, end, rule)`.
fn window_at(
    ws: &[Word<'_>],
    i: usize,
) -> Option<(Option<ClockExpr>, Option<ClockExpr>, usize, &'static str)> {
    let w = ws.get(i)?;
    let at = |k: usize, key: &str| ws.get(i + k).is_some_and(|n| n.is(key));
    let key = w.key.as_bytes();
    // "entre X et Y", "de X à Y".
    if matches!(key, b"entre" | b"de") {
        let x = bound_at(ws, i + 1)?;
        let link = if key == b"entre" { "et" } else { "a" };
        let alt = if key == b"entre" { "pis" } else { "jusqua" };
        let sep = ws.get(x.end)?;
        // "de 9 h 30 jusqu'à 11 h": the elided "jusqu'" and its "à" join the bounds.
        let until = key == b"de" && sep.is("jusqu") && ws.get(x.end + 1).is_some_and(|n| n.is("a"));
        if !sep.is(link) && !sep.is(alt) && !until {
            return None;
        }
        let y = bound_at(ws, x.end + if until { 2 } else { 1 })?;
        let rule = if key == b"entre" {
            "fr/window/entre-et"
        } else {
            "fr/window/de-a"
        };
        return Some((
            Some(shared_marker(x.clock, y.clock)),
            Some(y.clock),
            y.end,
            rule,
        ));
    }
    // "17 à 18", "5 à 6 PM", "16-17 heures", "16 h - 18 h 30", "à 16-17": two hours
    // joined by "à" or a dash are a window, like §2 "2 to 4".
    if let Some(range) = range_at(ws, i) {
        return Some(range);
    }
    let after = |c: Clock, rule| Some((Some(c.clock), None, c.end, rule));
    let before = |c: Clock, rule| Some((None, Some(c.clock), c.end, rule));
    // "en après midi", "l'avant midi": an article makes the unhyphenated words the
    // part of the day (read by `part_of_day_at`), not a bound at noon.
    if matches!(key, b"apres" | b"avant") && noun_article(ws, i) {
        return None;
    }
    match key {
        b"apres" => {
            // "après-midi", "après-demain" are not bounds (the hyphen, or no hour).
            if ws.get(i + 1).is_some_and(|n| n.is_punct('-')) {
                return None;
            }
            match bound_at(ws, i + 1) {
                Some(c) => after(c, "fr/window/apres"),
                None => after(event_clock(ws, i + 1)?, "fr/window/apres-event"),
            }
        }
        b"avant" => {
            if ws.get(i + 1).is_some_and(|n| n.is_punct('-')) {
                return None;
            }
            match bound_at(ws, i + 1) {
                Some(c) => before(c, "fr/window/avant"),
                None => before(event_clock(ws, i + 1)?, "fr/window/avant-event"),
            }
        }
        b"pas" if at(1, "avant") => after(bound_at(ws, i + 2)?, "fr/window/pas-avant"),
        b"pas" if at(1, "apres") && !ws.get(i + 2).is_some_and(|n| n.is_punct('-')) => {
            before(bound_at(ws, i + 2)?, "fr/window/pas-apres")
        }
        b"a" if at(1, "partir") && ws.get(i + 2).is_some_and(|n| n.is_any(&["de", "d"])) => {
            after(bound_at(ws, i + 3)?, "fr/window/a-partir-de")
        }
        // "pas plus tard que 15 h", "pas plus tôt que 10 h": the negation turns the
        // bound round (SPEC §2 "no later than", "no earlier than").
        b"pas" if at(1, "plus") && at(2, "tard") && at(3, "que") => {
            before(bound_at(ws, i + 4)?, "fr/window/pas-plus-tard-que")
        }
        b"pas" if at(1, "plus") && at(2, "tot") && at(3, "que") => {
            after(bound_at(ws, i + 4)?, "fr/window/pas-plus-tot-que")
        }
        b"plus" if at(1, "tard") && at(2, "que") => {
            after(bound_at(ws, i + 3)?, "fr/window/plus-tard-que")
        }
        b"plus" if at(1, "tot") && at(2, "que") => {
            before(bound_at(ws, i + 3)?, "fr/window/plus-tot-que")
        }
        b"jusqu" if at(1, "a") => before(bound_at(ws, i + 2)?, "fr/window/jusqua"),
        // "au plus tard à 15 h", "au plus tôt à 10 h" (SPEC §2 "by 3 at the latest").
        b"au" if at(1, "plus") && (at(2, "tard") || at(2, "tot")) => {
            let clock = bound_at(ws, i + if at(3, "a") { 4 } else { 3 })?;
            if at(2, "tard") {
                before(clock, "fr/window/au-plus-tard")
            } else {
                after(clock, "fr/window/au-plus-tot")
            }
        }
        _ => None,
    }
}

/// The clock of an event named between "après"/"avant" at `i - 1` and "à" (SPEC §2
/// windows; English "after my class at 2", docs/time-resolution.md): "après mon cours
/// à 14 h", "avant d'aller chercher les enfants à 15 h 30", "après l'école à 3 h". The
/// event opens with an article, a possessive or "de" before a verb, and runs at most six
/// words; "après demain à 10 h" has no article and is a day.
fn event_clock(ws: &[Word<'_>], i: usize) -> Option<Clock> {
    const OPENERS: [&str; 17] = [
        "mon", "ma", "mes", "le", "la", "les", "l", "notre", "nos", "son", "sa", "ses", "leur",
        "leurs", "de", "d", "du",
    ];
    if !ws.get(i)?.is_any(&OPENERS) {
        return None;
    }
    for j in i + 1..ws.len().min(i + 8) {
        let w = &ws[j];
        if w.is_any(&["a", "vers"]) && j > i + 1 {
            return bound_at(ws, j + 1);
        }
        if !w.is_word() || w.is_any(&WEEKDAYS) || w.is_any(&EVENT_STOPS) {
            return None;
        }
    }
    None
}

/// Words that end an event's name before its clock: a day, or a new clause.
const EVENT_STOPS: [&str; 9] = [
    "demain",
    "aujourdhui",
    "et",
    "ou",
    "pis",
    "mais",
    "sinon",
    "matin",
    "soir",
];

/// A bare first bound takes the part-of-day marker of the second when that keeps the
/// window in order: "de 5 h à 7 h du matin" is 05:00-07:00 and "5 à 6 PM" 17:00-18:00,
/// but "de 10 h à 2 h de l'après-midi" keeps 10:00.
fn shared_marker(first: ClockExpr, second: ClockExpr) -> ClockExpr {
    if first.reading != Reading::Business || !matches!(second.reading, Reading::Am | Reading::Pm) {
        return first;
    }
    let marked = ClockExpr {
        reading: second.reading,
        ..first
    };
    if marked.hour_minute() < second.hour_minute() {
        marked
    } else {
        first
    }
}

/// How many words after a range's first word its "à" or dash may stand.
const RANGE_REACH: usize = 10;

/// "X à Y" or "X - Y" with two hours (an "à" before them is the preposition: "à
/// 16-17"): `(after, before, end, rule)`. A count ("2 à 3 jours") is no bound, and a
/// day of the month before it ("le 12 à 3 h") was read as a day first.
fn range_at(
    ws: &[Word<'_>],
    i: usize,
) -> Option<(Option<ClockExpr>, Option<ClockExpr>, usize, &'static str)> {
    let start = if ws.get(i)?.is("a") { i + 1 } else { i };
    if !ws.get(start).is_some_and(|w| {
        w.kind == crate::lexer::TokenKind::Digits || crate::lang::fr::num::is_number_word(w)
    }) {
        return None;
    }
    // Cheap test first, as this runs at every word: the "à" or dash that joins the two
    // hours stands within the next few words (the longest first bound, "dix-sept
    // heures quarante-cinq du matin", is nine).
    let near = ws.get(start + 1..).unwrap_or_default();
    if !near[..near.len().min(RANGE_REACH)]
        .iter()
        .any(|w| w.is("a") || w.is_punct('-'))
    {
        return None;
    }
    let x = bound_at(ws, start)?;
    let sep = ws.get(x.end)?;
    let digits = |k: usize| {
        ws.get(k)
            .is_some_and(|w| w.kind == crate::lexer::TokenKind::Digits)
    };
    let dash = |k: usize| ws.get(k).is_some_and(|w| w.is_punct('-'));
    let (rule, from) = if sep.is("a") {
        ("fr/window/x-a-y", x.end + 1)
    } else if sep.is_punct('-') && digits(start) && digits(x.end + 1) {
        // Digits only, and not inside a longer dashed run: "cinq-un-quatre" and
        // "5-1-4" are digits of a phone number.
        ("fr/window/x-tiret-y", x.end + 1)
    } else {
        return None;
    };
    let y = bound_at(ws, from)?;
    if rule == "fr/window/x-tiret-y" && ((start > 0 && dash(start - 1)) || dash(y.end)) {
        return None;
    }
    let (after, before) = (shared_marker(x.clock, y.clock), y.clock);
    (after.hour_minute() < before.hour_minute()).then_some((Some(after), Some(before), y.end, rule))
}

/// The phrases of the earliest free time ([`earliest_at`]), as folded keys.
const EARLIEST: &[&[&str]] = &[
    &["le", "plus", "tot", "possible"],
    &["au", "plus", "tot"],
    &["le", "plus", "vite", "possible"],
    &["le", "plus", "rapidement", "possible"],
    &["au", "plus", "vite"],
    &["au", "plus", "sacrant"],
    &["des", "que", "possible"],
    &["l", "heure", "la", "plus", "proche"],
    &["la", "premiere", "heure", "libre"],
    &["la", "premiere", "heure", "disponible"],
    &["la", "premiere", "place"],
    &["la", "premiere", "disponibilite"],
];

/// Every word an [`EARLIEST`] phrase starts with (checked by a test): the scan tries
/// the phrases only at these, and most words are none of them.
const EARLIEST_FIRST: &[&str] = &["le", "au", "des", "l", "la"];

/// "le plus tôt possible", "dès que possible", "au plus vite", "l'heure la plus
/// proche", "la première heure libre": the caller wants the earliest free time (§5.6).
fn earliest_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    if !ws.get(i)?.is_any(EARLIEST_FIRST) {
        return None;
    }
    let end = EARLIEST.iter().find_map(|p| {
        let fits = ws.len() >= i + p.len() && p.iter().zip(&ws[i..]).all(|(k, w)| w.is(k));
        fits.then_some(i + p.len())
    })?;
    // "au plus tôt à 10 h" is a lower bound (`window_at`), not the earliest free time.
    let clock_from = end + usize::from(ws.get(end).is_some_and(|w| w.is("a")));
    let bound = ws[i].is("au") && ws[end - 1].is("tot") && bound_at(ws, clock_from).is_some();
    (!bound).then_some(end)
}

/// "dans 2 heures", "dans une demi-heure", "dans 30 minutes": minutes from now.
fn in_minutes_at(ws: &[Word<'_>], i: usize) -> Option<(u32, usize)> {
    if !ws.get(i)?.is("dans") {
        return None;
    }
    let j = i + 1;
    // "dans une demi-heure".
    if ws.get(j).is_some_and(|w| w.is_any(&["une", "un"]))
        && ws.get(j + 1).is_some_and(|w| w.is("demi"))
    {
        let k = if ws.get(j + 2).is_some_and(|w| w.is_punct('-')) {
            j + 3
        } else {
            j + 2
        };
        if ws.get(k).is_some_and(|w| w.is("heure")) {
            return Some((30, k + 1));
        }
    }
    let (n, end) = super::num::count_at(ws, j)?;
    let unit = ws.get(end)?;
    let minutes = if unit.is_any(&["heure", "heures"]) {
        n.checked_mul(60)?
    } else if unit.is_any(&["minute", "minutes", "min", "mins"]) {
        n
    } else {
        return None;
    };
    (minutes <= 24 * 60).then_some((minutes, end + 1))
}

/// The week that "dans une semaine" / "dans deux semaines" lands in, for a weekday said
/// with it ("dans deux semaines, jeudi" is the Thursday of the week two weeks on, as
/// "jeudi de la semaine prochaine" is next week's).
fn weeks_on(d: Option<DayExpr>) -> Option<WeekRel> {
    match d? {
        DayExpr::InDays(7) => Some(WeekRel::NextWeek),
        DayExpr::InDays(14) => Some(WeekRel::WeekAfterNext),
        _ => None,
    }
}

/// A day said after another in the same turn, read with it: "la semaine prochaine,
/// genre mardi" is the Tuesday of next week, and so is "mardi, mais la semaine
/// prochaine"; "dans deux semaines, jeudi" and "jeudi dans deux semaines" are the
/// Thursday of the week two weeks on ([`weeks_on`]). Anything else replaces the
/// earlier day (a correction).
fn same_week(earlier: Option<DayExpr>, later: DayExpr, rule: &str) -> DayExpr {
    let next_week = |d: Option<DayExpr>| {
        matches!(
            d,
            Some(DayExpr::Weekday {
                rel: WeekRel::NextWeek,
                ..
            })
        )
    };
    match (earlier, later) {
        // "dans deux semaines, jeudi".
        (
            e,
            DayExpr::Weekday {
                weekday,
                rel: WeekRel::Nearest,
            },
        ) if weeks_on(e).is_some() => DayExpr::Weekday {
            weekday,
            rel: weeks_on(e).unwrap_or(WeekRel::Nearest),
        },
        // "jeudi dans deux semaines".
        (
            Some(DayExpr::Weekday {
                weekday,
                rel: WeekRel::Nearest,
            }),
            later,
        ) if rule == "fr/day/dans-n-jours" && weeks_on(Some(later)).is_some() => DayExpr::Weekday {
            weekday,
            rel: weeks_on(Some(later)).unwrap_or(WeekRel::Nearest),
        },
        // "la semaine prochaine" (or a day of it), then a weekday said plainly.
        (
            e,
            DayExpr::Weekday {
                weekday,
                rel: WeekRel::Nearest,
            },
        ) if next_week(e) => DayExpr::Weekday {
            weekday,
            rel: WeekRel::NextWeek,
        },
        // A weekday said plainly, then "la semaine prochaine" alone.
        (
            Some(DayExpr::Weekday {
                weekday,
                rel: WeekRel::Nearest,
            }),
            later,
        ) if rule == "fr/day/semaine-prochaine" && next_week(Some(later)) => DayExpr::Weekday {
            weekday,
            rel: WeekRel::NextWeek,
        },
        _ => later,
    }
}

/// Parses the French time expression in `text`, if any.
pub(crate) fn parse(text: &str) -> Option<Match<Parsed>> {
    parse_words(&words(text))
}

/// Hesitations no time rule reads ("entre euh 14 h et 16 h"): the rules index words,
/// so these are taken out before them.
const HESITATIONS: &[&str] = &["euh", "heu", "hum", "hmm", "uh", "um"];

/// [`parse`] over the turn's words, already split. Hesitations are left out first,
/// with the commas speech-to-text sets them off with ("après, euh, 15 h"); a turn
/// without one is read as it is, with no copy.
pub(crate) fn parse_words(ws: &[Word<'_>]) -> Option<Match<Parsed>> {
    if ws.iter().any(|w| w.is_any(HESITATIONS)) {
        let mut kept: Vec<Word<'_>> = Vec::with_capacity(ws.len());
        let mut after_hesitation = false;
        for w in ws {
            if w.is_any(HESITATIONS) {
                if kept.last().is_some_and(|p| p.is_punct(',')) {
                    kept.pop();
                }
                after_hesitation = true;
            } else if !(std::mem::take(&mut after_hesitation) && w.is_punct(',')) {
                kept.push(*w);
            }
        }
        return parse_kept(&kept);
    }
    parse_kept(ws)
}

/// [`parse_words`] once the hesitations are out.
fn parse_kept(ws: &[Word<'_>]) -> Option<Match<Parsed>> {
    let mut p = Parsed::default();
    let mut first_rule = None;
    let mut i = 0;
    // The part of the day came with its day ("ce soir", "à matin"): a later day replaces
    // both ("ce soir à 8 h, non, demain à 8 h" is tomorrow 08:00), and the hours said
    // before keep the reading they had.
    let mut part_in_day = false;
    // The last day read was led by "de" ("mon rendez-vous de jeudi"): the day it is
    // moved from, when "à" leads the next.
    let mut day_from = false;
    // "entre Noël et le jour de l'An": the later of two days that bound a stretch,
    // used only when the turn names no other day.
    let mut stretch: Option<(day::Day, Span)> = None;
    let mut note = |p: &mut Parsed, span: Span, rule: &'static str| {
        first_rule.get_or_insert(rule);
        p.cover(span, rule);
    };
    while i < ws.len() {
        if !ws[i].is_word() && ws[i].kind != crate::lexer::TokenKind::Digits {
            i += 1;
            continue;
        }
        if let Some(end) = earliest_at(ws, i) {
            p.earliest = true;
            note(&mut p, span_of(ws, i, end), "fr/earliest");
            i = end;
            continue;
        }
        if let Some((minutes, end)) = in_minutes_at(ws, i) {
            p.expr.in_minutes = Some(minutes);
            note(&mut p, span_of(ws, i, end), "fr/in-minutes");
            i = end;
            continue;
        }
        if let Some((window, end)) = not_part_at(ws, i) {
            let to_clock = |t: NaiveTime| ClockExpr {
                hour: u8::try_from(t.hour()).unwrap_or(0),
                minute: 0,
                minus_minutes: 0,
                reading: Reading::TwentyFour,
            };
            if let Some(a) = window.after {
                p.after = Some(to_clock(a));
            }
            if let Some(b) = window.before {
                p.before = Some(to_clock(b));
            }
            note(&mut p, span_of(ws, i, end), "fr/window/sauf-partie");
            i = end;
            continue;
        }
        // "le 29, entre Noël et le jour de l'An": two days joined as "entre A et B"
        // bound a stretch of days, not one start; another day said is the one asked for.
        // The first may be a feast no rule reads alone ("Noël", also a given name): a
        // few words, no number, then "et" and a day.
        if ws[i].is("entre")
            && let Some(et) = (i + 2..ws.len().min(i + 6)).find(|&k| ws[k].is("et"))
            && ws[i + 1..et].iter().all(Word::is_word)
            && let Some(second) = day_at(ws, et + 1)
        {
            i = second.end;
            stretch = Some((second, span_of(ws, et + 1, second.end)));
            continue;
        }
        if let Some((after, before, end, rule)) = window_at(ws, i) {
            if after.is_some() {
                p.after = after;
            }
            if before.is_some() {
                p.before = before;
            }
            note(&mut p, span_of(ws, i, end), rule);
            i = end;
            continue;
        }
        if let Some(end) = ruled_out_at(ws, i) {
            i = end;
            continue;
        }
        if let Some(c) = clock_at(ws, i) {
            // "15 h ou plus tard": a lower bound, not a start; "15 h au plus tard" an
            // upper one, "10 h au plus tôt" a lower one.
            let follows = |words: [&str; 3]| {
                ws.len() >= c.end + 3 && words.iter().zip(&ws[c.end..]).all(|(k, w)| w.is(k))
            };
            if follows(["ou", "plus", "tard"]) || follows(["au", "plus", "tot"]) {
                p.after = Some(c.clock);
                note(&mut p, span_of(ws, i, c.end + 3), "fr/window/ou-plus-tard");
                i = c.end + 3;
            } else if follows(["au", "plus", "tard"]) {
                p.before = Some(c.clock);
                note(&mut p, span_of(ws, i, c.end + 3), "fr/window/au-plus-tard");
                i = c.end + 3;
            } else {
                p.expr.clock = Some(c.clock);
                note(&mut p, span_of(ws, i, c.end), c.rule);
                i = c.end;
            }
            continue;
        }
        // "à 3", "vers trois": a bare hour after a time preposition.
        if ws[i].is_any(&["a", "vers"])
            && let Some(c) = bound_at(ws, i + 1)
            && ws
                .get(c.end)
                .is_none_or(|n| !n.is_word() || super::time_word(n))
        {
            p.expr.clock = Some(c.clock);
            note(&mut p, span_of(ws, i + 1, c.end), c.rule);
            i = c.end;
            continue;
        }
        if let Some(d) = day_at(ws, i).or_else(|| bare_date_at(ws, i)) {
            if part_in_day && let Some(part) = p.expr.part_of_day.take() {
                p.read_by_part(part);
            }
            part_in_day = false;
            // "de jeudi à la semaine prochaine": from one day to another (a move), never
            // the two read as one day.
            let led_by = |words: &[&str]| i > 0 && ws[i - 1].is_any(words);
            let moved = day_from && led_by(&["a", "au", "pour"]);
            day_from = led_by(&["de", "du", "d"]);
            p.expr.day = Some(if moved {
                d.day
            } else {
                same_week(p.expr.day, d.day, d.rule)
            });
            p.expr.plus_days = d.plus;
            note(&mut p, span_of(ws, i, d.end), d.rule);
            i = d.end;
            continue;
        }
        if let Some((part, today, end, rule)) = part_of_day_at(ws, i) {
            p.expr.part_of_day = Some(part);
            part_in_day = today;
            if today {
                p.expr.day = Some(crate::time::DayExpr::Today);
            }
            let start = if today { i - 1 } else { i };
            note(&mut p, span_of(ws, start, end), rule);
            i = end;
            continue;
        }
        i += 1;
    }
    if p.expr.day.is_none()
        && let Some((d, span)) = stretch
    {
        p.expr.day = Some(d.day);
        p.expr.plus_days = d.plus;
        note(&mut p, span, d.rule);
    }
    if let Some(part) = p.expr.part_of_day {
        p.read_by_part(part);
    }
    let span = p.span?;
    let rule = first_rule?;
    Some(Match {
        span,
        value: p,
        rule,
    })
}

/// Parses and resolves against `reference`, filling [`When::window`].
pub(crate) fn extract(text: &str, reference: &ReferenceTime) -> Option<Match<When>> {
    extract_words(&words(text), reference)
}

/// [`extract`] over the turn's words, already split.
pub(crate) fn extract_words(ws: &[Word<'_>], reference: &ReferenceTime) -> Option<Match<When>> {
    let m = parse_words(ws)?;
    let p = &m.value;
    let mut when = resolve(&p.expr, reference);
    when.earliest = p.earliest;
    if p.has_window() {
        let at = |c: ClockExpr| {
            let (h, min) = c.hour_minute();
            NaiveTime::from_hms_opt(h, min, 0)
        };
        let window = Window {
            after: p.after.and_then(at),
            before: p.before.and_then(at),
        };
        when.time = None;
        when.time_said = false;
        if !when.day_said && p.expr.day.is_none() {
            when.date = window_day(window, reference);
        }
        when.window = Some(window);
    } else if when.is_empty() && !when.earliest {
        return None;
    }
    if when.date.is_none() && !when.earliest {
        return None;
    }
    Some(Match {
        span: m.span,
        value: when,
        rule: m.rule,
    })
}

/// A window without a day: today if a start in it is still ahead of now, else tomorrow.
fn window_day(window: Window, reference: &ReferenceTime) -> Option<chrono::NaiveDate> {
    let today = reference.today();
    let now = reference.local_now().time();
    match window.before {
        Some(b) if now >= b => today.succ_opt(),
        _ => Some(today),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A clock as (hour, minute), if there is one.
    type Hm = Option<(u32, u32)>;

    /// The window a turn gives (after, before), and its clock if any.
    fn window(text: &str) -> (Hm, Hm, Hm) {
        let p = parse(text).map(|m| m.value).unwrap_or_default();
        let hm = |c: Option<ClockExpr>| c.map(|c| c.hour_minute());
        (hm(p.after), hm(p.before), hm(p.expr.clock))
    }

    #[test]
    fn two_hours_joined_by_a_or_a_dash_are_a_window() {
        let w = |a, b| (Some(a), Some(b), None);
        assert_eq!(window("Je vais partir 17 à 18"), w((17, 0), (18, 0)));
        assert_eq!(window("je vais partir 17 a 18"), w((17, 0), (18, 0)));
        assert_eq!(window("demain 9 à 11"), w((9, 0), (11, 0)));
        assert_eq!(window("16-17 heures"), w((16, 0), (17, 0)));
        assert_eq!(window("je vais retourner à 16-17"), w((16, 0), (17, 0)));
        assert_eq!(
            window("le 12 décembre à 16 h - 18 h 30"),
            w((16, 0), (18, 30))
        );
        assert_eq!(window("14 h 30 à 15 h"), w((14, 30), (15, 0)));
        // A count, and a day of the month before a clock, are no window.
        assert_eq!(window("dans 2 à 3 jours").0, None);
        assert_eq!(window("le 12 à 3 h"), (None, None, Some((15, 0))));
        assert_eq!(window("le 514 555-1234").0, None);
        assert_eq!(
            window("cinq-un-quatre, cinq-cinq-cinq, zéro-un-sept-sept").0,
            None
        );
        assert_eq!(window("5-1-4, 5-5-5, 0-1-7-7").0, None);
        assert_eq!(window("le 4-1-8 5-5-5 12-34").0, None);
        // A dash glued to the minutes joins two clocks; between digits alone it stays a
        // phone number's ("514 55-12-34").
        assert_eq!(window("11h30-1h30"), w((11, 30), (13, 30)));
        assert_eq!(window("de 10h30-14h"), w((10, 30), (14, 0)));
        assert_eq!(window("9 h 45-10 h 15"), w((9, 45), (10, 15)));
        assert_eq!(window("514 55-12-34").0, None);
        // "de X jusqu'à Y" as "de X à Y"; "jusqu'à Y" alone stays one bound.
        assert_eq!(window("de 9h30 jusqu'à 11h jeudi"), w((9, 30), (11, 0)));
        assert_eq!(window("de 2 h jusqu'à 4 h"), w((14, 0), (16, 0)));
        assert_eq!(window("jusqu'à 16 h"), (None, Some((16, 0)), None));
        // A dotted clock ends a range as it starts one.
        assert_eq!(window("8:10 - 12.32"), w((8, 10), (12, 32)));
    }

    #[test]
    fn holidays_and_au_are_days() {
        // Written after probe18 e02-e06: the holidays by name, "au" before a date.
        let day = |t: &str| parse(t).and_then(|m| m.value.expr.day);
        let md = |month, day| {
            Some(DayExpr::MonthDay {
                month,
                day,
                year: None,
            })
        };
        assert_eq!(day("Êtes-vous ouverts à la Saint-Jean?"), md(6, 24));
        assert_eq!(day("le jour de la Saint-Jean-Baptiste"), md(6, 24));
        assert_eq!(
            day("Avez-vous de la place le jour de la Fête nationale?"),
            md(6, 24)
        );
        assert_eq!(day("la fête du Canada"), md(7, 1));
        assert_eq!(day("le jour de l'An"), md(1, 1));
        let thanksgiving = Some(DayExpr::NthWeekday {
            nth: 2,
            weekday: chrono::Weekday::Mon,
            month: Some(10),
            year: None,
        });
        assert_eq!(day("le lundi de l'Action de grâce"), thanksgiving);
        assert_eq!(day("à l'Action de grâces"), thanksgiving);
        assert_eq!(
            day("Je voudrais déplacer mon rendez-vous au 24."),
            Some(DayExpr::DayOfMonth(24))
        );
        assert_eq!(day("au 3 juin"), md(6, 3));
        // A place, a phone number, and a given name are no day.
        assert_eq!(day("je suis à Saint-Jean-sur-Richelieu"), None);
        assert_eq!(day("appelez-moi au 514 555 0123"), None);
        assert_eq!(day("c'est Noël Tremblay"), None);
    }

    #[test]
    fn a_stretch_between_two_days_gives_way_to_the_day_said() {
        // Written after blind round 24: "le 29, entre Noël et le jour de l'An".
        let day = |t: &str| parse(t).and_then(|m| m.value.expr.day);
        assert_eq!(
            day("le 29, entre Noël et le jour de l'An"),
            Some(DayExpr::DayOfMonth(29))
        );
        let new_year = Some(DayExpr::MonthDay {
            month: 1,
            day: 1,
            year: None,
        });
        // Alone, the stretch reads as before: its later day.
        assert_eq!(day("entre Noël et le jour de l'An"), new_year);
        // Two hours are still a window.
        let w = parse("entre 2 et 4 lundi").map(|m| (m.value.after, m.value.before));
        assert!(w.is_some_and(|(a, b)| a.is_some() && b.is_some()));
    }

    #[test]
    fn days_beside_a_holiday() {
        // Written after blind round 23: "le lendemain de", "la veille de", "le jour de
        // Noël".
        let day = |t: &str| parse(t).map(|m| (m.value.expr.day, m.value.expr.plus_days));
        let md = |month, day, plus| {
            Some((
                Some(DayExpr::MonthDay {
                    month,
                    day,
                    year: None,
                }),
                plus,
            ))
        };
        assert_eq!(day("le lendemain de la Saint-Jean"), md(6, 24, 1));
        assert_eq!(day("la veille de la Saint-Jean"), md(6, 23, 0));
        assert_eq!(day("la veille de Noël"), md(12, 24, 0));
        assert_eq!(day("le jour de Noël"), md(12, 25, 0));
        assert_eq!(day("le lendemain de Noël à 10 h"), md(12, 25, 1));
        assert_eq!(day("la veille du jour de l'An"), md(12, 31, 0));
        assert_eq!(day("la veille de la fête du Canada"), md(6, 30, 0));
        let thanksgiving = Some(DayExpr::NthWeekday {
            nth: 2,
            weekday: chrono::Weekday::Mon,
            month: Some(10),
            year: None,
        });
        assert_eq!(
            day("le lendemain de l'Action de grâce"),
            Some((thanksgiving, 1))
        );
        // A correction to another day drops the day added.
        assert_eq!(
            day("le lendemain de la Saint-Jean, non, le 28"),
            Some((Some(DayExpr::DayOfMonth(28)), 0))
        );
    }

    #[test]
    fn minutes_from_now_take_mins() {
        let minutes = |t: &str| in_minutes_at(&words(t), 0).map(|(m, _)| m);
        assert_eq!(minutes("dans 5 mins"), Some(5));
        assert_eq!(minutes("dans 20 min"), Some(20));
        assert_eq!(minutes("dans 5 mois"), None);
    }

    #[test]
    fn a_marker_on_the_second_bound_reads_a_bare_first_one() {
        let w = |a, b| (Some(a), Some(b), None);
        assert_eq!(window("de 5 h à 7 h du matin"), w((5, 0), (7, 0)));
        assert_eq!(window("entre 5 et 7 du matin"), w((5, 0), (7, 0)));
        assert_eq!(window("cinq à sept du matin"), w((5, 0), (7, 0)));
        assert_eq!(window("5 à 6 PM"), w((17, 0), (18, 0)));
        assert_eq!(window("entre 8 et 10 du soir"), w((20, 0), (22, 0)));
        // Not when it would put the start after the end.
        assert_eq!(window("de 10 h à 2 h de l'après-midi"), w((10, 0), (14, 0)));
    }

    #[test]
    fn what_is_ruled_out_is_not_asked_for() {
        assert_eq!(window("mercredi prochain, mais pas à 9 h").2, None);
        assert_eq!(window("jeudi, pas à midi").2, None);
        assert_eq!(window("pas à 9 h, à 10 h").2, Some((10, 0)));
        assert_eq!(window("oui, pourquoi pas 10 h").2, Some((10, 0)));
        assert_eq!(window("pas avant 15 h").0, Some((15, 0)));
        let day = |t: &str| parse(t).and_then(|m| m.value.expr.day);
        assert!(day("n'importe quand, sauf lundi").is_none());
        assert!(day("non, pas mardi, mercredi").is_some());
        assert!(day("sauf lundi matin").is_some());
        // What is given up is not asked for either.
        let weekday = |t: &str| {
            parse(t).and_then(|m| match m.value.expr.day {
                Some(DayExpr::Weekday { weekday, .. }) => Some(weekday),
                _ => None,
            })
        };
        for (t, wd) in [
            (
                "je préférerais vendredi à 9 h au lieu de jeudi",
                chrono::Weekday::Fri,
            ),
            ("au lieu du jeudi, mettez vendredi", chrono::Weekday::Fri),
            ("vendredi plutôt que jeudi", chrono::Weekday::Fri),
        ] {
            assert_eq!(weekday(t), Some(wd), "{t}");
        }
        assert_eq!(window("à 10 h au lieu de 9 h").2, Some((10, 0)));
    }

    #[test]
    fn an_event_between_the_bound_and_its_clock() {
        let after = |h, m| (Some((h, m)), None, None);
        let before = |h, m| (None, Some((h, m)), None);
        assert_eq!(
            window("un examen mardi, après mon cours à 14 h"),
            after(14, 0)
        );
        assert_eq!(window("après l'école à 3 h"), after(15, 0));
        assert_eq!(
            window("avant d'aller chercher les enfants à 15 h 30"),
            before(15, 30)
        );
        assert_eq!(window("avant ma réunion à 10 h"), before(10, 0));
        // No opener, or a clause in between: the clock is the start.
        assert_eq!(window("après demain à 10 h").2, Some((10, 0)));
        assert_eq!(
            window("avant mardi, mettons mercredi à 10 h").2,
            Some((10, 0))
        );
    }

    #[test]
    fn noon_stays_noon_in_the_morning() {
        let w = |a, b| (Some(a), Some(b), None);
        assert_eq!(window("lundi matin de 10 h à 12 h"), w((10, 0), (12, 0)));
        assert_eq!(
            window("de 10h00 à 12h00 le lundi matin"),
            w((10, 0), (12, 0))
        );
        assert_eq!(window("demain matin à 9 h").2, Some((9, 0)));
        assert_eq!(window("demain matin à 12 h").2, Some((12, 0)));
    }

    #[test]
    fn after_the_evening_meal_is_the_evening() {
        let part = |t: &str| parse(t).and_then(|m| m.value.expr.part_of_day);
        assert_eq!(part("jeudi après le souper"), Some(PartOfDay::Evening));
        assert_eq!(part("après souper mardi"), Some(PartOfDay::Evening));
        assert_eq!(part("jeudi avant le souper"), None);
        assert_eq!(window("jeudi après le souper, vers 7 h").2, Some((19, 0)));
    }

    #[test]
    fn the_noon_meal_pour_and_weeks_on() {
        // Le dîner is the Quebec noon meal: a bound at 12:00.
        assert_eq!(window("jeudi après le dîner"), (Some((12, 0)), None, None));
        assert_eq!(
            window("vendredi avant le lunch"),
            (None, Some((12, 0)), None)
        );
        // "pour" names a time; without a word that does, it is a length.
        assert_eq!(
            window("pour deux heures et quinze minutes").2,
            Some((14, 15))
        );
        assert_eq!(
            window("ça va prendre deux heures et quinze minutes").2,
            None
        );
        let day = |t: &str| parse(t).and_then(|m| m.value.expr.day);
        let thu = |rel| {
            Some(DayExpr::Weekday {
                weekday: chrono::Weekday::Thu,
                rel,
            })
        };
        assert_eq!(
            day("dans deux semaines, jeudi"),
            thu(WeekRel::WeekAfterNext)
        );
        assert_eq!(day("jeudi dans deux semaines"), thu(WeekRel::WeekAfterNext));
        assert_eq!(day("dans une semaine, le jeudi"), thu(WeekRel::NextWeek));
        assert_eq!(day("dans deux semaines"), Some(DayExpr::InDays(14)));
        assert_eq!(day("dans trois jours, jeudi"), thu(WeekRel::Nearest));
    }

    #[test]
    fn a_day_moved_from_then_to_is_the_day_moved_to() {
        let day = |t: &str| parse(t).and_then(|m| m.value.expr.day);
        let week = |weekday, rel| Some(DayExpr::Weekday { weekday, rel });
        let monday_next = week(chrono::Weekday::Mon, WeekRel::NextWeek);
        // "De jeudi à la semaine prochaine": from Thursday to next week (its Monday).
        assert_eq!(
            day("déplacer mon rendez-vous de jeudi à la semaine prochaine"),
            monday_next
        );
        assert_eq!(
            day("mon rendez-vous du mardi pour la semaine prochaine"),
            monday_next
        );
        // Said together, or with "de" alone, they are one day: next week's Thursday.
        let thu_next = week(chrono::Weekday::Thu, WeekRel::NextWeek);
        assert_eq!(day("jeudi, la semaine prochaine"), thu_next);
        assert_eq!(
            day("mon rendez-vous de jeudi la semaine prochaine"),
            thu_next
        );
        assert_eq!(day("jeudi pour la semaine prochaine"), thu_next);
    }

    #[test]
    fn earliest_phrases_start_with_a_listed_word() {
        for p in EARLIEST {
            assert!(EARLIEST_FIRST.contains(&p[0]), "{p:?}");
        }
        let ws = words("Le plus tôt possible, svp");
        assert_eq!(earliest_at(&ws, 0), Some(4));
        assert_eq!(earliest_at(&ws, 1), None);
    }
}
