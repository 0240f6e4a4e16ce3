//! The run loop: the one place that drives the sans-io engine against real stores.
//!
//! ```text
//! feed Input ──► Dialog::handle_input
//!                 │
//!                 ▼
//!        drain Dialog::poll_output until Output::Timeout (or nothing is left):
//!          Say        → append to what the caller hears
//!          Listen     → remember what is expected (ends this webhook's TwiML)
//!          Store      → run it on the AppointmentStore now, queue Input::StoreReply
//!          LlmExtract → start the LLM (crate::llm): answer in time → queue Input::LlmReply,
//!                       else park it and end the run ("One moment" + redirect)
//!          Transfer   → remember the number
//!          HangUp     → remember the outcome
//!          Timeout(t) → remember the deadline, stop draining
//!                 │
//!                 ▼
//!        queued replies? feed the next one and drain again : done
//! ```
//!
//! Both `bella serve` (one [`run`] per webhook, the dialog loaded from and saved to the
//! session store around it) and `bella chat` (one [`run`] per typed line) use it. Store
//! failures are never raised here: they go back to the engine as
//! [`StoreResult::Error`], and the engine apologises and offers a transfer.

use crate::app::Clock;
use bella_core::Expect;
use bella_dialog::{Dialog, Input, Interval, Outcome, Output, StoreRequest, StoreResult};
use bella_store::{AppointmentQuery, AppointmentStore, NewAppointment, RequestKey, StoreError};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use std::collections::VecDeque;

/// The most inputs one [`run`] feeds (the first plus store and LLM replies); a guard
/// against an engine that keeps asking.
pub const MAX_STEPS: usize = 64;

/// What the engine wants heard after one input.
#[derive(Clone, Debug, Default, PartialEq)]
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
    /// Changes made in the store during this run (`booked`, `cancelled`, `rescheduled`).
    pub changes: Vec<Outcome>,
    /// Store requests that failed (reported to the engine as errors).
    pub store_errors: u32,
    /// An LLM answer still under way (its request id): the caller hears "One moment"
    /// and a redirect that picks it up (see [`crate::llm`]).
    pub llm_pending: Option<u64>,
}

/// A `Listen` output.
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

/// What a run needs besides the dialog.
#[derive(Clone, Copy, Debug)]
pub struct RunContext<'a> {
    /// Where appointments live.
    pub appointments: &'a dyn AppointmentStore,
    /// The optional language-model fallback.
    pub llm: Option<&'a crate::llm::LlmFallback>,
    /// The business's zone (stored with each appointment).
    pub tz: Tz,
    /// Where "now" comes from.
    pub clock: &'a Clock,
}

/// Why a run stopped early.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The engine kept asking for more than [`MAX_STEPS`] inputs.
    #[error("engine did not settle within {MAX_STEPS} inputs")]
    Runaway,
}

/// Feeds `input`, then every store and LLM reply it leads to, draining the engine's
/// outputs after each; returns what the caller should hear.
pub async fn run(
    dialog: &mut Dialog,
    input: Input,
    ctx: RunContext<'_>,
) -> Result<Reply, RunError> {
    let mut reply = Reply::default();
    let mut queue = VecDeque::from([input]);
    let mut steps = 0;
    while let Some(input) = queue.pop_front() {
        steps += 1;
        if steps > MAX_STEPS {
            return Err(RunError::Runaway);
        }
        dialog.handle_input(input);
        while let Some(output) = dialog.poll_output() {
            match output {
                Output::Say { text } => reply.says.push(text),
                Output::Listen {
                    expect,
                    hints,
                    digits,
                    timeout_secs,
                } => {
                    reply.listen = Some(Listen {
                        expect,
                        hints,
                        digits,
                        timeout_secs,
                    });
                }
                Output::Store {
                    request_id,
                    request,
                } => {
                    let result = execute(request, ctx, &mut reply).await;
                    queue.push_back(Input::StoreReply {
                        now: ctx.clock.now(),
                        request_id,
                        result,
                    });
                }
                Output::LlmExtract {
                    request_id,
                    slot,
                    text,
                    deadline,
                } => {
                    let call_id = dialog.call().call_id.clone();
                    match crate::llm::begin(ctx, &call_id, request_id, slot, &text, deadline).await
                    {
                        Some(result) => queue.push_back(Input::LlmReply {
                            now: ctx.clock.now(),
                            request_id,
                            result,
                        }),
                        None => reply.llm_pending = Some(request_id),
                    }
                }
                Output::Transfer { to } => reply.transfer = Some(to),
                Output::HangUp { outcome } => reply.hangup = Some(outcome),
                Output::Timeout(at) => {
                    reply.deadline = Some(at);
                    break;
                }
                // Content is not logged: a future output may carry what the caller said.
                _ => tracing::warn!("engine output not understood by this adapter"),
            }
        }
    }
    Ok(reply)
}

