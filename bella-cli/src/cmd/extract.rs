//! `bella extract`: phone, name and time from caller turns (SPEC §2).
//!
//! - `bella extract --jsonl` streams JSON Lines from stdin to stdout, exactly one
//!   output line per input line, in order. A line that is not JSON, or has no string
//!   `text`, gives `{"id": ..., "error": "...", "phone": null, ...}` (with `id` when
//!   it can be read) and a message on stderr; processing goes on. `region` defaults
//!   to `CA`. `now` and `tz` default to `--now`/`--tz` when given; a line that still
//!   lacks a valid pair gets its phone and name, `when: null`, and an `error` field
//!   saying why time was not read. `lang` (`en`/`fr`, SPEC §5.1) picks the language's
//!   rules, defaulting to `--lang` (itself `en`); an unknown `lang` is an error line.
//!   Lines are answered on every core (`--threads`, default one worker per core) by
//!   `crate::pipeline`, which keeps the input order and bounded memory.
//! - `bella extract "some text" [--now ... --tz ... --expect ...]` prints what was
//!   found, with spans and rule names, for a person. `--now` defaults to the clock,
//!   `--tz` to `America/Toronto`; `--lang fr` reads the turn as Canadian French.
//! - A bounded time ("after 3", "between 2 and 4", "anytime but the morning") gives
//!   `"window":{"after":"HH:MM","before":"HH:MM"}` (either may be `null`) and `when`
//!   the day alone; otherwise `window` is `null` (SPEC §2 "Windows"). The human output
//!   shows it after `when` as `window 15:00..-`, and `earliest` when the caller asked
//!   for the first free time.

use crate::pipeline::LineOut;
use anyhow::Context as _;
use bella_core::{Expect, PartOfDay, ReferenceTime};
use bella_extract::{Extraction, Lang, Match, Turn, confirm};
use chrono::{Datelike, Timelike};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::io::{BufReader, BufWriter, Write};
use std::process::ExitCode;

/// Arguments of `bella extract`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// One caller turn to analyse (omit with --jsonl).
    #[arg(required_unless_present = "jsonl", conflicts_with = "jsonl")]
    pub text: Option<String>,
    /// Read JSON Lines on stdin and write one JSON line per input line (SPEC §2).
    #[arg(long)]
    pub jsonl: bool,
    /// The moment the caller speaks (RFC 3339); default for lines without `now`.
    #[arg(long)]
    pub now: Option<String>,
    /// The business's IANA zone; default for lines without `tz`.
    #[arg(long)]
    pub tz: Option<String>,
    /// Default region for phone numbers.
    #[arg(long, default_value = "CA")]
    pub region: String,
    /// What the agent just asked for: name, phone, time, confirm, intent, other.
    #[arg(long)]
    pub expect: Option<Expect>,
    /// Worker threads for --jsonl (0: one per core; 1: no threads). Output order is
    /// always the input order.
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// The language of the turn (`en` or `fr`); default for lines without `lang`.
    #[arg(long, default_value = "en")]
    pub lang: Lang,
}

/// Runs `bella extract`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if args.jsonl {
        let defaults = Defaults {
            now: args.now.as_deref(),
            tz: args.tz.as_deref(),
            lang: args.lang,
        };
        // One reader, `threads` workers, one ordered writer (see `crate::pipeline`).
        let threads = match args.threads {
            0 => std::thread::available_parallelism().map_or(1, usize::from),
            n => n,
        };
        let reader = BufReader::with_capacity(1 << 16, std::io::stdin());
        let writer = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        let counts = crate::pipeline::ordered(
            reader,
            writer,
            &mut std::io::stderr().lock(),
            threads,
            |line: &[u8], number: u64, sink: LineOut<'_>| {
                answer_line(line, number, &defaults, sink)
            },
        )?;
        return Ok(if counts.failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let text = args.text.unwrap_or_default();
    human(
        &text,
        &args.now,
        &args.tz,
        &args.region,
        args.expect,
        args.lang,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Fallback `now` and `tz` for lines without them.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Defaults<'a> {
    /// Default `now`.
    pub now: Option<&'a str>,
    /// Default `tz`.
    pub tz: Option<&'a str>,
    /// Default `lang`.
    pub lang: Lang,
}

/// One input line of the SPEC §2 contract, borrowing from the line where it can.
#[derive(Debug, Deserialize)]
pub(crate) struct Input<'a> {
    #[serde(borrow, default)]
    pub id: Option<Id<'a>>,
    #[serde(borrow, default)]
    pub text: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub now: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub tz: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub region: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub expect: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    pub lang: Option<Cow<'a, str>>,
}

