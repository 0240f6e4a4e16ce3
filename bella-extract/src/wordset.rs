//! [`WordSet`]: a fixed set of short words, built at compile time, looked up with one
//! hash and (almost always) one 16-byte compare.
//!
//! The extractors ask "is this word a stopword / filler / title?" for nearly every
//! token. A sorted list searched with `binary_search` costs a `memcmp` per probe
//! (about nine for 500 words); a slice scanned with `iter().any(..)` one per entry.
//! Here each word (lowercase, at most [`WordSet::MAX_LEN`] bytes) is packed with its
//! length into a `u128`, so comparing two words is comparing two integers, and the words
//! sit in an open-addressed table (linear probing, at most half full:
//! most lookups are misses, and a miss ends at the first empty slot) indexed by a
//! multiplicative hash of that integer. The table is built by a `const fn`: a word too
//! long, not lowercase or listed twice is a compile error, not a runtime surprise.
//!
//! ```
//! use bella_extract::wordset::WordSet;
//! static FILLERS: WordSet<16> = WordSet::new(&["uh", "um", "like"]);
//! assert!(FILLERS.contains(b"um"));
//! assert!(!FILLERS.contains(b"umbrella"));
//! assert!(!FILLERS.contains(b""));
//! ```

/// A set of lowercase words of at most 15 bytes; `N` (a power of two, at least twice
/// the word count; four times keeps misses to about one probe) is the table size.
#[derive(Clone, Debug)]
pub struct WordSet<const N: usize> {
    slots: [u128; N],
    len: usize,
}

/// Packs 1 to 15 bytes into an integer: the bytes, zero padding, and the length in
/// the last byte, so no word packs to 0 (an empty slot) and "a" differs from "a\0".
#[inline]
const fn pack(b: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < b.len() {
        buf[i] = b[i];
        i += 1;
    }
    // b.len() <= 15 (checked by every caller).
    buf[15] = b.len() as u8;
    u128::from_le_bytes(buf)
}

