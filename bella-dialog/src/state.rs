//! The engine's saved state: everything a call needs between two webhook requests,
//! serialised with a version number.

use crate::intent::Intent;
use crate::io::{CallInfo, Interval, Outcome, Output};
use bella_core::{Appointment, Expect, PartOfDay, PersonName, PhoneNumber};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// The version written by this build. Bump it whenever the saved state's shape changes,
/// and teach [`crate::Dialog::restore`] to read the old one (or refuse it clearly).
pub const STATE_VERSION: u32 = 1;

/// Why a saved state could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StateError {
    /// Not JSON, or not a dialog state at all.
    #[error("saved dialog state is not valid: {0}")]
    Invalid(String),
    /// Written by a build this one cannot read.
    #[error("saved dialog state has version {found}, this build reads version {supported}")]
    UnsupportedVersion {
        /// The version in the saved state.
        found: u64,
        /// The version this build reads.
        supported: u32,
    },
}

/// What the agent last asked, and so how the next answer is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Step {
    /// Before the greeting.
    Start,
    /// "You have two appointments: ... Which one would you like to cancel?"
    WhichAppointment,
    /// "How can I help?"
    Intent,
    /// "Can I get your name?"
    Name,
    /// "I have your name as Jon, J-O-N. Is that right?"
    ConfirmName,
    /// "What number should I put down?"
    Phone,
    /// "I can use the number you're calling from ... okay?"
    CallerIdOffer,
    /// "What would you like to book?" (a business with several services).
    Service,
    /// "Is this for you, Priya?" (a known caller).
    ConfirmKnownName,
    /// "What day and time?" (possibly after offering times).
    Time,
    /// The read-back: "Shall I book it?"
    ConfirmBooking,
    /// "What number was the appointment booked under?"
    LookupPhone,
    /// "Shall I cancel it?"
    ConfirmCancel,
    /// "Shall I move it to ...?"
    ConfirmReschedule,
    /// After the hours: "Would you like to book?"
    BookAfterHours,
    /// After a store failure: "Shall I put you through?"
    TransferOffer,
    /// A reminder call: "Can you still make it?"
    ReminderConfirm,
    /// The call is over.
    Ended,
}

impl Step {
    pub(crate) fn expect(self) -> Expect {
        match self {
            Self::Intent => Expect::Intent,
            Self::Name => Expect::Name,
            Self::Phone | Self::LookupPhone => Expect::Phone,
            Self::Time => Expect::Time,
            Self::Service => Expect::Service,
            Self::CallerIdOffer
            | Self::ConfirmKnownName
            | Self::ConfirmName
            | Self::ConfirmBooking
            | Self::ConfirmCancel
            | Self::ConfirmReschedule
            | Self::BookAfterHours
            | Self::TransferOffer
            | Self::ReminderConfirm => Expect::Confirm,
            Self::Start | Self::WhichAppointment | Self::Ended => Expect::Other,
        }
    }
}

/// A day and/or time the caller asked for that has not been checked yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum TimeAsk {
    /// An exact start.
    Exact { at: NaiveDateTime },
    /// A day without a time, maybe with a part of day.
    Day {
        date: NaiveDate,
        part: Option<PartOfDay>,
    },
    /// "As soon as possible", "the earliest you have"; with a part of the day, a part
    /// asked for with no day ("any morning", "n'importe quel matin sauf lundi",
    /// "the earliest in the afternoon"): the earliest free times in it.
    Earliest {
        #[serde(default)]
        part: Option<PartOfDay>,
    },
    /// "Anything later?", "what else do you have?" while times are offered: the next
    /// free starts after `after`, the last one offered.
    Later { after: NaiveDateTime },
    /// "Anything earlier?": the free starts right before `before`, the first one
    /// offered, on its day.
    Earlier { before: NaiveDateTime },
}

