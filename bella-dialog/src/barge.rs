//! Barge-in and silence for channels that stream speech (ConversationRelay).
//!
//! On such a channel the caller can talk over the agent. The transport then says how
//! much of the last reply the caller actually heard ([`Input::Interrupted`]), and the
//! engine reads the next answer against that:
//!
//! - a "yes" over a read-back (or any yes/no question) that was cut off before the
//!   question itself is not an answer to it: the engine asks again in one short
//!   sentence ("Just to check, shall I book it for Thursday at 9:30 a.m.?");
//! - a choice made while offered times were being read ("the first one", "yes",
//!   "10:30") counts only against the times the caller heard; with none heard yet,
//!   the engine names the times again.
//!
//! Such channels also have no listen timeout of their own (a `<Gather>` has one):
//! after [`Dialog::enable_silence_timer`] the engine puts the end of each listen into
//! its [`crate::Output::Timeout`] deadline (an estimate of the time the reply takes to
//! speak, plus the listen timeout), and an [`Input::Timer`] past it counts as a
//! silence ("Sorry, I didn't hear anything", three in a row end the call).
//!
//! What was heard is measured in whole words: the words of the reply the engine handed
//! out (every `Say` drained since the last caller input, joined by spaces) that the
//! heard text repeats from the start. A word cut in the middle does not count.
//!
//! [`Input::Interrupted`]: crate::Input::Interrupted
//! [`Input::Timer`]: crate::Input::Timer

use crate::engine::Dialog;
use crate::intent;
use crate::state::Step;
use bella_extract::confirm::Confirmation;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How fast the agent is assumed to speak when the transport reports only a duration,
/// and to estimate when a reply has been spoken: about 160 words a minute.
pub(crate) const MS_PER_WORD: i64 = 375;

/// Barge-in and silence-timer state of one call (saved with the rest).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Barge {
    /// Listens end at a deadline the engine arms (no transport timeout).
    #[serde(default)]
    pub timed: bool,
    /// Everything handed out as `Say` since the last caller input.
    #[serde(default)]
    pub spoken: String,
    /// When the current listen ends in a silence (timed channels only).
    #[serde(default)]
    pub listen_deadline: Option<DateTime<Utc>>,
    /// The listen timeout of the current listen, seconds.
    #[serde(default)]
    pub listen_secs: u32,
    /// The last reply was cut off: what of it the caller heard.
    #[serde(default)]
    pub cut: Option<Cut>,
}

/// What the caller heard of a reply they talked over.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Cut {
    /// Whether the question that ends the reply was heard.
    pub question_heard: bool,
    /// How many of the offered times were heard in full.
    pub offers_heard: usize,
}

/// Splits into whitespace words, lowercased, without surrounding punctuation.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many words of `spoken` the caller heard, from the heard text (a prefix of what
/// was spoken) or, without one, from the time spoken.
pub(crate) fn words_heard(spoken: &str, heard: &str, heard_ms: Option<u64>) -> usize {
    let said = words(spoken);
    let got = words(heard);
    if got.is_empty() {
        let ms = heard_ms.map_or(0, |ms| i64::try_from(ms).unwrap_or(i64::MAX));
        let n = usize::try_from(ms / MS_PER_WORD).unwrap_or(usize::MAX);
        return n.min(said.len());
    }
    let aligned = said.iter().zip(&got).take_while(|(a, b)| a == b).count();
    if aligned == 0 {
        // Not a prefix of what we said (the transport rewrote it): trust its length,
        // less the last word, which may have been cut.
        return got.len().saturating_sub(1).min(said.len());
    }
    // The last heard word may be cut ("Shall I bo"): it counts only when whole and
    // followed by more heard words, or equal to the spoken one.
    aligned.min(said.len())
}

/// The start of the last sentence of `text` (a sentence ends with `.`, `?` or `!`
/// followed by a space and a capital: "a.m. Shall" splits, "a.m. on" does not).
fn last_sentence(text: &str) -> &str {
    let t = text.trim();
    let bytes = t.as_bytes();
    let mut start = 0;
    for i in 0..bytes.len().saturating_sub(2) {
        if matches!(bytes[i], b'.' | b'?' | b'!')
            && bytes[i + 1] == b' '
            && bytes[i + 2].is_ascii_uppercase()
        {
            start = i + 2;
        }
    }
    &t[start..]
}

