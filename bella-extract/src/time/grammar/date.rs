//! Calendar-date rules: "December 3rd 2027", "Dec. 3", "the 3rd of December",
//! "3 December", "the 23rd", "the third day of October", "first Tuesday of October",
//! "last Friday of the month",
//! "2026-12-03", "12/3", "12/3/2027", and named days ("Christmas Eve", "Canada Day",
//! "Labour Day").

use super::super::expr::DayExpr;
use super::super::scan::{Holiday, Lex};
use super::day::{DayHit, day};
use super::num::{Toks, day_number, ordinal, year};

/// "December 3rd", "Dec. 3", "December the third", "December twenty-third, 2027".
/// "May" and "March" are words too, so a day number must follow every month.
pub(crate) fn month_day(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let Lex::Month(month) = p.lex(i)? else {
        return None;
    };
    let j = p.opt(p.opt(i + 1, Lex::Period), Lex::The);
    // "October, 1st", "October, the first": a comma before an ordinal only ("in
    // March, 3 people" is no date).
    if p.is(j, Lex::Comma) {
        let k = p.opt(j + 1, Lex::The);
        let (d, end) = ordinal(p, k)?;
        return month_day_year(p, month, d, end, "day/month-comma-ordinal");
    }
    let (d, end, _) = day_number(p, j)?;
    // "may 3:30 work?", "may 3 people come?"
    if matches!(
        p.lex(end),
        Some(Lex::Colon | Lex::Unit | Lex::Months | Lex::Minutes | Lex::Hours)
    ) {
        return None;
    }
    // "05 Aug 5pm": a number with a.m./p.m. after it is the hour, not the day.
    if meridiem_after(p, end) {
        return None;
    }
    month_day_year(p, month, d, end, "day/month-day")
}

/// Whether an a.m./p.m. follows at `i`: "pm", "p" glued to the number, "a m", "p.m.".
fn meridiem_after(p: Toks<'_>, i: usize) -> bool {
    match p.lex(i) {
        Some(Lex::Meridiem(_)) => true,
        Some(Lex::P) if p.glued(i) => true,
        Some(Lex::A | Lex::P) => p.is(p.opt(i + 1, Lex::Period), Lex::M),
        _ => false,
    }
}

/// "the 3rd of December", "3rd December", "3 December 2027", "the third of December".
pub(crate) fn day_month(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = p.opt(i, Lex::The);
    let (d, k, is_ordinal) = day_number(p, j)?;
    // "10-August", "10-Aug-2012": a dash glued to the day and the month.
    let k = if p.is(k, Lex::Dash)
        && p.glued(k)
        && p.glued(k + 1)
        && matches!(p.lex(k + 1), Some(Lex::Month(_)))
    {
        k + 1
    } else {
        k
    };
    let had_of = p.is(k, Lex::Of);
    let m_at = p.opt(k, Lex::Of);
    let Some(Lex::Month(month)) = p.lex(m_at) else {
        return None;
    };
    if !is_ordinal && !matches!(p.lex(j), Some(Lex::Num { .. })) && !had_of {
        return None;
    }
    // "at 8 June 15th": the 8 is a time, the date is "June 15th".
    let cued =
        j > 0 && matches!(p.lex(j - 1), Some(l) if l.is_cue() || matches!(l, Lex::At | Lex::Than));
    // "5 May 12" is May 12th at 5; "5 May 12:00" is May 5th at noon.
    let month_has_day = month_day(p, m_at).is_some();
    if !is_ordinal && (cued || month_has_day) {
        return None;
    }
    let end = p.opt(m_at + 1, Lex::Period);
    month_day_year(p, month, d, end, "day/day-of-month-name")
}

/// The date `month` `d` said up to `end`, with the year that may follow it after an
/// optional comma ("December 3rd, 2027", "the 3rd of December 2027").
fn month_day_year(p: Toks<'_>, month: u8, d: u8, end: usize, rule: &'static str) -> Option<DayHit> {
    let (y, end) = year(p, p.opt(end, Lex::Comma)).map_or((None, end), |(y, e)| (Some(y), e));
    day(
        DayExpr::MonthDay {
            month,
            day: d,
            year: y,
        },
        end,
        rule,
    )
}

/// "the first Tuesday of October", "the last Friday of the month", "2nd Monday in May".
pub(crate) fn nth_weekday(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = p.opt(i, Lex::The);
    let (nth, k) = match p.lex(j)? {
        Lex::Last => (0, j + 1),
        _ => ordinal(p, j).filter(|(n, _)| *n <= 5)?,
    };
    let Some(Lex::Weekday(w)) = p.lex(k) else {
        return None;
    };
    if !matches!(p.lex(k + 1), Some(Lex::Of | Lex::In)) {
        return None;
    }
    // "the third Tuesday of September 2027": a year after the month.
    let (month, year, end) = month_ref(p, k + 2)?;
    let expr = DayExpr::NthWeekday {
        nth,
        weekday: w,
        month,
        year,
    };
    day(expr, end, "day/nth-weekday-of-month")
}

