//! Outbound webhooks (issue 11): replies by SMS, reminder-call status callbacks, and
//! the outbox as JSON. On only when `bella serve` runs the notifier
//! ([`AppState::notifier`]); otherwise these routes answer 404.
//!
//! | route | auth | does |
//! |---|---|---|
//! | `POST /twilio/sms` | Twilio signature | "C"/"cancel" cancels the sender's next appointment; STOP/START; else help |
//! | `POST /twilio/outbound?reminder=ID` | Twilio signature | a reminder call was answered ([`crate::reminder_call`]) |
//! | `POST /twilio/outbound/amd?reminder=ID` | Twilio signature | asynchronous AMD's verdict: a machine gets the voicemail |
//! | `POST /twilio/outbound/status?reminder=ID` | Twilio signature | a reminder call ended: done, or retry, then a text |
//! | `GET /api/notifications?state=S&limit=N` | bearer key | the outbox, newest first |

use crate::app::{Guard, Routes};
use crate::error::AppError;
use crate::form::{self, field};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use bella_core::{AppointmentStatus, PhoneNumber};
use bella_store::{AppointmentQuery, RequestKey};
use serde::Deserialize;

/// The routes (added by [`crate::app::app`]). The Twilio ones check the signature
/// in the handler (their forms are not call forms).
pub(crate) fn routes(r: Routes) -> Routes {
    r.route("/twilio/sms", Guard::TwilioSignature, post(sms))
        .route(
            "/twilio/outbound",
            Guard::TwilioSignature,
            post(crate::reminder_call::answered),
        )
        .route(
            "/twilio/outbound/amd",
            Guard::TwilioSignature,
            post(crate::reminder_call::amd_verdict),
        )
        .route(
            "/twilio/outbound/status",
            Guard::TwilioSignature,
            post(call_status),
        )
        .route("/api/notifications", Guard::ApiKey, get(list))
}

fn signed_pairs(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    body: &[u8],
) -> Result<Vec<(String, String)>, AppError> {
    let pairs = form::parse_pairs(body)?;
    let url = form::public_url(state.config.public_url.as_deref(), headers, uri);
    form::verify(
        state
            .config
            .auth_token
            .as_ref()
            .map(bella_core::Secret::expose),
        &url,
        headers,
        &pairs,
    )?;
    Ok(pairs)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn twiml_message(text: Option<&str>) -> Response {
    let body = match text {
        Some(t) => format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>{}</Message></Response>",
            escape(t)
        ),
        None => "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>".to_owned(),
    };
    ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], body).into_response()
}

/// What an inbound text asks for: the whole body, one keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmsCommand {
    /// "C", "cancel": cancel the sender's next appointment.
    Cancel,
    /// STOP, STOPALL, UNSUBSCRIBE, END, QUIT, ARRÊT, ARRÊTE, ARRETT: no more texts.
    Stop,
    /// START, UNSTOP, YES: texts again.
    Start,
    /// Anything else: a one-line help text.
    Help,
}

/// Reads an inbound text (case, surrounding spaces and punctuation, and the accent of
/// the French `ARRÊT`/`ARRÊTE` ignored).
#[must_use]
pub fn sms_command(body: &str) -> SmsCommand {
    let w: String = body
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_uppercase()
        .replace(['É', 'È', 'Ê', 'Ë'], "E");
    match w.as_str() {
        "C" | "CANCEL" => SmsCommand::Cancel,
        // Twilio's opt-out words, with the French ones it lists for Canada.
        "STOP" | "STOPALL" | "UNSUBSCRIBE" | "END" | "QUIT" | "ARRET" | "ARRETE" | "ARRETT" => {
            SmsCommand::Stop
        }
        "START" | "UNSTOP" | "YES" => SmsCommand::Start,
        _ => SmsCommand::Help,
    }
}

/// `POST /twilio/sms`.
async fn sms(State(state): State<AppState>, headers: HeaderMap, uri: Uri, body: Bytes) -> Response {
    // The signature first: an unsigned request is refused even with outbound off.
    let pairs = match signed_pairs(&state, &headers, &uri, &body) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let Some(notifier) = state.notifier.clone() else {
        return AppError::NotFound.into_response();
    };
    let Some(from) = field(&pairs, "From").and_then(|f| PhoneNumber::from_e164(f).ok()) else {
        return AppError::BadRequest("missing or malformed From".into()).into_response();
    };
    let sid = field(&pairs, "MessageSid").unwrap_or_default().to_owned();
    if sid.is_empty() || sid.len() > 64 || !sid.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return AppError::BadRequest("missing or malformed MessageSid".into()).into_response();
    }
    let business = notifier.config().business_name.clone();
    let now = state.clock.now();
    let outbox = notifier.outbox();
    match sms_command(field(&pairs, "Body").unwrap_or_default()) {
        SmsCommand::Stop => match outbox.opt_out(from.e164(), now).await {
            // Twilio answers STOP itself; a second reply would be one too many.
            Ok(()) => twiml_message(None),
            Err(e) => AppError::Unavailable(e.to_string()).into_response(),
        },
        SmsCommand::Start => match outbox.opt_in(from.e164()).await {
            Ok(()) => twiml_message(Some(&format!("{business}: you will get our texts again."))),
            Err(e) => AppError::Unavailable(e.to_string()).into_response(),
        },
        SmsCommand::Help => twiml_message(Some(&format!(
            "{business}: reply C to cancel your next appointment, STOP to stop texts. To change it, call us."
        ))),
        SmsCommand::Cancel => {
            let query = AppointmentQuery {
                phone: Some(from.clone()),
                limit: 50,
                ..Default::default()
            };
            let list = match state.appointments.list(&query).await {
                Ok(l) => l,
                Err(e) => return AppError::Unavailable(e.to_string()).into_response(),
            };
            let next = list
                .into_iter()
                .filter(|a| a.status == AppointmentStatus::Booked && a.start > now)
                .min_by_key(|a| a.start);
            let Some(next) = next else {
                return twiml_message(Some(&format!(
                    "{business}: we found no upcoming appointment for this number."
                )));
            };
            // The message sid makes a retried webhook cancel once.
            match state
                .appointments
                .cancel(next.id, &RequestKey(format!("sms:{sid}")))
                .await
            {
                Ok(a) => {
                    metrics::counter!("bella_sms_cancellations_total").increment(1);
                    let when = bella_dialog::speak_when(a.local_start());
                    twiml_message(Some(&format!(
                        "{business}: your appointment on {when} is cancelled."
                    )))
                }
                Err(e) => AppError::Unavailable(e.to_string()).into_response(),
            }
        }
    }
}

