//! [`Dialog`]: the run loop's entry points, the output queue, and the reading of
//! each caller turn. The booking and lookup sub-machines live in `booking.rs` and
//! `lookup.rs`.

use crate::config::Config;
use crate::intent::Intent;
use crate::io::{CallInfo, Input, Outcome, Output, StoreRequest, StoreResult};
use crate::prompts::{fnv1a, pick};
use crate::state::{self, Pending, PendingKind, State, StateError, Step};
use bella_core::{Appointment, Expect, ReferenceTime};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

/// One phone call as a state machine. See the crate docs for the run loop.
///
/// `Debug` shows only the call's progress, never what was said: the queued words
/// and the last question hold the caller's name and number in clear.
#[derive(Clone)]
pub struct Dialog {
    pub(crate) config: Arc<Config>,
    pub(crate) s: State,
    /// The current turn's time expression, read once (not part of the saved state).
    pub(crate) turn_time: Option<Option<bella_extract::Match<bella_extract::time::When>>>,
    /// The recogniser's confidence in the current caller turn (not saved).
    pub(crate) turn_confidence: f32,
    /// "Friday at 1 and 1:30": while a booking queued after another is read, the day
    /// a clock said alone falls on (requests.rs; not saved).
    pub(crate) carry_day: Option<chrono::NaiveDate>,
    /// "This Friday and next Friday, both at 10": while the first of two bookings is
    /// read, the clock a day said alone takes (requests.rs; not saved).
    pub(crate) carry_time: Option<chrono::NaiveTime>,
    /// While a booking queued after another is read: its words ask no change ("the
    /// same time the week after" is no move; requests.rs; not saved).
    pub(crate) queued_booking: bool,
}

impl std::fmt::Debug for Dialog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dialog")
            .field("call_id", &self.s.call.call_id)
            .field("step", &self.s.step)
            .field("turn", &self.s.turn)
            .field("intent", &self.s.intent)
            .field("outcome", &self.s.outcome)
            .finish_non_exhaustive()
    }
}

/// "Thursday the 22nd" when the 22nd is a Friday: the extractor finds the next 22nd
/// that is a Thursday, as Duckling does, which may be months away. On the phone a
/// weekday misspoken is likelier than a date that far off: past two months the date
/// is the nearest 22nd itself, read back with its own weekday for the caller to hear.
fn misspoken_weekday(
    mut m: bella_extract::Match<bella_extract::time::When>,
    today: chrono::NaiveDate,
) -> bella_extract::Match<bella_extract::time::When> {
    use chrono::{Datelike, Months};
    let Some(date) = m
        .value
        .date
        .filter(|_| m.rule == "day/weekday-day-of-month")
    else {
        return m;
    };
    if date <= today + chrono::Days::new(62) {
        return m;
    }
    let this_month = today.with_day(date.day());
    let next_month = (today + Months::new(1)).with_day(date.day());
    m.value.date = this_month
        .filter(|d| *d >= today)
        .or(next_month)
        .or(Some(date));
    m
}

/// "Thursday at 7" to a business open from noon to 8 that day: 7 in the evening. An
/// hour of 7 to 11 said without "a.m." or "morning" is read in the morning (SPEC §2),
/// unless the business is closed then and open at that hour in the evening.
fn evening_hour(
    mut m: bella_extract::Match<bella_extract::time::When>,
    text: &str,
    hours: &bella_core::BusinessHours,
) -> bella_extract::Match<bella_extract::time::When> {
    use chrono::Timelike;
    let (Some(date), Some(t)) = (m.value.date, m.value.time) else {
        return m;
    };
    if !m.value.time_said || !(7..=11).contains(&t.hour()) || says_morning(text) {
        return m;
    }
    let spans = hours.spans_on(date);
    let open_at = |x: chrono::NaiveTime| spans.iter().any(|s| s.open <= x && x < s.close);
    if let Some(evening) = chrono::NaiveTime::from_hms_opt(t.hour() + 12, t.minute(), 0)
        && !open_at(t)
        && open_at(evening)
    {
        m.value.time = Some(evening);
    }
    m
}

