//! Phone number extraction (SPEC §2 "Phone").
//!
//! Two steps. The spoken-form normaliser (`spoken`) turns the turn into *runs* of
//! digit groups ("four sixteen, five five five, twelve thirty four" is one run of
//! groups `4 16 555 12 34`). The validator below then reads each run whole:
//!
//! - `+`/"plus" runs: `+1` and a NANP number, or another country code checked with
//!   the `phonenumber` metadata (loaded lazily, only for such numbers); `011` and a
//!   country code is the same as `+`.
//! - other runs: ten NANP digits `NPA NXX XXXX` (N in 2-9), optionally after `1`. A
//!   run holding several numbers is split only at group boundaries and only if every
//!   piece is a number ("call 403 555 0123 403 555 0124"); a run may be cut only at a
//!   comma or period, or before a written `3-3-4` number ("unit 5, 403 555 0123"), and
//!   only to drop fewer than four digits; its end is never cut after a piece of fewer
//!   than four digits said between pauses ("zéro, zéro, quatre-vingts, un" is one
//!   number given in pieces, not a number and a stray "un").
//!   A ten-digit window is never cut out of a longer digit string, so a 16-digit card
//!   number, a date or an amount gives nothing.
//! - a later run of four (or seven) digits after a correction cue replaces the end of
//!   the previous number ("403 555 0123, sorry, 0124"), and three digits after a
//!   correction cue and "area code" replace its area code ("..., sorry, area code 587"),
//!   and three after "the middle part is" its middle group ("the first three are" its
//!   area code, also when said after seven digits that were no number yet).
//! - a run that starts over ("four one six five five, uh, four one six five five five
//!   ...") drops its false start; a number broken off and finished after a correction
//!   cue ("... oh one, sorry, oh one two three") keeps what came before the digits said
//!   again.
//!
//! The last number said wins. Each result names its rule (`phone/nanp`, ...).
//!
//! ```
//! use bella_extract::phone::extract;
//! let m = extract("my cell is four one six, five five five, twelve thirty four", "CA").unwrap();
//! assert_eq!(m.value.e164(), "+14165551234");
//! assert!(extract("card 4111 1111 1111 1111", "CA").is_none());
//! ```

mod spoken;

use crate::lexer::{Token, token_vec};
use crate::{Match, Span};
use bella_core::PhoneNumber;
use spoken::Run;

/// The last phone number said in `text`; `region` is the default region (`"CA"`).
///
/// For a region outside the North American plan, a number without `+` is also read
/// as a national number of that region.
pub fn extract(text: &str, region: &str) -> Option<Match<PhoneNumber>> {
    extract_tokens(text, &token_vec(text), region)
}

