//! Stage 1: a turn becomes a [`TimeExpr`].
//!
//! The scanner walks the classified tokens left to right; at each token it tries the
//! day rules ([`day`], [`date`]), then the clock rules ([`clock`]); a rule that
//! matches emits a [`Piece`] and the walk resumes after it. The assembler then folds
//! the pieces in order into one expression:
//!
//! - a later day replaces an earlier one and a later clock an earlier one, so a
//!   correction in one turn takes the later value ("Tuesday, no wait, Wednesday at 3");
//! - two days joined only by "or" keep the first ("Tuesday or Wednesday");
//! - "next week" and a weekday said next to it combine ("Next week. Thursday");
//! - a clock right after another joined by "to", "-", "and", "till" or "or" is the end
//!   of a range and is dropped ("between 2 and 4" starts at 2; "9-10 am" lends its
//!   a.m. to the start), unless a correction word came between;
//! - a piece right after "not" or "except", or right before "doesn't"/"won't" or
//!   "(is) too", is dropped ("Wednesday, not Tuesday", "4 pm is too late"), and so is
//!   one after "instead of" or "rather than" ("Thursday instead of Wednesday");
//! - a clock right after "close(s|d) at" tells the business's hours and is dropped
//!   ("after 5, I know you close at 5");
//! - past phrases ("last Tuesday", "yesterday evening", "3 days ago") are dropped;
//! - a part of day reads a bare hour ("tomorrow evening at 7" is 19:00);
//! - a bare number ("3", "nine thirty", "930") is a time only with evidence: a cue
//!   before it ("at", "around", "by" ...), a day or part of day in the turn, or a short
//!   turn (a few words; more when minutes are spoken, "nine thirty would be great");
//!   never when it touches other numbers (a phone number, unless they belong to a date
//!   next to it), follows letters ("T2P"), or leads into a count noun ("3 kids").

mod clock;
mod date;
mod day;
mod num;
mod window;

use super::expr::{ClockExpr, DayExpr, Reading, Rules, TimeExpr, WeekRel, WindowExpr};
use super::scan::{Lex, Tok, scan};
use crate::lexer::Token;
use crate::{Match, Span};
use bella_core::PartOfDay;
use day::DayKind;
use num::Toks;

/// One rule's match, before assembly.
#[derive(Clone, Copy, Debug)]
struct Piece {
    kind: PieceKind,
    /// Token range `[start, end)`.
    start: usize,
    end: usize,
    rule: &'static str,
}

#[derive(Clone, Copy, Debug)]
enum PieceKind {
    Day(DayKind),
    Clock {
        expr: ClockExpr,
        strong: bool,
    },
    Correction,
    /// "as soon as possible", "first available": the earliest free time.
    Earliest,
}

/// Parses a turn's tokens into an unresolved expression; `None` when no time is said.
pub(crate) fn parse(toks: &[Token<'_>]) -> Option<Match<TimeExpr>> {
    let toks = scan(toks);
    let p = Toks { toks: &toks };
    let pieces = pieces(p);
    assemble(p, &pieces)
}

/// Runs the rules over the tokens.
fn pieces(p: Toks<'_>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.len() {
        // Most tokens of a turn are words no rule starts with: skip the rule tries.
        if p.lex(i).is_some_and(Lex::starts_no_rule) {
            i += 1;
            continue;
        }
        // "the first available" before "the first" can be read as a date.
        let earliest = window::earliest_at(p, i).or_else(|| {
            p.is(i, Lex::The)
                .then(|| window::earliest_at(p, i + 1))
                .flatten()
        });
        if let Some((end, rule)) = earliest {
            out.push(Piece {
                kind: PieceKind::Earliest,
                start: i,
                end,
                rule,
            });
            i = end;
        } else if let Some(hit) = day::day_at(p, i) {
            let end = hit.end.max(i + 1);
            out.push(Piece {
                kind: PieceKind::Day(hit.kind),
                start: i,
                end,
                rule: hit.rule,
            });
            i = end;
        } else if let Some(hit) = clock::clock_at(p, i) {
            let end = hit.end.max(i + 1);
            let kind = PieceKind::Clock {
                expr: hit.expr,
                strong: hit.strong,
            };
            out.push(Piece {
                kind,
                start: i,
                end,
                rule: hit.rule,
            });
            i = end;
        } else {
            // "no later than 3" is a bound, not a correction.
            let bound_next = matches!(p.lex(i + 1), Some(Lex::Later | Lex::Earlier));
            if (p.is(i, Lex::Correction) && !bound_next) || p.is(i, Lex::Instead) {
                let kind = PieceKind::Correction;
                out.push(Piece {
                    kind,
                    start: i,
                    end: i + 1,
                    rule: "correction",
                });
            }
            i += 1;
        }
    }
    out
}

