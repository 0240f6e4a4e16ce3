//! Phone, name, yes/no and time extraction from one caller turn.
//!
//! Pure: no I/O, and no clock is read (a crate-local `clippy.toml` bans it); "now"
//! arrives in a [`bella_core::ReferenceTime`]. Every result is a [`Match`] carrying
//! its [`Span`] in the original text and the name of the rule that found it, so a
//! wrong answer can be traced.
//!
//! The entry point for a whole turn is [`extract`]; each extractor is also usable
//! on its own: [`phone::extract`], [`name::extract`], [`time::extract`],
//! [`confirm::classify`].
//!
//! Languages: a [`Turn`] carries a [`Lang`] (`en` by default, `fr` for Canadian French,
//! SPEC §5), and [`Lang`] has the same per-extractor entry points ([`Lang::phone`],
//! [`Lang::name`], [`Lang::time`], [`Lang::confirm`]). Each language is a
//! [`lang::Grammar`] over the shared lexer, spans, phone validator and time
//! resolution; see [`lang`].

pub mod confirm;
pub mod contract;
pub mod lang;
pub mod lexer;
pub mod name;
pub mod phone;
mod span;
pub mod time;
pub mod wordset;

use bella_core::{Expect, PersonName, PhoneNumber, ReferenceTime};

pub use lang::Lang;
pub use span::{Match, Span};

/// One caller turn and its context, as the SPEC's JSON contract gives it.
#[derive(Clone, Copy, Debug)]
pub struct Turn<'a> {
    /// What the caller said, as speech-to-text returned it.
    pub text: &'a str,
    /// When the caller spoke, and the business's zone.
    pub reference: ReferenceTime,
    /// Default region for phone numbers (`"CA"`).
    pub region: &'a str,
    /// What the agent just asked for, if known.
    pub expect: Option<Expect>,
    /// The language of `text` (SPEC §5.1 `lang`; [`Lang::En`] by default).
    pub lang: Lang,
}

/// Everything found in one turn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extraction {
    /// The phone number (the last one said).
    pub phone: Option<Match<PhoneNumber>>,
    /// The caller's own name.
    pub name: Option<Match<PersonName>>,
    /// The day and/or time asked for, resolved against the turn's reference time.
    pub time: Option<Match<time::When>>,
}

/// Runs every extractor of the turn's language on one turn.
pub fn extract(turn: &Turn<'_>) -> Extraction {
    match turn.lang {
        // English calls its extractors directly (no dispatch on the hot path), over
        // one shared token vector: the turn is tokenised once.
        Lang::En => {
            let toks = lexer::token_vec(turn.text);
            Extraction {
                phone: phone::extract_tokens(turn.text, &toks, turn.region),
                name: name::extract_tokens(turn.text, &toks, turn.expect),
                time: time::extract_tokens(&toks, &turn.reference),
            }
        }
        lang => lang.grammar().extract_turn(turn),
    }
}
