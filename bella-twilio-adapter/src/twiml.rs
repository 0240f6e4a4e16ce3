//! A small typed TwiML writer.
//!
//! Only the verbs Bella uses: [`Verb::Say`], [`Verb::Gather`] (speech and keypad, with
//! the prompt nested inside so the caller can barge in), [`Verb::Dial`] for a transfer,
//! [`Verb::Redirect`], [`Verb::Pause`] and [`Verb::Hangup`]. Every text and attribute is
//! escaped (`& < > " '`), and Twilio's limits are applied when a document is built:
//! a `<Say>` longer than [`MAX_SAY_CHARS`] is split at a word boundary, hints are capped,
//! and a document larger than [`MAX_DOCUMENT_BYTES`] is refused with
//! [`TwimlError::TooLarge`] so the caller hears a fallback instead of an error.
//!
//! ```
//! use bella_twilio_adapter::twiml::{Response, SayOptions, Verb};
//! let doc = Response::new(SayOptions::default())
//!     .say("Thanks for calling <Bella> & co.")
//!     .verb(Verb::Hangup)
//!     .render()
//!     .unwrap();
//! assert!(doc.contains("&lt;Bella&gt; &amp; co."));
//! ```

use std::fmt::Write as _;

/// The largest TwiML document Twilio accepts (64 KB).
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024;
/// The longest text Twilio speaks in one `<Say>`; longer text is split.
pub const MAX_SAY_CHARS: usize = 4_000;
/// At most this many recogniser hints are sent (Twilio allows 500).
pub const MAX_HINTS: usize = 100;
/// A single hint longer than this is dropped (Twilio allows 100 characters).
pub const MAX_HINT_CHARS: usize = 100;

/// Why a document could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TwimlError {
    /// The rendered document is over Twilio's size limit.
    #[error("twiml document is {0} bytes, over the {MAX_DOCUMENT_BYTES} byte limit")]
    TooLarge(usize),
}

/// How `<Say>` speaks: the Twilio voice and the language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SayOptions {
    /// Twilio voice name, e.g. `Polly.Joanna-Neural` or `alice`.
    pub voice: String,
    /// BCP-47 language, `en-CA` by default.
    pub language: String,
}

impl SayOptions {
    /// Canadian French: Amazon Polly's fr-CA neural voice.
    #[must_use]
    pub fn french() -> Self {
        Self {
            voice: "Polly.Gabrielle-Neural".to_owned(),
            language: "fr-CA".to_owned(),
        }
    }
}

impl Default for SayOptions {
    fn default() -> Self {
        Self {
            voice: "Polly.Joanna-Neural".to_owned(),
            language: "en-CA".to_owned(),
        }
    }
}

/// A `<Gather>` that listens for speech and keypad digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gather {
    /// Where Twilio posts the answer (relative or absolute URL).
    pub action: String,
    /// Speech language (`en-CA`).
    pub language: String,
    /// `speechTimeout`: `auto` or whole seconds of silence that end the answer.
    pub speech_timeout: String,
    /// `timeout`: seconds to wait for the caller to start.
    pub timeout_secs: u32,
    /// Phrases that help the recogniser.
    pub hints: Vec<String>,
    /// Whether keypad digits are accepted (`input="speech dtmf"` or `"speech"`).
    pub dtmf: bool,
    /// The prompt spoken inside the gather (the caller may interrupt it).
    pub prompt: Vec<String>,
}

/// One `<Language>` child of `<ConversationRelay>`: the voice and recogniser to use
/// once the session switches to `code` (the `language` message can switch only to a
/// declared language's settings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelayLanguage {
    /// BCP-47 code (`fr-CA`).
    pub code: String,
    /// Speech synthesis provider.
    pub tts_provider: String,
    /// The provider's voice.
    pub voice: String,
    /// Recognition provider.
    pub transcription_provider: String,
    /// Recognition model (empty: not written).
    pub speech_model: String,
}

/// `<Connect action><ConversationRelay …/></Connect>`: hand the call to a
/// ConversationRelay session (Twilio does speech recognition and synthesis and talks
/// to `url` over a WebSocket). Every attribute Bella depends on is written out, none
/// left to Twilio's defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConversationRelay {
    /// Where Twilio requests TwiML when the session ends (absolute URL).
    pub action: String,
    /// The WebSocket URL (`wss://…/twilio/relay`).
    pub url: String,
    /// Spoken when the session connects.
    pub welcome_greeting: String,
    /// The session's own language (`en-CA`), speech synthesis provider (`Google`,
    /// `Amazon`, `ElevenLabs`) and voice, recognition provider (`Deepgram`, `Google`)
    /// and model (`nova-3-general`, `telephony`; empty: not written), written as the
    /// element's `language`, `ttsProvider`, `voice`, `transcriptionProvider` and
    /// `speechModel` attributes.
    pub speech: RelayLanguage,
    /// Whether and how the caller may interrupt speech (`any`, `speech`, `dtmf`, `none`).
    pub interruptible: String,
    /// Recogniser hints.
    pub hints: Vec<String>,
    /// `<Parameter>`s, sent back in `setup.customParameters`.
    pub parameters: Vec<(String, String)>,
    /// `<Language>` children: every language the session may switch to.
    pub languages: Vec<RelayLanguage>,
}