impl TimeAsk {
    /// The day the request is about (`today` for the earliest).
    pub(crate) fn day(self, today: NaiveDate) -> NaiveDate {
        match self {
            Self::Exact { at } | Self::Later { after: at } | Self::Earlier { before: at } => {
                at.date()
            }
            Self::Day { date, .. } => date,
            Self::Earliest { .. } => today,
        }
    }
}

/// A window the caller bounded the time with ("after 3", "between 2 and 4"): wall
/// clock bounds, kept for the whole call. A start `t` fits when `after <= t < before`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Bounds {
    pub after: Option<NaiveTime>,
    pub before: Option<NaiveTime>,
}

impl Bounds {
    pub(crate) fn contains(self, t: NaiveTime) -> bool {
        self.after.is_none_or(|a| a <= t) && self.before.is_none_or(|b| t < b)
    }
}

impl From<bella_extract::time::Window> for Bounds {
    fn from(w: bella_extract::time::Window) -> Self {
        Self {
            after: w.after,
            before: w.before,
        }
    }
}

/// What an outstanding request is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum PendingKind {
    /// Busy intervals in `[from, to)` to check a requested time against.
    Availability {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    },
    /// A booking.
    Book,
    /// Appointments under a number.
    Find { phone: PhoneNumber, caller_id: bool },
    /// A cancellation.
    Cancel,
    /// A move.
    Reschedule,
    /// A reminder's confirmation.
    Confirm,
    /// An LLM reading of a slot.
    Llm { slot: Expect },
    /// The record of the number calling, before the greeting.
    Customer,
    /// The appointments under the number calling, for "the same person as last
    /// time"; the turn that asked is read once they are in (services.rs `on_file`).
    SamePerson { text: String },
    /// The appointments under the number calling, for "same as last time" / "my
    /// usual": the service and person on file (services.rs `on_file`).
    Usual,
    /// The appointments under the number calling, for a start said against them
    /// ("right after my one on Thursday"); the turn that asked is read once they are
    /// in (own.rs `on_own`).
    Own { text: String },
    /// A reminder callee's opt-out ("stop calling me") being recorded; the turn that
    /// said it is read once it is (reminder.rs `on_opted_out`).
    OptOut { text: String },
}

/// An outstanding store or LLM request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Pending {
    pub id: u64,
    pub deadline: DateTime<Utc>,
    pub kind: PendingKind,
}

/// What the caller said of the appointment they want to cancel or check: its day
/// and its start, each when said.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct TargetHint {
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    /// "the afternoon one", "my morning appointment".
    #[serde(default)]
    pub part: Option<PartOfDay>,
    /// "the second one", "annuler le deuxième": the appointment by its position,
    /// earliest first ([`crate::intent::appointment_position`]; `u8::MAX` is the last).
    #[serde(default)]
    pub nth: Option<u8>,
    /// "My appointment with Sarah": the person it is with (index into
    /// `Config::resources`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<usize>,
    /// "My massage": the services a word of whose name was said, one bit each
    /// ([`crate::services::services_said`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub services: u64,
    /// "One of my appointments": the caller speaks of one among several
    /// ([`crate::intent::speaks_of_several`]), so with several found none is assumed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub several: bool,
    /// "The one next week", "celui de la semaine prochaine": the Monday of the week
    /// said ([`crate::relative::week_named`]), with no day in it (then `date` is unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<NaiveDate>,
    /// "Cancel both of my appointments", "all of them" ([`crate::intent::means_all`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
}

/// Whether `day` falls in the week (Monday to Sunday) that starts on `monday`.
fn in_week(monday: NaiveDate, day: NaiveDate) -> bool {
    day >= monday && (day - monday).num_days() < 7
}

/// For `skip_serializing_if`: a count or a set of bits that is zero is not saved.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if signature
pub(crate) fn is_zero<T: Default + PartialEq>(n: &T) -> bool {
    *n == T::default()
}

impl TargetHint {
    /// The day and the start a time expression said, each only when said.
    pub(crate) fn said(w: &bella_extract::time::When) -> Self {
        Self {
            date: w.date.filter(|_| w.day_said),
            time: w.time.filter(|_| w.time_said),
            part: w.part_of_day.filter(|_| !w.time_said),
            ..Self::default()
        }
    }