/// Whether a turn says its hour is in the morning: "a.m.", "7am", "in the morning", or
/// a 24-hour form with a leading zero ("07:30").
fn says_morning(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let clock = |d: &str| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit() || c == ':');
    let ws = crate::intent::words(&lower);
    lower.contains("a.m")
        || ws.iter().enumerate().any(|(k, w)| {
            // "7 am", not "I am".
            (w == "am" && k > 0 && clock(&ws[k - 1]))
                || w == "morning"
                || w.starts_with('0')
                || w.strip_suffix("am").is_some_and(clock)
        })
}

/// Three failed answers in a row at one step put the caller through to a person.
pub(crate) const MAX_FAILURES: u8 = 3;
/// Three silent turns in a row end the call.
pub(crate) const MAX_SILENCES: u8 = 3;

impl Dialog {
    /// A new call. Nothing is said until [`Input::CallStarted`] arrives.
    pub fn new(config: Arc<Config>, call: CallInfo, now: DateTime<Utc>) -> Self {
        let mut s = State::new(call, now);
        s.lang = config.languages.first().copied().unwrap_or_default();
        Self {
            config,
            s,
            turn_time: None,
            turn_confidence: 1.0,
            carry_day: None,
            carry_time: None,
            queued_booking: false,
        }
    }

    /// Loads a state saved by [`Dialog::save`].
    pub fn restore(config: Arc<Config>, json: &str) -> Result<Self, StateError> {
        Ok(Self {
            config,
            s: state::load(json)?,
            turn_time: None,
            turn_confidence: 1.0,
            carry_day: None,
            carry_time: None,
            queued_booking: false,
        })
    }

    /// The whole state as JSON with a `version` field (see [`crate::STATE_VERSION`]).
    #[must_use]
    pub fn save(&self) -> String {
        state::save(&self.s)
    }

    /// The caller's name as heard so far (personal data: to mask transcripts).
    #[must_use]
    pub fn caller_name(&self) -> Option<&bella_core::PersonName> {
        self.s.name.as_ref()
    }

    /// The caller's number as heard so far (personal data: to mask transcripts).
    #[must_use]
    pub fn caller_phone(&self) -> Option<&bella_core::PhoneNumber> {
        self.s.phone.as_ref()
    }

    /// How the call ended, once it has.
    pub fn outcome(&self) -> Option<Outcome> {
        self.s.outcome
    }

    /// The appointment booked, moved or cancelled in this call, if any.
    pub fn appointment(&self) -> Option<&Appointment> {
        self.s.appointment.as_ref()
    }

    /// Whether the call is over (hung up or transferred).
    pub fn is_ended(&self) -> bool {
        self.s.step == Step::Ended
    }

    /// What the agent is listening for now.
    pub fn expect(&self) -> Expect {
        self.s.step.expect()
    }

    /// The call's information.
    pub fn call(&self) -> &CallInfo {
        &self.s.call
    }

    /// When the engine next wants an [`Input::Timer`]: the end of the longest call
    /// allowed, or an outstanding request's deadline, whichever is first.
    pub fn next_deadline(&self) -> Option<DateTime<Utc>> {
        if self.is_ended() {
            return None;
        }
        let end = self.s.started + Duration::seconds(i64::from(self.config.max_call_secs));
        let end = self.listen_deadline().map_or(end, |l| l.min(end));
        Some(self.s.pending.as_ref().map_or(end, |p| p.deadline.min(end)))
    }

    /// The next thing to do. Drain until it returns `None`; while the call lasts the
    /// last output is [`Output::Timeout`]. [`crate::driver::Exchange`] is the loop that
    /// does this for every driver.
    #[must_use]
    pub fn poll_output(&mut self) -> Option<Output> {
        if let Some(o) = self.s.queue.pop_front() {
            match &o {
                Output::Say { text } => self.note_said(text.expose()),
                Output::Listen { timeout_secs, .. } => self.note_listen(*timeout_secs),
                _ => {}
            }
            return Some(o);
        }
        if self.s.timeout_due {
            self.s.timeout_due = false;
            return self.next_deadline().map(Output::Timeout);
        }
        None
    }

