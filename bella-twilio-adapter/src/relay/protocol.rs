//! The ConversationRelay WebSocket messages as typed serde values.
//!
//! Twilio sends JSON text frames with a `type` field ([`Inbound`]: `setup`, `prompt`,
//! `dtmf`, `interrupt`, `error`, `info`); Bella answers with [`Outbound`] frames
//! (`text` tokens ending with `last: true`, `end` with `handoffData`, `language`).
//! Field names follow Twilio's wire contract exactly (camelCase).
//!
//! Parsing is lenient where Twilio is known to drift and strict nowhere it matters:
//! unknown fields are ignored, `durationUntilInterruptMs` is accepted as a number or a
//! string, `last` missing on a prompt means a whole prompt, and a frame that cannot be
//! read becomes a [`FrameError`] saying why (never a panic), so the socket logs it and
//! carries on.
//!
//! ```
//! use bella_twilio_adapter::relay::protocol::{parse, Inbound};
//! let msg = parse(r#"{"type":"interrupt","utteranceUntilInterrupt":"So that's","durationUntilInterruptMs":"460"}"#).unwrap();
//! assert!(matches!(msg, Inbound::Interrupt(i) if i.duration_ms == Some(460)));
//! ```

use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// The largest text frame read (Twilio's are a few hundred bytes; a prompt is speech).
pub const MAX_FRAME_BYTES: usize = 64 * 1024;

/// A message from Twilio.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
#[non_exhaustive]
pub enum Inbound {
    /// Sent once, first: who is calling.
    Setup(Setup),
    /// What the caller said (`last: false` only with partial prompts).
    Prompt(Prompt),
    /// One key pressed.
    Dtmf(Dtmf),
    /// The caller talked over the agent.
    Interrupt(Interrupt),
    /// Twilio refused something we sent.
    Error(ErrorMessage),
    /// Debug events (`tokensPlayed`, `agentSpeaking`, ...).
    Info(Info),
}

/// `setup`: the call. Only `callSid` is required; every other field may be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Setup {
    /// The ConversationRelay session (`VX…`).
    #[serde(default, deserialize_with = "lenient_string")]
    pub session_id: Option<String>,
    /// The account.
    #[serde(default, deserialize_with = "lenient_string")]
    pub account_sid: Option<String>,
    /// The call (`CA…`).
    pub call_sid: String,
    /// The caller id.
    #[serde(default, deserialize_with = "lenient_string")]
    pub from: Option<String>,
    /// The number called.
    #[serde(default, deserialize_with = "lenient_string")]
    pub to: Option<String>,
    /// `inbound` or `outbound`.
    #[serde(default, deserialize_with = "lenient_string")]
    pub direction: Option<String>,
    /// `RINGING`, `IN-PROGRESS`, ...
    #[serde(default, deserialize_with = "lenient_string")]
    pub call_status: Option<String>,
    /// The `<Parameter>`s of the TwiML.
    #[serde(default, deserialize_with = "lenient_params")]
    pub custom_parameters: BTreeMap<String, String>,
}

/// `prompt`: a transcript.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Prompt {
    /// What the caller said.
    pub voice_prompt: String,
    /// The language recognised.
    #[serde(default, deserialize_with = "lenient_string")]
    pub lang: Option<String>,
    /// Whether the caller finished (missing: yes).
    #[serde(default)]
    pub last: Option<bool>,
}

impl Prompt {
    /// Whether this is a whole caller turn.
    #[must_use]
    pub fn is_final(&self) -> bool {
        self.last.unwrap_or(true)
    }
}

/// `dtmf`: one key.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Dtmf {
    /// The key (`0`-`9`, `*`, `#`).
    pub digit: String,
}

/// `interrupt`: what the caller heard before talking over the agent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Interrupt {
    /// The text played before the interruption.
    #[serde(
        default,
        rename = "utteranceUntilInterrupt",
        deserialize_with = "lenient_string"
    )]
    pub utterance: Option<String>,
    /// How long it played, ms: Twilio sends a number or a string.
    #[serde(
        default,
        rename = "durationUntilInterruptMs",
        deserialize_with = "lenient_ms"
    )]
    pub duration_ms: Option<u64>,
}

/// `error`: Twilio's description of what went wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ErrorMessage {
    /// The description.
    #[serde(default, deserialize_with = "lenient_string")]
    pub description: Option<String>,
}

/// `info`: a debug event.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Info {
    /// The event's name.
    #[serde(default, deserialize_with = "lenient_string")]
    pub name: Option<String>,
    /// Its value (shape varies).
    #[serde(default)]
    pub value: serde_json::Value,
}

