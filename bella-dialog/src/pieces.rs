//! A phone number said in pieces over two or three turns ("four one six" ... "five five
//! five, oh one two three"; "area code 647" ... "then 555 0125"): the digits of an
//! unfinished number are kept and the rest asked for, instead of a failed answer or
//! the caller id offered over the caller's own number.

use crate::engine::Dialog;

/// What a turn at the number question did with a number in pieces.
pub(crate) enum Pieces {
    /// No piece of a number in the turn.
    None,
    /// The pieces so far make a whole number: its digits, to be read as an answer.
    Whole(String),
    /// A piece was kept and the rest asked for.
    Asked,
}

/// Most digits a number in pieces may gather before the pieces are given up.
const MOST_DIGITS: usize = 11;

impl Dialog {
    /// Reads a turn without a whole number at the number question as a piece of one.
    pub(crate) fn phone_pieces(&mut self, text: &str) -> Pieces {
        let Some(piece) = bella_extract::phone::partial(text) else {
            return Pieces::None;
        };
        let so_far = self.s.phone_part.take().unwrap_or_default();
        let joined = format!("{so_far}{piece}");
        if !so_far.is_empty() && self.lang().phone(&joined, &self.config.region).is_some() {
            return Pieces::Whole(joined);
        }
        // Too many digits together: the earlier piece was not the start of this one.
        let kept = if joined.len() < MOST_DIGITS - 1 {
            joined
        } else {
            piece
        };
        self.s.phone_part = Some(kept);
        let step = self.s.step;
        self.say("Got it.");
        self.ask(step, "And the rest of the number?");
        Pieces::Asked
    }
}
