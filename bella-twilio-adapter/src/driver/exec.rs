//! The driver's side of the engine's requests: the shared [`Exchange`] loop run against
//! the appointment store and the LLM fallback.

use super::{CallDriver, DriverError};
use crate::llm::{Begun, LlmResult};
use bella_core::{AppointmentId, Expect, PhoneNumber, Pii, ReferenceTime};
use bella_dialog::driver::{Exchange, Reply, Request};
use bella_dialog::{Dialog, Input, Interval, StoreRequest, StoreResult};
use bella_store::{AppointmentQuery, NewAppointment, RequestKey, StoreError};
use chrono::{DateTime, Utc};

impl CallDriver {
    /// Feeds `input`, then every store and LLM answer it leads to, through the shared
    /// [`Exchange`]; returns what the caller should hear. Appointment-store failures are
    /// never raised here: they go back to the engine as [`StoreResult::Error`], and the
    /// engine apologises and offers a transfer. An LLM answer not in within the inline
    /// wait is parked ([`Reply::llm_pending`]).
    pub async fn run(&self, dialog: &mut Dialog, input: Input) -> Result<Reply, DriverError> {
        self.run_counted(dialog, input)
            .await
            .map(|(reply, _)| reply)
    }

    /// [`CallDriver::run`], with the number of language-model requests it began.
    pub(crate) async fn run_counted(
        &self,
        dialog: &mut Dialog,
        input: Input,
    ) -> Result<(Reply, u32), DriverError> {
        let mut llm_calls = 0;
        let mut ex = Exchange::new();
        ex.feed(dialog, input);
        while let Some(request) = ex.next_request() {
            match request {
                Request::Store {
                    request_id,
                    request,
                } => {
                    let result = self.execute(request).await;
                    ex.answer_store(dialog, self.now(), request_id, result);
                }
                Request::Llm {
                    request_id,
                    slot,
                    text,
                    deadline,
                } => {
                    llm_calls += 1;
                    let call_id = dialog.call().call_id.clone();
                    match self
                        .begin_llm(&call_id, request_id, slot, text.expose(), deadline)
                        .await
                    {
                        Some(result) => {
                            ex.answer_llm(dialog, self.now(), request_id, result.map(Pii::new));
                        }
                        None => ex.park_llm(request_id),
                    }
                }
                // Content is not logged: a future request may carry what the caller said.
                _ => tracing::warn!("engine request not understood by this driver"),
            }
        }
        let reply = ex.finish();
        if reply.runaway {
            return Err(DriverError::Runaway);
        }
        if reply.untimed_drains > 0 {
            tracing::warn!("engine drain ended without a deadline");
        }
        Ok((reply, llm_calls))
    }

