//! The engine driven directly, with simulated time (no sleeps): the run loop's
//! contract, saved state, timers, store failures, keypad answers and PII in Debug.

use bella_core::{Expect, PhoneNumber};
use bella_dialog::driver::{SimDriver, drain_outputs, spoken};
use bella_dialog::sim::MemoryBook;
use bella_dialog::{
    CallInfo, Config, Dialog, Input, Outcome, Output, STATE_VERSION, StateError, StoreRequest,
    StoreResult,
};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

fn t0() -> DateTime<Utc> {
    // Tuesday 2026-11-17 10:15 in Edmonton.
    "2026-11-17T17:15:00Z".parse().unwrap()
}

fn new_call(caller_id: Option<&str>) -> Dialog {
    new_call_with(Config::default(), caller_id)
}

fn new_call_with(config: Config, caller_id: Option<&str>) -> Dialog {
    let call = CallInfo {
        call_id: "CA-test".into(),
        caller_id: caller_id.map(|c| PhoneNumber::from_e164(c).unwrap()),
    };
    Dialog::new(Arc::new(config), call, t0())
}

/// Feeds `input` through the simulation driver: store requests are answered from
/// `book` at once. Returns every output the engine gave.
fn feed(d: &mut Dialog, book: &mut MemoryBook, input: Input) -> Vec<Output> {
    let mut sim = SimDriver::new(d.clone(), book.clone(), input.now());
    let reply = sim.feed(input);
    assert_eq!(reply.untimed_drains, 0, "a drain without a deadline");
    *d = sim.dialog;
    *book = sim.book;
    reply.outputs
}

fn say(d: &mut Dialog, book: &mut MemoryBook, text: &str) -> Vec<Output> {
    feed(
        d,
        book,
        Input::CallerTurn {
            now: t0(),
            text: text.into(),
            confidence: 0.9,
        },
    )
}

/// A call answered and greeted, with an empty book.
fn started(caller_id: Option<&str>) -> (Dialog, MemoryBook) {
    let mut d = new_call(caller_id);
    let mut b = book();
    let _ = feed(&mut d, &mut b, Input::CallStarted { now: t0() });
    (d, b)
}

fn keys(d: &mut Dialog, book: &mut MemoryBook, digits: &str) -> Vec<Output> {
    feed(
        d,
        book,
        Input::Digits {
            now: t0(),
            digits: digits.into(),
        },
    )
}

fn book() -> MemoryBook {
    MemoryBook::new(chrono_tz::America::Edmonton)
}

#[test]
fn a_drain_ends_with_the_deadline_then_none() {
    let mut d = new_call(None);
    d.handle_input(Input::CallStarted { now: t0() });
    let out: Vec<Output> = drain_outputs(&mut d);
    assert!(matches!(&out[0], Output::Say { text } if text.expose().contains("help")));
    assert!(matches!(
        out[1],
        Output::Listen {
            expect: Expect::Intent,
            ..
        }
    ));
    // The last output is the deadline: the maximum call length.
    assert_eq!(
        out.last(),
        Some(&Output::Timeout(t0() + Duration::minutes(10)))
    );
    assert_eq!(drain_outputs(&mut d), vec![]);
}

#[test]
fn the_maximum_call_length_ends_the_call() {
    let (mut d, mut b) = started(None);
    let deadline = d.next_deadline().unwrap();
    let out = feed(&mut d, &mut b, Input::Timer { now: deadline });
    assert!(out.contains(&Output::HangUp {
        outcome: Outcome::NoBooking
    }));
    assert!(d.is_ended());
    // Nothing after the end, not even a deadline.
    d.handle_input(Input::Silence { now: deadline });
    assert_eq!(drain_outputs(&mut d), vec![]);
}

/// A call on a business with a transfer number, started.
fn started_with_transfer_number() -> (Dialog, MemoryBook) {
    let config = Config {
        transfer_number: Some("+14035550100".into()),
        ..Config::default()
    };
    let mut d = new_call_with(config, None);
    let mut b = book();
    let _ = feed(&mut d, &mut b, Input::CallStarted { now: t0() });
    (d, b)
}

