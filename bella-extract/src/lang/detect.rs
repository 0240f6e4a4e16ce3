//! Which language a caller turn is in (SPEC §5.7): French, English, or undecided.
//!
//! A turn is French when most of its telling words are French, English when most are
//! English, and at least two words tell. Greetings ("hi", "bonjour", "allô"), names,
//! digits, words both languages share ("OK", "pardon", "minute") and words that are
//! also parts of names ("de", "la", "le", "ben") count for neither, so "Bonjour! Hi,
//! I'd like to book" is English and "Hi, euh, bonjour, je voudrais un rendez-vous" is
//! French; a turn of only a name, a number or one short word ("Ben Okafor", "oui",
//! "yes") is undecided ([`None`]), and the call keeps its language. An explicit request wins over the count: "can we do this in French",
//! "en anglais s'il vous plaît".
//!
//! The word lists are the most frequent function words and call vocabulary of each
//! language, compared on the folded keys of [`super::fr`] (lowercase, accents and
//! apostrophes dropped: "j'aimerais" is `j` + `aimerais`, "I'd" is `id`); a hyphenated
//! word counts when one of its parts is listed ("annulez-le", "pouvez-vous").
//!
//! ```
//! use bella_extract::lang::{Lang, detect};
//! assert_eq!(detect("Hi, euh, bonjour, je voudrais prendre un rendez-vous."), Some(Lang::Fr));
//! assert_eq!(detect("Bonjour! Hi, I'd like to book"), Some(Lang::En));
//! assert_eq!(detect("Marie-Ève Tremblay, 514 555-1234"), None);
//! assert_eq!(detect("Est-ce qu'on peut continuer en anglais?"), Some(Lang::En));
//! ```

use super::Lang;
use super::fr::words::{Word, words};

/// French words that are not also common English words (folded keys).
#[rustfmt::skip]
const FRENCH: &[&str] = &[
    "je", "j", "moi", "tu", "il", "elle", "nous", "vous", "ils", "elles", "me", "m", "te", "se",
    "s", "lui", "leur", "les", "l", "un", "une", "au", "aux", "ce", "c", "cet", "cette", "ces",
    "mon", "ma", "mes", "ton", "votre", "vos", "notre", "et", "ou", "mais", "donc", "pis",
    "que", "qu", "qui", "quoi", "quand", "comment", "pourquoi", "avec", "sans", "pour", "dans",
    "sur", "chez", "entre", "vers", "apres", "avant", "depuis", "pendant", "ne", "n", "pas",
    "rien", "jamais", "tres", "bien", "aussi", "encore", "deja", "si", "y", "ca", "cela", "ici",
    "est", "sont", "suis", "es", "etre", "ai", "avez", "avoir", "fait", "faire", "peux", "peut",
    "pouvez", "pourrais", "pourriez", "voudrais", "voudrait", "veux", "veut", "aimerais",
    "aimerait", "vais", "va", "allez", "prendre", "parler", "appelle", "appeler", "rappeler",
    "rappelle", "continuer", "changer", "annuler", "deplacer", "reporter", "besoin", "merci",
    "plait", "svp", "oui", "ouais", "non", "nom", "prenom", "numero", "telephone", "heure",
    "heures", "jour", "jours", "semaine", "prochaine", "prochain", "demain", "aujourdhui",
    "matin", "soir", "midi", "avant~midi", "apres~midi", "rendez~vous", "rendez", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier",
    "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
    "decembre", "zero", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
    "cinquante", "soixante", "cent", "mille", "parfait", "correct", "daccord", "beau", "exact",
    "certain", "quelquun", "personne", "laissez", "oubliez", "attendez", "excusez", "desole",
    "desolee", "euh", "dune", "dun", "francais", "anglais", "oh~la", "annulez", "annule",
    "deplacez", "deplace", "changez", "reportez", "rappelez", "gardez", "confirmez",
    "confirme", "confirmer", "voulez", "dites", "serai", "serais", "pourrai", "venir",
    "combien", "coute", "coutent",
];

