//! The no-progress guard: a call that goes round in circles ends with a person.
//!
//! Failed answers, stalls and silences each have their own count (SPEC §3), but a
//! caller can also keep the agent busy without any of them: saying again a name or
//! number it already has while another question stands, asking for the same change
//! over and over, or turning down page after page of offers. Each such turn gets a
//! sensible answer, so the call never ends, and on a real line it runs until
//! `max_call_secs`. Two rules end it with the transfer a person would give:
//!
//! - A caller turn read as an answer that leaves the call exactly where it was (the
//!   same step, slots, offers and counts; only the wording of the reply may differ)
//!   is stuck; the third stuck turn in a row transfers, as three failed answers do.
//!   Stalls, repeats, silences and answered questions ("is there parking?") are not
//!   judged here: they have their own counts or moved the call on.
//! - A call that reaches [`MAX_TURNS`] caller turns without ending transfers. Calls
//!   that get somewhere take far fewer (at most 15 agent turns over every call file
//!   in `testdata/`).

use crate::engine::{Dialog, MAX_FAILURES};
use crate::io::Output;
use serde::{Deserialize, Serialize};

/// Caller turns after which a call still going is put through to a person.
pub(crate) const MAX_TURNS: u32 = 25;

/// What the guard keeps between turns (saved with the call).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Progress {
    /// A caller turn is being handled: judge it once the engine is idle again.
    /// `Some(true)` when it was read as an answer (the stuck rule applies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<bool>,
    /// The call's position after the last judged turn ([`Dialog::position`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<u64>,
    /// Judged turns in a row that left the call where it was.
    #[serde(default, skip_serializing_if = "crate::state::is_zero")]
    pub stuck: u8,
}

/// Writes everything it is given into an FNV-1a hash.
struct Fnv(u64);

impl std::io::Write for Fnv {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Dialog {
    /// Marks the caller turn being handled; `answer`: it was read as an answer to the
    /// step (not a stall, a repeat or a question the agent answered).
    pub(crate) fn turn_begun(&mut self, answer: bool) {
        self.s.progress.pending = Some(answer);
    }

    /// Judges the caller turn once the engine is idle (no store request open) and the
    /// call goes on: a stuck turn is counted, and a call stuck three times in a row or
    /// at [`MAX_TURNS`] is put through to a person instead of asked again.
    pub(crate) fn judge_progress(&mut self) {
        if self.s.pending.is_some() || self.is_ended() {
            return;
        }
        let Some(answer) = self.s.progress.pending.take() else {
            return;
        };
        if answer {
            let position = self.position();
            if self.s.progress.position == Some(position) {
                self.s.progress.stuck = self.s.progress.stuck.saturating_add(1);
            } else {
                self.s.progress.stuck = 0;
            }
            self.s.progress.position = Some(position);
        }
        if self.s.progress.stuck >= MAX_FAILURES || self.s.turn >= MAX_TURNS {
            // The question this turn asked again is not said: the transfer answers it.
            while matches!(
                self.s.queue.back(),
                Some(Output::Say { .. } | Output::Listen { .. })
            ) {
                self.s.queue.pop_back();
            }
            self.say("I'm sorry, I'm having trouble understanding.");
            self.transfer();
        }
    }

    /// A hash of where the call stands: the whole state but for what changes on every
    /// turn whatever is said (the clock, turn and request numbers, the reply's words,
    /// stall and silence counts, timers, the outputs and the store's answers).
    fn position(&self) -> u64 {
        let mut s = self.s.clone();
        s.now = s.started;
        s.turn = 0;
        s.next_request = 0;
        s.silences = 0;
        s.holds = 0;
        s.reoffered = false;
        s.time_ask_fresh = false;
        s.last_question.clear();
        s.last_source.clear();
        s.fallback = None;
        s.availability = None;
        s.queue.clear();
        s.timeout_due = false;
        s.barge = crate::barge::Barge::default();
        s.progress = Progress::default();
        let mut hash = Fnv(0xcbf2_9ce4_8422_2325);
        // Serialising plain data into a hash cannot fail.
        let _ = serde_json::to_writer(&mut hash, &s);
        hash.0
    }
}
