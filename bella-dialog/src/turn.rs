//! Reading one caller turn at the step the agent is at: the opening, a slot answer,
//! a yes/no (with corrections), keypad digits and silences.

use crate::booking::Paged;
use crate::engine::{Dialog, MAX_FAILURES, MAX_SILENCES};
use crate::intent::{self, Intent};
use crate::io::Outcome;
use crate::pieces::Pieces;
use crate::prompts::pick;
use crate::state::Step;
use bella_core::{Expect, PersonName};
use bella_extract::confirm::{Confirmation, Field};
use bella_extract::lang::Asked;

/// Repeat requests and stalls answered in a row before one counts as a failed answer.
pub(crate) const MAX_HOLDS: u8 = 3;

/// The question after an appointment found has passed: a new one offered.
pub(crate) const BOOK_NEW: &str = "Would you like to book a new appointment?";

/// Why the name is asked ("why do you need my name?").
const WHY_NAME: &str = "It's so we know whose appointment it is when you come in.";
/// Why the number is asked.
const WHY_PHONE: &str = "It's so we can reach you if anything changes with the appointment.";
/// The answer to a refused name ("I'd rather not say").
const NAME_NEEDED: &str =
    "I do need a name for the appointment, so we know whose it is. A first name is fine.";
/// The answer to a refused number.
const NUMBER_NEEDED: &str =
    "I do need a number for the appointment, in case anything changes with it.";

/// A turn that asks for a moment or for the last prompt again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Hold {
    /// "Sorry?", "can you repeat that".
    Repeat,
    /// "Hold on", "let me think", "hmm".
    Stall,
    /// "Is this a robot?", "who am I speaking with?".
    Who,
    /// "Why do you need my name?" at the name or number question.
    Why,
    /// "What's this about?", "what's it for?", "who's it with?" at a reminder: who is
    /// calling, what the appointment is for and with whom (when known), and the
    /// question again.
    About,
    /// "Hello? Can you hear me?": yes, and the question again.
    Line,
    /// "Good morning, how are you?": well, thanks, and the question again.
    HowAreYou,
    /// "Hello?", "yes, hi": hi, and the question again.
    Greet,
    /// "Do you speak French?", "parlez-vous anglais?", "in English please", "do you
    /// speak Punjabi?": yes (the call has switched to it) or only the business's
    /// languages, and the question again.
    Lang(bella_extract::lang::Asked),
}

impl Dialog {
    pub(crate) fn on_turn(&mut self, text: &str) {
        if self.s.pending.is_some() || self.s.step == Step::Start {
            return;
        }
        if self.look_up_same_person(text) || self.look_up_own(text) || self.record_opt_out(text) {
            return;
        }
        self.s.turn = self.s.turn.saturating_add(1);
        self.s.silences = 0;
        self.turn_begun(false);
        let ws = intent::words(text);
        if self.s.step == Step::ReminderConfirm {
            if crate::reminder::is_recording(&ws) {
                // A voicemail greeting the carrier took for a person: the message is
                // left there, as for a machine.
                self.leave_voicemail();
                return;
            }
            // "Sorry?" or "hold on" at "Can you still make it?" is no answer either
            // (SPEC §3 holds on every call, §3.2's too).
            // "Is there parking?" is answered first, and the question asked again
            // unless the turn answers it too ("is there parking? and yes, we'll be
            // there").
            if intent::wants_person(&ws)
                || (!self.held(text, &ws) && !self.answer_question(text, &ws))
            {
                // An answer: the same one over and over ends with a person.
                self.turn_begun(true);
                self.on_reminder_answer(text, &ws);
            }
            return;
        }
        // "Can I talk to someone?", or at the opening a matter only the team can act
        // on ("I'm running late", "you called me earlier"): put through at once. Not
        // one the business's own `[faq]` answers ("can I get a receipt?" beside a
        // `receipts` topic): that answer is given (the FAQ is read last, only for a
        // turn that is such a matter).
        let person = intent::wants_person(&ws);
        if person
            || (self.s.step == Step::Intent
                && self.s.intent.is_none()
                && intent::for_the_team(&ws)
                && self.topic_answers(&ws).is_empty())
        {
            if self.config.transfer_number.is_some() {
                self.say(if person { "Sure." } else { "Okay." });
            } else {
                self.say("I'm sorry.");
            }
            self.transfer();
            return;
        }
        if self.move_instead(text, &ws) || self.keep_instead(text, &ws) {
            return;
        }
        if intent::wants_to_quit(&ws) {
            // "Laissez faire, annulez-le juste" during a move: the cancel instead.
            if !(intent::quits_then_cancels(&ws) && self.cancel_instead(text, &ws)) {
                self.leave();
            }
            return;
        }
        if self.held(text, &ws) {
            return;
        }
        if intent::asks_who_answers(&ws) {
            // "Is this a machine? I need to book Tuesday at 2": the question is
            // answered, and the rest of the turn read as any other answer.
            self.say_who_answers();
        }
        if self.answer_question(text, &ws)
            || self.cancel_instead(text, &ws)
            || self.change_instead(text, &ws)
        {
            return;
        }
        if (self.s.step == Step::Intent || self.gives_up_lookup(&ws) || self.wants_no_service(&ws))
            && intent::signs_off(&ws)
        {
            // "OK thanks, bye" after an answer, "non, c'est tout, merci" when asked
            // for the number of an appointment not found: nothing left to do.
            self.goodbye();
            return;
        }
        if self.takes_leave(text, &ws) {
            self.leave();
            return;
        }
        self.turn_begun(true);
        // "Yes, and can I book one for my wife too?" at a read-back or at "Is this for
        // you?": the yes taken, the request after it queued (requests.rs).
        let (text, ws) = match self.queue_after_yes(text, &ws) {
            Some(yes) => (yes, intent::words(yes)),
            None => (text, ws),
        };
        // "Thursday at 3. Actually make that two appointments, one's for my son" while
        // a booking's details are asked: the second booking queued (requests.rs).
        let (text, ws) = match self.queue_second_in_answer(text) {
            Some(head) => (head, intent::words(head)),
            None => (text, ws),
        };
        match self.s.step {
            Step::Intent => self.on_intent_answer(text, &ws),
            Step::Name | Step::Phone | Step::Time | Step::LookupPhone => {
                self.on_slot_answer(text, &ws);
            }
            Step::Service => self.on_service_answer(text, &ws),
            Step::WhichAppointment => self.on_which_answer(text, &ws),
            Step::ConfirmKnownName => self.on_known_name_answer(text, &ws),
            Step::CallerIdOffer
            | Step::ConfirmName
            | Step::ConfirmBooking
            | Step::ConfirmCancel
            | Step::ConfirmReschedule
            | Step::BookAfterHours
            | Step::TransferOffer => self.on_confirm_answer(text, &ws),
            Step::ReminderConfirm | Step::Start | Step::Ended => {}
        }
    }

