//! French clock times (SPEC §5.5): "14 h 30", "14h30", "14:30", "quatorze heures
//! trente", "deux heures et demie", "3 h moins quart", "midi et demi", "minuit",
//! with "du matin", "de l'avant-midi", "de l'après-midi", "du soir", "AM"/"PM".
//!
//! Hours are read the §2 way ([`Reading::Business`]: 7–11 morning, 12 noon, 1–6
//! afternoon; 13–23 and 0 stand as said), the part-of-day markers override that, and
//! the minutes are applied after the hour ("3 h moins quart" is 14:45).

use super::super::num::count_at;
use super::super::words::{Word, glued};
use super::day::WEEKDAYS;
use crate::lexer::TokenKind;
use crate::time::{ClockExpr, Reading};

/// A clock time found at some word, and the first word after it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Clock {
    /// The clock, as said.
    pub clock: ClockExpr,
    /// Index of the first word after it.
    pub end: usize,
    /// The rule that read it.
    pub rule: &'static str,
}

/// An hour said as digits or words (0 to 23), and the index after it.
fn hour_number(ws: &[Word<'_>], i: usize) -> Option<(u8, usize)> {
    let (v, end) = count_at(ws, i)?;
    let h = u8::try_from(v).ok().filter(|h| *h <= 23)?;
    Some((h, end))
}

/// Minutes said after an hour, as `(minute, minus, end)`.
fn minutes(ws: &[Word<'_>], i: usize, allow_bare: bool) -> (u8, u8, usize) {
    let Some(w) = ws.get(i) else {
        return (0, 0, i);
    };
    // "et quart", "et demie", "et demi"; after an hour, "et quinze", "et 30", "et
    // quarante-cinq" as said (SPEC §5.5: minutes "quinze", "trente", "quarante-cinq").
    // Only the quarters: "entre deux heures et trois" is a range, never 2:03.
    if w.is("et") {
        match ws.get(i + 1) {
            Some(n) if n.is("quart") => return (15, 0, i + 2),
            Some(n) if n.is_any(&["demie", "demi"]) => return (30, 0, i + 2),
            _ => {}
        }
        return match minute_number(ws, i + 1) {
            Some((m @ (15 | 30 | 45), end)) if allow_bare => (m, 0, end),
            _ => (0, 0, i),
        };
    }
    // "moins quart", "moins le quart", "moins dix", "moins 10".
    if w.is("moins") {
        let j = if ws.get(i + 1).is_some_and(|n| n.is("le")) {
            i + 2
        } else {
            i + 1
        };
        if ws.get(j).is_some_and(|n| n.is("quart")) {
            return (0, 15, j + 1);
        }
        if let Some((m, end)) = minute_number(ws, j)
            && (1..=30).contains(&m)
        {
            return (0, m, end);
        }
        return (0, 0, i);
    }
    if allow_bare && let Some((m, end)) = minute_number(ws, i) {
        return (m, 0, end);
    }
    (0, 0, i)
}

/// A minute count 0 to 59 said as digits or words, not the start of something else.
fn minute_number(ws: &[Word<'_>], i: usize) -> Option<(u8, usize)> {
    let w = ws.get(i)?;
    // "14 h 30" but not "14 h 30 45" (more digits: a phone or a list); a glued dash
    // joins digits of a phone number ("30-45") unless a clock follows it, the end of a
    // range ("11h30-1h30").
    if w.kind == TokenKind::Digits
        && ws.get(i + 1).is_some_and(|n| {
            n.kind == TokenKind::Digits
                || (n.is_punct('-') && glued(w, n) && !hour_mark_at(ws, i + 2))
        })
    {
        return None;
    }
    let (v, end) = count_at(ws, i)?;
    // A number followed by a unit is not minutes ("2 h 3 jours" is not 2:03).
    if ws.get(end).is_some_and(|n| {
        n.is_any(&[
            "jours", "jour", "semaines", "semaine", "heures", "heure", "h", "minutes",
        ])
    }) {
        return None;
    }
    let m = u8::try_from(v).ok().filter(|m| *m <= 59)?;
    Some((m, end))
}

/// Whether word `i` is an hour in digits written with "h" or ":" ("1h30", "14:00").
fn hour_mark_at(ws: &[Word<'_>], i: usize) -> bool {
    ws.get(i).is_some_and(|w| w.kind == TokenKind::Digits)
        && ws.get(i + 1).is_some_and(|n| n.is("h") || n.is_punct(':'))
}

/// "et quinze minutes", "15 minutes" after "à quinze heures": minutes said with their
/// unit, as `(minute, end)`. Read only after a clock that "à", "vers" or "pour"
/// introduces: without it, "deux heures et quinze minutes" is a length (no clock at
/// all).
fn minutes_with_unit(ws: &[Word<'_>], i: usize) -> Option<(u8, usize)> {
    let j = if ws.get(i)?.is("et") { i + 1 } else { i };
    let (v, end) = count_at(ws, j)?;
    let m = u8::try_from(v).ok().filter(|m| (1..=59).contains(m))?;
    ws.get(end)?
        .is_any(&["minutes", "minute", "min"])
        .then_some((m, end + 1))
}

/// Words after which a count of hours is a length: "a duré 2 heures", "pendant une
/// heure", "durant deux heures", "j'ai attendu 3 heures", "une durée de 2 heures".
const LENGTH_WORDS: &[&str] = &[
    "attendu", "dura", "durait", "durant", "dure", "duree", "durer", "durera", "pendant",
];

/// Forms of "prendre" that say how long something takes when "ça" is their subject
/// ("ça prend une heure", "ça a pris deux heures", "ça va prendre 2 h"); with another
/// subject they choose a time ("je vais prendre 2 h").
const TAKES_WORDS: &[&str] = &["prend", "prendra", "prendrait", "prendre", "pris"];

/// Whether the hour count at word `i` follows a word of length ([`LENGTH_WORDS`], "ça
/// fait", or "ça" then a form of "prendre"), with at most "de" or "environ" between.
fn length_before(ws: &[Word<'_>], i: usize) -> bool {
    let mut j = i;
    if j > 0 && ws[j - 1].is_any(&["de", "d", "environ"]) {
        j -= 1;
    }
    let Some(lead) = j.checked_sub(1) else {
        return false;
    };
    let w = &ws[lead];
    if w.is_any(LENGTH_WORDS) {
        return true;
    }
    if !(w.is("fait") || w.is_any(TAKES_WORDS)) {
        return false;
    }
    // "ça" before it, with at most two helper words between ("ça a", "ça va me").
    let mut k = lead;
    for _ in 0..3 {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if ws[prev].is("ca") {
            return true;
        }
        if !ws[prev].is_any(&["a", "va", "me", "m", "nous", "vous", "peut", "devrait"]) {
            return false;
        }
        k = prev;
    }
    false
}

/// A part-of-day marker right after a clock: its reading and the index after it.
fn marker(ws: &[Word<'_>], i: usize) -> Option<(Reading, usize)> {
    let w = ws.get(i)?;
    let at = |k: usize, key: &str| ws.get(i + k).is_some_and(|n| n.is(key));
    if w.is("du") && at(1, "matin") {
        return Some((Reading::Am, i + 2));
    }
    if w.is("du") && at(1, "soir") {
        return Some((Reading::Pm, i + 2));
    }
    // "de l'avant-midi", "de l'après-midi" (hyphen or space), "de la nuit".
    if w.is("de") && at(1, "l") && ws.get(i + 3).is_some() {
        let (first, next) = (&ws[i + 2], &ws[i + 3]);
        let midi = if next.is_punct('-') {
            ws.get(i + 4).filter(|m| m.is("midi")).map(|_| i + 5)
        } else {
            next.is("midi").then_some(i + 4)
        };
        if let Some(end) = midi {
            if first.is("avant") {
                return Some((Reading::Am, end));
            }
            if first.is("apres") {
                return Some((Reading::Pm, end));
            }
        }
    }
    if w.is("de") && at(1, "la") && at(2, "nuit") {
        return Some((Reading::Am, i + 3));
    }
    // "AM", "PM", "a.m.", "p.m." (English anglicisms, §5.5).
    if w.is_any(&["am", "pm"]) {
        let r = if w.is("am") { Reading::Am } else { Reading::Pm };
        return Some((r, i + 1));
    }
    if w.is_any(&["a", "p"]) && ws.get(i + 1).is_some_and(|n| n.is_punct('.')) && at(2, "m") {
        let r = if w.is("a") { Reading::Am } else { Reading::Pm };
        let end = if ws.get(i + 3).is_some_and(|n| n.is_punct('.')) {
            i + 4
        } else {
            i + 3
        };
        return Some((r, end));
    }
    None
}

/// The clock `hour` and `(minute, minus)` said up to word `end`, read by the
/// part-of-day marker that may follow it ([`Reading::Business`] without one).
fn with_marker(
    ws: &[Word<'_>],
    hour: u8,
    (minute, minus): (u8, u8),
    end: usize,
    rule: &'static str,
) -> Clock {
    let (reading, end) = marker(ws, end).unwrap_or((Reading::Business, end));
    Clock {
        clock: ClockExpr {
            hour,
            minute,
            minus_minutes: minus,
            reading,
        },
        end,
        rule,
    }
}

/// The index after "l'heure du dîner" ("heure du midi", "heure du lunch") at `i`.
fn noon_meal(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let j = if ws.get(i)?.is("l") { i + 1 } else { i };
    let said = ws.get(j)?.is("heure")
        && ws.get(j + 1)?.is("du")
        && ws.get(j + 2)?.is_any(&["diner", "midi", "lunch"]);
    said.then_some(j + 3)
}

/// Noon, as "l'heure du dîner" and the bounds "après le dîner" / "avant le dîner" say it.
fn noon(end: usize, rule: &'static str) -> Clock {
    Clock {
        clock: ClockExpr {
            hour: 12,
            minute: 0,
            minus_minutes: 0,
            reading: Reading::TwentyFour,
        },
        end,
        rule,
    }
}

/// The clock time starting at word `i`, if one does.
pub(super) fn clock_at(ws: &[Word<'_>], i: usize) -> Option<Clock> {
    let w = ws.get(i)?;
    // "l'heure du dîner", "l'heure du midi": in Quebec le dîner is the noon meal.
    if let Some(end) = noon_meal(ws, i) {
        return Some(noon(end, "fr/clock/heure-du-diner"));
    }
    // "midi", "minuit", with minutes.
    if w.is_any(&["midi", "minuit"]) {
        // "avant-midi", "après-midi" are parts of the day, not noon.
        if i > 0 && ws[i - 1].is_punct('-') && glued(&ws[i - 1], w) {
            return None;
        }
        let hour = if w.is("midi") { 12 } else { 0 };
        let (minute, minus, end) = minutes(ws, i + 1, true);
        return Some(Clock {
            clock: ClockExpr {
                hour,
                minute,
                minus_minutes: minus,
                reading: Reading::TwentyFour,
            },
            end,
            rule: if hour == 12 {
                "fr/clock/midi"
            } else {
                "fr/clock/minuit"
            },
        });
    }
    // "1140 a.m.", "930 PM": hours and minutes run together before the English marker
    // (§5.1: English words keep their §2 meaning, and §2 reads "930" as 09:30).
    if w.kind == TokenKind::Digits
        && (3..=4).contains(&w.text.len())
        && let Some(v) = w.digits()
        && (1..=12).contains(&(v / 100))
        && v % 100 <= 59
        && marker(ws, i + 1).is_some_and(|(r, _)| matches!(r, Reading::Am | Reading::Pm))
        && ws
            .get(i + 1)
            .is_some_and(|n| n.is_any(&["am", "pm", "a", "p"]))
    {
        let (h, m) = (u8::try_from(v / 100).ok()?, u8::try_from(v % 100).ok()?);
        return Some(with_marker(ws, h, (m, 0), i + 1, "fr/clock/hhmm-am-pm"));
    }
    let (hour, after_hour) = hour_number(ws, i)?;
    let sep = ws.get(after_hour)?;
    // "Gauthier, avec un h": heure is feminine ("une heure", "1 h"), so "un" before
    // "h" is the article of the letter, never one o'clock.
    if w.is("un") && sep.is("h") {
        return None;
    }
    let (minute, minus, end, rule) = if sep.is_any(&["h", "heure", "heures", "hres", "hre"]) {
        let written = w.kind == TokenKind::Digits;
        let (mut m, minus, mut end) = minutes(ws, after_hour + 1, true);
        // "à", "vers", "pour", "autour de", "sur le coup de" (SPEC §5.5: they name a
        // time).
        let introduced = i > 0
            && (ws[i - 1].is_any(&["a", "vers", "pour"])
                || (i > 1 && ws[i - 1].is("de") && ws[i - 2].is_any(&["autour", "coup"])));
        // "a duré 2 heures", "pendant une heure", "ça fait 3 heures": an hour count
        // after a word of length is a length, no start (SPEC §2: no time in the turn).
        if !introduced && length_before(ws, i) {
            return None;
        }
        if (m, minus) == (0, 0)
            && let Some((with_unit, after)) = minutes_with_unit(ws, after_hour + 1)
        {
            // "ça va prendre deux heures et quinze minutes": hours and minutes with
            // their units and no "à" before them are a length, no start (§2 gives no
            // time for "2 hours 15 minutes").
            if !introduced && hour <= 12 {
                return None;
            }
            (m, end) = (with_unit, after);
        }
        let rule = match (written, m > 0 || minus > 0) {
            (true, true) => "fr/clock/h-minutes",
            (true, false) => "fr/clock/h",
            (false, true) => "fr/clock/heures-minutes",
            (false, false) => "fr/clock/heures",
        };
        (m, minus, end, rule)
    } else if sep.is_punct(':') && w.kind == TokenKind::Digits && glued(w, sep) {
        let mw = ws.get(after_hour + 1)?;
        if mw.kind != TokenKind::Digits || mw.text.len() != 2 || !glued(sep, mw) {
            return None;
        }
        let m = u8::try_from(mw.digits()?).ok().filter(|m| *m <= 59)?;
        (m, 0, after_hour + 2, "fr/clock/colon")
    } else if sep.is_punct('.') && w.kind == TokenKind::Digits && glued(w, sep) {
        // "6.13 AM", "8:10 - 12.32": §2 reads "9.30" as 09:30 (§5 keeps it). Not a
        // price ("12.50 $", "$ 12.50") nor a run of dotted digits ("06.20.70.22").
        let mw = ws.get(after_hour + 1)?;
        if mw.kind != TokenKind::Digits || mw.text.len() != 2 || !glued(sep, mw) {
            return None;
        }
        let dotted = |k: usize| ws.get(k).is_some_and(|n| n.is_punct('.'));
        let more = dotted(after_hour + 2)
            && ws
                .get(after_hour + 3)
                .is_some_and(|n| n.kind == TokenKind::Digits);
        let before = i > 0 && (dotted(i - 1) || ws[i - 1].is_punct('$'));
        let priced = ws.get(after_hour + 2).is_some_and(|n| {
            n.is_punct('$') || n.is_any(&["dollars", "dollar", "piasses", "cents", "pourcent"])
        });
        if more || before || priced {
            return None;
        }
        let m = u8::try_from(mw.digits()?).ok().filter(|m| *m <= 59)?;
        (m, 0, after_hour + 2, "fr/clock/point")
    } else if sep.is_any(&["am", "pm"])
        || (sep.is_any(&["a", "p"])
            && ws.get(after_hour + 1).is_some_and(|n| n.is_punct('.'))
            && ws.get(after_hour + 2).is_some_and(|n| n.is("m")))
    {
        // "2 pm", "10 a.m.": the English marker right after the hour, without "h"
        // (§5.1: English words keep their §2 meaning); `with_marker` reads it.
        (0, 0, after_hour, "fr/clock/am-pm")
    } else {
        return None;
    };
    Some(with_marker(ws, hour, (minute, minus), end, rule))
}

/// A bound of a window: a clock, or a bare hour ("entre 2 et 4", "après 3").
pub(super) fn bound_at(ws: &[Word<'_>], i: usize) -> Option<Clock> {
    if let Some(c) = clock_at(ws, i) {
        return Some(c);
    }
    // "après le dîner", "avant le lunch": le dîner is the Quebec noon meal, so the
    // bound is noon, as "after lunch" is in English (docs/time-resolution.md).
    let meal = if ws.get(i)?.is("le") { i + 1 } else { i };
    if ws.get(meal).is_some_and(|w| w.is_any(&["diner", "lunch"])) {
        return Some(noon(meal + 1, "fr/clock/le-diner"));
    }
    let (hour, end) = hour_number(ws, i)?;
    // "après 3 jours", "entre 2 et 4 personnes": a count, not an hour; "le 12" is a day.
    let unit = ws.get(end).is_some_and(|n| {
        n.is_word()
            && !n.is_any(&WEEKDAYS)
            && !n.is_any(&[
                "et",
                "a",
                "ou",
                "pis",
                "puis",
                "mais",
                "si",
                "sil",
                "s",
                "svp",
                "merci",
                "demain",
                "aujourdhui",
                "le",
                "la",
                "ce",
                "cet",
                "cette",
            ])
    });
    // "sept du matin": a marker after a bare hour reads it, as after a clock.
    let unit = unit && marker(ws, end).is_none();
    if unit || hour == 0 || ws.get(end).is_some_and(|n| n.kind == TokenKind::Digits) {
        return None;
    }
    let (minute, minus, end) = minutes(ws, end, false);
    Some(with_marker(
        ws,
        hour,
        (minute, minus),
        end,
        "fr/clock/bare-hour",
    ))
}

#[cfg(test)]
mod tests {
    use super::super::super::words::words;
    use super::*;

    fn hm(text: &str) -> Option<(u32, u32)> {
        let ws = words(text);
        clock_at(&ws, 0).map(|c| c.clock.hour_minute())
    }

    #[test]
    fn clocks() {
        assert_eq!(hm("14 h 30"), Some((14, 30)));
        assert_eq!(hm("14h30"), Some((14, 30)));
        assert_eq!(hm("14:30"), Some((14, 30)));
        assert_eq!(hm("quatorze heures trente"), Some((14, 30)));
        assert_eq!(hm("2 h"), Some((14, 0)));
        assert_eq!(hm("9 h 15"), Some((9, 15)));
        assert_eq!(hm("deux heures et demie"), Some((14, 30)));
        assert_eq!(hm("deux heures et quinze"), Some((14, 15)));
        assert_eq!(hm("2 heures et 30"), Some((14, 30)));
        assert_eq!(hm("dix heures et trente"), Some((10, 30)));
        assert_eq!(hm("10 h et quarante-cinq"), Some((10, 45)));
        assert_eq!(hm("deux heures et trois"), Some((14, 0)));
        assert_eq!(hm("un h"), None);
        assert_eq!(hm("une heure"), Some((13, 0)));
        assert_eq!(hm("3 h moins quart"), Some((14, 45)));
        assert_eq!(hm("trois heures moins le quart"), Some((14, 45)));
        assert_eq!(hm("4 h moins dix"), Some((15, 50)));
        assert_eq!(hm("midi moins quart"), Some((11, 45)));
        assert_eq!(hm("midi et demi"), Some((12, 30)));
        assert_eq!(hm("midi quinze"), Some((12, 15)));
        assert_eq!(hm("l'heure du dîner"), Some((12, 0)));
        assert_eq!(hm("heure du midi"), Some((12, 0)));
        assert_eq!(hm("l'heure du souper"), None);
        assert_eq!(hm("minuit"), Some((0, 0)));
        assert_eq!(hm("3 h de l'après-midi"), Some((15, 0)));
        assert_eq!(hm("10 h du matin"), Some((10, 0)));
        assert_eq!(hm("7 h du soir"), Some((19, 0)));
        assert_eq!(hm("2 h 30 PM"), Some((14, 30)));
        assert_eq!(hm("10 h a.m."), Some((10, 0)));
        assert_eq!(hm("2 pm"), Some((14, 0)));
        assert_eq!(hm("deux PM"), Some((14, 0)));
        assert_eq!(hm("10 a.m."), Some((10, 0)));
        assert_eq!(hm("7 am"), Some((7, 0)));
        assert_eq!(hm("1140 a.m."), Some((11, 40)));
        assert_eq!(hm("930 PM"), Some((21, 30)));
        assert_eq!(hm("1140 du matin"), None);
        assert_eq!(hm("1340 pm"), None);
        assert_eq!(hm("une heure"), Some((13, 0)));
        assert_eq!(hm("quatre heures et quart"), Some((16, 15)));
        assert_eq!(hm("24 h"), None);
        assert_eq!(hm("514"), None);
        // "9.30" as §2 reads it; not a price nor dotted digits.
        assert_eq!(hm("6.13 AM"), Some((6, 13)));
        assert_eq!(hm("9.45"), Some((9, 45)));
        assert_eq!(hm("12.50 $"), None);
        assert_eq!(hm("06.20.70.22.20"), None);
        assert_eq!(hm("6.5"), None);
    }

    #[test]
    fn minutes_with_their_unit_after_a_or_vers() {
        let at = |text: &str| {
            let ws = words(text);
            clock_at(&ws, 1).map(|c| c.clock.hour_minute())
        };
        assert_eq!(at("à quinze heures et quinze minutes"), Some((15, 15)));
        assert_eq!(at("vers 3 heures 20 minutes"), Some((15, 20)));
        assert_eq!(at("à 14 h 30 minutes"), Some((14, 30)));
        // Without "à" or "vers", hours and minutes with their units are a length: no
        // clock ("ça va prendre deux heures et quinze minutes").
        assert_eq!(hm("deux heures et quinze minutes"), None);
        assert_eq!(hm("deux heures et quart"), Some((14, 15)));
        assert_eq!(hm("quinze heures et quinze minutes"), Some((15, 15)));
    }

    #[test]
    fn hours_after_a_word_of_length_are_a_length() {
        // The first clock read at any word of the turn.
        let after = |text: &str| {
            let ws = words(text);
            (0..ws.len()).find_map(|k| clock_at(&ws, k).map(|c| c.clock.hour_minute()))
        };
        assert_eq!(after("a duré 2 heures"), None);
        assert_eq!(after("pendant une heure"), None);
        assert_eq!(after("durant deux heures"), None);
        assert_eq!(after("j'ai attendu 3 heures"), None);
        assert_eq!(after("une durée de 2 heures"), None);
        assert_eq!(after("ça fait 2 heures"), None);
        assert_eq!(after("pendant environ 2 h"), None);
        assert_eq!(after("ça a pris deux heures"), None);
        assert_eq!(after("ça va me prendre une heure"), None);
        assert_eq!(after("ça prend 2 h"), None);
        // With another subject, "prendre" chooses a time.
        assert_eq!(after("je vais prendre 2 h"), Some((14, 0)));
        assert_eq!(after("ça va, je prends 2 h"), Some((14, 0)));
        // A time word before the hour still names a time; other words do not change it.
        assert_eq!(after("pendant, à 2 heures"), Some((14, 0)));
        assert_eq!(after("ça me fait 2 heures"), None);
        assert_eq!(after("mardi, fait que 2 heures"), Some((14, 0)));
        assert_eq!(after("jeudi 2 heures"), Some((14, 0)));
    }
}
