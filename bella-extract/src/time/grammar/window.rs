//! Window rules (SPEC §2 "Windows"): the words around a clock that make it a bound
//! ("after 3", "not before 10", "3 or later", "by 11", "earlier than 10:30"), a part
//! of day said to be excluded ("anytime but the morning", "not in the afternoon"), and
//! the phrases that ask for the earliest free time ("as soon as possible").
//!
//! Ranges ("between 2 and 4", "from 9 to 11", "2 to 4 pm") are joined by the
//! assembler, which sees both clocks.

use super::super::scan::{Lex, ShiftEdge};
use super::clock::clock_at;
use super::num::Toks;
use bella_core::PartOfDay;

/// Which side of a window a clock bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Bound {
    /// The start is at or after the clock.
    After,
    /// The start is before the clock.
    Before,
}

/// A bound found next to a clock: the side, the token range the bound words take,
/// and the rule's name.
#[derive(Clone, Copy, Debug)]
pub(super) struct BoundHit {
    pub(super) bound: Bound,
    /// First token of the bound words (before the clock) or index after them (after).
    pub(super) at: usize,
    pub(super) rule: &'static str,
}

/// Whether the token at `k` is "not", "never" (a negation of what follows), or, before
/// "later than"/"earlier than" (`than`), "no". Elsewhere "no", "actually", "sorry"
/// start a correction: "after 3, actually after 4" is after 4.
fn negates(p: Toks<'_>, k: Option<usize>, than: bool) -> bool {
    k.is_some_and(|k| match p.lex(k) {
        Some(Lex::Not) => true,
        Some(Lex::Correction) => than,
        _ => false,
    })
}

/// The first token of a negation that ends right before the bound words at `at`:
/// "not before 10" (the token before), or a negated verb of up to two words, "I can't
/// come before 10", "I can't make it before 10" (so "can't ... before" is after).
/// Words other than plain verbs stop it: "you don't have anything before 10?" still
/// asks for before 10.
fn negation_start(p: Toks<'_>, at: usize, than: bool) -> Option<usize> {
    let k = at_prev(at)?;
    if negates(p, Some(k), than) {
        return Some(k);
    }
    // "not any earlier than 9:30", "not any later than 2".
    if than && p.is(k, Lex::Any) && k > 0 && p.is(k - 1, Lex::Not) {
        return Some(k - 1);
    }
    // "I can't do anything before 11": "anything" after a verb of doing ("do",
    // "make", "manage") is its object; "you don't have anything before 10?" stays a
    // question for before 10.
    let k = if p.is(k, Lex::Any) && k > 0 && p.is(k - 1, Lex::Do) {
        k - 1
    } else {
        k
    };
    let mut j = k;
    for _ in 0..2 {
        if !matches!(p.lex(j), Some(Lex::Word | Lex::Do)) {
            return None;
        }
        j = j.checked_sub(1)?;
        if p.is(j, Lex::Not) {
            return Some(j);
        }
    }
    None
}

/// Bound words right before a clock at `start`: "after", "not before", "later than",
/// "no later than", "by", "until" ...
pub(super) fn bound_before(p: Toks<'_>, start: usize) -> Option<BoundHit> {
    // "after at 3" does not happen; "after about 3" does: step over one cue.
    let mut k = start.checked_sub(1)?;
    let after_at = p.is(k, Lex::At);
    if after_at || p.is(k, Lex::Cue) || p.is(k, Lex::Hedge) {
        k = k.checked_sub(1)?;
    }
    // "before my 3 o'clock", "after our 10:30": the caller's own engagement at that
    // clock bounds the start.
    if !after_at
        && p.is(k, Lex::Poss)
        && k.checked_sub(1)
            .is_some_and(|b| matches!(p.lex(b), Some(Lex::After | Lex::Before)))
    {
        k -= 1;
    }
    let hit = |bound, at, rule| {
        let negation = negation_start(p, at, p.is(k, Lex::Than));
        Some(BoundHit {
            bound: bound_flip(bound, negation.is_some()),
            at: negation.unwrap_or(at),
            rule,
        })
    };
    // "before my kid's pickup at 3", "after my shift ends at 2", "after the meeting at
    // 1": an event named between the bound word and its clock.
    if after_at && let Some((bound, at)) = event_bound(p, k) {
        return hit(bound, at, "window/event-at");
    }
    // "I start at 10", "I start work at 11", "my shift starts at 1": before it; "I
    // finish at 4", "I get off work at 3": after it (the caller's own day).
    if after_at && let Some((edge, at)) = shift_bound(p, k) {
        let bound = match edge {
            ShiftEdge::Start => Bound::Before,
            ShiftEdge::End => Bound::After,
        };
        return hit(bound, at, "window/own-day");
    }
    match p.lex(k)? {
        Lex::After => hit(Bound::After, k, "window/after"),
        Lex::Before => hit(Bound::Before, k, "window/before"),
        // "by at 10:45" is not a deadline: "by" belongs to a verb ("come by at 10:45",
        // "stop by at 2"), and "at" names the start.
        Lex::By if !after_at => hit(Bound::Before, k, "window/by"),
        Lex::Till if !ranged_from(p, k) => hit(Bound::Before, k, "window/until"),
        // "Friday, earliest 2", "latest 4": the clock is a bound, as in "2 at the earliest".
        Lex::Earliest => hit(Bound::After, k, "window/earliest-clock"),
        Lex::Latest => hit(Bound::Before, k, "window/latest-clock"),
        Lex::Than => match k.checked_sub(1).and_then(|j| p.lex(j)) {
            Some(Lex::Later) => hit(Bound::After, k - 1, "window/later-than"),
            // "no sooner than 1" is "no earlier than 1".
            Some(Lex::Earlier | Lex::Soon) => hit(Bound::Before, k - 1, "window/earlier-than"),
            _ => None,
        },
        _ => None,
    }
}

