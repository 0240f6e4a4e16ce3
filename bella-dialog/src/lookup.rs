//! The lookup sub-machine: find the caller's appointment (by caller id first, then
//! by the number they give), read it back, and cancel, move or just tell it.

use crate::engine::Dialog;
use crate::intent::{self, Intent};
use crate::io::{Outcome, StoreRequest, StoreResult};
use crate::state::{PendingKind, Step, TargetHint, TimeAsk};
use bella_core::{Appointment, AppointmentStatus, PhoneNumber};

impl Dialog {
    /// The next step of a cancel, reschedule or check call.
    /// The appointment found is read out: its day is the day under discussion until
    /// another is said, so a bare new time ("make it 11", "plutôt 11 h") stays on it
    /// (SPEC §3). Shared by the inbound move and a reminder's.
    pub(crate) fn discuss_target_day(&mut self) {
        if self.s.day.is_none() {
            self.s.day = self.s.target.as_ref().map(|t| t.local_start().date());
        }
    }

    pub(crate) fn advance_lookup(&mut self) {
        let Some(target) = self.s.target.clone() else {
            if !self.s.others.is_empty() {
                // Found several, and which one is still to say (which.rs).
                self.ask_which();
                return;
            }
            let caller_id = self.s.call.caller_id.clone();
            let next = caller_id
                .filter(|c| !self.s.searched.contains(c))
                .map(|c| (c, true))
                .or_else(|| {
                    self.s
                        .phone
                        .clone()
                        .filter(|p| !self.s.searched.contains(p))
                        .map(|p| (p, false))
                });
            match next {
                Some((phone, caller_id)) => {
                    self.request(
                        PendingKind::Find {
                            phone: phone.clone(),
                            caller_id,
                        },
                        StoreRequest::FindByPhone { phone },
                    );
                }
                None => self.ask(
                    Step::LookupPhone,
                    "What phone number was the appointment booked under?",
                ),
            }
            return;
        };
        let when = self.speak_when(target.local_start());
        let name = target.name.as_str().to_owned();
        match self.s.intent {
            Some(Intent::Cancel) if self.s.cancel_all => self.ask_cancel_all(&name),
            Some(Intent::Cancel) => self.ask(
                Step::ConfirmCancel,
                &format!(
                    "I see an appointment for {name} on {when}. Would you like me to cancel it?"
                ),
            ),
            Some(Intent::Reschedule) => {
                // "My Friday appointment, to the earliest you've got": the day asked is
                // the appointment's own, so it named it; the earliest from now instead.
                if std::mem::take(&mut self.s.move_earliest)
                    && matches!(self.s.time_ask, Some(TimeAsk::Day { date, part: None })
                        if date == target.local_start().date())
                {
                    self.s.time_ask = Some(TimeAsk::Earliest { part: None });
                    self.s.time_ask_fresh = true;
                    self.s.day = None;
                    self.s.offers.clear();
                }
                self.discuss_target_day();
                if self.s.time_ask.is_some() && !self.evaluate_time() {
                    return;
                }
                match self.s.slot {
                    Some(new) => self.ask(
                        Step::ConfirmReschedule,
                        &format!(
                            "So I'll move your {} from {when} to {}. Shall I go ahead?",
                            self.moved_what(),
                            self.speak_when(new) + &self.move_person_phrase()
                        ),
                    ),
                    None if self.s.step == Step::Time => {
                        self.ask(Step::Time, "What day and time would you like instead?");
                    }
                    None => self.ask_move_time(&name, &when),
                }
            }
            _ => {
                // "What time is my appointment tomorrow?" with none tomorrow: said so
                // before the one there is.
                if let Some(day) = self.s.target_hint.date
                    && std::iter::once(&target)
                        .chain(&self.s.others)
                        .all(|a| a.local_start().date() != day)
                {
                    let day = self.speak_day(day);
                    self.say(&format!("I don't see one on {day}."));
                }
                self.say(&format!("You have an appointment on {when}, under {name}."));
                // "Who am I seeing?": the person, where there are several to see.
                if self.config.resources.len() > 1
                    && let Some(r) = target.resource.as_deref()
                {
                    self.say(&format!("It's with {r}."));
                }
                // A check tells every upcoming appointment found, or, when the caller
                // named a day or time ("when is my Thursday appointment"), every one
                // it names (two on that Thursday are both told).
                let hint = self.s.target_hint;
                let others: Vec<_> = self
                    .s
                    .others
                    .iter()
                    .filter(|o| !hint.is_said() || hint.names(o.local_start()))
                    .cloned()
                    .collect();
                for other in others {
                    let also = self.speak_when(other.local_start());
                    self.say(&format!("You also have one on {also}."));
                }
                // "... and can you cancel the one on Monday": that next (requests.rs).
                if self.checked_then_next() {
                    return;
                }
                // "Ah OK, can you move it to Friday?": the call goes on.
                self.s.checked = true;
                self.ask(Step::Intent, "Is there anything else I can help you with?");
            }
        }
    }

