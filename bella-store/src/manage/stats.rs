//! `GET /api/stats` from hourly roll-ups (migration 0009): triggers keep, in the
//! transaction that writes a call record or a turn, calls per start hour and outcome,
//! turns and LLM calls per hour and latency bucket, and failed answers per hour and
//! question. A range reads the whole hours it covers from the roll-ups and the hours
//! that `from` and `to` cut (the current hour among them) from the rows themselves,
//! so the answer costs the number of hours, not of calls.
//!
//! Counts are exact. Latency percentiles are read from buckets ([`latency_bucket`]):
//! exact below 64 ms; above, the top of a bucket 1/32 of a doubling wide (at most
//! about 3% above the true value). Turns outlive the transcript purge in the
//! roll-ups, but not in a cut hour, which is read from the stored turns.

use super::sql::{Arg, Sql};
use super::{HourOutcome, Stats, to_u32, to_u64};
use crate::StoreError;
use chrono::{DateTime, Duration, DurationRound, Utc};
use std::collections::{BTreeMap, HashMap};

/// The top of the bucket holding `ms` (the SQL `CASE` of migration 0009 computes the
/// same): exact below 64 ms, then 32 buckets per doubling, 2,048 ms wide from 65,536.
#[must_use]
pub fn latency_bucket(ms: u32) -> u32 {
    if ms < 64 {
        return ms;
    }
    if ms >= 65_536 {
        return ms | 2047;
    }
    let doubling = 31 - ms.leading_zeros(); // 6 for 64..128
    ms | ((1 << (doubling - 5)) - 1)
}

/// A part of a stats range: whole hours read from the roll-ups, or a piece of one
/// hour read from the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// Whole hours `[from, to)`.
    Hours(DateTime<Utc>, DateTime<Utc>),
    /// `[from, to)` inside the hour starting at `hour`.
    Cut {
        hour: DateTime<Utc>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },
}

fn floor_hour(t: DateTime<Utc>) -> DateTime<Utc> {
    t.duration_trunc(Duration::hours(1)).unwrap_or(t)
}

