//! Extraction over the dev corpus: `bella-extract/testdata/dev_extract.jsonl` and
//! `dev_extract_windows.jsonl` (copies of `shared/eval/dev/extract.jsonl` and
//! `extract_windows.jsonl`, 415 utterances).
//!
//! `cargo bench -p bella-benches --bench extract -- --warm-up-time 1 --measurement-time 3`
//! reports time per utterance (throughput in elements). `extract-all` is all three
//! extractors (phone, name, time with windows) on one turn: the budget is ≤ 1.5 µs
//! per utterance (docs/performance.md). `phone`, `name`, `time`, `time-parse` and
//! `confirm` alone, and `phone+name`, are shown beside it.

use bella_extract::{confirm, name, phone};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let cases = bella_benches::english_dev();
    assert!(cases.len() >= 415, "dev corpus loaded: {}", cases.len());
    let mut g = c.benchmark_group("dev-corpus");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.bench_function("phone+name", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(phone::extract(black_box(&case.text), "CA"));
                black_box(name::extract(black_box(&case.text), case.expect));
            }
        });
    });
    g.bench_function("phone", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(phone::extract(black_box(&case.text), "CA"));
            }
        });
    });
    g.bench_function("name", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(name::extract(black_box(&case.text), case.expect));
            }
        });
    });
    g.bench_function("confirm", |b| {
        b.iter(|| {
            for case in &cases {
                let _ = black_box(confirm::reply(black_box(&case.text)));
            }
        });
    });
    g.bench_function("time", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(bella_extract::time::extract(
                    black_box(&case.text),
                    &case.reference,
                ));
            }
        });
    });
    g.bench_function("time-parse", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(bella_extract::time::parse(black_box(&case.text)));
            }
        });
    });
    g.bench_function("extract-all", |b| {
        b.iter(|| bella_benches::extract_all(&cases, bella_extract::Lang::En));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