    /// The answer to "anything else?" after a check: a cancel or a move is of the one
    /// appointment just told ("can you move it to 3?": 3 is the new time), or, when
    /// several were told, looks them up afresh with what this turn says of which
    /// ("celui de mardi, mettez-le à jeudi"); any other answer ("no, that's all", "OK
    /// great", "merci", the check asked again) ends the call. `true` when the turn was
    /// taken here.
    pub(crate) fn after_check(&mut self, text: &str, ws: &[String]) -> bool {
        if !std::mem::take(&mut self.s.checked) {
            return false;
        }
        let mut asked = intent::detect(ws);
        if asked.is_none() && (self.shifts_start(ws) || self.turn_time(text).is_some()) {
            // "Could you make it an hour later?", "Friday at 11 would be better": a
            // move of the one told.
            asked = Some(Intent::Reschedule);
        }
        if matches!(asked, Some(Intent::Cancel | Intent::Reschedule))
            && self.s.target.is_some()
            && self.s.others.is_empty()
        {
            // The one just told is "it": a time said now is the new one, a bare time
            // on its day.
            self.s.intent = asked;
            self.discuss_target_day();
            return false;
        }
        if matches!(
            asked,
            Some(Intent::Cancel | Intent::Reschedule | Intent::Book)
        ) {
            self.s.intent = asked;
            self.s.target = None;
            self.s.others.clear();
            self.s.searched.clear();
            self.s.target_hint = TargetHint::default();
            self.s.also_targets.clear();
            self.s.move_hint = None;
            return false;
        }
        if matches!(asked, None | Some(Intent::Check)) {
            // "No, that's all", "OK great", "merci", or the check again: done.
            self.thanks_goodbye();
            return true;
        }
        false
    }

    /// "Actually, just cancel it", "en fait, annulez-le" while the appointment found is
    /// being moved (at the time question or the move's read-back, the turn naming no
    /// time): the cancel read-back instead, which asks before cancelling. `true` when
    /// it switched.
    pub(crate) fn cancel_instead(&mut self, text: &str, ws: &[String]) -> bool {
        if self.s.intent != Some(Intent::Reschedule)
            || self.s.target.is_none()
            || !matches!(self.s.step, Step::Time | Step::ConfirmReschedule)
            || intent::detect(ws) != Some(Intent::Cancel)
            || self.turn_time(text).is_some()
        {
            return false;
        }
        self.s.intent = Some(Intent::Cancel);
        self.s.time_ask = None;
        self.s.slot = None;
        self.s.offers.clear();
        self.advance();
        true
    }

    /// "Actually, don't cancel it, can you move it to Friday at 11?" at a cancel's
    /// read-back ([`intent::moves_instead`]): the one read back is moved instead, to
    /// the time said with it or to one asked for, and read back before it is. `true`
    /// when it switched. A reminder's cancel read-back too ("no, don't cancel it, can we
    /// move it instead?").
    pub(crate) fn move_instead(&mut self, text: &str, ws: &[String]) -> bool {
        if self.s.intent != Some(Intent::Cancel)
            || self.s.step != Step::ConfirmCancel
            || self.s.cancel_all
            || self.s.target.is_none()
        {
            return false;
        }
        let time_said = self.turn_time(text).is_some();
        if !intent::moves_instead(ws, time_said) {
            return false;
        }
        self.s.intent = Some(Intent::Reschedule);
        self.discuss_target_day();
        let _ = self.absorb(text, bella_core::Expect::Time);
        if self.s.time_ask.is_none() {
            // No time with it: the new time is asked.
            self.s.step = Step::Time;
        }
        self.advance();
        true
    }

    /// Before the caller's appointment is found, keeps the day or time they name it by:
    /// "cancel my Thursday appointment", "when is my 10 o'clock", and for a move the
    /// part before the new time ("move my Thursday appointment to Friday at 2").
    pub(crate) fn note_target_hint(&mut self, text: &str) {
        if self.s.target.is_some() {
            return;
        }
        // "cancel my colour": the service picks among several found (`on_found`); the
        // one found then sets the call's service (`follow_target`).
        let all_ws = intent::words(text);
        let ws = changed_words(&self.config, &all_ws);
        if self.config.services.len() > 1
            && matches!(
                self.s.intent,
                Some(Intent::Cancel | Intent::Check | Intent::Reschedule)
            )
            && let Some(i) = crate::services::find_service(&self.config, ws)
        {
            self.s.svc.service = Some(i);
        }
        if matches!(
            self.s.intent,
            Some(Intent::Cancel | Intent::Check | Intent::Reschedule)
        ) {
            // "Cancel the one next week": the week picks among those found; in a move
            // only before the words leading to the new time ("move it to next week").
            let week = crate::relative::week_named(
                &self.week_words(text, &all_ws),
                self.reference().today(),
            );
            let hint = &mut self.s.target_hint;
            hint.nth = intent::appointment_position(&all_ws).or(hint.nth);
            // "my appointment with Sarah", "my massage": by its person or its service.
            hint.person = crate::services::find_resource(&self.config, &all_ws).or(hint.person);
            hint.services |= crate::services::services_said(&self.config, ws);
            hint.several |= intent::speaks_of_several(&all_ws);
            hint.all |= intent::means_all(&all_ws);
            hint.week = week.or(hint.week);
        }
        let named = match self.s.intent {
            Some(Intent::Cancel) => {
                // "my Tuesday one and the Thursday one too": the first named is the
                // hint, the others wait for the appointments found (which.rs).
                let mut each = self.named_each(text);
                if each.len() > 1 {
                    let first = each.remove(0);
                    self.s.also_targets = each.iter().map(TargetHint::said).collect();
                    Some(first)
                } else {
                    self.turn_time(text)
                }
            }
            Some(Intent::Check) => self.turn_time(text),
            Some(Intent::Reschedule) => {
                // "de lundi juste après celui de jeudi": Thursday's is the anchor
                // (own.rs), what is said before it names the one moved.
                let before = crate::own::before_anchor(text);
                let from = if before.len() < text.len() {
                    let r = self.reference();
                    self.lang().time(before, &r).map(|m| m.value)
                } else {
                    self.moved_from(text)
                };
                if from.is_none() && self.s.move_hint.is_none() {
                    self.s.move_hint = self.named_in_move(before);
                }
                from
            }
            _ => None,
        };
        if let Some(w) = named {
            let mut said = TargetHint::said(&w);
            // "Celui de la semaine prochaine": the whole week (`hint.week`, above), not
            // its Monday, which the extractor gives for the week said alone (SPEC-fr
            // 5.5).
            let ws = intent::words(text);
            if said.date.is_some()
                && said.date == self.s.target_hint.week
                && said.time.is_none()
                && !intent::any_phrase(&ws, &["lundi", "monday"])
            {
                said.date = None;
            }
            let hint = &mut self.s.target_hint;
            hint.date = said.date.or(hint.date);
            hint.time = said.time.or(hint.time);
            hint.part = said.part.or(hint.part);
        }
    }

