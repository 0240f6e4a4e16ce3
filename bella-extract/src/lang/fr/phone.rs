//! Phone numbers said in French (SPEC §5.3).
//!
//! French words are first turned into digits, then the shared validator
//! ([`crate::phone::extract`]) reads the result, exactly as Duckling reads digits only.
//! Each number said adds its digits in order: "cinq un quatre, cinquante-cinq, cinq,
//! douze, trente-quatre" becomes `5 1 4, 55, 5, 12, 34`; "cinq cent quatorze" becomes
//! `514`; "un huit cents" becomes `1 800`. Digits already written stay as they are.
//!
//! The rewrite also drops French fillers ("euh", "ben") and an extension ("poste 22"),
//! and marks a French correction ("non pardon", "excusez", "je veux dire") the way the
//! shared validator knows corrections, so "416 886-5120, non pardon, 5121" replaces
//! the tail. Spans are mapped back to the original text, so a match shows what the
//! caller said. The rule names of the shared validator get a `fr/` prefix.

use super::num::number_at;
use super::words::{Word, words};
use crate::lexer::TokenKind;
use crate::{Match, Span};
use bella_core::PhoneNumber;

/// Words dropped from a number ("cinq, ben, cinq", "quatre cinq zéro là cinq cinq
/// cinq", "cinq un quatre ensuite cinq cinq cinq", "tsé", "le 450 mettons 555 0123",
/// "fak").
const FILLERS: &[&str] = &[
    "ben", "bon", "pis", "puis", "tiret", "la", "tse", "ensuite", "coudonc", "mettons", "genre",
    "fak", "faque",
];

/// Fillers that are hesitations ("cinq un quatre cinq cinq euh cinq un quatre ..."):
/// handed to the shared validator as "uh", where a number may start over.
const HESITATIONS: &[&str] = &["euh", "heu", "hum"];

/// Words that correct what was just said ("non pardon", "je veux dire").
const CORRECTIONS: &[&str] = &[
    "non", "pardon", "excusez", "excuse", "attendez", "attends", "plutot", "corrige",
];

/// One stretch of the rewritten text and where it came from.
#[derive(Clone, Copy, Debug)]
struct Piece {
    /// Byte range in the rewritten text.
    new: (usize, usize),
    /// Byte range in the original text.
    old: (usize, usize),
    /// Copied byte for byte (offsets map one to one) or replaced (maps to its ends).
    verbatim: bool,
}

/// The original text with French number words turned into digits.
struct Rewrite {
    text: String,
    pieces: Vec<Piece>,
}

impl Rewrite {
    fn new(cap: usize) -> Self {
        Self {
            text: String::with_capacity(cap),
            pieces: Vec::with_capacity(16),
        }
    }

    fn copy(&mut self, original: &str, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let start = self.text.len();
        self.text.push_str(&original[from..to]);
        self.pieces.push(Piece {
            new: (start, self.text.len()),
            old: (from, to),
            verbatim: true,
        });
    }

    fn replace(&mut self, old: Span, with: &str) {
        self.replace_with(old, |text| text.push_str(with));
    }

    /// [`Rewrite::replace`] with what `write` appends to the text.
    fn replace_with(&mut self, old: Span, write: impl FnOnce(&mut String)) {
        self.text.push(' ');
        let start = self.text.len();
        write(&mut self.text);
        self.pieces.push(Piece {
            new: (start, self.text.len()),
            old: (old.start, old.end),
            verbatim: false,
        });
        self.text.push(' ');
    }

    /// The original span of a span of the rewritten text.
    fn original(&self, span: Span) -> Span {
        let start = self
            .pieces
            .iter()
            .find(|p| p.new.0 <= span.start && span.start < p.new.1)
            .map_or(0, |p| {
                if p.verbatim {
                    p.old.0 + (span.start - p.new.0)
                } else {
                    p.old.0
                }
            });
        let end = self
            .pieces
            .iter()
            .rev()
            .find(|p| p.new.0 < span.end && span.end <= p.new.1)
            .map_or(start, |p| {
                if p.verbatim {
                    p.old.0 + (span.end - p.new.0)
                } else {
                    p.old.1
                }
            });
        Span::new(start, end.max(start))
    }
}

