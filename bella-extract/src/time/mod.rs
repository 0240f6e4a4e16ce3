//! Time expressions (SPEC §2 "Time"): parse what the caller said, then resolve it.
//!
//! Two stages, both pure (no clock is read; "now" comes in a [`ReferenceTime`]):
//!
//! 1. [`parse`] turns a turn into an unresolved [`TimeExpr`]: a [`DayExpr`]
//!    ("next Thursday", "the 23rd"), a [`ClockExpr`] ("half past nine", "15h30") and/or
//!    a part of day, with the names of the rules that built it.
//! 2. [`resolve`] reads that expression against a [`ReferenceTime`] and gives a
//!    [`When`]: wall date and time in the business's zone, plus whether the day and the
//!    time were actually said, so a dialog can combine turns with [`When::merge_onto`]
//!    and ask for what is [`When::missing`].
//!
//! [`extract`] does both.
//!
//! ```
//! use bella_core::ReferenceTime;
//! use bella_extract::time;
//! let now = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap();
//! let m = time::extract("Um, next week. Thursday at 9:30 a.m.", &now).unwrap();
//! assert_eq!(m.value.to_string(), "2026-11-26T09:30");
//! let m = time::extract("Tuesday, no wait, Wednesday at 3", &now).unwrap();
//! assert_eq!(m.value.to_string(), "2026-11-18T15:00");
//! assert!(time::extract("my number is 403 555 0123", &now).is_none());
//! ```

mod expr;
mod grammar;
mod resolve;
mod scan;
mod when;
#[cfg(test)]
mod window_vectors;

pub use expr::{ClockExpr, DayExpr, Reading, Rules, TimeExpr, WeekRel, WindowExpr};
pub use resolve::resolve;
pub use when::{Missing, When, Window};

use crate::Match;
use crate::lexer::Token;
use bella_core::ReferenceTime;

/// Parses the time expression in `text` without resolving it; `None` if none is said.
///
/// The match's `rule` is the first rule that fired; `value.rules` lists all of them.
///
/// ```
/// use bella_extract::time::{self, DayExpr};
/// let m = time::parse("the 3rd of December at quarter to three").unwrap();
/// assert_eq!(m.value.day, Some(DayExpr::MonthDay { month: 12, day: 3, year: None }));
/// assert_eq!(m.value.clock.unwrap().hour_minute(), (14, 45));
/// assert_eq!(m.value.rules.as_slice(), ["day/day-of-month-name", "clock/quarter-to"]);
/// ```
pub fn parse(text: &str) -> Option<Match<TimeExpr>> {
    grammar::parse(&crate::lexer::token_vec(text))
}

/// Finds and resolves the time expression in `text` against `reference`.
///
/// `None` when the turn says nothing about when, or only something that names no
/// day or time ("next week" alone, "February 30th").
pub fn extract(text: &str, reference: &ReferenceTime) -> Option<Match<When>> {
    extract_tokens(&crate::lexer::token_vec(text), reference)
}

/// [`extract`] over a turn's tokens ([`crate::lexer::token_vec`]), shared with the
/// other extractors so the turn is tokenised once.
pub fn extract_tokens(toks: &[Token<'_>], reference: &ReferenceTime) -> Option<Match<When>> {
    let m = grammar::parse(toks)?;
    let when = resolve(&m.value, reference);
    if when.is_empty() {
        return None;
    }
    Some(Match {
        span: m.span,
        value: when,
        rule: m.rule,
    })
}