    /// Runs one store request; a failure becomes [`StoreResult::Error`].
    async fn execute(&self, request: StoreRequest) -> StoreResult {
        let store = self.appointments.as_ref();
        let op = match &request {
            StoreRequest::FreeSlots { .. } => "free_slots",
            StoreRequest::Book { .. } => "book",
            StoreRequest::FindByPhone { .. } => "find_by_phone",
            StoreRequest::FindCustomer { .. } => "find_customer",
            StoreRequest::Cancel { .. } => "cancel",
            StoreRequest::Reschedule { .. } => "reschedule",
            StoreRequest::Confirm { .. } => "confirm",
            StoreRequest::OptOut { .. } => "opt_out",
            _ => "other",
        };
        tracing::trace!(op, "store request");
        let taken = |r: Result<StoreResult, StoreError>| match r {
            Err(StoreError::SlotTaken) => Ok(StoreResult::SlotTaken),
            other => other,
        };
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
                lang,
            } => {
                let new = NewAppointment {
                    name,
                    phone,
                    start,
                    minutes,
                    tz: self.dialog.tz(),
                    service,
                    resource,
                    lang: lang.as_str().to_owned(),
                };
                taken(
                    store
                        .book(new, &RequestKey(idempotency_key))
                        .await
                        .map(StoreResult::Booked),
                )
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
                .map(StoreResult::Cancelled),
            StoreRequest::Reschedule {
                id,
                new_start,
                idempotency_key,
                resource,
            } => taken(
                store
                    .reschedule_to(
                        id,
                        new_start,
                        resource.as_deref(),
                        &RequestKey(idempotency_key),
                    )
                    .await
                    .map(StoreResult::Rescheduled),
            ),
            StoreRequest::Confirm { id, .. } => self.confirm(id).await,
            StoreRequest::OptOut { phone } => Ok(self.opt_out(&phone).await),
            _ => {
                tracing::warn!("store request not understood by this adapter");
                Ok(StoreResult::Error(
                    "request not supported by this server".into(),
                ))
            }
        };
        result.unwrap_or_else(|e| {
            tracing::error!(error = %e, "store request failed");
            StoreResult::Error(e.to_string())
        })
    }

    /// Marks a booked appointment confirmed (idempotent: the first confirmation's time
    /// is kept) and answers with it; a cancelled or unknown one is an error.
    async fn confirm(&self, id: AppointmentId) -> Result<StoreResult, StoreError> {
        let Some(notifier) = &self.notifier else {
            return Ok(StoreResult::Error(
                "confirming needs the notifier ([notifications])".into(),
            ));
        };
        match notifier
            .outbox()
            .confirm_appointment(id.0, self.now())
            .await
        {
            Ok(true) => {}
            Ok(false) => return Ok(StoreResult::Error("appointment is not booked".into())),
            Err(e) => return Ok(StoreResult::Error(e.to_string())),
        }
        Ok(match self.appointments.get(id).await? {
            Some(a) => StoreResult::Confirmed(a),
            None => StoreResult::Error("no such appointment".into()),
        })
    }

    /// Records a reminder callee's "stop calling me" in the outbox's opt-outs (the
    /// table STOP texts and Twilio's 21610 fill): no reminder is called or texted to
    /// the number again. The number is not logged.
    async fn opt_out(&self, phone: &PhoneNumber) -> StoreResult {
        let Some(notifier) = &self.notifier else {
            return StoreResult::Error("opting out needs the notifier ([notifications])".into());
        };
        match notifier.outbox().opt_out(phone.e164(), self.now()).await {
            Ok(()) => StoreResult::OptedOut,
            Err(e) => StoreResult::Error(e.to_string()),
        }
    }

    /// Starts an LLM request: `Some(result)` to feed back now, `None` when the answer
    /// was parked for a later pickup.
    async fn begin_llm(
        &self,
        call_id: &str,
        request_id: u64,
        slot: Expect,
        text: &str,
        deadline: DateTime<Utc>,
    ) -> Option<LlmResult> {
        let Some(llm) = &self.llm else {
            return Some(Err("llm fallback not configured".to_owned()));
        };
        let reference = ReferenceTime::new(self.now(), self.dialog.tz());
        match llm
            .begin(call_id, request_id, slot, text, reference, deadline)
            .await
        {
            Begun::Ready(result) => Some(result),
            Begun::Parked => None,
        }
    }

    /// The engine input that picks up request `request_id` of call `call_id`: the
    /// parked answer, or a failure when there is none (another server, a restart).
    pub(super) async fn pickup_llm(
        &self,
        call_id: &str,
        request_id: u64,
        now: DateTime<Utc>,
    ) -> Input {
        let result = match &self.llm {
            Some(llm) => llm.pickup(call_id, request_id, now).await,
            None => Err("llm fallback not configured".to_owned()),
        };
        if let Err(why) = &result {
            tracing::info!(call = call_id, request_id, "llm answer not used: {why}");
        }
        Input::LlmReply {
            now: self.now(),
            request_id,
            result: result.map(Pii::new),
        }
    }
}
