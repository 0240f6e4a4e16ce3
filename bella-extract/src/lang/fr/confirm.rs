//! Yes and no in French (SPEC §5.6).
//!
//! Yes: "oui", "ouais", "oui oui", "correct", "c'est correct", "parfait", "c'est beau",
//! "ça marche", "d'accord", "OK", "exact", "c'est ça", "certain". No: "non", "pas
//! vraiment", "non merci", "pas pantoute", "c'est pas ça". The rules follow the English
//! ones ([`crate::confirm`]): a denial wins over a yes in the same turn, uncertainty
//! ("je sais pas", "peut-être") without an explicit oui/non is neither, and weak words
//! ("correct", "parfait", "exact", "certain") count only at the start of the turn or
//! after "c'est", so "un rendez-vous parfait pour moi" is no answer. "pas de problème"
//! is a yes.

use super::words::{Word, words};
use crate::Match;
use crate::confirm::{Class, Confirmation, Field, Votes};
use crate::lexer::TokenKind;

/// Phrases, longest first within each starting word; keys are folded (no accents).
const PHRASES: &[(&[&str], Class)] = &[
    (
        &["pas", "de", "probleme"],
        Class::Yes("fr/confirm/pas-de-probleme"),
    ),
    (
        &["pas", "de", "trouble"],
        Class::Yes("fr/confirm/pas-de-probleme"),
    ),
    (
        &["c", "est", "pas", "ca"],
        Class::No("fr/confirm/cest-pas-ca"),
    ),
    (
        &["c", "est", "pas", "correct"],
        Class::No("fr/confirm/cest-pas-correct"),
    ),
    (
        &["c", "est", "pas", "bon"],
        Class::No("fr/confirm/cest-pas-correct"),
    ),
    (
        &["ce", "n", "est", "pas"],
        Class::No("fr/confirm/cest-pas-ca"),
    ),
    (
        &["ca", "marche", "pas"],
        Class::No("fr/confirm/ca-marche-pas"),
    ),
    (
        &["ca", "me", "va", "pas"],
        Class::No("fr/confirm/ca-marche-pas"),
    ),
    (&["pas", "vraiment"], Class::No("fr/confirm/pas-vraiment")),
    (&["pas", "pantoute"], Class::No("fr/confirm/pas-pantoute")),
    (
        &["pas", "correct"],
        Class::No("fr/confirm/cest-pas-correct"),
    ),
    (&["pas", "ca"], Class::No("fr/confirm/cest-pas-ca")),
    (&["non"], Class::No("fr/confirm/non")),
    (&["nan"], Class::No("fr/confirm/non")),
    (&["negatif"], Class::No("fr/confirm/non")),
    (&["no"], Class::No("fr/confirm/no")),
    (&["nope"], Class::No("fr/confirm/no")),
    (&["je", "sais", "pas"], Class::Unsure),
    (&["je", "ne", "sais", "pas"], Class::Unsure),
    (&["sais", "pas"], Class::Unsure),
    (&["chais", "pas"], Class::Unsure),
    (&["pas", "sur"], Class::Unsure),
    (&["peut", "etre"], Class::Unsure),
    (&["peut-etre"], Class::Unsure),
    (
        &["c", "est", "correct"],
        Class::Yes("fr/confirm/cest-correct"),
    ),
    (&["c", "est", "beau"], Class::Yes("fr/confirm/cest-beau")),
    (&["c", "est", "ca"], Class::Yes("fr/confirm/cest-ca")),
    (
        &["c", "est", "parfait"],
        Class::Yes("fr/confirm/cest-parfait"),
    ),
    (&["c", "est", "bon"], Class::Yes("fr/confirm/cest-bon")),
    (&["c", "est", "exact"], Class::Yes("fr/confirm/cest-exact")),
    (&["ca", "marche"], Class::Yes("fr/confirm/ca-marche")),
    (&["ca", "me", "va"], Class::Yes("fr/confirm/ca-me-va")),
    (&["tout", "a", "fait"], Class::Yes("fr/confirm/tout-a-fait")),
    (&["bien", "sur"], Class::Yes("fr/confirm/bien-sur")),
    (&["d", "accord"], Class::Yes("fr/confirm/daccord")),
    (&["oui"], Class::Yes("fr/confirm/oui")),
    (&["ouais"], Class::Yes("fr/confirm/ouais")),
    (&["ouin"], Class::Yes("fr/confirm/ouais")),
    (&["yes"], Class::Yes("fr/confirm/yes")),
    (&["yeah"], Class::Yes("fr/confirm/yes")),
    (&["ok"], Class::Yes("fr/confirm/ok")),
    (&["okay"], Class::Yes("fr/confirm/ok")),
    (&["exactement"], Class::Yes("fr/confirm/exactement")),
    (&["absolument"], Class::Yes("fr/confirm/absolument")),
    (&["certainement"], Class::Yes("fr/confirm/certain")),
    (&["correct"], Class::WeakYes("fr/confirm/correct")),
    (&["parfait"], Class::WeakYes("fr/confirm/parfait")),
    (&["exact"], Class::WeakYes("fr/confirm/exact")),
    (&["certain"], Class::WeakYes("fr/confirm/certain")),
    (&["super"], Class::WeakYes("fr/confirm/super")),
    (&["beau"], Class::WeakYes("fr/confirm/beau")),
];