/// The home slot of a packed word in a table of `2^bits` slots.
#[inline]
const fn home(key: u128, bits: u32) -> usize {
    let lo = key as u64;
    let hi = (key >> 64) as u64;
    let h = (lo ^ hi.rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    // The shift leaves `bits` (< 64) bits, so the value fits a usize.
    (h >> (64 - bits)) as usize
}

/// What a [`WordSet`] can be probed with: a word's lowercase text or bytes, or its
/// [`WordKey`](crate::lexer::WordKey) (already packed: the fast way).
pub trait Probe {
    /// The packed form, or `None` for an empty or over-long word (never in a set).
    fn packed_key(&self) -> Option<u128>;
}

impl Probe for [u8] {
    #[inline]
    fn packed_key(&self) -> Option<u128> {
        (!self.is_empty() && self.len() <= 15).then(|| pack(self))
    }
}

impl<const M: usize> Probe for [u8; M] {
    #[inline]
    fn packed_key(&self) -> Option<u128> {
        self.as_slice().packed_key()
    }
}

impl Probe for str {
    #[inline]
    fn packed_key(&self) -> Option<u128> {
        self.as_bytes().packed_key()
    }
}

impl Probe for crate::lexer::WordKey {
    #[inline]
    fn packed_key(&self) -> Option<u128> {
        let k = self.packed();
        (k != 0).then_some(k)
    }
}

/// The packed form of `word` lowercased (ASCII); `None` if empty or over 15 bytes.
#[inline]
fn lowered(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    let lower = &mut buf[..b.len()];
    lower.copy_from_slice(b);
    lower.make_ascii_lowercase();
    Some(pack(lower))
}

/// Panics (at compile time in a `static`) unless a table of `n` slots is a power of
/// two and at most half full with `words` words.
const fn check_size(words: usize, n: usize) {
    assert!(
        n.is_power_of_two() && n >= 2,
        "WordSet size must be a power of two"
    );
    assert!(words * 2 <= n, "WordSet too small for its words: grow N");
}

/// Puts a word in an open-addressed table of packed words and returns its slot.
/// Panics (at compile time in a `static`) on an empty, over-long, upper-case or
/// NUL-holding word, and on a word listed twice.
const fn insert<const N: usize>(slots: &mut [u128; N], b: &[u8]) -> usize {
    assert!(
        !b.is_empty() && b.len() <= 15,
        "WordSet word empty or longer than 15 bytes"
    );
    let mut i = 0;
    while i < b.len() {
        assert!(
            !b[i].is_ascii_uppercase() && b[i] != 0,
            "WordSet words are lowercase, without NUL"
        );
        i += 1;
    }
    let key = pack(b);
    let mut s = home(key, N.trailing_zeros());
    loop {
        if slots[s] == 0 {
            slots[s] = key;
            return s;
        }
        assert!(slots[s] != key, "WordSet word listed twice");
        s = (s + 1) & (N - 1);
    }
}

/// The slot holding packed word `k`, if it is in the table (at most half full, so an
/// empty slot ends every probe sequence).
#[inline]
fn find<const N: usize>(slots: &[u128; N], k: u128) -> Option<usize> {
    let mut s = home(k, N.trailing_zeros());
    loop {
        let v = slots[s & (N - 1)];
        if v == k {
            return Some(s & (N - 1));
        }
        if v == 0 {
            return None;
        }
        s += 1;
    }
}

impl<const N: usize> WordSet<N> {
    /// Longest word a set holds, in bytes.
    pub const MAX_LEN: usize = 15;

    /// Builds the set. Panics (at compile time in a `static`/`const`) if `N` is not a
    /// power of two, the table would be more than half full, or a word is empty, longer
    /// than 15 bytes, has an upper-case ASCII letter or a NUL byte, or is listed twice.
    pub const fn new(words: &[&str]) -> Self {
        check_size(words.len(), N);
        let mut slots = [0u128; N];
        let mut w = 0;
        while w < words.len() {
            insert(&mut slots, words[w].as_bytes());
            w += 1;
        }
        Self {
            slots,
            len: words.len(),
        }
    }

    /// Whether `key` (lowercase bytes, or a [`crate::lexer::WordKey`]: no copy) is in
    /// the set. An empty or over-long key is not.
    #[inline]
    pub fn contains<K: Probe + ?Sized>(&self, key: &K) -> bool {
        key.packed_key().is_some_and(|k| self.probe(k))
    }

    #[inline]
    fn probe(&self, k: u128) -> bool {
        find(&self.slots, k).is_some()
    }

    /// Whether the word `word` is in the set, ignoring ASCII case.
    #[inline]
    pub fn contains_word(&self, word: &str) -> bool {
        lowered(word).is_some_and(|k| self.probe(k))
    }

    /// Number of words.
    pub const fn len(&self) -> usize {
        self.len
    }

    /// True if the set holds no word.
    pub const fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A map from fixed short words to values, built at compile time like [`WordSet`]
/// (same packing, hashing and checks): one hash and (almost always) one 16-byte
/// compare per lookup, where a `match` on strings costs a `memcmp` per candidate.
///
/// ```
/// use bella_extract::wordset::WordMap;
/// static DIGITS: WordMap<8, u8> = WordMap::new(&[(&["one", "won"], 1), (&["two"], 2)], 0);
/// assert_eq!(DIGITS.get(b"two"), Some(2));
/// assert_eq!(DIGITS.get(b"three"), None);
/// ```
#[derive(Clone, Debug)]
pub struct WordMap<const N: usize, V: Copy> {
    slots: [u128; N],
    values: [V; N],
}

impl<const N: usize, V: Copy> WordMap<N, V> {
    /// Builds the map from groups of words sharing a value; `fill` is stored in the
    /// unused slots (never returned). Panics (at compile time in a `static`) like
    /// [`WordSet::new`].
    pub const fn new(groups: &[(&[&str], V)], fill: V) -> Self {
        let mut words = 0;
        let mut g = 0;
        while g < groups.len() {
            words += groups[g].0.len();
            g += 1;
        }
        check_size(words, N);
        let mut slots = [0u128; N];
        let mut values = [fill; N];
        let mut g = 0;
        while g < groups.len() {
            let mut w = 0;
            while w < groups[g].0.len() {
                let s = insert(&mut slots, groups[g].0[w].as_bytes());
                values[s] = groups[g].1;
                w += 1;
            }
            g += 1;
        }
        Self { slots, values }
    }

    /// The value of the word `word`, ignoring ASCII case.
    #[inline]
    pub fn get_word(&self, word: &str) -> Option<V> {
        let k = lowered(word)?;
        find(&self.slots, k).map(|s| self.values[s])
    }

    /// The value of `key` (lowercase bytes, or a [`crate::lexer::WordKey`]).
    #[inline]
    pub fn get<K: Probe + ?Sized>(&self, key: &K) -> Option<V> {
        let k = key.packed_key()?;
        find(&self.slots, k).map(|s| self.values[s])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &[
        "a",
        "an",
        "the",
        "fifteen-letters",
        "zoë",
        "o",
        "oh",
        "name",
        "names",
        "nam",
    ];
    static SET: WordSet<32> = WordSet::new(WORDS);

    #[test]
    fn finds_every_word_and_nothing_else() {
        assert_eq!(SET.len(), WORDS.len());
        for w in WORDS {
            assert!(SET.contains(w.as_bytes()), "{w}");
        }
        for w in [
            "",
            "b",
            "th",
            "then",
            "name ",
            "fifteen-letters!",
            "a\0",
            "zoe",
            "\0",
        ] {
            assert!(!SET.contains(w.as_bytes()), "{w:?}");
        }
        assert!(SET.contains_word("THE"));
        assert!(SET.contains_word("Zoë"));
        assert!(!SET.contains_word("a-very-long-word-indeed"));
        use crate::lexer::WordKey;
        assert!(SET.contains(&WordKey::of("Zoë")));
        assert!(SET.contains(&WordKey::of("NAMES")));
        assert!(!SET.contains(&WordKey::of("nameless")));
        assert!(!SET.contains(&WordKey::EMPTY));
        // A key is the packed form of its bytes.
        for w in WORDS {
            assert_eq!(WordKey::of(w).packed(), pack(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn a_map_gives_each_word_its_value() {
        static MAP: WordMap<16, u8> = WordMap::new(&[(&["a"], 1), (&["an"], 2), (&["the"], 3)], 0);
        assert_eq!(MAP.get(b"a"), Some(1));
        assert_eq!(MAP.get(&crate::lexer::WordKey::of("THE")), Some(3));
        assert_eq!(MAP.get(b"then"), None);
        assert_eq!(MAP.get(b""), None);
        assert_eq!(MAP.get(&crate::lexer::WordKey::EMPTY), None);
    }

    #[test]
    fn a_full_table_still_terminates() {
        // 8 of 16 slots: every miss still finds an empty slot.
        static FULL: WordSet<16> = WordSet::new(&["a", "b", "c", "d", "e", "f", "g", "l"]);
        for w in ["m", "n", "zz", "aa"] {
            assert!(!FULL.contains(w.as_bytes()));
        }
        assert!(FULL.contains(b"l"));
    }
}
