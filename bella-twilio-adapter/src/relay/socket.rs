//! `GET /twilio/relay`: the ConversationRelay WebSocket.
//!
//! The upgrade is refused with 403 (before any 101) unless `X-Twilio-Signature` is
//! Twilio's signature of the socket URL as written in the TwiML (`wss://…`, no
//! parameters; with or without the default port; the `https://` form is accepted
//! too). Then one task owns the call: it loads the session named by `setup`, feeds
//! each message to the engine through the run loop, saves the session, and only then
//! sends the reply, so a server that dies mid-call has lost nothing.
//!
//! Keys arrive one `dtmf` message each: they are gathered until `#`, a full phone
//! number, or a pause ([`super::RelayOptions::dtmf_gap_ms`]); at a yes/no question a
//! single key answers at once (1 yes, 2 no). Malformed frames (not JSON, unknown type,
//! missing or mistyped fields, over 64 KB, binary) are logged and skipped: the call
//! goes on.

use super::protocol::{self, FrameError, Handoff, Inbound, Outbound, Setup};
use crate::driver::{Answer, CallerInput};
use crate::error::AppError;
use crate::form::{MAX_CALL_SID, MAX_FIELD_CHARS};
use crate::metrics as m;
use crate::signature;
use crate::state::AppState;
use axum::extract::State;
use axum::extract::ws::{
    Message, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection,
};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use bella_core::{Expect, PhoneNumber, Pii};
use bella_dialog::Outcome;
use bella_dialog::driver::Reply;
use chrono::{DateTime, Utc};
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use std::time::{Duration, Instant};

/// The largest WebSocket message accepted at all; bigger ones close the socket.
/// Anything over [`protocol::MAX_FRAME_BYTES`] is read, logged and skipped.
pub const MAX_MESSAGE_BYTES: usize = 4 << 20;
/// The socket's read buffer (it grows for a larger frame).
pub const READ_BUFFER_BYTES: usize = 4 * 1024;
/// How long the socket waits for `setup`.
pub const SETUP_WAIT: Duration = Duration::from_secs(10);
/// After `end`, how long to wait for Twilio to close the socket.
const CLOSE_WAIT: Duration = Duration::from_secs(5);

/// Prompt → first token inside the server, seconds (a histogram).
pub const FIRST_TOKEN_SECONDS: &str = "bella_relay_first_token_seconds";
/// Relay frames skipped, by kind (`not_json`, `binary`, ...).
pub const BAD_FRAMES: &str = "bella_relay_bad_frames_total";
/// Relay sockets open now.
pub const OPEN_SOCKETS: &str = "bella_relay_open_sockets";

type Tx = SplitSink<WebSocket, Message>;
type Rx = SplitStream<WebSocket>;

/// `GET /twilio/relay`: check the signature, then upgrade.
pub async fn upgrade(
    State(state): State<AppState>,
    headers: HeaderMap,
    uri: Uri,
    ws: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let base = super::end::base_url(&state.config, &headers);
    if let Some(token) = state
        .config
        .auth_token
        .as_ref()
        .map(bella_core::Secret::expose)
    {
        let path_query = uri.path_and_query().map_or("/", |pq| pq.as_str());
        let wss = format!(
            "{}{path_query}",
            super::socket_url(&base).trim_end_matches(super::SOCKET_PATH)
        );
        let https = format!("{base}{path_query}");
        let ok = headers
            .get("x-twilio-signature")
            .and_then(|h| h.to_str().ok())
            .is_some_and(|sig| {
                signature::validate(token, &wss, &[], sig)
                    | signature::validate(token, &https, &[], sig)
            });
        if !ok {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "signature").increment(1);
            tracing::warn!(
                path = uri.path(),
                "refused relay upgrade with a missing or wrong signature"
            );
            return AppError::BadSignature.into_response();
        }
    }
    match ws {
        Ok(ws) => ws
            // Twilio's frames are a few hundred bytes: small buffers keep an open call
            // light (the default is 128 KiB each way); tokens are written at once.
            .read_buffer_size(READ_BUFFER_BYTES)
            .write_buffer_size(0)
            .max_message_size(MAX_MESSAGE_BYTES)
            .max_frame_size(MAX_MESSAGE_BYTES)
            .on_upgrade(move |socket| run(state, base, socket)),
        Err(rejection) => rejection.into_response(),
    }
}

