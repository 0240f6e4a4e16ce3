//! The booking sub-machine: reading slots out of a turn (mixed initiative), checking
//! a requested time against hours and the store, offering the nearest free times,
//! the read-back and the booking itself.

use crate::engine::Dialog;
use crate::exclude;
use crate::intent::{self, Intent};
use crate::io::{Outcome, StoreRequest, StoreResult};
use crate::opening;
use crate::prompts::last4;
use crate::relative;
use crate::services;
use crate::spelling;
use crate::state::{Bounds, PendingKind, Step, TimeAsk};
use bella_core::{Expect, PersonName};
use bella_extract::{confirm, time};
use chrono::{Datelike, Duration, Timelike};

/// Pages of offers a caller may ask for in a row ("anything later?", "none of those
/// work"); the next asks for a day and time of their own.
pub(crate) const MAX_PAGES: u8 = 3;

/// What a turn at the offers did by way of paging ([`Dialog::page_offers`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Paged {
    /// It asked for no other times.
    No,
    /// The next or earlier free times are to be offered.
    Offers,
    /// Too many pages in a row: the caller was asked for a day and time of their own.
    AskedOwn,
}

/// Below this recogniser confidence a name is read back, spelled, before going on.
pub(crate) const NAME_CONFIDENCE: f32 = 0.6;

/// Which slots a turn filled.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Got {
    pub name: bool,
    pub phone: bool,
    pub time: bool,
    /// A service or a person asked for (`services.rs`).
    pub service: bool,
    /// At a read-back, a name or number the same as the one read back ("no, the
    /// number is 416 555 0451" after that number): no change, not counted in [`any`].
    ///
    /// [`any`]: Got::any
    pub restated: bool,
}

impl Got {
    pub(crate) fn any(self) -> bool {
        self.name || self.phone || self.time || self.service
    }
}

/// Words that are never part of a caller's name (guards against "I'd Rather Not").
const NOT_NAME_WORDS: &[&str] = &[
    "i",
    "i'd",
    "i'm",
    "rather",
    "not",
    "say",
    "don't",
    "know",
    "want",
    "no",
    "yes",
    "yeah",
    "the",
    "a",
    "to",
    "it",
    "you",
    "my",
    "is",
    "sure",
    "okay",
    "why",
    "what",
    "prefer",
    "give",
    "thanks",
    "thank",
    "hello",
    "hi",
    "hey",
    "sorry",
    "book",
    "appointment",
    "number",
    "phone",
    "today",
    "tomorrow",
    "morning",
    "afternoon",
    "please",
    "name",
    "that",
    "this",
    "of",
    "actually",
    "wait",
    "instead",
    "make",
    "hmm",
    "um",
    "uh",
    "umm",
    "pardon",
    "repeat",
    "hold",
    "hang",
    "sec",
    "second",
    "moment",
    "think",
    "let",
    "me",
    "can",
    "we",
    // A French yes or no at an English read-back ("Oui.") is an answer, not a name.
    "oui",
    "ouais",
    "ouin",
    "non",
];

/// A window said with one bound, while another is kept, narrows it when the old one
/// has only the other bound and the two leave some time between them ("after 1", then
/// "but before 2": 13:00-14:00). A correction word ("instead", "actually", "plutôt",
/// "en fait"), or bounds that leave nothing ("after 1", then "before 11"), replace it.
fn narrow_window(new: &mut time::Window, old: Bounds, ws: &[String]) {
    if intent::any_phrase(ws, &["instead", "actually", "rather", "plutôt", "en fait"]) {
        return;
    }
    match (new.after, new.before, old.after, old.before) {
        (None, Some(before), Some(after), None) if after < before => new.after = Some(after),
        (Some(after), None, None, Some(before)) if after < before => new.before = Some(before),
        _ => {}
    }
}

/// Whether `step` asks for something other than a time (the caller's name or number,
/// the service), so that a day said alone there is an aside about the start already
/// chosen, not an answer that asks for that day's free times.
fn day_aside(step: Step) -> bool {
    matches!(
        step,
        Step::Name
            | Step::ConfirmName
            | Step::ConfirmKnownName
            | Step::Phone
            | Step::CallerIdOffer
            | Step::Service
    )
}

/// Whether an extracted name looks like a person's name.
pub(crate) fn plausible_name(n: &PersonName) -> bool {
    let parts: Vec<&str> = n.as_str().split_whitespace().collect();
    !parts.is_empty()
        && parts.len() <= 4
        && parts.iter().all(|p| {
            p.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '\u{2019}'))
                && p.chars().any(char::is_alphabetic)
                && !NOT_NAME_WORDS.contains(&p.to_lowercase().as_str())
        })
}

/// `known`'s first name before `last`, a last name said alone ("my last name is
/// Doyle-Burke" after "Kate Doyle"). A `last` that already starts with that first
/// name, or would make more than four parts, is kept as said.
fn last_name_of(known: &PersonName, last: PersonName) -> PersonName {
    let Some(first) = known.as_str().split_whitespace().next() else {
        return last;
    };
    let parts = last.as_str().split_whitespace().count();
    if last.as_str().split_whitespace().next() == Some(first) || parts >= 4 {
        return last;
    }
    PersonName::new(&format!("{first} {}", last.as_str())).unwrap_or(last)
}

/// Whether `n` is fewer words than `known`, each of them one of `known`'s ("Gagnon"
/// of "Sylvie Gagnon").
fn part_of(known: &PersonName, n: &PersonName) -> bool {
    let parts: Vec<&str> = known.as_str().split_whitespace().collect();
    let said: Vec<&str> = n.as_str().split_whitespace().collect();
    said.len() < parts.len()
        && said
            .iter()
            .all(|w| parts.iter().any(|p| p.to_lowercase() == w.to_lowercase()))
}

/// "it's for my son Liam, same last name, I'm Jen Ortega": the first name of the
/// person it is for, with the last name of the caller's own (`own`, said in the turn or
/// heard before) when the turn says they share it; else the name as found.
fn same_last_name(
    theirs: bella_extract::Match<PersonName>,
    own: Option<&PersonName>,
    ws: &[String],
) -> bella_extract::Match<PersonName> {
    let shared = intent::any_phrase(ws, &["same last name", "same surname", "same family name"]);
    let first_only = theirs.value.as_str().split_whitespace().count() == 1;
    let last = own.and_then(|o| o.as_str().split_once(' ')).map(|(_, l)| l);
    match last.filter(|_| shared && first_only) {
        Some(last) => match PersonName::new(&format!("{} {last}", theirs.value.as_str())) {
            Ok(value) => bella_extract::Match { value, ..theirs },
            Err(_) => theirs,
        },
        None => theirs,
    }
}

/// A start as if said outright, day and time.
fn said_start(at: chrono::NaiveDateTime) -> time::When {
    time::When {
        date: Some(at.date()),
        time: Some(at.time()),
        day_said: true,
        time_said: true,
        ..time::When::default()
    }
}