/// Runs one store request; a failure becomes [`StoreResult::Error`].
async fn execute(request: StoreRequest, ctx: RunContext<'_>, reply: &mut Reply) -> StoreResult {
    let store = ctx.appointments;
    let op = match &request {
        StoreRequest::FreeSlots { .. } => "free_slots",
        StoreRequest::Book { .. } => "book",
        StoreRequest::FindByPhone { .. } => "find_by_phone",
        StoreRequest::FindCustomer { .. } => "find_customer",
        StoreRequest::Cancel { .. } => "cancel",
        StoreRequest::Reschedule { .. } => "reschedule",
        _ => "other",
    };
    tracing::trace!(op, "store request");
    let result = match request {
        StoreRequest::FreeSlots { from, to } => {
            store.busy_with_resources(from, to).await.map(|busy| {
                StoreResult::Busy(
                    busy.into_iter()
                        .map(|b| Interval {
                            start: b.start,
                            end: b.end,
                            resource: b.resource,
                        })
                        .collect(),
                )
            })
        }
        StoreRequest::Book {
            name,
            phone,
            start,
            minutes,
            idempotency_key,
            service,
            resource,
        } => {
            let new = NewAppointment {
                name,
                phone,
                start,
                minutes,
                tz: ctx.tz,
                service,
                resource,
            };
            match store.book(new, &RequestKey(idempotency_key)).await {
                Ok(a) => {
                    reply.changes.push(Outcome::Booked);
                    Ok(StoreResult::Booked(a))
                }
                Err(StoreError::SlotTaken) => Ok(StoreResult::SlotTaken),
                Err(e) => Err(e),
            }
        }
        StoreRequest::FindCustomer { phone } => store
            .customer(&phone)
            .await
            .map(|c| StoreResult::Customer(c.and_then(|c| c.name))),
        StoreRequest::FindByPhone { phone } => {
            let query = AppointmentQuery {
                phone: Some(phone),
                limit: 50,
                ..Default::default()
            };
            store.list(&query).await.map(StoreResult::Found)
        }
        StoreRequest::Cancel {
            id,
            idempotency_key,
        } => store
            .cancel(id, &RequestKey(idempotency_key))
            .await
            .map(|a| {
                reply.changes.push(Outcome::Cancelled);
                StoreResult::Cancelled(a)
            }),
        StoreRequest::Reschedule {
            id,
            new_start,
            idempotency_key,
        } => {
            match store
                .reschedule(id, new_start, &RequestKey(idempotency_key))
                .await
            {
                Ok(a) => {
                    reply.changes.push(Outcome::Rescheduled);
                    Ok(StoreResult::Rescheduled(a))
                }
                Err(StoreError::SlotTaken) => Ok(StoreResult::SlotTaken),
                Err(e) => Err(e),
            }
        }
        _ => {
            tracing::warn!("store request not understood by this adapter");
            Ok(StoreResult::Error(
                "request not supported by this server".into(),
            ))
        }
    };
    result.unwrap_or_else(|e| {
        reply.store_errors += 1;
        tracing::error!(error = %e, "store request failed");
        StoreResult::Error(e.to_string())
    })
}
