//! [`When`]: a resolved time expression as wall time, and how turns combine.

use bella_core::{PartOfDay, ReferenceTime};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;

/// What a turn says about when, resolved to wall time in the business's zone.
///
/// `date` is filled whenever anything was said: a time without a day gets today or
/// tomorrow by future bias, but then `day_said` is `false`, so a dialog can keep the
/// day it was already discussing (see [`When::merge_onto`]).
///
/// ```
/// use bella_core::ReferenceTime;
/// use bella_extract::time::{self, Missing};
/// let now = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap();
/// let day = time::extract("Thursday", &now).unwrap().value;
/// assert_eq!(day.missing(), Missing::Time);
/// let at = time::extract("10 a.m.", &now).unwrap().value;
/// assert_eq!(at.missing(), Missing::Day);
/// let both = at.merge_onto(day);
/// assert_eq!(both.to_string(), "2026-11-19T10:00");
/// assert_eq!(both.missing(), Missing::Nothing);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[must_use]
pub struct When {
    /// The day (said, or today/tomorrow by future bias when only a time was said).
    pub date: Option<NaiveDate>,
    /// The time of day, if one was said.
    pub time: Option<NaiveTime>,
    /// A part of day said without an exact time ("tomorrow morning"), else `None`.
    pub part_of_day: Option<PartOfDay>,
    /// Whether the caller said the day (false when `date` comes from future bias).
    pub day_said: bool,
    /// Whether the caller said a time of day (then `time` is set).
    pub time_said: bool,
    /// Bounds on the start when the caller gave a window instead of one time ("after
    /// 3", "between 2 and 4", "anytime but the morning"): SPEC §2 "Windows". `time` is
    /// then `None` and `date` is the window's day.
    pub window: Option<Window>,
    /// The caller asked for the earliest free time ("the earliest you have", "as soon
    /// as possible", "first available", "whenever"): offers start from now.
    pub earliest: bool,
}

/// Wall-clock bounds on a start in the business's zone: a start `t` fits when
/// `after <= t < before` (either bound may be open). SPEC §2 "Windows".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Window {
    /// The earliest start allowed, if bounded below.
    pub after: Option<NaiveTime>,
    /// Starts must be strictly before this, if bounded above.
    pub before: Option<NaiveTime>,
}

impl Window {
    /// Whether a start at `t` fits the window.
    pub fn contains(&self, t: NaiveTime) -> bool {
        self.after.is_none_or(|a| a <= t) && self.before.is_none_or(|b| t < b)
    }
}

/// What a [`When`] still lacks before it names one start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub enum Missing {
    /// A day and a time were both said.
    Nothing,
    /// A day was said, no time (maybe a part of day: see [`When::part_of_day`]).
    Time,
    /// A time was said, no day (`date` holds the future-bias guess).
    Day,
    /// Neither (only a part of day, or nothing usable).
    DayAndTime,
}

impl When {
    /// What is still missing.
    pub fn missing(&self) -> Missing {
        match (
            self.day_said && self.date.is_some(),
            self.time_said && self.time.is_some(),
        ) {
            (true, true) => Missing::Nothing,
            (true, false) => Missing::Time,
            (false, true) => Missing::Day,
            (false, false) => Missing::DayAndTime,
        }
    }

