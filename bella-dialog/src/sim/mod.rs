//! A persona-driven caller and an in-memory appointment book (SPEC §3), so that
//! `bella simulate`, the tests and the benches drive the engine the same way.
//!
//! A [`Case`] is one line of `calls.jsonl`. The persona answers whatever the agent
//! listens for with the next utterance of that list, repeats the last one when the
//! list is used up, falls back to `other`, and stays silent when that is empty too.
//! Two test-only conventions: an utterance `"keypad:4035550142"` is sent as keypad
//! digits, and an empty utterance is a silence. Optional keys `llm` (scripted model
//! replies) and `store_errors` (the first N store requests fail) exercise the LLM
//! hook and the store-failure path from data files.

use crate::Config;
use crate::driver::SimDriver;
use crate::io::{CallInfo, Input, Output};
use bella_core::{BusinessHours, Expect, PersonName, PhoneNumber, ReferenceTime};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;
use std::sync::Arc;

/// A call ends after this many agent turns at the latest.
pub const MAX_AGENT_TURNS: usize = 30;

/// Why a case could not be run.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SimError {
    /// The line is not a valid case.
    #[error("invalid case: {0}")]
    Parse(String),
    /// A field has a value that cannot be used.
    #[error("{field}: {message}")]
    Field {
        /// The field.
        field: &'static str,
        /// What is wrong.
        message: String,
    },
}

/// The caller's answers, per thing the agent may listen for. Each list may also be
/// written as one string, or `null` for none.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Persona {
    /// Answers to "how can I help?".
    #[serde(deserialize_with = "lenient::strings")]
    pub intent: Vec<String>,
    /// Answers to "your name?".
    #[serde(deserialize_with = "lenient::strings")]
    pub name: Vec<String>,
    /// Answers to "your number?".
    #[serde(deserialize_with = "lenient::strings")]
    pub phone: Vec<String>,
    /// Answers to "what day and time?".
    #[serde(deserialize_with = "lenient::strings")]
    pub time: Vec<String>,
    /// Answers to yes/no questions.
    #[serde(deserialize_with = "lenient::strings")]
    pub confirm: Vec<String>,
    /// Answers to "what would you like to book?" (SPEC §3.1).
    #[serde(deserialize_with = "lenient::strings")]
    pub service: Vec<String>,
    /// Answers to anything else.
    #[serde(deserialize_with = "lenient::strings")]
    pub other: Vec<String>,
}

/// An appointment already in the book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Existing {
    /// Local wall time `YYYY-MM-DDTHH:MM` (seconds or a space for `T` are read too), or
    /// an RFC 3339 instant.
    pub start: String,
    /// Length in minutes.
    #[serde(default = "thirty")]
    pub minutes: u32,
    /// Where it ends, written as `start` is; when given it sets the length instead of
    /// `minutes`.
    #[serde(default)]
    pub end: Option<String>,
    /// The name it is booked under.
    #[serde(default)]
    pub name: Option<String>,
    /// The number it is booked under (E.164; a North American number without `+1` is
    /// read too).
    #[serde(default)]
    pub phone: Option<String>,
    /// The resource it holds, as the business names it (SPEC §3.1).
    #[serde(default)]
    pub resource: Option<String>,
    /// The service booked, as the business names it.
    #[serde(default)]
    pub service: Option<String>,
}

impl Existing {
    /// Where it starts and how many minutes it lasts (1 minute to a day), read in `tz`;
    /// a bad value is an error in `key`.
    fn span(&self, tz: chrono_tz::Tz, key: &'static str) -> Result<(DateTime<Utc>, u32), SimError> {
        let start = case_start(&self.start, tz, key)?;
        let minutes = match &self.end {
            Some(end) => {
                let end = case_start(end, tz, key)?;
                u32::try_from((end - start).num_minutes())
                    .map_err(|_| field(key, format!("{end} is before {start}")))?
            }
            None => self.minutes,
        };
        Ok((start, minutes.clamp(1, 24 * 60)))
    }
}

/// The resource `e` holds, as the business names it (`None`: not said); an unknown
/// one is an error in `key`.
fn resource_named(
    cfg: &Config,
    e: &Existing,
    key: &'static str,
) -> Result<Option<String>, SimError> {
    match e.resource.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(n) => cfg
            .resources
            .iter()
            .find(|x| x.name.eq_ignore_ascii_case(n))
            .map(|x| Some(x.name.clone()))
            .ok_or_else(|| field(key, format!("unknown resource {n:?}"))),
    }
}

