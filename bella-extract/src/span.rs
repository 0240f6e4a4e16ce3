//! [`Span`] and [`Match`]: where in the turn something was found, and by which rule.

use serde::Serialize;

/// A byte range `[start, end)` of the original text; both ends on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Builds a span; `start <= end` is asserted in debug builds.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Self { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Self) -> Self {
        Self {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The text this span covers, or `None` if it is out of range or off a char boundary.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// A value found in a turn, with where it was and the name of the rule that found it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[must_use]
pub struct Match<T> {
    /// Where in the original text.
    pub span: Span,
    /// What was found.
    pub value: T,
    /// The readable name of the rule that found it (e.g. `"phone/nanp-ten"`).
    pub rule: &'static str,
}
