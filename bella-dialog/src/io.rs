//! The engine's vocabulary: [`Input`] in, [`Output`] out, and the store requests and
//! replies that travel through them.

use bella_core::{Appointment, AppointmentId, Expect, PersonName, PhoneNumber, Pii};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Who is calling: the call's id (used in idempotency keys and to seed prompt
/// variation) and the number the call comes from, if the carrier gave one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallInfo {
    /// The call's id (Twilio's `CallSid`, or any unique string).
    pub call_id: String,
    /// The caller's number, if known.
    pub caller_id: Option<PhoneNumber>,
}

/// Something that happened on the call. Every input carries the instant it happened:
/// the engine never reads a clock. What the caller said or typed is wrapped in [`Pii`],
/// so `{:?}` of an input never shows it; serialisation is unchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Input {
    /// The call was answered: the engine greets the caller.
    CallStarted {
        /// When.
        now: DateTime<Utc>,
    },
    /// The caller said something (speech-to-text result).
    CallerTurn {
        /// When.
        now: DateTime<Utc>,
        /// The recognised text (personal data: prints `[redacted]`).
        text: Pii<String>,
        /// The recogniser's confidence, 0.0 to 1.0.
        confidence: f32,
    },
    /// The caller typed digits on the keypad.
    Digits {
        /// When.
        now: DateTime<Utc>,
        /// The digits as typed (`0-9`, `*`, `#`; personal data: often a number).
        digits: Pii<String>,
    },
    /// The caller said nothing before the listen timed out.
    Silence {
        /// When.
        now: DateTime<Utc>,
    },
    /// A deadline the engine asked for (see [`Output::Timeout`]) has passed.
    Timer {
        /// When.
        now: DateTime<Utc>,
    },
    /// The caller talked over the last reply (a streaming channel with barge-in, such
    /// as ConversationRelay). `heard` is the part of the reply they heard before
    /// talking (`utteranceUntilInterrupt`), `heard_ms` how long it played. Their
    /// words follow as a [`Input::CallerTurn`], read against what was heard: a "yes"
    /// to a question cut off before it was asked is not a yes, and a choice among
    /// offered times counts only the times heard.
    Interrupted {
        /// When.
        now: DateTime<Utc>,
        /// The text of the reply played before the interruption (may be empty). It can
        /// hold a read-back of the caller's name and number, so it is personal data.
        heard: Pii<String>,
        /// How long the reply played, ms, if known.
        heard_ms: Option<u64>,
    },
    /// The line dropped mid-call and was picked up again (possibly by another server,
    /// from the saved state): the engine apologises and asks its current question
    /// again. Nothing already given is asked for.
    Resumed {
        /// When.
        now: DateTime<Utc>,
    },
    /// The answer to an [`Output::Store`] request.
    StoreReply {
        /// When.
        now: DateTime<Utc>,
        /// The id of the request this answers.
        request_id: u64,
        /// What the store did.
        result: StoreResult,
    },
    /// The answer to an [`Output::LlmExtract`] request: the value the model read, as
    /// text (`"+14035550142"`, `"2026-11-26T09:30"`, `"Rocky Jonathan"`), or an error.
    LlmReply {
        /// When.
        now: DateTime<Utc>,
        /// The id of the request this answers.
        request_id: u64,
        /// The value found (personal data: a name or a number), or why none was.
        result: Result<Pii<String>, String>,
    },
}

impl Input {
    /// The instant carried by this input.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Self::CallStarted { now }
            | Self::CallerTurn { now, .. }
            | Self::Digits { now, .. }
            | Self::Silence { now }
            | Self::Timer { now }
            | Self::Interrupted { now, .. }
            | Self::Resumed { now }
            | Self::StoreReply { now, .. }
            | Self::LlmReply { now, .. } => *now,
        }
    }
}

/// How a call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// An appointment was booked.
    Booked,
    /// An appointment was cancelled.
    Cancelled,
    /// An appointment was moved.
    Rescheduled,
    /// The caller was put through to a person.
    Transferred,
    /// Nothing was booked or changed.
    NoBooking,
    /// A reminder call: the person said they will come (SPEC §3.2).
    Confirmed,
    /// A reminder call reached a machine and left one message (SPEC §3.2).
    Voicemail,
}

