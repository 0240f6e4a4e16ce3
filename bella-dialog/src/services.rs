//! Services and staff in the conversation (SPEC §3.1): which service the caller wants,
//! which person they asked for, the questions callers ask before booking (how long,
//! how much, the FAQ topics), and the read-back's service and person.
//!
//! When a start is free is decided by the pure functions of `resources.rs`; this
//! module applies them to the call's state.

use crate::engine::Dialog;
use crate::intent::{self, Intent, has_phrase};
use crate::io::{Interval, StoreRequest, StoreResult};
use crate::relative;
use crate::resources::{self, Res, StaffRefusal};
use crate::state::{PendingKind, Step, TimeAsk};
use bella_core::PersonName;
use bella_extract::confirm::Confirmation;
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What the call knows about services, staff and the caller's record.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ServiceState {
    /// The service asked for (index into `Config::services`).
    pub service: Option<usize>,
    /// The resource asked for by name ("with Dr. Singh").
    pub pref: Option<usize>,
    /// Whether "the same person as last time" was looked up already.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub same_looked: bool,
    /// The resource the caller does not want ("not with Tom").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avoid: Option<usize>,
    /// Failed answers to "What would you like to book?".
    pub misses: u8,
    /// The name the number calling booked under before (a known caller).
    pub known: Option<PersonName>,
    /// Whether "Is this for you, ...?" was asked already.
    pub known_asked: bool,
    /// The booking is for someone else, said by who they are to the caller ("a
    /// lesson for my son", "my husband needs ..."): a known caller is asked whose
    /// name to book under, never "Is this for you, ...?".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_other: bool,
    /// The last answer given to a question ("how much is it?", a FAQ topic), and how
    /// many times in a row it was asked: a fourth time gets a person instead.
    #[serde(default)]
    pub last_answer: Option<String>,
    #[serde(default)]
    pub same_asked: u8,
    /// "Same as last time", "my usual" with no service said: the caller's record is
    /// read for it before the service is asked (`on_file`).
    #[serde(default)]
    pub usual: bool,
    /// In a move, the caller asked for another person ("to 2 with Jayden instead"),
    /// or for anyone, or not the one it is with: the move goes to the person free at
    /// the new time (`move_resource`) instead of staying on its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub move_person: bool,
    /// Two services asked for in one appointment that the business does not sell as
    /// one ("highlights and a trim"): the service question asks which of them to book
    /// (one at a time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pair: Option<(usize, usize)>,
    /// The two services of such a turn, kept once asked which comes first: when one
    /// of them is booked, the other is offered right after it (`offer_second`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub both: Option<(usize, usize)>,
    /// The first of two services booked, while the second is read back: the call's
    /// appointment, whatever the answer (`Dialog::hang_up`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<bella_core::Appointment>,
}

/// "Do you do perms?": a question about what the business sells.
const DO_YOU: &[&str] = &[
    "do you do",
    "do you offer",
    "do you guys do",
    "do you guys offer",
    "do you teach",
    "do you guys teach",
    // "Does anyone there do IMS?": whether someone on staff does it.
    "does anyone do",
    "does anybody do",
    "does anyone there do",
    "does anybody there do",
    "does someone there do",
    "does anyone there offer",
    "does anyone offer",
];

/// "Can you do laser therapy?": a question about something not sold when no service or
/// topic names it, as a trade's verb is ([`trade_asked`]), though only when nothing
/// after it is a word of when or how ([`can_do_asked`]): "can you do earlier?", "could
/// you do me a favour?" ask about no service.
const CAN_DO: &[&str] = &[
    "can you do",
    "could you do",
    "can you guys do",
    "could you guys do",
];

/// Words after a [`CAN_DO`] phrase that make it a request about the booking, not about
/// what the business sells.
const CAN_DO_NOT_THINGS: &[&str] = &[
    "me",
    "us",
    "favour",
    "favor",
    "earlier",
    "later",
    "sooner",
    "before",
    "after",
    "any",
    "anytime",
    "another",
    "better",
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "today",
    "tomorrow",
    "weekend",
    "week",
    "time",
    "day",
    "next",
    "last",
    "same",
    "instead",
];

/// Whether a turn asks "can you do X?" of a thing ([`CAN_DO`]): a word that is no
/// [`VAGUE`] one right after the phrase, and no [`CAN_DO_NOT_THINGS`] or
/// [`TRADE_NOT_THINGS`] word anywhere after it.
fn can_do_asked(ws: &[String]) -> bool {
    !ws.iter().any(|w| NOT_A_SERVICE.contains(&w.as_str()))
        && CAN_DO.iter().any(|p| {
            let n = p.split(' ').count();
            (0..ws.len().saturating_sub(n)).any(|i| {
                p.split(' ').zip(&ws[i..]).all(|(a, b)| a == b)
                    && !VAGUE.contains(&ws[i + n].as_str())
                    && !ws[i + n..].iter().any(|w| {
                        CAN_DO_NOT_THINGS.contains(&w.as_str())
                            || TRADE_NOT_THINGS.contains(&w.as_str())
                    })
            })
        })
}

/// Words after "do you do" that name nothing ("do you do anything for back pain?",
/// "do you do that?").
const VAGUE: &[&str] = &[
    "anything",
    "something",
    "everything",
    "that",
    "this",
    "it",
    "them",
    "those",
    "these",
    "what",
    "other",
    "else",
    "services",
    "service",
    "stuff",
    "things",
];

/// Words of a question about how the business is paid or run, not about what it sells
/// ("do you offer a seniors' discount?", "do you do payment plans?"): without an FAQ
/// topic that answers it, the agent cannot say it is not offered.
const NOT_A_SERVICE: &[&str] = &[
    "discount",
    "discounts",
    "price",
    "prices",
    "pricing",
    "rate",
    "rates",
    "payment",
    "payments",
    "financing",
    "billing",
    "insurance",
    "coupon",
    "coupons",
    "deal",
    "deals",
    "promotion",
    "promotions",
    "gift",
    "refund",
    "refunds",
    "parking",
];

/// Whether a word other than a [`VAGUE`] one follows a [`DO_YOU`] phrase: "do you do
/// braces?" names something, "do you do anything else?" does not, nor does a question
/// about payment or prices ([`NOT_A_SERVICE`]).
fn names_a_thing(ws: &[String]) -> bool {
    !ws.iter().any(|w| NOT_A_SERVICE.contains(&w.as_str()))
        && DO_YOU.iter().any(|p| {
            let n = p.split(' ').count();
            ws.windows(n + 1).any(|w| {
                p.split(' ').zip(w).all(|(a, b)| a == b) && !VAGUE.contains(&w[n].as_str())
            })
        })
}

/// Verbs of a trade a caller asks the business about with "do you", "can you" or
/// "could you" ("do you photograph weddings?", "can you restore an old photo?",
/// "do you guys repair bikes?"): said of something no service or FAQ topic names, it is
/// something not sold ([`trade_asked`]).
const TRADE_VERBS: &[&str] = &[
    "photograph",
    "film",
    "restore",
    "repair",
    "fix",
    "sell",
    "install",
    "print",
    "frame",
    "edit",
    "build",
    "paint",
    // Animal and household trades: "can you board my dog?", "do you groom cats?".
    "board",
    "groom",
    "train",
    "walk",
    "microchip",
    "tow",
    "deliver",
    "cater",
    "pierce",
    "tattoo",
];

/// Words right after a [`TRADE_VERBS`] verb that ask about the caller's own booking or
/// name nothing ("can you fix my appointment?", "could you fix that?").
const TRADE_NOT_THINGS: &[&str] = &[
    "me",
    "us",
    "you",
    "him",
    "her",
    "appointment",
    "appointments",
    "booking",
    "bookings",
    "reservation",
    "time",
    "name",
    "number",
    "spelling",
];

/// Verbs of mending said of the caller's own thing ("can you fix my car?"), which a
/// business that mends things may take in under any of its services: no question of
/// something not sold.
const MEND_VERBS: &[&str] = &["fix", "repair", "restore"];

/// Whether a turn asks whether the business does a trade to something ("do you
/// photograph weddings?", "can you guys restore an old photo?"): "do", "can" or "could",
/// "you", maybe "guys", "also" or "ever", a [`TRADE_VERBS`] verb, then a word that
/// names a thing (no [`VAGUE`] word, no [`TRADE_NOT_THINGS`] word anywhere after the
/// verb, no possessive right after a [`MEND_VERBS`] verb).
fn trade_asked(ws: &[String]) -> bool {
    (1..ws.len()).any(|k| {
        if ws[k] != "you" || !matches!(ws[k - 1].as_str(), "do" | "can" | "could") {
            return false;
        }
        let mut v = k + 1;
        while ws
            .get(v)
            .is_some_and(|w| matches!(w.as_str(), "guys" | "also" | "ever"))
        {
            v += 1;
        }
        let mends = ws.get(v).is_some_and(|w| MEND_VERBS.contains(&w.as_str()));
        ws.get(v).is_some_and(|w| TRADE_VERBS.contains(&w.as_str()))
            && ws.get(v + 1).is_some_and(|w| {
                !(VAGUE.contains(&w.as_str()) || (mends && POSSESSIVES.contains(&w.as_str())))
            })
            && !ws[v + 1..]
                .iter()
                .any(|w| TRADE_NOT_THINGS.contains(&w.as_str()))
    })
}

/// The same question answered this many times in a row; the next asking is put through
/// to a person (the caller is not being helped by the answer).
const MAX_SAME_ANSWERS: u8 = 3;

/// Words before a person's name that make it a request for that person, in English
/// and French ("avec la docteure Singh", "voir Luc").
const CUES: &[&str] = &[
    "with",
    "see",
    "seeing",
    "by",
    "prefer",
    "dr",
    "doctor",
    "ask",
    "want",
    "book",
    "from",
    // "could I switch my cleaning over to Megan?"
    "over",
    "avec",
    "voir",
    "docteur",
    "docteure",
    "dre",
    "préfère",
    "demander",
];
/// Words that ask for the person named right after them ("can I get Jen", "could I
/// have Marco instead"): too common to count from further back.
const NEAR_CUES: &[&str] = &["get", "have", "like"];
/// A person asked for as the subject of the question ("can Kyle do a bath", "is Jen
/// available", "could Ashley fit us in"): one of these right before the name...
/// French: "est-ce que Réjean travaille mercredi?", "est-ce que Josée est là?".
const SUBJECT_ASKS: &[&str] = &["can", "could", "would", "will", "does", "is", "que"];
/// ...and one of these right after it ("my name is Luc Tremblay" is not).
const SUBJECT_DOES: &[&str] = &[
    "do",
    "take",
    "fit",
    "squeeze",
    "see",
    "work",
    "be",
    "have",
    "give",
    "teach",
    "available",
    "working",
    "free",
    "in",
    "travaille",
    "travaillera",
    "est",
    "sera",
    "peut",
    "pourrait",
    "fait",
];
/// Phrases that take back a person asked for: anyone who offers the service will do.
const ANYONE: &[&str] = &[
    "anyone",
    "anybody",
    "anyone's",
    "anybody's",
    "whoever",
    "whoever's",
    "no preference",
    "doesn't matter who",
    "don't mind who",
    "don't care who",
    "any of them",
    "n'importe qui",
    "peu importe qui",
    "pas de préférence",
    "qui est libre",
    "qui est disponible",
    "quelqu'un d'autre",
];
/// Whether a turn takes back the person asked for ([`ANYONE`]); "whoever did my hair
/// last time" asks for one ([`same_person`]).
fn anyone(ws: &[String]) -> bool {
    ANYONE.iter().any(|p| has_phrase(ws, p)) && !same_person(ws)
}

/// Titles and words that never identify a resource on their own.
const TITLES: &[&str] = &[
    "dr", "doctor", "mr", "mrs", "ms", "miss", "the", "and", "room", "bay", "chair", "table",
    "docteur", "docteure", "dre", "madame", "monsieur", "mme", "la", "le", "salle",
];
/// Words that start a question.
const QUESTION_STARTS: &[&str] = &[
    "what", "what's", "whats", "where", "where's", "how", "do", "does", "is", "are", "can",
    "could", "will", "would", "which", "any", "anything", "who",
];

/// Whether the phrase's words occur in `ws` in order, a trailing plural `s` allowed.
fn has_loose(ws: &[String], phrase: &[String]) -> bool {
    loose_at(ws, phrase).next().is_some()
}

/// Where the phrase's words start in `ws` ([`has_loose`]).
pub(crate) fn loose_at<'a>(
    ws: &'a [String],
    phrase: &'a [String],
) -> impl Iterator<Item = usize> + 'a {
    let n = phrase.len();
    let last = if n == 0 || n > ws.len() {
        0
    } else {
        ws.len() - n + 1
    };
    (0..last).filter(move |&i| {
        phrase
            .iter()
            .zip(&ws[i..])
            .all(|(p, w)| same_word(w, p) || elided_word(w, p) || verb_of_noun(w, p))
    })
}

/// Whether the service named at word `at` is denied: "c'est pas un examen, c'est un
/// nettoyage", "not a checkup, a cleaning" (an article between allowed).
pub(crate) fn denied_at(ws: &[String], at: usize) -> bool {
    const ARTICLES: &[&str] = &[
        "un", "une", "le", "la", "de", "du", "mon", "ma", "a", "an", "the", "my",
    ];
    let mut i = at;
    if i > 0 && ARTICLES.contains(&ws[i - 1].as_str()) {
        i -= 1;
    }
    i > 0 && matches!(ws[i - 1].as_str(), "pas" | "not")
}

/// Whether `word` is the French verb of `phrase_word`, a noun in "-age", as said after
/// "faire" or a pronoun: "faire détartrer mes dents" says "détartrage", "me faire
/// nettoyer les dents" "nettoyage", "me faire masser" "massage". The stem keeps four
/// letters or more.
///
/// A noun in "-iment" has its verb in "-ir": "me faire blanchir les dents" says
/// "blanchiment".
fn verb_of_noun(word: &str, phrase_word: &str) -> bool {
    // English: a noun in "-ing" said as its participle ("get her groomed" says
    // "grooming", "nails clipped" "clipping").
    if let Some(stem) = phrase_word.strip_suffix("ing")
        && stem.chars().count() >= 4
        && word.strip_suffix("ed").is_some_and(|w| w == stem)
    {
        return true;
    }
    // ...and as its verb that drops an "e" before "-ing": "tape my ankle" says
    // "taping", "shave my head" "shaving".
    if let Some(stem) = phrase_word.strip_suffix("ing")
        && stem.chars().count() >= 3
        && word.strip_suffix('e').is_some_and(|w| w == stem)
    {
        return true;
    }
    const ER: &[&str] = &["er", "é", "ée", "és", "ées", "ez"];
    const IR: &[&str] = &["ir", "i", "ie", "is", "ies", "issez"];
    // A noun in "-ation" or "-ction" has its verb in "-er": "le faire inspecter" says
    // "inspection", "faire réparer" "réparation".
    let ion = phrase_word.strip_suffix("ation").or_else(|| {
        phrase_word
            .strip_suffix("ction")
            .map(|_| &phrase_word[..phrase_word.len() - 3])
    });
    let (stem, endings) = match (
        phrase_word.strip_suffix("age").or(ion),
        phrase_word.strip_suffix("iment"),
    ) {
        (Some(stem), _) => (stem, ER),
        (_, Some(stem)) => (stem, IR),
        _ => return false,
    };
    stem.chars().count() >= 4
        && endings
            .iter()
            .any(|e| word.strip_suffix(e).is_some_and(|w| same_word(w, stem)))
}

/// Whether `word` is `phrase_word` with a French article or preposition elided onto it
/// ("l'examen", "d'acupuncture"), as speech-to-text writes them: "l'examen pour
/// adulte" says the phrase "examen pour adulte".
fn elided_word(word: &str, phrase_word: &str) -> bool {
    word.contains('\'') && !phrase_word.contains('\'') && {
        let bare = intent::fr::unelided(word);
        bare.len() < word.len() && same_word(bare, phrase_word)
    }
}

/// Whether `word` and `phrase_word` are one word ([`same_word`]) or one stem: the
/// shorter, of four letters or more, begins the longer, which adds at most three
/// ("rent" and "rental", "park" and "parking").
fn same_stem(word: &str, phrase_word: &str) -> bool {
    let (short, long) = if word.len() <= phrase_word.len() {
        (word, phrase_word)
    } else {
        (phrase_word, word)
    };
    same_word(word, phrase_word)
        || (short.len() >= 4 && long.len() - short.len() <= 3 && long.starts_with(short))
}

/// A word of a topic's name that says nothing of the topic ("what", "to" in
/// `what_to_bring`).
fn is_small_word(w: &str) -> bool {
    matches!(
        w,
        "what"
            | "how"
            | "when"
            | "where"
            | "who"
            | "why"
            | "to"
            | "do"
            | "i"
            | "you"
            | "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "my"
            | "your"
            | "is"
            | "are"
            | "can"
            | "should"
            | "quoi"
            | "comment"
            | "quand"
            | "où"
            | "à"
            | "de"
            | "le"
            | "la"
            | "les"
            | "du"
    )
}

/// Whether two words are of one family: the same stem of five letters or more once a
/// usual ending is taken off each ("preparation", "prepare", "preparing": `prepar`).
fn same_family(word: &str, other: &str) -> bool {
    fn stem(w: &str) -> &str {
        // "accessible" and "accessibility" (`accessib`), "available" and
        // "availability".
        const ENDINGS: &[&str] = &[
            "ations", "ation", "ilities", "ility", "ions", "ion", "ing", "les", "le", "ed", "es",
            "e", "s",
        ];
        ENDINGS.iter().find_map(|e| w.strip_suffix(e)).unwrap_or(w)
    }
    let (a, b) = (stem(word), stem(other));
    a.chars().count() >= 5 && a == b
}

/// Whether a one-word topic in "-ing" (`fasting`, `parking`, `boarding`) is asked by
/// its verb, of four letters or more, right after "to" or a subject pronoun: "does she
/// need to fast?", "where do I park?", "should he fast before?".
fn gerund_verb_said(ws: &[String], topic: &str) -> bool {
    let Some(verb) = topic.strip_suffix("ing").filter(|v| v.len() >= 4) else {
        return false;
    };
    ws.windows(2).any(|pair| {
        matches!(
            pair[0].as_str(),
            "to" | "i" | "we" | "you" | "he" | "she" | "they"
        ) && (pair[1] == verb || pair[1].strip_suffix('e').is_some_and(|v| v == verb))
    })
}

