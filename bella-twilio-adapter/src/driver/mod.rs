//! The call driver: one call's whole life against the stores, with no transport in it.
//!
//! ```text
//!  transport (Gather webhooks, ConversationRelay, bella chat, ...)
//!      │ start(call, caller) · turn(call, turn?, CallerInput) · close(call)
//!      ▼
//!  CallDriver ── load the CallSession (cache, else the session store)
//!      │        restore the Dialog; deliver a timer that fell due since the last turn
//!      ▼
//!  bella_dialog::driver::Exchange ── feed the input, drain the outputs into a Reply
//!      │   Store request → the AppointmentStore, answered as Input::StoreReply
//!      │   LLM request   → the LlmFallback: in time → Input::LlmReply, else parked
//!      ▼
//!  render(reply, next_turn) (the transport's words) ── save the session with the
//!  version it was read at ── record the call's start and end ── Answer
//! ```
//!
//! Everything here is the same for every channel: the session envelope and its
//! optimistic versioning (a repeated request gets the answer it got before, a turn
//! processed by another server is seen through the store), the engine's deadline
//! (a timer that fell due between two requests is delivered before the caller's
//! input), store failures (they go back to the engine as `StoreResult::Error`: the
//! engine apologises and offers a transfer), call records and metrics. A transport
//! only turns its wire format into [`CallerInput`] and a [`Reply`] into its answer.
//!
//! Personal data: the caller's number is logged masked, and what callers say never.

mod exec;

use crate::cache::SessionCache;
use crate::llm::LlmFallback;
use crate::metrics as m;
use crate::session::{CallSession, SessionError};
use crate::transcript::TurnFacts;
use bella_clock::Clock;
use bella_core::{Expect, PhoneNumber, Pii};
use bella_dialog::driver::Reply;
use bella_dialog::{CallInfo, Dialog, Input, Outcome, Reminder, StateError};
use bella_store::{AppointmentStore, CallRecordStore, SessionStore, StoreError};
use chrono::{DateTime, Utc};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Why the driver could not answer. The transport turns any of these into its
/// fallback (an apology and a transfer), never into silence.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DriverError {
    /// A store failed (sessions or call records; appointment failures go to the engine).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The saved session envelope is unreadable.
    #[error(transparent)]
    Session(#[from] SessionError),
    /// The engine's saved state is unreadable.
    #[error("saved engine state: {0}")]
    State(#[from] StateError),
    /// The engine kept asking or talking (see `bella_dialog::driver::MAX_STEPS`).
    #[error("engine did not settle")]
    Runaway,
    /// Another request saved this call first and had not answered this turn.
    #[error("session version conflict")]
    Conflict,
}

/// What the caller did, in no transport's words.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum CallerInput {
    /// Speech, as recognised.
    Speech {
        /// The words (personal data).
        text: Pii<String>,
        /// The recogniser's confidence, 0 to 1.
        confidence: f32,
    },
    /// Keypad digits (personal data: often a phone number).
    Digits(Pii<String>),
    /// Nothing was heard before the listen timed out.
    Silence,
    /// Pick up the parked LLM answer to this request id.
    LlmAnswer(u64),
    /// The caller talked over the last reply after hearing `heard` of it (a streaming
    /// transport with barge-in; see `bella_dialog::Input::Interrupted`).
    Interrupted {
        /// The part of the reply played before the interruption (personal data: it may
        /// read back a name or a number).
        heard: Pii<String>,
        /// How long the reply played, ms, if known.
        heard_ms: Option<u64>,
    },
    /// The line dropped and was picked up again: the engine asks its question again.
    Resumed,
    /// Nothing from the caller: the engine's deadline passed (a transport without a
    /// listen timeout of its own arms it; see `Dialog::enable_silence_timer`).
    Timer,
}

impl fmt::Debug for CallerInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind())
    }
}

impl CallerInput {
    /// Speech with a confidence.
    #[must_use]
    pub fn speech(text: impl Into<String>, confidence: f32) -> Self {
        Self::Speech {
            text: Pii::new(text.into()),
            confidence,
        }
    }

    /// Keypad digits; anything but `0-9`, `*` and `#` is dropped, and nothing left is a
    /// silence.
    #[must_use]
    pub fn digits(raw: &str) -> Self {
        let digits: String = raw
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '*' || *c == '#')
            .collect();
        if digits.is_empty() {
            Self::Silence
        } else {
            Self::Digits(Pii::new(digits))
        }
    }

    /// What kind of input this is (safe to log).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Speech { .. } => "speech",
            Self::Digits(_) => "digits",
            Self::Silence => "silence",
            Self::LlmAnswer(_) => "llm",
            Self::Interrupted { .. } => "interrupted",
            Self::Resumed => "resumed",
            Self::Timer => "timer",
        }
    }
}

