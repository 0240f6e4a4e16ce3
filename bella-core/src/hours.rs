//! [`BusinessHours`]: when a business takes appointments.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One opening interval in a day, `[open, close)`, as wall times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenSpan {
    /// Opening time.
    pub open: NaiveTime,
    /// Closing time: the last slot must end by then.
    pub close: NaiveTime,
}

impl OpenSpan {
    /// Builds a span from hours and minutes; `None` if a time is invalid.
    pub fn hm(open_h: u32, open_m: u32, close_h: u32, close_m: u32) -> Option<Self> {
        Some(Self {
            open: NaiveTime::from_hms_opt(open_h, open_m, 0)?,
            close: NaiveTime::from_hms_opt(close_h, close_m, 0)?,
        })
    }
}

/// Why business hours are not usable.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HoursError {
    /// A span closes at or before it opens.
    #[error("{day}: a span closes at {close} but opens at {open}")]
    EmptySpan {
        /// The weekday.
        day: Weekday,
        /// Opening time.
        open: NaiveTime,
        /// Closing time.
        close: NaiveTime,
    },
    /// Two spans of one day overlap or are out of order.
    #[error("{day}: spans overlap or are out of order")]
    Overlap {
        /// The weekday.
        day: Weekday,
    },
    /// Slot length is zero or longer than a day.
    #[error("slot length must be between 5 and 720 minutes, got {0}")]
    SlotLength(u32),
}

/// Why a requested start cannot be booked, judged on the hours alone (whether the
/// slot is taken or in the past is decided by the caller of [`BusinessHours::check_slot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SlotRejection {
    /// The date is listed as closed (a holiday).
    ClosedDate,
    /// The business has no hours on that weekday.
    ClosedDay,
    /// Open that day, but not at that time.
    OutsideHours,
    /// Inside hours, but not on a slot boundary.
    NotOnSlot,
}

/// Weekly opening times in a zone, closed dates and the slot length.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BusinessHours {
    /// The business's IANA zone.
    pub tz: Tz,
    /// Opening spans per weekday, Monday first (index `Weekday::num_days_from_monday`).
    pub weekly: [Vec<OpenSpan>; 7],
    /// Dates on which the business is closed all day.
    pub closed: BTreeSet<NaiveDate>,
    /// Length of one appointment, in minutes; slots start on multiples of it from
    /// each span's opening.
    pub slot_minutes: u32,
}

impl BusinessHours {
    /// The seed business: Monday to Friday 09:00-17:00, America/Edmonton, 30-minute slots.
    pub fn seed_default() -> Self {
        Self::weekdays_nine_to_five(chrono_tz::America::Edmonton)
    }

    /// Monday to Friday 09:00-17:00 in `tz`, 30-minute slots, no closed dates.
    pub fn weekdays_nine_to_five(tz: Tz) -> Self {
        let day = vec![OpenSpan {
            open: NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN),
            close: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN),
        }];
        Self {
            tz,
            weekly: [
                day.clone(),
                day.clone(),
                day.clone(),
                day.clone(),
                day,
                Vec::new(),
                Vec::new(),
            ],
            closed: BTreeSet::new(),
            slot_minutes: 30,
        }
    }

    /// Checks spans are non-empty and ordered and the slot length is sane.
    pub fn validate(&self) -> Result<(), HoursError> {
        if !(5..=720).contains(&self.slot_minutes) {
            return Err(HoursError::SlotLength(self.slot_minutes));
        }
        for (i, spans) in self.weekly.iter().enumerate() {
            let day = weekday_from_index(i);
            let mut last_close: Option<NaiveTime> = None;
            for s in spans {
                if s.close <= s.open {
                    return Err(HoursError::EmptySpan {
                        day,
                        open: s.open,
                        close: s.close,
                    });
                }
                if last_close.is_some_and(|c| s.open < c) {
                    return Err(HoursError::Overlap { day });
                }
                last_close = Some(s.close);
            }
        }
        Ok(())
    }

    /// The opening spans on a date: none on a closed date.
    pub fn spans_on(&self, date: NaiveDate) -> &[OpenSpan] {
        if self.closed.contains(&date) {
            return &[];
        }
        &self.weekly[date.weekday().num_days_from_monday() as usize]
    }

    /// Whether the business takes appointments at all on a date.
    pub fn is_open_on(&self, date: NaiveDate) -> bool {
        !self.spans_on(date).is_empty()
    }

    /// Every slot start on a date, earliest first.
    pub fn slot_starts_on(&self, date: NaiveDate) -> impl Iterator<Item = NaiveDateTime> + '_ {
        grid_starts(
            self.spans_on(date),
            date,
            self.slot_minutes,
            self.slot_minutes,
        )
    }

    /// Whether a wall-time start is a bookable slot by the hours alone.
    pub fn check_slot(&self, start: NaiveDateTime) -> Result<(), SlotRejection> {
        let date = start.date();
        if self.closed.contains(&date) {
            return Err(SlotRejection::ClosedDate);
        }
        let spans = self.spans_on(date);
        if spans.is_empty() {
            return Err(SlotRejection::ClosedDay);
        }
        let step = i64::from(self.slot_minutes.max(1));
        let t = start.time();
        for span in spans {
            let end = start + Duration::minutes(step);
            if t >= span.open && end <= date.and_time(span.close) && end.date() == date {
                let offset = i64::from(t.num_seconds_from_midnight())
                    - i64::from(span.open.num_seconds_from_midnight());
                return if offset % (step * 60) == 0 {
                    Ok(())
                } else {
                    Err(SlotRejection::NotOnSlot)
                };
            }
        }
        Err(SlotRejection::OutsideHours)
    }
}

