//! [`ReferenceTime`], [`PartOfDay`] and wall-time conversion across DST changes.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a reference time could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimeError {
    /// `now` is neither an RFC 3339 instant (seconds may be left out) nor a wall time
    /// `YYYY-MM-DDTHH:MM[:SS]`.
    #[error(
        "invalid instant {0:?} (expected RFC 3339, YYYY-MM-DDTHH:MM with an offset, or YYYY-MM-DDTHH:MM[:SS] in the zone)"
    )]
    BadInstant(String),
    /// `tz` is not an IANA zone name.
    #[error("unknown IANA time zone {0:?}")]
    BadZone(String),
}

/// The moment a caller speaks and the business's zone: every date and time the
/// caller says is wall time in `tz`.
///
/// There is deliberately no `Default`: nothing in the pure crates may invent "now".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceTime {
    /// The instant of the caller's turn.
    pub now: DateTime<Utc>,
    /// The business's IANA zone.
    pub tz: Tz,
}

impl ReferenceTime {
    /// Builds a reference time from an instant and a zone.
    pub const fn new(now: DateTime<Utc>, tz: Tz) -> Self {
        Self { now, tz }
    }

    /// Parses the JSON contract's `now` and `tz` (IANA name). `now` is an RFC 3339
    /// instant with an offset, as the SPEC writes it; a wall time without one
    /// (`2026-11-17T10:15`, seconds and a space for `T` allowed) is read in `tz`.
    pub fn parse(now: &str, tz: &str) -> Result<Self, TimeError> {
        let tz: Tz = tz
            .trim()
            .parse()
            .map_err(|_| TimeError::BadZone(tz.to_owned()))?;
        let now = parse_instant_in(now, tz).ok_or_else(|| TimeError::BadInstant(now.to_owned()))?;
        Ok(Self { now, tz })
    }

    /// `now` as wall time in the business's zone.
    pub fn local_now(&self) -> NaiveDateTime {
        self.now.with_timezone(&self.tz).naive_local()
    }

    /// Today's date in the business's zone.
    pub fn today(&self) -> NaiveDate {
        self.local_now().date()
    }

    /// Converts a wall time in this zone to an instant (see [`local_to_utc`]).
    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        local_to_utc(self.tz, local)
    }
}

