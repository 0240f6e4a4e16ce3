//! The spoken-form normaliser: turns a caller's words into runs of digit groups.
//!
//! A *run* is a maximal stretch of digit-producing tokens joined only by separators
//! (spaces, `-`, `.`, `,`, parentheses, "dash") and fillers ("uh", "um"). Each token
//! that produces digits is a *group*: a written digit run (`403`), a digit word
//! (`five`, `oh`), a pair or teen (`sixteen`, `thirty four`), `double`/`triple` and a
//! digit, or a hundred/thousand (`eight hundred`). Groups remember whether a comma or
//! period came before them (a *strong* separator) so that the validator can cut a run
//! only there, never inside a digit string.
//!
//! Anything else ends the run: other words, `:` and `/` (times and dates), and digits
//! glued to letters (`2pm`, `9th`, `A1B`; but a glued letter O is a zero: `O123`). A run touching `$` or `%` is an amount and
//! is *poisoned*: it can never be a phone number.

use crate::Span;
use crate::lexer::{NumberWord, Token, TokenKind, WordKey};

/// Most digits a run keeps; a longer run is never a phone number.
pub(super) const MAX_DIGITS: usize = 40;
/// Most groups a run keeps.
pub(super) const MAX_GROUPS: usize = 40;

/// One digit-producing piece of a run.
#[derive(Clone, Copy, Debug)]
pub(super) struct Group {
    /// Index one past this group's last digit in [`Run::digits`].
    pub end: u8,
    /// Where the group is in the text.
    pub span: Span,
    /// A comma or period came between the previous group and this one.
    pub strong: bool,
    /// A filler ("uh", "um") came between the previous group and this one.
    pub hesitation: bool,
    /// A lone "oh"/"o"/"zero" word (possibly an interjection at the start of a run).
    pub zero_word: bool,
    /// Number of written digits if the group is a written digit run, else 0.
    pub written: u8,
}

const EMPTY_GROUP: Group = Group {
    end: 0,
    span: Span { start: 0, end: 0 },
    strong: false,
    hesitation: false,
    zero_word: false,
    written: 0,
};

/// A run of digit groups.
#[derive(Clone, Debug)]
pub(super) struct Run {
    /// The digits of every group, in order, as ASCII.
    pub digits: [u8; MAX_DIGITS],
    /// How many digits.
    pub len: usize,
    /// The groups.
    pub groups: [Group; MAX_GROUPS],
    /// How many groups.
    pub ngroups: usize,
    /// The `+` or "plus" that opened the run.
    pub plus: Option<Span>,
    /// More digits or groups than a phone number can have.
    pub overflow: bool,
    /// Part of an amount (`$`, `%`): never a phone number.
    pub poisoned: bool,
    /// A correction cue ("sorry", "I mean", "no") came between the previous run and this.
    pub after_correction: bool,
    /// Index of the run's first token.
    pub first_tok: usize,
    /// Index one past the run's last token.
    pub end_tok: usize,
}

impl Run {
    fn new() -> Self {
        Self {
            digits: [0; MAX_DIGITS],
            len: 0,
            groups: [EMPTY_GROUP; MAX_GROUPS],
            ngroups: 0,
            plus: None,
            overflow: false,
            poisoned: false,
            after_correction: false,
            first_tok: 0,
            end_tok: 0,
        }
    }

    fn clear(&mut self) {
        self.len = 0;
        self.ngroups = 0;
        self.plus = None;
        self.overflow = false;
        self.poisoned = false;
        self.after_correction = false;
    }

    /// The groups in use.
    pub fn groups(&self) -> &[Group] {
        &self.groups[..self.ngroups]
    }

    /// Digits of groups `a..b`.
    pub fn digits_of(&self, a: usize, b: usize) -> &[u8] {
        let from = if a == 0 {
            0
        } else {
            usize::from(self.groups[a - 1].end)
        };
        let to = if b == 0 {
            0
        } else {
            usize::from(self.groups[b - 1].end)
        };
        &self.digits[from..to]
    }