/// Whether the piece directly follows "not" ("not Tuesday", "not on Tuesday").
fn negated(p: Toks<'_>, start: usize, end: usize) -> bool {
    let mut k = start;
    while k > 0
        && matches!(
            p.lex(k - 1),
            Some(Lex::On | Lex::At | Lex::The | Lex::Comma)
        )
    {
        k -= 1;
    }
    // "instead of Tuesday", "rather than Tuesday": the value given up.
    let given_up =
        k >= 2 && matches!(p.lex(k - 1), Some(Lex::Of | Lex::Than)) && p.is(k - 2, Lex::Instead);
    // "not Tuesday", "not on Tuesday"; "Tuesday doesn't work", "Tuesday won't" (but
    // not "Friday except the morning", "Friday not before 10": those narrow Friday;
    // nor "Tuesday not Wednesday", "2:30 not 2": those give up what follows).
    let narrows = |k: usize| {
        matches!(
            p.lex(k),
            Some(
                Lex::Weekday(_)
                    | Lex::Num { .. }
                    | Lex::Card(_)
                    | Lex::Tens(_)
                    | Lex::Noon
                    | Lex::Today
                    | Lex::Tomorrow
                    | Lex::On
                    | Lex::Before
                    | Lex::After
                    | Lex::By
                    | Lex::Till
                    | Lex::Later
                    | Lex::Earlier
                    | Lex::In
                    | Lex::During
                    | Lex::The
                    | Lex::Morning
                    | Lex::Afternoon
                    | Lex::Evening
                    | Lex::Night
            )
        )
    };
    // "except Thursday afternoon": the part of day is excluded, not the day.
    let part_after = matches!(
        p.lex(end),
        Some(Lex::Morning | Lex::Afternoon | Lex::Evening)
    ) && end
        .checked_sub(1)
        .is_some_and(|e| window::is_day_word(p.lex(e)));
    // "4 pm is too late for me": turned down; "and the Thursday one too." is "also".
    let too_at = p.opt(end, Lex::Be);
    let too = p.is(too_at, Lex::Too)
        && !matches!(
            p.lex(too_at + 1),
            None | Some(Lex::Comma | Lex::Period | Lex::Punct | Lex::And)
        );
    // "after 5, I know you close at 5": the business's hours, not a time asked for (but
    // "what time do you close on Friday? could I come at 4:30" asks about Friday).
    let hours = start >= 2
        && p.is(start - 1, Lex::At)
        && p.is(start - 2, Lex::Close)
        && p.lex(start)
            .is_some_and(|l| l.is_number() || l == Lex::Noon);
    given_up
        || too
        || hours
        || (k > 0 && p.is(k - 1, Lex::Not) && !part_after)
        || (p.is(end, Lex::Not) && !narrows(end + 1))
}

/// What the assembler knows around a weak clock.
#[derive(Clone, Copy, Debug)]
struct Context {
    /// The turn has a day or part of day.
    has_day: bool,
    /// A dash and then a strong clock follow ("9-10 am"), or "to" and one ("2 to 5:30pm").
    range_to_strong: bool,
    /// A day piece ends right before the clock (only punctuation between).
    day_before: bool,
    /// A day piece starts right after the clock.
    day_after: bool,
    /// A correction word comes right before the clock, and a clock before that: "after
    /// 3, actually 4 works" corrects a time said in the same turn.
    corrects_clock: bool,
}

/// About how many digits the run of numbers from token `k` says, across separators
/// ("416 555 0123", "four one six, five five five ..."): a phone number has 10 or 11.
fn spoken_digits(p: Toks<'_>, k: usize) -> usize {
    let mut n = 0;
    let mut prev = None;
    for l in (k..p.len()).map_while(|i| p.lex(i)) {
        n += match l {
            Lex::Num { digits, .. } => usize::from(digits),
            // "forty seven": the unit fills the tens' second digit.
            Lex::Card(c) if c < 10 && matches!(prev, Some(Lex::Tens(_))) => 0,
            Lex::Card(c) if c < 10 => 1,
            Lex::Card(_) | Lex::Tens(_) | Lex::Hundred => 2,
            Lex::Repeat => 1,
            Lex::Dash | Lex::Period | Lex::Comma | Lex::Punct => 0,
            _ => break,
        };
        prev = Some(l);
    }
    n
}

