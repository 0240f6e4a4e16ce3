//! More than one request in a call: a cancel or a move no longer ends the call.
//!
//! - A turn that holds a second request after a change ("cancel my Friday one and move
//!   the Tuesday one to Wednesday at 2", "... and when's my other one?", "... and also
//!   book another one on Friday") is cut where the second starts ([`Dialog::split_requests`]);
//!   the first is done, then each one queued, in the order said, without asking.
//! - With nothing queued, a change made asks "Is there anything else I can help you
//!   with?" ([`Dialog::change_made`]). "No", "that's all", a goodbye or silence ends the
//!   call; a new request (a check, a question, another change, a booking) is taken as
//!   at the opening ([`Dialog::after_change`]).
//! - The request just done said again (word for word, or the same kind with nothing
//!   new: no day, no "other one"), as a simulated caller whose intent lines are used up
//!   does (SPEC §3), is told it is already done, never looked up a second time.
//! - The call's outcome and appointment are those of the last change made, unless a
//!   booking follows it ([`Dialog::hang_up`]).

use crate::engine::Dialog;
use crate::intent::{self, Intent};
use crate::io::Outcome;
use crate::state::{State, Step};
use bella_core::Appointment;
use bella_extract::confirm::Confirmation;

const ANYTHING_ELSE: &str = "Is there anything else I can help you with?";

/// The most later requests one turn is cut into (a long run of "and ... and ..." is
/// not read as dozens of requests).
const MAX_SPLITS: usize = 4;

