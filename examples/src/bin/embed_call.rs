//! Embed the conversation engine: drive one booking call from a script.
//!
//! Shows the sans-io run loop through the simulation driver
//! (`bella_dialog::driver::SimDriver`): each caller input is fed to the engine, its
//! outputs are drained into a `Reply`, and its store requests are answered from the
//! in-memory appointment book, which stands in for a database. A real adapter runs the
//! same `Exchange` against its own store (see `bella-twilio-adapter`'s driver).
//!
//! Run: `cargo run -p bella-examples --bin embed_call`

use bella_dialog::driver::SimDriver;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Outcome};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

fn main() -> anyhow::Result<()> {
    let config = Arc::new(Config::default());
    let now: DateTime<Utc> = "2026-11-17T17:15:00Z".parse()?;
    let caller = bella_core::PhoneNumber::from_e164("+14035550142")?;
    let call = CallInfo {
        call_id: "CA-example".into(),
        caller_id: Some(caller),
    };
    let dialog = Dialog::new(config.clone(), call, now);
    let mut sim = SimDriver::new(dialog, MemoryBook::new(config.hours.tz), now);

    let script = [
        "Hi, I'd like to book an appointment for Thursday morning",
        "ten thirty",
        "It's Jo Roy",
        "the one I'm calling from",
        "yes",
    ];
    let mut lines = script.iter();
    let mut reply = sim.start();
    loop {
        for text in &reply.says {
            println!("agent:  {text}");
        }
        if reply.ended() || reply.listen.is_none() {
            break;
        }
        // The caller speaks a few seconds after the agent listens.
        sim.advance(Duration::seconds(4));
        reply = match lines.next() {
            Some(text) => {
                println!("caller: {text}");
                sim.say(text)
            }
            None => sim.silence(),
        };
    }
    let dialog = &sim.dialog;
    println!("outcome: {:?}", dialog.outcome());
    // The script is a booking; an engine that no longer books it fails the example.
    anyhow::ensure!(
        dialog.outcome() == Some(Outcome::Booked),
        "the scripted call did not book"
    );
    Ok(())
}
