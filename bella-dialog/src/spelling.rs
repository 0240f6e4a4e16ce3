//! Names spelled out letter by letter: "it's J-O-N, not J-O-H-N", "S M Y T H", "that's
//! Jon with no H, J.O.N.". The engine uses these to correct a name it read back.

use bella_core::PersonName;

/// What a turn spells: the letters meant and, after "not", the letters that were wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Spelling {
    /// Each spelled word, capitalised ("Jon"); two when a full name is spelled.
    pub words: Vec<String>,
    /// The word said to be wrong ("not J-O-H-N"), capitalised.
    pub wrong: Option<String>,
}

/// Reads the spelled words of a turn; `None` when nothing is spelled. A spelled word is
/// two or more single letters joined by hyphens or dots ("J-O-N", "J.O.N.") or said
/// one by one ("J O N"); "a.m." and "p.m." are not spellings. French remarks on the
/// letters count too: "e accent aigu" (É), "tréma", "cédille", "G comme dans Gaston"
/// (the G), "trait d'union" or "tiret" (a hyphen inside the word: "S-T trait d'union
/// P-I-E-R-R-E" is `St-Pierre`), "apostrophe" ("D apostrophe A-O-U-S-T" is `D'Aoust`),
/// and "pas" as "not".
pub(crate) fn read(text: &str) -> Option<Spelling> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut negated_next = false;
    let mut current_negated = false;
    // After "with"/"without" ("Katherine with a K", "Stephen, spelled with a P-H"): the
    // letters that follow are a remark on one part, not a spelling of the name.
    let mut in_remark = false;
    // After a hyphen said ("trait d'union"): the next letters go on the same word.
    let mut joining = false;
    let flush = |current: &mut String, neg: bool, runs: &mut Vec<(String, bool)>| {
        let letters = current.chars().filter(|c| *c != '-').count();
        if letters >= 2 && !matches!(current.as_str(), "AM" | "PM") {
            runs.push((std::mem::take(current).trim_matches('-').to_owned(), neg));
        }
        current.clear();
    };
    // "B as in boy, E, T, H": the word after "as in" only names the letter before it.
    let mut skip = 0;
    // "B-E accent aigu-L-I-S-L-E": a remark glued to the letters by hyphens is split
    // off, the letters after it said one by one (they go on the same word).
    let tokens: Vec<&str> = tokens(text)
        .flat_map(|(_, t)| {
            let remark = t.contains('-')
                && t.split('-')
                    .any(|p| ACCENTS.iter().any(|a| p.eq_ignore_ascii_case(a)));
            let pieces: Vec<&str> = if remark {
                t.split('-').filter(|p| !p.is_empty()).collect()
            } else {
                vec![t]
            };
            pieces
        })
        .collect();
    let mut k = 0;
    while let Some(&token) = tokens.get(k) {
        k += 1;
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let w = token.to_lowercase();
        // "F-E double R, E-I-R-A", "D-U double B, S": a letter said twice begins a
        // piece of the spelling that the letters after it go on (`joined` puts the
        // pieces of one word together); "double U" is the letter W.
        if !in_remark
            && let Some(times) = match w.as_str() {
                "double" => Some(2),
                "triple" => Some(3),
                _ => None,
            }
            && let Some(next) = tokens.get(k).filter(|t| spelled_letters(t) == 1)
        {
            let letter = next.replace(['-', '.'], "").to_uppercase();
            if times == 2 && letter == "U" {
                current.push('W');
            } else {
                flush(&mut current, current_negated, &mut runs);
                current = letter.repeat(times);
                current_negated = std::mem::take(&mut negated_next);
                joining = true;
            }
            k += 1;
            continue;
        }
        // French remarks on the letter just said, or a hyphen inside the word.
        if !current.is_empty() {
            let next = tokens.get(k).map(|t| t.to_lowercase());
            let accent = match (w.as_str(), next.as_deref()) {
                ("accent", Some(a @ ("aigu" | "grave" | "circonflexe"))) => {
                    k += 1;
                    Some(a)
                }
                ("tréma" | "trema", _) => Some("tréma"),
                ("cédille" | "cedille", _) => Some("cédille"),
                _ => None,
            };
            if let Some(a) = accent {
                if let Some(last) = current.pop() {
                    current.push(accented(last, a));
                }
                continue;
            }
            if w == "tiret" || (w == "trait" && next.as_deref() == Some("d'union")) {
                k += usize::from(w == "trait");
                current.push('-');
                joining = true;
                continue;
            }
            if matches!(w.as_str(), "majuscule" | "minuscule") {
                continue;
            }
            if w == "apostrophe" {
                // "D apostrophe A-O-U-S-T": an apostrophe inside the word (D'Aoust).
                current.push('\'');
                joining = true;
                continue;
            }
            if w == "comme" {
                // "G comme dans Gaston": the example word is no letter of the name, and
                // the letters after it go on the same word, joined ones too ("G comme
                // dans Gérard, A-U-D-E-T" is Gaudet).
                k += usize::from(matches!(next.as_deref(), Some("dans" | "en" | "pour")));
                k += 1;
                joining = true;
                continue;
            }
        }
        // `k` is the next token's index here.
        let as_in = tokens.get(k).is_some_and(|t| t.eq_ignore_ascii_case("as"))
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.eq_ignore_ascii_case("in"))
            && tokens.get(k + 2).is_some();
        if as_in && token.chars().count() == 1 {
            skip = 3;
        }
        // "10 h à la place": the "h" after a number is the French hour mark and "à"
        // alone is the preposition, no letters of a name.
        let prev = k.checked_sub(2).and_then(|i| tokens.get(i));
        let hour_mark = w == "h" && prev.is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()));
        let spelled = if hour_mark || w == "à" {
            0
        } else {
            spelled_letters(token)
        };
        let letters = spelled > 0;
        let pieces = || token.replace(['-', '.'], "").to_uppercase();
        if in_remark {
            let article = matches!(w.as_str(), "a" | "an" | "no" | "two" | "double");
            if article {
                continue;
            }
            in_remark = false;
            if letters {
                flush(&mut current, current_negated, &mut runs);
                negated_next = false;
                continue;
            }
        }
        if letters && std::mem::take(&mut joining) {
            // "S-T trait d'union P-I-E-R-R-E": the letters after the hyphen said.
            current.push_str(&pieces());
        } else if spelled >= 2 {
            // A joined spelling ("J-O-N") is a word on its own, unless a hyphen said
            // follows it ("S-T trait d'union ...").
            flush(&mut current, current_negated, &mut runs);
            current = pieces();
            current_negated = std::mem::take(&mut negated_next);
            // ... or a remark on its last letter ("G-A-G-N-E accent aigu").
            let hyphen_next = tokens.get(k).is_some_and(|t| {
                let t = t.to_lowercase();
                matches!(
                    t.as_str(),
                    "tiret" | "trait" | "accent" | "tréma" | "trema" | "cédille" | "cedille"
                )
            });
            if !hyphen_next {
                flush(&mut current, current_negated, &mut runs);
            }
        } else if letters {
            // One letter said alone: part of a run of single letters ("J O N").
            if current.is_empty() {
                current_negated = std::mem::take(&mut negated_next);
            }
            current.push_str(&pieces());
        } else {
            joining = false;
            flush(&mut current, current_negated, &mut runs);
            negated_next =
                matches!(w.as_str(), "not" | "isn't" | "no" | "of" | "pas") || w.ends_with("n't");
            in_remark = matches!(w.as_str(), "with" | "without");
        }
    }
    flush(&mut current, current_negated, &mut runs);
    // A lone "I" or "A" in a sentence never gets here (runs need two letters).
    let wrong = runs.iter().find(|(_, n)| *n).map(|(w, _)| capitalise(w));
    let words: Vec<String> = runs
        .iter()
        .filter(|(_, n)| !*n)
        .map(|(w, _)| capitalise(w))
        .collect();
    (!words.is_empty()).then_some(Spelling { words, wrong })
}