impl Dialog {
    /// Reads every slot a turn gives (mixed initiative) and keeps what the current
    /// intent needs. `expect` is what the agent asked for.
    pub(crate) fn absorb(&mut self, text: &str, expect: Expect) -> Got {
        let ws = intent::words(text);
        let mut got = Got::default();
        let booking = matches!(
            self.s.intent,
            None | Some(Intent::Book) | Some(Intent::Hours)
        );
        let step = self.s.step;
        // "a piano lesson for my son", "my husband needs ...": the booking is someone
        // else's (`ask_known_name`).
        if booking && self.s.name.is_none() && self.lang().for_someone_else(text) {
            self.s.svc.for_other = true;
        }
        let overwrite = matches!(
            step,
            Step::Phone | Step::CallerIdOffer | Step::ConfirmBooking | Step::LookupPhone
        );
        // "289 555 03, sorry, 11 30" at the time question: digits that would only
        // finish a number broken off, and read as a clock, are the time asked for
        // (SPEC §1: `expect` may decide), so the number on file stands.
        let phone_match = self.lang().phone(text, &self.config.region).filter(|m| {
            step != Step::Time
                || !m.rule.ends_with("phone/finished-after-correction")
                || !self.turn_time(text).is_some_and(|w| w.time_said)
        });
        let phone_span = phone_match.as_ref().map(|m| m.span);
        let mut number = phone_match.map(|m| {
            // "604 555 0160, sorry, the last digit is a 1" (or "the area code is 437"):
            // put right in the same turn.
            text.get(m.span.end..)
                .and_then(|after| crate::pieces::put_right(&m.value, after, self.lang()))
                .unwrap_or(m.value)
        });
        // "604 555 9999, wait no, that's work, use the one I'm calling from": the
        // number called from, said last as a correction, is the one (SPEC §2).
        if number.is_some()
            && overwrite
            && self.s.call.caller_id.is_some()
            && phone_span
                .and_then(|span| text.get(span.end..))
                .is_some_and(|after| intent::caller_id_instead(&intent::words(after)))
        {
            number = self.s.call.caller_id.clone();
        }
        if number.is_none() && overwrite && intent::means_caller_id(&ws) {
            number = self.s.call.caller_id.clone();
        }
        if number.is_none() && overwrite {
            number = self.phone_with_ending(text);
        }
        if let Some(p) = number {
            if !booking && self.s.searched.contains(&p) {
                // At the number question the lookup says what that means
                // (`lookup.rs`, `still_not_found`).
                if step != Step::LookupPhone {
                    self.say("That's the number I already checked.");
                }
                got.restated = true;
            } else if !booking
                || overwrite
                // Said at another question, a number other than the one heard before
                // corrects it ("oh, and my number is actually 403 555 0178" while the
                // time is asked: SPEC §3, any turn may correct any slot).
                || self.s.phone.as_ref() != Some(&p)
            {
                got.phone = self.s.phone.as_ref() != Some(&p) || step != Step::ConfirmBooking;
                got.restated |= !got.phone;
                self.s.phone = Some(p);
            }
        }
        // "make it 4", "can we do 4 instead": a bare hour said as a change of time,
        // read beside the phone number said in the same turn, never inside it
        // ("902 555 0197, and actually make it 11 instead").
        let corrected = match phone_span {
            Some(p) => intent::corrected_clock_in(&format!(
                "{} {}",
                text.get(..p.start).unwrap_or(""),
                text.get(p.end..).unwrap_or("")
            )),
            None => intent::corrected_clock_in(text),
        };
        let spelled = matches!(step, Step::Name | Step::ConfirmName | Step::ConfirmBooking)
            .then(|| spelling::read(text))
            .flatten()
            .filter(|sp| !spelling::broken_off(sp, &ws));
        if booking && let Some(sp) = spelled {
            // "it's Kate, K-A-T-E, Doyle": the spelling checks one word of a fuller
            // name said around it, which is the answer.
            // The name is read in the whole turn, else in the words before the
            // spelling ("beth cole, B as in boy, E, T, H").
            let fuller = self
                .lang()
                .name(text, Some(expect))
                .or_else(|| {
                    let said = spelling::before_spelling(text)?;
                    self.lang().name(said, Some(expect))
                })
                .map(|m| m.value)
                .filter(|n| {
                    let parts: Vec<&str> = n.as_str().split_whitespace().collect();
                    // "Anna Kowalski, K-O-W... A-L-S-K-I": a word spelled in pieces.
                    let sp = sp.joined(&parts);
                    sp.wrong.is_none()
                        && parts.len() > sp.words.len()
                        && sp
                            .words
                            .iter()
                            .all(|w| parts.iter().any(|p| spelling::spells(w, p)))
                });
            // "it's J-O-N, not J-O-H-N": a spelled name or a spelled fix of one word.
            let heard = self.s.name.as_ref().map(|n| n.as_str()).unwrap_or_default();
            let sp = sp.joined(&heard.split_whitespace().collect::<Vec<_>>());
            if let Some(n) = fuller
                .or_else(|| spelling::apply(self.s.name.as_ref(), &sp))
                .filter(plausible_name)
            {
                got.name = self.s.name.as_ref() != Some(&n) || step == Step::Name;
                self.s.name = Some(n);
                self.s.name_unsure = false;
            }
        } else if booking && let Some(n) = self.respelled(text, &ws, step) {
            // "sorry, it's miller, with an r at the end": one part of the name heard,
            // put right without spelling it.
            got.name = true;
            self.s.name = Some(n);
            self.s.name_unsure = false;
        } else if booking {
            // Beside a change of time only a cued name counts ("actually make it 4
            // instead" is never the name "Actually").
            // At the name read-back too: "yes that's right" is no name, "no, it's
            // Jon Smith" is.
            // At the name question itself the name beside a change of time is read
            // as an answer ("Ned Oduya, and make it 11 instead"); the correction's
            // own words are no name parts (`NOT_NAME_WORDS`).
            let hint = if step == Step::ConfirmName || (corrected.is_some() && step != Step::Name) {
                None
            } else {
                Some(expect)
            };
            let found = self.lang().name(text, hint).or_else(|| {
                // "her name is Emma Stone" when asked for the name: a parent booking
                // for a child books under the child's name (the extractor reads only
                // the caller's own, SPEC §2). So in a request for someone else ("can
                // you book my mom in Tuesday at 10? her name is Rose Gill"), a full
                // name.
                let theirs = step == Step::Name || (step == Step::Intent && self.s.svc.for_other);
                (theirs && self.s.lang == bella_extract::Lang::En)
                    .then(|| bella_extract::name::named_as_theirs(text))
                    .flatten()
                    .filter(|m| step == Step::Name || m.value.as_str().contains(' '))
            });
            // "hi, tom blake, 780 555 0133, ...", "bonjour, Tom Blake, 514 ...": a name
            // set off as a clause of the opening, with no cue (`opening.rs`).
            let found = found.or_else(|| {
                (step == Step::Intent)
                    .then(|| opening::uncued_name(text, |c| self.lang().name(c, None)))
                    .flatten()
            });
            // "it's for my dad, Robert Hughes. my name is Sarah Hughes": with the
            // caller's own name beside it, the appointment is the person's it is for.
            // Asked for the name, the person it is for is the answer even when the
            // rest of the turn reads as no name ("it's for my son, Noah Reid. i'm his
            // dad, Sam Reid"); in the opening only beside the caller's own ("for my
            // son Kyle" alone leaves the full name to be asked).
            let english = self.s.lang == bella_extract::Lang::En;
            let known = self.s.name.clone();
            let found = match found {
                Some(own) if matches!(step, Step::Name | Step::Intent) && english => {
                    let theirs = bella_extract::name::booked_for(text);
                    let own_name = own.value.clone();
                    Some(theirs.map_or(own, |m| same_last_name(m, Some(&own_name), &ws)))
                }
                None if step == Step::Name && english => bella_extract::name::booked_for(text)
                    .map(|m| same_last_name(m, known.as_ref(), &ws)),
                other => other,
            };
            // "actually can I book it for my husband instead, it's Marc Leblanc" at the
            // number question, "oh wait, it's for my daughter, Emma Quinn" at the
            // read-back: the person the booking is for, named on purpose at any question.
            let for_other = (english && !matches!(step, Step::Name | Step::Intent))
                .then(|| bella_extract::name::booked_for(text))
                .flatten()
                .map(|m| same_last_name(m, known.as_ref(), &ws));
            // "my name is ...", "put it under ...", "je m'appelle ...": a name given on
            // purpose (after a naming cue) at any question replaces the one heard before.
            let named =
                for_other.is_some() || found.as_ref().is_some_and(bella_extract::name::cued);
            let found = for_other.or(found);
            let found = found
                .map(|m| m.value)
                // "RMT please", "deep tissue" at the service question: a service, not
                // a name.
                .filter(|n| {
                    self.config.services.len() < 2
                        || services::find_service(&self.config, &intent::words(n.as_str()))
                            .is_none()
                })
                // "my last name is Doyle-Burke": the first name heard stays (the
                // extractor knows the labels).
                .map(|n| match &self.s.name {
                    Some(known) if bella_extract::name::names_last_only(text) => {
                        last_name_of(known, n)
                    }
                    // "c'est Gagnon avec deux N" after "Sylvie Gagnon": a part of the
                    // name heard, said again, keeps the whole.
                    Some(known) if part_of(known, &n) => known.clone(),
                    _ => n,
                });
            // At the time question a full name said on its own, or after a cue, is
            // kept (a correction); one word alone ("Perfect") is not.
            let volunteered = step == Step::Time
                && !self.s.offers.is_empty()
                && !self.s.reoffered
                && self.turn_time(text).is_none()
                && self.confirm(text).is_none()
                && self.lang().name(text, None).is_some_and(|m| {
                    let n = m.value.as_str().split_whitespace().count();
                    n >= 2 || ws.len() > n
                });
            // "it's Michael actually, Michael Lee" after "Mike Lee", "excusez, c'est
            // Marie-Claude Poirier" after "Marie Poirier": the name heard, put right at
            // another question (a part kept, a correction word said).
            let put_right = |n: &PersonName| {
                self.s.name.as_ref().is_some_and(|k| {
                    k != n
                        && k.as_str()
                            .split_whitespace()
                            .any(|p| n.as_str().split_whitespace().any(|q| q == p))
                }) && intent::any_phrase(
                    &ws,
                    &[
                        "actually",
                        "sorry",
                        "i mean",
                        "excusez",
                        "pardon",
                        "désolé",
                        "désolée",
                        "en fait",
                        "je veux dire",
                    ],
                )
            };
            if let Some(n) = found.filter(plausible_name)
                && (self.s.name.is_none()
                    || volunteered
                    || named
                    || put_right(&n)
                    || matches!(step, Step::Name | Step::ConfirmName | Step::ConfirmBooking))
            {
                got.name = self.s.name.as_ref() != Some(&n) || step != Step::ConfirmBooking;
                got.restated |= !got.name;
                // Heard with low confidence: read back, spelled, before going on.
                self.s.name_unsure = self.turn_confidence < NAME_CONFIDENCE;
                self.s.name = Some(n);
            }
        }
        if booking {
            got.service = self.absorb_service(&ws);
        } else if self.s.intent == Some(Intent::Reschedule) {
            got.service = self.absorb_move_person(&ws);
        }
        let wants_time = booking || self.s.intent == Some(Intent::Reschedule);
        // "une heure plus tard", "deux heures plus tôt": a shift of the start under
        // discussion, not 13:00 or 14:00 (`relative_when`).
        // So is a move's shift said before its appointment is found.
        let moving = self.s.intent == Some(Intent::Reschedule) && self.s.target.is_none();
        // "le mettre une semaine plus tard", "reporter d'une semaine": a move by a whole
        // week is a shift too.
        // "I'm booked Tuesday, could I come the day after instead, same time?": so is
        // a day step at the same time before the appointment is found (the day said
        // names the appointment).
        let step_minutes = relative::shift_minutes(&ws)
            .or_else(|| relative::week_step(&ws).map(|days| days * 24 * 60))
            .or_else(|| {
                relative::day_step(&ws)
                    .filter(|_| moving && intent::says_same_time(&ws))
                    .map(|days| days * 24 * 60)
            });
        let shift = step_minutes.is_some() && (moving || self.start_under_discussion().is_some());
        // "move my Tuesday appointment to the same time next week": a week after the
        // start under discussion (`a_week_later`), whatever day the extractor makes of
        // the weekday that names the appointment.
        let week_later = intent::says_same_time(&ws) && self.next_week(&ws).is_some();
        // "the Monday after then": after the day under discussion, not the coming
        // Monday the extractor reads (`relative_when`).
        let after_that = relative::weekday_after_that(&ws).is_some()
            && (self.s.day.is_some() || self.start_under_discussion().is_some() || moving);
        // "plus tard dans la journée", "earlier that day": the free times after (or
        // before) the appointment moved, on its day; while times are offered the same
        // words page through them instead (`page_offers`).
        // Once the appointment is found, a time or a bound said with them ("later that
        // day, like 4?", "plus tard dans la journée, genre 15 h") is the new time
        // itself; before, it names the appointment ("j'ai un rendez-vous vendredi à
        // 14 h, ... plus tôt le même jour?") unless "to" leads to it after the
        // appointment is named ("my 2:30 to later that day, like 4").
        let same_day = (self.s.intent == Some(Intent::Reschedule) && self.s.offers.is_empty())
            .then(|| relative::same_day(&ws))
            .flatten()
            .filter(|_| {
                self.turn_time(text)
                    .is_none_or(|w| !w.time_said && w.window.is_none())
                    || (self.s.target.is_none() && !self.new_clock_led_to(text))
            });
        if wants_time && let Some(way) = same_day {
            // "plus tard la même journée, après 15 h" with the appointment named by its
            // day or part of the day only: the bound is the new time's.
            self.s.move_same_day_bound = self
                .turn_time(text)
                .filter(|w| !w.time_said)
                .and_then(|w| w.window)
                .and_then(|win| match way {
                    relative::SameDay::Later => win.after,
                    relative::SameDay::Earlier => win.before,
                });
            // "I'm booked for three tomorrow, could I come in earlier that day, like
            // around 11?": a clock after the same-day words is the new start on the
            // appointment's day (one before them names the appointment).
            let lower = text.to_lowercase();
            let r = self.reference();
            self.s.move_same_day_at = relative::same_day_words_end(&lower)
                .and_then(|end| self.lang().time(lower.get(end..)?, &r))
                .map(|m| m.value)
                .filter(|w| w.time_said && !w.day_said && w.window.is_none())
                .and_then(|w| w.time);
            got.time = self.move_same_day(way);
        } else if wants_time && let Some(at) = self.own_start(text, &ws) {
            // "Right after my one on Thursday", "same time as last time" (own.rs).
            got.time = self.absorb_when(said_start(at));
        } else if wants_time
            && !week_later
            && !after_that
            && let Some(m) = self
                .turn_time_match(text)
                .filter(|m| !shift || m.value.day_said)
            // Digits read as a phone number are not also a time; a number said
            // between the day and the window ("friday? ... 780 555 0903, anytime
            // after 1") is no part of the time around it.
            && phone_span.is_none_or(|p| {
                m.span.end <= p.start
                    || p.end <= m.span.start
                    || (m.span.start < p.start && p.end < m.span.end)
            })
        {
            let mut w = m.value;
            // "Not this week, next week sometime." ... "Wednesday at 11": a weekday said
            // alone while the week asked for stands is that week's, not the coming one.
            if let Some(monday) = self.s.week
                && w.day_said
                && w.date.is_some_and(|d| d < monday)
                && let Some(day) = relative::weekday_alone(&ws)
            {
                w.date = relative::first_weekday_after(monday.pred_opt().unwrap_or(monday), day)
                    .or(w.date);
            }
            // "My Friday appointment, can you move it to the earliest you've got?": the
            // day may name the appointment (lookup.rs decides once it is found).
            if moving && w.earliest && w.day_said && !w.time_said && w.window.is_none() {
                self.s.move_earliest = true;
            }
            // "that morning", "that afternoon": the part of the day under discussion
            // (a reminder's appointment day), not today's as "this morning" is.
            let that_part =
                intent::any_phrase(&ws, &["that morning", "that afternoon", "that evening"]);
            if let Some(day) = self.s.day
                && w.part_of_day.is_some()
                && that_part
            {
                w.date = Some(day);
            } else if moving && that_part && self.s.day.is_none() {
                // "my husband is booked Monday morning, could he come that afternoon
                // instead, around 2?": the appointment's day, once it is found
                // (`time_on_target_day`, lookup.rs), not today's afternoon.
                w.day_said = false;
            }
            // "I have one Friday at 3, could I book another half an hour before
            // that?": the start said, shifted.
            if !moving
                && let (Some(date), Some(t), Some(minutes)) =
                    (w.date, w.time, relative::shift_minutes(&ws))
                && w.time_said
                && w.window.is_none()
            {
                w = said_start(date.and_time(t) + Duration::minutes(minutes));
            }
            if w.day_said
                && !w.time_said
                && w.date
                    .is_some_and(|d| exclude::Exclusions::any_day_but(&ws, d))
            {
                // "any morning but Monday", "anytime but Friday": the day read is the
                // one ruled out, so no day is asked for: the earliest free times (in
                // the part of the day, `absorb_when`).
                w.date = None;
                w.day_said = false;
                w.earliest = true;
            }
            if !w.day_said
                && let Some(monday) = self.next_week(&ws)
            {
                // "next week in the morning", "next week after 3": that week's Monday.
                w.date = Some(monday);
                w.day_said = true;
            }
            let mut weekend = None;
            if !w.day_said
                && let Some((date, saturday)) = self.weekend_day(&ws)
            {
                // "this weekend after 2": the window is on the weekend's day, not today.
                w.date = Some(date);
                w.day_said = true;
                weekend = Some(saturday);
            }
            // "Thursday, as late as possible", "your latest slot on Friday": the day's
            // last free start (`evaluate_time`).
            let latest = w.day_said && !w.time_said && relative::wants_latest(&ws);
            // "first thing Monday", "the end of the day on Thursday": the day's first
            // or last hour, as a window; "late morning" the hour before noon (its
            // morning kept).
            if w.day_said
                && !latest
                && !w.time_said
                && w.window.is_none()
                && let (Some(edge), Some(date)) = (relative::day_edge(&ws), w.date)
                && (w.part_of_day.is_none() || edge == relative::Edge::LateMorning)
            {
                w.window = self.edge_window(date, edge);
            }
            // "la semaine prochaine, à la même heure": the French week is its Monday;
            // with no weekday said, it is the start under discussion a week later, as
            // "same time next week" is (`a_week_later`). So it is with "même jour"
            // whatever weekday names the appointment ("de jeudi à la semaine
            // prochaine, même jour, même heure").
            if w.day_said
                && !w.time_said
                && w.window.is_none()
                && w.part_of_day.is_none()
                && w.date.is_some()
                && w.date == self.week_asked(&ws)
                && (!self
                    .new_time_words(text, &ws)
                    .iter()
                    .any(|x| exclude::weekday(x).is_some())
                    || intent::any_phrase(&ws, &["même jour", "meme jour", "same day"]))
                && let Some(later) = self.a_week_later(&ws)
            {
                w = later;
            }
            // "no, Thursday, same time", "jeudi, même heure": another day at the
            // time already chosen; at a read-back a day alone says as much ("no,
            // make it Friday").
            let readback = self.reading_back(step);
            // "Oh, and make it Wednesday instead" while the name or the number is asked:
            // a day alone said outside the time question corrects the day of the start
            // already chosen, its hour kept (as "no wait, make it 4" there keeps the day).
            let aside = day_aside(step);
            // The window the carried time was chosen in stays for the new day ("after
            // 3 on Thursday", 3:30 chosen, then "make it Friday" at the read-back: if
            // Friday at 3:30 is taken, the nearest times are offered after 3 again).
            let mut kept_window = None;
            if w.day_said
                && !w.time_said
                && w.window.is_none()
                && w.part_of_day.is_none()
                && (readback
                    || intent::says_same_time(&ws)
                    || (aside && self.start_under_discussion().is_some()))
            {
                // A move keeps the appointment's own time ("move it to Friday, same
                // time"); once it is found, when it is not yet (lookup.rs).
                match self.start_under_discussion() {
                    Some(at) => {
                        w.time = Some(at.time());
                        w.time_said = true;
                        kept_window = self.s.window.filter(|win| win.contains(at.time()));
                    }
                    None => self.s.same_time = self.s.intent == Some(Intent::Reschedule),
                }
            }
            // "move my math session on Thursday half an hour earlier": the day names
            // the appointment (`named_in_move`), the shift is the move, applied once
            // the appointment is found (lookup.rs). So does a time said with it ("mon
            // rendez-vous jeudi à 14 h, le devancer d'une heure"), or one read from the
            // length itself ("de mardi d'une heure et demie" is no 13:30).
            if moving && shift && w.day_said && w.window.is_none() {
                self.s.move_shift = step_minutes;
                w.time = None;
                w.time_said = false;
            }
            // "but before 2 please" after the offers for "Wednesday after 1": a bound
            // on the other side narrows the window kept for the call.
            if !w.day_said
                && !w.time_said
                && let (Some(win), Some(old)) = (w.window.as_mut(), self.s.window)
            {
                narrow_window(win, old, &ws);
            }
            let day_said = w.day_said;
            got.time = self.absorb_when(w);
            if kept_window.is_some() {
                // A time carried over is no start named outright (`absorb_when`).
                self.s.window = kept_window;
            }
            self.s.latest = latest && got.time;
            if self.s.intent == Some(Intent::Reschedule) && self.s.target.is_none() && got.time {
                self.s.time_on_target_day = !day_said;
            }
            if weekend.is_some() {
                self.s.weekend = weekend;
            }
        } else if wants_time
            && !(moving && shift)
            && let Some(monday) = self.next_week(&ws)
        {
            // "I booked something for next week, I need to push it back a day": with
            // a shift the week names the appointment (`note_target_hint`), and the
            // shift is the move (`relative_when`).
            let w = self.a_week_later(&ws).unwrap_or(time::When {
                date: Some(monday),
                day_said: true,
                ..time::When::default()
            });
            got.time = self.absorb_when(w);
        } else if wants_time && let Some(t) = corrected {
            got.time = self.absorb_when(time::When {
                time: Some(t),
                time_said: true,
                ..time::When::default()
            });
        } else if wants_time && let Some(w) = self.relative_when(&ws, step) {
            // "what about the next day?", "half an hour earlier".
            got.time = self.absorb_when(w);
        } else if wants_time
            && relative::wants_latest(&ws)
            && let Some(day) = self.s.day
        {
            // "What's the latest you have?" with no day said: the last free start of
            // the day under discussion, offered alone (`evaluate_time`).
            got.time = self.absorb_when(time::When {
                date: Some(day),
                day_said: true,
                ..time::When::default()
            });
            self.s.latest = got.time;
        } else if wants_time && let Some((date, saturday)) = self.weekend_day(&ws) {
            got.time = self.absorb_when(time::When {
                date: Some(date),
                day_said: true,
                ..time::When::default()
            });
            self.s.weekend = Some(saturday);
        } else if wants_time
            && ((intent::wants_earliest(&ws)
                // "Pis ma femme aussi, n'importe quand dans la journée": whenever on
                // the day of the booking before (requests.rs), not from now.
                && !(self.carry_day.is_some() && crate::requests::same_day(&ws)))
                || (self.s.offers.is_empty() && intent::asks_what_is_free(&ws)))
        {
            self.s.time_ask = Some(TimeAsk::Earliest { part: None });
            self.s.time_ask_fresh = true;
            self.s.slot = None;
            got.time = true;
        } else if wants_time
            && intent::says_same_time(&ws)
            && let (Some(day), Some(at)) = (self.s.day, self.start_under_discussion())
        {
            // "Same time if you have it" while a day's times are offered ("the day
            // after instead?"): that day at the start under discussion's time.
            got.time = self.absorb_when(said_start(day.and_time(at.time())));
        } else if wants_time
            && got.service
            && self.s.intent == Some(Intent::Reschedule)
            && intent::says_same_time(&ws)
        {
            // "Could I switch my eye exam to Dr. Chen instead? same time if she has
            // it": no day said, the appointment's own start with the person asked;
            // once it is found, when it is not yet (lookup.rs).
            match self
                .s
                .target
                .as_ref()
                .map(bella_core::Appointment::local_start)
            {
                Some(at) => got.time = self.absorb_when(said_start(at)),
                None => self.s.same_start = true,
            }
        }
        // "next week, except Wednesday", "la semaine prochaine": the week asked for,
        // with no day in it, binds the search for a free day to that week.
        if got.time
            && let Some(monday) = self.week_asked(&ws)
            && matches!(self.s.time_ask, Some(TimeAsk::Day { date, .. }) if date == monday)
        {
            self.s.week = Some(monday);
        }
        let excluded = wants_time && self.s.exclude.read(&ws, Some(self.reference().today()));
        if excluded
            && got.time
            && let Some(day) = self.s.day
            && exclude::Exclusions::said_again(&ws, day.weekday())
        {
            // "i work most days except wednesdays, wednesdays i'm off, so wednesday":
            // the day ruled out of the caller's week is the one asked for.
            self.s.exclude.take_back(Some(day), None);
        }
        if excluded && !got.time && self.s.slot.is_none() {
            // "not 3 either" while times are offered: the offers are made again
            // without it.
            got.time = self.reoffer_without_exclusions();
        }
        self.note_target_hint(text);
        got
    }

