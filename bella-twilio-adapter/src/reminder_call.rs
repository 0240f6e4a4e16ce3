//! `POST /twilio/outbound?reminder=ID`: Twilio fetches this when a reminder call the
//! notifier placed is answered (signed like every webhook; see `docs/outbound.md`).
//!
//! The row's appointment and Twilio's `AnsweredBy` start the engine in reminder mode
//! through [`crate::driver::CallDriver::start_reminder`]:
//!
//! - `machine_*` or `fax` → one voicemail (business, day and time, callback number;
//!   nothing else) and `<Hangup/>`, no `<Gather>`; outcome `voicemail`;
//! - `human` → "Can you still make it?" in a `<Gather>` whose action is the ordinary
//!   `/twilio/gather?turn=N`: the later turns (yes → `confirmed`, cancel → read back
//!   and cancel on a yes, move → the reschedule conversation, a person → transfer)
//!   run like any call's;
//! - no `AnsweredBy` (detection off, or asynchronous AMD whose verdict comes later)
//!   or `unknown` → the person's script: a machine that hears it records the question,
//!   which still names the business and the day and time.
//!
//! Bella asks for synchronous AMD by default (`MachineDetection=DetectMessageEnd`
//! without `AsyncAmd`), so the verdict is in this request. With asynchronous AMD
//! (`bella serve --reminder-amd async`) `Url` is fetched at once without a verdict
//! (the no-name person's script above), and the verdict comes later to
//! `POST /twilio/outbound/amd?reminder=ID` ([`amd_verdict`]): for a machine the live
//! call is updated over REST with the voicemail TwiML and hangs up. The outcome the
//! engine reaches is written on the outbox row (`outcome`), here for a voicemail and
//! from the status callback for the rest (`record_outcome`).

use crate::error::AppError;
use crate::guard::SignedPairs;
use crate::state::AppState;
use crate::voice;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use bella_core::{Appointment, AppointmentId, AppointmentStatus};
use bella_dialog::{AnsweredBy, Reminder};
use bella_notify::worker::Notifier;
use serde::Deserialize;

/// Query of the reminder call's URL.
#[derive(Debug, Deserialize)]
pub struct ReminderQuery {
    /// The outbox row the call was placed for.
    pub reminder: Option<i64>,
}

const HANG_UP: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>";

/// The reminder row named by `?reminder=ID` and its appointment, or the refusal: 400
/// without a numeric id, 404 with outbound off or no such call row, 503 when a store
/// fails.
async fn reminder_of(
    state: &AppState,
    query: Result<Query<ReminderQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<(Notifier, i64, Appointment, Option<bella_extract::Lang>), Response> {
    let Ok(Query(ReminderQuery { reminder: Some(id) })) = query else {
        return Err(AppError::BadRequest("reminder needs a numeric id".into()).into_response());
    };
    let Some(notifier) = state.notifier.clone() else {
        return Err(AppError::NotFound.into_response());
    };
    let unavailable = |e: String| AppError::Unavailable(e).into_response();
    let (appointment_id, lang) = match notifier.outbox().reminder_call(id).await {
        Ok(Some((a, lang))) => (a, lang.parse().ok()),
        Ok(None) => return Err(AppError::NotFound.into_response()),
        Err(e) => return Err(unavailable(e.to_string())),
    };
    match state.appointments.get(AppointmentId(appointment_id)).await {
        Ok(Some(a)) => Ok((notifier, id, a, lang)),
        Ok(None) => Err(AppError::NotFound.into_response()),
        Err(e) => Err(unavailable(e.to_string())),
    }
}

/// `POST /twilio/outbound?reminder=ID`.
pub async fn answered(
    State(state): State<AppState>,
    query: Result<Query<ReminderQuery>, axum::extract::rejection::QueryRejection>,
    signed: SignedPairs,
) -> Response {
    let (notifier, id, appointment, lang) = match reminder_of(&state, query).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    if appointment.status != AppointmentStatus::Booked {
        // Cancelled between the dial and the answer: nothing to remind of.
        tracing::info!(
            reminder = id,
            "reminder call for a cancelled appointment; hanging up"
        );
        return ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], HANG_UP).into_response();
    }
    let answered_by = signed
        .get("AnsweredBy")
        .map_or(AnsweredBy::Unknown, |v| AnsweredBy::parse(&v));
    metrics::counter!(crate::metrics::REMINDER_ANSWERED, "answered_by" => answered_by.as_str())
        .increment(1);
    let reminder = Reminder {
        appointment,
        answered_by,
        voicemail: Some(notifier.config().notifications.voicemail.clone()),
        voicemail_fr: Some(notifier.config().notifications.voicemail_fr.clone()),
        callback: Some(notifier.callback_number()),
        lang,
    };
    let call_sid = signed.form.call_sid.clone();
    let work = async {
        let answer = state
            .driver()
            .start_reminder(&call_sid, reminder, voice::twiml(&state.config))
            .await?;
        if let Some(outcome) = answer.outcome {
            record_outcome(&state, id, outcome.as_str()).await;
        }
        Ok::<_, AppError>(answer)
    };
    voice::answer(&state, "outbound", work).await
}

