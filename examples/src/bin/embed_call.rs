//! Embed the conversation engine: drive one booking call from a script.
//!
//! Shows the sans-io run loop: feed an `Input`, drain `poll_output()`, answer each
//! store request with an `Input::StoreReply`, stop draining at the `Timeout` deadline.
//! The in-memory appointment book stands in for a database.
//!
//! Run: `cargo run -p bella-examples --bin embed_call`

use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Output};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let config = Arc::new(Config::default());
    let mut now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse()?;
    let caller = bella_core::PhoneNumber::from_e164("+14035550142")?;
    let call = CallInfo {
        call_id: "CA-example".into(),
        caller_id: Some(caller),
    };
    let mut dialog = Dialog::new(config.clone(), call, now);
    let mut book = MemoryBook::new(config.hours.tz);

    let script = [
        "Hi, I'd like to book an appointment for Thursday morning",
        "It's Jo Roy",
        "the one I'm calling from",
        "ten thirty",
        "yes",
    ];
    let mut pending = vec![Input::CallStarted { now }];
    let mut lines = script.iter();
    while !dialog.is_ended() {
        let Some(input) = pending.pop() else {
            // The caller speaks a few seconds after the agent listens.
            now += Duration::seconds(4);
            match lines.next() {
                Some(text) => {
                    println!("caller: {text}");
                    pending.push(Input::CallerTurn {
                        now,
                        text: (*text).into(),
                        confidence: 0.9,
                    });
                }
                None => pending.push(Input::Silence { now }),
            }
            continue;
        };
        dialog.handle_input(input);
        while let Some(output) = dialog.poll_output() {
            match output {
                Output::Say { text } => println!("agent:  {text}"),
                Output::Store {
                    request_id,
                    request,
                } => {
                    let result = book.handle(&request);
                    pending.push(Input::StoreReply {
                        now,
                        request_id,
                        result,
                    });
                }
                Output::Timeout(_) => break,
                _ => {}
            }
        }
    }
    println!("outcome: {:?}", dialog.outcome());
    Ok(())
}
