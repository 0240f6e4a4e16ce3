//! The call's language (SPEC §5.7): which one the agent speaks and reads the caller in,
//! when it switches, and the spoken forms and sentences in that language.
//!
//! The call opens in the business's first language (`languages`). Every caller turn is
//! read by [`bella_extract::lang::detect`]: a turn that is clearly in another language
//! the business speaks switches the call ("Hi, euh, bonjour, je voudrais ..."), and so
//! does an explicit request ("en français s'il vous plaît", "can we do this in
//! English"); a turn of only a name, a number or a greeting keeps it. From then on the
//! extractors of that language read the turns, and the agent speaks it: prompts from
//! `prompts`/`prompts_fr`, days and times and phone numbers in its spoken forms, and the
//! engine's fixed sentences through the French catalogue ([`crate::prompts::fr`]).

use crate::engine::Dialog;
use crate::prompts::{self, Prompts, fr};
use crate::state::Bounds;
use bella_core::PhoneNumber;
use bella_extract::Lang;
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

impl Dialog {
    /// The language the agent speaks now, and reads the caller's turns in.
    pub fn lang(&self) -> Lang {
        self.s.lang
    }

    /// A turn read as the answer to a yes/no question or a read-back, in the call's
    /// language; a turn whose words tell no language ("Oui.", "No.") that the call's
    /// language reads no yes or no in is read in the business's other language too
    /// (SPEC §5.6, §5.7: the call keeps its language, the answer still counts).
    pub(crate) fn reply(&self, text: &str) -> bella_extract::confirm::Reply {
        let reply = self.lang().reply(text);
        if reply.answer.is_some() {
            return reply;
        }
        match self.other_lang(text).map(|l| l.reply(text)) {
            Some(other) if other.answer.is_some() => other,
            _ => reply,
        }
    }

    /// The yes or no of a turn, read as [`Dialog::reply`] reads it.
    pub(crate) fn confirm(
        &self,
        text: &str,
    ) -> Option<bella_extract::Match<bella_extract::confirm::Confirmation>> {
        self.lang()
            .confirm(text)
            .or_else(|| self.other_lang(text)?.confirm(text))
    }

    /// The business's other language, for a turn whose words tell none.
    fn other_lang(&self, text: &str) -> Option<Lang> {
        let other = match self.s.lang {
            Lang::Fr => Lang::En,
            _ => Lang::Fr,
        };
        (self.config.languages.contains(&other) && bella_extract::lang::detect(text).is_none())
            .then_some(other)
    }

    /// Switches to the language of a caller turn when it is clear and the business
    /// speaks it.
    pub(crate) fn hear_lang(&mut self, text: &str) {
        // A request said again word for word once it is done tells no new choice of
        // language: the one the caller went on in is kept (requests.rs).
        if self.s.made.is_some() && self.s.said.contains(&crate::intent::words(text)) {
            return;
        }
        if let Some(lang) = bella_extract::lang::detect(text)
            && self.config.languages.contains(&lang)
        {
            let before = self.s.lang;
            self.s.lang = lang;
            if before != lang {
                self.relocalise_question(before);
            }
        }
    }

    /// The last question in the language just switched to, so that a repeat or a
    /// stall ("un instant" while the name was asked in English) says it in that
    /// language: the same phrasing of the other language's prompt list, or the
    /// catalogue's French.
    fn relocalise_question(&mut self, before: Lang) {
        let from = match before {
            Lang::Fr => &self.config.prompts_fr,
            _ => &self.config.prompts,
        };
        let to = self.prompts();
        let last = &self.s.last_question;
        let same = [
            (&from.ask_name, &to.ask_name),
            (&from.ask_phone, &to.ask_phone),
            (&from.ask_time, &to.ask_time),
        ]
        .into_iter()
        .find_map(|(a, b)| {
            let i = a.iter().position(|q| q == last)?;
            b.get(i).or_else(|| b.first()).cloned()
        });
        self.s.last_question = match same {
            Some(q) => q,
            None => {
                let source = self.respoken_question(before);
                self.localise(&source)
            }
        };
    }

    /// The last question as the engine wrote it, with the days, times, number and
    /// service it speaks said in the call's language now instead of `before`'s (a
    /// read-back asked in English, repeated in French, says "le vendredi 4 décembre à
    /// 10 h", not "le Friday, December 4th at 10 a.m.").
    fn respoken_question(&mut self, before: Lang) -> String {
        if self.s.last_source.is_empty() {
            return self.s.last_question.clone();
        }
        let now = self.s.lang;
        self.s.lang = before;
        let old = self.spoken_values();
        self.s.lang = now;
        let mut pairs: Vec<(String, String)> = old
            .into_iter()
            .zip(self.spoken_values())
            .filter(|(a, b)| !a.trim().is_empty() && a != b)
            .collect();
        // The offers before the one time among them, a day and time before its day.
        pairs.sort_by_key(|(a, _)| std::cmp::Reverse(a.len()));
        pairs
            .into_iter()
            .fold(self.s.last_source.clone(), |text, (a, b)| {
                text.replace(&a, &b)
            })
    }

