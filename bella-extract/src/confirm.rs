//! Yes / no / correction: does a turn confirm, deny or correct what the agent read back?
//!
//! [`classify`] answers yes or no from whole words and phrases only: "no" inside
//! "know", "Noah" or "North" is not a no, and uncertainty ("not sure", "I don't know",
//! "maybe") is neither. [`corrected_field`] says which slot a denial is about ("no, my
//! number is ...", "the time is wrong"), and [`reply`] gives both at once — what the
//! dialog uses after a read-back.
//!
//! Rules, in order:
//! 1. An uncertain phrase with no explicit yes/no word gives `None`.
//! 2. Any denial ("no", "nope", "that's wrong", "not right", "incorrect", a negated yes
//!    such as "that doesn't work") gives [`Confirmation::No`]; a denial wins over a yes
//!    in the same turn ("yeah, no, the time is wrong"), so a booking is never made on a
//!    mixed answer. "no problem" and "no worries" are yeses. The Canadian "yeah, no" is
//!    a denial only when no yes follows it: "yeah no, that's fine" and "yeah no for
//!    sure" are yeses, "yeah no" alone and "yeah no, I can't make it" are noes.
//! 3. A yes word or phrase gives [`Confirmation::Yes`]. Weak words ("okay", "right",
//!    "good", "fine", "perfect", "great") count only at the start of the turn, so
//!    "right now" or "a good time" are not yeses.
//!
//! ```
//! use bella_extract::confirm::{classify, corrected_field, Confirmation, Field};
//! assert_eq!(classify("yeah that's right").map(|m| m.value), Some(Confirmation::Yes));
//! assert_eq!(classify("No, my number is 403 555 0199").map(|m| m.value), Some(Confirmation::No));
//! assert_eq!(corrected_field("No, my number is 403 555 0199").map(|m| m.value), Some(Field::Phone));
//! assert_eq!(classify("I know"), None);
//! assert_eq!(classify("not sure"), None);
//! ```

use crate::lexer::{Token, TokenKind, WordKey, tokens};
use crate::{Match, Span};

/// Whether a turn confirms or denies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Confirmation {
    /// "yes", "yeah that's right", "sounds good".
    Yes,
    /// "no", "nope", "that's wrong".
    No,
}

/// Which slot of a read-back a turn corrects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Field {
    /// The caller's name ("no, my name is ...", "you spelled it wrong").
    Name,
    /// The phone number ("no, my number is ...", "the number is wrong").
    Phone,
    /// The day or time ("no, the time is wrong", "not Tuesday, Wednesday").
    Time,
}

/// A turn read as an answer to a read-back: yes/no and the slot it corrects.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[must_use]
pub struct Reply {
    /// Yes or no, if the turn says either.
    pub answer: Option<Match<Confirmation>>,
    /// The slot the turn talks about, if it names one (usually with a "no").
    pub field: Option<Match<Field>>,
}

/// Classifies a turn as yes or no, if it is either. See the module docs for the rules.
pub fn classify(text: &str) -> Option<Match<Confirmation>> {
    let words = words(text);
    Votes::read(
        &words,
        |w| (w.key, w.span),
        PHRASES,
        |i| {
            let next_is = |list: &[&str]| words.get(i + 1).is_some_and(|w| w.key.is_any(list));
            starts_turn(&words, i) && !next_is(NOT_AFTER_WEAK)
        },
    )
}