/// Whether `word` is `phrase_word`, or it with a plural `s`. Accents do not count: a
/// French caller's "évaluation" (speech-to-text writes the accent) names a service
/// listed as "evaluation", and the other way round. Compared letter by letter, as this
/// runs for every phrase of every service on a turn.
fn same_word(word: &str, phrase_word: &str) -> bool {
    let (mut w, mut p) = (
        word.chars().map(unaccented),
        phrase_word.chars().map(unaccented),
    );
    loop {
        match (w.next(), p.next()) {
            (Some(a), Some(b)) if a == b => {}
            (None, None) => return true,
            (Some('s'), None) => return w.next().is_none(),
            _ => return false,
        }
    }
}

/// A French letter without its accent ('é' → 'e').
pub(crate) fn unaccented(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ÿ' => 'y',
        other => other,
    }
}

/// Index of the first occurrence of `phrase` in `ws`.
fn position(ws: &[String], phrase: &[String]) -> Option<usize> {
    let n = phrase.len();
    if n == 0 || n > ws.len() {
        return None;
    }
    (0..=ws.len() - n).find(|&i| phrase.iter().zip(&ws[i..]).all(|(p, w)| p == w))
}

/// The service a turn names by its name or one of its `says` phrases: the longest
/// phrase found wins (so "sports massage" beats "massage" if both are listed).
pub(crate) fn find_service(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    if let Some(i) = service_said_last(cfg, ws) {
        return Some(i);
    }
    // A service the turn denies ("pas un examen, un nettoyage") gives way to another
    // it names.
    let best = named_service(cfg, ws, true).or_else(|| named_service(cfg, ws, false));
    let by_length = service_by_length(cfg, ws);
    match best {
        // "An hour-long piano lesson": a length said outright picks the service of
        // that length the turn names over a phrase of one of another length ("piano",
        // the half-hour lesson's).
        Some(i) => Some(
            by_length
                .filter(|&j| cfg.services[j].minutes != cfg.services[i].minutes)
                .unwrap_or(i),
        ),
        None => by_length
            .or_else(|| service_by_stems(cfg, ws))
            .or_else(|| service_by_word(cfg, ws))
            .or_else(|| service_by_bare_length(cfg, ws)),
    }
}

/// "I'll take the 90 then": a number after "the" that no day of a month has (over 31)
/// and that is the length in minutes of one service only.
fn service_by_bare_length(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    let n: u32 = ws
        .windows(2)
        .find(|w| w[0] == "the" && w[1].parse::<u32>().is_ok_and(|n| n > 31))?[1]
        .parse()
        .ok()?;
    let mut of_length = cfg
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.minutes == n);
    let (i, _) = of_length.next()?;
    of_length.next().is_none().then_some(i)
}

/// The turn without the words of every service name or phrase it says: "what does a
/// first visit cost?" is left "what does a cost", which asks for no booking though
/// "visit" would.
pub(crate) fn without_services(cfg: &crate::Config, ws: &[String]) -> Vec<String> {
    let mut said = vec![false; ws.len()];
    for s in &cfg.services {
        for phrase in std::iter::once(&s.name).chain(&s.name_fr).chain(&s.says) {
            for form in phrase_forms(phrase).iter().filter(|f| !f.is_empty()) {
                for at in loose_at(ws, form).collect::<Vec<_>>() {
                    // "a new patient visit", "a massage appointment": the word for a
                    // visit right after the service is part of what is asked about.
                    let end = at + form.len();
                    let visit = ws.get(end).is_some_and(|w| not_alone(w));
                    said[at..end + usize::from(visit)].fill(true);
                }
            }
        }
    }
    ws.iter()
        .zip(said)
        .filter(|(_, s)| !s)
        .map(|(w, _)| w.clone())
        .collect()
}

/// The turn with the caller's own service, said right after "my" or a possessive
/// ("sooner for my filling", "is my massage on Friday", "Max's grooming"), put as
/// "appointment": what it asks of the visit they have then reads as for any
/// appointment ("can I come in sooner for my appointment?" is a move). `None` when no
/// service is said so.
pub(crate) fn own_service_as_appointment(
    cfg: &crate::Config,
    ws: &[String],
) -> Option<Vec<String>> {
    cfg.services.iter().find_map(|s| {
        std::iter::once(&s.name)
            .chain(&s.name_fr)
            .chain(&s.says)
            .find_map(|phrase| {
                phrase_forms(phrase)
                    .into_iter()
                    .filter(|f| !f.is_empty())
                    .find_map(|form| {
                        let at = loose_at(ws, &form).find(|&at| {
                            at > 0 && (ws[at - 1] == "my" || intent::possessive(&ws[at - 1]))
                        })?;
                        let mut out = ws[..at].to_vec();
                        out.push("appointment".to_owned());
                        out.extend_from_slice(&ws[at + form.len()..]);
                        Some(out)
                    })
            })
    })
}

