//! French words on top of the shared [`crate::lexer`]: elisions split off and folded keys.
//!
//! The shared lexer keeps `l'après` and `c'est` as one word (it keeps `o'connor`).
//! French grammar needs the elided article or pronoun apart, so [`words`] splits a
//! word after a leading `l'`, `d'`, `j'`, `m'`, `n'`, `s'`, `c'`, `t'` or `qu'`
//! (`aujourd'hui` stays whole). Each [`Word`] carries a [`Key`]: lowercase, accents
//! folded to ASCII, apostrophes dropped (`Zéro` → `zero`, `l'` → `l`), so rules
//! compare plain ASCII and accept text written with or without accents.

use super::num::{NUM_WORDS, NumWord};
use crate::Span;
use crate::lexer::{TokenKind, is_apostrophe, tokens_unkeyed};

/// A folded lookup key: ASCII lowercase, accents removed, at most [`Key::CAP`] bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key {
    buf: [u8; Key::CAP],
    len: u8,
}

impl Key {
    /// Longest key kept; a longer word gets the empty key, which matches no rule.
    pub const CAP: usize = 20;

    /// The empty key (punctuation, digits, overlong words).
    pub const EMPTY: Key = Key {
        buf: [0; Key::CAP],
        len: 0,
    };

    /// The folded key of `word`.
    pub fn of(word: &str) -> Key {
        let mut k = Key::EMPTY;
        let mut n = 0usize;
        for c in word.chars() {
            // One byte, or two for a ligature; written in place (no slice copy: this
            // runs for every letter of every French word).
            let (first, second) = match c {
                'a'..='z' => (c as u8, None),
                'A'..='Z' => (c.to_ascii_lowercase() as u8, None),
                _ if is_apostrophe(c) => continue,
                'à' | 'â' | 'ä' | 'À' | 'Â' | 'Ä' => (b'a', None),
                'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => (b'e', None),
                'î' | 'ï' | 'Î' | 'Ï' => (b'i', None),
                'ô' | 'ö' | 'Ô' | 'Ö' => (b'o', None),
                'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => (b'u', None),
                'ç' | 'Ç' => (b'c', None),
                'œ' | 'Œ' => (b'o', Some(b'e')),
                'æ' | 'Æ' => (b'a', Some(b'e')),
                // Combining accents (decomposed text) fold away.
                '\u{300}'..='\u{36f}' => continue,
                _ => (b'~', None),
            };
            for b in std::iter::once(first).chain(second) {
                if n == Key::CAP {
                    return Key::EMPTY;
                }
                k.buf[n] = b;
                n += 1;
            }
        }
        k.len = u8::try_from(n).unwrap_or(0);
        k
    }

    /// The key as text. This validates the bytes as UTF-8 at every call, which
    /// costs more than the rules' compares: rules compare [`Key::as_bytes`].
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    /// The key's bytes (ASCII): what rules compare and match on (`b"midi"`).
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..usize::from(self.len)]
    }

    /// True if the key is one of `words` (folded forms).
    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        let k = self.as_bytes();
        words.iter().any(|w| w.as_bytes() == k)
    }
}

/// A key probes a [`crate::wordset::WordSet`] with its bytes; a key over 15 bytes is
/// in no set (no listed word is that long).
impl crate::wordset::Probe for Key {
    #[inline]
    fn packed_key(&self) -> Option<u128> {
        crate::wordset::Probe::packed_key(self.as_bytes())
    }
}

impl PartialEq<&str> for Key {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}

/// One French token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'a> {
    /// The text as written (an elision keeps its apostrophe: `l'`).
    pub text: &'a str,
    /// Where it is in the turn.
    pub span: Span,
    /// What kind of token (from the shared lexer).
    pub kind: TokenKind,
    /// The folded key ([`Key::EMPTY`] for non-words).
    pub key: Key,
    /// An elided `l'`, `d'`, `c'` ... split off the word that follows it.
    pub elided: bool,
    /// The number word it is, if any (looked up once, from the key).
    pub num: Option<NumWord>,
}

impl Word<'_> {
    /// True for a word whose key is `k`.
    #[inline]
    pub fn is(&self, k: &str) -> bool {
        self.kind == TokenKind::Word && self.key == k
    }

    /// True for a word whose key is one of `ks`.
    #[inline]
    pub fn is_any(&self, ks: &[&str]) -> bool {
        self.kind == TokenKind::Word && self.key.is_any(ks)
    }

    /// True for a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for the punctuation `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// For a run of at most 9 ASCII digits, its value.
    pub fn digits(&self) -> Option<u32> {
        if self.kind != TokenKind::Digits || self.text.len() > 9 {
            return None;
        }
        self.text.parse().ok()
    }
}

/// Elided words that are split off the word they are glued to.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "c", "t", "qu", "jusqu", "lorsqu",
];

/// A word token: its key folded, its number looked up.
fn word<'a>(text: &'a str, span: Span, key: Key, elided: bool) -> Word<'a> {
    Word {
        text,
        span,
        kind: TokenKind::Word,
        key,
        elided,
        num: NUM_WORDS.get(&key),
    }
}