/// A message to Twilio.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum Outbound {
    /// Words to speak; `last: true` closes the talk cycle.
    Text {
        /// The words.
        token: String,
        /// Whether this is the end of the reply.
        last: bool,
    },
    /// End the session; Twilio then requests the `<Connect action>` with `HandoffData`.
    End {
        /// A JSON string ([`Handoff`]).
        #[serde(skip_serializing_if = "Option::is_none")]
        handoff_data: Option<String>,
    },
    /// Switch the languages mid-call.
    Language {
        /// Speech synthesis language.
        #[serde(skip_serializing_if = "Option::is_none")]
        tts_language: Option<String>,
        /// Recognition language.
        #[serde(skip_serializing_if = "Option::is_none")]
        transcription_language: Option<String>,
    },
}

impl Outbound {
    /// The frame's JSON text.
    #[must_use]
    pub fn to_json(&self) -> String {
        // Strings and booleans always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What `end` hands to the `<Connect action>` (as `HandoffData`, a JSON string).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Handoff {
    /// `transfer` or `goodbye`.
    pub reason: String,
    /// The call's outcome (`booked`, `transferred`, `no_booking`, ...).
    pub outcome: String,
    /// Where to transfer (for `transfer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_to: Option<String>,
}

impl Handoff {
    /// The JSON string sent as `handoffData`.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads `HandoffData`; `None` if it is not ours.
    #[must_use]
    pub fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

/// Why a frame was not used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameError {
    /// Over [`MAX_FRAME_BYTES`].
    #[error("frame of {0} bytes is over the {MAX_FRAME_BYTES} byte limit")]
    TooLarge(usize),
    /// A binary frame (ConversationRelay sends text only).
    #[error("binary frame of {0} bytes")]
    Binary(usize),
    /// Not JSON.
    #[error("frame is not json: {0}")]
    NotJson(String),
    /// JSON without a string `type`.
    #[error("frame has no type")]
    NoType,
    /// A `type` this build does not know.
    #[error("unknown message type {0:?}")]
    UnknownType(String),
    /// A known type with missing or wrongly typed fields.
    #[error("invalid {kind} message: {error}")]
    Invalid {
        /// The message type.
        kind: String,
        /// What serde said (field names only; values are not echoed).
        error: String,
    },
}

impl FrameError {
    /// A short label for logs and metrics.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::TooLarge(_) => "too_large",
            Self::Binary(_) => "binary",
            Self::NotJson(_) => "not_json",
            Self::NoType => "no_type",
            Self::UnknownType(_) => "unknown_type",
            Self::Invalid { .. } => "invalid",
        }
    }
}

const KNOWN: [&str; 6] = ["setup", "prompt", "dtmf", "interrupt", "error", "info"];

/// Reads one text frame.
pub fn parse(text: &str) -> Result<Inbound, FrameError> {
    if text.len() > MAX_FRAME_BYTES {
        return Err(FrameError::TooLarge(text.len()));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        // serde's message names a position, never the content.
        FrameError::NotJson(e.to_string())
    })?;
    let kind = value
        .get("type")
        .and_then(serde_json::Value::as_str)
        .ok_or(FrameError::NoType)?
        .to_owned();
    if !KNOWN.contains(&kind.as_str()) {
        let shown: String = kind.chars().take(40).collect();
        return Err(FrameError::UnknownType(shown));
    }
    serde_json::from_value(value).map_err(|e| FrameError::Invalid {
        kind,
        error: strip_values(&e.to_string()),
    })
}

/// serde's "invalid type: string \"…\", expected …" quotes the value, which may be what
/// the caller said: keep the message up to the first quote.
fn strip_values(msg: &str) -> String {
    match msg.find('"') {
        Some(i) if !msg[..i].contains("field `") => format!("{}…", &msg[..i]),
        _ => msg.chars().take(200).collect(),
    }
}

fn lenient_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    })
}

fn lenient_ms<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    Ok(match v {
        serde_json::Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.is_finite() && *f >= 0.0)
                .map(|f| f as u64)
        }),
        serde_json::Value::String(s) => {
            let s = s.trim();
            s.parse::<u64>().ok().or_else(|| {
                s.parse::<f64>()
                    .ok()
                    .filter(|f| f.is_finite() && *f >= 0.0)
                    .map(|f| f as u64)
            })
        }
        _ => None,
    })
}