/// `POST /twilio/outbound/status`: a reminder call's end.
async fn call_status(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    // The signature first: an unsigned request is refused even with outbound off.
    let pairs = match signed_pairs(&state, &headers, &uri, &body) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let Some(notifier) = state.notifier.clone() else {
        return AppError::NotFound.into_response();
    };
    let (Some(sid), Some(status)) = (field(&pairs, "CallSid"), field(&pairs, "CallStatus")) else {
        return AppError::BadRequest("missing CallSid or CallStatus".into()).into_response();
    };
    if sid.len() > crate::form::MAX_CALL_SID {
        return AppError::BadRequest("malformed CallSid".into()).into_response();
    }
    if matches!(
        status,
        "completed" | "busy" | "failed" | "no-answer" | "canceled"
    ) {
        // The reminder conversation is over: its outcome goes on the row (before the
        // row's end, which keeps an outcome already there), and its session is closed.
        let driver = state.driver();
        let outcome = match driver.session(sid).await {
            Ok(session) => session.map(|s| s.final_outcome()),
            Err(e) => return AppError::Unavailable(e.to_string()).into_response(),
        };
        if let (Some(id), Some(outcome)) = (reminder_id(&uri), outcome) {
            crate::reminder_call::record_outcome(&state, id, outcome.as_str()).await;
        }
        if let Err(e) = driver.close(sid).await {
            return AppError::Unavailable(e.to_string()).into_response();
        }
    }
    match notifier
        .on_call_status(sid, status, state.clock.now())
        .await
    {
        Ok(Some(state)) => {
            metrics::counter!("bella_reminder_calls_ended_total", "state" => state).increment(1);
            StatusCode::NO_CONTENT.into_response()
        }
        Ok(None) => StatusCode::NO_CONTENT.into_response(),
        Err(e) => AppError::Unavailable(e.to_string()).into_response(),
    }
}

/// Shows `confirmed` for the booked appointments their holders confirmed on a
/// reminder call (`GET /api/appointments`); `only` keeps just those.
pub(crate) async fn mark_confirmed(
    state: &AppState,
    list: &mut Vec<crate::admin::AppointmentJson>,
    only: bool,
) -> Result<(), AppError> {
    let Some(notifier) = &state.notifier else {
        // Without the notifier nothing can have been confirmed.
        if only {
            list.clear();
        }
        return Ok(());
    };
    let ids: Vec<i64> = list
        .iter()
        .filter(|a| a.status == "booked")
        .map(|a| a.id)
        .collect();
    let confirmed = notifier.outbox().confirmed_among(&ids).await?;
    for a in list.iter_mut() {
        if a.status == "booked" && confirmed.contains(&a.id) {
            "confirmed".clone_into(&mut a.status);
        }
    }
    if only {
        list.retain(|a| a.status == "confirmed");
    }
    Ok(())
}

/// The `reminder=ID` of a request's query, if any.
fn reminder_id(uri: &Uri) -> Option<i64> {
    form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "reminder")
        .and_then(|(_, v)| v.parse().ok())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// Only notifications in this state.
    state: Option<String>,
    /// At most this many (100 when absent).
    limit: Option<i64>,
}

/// `GET /api/notifications`.
#[utoipa::path(get, path = "/api/notifications", tag = "notifications", params(ListParams),
    responses((status = 200, description = "The outbox, newest first", body = serde_json::Value)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    _key: crate::guard::ApiKey,
    params: Result<Query<ListParams>, axum::extract::rejection::QueryRejection>,
) -> Result<axum::Json<Vec<bella_notify::outbox::OutboxRow>>, AppError> {
    let Query(params) = params?;
    let notifier = state.notifier.as_ref().ok_or(AppError::NotFound)?;
    let rows = notifier
        .outbox()
        .list(params.state.as_deref(), params.limit.unwrap_or(100))
        .await?;
    Ok(axum::Json(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sms_keywords() {
        for (b, want) in [
            ("C", SmsCommand::Cancel),
            (" cancel ", SmsCommand::Cancel),
            ("Cancel.", SmsCommand::Cancel),
            ("STOP", SmsCommand::Stop),
            ("stop", SmsCommand::Stop),
            ("Arrêt", SmsCommand::Stop),
            ("Arrête !", SmsCommand::Stop),
            ("ARRETE", SmsCommand::Stop),
            ("start", SmsCommand::Start),
            ("STOP PLEASE", SmsCommand::Help),
            ("can I cancel tomorrow", SmsCommand::Help),
            ("", SmsCommand::Help),
        ] {
            assert_eq!(sms_command(b), want, "{b:?}");
        }
    }
}