    /// After the name was heard, a turn that says one part of it again with a letter
    /// more, less or changed puts that part right (`spelling::respelled`): the words of
    /// a name the turn gives ("it's miller", "Miller, not Mille"), or any word of a
    /// turn that remarks on letters ("Allen with two Ls", "with an r at the end",
    /// "Bonnet avec deux N", "ça s'écrit avec un E à la fin").
    /// Not at the name question, where the answer is the name itself.
    fn respelled(&self, text: &str, ws: &[String], step: Step) -> Option<PersonName> {
        let known = self.s.name.as_ref().filter(|_| step != Step::Name)?;
        // "it's rob not bob", "nope, dan not don": the part said to be wrong, named
        // (`spelling::swapped`). The word before "not" is the name the turn gives, or
        // with none a name on its own; "Anne-Marie, pas Annie" (the words split at the
        // hyphen) swaps nothing.
        let given = self.lang().name(text, None).map(|m| m.value);
        let is_name = |w: &str| match &given {
            Some(n) => n.as_str().eq_ignore_ascii_case(w),
            None => self.lang().name(w, Some(Expect::Name)).is_some(),
        };
        if let Some(n) = spelling::swapped(known, ws, is_name).filter(plausible_name) {
            return Some(n);
        }
        let remark = intent::any_phrase(
            ws,
            &[
                "at the end",
                "at the start",
                "with two",
                "with a double",
                "spelled",
                "spelt",
                "avec deux",
                "avec un double",
                "à la fin",
                "au début",
                "s'écrit",
            ],
        );
        // The parts of the name said, whole: "Anne-Marie" is no "Anne" near "Annie".
        let said = if remark {
            ws.to_vec()
        } else {
            let n = given?;
            n.as_str()
                .split_whitespace()
                .map(str::to_lowercase)
                .collect()
        };
        spelling::respelled(known, &said).filter(plausible_name)
    }