/// English words that are not also common French words (folded keys).
#[rustfmt::skip]
const ENGLISH: &[&str] = &[
    "i", "im", "id", "ill", "ive", "me", "my", "mine", "you", "your", "youre", "we", "our",
    "he", "she", "it", "its", "they", "them", "the", "an", "and", "or", "but", "of", "to", "in",
    "at", "for", "with", "from", "by", "about", "this", "that", "thats", "these", "what",
    "whats", "when", "where", "which", "who", "how", "is", "are", "was", "be", "been", "am",
    "do", "does", "did", "dont", "doesnt", "cant", "wont", "not", "no", "yes", "yeah", "yep",
    "nope", "have", "has", "had", "can", "could", "would", "should", "will", "like", "want",
    "need", "book", "booking", "appointment", "schedule", "reschedule", "cancel", "change",
    "move", "make", "get", "speak", "talk", "call", "calling", "please", "thanks", "thank",
    "sure", "right", "okay", "good", "great", "fine", "name", "number", "phone", "time", "day",
    "week", "next", "today", "tomorrow", "morning", "afternoon", "evening", "noon", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "after", "before", "between", "around", "then", "there", "here", "just", "some",
    "someone", "person", "forget", "mind", "never", "english", "french", "um", "uh", "well",
    "so", "let", "lets", "wait", "hold", "actually", "instead", "works", "work", "sounds",
    "perfect", "correct", "exactly",
];

/// A language a caller asks for by name ([`requested`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Asked {
    /// English or French.
    Lang(Lang),
    /// A language Bella does not speak ("do you speak Spanish?", "en mandarin?").
    Other,
}

/// The languages a caller may ask for, each with its name in English and in French
/// (folded keys): Bella's own first, then the languages most spoken in Canadian homes
/// after them. A name that is also a common word in a call ("polish", "greek") is
/// left out, and so are French names written with an accent ("coréen"): the
/// prefilter [`names_a_language`] compares the turn's bytes as they are.
#[rustfmt::skip]
const NAMES: &[(Asked, &str, &str)] = &[
    (Asked::Lang(Lang::En), "english", "anglais"),
    (Asked::Lang(Lang::Fr), "french", "francais"),
    (Asked::Other, "spanish", "espagnol"),
    (Asked::Other, "mandarin", "mandarin"),
    (Asked::Other, "cantonese", "cantonais"),
    (Asked::Other, "chinese", "chinois"),
    (Asked::Other, "punjabi", "pendjabi"),
    (Asked::Other, "tagalog", "tagalog"),
    (Asked::Other, "arabic", "arabe"),
    (Asked::Other, "italian", "italien"),
    (Asked::Other, "german", "allemand"),
    (Asked::Other, "portuguese", "portugais"),
    (Asked::Other, "hindi", "hindi"),
    (Asked::Other, "urdu", "ourdou"),
    (Asked::Other, "vietnamese", "vietnamien"),
    (Asked::Other, "korean", "korean"),
    (Asked::Other, "russian", "russe"),
    (Asked::Other, "ukrainian", "ukrainien"),
    (Asked::Other, "japanese", "japonais"),
    (Asked::Other, "farsi", "farsi"),
    (Asked::Other, "tamil", "tamoul"),
    (Asked::Other, "gujarati", "gujarati"),
    (Asked::Other, "cree", "cree"),
    (Asked::Other, "inuktitut", "inuktitut"),
    (Asked::Other, "ojibwe", "ojibwe"),
    (Asked::Other, "somali", "somali"),
];
/// The first four letters of every name in [`NAMES`], sorted for a binary search (a
/// test checks both).
#[rustfmt::skip]
const STEMS: &[[u8; 4]] = &[
    *b"alle", *b"angl", *b"arab", *b"cant", *b"chin", *b"cree", *b"engl", *b"espa",
    *b"fars", *b"fran", *b"fren", *b"germ", *b"guja", *b"hind", *b"inuk", *b"ital",
    *b"japa", *b"japo", *b"kore", *b"mand", *b"ojib", *b"ourd", *b"pend", *b"port",
    *b"punj", *b"russ", *b"soma", *b"span", *b"taga", *b"tami", *b"tamo", *b"ukra",
    *b"urdu", *b"viet",
];
/// Words right before a language's English name that ask for it ("in French", "do you
/// speak French?", "someone who speaks French"); "French please" asks too.
const BEFORE_ENGLISH_NAME: &[&[&str]] = &[&["in"], &["speak"], &["speaks"], &["speaking"]];
/// The same before its French name ("en français", "parlez-vous français?", "tu
/// parles-tu anglais?": the lexer splits the verb from its pronoun).
const BEFORE_FRENCH_NAME: &[&[&str]] = &[
    &["en"],
    &["parlez"],
    &["parle"],
    &["parles"],
    &["parlez", "vous"],
    &["parles", "tu"],
    &["parle", "tu"],
];

