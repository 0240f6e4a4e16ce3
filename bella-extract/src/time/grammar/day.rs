//! Day rules: "today", "tomorrow", "the day after tomorrow", weekdays with
//! this/next/"next week"/"after next", "in 3 days", "a week from Monday", "in 2 hours",
//! and parts of day ("morning", "tonight", "this afternoon"). Calendar dates are in
//! [`super::date`]; [`day_at`] tries both.

use super::super::expr::{DayExpr, WeekRel};
use super::super::scan::Lex;
use super::date;
use super::num::{Toks, ordinal, small_number};
use bella_core::PartOfDay;
use chrono::Weekday;

/// What a day rule found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DayKind {
    /// A day, days added to it, and a part of day said with it ("this morning").
    Day {
        expr: DayExpr,
        plus: u16,
        part: Option<PartOfDay>,
    },
    /// "next week", "the week after next": combines with a weekday said next to it.
    WeekMod(WeekRel),
    /// "morning", "in the afternoon", "at night".
    Part(PartOfDay),
    /// "in 2 hours", "in half an hour".
    InMinutes(u32),
    /// Words that look like a day but point elsewhere ("last Tuesday"): consumed, unused.
    Ignore,
}

/// A day rule's match.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DayHit {
    pub(crate) kind: DayKind,
    /// Index after the last token used.
    pub(crate) end: usize,
    pub(crate) rule: &'static str,
}

pub(crate) fn day(expr: DayExpr, end: usize, rule: &'static str) -> Option<DayHit> {
    Some(DayHit {
        kind: DayKind::Day {
            expr,
            plus: 0,
            part: None,
        },
        end,
        rule,
    })
}

