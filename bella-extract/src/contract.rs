//! The SPEC §2 extraction contract as data: one input ([`Input`]: `id`, `text`, `now`,
//! `tz`, `region`, `expect`, `lang`) gives one [`Output`] (`id`, `phone`, `name`,
//! `when`, `part_of_day`, `window`, and `error` when something failed), by
//! [`process`]. `bella extract --jsonl` answers each line with it and the management
//! API's `POST /api/extract` each text, so both keep one contract.

use crate::{Extraction, Lang, Turn};
use bella_core::{Expect, PartOfDay, ReferenceTime};
use chrono::{Datelike, Timelike};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Fallback `now` and `tz` for lines without them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Defaults<'a> {
    /// Default `now`.
    pub now: Option<&'a str>,
    /// Default `tz`.
    pub tz: Option<&'a str>,
    /// Default `lang`.
    pub lang: Lang,
}

/// One input line of the SPEC §2 contract, borrowing from the line where it can: a
/// string field without escapes is a slice of the line, not a copy.
#[derive(Debug, Deserialize)]
pub struct Input<'a> {
    #[serde(borrow, default)]
    pub id: Option<Id<'a>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub text: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub now: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub tz: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub region: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub expect: Option<Cow<'a, str>>,
    #[serde(borrow, default, deserialize_with = "opt_str")]
    pub lang: Option<Cow<'a, str>>,
}

/// An optional string field, borrowed from the line when it has no escapes. Serde's
/// derive borrows a bare `Cow<str>` field but copies one inside an `Option` into a
/// `String`: four allocations a line.
fn opt_str<'de: 'a, 'a, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Cow<'a, str>>, D::Error> {
    struct Str;
    impl<'de> serde::de::Visitor<'de> for Str {
        type Value = Cow<'de, str>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
            Ok(Cow::Borrowed(v))
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v.to_owned()))
        }
        fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
            Ok(Cow::Owned(v))
        }
    }
    struct OptStr;
    impl<'de> serde::de::Visitor<'de> for OptStr {
        type Value = Option<Cow<'de, str>>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string or null")
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_str(Str).map(Some)
        }
    }
    d.deserialize_option(OptStr)
}

/// A case id, echoed back unchanged: a string (borrowed when it has no escapes) or
/// a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Id<'a> {
    /// A string id.
    Str(Cow<'a, str>),
    /// A numeric id.
    Num(serde_json::Number),
}

