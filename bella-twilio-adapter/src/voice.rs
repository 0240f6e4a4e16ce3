//! The Twilio webhooks: `/twilio/voice`, `/twilio/gather`, `/twilio/status`.
//!
//! Each request: read the raw body, check the signature on it (403 if wrong), pick the
//! fields (400 if `CallSid` is missing), then, within the request budget, load the call
//! session, run the engine once ([`crate::runloop::run`]), render TwiML and save the
//! session with the version it was read at. Whatever goes wrong after the signature
//! check, the caller hears a short apology and is put through to a person (or asked to
//! call back): Twilio never sees a 5xx, so callers never hear "application error".

use crate::app::AppState;
use crate::error::AppError;
use crate::form::{self, VoiceForm};
use crate::metrics as m;
use crate::render;
use crate::runloop::{self, Reply, RunContext};
use crate::session::{CallSession, SESSION_FORMAT};
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use bella_core::{Expect, PhoneNumber};
use bella_dialog::{CallInfo, Dialog, Input};
use bella_store::StoreError;
use serde::Deserialize;
use std::future::Future;
use std::time::Instant;

/// A TwiML answer and, once the call has ended, its outcome (sent as the
/// `X-Bella-Outcome` header, which Twilio ignores and `bella dial` reads).
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) twiml: String,
    pub(crate) outcome: Option<String>,
}

impl Answer {
    pub(crate) fn of(env: &CallSession) -> Self {
        Self {
            twiml: env.last_twiml.clone(),
            outcome: env.outcome.clone(),
        }
    }
}

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
    uri: Uri,
    body: Bytes,
) -> Response {
    let form = match checked_form(&state, &headers, &uri, &body) {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    let relay_base = (state.config.voice_mode == crate::relay::VoiceMode::Relay)
        .then(|| crate::relay::end::base_url(&state.config, &headers));
    answer(
        &state,
        "voice",
        start_call(&state, &form, relay_base.as_deref()),
    )
    .await
}

/// `POST /twilio/gather?turn=N`: the caller's answer (or silence) to turn N.
pub async fn gather(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    query: Result<Query<GatherQuery>, axum::extract::rejection::QueryRejection>,
    body: Bytes,
) -> Response {
    let form = match checked_form(&state, &headers, &uri, &body) {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
    let (turn, llm) = match query {
        Ok(Query(GatherQuery { turn: Some(t), llm })) => (t, llm),
        _ => return AppError::BadRequest("gather needs a numeric turn".into()).into_response(),
    };
    answer(&state, "gather", next_turn(&state, &form, turn, llm)).await
}

/// `POST /twilio/status`: a status callback; a finished call is recorded and closed.
pub async fn status(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    body: Bytes,
) -> Response {
    let form = match checked_form(&state, &headers, &uri, &body) {
        Ok(f) => f,
        Err(e) => return e.into_response(),
    };
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

/// Verifies the signature on the raw body and picks the fields.
pub(crate) fn checked_form(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    body: &[u8],
) -> Result<VoiceForm, AppError> {
    let pairs = form::parse_pairs(body)?;
    let url = form::public_url(state.config.public_url.as_deref(), headers, uri);
    if let Err(e) = form::verify(state.config.auth_token.as_deref(), &url, headers, &pairs) {
        metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "signature").increment(1);
        tracing::warn!(
            path = uri.path(),
            "rejected webhook with a missing or wrong signature"
        );
        return Err(e);
    }
    VoiceForm::from_pairs(&pairs)
}

/// Runs a handler within the request budget; any failure becomes the fallback TwiML.
pub(crate) async fn answer(
    state: &AppState,
    route: &'static str,
    work: impl Future<Output = Result<Answer, AppError>>,
) -> Response {
    let started = Instant::now();
    let (twiml, outcome) = match tokio::time::timeout(state.config.request_budget, work).await {
        Ok(Ok(a)) => (a.twiml, a.outcome),
        Ok(Err(e)) => {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "internal").increment(1);
            tracing::error!(route, error = %e, "webhook failed; caller hears the fallback");
            (render::fallback(&state.config), None)
        }
        Err(_) => {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "timeout").increment(1);
            tracing::error!(
                route,
                "webhook over its time budget; caller hears the fallback"
            );
            (render::fallback(&state.config), None)
        }
    };
    metrics::histogram!(m::TURN_SECONDS).record(started.elapsed().as_secs_f64());
    metrics::counter!(m::TURNS).increment(1);
    let mut resp = ([(header::CONTENT_TYPE, "text/xml; charset=utf-8")], twiml).into_response();
    if let Some(v) = outcome.and_then(|o| header::HeaderValue::from_str(&o).ok()) {
        resp.headers_mut().insert("x-bella-outcome", v);
    }
    resp
}

