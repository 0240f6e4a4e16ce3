//! A phone number said in pieces over two or three turns ("four one six" ... "five five
//! five, oh one two three"; "area code 647" ... "then 555 0125"): the digits of an
//! unfinished number are kept and the rest asked for, instead of a failed answer or
//! the caller id offered over the caller's own number. Also "my number ends in 0105,
//! not 0150", "le numéro finit par 0192": new last four digits for the number heard.

use crate::engine::Dialog;
use bella_core::PhoneNumber;

/// What a turn at the number question did with a number in pieces.
pub(crate) enum Pieces {
    /// No piece of a number in the turn.
    None,
    /// The pieces so far make a whole number: its digits, to be read as an answer.
    Whole(String),
    /// A piece was kept and the rest asked for.
    Asked,
}

/// Digits of a whole number: pieces that reach it without making one are given up.
const WHOLE: usize = 10;

impl Dialog {
    /// Reads a turn without a whole number at the number question as a piece of one.
    pub(crate) fn phone_pieces(&mut self, text: &str) -> Pieces {
        if self.lang().phone(text, &self.config.region).is_some() {
            // A whole number in the call's language ("huit un neuf, 528-8536").
            self.s.phone_part = None;
            return Pieces::None;
        }
        let Some(piece) = self.lang().phone_partial(text) else {
            return Pieces::None;
        };
        let so_far = self.s.phone_part.take().unwrap_or_default();
        let joined = format!("{so_far}{piece}");
        if !so_far.is_empty() && self.lang().phone(&joined, &self.config.region).is_some() {
            return Pieces::Whole(joined);
        }
        if joined.len() >= WHOLE {
            // Ten digits or more that make no number: an answer like any other.
            return Pieces::None;
        }
        self.s.phone_part = Some(joined);
        let step = self.s.step;
        self.say("Got it.");
        self.ask(step, "And the rest of the number?");
        Pieces::Asked
    }

    /// "my number ends in 0105, not 0150", "the last four are 0105", "le numéro finit
    /// par 0192": the number heard with those four digits at its end.
    pub(crate) fn phone_with_ending(&self, text: &str) -> Option<PhoneNumber> {
        const CUES: &[&str] = &[
            "ends in",
            "ending in",
            "ends with",
            "last four are",
            "last four digits are",
            "finit par",
            "finit avec",
            "se termine par",
            "termine par",
            "quatre derniers chiffres sont",
            "quatre derniers chiffres c'est",
            "quatre derniers c'est",
        ];
        let lower = text.to_lowercase();
        let old = self.s.phone.as_ref()?.e164();
        let (at, cue) = CUES
            .iter()
            .filter_map(|c| lower.find(c).map(|i| (i, c.len())))
            .min()?;
        let rest = lower.get(at + cue..)?;
        let said = rest.split([',', ';']).next()?;
        let said = said.split(" not ").next()?.split(" pas ").next()?;
        let four = self.lang().phone_partial(said).filter(|d| d.len() == 4)?;
        let head = old.get(..old.len().checked_sub(4)?)?;
        PhoneNumber::from_e164(&format!("{head}{four}")).ok()
    }
}