    fn push(&mut self, digits: &[u8], span: Span, strong: bool, zero_word: bool, written: bool) {
        if self.overflow || self.len + digits.len() > MAX_DIGITS || self.ngroups == MAX_GROUPS {
            self.overflow = true;
            return;
        }
        self.digits[self.len..self.len + digits.len()].copy_from_slice(digits);
        self.len += digits.len();
        let written = if written {
            u8::try_from(digits.len()).unwrap_or(0)
        } else {
            0
        };
        // `len <= MAX_DIGITS = 40`, so the cast cannot truncate.
        let end = u8::try_from(self.len).unwrap_or(u8::MAX);
        self.groups[self.ngroups] = Group {
            end,
            span,
            strong,
            hesitation: false,
            zero_word,
            written,
        };
        self.ngroups += 1;
    }
}

/// What one token (or a few) means to the scanner.
enum Item {
    /// Digits (at most 4 from words; a written run may be longer), the span, tokens used.
    Number {
        buf: [u8; 4],
        n: usize,
        written: Option<Span>,
        span: Span,
        used: usize,
        zero: bool,
    },
    /// `+` or "plus" before a number.
    Plus,
    /// A separator inside a run; `strong` for `,` and `.`.
    Sep { strong: bool },
    /// A filler that neither adds digits nor ends a run.
    Filler,
    /// A correction cue: ends the run and marks the next one.
    Correction,
    /// Ends the run.
    Break,
    /// `%` or an amount word after digits: the current run is an amount.
    Poison,
    /// `$` and the like: ends the run; the numbers right after it are an amount.
    Currency,
}

/// The letter O typed for a zero inside written digits ("416-555-O123", "4O3").
fn is_letter_o(t: &Token<'_>) -> bool {
    t.is_word() && matches!(t.text, "o" | "O")
}

fn adjacent(a: &Token<'_>, b: &Token<'_>) -> bool {
    a.span.end == b.span.start
}

const FILLERS: &[&str] = &[
    "uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "like", "dash", "hyphen",
];