impl Outcome {
    /// The lowercase name used in the JSON contract.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Cancelled => "cancelled",
            Self::Rescheduled => "rescheduled",
            Self::Transferred => "transferred",
            Self::NoBooking => "no_booking",
            Self::Confirmed => "confirmed",
            Self::Voicemail => "voicemail",
        }
    }

    /// The outcome [`Outcome::as_str`] names (a stored call record's), else `None`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        [
            Self::Booked,
            Self::Cancelled,
            Self::Rescheduled,
            Self::Transferred,
            Self::NoBooking,
            Self::Confirmed,
            Self::Voicemail,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// What the engine wants done. Drain [`crate::Dialog::poll_output`] after every input.
/// Words spoken or sent to a model are wrapped in [`Pii`]: `{:?}` never shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
#[must_use]
pub enum Output {
    /// Speak this text to the caller.
    Say {
        /// The words to speak (personal data: a read-back holds the name and number).
        text: Pii<String>,
    },
    /// Listen for the caller's answer.
    Listen {
        /// What the agent just asked for.
        expect: Expect,
        /// Words to bias the recogniser towards.
        hints: Vec<String>,
        /// Whether keypad digits are accepted as an answer.
        digits: bool,
        /// How long to wait for speech before reporting [`Input::Silence`], in seconds.
        timeout_secs: u32,
    },
    /// Ask the store something; answer with [`Input::StoreReply`] and the same id.
    Store {
        /// Echo this id in the reply.
        request_id: u64,
        /// What to do.
        request: StoreRequest,
    },
    /// Ask a language model to read a slot the rules could not; answer with
    /// [`Input::LlmReply`] before `deadline` (a later answer counts as a failure).
    LlmExtract {
        /// Echo this id in the reply.
        request_id: u64,
        /// The slot to read.
        slot: Expect,
        /// What the caller said (personal data).
        text: Pii<String>,
        /// The reply must arrive before this instant.
        deadline: DateTime<Utc>,
    },
    /// Put the caller through to a person (`None`: the adapter's default number).
    Transfer {
        /// The number to dial.
        to: Option<String>,
    },
    /// End the call.
    HangUp {
        /// How the call ended.
        outcome: Outcome,
    },
    /// Nothing more to do until this instant, or until the next input: deliver
    /// [`Input::Timer`] then. Always the last output of a drain while the call lasts.
    Timeout(DateTime<Utc>),
}

/// A `[start, end)` interval of instants, held by a resource.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// Start.
    pub start: DateTime<Utc>,
    /// End (exclusive).
    pub end: DateTime<Utc>,
    /// The resource it holds, as the business names it; `None` blocks every
    /// resource (appointments made before the business listed any).
    #[serde(default)]
    pub resource: Option<String>,
}