/// The index (in words of `spoken`) of the word after the last time of each offer
/// ("9:30 a.m."), in order; `None` for an offer not found.
fn offer_ends(
    spoken: &[String],
    offers: &[chrono::NaiveDateTime],
    speak_time: impl Fn(chrono::NaiveTime) -> String,
) -> Vec<Option<usize>> {
    let mut from = 0;
    offers
        .iter()
        .map(|o| {
            let said = words(&speak_time(o.time()));
            let found = (from..spoken.len())
                .find(|&i| spoken.len() >= i + said.len() && spoken[i..i + said.len()] == said[..]);
            found.map(|i| {
                from = i + said.len();
                from
            })
        })
        .collect()
}

impl Dialog {
    /// Turns on the silence timer: this call's transport has no listen timeout, so
    /// the engine ends each listen itself (see the module docs). Saved with the call.
    pub fn enable_silence_timer(&mut self) {
        self.s.barge.timed = true;
    }

    /// Records a `Say` handed to the transport (what an interruption is measured on).
    pub(crate) fn note_said(&mut self, text: &str) {
        let spoken = &mut self.s.barge.spoken;
        if !spoken.is_empty() {
            spoken.push(' ');
        }
        spoken.push_str(text);
    }

    /// A `Listen` handed to the transport: on a timed channel, arms its end.
    pub(crate) fn note_listen(&mut self, timeout_secs: u32) {
        if !self.s.barge.timed {
            return;
        }
        let speak_ms = i64::try_from(words(&self.s.barge.spoken).len()).unwrap_or(0) * MS_PER_WORD;
        self.s.barge.listen_secs = timeout_secs;
        self.s.barge.listen_deadline = Some(
            self.s.now + Duration::milliseconds(speak_ms) + Duration::seconds(timeout_secs.into()),
        );
    }

    /// The end of the current listen, on a timed channel.
    pub(crate) fn listen_deadline(&self) -> Option<DateTime<Utc>> {
        self.s.barge.listen_deadline
    }

    /// A caller input arrived: the listen is over and a new reply starts. What was
    /// heard of the last reply is kept only for speech (read by `barge_in_turn`).
    pub(crate) fn on_caller_input(&mut self, speech: bool) {
        self.s.barge.listen_deadline = None;
        self.s.barge.spoken.clear();
        if !speech {
            self.s.barge.cut = None;
        }
    }

    /// A timer input: a listen past its end is a silence. Returns whether it was.
    pub(crate) fn silence_due(&mut self) -> bool {
        let due = self
            .s
            .barge
            .listen_deadline
            .is_some_and(|d| self.s.now >= d && self.s.pending.is_none());
        if due {
            self.s.barge.listen_deadline = None;
            self.s.barge.cut = None;
            self.s.barge.spoken.clear();
        }
        due
    }

    /// The caller talked over the last reply after hearing `heard` (or `heard_ms` of it).
    pub(crate) fn on_interrupted(&mut self, heard: &str, heard_ms: Option<u64>) {
        let spoken = words(&self.s.barge.spoken);
        if spoken.is_empty() {
            return;
        }
        let n = words_heard(&self.s.barge.spoken, heard, heard_ms);
        let question = words(last_sentence(&self.s.last_question));
        // The question is heard once its first two words are ("Shall I ...").
        let q_start = spoken.len().saturating_sub(question.len());
        let question_heard = question.is_empty() || n >= q_start + question.len().min(2);
        let offers_heard = offer_ends(&spoken, &self.s.offers, |t| self.speak_time(t))
            .iter()
            .take_while(|end| end.is_some_and(|e| e <= n))
            .count();
        self.s.barge.cut = Some(Cut {
            question_heard,
            offers_heard,
        });
        // The caller is talking: the silence clock starts again.
        if self.s.barge.timed {
            let secs = self.s.barge.listen_secs.max(1);
            self.s.barge.listen_deadline = Some(self.s.now + Duration::seconds(secs.into()));
        }
    }