/// [`extract`] over the turn's tokens ([`token_vec`]), shared with the other
/// extractors so the turn is tokenised once.
pub fn extract_tokens(text: &str, toks: &[Token<'_>], region: &str) -> Option<Match<PhoneNumber>> {
    let mut best: Option<Match<PhoneNumber>> = None;
    let nanp_region = is_nanp_region(region);
    // A lone three-digit run that may be an area code said apart from the rest.
    let mut area: Option<([u8; 3], Span, usize)> = None;
    // "0123, no, not 0123, 0132": the digits said right after digits given up put
    // them right, as after a correction cue.
    let mut replaces = false;
    // The last run that held no number: a number broken off, maybe finished later.
    let mut broken: Option<Broken> = None;
    spoken::for_each_run(toks, text, |run| {
        if run.poisoned || run.overflow {
            area = None;
            replaces = false;
            broken = None;
            return;
        }
        // "416 555 1234, not 416 555 1243": a number said after "not" ("pas") is given
        // up, so it never replaces one said before.
        let given_up = best.is_some() && after_not(toks, run.first_tok);
        let after_given_up = std::mem::replace(&mut replaces, given_up);
        if given_up {
            area = None;
            broken = None;
            if let Some(fixed) = best.as_ref().and_then(|b| said_instead(b, toks, run)) {
                best = Some(fixed);
                replaces = false;
            }
            return;
        }
        let found = if let Some(found) = read_run(run, region, nanp_region) {
            Some(found)
        } else if let Some(fixed) = best
            .as_ref()
            .and_then(|b| corrected_tail(b, toks, run, 0, after_given_up))
        {
            Some(fixed)
        } else if let Some(joined) = area.and_then(|a| after_area_code(toks, a, run)) {
            Some(joined)
        } else {
            broken.and_then(|b| {
                finished_after_correction(&b, toks, run).or_else(|| area_code_after(&b, toks, run))
            })
        };
        broken = match found {
            Some(_) => None,
            None => Broken::of(run),
        };
        if found.is_some() {
            best = found;
        }
        area = None;
        let d = run.digits_of(0, run.ngroups);
        if run.plus.is_none() && d.len() == 3 && d[0] >= b'2' {
            area = Some((
                [d[0], d[1], d[2]],
                span_of(run, 0, run.ngroups),
                run.end_tok,
            ));
        }
    });
    best
}

/// The digits of a number said in pieces: the last run of three to nine digits in a
/// turn holding no whole number ("four one six", "it's 416 555...", "area code 647";
/// then "0124" or "five five five, oh one two three" for the rest). `None` when the
/// turn holds a whole number, no such run, or an amount.
///
/// ```
/// use bella_extract::phone::partial;
/// assert_eq!(partial("area code 647").as_deref(), Some("647"));
/// assert_eq!(partial("five five five, oh one two three").as_deref(), Some("5550123"));
/// assert!(partial("416 555 0123").is_none());
/// assert!(partial("at 10").is_none());
/// ```
pub fn partial(text: &str) -> Option<String> {
    if extract(text, "CA").is_some() {
        return None;
    }
    let mut last = None;
    spoken::for_each_run(&token_vec(text), text, |run| {
        let d = run.digits_of(0, run.ngroups);
        if !run.poisoned && !run.overflow && run.plus.is_none() && (3..=9).contains(&d.len()) {
            last = Some(String::from_utf8_lossy(d).into_owned());
        }
    });
    last
}

/// Whether the word before token `i` (punctuation skipped) is "not", or French "pas"
/// (the French rewrite hands its other words through).
fn after_not(toks: &[Token<'_>], i: usize) -> bool {
    said_before(toks, i).is_some_and(|t| t.is("not") || t.is("pas"))
}

/// The last word or digits said before token `i`.
fn said_before<'a, 't>(toks: &'a [Token<'t>], i: usize) -> Option<&'a Token<'t>> {
    toks[..i.min(toks.len())]
        .iter()
        .rev()
        .find(|t| t.is_word() || t.kind == crate::lexer::TokenKind::Digits)
}

/// Whether the word right before token `i` makes the digits after it a clock:
/// "416 555 12, sorry, at 10 30" is a number broken off, then a time, never the end
/// of the number.
fn after_clock_word(toks: &[Token<'_>], i: usize) -> bool {
    said_before(toks, i).is_some_and(|t| t.key.is_any(&["at", "around", "about", "à", "vers"]))
}

/// "area code six one three, the number is five five five one two three four": a
/// three-digit run, a few linking words, then a seven-digit run. The linking words
/// may be French (the French rewrite hands its words through: "le 514, pis le reste
/// c'est 555-0166"), or a hesitation ("four one six... wait... five five five ...";
/// with nothing said before, the seven digits can only finish that area code).
fn after_area_code(
    toks: &[Token<'_>],
    (npa, npa_span, npa_end): ([u8; 3], Span, usize),
    run: &Run,
) -> Option<Match<PhoneNumber>> {
    const LINKS: &[&str] = &[
        "number", "is", "the", "and", "then", "rest", "its", "my", "phone", "uh", "um", "sorry",
        "wait", "le", "reste", "cest", "et",
    ];
    let between = toks.get(npa_end..run.first_tok)?;
    let words = between.iter().filter(|t| t.is_word()).count();
    let linked = words <= 5 && between.iter().all(|t| !t.is_word() || t.key.is_any(LINKS));
    let rest = run.digits_of(0, run.ngroups);
    if !linked || run.plus.is_some() || rest.len() != 7 {
        return None;
    }
    let mut ten = [0u8; 10];
    ten[..3].copy_from_slice(&npa);
    ten[3..].copy_from_slice(rest);
    let value = PhoneNumber::from_nanp_digits(std::str::from_utf8(&ten).ok()?).ok()?;
    let span = npa_span.cover(span_of(run, 0, run.ngroups));
    Some(Match {
        span,
        value,
        rule: "phone/area-code-then-number",
    })
}

/// The digits of a run that held no number (three to nine, no "+"), kept in case the
/// caller breaks off and says the rest again after a correction cue.
#[derive(Clone, Copy)]
struct Broken {
    digits: [u8; 9],
    len: usize,
    span: Span,
}

impl Broken {
    fn of(run: &Run) -> Option<Self> {
        let d = run.digits_of(0, run.ngroups);
        if run.plus.is_some() || !(3..=9).contains(&d.len()) {
            return None;
        }
        let mut digits = [0u8; 9];
        digits[..d.len()].copy_from_slice(d);
        Some(Self {
            digits,
            len: d.len(),
            span: span_of(run, 0, run.ngroups),
        })
    }
}

/// "six oh four five five five oh one, sorry, oh one two three": a number broken off
/// before its end, and four to seven digits after a correction cue that finish it. The
/// digits said again replace those said last: the first `10 - n` digits of the broken
/// run are kept ("quatre cinq zéro cinq cinq cinq zéro un, non attendez, zéro deux
/// trois quatre" gives 450 555 0234).
fn finished_after_correction(
    broken: &Broken,
    toks: &[Token<'_>],
    run: &Run,
) -> Option<Match<PhoneNumber>> {
    let tail = run.digits_of(0, run.ngroups);
    if !run.after_correction
        || run.plus.is_some()
        || !(4..=7).contains(&tail.len())
        || after_clock_word(toks, run.first_tok)
    {
        return None;
    }
    let keep = 10 - tail.len();
    if broken.len < keep {
        return None;
    }
    let mut ten = [0u8; 10];
    ten[..keep].copy_from_slice(&broken.digits[..keep]);
    ten[keep..].copy_from_slice(tail);
    let value = PhoneNumber::from_nanp_digits(std::str::from_utf8(&ten).ok()?).ok()?;
    Some(Match {
        span: broken.span.cover(span_of(run, 0, run.ngroups)),
        value,
        rule: "phone/finished-after-correction",
    })
}

/// "five five five oh one two three, and the first three are five one four": seven
/// digits that were no number, then three named as the area code ("area code", "the
/// area code is", "the first three are") that go before them.
fn area_code_after(broken: &Broken, toks: &[Token<'_>], run: &Run) -> Option<Match<PhoneNumber>> {
    let npa = run.digits_of(0, run.ngroups);
    let named = names_area_code(toks, run.first_tok) || names_part(toks, run.first_tok, &["first"]);
    if run.plus.is_some() || npa.len() != 3 || broken.len != 7 || !named {
        return None;
    }
    let mut ten = [0u8; 10];
    ten[..3].copy_from_slice(npa);
    ten[3..].copy_from_slice(&broken.digits[..7]);
    let value = PhoneNumber::from_nanp_digits(std::str::from_utf8(&ten).ok()?).ok()?;
    Some(Match {
        span: broken.span.cover(span_of(run, 0, run.ngroups)),
        value,
        rule: "phone/area-code-after-number",
    })
}

/// A run that starts over after a hesitation or a pause: "four one six five five uh
/// four one six five five five two one oh nine" (from the beginning), "six oh four five
/// five five oh one uh oh one two three" (from the group being said). The digits after
/// the pause say again the last digits before it (at least two) and go on; the number
/// is what came before those, then everything after the pause. A dictation with a
/// comma between every digit is never cut ([`cuts_at_commas`]).
fn restarted(run: &Run) -> Option<Match<PhoneNumber>> {
    let n = run.ngroups;
    (1..n).rev().find_map(|j| {
        if !(run.groups()[j].hesitation || cuts_at_commas(run, j)) {
            return None;
        }
        let before = run.digits_of(0, j);
        let after = run.digits_of(j, n);
        let value = if after.len() >= 10 {
            // Said again from the start: the whole number follows the pause.
            let national = if after.len() == 11 {
                &after[1..]
            } else {
                after
            };
            let repeats = national.starts_with(before) || after.starts_with(before);
            nanp(after).filter(|_| before.len() >= 2 && repeats)?
        } else {
            let keep = 10 - after.len();
            let again = before.get(keep..).filter(|b| b.len() >= 2)?;
            if !after.starts_with(again) {
                return None;
            }
            let mut ten = [0u8; 10];
            ten[..keep].copy_from_slice(&before[..keep]);
            ten[keep..].copy_from_slice(after);
            PhoneNumber::from_nanp_digits(std::str::from_utf8(&ten).ok()?).ok()?
        };
        Some(Match {
            span: span_of(run, 0, n),
            value,
            rule: "phone/restarted",
        })
    })
}

/// True for regions of the North American Numbering Plan (or an unknown region).
fn is_nanp_region(region: &str) -> bool {
    const NANP: &[&str] = &[
        "CA", "US", "AG", "AI", "AS", "BB", "BM", "BS", "DM", "DO", "GD", "GU", "JM", "KN", "KY",
        "LC", "MP", "MS", "PR", "SX", "TC", "TT", "VC", "VG", "VI",
    ];
    let region = region.trim();
    region.is_empty() || region.len() != 2 || NANP.iter().any(|r| r.eq_ignore_ascii_case(region))
}

fn span_of(run: &Run, a: usize, b: usize) -> Span {
    let groups = run.groups();
    let start = run.plus.filter(|_| a == 0).unwrap_or(groups[a].span);
    start.cover(groups[b - 1].span)
}

/// Ten NANP digits, or `1` and ten NANP digits.
fn nanp(d: &[u8]) -> Option<PhoneNumber> {
    let ten = match d.len() {
        10 => d,
        11 if d[0] == b'1' => &d[1..],
        _ => return None,
    };
    PhoneNumber::from_nanp_digits(std::str::from_utf8(ten).ok()?).ok()
}

/// A number with its country code (digits after `+`), checked with `phonenumber`.
fn international(d: &[u8]) -> Option<PhoneNumber> {
    if d.first() == Some(&b'1') {
        return nanp(d).filter(|_| d.len() == 11);
    }
    if !(8..=15).contains(&d.len()) {
        return None;
    }
    let mut s = String::with_capacity(d.len() + 1);
    s.push('+');
    s.push_str(std::str::from_utf8(d).ok()?);
    let parsed = phonenumber::parse(None, &s).ok()?;
    if !phonenumber::is_valid(&parsed) {
        return None;
    }
    let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
    PhoneNumber::from_e164(&e164).ok()
}

/// A national number of a non-NANP `region`, checked with `phonenumber`.
fn national(d: &[u8], region: &str) -> Option<PhoneNumber> {
    let id: phonenumber::country::Id = region.trim().to_ascii_uppercase().parse().ok()?;
    if !(6..=15).contains(&d.len()) {
        return None;
    }
    let parsed = phonenumber::parse(Some(id), std::str::from_utf8(d).ok()?).ok()?;
    if !phonenumber::is_valid(&parsed) {
        return None;
    }
    let e164 = parsed.format().mode(phonenumber::Mode::E164).to_string();
    PhoneNumber::from_e164(&e164).ok()
}

/// Reads one run as a number, or `None`.
fn read_run(run: &Run, region: &str, nanp_region: bool) -> Option<Match<PhoneNumber>> {
    let n = run.ngroups;
    let all = run.digits_of(0, n);
    if run.plus.is_some() {
        let value = international(all)?;
        let rule = if value.is_nanp() {
            "phone/plus-one"
        } else {
            "phone/international"
        };
        return Some(Match {
            span: span_of(run, 0, n),
            value,
            rule,
        });
    }
    if let Some(value) = all
        .strip_prefix(b"011")
        .and_then(international)
        .filter(|v| !v.is_nanp())
    {
        let span = span_of(run, 0, n);
        return Some(Match {
            span,
            value,
            rule: "phone/international-011",
        });
    }
    if let Some(found) = nanp_in_run(run).or_else(|| restarted(run)) {
        return Some(found);
    }
    if !nanp_region {
        let value = national(all, region)?;
        return Some(Match {
            span: span_of(run, 0, n),
            value,
            rule: "phone/national",
        });
    }
    None
}

/// Where a run may start: its beginning, after a comma or period, after leading
/// "oh" interjections, or before a written `3-3-4` (or `1-3-3-4`) number.
fn may_start(run: &Run, j: usize) -> bool {
    let groups = run.groups();
    // What is cut off must be short: a cut never drops part of a long digit string.
    let cut = run.digits_of(0, j).len();
    if j == 0 || groups[..j].iter().all(|g| g.zero_word) || (cuts_at_commas(run, j) && cut < 4) {
        return true;
    }
    const SHAPES: &[&[u8]] = &[&[3, 3, 4], &[10], &[1, 3, 3, 4], &[11], &[1, 10]];
    let rest = &groups[j..];
    cut <= 5
        && SHAPES
            .iter()
            .any(|s| s.len() == rest.len() && s.iter().zip(rest).all(|(w, g)| *w == g.written))
}

/// A comma or period before group `j` separates two things, unless the caller put one
/// between every group ("4, 0, 3, 5, ..." is one dictation, never cut).
fn cuts_at_commas(run: &Run, j: usize) -> bool {
    let groups = run.groups();
    groups[j].strong && !groups[1..].iter().all(|g| g.strong)
}

/// Whether the digits said since the last comma or period before group `end` are
/// fewer than four: the caller was giving the number in small pieces with a pause after
/// each ("sept huit deux, cinq cinq cinq, zéro, zéro, quatre-vingts, un"), so the piece
/// after the pause at `end` goes on with the same number and is never cut off its end.
/// A number that ends on a whole group ("403 555 0123, 5", "..., oh one two three, 5")
/// may still be cut there.
fn said_in_pieces(run: &Run, end: usize) -> bool {
    let groups = run.groups();
    let since = (1..end).rev().find(|&j| groups[j].strong).unwrap_or(0);
    run.digits_of(since, end).len() < 4
}

/// The last NANP number of a run split into whole numbers at group boundaries.
fn nanp_in_run(run: &Run) -> Option<Match<PhoneNumber>> {
    let n = run.ngroups;
    // Ends: the run's end, or before a group that follows a comma or period.
    for end in (1..=n).rev() {
        if end < n
            && (!cuts_at_commas(run, end)
                || run.digits_of(end, n).len() >= 4
                || said_in_pieces(run, end))
        {
            continue;
        }
        for start in 0..end {
            if !may_start(run, start) {
                continue;
            }
            if let Some((a, value)) = last_of_partition(run, start, end) {
                let rule = if a > start {
                    "phone/nanp-last-of-several"
                } else if start > 0 || end < n {
                    "phone/nanp-part-of-run"
                } else {
                    "phone/nanp"
                };
                return Some(Match {
                    span: span_of(run, a, end),
                    value,
                    rule,
                });
            }
        }
    }
    None
}

/// If groups `start..end` split into whole NANP numbers, the last one and its first group.
fn last_of_partition(run: &Run, start: usize, end: usize) -> Option<(usize, PhoneNumber)> {
    let total = run.digits_of(start, end).len();
    if !(10..=spoken::MAX_DIGITS).contains(&total) {
        return None;
    }
    // A piece from group j is 10 or 11 digits, so only a couple of ends k can work.
    let piece = |j: usize, k: usize| {
        let d = run.digits_of(j, k);
        (d.len() >= 10).then(|| nanp(d)).flatten()
    };
    let ends = |j: usize| (j + 1..=end).take_while(move |&k| run.digits_of(j, k).len() <= 11);
    // ok[j]: groups j..end split into whole numbers. Filled from the end.
    let mut ok = [false; spoken::MAX_GROUPS + 1];
    ok[end] = true;
    for j in (start..end).rev() {
        ok[j] = ends(j).any(|k| ok[k] && piece(j, k).is_some());
    }
    if !ok[start] {
        return None;
    }
    // Walk forward along the split; the last piece is the answer.
    let mut j = start;
    loop {
        let k = ends(j).find(|&k| ok[k] && piece(j, k).is_some())?;
        if k == end {
            return Some((j, piece(j, k)?));
        }
        j = k;
    }
}

/// "403 555 0123, sorry, 0124": four or seven digits after a correction cue (or right
/// after digits given up: `cued`) replace the end of the previous NANP number; three
/// digits right after "area code" ("403 555 0123, sorry, area code 587") replace its
/// area code.
/// Only the groups from `from` on are read.
fn corrected_tail(
    prev: &Match<PhoneNumber>,
    toks: &[Token<'_>],
    run: &Run,
    from: usize,
    cued: bool,
) -> Option<Match<PhoneNumber>> {
    if !(run.after_correction || cued) || run.plus.is_some() {
        return None;
    }
    let tail = run.digits_of(from, run.ngroups);
    let at = match tail.len() {
        4 | 7 => 10 - tail.len(),
        3 if from == 0 && names_area_code(toks, run.first_tok) => 0,
        3 if from == 0 && names_part(toks, run.first_tok, &["first"]) => 0,
        3 if from == 0 && names_part(toks, run.first_tok, &["middle", "milieu"]) => 3,
        _ => return None,
    };
    let mut ten = [0u8; 10];
    ten.copy_from_slice(prev.value.national_digits()?.as_bytes());
    ten[at..at + tail.len()].copy_from_slice(tail);
    let value = PhoneNumber::from_nanp_digits(std::str::from_utf8(&ten).ok()?).ok()?;
    let span = prev.span.cover(span_of(run, from, run.ngroups));
    Some(Match {
        span,
        value,
        rule: "phone/corrected-tail",
    })
}

/// "not 0123, 0132" heard as one run of digits after "not": the groups after a comma,
/// as many digits as those given up before it, put right the end of the previous
/// number ([`corrected_tail`]).
fn said_instead(
    prev: &Match<PhoneNumber>,
    toks: &[Token<'_>],
    run: &Run,
) -> Option<Match<PhoneNumber>> {
    (1..run.ngroups)
        .rev()
        .filter(|&j| {
            run.groups()[j].strong
                && run.digits_of(0, j).len() == run.digits_of(j, run.ngroups).len()
        })
        .find_map(|j| corrected_tail(prev, toks, run, j, true))
}

/// Whether the words right before token `i` name a group of a number by one of
/// `names`: "the middle part is", "the middle three are", "the first three are",
/// French "le milieu c'est".
fn names_part(toks: &[Token<'_>], i: usize, names: &[&str]) -> bool {
    const SKIP: &[&str] = &["is", "are", "part", "bit", "digits", "cest", "est", "le"];
    toks[..i.min(toks.len())]
        .iter()
        .rev()
        .find(|t| t.is_word() && !t.key.is_any(SKIP) && !t.is("three"))
        .is_some_and(|t| t.key.is_any(names))
}

/// Whether the words right before token `i` (punctuation and "is" skipped) name an area
/// code: "area code", "the area code is", French "l'indicatif (régional) c'est le".
fn names_area_code(toks: &[Token<'_>], i: usize) -> bool {
    const INDICATIF: &[&str] = &["indicatif", "lindicatif"];
    let mut words = toks[..i.min(toks.len())]
        .iter()
        .rev()
        .filter(|t| t.is_word() && !t.key.is_any(&["is", "cest", "est", "le"]));
    match words.next() {
        Some(t) if t.is_key("code") => words.next().is_some_and(|t| t.is_key("area")),
        Some(t) if t.key.is_any(&["régional", "regional"]) => {
            words.next().is_some_and(|t| t.key.is_any(INDICATIF))
        }
        Some(t) => t.key.is_any(INDICATIF),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::extract;

    fn e164(text: &str) -> Option<String> {
        extract(text, "CA").map(|m| m.value.e164().to_owned())
    }

    #[test]
    fn groups_named_as_they_are_said() {
        assert_eq!(
            e164("first three 905, next three 555, last four 0743").as_deref(),
            Some("+19055550743")
        );
        assert_eq!(
            e164("the first three are 514, then 555, then 0741").as_deref(),
            Some("+15145550741")
        );
    }

    #[test]
    fn a_number_given_in_pieces_is_not_cut_before_its_last_piece() {
        // blind19 fr-phone-017: eleven digits said in pieces with a pause after each
        // cannot be a number; the last piece is never cut off to make one.
        assert_eq!(e164("7 8 2, 5 5 5, 0, 0, 80, 1"), None);
        assert_eq!(
            e164("seven eight two, five five five, oh, oh, eighty, one"),
            None
        );
        assert_eq!(e164("416, 555, 01, 23, 4"), None);
        // Ten digits in the same pieces are the number.
        assert_eq!(
            e164("7 8 2, 5 5 5, 0, 80, 1").as_deref(),
            Some("+17825550801")
        );
        // A number that ends on a whole group may still lose a short piece after it.
        assert_eq!(e164("403 555 0123, 5").as_deref(), Some("+14035550123"));
        assert_eq!(
            e164("four oh three, five five five, oh one two three, five").as_deref(),
            Some("+14035550123")
        );
    }

    #[test]
    fn a_clock_after_a_number_broken_off() {
        // probe15 d-01: the digits after "at" are a time, not the number's end.
        assert_eq!(e164("416 555 12, sorry, at 10 30"), None);
        assert_eq!(
            e164("six oh four five five five oh one, sorry, oh one two three").as_deref(),
            Some("+16045550123")
        );
    }
}
