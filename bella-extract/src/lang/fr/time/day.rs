//! French days (SPEC §5.5): "aujourd'hui", "demain", "après-demain", "dans 3 jours",
//! "mardi", "mardi prochain", "mardi qui vient", "mardi de la semaine prochaine", "la
//! semaine prochaine", "le 12", "le 1er", "le douze décembre", "jeudi le 12".
//!
//! "mardi prochain" is the first Tuesday after today ([`WeekRel::Nearest`], the
//! dictionary and Duckling FR reading); "mardi (de) la semaine prochaine" is the Tuesday
//! of the following calendar week ([`WeekRel::NextWeek`]). A weekday with a day of the
//! month is that day of the month: the day of the month decides (§5.5).

use super::super::num::{count_at, is_number_word, number_at};
use super::super::words::{Word, glued};
use crate::lexer::TokenKind;
use crate::time::{DayExpr, WeekRel};
use chrono::{Datelike, Weekday};

/// A day found at some word.
#[derive(Clone, Copy, Debug)]
pub(super) struct Day {
    /// The day, as said.
    pub day: DayExpr,
    /// Index of the first word after it.
    pub end: usize,
    /// The rule that read it.
    pub rule: &'static str,
    /// Days added to `day` ("le lendemain de la Saint-Jean" is the Saint-Jean plus 1).
    pub plus: u16,
}

/// The French weekday names (folded keys), Monday first: the one list every French
/// rule that knows the days reads.
pub(in crate::lang::fr) const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// The weekday a word names: one of [`WEEKDAYS`], or its English name.
pub(in crate::lang::fr) fn weekday(w: &Word<'_>) -> Option<Weekday> {
    if !w.is_word() {
        return None;
    }
    let key = w.key.as_bytes();
    if let Some(i) = WEEKDAYS.iter().position(|d| d.as_bytes() == key) {
        return u8::try_from(i).ok().and_then(|i| Weekday::try_from(i).ok());
    }
    Some(match key {
        // English inside a French turn keeps its meaning (§5.1).
        b"monday" => Weekday::Mon,
        b"tuesday" => Weekday::Tue,
        b"wednesday" => Weekday::Wed,
        b"thursday" => Weekday::Thu,
        b"friday" => Weekday::Fri,
        b"saturday" => Weekday::Sat,
        b"sunday" => Weekday::Sun,
        _ => return None,
    })
}

pub(in crate::lang::fr) fn month(w: &Word<'_>) -> Option<u8> {
    if !w.is_word() {
        return None;
    }
    // The OQLF abbreviations too ("févr.", "fév.", "juill."), but not "sept", which
    // is seven.
    Some(match w.key.as_bytes() {
        b"janvier" | b"janv" => 1,
        b"fevrier" | b"fevr" | b"fev" => 2,
        b"mars" => 3,
        b"avril" | b"avr" => 4,
        b"mai" => 5,
        b"juin" => 6,
        b"juillet" | b"juil" | b"juill" => 7,
        b"aout" => 8,
        b"septembre" => 9,
        b"octobre" | b"oct" => 10,
        b"novembre" | b"nov" => 11,
        b"decembre" | b"dec" => 12,
        _ => return None,
    })
}

/// Whether the words from `i` are `keys`, returning the index after them.
fn phrase(ws: &[Word<'_>], i: usize, keys: &[&str]) -> Option<usize> {
    let fits = ws.len() >= i + keys.len() && keys.iter().zip(&ws[i..]).all(|(k, w)| w.is(k));
    fits.then_some(i + keys.len())
}

/// "la semaine prochaine", "de la semaine prochaine", "semaine prochaine" at `i`.
pub(super) fn next_week_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    phrase(ws, i, &["de", "la", "semaine", "prochaine"])
        .or_else(|| phrase(ws, i, &["la", "semaine", "prochaine"]))
        .or_else(|| phrase(ws, i, &["semaine", "prochaine"]))
        .or_else(|| phrase(ws, i, &["la", "semaine", "d", "apres"]))
        .or_else(|| phrase(ws, i, &["next", "week"]))
}

