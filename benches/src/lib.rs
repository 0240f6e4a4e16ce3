//! Shared corpora for the benches in `benches/` and the profiling examples.

use bella_core::{Expect, ReferenceTime};

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