impl Spelling {
    /// "K-O-W... A-L-S-K-I", "F-E double R, E-I-R-A": one word spelled in pieces, a
    /// pause or a doubled letter between them. Spelled words in a row whose letters
    /// together spell one of `words` (the name said in the same turn, or the name
    /// heard), when the first alone spells none, are that one word.
    pub(crate) fn joined(&self, words: &[&str]) -> Spelling {
        let spells_one = |letters: &str| words.iter().any(|w| spells(letters, w));
        let mut out = Vec::with_capacity(self.words.len());
        let mut i = 0;
        while i < self.words.len() {
            let end = if spells_one(&self.words[i]) {
                i + 1
            } else {
                (i + 2..=self.words.len())
                    .rev()
                    .find(|&j| spells_one(&self.words[i..j].concat()))
                    .unwrap_or(i + 1)
            };
            out.push(capitalise(&self.words[i..end].concat().to_uppercase()));
            i = end;
        }
        Spelling {
            words: out,
            wrong: self.wrong.clone(),
        }
    }
}

/// The French accents named after a spelled letter ("e accent aigu", "c cédille").
const ACCENTS: &[&str] = &[
    "accent",
    "aigu",
    "grave",
    "circonflexe",
    "tréma",
    "trema",
    "cédille",
    "cedille",
];