fn lenient_params<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    let v = serde_json::Value::deserialize(d)?;
    let mut out = BTreeMap::new();
    if let serde_json::Value::Object(map) = v {
        for (k, v) in map {
            match v {
                serde_json::Value::String(s) => {
                    out.insert(k, s);
                }
                serde_json::Value::Number(n) => {
                    out.insert(k, n.to_string());
                }
                serde_json::Value::Bool(b) => {
                    out.insert(k, b.to_string());
                }
                _ => {}
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_twilio_message_parses() {
        let setup = parse(
            r#"{"type":"setup","sessionId":"VX1","accountSid":"AC1","parentCallSid":"","callSid":"CA1",
                "from":"+14035550142","to":"+15875550100","forwardedFrom":"","callType":"PSTN",
                "callerName":"","direction":"inbound","callStatus":"RINGING",
                "customParameters":{"tenant":"clinic-42","n":7},"applicationSid":"AP1"}"#,
        )
        .unwrap();
        let Inbound::Setup(s) = setup else {
            panic!("not setup")
        };
        assert_eq!(s.call_sid, "CA1");
        assert_eq!(s.from.as_deref(), Some("+14035550142"));
        assert_eq!(s.direction.as_deref(), Some("inbound"));
        assert_eq!(s.custom_parameters["tenant"], "clinic-42");
        assert_eq!(s.custom_parameters["n"], "7");

        let p = parse(r#"{"type":"prompt","voicePrompt":"yes","lang":"en-US","last":true}"#);
        assert!(matches!(p, Ok(Inbound::Prompt(ref p)) if p.is_final() && p.voice_prompt == "yes"));
        let partial = parse(r#"{"type":"prompt","voicePrompt":"ye","last":false}"#).unwrap();
        assert!(matches!(partial, Inbound::Prompt(ref p) if !p.is_final()));
        let no_last = parse(r#"{"type":"prompt","voicePrompt":"yes"}"#).unwrap();
        assert!(matches!(no_last, Inbound::Prompt(ref p) if p.is_final()));

        assert_eq!(
            parse(r#"{"type":"dtmf","digit":"5"}"#).unwrap(),
            Inbound::Dtmf(Dtmf { digit: "5".into() })
        );
        for ms in [r#"460"#, r#""460""#, r#"460.0"#, r#"" 460 ""#] {
            let text = format!(
                r#"{{"type":"interrupt","utteranceUntilInterrupt":"So","durationUntilInterruptMs":{ms}}}"#
            );
            assert!(
                matches!(parse(&text), Ok(Inbound::Interrupt(ref i)) if i.duration_ms == Some(460)),
                "{text}"
            );
        }
        let odd = parse(r#"{"type":"interrupt","durationUntilInterruptMs":"soon"}"#).unwrap();
        assert_eq!(odd, Inbound::Interrupt(Interrupt::default()));
        assert!(matches!(
            parse(r#"{"type":"error","description":"Invalid message received"}"#),
            Ok(Inbound::Error(_))
        ));
        assert!(matches!(
            parse(r#"{"type":"info","name":"tokensPlayed","value":"Hi"}"#),
            Ok(Inbound::Info(_))
        ));
    }

    #[test]
    fn bad_frames_say_why() {
        let cases: [(&str, &str); 7] = [
            ("not json", "not_json"),
            ("", "not_json"),
            ("[1,2]", "no_type"),
            (r#"{"type":7}"#, "no_type"),
            (r#"{"type":"media"}"#, "unknown_type"),
            (r#"{"type":"prompt"}"#, "invalid"),
            (r#"{"type":"prompt","voicePrompt":42}"#, "invalid"),
        ];
        for (text, kind) in cases {
            assert_eq!(parse(text).unwrap_err().kind(), kind, "{text}");
        }
        let big = format!(
            r#"{{"type":"prompt","voicePrompt":"{}"}}"#,
            "a".repeat(MAX_FRAME_BYTES)
        );
        assert_eq!(parse(&big).unwrap_err().kind(), "too_large");
        // What the caller said never reaches the error text.
        let e = parse(r#"{"type":"dtmf","digit":["my secret"]}"#).unwrap_err();
        assert!(!e.to_string().contains("secret"), "{e}");
    }

    #[test]
    fn outbound_frames_use_twilio_names() {
        let text = Outbound::Text {
            token: "Hi there. ".into(),
            last: false,
        };
        assert_eq!(
            text.to_json(),
            r#"{"type":"text","token":"Hi there. ","last":false}"#
        );
        let handoff = Handoff {
            reason: "transfer".into(),
            outcome: "transferred".into(),
            transfer_to: Some("+14035550100".into()),
        };
        let end = Outbound::End {
            handoff_data: Some(handoff.to_json()),
        };
        let json: serde_json::Value = serde_json::from_str(&end.to_json()).unwrap();
        assert_eq!(json["type"], "end");
        let inner = Handoff::from_json(json["handoffData"].as_str().unwrap()).unwrap();
        assert_eq!(inner, handoff);
        assert!(handoff.to_json().contains("\"transferTo\""));
        let lang = Outbound::Language {
            tts_language: Some("fr-CA".into()),
            transcription_language: None,
        };
        assert_eq!(
            lang.to_json(),
            r#"{"type":"language","ttsLanguage":"fr-CA"}"#
        );
    }
}
