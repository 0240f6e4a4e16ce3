//! A name heard with low confidence is read back, spelled, and a spelled correction
//! ("it's J-O-N, not J-O-H-N") fixes the word that was misheard.

use bella_core::Expect;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Output};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Feeds caller turns (text, confidence) and returns what the agent said after each,
/// answering store requests from an empty book.
fn call(turns: &[(&str, f32)]) -> (Vec<String>, Dialog) {
    let now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
    let config = Arc::new(Config::default());
    let mut book = MemoryBook::new(config.hours.tz);
    let call = CallInfo {
        call_id: "CA-names".into(),
        caller_id: None,
    };
    let mut d = Dialog::new(config, call, now);
    let mut said = Vec::new();
    let mut inputs = vec![Input::CallStarted { now }];
    inputs.extend(turns.iter().map(|(text, confidence)| Input::CallerTurn {
        now,
        text: (*text).into(),
        confidence: *confidence,
    }));
    for input in inputs {
        let mut pending = vec![input];
        let mut words = String::new();
        while let Some(input) = pending.pop() {
            d.handle_input(input);
            while let Some(o) = d.poll_output() {
                match o {
                    Output::Say { text } => words.push_str(&text),
                    Output::Store {
                        request_id,
                        request,
                    } => pending.push(Input::StoreReply {
                        now,
                        request_id,
                        result: book.handle(&request),
                    }),
                    _ => {}
                }
            }
        }
        said.push(words);
    }
    (said, d)
}

#[test]
fn an_unsure_name_is_read_back_spelled_and_fixed_by_spelling() {
    let (said, d) = call(&[
        ("I'd like to book an appointment", 0.9),
        ("John Smith", 0.4),
        ("no, it's J-O-N, not J-O-H-N", 0.8),
        ("403 555 0142", 0.9),
        ("Thursday at 10", 0.9),
    ]);
    assert!(
        said[2].contains("John Smith, J-O-H-N S-M-I-T-H. Is that right?"),
        "{said:?}"
    );
    assert!(said[3].contains("phone number"), "{said:?}");
    assert!(said[5].contains("So that's Jon Smith,"), "{said:?}");
    assert_eq!(d.expect(), Expect::Confirm);
}

#[test]
fn a_sure_name_is_not_read_back_and_yes_keeps_an_unsure_one() {
    let (said, _) = call(&[("I'd like to book", 0.9), ("Mary Roy", 0.95)]);
    assert!(!said[2].contains("Is that right?"), "{said:?}");
    let (said, _) = call(&[
        ("I'd like to book", 0.9),
        ("Mary Roy", 0.3),
        ("yes that's right", 0.9),
        ("403 555 0142", 0.9),
        ("Thursday at 10", 0.9),
    ]);
    assert!(said[2].contains("Mary Roy, M-A-R-Y R-O-Y"), "{said:?}");
    assert!(said[5].contains("So that's Mary Roy,"), "{said:?}");
}

#[test]
fn no_at_the_name_read_back_asks_for_the_spelling() {
    let (said, _) = call(&[
        ("I'd like to book", 0.9),
        ("Shawn Nee", 0.3),
        ("no", 0.9),
        ("S-E-A-N N-E-E", 0.9),
        ("403 555 0142", 0.9),
        ("Thursday at 10", 0.9),
    ]);
    assert!(said[3].contains("spell it"), "{said:?}");
    assert!(said[6].contains("So that's Sean Nee,"), "{said:?}");
}