    /// How well a start fits the hint: the date said, else its weekday, and the time
    /// (or the part of the day) said each count.
    pub(crate) fn fit(self, start: NaiveDateTime) -> u8 {
        let part = self.part.map_or(0, |p| u8::from(p.contains(start.time())));
        let day = self.date.map_or(0, |d| {
            if d == start.date() {
                2
            } else {
                u8::from(d.weekday() == start.date().weekday())
            }
        });
        let time = self.time.map_or(0, |t| 2 * u8::from(t == start.time()));
        let week = self
            .week
            .map_or(0, |w| 2 * u8::from(in_week(w, start.date())));
        day + time + part + week
    }

    /// Whether a day or a time was said at all.
    pub(crate) fn is_said(self) -> bool {
        self.date.is_some() || self.time.is_some() || self.part.is_some() || self.week.is_some()
    }

    /// Whether the hint names `start` outright: something was said, and every part
    /// said (the date, the time) is `start`'s own.
    pub(crate) fn names(self, start: NaiveDateTime) -> bool {
        self.is_said()
            && self.date.is_none_or(|d| d == start.date())
            && self.time.is_none_or(|t| t == start.time())
            && self.part.is_none_or(|p| p.contains(start.time()))
            && self.week.is_none_or(|w| in_week(w, start.date()))
    }

    /// The appointment of `appts` that fits best ([`Self::fit`]), by index, with its
    /// fit. Of equals, a position said ("le deuxième", "the later one") picks by
    /// position among them ("I have two next week, move the later one": the later of
    /// the two that week), else the first.
    pub(crate) fn best(self, appts: &[Appointment]) -> Option<(usize, u8)> {
        let fits = || appts.iter().map(|a| self.fit(a.local_start()));
        let top = fits().max()?;
        let tied = || {
            fits()
                .enumerate()
                .filter(|&(_, f)| f == top)
                .map(|(i, _)| i)
        };
        let n = self.nth.map_or(0, usize::from).min(tied().count() - 1);
        tied().nth(n).map(|i| (i, top))
    }
}

/// Known busy intervals over a range of instants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Availability {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    pub busy: Vec<Interval>,
}