/// The day rules after the one-word days, in the order they are tried; bit `k` of
/// [`rules_starting_with`] stands for `RULES[k]`.
const RULES: [fn(Toks<'_>, usize) -> Option<DayHit>; 13] = [
    date::nth_weekday,
    date::last_day_of,
    past,
    date::named_day,
    day_after_tomorrow,
    relative,
    part,
    week_mod,
    weekday,
    date::month_day,
    date::day_month,
    date::numeric_date,
    date::day_of_month,
];

const NTH_WEEKDAY: u16 = 1 << 0;
const LAST_DAY_OF: u16 = 1 << 1;
const PAST: u16 = 1 << 2;
const NAMED_DAY: u16 = 1 << 3;
const DAY_AFTER_TOMORROW: u16 = 1 << 4;
const RELATIVE: u16 = 1 << 5;
const PART: u16 = 1 << 6;
const WEEK_MOD: u16 = 1 << 7;
const WEEKDAY: u16 = 1 << 8;
const MONTH_DAY: u16 = 1 << 9;
const DAY_MONTH: u16 = 1 << 10;
const NUMERIC_DATE: u16 = 1 << 11;
const DAY_OF_MONTH: u16 = 1 << 12;

/// The rules of [`RULES`] that can match at a token `lex`: each rule's first token
/// ("the" where a rule takes an optional "the"; a number where it reads an ordinal or
/// a count). Most words start none, and cost this one `match`.
fn rules_starting_with(lex: Lex) -> u16 {
    match lex {
        Lex::The => {
            NTH_WEEKDAY
                | LAST_DAY_OF
                | PAST
                | DAY_AFTER_TOMORROW
                | WEEK_MOD
                | WEEKDAY
                | DAY_MONTH
                | DAY_OF_MONTH
        }
        Lex::Last => NTH_WEEKDAY | LAST_DAY_OF | PAST,
        // `ordinal` (digits with a suffix), `small_number`, a numeric date, "the 23".
        Lex::Num { .. } => NTH_WEEKDAY | RELATIVE | DAY_MONTH | NUMERIC_DATE | DAY_OF_MONTH,
        Lex::Ord(_) => NTH_WEEKDAY | DAY_MONTH | DAY_OF_MONTH,
        Lex::Tens(_) => NTH_WEEKDAY | RELATIVE | DAY_MONTH | DAY_OF_MONTH,
        Lex::Card(_) => RELATIVE | DAY_MONTH,
        Lex::Holiday(_) | Lex::New => NAMED_DAY,
        Lex::Day => DAY_AFTER_TOMORROW,
        Lex::In => RELATIVE | PART,
        Lex::Coming => RELATIVE | WEEK_MOD | WEEKDAY,
        Lex::Fortnight | Lex::A | Lex::An | Lex::Couple | Lex::Half => RELATIVE,
        Lex::This => PART | WEEK_MOD | WEEKDAY,
        Lex::At | Lex::Morning | Lex::Afternoon | Lex::Evening | Lex::Night => PART,
        Lex::Next | Lex::Following => WEEK_MOD | WEEKDAY,
        Lex::Week => WEEK_MOD,
        Lex::Weekday(_) => DAY_AFTER_TOMORROW | WEEKDAY,
        Lex::WeekdayWord(_) => WEEKDAY,
        Lex::Month(_) => MONTH_DAY,
        _ => 0,
    }
}

/// Tries every day rule at token `i` (those that cannot start at its token are
/// skipped: see [`rules_starting_with`]).
pub(crate) fn day_at(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let lex = p.lex(i)?;
    let one_word = match lex {
        Lex::Today => day(DayExpr::Today, i + 1, "day/today"),
        Lex::Tomorrow => day(DayExpr::Tomorrow, i + 1, "day/tomorrow"),
        Lex::Tonight => Some(DayHit {
            kind: DayKind::Day {
                expr: DayExpr::Today,
                plus: 0,
                part: Some(PartOfDay::Evening),
            },
            end: i + 1,
            rule: "day/tonight",
        }),
        _ => None,
    };
    if one_word.is_some() {
        return one_word;
    }
    let mut rules = rules_starting_with(lex);
    while rules != 0 {
        let k = rules.trailing_zeros() as usize;
        if let Some(hit) = RULES[k](p, i) {
            return Some(hit);
        }
        rules &= rules - 1;
    }
    None
}

/// Every rule of [`RULES`] at `i`, in order, without the index (for its test).
#[cfg(test)]
fn day_at_unindexed(p: Toks<'_>, i: usize) -> Option<DayHit> {
    RULES.iter().find_map(|rule| rule(p, i))
}

/// "last Tuesday", "yesterday (evening)", "two days ago", "the day before yesterday":
/// the past is not a booking, so these are consumed and dropped.
fn past(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = if p.is(i, Lex::The) && p.is(i + 1, Lex::Day) && p.is(i + 2, Lex::Before) {
        i + 3
    } else {
        i
    };
    if !p.is(j, Lex::Last) {
        return None;
    }
    let k = p.opt(j + 1, Lex::Week);
    let end = match p.lex(k) {
        Some(Lex::Weekday(_)) => k + 1,
        Some(Lex::Morning | Lex::Afternoon | Lex::Evening | Lex::Night) => j + 2,
        _ => j + 1,
    };
    Some(DayHit {
        kind: DayKind::Ignore,
        end,
        rule: "day/past",
    })
}

/// "the day after tomorrow", "day after tomorrow"; "the day after Boxing Day", "the
/// day after December 3rd": a named day or a date, plus one. "The Tuesday after
/// Family Day": see [`weekday_after_holiday`].
fn day_after_tomorrow(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = p.opt(i, Lex::The);
    if let Some(Lex::Weekday(wd)) = p.lex(j)
        && p.is(j + 1, Lex::After)
    {
        return weekday_after_holiday(p, wd, j + 2);
    }
    if !(p.is(j, Lex::Day) && p.is(j + 1, Lex::After)) {
        return None;
    }
    if p.is(j + 2, Lex::Tomorrow) {
        return day(DayExpr::DayAfterTomorrow, j + 3, "day/day-after-tomorrow");
    }
    // "the day after the Civic Holiday": the named day's own article.
    let base = date::named_day(p, p.opt(j + 2, Lex::The))
        .or_else(|| date::month_day(p, j + 2))
        .or_else(|| date::day_month(p, j + 2))?;
    match base.kind {
        DayKind::Day { expr, plus, part } => Some(DayHit {
            kind: DayKind::Day {
                expr,
                plus: plus.checked_add(1)?,
                part,
            },
            end: base.end,
            rule: "day/day-after-date",
        }),
        _ => None,
    }
}

/// "the Tuesday after Family Day", "the Friday after Thanksgiving": the first such
/// weekday after a holiday kept on a fixed weekday (a Monday), named from `k`. A holiday
/// on a date ("the Tuesday after Christmas") falls on any weekday and is left to the
/// other rules.
fn weekday_after_holiday(p: Toks<'_>, wd: Weekday, k: usize) -> Option<DayHit> {
    let base = date::named_day(p, p.opt(k, Lex::The))?;
    let DayKind::Day { expr, plus, part } = base.kind else {
        return None;
    };
    let held = match expr {
        DayExpr::NthWeekday { weekday, .. } | DayExpr::WeekdayBefore { weekday, .. } => weekday,
        _ => return None,
    };
    let ahead = (wd.num_days_from_monday() + 7 - held.num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    Some(DayHit {
        kind: DayKind::Day {
            expr,
            plus: plus.checked_add(u16::try_from(ahead).ok()?)?,
            part,
        },
        end: base.end,
        rule: "day/weekday-after-holiday",
    })
}

/// A count before "days"/"weeks": a number, "a", "an", "a couple of".
fn count(p: Toks<'_>, i: usize) -> Option<(u32, usize)> {
    match p.lex(i)? {
        Lex::A | Lex::An if p.is(i + 1, Lex::Couple) => Some((2, p.opt(i + 2, Lex::Of))),
        Lex::A | Lex::An => Some((1, i + 1)),
        Lex::Couple => Some((2, p.opt(i + 1, Lex::Of))),
        Lex::Half if p.is(i + 1, Lex::An) && p.is(i + 2, Lex::Hour) => Some((0, i + 1)),
        // "365 days from now", "750 minutes from now": a long count right before its unit.
        Lex::Num {
            value,
            digits: 3 | 4,
        } if p.lex(i + 1).is_some_and(is_amount_unit) => Some((value, i + 1)),
        // "90 minutes from now", but no count above 60 of anything else.
        _ => small_number(p, i).filter(|(n, j)| *n <= 60 || p.lex(*j).is_some_and(is_amount_unit)),
    }
}

/// A unit a count of days, weeks, hours or minutes ends with.
fn is_amount_unit(lex: Lex) -> bool {
    matches!(
        lex,
        Lex::Day | Lex::Days | Lex::Week | Lex::Weeks | Lex::Hour | Lex::Hours | Lex::Minutes
    )
}

/// Days in a unit word ("days" 1, "weeks" 7); `None` for hours and minutes.
fn unit_days(lex: Lex) -> Option<u32> {
    match lex {
        Lex::Day | Lex::Days => Some(1),
        Lex::Week | Lex::Weeks => Some(7),
        Lex::Fortnight => Some(14),
        _ => None,
    }
}

/// "in 3 days", "in a week", "in two weeks", "in 2 hours", "in half an hour",
/// "3 days from now", "12 hours from now", "a week from today", "a week from Monday", "two weeks from Friday",
/// "a week today", "a week tomorrow", "three months hence", "in 2 months".
fn relative(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let leading_in = p.is(i, Lex::In);
    // "upcoming two days", "two upcoming days": that many days ahead.
    let mut upcoming = p.is(i, Lex::Coming);
    let k = if leading_in || upcoming { i + 1 } else { i };
    // "in about 5 hours", "in around ~3 days", "in like 2 hours", "in maybe 3 days": the
    // hedge changes no amount.
    let k = if leading_in {
        p.skip_punct(p.opt(k, Lex::Hedge))
    } else {
        k
    };
    if leading_in && p.is(k, Lex::Half) && p.is(k + 1, Lex::An) && p.is(k + 2, Lex::Hour) {
        return Some(DayHit {
            kind: DayKind::InMinutes(30),
            end: k + 3,
            rule: "day/in-minutes",
        });
    }
    let (n, j) = if p.is(k, Lex::Fortnight) {
        (1, k)
    } else {
        count(p, k)?
    };
    let j = if !leading_in && !upcoming && p.is(j, Lex::Coming) {
        upcoming = true;
        j + 1
    } else {
        j
    };
    // "in 2 and a half hours", "3 and a half hours from now": half an hour more.
    let (half, j) = if p.is(j, Lex::And)
        && p.is(j + 1, Lex::A)
        && p.is(j + 2, Lex::Half)
        && matches!(p.lex(j + 3), Some(Lex::Hour | Lex::Hours))
    {
        (30, j + 3)
    } else {
        (0, j)
    };
    let unit = p.lex(j)?;
    if upcoming {
        return match unit {
            Lex::Day | Lex::Days => {
                let plus = u16::try_from(n).ok()?;
                day(DayExpr::InDays(plus), j + 1, "day/upcoming-n-days")
            }
            _ => None,
        };
    }
    // "2 Fridays from now": the second Friday to come.
    if let Lex::Weekday(weekday) = unit
        && !leading_in
        && n >= 1
        && p.is(j + 1, Lex::From)
        && matches!(p.lex(j + 2), Some(Lex::Now | Lex::Today))
    {
        let plus = u16::try_from((n - 1) * 7).ok()?;
        return Some(DayHit {
            kind: DayKind::Day {
                expr: DayExpr::Weekday {
                    weekday,
                    rel: WeekRel::Nearest,
                },
                plus,
                part: None,
            },
            end: j + 3,
            rule: "day/n-weekdays-from-now",
        });
    }
    // "three months hence", "in 2 months", "a month from today".
    if matches!(unit, Lex::MonthWord | Lex::Months) && n >= 1 {
        let end = match (p.lex(j + 1), p.lex(j + 2)) {
            (Some(Lex::Hence), _) if !leading_in => j + 2,
            (Some(Lex::From), Some(Lex::Now | Lex::Today)) if !leading_in => j + 3,
            (next, _) if leading_in && !matches!(next, Some(Lex::From | Lex::After)) => j + 1,
            _ => return None,
        };
        let months = u8::try_from(n).ok()?;
        return day(DayExpr::InMonths(months), end, "day/n-months-hence");
    }
    if let Some(per) = unit_days(unit) {
        let plus = u16::try_from(n * per).ok()?;
        // "a week hence", "three weeks hence".
        if !leading_in && p.is(j + 1, Lex::Hence) {
            return day(DayExpr::InDays(plus), j + 2, "day/n-days-hence");
        }
        // "in a week" (but "come in a week from today" counts from today).
        let from_follows = matches!(p.lex(j + 1), Some(Lex::From | Lex::After));
        if leading_in && !from_follows {
            return day(DayExpr::InDays(plus), j + 1, "day/in-n-days");
        }
        // "a week today", "two weeks tomorrow": the base right after the weeks.
        let bare_base = !leading_in
            && matches!(unit, Lex::Week | Lex::Weeks)
            && matches!(p.lex(j + 1), Some(Lex::Today | Lex::Tomorrow));
        if !from_follows && !bare_base {
            return None;
        }
        let base_at = if bare_base { j + 1 } else { j + 2 };
        let (expr, end) = match p.lex(base_at)? {
            Lex::Now | Lex::Today => (DayExpr::Today, base_at + 1),
            Lex::Tomorrow => (DayExpr::Tomorrow, base_at + 1),
            _ => match weekday(p, base_at)?.kind {
                DayKind::Day { expr, .. } => (expr, weekday(p, base_at)?.end),
                _ => return None,
            },
        };
        return Some(DayHit {
            kind: DayKind::Day {
                expr,
                plus,
                part: None,
            },
            end,
            rule: "day/n-days-from",
        });
    }
    // "12 hours from now", "15 minutes from now", "20 minutes hence": as "in 12 hours".
    let minutes = match unit {
        // "in 2 hours", "in 1h" (an "h" glued to the count: hours, not 01:00).
        Lex::Hour | Lex::Hours => n * 60 + half,
        Lex::H if p.glued(j) && !matches!(p.lex(j + 1), Some(Lex::Num { .. })) => n * 60,
        Lex::Minutes => n,
        _ => return None,
    };
    // "24 hours and 20 minutes from now", "in 1 hour 15 minutes", "in an hour and a
    // half": the minutes add up.
    let (minutes, u) = match more_minutes(p, j + 1) {
        Some((more, end)) if minutes % 60 == 0 && minutes > 0 => (minutes + more, end),
        _ => (minutes, j + 1),
    };
    let from_now = !leading_in && p.is(u, Lex::From) && p.is(u + 1, Lex::Now);
    let hence = !leading_in && p.is(u, Lex::Hence);
    if !(leading_in || from_now || hence) {
        return None;
    }
    Some(DayHit {
        kind: DayKind::InMinutes(minutes),
        end: if from_now {
            u + 2
        } else if hence {
            u + 1
        } else {
            u
        },
        rule: if leading_in {
            "day/in-minutes"
        } else {
            "day/minutes-from-now"
        },
    })
}

/// The minutes after an amount of hours: "and 20 minutes", "15 minutes", "and a
/// half"; with the index past them.
fn more_minutes(p: Toks<'_>, i: usize) -> Option<(u32, usize)> {
    if p.is(i, Lex::And) && p.is(i + 1, Lex::A) && p.is(i + 2, Lex::Half) {
        return Some((30, i + 3));
    }
    let k = p.opt(i, Lex::And);
    let (n, j) = small_number(p, k).filter(|(n, _)| *n < 60)?;
    p.is(j, Lex::Minutes).then_some((n, j + 1))
}

fn part_of(lex: Lex) -> Option<PartOfDay> {
    match lex {
        Lex::Morning => Some(PartOfDay::Morning),
        Lex::Afternoon => Some(PartOfDay::Afternoon),
        Lex::Evening | Lex::Night => Some(PartOfDay::Evening),
        _ => None,
    }
}

/// "this morning" (today), "in the morning", "morning", "at night"; not "good morning".
fn part(p: Toks<'_>, i: usize) -> Option<DayHit> {
    if p.is(i, Lex::This) {
        let part = part_of(p.lex(i + 1)?)?;
        return Some(DayHit {
            kind: DayKind::Day {
                expr: DayExpr::Today,
                plus: 0,
                part: Some(part),
            },
            end: i + 2,
            rule: "day/this-part",
        });
    }
    let j = match (p.lex(i)?, p.lex(i + 1)) {
        (Lex::In, Some(Lex::The)) => i + 2,
        (Lex::In, Some(Lex::Morning | Lex::Afternoon | Lex::Evening)) => i + 1,
        (Lex::At, Some(Lex::Night)) => i + 1,
        _ => i,
    };
    let part = part_of(p.lex(j)?)?;
    if j == i && i > 0 && p.is(i - 1, Lex::Good) {
        return None;
    }
    // "Morning, I'd like to book...": a greeting opening the turn.
    let opens_turn = j == i && (i == 0 || p.prev_word(i).is_none());
    if opens_turn && matches!(p.lex(i + 1), Some(Lex::Comma | Lex::Punct)) {
        let rest_has_time = (i + 1..p.len()).any(|k| {
            matches!(
                p.lex(k),
                Some(
                    Lex::Today
                        | Lex::Tomorrow
                        | Lex::Weekday(_)
                        | Lex::Month(_)
                        | Lex::At
                        | Lex::Num { .. }
                )
            )
        });
        if !rest_has_time {
            return None;
        }
    }
    Some(DayHit {
        kind: DayKind::Part(part),
        end: j + 1,
        rule: "part/part-of-day",
    })
}

/// "next week", "the week after next", "the following week", "this week".
fn week_mod(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = p.opt(i, Lex::The);
    // "the end of next week", "end of the week": its Friday, the last business day
    // (SPEC §2 is silent).
    let of_end = i >= 2 && p.is(i - 1, Lex::Of) && p.is(i - 2, Lex::End);
    let (rel, end, rule) = match (p.lex(j)?, p.lex(j + 1), p.lex(j + 2)) {
        (Lex::Next | Lex::Following, Some(Lex::Week), _) => {
            (WeekRel::NextWeek, j + 2, "day/next-week")
        }
        (Lex::Week, Some(Lex::After), Some(Lex::Next)) => {
            (WeekRel::WeekAfterNext, j + 3, "day/week-after-next")
        }
        (Lex::This | Lex::Coming, Some(Lex::Week), _) => (WeekRel::Nearest, j + 2, "day/this-week"),
        (Lex::Week, _, _) if of_end && j > i => (WeekRel::Nearest, j + 1, "day/this-week"),
        _ => return None,
    };
    if of_end {
        let rel = if rel == WeekRel::Nearest {
            WeekRel::ThisWeek
        } else {
            rel
        };
        return Some(DayHit {
            kind: DayKind::Day {
                expr: DayExpr::Weekday {
                    weekday: Weekday::Fri,
                    rel,
                },
                plus: 0,
                part: None,
            },
            end,
            rule: "day/end-of-week",
        });
    }
    Some(DayHit {
        kind: DayKind::WeekMod(rel),
        end,
        rule,
    })
}

/// A weekday token; "sat", "sun", "wed" only after a cue, before a period, a number, a
/// part of day ("wed evening") or a glued "@" ("sat@10am"), or as the whole turn.
fn weekday_token(p: Toks<'_>, i: usize, cued: bool) -> Option<Weekday> {
    match p.lex(i)? {
        Lex::Weekday(w) => Some(w),
        Lex::WeekdayWord(w) => {
            let alone = i == 0 && (i + 1..p.len()).all(|k| p.lex(k).is_some_and(Lex::is_filler));
            let next_ok = cued
                || alone
                || matches!(
                    p.lex(i + 1),
                    Some(
                        Lex::Period
                            | Lex::Num { .. }
                            | Lex::Morning
                            | Lex::Afternoon
                            | Lex::Evening
                    )
                )
                || (p.is(i + 1, Lex::At) && p.glued(i + 1));
            next_ok.then_some(w)
        }
        _ => None,
    }
}

/// "Thursday", "this (coming) Thursday", "next Thursday", "Thursday next week",
/// "Thursday of next week", "Thursday (of) this week", "Thursday after next", "Thursday the 23rd",
/// "Thursday, December 3rd".
fn weekday(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let mut j = p.opt(i, Lex::The);
    let mut rel = WeekRel::Nearest;
    let mut rule = "day/weekday";
    let cued = i > 0
        && matches!(p.lex(i - 1), Some(l) if l.is_cue() || matches!(l, Lex::On | Lex::Than | Lex::At));
    match p.lex(j)? {
        Lex::Next => {
            rel = WeekRel::NextWeek;
            rule = "day/next-weekday";
            j += 1;
        }
        Lex::This | Lex::Coming => {
            j = p.opt(p.opt(j + 1, Lex::Coming), Lex::Coming);
            rule = "day/this-weekday";
        }
        Lex::Following => {
            rel = WeekRel::NextWeek;
            rule = "day/next-weekday";
            j += 1;
        }
        _ => {}
    }
    let w = weekday_token(p, j, cued || j > i)?;
    // "my name's Tuesday Weld", "she is called April"; not across punctuation ("same
    // last name, Friday at 10" asks for Friday).
    let named = (0..j)
        .rev()
        .take(2)
        .take_while(|&k| !p.lex(k).is_some_and(Lex::is_filler))
        .any(|k| p.is(k, Lex::Name));
    if named && j == i {
        return None;
    }
    let mut end = j + 1;
    // "my Friday one", "the Tuesday one": "one" stands for the appointment (a bare
    // "one" is no hour without a cue, `weak_clock_ok`), so a week said after it still
    // names that weekday's week ("move my Friday one to the same time next week").
    if date::one_pronoun(p, end) {
        end += 1;
    }
    // Suffixes naming the week.
    let k = p.skip_punct(end);
    let k2 = p.opt(k, Lex::Of);
    let k3 = p.opt(k2, Lex::The);
    match (p.lex(k3), p.lex(k3 + 1), p.lex(k3 + 2)) {
        (Some(Lex::Next | Lex::Following), Some(Lex::Week), _) => {
            rel = WeekRel::NextWeek;
            rule = "day/weekday-next-week";
            end = k3 + 2;
        }
        (Some(Lex::Week), Some(Lex::After), Some(Lex::Next)) => {
            rel = WeekRel::WeekAfterNext;
            rule = "day/weekday-after-next";
            end = k3 + 3;
        }
        (Some(Lex::After), Some(Lex::Next), _) if k3 == k => {
            rel = WeekRel::WeekAfterNext;
            rule = "day/weekday-after-next";
            end = k3 + 2;
        }
        // "Tuesday of this week": the current calendar week, today included.
        (Some(Lex::This), Some(Lex::Week), _) if rel == WeekRel::Nearest => {
            rel = WeekRel::ThisWeek;
            rule = "day/weekday-this-week";
            end = k3 + 2;
        }
        (Some(Lex::This | Lex::Coming), Some(Lex::Week), _) => end = k3 + 2,
        _ => {}
    }
    // "Thursday the 23rd", "Thursday, December 3rd": the date decides.
    let k = p.skip_punct(end);
    if rel == WeekRel::Nearest {
        if let Some(hit) = date::month_day(p, k) {
            return Some(DayHit {
                rule: "day/weekday-month-day",
                ..hit
            });
        }
        let t = p.opt(k, Lex::The);
        // "Monday first thing": an ordinal word without "the" that leads into a noun
        // is not a date.
        let noun_after = t == k
            && matches!(p.lex(k), Some(Lex::Ord(_) | Lex::Tens(_)))
            && ordinal(p, t).is_some_and(|(_, e)| {
                matches!(
                    p.lex(e),
                    Some(Lex::Time | Lex::Available | Lex::Word | Lex::Poss | Lex::Do)
                )
            });
        if let Some((d, e)) = ordinal(p, t)
            && !matches!(p.lex(e), Some(Lex::Of))
            && !noun_after
        {
            let expr = DayExpr::WeekdayDayOfMonth { weekday: w, day: d };
            return day(expr, e, "day/weekday-day-of-month");
        }
    }
    day(DayExpr::Weekday { weekday: w, rel }, end, rule)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::scan::scan;

    /// The English turns of the test data: every `text` field.
    fn turns() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".jsonl") || name.starts_with("fr_") {
                continue;
            }
            for line in std::fs::read_to_string(&path).unwrap().lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
                    out.push(text.to_owned());
                }
            }
        }
        assert!(out.len() > 1000, "{} turns", out.len());
        // Each rule at each kind of first token it takes, the rarer ones included.
        out.extend(
            [
                "five of December",
                "3 December",
                "the 3rd of December",
                "twenty-third of May",
                "the day after tomorrow",
                "day after tomorrow",
                "the Tuesday after Family Day",
                "Tuesday after the Civic Holiday",
                "the day before yesterday",
                "last day of October",
                "the last day of the month",
                "last Tuesday",
                "New Year's Eve",
                "Christmas Eve",
                "in 3 days",
                "coming two days",
                "two upcoming days",
                "a fortnight from Friday",
                "fortnight from Monday",
                "a week today",
                "in an hour",
                "a couple of days from now",
                "couple days from now",
                "twenty days from now",
                "2 weeks from Friday",
                "three days from now",
                "this morning",
                "in the afternoon",
                "at night",
                "evening please",
                "next week",
                "the following week",
                "week after next",
                "this week",
                "coming week",
                "the week after next",
                "the Tuesday",
                "next Tuesday",
                "this Tuesday",
                "coming Tuesday",
                "following Tuesday",
                "sat 3",
                "December 3",
                "12/3",
                "2027-12-03",
                "the 23rd",
                "23rd",
                "twenty-third",
                "the twenty third",
                "1st Monday of May",
                "first Monday of May",
                "the last Friday of the month",
                "last Friday of October",
                "the 20 of this month",
                "20 of this month",
                "half an hour",
                "an hour from now",
                "a day from Monday",
                "twelfth",
            ]
            .map(str::to_owned),
        );
        out
    }

    /// A rule that matches at a token must be listed for that token, or the index
    /// would skip it: checked at every token of every English test turn, with the
    /// rules run unguarded.
    #[test]
    fn every_rule_that_matches_is_indexed_by_its_first_token() {
        let mut matched = [0usize; RULES.len()];
        for text in turns() {
            let toks = scan(&crate::lexer::token_vec(&text));
            let p = Toks { toks: &toks };
            for i in 0..p.len() {
                let lex = p.lex(i).unwrap();
                for (k, rule) in RULES.iter().enumerate() {
                    if rule(p, i).is_some() {
                        matched[k] += 1;
                        assert_ne!(
                            rules_starting_with(lex) & (1 << k),
                            0,
                            "rule {k} matches at {lex:?} in {text:?}"
                        );
                    }
                }
                let unindexed = match lex {
                    Lex::Today | Lex::Tomorrow | Lex::Tonight => None,
                    _ => day_at_unindexed(p, i),
                };
                if unindexed.is_some() {
                    assert_eq!(
                        day_at(p, i).map(|h| (h.kind, h.end, h.rule)),
                        unindexed.map(|h| (h.kind, h.end, h.rule)),
                        "{text:?} at {i}"
                    );
                }
            }
        }
        // Every rule was exercised (so each bit was checked at least once).
        assert!(matched.iter().all(|&n| n > 0), "{matched:?}");
    }

    #[test]
    fn a_name_word_across_punctuation_leaves_the_weekday() {
        // probe13 n-08: "same last name, friday at 10" asks for Friday; "my name is
        // Tuesday" names no day.
        let day = |t: &str| crate::time::parse(t).and_then(|m| m.value.day);
        assert!(matches!(
            day("same last name, friday at 10"),
            Some(DayExpr::Weekday { .. })
        ));
        assert!(day("my name is Tuesday").is_none());
        assert!(day("she is called April").is_none());
    }
}