/// The French words of `text`, elisions split off. Spans stay on char boundaries.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(16);
    // The shared lexer's English keys are not read here: each word gets its French key.
    for t in tokens_unkeyed(text) {
        if t.kind != TokenKind::Word {
            out.push(Word {
                text: t.text,
                span: t.span,
                kind: t.kind,
                key: Key::EMPTY,
                elided: false,
                num: None,
            });
            continue;
        }
        let apostrophe = t.text.char_indices().find(|&(_, c)| is_apostrophe(c));
        if let Some((i, c)) = apostrophe {
            let head = Key::of(&t.text[..i]);
            // The spoken Quebec "su'l'heure du dîner" ("sur l'heure"): "su'" is the
            // preposition "sur", then the elided article and its word.
            if let Some(parts) = spoken_sur(head, t.text, i + c.len_utf8()) {
                let start = t.span.start;
                for (from, to, key, elided) in parts {
                    let key = key.map_or_else(|| Key::of(&t.text[from..to]), Key::of);
                    let span = Span::new(start + from, start + to);
                    out.push(word(&t.text[from..to], span, key, elided));
                }
                continue;
            }
            if head.is_any(ELISIONS) {
                let cut = i + c.len_utf8();
                let start = t.span.start;
                // The spoken Quebec "c't'après-midi" ("cet après-midi") and "c'te
                // semaine" ("cette semaine"): the contraction is one word keyed as the
                // demonstrative it stands for.
                if let Some((len, key)) = spoken_demonstrative(head, &t.text[cut..]) {
                    let end = cut + len;
                    out.push(word(
                        &t.text[..end],
                        Span::new(start, start + end),
                        Key::of(key),
                        false,
                    ));
                    if end < t.text.len() {
                        let rest = &t.text[end..];
                        out.push(word(
                            rest,
                            Span::new(start + end, t.span.end),
                            Key::of(rest),
                            false,
                        ));
                    }
                    continue;
                }
                out.push(word(
                    &t.text[..cut],
                    Span::new(start, start + cut),
                    head,
                    true,
                ));
                let rest = &t.text[cut..];
                let rest_span = Span::new(start + cut, t.span.end);
                out.push(word(rest, rest_span, Key::of(rest), false));
                continue;
            }
        }
        out.push(word(t.text, t.span, Key::of(t.text), false));
    }
    out
}

/// A word part: byte range in its token, key (`None`: its own text), elided.
type Part = (usize, usize, Option<&'static str>, bool);

/// "su'l'heure" (`head` "su", the rest from byte `cut` of `text`): the parts "su'"
/// keyed "sur", "l'" elided and "heure". Only before an elided `l'` with a word after
/// it, where "su'" can be nothing else.
fn spoken_sur(head: Key, text: &str, cut: usize) -> Option<[Part; 3]> {
    if head != "su" {
        return None;
    }
    let rest = &text[cut..];
    let mut cs = rest.char_indices();
    if !matches!(cs.next(), Some((_, 'l' | 'L'))) {
        return None;
    }
    let (j, c) = cs.next()?;
    if !is_apostrophe(c) {
        return None;
    }
    let word_at = cut + j + c.len_utf8();
    (word_at < text.len()).then_some([
        (0, cut, Some("sur"), false),
        (cut, word_at, Some("l"), true),
        (word_at, text.len(), None, false),
    ])
}

/// After an elided `c'`: the length of a spoken demonstrative's rest ("t'" of
/// "c't'après-midi", "te" of "c'te semaine") and the word it stands for.
fn spoken_demonstrative(head: Key, rest: &str) -> Option<(usize, &'static str)> {
    if head != "c" {
        return None;
    }
    let mut cs = rest.chars();
    if !matches!(cs.next(), Some('t' | 'T')) {
        return None;
    }
    match cs.next() {
        Some(c) if is_apostrophe(c) => Some((1 + c.len_utf8(), "cet")),
        Some('e' | 'E') if cs.next().is_none() => Some((2, "cette")),
        _ => None,
    }
}

/// Whether `b` follows `a` with nothing in between (not even a space).
#[inline]
pub(crate) fn glued(a: &Word<'_>, b: &Word<'_>) -> bool {
    a.span.end == b.span.start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(Key::of("Zéro"), "zero");
        assert_eq!(Key::of("APRÈS"), "apres");
        assert_eq!(Key::of("aujourd'hui"), "aujourdhui");
        assert_eq!(Key::of("Noe\u{308}l"), "noel");
        assert_eq!(Key::of(&"x".repeat(40)), "");
    }

    #[test]
    fn splits_elisions_only() {
        let ws = words("C'est l'après-midi, aujourd'hui, O'Neil");
        let keys: Vec<&str> = ws.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "c",
                "est",
                "l",
                "apres",
                "",
                "midi",
                "",
                "aujourdhui",
                "",
                "oneil"
            ]
        );
        assert!(ws[0].elided && glued(&ws[0], &ws[1]));
        // The spoken Quebec demonstratives.
        let keys = |t: &str| -> Vec<String> {
            words(t).iter().map(|w| w.key.as_str().to_owned()).collect()
        };
        assert_eq!(keys("c't'après-midi"), ["cet", "apres", "", "midi"]);
        assert_eq!(keys("c'te semaine"), ["cette", "semaine"]);
        // The spoken "su'l'" is "sur l'"; without a word after it, it stays as it is.
        assert_eq!(
            keys("su'l'heure du dîner"),
            ["sur", "l", "heure", "du", "diner"]
        );
        assert_eq!(keys("su'l' midi")[0], "sul");
        assert_eq!(keys("c'était"), ["c", "etait"]);
        let text = "C'est l'après-midi, aujourd'hui, O'Neil";
        for w in &ws {
            assert_eq!(w.span.slice(text), Some(w.text));
        }
    }
}