/// Openers that may come before a weak yes at the start of a turn.
const OPENERS: &[&str] = &[
    "euh", "ben", "bon", "ah", "oh", "oui", "ouais", "ok", "alors",
];

/// Yes or no, if the French turn says either.
pub(crate) fn classify(text: &str) -> Option<Match<Confirmation>> {
    let ws: Vec<Word<'_>> = words(text)
        .into_iter()
        .filter(|w| w.kind == TokenKind::Word)
        .collect();
    Votes::read(
        &ws,
        |w| (w.key, w.span),
        PHRASES,
        |i| ws[..i].iter().all(|w| w.is_any(OPENERS)),
    )
}

/// Words naming the slot a French correction is about (folded keys).
const PHONE_WORDS: &[&str] = &[
    "numero",
    "telephone",
    "cellulaire",
    "cell",
    "chiffres",
    "poste",
];
const NAME_WORDS: &[&str] = &[
    "nom",
    "prenom",
    "epele",
    "epeler",
    "orthographe",
    "epellation",
];
const TIME_WORDS: &[&str] = &[
    "heure",
    "heures",
    "h",
    "jour",
    "journee",
    "date",
    "matin",
    "avant~midi",
    "apres~midi",
    "soir",
    "midi",
    "demain",
    "aujourdhui",
    "semaine",
    "rendez~vous",
];

/// The slot a French turn talks about ("mon numéro", "l'heure", "mon nom", a weekday,
/// three digits or more); the first one named wins, as in [`crate::confirm::corrected_field`].
pub(crate) fn corrected_field(text: &str) -> Option<Match<Field>> {
    const FIELDS: [(&[&str], Field, &str); 3] = [
        (PHONE_WORDS, Field::Phone, "fr/field/phone-word"),
        (NAME_WORDS, Field::Name, "fr/field/name-word"),
        (TIME_WORDS, Field::Time, "fr/field/time-word"),
    ];
    words(text).into_iter().find_map(|w| {
        let (value, rule) = if w.kind == TokenKind::Digits && w.text.len() >= 3 {
            (Field::Phone, "fr/field/digits")
        } else {
            let named = |(keys, ..): &&(&[&str], Field, &str)| w.is_any(keys);
            match FIELDS.iter().find(named) {
                Some((_, value, rule)) => (*value, *rule),
                // A weekday or a month names the time too ("pas mardi, mercredi").
                None if super::time::day::weekday(&w).is_some()
                    || super::time::day::month(&w).is_some() =>
                {
                    (Field::Time, "fr/field/time-word")
                }
                None => return None,
            }
        };
        Some(Match {
            span: w.span,
            value,
            rule,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(text: &str) -> Option<Confirmation> {
        classify(text).map(|m| m.value)
    }

    #[test]
    fn spec_yes_and_no() {
        for y in [
            "oui",
            "Ouais",
            "oui oui",
            "correct",
            "C'est correct",
            "parfait",
            "c'est beau",
            "ça marche",
            "D'accord",
            "OK",
            "exact",
            "c'est ça",
            "certain",
            "Oui, c'est correct.",
            "pas de problème",
        ] {
            assert_eq!(said(y), Some(Confirmation::Yes), "{y}");
        }
        for n in [
            "non",
            "pas vraiment",
            "non merci",
            "pas pantoute",
            "c'est pas ça",
            "Oui, non, c'est pas ça",
            "ça marche pas",
        ] {
            assert_eq!(said(n), Some(Confirmation::No), "{n}");
        }
    }

    #[test]
    fn neither() {
        for t in [
            "je sais pas",
            "peut-être",
            "un moment parfait pour moi",
            "Je voudrais prendre un rendez-vous.",
            "",
        ] {
            assert_eq!(said(t), None, "{t}");
        }
    }

    #[test]
    fn corrected_fields() {
        let field = |t: &str| corrected_field(t).map(|m| m.value);
        assert_eq!(
            field("Non, mon numéro c'est le 819 528-8539."),
            Some(Field::Phone)
        );
        assert_eq!(field("non, c'est le 819 528-8539"), Some(Field::Phone));
        assert_eq!(field("non, le nom c'est Gagnon"), Some(Field::Name));
        assert_eq!(field("non, l'heure est pas bonne"), Some(Field::Time));
        assert_eq!(field("pas mardi, mercredi"), Some(Field::Time));
        assert_eq!(field("non"), None);
    }
}