/// What the phrases of one turn said. Every language's yes/no reader fills one, and
/// [`Votes::decide`] applies the one rule.
#[derive(Debug, Default)]
pub(crate) struct Votes {
    yes: Option<(Span, &'static str)>,
    no: Option<(Span, &'static str)>,
    unsure: bool,
    /// A yes said after the last unsure phrase: the caller thought, then answered
    /// ("hmm, let me think... yes").
    late_yes: Option<(Span, &'static str)>,
    /// A "yeah, no" not yet taken back by a later yes.
    soft_no: Option<(Span, &'static str)>,
}

impl Votes {
    /// Reads the phrases of a turn's words and decides, in any language: `word` gives a
    /// word's folded key and span; at each word, the first of `phrases` (longest first
    /// within a starting word) that stands there counts, and the reading goes on after
    /// it; `weak_ok(i)` says whether a weak yes at word `i` counts.
    pub(crate) fn read<W, K: for<'k> PartialEq<&'k str>>(
        words: &[W],
        word: impl Fn(&W) -> (K, Span),
        phrases: &[(&[&str], Class)],
        weak_ok: impl Fn(usize) -> bool,
    ) -> Option<Match<Confirmation>> {
        let mut votes = Votes::default();
        let mut i = 0;
        while i < words.len() {
            let Some((len, class)) = phrase_at(phrases, words, &word, i) else {
                i += 1;
                continue;
            };
            let span = word(&words[i]).1.cover(word(&words[i + len - 1]).1);
            votes.add(class, span, || weak_ok(i));
            i += len;
        }
        votes.decide()
    }

    /// Counts one phrase; a weak yes ("fine", "super") counts only where the language's
    /// `weak_ok` allows it (at the start of the turn, typically).
    pub(crate) fn add(&mut self, class: Class, span: Span, weak_ok: impl FnOnce() -> bool) {
        let yes = match class {
            Class::Yes(rule) => Some(rule),
            Class::WeakYes(rule) => weak_ok().then_some(rule),
            Class::No(rule) => {
                self.no = self.no.or(Some((span, rule)));
                None
            }
            Class::SoftNo(rule) => {
                self.soft_no = self.soft_no.or(Some((span, rule)));
                None
            }
            Class::Unsure => {
                self.unsure = true;
                self.late_yes = None;
                None
            }
        };
        if let Some(rule) = yes {
            self.soft_no = None;
            self.yes = self.yes.or(Some((span, rule)));
            if self.unsure {
                self.late_yes = self.late_yes.or(Some((span, rule)));
            }
        }
    }

    /// A "no" anywhere wins, and a "yeah, no" no yes came after; a "yes" counts only
    /// when nothing unsure was said, or when it comes after the last unsure phrase
    /// ("let me think... yes", not "yes, maybe").
    pub(crate) fn decide(self) -> Option<Match<Confirmation>> {
        let no = self.no.or(self.soft_no);
        let (value, (span, rule)) = match (no, self.yes, self.late_yes) {
            (Some(n), _, _) => (Confirmation::No, n),
            (None, Some(y), _) if !self.unsure => (Confirmation::Yes, y),
            (None, _, Some(y)) => (Confirmation::Yes, y),
            _ => return None,
        };
        Some(Match { span, value, rule })
    }
}

/// The slot a turn talks about ("my number", "the time", "my name", a weekday, digits).
///
/// The first slot named wins: "no, the time is wrong, my name is fine" is about the time.
pub fn corrected_field(text: &str) -> Option<Match<Field>> {
    for t in tokens(text) {
        let (field, rule) = match t.kind {
            TokenKind::Digits if t.text.len() >= 3 => (Field::Phone, "field/digits"),
            TokenKind::Word => match field_word(t) {
                Some(found) => found,
                None => continue,
            },
            _ => continue,
        };
        return Some(Match {
            span: t.span,
            value: field,
            rule,
        });
    }
    None
}

/// Reads a turn as the answer to a read-back: [`classify`] and [`corrected_field`].
pub fn reply(text: &str) -> Reply {
    Reply {
        answer: classify(text),
        field: corrected_field(text),
    }
}

fn field_word(t: Token<'_>) -> Option<(Field, &'static str)> {
    const PHONE: &[&str] = &[
        "number",
        "phone",
        "cell",
        "digits",
        "digit",
        "mobile",
        "extension",
    ];
    const NAME: &[&str] = &[
        "name",
        "spelled",
        "spelling",
        "spell",
        "surname",
        "firstname",
    ];
    const TIME: &[&str] = &[
        "time",
        "day",
        "date",
        "hour",
        "morning",
        "afternoon",
        "evening",
        "today",
        "tomorrow",
        "am",
        "pm",
        "noon",
        "week",
        "month",
        "appointment",
        "slot",
        "oclock",
    ];
    if t.is_any(PHONE) {
        Some((Field::Phone, "field/phone-word"))
    } else if t.is_any(NAME) {
        Some((Field::Name, "field/name-word"))
    } else if t.is_any(TIME) || t.is_any(&bella_core::WEEKDAY_NAMES) || month_word(t) {
        Some((Field::Time, "field/time-word"))
    } else {
        None
    }
}

fn month_word(t: Token<'_>) -> bool {
    t.is_any(&[
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ])
}

/// A word of the turn and its key: lowercase without apostrophes, so "That's",
/// "thats" and "that’s" all read `thats`.
#[derive(Clone, Copy, Debug)]
struct Word {
    span: Span,
    key: WordKey,
}

/// The words of a turn.
fn words(text: &str) -> Vec<Word> {
    tokens(text)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| Word {
            span: t.span,
            key: WordKey::of(t.text),
        })
        .collect()
}

/// True when only fillers come before word `i`.
fn starts_turn(words: &[Word], i: usize) -> bool {
    words[..i].iter().all(|w| w.key.is_any(FILLERS))
}

/// "right now", "fine by ...", "good time": a weak yes followed by these is not a yes.
const NOT_AFTER_WEAK: &[&str] = &[
    "now", "away", "there", "here", "after", "before", "then", "time", "day", "morning",
];

const FILLERS: &[&str] = &[
    "uh", "um", "umm", "er", "erm", "ah", "oh", "well", "so", "hmm", "yeah",
];

/// What a yes/no phrase says, in any language (rule names inside).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    Yes(&'static str),
    WeakYes(&'static str),
    No(&'static str),
    /// "yeah, no": a denial unless a yes follows it in the turn.
    SoftNo(&'static str),
    Unsure,
}

/// Phrases, longest and most specific first (negated yeses before yeses).
const PHRASES: &[(&[&str], Class)] = &[
    // Uncertain: neither yes nor no.
    (&["not", "sure"], Class::Unsure),
    (&["dont", "know"], Class::Unsure),
    (&["do", "not", "know"], Class::Unsure),
    (&["no", "idea"], Class::Unsure),
    (&["not", "certain"], Class::Unsure),
    (&["maybe"], Class::Unsure),
    (&["perhaps"], Class::Unsure),
    (&["let", "me", "think"], Class::Unsure),
    (&["let", "me", "check"], Class::Unsure),
    // Yeses that contain a negative word.
    (&["no", "problem"], Class::Yes("confirm/no-problem")),
    (&["no", "worries"], Class::Yes("confirm/no-problem")),
    (&["not", "a", "problem"], Class::Yes("confirm/no-problem")),
    (&["why", "not"], Class::Yes("confirm/why-not")),
    (&["yeah", "no", "problem"], Class::Yes("confirm/no-problem")),
    (&["yeah", "no", "worries"], Class::Yes("confirm/no-problem")),
    // "yeah, no": a no unless a yes follows ("yeah no, that's fine").
    (&["yeah", "no"], Class::SoftNo("confirm/yeah-no")),
    (&["yea", "no"], Class::SoftNo("confirm/yeah-no")),
    (&["ya", "no"], Class::SoftNo("confirm/yeah-no")),
    // Negated yeses.
    (&["not", "correct"], Class::No("confirm/not-correct")),
    (&["not", "right"], Class::No("confirm/not-correct")),
    (&["not", "quite"], Class::No("confirm/not-correct")),
    (&["isnt", "right"], Class::No("confirm/not-correct")),
    (&["isnt", "correct"], Class::No("confirm/not-correct")),
    (&["not", "it"], Class::No("confirm/not-correct")),
    (&["doesnt", "work"], Class::No("confirm/doesnt-work")),
    (&["does", "not", "work"], Class::No("confirm/doesnt-work")),
    (&["wont", "work"], Class::No("confirm/doesnt-work")),
    (&["cant", "make", "it"], Class::No("confirm/doesnt-work")),
    (&["not", "good"], Class::No("confirm/doesnt-work")),
    (&["no", "good"], Class::No("confirm/doesnt-work")),
    (&["not", "really"], Class::No("confirm/not-really")),
    (&["thats", "wrong"], Class::No("confirm/wrong")),
    (&["wrong"], Class::No("confirm/wrong")),
    (&["incorrect"], Class::No("confirm/wrong")),
    (&["mistake"], Class::No("confirm/wrong")),
    (&["no"], Class::No("confirm/no")),
    (&["nope"], Class::No("confirm/no")),
    (&["nah"], Class::No("confirm/no")),
    (&["naw"], Class::No("confirm/no")),
    (&["negative"], Class::No("confirm/no")),
    (&["not"], Class::No("confirm/not")),
    // Yeses.
    (&["yes"], Class::Yes("confirm/yes")),
    (&["yeah"], Class::Yes("confirm/yes")),
    (&["yep"], Class::Yes("confirm/yes")),
    (&["yup"], Class::Yes("confirm/yes")),
    (&["yea"], Class::Yes("confirm/yes")),
    (&["ya"], Class::Yes("confirm/yes")),
    (&["yah"], Class::Yes("confirm/yes")),
    (&["aye"], Class::Yes("confirm/yes")),
    (&["uh", "huh"], Class::Yes("confirm/yes")),
    (&["mhm"], Class::Yes("confirm/yes")),
    (&["mm", "hmm"], Class::Yes("confirm/yes")),
    (&["sure"], Class::Yes("confirm/sure")),
    (&["correct"], Class::Yes("confirm/correct")),
    (&["thats", "right"], Class::Yes("confirm/thats-right")),
    (&["that", "is", "right"], Class::Yes("confirm/thats-right")),
    (&["sounds", "good"], Class::Yes("confirm/sounds-good")),
    (&["sounds", "great"], Class::Yes("confirm/sounds-good")),
    (&["sounds", "fine"], Class::Yes("confirm/sounds-good")),
    (&["sounds", "perfect"], Class::Yes("confirm/sounds-good")),
    (&["that", "works"], Class::Yes("confirm/that-works")),
    (&["works", "for", "me"], Class::Yes("confirm/that-works")),
    (&["that", "would", "work"], Class::Yes("confirm/that-works")),
    (&["go", "ahead"], Class::Yes("confirm/go-ahead")),
    (&["please", "do"], Class::Yes("confirm/go-ahead")),
    (&["book", "it"], Class::Yes("confirm/go-ahead")),
    (&["absolutely"], Class::Yes("confirm/absolutely")),
    (&["definitely"], Class::Yes("confirm/absolutely")),
    (&["exactly"], Class::Yes("confirm/absolutely")),
    (&["certainly"], Class::Yes("confirm/absolutely")),
    (&["affirmative"], Class::Yes("confirm/absolutely")),
    (&["of", "course"], Class::Yes("confirm/absolutely")),
    (&["you", "got", "it"], Class::Yes("confirm/absolutely")),
    (&["thats", "it"], Class::Yes("confirm/thats-right")),
    (&["all", "good"], Class::Yes("confirm/sounds-good")),
    (&["thats", "perfect"], Class::Yes("confirm/sounds-good")),
    (&["thats", "great"], Class::Yes("confirm/sounds-good")),
    (&["thats", "fine"], Class::Yes("confirm/sounds-good")),
    (&["thats", "good"], Class::Yes("confirm/sounds-good")),
    (&["go", "for", "it"], Class::Yes("confirm/go-ahead")),
    (&["do", "it"], Class::Yes("confirm/go-ahead")),
    (&["you", "bet"], Class::Yes("confirm/absolutely")),
    (&["confirmed"], Class::Yes("confirm/correct")),
    (&["all", "right"], Class::WeakYes("confirm/okay")),
    (&["okay"], Class::WeakYes("confirm/okay")),
    (&["ok"], Class::WeakYes("confirm/okay")),
    (&["alright"], Class::WeakYes("confirm/okay")),
    (&["right"], Class::WeakYes("confirm/okay")),
    (&["good"], Class::WeakYes("confirm/okay")),
    (&["great"], Class::WeakYes("confirm/okay")),
    (&["fine"], Class::WeakYes("confirm/okay")),
    (&["perfect"], Class::WeakYes("confirm/okay")),
    (&["excellent"], Class::WeakYes("confirm/okay")),
];

/// The phrase starting at word `i`, as (number of words, class).
fn phrase_at<W, K: for<'k> PartialEq<&'k str>>(
    phrases: &[(&[&str], Class)],
    words: &[W],
    word: impl Fn(&W) -> (K, Span),
    i: usize,
) -> Option<(usize, Class)> {
    let first = word(words.get(i)?).0;
    phrases.iter().find_map(|(phrase, class)| {
        if first != phrase[0] {
            return None;
        }
        let tail = words.get(i..i + phrase.len())?;
        tail.iter()
            .zip(phrase.iter())
            .all(|(w, p)| word(w).0 == *p)
            .then_some((phrase.len(), *class))
    })
}