/// One call on one socket. The call's state lives in the store (through the
/// driver); the socket keeps only what it needs between messages.
struct Call {
    sid: String,
    caller: Option<PhoneNumber>,
    /// The public base URL (for the `<Connect>` a resume would answer).
    base: String,
    /// The engine's next deadline.
    deadline: Option<DateTime<Utc>>,
    /// What the agent listens for (a yes/no takes one key at once).
    expect: Option<Expect>,
    /// The call is over.
    outcome: Option<Outcome>,
    digits: String,
    digits_due: Option<Instant>,
    /// The language the session speaks and listens in now.
    lang: bella_dialog::Lang,
    /// The last reply switched the language: send a `language` message before it.
    switched: bool,
}

/// What the socket does after an input.
enum Next {
    Go,
    Stop,
}

async fn run(state: AppState, base: String, socket: WebSocket) {
    metrics::gauge!(OPEN_SOCKETS).increment(1.0);
    let (mut tx, mut rx) = socket.split();
    if let Some(setup) = wait_setup(&mut rx).await {
        serve_call(&state, base, setup, &mut tx, &mut rx).await;
    }
    let _ = tx.close().await;
    metrics::gauge!(OPEN_SOCKETS).decrement(1.0);
}

/// Reads frames until `setup`; anything else before it is logged and skipped.
async fn wait_setup(rx: &mut Rx) -> Option<Setup> {
    let deadline = tokio::time::Instant::now() + SETUP_WAIT;
    loop {
        let msg = match tokio::time::timeout_at(deadline, rx.next()).await {
            Ok(Some(Ok(msg))) => msg,
            Ok(_) => return None,
            Err(_) => {
                tracing::warn!("relay socket sent no setup in time; closing");
                return None;
            }
        };
        match read(&msg) {
            Some(Ok(Inbound::Setup(s))) => {
                let valid = !s.call_sid.is_empty()
                    && s.call_sid.len() <= MAX_CALL_SID
                    && s.call_sid
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                if valid {
                    return Some(s);
                }
                bad_frame(&FrameError::Invalid {
                    kind: "setup".into(),
                    error: "malformed callSid".into(),
                });
            }
            Some(Ok(_)) => tracing::warn!("relay message before setup skipped"),
            Some(Err(e)) => bad_frame(&e),
            None if matches!(msg, Message::Close(_)) => return None,
            None => {}
        }
    }
}

/// Parses a frame; `None` for control frames.
fn read(msg: &Message) -> Option<Result<Inbound, FrameError>> {
    match msg {
        Message::Text(t) => Some(protocol::parse(t.as_str())),
        Message::Binary(b) => Some(Err(FrameError::Binary(b.len()))),
        _ => None,
    }
}

fn bad_frame(e: &FrameError) {
    metrics::counter!(BAD_FRAMES, "kind" => e.kind()).increment(1);
    tracing::warn!(kind = e.kind(), error = %e, "relay frame skipped");
}

