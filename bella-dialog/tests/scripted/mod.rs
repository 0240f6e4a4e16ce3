//! The one checker for call scripts as data: a simulated call's result against the
//! line's `expected` block, and the runner of a whole file of such lines. Used by
//! `call_files.rs` (every call file in `testdata/`) and by the tests of `calls.rs`,
//! `services.rs`, `reminders.rs` and `french.rs` that need more than a pass.
//!
//! Besides the SPEC's `outcome` and `appointment` (a missing key is not checked; an
//! object's fields must match), `expected` may hold `no_appointment` (none may be
//! reported), `say_contains` and `say_not_contains` (case-insensitive phrases the
//! agent must / must not say), `max_turns` (the most agent turns the call may take) and
//! `agent_lang` (SPEC §5.7: `fr` or `en`, the language of every agent turn from the
//! caller's first French turn on, or after the opening when none is French, as
//! [`bella_extract::lang::detect`] reads it: no agent turn from then on may read as the
//! other language).

// Each test binary that includes this module uses a part of it.
#![allow(dead_code)]

use bella_dialog::Config;
use bella_dialog::sim::{self, SimResult};
use serde_json::Value;

/// One of the example businesses of `examples/` by name (`clinic`, `garage`,
/// `clinique`), or a business file by its path under `testdata/` when the name ends in
/// `.toml` (`businesses/salon.toml`).
pub fn example_business(name: &str) -> Result<Config, String> {
    let read;
    let text = match name {
        "clinic" => include_str!("../../examples/clinic.toml"),
        "garage" => include_str!("../../examples/garage.toml"),
        "clinique" => include_str!("../../examples/clinique.toml"),
        path if path.ends_with(".toml") && !path.contains("..") => {
            let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("testdata")
                .join(path);
            read = std::fs::read_to_string(&file)
                .map_err(|e| format!("business file {}: {e}", file.display()))?;
            read.as_str()
        }
        other => return Err(format!("unknown business {other:?}")),
    };
    Config::from_toml_str(text).map_err(|e| format!("example business {name}: {e}"))
}

/// Runs `line` against the example business its `business` key names, or, without
/// one, against the case's own (the seed business and the case's fields).
pub fn check_line(line: &str) -> Result<SimResult, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    match v["business"].as_str() {
        Some(name) => check(line, Some(&example_business(name)?)),
        None => check(line, None),
    }
}

/// Runs the call of `line` against `business` (without it, the case's own) and checks
/// the result against the line's `expected` block.
pub fn check(line: &str, business: Option<&Config>) -> Result<SimResult, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let case = sim::parse_case(line).map_err(|e| e.to_string())?;
    let out = sim::run_case_with(&case, business).map_err(|e| e.to_string())?;
    verify(&v, out)
}

/// Every non-blank line of `data` run through `check`: each line's `id` (as JSON,
/// empty when the line is not JSON) with its result, in file order.
pub fn run_lines(
    data: &str,
    check: impl Fn(&str) -> Result<SimResult, String>,
) -> Vec<(String, Result<SimResult, String>)> {
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let id = serde_json::from_str::<Value>(line)
                .map(|v| v["id"].to_string())
                .unwrap_or_default();
            (id, check(line))
        })
        .collect()
}

/// How many lines `data` holds, and every failing one as "id: what is wrong".
pub fn failures(
    data: &str,
    check: impl Fn(&str) -> Result<SimResult, String>,
) -> (usize, Vec<String>) {
    let results = run_lines(data, check);
    let n = results.len();
    let wrong = results
        .into_iter()
        .filter_map(|(id, r)| r.err().map(|e| format!("{id}: {e}")))
        .collect();
    (n, wrong)
}

/// `Ok(out)` when `out` meets `line`'s `expected` block; otherwise every difference and
/// the transcript.
pub fn verify(line: &Value, out: SimResult) -> Result<SimResult, String> {
    let exp = &line["expected"];
    let mut wrong = Vec::new();
    if exp["outcome"].as_str() != Some(out.outcome.as_str()) {
        wrong.push(format!(
            "outcome: want {} got {}",
            exp["outcome"], out.outcome
        ));
    }
    if exp["no_appointment"].as_bool() == Some(true) && out.appointment.is_some() {
        wrong.push("an appointment was reported".to_owned());
    }
    if let Some(want) = exp.get("appointment") {
        let got = serde_json::to_value(&out.appointment).map_err(|e| e.to_string())?;
        match want.as_object() {
            None if !got.is_null() => wrong.push(format!("appointment: want null got {got}")),
            None => {}
            Some(fields) => {
                for (k, w) in fields {
                    if got.get(k) != Some(w) {
                        wrong.push(format!("appointment.{k}: want {w} got {:?}", got.get(k)));
                    }
                }
            }
        }
    }
    let said = out
        .turns
        .iter()
        .map(|t| t.agent.to_lowercase())
        .collect::<Vec<_>>()
        .join(" | ");
    for p in exp["say_contains"].as_array().into_iter().flatten() {
        let p = p.as_str().unwrap_or_default().to_lowercase();
        if !said.contains(&p) {
            wrong.push(format!("agent never said {p:?}"));
        }
    }
    for p in exp["say_not_contains"].as_array().into_iter().flatten() {
        let p = p.as_str().unwrap_or_default().to_lowercase();
        if said.contains(&p) {
            wrong.push(format!("agent said {p:?}"));
        }
    }
    if let Some(max) = exp["max_turns"].as_u64()
        && out.turns.len() as u64 > max
    {
        wrong.push(format!(
            "{} agent turns, at most {max} allowed",
            out.turns.len()
        ));
    }
    if let Some(code) = exp["agent_lang"].as_str() {
        wrong.extend(agent_lang_errors(&out, code));
    }
    if wrong.is_empty() {
        return Ok(out);
    }
    let transcript: Vec<String> = out
        .turns
        .iter()
        .map(|t| format!("  A: {} [{:?}]\n  C: {:?}", t.agent, t.expect, t.caller))
        .collect();
    Err(format!("{}\n{}", wrong.join("; "), transcript.join("\n")))
}

/// Agent turns not in `code` from the caller's first French turn on (SPEC §5.7), or
/// from the caller's first turn on when the caller never speaks French: the opening
/// is in the business's first language whoever calls.
fn agent_lang_errors(out: &SimResult, code: &str) -> Vec<String> {
    use bella_extract::lang::{Lang, detect};
    let Ok(want) = code.parse::<Lang>() else {
        return vec![format!("agent_lang: unknown language {code:?}")];
    };
    let from = out
        .turns
        .iter()
        .position(|t| t.caller.as_deref().and_then(detect) == Some(Lang::Fr))
        .map_or(1, |i| i + 1)
        .min(out.turns.len());
    // Sentence by sentence: one English sentence in a French turn ("Sorry, we're closed
    // that weekend ... Les heures les plus proches ...") is not outvoted by the rest.
    out.turns[from..]
        .iter()
        .flat_map(|t| sentences(&t.agent))
        .filter(|s| detect(s).is_some_and(|l| l != want))
        .map(|s| format!("agent_lang: not in {code}: {s:?}"))
        .collect()
}

/// The sentences of an agent turn: split after `.`, `?` or `!` followed by a space.
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '?' | '!') && chars.peek().is_some_and(|&(_, n)| n == ' ') {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}
