//! The Twilio side of ConversationRelay, for `bella dial --relay` and the tests: a real
//! WebSocket client (tokio-tungstenite) that upgrades with a signature, sends `setup`,
//! prompts, keys and interrupts exactly as Twilio does, and reads the agent's `text`
//! tokens and `end` messages.
//!
//! ConversationRelay does not tell the app what the agent is waiting for, so a
//! simulated caller reads it from the agent's last question ([`guess_expect`], tuned
//! to the default prompts).

use super::protocol::Handoff;
use crate::signature;
use bella_core::Expect;
use futures::{SinkExt, StreamExt};
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Why the client could not go on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// The server refused the upgrade with this HTTP status.
    #[error("upgrade refused with http {0}")]
    Refused(u16),
    /// The socket failed or closed.
    #[error("socket: {0}")]
    Socket(String),
    /// No reply within the wait.
    #[error("no reply within {0:?}")]
    Timeout(Duration),
    /// The server sent something that is not a relay message.
    #[error("unreadable message from the server: {0}")]
    Protocol(String),
}

/// A ConversationRelay session as Twilio holds it.
#[derive(Debug)]
pub struct RelayClient {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// One agent reply: its tokens in order, or the `end` that closed the session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AgentReply {
    /// Every `text` token, in order.
    pub tokens: Vec<String>,
    /// The `handoffData` of an `end`, parsed.
    pub end: Option<Handoff>,
    /// The raw `handoffData` string of an `end`.
    pub handoff_data: Option<String>,
    /// From the send that asked for it to the first token (or `end`).
    pub first_token: Option<Duration>,
    /// From the send to the `last: true` token (or `end`).
    pub last_token: Option<Duration>,
    /// The `ttsLanguage` of a `language` message sent before the words, if one came.
    pub language: Option<String>,
}

impl AgentReply {
    /// The reply's words.
    #[must_use]
    pub fn text(&self) -> String {
        self.tokens.concat()
    }
}

/// Signs and opens the socket at `connect_url`; the signature is computed for
/// `signed_url` (the `url` of the TwiML). `token` `None` sends no signature;
/// `signature` overrides the computed one (to test forgeries).
/// Answers a `<ConversationRelay>` as Twilio does for an inbound call: the signed
/// upgrade to `connect_url` (the relay's `url` is what gets signed), then `setup` for
/// `call_sid` from `caller`. Returns the socket and the welcome greeting.
pub async fn answer(
    connect_url: &str,
    relay: &crate::sim::HeardRelay,
    token: Option<&str>,
    call_sid: &str,
    caller: Option<&str>,
) -> Result<(RelayClient, String), ClientError> {
    let mut ws = connect(connect_url, relay.attr("url"), token, None).await?;
    ws.setup(call_sid, caller, "inbound").await?;
    Ok((ws, relay.attr("welcomeGreeting").to_owned()))
}

/// Opens a socket to `connect_url` with the headers Twilio sends, signed over
/// `signed_url` (or with `signature` as given).
pub async fn connect(
    connect_url: &str,
    signed_url: &str,
    token: Option<&str>,
    signature: Option<&str>,
) -> Result<RelayClient, ClientError> {
    let mut request = connect_url
        .into_client_request()
        .map_err(|e| ClientError::Socket(e.to_string()))?;
    let sig = signature
        .map(str::to_owned)
        .or_else(|| token.map(|t| signature::compute(t, signed_url, &[])));
    if let Some(sig) = sig {
        let value = sig
            .parse()
            .map_err(|_| ClientError::Socket("signature is not a header value".into()))?;
        request.headers_mut().insert("x-twilio-signature", value);
    }
    match tokio_tungstenite::connect_async(request).await {
        Ok((ws, _)) => Ok(RelayClient { ws }),
        Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
            Err(ClientError::Refused(resp.status().as_u16()))
        }
        Err(e) => Err(ClientError::Socket(e.to_string())),
    }
}

impl RelayClient {
    /// Sends a raw text frame.
    pub async fn send_text(&mut self, text: impl Into<String>) -> Result<(), ClientError> {
        self.ws
            .send(Message::Text(text.into().into()))
            .await
            .map_err(|e| ClientError::Socket(e.to_string()))
    }

    /// Sends a binary frame (ConversationRelay never does; for tests).
    pub async fn send_binary(&mut self, data: Vec<u8>) -> Result<(), ClientError> {
        self.ws
            .send(Message::Binary(data.into()))
            .await
            .map_err(|e| ClientError::Socket(e.to_string()))
    }

    /// Sends `setup` with every field Twilio sends.
    pub async fn setup(
        &mut self,
        call_sid: &str,
        from: Option<&str>,
        direction: &str,
    ) -> Result<(), ClientError> {
        let msg = serde_json::json!({
            "type": "setup",
            "sessionId": format!("VX{}", call_sid.trim_start_matches("CA")),
            "accountSid": "ACsimulated",
            "parentCallSid": "",
            "callSid": call_sid,
            "from": from.unwrap_or(""),
            "to": "+15875550100",
            "forwardedFrom": "",
            "callType": "PSTN",
            "callerName": "",
            "direction": direction,
            "callStatus": "IN-PROGRESS",
            "customParameters": {},
        });
        self.send_text(msg.to_string()).await
    }

    /// Sends a whole prompt (`last: true`).
    pub async fn prompt(&mut self, text: &str) -> Result<(), ClientError> {
        let msg = serde_json::json!({"type": "prompt", "voicePrompt": text, "lang": "en-CA", "last": true});
        self.send_text(msg.to_string()).await
    }