/// One TwiML verb.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Verb {
    /// Speak text.
    Say(String),
    /// Speak a prompt and listen.
    Gather(Gather),
    /// Transfer the call to a number (E.164).
    Dial {
        /// The number to dial.
        number: String,
        /// Caller id to present, if any.
        caller_id: Option<String>,
    },
    /// Continue with the TwiML at this URL.
    Redirect(String),
    /// Wait this many seconds.
    Pause(u32),
    /// End the call.
    Hangup,
    /// Hand the call to a ConversationRelay session.
    Connect(ConversationRelay),
}

/// A `<Response>` document under construction.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct Response {
    say: SayOptions,
    verbs: Vec<Verb>,
}

impl Response {
    /// An empty response whose `<Say>` verbs use `say`.
    pub fn new(say: SayOptions) -> Self {
        Self {
            say,
            verbs: Vec::new(),
        }
    }

    /// Appends a `<Say>`.
    pub fn say(self, text: impl Into<String>) -> Self {
        self.verb(Verb::Say(text.into()))
    }

    /// Appends any verb.
    pub fn verb(mut self, verb: Verb) -> Self {
        self.verbs.push(verb);
        self
    }

    /// The verbs so far.
    pub fn verbs(&self) -> &[Verb] {
        &self.verbs
    }

    /// Renders the XML document, applying Twilio's limits.
    pub fn render(&self) -> Result<String, TwimlError> {
        let mut out = String::with_capacity(512);
        out.push_str(r#"<?xml version="1.0" encoding="UTF-8"?><Response>"#);
        for verb in &self.verbs {
            self.write_verb(&mut out, verb);
        }
        out.push_str("</Response>");
        if out.len() > MAX_DOCUMENT_BYTES {
            return Err(TwimlError::TooLarge(out.len()));
        }
        Ok(out)
    }

    fn write_say(&self, out: &mut String, text: &str) {
        for chunk in split_say(text) {
            out.push_str("<Say voice=\"");
            escape_into(out, &self.say.voice);
            out.push_str("\" language=\"");
            escape_into(out, &self.say.language);
            out.push_str("\">");
            escape_into(out, chunk);
            out.push_str("</Say>");
        }
    }

    fn write_verb(&self, out: &mut String, verb: &Verb) {
        match verb {
            Verb::Say(text) => self.write_say(out, text),
            Verb::Gather(g) => {
                out.push_str("<Gather input=\"");
                out.push_str(if g.dtmf { "speech dtmf" } else { "speech" });
                out.push_str("\" language=\"");
                escape_into(out, &g.language);
                out.push_str("\" speechTimeout=\"");
                escape_into(out, &g.speech_timeout);
                let _ = write!(out, "\" timeout=\"{}\"", g.timeout_secs);
                let hints = join_hints(&g.hints);
                if !hints.is_empty() {
                    out.push_str(" hints=\"");
                    escape_into(out, &hints);
                    out.push('"');
                }
                out.push_str(" actionOnEmptyResult=\"true\" method=\"POST\" action=\"");
                escape_into(out, &g.action);
                out.push_str("\">");
                for line in &g.prompt {
                    self.write_say(out, line);
                }
                out.push_str("</Gather>");
            }
            Verb::Dial { number, caller_id } => {
                out.push_str("<Dial");
                if let Some(id) = caller_id {
                    out.push_str(" callerId=\"");
                    escape_into(out, id);
                    out.push('"');
                }
                out.push_str("><Number>");
                escape_into(out, number);
                out.push_str("</Number></Dial>");
            }
            Verb::Redirect(url) => {
                out.push_str("<Redirect method=\"POST\">");
                escape_into(out, url);
                out.push_str("</Redirect>");
            }
            Verb::Pause(secs) => {
                let _ = write!(out, "<Pause length=\"{secs}\"/>");
            }
            Verb::Hangup => out.push_str("<Hangup/>"),
            Verb::Connect(cr) => write_connect(out, cr),
        }
    }
}

fn write_connect(out: &mut String, cr: &ConversationRelay) {
    let attr = |out: &mut String, name: &str, value: &str| {
        out.push(' ');
        out.push_str(name);
        out.push_str("=\"");
        escape_into(out, value);
        out.push('"');
    };
    out.push_str("<Connect");
    attr(out, "action", &cr.action);
    attr(out, "method", "POST");
    out.push_str("><ConversationRelay");
    attr(out, "url", &cr.url);
    let greeting: String = cr.welcome_greeting.chars().take(MAX_SAY_CHARS).collect();
    attr(out, "welcomeGreeting", greeting.trim());
    attr(out, "welcomeGreetingInterruptible", &cr.interruptible);
    // The session's own language and voice, written like a `<Language>` child's.
    let voice_attrs = |out: &mut String, code_name: &str, l: &RelayLanguage| {
        attr(out, code_name, &l.code);
        attr(out, "ttsProvider", &l.tts_provider);
        attr(out, "voice", &l.voice);
        attr(out, "transcriptionProvider", &l.transcription_provider);
        if !l.speech_model.is_empty() {
            attr(out, "speechModel", &l.speech_model);
        }
    };
    voice_attrs(out, "language", &cr.speech);
    attr(out, "interruptible", &cr.interruptible);
    attr(out, "dtmfDetection", "true");
    attr(out, "partialPrompts", "false");
    let hints = join_hints(&cr.hints);
    if !hints.is_empty() {
        attr(out, "hints", &hints);
    }
    if cr.parameters.is_empty() && cr.languages.is_empty() {
        out.push_str("/></Connect>");
        return;
    }
    out.push('>');
    for l in &cr.languages {
        out.push_str("<Language");
        voice_attrs(out, "code", l);
        out.push_str("/>");
    }
    for (name, value) in &cr.parameters {
        out.push_str("<Parameter");
        attr(out, "name", name);
        attr(out, "value", value);
        out.push_str("/>");
    }
    out.push_str("</ConversationRelay></Connect>");
}

/// Escapes the five XML special characters, writes tab, newline and carriage return as
/// character references, and drops the other characters XML 1.0 forbids.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // As character references, so attribute-value normalisation keeps them.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// Escapes text for XML (see [`escape_into`]).
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// Splits text into pieces of at most [`MAX_SAY_CHARS`] characters, at a space when
/// there is one. Empty text gives no piece.
fn split_say(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some((cut, _)) = rest.char_indices().nth(MAX_SAY_CHARS) else {
            pieces.push(rest);
            break;
        };
        let at = rest[..cut].rfind(' ').filter(|&i| i > 0).unwrap_or(cut);
        pieces.push(rest[..at].trim_end());
        rest = rest[at..].trim_start();
    }
    pieces
}