/// A request to the appointment store. Every request that changes something carries
/// an idempotency key (`"{call_id}:{turn}:{what}"`), so a retried webhook never books
/// twice: the store must return the first result for a key it has already seen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum StoreRequest {
    /// Which times in `[from, to)` are taken. Reply [`StoreResult::Busy`] with the
    /// intervals of every booked (not cancelled) appointment overlapping the range;
    /// the engine computes free slots itself from the business hours.
    FreeSlots {
        /// Range start.
        from: DateTime<Utc>,
        /// Range end (exclusive).
        to: DateTime<Utc>,
    },
    /// Book an appointment. Reply [`StoreResult::Booked`], or
    /// [`StoreResult::SlotTaken`] if it overlaps a booked one.
    Book {
        /// The caller's name.
        name: PersonName,
        /// The caller's number.
        phone: PhoneNumber,
        /// Start instant.
        start: DateTime<Utc>,
        /// Length in minutes.
        minutes: u32,
        /// Deduplicates retries.
        idempotency_key: String,
        /// The service, as the business names it (`None`: the default service).
        #[serde(default)]
        service: Option<String>,
        /// The resource it holds (`None`: the business's only one). The store refuses
        /// a booking that overlaps another on the same resource.
        #[serde(default)]
        resource: Option<String>,
        /// The language of the call (SPEC §5.7): the appointment's confirmation and
        /// reminder texts are written in it.
        #[serde(default)]
        lang: bella_extract::Lang,
    },
    /// Every appointment booked under a number. Reply [`StoreResult::Found`].
    FindByPhone {
        /// The number.
        phone: PhoneNumber,
    },
    /// Cancel an appointment. Reply [`StoreResult::Cancelled`].
    Cancel {
        /// Which.
        id: AppointmentId,
        /// Deduplicates retries.
        idempotency_key: String,
    },
    /// The name a caller number booked under before, to greet a returning caller.
    /// Reply [`StoreResult::Customer`]; any error just greets them as a new caller.
    FindCustomer {
        /// The number calling.
        phone: PhoneNumber,
    },
    /// Move an appointment. Reply [`StoreResult::Rescheduled`] or
    /// [`StoreResult::SlotTaken`].
    Reschedule {
        /// Which.
        id: AppointmentId,
        /// The new start instant.
        new_start: DateTime<Utc>,
        /// Deduplicates retries.
        idempotency_key: String,
        /// The resource to move it to, when the caller asked for another person
        /// ("to 2 with Jayden instead", SPEC §3.1); `None` keeps its own. The store
        /// refuses a move that overlaps another appointment of the resource it ends on.
        #[serde(default)]
        resource: Option<String>,
    },
    /// Mark an appointment confirmed by its holder (a reminder call). Reply
    /// [`StoreResult::Confirmed`].
    Confirm {
        /// Which.
        id: AppointmentId,
        /// Deduplicates retries.
        idempotency_key: String,
    },
    /// Record that a number wants no more reminder calls or texts ("stop calling me"
    /// on a reminder call, CRTC/CASL): the outbound path skips it from then on.
    /// Idempotent. Reply [`StoreResult::OptedOut`].
    OptOut {
        /// The number called.
        phone: PhoneNumber,
    },
}

