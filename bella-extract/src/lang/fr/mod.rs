//! Canadian French (fr-CA) extraction: SPEC §5 (`/work/shared/eval/SPEC-fr.md`).
//!
//! The French lexicon and grammar on top of the shared machinery:
//!
//! - `words`: the shared lexer's tokens with elisions split off (`l'`, `c'`, `d'`)
//!   and accent-folded keys;
//! - `num`: French number words composed longest-first ("quatre-vingt-dix-neuf");
//! - `phone`: French numbers turned into digits, then the shared phone validator;
//! - `name`: French cues, particles and capitalisation;
//! - `time`: clocks, days, parts of the day and windows into the shared
//!   [`crate::time::TimeExpr`], resolved by the shared [`crate::time::resolve`];
//! - `confirm`: oui/non.
//!
//! Every rule name starts with `fr/`. English words inside a French turn keep their
//! English meaning where the shared layer reads them ("2 h PM", "OK", digits).
//!
//! ```
//! use bella_core::ReferenceTime;
//! use bella_extract::lang::Lang;
//! // Tuesday 17 November 2026, 10:15 in Montreal.
//! let now = ReferenceTime::parse("2026-11-17T10:15:00-05:00", "America/Montreal").unwrap();
//! let when = |t| Lang::Fr.time(t, &now).unwrap().value.to_string();
//! assert_eq!(when("mardi prochain à deux heures de l'après-midi"), "2026-11-24T14:00");
//! assert_eq!(when("jeudi le 19 à 3 h moins quart"), "2026-11-19T14:45");
//! assert_eq!(when("midi et demi"), "2026-11-17T12:30");
//! let w = Lang::Fr.time("entre 14 h et 16 h", &now).unwrap().value.window.unwrap();
//! assert_eq!(w.after.unwrap().to_string(), "14:00:00");
//! let name = Lang::Fr.name("Bonjour, ici marie-ève d'amours", None).unwrap();
//! assert_eq!(name.value.as_str(), "Marie-Ève D'Amours");
//! ```

mod confirm;
mod name;
mod name_lexicon;
mod num;
pub(crate) mod phone;
mod time;
pub(crate) mod words;

use super::{Grammar, Lang};
use crate::Match;
use crate::confirm::{Confirmation, Field};
use crate::time::{TimeExpr, When};
use bella_core::{Expect, PersonName, PhoneNumber, ReferenceTime};
use words::Word;

/// The Canadian French grammar.
#[derive(Clone, Copy, Debug)]
pub struct French;

impl Grammar for French {
    fn lang(&self) -> Lang {
        Lang::Fr
    }

    fn phone(&self, text: &str, region: &str) -> Option<Match<PhoneNumber>> {
        phone::extract(text, region)
    }

    fn name(&self, text: &str, expect: Option<Expect>) -> Option<Match<PersonName>> {
        name::extract(text, expect)
    }

    fn parse_time(&self, text: &str) -> Option<Match<TimeExpr>> {
        time::parse(text).map(|m| Match {
            span: m.span,
            value: m.value.expr,
            rule: m.rule,
        })
    }

    fn time(&self, text: &str, reference: &ReferenceTime) -> Option<Match<When>> {
        time::extract(text, reference)
    }

    fn confirm(&self, text: &str) -> Option<Match<Confirmation>> {
        confirm::classify(text)
    }

    fn corrected_field(&self, text: &str) -> Option<Match<Field>> {
        confirm::corrected_field(text)
    }

    fn for_someone_else(&self, text: &str) -> bool {
        name::for_someone_else(&words::words(text))
    }

    /// The turn is split into French words once for all three extractors.
    fn extract_turn(&self, turn: &crate::Turn<'_>) -> crate::Extraction {
        let ws = words::words(turn.text);
        crate::Extraction {
            phone: phone::extract_words(turn.text, &ws, turn.region),
            name: name::extract_words(turn.text, &ws, turn.expect),
            time: time::extract_words(&ws, &turn.reference),
        }
    }
}

/// Words that may follow a bare hour in a time phrase ("à 3 demain", "vers 4 mardi").
fn time_word(w: &Word<'_>) -> bool {
    w.is_any(&time::day::WEEKDAYS)
        || w.is_any(&[
            "demain",
            "aujourdhui",
            "si",
            "s",
            "svp",
            "pile",
            "ce",
            "cet",
            "cette",
            "le",
            "ou",
            "ca",
            "pis",
            "mais",
            "merci",
        ])
}
