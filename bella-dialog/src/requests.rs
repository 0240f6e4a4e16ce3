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
//! - The call's outcome and appointment are those of the last change made, a booking
//!   included ([`Dialog::hang_up`]): the SPEC's output holds one appointment.
//! - A booking asked beside another ("two appointments, Thursday at 10 and Friday at
//!   2", "one for me and one for my son", [`Dialog::split_bookings`]) or said with the
//!   yes of a read-back ("yes, and can I book one for my wife too?",
//!   [`Dialog::queue_after_yes`]) is made after it ([`Dialog::booked_then_next`]): the
//!   caller's again keeps the name, someone else's asks theirs; both keep the number
//!   unless another is given. A booking with nothing more said still ends the call.
//! - A booking said first, then a change or a check of the caller's own appointment
//!   ("book me Friday at 3, and cancel the one I have on Monday"), is made first.
//! - "Cancel both" asks "anything else?" too.
//! - Of two bookings asked together, what the first leaves unsaid is the second's ("at
//!   3:30 and 4 on Friday", "this Friday and next Friday, both at 10"); someone else's
//!   added after the caller's ("..., and my husband needs one too, sometime that day")
//!   is queued, on the first's day when "that day" is said; "make that two
//!   appointments" at a read-back or in a time answer adds one, "just the one for me"
//!   drops the other person's ([`Dialog::queue_second_in_answer`]).

use crate::engine::Dialog;
use crate::intent::{self, Intent};
use crate::io::Outcome;
use crate::state::{State, Step};
use bella_core::{Appointment, PersonName};
use bella_extract::confirm::Confirmation;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

const ANYTHING_ELSE: &str = "Is there anything else I can help you with?";
/// Said before a booking that follows another one.
const NEXT_BOOKING: &str = "Now for the second appointment.";

/// A request said after the one being done, to be done after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "QueuedSaved")]
pub struct Queued {
    /// Its words, as said ("and move the Tuesday one to Wednesday", "friday at 2").
    pub text: String,
    /// A booking asked beside another booking (`None` for any other request, read from
    /// its words alone): for whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<Whose>,
    /// "Friday at 1 and 1:30": the day of the booking before, for a clock said alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
    /// "Back to back", "right after": the booking starts when the one before ends.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub follows: bool,
}

impl Queued {
    fn said(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            booking: None,
            day: None,
            follows: false,
        }
    }
}

/// Whose a booking asked beside another is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Whose {
    /// The caller's again: the name booked under is kept.
    Caller,
    /// Someone else's ("and one for my son"): their name is asked.
    Other,
}

/// A saved [`Queued`]: the words alone, as states saved before round 27 hold them, or
/// the whole.
#[derive(Deserialize)]
#[serde(untagged)]
enum QueuedSaved {
    Text(String),
    Full {
        text: String,
        #[serde(default)]
        booking: Option<Whose>,
        #[serde(default)]
        day: Option<NaiveDate>,
        #[serde(default)]
        follows: bool,
    },
}

impl From<QueuedSaved> for Queued {
    fn from(saved: QueuedSaved) -> Self {
        match saved {
            QueuedSaved::Text(text) => Self::said(&text),
            QueuedSaved::Full {
                text,
                booking,
                day,
                follows,
            } => Self {
                text,
                booking,
                day,
                follows,
            },
        }
    }
}

/// The most later requests one turn is cut into (a long run of "and ... and ..." is
/// not read as dozens of requests).
const MAX_SPLITS: usize = 4;

impl Dialog {
    /// Cuts a change turn (or a booking or a check said first) where a later request
    /// starts: the first request's words are returned (its intent set), the rest
    /// queued. The turn as it is when it holds one request.
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
        // "..., move my Wednesday one to Friday at 11, and tell me when the Thursday one
        // is?": a check at the end of a later part is cut from it too (in the order
        // said), so the change does not take the day it names. ("..., cancel my Friday
        // one, and book another one on Monday" stays whole: a cancel to rebook.)
        let mut later = Vec::new();
        for rest in rests.into_iter().rev() {
            let mut part = rest;
            let mut tail = Vec::new();
            while later.len() + tail.len() < MAX_SPLITS
                && let Some(cut) = self.later_request_at(part).filter(|&c| c > 0)
                && let (Some(h), Some(t)) = (part.get(..cut), part.get(cut..))
                && intent::detect(&intent::words(t)) == Some(Intent::Check)
            {
                tail.push(t);
                part = h;
            }
            later.push(part);
            later.extend(tail.into_iter().rev());
        }
        let Some(first) = intent::detect(&intent::words(head)).filter(|i| {
            matches!(
                i,
                Intent::Cancel | Intent::Reschedule | Intent::Book | Intent::Check
            )
        }) else {
            return text;
        };
        self.s.intent = Some(first);
        // Queued in the order said.
        self.s.queued.extend(later.iter().map(|r| Queued::said(r)));
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
            // "Cancel my Monday one, but can you book my mom in Tuesday at 10?", "...,
            // pis j'en voudrais un pour mon garçon mardi", "... tant qu'à y être, j'en
            // prendrais un autre mercredi": a change, then a booking asked in its own
            // words, another one or someone else's.
            if books_in_own_words(&ws)
                && (intent::any_phrase(&ws, ANOTHER_BOOKING) || self.lang().for_someone_else(rest))
                && head_changes(cut)
            {
                return Some(cut);
            }
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
            // "I'd like to book Friday at 3, and cancel the one I have on Monday": a
            // booking asked in its own words ("I've got two appointments, ..." tells of
            // the caller's own), then a change or a check of the caller's own.
            let head_books = || {
                text.get(..cut).is_some_and(|h| {
                    let hw = intent::words(h);
                    hw.iter().any(|w| BOOK_VERBS.contains(&w.as_str()))
                        && intent::detect(&hw) == Some(Intent::Book)
                })
            };
            // "What time is my Friday one, and can you cancel the one on Monday": a
            // check, then a change of another.
            let head_checks = || {
                text.get(..cut)
                    .is_some_and(|h| intent::detect(&intent::words(h)) == Some(Intent::Check))
            };
            if asks && own_verb && (head_books() || (says_a_change(&ws) && head_checks())) {
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
        // Every one of a cancel of several (which.rs), none after any other change.
        self.s.made_cancelled = std::mem::take(&mut self.s.cancelled);
        self.next_request();
        if self.take_queued(None, None, None) {
            return;
        }
        self.s.more_asked = true;
        self.ask(Step::Intent, ANYTHING_ELSE);
    }

