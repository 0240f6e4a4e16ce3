//! A phone number said in pieces over two or three turns ("four one six" ... "five five
//! five, oh one two three"; "area code 647" ... "then 555 0125"): the digits of an
//! unfinished number are kept and the rest asked for, instead of a failed answer or
//! the caller id offered over the caller's own number. Also "my number ends in 0105,
//! not 0150", "le numéro finit par 0192": new last four digits for the number heard.

use crate::engine::Dialog;
use bella_core::PhoneNumber;
use bella_extract::Lang;

/// What a turn at the number question did with a number in pieces.
pub(crate) enum Pieces {
    /// No piece of a number in the turn.
    None,
    /// The pieces so far make a whole number: its digits, to be read as an answer.
    Whole(String),
    /// A piece was kept and the rest asked for.
    Asked,
}

/// Digits of a whole number: pieces that reach it without making one are given up.
const WHOLE: usize = 10;

impl Dialog {
    /// Reads a turn without a whole number at the number question as a piece of one.
    pub(crate) fn phone_pieces(&mut self, text: &str) -> Pieces {
        if self.lang().phone(text, &self.config.region).is_some() {
            // A whole number in the call's language ("huit un neuf, 528-8536").
            self.s.phone_part = None;
            return Pieces::None;
        }
        let Some(piece) = self.lang().phone_partial(text) else {
            return Pieces::None;
        };
        let so_far = self.s.phone_part.take().unwrap_or_default();
        let joined = format!("{so_far}{piece}");
        if !so_far.is_empty() && self.lang().phone(&joined, &self.config.region).is_some() {
            return Pieces::Whole(joined);
        }
        if joined.len() >= WHOLE {
            // Ten digits or more that make no number: an answer like any other.
            return Pieces::None;
        }
        self.s.phone_part = Some(joined);
        let step = self.s.step;
        self.say("Got it.");
        self.ask(step, "And the rest of the number?");
        Pieces::Asked
    }

    /// "my number ends in 0105, not 0150", "the last four are 0105", "the last digit
    /// is a 3, not 2", "le numéro finit par 0192", "the area code is 437": the number
    /// heard with those digits put right ([`put_right`]).
    pub(crate) fn phone_with_ending(&self, text: &str) -> Option<PhoneNumber> {
        put_right(self.s.phone.as_ref()?, text, self.lang())
    }
}

/// `text` with the names of a number's digit groups made meaningless words ("the
/// first three are 514, then 555", "next three 555, last four 0743"): a count of
/// digits, never a day ("the first") or an hour ("three"). Words stay words (so "the
/// last four are 0158" gives no 1:58, as "the digits are 0158" gives none); and the
/// digits said after a cue for the number's end ("friday, and it ends in 0155") made
/// letters, so no day in the turn takes them for 1:55. The length is kept, so spans
/// found in the result hold in `text`.
pub(crate) fn without_group_names(text: &str) -> std::borrow::Cow<'_, str> {
    const NAMES: &[&str] = &[
        "first three",
        "next three",
        "middle three",
        "second three",
        "last four",
        "first 3",
        "next 3",
        "middle 3",
        "last 4",
    ];
    // Most turns hold no digit and no "three" or "four": nothing to do, nothing to
    // allocate (this runs on every turn).
    let b = text.as_bytes();
    let says = |w: &[u8]| b.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w));
    if !b.iter().any(u8::is_ascii_digit) && !says(b"three") && !says(b"four") {
        return text.into();
    }
    let lower = text.to_ascii_lowercase();
    let mut out: Option<Vec<u8>> = None;
    // "friday, and the number ends in 0155": the digits of the number's end, no 1:55.
    for cue in ENDING_CUES {
        for (at, _) in lower.match_indices(cue) {
            let end = at + cue.len();
            if at > 0 && lower.as_bytes()[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            let said = lower.as_bytes()[end..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b' ')
                .count();
            if lower.as_bytes()[end..end + said]
                .iter()
                .any(u8::is_ascii_digit)
            {
                let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
                bytes[end..end + said]
                    .iter_mut()
                    .filter(|b| b.is_ascii_digit())
                    .for_each(|b| *b = b'x');
            }
        }
    }
    for name in NAMES {
        for (at, _) in lower.match_indices(name) {
            let end = at + name.len();
            let bounded = |i: Option<&u8>| i.is_none_or(|b| !b.is_ascii_alphanumeric());
            let before = at.checked_sub(1).and_then(|i| lower.as_bytes().get(i));
            if bounded(before) && bounded(lower.as_bytes().get(end)) {
                let bytes = out.get_or_insert_with(|| text.as_bytes().to_vec());
                bytes[at..end]
                    .iter_mut()
                    .filter(|b| **b != b' ')
                    .for_each(|b| *b = b'x');
            }
        }
    }
    match out {
        // Only ASCII letters and digits were replaced, by an ASCII letter.
        Some(bytes) => String::from_utf8(bytes).map_or(text.into(), Into::into),
        None => text.into(),
    }
}

/// `old` with a group of its digits put right as `text` says: the last one to four
/// ([`with_ending`]) or the area code ([`with_area_code`]); `None` without such a cue
/// and digits.
pub(crate) fn put_right(old: &PhoneNumber, text: &str, lang: Lang) -> Option<PhoneNumber> {
    with_ending(old, text, lang).or_else(|| with_area_code(old, text, lang))
}

