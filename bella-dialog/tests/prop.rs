//! Property tests over random input sequences: the engine never panics, every drain
//! ends (with the deadline last while the call lasts), nothing is ever booked outside
//! hours, on a closed date, in the past or on a taken slot, and the saved state
//! round-trips at every step. The sayings mix English and French, so calls switch
//! language at random points.

use bella_core::{BusinessHours, PhoneNumber};
use bella_dialog::driver::SimDriver;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Output, StoreRequest};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;
use std::sync::Arc;

const SAYINGS: &[&str] = &[
    "Hi, I'd like to book an appointment",
    "I need to cancel my appointment",
    "Can I move my appointment?",
    "When is my appointment?",
    "What are your hours?",
    "My name is Priya Patel",
    "Rocky Jonathan",
    "It's 403 555 0142",
    "the one I'm calling from",
    "four one six five five five oh one two three",
    "Thursday at 9:30",
    "Thursday",
    "Saturday at 10",
    "today at 9",
    "tomorrow at 2pm",
    "10 a.m.",
    "next Monday afternoon",
    "the 25th at 4",
    "December 24th at 11",
    "yes",
    "no",
    "no, the time is wrong",
    "No, my number is 780 555 0123",
    "the second one",
    "forget it",
    "I don't know",
    "",
    "agent",
    // French (SPEC §5), mixed in so calls switch language at random points.
    "Bonjour, je voudrais prendre un rendez-vous",
    "Je voudrais annuler mon rendez-vous",
    "Moi c'est Julie Gagnon",
    "C'est le 514 555-0177",
    "le numéro d'où j'appelle",
    "jeudi à 9 h 30",
    "samedi à 10 h",
    "demain à 14 h",
    "oui",
    "non, mon numéro c'est le 819 528-8539",
    "la deuxième",
    "laissez faire, je vais rappeler",
    "pardon?",
    "en français s'il vous plaît",
    "can we do this in English",
];

#[derive(Clone, Debug)]
enum Act {
    Say(usize),
    Text(String),
    Digits(String),
    Silence,
    Wait(u32),
    StoreFails,
    When(usize, u32, u32, usize),
}

const DAYS: &[&str] = &[
    "today",
    "tomorrow",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "next Thursday",
    "the 20th",
    "December 24th",
    "the 3rd",
];
const SUFFIXES: &[&str] = &["", " a.m.", " p.m.", " in the evening", " in the morning"];

fn when_text(day: usize, hour: u32, minute: u32, suffix: usize) -> String {
    format!(
        "{} at {hour}:{minute:02}{}",
        DAYS[day % DAYS.len()],
        SUFFIXES[suffix % SUFFIXES.len()]
    )
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        8 => (0..SAYINGS.len()).prop_map(Act::Say),
        1 => "\\PC{0,40}".prop_map(Act::Text),
        1 => "[0-9#*]{0,12}".prop_map(Act::Digits),
        1 => Just(Act::Silence),
        1 => (0u32..900).prop_map(Act::Wait),
        1 => Just(Act::StoreFails),
        3 => (0..DAYS.len(), 1u32..13, prop_oneof![Just(0u32), Just(15), Just(30), Just(45)], 0..SUFFIXES.len())
            .prop_map(|(d, h, m, s)| Act::When(d, h, m, s)),
    ]
}

struct Run {
    sim: SimDriver,
    hours: BusinessHours,
    seeded: Vec<DateTime<Utc>>,
    now: DateTime<Utc>,
    /// Booking requests seen, to check the properties are not vacuous.
    bookings: usize,
}

