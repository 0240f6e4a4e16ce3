//! When a service can start: pure functions over the business file and the busy
//! intervals the store returned (SPEC §3.1).
//!
//! A start is free for a service when some resource that offers it (only the one the
//! caller asked for, if any) works a span that holds the whole length, the start lies
//! on the slot grid counted from that span's opening, and no busy interval of that
//! resource overlaps it. A busy interval without a resource blocks every resource
//! (appointments made before the business listed any).

use crate::catalog::Resource;
use crate::config::Config;
use crate::io::Interval;
use bella_core::{OpenSpan, SlotRejection};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc};

/// A resource by index into [`Config::resources`]; `None` is the business itself
/// (a file without `[[resources]]`).
pub(crate) type Res = Option<usize>;

/// Why a start cannot be booked for a service, judged on hours alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StaffRefusal {
    /// As for the business's own hours.
    Hours(SlotRejection),
    /// The resource the caller asked for does not work that day.
    NotWorking(usize),
    /// The business is open but nobody who offers the service works that day.
    NobodyThatDay,
    /// The start is inside hours but the service would run past the span's end.
    TooLong,
}

/// Who may hold an appointment for `service`: those offering it, narrowed to `pref`.
pub(crate) fn eligible(cfg: &Config, service: usize, pref: Option<usize>) -> Vec<Res> {
    if cfg.resources.is_empty() {
        return vec![None];
    }
    let offered: Vec<usize> = match cfg.services.get(service) {
        Some(s) if !s.resources.is_empty() => s.resources.clone(),
        _ => (0..cfg.resources.len()).collect(),
    };
    match pref {
        Some(p) => offered.into_iter().filter(|&r| r == p).map(Some).collect(),
        None => offered.into_iter().map(Some).collect(),
    }
}

/// Whether `resource` offers `service`.
pub(crate) fn offers(cfg: &Config, service: usize, resource: usize) -> bool {
    cfg.services
        .get(service)
        .is_some_and(|s| s.resources.is_empty() || s.resources.contains(&resource))
}

/// The spans a resource works on a date: none on the business's closed dates or the
/// resource's own; its own hours on the weekdays it lists, else the business's.
pub fn spans_on(cfg: &Config, res: Option<usize>, date: NaiveDate) -> &[OpenSpan] {
    let business = cfg.hours.spans_on(date);
    let Some(r) = res.and_then(|i| cfg.resources.get(i)) else {
        return business;
    };
    if cfg.hours.closed.contains(&date) || r.closed.contains(&date) {
        return &[];
    }
    own_spans(r, date).unwrap_or(business)
}

fn own_spans(r: &Resource, date: NaiveDate) -> Option<&[OpenSpan]> {
    r.hours[date.weekday().num_days_from_monday() as usize].as_deref()
}

/// The minutes of a service (the slot length for an unknown index).
pub(crate) fn minutes_of(cfg: &Config, service: usize) -> u32 {
    cfg.services
        .get(service)
        .map_or(cfg.hours.slot_minutes, |s| s.minutes)
}

