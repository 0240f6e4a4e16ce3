//! Realtime voice over Twilio ConversationRelay (`bella serve --voice-mode relay`).
//!
//! Twilio runs speech recognition and synthesis and talks to Bella over a WebSocket in
//! JSON; the engine stays text in, text out. The call goes:
//!
//! ```text
//! POST /twilio/voice ──► engine greets (Input::CallStarted), session saved
//!   ◄── <Connect action=".../twilio/relay/end"><ConversationRelay url="wss://.../twilio/relay"
//!         welcomeGreeting="{the engine's greeting}" language="en-CA" interruptible="any"
//!         dtmfDetection="true" …/></Connect>
//! GET /twilio/relay (WebSocket; X-Twilio-Signature checked before the 101)
//!   setup      → the saved session is loaded (by callSid)
//!   prompt     → Input::CallerTurn (only last:true)   ──► text tokens, a sentence each,
//!   dtmf       → keys gathered → Input::Digits             the last with last:true
//!   interrupt  → Input::Interrupted (what was heard)
//!   error/info → logged
//!   the engine's deadline (listen end, call limit) → Input::Timer (silences)
//!   transfer / goodbye ──► {"type":"end","handoffData":"{reason,outcome,transferTo}"}
//! POST /twilio/relay/end (the Connect action, signed)
//!   HandoffData           → the goodbye or transfer words, then <Hangup/> or <Dial>
//!   CallStatus=completed  → the caller hung up: the call is recorded and closed
//!   ErrorCode=64105       → the socket dropped: resume from the saved state with a new
//!                           <Connect> (Input::Resumed; any server of a fleet can)
//! ```
//!
//! The session is saved after every caller input, before the reply goes out, so a
//! server that dies mid-call loses nothing: the next one resumes from the store, and
//! a booking retried under the same idempotency key is made once.
//!
//! The last words of a call (goodbye, "let me put you through") are spoken by the
//! action's TwiML, not sent as tokens: Twilio ends the session on `end`, and words
//! still being synthesised then could be cut off.

pub mod client;
pub mod drive;
pub mod end;
pub mod protocol;
pub mod socket;

use crate::twiml::ConversationRelay;
use std::str::FromStr;

/// How `/twilio/voice` answers a call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VoiceMode {
    /// A `<Gather>` round trip per caller turn (the default).
    #[default]
    Gather,
    /// A ConversationRelay WebSocket for the whole call, with barge-in.
    Relay,
}

impl VoiceMode {
    /// The flag value (`gather`, `relay`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Gather => "gather",
            Self::Relay => "relay",
        }
    }
}

impl FromStr for VoiceMode {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "gather" => Ok(Self::Gather),
            "relay" => Ok(Self::Relay),
            other => Err(format!("unknown voice mode {other:?}: use gather or relay")),
        }
    }
}

/// The `<ConversationRelay>` settings (`bella serve --relay-*`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelayOptions {
    /// Language of speech and recognition (`code`), with its speech synthesis
    /// provider and voice and its recognition provider and model (empty model: the
    /// provider's default).
    pub primary: crate::twiml::RelayLanguage,
    /// `interruptible`: `any`, `speech`, `dtmf` or `none`.
    pub interruptible: String,
    /// How long keypad keys are gathered after the last one before they count as an
    /// answer (`#` sends them at once), ms.
    pub dtmf_gap_ms: u64,
    /// Voice and recogniser once the call is in French (`fr-CA`).
    pub french: crate::twiml::RelayLanguage,
}

impl Default for RelayOptions {
    fn default() -> Self {
        Self {
            primary: crate::twiml::RelayLanguage {
                code: "en-CA".to_owned(),
                tts_provider: "Google".to_owned(),
                voice: "en-US-Journey-O".to_owned(),
                transcription_provider: "Deepgram".to_owned(),
                speech_model: "nova-3-general".to_owned(),
            },
            interruptible: "any".to_owned(),
            dtmf_gap_ms: 2_500,
            french: crate::twiml::RelayLanguage {
                code: "fr-CA".to_owned(),
                tts_provider: "Google".to_owned(),
                voice: "fr-CA-Neural2-A".to_owned(),
                transcription_provider: "Deepgram".to_owned(),
                speech_model: "nova-2-general".to_owned(),
            },
        }
    }
}

/// The path of the WebSocket.
pub const SOCKET_PATH: &str = "/twilio/relay";
/// The path of the `<Connect action>`.
pub const END_PATH: &str = "/twilio/relay/end";

/// The `wss://` (or `ws://` for a plain-http base) URL of the socket for a public base
/// URL such as `https://bella.example.com`.
#[must_use]
pub fn socket_url(base: &str) -> String {
    let base = base.trim_end_matches('/');
    let rest = base
        .strip_prefix("https://")
        .map(|r| format!("wss://{r}"))
        .or_else(|| base.strip_prefix("http://").map(|r| format!("ws://{r}")))
        .unwrap_or_else(|| base.to_owned());
    format!("{rest}{SOCKET_PATH}")
}