    /// A booking was made (`said`: "You're booked in."): with another request of the
    /// call still to do, it is said with its day, kept as the call's outcome so far, and
    /// the next request taken (`true`). With none, `false`: the call ends on the
    /// booking as before (no "anything else?" unless the caller said more).
    pub(crate) fn booked_then_next(&mut self, appt: &Appointment, said: &str) -> bool {
        if self.s.queued.is_empty() || self.is_reminder() {
            return false;
        }
        let when = self.speak_when(appt.local_start());
        self.say(&format!("{said} We'll see you on {when}."));
        let booked_as = self.s.name.clone();
        let service = self.s.svc.service;
        let ends = appt.local_start() + chrono::Duration::minutes(i64::from(appt.minutes));
        self.s.appointment = Some(appt.clone());
        self.s.made = Some(Outcome::Booked);
        self.s.made_cancelled.clear();
        self.next_request();
        self.take_queued(booked_as, Some(ends), service)
    }

    /// The next request queued, if any, read as at the opening (`true`). A booking
    /// asked beside another keeps the name it was made under (`booked_as`) when it is
    /// the caller's again, or asks whose it is; its day carries to a clock said alone;
    /// "back to back" starts it when the booking before `ends`.
    fn take_queued(
        &mut self,
        booked_as: Option<PersonName>,
        ends: Option<NaiveDateTime>,
        service: Option<usize>,
    ) -> bool {
        let Some(next) = self.s.queued.pop_front() else {
            return false;
        };
        let ws = intent::words(&next.text);
        self.s.step = Step::Intent;
        // The time said is read from the request's own words.
        self.turn_time = None;
        if let Some(whose) = next.booking {
            self.say(NEXT_BOOKING);
            self.s.intent = Some(Intent::Book);
            match whose {
                Whose::Caller => self.s.name = booked_as,
                Whose::Other => self.s.svc.for_other = true,
            }
            // "My twins both need checkups, back to back": the service of the booking
            // before, unless its own words name another.
            self.s.svc.service = service;
        }
        if let Some(at) = ends.filter(|_| next.follows && next.booking.is_some()) {
            // "One for me and one for my daughter, back to back at 2": the second at
            // the end of the first.
            self.absorb_when(bella_extract::time::When {
                date: Some(at.date()),
                day_said: true,
                time: Some(at.time()),
                time_said: true,
                ..bella_extract::time::When::default()
            });
        }
        if let Some(day) = next.day.filter(|_| next.booking.is_some() && same_day(&ws)) {
            // "My husband needs one too, sometime that day": the first booking's day,
            // its free times offered.
            self.absorb_when(bella_extract::time::When {
                date: Some(day),
                day_said: true,
                ..bella_extract::time::When::default()
            });
        }
        self.carry_day = next.day;
        self.queued_booking = next.booking.is_some();
        self.on_intent_answer(&next.text, &ws);
        self.carry_day = None;
        self.queued_booking = false;
        true
    }