/// The text with each service name or phrase that holds an ordinal word ("first
/// lesson", "first visit") blanked out, as many spaces as bytes, so that "is the first
/// lesson free?" says no date. Matched as whole words, ASCII case aside.
pub(crate) fn without_ordinal_services<'t>(
    cfg: &crate::Config,
    text: &'t str,
) -> std::borrow::Cow<'t, str> {
    const ORDINALS: &[&str] = &["first", "second", "third", "1st", "2nd", "3rd"];
    let mut out = std::borrow::Cow::Borrowed(text);
    for s in &cfg.services {
        for phrase in std::iter::once(&s.name).chain(&s.says) {
            let p = phrase.to_ascii_lowercase();
            if !intent::words(&p)
                .iter()
                .any(|w| ORDINALS.contains(&w.as_str()))
            {
                continue;
            }
            let lower = out.to_ascii_lowercase();
            let hits: Vec<usize> = lower
                .match_indices(p.as_str())
                .map(|(at, _)| at)
                .filter(|&at| {
                    let before = lower[..at].chars().next_back();
                    let after = lower[at + p.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .collect();
            for at in hits {
                out.to_mut()
                    .replace_range(at..at + p.len(), &" ".repeat(p.len()));
            }
        }
    }
    out
}

/// The words that take back a service said before them ("rotation, no, actually a
/// changeover"; "un massage, non, plutôt de l'acupuncture").
const TAKE_BACK: &[&str] = &[
    "no", "wait", "actually", "scratch", "sorry", "non", "attendez", "plutôt",
];

/// "Rotation, no, actually a changeover, well, you know what, just the rotation": two
/// services or more named in one turn with a word that takes back what came before it
/// ([`TAKE_BACK`]) give the one said last (SPEC §2: a correction takes the later value).
/// A phrase inside a longer one said ("massage" in "deep tissue massage") does not count.
fn service_said_last(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    // (start, words, service) of every name or phrase said.
    let mut hits = Vec::new();
    for (i, s) in cfg.services.iter().enumerate() {
        for phrase in std::iter::once(&s.name).chain(&s.name_fr).chain(&s.says) {
            for form in phrase_forms(phrase).iter().filter(|f| !f.is_empty()) {
                hits.extend(loose_at(ws, form).map(|at| (at, form.len(), i)));
            }
        }
    }
    let inside = |&(a, n, _): &(usize, usize, usize)| {
        hits.iter()
            .any(|&(b, m, _)| m > n && b <= a && a + n <= b + m)
    };
    let kept: Vec<_> = hits.iter().copied().filter(|h| !inside(h)).collect();
    let &(last_at, _, last) = kept.iter().max_by_key(|&&(a, n, _)| (a, n))?;
    let first_at = kept.iter().map(|&(a, ..)| a).min()?;
    let other = kept.iter().any(|&(_, _, i)| i != last);
    let taken_back = ws[first_at..last_at]
        .iter()
        .any(|w| TAKE_BACK.contains(&w.as_str()));
    (other && taken_back).then_some(last)
}

/// "Just a check" answering "What would you like to book?": the last word of one
/// service's name (its head, "Hearing aid *check*"), said after "a", "the", "just"
/// and the like, even a word too common to count in other turns ([`NOT_ALONE`]).
fn service_by_head(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    const BEFORE: &[&str] = &["a", "an", "the", "my", "just", "une", "un", "la", "le"];
    let heads: Vec<Option<String>> = cfg
        .services
        .iter()
        .map(|s| intent::words(&s.name).pop().filter(|w| w.len() >= 4))
        .collect();
    let said = |h: &String| {
        ws.iter().enumerate().any(|(k, x)| {
            same_word(x, h)
                && k.checked_sub(1)
                    .is_some_and(|j| BEFORE.contains(&ws[j].as_str()))
        })
    };
    let mut found = None;
    for (i, h) in heads.iter().enumerate() {
        let Some(h) = h else { continue };
        if said(h) {
            if found.is_some() || heads.iter().flatten().filter(|o| *o == h).count() > 1 {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// "Family first, please" answering which of two services asked for together comes
/// first: a word of one of the two's names or phrases that the other's do not hold,
/// said anywhere in the answer (a word too common to count aside, [`NOT_ALONE`]).
fn one_of_two(cfg: &crate::Config, ws: &[String], (a, b): (usize, usize)) -> Option<usize> {
    let (wa, wb) = (
        service_words(&cfg.services[a]),
        service_words(&cfg.services[b]),
    );
    let said = |own: &[String], other: &[String]| {
        own.iter().any(|w| {
            w.len() >= 3
                && !not_alone(w)
                && !other.contains(w)
                && ws.iter().any(|x| same_word(x, w))
        })
    };
    match (said(&wa, &wb), said(&wb, &wa)) {
        (true, false) => Some(a),
        (false, true) => Some(b),
        _ => None,
    }
}

/// Where a listed phrase of two words or more is said word by word in its stems
/// ([`service_by_stems`]): each start.
pub(crate) fn stem_runs<'a>(
    ws: &'a [String],
    phrase: &'a [String],
) -> impl Iterator<Item = usize> + 'a {
    (0..ws.len()).filter(move |&at| phrase.len() >= 2 && stem_run_end(ws, phrase, at).is_some())
}

/// Where the phrase said in its stems from word `at` ends ([`stem_runs`]): each word of
/// the same stem or family, or a short verb and its participle ("fit" for "fitted");
/// an object pronoun may follow the first word ("fit me for hearing aids" says
/// "fitted for hearing aids").
pub(crate) fn stem_run_end(ws: &[String], phrase: &[String], at: usize) -> Option<usize> {
    const OBJECTS: &[&str] = &["me", "him", "her", "us", "them", "it"];
    let kin =
        |w: &String, p: &String| same_stem(w, p) || same_family(w, p) || doubled_participle(w, p);
    let (first, rest) = phrase.split_first()?;
    let mut j = at + 1;
    if !kin(ws.get(at)?, first) {
        return None;
    }
    if ws.get(j).is_some_and(|w| OBJECTS.contains(&w.as_str()))
        && rest.first().is_some_and(|p| !kin(&ws[j], p))
    {
        j += 1;
    }
    let end = j + rest.len();
    (ws.get(j..end)?.iter().zip(rest).all(|(w, p)| kin(w, p))).then_some(end)
}

/// A verb of three letters or more and its participle that doubles its last consonant
/// ("fit" and "fitted", "tap" and "tapping"), either way round.
fn doubled_participle(word: &str, phrase_word: &str) -> bool {
    let (short, long) = if word.len() <= phrase_word.len() {
        (word, phrase_word)
    } else {
        (phrase_word, word)
    };
    let Some(last) = short.chars().last() else {
        return false;
    };
    short.len() >= 3
        && !"aeiouy".contains(last)
        && long.strip_prefix(short).is_some_and(|tail| {
            tail.strip_prefix(last)
                .is_some_and(|t| t == "ed" || t == "ing")
        })
}

/// "My ears cleaned" for the phrase "ear cleaning": a listed phrase of two words or
/// more said word for word in order, each a word of the same stem or family
/// ("cleaned", "cleaning"), of one service only.
fn service_by_stems(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    let mut found = None;
    for (i, s) in cfg.services.iter().enumerate() {
        let said = std::iter::once(&s.name)
            .chain(&s.says)
            .any(|phrase| stem_runs(ws, &intent::words(phrase)).next().is_some());
        if said {
            if found.is_some_and(|f| f != i) {
                return None;
            }
            found = Some(i);
        }
    }
    found
}

/// The service or services a turn asks for ([`turn_service`]).
pub(crate) enum Said {
    /// None named.
    Nothing,
    /// One service, or two the business sells as one ("a trim and my roots done" is
    /// the cut and colour).
    One(usize),
    /// Two services the business does not sell as one, in the order said.
    Two(usize, usize),
}

/// The service a booking turn asks for: two joined by "and" are the service that is
/// both, when the business sells one, else a pair to book one at a time
/// (`two_services.rs`); otherwise the one [`find_service`] reads.
pub(crate) fn turn_service(cfg: &crate::Config, ws: &[String]) -> Said {
    if let Some((a, b)) = crate::two_services::named_pair(cfg, ws) {
        return crate::two_services::combined(cfg, a, b).map_or(Said::Two(a, b), Said::One);
    }
    find_service(cfg, ws).map_or(Said::Nothing, Said::One)
}

/// The service whose longest name or phrase the turn says (not a denied one when
/// `skip_denied`). A phrase followed by the last word of its own service's name counts
/// that word too: "a shellac manicure" is the gel manicure ("shellac"), not the
/// manicure.
fn named_service(cfg: &crate::Config, ws: &[String], skip_denied: bool) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, s) in cfg.services.iter().enumerate() {
        let head = intent::words(&s.name).pop();
        for phrase in std::iter::once(&s.name).chain(&s.name_fr).chain(&s.says) {
            // The longer of the two forms said counts ("hair cut" said as "haircut"
            // is one word, shorter than "kids haircut").
            let said = phrase_forms(phrase)
                .iter()
                .flat_map(|f| {
                    let head = head.as_ref().filter(|h| f.last() != Some(*h));
                    loose_at(ws, f)
                        .filter(|&at| !skip_denied || !denied_at(ws, at))
                        .map(move |at| {
                            let headed = head.is_some_and(|h| {
                                ws.get(at + f.len()).is_some_and(|w| same_word(w, h))
                            });
                            f.len() + usize::from(headed)
                        })
                })
                .max();
            if let Some(n) = said
                && best.is_none_or(|(_, b)| n > b)
            {
                best = Some((i, n));
            }
        }
    }
    best.map(|(i, _)| i)
}

/// Words that ask how two things differ ("what's the difference between ...", "how
/// is a colour different from highlights?").
const DIFFERENCE: &[&str] = &["difference", "different", "differ", "compare"];

/// "What's the difference between a screening and a full hearing test?": the two
/// services compared, in the order said; `None` unless the turn asks how they differ
/// and names two (joined by "and", "or", "from", "to" or "versus").
fn difference_asked(cfg: &crate::Config, ws: &[String]) -> Option<[usize; 2]> {
    if cfg.services.len() < 2 || !ws.iter().any(|w| DIFFERENCE.contains(&w.as_str())) {
        return None;
    }
    crate::two_services::compared(cfg, ws).map(|(a, b)| [a, b])
}

/// The words a service's name or phrase is said with: as written, and joined into
/// one word ("Follow-up" or "follow up" is said "follow up", "follow-up" and
/// "followup": hyphened parts, or the two words of a two-word phrase, also count
/// written as one word; empty when there is no such form).
pub(crate) fn phrase_forms(phrase: &str) -> [Vec<String>; 2] {
    let p = intent::words(phrase);
    let joined = if phrase.contains('-') {
        intent::words(&phrase.replace('-', ""))
    } else if p.len() == 2 {
        vec![p.concat()]
    } else {
        Vec::new()
    };
    [p, joined]
}

/// The words of every name and phrase of a service.
fn service_words(s: &crate::catalog::Service) -> Vec<String> {
    std::iter::once(&s.name)
        .chain(&s.name_fr)
        .chain(&s.says)
        .flat_map(|p| intent::words(p))
        .collect()
}

/// "The hour-long massage", "the 90-minute one": a length said as a service's
/// (never "in 90 minutes", a time) picks the one service of that length, or among
/// several of that length the one whose name shares a word of the turn.
fn service_by_length(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    let words: Vec<Vec<String>> = cfg.services.iter().map(service_words).collect();
    let said = spoken_length(ws).or_else(|| {
        hour_before_noun(ws, |w| {
            w == "one" || words.iter().any(|s| s.iter().any(|x| x == w))
        })
    })?;
    // "The half-hour massage" where the one half-hour service is a haircut: a word of
    // the turn that only other services hold names none of that length. The words of
    // the length itself do not ("the hour and a half massage" beside a "one-hour
    // massage" and a "half-hour massage").
    let elsewhere = |i: usize| {
        ws.iter().any(|w| {
            w.len() >= 4
                && !not_alone(w)
                && !LENGTH_WORDS.contains(&w.as_str())
                && !words[i].contains(w)
                && words.iter().any(|other| other.contains(w))
        })
    };
    let of_length: Vec<usize> = (0..cfg.services.len())
        .filter(|&i| cfg.services[i].minutes == said)
        .collect();
    match of_length[..] {
        [i] => (!elsewhere(i)).then_some(i),
        [] => None,
        _ => {
            // Named by a word of the turn that not every other one of that length
            // holds ("piano" beside "lesson" in "Extended piano lesson" and "Voice
            // lesson").
            let named: Vec<usize> = of_length
                .iter()
                .copied()
                .filter(|&i| {
                    words[i].iter().any(|w| {
                        w.len() >= 4
                            && ws.contains(w)
                            && of_length.iter().any(|&j| j != i && !words[j].contains(w))
                    })
                })
                .collect();
            (named.len() == 1).then(|| named[0])
        }
    }
}

/// A length said as an adjective: "hour-long", "hour long", "90-minute", "ninety
/// minute", "half-hour", "hour and a half"; in French as a complement, "d'une heure",
/// "d'une heure et demie", "d'une demi-heure", "de 90 minutes" (never "dans 90
/// minutes" or "à une heure", times) (minutes).
fn spoken_length(ws: &[String]) -> Option<u32> {
    if has_phrase(ws, "hour and a half")
        || has_phrase(ws, "90 minute")
        || has_phrase(ws, "d'une heure et demie")
    {
        return Some(90);
    }
    if has_phrase(ws, "half hour") || has_phrase(ws, "d'une demi heure") {
        return Some(30);
    }
    if has_phrase(ws, "hour long")
        || has_phrase(ws, "one hour")
        || has_phrase(ws, "60 minute")
        || has_phrase(ws, "d'une heure")
    {
        return Some(60);
    }
    // "a 90-minute massage", "forty five minute"; in French "le massage de 90 minutes",
    // "de quarante-cinq minutes" (never "dans 90 minutes").
    ws.iter().enumerate().find_map(|(k, w)| {
        if !matches!(w.as_str(), "minute" | "minutes") {
            return None;
        }
        let (n, first) = relative::count_before(ws, k)?;
        let french = w == "minutes" && first.checked_sub(1).is_some_and(|j| ws[j] == "de");
        (w == "minute" || french)
            .then(|| u32::try_from(n).ok())
            .flatten()
            .filter(|n| (5..=240).contains(n))
    })
}

/// The words a length is said with, in English and French: they name no service
/// when another service's name holds them too ("one-hour massage").
/// First words of a service name that English writes with a capital wherever they
/// stand (languages, nationalities, peoples and places that name a style): "French
/// tutoring", "Swedish massage", "Brazilian blowout", "Indian head massage" keep it
/// in a sentence (`in_sentence`).
const PROPER_FIRST_WORDS: &[&str] = &[
    "american",
    "arabic",
    "asian",
    "balinese",
    "brazilian",
    "canadian",
    "cantonese",
    "chinese",
    "cree",
    "dutch",
    "english",
    "european",
    "filipino",
    "french",
    "german",
    "greek",
    "hawaiian",
    "hebrew",
    "hindi",
    "indian",
    "italian",
    "japanese",
    "korean",
    "latin",
    "mandarin",
    "mexican",
    "ojibwe",
    "persian",
    "polish",
    "portuguese",
    "punjabi",
    "russian",
    "spanish",
    "swedish",
    "tagalog",
    "thai",
    "turkish",
    "ukrainian",
    "vietnamese",
];

const LENGTH_WORDS: &[&str] = &[
    "hour", "hours", "half", "minute", "minutes", "heure", "heures", "demi", "demie",
];

/// "An hour massage", "the hour one", "a half an hour massage": "hour" said as an
/// adjective, after an article and right before `noun` (a word of a service, or
/// "one"), never after "in" or "within" ("in an hour, massage please" is a time).
/// Gives 60, or 30 after "half".
fn hour_before_noun(ws: &[String], noun: impl Fn(&str) -> bool) -> Option<u32> {
    ws.iter().enumerate().find_map(|(k, w)| {
        if w != "hour" || !ws.get(k + 1).is_some_and(|n| noun(n)) {
            return None;
        }
        let before = |back: usize| k.checked_sub(back).map(|j| ws[j].as_str());
        if !matches!(before(1), Some("an" | "the" | "a")) {
            return None;
        }
        let half = before(2) == Some("half");
        let lead = before(if half { 3 } else { 2 });
        (!matches!(lead, Some("in" | "within"))).then_some(if half { 30 } else { 60 })
    })
}

/// Words of a service's name that never name it alone: too common in what callers
/// say about anything else ("change my appointment", "a return visit").
const NOT_ALONE: &[&str] = &[
    "appointment",
    "booking",
    "session",
    "service",
    "visit",
    "change",
    "return",
    "check",
    "care",
    "treatment",
    "regular",
    "full",
    "basic",
    "standard",
    "quick",
    "first",
    "initial",
    "new",
    "long",
    "short",
    "small",
    "large",
    "general",
    // What a salon's every service is about: "my hair appointment" names none.
    "hair",
    // A body part ([`BODY_PARTS`]) neither, see [`not_alone`].
    // French: "changer mon rendez-vous", "une séance", "une première visite".
    "rendez",
    "séance",
    "visite",
    "soin",
    "soins",
    "traitement",
    "consultation",
    "changement",
    "retour",
    "première",
    "premier",
    "initiale",
    "nouveau",
    "nouvelle",
    "régulier",
    "régulière",
    "complet",
    "complète",
    "rapide",
    "courte",
    "longue",
    "petit",
    "petite",
    "grand",
    "grande",
    "général",
    "générale",
];

/// A body part is where it hurts, not what is done to it: "I rolled my ankle" names no
/// "ankle taping", "my back is sore" no "back adjustment" ([`not_alone`]).
const BODY_PARTS: &[&str] = &[
    "ankle",
    "ankles",
    "knee",
    "knees",
    "back",
    "neck",
    "shoulder",
    "shoulders",
    "hip",
    "hips",
    "wrist",
    "elbow",
    "foot",
    "feet",
    "leg",
    "legs",
    "arm",
    "arms",
];

/// A word too common to name a service alone: [`NOT_ALONE`] or a [`BODY_PARTS`] word.
fn not_alone(w: &str) -> bool {
    NOT_ALONE.contains(&w) || BODY_PARTS.contains(&w)
}

/// Words of hurt said of a body part ("my knee's been bad", "my back's killing me").
const HURT_OF_A_PART: &[&str] = &[
    "bad",
    "killing",
    "tight",
    "stiff",
    "rolled",
    "pulled",
    "twisted",
    "tweaked",
    "strained",
    "slipped",
    "fell",
    "broke",
    "broken",
    "swollen",
    "torn",
    "tore",
    "bothering",
    "acting",
    "locked",
    "seized",
];

/// Words of hurt that tell of an ailment alone ("I'm in a lot of pain", "I'm injured").
const HURT: &[&str] = &[
    "hurt", "hurts", "hurting", "sore", "pain", "painful", "ache", "aches", "aching", "achy",
    "injured", "injury", "sprained", "sprain",
];

/// "My knee's been bad since I slipped on the ice", "my back's killing me", "I'm in a
/// lot of pain": the caller tells of an ailment, which at the opening asks for an
/// appointment (a front desk books someone who says where it hurts), though it names
/// no service. A word of [`HURT`], or a body part (also "knee's") with a word of
/// [`HURT_OF_A_PART`].
pub(crate) fn tells_an_ailment(ws: &[String]) -> bool {
    let part = ws
        .iter()
        .any(|w| BODY_PARTS.contains(&w.strip_suffix("'s").unwrap_or(w)));
    ws.iter()
        .any(|w| HURT.contains(&w.as_str()) || (part && HURT_OF_A_PART.contains(&w.as_str())))
}

/// The services (one bit each, by index; the first 64) a word of whose name the turn
/// says: "my massage" holds both "Relaxation massage" and "Deep tissue massage", so it
/// tells a caller's massage from their follow-up. Words too common to name a service
/// ([`NOT_ALONE`]) and short ones do not count.
pub(crate) fn services_said(cfg: &crate::Config, ws: &[String]) -> u64 {
    let mut bits = 0;
    for (i, s) in cfg.services.iter().enumerate().take(64) {
        let said = std::iter::once(&s.name)
            .chain(&s.name_fr)
            .flat_map(|n| intent::words(n))
            .any(|w| w.len() >= 4 && !not_alone(&w) && ws.iter().any(|x| same_word(x, &w)));
        if said {
            bits |= 1 << i;
        }
    }
    bits
}

/// Possessives before a word of three letters that name its service by it ("pictures
/// of my dog": "dog photos"); a longer word also counts after an article.
const POSSESSIVES: &[&str] = &["my", "our", "his", "her", "their", "your"];

/// Words of three letters that never name a service after a possessive: adjectives
/// and numbers ("my old headshot", "our two kids") and a caller's own things ("my
/// car", "for my job").
const SHORT_NOT_NAMES: &[&str] = &[
    "old", "big", "hot", "dry", "wet", "one", "two", "six", "ten", "all", "any", "few", "own",
    "day", "job", "car", "way", "top", "bad",
];

/// "She just needs a trim", "a cleaning", "juste une coupe", "cover my grey": a word
/// of one service's name (or French name) or listed phrase ("grey coverage"), right
/// after "a", "the", "my", "une", "la", "juste" and the like, that no other service's
/// names or phrases hold; a word of three letters only right after "my", "our" and
/// the like ([`POSSESSIVES`]: "some pictures of my dog" is "dog photos").
fn service_by_word(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    const BEFORE: &[&str] = &[
        "a",
        "an",
        "the",
        "my",
        "his",
        "her",
        "their",
        "our",
        "just",
        "some",
        "quick",
        "un",
        "une",
        "le",
        "la",
        "mon",
        "ma",
        "son",
        "sa",
        "juste",
        "seulement",
        "petite",
        "petit",
    ];
    let words: Vec<Vec<String>> = cfg.services.iter().map(service_words).collect();
    let mut found = None;
    for (i, own) in words.iter().enumerate() {
        for w in own {
            let short = w.len() == 3 && !SHORT_NOT_NAMES.contains(&w.as_str());
            let alone = (w.len() >= 4 || short)
                && w.chars().all(char::is_alphabetic)
                && !not_alone(w)
                && words
                    .iter()
                    .enumerate()
                    .all(|(j, other)| j == i || !other.contains(w));
            let after = |j: usize| BEFORE.contains(&ws[j].as_str());
            let said = alone
                && ws.iter().enumerate().any(|(k, x)| {
                    if short {
                        return same_word(x, w)
                            && k.checked_sub(1)
                                .is_some_and(|j| POSSESSIVES.contains(&ws[j].as_str()));
                    }
                    // "l'acupuncture": the article is elided onto the word.
                    elided_word(x, w)
                        || (same_word(x, w)
                            && k.checked_sub(1).is_some_and(|j| {
                                // "the full test": another word of its own between.
                                after(j)
                                    || (own.contains(&ws[j]) && j.checked_sub(1).is_some_and(after))
                            }))
                });
            if said {
                if found.is_some_and(|f| f != i) {
                    return None;
                }
                found = Some(i);
            }
        }
    }
    found
}

/// The appointment on file "as last time": among the booked ones `read` can use, the
/// latest already begun at `now`, else the next to come; with what `read` gives.
fn on_file<T>(
    list: &[bella_core::Appointment],
    now: DateTime<Utc>,
    read: impl Fn(&bella_core::Appointment) -> Option<T>,
) -> Option<(&bella_core::Appointment, T)> {
    let usable = || {
        list.iter()
            .filter(|a| a.status == bella_core::AppointmentStatus::Booked)
            .filter_map(|a| Some((a, read(a)?)))
    };
    let past = usable()
        .filter(|(a, _)| a.start <= now)
        .max_by_key(|(a, _)| a.start);
    past.or_else(|| {
        usable()
            .filter(|(a, _)| a.start > now)
            .min_by_key(|(a, _)| a.start)
    })
}

/// The resource a turn asks for by name: its full name, or a word of it that no
/// other resource shares, said after "with", "see", "Dr." and the like.
pub(crate) fn find_resource(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    named_resource(cfg, ws).and_then(|(i, at)| (!negated(ws, at)).then_some(i))
}

/// The resource a turn says the caller does not want: "not with Tom", "anyone but
/// Dr. Park", "someone other than Sarah".
pub(crate) fn find_avoided(cfg: &crate::Config, ws: &[String]) -> Option<usize> {
    named_resource(cfg, ws).and_then(|(i, at)| negated(ws, at).then_some(i))
}

/// "The same person as last time", "the same vet as before", "whoever I saw last
/// time": the person of the caller's earlier appointment ("the same time as last
/// time" is a time, "the same thing" a service).
fn same_person(ws: &[String]) -> bool {
    let earlier = intent::any_phrase(
        ws,
        &[
            "last time",
            "before",
            "i saw",
            "i had",
            "i usually see",
            "i always see",
            // "que la dernière fois", "qu'avant", "que j'ai vue", "que j'avais eu".
            "dernière fois",
            "avant",
            "qu'avant",
            "j'ai vu",
            "j'ai vue",
            "j'avais",
            "d'habitude",
        ],
    );
    let same = ws.windows(2).any(|p| {
        matches!(p[0].as_str(), "same" | "même" | "mêmes")
            && !matches!(
                p[1].as_str(),
                "time"
                    | "day"
                    | "hour"
                    | "thing"
                    | "service"
                    | "treatment"
                    | "as"
                    | "heure"
                    | "jour"
                    | "journée"
                    | "date"
                    | "chose"
                    | "soin"
                    | "traitement"
                    | "moment"
                    | "que"
                    | "qu'avant"
                    | "si"
            )
    }) || did_before(ws)
        || intent::any_phrase(
            ws,
            &[
                "whoever i saw",
                "who i saw",
                "who i had",
                "celle que j'ai vue",
                "celui que j'ai vu",
                "celle que j'avais",
                "celui que j'avais",
            ],
        );
    same && earlier
}

/// "The guy who cut my hair last time", "whoever did my colour before": "who" or
/// "whoever" and a verb of what was done, the earlier time said by [`same_person`].
fn did_before(ws: &[String]) -> bool {
    const DID: &[&str] = &[
        "did", "cut", "saw", "had", "styled", "coloured", "colored", "treated", "took", "helped",
        "fixed", "worked", "looked", "i",
    ];
    ws.windows(2)
        .any(|p| matches!(p[0].as_str(), "who" | "whoever") && DID.contains(&p[1].as_str()))
}

/// Words that, right before a person's name (and its cue and title), turn the request
/// around: "not with Tom", "someone other than Sarah", "except Dr. Park".
/// French: "pas avec Thomas", "sauf Thomas", "excepté Karine", "sans Thomas".
const NOT_WITH: &[&str] = &[
    "not", "except", "than", "besides", "without", "avoid", "pas", "sauf", "excepté", "sans",
];
/// Words between such a word and the name: "not *with Dr.* Park", "don't want *to see*
/// Tom".
const NOT_WITH_GAP: &[&str] = &[
    "with", "see", "seeing", "by", "have", "get", "to", "dr", "doctor", "mr", "mrs", "ms", "miss",
    "the", // "pas *avec* Thomas", "ne pas *voir* Karine", "sauf *la docteure* Roy"
    "avec", "voir", "la", "le", "docteur", "docteure", "dre", "madame", "monsieur",
];

/// Whether the name at word `at` is one the caller does not want: "not with Dr.
/// Park", "anyone but Tom", "I don't want to see Tom", "quelqu'un d'autre que Tom"
/// ("not sure, maybe Tom", "I don't mind seeing Tom" and "ça me dérange pas, Tom"
/// still ask for Tom).
fn negated(ws: &[String], at: usize) -> bool {
    let mut i = at;
    while i > 0 && at - i < 3 && NOT_WITH_GAP.contains(&ws[i - 1].as_str()) {
        i -= 1;
    }
    let before = |k: usize| i.checked_sub(k).map(|j| ws[j].as_str());
    match before(1) {
        Some("pas") => !matches!(before(2), Some("dérange" | "derange" | "importe" | "grave")),
        Some(w) if NOT_WITH.contains(&w) => true,
        Some("que" | "qu'") => matches!(before(2), Some("autre" | "d'autre")),
        Some("but") => matches!(
            before(2),
            Some("anyone" | "anybody" | "someone" | "somebody" | "all")
        ),
        Some("want") => matches!(before(2), Some("don't" | "dont")),
        _ => false,
    }
}

/// The resource a turn names (as [`find_resource`] reads names) and the index of the
/// word where its name starts.
fn named_resource(cfg: &crate::Config, ws: &[String]) -> Option<(usize, usize)> {
    named_by_name(cfg, ws).or_else(|| named_by_title(cfg, ws))
}

/// Words before a title that make it a person asked for: "see *the* nurse", "with
/// *your* audiologist", "can *a* hygienist do it".
const TITLE_CUES: &[&str] = &["the", "your", "a", "an"];

/// A person asked for by a title: a phrase of their `says` ("the audiologist", "the
/// nurse"), or "the doctor" for the one person whose name starts with "Dr." (docs/
/// services.md). Only a title that one person holds counts.
fn named_by_title(cfg: &crate::Config, ws: &[String]) -> Option<(usize, usize)> {
    let doctors: Vec<usize> = (0..cfg.resources.len())
        .filter(|&i| {
            intent::words(&cfg.resources[i].name)
                .first()
                .is_some_and(|w| w == "dr" || w == "doctor")
        })
        .collect();
    let mut found: Option<(usize, usize)> = None;
    for (i, r) in cfg.resources.iter().enumerate() {
        let doctor = (doctors == [i]).then(|| "doctor".to_owned());
        for phrase in r.says.iter().cloned().chain(doctor) {
            let words = intent::words(&phrase);
            let words = match words.split_first() {
                Some((first, rest)) if TITLE_CUES.contains(&first.as_str()) => rest.to_vec(),
                _ => words,
            };
            let cued = loose_at(ws, &words).find(|&at| {
                at.checked_sub(1)
                    .is_some_and(|j| TITLE_CUES.contains(&ws[j].as_str()))
            });
            if let Some(at) = cued {
                match found {
                    Some((other, _)) if other != i => return None,
                    _ => found = Some((i, at)),
                }
            }
        }
    }
    found
}

/// A person asked for by their name ([`named_resource`]).
fn named_by_name(cfg: &crate::Config, ws: &[String]) -> Option<(usize, usize)> {
    let names: Vec<Vec<String>> = cfg
        .resources
        .iter()
        .map(|r| intent::words(&r.name))
        .collect();
    for (i, words) in names.iter().enumerate() {
        if words.len() >= 2
            && let Some(at) = position(ws, words)
        {
            return Some((i, at));
        }
    }
    for (i, words) in names.iter().enumerate() {
        for w in words {
            let distinctive = w.len() >= 3
                && w.chars().all(char::is_alphabetic)
                && !TITLES.contains(&w.as_str())
                && names
                    .iter()
                    .enumerate()
                    .all(|(j, other)| j == i || !other.contains(w));
            if !distinctive {
                continue;
            }
            let cued = ws.iter().enumerate().position(|(k, x)| {
                let right_after = k.checked_sub(1).is_some_and(|j| {
                    CUES.contains(&ws[j].as_str()) || NEAR_CUES.contains(&ws[j].as_str())
                }) || switched_to(ws, k)
                    || asked_as_subject(ws, k)
                    || negated(ws, k);
                // "with Alex" for Alexandra: a short form of the name, said right
                // after its cue, that starts no other person's name.
                let said = x == w
                    || (right_after
                        && short_form(x, w)
                        && names.iter().enumerate().all(|(j, other)| {
                            j == i || !other.iter().any(|o| o.starts_with(x.as_str()))
                        }));
                said && (right_after
                    || ws[k.saturating_sub(3)..k]
                        .iter()
                        .any(|c| CUES.contains(&c.as_str())))
            });
            if let Some(at) = cued {
                return Some((i, at));
            }
        }
    }
    None
}

/// Common words that are also the start of a first name ("the" of Theresa, "her" of
/// Hermione): never a short form of it.
const NOT_SHORT: &[&str] = &[
    "the", "her", "his", "him", "you", "your", "our", "any", "one", "them", "they", "she", "who",
    "that", "this", "then", "there", "and", "for", "but", "not", "all", "can", "same", "some",
    "someone", "somebody", "son", "mom", "dad", "man", "guy", "girl", "lady", "kid", "kids",
    "wife", "friend", "more", "less", "back", "time", "next", "last", "first",
];

/// Whether word `x` said right after "with", "see", "get" is a short form of name word
/// `w`: its start, of three letters or more, two or more short of it ("Alex" of
/// Alexandra, "Jay" of Jayden), and no common word ([`NOT_SHORT`]).
fn short_form(x: &str, w: &str) -> bool {
    x.len() >= 3
        && w.len() >= x.len() + 2
        && w.starts_with(x)
        && x.chars().all(char::is_alphabetic)
        && !NOT_SHORT.contains(&x)
}

/// Whether the name at word `at` is what the caller switches to: "could I switch to
/// Jess?", "change to Owen", "swap to Kim".
fn switched_to(ws: &[String], at: usize) -> bool {
    at >= 2 && ws[at - 1] == "to" && matches!(ws[at - 2].as_str(), "switch" | "change" | "swap")
}

/// Whether the name at word `at` is the subject of a question about the person's work:
/// "can Kyle do a bath", "is Jen available Tuesday", "could Ashley fit us in".
fn asked_as_subject(ws: &[String], at: usize) -> bool {
    let does = ws
        .get(at + 1)
        .is_some_and(|w| SUBJECT_DOES.contains(&w.as_str()));
    // The Quebec question: "Réjean travaille-tu mercredi?", "Josée est-tu là?".
    let asks_tu = ws.get(at + 2).is_some_and(|w| w == "tu");
    does && (at
        .checked_sub(1)
        .is_some_and(|j| SUBJECT_ASKS.contains(&ws[j].as_str()))
        || asks_tu)
}

/// "45 minutes", "an hour", "an hour and a half", "2 hours".
pub(crate) fn speak_minutes(m: u32) -> String {
    let (h, r) = (m / 60, m % 60);
    let hours = match h {
        0 => String::new(),
        1 => "an hour".to_owned(),
        n => format!("{n} hours"),
    };
    match (h, r) {
        (0, r) => format!("{r} minutes"),
        (_, 0) => hours,
        (1, 30) => "an hour and a half".to_owned(),
        (n, 30) => format!("{n} and a half hours"),
        (_, r) => format!("{hours} and {r} minutes"),
    }
}

/// Whether a turn is a question (by its words; speech-to-text rarely gives a "?").
/// "I'd like to buy a gift card", "je voudrais acheter une carte-cadeau": a wish to buy
/// something, in a turn that names no service of the business (a booking is not
/// bought: "I'd like to buy a massage for Thursday" books). Its "I'd like" asks for no
/// booking ([`Dialog::answer_question`]).
fn buys_no_service(config: &crate::Config, ws: &[String]) -> bool {
    const BUY: &[&str] = &[
        "buy",
        "purchase",
        "acheter",
        "achète",
        "achèterais",
        "m'acheter",
        "procurer",
    ];
    ws.iter().any(|w| BUY.contains(&w.as_str())) && find_service(config, ws).is_none()
}

pub(crate) fn is_question(text: &str, ws: &[String]) -> bool {
    text.contains('?')
        || ws
            .first()
            .is_some_and(|w| QUESTION_STARTS.contains(&w.as_str()))
        || [
            "do you",
            "is there",
            "i was wondering",
            "tell me",
            "can i",
            "can you",
        ]
        .iter()
        .any(|p| has_phrase(ws, p))
        || intent::fr::asks(ws)
        || intent::asks_to_know(ws)
}

/// Words before a one-word phrase of a service that leave it that service: articles,
/// who it is for, and plain sizes or kinds ("do you do kids' haircuts?", "private
/// lessons", "a quick trim"), besides the question's own words.
const PLAIN_MODIFIERS: &[&str] = &[
    "a",
    "an",
    "the",
    "any",
    "some",
    "your",
    "do",
    "offer",
    "just",
    "one",
    "private",
    "regular",
    "basic",
    "quick",
    "simple",
    "short",
    "long",
    "longer",
    "shorter",
    "full",
    "extra",
    "new",
    "first",
    "kid",
    "kids",
    "kid's",
    "child",
    "children",
    "children's",
    "men's",
    "mens",
    "women's",
    "womens",
    "ladies",
    "lady's",
    "adult",
    "adults",
    "senior",
    "seniors",
    "student",
    "students",
    "teen",
    "teens",
    "beginner",
    "beginners",
    "beginner's",
    "weekend",
    "evening",
    "morning",
    // French articles and the like, before the noun ("pour une coloration", "faites-vous
    // des massages?"); a French modifier comes after it.
    "une",
    "des",
    "les",
    "mon",
    "mes",
    "votre",
    "vos",
    "pour",
    "juste",
];

/// Whether the turn names service `i` only by a one-word phrase (or a word of its name)
/// with a word before it that no service holds, which makes it another thing: "do you
/// do motorcycle lessons?" beside a driving lesson listed as "lesson" is not sold. A
/// phrase of several words, a length said, or a plain modifier ([`PLAIN_MODIFIERS`])
/// keeps the service.
fn another_kind(cfg: &crate::Config, ws: &[String], i: usize) -> bool {
    if service_by_length(cfg, ws).is_some() {
        return false;
    }
    let s = &cfg.services[i];
    let mut single = Vec::new();
    for phrase in std::iter::once(&s.name).chain(&s.name_fr).chain(&s.says) {
        let p = intent::words(phrase);
        if p.len() > 1 && has_loose(ws, &p) {
            return false;
        }
        if let [w] = &p[..] {
            single.push(w.clone());
        }
    }
    let known = |w: &str| {
        cfg.services
            .iter()
            .any(|o| service_words(o).iter().any(|x| same_word(w, x)))
    };
    let mut at = (1..ws.len())
        .filter(|&k| single.iter().any(|p| same_word(&ws[k], p)))
        .peekable();
    at.peek().is_some()
        && at.all(|k| {
            let before = &ws[k - 1];
            before.len() >= 3
                && before.chars().all(char::is_alphabetic)
                && !PLAIN_MODIFIERS.contains(&before.as_str())
                && !known(before)
        })
}

/// Whether a turn holds a number that is more than a service's length said as an
/// adjective: "how much is a 90-minute lesson?" is a price question alone (the
/// question asked again after the answer), "... at 2" or a phone number goes on to be
/// read. A time "in 90 minutes" is read by the time extractor either way.
fn digits_beyond_length(ws: &[String]) -> bool {
    ws.iter().enumerate().any(|(k, w)| {
        w.bytes().any(|b| b.is_ascii_digit())
            && !ws
                .get(k + 1)
                .is_some_and(|n| LENGTH_WORDS.contains(&n.as_str()))
    })
}

/// Particles a one-word topic may end in, the verb before them: `pickup` is "pick up",
/// `dropoff` "drop off", `checkin` "check in", `takeout` "take out".
const PARTICLES: &[&str] = &["up", "off", "out", "in"];

/// Pronouns said between a verb and its particle ("pick me up", "drop them off").
const PHRASAL_OBJECTS: &[&str] = &["me", "you", "him", "her", "us", "them", "it"];

/// Words before a noun said between a verb and its particle ("pick my son up", "drop
/// the car off").
const PHRASAL_DETERMINERS: &[&str] = &["my", "our", "your", "his", "her", "their", "the"];

/// Whether a one-word topic written as a verb and a particle (`pickup`) is asked with
/// the verb said ("do you pick me up from home?", "can you pick up at school?"): the
/// verb in any form of its stem, then the particle, right after it, after one pronoun
/// or after a determiner and a noun ("pick my son up").
fn phrasal_said(ws: &[String], topic: &str) -> bool {
    if topic.contains(' ') {
        return false;
    }
    let Some((verb, particle)) = PARTICLES.iter().find_map(|p| {
        let verb = topic.strip_suffix(p)?;
        (verb.len() >= 3).then_some((verb, *p))
    }) else {
        return false;
    };
    let is = |k: usize, set: &[&str]| ws.get(k).is_some_and(|n| set.contains(&n.as_str()));
    ws.iter().enumerate().any(|(k, w)| {
        same_stem(w, verb)
            && (is(k + 1, &[particle])
                || (is(k + 1, PHRASAL_OBJECTS) && is(k + 2, &[particle]))
                || (is(k + 1, PHRASAL_DETERMINERS) && is(k + 3, &[particle])))
    })
}

/// "Do you bill Veterans Affairs?", "can you bill my insurance?": billing asked about
/// ("Bill" the name asks nothing), the `payment` topic's where no topic of the business
/// answers the turn ("do you direct bill insurance?" beside an `insurance` topic).
const BILLING: &[&str] = &[
    "direct bill",
    "direct billing",
    "you bill",
    "bill my",
    "bill directly",
];

/// "Can I bring my kid?", "is it okay if I bring my husband?", "est-ce que je peux
/// amener mon petit?": a person brought along (a verb of bringing, then up to two
/// words, then a person).
fn brings_someone(ws: &[String]) -> bool {
    const VERBS: &[&str] = &["bring", "amener", "emmener", "apporter"];
    const PEOPLE: &[&str] = &[
        "kid",
        "kids",
        "child",
        "children",
        "son",
        "daughter",
        "baby",
        "husband",
        "wife",
        "partner",
        "friend",
        "someone",
        "somebody",
        "mom",
        "mother",
        "dad",
        "father",
        "boyfriend",
        "girlfriend",
        "petit",
        "petite",
        "enfant",
        "enfants",
        "fils",
        "fille",
        "bébé",
        "mari",
        "femme",
        "conjoint",
        "conjointe",
        "ami",
        "amie",
        "chum",
        "blonde",
        "quelqu'un",
    ];
    ws.iter().enumerate().any(|(i, w)| {
        VERBS.contains(&w.as_str())
            && ws
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|n| PEOPLE.contains(&n.as_str()))
    })
}

/// Phrases that ask about a FAQ topic, besides the topic's own name.
fn topic_phrases(topic: &str) -> &'static [&'static str] {
    match topic {
        "address" | "location" | "directions" => &[
            "address",
            "where are you",
            "where is the",
            "where's the",
            "located",
            "location",
            "directions",
            "find you",
            "get there",
        ],
        "parking" => &["parking", "park", "parking lot"],
        // "Do you direct bill Blue Cross?": an insurer or a plan named, or billing one
        // ("direct billing" is asked of `payment` where no `insurance` topic is listed:
        // [`BILLING`]).
        "insurance" | "insurers" | "direct_billing" => &[
            "insurance",
            "insurer",
            "insurers",
            "insured",
            "direct bill",
            "direct billing",
            "bill directly",
            "blue cross",
            "extended health",
            "health plan",
            "benefits",
            "coverage",
            "covered by",
        ],
        "payment" | "payments" => &[
            "pay",
            "payment",
            "paying",
            "credit card",
            "debit",
            "cash",
            "insurance",
            "cards",
            // "do you take Amex?": a card or a way to pay, named.
            "visa",
            "mastercard",
            "master card",
            "amex",
            "american express",
            "e transfer",
            "etransfer",
            "interac",
            "apple pay",
            "google pay",
        ],
        // A topic many businesses list under their own key (docs/services.md).
        "walk_ins" | "walk_in" | "walkins" => &[
            "walk in",
            "walk ins",
            "walkin",
            "walkins",
            "drop in",
            "drop ins",
            "without an appointment",
            "without appointment",
        ],
        // What to wear is asked of what to bring ("comfortable clothes") where a
        // business lists no `what_to_wear` of its own.
        "what_to_bring" | "what_to_wear" => {
            &["wear", "what to wear", "should i wear", "dress", "clothes"]
        }
        // "Do I have to do anything before?", "should I not eat?": how to prepare.
        "preparation" | "prep" | "how_to_prepare" => &[
            "prepare",
            "get ready",
            "anything before",
            "anything beforehand",
            "beforehand",
            "not eat",
            "eat before",
            "fasting",
            "empty stomach",
        ],
        "cancellation" | "cancellation_policy" | "cancellations" => &[
            "cancellation",
            "cancellation policy",
            "cancellation fee",
            "cancel policy",
            "no show",
            "late fee",
        ],
        _ => &[],
    }
}