impl RelayOptions {
    /// The voice and recogniser for `lang`.
    #[must_use]
    pub fn language_for(&self, lang: bella_dialog::Lang) -> crate::twiml::RelayLanguage {
        match lang {
            bella_dialog::Lang::Fr => self.french.clone(),
            _ => self.primary.clone(),
        }
    }
}

/// The `<Connect><ConversationRelay>` document for a call: `greeting` is spoken when
/// the session connects, in `lang`; every language of the business is declared in a
/// `<Language>` child, so a `language` message can switch to it mid-call.
pub fn connect_twiml(
    config: &crate::AdapterConfig,
    base: &str,
    greeting: &str,
    hints: &[String],
    lang: bella_dialog::Lang,
) -> Result<String, crate::twiml::TwimlError> {
    let o = &config.relay;
    let languages = if config.dialog.languages.len() > 1 {
        config
            .dialog
            .languages
            .iter()
            .map(|l| o.language_for(*l))
            .collect()
    } else {
        Vec::new()
    };
    crate::twiml::Response::new(config.say_for(lang).clone())
        .verb(crate::twiml::Verb::Connect(ConversationRelay {
            action: format!("{}{END_PATH}", base.trim_end_matches('/')),
            url: socket_url(base),
            welcome_greeting: greeting.to_owned(),
            speech: o.language_for(lang),
            interruptible: o.interruptible.clone(),
            hints: hints.to_vec(),
            parameters: Vec::new(),
            languages,
        }))
        .render()
}

/// Splits a reply into sentences, each sent as one `text` token so speech starts
/// before the reply is complete. A sentence ends at `.`, `?` or `!` followed by a
/// space and a capital ("a.m. on" does not split, "a.m. Shall" does).
#[must_use]
pub fn sentences(text: &str) -> Vec<&str> {
    let t = text.trim();
    let bytes = t.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..bytes.len().saturating_sub(2) {
        if matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes[i + 1] == b' '
            && bytes[i + 2].is_ascii_uppercase()
        {
            out.push(&t[start..=i]);
            start = i + 2;
        }
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole `<Connect><ConversationRelay>` document, byte for byte: the session's
    /// own voice attributes and each `<Language>` child come from the relay options.
    #[test]
    fn connect_twiml_is_pinned() {
        let dialog = bella_dialog::Config {
            languages: vec![bella_dialog::Lang::En, bella_dialog::Lang::Fr],
            ..bella_dialog::Config::default()
        };
        let mut config = crate::AdapterConfig::new(dialog, None);
        config.relay.primary.speech_model = String::new();
        let doc = connect_twiml(
            &config,
            "https://bella.example.com/",
            "Hi & welcome",
            &["Jo".to_owned()],
            bella_dialog::Lang::Fr,
        )
        .unwrap();
        assert_eq!(
            doc,
            concat!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Response>"#,
                r#"<Connect action="https://bella.example.com/twilio/relay/end" method="POST">"#,
                r#"<ConversationRelay url="wss://bella.example.com/twilio/relay""#,
                r#" welcomeGreeting="Hi &amp; welcome" welcomeGreetingInterruptible="any""#,
                r#" language="fr-CA" ttsProvider="Google" voice="fr-CA-Neural2-A""#,
                r#" transcriptionProvider="Deepgram" speechModel="nova-2-general""#,
                r#" interruptible="any" dtmfDetection="true" partialPrompts="false" hints="Jo">"#,
                r#"<Language code="en-CA" ttsProvider="Google" voice="en-US-Journey-O""#,
                r#" transcriptionProvider="Deepgram"/>"#,
                r#"<Language code="fr-CA" ttsProvider="Google" voice="fr-CA-Neural2-A""#,
                r#" transcriptionProvider="Deepgram" speechModel="nova-2-general"/>"#,
                r#"</ConversationRelay></Connect></Response>"#,
            )
        );
    }

    #[test]
    fn sentences_split_at_capitals_only() {
        assert_eq!(
            sentences("Okay. So that's Jo, on Thursday at 9 a.m. on the 3rd. Shall I book it?"),
            vec![
                "Okay.",
                "So that's Jo, on Thursday at 9 a.m. on the 3rd.",
                "Shall I book it?"
            ]
        );
        assert_eq!(sentences("  Hi  "), vec!["Hi"]);
        assert!(sentences("").is_empty());
        assert_eq!(sentences("Wait. É"), vec!["Wait. É"]);
    }

    #[test]
    fn socket_urls_follow_the_base() {
        assert_eq!(
            socket_url("https://bella.example.com/"),
            "wss://bella.example.com/twilio/relay"
        );
        assert_eq!(
            socket_url("http://127.0.0.1:8080"),
            "ws://127.0.0.1:8080/twilio/relay"
        );
        assert_eq!("RELAY".parse::<VoiceMode>(), Ok(VoiceMode::Relay));
        assert!("stream".parse::<VoiceMode>().is_err());
    }
}