#[test]
fn without_a_transfer_number_a_store_failure_never_offers_to_put_through() {
    let (mut d, mut b) = started(None);
    d.handle_input(Input::CallerTurn {
        now: t0(),
        text: "Book me Thursday at 10".into(),
        confidence: 0.9,
    });
    let out: Vec<Output> = drain_outputs(&mut d);
    let Some(Output::Timeout(deadline)) = out.last().cloned() else {
        panic!("no deadline")
    };
    let out = feed(&mut d, &mut b, Input::Timer { now: deadline });
    let said = spoken(&out).to_lowercase();
    assert!(said.contains("trouble with our booking system"), "{said}");
    assert!(said.contains("no one available"), "{said}");
    assert!(!said.contains("put you through"), "{said}");
    assert_eq!(said.matches("no one available").count(), 1, "{said}");
    assert!(!out.iter().any(|o| matches!(o, Output::Listen { .. })));
    assert!(out.contains(&Output::Transfer { to: None }));
    assert_eq!(d.outcome(), Some(Outcome::Transferred));
}

#[test]
fn a_store_that_never_answers_gets_an_apology_and_a_transfer_offer() {
    let (mut d, mut b) = started_with_transfer_number();
    d.handle_input(Input::CallerTurn {
        now: t0(),
        text: "Book me Thursday at 10".into(),
        confidence: 0.9,
    });
    let out: Vec<Output> = drain_outputs(&mut d);
    let Some(Output::Store {
        request_id,
        request: StoreRequest::FreeSlots { .. },
    }) = out
        .iter()
        .find(|o| matches!(o, Output::Store { .. }))
        .cloned()
    else {
        panic!("no availability request in {out:?}");
    };
    let Some(Output::Timeout(deadline)) = out.last().cloned() else {
        panic!("no deadline")
    };
    assert_eq!(deadline, t0() + Duration::seconds(5));
    let out = feed(&mut d, &mut b, Input::Timer { now: deadline });
    assert!(spoken(&out).contains("trouble with our booking system"));
    assert!(out.iter().any(|o| matches!(
        o,
        Output::Listen {
            expect: Expect::Confirm,
            ..
        }
    )));
    // The late reply is ignored: the engine has moved on.
    d.handle_input(Input::StoreReply {
        now: deadline,
        request_id,
        result: StoreResult::Busy(vec![]),
    });
    assert!(matches!(
        drain_outputs(&mut d).as_slice(),
        [Output::Timeout(_)]
    ));
    let out = say(&mut d, &mut b, "yes please");
    assert!(out.iter().any(|o| matches!(o, Output::Transfer { .. })));
    assert_eq!(d.outcome(), Some(Outcome::Transferred));
}

#[test]
fn keypad_digits_answer_the_phone_question_and_the_read_back() {
    let (mut d, mut b) = started(None);
    let _ = say(
        &mut d,
        &mut b,
        "I'd like to book Thursday at 10, my name is Jo Roy",
    );
    assert_eq!(d.expect(), Expect::Phone);
    let out = keys(&mut d, &mut b, "4035550142#");
    assert!(
        spoken(&out).contains("four oh three, five five five, oh one four two"),
        "{out:?}"
    );
    assert_eq!(d.expect(), Expect::Confirm);
    let out = keys(&mut d, &mut b, "1");
    assert!(out.contains(&Output::HangUp {
        outcome: Outcome::Booked
    }));
    let appt = d.appointment().unwrap();
    assert_eq!(appt.phone.e164(), "+14035550142");
    assert_eq!(appt.local_start().to_string(), "2026-11-19 10:00:00");
}