/// A [`Lex::Shift`] verb ending at `k` (the word before "at <clock>"), or one word
/// before it ("I start work at 11", "I'm done work at 2"): its edge and index.
fn shift_bound(p: Toks<'_>, k: usize) -> Option<(ShiftEdge, usize)> {
    if let Some(Lex::Shift(edge)) = p.lex(k) {
        return Some((edge, k));
    }
    let j = k.checked_sub(1)?;
    match (p.lex(j)?, p.lex(k)?) {
        (Lex::Shift(edge), Lex::Word | Lex::Benign) => Some((edge, j)),
        _ => None,
    }
}

/// "before my kid's pickup" ending at `k` (the word before "at <clock>"): "after" or
/// "before", then "my"/"our"/"the" ..., then at most four words naming the event.
/// Returns the side and the index of the bound word. "after work at 5" (no article)
/// stays a start after work.
fn event_bound(p: Toks<'_>, k: usize) -> Option<(Bound, usize)> {
    let mut j = k;
    for _ in 0..4 {
        // "my lunch break", "the kids' school" (the apostrophe glued to its word), "my
        // mother's appointment", "my family's visit" (words that also name holidays).
        let event_word = matches!(
            p.lex(j),
            Some(
                Lex::Word
                    | Lex::Time
                    | Lex::Unit
                    | Lex::Do
                    | Lex::Be
                    | Lex::Noon
                    | Lex::Holiday(_)
                    | Lex::Shift(_)
            )
        ) || (p.is(j, Lex::Punct) && p.glued(j));
        if !event_word {
            return None;
        }
        j = j.checked_sub(1)?;
        if matches!(p.lex(j), Some(Lex::Poss | Lex::The)) {
            let b = j.checked_sub(1)?;
            return match p.lex(b)? {
                Lex::After => Some((Bound::After, b)),
                Lex::Before => Some((Bound::Before, b)),
                _ => None,
            };
        }
    }
    None
}

fn at_prev(at: usize) -> Option<usize> {
    at.checked_sub(1)
}

/// "not after 3" is before 3; "not before 10" is after 10.
fn bound_flip(bound: Bound, negated: bool) -> Bound {
    match (bound, negated) {
        (b, false) => b,
        (Bound::After, true) => Bound::Before,
        (Bound::Before, true) => Bound::After,
    }
}

/// Whether a "till" at `k` closes a range opened by "from" a few words before.
fn ranged_from(p: Toks<'_>, k: usize) -> bool {
    (k.saturating_sub(4)..k).any(|j| p.is(j, Lex::From))
}

/// Bound words right after a clock ending at `end`: "or later", "or after", "and
/// later", "onwards", "on" after "from", "at the earliest"; "or earlier", "or before",
/// "at the latest".
pub(super) fn bound_after(p: Toks<'_>, end: usize) -> Option<BoundHit> {
    let hit = |bound, at, rule| Some(BoundHit { bound, at, rule });
    match (p.lex(end)?, p.lex(end + 1)) {
        (Lex::Or | Lex::And, Some(Lex::Later | Lex::After)) => {
            hit(Bound::After, end + 2, "window/or-later")
        }
        (Lex::Or | Lex::And, Some(Lex::Earlier | Lex::Before)) => {
            hit(Bound::Before, end + 2, "window/or-earlier")
        }
        (Lex::Onwards, _) => hit(Bound::After, end + 1, "window/onwards"),
        (Lex::On, Some(Lex::Onwards)) => hit(Bound::After, end + 2, "window/onwards"),
        (Lex::At, Some(Lex::The)) => match p.lex(end + 2) {
            Some(Lex::Earliest) => hit(Bound::After, end + 3, "window/at-the-earliest"),
            Some(Lex::Latest) => hit(Bound::Before, end + 3, "window/at-the-latest"),
            _ => None,
        },
        _ => None,
    }
}

/// "from 3 on": a start with "from" before it and "on" closing the turn or a clause.
pub(super) fn from_on(p: Toks<'_>, start: usize, end: usize) -> Option<BoundHit> {
    let from = p.prev_word(start).filter(|&k| p.is(k, Lex::From))?;
    let closes = |k: usize| p.lex(k).is_none_or(Lex::is_filler);
    (p.is(end, Lex::On) && closes(end + 1)).then_some(BoundHit {
        bound: Bound::After,
        at: from,
        rule: "window/from-on",
    })
}