    /// The line came back after a drop: sorry, and the current question again.
    pub(crate) fn on_resumed(&mut self) {
        if self.s.step == Step::Start || self.s.pending.is_some() {
            return;
        }
        self.say("Sorry about that, we got cut off.");
        self.reask();
    }

    /// Reads a caller turn against what was heard of the reply it cut off. Returns
    /// `true` when the turn was fully handled here.
    pub(crate) fn barge_in_turn(&mut self, text: &str) -> bool {
        let Some(cut) = self.s.barge.cut.take() else {
            return false;
        };
        if self.s.pending.is_some() {
            return false;
        }
        let ws = intent::words(text);
        let yes = self.confirm(text).map(|m| m.value) == Some(Confirmation::Yes);
        if self.s.step.expect() == bella_core::Expect::Confirm && !cut.question_heard {
            // A yes to a question never heard is no answer. A no, a correction or
            // anything else is read as usual.
            let hedged = intent::hedges(&ws);
            if yes && !hedged && !self.turn_has_slots(text) {
                self.s.turn = self.s.turn.saturating_add(1);
                self.s.silences = 0;
                let q = self.short_question();
                self.set_question(&q);
                self.say(&q);
                self.listen();
                return true;
            }
            return false;
        }
        if self.s.step == Step::Time && !self.s.offers.is_empty() {
            let heard = cut.offers_heard.min(self.s.offers.len());
            // An ordinal counts against the whole list, so "the second one" after
            // hearing one time is a choice of a time not heard (not the first).
            let unheard_pick = match intent::offer_index(&ws, self.s.offers.len()) {
                Some(i) => i >= heard,
                None => yes && heard == 0,
            };
            if unheard_pick && self.turn_time(text).is_none() {
                self.s.turn = self.s.turn.saturating_add(1);
                self.s.silences = 0;
                let q = format!(
                    "Sorry, the times I have are {}. Which would you like?",
                    self.speak_offers(&self.s.offers)
                );
                self.set_question(&q);
                self.say(&q);
                self.listen();
                return true;
            }
            // Times not heard were never offered to this caller.
            self.s.offers.truncate(heard);
        }
        false
    }

    /// Whether a turn names a time, a number or a name (a correction, not a bare yes).
    fn turn_has_slots(&mut self, text: &str) -> bool {
        self.lang().phone(text, &self.config.region).is_some() || self.turn_time(text).is_some()
    }

    /// The question of the current yes/no step in one short sentence.
    fn short_question(&self) -> String {
        match (self.s.step, self.s.slot) {
            (Step::ConfirmBooking, Some(at)) => {
                format!(
                    "Just to check, shall I book it for {}?",
                    self.speak_when(at)
                )
            }
            (Step::ConfirmReschedule, Some(at)) => {
                format!(
                    "Just to check, shall I move it to {}?",
                    self.speak_when(at) + &self.move_person_phrase()
                )
            }
            _ => format!("Just to check: {}", last_sentence(&self.s.last_question)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heard_words_follow_the_prefix() {
        let spoken = "So that's Jo Roy, phone four oh three. Shall I book it?";
        assert_eq!(words_heard(spoken, "So that's Jo Roy, phone", None), 5);
        assert_eq!(words_heard(spoken, "So that's Jo Ro", None), 3);
        assert_eq!(words_heard(spoken, spoken, None), 12);
        assert_eq!(words_heard(spoken, "", Some(1_500)), 4);
        assert_eq!(words_heard(spoken, "", None), 0);
        assert_eq!(words_heard(spoken, "", Some(u64::MAX)), 12);
        assert_eq!(words_heard(spoken, "completely different words", None), 2);
    }

    #[test]
    fn last_sentence_skips_abbreviations() {
        assert_eq!(
            last_sentence("So that's Jo, on Thursday at 9:30 a.m. Shall I book it?"),
            "Shall I book it?"
        );
        assert_eq!(
            last_sentence("at 9 a.m. on Friday?"),
            "at 9 a.m. on Friday?"
        );
        assert_eq!(last_sentence(""), "");
        assert_eq!(last_sentence("Hi. É"), "Hi. É");
    }
}