/// Whether the three- or four-digit clock `piece` starts a range of such clocks said
/// without a day: "0930 to 1045", "930 till 1100", "1330-1500" (a later end, and no
/// more digits after it, as a phone number's would be).
fn hmm_range(p: Toks<'_>, piece: &Piece) -> bool {
    let hhmm = |k: usize| match p.lex(k) {
        Some(Lex::Num {
            value,
            digits: 3 | 4,
        }) if value / 100 <= 23 && value % 100 <= 59 => Some(value),
        _ => None,
    };
    let (Some(start), Some(end)) = (hhmm(piece.start), hhmm(piece.end + 1)) else {
        return false;
    };
    matches!(p.lex(piece.end), Some(Lex::To | Lex::Till | Lex::Dash))
        && end > start
        && spoken_digits(p, piece.end + 1) <= 4
}

/// Whether a weak clock (a bare number) is backed by enough evidence to be a time.
fn weak_clock_ok(p: Toks<'_>, piece: &Piece, ctx: Context) -> bool {
    let Context {
        has_day,
        range_to_strong,
        day_before,
        day_after,
        corrects_clock,
    } = ctx;
    let before = piece.start.checked_sub(1).and_then(|k| p.lex(k));
    let after = p.lex(piece.end);
    let after2 = p.lex(piece.end + 1);
    // Numbers that belong to a date next to the clock ("Dec. 23, one thirty") are fine.
    let is_num_before = |l: Option<Lex>| !day_before && l.is_some_and(Lex::is_number);
    // "the ten thirty one (I guess)": the "one" the clock rule left is a pronoun.
    let pronoun_one = piece.rule == "clock/words-h-m"
        && p.is(piece.end, Lex::Card(1))
        && !after2.is_some_and(Lex::is_number)
        && clock::after_the(p, piece.start);
    let is_num_after = |l: Option<Lex>| !day_after && !pronoun_one && l.is_some_and(Lex::is_number);
    let sep = |l: Option<Lex>| {
        matches!(
            l,
            Some(Lex::Dash | Lex::Period | Lex::Punct | Lex::Comma | Lex::Slash)
        )
    };
    let prev_across = (0..piece.start).rev().find(|&k| !sep(p.lex(k)));
    let next_after = (piece.end..p.len()).find(|&k| !sep(p.lex(k)));
    // "no, 2. 2 is better", "2, 2 works": one short number said twice across a pause is
    // said again, no run of digits (two digits in all).
    // "10, 10 is fine": the run is that one number twice.
    let own = match p.lex(piece.start) {
        Some(Lex::Num { digits, .. }) => usize::from(digits),
        Some(Lex::Card(c)) if c < 10 => 1,
        _ => 2,
    };
    let once_more = |k: usize, from: usize| {
        piece.end == piece.start + 1
            && p.lex(k) == p.lex(piece.start)
            && spoken_digits(p, from) <= 2.max(2 * own).min(4)
    };
    let repeat_before = prev_across.is_some_and(|k| once_more(k, k));
    let repeat_after = next_after.is_some_and(|k| once_more(k, piece.start));
    // Touching other numbers, across any run of separators ("416... 555... 1234"): a
    // phone number or an address.
    let num_across_before =
        sep(before) && !repeat_before && is_num_before(prev_across.and_then(|k| p.lex(k)));
    // "Thursday at 2? oh, and it's Kate": a lone "oh" after a pause is an
    // interjection, not a zero continuing the number.
    let lone_oh = next_after.is_some_and(|k| p.is(k, Lex::Card(0)) && spoken_digits(p, k) == 1);
    let num_across_after =
        sep(after) && !lone_oh && !repeat_after && is_num_after(next_after.and_then(|k| p.lex(k)));
    if is_num_before(before) || is_num_after(after) || num_across_before {
        return false;
    }
    // "Thursday at 2, 416 555 0123": a whole phone number after a pause is not part
    // of the clock's number run.
    let phone_after =
        num_across_after && next_after.is_some_and(|k| (10..=12).contains(&spoken_digits(p, k)));
    // "Friday at 9, 3 won't work", "Thursday at 11? 3 is too late": a clock with its
    // cue, then after a pause a short number of its own, is no run of digits.
    let cued = before.is_some_and(|l| l.is_cue() || matches!(l, Lex::At));
    let own_short = cued && next_after.is_some_and(|k| spoken_digits(p, k) <= 2);
    if num_across_after && !range_to_strong && !phone_after && !own_short {
        return false;
    }
    // "December 2027": a year after a month name, not 20:27 (but "2 Jan 1430",
    // "9 March 0755" are times: no year reads so); "2027 March 3": a year (1900-2099)
    // right before one.
    let month_before = p
        .prev_word(piece.start)
        .is_some_and(|k| matches!(p.lex(k), Some(Lex::Month(_))));
    let year_like = matches!(
        p.lex(piece.start),
        Some(Lex::Num {
            value: 1900..=2099,
            digits: 4
        })
    );
    let month_after = matches!(after, Some(Lex::Month(_)));
    if piece.rule == "clock/hmm" && year_like && (month_before || month_after) {
        return false;
    }
    // "416 and 555 1234", "555 and 1234": digit groups of a phone number joined by "and".
    let long_num = |k: Option<usize>| {
        k.and_then(|k| p.lex(k))
            .is_some_and(|l| matches!(l, Lex::Num { digits, .. } if digits >= 3))
    };
    let cue_before = before.is_some_and(|l| l.is_cue() || matches!(l, Lex::At | Lex::Than));
    if piece.rule == "clock/hmm"
        && !cue_before
        && ((p.is(piece.end, Lex::And) && long_num(Some(piece.end + 1)))
            || (piece.start >= 1
                && p.is(piece.start - 1, Lex::And)
                && long_num(piece.start.checked_sub(2))))
    {
        return false;
    }
    // "at 123 Main Street": an address.
    if matches!(after, Some(Lex::Word | Lex::Poss | Lex::Do))
        && matches!(after2, Some(Lex::Unit | Lex::Months | Lex::OrdSuffix))
    {
        return false;
    }
    if matches!(before, Some(Lex::Dollar | Lex::Unit | Lex::Months)) {
        return false;
    }
    if matches!(
        after,
        Some(
            Lex::Unit
                | Lex::Months
                | Lex::Day
                | Lex::Days
                | Lex::Week
                | Lex::Weeks
                | Lex::MonthWord
                | Lex::Year
                | Lex::Hour
                | Lex::Hours
                | Lex::Minutes
                | Lex::Of
                | Lex::Dollar
                | Lex::OrdSuffix
        )
    ) {
        return false;
    }
    let digit_form = p
        .lex(piece.start)
        .is_some_and(|l| matches!(l, Lex::Num { .. }));
    // "one appointment", "two slots" (but "is 3 available?" is a time).
    if after.is_some_and(Lex::is_slot) && !digit_form {
        return false;
    }
    let cued = before.is_some_and(|l| {
        l.is_cue()
            || matches!(
                l,
                Lex::At | Lex::Than | Lex::Before | Lex::After | Lex::From | Lex::Till
            )
    });
    // "calling from 905": an area code (but "from 0930 to 1045" is a range of clocks).
    let area_code =
        matches!(before, Some(Lex::From)) && piece.rule == "clock/hmm" && !hmm_range(p, piece);
    if cued && !area_code {
        return true;
    }
    if area_code {
        return false;
    }
    // Without a cue, a bare hour must not lead into an unknown word ("two kids",
    // "one moment") and a bare "one" is a pronoun more often than a time.
    let bare_hour = matches!(piece.rule, "clock/hour" | "clock/words-hour");
    // "my son is 12", "she's nine", "I've got two on Friday", "option 2" (but "Is 5
    // ok?" opens with the verb).
    let stated = (matches!(before, Some(Lex::Be)) && piece.start >= 2)
        || matches!(before, Some(Lex::HeIs | Lex::Has));
    if bare_hour && (stated || before.is_some_and(Lex::is_slot)) {
        return false;
    }
    if bare_hour
        && (matches!(after, Some(Lex::Word | Lex::Poss | Lex::Do))
            || p.is(piece.start, Lex::Card(1)))
    {
        return false;
    }
    // "2 - 5:30pm", "2 to 5:30pm": the start of a range whose end is a strong clock,
    // however long the end is.
    if has_day || corrects_clock || range_to_strong {
        return true;
    }
    // A short turn that is little more than the number ("nine", "nine thirty would be
    // great", "930 please"); an hour with minutes is better evidence than a bare hour.
    // The words that announce a correction ("no wait, make it 11", "no sorry, 11, not
    // 10") say nothing else, so they are not counted.
    // "9 is fine, keep 9": the same one-token number said again is no other word.
    let said_again = |k: usize| piece.end == piece.start + 1 && p.lex(k) == p.lex(piece.start);
    let words = (0..p.len())
        .filter(|&k| (k < piece.start || k >= piece.end) && !said_again(k))
        .filter(|&k| {
            p.lex(k)
                .is_some_and(|l| !l.is_filler() && l != Lex::Correction)
        })
        .count();
    let spoken_minutes = matches!(piece.rule, "clock/words-h-m" | "clock/h-mm-words");
    words <= if spoken_minutes { 8 } else { 3 }
}