fn thirty() -> u32 {
    30
}

/// Scripted LLM answers, for cases that test the fallback hook.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LlmScript {
    /// Replies in order (the last repeats); `"error"` is a failed call.
    #[serde(default)]
    pub replies: Vec<String>,
    /// How long each reply takes, in seconds.
    #[serde(default)]
    pub delay_secs: u32,
}

/// One simulated call (a line of `calls.jsonl`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// Case id, echoed back.
    pub id: String,
    /// RFC 3339 instant the call starts (a wall time without an offset is read in
    /// `tz`).
    pub now: String,
    /// The business's IANA zone.
    pub tz: String,
    /// The number the caller calls from (E.164; a North American number without `+1`
    /// is read too).
    #[serde(default)]
    pub caller_id: Option<String>,
    /// Appointments already booked (`null`: none).
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub existing: Vec<Existing>,
    /// Dates the business is closed (`YYYY-MM-DD`; one string or `null` too).
    #[serde(default, deserialize_with = "lenient::strings")]
    pub closed: Vec<String>,
    /// The caller.
    #[serde(default, deserialize_with = "lenient::or_default")]
    pub persona: Persona,
    /// Scripted LLM replies; turns the fallback on.
    #[serde(default)]
    pub llm: Option<LlmScript>,
    /// The first N store requests fail.
    #[serde(default)]
    pub store_errors: u32,
    /// The business's transfer number (E.164); none by default, as the seed business.
    #[serde(default)]
    pub transfer_number: Option<String>,
    /// `"reminder"` for an outbound reminder call (SPEC §3.2); absent or `"inbound"`
    /// for a call to the business.
    #[serde(default)]
    pub direction: Option<String>,
    /// Reminder calls: `human` or `machine` (Twilio's values are read too).
    #[serde(default)]
    pub answered_by: Option<String>,
    /// Reminder calls: the appointment the call is about.
    #[serde(default)]
    pub appointment: Option<Existing>,
    /// The business's languages for this call (`["fr-CA", "en-CA"]`, SPEC §5.7); the
    /// first is the greeting's. Absent: the business's own.
    #[serde(default)]
    pub languages: Option<Vec<String>>,
    /// The language the call opens in (`fr`, `en`; SPEC §5.1 `lang`), moved first in
    /// the languages. Absent: the first listed.
    #[serde(default)]
    pub lang: Option<String>,
}

/// The appointment in a result line.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultAppointment {
    /// Name in clear (this is the simulator's output contract).
    pub name: String,
    /// E.164 number.
    pub phone: String,
    /// Local wall time `YYYY-MM-DDTHH:MM`.
    pub start: String,
    /// The service booked, as the business names it.
    pub service: String,
    /// The resource it holds (`None`: the business's only one).
    pub resource: Option<String>,
    /// Length in minutes.
    pub minutes: u32,
}

/// One agent turn and the caller's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimTurn {
    /// What the agent said.
    pub agent: String,
    /// What it listened for (`None` on the last turn).
    pub expect: Option<String>,
    /// What the caller answered (`None`: silence or the end).
    pub caller: Option<String>,
}

/// The output line for one call (SPEC §3).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[must_use]
pub struct SimResult {
    /// Case id.
    pub id: String,
    /// `booked`, `cancelled`, `rescheduled`, `transferred`, `no_booking`, and for
    /// reminder calls `confirmed` and `voicemail`.
    pub outcome: String,
    /// The appointment made, changed or cancelled.
    pub appointment: Option<ResultAppointment>,
    /// The conversation.
    pub turns: Vec<SimTurn>,
}

mod book;
mod lenient;
mod reminder;

pub use book::MemoryBook;

/// Parses one JSON line into a case.
pub fn parse_case(line: &str) -> Result<Case, SimError> {
    serde_json::from_str(line).map_err(|e| SimError::Parse(e.to_string()))
}

/// A start as a case line writes it: local wall time `YYYY-MM-DDTHH:MM` in `tz` (SPEC
/// §3; seconds or a space allowed), or an RFC 3339 instant.
fn case_start(s: &str, tz: chrono_tz::Tz, what: &'static str) -> Result<DateTime<Utc>, SimError> {
    bella_core::parse_instant_in(s, tz).ok_or_else(|| {
        field(
            what,
            format!("{s:?} is not YYYY-MM-DDTHH:MM (local) or an RFC 3339 instant"),
        )
    })
}