    /// The times offered no longer fit what the caller wants (another service or
    /// person, a time ruled out): look again on the day the caller asked for (not
    /// the one offered instead: a person's day off moved the offers there), or from
    /// the earliest when the offers were the earliest. Nothing happens without offers.
    pub(crate) fn look_again(&mut self) -> bool {
        let Some(&first) = self.s.offers.first() else {
            return false;
        };
        if matches!(self.s.time_ask, Some(TimeAsk::Exact { .. })) && self.s.time_ask_fresh {
            // "Anyone's fine then" after the person was refused at a time: that time
            // again (`absorb_service`).
            self.s.offers.clear();
            return true;
        }
        self.s.time_ask = Some(if self.s.offers_earliest {
            TimeAsk::Earliest { part: self.s.part }
        } else {
            TimeAsk::Day {
                date: self.s.asked_day.or(self.s.day).unwrap_or(first.date()),
                part: self.s.part,
            }
        });
        self.s.time_ask_fresh = false;
        self.s.offers.clear();
        true
    }

    /// "Not 3 either" while times are offered: when an offer is now ruled out, the
    /// offers are made again without it.
    fn reoffer_without_exclusions(&mut self) -> bool {
        self.s.offers.iter().any(|o| !self.s.exclude.allows(*o)) && self.look_again()
    }