/// The driver's answer to a transport.
#[derive(Clone, Debug)]
#[must_use]
pub struct Answer {
    /// What the transport answers with: its own rendering of the reply, or the
    /// rendering it answered this turn with before (a repeated request).
    pub text: String,
    /// The call's outcome, once it has ended.
    pub outcome: Option<Outcome>,
    /// The engine's reply when it ran for this request; `None` when an earlier answer
    /// is replayed.
    pub reply: Option<Reply>,
    /// The turn number the next caller input belongs to.
    pub next_turn: u32,
}

impl Answer {
    fn replay(env: &CallSession) -> Self {
        Self {
            text: env.last_answer.clone(),
            outcome: env.outcome,
            reply: None,
            next_turn: env.next_turn,
        }
    }
}

/// The result of saving a session.
enum Saved {
    Done,
    /// Another request saved this call first and covered this turn: its answer.
    Winner(Box<Answer>),
}

/// One call's life against the stores, shared by every transport; cheap to clone.
#[derive(Clone)]
pub struct CallDriver {
    /// Where appointments live.
    pub appointments: Arc<dyn AppointmentStore>,
    /// Call sessions between two requests.
    pub sessions: Arc<dyn SessionStore>,
    /// Call records.
    pub records: Arc<dyn CallRecordStore>,
    /// Sessions this process saved last.
    pub cache: Arc<SessionCache>,
    /// The optional LLM fallback.
    pub llm: Option<Arc<LlmFallback>>,
    /// Where "now" comes from.
    pub clock: Clock,
    /// The engine's configuration.
    pub dialog: Arc<bella_dialog::Config>,
    /// How long an idle call's session is kept.
    pub session_ttl: Duration,
    /// The outbound notifier: its outbox marks appointments confirmed (reminder calls).
    /// `None`: a reminder's "yes" gets a store error (no reminders without it anyway).
    pub notifier: Option<bella_notify::worker::Notifier>,
    /// Whether and how every turn is stored ([`crate::transcript`]).
    pub transcripts: crate::transcript::TranscriptOptions,
}

impl fmt::Debug for CallDriver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallDriver")
            .field("appointments", &self.appointments)
            .field("sessions", &self.sessions)
            .field("llm", &self.llm.is_some())
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

/// The channel a call came by, as its record keeps it (`GET /api/calls`).
pub mod channel {
    /// A `<Gather>` round trip per turn (`bella serve`'s default voice mode).
    pub const GATHER: &str = "gather";
    /// A ConversationRelay WebSocket (`--voice-mode relay`).
    pub const RELAY: &str = "relay";
    /// An outbound reminder call that Bella placed.
    pub const OUTBOUND_REMINDER: &str = "outbound_reminder";
}

/// How a call came, which sets up its engine and names its channel.
enum Via {
    /// A `<Gather>` round trip per turn: the transport times each listen.
    Gather,
    /// A transport without a listen timeout of its own (ConversationRelay): the
    /// engine's silence timer ends each listen.
    Relay,
    /// An outbound reminder call about this appointment (boxed: the other ways
    /// carry nothing).
    Reminder(Box<Reminder>),
}

impl Via {
    /// The channel the call's record keeps.
    fn channel(&self) -> &'static str {
        match self {
            Self::Gather => channel::GATHER,
            Self::Relay => channel::RELAY,
            Self::Reminder(_) => channel::OUTBOUND_REMINDER,
        }
    }
}

impl CallDriver {
    /// The current instant, from the driver's clock.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// A call starts: greet the caller. A repeated start of a call this process already
    /// answered gets the same answer; one of a call that has [`ended`](Self::ended)
    /// hangs up. `render(reply, next_turn)` writes the transport's answer, which is
    /// saved for repeated requests.
    pub async fn start<R>(
        &self,
        call_id: &str,
        caller: Option<PhoneNumber>,
        render: R,
    ) -> Result<Answer, DriverError>
    where
        R: Fn(&Reply, u32) -> String,
    {
        self.start_with(call_id, caller, Via::Gather, render).await
    }

