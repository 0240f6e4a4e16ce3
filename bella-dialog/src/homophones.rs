//! Speech-to-text homophones of small numbers beside a clock time: "at for" is "at
//! four", "to thirty" is "two thirty", "for o'clock" is "four o'clock", "won thirty" is
//! "one thirty". English only;
//! "for thirty minutes", "at the clinic", "to Friday" and the digits of a phone
//! number said in words are left alone.

use std::borrow::Cow;

/// Words that may follow an hour said as a word.
const CLOCK_NEXT: &[&str] = &[
    "thirty",
    "fifteen",
    "forty",
    "forty-five",
    "fortyfive",
    "o'clock",
    "oclock",
    "pm",
    "am",
    "p.m",
    "a.m",
    "p.m.",
    "a.m.",
];
/// Words before a time that make a lone "for" / "to" after them an hour.
const CLOCK_BEFORE: &[&str] = &["at", "around", "by"];
/// Fillers skipped between the words.
const FILLERS: &[&str] = &["uh", "um", "er", "erm", "uhm", "like"];

/// `text` with "for" / "to" / "too" / "won" read as "four" / "two" / "one" where they
/// stand for an hour.
pub(crate) fn clock_words(text: &str) -> Cow<'_, str> {
    let words = spans(text);
    let lower: Vec<String> = words
        .iter()
        .map(|&(a, b)| text[a..b].to_lowercase())
        .collect();
    let real: Vec<usize> = (0..words.len())
        .filter(|&i| !FILLERS.contains(&lower[i].as_str()))
        .collect();
    let mut out = String::new();
    let mut from = 0;
    for (k, &i) in real.iter().enumerate() {
        let digit = match lower[i].as_str() {
            "for" => "four",
            "to" | "too" => "two",
            "won" => "one",
            _ => continue,
        };
        let next = real.get(k + 1).map(|&j| lower[j].as_str());
        let after = real.get(k + 2).map(|&j| lower[j].as_str());
        let before = k.checked_sub(1).map(|p| lower[real[p]].as_str());
        let clock_next = next.is_some_and(|n| CLOCK_NEXT.contains(&n))
            && !after.is_some_and(|a| a.starts_with("min"));
        let after_at =
            before.is_some_and(|b| CLOCK_BEFORE.contains(&b)) && (next.is_none() || clock_next);
        if clock_next || after_at {
            let (a, b) = words[i];
            out.push_str(&text[from..a]);
            out.push_str(digit);
            from = b;
        }
    }
    if from == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// Byte spans of the words of `text` (letters, digits, apostrophes, inner dots and
/// hyphens: "o'clock", "p.m", "forty-five").
fn spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let word = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '.' | '-');
    for (i, c) in text.char_indices() {
        match (word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(trimmed(text, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(trimmed(text, s, text.len()));
    }
    out.retain(|&(a, b)| a < b);
    out
}

/// A word's span without the dots or hyphens at its ends ("for." is "for").
fn trimmed(text: &str, a: usize, b: usize) -> (usize, usize) {
    let w = &text[a..b];
    let left = w.len() - w.trim_start_matches(['.', '-']).len();
    let right = w.trim_end_matches(['.', '-']).len();
    (a + left, a + right.max(left))
}

#[cfg(test)]
mod tests {
    use super::clock_words;

    #[test]
    fn hours_said_as_homophones() {
        assert_eq!(
            clock_words("uh, thursday, at, um, for"),
            "uh, thursday, at, um, four"
        );
        assert_eq!(clock_words("tuesday at to thirty"), "tuesday at two thirty");
        assert_eq!(clock_words("friday for o'clock"), "friday four o'clock");
        assert_eq!(clock_words("Monday at too p.m."), "Monday at two p.m.");
        assert_eq!(clock_words("monday at won thirty"), "monday at one thirty");
    }

    #[test]
    fn prepositions_stay() {
        for s in [
            "can i get friday for 10 am",
            "for thirty minutes please",
            "move it to friday",
            "at the clinic for a checkup",
            "for one six, five five five",
            "i'd like to book",
            "something for tomorrow",
            "we won the game at the clinic",
        ] {
            assert_eq!(clock_words(s), s);
        }
    }
}