/// `POST /twilio/outbound/amd?reminder=ID`: the asynchronous AMD verdict. A machine
/// gets the voicemail (the call's TwiML is replaced over REST) and the row's outcome
/// becomes `voicemail`; a person or `unknown` changes nothing (the conversation that
/// started at the answer goes on).
pub async fn amd_verdict(
    State(state): State<AppState>,
    query: Result<Query<ReminderQuery>, axum::extract::rejection::QueryRejection>,
    signed: SignedPairs,
) -> Response {
    let answered_by = signed
        .get("AnsweredBy")
        .map_or(AnsweredBy::Unknown, |v| AnsweredBy::parse(&v));
    if answered_by != AnsweredBy::Machine {
        metrics::counter!(crate::metrics::REMINDER_ANSWERED, "answered_by" => answered_by.as_str())
            .increment(1);
        return axum::http::StatusCode::NO_CONTENT.into_response();
    }
    let (notifier, id, appointment, lang) = match reminder_of(&state, query).await {
        Ok(found) => found,
        Err(refused) => return refused,
    };
    metrics::counter!(crate::metrics::REMINDER_ANSWERED, "answered_by" => "machine").increment(1);
    let start = appointment.start;
    // The voicemail in the booking's language, in that language's voice.
    let lang = lang.unwrap_or_default();
    let say = state.config.say_for(lang).clone();
    let twiml = |text: &str| {
        crate::twiml::Response::new(say)
            .say(text)
            .verb(crate::twiml::Verb::Hangup)
            .render()
            .unwrap_or_else(|_| HANG_UP.to_owned())
    };
    let sid = signed.form.call_sid.clone();
    if let Err(e) = notifier.leave_voicemail(&sid, start, lang, twiml).await {
        tracing::warn!(reminder = id, error = %e.label(), "could not redirect the call to the voicemail");
        return AppError::Unavailable(e.label()).into_response();
    }
    // The conversation begun at the answer is over: its session goes.
    if let Err(e) = state.driver().close(&sid).await {
        tracing::warn!(reminder = id, error = %e, "could not close the reminder call's session");
    }
    record_outcome(&state, id, "voicemail").await;
    axum::http::StatusCode::NO_CONTENT.into_response()
}

/// Writes the engine's outcome on the reminder's outbox row once (logged, not
/// raised: the call itself has been answered).
pub(crate) async fn record_outcome(state: &AppState, id: i64, outcome: &str) {
    let Some(notifier) = &state.notifier else {
        return;
    };
    match notifier.outbox().set_outcome_of(id, outcome).await {
        // Counted once per row, however often a webhook repeats.
        Ok(true) => {
            metrics::counter!(crate::metrics::REMINDER_OUTCOMES, "outcome" => outcome.to_owned())
                .increment(1);
        }
        Ok(false) => {}
        Err(e) => {
            tracing::warn!(reminder = id, error = %e, "could not record the reminder's outcome");
        }
    }
}
