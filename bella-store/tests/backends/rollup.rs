//! The stats roll-ups (migration 0009) agree with a direct computation over the calls
//! and turns written, on both backends: calls started, ended (many at once), started
//! late or ended without a start, over ranges whole, cut at one end or both, inside
//! one hour and bounded inside a second; and the roll-ups keep turns the transcript
//! purge removed.

use bella_store::manage::{ManageStore, Stats, TurnRecord, latency_bucket};
use bella_store::{AppointmentStore, CallRecordStore};
use chrono::{DateTime, Duration, DurationRound, Utc};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// One call as the test wrote it.
struct Call {
    id: String,
    start: Option<DateTime<Utc>>,
    outcome: Option<&'static str>,
    turns: Vec<TurnRecord>,
}

/// A small deterministic generator (no dependency, same calls every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

const OUTCOMES: [&str; 3] = ["booked", "no_booking", "transferred"];
const QUESTIONS: [&str; 4] = ["name", "phone", "time", "confirm"];

fn calls(t0: DateTime<Utc>, n: u64) -> Vec<Call> {
    let mut r = Lcg(42);
    (0..n)
        .map(|i| {
            let start = t0 + Duration::seconds(i64::try_from(r.next(5 * 3600)).unwrap());
            let outcome = (r.next(4) != 0).then(|| OUTCOMES[usize::try_from(r.next(3)).unwrap()]);
            let id = format!("CAroll{i}");
            let turns = (0..r.next(5))
                .map(|seq| {
                    let latency_ms = match r.next(20) {
                        0 => 65_536 + u32::try_from(r.next(100_000)).unwrap(),
                        1..=4 => u32::try_from(r.next(64)).unwrap(),
                        _ => u32::try_from(r.next(3000)).unwrap(),
                    };
                    TurnRecord {
                        call_id: id.clone(),
                        seq: u32::try_from(seq).unwrap(),
                        at: start + Duration::seconds(i64::try_from(seq * 20).unwrap()),
                        expect: (seq > 0)
                            .then(|| QUESTIONS[usize::try_from(r.next(4)).unwrap()].to_owned()),
                        agent_text: "agent".into(),
                        caller_text: None,
                        extracted: None,
                        latency_ms,
                        failed: r.next(3) == 0,
                        llm_calls: u32::try_from(r.next(3)).unwrap(),
                    }
                })
                .collect();
            Call {
                id,
                start: Some(start),
                outcome,
                turns,
            }
        })
        .collect()
}

/// What the stats over `[from, to)` must be, computed from the calls written.
fn direct(calls: &[Call], from: DateTime<Utc>, to: DateTime<Utc>) -> Stats {
    let mut hours: BTreeMap<(DateTime<Utc>, String), u64> = BTreeMap::new();
    let mut failed: HashMap<String, u64> = HashMap::new();
    let mut latencies = Vec::new();
    let mut llm = 0;
    for c in calls {
        if let Some(s) = c.start.filter(|s| *s >= from && *s < to) {
            let hour = s.duration_trunc(Duration::hours(1)).unwrap();
            *hours
                .entry((hour, c.outcome.unwrap_or("in_progress").to_owned()))
                .or_default() += 1;
        }
        for t in c.turns.iter().filter(|t| t.at >= from && t.at < to) {
            latencies.push(latency_bucket(t.latency_ms));
            llm += u64::from(t.llm_calls);
            if let (true, Some(q)) = (t.failed, &t.expect) {
                *failed.entry(q.clone()).or_default() += 1;
            }
        }
    }
    latencies.sort_unstable();
    let rank = |q: f64| {
        #[allow(clippy::cast_precision_loss, clippy::cast_possible_truncation)]
        let k = (q * latencies.len() as f64).ceil() as usize;
        latencies.get(k.max(1) - 1).copied()
    };
    let by_hour: Vec<_> = hours
        .into_iter()
        .map(
            |((hour, outcome), calls)| bella_store::manage::HourOutcome {
                hour,
                outcome,
                calls,
            },
        )
        .collect();
    Stats {
        calls: by_hour.iter().map(|h| h.calls).sum(),
        booked: by_hour
            .iter()
            .filter(|h| h.outcome == "booked")
            .map(|h| h.calls)
            .sum(),
        by_hour,
        failed_by_question: failed,
        turns: latencies.len() as u64,
        latency_p50_ms: rank(0.5),
        latency_p99_ms: rank(0.99),
        llm_calls: llm,
    }
}