/// Joins hints with commas, dropping empty, over-long and comma-bearing ones and
/// keeping at most [`MAX_HINTS`].
fn join_hints(hints: &[String]) -> String {
    hints
        .iter()
        .map(|h| h.trim())
        .filter(|h| !h.is_empty() && h.chars().count() <= MAX_HINT_CHARS && !h.contains(','))
        .take(MAX_HINTS)
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_five() {
        assert_eq!(escape(r#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&apos;f");
        assert_eq!(escape("bell\u{7}\u{0}ok\n"), "bellok&#10;");
    }

    #[test]
    fn long_say_is_split_on_words() {
        let word = "hello ";
        let text = word.repeat(MAX_SAY_CHARS / word.len() * 3);
        let pieces = split_say(&text);
        assert!(pieces.len() >= 3, "{}", pieces.len());
        for p in &pieces {
            assert!(p.chars().count() <= MAX_SAY_CHARS);
            assert!(p.ends_with("hello"), "{p:?}");
        }
        let rejoined: Vec<&str> = pieces.iter().flat_map(|p| p.split(' ')).collect();
        assert_eq!(rejoined.len(), text.split_whitespace().count());
        let no_space = "x".repeat(MAX_SAY_CHARS + 5);
        assert_eq!(split_say(&no_space).len(), 2);
        assert!(split_say("   ").is_empty());
    }

    #[test]
    fn hints_are_filtered_and_capped() {
        let mut hints: Vec<String> = (0..300).map(|i| format!("h{i}")).collect();
        hints.insert(0, "a, b".to_owned());
        hints.insert(0, "y".repeat(101));
        let joined = join_hints(&hints);
        assert_eq!(joined.split(',').count(), MAX_HINTS);
        assert!(joined.starts_with("h0,h1"));
    }

    #[test]
    fn oversized_document_is_refused() {
        let mut doc = Response::new(SayOptions::default());
        for _ in 0..40 {
            doc = doc.say("word ".repeat(400));
        }
        assert!(matches!(doc.render(), Err(TwimlError::TooLarge(n)) if n > MAX_DOCUMENT_BYTES));
    }
}
