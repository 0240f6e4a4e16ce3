//! Names said around the name (SPEC §2 "Name"): a correction or restatement in the
//! same turn gives the later name ("Jon, sorry, John Smith"; "it's under Wong, Kevin
//! Wong"), a name after "for" is the caller's when the agent asked for a name ("it's
//! for Olga Petrova"), and a sentence is not a name ("use my work line").

use super::{MAX_PARTS, Parts, Word, is_single_letter, lexicon, only_trailer, read_name, word_is};
use crate::lexer::TokenKind;
use crate::{Match, Span};
use bella_core::PersonName;

/// Words that announce a correction ("sorry", "no wait", "actually", "I mean").
fn is_correction(key: &[u8]) -> bool {
    matches!(
        key,
        b"sorry"
            | b"no"
            | b"nope"
            | b"wait"
            | b"actually"
            | b"mean"
            | b"rather"
            | b"correction"
            | b"oops"
            | b"scratch"
    )
}

/// Words that may stand between a correction and the name that replaces the first:
/// "no wait, it's", "sorry, I mean", "scratch that, my name is", fillers.
fn is_bridge(key: &[u8]) -> bool {
    is_correction(key)
        || lexicon::is_filler(key)
        || matches!(
            key,
            b"i" | b"it" | b"its" | b"is" | b"that" | b"my" | b"name" | b"names" | b"full"
        )
}