    /// The words of `text` that may name the caller's appointment by its week: all of
    /// them, or in a move those before the first word leading to the new time (all of
    /// them in a move by a length: "my one for next week, push it back a day").
    /// `ws` is `text`'s words.
    fn week_words(&self, text: &str, ws: &[String]) -> Vec<String> {
        if self.s.intent != Some(Intent::Reschedule) || crate::relative::shift_minutes(ws).is_some()
        {
            return ws.to_vec();
        }
        let lower = text.to_lowercase();
        let cut = intent::move_to_words()
            .filter_map(|w| lower.find(&format!(" {w} ")))
            .min()
            .unwrap_or(lower.len());
        intent::words(lower.get(..cut).unwrap_or(&lower))
    }

    /// "Cancel my Tuesday one and the Thursday one too", "mon rendez-vous de lundi pis
    /// celui de mercredi aussi", "mes rendez-vous de jeudi et de vendredi": the day or
    /// time of each appointment named, in order, when "and"/"et"/"pis" leads to another
    /// day or time with only words that point at an appointment between ("the", "one",
    /// "celui", "de"). Fewer than two when the turn names one.
    fn named_each(&self, text: &str) -> Vec<bella_extract::time::When> {
        const JOINERS: &[&str] = &[" and ", " et ", " pis ", " puis "];
        const POINTERS: &[&str] = &[
            "the",
            "my",
            "one",
            "that",
            "on",
            "at",
            "of",
            "appointment",
            "celui",
            "celle",
            "de",
            "du",
            "mon",
            "ma",
            "à",
            "a",
            "rendez-vous",
            "aussi",
            "also",
        ];
        let lower = text.to_lowercase();
        let mut cuts: Vec<usize> = JOINERS
            .iter()
            .flat_map(|j| lower.match_indices(j).map(|(i, _)| i))
            .collect();
        if cuts.is_empty() {
            return Vec::new();
        }
        cuts.sort_unstable();
        let r = self.reference();
        let names = |t: &str| {
            self.lang()
                .time(t, &r)
                .filter(|m| (m.value.day_said || m.value.time_said) && m.value.window.is_none())
        };
        // A cut is kept when the words after it, up to the next, name a day or time
        // within a few pointing words.
        let mut kept = vec![0];
        for (k, &cut) in cuts.iter().enumerate() {
            let next = cuts.get(k + 1).copied().unwrap_or(lower.len());
            let Some(right) = lower.get(cut..next) else {
                continue;
            };
            let Some(m) = names(right) else { continue };
            let lead: Vec<&str> = right
                .get(..m.span.start)
                .unwrap_or("")
                .split_whitespace()
                .skip(1)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            if lead.len() <= 4 && lead.iter().all(|w| w.is_empty() || POINTERS.contains(w)) {
                kept.push(cut);
            }
        }
        if kept.len() < 2 {
            return Vec::new();
        }
        kept.push(lower.len());
        kept.windows(2)
            .map(|p| lower.get(p[0]..p[1]).and_then(names).map(|m| m.value))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default()
    }

    /// "move my Thursday appointment to Friday at 2", "déplacer mon rendez-vous de
    /// jeudi à vendredi": the time said before the first word that leads to the new
    /// time ([`intent::move_to_words`]: "to", "for", "à", "pour", "au") with a time on
    /// each side names the appointment; the one after is the new time.
    fn moved_from(&self, text: &str) -> Option<bella_extract::time::When> {
        self.moved_split(text).map(|(w, _)| w)
    }

    /// The words of `text` that say a move's new time: those from the word leading to
    /// it when the words before name the appointment ("remettre mon massage de
    /// vendredi à la semaine prochaine": "à la semaine prochaine"), else all of them
    /// (`ws`).
    pub(crate) fn new_time_words(&self, text: &str, ws: &[String]) -> Vec<String> {
        match self.moved_split(text) {
            Some((_, cut)) => {
                let lower = text.to_lowercase();
                intent::words(lower.get(cut..).unwrap_or(&lower))
            }
            None => ws.to_vec(),
        }
    }

