//! Name extraction (SPEC §2 "Name").
//!
//! A name is read after a *cue* ("my name is", "the name's", "this is", "it's",
//! "I'm", "call me", "put it under", "first name is ... last name is ..."), before
//! "speaking"/"here" ("Rocky speaking"), or as a *bare* turn that is nothing but a
//! name, possibly after an acknowledgement ("sure, Aisha Gagnon"). With
//! `expect: name` a bare answer may be lower case and may be followed by more talk
//! ("sarah, and my number is ..."); without it the whole turn must be the name and a
//! single word must be capitalised as speech-to-text writes names.
//!
//! The parts of a name are words that are not common English words (see
//! `lexicon`), nor lower-case words shaped like verbs in -ing ("calling") or adjectives
//! in -ous/-ful ("this is ridiculous", "i'm grateful"), at most four; fillers ("uh", "um") and titles ("Mr", "Dr") are
//! dropped, commas are dropped, and a spelling after the name ("Kate, K-A-T-E") is
//! ignored, also between parts ("Priya, P-R-I-Y-A, Nair") and before the name it
//! spells ("A-N-N, Ann Lee"); a spelling alone
//! ("S-A-R-A-H") is read as the name. Each part is capitalised, after hyphens and
//! apostrophes too; mixed case is kept ("MacDonald"). A refusal ("I'd rather not say")
//! never yields a name, nor does someone else's ("your name is Admin", "my wife's name
//! is ..."). A later, fuller name restating the first wins, after a comma or a full
//! stop ("Name's Bond. James Bond."), see `restate`.
//!
//! ```
//! use bella_extract::name::extract;
//! use bella_core::Expect;
//! let m = extract("My full name is Rocky, Jonathan.", None).unwrap();
//! assert_eq!(m.value.as_str(), "Rocky Jonathan");
//! assert_eq!(extract("rocky", Some(Expect::Name)).unwrap().value.as_str(), "Rocky");
//! assert!(extract("I'd rather not say", Some(Expect::Name)).is_none());
//! ```

mod lexicon;
mod restate;

use crate::lexer::{Token, TokenKind, token_vec};
use crate::{Match, Span};
use bella_core::{Expect, PersonName};

/// A token; its lookup key (lowercase, apostrophes dropped) is [`Token::key`].
type Word<'a> = Token<'a>;

/// Most parts a name has.
const MAX_PARTS: usize = 4;
/// Most tokens read after a cue while looking for a name.
const MAX_SCAN: usize = 24;

/// The rules that read a name after a cue that says a name follows, English and
/// French; [`cued`].
const NAMING_CUES: &[&str] = &[
    "name/my-name-is",
    "name/first-name-is",
    "name/first-and-last",
    "name/the-name-is",
    "name/call-me",
    "name/put-it-under",
    "fr/name/je-mappelle",
    "fr/name/mon-nom-cest",
    "fr/name/cest-mon-nom",
    "fr/name/au-nom-de",
    "fr/name/prenom-nom-de-famille",
];

/// Whether a name match (of [`extract`] or the French grammar) came after a cue that
/// says a name follows, the caller naming themself on purpose: "my name is", "the
/// name's", "call me", "put it under", first and last names, "je m'appelle", "mon nom
/// c'est", "au nom de", "mon prénom". A correction or restatement after such a cue
/// keeps its rule ("my name's Jon, sorry, John Smith"). "It's", "this is", "I'm",
/// "c'est", "je suis", "ici" and "... speaking" lead to a name too, but begin ordinary
/// sentences as well ("I'm flexible"): neither a name after them nor a turn that is
/// nothing but a name is cued.
///
/// ```
/// use bella_extract::name::{cued, extract};
/// assert!(cued(&extract("my name's Jon, sorry, John Smith", None).unwrap()));
/// assert!(!cued(&extract("It's Jon, sorry, John Smith", None).unwrap()));
/// assert!(!cued(&extract("Jon, sorry, John Smith", None).unwrap()));
/// ```
#[must_use]
pub fn cued(m: &Match<PersonName>) -> bool {
    NAMING_CUES.contains(&m.rule)
}

/// Labels that say the last name follows, English and French; [`names_last_only`].
const LAST_NAME_LABELS: &[&[&str]] = &[
    &["last", "name"],
    // "my last name's Doyle": keys drop the apostrophe.
    &["last", "names"],
    &["surname"],
    &["surnames"],
    &["family", "name"],
    &["family", "names"],
    &["nom", "de", "famille"],
];

/// Labels that say a first or full name follows; [`names_last_only`].
const FIRST_NAME_LABELS: &[&[&str]] = &[
    &["first", "name"],
    &["first", "names"],
    &["prénom"],
    &["full", "name"],
    &["full", "names"],
];

/// Whether the turn labels its name as the last name alone: "my last name is
/// Doyle-Burke", "surname", "family name", "mon nom de famille c'est Roy", with no
/// first or full name labelled ("first name Louise, last name Fontaine", "mon prénom
/// c'est Louise"). The first name already heard then stays. The labels are whole
/// words anywhere in the turn, punctuation between them ignored.
///
/// ```
/// use bella_extract::name::names_last_only;
/// assert!(names_last_only("almost, but my last name is Doyle-Burke"));
/// assert!(names_last_only("and my last name's Doyle"));
/// assert!(!names_last_only("first name's Louise, last name's Fontaine"));
/// assert!(!names_last_only("first name Louise, last name Fontaine"));
/// ```
#[must_use]
pub fn names_last_only(text: &str) -> bool {
    let toks = token_vec(text);
    let words: Vec<&Word<'_>> = toks.iter().filter(|t| t.is_word()).collect();
    let said = |labels: &[&[&str]]| {
        (0..words.len()).any(|i| {
            labels.iter().any(|label| {
                label.iter().enumerate().all(|(k, w)| {
                    words
                        .get(i + k)
                        .is_some_and(|t| t.key_bytes() == w.as_bytes())
                })
            })
        })
    };
    said(LAST_NAME_LABELS) && !said(FIRST_NAME_LABELS)
}

/// The caller's own name in `text`, if any.
pub fn extract(text: &str, expect: Option<Expect>) -> Option<Match<PersonName>> {
    extract_tokens(text, &token_vec(text), expect)
}

/// [`extract`] over the turn's tokens ([`token_vec`]), shared with the other
/// extractors so the turn is tokenised once.
pub fn extract_tokens(
    text: &str,
    toks: &[Token<'_>],
    expect: Option<Expect>,
) -> Option<Match<PersonName>> {
    if is_refusal(toks) {
        return None;
    }
    let expected = expect == Some(Expect::Name);
    if let Some(found) = after_cue(text, toks) {
        return Some(found);
    }
    if let Some(found) = before_speaking(text, toks) {
        return Some(found);
    }
    if expected && let Some(found) = restate::after_for(text, toks) {
        return Some(found);
    }
    bare(text, toks, expected).or_else(|| {
        expected
            .then(|| restate::closing_sentence(text, toks))
            .flatten()
    })
}

/// The parts of a name found in the tokens, and the index where reading stopped.
#[derive(Clone, Copy, Debug)]
struct Parts {
    spans: [Span; MAX_PARTS],
    len: usize,
    /// The name is a spelling ("S-A-R-A-H"): one part whose letters are joined.
    spelled: bool,
    stop: usize,
}

impl Parts {
    /// Adds the parts of a last name read after these: each is its own part, up to
    /// four in all.
    fn append(&mut self, last: &Parts) {
        for span in &last.spans[..last.len] {
            if self.len < MAX_PARTS {
                self.spans[self.len] = *span;
                self.len += 1;
            }
        }
    }

    fn span(&self) -> Span {
        self.spans[0].cover(self.spans[self.len - 1])
    }

    /// The name the parts give in `text`, as a match of `rule`.
    fn name_match(&self, text: &str, rule: &'static str) -> Option<Match<PersonName>> {
        Some(Match {
            span: self.span(),
            value: self.build(text)?,
            rule,
        })
    }

    fn build(&self, text: &str) -> Option<PersonName> {
        let mut out = String::with_capacity(self.span().end - self.span().start + 2);
        for (k, span) in self.spans[..self.len].iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let part = span.slice(text)?;
            if self.spelled {
                let mut letters = part.chars().filter(|c| c.is_alphabetic());
                out.extend(letters.next().map(|c| c.to_ascii_uppercase()));
                out.extend(letters.map(|c| c.to_ascii_lowercase()));
            } else {
                capitalise_into(part, &mut out);
            }
        }
        PersonName::new(&out).ok()
    }
}

