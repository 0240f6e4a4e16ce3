//! Languages: one [`Grammar`] per language behind one interface, chosen by a [`Lang`].
//!
//! The shared machinery lives once in the crate: the [`crate::lexer`], [`crate::Span`]
//! and [`crate::Match`], the phone validator ([`crate::phone`]), the unresolved
//! [`TimeExpr`] and its [`crate::time::resolve`] against a [`ReferenceTime`], and
//! [`When`]/[`crate::time::Window`]. Each language brings its lexicon and grammar
//! (cues for names, number words, clock and day phrases, yes/no words) and implements
//! [`Grammar`]:
//!
//! - [`Lang::En`] routes to the English extractors ([`crate::phone::extract`],
//!   [`crate::name::extract`], [`crate::time::extract`], [`crate::confirm::classify`]);
//! - [`Lang::Fr`] is Canadian French ([`fr`], SPEC §5).
//!
//! A third language is a new module `lang/<code>/` implementing [`Grammar`], one
//! variant of [`Lang`] and one arm in [`Lang::grammar`]; nothing else in the crate
//! changes. This is how rustling-ontology chooses a grammar per language.
//!
//! ```
//! use bella_core::ReferenceTime;
//! use bella_extract::lang::Lang;
//! let now = ReferenceTime::parse("2026-11-17T10:15:00-05:00", "America/Montreal").unwrap();
//! let fr: Lang = "fr".parse().unwrap();
//! let m = fr.time("demain à 14 h 30", &now).unwrap();
//! assert_eq!(m.value.to_string(), "2026-11-18T14:30");
//! assert!(m.rule.starts_with("fr/"));
//! let p = fr.phone("le 514, cinq cinq cinq, douze trente-quatre", "CA").unwrap();
//! assert_eq!(p.value.e164(), "+15145551234");
//! assert_eq!(Lang::En.time("tomorrow at 2:30 pm", &now).unwrap().value.to_string(), "2026-11-18T14:30");
//! ```

mod detect;
pub mod fr;

pub use detect::{Asked, detect, requested};

use crate::Match;
use crate::confirm::{Confirmation, Field, Reply};
use crate::time::{TimeExpr, When};
use bella_core::{Expect, PersonName, PhoneNumber, ReferenceTime};
use serde::{Deserialize, Serialize};

/// The language of a caller turn (SPEC §5.1 `lang`): it selects the [`Grammar`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// English (SPEC §2), the default.
    #[default]
    En,
    /// Canadian French (SPEC §5).
    Fr,
}

/// Why a string names no supported language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (expected \"en\" or \"fr\")")]
pub struct UnknownLang(pub String);

impl Lang {
    /// The two-letter code used in the JSON contracts (`"en"`, `"fr"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }

    /// The rules of this language.
    pub fn grammar(self) -> &'static dyn Grammar {
        match self {
            Self::En => &English,
            Self::Fr => &fr::French,
        }
    }

    /// The last phone number said in `text` ([`Grammar::phone`]).
    pub fn phone(self, text: &str, region: &str) -> Option<Match<PhoneNumber>> {
        self.grammar().phone(text, region)
    }

    /// The digits of a number said in pieces, in this language's words
    /// ([`crate::phone::partial`]: "cinq un quatre, cinq cinq cinq..." gives `514555`).
    pub fn phone_partial(self, text: &str) -> Option<String> {
        match self {
            Self::En => crate::phone::partial(text),
            Self::Fr => fr::phone::partial(text),
        }
    }

    /// The caller's own name ([`Grammar::name`]).
    pub fn name(self, text: &str, expect: Option<Expect>) -> Option<Match<PersonName>> {
        self.grammar().name(text, expect)
    }

    /// The unresolved time expression ([`Grammar::parse_time`]).
    pub fn parse_time(self, text: &str) -> Option<Match<TimeExpr>> {
        self.grammar().parse_time(text)
    }

    /// The time expression resolved against `reference` ([`Grammar::time`]).
    pub fn time(self, text: &str, reference: &ReferenceTime) -> Option<Match<When>> {
        self.grammar().time(text, reference)
    }

    /// Whether the turn says the booking is someone else's ([`Grammar::for_someone_else`]).
    pub fn for_someone_else(self, text: &str) -> bool {
        self.grammar().for_someone_else(text)
    }

    /// Yes or no ([`Grammar::confirm`]).
    pub fn confirm(self, text: &str) -> Option<Match<Confirmation>> {
        self.grammar().confirm(text)
    }

    /// A turn read as the answer to a read-back: yes/no and the slot it corrects
    /// (the language's [`crate::confirm::reply`]).
    pub fn reply(self, text: &str) -> Reply {
        let g = self.grammar();
        Reply {
            answer: g.confirm(text),
            field: g.corrected_field(text),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    /// Reads `en`/`fr`, also as a locale (`fr-CA`, `en_CA`), ignoring case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("en") {
            Ok(Self::En)
        } else if primary.eq_ignore_ascii_case("fr") {
            Ok(Self::Fr)
        } else {
            Err(UnknownLang(code.to_owned()))
        }
    }
}