/// The topics callers ask any business about, whose words [`topic_phrases`] knows.
const COMMON_TOPICS: &[&str] = &[
    "address",
    "parking",
    "payment",
    "insurance",
    "walk_ins",
    "cancellation",
];

/// Whether a question asks about one of the [`COMMON_TOPICS`], in either language.
/// Called only when the business's own `[faq]` has no answer to the turn.
fn asks_unlisted_topic(ws: &[String]) -> bool {
    COMMON_TOPICS.iter().any(|&t| {
        intent::any_phrase(ws, topic_phrases(t))
            || intent::any_phrase(ws, intent::fr::topic_phrases(t))
            || intent::policy_phrases(t).any(|p| has_phrase(ws, p))
    })
}

impl Dialog {
    /// The call was answered: look the number up first when known callers are
    /// greeted by name, else greet at once.
    pub(crate) fn start_call(&mut self) {
        match self.s.call.caller_id.clone() {
            Some(phone) if self.config.known_callers => {
                self.request(PendingKind::Customer, StoreRequest::FindCustomer { phone });
            }
            _ => self.greet(None),
        }
    }

    /// "The same person as last time", "the same vet as before": once a call, with
    /// several people and none asked for, the appointments under the number calling
    /// are looked up, and the turn is read when they are in. Returns whether it asked.
    pub(crate) fn look_up_same_person(&mut self, text: &str) -> bool {
        // The cheap checks first: this runs before every turn.
        if self.s.svc.same_looked || self.s.svc.pref.is_some() || self.config.resources.len() < 2 {
            return false;
        }
        let Some(phone) = self.s.call.caller_id.clone() else {
            return false;
        };
        if !same_person(&intent::words(text)) {
            return false;
        }
        self.s.svc.same_looked = true;
        self.request(
            PendingKind::SamePerson {
                text: text.to_owned(),
            },
            StoreRequest::FindByPhone { phone },
        );
        true
    }

    /// The caller's appointments arrived (or not) for "the same person as last time"
    /// or "same as last time" / "my usual" (`kind` says which, and holds the turn to
    /// read for the first).
    ///
    /// - The same person: the person of the appointment on file is the one asked for;
    ///   then the turn is read.
    /// - The usual: its service is booked, with its person unless the caller asked for
    ///   another. Nothing usable (no record, a service no longer sold, a store failure)
    ///   asks for the service as usual.
    pub(crate) fn on_file(&mut self, result: StoreResult, kind: PendingKind) {
        self.s.pending = None;
        let list = match result {
            StoreResult::Found(list) => list,
            _ => Vec::new(),
        };
        let resource = |a: &bella_core::Appointment| {
            let name = a.resource.as_deref()?;
            self.config
                .resources
                .iter()
                .position(|r| r.name.eq_ignore_ascii_case(name))
        };
        match kind {
            PendingKind::SamePerson { text } => {
                self.s.svc.pref = on_file(&list, self.s.now, resource).map(|(_, r)| r);
                self.on_turn(&text);
            }
            _ => {
                let service = |a: &bella_core::Appointment| {
                    let name = a.service.as_deref()?;
                    self.config.services.iter().position(|s| s.name == name)
                };
                if let Some((a, sv)) = on_file(&list, self.s.now, service) {
                    self.s.svc.service = Some(sv);
                    if self.s.svc.pref.is_none() {
                        self.s.svc.pref =
                            resource(a).filter(|&r| resources::offers(&self.config, sv, r));
                    }
                }
                self.advance();
            }
        }
    }

    /// The caller's record arrived (or failed: they are greeted as a new caller).
    pub(crate) fn on_customer(&mut self, result: StoreResult) {
        self.s.pending = None;
        let known = match result {
            StoreResult::Customer(name) => name.filter(crate::booking::plausible_name),
            _ => None,
        };
        self.s.svc.known = known.clone();
        self.greet(known.as_ref());
    }

    fn greet(&mut self, known: Option<&PersonName>) {
        let text = self.greeting();
        let text = match known.and_then(|n| n.as_str().split_whitespace().next()) {
            Some(first) => crate::prompts::greet_by_name(&text, first),
            None => text,
        };
        self.ask(Step::Intent, &text);
    }

    /// A known caller's booking: "Is this for you, Priya?" once, instead of asking
    /// the name. Returns whether it asked.
    pub(crate) fn ask_known_name(&mut self) -> bool {
        let Some(first) = self
            .s
            .svc
            .known
            .as_ref()
            .and_then(|n| n.as_str().split_whitespace().next().map(str::to_owned))
        else {
            return false;
        };
        if self.s.svc.known_asked {
            return false;
        }
        self.s.svc.known_asked = true;
        if self.s.svc.for_other {
            // "A piano lesson for my son": not for them, whose name is asked.
            self.s.svc.known = None;
            self.ask(Step::Name, "Okay, who is the appointment for?");
            return true;
        }
        self.ask(
            Step::ConfirmKnownName,
            &format!("Is this for you, {first}?"),
        );
        true
    }

    /// An answer to "Is this for you, Priya?": yes takes the name on record (and
    /// the number calling, if none was given); no (or another name) books for
    /// someone else, whose name is asked unless it was just said.
    pub(crate) fn on_known_name_answer(&mut self, text: &str, ws: &[String]) {
        let reply = self.confirm(text).map(|m| m.value);
        let got = self.absorb(text, bella_core::Expect::Name);
        if got.name {
            // "No, it's for my son Arjun": someone else.
            self.s.svc.known = None;
        } else if reply == Some(Confirmation::Yes) {
            self.s.name = self.s.svc.known.clone();
            if self.s.phone.is_none() {
                self.s.phone = self.s.call.caller_id.clone();
            }
        } else if reply == Some(Confirmation::No) || intent::hedges(ws) {
            self.s.svc.known = None;
            self.ask(Step::Name, "Okay, who is the appointment for?");
            return;
        } else if !got.any() {
            if self.fail_yes_no() {
                self.s.svc.known_asked = false;
                self.advance();
            }
            return;
        }
        self.advance();
    }

