//! Stage 2: a [`TimeExpr`] against a [`ReferenceTime`] becomes a [`When`] (SPEC §2 "Time").
//!
//! Pure and deterministic: the same expression and reference always give the same
//! answer. The conventions:
//!
//! - a time without a day is today if that instant is still ahead of `now`, else tomorrow;
//! - a weekday alone is the next such day after today, never today;
//! - "next Thursday" is the Thursday of the following calendar week (weeks start Monday);
//! - a day of the month, or a month and day without a year, is the nearest from today on;
//! - a part of day alone is today's if it has not ended yet, else tomorrow's;
//! - a window without a day is today's if a start in it is still ahead of now, else
//!   tomorrow's (SPEC §2 "Windows").

use super::expr::{ClockExpr, DayExpr, TimeExpr, WeekRel};
use super::when::{When, Window};
use bella_core::{PartOfDay, ReferenceTime};
use chrono::{Datelike, Days, Duration, Months, NaiveDate, NaiveTime, Timelike, Weekday};

/// Resolves an expression against the moment and zone the caller speaks in.
///
/// ```
/// use bella_core::ReferenceTime;
/// use bella_extract::time;
/// let now = ReferenceTime::parse("2026-11-20T16:40:00-07:00", "America/Edmonton").unwrap();
/// let expr = time::parse("next Friday morning").unwrap().value;
/// let when = time::resolve(&expr, &now);
/// assert_eq!(when.to_string(), "2026-11-27");
/// assert_eq!(when.part_of_day, Some(bella_core::PartOfDay::Morning));
/// ```
pub fn resolve(expr: &TimeExpr, reference: &ReferenceTime) -> When {
    if let Some(minutes) = expr.in_minutes {
        let at = reference.now + Duration::minutes(i64::from(minutes));
        let local = at.with_timezone(&reference.tz).naive_local();
        return When {
            date: Some(local.date()),
            time: Some(local.time()),
            part_of_day: None,
            day_said: true,
            time_said: true,
            ..When::default()
        };
    }
    let today = reference.today();
    let said_day = expr
        .day
        .and_then(|day| resolve_day(day, today))
        .and_then(|d| d.checked_add_days(Days::new(u64::from(expr.plus_days))));
    let time = expr.clock.and_then(|c| {
        let (h, m) = c.hour_minute();
        NaiveTime::from_hms_opt(h, m, 0)
    });
    let window = expr.window.map(|w| {
        let at = |c: ClockExpr| {
            let (h, m) = c.hour_minute();
            NaiveTime::from_hms_opt(h, m, 0)
        };
        Window {
            after: w.after.and_then(at),
            before: w.before.and_then(at),
        }
    });
    let date = match (said_day, time, window) {
        (Some(d), _, _) => Some(d),
        (None, None, Some(w)) if expr.day.is_none() => {
            Some(future_day_for_window(w, expr.part_of_day, today, reference))
        }
        (None, _, Some(_)) => None,
        (None, Some(t), None) if expr.day.is_none() => Some(future_day_for(t, today, reference)),
        // A day was said but names no date ("next week at 3"): the day stays unknown.
        (None, Some(_), None) => None,
        (None, None, None) => match expr.part_of_day {
            Some(part) if expr.day.is_none() => {
                let (_, end) = part.hours();
                if reference.local_now().hour() < end {
                    Some(today)
                } else {
                    today.succ_opt()
                }
            }
            _ => None,
        },
    };
    When {
        date,
        time,
        part_of_day: if time.is_some() {
            None
        } else {
            expr.part_of_day
        },
        day_said: said_day.is_some(),
        time_said: time.is_some(),
        window,
        earliest: expr.earliest,
    }
}

/// The day of a window said without one: today if a start in it (and in the part of
/// day said with it) is still ahead of now, else tomorrow.
fn future_day_for_window(
    w: Window,
    part: Option<PartOfDay>,
    today: NaiveDate,
    reference: &ReferenceTime,
) -> NaiveDate {
    let tomorrow = today.succ_opt().unwrap_or(today);
    let part_end = part.and_then(|p| {
        let (_, end) = p.hours();
        (end < 24)
            .then(|| NaiveTime::from_hms_opt(end, 0, 0))
            .flatten()
    });
    let end = match (w.before, part_end) {
        (Some(b), Some(p)) => today.and_time(b.min(p)),
        (Some(t), None) | (None, Some(t)) => today.and_time(t),
        (None, None) => tomorrow.and_time(NaiveTime::MIN),
    };
    if reference.to_utc(end) > reference.now {
        today
    } else {
        tomorrow
    }
}

/// Today if `time` today is still ahead of now (compared as instants), else tomorrow.
fn future_day_for(time: NaiveTime, today: NaiveDate, reference: &ReferenceTime) -> NaiveDate {
    if reference.to_utc(today.and_time(time)) > reference.now {
        today
    } else {
        today.succ_opt().unwrap_or(today)
    }
}