impl Id<'_> {
    /// The id as text, for messages.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Id::Str(s) => Cow::Borrowed(s),
            Id::Num(n) => Cow::Owned(n.to_string()),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Id<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Id<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or number id")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Id<'de>, E> {
                Ok(Id::Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Id<'de>, E> {
                Ok(Id::Str(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Id<'de>, E> {
                Ok(Id::Str(Cow::Owned(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Id<'de>, E> {
                Ok(Id::Num(v.into()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Id<'de>, E> {
                Ok(Id::Num(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Id<'de>, E> {
                serde_json::Number::from_f64(v)
                    .map(Id::Num)
                    .ok_or_else(|| E::custom("bad number"))
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Id<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Id::Str(v) => s.serialize_str(v),
            Id::Num(n) => n.serialize(s),
        }
    }
}

/// One output line: every key of SPEC §2 present, `error` only when something failed.
#[derive(Debug, Serialize)]
pub struct Output<'a> {
    pub id: Option<Id<'a>>,
    pub phone: Option<String>,
    pub name: Option<String>,
    pub when: Option<WhenText>,
    pub part_of_day: Option<&'static str>,
    pub window: Option<WindowText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl<'a> Output<'a> {
    /// An answer with every value `null` and `error` set.
    pub fn error(id: Option<Id<'a>>, error: String) -> Self {
        Self {
            id,
            phone: None,
            name: None,
            when: None,
            part_of_day: None,
            window: None,
            error: Some(error),
        }
    }
}

/// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, formatted without allocating.
#[derive(Clone, Copy, Debug)]
pub struct WhenText {
    buf: [u8; 16],
    len: usize,
}

impl WhenText {
    /// The text of a resolved time, if it has a date.
    pub fn new(when: &crate::time::When) -> Option<Self> {
        let date = when.date?;
        let mut w = Self {
            buf: [0; 16],
            len: 0,
        };
        let year = date.year();
        if !(0..=9999).contains(&year) {
            return None;
        }
        w.num(year.unsigned_abs(), 4);
        w.push(b'-');
        w.num(date.month(), 2);
        w.push(b'-');
        w.num(date.day(), 2);
        if let Some(t) = when.time {
            w.push(b'T');
            w.num(t.hour(), 2);
            w.push(b':');
            w.num(t.minute(), 2);
        }
        Some(w)
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    fn num(&mut self, v: u32, width: u32) {
        for k in (0..width).rev() {
            // Each digit is < 10, so the cast is exact.
            let digit = (v / 10u32.pow(k)) % 10;
            self.push(b'0' + u8::try_from(digit).unwrap_or(0));
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

impl Serialize for WhenText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// A window's bounds as `HH:MM` (SPEC §2 "Windows"): `{"after":..,"before":..}`,
/// either `null` when open.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct WindowText {
    /// The earliest start allowed.
    pub after: Option<ClockText>,
    /// Starts must be strictly before this.
    pub before: Option<ClockText>,
}

impl WindowText {
    /// The window of a resolved time, if it has one.
    pub fn new(when: &crate::time::When) -> Option<Self> {
        let w = when.window?;
        Some(Self {
            after: w.after.map(ClockText::new),
            before: w.before.map(ClockText::new),
        })
    }
}

/// `HH:MM`, formatted without allocating.
#[derive(Clone, Copy, Debug)]
pub struct ClockText([u8; 5]);

impl ClockText {
    /// `HH:MM` of a wall time.
    pub fn new(t: chrono::NaiveTime) -> Self {
        let digit = |v: u32| b'0' + u8::try_from(v % 10).unwrap_or(0);
        let (h, m) = (t.hour(), t.minute());
        Self([digit(h / 10), digit(h), b':', digit(m / 10), digit(m)])
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("")
    }
}

impl Serialize for ClockText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The SPEC's lowercase name of a part of day ([`PartOfDay::as_str`] owns the names).
pub fn part_of_day_name(p: PartOfDay) -> &'static str {
    p.as_str()
}

/// The last few `(now, tz)` pairs a worker read, and their [`ReferenceTime`]s: a
/// stream's lines repeat a handful of pairs, and reading one (RFC 3339 and the zone's
/// name) costs several times more than comparing two short strings. Holds at most
/// [`ReferenceCache::SLOTS`] pairs, replaced in turn; the pair that last matched is
/// tried first. Only a pair that parsed is kept: a bad pair is read again each time,
/// so its message is the same.
#[derive(Clone, Debug, Default)]
pub struct ReferenceCache {
    slots: Vec<(String, String, ReferenceTime)>,
    /// The slot that matched last.
    last: usize,
    /// The slot the next new pair replaces once all are used.
    next: usize,
}

impl ReferenceCache {
    /// Most pairs kept.
    pub const SLOTS: usize = 16;

    /// [`ReferenceTime::parse`] of the pair, from the cache when it holds the pair.
    pub fn parse(&mut self, now: &str, tz: &str) -> Result<ReferenceTime, bella_core::TimeError> {
        let same = |(n, t, _): &(String, String, ReferenceTime)| n == now && t == tz;
        if let Some(slot) = self.slots.get(self.last)
            && same(slot)
        {
            return Ok(slot.2);
        }
        if let Some(k) = self.slots.iter().position(same) {
            self.last = k;
            return Ok(self.slots[k].2);
        }
        let reference = ReferenceTime::parse(now, tz)?;
        if self.slots.len() < Self::SLOTS {
            self.last = self.slots.len();
            self.slots.push((now.to_owned(), tz.to_owned(), reference));
        } else {
            let (n, t, r) = &mut self.slots[self.next];
            n.clear();
            n.push_str(now);
            t.clear();
            t.push_str(tz);
            *r = reference;
            self.last = self.next;
            self.next = (self.next + 1) % Self::SLOTS;
        }
        Ok(reference)
    }
}

/// Extracts everything from one parsed input line.
pub fn process<'a>(input: Input<'a>, defaults: &Defaults<'_>) -> Output<'a> {
    process_with(input, defaults, ReferenceTime::parse)
}

/// [`process`], reading `now`/`tz` through a worker's [`ReferenceCache`].
pub fn process_cached<'a>(
    input: Input<'a>,
    defaults: &Defaults<'_>,
    cache: &mut ReferenceCache,
) -> Output<'a> {
    process_with(input, defaults, |now, tz| cache.parse(now, tz))
}

fn process_with<'a>(
    input: Input<'a>,
    defaults: &Defaults<'_>,
    parse: impl FnOnce(&str, &str) -> Result<ReferenceTime, bella_core::TimeError>,
) -> Output<'a> {
    let Some(text) = input.text.as_deref() else {
        return Output::error(input.id, "missing string field `text`".to_owned());
    };
    let lang = match input.lang.as_deref().map(str::parse::<Lang>) {
        None => defaults.lang,
        Some(Ok(lang)) => lang,
        Some(Err(err)) => return Output::error(input.id, err.to_string()),
    };
    let region = input.region.as_deref().unwrap_or("CA");
    let expect = input
        .expect
        .as_deref()
        .and_then(|e| e.parse::<Expect>().ok());
    let now = input.now.as_deref().or(defaults.now);
    let tz = input.tz.as_deref().or(defaults.tz);
    let (found, error) = match (now, tz) {
        (Some(now), Some(tz)) => match parse(now, tz) {
            Ok(reference) => (
                crate::extract(&Turn {
                    text,
                    reference,
                    region,
                    expect,
                    lang,
                }),
                None,
            ),
            Err(err) => (
                without_time(text, region, expect, lang),
                Some(format!("time not read: {err}")),
            ),
        },
        _ => (
            without_time(text, region, expect, lang),
            Some("time not read: `now` and `tz` are required".to_owned()),
        ),
    };
    let when = found.time.as_ref().and_then(|m| WhenText::new(&m.value));
    let part_of_day = found
        .time
        .as_ref()
        .and_then(|m| m.value.part_of_day)
        .map(part_of_day_name);
    let window = found.time.as_ref().and_then(|m| WindowText::new(&m.value));
    Output {
        id: input.id,
        phone: found.phone.map(|m| m.value.e164().to_owned()),
        name: found.name.map(|m| m.value.as_str().to_owned()),
        when,
        part_of_day,
        window,
        error,
    }
}

/// Phone and name only (no reference time to read a time against).
pub fn without_time(text: &str, region: &str, expect: Option<Expect>, lang: Lang) -> Extraction {
    Extraction {
        phone: lang.phone(text, region),
        name: lang.name(text, expect),
        time: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{When, Window};
    use chrono::NaiveTime;

    #[test]
    fn the_reference_cache_answers_as_parse_does_when_the_pair_changes() {
        let pairs = [
            ("2026-11-17T10:15:00-07:00", "America/Edmonton"),
            ("2026-11-17T10:15:00-07:00", "America/Edmonton"),
            ("2026-11-17T10:15:00-07:00", "America/Toronto"),
            ("2026-11-18T10:15:00-05:00", "America/Toronto"),
            ("2026-11-18T10:15:00-05:00", "Mars/Olympus"),
            ("not a time", "America/Toronto"),
            ("2026-11-18T10:15:00-05:00", "America/Toronto"),
        ];
        let mut cache = ReferenceCache::default();
        // More pairs than slots, so slots are replaced; then the first ones again.
        let zones = [
            "America/Toronto",
            "America/Edmonton",
            "America/Vancouver",
            "America/Halifax",
            "America/Winnipeg",
            "America/Regina",
        ];
        let many: Vec<(String, &str)> = (0..ReferenceCache::SLOTS + 5)
            .map(|k| {
                let now = format!("2026-11-{:02}T10:15:00-05:00", k % 28 + 1);
                (now, zones[k % zones.len()])
            })
            .collect();
        let many = many.iter().map(|(n, t)| (n.as_str(), *t));
        for (now, tz) in pairs
            .into_iter()
            .chain(many.clone())
            .chain(many)
            .chain(pairs)
        {
            assert_eq!(
                cache.parse(now, tz),
                ReferenceTime::parse(now, tz),
                "{now} {tz}"
            );
        }
    }

    #[test]
    fn input_strings_borrow_from_the_line_unless_escaped() {
        let line =
            r#"{"id":"a","text":"Zoë at 3","now":null,"tz":"America/Toronto","lang":"fr\u0020"}"#;
        let input: Input<'_> = serde_json::from_str(line).expect("valid input");
        assert!(matches!(input.text, Some(Cow::Borrowed("Zoë at 3"))));
        assert!(matches!(input.tz, Some(Cow::Borrowed("America/Toronto"))));
        assert!(input.now.is_none() && input.region.is_none() && input.expect.is_none());
        // An escape needs a copy.
        assert!(matches!(input.lang.as_deref(), Some("fr ")));
        assert!(matches!(input.lang, Some(Cow::Owned(_))));
        let err = serde_json::from_str::<Input<'_>>(r#"{"text":5}"#).err();
        assert!(err.is_some_and(|e| e.is_data()));
    }

    #[test]
    fn window_serialises_as_the_spec_says() {
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        let when = When {
            window: Some(Window {
                after: at(9, 5),
                before: None,
            }),
            ..When::default()
        };
        let json = serde_json::to_string(&WindowText::new(&when)).unwrap_or_default();
        assert_eq!(json, r#"{"after":"09:05","before":null}"#);
        let when = When {
            window: Some(Window {
                after: at(14, 0),
                before: at(16, 30),
            }),
            ..When::default()
        };
        let json = serde_json::to_string(&WindowText::new(&when)).unwrap_or_default();
        assert_eq!(json, r#"{"after":"14:00","before":"16:30"}"#);
        assert!(WindowText::new(&When::default()).is_none());
    }
}