    /// The appointment to move or check: its service sets the length, and it stays
    /// on its resource (the stores move it there).
    pub(crate) fn follow_target(&mut self) {
        let Some(t) = self.s.target.as_ref() else {
            return;
        };
        let by_name = |names: Vec<&str>, want: Option<&str>| {
            want.and_then(|w| names.iter().position(|n| n.eq_ignore_ascii_case(w)))
        };
        let services: Vec<&str> = self
            .config
            .services
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        let resources: Vec<&str> = self
            .config
            .resources
            .iter()
            .map(|r| r.name.as_str())
            .collect();
        let service = by_name(services, t.service.as_deref()).or_else(|| {
            // Booked before the business listed services: the one of its length.
            self.config
                .services
                .iter()
                .position(|s| s.minutes == t.minutes)
        });
        let resource = by_name(resources, t.resource.as_deref());
        if service.is_some() {
            self.s.svc.service = service;
        }
        // A person asked for before it was found stays, if they offer its service.
        let sv = self.service_index();
        let asked = self.s.svc.move_person
            && self
                .s
                .svc
                .pref
                .is_none_or(|p| resources::offers(&self.config, sv, p));
        if !asked {
            // Asked for but not offering it: said, as a booking says it.
            if let Some(p) = self.s.svc.pref.filter(|_| self.s.svc.move_person) {
                self.say_not_offered(p);
            }
            self.s.svc.move_person = false;
            self.s.svc.pref = resource;
        }
    }

    /// The service the call is about: the one asked for, else the first.
    pub(crate) fn service_index(&self) -> usize {
        self.s.svc.service.unwrap_or(0)
    }

    /// The name of the service the call is about, as said to this caller (its
    /// `name_fr` to a French caller) in the middle of a sentence (`in_sentence`).
    pub(crate) fn service_name(&self) -> String {
        let name = self
            .config
            .services
            .get(self.service_index())
            .map_or(crate::DEFAULT_SERVICE, |s| s.spoken_name(self.s.lang));
        in_sentence(name, self.s.lang)
    }

    fn resource_name(&self, r: usize) -> &str {
        self.config.resources.get(r).map_or("", |r| r.name.as_str())
    }

    /// Whether a turn asks for another service or person than the ones under
    /// discussion, or takes the person back ("with anyone then").
    pub(crate) fn changes_service(&self, ws: &[String]) -> bool {
        (self.config.services.len() > 1
            && match turn_service(&self.config, ws) {
                Said::One(i) => self.s.svc.service != Some(i),
                Said::Two(..) => true,
                Said::Nothing => false,
            })
            || find_resource(&self.config, ws).is_some_and(|r| self.s.svc.pref != Some(r))
            || find_avoided(&self.config, ws).is_some_and(|r| self.s.svc.avoid != Some(r))
            || (self.s.svc.pref.is_some() && anyone(ws))
    }

    /// Reads a service and a person asked for in any turn of a booking. Returns
    /// whether either is new. A change re-checks the chosen time against it.
    pub(crate) fn absorb_service(&mut self, ws: &[String]) -> bool {
        let mut changed = false;
        if self.config.services.len() > 1 && intent::wants_usual(ws) {
            self.s.svc.usual = true;
        }
        if self.config.services.len() > 1 {
            match turn_service(&self.config, ws) {
                Said::One(i) if self.s.svc.service != Some(i) => {
                    self.s.svc.service = Some(i);
                    self.s.svc.pair = None;
                    // "The haircut first": one of the two keeps the other for after.
                    if self.s.svc.both.is_some_and(|(a, b)| i != a && i != b) {
                        self.s.svc.both = None;
                    }
                    changed = true;
                }
                Said::Two(a, b) => {
                    // Not sold as one: which comes first is asked (`service_first`),
                    // the other offered right after it (`offer_second`).
                    self.s.svc.service = None;
                    self.s.svc.pair = Some((a, b));
                    self.s.svc.both = Some((a, b));
                    changed = true;
                }
                _ => {}
            }
        }
        let had_person = self.s.svc.pref.is_some();
        changed |= self.absorb_person(ws);
        if changed {
            self.recheck_slot();
        }
        // "Anyone's fine then" after the person asked for was refused at a time: that
        // time again, with anyone; its day is the one under discussion again, not the
        // day of that person's own times offered instead ("whoever's free then, at 10"
        // is 10 on the day refused).
        if had_person
            && self.s.svc.pref.is_none()
            && self.s.slot.is_none()
            && let Some(at) = self.s.refused_at
        {
            self.s.time_ask = Some(TimeAsk::Exact { at });
            self.s.time_ask_fresh = true;
            self.s.day = Some(at.date());
        }
        changed
    }

    /// Reads a person asked for ("with Jayden"), not wanted ("not with Tom") or
    /// dropped ("with anyone then"). Returns whether it changed who may hold it.
    fn absorb_person(&mut self, ws: &[String]) -> bool {
        let mut changed = false;
        if let Some(r) = find_avoided(&self.config, ws)
            && self.s.svc.avoid != Some(r)
        {
            // "not with Tom": anyone else who offers the service.
            self.s.svc.avoid = Some(r);
            if self.s.svc.pref == Some(r) {
                self.s.svc.pref = None;
            }
            changed = true;
        }
        if let Some(r) = find_resource(&self.config, ws)
            && self.s.svc.pref != Some(r)
        {
            self.s.svc.pref = Some(r);
            if self.s.svc.avoid == Some(r) {
                self.s.svc.avoid = None;
            }
            changed = true;
        } else if self.s.svc.pref.is_some() && anyone(ws) {
            // "with anyone then", "whoever's free": the person asked for is dropped.
            self.s.svc.pref = None;
            changed = true;
        }
        changed
    }

    /// The length or the person changed: the chosen time is checked again.
    fn recheck_slot(&mut self) {
        if let Some(at) = self.s.slot.take() {
            self.s.time_ask = Some(TimeAsk::Exact { at });
            self.s.time_ask_fresh = false;
        }
    }

    /// A person asked for in a move ("can I move it to 2 with Jayden instead?"):
    /// only their times are offered and the move goes to them (SPEC §3.1). One who
    /// does not offer the appointment's service is not taken. Returns whether it
    /// changed who may hold it.
    pub(crate) fn absorb_move_person(&mut self, ws: &[String]) -> bool {
        let before = (self.s.svc.pref, self.s.svc.avoid);
        if !self.absorb_person(ws) {
            return false;
        }
        let sv = self.service_index();
        if self.s.target.is_some()
            && self
                .s
                .svc
                .pref
                .is_some_and(|p| !resources::offers(&self.config, sv, p))
        {
            // Said, as a booking says it: the appointment keeps its own person.
            if let Some(p) = self.s.svc.pref {
                self.say_not_offered(p);
            }
            (self.s.svc.pref, self.s.svc.avoid) = before;
            return false;
        }
        self.s.svc.move_person = true;
        self.recheck_slot();
        true
    }

    /// The resource a move goes to: `None` keeps its own, unless the caller asked
    /// for another person (`move_person`): then the one free at `at`, as a booking's.
    pub(crate) fn move_resource(&self, at: NaiveDateTime) -> Option<String> {
        if !self.s.svc.move_person {
            return None;
        }
        self.booking_details(at).1
    }

    /// The person a move's read-back names: the one asked for, when one was.
    pub(crate) fn move_person_phrase(&self) -> String {
        match self.s.svc.pref {
            Some(p) if self.s.svc.move_person => {
                format!("{}{}", self.word(" with "), self.resource_name(p))
            }
            _ => String::new(),
        }
    }

    /// "Sorry, Jayden doesn't do hot towel shave, but someone else can.": person `p`
    /// asked for does not offer the service of the booking or the move.
    fn say_not_offered(&mut self, p: usize) {
        let who = self.resource_name(p).to_owned();
        self.say(&format!(
            "Sorry, {who} doesn't do {}, but someone else can.",
            self.service_name()
        ));
    }

    /// Before anything else of a booking: drop a person who does not offer the
    /// service, and ask which service when there are several and none was said.
    /// Returns `true` when it asked.
    pub(crate) fn service_first(&mut self) -> bool {
        if let (Some(sv), Some(p)) = (self.s.svc.service, self.s.svc.pref)
            && !resources::offers(&self.config, sv, p)
        {
            self.say_not_offered(p);
            self.s.svc.pref = None;
        }
        if self.config.services.len() > 1 && self.s.svc.service.is_none() {
            if std::mem::take(&mut self.s.svc.usual)
                && let Some(phone) = self.s.call.caller_id.clone()
            {
                // "Same as last time": the service (and person) on file, if any.
                self.request(PendingKind::Usual, StoreRequest::FindByPhone { phone });
                return true;
            }
            if let Some((a, b)) = self.s.svc.pair.take() {
                let names = [a, b].map(|i| {
                    in_sentence(
                        self.config.services[i].spoken_name(self.s.lang),
                        self.s.lang,
                    )
                });
                let which = crate::prompts::join_list(&names, self.word("or"));
                self.ask(
                    Step::Service,
                    &format!(
                        "I can book one service at a time. Which would you like first: {which}?"
                    ),
                );
                return true;
            }
            self.ask(Step::Service, "What would you like to book?");
            return true;
        }
        false
    }

    /// Two services asked for that the business does not sell as one, the first just
    /// booked (`appt`): the other is offered right after it, with the same person when
    /// they offer it and are free then, else the first free, and read back as a
    /// booking is ("yes" books it, `on_booked`). When nobody is free right after, that
    /// is said, and the call ends on the first booking. Returns whether it asked.
    pub(crate) fn offer_second(&mut self, appt: &bella_core::Appointment) -> bool {
        if self.s.svc.first.is_some() {
            return false;
        }
        let (Some((a, b)), Some(booked)) = (self.s.svc.both.take(), self.s.svc.service) else {
            return false;
        };
        let second = match booked {
            x if x == a => b,
            x if x == b => a,
            _ => return false,
        };
        let at = appt.local_start() + chrono::Duration::minutes(i64::from(appt.minutes));
        let (pref, service) = (self.s.svc.pref, self.s.svc.service);
        let same = appt
            .resource
            .as_deref()
            .and_then(|n| self.config.resources.iter().position(|r| r.name == n));
        self.s.svc.service = Some(second);
        self.s.svc.pref = same.filter(|&r| resources::offers(&self.config, second, r));
        if self.s.svc.pref.is_some() && self.staff_free(at).is_none() {
            self.s.svc.pref = None;
        }
        let Some(who) = self.staff_free(at) else {
            let what = self.service_name();
            self.s.svc.service = service;
            self.s.svc.pref = pref;
            self.say(&format!(
                "There's no time for {what} right after it, so I've booked the one service."
            ));
            return false;
        };
        let text = self.variant(&self.prompts().booked);
        let first_when = self.speak_when(appt.local_start());
        self.say(&format!("{text} We'll see you on {first_when}."));
        self.s.svc.first = Some(appt.clone());
        self.s.slot = Some(at);
        let (what, when) = (self.service_name(), self.speak_when(at));
        let q = match who.and_then(|r| self.config.resources.get(r)) {
            Some(r) => format!(
                "You also asked for {what}: I can book it right after, on {when}, with {}. \
                 Shall I book it?",
                r.name
            ),
            None => format!(
                "You also asked for {what}: I can book it right after, on {when}. Shall I \
                 book it?"
            ),
        };
        self.ask(Step::ConfirmBooking, &q);
        true
    }

    /// Whether a "no" to the second of two services offered right after the first
    /// declines it: a plain "no thanks", or one that names the first service alone
    /// ("no thanks, just the family one"), which asks for nothing new.
    pub(crate) fn declines_second(&self, got: crate::booking::Got) -> bool {
        let Some(first) = &self.s.svc.first else {
            return false;
        };
        !got.any()
            || (got.service
                && !(got.name || got.phone || got.time)
                && self.s.svc.service.is_some_and(|i| {
                    first.service.as_deref() == Some(&self.config.services[i].name)
                }))
    }

    /// "No" to the second of two services offered right after the first: the call
    /// ends on the first booking.
    pub(crate) fn decline_second(&mut self) {
        self.say("Okay, just the one then.");
        self.say("Thanks for calling, goodbye!");
        self.hang_up(crate::Outcome::Booked);
    }

    /// An answer to "What would you like to book?".
    pub(crate) fn on_service_answer(&mut self, text: &str, ws: &[String]) {
        let got = self.absorb(text, bella_core::Expect::Service);
        if self.s.svc.service.is_none()
            && let Some(i) = service_by_head(&self.config, ws)
        {
            self.s.svc.service = Some(i);
            self.s.svc.pair = None;
        }
        if self.s.svc.service.is_none()
            && let Some(two) = self.s.svc.both
        {
            self.s.svc.service = one_of_two(&self.config, ws, two);
        }
        if self.s.svc.service.is_some() {
            self.advance();
            return;
        }
        self.s.svc.misses = self.s.svc.misses.saturating_add(1);
        let list = self.speak_services();
        if got.any() {
            // A name or a time, but not the service: keep it and ask again.
            self.ask(Step::Service, &format!("And which would you like: {list}?"));
            return;
        }
        let _ = ws;
        if self.fail(&format!("Sorry, we offer {list}.")) {
            self.ask(Step::Service, "Which would you like?");
        }
    }

    /// "initial assessment, follow-up or massage therapy" style list of names.
    pub(crate) fn speak_services(&self) -> String {
        let names: Vec<String> = self
            .config
            .services
            .iter()
            .map(|s| in_sentence(s.spoken_name(self.s.lang), self.s.lang))
            .collect();
        crate::prompts::join_list(&names, self.word("or"))
    }

    /// Answers "how long does it take?", "how much is it?" and the FAQ topics, then
    /// asks the question it was on again. Returns `true` when the turn was only a
    /// question (nothing else to read in it).
    pub(crate) fn answer_question(&mut self, text: &str, ws: &[String]) -> bool {
        // "I'd like to buy a gift card", "je voudrais acheter une carte-cadeau": a wish
        // to buy what no service is asks the FAQ as a question does.
        let buys = buys_no_service(&self.config, ws);
        let question = buys || is_question(text, ws);
        let mut answers = if question {
            // "Do you do nose piercings? How much?": whether it is sold, then its
            // price.
            self.offered_answer(text, ws).map_or_else(
                || self.question_answers(ws),
                |a| {
                    let mut all = vec![a];
                    if find_service(&self.config, ws).is_some() {
                        all.extend(self.question_answers(ws));
                    }
                    all
                },
            )
        } else {
            Vec::new()
        };
        // "What time do you close on Fridays? I need an appointment Friday at 4:30":
        // at the opening the hours are a request of their own, unless the turn asks
        // another; then they are told beside it.
        if question
            && self.s.step == Step::Intent
            && intent::asks_hours(ws)
            && matches!(
                intent::detect(ws),
                Some(
                    intent::Intent::Book
                        | intent::Intent::Cancel
                        | intent::Intent::Reschedule
                        | intent::Intent::Check
                )
            )
        {
            answers.push(self.localise(&format!("We're open {}.", self.speak_hours())));
        }
        // "Where are you located?", "do you take walk-ins?" to a business with no
        // answer for the topic in its `[faq]`: said plainly when the turn is only
        // that question, not "I can help you book ..." as if it were not heard.
        let unknown = answers.is_empty() && question && asks_unlisted_topic(ws);
        if answers.is_empty() && !unknown {
            self.s.svc.same_asked = 0;
            return false;
        }
        // "How much for an oil change?" names what the caller is after: kept when no
        // service was chosen yet, so "okay, I'll book one" does not ask for it again.
        let compares = difference_asked(&self.config, ws).is_some();
        if self.s.svc.service.is_none()
            && self.config.services.len() > 1
            && !compares
            && let Some(i) = find_service(&self.config, ws)
            && !another_kind(&self.config, ws, i)
        {
            self.s.svc.service = Some(i);
        }
        // "what are your hours, by the way?" at the number question was answered: no
        // request of its own there.
        // A day inside an hours question ("when do you close on Fridays?") is no time
        // asked for, unless the turn goes on past the question or gives a second
        // choice ("are you open Saturday? if not, Monday at 11").
        let hours_only =
            intent::asks_hours(ws) && !text.trim_end_matches(['?', '.', '!', ' ']).contains('?');
        // "Can I come in without an appointment?", "sans rendez-vous": a question about
        // walk-ins asks about coming in unbooked, no booking.
        let walk_in = intent::any_phrase(ws, topic_phrases("walk_ins"))
            || intent::any_phrase(ws, intent::fr::topic_phrases("walk_ins"));
        // "What does a first visit cost?", "how much is a consultation?": the words of
        // a service asked about ask for no booking; what else the turn says may.
        let bare = without_services(&self.config, ws);
        // "What's the difference between the 60 and the 90 minute massage?": numbers
        // that are the lengths of the services compared are no time.
        let lengths_only = compares && self.numbers_are_lengths(ws);
        let more = intent::detect(&bare).is_some_and(|i| {
            (i != intent::Intent::Hours || self.s.step == Step::Intent)
                && !((walk_in || buys || intent::asks_to_know(ws) || intent::about_own_visit(ws))
                    && i == intent::Intent::Book)
        }) || (digits_beyond_length(ws) && !lengths_only)
            || (!lengths_only
                && self.turn_time(text).is_some()
                && (!hours_only || self.s.fallback.is_some()))
            || (self.s.step == Step::Service
                && !compares
                && find_service(&self.config, ws).is_some())
            || (self.s.step == Step::ReminderConfirm && self.answers_reminder(text, ws))
            // "It's Tina Fox. Oh, and is there parking?" at the name question.
            || (self.s.step == Step::Name && self.lang().name(text, None).is_some());
        if more {
            self.s.svc.same_asked = 0;
            answers.iter().for_each(|a| self.say_as_given(a));
            return false;
        }
        if unknown {
            answers.push(self.localise("I'm sorry, I don't have that information here."));
        }
        // Every question of the turn is answered ("where are you, and is there
        // parking?"), each already in the caller's language or the business's words.
        let answer = answers.join(" ");
        if self.s.svc.last_answer.as_deref() == Some(answer.as_str()) {
            self.s.svc.same_asked = self.s.svc.same_asked.saturating_add(1);
        } else {
            self.s.svc.last_answer = Some(answer.clone());
            self.s.svc.same_asked = 1;
        }
        if self.s.svc.same_asked > 1
            && self.s.step == Step::Intent
            && (self.s.more_asked || self.s.checked)
        {
            // The same question again at "anything else?": it was answered, so the
            // call ends (a caller with nothing more to ask, SPEC §3).
            self.thanks_goodbye();
            return true;
        }
        if self.s.svc.same_asked > MAX_SAME_ANSWERS {
            // Asked a fourth time in a row: the answer is not what the caller needs.
            self.say(
                "I've told you what I know about that, so let me get you someone who can help.",
            );
            self.transfer();
            return true;
        }
        answers.iter().for_each(|a| self.say_as_given(a));
        if self.s.step == Step::ReminderConfirm {
            // The day and time spoken again in the caller's language, which the
            // question may have just switched ("Vous êtes où, déjà?").
            self.reask_reminder();
        } else {
            self.reask();
        }
        true
    }