/// Everything the engine knows about one call.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(crate) struct State {
    pub call: CallInfo,
    pub started: DateTime<Utc>,
    pub now: DateTime<Utc>,
    /// Caller turns so far (seeds prompts and idempotency keys).
    pub turn: u32,
    pub next_request: u64,
    pub step: Step,
    /// Failed answers in a row at the current step.
    pub failures: u8,
    /// Silent turns in a row.
    pub silences: u8,
    /// Read-backs the caller said "no" to: the third transfers (no endless loop).
    #[serde(default)]
    pub rejections: u8,
    pub last_question: String,
    /// The last question as the engine wrote it, before the French catalogue: the
    /// sentence a switch of language re-localises (its days, times and numbers are
    /// in the language it was asked in).
    #[serde(default)]
    pub last_source: String,
    /// Repeat requests and stalls in a row ("sorry?", "hold on").
    #[serde(default)]
    pub holds: u8,
    /// The offers were asked again once after an answer to another question.
    #[serde(default)]
    pub reoffered: bool,
    /// A new booking was offered once because the number said again has nothing on
    /// file (`lookup.rs`, `still_not_found`); said again later, it is a failed answer.
    #[serde(default)]
    pub not_found_offered: bool,
    pub intent: Option<Intent>,
    pub name: Option<PersonName>,
    pub phone: Option<PhoneNumber>,
    /// The name was heard with low confidence (or guessed by the LLM): read it back,
    /// spelled, before going on.
    #[serde(default)]
    pub name_unsure: bool,
    /// Answers with no usable number so far.
    pub phone_misses: u8,
    /// The digits of a number said in pieces so far ("four one six" ...).
    #[serde(default)]
    pub phone_part: Option<String>,
    pub caller_id_declined: bool,
    pub time_ask: Option<TimeAsk>,
    /// The window the caller asked for, kept for the whole call.
    #[serde(default)]
    pub window: Option<Bounds>,
    /// The agent has said nothing in the window is free: an offered time outside it
    /// may now be taken.
    #[serde(default)]
    pub window_released: bool,
    /// Starts and weekdays the caller ruled out ("but not 3", "except Wednesday"),
    /// kept for the whole call like the window (`exclude.rs`).
    #[serde(default)]
    pub exclude: crate::exclude::Exclusions,
    /// Whether `time_ask` came from the caller's latest answer (a refusal counts as a failure).
    pub time_ask_fresh: bool,
    /// The day asked for in `time_ask` is wanted at its latest ("as late as
    /// possible"): its last free start is offered alone.
    #[serde(default)]
    pub latest: bool,
    /// A checked, free start (wall time).
    pub slot: Option<NaiveDateTime>,
    /// The start read back before a bare "no" ("no, that's not right"): the time is
    /// asked again, but when the caller puts right the name or number instead, this
    /// start stands and is read back again (`turn.rs`).
    #[serde(default)]
    pub denied_slot: Option<NaiveDateTime>,
    pub offers: Vec<NaiveDateTime>,
    /// Pages of offers asked for in a row ("anything later?"; `booking.rs`).
    #[serde(default, skip_serializing_if = "crate::state::is_zero")]
    pub pages: u8,
    /// The offers answer "the earliest you have" (the earliest free times from now).
    #[serde(default)]
    pub offers_earliest: bool,
    /// The part of the day the caller asked for, while the offers keep to it: the
    /// times offered when paging ("anything later?") keep to it too.
    #[serde(default)]
    pub part: Option<PartOfDay>,
    /// The day under discussion: a bare time is read on it.
    pub day: Option<NaiveDate>,
    /// The day the caller last asked for (the offers may be on another).
    #[serde(default)]
    pub asked_day: Option<NaiveDate>,
    /// The last start asked for and refused (closed, taken, outside the hours): what
    /// "même heure", "same time" or "half an hour later" then refers to.
    #[serde(default)]
    pub refused_at: Option<NaiveDateTime>,
    /// The Saturday of the weekend the caller asked for ("this weekend"), while that
    /// request stands: a refusal then speaks of the whole weekend.
    #[serde(default)]
    pub weekend: Option<NaiveDate>,
    /// The Monday of the week the caller asked for with no day in it ("next week,
    /// except Wednesday", "la semaine prochaine"), while that request stands: a full
    /// day looks on to the later days of that week, not back before it.
    #[serde(default)]
    pub week: Option<NaiveDate>,
    /// A second choice said with the time in one turn ("are you open Saturday? if not,
    /// Monday at 11", "sinon lundi"), as said: tried when the first cannot be had.
    /// Kept until the caller's next turn.
    #[serde(default)]
    pub fallback: Option<String>,
    pub availability: Option<Availability>,
    pub searched: Vec<PhoneNumber>,
    /// The day or time a cancel or check caller named their appointment by ("my
    /// Thursday appointment"): picks among several found (lookup.rs).
    #[serde(default)]
    pub target_hint: TargetHint,
    pub target: Option<Appointment>,
    /// The caller's other upcoming appointments found with `target`, earliest first:
    /// "no, the Thursday one" at the read-back picks one of them (lookup.rs).
    #[serde(default)]
    pub others: Vec<Appointment>,
    /// "Cancel both": the read-back and the cancel are of `target` and every one of
    /// `others` (which.rs); the starts cancelled so far.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cancel_all: bool,
    /// A check was answered and "Is there anything else?" asked: the next intent turn
    /// may move or cancel the appointment told, or look several told up afresh
    /// (`after_check`, lookup.rs); anything else ends the call.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub checked: bool,
    /// The last change made in this call (a cancel or a move): the call's outcome
    /// when it ends on a goodbye, a silence or a request that changes nothing
    /// (requests.rs).
    #[serde(default)]
    pub made: Option<Outcome>,
    /// The appointments of the last change when it cancelled several ("cancel both"),
    /// for "that's already done" (requests.rs); empty after any other change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub made_cancelled: Vec<NaiveDateTime>,
    /// "Is there anything else?" was asked after a change (requests.rs).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub more_asked: bool,
    /// The words of every request turn taken so far: one said again once it is done
    /// is not done twice (requests.rs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub said: Vec<Vec<String>>,
    /// Requests said after the one being done, in the same turn ("cancel my Friday one
    /// and move the Tuesday one to Wednesday", "two appointments, Thursday at 10 and
    /// Friday at 2", "yes, and can I book one for my wife too?"), as said: each done in
    /// turn (requests.rs).
    #[serde(default, skip_serializing_if = "VecDeque::is_empty")]
    pub queued: VecDeque<crate::requests::Queued>,
    /// "Mon rendez-vous de lundi pis celui de mercredi aussi": what was said of each
    /// appointment named after the first (`target_hint`), for a cancel of those named
    /// (which.rs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_targets: Vec<TargetHint>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cancelled: Vec<NaiveDateTime>,
    /// Whether the caller's own appointments were looked up for a start said against
    /// them, and the booked ones found (own.rs).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub own_looked: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub own: Vec<Appointment>,
    /// "Move it to Friday, same time" before the appointment was found: its time
    /// applies to the day said once it is (lookup.rs).
    #[serde(default)]
    pub same_time: bool,
    /// "Could I switch my eye exam to Dr. Chen, same time?" before the appointment
    /// is found: the move keeps its start (lookup.rs), only the person changes.
    #[serde(default)]
    pub same_start: bool,
    /// A move asked with one day or time and no "to" before it ("move my Thursday
    /// appointment", "reschedule my 1 o'clock"): the appointment it names if one of the
    /// caller's fits it, else the new time (lookup.rs).
    #[serde(default)]
    pub move_hint: Option<TargetHint>,
    /// A move asked "to the earliest you've got" with the appointment's day in the same
    /// turn ("my Friday appointment, the earliest you have"): once the appointment is
    /// found on that day, the day named it, and the earliest free times from now are
    /// offered (SPEC §3), not that day's (lookup.rs).
    #[serde(default)]
    pub move_earliest: bool,
    /// The cancel, move or check dropped when nothing was found under the number said
    /// twice (`still_not_found`, lookup.rs): another number said at the offer of a new
    /// booking is looked up for it (turn.rs).
    #[serde(default)]
    pub not_found: Option<Intent>,
    /// That other number is being looked up: nothing under it either offers the new
    /// booking again (lookup.rs), no failed answer at a number question.
    #[serde(default)]
    pub relooked: bool,
    /// "Move it to the same time next week" before the appointment was found: a week
    /// after its start, once it is (lookup.rs).
    #[serde(default)]
    pub week_later: bool,
    /// A move by a length said before the appointment was found ("déplacer mon
    /// rendez-vous une heure plus tard", "reporter d'une semaine"): the minutes to add
    /// to its start once it is (lookup.rs).
    #[serde(default)]
    pub move_shift: Option<i64>,
    /// "Move my Friday appointment to the Monday after" before the appointment was
    /// found: the first such weekday after its day, once it is (lookup.rs), whatever
    /// day the extractor made of the weekday that names it; `true` with "same time".
    #[serde(default)]
    pub move_weekday_after: Option<(chrono::Weekday, bool)>,
    /// "Plus tard dans la journée", "earlier that day" said of a move before the
    /// appointment was found: its day's free times after it (or before it) are offered
    /// once it is (lookup.rs).
    #[serde(default)]
    pub move_same_day: Option<crate::relative::SameDay>,
    /// The bound said with it on its far side ("plus tard la même journée, après 15
    /// h"): no start before it (or, earlier, at or after it) is offered.
    #[serde(default)]
    pub move_same_day_bound: Option<chrono::NaiveTime>,
    /// The clock said after those words ("earlier that day, like around 11?", "later in
    /// the day, say 3"): the new start on the appointment's day (lookup.rs).
    #[serde(default)]
    pub move_same_day_at: Option<chrono::NaiveTime>,
    /// A move's new time said with no day before the appointment was found ("make it
    /// 3 pm", "le mettre en après-midi"): it goes on the appointment's day once it is
    /// (lookup.rs), as a bare time does after the appointment is read out.
    #[serde(default)]
    pub time_on_target_day: bool,
    pub pending: Option<Pending>,
    pub outcome: Option<Outcome>,
    pub appointment: Option<Appointment>,
    pub queue: VecDeque<Output>,
    pub timeout_due: bool,
    /// Set on reminder calls (SPEC §3.2).
    #[serde(default)]
    pub reminder: Option<crate::reminder::Reminder>,
    /// A reminder callee asked for no more calls or texts: `Some(true)` once the
    /// store recorded it, `Some(false)` when recording failed (reminder.rs).
    #[serde(default)]
    pub opted_out: Option<bool>,
    /// Barge-in and silence-timer state (streaming channels; see `barge.rs`).
    #[serde(default)]
    pub barge: crate::barge::Barge,
    /// Services and staff (SPEC §3.1, `services.rs`).
    #[serde(default)]
    pub svc: crate::services::ServiceState,
    /// The language the agent speaks and reads the caller in (SPEC §5.7).
    #[serde(default)]
    pub lang: bella_extract::Lang,
    /// The no-progress guard's count (`progress.rs`).
    #[serde(default)]
    pub progress: crate::progress::Progress,
}