impl Dialog {
    /// Cuts a change turn where a later request starts: the first request's words are
    /// returned (its intent set), the rest queued. The turn as it is when it holds one
    /// request.
    pub(crate) fn split_requests<'t>(&mut self, text: &'t str) -> &'t str {
        // "Move my Wednesday one to Thursday at 2, cancel my Friday one, and book
        // another one on Monday at 11": the head is cut again until it holds one
        // request (each rest is a later part of the turn than the next one found).
        let mut head = text;
        let mut rests = Vec::new();
        while let Some(cut) = self.later_request_at(head) {
            let (Some(h), Some(rest)) = (head.get(..cut), head.get(cut..)) else {
                break;
            };
            if cut == 0 || rests.len() >= MAX_SPLITS {
                break;
            }
            rests.push(rest);
            head = h;
        }
        if rests.is_empty() {
            return text;
        }
        let Some(first) = intent::detect(&intent::words(head))
            .filter(|i| matches!(i, Intent::Cancel | Intent::Reschedule))
        else {
            return text;
        };
        self.s.intent = Some(first);
        // Queued in the order said.
        self.s
            .queued
            .extend(rests.iter().rev().map(|r| (*r).to_owned()));
        head
    }

    /// Where a second request starts in a turn whose first is a change: a cancel and a
    /// move ([`intent::second_change_at`]), a booking ([`intent::another_booking_at`]), or
    /// after a comma, "and" or a full stop a change or a check that names another
    /// appointment of its own ("... and push the Monday one to Tuesday at 3", "... and
    /// when's my other one?"). A second clause about the same one ("and move it to
    /// Friday") is no second request.
    fn later_request_at(&mut self, text: &str) -> Option<usize> {
        let head_changes = |cut: usize| {
            text.get(..cut).is_some_and(|h| {
                matches!(
                    intent::detect(&intent::words(h)),
                    Some(Intent::Cancel | Intent::Reschedule)
                )
            })
        };
        if let Some((cut, _)) = intent::second_change_at(text) {
            return head_changes(cut).then_some(cut);
        }
        if let Some(cut) = intent::another_booking_at(text) {
            return head_changes(cut).then_some(cut);
        }
        for cut in join_points(text) {
            let Some(rest) = text.get(cut..) else {
                continue;
            };
            let ws = intent::words(rest);
            // The cheap word checks first: this runs on every opening turn with a
            // comma or an "and" in it, and few clauses name an appointment.
            if of_the_same(&ws) {
                continue;
            }
            // "The Monday one", "my appointment on the 17th": an appointment of its
            // own, named ("can we move him to Monday" speaks of the first one).
            let names_another = intent::names_other(&ws)
                || intent::appointment_position(&ws).is_some()
                || (names_an_appointment(&ws)
                    // Not `turn_time`, which keeps the whole turn's time.
                    && self.lang().time(rest, &self.reference()).is_some());
            if !names_another {
                continue;
            }
            // The second clause says its own change ("move", "cancel") or asks a
            // check; the first names its appointment and is a change.
            let asked = intent::detect(&ws);
            let asks = matches!(
                asked,
                Some(Intent::Cancel | Intent::Reschedule | Intent::Check)
            );
            let own_verb = asked == Some(Intent::Check) || says_a_change(&ws);
            let head_names = || {
                text.get(..cut).is_some_and(|h| {
                    let hw = intent::words(h);
                    intent::names_other(&hw)
                        || intent::appointment_position(&hw).is_some()
                        || self.lang().time(h, &self.reference()).is_some()
                })
            };
            if asks && own_verb && head_names() && head_changes(cut) {
                return Some(cut);
            }
        }
        None
    }

    /// A cancel or a move was made (not on a reminder call, which ends as before):
    /// said, kept as the call's outcome so far, and the next request queued is taken,
    /// or "anything else?" asked.
    pub(crate) fn change_made(&mut self, appt: Appointment, outcome: Outcome, said: &str) {
        self.say(said);
        self.s.appointment = Some(appt);
        self.s.made = Some(outcome);
        self.next_request();
        if let Some(next) = self.s.queued.pop_front() {
            let ws = intent::words(&next);
            self.s.step = Step::Intent;
            // The time said is read from the request's own words.
            self.turn_time = None;
            self.on_intent_answer(&next, &ws);
            return;
        }
        self.s.more_asked = true;
        self.ask(Step::Intent, ANYTHING_ELSE);
    }

    /// Everything of the request just done is dropped, the call's own facts kept (who
    /// is calling, in which language, what was said and changed so far): the next
    /// request starts as at the opening.
    fn next_request(&mut self) {
        let fresh = State::new(self.s.call.clone(), self.s.started);
        let old = std::mem::replace(&mut self.s, fresh);
        let s = &mut self.s;
        s.now = old.now;
        s.turn = old.turn;
        s.next_request = old.next_request;
        s.step = old.step;
        s.last_question = old.last_question;
        s.last_source = old.last_source;
        s.phone = old.phone;
        s.queue = old.queue;
        s.lang = old.lang;
        s.barge = old.barge;
        s.progress = old.progress;
        s.reminder = old.reminder;
        s.opted_out = old.opted_out;
        // A known caller is still known ("Is this for you, Helen?" for a booking next).
        s.svc.known = old.svc.known;
        s.appointment = old.appointment;
        s.made = old.made;
        s.said = old.said;
        s.queued = old.queued;
    }

    /// The answer to "anything else?" after a change (or to the same question after a
    /// check that followed one). `true` when the turn was taken here: the request
    /// done said again, or nothing asked (a goodbye). A new request clears the one done
    /// and is read as at the opening (`false`).
    pub(crate) fn after_change(&mut self, text: &str, ws: &[String]) -> bool {
        let Some(made) = self.s.made else {
            return false;
        };
        let asked_more = std::mem::take(&mut self.s.more_asked);
        if !asked_more && !self.s.checked {
            return false;
        }
        let asked = intent::detect(ws);
        let change = matches!(asked, Some(Intent::Cancel | Intent::Reschedule));
        let repeated = self.s.said.iter().any(|s| s.as_slice() == ws);
        let said_time = self.turn_time(text);
        let time = said_time.is_some();
        // "Can I book Friday at 1?" when the move just made put the appointment there.
        let at_moved = made == Outcome::Rescheduled
            && said_time.is_some_and(|w| {
                self.s.appointment.as_ref().is_some_and(|a| {
                    let start = a.local_start();
                    w.date == Some(start.date()) && w.time == Some(start.time())
                })
            });
        let nothing_new = asked_more
            && !time
            && !intent::names_other(ws)
            && intent::appointment_position(ws).is_none()
            && !intent::means_all(ws);
        if repeated && asked == Some(Intent::Check) {
            // The check said again: it was told.
            self.s.checked = false;
            self.thanks_goodbye();
            return true;
        }
        if repeated || at_moved || (change && nothing_new) {
            // Any request of this call said again word for word (the change, the
            // booking it replaced, the new time it gave), or the change again with
            // nothing new in it.
            self.s.checked = false;
            self.already_done(made);
            return true;
        }
        if self.s.checked {
            // After a check: a change of the one told, the check again or a goodbye
            // (`after_check`).
            return false;
        }
        if asked.is_none() && !time {
            if self.reply(text).answer.map(|m| m.value) == Some(Confirmation::Yes) && ws.len() <= 2
            {
                // "Yes": what else is asked.
                self.s.more_asked = true;
                self.ask(Step::Intent, "Sure, what else can I help you with?");
            } else {
                self.thanks_goodbye();
            }
            return true;
        }
        self.next_request();
        false
    }

    /// "That's already done": the last change made is said again, and the call ends.
    fn already_done(&mut self, made: Outcome) {
        let when = self
            .s
            .appointment
            .as_ref()
            .map(|a| self.speak_when(a.local_start()));
        if let Some(when) = when {
            self.say(&match made {
                Outcome::Rescheduled => {
                    format!("That's already done: your appointment is now on {when}.")
                }
                _ => format!("That's already done: your appointment on {when} is cancelled."),
            });
        }
        self.thanks_goodbye();
    }
}

