//! Names after French cues (SPEC §5.4).
//!
//! Cues: "je m'appelle", "mon nom c'est", "mon nom est", "le nom c'est", "c'est",
//! "moi c'est", "je suis", "… à l'appareil", "au nom de/d'", "ici" at the start of a
//! turn, and a turn that is nothing but a name (after "oui", "ouais", "OK", "correct",
//! "d'accord"); "c'est" also after a comma or a full stop ("ça serait pour demain,
//! c'est Luc Gagnon"). With `expect: name`, "c'est pour X" and "ce serait pour X" give X;
//! without it, a name after "pour" is someone else's. "mon prénom c'est X" and "mon nom
//! de famille c'est Y" combine, prénom first. A correction ("Marc, non excusez,
//! Marc-André Gagnon") or a later cue wins.
//!
//! Capitalisation: the first letter of each word and the letter after a hyphen or an
//! apostrophe are upper case, other letters stay as transcribed; "de", "du", "des"
//! inside a name are lower case and "le"/"la" upper case (OQLF); a glued "d'" is part
//! of the surname ("D'Amours"). Titles and fillers are dropped, a spelling after the
//! name is not part of it, and a name has at most four words besides particles.

use super::name_lexicon::{
    CORRECTIONS, FILLERS, LOWER_PARTICLES, OPENERS, STOPWORDS, SURNAME_WORDS, TITLES,
    UPPER_PARTICLES, has,
};
use super::num::is_number_word;
use super::time::day::WEEKDAYS;
use super::words::{Key, Word, glued, words};
use crate::name::{fuller_form, repeats_a_part};
use crate::{Match, Span};
use bella_core::{Expect, PersonName};

/// A name read from words: its text, span and the index after it.
struct Read {
    text: String,
    span: Span,
    end: usize,
}

/// A lower-case word shaped like an adjective or a participle ("enceinte",
/// "fatiguée", "intéressé", "nerveuse"): after "je suis" it describes, it does not name.
fn adjective_like(w: &Word<'_>) -> bool {
    const ENDINGS: &[&str] = &[
        "ee", "ees", "ant", "ante", "ants", "antes", "eux", "euse", "ible", "able", "ive", "einte",
    ];
    let lower = w.text.chars().next().is_some_and(char::is_lowercase);
    lower
        && ENDINGS
            .iter()
            .any(|e| w.key.as_bytes().ends_with(e.as_bytes()))
}