/// `old` with the last one to four digits put right as `text` says ("ends in 0105, not
/// 0150", "sorry, the last digit is a 1", "finit par 0192", digits in `lang`'s words);
/// `None` without such a cue and digits.
pub(crate) fn with_ending(old: &PhoneNumber, text: &str, lang: Lang) -> Option<PhoneNumber> {
    let digits = digits_after(text, ENDING_CUES, lang).filter(|d| (1..=4).contains(&d.len()))?;
    let old = old.e164();
    let head = old.get(..old.len().checked_sub(digits.len())?)?;
    PhoneNumber::from_e164(&format!("{head}{digits}")).ok()
}

/// What a caller says before the last digits of their number ([`with_ending`]).
const ENDING_CUES: &[&str] = &[
    "ends in",
    "ending in",
    "ends with",
    "last four are",
    "last four digits are",
    "last two digits are",
    "last two are",
    "last digit is",
    "last digit's",
    "last digit should be",
    "last number is",
    "last number's",
    "finit par",
    "finit avec",
    "se termine par",
    "termine par",
    "quatre derniers chiffres sont",
    "quatre derniers chiffres c'est",
    "quatre derniers c'est",
];

/// `old`, a North American number, with the area code `text` gives ("no, the area code
/// is 437 not 647", "l'indicatif régional c'est 438"); `None` without such a cue and
/// three digits.
pub(crate) fn with_area_code(old: &PhoneNumber, text: &str, lang: Lang) -> Option<PhoneNumber> {
    const CUES: &[&str] = &[
        "area code is",
        "area code's",
        "area code should be",
        "area code was",
        "indicatif régional est",
        "indicatif régional c'est",
        "indicatif c'est",
        "indicatif est",
    ];
    let digits = digits_after(text, CUES, lang).filter(|d| d.len() == 3)?;
    let rest = old.e164().strip_prefix("+1")?.get(3..)?;
    PhoneNumber::from_e164(&format!("+1{digits}{rest}")).ok()
}

/// The digits said after the first of `cues` in `text`, up to a comma or a "not"
/// ("the last four are 0105, not 0150"): in `lang`'s words, as a number ("87"), or one
/// digit ("a 3").
fn digits_after(text: &str, cues: &[&str], lang: Lang) -> Option<String> {
    let lower = text.to_lowercase();
    let (at, cue) = cues
        .iter()
        .filter_map(|c| lower.find(c).map(|i| (i, c.len())))
        .min()?;
    let rest = lower.get(at + cue..)?;
    let said = rest.split([',', ';']).next()?;
    let said = said.split(" not ").next()?.split(" pas ").next()?;
    lang.phone_partial(said)
        .or_else(|| {
            // "the last two digits are 87": digits said as a number.
            said.split(|c: char| !c.is_ascii_digit())
                .find(|d| !d.is_empty())
                .map(str::to_owned)
        })
        .or_else(|| one_digit(said))
}

/// The one digit a short answer names ("a 3", "three", "oh"), else `None`.
fn one_digit(said: &str) -> Option<String> {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    said.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find_map(|w| match w {
            "oh" | "o" => Some(0),
            _ if w.len() == 1 && w.chars().all(|c| c.is_ascii_digit()) => w.parse().ok(),
            _ => WORDS.iter().position(|d| *d == w),
        })
        .map(|d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_names_blanked() {
        assert_eq!(
            without_group_names("the first three are 514, then 555"),
            "the xxxxx xxxxx are 514, then 555"
        );
        assert_eq!(
            without_group_names("First three 905, next three 555, last 4 0743"),
            "xxxxx xxxxx 905, xxxx xxxxx 555, xxxx x 0743"
        );
        assert_eq!(
            without_group_names("the first thursday"),
            "the first thursday"
        );
        // messy17 b-01: the end of the number beside a day is no clock.
        assert_eq!(
            without_group_names("friday not thursday, and the number ends in 0155"),
            "friday not thursday, and the number ends in xxxx"
        );
        assert_eq!(
            without_group_names("my friends in 2 weeks"),
            "my friends in 2 weeks"
        );
    }

    #[test]
    fn an_ending_puts_the_last_digits_right() {
        let old = PhoneNumber::from_e164("+16045550160").unwrap();
        let fix = |t: &str| with_ending(&old, t, Lang::En).map(|p| p.e164().to_owned());
        assert_eq!(
            fix("sorry, the last digit is a 1").as_deref(),
            Some("+16045550161")
        );
        assert_eq!(
            fix("no, the last digit is 3, not 0").as_deref(),
            Some("+16045550163")
        );
        assert_eq!(fix("it ends in 0105").as_deref(), Some("+16045550105"));
        assert_eq!(
            fix("the last digit is nine").as_deref(),
            Some("+16045550169")
        );
        assert_eq!(fix("that's right"), None);
    }

    #[test]
    fn an_area_code_puts_the_first_three_right() {
        // probe13 p-06.
        let old = PhoneNumber::from_e164("+16475550186").unwrap();
        let fix = |t: &str| put_right(&old, t, Lang::En).map(|p| p.e164().to_owned());
        assert_eq!(
            fix("no, the area code is 437 not 647").as_deref(),
            Some("+14375550186")
        );
        assert_eq!(
            fix("the area code's four three seven").as_deref(),
            Some("+14375550186")
        );
        assert_eq!(fix("the area code is 43"), None);
    }
}