    /// Whether the agent has just read back a booking, a move or a cancel and asked
    /// whether to go ahead.
    fn at_readback(&self) -> bool {
        matches!(
            self.s.step,
            Step::ConfirmBooking | Step::ConfirmReschedule | Step::ConfirmCancel
        )
    }

    /// A turn that ends the call with a goodbye and gives nothing asked for: "okay bye"
    /// or "that's all, thanks, bye" at the name, number, time or service question (the
    /// caller ends the call, SPEC §3: no failed answer, so no transfer), and "bye",
    /// "thanks, bye" or "no, that's all, bye" at a read-back, where it is no yes (SPEC
    /// §3: "yes" books only what was read back; "ok, bye" is a yes and books).
    fn takes_leave(&mut self, text: &str, ws: &[String]) -> bool {
        let asking = matches!(
            self.s.step,
            Step::Name | Step::Phone | Step::Time | Step::Service
        );
        let yes_no =
            self.at_readback() || matches!(self.s.step, Step::CallerIdOffer | Step::ConfirmName);
        (asking || yes_no)
            && intent::ends_with_goodbye(ws)
            && (asking || self.reply(text).answer.map(|m| m.value) != Some(Confirmation::Yes))
            && self.turn_time(text).is_none()
            && self.lang().phone(text, &self.config.region).is_none()
    }

    /// The caller ends the call. At a read-back what was read back is left undone, and
    /// the goodbye says so.
    fn leave(&mut self) {
        let undone = match self.s.step {
            Step::ConfirmBooking => "Okay, nothing has been booked. Thanks for calling, goodbye!",
            Step::ConfirmReschedule | Step::ConfirmCancel => {
                "Okay, I'll leave your appointment as it is. Thanks for calling, goodbye!"
            }
            _ => return self.goodbye(),
        };
        self.say(undone);
        self.hang_up(Outcome::NoBooking);
    }

    /// At the question for the number an appointment was booked under, a turn with no
    /// number in it and no word of one ("c'est tout, merci", not "wrong number, it's
    /// ..."): a sign-off there ends the call.
    /// "Non merci, c'est tout" when asked which service to book, none chosen yet and
    /// none named: the caller wants none (after an answer to a question, "can I get
    /// a receipt?", the booking offered was not what they called for).
    fn wants_no_service(&self, ws: &[String]) -> bool {
        self.s.step == Step::Service
            && self.s.svc.service.is_none()
            && crate::services::find_service(&self.config, ws).is_none()
    }

    fn gives_up_lookup(&self, ws: &[String]) -> bool {
        self.s.step == Step::LookupPhone
            && !ws.iter().any(|w| {
                matches!(w.as_str(), "number" | "numéro" | "numero")
                    || w.chars().any(|c| c.is_ascii_digit())
            })
    }

    /// Answers a repeat request or a stall, up to three in a row (`true`: done with the
    /// turn); a fourth is read as an answer, and so counts as a failed one.
    fn held(&mut self, text: &str, ws: &[String]) -> bool {
        let Some(hold) = self.hold_kind(text, ws) else {
            self.s.holds = 0;
            return false;
        };
        self.s.holds = self.s.holds.saturating_add(1);
        if self.s.holds > MAX_HOLDS {
            return false;
        }
        self.on_hold(hold);
        true
    }