/// Starts of `minutes` on a date for one resource, earliest first: on the slot grid
/// from each span's opening, the whole length inside the span.
pub(crate) fn starts_on(
    cfg: &Config,
    res: Res,
    date: NaiveDate,
    minutes: u32,
) -> impl Iterator<Item = NaiveDateTime> + '_ {
    let step = Duration::minutes(i64::from(cfg.hours.slot_minutes.max(1)));
    let len = Duration::minutes(i64::from(minutes.max(1)));
    spans_on(cfg, res, date).iter().flat_map(move |span| {
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

/// Whether `at` is a start for the service by the hours of those who offer it.
pub(crate) fn check(
    cfg: &Config,
    service: usize,
    pref: Option<usize>,
    at: NaiveDateTime,
) -> Result<(), StaffRefusal> {
    let date = at.date();
    if cfg.hours.closed.contains(&date) {
        return Err(StaffRefusal::Hours(SlotRejection::ClosedDate));
    }
    let minutes = minutes_of(cfg, service);
    let len = Duration::minutes(i64::from(minutes));
    let step = i64::from(cfg.hours.slot_minutes.max(1)) * 60;
    let who = eligible(cfg, service, pref);
    let mut working = false;
    let mut inside = false;
    let mut off_grid = false;
    for &r in &who {
        for span in spans_on(cfg, r, date) {
            working = true;
            let open = date.and_time(span.open);
            let close = date.and_time(span.close);
            if at < open || at >= close {
                continue;
            }
            inside = true;
            if (at - open).num_seconds() % step != 0 {
                off_grid = true;
            } else if at + len <= close {
                return Ok(());
            }
        }
    }
    Err(if !working {
        match pref {
            Some(p) => StaffRefusal::NotWorking(p),
            None if cfg.hours.spans_on(date).is_empty() => {
                StaffRefusal::Hours(SlotRejection::ClosedDay)
            }
            None => StaffRefusal::NobodyThatDay,
        }
    } else if off_grid {
        StaffRefusal::Hours(SlotRejection::NotOnSlot)
    } else if inside {
        StaffRefusal::TooLong
    } else {
        StaffRefusal::Hours(SlotRejection::OutsideHours)
    })
}

/// Why a booking made by staff (the management API, the dashboard) cannot start at a
/// time: the checks a call makes, with a stable code for each reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Refusal {
    /// The business is closed that date (a holiday).
    ClosedDate,
    /// The business has no hours that weekday.
    ClosedDay,
    /// Open that day, but not at that time.
    OutsideHours,
    /// Inside hours, but not on the slot grid.
    NotOnSlot,
    /// The resource asked for does not work that day.
    NotWorking,
    /// Open, but nobody who offers the service works that day.
    NobodyThatDay,
    /// The service would run past closing.
    TooLong,
    /// Every resource that could hold it is booked then.
    Taken,
}

impl Refusal {
    /// A stable snake_case code (`closed_date`, `outside_hours`, `taken`, ...).
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::ClosedDate => "closed_date",
            Self::ClosedDay => "closed_day",
            Self::OutsideHours => "outside_hours",
            Self::NotOnSlot => "not_on_slot",
            Self::NotWorking => "not_working",
            Self::NobodyThatDay => "nobody_that_day",
            Self::TooLong => "too_long",
            Self::Taken => "taken",
        }
    }
}

/// Where a booking of `service` (an index into [`Config::services`]) at `at` (wall
/// time in the business's zone) goes, by the same rules a call books by: the hours
/// of those who offer it (narrowed to `resource`, an index into
/// [`Config::resources`]) and the store's `busy` intervals. `Ok(None)` is the
/// business itself (no resources listed); `Ok(Some(r))` the first free resource.
pub fn place(
    cfg: &Config,
    service: usize,
    resource: Option<usize>,
    at: NaiveDateTime,
    busy: &[Interval],
) -> Result<Res, Refusal> {
    check(cfg, service, resource, at).map_err(|e| match e {
        StaffRefusal::Hours(SlotRejection::ClosedDate) => Refusal::ClosedDate,
        StaffRefusal::Hours(SlotRejection::ClosedDay) => Refusal::ClosedDay,
        StaffRefusal::Hours(SlotRejection::NotOnSlot) => Refusal::NotOnSlot,
        StaffRefusal::Hours(_) => Refusal::OutsideHours,
        StaffRefusal::NotWorking(_) => Refusal::NotWorking,
        StaffRefusal::NobodyThatDay => Refusal::NobodyThatDay,
        StaffRefusal::TooLong => Refusal::TooLong,
    })?;
    let tz = cfg.hours.tz;
    free_resource(cfg, service, resource, at, busy, |t| {
        bella_core::local_to_utc(tz, t)
    })
    .ok_or(Refusal::Taken)
}

/// Busy intervals of one resource, sorted, for overlap checks in `O(log n)`.
pub(crate) struct BusyIndex {
    starts: Vec<DateTime<Utc>>,
    /// `max_end[i]`: the latest end among the first `i + 1` intervals.
    max_end: Vec<DateTime<Utc>>,
}

impl BusyIndex {
    /// The intervals that block `res` (its own, and those without a resource).
    pub(crate) fn new(cfg: &Config, res: Res, busy: &[Interval]) -> Self {
        Self::group(cfg, &[res], busy)
            .pop()
            .unwrap_or_else(|| Self::from_pairs(Vec::new()))
    }

