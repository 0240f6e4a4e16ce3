//! French calls (SPEC §5.7) as data: the shared French dev set
//! (`testdata/dev_calls_fr.jsonl`, a copy of `../shared/eval/dev/calls_fr.jsonl`) and
//! our own French scripts (`testdata/scripts_fr.jsonl`: offers, corrections, windows,
//! refusals, transfer, silence, caller id, repeats and stalls, cancel, reschedule,
//! check, hours, and callers who switch language mid-call) and held-out-style calls
//! (`testdata/calls_fr_heldout.jsonl`), each checked against its
//! `expected` block, `agent_lang` included, by the shared checker.

mod scripted;

use bella_dialog::driver::{SimDriver, drain_outputs};
use bella_dialog::sim::{self, MemoryBook};
use bella_dialog::{CallInfo, Config, Dialog, Input, Lang, Output, StoreRequest};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Every call of `data` passes; at least `min` of them.
fn all_pass(data: &str, min: usize) {
    scripted::all_pass(data, min, |line| scripted::check(line, None));
}

#[test]
fn french_dev_calls_all_pass_in_french() {
    all_pass(include_str!("../testdata/dev_calls_fr.jsonl"), 20);
}

#[test]
fn french_scripts_pass() {
    all_pass(include_str!("../testdata/scripts_fr.jsonl"), 25);
}

#[test]
fn french_held_out_style_calls_pass() {
    // Written from SPEC-fr.md like the held-out calls: switches, stalls, repeats,
    // windows, earliest, closed day, caller id, refusals, corrections, cancel,
    // reschedule, reminders (confirm, cancel, voicemail).
    all_pass(include_str!("../testdata/calls_fr_heldout.jsonl"), 20);
}

#[test]
fn french_second_blind_calls_pass() {
    // Written blind from SPEC-fr.md (testdata/gen_held_out2_calls.py): repeats,
    // stalls, read-back refusals that fix a time or the number, a window, cancel,
    // move, transfer, laissez faire, a closed Saturday, earliest, caller id.
    all_pass(include_str!("../testdata/calls_fr_heldout2.jsonl"), 15);
}

#[test]
fn french_third_blind_calls_pass() {
    // Written blind from SPEC-fr.md (testdata/gen_held_out3_calls.py): cancel and move
    // found by the caller id or the number asked, read-back refusals that fix the
    // number or the name, laissez faire, the receptionist, a window, a closed date,
    // everything in the first turn, a time fixed at the name question, silence, the
    // earliest late on a Friday in Moncton.
    all_pass(include_str!("../testdata/calls_fr_heldout3.jsonl"), 13);
}

#[test]
fn a_bad_languages_field_is_refused_not_run() {
    let line = r#"{"id":"x","now":"2026-11-17T10:15:00-05:00","tz":"America/Toronto","languages":["de-DE"],"persona":{}}"#;
    let case = sim::parse_case(line).expect("parses");
    let err = sim::run_case(&case).expect_err("de is not spoken");
    assert!(err.to_string().contains("languages"), "{err}");
}

/// The booking request a call makes after `turns` and a yes, store answered by a
/// memory book.
fn booking_request(turns: &[&str], yes: &str) -> StoreRequest {
    // Tuesday 2026-11-17 10:15 in Edmonton.
    let now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
    let call = CallInfo {
        call_id: "CA-lang".into(),
        caller_id: None,
    };
    let d = Dialog::new(Arc::new(Config::default()), call, now);
    let mut sim = SimDriver::new(d, MemoryBook::new(chrono_tz::America::Edmonton), now);
    let _ = sim.feed(Input::CallStarted { now });
    for text in turns {
        let _ = sim.feed(Input::CallerTurn {
            now,
            text: (*text).into(),
            confidence: 0.9,
        });
    }
    let mut d = sim.dialog;
    d.handle_input(Input::CallerTurn {
        now,
        text: yes.into(),
        confidence: 0.9,
    });
    let outputs = drain_outputs(&mut d);
    let mut requests = outputs.into_iter().filter_map(|o| match o {
        Output::Store { request, .. } => Some(request),
        _ => None,
    });
    let book = requests.find(|r| matches!(r, StoreRequest::Book { .. }));
    book.expect("a booking request")
}

#[test]
fn a_booking_carries_the_language_of_the_call() {
    let fr = booking_request(
        &[
            "Bonjour, je m'appelle Julie Gagnon, je voudrais un rendez-vous jeudi à 10 h, mon numéro est le 514 555 0177",
        ],
        "oui",
    );
    assert!(
        matches!(fr, StoreRequest::Book { lang: Lang::Fr, .. }),
        "{fr:?}"
    );
    let en = booking_request(
        &["My name is Jo Roy, book me Thursday at 10, my number is 403 555 0142"],
        "yes",
    );
    assert!(
        matches!(en, StoreRequest::Book { lang: Lang::En, .. }),
        "{en:?}"
    );
}
