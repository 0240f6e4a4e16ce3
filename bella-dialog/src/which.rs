//! Which of the caller's appointments a cancel or a move is about when several are
//! found and the caller spoke of one among them without picking it ("I need to move
//! one of my appointments", "cancel an appointment"): the
//! agent names each by its day and time (and its service, at a business with
//! several) and asks which; "the Tuesday one", "the second", "the 3 o'clock", "the
//! later one", "the one with Tom", "the massage" picks it, and for a move the new
//! time may follow in the same answer ("the first one, to Thursday at 11").

use crate::engine::Dialog;
use crate::intent::{self, Intent};

use crate::state::{Step, TargetHint};
use bella_core::{Appointment, Expect};
use bella_extract::Lang;

impl Dialog {
    /// Whether `a` is with the person or of a service the caller named it by ("my
    /// appointment with Sarah", "my massage"; `TargetHint::person`, `services`).
    pub(crate) fn said_of(&self, a: &Appointment) -> bool {
        let hint = self.s.target_hint;
        let named = |name: Option<&str>, want: Option<&str>| {
            name.zip(want)
                .is_some_and(|(n, w)| n.eq_ignore_ascii_case(w))
        };
        let person = hint
            .person
            .and_then(|r| self.config.resources.get(r))
            .is_some_and(|r| named(a.resource.as_deref(), Some(&r.name)));
        let service = self
            .config
            .services
            .iter()
            .take(64)
            .enumerate()
            .any(|(i, s)| {
                hint.services & (1 << i) != 0 && named(a.service.as_deref(), Some(&s.name))
            });
        person || service || self.holder_said(a)
    }

    /// "Cancel my partner Jordan's appointment, not mine": the first name of the one it
    /// is under said in the request; "it's Megan Janzen, move my kid's one": the
    /// caller's own name said with a relative's spoken of, so one under another name.
    /// Never one under the first name the caller gives as their own.
    fn holder_said(&self, a: &Appointment) -> bool {
        let Some(ws) = self.s.said.last() else {
            return false;
        };
        let holder = a
            .name
            .as_str()
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let caller = intent::introduced_first(ws);
        if holder.is_empty() || caller == Some(holder.as_str()) {
            return false;
        }
        ws.iter()
            .any(|w| w.strip_suffix("'s").unwrap_or(w) == holder)
            || (caller.is_some() && intent::speaks_of_relative(ws))
    }

    /// A cancel or a move of "one of my appointments" found several upcoming and
    /// nothing said picks one: no day, time or position of one, and no service or
    /// person that some of them have and the others not. ("My appointment" speaks of
    /// the one the caller thinks they have: the earliest is read back, and "no, the
    /// Thursday one" puts it right, SPEC §3.)
    pub(crate) fn nothing_picks(&self, upcoming: &[Appointment]) -> bool {
        let hint = self.s.target_hint;
        let service = self
            .s
            .svc
            .service
            .and_then(|i| self.config.services.get(i))
            .map(|s| s.name.as_str());
        let some_not_all = |n: usize| n > 0 && n < upcoming.len();
        let of_service = upcoming
            .iter()
            .filter(|a| service.is_some_and(|s| a.service.as_deref() == Some(s)))
            .count();
        let said = upcoming.iter().filter(|a| self.said_of(a)).count();
        matches!(self.s.intent, Some(Intent::Cancel | Intent::Reschedule))
            && (hint.several || hint.all)
            && upcoming.len() > 1
            && !hint.is_said()
            && hint.nth.is_none()
            && !some_not_all(of_service)
            && !some_not_all(said)
    }

    /// Names each appointment found (`others`, earliest first) and asks which one.
    pub(crate) fn ask_which(&mut self) {
        let several = self.config.services.len() > 1;
        let items: Vec<String> = self
            .s
            .others
            .iter()
            .map(|a| {
                let when = self.speak_when(a.local_start());
                let service = a
                    .service
                    .as_deref()
                    .filter(|_| several)
                    .map(|s| self.service_phrase(s));
                match (self.s.lang, service) {
                    (Lang::Fr, Some(s)) => format!("{s} le {when}"),
                    (Lang::Fr, None) => format!("le {when}"),
                    (_, Some(s)) => format!("{s} on {when}"),
                    (_, None) => when,
                }
            })
            .collect();
        let list = crate::prompts::join_list(&items, self.word("and"));
        let n = items.len();
        let q = if self.s.intent == Some(Intent::Cancel) {
            format!(
                "You have {n} appointments coming up: {list}. Which one would you like to cancel?"
            )
        } else {
            format!(
                "You have {n} appointments coming up: {list}. Which one would you like to move?"
            )
        };
        self.ask(Step::WhichAppointment, &q);
    }

    /// A cancel of "both" ("all of them") with several found: every one is read back
    /// and cancelled on one yes.
    pub(crate) fn cancels_all(&mut self, upcoming: &[Appointment]) -> bool {
        // "Cancel the earlier of my two appointments" picks one.
        let hint = self.s.target_hint;
        self.s.cancel_all = self.s.intent == Some(Intent::Cancel)
            && hint.all
            && hint.nth.is_none()
            && !hint.is_said()
            && upcoming.len() > 1;
        self.s.cancel_all
    }

