//! Numbers as the time grammar reads them: hours, minutes, days of the month, years,
//! written in digits or in words ("twenty-third", "forty five", "oh five").

use super::super::scan::{Lex, Tok};

/// A read-only cursor over classified tokens; every accessor is bounds-checked.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Toks<'t> {
    pub(crate) toks: &'t [Tok],
}

impl<'t> Toks<'t> {
    /// The class of the token at `i`, if any.
    #[inline]
    pub(crate) fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).map(|t| t.lex)
    }

    /// Whether the token at `i` is `lex`. The variants are compared first, inline:
    /// the derived `Lex::eq` is a call, and the rules ask this at every token.
    #[inline]
    pub(crate) fn is(&self, i: usize, lex: Lex) -> bool {
        self.lex(i)
            .is_some_and(|l| std::mem::discriminant(&l) == std::mem::discriminant(&lex) && l == lex)
    }

    /// Whether the token at `i` is glued to the one before it.
    #[inline]
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    /// `i + 1` if the token at `i` is `lex`, else `i`.
    #[inline]
    pub(crate) fn opt(&self, i: usize, lex: Lex) -> usize {
        if self.is(i, lex) { i + 1 } else { i }
    }

    /// Skips commas, periods and dashes.
    pub(crate) fn skip_punct(&self, mut i: usize) -> usize {
        while self.lex(i).is_some_and(Lex::is_filler) {
            i += 1;
        }
        i
    }

    /// The index of the previous token that is not punctuation, if any.
    pub(crate) fn prev_word(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&k| !self.toks[k].lex.is_filler())
    }

    /// Number of tokens.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.toks.len()
    }
}

/// A number 0-99 in digits (at most two) or words ("forty five", "forty-five",
/// "twelve"); returns the value and the index after it.
pub(crate) fn small_number(p: Toks<'_>, i: usize) -> Option<(u32, usize)> {
    match p.lex(i)? {
        Lex::Num { value, digits } if digits <= 2 => Some((value, i + 1)),
        Lex::Card(d) => Some((u32::from(d), i + 1)),
        Lex::Tens(t) => {
            let j = p.opt(i + 1, Lex::Dash);
            match p.lex(j) {
                Some(Lex::Card(d)) if (1..=9).contains(&d) => Some((u32::from(t + d), j + 1)),
                _ => Some((u32::from(t), i + 1)),
            }
        }
        _ => None,
    }
}

/// An hour 0-23 said in words ("nine", "twelve", "twenty one"), or "oh nine" (24-hour).
/// Returns the hour, the index after it, and whether it was said the 24-hour way.
pub(crate) fn hour_word(p: Toks<'_>, i: usize) -> Option<(u8, usize, bool)> {
    match p.lex(i)? {
        Lex::Card(0) => match p.lex(i + 1) {
            Some(Lex::Card(d)) if (1..=9).contains(&d) => Some((d, i + 2, true)),
            _ => None,
        },
        Lex::Card(d) => Some((d, i + 1, d >= 13)),
        Lex::Tens(20) => {
            let j = p.opt(i + 1, Lex::Dash);
            match p.lex(j) {
                Some(Lex::Card(d)) if d <= 3 => Some((20 + d, j + 1, true)),
                // "twenty-fourth" is a day of the month, not 20:00.
                Some(Lex::Ord(_)) => None,
                _ => Some((20, i + 1, true)),
            }
        }
        _ => None,
    }
}