    /// [`Self::moved_from`] with where the words leading to the new time start.
    pub(crate) fn moved_split(&self, text: &str) -> Option<(bella_extract::time::When, usize)> {
        let lower = text.to_lowercase();
        let r = self.reference();
        let mut cuts = Vec::new();
        for w in intent::move_to_words() {
            cuts.extend(lower.match_indices(&format!(" {w} ")).map(|(i, _)| i));
        }
        cuts.sort_unstable();
        cuts.into_iter().find_map(|i| {
            let (left, right) = (lower.get(..i)?, lower.get(i..)?);
            let m = self.lang().time(left, &r)?;
            // "à jeudi le 10 à 11 h": a day or time that a leading word itself leads
            // to is the new time's first part, never the appointment's.
            if led_to(left.get(..m.span.start)?) {
                return None;
            }
            let w = m.value;
            // "to the same time next week" is a new time the extractor leaves to the
            // engine (`a_week_later`).
            let rw = intent::words(right);
            let new_time = self.lang().time(right, &r).is_some()
                || (intent::says_same_time(&rw) && self.week_asked(&rw).is_some());
            // "move my afternoon one to Friday": a part of the day names it too.
            let named = w.day_said || w.time_said || w.part_of_day.is_some();
            (new_time && named).then_some((w, i))
        })
    }

    /// "Reschedule my 2:30 to later that day, like 4": a move request that names its
    /// appointment by its clock and leads to a clock or a bound of the new time
    /// ([`Self::moved_split`]); that clock is the new time, not the appointment's.
    /// ("Mon rendez-vous de mardi à 10 h" names no clock before "à": the 10 h is the
    /// appointment's.)
    pub(crate) fn new_clock_led_to(&self, text: &str) -> bool {
        let r = self.reference();
        self.moved_split(text).is_some_and(|(named, cut)| {
            named.time_said
                && text
                    .get(cut..)
                    .and_then(|right| self.lang().time(right, &r))
                    .is_some_and(|m| m.value.time_said || m.value.window.is_some())
        })
    }

    /// The one day or time of a move request when no "to"/"for" leads to it ("move my
    /// Thursday appointment", "reschedule my 1 o'clock appointment", "my appointment on
    /// the 19th"): it may name the appointment rather than the new time
    /// ([`Self::take_move_hint`] decides once the appointments are found).
    fn named_in_move(&self, text: &str) -> Option<TargetHint> {
        let r = self.reference();
        let m = self.lang().time(text, &r)?;
        let led = led_to(&text.get(..m.span.start)?.to_lowercase());
        let hint = TargetHint::said(&m.value);
        (!led && hint.is_said() && m.value.window.is_none()).then_some(hint)
    }

    /// Once the caller's appointments are found: a move request's day or time that one
    /// of them has outright ([`TargetHint::names`]: every part said is its own, so
    /// "Friday at 10" never names a Wednesday 10:00, nor "Wednesday" next week's)
    /// names that one, and is no longer the new time asked for (it is asked again).
    /// Any other stays the new time.
    fn take_move_hint(&mut self, upcoming: &[Appointment]) {
        // None under the number calling: the hint waits for the number asked.
        if upcoming.is_empty() {
            return;
        }
        let Some(hint) = self.s.move_hint.take() else {
            return;
        };
        if self.s.target_hint.is_said() || !upcoming.iter().any(|a| hint.names(a.local_start())) {
            return;
        }
        self.s.target_hint = hint;
        // "I'm booked on April 1st, whatever's the first available": the earliest
        // free times from now; else the new time is asked.
        let earliest = std::mem::take(&mut self.s.move_earliest);
        self.s.time_ask = earliest.then_some(TimeAsk::Earliest { part: None });
        self.s.time_ask_fresh = earliest;
        self.s.slot = None;
        self.s.day = None;
        self.s.offers.clear();
    }