async fn serve_call(state: &AppState, base: String, setup: Setup, tx: &mut Tx, rx: &mut Rx) {
    let sid = setup.call_sid.clone();
    tracing::info!(
        call = sid.as_str(),
        direction = setup.direction.as_deref().unwrap_or("unknown"),
        "relay session connected"
    );
    let mut call = Call {
        sid: sid.clone(),
        caller: setup
            .from
            .as_deref()
            .and_then(|f| PhoneNumber::from_e164(f).ok()),
        base,
        deadline: None,
        expect: None,
        outcome: None,
        digits: String::new(),
        digits_due: None,
        // What the `<Connect>` declared: the greeting's language.
        lang: state
            .config
            .dialog
            .languages
            .first()
            .copied()
            .unwrap_or_default(),
        switched: false,
    };
    let budget = state.config.request_budget;
    let first = match tokio::time::timeout(budget, open(state, &mut call)).await {
        Ok(Ok(first)) => first,
        Ok(Err(e)) => {
            tracing::error!(call = sid.as_str(), error = %e, "relay session could not be opened");
            let _ = fail(state, tx).await;
            wait_close(rx).await;
            return;
        }
        Err(_) => {
            tracing::error!(
                call = sid.as_str(),
                "relay session open over its time budget"
            );
            let _ = fail(state, tx).await;
            wait_close(rx).await;
            return;
        }
    };
    if let Some(reply) = first {
        if matches!(send_reply(state, &call, &reply, tx).await, Next::Stop) {
            wait_close(rx).await;
            return;
        }
    } else if call.outcome.is_some() {
        // The call was over before this socket came: hand it back at once.
        let _ = send_end(state, &call, &Reply::default(), tx).await;
        wait_close(rx).await;
        return;
    }
    loop {
        let wake = next_wake(state, &call);
        let msg = tokio::select! {
            msg = rx.next() => msg,
            () = sleep_until(wake) => {
                let next = on_wake(state, &mut call, tx).await;
                if matches!(next, Next::Stop) {
                    wait_close(rx).await;
                    return;
                }
                continue;
            }
        };
        let msg = match msg {
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                tracing::warn!(call = sid.as_str(), error = %e, "relay socket failed");
                return;
            }
            None => {
                tracing::info!(call = sid.as_str(), "relay socket closed by twilio");
                return;
            }
        };
        let next = match read(&msg) {
            Some(Ok(inbound)) => on_message(state, &mut call, inbound, tx).await,
            Some(Err(e)) => {
                bad_frame(&e);
                Next::Go
            }
            None if matches!(msg, Message::Close(_)) => {
                tracing::info!(call = sid.as_str(), "relay socket closed by twilio");
                return;
            }
            None => Next::Go,
        };
        if matches!(next, Next::Stop) {
            wait_close(rx).await;
            return;
        }
    }
}

/// Picks the call up from its session, or starts it when there is none (the greeting
/// is then sent as tokens, since no welcome greeting was spoken). Returns a reply to
/// send, if any.
async fn open(state: &AppState, call: &mut Call) -> Result<Option<Reply>, AppError> {
    let driver = state.driver();
    if let Some(env) = driver.session(&call.sid).await? {
        call.deadline = env.deadline;
        call.expect = env.expect;
        call.outcome = env.outcome;
        call.lang = env.lang;
        return Ok(None);
    }
    // A call the carrier has ended already is not started again: the driver answers
    // the start with its outcome and no reply, and the socket is handed back.
    tracing::info!(
        call = call.sid.as_str(),
        "relay session not stored here; starting the call (an ended one is hung up)"
    );
    let answer = driver
        .start_streaming(
            &call.sid,
            call.caller.clone(),
            super::end::relay_twiml(&state.config, &call.base),
        )
        .await?;
    Ok(absorb(call, answer))
}

/// Runs one input through the driver (which saves the session before this returns,
/// so the reply goes out only once it is safe). `None`: nothing to send (a replayed
/// answer: the call was moved on by another server, or is over).
async fn feed(
    state: &AppState,
    call: &mut Call,
    input: CallerInput,
) -> Result<Option<Reply>, AppError> {
    let answer = state
        .driver()
        .turn(
            &call.sid,
            call.caller.clone(),
            None,
            input,
            super::end::relay_twiml(&state.config, &call.base),
        )
        .await?;
    Ok(absorb(call, answer))
}

/// Keeps what the socket needs from an answer.
fn absorb(call: &mut Call, answer: Answer) -> Option<Reply> {
    call.outcome = answer.outcome;
    let reply = answer.reply?;
    call.deadline = reply.deadline;
    call.switched = reply.lang != call.lang;
    call.lang = reply.lang;
    if let Some(listen) = &reply.listen {
        call.expect = Some(listen.expect);
    }
    Some(reply)
}

