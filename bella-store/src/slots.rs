//! Free slots: business hours minus booked intervals. Pure, shared by every backend.

use crate::StoreError;
use bella_core::{BusinessHours, local_to_utc};
use chrono::{DateTime, Datelike, Duration, Utc};
use std::borrow::Cow;

/// The widest range [`free_slots`] accepts, in days.
pub const MAX_RANGE_DAYS: i64 = 366;

/// Rejects ranges wider than [`MAX_RANGE_DAYS`] or outside the years 1900 to 9999
/// (zone arithmetic near chrono's limits would overflow).
pub fn check_range(from: DateTime<Utc>, to: DateTime<Utc>) -> Result<(), StoreError> {
    let sane = |t: DateTime<Utc>| (1900..=9999).contains(&t.year());
    if !sane(from) || !sane(to) {
        return Err(StoreError::Invalid(
            "a slot range must lie within the years 1900 to 9999".into(),
        ));
    }
    if to - from > Duration::days(MAX_RANGE_DAYS) {
        return Err(StoreError::Invalid(format!(
            "a slot range spans at most {MAX_RANGE_DAYS} days"
        )));
    }
    Ok(())
}

/// Busy intervals ready for overlap questions: sorted by start, with the latest end
/// among each prefix, so "does anything overlap `[s, e)`" is one binary search.
struct BusyIndex<'a> {
    /// By start (borrowed when they came so, as both stores fetch them).
    sorted: Cow<'a, [(DateTime<Utc>, DateTime<Utc>)]>,
    /// `latest_end[i]`: the latest end among `sorted[..=i]`.
    latest_end: Vec<DateTime<Utc>>,
}

impl<'a> BusyIndex<'a> {
    fn new(busy: &'a [(DateTime<Utc>, DateTime<Utc>)]) -> Self {
        let mut sorted = Cow::Borrowed(busy);
        // Anything out of order (a calendar's pulled times joined in) is sorted here.
        if !busy.is_sorted_by_key(|b| b.0) {
            sorted.to_mut().sort_unstable_by_key(|b| b.0);
        }
        let mut latest_end: Vec<DateTime<Utc>> = Vec::with_capacity(sorted.len());
        for &(_, end) in sorted.iter() {
            let latest = latest_end.last().map_or(end, |&l| l.max(end));
            latest_end.push(latest);
        }
        Self { sorted, latest_end }
    }

    /// Whether an interval overlaps `[start, end)`: among those starting before `end`
    /// (a prefix), the latest end is after `start`.
    fn overlaps(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        let before_end = self.sorted.partition_point(|b| b.0 < end);
        before_end > 0 && self.latest_end[before_end - 1] > start
    }
}