    pub(crate) fn on_found(&mut self, result: StoreResult, phone: PhoneNumber, caller_id: bool) {
        let StoreResult::Found(list) = result else {
            self.store_failed();
            return;
        };
        if !self.s.searched.contains(&phone) {
            self.s.searched.push(phone.clone());
        }
        let now = self.s.now;
        let last_past = list
            .iter()
            .filter(|a| a.status == AppointmentStatus::Booked && a.start <= now)
            // Of the last two weeks: older, it is not the one the caller means.
            .filter(|a| now - a.start <= chrono::Duration::days(14))
            .max_by_key(|a| a.start)
            .cloned();
        let mut upcoming: Vec<_> = list
            .into_iter()
            .filter(|a| a.status == AppointmentStatus::Booked && a.start > now)
            .collect();
        // Those of the service the caller named first ("cancel my colour"), then those
        // of the person or a word of the service said ("with Sarah", "my massage"), so
        // the day or time said decides among them and the earliest of them is the
        // default.
        let named = self
            .s
            .svc
            .service
            .and_then(|i| self.config.services.get(i))
            .map(|s| s.name.clone());
        let other_service = |a: &Appointment| {
            named.as_deref().is_some_and(|n| {
                !a.service
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(n))
            })
        };
        // One changed earlier in this call ("and cancel my other one" after a move) comes
        // last, so only its day or time said picks it again (requests.rs).
        let changed = |a: &Appointment| {
            self.s.made.is_some() && self.s.appointment.as_ref().is_some_and(|c| c.id == a.id)
        };
        upcoming.sort_by_key(|a| (changed(a), other_service(a), !self.said_of(a), a.start));
        self.take_move_hint(&upcoming);
        if self.cancels_named(&upcoming) {
            return;
        }
        if self.cancels_all(&upcoming) {
            let first = upcoming.remove(0);
            self.take_target(first, upcoming);
            return;
        }
        if self.nothing_picks(&upcoming) {
            // Several, and nothing said picks one: which one is asked (which.rs).
            upcoming.sort_by_key(|a| a.start);
            self.s.others = upcoming;
            self.ask_which();
            return;
        }
        if let Some((i, _)) = self.s.target_hint.best(&upcoming) {
            // The one the caller named by its day, time or position, else the first.
            let target = upcoming.remove(i);
            self.take_target(target, upcoming);
            return;
        }
        if let Some(past) = last_past.filter(|_| upcoming.is_empty()) {
            self.passed(&past);
            return;
        }
        if std::mem::take(&mut self.s.relooked) {
            // The other number said at the new-booking offer has nothing either: that is
            // said and the booking offered again (no number asked a third time).
            self.s.phone = None;
            self.still_not_found();
            return;
        }
        if caller_id {
            self.say("I couldn't find an appointment under the number you're calling from.");
            self.advance();
            return;
        }
        self.s.phone = None;
        let sorry = format!(
            "I couldn't find an appointment under {}.",
            self.speak_phone(&phone)
        );
        if self.s.step != Step::LookupPhone {
            self.say(&sorry);
            self.advance();
        } else if self.fail(&sorry) {
            self.advance();
        }
    }

    /// The caller's appointment found has already passed ("I missed my appointment
    /// yesterday") and none is ahead: it is no longer one to cancel, move or tell, so
    /// that is said and a new one offered. A move with its new time said ("I missed it
    /// this morning, can I move it to tomorrow at 10?") books that time instead, read
    /// back before it is made, under the name and number on file.
    fn passed(&mut self, past: &Appointment) {
        let when = self.speak_when(past.local_start());
        self.say(&format!(
            "I see your appointment on {when}, but that has already passed."
        ));
        self.s.move_hint = None;
        if self.s.intent == Some(Intent::Reschedule) && self.s.time_ask.is_some() {
            self.s.intent = Some(Intent::Book);
            self.s.name.get_or_insert_with(|| past.name.clone());
            self.s.phone.get_or_insert_with(|| past.phone.clone());
            self.advance();
            return;
        }
        self.offer_new_booking();
    }

    /// The number already looked up, said again when the number is asked ("it's
    /// definitely 604 555 2382"): nothing is on file under it, so that is said and a new
    /// booking offered ("no" ends the call politely, a person may be asked for), rather
    /// than the number asked again until the caller is transferred.
    pub(crate) fn still_not_found(&mut self) {
        self.say("I still don't see an appointment under that number.");
        self.s.move_hint = None;
        self.s.not_found = self.s.intent;
        self.offer_new_booking();
    }

    /// Nothing to cancel, move or tell: the change asked is dropped and a new booking
    /// offered.
    fn offer_new_booking(&mut self) {
        self.s.intent = None;
        self.s.time_ask = None;
        self.s.slot = None;
        self.ask(Step::BookAfterHours, crate::turn::BOOK_NEW);
    }

    /// `target` is the appointment to act on, `others` the caller's other upcoming ones:
    /// what was said of the new time before it was found is put against it ("same
    /// time next week", "an hour later", "Friday, same time"), and the call goes on.
    pub(crate) fn take_target(&mut self, target: Appointment, mut others: Vec<Appointment>) {
        self.s.relooked = false;
        if std::mem::take(&mut self.s.same_time)
            && let Some(TimeAsk::Day { date, part: None }) = self.s.time_ask
        {
            self.s.time_ask = Some(TimeAsk::Exact {
                at: date.and_time(target.local_start().time()),
            });
        }
        if std::mem::take(&mut self.s.time_on_target_day) {
            let day = target.local_start().date();
            self.s.time_ask = match self.s.time_ask {
                Some(TimeAsk::Exact { at }) => Some(TimeAsk::Exact {
                    at: day.and_time(at.time()),
                }),
                Some(TimeAsk::Day { part, .. }) => Some(TimeAsk::Day { date: day, part }),
                other => other,
            };
            if matches!(
                self.s.time_ask,
                Some(TimeAsk::Exact { .. } | TimeAsk::Day { .. })
            ) {
                self.s.day = Some(day);
            }
        }
        // "To Dr. Chen, same time" said before it was found: its own start.
        if std::mem::take(&mut self.s.same_start) && self.s.time_ask.is_none() {
            self.s.time_ask = Some(TimeAsk::Exact {
                at: target.local_start(),
            });
        }
        // "Same time next week", or a move by a length said before it was found.
        let week = std::mem::take(&mut self.s.week_later).then_some(7 * 24 * 60);
        if let Some(minutes) = self.s.move_shift.take().or(week) {
            self.s.time_ask = Some(TimeAsk::Exact {
                at: target.local_start() + chrono::Duration::minutes(minutes),
            });
        }
        // "The Monday after" said before it was found: after its own day.
        if let Some((date, same_time)) = self.s.move_weekday_after.take().and_then(|(wd, same)| {
            crate::relative::first_weekday_after(target.local_start().date(), wd).map(|d| (d, same))
        }) {
            // A time said with it ("the Monday after, same time") stays.
            self.s.time_ask = Some(match self.s.time_ask {
                _ if same_time => TimeAsk::Exact {
                    at: date.and_time(target.local_start().time()),
                },
                Some(TimeAsk::Exact { at }) => TimeAsk::Exact {
                    at: date.and_time(at.time()),
                },
                Some(TimeAsk::Day { part, .. }) => TimeAsk::Day { date, part },
                _ => TimeAsk::Day { date, part: None },
            });
            self.s.day = Some(date);
        }
        // "Plus tard dans la journée" said before it was found: its day, after it.
        if let Some(way) = self.s.move_same_day.take() {
            let bound = self.s.move_same_day_bound.take();
            let at = self.s.move_same_day_at.take();
            self.absorb_when(crate::booking::same_day_when(&target, way, bound, at));
        }
        others.sort_by_key(|a| a.start);
        self.s.target = Some(target);
        self.s.others = others;
        // A move keeps the service's length and the resource (services.rs).
        self.follow_target();
        self.advance();
    }

    /// At a move's new-time question, "the Thursday one, to Friday at 10": the day or
    /// time before the "to" that another of the caller's appointments has outright
    /// ([`TargetHint::names`]) makes that one the appointment to move. Returns where
    /// the words of the new time start ("to Friday at 10"), when it did.
    pub(crate) fn move_other(&mut self, text: &str) -> Option<usize> {
        if self.s.intent != Some(Intent::Reschedule)
            || self.s.target.is_none()
            || self.s.others.is_empty()
        {
            return None;
        }
        let (w, cut) = self.moved_split(text)?;
        let hint = TargetHint::said(&w);
        let i = self
            .s
            .others
            .iter()
            .position(|a| hint.names(a.local_start()))?;
        self.switch_target(i);
        // The day under discussion is the new appointment's until the new time says
        // another (`discuss_target_day`).
        self.s.day = None;
        self.discuss_target_day();
        Some(cut)
    }

    /// "The Thursday one", "the one at 2" at a move's new-time question: another of
    /// the caller's appointments named outright ([`TargetHint::names`]) by a turn that
    /// speaks of an appointment ("one", "appointment") becomes the one moved; its day
    /// is read back and the new time asked again, as it is when the turn names the one
    /// already being moved. `true` when it did.
    pub(crate) fn picks_other_target(&mut self, text: &str, ws: &[String]) -> bool {
        if self.s.intent != Some(Intent::Reschedule)
            || self.s.step != Step::Time
            || self.s.target.is_none()
            || self.s.others.is_empty()
            || !ws
                .iter()
                .any(|w| matches!(w.as_str(), "one" | "appointment" | "booking"))
            // "the 1 o'clock one to 3" says the new time too (`move_other`).
            || self.moved_split(text).is_some()
        {
            return false;
        }
        let Some(hint) = self.turn_time(text).map(|w| TargetHint::said(&w)) else {
            return false;
        };
        let Some(i) = self
            .s
            .others
            .iter()
            .position(|a| hint.names(a.local_start()))
        else {
            // "The Thursday one" said again of the one being moved (it was picked
            // already): no new time, the question again.
            let current = self.s.target.as_ref().map(Appointment::local_start);
            if current.is_some_and(|c| hint.names(c)) && self.s.offers.is_empty() {
                self.reask_move_time();
                return true;
            }
            return false;
        };
        self.switch_target(i);
        self.s.day = None;
        self.s.time_ask = None;
        self.s.slot = None;
        self.s.offers.clear();
        self.discuss_target_day();
        self.reask_move_time();
        true
    }

    /// The appointment being moved read back again, and its new time asked.
    fn reask_move_time(&mut self) {
        if let Some(target) = self.s.target.clone() {
            let when = self.speak_when(target.local_start());
            self.ask_move_time(target.name.as_str(), &when);
        }
    }

    /// The appointment to move read back, and the new time asked.
    fn ask_move_time(&mut self, name: &str, when: &str) {
        self.ask(
            Step::Time,
            &format!(
                "I see your appointment for {name} on {when}. What day and time would you like to move it to?"
            ),
        );
    }

    /// The index among the others of the caller's appointment at position `n`,
    /// earliest first (`u8::MAX` the last), counting the one read back at `current`:
    /// `None` when that is the one read back.
    fn other_at(&self, n: u8, current: chrono::NaiveDateTime) -> Option<usize> {
        let mut starts: Vec<_> = self.s.others.iter().map(Appointment::local_start).collect();
        starts.push(current);
        starts.sort_unstable();
        let want = starts[usize::from(n).min(starts.len() - 1)];
        self.s.others.iter().position(|a| a.local_start() == want)
    }

    /// `others[i]` becomes the appointment read back or moved; the one before joins
    /// the others (earliest first).
    fn switch_target(&mut self, i: usize) {
        let other = self.s.others.remove(i);
        if let Some(old) = self.s.target.replace(other) {
            self.s.others.push(old);
            self.s.others.sort_by_key(|a| a.start);
        }
        self.follow_target();
    }

    /// "No, the Thursday one" at the read-back of the caller's appointment: another of
    /// their appointments that fits the day or start said better becomes the one read
    /// back. `true` when it did.
    pub(crate) fn retarget(&mut self, text: &str, ws: &[String]) -> bool {
        let Some(current) = self.s.target.as_ref().map(Appointment::local_start) else {
            return false;
        };
        let picked = match self.naming_hint(text, ws) {
            Some(hint) => {
                let here = hint.fit(current);
                hint.best(&self.s.others)
                    .filter(|&(_, fit)| fit > here)
                    .map(|(i, _)| i)
            }
            None => match intent::appointment_position(ws) {
                // "Non, le deuxième": the one at that position, earliest first.
                Some(n) => self.other_at(n, current),
                // "No, the other one", "non, l'autre": the next of the others (earliest
                // first, so with two appointments the one not read back).
                None => (intent::names_other(ws) && !self.s.others.is_empty()).then_some(0),
            },
        };
        let Some(i) = picked else {
            return false;
        };
        self.switch_target(i);
        self.s.cancel_all = false;
        true
    }

    /// What a turn says of one of the caller's appointments: its day, time or part of
    /// the day, or its week ("the one next week", [`crate::relative::week_named`]: the
    /// whole week, not the Monday the time reader gives for it alone). `None` when it
    /// says none of them.
    fn naming_hint(&mut self, text: &str, ws: &[String]) -> Option<TargetHint> {
        let mut hint = self
            .turn_time(text)
            .map(|w| TargetHint::said(&w))
            .unwrap_or_default();
        if let Some(week) = crate::relative::week_named(ws, self.reference().today()) {
            hint.week = Some(week);
            if hint.date == Some(week)
                && hint.time.is_none()
                && !intent::any_phrase(ws, &["monday", "lundi"])
            {
                hint.date = None;
            }
        }
        hint.is_said().then_some(hint)
    }

    /// "The one next week", "no, the Tuesday one" at a move's read-back, when the
    /// caller has several appointments: another of them, named outright by a turn that
    /// speaks of an appointment ("one", "appointment"), is the one moved instead, to the
    /// same new time, read back again. A new time said with it ("the Tuesday one, to
    /// Friday at 3") is `move_other`'s; a turn naming the one read back corrects
    /// nothing here. `true` when it did.
    pub(crate) fn retarget_move(&mut self, text: &str, ws: &[String]) -> bool {
        if self.s.intent != Some(Intent::Reschedule)
            || self.s.others.is_empty()
            || self.s.slot.is_none()
            || !intent::speaks_of_one(ws)
        {
            return false;
        }
        let Some(current) = self.s.target.as_ref().map(Appointment::local_start) else {
            return false;
        };
        if self.moved_split(text).is_some() {
            return false;
        }
        let picked = match self.naming_hint(text, ws) {
            Some(hint) if hint.names(current) => None,
            Some(hint) => self
                .s
                .others
                .iter()
                .position(|a| hint.names(a.local_start())),
            // "No, the other one": the next of the others (earliest first, so with two
            // the one not read back).
            None => intent::names_other(ws).then_some(0),
        };
        let Some(i) = picked else {
            return false;
        };
        self.switch_target(i);
        self.advance();
        true
    }

    /// "No, not mine, his, it's under his number 306 555 2818" at a change's read-back:
    /// the one read back is not the one meant, and a number not yet looked up, said
    /// with the refusal, is looked up for the same change, as at the number question
    /// (SPEC §3). The turn says the booking is "under" it: "no, my number is ..."
    /// alone corrects no lookup. `true` when it was.
    pub(crate) fn relook_under_number(&mut self, text: &str, ws: &[String]) -> bool {
        let Some(target) = self.s.target.as_ref() else {
            return false;
        };
        if self.is_reminder() || !ws.iter().any(|w| w == "under") {
            return false;
        }
        let Some(phone) = self
            .lang()
            .phone(text, &self.config.region)
            .map(|m| m.value)
        else {
            return false;
        };
        if phone == target.phone || self.s.searched.contains(&phone) {
            return false;
        }
        self.s.target = None;
        self.s.others.clear();
        self.s.cancel_all = false;
        // A move's new time read back stands for the one found under that number.
        if let Some(at) = self.s.slot.take() {
            self.s.time_ask = Some(TimeAsk::Exact { at });
        }
        self.s.step = Step::LookupPhone;
        self.on_slot_answer(text, ws);
        true
    }

    /// The last words of a call: the caller called us, or we called them (a reminder).
    fn sign_off(&self) -> &'static str {
        if self.is_reminder() {
            "Have a good day, goodbye!"
        } else {
            "Thanks for calling, goodbye!"
        }
    }

    pub(crate) fn on_cancelled(&mut self, result: StoreResult) {
        let bye = self.sign_off();
        match result {
            StoreResult::Cancelled(appt) if self.s.cancel_all => self.cancelled_one(appt, bye),
            StoreResult::Cancelled(appt) => self.changed(appt, Outcome::Cancelled, |when| {
                format!("Your appointment on {when} is cancelled.")
            }),
            _ => self.store_failed(),
        }
    }

    /// A cancel or a move made: on a reminder call `sentence` and the goodbye end it;
    /// on a call in, "anything else?" or the next request follows (requests.rs).
    fn changed(&mut self, appt: Appointment, outcome: Outcome, sentence: impl Fn(&str) -> String) {
        if self.is_reminder() {
            let bye = self.sign_off();
            self.done(appt, outcome, |when| format!("{} {bye}", sentence(when)));
        } else {
            let said = sentence(&self.speak_when(appt.local_start()));
            self.change_made(appt, outcome, &said);
        }
    }

    pub(crate) fn on_rescheduled(&mut self, result: StoreResult) {
        // "... now on Friday at 3 with Jayden": the person asked for, when one was.
        let with = self.move_person_phrase();
        match result {
            StoreResult::Rescheduled(appt) => self.changed(appt, Outcome::Rescheduled, |when| {
                format!("Done. Your appointment is now on {when}{with}.")
            }),
            StoreResult::SlotTaken => self.slot_lost(),
            _ => self.store_failed(),
        }
    }

    /// The store made the change: says `sentence` of the appointment's start as spoken,
    /// keeps the appointment and ends the call with `outcome` (booked, cancelled,
    /// moved or confirmed).
    pub(crate) fn done(
        &mut self,
        appt: Appointment,
        outcome: Outcome,
        sentence: impl FnOnce(&str) -> String,
    ) {
        let when = self.speak_when(appt.local_start());
        self.say(&sentence(&when));
        self.s.appointment = Some(appt);
        self.hang_up(outcome);
    }
}