/// The language a turn asks for by name ("can we do this in French?", "do you speak
/// English?", "parlez-vous français?", "do you speak Punjabi?"), whatever language its
/// other words are in.
///
/// ```
/// use bella_extract::lang::{Asked, Lang, requested};
/// assert_eq!(requested("Hi, do you speak French?"), Some(Asked::Lang(Lang::Fr)));
/// assert_eq!(requested("Parlez-vous anglais?"), Some(Asked::Lang(Lang::En)));
/// assert_eq!(requested("Is there anyone who speaks Spanish?"), Some(Asked::Other));
/// assert_eq!(requested("I'd like to book for Friday"), None);
/// ```
#[must_use]
pub fn requested(text: &str) -> Option<Asked> {
    // The dialog asks this of nearly every turn, and nearly none names a language:
    // those are passed over without splitting the turn into words.
    if !names_a_language(text) {
        return None;
    }
    let ws: Vec<Word<'_>> = words(text).into_iter().filter(Word::is_word).collect();
    requested_in(&ws)
}

/// Whether `text` may name a language of [`NAMES`]: the first four letters of one, in
/// any case (a loose test; [`requested_in`] decides).
fn names_a_language(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| {
        let lower = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20, w[3] | 0x20];
        STEMS.binary_search(&lower).is_ok()
    })
}

