//! The store's availability search: free slots of a week over 1,000 fetched busy
//! intervals (`bella_store::slots::free_slots`, what `AppointmentStore::free_slots`
//! runs once a backend has read the busy rows).
//!
//! `cargo bench -p bella-store --bench availability -- --warm-up-time 1 --measurement-time 3`
//!
//! - `store-free-slots/week-1000`: weekdays nine to five in half hours (80 slots), 1,000
//!   booked 30-minute appointments on 64 of them (the other 16 free, so their check
//!   sees every interval), in start order as both stores return them;
//! - `store-free-slots/week-1000-unsorted`: the same intervals out of order.

use bella_core::{BusinessHours, local_to_utc};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

type Span = (DateTime<Utc>, DateTime<Utc>);

fn bench(c: &mut Criterion) {
    let hours = BusinessHours::seed_default();
    let monday = NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    let at = |day: i64, minutes: i64| {
        let local = (monday + Duration::days(day))
            .and_hms_opt(9, 0, 0)
            .expect("time")
            + Duration::minutes(minutes);
        local_to_utc(hours.tz, local)
    };
    // The 64 busy slots of the week; every fifth slot stays free.
    let taken: Vec<i64> = (0..80).filter(|k| k % 5 != 2).collect();
    let mut busy: Vec<Span> = (0..1000usize)
        .map(|i| {
            let k = taken[(i * 37) % taken.len()];
            let start = at(k / 16, 30 * (k % 16));
            (start, start + Duration::minutes(30))
        })
        .collect();
    let unsorted = busy.clone();
    busy.sort_unstable();
    let from = at(0, -9 * 60);
    let to = at(7, -9 * 60);
    let found = bella_store::slots::free_slots(&hours, from, to, &busy).expect("slots");
    assert_eq!(found.len(), 16, "every fifth slot is free");
    assert_eq!(
        found,
        bella_store::slots::free_slots(&hours, from, to, &unsorted).expect("slots")
    );
    let mut g = c.benchmark_group("store-free-slots");
    for (label, busy) in [("week-1000", &busy), ("week-1000-unsorted", &unsorted)] {
        g.bench_function(label, |b| {
            b.iter(|| bella_store::slots::free_slots(&hours, from, to, black_box(busy)));
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