pub(crate) fn context(state: &AppState) -> RunContext<'_> {
    RunContext {
        appointments: state.appointments.as_ref(),
        llm: state.llm.as_deref(),
        tz: state.config.tz,
        clock: &state.clock,
    }
}

/// Reads a call's session from the store (and refreshes the cache).
pub(crate) async fn load(
    state: &AppState,
    call_sid: &str,
) -> Result<Option<(CallSession, u64)>, AppError> {
    match state.sessions.load(call_sid).await {
        Ok(Some(s)) => {
            let env =
                CallSession::from_json(&s.data).map_err(|e| AppError::Internal(e.to_string()))?;
            state.session_cache.put(call_sid, &env, s.version);
            Ok(Some((env, s.version)))
        }
        Ok(None) => {
            state.session_cache.forget(call_sid);
            Ok(None)
        }
        Err(e) => {
            state.session_cache.forget(call_sid);
            Err(e.into())
        }
    }
}

/// A call's session from the cache when this process saved it last, else the store.
pub(crate) async fn load_cached(
    state: &AppState,
    call_sid: &str,
) -> Result<Option<(CallSession, u64)>, AppError> {
    match state.session_cache.get(call_sid) {
        Some(hit) => Ok(Some(hit)),
        None => load(state, call_sid).await,
    }
}

/// The result of saving a session.
pub(crate) enum Saved {
    /// Saved, now at this version.
    Done(u64),
    /// Another request saved this call first and covered this turn: its TwiML.
    Winner(Answer),
}

/// Saves a session; if another request saved this call first, answers with what it
/// answered when it covered `turn`, else fails.
pub(crate) async fn save(
    state: &AppState,
    call_sid: &str,
    env: &CallSession,
    expected: Option<u64>,
) -> Result<Saved, AppError> {
    let ttl = state.config.session_ttl;
    match state
        .sessions
        .save(call_sid, &env.to_json(), expected, ttl)
        .await
    {
        Ok(version) => {
            state.session_cache.put(call_sid, env, version);
            Ok(Saved::Done(version))
        }
        Err(StoreError::VersionConflict { .. }) => {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "conflict").increment(1);
            tracing::warn!(
                call = call_sid,
                "session saved concurrently; answering with the winner's twiml"
            );
            match load(state, call_sid).await? {
                Some((other, _)) if other.next_turn >= env.next_turn => {
                    Ok(Saved::Winner(Answer::of(&other)))
                }
                _ => Err(AppError::Internal("session version conflict".into())),
            }
        }
        Err(e) => {
            state.session_cache.forget(call_sid);
            Err(e.into())
        }
    }
}