    /// Turns a resolved time expression into a request to check; a bare time stays
    /// on the day under discussion.
    pub(crate) fn absorb_when(&mut self, w: time::When) -> bool {
        let r = self.reference();
        self.s.weekend = None;
        self.s.week = None;
        self.s.latest = false;
        // A day or a start named outright is no longer ruled out.
        self.s.exclude.take_back(
            w.date.filter(|_| w.day_said),
            w.time.filter(|_| w.time_said),
        );
        if let Some(win) = w.window {
            // A new window replaces the old one: offers are made inside it again.
            self.s.window = Some(win.into());
            self.s.window_released = false;
        } else if w.time_said && !w.earliest {
            // The caller names one start: the window no longer applies.
            self.s.window = None;
            self.s.window_released = false;
        } else if w.day_said {
            // Another day: the window's hours apply to it again.
            self.s.window_released = false;
        }
        // "Thursday is good" when Thursday at 10 is already asked for or chosen: the
        // day said again keeps the time on it.
        if w.day_said && !w.time_said && w.part_of_day.is_none() && w.window.is_none() {
            let asked = match self.s.time_ask {
                Some(TimeAsk::Exact { at }) => Some(at),
                _ => self.s.slot,
            };
            if asked.is_some_and(|at| Some(at.date()) == w.date) && !w.earliest {
                return false;
            }
        }
        // "Wednesday, the earliest you have": that day's first free times, below.
        // "The earliest you have", and a part of the day with no day said or under
        // discussion ("any morning but Monday", "n'importe quel matin sauf lundi",
        // "le plus tôt possible en après-midi"): the earliest free times (in that
        // part) from now on, the weekdays ruled out skipped. A move's appointment not
        // found yet is a day to come ("déplacer mon rendez-vous en après-midi": its
        // afternoon, `time_on_target_day`).
        let target_day_to_come =
            self.s.intent == Some(Intent::Reschedule) && self.s.target.is_none();
        let any_day = !w.day_said && !w.time_said && self.s.day.is_none() && !target_day_to_come;
        if !w.day_said
            && (w.part_of_day.is_none() && w.earliest || w.part_of_day.is_some() && any_day)
        {
            self.s.time_ask = Some(TimeAsk::Earliest {
                part: w.part_of_day,
            });
            self.s.time_ask_fresh = true;
            self.s.slot = None;
            return true;
        }
        let date = if w.day_said {
            w.date
        } else if self.s.day.is_none()
            && w.date == Some(self.reference().today())
            && w.window.is_some_and(|win| self.window_over_today(win))
        {
            // "before noon" at 11:50: no start of today's grid is left in it.
            w.date.and_then(|d| d.succ_opt())
        } else {
            self.s.day.or(w.date)
        };
        let ask = match (date, w.time, w.part_of_day) {
            (Some(d), Some(t), _) => TimeAsk::Exact { at: d.and_time(t) },
            (Some(d), None, part) => TimeAsk::Day { date: d, part },
            (None, Some(t), _) => {
                let at = r.today().and_time(t);
                let at = if at > r.local_now() {
                    at
                } else {
                    at + Duration::days(1)
                };
                TimeAsk::Exact { at }
            }
            (None, None, Some(part)) => TimeAsk::Day {
                date: self.s.day.unwrap_or_else(|| r.today()),
                part: Some(part),
            },
            (None, None, None) => return false,
        };
        if matches!(ask, TimeAsk::Exact { at } if Some(at) == self.s.slot) {
            // The time already chosen, said again ("yes, Thursday at 10 is great").
            return false;
        }
        self.s.day = Some(ask.day(r.today()));
        self.s.asked_day = self.s.day;
        self.s.time_ask = Some(ask);
        self.s.time_ask_fresh = true;
        self.s.slot = None;
        true
    }

    /// A window said without a day whose end comes before the next start on the
    /// business's slot grid today: its day is tomorrow (SPEC §2 "Windows": today only
    /// if a start in it is still ahead of now).
    fn window_over_today(&self, win: time::Window) -> bool {
        let Some(before) = win.before else {
            return false;
        };
        let now = self.reference().local_now().time();
        let slot = i64::from(self.config.hours.slot_minutes.max(1));
        let minutes = i64::from(now.hour() * 60 + now.minute()) + i64::from(now.second() > 0);
        let next = (minutes + slot - 1) / slot * slot;
        next >= i64::from(before.hour() * 60 + before.minute())
    }

    /// "this weekend", "on the weekend", "next weekend": the weekend's first open day,
    /// or its Saturday when both days are closed (then refused as closed, and the
    /// next open day's times offered); and the weekend's Saturday.
    /// "sometime next week": the Monday of the following calendar week, day only, as
    /// French "la semaine prochaine" (SPEC §5.5); the offers then start there.
    /// "same time next week", "même heure la semaine prochaine": the start under
    /// discussion (the time chosen, else the appointment being moved) a week later.
    /// In a move whose appointment is not found yet, it is marked and applied once it
    /// is (lookup.rs); meanwhile the week is the day.
    fn a_week_later(&mut self, ws: &[String]) -> Option<time::When> {
        if !intent::says_same_time(ws) {
            return None;
        }
        match self.start_under_discussion() {
            Some(at) => Some(said_start(at + chrono::Duration::days(7))),
            None => {
                self.s.week_later = self.s.intent == Some(Intent::Reschedule);
                None
            }
        }
    }