impl State {
    pub(crate) fn new(call: CallInfo, now: DateTime<Utc>) -> Self {
        Self {
            call,
            started: now,
            now,
            turn: 0,
            next_request: 1,
            step: Step::Start,
            failures: 0,
            silences: 0,
            rejections: 0,
            last_question: String::new(),
            last_source: String::new(),
            holds: 0,
            reoffered: false,
            not_found_offered: false,
            intent: None,
            name: None,
            phone: None,
            name_unsure: false,
            phone_misses: 0,
            phone_part: None,
            caller_id_declined: false,
            time_ask: None,
            window: None,
            window_released: false,
            exclude: crate::exclude::Exclusions::default(),
            time_ask_fresh: false,
            latest: false,
            slot: None,
            offers: Vec::new(),
            pages: 0,
            offers_earliest: false,
            part: None,
            day: None,
            asked_day: None,
            refused_at: None,
            weekend: None,
            week: None,
            fallback: None,
            availability: None,
            searched: Vec::new(),
            target_hint: TargetHint::default(),
            target: None,
            others: Vec::new(),
            cancel_all: false,
            checked: false,
            made: None,
            more_asked: false,
            said: Vec::new(),
            queued: VecDeque::new(),
            also_targets: Vec::new(),
            cancelled: Vec::new(),
            made_cancelled: Vec::new(),
            own_looked: false,
            own: Vec::new(),
            same_time: false,
            same_start: false,
            move_hint: None,
            move_earliest: false,
            not_found: None,
            relooked: false,
            week_later: false,
            denied_slot: None,
            move_shift: None,
            move_weekday_after: None,
            move_same_day: None,
            move_same_day_bound: None,
            move_same_day_at: None,
            time_on_target_day: false,
            pending: None,
            outcome: None,
            appointment: None,
            queue: VecDeque::new(),
            timeout_due: false,
            reminder: None,
            opted_out: None,
            barge: crate::barge::Barge::default(),
            svc: crate::services::ServiceState::default(),
            lang: bella_extract::Lang::En,
            progress: crate::progress::Progress::default(),
        }
    }
}

