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
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

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

/// The people a caller asked for: `only` the one named ("with Sarah"), or anyone but
/// `not` ("not with Tom"). An `Option<usize>` is `only`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Who {
    pub only: Option<usize>,
    pub not: Option<usize>,
}

impl From<Option<usize>> for Who {
    fn from(only: Option<usize>) -> Self {
        Self { only, not: None }
    }
}

/// Who may hold an appointment for `service`: those offering it, narrowed to the one
/// asked for, without the one the caller does not want.
pub(crate) fn eligible(cfg: &Config, service: usize, who: impl Into<Who>) -> Vec<Res> {
    if cfg.resources.is_empty() {
        return vec![None];
    }
    let who = who.into();
    let mut offered: Vec<usize> = match cfg.services.get(service) {
        Some(s) if !s.resources.is_empty() => s.resources.clone(),
        _ => (0..cfg.resources.len()).collect(),
    };
    // In the business file's order, whatever the order of the service's own list.
    offered.sort_unstable();
    offered
        .into_iter()
        .filter(|&r| who.only.is_none_or(|p| r == p) && who.not != Some(r))
        .map(Some)
        .collect()
}

/// Whether `resource` (an index into [`Config::resources`]) offers `service` (an index
/// into [`Config::services`]): a service that lists no resources is offered by all.
#[must_use]
pub fn offers(cfg: &Config, service: usize, resource: usize) -> bool {
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
    bella_core::grid_starts(
        spans_on(cfg, res, date),
        date,
        cfg.hours.slot_minutes,
        minutes,
    )
}

/// Whether `at` is a start for the service by the hours of those who offer it.
pub(crate) fn check(
    cfg: &Config,
    service: usize,
    who: impl Into<Who>,
    at: NaiveDateTime,
) -> Result<(), StaffRefusal> {
    let who = who.into();
    let pref = who.only;
    let date = at.date();
    if cfg.hours.closed.contains(&date) {
        return Err(StaffRefusal::Hours(SlotRejection::ClosedDate));
    }
    let minutes = minutes_of(cfg, service);
    let len = Duration::minutes(i64::from(minutes));
    let step = i64::from(cfg.hours.slot_minutes.max(1)) * 60;
    let who = eligible(cfg, service, who);
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
    /// The resource asked for does not offer the service.
    NotOffered,
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
            Self::NotOffered => "not_offered",
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
    if resource.is_some_and(|r| !offers(cfg, service, r)) {
        return Err(Refusal::NotOffered);
    }
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

/// Seconds since the epoch, what the overlap checks compare: an `i64` compares in one
/// instruction where a `DateTime` compares date, time and nanoseconds.
type Secs = i64;

/// Busy intervals of one resource, sorted by start, for overlap checks: `O(log n)` at
/// any instant ([`BusyIndex::is_free`]), amortised `O(1)` for starts in increasing
/// order ([`BusyIndex::is_free_after`]).
pub(crate) struct BusyIndex {
    /// `(start, latest end among this and the earlier intervals)`, by start.
    runs: Vec<(Secs, Secs)>,
}

/// The configured resource names, to tell which one a stored name means: exact first
/// (the store returns names as configured), then ignoring ASCII case. A name is keyed
/// by its length and its first and last eight bytes, and found through a small
/// open-addressing table, so names of up to 16 bytes take no string compare.
struct Names<'a> {
    cfg: &'a Config,
    keys: Vec<Key>,
    /// Index + 1 into `keys` by hash (0: empty); a power of two long.
    table: Vec<usize>,
}

type Key = (usize, u64, u64);

impl<'a> Names<'a> {
    fn new(cfg: &'a Config) -> Self {
        let keys: Vec<Key> = cfg.resources.iter().map(|r| Self::key(&r.name)).collect();
        let mut table = vec![0; (keys.len() * 2).next_power_of_two().max(8)];
        for (i, k) in keys.iter().enumerate() {
            let mut h = Self::hash(k, table.len());
            while table[h] != 0 {
                h = (h + 1) & (table.len() - 1);
            }
            table[h] = i + 1;
        }
        Self { cfg, keys, table }
    }