    /// A day or a start said relative to the one under discussion (`relative.rs`):
    /// "the next day" keeps the part of the day offered; "half an hour earlier"
    /// moves the start chosen. Never a day already past.
    /// "The Monday after (that)" is the first such weekday after the start under
    /// discussion (a day refused included), else after the day under discussion.
    /// At a read-back, or with "same time" ("le lendemain, même heure"), the new day
    /// keeps the start's time, as a weekday said there does. A move by a length or a
    /// week ("une heure plus tard", "reporter d'une semaine") before its appointment
    /// is found is applied once it is (lookup.rs).
    fn relative_when(&mut self, ws: &[String], step: Step) -> Option<time::When> {
        // "the Monday after (that)": from the start under discussion (the day refused,
        // when it was), else the day.
        if self.s.intent == Some(Intent::Reschedule) && self.s.target.is_none() {
            self.s.move_weekday_after =
                relative::weekday_after_that(ws).map(|day| (day, intent::says_same_time(ws)));
        }
        let after_that = relative::weekday_after_that(ws).and_then(|day| {
            let base = self
                .start_under_discussion()
                .map(|a| a.date())
                .or(self.s.day)?;
            relative::first_weekday_after(base, day)
        });
        let stepped = relative::day_step(ws).and_then(|days| {
            let base = self
                .s
                .day
                .or_else(|| self.start_under_discussion().map(|a| a.date()))?;
            base.checked_add_signed(Duration::days(days))
        });
        if let Some(date) = after_that.or(stepped) {
            let keep = (self.reading_back(step) || intent::says_same_time(ws))
                .then(|| self.start_under_discussion())
                .flatten()
                .map(|at| at.time());
            return (date >= self.reference().today()).then(|| time::When {
                date: Some(date),
                day_said: true,
                time: keep,
                time_said: keep.is_some(),
                part_of_day: self.s.part.filter(|_| keep.is_none()),
                ..time::When::default()
            });
        }
        // "The day after instead, same time" in a move whose appointment is not found
        // yet: a shift by whole days, applied once it is.
        let same_time_days = relative::day_step(ws)
            .filter(|_| intent::says_same_time(ws))
            .map(|days| days * 24 * 60);
        let minutes = relative::shift_minutes(ws)
            .or_else(|| relative::week_step(ws).map(|days| days * 24 * 60))
            .or(same_time_days)?;
        match self.start_under_discussion() {
            Some(at) => Some(said_start(at + Duration::minutes(minutes))),
            None => {
                if self.s.intent == Some(Intent::Reschedule) && self.s.target.is_none() {
                    self.s.move_shift = Some(minutes);
                }
                None
            }
        }
    }

    /// A move on its appointment's own day ("plus tard dans la journée", "earlier that
    /// day"): that day with a window after the appointment's end (or before its start),
    /// so its free times there are offered earliest first (SPEC §3). Said before the
    /// appointment is found, it waits for it (lookup.rs). Returns whether a time was
    /// taken.
    fn move_same_day(&mut self, way: relative::SameDay) -> bool {
        let bound = self.s.move_same_day_bound;
        let at = self.s.move_same_day_at;
        match self
            .s
            .target
            .as_ref()
            .map(|t| same_day_when(t, way, bound, at))
        {
            Some(w) => {
                self.s.move_same_day_bound = None;
                self.s.move_same_day_at = None;
                self.absorb_when(w)
            }
            None => {
                self.s.move_same_day = Some(way);
                false
            }
        }
    }

    /// Whether the booking or the move is being read back, a start chosen.
    fn reading_back(&self, step: Step) -> bool {
        matches!(step, Step::ConfirmBooking | Step::ConfirmReschedule) && self.s.slot.is_some()
    }