    /// One index per resource of `who`, in one pass over `busy`.
    pub(crate) fn group(cfg: &Config, who: &[Res], busy: &[Interval]) -> Vec<Self> {
        let names: Vec<Option<&str>> = who
            .iter()
            .map(|r| {
                r.and_then(|i| cfg.resources.get(i))
                    .map(|r| r.name.as_str())
            })
            .collect();
        let mut per: Vec<Vec<(DateTime<Utc>, DateTime<Utc>)>> = vec![Vec::new(); who.len()];
        for b in busy {
            for (k, name) in names.iter().enumerate() {
                let blocks = match (name, b.resource.as_deref()) {
                    (None, _) | (_, None) => true,
                    // The store returns names as configured: exact first.
                    (Some(n), Some(x)) => *n == x || n.eq_ignore_ascii_case(x),
                };
                if blocks {
                    per[k].push((b.start, b.end));
                }
            }
        }
        per.into_iter().map(Self::from_pairs).collect()
    }

    fn from_pairs(mut mine: Vec<(DateTime<Utc>, DateTime<Utc>)>) -> Self {
        mine.sort_unstable();
        let mut max_end = Vec::with_capacity(mine.len());
        let mut m = DateTime::<Utc>::MIN_UTC;
        for &(_, e) in &mine {
            m = m.max(e);
            max_end.push(m);
        }
        Self {
            starts: mine.into_iter().map(|(s, _)| s).collect(),
            max_end,
        }
    }

    /// Whether `[start, end)` overlaps no interval.
    pub(crate) fn is_free(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        // Intervals starting before `end` are candidates; one of them overlaps when
        // the latest end among them is after `start`.
        let n = self.starts.partition_point(|s| *s < end);
        n == 0 || self.max_end[n - 1] <= start
    }
}