    /// Whether the turn is only a request to repeat, a question about who answers, or
    /// a stall: it carries no answer to anything (no number, time, cued name, yes/no,
    /// offer pick or intent).
    fn hold_kind(&mut self, text: &str, ws: &[String]) -> Option<Hold> {
        // "What's this about?", "who's it with?" at a reminder: who is calling and why,
        // again (before a question about the read-back: "is that with the tech?").
        let about = self.s.step == Step::ReminderConfirm
            && (crate::reminder::asks_about(ws) || self.asks_which_service(ws));
        if (self.at_readback() || self.s.step == Step::ReminderConfirm)
            && !about
            && self.reply(text).answer.is_none()
        {
            if intent::asks_about_readback(ws) {
                // "Wait, is that the 19th?" at a read-back: the read-back again answers
                // it, a date or time in the question is no correction (SPEC §3: repeats).
                return Some(Hold::Repeat);
            }
            if let Some(answer) = self.readback_request(text, ws) {
                // "Can you spell that back?", "what was the number you have?", "can you
                // text me a confirmation?": answered, then the read-back again.
                self.say(&answer);
                return Some(Hold::Repeat);
            }
        }
        if matches!(self.s.step, Step::Phone | Step::LookupPhone)
            && intent::asks_about_area_code(text, ws)
        {
            // "Do you need the area code?": answered, then the number asked again.
            self.say("Yes, the full number with the area code, please.");
            return Some(Hold::Repeat);
        }
        // "What times do you have?" while times are offered: the offers again.
        let times_again =
            self.s.step == Step::Time && !self.s.offers.is_empty() && intent::asks_for_times(ws);
        // "Why do you need my number?": why it is asked, then the question again.
        let why = matches!(self.s.step, Step::Name | Step::Phone) && intent::asks_why_needed(ws);
        let kind = if about {
            Hold::About
        } else if intent::wants_repeat(ws) || times_again {
            Hold::Repeat
        } else if why {
            Hold::Why
        } else if let Some(asked) = bella_extract::lang::requested(text) {
            Hold::Lang(asked)
        } else if intent::asks_who_answers(ws) {
            Hold::Who
        } else if intent::checks_line(ws) {
            Hold::Line
        } else if intent::small_talk(ws) {
            Hold::HowAreYou
        } else if intent::only_greeting(ws) {
            Hold::Greet
        } else if intent::stalls(ws) {
            Hold::Stall
        } else {
            return None;
        };
        let expect = self.s.step.expect();
        let answers = match expect {
            Expect::Confirm if self.s.step == Step::ReminderConfirm => {
                self.answers_reminder(text, ws)
            }
            Expect::Confirm => self.reply(text).answer.is_some(),
            Expect::Intent => intent::detect(ws).is_some(),
            Expect::Time => intent::offer_index(ws, self.s.offers.len()).is_some(),
            _ => false,
        };
        let says_something = answers
            || self.lang().phone(text, &self.config.region).is_some()
            || self.turn_time(text).is_some()
            || intent::corrected_clock_in(text).is_some()
            || self.lang().name(text, None).is_some_and(|m| {
                // "Hein?", "Sorry?" in a French call, "Laissez-moi vérifier": read as a
                // bare name, the name is the request itself. So is "Do You Speak
                // French", the English words of a request for French read by the
                // French name rules.
                let own = intent::words(m.value.as_str());
                !(intent::wants_repeat(&own)
                    || intent::stalls(&own)
                    || matches!(kind, Hold::Lang(_))
                        && bella_extract::lang::requested(m.value.as_str()).is_some())
            });
        (!says_something).then_some(kind)
    }

    /// The answer to a request about what is read back, made at the read-back of a
    /// booking or a move: the name spelled ("can you spell that back?"), the number
    /// ("what was the number you have?", "can you read the number back?") or whether a
    /// text follows ("can you text me a confirmation?"). `None` for anything else, a
    /// turn that spells or gives a number itself included.
    fn readback_request(&self, text: &str, ws: &[String]) -> Option<String> {
        if !matches!(self.s.step, Step::ConfirmBooking | Step::ConfirmReschedule)
            || crate::spelling::read(text).is_some()
            || self.lang().phone(text, &self.config.region).is_some()
        {
            return None;
        }
        let asks = |phrases: &[&str]| intent::any_phrase(ws, phrases);
        if asks(&[
            "spell that",
            "spell it",
            "spell my",
            "spell the name",
            "spell out",
            "how did you spell",
            "how are you spelling",
            "how do you have it spelled",
            "how's that spelled",
            "how is that spelled",
            // "pouvez-vous épeler mon nom?", "comment vous l'avez écrit?"
            "épeler",
            "m'épeler",
            "l'épeler",
            "épelez",
            "épelé",
            "l'avez écrit",
            "avez vous écrit",
            "vous avez écrit",
            "ça s'écrit comment",
        ]) {
            // "Can you spell my last name back?": that part alone.
            let name = self.s.name.as_ref()?;
            let parts: Vec<&str> = name.as_str().split_whitespace().collect();
            let part = if asks(&["last name", "surname", "family name", "nom de famille"]) {
                parts.last().copied()
            } else if asks(&["first name", "prénom"]) {
                parts.first().copied()
            } else {
                None
            };
            let said = part
                .and_then(|p| PersonName::new(p).ok())
                .unwrap_or_else(|| name.clone());
            return Some(format!(
                "Sure, {}: {}.",
                said.as_str(),
                crate::spelling::spell_out(&said)
            ));
        }
        if asks(&[
            "what number",
            "which number",
            "what was the number",
            "what's the number",
            "what is the number",
            "the number you have",
            "the number you got",
            "read the number",
            "read back the number",
            "read me the number",
            "repeat the number",
            "number again",
            "number did you",
            // "quel numéro avez-vous noté?", "pouvez-vous me relire le numéro?"
            "quel numéro",
            "quel est le numéro",
            "c'est quoi le numéro",
            "le numéro que vous avez",
            "relire le numéro",
            "numéro avez vous",
            "numéro vous avez",
        ]) {
            let phone = self.s.phone.as_ref()?;
            return Some(format!(
                "I have your number as {}.",
                self.speak_phone(phone)
            ));
        }
        if asks(&[
            "text me",
            "send me a text",
            "send a text",
            "get a text",
            "a text confirmation",
            "confirmation text",
            "confirmation by text",
            "text message",
            "text with that",
            "text it to me",
            // "allez-vous m'envoyer un texto de confirmation?", "je vais recevoir un texto?"
            "texto",
            "textos",
            "un texte",
            "message texte",
            "un sms",
        ]) {
            return Some(if self.config.confirm_texts {
                "Yes, you'll get a text confirmation at that number once it's booked."
            } else {
                "I'm not able to send a text from here, so I'll read it once more for you to note down."
            }
            .to_owned());
        }
        None
    }