/// Splits `[from, to)` into the hour `from` cuts, the whole hours, and the hour `to`
/// cuts (each only when not empty).
pub(crate) fn parts(from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Part> {
    let mut out = Vec::new();
    if from >= to {
        return out;
    }
    let first = floor_hour(from);
    let whole_from = if first == from {
        from
    } else {
        first + Duration::hours(1)
    };
    let whole_to = floor_hour(to);
    if from < whole_from {
        out.push(Part::Cut {
            hour: first,
            from,
            to: whole_from.min(to),
        });
    }
    if whole_from < whole_to {
        out.push(Part::Hours(whole_from, whole_to));
    }
    if whole_to >= whole_from && whole_to < to {
        out.push(Part::Cut {
            hour: whole_to,
            from: whole_to,
            to,
        });
    }
    out
}

/// The sums over the parts of a range.
#[derive(Debug, Default)]
struct Tally {
    hours: BTreeMap<(DateTime<Utc>, String), u64>,
    failed: HashMap<String, u64>,
    /// Bucket top → (turns, LLM calls).
    latency: BTreeMap<u32, (u64, u64)>,
}

impl Tally {
    fn failed(&mut self, rows: Vec<(String, i64)>) {
        for (question, n) in rows {
            *self.failed.entry(question).or_default() += to_u64(n);
        }
    }

    /// Adds turns by latency: `bucket` rows of exact latencies (from the turns), not
    /// those of the roll-ups (already bucket tops).
    fn latency(&mut self, rows: Vec<(i32, i64, i64)>, bucket: bool) {
        for (ms, n, llm) in rows {
            let ms = to_u32(ms.into());
            let ms = if bucket { latency_bucket(ms) } else { ms };
            let slot = self.latency.entry(ms).or_default();
            slot.0 += to_u64(n);
            slot.1 += to_u64(llm);
        }
    }

    fn finish(self) -> Stats {
        let mut stats = Stats::default();
        for ((hour, outcome), calls) in self.hours {
            if calls == 0 {
                continue;
            }
            stats.calls += calls;
            if outcome == "booked" {
                stats.booked += calls;
            }
            stats.by_hour.push(HourOutcome {
                hour,
                outcome,
                calls,
            });
        }
        stats.failed_by_question = self.failed.into_iter().filter(|(_, n)| *n > 0).collect();
        let histogram: Vec<(u32, u64)> =
            self.latency.iter().map(|(&ms, &(n, _))| (ms, n)).collect();
        stats.turns = histogram.iter().map(|(_, n)| n).sum();
        stats.llm_calls = self.latency.values().map(|(_, l)| l).sum();
        stats.latency_p50_ms = quantile(&histogram, 0.5);
        stats.latency_p99_ms = quantile(&histogram, 0.99);
        stats
    }
}

/// The aggregates over `[from, to)` (see the module docs).
pub(crate) async fn over<S: Sql>(
    store: &S,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Stats, StoreError> {
    let mut tally = Tally::default();
    for part in parts(from, to) {
        match part {
            Part::Hours(a, b) => whole_hours(store, &mut tally, a, b).await?,
            Part::Cut { hour, from, to } => cut_hour(store, &mut tally, hour, from, to).await?,
        }
    }
    Ok(tally.finish())
}

async fn whole_hours<S: Sql>(
    store: &S,
    tally: &mut Tally,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<(), StoreError> {
    let range = || vec![Arg::Bound(Some(from)), Arg::Bound(Some(to))];
    let hours: Vec<(DateTime<Utc>, String, i64)> = store
        .read(
            "SELECT hour, outcome, calls FROM stats_call_hours \
             WHERE hour >= $1 AND hour < $2 AND calls > 0",
            range(),
        )
        .await?;
    for (hour, outcome, n) in hours {
        *tally.hours.entry((hour, outcome)).or_default() += to_u64(n);
    }
    tally.failed(
        store
            .read(
                "SELECT question, CAST(SUM(failed) AS BIGINT) FROM stats_failed_hours \
                 WHERE hour >= $1 AND hour < $2 GROUP BY question",
                range(),
            )
            .await?,
    );
    tally.latency(
        store
            .read(
                "SELECT latency_ms, CAST(SUM(turns) AS BIGINT), CAST(SUM(llm_calls) AS BIGINT) \
                 FROM stats_turn_hours WHERE hour >= $1 AND hour < $2 GROUP BY latency_ms",
                range(),
            )
            .await?,
        false,
    );
    Ok(())
}

async fn cut_hour<S: Sql>(
    store: &S,
    tally: &mut Tally,
    hour: DateTime<Utc>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<(), StoreError> {
    let range = || vec![Arg::Bound(Some(from)), Arg::Bound(Some(to))];
    let calls: Vec<(String, i64)> = store
        .read(
            "SELECT COALESCE(outcome, 'in_progress'), COUNT(*) FROM call_records \
             WHERE started_at >= $1 AND started_at < $2 GROUP BY COALESCE(outcome, 'in_progress')",
            range(),
        )
        .await?;
    for (outcome, n) in calls {
        *tally.hours.entry((hour, outcome)).or_default() += to_u64(n);
    }
    tally.failed(
        store
            .read(
                "SELECT expect, COUNT(*) FROM call_turns \
                 WHERE at >= $1 AND at < $2 AND failed AND expect IS NOT NULL GROUP BY expect",
                range(),
            )
            .await?,
    );
    tally.latency(
        store
            .read(
                "SELECT latency_ms, COUNT(*), CAST(COALESCE(SUM(llm_calls), 0) AS BIGINT) \
                 FROM call_turns WHERE at >= $1 AND at < $2 GROUP BY latency_ms",
                range(),
            )
            .await?,
        true,
    );
    Ok(())
}

/// The latency at quantile `q` of a histogram of `(latency, count)` sorted by latency.
pub(crate) fn quantile(histogram: &[(u32, u64)], q: f64) -> Option<u32> {
    let total: u64 = histogram.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return None;
    }
    // The smallest latency whose cumulative count reaches q of the total (nearest rank).
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((q * total as f64).ceil() as u64).clamp(1, total);
    let mut seen = 0;
    for (latency, n) in histogram {
        seen += n;
        if seen >= rank {
            return Some(*latency);
        }
    }
    histogram.last().map(|(l, _)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn quantiles_by_nearest_rank() {
        assert_eq!(quantile(&[], 0.5), None);
        let h = [(10, 50), (20, 49), (900, 1)];
        assert_eq!(quantile(&h, 0.5), Some(10));
        assert_eq!(quantile(&h, 0.99), Some(20));
        assert_eq!(quantile(&h, 1.0), Some(900));
    }

    #[test]
    fn buckets_are_exact_low_and_within_a_32nd_above() {
        assert_eq!(latency_bucket(0), 0);
        assert_eq!(latency_bucket(63), 63);
        assert_eq!(latency_bucket(64), 65);
        assert_eq!(latency_bucket(127), 127);
        assert_eq!(latency_bucket(128), 131);
        assert_eq!(latency_bucket(70_000), 71_679);
        assert_eq!(latency_bucket(u32::MAX), u32::MAX);
        for ms in (0..200_000).step_by(7) {
            let top = latency_bucket(ms);
            assert!(top >= ms && top - ms <= (ms / 32).max(2047 * u32::from(ms >= 65_536)));
            assert_eq!(latency_bucket(top), top, "a bucket's top is in its bucket");
        }
    }

    #[test]
    fn ranges_split_into_cut_and_whole_hours() {
        let (a, b) = (at("2031-01-01T10:30:00Z"), at("2031-01-01T13:15:00Z"));
        assert_eq!(
            parts(a, b),
            [
                Part::Cut {
                    hour: at("2031-01-01T10:00:00Z"),
                    from: a,
                    to: at("2031-01-01T11:00:00Z")
                },
                Part::Hours(at("2031-01-01T11:00:00Z"), at("2031-01-01T13:00:00Z")),
                Part::Cut {
                    hour: at("2031-01-01T13:00:00Z"),
                    from: at("2031-01-01T13:00:00Z"),
                    to: b
                },
            ]
        );
        // Whole hours only; one hour cut at both ends; two neighbouring cut hours.
        let (h, h2) = (at("2031-01-01T10:00:00Z"), at("2031-01-01T12:00:00Z"));
        assert_eq!(parts(h, h2), [Part::Hours(h, h2)]);
        let (c, d) = (at("2031-01-01T10:10:00Z"), at("2031-01-01T10:50:00Z"));
        assert_eq!(
            parts(c, d),
            [Part::Cut {
                hour: h,
                from: c,
                to: d
            }]
        );
        let e = at("2031-01-01T11:20:00Z");
        assert_eq!(parts(c, e).len(), 2);
        assert!(parts(d, c).is_empty());
    }
}