    /// Feeds one input. Never panics, whatever the input.
    pub fn handle_input(&mut self, input: Input) {
        let now = input.now();
        // Time never runs backwards inside a call, whatever the adapter sends.
        self.s.now = now.max(self.s.now);
        if self.is_ended() {
            return;
        }
        let limit = self.s.started + Duration::seconds(i64::from(self.config.max_call_secs));
        // An answer from the store or the model is always taken in (a booking made
        // just before the limit is still reported); anything else past it ends the call.
        let answer = matches!(input, Input::StoreReply { .. } | Input::LlmReply { .. });
        let changing = self.s.pending.as_ref().is_some_and(|p| {
            matches!(
                p.kind,
                PendingKind::Book
                    | PendingKind::Cancel
                    | PendingKind::Reschedule
                    | PendingKind::Confirm
            )
        });
        if self.s.now >= limit && !answer && !changing {
            self.say("I'm sorry, we've reached the time limit for this call. Please call us back any time. Goodbye!");
            self.hang_up(Outcome::NoBooking);
            return;
        }
        self.turn_time = None;
        if matches!(input, Input::CallerTurn { .. }) {
            // A second choice stands until the caller says something else.
            self.s.fallback = None;
        }
        match input {
            Input::CallerTurn { .. } => self.on_caller_input(true),
            Input::Digits { .. } | Input::Silence { .. } | Input::Resumed { .. } => {
                self.on_caller_input(false);
            }
            _ => {}
        }
        match input {
            Input::CallStarted { .. } => {
                if self.s.step == Step::Start && self.s.reminder.is_some() {
                    self.start_reminder();
                } else if self.s.step == Step::Start && self.s.pending.is_none() {
                    // Known callers are looked up first (services.rs), then greeted.
                    self.start_call();
                }
            }
            Input::CallerTurn {
                text, confidence, ..
            } => {
                self.hear_lang(text.expose());
                self.turn_confidence = confidence;
                if !self.barge_in_turn(text.expose()) {
                    // "at for", "to thirty": hours heard as their homophones.
                    let heard = match self.s.lang {
                        bella_extract::Lang::En => {
                            crate::homophones::clock_words(text.expose()).into_owned()
                        }
                        _ => text.expose().to_owned(),
                    };
                    self.on_turn(&heard);
                }
                self.turn_confidence = 1.0;
            }
            Input::Interrupted {
                heard, heard_ms, ..
            } => self.on_interrupted(heard.expose(), heard_ms),
            Input::Resumed { .. } => self.on_resumed(),
            Input::Digits { digits, .. } => self.on_digits(digits.expose()),
            Input::Silence { .. } => self.on_silence(),
            Input::Timer { .. } => self.on_timer(),
            Input::StoreReply {
                request_id, result, ..
            } => self.on_store_reply(request_id, result),
            Input::LlmReply {
                request_id, result, ..
            } => self.on_llm_reply(request_id, result.map(bella_core::Pii::into_inner)),
        }
        self.judge_progress();
        self.s.timeout_due = !self.is_ended();
    }

    // ---- output helpers ----

    pub(crate) fn seed(&self) -> u64 {
        fnv1a(self.s.call.call_id.as_bytes()).wrapping_add(u64::from(self.s.turn))
    }

    pub(crate) fn variant(&self, list: &[String]) -> String {
        pick(list, self.seed()).to_owned()
    }

    /// Queues words to speak, joined to a `Say` already queued.
    pub(crate) fn say(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let text = self.localise(text);
        self.say_as_given(&text);
    }

    /// Queues words already in the caller's language, or the business's own words (an
    /// FAQ answer), which are never run through the translation table: "There is
    /// parking behind." is no "{} is {}." template.
    pub(crate) fn say_as_given(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        // "10 a.m." at the end of a sentence must not read "10 a.m..".
        let text = &text.replace("..", ".");
        if let Some(Output::Say { text: prev }) = self.s.queue.back_mut() {
            prev.expose_mut().push(' ');
            prev.expose_mut().push_str(text);
            return;
        }
        self.s.queue.push_back(Output::Say {
            text: text.as_str().into(),
        });
    }

    /// Asks a question and listens. Moving to another step resets the failure count.
    pub(crate) fn ask(&mut self, step: Step, question: &str) {
        if step != self.s.step {
            self.s.failures = 0;
        }
        self.s.step = step;
        self.set_question(question);
        self.say(question);
        self.listen();
    }

    /// Keeps `question` as the one a repeat, a stall or a failed answer says again,
    /// in the call's language, and as written for a later switch of language.
    pub(crate) fn set_question(&mut self, question: &str) {
        self.s.last_question = self.localise(question).replace("..", ".");
        self.s.last_source = question.to_owned();
    }

