//! Driving a [`Dialog`]: the one drain loop every caller of the engine shares.
//!
//! The engine is fed an [`Input`] and then drained with [`Dialog::poll_output`]; the
//! store and the LLM are outputs whose answers come back as inputs. That loop is
//! written once, here, in two layers:
//!
//! - [`Exchange`] is the sans-io step: it feeds one input, drains every output into a
//!   [`Reply`] (what the caller hears, what the agent listens for, how the call ends,
//!   the next deadline) and queues the [`Request`]s that need an answer. Whoever holds
//!   the store answers them one at a time ([`Exchange::next_request`] then
//!   [`Exchange::feed`]), synchronously or with an `.await` in between. It is the only
//!   code that matches on [`Output`]: a new variant is handled here, once.
//! - [`SimDriver`] is the test and simulation driver, in the manner of quinn's
//!   `Pair::step`: feed an input, step until idle answering store requests from the
//!   in-memory [`MemoryBook`] (and LLM requests from a script), and jump the clock to
//!   the engine's next deadline. `bella simulate`, `bella replay`, the tests, the fuzz
//!   target, the bench and the examples all drive the engine through it.
//!
//! The production driver (`bella-twilio-adapter`'s `driver`) runs the same
//! [`Exchange`] against real stores and a real LLM client.
//!
//! ```
//! use std::sync::Arc;
//! use bella_dialog::{CallInfo, Config, Dialog, Outcome};
//! use bella_dialog::driver::SimDriver;
//! use bella_dialog::sim::MemoryBook;
//!
//! let config = Arc::new(Config::default());
//! let now = "2026-11-17T17:15:00Z".parse().unwrap();
//! let call = CallInfo { call_id: "CA123".into(), caller_id: None };
//! let dialog = Dialog::new(config.clone(), call, now);
//! let mut sim = SimDriver::new(dialog, MemoryBook::new(config.hours.tz), now);
//! let hello = sim.start();
//! assert!(hello.listen.is_some());
//! sim.say("Book me in for Thursday at 10, my name is Jo Roy");
//! let read_back = sim.say("403 555 0142");
//! assert!(read_back.text().contains("Shall I book it?"));
//! let done = sim.say("yes");
//! assert_eq!(done.hangup, Some(Outcome::Booked));
//! ```

use crate::Dialog;
use crate::io::{Input, Outcome, Output, StoreRequest, StoreResult};
use crate::sim::{LlmScript, MemoryBook};
use bella_core::{Expect, Pii};
use chrono::{DateTime, Duration, Utc};
use std::collections::VecDeque;
use std::fmt;

/// The most inputs one [`Exchange`] feeds (the first plus store and LLM answers); a
/// guard against an engine that keeps asking.
pub const MAX_STEPS: usize = 64;

/// The most outputs one drain takes; a guard against an engine that never stops.
pub const MAX_OUTPUTS: usize = 1000;

/// What the engine wants heard and done after one input and every answer it led to.
///
/// `Debug` counts the sentences instead of printing them: they hold the read-back.
#[derive(Clone, Default, PartialEq)]
#[must_use]
pub struct Reply {
    /// Sentences to speak, in order.
    pub says: Vec<String>,
    /// What the agent listens for next, if it listens.
    pub listen: Option<Listen>,
    /// A transfer: `Some(None)` means "the default number".
    pub transfer: Option<Option<String>>,
    /// The call ended with this outcome.
    pub hangup: Option<Outcome>,
    /// When the engine next wants an [`Input::Timer`].
    pub deadline: Option<DateTime<Utc>>,
    /// Changes the store made during this exchange (`booked`, `cancelled`, `rescheduled`).
    pub changes: Vec<Outcome>,
    /// The store id of the appointment the last of those changes was made to.
    pub appointment: Option<bella_core::AppointmentId>,
    /// Store requests that failed (answered with [`StoreResult::Error`]).
    pub store_errors: u32,
    /// An LLM answer still under way (its request id), parked by the driver.
    pub llm_pending: Option<u64>,
    /// Drains that left a live call without an [`Output::Timeout`] last: always 0 for a
    /// correct engine (the tests and the fuzz target assert it).
    pub untimed_drains: u32,
    /// The exchange stopped at [`MAX_STEPS`] inputs or [`MAX_OUTPUTS`] outputs in one
    /// drain: the engine kept asking, or kept talking.
    pub runaway: bool,
    /// Every output in the order the engine gave it, when the exchange records
    /// ([`Exchange::recording`]); empty otherwise.
    pub outputs: Vec<Output>,
    /// The language the sentences are in, and the caller's next answer is heard in
    /// (the call's language after the exchange; SPEC §5.7).
    pub lang: crate::Lang,
}