/// Whether `before` (lower case, the words said before a day or time) ends with a word
/// that leads to the new time of a move ([`intent::move_to_words`]: "to", "for", "à",
/// "pour", "au").
fn led_to(before: &str) -> bool {
    let before = before.trim_end();
    intent::move_to_words().any(|w| before.ends_with(&format!(" {w}")) || before == w)
}

/// "I have an eye exam and a glasses fitting booked, I need to cancel the glasses
/// fitting": the words after the last change word ("cancel", "move"...) when they name
/// a service, so that the services told of before it do not pick; else all of `ws`.
/// "Cancel my massage but keep the adjustment": what is kept, after "but", "keep" or
/// "leave", is cut off when the words before it name a service.
fn changed_words<'a>(cfg: &crate::Config, ws: &'a [String]) -> &'a [String] {
    const KEPT: &[&str] = &["but", "keep", "leave"];
    const CHANGE: &[&str] = &[
        "cancel",
        "move",
        "reschedule",
        "push",
        "bump",
        "switch",
        "change",
        "shift",
    ];
    let named = |w: &[String]| crate::services::services_said(cfg, w) != 0;
    ws.iter()
        .rposition(|w| CHANGE.contains(&w.as_str()))
        .and_then(|i| ws.get(i + 1..))
        .filter(|tail| named(tail))
        .map(|tail| {
            tail.iter()
                .position(|w| KEPT.contains(&w.as_str()))
                .map(|k| &tail[..k])
                .filter(|head| named(head))
                .unwrap_or(tail)
        })
        .unwrap_or(ws)
}

