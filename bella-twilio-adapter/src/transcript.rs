//! Call transcripts: every turn of every call stored by the call driver (what the
//! agent said, what the caller said, what was read from it, how long the turn took),
//! with personal data masked unless the business turns that off, and a retention
//! purge (`bella serve` runs [`purge`] hourly).
//!
//! Masking replaces the caller's name (each part, any case) with `[name]`, their
//! number (digits, E.164, and the spoken form the agent reads back) with `[phone]`,
//! the spans the extractor found in the caller's words likewise, and any digit left
//! with `#`. The extracted values are stored masked the same way.

use bella_core::{Expect, PersonName, PhoneNumber, ReferenceTime};
use bella_extract::contract::{WhenText, WindowText};
use bella_extract::{Lang, Turn};
use bella_store::AppointmentStore;
use bella_store::manage::TurnRecord;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::json;

/// How transcripts are kept (`[transcripts]` in the business file; `bella serve`
/// flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TranscriptOptions {
    /// Store turns at all.
    pub enabled: bool,
    /// Mask names and numbers (default); `false` keeps them plain.
    pub mask_pii: bool,
    /// Days turns are kept before the purge removes them (default 30).
    pub retention_days: u32,
}

impl Default for TranscriptOptions {
    fn default() -> Self {
        Self {
            enabled: true,
            mask_pii: true,
            retention_days: 30,
        }
    }
}

/// What one turn was, for [`record`].
pub(crate) struct TurnFacts<'a> {
    pub call_id: &'a str,
    pub seq: u32,
    pub at: DateTime<Utc>,
    pub expect: Option<Expect>,
    pub agent: &'a str,
    pub caller: Option<&'a str>,
    pub input_kind: &'static str,
    pub name: Option<&'a PersonName>,
    pub phone: Option<&'a PhoneNumber>,
    pub latency_ms: u32,
    pub failed: bool,
    pub llm_calls: u32,
}

/// Stores one turn (a store without management data, or one that fails, is logged
/// and skipped: a transcript never fails a call).
pub(crate) async fn record(
    store: &dyn AppointmentStore,
    options: TranscriptOptions,
    tz: chrono_tz::Tz,
    region: &str,
    facts: TurnFacts<'_>,
) {
    if !options.enabled {
        return;
    }
    let Some(m) = store.manage() else {
        return;
    };
    let turn = build(options, tz, region, &facts);
    if let Err(e) = m.append_turn(&turn).await {
        tracing::warn!(call = facts.call_id, error = %e, "could not store the turn");
    }
}

fn build(
    options: TranscriptOptions,
    tz: chrono_tz::Tz,
    region: &str,
    f: &TurnFacts<'_>,
) -> TurnRecord {
    let mask = Masker::new(options.mask_pii, f.name, f.phone);
    let (caller_text, extracted) = match f.caller {
        Some(text) => {
            let now =
                f.at.with_timezone(&tz)
                    .to_rfc3339_opts(SecondsFormat::Secs, false);
            let found = ReferenceTime::parse(&now, tz.name()).ok().map(|reference| {
                bella_extract::extract(&Turn {
                    text,
                    reference,
                    region,
                    expect: f.expect,
                    lang: Lang::default(),
                })
            });
            let mut spans = Vec::new();
            let mut extracted = json!({ "input": f.input_kind });
            if let Some(found) = found {
                if let Some(p) = &found.phone {
                    spans.push((p.span.start, p.span.end, "[phone]"));
                    extracted["phone"] = json!(mask.phone(p.value.e164()));
                }
                if let Some(n) = &found.name {
                    spans.push((n.span.start, n.span.end, "[name]"));
                    extracted["name"] = json!(mask.name(n.value.as_str()));
                }
                if let Some(t) = &found.time {
                    extracted["when"] =
                        json!(WhenText::new(&t.value).map(|w| w.as_str().to_owned()));
                    extracted["window"] = json!(WindowText::new(&t.value));
                }
            }
            let said = if options.mask_pii {
                mask.text(&replace_spans(text, &mut spans))
            } else {
                text.to_owned()
            };
            (Some(said), Some(extracted.to_string()))
        }
        None => (None, Some(json!({ "input": f.input_kind }).to_string())),
    };
    TurnRecord {
        call_id: f.call_id.to_owned(),
        seq: f.seq,
        at: f.at,
        expect: f.expect.map(|e| e.as_str().to_owned()),
        agent_text: mask.text(f.agent),
        caller_text,
        extracted,
        latency_ms: f.latency_ms,
        failed: f.failed,
        llm_calls: f.llm_calls,
    }
}