    /// Sends one key.
    pub async fn dtmf(&mut self, digit: char) -> Result<(), ClientError> {
        let msg = serde_json::json!({"type": "dtmf", "digit": digit.to_string()});
        self.send_text(msg.to_string()).await
    }

    /// Sends `interrupt` with what was heard; the duration as a string when
    /// `ms_as_string` (Twilio sends either).
    pub async fn interrupt(
        &mut self,
        heard: &str,
        ms: u64,
        ms_as_string: bool,
    ) -> Result<(), ClientError> {
        let duration = if ms_as_string {
            serde_json::Value::String(ms.to_string())
        } else {
            serde_json::Value::from(ms)
        };
        let msg = serde_json::json!({
            "type": "interrupt",
            "utteranceUntilInterrupt": heard,
            "durationUntilInterruptMs": duration,
        });
        self.send_text(msg.to_string()).await
    }

    /// Reads the agent's next reply: tokens up to `last: true`, or an `end`. Latencies
    /// are measured from `since`.
    pub async fn reply(
        &mut self,
        wait: Duration,
        since: Instant,
    ) -> Result<AgentReply, ClientError> {
        let mut reply = AgentReply::default();
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let msg = match tokio::time::timeout_at(deadline, self.ws.next()).await {
                Err(_) => return Err(ClientError::Timeout(wait)),
                Ok(None) => return Err(ClientError::Socket("closed".into())),
                Ok(Some(Err(e))) => return Err(ClientError::Socket(e.to_string())),
                Ok(Some(Ok(m))) => m,
            };
            let text = match msg {
                Message::Text(t) => t.to_string(),
                Message::Close(_) => return Err(ClientError::Socket("closed".into())),
                _ => continue,
            };
            let v: serde_json::Value =
                serde_json::from_str(&text).map_err(|e| ClientError::Protocol(e.to_string()))?;
            reply.first_token.get_or_insert_with(|| since.elapsed());
            match v.get("type").and_then(serde_json::Value::as_str) {
                Some("text") => {
                    let token = v
                        .get("token")
                        .and_then(serde_json::Value::as_str)
                        .ok_or_else(|| ClientError::Protocol("text without token".into()))?;
                    reply.tokens.push(token.to_owned());
                    if v.get("last").and_then(serde_json::Value::as_bool) == Some(true) {
                        reply.last_token = Some(since.elapsed());
                        return Ok(reply);
                    }
                }
                Some("language") => {
                    reply.language = v
                        .get("ttsLanguage")
                        .and_then(serde_json::Value::as_str)
                        .map(str::to_owned);
                }
                Some("end") => {
                    let data = v
                        .get("handoffData")
                        .and_then(serde_json::Value::as_str)
                        .map(str::to_owned);
                    reply.end = data.as_deref().and_then(Handoff::from_json);
                    reply.handoff_data = data;
                    reply.last_token = Some(since.elapsed());
                    return Ok(reply);
                }
                other => {
                    return Err(ClientError::Protocol(format!(
                        "unexpected message type {other:?}"
                    )));
                }
            }
        }
    }

    /// Waits up to `wait` for any message; `None` if none came.
    pub async fn quiet_for(&mut self, wait: Duration) -> Option<String> {
        match tokio::time::timeout(wait, self.ws.next()).await {
            Ok(Some(Ok(Message::Text(t)))) => Some(t.to_string()),
            Ok(Some(Ok(other))) => Some(format!("{other:?}")),
            _ => None,
        }
    }

    /// Closes the socket as Twilio does when the session ends.
    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// What the agent waits for after `text`, read from its last question (the default
/// prompts' wording).
#[must_use]
pub fn guess_expect(text: &str) -> Expect {
    let t = text.to_lowercase();
    let q = super::sentences(&t)
        .last()
        .copied()
        .unwrap_or("")
        .to_owned();
    let has = |words: &[&str]| words.iter().any(|w| q.contains(w));
    if has(&[
        "which would you like",
        "would one of those work",
        "day and time",
        "when would you like",
        "what time",
    ]) {
        Expect::Time
    } else if has(&["ending in", "calling from"]) {
        Expect::Confirm
    } else if has(&["your name"]) {
        Expect::Name
    } else if has(&[
        "phone number",
        "number should i",
        "number was",
        "ten-digit",
        "keypad",
    ]) {
        Expect::Phone
    } else if has(&[
        "shall i",
        "should i",
        "is that okay",
        "would you like",
        "yes or a no",
        "put you through",
    ]) {
        Expect::Confirm
    } else if has(&["help you", "what would you like to do", "can i do for you"]) {
        Expect::Intent
    } else {
        Expect::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations_from_default_prompts() {
        let cases = [
            (
                "Thanks for calling Bella Clinic. How can I help you today?",
                Expect::Intent,
            ),
            ("Great. Can I get your name, please?", Expect::Name),
            ("And what phone number should I put down?", Expect::Phone),
            (
                "What's the best phone number to reach you at?",
                Expect::Phone,
            ),
            ("What day and time would suit you?", Expect::Time),
            (
                "I have Thursday at 9 a.m. or 10 a.m. free. Which would you like?",
                Expect::Time,
            ),
            (
                "So that's Jo, on Thursday at 9 a.m. Shall I book it?",
                Expect::Confirm,
            ),
            (
                "Should I use the number you're calling from, ending in 0142?",
                Expect::Confirm,
            ),
        ];
        for (text, want) in cases {
            assert_eq!(guess_expect(text), want, "{text}");
        }
    }
}