/// A month at `at`: "October", "October 2027" (a year may follow a month name) or
/// "the month" / "this month" (`None`, the current one); with the index after it.
fn month_ref(p: Toks<'_>, at: usize) -> Option<(Option<u8>, Option<i32>, usize)> {
    let (month, end) = match (p.lex(at)?, p.lex(at + 1)) {
        (Lex::Month(m), _) => (Some(m), at + 1),
        (Lex::The | Lex::This, Some(Lex::MonthWord)) => (None, at + 2),
        _ => return None,
    };
    Some(match month.and_then(|_| year(p, p.opt(end, Lex::Comma))) {
        Some((y, e)) => (month, Some(y), e),
        None => (month, None, end),
    })
}

/// "the last day of October", "last day of October 2027", "the last day of the month".
pub(crate) fn last_day_of(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let j = p.opt(i, Lex::The);
    if !(p.is(j, Lex::Last) && p.is(j + 1, Lex::Day) && p.is(j + 2, Lex::Of)) {
        return None;
    }
    let (month, year, end) = month_ref(p, j + 3)?;
    day(
        DayExpr::LastDayOfMonth { month, year },
        end,
        "day/last-day-of-month",
    )
}

/// "the 23rd", "23rd", "the twenty third", "on the 23", "Thursday the 26", "the 26",
/// "the 3rd of the month".
/// An ordinal word needs "the" and must not lead into a noun ("the first one").
pub(crate) fn day_of_month(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let has_the = p.is(i, Lex::The);
    let j = if has_the { i + 1 } else { i };
    let (d, mut end) = match ordinal(p, j) {
        Some(hit) => hit,
        None => {
            // "on the 23", "Thursday the 26": digits after "on the" or a weekday and
            // "the"; "the 26": digits after "the" that cannot be an hour (13-31) and
            // do not lead into a noun ("the 14 bus", "the 16 year old").
            let on_before = i > 0 && p.is(i - 1, Lex::On);
            let weekday_before = p
                .prev_word(i)
                .is_some_and(|k| matches!(p.lex(k), Some(Lex::Weekday(_))));
            match p.lex(j)? {
                // "20 of this month", "5 of next month": a bare number before "of" and
                // a month word.
                Lex::Num { value, digits }
                    if digits <= 2
                        && (1..=31).contains(&value)
                        && p.is(j + 1, Lex::Of)
                        && matches!(p.lex(j + 2), Some(Lex::This | Lex::Next | Lex::The))
                        && p.is(j + 3, Lex::MonthWord) =>
                {
                    (value as u8, j + 1)
                }
                Lex::Num { value, digits } if has_the && digits <= 2 => {
                    let not_hour = value >= 13
                        && !matches!(
                            p.lex(j + 1),
                            Some(
                                Lex::Period
                                    | Lex::OClock
                                    | Lex::Meridiem(_)
                                    | Lex::P
                                    | Lex::Hours
                                    | Lex::H
                                    | Lex::Hour
                                    | Lex::Minutes
                                    | Lex::Of
                                    | Lex::Dash
                                    | Lex::Year
                                    | Lex::Word
                                    | Lex::Poss
                                    | Lex::Do
                            )
                        );
                    if !(on_before || weekday_before || not_hour)
                        || !(1..=31).contains(&value)
                        || p.is(j + 1, Lex::Colon)
                    {
                        return None;
                    }
                    (value as u8, j + 1)
                }
                _ => return None,
            }
        }
    };
    let is_word = matches!(p.lex(j), Some(Lex::Ord(_) | Lex::Tens(_)));
    // "the third day of October", "3rd day of May": the day of a month named after.
    let day_of = p.is(end, Lex::Day) && p.is(end + 1, Lex::Of);
    if day_of && let Some(Lex::Month(month)) = p.lex(end + 2) {
        let after = p.opt(end + 3, Lex::Period);
        return month_day_year(p, month, d, after, "day/nth-day-of-month-name");
    }
    // "first", "second", "third" are common words; "twenty-fourth", "twelfth" are not.
    let unmistakable = matches!(p.lex(j), Some(Lex::Tens(_))) || d >= 10;
    if is_word && !has_the && !unmistakable {
        return None;
    }
    // "the first one" (but "the 22nd one thirty" is a day and a time).
    let one_pronoun = one_pronoun(p, end);
    // "the 20th day of next month": "day" before "of" is part of the date.
    if p.is(end, Lex::Day) && p.is(end + 1, Lex::Of) {
        end += 1;
    }
    // "the second half", "the third quarter" (but "the 22nd half past ten").
    let fraction_after = match p.lex(end) {
        Some(Lex::Half) => !matches!(p.lex(end + 1), Some(Lex::Past | Lex::After)),
        Some(Lex::Quarter) => !matches!(
            p.lex(end + 1),
            Some(Lex::Past | Lex::After | Lex::To | Lex::Of | Lex::Till)
        ),
        _ => false,
    };
    // "the first morning you have", "the second afternoon": an ordinal word before a
    // part of the day counts mornings, it names no day of the month (front desk 29);
    // "the 21st in the morning", "on the first in the morning" stay days.
    let part_counted = is_word
        && !unmistakable
        && matches!(
            p.lex(end),
            Some(Lex::Morning | Lex::Afternoon | Lex::Evening)
        );
    let noun_after = one_pronoun
        || fraction_after
        || part_counted
        || matches!(
            p.lex(end),
            Some(
                Lex::Unit
                    | Lex::Months
                    | Lex::Weekday(_)
                    | Lex::Day
                    | Lex::Week
                    | Lex::Time
                    | Lex::Available
                    // "the first name is Sarah": a name's part, not the 1st.
                    | Lex::Name
            )
        );
    if noun_after {
        return None;
    }
    match p.lex(end) {
        Some(Lex::Of) if p.is(end + 1, Lex::The) && p.is(end + 2, Lex::MonthWord) => end += 3,
        Some(Lex::Of) if p.is(end + 1, Lex::This) && p.is(end + 2, Lex::MonthWord) => end += 3,
        Some(Lex::Of) if p.is(end + 1, Lex::Next) && p.is(end + 2, Lex::MonthWord) => {
            return day(DayExpr::DayOfNextMonth(d), end + 3, "day/day-of-next-month");
        }
        // "the 20th of the next month"
        Some(Lex::Of)
            if p.is(end + 1, Lex::The)
                && p.is(end + 2, Lex::Next)
                && p.is(end + 3, Lex::MonthWord) =>
        {
            return day(DayExpr::DayOfNextMonth(d), end + 4, "day/day-of-next-month");
        }
        _ => {}
    }
    day(DayExpr::DayOfMonth(d), end, "day/day-of-month")
}