/// The store's answer to a [`StoreRequest`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
#[non_exhaustive]
pub enum StoreResult {
    /// For `FreeSlots`: the busy intervals in the range.
    Busy(Vec<Interval>),
    /// For `Book`: the appointment made.
    Booked(Appointment),
    /// For `Book` and `Reschedule`: the slot is no longer free.
    SlotTaken,
    /// For `FindByPhone`: the appointments under that number (any status).
    Found(Vec<Appointment>),
    /// For `Cancel`: the cancelled appointment.
    Cancelled(Appointment),
    /// For `Reschedule`: the moved appointment.
    Rescheduled(Appointment),
    /// For `Confirm`: the confirmed appointment.
    Confirmed(Appointment),
    /// For `OptOut`: the opt-out is recorded.
    OptedOut,
    /// For `FindCustomer`: the name of their latest booking, if they ever booked.
    Customer(Option<PersonName>),
    /// The store failed; the caller hears an apology and is offered a transfer.
    Error(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use bella_core::AppointmentStatus;

    const NAME: &str = "Rocky Jonathan";
    const SAID: &str = "it's Rocky Jonathan, seven eight oh, 555 0199";
    const PLANTED: &[&str] = &[
        "Rocky",
        "Jonathan",
        "7805550199",
        "555 0199",
        "0199",
        "seven eight oh",
    ];

    fn now() -> DateTime<Utc> {
        "2026-11-17T17:15:00Z".parse().unwrap()
    }

    #[test]
    fn an_outcome_reads_back_from_its_name() {
        for o in [
            Outcome::Booked,
            Outcome::Cancelled,
            Outcome::Rescheduled,
            Outcome::Transferred,
            Outcome::NoBooking,
            Outcome::Confirmed,
            Outcome::Voicemail,
        ] {
            assert_eq!(Outcome::parse(o.as_str()), Some(o));
            // The saved form (serde) is the same name.
            assert_eq!(
                serde_json::to_string(&o).unwrap(),
                format!("\"{}\"", o.as_str())
            );
        }
        assert_eq!(Outcome::parse("Booked"), None);
        assert_eq!(Outcome::parse(""), None);
    }

    fn appointment() -> Appointment {
        Appointment {
            id: AppointmentId(7),
            name: PersonName::new(NAME).unwrap(),
            phone: PhoneNumber::from_e164("+17805550199").unwrap(),
            start: now(),
            minutes: 30,
            tz: chrono_tz::America::Edmonton,
            status: AppointmentStatus::Booked,
            service: Some("Follow-up".into()),
            resource: Some("Dr. Amara Singh".into()),
        }
    }

    /// One of each input, each carrying the planted name and number where it can. The
    /// match has no wildcard: a new variant does not compile until it is added here.
    fn every_input() -> Vec<Input> {
        let now = now();
        let all = vec![
            Input::CallStarted { now },
            Input::CallerTurn {
                now,
                text: SAID.into(),
                confidence: 0.9,
            },
            Input::Digits {
                now,
                digits: "7805550199#".into(),
            },
            Input::Silence { now },
            Input::Timer { now },
            Input::StoreReply {
                now,
                request_id: 1,
                result: StoreResult::Booked(appointment()),
            },
            Input::LlmReply {
                now,
                request_id: 2,
                result: Ok("+17805550199".into()),
            },
            Input::Interrupted {
                now,
                heard: SAID.into(),
                heard_ms: Some(1_200),
            },
            Input::Resumed { now },
        ];
        for i in &all {
            match i {
                Input::CallStarted { .. }
                | Input::CallerTurn { .. }
                | Input::Digits { .. }
                | Input::Silence { .. }
                | Input::Timer { .. }
                | Input::StoreReply { .. }
                | Input::LlmReply { .. }
                | Input::Interrupted { .. }
                | Input::Resumed { .. } => {}
            }
        }
        all
    }

    /// One of each output (and of each store request and result), planted likewise.
    fn every_output() -> Vec<Output> {
        let name = PersonName::new(NAME).unwrap();
        let phone = PhoneNumber::from_e164("+17805550199").unwrap();
        let requests = vec![
            StoreRequest::FreeSlots {
                from: now(),
                to: now(),
            },
            StoreRequest::Book {
                name,
                phone: phone.clone(),
                start: now(),
                minutes: 30,
                idempotency_key: "CA1:3:book".into(),
                service: Some("Follow-up".into()),
                resource: None,
                lang: bella_extract::Lang::Fr,
            },
            StoreRequest::FindCustomer {
                phone: phone.clone(),
            },
            StoreRequest::FindByPhone { phone },
            StoreRequest::Cancel {
                id: AppointmentId(7),
                idempotency_key: "CA1:4:cancel".into(),
            },
            StoreRequest::Reschedule {
                id: AppointmentId(7),
                new_start: now(),
                idempotency_key: "CA1:5:move".into(),
                resource: Some("Bay 2".into()),
            },
            StoreRequest::Confirm {
                id: AppointmentId(7),
                idempotency_key: "CA1:6:confirm".into(),
            },
            StoreRequest::OptOut {
                phone: PhoneNumber::from_e164("+17805550199").unwrap(),
            },
        ];
        let mut all = vec![
            Output::Say {
                text: "So that's Rocky Jonathan, phone seven eight oh, five five five, oh one nine nine (7805550199). Shall I book it?".into(),
            },
            Output::Listen { expect: Expect::Confirm, hints: vec!["yes".into()], digits: true, timeout_secs: 5 },
            Output::LlmExtract { request_id: 3, slot: Expect::Name, text: SAID.into(), deadline: now() },
            Output::Transfer { to: None },
            Output::HangUp { outcome: Outcome::Booked },
            Output::Timeout(now()),
        ];
        all.extend(
            requests
                .into_iter()
                .enumerate()
                .map(|(i, request)| Output::Store {
                    request_id: i as u64,
                    request,
                }),
        );
        for o in &all {
            match o {
                Output::Say { .. }
                | Output::Listen { .. }
                | Output::Store { .. }
                | Output::LlmExtract { .. }
                | Output::Transfer { .. }
                | Output::HangUp { .. }
                | Output::Timeout(_) => {}
            }
            if let Output::Store { request, .. } = o {
                match request {
                    StoreRequest::FreeSlots { .. }
                    | StoreRequest::Book { .. }
                    | StoreRequest::FindByPhone { .. }
                    | StoreRequest::FindCustomer { .. }
                    | StoreRequest::Cancel { .. }
                    | StoreRequest::Reschedule { .. }
                    | StoreRequest::Confirm { .. }
                    | StoreRequest::OptOut { .. } => {}
                }
            }
        }
        all
    }

    fn every_result() -> Vec<StoreResult> {
        let a = appointment();
        let all = vec![
            StoreResult::Busy(vec![Interval {
                start: now(),
                end: now(),
                resource: Some("Bay 1".into()),
            }]),
            StoreResult::Customer(Some(PersonName::new(NAME).unwrap())),
            StoreResult::Booked(a.clone()),
            StoreResult::SlotTaken,
            StoreResult::Found(vec![a.clone()]),
            StoreResult::Cancelled(a.clone()),
            StoreResult::Rescheduled(a.clone()),
            StoreResult::Confirmed(a),
            StoreResult::OptedOut,
            StoreResult::Error("pool timed out".into()),
        ];
        for r in &all {
            match r {
                StoreResult::Busy(_)
                | StoreResult::Booked(_)
                | StoreResult::SlotTaken
                | StoreResult::Found(_)
                | StoreResult::Cancelled(_)
                | StoreResult::Rescheduled(_)
                | StoreResult::Confirmed(_)
                | StoreResult::OptedOut
                | StoreResult::Customer(_)
                | StoreResult::Error(_) => {}
            }
        }
        all
    }

    fn assert_clean(what: &str, dbg: &str) {
        for p in PLANTED {
            assert!(
                !dbg.contains(p),
                "{p:?} leaked in the Debug of {what}: {dbg}"
            );
        }
    }

    #[test]
    fn debug_of_every_input_and_output_hides_names_and_numbers() {
        for i in every_input() {
            assert_clean("an input", &format!("{i:?} {i:#?}"));
        }
        for o in every_output() {
            assert_clean("an output", &format!("{o:?} {o:#?}"));
        }
        for r in every_result() {
            assert_clean("a store result", &format!("{r:?}"));
        }
        let call = CallInfo {
            call_id: "CA1".into(),
            caller_id: PhoneNumber::from_e164("+17805550199").ok(),
        };
        assert_clean("the call info", &format!("{call:?}"));
    }

    /// The wrapping is invisible on the wire: what is serialised is the text itself, as
    /// before (saved sessions and their version numbers do not change).
    #[test]
    fn serialisation_is_unchanged() {
        let say = Output::Say {
            text: "Hi Rocky".into(),
        };
        assert_eq!(
            serde_json::to_string(&say).unwrap(),
            r#"{"type":"say","text":"Hi Rocky"}"#
        );
        let turn = Input::CallerTurn {
            now: now(),
            text: "yes".into(),
            confidence: 0.5,
        };
        let json = serde_json::to_string(&turn).unwrap();
        assert!(json.contains(r#""text":"yes""#), "{json}");
        assert_eq!(serde_json::from_str::<Input>(&json).unwrap(), turn);
        let llm = Input::LlmReply {
            now: now(),
            request_id: 1,
            result: Ok("+17805550199".into()),
        };
        let json = serde_json::to_string(&llm).unwrap();
        assert!(json.contains(r#""Ok":"+17805550199""#), "{json}");
        // `Timeout` is never saved (a drain ends with it; the queue never holds it).
        for o in every_output()
            .into_iter()
            .filter(|o| !matches!(o, Output::Timeout(_)))
        {
            let json = serde_json::to_string(&o).unwrap();
            assert_eq!(serde_json::from_str::<Output>(&json).unwrap(), o);
        }
    }

    /// A move saved before it could carry a person reads back as one keeping its own.
    #[test]
    fn a_move_saved_without_a_resource_keeps_its_own() {
        let json = r#"{"type":"reschedule","id":7,"new_start":"2026-11-17T17:15:00Z","idempotency_key":"CA1:5:move"}"#;
        assert_eq!(
            serde_json::from_str::<StoreRequest>(json).unwrap(),
            StoreRequest::Reschedule {
                id: AppointmentId(7),
                new_start: now(),
                idempotency_key: "CA1:5:move".into(),
                resource: None,
            }
        );
    }
}