/// Minutes said in words after an hour word: "thirty", "forty five", "fifteen",
/// "oh five", "o five". Returns the minute and the index after it.
pub(crate) fn minute_words(p: Toks<'_>, i: usize) -> Option<(u8, usize)> {
    match p.lex(i)? {
        Lex::Tens(t) if t <= 50 => {
            let j = p.opt(i + 1, Lex::Dash);
            match p.lex(j) {
                Some(Lex::Card(d)) if (1..=9).contains(&d) => Some((t + d, j + 1)),
                _ => Some((t, i + 1)),
            }
        }
        Lex::Card(d) if (10..=19).contains(&d) => Some((d, i + 1)),
        // "oh five", "oh-five"
        Lex::Card(0) => {
            let j = p.opt(i + 1, Lex::Dash);
            match p.lex(j) {
                Some(Lex::Card(d)) if (1..=9).contains(&d) => Some((d, j + 1)),
                Some(Lex::Card(0)) => Some((0, j + 1)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// An ordinal day 1-31: "3rd", "23rd", "third", "twenty third", "twenty-third".
/// Returns the day and the index after it.
pub(crate) fn ordinal(p: Toks<'_>, i: usize) -> Option<(u8, usize)> {
    match p.lex(i)? {
        Lex::Num { value, digits } if digits <= 2 && (1..=31).contains(&value) => {
            if p.is(i + 1, Lex::OrdSuffix) && p.glued(i + 1) {
                Some((value as u8, i + 2))
            } else {
                None
            }
        }
        Lex::Ord(n) if (1..=31).contains(&n) => Some((n, i + 1)),
        Lex::Tens(t) if t == 20 || t == 30 => {
            let j = p.opt(i + 1, Lex::Dash);
            match p.lex(j) {
                Some(Lex::Ord(n)) if (1..=9).contains(&n) && t + n <= 31 => Some((t + n, j + 1)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A day of the month 1-31 as an ordinal, or as a cardinal in digits or words
/// ("December 3", "December twenty"). Returns the day, the index after it, and
/// whether it was an ordinal.
pub(crate) fn day_number(p: Toks<'_>, i: usize) -> Option<(u8, usize, bool)> {
    if let Some((d, j)) = ordinal(p, i) {
        return Some((d, j, true));
    }
    let (v, j) = small_number(p, i)?;
    if (1..=31).contains(&v) {
        Some((v as u8, j, false))
    } else {
        None
    }
}

/// A year: four digits 2000-2099, or "twenty twenty seven". Returns it and the index after.
pub(crate) fn year(p: Toks<'_>, i: usize) -> Option<(i32, usize)> {
    match p.lex(i)? {
        Lex::Num { value, digits: 4 } if (2000..=2099).contains(&value) => {
            Some((value as i32, i + 1))
        }
        Lex::Tens(20) => match p.lex(i + 1) {
            Some(Lex::Tens(t)) if t == 20 || t == 30 => {
                let j = p.opt(i + 2, Lex::Dash);
                match p.lex(j) {
                    Some(Lex::Card(d)) if (1..=9).contains(&d) => {
                        Some((2000 + i32::from(t) + i32::from(d), j + 1))
                    }
                    _ => Some((2000 + i32::from(t), i + 2)),
                }
            }
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::scan::scan;

    fn run<T>(text: &str, f: impl Fn(Toks<'_>, usize) -> Option<T>) -> Option<T> {
        let toks = scan(&crate::lexer::token_vec(text));
        f(Toks { toks: &toks }, 0)
    }

    #[test]
    fn reads_numbers_in_words_and_digits() {
        assert_eq!(run("forty-five", small_number), Some((45, 3)));
        assert_eq!(run("12", small_number), Some((12, 1)));
        assert_eq!(run("123", small_number), None);
        assert_eq!(run("oh five", minute_words), Some((5, 2)));
        assert_eq!(run("twenty one", hour_word), Some((21, 2, true)));
        assert_eq!(run("nine", hour_word), Some((9, 1, false)));
    }

    #[test]
    fn reads_ordinals_and_years() {
        assert_eq!(run("23rd", ordinal), Some((23, 2)));
        assert_eq!(run("23 rd", ordinal), None);
        assert_eq!(run("twenty-third", ordinal), Some((23, 3)));
        assert_eq!(run("thirty second", ordinal), None);
        assert_eq!(run("2027", year), Some((2027, 1)));
        assert_eq!(run("twenty twenty seven", year), Some((2027, 3)));
        assert_eq!(run("40th", ordinal), None);
    }
}