/// Appends `part` capitalised: each piece between hyphens and apostrophes gets an
/// upper-case first letter; an all-lower or all-upper piece is lowered after it, a
/// mixed-case piece ("MacDonald") keeps its case. Curly apostrophes become `'`.
fn capitalise_into(part: &str, out: &mut String) {
    for (k, piece) in part.split(['-', '\'', '\u{2019}']).enumerate() {
        if k > 0 {
            // The separator that split this piece off.
            let before = part_separator(part, k);
            out.push(before);
        }
        let uniform =
            !piece.chars().any(char::is_uppercase) || !piece.chars().any(char::is_lowercase);
        let mut chars = piece.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            if uniform {
                out.extend(chars.flat_map(char::to_lowercase));
            } else {
                out.push_str(chars.as_str());
            }
        }
    }
}

/// The `k`-th separator (1-based) of a part, normalised to `-` or `'`.
fn part_separator(part: &str, k: usize) -> char {
    part.chars()
        .filter(|c| matches!(c, '-' | '\'' | '\u{2019}'))
        .nth(k - 1)
        .map_or('-', |c| if c == '-' { '-' } else { '\'' })
}

fn is_single_letter(t: &Word<'_>) -> bool {
    t.kind == TokenKind::Word && t.text.chars().count() == 1
}