#[cfg(test)]
mod tests {
    use super::{changed_words, led_to};
    use crate::intent::words;

    #[test]
    fn the_service_changed_not_the_one_kept() {
        let cfg = crate::Config::from_toml_str(include_str!(
            "../testdata/businesses/hearing_dawson_creek.toml"
        ))
        .unwrap();
        let ws = words("please cancel my wax removal but leave the hearing aid check");
        assert_eq!(changed_words(&cfg, &ws), &ws[2..5]);
        let ws = words("I have a hearing test and wax removal, cancel the wax removal");
        assert_eq!(changed_words(&cfg, &ws), &ws[9..]);
        // Nothing named before "but": the whole tail.
        let ws = words("cancel it but keep the hearing test");
        assert_eq!(changed_words(&cfg, &ws), &ws[1..]);
    }

    /// A call of the default business from a caller with two appointments, the 9th at
    /// 2 and the 15th at 9, who asks to move "my appointment" to Friday the 11th at 10
    /// and answers the read-back with `readback`, then "yes".
    fn move_of_two(readback: &str) -> crate::sim::SimResult {
        let line = format!(
            r#"{{"id":"m","now":"2027-06-08T10:20:00-05:00","tz":"America/Winnipeg","caller_id":"+12045552927","existing":[{{"start":"2027-06-09T14:00","minutes":30,"name":"Sandra Penner","phone":"+12045552927"}},{{"start":"2027-06-15T09:00","minutes":30,"name":"Sandra Penner","phone":"+12045552927"}}],"persona":{{"intent":["can I move my appointment to friday at 10?","no, that's all"],"confirm":["{readback}","yes"],"other":["no, that's all"]}}}}"#
        );
        crate::sim::run_case(&crate::sim::parse_case(&line).unwrap()).unwrap()
    }

