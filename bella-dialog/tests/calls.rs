//! Call scripts as data: every line of `testdata/dev_calls.jsonl` (the shared dev set)
//! and `testdata/scripts.jsonl` (our own scenarios) is run through the persona
//! simulator and checked against its `expected` block.
//!
//! What `expected` may hold besides the SPEC's `outcome` and `appointment` is in
//! `scripted/mod.rs`, the checker these tests share.

mod scripted;

use bella_dialog::sim;
use scripted::check;

fn run_file(data: &str) -> (usize, Vec<String>, Vec<usize>) {
    let results = scripted::run_lines(data, |line| check(line, None));
    let n = results.len();
    let mut failures = Vec::new();
    let mut booked_turns = Vec::new();
    for (id, result) in results {
        match result {
            Ok(out) if out.outcome == "booked" => booked_turns.push(out.turns.len()),
            Ok(_) => {}
            Err(e) => failures.push(format!("{id}: {e}")),
        }
    }
    (n, failures, booked_turns)
}

#[test]
fn dev_calls_pass_with_few_turns() {
    let (n, failures, turns) = run_file(include_str!("../testdata/dev_calls.jsonl"));
    assert_eq!(n, 41);
    // The bar is 97%: at most one of the 41 dev calls may fail.
    assert!(
        failures.len() <= 1,
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let avg = turns.iter().sum::<usize>() as f64 / turns.len().max(1) as f64;
    assert!(avg <= 7.0, "{avg:.2} agent turns per booking");
}

#[test]
fn own_call_scripts_pass() {
    scripted::all_pass(include_str!("../testdata/scripts.jsonl"), 40, |line| {
        check(line, None)
    });
}

#[test]
fn a_bad_case_is_an_error_not_a_panic() {
    for line in [
        "",
        "{}",
        "not json",
        r#"{"id":"x","now":"yesterday","tz":"America/Edmonton"}"#,
        r#"{"id":"x","now":"2026-11-17T10:15:00-07:00","tz":"Mars/Base"}"#,
        r#"{"id":"x","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","closed":["soon"]}"#,
        r#"{"id":"x","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","caller_id":"12"}"#,
        r#"{"id":"x","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","existing":[{"start":"Thursday"}]}"#,
    ] {
        let result = sim::parse_case(line).and_then(|c| sim::run_case(&c));
        assert!(result.is_err(), "{line:?} was accepted");
    }
}

/// 700 random personas (random picks from pools of good, bad, silent and odd answers,
/// with and without caller id, existing appointments and a closed date): every call
/// must end on its own — hung up or transferred — well before the 30-turn cap. A call
/// that runs to the cap is a loop in the engine.
#[test]
fn wild_personas_never_loop() {
    let mut looping = Vec::new();
    let mut n = 0;
    for line in include_str!("../testdata/wild_personas.jsonl").lines() {
        let case = sim::parse_case(line).expect("valid case");
        let out = sim::run_case(&case).expect("runs");
        n += 1;
        let last = out
            .turns
            .last()
            .map(|t| t.expect.is_none())
            .unwrap_or(false);
        // Anything booked or changed was read back and confirmed just before.
        if out.appointment.is_some() && out.outcome != "transferred" {
            let asked = out.turns.len().checked_sub(2).map(|i| &out.turns[i]);
            let confirmed = asked.is_some_and(|t| t.expect.as_deref() == Some("confirm"));
            assert!(
                confirmed,
                "{}: changed without a confirmed read-back",
                out.id
            );
        }
        if out.turns.len() >= 20 || !last {
            looping.push(format!("{} ({} turns)", out.id, out.turns.len()));
        }
    }
    assert_eq!(n, 700);
    assert!(
        looping.is_empty(),
        "calls that did not end: {}",
        looping.join(", ")
    );
}

/// The shared dev calls of callers who ask for a repeat, stall, correct another slot
/// or volunteer answers out of order (SPEC §3): all must pass.
#[test]
fn dev_messy_calls_pass() {
    let (n, failures, _) = run_file(include_str!("../testdata/dev_calls_messy.jsonl"));
    assert_eq!(n, 6);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The shared dev window calls (SPEC §3 windows, earliest, closed days). One may fail
/// on an extraction miss ("nothing after 2" read as a lower bound), none on the engine.
#[test]
fn dev_window_calls_pass() {
    let (n, failures, _) = run_file(include_str!("../testdata/dev_calls_window.jsonl"));
    assert_eq!(n, 10);
    assert!(failures.len() <= 1, "{}", failures.join("\n\n"));
}

/// Our own English calls written from the SPEC alone, in the style of the held-out
/// sets (`testdata/held_out_calls_en.jsonl`): repeats, stalls, corrections at another
/// question, volunteered answers, windows with nothing free, closed days, cancel and
/// move, transfers, reminders. Each line's `note` says what it checks. All must pass.
#[test]
fn held_out_style_english_calls_pass() {
    scripted::all_pass(
        include_str!("../testdata/held_out_calls_en.jsonl"),
        85,
        |line| check(line, None),
    );
}

/// The second blind round (`testdata/held_out2_calls_en.jsonl`, made by
/// `testdata/gen_held_out2_calls.py` from the SPEC before Bella ran on it): repeats and
/// stalls at every question, a slot corrected at another question or at the read-back,
/// several answers in one turn, cancel and move, windows, closed days, clashes,
/// reminders. Each line's `note` says what it checks. All must pass.
#[test]
fn second_blind_english_calls_pass() {
    scripted::all_pass(
        include_str!("../testdata/held_out2_calls_en.jsonl"),
        40,
        |line| check(line, None),
    );
}

/// The third blind round (`testdata/held_out3_calls_en.jsonl`, made by
/// `testdata/gen_held_out3_calls.py` from the SPEC before Bella ran on it): cancel, move
/// and check flows (caller id or the number asked, nothing found, two appointments),
/// reminders, read-back corrections of the name or the number, a window with nothing
/// free, the earliest start late on a Friday, closed dates, silence, transfers, the
/// St. John's and Regina zones. Each line's `note` says what it checks. All must pass.
#[test]
fn third_blind_english_calls_pass() {
    scripted::all_pass(
        include_str!("../testdata/held_out3_calls_en.jsonl"),
        32,
        |line| check(line, None),
    );
}
