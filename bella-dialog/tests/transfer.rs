//! A transfer says once what will happen: "let me put you through" only when there is a
//! number to put the caller through to; without one, that no one is available and when
//! to call back — never both.

use bella_dialog::driver::{Reply, SimDriver};
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Outcome};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// The greeting, then "can I speak to a real person": what the agent says and does,
/// on Tuesday 2026-11-17 at 10:15 in Edmonton (the default business is open).
fn ask_for_a_person(config: Config) -> (String, Reply, Option<Outcome>) {
    ask_for_a_person_at(config, "2026-11-17T17:15:00Z")
}

/// The same at `now` (UTC).
fn ask_for_a_person_at(config: Config, now: &str) -> (String, Reply, Option<Outcome>) {
    let now: DateTime<Utc> = now.parse().unwrap();
    let config = Arc::new(config);
    let call = CallInfo {
        call_id: "CA-transfer".into(),
        caller_id: None,
    };
    let dialog = Dialog::new(config.clone(), call, now);
    let mut sim = SimDriver::new(dialog, MemoryBook::new(config.hours.tz), now);
    let hello = sim.start().text();
    let reply = sim.say("can I speak to a real person");
    let said = format!("{hello} | {}", reply.text()).to_lowercase();
    (said, reply, sim.dialog.outcome())
}

#[test]
fn without_a_number_no_one_is_available_said_once() {
    let (said, reply, outcome) = ask_for_a_person(Config::default());
    assert!(said.contains("no one available"), "{said}");
    // Open now: later today, never "call back during our opening hours".
    assert!(said.contains("call us back a little later"), "{said}");
    assert!(said.contains("open until 5 p.m. today"), "{said}");
    assert!(!said.contains("opening hours"), "{said}");
    assert!(
        !said.contains("put you through") && !said.contains("transfer you"),
        "{said}"
    );
    assert_eq!(said.matches("no one available").count(), 1, "{said}");
    assert_eq!(reply.transfer, Some(None));
    assert_eq!(outcome, Some(Outcome::Transferred));
}

/// Closed now (Tuesday 8 p.m. in Edmonton, Saturday noon): when to call back, with the
/// opening hours.
#[test]
fn without_a_number_and_closed_the_opening_hours_are_said() {
    for now in ["2026-11-18T03:00:00Z", "2026-11-21T19:00:00Z"] {
        let (said, reply, outcome) = ask_for_a_person_at(Config::default(), now);
        assert!(said.contains("no one available"), "{said}");
        assert!(
            said.contains("call us back during our opening hours"),
            "{said}"
        );
        assert!(!said.contains("open until"), "{said}");
        assert_eq!(reply.transfer, Some(None));
        assert_eq!(outcome, Some(Outcome::Transferred));
    }
}

#[test]
fn with_a_number_the_caller_is_put_through() {
    let (said, reply, _) = ask_for_a_person(Config {
        transfer_number: Some("+14035550100".into()),
        ..Config::default()
    });
    assert!(
        said.contains("put you through") || said.contains("transfer you"),
        "{said}"
    );
    assert!(!said.contains("no one available"), "{said}");
    assert_eq!(reply.transfer, Some(Some("+14035550100".to_owned())));
}