    /// A check was told: a request said after it in the same turn is taken next
    /// (`true`) instead of "anything else?".
    pub(crate) fn checked_then_next(&mut self) -> bool {
        if self.s.queued.is_empty() {
            return false;
        }
        self.next_request();
        self.take_queued(None, None, None)
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
        // The number of a booking made is the caller's for the next one, unless
        // another is given.
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
        s.made_cancelled = old.made_cancelled;
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

    /// "Two appointments, Thursday at 10 and Friday at 2", "one for me and one for my
    /// son", "me and my wife, Friday at 1 and 1:30": a booking turn that asks for two.
    /// The first booking's words are returned and the second's queued: cut where a
    /// second time starts (a clock alone there takes the first's day), else where the
    /// other person is named, else nothing of it said (its time is asked). The second
    /// is someone else's when the caller names themselves and another ("me and my
    /// son"); the first is then the caller's (`true`).
    pub(crate) fn split_bookings<'t>(&mut self, text: &'t str, ws: &[String]) -> (&'t str, bool) {
        // Not in a call that made something already, nor for a booking queued (each
        // holds one).
        if self.s.made.is_some() || !self.s.queued.is_empty() || self.is_reminder() {
            return (text, false);
        }
        // "Tuesday at 1, and the same time the week after": a second booking a week
        // after the first (read as a move, "the same time the week after", on its own).
        if let Some(cut) = self.week_after_at(text, ws)
            && let (Some(head), Some(rest)) = (text.get(..cut), text.get(cut..))
        {
            let other = self.lang().for_someone_else(rest);
            self.s.intent = Some(Intent::Book);
            self.s.queued.push_back(Queued {
                text: rest.to_owned(),
                booking: Some(if other { Whose::Other } else { Whose::Caller }),
                day: None,
                follows: false,
            });
            return (head, false);
        }
        if !matches!(self.s.intent, None | Some(Intent::Book)) {
            return (text, false);
        }
        let me_and = me_and_another(ws);
        let two = intent::any_phrase(ws, TWO_BOOKINGS);
        // "My twins both need checkups": two people, neither of them the caller.
        let pair = !me_and && intent::any_phrase(ws, TWO_OTHERS);
        let lang = self.lang();
        let r = self.reference();
        let cuts = join_points(text);
        if !me_and && !two && !pair {
            // "Thursday at 10, and my husband needs one too, sometime that day": the
            // caller's booking, then someone else's added.
            return match self.added_for_other_at(text, ws, &cuts) {
                Some(cut) => self.queue_added_for_other(text, cut),
                None => (text, false),
            };
        }
        let other = (me_and && lang.for_someone_else(text)) || pair;
        let booking = Some(if other { Whose::Other } else { Whose::Caller });
        let parts = |cut: usize| {
            Some((
                lang.time(text.get(..cut)?, &r)?.value,
                lang.time(text.get(cut..)?, &r)?.value,
            ))
        };
        // A second time after the first: "... Thursday at 10 and Friday at 2", "on
        // Monday, at 9 and 9:30" (a cut after a clock first); else "this Friday and
        // next Friday, both at 10", "Thursday and Friday at 9" (the first's day alone).
        let timed = cuts
            .iter()
            .find_map(|&cut| {
                parts(cut)
                    .filter(|(first, _)| first.time_said)
                    .map(|p| (cut, p))
            })
            .or_else(|| cuts.iter().find_map(|&cut| parts(cut).map(|p| (cut, p))))
            .map(|(cut, (first, second))| {
                let day = first
                    .date
                    .filter(|_| first.day_said && second.time_said && !second.day_said);
                // What the first leaves unsaid is the second's: "at 3:30 and 4 on
                // Friday" (its day), "Thursday and Friday at 9" (its clock).
                if first.time_said && !first.day_said && second.day_said {
                    self.carry_day = second.date;
                }
                if first.day_said && !first.time_said && first.window.is_none() && second.time_said
                {
                    self.carry_time = second.time;
                }
                (cut, day)
            });
        // "... one for me and one for my son": where the other person is named last.
        let named = || {
            cuts.iter().copied().rev().find(|&cut| {
                other
                    && text
                        .get(cut..)
                        .is_some_and(|rest| lang.for_someone_else(rest))
            })
        };
        // "... back to back on Friday at 2": the time is the first's, the second
        // starts when it ends.
        let follows = timed.is_none() && back_to_back(ws);
        let (cut, day) = match timed {
            Some(found) => (Some(found.0), found.1),
            None if follows => (None, None),
            None => (named(), None),
        };
        let (head, rest) = match cut.and_then(|c| Some((text.get(..c)?, text.get(c..)?))) {
            Some(parts) => parts,
            None => (text, ""),
        };
        self.s.intent = Some(Intent::Book);
        self.s.queued.push_back(Queued {
            text: rest.to_owned(),
            booking,
            day,
            follows,
        });
        // The first is the caller's own only when they named themselves ("me and").
        (head, other && !pair)
    }

    /// Where "the same time the week after" ("... next week", "la même heure la
    /// semaine d'après") starts in a booking turn that names a time before it: a
    /// second booking. Not "or the same time ...", nor a turn about the caller's own
    /// appointment ("move my appointment to the same time next week").
    fn week_after_at(&self, text: &str, ws: &[String]) -> Option<usize> {
        if !intent::says_same_time(ws) || intent::speaks_of_own(ws) {
            return None;
        }
        let r = self.reference();
        let lang = self.lang();
        join_points(text).into_iter().find(|&cut| {
            let (Some(head), Some(rest)) = (text.get(..cut), text.get(cut..)) else {
                return false;
            };
            let rws = intent::words(rest);
            a_week_on(&rws)
                && !rws
                    .first()
                    .is_some_and(|w| matches!(w.as_str(), "or" | "ou" | "otherwise" | "sinon"))
                && matches!(
                    intent::detect(&intent::words(head)),
                    None | Some(Intent::Book)
                )
                && lang.time(head, &r).is_some_and(|m| m.value.time_said)
        })
    }