async fn on_message(state: &AppState, call: &mut Call, msg: Inbound, tx: &mut Tx) -> Next {
    match msg {
        Inbound::Prompt(p) => {
            if !p.is_final() {
                return Next::Go;
            }
            let started = Instant::now();
            if !call.digits.is_empty() && matches!(flush_digits(state, call, tx).await, Next::Stop)
            {
                return Next::Stop;
            }
            let text: String = p.voice_prompt.chars().take(MAX_FIELD_CHARS).collect();
            if text.trim().is_empty() {
                return Next::Go;
            }
            tracing::debug!(call = call.sid.as_str(), "caller turn (speech)");
            let input = CallerInput::speech(text, 0.9);
            turn(state, call, input, tx, Some(started)).await
        }
        Inbound::Dtmf(d) => {
            let key = d.digit.trim();
            if key == "#" {
                return flush_digits(state, call, tx).await;
            }
            if key.len() != 1 || !key.bytes().all(|b| b.is_ascii_digit() || b == b'*') {
                bad_frame(&FrameError::Invalid {
                    kind: "dtmf".into(),
                    error: "digit is not one key".into(),
                });
                return Next::Go;
            }
            call.digits.push_str(key);
            let full = match call.digits.as_bytes().first() {
                Some(b'1') => 11,
                _ => 10,
            };
            if call.expect == Some(Expect::Confirm) || call.digits.len() >= full {
                return flush_digits(state, call, tx).await;
            }
            let gap = Duration::from_millis(state.config.relay.dtmf_gap_ms.max(100));
            call.digits_due = Some(Instant::now() + gap);
            Next::Go
        }
        Inbound::Interrupt(i) => {
            let heard: String = i
                .utterance
                .unwrap_or_default()
                .chars()
                .take(MAX_FIELD_CHARS)
                .collect();
            tracing::debug!(
                call = call.sid.as_str(),
                heard_ms = i.duration_ms,
                "caller interrupted the agent"
            );
            let input = CallerInput::Interrupted {
                heard: Pii::new(heard),
                heard_ms: i.duration_ms,
            };
            turn(state, call, input, tx, None).await
        }
        Inbound::Error(e) => {
            // Twilio's description may quote our words (names, numbers): only its head.
            let desc = e.description.unwrap_or_default();
            let head: String = desc
                .split(':')
                .next()
                .unwrap_or("")
                .chars()
                .take(80)
                .collect();
            tracing::warn!(
                call = call.sid.as_str(),
                error = head.as_str(),
                "twilio reported a relay error"
            );
            Next::Go
        }
        Inbound::Info(i) => {
            tracing::debug!(
                call = call.sid.as_str(),
                name = i.name.as_deref().unwrap_or(""),
                "relay info"
            );
            Next::Go
        }
        Inbound::Setup(_) => {
            tracing::warn!(
                call = call.sid.as_str(),
                "second setup on a relay socket skipped"
            );
            Next::Go
        }
    }
}

async fn flush_digits(state: &AppState, call: &mut Call, tx: &mut Tx) -> Next {
    call.digits_due = None;
    let digits = std::mem::take(&mut call.digits);
    if digits.is_empty() {
        return Next::Go;
    }
    tracing::debug!(call = call.sid.as_str(), "caller turn (digits)");
    turn(state, call, CallerInput::digits(&digits), tx, None).await
}

/// Feeds an input and sends the reply; a failure is apologised for and ends the session.
async fn turn(
    state: &AppState,
    call: &mut Call,
    input: CallerInput,
    tx: &mut Tx,
    started: Option<Instant>,
) -> Next {
    let begun = Instant::now();
    let budget = state.config.request_budget;
    let reply = match tokio::time::timeout(budget, feed(state, call, input)).await {
        Ok(Ok(Some(r))) => r,
        Ok(Ok(None)) if call.outcome.is_some() => {
            return send_end(state, call, &Reply::default(), tx).await;
        }
        Ok(Ok(None)) => {
            tracing::warn!(
                call = call.sid.as_str(),
                "the call was moved on by another server; closing this socket"
            );
            return Next::Stop;
        }
        Ok(Err(e)) => {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "internal").increment(1);
            tracing::error!(call = call.sid.as_str(), error = %e, "relay turn failed; caller hears the fallback");
            return fail(state, tx).await;
        }
        Err(_) => {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "timeout").increment(1);
            tracing::error!(
                call = call.sid.as_str(),
                "relay turn over its time budget; caller hears the fallback"
            );
            return fail(state, tx).await;
        }
    };
    metrics::histogram!(m::TURN_SECONDS).record(begun.elapsed().as_secs_f64());
    metrics::counter!(m::TURNS).increment(1);
    let next = send_reply(state, call, &reply, tx).await;
    if let Some(t) = started {
        metrics::histogram!(FIRST_TOKEN_SECONDS).record(t.elapsed().as_secs_f64());
    }
    next
}