    /// [`CallDriver::start`] for an outbound reminder call (`POST /twilio/outbound`):
    /// the engine starts in reminder mode ([`Dialog::reminder`]) about
    /// `reminder.appointment`, answered as `reminder.answered_by` says: a machine
    /// hears the voicemail and the call ends; a person is asked "Can you still make
    /// it?", and the later turns go through [`CallDriver::turn`] like any call's.
    /// The engine's caller id is the appointment's number (the person called).
    pub async fn start_reminder<R: Fn(&Reply, u32) -> String>(
        &self,
        call_id: &str,
        reminder: Reminder,
        render: R,
    ) -> Result<Answer, DriverError> {
        let callee = Some(reminder.appointment.phone.clone());
        self.start_with(call_id, callee, Via::Reminder(Box::new(reminder)), render)
            .await
    }

    /// [`CallDriver::start`] for a transport without a listen timeout of its own
    /// (ConversationRelay): the engine ends each listen itself, and its deadline (in
    /// [`Reply::deadline`]) must be answered with [`CallerInput::Timer`].
    pub async fn start_streaming<R>(
        &self,
        call_id: &str,
        caller: Option<PhoneNumber>,
        render: R,
    ) -> Result<Answer, DriverError>
    where
        R: Fn(&Reply, u32) -> String,
    {
        self.start_with(call_id, caller, Via::Relay, render).await
    }

    /// How a call without a session ended, when its record says it has (the carrier's
    /// status callback closed it): a late webhook or socket for it must not start the
    /// conversation again. `None` when the call has not ended, or without a store that
    /// keeps call records; a failed read is logged and taken as not ended.
    pub async fn ended(&self, call_id: &str) -> Option<Outcome> {
        let found = self.appointments.manage()?.call(call_id).await;
        match found {
            Ok(Some(record)) if record.ended_at.is_some() => Some(
                record
                    .outcome
                    .as_deref()
                    .and_then(Outcome::parse)
                    .unwrap_or(Outcome::NoBooking),
            ),
            Ok(_) => None,
            Err(e) => {
                tracing::warn!(call = call_id, error = %e, "could not read the call's record");
                None
            }
        }
    }

    /// A late request (a webhook, a retried start) for a call that has
    /// [`ended`](Self::ended): answered with a hang-up rendered for `turn`, and nothing
    /// runs or is saved again. `None` when the call has not ended.
    async fn hang_up_if_ended<R>(&self, call_id: &str, turn: u32, render: &R) -> Option<Answer>
    where
        R: Fn(&Reply, u32) -> String,
    {
        let outcome = self.ended(call_id).await?;
        tracing::info!(
            call = call_id,
            "request for a call that has ended; hanging up"
        );
        let reply = Reply {
            hangup: Some(outcome),
            ..Reply::default()
        };
        Some(Answer {
            text: render(&reply, turn),
            outcome: Some(outcome),
            reply: None,
            next_turn: turn,
        })
    }

    /// A call's stored session (the cache's copy when this process saved it last).
    pub async fn session(&self, call_id: &str) -> Result<Option<CallSession>, DriverError> {
        Ok(self.load_cached(call_id).await?.map(|(env, _)| env))
    }

    async fn start_with<R>(
        &self,
        call_id: &str,
        caller: Option<PhoneNumber>,
        via: Via,
        render: R,
    ) -> Result<Answer, DriverError>
    where
        R: Fn(&Reply, u32) -> String,
    {
        // A repeated start is caught without a store read: by the cache, or else by
        // the save below (it must create the session, and answers with the existing
        // one's answer when there is one).
        if let Some((env, _)) = self.cache.get(call_id, self.clock.instant()) {
            tracing::info!(call = call_id, "repeated call start; answering as before");
            return Ok(Answer::replay(&env));
        }
        // A start retried after the call ended (the carrier's status callback closed
        // it and its session is gone) must not greet the caller again.
        if let Some(answer) = self.hang_up_if_ended(call_id, 0, &render).await {
            return Ok(answer);
        }
        let began = std::time::Instant::now();
        let now = self.now();
        let caller_masked = caller.as_ref().map(PhoneNumber::masked);
        tracing::info!(
            call = call_id,
            caller = caller_masked.as_deref().unwrap_or("unknown"),
            "call started"
        );
        let call = CallInfo {
            call_id: call_id.to_owned(),
            caller_id: caller.clone(),
        };
        let channel = via.channel();
        let mut dialog = match via {
            Via::Reminder(r) => Dialog::reminder(self.dialog.clone(), call, now, *r),
            Via::Gather => Dialog::new(self.dialog.clone(), call, now),
            Via::Relay => {
                let mut dialog = Dialog::new(self.dialog.clone(), call, now);
                dialog.enable_silence_timer();
                dialog
            }
        };
        let (reply, llm_calls) = self
            .run_counted(&mut dialog, Input::CallStarted { now })
            .await?;
        let mut env = CallSession::new(now);
        let text = settle(&mut env, &dialog, &reply, &render);
        if let Saved::Winner(answer) = self.save(call_id, &env, None).await? {
            return Ok(*answer);
        }
        metrics::counter!(m::CALLS_STARTED).increment(1);
        if let Err(e) = self
            .records
            .record_start(call_id, caller.as_ref(), now, channel)
            .await
        {
            tracing::warn!(call = call_id, error = %e, "could not record the call start");
        }
        let heard = Heard {
            began,
            now,
            expect: None,
            caller: None,
            input_kind: "call_started",
            failed: false,
            llm_calls,
        };
        Ok(self
            .answer_saved(call_id, heard, &dialog, &env, reply, text)
            .await)
    }

