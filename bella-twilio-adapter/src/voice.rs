//! The Twilio webhooks: `/twilio/voice`, `/twilio/gather`, `/twilio/status`.
//!
//! Each request: the [`SignedForm`] guard reads the raw body, checks the signature on
//! it (403 if wrong) and picks the fields (400 if `CallSid` is missing); then, within the request budget, hand the
//! caller's input to the call driver ([`crate::driver::CallDriver`]) with a TwiML
//! renderer; the driver loads the session, runs the engine and saves it. Whatever goes wrong after the signature
//! check, the caller hears a short apology and is put through to a person (or asked to
//! call back): Twilio never sees a 5xx, so callers never hear "application error".

use crate::driver::{Answer, CallerInput};
use crate::error::AppError;
use crate::form::VoiceForm;
use crate::guard::SignedForm;
use crate::metrics as m;
use crate::render;
use crate::state::{AdapterConfig, AppState};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bella_core::PhoneNumber;
use bella_dialog::driver::Reply;
use serde::Deserialize;
use std::future::Future;
use std::time::Instant;

/// Query of the gather action URL.
#[derive(Debug, Deserialize)]
pub struct GatherQuery {
    /// The turn this answer belongs to.
    pub turn: Option<u32>,
    /// Set on the redirect that picks up a parked LLM answer: its request id.
    pub llm: Option<u64>,
}

/// `POST /twilio/voice`: a call starts.
pub async fn voice(
    State(state): State<AppState>,
    headers: HeaderMap,
    SignedForm(form): SignedForm,
) -> Response {
    if state.config.voice_mode == crate::relay::VoiceMode::Relay {
        let base = crate::relay::end::base_url(&state.config, &headers);
        let work = crate::relay::end::start_call(&state, &form, base);
        return answer(&state, "voice", work).await;
    }
    answer(&state, "voice", start_call(&state, &form)).await
}

/// `POST /twilio/gather?turn=N`: the caller's answer (or silence) to turn N.
pub async fn gather(
    State(state): State<AppState>,
    query: Result<Query<GatherQuery>, axum::extract::rejection::QueryRejection>,
    SignedForm(form): SignedForm,
) -> Response {
    let (turn, llm) = match query {
        Ok(Query(GatherQuery { turn: Some(t), llm })) => (t, llm),
        _ => return AppError::BadRequest("gather needs a numeric turn".into()).into_response(),
    };
    answer(&state, "gather", next_turn(&state, &form, turn, llm)).await
}

/// `POST /twilio/status`: a status callback; a finished call is recorded and closed.
pub async fn status(State(state): State<AppState>, SignedForm(form): SignedForm) -> Response {
    let done = matches!(
        form.call_status.as_deref(),
        Some("completed" | "busy" | "failed" | "no-answer" | "canceled")
    );
    if !done {
        return StatusCode::NO_CONTENT.into_response();
    }
    let budget = state.config.request_budget;
    match tokio::time::timeout(budget, close_call(&state, &form)).await {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(e)) => e.into_response(),
        Err(_) => AppError::Unavailable("status callback timed out".into()).into_response(),
    }
}

/// Runs a handler within the request budget; any failure becomes the fallback TwiML.
pub(crate) async fn answer(
    state: &AppState,
    route: &'static str,
    work: impl Future<Output = Result<Answer, AppError>>,
) -> Response {
    let started = Instant::now();
    let (twiml, outcome, changed) =
        match tokio::time::timeout(state.config.request_budget, work).await {
            Ok(Ok(a)) => (a.text, a.outcome, a.reply.and_then(|r| r.appointment)),
            Ok(Err(e)) => {
                metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "internal").increment(1);
                tracing::error!(route, error = %e, "webhook failed; caller hears the fallback");
                (render::fallback(&state.config), None, None)
            }
            Err(_) => {
                metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "timeout").increment(1);
                tracing::error!(
                    route,
                    "webhook over its time budget; caller hears the fallback"
                );
                (render::fallback(&state.config), None, None)
            }
        };
    metrics::histogram!(m::TURN_SECONDS).record(started.elapsed().as_secs_f64());
    metrics::counter!(m::TURNS).increment(1);
    let mut resp = ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], twiml).into_response();
    if let Some(o) = outcome {
        resp.headers_mut().insert(
            "x-bella-outcome",
            header::HeaderValue::from_static(o.as_str()),
        );
    }
    if let Some(id) = changed {
        // The store id of the appointment this turn booked, moved or cancelled (not
        // personal data): `bella dial` looks it up through the admin API.
        resp.headers_mut()
            .insert("x-bella-appointment", header::HeaderValue::from(id.0));
    }
    resp
}

/// The caller's answer in the driver's words: digits, else speech, else silence.
fn caller_input(form: &VoiceForm) -> CallerInput {
    if let Some(digits) = form.digits.as_ref() {
        let input = CallerInput::digits(digits.expose());
        if input != CallerInput::Silence {
            return input;
        }
    }
    match form.speech.as_ref() {
        Some(text) => CallerInput::speech(text.expose().as_str(), form.confidence.unwrap_or(0.8)),
        None => CallerInput::Silence,
    }
}

/// The caller id Twilio gave, when it is a number.
pub(crate) fn caller_id(form: &VoiceForm) -> Option<PhoneNumber> {
    form.from
        .as_ref()
        .and_then(|f| PhoneNumber::from_e164(f.expose()).ok())
}

/// Renders a reply as TwiML whose Gather action names `turn`; a reply over TwiML's
/// limits is answered with the fallback.
pub(crate) fn twiml(config: &AdapterConfig) -> impl Fn(&Reply, u32) -> String + '_ {
    move |reply, turn| {
        render::reply(config, reply, turn).unwrap_or_else(|e| {
            tracing::error!(error = %e, "twiml over its limits; caller hears the fallback");
            render::fallback(config)
        })
    }
}

async fn start_call(state: &AppState, form: &VoiceForm) -> Result<Answer, AppError> {
    let answer = state
        .driver()
        .start(&form.call_sid, caller_id(form), twiml(&state.config))
        .await?;
    Ok(answer)
}

async fn next_turn(
    state: &AppState,
    form: &VoiceForm,
    turn: u32,
    llm: Option<u64>,
) -> Result<Answer, AppError> {
    let input = match llm {
        Some(request_id) => CallerInput::LlmAnswer(request_id),
        None => caller_input(form),
    };
    let answer = state
        .driver()
        .turn(
            &form.call_sid,
            caller_id(form),
            Some(turn),
            input,
            twiml(&state.config),
        )
        .await?;
    Ok(answer)
}

pub(crate) async fn close_call(state: &AppState, form: &VoiceForm) -> Result<(), AppError> {
    state.driver().close(&form.call_sid).await?;
    Ok(())
}