/// "Christmas", "Christmas Eve", "New Year's Eve", "Canada Day", "Labour Day",
/// "Victoria Day", "the Civic Holiday", "Family Day", "Thanksgiving" ...
pub(crate) fn named_day(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let rule = "day/holiday";
    let md = |month, day_, end| {
        day(
            DayExpr::MonthDay {
                month,
                day: day_,
                year: None,
            },
            end,
            rule,
        )
    };
    let nth = |nth, weekday, month, end| {
        day(
            DayExpr::NthWeekday {
                nth,
                weekday,
                month: Some(month),
                year: None,
            },
            end,
            rule,
        )
    };
    let Some(Lex::Holiday(h)) = p.lex(i) else {
        if p.is(i, Lex::New) && p.is(i + 1, Lex::Year) {
            return match p.lex(i + 2) {
                Some(Lex::Eve) => md(12, 31, i + 3),
                Some(Lex::Day) => md(1, 1, i + 3),
                _ => md(1, 1, i + 2),
            };
        }
        return None;
    };
    let eve = p.is(i + 1, Lex::Eve);
    let with_day = p.is(i + 1, Lex::Day);
    let end = if eve || with_day { i + 2 } else { i + 1 };
    use chrono::Weekday::{Mon, Sun};
    // Thanksgiving is Canada's, the second Monday of October: the caller speaks to a
    // Canadian business in its zone ("Thanksgiving", "Thanksgiving Day", "Thanksgiving
    // Monday", whose Monday is part of its name, no other Monday).
    if h == Holiday::Thanksgiving {
        let end = if p.is(i + 1, Lex::Weekday(Mon)) {
            i + 2
        } else {
            end
        };
        return nth(2, Mon, 10, end);
    }
    match h {
        Holiday::Christmas if eve => md(12, 24, end),
        Holiday::Christmas => md(12, 25, end),
        Holiday::Halloween => md(10, 31, end),
        Holiday::Valentine => md(2, 14, end),
        Holiday::Canada if with_day => md(7, 1, end),
        Holiday::Boxing if with_day => md(12, 26, end),
        Holiday::Remembrance if with_day => md(11, 11, end),
        Holiday::Patrick if with_day => md(3, 17, end),
        Holiday::Labour if with_day => nth(1, Mon, 9, end),
        Holiday::Mother if with_day => nth(2, Sun, 5, end),
        Holiday::Father if with_day => nth(3, Sun, 6, end),
        Holiday::Civic if with_day => nth(1, Mon, 8, end),
        Holiday::Family if with_day => nth(3, Mon, 2, end),
        Holiday::Victoria if with_day => day(
            DayExpr::WeekdayBefore {
                weekday: Mon,
                month: 5,
                day: 25,
            },
            end,
            rule,
        ),
        _ => None,
    }
}