    /// Whether every number of a turn is the length in minutes of a service ("the 30
    /// and the 60 minute massages"), and it holds one.
    fn numbers_are_lengths(&self, ws: &[String]) -> bool {
        let numbers: Vec<u32> = ws.iter().filter_map(|w| w.parse().ok()).collect();
        !numbers.is_empty()
            && numbers
                .iter()
                .all(|&n| self.config.services.iter().any(|s| s.minutes == n))
    }

    /// "What services do you offer?", "do you do perms?": the services, or "yes" for
    /// one the business sells. Only with several services, and "do you do ..." only
    /// without a time ("do you do Saturdays?" asks about a day).
    fn offered_answer(&mut self, text: &str, ws: &[String]) -> Option<String> {
        if self.config.services.len() < 2 {
            return None;
        }
        if let Some(answer) = self.staff_answer(text, ws) {
            return Some(answer);
        }
        let about_services = [
            "what services",
            "which services",
            "what kind of services",
            "what do you offer",
            "what do you do",
        ]
        .iter()
        .any(|p| has_phrase(ws, p));
        let do_you = DO_YOU.iter().any(|p| has_phrase(ws, p)) && self.turn_time(text).is_none();
        if !about_services && !do_you {
            // "Do you photograph weddings?": a trade asked about, nothing sold named;
            // "can you do laser therapy?" the same.
            let unsold = (trade_asked(ws) || can_do_asked(ws))
                && !ws.iter().any(|w| NOT_A_SERVICE.contains(&w.as_str()))
                && self.turn_time(text).is_none()
                && find_service(&self.config, ws).is_none()
                && self.faq_answers(ws).is_empty();
            return unsold.then(|| self.localise(&self.not_sold()));
        }
        let found = find_service(&self.config, ws).filter(|&i| !another_kind(&self.config, ws, i));
        let answer = match found {
            Some(i) if do_you => format!(
                "Yes, we offer {}.",
                in_sentence(
                    self.config.services[i].spoken_name(self.s.lang),
                    self.s.lang
                )
            ),
            // "Do you guys do tire storage?", "do you do walk-ins?": an FAQ topic, no
            // service, answered as the topic.
            None if do_you && !about_services && !self.faq_answers(ws).is_empty() => {
                return None;
            }
            // "Do you do braces?": something named that is not sold, said so.
            None if do_you && !about_services && names_a_thing(ws) => self.not_sold(),
            _ => format!("We offer {}.", self.speak_services()),
        };
        Some(self.localise(&answer))
    }

    /// "Sorry, we don't offer that. We offer ...": something asked about that no
    /// service is.
    fn not_sold(&self) -> String {
        format!(
            "Sorry, we don't offer that. We offer {}.",
            self.speak_services()
        )
    }

    /// "Does Jenna do dry needling?" with no time: whether that person offers the
    /// service ("Yes, Jenna Kowalchuk does dry needling."; else who does), the person
    /// kept as asked for when they do. `None` for any other turn.
    fn staff_answer(&mut self, text: &str, ws: &[String]) -> Option<String> {
        if ws.first().is_none_or(|w| w != "does") || self.turn_time(text).is_some() {
            return None;
        }
        let r = find_resource(&self.config, ws)?;
        let i = find_service(&self.config, ws)?;
        let who = self.resource_name(r).to_owned();
        let what = in_sentence(
            self.config.services[i].spoken_name(self.s.lang),
            self.s.lang,
        );
        let answer = if resources::offers(&self.config, i, r) {
            self.s.svc.pref = Some(r);
            format!("Yes, {who} does {what}.")
        } else {
            let others: Vec<String> = (0..self.config.resources.len())
                .filter(|&o| o != r && resources::offers(&self.config, i, o))
                .map(|o| self.resource_name(o).to_owned())
                .collect();
            if others.is_empty() {
                return None;
            }
            let others = crate::prompts::join_list(&others, self.word("or"));
            format!("No, {who} doesn't do {what}, but {others} does.")
        };
        Some(self.localise(&answer))
    }

    /// The answers to what a turn asks, in the caller's language: each FAQ topic it
    /// names (`faq_answers`), then how long and how much, in that order.
    pub(crate) fn question_answers(&self, ws: &[String]) -> Vec<String> {
        let mut out = self.faq_answers(ws);
        // "what are your hours, by the way?" at another question than the opening one
        // (where the hours are a request of their own): the hours, then the question.
        if out.is_empty()
            && !matches!(self.s.step, Step::Intent | Step::BookAfterHours)
            && intent::asks_hours(ws)
        {
            out.push(self.localise(&format!("We're open {}.", self.speak_hours())));
        }
        // Beside a topic, how long and how much are about a service named in the turn
        // ("where are you, and how much is a massage?"); "how much is the
        // cancellation fee?" is the topic's alone.
        if !out.is_empty() && find_service(&self.config, ws).is_none() {
            return out;
        }
        let lang = self.s.lang;
        if let Some(pair) = difference_asked(&self.config, ws) {
            // "What's the difference between a colour and highlights?": what the
            // business lists of each, its length and its price.
            let parts: Vec<String> = pair
                .into_iter()
                .filter_map(|i| self.config.services.get(i))
                .map(|s| {
                    let name = match lang {
                        bella_extract::Lang::Fr => self.service_phrase(s.spoken_name(lang)),
                        _ => in_sentence(s.spoken_name(lang), lang),
                    };
                    let mut part = format!(
                        "{name}{}{}",
                        self.word(" takes "),
                        self.speak_minutes(s.minutes)
                    );
                    if let Some(p) = s.spoken_price(lang) {
                        let verb = match lang {
                            bella_extract::Lang::Fr => crate::prompts::fr::price_verb(p),
                            _ => " is ",
                        };
                        part.push_str(&format!(" {}{verb}{p}", self.word("and")));
                    }
                    part
                })
                .collect();
            out.push(sentence(&parts.join(", ")));
            return out;
        }
        let asked = find_service(&self.config, ws)
            .or(self.s.svc.service)
            .or_else(|| (self.config.services.len() == 1).then_some(0));
        let duration = [
            "how long",
            "how long's",
            "how many minutes",
            "how much time",
            "how many hours",
        ]
        .iter()
        .any(|p| has_phrase(ws, p))
            || intent::fr::asks_duration(ws);
        if duration {
            out.push(match asked.and_then(|i| self.config.services.get(i)) {
                Some(s) if self.config.services.len() == 1 => self.localise(&format!(
                    "An appointment takes {}.",
                    self.speak_minutes(s.minutes)
                )),
                Some(s) => sentence(&format!(
                    "{}{}{}",
                    self.service_phrase(s.spoken_name(lang)),
                    self.word(" takes "),
                    self.speak_minutes(s.minutes)
                )),
                None => {
                    let parts: Vec<String> = self
                        .config
                        .services
                        .iter()
                        .map(|s| {
                            let m = self.speak_minutes(s.minutes);
                            format!(
                                "{}{}{m}",
                                self.service_phrase(s.spoken_name(lang)),
                                self.word(" takes ")
                            )
                        })
                        .collect();
                    sentence(&parts.join(", "))
                }
            });
        }
        // "How long's a shave and what's it cost?": both asked in English words.
        let english_price = (has_phrase(ws, "how much") && !has_phrase(ws, "how much time"))
            || [
                "cost", "costs", "price", "prices", "pricing", "charge", "rate", "rates",
            ]
            .iter()
            .any(|w| ws.iter().any(|x| x == w))
            // "Is the trial lesson actually free?": a question on a service named that
            // ends with "free" ("is Kyle free Friday for a full groom?" asks a time).
            || (ws.first().is_some_and(|w| w == "is")
                && ws.last().is_some_and(|w| w == "free")
                && find_service(&self.config, ws).is_some());
        // "combien de temps" asks how long, not how much: the French one or the other.
        let price = english_price || (intent::fr::asks_price(ws) && !duration);
        if price {
            let priced: Vec<&crate::Service> = match asked {
                Some(i) => self.config.services.get(i).into_iter().collect(),
                None => self.config.services.iter().collect(),
            };
            let parts: Vec<String> = priced
                .iter()
                .filter_map(|s| {
                    let p = s.spoken_price(lang)?;
                    // "Follow-up is $32", "Consultation is free".
                    let verb = match lang {
                        bella_extract::Lang::Fr => crate::prompts::fr::price_verb(p),
                        _ => " is ",
                    };
                    Some(format!(
                        "{}{verb}{p}",
                        self.service_phrase(s.spoken_name(lang))
                    ))
                })
                .collect();
            out.push(if parts.is_empty() {
                self.localise(
                    "I'm sorry, I don't have prices here; the team can tell you when you come in.",
                )
            } else {
                sentence(&parts.join(", "))
            });
        }
        out
    }

    /// The answer to each FAQ topic a turn names, in the caller's language
    /// (`[faq_fr]` to a French caller when it has the topic, else `[faq]`); a question
    /// about billing ("do you bill Veterans Affairs?") that no topic answers is the
    /// `payment` topic's.
    fn faq_answers(&self, ws: &[String]) -> Vec<String> {
        let mut out = self.topic_answers(ws);
        if out.is_empty() && intent::any_phrase(ws, BILLING) {
            let fr = (self.s.lang == bella_extract::Lang::Fr)
                .then(|| self.config.faq_fr.get("payment"))
                .flatten();
            out.extend(fr.or_else(|| self.config.faq.get("payment")).cloned());
        }
        out
    }

    /// The answer to each FAQ topic a turn names ([`Self::faq_answers`]).
    pub(crate) fn topic_answers(&self, ws: &[String]) -> Vec<String> {
        let french = self.s.lang == bella_extract::Lang::Fr;
        let topics: std::collections::BTreeSet<&String> = self
            .config
            .faq
            .keys()
            .chain(self.config.faq_fr.keys())
            .collect();
        let names: Vec<String> = topics.iter().map(|t| t.replace('_', " ")).collect();
        let mut out = Vec::new();
        // "Can I bring my kid?": someone brought along, not something to bring.
        let someone = brings_someone(ws);
        for (topic, name) in topics.into_iter().zip(&names) {
            let own = intent::words(name);
            if someone && own.iter().any(|w| w == "bring") {
                continue;
            }
            // A phrase that is another listed topic's own name is that topic's alone:
            // "do you direct bill insurance?" beside an `insurance` topic is no
            // `payment` question.
            // So is its French form: "l'assurance" beside `insurance` is no `payment`
            // question.
            let others_own = |p: &str| {
                names.iter().any(|n| {
                    n != name
                        && (n.as_str() == p
                            || intent::words(n)
                                .iter()
                                .any(|w| intent::fr::topic_word(w).contains(&p)))
                })
            };
            let phrases = topic_phrases(topic)
                .iter()
                .chain(intent::fr::topic_phrases(topic))
                .chain(intent::policy_phrases(topic))
                .filter(|p| !others_own(p));
            // A topic of several words is also asked with each of them said, in
            // any order, as a word of the same stem: "do you rent instruments?" asks
            // about `instrument_rental`; not in a turn that names a service, whose
            // words they may be ("a new patient assessment" beside `new_patients`).
            // Its small words need not be said: "do I need to bring anything?" asks
            // about `what_to_bring`.
            let content: Vec<&String> = own.iter().filter(|p| !is_small_word(p)).collect();
            let stems = own.len() > 1
                && !content.is_empty()
                && content.iter().all(|p| ws.iter().any(|w| same_stem(w, p)))
                && find_service(&self.config, ws).is_none();
            // A one-word topic is also asked with a word of its family: "do I have to
            // prepare?" asks about `preparation`.
            let family = matches!(own.as_slice(), [one] if ws.iter().any(|w| same_family(w, one)))
                || matches!(own.as_slice(), [one] if gerund_verb_said(ws, one));
            // A topic of the business's own, keyed by English words, asked in French:
            // each of its words said in French ("facturez-vous les assurances?" asks
            // about `insurance`, "qu'est-ce que je dois apporter?" about
            // `what_to_bring`).
            let french_words = !content.is_empty()
                && content.iter().all(|p| {
                    let fr = intent::fr::topic_word(p);
                    // "j'amène", "l'apporter": the word without its elided pronoun.
                    !fr.is_empty()
                        && ws.iter().any(|w| {
                            let w = intent::fr::unelided(w);
                            fr.iter().any(|f| same_stem(w, f))
                        })
                });
            if has_loose(ws, &own)
                || stems
                || family
                || french_words
                || phrasal_said(ws, name)
                || phrases.into_iter().any(|p| has_phrase(ws, p))
            {
                let fr = french.then(|| self.config.faq_fr.get(topic)).flatten();
                out.extend(fr.or_else(|| self.config.faq.get(topic)).cloned());
            }
        }
        out
    }

    /// The people the caller asked for, or asked not to have.
    fn who(&self) -> resources::Who {
        resources::Who {
            only: self.s.svc.pref,
            not: self.s.svc.avoid,
        }
    }

    /// Whether `at` is a start by the hours of those who offer the service.
    pub(crate) fn staff_check(&self, at: NaiveDateTime) -> Result<(), StaffRefusal> {
        resources::check(&self.config, self.service_index(), self.who(), at)
    }

    /// The appointment being moved, if this call moves one.
    fn moving(&self) -> Option<&bella_core::Appointment> {
        self.s
            .target
            .as_ref()
            .filter(|_| self.s.intent == Some(Intent::Reschedule))
    }

    /// The start of the appointment being moved, unless another person is asked for
    /// (the same time with someone else is a move).
    fn moving_from(&self) -> Option<NaiveDateTime> {
        let t = self.moving()?;
        let other = self.s.svc.pref.is_some_and(|i| {
            t.resource.as_deref() != self.config.resources.get(i).map(|r| r.name.as_str())
        });
        (!other).then(|| t.local_start())
    }

    /// The known busy intervals, less the appointment being moved: it frees its own
    /// time ("bring it forward half an hour" may overlap where it is now), as the
    /// stores' move does (`id <> ?`). Its own start stays out of the free starts
    /// (`staff_free`, `staff_free_slots`): a move there is no move.
    fn busy_but_moved(&self) -> Option<Cow<'_, [Interval]>> {
        let busy = &self.s.availability.as_ref()?.busy;
        Some(match self.moving() {
            Some(t) => Cow::Owned(
                busy.iter()
                    .filter(|b| {
                        !(b.start == t.start
                            && b.end == t.end()
                            && (b.resource.is_none() || b.resource == t.resource))
                    })
                    .cloned()
                    .collect(),
            ),
            None => Cow::Borrowed(busy),
        })
    }

    /// The first resource free for the whole service at `at`, from the known busy
    /// intervals (`None` when nobody is).
    pub(crate) fn staff_free(&self, at: NaiveDateTime) -> Option<Res> {
        if self.moving_from() == Some(at) {
            return None;
        }
        let busy = self.busy_but_moved()?;
        resources::free_resource(
            &self.config,
            self.service_index(),
            self.who(),
            at,
            &busy,
            |t| self.utc(t),
        )
    }

    /// Bookable free starts for the service on the days `lo..=hi`, earliest first.
    pub(crate) fn staff_free_slots(&self, lo: NaiveDate, hi: NaiveDate) -> Vec<NaiveDateTime> {
        let Some(busy) = self.busy_but_moved() else {
            return Vec::new();
        };
        let mut starts = resources::free_starts_with(
            &self.config,
            self.service_index(),
            self.who(),
            lo,
            hi,
            self.reference().local_now(),
            &busy,
            |t| self.utc(t),
        );
        let own = self.moving_from();
        starts.retain(|s| Some(*s) != own);
        starts
    }

    /// Whether anyone who offers the service works on a date.
    pub(crate) fn staff_open_on(&self, date: NaiveDate) -> bool {
        resources::eligible(&self.config, self.service_index(), self.who())
            .into_iter()
            .any(|r| !resources::spans_on(&self.config, r, date).is_empty())
    }

    /// Why a day asked for has nothing: the person's day off, or nobody doing the
    /// service that day. `None` when the business's own closing explains it.
    pub(crate) fn staff_day_text(&self, date: NaiveDate) -> Option<String> {
        if self.staff_open_on(date) || !self.config.hours.is_open_on(date) {
            return None;
        }
        let at = date.and_time(chrono::NaiveTime::MIN);
        Some(self.staff_refusal_text(
            match self.s.svc.pref {
                Some(p) => StaffRefusal::NotWorking(p),
                None => StaffRefusal::NobodyThatDay,
            },
            at,
        ))
    }

    /// The words for a refusal of a person's day off, a service nobody does that day,
    /// or a service too long for the time asked. `Hours` refusals are the caller's.
    pub(crate) fn staff_refusal_text(&self, why: StaffRefusal, at: NaiveDateTime) -> String {
        let weekday = crate::prompts::weekday_name(at.date().weekday());
        match why {
            StaffRefusal::NotWorking(p) => {
                let who = self.resource_name(p);
                let own_day_off = self
                    .config
                    .resources
                    .get(p)
                    .is_some_and(|r| r.closed.contains(&at.date()));
                if own_day_off {
                    format!("Sorry, {who} is away on {}.", self.speak_day(at.date()))
                } else {
                    format!("Sorry, {who} doesn't work on {weekday}s.")
                }
            }
            // Someone who offers it is away that date (their own closed date): the
            // date, not the weekday, is the reason.
            StaffRefusal::NobodyThatDay
                if resources::eligible(&self.config, self.service_index(), None)
                    .into_iter()
                    .flatten()
                    .any(|r| {
                        self.config
                            .resources
                            .get(r)
                            .is_some_and(|r| r.closed.contains(&at.date()))
                    }) =>
            {
                format!(
                    "Sorry, {} can't be booked on {}.",
                    self.service_name(),
                    self.speak_day(at.date())
                )
            }
            StaffRefusal::NobodyThatDay => format!(
                "Sorry, {} isn't available on {weekday}s.",
                self.service_name()
            ),
            StaffRefusal::TooLong => {
                let minutes = resources::minutes_of(&self.config, self.service_index());
                format!(
                    "Sorry, {} takes {}, so it won't fit at {}.",
                    self.service_name(),
                    self.speak_minutes(minutes),
                    self.speak_time(at.time())
                )
            }
            StaffRefusal::Hours(_) => String::new(),
        }
    }

    /// The service, resource names and minutes of a booking at `at`.
    pub(crate) fn booking_details(
        &self,
        at: NaiveDateTime,
    ) -> (Option<String>, Option<String>, u32) {
        let service = self.config.services.get(self.service_index());
        let minutes = service.map_or(self.config.hours.slot_minutes, |s| s.minutes);
        let resource = self
            .staff_free(at)
            .flatten()
            .or(self.s.svc.pref)
            .map(|r| self.resource_name(r).to_owned());
        (service.map(|s| s.name.clone()), resource, minutes)
    }

    /// What a move's read-back moves: the appointment's service at a business with
    /// several ("So I'll move your French tutoring from ..."), as the booking's
    /// read-back names it; else "appointment".
    pub(crate) fn moved_what(&self) -> String {
        if self.config.services.len() <= 1 {
            return "appointment".to_owned();
        }
        self.service_phrase(&self.service_name())
    }

    /// The read-back's start: the service (with several) and the person when the
    /// caller asked for one, e.g. "Initial assessment with Dr. Amara Singh for ".
    pub(crate) fn readback_what(&self) -> String {
        if self.config.services.len() <= 1 && self.s.svc.pref.is_none() {
            return String::new();
        }
        let mut out = self.service_phrase(&self.service_name());
        if let Some(p) = self.s.svc.pref {
            out.push_str(self.word(" with "));
            out.push_str(self.resource_name(p));
        }
        out.push_str(self.word(" for "));
        out
    }
}