/// The language `ws` ask for: a name right after words that ask for it ("in", "speak",
/// "en", "parlez-vous"; "French please"), the first of [`NAMES`] when several are.
/// Each word is compared with the names only where such words stand.
fn requested_in(ws: &[Word<'_>]) -> Option<Asked> {
    let mut best: Option<usize> = None;
    for (i, w) in ws.iter().enumerate() {
        let after = |frames: &[&[&str]]| {
            frames.iter().any(|f| {
                i.checked_sub(f.len())
                    .and_then(|start| ws.get(start..i))
                    .is_some_and(|before| before.iter().zip(*f).all(|(w, k)| w.is(k)))
            })
        };
        let english = after(BEFORE_ENGLISH_NAME) || ws.get(i + 1).is_some_and(|n| n.is("please"));
        let french = after(BEFORE_FRENCH_NAME);
        if !(english || french) {
            continue;
        }
        let named = NAMES
            .iter()
            .position(|(_, en, fr)| (english && w.is(en)) || (french && w.is(fr)));
        best = match (best, named) {
            (Some(b), Some(n)) => Some(b.min(n)),
            (b, n) => b.or(n),
        };
    }
    best.and_then(|k| NAMES.get(k)).map(|(asked, ..)| *asked)
}

/// The language of a caller turn, or `None` when its words do not tell.
#[must_use]
pub fn detect(text: &str) -> Option<Lang> {
    let tokens = words(text);
    let inverted = inverted_questions(&tokens);
    let ws: Vec<Word<'_>> = tokens.into_iter().filter(Word::is_word).collect();
    if let Some(Asked::Lang(lang)) = requested_in(&ws) {
        return Some(lang);
    }
    let (mut fr, mut en) = (inverted, 0u32);
    // A letter alone is a spelling ("J-O-N"), unless it is an elision ("j'", "l'") or
    // the accented "à", which only French writes ("Mardi next week à 10 h").
    let accented_a = |w: &Word<'_>| matches!(w.text, "à" | "À");
    for w in ws
        .iter()
        .filter(|w| w.elided || w.key.as_bytes().len() > 1 || accented_a(w))
    {
        let is_fr = tells(w, FRENCH) || accented_a(w);
        let is_en = tells(w, ENGLISH);
        // A word on both lists ("me", "correct") tells nothing.
        if is_fr && !is_en {
            fr += 1;
        } else if is_en && !is_fr {
            en += 1;
        }
    }
    match fr.cmp(&en) {
        std::cmp::Ordering::Greater if fr >= 2 => Some(Lang::Fr),
        std::cmp::Ordering::Less if en >= 2 => Some(Lang::En),
        _ => None,
    }
}

/// Whether `w` is on `list`: the whole word, or for a hyphenated one ("annulez-le",
/// "pouvez-vous") one of its parts.
fn tells(w: &Word<'_>, list: &[&str]) -> bool {
    w.is_any(list) || {
        let key = w.key.as_str();
        key.contains('~') && key.split('~').any(|part| list.contains(&part))
    }
}

/// Subject pronouns French puts after its verb, hyphenated, to ask a question.
const INVERTED: &[&str] = &[
    "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce",
];

/// French inverted questions in a turn ("a-t-il", "pouvez-vous", "est-ce",
/// "acceptez-vous", "va-t-on"): a verb, a hyphen, maybe "t" and a hyphen, then a
/// subject pronoun in lower case, all written together. Each tells French by itself,
/// on top of its words: "Y a-t-il du stationnement?" is French. A name's parts are
/// capitalised ("Marie-Elle"), so a hyphenated name is never one.
fn inverted_questions(tokens: &[Word<'_>]) -> u32 {
    let joined = |a: &Word<'_>, b: &Word<'_>| a.span.end == b.span.start;
    let hyphen = |w: &Word<'_>| w.is_punct('-');
    let pronoun =
        |w: &Word<'_>| w.is_any(INVERTED) && w.text.chars().next().is_some_and(char::is_lowercase);
    let mut n = 0;
    for (i, verb) in tokens.iter().enumerate() {
        let at = |k: usize| tokens.get(i + k);
        let chain =
            |len: usize| (0..len).all(|k| at(k).zip(at(k + 1)).is_some_and(|(a, b)| joined(a, b)));
        let direct = at(1).is_some_and(hyphen) && at(2).is_some_and(pronoun) && chain(2);
        let with_t = at(1).is_some_and(hyphen)
            && at(2).is_some_and(|w| w.is("t"))
            && at(3).is_some_and(hyphen)
            && at(4).is_some_and(pronoun)
            && chain(4);
        if verb.is_word() && (direct || with_t) {
            n += 1;
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every one of `texts` is detected as `want`.
    fn detects(want: Option<Lang>, texts: &[&str]) {
        for text in texts {
            assert_eq!(detect(text), want, "{text}");
        }
    }

    #[test]
    fn a_language_asked_for_by_name() {
        for (text, want) in [
            ("Hi, do you speak French?", Some(Lang::Fr)),
            ("Is there someone who speaks French?", Some(Lang::Fr)),
            ("Parlez-vous français?", Some(Lang::Fr)),
            ("Tu parles-tu français?", Some(Lang::Fr)),
            ("Bonjour, do you speak English?", Some(Lang::En)),
            ("Est-ce que vous parlez anglais?", Some(Lang::En)),
            ("Can we do this in English", Some(Lang::En)),
            ("DO YOU SPEAK FRENCH", Some(Lang::Fr)),
            ("I'd like to book for Friday", None),
            ("Je voudrais un rendez-vous", None),
            // A word that only starts like the verb is not it.
            ("parlementaire français", None),
        ] {
            assert_eq!(requested(text), want.map(Asked::Lang), "{text}");
            if want.is_some() {
                assert_eq!(detect(text), want, "{text}");
            }
        }
    }

    #[test]
    fn a_language_bella_does_not_speak() {
        for text in [
            "Do you speak Spanish?",
            "Hi, is there anyone there who speaks Punjabi?",
            "can we do this in mandarin",
            "Cantonese please",
            "Parlez-vous espagnol?",
            "Est-ce que quelqu'un parle arabe?",
            "do you have someone speaking Tagalog",
        ] {
            assert_eq!(requested(text), Some(Asked::Other), "{text}");
        }
        // Named, but not asked for: words that only hold a language's first letters,
        // or its name without a word that asks for it.
        for text in [
            "It's important, I need to get in before Friday",
            "I'm in the hospital until Tuesday",
            "My husband is German, he'll come too",
            "a screening please",
        ] {
            assert_eq!(requested(text), None, "{text}");
        }
    }

    #[test]
    fn every_name_has_its_stem() {
        assert!(
            STEMS.windows(2).all(|w| w[0] < w[1]),
            "STEMS must be sorted"
        );
        for (_, en, fr) in NAMES {
            for name in [en, fr] {
                let stem: [u8; 4] = name.as_bytes()[..4].try_into().expect("four letters");
                assert!(STEMS.binary_search(&stem).is_ok(), "{name}");
            }
        }
    }

    #[test]
    fn spec_examples() {
        detects(
            Some(Lang::Fr),
            &["Hi, euh, bonjour, je voudrais prendre un rendez-vous."],
        );
        detects(Some(Lang::En), &["Bonjour! Hi, I'd like to book"]);
        detects(None, &["Hi", "Bonjour", "Allô"]);
    }

    #[test]
    fn short_answers() {
        detects(
            Some(Lang::Fr),
            &[
                "C'est beau.",
                "Non merci",
                "Le 24 vers 9 h 30, svp",
                "oui oui",
                "Non, annulez-le.",
                "Pouvez-vous le déplacer?",
                "Oui, je serai là.",
                // English words in a French sentence: "à" tells, the turn is not
                // clearly English.
                "Mardi next week à 10 h, à la même heure.",
            ],
        );
        detects(
            Some(Lang::En),
            &[
                "yeah that works",
                "No, the time is wrong",
                "at 10 please",
                "no, it's J-O-N, not J-O-H-N",
            ],
        );
        // One telling word, or words that are also parts of names, do not decide.
        detects(
            None,
            &[
                "613 603-7428",
                "Chloé Ouellet",
                "Ben Okafor",
                "Jean de la Fontaine",
                "Marie-Ève Saint-Pierre",
                "Jean-François D'Amours",
                "no, J-O-N",
                "Mardi next week à 10 h.",
                "Oui.",
                "Yes.",
                "",
                "OK",
                "!!!",
            ],
        );
    }

    #[test]
    fn inverted_questions_tell_french() {
        detects(
            Some(Lang::Fr),
            &[
                "Y a-t-il du stationnement?",
                "Est-ce ouvert samedi?",
                "Acceptez-vous Interac?",
                "Faites-vous des massages?",
                "Va-t-on recevoir un rappel?",
                "Avez-vous du stationnement?",
                "Êtes-vous ouverts samedi?",
                // A price asked with no inversion: "combien", "coûte" are French only.
                "Bonjour, combien coûte l'ajustement de lunettes?",
            ],
        );
        // A French name in an English turn stays English; a hyphenated name alone
        // tells nothing.
        detects(
            Some(Lang::En),
            &[
                "Is there parking? This is Jean-Claude.",
                "Hi, it's Marie-Ève Saint-Pierre, do you have parking?",
                "Is there parking near Trois-Rivières?",
            ],
        );
        detects(
            None,
            &["Jean-Claude", "Anne-Sophie Saint-Onge", "Marie-Elle"],
        );
    }

    #[test]
    fn switch_requests_win() {
        detects(
            Some(Lang::Fr),
            &[
                "Euh, je vais continuer en français, si ça vous dérange pas.",
                "can we do this in French please",
            ],
        );
        detects(
            Some(Lang::En),
            &[
                "Est-ce qu'on peut continuer en anglais?",
                "can we do this in English",
            ],
        );
    }
}
