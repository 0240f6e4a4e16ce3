//! Barge-in and the silence timer (streaming channels such as ConversationRelay),
//! driven directly with simulated time: a "yes" over a cut-off read-back, a choice
//! during an offer list, and silences ended by the engine's own deadline.

use bella_dialog::driver::{SimDriver, drain_outputs, spoken};
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Outcome, Output, StoreRequest};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

fn t0() -> DateTime<Utc> {
    // Tuesday 2026-11-17 10:15 in Edmonton.
    "2026-11-17T17:15:00Z".parse().unwrap()
}

struct Call {
    d: Dialog,
    book: MemoryBook,
    now: DateTime<Utc>,
}

impl Call {
    fn new() -> Self {
        let call = CallInfo {
            call_id: "CA-barge".into(),
            caller_id: None,
        };
        let mut c = Self {
            d: Dialog::new(Arc::new(Config::default()), call, t0()),
            book: MemoryBook::new(chrono_tz::America::Edmonton),
            now: t0(),
        };
        c.input(Input::CallStarted { now: t0() });
        c
    }

    /// Feeds an input through the simulation driver (the store answered from the
    /// book) and returns every output the engine gave.
    fn input(&mut self, input: Input) -> Vec<Output> {
        let mut sim = SimDriver::new(self.d.clone(), self.book.clone(), self.now);
        let reply = sim.feed(input);
        self.d = sim.dialog;
        self.book = sim.book;
        reply.outputs
    }

    fn say(&mut self, text: &str) -> Vec<Output> {
        self.now += Duration::seconds(3);
        self.input(Input::CallerTurn {
            now: self.now,
            text: text.into(),
            confidence: 0.9,
        })
    }

    fn interrupt(&mut self, heard: &str) -> Vec<Output> {
        self.now += Duration::seconds(1);
        self.input(Input::Interrupted {
            now: self.now,
            heard: heard.into(),
            heard_ms: None,
        })
    }

    /// Up to the read-back; returns its text.
    fn reach_read_back(&mut self) -> String {
        self.say("I'd like to book an appointment, my name is Jo Roy");
        self.say("403 555 0142");
        spoken(&self.say("Thursday at 10 a.m."))
    }
}

/// A call whose engine runs its own silence timer (a realtime transport's).
fn silence_timed(call_id: &str) -> Call {
    let call = CallInfo {
        call_id: call_id.into(),
        caller_id: None,
    };
    let mut d = Dialog::new(Arc::new(Config::default()), call, t0());
    d.enable_silence_timer();
    Call {
        d,
        book: MemoryBook::new(chrono_tz::America::Edmonton),
        now: t0(),
    }
}

fn books(outputs: &[Output]) -> bool {
    outputs.iter().any(|o| {
        matches!(
            o,
            Output::Store {
                request: StoreRequest::Book { .. },
                ..
            }
        )
    })
}

/// The first `n` words of `text`.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn yes_over_a_read_back_cut_before_the_question_is_asked_again() {
    let mut c = Call::new();
    let read_back = c.reach_read_back();
    assert!(read_back.contains("Shall I book it?"), "{read_back}");
    // Cut after "So that's Jo Roy, phone four oh three": the question was not heard.
    let out = c.interrupt(&first_words(&read_back, 7));
    assert!(
        spoken(&out).is_empty(),
        "an interrupt says nothing by itself"
    );
    let out = c.say("yes");
    assert!(!books(&out), "a yes to an unheard question books nothing");
    let again = spoken(&out);
    assert!(
        again.starts_with("Just to check, shall I book it for Thursday"),
        "{again}"
    );
    assert_eq!(again.matches('?').count(), 1, "one short sentence: {again}");
    assert!(again.split_whitespace().count() < 16, "{again}");
    // Now heard in full: the yes books.
    let out = c.say("yes please");
    assert!(books(&out));
    assert_eq!(c.d.outcome(), Some(Outcome::Booked));
}

#[test]
fn yes_after_hearing_the_question_books_at_once() {
    let mut c = Call::new();
    let read_back = c.reach_read_back();
    let n = read_back.split_whitespace().count();
    // Cut in the middle of the question, after "Shall I".
    c.interrupt(&first_words(&read_back, n - 2));
    let out = c.say("yes");
    assert!(books(&out), "{}", spoken(&out));
    assert_eq!(c.d.outcome(), Some(Outcome::Booked));
}