fn weekday_from_index(i: usize) -> Weekday {
    const DAYS: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    DAYS[i % 7]
}

/// Starts on `date` inside `spans`, earliest first: on a grid of `step_minutes` from
/// each span's opening, each leaving `len_minutes` before the span closes (both at
/// least 1). The slot grid of [`BusinessHours::slot_starts_on`], and of a longer
/// service or one resource's own spans.
pub fn grid_starts(
    spans: &[OpenSpan],
    date: NaiveDate,
    step_minutes: u32,
    len_minutes: u32,
) -> impl Iterator<Item = NaiveDateTime> + '_ {
    let step = Duration::minutes(i64::from(step_minutes.max(1)));
    let len = Duration::minutes(i64::from(len_minutes.max(1)));
    spans.iter().flat_map(move |span| {
        let mut next = Some(date.and_time(span.open));
        let close = date.and_time(span.close);
        std::iter::from_fn(move || {
            let start = next?;
            if start + len > close {
                next = None;
                return None;
            }
            next = Some(start + step);
            Some(start)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, d)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn seed_hours_slots() {
        let hours = BusinessHours::seed_default();
        hours.validate().unwrap();
        // Tuesday 2026-11-17: 16 half-hour slots from 09:00 to 16:30.
        let slots: Vec<_> = hours.slot_starts_on(at(17, 0, 0).date()).collect();
        assert_eq!(slots.len(), 16);
        assert_eq!(slots[0], at(17, 9, 0));
        assert_eq!(slots[15], at(17, 16, 30));
        // Saturday: none.
        assert_eq!(hours.slot_starts_on(at(21, 0, 0).date()).count(), 0);
    }

    #[test]
    fn check_slot_reasons() {
        let mut hours = BusinessHours::seed_default();
        hours.closed.insert(at(20, 0, 0).date());
        for (slot, want) in [
            (at(17, 9, 30), Ok(())),
            (at(17, 16, 30), Ok(())),
            (at(17, 17, 0), Err(SlotRejection::OutsideHours)),
            (at(17, 8, 30), Err(SlotRejection::OutsideHours)),
            (at(17, 9, 15), Err(SlotRejection::NotOnSlot)),
            (at(21, 10, 0), Err(SlotRejection::ClosedDay)),
            (at(20, 10, 0), Err(SlotRejection::ClosedDate)),
        ] {
            assert_eq!(hours.check_slot(slot), want, "{slot}");
        }
    }

    #[test]
    fn lunch_break_splits_slots() {
        let mut hours = BusinessHours::seed_default();
        hours.weekly[0] = vec![
            OpenSpan::hm(9, 0, 12, 0).unwrap(),
            OpenSpan::hm(13, 0, 17, 0).unwrap(),
        ];
        hours.validate().unwrap();
        let monday = at(23, 0, 0).date();
        assert_eq!(hours.slot_starts_on(monday).count(), 14);
        assert_eq!(
            hours.check_slot(at(23, 12, 0)),
            Err(SlotRejection::OutsideHours)
        );
        hours.weekly[0].reverse();
        assert_eq!(
            hours.validate(),
            Err(HoursError::Overlap { day: Weekday::Mon })
        );
    }
}
