//! A small, allocation-free tokenizer shared by the extractors.
//!
//! [`tokens`] splits a turn into [`Token`]s with byte [`Span`]s into the original
//! text: words (letters, with inner apostrophes: `it's`, `o'connor`), ASCII digit runs
//! (`403`, `9` and `th` of `9th` are two tokens) and single punctuation characters.
//! White space is skipped; adjacency is visible from the spans (`a.end == b.start`).
//!
//! Words keep their original case; compare them with [`Token::is`] (ASCII
//! case-insensitive) or [`lower`], which lowercases into a caller's stack buffer.
//! [`number_word`] reads number words ("oh", "sixteen", "forty", "hundred",
//! "double") and [`ordinal_word`] ordinals ("third", "twenty-first" is two tokens).
//!
//! ```
//! use bella_extract::lexer::{tokens, TokenKind, number_word, NumberWord};
//! let toks: Vec<_> = tokens("It's 403-five, double 5").collect();
//! assert_eq!(toks[0].text, "It's");
//! assert_eq!(toks[1].kind, TokenKind::Digits);
//! assert_eq!(toks[2].kind, TokenKind::Punct('-'));
//! assert_eq!(number_word(toks[3].text), Some(NumberWord::Digit(5)));
//! assert_eq!(number_word("Double"), Some(NumberWord::Repeat(2)));
//! ```

use crate::Span;
use crate::wordset::WordMap;

/// What kind of token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script, accents kept), with inner apostrophes (`'` or `’`).
    Word,
    /// A run of ASCII digits.
    Digits,
    /// Any other single non-space character (`-`, `.`, `,`, `(`, `+`, `:` ...).
    Punct(char),
}

/// One token: its kind, its text as written, and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// What kind of token.
    pub kind: TokenKind,
    /// The token's text, as written (not lowercased).
    pub text: &'a str,
    /// Byte range in the original text.
    pub span: Span,
    /// For a word, its lookup key (lowercase, apostrophes dropped), computed once here
    /// so every extractor reading the token shares it; [`WordKey::EMPTY`] otherwise.
    pub key: WordKey,
}

impl Token<'_> {
    /// True for a word equal to `lower` ignoring ASCII case (`lower` must be lowercase).
    #[inline]
    pub fn is(&self, lower: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(lower)
    }

    /// The key's bytes ([`Token::key`]; empty for a non-word or a word over 15 bytes).
    #[inline]
    pub fn key_bytes(&self) -> &[u8] {
        self.key.as_bytes()
    }

    /// True for a word whose key ([`Token::key`]: lowercase, no apostrophes) is `key`.
    #[inline]
    pub fn is_key(&self, key: &str) -> bool {
        self.kind == TokenKind::Word && self.key == key
    }

    /// True for a word equal to any of `words` (lowercase) ignoring ASCII case.
    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        self.kind == TokenKind::Word && words.iter().any(|w| self.text.eq_ignore_ascii_case(w))
    }

    /// True for a word.
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for the punctuation character `c`.
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// The number word this token is, if any (see [`number_word`]).
    #[inline]
    pub fn number_word(&self) -> Option<NumberWord> {
        if self.kind == TokenKind::Word {
            NUMBER_WORDS.get(&self.key)
        } else {
            None
        }
    }

    /// For a digit run of at most 18 digits, its value.
    pub fn digits_value(&self) -> Option<u64> {
        if self.kind != TokenKind::Digits || self.text.len() > 18 {
            return None;
        }
        Some(
            self.text
                .bytes()
                .fold(0u64, |n, b| n * 10 + u64::from(b - b'0')),
        )
    }
}

/// The tokens of `text`, in order. Never panics; every span is on char boundaries.
pub fn tokens(text: &str) -> Lexer<'_> {
    Lexer {
        text,
        pos: 0,
        keys: true,
    }
}

/// [`tokens`] without the English [`WordKey`]s (every token's key is
/// [`WordKey::EMPTY`]): for a grammar that folds its own keys, such as French.
pub(crate) fn tokens_unkeyed(text: &str) -> Lexer<'_> {
    Lexer {
        text,
        pos: 0,
        keys: false,
    }
}

/// All the tokens of `text` in one vector, allocated once: a turn has at most one
/// token per byte, and a typical one about one per three bytes.
pub fn token_vec(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(text.len() / 3 + 4);
    out.extend(tokens(text));
    out
}

