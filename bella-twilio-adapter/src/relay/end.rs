//! `POST /twilio/relay/end`: the `<Connect action>` Twilio requests when a
//! ConversationRelay session ends.
//!
//! | request | answer |
//! |---|---|
//! | `HandoffData` (we sent `end`) | the call's last words, then `<Dial>` (transfer) or `<Hangup/>` |
//! | no `HandoffData`, `CallStatus=completed` | the caller hung up: the call is recorded and closed; an empty `<Response/>` |
//! | `ErrorCode` (64105: the socket dropped) or the session ended otherwise mid-call | the call resumes from its saved state: a new `<Connect><ConversationRelay>` whose greeting apologises and asks the current question again |
//!
//! The answer depends only on the stored session, so any server of a fleet can
//! answer, and a repeated request gets the same TwiML.

use super::protocol::Handoff;
use crate::driver::{Answer, CallerInput};
use crate::error::AppError;
use crate::form::VoiceForm;
use crate::guard::SignedPairs;
use crate::metrics as m;
use crate::render;
use crate::state::{AdapterConfig, AppState};
use crate::twiml::{Response as Doc, Verb};
use crate::voice;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use bella_dialog::driver::Reply;

/// The public base URL: the configured one, else `http://` plus the `Host` header.
#[must_use]
pub fn base_url(config: &AdapterConfig, headers: &HeaderMap) -> String {
    crate::form::public_base(config.public_url.as_deref(), headers)
}

/// The relay transport's renderer: a reply that ends the call as TwiML (its last
/// words, then `<Dial>` or `<Hangup/>`: what the `<Connect action>` answers after
/// `end`), any other reply as a `<Connect>` whose welcome greeting it is (what
/// `/twilio/voice` and a resume answer). The driver saves it for replays.
pub(crate) fn relay_twiml<'a>(
    config: &'a AdapterConfig,
    base: &'a str,
) -> impl Fn(&Reply, u32) -> String + 'a {
    move |reply, turn| {
        if reply.ended() {
            return voice::twiml(config)(reply, turn);
        }
        let hints = reply
            .listen
            .as_ref()
            .map(|l| l.hints.clone())
            .unwrap_or_default();
        super::connect_twiml(config, base, &reply.text(), &hints, reply.lang).unwrap_or_else(|e| {
            tracing::error!(error = %e, "connect twiml over its limits; caller hears the fallback");
            render::fallback(config)
        })
    }
}

/// `POST /twilio/voice` in relay mode: the engine greets, the greeting becomes the
/// `<Connect>`'s welcome greeting, and the engine times its own listens.
pub(crate) async fn start_call(
    state: &AppState,
    form: &VoiceForm,
    base: String,
) -> Result<Answer, AppError> {
    let answer = state
        .driver()
        .start_streaming(
            &form.call_sid,
            voice::caller_id(form),
            relay_twiml(&state.config, &base),
        )
        .await?;
    Ok(answer)
}

/// `POST /twilio/relay/end`.
pub async fn end(
    State(state): State<AppState>,
    headers: HeaderMap,
    signed: SignedPairs,
) -> Response {
    let get = |name: &str| signed.get(name);
    let form = signed.form.clone();
    let handoff = get("HandoffData");
    let error_code = get("ErrorCode");
    let base = base_url(&state.config, &headers);
    let sid = form.call_sid.clone();
    if let Some(data) = handoff {
        tracing::info!(call = sid.as_str(), "relay session ended by the agent");
        return voice::answer(&state, "relay_end", handed_off(&state, &form, data)).await;
    }
    if error_code.is_none() && form.call_status.as_deref() == Some("completed") {
        tracing::info!(
            call = sid.as_str(),
            "relay session ended: the caller hung up"
        );
        let budget = state.config.request_budget;
        return match tokio::time::timeout(budget, voice::close_call(&state, &form)).await {
            Ok(Ok(())) => empty_response(),
            Ok(Err(e)) => e.into_response(),
            Err(_) => AppError::Unavailable("relay end timed out".into()).into_response(),
        };
    }
    tracing::warn!(
        call = sid.as_str(),
        error_code = error_code.as_deref().unwrap_or("none"),
        status = form.call_status.as_deref().unwrap_or("none"),
        "relay session dropped mid-call; resuming from the saved state"
    );
    metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "relay_dropped").increment(1);
    voice::answer(&state, "relay_resume", resume(&state, &form, &base)).await
}

fn empty_response() -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "text/xml; charset=utf-8")],
        r#"<?xml version="1.0" encoding="UTF-8"?><Response></Response>"#,
    )
        .into_response()
}

/// After `end`: the session's last answer says the last words and dials or hangs up.
async fn handed_off(state: &AppState, form: &VoiceForm, data: String) -> Result<Answer, AppError> {
    let sid = form.call_sid.as_str();
    if let Some(env) = state.driver().session(sid).await?
        && env.outcome.is_some()
    {
        return Ok(Answer {
            text: env.last_answer,
            outcome: env.outcome,
            reply: None,
            next_turn: env.next_turn,
        });
    }
    // No ended session (expired, or the end came from elsewhere): follow the handoff.
    let handoff = Handoff::from_json(&data);
    let doc = Doc::new(state.config.say.clone());
    let doc = match handoff {
        Some(h) if h.reason == "transfer" => {
            match h
                .transfer_to
                .or_else(|| state.config.transfer_number.clone())
            {
                Some(number) => doc.verb(Verb::Dial {
                    number,
                    caller_id: None,
                }),
                None => return Ok(fallback_answer(state)),
            }
        }
        Some(h) if h.reason == "goodbye" => doc.verb(Verb::Hangup),
        _ => return Ok(fallback_answer(state)),
    };
    let twiml = doc
        .render()
        .unwrap_or_else(|_| render::fallback(&state.config));
    Ok(Answer {
        text: twiml,
        outcome: None,
        reply: None,
        next_turn: 0,
    })
}

fn fallback_answer(state: &AppState) -> Answer {
    Answer {
        text: render::fallback(&state.config),
        outcome: None,
        reply: None,
        next_turn: 0,
    }
}

/// The socket dropped: pick the call up from its saved state with a new `<Connect>`
/// (an unknown call is started afresh; an ended one gets its last answer).
async fn resume(state: &AppState, form: &VoiceForm, base: &str) -> Result<Answer, AppError> {
    let driver = state.driver();
    if driver.session(&form.call_sid).await?.is_none() {
        tracing::warn!(
            call = form.call_sid.as_str(),
            "relay resume for an unknown call; starting it afresh"
        );
        return start_call(state, form, base.to_owned()).await;
    }
    let answer = driver
        .turn(
            &form.call_sid,
            voice::caller_id(form),
            None,
            CallerInput::Resumed,
            relay_twiml(&state.config, base),
        )
        .await?;
    Ok(answer)
}