/// An upper-case letter with the French accent named: É for "accent aigu", Ç for
/// "cédille"; the letter itself when that accent does not go on it.
fn accented(letter: char, accent: &str) -> char {
    let table: &[(char, char)] = match accent {
        "aigu" => &[('E', 'É')],
        "grave" => &[('E', 'È'), ('A', 'À'), ('U', 'Ù')],
        "circonflexe" => &[('E', 'Ê'), ('A', 'Â'), ('I', 'Î'), ('O', 'Ô'), ('U', 'Û')],
        "tréma" => &[('E', 'Ë'), ('I', 'Ï'), ('U', 'Ü')],
        "cédille" => &[('C', 'Ç')],
        _ => &[],
    };
    table
        .iter()
        .find(|(plain, _)| *plain == letter)
        .map_or(letter, |(_, with)| *with)
}

/// A turn's words as a spelling reads them, each with the byte where it starts: split
/// at white space, commas and semicolons, the punctuation around each trimmed.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let base = text.as_ptr() as usize;
    text.split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(move |raw| {
            let at = raw.as_ptr() as usize - base;
            (
                at,
                raw.trim_matches(|c: char| matches!(c, '.' | '!' | '?' | '"' | '(' | ')')),
            )
        })
        .filter(|(_, t)| !t.is_empty())
}

/// How many letters a token spells: "K-A-T-E" and "K.A.T.E" 4, "B" 1, a word 0.
fn spelled_letters(token: &str) -> usize {
    let mut n = 0;
    for piece in token.split(['-', '.']).filter(|p| !p.is_empty()) {
        let mut cs = piece.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => n += 1,
            _ => return 0,
        }
    }
    n
}

/// The words before a spelling begins ("beth cole, " of "beth cole, B as in boy, E, T,
/// H"): where the name said before its spelling stands. `None` when the turn spells
/// nothing or opens with the spelling. A spelling begins at letters joined by hyphens or
/// dots ("K-A-T-E"), or at a single letter followed by another or by "as in".
pub(crate) fn before_spelling(text: &str) -> Option<&str> {
    let toks: Vec<(usize, &str)> = tokens(text).collect();
    let letter = |t: &str| spelled_letters(t) == 1 && !t.contains(['-', '.']);
    let k = (0..toks.len()).find(|&k| {
        spelled_letters(toks[k].1) >= 2
            || (letter(toks[k].1)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| letter(n.1) || n.1.eq_ignore_ascii_case("as")))
    })?;
    (k > 0).then(|| text.get(..toks[k].0)).flatten()
}