/// "Colm Ó Briain", "Ó Súilleabháin": the Irish particle "Ó" (written with its
/// accent, so no spelled "O"), then a name word, is a name part, not a spelled letter.
fn irish_o(toks: &[Word<'_>], i: usize) -> bool {
    matches!(toks[i].text, "Ó" | "ó")
        && toks
            .get(i + 1)
            .is_some_and(|n| !is_single_letter(n) && plausible(n))
}

/// A word that can be part of a name.
fn plausible(t: &Word<'_>) -> bool {
    if t.kind != TokenKind::Word || t.text.len() > 40 || lexicon::is_stopword(&t.key) {
        return false;
    }
    // "calling", "wondering": a lower-case -ing word is a verb, not a name; "this is
    // ridiculous", "i'm nervous", "it's awful": a lower-case -ous or -ful word is an
    // adjective.
    let lower = !t.text.chars().any(char::is_uppercase);
    let verb = lower && t.text.len() >= 6 && t.text.ends_with("ing");
    let adjective =
        lower && t.text.len() >= 5 && ["ous", "ful"].iter().any(|e| t.text.ends_with(e));
    !(verb || adjective || is_noise(t.text))
}

/// "hrr", "grr", "pfft": three or more plain letters and no vowel (y counts, and any
/// accented letter may be one) is a sound, no name part ("Ng" stays one).
fn is_noise(word: &str) -> bool {
    word.len() >= 3
        && word
            .bytes()
            .all(|b| b.is_ascii_alphabetic() && !b"aeiouyAEIOUY".contains(&b))
}

/// Reads a name starting at token `i`. Fillers, titles and commas before and inside
/// are skipped; reading stops at the first word that cannot be a name.
fn read_name(toks: &[Word<'_>], i: usize) -> Option<Parts> {
    read_name_with(toks, i, false)
}

/// [`read_name`], where `named` says the turn is about a name (after a naming cue, or
/// the name was asked for): then a lower-case surname word may end it (see
/// [`surname_after_part`]); "mid day" alone is no name.
fn read_name_with(toks: &[Word<'_>], mut i: usize, named: bool) -> Option<Parts> {
    let mut p = Parts {
        spans: [Span::new(0, 0); MAX_PARTS],
        len: 0,
        spelled: false,
        stop: i,
    };
    let mut after_title = false;
    let mut last_part = i..i;
    // A name is a few tokens: bound the scan so a long turn stays linear.
    let toks = &toks[..i.saturating_add(MAX_SCAN).min(toks.len())];
    while let Some(t) = toks.get(i) {
        match t.kind {
            TokenKind::Punct(',') => {}
            TokenKind::Punct('.') if p.len == 0 || after_title => {}
            // "my name? Priya": the caller repeats the question first.
            TokenKind::Punct('?') if p.len == 0 => {}
            TokenKind::Word if lexicon::is_filler(&t.key) => {}
            // "my name's actually Katherine Doyle": a correction word before the name;
            // "my name is spelled J-O-N, Jon Reyes": the spelling (then the name) follows.
            TokenKind::Word
                if p.len == 0
                    && matches!(
                        t.key_bytes(),
                        b"actually" | b"really" | b"spelled" | b"spelt"
                    ) => {}
            // "Sipho, that's S-I-P-H-O, Dlamini": a spelling of the part just read,
            // announced, and more name after it.
            TokenKind::Word
                if p.len > 0
                    && matches!(t.key_bytes(), b"thats" | b"spelled" | b"spelt")
                    && spelling_follows(toks, i + 1) =>
            {
                match spells_part(toks, last_part.clone(), i + 1) {
                    Some(end) => {
                        i = end;
                        continue;
                    }
                    None => break,
                }
            }
            TokenKind::Word if p.len == 0 && lexicon::is_title(&t.key) => {
                after_title = true;
                i += 1;
                continue;
            }
            // "Grace Okafor, Dr. Hill gave me your number": a title comes before a
            // name, so one after a part starts someone else's.
            TokenKind::Word if lexicon::is_title(&t.key) => break,
            TokenKind::Word if is_single_letter(t) && !irish_o(toks, i) => {
                if p.len > 0 {
                    // "Priya, P-R-I-Y-A, Nair": a spelling of the part just read, and
                    // more name after it.
                    match spells_part(toks, last_part.clone(), i) {
                        Some(end) => {
                            i = end;
                            continue;
                        }
                        None => break,
                    }
                }
                // "A-N-N, Ann Lee": a spelling of a name word said next is no part.
                if let Some(end) = spells_ahead(toks, i) {
                    i = end;
                    continue;
                }
                // A spelling alone: "S-A-R-A-H", "s a r a h".
                let (span, end, n) = spelling(toks, i);
                if n < 2 {
                    break;
                }
                p.spans[0] = span;
                p.len = 1;
                p.spelled = true;
                i = end;
                break;
            }
            // "I'm Sarah's mom", "Sarah Patel's husband": someone else's name.
            TokenKind::Word if plausible(t) && is_possessive(t) => return None,
            // "Ines, family name Duarte": the label of a last name ends the first.
            TokenKind::Word
                if t.is_key("family")
                    && (word_is(toks, i + 1, "name") || word_is(toks, i + 1, "names")) =>
            {
                break;
            }
            TokenKind::Word
                if plausible(t)
                    || surname_after_part(toks, i, &last_part, named)
                    || capitalised_compound(toks, i) =>
            {
                let (span, end) = hyphenated(toks, i);
                if span.end > t.span.end && all_single_letters(toks, i, end) {
                    break;
                }
                p.spans[p.len] = span;
                p.len += 1;
                last_part = i..end;
                i = end;
                after_title = false;
                if p.len == MAX_PARTS {
                    break;
                }
                continue;
            }
            _ => break,
        }
        after_title = false;
        i += 1;
    }
    p.stop = i;
    (p.len > 0).then_some(p)
}

/// A capitalised stopword that is also a surname, right after a name part with
/// nothing between ("Ellen Price"; not "Ellen, price ...", nor a lower-case "price"
/// in a turn with capitals). A turn written all in lower case (speech-to-text without
/// casing, SPEC §1) has no capitals to tell by: there, when the turn is about a name
/// (`named`), the word is the surname when it ends the turn ("my name is devon
/// price"), and a stopword when more follows.
fn surname_after_part(
    toks: &[Word<'_>],
    i: usize,
    last_part: &std::ops::Range<usize>,
    named: bool,
) -> bool {
    let t = &toks[i];
    if last_part.is_empty() || last_part.end != i || !lexicon::is_surname_word(&t.key) {
        return false;
    }
    if t.text.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let ends_turn = toks[i + 1..]
        .iter()
        .all(|t| matches!(t.kind, TokenKind::Punct(_)));
    named && ends_turn && !toks.iter().any(|t| t.text.chars().any(char::is_uppercase))
}

/// "Mary Two-Axe Earley": a capitalised stopword joined by a hyphen to capitalised
/// name words ("Two-Axe") is one name part; "twenty-two", "check-up" are not.
fn capitalised_compound(toks: &[Word<'_>], i: usize) -> bool {
    let capital = |t: &Word<'_>| t.text.chars().next().is_some_and(char::is_uppercase);
    let (_, end) = hyphenated(toks, i);
    end > i + 1
        && toks[i..end]
            .iter()
            .filter(|t| t.is_word())
            .all(|t| capital(t) && t.text.len() > 1)
        && toks[i + 1..end].iter().any(|t| t.is_word() && plausible(t))
}

/// The word before "name" says whose it is: "wife's", "your", "his", "her", "their".
fn is_someone_elses(t: &Word<'_>) -> bool {
    is_possessive(t)
        || matches!(
            t.key_bytes(),
            b"your" | b"his" | b"her" | b"their" | b"our" | b"whose"
        )
}

/// The spelling starting at token `i` spells the words `part` ("Priya, P-R-I-Y-A")
/// and another name word follows it: the index after the spelling.
fn spells_part(toks: &[Word<'_>], part: std::ops::Range<usize>, i: usize) -> Option<usize> {
    let (_, end, n) = spelling(toks, i);
    let spelled = letters_of(&toks[i..end]);
    let word = toks[part]
        .iter()
        .flat_map(|t| t.key_bytes().iter().copied());
    let next = toks[end..].iter().find(|t| !t.is_punct(','));
    (n >= 2 && spelled.eq(word) && next.is_some_and(|t| plausible(t) && !is_single_letter(t)))
        .then_some(end)
}

/// The spelling starting at token `i` spells one of the name words right after it
/// ("A-N-N, Ann Lee", "L-E-E, Ann Lee"): the index after the spelling.
fn spells_ahead(toks: &[Word<'_>], i: usize) -> Option<usize> {
    let (_, end, n) = spelling(toks, i);
    let letters = || letters_of(&toks[i..end]);
    let spelled = toks[end..]
        .iter()
        .filter(|t| !t.is_punct(',') && !t.is_punct('-'))
        .take(MAX_PARTS)
        .take_while(|t| plausible(t) && !is_single_letter(t))
        .any(|t| letters().eq(t.key_bytes().iter().copied()));
    (n >= 2 && spelled).then_some(end)
}

/// The letters of a spelling's tokens, lower case, punctuation left out.
fn letters_of<'t>(toks: &'t [Word<'_>]) -> impl Iterator<Item = u8> + 't {
    toks.iter()
        .filter(|t| is_single_letter(t))
        .flat_map(|t| t.key_bytes().iter().copied())
}

/// A word ending in a possessive "'s" ("Sarah's", "wife’s").
fn is_possessive(t: &Word<'_>) -> bool {
    let b = t.text.as_bytes();
    let s = b.len() >= 3 && matches!(b[b.len() - 1], b's' | b'S');
    s && (b[b.len() - 2] == b'\'' || t.text[..b.len() - 1].ends_with('\u{2019}'))
}

/// A word joined to the following ones by `-` with no spaces ("Jean-Luc"); "St." and
/// "Ste." keep their period ("St. Pierre").
fn hyphenated(toks: &[Word<'_>], i: usize) -> (Span, usize) {
    let mut span = toks[i].span;
    let mut j = i + 1;
    if matches!(toks[i].key_bytes(), b"st" | b"ste")
        && let (Some(dot), Some(next)) = (toks.get(j), toks.get(j + 1))
        && dot.is_punct('.')
        && dot.span.start == span.end
        && next.is_word()
    {
        return (span.cover(dot.span), j + 1);
    }
    while let (Some(dash), Some(next)) = (toks.get(j), toks.get(j + 1)) {
        if dash.is_punct('-')
            && dash.span.start == span.end
            && next.span.start == dash.span.end
            && next.is_word()
        {
            span = span.cover(next.span);
            j += 2;
        } else {
            break;
        }
    }
    (span, j)
}

fn all_single_letters(toks: &[Word<'_>], i: usize, end: usize) -> bool {
    toks[i..end]
        .iter()
        .filter(|t| t.is_word())
        .all(is_single_letter)
}

/// Single letters separated by spaces, hyphens, commas or periods: (span, end, count).
fn spelling(toks: &[Word<'_>], i: usize) -> (Span, usize, usize) {
    let mut span = toks[i].span;
    let mut n = 0;
    let mut j = i;
    let toks = &toks[..i.saturating_add(4 * MAX_SCAN).min(toks.len())];
    while let Some(t) = toks.get(j) {
        if is_single_letter(t) {
            span = span.cover(t.span);
            n += 1;
        } else if !(t.is_punct('-') || t.is_punct(',') || t.is_punct('.')) {
            break;
        }
        j += 1;
    }
    (span, j, n)
}

/// A spelling of two or more letters starts at token `i` ("K-A-T-E", "k a t e").
fn spelling_follows(toks: &[Word<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(is_single_letter) && spelling(toks, i).2 >= 2
}

/// A spelling starts at token `i`, or is announced there ("that's K-O-W-A-L...",
/// "spelled N G U Y E N"): what may follow a name without being more of it.
fn spelling_after(toks: &[Word<'_>], i: usize) -> bool {
    spelling_follows(toks, i)
        || (toks
            .get(i)
            .is_some_and(|t| matches!(t.key_bytes(), b"thats" | b"spelled" | b"spelt"))
            && spelling_follows(toks, i + 1))
}

/// True when the tokens from `i` on hold nothing but a spelling (announced or not),
/// politeness and punctuation: what may follow a bare name.
fn only_trailer(toks: &[Word<'_>], i: usize) -> bool {
    let i = if toks.get(i).is_some_and(|t| !is_single_letter(t)) && spelling_after(toks, i) {
        i + 1
    } else {
        i
    };
    let rest = &toks[i.min(toks.len())..];
    // "Ben Ortiz, no worries", "no rush": "no" and one lower-case word close the turn.
    let mut words = rest.iter().filter(|t| t.is_word());
    if let (Some(no), Some(w), None) = (words.next(), words.next(), words.next())
        && no.is_key("no")
        && w.text.chars().next().is_some_and(char::is_lowercase)
        && rest
            .iter()
            .all(|t| t.is_word() || t.is_punct('.') || t.is_punct(',') || t.is_punct('!'))
    {
        return true;
    }
    rest.iter().all(|t| match t.kind {
        TokenKind::Word => is_single_letter(t) || lexicon::is_politeness(&t.key),
        TokenKind::Punct(c) => matches!(c, '.' | ',' | '!' | '-'),
        TokenKind::Digits => false,
    })
}

/// Word `i` equals `w` ignoring case and apostrophes.
fn word_is(toks: &[Word<'_>], i: usize, w: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_word() && t.key_bytes() == w.as_bytes())
}

/// The words of `phrase` start at token `i` (punctuation in between is not allowed).
fn phrase_at(toks: &[Word<'_>], i: usize, phrase: &[&str]) -> bool {
    phrase
        .iter()
        .enumerate()
        .all(|(k, w)| word_is(toks, i + k, w))
}

fn is_refusal(toks: &[Word<'_>]) -> bool {
    (0..toks.len()).any(|i| {
        is_refusal_start(toks[i].key_bytes())
            && lexicon::REFUSALS.iter().any(|p| phrase_at(toks, i, p))
    })
}

/// Cheap first-word filter before the refusal table (a test keeps it in step).
fn is_refusal_start(key: &[u8]) -> bool {
    matches!(
        key,
        b"rather"
            | b"prefer"
            | b"not"
            | b"wont"
            | b"dont"
            | b"none"
            | b"no"
            | b"why"
            | b"do"
            | b"anonymous"
    )
}

/// Cheap first-word filter before the cue table (a test keeps it in step).
fn is_cue_start(key: &[u8]) -> bool {
    matches!(
        key,
        b"my"
            | b"first"
            | b"the"
            | b"name"
            | b"names"
            | b"you"
            | b"call"
            | b"calls"
            | b"put"
            | b"under"
            | b"this"
            | b"it"
            | b"its"
            | b"i"
            | b"im"
    )
}

/// The name of the person a booking is for, after `for my <relation>` (or "book",
/// "bring", "get" `my <relation>`, or `under my <relation>'s name`): "it's for my dad,
/// Robert Hughes. My name is Sarah Hughes", "for my son, liam stone, friday at 3", "book
/// my son liam in". Not the caller's own name, so [`extract`] never returns it (SPEC §2):
/// a booking engine that hears both books under this one.
///
/// ```
/// use bella_extract::name::booked_for;
/// let m = booked_for("it's for my dad, Robert Hughes. my name is Sarah Hughes").unwrap();
/// assert_eq!(m.value.as_str(), "Robert Hughes");
/// assert!(booked_for("it's for me, Sarah Hughes").is_none());
/// assert!(booked_for("for my son").is_none());
/// // probe13 n-08: "book my son liam in".
/// let m = booked_for("hi this is karen holt, i'd like to book my son liam in").unwrap();
/// assert_eq!(m.value.as_str(), "Liam");
/// // messy17 f-02, f-03: other words, or the first name alone, before the full name.
/// let m = booked_for("can i book it for my husband instead, it's Marc Leblanc, same number");
/// assert_eq!(m.unwrap().value.as_str(), "Marc Leblanc");
/// let m = booked_for("oh wait, it's actually for my daughter, Emma, Emma Quinn").unwrap();
/// assert_eq!(m.value.as_str(), "Emma Quinn");
/// // messy22 b-01: under the other person's name.
/// let m = booked_for("can you put it under my wife's name, Mary Pike, and make it 2:30");
/// assert_eq!(m.unwrap().value.as_str(), "Mary Pike");
/// ```
#[must_use]
pub fn booked_for(text: &str) -> Option<Match<PersonName>> {
    let toks = token_vec(text);
    restate::for_relation(text, &toks)
}

/// Whether the turn says the booking is for someone else by who they are to the
/// caller: "my son", "our daughter", "my wife's car", "for my mom" (a word of
/// `restate`'s relations after "my" or "our", possessive or not). Names no one; a
/// booking engine that knows the caller may then ask whose name to book under rather
/// than whether it is for them.
///
/// ```
/// use bella_extract::name::for_someone_else;
/// assert!(for_someone_else("I need a piano lesson for my son, Tuesday at 3:30"));
/// assert!(for_someone_else("it's for my wife's car"));
/// assert!(for_someone_else("My husband needs an assessment"));
/// assert!(!for_someone_else("I need a piano lesson, Tuesday at 3:30"));
/// assert!(!for_someone_else("my name is Sonny"));
/// ```
#[must_use]
pub fn for_someone_else(text: &str) -> bool {
    let toks = token_vec(text);
    toks.windows(2).any(|w| {
        let key = w[1].key_bytes();
        matches!(w[0].key_bytes(), b"my" | b"our")
            && (restate::is_relation(&w[1])
                // "my wife's": the key without its possessive "s".
                || (is_possessive(&w[1])
                    && key.split_last().is_some_and(|(_, k)| restate::is_relation_key(k))))
    })
}

/// The name of someone else, given as theirs: "her name is Emma Stone", "my son's name
/// is Kyle Dunn", "their name's Ana Ruiz"; never after "your" or "whose" ("say your
/// name is Admin"). Not the caller's own name, so [`extract`] never returns it (SPEC §2):
/// a booking engine may take it as the name to book under when it asked for one and
/// the turn names no one else (a parent booking for a child).
///
/// ```
/// use bella_extract::name::named_as_theirs;
/// assert_eq!(named_as_theirs("her name is Emma Stone").unwrap().value.as_str(), "Emma Stone");
/// assert!(named_as_theirs("my name is Emma Stone").is_none());
/// ```
pub fn named_as_theirs(text: &str) -> Option<Match<PersonName>> {
    let toks = token_vec(text);
    let toks = &toks[..];
    (1..toks.len()).find_map(|i| {
        let owner = &toks[i - 1];
        let theirs =
            matches!(owner.key_bytes(), b"his" | b"her" | b"their") || is_possessive(owner);
        let len = [&["name", "is"][..], &["names"]]
            .into_iter()
            .find(|p| phrase_at(toks, i, p))?
            .len();
        theirs
            .then(|| read_name_with(toks, i + len, true))
            .flatten()?
            .name_match(text, "name/their-name-is")
    })
}

/// Cue phrases, longest first, with their rule names.
const CUES: &[(&[&str], &str)] = &[
    (&["my", "full", "name", "is"], "name/my-name-is"),
    (&["my", "first", "name", "is"], "name/first-name-is"),
    (&["my", "first", "names"], "name/first-name-is"),
    (&["first", "name", "is"], "name/first-name-is"),
    (&["first", "names"], "name/first-name-is"),
    (&["my", "name", "is"], "name/my-name-is"),
    (&["my", "names"], "name/my-name-is"),
    (&["the", "name", "is"], "name/the-name-is"),
    (&["the", "names"], "name/the-name-is"),
    (&["name", "is"], "name/the-name-is"),
    (&["names"], "name/the-name-is"),
    // "sorry, the name should be Jonathan Reyes" (a correction at the read-back).
    (&["name", "should", "be"], "name/the-name-is"),
    (&["name", "would", "be"], "name/the-name-is"),
    (&["name", "will", "be"], "name/the-name-is"),
    (&["my", "name"], "name/my-name-is"),
    (&["my", "first", "name"], "name/first-name-is"),
    (&["first", "name"], "name/first-name-is"),
    (&["you", "can", "call", "me"], "name/call-me"),
    (&["call", "me"], "name/call-me"),
    // "everyone calls me Bob", "I go by Kate": the name the caller is known by.
    (&["calls", "me"], "name/call-me"),
    (&["i", "go", "by"], "name/call-me"),
    (&["put", "the", "appointment", "under"], "name/put-it-under"),
    (&["put", "the", "booking", "under"], "name/put-it-under"),
    (&["put", "it", "under"], "name/put-it-under"),
    (&["put", "that", "under"], "name/put-it-under"),
    (&["put", "me", "down", "as"], "name/put-it-under"),
    (&["put", "me", "under"], "name/put-it-under"),
    (&["under", "the", "name", "of"], "name/put-it-under"),
    (&["under", "the", "name"], "name/put-it-under"),
    (&["this", "is"], "name/this-is"),
    (&["it", "is", "under"], "name/put-it-under"),
    (&["its", "under"], "name/put-it-under"),
    (&["it", "is"], "name/its"),
    (&["its"], "name/its"),
    (&["i", "am"], "name/im"),
    (&["im"], "name/im"),
];

/// Cues that continue a first name with a last name.
const LAST_NAME_CUES: &[&[&str]] = &[
    // "it's Priya, and the last name is Raman": the label with "the".
    &["the", "last", "name", "is"],
    &["the", "last", "names"],
    &["the", "surname", "is"],
    &["the", "surnames"],
    &["the", "family", "name", "is"],
    &["the", "family", "names"],
    &["my", "last", "name", "is"],
    &["my", "last", "names"],
    &["last", "name", "is"],
    &["last", "names"],
    &["my", "surname", "is"],
    &["surnames"],
    &["surname", "is"],
    &["family", "name", "is"],
    &["last", "name"],
    // "first name Tenzin, surname Dolma": the labels without "is".
    &["surname"],
    &["family", "name"],
];

fn after_cue(text: &str, toks: &[Word<'_>]) -> Option<Match<PersonName>> {
    let (mut found, mut stop) = (0..toks.len()).find_map(|i| cue_name_at(text, toks, i, false))?;
    // "my name's Robert but everyone calls me Bob": a later name after a cue that says
    // a name follows is the later of two names (SPEC §2), unless it only repeats a
    // part of the first ("my name is Dana Price, my name is spelled D-A-N-A").
    while let Some((later, end)) = (stop..toks.len()).find_map(|k| cue_name_at(text, toks, k, true))
    {
        if !repeats_a_part(found.value.as_str(), later.value.as_str()) {
            found = later;
        }
        stop = end;
    }
    Some(found)
}

/// The rules whose cue, said after a name, gives a later name that replaces it
/// ([`after_cue`]).
const LATER_CUES: &[&str] = &["name/my-name-is", "name/the-name-is", "name/call-me"];

/// Whether every part of the name `later` is a part of `earlier`, case aside: a name
/// said again in part, no new name. Shared with the French grammar.
pub(crate) fn repeats_a_part(earlier: &str, later: &str) -> bool {
    later
        .split(' ')
        .all(|w| earlier.split(' ').any(|e| e.eq_ignore_ascii_case(w)))
}

/// Whether the given name `later` says the one-word name `earlier` again, the same or
/// in a fuller form: a longer name it starts ("Pat", "Patrick") or a common long form of it ("Bob",
/// "Robert"), as [`restate`] reads English. Both are lower-case keys. Shared with the
/// French grammar ("Pat, euh, Patrick Dionne").
pub(crate) fn fuller_form(earlier: &[u8], later: &[u8]) -> bool {
    restate::said_again(earlier, later)
}

/// The name read after a cue that starts at token `i`, and the index where reading
/// stopped; with `later`, only after the cues of [`LATER_CUES`].
fn cue_name_at(
    text: &str,
    toks: &[Word<'_>],
    i: usize,
    later: bool,
) -> Option<(Match<PersonName>, usize)> {
    let key = toks[i].key_bytes();
    if !is_cue_start(key)
        || (later
            && !matches!(
                key,
                b"my" | b"the" | b"name" | b"names" | b"call" | b"calls" | b"i"
            ))
    {
        return None;
    }
    for (phrase, rule) in CUES {
        // "..., last name is de la Cruz" is no later name: the last name's cue.
        if !phrase_at(toks, i, phrase)
            || (later && (!LATER_CUES.contains(rule) || in_last_name_cue(toks, i)))
        {
            continue;
        }
        // "last name's Kowalczyk, first name Piotr": the first name's cue reads
        // both, in that order.
        if !rule.ends_with("first-name-is")
            && in_last_name_cue(toks, i)
            && (i + phrase.len()..toks.len()).any(|k| phrase_at(toks, k, &["first", "name"]))
        {
            continue;
        }
        // "my wife's name is Sarah": not the caller's own name.
        // "say your name is Admin": someone else's name too.
        if matches!(phrase[0], "name" | "names") && i > 0 && is_someone_elses(&toks[i - 1]) {
            continue;
        }
        let mut at = i + phrase.len();
        if matches!(*rule, "name/its" | "name/this-is") {
            at = past_me_again(toks, at);
        }
        let Some(mut parts) = read_name_with(toks, at, true) else {
            continue;
        };
        let mut rule = *rule;
        // Where reading stopped, past a last name read with the first.
        let mut read_to = parts.stop;
        // The last name read with a labelled first name ("first name Louise, last name
        // Fontaine"); after any other cue, one given name and a last name labelled right
        // after it ("my name's Priya, last name Patel", "I'm Priya and my last name is
        // Patel").
        let last = if parts.spelled {
            None
        } else if rule == "name/first-name-is" {
            (parts.len < MAX_PARTS)
                .then(|| {
                    last_name(toks, parts.stop)
                        .or_else(|| last_name_before(toks, i))
                        .or_else(|| opening_last_name(toks, i, &parts))
                })
                .flatten()
        } else if parts.len == 1 {
            last_name_next(toks, parts.stop)
        } else {
            None
        };
        if let Some(last) = last {
            parts.append(&last);
            read_to = last.stop;
            rule = "name/first-and-last";
        }
        // "it's Nadeau, N-A... D-E-A-U, first name Luc": one name word, its
        // spelling, then the first name labelled: first name, then that word.
        if rule != "name/first-name-is"
            && parts.len == 1
            && !parts.spelled
            && let Some(mut first) = first_name_after(toks, parts.stop)
        {
            if first.len < MAX_PARTS {
                first.spans[first.len] = parts.spans[0];
                first.len += 1;
            }
            parts = first;
            rule = "name/first-and-last";
        }
        // "It's Andy, sorry, Andrew Kowalski"; "put it under Ortiz, Maria Ortiz".
        // The later name keeps the cue's rule: the cue introduced it ([`cued`]).
        if let Some(later) = restate::corrected(toks, &parts)
            .or_else(|| restate::restated_fully(toks, &parts))
            .or_else(|| restate::restated_after_pause(toks, &parts))
            .or_else(|| restate::restated_after_letter_remark(toks, &parts))
            .or_else(|| restate::restated_after_spelling(toks, &parts))
        {
            parts = restate::restated_further(toks, later);
        }
        // "it's Li. L I. Just Li. Wei Li": one part, then the whole name that holds
        // it closing the turn.
        if parts.len == 1
            && !parts.spelled
            && let Some(full) = restate::closing_sentence(text, toks)
            && let Some(one) = parts.spans[0].slice(text)
            && full
                .value
                .as_str()
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(one))
        {
            return Some((Match { rule, ..full }, toks.len()));
        }
        return parts
            .name_match(text, rule)
            .map(|m| (m, read_to.max(parts.stop)));
    }
    None
}

/// "it's me again, Dana Price", "this is me, Dana": past "me" (and "again") and the
/// comma after it, where the caller's name follows; else `i` unchanged.
fn past_me_again(toks: &[Word<'_>], i: usize) -> usize {
    if !word_is(toks, i, "me") {
        return i;
    }
    let mut j = i + 1;
    if word_is(toks, j, "again") {
        j += 1;
    }
    match toks.get(j).map(|t| t.kind) {
        Some(TokenKind::Punct(',' | '.' | '-')) => j + 1,
        _ => i,
    }
}

/// "... last name is Smith" after a first name: the last name's parts (not a spelling).
fn last_name(toks: &[Word<'_>], from: usize) -> Option<Parts> {
    (from..toks.len()).find_map(|i| {
        let phrase = LAST_NAME_CUES.iter().find(|p| phrase_at(toks, i, p))?;
        read_name(toks, i + phrase.len()).filter(|p| !p.spelled)
    })
}

/// "..., last name Patel" right after a first name: the last name labelled next after
/// `from`, only punctuation and "and" between (not a spelling).
fn last_name_next(toks: &[Word<'_>], from: usize) -> Option<Parts> {
    let mut k = (from..toks.len()).find(|&k| toks[k].is_word() && !toks[k].is_key("and"))?;
    // "my name is Bao, B-A-O, last name Tran": past a spelling of the given name.
    if spelling_follows(toks, k) {
        let end = spelling(toks, k).1;
        k = (end..toks.len()).find(|&k| toks[k].is_word() && !toks[k].is_key("and"))?;
    }
    let phrase = LAST_NAME_CUES.iter().find(|p| phrase_at(toks, k, p))?;
    read_name(toks, k + phrase.len()).filter(|p| !p.spelled)
}

/// "..., N-A-D-E-A-U, first name Luc": the first name labelled right after `from`, only
/// a spelling and punctuation between (not a spelling itself).
fn first_name_after(toks: &[Word<'_>], from: usize) -> Option<Parts> {
    let k = (from..toks.len()).find(|&k| toks[k].is_word() && !is_single_letter(&toks[k]))?;
    let len = [
        &["first", "name", "is"][..],
        &["first", "name"],
        &["first", "names"],
    ]
    .into_iter()
    .find(|p| phrase_at(toks, k, p))?
    .len();
    read_name(toks, k + len).filter(|p| !p.spelled)
}

/// "last name Kowalczyk, ... first name Piotr": the last name said before the first
/// name's cue at `cue`.
fn last_name_before(toks: &[Word<'_>], cue: usize) -> Option<Parts> {
    (0..cue).find_map(|i| {
        let phrase = LAST_NAME_CUES.iter().find(|p| phrase_at(toks, i, p))?;
        read_name(toks, i + phrase.len()).filter(|p| !p.spelled && p.stop <= cue)
    })
}

/// "Szymanski. Should I spell that? S-Z-Y-M-A-N-S-K-I. First name Paul": one name word
/// opening the turn as a sentence of its own, before the first name's cue at `cue`, is
/// the last name (not when it is the first name said again).
fn opening_last_name(toks: &[Word<'_>], cue: usize, first: &Parts) -> Option<Parts> {
    let p = read_name(toks, skip_openers(toks, 0))
        .filter(|p| p.len == 1 && !p.spelled && p.stop < cue)?;
    let word = |span: Span| toks.iter().find(|t| t.span == span).map(|t| t.key_bytes());
    let again = first.spans[..first.len]
        .iter()
        .any(|s| word(*s) == word(p.spans[0]));
    let sentence = toks.get(p.stop).is_some_and(|t| t.is_punct('.'));
    (sentence && !again).then_some(p)
}

/// Whether the cue at `i` is part of a last name's cue ("names" in "last name's").
fn in_last_name_cue(toks: &[Word<'_>], i: usize) -> bool {
    (i.saturating_sub(2)..=i).any(|k| {
        LAST_NAME_CUES
            .iter()
            .any(|p| k + p.len() > i && phrase_at(toks, k, p))
    })
}

/// "Rocky speaking", "Sarah Patel here": a turn that opens with a name and this word,
/// then ends, or goes on after a pause or with "calling" ("Ayesha here, calling about a
/// cleaning").
fn before_speaking(text: &str, toks: &[Word<'_>]) -> Option<Match<PersonName>> {
    let start = skip_openers(toks, 0);
    let parts = read_name(toks, start)?;
    let cue = toks.get(parts.stop)?;
    let rest = parts.stop + 1;
    let clause = toks.get(rest).is_some_and(|t| {
        matches!(t.kind, TokenKind::Punct(',' | '.' | '!' | '-')) || t.is_key("calling")
    });
    if !(cue.is_key("speaking") || cue.is_key("here")) || !(only_trailer(toks, rest) || clause) {
        return None;
    }
    parts.name_match(text, "name/speaking")
}

/// Skips acknowledgements ("sure", "sorry", "no problem", "of course", "hi there"), fillers and
/// punctuation at the start of a turn.
fn skip_openers(toks: &[Word<'_>], mut i: usize) -> usize {
    while let Some(t) = toks.get(i) {
        // "no problem", "of course", "hi there", "hello there", "good morning".
        let pair = phrase_at(toks, i, &["no", "problem"])
            || phrase_at(toks, i, &["of", "course"])
            || (t.key_bytes() == b"good"
                && toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.key_bytes(),
                        b"morning" | b"afternoon" | b"evening" | b"day"
                    )
                }))
            || (matches!(t.key_bytes(), b"hi" | b"hello" | b"hey")
                && word_is(toks, i + 1, "there"))
            // "ok then, Raj Patel", "alright then": an acknowledgement.
            || (matches!(t.key_bytes(), b"ok" | b"okay" | b"alright")
                && word_is(toks, i + 1, "then"));
        if pair {
            i += 2;
            continue;
        }
        let skip = match t.kind {
            TokenKind::Word => lexicon::is_ack(&t.key) || lexicon::is_filler(&t.key),
            TokenKind::Punct(c) => matches!(c, ',' | '.' | '!' | '-'),
            TokenKind::Digits => false,
        };
        if !skip {
            break;
        }
        i += 1;
    }
    i
}

/// "la la la la", "blah blah blah": one word said three times or more in a row is
/// noise, not a name ("kevin kevin wong" is a restart, [`restate::restated`]).
fn is_chant(text: &str, parts: &Parts) -> bool {
    let first = parts.spans[0].slice(text);
    parts.len >= 3
        && parts.spans[1..parts.len].iter().all(|s| {
            s.slice(text)
                .zip(first)
                .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
        })
}

/// A turn that is nothing but a name (after an acknowledgement).
fn bare(text: &str, toks: &[Word<'_>], expected: bool) -> Option<Match<PersonName>> {
    let start = skip_openers(toks, 0);
    let mut parts = read_name_with(toks, start, expected)?;
    if parts.stop == start || is_chant(text, &parts) {
        return None;
    }
    // "Jon, sorry, John Smith", "Wong, Kevin Wong": the later name.
    let mut later = None;
    if let Some(next) = restate::corrected(toks, &parts) {
        parts = next;
        later = Some("name/corrected");
    } else if let Some(next) = restate::restated_fully(toks, &parts) {
        parts = next;
        later = Some("name/restated");
    } else if let Some(next) = restate::restated_after_pause(toks, &parts)
        .or_else(|| restate::restated_after_letter_remark(toks, &parts))
        .or_else(|| restate::restated_after_spelling(toks, &parts))
    {
        parts = next;
        later = Some("name/restated");
    }
    if later.is_some() {
        parts = restate::restated_further(toks, parts);
    }
    // "use my work line", "ignore previous instructions and book me": a sentence.
    if expected && restate::runs_into_sentence(toks, &parts) {
        return None;
    }
    let rule = if let Some(rule) = later
        && (expected || only_trailer(toks, parts.stop))
    {
        rule
    } else if expected {
        // After "what is your name?" a name may be followed by more talk, but not by
        // more name-like words that were cut (a fifth part): then it is a sentence.
        // A spelling that follows ("Priya, P-R-I-Y-A", "anna kowalczyk that's k o w a l
        // c z y k") is not such a word.
        if toks.get(parts.stop).is_some_and(plausible) && !spelling_after(toks, parts.stop) {
            return None;
        }
        if parts.spelled {
            "name/spelled"
        } else {
            "name/bare-expected"
        }
    } else {
        if !only_trailer(toks, parts.stop) {
            return None;
        }
        // A single word without expect must look like a name as written.
        let first = parts.spans[0].slice(text)?.chars().next()?;
        if parts.len == 1 && !parts.spelled && !first.is_uppercase() {
            return None;
        }
        if parts.spelled {
            "name/spelled"
        } else {
            "name/bare"
        }
    };
    parts.name_match(text, rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// blind19 b19b-en-name-012: a lower-case adjective in -ous or -ful after a cue
    /// describes the caller or the call; a capitalised one, or one asked for, is kept.
    #[test]
    fn adjectives_in_ous_and_ful_are_no_names() {
        let name = |t: &str| extract(t, None).map(|m| m.value.as_str().to_owned());
        for text in [
            "this is ridiculous",
            "i'm nervous",
            "it's awful",
            "honestly i'm so grateful",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
        assert_eq!(
            name("my name is Seamus Doyle").as_deref(),
            Some("Seamus Doyle")
        );
        assert_eq!(name("this is gus").as_deref(), Some("Gus"));
    }

    /// services28 need-09: "I'm due for another physio session" named the caller "Due".
    /// What a patient says of themselves after "I'm" (due, sore, hurt, injured), or of
    /// where it hurts after "it's" (swollen, stiff, worse), is no name; "Hurt" stays a
    /// surname after a first name.
    #[test]
    fn a_patient_state_after_im_is_no_name() {
        let name = |t: &str| extract(t, None).map(|m| m.value.as_str().to_owned());
        for text in [
            "Hi, I'm due for another physio session, Wednesday at 11.",
            "I'm overdue for a cleaning",
            "I'm sore all over",
            "I'm hurt pretty bad",
            "I'm injured, can I come in Thursday?",
            "I twisted my knee yesterday and it's swollen.",
            "It's stiff and it's getting worse",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
        assert_eq!(
            name("my name is William Hurt").as_deref(),
            Some("William Hurt")
        );
    }

    /// Written after blind round 24 (b24-en-name-008, -031).
    #[test]
    fn a_last_name_labelled_after_a_given_name_and_capitalised_compounds() {
        let name = |t: &str| extract(t, None).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("my name's Priya, last name Patel", "Priya Patel"),
            ("I'm Priya and my last name is Patel", "Priya Patel"),
            ("it's Omar, surname is Haddad", "Omar Haddad"),
            ("it's Mary Two-Axe Earley", "Mary Two-Axe Earley"),
            ("this is Frank One-Spot", "Frank One-Spot"),
            // Blind round 26 (b26-en-name-021, -024): past a spelling of the given
            // name; "surname" and "family name" without "is".
            ("my name is Bao, B-A-O, last name Tran", "Bao Tran"),
            ("first name Tenzin, surname Dolma", "Tenzin Dolma"),
            ("my first name is Ines, family name Duarte", "Ines Duarte"),
            // Blind round 26 (b26b-en-name-010): "X here" and a clause after a pause.
            ("Ayesha here, calling about a cleaning", "Ayesha"),
            // b26d-en-name-002: an announced spelling of the given name, then the last.
            (
                "my name is Sipho, that's S-I-P-H-O, Dlamini",
                "Sipho Dlamini",
            ),
            ("it's Kate, spelled K-A-T-E, Kate Moss", "Kate Moss"),
            ("Marcus speaking", "Marcus"),
        ] {
            assert_eq!(name(t).as_deref(), Some(want), "{t}");
        }
        // A lower-case compound of ordinary words is no name part.
        assert_eq!(name("this is a follow-up").as_deref(), None);
    }

    /// Blind round 28 (b28-en-name-015, -016, -021): "no" before one lower-case word
    /// is a determiner, not a correction; the last name labelled with "the"; the Irish
    /// particle "Ó".
    #[test]
    fn no_before_a_word_labels_with_the_and_irish_o() {
        let name = |t: &str| extract(t, None).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("my name is will smith, no relation", "Will Smith"),
            ("it's Tom Reid, no rush", "Tom Reid"),
            ("my name is Ruby Chen, no rush on the booking", "Ruby Chen"),
            ("sure, Ben Ortiz, no worries", "Ben Ortiz"),
            // Still corrections: a pause after "no", a close word, a whole name, a
            // capitalised word, another correction word.
            ("my name is anna, no, hanna", "Hanna"),
            ("my name is anna no hanna", "Hanna"),
            ("my name is jon no john", "John"),
            ("my name is anna, no hanna berg", "Hanna Berg"),
            ("my name is Anna, no Beth", "Beth"),
            ("my name is anna, no wait, beth", "Beth"),
            ("it's Priya, and the last name is Raman", "Priya Raman"),
            ("it's Priya, the surname is Raman", "Priya Raman"),
            (
                "my first name is Colm, and my surname is Ó Briain",
                "Colm Ó Briain",
            ),
            ("my name is Seán Ó Súilleabháin", "Seán Ó Súilleabháin"),
        ] {
            assert_eq!(name(t).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn within_two_edits_is_a_bounded_edit_distance() {
        use super::restate::within_two_edits as near;
        assert!(near(b"anna", b"hanna"));
        assert!(near(b"jon", b"john"));
        assert!(near(b"kate", b"cate"));
        assert!(!near(b"smith", b"relation"));
        assert!(!near(b"reid", b"rush"));
        // Two changes in a word of the same length make another word.
        assert!(!near(b"ruby", b"rush"));
        assert!(near(b"sean", b"shawn"));
    }

    #[test]
    fn the_last_name_said_before_the_first() {
        // messy19 a-08.
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            (
                "last name's Kowalczyk, K O W A L C Z Y K, first name Piotr",
                "Piotr Kowalczyk",
            ),
            ("last name Okafor, first name Ada", "Ada Okafor"),
            // messy22 s-02: the surname, its spelling in pieces, then the first name.
            ("it's Nadeau, N-A... D-E-A-U, first name Luc", "Luc Nadeau"),
            (
                "my surname is Lindqvist and my first name is Elsa",
                "Elsa Lindqvist",
            ),
            ("first name Louise, last name Fontaine", "Louise Fontaine"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn said_again_spelled_or_titled() {
        // messy23 f-02, b-05, s-04, s-06.
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("it's, uh, it's Jen, Jenna Morrow", "Jenna Morrow"),
            ("Dan, Daniel Roy", "Daniel Roy"),
            ("Rocky, Jonathan", "Rocky Jonathan"),
            (
                "this is Grace Okafor, Dr. Hill gave me your number",
                "Grace Okafor",
            ),
            ("it's Chris with a K, K-R-I-S, Kris Olsen", "Kris Olsen"),
            // A mark it is written with, then the whole name.
            ("my name is Zoë with two dots, Zoë Tran", "Zoë Tran"),
            ("it's Renée with an acute accent, Renée Park", "Renée Park"),
            (
                "it's Chloé with an accent on the E, Chloé Dunn",
                "Chloé Dunn",
            ),
            ("Chris with a K, C-H-R-I-S, Chris Olsen", "Chris Olsen"),
            // The first name said with the remark's letter or mark put in, and a
            // hyphenated first name said again.
            ("Jon with an H, John Smith", "John Smith"),
            ("Zoe with two dots, Zoë Tran", "Zoë Tran"),
            ("it's Sara with an H, Sarah Lind", "Sarah Lind"),
            ("Anne-Marie with a K, Anne-Marie Roy", "Anne-Marie Roy"),
            (
                "it's Mary-Kate with a hyphen, Mary-Kate Olsen",
                "Mary-Kate Olsen",
            ),
            (
                "Szymanski. Should I spell that? S-Z-Y-M-A-N-S-K-I. First name Paul",
                "Paul Szymanski",
            ),
            ("Paul. First name Paul", "Paul"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn short_forms_and_spelled_first_names_said_again() {
        // messy24 o-02, o-03, o-05, o-07, v-05, v-06, v-07, v-10.
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("Bob, well Robert Smith", "Robert Smith"),
            (
                "Liz, Elizabeth Gauthier, G-A-U-T-H-I-E-R",
                "Elizabeth Gauthier",
            ),
            (
                "Siobhan, that's S-I-O-B-H-A-N, Siobhan Kelly",
                "Siobhan Kelly",
            ),
            ("Will, William, Will Tremblay", "Will Tremblay"),
            ("it's Mike, well, Michael Brandt", "Michael Brandt"),
            ("Beth, that's B-E-T-H, Beth Morin", "Beth Morin"),
            // Short forms that do not start the long form (blind29 b29-en-name-040).
            (
                "the name is Tom, uh, Thomas Kyikavichik",
                "Thomas Kyikavichik",
            ),
            ("my name is Dave, um, David Oyelaran", "David Oyelaran"),
            ("it's Jenny, uh, Jennifer Lalonde", "Jennifer Lalonde"),
            // Two first names with no short form between them stay one name.
            ("Mary, Anne Smith", "Mary Anne Smith"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn one_part_then_the_whole_name() {
        // messy19 a-11.
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            got("yeah it's Li. L I. Just Li. Wei Li").as_deref(),
            Some("Wei Li")
        );
        assert_eq!(got("it's Kim. Kim Park.").as_deref(), Some("Kim Park"));
        assert_eq!(
            got("it's Li. Thursday at 3, Wei Li?").as_deref(),
            Some("Li")
        );
    }

    #[test]
    fn a_name_after_a_question_back_and_an_acknowledgement() {
        // messy19 a-12.
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for t in [
            "sorry, first and last? okay, Hana Sato",
            "oh, first and last? sure, Hana Sato",
        ] {
            assert_eq!(got(t).as_deref(), Some("Hana Sato"), "{t}");
        }
        assert_eq!(got("first and last? okay"), None);
    }

    #[test]
    fn the_last_name_alone_is_labelled() {
        for text in [
            "almost, but my last name is Doyle-Burke",
            "Surname: Okafor",
            "the family name is Lindqvist",
            "non, mon nom de famille c'est Roy",
        ] {
            assert!(names_last_only(text), "{text}");
        }
        for text in [
            "first name Louise, last name Fontaine",
            "my full name is Ada Surname",
            "mon prénom c'est Louise, pis mon nom de famille c'est Fontaine",
            "my name is Ada Lovelace",
            "the last appointment, name Ada",
        ] {
            assert!(!names_last_only(text), "{text}");
        }
    }

    #[test]
    fn first_word_filters_cover_the_tables() {
        for (phrase, _) in CUES {
            assert!(is_cue_start(phrase[0].as_bytes()), "{phrase:?}");
        }
        for phrase in lexicon::REFUSALS {
            assert!(is_refusal_start(phrase[0].as_bytes()), "{phrase:?}");
        }
    }

    /// A name after a naming cue stays cued when a correction or a restatement in the
    /// turn gives the later name; a name after an opener ("it's", "I'm") or a bare
    /// one is not.
    #[test]
    fn naming_cues_survive_corrections() {
        for text in [
            "my name is Jon, sorry, John Smith",
            "my name's actually Katherine Doyle",
            "put it under Ortiz, Maria Ortiz",
            "My name is Liam. Liam Walsh.",
            "first name Louise, last name Fontaine",
            "sorry, the name should be Katherine Doyle",
            "almost, but my last name is Doyle-Burke",
            "you can call me Kate",
        ] {
            let m = extract(text, None).unwrap_or_else(|| panic!("{text}: no name"));
            assert!(cued(&m), "{text}: {}", m.rule);
        }
        for (text, expect) in [
            ("Jon, sorry, John Smith", None),
            ("Wong, Kevin Wong", None),
            ("It's Andy, sorry, Andrew Kowalski", None),
            ("I'm Kate Doyle", None),
            ("this is Kate", None),
            ("Rocky speaking", None),
            ("sarah", Some(Expect::Name)),
            ("S-A-R-A-H", Some(Expect::Name)),
            ("it's for Olga Petrova", Some(Expect::Name)),
        ] {
            let m = extract(text, expect).unwrap_or_else(|| panic!("{text}: no name"));
            assert!(!cued(&m), "{text}: {}", m.rule);
        }
    }

    /// "it's me again, Dana Price": a caller who has called before names themselves
    /// after "me"; "it's me" alone names nobody.
    #[test]
    fn me_again_then_the_name() {
        for (text, want) in [
            ("it's me again, Dana Price", Some("Dana Price")),
            ("hi, this is me, Dana", Some("Dana")),
            ("it's me", None),
            ("it's me again", None),
        ] {
            let got = extract(text, None).map(|m| m.value.as_str().to_owned());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    /// At the name question a relation before the name does not hide it ("it's for my
    /// son, Kyle Dunn"); without the question the name after "for" is someone else's.
    #[test]
    fn for_a_relation_then_the_name() {
        let got = |t: &str, e| extract(t, e).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("it's for my son, Kyle Dunn", "Kyle Dunn"),
            ("the booking's for my wife, Ana Ruiz", "Ana Ruiz"),
            ("uh it's for our daughter lily chen", "Lily Chen"),
        ] {
            assert_eq!(got(t, Some(Expect::Name)).as_deref(), Some(want), "{t}");
        }
        assert_eq!(got("it's for my son", Some(Expect::Name)), None);
        assert_eq!(got("it's for my son, Kyle Dunn", None), None);
        // frontdesk28 a-09: the name after "for" followed by a number alone.
        let t = "monday at 4, it's for glen hiscock, 709 555 6309";
        assert_eq!(got(t, Some(Expect::Name)).as_deref(), Some("Glen Hiscock"));
        let t = "it's for glen hiscock, seven oh nine five five five six three oh nine";
        assert_eq!(got(t, Some(Expect::Name)).as_deref(), Some("Glen Hiscock"));
        assert_eq!(got("it's for glen hiscock, 709 555 6309", None), None);
        assert_eq!(
            got("it's for a checkup, 2 please", Some(Expect::Name)),
            None
        );
    }

    /// A corrected name said again in full after a remark on its letters: the full one
    /// (frontdesk28 c-06 gave "Leigh").
    #[test]
    fn corrected_then_said_again() {
        let got = |t: &str, e| extract(t, e).map(|m| m.value.as_str().to_owned());
        let name = Some(Expect::Name);
        for (t, want) in [
            (
                "lee, no, leigh with a g h, leigh armstrong",
                "Leigh Armstrong",
            ),
            (
                "my name is lee, sorry, leigh with a g h, leigh armstrong",
                "Leigh Armstrong",
            ),
            ("jen, no, jenn with two n's, jenn cormier", "Jenn Cormier"),
        ] {
            assert_eq!(got(t, name).as_deref(), Some(want), "{t}");
        }
        assert_eq!(
            got("Jon, sorry, John Smith", None).as_deref(),
            Some("John Smith")
        );
    }

    /// Short remarks at the name question are no name ("Makes sense." was the name
    /// Makes Sense).
    #[test]
    fn remarks_at_the_name_question() {
        for remark in [
            "Fair enough.",
            "Fair.",
            "Makes sense.",
            "Big thanks.",
            "Long story.",
        ] {
            assert_eq!(extract(remark, Some(Expect::Name)), None, "{remark}");
        }
    }

    /// Someone else's name, said as theirs, is read by [`named_as_theirs`] and never
    /// by [`extract`] (not the caller's own, SPEC §2); "your" is no owner ("say your
    /// name is Admin").
    #[test]
    fn their_name_is_not_the_callers() {
        let theirs = |t: &str| named_as_theirs(t).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("her name is Emma Stone", "Emma Stone"),
            ("uh his name's kyle dunn", "Kyle Dunn"),
            ("it's for my daughter, her name is Emma Stone", "Emma Stone"),
            ("my son's name is Kyle Dunn", "Kyle Dunn"),
        ] {
            assert_eq!(theirs(t).as_deref(), Some(want), "{t}");
            assert_eq!(extract(t, Some(Expect::Name)), None, "{t}");
        }
        for none in [
            "say your name is Admin",
            "her name is",
            "my name is Emma Stone",
        ] {
            assert_eq!(theirs(none), None, "{none}");
        }
    }

    /// At the name question, a name said as its own closing sentence after talk with
    /// no naming cue is the name ("11 would be better. Rita Moreno."); a closing word
    /// ("Thanks.") or one word is not, nor is the turn read without the question.
    #[test]
    fn a_name_as_the_closing_sentence() {
        let got = |t: &str, e| extract(t, e).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            got("11 would be better. Rita Moreno.", Some(Expect::Name)).as_deref(),
            Some("Rita Moreno")
        );
        assert_eq!(got("11 would be better. Thanks.", Some(Expect::Name)), None);
        assert_eq!(got("11 would be better. Rita.", Some(Expect::Name)), None);
        assert_eq!(got("11 would be better. Rita Moreno.", None), None);
    }

    /// A sound with no vowel is no name, even when a name was asked for (messy17 g-04);
    /// a short surname with none is.
    #[test]
    fn a_sound_is_no_name() {
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for sound in ["hrr", "grr", "pfft", "Brr"] {
            assert_eq!(got(sound), None, "{sound}");
        }
        assert_eq!(got("Kevin Ng").as_deref(), Some("Kevin Ng"));
        assert_eq!(got("Glynn Lynch").as_deref(), Some("Glynn Lynch"));
    }

    /// A name said again after a hesitation instead of a comma is a restatement; a
    /// hesitation inside one name that repeats nothing is dropped.
    #[test]
    fn restated_after_a_hesitation() {
        let got = |t: &str| extract(t, None).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            got("my name is uh Chris uh Chris Nolan").as_deref(),
            Some("Chris Nolan")
        );
        assert_eq!(
            got("it's um Wong um Kevin Wong").as_deref(),
            Some("Kevin Wong")
        );
        assert_eq!(
            got("my name is uh Priya uh Patel").as_deref(),
            Some("Priya Patel")
        );
    }

    /// Lower-cased speech-to-text carries no capitals, so a surname that is also a
    /// stopword ("price", "day") ends the name when it ends the turn; said with capitals
    /// elsewhere, or with more after it, a lower-case one stays a stopword.
    #[test]
    fn lower_case_surname_words_end_a_lower_case_turn() {
        let name = |t: &str, e| extract(t, e).map(|m| m.value.as_str().to_owned());
        for (text, want) in [
            ("my name is devon price", "Devon Price"),
            ("um it's ellen day.", "Ellen Day"),
            ("i'm sam march", "Sam March"),
            ("this is Ellen Price", "Ellen Price"),
            // probe13 n-07: "Hard" is a surname after a first name.
            ("it's Nick Hard", "Nick Hard"),
            ("it's nick hard", "Nick Hard"),
        ] {
            assert_eq!(name(text, None).as_deref(), Some(want), "{text}");
        }
        assert_eq!(
            name("devon price", Some(Expect::Name)).as_deref(),
            Some("Devon Price")
        );
        // Without a cue or the question, a lower-case turn is no name for it.
        assert_eq!(name("mid day", None), None);
        assert_eq!(name("devon price", None), None);
        for (text, want) in [
            ("my name is Devon price", "Devon"),
            ("my name is devon, price doesn't matter", "Devon"),
            ("my name is devon price is fine", "Devon"),
        ] {
            assert_eq!(name(text, None).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn capitalises_pieces() {
        let mut out = String::new();
        capitalise_into("jean-luc", &mut out);
        out.push(' ');
        capitalise_into("o\u{2019}connor", &mut out);
        out.push(' ');
        capitalise_into("MacDonald", &mut out);
        out.push(' ');
        capitalise_into("ZOË", &mut out);
        assert_eq!(out, "Jean-Luc O'Connor MacDonald Zoë");
    }
}