/// Iterator over the [`Token`]s of a text; built by [`tokens`].
#[derive(Clone, Debug)]
pub struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    /// Whether word tokens get their [`WordKey`].
    keys: bool,
}

/// Characters that continue a word: letters and combining marks (decomposed accents).
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Characters written for an apostrophe: `'`, `’`, and the look-alikes keyboards,
/// transcripts and copied text put in its place (`‘`, the modifier letters `ʼ` `ʻ` `ʹ`,
/// Armenian `՚`, Latin `ꞌ`, full-width `＇`, the primes `′` `‵`, a backtick, an acute
/// accent). Between letters they join one word ("aujourdʼhui", "o‘connor"), and word
/// keys drop them all alike.
#[inline]
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}'
            | '\u{2018}'
            | '\u{2bc}'
            | '\u{2bb}'
            | '\u{2b9}'
            | '\u{55a}'
            | '\u{a78c}'
            | '\u{ff07}'
            | '\u{2032}'
            | '\u{2035}'
            | '`'
            | '\u{b4}'
    )
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let bytes = self.text.as_bytes();
        // Skip white space and control characters (ASCII fast path, then Unicode).
        loop {
            let b = *bytes.get(self.pos)?;
            if b < 0x80 {
                if b.is_ascii_whitespace() || b.is_ascii_control() {
                    self.pos += 1;
                    continue;
                }
                break;
            }
            let c = self.char_at(self.pos)?;
            if c.is_whitespace() || c.is_control() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        let start = self.pos;
        let first = bytes[start];
        let kind = if first.is_ascii_digit() {
            let mut end = start + 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            self.pos = end;
            TokenKind::Digits
        } else {
            let c = if first < 0x80 {
                char::from(first)
            } else {
                self.char_at(start)?
            };
            if is_word_char(c) {
                let mut end = start + c.len_utf8();
                while let Some(&b) = bytes.get(end) {
                    if b.is_ascii_alphabetic() {
                        end += 1;
                    } else if b < 0x80 {
                        // An apostrophe continues a word only between letters.
                        if is_apostrophe(char::from(b))
                            && self.char_at(end + 1).is_some_and(is_word_char)
                        {
                            end += 1;
                        } else {
                            break;
                        }
                    } else {
                        let Some(d) = self.char_at(end) else { break };
                        // A letter, or another apostrophe between letters.
                        let apostrophe = is_apostrophe(d)
                            && self.char_at(end + d.len_utf8()).is_some_and(is_word_char);
                        if is_word_char(d) || apostrophe {
                            end += d.len_utf8();
                        } else {
                            break;
                        }
                    }
                }
                self.pos = end;
                TokenKind::Word
            } else {
                self.pos = start + c.len_utf8();
                TokenKind::Punct(c)
            }
        };
        let text = &self.text[start..self.pos];
        let key = if self.keys && kind == TokenKind::Word {
            WordKey::of(text)
        } else {
            WordKey::EMPTY
        };
        Some(Token {
            kind,
            text,
            span: Span::new(start, self.pos),
            key,
        })
    }
}

impl Lexer<'_> {
    /// The character starting at byte `i`, if `i` is a char boundary inside the text.
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }
}

/// Lowercases an ASCII-ish word into `buf`; `None` if it does not fit.
/// Non-ASCII letters are copied unchanged (number words and cue words are ASCII).
#[inline]
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let b = word.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// A word's lookup key, for matching cue words without allocating: ASCII-lowercased,
/// apostrophes (`'`, `’` and the others of [`is_apostrophe`]) dropped, at most
/// [`WordKey::CAP`] bytes (a longer word gets the empty key, which matches nothing).
///
/// The key is 16 bytes: the lowercase bytes, zero padding, and the length in the last
/// byte. That is also [`crate::wordset::WordSet`]'s packed form, so a set lookup with
/// a key ([`WordSet::contains`](crate::wordset::WordSet::contains)) hashes
/// and compares integers without copying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordKey {
    buf: [u8; 16],
}

impl WordKey {
    /// Longest key kept; no listed word is longer.
    pub const CAP: usize = 15;
    /// The key of a non-word.
    pub const EMPTY: WordKey = WordKey { buf: [0; 16] };