    /// Answers a repeat request with the last prompt, a stall with a short "take your
    /// time" and the same question, and "is this a robot?" with what the agent is and
    /// the same question. None is a failure nor a silence.
    fn on_hold(&mut self, hold: Hold) {
        if hold == Hold::Who {
            self.say_who_answers();
        }
        if hold == Hold::Why {
            self.say(if self.s.step == Step::Phone {
                WHY_PHONE
            } else {
                WHY_NAME
            });
        }
        if hold == Hold::Line {
            self.say("Yes, I can hear you.");
        }
        if hold == Hold::HowAreYou {
            self.say("I'm well, thanks for asking.");
        }
        if hold == Hold::Greet {
            self.say("Hi there!");
        }
        if let Hold::Lang(asked) = hold {
            // The call switched to it already when the business speaks it (`hear_lang`).
            self.say(if asked == Asked::Lang(self.lang()) {
                "Yes, of course."
            } else if self.config.languages.len() > 1 {
                "I'm sorry, I can only help in English or French here."
            } else {
                "I'm sorry, I can only help in English here."
            });
        }
        if hold == Hold::Stall {
            let ok = pick(
                &[
                    "Sure, take your time.".to_owned(),
                    "No problem, take your time.".to_owned(),
                ],
                self.seed(),
            )
            .to_owned();
            self.say(&ok);
        }
        if self.s.step == Step::Time && !self.s.offers.is_empty() {
            // The offers themselves, not just "Which would you like?".
            self.reask_time();
        } else if self.s.step == Step::ReminderConfirm {
            // Said again in the caller's language now, day and time included; "who is
            // this?", "sorry?" hear who is calling again too.
            if matches!(hold, Hold::Repeat | Hold::About) {
                let business = self.config.business_name.clone();
                self.say(&format!(
                    "This is {business} calling with a reminder about your appointment."
                ));
            }
            if hold == Hold::About
                && let Some(what) = self.reminded_what()
            {
                self.say(&what);
            }
            self.reask_reminder();
        } else {
            self.reask();
        }
    }

    /// What answers the phone: "You're speaking with the automated assistant for ...".
    fn say_who_answers(&mut self) {
        let business = self.config.business_name.clone();
        self.say(&format!(
            "You're speaking with the automated assistant for {business}."
        ));
    }

    pub(crate) fn on_digits(&mut self, digits: &str) {
        let clean: String = digits.chars().filter(char::is_ascii_digit).collect();
        let text = match (self.s.step.expect(), clean.as_str()) {
            (Expect::Confirm, "1") => "yes".to_owned(),
            (Expect::Confirm, "2") => "no".to_owned(),
            _ => clean,
        };
        self.on_turn(&text);
    }

    pub(crate) fn on_silence(&mut self) {
        if self.s.pending.is_some() || self.s.step == Step::Start {
            return;
        }
        self.s.silences = self.s.silences.saturating_add(1);
        if self.s.silences >= MAX_SILENCES
            || ((self.s.checked || self.s.more_asked) && self.s.step == Step::Intent)
        {
            self.say(
                "I haven't heard anything, so I'll let you go. Please call back any time. Goodbye!",
            );
            self.hang_up(Outcome::NoBooking);
            return;
        }
        self.say("Sorry, I didn't hear anything.");
        // No usable number in a silence either: the number the caller is calling from
        // is offered (SPEC §3), as after a turn without one. The silence is still a
        // silence, not a failed answer.
        if self.s.step == Step::Phone && self.offer_caller_id() {
            return;
        }
        self.reask();
    }