    /// The first or the last hour of the business's day on `date`, as a window.
    fn edge_window(&self, date: chrono::NaiveDate, edge: relative::Edge) -> Option<time::Window> {
        let spans = self.config.hours.spans_on(date);
        let hour = Duration::minutes(60);
        Some(match edge {
            relative::Edge::First => time::Window {
                after: None,
                before: Some(spans.first()?.open + hour),
            },
            relative::Edge::Last => time::Window {
                after: Some(spans.last()?.close - hour),
                before: None,
            },
            relative::Edge::LateMorning => {
                let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0)?;
                time::Window {
                    after: Some(noon - hour),
                    before: Some(noon),
                }
            }
        })
    }

    /// The start "same time" refers to: the time chosen or asked for, else the
    /// appointment being moved, else the last start refused ("le 25 d'abord, même
    /// heure" after the 24th at 10 was closed), else, for a booking after one made in
    /// this call ("... and the same time the week after"), that booking's start.
    fn start_under_discussion(&self) -> Option<chrono::NaiveDateTime> {
        let asked = match self.s.time_ask {
            Some(TimeAsk::Exact { at }) => Some(at),
            _ => None,
        };
        // "Thursday at 2? ... what about the next day, same time?": while the nearest
        // times to a refused start are offered, that start is the one spoken of, not
        // the appointment being moved.
        let refused = self.s.refused_at.filter(|_| !self.s.offers.is_empty());
        self.s
            .slot
            .or(asked)
            .or(refused)
            .or_else(|| {
                self.s
                    .target
                    .as_ref()
                    .map(bella_core::Appointment::local_start)
            })
            .or(self.s.refused_at)
            .or_else(|| {
                self.s
                    .appointment
                    .as_ref()
                    .filter(|_| {
                        self.s.made == Some(Outcome::Booked) && self.s.intent == Some(Intent::Book)
                    })
                    .map(bella_core::Appointment::local_start)
            })
    }

    /// "next week" (English): the Monday of the following calendar week (SPEC §2).
    fn next_week(&self, ws: &[String]) -> Option<chrono::NaiveDate> {
        intent::has_phrase(ws, "next week")
            .then(|| crate::relative::week_monday(self.reference().today(), 1))
            .flatten()
    }

    /// "next week", "la semaine prochaine": the Monday of the following calendar week
    /// (SPEC §2, SPEC-fr §5.5), in either language.
    pub(crate) fn week_asked(&self, ws: &[String]) -> Option<chrono::NaiveDate> {
        intent::any_phrase(ws, &["next week", "semaine prochaine"])
            .then(|| crate::relative::week_monday(self.reference().today(), 1))
            .flatten()
    }

    fn weekend_day(&self, ws: &[String]) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        // "la fin de semaine" is the weekend in Quebec (SPEC §5.7); "week-end" splits.
        if !ws.iter().any(|w| w == "weekend" || w == "weekends")
            && !intent::any_phrase(ws, &["fin de semaine", "week end"])
        {
            return None;
        }
        let today = self.reference().today();
        let mut sat = today;
        // The coming Saturday (today on a Saturday; yesterday's on a Sunday).
        let back = today.weekday() == chrono::Weekday::Sun;
        if back {
            sat = today.pred_opt()?;
        }
        while sat.weekday() != chrono::Weekday::Sat {
            sat = sat.succ_opt()?;
        }
        if intent::any_phrase(ws, &["next weekend", "fin de semaine prochaine"]) {
            sat = sat.checked_add_days(chrono::Days::new(7))?;
        }
        let sun = sat.succ_opt()?;
        let days = [sat, sun];
        let day = days
            .into_iter()
            .filter(|d| *d >= today)
            .find(|d| self.config.hours.is_open_on(*d))
            .unwrap_or(if sat >= today { sat } else { sun });
        Some((day, sat))
    }

    /// At the time step after offers: "yes" takes the first, "the second one" the
    /// second. Returns whether an offer was taken.
    pub(crate) fn pick_offer(&mut self, text: &str, ws: &[String]) -> bool {
        let n = self.s.offers.len();
        // "ok, with anyone then", "can I get Jen?": the offers were for someone else;
        // "not 9 though" names an offer to leave out, not to take.
        // "What's the latest you have?" asks for the day's last free start, not the
        // last of the offers (`absorb`).
        if n == 0
            || self.changes_service(ws)
            || exclude::Exclusions::said(ws)
            || relative::wants_latest(ws)
        {
            return false;
        }
        let said = self.turn_time(text);
        let first_day = self.s.offers.first().map(|o| o.date());
        // The day just offered, said again without a time and with a word of assent
        // ("Friday's fine"), or once more after its offers were made again: its
        // earliest offer. Said alone the first time ("on Friday") it picks nothing
        // (the offers are made again), and neither does a window said with it
        // ("Thursday before 10" said again after nothing in it was free).
        let assents = intent::any_phrase(
            ws,
            &[
                "fine", "good", "great", "works", "perfect", "ok", "okay", "sure", "yes", "yeah",
            ],
        );
        // "Friday, same time" names a time too (`absorb`).
        let same_day = (assents || self.s.failures > 0)
            && !intent::says_same_time(ws)
            && said.is_some_and(|w| {
                w.day_said
                    && !w.time_said
                    && w.part_of_day.is_none()
                    && w.window.is_none()
                    && w.date == first_day
            });
        let index = intent::offer_index(ws, n)
            .or_else(|| {
                let yes = self.confirm(text).map(|m| m.value) == Some(confirm::Confirmation::Yes);
                // "as soon as possible" said again to the earliest times offered: the
                // first of them (asking again would offer the same times).
                let earliest_again = said.is_some_and(|w| {
                    w.earliest && !w.day_said && !w.time_said && w.window.is_none()
                }) && self.s.offers_earliest;
                let earliest = (said.is_none() || earliest_again) && intent::wants_earliest(ws);
                let same_span = said.is_some_and(|w| self.restates_offered_span(&w, first_day));
                ((yes && said.is_none()) || same_day || same_span || earliest).then_some(0)
            })
            .or_else(|| {
                // "10 please" after "9, 9:30 or 10": a bare clock that names one offer.
                let (h, m) = intent::bare_clock(ws).filter(|_| said.is_none())?;
                self.s
                    .offers
                    .iter()
                    .position(|o| o.time().hour12().1 == h && o.minute() == m)
            });
        let Some(at) = index.and_then(|i| self.s.offers.get(i).copied()) else {
            return false;
        };
        self.s.time_ask = Some(TimeAsk::Exact { at });
        self.s.time_ask_fresh = true;
        true
    }

    /// Whether `w` only says again the part of the day or the window the offers were
    /// made in ("in the afternoon" while the afternoon's times are offered, "noon to one"
    /// again after the lunch hour's times): no start, no other day, and every offer
    /// inside it. Asking again would offer the same times, so it takes the earliest of
    /// them, as a plain yes does.
    fn restates_offered_span(&self, w: &time::When, first_day: Option<chrono::NaiveDate>) -> bool {
        if w.time_said || (w.day_said && w.date != first_day) {
            return false;
        }
        match (w.part_of_day, w.window) {
            // Only when every offer is inside it: offers made outside a full window
            // are no pick (SPEC §3, never booked outside it unasked).
            (_, Some(win)) => {
                let win = Bounds::from(win);
                self.s.window == Some(win) && self.s.offers.iter().all(|o| win.contains(o.time()))
            }
            (Some(part), None) => self.s.part == Some(part) && self.s.window.is_none(),
            (None, None) => false,
        }
    }

    /// At the time step after offers: "anything later?", "what else do you have?",
    /// "anything earlier?" ask for the times past the last offer or before the first
    /// one (`availability.rs`). A turn that says a time, or a day other than the
    /// offers', is read as that instead. Returns whether the caller paged; paging is
    /// no failed answer. After [`MAX_PAGES`] pages in a row the next asks the caller
    /// for a day and time of their own instead of offering more.
    pub(crate) fn page_offers(&mut self, text: &str, ws: &[String]) -> Paged {
        let (Some(&first), Some(&last)) = (self.s.offers.first(), self.s.offers.last()) else {
            return Paged::No;
        };
        // "anything later on Friday?" with Friday's times offered pages too: the day
        // said is the one the offers are on.
        let only_their_day = |w: &time::When| {
            !w.time_said
                && w.window.is_none()
                && w.part_of_day.is_none()
                && !w.earliest
                && w.date
                    .is_some_and(|d| d == first.date() || d == last.date())
        };
        let said = self.turn_time(text);
        let Some(page) = intent::pages(ws).filter(|_| said.is_none_or(|w| only_their_day(&w)))
        else {
            self.s.pages = 0;
            return Paged::No;
        };
        self.s.pages = self.s.pages.saturating_add(1);
        if self.s.pages > MAX_PAGES {
            // Page after page turned down: no more of the same.
            self.s.pages = 0;
            self.s.slot = None;
            self.s.offers.clear();
            self.s.time_ask = None;
            self.say("Okay.");
            self.ask(Step::Time, "What other day or time would suit you?");
            return Paged::AskedOwn;
        }
        self.page_from(page, first, last);
        Paged::Offers
    }

    /// At the read-back of a booking or a move, a turn that corrected nothing (a time,
    /// another day, "half an hour later", "the day after that" are corrections) and
    /// asks "anything earlier that day?", "earlier if you have it", "something
    /// later?": the times before or after the start read back, on its day, as
    /// [`Self::page_offers`] pages from the offers. Only a turn that says which way
    /// pages here: "no, a different time" asks for another day and time instead.
    /// Returns whether the caller paged.
    pub(crate) fn page_from_readback(&mut self, ws: &[String]) -> bool {
        let which_way = ws
            .iter()
            .any(|w| matches!(w.as_str(), "earlier" | "sooner" | "later" | "tôt" | "tard"));
        let (Some(at), Some(page)) = (self.s.slot, intent::pages(ws).filter(|_| which_way)) else {
            return false;
        };
        self.page_from(page, at, at);
        true
    }

    /// Asks for the free starts before `first` or after `last` ([`intent::Page`]).
    fn page_from(
        &mut self,
        page: intent::Page,
        first: chrono::NaiveDateTime,
        last: chrono::NaiveDateTime,
    ) {
        self.s.time_ask = Some(match page {
            intent::Page::Later => TimeAsk::Later { after: last },
            intent::Page::Earlier => TimeAsk::Earlier { before: first },
        });
        self.s.time_ask_fresh = false;
        self.s.slot = None;
    }

    /// "an hour later then" after a refused 10:00: a length, the start under discussion
    /// shifted (`relative_when`: 11:00), neither the next times offered nor a pick.
    pub(crate) fn shifts_start(&self, ws: &[String]) -> bool {
        relative::shift_minutes(ws).is_some() && self.start_under_discussion().is_some()
    }

    /// The next step of a booking.
    pub(crate) fn advance_booking(&mut self) {
        if self.service_first() {
            return;
        }
        if self.s.time_ask.is_some() && !self.evaluate_time() {
            return;
        }
        if self.s.name.is_none() && self.ask_known_name() {
            // "Is this for you, Priya?" (services.rs)
        } else if self.s.name.is_none() && self.for_someone_else() {
            // "An appointment for my son": whose name the booking goes under, never
            // the caller's ("Okay, ..." only where nothing went wrong before).
            self.ask(
                Step::Name,
                if self.s.failures == 0 {
                    "Okay, who is the appointment for?"
                } else {
                    "Who is the appointment for?"
                },
            );
        } else if self.s.name.is_none() {
            let q = self.variant(&self.prompts().ask_name);
            self.ask(Step::Name, &q);
        } else if let Some(n) = self.s.name.clone().filter(|_| self.s.name_unsure) {
            self.s.name_unsure = false;
            let q = format!(
                "I have your name as {}, {}. Is that right?",
                n.as_str(),
                spelling::spell_out(&n)
            );
            self.ask(Step::ConfirmName, &q);
        } else if self.s.phone.is_none() {
            if self.s.phone_misses == 0 && self.booking_for_other_by_known() {
                // A known caller booking for someone else: their own number offered,
                // as "Is this for you?" takes it for their own booking.
                if !self.offer_caller_id() {
                    let q = self.variant(&self.prompts().ask_phone);
                    self.ask(Step::Phone, &q);
                }
            } else if self.s.phone_misses == 0 {
                let q = self.variant(&self.prompts().ask_phone);
                self.ask(Step::Phone, &q);
            } else if !self.offer_caller_id() {
                self.ask(Step::Phone, "What's your phone number, please?");
            }
        } else if self.s.slot.is_none() && !self.s.offers.is_empty() {
            // The times offered still stand.
            self.reask_time();
        } else if self.s.slot.is_none() {
            let q = self.variant(&self.prompts().ask_time);
            self.ask(Step::Time, &q);
        } else if let (Some(n), Some(p), Some(at)) = (&self.s.name, &self.s.phone, self.s.slot) {
            let q = format!(
                "So that's {}{}, phone {}, on {}. Shall I book it?",
                self.readback_what(),
                n.as_str(),
                self.speak_phone(p),
                self.speak_when(at)
            );
            self.ask(Step::ConfirmBooking, &q);
        }
    }

    /// A caller known by their number (`svc.known`) booking for someone else: asked
    /// "Is this for you?" and not taking it, or saying so before it was asked
    /// ("for my son").
    fn booking_for_other_by_known(&self) -> bool {
        self.s.svc.known_asked && self.s.svc.known.is_none()
    }

    /// The booking is someone else's: said so ("for my son"), or a known caller said
    /// it is not for them. The name asked is then that person's.
    pub(crate) fn for_someone_else(&self) -> bool {
        self.s.svc.for_other || self.booking_for_other_by_known()
    }

    /// Offers the number the caller is calling from ("... ending in 0142. Is that
    /// okay?"), unless there is none or they declined it: `true` when it was offered.
    pub(crate) fn offer_caller_id(&mut self) -> bool {
        let Some(cid) = self.s.call.caller_id.clone() else {
            return false;
        };
        if self.s.caller_id_declined {
            return false;
        }
        let q = self.variant(&self.prompts().offer_caller_id);
        self.ask(Step::CallerIdOffer, &q.replace("{last4}", last4(&cid)));
        true
    }

    /// "Yes" at a read-back: book, cancel or move.
    pub(crate) fn commit_change(&mut self) {
        match self.s.step {
            Step::ConfirmBooking => {
                let (Some(name), Some(phone), Some(at)) =
                    (self.s.name.clone(), self.s.phone.clone(), self.s.slot)
                else {
                    self.advance();
                    return;
                };
                let (service, resource, minutes) = self.booking_details(at);
                let request = StoreRequest::Book {
                    name,
                    phone,
                    start: self.utc(at),
                    minutes,
                    idempotency_key: self.idempotency_key("book"),
                    service,
                    resource,
                    lang: self.lang(),
                };
                self.request(PendingKind::Book, request);
            }
            Step::ConfirmCancel => {
                let Some(id) = self.s.target.as_ref().map(|a| a.id) else {
                    self.advance();
                    return;
                };
                // "Cancel both": one key for each of the appointments cancelled in turn.
                let idempotency_key = match self.s.cancelled.len() {
                    0 => self.idempotency_key("cancel"),
                    n => self.idempotency_key(&format!("cancel-{n}")),
                };
                self.request(
                    PendingKind::Cancel,
                    StoreRequest::Cancel {
                        id,
                        idempotency_key,
                    },
                );
            }
            Step::ConfirmReschedule => {
                let (Some(id), Some(at)) = (self.s.target.as_ref().map(|a| a.id), self.s.slot)
                else {
                    self.advance();
                    return;
                };
                let request = StoreRequest::Reschedule {
                    id,
                    new_start: self.utc(at),
                    idempotency_key: self.idempotency_key("reschedule"),
                    resource: self.move_resource(at),
                };
                self.request(PendingKind::Reschedule, request);
            }
            _ => self.advance(),
        }
    }

    /// The slot went between the check and the booking: refuse it and offer others.
    pub(crate) fn slot_lost(&mut self) {
        self.s.availability = None;
        if let Some(at) = self.s.slot.take() {
            self.s.time_ask = Some(TimeAsk::Exact { at });
            self.s.time_ask_fresh = false;
        }
        self.say("Oh, it looks like that time was just taken.");
        self.advance();
    }

    pub(crate) fn on_booked(&mut self, result: StoreResult) {
        match result {
            StoreResult::Booked(appt) => {
                if self.offer_second(&appt) {
                    return;
                }
                // The second of two services booked: the call ends on the first.
                let appt = self.s.svc.first.clone().unwrap_or(appt);
                let text = self.variant(&self.prompts().booked);
                // Another request of the call still to do (requests.rs).
                if self.booked_then_next(&appt, &text) {
                    return;
                }
                self.done(appt, Outcome::Booked, |when| {
                    format!("{text} We'll see you on {when}. Thanks for calling, goodbye!")
                });
            }
            StoreResult::SlotTaken => self.slot_lost(),
            _ => self.store_failed(),
        }
    }
}

