//! [`TimeExpr`]: what the caller said about when, before it is resolved against "now".
//!
//! Nothing here knows today's date: "next Thursday" stays [`DayExpr::Weekday`] with
//! [`WeekRel::NextWeek`] until [`super::resolve`] meets a [`bella_core::ReferenceTime`].

use bella_core::PartOfDay;
use chrono::Weekday;
use serde::Serialize;

/// An unresolved time expression: a day, a clock time and/or a part of day, as said.
///
/// ```
/// use bella_extract::time::{self, DayExpr, Reading, WeekRel};
/// let m = time::parse("Um, next week. Thursday at 9:30 a.m.").unwrap();
/// assert_eq!(
///     m.value.day,
///     Some(DayExpr::Weekday { weekday: chrono::Weekday::Thu, rel: WeekRel::NextWeek })
/// );
/// let clock = m.value.clock.unwrap();
/// assert_eq!((clock.hour, clock.minute, clock.reading), (9, 30, Reading::Am));
/// assert!(m.value.rules.iter().any(|r| r.starts_with("day/")));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[must_use]
pub struct TimeExpr {
    /// The day, if one was said.
    pub day: Option<DayExpr>,
    /// Days added to `day` ("a week from Monday" is Monday plus 7); 0 when none said.
    pub plus_days: u16,
    /// The clock time, if one was said.
    pub clock: Option<ClockExpr>,
    /// "in 2 hours", "in 30 minutes": minutes from now, if said (replaces day and clock).
    pub in_minutes: Option<u32>,
    /// A part of day said ("morning", "tonight"); it also sets the clock's reading.
    pub part_of_day: Option<PartOfDay>,
    /// Bounds said instead of one start ("after 3", "between 2 and 4", "anytime but
    /// the morning"): SPEC §2 "Windows". `clock` is then `None`.
    pub window: Option<WindowExpr>,
    /// "the earliest you have", "as soon as possible", "first available", "whenever".
    pub earliest: bool,
    /// The names of the rules that built this expression, in the order they fired.
    pub rules: Rules,
}

/// A window as said: clock bounds, read like any clock (a bare "3" is 15:00).
///
/// ```
/// use bella_extract::time;
/// let w = time::parse("between 9 and 11").unwrap().value.window.unwrap();
/// assert_eq!(w.after.unwrap().hour_minute(), (9, 0));
/// assert_eq!(w.before.unwrap().hour_minute(), (11, 0));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WindowExpr {
    /// The earliest start allowed ("after 3", "not before 10", "3 or later").
    pub after: Option<ClockExpr>,
    /// Starts must be before this ("before noon", "by 11", "not after 3").
    pub before: Option<ClockExpr>,
}

impl TimeExpr {
    /// Whether nothing at all was said about when.
    pub fn is_empty(&self) -> bool {
        self.day.is_none()
            && self.clock.is_none()
            && self.in_minutes.is_none()
            && self.part_of_day.is_none()
            && self.window.is_none()
            && !self.earliest
    }
}

/// A day as said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum DayExpr {
    /// "today", "this morning", "tonight".
    Today,
    /// "tomorrow".
    Tomorrow,
    /// "the day after tomorrow".
    DayAfterTomorrow,
    /// "in 3 days", "a week from today", "in two weeks": today plus this many days.
    InDays(u16),
    /// "three months hence", "in 2 months", "a month from today": today's day of the
    /// month that many months on (the month's last day when it is shorter).
    InMonths(u8),
    /// A weekday, with how the week was said.
    Weekday {
        /// Which day of the week.
        weekday: Weekday,
        /// "Thursday" / "this Thursday" / "next Thursday" / "Thursday after next".
        rel: WeekRel,
    },
    /// "the 23rd": a day of the month, month unsaid (the nearest from today on).
    DayOfMonth(u8),
    /// "the 5th of next month".
    DayOfNextMonth(u8),
    /// "December 3rd", "the 3rd of December", "Dec. 3rd 2027".
    MonthDay {
        /// 1 to 12.
        month: u8,
        /// 1 to 31 (checked against the month when resolved).
        day: u8,
        /// The year, when said.
        year: Option<i32>,
    },
    /// "Monday the 23rd": a day of the month that should fall on `weekday`.
    WeekdayDayOfMonth {
        /// The weekday said.
        weekday: Weekday,
        /// 1 to 31.
        day: u8,
    },
    /// "the first Tuesday of October", "the last Friday of the month".
    NthWeekday {
        /// 1 to 5, or 0 for "last".
        nth: u8,
        /// The weekday.
        weekday: Weekday,
        /// 1 to 12; `None` means "of the month" (this month, else the next).
        month: Option<u8>,
        /// The year, when said ("the third Tuesday of September 2027").
        year: Option<i32>,
    },
    /// "the last day of October 2027", "the last day of the month".
    LastDayOfMonth {
        /// 1 to 12; `None` means this month.
        month: Option<u8>,
        /// The year, when said.
        year: Option<i32>,
    },
    /// "next week" alone: a week but no day. Resolves to no date.
    NextWeek,
    /// "Victoria Day": the last `weekday` before a day of a month (the Monday before
    /// May 25), the nearest from today on.
    WeekdayBefore {
        /// The weekday.
        weekday: Weekday,
        /// 1 to 12.
        month: u8,
        /// The day of the month it falls before, 1 to 31.
        day: u8,
    },
}