/// The window a bound goes into: a fresh one after a correction ("after 3, no, after
/// 4"), else the one being built ("after 11 but before 2"). A window replaces a clock.
fn bound_window(e: &mut TimeExpr, corrected: bool) -> &mut WindowExpr {
    e.clock = None;
    if corrected {
        e.window = None;
    }
    e.window.get_or_insert_default()
}

/// The start of a range read with the end's meridiem ("2 to 4 pm", "9 or 10 am"), when
/// the start has none and that keeps it before the end.
fn share_meridiem(start: ClockExpr, end: ClockExpr) -> ClockExpr {
    if start.reading != Reading::Business || !matches!(end.reading, Reading::Am | Reading::Pm) {
        return start;
    }
    let shared = ClockExpr {
        reading: end.reading,
        ..start
    };
    if shared.hour_minute() <= end.hour_minute() {
        shared
    } else {
        start
    }
}

/// What the assembler knows around the clock piece `idx`.
fn clock_context(p: Toks<'_>, pieces: &[Piece], idx: usize, has_day: bool) -> Context {
    let Some(pc) = pieces.get(idx) else {
        return Context {
            has_day,
            range_to_strong: false,
            day_before: false,
            day_after: false,
            corrects_clock: false,
        };
    };
    let next = pieces.get(idx + 1);
    // "9-10 am": a dash, then a strong clock; "Friday 9-11": two short hours.
    let small = |k: usize| matches!(p.lex(k), Some(Lex::Num { digits: 1 | 2, .. }));
    let range_to_strong = next.is_some_and(|next| {
        let PieceKind::Clock { strong, .. } = next.kind else {
            return false;
        };
        let short = pc.end == pc.start + 1
            && next.end == next.start + 1
            && small(pc.start)
            && small(next.start)
            && !p.lex(next.end).is_some_and(Lex::is_filler)
            && pc.start.checked_sub(1).is_none_or(|k| !p.is(k, Lex::Dash));
        // "tomorrow 0930-1045": two four-digit clocks on a day said (eight digits are
        // no phone number).
        let hhmm = |k: &Piece| {
            k.rule == "clock/hmm" && matches!(p.lex(k.start), Some(Lex::Num { digits: 4, .. }))
        };
        let hhmm_pair = has_day && hhmm(pc) && hhmm(next);
        // "2 to 5:30pm": after "to", only a strong end ("ten to four" is one clock).
        let to = matches!(p.lex(pc.end), Some(Lex::To | Lex::Till)) && strong;
        next.start == pc.end + 1
            && (p.is(pc.end, Lex::Dash) && (strong || short || hhmm_pair) || to)
    });
    let is_day = |k: &Piece| matches!(k.kind, PieceKind::Day(_));
    let only_punct = |a: usize, b: usize| (a..b).all(|k| p.lex(k).is_some_and(Lex::is_filler));
    let day_before = idx
        .checked_sub(1)
        .and_then(|k| pieces.get(k))
        .is_some_and(|k| is_day(k) && k.end <= pc.start && only_punct(k.end, pc.start));
    let day_after =
        next.is_some_and(|k| is_day(k) && pc.end <= k.start && only_punct(pc.end, k.start));
    let corrects_clock = idx >= 2
        && matches!(pieces[idx - 1].kind, PieceKind::Correction)
        && only_punct(pieces[idx - 1].end, pc.start)
        && pieces[..idx - 1]
            .iter()
            .any(|k| matches!(k.kind, PieceKind::Clock { .. }));
    Context {
        has_day,
        range_to_strong,
        day_before,
        day_after,
        corrects_clock,
    }
}