    pub(crate) fn on_intent_answer(&mut self, text: &str, ws: &[String]) {
        if self.after_change(text, ws) || self.after_check(text, ws) {
            return;
        }
        self.s.said.push(ws.to_vec());
        let mut detected = intent::detect(ws);
        // "Could we do Saturday morning instead?" as the request: in place of the
        // appointment the caller has ("guitar instead then, Tuesday at 4" after a
        // price asked picks a service to book).
        if self.s.intent.is_none()
            && matches!(detected, None | Some(Intent::Book))
            && intent::instead_of_own(ws)
            && self.turn_time(text).is_some()
            && (self.config.services.len() < 2
                || crate::services::find_service(&self.config, ws).is_none())
        {
            detected = Some(Intent::Reschedule);
        }
        // "Can I come in sooner for my filling?", "is my massage on Friday with Leah?":
        // the caller's own service is the appointment they have; not beside a word of
        // a new booking ("book my cleaning, anything earlier?").
        if self.s.intent.is_none()
            && matches!(detected, None | Some(Intent::Book))
            && !intent::any_phrase(ws, &["book", "booking", "new", "another"])
            && let Some(own) = crate::services::own_service_as_appointment(&self.config, ws)
            && let Some(i) = intent::detect(&own)
                .filter(|i| matches!(i, Intent::Cancel | Intent::Reschedule | Intent::Check))
        {
            detected = Some(i);
        }
        // A booking queued after another stays one ("and the same time the week
        // after" reads as a move on its own).
        if let Some(i) = detected.filter(|_| !self.queued_booking) {
            self.s.intent = Some(i);
        }
        // "Move my Tuesday one to Thursday at 10, and also book another one on Friday":
        // the move is read without the booking after it; "cancel my Tuesday one and
        // book a new one for Thursday at 2" is one move, to Thursday at 2.
        // Not when a move of another appointment comes first ("move my Wednesday one to
        // Thursday, cancel my Friday one and book another on Monday"): that is cut off
        // and the cancel-and-rebook read after it.
        let rebooks = detected == Some(Intent::Reschedule)
            && intent::any_phrase(ws, &["cancel"])
            && intent::cancels_to_rebook(ws)
            && intent::second_change_at(text).is_none_or(|(_, second)| second != Intent::Cancel)
            // "... and book a new one for my husband": his booking, no move of hers.
            && !self.lang().for_someone_else(text);
        // "Cancel my Friday one and move the Tuesday one to Wednesday", "... and when's
        // my other one?": the first request is read without the later ones' words,
        // which are queued and done after it (requests.rs).
        let text = if rebooks {
            text
        } else {
            self.split_requests(text)
        };
        // "Two appointments, Thursday at 10 and Friday at 2", "one for me and one for
        // my son": the first booking read alone, the second queued (requests.rs).
        let carried = (self.carry_day, self.carry_time);
        let (text, mine_first) = self.split_bookings(text, ws);
        let got = self.absorb(text, Expect::Intent);
        // A day or a clock the first booking takes from the second's words is for
        // its own words alone.
        (self.carry_day, self.carry_time) = carried;
        if mine_first {
            // "Me and my wife": the first booking is the caller's own.
            self.s.svc.for_other = false;
        }
        if self.s.intent.is_none() {
            // "6475554605" and nothing else: a number asks for nothing (it may be the
            // one a booking to change is under). It is kept, and the caller is asked
            // what they would like, as a failed answer (so no loop).
            let number_alone = got.phone && !got.name && !got.time && !got.service;
            // "My knee's been bad since I slipped on the ice": an ailment told asks
            // for an appointment (services.rs, `tells_an_ailment`).
            let ailment = crate::services::tells_an_ailment(ws);
            if (got.any() && !number_alone) || ailment {
                self.s.intent = Some(Intent::Book);
            } else {
                if self.fail("Sorry, I can help you book, change or cancel an appointment, or tell you our hours.") {
                    self.ask(Step::Intent, "What would you like to do?");
                }
                return;
            }
        }
        self.advance();
    }

    /// "Wait, keep it" at a cancel's read-back, "no, leave it where it is" at a move's,
    /// "never mind, I'll keep it as is" after a reminder's "can I move it?" (the turn
    /// naming no new time): nothing is changed. A reminded appointment kept after a
    /// move was asked is confirmed; otherwise the call ends. `true` when it did.
    fn keep_instead(&mut self, text: &str, ws: &[String]) -> bool {
        let changing = match self.s.step {
            Step::ConfirmCancel => true,
            Step::Time | Step::ConfirmReschedule => {
                self.s.intent == Some(Intent::Reschedule) && self.s.target.is_some()
            }
            _ => false,
        };
        if !changing || !intent::keeps_as_is(ws) || self.turn_time(text).is_some() {
            return false;
        }
        // "No wait, keep it, I'll come" at a reminder's cancel read-back: coming said
        // outright answers the reminder's question too, so it is confirmed.
        if self.s.reminder.is_some()
            && (self.s.step != Step::ConfirmCancel || crate::reminder::will_come(ws))
        {
            self.say("Okay, I'll leave it as it is.");
            self.confirm_reminded();
            return true;
        }
        self.say("Okay, I'll leave it as it is.");
        self.say("Have a good day, goodbye!");
        self.hang_up(Outcome::NoBooking);
        true
    }

    /// "You know what, I'd rather cancel the one I have on Tuesday", "can you just move
    /// my Wednesday one to Monday at 9" while a booking is taken (at the name, number
    /// or time question): the caller's own appointment is looked up as if asked at the
    /// opening, and nothing new is booked. `true` when it switched. "Can we move it to
    /// 3?" speaks of the time being booked, not of one the caller has.
    fn change_instead(&mut self, text: &str, ws: &[String]) -> bool {
        if self.s.intent != Some(Intent::Book)
            || !matches!(self.s.step, Step::Name | Step::Phone | Step::Time)
            || !intent::speaks_of_own(ws)
            || !matches!(
                intent::detect(ws),
                Some(Intent::Cancel | Intent::Reschedule)
            )
        {
            return false;
        }
        self.s.intent = None;
        self.s.time_ask = None;
        self.s.slot = None;
        self.s.offers.clear();
        self.on_intent_answer(text, ws);
        true
    }