#[test]
fn a_correction_over_a_cut_read_back_is_read_as_usual() {
    let mut c = Call::new();
    let read_back = c.reach_read_back();
    c.interrupt(&first_words(&read_back, 3));
    let out = c.say("no, make it Friday at 2 p.m.");
    assert!(!books(&out));
    let text = spoken(&out);
    assert!(
        text.contains("Friday") && text.contains("Shall I book it?"),
        "{text}"
    );
}

#[test]
fn interrupt_by_duration_only_counts_words_played() {
    let mut c = Call::new();
    c.reach_read_back();
    c.now += Duration::seconds(1);
    // 1.2 s of a long read-back: nowhere near the question.
    c.input(Input::Interrupted {
        now: c.now,
        heard: "".into(),
        heard_ms: Some(1_200),
    });
    assert!(!books(&c.say("yeah")));
}

/// Asks for a time before opening, so three times are offered; returns the reply.
fn to_offers(c: &mut Call) -> String {
    c.say("I'd like to book an appointment, my name is Jo Roy");
    c.say("403 555 0142");
    let text = spoken(&c.say("Thursday at 7 a.m."));
    assert!(text.contains("9 a.m., 9:30 a.m. or 10 a.m."), "{text}");
    text
}

#[test]
fn a_choice_during_the_offer_list_counts_only_times_heard() {
    let mut c = Call::new();
    let offers = to_offers(&mut c);
    // Heard up to "9 a.m.," only.
    let cut = offers.find("9 a.m.,").unwrap() + "9 a.m.,".len();
    c.interrupt(&offers[..cut]);
    // "The second one" was never heard: not a choice; the times are named again.
    let text = spoken(&c.say("the second one"));
    assert!(!text.contains("Shall I book it?"), "{text}");
    assert!(text.starts_with("Sorry, the times I have are"), "{text}");
    // Cut again after the first time: "yes" takes the one time heard.
    let cut = text.find("9 a.m.,").unwrap() + "9 a.m.,".len();
    c.interrupt(&text[..cut]);
    let text = spoken(&c.say("yes"));
    assert!(text.contains("at 9 a.m. Shall I book it?"), "{text}");
}

#[test]
fn yes_before_any_offer_was_heard_names_the_times_again() {
    let mut c = Call::new();
    let offers = to_offers(&mut c);
    c.interrupt(&first_words(&offers, 4));
    let text = spoken(&c.say("yes"));
    assert!(
        text.starts_with("Sorry, the times I have are Thursday"),
        "{text}"
    );
    assert!(text.contains("9 a.m., 9:30 a.m. or 10 a.m."), "{text}");
    // Heard in full this time: the second one is 9:30.
    let text = spoken(&c.say("the second one"));
    assert!(text.contains("9:30 a.m. Shall I book it?"), "{text}");
}

#[test]
fn a_time_named_during_the_list_is_checked_like_any_time() {
    let mut c = Call::new();
    let offers = to_offers(&mut c);
    c.interrupt(&first_words(&offers, 4));
    let text = spoken(&c.say("10 a.m. works"));
    assert!(text.contains("at 10 a.m. Shall I book it?"), "{text}");
}

fn deadline(outputs: &[Output]) -> DateTime<Utc> {
    match outputs.last() {
        Some(Output::Timeout(at)) => *at,
        other => panic!("drain must end with a timeout, got {other:?}"),
    }
}

#[test]
fn the_silence_timer_drives_three_silences() {
    let mut c = silence_timed("CA-quiet");
    let out = c.input(Input::CallStarted { now: t0() });
    let at = deadline(&out);
    // The greeting's speaking time plus the six-second listen timeout.
    assert!(at > t0() + Duration::seconds(6) && at < t0() + Duration::seconds(30));
    // A timer before the deadline does nothing.
    let early = c.input(Input::Timer {
        now: at - Duration::seconds(1),
    });
    assert!(spoken(&early).is_empty());
    let mut at = deadline(&early);
    for i in 0..3 {
        // Saved and restored between timers, as a server does.
        let saved = c.d.save();
        c.d = Dialog::restore(Arc::new(Config::default()), &saved).unwrap();
        let out = c.input(Input::Timer { now: at });
        let text = spoken(&out);
        if i < 2 {
            assert!(text.starts_with("Sorry, I didn't hear anything."), "{text}");
            at = deadline(&out);
        } else {
            assert!(text.contains("I'll let you go"), "{text}");
        }
    }
    assert_eq!(c.d.outcome(), Some(Outcome::NoBooking));
}