/// Byte positions where a clause may start a new request: after a comma, a question
/// mark, a full stop, a semicolon or " and " (each followed by the rest of the turn).
fn join_points(text: &str) -> Vec<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out: Vec<usize> = lower
        .match_indices([',', '?', '.', ';'])
        .map(|(i, p)| i + p.len())
        .chain(lower.match_indices(" and ").map(|(i, p)| i + p.len()))
        .filter(|&i| text.is_char_boundary(i) && i < text.len())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// "One", "appointment", "booking", "rendez-vous": a clause that speaks of an
/// appointment by a word for it.
fn names_an_appointment(ws: &[String]) -> bool {
    ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "one" | "appointment" | "booking" | "appt" | "rendez" | "rdv" | "celui"
        )
    })
}

/// A change said in its own words: "cancel", "move", "push", "reschedule" ...
fn says_a_change(ws: &[String]) -> bool {
    ws.iter().any(|w| {
        matches!(
            w.as_str(),
            "cancel"
                | "cancelling"
                | "canceling"
                | "move"
                | "reschedule"
                | "push"
                | "bump"
                | "shift"
                | "switch"
                | "change"
                | "annuler"
                | "annulez"
                | "déplacer"
                | "déplacez"
                | "changer"
                | "reporter"
        )
    })
}

/// "And move it to Friday", "cancel that too": a clause about the appointment the
/// first already names.
fn of_the_same(ws: &[String]) -> bool {
    ws.iter()
        .any(|w| matches!(w.as_str(), "it" | "that" | "this" | "them" | "le" | "la"))
        && !intent::names_other(ws)
}

#[cfg(test)]
mod tests {
    use super::{join_points, names_an_appointment, of_the_same};
    use crate::intent::words;

    #[test]
    fn joins_between_clauses() {
        let t = "cancel my friday one, and when's my other one?";
        let cuts = join_points(t);
        assert!(cuts.contains(&21), "{cuts:?}");
        assert!(cuts.contains(&26), "{cuts:?}");
        // Never at the end, always on a letter's boundary.
        let t = "annulez, é,";
        assert!(
            join_points(t)
                .iter()
                .all(|&i| i < t.len() && t.is_char_boundary(i))
        );
    }

    #[test]
    fn a_clause_that_names_its_own_appointment() {
        assert!(names_an_appointment(&words(
            "and push the monday one to tuesday at 3"
        )));
        assert!(!names_an_appointment(&words(
            "can we move him to monday morning?"
        )));
    }

    #[test]
    fn a_clause_about_the_same_appointment() {
        assert!(of_the_same(&words("and move it to friday")));
        assert!(!of_the_same(&words("and move the other one to friday")));
        assert!(!of_the_same(&words(
            "and push the monday one to tuesday at 3"
        )));
    }
}