/// A number as a case line writes it: E.164, or a North American number without `+1`.
fn case_phone(s: &str, what: &'static str) -> Result<PhoneNumber, SimError> {
    PhoneNumber::from_written(s).map_err(|e| field(what, format!("{s:?}: {e}")))
}

fn field(field: &'static str, message: impl Into<String>) -> SimError {
    SimError::Field {
        field,
        message: message.into(),
    }
}

/// The engine configuration for a case: the seed business in the case's zone,
/// closed on the case's `closed` dates.
pub fn config_for(case: &Case) -> Result<(Config, ReferenceTime), SimError> {
    config_for_business(case, None)
}

/// The engine configuration for a case against a business file (`bella simulate
/// --business`): that business, in its own zone (the case's `now` is read in it),
/// also closed on the case's `closed` dates. `None`: the seed business (SPEC §3).
pub fn config_for_business(
    case: &Case,
    business: Option<&Config>,
) -> Result<(Config, ReferenceTime), SimError> {
    let tz = business.map_or(case.tz.as_str(), |b| b.hours.tz.name());
    let r = ReferenceTime::parse(&case.now, tz).map_err(|e| field("now/tz", e.to_string()))?;
    let mut cfg = match business {
        Some(b) => b.clone(),
        None => Config::for_hours(BusinessHours::weekdays_nine_to_five(r.tz)),
    };
    for d in &case.closed {
        let date = NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d")
            .map_err(|_| field("closed", format!("{d:?} is not YYYY-MM-DD")))?;
        cfg.hours.closed.insert(date);
    }
    cfg.llm_fallback = case.llm.is_some();
    if case.transfer_number.is_some() {
        cfg.transfer_number.clone_from(&case.transfer_number);
    }
    if let Some(codes) = &case.languages {
        cfg.languages =
            crate::config::parse_languages(codes).map_err(|e| field("languages", e.to_string()))?;
    }
    if let Some(code) = &case.lang {
        let lang = code
            .parse::<bella_extract::Lang>()
            .map_err(|e| field("lang", e.to_string()))?;
        cfg.open_in(lang);
    }
    Ok((cfg, r))
}

/// A persona on a call: remembers how many answers of each list it has used.
///
/// Shared by `bella simulate` (in process) and `bella dial` (over HTTP), so both
/// answer exactly as SPEC §3 says.
#[derive(Clone, Debug, Default)]
pub struct PersonaCaller {
    persona: Persona,
    used: [usize; 7],
}

impl PersonaCaller {
    /// Starts a call for `persona`.
    #[must_use]
    pub fn new(persona: Persona) -> Self {
        Self {
            persona,
            used: [0; 7],
        }
    }

    /// The next answer for `expect`: the next unused utterance of that list, its last
    /// one when used up, else from `other`, else `None` (silence).
    pub fn answer(&mut self, expect: Expect) -> Option<String> {
        let p = &self.persona;
        let (slot, list) = match expect {
            Expect::Intent => (0, &p.intent),
            Expect::Name => (1, &p.name),
            Expect::Phone => (2, &p.phone),
            Expect::Time => (3, &p.time),
            Expect::Confirm => (4, &p.confirm),
            Expect::Other => (5, &p.other),
            Expect::Service => (6, &p.service),
        };
        let (slot, list) = if list.is_empty() {
            (5, &p.other)
        } else {
            (slot, list)
        };
        let n = &mut self.used[slot];
        let said = list.get(*n).or_else(|| list.last()).cloned();
        *n += 1;
        said
    }
}

/// Runs one case through the engine against an in-memory book.
pub fn run_case(case: &Case) -> Result<SimResult, SimError> {
    drive(case, None, |_, _| {})
}

/// Runs one case against a business file (`bella simulate --business`).
pub fn run_case_with(case: &Case, business: Option<&Config>) -> Result<SimResult, SimError> {
    drive(case, business, |_, _| {})
}

/// The driver just before each caller input of a case, with that input: what a
/// benchmark or a fuzzer replays one turn at a time.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The engine and its book, waiting for the caller.
    pub driver: SimDriver,
    /// What the caller does next.
    pub input: Input,
}

/// Runs a case and keeps a [`Snapshot`] before every caller input.
pub fn snapshots(case: &Case) -> Result<Vec<Snapshot>, SimError> {
    snapshots_with(case, None)
}