/// "no, it's whitfield, W-H-I-T... one T": letters that only begin a longer word said
/// in the same turn (`ws`, lower-cased) are a spelling broken off, not a name: the
/// word said is the answer.
pub(crate) fn broken_off(s: &Spelling, ws: &[String]) -> bool {
    let fold = |w: &str| w.to_lowercase();
    !s.words.is_empty()
        && s.words.iter().all(|spelled| {
            let spelled = fold(spelled);
            ws.iter().any(|w| {
                w.chars().count() > spelled.chars().count()
                    && w.chars().all(char::is_alphabetic)
                    && w.starts_with(&spelled)
            })
        })
}

/// A spelled word in capitals as a name word: "ST-PIERRE" is `St-Pierre`.
fn capitalise(upper: &str) -> String {
    let mut out = String::with_capacity(upper.len());
    let mut first = true;
    for c in upper.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = c == '-' || c == '\'';
    }
    out
}

/// Whether `spelled` spells `word`: case and accents do not count, as callers do not
/// spell accents ("C-O-T-E" spells "Côté").
pub(crate) fn spells(spelled: &str, word: &str) -> bool {
    let fold = |s: &str| {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(crate::services::unaccented)
            .collect::<Vec<char>>()
    };
    fold(spelled) == fold(word)
}

/// Edit distance between two words, case-insensitive.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.to_lowercase().chars().collect();
    let b: Vec<char> = b.to_lowercase().chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The name after a spelled correction. Two spelled words are the whole name; one
/// replaces the word said to be wrong, else the word of the name nearest to it (the
/// caller fixes the part that was misheard); with no name yet, it is the name.
pub(crate) fn apply(name: Option<&PersonName>, s: &Spelling) -> Option<PersonName> {
    if s.words.len() >= 2 || name.is_none() {
        return PersonName::new(&s.words.join(" ")).ok();
    }
    let name = name?;
    let fixed = s.words.first()?;
    let mut parts: Vec<String> = name
        .as_str()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let index = s
        .wrong
        .as_ref()
        .and_then(|w| parts.iter().position(|p| p.eq_ignore_ascii_case(w)))
        .or_else(|| {
            parts
                .iter()
                .enumerate()
                .map(|(i, p)| (distance(p, fixed), i))
                .min()
                .filter(|(d, _)| *d <= fixed.chars().count().max(2))
                .map(|(_, i)| i)
        });
    match index {
        // A spelling that only leaves out the accents confirms the word as said.
        Some(i) if spells(fixed, &parts[i]) => {}
        Some(i) => parts[i].clone_from(fixed),
        None => return PersonName::new(fixed).ok(),
    }
    PersonName::new(&parts.join(" ")).ok()
}

/// "Sorry, it's miller, with an r at the end", "Miller, not Mille", "Allen with two
/// Ls": a part of the name heard put right by saying it again, not spelling it. A word
/// of `ws` (lower-cased: the name a turn gives, or the whole turn when it remarks on
/// letters) that is not in the name but one letter away from a part of it (a letter
/// added, dropped or changed; or one or two letters added at its end), both of four
/// letters or more, replaces that part. `None` when no word does.
pub(crate) fn respelled(name: &PersonName, ws: &[String]) -> Option<PersonName> {
    let mut parts: Vec<String> = name
        .as_str()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let near = |w: &str, p: &str| {
        let (lw, lp) = (w.chars().count(), p.chars().count());
        let longer =
            w.to_lowercase().starts_with(&p.to_lowercase()) && (1..=2).contains(&(lw - lp.min(lw)));
        lw >= 4 && lp >= 4 && (distance(w, p) == 1 || longer)
    };
    let (i, word) = ws.iter().find_map(|w| {
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
        if !letters || parts.iter().any(|p| p.eq_ignore_ascii_case(w)) {
            return None;
        }
        parts.iter().position(|p| near(w, p)).map(|i| (i, w))
    })?;
    parts[i] = capitalised(word);
    PersonName::new(&parts.join(" ")).ok()
}