impl Run {
    fn feed(&mut self, input: Input) -> Result<(), TestCaseError> {
        let reply = self.sim.feed(input);
        prop_assert!(!reply.runaway, "drain does not end");
        prop_assert_eq!(reply.untimed_drains, 0, "drain did not end with a deadline");
        for o in &reply.outputs {
            let Output::Store { request, .. } = o else {
                continue;
            };
            // The engine's own guard: it never even asks to book or move into a slot
            // that is closed, past or taken.
            let start = match request {
                StoreRequest::Book { start, .. } => Some(*start),
                StoreRequest::Reschedule { new_start, .. } => Some(*new_start),
                _ => None,
            };
            if let Some(start) = start {
                self.bookings += 1;
                let local = start.with_timezone(&self.hours.tz).naive_local();
                prop_assert!(
                    self.hours.check_slot(local).is_ok(),
                    "booking outside hours: {local}"
                );
                prop_assert!(start > self.now, "booking in the past: {local}");
                let end = start + Duration::minutes(30);
                for s in &self.seeded {
                    let s_end = *s + Duration::minutes(30);
                    prop_assert!(!(start < s_end && *s < end), "booking a taken slot {local}");
                }
            }
        }
        let saved = self.sim.dialog.save();
        let back = Dialog::restore(Arc::new(Config::for_hours(self.hours.clone())), &saved);
        prop_assert!(back.is_ok(), "state does not load back");
        prop_assert_eq!(back.map(|b| b.save()).unwrap_or_default(), saved);
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn any_input_sequence_is_safe(
        middle in proptest::collection::vec(act(), 0..12),
        when in (0..DAYS.len(), 1u32..13, 0u32..4, 0..SUFFIXES.len()),
        day_offset in 0i64..20,
        minute in 0i64..(24 * 60),
        closed_offset in 0u64..10,
        taken in proptest::collection::vec((0i64..9, 18i64..34), 0..100),
        with_caller_id in any::<bool>(),
    ) {
        let tz = chrono_tz::America::Edmonton;
        let base: DateTime<Utc> = "2026-11-16T07:00:00Z".parse().unwrap();
        let start = base + Duration::days(day_offset) + Duration::minutes(minute);
        let mut hours = BusinessHours::weekdays_nine_to_five(tz);
        let today = start.with_timezone(&tz).date_naive();
        hours.closed.insert(today + chrono::Days::new(closed_offset));
        let mut book = MemoryBook::new(tz);
        let caller = PhoneNumber::from_e164("+14035550142").unwrap();
        let mut seeded = Vec::new();
        for (d, half_hours) in taken {
            let local = (today + chrono::Days::new(d as u64)).and_hms_opt(0, 0, 0).unwrap()
                + Duration::minutes(half_hours * 30);
            let at = bella_core::local_to_utc(tz, local);
            book.seed(at, 30, None, Some(caller.clone()));
            seeded.push(at);
        }
        let call = CallInfo {
            call_id: "prop".into(),
            caller_id: with_caller_id.then(|| caller.clone()),
        };
        let config = Arc::new(Config::for_hours(hours.clone()));
        let mut run = Run { sim: SimDriver::new(Dialog::new(config, call, start), book, start), hours, seeded, now: start, bookings: 0 };
        run.feed(Input::CallStarted { now: start })?;
        // A caller who mostly tries to book, with anything at all in the middle.
        let mut acts = vec![Act::Say(0), Act::Say(5), Act::Say(7), Act::When(when.0, when.1, when.2 * 15, when.3)];
        acts.extend(middle);
        acts.extend([Act::Say(19), Act::Say(19), Act::Say(19)]);
        for a in acts {
            let now = run.now;
            let input = match a {
                Act::Say(i) => Input::CallerTurn { now, text: SAYINGS[i].into(), confidence: 0.8 },
                Act::Text(t) => Input::CallerTurn { now, text: t.into(), confidence: 0.2 },
                Act::Digits(d) => Input::Digits { now, digits: d.into() },
                Act::Silence => Input::Silence { now },
                Act::Wait(s) => {
                    run.now = now + Duration::seconds(i64::from(s));
                    Input::Timer { now: run.now }
                }
                Act::When(d, h, m, s) => Input::CallerTurn { now, text: when_text(d, h, m, s).into(), confidence: 0.9 },
                Act::StoreFails => {
                    run.sim.book.fail_next = 1;
                    continue;
                }
            };
            run.feed(input)?;
            // Seeded appointments cancelled or moved by the caller free their slots.
            if run.sim.dialog.appointment().is_some() {
                run.seeded.clear();
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    /// A caller who says the same one to three things over and over (the clock
    /// standing still, so the call's time limit never comes): the call still ends,
    /// within 25 caller turns (`progress.rs`), whatever is said.
    #[test]
    fn no_call_goes_round_forever(
        cycle in proptest::collection::vec(prop_oneof![
            3 => (0..SAYINGS.len()).prop_map(Act::Say),
            1 => (0..DAYS.len(), 1u32..13, prop_oneof![Just(0u32), Just(30)], 0..SUFFIXES.len())
                .prop_map(|(d, h, m, s)| Act::When(d, h, m, s)),
        ], 1..4),
        opening in 0..SAYINGS.len(),
    ) {
        let tz = chrono_tz::America::Edmonton;
        let start: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
        let hours = BusinessHours::weekdays_nine_to_five(tz);
        let call = CallInfo {
            call_id: "circles".into(),
            caller_id: Some(PhoneNumber::from_e164("+14035550142").unwrap()),
        };
        let config = Arc::new(Config::for_hours(hours));
        let mut sim = SimDriver::new(Dialog::new(config, call, start), MemoryBook::new(tz), start);
        let greeting = sim.feed(Input::CallStarted { now: start });
        prop_assert!(!greeting.runaway, "drain does not end");
        let mut turns = 0;
        let sayings = std::iter::once(Act::Say(opening)).chain(cycle.iter().cycle().cloned());
        for a in sayings.take(80) {
            if sim.dialog.is_ended() {
                break;
            }
            let text = match a {
                Act::Say(i) => SAYINGS[i].to_owned(),
                Act::When(d, h, m, s) => when_text(d, h, m, s),
                _ => unreachable!("the strategy makes only sayings and times"),
            };
            turns += 1;
            let reply = sim.feed(Input::CallerTurn { now: start, text: text.into(), confidence: 0.9 });
            prop_assert!(!reply.runaway, "drain does not end");
        }
        prop_assert!(sim.dialog.is_ended(), "still going after {turns} caller turns");
        prop_assert!(turns <= 25, "{turns} caller turns before the end");
    }
}

/// The random callers above must actually reach bookings, or the properties prove
/// nothing: the same kind of caller, without the noise, books most of the time.
#[test]
fn random_callers_do_book() {
    let mut bookings = 0;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let hours = BusinessHours::weekdays_nine_to_five(chrono_tz::America::Edmonton);
    let strategy = (0..DAYS.len(), 1u32..13, 0u32..4, 0..SUFFIXES.len());
    let mut n = 0;
    for _ in 0..64 {
        let when = proptest::strategy::ValueTree::current(&strategy.new_tree(&mut runner).unwrap());
        let start: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
        let call = CallInfo {
            call_id: format!("r{n}"),
            caller_id: None,
        };
        let config = Arc::new(Config::for_hours(hours.clone()));
        let mut run = Run {
            sim: SimDriver::new(
                Dialog::new(config, call, start),
                MemoryBook::new(hours.tz),
                start,
            ),
            hours: hours.clone(),
            seeded: Vec::new(),
            now: start,
            bookings: 0,
        };
        let mut texts = vec![
            SAYINGS[0].to_owned(),
            SAYINGS[5].to_owned(),
            SAYINGS[7].to_owned(),
            when_text(when.0, when.1, when.2 * 15, when.3),
        ];
        texts.extend(std::iter::repeat_n("yes".to_owned(), 4));
        run.feed(Input::CallStarted { now: start }).unwrap();
        for text in texts {
            run.feed(Input::CallerTurn {
                now: start,
                text: text.into(),
                confidence: 0.9,
            })
            .unwrap();
        }
        bookings += run.bookings;
        n += 1;
    }
    assert!(
        bookings >= 32,
        "only {bookings} of {n} random callers reached a booking"
    );
}