/// Like [`snapshots`], against a business file.
pub fn snapshots_with(case: &Case, business: Option<&Config>) -> Result<Vec<Snapshot>, SimError> {
    let mut out = Vec::new();
    let _result = drive(case, business, |driver, input| {
        out.push(Snapshot {
            driver: driver.clone(),
            input: input.clone(),
        });
    })?;
    Ok(out)
}

/// The driver for a case: the engine and the book set up as the case says, with the
/// clock at the case's `now`.
pub fn driver_for(case: &Case) -> Result<SimDriver, SimError> {
    driver_for_business(case, None)
}

/// Like [`driver_for`], against a business file.
pub fn driver_for_business(case: &Case, business: Option<&Config>) -> Result<SimDriver, SimError> {
    let (cfg, r) = config_for_business(case, business)?;
    let caller_id = match &case.caller_id {
        Some(s) if !s.trim().is_empty() => Some(case_phone(s, "caller_id")?),
        _ => None,
    };
    let mut book = MemoryBook::new(r.tz);
    for e in &case.existing {
        let (start, minutes) = e.span(r.tz, "existing")?;
        let name = e.name.as_deref().and_then(|n| PersonName::new(n).ok());
        let phone = e
            .phone
            .as_deref()
            .and_then(|p| PhoneNumber::from_written(p).ok());
        let resource = resource_named(&cfg, e, "existing")?;
        let at = book.seed_on(start, minutes, name, phone, resource);
        book.set_service(at, e.service.clone());
    }
    book.fail_next = case.store_errors;
    let call = CallInfo {
        call_id: case.id.clone(),
        caller_id,
    };
    let dialog = reminder::dialog_for(case, &Arc::new(cfg), call, r.now, &mut book)?;
    let driver = SimDriver::new(dialog, book, r.now);
    Ok(match &case.llm {
        Some(script) => driver.with_llm(script.clone()),
        // The fallback is off; a stray request is answered with a failure.
        None => driver.with_llm(LlmScript::default()),
    })
}