/// The first eligible resource (in the business file's order) free for the whole
/// length at `at`, by hours and busy intervals.
pub(crate) fn free_resource(
    cfg: &Config,
    service: usize,
    pref: Option<usize>,
    at: NaiveDateTime,
    busy: &[Interval],
    utc: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> Option<Res> {
    let minutes = minutes_of(cfg, service);
    let start = utc(at);
    let end = utc(at + Duration::minutes(i64::from(minutes)));
    eligible(cfg, service, pref).into_iter().find(|&r| {
        starts_on(cfg, r, at.date(), minutes).any(|s| s == at)
            && BusyIndex::new(cfg, r, busy).is_free(start, end)
    })
}

/// Free starts (wall time in the business's zone) for `service` (an index into
/// [`Config::services`]) on the days `from..=to`, later than `after`, earliest first:
/// what the agent offers from. `resource` narrows it to one resource (an index into
/// [`Config::resources`]); `busy` are the store's booked intervals.
///
/// ```
/// use bella_dialog::{Config, free_starts};
/// let cfg = Config::from_toml_str(include_str!("../examples/garage.toml")).unwrap();
/// let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(); // a Monday
/// let starts = free_starts(&cfg, 1, None, day, day, day.and_hms_opt(0, 0, 0).unwrap(), &[]);
/// // A 90-minute brake job, every half hour from 8:00 until 15:30 (closing at 17:00).
/// assert_eq!(starts.len(), 16);
/// ```
pub fn free_starts(
    cfg: &Config,
    service: usize,
    resource: Option<usize>,
    from: NaiveDate,
    to: NaiveDate,
    after: NaiveDateTime,
    busy: &[Interval],
) -> Vec<NaiveDateTime> {
    let tz = cfg.hours.tz;
    free_starts_with(cfg, service, resource, from, to, after, busy, |t| {
        bella_core::local_to_utc(tz, t)
    })
}

/// Free starts for the service on the days `lo..=hi` after `after`, earliest first.
#[allow(clippy::too_many_arguments)]
pub(crate) fn free_starts_with(
    cfg: &Config,
    service: usize,
    pref: Option<usize>,
    lo: NaiveDate,
    hi: NaiveDate,
    after: NaiveDateTime,
    busy: &[Interval],
    utc: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> Vec<NaiveDateTime> {
    let minutes = minutes_of(cfg, service);
    let len = Duration::minutes(i64::from(minutes));
    let who = eligible(cfg, service, pref);
    let index = BusyIndex::group(cfg, &who, busy);
    let mut out = Vec::new();
    let mut d = lo;
    while d <= hi {
        // One zone lookup per day (the hot path when offering times): the day's
        // offset, unless a DST change falls inside it (then each start is converted).
        let midnight = d.and_time(chrono::NaiveTime::MIN);
        let offset = midnight - utc(midnight).naive_utc();
        let late = midnight + Duration::hours(23);
        let uniform = late - utc(late).naive_utc() == offset;
        for (k, &r) in who.iter().enumerate() {
            for s in starts_on(cfg, r, d, minutes).filter(|s| *s > after) {
                let (start, end) = if uniform && (s + len).date() == d {
                    ((s - offset).and_utc(), (s + len - offset).and_utc())
                } else {
                    (utc(s), utc(s + len))
                };
                if index.get(k).is_some_and(|i| i.is_free(start, end)) {
                    out.push(s);
                }
            }
        }
        match d.succ_opt() {
            Some(n) => d = n,
            None => break,
        }
    }
    if who.len() > 1 {
        out.sort_unstable();
        out.dedup();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    fn clinic() -> Config {
        Config::from_toml_str(include_str!("../examples/clinic.toml")).unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn resource_hours_replace_the_business_hours_on_the_days_listed() {
        let cfg = clinic();
        let singh = cfg.resources.iter().position(|r| r.name.contains("Singh"));
        // Tuesday 2026-12-01: Dr. Singh is off, Luc works.
        let tue = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert!(spans_on(&cfg, singh, tue).is_empty());
        let wed = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(spans_on(&cfg, singh, wed).len(), 2);
        let massage = cfg
            .services
            .iter()
            .position(|s| s.name == "Massage therapy")
            .unwrap();
        assert_eq!(
            check(&cfg, massage, None, at("2026-11-30T14:00")),
            Err(StaffRefusal::NobodyThatDay)
        );
        assert_eq!(
            check(&cfg, 0, singh, at("2026-12-01T10:00")),
            Err(StaffRefusal::NotWorking(singh.unwrap()))
        );
        // A 60-minute assessment at 11:30 on Wednesday runs into the lunch break.
        assert_eq!(
            check(&cfg, 0, None, at("2026-12-02T11:30")),
            Err(StaffRefusal::TooLong)
        );
        assert_eq!(check(&cfg, 0, None, at("2026-12-02T13:00")), Ok(()));
        assert_eq!(
            check(&cfg, 0, None, at("2026-12-02T13:10")),
            Err(StaffRefusal::Hours(SlotRejection::NotOnSlot))
        );
        assert_eq!(
            check(&cfg, 0, None, at("2026-12-02T18:00")),
            Err(StaffRefusal::Hours(SlotRejection::OutsideHours))
        );
        assert_eq!(
            check(&cfg, 0, None, at("2026-12-06T10:00")),
            Err(StaffRefusal::Hours(SlotRejection::ClosedDay))
        );
    }

    #[test]
    fn busy_index_finds_overlaps() {
        let t = |h: u32, m: u32| {
            NaiveDate::from_ymd_opt(2026, 12, 1)
                .unwrap()
                .and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap())
                .and_utc()
        };
        let cfg = Config::default();
        let busy = vec![
            Interval {
                start: t(9, 0),
                end: t(12, 0),
                resource: None,
            },
            Interval {
                start: t(10, 0),
                end: t(10, 30),
                resource: None,
            },
            Interval {
                start: t(14, 0),
                end: t(15, 0),
                resource: None,
            },
        ];
        let idx = BusyIndex::new(&cfg, None, &busy);
        assert!(!idx.is_free(t(11, 0), t(11, 30)));
        assert!(idx.is_free(t(12, 0), t(14, 0)));
        assert!(!idx.is_free(t(13, 30), t(14, 30)));
        assert!(idx.is_free(t(15, 0), t(16, 0)));
        assert!(idx.is_free(t(8, 0), t(9, 0)));
    }
}