    /// Whether nothing at all is known.
    pub fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.time.is_none()
            && self.part_of_day.is_none()
            && self.window.is_none()
            && !self.earliest
    }

    /// The wall date and time, when both are known.
    pub fn local(&self) -> Option<NaiveDateTime> {
        Some(self.date?.and_time(self.time?))
    }

    /// The instant this names in `reference`'s zone, when date and time are known.
    ///
    /// A wall time skipped by a spring-forward change moves to the next one that exists;
    /// a repeated one takes the first (see [`bella_core::local_to_utc`]).
    pub fn instant(&self, reference: &ReferenceTime) -> Option<chrono::DateTime<chrono::Utc>> {
        Some(reference.to_utc(self.local()?))
    }

    /// Combines this turn's answer with what an earlier turn established.
    ///
    /// - A day said now replaces the earlier day, time, part of day and window
    ///   entirely ("Friday" after "Thursday at 10" is Friday, time to be asked again),
    ///   except that a time or a window said earlier without any day is kept ("at
    ///   9:30", then "Thursday", is Thursday 9:30; "after 3", then "Thursday", is
    ///   Thursday after 3).
    /// - A time or part of day said without a day keeps the earlier day
    ///   ("10 a.m." after "Thursday" is Thursday 10:00); a time replaces a window.
    /// - A window said without a day keeps the earlier day and narrows an earlier
    ///   window: a bound on the other side is added ("Friday after 3", then "but
    ///   before 5", is Friday 15:00 to 17:00), a bound on the same side replaces
    ///   ("after 4"); an earlier part of day is kept.
    /// - "the earliest you have" keeps the earlier day and window.
    /// - A turn that says nothing keeps the earlier value.
    ///
    /// ```
    /// use bella_core::ReferenceTime;
    /// use bella_extract::time;
    /// let now = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap();
    /// let thu = time::extract("next week. Thursday", &now).unwrap().value;
    /// let pm = time::extract("in the afternoon", &now).unwrap().value;
    /// let m = pm.merge_onto(thu);
    /// assert_eq!(m.to_string(), "2026-11-26");
    /// assert_eq!(m.part_of_day, Some(bella_core::PartOfDay::Afternoon));
    /// let after = time::extract("Friday after 3", &now).unwrap().value;
    /// let before = time::extract("but before 5", &now).unwrap().value;
    /// let w = before.merge_onto(after).window.unwrap();
    /// assert_eq!((w.after.unwrap().to_string(), w.before.unwrap().to_string()),
    ///            ("15:00:00".to_owned(), "17:00:00".to_owned()));
    /// ```
    pub fn merge_onto(self, earlier: When) -> When {
        if self.is_empty() {
            return earlier;
        }
        let bare = !self.time_said && self.window.is_none();
        if self.day_said {
            // A day after a time or window said alone completes it.
            if bare && !earlier.day_said {
                if earlier.time_said {
                    return When {
                        time: earlier.time,
                        time_said: true,
                        part_of_day: None,
                        ..self
                    };
                }
                if earlier.window.is_some() {
                    return When {
                        window: earlier.window,
                        part_of_day: self.part_of_day.or(earlier.part_of_day),
                        earliest: self.earliest || earlier.earliest,
                        ..self
                    };
                }
            }
            return self;
        }
        let window = match (self.window, earlier.window) {
            _ if self.time_said => None,
            (Some(now), Some(before)) => Some(now.narrowing(before)),
            (Some(now), None) => Some(now),
            // "the earliest you have" after "Friday after 3": the window stays.
            (None, before) if bare && self.part_of_day.is_none() => before,
            (None, _) => None,
        };
        let part_of_day = match (self.time_said, self.window, self.part_of_day) {
            (true, _, _) => None,
            (false, Some(_), None) => earlier.part_of_day,
            (false, None, None) if self.earliest => earlier.part_of_day,
            (false, _, part) => part,
        };
        if !earlier.day_said || earlier.date.is_none() {
            return When {
                window,
                part_of_day,
                ..self
            };
        }
        When {
            date: earlier.date,
            day_said: true,
            time: self.time,
            time_said: self.time_said,
            part_of_day,
            window,
            ..self
        }
    }
}

impl Window {
    /// This window's bounds, with the other side filled from `earlier` when that keeps
    /// `after < before`.
    #[must_use]
    pub fn narrowing(self, earlier: Window) -> Window {
        let merged = Window {
            after: self.after.or(earlier.after),
            before: self.before.or(earlier.before),
        };
        match (merged.after, merged.before) {
            (Some(a), Some(b)) if a >= b => self,
            _ => merged,
        }
    }
}

