//! A name heard with low confidence is read back, spelled, and a spelled correction
//! ("it's J-O-N, not J-O-H-N") fixes the word that was misheard.

use bella_core::Expect;
use bella_dialog::driver::SimDriver;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// Feeds caller turns (text, recogniser confidence) through the simulation driver and
/// returns what the agent said after each, the greeting first.
fn call(turns: &[(&str, f32)]) -> (Vec<String>, Dialog) {
    let now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
    let config = Arc::new(Config::default());
    let call = CallInfo {
        call_id: "CA-names".into(),
        caller_id: None,
    };
    let dialog = Dialog::new(config.clone(), call, now);
    let mut sim = SimDriver::new(dialog, MemoryBook::new(config.hours.tz), now);
    let mut said = vec![sim.start().text()];
    for (text, confidence) in turns {
        let reply = sim.feed(Input::CallerTurn {
            now: sim.now,
            text: (*text).into(),
            confidence: *confidence,
        });
        said.push(reply.text());
    }
    (said, sim.dialog)
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