/// A name part as written: capitalised, and after a hyphen or an apostrophe too (SPEC
/// §2).
fn capitalised(word: &str) -> String {
    let mut up = true;
    word.chars()
        .map(|c| {
            let out: String = if up {
                c.to_uppercase().collect()
            } else {
                c.to_string()
            };
            up = matches!(c, '-' | '\'');
            out
        })
        .collect()
}

/// "it's rob not bob", "nope, dan not don", "c'est Rob, pas Bob": a part of the heard
/// name said after "not" is replaced by the word said just before it, when `is_name`
/// takes that word for a name (a cue-less "dan" is one), whatever their lengths (named
/// outright, unlike [`respelled`]). `ws` is lower-cased. `None` when the turn names no
/// part of the name after "not".
pub(crate) fn swapped(
    name: &PersonName,
    ws: &[String],
    is_name: impl Fn(&str) -> bool,
) -> Option<PersonName> {
    let mut parts: Vec<String> = name
        .as_str()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let (i, word) = ws.windows(3).find_map(|w| {
        let i = matches!(w[1].as_str(), "not" | "pas")
            .then(|| parts.iter().position(|p| p.eq_ignore_ascii_case(&w[2])))
            .flatten()?;
        Some((i, w[0].as_str()))
    })?;
    let letters = word.chars().all(char::is_alphabetic) && word.chars().count() >= 2;
    if !letters || parts.iter().any(|p| p.eq_ignore_ascii_case(word)) || !is_name(word) {
        return None;
    }
    parts[i] = capitalised(word);
    PersonName::new(&parts.join(" ")).ok()
}

