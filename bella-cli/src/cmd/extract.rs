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
use bella_core::{Expect, ReferenceTime};
use bella_extract::{Lang, Match, Turn, confirm};
use std::borrow::Cow;
use std::cell::RefCell;
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

pub(crate) use bella_extract::contract::{
    ClockText, Defaults, Id, Input, Output, ReferenceCache, WhenText, WindowText, part_of_day_name,
    process, process_cached,
};

thread_local! {
    /// Each worker thread's last `(now, tz)` pair (lines of a stream mostly repeat it).
    static REFERENCE: RefCell<ReferenceCache> = RefCell::new(ReferenceCache::default());
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
        Ok(input) => REFERENCE.with_borrow_mut(|cache| process_cached(input, defaults, cache)),
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