    #[test]
    fn another_appointment_named_at_a_moves_readback_is_moved_instead() {
        for readback in [
            "the one next week",
            "no, the tuesday one",
            "no, sorry, the other one",
            "no, my appointment next week",
        ] {
            let r = move_of_two(readback);
            let a = r.appointment.as_ref().unwrap();
            assert_eq!(
                (r.outcome.as_str(), a.start.as_str()),
                ("rescheduled", "2027-06-11T10:00"),
                "{readback}"
            );
            // The one moved is the 15th's, read back before the yes.
            let said: Vec<_> = r.turns.iter().map(|t| t.agent.as_str()).collect();
            assert!(
                said.iter()
                    .any(|t| t.contains("from Tuesday, June 15th at 9 a.m.")),
                "{readback}: {said:?}"
            );
        }
        // A new time corrected at the read-back is still a new time.
        let r = move_of_two("no, make it 11");
        let a = r.appointment.as_ref().unwrap();
        assert_eq!(a.start, "2027-06-11T11:00");
    }

    #[test]
    fn a_day_led_to_belongs_to_the_new_time() {
        // "déplacer mon rendez-vous à jeudi le 10 à 11 h": cut at the second "à", the
        // day on the left is led to by the first.
        assert!(led_to("je voudrais déplacer mon rendez-vous à "));
        assert!(led_to("move my appointment to"));
        assert!(led_to("pour"));
        // "de jeudi à vendredi": "de jeudi" names the appointment.
        assert!(!led_to("je voudrais déplacer mon rendez-vous de "));
        assert!(!led_to("move my thursday"));
    }
}