    /// The caller's input. With `turn` (the turn number the transport's last answer
    /// named), a repeated or stale request gets the answer it got before and runs
    /// nothing; without it every input runs. A call this server has no session for is
    /// started afresh (`caller` is its caller id then).
    pub async fn turn<R>(
        &self,
        call_id: &str,
        caller: Option<PhoneNumber>,
        turn: Option<u32>,
        input: CallerInput,
        render: R,
    ) -> Result<Answer, DriverError>
    where
        R: Fn(&Reply, u32) -> String,
    {
        let began = std::time::Instant::now();
        let mut loaded = self.load_cached(call_id).await?;
        if let (Some((env, _)), Some(t)) = (&loaded, turn)
            && t > env.next_turn
        {
            // A later turn than this process saw: another server moved the call on.
            loaded = self.load(call_id).await?;
        }
        let Some((mut env, version)) = loaded else {
            if let Some(answer) = self
                .hang_up_if_ended(call_id, turn.unwrap_or(0), &render)
                .await
            {
                return Ok(answer);
            }
            tracing::warn!(
                call = call_id,
                "input for an unknown call; starting it afresh"
            );
            return self.start(call_id, caller, render).await;
        };
        if env.outcome.is_some() || turn.is_some_and(|t| t != env.next_turn) {
            tracing::info!(
                call = call_id,
                turn,
                expected = env.next_turn,
                "repeated or stale turn; answering as before"
            );
            return Ok(Answer::replay(&env));
        }
        let mut dialog = Dialog::restore(self.dialog.clone(), &env.dialog)?;
        let now = self.now();
        let mut reply = Reply::default();
        let mut llm_calls = 0;
        if env.deadline.is_some_and(|d| d <= now) {
            // The engine's deadline fell due between two requests (the longest call,
            // an unanswered request): it goes first.
            (reply, llm_calls) = self.run_counted(&mut dialog, Input::Timer { now }).await?;
        }
        let kind = input.kind();
        let said = match &input {
            CallerInput::Speech { text, .. } => Some(text.expose().to_owned()),
            CallerInput::Digits(d) => Some(d.expose().to_owned()),
            _ => None,
        };
        let heard_something = matches!(input, CallerInput::Speech { .. } | CallerInput::Digits(_));
        // What was said is personal data: only its kind is logged.
        tracing::debug!(call = call_id, turn, input = kind, expected = ?env.expect, "caller turn");
        if !dialog.is_ended() {
            let input = self.engine_input(call_id, input, now).await;
            let (more, more_llm) = self.run_counted(&mut dialog, input).await?;
            llm_calls += more_llm;
            reply.merge(more);
        }
        let asked_before = env.expect;
        let text = settle(&mut env, &dialog, &reply, &render);
        tracing::debug!(
            call = call_id,
            turn,
            sentences = reply.says.len(),
            listens_for = ?env.expect,
            changes = reply.changes.len(),
            store_errors = reply.store_errors,
            "agent turn"
        );
        let failed = heard_something && count_failed_answer(asked_before, env.expect, &reply);
        if let Saved::Winner(answer) = self.save(call_id, &env, Some(version)).await? {
            return Ok(*answer);
        }
        let heard = Heard {
            began,
            now,
            expect: asked_before,
            caller: said.as_deref(),
            input_kind: kind,
            failed,
            llm_calls,
        };
        Ok(self
            .answer_saved(call_id, heard, &dialog, &env, reply, text)
            .await)
    }