    pub(crate) fn listen(&mut self) {
        let expect = self.s.step.expect();
        let french = self.s.lang == bella_extract::Lang::Fr;
        let hints: Vec<String> = match (expect, french) {
            (Expect::Intent, false) => vec!["book", "appointment", "cancel", "reschedule", "hours"],
            (Expect::Phone, false) => vec!["oh", "double", "triple", "calling from"],
            (Expect::Time, false) => {
                vec!["today", "tomorrow", "morning", "afternoon", "a.m.", "p.m."]
            }
            (Expect::Confirm, false) => vec!["yes", "no"],
            (Expect::Intent, true) => vec!["rendez-vous", "annuler", "déplacer", "heures"],
            (Expect::Phone, true) => vec!["zéro", "d'où j'appelle", "poste"],
            (Expect::Time, true) => {
                vec![
                    "aujourd'hui",
                    "demain",
                    "avant-midi",
                    "après-midi",
                    "midi",
                    "et demie",
                ]
            }
            (Expect::Confirm, true) => vec!["oui", "non"],
            _ => Vec::new(),
        }
        .into_iter()
        .map(str::to_owned)
        .collect();
        let digits = matches!(expect, Expect::Phone | Expect::Confirm);
        self.s.queue.push_back(Output::Listen {
            expect,
            hints,
            digits,
            timeout_secs: self.config.listen_timeout_secs,
        });
    }

    /// Says the last question again, after a silence or a turn that was not heard.
    pub(crate) fn reask(&mut self) {
        // The greeting is not repeated in full: just the question.
        // After a change or a check, "anything else?" is the question asked again.
        let q = if self.s.step == Step::Intent && !self.s.more_asked && !self.s.checked {
            "What can I help you with today?".to_owned()
        } else {
            self.s.last_question.clone()
        };
        self.say(&q);
        self.listen();
    }

    pub(crate) fn request(&mut self, kind: PendingKind, request: StoreRequest) {
        let id = self.s.next_request;
        self.s.next_request = id.saturating_add(1);
        let deadline = self.s.now + Duration::seconds(i64::from(self.config.store_timeout_secs));
        self.s.pending = Some(Pending { id, deadline, kind });
        self.s.queue.push_back(Output::Store {
            request_id: id,
            request,
        });
    }

    pub(crate) fn idempotency_key(&self, what: &str) -> String {
        format!("{}:{}:{what}", self.s.call.call_id, self.s.turn)
    }

    /// Puts the caller through to a person. With no transfer number configured there
    /// is no one to put them through to: the caller hears that once, with when to call
    /// back (while the business is open, later today, before it closes), and never
    /// "let me put you through" first.
    pub(crate) fn transfer(&mut self) {
        let text = if self.config.transfer_number.is_some() {
            self.variant(&self.prompts().transfer)
        } else if let Some(close) = self.open_until() {
            let close = self.speak_time(close);
            self.variant(&self.prompts().no_transfer_open)
                .replace("{close}", &close)
        } else {
            let hours = self.speak_hours();
            self.variant(&self.prompts().no_transfer)
                .replace("{hours}", &hours)
        };
        self.say(&text);
        self.s.queue.push_back(Output::Transfer {
            to: self.config.transfer_number.clone(),
        });
        self.s.outcome = Some(Outcome::Transferred);
        self.s.step = Step::Ended;
        self.s.pending = None;
    }

    /// While the business is open now, the time it closes today (the day's last
    /// closing: "open until 5" through a lunch hour).
    fn open_until(&self) -> Option<chrono::NaiveTime> {
        let now = self.reference().local_now();
        let spans = self.config.hours.spans_on(now.date());
        let open = spans
            .iter()
            .any(|span| span.open <= now.time() && now.time() < span.close);
        spans.iter().map(|span| span.close).max().filter(|_| open)
    }

    pub(crate) fn hang_up(&mut self, outcome: Outcome) {
        // The first of two services is booked whatever became of the second.
        let outcome = match self.s.svc.first.take() {
            Some(first) => {
                self.s.appointment = Some(first);
                match outcome {
                    Outcome::NoBooking => Outcome::Booked,
                    other => other,
                }
            }
            None => outcome,
        };
        // A call that changed an appointment and then ends on a goodbye, a silence or
        // a request that changed nothing ends as that change (requests.rs).
        let outcome = match (outcome, self.s.made) {
            (Outcome::NoBooking, Some(made)) => made,
            (outcome, _) => outcome,
        };
        self.s.queue.push_back(Output::HangUp { outcome });
        self.s.outcome = Some(outcome);
        self.s.step = Step::Ended;
        self.s.pending = None;
    }

