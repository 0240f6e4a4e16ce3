//! French (fr-CA) extraction over the French corpus: the dev set
//! (`bella-extract/testdata/fr_dev_extract.jsonl`) and the held-out-style cases
//! (`fr_vectors.jsonl`, `fr_heldout.jsonl`; 690 turns), through [`Lang::Fr`].
//!
//! `cargo bench -p bella-benches --bench extract_fr -- --warm-up-time 1 --measurement-time 3`
//! reports time per utterance (throughput in elements): the whole turn (`extract-all`:
//! phone, name and time) and each French extractor alone, to compare with the English
//! `extract` bench.

use bella_extract::Lang;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const DEV: &str = include_str!("../../bella-extract/testdata/fr_dev_extract.jsonl");
const VECTORS: &str = include_str!("../../bella-extract/testdata/fr_vectors.jsonl");
const HELD_OUT: &str = include_str!("../../bella-extract/testdata/fr_heldout.jsonl");

fn bench(c: &mut Criterion) {
    let cases = bella_benches::cases(DEV.lines().chain(VECTORS.lines()).chain(HELD_OUT.lines()));
    assert!(cases.len() > 600, "French corpus loaded: {}", cases.len());
    let fr = Lang::Fr;
    let mut g = c.benchmark_group("fr-corpus");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.bench_function("extract-all", |b| {
        b.iter(|| bella_benches::extract_all(&cases, fr));
    });
    g.bench_function("phone", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(fr.phone(black_box(&case.text), "CA"));
            }
        });
    });
    g.bench_function("name", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(fr.name(black_box(&case.text), case.expect));
            }
        });
    });
    g.bench_function("time", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(fr.time(black_box(&case.text), &case.reference));
            }
        });
    });
    g.bench_function("confirm", |b| {
        b.iter(|| {
            for case in &cases {
                black_box(fr.confirm(black_box(&case.text)));
            }
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