/// Slot starts in `[from, to)` allowed by `hours` that overlap none of `busy`
/// (`[start, end)` intervals, in any order), earliest first and without duplicates.
pub fn free_slots(
    hours: &BusinessHours,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    busy: &[(DateTime<Utc>, DateTime<Utc>)],
) -> Result<Vec<DateTime<Utc>>, StoreError> {
    if to <= from {
        return Ok(Vec::new());
    }
    check_range(from, to)?;
    let slot = Duration::minutes(i64::from(hours.slot_minutes.max(1)));
    let busy = BusyIndex::new(busy);
    let first_day = from.with_timezone(&hours.tz).date_naive();
    let last_day = to.with_timezone(&hours.tz).date_naive();
    let mut out = Vec::new();
    let mut day = first_day;
    while day <= last_day {
        for local in hours.slot_starts_on(day) {
            let start = local_to_utc(hours.tz, local);
            if start < from || start >= to {
                continue;
            }
            let Some(end) = start.checked_add_signed(slot) else {
                continue;
            };
            if busy.overlaps(start, end) {
                continue;
            }
            out.push(start);
        }
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// The vectors of `testdata/free_slots.jsonl` (shared with the backend suite).
#[cfg(test)]
#[path = "../testdata/free_slot_vectors.rs"]
mod vectors;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_without_a_database() {
        let mut n = 0;
        for (_, case) in vectors::cases() {
            let busy: Vec<_> = case
                .existing
                .iter()
                .map(|(s, m)| {
                    let start = case.at(s);
                    (start, start + Duration::minutes(i64::from(*m)))
                })
                .collect();
            let (from, to) = case.range();
            let got = free_slots(&case.hours(), from, to, &busy).unwrap();
            assert_eq!(case.walls(&got), case.expect, "{}", case.name);
            n += 1;
        }
        assert!(n >= 10);
    }

    #[test]
    fn a_long_busy_interval_hides_behind_later_short_ones() {
        let t = |h: i64| {
            DateTime::parse_from_rfc3339("2027-03-01T00:00:00Z")
                .unwrap()
                .to_utc()
                + Duration::hours(h)
        };
        // A three-day block from hour 0, then short ones that end early: the block
        // still covers hour 40, whatever order the intervals come in.
        let mut busy = vec![(t(0), t(72)), (t(1), t(2)), (t(30), t(31))];
        for _ in 0..3 {
            let index = BusyIndex::new(&busy);
            assert!(index.overlaps(t(40), t(41)));
            assert!(index.overlaps(t(71), t(73)));
            assert!(!index.overlaps(t(72), t(73)));
            assert!(!index.overlaps(t(-1), t(0)));
            busy.rotate_left(1);
        }
        assert!(!BusyIndex::new(&[]).overlaps(t(0), t(1)));
    }

    #[test]
    fn huge_or_extreme_ranges_do_not_panic() {
        let hours = BusinessHours::seed_default();
        let r = free_slots(
            &hours,
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            &[],
        );
        assert!(matches!(r, Err(StoreError::Invalid(_))));
        // The last representable days are refused, not overflowed.
        let end = DateTime::<Utc>::MAX_UTC;
        let r = free_slots(&hours, end - Duration::days(3), end, &[]);
        assert!(matches!(r, Err(StoreError::Invalid(_))));
        let start = DateTime::<Utc>::MIN_UTC;
        let r = free_slots(&hours, start, start + Duration::days(3), &[]);
        assert!(matches!(r, Err(StoreError::Invalid(_))));
        // The edges of the supported years work.
        let last = DateTime::parse_from_rfc3339("9999-12-28T00:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            free_slots(&hours, last, last + Duration::days(3), &[])
                .unwrap()
                .len(),
            16 * 3
        );
    }

    proptest::proptest! {
        /// Every answer is sound (a real, free slot in range, in order) and complete
        /// (every slot of the hours in range that no booking touches is returned).
        #[test]
        fn free_slots_are_sound_and_complete(
            day in 0i64..60,
            from_min in 0i64..(3 * 24 * 60),
            len_min in 0i64..(4 * 24 * 60),
            busy in proptest::collection::vec((0i64..(8 * 24 * 60), 1i64..240), 0..12),
            zone in 0usize..3,
        ) {
            let tz = [chrono_tz::America::Edmonton, chrono_tz::America::St_Johns, chrono_tz::Asia::Kolkata][zone];
            let hours = BusinessHours::weekdays_nine_to_five(tz);
            let origin = DateTime::parse_from_rfc3339("2027-02-20T00:00:00Z").unwrap().to_utc()
                + Duration::days(day);
            let from = origin + Duration::minutes(from_min);
            let to = from + Duration::minutes(len_min);
            let busy: Vec<_> = busy
                .iter()
                .map(|&(s, m)| (origin + Duration::minutes(s), origin + Duration::minutes(s + m)))
                .collect();
            let got = free_slots(&hours, from, to, &busy).unwrap();
            let slot = Duration::minutes(30);
            let overlaps = |t: DateTime<Utc>| busy.iter().any(|&(s, e)| t < e && s < t + slot);
            for w in got.windows(2) {
                proptest::prop_assert!(w[0] < w[1]);
            }
            for &t in &got {
                proptest::prop_assert!(from <= t && t < to);
                proptest::prop_assert!(!overlaps(t));
                proptest::prop_assert_eq!(hours.check_slot(t.with_timezone(&tz).naive_local()), Ok(()));
            }
            // Completeness: walk every half hour in range and ask the hours directly.
            let mut t = from - Duration::minutes(from_min % 30);
            while t < to {
                let local = t.with_timezone(&tz).naive_local();
                if t >= from && hours.check_slot(local).is_ok() && !overlaps(t) {
                    proptest::prop_assert!(got.contains(&t), "missing {}", t);
                }
                t += Duration::minutes(15);
            }
        }
    }
}
