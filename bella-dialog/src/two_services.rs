//! Two services asked for in one appointment ("a trim and my roots done", "a haircut
//! and a beard trim"): the business's service that is both, when it sells one ("Cut
//! and colour", "Haircut and beard trim"); otherwise the agent books one at a time and
//! asks which (`services.rs`, `service_first`).
//!
//! Pure: reads the turn's words against the business's service names and phrases.

use crate::services::{denied_at, loose_at, phrase_forms, stem_run_end, stem_runs};

/// Words that join two services asked for together: "a trim *and* my roots done",
/// "a cut *plus* a colour".
const JOINS: &[&str] = &["and", "plus", "&", "also"];

/// The most words between the two services, the join among them ("a trim and my
/// roots", "my beard done and a haircut").
const MAX_GAP: usize = 4;

/// Two services said in a turn, joined by "and": `(first said, second said)`. The
/// longest phrase said wins where phrases overlap ("haircut and beard", a phrase of
/// the combined service, is one service, not "haircut" and "beard"); a service the
/// turn denies ("not a haircut, a colour") does not count. `None` unless exactly two
/// services are said.
pub(crate) fn named_pair(cfg: &crate::Config, ws: &[String]) -> Option<(usize, usize)> {
    said_pair(cfg, ws, JOINS, false)
}

/// Words that join two services compared ("between a colour *and* highlights", "a
/// screening *or* the full test", "different *from* a fitting", "the combo *versus* a
/// haircut").
const COMPARED: &[&str] = &["and", "or", "from", "to", "versus", "vs", "than"];

/// Two services compared in a turn ("the difference between a colour and
/// highlights"), as [`named_pair`] reads two asked for together.
/// Compared, a service may also be named by a word of its name no other service's
/// name holds, right after "the": "a piano lesson and *the extended* one", "the 60 and
/// the 90 minute massage".
pub(crate) fn compared(cfg: &crate::Config, ws: &[String]) -> Option<(usize, usize)> {
    said_pair(cfg, ws, COMPARED, true)
}

/// Where a word only service `i`'s name holds is said right after "the":
/// (start, end, service) spans for [`compared`].
fn by_own_word(cfg: &crate::Config, ws: &[String]) -> Vec<(usize, usize, usize)> {
    let names: Vec<Vec<String>> = cfg
        .services
        .iter()
        .map(|s| crate::intent::words(&s.name))
        .collect();
    let mut spans = Vec::new();
    for (k, w) in ws.iter().enumerate().skip(1) {
        if ws[k - 1] != "the" || !(w.len() >= 4 || w.chars().all(|c| c.is_ascii_digit())) {
            continue;
        }
        let holders: Vec<usize> = (0..names.len()).filter(|&i| names[i].contains(w)).collect();
        if let [i] = holders[..] {
            spans.push((k, k + 1, i));
        }
    }
    spans
}

/// Two services said in a turn with one of `joins` between them (also by a word of
/// their own, [`by_own_word`], when `own_words`).
fn said_pair(
    cfg: &crate::Config,
    ws: &[String],
    joins: &[&str],
    own_words: bool,
) -> Option<(usize, usize)> {
    // Every place a phrase of a service is said: (start, end, service).
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    if own_words {
        spans.extend(by_own_word(cfg, ws));
    }
    for (i, s) in cfg.services.iter().enumerate() {
        for phrase in std::iter::once(&s.name).chain(&s.name_fr).chain(&s.says) {
            for form in phrase_forms(phrase) {
                spans.extend(
                    loose_at(ws, &form)
                        .filter(|&at| !denied_at(ws, at))
                        .map(|at| (at, at + form.len(), i)),
                );
            }
            // "my ears cleaned" for "ear cleaning": the phrase in its stems.
            let words = crate::intent::words(phrase);
            spans.extend(
                stem_runs(ws, &words)
                    .filter_map(|at| stem_run_end(ws, &words, at).map(|end| (at, end, i))),
            );
        }
    }
    // Longest first, then earliest: a span overlapping one kept is dropped.
    spans.sort_by_key(|&(a, b, _)| (std::cmp::Reverse(b - a), a));
    let mut kept: Vec<(usize, usize, usize)> = Vec::new();
    for sp in spans {
        if kept.iter().all(|k| sp.1 <= k.0 || sp.0 >= k.1) {
            kept.push(sp);
        }
    }
    kept.sort_unstable();
    let first = *kept.first()?;
    let second = *kept.iter().find(|k| k.2 != first.2)?;
    if kept.iter().any(|k| k.2 != first.2 && k.2 != second.2) {
        return None;
    }
    let gap = ws.get(first.1..second.0)?;
    (gap.len() <= MAX_GAP && gap.iter().any(|w| joins.contains(&w.as_str())))
        .then_some((first.2, second.2))
}

/// The service that is both `a` and `b`: another service whose name or a phrase holds
/// a phrase of each, apart ("Cut and colour" holds "cut" of the haircut and "colour" of
/// the colour).
pub(crate) fn combined(cfg: &crate::Config, a: usize, b: usize) -> Option<usize> {
    let phrases = |i: usize| -> Vec<Vec<String>> {
        let s = &cfg.services[i];
        std::iter::once(&s.name)
            .chain(&s.name_fr)
            .chain(&s.says)
            .flat_map(|p| phrase_forms(p))
            .collect()
    };
    let (pa, pb) = (phrases(a), phrases(b));
    // Where a phrase of `part` is said inside `words`: (start, end) of each.
    let inside = |words: &[String], part: &[Vec<String>]| -> Vec<(usize, usize)> {
        part.iter()
            .flat_map(|p| loose_at(words, p).map(move |at| (at, at + p.len())))
            .collect()
    };
    (0..cfg.services.len())
        .filter(|&c| c != a && c != b)
        .find(|&c| {
            phrases(c).iter().any(|words| {
                let (sa, sb) = (inside(words, &pa), inside(words, &pb));
                sa.iter()
                    .any(|x| sb.iter().any(|y| x.1 <= y.0 || y.1 <= x.0))
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    fn kingston() -> crate::Config {
        crate::Config::from_toml_str(include_str!("../testdata/businesses/salon_kingston.toml"))
            .expect("the Kingston salon parses")
    }

    fn index(cfg: &crate::Config, name: &str) -> usize {
        cfg.services
            .iter()
            .position(|s| s.name == name)
            .expect(name)
    }

    #[test]
    fn two_services_joined_by_and_are_a_pair() {
        let cfg = kingston();
        let (cut, colour) = (index(&cfg, "Haircut"), index(&cfg, "Colour"));
        let pair = |t: &str| named_pair(&cfg, &words(t));
        assert_eq!(pair("I need a trim and my roots done"), Some((cut, colour)));
        assert_eq!(pair("a colour and a haircut please"), Some((colour, cut)));
        // One service's own phrase, a service denied, or no join: no pair.
        assert_eq!(pair("a cut and colour on Friday"), None);
        assert_eq!(pair("not a haircut, a colour"), None);
        assert_eq!(pair("a haircut, my colour was last month"), None);
    }

    #[test]
    fn the_combined_service_holds_a_phrase_of_each() {
        let cfg = kingston();
        let (cut, colour) = (index(&cfg, "Haircut"), index(&cfg, "Colour"));
        let (cc, hl) = (index(&cfg, "Cut and colour"), index(&cfg, "Highlights"));
        assert_eq!(combined(&cfg, cut, colour), Some(cc));
        assert_eq!(combined(&cfg, colour, cut), Some(cc));
        assert_eq!(combined(&cfg, hl, cut), None);
    }
}