/// How the week of a weekday was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum WeekRel {
    /// "Thursday", "on Thursday", "this Thursday", "this coming Thursday": the next such
    /// day after today, never today.
    Nearest,
    /// "next Thursday", "Thursday next week", "next week Thursday": the Thursday of the
    /// following calendar week (weeks start on Monday).
    NextWeek,
    /// "Thursday after next", "Thursday the week after next": one week later still.
    WeekAfterNext,
    /// "Thursday this week", "Tuesday of this week": the Thursday of the current
    /// calendar week (weeks start on Monday), today included; a day of it already
    /// past names no date.
    ThisWeek,
}

/// A clock time as said: the hour and minute spoken and how to read the hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ClockExpr {
    /// The hour as said (0 to 23; "quarter to three" says 3 and `minus_minutes` 15).
    pub hour: u8,
    /// The minute as said (0 to 59).
    pub minute: u8,
    /// Minutes before `hour:minute` ("ten to four" is 4:00 minus 10).
    pub minus_minutes: u8,
    /// How to turn `hour` into a 24-hour value.
    pub reading: Reading,
}

/// How an hour is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum Reading {
    /// A bare hour, read as a business hour: 7-11 morning, 12 noon, 1-6 afternoon.
    Business,
    /// "a.m." or "in the morning": 12 is midnight, others as said.
    Am,
    /// "p.m.", "in the afternoon/evening", "tonight": 1-11 get 12 added.
    Pm,
    /// A 24-hour form ("14:00", "09:00", "fourteen hundred hours"): as said.
    TwentyFour,
}

impl ClockExpr {
    /// The 24-hour wall time this clock means, as `(hour, minute)`.
    ///
    /// ```
    /// use bella_extract::time::{ClockExpr, Reading};
    /// let at3 = ClockExpr { hour: 3, minute: 0, minus_minutes: 0, reading: Reading::Business };
    /// assert_eq!(at3.hour_minute(), (15, 0));
    /// let q2_3 = ClockExpr { hour: 3, minute: 0, minus_minutes: 15, reading: Reading::Business };
    /// assert_eq!(q2_3.hour_minute(), (14, 45));
    /// ```
    pub fn hour_minute(&self) -> (u32, u32) {
        let h = u32::from(self.hour) % 24;
        let h24 = match self.reading {
            Reading::Business => match h {
                1..=6 => h + 12,
                _ => h,
            },
            Reading::Am => {
                if h == 12 {
                    0
                } else {
                    h
                }
            }
            Reading::Pm => {
                if (1..12).contains(&h) {
                    h + 12
                } else {
                    h
                }
            }
            Reading::TwentyFour => h,
        };
        let total = (h24 * 60 + u32::from(self.minute.min(59)) + 24 * 60
            - u32::from(self.minus_minutes.min(59)))
            % (24 * 60);
        (total / 60, total % 60)
    }
}

/// The rule names that built a [`TimeExpr`], in firing order (at most [`Rules::CAP`]).
///
/// A fixed array, so building one never allocates.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Rules {
    names: [&'static str; Rules::CAP],
    len: u8,
}

impl Rules {
    /// How many names are kept; later ones are dropped.
    pub const CAP: usize = 8;

    /// Appends a rule name (ignored once full).
    pub fn push(&mut self, name: &'static str) {
        if usize::from(self.len) < Self::CAP {
            self.names[usize::from(self.len)] = name;
            self.len += 1;
        }
    }

    /// The names, in firing order.
    pub fn as_slice(&self) -> &[&'static str] {
        &self.names[..usize::from(self.len)]
    }

    /// Iterates over the names.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.as_slice().iter().copied()
    }
}

impl std::fmt::Debug for Rules {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for Rules {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(hour: u8, minute: u8, minus: u8, reading: Reading) -> (u32, u32) {
        ClockExpr {
            hour,
            minute,
            minus_minutes: minus,
            reading,
        }
        .hour_minute()
    }

    #[test]
    fn business_reading_of_bare_hours() {
        let got: Vec<u32> = (0..=12)
            .map(|h| clock(h, 0, 0, Reading::Business).0)
            .collect();
        assert_eq!(got, vec![0, 13, 14, 15, 16, 17, 18, 7, 8, 9, 10, 11, 12]);
        assert_eq!(clock(14, 0, 0, Reading::Business), (14, 0));
    }

    #[test]
    fn meridiem_overrides() {
        assert_eq!(clock(12, 0, 0, Reading::Am), (0, 0));
        assert_eq!(clock(12, 30, 0, Reading::Pm), (12, 30));
        assert_eq!(clock(7, 0, 0, Reading::Pm), (19, 0));
        assert_eq!(clock(3, 0, 0, Reading::Am), (3, 0));
        assert_eq!(clock(3, 0, 0, Reading::TwentyFour), (3, 0));
    }

    #[test]
    fn minus_minutes_wrap_across_the_hour_and_midnight() {
        assert_eq!(clock(4, 0, 10, Reading::Business), (15, 50));
        assert_eq!(clock(12, 0, 15, Reading::Am), (23, 45));
    }

    #[test]
    fn rules_cap_without_panic() {
        let mut r = Rules::default();
        for _ in 0..20 {
            r.push("x");
        }
        assert_eq!(r.as_slice().len(), Rules::CAP);
    }
}