/// Starts a call: the greeting as `<Gather>` TwiML, or with `relay_base` (the public
/// base URL) as a `<Connect><ConversationRelay>` whose welcome greeting it is.
pub(crate) async fn start_call(
    state: &AppState,
    form: &VoiceForm,
    relay_base: Option<&str>,
) -> Result<Answer, AppError> {
    let sid = form.call_sid.as_str();
    // A repeated start is caught without a store read: by the cache, or else by the
    // save below (it must create the session, and answers with the existing one's
    // TwiML when there is one).
    if let Some((env, _)) = state.session_cache.get(sid) {
        tracing::info!(call = sid, "repeated call start; answering as before");
        return Ok(Answer::of(&env));
    }
    let now = state.clock.now();
    let caller = form
        .from
        .as_deref()
        .and_then(|f| PhoneNumber::from_e164(f).ok());
    let caller_masked = caller.as_ref().map(PhoneNumber::masked);
    tracing::info!(
        call = sid,
        caller = caller_masked.as_deref().unwrap_or("unknown"),
        "call started"
    );
    let mut dialog = Dialog::new(
        state.config.dialog.clone(),
        CallInfo {
            call_id: sid.to_owned(),
            caller_id: caller.clone(),
        },
        now,
    );
    if relay_base.is_some() {
        // ConversationRelay has no listen timeout: the engine ends each listen.
        dialog.enable_silence_timer();
    }
    let reply = runloop::run(&mut dialog, Input::CallStarted { now }, context(state))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let mut env = CallSession {
        format: SESSION_FORMAT,
        dialog: String::new(),
        next_turn: 0,
        last_twiml: String::new(),
        deadline: None,
        expect: None,
        outcome: None,
        changed: None,
        agent_turns: 0,
        started_at: now,
    };
    let mut twiml = settle(state, &mut env, &dialog, &reply)?;
    if let Some(base) = relay_base.filter(|_| env.outcome.is_none()) {
        twiml = crate::relay::end::connect_or_fallback(state, base, &reply);
        env.last_twiml.clone_from(&twiml);
    }
    if let Saved::Winner(answer) = save(state, sid, &env, None).await? {
        return Ok(answer);
    }
    metrics::counter!(m::CALLS_STARTED).increment(1);
    if let Err(e) = state.records.record_start(sid, caller.as_ref(), now).await {
        tracing::warn!(call = sid, error = %e, "could not record the call start");
    }
    finish_if_ended(state, sid, &env).await;
    Ok(Answer {
        twiml,
        outcome: env.outcome,
    })
}

async fn next_turn(
    state: &AppState,
    form: &VoiceForm,
    turn: u32,
    llm: Option<u64>,
) -> Result<Answer, AppError> {
    let sid = form.call_sid.as_str();
    let mut loaded = load_cached(state, sid).await?;
    if loaded.as_ref().is_some_and(|(env, _)| turn > env.next_turn) {
        // A later turn than this process saw: another server moved the call on.
        loaded = load(state, sid).await?;
    }
    let Some((mut env, version)) = loaded else {
        tracing::warn!(
            call = sid,
            turn,
            "answer for an unknown call; starting it afresh"
        );
        return start_call(state, form, None).await;
    };
    if env.outcome.is_some() || turn != env.next_turn {
        tracing::info!(
            call = sid,
            turn,
            expected = env.next_turn,
            "repeated or stale turn; answering as before"
        );
        return Ok(Answer::of(&env));
    }
    let mut dialog = Dialog::restore(state.config.dialog.clone(), &env.dialog)
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let now = state.clock.now();
    let mut reply = Reply::default();
    if env.deadline.is_some_and(|d| d <= now) {
        reply = runloop::run(&mut dialog, Input::Timer { now }, context(state))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
    }
    let input = match llm {
        Some(request_id) => crate::llm::pickup_input(state, sid, request_id, now).await,
        None => caller_input(form, now),
    };
    let heard_something = !matches!(input, Input::Silence { .. });
    let kind = match &input {
        Input::CallerTurn { .. } => "speech",
        Input::Digits { .. } => "digits",
        Input::Silence { .. } => "silence",
        _ => "other",
    };
    // What was said is personal data: only its kind is logged.
    tracing::debug!(call = sid, turn, input = kind, expected = ?env.expect, "caller turn");
    if !dialog.is_ended() {
        let more = runloop::run(&mut dialog, input, context(state))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?;
        merge(&mut reply, more);
    }
    let asked_before = env.expect;
    let twiml = settle(state, &mut env, &dialog, &reply)?;
    tracing::debug!(
        call = sid,
        turn,
        sentences = reply.says.len(),
        listens_for = ?env.expect,
        changes = reply.changes.len(),
        store_errors = reply.store_errors,
        "agent turn"
    );
    if heard_something {
        count_failed_answer(asked_before, env.expect, &reply);
    }
    if let Saved::Winner(answer) = save(state, sid, &env, Some(version)).await? {
        return Ok(answer);
    }
    finish_if_ended(state, sid, &env).await;
    Ok(Answer {
        twiml,
        outcome: env.outcome,
    })
}