#[test]
fn an_answer_resets_the_silence_timer_and_gather_calls_never_time_out() {
    let mut c = silence_timed("CA-answer");
    let first = deadline(&c.input(Input::CallStarted { now: t0() }));
    let out = c.say("I'd like to book an appointment");
    let next = deadline(&out);
    assert!(next > first, "a new listen starts after an answer");

    // Without the timer (Gather): the deadline is the end of the call, and a timer
    // after the listen timeout says nothing.
    let mut g = Call::new();
    let at = t0() + Duration::seconds(30);
    assert!(spoken(&g.input(Input::Timer { now: at })).is_empty());
    assert!(!g.d.is_ended());
}

#[test]
fn a_resumed_call_asks_only_the_question_it_was_at() {
    let mut c = Call::new();
    c.say("I'd like to book an appointment, my name is Jo Roy");
    let asked = spoken(&c.say("403 555 0142"));
    // Saved, the line drops, and another server restores it.
    let saved = c.d.save();
    c.d = Dialog::restore(Arc::new(Config::default()), &saved).unwrap();
    let text = spoken(&c.input(Input::Resumed { now: c.now }));
    assert!(
        text.starts_with("Sorry about that, we got cut off."),
        "{text}"
    );
    assert!(
        text.ends_with(asked.split(". ").last().unwrap()),
        "{text} / {asked}"
    );
    assert!(
        !text.contains("name") && !text.contains("phone number"),
        "{text}"
    );
    let read_back = spoken(&c.say("Thursday at 10 a.m."));
    assert!(read_back.contains("Jo Roy") && read_back.contains("Shall I book it?"));
    // Before the greeting, or after the end, a resume says nothing.
    let mut fresh = Dialog::new(
        Arc::new(Config::default()),
        CallInfo {
            call_id: "CA-new".into(),
            caller_id: None,
        },
        t0(),
    );
    fresh.handle_input(Input::Resumed { now: t0() });
    assert!(!matches!(
        drain_outputs(&mut fresh).first(),
        Some(Output::Say { .. })
    ));
}

#[test]
fn a_move_to_another_person_names_them_in_the_check_and_the_last_sentence() {
    let cfg = Config::from_toml_str(include_str!("../examples/clinic.toml")).unwrap();
    let call = CallInfo {
        call_id: "CA-barge-move".into(),
        caller_id: Some(bella_core::PhoneNumber::from_e164("+19025550142").unwrap()),
    };
    let mut c = Call {
        d: Dialog::new(Arc::new(cfg), call, t0()),
        book: MemoryBook::new(chrono_tz::America::Halifax),
        now: t0(),
    };
    // A follow-up with Dr. Singh on Wednesday 2026-11-18 at 10 (Halifax, UTC-4).
    let id = c.book.seed_on(
        "2026-11-18T14:00:00Z".parse().unwrap(),
        30,
        Some(bella_core::PersonName::new("Jo Roy").unwrap()),
        Some(bella_core::PhoneNumber::from_e164("+19025550142").unwrap()),
        Some("Dr. Amara Singh".into()),
    );
    c.book.set_service(id, Some("Follow-up".into()));
    c.input(Input::CallStarted { now: t0() });
    let read_back = spoken(&c.say("I need to move my follow-up to Thursday at 2 p.m. with Luc"));
    assert!(read_back.contains("with Luc Gagnon"), "{read_back}");
    c.interrupt(&first_words(&read_back, 5));
    let again = spoken(&c.say("yes"));
    assert!(
        again.starts_with("Just to check, shall I move it to Thursday")
            && again.contains("with Luc Gagnon?"),
        "{again}"
    );
    let done = spoken(&c.say("yes"));
    assert!(
        done.contains(
            "Your appointment is now on Thursday, November 19th at 2 p.m. with Luc Gagnon."
        ),
        "{done}"
    );
    // "Anything else?" after the move (requests.rs): no, and the call ends as the move.
    assert!(
        done.ends_with("Is there anything else I can help you with?"),
        "{done}"
    );
    let _ = c.say("no, that's all");
    assert_eq!(c.d.outcome(), Some(Outcome::Rescheduled));
}