/// A name spelled out for a read-back: "J-O-N S-M-I-T-H".
pub(crate) fn spell_out(name: &PersonName) -> String {
    name.as_str()
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_uppercase)
                .map(String::from)
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> PersonName {
        PersonName::new(s).unwrap()
    }

    #[test]
    fn an_hour_mark_is_no_letter() {
        assert!(read("Non, mettez donc 10 h à la place.").is_none());
        assert!(read("14 h à la place").is_none());
        assert_eq!(read("c'est H-A, Ha").unwrap().words, vec!["Ha".to_owned()]);
    }

    #[test]
    fn spelled_words_and_the_wrong_one() {
        let s = read("it's J-O-N, not J-O-H-N").unwrap();
        assert_eq!(s.words, vec!["Jon"]);
        assert_eq!(s.wrong.as_deref(), Some("John"));
        let s = read("S M Y T H").unwrap();
        assert_eq!(s.words, vec!["Smyth"]);
        let s = read("that's J.O.N. S.M.Y.T.H.").unwrap();
        assert_eq!(s.words, vec!["Jon", "Smyth"]);
        assert_eq!(read("Thursday at 3 p.m."), None);
        assert_eq!(read("I need a booking"), None);
        assert_eq!(read("Jon Smith"), None);
        // "with a K" names one letter: no spelling ("Ak", "Ph" were read as the name).
        assert_eq!(read("it's katherine with a k, katherine doyle"), None);
        assert_eq!(read("no, it's Katherine with a K, Katherine Doyle"), None);
        assert_eq!(read("Stephen, spelled with a P-H, Stephen Lee"), None);
        assert_eq!(read("Jon with no H"), None);
        let s = read("with a K, K-A-T-H-E-R-I-N-E").unwrap();
        assert_eq!(s.words, vec!["Katherine"]);
    }

    #[test]
    fn a_word_spelled_in_pieces() {
        let pieces = |t: &str, name: &[&str]| read(t).unwrap().joined(name).words;
        assert_eq!(
            pieces("Anna Kowalski, K-O-W... A-L-S-K-I", &["Anna", "Kowalski"]),
            vec!["Kowalski"]
        );
        assert_eq!(
            pieces(
                "Joao Ferreira, that's F-E double R, E-I-R-A",
                &["Joao", "Ferreira"]
            ),
            vec!["Ferreira"]
        );
        assert_eq!(read("F-E double R").unwrap().words, vec!["Fe", "Rr"]);
        assert_eq!(
            pieces("Anne Dubbs, D-U double B, S", &["Anne", "Dubbs"]),
            vec!["Dubbs"]
        );
        assert_eq!(read("double U, U").unwrap().words, vec!["Wu"]);
        // Two words spelled stay two.
        assert_eq!(
            pieces("J-O-N S-M-I-T-H", &["Jon", "Smith"]),
            vec!["Jon", "Smith"]
        );
        assert_eq!(pieces("K-O-W A-L", &[]), vec!["Kow", "Al"]);
    }

    #[test]
    fn corrections_replace_the_right_word() {
        let john = name("John Smith");
        let fix = |t: &str| apply(Some(&john), &read(t).unwrap()).unwrap();
        assert_eq!(fix("it's J-O-N, not J-O-H-N").as_str(), "Jon Smith");
        assert_eq!(fix("J-O-N").as_str(), "Jon Smith");
        assert_eq!(fix("the last name is S-M-Y-T-H").as_str(), "John Smyth");
        assert_eq!(fix("J-O-N S-M-Y-T-H").as_str(), "Jon Smyth");
        assert_eq!(
            apply(None, &read("it's K-A-I").unwrap()).unwrap().as_str(),
            "Kai"
        );
        assert_eq!(spell_out(&name("Jon O'Neil")), "J-O-N O-N-E-I-L");
    }

    #[test]
    fn french_remarks_on_the_letters() {
        let words = |t: &str| read(t).map(|s| s.words);
        assert_eq!(
            words("Sylvie Bélanger. Bélanger, B, e accent aigu, L, A, N, G, E, R."),
            Some(vec!["Bélanger".to_owned()])
        );
        assert_eq!(
            words("Jean Gagnon, G comme dans Gaston, A, G, N, O, N."),
            Some(vec!["Gagnon".to_owned()])
        );
        assert_eq!(
            words("Martin St-Pierre, S-T trait d'union P-I-E-R-R-E."),
            Some(vec!["St-Pierre".to_owned()])
        );
        assert_eq!(
            words("F, R, A, N, C, cédille, O, I, S"),
            Some(vec!["François".to_owned()])
        );
        assert_eq!(words("Marie-Ève Gagnon. Marie trait d'union Ève."), None);
        // Written after probe18 d10-d13: the remark inside hyphenated letters.
        assert_eq!(
            words("Hélène Bélisle, B-E accent aigu-L-I-S-L-E."),
            Some(vec!["Bélisle".to_owned()])
        );
        assert_eq!(
            words("Mon nom c'est Gagné, G-A-G-N-E accent aigu."),
            Some(vec!["Gagné".to_owned()])
        );
        assert_eq!(
            words("Benoît Côté, C-O accent circonflexe-T-E accent aigu."),
            Some(vec!["Côté".to_owned()])
        );
        // Written after probe19 c07, c09: letters joined after "comme dans", and an
        // apostrophe said.
        assert_eq!(
            words("Yvette Gaudet, G comme dans Gérard, A-U-D-E-T."),
            Some(vec!["Gaudet".to_owned()])
        );
        assert_eq!(
            words("Boucher, B comme Bernard, O, U, C comme Charles, H, E, R."),
            Some(vec!["Boucher".to_owned()])
        );
        assert_eq!(
            words("C'est Sophie d'Aoust, D apostrophe A-O-U-S-T."),
            Some(vec!["D'Aoust".to_owned()])
        );
        let sophie = PersonName::new("Sophie D'Aoust").unwrap();
        let fixed = apply(Some(&sophie), &read("D apostrophe A-O-U-S-T").unwrap());
        assert_eq!(fixed.unwrap().as_str(), "Sophie D'Aoust");
        let s = read("c'est J-O-N, pas J-O-H-N").unwrap();
        assert_eq!(s.wrong.as_deref(), Some("John"));
        let name = PersonName::new("Martin St-Pierre").unwrap();
        let fixed = apply(Some(&name), &read("S-T trait d'union P-I-E-R-R-E").unwrap());
        assert_eq!(fixed.unwrap().as_str(), "Martin St-Pierre");
    }

    #[test]
    fn the_name_before_its_spelling() {
        assert_eq!(
            before_spelling("beth cole, B as in boy, E, T, H"),
            Some("beth cole, ")
        );
        assert_eq!(before_spelling("it's Kate, K-A-T-E"), Some("it's Kate, "));
        assert_eq!(before_spelling("K-A-T-E"), None);
        assert_eq!(before_spelling("i'm a nurse"), None);
        let s = read("beth cole, B as in boy, E, T, H").unwrap();
        assert_eq!(s.words, vec!["Beth"]);
    }

    #[test]
    fn a_spelling_broken_off_is_no_name() {
        // probe13 b-06.
        let text = "no, it's whitfield, W-H-I-T... one T, not two";
        let s = read(text).unwrap();
        assert!(broken_off(&s, &crate::intent::words(text)));
        let text = "it's Kate, K-A-T-E";
        assert!(!broken_off(
            &read(text).unwrap(),
            &crate::intent::words(text)
        ));
        let text = "no, it's J-O-N, not john";
        assert!(!broken_off(
            &read(text).unwrap(),
            &crate::intent::words(text)
        ));
    }

    #[test]
    fn a_part_said_again_puts_it_right() {
        let ws = |t: &str| crate::intent::words(t);
        let dana = name("Dana Mille");
        let fix = |t: &str| respelled(&dana, &ws(t)).map(|n| n.as_str().to_owned());
        assert_eq!(
            fix("sorry, it's miller, with an r at the end").as_deref(),
            Some("Dana Miller")
        );
        assert_eq!(fix("Miller, not Mille").as_deref(), Some("Dana Miller"));
        assert_eq!(fix("Mills").as_deref(), Some("Dana Mills"));
        // Words far from every part, and short ones, change nothing.
        assert_eq!(fix("yes that's right"), None);
        assert_eq!(fix("my number is 416 555 0108"), None);
        let sara = respelled(&name("Sara Alen"), &ws("allen with two ls"));
        assert_eq!(sara.unwrap().as_str(), "Sara Allen");
        assert_eq!(respelled(&name("Tom Lee"), &ws("it's the one")), None);
    }

    /// frontdesk28 c-04: "it's rob not bob" after "Bob Tremblay" kept only "Rob".
    #[test]
    fn a_part_named_wrong_after_not_is_swapped() {
        let ws = |t: &str| crate::intent::words(t);
        let bob = name("Bob Tremblay");
        let is_name = |w: &str| !matches!(w, "thursday" | "it's");
        let swap = |t: &str| swapped(&bob, &ws(t), is_name).map(|n| n.as_str().to_owned());
        let t = "no wait, it's rob not bob, and make it 11:30";
        assert_eq!(swap(t).as_deref(), Some("Rob Tremblay"));
        assert_eq!(swap("Jo, not Bob").as_deref(), Some("Jo Tremblay"));
        assert_eq!(
            swap("nope, trembley not tremblay").as_deref(),
            Some("Bob Trembley")
        );
        // Nothing named wrong, the same part, or a word that is no name: no swap.
        assert_eq!(swap("it's rob"), None);
        assert_eq!(swap("bob not rob"), None);
        assert_eq!(swap("bob, not bob"), None);
        assert_eq!(swap("thursday not bob"), None);
        assert_eq!(swap("it's not bob"), None);
    }

    #[test]
    fn a_spelling_without_accents_keeps_the_word_as_said() {
        assert!(spells("Cote", "Côté"));
        assert!(spells("HELENE", "Hélène"));
        assert!(!spells("Cote", "Coté-Roy"));
        let cote = name("Nathalie Côté");
        let fix = |t: &str| apply(Some(&cote), &read(t).unwrap()).unwrap();
        assert_eq!(fix("C-O-T-E").as_str(), "Nathalie Côté");
        // A real change of letters still corrects the word.
        assert_eq!(fix("C-O-T-T-E").as_str(), "Nathalie Cotte");
    }
}