    /// A cancel that named several of those found ("mon rendez-vous de lundi pis celui
    /// de mercredi aussi": `target_hint`, then `also_targets`): each is the one found
    /// that fits what was said of it, and they are read back and cancelled on one yes,
    /// as "both" is. `false` (nothing taken) when fewer than two of them are found.
    pub(crate) fn cancels_named(&mut self, upcoming: &[Appointment]) -> bool {
        if self.s.intent != Some(Intent::Cancel)
            || self.s.also_targets.is_empty()
            || upcoming.len() < 2
        {
            return false;
        }
        let mut pool = upcoming.to_vec();
        let mut picked = Vec::new();
        let hints = std::iter::once(self.s.target_hint).chain(self.s.also_targets.clone());
        for hint in hints {
            if let Some((i, fit)) = hint.best(&pool)
                && fit > 0
            {
                picked.push(pool.remove(i));
            }
        }
        if picked.len() < 2 {
            return false;
        }
        self.s.also_targets.clear();
        self.s.cancel_all = true;
        let first = picked.remove(0);
        self.take_target(first, picked);
        true
    }

    /// The read-back of a cancel of all: each appointment by its day and time.
    pub(crate) fn ask_cancel_all(&mut self, name: &str) {
        let target = self.s.target.iter().chain(&self.s.others);
        let items: Vec<String> = target.map(|a| self.speak_when(a.local_start())).collect();
        let list = crate::prompts::join_list(&items, self.word("and"));
        let n = items.len();
        let q = if n == 2 {
            format!("I see 2 appointments for {name}: {list}. Would you like me to cancel both?")
        } else {
            format!(
                "I see {n} appointments for {name}: {list}. Would you like me to cancel all {n}?"
            )
        };
        self.ask(Step::ConfirmCancel, &q);
    }

    /// Several starts said as one list: "Tuesday, December 15th at 10 a.m. and
    /// Thursday, ..." ("et" in French).
    pub(crate) fn speak_whens(&self, starts: &[chrono::NaiveDateTime]) -> String {
        let items: Vec<String> = starts.iter().map(|t| self.speak_when(*t)).collect();
        crate::prompts::join_list(&items, self.word("and"))
    }

    /// One of a cancel of all is cancelled: the next is, or, with none left, every
    /// one cancelled is said (`appointment` is the last) and, on a reminder call, the
    /// call ends; on a call in, "anything else?" follows (requests.rs).
    pub(crate) fn cancelled_one(&mut self, appt: Appointment, bye: &str) {
        self.s.cancelled.push(appt.local_start());
        if !self.s.others.is_empty() {
            let next = self.s.others.remove(0);
            self.s.target = Some(next);
            self.commit_change();
            return;
        }
        let list = self.speak_whens(&self.s.cancelled);
        if self.is_reminder() {
            self.done(appt, crate::io::Outcome::Cancelled, |_| {
                format!("Your appointments on {list} are cancelled. {bye}")
            });
        } else {
            // "Anything else?" as after one cancel (requests.rs).
            let said = format!("Your appointments on {list} are cancelled.");
            self.change_made(appt, crate::io::Outcome::Cancelled, &said);
        }
    }

    /// The answer to [`Self::ask_which`]: the one it picks is acted on (for a move,
    /// with the new time said after it, if any); "both" to a cancel is every one; no
    /// pick is a failed answer.
    pub(crate) fn on_which_answer(&mut self, text: &str, ws: &[String]) {
        if self.s.intent == Some(Intent::Cancel) && intent::means_all(ws) {
            let mut others = std::mem::take(&mut self.s.others);
            self.s.cancel_all = true;
            let first = others.remove(0);
            self.take_target(first, others);
            return;
        }
        let cut = self.new_time_at(text);
        let naming = cut.and_then(|i| text.get(..i)).unwrap_or(text);
        let Some(i) = self.which_said(naming, ws) else {
            if self.fail("Sorry, I didn't catch which one.") {
                self.ask_which();
            }
            return;
        };
        let mut others = std::mem::take(&mut self.s.others);
        let target = others.remove(i);
        if let Some(rest) = cut.and_then(|i| text.get(i..)) {
            self.absorb(rest, Expect::Time);
        }
        self.take_target(target, others);
    }

    /// For a move, where the words of a new time start ("the first one, to Thursday at
    /// 11"): a word that leads to one ([`intent::move_to_words`]) with a time after it.
    fn new_time_at(&self, text: &str) -> Option<usize> {
        if self.s.intent != Some(Intent::Reschedule) {
            return None;
        }
        let lower = text.to_lowercase();
        let r = self.reference();
        let mut cuts = Vec::new();
        for w in intent::move_to_words() {
            cuts.extend(lower.match_indices(&format!(" {w} ")).map(|(i, _)| i));
        }
        cuts.into_iter()
            .filter(|&i| {
                lower
                    .get(i..)
                    .is_some_and(|t| self.lang().time(t, &r).is_some())
            })
            .min()
    }

    /// Which of `others` (earliest first) the words name: by position ("the second",
    /// "the later one"), by a day or time of its own, by its person or its service.
    fn which_said(&mut self, text: &str, ws: &[String]) -> Option<usize> {
        let n = self.s.others.len();
        if let Some(k) = intent::appointment_position(ws) {
            return Some(usize::from(k).min(n - 1));
        }
        let r = self.reference();
        if let Some(hint) = self
            .lang()
            .time(text, &r)
            .map(|m| TargetHint::said(&m.value))
            && let Some(i) = self
                .s
                .others
                .iter()
                .position(|a| hint.names(a.local_start()))
        {
            return Some(i);
        }
        // "Le premier" is the 1st of the month to the extractor (SPEC §5.5); as the
        // answer to which, with none of them on the 1st, it is the first of them.
        if intent::any_phrase(ws, &["premier", "première"]) {
            return Some(0);
        }
        self.s.target_hint = TargetHint {
            person: crate::services::find_resource(&self.config, ws),
            services: crate::services::services_said(&self.config, ws),
            ..TargetHint::default()
        };
        let said: Vec<usize> = (0..n)
            .filter(|&i| self.said_of(&self.s.others[i]))
            .collect();
        (said.len() == 1).then(|| said[0])
    }
}