    /// The call is over on the carrier's side (the caller hung up, or it failed): a
    /// call the engine had not ended is recorded with its last change (or
    /// `no_booking`), and its session is deleted.
    pub async fn close(&self, call_id: &str) -> Result<(), DriverError> {
        let now = self.now();
        let Some((env, _)) = self.load(call_id).await? else {
            tracing::info!(call = call_id, "end of a call without a live session");
            return Ok(());
        };
        if env.outcome.is_none() {
            let outcome = env.final_outcome();
            metrics::counter!(m::CALLS_ENDED, "outcome" => outcome.as_str()).increment(1);
            self.records
                .record_end(call_id, outcome.as_str(), env.agent_turns, now)
                .await?;
            tracing::info!(call = call_id, outcome = outcome.as_str(), "call completed");
        }
        self.cache.forget(call_id);
        self.sessions.delete(call_id).await?;
        Ok(())
    }

    /// The engine input for a caller input (an LLM pickup waits for the parked answer).
    async fn engine_input(&self, call_id: &str, input: CallerInput, now: DateTime<Utc>) -> Input {
        match input {
            CallerInput::Speech { text, confidence } => Input::CallerTurn {
                now,
                text,
                confidence,
            },
            CallerInput::Digits(digits) => Input::Digits { now, digits },
            CallerInput::Silence => Input::Silence { now },
            CallerInput::LlmAnswer(request_id) => self.pickup_llm(call_id, request_id, now).await,
            CallerInput::Interrupted { heard, heard_ms } => Input::Interrupted {
                now,
                heard,
                heard_ms,
            },
            CallerInput::Resumed => Input::Resumed { now },
            CallerInput::Timer => Input::Timer { now },
        }
    }

    /// Reads a call's session from the store (and refreshes the cache).
    async fn load(&self, call_id: &str) -> Result<Option<(CallSession, u64)>, DriverError> {
        match self.sessions.load(call_id).await {
            Ok(Some(s)) => {
                let env = CallSession::from_json(&s.data)?;
                self.cache
                    .put(call_id, &env, s.version, self.clock.instant());
                Ok(Some((env, s.version)))
            }
            Ok(None) => {
                self.cache.forget(call_id);
                Ok(None)
            }
            Err(e) => {
                self.cache.forget(call_id);
                Err(e.into())
            }
        }
    }

    /// A call's session from the cache when this process saved it last, else the store.
    async fn load_cached(&self, call_id: &str) -> Result<Option<(CallSession, u64)>, DriverError> {
        match self.cache.get(call_id, self.clock.instant()) {
            Some(hit) => Ok(Some(hit)),
            None => self.load(call_id).await,
        }
    }

    /// Saves a session; if another request saved this call first, answers with what it
    /// answered when it covered this turn, else fails.
    async fn save(
        &self,
        call_id: &str,
        env: &CallSession,
        expected: Option<u64>,
    ) -> Result<Saved, DriverError> {
        match self
            .sessions
            .save(call_id, &env.to_json(), expected, self.session_ttl)
            .await
        {
            Ok(version) => {
                self.cache.put(call_id, env, version, self.clock.instant());
                Ok(Saved::Done)
            }
            Err(StoreError::VersionConflict { .. }) => {
                metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "conflict").increment(1);
                tracing::warn!(
                    call = call_id,
                    "session saved concurrently; answering with the winner's answer"
                );
                match self.load(call_id).await? {
                    Some((other, _)) if other.next_turn >= env.next_turn => {
                        Ok(Saved::Winner(Box::new(Answer::replay(&other))))
                    }
                    _ => Err(DriverError::Conflict),
                }
            }
            Err(e) => {
                self.cache.forget(call_id);
                Err(e.into())
            }
        }
    }

    /// Records the end of a call the engine has ended. (A call the caller hangs up is
    /// recorded by [`CallDriver::close`] instead.)
    async fn finish_if_ended(&self, call_id: &str, env: &CallSession) {
        let Some(outcome) = env.outcome else {
            return;
        };
        let now = self.now();
        metrics::counter!(m::CALLS_ENDED, "outcome" => outcome.as_str()).increment(1);
        tracing::info!(
            call = call_id,
            outcome = outcome.as_str(),
            turns = env.agent_turns,
            "call ended by the agent"
        );
        if let Err(e) = self
            .records
            .record_end(call_id, outcome.as_str(), env.agent_turns, now)
            .await
        {
            tracing::warn!(call = call_id, error = %e, "could not record the call end");
        }
    }
}