    /// Where someone else's booking is added after the caller's in a booking turn:
    /// after a join, a clause that names another person and says "too" ("and my wife
    /// too, whenever", "pis ma femme aussi"), the clause before it holding a time and
    /// no one else.
    fn added_for_other_at(&self, text: &str, ws: &[String], cuts: &[usize]) -> Option<usize> {
        // Cheap prefilter: most booking turns say no "too" at all.
        if !intent::any_phrase(ws, ADDED) {
            return None;
        }
        let lang = self.lang();
        let r = self.reference();
        cuts.iter().copied().find(|&cut| {
            let (Some(head), Some(rest)) = (text.get(..cut), text.get(cut..)) else {
                return false;
            };
            let rws = intent::words(rest);
            intent::any_phrase(&rws, ADDED)
                && !intent::hedges(&rws)
                && lang.for_someone_else(rest)
                && !lang.for_someone_else(head)
                && lang.time(head, &r).is_some()
        })
    }

    /// Someone else's booking added at `cut` is queued after the caller's: "that day",
    /// "the same day" (or a clock alone) there is the caller's day.
    fn queue_added_for_other<'t>(&mut self, text: &'t str, cut: usize) -> (&'t str, bool) {
        let (Some(head), Some(rest)) = (text.get(..cut), text.get(cut..)) else {
            return (text, false);
        };
        let r = self.reference();
        let day = self
            .lang()
            .time(head, &r)
            .map(|m| m.value)
            .filter(|w| w.day_said)
            .and_then(|w| w.date);
        let rws = intent::words(rest);
        self.s.intent = Some(Intent::Book);
        self.s.queued.push_back(Queued {
            text: rest.to_owned(),
            booking: Some(Whose::Other),
            day,
            follows: back_to_back(&rws),
        });
        (head, true)
    }

    /// "Thursday at 3. Actually make that two appointments back to back, one's for my
    /// son" while a booking's name, number or time is asked: the answer before it is
    /// taken, the second booking queued after this one (its words read when it comes).
    pub(crate) fn queue_second_in_answer<'t>(&mut self, text: &'t str) -> Option<&'t str> {
        if self.is_reminder()
            || self.s.made.is_some()
            || !self.s.queued.is_empty()
            || self.s.intent != Some(Intent::Book)
            || !matches!(self.s.step, Step::Name | Step::Phone | Step::Time)
            // Cheap prefilter: every phrase of `makes_it_two` has "two", "deux" or "2 ".
            || !says_two(text)
        {
            return None;
        }
        let lang = self.lang();
        join_points(text).into_iter().find_map(|cut| {
            let (head, rest) = (text.get(..cut)?, text.get(cut..)?);
            let rws = intent::words(rest);
            if intent::words(head).is_empty() || !makes_it_two(&rws, || lang.for_someone_else(rest))
            {
                return None;
            }
            let other = lang.for_someone_else(rest);
            self.s.queued.push_back(Queued {
                text: rest.to_owned(),
                booking: Some(if other { Whose::Other } else { Whose::Caller }),
                day: None,
                follows: back_to_back(&rws),
            });
            Some(head)
        })
    }

    /// "Yes, and can I book one for my wife too?", "yes. And while I have you, can you
    /// cancel my appointment on the 21st?" at a read-back (or at "Is this for you?"):
    /// the request after the yes is queued, done once this change is made, and the yes
    /// returned to be taken.
    pub(crate) fn queue_after_yes<'t>(&mut self, text: &'t str, ws: &[String]) -> Option<&'t str> {
        if ws.len() < 4
            || self.is_reminder()
            || self.s.svc.first.is_some()
            || !matches!(
                self.s.step,
                Step::ConfirmBooking
                    | Step::ConfirmCancel
                    | Step::ConfirmReschedule
                    | Step::ConfirmKnownName
            )
        {
            return None;
        }
        if self.s.step == Step::ConfirmBooking
            && self
                .s
                .queued
                .iter()
                .any(|q| q.booking == Some(Whose::Other))
            && intent::any_phrase(ws, JUST_MINE)
            && !intent::refuses(ws)
        {
            // "Actually, just the one for me, she can't make it": the one read back
            // (the caller's) is made, the other person's dropped.
            self.s.queued.retain(|q| q.booking != Some(Whose::Other));
            return Some(if self.s.lang == bella_extract::Lang::Fr {
                "oui"
            } else {
                "yes"
            });
        }
        if self.s.step == Step::ConfirmBooking
            && makes_it_two(ws, || self.lang().for_someone_else(text))
        {
            // "Actually, make that two appointments, one for my wife right after mine":
            // the booking read back is made, and another after it.
            let other = self.lang().for_someone_else(text);
            self.s.queued.push_back(Queued {
                text: text.to_owned(),
                booking: Some(if other { Whose::Other } else { Whose::Caller }),
                day: None,
                follows: back_to_back(ws),
            });
            return Some(if self.s.lang == bella_extract::Lang::Fr {
                "oui"
            } else {
                "yes"
            });
        }
        for cut in join_points(text) {
            let (Some(head), Some(rest)) = (text.get(..cut), text.get(cut..)) else {
                continue;
            };
            if intent::words(head).len() > 4
                || self.reply(head).answer.map(|m| m.value) != Some(Confirmation::Yes)
            {
                continue;
            }
            let Some(booking) = self.later_request(rest) else {
                continue;
            };
            // "Yes, and one more for my husband right after".
            let follows = booking.is_some() && back_to_back(&intent::words(rest));
            self.s.queued.push_back(Queued {
                text: rest.to_owned(),
                booking,
                day: None,
                follows,
            });
            return Some(head);
        }
        None
    }

    /// Whether the words after a yes ask something of their own: `Some(None)` for a
    /// change or a check of an appointment named ("can you cancel my appointment on
    /// the 21st?"), `Some(Some(whose))` for another booking ("can I book one for my
    /// wife too?", "a second one on Tuesday"); `None` for anything else ("book it",
    /// "that's all", "but at 3").
    fn later_request(&self, rest: &str) -> Option<Option<Whose>> {
        let ws = intent::words(rest);
        if intent::hedges(&ws) {
            return None;
        }
        let asked = intent::detect(&ws);
        let names = names_an_appointment(&ws);
        match asked {
            Some(Intent::Cancel | Intent::Reschedule) if says_a_change(&ws) && names => {
                return Some(None);
            }
            Some(Intent::Check) if names => return Some(None),
            _ => {}
        }
        let for_other = self.lang().for_someone_else(rest);
        let one = ws
            .iter()
            .any(|w| matches!(w.as_str(), "one" | "un" | "une"));
        // "Yes, and can I get the same time the week after too?": a second booking,
        // not the one read back moved.
        let again = a_week_on(&ws) && intent::any_phrase(&ws, ADDED);
        let another = intent::any_phrase(&ws, ANOTHER_BOOKING)
            || again
            || (for_other && (asked == Some(Intent::Book) || one || names));
        another.then_some(Some(if for_other {
            Whose::Other
        } else {
            Whose::Caller
        }))
    }

    /// "That's already done": the last change made is said again (every one of a
    /// cancel of several), and the call ends.
    fn already_done(&mut self, made: Outcome) {
        if made == Outcome::Cancelled && self.s.made_cancelled.len() > 1 {
            let list = self.speak_whens(&self.s.made_cancelled);
            self.say(&format!(
                "That's already done: your appointments on {list} are cancelled."
            ));
            return self.thanks_goodbye();
        }
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
                Outcome::Booked => format!("That's already done: you're booked on {when}."),
                _ => format!("That's already done: your appointment on {when} is cancelled."),
            });
        }
        self.thanks_goodbye();
    }
}