/// `YYYY-MM-DDTHH:MM`, `YYYY-MM-DD`, or `HH:MM` when no date: the SPEC's `when` field.
impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.date, self.time) {
            (Some(d), Some(t)) => write!(f, "{}T{}", d.format("%Y-%m-%d"), t.format("%H:%M")),
            (Some(d), None) => write!(f, "{}", d.format("%Y-%m-%d")),
            (None, Some(t)) => write!(f, "{}", t.format("%H:%M")),
            (None, None) => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, m, day)
    }
    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    /// A turn that said a day (month `m`, day `day`) and nothing else.
    fn day_said(m: u32, day: u32) -> When {
        When {
            date: d(m, day),
            day_said: true,
            ..When::default()
        }
    }

    /// A turn that said a clock `h:min` (resolved onto month `m`, day `day`), no day.
    fn time_said(m: u32, day: u32, h: u32, min: u32) -> When {
        When {
            date: d(m, day),
            time: t(h, min),
            time_said: true,
            ..When::default()
        }
    }

    #[test]
    fn bare_time_keeps_the_earlier_day() {
        let earlier = day_said(11, 26);
        let now = time_said(11, 18, 10, 0);
        let m = now.merge_onto(earlier);
        assert_eq!(
            (m.date, m.time, m.missing()),
            (d(11, 26), t(10, 0), Missing::Nothing)
        );
    }

    #[test]
    fn new_day_replaces_everything() {
        let earlier = When {
            time: t(10, 0),
            time_said: true,
            ..day_said(11, 26)
        };
        let now = day_said(11, 27);
        assert_eq!(now.merge_onto(earlier), now);
        assert_eq!(When::default().merge_onto(earlier), earlier);
    }

    #[test]
    fn part_of_day_onto_a_day() {
        let earlier = day_said(11, 26);
        let now = When {
            date: d(11, 18),
            part_of_day: Some(PartOfDay::Morning),
            ..When::default()
        };
        let m = now.merge_onto(earlier);
        assert_eq!(
            (m.date, m.part_of_day, m.missing()),
            (d(11, 26), now.part_of_day, Missing::Time)
        );
    }

    fn window(after: Option<NaiveTime>, before: Option<NaiveTime>) -> Option<Window> {
        Some(Window { after, before })
    }

    #[test]
    fn windows_merge_onto_an_earlier_day_and_window() {
        let friday_after_3 = When {
            window: window(t(15, 0), None),
            part_of_day: Some(PartOfDay::Afternoon),
            ..day_said(11, 27)
        };
        let before_5 = When {
            date: d(11, 18),
            window: window(None, t(17, 0)),
            ..When::default()
        };
        let m = before_5.merge_onto(friday_after_3);
        assert_eq!(m.date, d(11, 27));
        assert_eq!(m.window, window(t(15, 0), t(17, 0)));
        assert_eq!(m.part_of_day, Some(PartOfDay::Afternoon));
        // Same side replaces; a crossing bound keeps only the new one.
        let after_4 = When {
            window: window(t(16, 0), None),
            ..before_5
        };
        assert_eq!(after_4.merge_onto(m).window, window(t(16, 0), t(17, 0)));
        let before_2 = When {
            window: window(None, t(14, 0)),
            ..before_5
        };
        assert_eq!(before_2.merge_onto(m).window, window(None, t(14, 0)));
        // A time replaces the window; the earliest keeps it.
        let at_4 = time_said(11, 18, 16, 0);
        let booked = at_4.merge_onto(m);
        assert_eq!(
            (booked.window, booked.local()),
            (None, d(11, 27).zip(t(16, 0)).map(|(d, t)| d.and_time(t)))
        );
        let earliest = When {
            earliest: true,
            ..When::default()
        };
        let e = earliest.merge_onto(m);
        assert!(e.earliest);
        assert_eq!((e.date, e.window), (m.date, m.window));
    }

    #[test]
    fn a_day_completes_a_window_said_alone() {
        let after_3 = When {
            date: d(11, 18),
            window: window(t(15, 0), None),
            ..When::default()
        };
        let thursday = day_said(11, 19);
        let m = thursday.merge_onto(after_3);
        assert_eq!(
            (m.date, m.window, m.day_said),
            (d(11, 19), after_3.window, true)
        );
        // A day said with its own window replaces everything.
        let friday_before_noon = When {
            window: window(None, t(12, 0)),
            ..day_said(11, 20)
        };
        assert_eq!(friday_before_noon.merge_onto(m), friday_before_noon);
    }

    #[test]
    fn display_follows_the_spec() {
        let w = When {
            date: d(11, 26),
            time: t(9, 30),
            ..When::default()
        };
        assert_eq!(w.to_string(), "2026-11-26T09:30");
        assert_eq!(When { time: None, ..w }.to_string(), "2026-11-26");
    }
}