/// Whether the word at `i` can be (the main word of) a name part.
fn plausible(ws: &[Word<'_>], i: usize) -> bool {
    let Some(w) = ws.get(i) else { return false };
    w.is_word()
        && !w.elided
        && w.text.chars().count() >= 2
        && !STOPWORDS.contains(&w.key)
        && !has(&WEEKDAYS, &w.key)
        && !TITLES.contains(&w.key)
        && !is_number_word(w)
        // "c'est raisonnable", "c'est pénible": a lower-case word in -able or -ible
        // is an adjective.
        && !(w.text.len() >= 6
            && w.text.chars().next().is_some_and(char::is_lowercase)
            && (w.key.as_bytes().ends_with(b"able") || w.key.as_bytes().ends_with(b"ible")))
        // Ordinals: "c'est la troisième fois", "la deuxième".
        && !w.key.as_bytes().ends_with(b"ieme")
        && !w.key.as_bytes().ends_with(b"iemes")
        && w.key.as_bytes() != b"~"
        // A spelling ("F-O-R-T-I-N") is letters joined by hyphens, and the remarks
        // on its letters ("G-A-G-N-E accent aigu") are no name either.
        && !spelled(ws, i)
        && letter_remark(ws, i).is_none()
        && !(w.is_any(&["aigu", "grave", "circonflexe"])
            && i.checked_sub(1).and_then(|k| ws.get(k)).is_some_and(|p| p.is("accent")))
}

/// Whether a spelling starts at `i`: letters joined by hyphens ("C-O-T-E"), letters
/// said one by one with the remarks on them ("B, e accent aigu, L, A, N, G, E, R", "G
/// comme dans Gaston, A, G, N, O, N"), or a word and its hyphen said ("Marie trait
/// d'union Ève").
fn spelled(ws: &[Word<'_>], i: usize) -> bool {
    let single = |k: usize| {
        ws.get(k)
            .is_some_and(|w| w.is_word() && w.text.chars().count() == 1)
    };
    if single(i) && ws.get(i + 1).is_some_and(|n| n.is_punct('-')) && single(i + 2) {
        return true;
    }
    if ws.get(i).is_some_and(Word::is_word) && hyphen_said(ws, i + 1).is_some() {
        return true;
    }
    single(i) && letters_said(ws, i) >= 3
}

/// "trait d'union" or "tiret" at `i` (a hyphen said in a spelling): the index after it.
fn hyphen_said(ws: &[Word<'_>], i: usize) -> Option<usize> {
    phrase(ws, i, &["trait", "d", "union"])
        .or_else(|| ws.get(i).is_some_and(|w| w.is("tiret")).then_some(i + 1))
}

/// How many single letters are said from `i` on, with the commas, hyphens and remarks
/// between them ([`letter_remark`]).
fn letters_said(ws: &[Word<'_>], mut i: usize) -> usize {
    let mut n = 0;
    while let Some(w) = ws.get(i) {
        if w.is_punct(',') || w.is_punct('-') || w.is_punct('.') {
            i += 1;
        } else if w.is_word() && w.text.chars().count() == 1 {
            n += 1;
            i += 1;
        } else if let Some(e) = letter_remark(ws, i) {
            i = e;
        } else {
            break;
        }
    }
    n
}

/// A remark on a spelled letter at `i`: "accent aigu" (grave, circonflexe), "tréma",
/// "cédille", "majuscule", "apostrophe", "comme dans Gaston" ("comme Gaston", "comme
/// en"), a hyphen said; the index after it.
fn letter_remark(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    if w.is("accent") {
        return ws
            .get(i + 1)
            .filter(|a| a.is_any(&["aigu", "grave", "circonflexe"]))
            .map(|_| i + 2);
    }
    if w.is_any(&["trema", "cedille", "majuscule", "minuscule", "apostrophe"]) {
        return Some(i + 1);
    }
    if w.is("comme") {
        let j = if ws
            .get(i + 1)
            .is_some_and(|d| d.is_any(&["dans", "en", "pour"]))
        {
            i + 2
        } else {
            i + 1
        };
        return ws.get(j).filter(|x| x.is_word()).map(|_| j + 1);
    }
    hyphen_said(ws, i)
}

/// Appends `text` capitalised: first letter and letters after `-`/`'` upper case.
fn capitalise_into(text: &str, out: &mut String) {
    let mut upper_next = true;
    for c in text.chars() {
        if upper_next {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        upper_next = matches!(c, '-' | '\'' | '\u{2019}');
    }
}

/// One name part at `i` ("Jean-François", "L'Heureux", "D'Amours", "St-Pierre"):
/// its end index, or `None` if no part starts there.
fn part_at(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    let mut j = i;
    // A glued elision belongs to the surname: "l'heureux", "d'amours"; an upper-case
    // "N'" too ("N'Diaye", "N'Guessan"): the negation "n'" is written lower case.
    if w.elided && (w.is_any(&["l", "d"]) || w.text.starts_with('N')) {
        if !ws.get(i + 1).is_some_and(|n| glued(w, n)) {
            return None;
        }
        j = i + 1;
    }
    if !plausible(ws, j) {
        return None;
    }
    let mut end = j + 1;
    // Glued hyphens join the parts of a compound: "Marie-Ève", "St-Pierre".
    while let (Some(h), Some(n)) = (ws.get(end), ws.get(end + 1)) {
        if h.is_punct('-') && glued(&ws[end - 1], h) && glued(h, n) && n.is_word() {
            end += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// The index after the filler that starts at word `i`: one of [`FILLERS`], or the
/// two-word "fait que" ("so") that Quebec callers open a turn with.
fn filler_end(ws: &[Word<'_>], i: usize) -> Option<usize> {
    let w = ws.get(i)?;
    if w.is_word() && has(FILLERS, &w.key) {
        return Some(i + 1);
    }
    (w.is("fait") && ws.get(i + 1).is_some_and(|n| n.is("que"))).then_some(i + 2)
}

/// Reads a name starting at word `i` (titles and fillers first are skipped).
fn read_name(text: &str, ws: &[Word<'_>], mut i: usize) -> Option<Read> {
    loop {
        if ws
            .get(i)
            .is_some_and(|w| w.is_punct(',') || w.is_punct('.') || w.is_punct(':'))
            || ws
                .get(i)
                .is_some_and(|w| w.is_word() && TITLES.contains(&w.key))
            // "Non, c'est plutôt Marc Giroux": the correction's adverb between the cue
            // and the name ("c'est plutôt quatre un huit ..." then names no one).
            || ws.get(i).is_some_and(|w| w.is_word() && w.is("plutot"))
        {
            i += 1;
        } else if let Some(e) = filler_end(ws, i) {
            i = e;
        } else {
            break;
        }
    }
    let start = i;
    let first_end = part_at(ws, i)?;
    let mut parts = vec![(start, first_end, false)];
    let mut end = first_end;
    let mut words_kept = 1;
    while words_kept < 4 {
        let Some(next) = ws.get(end) else { break };
        // Particles: "de Grandpré", "des Rosiers", "de La Fontaine", "Le Blanc".
        if next.is_word() && !next.elided {
            let key = &next.key;
            // "André Boudreau de Moncton": after a first name and a surname a "de"
            // says where the caller is from; a particle comes after the first name
            // ("Louis de Grandpré", "Jean de La Fontaine").
            if has(LOWER_PARTICLES, key) && words_kept >= 2 {
                break;
            }
            if has(LOWER_PARTICLES, key) || has(UPPER_PARTICLES, key) {
                let mut k = end + 1;
                let mut particles = vec![(end, end + 1, true)];
                // "de la Fontaine": a second particle.
                if has(LOWER_PARTICLES, key)
                    && ws
                        .get(k)
                        .is_some_and(|w| w.is_word() && has(UPPER_PARTICLES, &w.key))
                {
                    particles.push((k, k + 1, true));
                    k += 1;
                }
                if let Some(e) = part_at(ws, k) {
                    parts.extend(particles);
                    parts.push((k, e, false));
                    end = e;
                    words_kept += 1;
                    continue;
                }
                break;
            }
        }
        // "Karim Ben Ali": a capitalised "Ben" between two parts is a name word, not
        // the filler "ben".
        if next.text == "Ben"
            && let Some(e) = part_at(ws, end + 1)
        {
            parts.push((end, end + 1, false));
            parts.push((end + 1, e, false));
            end = e;
            words_kept += 2;
            continue;
        }
        // "Réjeanne, R-É-J-E-A-N-N-E, Lavallée": a spelling of the part just read is
        // no part, and the name goes on after it.
        let (a, b, _) = parts[parts.len() - 1];
        let spelled_to = after_spelling_of(ws, a..b, end);
        // "Nadeau, N-A-D-E-A-U, Sylvie Nadeau": a name after the spelling that says the
        // spelled part again is the whole name said again, and the later one (SPEC §2).
        if let Some(at) = spelled_to
            && let Some(again) = read_name(text, ws, at)
            && ws[at..again.end]
                .iter()
                .any(|w| w.is_word() && w.key == ws[a].key)
        {
            return Some(again);
        }
        let at = spelled_to.unwrap_or(end);
        match part_at(ws, at).or_else(|| surname_word_at(ws, at, end)) {
            Some(e) => {
                parts.push((at, e, false));
                end = e;
                words_kept += 1;
            }
            None => break,
        }
    }
    let mut out = String::with_capacity(32);
    for (k, &(a, b, particle)) in parts.iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let said = ws[a].span.cover(ws[b - 1].span).slice(text)?;
        if particle && has(LOWER_PARTICLES, &ws[a].key) {
            out.push_str(&said.to_lowercase());
        } else if particle {
            capitalise_into(&said.to_lowercase(), &mut out);
        } else {
            capitalise_into(said, &mut out);
        }
    }
    Some(Read {
        text: out,
        span: ws[start].span.cover(ws[end - 1].span),
        end,
    })
}

/// A spelling at `i` (after commas or full stops: "Daigle. D-A-I-G-L-E. Jocelyne
/// Daigle.") of the words `part`, then another name part: where that part starts. The
/// letters are compared folded ("R-É-J-E-A-N-N-E" spells "Réjeanne").
fn after_spelling_of(ws: &[Word<'_>], part: std::ops::Range<usize>, i: usize) -> Option<usize> {
    let start = after_pauses(ws, i);
    if !spelled(ws, start) {
        return None;
    }
    let letter = |w: &Word<'_>| w.is_word() && w.text.chars().count() == 1;
    let end = start
        + ws[start..]
            .iter()
            .take_while(|w| w.is_punct('-') || letter(w))
            .count();
    let keys = |r: std::ops::Range<usize>| {
        ws[r]
            .iter()
            .filter(|w| w.is_word())
            .flat_map(|w| w.key.as_bytes().iter().copied())
    };
    let next = after_pauses(ws, end);
    (keys(start..end).eq(keys(part)) && part_at(ws, next).is_some()).then_some(next)
}

/// The index of the first word at or after `i` that is no comma or full stop.
fn after_pauses(ws: &[Word<'_>], i: usize) -> usize {
    i + ws.get(i..).map_or(0, |r| {
        r.iter()
            .take_while(|w| w.is_punct(',') || w.is_punct('.'))
            .count()
    })
}

/// The index after a spelling that follows word `i` ("Lefèbvre, L-E-F-E accent
/// grave-B-V-R-E"): its letters, hyphens, commas and remarks. `i` when none follows.
fn past_spelling(ws: &[Word<'_>], i: usize) -> usize {
    let start = after_pauses(ws, i);
    if !spelled(ws, start) {
        return i;
    }
    let mut k = start;
    while let Some(w) = ws.get(k) {
        if w.is_punct('-') || w.is_punct(',') || (w.is_word() && w.text.chars().count() == 1) {
            k += 1;
        } else if let Some(e) = letter_remark(ws, k) {
            k = e;
        } else {
            break;
        }
    }
    k
}

/// The index after a remark on a name's letters that follows word `i`: "avec deux N",
/// "sans H", "avec un E à la fin" is not passed ("avec"/"sans", at most two count
/// words, one letter). `i` when none follows.
fn past_letter_count(ws: &[Word<'_>], i: usize) -> usize {
    let start = after_pauses(ws, i);
    if !ws.get(start).is_some_and(|w| w.is_any(&["avec", "sans"])) {
        return i;
    }
    let mut k = start + 1;
    while k < start + 3
        && ws
            .get(k)
            .is_some_and(|w| w.is_any(&["un", "une", "deux", "trois", "double"]))
    {
        k += 1;
    }
    // One letter, or two written in capitals ("avec un PH").
    let letter = ws.get(k).is_some_and(|w| {
        w.is_word()
            && (w.text.chars().count() == 1
                || (w.text.len() == 2 && w.text.bytes().all(|b| b.is_ascii_uppercase())))
    });
    if letter {
        return k + 1;
    }
    mark_end(ws, k).unwrap_or(i)
}

/// The index after a mark said in a remark on a name's letters, at word `k`: "accent"
/// (with "aigu", "grave" or "circonflexe", and "sur le E"), "tréma", "cédille", "trait
/// d'union" ("Josée avec un accent", "Zoé avec un accent aigu sur le E").
fn mark_end(ws: &[Word<'_>], k: usize) -> Option<usize> {
    let w = ws.get(k)?;
    let at = |j: usize, keys: &[&str]| ws.get(j).is_some_and(|n| n.is_any(keys));
    let mut j = if w.is_any(&["accent", "accents"]) {
        k + 1
            + usize::from(at(
                k + 1,
                &[
                    "aigu",
                    "aigus",
                    "grave",
                    "graves",
                    "circonflexe",
                    "circonflexes",
                ],
            ))
    } else if w.is_any(&["trema", "cedille"]) {
        k + 1
    } else if w.is("trait") && at(k + 1, &["d"]) && at(k + 2, &["union"]) {
        k + 3
    } else {
        return None;
    };
    // "sur le E", "sur l'E".
    if at(j, &["sur"])
        && at(j + 1, &["le", "la", "l"])
        && ws
            .get(j + 2)
            .is_some_and(|x| x.is_word() && x.text.chars().count() == 1)
    {
        j += 3;
    }
    Some(j)
}

/// The index after a name said not to be it that follows word `i`: ", pas Annie" or
/// ", non pas Annie", then a comma or a full stop (the name it is follows). `i` when
/// none does.
fn past_denied(text: &str, ws: &[Word<'_>], i: usize) -> usize {
    let mut k = after_pauses(ws, i);
    if k == i {
        return i;
    }
    if ws.get(k).is_some_and(|w| w.is("non")) {
        k += 1;
    }
    if !ws.get(k).is_some_and(|w| w.is("pas")) {
        return i;
    }
    match read_name(text, ws, k + 1) {
        Some(r)
            if ws
                .get(r.end)
                .is_some_and(|w| w.is_punct(',') || w.is_punct('.')) =>
        {
            r.end
        }
        _ => i,
    }
}

/// The index of the first word at or after `i` that is not a comma.
fn after_commas(ws: &[Word<'_>], i: usize) -> usize {
    i + ws
        .get(i..)
        .map_or(0, |r| r.iter().take_while(|w| w.is_punct(',')).count())
}

/// Whether the words from `i` are `keys` (punctuation between them is skipped).
fn phrase(ws: &[Word<'_>], i: usize, keys: &[&str]) -> Option<usize> {
    let mut j = i;
    for k in keys {
        while ws.get(j).is_some_and(|w| w.is_punct(',')) && j > i {
            j += 1;
        }
        if !ws.get(j)?.is(k) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The index of the first word that is not an opener or a filler ("oui", "bonjour",
/// "euh", "fait que"): a cue at or before it opens the turn.
fn lead_end(ws: &[Word<'_>]) -> usize {
    let mut i = 0;
    while let Some(w) = ws.get(i) {
        if !w.is_word() || OPENERS.contains(&w.key) {
            i += 1;
        } else if let Some(e) = filler_end(ws, i) {
            i = e;
        } else {
            break;
        }
    }
    i
}

/// Who a booking may be for, said before their name ("c'est pour mon fils, Kyle
/// Dunn"), as word keys.
const RELATIONS: &[&str] = &[
    "fils",
    "fille",
    "garcon",
    "enfant",
    "bebe",
    "femme",
    "mari",
    "conjoint",
    "conjointe",
    "blonde",
    "chum",
    "epoux",
    "epouse",
    "mere",
    "pere",
    "frere",
    "soeur",
    "ami",
    "amie",
    "oncle",
    "tante",
    "neveu",
    "niece",
    "cousin",
    "cousine",
    "patron",
    "patronne",
    "gars",
];

/// Whether the turn speaks of the caller's relation ("mon fils", "ma blonde", "notre
/// fille", "mes enfants"): the booking is theirs, whoever is named.
pub(super) fn for_someone_else(ws: &[Word<'_>]) -> bool {
    ws.windows(2).any(|w| {
        w[0].is_any(&["mon", "ma", "mes", "notre", "nos"])
            && (w[1].is_any(RELATIONS) || w[1].is_any(&["enfants", "filles", "garcons"]))
    })
}

/// After "pour" or "au nom de": a relation ("mon fils,", "ma femme") is skipped, and
/// then "il s'appelle", "elle s'appelle" or "qui s'appelle", so the name after it is
/// read; so is "moi," (the caller, then their name: "c'est pour moi, Luc Roy"); `i`
/// when there is none.
fn after_relation(ws: &[Word<'_>], i: usize) -> usize {
    if ws.get(i).is_some_and(|w| w.is("moi")) {
        return after_commas(ws, i + 1);
    }
    let related = ws.get(i).is_some_and(|w| w.is_any(&["mon", "ma", "notre"]))
        && ws.get(i + 1).is_some_and(|w| w.is_any(RELATIONS));
    if !related {
        return i;
    }
    let j = after_commas(ws, i + 2);
    ["il", "elle", "qui"]
        .iter()
        .find_map(|p| phrase(ws, j, &[*p, "s", "appelle"]))
        .map_or(j, |e| after_commas(ws, e))
}

/// The cue at word `i`: where the name starts and the rule.
fn cue_at(
    ws: &[Word<'_>],
    i: usize,
    expect: Option<Expect>,
    lead: usize,
) -> Option<(usize, &'static str)> {
    let at_turn_start = i <= lead;
    let w = ws.get(i)?;
    if !w.is_word() {
        return None;
    }
    let expected = expect == Some(Expect::Name);
    match w.key.as_bytes() {
        b"je" => {
            if let Some(e) = phrase(ws, i, &["je", "m", "appelle"]) {
                return Some((e, "fr/name/je-mappelle"));
            }
            if let Some(e) =
                phrase(ws, i, &["je", "suis"]).or_else(|| phrase(ws, i, &["j", "suis"]))
                && at_turn_start
                && !ws.get(e).is_some_and(adjective_like)
            {
                return Some((e, "fr/name/je-suis"));
            }
            None
        }
        // "il s'appelle Thomas Gagnon", "elle s'appelle Léa": at the name question, the
        // person the booking is for (SPEC §5.4 reads "c'est pour Olga Petrova" so).
        b"il" | b"elle" if expected => ["il", "elle"]
            .iter()
            .find_map(|p| phrase(ws, i, &[*p, "s", "appelle"]))
            .map(|e| (e, "fr/name/il-sappelle")),
        // "son nom c'est ...": the same, at the name question only.
        b"son" if !expected => None,
        b"mon" | b"le" | b"son" => {
            if phrase(ws, i + 1, &["nom", "de", "famille"]).is_some() {
                return None;
            }
            let n = phrase(ws, i + 1, &["nom"])?;
            // "mon nom au complet c'est", "mon nom complet c'est": the full name.
            let n = phrase(ws, n, &["au", "complet"])
                .or_else(|| phrase(ws, n, &["complet"]))
                .unwrap_or(n);
            let n = after_commas(ws, n);
            let e = phrase(ws, n, &["c", "est"])
                .or_else(|| phrase(ws, n, &["est"]))
                .or_else(|| phrase(ws, n, &["cest"]))
                // "Mon nom? Paul Doucet.": the caller repeats the question first.
                .or_else(|| ws.get(n).is_some_and(|w| w.is_punct('?')).then_some(n + 1))?;
            Some((e, "fr/name/mon-nom-cest"))
        }
        // "moi c'est", and the spoken "moé c'est".
        b"moi" | b"moe" => phrase(ws, i + 1, &["c", "est"]).map(|e| (e, "fr/name/moi-cest")),
        // "chu Julie Pelletier": the spoken "je suis", at the start of the turn only.
        b"chu" if at_turn_start && !ws.get(i + 1).is_some_and(adjective_like) => {
            Some((i + 1, "fr/name/je-suis"))
        }
        b"c" => {
            let e = phrase(ws, i, &["c", "est"])?;
            // "Luc Roy, c'est mon nom": the cue after the name, read in `cued_name`.
            if phrase(ws, e, &["mon", "nom"]).is_some() {
                return None;
            }
            // "c'est pour X" names the caller only when a name was asked for.
            if ws.get(e).is_some_and(|n| n.is("pour")) {
                return expected.then_some((after_relation(ws, e + 1), "fr/name/cest-pour"));
            }
            // Only a "c'est" that opens the turn or a clause (after a comma or a full
            // stop: "ça serait pour demain, c'est Luc Gagnon"), or follows
            // "moi"/"nom": not "mon numéro c'est …". What follows must still read as a
            // name ("demain, c'est parfait" does not).
            let prev = ws[..i].iter().rev().find(|p| p.is_word());
            let opens_clause = i
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .is_some_and(|p| p.is_punct(',') || p.is_punct('.'));
            // "pis" and "et" open a clause as a comma does ("pour mardi pis c'est Julie
            // Pelletier"); what follows must still read as a name.
            let ok = prev.is_none_or(|p| p.is_any(&["moi", "nom", "ici", "pis", "et"]))
                || at_turn_start
                || opens_clause;
            // "c'est moi, Sophie", "c'est moi julie".
            if ok && ws.get(e).is_some_and(|n| n.is("moi")) {
                return Some((after_commas(ws, e + 1), "fr/name/cest-moi"));
            }
            ok.then_some((e, "fr/name/cest"))
        }
        b"ce" | b"ca" if expected => {
            let e = phrase(ws, i + 1, &["serait", "pour"])
                .or_else(|| phrase(ws, i + 1, &["sera", "pour"]))?;
            Some((after_relation(ws, e), "fr/name/serait-pour"))
        }
        b"au" => {
            let e = phrase(ws, i, &["au", "nom", "de"])
                .or_else(|| phrase(ws, i, &["au", "nom", "d"]))?;
            // "mettez ça au nom de ma femme, Diane": at the name question the name
            // after a relation is the booking's; without it, someone else's.
            let e = if expected { after_relation(ws, e) } else { e };
            Some((e, "fr/name/au-nom-de"))
        }
        b"ici" if at_turn_start => Some((i + 1, "fr/name/ici")),
        // "tout le monde m'appelle Bob", "on m'appelle Bob": the name the caller goes by.
        b"m" if i > 0 && ws[i - 1].is_any(&["monde", "on"]) => {
            phrase(ws, i, &["m", "appelle"]).map(|e| (e, "fr/name/je-mappelle"))
        }
        _ => None,
    }
}

/// "mon prénom c'est Louise, pis mon nom de famille c'est Fontaine": the labelled
/// first and family names, and where the first label starts. Beside a "prénom", a
/// plain "nom" label names the family, said before or after it ("mon prénom c'est
/// Louise pis mon nom c'est Fontaine", "Mon nom c'est Hébert... Prénom: Lise").
fn labelled(text: &str, ws: &[Word<'_>]) -> (Option<Read>, Option<Read>, usize) {
    let mut first: Option<Read> = None;
    let mut last: Option<Read> = None;
    let mut label_start = ws.len();
    let prenom_said = ws.iter().any(|w| w.is("prenom"));
    for i in 0..ws.len() {
        let (slot, e) = if let Some(e) = phrase(ws, i, &["prenom"]) {
            (&mut first, e)
        } else if let Some(e) = phrase(ws, i, &["nom", "de", "famille"]) {
            (&mut last, e)
        } else if prenom_said
            && (i == 0 || ws[i - 1].is_any(&["mon", "le"]) || !ws[i - 1].is_word())
            && let Some(e) = phrase(ws, i, &["nom"])
        {
            (&mut last, e)
        } else {
            continue;
        };
        // "mon nom de famille, c'est Gauthier": a comma may follow the label.
        let e = after_commas(ws, e);
        let e = phrase(ws, e, &["c", "est"])
            .or_else(|| phrase(ws, e, &["est"]))
            .unwrap_or(e);
        if let Some(r) = read_name(text, ws, e) {
            *slot = Some(r);
            label_start = label_start.min(i);
        }
    }
    (first, last, label_start)
}

/// A stopword that is also a surname ("Parent", "Juste") right after the part that
/// ends at `end`, nothing between: capitalised, or ending a turn written all in lower
/// case (speech-to-text without casing). Its end index.
fn surname_word_at(ws: &[Word<'_>], i: usize, end: usize) -> Option<usize> {
    let w = ws.get(i).filter(|w| i == end && w.is_word() && !w.elided)?;
    if !SURNAME_WORDS.contains(&w.key) {
        return None;
    }
    let capital = w.text.chars().next().is_some_and(char::is_uppercase);
    let lower_turn = || {
        only_punct_after(ws, i + 1) && !ws.iter().any(|t| t.text.chars().any(char::is_uppercase))
    };
    (capital || lower_turn()).then_some(i + 1)
}

/// Whether only punctuation follows word `i`.
fn only_punct_after(ws: &[Word<'_>], i: usize) -> bool {
    ws[i..]
        .iter()
        .all(|w| !w.is_word() && w.kind != crate::lexer::TokenKind::Digits)
}

/// Whether a spelling (single letters, maybe after a comma or a full stop) follows word
/// `i`, or a part of the name said again then spelled ("Sylvie Bélanger. Bélanger, B, e
/// accent aigu, L ...").
fn spelling_after(ws: &[Word<'_>], i: usize) -> bool {
    let j = after_pauses(ws, i);
    spelled(ws, j) || part_at(ws, j).is_some_and(|e| spelled(ws, after_pauses(ws, e)))
}

/// "Marie, Marie Dubois": a name said again after a comma, ending the turn and sharing
/// a word with the first, replaces it (SPEC §2: the later of two names). "Tremblay,
/// Marc": words after a comma that end the turn and repeat nothing are the rest of the
/// same name, the comma dropped and the order kept (SPEC §2 "Rocky, Jonathan").
fn restated(text: &str, ws: &[Word<'_>], first: Read) -> Read {
    // A spelling of it first is passed over: "Lefèbvre, L-E-F-E accent grave-B-V-R-E.
    // Sylvie Lefèbvre.", and so is a remark on its letters: "c'est Jeannine, avec deux
    // N. Jeannine Comeau."
    let at = past_spelling(ws, past_letter_count(ws, first.end));
    // So is a name it is not: "c'est Anne-Marie, pas Annie. Anne-Marie Séguin."
    let at = past_denied(text, ws, at);
    // After a comma or a full stop: "c'est Julie. Julie Roy."
    let Some(sep) = ws.get(at).filter(|w| w.is_punct(',') || w.is_punct('.')) else {
        return first;
    };
    let Some(again) = read_name(text, ws, at + 1) else {
        return first;
    };
    // It ends the turn, or it is fuller than the first and a clause follows it ("c'est
    // Éric, Éric Paradis, pis je voudrais un rendez-vous").
    let fuller = again.text.split(' ').count() > first.text.split(' ').count()
        && ws
            .get(again.end)
            .is_some_and(|w| w.is_punct(',') || w.is_punct('.') || w.is_any(&["pis", "et"]));
    let ends = only_punct_after(ws, again.end) || spelling_after(ws, again.end) || fuller;
    // A part in common, or a hyphenated part that starts from one ("Paul. Paul-Émile
    // Côté").
    let pieces = |t: &str| t.split([' ', '-']).map(str::to_owned).collect::<Vec<_>>();
    let again_pieces = pieces(&again.text);
    let first_pieces = pieces(&first.text);
    // Or a one-word name, then its fuller form as the given name ("Pat, euh, Patrick
    // Dionne").
    let shares = first_pieces
        .iter()
        .any(|w| again_pieces.iter().any(|a| a.eq_ignore_ascii_case(w)))
        || (first_pieces.len() == 1
            && again_pieces.len() > 1
            && fuller_form(
                Key::of(&first_pieces[0]).as_bytes(),
                Key::of(&again_pieces[0]).as_bytes(),
            ));
    // "Sylvie Bélanger. Bélanger, B, E ...": a part said again before its spelling is
    // no new name.
    let part_again = again_pieces.len() < first_pieces.len()
        && again_pieces
            .iter()
            .all(|a| first_pieces.iter().any(|w| a.eq_ignore_ascii_case(w)));
    if part_again && spelling_after(ws, again.end) {
        return first;
    }
    if ends && shares {
        return again;
    }
    // One name split by a comma: the second group closes the turn, and the two are not
    // two whole names (that is a restatement or another person), at most four words.
    let closes = only_punct_after(ws, again.end) || spelling_after(ws, again.end);
    let count = |t: &str| {
        t.split(' ')
            .filter(|p| {
                !LOWER_PARTICLES
                    .iter()
                    .chain(UPPER_PARTICLES)
                    .any(|q| p.eq_ignore_ascii_case(q))
            })
            .count()
    };
    let (a, b) = (count(&first.text), count(&again.text));
    if sep.is_punct(',') && closes && !shares && a + b <= 4 && (a == 1 || b == 1) {
        let mut joined = first.text;
        joined.push(' ');
        joined.push_str(&again.text);
        return Read {
            text: joined,
            span: first.span.cover(again.span),
            end: again.end,
        };
    }
    first
}

/// Where a bare name would start: after openers, fillers and acknowledgements ("oui,
/// c'est ça, Johanne Poirier").
fn bare_start(ws: &[Word<'_>]) -> Option<usize> {
    let mut i = 0;
    loop {
        let w = ws.get(i)?;
        if !w.is_word() || OPENERS.contains(&w.key) {
            i += 1;
            continue;
        }
        if let Some(e) = filler_end(ws, i) {
            i = e;
            continue;
        }
        let ack = phrase(ws, i, &["c", "est"])
            .filter(|&e| {
                ws.get(e).is_some_and(|a| {
                    a.is_any(&["ca", "correct", "beau", "bon", "exact", "parfait"])
                }) && ws
                    .get(e + 1)
                    .is_some_and(|p| p.is_punct(',') || p.is_punct('.'))
            })
            .or_else(|| {
                (w.is_any(&["exact", "exactement", "parfait", "super", "certain"])
                    && ws
                        .get(i + 1)
                        .is_some_and(|p| p.is_punct(',') || p.is_punct('.')))
                .then_some(i)
            });
        match ack {
            Some(e) => i = e + 1,
            None => return Some(i),
        }
    }
}

/// The name after the last cue or correction in `ws`, and the rule that read it.
fn cued_name(text: &str, ws: &[Word<'_>], expect: Option<Expect>) -> Option<(Read, &'static str)> {
    let mut best: Option<(Read, &'static str)> = None;
    let lead = lead_end(ws);
    let mut i = 0;
    while i < ws.len() {
        if let Some((start, rule)) = cue_at(ws, i, expect, lead) {
            if let Some(r) = read_name(text, ws, start) {
                i = r.end;
                // "je m'appelle Robert Lang, tout le monde m'appelle Robert": a later
                // name that only repeats a part of the first keeps the first.
                if !best
                    .as_ref()
                    .is_some_and(|(b, _)| repeats_a_part(&b.text, &r.text))
                {
                    best = Some((restated(text, ws, r), rule));
                }
                continue;
            }
            // "c'est pour ma fille": a cue that names no one ends the search for it.
            i = start.max(i + 1);
            continue;
        }
        // "Marc, non excusez, Marc-André Gagnon": a name said after a correction that
        // ends the turn replaces what came before.
        if ws[i].is_any(CORRECTIONS) && i > 0 {
            let mut j = i + 1;
            while ws
                .get(j)
                .is_some_and(|w| w.is_punct(',') || w.is_any(CORRECTIONS) || w.is_any(FILLERS))
            {
                j += 1;
            }
            // "c'est Marc, non excusez, c'est Marc-Antoine Roy": the cue said again.
            if let Some(e) = phrase(ws, j, &["c", "est"]) {
                j = e;
            }
            // "c'est Mathieu, non excusez, Matthieu avec deux T": a remark on its
            // letters may close the turn.
            if let Some(r) = read_name(text, ws, j)
                && let end = past_letter_count(ws, r.end)
                && (only_punct_after(ws, end) || spelling_after(ws, end))
            {
                i = r.end;
                // After a cue the later name keeps the cue's rule: the cue introduced
                // it ([`crate::name::cued`]).
                let rule = best
                    .as_ref()
                    .map_or("fr/name/correction", |(_, rule)| *rule);
                best = Some((r, rule));
                continue;
            }
        }
        // "Olivier Tremblay à l'appareil", "Luc Roy, c'est mon nom".
        if let Some(e) = phrase(ws, i, &["a", "l", "appareil"])
            .or_else(|| phrase(ws, i, &["c", "est", "mon", "nom"]))
            && best.is_none()
        {
            // The name ends right before the cue, or before a comma there.
            let end = if i > 0 && ws[i - 1].is_punct(',') {
                i - 1
            } else {
                i
            };
            let start = ws[..end]
                .iter()
                .rposition(|w| {
                    w.is_punct(',') || w.is_punct('.') || (w.is_word() && OPENERS.contains(&w.key))
                })
                .map_or(0, |p| p + 1);
            if let Some(r) = read_name(text, ws, start)
                && r.end == end
            {
                let rule = if ws[i].is("a") {
                    "fr/name/a-lappareil"
                } else {
                    "fr/name/cest-mon-nom"
                };
                best = Some((r, rule));
            }
            i = e;
            continue;
        }
        i += 1;
    }
    best
}

/// A match of `name` over `span`, when it makes a valid name.
fn make(name: String, span: Span, rule: &'static str) -> Option<Match<PersonName>> {
    PersonName::new(&name)
        .ok()
        .map(|value| Match { span, value, rule })
}

/// The caller's own name in a French turn.
pub(crate) fn extract(text: &str, expect: Option<Expect>) -> Option<Match<PersonName>> {
    extract_words(text, &words(text), expect)
}

/// [`extract`] over the turn's words, already split.
pub(crate) fn extract_words(
    text: &str,
    ws: &[Word<'_>],
    expect: Option<Expect>,
) -> Option<Match<PersonName>> {
    if ws.is_empty() {
        return None;
    }
    let (first, last, label_start) = labelled(text, ws);
    match (first, last) {
        (Some(f), Some(l)) => {
            let name = format!("{} {}", f.text, l.text);
            return make(name, f.span.cover(l.span), "fr/name/prenom-nom-de-famille");
        }
        (Some(f), None) => {
            // "Boucher, B comme Bernard, O, U ... Pis mon prénom c'est Josée": a
            // one-word name said before the first-name label is the family name.
            let before = one_word_before(text, &ws[..label_start], expect)
                .filter(|r| !r.text.eq_ignore_ascii_case(&f.text));
            return match before {
                Some(l) => make(
                    format!("{} {}", f.text, l.text),
                    l.span.cover(f.span),
                    "fr/name/prenom-nom-de-famille",
                ),
                None => make(f.text, f.span, "fr/name/prenom-nom-de-famille"),
            };
        }
        (None, Some(l)) => {
            // "je m'appelle Joël pis mon nom de famille c'est Perreault": a one-word
            // name said before the family-name label is the first name.
            let before = one_word_before(text, &ws[..label_start], expect);
            return match before {
                Some(f) => make(
                    format!("{} {}", f.text, l.text),
                    f.span.cover(l.span),
                    "fr/name/prenom-nom-de-famille",
                ),
                None => make(l.text, l.span, "fr/name/prenom-nom-de-famille"),
            };
        }
        (None, None) => {}
    }
    if let Some((r, rule)) = cued_name(text, ws, expect) {
        return make(r.text, r.span, rule);
    }
    bare(text, ws, expect).or_else(|| {
        (expect == Some(Expect::Name))
            .then(|| closing_sentence(text, ws))
            .flatten()
            .and_then(|r| make(r.text, r.span, "fr/name/closing-sentence"))
    })
}

/// A one-word name before a label (`ws` ends at it): after a cue, or said alone
/// ([`first_said_alone`]).
fn one_word_before(text: &str, ws: &[Word<'_>], expect: Option<Expect>) -> Option<Read> {
    cued_name(text, ws, expect)
        .map(|(r, _)| r)
        .or_else(|| first_said_alone(text, ws, expect))
        .filter(|r| !r.text.contains(' '))
}

/// With a name expected, "Martin, pis mon nom de famille c'est Gauthier": the name
/// said alone before the other label (`ws` ends at the label), maybe spelled, nothing
/// but a joiner after it.
fn first_said_alone(text: &str, ws: &[Word<'_>], expect: Option<Expect>) -> Option<Read> {
    if expect != Some(Expect::Name) {
        return None;
    }
    let r = read_name(text, ws, bare_start(ws)?)?;
    ws[past_spelling(ws, r.end)..]
        .iter()
        .all(|w| !w.is_word() || w.is_any(&["pis", "puis", "et", "mon", "le"]))
        .then_some(r)
}

/// With a name expected, a name said as a sentence of its own that closes the turn,
/// after talk with no naming cue ("Ben oui, 15 h ce serait mieux. Marc Roy."): at
/// least two words, so a closing "Merci." or "Parfait." is no name.
fn closing_sentence(text: &str, ws: &[Word<'_>]) -> Option<Read> {
    let last = ws.iter().rposition(Word::is_word)?;
    let stop = ws[..last]
        .iter()
        .rposition(|w| w.is_punct('.') || w.is_punct('!') || w.is_punct('?'))?;
    let r = read_name(text, ws, stop + 1).filter(|r| r.text.contains(' '))?;
    (only_punct_after(ws, r.end) || spelling_after(ws, r.end)).then_some(r)
}

/// A turn that is nothing but a name, maybe after "oui", "ouais", "OK", "d'accord",
/// "c'est ça".
fn bare(text: &str, ws: &[Word<'_>], expect: Option<Expect>) -> Option<Match<PersonName>> {
    let start = bare_start(ws)?;
    if ws[..start]
        .iter()
        .any(|w| w.kind == crate::lexer::TokenKind::Digits)
    {
        return None;
    }
    let r = restated(text, ws, read_name(text, ws, start)?);
    // After "à quel nom?" the name may be followed, after a pause, by more talk that
    // is no other name ("Julie Roy, pis ce serait pour jeudi"), as in English.
    let talk_after = expect == Some(Expect::Name)
        && ws
            .get(r.end)
            .is_some_and(|w| w.is_punct(',') || w.is_punct('.'))
        && read_name(text, ws, r.end + 1).is_none();
    if !(only_punct_after(ws, r.end) || spelling_after(ws, r.end) || talk_after) {
        return None;
    }
    let rule = if expect == Some(Expect::Name) {
        "fr/name/bare-expected"
    } else {
        "fr/name/bare"
    };
    make(r.text, r.span, rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str) -> Option<String> {
        extract(text, None).map(|m| m.value.as_str().to_owned())
    }

    /// blind19 b19b-fr-name-009: an adjective after "c'est" ("difficile", or any
    /// lower-case word in -able/-ible) names nobody.
    #[test]
    fn adjectives_after_cest_are_no_names() {
        for text in [
            "c'est difficile",
            "c'est pénible",
            "c'est raisonnable",
            "ben c'est compliqué",
            "c'est facile",
        ] {
            assert_eq!(name(text), None, "{text}");
        }
        assert_eq!(name("c'est Mable Roy").as_deref(), Some("Mable Roy"));
    }

    /// "Parent", a common Quebec surname, is also a stopword ("un parent"): right after
    /// a first name it is the surname when capitalised, or when it ends a turn written
    /// all in lower case; anywhere else it stays a stopword.
    #[test]
    fn surnames_that_are_stopwords() {
        let s = |x: &str| Some(x.to_owned());
        let named = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(named("Joël Parent."), s("Joël Parent"));
        assert_eq!(name("Je m'appelle Joël Parent."), s("Joël Parent"));
        assert_eq!(name("je m'appelle joël parent"), s("Joël Parent"));
        assert_eq!(name("Moi c'est Sylvie Juste, merci"), s("Sylvie Juste"));
        assert_eq!(name("Je m'appelle Joël, parent de Léa"), s("Joël"));
        assert_eq!(name("je m'appelle joël parent de léa"), s("Joël"));
        assert_eq!(named("Parent"), None);
    }

    /// "c'est Anne-Marie, pas Annie. Anne-Marie Séguin": the name it is not is passed
    /// over, and the fuller name said after it is the name (SPEC-fr 5.4: the later).
    #[test]
    fn a_name_denied_between_two() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            name(
                "mon nom c'est Anne-Marie, pas Annie. Anne-Marie Séguin. Le numéro c'est le 819 555 0148."
            ),
            s("Anne-Marie Séguin")
        );
        assert_eq!(
            name("c'est Marc, non pas Marco, Marc Gagné."),
            s("Marc Gagné")
        );
        // Nothing said after it: the name before stands.
        assert_eq!(
            name("mon nom c'est Anne-Marie, pas Annie."),
            s("Anne-Marie")
        );
    }

    #[test]
    fn spec_examples() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            name("mettez ça au nom d'Olivier Gagnon"),
            s("Olivier Gagnon")
        );
        assert_eq!(name("Bonjour, ici Marie Tremblay"), s("Marie Tremblay"));
        assert_eq!(
            name("mon prénom c'est Louise, pis mon nom de famille c'est Fontaine"),
            s("Louise Fontaine")
        );
        assert_eq!(
            name("mon nom de famille c'est Fontaine, mon prénom Louise"),
            s("Louise Fontaine")
        );
        assert_eq!(name("C'est Côté, C-O-T-E"), s("Côté"));
        // Blind round 26 (b26-fr-name-006): an upper-case "N'" glued to a surname is
        // part of it; the negation "n'" is not.
        assert_eq!(name("bonjour, ici Aminata N'Diaye"), s("Aminata N'Diaye"));
        assert_eq!(name("c'est Koffi N'Guessan"), s("Koffi N'Guessan"));
        assert_eq!(name("je n'ai pas de rendez-vous"), None);
        // Spellings with their remarks: accents, "comme dans", a hyphen said.
        let asked = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            (
                "Sylvie Bélanger. Bélanger, B, e accent aigu, L, A, N, G, E, R.",
                "Sylvie Bélanger",
            ),
            (
                "Jean Gagnon, G comme dans Gaston, A, G, N, O, N.",
                "Jean Gagnon",
            ),
            (
                "Marie-Ève Gagnon. Marie trait d'union Ève.",
                "Marie-Ève Gagnon",
            ),
            (
                "Martin St-Pierre, S-T trait d'union P-I-E-R-R-E.",
                "Martin St-Pierre",
            ),
            ("Luc Côté, C, O, T, E accent aigu.", "Luc Côté"),
            // probe18 d11, d12 (written after): remarks inside hyphenated letters, a
            // name said again after its spelling.
            (
                "Mon nom c'est Gagné, G-A-G-N-E accent aigu. Pis mon prénom, c'est Josée.",
                "Josée Gagné",
            ),
            (
                "Lefèbvre, L-E-F-E accent grave-B-V-R-E. Sylvie Lefèbvre.",
                "Sylvie Lefèbvre",
            ),
        ] {
            assert_eq!(asked(t), s(want), "{t}");
        }
        assert_eq!(
            name("Marc, non excusez, Marc-André Gagnon"),
            s("Marc-André Gagnon")
        );
        assert_eq!(
            name("je m'appelle marie-ève bélanger"),
            s("Marie-Ève Bélanger")
        );
        assert_eq!(name("c'est leblanc"), s("Leblanc"));
        assert_eq!(name("c'est LeBlanc"), s("LeBlanc"));
        assert_eq!(name("ici Louis De Grandpré"), s("Louis de Grandpré"));
        assert_eq!(
            name("je m'appelle jean de la fontaine"),
            s("Jean de La Fontaine")
        );
        assert_eq!(name("moi c'est daniel le blanc"), s("Daniel Le Blanc"));
        assert_eq!(
            name("mon nom c'est jean-françois d'amours"),
            s("Jean-François D'Amours")
        );
        assert_eq!(name("C'est St-Pierre"), s("St-Pierre"));
        assert_eq!(name("Olivier Tremblay à l'appareil"), s("Olivier Tremblay"));
        assert_eq!(name("c'est Docteur Luc Roy"), s("Luc Roy"));
        assert_eq!(name("Je m'appelle Marie, Marie Dubois."), s("Marie Dubois"));
        // A short given name, then its fuller form with the family name.
        assert_eq!(
            name("mon nom c'est Pat, euh, Patrick Dionne"),
            s("Patrick Dionne")
        );
        assert_eq!(
            name("je m'appelle Véro, Véronique Gaudet"),
            s("Véronique Gaudet")
        );
        assert_eq!(
            name("moi c'est Fred, euh, Frédéric Lapierre"),
            s("Frédéric Lapierre")
        );
        // A remark on its accent, then the whole name.
        assert_eq!(
            name("c'est Josée avec un accent, Josée Hardy"),
            s("Josée Hardy")
        );
        assert_eq!(
            name("je m'appelle Zoé, avec un accent aigu sur le E, Zoé Pelletier"),
            s("Zoé Pelletier")
        );
        assert_eq!(
            name("c'est Anne-Sophie avec un trait d'union, Anne-Sophie Roy"),
            s("Anne-Sophie Roy")
        );
        assert_eq!(
            name("c'est Stéphane avec un PH, Stéphane Roy"),
            s("Stéphane Roy")
        );
        // Said again with another accent, as speech-to-text may write it.
        assert_eq!(
            name("je m'appelle Zoé avec un tréma, Zoë Martel"),
            s("Zoë Martel")
        );
        // One name split by a comma stays one name.
        assert_eq!(name("c'est Tremblay, Marc"), s("Tremblay Marc"));
        assert_eq!(name("Ouin, c'est Stéphane"), s("Stéphane"));
        assert_eq!(name("Je m'appelle Marie, merci."), s("Marie"));
        assert_eq!(name("C'est l'après-midi."), None);
        assert_eq!(name("Ici c'est Stéphanie Morin"), s("Stéphanie Morin"));
        assert_eq!(name("Ouais, c'est moi, Sophie"), s("Sophie"));
        assert_eq!(name("Gaétan, Gaétan Lévesque"), s("Gaétan Lévesque"));
        // A comma inside one name is dropped, the order kept (SPEC §2).
        assert_eq!(name("Mon nom c'est Rocky, Jonathan."), s("Rocky Jonathan"));
        assert_eq!(name("Tremblay, Marc"), s("Tremblay Marc"));
        assert_eq!(name("c'est Gagnon, euh, Julie"), s("Gagnon Julie"));
        assert_ne!(
            name("C'est Julie Roy, Marc Tremblay"),
            s("Julie Roy Marc Tremblay")
        );
        assert_eq!(name("Je m'appelle Marie, pis c'est pour jeudi"), s("Marie"));
        // Fillers before the cue ("fait que", "genre") and before a bare name.
        assert_eq!(name("fait que c'est Maxime Dubé"), s("Maxime Dubé"));
        // A "c'est" that opens a clause after a request names the caller; one that
        // says something else of the request does not.
        assert_eq!(
            name("ça serait pour demain entre 1 h et 3 h, c'est Luc Gagnon"),
            s("Luc Gagnon")
        );
        assert_eq!(
            name("je voudrais un rendez-vous. C'est Luc Gagnon"),
            s("Luc Gagnon")
        );
        for other in [
            "demain, c'est parfait",
            "à 3 h, c'est mieux",
            "jeudi, c'est pour ma fille",
            "mon numéro, c'est le 514 555 0199",
            "demain, c'est ma fête",
        ] {
            assert_eq!(name(other), None, "{other}");
        }
        assert_eq!(name("genre, je suis Maxime Dubé"), s("Maxime Dubé"));
        assert_eq!(name("Ben fait que, Maxime Dubé."), s("Maxime Dubé"));
        // Interjections are no name, even when a name is asked for.
        let asked =
            |t: &str| extract(t, Some(crate::Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(asked("Ah, mon numéro c'est plutôt le 514 555 0199"), None);
        // Closings and remarks said at the name question are no name.
        for closing in ["Bonne journée.", "Ok. Bonne journée.", "Oui. Bonne idée."] {
            assert_eq!(asked(closing), None, "{closing}");
        }
        assert_eq!(asked("Oh, c'est le 514 555 0199"), None);
        assert_eq!(asked("Oh, Maxime Dubé"), s("Maxime Dubé"));
    }

    #[test]
    fn labels_restatements_and_acknowledgements() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            name("Mon prénom c'est Louise pis mon nom c'est Fontaine."),
            s("Louise Fontaine")
        );
        assert_eq!(
            name("Je m'appelle Joël pis mon nom de famille c'est Perreault."),
            s("Joël Perreault")
        );
        // Asked for a name, the first name alone before the label.
        let named = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            named("Martin, pis mon nom de famille c'est Gauthier, G-A-U-T-H-I-E-R."),
            s("Martin Gauthier")
        );
        assert_eq!(
            name("Martin, pis mon nom de famille c'est Gauthier."),
            s("Gauthier")
        );
        assert_eq!(
            name("Oui, c'est Éric, Éric Paradis, pis je voudrais un rendez-vous."),
            s("Éric Paradis")
        );
        assert_eq!(
            name("Oui, c'est ça, Johanne Poirier."),
            s("Johanne Poirier")
        );
        // A "nom" label beside a "prénom" one names the family, said first or after.
        assert_eq!(
            name("Mon nom c'est Hébert... Prénom: Lise."),
            s("Lise Hébert")
        );
        assert_eq!(name("Prénom Lise, nom Hébert."), s("Lise Hébert"));
        assert_eq!(name("Mon nom c'est Lise Hébert."), s("Lise Hébert"));
        // A spelling, then the whole name again: the later name.
        let asked =
            |t: &str| extract(t, Some(crate::Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            asked("Nadeau, N-A-D-E-A-U, Sylvie Nadeau."),
            s("Sylvie Nadeau")
        );
        assert_eq!(
            asked("Euh, c'est Daigle. D-A-I-G-L-E. Jocelyne Daigle."),
            s("Jocelyne Daigle")
        );
        assert_eq!(
            asked("Réjeanne, R-É-J-E-A-N-N-E, Lavallée"),
            s("Réjeanne Lavallée")
        );
        assert_eq!(name("Mon nom c'est Karim Ben Ali."), s("Karim Ben Ali"));
        assert_eq!(name("Je suis Annie Lachance."), s("Annie Lachance"));
        assert_eq!(name("je suis julien roy"), s("Julien Roy"));
        assert_eq!(name("C'est ben correct."), None);
        assert_eq!(name("Je suis enceinte de six mois."), None);
        assert_eq!(name("Je suis fatiguée."), None);
        assert_eq!(name("Oui, c'est ça, merci."), None);
        // Written after probe19 c01, e03: the family name said alone (and spelled)
        // before the prénom label; a remark on the letters before the name said again.
        assert_eq!(
            asked(
                "Boucher, B comme Bernard, O, U, C comme Charles, H, E, R. Pis mon prénom c'est Josée."
            ),
            s("Josée Boucher")
        );
        assert_eq!(asked("Lavoie. Mon prénom, c'est Réal."), s("Réal Lavoie"));
        assert_eq!(asked("Mon prénom c'est Réal."), s("Réal"));
        assert_eq!(name("Lavoie. Mon prénom, c'est Réal."), s("Réal"));
        assert_eq!(
            asked("Non, attendez, c'est Jeannine, avec deux N. Jeannine Comeau."),
            s("Jeannine Comeau")
        );
        assert_eq!(
            name("C'est Philippe, avec deux P. Philippe Roy."),
            s("Philippe Roy")
        );
        assert_eq!(name("C'est Philippe, avec deux P."), s("Philippe"));
    }

    /// The naming cues ([`crate::name::cued`]) in French, kept through a correction.
    #[test]
    fn naming_cues_survive_corrections() {
        for text in [
            "Je m'appelle Julie.",
            "Non, mon nom c'est Julie Roy-Martel.",
            "Mon nom c'est Marc, non excusez, Marc-André Gagnon",
            "mettez ça au nom d'Olivier Gagnon",
            "Luc Roy, c'est mon nom",
            "mon prénom c'est Louise, pis mon nom de famille c'est Fontaine",
        ] {
            let m = extract(text, None).unwrap_or_else(|| panic!("{text}: no name"));
            assert!(crate::name::cued(&m), "{text}: {}", m.rule);
        }
        for (text, expect) in [
            ("C'est Julie Roy.", None),
            ("Bonjour, ici Marie Tremblay", None),
            ("Olivier Tremblay à l'appareil", None),
            ("Marc, non excusez, Marc-André Gagnon", None),
            ("Julie Roy", Some(Expect::Name)),
            ("c'est pour Olga Petrova", Some(Expect::Name)),
        ] {
            let m = extract(text, expect).unwrap_or_else(|| panic!("{text}: no name"));
            assert!(!crate::name::cued(&m), "{text}: {}", m.rule);
        }
    }

    #[test]
    fn plutot_after_the_cue_is_the_correction_not_the_name() {
        // Probing calls_fr_round28: a number corrected at the read-back.
        assert_eq!(
            name(
                "Non, le numéro, c'est plutôt quatre un huit, cinq cinq cinq, zéro un, vingt-trois."
            ),
            None
        );
        assert_eq!(
            name("Non, c'est plutôt Marc Giroux.").as_deref(),
            Some("Marc Giroux")
        );
        assert_eq!(name("C'est plutôt le 15, pas le 14."), None);
    }

    #[test]
    fn ordinary_sentences_give_nothing() {
        for t in [
            "c'est beau",
            "c'est correct",
            "c'est parfait",
            "c'est ça",
            "c'est pour demain",
            "je suis disponible mardi",
            "je suis à Gatineau",
            "C'est pour Olga Petrova.",
            "Mon numéro c'est le 819 555-0175.",
            "Je voudrais un rendez-vous pour demain.",
            "Oui.",
            "",
        ] {
            assert_eq!(name(t), None, "{t}");
        }
    }

    #[test]
    fn pour_with_expect_name() {
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            got("c'est pour Olga Petrova"),
            Some("Olga Petrova".to_owned())
        );
        assert_eq!(
            got("ce serait pour Olga Petrova"),
            Some("Olga Petrova".to_owned())
        );
        assert_eq!(got("Noémie"), Some("Noémie".to_owned()));
    }

    /// At the name question a relation before the name does not hide it ("c'est pour
    /// mon fils, Kyle Dunn"); without the question, the name after "pour" is still
    /// someone else's, and a relation alone is no name.
    #[test]
    fn a_relation_of_the_caller() {
        let other = |t: &str| for_someone_else(&words(t));
        assert!(other(
            "Je voudrais un rendez-vous pour mon fils jeudi à 10 h"
        ));
        assert!(other("c'est pour ma blonde"));
        assert!(other("Ma mère a besoin d'un examen"));
        assert!(!other("Je voudrais un rendez-vous jeudi à 10 h"));
        assert!(!other("mon nom c'est Julie Fils-Aimé"));
    }

    #[test]
    fn pour_a_relation_then_the_name() {
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        for (t, want) in [
            ("C'est pour mon fils, Kyle Dunn.", "Kyle Dunn"),
            ("ce serait pour ma femme Ana Ruiz", "Ana Ruiz"),
            ("c'est pour ma mère, Lise Roy", "Lise Roy"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
        assert_eq!(got("c'est pour ma fille"), None);
        assert_eq!(name("C'est pour mon fils, Kyle Dunn."), None);
        // "elle s'appelle" after the relation, and "au nom de" a relation.
        for (t, want) in [
            ("c'est pour ma fille, elle s'appelle Léa Roy", "Léa Roy"),
            ("c'est pour mon gars qui s'appelle félix", "Félix"),
            ("mettez ça au nom de ma femme diane", "Diane"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
        assert_eq!(name("c'est pour ma fille, elle s'appelle Léa Roy"), None);
        // "moi": the caller, then their own name.
        assert_eq!(got("c'est pour moi, luc roy").as_deref(), Some("Luc Roy"));
        assert_eq!(
            got("ce serait pour moi, julie roy").as_deref(),
            Some("Julie Roy")
        );
        assert_eq!(got("c'est pour moi"), None);
        assert_eq!(name("mettez ça au nom de ma femme diane"), None);
        // At the name question, the one the booking is for named on its own.
        for (t, want) in [
            ("Il s'appelle Thomas Gagnon.", "Thomas Gagnon"),
            ("elle s'appelle léa roy", "Léa Roy"),
            ("Son nom c'est Huguette Lévesque.", "Huguette Lévesque"),
        ] {
            assert_eq!(got(t).as_deref(), Some(want), "{t}");
        }
        assert_eq!(name("Il s'appelle Thomas Gagnon."), None);
    }

    /// Quebec fillers are no name words, nor are ordinals; a "de" after a first name
    /// and a surname is where the caller is from, not a particle.
    #[test]
    fn fillers_ordinals_and_places() {
        let s = |x: &str| Some(x.to_owned());
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(got("tsé c'est éric"), s("Éric"));
        assert_eq!(got("coudonc c'est éric tsé"), s("Éric"));
        // "fak", "faque": "fait que" as speech-to-text writes it.
        assert_eq!(
            name("fak c'est marie-ève tremblay"),
            s("Marie-Ève Tremblay")
        );
        assert_eq!(name("faque moi c'est luc"), s("Luc"));
        // Quebec adjectives after "je suis" describe the caller.
        assert_eq!(name("je suis tanné d'attendre"), None);
        assert_eq!(name("je suis dispo jeudi"), None);
        // The cue said again after a correction.
        assert_eq!(
            name("c'est marc non excusez c'est marc-antoine roy"),
            s("Marc-Antoine Roy")
        );
        assert_eq!(name("c'est la troisième fois que j'appelle"), None);
        assert_eq!(name("c'est la première fois"), None);
        assert_eq!(
            name("je suis andré boudreau de moncton"),
            s("André Boudreau")
        );
        assert_eq!(name("ici Louis De Grandpré"), s("Louis de Grandpré"));
    }

    /// Spoken forms: "pis c'est", "c'est moi julie", "moé c'est", "chu"; "c'est rapport
    /// à" is "it is about".
    #[test]
    fn spoken_cues() {
        let s = |x: &str| Some(x.to_owned());
        assert_eq!(
            name("j'aimerais un rendez-vous pour mardi pis c'est julie pelletier"),
            s("Julie Pelletier")
        );
        assert_eq!(name("c'est pour mardi pis c'est correct"), None);
        assert_eq!(name("c'est moi julie"), s("Julie"));
        assert_eq!(name("c'est moi qui a appelé"), None);
        assert_eq!(name("moé c'est julie"), s("Julie"));
        assert_eq!(name("chu julie pelletier"), s("Julie Pelletier"));
        assert_eq!(name("chu pas sûr"), None);
        assert_eq!(name("chu fatiguée"), None);
        // probe18 d18 (written after): "chu appelé pour ..." is "I called to ...".
        assert_eq!(
            name("Allo! Faque, chu appelé pour prendre un rendez-vous, tsé."),
            None
        );
        assert_eq!(name("c'est rapport à mon rendez-vous"), None);
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(got("Mrs. Helen Chu"), s("Helen Chu"));
        assert_eq!(got("moe"), s("Moe"));
        for t in [
            "et c'est vraiment urgent",
            "c'est justement pour ça",
            "c'est seulement pour demain",
        ] {
            assert_eq!(name(t), None, "{t}");
        }
        assert_eq!(name("c'est clément"), s("Clément"));
    }

    /// At the name question, a name said as its own closing sentence after talk with
    /// no naming cue is the name; one word after a sentence ("Merci.") is not, nor is
    /// the same turn read without the question.
    #[test]
    fn a_name_as_the_closing_sentence() {
        let got = |t: &str| extract(t, Some(Expect::Name)).map(|m| m.value.as_str().to_owned());
        assert_eq!(
            got("Ben oui, 15 h ce serait mieux. Marc Roy.").as_deref(),
            Some("Marc Roy")
        );
        assert_eq!(
            got("Jeudi, c'est correct. Julie Tremblay").as_deref(),
            Some("Julie Tremblay")
        );
        assert_eq!(got("15 h ce serait mieux. Merci."), None);
        assert_eq!(got("15 h ce serait mieux. Marc."), None);
        assert_eq!(name("Ben oui, 15 h ce serait mieux. Marc Roy."), None);
    }
}