/// A part of day said to be excluded, for the part piece at `start..end`: "except the
/// morning", "not in the morning", "anytime but the morning", "anything other than the
/// afternoon", "anytime but Friday morning", "I can't do mornings", "mornings don't
/// work". Returns the token range the part and its excluding words take.
pub(super) fn excluded_part(p: Toks<'_>, start: usize, end: usize) -> Option<(usize, usize)> {
    if let Some(hi) = excluded_after(p, end) {
        return Some((start, hi));
    }
    excluded_before(p, start).map(|lo| (lo, end))
}

/// "mornings don't work", "the morning isn't good", "mornings are not ok": the
/// negation after the part and a word saying it suits; the index after them.
fn excluded_after(p: Toks<'_>, end: usize) -> Option<usize> {
    let k = p.opt(end, Lex::Be);
    let suits = matches!(p.lex(k + 1), Some(Lex::Benign | Lex::Good));
    (p.is(k, Lex::Not) && suits).then_some(k + 2)
}

/// The excluding words before a part starting at `start`; the index of the first.
fn excluded_before(p: Toks<'_>, start: usize) -> Option<usize> {
    let mut k = start;
    // "anytime but Friday morning", "except on Thursday afternoon": the day names
    // which morning; the part is still what is excluded.
    if k > 0 && is_day_word(p.lex(k - 1)) {
        k -= 1;
    }
    while k > 0
        && matches!(
            p.lex(k - 1),
            Some(Lex::The | Lex::In | Lex::Comma | Lex::During | Lex::On)
        )
    {
        k -= 1;
    }
    let prev = k.checked_sub(1)?;
    match p.lex(prev)? {
        Lex::Not => Some(prev),
        // "I can't do mornings", "we can't make the afternoon".
        Lex::Do => prev.checked_sub(1).filter(|&n| p.is(n, Lex::Not)),
        // "anytime but", "any time but", "anything but": not "Monday but in the morning".
        // "anytime on Monday but the morning": the day said between names which one.
        Lex::But => {
            let mut before = prev.checked_sub(1)?;
            if is_day_word(p.lex(before)) {
                before = before.checked_sub(1)?;
                if p.is(before, Lex::On) {
                    before = before.checked_sub(1)?;
                }
            }
            matches!(p.lex(before), Some(Lex::Any | Lex::Time)).then_some(before)
        }
        Lex::Than if prev >= 1 && p.is(prev - 1, Lex::Other) => Some(prev - 1),
        _ => None,
    }
}

/// Whether the "earliest" at `i` closes "at the earliest" (after a clock).
fn bound_after_clock(p: Toks<'_>, i: usize) -> bool {
    i >= 2 && p.is(i - 1, Lex::The) && p.is(i - 2, Lex::At)
}

/// Whether a clock starts at `i`, or right after an "at" there ("earliest at 2").
fn clock_follows(p: Toks<'_>, i: usize) -> bool {
    clock_at(p, p.opt(i, Lex::At)).is_some()
}

/// A weekday, "today" or "tomorrow": a day that can name which part of day is meant.
pub(super) fn is_day_word(l: Option<Lex>) -> bool {
    matches!(
        l,
        Some(Lex::Weekday(_) | Lex::WeekdayWord(_) | Lex::Today | Lex::Tomorrow)
    )
}

/// The window that excluding `part` leaves, as 24-hour bounds `(after, before)`:
/// not the morning is after 12:00; not the afternoon is before 12:00; not the evening
/// is before 17:00.
pub(super) fn without_part(part: PartOfDay) -> (Option<u8>, Option<u8>) {
    let (start, end) = part.hours();
    if start == 0 {
        (u8::try_from(end).ok(), None)
    } else {
        (None, u8::try_from(start).ok())
    }
}

/// "as soon as possible", "asap", "the sooner the better", "the earliest you have",
/// "earliest available", "first available", "next available", "first opening",
/// "whenever": returns the index after the phrase and the rule's name.
pub(super) fn earliest_at(p: Toks<'_>, i: usize) -> Option<(usize, &'static str)> {
    match p.lex(i)? {
        // "sooner than 1" is a bound (`bound_before`).
        Lex::Soon if !p.is(i + 1, Lex::Than) => Some((i + 1, "earliest/soon")),
        Lex::Whenever => Some((i + 1, "earliest/whenever")),
        // "at the earliest" after a clock, or "earliest 2" before one, is a bound, not a
        // request.
        Lex::Earliest if !(bound_after_clock(p, i) || clock_follows(p, i + 1)) => {
            Some((i + 1, "earliest/earliest"))
        }
        // "first available", "next available", "first opening".
        Lex::Ord(1) | Lex::Next => p
            .is(i + 1, Lex::Available)
            .then_some((i + 2, "earliest/first-available")),
        _ => None,
    }
}