    fn on_confirm_answer(&mut self, text: &str, ws: &[String]) {
        let reply = self.reply(text);
        let answer = reply.answer.map(|m| m.value);
        let yes = answer == Some(Confirmation::Yes);
        let no = answer == Some(Confirmation::No);
        match self.s.step {
            Step::CallerIdOffer => {
                let got = self.absorb(text, Expect::Phone);
                if got.phone {
                } else if (yes || intent::means_caller_id(ws)) && self.s.call.caller_id.is_some() {
                    self.s.phone = self.s.call.caller_id.clone();
                } else if no {
                    self.s.caller_id_declined = true;
                    self.say("Okay.");
                } else if !self.phone_missed(false) {
                    return;
                }
            }
            Step::ConfirmName => {
                let got = self.absorb(text, Expect::Name);
                if got.name {
                    // A new name or a spelled fix: taken as said.
                    self.s.name_unsure = false;
                } else if yes {
                } else if no {
                    self.s.name = None;
                    self.say("Sorry about that.");
                    self.ask(Step::Name, "Could you spell it for me?");
                    return;
                } else if got.any() {
                    // Another slot answered: the name stands, as it was not denied.
                } else if !self.fail_yes_no() {
                    return;
                } else {
                    self.s.name_unsure = true;
                }
            }
            Step::ConfirmBooking | Step::ConfirmReschedule => {
                if self.s.step == Step::ConfirmReschedule
                    && !yes
                    && (self.relook_under_number(text, ws) || self.retarget_move(text, ws))
                {
                    return;
                }
                let got = self.absorb(text, Expect::Confirm);
                // "yes, but ..." is not a yes: only what was read back gets booked.
                let hedged = intent::hedges(ws);
                if no && !hedged && self.declines_second(got) {
                    // "No thanks" to the second of two services: the first stands.
                    self.decline_second();
                    return;
                }
                if got.any() {
                    // A correction with the new value: read back again.
                    if (no || hedged) && !self.count_rejection() {
                        return;
                    }
                } else if yes && !hedged {
                    self.commit_change();
                    return;
                } else if self.page_from_readback(ws) {
                    // "Anything earlier that day?": the times before it offered.
                    self.advance();
                    return;
                } else if (no || hedged) && got.restated {
                    // "No, the number is 416 555 0451" after that very number: what
                    // was read back is what the caller says, so it is read back again
                    // (counted as a "no") rather than asked for from scratch.
                    if !self.count_rejection() {
                        return;
                    }
                } else if no || hedged {
                    self.correction(reply.field.map(|m| m.value));
                    return;
                } else if !self.fail_yes_no() {
                    return;
                }
            }
            Step::ConfirmCancel => {
                if !yes && self.relook_under_number(text, ws) {
                    // "No, not mine, it's under his number ...": that number looked up.
                    return;
                }
                if !yes && self.retarget(text, ws) {
                    // "No, the Thursday one": read that one back instead.
                } else if !yes
                    && intent::detect(ws) != Some(Intent::Cancel)
                    && crate::reminder::wants_move(ws)
                {
                    // "Actually, can I move it instead?": the move conversation for the
                    // same appointment.
                    self.move_target(text);
                    return;
                } else if yes {
                    self.commit_change();
                    return;
                } else if no {
                    // Not `goodbye()`: its "Okay, no problem" after this "Okay" was
                    // said twice.
                    self.say("Okay, I'll leave it as it is.");
                    self.say("Have a good day, goodbye!");
                    self.hang_up(Outcome::NoBooking);
                    return;
                } else if !self.fail_yes_no() {
                    return;
                }
            }
            Step::BookAfterHours => {
                // "No, try my husband's, 867 555 2435" when nothing was found under
                // the number said twice: that number is looked up for the change first
                // asked, as at the number question.
                if let Some(asked) = self.s.not_found.take()
                    && self
                        .lang()
                        .phone(text, &self.config.region)
                        .is_some_and(|m| !self.s.searched.contains(&m.value))
                {
                    self.s.intent = Some(asked);
                    self.s.step = Step::LookupPhone;
                    self.s.relooked = true;
                    self.on_slot_answer(text, ws);
                    return;
                }
                let detected = intent::detect(ws);
                let got = self.absorb(text, Expect::Confirm);
                if yes || got.any() || detected.is_some() {
                    // A yes to "would you like to book ...?" books, whatever else it
                    // says ("yes but a different day" after nothing was found under
                    // the number is no second lookup).
                    self.s.intent = Some(if yes {
                        Intent::Book
                    } else {
                        detected.unwrap_or(Intent::Book)
                    });
                    if self.s.intent == Some(Intent::Hours) {
                        self.s.intent = Some(Intent::Book);
                    }
                } else if no || intent::signs_off(ws) {
                    // "Merci, bonne journée", "no, that's all, bye": a no.
                    self.goodbye();
                    return;
                } else if !self.fail_yes_no() {
                    return;
                } else if self.s.intent.is_none() {
                    // Asked after an appointment that has passed (`lookup.rs`): the
                    // same question again, not the greeting.
                    self.ask(Step::BookAfterHours, BOOK_NEW);
                    return;
                }
            }
            Step::TransferOffer => {
                if yes {
                    self.transfer();
                } else {
                    self.goodbye();
                }
                return;
            }
            _ => {}
        }
        // Read back again after a correction or an unclear answer, or move on.
        self.advance();
    }