    /// The key of `word`.
    pub fn of(word: &str) -> WordKey {
        let mut k = WordKey::EMPTY;
        let b = word.as_bytes();
        let mut i = 0;
        let mut n = 0;
        while i < b.len() {
            if b[i] == b'\'' || b[i] == b'`' {
                i += 1;
                continue;
            }
            if b[i] >= 0xC0 {
                // A multi-byte character: dropped if it is an apostrophe.
                if let Some(c) = word[i..].chars().next().filter(|&c| is_apostrophe(c)) {
                    i += c.len_utf8();
                    continue;
                }
            }
            if n == WordKey::CAP {
                return WordKey::EMPTY;
            }
            k.buf[n] = b[i].to_ascii_lowercase();
            n += 1;
            i += 1;
        }
        // n <= CAP = 15.
        k.buf[WordKey::CAP] = u8::try_from(n).unwrap_or(0);
        k
    }

    /// The key as text ("" for the empty key).
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    /// The key's bytes (UTF-8): the fast way to compare it.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..usize::from(self.buf[WordKey::CAP]).min(WordKey::CAP)]
    }

    /// The key as one integer (bytes, padding, length): equal keys, equal integers;
    /// 0 only for the empty key.
    #[inline]
    pub fn packed(&self) -> u128 {
        u128::from_le_bytes(self.buf)
    }

    /// True if the key is one of `words` (lowercase, without apostrophes).
    #[inline]
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| *self == *w)
    }
}

impl PartialEq<&str> for WordKey {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

/// A number word and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberWord {
    /// zero, oh, o, nought, one ... nine: a single digit.
    Digit(u8),
    /// ten ... nineteen.
    Teen(u8),
    /// twenty, thirty ... ninety (the value: 20 ... 90).
    Tens(u8),
    /// "hundred".
    Hundred,
    /// "thousand".
    Thousand,
    /// "double" (2) or "triple" (3): the next digit repeated.
    Repeat(u8),
}

impl NumberWord {
    /// The plain value of a digit, teen or tens word.
    pub fn value(self) -> Option<u32> {
        match self {
            Self::Digit(d) | Self::Teen(d) | Self::Tens(d) => Some(u32::from(d)),
            Self::Hundred => Some(100),
            Self::Thousand => Some(1000),
            Self::Repeat(_) => None,
        }
    }
}

/// Reads a number word, ignoring ASCII case. `"o"` and `"oh"` are zero.
pub fn number_word(word: &str) -> Option<NumberWord> {
    NUMBER_WORDS.get_word(word)
}

use NumberWord::{Digit, Hundred, Repeat, Teen, Tens, Thousand};
/// Number words by lowercase key (probe with a [`WordKey`]: [`Token::number_word`]).
#[rustfmt::skip]
pub(crate) static NUMBER_WORDS: WordMap<128, NumberWord> = WordMap::new(&[
    (&["zero", "oh", "o", "nought", "nil"], Digit(0)), (&["one"], Digit(1)), (&["two"], Digit(2)),
    (&["three"], Digit(3)), (&["four"], Digit(4)), (&["five"], Digit(5)), (&["six"], Digit(6)),
    (&["seven"], Digit(7)), (&["eight"], Digit(8)), (&["nine"], Digit(9)), (&["ten"], Teen(10)),
    (&["eleven"], Teen(11)), (&["twelve"], Teen(12)), (&["thirteen"], Teen(13)),
    (&["fourteen"], Teen(14)), (&["fifteen"], Teen(15)), (&["sixteen"], Teen(16)),
    (&["seventeen"], Teen(17)), (&["eighteen"], Teen(18)), (&["nineteen"], Teen(19)),
    (&["twenty"], Tens(20)), (&["thirty"], Tens(30)), (&["forty", "fourty"], Tens(40)),
    (&["fifty"], Tens(50)), (&["sixty"], Tens(60)), (&["seventy"], Tens(70)),
    (&["eighty"], Tens(80)), (&["ninety"], Tens(90)), (&["hundred"], Hundred),
    (&["thousand"], Thousand), (&["double"], Repeat(2)), (&["triple"], Repeat(3)),
], Digit(0));

/// Reads an ordinal word ("first" ... "nineteenth", "twentieth", "thirtieth"),
/// ignoring ASCII case. "twenty first" is "twenty" then `ordinal_word("first")`.
pub fn ordinal_word(word: &str) -> Option<u8> {
    ORDINALS.get_word(word)
}

