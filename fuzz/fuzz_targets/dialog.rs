//! Fuzz target `dialog`: any sequence of caller turns, keypad digits, silences,
//! timers and store failures, decoded from the fuzzer's bytes, is fed to the engine
//! through the simulation driver (`bella_dialog::driver::SimDriver`).
//!
//! Invariants: no panic; every drain ends, with the deadline last while the call
//! lasts; the engine never asks to book a slot outside hours or in the past; the
//! saved state loads back to the same state.
#![no_main]

use bella_dialog::driver::SimDriver;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Output, StoreRequest};
use libfuzzer_sys::fuzz_target;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let config = Arc::new(Config::default());
    let tz = config.hours.tz;
    let start: chrono::DateTime<chrono::Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
    let call = CallInfo { call_id: "fuzz".into(), caller_id: None };
    let dialog = Dialog::new(config.clone(), call, start);
    let mut sim = SimDriver::new(dialog, MemoryBook::new(tz), start);
    let mut now = start;
    let mut inputs = vec![Input::CallStarted { now }];
    // Each chunk: a kind byte, then text up to the next 0xFF byte.
    for chunk in data.split(|b| *b == 0xFF) {
        let Some((&kind, rest)) = chunk.split_first() else { continue };
        let text = String::from_utf8_lossy(rest).into_owned();
        now += chrono::Duration::seconds(i64::from(kind % 16));
        inputs.push(match kind % 5 {
            0 | 1 => Input::CallerTurn { now, text: text.into(), confidence: 0.5 },
            2 => Input::Digits { now, digits: text.into() },
            3 => Input::Silence { now },
            _ => {
                sim.book.fail_next = u32::from(kind % 2);
                Input::Timer { now: now + chrono::Duration::seconds(i64::from(kind)) }
            }
        });
    }
    for input in inputs {
        let reply = sim.feed(input);
        assert!(!reply.runaway, "drain does not end");
        assert_eq!(reply.untimed_drains, 0, "drain without a deadline");
        for o in &reply.outputs {
            if let Output::Store { request: StoreRequest::Book { start, .. }, .. } = o {
                let local = start.with_timezone(&tz).naive_local();
                assert!(config.hours.check_slot(local).is_ok(), "booking outside hours");
                assert!(*start > now - chrono::Duration::seconds(16), "booking in the past");
            }
        }
        let saved = sim.dialog.save();
        let back = Dialog::restore(config.clone(), &saved).expect("state loads back");
        assert_eq!(back.save(), saved);
    }
});