    /// "No" at a read-back: go back to the slot the caller names (the time if none).
    /// Counts a "no" to a read-back; the third transfers. `true`: go on.
    fn count_rejection(&mut self) -> bool {
        self.s.rejections = self.s.rejections.saturating_add(1);
        if self.s.rejections >= MAX_FAILURES {
            self.say("I'm sorry we couldn't get that right.");
            self.transfer();
            return false;
        }
        true
    }

    fn correction(&mut self, field: Option<Field>) {
        if !self.count_rejection() {
            return;
        }
        match field {
            Some(Field::Name) if self.s.intent == Some(Intent::Book) => {
                self.s.name = None;
                self.say("Sorry about that.");
            }
            Some(Field::Phone) if self.s.intent == Some(Intent::Book) => {
                self.s.phone = None;
                self.s.phone_misses = 0;
                self.say("Sorry about that.");
            }
            _ => {
                self.s.denied_slot = self.s.slot.take().filter(|_| field.is_none());
                self.s.time_ask = None;
                self.s.offers.clear();
                self.say("Okay, let's fix that.");
                self.ask(Step::Time, "What day and time would you like instead?");
                return;
            }
        }
        self.advance();
    }

    pub(crate) fn on_slot_answer(&mut self, text: &str, ws: &[String]) {
        let step = self.s.step;
        let expect = step.expect();
        if self.picks_other_target(text, ws) {
            return;
        }
        if step == Step::Time && !self.shifts_start(ws) {
            match self.page_offers(text, ws) {
                Paged::AskedOwn => return,
                Paged::Offers => {
                    self.advance();
                    return;
                }
                Paged::No if self.pick_offer(text, ws) => {
                    self.advance();
                    return;
                }
                Paged::No => {}
            }
        }
        if step == Step::Time && self.declines_offers(text) {
            // "No" to "Would that work?" or "Would one of those work?": no failed
            // answer, but another day or time asked for.
            self.s.offers.clear();
            self.say("Okay.");
            self.ask(Step::Time, "What other day or time would suit you?");
            return;
        }
        // "the Thursday one, to Friday at 10": another of the caller's appointments is
        // the one to move, and only the words after it say the new time.
        let text = match (step == Step::Time)
            .then(|| self.move_other(text))
            .flatten()
        {
            Some(cut) => text.get(cut..).unwrap_or(text),
            None => text,
        };
        // A piece of a number at the number question is read as one before any
        // other slot ("416" is no 4:16, "0124" after "416 555..." no 1:24).
        let at_phone = matches!(step, Step::Phone | Step::LookupPhone);
        let pieces = if at_phone {
            self.phone_pieces(text)
        } else {
            Pieces::None
        };
        let was_for_other = self.s.svc.for_other;
        let got = match &pieces {
            Pieces::Asked => return,
            Pieces::Whole(digits) => self.absorb(digits, expect),
            Pieces::None => self.absorb(text, expect),
        };
        if step == Step::Name && !got.any() && !was_for_other && self.s.svc.for_other {
            // "It's for my daughter" at the name question: no failed answer, but the
            // name of the person it is for asked.
            self.advance();
            return;
        }
        let answered = match step {
            Step::Name => got.name,
            Step::Phone | Step::LookupPhone => got.phone,
            Step::Time => got.time,
            _ => got.any(),
        };
        if step == Step::Time && got.time {
            self.s.reoffered = false;
        }
        let denied = self.s.denied_slot.take();
        if step == Step::Time
            && !got.time
            && (got.name || got.phone)
            && let Some(at) = denied
        {
            // "No, that's not right", then "my name is Li Chen" when the time is
            // asked: the name was what was wrong, so the start read back stands.
            self.s.slot = Some(at);
            self.say("Thanks.");
            self.advance();
            return;
        }
        if step == Step::Time && got.service && !got.time && !self.s.offers.is_empty() {
            // Another service or person while times are offered ("can I get Jen?"):
            // those times were for the old one, so look again on the day under
            // discussion (or from the earliest) for the new one.
            self.look_again();
            self.advance();
            return;
        }
        if step == Step::Time
            && !got.time
            && got.any()
            && !self.s.offers.is_empty()
            && !std::mem::replace(&mut self.s.reoffered, true)
        {
            // A name or number given while times are offered: keep it and ask for the
            // time again, once, without counting a failure.
            self.say("Thanks.");
            self.reask_time();
            return;
        }
        if answered || (got.any() && step != Step::LookupPhone) {
            if !answered && (got.name || got.phone) {
                // A name or number given at another question ("oh, and my number is
                // actually ..." while the name is asked) is acknowledged, as while
                // times are offered, before the question comes again.
                self.say("Thanks.");
            } else if !answered && got.time {
                // So is a time ("no wait, make it 4" while the name is asked): the
                // question that comes next is then no non sequitur. The time itself
                // is read back, or refused with its reason, further on.
                self.say("Sure.");
            }
            self.advance();
            return;
        }
        if step == Step::LookupPhone
            && got.restated
            && !std::mem::replace(&mut self.s.not_found_offered, true)
        {
            // The number already looked up, said again: nothing is on file under it.
            // Once a call: a caller back at the same number after the new booking was
            // offered counts failed answers, so that a loop ends with a person.
            self.still_not_found();
            return;
        }
        let refused = intent::refuses(ws);
        if self.config.llm_fallback && !text.trim().is_empty() && !refused {
            self.ask_llm(expect, text);
            return;
        }
        if refused && matches!(step, Step::Name | Step::Phone) {
            self.slot_refused(step);
            return;
        }
        self.slot_failed(step);
    }