/// "Two appointments", "deux rendez-vous": a booking turn that asks for two.
const TWO_BOOKINGS: &[&str] = &[
    "two appointments",
    "2 appointments",
    "two bookings",
    "2 bookings",
    "two spots",
    "two slots",
    "couple of appointments",
    "two separate appointments",
    "deux rendez vous",
    "2 rendez vous",
];

/// "Make that two appointments", "make it two, one for my wife", "actually two
/// appointments" at a booking's read-back: another booking besides the one read back.
/// "Make it two" alone may be a clock ("make it 2:30", "make it two o'clock"): it
/// counts only with someone else named (`for_other`).
fn makes_it_two(ws: &[String], for_other: impl FnOnce() -> bool) -> bool {
    // "p.m." is split at its periods: "p" stands for it ("a" would be "make it two, a
    // follow-up for ...").
    const CLOCK: &[&str] = &["o'clock", "thirty", "fifteen", "forty", "pm", "am", "p"];
    intent::any_phrase(ws, TWO_BOOKINGS)
        || (ws.windows(3).enumerate().any(|(i, w)| {
            matches!(
                (w[0].as_str(), w[1].as_str(), w[2].as_str()),
                ("make", "that" | "it", "two") | ("faites" | "mettez", "en", "deux")
            ) && ws.get(i + 3).is_none_or(|next| {
                !CLOCK.contains(&next.as_str()) && !next.starts_with(|c: char| c.is_ascii_digit())
            })
        }) && for_other())
}

/// Whether `text` holds "two", "deux" or "2 " in any case, without allocating.
fn says_two(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"two") || w.starts_with(b"2 "))
        || b.windows(4).any(|w| w.eq_ignore_ascii_case(b"deux"))
}

/// "Just the one for me", "only mine": of two bookings asked, the caller's alone.
const JUST_MINE: &[&str] = &[
    "just the one for me",
    "just one for me",
    "only the one for me",
    "only one for me",
    "just mine",
    "only mine",
    "just for me",
    "only for me",
    "juste le mien",
    "seulement le mien",
    "juste pour moi",
    "seulement pour moi",
    "juste un pour moi",
];