    /// "Thanks for calling, goodbye!" and the call ends, nothing booked by this
    /// request (a change made earlier in the call stays its outcome: [`Self::hang_up`]).
    pub(crate) fn thanks_goodbye(&mut self) {
        self.say("Thanks for calling, goodbye!");
        self.hang_up(Outcome::NoBooking);
    }

    pub(crate) fn goodbye(&mut self) {
        let text = self.variant(&self.prompts().goodbye);
        self.say(&text);
        self.hang_up(Outcome::NoBooking);
    }

    /// Counts a failed answer at the current step: the third transfers the caller.
    /// Returns `true` when the call goes on.
    pub(crate) fn fail(&mut self, sorry: &str) -> bool {
        self.fail_with(sorry, "I'm sorry, I'm having trouble understanding.")
    }

    /// [`Dialog::fail`], saying `last` before the transfer the last failure brings.
    pub(crate) fn fail_with(&mut self, sorry: &str, last: &str) -> bool {
        self.s.failures = self.s.failures.saturating_add(1);
        if self.s.failures >= MAX_FAILURES {
            self.say(last);
            self.transfer();
            return false;
        }
        self.say(sorry);
        true
    }

    /// [`Dialog::fail`] for an answer that was neither yes nor no.
    pub(crate) fn fail_yes_no(&mut self) -> bool {
        self.fail("Sorry, was that a yes or a no?")
    }

    /// The time expression in the current caller turn, extracted once per turn.
    /// A second choice after the first ("Saturday? if not, Monday at 11"): the time is
    /// the first, and the second is kept to try when the first cannot be had
    /// (`State::fallback`); a cue with no time on both sides reads the whole turn.
    pub(crate) fn turn_time(&mut self, text: &str) -> Option<bella_extract::time::When> {
        if self.turn_time.is_none() {
            let r = self.reference();
            // "the first three are 514": the name of a group of digits, no time.
            let text = &*crate::pieces::without_group_names(text);
            // "is the first lesson free?": a service's own name, no date.
            let text = &*crate::services::without_ordinal_services(&self.config, text);
            let split = crate::intent::fallback_cue(text)
                .and_then(|(cue, rest)| {
                    let first = self.lang().time(text.get(..cue)?, &r)?;
                    let second = text.get(rest..)?;
                    let _ = self.lang().time(second, &r)?;
                    Some((first, second.to_owned()))
                })
                // "the 14th or the 15th", "Tuesday or Wednesday": two days, the
                // second tried when the first has nothing free.
                .or_else(|| {
                    let (cue, rest) = crate::relative::or_cue(text)?;
                    let first = self.lang().time(text.get(..cue)?, &r)?;
                    let second = text.get(rest..)?;
                    let other = self.lang().time(second, &r)?.value;
                    let day_only = |w: &bella_extract::time::When| {
                        w.day_said && !w.time_said && w.window.is_none() && !w.earliest
                    };
                    (day_only(&first.value) && day_only(&other) && first.value.date != other.date)
                        .then(|| (first, second.to_owned()))
                });
            let found = match split {
                Some((first, second)) => {
                    self.s.fallback = Some(second);
                    Some(first)
                }
                None => self
                    .lang()
                    .time(text, &r)
                    .map(|m| self.moved_clock(text, m))
                    .or_else(|| self.moved_to_clock(text)),
            };
            let today = r.today();
            let english = self.s.lang != bella_extract::Lang::Fr;
            let carry_day = self.carry_day;
            let carry_time = self.carry_time;
            self.turn_time = Some(found.map(|m| {
                let mut m = misspoken_weekday(m, today);
                // "Friday at 1 and 1:30": the second clock is on the first's day.
                if let Some(day) = carry_day.filter(|_| m.value.time_said && !m.value.day_said) {
                    m.value.date = Some(day);
                    m.value.day_said = true;
                }
                // "Pis ma femme aussi, n'importe quand dans la journée": whenever on
                // the first's day, not the earliest from now.
                if let Some(day) = carry_day.filter(|_| {
                    m.value.earliest
                        && !m.value.day_said
                        && crate::requests::same_day(&crate::intent::words(text))
                }) {
                    m.value.date = Some(day);
                    m.value.day_said = true;
                    m.value.earliest = false;
                }
                if let Some(at) = carry_time.filter(|_| {
                    m.value.day_said
                        && !m.value.time_said
                        && m.value.window.is_none()
                        && m.value.part_of_day.is_none()
                }) {
                    m.value.time = Some(at);
                    m.value.time_said = true;
                }
                if english {
                    evening_hour(m, text, &self.config.hours)
                } else {
                    m
                }
            }));
        }
        self.turn_time.clone().flatten().map(|m| m.value)
    }