async fn write_all<S>(store: &Arc<S>, calls: &[Call])
where
    S: ManageStore + CallRecordStore + 'static,
{
    // Starts, then every end and every turn at once (one future each).
    let starts = calls.iter().filter_map(|c| {
        let s = store.clone();
        c.start
            .map(|t| async move { s.record_start(&c.id, None, t, "gather").await })
    });
    for r in futures::future::join_all(starts).await {
        r.expect("start");
    }
    let ends = calls.iter().filter_map(|c| {
        let s = store.clone();
        c.outcome.map(|o| async move {
            let end = c.start.unwrap() + Duration::minutes(3);
            s.record_end(&c.id, o, 4, end).await
        })
    });
    let turns = calls.iter().flat_map(|c| {
        c.turns.iter().map(|t| {
            let s = store.clone();
            async move { s.append_turn(t).await }
        })
    });
    let (ends, turns) = futures::join!(
        futures::future::join_all(ends),
        futures::future::join_all(turns)
    );
    for r in ends.into_iter().chain(turns) {
        r.expect("end or turn");
    }
}

/// The roll-ups agree with [`direct`] over many ranges.
pub async fn agrees<S>(store: Arc<S>)
where
    S: AppointmentStore + ManageStore + CallRecordStore + 'static,
{
    let t0: DateTime<Utc> = "2031-06-01T08:00:00Z".parse().unwrap();
    let mut calls = calls(t0, 300);
    write_all(&store, &calls).await;
    // A call ended before its start was recorded, and one never started.
    store
        .record_end("CAlate", "booked", 2, t0 + Duration::minutes(90))
        .await
        .unwrap();
    store
        .record_start("CAlate", None, t0 + Duration::minutes(85), "relay")
        .await
        .unwrap();
    store
        .record_end("CAnostart", "no_booking", 1, t0 + Duration::minutes(5))
        .await
        .unwrap();
    calls.push(Call {
        id: "CAlate".into(),
        start: Some(t0 + Duration::minutes(85)),
        outcome: Some("booked"),
        turns: Vec::new(),
    });

    let h = Duration::hours(1);
    let ranges = [
        (t0 - h, t0 + h * 6), // whole hours
        (
            t0 + Duration::minutes(17),
            t0 + h * 3 + Duration::minutes(41),
        ), // cut both ends
        (t0, t0 + Duration::minutes(150)), // cut at the end
        (t0 + Duration::minutes(10), t0 + Duration::minutes(50)), // inside one hour
        (t0 + Duration::minutes(40), t0 + Duration::minutes(80)), // two cut hours
        (
            t0 + Duration::milliseconds(61_500),
            t0 + h * 2 + Duration::milliseconds(500),
        ), // bounds inside a second
    ];
    for (from, to) in ranges {
        let got = store.stats(from, to).await.unwrap();
        assert_eq!(got, direct(&calls, from, to), "stats over [{from}, {to})");
    }
    let all = store.stats(t0 - h, t0 + h * 6).await.unwrap();
    assert!(all.calls > 250 && all.turns > 400, "{all:?}");

    // One turn an hour: the roll-up's SQL bucket is the Rust one, in every regime.
    let probes = [
        0, 63, 64, 65, 127, 128, 1000, 4095, 40_000, 65_535, 65_536, 1_000_000,
    ];
    let far = t0 + h * 100;
    for (k, ms) in probes.into_iter().enumerate() {
        let at = far + h * i32::try_from(k).unwrap();
        let turn = TurnRecord {
            call_id: format!("CAprobe{k}"),
            seq: 0,
            at,
            expect: None,
            agent_text: "probe".into(),
            caller_text: None,
            extracted: None,
            latency_ms: ms,
            failed: false,
            llm_calls: 0,
        };
        store.append_turn(&turn).await.unwrap();
        let one = store.stats(at, at + h).await.unwrap();
        let cut = store.stats(at, at + Duration::minutes(30)).await.unwrap();
        assert_eq!(one.latency_p50_ms, Some(latency_bucket(ms)), "{ms} ms");
        assert_eq!(cut.latency_p99_ms, Some(latency_bucket(ms)), "{ms} ms");
    }

    // The roll-ups keep what the transcript purge removes (whole hours).
    store.purge_turns(t0 + h * 6).await.unwrap();
    assert!(store.turns("CAroll1").await.unwrap().is_empty());
    let after = store.stats(t0 - h, t0 + h * 6).await.unwrap();
    assert_eq!(after, all);
}
