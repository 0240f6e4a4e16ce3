//! French number words (SPEC §5.2): "zéro" … "seize", "dix-sept", "soixante-dix-huit",
//! "quatre-vingt-dix-neuf", "cinq cent quatorze", "deux mille".
//!
//! [`number_at`] reads the longest number starting at a word, the way French builds
//! them: "quatre vingt dix neuf" is 99 (never 4, 20, 10, 9), "dix sept" is 17, "cinq
//! cent quatorze" is 514. Words join with a space, a glued hyphen, or "et" ("vingt et
//! un", "soixante et onze"). A comma or a period ends a number ("vingt, deux" is 20
//! then 2). Septante/nonante are not Canadian usage and are not read.

use super::words::Word;
use crate::Span;
use crate::lexer::TokenKind;

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Num {
    /// Its value (0 to 999 999).
    pub value: u32,
    /// The index of the first word after it.
    pub end: usize,
    /// Where it was said.
    pub span: Span,
}

/// 0 to 16 ("un" and "une" are 1).
pub(crate) fn unit(w: &Word<'_>) -> Option<u32> {
    if !w.is_word() {
        return None;
    }
    Some(match w.key.as_bytes() {
        b"zero" => 0,
        b"un" | b"une" => 1,
        b"deux" => 2,
        b"trois" => 3,
        b"quatre" => 4,
        b"cinq" => 5,
        b"six" => 6,
        b"sept" => 7,
        b"huit" => 8,
        b"neuf" => 9,
        b"dix" => 10,
        b"onze" => 11,
        b"douze" => 12,
        b"treize" => 13,
        b"quatorze" => 14,
        b"quinze" => 15,
        b"seize" => 16,
        _ => return None,
    })
}

/// vingt … soixante.
fn tens(w: &Word<'_>) -> Option<u32> {
    if !w.is_word() {
        return None;
    }
    Some(match w.key.as_bytes() {
        b"vingt" | b"vingts" => 20,
        b"trente" => 30,
        b"quarante" => 40,
        b"cinquante" => 50,
        b"soixante" => 60,
        _ => return None,
    })
}

/// Whether `w` is a number word at all (cheap pre-check for callers).
pub(crate) fn is_number_word(w: &Word<'_>) -> bool {
    unit(w).is_some()
        || tens(w).is_some()
        || w.is_any(&["cent", "cents", "mille", "quatre-vingt", "quatre-vingts"])
}