/// The saved form: a version and the state.
#[derive(Serialize, Deserialize)]
pub(crate) struct Saved {
    pub version: u32,
    pub state: State,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

pub(crate) fn load(json: &str) -> Result<State, StateError> {
    let v: VersionOnly =
        serde_json::from_str(json).map_err(|e| StateError::Invalid(e.to_string()))?;
    if v.version != u64::from(STATE_VERSION) {
        return Err(StateError::UnsupportedVersion {
            found: v.version,
            supported: STATE_VERSION,
        });
    }
    let saved: Saved =
        serde_json::from_str(json).map_err(|e| StateError::Invalid(e.to_string()))?;
    Ok(saved.state)
}

pub(crate) fn save(state: &State) -> String {
    #[derive(Serialize)]
    struct SavedRef<'a> {
        version: u32,
        state: &'a State,
    }
    // Serialising plain data structures to a String cannot fail.
    serde_json::to_string(&SavedRef {
        version: STATE_VERSION,
        state,
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::TargetHint;
    use bella_core::PartOfDay;
    use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

    fn at(s: &str) -> NaiveDateTime {
        s.parse().unwrap()
    }

    #[test]
    fn a_target_hint_prefers_the_day_then_the_weekday_and_the_time_said() {
        let none = TargetHint::default();
        assert_eq!(none.fit(at("2027-03-03T10:00:00")), 0);
        let thursday = TargetHint {
            date: NaiveDate::from_ymd_opt(2027, 3, 4),
            time: None,
            part: None,
            ..TargetHint::default()
        };
        assert!(thursday.fit(at("2027-03-04T09:30:00")) > thursday.fit(at("2027-03-03T10:00:00")));
        // A Thursday further out still beats a Wednesday.
        assert!(thursday.fit(at("2027-03-11T09:30:00")) > thursday.fit(at("2027-03-03T10:00:00")));
        assert!(thursday.fit(at("2027-03-04T09:30:00")) > thursday.fit(at("2027-03-11T09:30:00")));
        let ten = TargetHint {
            date: None,
            time: NaiveTime::from_hms_opt(10, 0, 0),
            part: None,
            ..TargetHint::default()
        };
        assert!(ten.fit(at("2027-03-05T10:00:00")) > ten.fit(at("2027-03-04T09:30:00")));
        let afternoon = TargetHint {
            part: Some(PartOfDay::Afternoon),
            ..thursday
        };
        assert!(
            afternoon.fit(at("2027-03-04T14:00:00")) > afternoon.fit(at("2027-03-04T10:00:00"))
        );
    }

    #[test]
    fn a_week_said_names_the_appointments_in_it() {
        // "The one next week", said in the week of Monday 2027-01-11.
        let next_week = TargetHint {
            week: NaiveDate::from_ymd_opt(2027, 1, 18),
            ..TargetHint::default()
        };
        assert!(next_week.is_said());
        assert!(next_week.names(at("2027-01-19T14:00:00")));
        assert!(next_week.names(at("2027-01-24T14:00:00")));
        assert!(!next_week.names(at("2027-01-14T10:00:00")));
        assert!(!next_week.names(at("2027-01-25T10:00:00")));
        assert!(
            next_week.fit(at("2027-01-19T14:00:00")) > next_week.fit(at("2027-01-14T10:00:00"))
        );
        // "Celui de la semaine prochaine" said in the week of 1 March 2027: the
        // Wednesday and the Sunday of the week after, not the Friday before nor the
        // Monday after.
        let semaine = TargetHint {
            week: NaiveDate::from_ymd_opt(2027, 3, 8),
            ..TargetHint::default()
        };
        assert!(semaine.fit(at("2027-03-10T15:00:00")) > semaine.fit(at("2027-03-05T09:30:00")));
        assert!(semaine.names(at("2027-03-14T10:00:00")));
        assert!(!semaine.names(at("2027-03-15T10:00:00")));
        assert!(!semaine.names(at("2027-03-07T10:00:00")));
    }
}
