//! A transfer says once what will happen: "let me put you through" only when there is a
//! number to put the caller through to; without one, that no one is available and when
//! to call back — never both.

use bella_dialog::{CallInfo, Config, Dialog, Input, Outcome, Output};
use chrono::{DateTime, Utc};
use std::sync::Arc;

fn ask_for_a_person(config: Config) -> (Vec<String>, Vec<Output>, Option<Outcome>) {
    let now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
    let call = CallInfo {
        call_id: "CA-transfer".into(),
        caller_id: None,
    };
    let mut d = Dialog::new(Arc::new(config), call, now);
    let mut outputs = Vec::new();
    for input in [
        Input::CallStarted { now },
        Input::CallerTurn {
            now,
            text: "can I speak to a real person".into(),
            confidence: 0.9,
        },
    ] {
        d.handle_input(input);
        while let Some(o) = d.poll_output() {
            outputs.push(o);
        }
    }
    let said = outputs
        .iter()
        .filter_map(|o| match o {
            Output::Say { text } => Some(text.to_lowercase()),
            _ => None,
        })
        .collect();
    (said, outputs, d.outcome())
}

#[test]
fn without_a_number_no_one_is_available_said_once() {
    let (said, outputs, outcome) = ask_for_a_person(Config::default());
    let last = said.last().cloned().unwrap_or_default();
    assert!(last.contains("no one available"), "{said:?}");
    assert!(last.contains("call us back"), "{said:?}");
    assert!(
        !said
            .iter()
            .any(|s| s.contains("put you through") || s.contains("transfer you")),
        "{said:?}"
    );
    assert_eq!(last.matches("no one available").count(), 1);
    assert!(
        outputs
            .iter()
            .any(|o| matches!(o, Output::Transfer { to: None }))
    );
    assert_eq!(outcome, Some(Outcome::Transferred));
}

#[test]
fn with_a_number_the_caller_is_put_through() {
    let (said, outputs, _) = ask_for_a_person(Config {
        transfer_number: Some("+14035550100".into()),
        ..Config::default()
    });
    let all = said.join(" | ");
    assert!(
        all.contains("put you through") || all.contains("transfer you"),
        "{all}"
    );
    assert!(!all.contains("no one available"), "{all}");
    assert!(
        outputs
            .iter()
            .any(|o| matches!(o, Output::Transfer { to: Some(n) } if n == "+14035550100"))
    );
}