    /// What a question may speak of the call, in the call's language: the offers, the
    /// time chosen, the appointment found, the day under discussion, the number, the
    /// service read back and the services offered. Always the same list, in the same
    /// order.
    fn spoken_values(&self) -> Vec<String> {
        let at = |t: Option<NaiveDateTime>| t.map(|t| self.speak_when(t)).unwrap_or_default();
        vec![
            self.speak_offers(&self.s.offers),
            at(self.s.slot),
            at(self.s.target.as_ref().map(|a| a.local_start())),
            self.s.day.map(|d| self.speak_day(d)).unwrap_or_default(),
            self.s
                .phone
                .as_ref()
                .map(|p| self.speak_phone(p))
                .unwrap_or_default(),
            self.readback_what(),
            // A list, never one name alone: "appointment" is in other sentences too.
            if self.config.services.len() > 1 {
                self.speak_services()
            } else {
                String::new()
            },
        ]
    }

    /// The prompts of the current language.
    pub(crate) fn prompts(&self) -> &Prompts {
        match self.s.lang {
            Lang::Fr => &self.config.prompts_fr,
            _ => &self.config.prompts,
        }
    }

    /// A sentence of the engine in the current language (the catalogue's French, or
    /// the text as it is).
    pub(crate) fn localise(&self, text: &str) -> String {
        match self.s.lang {
            Lang::Fr => fr::translate(text).unwrap_or_else(|| text.to_owned()),
            _ => text.to_owned(),
        }
    }

    /// The greeting of the current language; a French-first business that also speaks
    /// English opens bilingually ("Bonjour, hi! Merci d'appeler ..."), unless it greets
    /// a known caller by name.
    pub(crate) fn greeting(&self) -> String {
        let text = self
            .variant(&self.prompts().greeting)
            .replace("{business}", &self.config.business_name);
        let opening = self.s.turn == 0 && self.s.svc.known.is_none();
        if self.s.lang == Lang::Fr && opening && self.config.languages.len() > 1 {
            format!("{} {text}", fr::BILINGUAL_HELLO)
        } else {
            text
        }
    }

    pub(crate) fn speak_phone(&self, p: &PhoneNumber) -> String {
        match self.s.lang {
            Lang::Fr => fr::speak_phone(p),
            _ => prompts::speak_phone(p),
        }
    }

    /// The words the call's language puts around days and times.
    fn time_words(&self) -> &'static prompts::TimeWords {
        match self.s.lang {
            Lang::Fr => &fr::WORDS,
            _ => &prompts::WORDS,
        }
    }

    pub(crate) fn speak_time(&self, t: NaiveTime) -> String {
        (self.time_words().time)(t)
    }

    pub(crate) fn speak_day(&self, d: NaiveDate) -> String {
        (self.time_words().day)(d)
    }

    pub(crate) fn speak_when(&self, t: NaiveDateTime) -> String {
        prompts::when_in(self.time_words(), t)
    }

    pub(crate) fn speak_window(&self, w: Bounds) -> String {
        prompts::window_in(self.time_words(), w)
    }

    /// [`Dialog::speak_window`] said before a day ("from 3 p.m." then "on Tuesday").
    pub(crate) fn speak_window_before_day(&self, w: Bounds) -> String {
        prompts::window_before_day_in(self.time_words(), w)
    }

    pub(crate) fn speak_offers(&self, offers: &[NaiveDateTime]) -> String {
        prompts::offers_in(self.time_words(), offers)
    }

    pub(crate) fn speak_hours(&self) -> String {
        match self.s.lang {
            Lang::Fr => fr::speak_hours(&self.config.hours),
            _ => prompts::speak_hours(&self.config.hours),
        }
    }

    /// A small word the engine puts between names and values (`" with "`, `" for "`,
    /// `"or"`, `" takes "`, `" is "`) in the call's language: "le service Suivi avec
    /// Marie Tremblay pour Julie Gagnon", "le service Suivi dure 30 minutes".
    pub(crate) fn word(&self, en: &'static str) -> &'static str {
        match self.s.lang {
            Lang::Fr => fr::word(en).unwrap_or(en),
            _ => en,
        }
    }

    /// A service named inside a sentence: the name itself in English ("Follow-up takes
    /// 30 minutes"), "le service Suivi" in French, where a bare name would lack its
    /// article and its gender is not known ("le service Massothérapie n'est pas
    /// offert", not "Massothérapie n'est pas offert").
    pub(crate) fn service_phrase(&self, name: &str) -> String {
        match self.s.lang {
            Lang::Fr => format!("le service {name}"),
            _ => name.to_owned(),
        }
    }

    pub(crate) fn speak_minutes(&self, m: u32) -> String {
        match self.s.lang {
            Lang::Fr => fr::speak_minutes(m),
            _ => crate::services::speak_minutes(m),
        }
    }
}
