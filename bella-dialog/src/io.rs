//! The engine's vocabulary: [`Input`] in, [`Output`] out, and the store requests and
//! replies that travel through them.

use bella_core::{Appointment, AppointmentId, Expect, PersonName, PhoneNumber};
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
/// the engine never reads a clock.
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
        /// The recognised text.
        text: String,
        /// The recogniser's confidence, 0.0 to 1.0.
        confidence: f32,
    },
    /// The caller typed digits on the keypad.
    Digits {
        /// When.
        now: DateTime<Utc>,
        /// The digits as typed (`0-9`, `*`, `#`).
        digits: String,
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
        /// The value found, or why none was.
        result: Result<String, String>,
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
}

/// What the engine wants done. Drain [`crate::Dialog::poll_output`] after every input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
#[must_use]
pub enum Output {
    /// Speak this text to the caller.
    Say {
        /// The words to speak.
        text: String,
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
        /// What the caller said.
        text: String,
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

/// A `[start, end)` interval of instants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Interval {
    /// Start.
    pub start: DateTime<Utc>,
    /// End (exclusive).
    pub end: DateTime<Utc>,
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
    /// Move an appointment. Reply [`StoreResult::Rescheduled`] or
    /// [`StoreResult::SlotTaken`].
    Reschedule {
        /// Which.
        id: AppointmentId,
        /// The new start instant.
        new_start: DateTime<Utc>,
        /// Deduplicates retries.
        idempotency_key: String,
    },
    /// Mark an appointment confirmed by its holder (a reminder call). Reply
    /// [`StoreResult::Confirmed`].
    Confirm {
        /// Which.
        id: AppointmentId,
        /// Deduplicates retries.
        idempotency_key: String,
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
    /// The store failed; the caller hears an apology and is offered a transfer.
    Error(String),
}