    /// "I'd rather not say" at the name or number question: nothing was misheard, so
    /// the caller hears why it is needed, not "didn't catch", and the question again
    /// (the number question offers the caller id when there is one). It still counts
    /// as a failed answer, so a caller who keeps refusing is put through to a person.
    fn slot_refused(&mut self, step: Step) {
        if step == Step::Phone {
            if !self.phone_missed(true) {
                return;
            }
        } else if !self.fail_with(
            NAME_NEEDED,
            "I'm sorry, I can't book an appointment without a name.",
        ) {
            return;
        }
        let f = self.s.failures;
        self.advance();
        self.s.failures = self.s.failures.max(f);
    }

    /// A plain "no" while times are offered: no time, day or number in it, and
    /// nothing ruled out ("not 9 though" leaves the other offers standing).
    fn declines_offers(&mut self, text: &str) -> bool {
        !self.s.offers.is_empty()
            && self.reply(text).answer.map(|m| m.value) == Some(Confirmation::No)
            && !crate::exclude::Exclusions::said(&intent::words(text))
            && self.turn_time(text).is_none()
            && self.lang().phone(text, &self.config.region).is_none()
    }

    /// A failed answer at a slot: say sorry and ask again (or offer the caller id).
    pub(crate) fn slot_failed(&mut self, step: Step) {
        match step {
            Step::Phone => {
                if !self.phone_missed(false) {
                    return;
                }
            }
            Step::Name => {
                let sorry = if self.for_someone_else() {
                    "Sorry, I didn't catch the name."
                } else {
                    "Sorry, I didn't catch your name."
                };
                if !self.fail(sorry) {
                    return;
                }
            }
            Step::Time => {
                if self.fail("Sorry, I didn't catch a day and time.") {
                    self.reask_time();
                }
                return;
            }
            Step::LookupPhone => {
                if !self.fail("Sorry, I didn't get a full phone number.") {
                    return;
                }
            }
            _ => {
                if !self.fail("Sorry, I didn't catch that.") {
                    return;
                }
            }
        }
        // Ask the same step again (advance keeps the failure count).
        let f = self.s.failures;
        self.advance();
        self.s.failures = self.s.failures.max(f);
    }

    /// Counts an answer with no usable number (`refused`: "I'd rather not give it");
    /// the third transfers. `true`: go on.
    fn phone_missed(&mut self, refused: bool) -> bool {
        self.s.phone_misses = self.s.phone_misses.saturating_add(1);
        if self.s.phone_misses >= MAX_FAILURES {
            self.say("I'm sorry, I'm having trouble getting your number.");
            self.transfer();
            return false;
        }
        if refused {
            self.say(NUMBER_NEEDED);
        } else if self.s.call.caller_id.is_none() || self.s.caller_id_declined {
            self.say("Sorry, I didn't get a full ten-digit number. You can also key it in on your keypad.");
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use crate::Config;
    use crate::sim::{parse_case, run_case_with};

    /// A business with a `receipts` topic answers "can I get a receipt?" at the
    /// opening; one without it puts the caller through (a matter for the team).
    #[test]
    fn a_matter_the_faq_answers_is_answered_not_put_through() {
        let base = include_str!("../examples/clinic.toml");
        let with = Config::from_toml_str(&format!(
            "{base}receipts = \"Yes, we give receipts for your insurer.\"\n"
        ))
        .unwrap();
        let without = Config::from_toml_str(base).unwrap();
        for said in [
            "Can I get a receipt, please?",
            "Est-ce que je peux avoir un reçu?",
        ] {
            let line = format!(
                r#"{{"id":"r","now":"2026-11-17T10:15:00-05:00","tz":"America/Toronto","caller_id":"+14165550142","persona":{{"intent":["{said}","No thanks, bye."],"confirm":["No thanks."],"other":["No thanks, bye."]}}}}"#
            );
            let case = parse_case(&line).unwrap();
            let answered = run_case_with(&case, Some(&with)).unwrap();
            assert_ne!(answered.outcome, "transferred", "{said}");
            assert!(
                answered
                    .turns
                    .iter()
                    .any(|t| t.agent.contains("receipts for your insurer")),
                "{said}"
            );
            let put_through = run_case_with(&case, Some(&without)).unwrap();
            assert_eq!(put_through.outcome, "transferred", "{said}");
        }
    }

    /// "No thanks, that's all" when asked which service to book ends the call; a
    /// service named with it is booked.
    #[test]
    fn no_service_wanted_at_the_service_question() {
        let clinic = Config::from_toml_str(include_str!("../examples/clinic.toml")).unwrap();
        let run = |service: &str| {
            let line = format!(
                r#"{{"id":"s","now":"2026-11-17T10:15:00-05:00","tz":"America/Toronto","caller_id":"+14165550142","persona":{{"intent":["I'd like to book something"],"service":["{service}"],"time":["Thursday at 10"],"name":["Jo Roy"],"confirm":["yes"]}}}}"#
            );
            run_case_with(&parse_case(&line).unwrap(), Some(&clinic)).unwrap()
        };
        for said in ["No thanks, that's all.", "Non merci, c'est tout."] {
            let r = run(said);
            assert_eq!(r.outcome, "no_booking", "{said}");
            assert!(r.turns.len() <= 3, "{said}: {} turns", r.turns.len());
        }
        assert_eq!(run("A follow-up, that's all.").outcome, "booked");
    }
}