/// A case id, echoed back unchanged: a string (borrowed when it has no escapes) or
/// a number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Id<'a> {
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
pub(crate) struct Output<'a> {
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
    fn error(id: Option<Id<'a>>, error: String) -> Self {
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
pub(crate) struct WhenText {
    buf: [u8; 16],
    len: usize,
}

impl WhenText {
    fn new(when: &bella_extract::time::When) -> Option<Self> {
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
pub(crate) struct WindowText {
    /// The earliest start allowed.
    pub after: Option<ClockText>,
    /// Starts must be strictly before this.
    pub before: Option<ClockText>,
}

impl WindowText {
    /// The window of a resolved time, if it has one.
    pub fn new(when: &bella_extract::time::When) -> Option<Self> {
        let w = when.window?;
        Some(Self {
            after: w.after.map(ClockText::new),
            before: w.before.map(ClockText::new),
        })
    }
}

/// `HH:MM`, formatted without allocating.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClockText([u8; 5]);

impl ClockText {
    fn new(t: chrono::NaiveTime) -> Self {
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

/// The SPEC's lowercase name of a part of day.
pub(crate) fn part_of_day_name(p: PartOfDay) -> &'static str {
    match p {
        PartOfDay::Morning => "morning",
        PartOfDay::Afternoon => "afternoon",
        PartOfDay::Evening => "evening",
        #[allow(unreachable_patterns)] // PartOfDay may grow.
        _ => "other",
    }
}

/// Extracts everything from one parsed input line.
pub(crate) fn process<'a>(input: Input<'a>, defaults: &Defaults<'_>) -> Output<'a> {
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
        (Some(now), Some(tz)) => match ReferenceTime::parse(now, tz) {
            Ok(reference) => (
                bella_extract::extract(&Turn {
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

fn without_time(text: &str, region: &str, expect: Option<Expect>, lang: Lang) -> Extraction {
    Extraction {
        phone: lang.phone(text, region),
        name: lang.name(text, expect),
        time: None,
    }
}

/// The `id` of a line that failed to parse as an input, when it can be read.
fn salvage_id(line: &[u8]) -> Option<Id<'static>> {
    let value: serde_json::Value = serde_json::from_slice(line).ok()?;
    match value.get("id")? {
        serde_json::Value::String(s) => Some(Id::Str(Cow::Owned(s.clone()))),
        serde_json::Value::Number(n) => Some(Id::Num(n.clone())),
        _ => None,
    }
}

/// Answers one input line (without its newline): one JSON line into `sink.out`, and a
/// message into `sink.errors` when the line is not a valid input. Returns `true` for
/// such a line (a missing or bad `now`/`tz` is not one: phone and name are answered).
pub(crate) fn answer_line(
    body: &[u8],
    number: u64,
    defaults: &Defaults<'_>,
    sink: LineOut<'_>,
) -> bool {
    let out = match serde_json::from_slice::<Input<'_>>(body) {
        Ok(input) => process(input, defaults),
        Err(err) => {
            let id = salvage_id(body);
            // serde's messages quote the offending value, which may be a phone
            // number: report only the kind of error and where it is.
            let msg = match err.classify() {
                serde_json::error::Category::Data => {
                    format!(
                        "invalid input: a field has the wrong type (column {})",
                        err.column()
                    )
                }
                _ => format!("not JSON (column {})", err.column()),
            };
            Output::error(id, msg)
        }
    };
    let failed = out
        .error
        .as_deref()
        .is_some_and(|e| !e.starts_with("time not read"));
    if failed {
        let id = out.id.as_ref().map_or(Cow::Borrowed("?"), Id::text);
        let msg = out.error.as_deref().unwrap_or("");
        writeln!(sink.errors, "bella extract: line {number} (id {id}): {msg}").ok();
    }
    // Writing to a Vec fails only if a value cannot be serialised, which none can.
    if serde_json::to_writer(&mut *sink.out, &out).is_err() {
        sink.out
            .extend_from_slice(br#"{"id":null,"phone":null,"name":null,"when":null,"part_of_day":null,"window":null,"error":"output not serialisable"}"#);
    }
    sink.out.push(b'\n');
    failed
}

/// One finding for the human output: value, span and rule.
type Shown = Option<(String, bella_extract::Span, &'static str)>;

fn shown<T>(m: Option<&Match<T>>, value: impl Fn(&T) -> String) -> Shown {
    m.map(|m| (value(&m.value), m.span, m.rule))
}

/// Prints one turn's findings for a person.
fn human(
    text: &str,
    now: &Option<String>,
    tz: &Option<String>,
    region: &str,
    expect: Option<Expect>,
    lang: Lang,
) -> anyhow::Result<()> {
    let now = now
        .clone()
        .unwrap_or_else(|| chrono::Utc::now().to_rfc3339());
    let tz = tz.as_deref().unwrap_or("America/Toronto");
    let reference = ReferenceTime::parse(&now, tz).context("--now/--tz")?;
    let found = bella_extract::extract(&Turn {
        text,
        reference,
        region,
        expect,
        lang,
    });
    let mut reply = confirm::reply(text);
    if lang != Lang::En {
        reply.answer = lang.confirm(text);
    }
    let rows: [(&str, Shown); 5] = [
        (
            "phone",
            shown(found.phone.as_ref(), |v| v.e164().to_owned()),
        ),
        (
            "name",
            shown(found.name.as_ref(), |v| v.as_str().to_owned()),
        ),
        (
            "when",
            shown(found.time.as_ref(), |v| {
                let mut s =
                    WhenText::new(v).map_or_else(|| "-".to_owned(), |w| w.as_str().to_owned());
                if let Some(p) = v.part_of_day {
                    s.push(' ');
                    s.push_str(part_of_day_name(p));
                }
                if let Some(w) = WindowText::new(v) {
                    let bound = |c: Option<ClockText>| {
                        c.map_or_else(|| "-".to_owned(), |c| c.as_str().to_owned())
                    };
                    s.push_str(&format!(" window {}..{}", bound(w.after), bound(w.before)));
                }
                if v.earliest {
                    s.push_str(" earliest");
                }
                s
            }),
        ),
        (
            "confirm",
            shown(reply.answer.as_ref(), |v| format!("{v:?}").to_lowercase()),
        ),
        (
            "about",
            shown(reply.field.as_ref(), |v| format!("{v:?}").to_lowercase()),
        ),
    ];
    let mut out = std::io::stdout().lock();
    writeln!(out, "text    {text:?}")?;
    let expect = expect.map_or("-", Expect::as_str);
    writeln!(
        out,
        "context now {} in {tz}, region {region}, expect {expect}, lang {lang}",
        reference.now.to_rfc3339()
    )?;
    for (label, row) in rows {
        match row {
            Some((value, span, rule)) => {
                let said = span.slice(text).unwrap_or("");
                let at = format!("{}..{}", span.start, span.end);
                writeln!(out, "{label:<7} {value:<22} {at:<9} {said:?}  rule {rule}")?;
            }
            None => writeln!(out, "{label:<7} -")?,
        }
    }
    // The unresolved parse behind `when`: what was said, and every rule that fired.
    if let Some(parsed) = lang.parse_time(text) {
        let expr = &parsed.value;
        writeln!(out, "parse   rules {:?}", expr.rules)?;
        writeln!(
            out,
            "        day {:?} plus_days {} clock {:?} in_minutes {:?} part_of_day {:?}",
            expr.day, expr.plus_days, expr.clock, expr.in_minutes, expr.part_of_day
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bella_extract::time::{When, Window};
    use chrono::NaiveTime;

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