fn drive(
    case: &Case,
    business: Option<&Config>,
    mut before_caller: impl FnMut(&SimDriver, &Input),
) -> Result<SimResult, SimError> {
    let mut sim = driver_for_business(case, business)?;
    let mut caller = PersonaCaller::new(case.persona.clone());
    let mut inputs = VecDeque::from([Input::CallStarted { now: sim.now }]);
    let mut turns: Vec<SimTurn> = Vec::new();
    let mut agent = String::new();
    while let Some(input) = inputs.pop_front() {
        if matches!(
            input,
            Input::CallerTurn { .. } | Input::Digits { .. } | Input::Silence { .. }
        ) {
            before_caller(&sim, &input);
        }
        let reply = sim.feed(input);
        for out in reply.outputs {
            match out {
                Output::Say { text } => {
                    if !agent.is_empty() {
                        agent.push(' ');
                    }
                    agent.push_str(text.expose());
                }
                Output::Listen { expect, .. } => {
                    let said = caller.answer(expect);
                    turns.push(SimTurn {
                        agent: std::mem::take(&mut agent),
                        expect: Some(expect.as_str().to_owned()),
                        caller: said.clone().filter(|s| !s.is_empty()),
                    });
                    sim.advance(Duration::seconds(5));
                    let now = sim.now;
                    inputs.push_back(match said {
                        Some(s) if s.starts_with("keypad:") => Input::Digits {
                            now,
                            digits: s["keypad:".len()..].into(),
                        },
                        Some(s) if !s.is_empty() => Input::CallerTurn {
                            now,
                            text: s.into(),
                            confidence: 0.9,
                        },
                        _ => Input::Silence { now },
                    });
                }
                _ => {}
            }
        }
        if sim.dialog.is_ended() || turns.len() >= MAX_AGENT_TURNS {
            break;
        }
    }
    if !agent.is_empty() && turns.len() < MAX_AGENT_TURNS {
        turns.push(SimTurn {
            agent,
            expect: None,
            caller: None,
        });
    }
    let dialog = &sim.dialog;
    let outcome = dialog
        .outcome()
        .map_or("no_booking", |o| o.as_str())
        .to_owned();
    let appointment = dialog.appointment().map(|a| ResultAppointment {
        name: a.name.as_str().to_owned(),
        phone: a.phone.e164().to_owned(),
        start: a.local_start().format("%Y-%m-%dT%H:%M").to_string(),
        service: a
            .service
            .clone()
            .unwrap_or_else(|| crate::DEFAULT_SERVICE.to_owned()),
        resource: a.resource.clone(),
        minutes: a.minutes,
    });
    Ok(SimResult {
        id: case.id.clone(),
        outcome,
        appointment,
        turns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(json: &str) -> Case {
        parse_case(json).unwrap()
    }

    /// Other writers of SPEC §3 lines may write numbers without `+1` and starts with
    /// seconds or as instants: each reads as the canonical line does.
    #[test]
    fn lenient_lines_read_as_the_canonical_one() {
        let base = r#""now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","persona":{"intent":["I'd like to book Thursday at 10"],"name":["Rocky Jonathan"],"phone":["the one I'm calling from"],"confirm":["yes"],"time":["10:30"]}"#;
        let canonical = run_case(&case(&format!(
            r#"{{"id":"c",{base},"caller_id":"+14035550142","existing":[{{"start":"2026-11-19T10:00"}}]}}"#
        )))
        .unwrap();
        assert_eq!(canonical.outcome, "booked");
        let start = |r: &SimResult| r.appointment.as_ref().map(|a| a.start.clone());
        assert_eq!(start(&canonical).as_deref(), Some("2026-11-19T10:30"));
        for (caller_id, existing) in [
            ("4035550142", "2026-11-19T10:00:00"),
            ("1-403-555-0142", "2026-11-19 10:00"),
            ("(403) 555-0142", "2026-11-19T17:00:00Z"),
        ] {
            let r = run_case(&case(&format!(
                r#"{{"id":"c",{base},"caller_id":"{caller_id}","existing":[{{"start":"{existing}"}}]}}"#
            )))
            .unwrap();
            assert_eq!(
                (
                    r.outcome.as_str(),
                    start(&r),
                    r.appointment.map(|a| a.phone)
                ),
                ("booked", start(&canonical), Some("+14035550142".to_owned())),
                "{caller_id} / {existing}"
            );
        }
        for (caller_id, existing, bad) in [
            ("403555014", "2026-11-19T10:00", "caller_id"),
            ("+14035550142", "Thursday at 10", "existing"),
        ] {
            let err = run_case(&case(&format!(
                r#"{{"id":"c",{base},"caller_id":"{caller_id}","existing":[{{"start":"{existing}"}}]}}"#
            )))
            .unwrap_err();
            assert!(err.to_string().contains(bad), "{err}");
        }
    }

    /// A persona list written as one string or `null`, `null` lists, and an `end`
    /// instead of `minutes`.
    #[test]
    fn lists_may_be_one_string_or_null_and_existing_may_end() {
        let lists = case(
            r#"{"id":"c","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","caller_id":null,"existing":null,"closed":"2026-11-19","persona":{"intent":"I'd like to book Friday at 10","name":"Rocky Jonathan","phone":"403 555 0142","confirm":"yes","other":null}}"#,
        );
        assert_eq!(lists.persona.intent, ["I'd like to book Friday at 10"]);
        assert!(lists.persona.other.is_empty() && lists.existing.is_empty());
        assert_eq!(lists.closed, ["2026-11-19"]);
        let r = run_case(&lists).unwrap();
        assert_eq!(r.outcome, "booked", "{r:#?}");

        // An hour-long appointment from 10: 10:30 is taken too, and of the nearest free
        // starts either side (9:30, 11:00) a plain "yes" takes the first offered.
        // Without the `end` it would last 30 minutes and 10:30 would be booked.
        let ends = r#"{"id":"c","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","caller_id":"+14035550142","existing":[{"start":"2026-11-19T10:00","end":"2026-11-19T11:00"}],"persona":{"intent":["I'd like to book Thursday at 10:30"],"name":["Rocky Jonathan"],"phone":["the one I'm calling from"],"time":["yes"],"confirm":["yes"]}}"#;
        let r = run_case(&case(ends)).unwrap();
        let start = r.appointment.as_ref().map(|a| a.start.as_str());
        assert_eq!(
            (r.outcome.as_str(), start),
            ("booked", Some("2026-11-19T09:30"))
        );
        let r = run_case(&case(&ends.replace(r#","end":"2026-11-19T11:00""#, ""))).unwrap();
        let start = r.appointment.as_ref().map(|a| a.start.as_str());
        assert_eq!(start, Some("2026-11-19T10:30"));
        let backwards = ends.replace(
            "\"end\":\"2026-11-19T11:00\"",
            "\"end\":\"2026-11-19T09:00\"",
        );
        assert!(run_case(&case(&backwards)).is_err());
    }
}