/// Reads a window's bare hours by the part of day said, drops bounds that cannot
/// bound anything ("before midnight"), and keeps `after < before`: "between 4 and 9"
/// is 16:00 to 21:00; bounds that still cross keep only the lower one.
fn finish_window(e: &mut TimeExpr) {
    let Some(w) = e.window.as_mut() else {
        return;
    };
    if let Some(part) = e.part_of_day {
        for c in [w.after.as_mut(), w.before.as_mut()].into_iter().flatten() {
            read_by_part(c, part);
        }
    }
    if w.before.is_some_and(|b| b.hour_minute() == (0, 0)) {
        w.before = None;
    }
    if let (Some(a), Some(b)) = (w.after, w.before.as_mut())
        && a.hour_minute() >= b.hour_minute()
        && b.reading == Reading::Business
    {
        b.reading = Reading::Pm;
    }
    if let (Some(a), Some(b)) = (w.after, w.before)
        && a.hour_minute() >= b.hour_minute()
    {
        w.before = None;
    }
    if w.after.is_none() && w.before.is_none() {
        e.window = None;
    }
}

/// The index of the clock piece that ends a range started by the clock piece `idx`
/// ("12 to 1", "12-1", "12 till 1"), if there is one.
fn range_end(p: Toks<'_>, pieces: &[Piece], idx: usize) -> Option<usize> {
    let (start, next) = (pieces.get(idx)?, pieces.get(idx + 1)?);
    let linked = start.end < next.start
        && (start.end..next.start)
            .all(|k| matches!(p.lex(k), Some(Lex::To | Lex::Till | Lex::Dash)));
    (linked && matches!(next.kind, PieceKind::Clock { .. })).then_some(idx + 1)
}

