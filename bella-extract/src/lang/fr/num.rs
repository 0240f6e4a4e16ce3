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
use crate::wordset::WordMap;

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

/// What a French number word is worth, read once per word by
/// [`super::words::words`] into [`Word::num`]: the rules below ask it of every
/// word, several times, so they read a field instead of comparing the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumWord {
    /// 0 to 16 ("zéro" … "seize"; "un" and "une" are 1).
    Unit(u8),
    /// 20 to 60 ("vingt", "vingts" … "soixante").
    Tens(u8),
    /// "cent", "cents".
    Cent,
    /// "mille".
    Mille,
}

/// The number words by folded key.
#[rustfmt::skip]
pub(crate) static NUM_WORDS: WordMap<64, NumWord> = WordMap::new(&[
    (&["zero"], NumWord::Unit(0)), (&["un", "une"], NumWord::Unit(1)),
    (&["deux"], NumWord::Unit(2)), (&["trois"], NumWord::Unit(3)),
    (&["quatre"], NumWord::Unit(4)), (&["cinq"], NumWord::Unit(5)),
    (&["six"], NumWord::Unit(6)), (&["sept"], NumWord::Unit(7)),
    (&["huit"], NumWord::Unit(8)), (&["neuf"], NumWord::Unit(9)),
    (&["dix"], NumWord::Unit(10)), (&["onze"], NumWord::Unit(11)),
    (&["douze"], NumWord::Unit(12)), (&["treize"], NumWord::Unit(13)),
    (&["quatorze"], NumWord::Unit(14)), (&["quinze"], NumWord::Unit(15)),
    (&["seize"], NumWord::Unit(16)),
    (&["vingt", "vingts"], NumWord::Tens(20)), (&["trente"], NumWord::Tens(30)),
    (&["quarante"], NumWord::Tens(40)), (&["cinquante"], NumWord::Tens(50)),
    (&["soixante"], NumWord::Tens(60)),
    (&["cent", "cents"], NumWord::Cent), (&["mille"], NumWord::Mille),
], NumWord::Unit(0));

/// 0 to 16 ("un" and "une" are 1).
#[inline]
pub(crate) fn unit(w: &Word<'_>) -> Option<u32> {
    match w.num {
        Some(NumWord::Unit(u)) => Some(u32::from(u)),
        _ => None,
    }
}

/// vingt … soixante.
#[inline]
fn tens(w: &Word<'_>) -> Option<u32> {
    match w.num {
        Some(NumWord::Tens(t)) => Some(u32::from(t)),
        _ => None,
    }
}

/// "cent" or "cents".
#[inline]
fn is_cent(w: &Word<'_>) -> bool {
    w.num == Some(NumWord::Cent)
}

/// Whether `w` is a number word at all (cheap pre-check for callers). A compound
/// such as "quatre-vingt" is several words: a word never holds a hyphen.
#[inline]
pub(crate) fn is_number_word(w: &Word<'_>) -> bool {
    w.num.is_some()
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
        // The plural "quatre-vingts" is only written at the end of a number.
        if ws[j].is("vingts") {
            return Some((80, j));
        }
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
    if is_cent(w) {
        return Some(after_hundred(ws, 100, k));
    }
    if let Some(u) = unit(w)
        && (2..=9).contains(&u)
        && let Some(j) = next_word(ws, k)
        && is_cent(&ws[j])
    {
        return Some(after_hundred(ws, u * 100, j));
    }
    below_100(ws, k)
}

/// A hundred at `k`, then maybe 1 to 99. French writes the plural "cents" only at
/// the end of a number ("deux cents", but "deux cent cinq"), so a number word after
/// "cents" starts the next number: "un huit cents cinq cinq cinq" is 1, 800, 5, 5, 5.
fn after_hundred(ws: &[Word<'_>], h: u32, k: usize) -> Part {
    if ws[k].is("cents") {
        return (h, k);
    }
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
    // Every number starts with a number word (most words are not one).
    first.num?;
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
        // A plural ends its number: "cents" and "quatre-vingts" take no tail.
        assert_eq!(numbers("un huit cents cinq cinq"), [1, 800, 5, 5]);
        assert_eq!(numbers("huit cent cinq cinq"), [805, 5]);
        assert_eq!(numbers("quatre-vingts onze"), [80, 11]);
        assert_eq!(numbers("quatre-vingt-onze"), [91]);
        assert_eq!(numbers("trente - deux"), [30, 2]);
    }
}