    /// "Could you move my 2 o'clock to 4?": in a move whose appointment is named by a
    /// clock before the word leading to the new time (`moved_split`), the window read
    /// across both ("2 to 4", SPEC §2) is no window: the new time is what that word
    /// leads to. Any other match `m` of `text` is kept.
    fn moved_clock(
        &self,
        text: &str,
        m: bella_extract::Match<bella_extract::time::When>,
    ) -> bella_extract::Match<bella_extract::time::When> {
        if self.s.intent != Some(crate::intent::Intent::Reschedule) || m.value.window.is_none() {
            return m;
        }
        let r = self.reference();
        self.moved_split(text)
            .filter(|(named, _)| named.time_said)
            .and_then(|(_, cut)| {
                let mut right = self.lang().time(text.get(cut..)?, &r)?;
                right.span.start += cut;
                right.span.end += cut;
                Some(right)
            })
            .unwrap_or(m)
    }

    /// "Can you push Bear's groom back to 1?": in a move, a bare hour that the last
    /// "to" after a word of moving leads to is the new time, read from "to" on as a
    /// short answer is (the whole turn gives a bare hour too little evidence, SPEC §2).
    /// A clock alone: a day or a window there was read with the turn already.
    fn moved_to_clock(
        &self,
        text: &str,
    ) -> Option<bella_extract::Match<bella_extract::time::When>> {
        const MOVES: &[&str] = &[
            "move",
            "push",
            "bump",
            "switch",
            "change",
            "reschedule",
            "shift",
            "moved",
        ];
        if self.s.intent != Some(crate::intent::Intent::Reschedule) {
            return None;
        }
        // ASCII lower case keeps every byte where it was.
        let lower = text.to_ascii_lowercase();
        let cut = lower.rfind(" to ")?;
        let left = crate::intent::words(lower.get(..cut)?);
        if !left.iter().any(|w| MOVES.contains(&w.as_str())) {
            return None;
        }
        let r = self.reference();
        let mut m = self.lang().time(text.get(cut..)?, &r)?;
        if !m.value.time_said || m.value.day_said || m.value.window.is_some() {
            return None;
        }
        m.span.start += cut;
        m.span.end += cut;
        Some(m)
    }

    /// Like [`Dialog::turn_time`], with the span.
    pub(crate) fn turn_time_match(
        &mut self,
        text: &str,
    ) -> Option<bella_extract::Match<bella_extract::time::When>> {
        let _ = self.turn_time(text);
        self.turn_time.clone().flatten()
    }

    pub(crate) fn reference(&self) -> ReferenceTime {
        ReferenceTime::new(self.s.now, self.config.hours.tz)
    }

    // ---- inputs ----

    fn on_timer(&mut self) {
        if self.silence_due() {
            self.on_silence();
            return;
        }
        let expired = self
            .s
            .pending
            .as_ref()
            .is_some_and(|p| self.s.now >= p.deadline);
        if !expired {
            return;
        }
        if let Some(p) = self.s.pending.take() {
            match p.kind {
                PendingKind::Llm { .. } => self.llm_failed(),
                PendingKind::Customer => {
                    self.on_customer(StoreResult::Error("timed out".into()));
                }
                kind @ (PendingKind::SamePerson { .. } | PendingKind::Usual) => {
                    self.on_file(StoreResult::Error("timed out".into()), kind);
                }
                PendingKind::Own { text } => {
                    self.on_own(StoreResult::Error("timed out".into()), &text);
                }
                _ => self.store_failed(),
            }
        }
    }