    fn key(name: &str) -> Key {
        let b = name.as_bytes();
        let head = match b.first_chunk::<8>() {
            Some(w) => u64::from_le_bytes(*w),
            None => b.iter().fold(0, |w, &x| w << 8 | u64::from(x)),
        };
        let tail = b.last_chunk::<8>().map_or(0, |w| u64::from_le_bytes(*w));
        (b.len(), head, tail)
    }

    fn hash(k: &Key, size: usize) -> usize {
        let mixed = (k.1 ^ k.2.rotate_left(29) ^ k.0 as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (mixed >> 32) as usize & (size - 1)
    }

    fn resolve(&self, name: &str) -> Option<usize> {
        let key = Self::key(name);
        let size = self.table.len();
        let mut h = Self::hash(&key, size);
        while let Some(i) = self.table[h].checked_sub(1) {
            if self.keys[i] == key && (name.len() <= 16 || self.cfg.resources[i].name == name) {
                return Some(i);
            }
            h = (h + 1) & (size - 1);
        }
        let rs = &self.cfg.resources;
        rs.iter().position(|r| r.name.eq_ignore_ascii_case(name))
    }
}

/// Seconds since the epoch of instants that mostly fall on the same few dates: the
/// date's part is computed once per run of one date.
#[derive(Default)]
struct Stamps {
    day: Option<NaiveDate>,
    base: Secs,
}

impl Stamps {
    fn secs(&mut self, t: DateTime<Utc>) -> Secs {
        let t = t.naive_utc();
        let day = t.date();
        if self.day != Some(day) {
            self.day = Some(day);
            self.base = day.and_time(NaiveTime::MIN).and_utc().timestamp();
        }
        self.base + i64::from(t.time().num_seconds_from_midnight())
    }
}

impl BusyIndex {
    /// The intervals that block `res` (its own, and those without a resource) and
    /// overlap `within` (seconds since the epoch).
    fn new(cfg: &Config, res: Res, busy: &[Interval], within: (Secs, Secs)) -> Self {
        Self::group(cfg, &[res], busy, within)
            .pop()
            .unwrap_or_else(|| Self::from_pairs(Vec::new()))
    }

    /// One index per resource of `who`, keeping the intervals that overlap `within`.
    /// An interval without a resource blocks every one, and so does every interval
    /// when `who` is the business itself (`[None]`, a file without resources).
    fn group(cfg: &Config, who: &[Res], busy: &[Interval], within: (Secs, Secs)) -> Vec<Self> {
        // Where each configured resource sits in `who`.
        let mut slot: Vec<Option<usize>> = vec![None; cfg.resources.len()];
        for (k, r) in who.iter().enumerate() {
            if let Some(s) = r.and_then(|i| slot.get_mut(i)) {
                *s = Some(k);
            }
        }
        let business = who.contains(&None);
        let names = Names::new(cfg);
        let share = busy.len() / who.len().max(1) + 16;
        let mut per: Vec<Vec<(Secs, Secs)>> =
            (0..who.len()).map(|_| Vec::with_capacity(share)).collect();
        let mut clock = Stamps::default();
        for b in busy {
            let (s, e) = (clock.secs(b.start), clock.secs(b.end));
            if e <= within.0 || s >= within.1 {
                continue;
            }
            match b.resource.as_deref() {
                Some(name) if !business => {
                    if let Some(p) = names.resolve(name).and_then(|i| per.get_mut(slot[i]?)) {
                        p.push((s, e));
                    }
                }
                _ => per.iter_mut().for_each(|p| p.push((s, e))),
            }
        }
        per.into_iter().map(Self::from_pairs).collect()
    }

    fn from_pairs(mut runs: Vec<(Secs, Secs)>) -> Self {
        // The store returns them by start already: a sorted run costs one pass.
        runs.sort_unstable_by_key(|p| p.0);
        let mut m = Secs::MIN;
        for p in &mut runs {
            m = m.max(p.1);
            p.1 = m;
        }
        Self { runs }
    }