/// `text` with each `(start, end, with)` byte span replaced (overlaps: the first wins).
fn replace_spans(text: &str, spans: &mut [(usize, usize, &str)]) -> String {
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end, with) in spans.iter() {
        if start < at
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(with);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Masks what is known of the caller in any text.
struct Masker {
    on: bool,
    /// Words to hide as `[name]`, longest first.
    names: Vec<String>,
    /// Forms of the number to hide as `[phone]`.
    phones: Vec<String>,
}

impl Masker {
    fn new(on: bool, name: Option<&PersonName>, phone: Option<&PhoneNumber>) -> Self {
        let mut names: Vec<String> = name
            .map(|n| {
                std::iter::once(n.as_str().to_owned())
                    .chain(n.as_str().split_whitespace().map(str::to_owned))
                    .filter(|w| w.chars().count() > 1)
                    .collect()
            })
            .unwrap_or_default();
        names.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let phones = phone
            .map(|p| vec![bella_dialog::speak_phone(p), p.e164().to_owned()])
            .unwrap_or_default();
        Self { on, names, phones }
    }

    fn text(&self, text: &str) -> String {
        if !self.on {
            return text.to_owned();
        }
        let mut out = text.to_owned();
        for p in &self.phones {
            out = replace_ci(&out, p, "[phone]");
        }
        for n in &self.names {
            out = replace_ci(&out, n, "[name]");
        }
        out.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    }

    fn name(&self, name: &str) -> String {
        if self.on {
            "[name]".to_owned()
        } else {
            name.to_owned()
        }
    }

    fn phone(&self, e164: &str) -> String {
        if !self.on {
            return e164.to_owned();
        }
        PhoneNumber::from_e164(e164).map_or_else(|_| "[phone]".to_owned(), |p| p.masked())
    }
}

/// `text` with every case-insensitive occurrence of `word` (at word boundaries)
/// replaced.
fn replace_ci(text: &str, word: &str, with: &str) -> String {
    if word.is_empty() {
        return text.to_owned();
    }
    let lower = text.to_lowercase();
    let needle = word.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII: then match exactly only.
    if lower.len() != text.len() {
        return text.replace(word, with);
    }
    let boundary = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find(&needle) {
        let start = at + found;
        let end = start + needle.len();
        let after_ok = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        out.push_str(&text[at..start]);
        if boundary(start) && after_ok {
            out.push_str(with);
        } else {
            out.push_str(&text[start..end]);
        }
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Deletes turns older than the retention period; returns how many.
pub async fn purge(
    store: &dyn AppointmentStore,
    options: TranscriptOptions,
    now: DateTime<Utc>,
) -> Result<u64, bella_store::StoreError> {
    let Some(m) = store.manage() else {
        return Ok(0);
    };
    let before = now - Duration::days(i64::from(options.retention_days.max(1)));
    m.purge_turns(before).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(
        agent: &'a str,
        caller: Option<&'a str>,
        name: Option<&'a PersonName>,
        phone: Option<&'a PhoneNumber>,
    ) -> TurnFacts<'a> {
        TurnFacts {
            call_id: "CA1",
            seq: 2,
            at: "2026-11-17T17:15:00Z".parse().unwrap(),
            expect: Some(Expect::Phone),
            agent,
            caller,
            input_kind: "speech",
            name,
            phone,
            latency_ms: 12,
            failed: false,
            llm_calls: 0,
        }
    }

    #[test]
    fn names_and_numbers_are_masked_unless_turned_off() {
        let name = PersonName::new("Rocky Jonathan").unwrap();
        let phone = PhoneNumber::from_e164("+14035550142").unwrap();
        let agent = format!(
            "So that's Rocky Jonathan, phone {}, on Wednesday. Thanks, rocky.",
            bella_dialog::speak_phone(&phone)
        );
        let f = facts(
            &agent,
            Some("it's 403 555 0142 for rocky"),
            Some(&name),
            Some(&phone),
        );
        let tz = chrono_tz::America::Edmonton;
        let t = build(TranscriptOptions::default(), tz, "CA", &f);
        assert_eq!(
            t.agent_text,
            "So that's [name], phone [phone], on Wednesday. Thanks, [name]."
        );
        let said = t.caller_text.unwrap();
        assert!(
            !said.contains("403") && !said.contains("0142") && !said.contains("rocky"),
            "{said}"
        );
        assert!(said.contains("[phone]"), "{said}");
        let ex: serde_json::Value = serde_json::from_str(&t.extracted.unwrap()).unwrap();
        assert_eq!(ex["phone"], phone.masked());
        assert_eq!(ex["input"], "speech");
        let plain = TranscriptOptions {
            mask_pii: false,
            ..TranscriptOptions::default()
        };
        let t = build(plain, tz, "CA", &f);
        assert_eq!(t.agent_text, agent);
        assert_eq!(
            t.caller_text.as_deref(),
            Some("it's 403 555 0142 for rocky")
        );
        let ex: serde_json::Value = serde_json::from_str(&t.extracted.unwrap()).unwrap();
        assert_eq!(ex["phone"], "+14035550142");
    }

    #[test]
    fn words_inside_other_words_are_kept() {
        assert_eq!(
            replace_ci("Ann, Annabel and ann", "ann", "[name]"),
            "[name], Annabel and [name]"
        );
        assert_eq!(
            replace_spans("abcdef", &mut [(4, 6, "Y"), (0, 2, "X"), (1, 3, "Z")]),
            "XcdY"
        );
    }
}