impl fmt::Debug for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reply")
            .field("says", &self.says.len())
            .field("listen", &self.listen)
            .field("transfer", &self.transfer)
            .field("hangup", &self.hangup)
            .field("deadline", &self.deadline)
            .field("changes", &self.changes)
            .field("appointment", &self.appointment)
            .field("store_errors", &self.store_errors)
            .field("llm_pending", &self.llm_pending)
            .field("untimed_drains", &self.untimed_drains)
            .field("runaway", &self.runaway)
            .field("outputs", &self.outputs)
            .finish()
    }
}

impl Reply {
    /// The sentences joined by spaces: what the caller hears.
    #[must_use]
    pub fn text(&self) -> String {
        self.says.join(" ")
    }

    /// Whether the call ended (hang-up or transfer).
    #[must_use]
    pub fn ended(&self) -> bool {
        self.hangup.is_some() || self.transfer.is_some()
    }

    /// Appends a later reply of the same turn (a timer delivered before the caller's
    /// input, say): sentences and changes add up, the later state wins.
    pub fn merge(&mut self, more: Reply) {
        self.says.extend(more.says);
        self.listen = more.listen.or(self.listen.take());
        self.transfer = more.transfer.or(self.transfer.take());
        self.hangup = more.hangup.or(self.hangup.take());
        self.deadline = more.deadline;
        self.changes.extend(more.changes);
        self.appointment = more.appointment.or(self.appointment.take());
        self.store_errors += more.store_errors;
        self.llm_pending = more.llm_pending.or(self.llm_pending.take());
        self.untimed_drains += more.untimed_drains;
        self.runaway |= more.runaway;
        self.outputs.extend(more.outputs);
        self.lang = more.lang;
    }
}

/// A `Listen` output: what the agent asked for and how to listen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listen {
    /// What the agent asked for.
    pub expect: Expect,
    /// Recogniser hints.
    pub hints: Vec<String>,
    /// Whether keypad digits are accepted.
    pub digits: bool,
    /// Seconds to wait for speech.
    pub timeout_secs: u32,
}

/// An output that needs an answer fed back as an input.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Request {
    /// Answer with [`Input::StoreReply`] carrying `request_id`.
    Store {
        /// Echo this id.
        request_id: u64,
        /// What to do.
        request: StoreRequest,
    },
    /// Answer with [`Input::LlmReply`] carrying `request_id`, before `deadline`; or
    /// park it ([`Exchange::park_llm`]) and answer in a later exchange.
    Llm {
        /// Echo this id.
        request_id: u64,
        /// The slot to read.
        slot: Expect,
        /// What the caller said (personal data).
        text: Pii<String>,
        /// The answer must arrive before this instant.
        deadline: DateTime<Utc>,
    },
}

/// One input and every answer it leads to: the shared drain logic of every driver.
///
/// ```text
/// feed(input) ──► Dialog::handle_input ──► drain poll_output into the Reply:
///   Say → says · Listen → listen · Transfer/HangUp → how it ends · Timeout → deadline
///   Store/LlmExtract → queued as a Request
/// next_request() ──► the driver answers it (now, or after an .await) ──► feed(answer)
/// no request left ──► finish() ──► Reply
/// ```
#[derive(Debug, Default)]
pub struct Exchange {
    reply: Reply,
    work: VecDeque<Request>,
    steps: usize,
    record: bool,
}

impl Exchange {
    /// An exchange that keeps only the [`Reply`] summary.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// An exchange that also keeps every output in [`Reply::outputs`].
    #[must_use]
    pub fn recording() -> Self {
        Self {
            record: true,
            ..Self::default()
        }
    }