/// "12/3", "12/3/2027", "12/03/27", "12-3-2027", "2027-12-03", "2027-3-3".
/// Slashed and dashed dates are read month first, as in North American usage.
pub(crate) fn numeric_date(p: Toks<'_>, i: usize) -> Option<DayHit> {
    let num = |k: usize| match p.lex(k) {
        Some(Lex::Num { value, digits }) => Some((value, digits)),
        _ => None,
    };
    let sep_lex = |k: usize| matches!(p.lex(k), Some(Lex::Slash | Lex::Dash));
    let sep = |k: usize| sep_lex(k) && p.glued(k) && p.glued(k + 1);
    let (a, a_digits) = num(i)?;
    if !sep_lex(i + 1) {
        return None;
    }
    let slash = p.is(i + 1, Lex::Slash);
    let (b, b_digits) = num(i + 2)?;
    if b_digits > 2 {
        return None;
    }
    // "2-15", "2 / 15", "2 - 15": a month and a day that no clock range can be (the
    // day is past 12, and past 24 or after a month that is no morning hour: "9-17" stays
    // a 24-hour range). Only such a pair may be spaced out or dashed without a year.
    let plain_pair = a_digits <= 2
        && (1..=12).contains(&a)
        && (13..=31).contains(&b)
        && (b > 24 || a <= 6)
        && !matches!(
            p.lex(i + 3),
            Some(
                Lex::Colon
                    | Lex::Slash
                    | Lex::Dash
                    | Lex::Unit
                    | Lex::Months
                    | Lex::Minutes
                    | Lex::Hour
                    | Lex::Hours
                    | Lex::Days
                    | Lex::Meridiem(_)
                    | Lex::OrdSuffix
            )
        );
    if !sep(i + 1) && !plain_pair {
        return None;
    }
    let third = if sep(i + 3) && p.is(i + 3, p.lex(i + 1)?) {
        num(i + 4)
    } else {
        None
    };
    let (month, day_, year_, end) = match third {
        // 2027-12-03
        Some((c, c_digits)) if a_digits == 4 && c_digits <= 2 => (b, c, Some(a as i32), i + 5),
        // 12/3/2027, 12/3/27, 12-3-2027
        Some((c, 4)) if a_digits <= 2 => (a, b, Some(c as i32), i + 5),
        Some((c, 2)) if a_digits <= 2 && slash => (a, b, Some(2000 + c as i32), i + 5),
        Some(_) => return None,
        // 12/3 (a dashed pair is a range or a score, unless a plain pair: "2-15")
        None if (slash && a_digits <= 2) || plain_pair => (a, b, None, i + 3),
        None => return None,
    };
    // More digits after: a phone number or a fraction chain, not a date.
    if matches!(p.lex(end), Some(Lex::Slash | Lex::Dash)) && num(end + 1).is_some() {
        return None;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day_) {
        return None;
    }
    let rule = if third.is_some() && a_digits == 4 {
        "day/iso-date"
    } else {
        "day/numeric-date"
    };
    let expr = DayExpr::MonthDay {
        month: month as u8,
        day: day_ as u8,
        year: year_,
    };
    day(expr, end, rule)
}

/// Whether the token at `k` is "one" standing for a noun ("the first one", "my
/// Friday one"), not an hour: no minutes, meridiem or "o'clock" after it ("the 22nd
/// one thirty" is a day and a time).
pub(super) fn one_pronoun(p: Toks<'_>, k: usize) -> bool {
    p.is(k, Lex::Card(1))
        && !matches!(
            p.lex(k + 1),
            Some(Lex::Tens(_) | Lex::Card(_) | Lex::Meridiem(_) | Lex::A | Lex::P | Lex::OClock)
        )
}

#[cfg(test)]
mod tests {
    use crate::time::{DayExpr, parse};

    #[test]
    fn an_ordinal_counting_mornings_is_no_day_of_the_month() {
        let day = |t: &str| parse(t).and_then(|m| m.value.day);
        assert_eq!(day("the first morning you have after the holiday"), None);
        assert_eq!(day("the first afternoon you have free"), None);
        assert_eq!(
            day("on the first in the morning"),
            Some(DayExpr::DayOfMonth(1))
        );
        assert_eq!(day("the first at 10"), Some(DayExpr::DayOfMonth(1)));
        assert_eq!(day("the 21st morning"), Some(DayExpr::DayOfMonth(21)));
    }
}
