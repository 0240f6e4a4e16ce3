//! Extract a phone number, a name and a time from one caller turn.
//!
//! Shows the extractors on their own, with the span and rule behind each answer.
//!
//! Run: `cargo run -p bella-examples --bin extract_turn -- "It's Jo Roy, 403 555 0142, Thursday at 10"`

use bella_core::{Expect, ReferenceTime};
use bella_extract::{Turn, extract};

fn main() -> anyhow::Result<()> {
    let text = std::env::args().nth(1).unwrap_or_else(|| {
        "My name is Jo Roy, four oh three, 555 0142, next Thursday at 10".into()
    });
    // The reference time is an input: nothing in bella-extract reads a clock.
    let reference = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton")?;
    let turn = Turn {
        text: &text,
        reference,
        region: "CA",
        expect: None::<Expect>,
        lang: bella_extract::Lang::En,
    };
    let found = extract(&turn);

    println!("turn: {text}");
    match &found.phone {
        // `e164()` is the clear value; `Display` would print it masked.
        Some(m) => println!(
            "phone: {} ({}, bytes {}..{})",
            m.value.e164(),
            m.rule,
            m.span.start,
            m.span.end
        ),
        None => println!("phone: none"),
    }
    match &found.name {
        Some(m) => println!("name:  {} ({})", m.value.as_str(), m.rule),
        None => println!("name:  none"),
    }
    match &found.time {
        Some(m) => println!(
            "when:  {:?} {:?} {:?} ({})",
            m.value.date, m.value.time, m.value.part_of_day, m.rule
        ),
        None => println!("when:  none"),
    }
    Ok(())
}