/// Sends a reply: `end` when the call is over, else the words as sentence tokens.
async fn send_reply(state: &AppState, call: &Call, reply: &Reply, tx: &mut Tx) -> Next {
    if reply.ended() || call.outcome.is_some() {
        return send_end(state, call, reply, tx).await;
    }
    if call.switched {
        // The caller switched language: speak and listen in it from these words on.
        let code = state.config.relay.language_for(call.lang).code;
        let frame = Outbound::Language {
            tts_language: Some(code.clone()),
            transcription_language: Some(code),
        }
        .to_json();
        if tx.send(Message::Text(frame.into())).await.is_err() {
            return Next::Stop;
        }
    }
    let text = reply.says.join(" ");
    let parts = super::sentences(&text);
    let n = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        let last = i + 1 == n;
        let token = if last {
            part.to_owned()
        } else {
            format!("{part} ")
        };
        let frame = Outbound::Text { token, last }.to_json();
        if tx.send(Message::Text(frame.into())).await.is_err() {
            return Next::Stop;
        }
    }
    Next::Go
}

/// Sends `end` with the handoff (`transfer` or `goodbye`); the action's TwiML then
/// speaks the last words.
async fn send_end(state: &AppState, call: &Call, reply: &Reply, tx: &mut Tx) -> Next {
    let outcome = call
        .outcome
        .unwrap_or(Outcome::NoBooking)
        .as_str()
        .to_owned();
    let handoff = match &reply.transfer {
        Some(to) => Handoff {
            reason: "transfer".into(),
            outcome,
            transfer_to: to.clone().or_else(|| state.config.transfer_number.clone()),
        },
        None if outcome == Outcome::Transferred.as_str() => Handoff {
            reason: "transfer".into(),
            outcome,
            transfer_to: state.config.transfer_number.clone(),
        },
        None => Handoff {
            reason: "goodbye".into(),
            outcome,
            transfer_to: None,
        },
    };
    let frame = Outbound::End {
        handoff_data: Some(handoff.to_json()),
    }
    .to_json();
    let _ = tx.send(Message::Text(frame.into())).await;
    Next::Stop
}

/// Something failed: a short apology as tokens, then `end` so the action's fallback
/// TwiML (a transfer or a polite goodbye) takes over.
async fn fail(state: &AppState, tx: &mut Tx) -> Next {
    let sorry = Outbound::Text {
        token: "I'm sorry, something went wrong on my end.".into(),
        last: true,
    };
    let _ = tx.send(Message::Text(sorry.to_json().into())).await;
    let handoff = Handoff {
        reason: "error".into(),
        outcome: "error".into(),
        transfer_to: state.config.transfer_number.clone(),
    };
    let end = Outbound::End {
        handoff_data: Some(handoff.to_json()),
    };
    let _ = tx.send(Message::Text(end.to_json().into())).await;
    Next::Stop
}

/// When the socket next has something to do without a message: the engine's
/// deadline (a listen's end, the call's limit) or the end of a key sequence.
fn next_wake(state: &AppState, call: &Call) -> Option<Instant> {
    let engine = call.deadline.map(|d| at_instant(state, d));
    match (engine, call.digits_due) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn at_instant(state: &AppState, at: DateTime<Utc>) -> Instant {
    let ms = (at - state.clock.now()).num_milliseconds().max(0);
    Instant::now() + Duration::from_millis(u64::try_from(ms).unwrap_or(0))
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => std::future::pending().await,
    }
}

async fn on_wake(state: &AppState, call: &mut Call, tx: &mut Tx) -> Next {
    if call.digits_due.is_some_and(|d| d <= Instant::now()) {
        return flush_digits(state, call, tx).await;
    }
    if call.deadline.is_some_and(|d| d <= state.clock.now()) {
        return turn(state, call, CallerInput::Timer, tx, None).await;
    }
    Next::Go
}

/// After `end`, Twilio closes the socket; wait for it a little.
async fn wait_close(rx: &mut Rx) {
    let _ = tokio::time::timeout(CLOSE_WAIT, async {
        while let Some(Ok(msg)) = rx.next().await {
            if matches!(msg, Message::Close(_)) {
                break;
            }
        }
    })
    .await;
}