    /// Feeds one input (the first, or the answer to a request) and drains the engine.
    /// Past [`MAX_STEPS`] inputs nothing more is fed and [`Reply::runaway`] is set.
    pub fn feed(&mut self, dialog: &mut Dialog, input: Input) {
        self.steps += 1;
        if self.steps > MAX_STEPS {
            self.reply.runaway = true;
            self.work.clear();
            return;
        }
        if let Input::StoreReply { result, .. } = &input {
            let changed = match result {
                StoreResult::Booked(a) => Some((Outcome::Booked, a.id)),
                StoreResult::Cancelled(a) => Some((Outcome::Cancelled, a.id)),
                StoreResult::Rescheduled(a) => Some((Outcome::Rescheduled, a.id)),
                StoreResult::Error(_) => {
                    self.reply.store_errors += 1;
                    None
                }
                _ => None,
            };
            if let Some((change, id)) = changed {
                self.reply.changes.push(change);
                self.reply.appointment = Some(id);
            }
        }
        dialog.handle_input(input);
        self.drain(dialog);
    }

    fn drain(&mut self, dialog: &mut Dialog) {
        let mut timed = false;
        let mut n = 0;
        while let Some(output) = dialog.poll_output() {
            n += 1;
            if n > MAX_OUTPUTS {
                // An engine that never stops talking: give up on this exchange.
                self.reply.runaway = true;
                self.work.clear();
                self.steps = MAX_STEPS;
                return;
            }
            timed = matches!(output, Output::Timeout(_));
            if self.record {
                self.reply.outputs.push(output.clone());
            }
            match output {
                Output::Say { text } => self.reply.says.push(text.into_inner()),
                Output::Listen {
                    expect,
                    hints,
                    digits,
                    timeout_secs,
                } => {
                    self.reply.listen = Some(Listen {
                        expect,
                        hints,
                        digits,
                        timeout_secs,
                    });
                }
                Output::Store {
                    request_id,
                    request,
                } => self.work.push_back(Request::Store {
                    request_id,
                    request,
                }),
                Output::LlmExtract {
                    request_id,
                    slot,
                    text,
                    deadline,
                } => self.work.push_back(Request::Llm {
                    request_id,
                    slot,
                    text,
                    deadline,
                }),
                Output::Transfer { to } => self.reply.transfer = Some(to),
                Output::HangUp { outcome } => self.reply.hangup = Some(outcome),
                Output::Timeout(at) => self.reply.deadline = Some(at),
            }
        }
        if !timed && !dialog.is_ended() {
            self.reply.untimed_drains += 1;
        }
        self.reply.lang = dialog.lang();
    }

    /// Answers the store request `request_id` with `result` at `now`: feeds
    /// [`Input::StoreReply`], the step every driver takes once it has run a
    /// [`Request::Store`].
    pub fn answer_store(
        &mut self,
        dialog: &mut Dialog,
        now: DateTime<Utc>,
        request_id: u64,
        result: StoreResult,
    ) {
        self.feed(
            dialog,
            Input::StoreReply {
                now,
                request_id,
                result,
            },
        );
    }

    /// Answers the LLM request `request_id` with `result` at `now`: feeds
    /// [`Input::LlmReply`], the step every driver takes once the model has answered a
    /// [`Request::Llm`] (or failed to).
    pub fn answer_llm(
        &mut self,
        dialog: &mut Dialog,
        now: DateTime<Utc>,
        request_id: u64,
        result: Result<Pii<String>, String>,
    ) {
        self.feed(
            dialog,
            Input::LlmReply {
                now,
                request_id,
                result,
            },
        );
    }

    /// The next request to answer, oldest first.
    pub fn next_request(&mut self) -> Option<Request> {
        self.work.pop_front()
    }

    /// An LLM request whose answer is not in yet: the transport says "one moment" and
    /// picks it up in a later exchange with [`Input::LlmReply`].
    pub fn park_llm(&mut self, request_id: u64) {
        self.reply.llm_pending = Some(request_id);
    }

    /// What the caller should hear.
    pub fn finish(self) -> Reply {
        self.reply
    }
}

