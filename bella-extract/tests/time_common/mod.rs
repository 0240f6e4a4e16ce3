//! Shared runner for the time vector files: each line is a JSON object with `text`,
//! `now`, `tz` and `expected` (`when`, and `part_of_day` when it must be checked).

use bella_core::ReferenceTime;
use bella_extract::time;
use serde_json::Value;

/// Outcome of running a vector file.
pub struct Outcome {
    pub ok: usize,
    pub total: usize,
    pub failures: Vec<String>,
}

impl Outcome {
    /// Share of cases right, in percent.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            100.0 * self.ok as f64 / self.total as f64
        }
    }
}

/// Runs every case of a JSON Lines vector file through `time::extract`.
pub fn run(file: &str) -> Outcome {
    let mut out = Outcome {
        ok: 0,
        total: 0,
        failures: Vec::new(),
    };
    for (n, line) in file.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        let case: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: not JSON: {e}", n + 1));
        let text = case["text"].as_str().expect("text");
        let reference = ReferenceTime::parse(
            case["now"].as_str().expect("now"),
            case["tz"].as_str().expect("tz"),
        )
        .expect("valid now/tz");
        let expected = &case["expected"];
        let got = time::extract(text, &reference);
        // The SPEC's `when` is null without a date (a time alone has a date by future bias).
        let got_when = got
            .as_ref()
            .filter(|m| m.value.date.is_some())
            .map(|m| m.value.to_string());
        let got_part = got
            .as_ref()
            .and_then(|m| m.value.part_of_day)
            .map(|p| p.as_str().to_owned());
        let mut good = expected["when"].as_str().map(str::to_owned) == got_when;
        if let Some(want_part) = expected.get("part_of_day") {
            good &= want_part.as_str().map(str::to_owned) == got_part;
        }
        out.total += 1;
        if good {
            out.ok += 1;
        } else {
            let rules = time::parse(text)
                .map(|m| format!("{:?}", m.value.rules))
                .unwrap_or_default();
            out.failures.push(format!(
                "line {}: {text:?} now {} → got {got_when:?} {got_part:?}, want {} {rules}",
                n + 1,
                case["now"],
                expected
            ));
        }
    }
    out
}