/// The date a day expression names, seen from `today`; `None` for impossible dates.
pub(crate) fn resolve_day(day: DayExpr, today: NaiveDate) -> Option<NaiveDate> {
    match day {
        DayExpr::Today => Some(today),
        DayExpr::Tomorrow => today.succ_opt(),
        DayExpr::DayAfterTomorrow => today.checked_add_days(Days::new(2)),
        DayExpr::InDays(n) => today.checked_add_days(Days::new(u64::from(n))),
        DayExpr::InMonths(n) => today.checked_add_months(Months::new(u32::from(n))),
        DayExpr::Weekday { weekday, rel } => {
            Some(weekday_from(today, weekday, rel)).filter(|d| *d >= today)
        }
        DayExpr::DayOfMonth(d) => day_of_month_from(today, d),
        DayExpr::DayOfNextMonth(d) => months_from(today, 2)
            .nth(1)
            .and_then(|(y, m)| NaiveDate::from_ymd_opt(y, m, u32::from(d))),
        DayExpr::MonthDay {
            month,
            day,
            year: Some(y),
        } => NaiveDate::from_ymd_opt(y, u32::from(month), u32::from(day)),
        DayExpr::MonthDay {
            month,
            day,
            year: None,
        } => (0..=8).find_map(|k| {
            NaiveDate::from_ymd_opt(today.year() + k, u32::from(month), u32::from(day))
                .filter(|d| *d >= today)
        }),
        DayExpr::WeekdayDayOfMonth { weekday, day } => months_from(today, 28)
            .filter_map(|(y, m)| NaiveDate::from_ymd_opt(y, m, u32::from(day)))
            .find(|d| *d >= today && d.weekday() == weekday)
            .or_else(|| day_of_month_from(today, day)),
        DayExpr::NthWeekday {
            nth,
            weekday,
            month,
            year: Some(y),
        } => nth_weekday(y, u32::from(month?), nth, weekday),
        DayExpr::NthWeekday {
            nth,
            weekday,
            month,
            year: None,
        } => {
            let mut candidates = months_from(today, 24)
                .filter(|(_, m)| month.is_none_or(|want| u32::from(want) == *m))
                .filter_map(|(y, m)| nth_weekday(y, m, nth, weekday));
            candidates.find(|d| *d >= today)
        }
        DayExpr::LastDayOfMonth { month, year } => {
            let last_of = |y: i32, m: u32| {
                let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
            };
            match (month, year) {
                (Some(m), Some(y)) => last_of(y, u32::from(m)),
                (None, _) => last_of(today.year(), today.month()),
                (Some(m), None) => months_from(today, 13)
                    .filter(|(_, mm)| u32::from(m) == *mm)
                    .find_map(|(y, mm)| last_of(y, mm)),
            }
        }
        DayExpr::NextWeek => None,
        DayExpr::WeekdayBefore {
            weekday,
            month,
            day,
        } => (0..=8).find_map(|k| {
            let limit =
                NaiveDate::from_ymd_opt(today.year() + k, u32::from(month), u32::from(day))?;
            let back =
                (limit.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
            let back = if back == 0 { 7 } else { back };
            Some(limit - Duration::days(i64::from(back))).filter(|d| *d >= today)
        }),
    }
}

/// The weekday seen from `today` (see [`WeekRel`]).
fn weekday_from(today: NaiveDate, weekday: Weekday, rel: WeekRel) -> NaiveDate {
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let into_week = i64::from(weekday.num_days_from_monday());
    match rel {
        WeekRel::Nearest => {
            let ahead =
                (into_week - i64::from(today.weekday().num_days_from_monday())).rem_euclid(7);
            today + Duration::days(if ahead == 0 { 7 } else { ahead })
        }
        WeekRel::NextWeek => this_monday + Duration::days(7 + into_week),
        WeekRel::WeekAfterNext => this_monday + Duration::days(14 + into_week),
        WeekRel::ThisWeek => this_monday + Duration::days(into_week),
    }
}

/// The nearest date from today on whose day of the month is `day`.
fn day_of_month_from(today: NaiveDate, day: u8) -> Option<NaiveDate> {
    months_from(today, 13)
        .filter_map(|(y, m)| NaiveDate::from_ymd_opt(y, m, u32::from(day)))
        .find(|d| *d >= today)
}

/// `(year, month)` pairs starting with today's month, `count` of them.
fn months_from(today: NaiveDate, count: u32) -> impl Iterator<Item = (i32, u32)> {
    let start = today.year() * 12 + today.month0() as i32;
    (0..count as i32).map(move |k| {
        let idx = start + k;
        (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
    })
}

/// The `nth` (1-5, 0 = last) `weekday` of a month.
fn nth_weekday(year: i32, month: u32, nth: u8, weekday: Weekday) -> Option<NaiveDate> {
    if nth == 0 {
        let next_first = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next_first.pred_opt()?;
        let back = (i64::from(last.weekday().num_days_from_monday())
            - i64::from(weekday.num_days_from_monday()))
        .rem_euclid(7);
        return Some(last - Duration::days(back));
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, nth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// `weekday` said with `rel` on the day `from` is the day `want`.
    fn lands(from: NaiveDate, weekday: Weekday, rel: WeekRel, want: NaiveDate) {
        assert_eq!(
            weekday_from(from, weekday, rel),
            want,
            "{weekday} ({rel:?}) from {from}"
        );
    }

    #[test]
    fn weekday_alone_is_never_today() {
        // 2026-11-17 is a Tuesday.
        let tue = date(2026, 11, 17);
        lands(tue, Weekday::Tue, WeekRel::Nearest, date(2026, 11, 24));
        lands(tue, Weekday::Wed, WeekRel::Nearest, date(2026, 11, 18));
        lands(tue, Weekday::Mon, WeekRel::Nearest, date(2026, 11, 23));
    }

    #[test]
    fn next_weekday_is_in_the_following_calendar_week() {
        let sat = date(2026, 11, 21);
        lands(sat, Weekday::Tue, WeekRel::NextWeek, date(2026, 11, 24));
        let sun = date(2026, 11, 22);
        lands(sun, Weekday::Mon, WeekRel::NextWeek, date(2026, 11, 23));
        let mon = date(2026, 11, 23);
        lands(mon, Weekday::Sun, WeekRel::NextWeek, date(2026, 12, 6));
        lands(mon, Weekday::Mon, WeekRel::WeekAfterNext, date(2026, 12, 7));
    }

    #[test]
    fn weekday_this_week_is_in_the_current_calendar_week() {
        let tue = date(2026, 11, 17);
        lands(tue, Weekday::Tue, WeekRel::ThisWeek, tue);
        lands(tue, Weekday::Sun, WeekRel::ThisWeek, date(2026, 11, 22));
        let this_week = |weekday| DayExpr::Weekday {
            weekday,
            rel: WeekRel::ThisWeek,
        };
        assert_eq!(
            resolve_day(this_week(Weekday::Fri), tue),
            Some(date(2026, 11, 20))
        );
        // Monday of this week, said on Tuesday, is past: no date.
        assert_eq!(resolve_day(this_week(Weekday::Mon), tue), None);
    }

    #[test]
    fn day_of_month_rolls_forward_and_skips_short_months() {
        let jan31 = date(2027, 1, 31);
        assert_eq!(day_of_month_from(jan31, 31), Some(jan31));
        let feb1 = date(2027, 2, 1);
        assert_eq!(day_of_month_from(feb1, 30), Some(date(2027, 3, 30)));
        assert_eq!(day_of_month_from(feb1, 32), None);
    }

    #[test]
    fn month_day_without_year_and_leap_days() {
        let today = date(2026, 12, 30);
        let md = |month, day| DayExpr::MonthDay {
            month,
            day,
            year: None,
        };
        assert_eq!(resolve_day(md(1, 5), today), Some(date(2027, 1, 5)));
        assert_eq!(resolve_day(md(12, 30), today), Some(today));
        assert_eq!(resolve_day(md(2, 29), today), Some(date(2028, 2, 29)));
        assert_eq!(resolve_day(md(2, 30), today), None);
    }

    #[test]
    fn nth_and_last_weekday() {
        let today = date(2026, 11, 17);
        let first_tue_oct = DayExpr::NthWeekday {
            nth: 1,
            weekday: Weekday::Tue,
            month: Some(10),
            year: None,
        };
        assert_eq!(resolve_day(first_tue_oct, today), Some(date(2027, 10, 5)));
        let last_fri = DayExpr::NthWeekday {
            nth: 0,
            weekday: Weekday::Fri,
            month: None,
            year: None,
        };
        assert_eq!(resolve_day(last_fri, today), Some(date(2026, 11, 27)));
        let fifth_mon = DayExpr::NthWeekday {
            nth: 5,
            weekday: Weekday::Mon,
            month: Some(2),
            year: None,
        };
        assert_eq!(resolve_day(fifth_mon, today), None);
    }

    #[test]
    fn weekday_with_day_of_month_finds_a_matching_month() {
        let today = date(2026, 11, 17);
        let mon23 = DayExpr::WeekdayDayOfMonth {
            weekday: Weekday::Mon,
            day: 23,
        };
        assert_eq!(resolve_day(mon23, today), Some(date(2026, 11, 23)));
        let fri23 = DayExpr::WeekdayDayOfMonth {
            weekday: Weekday::Sat,
            day: 23,
        };
        assert_eq!(resolve_day(fri23, today), Some(date(2027, 1, 23)));
    }
}
