//! The dialog engine, one caller turn at a time, over the dev calls
//! (`bella-dialog/testdata/dev_calls.jsonl`).
//!
//! `cargo bench -p bella-benches --bench dialog` reports the time per caller turn
//! (throughput in elements): every caller turn of the 41 dev calls, replayed from a
//! snapshot of the engine just before it. `turn` is one `Exchange` step: the input fed
//! and the outputs drained into a `Reply` (store requests are emitted, not answered);
//! `turn+store` is the simulation driver's `feed`, which also answers them from the
//! in-memory book and drains again. Budget: ≤ 20 µs per turn.

use bella_dialog::driver::Exchange;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let snaps = bella_benches::dev_turns(None, None);
    assert!(
        snaps.len() > 200,
        "dev calls loaded: {} caller turns",
        snaps.len()
    );
    let mut g = c.benchmark_group("dev-calls");
    g.throughput(Throughput::Elements(snaps.len() as u64));
    g.bench_function("turn", |b| {
        b.iter_batched_ref(
            || snaps.clone(),
            |snaps| {
                for s in snaps.iter_mut() {
                    let mut ex = Exchange::new();
                    ex.feed(&mut s.driver.dialog, s.input.clone());
                    let _ = black_box(ex.finish());
                }
            },
            BatchSize::LargeInput,
        );
    });
    g.bench_function("turn+store", |b| {
        b.iter_batched_ref(
            || snaps.clone(),
            |snaps| bella_benches::feed_each(snaps),
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