#[test]
fn a_retried_booking_books_once() {
    let (mut d, mut b) = started(None);
    let _ = say(
        &mut d,
        &mut b,
        "My name is Jo Roy, book me Thursday at 10, my number is 403 555 0142",
    );
    d.handle_input(Input::CallerTurn {
        now: t0(),
        text: "yes".into(),
        confidence: 0.9,
    });
    let request = drain_outputs(&mut d)
        .into_iter()
        .find_map(|o| match o {
            Output::Store {
                request: r @ StoreRequest::Book { .. },
                ..
            } => Some(r),
            _ => None,
        })
        .unwrap();
    let StoreRequest::Book {
        idempotency_key, ..
    } = &request
    else {
        unreachable!()
    };
    assert!(idempotency_key.starts_with("CA-test:"));
    let first = b.handle(&request);
    let again = b.handle(&request);
    assert_eq!(first, again);
    assert_eq!(b.booked_starts().len(), 1);
}

#[test]
fn saved_state_round_trips_and_resumes() {
    let config = Arc::new(Config::default());
    let mut d = new_call(Some("+14035550142"));
    let mut b = book();
    let _ = feed(&mut d, &mut b, Input::CallStarted { now: t0() });
    let _ = say(
        &mut d,
        &mut b,
        "Hi, this is Jo Roy, can I come in Thursday at 10?",
    );
    let saved = d.save();
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(v["version"], STATE_VERSION);
    let mut back = Dialog::restore(config, &saved).unwrap();
    assert_eq!(back.save(), saved);
    let out = say(&mut back, &mut b, "the one I'm calling from");
    assert!(spoken(&out).contains("Shall I book it?"));
}

#[test]
fn the_committed_fixture_of_this_version_loads() {
    let fixture = include_str!("../testdata/state_v1.json");
    let mut d = Dialog::restore(Arc::new(Config::default()), fixture).unwrap();
    assert_eq!(d.expect(), Expect::Confirm);
    let mut b = book();
    let out = say(&mut d, &mut b, "yes");
    assert!(
        out.contains(&Output::HangUp {
            outcome: Outcome::Booked
        }),
        "{out:?}"
    );
}

#[test]
fn an_unknown_version_or_garbage_fails_clearly() {
    let cfg = Arc::new(Config::default());
    let fixture = include_str!("../testdata/state_v1.json");
    let mut v: serde_json::Value = serde_json::from_str(fixture).unwrap();
    v["version"] = 0.into();
    let old = v.to_string();
    assert_eq!(
        Dialog::restore(cfg.clone(), &old).unwrap_err(),
        StateError::UnsupportedVersion {
            found: 0,
            supported: STATE_VERSION
        }
    );
    let err = Dialog::restore(cfg.clone(), "{\"version\":99}").unwrap_err();
    assert!(err.to_string().contains("version 99"));
    assert!(matches!(
        Dialog::restore(cfg.clone(), "nope"),
        Err(StateError::Invalid(_))
    ));
    assert!(matches!(
        Dialog::restore(cfg, "{\"version\":1,\"state\":{}}"),
        Err(StateError::Invalid(_))
    ));
}

#[test]
fn debug_never_shows_the_callers_name_or_number() {
    let mut d = new_call(Some("+14035550142"));
    let mut b = book();
    let _ = feed(&mut d, &mut b, Input::CallStarted { now: t0() });
    let _ = say(
        &mut d,
        &mut b,
        "Hi, this is Rocky Jonathan, book me Thursday at 10, 780 555 0123",
    );
    let dbg = format!("{d:?}");
    for secret in ["Rocky", "Jonathan", "7805550123", "0123", "seven eight oh"] {
        assert!(!dbg.contains(secret), "{secret} leaked in {dbg}");
    }
}

#[test]
fn inputs_before_the_call_starts_or_after_it_ends_are_ignored() {
    let mut d = new_call(None);
    d.handle_input(Input::CallerTurn {
        now: t0(),
        text: "hello".into(),
        confidence: 0.5,
    });
    d.handle_input(Input::Silence { now: t0() });
    d.handle_input(Input::LlmReply {
        now: t0(),
        request_id: 7,
        result: Ok("x".into()),
    });
    let out: Vec<Output> = drain_outputs(&mut d);
    assert!(
        out.iter().all(|o| matches!(o, Output::Timeout(_))),
        "{out:?}"
    );
    assert_eq!(d.expect(), Expect::Other);
}