    /// Whether `[start, end)` overlaps no interval.
    fn is_free(&self, start: Secs, end: Secs) -> bool {
        // Intervals starting before `end` are candidates; one of them overlaps when
        // the latest end among them is after `start`.
        let n = self.runs.partition_point(|r| r.0 < end);
        n == 0 || self.runs[n - 1].1 <= start
    }

    /// [`Self::is_free`] for a sweep: `cursor` counts the intervals starting before
    /// the previous `end`, and moves forward only, unless `end` went back (a clock
    /// change inside the day).
    fn is_free_after(&self, cursor: &mut usize, start: Secs, end: Secs) -> bool {
        if *cursor > 0 && self.runs[*cursor - 1].0 >= end {
            *cursor = self.runs.partition_point(|r| r.0 < end);
        }
        while self.runs.get(*cursor).is_some_and(|r| r.0 < end) {
            *cursor += 1;
        }
        *cursor == 0 || self.runs[*cursor - 1].1 <= start
    }
}

/// The first eligible resource (in the business file's order) free for the whole
/// length at `at`, by hours and busy intervals.
pub(crate) fn free_resource(
    cfg: &Config,
    service: usize,
    pref: impl Into<Who>,
    at: NaiveDateTime,
    busy: &[Interval],
    utc: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> Option<Res> {
    let minutes = minutes_of(cfg, service);
    let start = utc(at).timestamp();
    let end = utc(at + Duration::minutes(i64::from(minutes))).timestamp();
    eligible(cfg, service, pref).into_iter().find(|&r| {
        starts_on(cfg, r, at.date(), minutes).any(|s| s == at)
            && BusyIndex::new(cfg, r, busy, (start, end)).is_free(start, end)
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
///
/// One sweep: the busy intervals that touch those days are grouped per resource and
/// sorted once, then each resource's starts (in increasing order) walk its intervals
/// with a cursor; a day's starts from several resources are merged as seconds of the
/// day. Times are compared as seconds since the epoch.
#[allow(clippy::too_many_arguments)]
pub(crate) fn free_starts_with(
    cfg: &Config,
    service: usize,
    pref: impl Into<Who>,
    lo: NaiveDate,
    hi: NaiveDate,
    after: NaiveDateTime,
    busy: &[Interval],
    utc: impl Fn(NaiveDateTime) -> DateTime<Utc>,
) -> Vec<NaiveDateTime> {
    const DAY: Secs = 86_400;
    let minutes = minutes_of(cfg, service);
    let len = Duration::minutes(i64::from(minutes));
    let len_s = i64::from(minutes) * 60;
    let step = i64::from(cfg.hours.slot_minutes.max(1)) * 60;
    let who = eligible(cfg, service, pref);
    let midnight = |d: NaiveDate| d.and_time(NaiveTime::MIN);
    // Every interval that can touch these days, with a day's margin for the zone.
    let within = (
        utc(midnight(lo)).timestamp() - DAY,
        utc(midnight(hi)).timestamp() + 2 * DAY,
    );
    let index = BusyIndex::group(cfg, &who, busy, within);
    let mut cursor = vec![0usize; who.len()];
    let mut out = Vec::new();
    let mut today: Vec<Secs> = Vec::new();
    let mut d = lo;
    while d <= hi {
        // One zone lookup per day: the day's offset, unless a clock change falls
        // inside it (then each start is converted).
        let local0 = midnight(d).and_utc().timestamp();
        let offset = local0 - utc(midnight(d)).timestamp();
        let late = midnight(d) + Duration::hours(23);
        let uniform = late.and_utc().timestamp() - utc(late).timestamp() == offset;
        // Starts are later than `after`: seconds of the day past this bound.
        let floor = match d.cmp(&after.date()) {
            std::cmp::Ordering::Less => DAY,
            std::cmp::Ordering::Equal => i64::from(after.time().num_seconds_from_midnight()),
            std::cmp::Ordering::Greater => -1,
        };
        today.clear();
        for (k, &r) in who.iter().enumerate() {
            let (Some(idx), Some(cur)) = (index.get(k), cursor.get_mut(k)) else {
                continue;
            };
            for span in spans_on(cfg, r, d) {
                let open = i64::from(span.open.num_seconds_from_midnight());
                let close = i64::from(span.close.num_seconds_from_midnight());
                let mut t = open;
                while t + len_s <= close {
                    if t > floor {
                        let (start, end) = if uniform {
                            (local0 + t - offset, local0 + t + len_s - offset)
                        } else {
                            let s = midnight(d) + Duration::seconds(t);
                            (utc(s).timestamp(), utc(s + len).timestamp())
                        };
                        if idx.is_free_after(cur, start, end) {
                            today.push(t);
                        }
                    }
                    t += step;
                }
            }
        }
        if who.len() > 1 {
            today.sort_unstable();
            today.dedup();
        }
        out.extend(today.iter().map(|&t| midnight(d) + Duration::seconds(t)));
        match d.succ_opt() {
            Some(n) => d = n,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clinic() -> Config {
        Config::from_toml_str(include_str!("../examples/clinic.toml")).unwrap()
    }

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
    }

    #[test]
    fn the_first_free_is_in_the_file_order() {
        // Sports taping lists Brett Lange before Jenna Kowalchuk; the file lists Jenna
        // first, and both are free on Wednesday 2027-07-28 at 10.
        let cfg =
            Config::from_toml_str(include_str!("../testdata/businesses/physio_saskatoon.toml"))
                .unwrap();
        let taping = cfg
            .services
            .iter()
            .position(|s| s.name == "Sports taping")
            .unwrap();
        let got = free_resource(&cfg, taping, None, at("2027-07-28T10:00"), &[], |t| {
            t.and_utc()
        });
        assert_eq!(
            got.flatten().map(|r| cfg.resources[r].name.as_str()),
            Some("Jenna Kowalchuk")
        );
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

    /// Staff placing a booking with someone who does not offer the service are told
    /// so, before the hours are looked at; someone who does is placed.
    #[test]
    fn place_refuses_a_resource_that_does_not_offer_the_service() {
        let cfg = clinic();
        let singh = cfg.resources.iter().position(|r| r.name.contains("Singh"));
        let luc = cfg.resources.iter().position(|r| r.name == "Luc Gagnon");
        let massage = cfg
            .services
            .iter()
            .position(|s| s.name == "Massage therapy")
            .unwrap();
        // Tuesday 2026-12-01 10:00: Luc works, Dr. Singh does not; only Luc massages.
        let tue = at("2026-12-01T10:00");
        assert!(offers(&cfg, massage, luc.unwrap()));
        assert!(!offers(&cfg, massage, singh.unwrap()));
        assert!(
            offers(&cfg, 0, singh.unwrap()),
            "a service listing no one: everyone"
        );
        assert_eq!(
            place(&cfg, massage, singh, tue, &[]),
            Err(Refusal::NotOffered)
        );
        assert_eq!(place(&cfg, massage, luc, tue, &[]), Ok(luc));
        assert_eq!(place(&cfg, 0, singh, tue, &[]), Err(Refusal::NotWorking));
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
        let iv = |s, e| Interval {
            start: s,
            end: e,
            resource: None,
        };
        let busy = vec![
            iv(t(9, 0), t(12, 0)),
            iv(t(10, 0), t(10, 30)),
            iv(t(14, 0), t(15, 0)),
        ];
        let all = (Secs::MIN, Secs::MAX);
        let idx = BusyIndex::new(&cfg, None, &busy, all);
        let free = |a: (u32, u32), b: (u32, u32)| {
            idx.is_free(t(a.0, a.1).timestamp(), t(b.0, b.1).timestamp())
        };
        assert!(!free((11, 0), (11, 30)));
        assert!(free((12, 0), (14, 0)));
        assert!(!free((13, 30), (14, 30)));
        assert!(free((15, 0), (16, 0)));
        assert!(free((8, 0), (9, 0)));
        // The sweep agrees, also when a start goes back (a clock change).
        let mut cur = 0;
        for (a, b, want) in [
            ((8, 0), (9, 0), true),
            ((11, 0), (11, 30), false),
            ((12, 0), (14, 0), true),
            ((9, 30), (10, 0), false),
            ((15, 0), (16, 0), true),
            ((8, 0), (8, 30), true),
        ] {
            let got = idx.is_free_after(&mut cur, t(a.0, a.1).timestamp(), t(b.0, b.1).timestamp());
            assert_eq!(got, want, "{a:?}-{b:?}");
        }
        // Only intervals inside the window are kept.
        let narrow = (t(14, 0).timestamp(), t(16, 0).timestamp());
        let idx = BusyIndex::new(&cfg, None, &busy, narrow);
        assert!(idx.is_free(t(11, 0).timestamp(), t(11, 30).timestamp()));
    }

    /// The sweep gives exactly the starts a plain check of every start gives: on the
    /// grid, inside the resource's hours, after `after`, no busy interval of that
    /// resource (or without one) overlapping, over a clock change too.
    #[test]
    fn free_starts_match_a_check_of_every_start() {
        let mut cfg = Config::from_toml_str(include_str!("../examples/garage.toml")).unwrap();
        // Open on Sundays too, the day the clocks change (Edmonton, 2027-03-14).
        cfg.hours.weekly[6] = cfg.hours.weekly[0].clone();
        let tz = cfg.hours.tz;
        let utc = |t: NaiveDateTime| bella_core::local_to_utc(tz, t);
        for lo in [(2026, 12, 21), (2027, 3, 10)] {
            let lo = NaiveDate::from_ymd_opt(lo.0, lo.1, lo.2).unwrap();
            let hi = lo + Duration::days(7);
            let mut seed = 0x2545_f491_u64;
            let mut rand = |n: u64| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed % n
            };
            let names = ["Bay 1", "bay 2", "Bay 3", "Bay 9"];
            let busy: Vec<Interval> = (0..300)
                .map(|_| {
                    let day = lo + Duration::days(rand(9) as i64 - 1);
                    let start =
                        day.and_hms_opt(7, 0, 0).unwrap() + Duration::minutes(15 * rand(48) as i64);
                    let start = utc(start);
                    Interval {
                        start,
                        end: start + Duration::minutes(15 * (1 + rand(10) as i64)),
                        resource: (rand(10) > 0).then(|| names[rand(4) as usize].to_owned()),
                    }
                })
                .collect();
            for service in 0..cfg.services.len() {
                for pref in [None, Some(0), Some(2)] {
                    let after = lo.and_hms_opt(11, 0, 0).unwrap();
                    let got = free_starts_with(&cfg, service, pref, lo, hi, after, &busy, utc);
                    let minutes = minutes_of(&cfg, service);
                    let mut want: Vec<NaiveDateTime> = Vec::new();
                    let mut d = lo;
                    while d <= hi {
                        for r in eligible(&cfg, service, pref) {
                            for s in starts_on(&cfg, r, d, minutes).filter(|s| *s > after) {
                                let (a, b) = (utc(s), utc(s + Duration::minutes(minutes.into())));
                                let name = r.map(|i| cfg.resources[i].name.as_str());
                                let clash = busy.iter().any(|x| {
                                    let mine = match (name, x.resource.as_deref()) {
                                        (None, _) | (_, None) => true,
                                        (Some(n), Some(m)) => n.eq_ignore_ascii_case(m),
                                    };
                                    mine && x.start < b && a < x.end
                                });
                                if !clash {
                                    want.push(s);
                                }
                            }
                        }
                        d = d.succ_opt().unwrap();
                    }
                    want.sort();
                    want.dedup();
                    assert_eq!(got, want, "service {service}, pref {pref:?}, from {lo}");
                    assert!(!got.is_empty() || pref == Some(0) && service == 2);
                }
            }
        }
    }
}
