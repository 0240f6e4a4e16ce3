//! Calling hours: a call due outside them waits for the next allowed minute.

use crate::config::{CallHours, Window};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;

fn window_for(hours: &CallHours, date: NaiveDate) -> Window {
    match date.weekday() {
        Weekday::Sat | Weekday::Sun => hours.weekends,
        _ => hours.weekdays,
    }
}

/// The instant of a wall time, the gap of a spring-forward skipped forward.
fn instant(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let mut t = local;
    for _ in 0..4 {
        if let Some(x) = tz.from_local_datetime(&t).earliest() {
            return x.with_timezone(&Utc);
        }
        t += Duration::minutes(30);
    }
    local.and_utc()
}

/// Whether `at` is inside the calling hours in `tz`.
#[must_use]
pub fn allowed(at: DateTime<Utc>, tz: Tz, hours: &CallHours) -> bool {
    let local = at.with_timezone(&tz).naive_local();
    let w = window_for(hours, local.date());
    local.time() >= w.start && local.time() < w.end
}

/// The first instant at or after `due` inside the calling hours in `tz`: a reminder
/// due at 07:30 on a weekday goes at 09:00, one due at 08:00 on a Saturday at 10:00,
/// one due at 22:00 on a Friday at 10:00 on Saturday.
///
/// ```
/// use bella_notify::config::NotificationsConfig;
/// let c = NotificationsConfig::from_business_toml("[notifications]\nfrom = \"+15875550100\"").unwrap().unwrap();
/// let tz = chrono_tz::America::Edmonton;
/// let due = "2026-11-26T14:30:00Z".parse().unwrap(); // 07:30 in Edmonton, a Thursday
/// let at = bella_notify::hours::next_allowed(due, tz, &c.call_hours);
/// assert_eq!(at.to_rfc3339(), "2026-11-26T16:00:00+00:00"); // 09:00 local
/// ```
#[must_use]
pub fn next_allowed(due: DateTime<Utc>, tz: Tz, hours: &CallHours) -> DateTime<Utc> {
    if allowed(due, tz, hours) {
        return due;
    }
    let local = due.with_timezone(&tz).naive_local();
    let mut date = local.date();
    for day in 0..8 {
        let w = window_for(hours, date);
        if day > 0 || local.time() < w.start {
            let at = instant(tz, date.and_time(w.start));
            if at >= due {
                return at;
            }
        }
        date = date.succ_opt().unwrap_or(date);
    }
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::NotificationsConfig;

    fn hours() -> CallHours {
        NotificationsConfig::from_business_toml("[notifications]\nfrom = \"+15875550100\"")
            .unwrap()
            .unwrap()
            .call_hours
    }

    fn at(tz: Tz, s: &str) -> DateTime<Utc> {
        let l = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
        tz.from_local_datetime(&l).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn due_times_move_to_the_next_allowed_minute() {
        let tz = chrono_tz::America::Toronto;
        let h = hours();
        let cases = [
            ("2026-11-26T07:30", "2026-11-26T09:00"), // Thursday morning
            ("2026-11-26T09:00", "2026-11-26T09:00"),
            ("2026-11-26T21:29", "2026-11-26T21:29"),
            ("2026-11-26T21:30", "2026-11-27T09:00"),
            ("2026-11-27T23:00", "2026-11-28T10:00"), // Friday night -> Saturday 10:00
            ("2026-11-28T08:00", "2026-11-28T10:00"), // Saturday
            ("2026-11-28T18:00", "2026-11-29T10:00"), // Saturday evening -> Sunday
            ("2026-11-29T19:00", "2026-11-30T09:00"), // Sunday evening -> Monday
            ("2026-03-08T02:30", "2026-03-08T10:00"), // the DST gap, a Sunday
        ];
        for (due, want) in cases {
            let due_t = tz
                .from_local_datetime(&NaiveDateTime::parse_from_str(due, "%Y-%m-%dT%H:%M").unwrap())
                .earliest()
                .map_or_else(|| at(tz, "2026-03-08T03:30"), |x| x.with_timezone(&Utc));
            assert_eq!(next_allowed(due_t, tz, &h), at(tz, want), "{due}");
        }
    }
}
