//! Shared corpora for the benches in `benches/` and the profiling examples.

use bella_core::{Expect, ReferenceTime};
use bella_dialog::sim::{self, Snapshot};
use bella_extract::{Lang, Turn};
use std::hint::black_box;

/// One caller turn of a corpus, with its context.
#[derive(Debug)]
pub struct Case {
    /// What the caller said.
    pub text: String,
    /// What the agent asked for, if given.
    pub expect: Option<Expect>,
    /// When the turn was said, and the business's zone.
    pub reference: ReferenceTime,
}

/// The English dev extraction corpus: `bella-extract/testdata/dev_extract.jsonl` and
/// `dev_extract_windows.jsonl` (copies of `shared/eval/dev/extract.jsonl` and
/// `extract_windows.jsonl`, 415 turns).
pub fn english_dev() -> Vec<Case> {
    const DEV: &str = include_str!("../../bella-extract/testdata/dev_extract.jsonl");
    const DEV_WINDOWS: &str =
        include_str!("../../bella-extract/testdata/dev_extract_windows.jsonl");
    cases(DEV.lines().chain(DEV_WINDOWS.lines()))
}

/// The cases of JSON lines with `text`, `now`, `tz` and optional `expect`; lines
/// without them are skipped.
pub fn cases<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<Case> {
    lines
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let reference = ReferenceTime::parse(v["now"].as_str()?, v["tz"].as_str()?).ok()?;
            Some(Case {
                text: v["text"].as_str()?.to_owned(),
                expect: v["expect"].as_str().and_then(|e| e.parse().ok()),
                reference,
            })
        })
        .collect()
}

/// All three extractors (phone, name, time with windows) on each case as one turn in
/// `lang`: what the `extract-all` benches time.
pub fn extract_all(cases: &[Case], lang: Lang) {
    for case in cases {
        let turn = Turn {
            text: &case.text,
            reference: case.reference,
            region: "CA",
            expect: case.expect,
            lang,
        };
        black_box(bella_extract::extract(black_box(&turn)));
    }
}

/// The dev calls, `bella-dialog/testdata/dev_calls.jsonl`, one JSON case a line.
pub const DEV_CALLS: &str = include_str!("../../bella-dialog/testdata/dev_calls.jsonl");

/// Every caller turn of the dev calls (in zone `tz` when given), each a snapshot of the
/// engine just before it, against `business` (default: the calls' own).
pub fn dev_turns(tz: Option<&str>, business: Option<&bella_dialog::Config>) -> Vec<Snapshot> {
    DEV_CALLS
        .lines()
        .filter_map(|l| sim::parse_case(l).ok())
        .filter(|c| tz.is_none_or(|tz| c.tz == tz))
        .filter_map(|c| sim::snapshots_with(&c, business).ok())
        .flatten()
        .collect()
}

/// Feeds each snapshot its caller turn through the simulation driver (store requests
/// answered from the in-memory book): what the `turn+store` benches time.
pub fn feed_each(snaps: &mut [Snapshot]) {
    for s in snaps {
        let _ = black_box(s.driver.feed(s.input.clone()));
    }
}