/// The index of the word joined to word `k` (a space or a glued hyphen), if any.
fn next_word(ws: &[Word<'_>], k: usize) -> Option<usize> {
    let n = ws.get(k + 1)?;
    if n.is_word() {
        return Some(k + 1);
    }
    if n.is_punct('-') {
        let after = ws.get(k + 2)?;
        if after.is_word() && ws[k].span.end == n.span.start && n.span.end == after.span.start {
            return Some(k + 2);
        }
    }
    None
}

/// A value and the index of its last word.
type Part = (u32, usize);

/// 17 to 19 after "dix" at `k`: "dix-sept", "dix huit".
fn dix_plus(ws: &[Word<'_>], k: usize) -> Option<Part> {
    if !ws.get(k)?.is("dix") {
        return None;
    }
    let j = next_word(ws, k)?;
    match unit(&ws[j])? {
        u @ 7..=9 => Some((10 + u, j)),
        _ => None,
    }
}

/// 0 to 99 starting at word `k`.
fn below_100(ws: &[Word<'_>], k: usize) -> Option<Part> {
    let w = ws.get(k)?;
    // quatre-vingt(s) …
    if w.is("quatre")
        && let Some(j) = next_word(ws, k)
        && ws[j].is_any(&["vingt", "vingts"])
    {
        return Some(after_tens(ws, 80, j));
    }
    if let Some(t) = tens(w) {
        return Some(after_tens(ws, t, k));
    }
    if let Some(p) = dix_plus(ws, k) {
        return Some(p);
    }
    unit(w).map(|u| (u, k))
}

/// What may follow a tens word at `k` with value `t`: "-deux", " et un", "-dix-huit" …
fn after_tens(ws: &[Word<'_>], t: u32, k: usize) -> Part {
    let Some(j) = next_word(ws, k) else {
        return (t, k);
    };
    // "et un", "et une", "et onze".
    if ws[j].is("et")
        && let Some(j2) = next_word(ws, j)
        && let Some(u) = unit(&ws[j2])
        && (u == 1 || (u == 11 && (t == 60 || t == 80)))
    {
        return (t + u, j2);
    }
    if t == 60 || t == 80 {
        // soixante-dix-sept, quatre-vingt-dix-neuf, soixante-douze.
        if let Some((v, end)) = dix_plus(ws, j) {
            return (t + v, end);
        }
        if let Some(u) = unit(&ws[j])
            && u >= 1
        {
            return (t + u, j);
        }
        return (t, k);
    }
    match unit(&ws[j]) {
        Some(u @ 1..=9) => (t + u, j),
        _ => (t, k),
    }
}

/// 0 to 999 starting at `k`: "[deux] cent(s) [quatorze]" or below 100.
fn below_1000(ws: &[Word<'_>], k: usize) -> Option<Part> {
    let w = ws.get(k)?;
    if w.is_any(&["cent", "cents"]) {
        return Some(after_hundred(ws, 100, k));
    }
    if let Some(u) = unit(w)
        && (2..=9).contains(&u)
        && let Some(j) = next_word(ws, k)
        && ws[j].is_any(&["cent", "cents"])
    {
        return Some(after_hundred(ws, u * 100, j));
    }
    below_100(ws, k)
}

/// A hundred at `k`, then maybe 1 to 99.
fn after_hundred(ws: &[Word<'_>], h: u32, k: usize) -> Part {
    match next_word(ws, k).and_then(|j| below_100(ws, j)) {
        Some((v, end)) if v > 0 => (h + v, end),
        _ => (h, k),
    }
}

/// A count said as digits ("3") or as words ("trois", "vingt et un") at word `i`: its
/// value and the index of the word after it.
pub(crate) fn count_at(ws: &[Word<'_>], i: usize) -> Option<(u32, usize)> {
    let w = ws.get(i)?;
    if w.kind == TokenKind::Digits {
        Some((w.digits()?, i + 1))
    } else {
        number_at(ws, i).map(|n| (n.value, n.end))
    }
}

/// The longest number starting at word `i`, if one does.
pub(crate) fn number_at(ws: &[Word<'_>], i: usize) -> Option<Num> {
    let first = ws.get(i)?;
    if !first.is_word() {
        return None;
    }
    let (mut value, mut last) = if first.is("mille") {
        (1, i.wrapping_sub(1))
    } else {
        below_1000(ws, i)?
    };
    // "deux mille", "mille cinq cents".
    let mille = if first.is("mille") {
        Some(i)
    } else {
        next_word(ws, last).filter(|&j| ws[j].is("mille"))
    };
    if let Some(m) = mille {
        value *= 1000;
        last = m;
        if let Some((v, end)) = next_word(ws, m).and_then(|j| below_1000(ws, j))
            && v > 0
        {
            value += v;
            last = end;
        }
    }
    Some(Num {
        value,
        end: last + 1,
        span: first.span.cover(ws[last].span),
    })
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    /// Every number said in `text`, in order, each read longest-first.
    fn numbers(text: &str) -> Vec<u32> {
        let ws = words(text);
        let mut out = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            match number_at(&ws, i) {
                Some(n) => {
                    out.push(n.value);
                    i = n.end;
                }
                None => i += 1,
            }
        }
        out
    }

    #[test]
    fn composes_longest_first() {
        assert_eq!(numbers("quatre vingt dix neuf"), [99]);
        assert_eq!(numbers("quatre-vingt-dix-neuf"), [99]);
        assert_eq!(numbers("dix sept"), [17]);
        assert_eq!(numbers("cinq cent quatorze"), [514]);
        assert_eq!(numbers("soixante-dix-huit"), [78]);
        assert_eq!(numbers("soixante et onze"), [71]);
        assert_eq!(numbers("soixante-douze"), [72]);
        assert_eq!(numbers("vingt et un"), [21]);
        assert_eq!(numbers("quatre cent quatre-vingts"), [480]);
        assert_eq!(numbers("quatre-vingt-un"), [81]);
        assert_eq!(numbers("deux mille"), [2000]);
        assert_eq!(numbers("mille neuf cent quatre-vingt-dix"), [1990]);
        assert_eq!(numbers("trois cent soixante-sept"), [367]);
    }

    #[test]
    fn digits_stay_apart_and_commas_end_numbers() {
        assert_eq!(numbers("cinq un quatre"), [5, 1, 4]);
        assert_eq!(numbers("vingt, deux"), [20, 2]);
        assert_eq!(numbers("zéro sept"), [0, 7]);
        assert_eq!(
            numbers("quatre cinq zéro, deux deux deux"),
            [4, 5, 0, 2, 2, 2]
        );
        assert_eq!(numbers("un huit cents"), [1, 800]);
        assert_eq!(numbers("trente - deux"), [30, 2]);
    }
}