/// Whether an English hour marker starts at `k`: "am", "pm", "a.m.", "p.m." ("mardi 10
/// a.m." is 10:00 on Tuesday, not Tuesday the 10th).
fn am_pm_at(ws: &[Word<'_>], k: usize) -> bool {
    let Some(w) = ws.get(k) else { return false };
    w.is_any(&["am", "pm"])
        || (w.is_any(&["a", "p"])
            && ws.get(k + 1).is_some_and(|n| n.is_punct('.'))
            && ws.get(k + 2).is_some_and(|n| n.is("m")))
}

/// A day of the month (1 to 31) at `i`: "12", "1er", "premier", "douze", "12e".
fn day_of_month(ws: &[Word<'_>], i: usize) -> Option<(u8, usize)> {
    let w = ws.get(i)?;
    if am_pm_at(ws, i + 1) {
        return None;
    }
    let (v, mut end) = if w.kind == TokenKind::Digits {
        // Not the start of a phone number or an amount ("le 450 555-0123", "le 12 34").
        let next = ws.get(i + 1);
        let digits_after = ws.get(i + 2).is_some_and(|d| d.kind == TokenKind::Digits);
        if next.is_some_and(|n| {
            n.kind == TokenKind::Digits
                || ((n.is_punct('-') || n.is_punct('.') || n.is_punct(':'))
                    && glued(w, n)
                    && digits_after)
                || n.is_any(&["h", "heure", "heures", "hres", "jours", "jour", "semaines"])
        }) {
            return None;
        }
        (w.digits()?, i + 1)
    } else if w.is("premier") {
        (1, i + 1)
    } else {
        let n = number_at(ws, i)?;
        if ws
            .get(n.end)
            .is_some_and(|x| x.is_any(&["h", "heure", "heures", "jours", "jour"]))
            || am_pm_at(ws, n.end)
        {
            return None;
        }
        // "le cinq un quatre, …" is a phone number said digit by digit, not the 5th.
        let k = if ws.get(n.end).is_some_and(|x| x.is_punct(',')) {
            n.end + 1
        } else {
            n.end
        };
        if ws
            .get(k)
            .is_some_and(|x| x.kind == TokenKind::Digits || is_number_word(x))
        {
            return None;
        }
        (n.value, n.end)
    };
    // "1er", "2e", "12ième" glued to the digits.
    if w.kind == TokenKind::Digits
        && let Some(suffix) = ws.get(end)
        && glued(w, suffix)
        && suffix.is_any(&["er", "re", "e", "eme", "ieme"])
    {
        end += 1;
    }
    let d = u8::try_from(v).ok().filter(|d| (1..=31).contains(d))?;
    Some((d, end))
}

/// A day of the month with an optional month: `le 12`, `le 12 décembre`.
fn date_at(ws: &[Word<'_>], i: usize) -> Option<(DayExpr, usize)> {
    let (d, end) = day_of_month(ws, i)?;
    if let Some(m) = ws.get(end).and_then(month) {
        let mut end = end + 1;
        // "le 12 décembre 2027".
        let year = ws
            .get(end)
            .filter(|y| y.kind == TokenKind::Digits && y.text.len() == 4)
            .and_then(Word::digits)
            .and_then(|y| i32::try_from(y).ok());
        if year.is_some() {
            end += 1;
        }
        return Some((
            DayExpr::MonthDay {
                month: m,
                day: d,
                year,
            },
            end,
        ));
    }
    Some((DayExpr::DayOfMonth(d), end))
}

/// Whether the words from `i` are `keys`, hyphens between them skipped
/// ("Saint-Jean-Baptiste"), returning the index after them.
fn hyphened(ws: &[Word<'_>], mut i: usize, keys: &[&str]) -> Option<usize> {
    for (n, k) in keys.iter().enumerate() {
        if n > 0 && ws.get(i).is_some_and(|w| w.is_punct('-')) {
            i += 1;
        }
        if !ws.get(i)?.is(k) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// The Quebec and Canadian holidays by their names, the day the business may be
/// closed (beyond SPEC-fr §5.5, which names none): "la Saint-Jean(-Baptiste)" and "la
/// Fête nationale" (24 June), "la fête du Canada" (1 July), "le jour de l'An",
/// "la fête du Travail" (the first Monday of September), "l'Action de grâce(s)" (the
/// second Monday of October), "le jour du Souvenir", said alone or after "le jour de
/// (la)", "le lundi de l'". ("Noël" is also a given name, and is left out.)
fn holiday_at(ws: &[Word<'_>], i: usize) -> Option<Day> {
    // Every name holds one of these words within its first words, whatever leads it
    // ("le lundi de l'Action de grâce"): a position with none of them near is no
    // holiday, which most are, and the leads and names are not tried there.
    const CORE: &[&str] = &["fete", "action", "jour", "saint", "st"];
    if !ws.iter().skip(i).take(7).any(|w| w.is_any(CORE)) {
        return None;
    }
    let md = |month, day| DayExpr::MonthDay {
        month,
        day,
        year: None,
    };
    let monday = |nth, month| DayExpr::NthWeekday {
        nth,
        weekday: Weekday::Mon,
        month: Some(month),
        year: None,
    };
    // The feast of Saint John is "la Saint-Jean": without its article, "Saint-Jean"
    // is a place ("Saint-Jean-sur-Richelieu") or a street.
    let saint_jean = |k: usize| {
        [&["saint", "jean"][..], &["st", "jean"]]
            .into_iter()
            .find_map(|keys| hyphened(ws, k, keys))
            .map(|e| hyphened(ws, e, &["baptiste"]).unwrap_or(e))
    };
    let named = |k: usize| -> Option<(DayExpr, usize)> {
        let names: [(&[&str], DayExpr); 6] = [
            (&["fete", "nationale"], md(6, 24)),
            (&["fete", "du", "canada"], md(7, 1)),
            (&["fete", "du", "travail"], monday(1, 9)),
            (&["action", "de", "graces"], monday(2, 10)),
            (&["action", "de", "grace"], monday(2, 10)),
            (&["jour", "du", "souvenir"], md(11, 11)),
        ];
        names
            .into_iter()
            .find_map(|(keys, day)| hyphened(ws, k, keys).map(|e| (day, e)))
            .or_else(|| phrase(ws, k, &["jour", "de", "l", "an"]).map(|e| (md(1, 1), e)))
    };
    let leads: [&[&str]; 8] = [
        &["le", "jour", "de", "la"],
        &["jour", "de", "la"],
        &["le", "lundi", "de", "l"],
        &["lundi", "de", "l"],
        &["la"],
        &["l"],
        &["le"],
        &[],
    ];
    leads.into_iter().find_map(|lead| {
        let j = phrase(ws, i, lead)?;
        let with_la = lead.last().is_some_and(|w| *w == "la");
        let (day, end) = named(j).or_else(|| {
            with_la
                .then(|| saint_jean(j))
                .flatten()
                .map(|e| (md(6, 24), e))
        })?;
        Some(Day {
            day,
            end,
            rule: "fr/day/holiday",
            plus: 0,
        })
    })
}

/// A day said by its place beside a holiday: "le lendemain de la Saint-Jean" (the
/// holiday plus one), "la veille de la Saint-Jean" (a fixed date minus one), and
/// Christmas with one of these leads, "le jour de Noël", "la veille de Noël", "le
/// lendemain de Noël" ("Noël" alone is also a given name, and is left out).
fn beside_holiday_at(ws: &[Word<'_>], i: usize) -> Option<Day> {
    if !ws.get(i)?.is_any(&["le", "la"]) {
        return None;
    }
    let shift: i8 = match ws.get(i + 1)?.key.as_bytes() {
        b"lendemain" => 1,
        b"veille" => -1,
        b"jour" => 0,
        _ => return None,
    };
    let k = ["de", "d", "du"]
        .into_iter()
        .find_map(|w| phrase(ws, i + 2, &[w]))?;
    let (day, end) = if ws.get(k).is_some_and(|n| n.is("noel")) {
        (
            DayExpr::MonthDay {
                month: 12,
                day: 25,
                year: None,
            },
            k + 1,
        )
    } else if shift != 0 {
        let h = holiday_at(ws, k)?;
        (h.day, h.end)
    } else {
        return None;
    };
    let (day, plus) = match (shift, day) {
        (-1, DayExpr::MonthDay { month, day, year }) => {
            let eve = chrono::NaiveDate::from_ymd_opt(2001, u32::from(month), u32::from(day))?
                .pred_opt()?;
            let month = u8::try_from(eve.month()).ok()?;
            let day = u8::try_from(eve.day()).ok()?;
            (DayExpr::MonthDay { month, day, year }, 0)
        }
        // The eve of a holiday kept on a Monday ("la veille de l'Action de grâce") is no
        // date this reads.
        (-1, _) => return None,
        (1, day) => (day, 1),
        (_, day) => (day, 0),
    };
    Some(Day {
        day,
        end,
        rule: "fr/day/beside-holiday",
        plus,
    })
}

/// Whether a word among the three before `i` makes the time there a past one: "comme"
/// or a past participle of speaking or calling ("dit", "appelé", "parlé").
fn said_before(ws: &[Word<'_>], i: usize) -> bool {
    ws[i.saturating_sub(3)..i].iter().any(|w| {
        w.is_any(&[
            "comme",
            "dit",
            "disais",
            "disait",
            "appele",
            "appelee",
            "parle",
            "mentionne",
            "ecrit",
            "laisse",
        ])
    })
}

/// The day starting at word `i`, if one does.
pub(super) fn day_at(ws: &[Word<'_>], i: usize) -> Option<Day> {
    let w = ws.get(i)?;
    if !w.is_word() {
        return None;
    }
    if let Some(d) = beside_holiday_at(ws, i).or_else(|| holiday_at(ws, i)) {
        return Some(d);
    }
    let day = |day, end, rule| {
        Some(Day {
            day,
            end,
            rule,
            plus: 0,
        })
    };
    match w.key.as_bytes() {
        b"aujourdhui" | b"today" => return day(DayExpr::Today, i + 1, "fr/day/aujourdhui"),
        b"demain" | b"tomorrow" => return day(DayExpr::Tomorrow, i + 1, "fr/day/demain"),
        // The Quebec "tantôt" ("passer tantôt"): later today. Not after a past verb
        // or "comme" ("je vous ai appelé tantôt", "comme je disais tantôt"), where it
        // is earlier today and names no day for the booking.
        b"tantot" if !said_before(ws, i) => return day(DayExpr::Today, i + 1, "fr/day/tantot"),
        // "next Tuesday" (English, §2): the Tuesday of the following week. "next week
        // jeudi" is read below, as "la semaine prochaine, jeudi".
        b"next" => {
            if let Some(wd) = ws.get(i + 1).and_then(weekday) {
                return day(
                    DayExpr::Weekday {
                        weekday: wd,
                        rel: WeekRel::NextWeek,
                    },
                    i + 2,
                    "fr/day/next-weekday",
                );
            }
        }
        b"apres" => {
            // "après-demain", "après demain".
            let j = if ws.get(i + 1).is_some_and(|n| n.is_punct('-')) {
                i + 2
            } else {
                i + 1
            };
            if ws.get(j).is_some_and(|n| n.is("demain")) {
                return day(DayExpr::DayAfterTomorrow, j + 1, "fr/day/apres-demain");
            }
            return None;
        }
        b"dans" => return in_days(ws, i),
        b"le" | b"ce" | b"cette" | b"this" => {
            // "le jeudi 12", "ce mardi".
            if let Some(d) = ws.get(i + 1).and_then(|_| weekday_at(ws, i + 1)) {
                return Some(d);
            }
            if w.is("le")
                && let Some((d, end)) = date_at(ws, i + 1)
            {
                return day(d, end, "fr/day/le-date");
            }
            return None;
        }
        // "reporter au 24", "au 3 juin": "au" is "à le" before a date.
        b"au" => {
            let (d, end) = date_at(ws, i + 1)?;
            return day(d, end, "fr/day/au-date");
        }
        _ => {}
    }
    if let Some(d) = weekday_at(ws, i) {
        return Some(d);
    }
    if let Some(end) = next_week_at(ws, i) {
        // "la semaine prochaine, mardi": the Tuesday of that week.
        let mut j = end;
        while ws
            .get(j)
            .is_some_and(|n| n.is_punct(',') || n.is_any(&["le", "euh"]))
        {
            j += 1;
        }
        if let Some(wd) = ws.get(j).and_then(weekday) {
            return day(
                DayExpr::Weekday {
                    weekday: wd,
                    rel: WeekRel::NextWeek,
                },
                j + 1,
                "fr/day/semaine-prochaine-jour",
            );
        }
        // Said alone: the Monday of that week, day only (both peers start there).
        return day(
            DayExpr::Weekday {
                weekday: Weekday::Mon,
                rel: WeekRel::NextWeek,
            },
            end,
            "fr/day/semaine-prochaine",
        );
    }
    None
}

/// A date written without "le" ("7 mars"): digits or words then a month.
pub(super) fn bare_date_at(ws: &[Word<'_>], i: usize) -> Option<Day> {
    let (d, end) = date_at(ws, i)?;
    matches!(d, DayExpr::MonthDay { .. }).then_some(Day {
        day: d,
        end,
        rule: "fr/day/date",
        plus: 0,
    })
}

/// The written abbreviations of [`WEEKDAYS`] ("lun.", "dim."), read only with their
/// period: alone, "mer", "jeu", "sam" are words and names.
const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"];

/// The weekday at `i` ([`weekday`], or an abbreviation with its period) and the index
/// after it.
fn weekday_word_at(ws: &[Word<'_>], i: usize) -> Option<(Weekday, usize)> {
    let w = ws.get(i)?;
    if let Some(wd) = weekday(w) {
        return Some((wd, i + 1));
    }
    // The period first: it is rare, and this runs at every word.
    ws.get(i + 1).filter(|n| n.is_punct('.') && glued(w, n))?;
    let k = WEEKDAY_ABBREVIATIONS.iter().position(|a| w.is(a))?;
    let wd = Weekday::try_from(u8::try_from(k).ok()?).ok()?;
    Some((wd, i + 2))
}

/// A weekday at `i` and what follows it.
fn weekday_at(ws: &[Word<'_>], i: usize) -> Option<Day> {
    let (wd, mut end) = weekday_word_at(ws, i)?;
    let mut rel = WeekRel::Nearest;
    let mut rule = "fr/day/jour";
    if let Some(e) = next_week_at(ws, end) {
        rel = WeekRel::NextWeek;
        end = e;
        rule = "fr/day/jour-semaine-prochaine";
    } else if let Some(e) = phrase(ws, end, &["prochain"]) {
        end = e;
        rule = "fr/day/jour-prochain";
    } else if let Some(e) =
        phrase(ws, end, &["qui", "vient"]).or_else(|| phrase(ws, end, &["qui", "s", "en", "vient"]))
    {
        end = e;
        rule = "fr/day/jour-qui-vient";
    }
    // "jeudi le 12", "jeudi 12", "le jeudi 12 décembre": the date decides.
    let dom = if ws.get(end).is_some_and(|n| n.is("le")) {
        date_at(ws, end + 1)
    } else {
        date_at(ws, end)
    };
    if let Some((d, e)) = dom {
        return Some(Day {
            day: d,
            end: e,
            rule: "fr/day/jour-date",
            plus: 0,
        });
    }
    Some(Day {
        day: DayExpr::Weekday { weekday: wd, rel },
        end,
        rule,
        plus: 0,
    })
}

/// "dans 3 jours", "dans une semaine", "dans deux semaines".
fn in_days(ws: &[Word<'_>], i: usize) -> Option<Day> {
    let (n, end) = count_at(ws, i + 1)?;
    let unit = ws.get(end)?;
    let days = if unit.is_any(&["jour", "jours"]) {
        n
    } else if unit.is_any(&["semaine", "semaines"]) {
        n.checked_mul(7)?
    } else {
        return None;
    };
    let days = u16::try_from(days).ok().filter(|d| *d <= 366)?;
    Some(Day {
        day: DayExpr::InDays(days),
        end: end + 1,
        rule: "fr/day/dans-n-jours",
        plus: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::words::words;
    use super::*;

    fn day(text: &str) -> Option<DayExpr> {
        let ws = words(text);
        day_at(&ws, 0).map(|d| d.day)
    }

    #[test]
    fn days() {
        assert_eq!(day("demain"), Some(DayExpr::Tomorrow));
        assert_eq!(day("après-demain"), Some(DayExpr::DayAfterTomorrow));
        assert_eq!(day("aujourd'hui"), Some(DayExpr::Today));
        // The Quebec "tantôt" is later today, unless it looks back ("comme je disais
        // tantôt").
        assert_eq!(day("tantôt"), Some(DayExpr::Today));
        let ws = words("comme je disais tantôt");
        assert_eq!(day_at(&ws, 3).map(|d| d.day), None);
        let ws = words("je pourrais passer tantôt");
        assert_eq!(day_at(&ws, 3).map(|d| d.day), Some(DayExpr::Today));
        assert_eq!(day("dans une semaine"), Some(DayExpr::InDays(7)));
        assert_eq!(day("dans 3 jours"), Some(DayExpr::InDays(3)));
        let tue = |rel| {
            Some(DayExpr::Weekday {
                weekday: Weekday::Tue,
                rel,
            })
        };
        assert_eq!(day("mardi prochain"), tue(WeekRel::Nearest));
        assert_eq!(day("mardi qui s'en vient"), tue(WeekRel::Nearest));
        assert_eq!(day("mardi de la semaine prochaine"), tue(WeekRel::NextWeek));
        assert_eq!(day("la semaine prochaine, mardi"), tue(WeekRel::NextWeek));
        // English words keep their §2 meaning inside a French turn.
        assert_eq!(day("next mardi"), tue(WeekRel::NextWeek));
        assert_eq!(day("next week mardi"), tue(WeekRel::NextWeek));
        assert_eq!(day("mardi next week"), tue(WeekRel::NextWeek));
        assert_eq!(day("jeudi le 12"), Some(DayExpr::DayOfMonth(12)));
        assert_eq!(day("le 1er"), Some(DayExpr::DayOfMonth(1)));
        let md = |month, day| {
            Some(DayExpr::MonthDay {
                month,
                day,
                year: None,
            })
        };
        assert_eq!(day("le 22 fév. à 3 h 30"), md(2, 22));
        assert_eq!(day("le 22 févr."), md(2, 22));
        assert_eq!(day("le 3 janv."), md(1, 3));
        assert_eq!(day("le 14 juill."), md(7, 14));
        assert_eq!(day("le 27 déc."), md(12, 27));
        assert_eq!(day("le 7 sept"), Some(DayExpr::DayOfMonth(7)));
        // A written abbreviation is a weekday with its period only ("Sam" is a name).
        let monday = DayExpr::Weekday {
            weekday: Weekday::Mon,
            rel: WeekRel::Nearest,
        };
        assert_eq!(day("lun."), Some(monday));
        assert_eq!(day("sam"), None);
        assert_eq!(day("dim. 17 février"), md(2, 17));
        assert_eq!(day("le premier"), Some(DayExpr::DayOfMonth(1)));
        assert_eq!(
            day("le douze décembre"),
            Some(DayExpr::MonthDay {
                month: 12,
                day: 12,
                year: None
            })
        );
        assert_eq!(day("le 514"), None);
        assert_eq!(day("le 12 34"), None);
        assert_eq!(day("le 450 555-0123"), None);
        assert_eq!(day("le 24."), Some(DayExpr::DayOfMonth(24)));
        assert_eq!(day("le cinq un quatre, cinquante"), None);
        assert_eq!(day("le cinq, quatre"), None);
        assert_eq!(day("le 12.30"), None);
    }
}