/// "you know", "hold on", "hang on" said between digit groups ("four one six you know
/// five five five", "five five five... hold on... zero one nine two"): a filler of two
/// words, each of which is one here.
fn two_word_filler(toks: &[Token<'_>], i: usize) -> bool {
    let is = |k: Option<usize>, w: &str| k.and_then(|k| toks.get(k)).is_some_and(|t| t.is(w));
    let (next, prev) = (Some(i + 1), i.checked_sub(1));
    // One match on the word itself: this runs for most words of every turn.
    match toks.get(i).map(|t| t.key.as_bytes()) {
        Some(b"you") => is(next, "know"),
        Some(b"hold" | b"hang") => is(next, "on"),
        Some(b"know") => is(prev, "you"),
        Some(b"on") => is(prev, "hold") || is(prev, "hang"),
        _ => false,
    }
}
const CORRECTIONS: &[&str] = &[
    "sorry",
    "no",
    "mean",
    "actually",
    "correction",
    "rather",
    "wait",
];
const AMOUNT_WORDS: &[&str] = &["dollars", "dollar", "bucks", "cents", "percent", "k"];

fn small(v: u32, buf: &mut [u8; 4]) -> usize {
    // v < 10_000 always (teens, tens, N hundred, N thousand).
    let s = [(v / 1000) % 10, (v / 100) % 10, (v / 10) % 10, v % 10];
    let skip = if v >= 1000 {
        0
    } else if v >= 100 {
        1
    } else if v >= 10 {
        2
    } else {
        3
    };
    let n = 4 - skip;
    for (k, d) in s[skip..].iter().enumerate() {
        // d < 10
        buf[k] = b'0' + u8::try_from(*d).unwrap_or(0);
    }
    n
}

/// Reads the item at token `i`.
fn item_at(toks: &[Token<'_>], i: usize) -> Item {
    let t = &toks[i];
    let next = toks.get(i + 1);
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    match t.kind {
        TokenKind::Digits => {
            if prev.is_some_and(|p| adjacent(p, t) && p.is_word() && !is_letter_o(p)) {
                return Item::Break;
            }
            if let Some(n) = next.filter(|n| adjacent(t, n)) {
                if n.is_punct('%') {
                    return Item::Poison;
                }
                let word = n.is_word() && !is_letter_o(n) && !extension_mark(toks, i + 1);
                if word || n.is_punct(':') || n.is_punct('/') {
                    return Item::Break;
                }
            }
            if next.is_some_and(|n| n.is_any(AMOUNT_WORDS)) {
                return Item::Poison;
            }
            Item::Number {
                buf: [0; 4],
                n: 0,
                written: Some(t.span),
                span: t.span,
                used: 1,
                zero: false,
            }
        }
        TokenKind::Word => word_item(toks, i),
        TokenKind::Punct(c) => match c {
            '+' if next.is_some_and(|n| adjacent(t, n) || n.number_word().is_some()) => Item::Plus,
            ',' | '.' | '\u{2026}' => Item::Sep { strong: true },
            '-' | '(' | ')' | '\u{2013}' | '\u{2014}' => Item::Sep { strong: false },
            '%' => Item::Poison,
            '$' | '\u{20ac}' | '\u{a3}' => Item::Currency,
            _ => Item::Break,
        },
    }
}

/// Whether token `i` is an "x" glued between digits after a number said with "+"
/// ("+44 2034567890x456"): an extension's mark, so the digits before it still end the
/// number. Without the "+", digits glued to letters stay a code ("ID 403-555-0123x45").
fn extension_mark(toks: &[Token<'_>], i: usize) -> bool {
    let (Some(x), Some(d)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    let mark = x.is_word() && matches!(x.text, "x" | "X");
    let plus = toks[..i]
        .iter()
        .rev()
        .take_while(|t| {
            t.kind == TokenKind::Digits
                || matches!(t.kind, TokenKind::Punct('+' | '-' | '(' | ')' | '.'))
        })
        .any(|t| t.is_punct('+'));
    mark && plus && d.kind == TokenKind::Digits && adjacent(x, d)
}

fn word_item(toks: &[Token<'_>], i: usize) -> Item {
    let t = &toks[i];
    let Some(w) = t.number_word() else {
        // Most words land here: one lowercase key, then short lists.
        let key = t.key;
        if key == "plus"
            && toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Digits || n.number_word().is_some())
        {
            return Item::Plus;
        }
        if key.is_any(FILLERS) || two_word_filler(toks, i) {
            return Item::Filler;
        }
        if key.is_any(CORRECTIONS) {
            return Item::Correction;
        }
        if let Some(d) = homophone_digit(toks, i, &key) {
            let mut buf = [0u8; 4];
            buf[0] = b'0' + d;
            return Item::Number {
                buf,
                n: 1,
                written: None,
                span: t.span,
                used: 1,
                zero: false,
            };
        }
        return Item::Break;
    };
    // "the last four are ...", "the middle three": a count of digits, not one.
    if matches!(w, NumberWord::Digit(2..=7))
        && i > 0
        && toks[i - 1].key.is_any(&["last", "first", "middle", "next"])
    {
        return Item::Break;
    }
    let next_word = |k: usize| toks.get(i + k).and_then(Token::number_word);
    // "eight-hundred", "double-five": a glued hyphen before the next word is skipped.
    let h = if glued_hyphen(toks, i + 1) { 2 } else { 1 };
    let mut buf = [0u8; 4];
    let mut span = t.span;
    let (value, used) = match w {
        NumberWord::Digit(d) | NumberWord::Teen(d) => match next_word(h) {
            Some(NumberWord::Hundred) => {
                span = span.cover(toks[i + h].span);
                // "four hundred sixteen" and "four hundred and three" are one number;
                // "eight hundred" alone is 800 (digits after it stay separate).
                let and = toks.get(i + h + 1).is_some_and(|t| t.is("and"));
                let k = if and { h + 2 } else { h + 1 };
                let hundreds = u32::from(d) * 100;
                match next_word(k) {
                    Some(NumberWord::Teen(v)) if d < 10 => {
                        span = span.cover(toks[i + k].span);
                        (hundreds + u32::from(v), k + 1)
                    }
                    // "four hundred and three", or "four hundred three," with the
                    // group ending right after (not "eight hundred five five five").
                    Some(NumberWord::Digit(v))
                        if d < 10 && v > 0 && (and || group_ends(toks, i + k + 1)) =>
                    {
                        span = span.cover(toks[i + k].span);
                        (hundreds + u32::from(v), k + 1)
                    }
                    Some(NumberWord::Tens(v)) if d < 10 => {
                        span = span.cover(toks[i + k].span);
                        match next_word(k + 1) {
                            Some(NumberWord::Digit(u)) if u > 0 => {
                                span = span.cover(toks[i + k + 1].span);
                                (hundreds + u32::from(v + u), k + 2)
                            }
                            _ => match hyphen_unit(toks, i + k + 1) {
                                Some(u) => {
                                    span = span.cover(toks[i + k + 2].span);
                                    (hundreds + u32::from(v + u), k + 3)
                                }
                                None => (hundreds + u32::from(v), k + 1),
                            },
                        }
                    }
                    _ => (hundreds, h + 1),
                }
            }
            Some(NumberWord::Thousand) if d < 10 => {
                span = span.cover(toks[i + h].span);
                (u32::from(d) * 1000, h + 1)
            }
            _ => (u32::from(d), 1),
        },
        NumberWord::Tens(v) => {
            let (pair, used) = match next_word(1) {
                Some(NumberWord::Digit(u)) if u > 0 => {
                    span = span.cover(toks[i + 1].span);
                    (u32::from(v + u), 2)
                }
                _ => match hyphen_unit(toks, i + 1) {
                    // "sixty-eight" as speech-to-text writes it.
                    Some(u) => {
                        span = span.cover(toks[i + 2].span);
                        (u32::from(v + u), 3)
                    }
                    None => (u32::from(v), 1),
                },
            };
            // "forty one hundred" is 4100, the way people say the last four digits,
            // like "twelve hundred"; a bare "forty hundred" is no number people say.
            match next_word(used) {
                Some(NumberWord::Hundred) if used > 1 => {
                    span = span.cover(toks[i + used].span);
                    (pair * 100, used + 1)
                }
                _ => (pair, used),
            }
        }
        NumberWord::Repeat(times) => {
            let digit = match toks.get(i + h) {
                Some(n) if n.kind == TokenKind::Digits && n.text.len() == 1 => {
                    Some(n.text.as_bytes()[0])
                }
                Some(n) => match n.number_word() {
                    Some(NumberWord::Digit(d)) => Some(b'0' + d),
                    _ => None,
                },
                None => None,
            };
            let Some(digit) = digit else {
                return Item::Break;
            };
            span = span.cover(toks[i + h].span);
            let n = usize::from(times);
            buf[..n].fill(digit);
            return Item::Number {
                buf,
                n,
                written: None,
                span,
                used: h + 1,
                zero: false,
            };
        }
        NumberWord::Hundred | NumberWord::Thousand => return Item::Break,
    };
    let n = small(value, &mut buf);
    let zero = used == 1 && matches!(w, NumberWord::Digit(0));
    Item::Number {
        buf,
        n,
        written: None,
        span,
        used,
        zero,
    }
}

/// Speech-to-text homophones of digits: "for" 4, "to"/"too" 2, "won" 1, "ate" 8.
const HOMOPHONES: &[(&str, u8)] = &[("ate", 8), ("for", 4), ("to", 2), ("too", 2), ("won", 1)];

/// A spoken digit or pair ("five", "oh", "sixteen", "forty"), not written digits.
fn is_digit_word(t: &Token<'_>) -> bool {
    matches!(
        t.number_word(),
        Some(NumberWord::Digit(_) | NumberWord::Teen(_) | NumberWord::Tens(_))
    )
}

/// A spoken digit or a homophone of one ("won too three").
fn is_spoken_digit(t: &Token<'_>) -> bool {
    is_digit_word(t)
        || (t.is_word() && {
            let key = t.key;
            HOMOPHONES.iter().any(|(w, _)| key == *w)
        })
}

/// The nearest token before (`step` -1) or after (+1) token `i`, stepping over
/// separators (`,` `.` `-`) and fillers; `None` at either end of the turn.
fn neighbour<'t>(toks: &'t [Token<'t>], i: usize, forward: bool) -> Option<&'t Token<'t>> {
    let mut k = i;
    loop {
        k = if forward { k + 1 } else { k.checked_sub(1)? };
        let t = toks.get(k)?;
        let skip = matches!(t.kind, TokenKind::Punct(',' | '.' | '-'))
            || (t.is_word() && t.key.is_any(FILLERS));
        if !skip {
            return Some(t);
        }
    }
}

/// The digit a homophone stands for when it sits inside a run of spoken digits
/// ("for one six five ...", "six oh for, five five five", "won two three for"),
/// never elsewhere: "for 3 p.m." and "to book" stay words.
fn homophone_digit(toks: &[Token<'_>], i: usize, key: &WordKey) -> Option<u8> {
    let &(word, digit) = HOMOPHONES.iter().find(|(w, _)| *key == *w)?;
    let before = neighbour(toks, i, false);
    let after = neighbour(toks, i, true);
    let left = before.is_some_and(is_spoken_digit);
    let right = after.is_some_and(is_spoken_digit);
    // Between spoken digits, or closing a run at the end of the turn.
    if left && (right || after.is_none()) {
        return Some(digit);
    }
    if !right {
        return None;
    }
    // Opening a run: "won"/"ate"/"too" before digits are never words there; "for" and
    // "to" only before a long run of spoken digits ("for one six five ...", not "for
    // two people").
    let run_after = (i + 1..toks.len())
        .map(|k| &toks[k])
        .filter(|t| !matches!(t.kind, TokenKind::Punct(',' | '.' | '-')))
        .take_while(|t| is_spoken_digit(t))
        .count();
    (matches!(word, "won" | "ate" | "too") || run_after >= 3).then_some(digit)
}

/// Calls `f` with every run of `toks`, in order.
pub(super) fn for_each_run(toks: &[Token<'_>], text: &str, mut f: impl FnMut(&Run)) {
    let mut run = Run::new();
    let mut strong = false;
    let mut hesitation = false;
    let mut correction = false;
    let mut i = 0;
    let flush = |run: &mut Run, correction: &mut bool, f: &mut dyn FnMut(&Run)| {
        if run.ngroups > 0 {
            f(run);
            *correction = false;
        }
        run.clear();
    };
    while i < toks.len() {
        match item_at(toks, i) {
            Item::Number {
                buf,
                n,
                written,
                span,
                used,
                zero,
            } => {
                if run.ngroups == 0 {
                    run.after_correction = correction;
                    run.first_tok = i;
                }
                run.end_tok = i + used;
                match written {
                    Some(s) => {
                        let digits = text.as_bytes().get(s.start..s.end).unwrap_or(&[]);
                        run.push(digits, span, strong, false, true);
                    }
                    None => run.push(&buf[..n], span, strong, zero, false),
                }
                if let Some(g) = run.groups[..run.ngroups].last_mut() {
                    g.hesitation = hesitation;
                }
                strong = false;
                hesitation = false;
                i += used;
                continue;
            }
            Item::Plus => {
                flush(&mut run, &mut correction, &mut f);
                run.plus = Some(toks[i].span);
            }
            Item::Sep { strong: s } => strong |= s && run.ngroups > 0,
            Item::Filler => hesitation |= run.ngroups > 0,
            Item::Correction => {
                flush(&mut run, &mut correction, &mut f);
                correction = true;
            }
            Item::Break => {
                // "four one six, five five five and one two three four": "and" or
                // "then" where a NANP group ends (3 or 6 digits) and more digits follow.
                if let Some(next) = joined_group(toks, i, run.len) {
                    strong = true;
                    i = next;
                    continue;
                }
                flush(&mut run, &mut correction, &mut f);
            }
            Item::Poison => {
                run.poisoned = true;
                flush(&mut run, &mut correction, &mut f);
            }
            Item::Currency => {
                flush(&mut run, &mut correction, &mut f);
                // The number after `$` is an amount: skip it with its separators.
                let mut j = i + 1;
                while j < toks.len()
                    && matches!(item_at(toks, j), Item::Number { .. } | Item::Sep { .. })
                {
                    j += 1;
                }
                i = j;
                strong = false;
                continue;
            }
        }
        if run.ngroups == 0 {
            strong = false;
            hesitation = false;
        }
        i += 1;
    }
    flush(&mut run, &mut correction, &mut f);
}

/// After `len` digits, "and", "then" or "and then" at token `i` that joins the next
/// NANP group (at 3 or 6 digits, a digit word or written digits right after): the index
/// of that next group. The words may go on to name what follows: "and the rest is",
/// "then the last four are" (only where four digits are left, so the "four" of "the
/// last four" is no digit).
fn joined_group(toks: &[Token<'_>], i: usize, len: usize) -> Option<usize> {
    if !matches!(len, 3 | 6) {
        return None;
    }
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    let mut j = i;
    if is(j, "and") {
        j += 1;
    }
    if is(j, "then") {
        j += 1;
    }
    // "the rest", "the last four", "next three" (with or without "the"): the group
    // named, then maybe "is" or "are".
    let the = usize::from(is(j, "the"));
    let k = j + the;
    let middle =
        len == 3 && (is(k, "next") || is(k, "middle") || is(k, "second")) && is(k + 1, "three");
    let last = len == 6 && is(k, "last") && is(k + 1, "four");
    let named = if the == 1 && is(k, "rest") {
        2
    } else if middle || last {
        the + 2 + usize::from(is(k + 2, "digits"))
    } else {
        0
    };
    if named > 0 {
        j += named;
        if is(j, "is") || is(j, "are") {
            j += 1;
        }
    }
    let next = toks.get(j)?;
    (j > i && (next.kind == TokenKind::Digits || next.number_word().is_some())).then_some(j)
}

/// A `-` at token `i` glued to the tokens on both sides ("eight-hundred").
fn glued_hyphen(toks: &[Token<'_>], i: usize) -> bool {
    match (toks.get(i), toks.get(i + 1)) {
        (Some(dash), Some(next)) => {
            i > 0 && dash.is_punct('-') && adjacent(&toks[i - 1], dash) && adjacent(dash, next)
        }
        _ => false,
    }
}

/// The unit of a hyphenated pair ("sixty-eight"): a `-` glued at token `i` to the
/// tens word before it and to a digit word 1-9 after it.
fn hyphen_unit(toks: &[Token<'_>], i: usize) -> Option<u8> {
    let dash = toks.get(i)?;
    let unit = toks.get(i + 1)?;
    let glued = i > 0 && adjacent(&toks[i - 1], dash) && adjacent(dash, unit);
    match unit.number_word() {
        Some(NumberWord::Digit(u)) if glued && dash.is_punct('-') && u > 0 => Some(u),
        _ => None,
    }
}

/// Whether a comma, period or dash follows at token `i`: the spoken group ends there.
fn group_ends(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | '-')))
}