/// What the outputs say, in order, joined by spaces (tests read the agent's words).
#[must_use]
pub fn spoken(outputs: &[Output]) -> String {
    outputs
        .iter()
        .filter_map(|o| match o {
            Output::Say { text } => Some(text.expose().as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every output the engine has queued, without answering anything: for tests of
/// [`Dialog::poll_output`]'s own contract.
#[must_use]
pub fn drain_outputs(dialog: &mut Dialog) -> Vec<Output> {
    std::iter::from_fn(|| dialog.poll_output()).collect()
}

/// The test and simulation driver: one call against an in-memory book, on a
/// simulated clock that only moves when told to (or to the engine's next deadline).
#[derive(Clone, Debug)]
pub struct SimDriver {
    /// The call.
    pub dialog: Dialog,
    /// The appointment book answering its store requests.
    pub book: MemoryBook,
    /// The simulated clock.
    pub now: DateTime<Utc>,
    /// Scripted LLM answers (`None`: every LLM request fails).
    pub llm: Option<LlmScript>,
    llm_used: usize,
}

impl SimDriver {
    /// A driver for `dialog` over `book`, with the clock at `now`.
    #[must_use]
    pub fn new(dialog: Dialog, book: MemoryBook, now: DateTime<Utc>) -> Self {
        Self {
            dialog,
            book,
            now,
            llm: None,
            llm_used: 0,
        }
    }

    /// Answers LLM requests from `script`.
    #[must_use]
    pub fn with_llm(mut self, script: LlmScript) -> Self {
        self.llm = Some(script);
        self
    }

    /// Feeds `input` and steps until idle: store requests are answered from the book
    /// at once; an LLM request is answered from the script after its delay, and when
    /// that is past the engine's deadline the clock jumps to the deadline first and the
    /// timer fires before the late answer arrives. The clock moves forward to the
    /// input's instant if it is later.
    pub fn feed(&mut self, input: Input) -> Reply {
        self.now = self.now.max(input.now());
        let mut ex = Exchange::recording();
        ex.feed(&mut self.dialog, input);
        while let Some(request) = ex.next_request() {
            match request {
                Request::Store {
                    request_id,
                    request,
                } => {
                    let result = self.book.handle(&request);
                    ex.answer_store(&mut self.dialog, self.now, request_id, result);
                }
                Request::Llm { request_id, .. } => {
                    let (result, delay) = self.llm_answer();
                    let at = self.now + delay;
                    if let Some(deadline) = self.dialog.next_deadline().filter(|d| at > *d) {
                        self.now = self.now.max(deadline);
                        ex.feed(&mut self.dialog, Input::Timer { now: deadline });
                    }
                    self.now = self.now.max(at);
                    ex.answer_llm(&mut self.dialog, at, request_id, result);
                }
            }
        }
        ex.finish()
    }

    fn llm_answer(&mut self) -> (Result<Pii<String>, String>, Duration) {
        let Some(script) = &self.llm else {
            return (
                Err("llm fallback not configured".to_owned()),
                Duration::zero(),
            );
        };
        let reply = script
            .replies
            .get(self.llm_used)
            .or_else(|| script.replies.last());
        self.llm_used += 1;
        let result = match reply {
            Some(v) if v != "error" => Ok(v.as_str().into()),
            _ => Err("model failed".to_owned()),
        };
        (result, Duration::seconds(i64::from(script.delay_secs)))
    }

    /// The call is answered: [`Input::CallStarted`] now.
    pub fn start(&mut self) -> Reply {
        self.feed(Input::CallStarted { now: self.now })
    }

    /// The caller says `text` now (confidence 0.9).
    pub fn say(&mut self, text: &str) -> Reply {
        self.feed(Input::CallerTurn {
            now: self.now,
            text: text.into(),
            confidence: 0.9,
        })
    }

    /// The caller types `digits` now.
    pub fn digits(&mut self, digits: &str) -> Reply {
        self.feed(Input::Digits {
            now: self.now,
            digits: digits.into(),
        })
    }

    /// The caller says nothing before the listen times out.
    pub fn silence(&mut self) -> Reply {
        self.feed(Input::Silence { now: self.now })
    }

    /// Moves the clock forward by `by` (nothing is delivered).
    pub fn advance(&mut self, by: Duration) {
        self.now += by;
    }

    /// Jumps the clock to the engine's next deadline and delivers the timer there;
    /// `None` (and the clock unmoved) when the engine wants no timer.
    pub fn jump_to_deadline(&mut self) -> Option<Reply> {
        let deadline = self.dialog.next_deadline()?;
        self.now = self.now.max(deadline);
        Some(self.feed(Input::Timer { now: deadline }))
    }
}