/// The appointment `a`'s day with a window after its end ([`relative::SameDay::Later`])
/// or before its start: where a move "plus tard dans la journée" or "earlier that day"
/// looks.
/// `bound`, a clock said with it, narrows the window on its far side ("plus tard la
/// même journée, après 15 h": after 15:00 rather than after the appointment's end).
pub(crate) fn same_day_when(
    a: &bella_core::Appointment,
    way: relative::SameDay,
    bound: Option<chrono::NaiveTime>,
    at: Option<chrono::NaiveTime>,
) -> time::When {
    let start = a.local_start();
    if let Some(t) = at {
        // "Earlier that day, like around 11": that start on its day.
        return time::When {
            date: Some(start.date()),
            time: Some(t),
            day_said: true,
            time_said: true,
            ..time::When::default()
        };
    }
    let window = match way {
        relative::SameDay::Later => {
            let end = (start + Duration::minutes(i64::from(a.minutes))).time();
            time::Window {
                after: Some(bound.map_or(end, |b| b.max(end))),
                before: None,
            }
        }
        relative::SameDay::Earlier => time::Window {
            after: None,
            before: Some(bound.map_or(start.time(), |b| b.min(start.time()))),
        },
    };
    time::When {
        date: Some(start.date()),
        day_said: true,
        window: Some(window),
        ..time::When::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_not_names() {
        let ok = |s: &str| plausible_name(&PersonName::new(s).unwrap());
        assert!(ok("Rocky Jonathan"));
        assert!(ok("Jean-Luc O'Connor"));
        assert!(ok("Zoë"));
        assert!(!ok("I'd Rather Not Say"));
        assert!(!ok("403 555"));
        assert!(!ok("A B C D E"));
    }

    /// A day said alone while the name or the number is asked moves the start already
    /// chosen to that day, its hour kept (front desk 29, v-01/v-02); at the time
    /// question the same words still ask for that day's free times.
    #[test]
    fn a_day_said_aside_keeps_the_hour() {
        let run = |name: &str, phone: &str, time: &str| {
            let line = format!(
                r#"{{"id":"c","now":"2028-01-20T10:10:00-07:00","tz":"America/Edmonton","caller_id":"+17805558100","existing":[],"persona":{{"intent":["tuesday at 10"],"name":["{name}","Stan Hrycun"],"phone":["{phone}"],"time":["{time}"],"confirm":["yes"],"other":[]}}}}"#
            );
            let r = crate::sim::run_case(&crate::sim::parse_case(&line).unwrap()).unwrap();
            r.appointment.map(|a| a.start)
        };
        let wed_10 = Some("2028-01-26T10:00".to_owned());
        // At the number question, and at the name question.
        assert_eq!(
            run(
                "Stan Hrycun",
                "780 555 8101, oh and make it wednesday instead",
                "yes"
            ),
            wed_10
        );
        assert_eq!(
            run(
                "actually can we switch that to wednesday",
                "780 555 8101",
                "yes"
            ),
            wed_10
        );
        // Asked for a time, a day alone offers its free times: a yes takes the first.
        let line = r#"{"id":"c","now":"2028-01-20T10:10:00-07:00","tz":"America/Edmonton","caller_id":"+17805558100","existing":[],"persona":{"intent":["i'd like to book"],"name":["Stan Hrycun"],"phone":["780 555 8101"],"time":["wednesday","yes"],"confirm":["yes"],"other":[]}}"#;
        let r = crate::sim::run_case(&crate::sim::parse_case(line).unwrap()).unwrap();
        assert_eq!(
            r.appointment.map(|a| a.start).as_deref(),
            Some("2028-01-26T09:00")
        );
    }
}
