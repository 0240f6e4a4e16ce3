//! A name said with no cue in the caller's opening turn: "hi, tom blake, 780 555
//! 0133, thursday after 3", "yeah hi, priya shah here, ...", "good afternoon, ravi
//! patel calling, ...". The extractor reads a name without a cue only from a turn
//! that is nothing but a name (SPEC §2); callers who say everything at once set it
//! off as a clause of its own. A clause is a name when, past a greeting or an
//! acknowledgement and before "here", "calling" or "speaking", what is left is two or
//! three words that the extractor reads, whole, as a name. French callers do the same:
//! "bonjour, Tom Blake, 514 555 0133, jeudi à 9 h", "oui allô, Julie Roy ici, ...".

use crate::booking::plausible_name;
use crate::intent::words;
use bella_core::PersonName;
use bella_extract::Match;

/// Words a clause may open with before the name.
const LEAD: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "yeah",
    "yes",
    "yep",
    "ok",
    "okay",
    "um",
    "uh",
    "so",
    "well",
    "good",
    "morning",
    "afternoon",
    "evening",
    "there",
    "oh",
    "bonjour",
    "bonsoir",
    "allô",
    "allo",
    "salut",
    "oui",
    "ouais",
    "bon",
    "matin",
    "ben",
    "euh",
    "alors",
];

/// Words a clause may close with after the name ("Priya Shah here", "Julie Roy ici",
/// "Luc Fortin à l'appareil").
const TRAIL: &[&str] = &["here", "calling", "speaking", "ici", "à", "l'appareil"];

/// The first clause of `text` that is a name alone; `read` is the extractor's
/// reading of a turn with no cue (`name(text, None)`).
pub(crate) fn uncued_name(
    text: &str,
    read: impl Fn(&str) -> Option<Match<PersonName>>,
) -> Option<Match<PersonName>> {
    text.split([',', '.', ';', '!', '?']).find_map(|clause| {
        let ws = words(clause);
        let start = ws
            .iter()
            .position(|w| !LEAD.contains(&w.as_str()))
            .unwrap_or(ws.len());
        let end = ws
            .iter()
            .rposition(|w| !TRAIL.contains(&w.as_str()))
            .map_or(start, |e| e + 1)
            .max(start);
        let rest = ws.get(start..end)?;
        if !(2..=3).contains(&rest.len()) {
            return None;
        }
        let m = read(&rest.join(" "))?;
        let whole = m.value.as_str().split_whitespace().count() == rest.len();
        (whole && plausible_name(&m.value)).then_some(m)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<String> {
        uncued_name(text, |c| bella_extract::name::extract(c, None))
            .map(|m| m.value.as_str().to_owned())
    }

    #[test]
    fn a_name_set_off_as_a_clause() {
        assert_eq!(
            name("hi, dana white, i'd like friday at 9").as_deref(),
            Some("Dana White")
        );
        assert_eq!(
            name("yeah hi, priya shah here, looking for something monday at 11").as_deref(),
            Some("Priya Shah")
        );
        assert_eq!(
            name("good afternoon, ravi patel calling, wondering about tuesday at 10").as_deref(),
            Some("Ravi Patel")
        );
        assert_eq!(
            name("hi, tom blake, 780 555 0133, thursday anytime after 3").as_deref(),
            Some("Tom Blake")
        );
    }

    #[test]
    fn clauses_that_are_no_name() {
        for text in [
            "hi, i'd like to book an appointment",
            "good morning, thursday at 10 please",
            "hi there, next tuesday",
            "yes, book it please",
            "hello, thanks so much",
            "hey, cleaning please",
            "okay, sounds good",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
    }

    fn name_fr(text: &str) -> Option<String> {
        let fr = bella_extract::Lang::Fr;
        uncued_name(text, |c| fr.name(c, None)).map(|m| m.value.as_str().to_owned())
    }

    #[test]
    fn a_french_name_set_off_as_a_clause() {
        assert_eq!(
            name_fr("Bonjour, Tom Blake, 514 555 0133, jeudi à 9 h.").as_deref(),
            Some("Tom Blake")
        );
        assert_eq!(
            name_fr("Bon matin, Luc Fortin, je voudrais jeudi à 15 h.").as_deref(),
            Some("Luc Fortin")
        );
        assert_eq!(
            name_fr("Oui allô, Julie Roy ici, vendredi à 10 h.").as_deref(),
            Some("Julie Roy")
        );
        for text in [
            "Allô, demain matin, c'est possible?",
            "Bonjour, jeudi après-midi",
            "Oui bonjour, je voudrais un rendez-vous",
            "Bonjour, prise de sang s'il vous plaît",
            "Oui, c'est correct",
        ] {
            assert_eq!(name_fr(text), None, "{text}");
        }
    }
}