/// After the name `earlier`: a correction word, then another name; that name.
///
/// A bare "no" right before one lower-case word ("will smith, no relation", "Tom Reid,
/// no rush") is a determiner, not a correction: that word replaces the name only when
/// it is close to one of its parts ("anna no hanna", "jon no john"). "No" followed by a
/// pause, another correction word ("no wait", "sorry"), a capitalised word or a whole
/// name ("anna, no hanna berg") still corrects.
pub(super) fn corrected(toks: &[Word<'_>], earlier: &Parts) -> Option<Parts> {
    let mut i = earlier.stop;
    let mut saw = false;
    // Only "no" said, and the name follows it with no pause.
    let mut bare_no = true;
    let mut paused_after_no = false;
    while let Some(t) = toks.get(i) {
        match t.kind {
            TokenKind::Punct(',' | '.' | '-' | '!' | ';') => paused_after_no |= saw,
            TokenKind::Word if is_bridge(t.key_bytes()) => {
                if is_correction(t.key_bytes()) {
                    saw = true;
                    bare_no &= t.is_key("no");
                    paused_after_no = false;
                } else if saw {
                    paused_after_no = true;
                }
            }
            _ => break,
        }
        i += 1;
    }
    if !saw {
        return None;
    }
    let later = read_name(toks, i).filter(|p| !p.spelled)?;
    let determiner = bare_no
        && !paused_after_no
        && later.len == 1
        && toks
            .get(i)
            .is_some_and(|t| t.text.chars().next().is_some_and(char::is_lowercase))
        && !close_to_a_part(toks, earlier, &later);
    (!determiner).then_some(later)
}

/// Whether the one word of `later` is close to a part of `earlier`: said again
/// ([`said_again`], either way round) or at most two letters apart.
fn close_to_a_part(toks: &[Word<'_>], earlier: &Parts, later: &Parts) -> bool {
    let Some(l) = part_key(toks, later.spans[0]) else {
        return false;
    };
    earlier.spans[..earlier.len].iter().any(|e| {
        part_key(toks, *e)
            .is_some_and(|e| said_again(e, l) || said_again(l, e) || within_two_edits(e, l))
    })
}

/// The key of the name part at `span`: of its word, or for a hyphenated part
/// ("Anne-Marie") of its first piece.
fn part_key<'t>(toks: &'t [Word<'_>], span: Span) -> Option<&'t [u8]> {
    toks.iter()
        .find(|t| t.span.start == span.start && t.is_word())
        .map(|t| t.key_bytes())
}

/// Whether two keys (at most 15 bytes, [`crate::lexer::WordKey`]) are one edit apart,
/// or two when their lengths differ (a respelling: "sean"/"shawn"; two changes in a
/// word of the same length make another word: "ruby"/"rush"). Edits are insertions,
/// deletions and substitutions; one row of the edit table on the stack.
pub(super) fn within_two_edits(a: &[u8], b: &[u8]) -> bool {
    const W: usize = 16;
    if a.len() >= W || b.len() >= W || a.len().abs_diff(b.len()) > 2 {
        return false;
    }
    let mut row = [0usize; W];
    for (j, r) in row.iter_mut().enumerate().take(b.len() + 1) {
        *r = j;
    }
    for (i, &ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = (diag + usize::from(ca != cb)).min(up + 1).min(row[j] + 1);
            diag = up;
        }
    }
    let limit = if a.len() == b.len() { 1 } else { 2 };
    row[b.len()] <= limit
}

/// The name `parts` became after a correction or a restatement, said again once more
/// ("lee, no, leigh with a g h, leigh armstrong": corrected to "leigh", then said in
/// full after a remark on its letters): the last of such restatements, each ending
/// further on, at most [`MAX_PARTS`] more.
pub(super) fn restated_further(toks: &[Word<'_>], mut parts: Parts) -> Parts {
    for _ in 0..MAX_PARTS {
        let next = corrected(toks, &parts)
            .or_else(|| restated_fully(toks, &parts))
            .or_else(|| restated_after_pause(toks, &parts))
            .or_else(|| restated_after_letter_remark(toks, &parts))
            .or_else(|| restated_after_spelling(toks, &parts));
        match next {
            Some(next) if next.stop > parts.stop => parts = next,
            _ => break,
        }
    }
    parts
}

/// "Wong, Kevin Wong", "Kevin, Kevin Wong": a group after a comma that repeats a part
/// of the group before it is a restatement; the later group is the name. So is a
/// whole second name after a whole first one ("John Smith, Jane Doe": two names, the
/// later wins). A hesitation ("Chris uh Chris Nolan") is a pause like a comma, and so
/// is a word said twice in a row ("kevin kevin wong").
pub(super) fn restated(toks: &[Word<'_>], parts: &Parts) -> Option<Parts> {
    if parts.spelled {
        return None;
    }
    let key_of = |span: Span| {
        toks.iter()
            .find(|t| t.span == span)
            .map(|t| t.key.as_bytes())
    };
    for k in 1..parts.len {
        let (prev, next) = (parts.spans[k - 1], parts.spans[k]);
        let pause = toks.iter().any(|t| {
            t.span.start >= prev.end
                && t.span.end <= next.start
                && (t.is_punct(',') || (t.is_word() && lexicon::is_filler(t.key_bytes())))
        });
        // "kevin kevin wong": a word said twice in a row is a restart, as after a
        // pause (speech-to-text writes no comma).
        let stutter = key_of(prev).is_some() && key_of(prev) == key_of(next);
        if !pause && !stutter {
            continue;
        }
        let earlier = &parts.spans[..k];
        let repeats = |later: &[Span]| {
            later.iter().any(|l| {
                earlier.iter().any(|e| {
                    key_of(*e)
                        .zip(key_of(*l))
                        .is_some_and(|(e, l)| said_again(e, l))
                })
            })
        };
        // "la rosa, maria la rosa", "de la cruz, maria de la cruz": reading stopped at
        // the part cap inside a later group that repeats a part, so that group is read
        // again from its first part.
        let again = (parts.len == MAX_PARTS)
            .then(|| toks.iter().position(|t| t.span == parts.spans[k]))
            .flatten()
            .and_then(|at| read_name(toks, at))
            .filter(|again| !again.spelled && again.len > parts.len - k);
        if let Some(again) = again.filter(|a| repeats(&a.spans[..a.len])) {
            return Some(again);
        }
        let later = &parts.spans[k..parts.len];
        let two_names = earlier.len() >= 2 && later.len() >= 2;
        if repeats(later) || two_names {
            let mut out = *parts;
            out.spans = [Span::new(0, 0); MAX_PARTS];
            out.spans[..later.len()].copy_from_slice(later);
            out.len = later.len();
            return Some(out);
        }
    }
    None
}

/// [`restated`], then again inside the later name as long as it is restated: "Will,
/// William, Will Tremblay" gives `Will Tremblay`.
pub(super) fn restated_fully(toks: &[Word<'_>], parts: &Parts) -> Option<Parts> {
    let mut out = restated(toks, parts)?;
    while let Some(again) = restated(toks, &out).filter(|a| a.spans[0].start > out.spans[0].start) {
        out = again;
    }
    Some(out)
}

/// "My name is Liam. Liam Walsh.", "my name is Kevin. K-E-V-I-N. Kevin Tran.": after
/// a full stop (and maybe a spelling), the turn ends on a longer name that repeats a
/// part of the first one ("Name's Bond. James Bond."); that later name is the caller's.
pub(super) fn restated_after_pause(toks: &[Word<'_>], parts: &Parts) -> Option<Parts> {
    if !toks.get(parts.stop).is_some_and(|t| t.is_punct('.')) {
        return None;
    }
    let (i, _) = skip_letters(toks, parts.stop, &[]);
    let later = read_name(toks, i).filter(|p| !p.spelled && p.len > parts.len)?;
    if !only_trailer(toks, later.stop) {
        return None;
    }
    repeats_a_part(toks, parts, &later).then_some(later)
}

/// "Siobhan, that's S-I-O-B-H-A-N, Siobhan Kelly", "Liz, spelled L-I-Z, Liz Moreau":
/// after a spelling of the name (maybe "that's" or "spelled" before it), a longer name
/// that repeats a part of the first closes the turn; that later name is the caller's.
pub(super) fn restated_after_spelling(toks: &[Word<'_>], parts: &Parts) -> Option<Parts> {
    if parts.spelled {
        return None;
    }
    let (i, letters) = skip_letters(
        toks,
        parts.stop,
        &[b"thats", b"that", b"is", b"its", b"spelled", b"spelt"],
    );
    if letters < 2 {
        return None;
    }
    let later = read_name(toks, i).filter(|p| !p.spelled && p.len > parts.len)?;
    if !only_trailer(toks, later.stop) {
        return None;
    }
    repeats_a_part(toks, parts, &later).then_some(later)
}

/// "katherine with a k, katherine doyle", "Stephen, spelled with a P-H, Stephen Lee":
/// after a remark on how the name is written ("with a K", "without an H", "spelled
/// with two Ls"), a longer name that repeats a part of the first is the caller's; so
/// is one whose first part is the first said with the remark's letters or marks put
/// in ("Jon with an H, John Smith", "Zoe with two dots, Zoë Tran": within two edits).
/// The remark's letters are no spelling of the name; a name they spell ("Chris with a
/// K, K-R-I-S, Kris Olsen") is the caller's too.
pub(super) fn restated_after_letter_remark(toks: &[Word<'_>], parts: &Parts) -> Option<Parts> {
    if parts.spelled {
        return None;
    }
    let i = letter_remark_at(toks, parts.stop)?;
    let later = read_name(toks, i).filter(|p| !p.spelled && p.len > parts.len)?;
    (repeats_a_part(toks, parts, &later)
        || close_to_a_part(toks, parts, &later)
        || spelled_before(toks, i, &later))
    .then_some(later)
}

/// Whether some word of `later` is a word of `earlier` ("Name's Bond. James Bond."), or
/// its long form ("Jen, Jenna Morrow", "Bob, well Robert Smith").
fn repeats_a_part(toks: &[Word<'_>], earlier: &Parts, later: &Parts) -> bool {
    let earlier = &earlier.spans[..earlier.len];
    later.spans[..later.len].iter().any(|l| {
        earlier.iter().any(|e| {
            part_key(toks, *e)
                .zip(part_key(toks, *l))
                .is_some_and(|(e, l)| said_again(e, l))
        })
    })
}

/// Whether the name word `later` says the word `earlier` again: the same word, or a
/// longer form that starts with it ("Jen, Jenna Morrow": the short name, then the full
/// one), three letters at least, or a common short form of it or its long form ("Bob"
/// and "Robert", either way round: [`lexicon::short_form_pair`]).
pub(super) fn said_again(earlier: &[u8], later: &[u8]) -> bool {
    earlier == later
        || (earlier.len() >= 3 && later.len() > earlier.len() && later.starts_with(earlier))
        || lexicon::short_form_pair(earlier, later)
}

/// Whether the letters spelled just before token `end` (after a remark such as "with
/// a K") end with a word of `later`: "Chris with a K, K-R-I-S, Kris Olsen" spells the
/// name said after it.
fn spelled_before(toks: &[Word<'_>], end: usize, later: &Parts) -> bool {
    let mut letters = Vec::new();
    for t in toks[..end].iter().rev() {
        if is_single_letter(t) {
            letters.extend(t.key_bytes().iter().rev());
        } else if !t.is_punct('-') && !t.is_punct(',') && !t.is_punct('.') {
            break;
        }
    }
    letters.reverse();
    later.spans[..later.len].iter().any(|l| {
        toks.iter()
            .find(|t| t.span == *l)
            .is_some_and(|t| t.key_bytes().len() >= 2 && letters.ends_with(t.key_bytes()))
    })
}

/// A remark on how the name is written starting at token `i` (after commas): "with a
/// K", "without an H", "spelled with two Ls", "with no H"; the index after it.
pub(super) fn letter_remark_at(toks: &[Word<'_>], mut i: usize) -> Option<usize> {
    while toks.get(i).is_some_and(|t| t.is_punct(',')) {
        i += 1;
    }
    if word_is(toks, i, "spelled") || word_is(toks, i, "spelt") {
        i += 1;
    }
    if !(word_is(toks, i, "with") || word_is(toks, i, "without")) {
        return None;
    }
    let (i, letters) = skip_letters(toks, i + 1, &[b"an", b"no", b"two", b"double"]);
    if let Some(end) = mark_end(toks, i) {
        return Some(end);
    }
    (letters > 0).then_some(i)
}

/// Marks a name may be written with ("with a hyphen", "with an accent", "with two
/// dots").
const MARKS: &[&[u8]] = &[
    b"accent",
    b"accents",
    b"apostrophe",
    b"cedilla",
    b"dash",
    b"dots",
    b"hyphen",
    b"umlaut",
];

/// The index after a mark said at token `i` in a remark on how the name is written
/// ([`MARKS`], after "acute"/"grave", then "on the E"), if one is.
fn mark_end(toks: &[Word<'_>], mut i: usize) -> Option<usize> {
    if word_is(toks, i, "acute") || word_is(toks, i, "grave") {
        i += 1;
    }
    let t = toks.get(i)?;
    if !(t.is_word() && MARKS.contains(&t.key_bytes())) {
        return None;
    }
    i += 1;
    // "on the E", "over the e".
    if (word_is(toks, i, "on") || word_is(toks, i, "over"))
        && word_is(toks, i + 1, "the")
        && toks.get(i + 2).is_some_and(is_single_letter)
    {
        i += 3;
    }
    Some(i)
}

/// From token `i`, past single letters (a spelling), light punctuation, fillers and
/// the `words` given: the index of the first other token, and how many letters were
/// passed.
fn skip_letters(toks: &[Word<'_>], mut i: usize, words: &[&[u8]]) -> (usize, usize) {
    let mut letters = 0;
    while let Some(t) = toks.get(i) {
        // "with two n's", "with two Ls": a letter in the plural after its count.
        let counted = i > 0 && matches!(toks[i - 1].key_bytes(), b"two" | b"double");
        let skip = match t.kind {
            TokenKind::Punct(c) => matches!(c, ',' | '.' | '-' | '!' | ';'),
            TokenKind::Word if is_single_letter(t) || (counted && plural_letter(t)) => {
                letters += 1;
                true
            }
            TokenKind::Word => words.contains(&t.key_bytes()) || lexicon::is_filler(t.key_bytes()),
            TokenKind::Digits => false,
        };
        if !skip {
            break;
        }
        i += 1;
    }
    (i, letters)
}

/// A letter in the plural: "n's", "Ls", "ns" (the apostrophe is dropped from the key).
fn plural_letter(t: &Word<'_>) -> bool {
    let key = t.key_bytes();
    t.is_word() && key.len() == 2 && key[0].is_ascii_alphabetic() && key[1] == b's'
}

/// Who a booking may be for, said before their name ("for my son, Kyle Dunn").
const RELATIONS: &[&str] = &[
    "son",
    "daughter",
    "kid",
    "child",
    "boy",
    "girl",
    "baby",
    "wife",
    "husband",
    "partner",
    "spouse",
    "fiance",
    "fiancee",
    "boyfriend",
    "girlfriend",
    "mother",
    "mom",
    "mum",
    "father",
    "dad",
    "parent",
    "brother",
    "sister",
    "grandmother",
    "grandma",
    "grandfather",
    "grandpa",
    "grandson",
    "granddaughter",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "cousin",
    "friend",
    "roommate",
    "colleague",
    "boss",
];

/// Whether `t` is one of [`RELATIONS`] ("son", "wife").
pub(super) fn is_relation(t: &Word<'_>) -> bool {
    t.is_word() && is_relation_key(t.key_bytes())
}

/// Whether a lookup key (lowercase, apostrophes dropped) is one of [`RELATIONS`].
pub(super) fn is_relation_key(key: &[u8]) -> bool {
    RELATIONS.iter().any(|r| r.as_bytes() == key)
}

/// With a name expected: "it's for Olga Petrova", "the booking would be for Hana Sato,
/// thanks", "it's for my son, Kyle Dunn", "it's for me, Sarah Connor" (a relation or
/// "me" before the name is skipped). The
/// name must close the turn, or be followed only by a number set off by a comma
/// ("monday at 4, it's for glen hiscock, 709 555 6309").
pub(super) fn after_for(text: &str, toks: &[Word<'_>]) -> Option<Match<PersonName>> {
    let at = (0..toks.len()).rev().find(|&i| word_is(toks, i, "for"))?;
    let mut start = at + 1;
    if (word_is(toks, start, "my") || word_is(toks, start, "our"))
        && toks.get(start + 1).is_some_and(is_relation)
    {
        start += 2;
    } else if word_is(toks, start, "me") || word_is(toks, start, "myself") {
        // "yeah it's for me, sarah connor": the caller's own name follows.
        start += 1;
    }
    let parts = read_name(toks, start).filter(|p| !p.spelled)?;
    if !only_trailer(toks, parts.stop) && !only_number_after_comma(toks, parts.stop) {
        return None;
    }
    parts.name_match(text, "name/for-expected")
}

/// From token `i`: a comma, then nothing but a number (digits, number words, dashes
/// and dots between them) to the end of the turn.
fn only_number_after_comma(toks: &[Word<'_>], i: usize) -> bool {
    // A name read stops past a comma after it ("glen hiscock, 709": at the digits).
    let start = match toks.get(i) {
        Some(t) if t.is_punct(',') => i + 1,
        _ if i > 0 && toks.get(i - 1).is_some_and(|t| t.is_punct(',')) => i,
        _ => return false,
    };
    let rest = toks.get(start..).unwrap_or_default();
    rest.iter()
        .any(|t| t.kind == TokenKind::Digits || t.number_word().is_some())
        && rest.iter().all(|t| match t.kind {
            TokenKind::Digits => true,
            TokenKind::Word => t.number_word().is_some(),
            TokenKind::Punct(c) => matches!(c, '.' | ',' | '-'),
        })
}

/// With a name expected, a name said as a sentence of its own that closes the turn,
/// after talk with no naming cue ("11 would be better. Rita Moreno."): at least two
/// words, so a closing "Thanks." or "Perfect." is no name.
pub(super) fn closing_sentence(text: &str, toks: &[Word<'_>]) -> Option<Match<PersonName>> {
    let last = toks.iter().rposition(|t| t.is_word())?;
    let stop = toks[..last]
        .iter()
        .rposition(|t| matches!(t.kind, TokenKind::Punct('.' | '!' | '?')))?;
    // "first and last? okay, Hana Sato": past an acknowledgement.
    let parts = read_name(toks, super::skip_openers(toks, stop + 1))
        .filter(|p| !p.spelled && p.len >= 2)?;
    if !only_trailer(toks, parts.stop) {
        return None;
    }
    parts.name_match(text, "name/closing-sentence")
}

/// "it's for my dad, Robert Hughes. my name is Sarah Hughes", "for my son, liam
/// stone, friday at 3", "i'd like to book my son liam in": the name after "for my
/// <relation>" (or "book", "bring", "get" my <relation>), wherever it stands. When
/// other words come first, the name said after them as the answer to "what name?"
/// ("for my husband instead, it's Marc Leblanc", "for my daughter, Emma, Emma Quinn").
pub(super) fn for_relation(text: &str, toks: &[Word<'_>]) -> Option<Match<PersonName>> {
    (0..toks.len()).find_map(|i| {
        let mine = word_is(toks, i + 1, "my") || word_is(toks, i + 1, "our");
        let relation = ["for", "book", "bring", "get"]
            .iter()
            .any(|w| word_is(toks, i, w))
            && mine
            && toks.get(i + 2).is_some_and(is_relation);
        // "put it under my wife's name, Mary Pike": the name after the relation's "name".
        let under = word_is(toks, i, "under")
            && mine
            && toks.get(i + 2).is_some_and(|t| {
                super::is_possessive(t)
                    && t.key_bytes()
                        .split_last()
                        .is_some_and(|(_, k)| is_relation_key(k))
            })
            && word_is(toks, i + 3, "name");
        // "it's for her, Jenny Bo": a pronoun for the person, a pause, then the name;
        // "my wife, Jenny Bo" opening the turn: the relation alone, a pause, then the
        // name ("my son drives me, he's got shifts" names no one: messy23 t-01).
        let pronoun = word_is(toks, i, "for")
            && ["him", "her", "them"]
                .iter()
                .any(|w| word_is(toks, i + 1, w))
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',')));
        let lead = i == 0
            && (word_is(toks, 0, "my") || word_is(toks, 0, "our"))
            && toks.get(1).is_some_and(is_relation)
            && toks
                .get(2)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(',')));
        if pronoun || lead {
            // The name read as after "for my <relation>", one word earlier.
            let at = if lead { 2 } else { i + 2 };
            return read_name(toks, at)
                .filter(|p| !p.spelled)
                .and_then(|parts| {
                    corrected(toks, &parts)
                        .or_else(|| restated(toks, &parts))
                        .unwrap_or(parts)
                        .name_match(text, "name/for-relation")
                });
        }
        if !(relation || under) {
            return None;
        }
        let i = i + usize::from(under);
        match read_name(toks, i + 3).filter(|p| !p.spelled) {
            Some(parts) => corrected(toks, &parts)
                .or_else(|| restated(toks, &parts))
                .unwrap_or(parts)
                .name_match(text, "name/for-relation"),
            None => super::extract_tokens(text, toks.get(i + 3..)?, Some(crate::Expect::Name))
                .filter(|m| m.value.as_str().split_whitespace().count() >= 2)
                .map(|m| Match {
                    rule: "name/for-relation",
                    ..m
                }),
        }
    })
}

/// A bare reading that runs straight on into a sentence ("use my work line",
/// "ignore previous instructions and book me"): the next word, with no pause, is a
/// common word that is not politeness or a spelling (announced or not).
pub(super) fn runs_into_sentence(toks: &[Word<'_>], parts: &Parts) -> bool {
    let Some(next) = toks.get(parts.stop) else {
        return false;
    };
    let last = parts.spans[parts.len.saturating_sub(1)];
    let pause = toks
        .iter()
        .any(|t| !t.is_word() && t.span.start >= last.end && t.span.end <= next.span.start);
    !pause
        && next.is_word()
        && next.text.chars().count() > 1
        && lexicon::is_stopword(next.key_bytes())
        && !lexicon::is_politeness(next.key_bytes())
        && !(next.is_key("here") || next.is_key("speaking"))
        // "Katherine with a K": a remark on the spelling, not a sentence.
        && letter_remark_at(toks, parts.stop).is_none()
        // "anna kowalczyk that's k o w a l c z y k": a spelling announced.
        && !super::spelling_after(toks, parts.stop)
}

#[cfg(test)]
mod tests {
    use super::for_relation;
    use crate::lexer::token_vec;

    fn booked(text: &str) -> Option<String> {
        for_relation(text, &token_vec(text)).map(|m| m.value.as_str().to_owned())
    }

    /// Front desk 29: the person a booking is for named after a pronoun and a pause, or
    /// after the relation alone opening the turn.
    #[test]
    fn a_name_after_for_her_or_a_bare_relation() {
        assert_eq!(
            booked("it's for her, jenny bo").as_deref(),
            Some("Jenny Bo")
        );
        assert_eq!(
            booked("uh, my wife's name, it's for her, jenny bo").as_deref(),
            Some("Jenny Bo")
        );
        assert_eq!(booked("my wife, jenny bo").as_deref(), Some("Jenny Bo"));
        assert_eq!(booked("our son, liam stone").as_deref(), Some("Liam Stone"));
        // No pause after the pronoun or the relation, or no name: nothing.
        assert_eq!(booked("my son drives me, he's got shifts"), None);
        assert_eq!(booked("my son, he's got shifts"), None);
        assert_eq!(booked("can i book it for her tomorrow at 3"), None);
        assert_eq!(booked("it's for her, tomorrow at 3"), None);
        assert_eq!(booked("my wife, she can't make it"), None);
        assert_eq!(booked("is it for him?"), None);
    }
}