/// "That day", "the same day", "dans la journée": the day of the booking before (the
/// words of a move to the same day, [`crate::relative::names_that_day`]).
pub(crate) fn same_day(ws: &[String]) -> bool {
    crate::relative::names_that_day(ws)
}

/// "Both need", "both of them", "tous les deux": two people to book, each asked their
/// name.
const TWO_OTHERS: &[&str] = &[
    "both need",
    "both of them",
    "both kids",
    "both boys",
    "both girls",
    "both my kids",
    "both my sons",
    "both my daughters",
    "les deux ont besoin",
    "mes deux enfants",
    "mes deux gars",
    "mes deux filles",
];

/// The verbs of a booking asked in its own words.
const BOOK_VERBS: &[&str] = &["book", "schedule", "prendre", "réserver", "reserve"];

/// "Another one", "a second one", "book one for ...": a booking after another.
const ANOTHER_BOOKING: &[&str] = &[
    "another one",
    "another appointment",
    "a second",
    "second one",
    "one more",
    "also book",
    "book one",
    "make one",
    "un autre",
    "une autre",
    "un deuxième",
];

/// A booking asked in its own words: "book", "schedule", "j'en voudrais un", "j'en
/// prendrais un autre".
fn books_in_own_words(ws: &[String]) -> bool {
    ws.iter().any(|w| BOOK_VERBS.contains(&w.as_str()))
        || intent::any_phrase(
            ws,
            &[
                "j'en voudrais",
                "j'en prendrais",
                "j'en veux",
                "j'en prends",
                "j'en aurais besoin",
                "voudrais un rendez",
                "prendrais un rendez",
            ],
        )
}

/// "Too", "as well", "aussi", "itou": something asked besides what was said.
const ADDED: &[&str] = &[
    "too",
    "as well",
    "also",
    "again",
    "aussi",
    "itou",
    "également",
    "de plus",
];

/// "The same time the week after", "same time next week", "la même heure la semaine
/// d'après": the start under discussion a week on.
fn a_week_on(ws: &[String]) -> bool {
    intent::says_same_time(ws)
        && (crate::relative::week_step(ws) == Some(7)
            || intent::any_phrase(ws, &["next week", "la semaine prochaine"]))
}

/// "Back to back", "one after the other", "right after (mine)", "l'un après l'autre":
/// a second booking that starts when the first ends. "Right after lunch" is a time.
fn back_to_back(ws: &[String]) -> bool {
    const AFTER_WHAT: &[&str] = &[
        "mine", "that", "it", "hers", "his", "her", "him", "me", "each", "the", "ours", "le", "la",
        "moi", "lui", "elle", "celui", "on",
    ];
    // "Deux rendez-vous de suite" (in a row), never "tout de suite" (right away).
    if intent::any_phrase(ws, &["de suite"]) && !intent::any_phrase(ws, &["tout de suite"]) {
        return true;
    }
    intent::any_phrase(
        ws,
        &[
            "back to back",
            "one after the other",
            "one after another",
            "consecutive",
            "l'un après l'autre",
            "l'une après l'autre",
            "un après l'autre",
            "une après l'autre",
            "un à la suite de l'autre",
            "à la suite",
        ],
    ) || ws.windows(2).enumerate().any(|(i, w)| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("right" | "juste", "after" | "après")
        ) && ws
            .get(i + 2)
            .is_none_or(|next| AFTER_WHAT.contains(&next.as_str()))
    })
}

/// The words that join two requests in one turn, besides punctuation.
const JOINS: &[&str] = &[" and ", " pis ", " puis ", " et "];

/// "Me and my son", "for myself and my wife", "moi pis mon fils": the caller and
/// another person named together.
fn me_and_another(ws: &[String]) -> bool {
    ws.windows(2).any(|w| {
        matches!(w[0].as_str(), "me" | "myself" | "moi")
            && matches!(w[1].as_str(), "and" | "et" | "pis")
    }) || me_then_another(ws)
}

/// "Book me for Monday at 11 and my husband for the same time on Tuesday": the caller
/// with their time, then "and my ..." (or "and for my ...") a few words on.
fn me_then_another(ws: &[String]) -> bool {
    const GAP: usize = 6;
    ws.iter().enumerate().any(|(i, w)| {
        matches!(w.as_str(), "me" | "myself" | "moi")
            && ws
                .iter()
                .skip(i + 2)
                .take(GAP)
                .zip(ws.iter().skip(i + 3))
                .any(|(and, next)| {
                    matches!(and.as_str(), "and" | "et" | "pis")
                        && matches!(
                            next.as_str(),
                            "my" | "for" | "mon" | "ma" | "pour" | "our" | "notre"
                        )
                })
    })
}