/// A bare hour said with a part of day takes its meridiem ("tomorrow evening at 7").
fn read_by_part(c: &mut ClockExpr, part: PartOfDay) {
    if c.reading == Reading::Business {
        c.reading = if part == PartOfDay::Morning {
            Reading::Am
        } else {
            Reading::Pm
        };
    }
}

/// Folds pieces into one expression (see the module docs).
fn assemble(p: Toks<'_>, pieces: &[Piece]) -> Option<Match<TimeExpr>> {
    let has_day = pieces.iter().any(|pc| match pc.kind {
        PieceKind::Day(DayKind::Ignore)
        | PieceKind::Clock { .. }
        | PieceKind::Correction
        | PieceKind::Earliest => false,
        PieceKind::Day(_) => !negated(p, pc.start, pc.end),
        // A strong clock lends evidence to nothing; a day or part of day does.
    });
    let mut e = TimeExpr::default();
    let mut rules = Rules::default();
    let mut span: Option<Span> = None;
    let mut first_rule = None;
    let mut corrected = false;
    let mut week_mod: Option<WeekRel> = None;
    let mut prev_day_piece: Option<usize> = None;
    // The part of day came inside a day word ("tonight", "this morning"): a later day
    // replaces it with that day ("8 tonight... no, tomorrow at 8" is tomorrow 08:00),
    // and a clock said before keeps the reading it had.
    let mut part_in_day = false;
    // Where the last part of day said on its own ends ("my morning one"): a day led to
    // by "to" after it is another day, which it does not describe ("move my morning
    // one to Thursday at 3" is 15:00).
    let mut part_end: Option<usize> = None;
    let day_span = days_between(p, pieces);
    let mut prev_clock_end: Option<usize> = None;
    let mut prev_clock_start = 0;
    // Where a day said right after the last clock ends ("2 pm tomorrow", "6am dec 5"):
    // a range may go on from there ("2 pm tomorrow to 4 pm").
    let mut day_after_clock_end: Option<usize> = None;
    // The end of a range ruled out ("except 12 to 1"): it goes with its start.
    let mut ruled_out_end: Option<usize> = None;
    for (idx, pc) in pieces.iter().enumerate() {
        if ruled_out_end == Some(idx) || day_span.is_some_and(|(a, b)| idx == a || idx == b) {
            continue;
        }
        // A bound's rule and where its words start, beside the piece's own rule.
        let mut also: Option<(&'static str, usize)> = None;
        if let PieceKind::Day(DayKind::Part(part)) = pc.kind
            && let Some((lo, hi)) = window::excluded_part(p, pc.start, pc.end)
        {
            // "anytime but the morning": what is left of the day, unless a clock was said.
            if e.clock.is_none() {
                let (after, before) = window::without_part(part);
                let w = bound_window(&mut e, corrected);
                let at = |h: u8| ClockExpr {
                    hour: h,
                    minute: 0,
                    minus_minutes: 0,
                    reading: Reading::TwentyFour,
                };
                if let Some(h) = after {
                    w.after = Some(at(h));
                }
                if let Some(h) = before {
                    w.before = Some(at(h));
                }
                corrected = false;
                rules.push("window/except-part");
                first_rule.get_or_insert("window/except-part");
                let words = Piece {
                    start: lo,
                    end: hi,
                    ..*pc
                };
                let s = piece_span(p.toks, &words);
                span = Some(span.map_or(s, |old| old.cover(s)));
            }
            continue;
        }
        if negated(p, pc.start, pc.end) {
            if matches!(pc.kind, PieceKind::Clock { .. }) {
                ruled_out_end = range_end(p, pieces, idx);
            }
            continue;
        }
        let mut used = true;
        match pc.kind {
            PieceKind::Earliest => e.earliest = true,
            PieceKind::Correction => {
                corrected = true;
                continue;
            }
            PieceKind::Day(DayKind::Ignore) => continue,
            PieceKind::Day(DayKind::Day { .. })
                if !corrected
                    && prev_day_piece.is_some_and(|k| only_or_between(p, pieces, k, idx)) =>
            {
                continue;
            }
            PieceKind::Day(DayKind::Day { expr, plus, part }) => {
                let expr = match (expr, week_mod, corrected) {
                    (
                        DayExpr::Weekday {
                            weekday,
                            rel: WeekRel::Nearest,
                        },
                        Some(rel),
                        false,
                    ) if e.day == Some(DayExpr::NextWeek) => DayExpr::Weekday { weekday, rel },
                    _ => expr,
                };
                week_mod = None;
                e.day = Some(expr);
                e.plus_days = plus;
                e.in_minutes = None;
                if part_in_day && let (Some(c), Some(old)) = (e.clock.as_mut(), e.part_of_day) {
                    // A clock said with the old day keeps its reading ("8 tonight, no,
                    // tomorrow" is tomorrow 20:00).
                    read_by_part(c, old);
                }
                let led_away = part.is_none()
                    && !part_in_day
                    && !corrected
                    && part_end.is_some_and(|end| (end..pc.start).any(|k| p.is(k, Lex::To)));
                if led_away && let (Some(c), Some(old)) = (e.clock.as_mut(), e.part_of_day) {
                    read_by_part(c, old);
                }
                if part.is_some() || part_in_day || led_away {
                    e.part_of_day = part;
                }
                part_end = None;
                part_in_day = part.is_some();
                prev_day_piece = Some(idx);
                day_after_clock_end = prev_clock_end
                    .filter(|&end| {
                        end <= pc.start
                            && (end..pc.start)
                                .all(|k| p.lex(k).is_some_and(|l| l.is_filler() || l == Lex::On))
                    })
                    .map(|_| pc.end);
            }
            PieceKind::Day(DayKind::WeekMod(rel)) => {
                let after_weekday = prev_day_piece.is_some_and(|k| k + 1 == idx) && !corrected;
                match e.day {
                    Some(DayExpr::Weekday {
                        weekday,
                        rel: WeekRel::Nearest,
                    }) if after_weekday => {
                        e.day = Some(DayExpr::Weekday { weekday, rel });
                    }
                    _ if rel == WeekRel::Nearest => used = false,
                    _ => {
                        e.day = Some(DayExpr::NextWeek);
                        e.plus_days = 0;
                        week_mod = Some(rel);
                    }
                }
            }
            PieceKind::Day(DayKind::Part(part)) => {
                e.part_of_day = Some(part);
                part_in_day = false;
                part_end = Some(pc.end);
            }
            PieceKind::Day(DayKind::InMinutes(m)) => {
                e.in_minutes = Some(m);
                e.day = None;
                e.clock = None;
            }
            PieceKind::Clock { expr, strong } => {
                let ctx = clock_context(p, pieces, idx, has_day);
                // "between 2 and 4", "from 9 to 11", "2 to 4 pm", "9-11": a window.
                let joined = |allowed: fn(Lex, bool) -> bool| {
                    let between = p
                        .prev_word(prev_clock_start)
                        .is_some_and(|k| p.is(k, Lex::Between));
                    !corrected
                        && prev_clock_end.is_some_and(|end| {
                            end < pc.start
                                && (end..pc.start)
                                    .all(|k| p.lex(k).is_some_and(|l| allowed(l, between)))
                        })
                };
                // "2 pm tomorrow to 4 pm", "from 2 tomorrow until 4": the range word after
                // the day said with the start, when the start has its meridiem (or
                // "from"/"between" opens it): "move my 4 o'clock thursday to 4:30" moves.
                let opened = p
                    .prev_word(prev_clock_start)
                    .is_some_and(|k| matches!(p.lex(k), Some(Lex::From | Lex::Between)));
                let start_said = e.clock.is_some_and(|c| c.reading != Reading::Business);
                let after_day = !corrected
                    && (opened || start_said)
                    && day_after_clock_end.is_some_and(|end| {
                        end < pc.start
                            && (end..pc.start)
                                .all(|k| matches!(p.lex(k), Some(Lex::To | Lex::Till | Lex::Dash)))
                    });
                let window_end = e.clock.is_some()
                    && (after_day
                        || joined(|l, between| {
                            matches!(l, Lex::To | Lex::Till | Lex::Dash)
                                || (between && l == Lex::And)
                        }));
                if window_end && let Some(start) = e.clock.take() {
                    e.window = Some(WindowExpr {
                        after: Some(share_meridiem(start, expr)),
                        before: Some(expr),
                    });
                    prev_clock_end = None;
                    day_after_clock_end = None;
                    also = Some(("window/range", pc.start));
                } else if joined(|l, _| {
                    matches!(
                        l,
                        Lex::To
                            | Lex::Dash
                            | Lex::And
                            | Lex::Or
                            | Lex::Till
                            | Lex::Comma
                            | Lex::Than
                    ) || l.is_cue()
                }) {
                    // "2 or 3", "at 3, around 4": the first is kept; the end lends its
                    // meridiem ("9 or 10 am").
                    if let Some(start) = e.clock.as_mut() {
                        *start = share_meridiem(*start, expr);
                    }
                    continue;
                } else {
                    let bound = window::bound_before(p, pc.start)
                        .or_else(|| window::bound_after(p, pc.end))
                        .or_else(|| window::from_on(p, pc.start, pc.end));
                    let ctx = Context {
                        has_day: ctx.has_day || bound.is_some(),
                        ..ctx
                    };
                    if !strong && !weak_clock_ok(p, pc, ctx) {
                        continue;
                    }
                    e.in_minutes = None;
                    if let Some(b) = bound {
                        let w = bound_window(&mut e, corrected);
                        match b.bound {
                            window::Bound::After => w.after = Some(expr),
                            window::Bound::Before => w.before = Some(expr),
                        }
                        prev_clock_end = None;
                        also = Some((b.rule, b.at));
                    } else {
                        e.clock = Some(expr);
                        e.window = None;
                        prev_clock_end = Some(pc.end);
                        prev_clock_start = pc.start;
                        day_after_clock_end = None;
                    }
                }
            }
        }
        if used {
            corrected = false;
            rules.push(pc.rule);
            first_rule.get_or_insert(pc.rule);
            let mut s = piece_span(p.toks, pc);
            if let Some((rule, at)) = also {
                rules.push(rule);
                let words = Piece {
                    start: at.min(pc.start),
                    end: at.max(pc.end),
                    ..*pc
                };
                s = s.cover(piece_span(p.toks, &words));
            }
            span = Some(span.map_or(s, |old| old.cover(s)));
        }
    }
    if let (Some(c), Some(part)) = (e.clock.as_mut(), e.part_of_day) {
        read_by_part(c, part);
    }
    finish_window(&mut e);
    e.rules = rules;
    if e.is_empty() {
        return None;
    }
    Some(Match {
        span: span?,
        value: e,
        rule: first_rule?,
    })
}

/// "the 29th, between Christmas and New Year's": two days joined as "between A and B"
/// bound a stretch of days, not one start; when another day is said in the turn, that
/// day is the one asked for and the two are left out. The indices of the two pieces.
fn days_between(p: Toks<'_>, pieces: &[Piece]) -> Option<(usize, usize)> {
    let is_day = |pc: &Piece| matches!(pc.kind, PieceKind::Day(DayKind::Day { .. }));
    let a = pieces.iter().position(|pc| {
        is_day(pc)
            && p.prev_word(pc.start)
                .and_then(|k| {
                    if p.is(k, Lex::The) {
                        p.prev_word(k)
                    } else {
                        Some(k)
                    }
                })
                .is_some_and(|k| p.is(k, Lex::Between))
    })?;
    let b = a + 1;
    let (first, second) = (&pieces[a], pieces.get(b)?);
    let joined = is_day(second)
        && first.end < second.start
        && (first.end..second.start).all(|k| {
            p.lex(k)
                .is_some_and(|l| l == Lex::And || l == Lex::The || l.is_filler())
        })
        && (first.end..second.start).any(|k| p.is(k, Lex::And));
    let other = pieces
        .iter()
        .enumerate()
        .any(|(k, pc)| k != a && k != b && is_day(pc) && !negated(p, pc.start, pc.end));
    (joined && other).then_some((a, b))
}

/// Whether only "or" (with commas, "on", "the", and the clock said with the first day)
/// stands between pieces `a` and `b`: an alternative, so the first is kept
/// ("Tuesday or Wednesday", "the 3rd at 3 p.m. or the 4th").
fn only_or_between(p: Toks<'_>, pieces: &[Piece], a: usize, b: usize) -> bool {
    let (Some(first), Some(second)) = (pieces.get(a), pieces.get(b)) else {
        return false;
    };
    let inside_clock = |k: usize| {
        pieces[a + 1..b]
            .iter()
            .any(|pc| matches!(pc.kind, PieceKind::Clock { .. }) && (pc.start..pc.end).contains(&k))
    };
    let between = first.end..second.start;
    first.end < second.start
        && between.clone().any(|k| p.is(k, Lex::Or))
        && between.into_iter().all(|k| {
            inside_clock(k)
                || matches!(
                    p.lex(k),
                    Some(Lex::Or | Lex::Comma | Lex::On | Lex::At | Lex::The)
                )
        })
}

fn piece_span(toks: &[Tok], pc: &Piece) -> Span {
    let start = toks.get(pc.start).map_or(0, |t| t.span.start);
    let end = toks
        .get(pc.end.saturating_sub(1))
        .map_or(start, |t| t.span.end);
    Span::new(start, end.max(start))
}