impl CallDriver {
    /// The end of a turn whose session is saved (the start's or a caller turn's): its
    /// transcript row, the call's end recorded when the engine ended it, and the
    /// answer, `text` being the reply as the transport rendered it.
    async fn answer_saved(
        &self,
        call_id: &str,
        heard: Heard<'_>,
        dialog: &Dialog,
        env: &CallSession,
        reply: Reply,
        text: String,
    ) -> Answer {
        let agent = reply.text();
        self.transcribe(TurnFacts {
            call_id,
            seq: env.next_turn.saturating_sub(1),
            at: heard.now,
            expect: heard.expect,
            agent: &agent,
            caller: heard.caller,
            input_kind: heard.input_kind,
            name: dialog.caller_name(),
            phone: dialog.caller_phone(),
            latency_ms: elapsed_ms(heard.began),
            failed: heard.failed,
            llm_calls: heard.llm_calls,
        })
        .await;
        self.finish_if_ended(call_id, env).await;
        Answer {
            text,
            outcome: env.outcome,
            reply: Some(reply),
            next_turn: env.next_turn,
        }
    }

    /// Stores a turn of the transcript (never fails the call).
    async fn transcribe(&self, facts: TurnFacts<'_>) {
        crate::transcript::record(
            self.appointments.as_ref(),
            self.transcripts,
            self.dialog.tz(),
            &self.dialog.region,
            facts,
        )
        .await;
    }
}

/// What one turn took in and cost, for its transcript row (the rest of the row comes
/// from the engine, the session and the reply: [`CallDriver::answer_saved`]).
struct Heard<'a> {
    /// When the request came in (the row's latency runs from here).
    began: std::time::Instant,
    /// The turn's instant.
    now: DateTime<Utc>,
    /// What the agent was listening for before this turn.
    expect: Option<Expect>,
    /// What the caller said or keyed (personal data; `None` for the call's start).
    caller: Option<&'a str>,
    /// The input's kind (`call_started`, `speech`, `digits`, ...).
    input_kind: &'static str,
    /// The answer could not be used (the same slot is asked again).
    failed: bool,
    /// Language-model requests begun.
    llm_calls: u32,
}

/// Milliseconds since `began`, saturating.
fn elapsed_ms(began: std::time::Instant) -> u32 {
    u32::try_from(began.elapsed().as_millis()).unwrap_or(u32::MAX)
}

/// Renders the reply with the transport's `render` and folds it into the session.
fn settle<R>(env: &mut CallSession, dialog: &Dialog, reply: &Reply, render: &R) -> String
where
    R: Fn(&Reply, u32) -> String,
{
    let turn = env.next_turn + 1;
    let text = render(reply, turn);
    for change in &reply.changes {
        metrics::counter!(m::BOOKINGS, "kind" => change.as_str()).increment(1);
        env.changed = Some(*change);
    }
    env.dialog = dialog.save();
    env.next_turn = turn;
    env.last_answer.clone_from(&text);
    env.deadline = reply.deadline;
    env.expect = reply.listen.as_ref().map(|l| l.expect);
    env.lang = reply.lang;
    env.agent_turns += 1;
    if reply.transfer.is_some() {
        env.outcome = Some(Outcome::Transferred);
    } else if let Some(outcome) = reply.hangup {
        env.outcome = Some(outcome);
    } else if dialog.is_ended() {
        env.outcome = Some(dialog.outcome().unwrap_or(Outcome::NoBooking));
    }
    text
}

/// Asked for a slot, heard an answer, and asked for the same slot again: the answer
/// could not be used (counted, and `true`).
fn count_failed_answer(before: Option<Expect>, after: Option<Expect>, reply: &Reply) -> bool {
    if let (Some(b), Some(a)) = (before, after)
        && a == b
        && matches!(
            b,
            Expect::Name | Expect::Phone | Expect::Time | Expect::Confirm
        )
        && reply.changes.is_empty()
    {
        metrics::counter!(m::EXTRACTION_FAILURES, "slot" => b.as_str()).increment(1);
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caller_inputs_print_only_their_kind() {
        let said = CallerInput::speech("Rocky Jonathan, 780 555 0199", 0.9);
        let typed = CallerInput::digits("780-555-0199#");
        assert_eq!(format!("{said:?} {typed:?}"), "speech digits");
        assert_eq!(
            typed,
            CallerInput::Digits(Pii::new("7805550199#".to_owned()))
        );
        assert_eq!(CallerInput::digits("--"), CallerInput::Silence);
    }
}
