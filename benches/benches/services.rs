//! Services and staff (issue 12): what several services and resources cost.
//!
//! `cargo bench -p bella-benches --bench services -- --warm-up-time 1 --measurement-time 3`
//!
//! - `turn/1x1` vs `turn/10x10`: every caller turn of the 41 dev calls (answered from
//!   the in-memory book, as `dialog`'s `turn+store`), against the default business and
//!   against one with 10 services and 10 resources (the calls' opening names the first
//!   service, so the conversations are the same; every check walks 10 resources and
//!   every turn is read for 10 services and 10 names). Target: under 2x.
//! - `free-starts/week-1000`: the free starts of a 90-minute service over a week on
//!   10 resources with 1,000 booked appointments (eight resources full, two free), in
//!   start order as both stores return them. Target: under 50 µs.
//!   `free-starts/week-1000-unsorted`: the same intervals out of order (the sort it
//!   then needs).

use bella_dialog::sim;
use bella_dialog::{Config, Interval, free_starts};
use chrono::{Duration, NaiveDate};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

/// 10 services (the first answers to "appointment") and 10 resources with their own
/// hours on some days, in the dev calls' zone and hours.
fn big_business(tz: &str) -> Config {
    let mut toml = format!(
        "time_zone = \"{tz}\"\nknown_callers = false\n[hours]\nmonday = [\"09:00-17:00\"]\n\
         tuesday = [\"09:00-17:00\"]\nwednesday = [\"09:00-17:00\"]\nthursday = [\"09:00-17:00\"]\n\
         friday = [\"09:00-17:00\"]\n"
    );
    for i in 0..10 {
        let says = if i == 0 {
            "\"appointment\", \"book\"".to_owned()
        } else {
            format!("\"treatment {i}\", \"session {i}\", \"package {i}\"")
        };
        let minutes = if i == 0 { 30 } else { 30 * (1 + i % 4) };
        toml.push_str(&format!(
            "[[services]]\nname = \"Service {i}\"\nminutes = {minutes}\nsays = [{says}]\nprice = \"${}\"\n",
            50 + i
        ));
    }
    let names = [
        "Amara Singh",
        "Luc Gagnon",
        "Mei Chen",
        "Omar Haddad",
        "Lena Fischer",
        "Ravi Shah",
        "Ines Duarte",
        "Tom Becker",
        "Nadia Rahman",
        "Jonas Berg",
    ];
    for (i, n) in names.iter().enumerate() {
        toml.push_str(&format!("[[resources]]\nname = \"{n}\"\n"));
        if i % 3 == 1 {
            toml.push_str("hours = { friday = [\"09:00-12:00\"], saturday = [] }\n");
        }
    }
    Config::from_toml_str(&toml).expect("bench business parses")
}

fn turns(c: &mut Criterion) {
    let tz = bella_benches::DEV_CALLS
        .lines()
        .filter_map(|l| sim::parse_case(l).ok())
        .map(|c| c.tz)
        .next()
        .expect("dev calls");
    let big = big_business(&tz);
    let mut g = c.benchmark_group("turn");
    for (label, snaps) in [
        ("1x1", bella_benches::dev_turns(Some(&tz), None)),
        ("10x10", bella_benches::dev_turns(Some(&tz), Some(&big))),
    ] {
        assert!(snaps.len() > 100, "{label}: {} caller turns", snaps.len());
        g.throughput(Throughput::Elements(snaps.len() as u64));
        g.bench_function(label, |b| {
            b.iter_batched_ref(
                || snaps.clone(),
                |snaps| bella_benches::feed_each(snaps),
                BatchSize::LargeInput,
            );
        });
    }
    g.finish();
}

fn availability(c: &mut Criterion) {
    let cfg = big_business("America/Edmonton");
    let monday = NaiveDate::from_ymd_opt(2026, 12, 7).expect("date");
    let sunday = monday + Duration::days(6);
    // 1,000 appointments over the week's opening hours, spread over the resources.
    let busy: Vec<Interval> = (0..1000i64)
        .map(|i| {
            let day = monday + Duration::days(i % 5);
            let slot = (i / 5) % 16;
            let local = day.and_hms_opt(9, 0, 0).expect("time") + Duration::minutes(30 * slot);
            let start = bella_core::local_to_utc(cfg.hours.tz, local);
            Interval {
                start,
                end: start + Duration::minutes(30),
                // Eight resources full all week (some twice over), two with free time.
                resource: Some(cfg.resources[(i as usize / 80) % 8].name.clone()),
            }
        })
        .collect();
    let after = monday.and_hms_opt(0, 0, 0).expect("time");
    let service = cfg
        .services
        .iter()
        .position(|s| s.minutes == 90)
        .expect("90 min");
    // Both stores return busy intervals in start order (`ORDER BY start_at`).
    let mut sorted = busy.clone();
    sorted.sort_by_key(|b| b.start);
    let found = free_starts(&cfg, service, None, monday, sunday, after, &sorted);
    assert!(!found.is_empty(), "something is free");
    assert_eq!(
        found,
        free_starts(&cfg, service, None, monday, sunday, after, &busy)
    );
    let mut g = c.benchmark_group("free-starts");
    for (label, busy) in [("week-1000", &sorted), ("week-1000-unsorted", &busy)] {
        g.bench_function(label, |b| {
            b.iter(|| free_starts(&cfg, service, None, monday, sunday, after, black_box(busy)));
        });
    }
    g.finish();
}

criterion_group!(benches, turns, availability);
criterion_main!(benches);