/// A wall time as data files write it: `YYYY-MM-DDTHH:MM`, also with seconds (and a
/// fraction) or with a space instead of the `T`.
///
/// ```
/// use bella_core::parse_wall_time;
/// let t = parse_wall_time("2026-11-19 10:00:00").unwrap();
/// assert_eq!(t.to_string(), "2026-11-19 10:00:00");
/// assert!(parse_wall_time("2026-11-19").is_none());
/// ```
pub fn parse_wall_time(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// A moment as data files write it: an RFC 3339 instant (offset or `Z`), or a wall
/// time in `tz` ([`parse_wall_time`], placed by [`local_to_utc`]).
///
/// ```
/// use bella_core::parse_instant_in;
/// let tz: chrono_tz::Tz = "America/Edmonton".parse().unwrap();
/// let a = parse_instant_in("2026-11-19T10:00", tz).unwrap();
/// assert_eq!(parse_instant_in("2026-11-19T17:00:00Z", tz), Some(a));
/// assert_eq!(parse_instant_in("2026-11-19T10:00:00-07:00", tz), Some(a));
/// // An offset time without seconds, as people write it by hand.
/// assert_eq!(parse_instant_in("2026-11-19T10:00-07:00", tz), Some(a));
/// assert_eq!(parse_instant_in("2026-11-19T17:00Z", tz), Some(a));
/// assert_eq!(parse_instant_in("2026-11-19T10:00-07", tz), None);
/// ```
pub fn parse_instant_in(s: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let s = s.trim();
    DateTime::parse_from_rfc3339(s)
        .ok()
        .or_else(|| {
            // "2026-11-19T10:00-07:00", "2026-11-19T17:00Z": RFC 3339 but for the
            // seconds.
            let offset = s
                .strip_suffix(['Z', 'z'])
                .map_or(s.to_owned(), |t| format!("{t}+00:00"));
            ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M%:z"]
                .iter()
                .find_map(|f| DateTime::parse_from_str(&offset, f).ok())
        })
        .map(|t| t.with_timezone(&Utc))
        .or_else(|| parse_wall_time(s).map(|local| local_to_utc(tz, local)))
}

/// Converts a wall time in `tz` to an instant.
///
/// A wall time skipped by a spring-forward change moves to the next wall time that
/// exists (02:30 on a change at 02:00 becomes 03:00); a wall time repeated by a
/// fall-back change takes the first (daylight) instance.
///
/// ```
/// use chrono::NaiveDate;
/// use bella_core::local_to_utc;
/// let tz: chrono_tz::Tz = "America/Toronto".parse().unwrap();
/// let gap = NaiveDate::from_ymd_opt(2027, 3, 14).unwrap().and_hms_opt(2, 30, 0).unwrap();
/// assert_eq!(local_to_utc(tz, gap).to_rfc3339(), "2027-03-14T07:00:00+00:00");
/// ```
pub fn local_to_utc(tz: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    let mut probe = local;
    // A gap is at most a few hours anywhere; a day of probing is a hard upper bound.
    for _ in 0..=24 * 60 {
        if let Some(first) = tz.from_local_datetime(&probe).earliest() {
            return first.with_timezone(&Utc);
        }
        probe += Duration::minutes(1);
    }
    // Unreachable for real zones; fall back to reading the wall time as UTC.
    Utc.from_utc_datetime(&local)
}

/// The English weekday names, lower case, Monday first (the index of
/// `Weekday::num_days_from_monday`): the keys of a business's opening hours
/// (`hours.monday`) and words that name a day.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A part of the day said without an exact time ("tomorrow morning").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfDay {
    /// Before noon.
    Morning,
    /// Noon to 17:00.
    Afternoon,
    /// From 17:00.
    Evening,
}

impl PartOfDay {
    /// The lowercase name used in the JSON contracts.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Morning => "morning",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
        }
    }

    /// The wall-clock hours this part covers, `[start, end)` in hours.
    pub const fn hours(self) -> (u32, u32) {
        match self {
            Self::Morning => (0, 12),
            Self::Afternoon => (12, 17),
            Self::Evening => (17, 24),
        }
    }

    /// Whether a wall time of day falls in this part.
    pub fn contains(self, time: chrono::NaiveTime) -> bool {
        use chrono::Timelike;
        let (start, end) = self.hours();
        (start..end).contains(&time.hour())
    }
}

impl fmt::Display for PartOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ndt(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn parses_contract_fields() {
        let r = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap();
        assert_eq!(r.local_now(), ndt(2026, 11, 17, 10, 15));
        assert!(ReferenceTime::parse("yesterday", "America/Edmonton").is_err());
        assert!(ReferenceTime::parse("2026-11-17", "America/Edmonton").is_err());
        // Without an offset, `now` is wall time in the zone.
        for wall in [
            "2026-11-17T10:15",
            "2026-11-17T10:15:00",
            "2026-11-17 10:15:00.000",
        ] {
            let n = ReferenceTime::parse(wall, "America/Edmonton").unwrap();
            assert_eq!(n, r, "{wall}");
        }
        assert!(ReferenceTime::parse("2026-11-17T10:15:00-07:00", "Mars/Olympus").is_err());
    }

    #[test]
    fn fall_back_takes_the_first_instance() {
        let tz: Tz = "America/St_Johns".parse().unwrap();
        // 2026-11-01 01:30 happens twice in St. John's (-2:30 then -3:30).
        let t = local_to_utc(tz, ndt(2026, 11, 1, 1, 30));
        assert_eq!(t.to_rfc3339(), "2026-11-01T04:00:00+00:00");
    }

    #[test]
    fn spring_forward_moves_to_next_valid_time() {
        let tz: Tz = "America/Vancouver".parse().unwrap();
        let t = local_to_utc(tz, ndt(2027, 3, 14, 2, 15));
        assert_eq!(t.with_timezone(&tz).naive_local(), ndt(2027, 3, 14, 3, 0));
    }
}