    fn on_store_reply(&mut self, id: u64, result: StoreResult) {
        let Some(p) = self.s.pending.take_if(|p| p.id == id) else {
            return;
        };
        if matches!(p.kind, PendingKind::Llm { .. }) {
            self.s.pending = Some(p);
            return;
        }
        if p.kind == PendingKind::Customer {
            self.on_customer(result);
            return;
        }
        if matches!(p.kind, PendingKind::SamePerson { .. } | PendingKind::Usual) {
            self.on_file(result, p.kind);
            return;
        }
        if let PendingKind::Own { text } = p.kind {
            self.on_own(result, &text);
            return;
        }
        if let PendingKind::OptOut { text } = p.kind {
            self.on_opted_out(&result, &text);
            return;
        }
        if let StoreResult::Error(_) = result {
            self.store_failed();
            return;
        }
        match p.kind {
            PendingKind::Availability { from, to } => self.on_availability(result, from, to),
            PendingKind::Book => self.on_booked(result),
            PendingKind::Find { phone, caller_id } => self.on_found(result, phone, caller_id),
            PendingKind::Cancel => self.on_cancelled(result),
            PendingKind::Reschedule => self.on_rescheduled(result),
            PendingKind::Confirm => self.on_confirmed(result),
            PendingKind::Llm { .. }
            | PendingKind::Customer
            | PendingKind::SamePerson { .. }
            | PendingKind::Usual
            | PendingKind::Own { .. }
            | PendingKind::OptOut { .. } => {}
        }
    }

    /// The store failed or timed out: apologise and offer a transfer, never loop. With
    /// no transfer number there is no one to offer: the caller hears once that no one
    /// is available and when to call back, never "shall I put you through?".
    pub(crate) fn store_failed(&mut self) {
        self.s.pending = None;
        if self.s.step == Step::TransferOffer {
            self.goodbye();
            return;
        }
        self.say("I'm sorry, I'm having trouble with our booking system right now.");
        if self.config.transfer_number.is_none() {
            self.transfer();
            return;
        }
        self.ask(
            Step::TransferOffer,
            "Would you like me to put you through to someone who can help?",
        );
    }

    /// Moves to the next thing to ask or do, from what is known.
    pub(crate) fn advance(&mut self) {
        if self.is_ended() || self.s.pending.is_some() {
            return;
        }
        match self.s.intent {
            None => {
                let q = self.greeting();
                self.ask(Step::Intent, &q);
            }
            Some(Intent::Hours) => {
                let hours = self.speak_hours();
                self.say(&format!("We're open {hours}."));
                self.ask(
                    Step::BookAfterHours,
                    "Would you like to book an appointment?",
                );
            }
            Some(Intent::Book) => self.advance_booking(),
            Some(_) => self.advance_lookup(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{evening_hour, says_morning};

    #[test]
    fn an_hour_kept_only_in_the_evening_is_the_evening() {
        // services26 tat-10, tat-15: open noon to 8, "Thursday at 7" is 7 p.m.
        let cfg = crate::Config::from_toml_str(
            "[hours]\nthursday = [\"12:00-20:00\"]\nfriday = [\"08:00-20:00\"]",
        )
        .unwrap();
        let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let read = |day: u32, t, text: &str| {
            let m = bella_extract::Match {
                span: bella_extract::Span {
                    start: 0,
                    end: text.len(),
                },
                value: bella_extract::time::When {
                    date: chrono::NaiveDate::from_ymd_opt(2027, 9, day),
                    time: Some(t),
                    day_said: true,
                    time_said: true,
                    ..Default::default()
                },
                rule: "test",
            };
            evening_hour(m, text, &cfg.hours).value.time
        };
        // Thursday 2027-09-16: closed at 7 in the morning, open at 7 in the evening.
        assert_eq!(read(16, hm(7, 0), "Thursday at 7"), Some(hm(19, 0)));
        assert_eq!(read(16, hm(7, 30), "Thursday at 7:30"), Some(hm(19, 30)));
        // Said in the morning, or open in the morning (Friday): as said.
        assert_eq!(read(16, hm(7, 0), "Thursday at 7 a.m."), Some(hm(7, 0)));
        assert_eq!(read(17, hm(8, 0), "Friday at 8"), Some(hm(8, 0)));
    }

    #[test]
    fn a_morning_said_outright() {
        for t in [
            "7 a.m.",
            "at 7am",
            "7:30am please",
            "Thursday morning at 7",
            "07:30",
        ] {
            assert!(says_morning(t), "{t}");
        }
        for t in [
            "Thursday at 7",
            "7:30 works",
            "at 7 o'clock",
            "I am free at 7",
        ] {
            assert!(!says_morning(t), "{t}");
        }
    }
}