/// Ordinal words by lowercase key.
#[rustfmt::skip]
pub(crate) static ORDINALS: WordMap<64, u8> = WordMap::new(&[
    (&["first"], 1), (&["second"], 2), (&["third"], 3), (&["fourth"], 4), (&["fifth"], 5),
    (&["sixth"], 6), (&["seventh"], 7), (&["eighth"], 8), (&["ninth"], 9), (&["tenth"], 10),
    (&["eleventh"], 11), (&["twelfth"], 12), (&["thirteenth"], 13), (&["fourteenth"], 14),
    (&["fifteenth"], 15), (&["sixteenth"], 16), (&["seventeenth"], 17),
    (&["eighteenth"], 18), (&["nineteenth"], 19), (&["twentieth"], 20), (&["thirtieth"], 30),
], 0);

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(TokenKind, &str)> {
        tokens(text).map(|t| (t.kind, t.text)).collect()
    }

    #[test]
    fn splits_words_digits_and_punctuation() {
        assert_eq!(
            kinds("It's (647) 804-3958."),
            vec![
                (TokenKind::Word, "It's"),
                (TokenKind::Punct('('), "("),
                (TokenKind::Digits, "647"),
                (TokenKind::Punct(')'), ")"),
                (TokenKind::Digits, "804"),
                (TokenKind::Punct('-'), "-"),
                (TokenKind::Digits, "3958"),
                (TokenKind::Punct('.'), "."),
            ]
        );
    }

    #[test]
    fn keeps_accents_and_inner_apostrophes() {
        assert_eq!(
            kinds("Zoë o’connor 9th rock'"),
            vec![
                (TokenKind::Word, "Zoë"),
                (TokenKind::Word, "o’connor"),
                (TokenKind::Digits, "9"),
                (TokenKind::Word, "th"),
                (TokenKind::Word, "rock"),
                (TokenKind::Punct('\''), "'"),
            ]
        );
        // A decomposed accent (e + U+0308) stays inside the word.
        assert_eq!(kinds("Zoe\u{308} Li").len(), 2);
    }

    #[test]
    fn apostrophe_look_alikes_join_a_word_and_drop_from_its_key() {
        for a in [
            '\u{2bc}', '\u{55a}', '\u{a78c}', '\u{ff07}', '\u{2032}', '`',
        ] {
            let text = format!("Aujourd{a}hui it{a}s {a}x");
            let toks: Vec<_> = tokens(&text).collect();
            assert_eq!(toks[0].key, "aujourdhui", "{text}");
            assert_eq!(toks[1].key, "its", "{text}");
            // Not between letters: punctuation, as a plain apostrophe is (the
            // modifier letters are letters, so they start a word there).
            if !a.is_alphabetic() {
                assert_eq!(toks[2].kind, TokenKind::Punct(a), "{text}");
            }
        }
    }

    #[test]
    fn unkeyed_tokens_are_the_same_without_keys() {
        let text = "L'après-midi, Zoë O'Neil: 403";
        let keyed: Vec<_> = tokens(text).collect();
        let unkeyed: Vec<_> = tokens_unkeyed(text).collect();
        assert_eq!(keyed.len(), unkeyed.len());
        for (k, u) in keyed.iter().zip(&unkeyed) {
            assert_eq!((k.kind, k.text, k.span), (u.kind, u.text, u.span));
            assert_eq!(u.key, WordKey::EMPTY);
        }
        assert_eq!(keyed[0].key, "lapr\u{e8}s");
    }

    #[test]
    fn spans_cover_the_token_text() {
        let text = "  héllo,\t403\u{2014}x ";
        for t in tokens(text) {
            assert_eq!(t.span.slice(text), Some(t.text));
        }
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("OH"), Some(NumberWord::Digit(0)));
        assert_eq!(number_word("sixteen"), Some(NumberWord::Teen(16)));
        assert_eq!(number_word("Forty"), Some(NumberWord::Tens(40)));
        assert_eq!(number_word("triple"), Some(NumberWord::Repeat(3)));
        assert_eq!(number_word("hundred"), Some(NumberWord::Hundred));
        assert_eq!(number_word("noah"), None);
        assert_eq!(number_word("a-very-long-word-indeed"), None);
        assert_eq!(ordinal_word("Twelfth"), Some(12));
    }

    #[test]
    fn digit_values() {
        let t = tokens("0042").next();
        assert_eq!(t.and_then(|t| t.digits_value()), Some(42));
        let long = "9".repeat(30);
        assert_eq!(tokens(&long).next().and_then(|t| t.digits_value()), None);
    }
}
