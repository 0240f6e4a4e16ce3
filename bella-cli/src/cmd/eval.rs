//! `bella eval extract FILE`: scores labelled extraction cases like `score.py`.
//!
//! Each case is a line of the dev set's format: the SPEC §2 input fields plus `kind`
//! and `expected` (the output fields that must match exactly; `{"phone": null}` means
//! "must find none"). The command runs the same code as `bella extract --jsonl`,
//! prints every failing case, then one line per kind (`kind: correct/total (pct%)`)
//! and the overall line. With `--min-accuracy X` (a percentage, or a fraction ≤ 1)
//! it exits 1 when any kind is below X. `window` (SPEC §2 "Windows") is scored like
//! every other key: `{"after":"HH:MM","before":null}` must match exactly. A progress bar shows on a terminal for files
//! of more than a thousand cases.

use super::extract::{Defaults, Input, process};
use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `bella eval`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to evaluate.
    #[command(subcommand)]
    pub what: What,
}

/// What `bella eval` scores.
#[derive(Debug, clap::Subcommand)]
pub enum What {
    /// Score `bella extract` on labelled cases (the dev set's format).
    Extract(ExtractArgs),
}

/// Arguments of `bella eval extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// JSON Lines file of labelled cases.
    pub file: PathBuf,
    /// Exit 1 if any kind scores below this (percent, e.g. 97, or a fraction, e.g. 0.97).
    #[arg(long)]
    pub min_accuracy: Option<f64>,
    /// Only score these kinds (comma-separated: phone,name,time).
    #[arg(long, value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Do not list the failing cases.
    #[arg(long)]
    pub quiet: bool,
}

/// Runs `bella eval`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.what {
        What::Extract(a) => eval_extract(&a),
    }
}

/// Correct and total per kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tally {
    /// Cases with every expected field right.
    pub ok: usize,
    /// Cases scored.
    pub total: usize,
}

impl Tally {
    fn percent(self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            100.0 * self.ok as f64 / self.total as f64
        }
    }
}

/// The report of one evaluation.
#[derive(Debug, Default)]
pub(crate) struct Report {
    /// Per kind, sorted by name.
    pub kinds: BTreeMap<String, Tally>,
    /// One block of text per failing case.
    pub failures: Vec<String>,
}

/// Scores every case in `data` (JSON Lines). Lines that are not cases are failures.
pub(crate) fn score(data: &str, only: &[String], mut tick: impl FnMut()) -> Report {
    let mut report = Report::default();
    for (n, line) in data.lines().enumerate() {
        tick();
        if line.trim().is_empty() {
            continue;
        }
        let case: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(err) => {
                report
                    .failures
                    .push(format!("line {}: not JSON: {err}", n + 1));
                continue;
            }
        };
        let kind = case
            .get("kind")
            .and_then(|k| k.as_str())
            .unwrap_or("case")
            .to_owned();
        if !only.is_empty() && !only.contains(&kind) {
            continue;
        }
        let tally = report.kinds.entry(kind).or_default();
        tally.total += 1;
        let got = match serde_json::from_str::<Input<'_>>(line) {
            Ok(input) => {
                serde_json::to_value(process(input, &Defaults::default())).unwrap_or_default()
            }
            Err(err) => serde_json::json!({ "error": err.to_string() }),
        };
        let mut wrong = Vec::new();
        if let Some(expected) = case.get("expected").and_then(|e| e.as_object()) {
            for (key, want) in expected {
                let have = got.get(key).unwrap_or(&serde_json::Value::Null);
                if have != want {
                    wrong.push(format!("    {key}: want {want} got {have}"));
                }
            }
        } else {
            wrong.push("    case has no `expected` object".to_owned());
        }
        if wrong.is_empty() {
            tally.ok += 1;
        } else {
            let id = case
                .get("id")
                .map_or_else(|| format!("line {}", n + 1), ToString::to_string);
            let text = case
                .get("text")
                .map(ToString::to_string)
                .unwrap_or_default();
            report
                .failures
                .push(format!("FAIL {id}: {text}\n{}", wrong.join("\n")));
        }
    }
    report
}

fn eval_extract(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let data = std::fs::read_to_string(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?;
    let lines = data.lines().count() as u64;
    let bar = if lines > 1000 {
        ProgressBar::new(lines)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} cases {per_sec} eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let report = score(&data, &args.kind, || bar.inc(1));
    bar.finish_and_clear();

    let mut out = std::io::stdout().lock();
    if !args.quiet {
        for f in &report.failures {
            writeln!(out, "{f}")?;
        }
    }
    let mut total = Tally::default();
    let mut below = Vec::new();
    let min = args
        .min_accuracy
        .map(|m| if m <= 1.0 { m * 100.0 } else { m });
    for (kind, t) in &report.kinds {
        writeln!(out, "{kind}: {}/{} ({:.1}%)", t.ok, t.total, t.percent())?;
        total.ok += t.ok;
        total.total += t.total;
        if min.is_some_and(|m| t.percent() < m) {
            below.push(kind.as_str());
        }
    }
    writeln!(
        out,
        "overall: {}/{} ({:.1}%)",
        total.ok,
        total.total,
        total.percent()
    )?;
    if let Some(m) = min {
        if below.is_empty() {
            writeln!(out, "every kind at or above {m:.1}%")?;
        } else {
            writeln!(out, "below {m:.1}%: {}", below.join(", "))?;
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_per_kind_and_lists_failures() {
        let data = concat!(
            r#"{"id":"p1","kind":"phone","text":"403 555 0123","expected":{"phone":"+14035550123"}}"#,
            "\n",
            r#"{"id":"p2","kind":"phone","text":"555 0123","expected":{"phone":"+14035550123"}}"#,
            "\n",
            r#"{"id":"n1","kind":"name","text":"My name is Sarah","expected":{"name":"Sarah"}}"#,
            "\n",
            r#"{"id":"t1","kind":"time","text":"Friday at 3","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","expected":{"when":"2026-11-20T15:00","window":null}}"#,
            "\n",
            r#"{"id":"t2","kind":"time","text":"Friday at 3","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","expected":{"when":"2026-11-20","window":{"after":"15:00","before":null}}}"#,
            "\nnot json\n",
        );
        let report = score(data, &[], || {});
        assert_eq!(report.kinds["phone"], Tally { ok: 1, total: 2 });
        assert_eq!(report.kinds["name"], Tally { ok: 1, total: 1 });
        // `window` is scored like every other key: a start is not a window.
        assert_eq!(report.kinds["time"], Tally { ok: 1, total: 2 });
        assert_eq!(report.failures.len(), 3);
        assert!(
            report
                .failures
                .iter()
                .any(|f| f.contains("t2") && f.contains("window"))
        );
        assert!(report.failures[0].contains("p2"), "{:?}", report.failures);
        let only = score(data, &["name".to_owned()], || {});
        assert!(!only.kinds.contains_key("phone"));
    }
}