/// The caller's answer as an engine input: digits, else speech, else silence.
fn caller_input(form: &VoiceForm, now: chrono::DateTime<chrono::Utc>) -> Input {
    if let Some(digits) = form.digits.as_deref() {
        let digits: String = digits
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '*' || *c == '#')
            .collect();
        if !digits.is_empty() {
            return Input::Digits { now, digits };
        }
    }
    match form.speech.as_deref() {
        Some(text) => Input::CallerTurn {
            now,
            text: text.to_owned(),
            confidence: form.confidence.unwrap_or(0.8),
        },
        None => Input::Silence { now },
    }
}

pub(crate) fn merge(into: &mut Reply, more: Reply) {
    into.says.extend(more.says);
    into.listen = more.listen.or(into.listen.take());
    into.transfer = more.transfer.or(into.transfer.take());
    into.hangup = more.hangup.or(into.hangup.take());
    into.deadline = more.deadline;
    into.changes.extend(more.changes);
    into.store_errors += more.store_errors;
    into.llm_pending = more.llm_pending.or(into.llm_pending.take());
}

/// Asked for a slot, heard an answer, and asked for the same slot again: the answer
/// could not be used.
pub(crate) fn count_failed_answer(before: Option<Expect>, after: Option<Expect>, reply: &Reply) {
    if let (Some(b), Some(a)) = (before, after)
        && a == b
        && matches!(
            b,
            Expect::Name | Expect::Phone | Expect::Time | Expect::Confirm
        )
        && reply.changes.is_empty()
    {
        metrics::counter!(m::EXTRACTION_FAILURES, "slot" => b.as_str()).increment(1);
    }
}

/// Renders the reply and folds it into the session.
pub(crate) fn settle(
    state: &AppState,
    env: &mut CallSession,
    dialog: &Dialog,
    reply: &Reply,
) -> Result<String, AppError> {
    let turn = env.next_turn + 1;
    let twiml = render::reply(&state.config, reply, turn).unwrap_or_else(|e| {
        tracing::error!(error = %e, "twiml over its limits; caller hears the fallback");
        render::fallback(&state.config)
    });
    for change in &reply.changes {
        metrics::counter!(m::BOOKINGS, "kind" => change.as_str()).increment(1);
        env.changed = Some(change.as_str().to_owned());
    }
    env.dialog = dialog.save();
    env.next_turn = turn;
    env.last_twiml.clone_from(&twiml);
    env.deadline = reply.deadline;
    env.expect = reply.listen.as_ref().map(|l| l.expect);
    env.agent_turns += 1;
    if reply.transfer.is_some() {
        env.outcome = Some("transferred".into());
    } else if let Some(outcome) = reply.hangup {
        env.outcome = Some(outcome.as_str().to_owned());
    } else if dialog.is_ended() {
        env.outcome = Some(
            dialog
                .outcome()
                .map_or("no_booking", |o| o.as_str())
                .to_owned(),
        );
    }
    Ok(twiml)
}

/// Records the end of a call the engine has ended. (A call the caller hangs up is
/// recorded by the status callback instead.)
pub(crate) async fn finish_if_ended(state: &AppState, sid: &str, env: &CallSession) {
    let Some(outcome) = env.outcome.clone() else {
        return;
    };
    let now = state.clock.now();
    metrics::counter!(m::CALLS_ENDED, "outcome" => outcome.clone()).increment(1);
    tracing::info!(
        call = sid,
        outcome = outcome.as_str(),
        turns = env.agent_turns,
        "call ended by the agent"
    );
    if let Err(e) = state
        .records
        .record_end(sid, &outcome, env.agent_turns, now)
        .await
    {
        tracing::warn!(call = sid, error = %e, "could not record the call end");
    }
}

pub(crate) async fn close_call(state: &AppState, form: &VoiceForm) -> Result<(), AppError> {
    let sid = form.call_sid.as_str();
    let now = state.clock.now();
    let Some((env, _)) = load(state, sid).await? else {
        tracing::info!(call = sid, "status for a call without a live session");
        return Ok(());
    };
    if env.outcome.is_none() {
        let outcome = env.final_outcome().to_owned();
        metrics::counter!(m::CALLS_ENDED, "outcome" => outcome.clone()).increment(1);
        state
            .records
            .record_end(sid, &outcome, env.agent_turns, now)
            .await?;
        tracing::info!(call = sid, outcome = outcome.as_str(), "call completed");
    }
    state.session_cache.forget(sid);
    state.sessions.delete(sid).await?;
    Ok(())
}