/// `text` as a sentence: its first letter upper case and a full stop after it.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    out.push_str(chars.as_str());
    out.push('.');
    out
}

/// A service name as said inside an English sentence: the business writes its
/// services as labels ("Follow-up", "Massage therapy", "Oil change"), a
/// receptionist says "So that's follow-up with Dr. Singh for ...". The capital of
/// the first word goes; no article is added ("we offer oil change, tire swap or
/// safety inspection": an article cannot be told from the name, "a massage
/// therapy" being wrong). The name stays as written when its first word is no
/// label's capital: other capitals ("RMT", "McKenzie"), a full stop ("Dr."), or a
/// word English always writes with one ("French tutoring", "Thai massage",
/// [`PROPER_FIRST_WORDS`]); French names stay as written (`service_phrase` gives
/// them "le service").
fn in_sentence(name: &str, lang: bella_extract::Lang) -> String {
    let first = name.split_whitespace().next().unwrap_or("");
    let label = lang == bella_extract::Lang::En
        && first.chars().count() > 1
        && !first.ends_with('.')
        && first.chars().skip(1).all(|c| !c.is_uppercase())
        && !PROPER_FIRST_WORDS.contains(&first.to_lowercase().as_str());
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if label => c.to_lowercase().chain(chars).collect(),
        _ => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    fn clinic() -> Config {
        Config::from_toml_str(include_str!("../examples/clinic.toml")).unwrap()
    }

    fn svc(cfg: &Config, text: &str) -> Option<String> {
        find_service(cfg, &intent::words(text)).map(|i| cfg.services[i].name.clone())
    }

    #[test]
    fn service_names_in_an_english_sentence() {
        use bella_extract::Lang;
        for (name, said) in [
            ("Follow-up", "follow-up"),
            ("Massage therapy", "massage therapy"),
            ("French tutoring", "French tutoring"),
            ("Swedish massage", "Swedish massage"),
            ("RMT massage", "RMT massage"),
            ("McKenzie assessment", "McKenzie assessment"),
            ("Dr. Lee's consult", "Dr. Lee's consult"),
            ("X", "X"),
        ] {
            assert_eq!(in_sentence(name, Lang::En), said, "{name}");
        }
        assert_eq!(in_sentence("Suivi", Lang::Fr), "Suivi");
    }

    #[test]
    fn insurers_and_billing_are_common_topics() {
        for t in [
            "Do you direct bill Blue Cross?",
            "oh and do you direct bill blue cross?",
            "is that covered by my extended health?",
            "do you do direct billing?",
        ] {
            assert!(asks_unlisted_topic(&intent::words(t)), "{t}");
            assert!(
                intent::any_phrase(&intent::words(t), topic_phrases("insurance")),
                "{t}"
            );
        }
        assert!(!intent::any_phrase(
            &intent::words("can I book a massage for Thursday?"),
            topic_phrases("insurance")
        ));
    }

    #[test]
    fn the_callers_own_service_reads_as_their_appointment() {
        let cfg = clinic();
        let own =
            |t: &str| own_service_as_appointment(&cfg, &intent::words(t)).map(|ws| ws.join(" "));
        assert_eq!(
            own("can I come in sooner for my massage?").as_deref(),
            Some("can i come in sooner for my appointment")
        );
        assert_eq!(
            own("is Max's follow-up on friday with Luc?").as_deref(),
            Some("is max's appointment on friday with luc")
        );
        assert_eq!(own("can I book a massage for friday?"), None);
        let as_own = |t: &str| {
            own_service_as_appointment(&cfg, &intent::words(t)).and_then(|ws| intent::detect(&ws))
        };
        assert_eq!(
            as_own("can I come in sooner for my massage?"),
            Some(Intent::Reschedule)
        );
        assert_eq!(
            as_own("is my massage on friday with luc or someone else?"),
            Some(Intent::Check)
        );
    }

    #[test]
    fn a_service_taken_back_gives_the_one_said_last() {
        let cfg = clinic();
        assert_eq!(
            svc(&cfg, "a massage, no, actually a follow-up").as_deref(),
            Some("Follow-up")
        );
        assert_eq!(
            svc(
                &cfg,
                "massage, wait, a follow-up, well, you know what, just the massage"
            )
            .as_deref(),
            Some("Massage therapy")
        );
        // Without a word that takes it back, the longest phrase still decides.
        assert_eq!(
            svc(&cfg, "an RMT session").as_deref(),
            Some("Massage therapy")
        );
    }

    #[test]
    fn services_by_name_or_what_callers_say() {
        let cfg = clinic();
        assert_eq!(
            svc(&cfg, "an RMT session").as_deref(),
            Some("Massage therapy")
        );
        assert_eq!(
            svc(&cfg, "just a return visit").as_deref(),
            Some("Follow-up")
        );
        assert_eq!(
            svc(&cfg, "I'm a new patient").as_deref(),
            Some("Initial assessment")
        );
        assert_eq!(
            svc(&cfg, "two massages please").as_deref(),
            Some("Massage therapy")
        );
        assert_eq!(svc(&cfg, "Tuesday at 10"), None);
        // A hyphened name said as one word or two.
        let hyphened = Config::from_toml_str(
            "business_name = \"T\"\ntime_zone = \"America/Toronto\"\n\
             [hours]\nmonday = [\"09:00-17:00\"]\n\
             [[services]]\nname = \"New patient exam\"\nminutes = 60\n\
             [[services]]\nname = \"Follow-up\"\nminutes = 30\n\
             [[services]]\nname = \"Dental check-up\"\nminutes = 30\n\
             [[services]]\nname = \"Beard trim\"\nminutes = 15\n",
        )
        .unwrap();
        for said in [
            "how much is a follow-up?",
            "I need a follow up",
            "a followup",
        ] {
            assert_eq!(svc(&hyphened, said).as_deref(), Some("Follow-up"), "{said}");
        }
        assert_eq!(
            svc(&hyphened, "a dental checkup").as_deref(),
            Some("Dental check-up")
        );
        assert_eq!(
            svc(&hyphened, "just a beardtrim").as_deref(),
            Some("Beard trim")
        );
        // Accents do not count either way.
        assert_eq!(
            svc(&cfg, "c'est combien une évaluation?").as_deref(),
            Some("Initial assessment")
        );
        let clinique = Config::from_toml_str(include_str!("../examples/clinique.toml")).unwrap();
        assert_eq!(
            svc(&clinique, "une evaluation svp").as_deref(),
            Some("Évaluation initiale")
        );
        assert_eq!(
            svc(&clinique, "une massotherapie").as_deref(),
            Some("Massothérapie")
        );
    }

    fn hearing() -> Config {
        Config::from_toml_str(include_str!(
            "../testdata/businesses/hearing_dawson_creek.toml"
        ))
        .unwrap()
    }

    #[test]
    fn people_by_title() {
        let cfg = hearing();
        let who =
            |t: &str| find_resource(&cfg, &intent::words(t)).map(|i| cfg.resources[i].name.clone());
        assert_eq!(
            who("can I see the doctor Friday").as_deref(),
            Some("Dr. Karen Whitford")
        );
        assert_eq!(
            who("a check with the audiologist").as_deref(),
            Some("Dr. Karen Whitford")
        );
        assert_eq!(
            who("I'd like to see the nurse").as_deref(),
            Some("Lori Chalmers")
        );
        assert_eq!(
            find_avoided(&cfg, &intent::words("anyone but the nurse"))
                .map(|i| cfg.resources[i].name.as_str()),
            Some("Lori Chalmers")
        );
        // A title said without "the", "your" or "a" before it asks for nobody.
        assert_eq!(who("my nurse practitioner sent me"), None);
        // "The doctor" only where one person's name starts with "Dr.".
        let clinic = clinic();
        let at_clinic = |t: &str| find_resource(&clinic, &intent::words(t));
        assert_eq!(at_clinic("can I see the doctor Tuesday"), Some(0));
        assert_eq!(
            who("I'd like Derek to fit my hearing aids").as_deref(),
            Some("Derek Olafson")
        );
    }

    #[test]
    fn two_services_compared_and_a_phrase_by_its_stems() {
        let cfg = hearing();
        let names = |t: &str| {
            difference_asked(&cfg, &intent::words(t))
                .map(|p| p.map(|i| cfg.services[i].name.as_str()))
        };
        assert_eq!(
            names("what's the difference between a hearing screening and a full hearing test?"),
            Some(["Hearing screening", "Hearing test"])
        );
        assert_eq!(
            names("how is a fitting different from a hearing aid check"),
            Some(["Hearing aid fitting", "Hearing aid check"])
        );
        // Two services without a word of difference are a booking of both.
        assert_eq!(names("a hearing test and wax removal"), None);
        assert_eq!(
            svc(&cfg, "I need my ears cleaned out").as_deref(),
            Some("Ear wax removal")
        );
    }

    #[test]
    fn people_by_name_after_a_cue() {
        let cfg = clinic();
        let who =
            |t: &str| find_resource(&cfg, &intent::words(t)).map(|i| cfg.resources[i].name.clone());
        assert_eq!(
            who("an assessment with Dr. Singh").as_deref(),
            Some("Dr. Amara Singh")
        );
        assert_eq!(who("a follow-up with Luc").as_deref(), Some("Luc Gagnon"));
        assert_eq!(who("can I see Luc Gagnon").as_deref(), Some("Luc Gagnon"));
        // A caller who shares a first name is not asking for that person.
        assert_eq!(who("my name is Luc Tremblay"), None);
        // French titles and cues.
        assert_eq!(
            who("un rendez-vous avec la docteure Singh").as_deref(),
            Some("Dr. Amara Singh")
        );
        assert_eq!(who("je voudrais voir Luc").as_deref(), Some("Luc Gagnon"));
        assert_eq!(who("mon nom c'est Luc Tremblay"), None);
        // "get" and "have" ask for a person only right before the name.
        assert_eq!(
            who("actually, can I get Luc?").as_deref(),
            Some("Luc Gagnon")
        );
        assert_eq!(
            who("could I have Luc instead").as_deref(),
            Some("Luc Gagnon")
        );
        assert_eq!(who("I have a question, Luc Tremblay here"), None);
        // The person as the subject of the question.
        assert_eq!(
            who("can Luc do a massage on Tuesday?").as_deref(),
            Some("Luc Gagnon")
        );
        assert_eq!(
            who("is Luc available Thursday").as_deref(),
            Some("Luc Gagnon")
        );
        assert_eq!(who("hi, my name is Luc and I need a massage"), None);
    }

    #[test]
    fn services_by_length_or_a_word_of_their_name() {
        let physio =
            Config::from_toml_str(include_str!("../testdata/businesses/physio.toml")).unwrap();
        let vet = Config::from_toml_str(include_str!("../testdata/businesses/vet.toml")).unwrap();
        let garage = Config::from_toml_str(include_str!("../examples/garage.toml")).unwrap();
        assert_eq!(
            svc(&physio, "can I book the hour-long massage on Friday").as_deref(),
            Some("Relaxation massage")
        );
        assert_eq!(
            svc(&physio, "the ninety minute one please").as_deref(),
            Some("Deep tissue massage")
        );
        // "Hour" as an adjective; "hour" and "half" are no other service's words here.
        let clinic =
            Config::from_toml_str(include_str!("../testdata/businesses/massage_acu.toml")).unwrap();
        for (t, want) in [
            (
                "Can I book an hour massage on Wednesday at 10?",
                "60-minute massage",
            ),
            ("the hour one, please", "60-minute massage"),
            ("a half an hour massage", "30-minute massage"),
            (
                "I'd like the hour and a half massage Wednesday at 4:45",
                "90-minute massage",
            ),
            ("an hour-long massage", "60-minute massage"),
        ] {
            assert_eq!(svc(&clinic, t).as_deref(), Some(want), "{t}");
        }
        for t in [
            "can I come in an hour for a massage",
            "a massage in an hour",
            "I'd like a massage",
        ] {
            assert_eq!(svc(&clinic, t), None, "{t}");
        }
        // Two massages and no length: neither.
        assert_eq!(svc(&physio, "I'd like to book a massage"), None);
        // The one half-hour service is no massage.
        assert_eq!(svc(&physio, "the half-hour massage please"), None);
        assert_eq!(
            svc(&vet, "she just needs a trim, Wednesday at 9").as_deref(),
            Some("Nail trim")
        );
        // A time in minutes, and a word too common to name a service alone.
        assert_eq!(svc(&physio, "can I come in 90 minutes"), None);
        assert_eq!(svc(&garage, "I need to change my appointment"), None);
        assert_eq!(svc(&garage, "I need a change of time"), None);
    }

    #[test]
    fn french_verbs_of_services_and_a_service_denied() {
        let dent = Config::from_toml_str(include_str!(
            "../testdata/businesses/dentaire_sherbrooke.toml"
        ))
        .unwrap();
        // The verb of a phrase in "-age" ("détartrage", "nettoyage").
        for t in [
            "je voudrais faire détartrer mes dents jeudi",
            "Faire nettoyer mes dents.",
        ] {
            assert_eq!(svc(&dent, t).as_deref(), Some("Cleaning"), "{t}");
        }
        assert_eq!(svc(&dent, "je voudrais nettoyer"), Some("Cleaning".into()));
        // A noun in "-iment" by its verb in "-ir" ("blanchiment").
        assert_eq!(
            svc(&dent, "Je voudrais me faire blanchir les dents vendredi.").as_deref(),
            Some("Whitening")
        );
        assert_eq!(svc(&dent, "un rendez-vous pour mon âge"), None);
        // A noun in "-ction" or "-ation" by its verb in "-er" (round 24 g10, v-06).
        let garage = Config::from_toml_str(include_str!(
            "../testdata/businesses/garage_trois_rivieres.toml"
        ))
        .unwrap();
        assert_eq!(
            svc(&garage, "pis j'aimerais ça le faire inspecter jeudi").as_deref(),
            Some("Inspection")
        );
        assert_eq!(svc(&garage, "je voudrais vérifier mon rendez-vous"), None);
        // A service denied gives way to the one named after it.
        for t in [
            "Non, attendez, c'est pas un examen, c'est un nettoyage.",
            "No, not a checkup, a cleaning.",
        ] {
            assert_eq!(svc(&dent, t).as_deref(), Some("Cleaning"), "{t}");
        }
        // Alone, a denied one is still the one talked about.
        assert_eq!(
            svc(&dent, "je sais pas, un examen peut-être").as_deref(),
            Some("Check-up")
        );
    }

    #[test]
    fn french_forms_of_length_word_person_and_same_person() {
        let spa = Config::from_toml_str(include_str!("../testdata/businesses/spa_bilingue.toml"))
            .unwrap();
        assert_eq!(
            svc(&spa, "le massage d'une heure jeudi à 10 h").as_deref(),
            Some("Relaxation massage")
        );
        assert_eq!(
            svc(&spa, "le massage d'une heure et demie").as_deref(),
            Some("Therapeutic massage")
        );
        assert_eq!(
            svc(&spa, "je voudrais le massage de 90 minutes").as_deref(),
            Some("Therapeutic massage")
        );
        assert_eq!(
            svc(&spa, "juste une coupe, samedi à 10 h").as_deref(),
            Some("Haircut")
        );
        // An article elided onto the first word of a phrase or of a name's word.
        let opto =
            Config::from_toml_str(include_str!("../testdata/businesses/optometrist.toml")).unwrap();
        for (t, want) in [
            ("L'examen pour adulte.", "Adult eye exam"),
            ("Combien coûte l'examen pour aîné?", "Senior eye exam"),
            (
                "je dois annuler l'ajustement de lunettes",
                "Glasses adjustment",
            ),
        ] {
            assert_eq!(svc(&opto, t).as_deref(), Some(want), "{t}");
        }
        assert_eq!(svc(&opto, "l'examen de la vue"), None);
        // No massage of half an hour: not the haircut of that length.
        assert_eq!(svc(&spa, "le massage d'une demi-heure"), None);
        // A time is no length; two massages and no length: neither.
        assert_eq!(svc(&spa, "un massage à une heure jeudi"), None);
        assert_eq!(svc(&spa, "un massage dans 90 minutes"), None);
        assert_eq!(svc(&spa, "je voudrais changer mon rendez-vous"), None);

        let name = |i: usize| spa.resources[i].name.clone();
        let not = |t: &str| find_avoided(&spa, &intent::words(t)).map(name);
        let who = |t: &str| find_resource(&spa, &intent::words(t)).map(name);
        for t in [
            "une coupe mardi, mais pas avec Thomas s'il vous plaît",
            "n'importe qui sauf Thomas",
            "quelqu'un d'autre que Thomas",
            "je préférerais ne pas voir Thomas",
            "mais pas Thomas",
        ] {
            assert_eq!(not(t).as_deref(), Some("Thomas Bélanger"), "{t}");
            assert_eq!(who(t), None, "{t}");
        }
        for t in ["avec Thomas, pas mardi", "ça me dérange pas, avec Thomas"] {
            assert_eq!(who(t).as_deref(), Some("Thomas Bélanger"), "{t}");
            assert_eq!(not(t), None, "{t}");
        }
        // Asked as the subject of a French question (round 24 g05, v-03).
        for t in [
            "Est-ce que Thomas travaille mercredi? J'aimerais ça que ce soit lui.",
            "Thomas est-tu là vendredi?",
        ] {
            assert_eq!(who(t).as_deref(), Some("Thomas Bélanger"), "{t}");
        }
        assert_eq!(who("je pense que Thomas"), None);

        let same = |t: &str| same_person(&intent::words(t));
        assert!(same("avec la même personne que la dernière fois"));
        assert!(same("la même massothérapeute qu'avant"));
        assert!(same("celle que j'ai vue la dernière fois"));
        assert!(!same("à la même heure que la dernière fois"));
        assert!(!same("la même chose qu'avant"));
        assert!(!same("même si j'avais un rendez-vous"));
    }

    #[test]
    fn the_same_person_as_last_time() {
        let same = |t: &str| same_person(&intent::words(t));
        assert!(same("with the same person as last time"));
        assert!(same("the same vet I saw last time please"));
        assert!(same("can I see whoever I saw before"));
        assert!(!same("the same time as last time"));
        assert!(!same("same thing as last time"));
        assert!(!same("with the same person"));
        assert!(same("with the guy who cut my hair last time"));
        assert!(same("whoever did my colour before"));
        assert!(!same("who do you have before noon"));
        assert!(!same("whoever's free, same as last time"));
    }

    #[test]
    fn a_short_form_of_a_first_name() {
        let cfg = crate::Config::from_toml_str(include_str!(
            "../testdata/businesses/salon_kingston.toml"
        ))
        .expect("the Kingston salon parses");
        let who = |t: &str| find_resource(&cfg, &intent::words(t));
        assert_eq!(who("a colour with Alex please"), Some(1));
        assert_eq!(who("could I see Marc on Friday"), Some(2));
        assert_eq!(who("can Alex do a blow-dry"), Some(1));
        // Not right after a cue, a common word, or the start of nobody's name.
        assert_eq!(who("Alex told me to call"), None);
        assert_eq!(who("with my son"), None);
        assert_eq!(who("with Kimberly's sister"), None);
        assert_eq!(
            find_avoided(&cfg, &intent::words("anyone but Alex")),
            Some(1)
        );
    }

    #[test]
    fn people_not_wanted() {
        let cfg = clinic();
        let name = |i: usize| cfg.resources[i].name.clone();
        let not = |t: &str| find_avoided(&cfg, &intent::words(t)).map(name);
        let who = |t: &str| find_resource(&cfg, &intent::words(t)).map(name);
        for t in [
            "a follow-up Tuesday at 2, but not with Luc please",
            "anyone but Luc",
            "someone other than Luc",
            "I don't want to see Luc again",
            "I'd rather not see Luc",
        ] {
            assert_eq!(not(t).as_deref(), Some("Luc Gagnon"), "{t}");
            assert_eq!(who(t), None, "{t}");
        }
        assert_eq!(
            not("an exam, not with Dr. Singh").as_deref(),
            Some("Dr. Amara Singh")
        );
        // The person is still the one asked for.
        for t in [
            "not sure, maybe with Luc",
            "I don't mind seeing Luc",
            "with Luc, not on Tuesday",
        ] {
            assert_eq!(who(t).as_deref(), Some("Luc Gagnon"), "{t}");
            assert_eq!(not(t), None, "{t}");
        }
    }

    #[test]
    fn a_length_said_outright_beats_a_phrase_of_another_length() {
        let music =
            Config::from_toml_str(include_str!("../testdata/businesses/music_halifax.toml"))
                .unwrap();
        for (t, want) in [
            // probe18 mus-07, mus-20v: "piano" is a phrase of the half-hour lesson.
            (
                "Could I get an hour-long piano lesson Tuesday at 5:30?",
                Some("Extended piano lesson"),
            ),
            ("a 60-minute piano lesson", Some("Extended piano lesson")),
            ("a half-hour piano lesson", Some("Piano lesson")),
            ("a piano lesson on Tuesday", Some("Piano lesson")),
            // "lesson" is a word of both hour-long lessons: neither.
            ("the hour-long lesson", None),
            ("an hour-long voice lesson", Some("Voice lesson")),
        ] {
            assert_eq!(svc(&music, t).as_deref(), want, "{t}");
        }
    }

    #[test]
    fn a_thing_named_after_do_you_do() {
        let yes = |t: &str| names_a_thing(&intent::words(t));
        assert!(yes("Do you do braces?"));
        assert!(yes("do you guys offer eyelash extensions"));
        assert!(!yes("Do you do anything for back pain?"));
        // A question about payment or prices is no service the business lacks.
        assert!(!yes("Do you offer a seniors' discount?"));
        assert!(!yes("do you guys do payment plans"));
        assert!(!yes("do you offer direct billing to insurance"));
        assert!(!yes("do you offer that?"));
        assert!(!yes("do you do"));
    }

    #[test]
    fn can_you_do_a_thing() {
        // services28 no-04: "can you do X?" of a thing, never of when or of a favour.
        let yes = |t: &str| can_do_asked(&intent::words(t));
        assert!(yes("Can you do laser therapy on my elbow?"));
        assert!(yes("could you guys do cupping"));
        assert!(!yes("can you do earlier?"));
        assert!(!yes("could you do me a favour"));
        assert!(!yes("can you do that"));
        assert!(!yes("can you do anything later in the day"));
        assert!(!yes("can you do direct billing?"));
        assert!(!yes("can you do"));
    }

    #[test]
    fn an_ailment_told() {
        // services28 need-08: where it hurts, or a word of hurt alone.
        let yes = |t: &str| tells_an_ailment(&intent::words(t));
        assert!(yes("My knee's been bad since I slipped on the ice."));
        assert!(yes("my back's killing me"));
        assert!(yes("I'm in a lot of pain lately"));
        assert!(yes("My lower back is acting up again."));
        assert!(!yes("I'd like to come back on Tuesday"));
        assert!(!yes("that's too bad"));
        assert!(!yes("hi, I'd like some information"));
    }

    #[test]
    fn a_trade_asked_about() {
        let yes = |t: &str| trade_asked(&intent::words(t));
        // services27 no-01, no-03.
        assert!(yes("Do you photograph weddings?"));
        assert!(yes("Can you restore an old photo of my grandparents?"));
        assert!(yes("do you guys repair bikes"));
        assert!(yes("could you also frame a print"));
        // The caller's own booking, or nothing named.
        assert!(!yes("can you fix my appointment?"));
        assert!(!yes("Hi, can you fix my car? It's making a weird noise."));
        assert!(yes("could you photograph my company's holiday party?"));
        assert!(!yes("could you fix that for me"));
        assert!(!yes("can you fit me in Friday"));
        assert!(!yes("do you photograph"));
        assert!(!yes("I want you to photograph us"));
        // services29 no-03: a trade of an animal or a home.
        assert!(yes("Can you board my dog for the weekend?"));
        assert!(yes("do you guys groom cats"));
        assert!(yes("could you walk my dog while I'm away"));
        assert!(!yes("can you walk me through it"));
    }

    #[test]
    fn one_of_two_services_by_a_word_of_its_own() {
        let photo = Config::from_toml_str(include_str!(
            "../testdata/businesses/photo_fredericton.toml"
        ))
        .unwrap();
        let (fam, pet) = (1, 5);
        assert_eq!(photo.services[fam].name, "Family session");
        assert_eq!(photo.services[pet].name, "Pet portrait");
        let pick = |t: &str| one_of_two(&photo, &intent::words(t), (fam, pet));
        // services27 two-22v.
        assert_eq!(pick("Family first please."), Some(fam));
        assert_eq!(pick("the dog ones first"), Some(pet));
        // A word both hold, or none of either, picks neither.
        assert_eq!(pick("the portrait"), None);
        assert_eq!(pick("whichever"), None);
    }

    #[test]
    fn a_short_word_after_a_possessive() {
        let photo = Config::from_toml_str(include_str!(
            "../testdata/businesses/photo_fredericton.toml"
        ))
        .unwrap();
        let svc = |t: &str| {
            find_service(&photo, &intent::words(t)).map(|i| photo.services[i].name.clone())
        };
        // services27 pet-01: "dog photos", "cat photos" are the pet portrait's.
        for t in [
            "I'd like some nice pictures of my dog, Saturday at 11.",
            "photos of our cat",
            "can I bring my dogs in",
        ] {
            assert_eq!(svc(t).as_deref(), Some("Pet portrait"), "{t}");
        }
        // Not after an article, and never an adjective or a number.
        for t in [
            "a dog",
            "the cat",
            "my old headshot is out of date",
            "our two boys",
        ] {
            assert_ne!(svc(t).as_deref(), Some("Pet portrait"), "{t}");
        }
    }

    #[test]
    fn a_one_word_phrase_after_a_word_no_service_holds_is_another_thing() {
        let drive =
            Config::from_toml_str(include_str!("../testdata/businesses/driving_regina.toml"))
                .unwrap();
        let other = |cfg: &Config, t: &str| {
            let ws = intent::words(t);
            find_service(cfg, &ws).is_some_and(|i| another_kind(cfg, &ws, i))
        };
        // probe19 drv-15: "lesson" is the driving lesson's phrase.
        assert!(other(&drive, "Do you do motorcycle lessons?"));
        assert!(other(&drive, "do you offer boating lessons"));
        for t in [
            "do you do driving lessons?",
            "do you do private lessons?",
            "do you offer lessons for beginners",
            "do you do a highway lesson",
            "do you do 90-minute lessons?",
            "do you do parallel parking?",
            "do you do lessons",
        ] {
            assert!(!other(&drive, t), "{t}");
        }
        // A word of another service before it is no other thing ("deep tissue massage").
        let music =
            Config::from_toml_str(include_str!("../testdata/businesses/music_halifax.toml"))
                .unwrap();
        assert!(!other(&music, "do you do violin lessons?"));
        assert!(!other(&music, "do you do kids' piano?"));
    }

    #[test]
    fn anyone_after_a_person_refused_keeps_the_day_refused() {
        // services29 who-04: Dr. Shah is off Fridays, her Thursday times are offered;
        // "whoever's free then, at 10" is Friday at 10 with anyone, not her Thursday 10.
        let vet = Config::from_toml_str(include_str!("../testdata/businesses/vet_red_deer.toml"))
            .unwrap();
        let line = r#"{"id":"t","now":"2029-02-13T09:30:00-07:00","tz":"America/Edmonton",
            "caller_id":"+14035550126","existing":[],
            "persona":{"intent":["Can I get Dr. Shah for vaccines Friday at 10?"],
                       "time":["Whoever's free then, at 10."],"name":["Bonnie Carver"],
                       "phone":["403 555 0126"],"confirm":["yes"],"other":[]}}"#;
        let case = crate::sim::parse_case(line).unwrap();
        let out = crate::sim::run_case_with(&case, Some(&vet)).unwrap();
        let a = out.appointment.expect("booked");
        assert_eq!(a.start, "2029-02-16T10:00");
        assert_eq!(a.resource.as_deref(), Some("Dr. Marc Lavoie"));
    }

    #[test]
    fn a_gerund_topic_is_asked_by_its_verb() {
        for (t, topic) in [
            ("Does she need to fast before a dental cleaning?", "fasting"),
            ("Should he fast before?", "fasting"),
            ("Where do I park?", "parking"),
        ] {
            assert!(super::gerund_verb_said(&intent::words(t), topic), "{t}");
        }
        for (t, topic) in [
            ("I need it fast", "fasting"),
            ("Is that near the park?", "parking"),
            ("We're going to the park after", "parking"),
        ] {
            assert!(!super::gerund_verb_said(&intent::words(t), topic), "{t}");
        }
    }

    #[test]
    fn a_word_of_a_topic_family() {
        for (w, topic) in [
            ("prepare", "preparation"),
            ("preparing", "preparation"),
            ("registered", "registering"),
            ("accessible", "accessibility"),
            ("available", "availability"),
        ] {
            assert!(super::same_family(w, topic), "{w} {topic}");
        }
        for (w, topic) in [
            ("park", "parking"),
            ("insured", "insurance"),
            ("refer", "referral"),
        ] {
            assert!(!super::same_family(w, topic), "{w} {topic}");
        }
    }

    #[test]
    fn a_wish_to_buy_what_no_service_is() {
        let cfg = clinic();
        let buys = |t: &str| buys_no_service(&cfg, &intent::words(t));
        for t in [
            "I'd like to buy a gift card for my mother.",
            "Je voudrais acheter une carte-cadeau.",
            "Can I purchase a gift certificate?",
        ] {
            assert!(buys(t), "{t}");
        }
        for t in [
            "I'd like to buy a massage for Thursday at 10.",
            "Je voudrais un rendez-vous jeudi.",
            "I'd like a gift card.",
        ] {
            assert!(!buys(t), "{t}");
        }
    }

    #[test]
    fn french_words_of_a_topic_by_their_stem() {
        let said = |w: &str, topic: &str| {
            intent::fr::topic_word(topic)
                .iter()
                .any(|f| same_stem(intent::fr::unelided(w), f))
        };
        // calls_fr_round28 y09, y10: `dilation` and `frames` asked in French.
        for (w, topic) in [
            ("dilatez", "dilation"),
            ("dilater", "dilation"),
            ("dilatés", "dilated"),
            ("dilatation", "dilation"),
            ("montures", "frames"),
            ("monture", "frames"),
        ] {
            assert!(said(w, topic), "{w} {topic}");
        }
        for (w, topic) in [("dilemme", "dilation"), ("montre", "frames")] {
            assert!(!said(w, topic), "{w} {topic}");
        }
    }

    #[test]
    fn a_topic_written_as_verb_and_particle() {
        let said = |t: &str, topic: &str| phrasal_said(&intent::words(t), topic);
        // probe19 drv-08: the topic `pickup`.
        assert!(said("Do you pick me up from home?", "pickup"));
        assert!(said("can you pick up at my school", "pickup"));
        assert!(said("are you picking us up at work?", "pickup"));
        assert!(said("can I drop it off the night before?", "dropoff"));
        assert!(said(
            "Can your instructor pick my son up from school?",
            "pickup"
        ));
        assert!(said("could you pick the kids up", "pickup"));
        assert!(!said("can I pick my own time, up to you", "pickup"));
        assert!(!said("do you pick the route?", "pickup"));
        assert!(!said("can I pick a time later", "pickup"));
        assert!(!said("pick me up", "pick up"));
        // Too short a verb, or no particle at the end: no such topic.
        assert!(!said("can we go on", "goon"));
        assert!(!said("do you take parking", "parking"));
    }

    #[test]
    fn a_number_beyond_a_length() {
        let more = |t: &str| digits_beyond_length(&intent::words(t));
        // probe19 drv-16: the length's digits are the price question's alone.
        assert!(!more("How much is a 90-minute lesson?"));
        assert!(!more("how long is the 45 minute massage"));
        assert!(!more("how much for the hour-long one"));
        assert!(more("How much is a 90-minute lesson? I'd like Friday at 2"));
        assert!(more("how much is it, my number is 306 555 0101"));
    }

    fn physio() -> Config {
        Config::from_toml_str(include_str!("../testdata/businesses/physio_saskatoon.toml")).unwrap()
    }

    #[test]
    fn a_phrase_with_a_pronoun_or_a_short_verb() {
        // services24 hear-31, services26 hear-26.
        let cfg = hearing();
        for t in [
            "When's the soonest Derek could fit me for hearing aids?",
            "could Derek fit me for hearing aids on Thursday at 1?",
        ] {
            assert_eq!(svc(&cfg, t).as_deref(), Some("Hearing aid fitting"), "{t}");
        }
        // "Fit me in" is no fitting.
        assert_eq!(svc(&cfg, "can you fit me in Thursday?"), None);
        assert!(doubled_participle("fit", "fitted"));
        assert!(doubled_participle("tapping", "tap"));
        assert!(!doubled_participle("fit", "fits"));
        assert!(!doubled_participle("see", "seeing"));
        // A verb that drops its "e" before "-ing"; a body part names no service.
        let cfg = physio();
        assert_eq!(
            svc(&cfg, "Could the trainer tape my ankle Saturday at 8?").as_deref(),
            Some("Sports taping")
        );
        assert_eq!(svc(&cfg, "I rolled my ankle at soccer last night"), None);
    }

    #[test]
    fn the_words_of_a_service_asked_about_ask_for_no_booking() {
        let cfg = physio();
        let bare = |t: &str| without_services(&cfg, &intent::words(t)).join(" ");
        assert_eq!(bare("what does a first visit cost"), "what does a cost");
        assert_eq!(bare("how much is dry needling"), "how much is");
        assert_eq!(
            bare("how much is a physio assessment appointment"),
            "how much is a"
        );
        assert_eq!(
            intent::detect(&intent::words("what does a first visit cost")),
            Some(intent::Intent::Book)
        );
        assert_eq!(
            intent::detect(&without_services(
                &cfg,
                &intent::words("what does a first visit cost")
            )),
            None
        );
    }

    #[test]
    fn a_service_name_with_an_ordinal_is_blanked_for_the_time() {
        let cfg = Config::from_toml_str(include_str!("../testdata/businesses/music_halifax.toml"))
            .unwrap();
        let blank = |t: &str| without_ordinal_services(&cfg, t).into_owned();
        assert_eq!(
            blank("Do you charge for the First Lesson?"),
            "Do you charge for the             ?"
        );
        assert_eq!(
            blank("Is the first lesson free?").len(),
            "Is the first lesson free?".len()
        );
        // Not inside a longer word, and a date stays.
        assert_eq!(blank("the first lessons"), "the first lessons");
        assert_eq!(blank("Thursday the first at 4"), "Thursday the first at 4");
        assert_eq!(blank("é first lesson"), "é             ");
    }

    #[test]
    fn the_length_alone_after_the() {
        let cfg =
            Config::from_toml_str(include_str!("../testdata/businesses/massage_acu.toml")).unwrap();
        // services25 mas-03.
        assert_eq!(
            svc(&cfg, "I'll take the 90 then, Wednesday at 2.").as_deref(),
            Some("90-minute massage")
        );
        // A day of the month, or a length no service has, names none.
        assert_eq!(svc(&cfg, "I'll take the 30 then"), None);
        assert_eq!(svc(&cfg, "the 120 please"), None);
    }

    #[test]
    fn words_of_one_stem() {
        for (a, b) in [
            ("rent", "rental"),
            ("park", "parking"),
            ("instruments", "instrument"),
            ("rentals", "rent"),
        ] {
            assert!(same_stem(a, b), "{a} {b}");
        }
        for (a, b) in [("car", "card"), ("rent", "rentable"), ("gift", "cards")] {
            assert!(!same_stem(a, b), "{a} {b}");
        }
    }

    #[test]
    fn lengths_are_spoken() {
        assert_eq!(speak_minutes(45), "45 minutes");
        assert_eq!(speak_minutes(60), "an hour");
        assert_eq!(speak_minutes(90), "an hour and a half");
        assert_eq!(speak_minutes(120), "2 hours");
        assert_eq!(speak_minutes(75), "an hour and 15 minutes");
    }
}