/// One language's extraction rules. Every result is a [`Match`] naming its rule.
///
/// Implementations are pure: no I/O, no clock; "now" arrives in a [`ReferenceTime`].
pub trait Grammar: Sync {
    /// Which language this is.
    fn lang(&self) -> Lang;

    /// The last phone number said (SPEC §2 "Phone"); `region` is the default region.
    fn phone(&self, text: &str, region: &str) -> Option<Match<PhoneNumber>>;

    /// The caller's own name (SPEC §2 "Name"), reading a bare answer when `expect`
    /// is [`Expect::Name`].
    fn name(&self, text: &str, expect: Option<Expect>) -> Option<Match<PersonName>>;

    /// The time expression said, before it is resolved; `None` if none is said.
    fn parse_time(&self, text: &str) -> Option<Match<TimeExpr>>;

    /// The time expression resolved against `reference`, with its window if any.
    fn time(&self, text: &str, reference: &ReferenceTime) -> Option<Match<When>>;

    /// Whether the turn confirms or denies.
    fn confirm(&self, text: &str) -> Option<Match<Confirmation>>;

    /// The slot of a read-back the turn corrects ("my number", "l'heure"), if named.
    fn corrected_field(&self, text: &str) -> Option<Match<Field>>;

    /// Whether the turn says who the booking is for by who they are to the caller ("for
    /// my son", "pour ma fille"), naming no one. A grammar that cannot tell says no.
    fn for_someone_else(&self, _text: &str) -> bool {
        false
    }

    /// Phone, name and time of one turn ([`crate::extract`]); a grammar may share its
    /// tokenisation between the three.
    fn extract_turn(&self, turn: &crate::Turn<'_>) -> crate::Extraction {
        crate::Extraction {
            phone: self.phone(turn.text, turn.region),
            name: self.name(turn.text, turn.expect),
            time: self.time(turn.text, &turn.reference),
        }
    }
}

/// English: the crate's original extractors, unchanged.
#[derive(Clone, Copy, Debug)]
pub struct English;

impl Grammar for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn phone(&self, text: &str, region: &str) -> Option<Match<PhoneNumber>> {
        crate::phone::extract(text, region)
    }

    fn name(&self, text: &str, expect: Option<Expect>) -> Option<Match<PersonName>> {
        crate::name::extract(text, expect)
    }

    fn parse_time(&self, text: &str) -> Option<Match<TimeExpr>> {
        crate::time::parse(text)
    }

    fn time(&self, text: &str, reference: &ReferenceTime) -> Option<Match<When>> {
        crate::time::extract(text, reference)
    }

    fn confirm(&self, text: &str) -> Option<Match<Confirmation>> {
        crate::confirm::classify(text)
    }

    fn corrected_field(&self, text: &str) -> Option<Match<Field>> {
        crate::confirm::corrected_field(text)
    }

    fn for_someone_else(&self, text: &str) -> bool {
        crate::name::for_someone_else(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_locales() {
        assert_eq!("fr".parse::<Lang>(), Ok(Lang::Fr));
        assert_eq!("fr-CA".parse::<Lang>(), Ok(Lang::Fr));
        assert_eq!("EN_ca".parse::<Lang>(), Ok(Lang::En));
        assert!("de".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
        assert_eq!(Lang::default(), Lang::En);
        assert_eq!(Lang::Fr.to_string(), "fr");
    }

    #[test]
    fn each_lang_routes_to_its_grammar() {
        for lang in [Lang::En, Lang::Fr] {
            assert_eq!(lang.grammar().lang(), lang);
        }
        assert!(Lang::En.confirm("oui").is_none());
        assert_eq!(
            Lang::Fr.confirm("oui").map(|m| m.value),
            Some(Confirmation::Yes)
        );
    }
}
