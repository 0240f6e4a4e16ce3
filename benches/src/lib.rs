//! Benchmarks live in benches/; this library holds what several of them read: the
//! extraction corpora as [`Case`]s.

use bella_core::{Expect, ReferenceTime};

/// One utterance of an extraction corpus, with what the agent expected and when it was
/// said.
#[derive(Debug)]
pub struct Case {
    pub text: String,
    pub expect: Option<Expect>,
    pub reference: ReferenceTime,
}

/// The cases of JSONL corpora (`text`, `now`, `tz`, optional `expect` per line); lines
/// that are not such cases are skipped.
#[must_use]
pub fn corpus(files: &[&str]) -> Vec<Case> {
    files
        .iter()
        .flat_map(|f| f.lines())
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