/// Byte positions where a clause may start a new request: after a comma, a question
/// mark, a full stop, a semicolon or " and " (" pis ", " puis ", " et "), each followed
/// by the rest of the turn.
fn join_points(text: &str) -> Vec<usize> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    let mut out: Vec<usize> = lower
        .match_indices([',', '?', '.', ';'])
        .map(|(i, p)| i + p.len())
        .chain(
            JOINS
                .iter()
                .flat_map(|j| lower.match_indices(j).map(|(i, p)| i + p.len())),
        )
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
    use super::{
        ADDED, Queued, TWO_BOOKINGS, Whose, a_week_on, back_to_back, books_in_own_words,
        join_points, makes_it_two, me_and_another, names_an_appointment, of_the_same, same_day,
    };
    use crate::intent::{any_phrase, words};

    /// The name and start booked last in a call of the default business on Tuesday
    /// 2027-11-16 at 09:40 (Halifax), the caller saying `intent`, then `names` and
    /// "yes" to every read-back and offer.
    fn last_booked(intent: &str, names: &[&str], confirm: &[&str]) -> Option<(String, String)> {
        let line = serde_json::json!({
            "id": "t", "now": "2027-11-16T09:40:00-04:00", "tz": "America/Halifax",
            "caller_id": "+17825550100", "existing": [],
            "persona": {"intent": [intent], "name": names, "phone": ["782 555 0100"],
                        "time": ["yes"], "confirm": confirm, "other": []}
        });
        let out = crate::sim::run_case(&crate::sim::parse_case(&line.to_string()).ok()?).ok()?;
        out.appointment.map(|a| (a.name, a.start))
    }

    fn booked(name: &str, start: &str) -> Option<(String, String)> {
        Some((name.to_owned(), start.to_owned()))
    }

    #[test]
    fn what_the_first_of_two_bookings_leaves_unsaid_is_the_seconds() {
        // The day said after both clocks is the first's too.
        assert_eq!(
            last_booked(
                "two appointments please, one for me and one for my daughter, at 3:30 and 4 on friday",
                &["Carla Boudreau", "Emma Boudreau"],
                &["yes"]
            ),
            booked("Emma Boudreau", "2027-11-19T16:00")
        );
        // The clock said once is both days'.
        assert_eq!(
            last_booked(
                "I need two appointments, one this friday and one next friday, both at 10",
                &["Lorne Hiebert"],
                &["yes"]
            ),
            booked("Lorne Hiebert", "2027-11-26T10:00")
        );
        // A cut after the first clock, not after the day.
        assert_eq!(
            last_booked(
                "I need two appointments on monday, at 9 and 9:30, for me and my daughter",
                &["Amy Ross", "Zoe Ross"],
                &["yes"]
            ),
            booked("Zoe Ross", "2027-11-22T09:30")
        );
    }

    #[test]
    fn two_others_each_asked_their_name() {
        let line = serde_json::json!({
            "id": "t", "now": "2027-11-16T09:40:00-06:00", "tz": "America/Winnipeg",
            "caller_id": "+12045552688", "existing": [],
            "persona": {"intent": ["my twins both need appointments, back to back, monday at 3"],
                        "name": ["Ella Moss", "Finn Moss"], "phone": ["204 555 2688"],
                        "time": [], "confirm": ["yes"], "other": []}
        });
        let out =
            crate::sim::run_case(&crate::sim::parse_case(&line.to_string()).unwrap()).unwrap();
        let got = out.appointment.map(|a| (a.name, a.start));
        assert_eq!(got, booked("Finn Moss", "2027-11-22T15:30"));
    }

    #[test]
    fn someone_else_added_after_the_callers_booking() {
        assert_eq!(
            last_booked(
                "can I get thursday at 10? and my husband needs one too, sometime that day",
                &["Rita Gomes", "Joao Gomes"],
                &["yes"]
            ),
            booked("Joao Gomes", "2027-11-18T09:00")
        );
        assert!(me_and_another(&words(
            "can I book me for monday at 11 and my husband for the same time on tuesday?"
        )));
        assert!(!me_and_another(&words(
            "can you call me back at 4 and book my son"
        )));
        assert!(same_day(&words("and my wife too, sometime that same day")));
        assert!(same_day(&words(
            "pis ma femme aussi, n'importe quand dans la journée"
        )));
        assert!(!same_day(&words("and my wife too, whenever")));
    }

    #[test]
    fn just_the_callers_of_two() {
        assert_eq!(
            last_booked(
                "I need two appointments on monday, at 9 and 9:30, for me and my daughter",
                &["Amy Ross", "Zoe Ross"],
                &["actually, just the one for me, she can't make it", "yes"]
            ),
            booked("Amy Ross", "2027-11-22T09:00")
        );
    }

    #[test]
    fn in_a_row_and_right_after_on_a_day() {
        assert!(back_to_back(&words(
            "je voudrais deux rendez-vous de suite, un pour moi pis un pour mon gars"
        )));
        assert!(!back_to_back(&words(
            "je voudrais un rendez-vous tout de suite"
        )));
        assert!(back_to_back(&words(
            "a follow-up for my husband right after, on tuesday at 1"
        )));
    }

    #[test]
    fn make_that_two_in_a_time_answer() {
        assert!(super::says_two("Actually, Two appointments"));
        assert!(super::says_two("DEUX rendez-vous"));
        assert!(!super::says_two("thursday at 3"));
        let line = serde_json::json!({
            "id": "t", "now": "2027-11-16T09:40:00-05:00", "tz": "America/Toronto",
            "caller_id": "+14165552632", "existing": [],
            "persona": {"intent": ["I need an appointment"],
                        "name": ["Tina Shaw", "his name is Josh Shaw"],
                        "phone": ["416 555 2632"],
                        "time": ["thursday at 3. actually make that two appointments back to back, one's for my son"],
                        "confirm": ["yes"], "other": []}
        });
        let out =
            crate::sim::run_case(&crate::sim::parse_case(&line.to_string()).unwrap()).unwrap();
        let got = out.appointment.map(|a| (a.name, a.start));
        assert_eq!(got, booked("Josh Shaw", "2027-11-18T15:30"));
    }

    #[test]
    fn make_that_two_at_the_read_back() {
        assert!(makes_it_two(
            &words("actually, make that two appointments, one for my wife right after mine"),
            || true
        ));
        assert!(makes_it_two(
            &words("make it two, one for my son too"),
            || true
        ));
        // A clock, not a second booking.
        assert!(!makes_it_two(
            &words("actually can you put it under my wife's name, Mary Pike, and make it 2:30"),
            || true
        ));
        assert!(!makes_it_two(&words("make it two o'clock"), || false));
        assert!(!makes_it_two(
            &words("make it two p.m., for my wife"),
            || true
        ));
        assert_eq!(
            last_booked(
                "I'd like to book an appointment for wednesday at 11",
                &["Paul Nolan", "Grace Nolan"],
                &[
                    "actually, make that two appointments, one for my wife right after mine",
                    "yes"
                ]
            ),
            booked("Grace Nolan", "2027-11-17T11:30")
        );
    }

    #[test]
    fn two_bookings_asked_in_one_turn() {
        assert!(me_and_another(&words("one for me and one for my son")));
        assert!(me_and_another(&words(
            "book me and my wife in, friday at 1"
        )));
        assert!(me_and_another(&words("un pour moi pis un pour mon fils")));
        assert!(!me_and_another(&words(
            "can you call me back and book my son"
        )));
        assert!(any_phrase(
            &words("I'd like to book two appointments, thursday at 10"),
            TWO_BOOKINGS
        ));
        assert!(any_phrase(
            &words("je voudrais deux rendez-vous, lundi à 9 h"),
            TWO_BOOKINGS
        ));
        assert!(!any_phrase(
            &words("I'd like to book an appointment"),
            TWO_BOOKINGS
        ));
    }

    #[test]
    fn french_joins_cut_too() {
        let t = "jeudi à 10 h pis vendredi à 14 h";
        assert!(join_points(t).contains(&18), "{:?}", join_points(t));
    }

    #[test]
    fn a_queued_request_saved_as_words_alone_still_loads() {
        let old: Queued = serde_json::from_str("\"and cancel the Friday one\"").unwrap();
        assert_eq!(old.text, "and cancel the Friday one");
        assert_eq!(old.booking, None);
        let new = Queued {
            text: "1:30".to_owned(),
            booking: Some(Whose::Other),
            day: chrono::NaiveDate::from_ymd_opt(2027, 9, 17),
            follows: true,
        };
        let json = serde_json::to_string(&new).unwrap();
        assert_eq!(serde_json::from_str::<Queued>(&json).unwrap(), new);
    }

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

    #[test]
    fn a_second_booking_that_starts_when_the_first_ends() {
        for t in [
            "one for me and one for my daughter, back to back on friday at 2",
            "two appointments back-to-back on monday starting at 10",
            "yes, and one more for my husband right after",
            "one right after mine for my son",
            "deux rendez-vous l'un après l'autre vendredi à 10 h",
        ] {
            assert!(back_to_back(&words(t)), "{t}");
        }
        for t in [
            "one for my husband right after lunch",
            "two appointments, thursday at 10 and friday at 2",
        ] {
            assert!(!back_to_back(&words(t)), "{t}");
        }
    }

    #[test]
    fn the_same_time_a_week_on() {
        for t in [
            "and the same time the week after as well please",
            "can I get the same time the week after too?",
            "same time next week too",
            "pis la même heure la semaine d'après itou",
        ] {
            assert!(a_week_on(&words(t)), "{t}");
        }
        assert!(!a_week_on(&words("the week after, in the morning")));
        assert!(any_phrase(
            &words("can I get the same time the week after too?"),
            ADDED
        ));
        assert!(!any_phrase(
            &words("yes, but the same time the week after"),
            ADDED
        ));
    }

    #[test]
    fn a_booking_asked_in_its_own_words() {
        for t in [
            "but can you book my mom in tuesday at 10 instead?",
            "pis j'en voudrais un pour mon garçon mardi à 9 h",
            "tant qu'à y être, j'en prendrais un autre mercredi à 14 h",
        ] {
            assert!(books_in_own_words(&words(t)), "{t}");
        }
        assert!(!books_in_own_words(&words(
            "and move the other booking to friday"
        )));
    }
}