/// Turns French number words into digits; `None` if the turn has no number at all.
fn rewrite(text: &str, ws: &[Word<'_>]) -> Option<Rewrite> {
    if !ws
        .iter()
        .any(|w| w.kind == TokenKind::Digits || super::num::is_number_word(w))
    {
        return None;
    }
    let mut out = Rewrite::new(text.len() + 16);
    let mut copied = 0;
    let mut i = 0;
    while i < ws.len() {
        let w = &ws[i];
        if !w.is_word() {
            i += 1;
            continue;
        }
        // "poste 22", "poste vingt-deux", "poste 2 2", "poste deux cent trois": an
        // extension, dropped with its digits (every number right after it, up to a
        // pause or another word).
        if w.is_any(&["poste", "extension"]) {
            let mut end = i + 1;
            loop {
                end = match ws.get(end) {
                    Some(n) if n.kind == TokenKind::Digits => end + 1,
                    Some(_) => match number_at(ws, end) {
                        Some(n) => n.end,
                        None => break,
                    },
                    None => break,
                };
            }
            out.copy(text, copied, w.span.start);
            out.replace(w.span.cover(ws[end - 1].span), "");
            copied = ws[end - 1].span.end;
            i = end;
            continue;
        }
        // "deux fois cinq" (55), "trois fois cinq" (555): one digit said two or three
        // times, as the shared validator reads "double five" and "triple five".
        if let Some(n) = number_at(ws, i)
            && matches!(n.value, 2 | 3)
            && ws.get(n.end).is_some_and(|f| f.is("fois"))
            && ws.get(n.end + 1).is_some_and(|d| {
                (d.kind == TokenKind::Digits && d.text.len() == 1)
                    || number_at(ws, n.end + 1).is_some_and(|d| d.value <= 9)
            })
        {
            out.copy(text, copied, n.span.start);
            let times = if n.value == 2 { "double" } else { "triple" };
            out.replace(n.span.cover(ws[n.end].span), times);
            copied = ws[n.end].span.end;
            i = n.end + 1;
            continue;
        }
        if let Some(n) = number_at(ws, i) {
            out.copy(text, copied, n.span.start);
            out.replace_with(n.span, |text| push_decimal(text, n.value));
            copied = n.span.end;
            i = n.end;
            continue;
        }
        // "pis après ça", "après ça": a link between the groups, dropped.
        if w.is("apres") && ws.get(i + 1).is_some_and(|n| n.is("ca")) {
            out.copy(text, copied, w.span.start);
            out.replace(w.span.cover(ws[i + 1].span), "");
            copied = ws[i + 1].span.end;
            i += 2;
            continue;
        }
        let replacement = if w.is_any(HESITATIONS) {
            // Kept as the shared validator's hesitation: a number may start over there.
            Some("uh")
        } else if w.is_any(FILLERS) {
            Some("")
        } else if w.is("numero") {
            // "le 514 pis le numéro 555 1234": the shared validator links an area code
            // to the seven digits after it across "the number".
            Some("number")
        } else if w.is_any(CORRECTIONS) || (w.is("dire") && i > 0 && ws[i - 1].is("veux")) {
            Some("sorry")
        } else {
            None
        };
        if let Some(r) = replacement {
            out.copy(text, copied, w.span.start);
            out.replace(w.span, r);
            copied = w.span.end;
        }
        i += 1;
    }
    out.copy(text, copied, text.len());
    Some(out)
}

/// Appends `v` in decimal digits, into the rewrite's own buffer (no string per number).
fn push_decimal(text: &mut String, v: u32) {
    if v >= 10 {
        push_decimal(text, v / 10);
    }
    // v % 10 < 10, so the digit is ASCII.
    text.push(char::from(b'0' + u8::try_from(v % 10).unwrap_or(0)));
}

/// The digits of a number said in pieces in French ([`crate::phone::partial`] over the
/// words turned into digits): "cinq un quatre, cinq cinq cinq..." gives `514555`.
pub(crate) fn partial(text: &str) -> Option<String> {
    crate::phone::partial(&rewrite(text, &words(text))?.text)
}

/// The last phone number said in a French turn.
pub(crate) fn extract(text: &str, region: &str) -> Option<Match<PhoneNumber>> {
    extract_words(text, &words(text), region)
}

/// [`extract`] over the turn's words, already split.
pub(crate) fn extract_words(
    text: &str,
    ws: &[Word<'_>],
    region: &str,
) -> Option<Match<PhoneNumber>> {
    let rw = rewrite(text, ws)?;
    let m = crate::phone::extract(&rw.text, region)?;
    let span = rw.original(m.span);
    // Keep only spans that land on char boundaries of the original (always true by
    // construction; checked so a mapping slip can never hand out a bad span).
    let span = if span.slice(text).is_some() {
        span
    } else {
        Span::new(0, 0)
    };
    Some(Match {
        span,
        value: m.value,
        rule: fr_rule(m.rule),
    })
}

/// The shared validator's rule name, marked as read from French words.
fn fr_rule(rule: &'static str) -> &'static str {
    match rule {
        "phone/nanp" => "fr/phone/nanp",
        "phone/nanp-last-of-several" => "fr/phone/nanp-last-of-several",
        "phone/nanp-part-of-run" => "fr/phone/nanp-part-of-run",
        "phone/plus-one" => "fr/phone/plus-one",
        "phone/corrected-tail" => "fr/phone/corrected-tail",
        "phone/area-code-then-number" => "fr/phone/area-code-then-number",
        "phone/international" => "fr/phone/international",
        "phone/international-011" => "fr/phone/international-011",
        "phone/national" => "fr/phone/national",
        "phone/restarted" => "fr/phone/restarted",
        "phone/finished-after-correction" => "fr/phone/finished-after-correction",
        // A rule added to the shared validator later keeps its own name.
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_digits() {
        let mut text = String::from("x");
        for v in [0, 7, 10, 514, 999_999] {
            push_decimal(&mut text, v);
            text.push(' ');
        }
        assert_eq!(text, "x0 7 10 514 999999 ");
    }

    fn e164(text: &str) -> Option<String> {
        extract(text, "CA").map(|m| m.value.e164().to_owned())
    }

    #[test]
    fn spec_examples() {
        let want = Some("+15145551234".to_owned());
        assert_eq!(
            e164("cinq un quatre, cinquante-cinq, cinq, douze, trente-quatre"),
            want
        );
        assert_eq!(
            e164("cinq cent quatorze, cinq cent cinquante-cinq, douze, trente-quatre"),
            want
        );
        assert_eq!(
            e164("quatre cinq zéro, deux deux deux, quatre-vingt-dix-neuf, zéro sept"),
            Some("+14502229907".to_owned())
        );
        assert_eq!(e164("le 514, cinq cinq cinq, 12 34"), want);
        assert_eq!(
            e164("un huit cents, huit zéro cinq, neuf zéro cinq deux"),
            Some("+18008059052".to_owned())
        );
        assert_eq!(
            e164("367 842-4467, poste 22."),
            Some("+13678424467".to_owned())
        );
        assert_eq!(
            e164("C'est le cinq un quatre, cinq cinq cinq, zéro un quatre"),
            None
        );
        assert_eq!(e164("C'est le 123 555-0142."), None);
        // Spoken links between the groups: "là", "ensuite", "après ça", "tsé".
        for linked in [
            "quatre cinq zéro là cinq cinq cinq là douze trente-quatre",
            "quatre cinq zéro ensuite cinq cinq cinq ensuite douze trente-quatre",
            "le 450 pis après ça 555 1234",
            "quatre cinq zéro tsé cinq cinq cinq douze trente-quatre",
            "l'indicatif c'est 450 pis le numéro c'est 555 1234",
            "c'est le 450 mettons 555 1234",
            "quatre cinq zéro genre cinq cinq cinq douze trente-quatre",
            "fak c'est le 450 555 1234",
            // An extension said digit by digit, or in words after digits.
            "450 555 1234 poste 2 2",
            "450 555 1234 poste deux deux",
            "450 555 1234 poste 2 deux cent trois",
        ] {
            assert_eq!(e164(linked), Some("+14505551234".to_owned()), "{linked}");
        }
        assert_eq!(e164("Demain à 14 h 30."), None);
    }

    #[test]
    fn a_digit_said_twice_or_three_times() {
        assert_eq!(
            e164("cinq un quatre, deux fois cinq, cinq, zéro un, vingt"),
            Some("+15145550120".to_owned())
        );
        assert_eq!(
            e164("quatre un huit, trois fois 5, zéro trois zéro trois"),
            Some("+14185550303".to_owned())
        );
        assert_eq!(
            e164("cinq un quatre, double cinq, cinq, zéro un, vingt"),
            Some("+15145550120".to_owned())
        );
        assert_eq!(
            partial("Cinq un quatre, cinq cinq cinq...").as_deref(),
            Some("514555")
        );
        assert_eq!(partial("...zéro un six six.").as_deref(), Some("0166"));
        assert_eq!(
            partial("cinq un quatre, cinq cinq cinq, zéro un six six"),
            None
        );
        // "fois" after another number is no repeat.
        assert_eq!(e164("quatre fois cinq"), None);
    }

    #[test]
    fn a_group_given_up_and_said_again() {
        // "pas 0123, 0132": the digits after those given up replace the number's end.
        for said in [
            "cinq un quatre, cinq cinq cinq, zéro un deux trois... non, pas zéro un deux trois, \
             zéro un trois deux",
            "514 555 0123, non, pas 0123, 0132",
        ] {
            assert_eq!(e164(said), Some("+15145550132".to_owned()), "{said}");
        }
        assert_eq!(
            crate::phone::extract("514 555 0123, no, not 0123, 0132", "CA")
                .map(|m| m.value.e164().to_owned()),
            Some("+15145550132".to_owned())
        );
        // A whole number given up is never the answer.
        assert_eq!(
            e164("514 555 0123, pas 514 555 0124"),
            Some("+15145550123".to_owned())
        );
    }

    #[test]
    fn spans_point_into_the_original() {
        let text =
            "Mon numéro c'est le cinq un quatre, cinquante-cinq, cinq, douze, trente-quatre.";
        let m = extract(text, "CA").unwrap();
        let said = m.span.slice(text).unwrap();
        assert!(said.starts_with("cinq un"), "{said}");
        assert!(said.ends_with("trente-quatre"), "{said}");
        assert!(m.rule.starts_with("fr/phone/"));
    }
}
