//! `bella simulate --jsonl`: persona-driven calls through the engine (SPEC §3).
//!
//! Reads one case per line on stdin and writes one result line per case on stdout,
//! in order. A line that is not a valid case gives `{"id": ..., "error": ...}` and
//! the run goes on.

use bella_dialog::sim;
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Arguments of `bella simulate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Read cases as JSON Lines on stdin and write results as JSON Lines (the only
    /// format for now; accepted for the SPEC's command line).
    #[arg(long)]
    pub jsonl: bool,
    /// Run every call against this business file (services, staff, hours; SPEC
    /// §3.1) instead of the default business (Monday to Friday 09:00-17:00 in each
    /// case's `tz`, one 30-minute service).
    #[arg(long)]
    pub business: Option<std::path::PathBuf>,
}

/// Runs `bella simulate`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let business = match &args.business {
        Some(p) => Some(super::serve::load_business(Some(p))?),
        None => None,
    };
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let json =
            match sim::parse_case(&line).and_then(|c| sim::run_case_with(&c, business.as_ref())) {
                Ok(result) => serde_json::to_string(&result)?,
                Err(err) => {
                    failed = true;
                    let id = serde_json::from_str::<serde_json::Value>(&line)
                        .ok()
                        .and_then(|v| v.get("id").cloned())
                        .unwrap_or(serde_json::Value::Null);
                    serde_json::json!({ "id": id, "error": err.to_string() }).to_string()
                }
            };
        writeln!(out, "{json}")?;
    }
    out.flush()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
