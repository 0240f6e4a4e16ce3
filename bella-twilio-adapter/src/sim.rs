//! The caller side of Twilio: what `bella dial` and the end-to-end tests use to drive a
//! server exactly as Twilio would.
//!
//! - [`parse_twiml`] reads a TwiML document (with `quick-xml`, independently of our
//!   writer) into what the caller [`Heard`];
//! - [`signed_form`] encodes form parameters and signs them like Twilio, and
//!   [`webhook_headers`] names the headers they are posted with;
//! - [`Persona`] answers by what the agent expects (SPEC §3: the next utterance of
//!   that list, the last one repeated when used up, else `other`, else silence);
//! - [`drive_call`] plays one call over any [`Transport`] (HTTP in `bella dial`,
//!   `tower::ServiceExt::oneshot` in tests), following Gather actions and Redirects;
//!   [`RoundRobin`] spreads its requests over several servers.

use crate::signature;
use bella_core::Expect;
use quick_xml::events::Event;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Why a simulated call could not go on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SimError {
    /// The server's answer is not TwiML we can read.
    #[error("unreadable twiml: {0}")]
    Twiml(String),
    /// The server answered with an HTTP error.
    #[error("server answered http {status}: {body}")]
    Status {
        /// HTTP status.
        status: u16,
        /// First bytes of the body.
        body: String,
    },
    /// The request could not be sent.
    #[error("transport: {0}")]
    Transport(String),
}

impl SimError {
    /// A [`SimError::Transport`] from the error of a client that could not send a
    /// request or read its answer.
    pub fn transport(e: impl std::fmt::Display) -> Self {
        Self::Transport(e.to_string())
    }
}

/// A `<Gather>` as the caller sees it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HeardGather {
    /// The action URL (relative or absolute).
    pub action: String,
    /// `input` attribute.
    pub input: String,
    /// `language` attribute.
    pub language: String,
    /// `hints`, split on commas.
    pub hints: Vec<String>,
    /// `speechTimeout` attribute.
    pub speech_timeout: String,
    /// `actionOnEmptyResult` is `true`.
    pub action_on_empty_result: bool,
}

/// A `<Connect><ConversationRelay>` as Twilio reads it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HeardRelay {
    /// The `<Connect action>`.
    pub action: String,
    /// Every attribute of `<ConversationRelay>` (`url`, `welcomeGreeting`, ...).
    pub attributes: std::collections::BTreeMap<String, String>,
    /// Every `<Language>` child, its attributes (`code`, `voice`, ...).
    pub languages: Vec<std::collections::BTreeMap<String, String>>,
}

impl HeardRelay {
    /// An attribute's value, or `""`.
    #[must_use]
    pub fn attr(&self, name: &str) -> &str {
        self.attributes.get(name).map_or("", String::as_str)
    }
}

/// What one TwiML document makes the caller hear and Twilio do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Heard {
    /// Every `<Say>`, in order (inside a gather or not).
    pub says: Vec<String>,
    /// `voice` attributes of the says.
    pub voices: Vec<String>,
    /// The gather, if any.
    pub gather: Option<HeardGather>,
    /// The number of a `<Dial>`, if any.
    pub dial: Option<String>,
    /// A `<Redirect>` URL, if any.
    pub redirect: Option<String>,
    /// A `<Hangup/>` was given.
    pub hangup: bool,
    /// A ConversationRelay session to open, if any.
    pub relay: Option<HeardRelay>,
}

impl Heard {
    /// What the agent expects next, read from the gather action's `expect` parameter.
    #[must_use]
    pub fn expect(&self) -> Option<Expect> {
        let action = &self.gather.as_ref()?.action;
        let query = action.split_once('?')?.1;
        form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "expect")
            .and_then(|(_, v)| v.parse().ok())
    }
}

/// Reads a TwiML document.
pub fn parse_twiml(xml: &str) -> Result<Heard, SimError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut heard = Heard::default();
    let mut text = String::new();
    let bad = |e: &dyn std::fmt::Display| SimError::Twiml(e.to_string());
    loop {
        let event = reader.read_event().map_err(|e| bad(&e))?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().as_ref().to_owned();
                let mut attrs = HashMap::new();
                for a in e.attributes() {
                    let a = a.map_err(|e| bad(&e))?;
                    let key = a.key.as_ref().to_owned();
                    let value = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map_err(|e| bad(&e))?
                        .into_owned();
                    attrs.insert(key, value);
                }
                let attr = |k: &str| attrs.get(k).cloned().unwrap_or_default();
                match name.as_str() {
                    "Gather" => {
                        heard.gather = Some(HeardGather {
                            action: attr("action"),
                            input: attr("input"),
                            language: attr("language"),
                            hints: attr("hints")
                                .split(',')
                                .map(str::to_owned)
                                .filter(|h| !h.is_empty())
                                .collect(),
                            speech_timeout: attr("speechTimeout"),
                            action_on_empty_result: attr("actionOnEmptyResult") == "true",
                        });
                    }
                    "Say" => heard.voices.push(attr("voice")),
                    "Connect" => {
                        heard.relay = Some(HeardRelay {
                            action: attr("action"),
                            ..HeardRelay::default()
                        });
                    }
                    "ConversationRelay" => {
                        let relay = heard.relay.get_or_insert_with(HeardRelay::default);
                        for (k, v) in &attrs {
                            relay.attributes.insert(k.clone(), v.clone());
                        }
                    }
                    "Language" => {
                        let relay = heard.relay.get_or_insert_with(HeardRelay::default);
                        relay.languages.push(attrs.clone().into_iter().collect());
                    }
                    "Hangup" => heard.hangup = true,
                    _ => {}
                }
                text.clear();
            }
            Event::Text(t) => text.push_str(t.as_ref()),
            Event::GeneralRef(r) => {
                let name = r.as_ref().to_owned();
                text.push_str(
                    &resolve_entity(&name)
                        .ok_or_else(|| bad(&format!("unknown entity &{name};")))?,
                );
            }
            Event::CData(t) => text.push_str(t.as_ref()),
            Event::End(e) => {
                let name = e.name().as_ref().to_owned();
                match name.as_str() {
                    "Say" => heard.says.push(std::mem::take(&mut text)),
                    "Number" => heard.dial = Some(std::mem::take(&mut text).trim().to_owned()),
                    "Redirect" => {
                        heard.redirect = Some(std::mem::take(&mut text).trim().to_owned())
                    }
                    _ => text.clear(),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(heard)
}

fn resolve_entity(name: &str) -> Option<String> {
    Some(match name {
        "amp" => "&".to_owned(),
        "lt" => "<".to_owned(),
        "gt" => ">".to_owned(),
        "quot" => "\"".to_owned(),
        "apos" => "'".to_owned(),
        n => {
            let code = if let Some(hex) = n.strip_prefix("#x") {
                u32::from_str_radix(hex, 16).ok()?
            } else {
                n.strip_prefix('#')?.parse().ok()?
            };
            char::from_u32(code)?.to_string()
        }
    })
}

/// Form-encodes `params` and, with a token, signs them for `url` like Twilio.
/// Returns the body and the `X-Twilio-Signature` value.
#[must_use]
pub fn signed_form(
    token: Option<&str>,
    url: &str,
    params: &[(String, String)],
) -> (String, Option<String>) {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .finish();
    let sig = token.map(|t| signature::compute(t, url, params));
    (body, sig)
}

/// [`signed_form`] for a webhook to `path` under `transport`'s base URL (the URL
/// Twilio signs).
pub(crate) fn signed_for_path<T: Transport>(
    transport: &T,
    token: Option<&str>,
    path: &str,
    params: &[(String, String)],
) -> (String, Option<String>) {
    let url = format!("{}{path}", transport.base_url().trim_end_matches('/'));
    signed_form(token, &url, params)
}

/// The headers of a webhook POST as Twilio sends it: the form's content type and, when
/// signed, `X-Twilio-Signature` (for a [`Transport`] to set).
pub fn webhook_headers(signature: Option<String>) -> impl Iterator<Item = (&'static str, String)> {
    std::iter::once((
        "content-type",
        "application/x-www-form-urlencoded".to_owned(),
    ))
    .chain(signature.map(|sig| ("x-twilio-signature", sig)))
}

pub use bella_dialog::sim::{Persona, PersonaCaller};

/// One call to play: a SPEC §3 line (extra fields are ignored).
#[derive(Clone, Debug, Deserialize)]
pub struct CallCase {
    /// Case id.
    pub id: String,
    /// The number the call comes from.
    #[serde(default)]
    pub caller_id: Option<String>,
    /// How the caller answers.
    #[serde(default)]
    pub persona: Persona,
}

/// One exchange of a played call.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlayedTurn {
    /// What the agent said.
    pub agent: String,
    /// What it expected (`null` when it did not listen).
    pub expect: Option<String>,
    /// What the caller answered (`null`: silence or no answer needed).
    pub caller: Option<String>,
}

/// How a played call went.
#[derive(Clone, Debug, Serialize)]
pub struct PlayedCall {
    /// Case id.
    pub id: String,
    /// `transferred`, the `X-Bella-Outcome` the server gave, `no_booking` when the caller
    /// ran out of turns, or `error`.
    pub outcome: String,
    /// The exchanges.
    pub turns: Vec<PlayedTurn>,
    /// Latency of each webhook, seconds (not serialised per call).
    #[serde(skip)]
    pub latencies: Vec<Duration>,
    /// Why the call broke off, if it did.
    pub error: Option<String>,
    /// The store id of the appointment the call booked, moved or cancelled last
    /// (from `X-Bella-Appointment`).
    #[serde(skip)]
    pub appointment_id: Option<i64>,
    /// That appointment as the admin API shows it, when the caller side looked it up
    /// (`bella dial --api-key`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appointment: Option<bella_dialog::sim::ResultAppointment>,
}

/// An HTTP answer as the caller side needs it.
#[derive(Clone, Debug)]
pub struct HttpAnswer {
    /// Status code.
    pub status: u16,
    /// Body text.
    pub body: String,
    /// `X-Bella-Outcome` header, when the server sent one.
    pub outcome: Option<String>,
    /// `X-Bella-Appointment` header: the store id of the appointment this turn
    /// booked, moved or cancelled.
    pub appointment: Option<i64>,
}

impl HttpAnswer {
    /// An answer from its status, headers (Bella's `X-Bella-Outcome` and
    /// `X-Bella-Appointment`) and body.
    #[must_use]
    pub fn new(status: u16, headers: &axum::http::HeaderMap, body: String) -> Self {
        let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
        Self {
            status,
            body,
            outcome: header("x-bella-outcome").map(str::to_owned),
            appointment: header("x-bella-appointment").and_then(|v| v.trim().parse().ok()),
        }
    }

    /// `Ok` for a 200; otherwise the [`SimError::Status`] naming the status and the
    /// first 200 characters of the body.
    pub(crate) fn check_ok(&self) -> Result<(), SimError> {
        if self.status == 200 {
            return Ok(());
        }
        Err(SimError::Status {
            status: self.status,
            body: self.body.chars().take(200).collect(),
        })
    }
}

/// The form fields of every webhook of simulated call `call_sid`: the call, a made-up
/// account, the business's number and, when known, the caller's (`From`).
pub(crate) fn call_fields(call_sid: &str, caller: Option<&str>) -> Vec<(String, String)> {
    let mut params = vec![
        ("CallSid".to_owned(), call_sid.to_owned()),
        ("AccountSid".to_owned(), "ACsimulated".to_owned()),
        ("To".to_owned(), "+15875550100".to_owned()),
    ];
    if let Some(from) = caller {
        params.push(("From".to_owned(), from.to_owned()));
    }
    params
}

/// Something that can POST a signed form to the server.
pub trait Transport: Sync {
    /// The public base URL the server believes it has (used to sign).
    fn base_url(&self) -> &str;
    /// POSTs `body` to `path` (path and query) with an optional signature.
    fn post(
        &self,
        path: &str,
        body: String,
        signature: Option<String>,
    ) -> impl Future<Output = Result<HttpAnswer, SimError>> + Send;
}

/// Several servers behind one address, as a load balancer without stickiness spreads
/// them: each request goes to the next server in turn, whatever call it belongs to
/// (`bella dial --url A --url B`, and the fleet test's two servers sharing one store).
/// The servers must believe they have the same public URL: requests are signed for
/// the first one's.
#[derive(Debug)]
pub struct RoundRobin<T> {
    servers: Vec<T>,
    next: AtomicUsize,
    served: Vec<AtomicUsize>,
}

impl<T: Transport> RoundRobin<T> {
    /// Requests spread over `servers`, starting with the first; `None` without any.
    #[must_use]
    pub fn new(servers: Vec<T>) -> Option<Self> {
        if servers.is_empty() {
            return None;
        }
        let served = servers.iter().map(|_| AtomicUsize::new(0)).collect();
        Some(Self {
            servers,
            next: AtomicUsize::new(0),
            served,
        })
    }

    /// How many requests each server has been sent, in the order of [`Self::new`].
    #[must_use]
    pub fn served(&self) -> Vec<usize> {
        self.served
            .iter()
            .map(|n| n.load(Ordering::Relaxed))
            .collect()
    }
}

impl<T: Transport> Transport for RoundRobin<T> {
    fn base_url(&self) -> &str {
        self.servers[0].base_url()
    }

    async fn post(
        &self,
        path: &str,
        body: String,
        signature: Option<String>,
    ) -> Result<HttpAnswer, SimError> {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.servers.len();
        self.served[i].fetch_add(1, Ordering::Relaxed);
        self.servers[i].post(path, body, signature).await
    }
}

/// A number in `[0, 1)` from a call id, a turn and `salt` (FNV-1a), for think-time
/// jitter and the other chances a simulated caller takes (deterministic per call).
pub(crate) fn unit(call_sid: &str, turn: usize, salt: &[u8]) -> f64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let salt = salt.iter().copied();
    for b in call_sid.bytes().chain(turn.to_le_bytes()).chain(salt) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h >> 11) as f64 / (1u64 << 53) as f64
}

/// Turns an action URL (absolute or relative) into a path and query.
#[must_use]
pub fn path_of(url: &str) -> String {
    match url.split_once("://") {
        Some((_, rest)) => rest
            .find('/')
            .map_or_else(|| "/".to_owned(), |i| rest[i..].to_owned()),
        None if url.starts_with('/') => url.to_owned(),
        None => format!("/{url}"),
    }
}

/// How [`drive_call_with`] plays a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DriveOptions {
    /// Most agent turns before the caller gives up.
    pub max_turns: usize,
    /// Post the `completed` status callback at the end (Twilio always does; leave it
    /// out to keep sessions live, e.g. to measure memory with many open calls).
    pub send_status: bool,
    /// Pause before each answer, as a caller takes time to speak: 0.5 to 1.5 times this,
    /// and 0 to 1 times before the first webhook, so calls are not in step (latency is
    /// measured without it).
    pub think: Duration,
}

impl Default for DriveOptions {
    fn default() -> Self {
        Self {
            max_turns: 30,
            send_status: true,
            think: Duration::ZERO,
        }
    }
}

/// Plays one call: `/twilio/voice`, then each Gather action with the persona's answer,
/// until a hang-up or transfer or `max_turns` agent turns; then `/twilio/status`.
pub async fn drive_call<T: Transport>(
    transport: &T,
    token: Option<&str>,
    case: &CallCase,
    call_sid: &str,
    max_turns: usize,
) -> PlayedCall {
    let opts = DriveOptions {
        max_turns,
        ..DriveOptions::default()
    };
    drive_call_with(transport, token, case, call_sid, opts).await
}

/// [`drive_call`] with options.
pub async fn drive_call_with<T: Transport>(
    transport: &T,
    token: Option<&str>,
    case: &CallCase,
    call_sid: &str,
    opts: DriveOptions,
) -> PlayedCall {
    let max_turns = opts.max_turns;
    let mut persona = PersonaCaller::new(case.persona.clone());
    let mut played = PlayedCall {
        id: case.id.clone(),
        outcome: "no_booking".into(),
        turns: Vec::new(),
        latencies: Vec::new(),
        error: None,
        appointment_id: None,
        appointment: None,
    };
    let mut common = call_fields(call_sid, case.caller_id.as_deref());
    common.push(("CallStatus".to_owned(), "in-progress".to_owned()));
    if let Some(from) = &case.caller_id {
        common.push(("Caller".to_owned(), from.clone()));
    }
    let mut path = "/twilio/voice".to_owned();
    let mut params = common.clone();
    for i in 0..max_turns {
        if !opts.think.is_zero() {
            // Callers are not in step: the first webhook comes after 0-1 think time, the
            // others after 0.5-1.5 (deterministic per call and turn).
            let spread = unit(call_sid, i, &[]);
            let factor = if i == 0 { spread } else { 0.5 + spread };
            tokio::time::sleep(opts.think.mul_f64(factor)).await;
        }
        let (body, sig) = signed_for_path(transport, token, &path, &params);
        let started = Instant::now();
        let answer = match transport.post(&path, body, sig).await {
            Ok(a) => a,
            Err(e) => {
                played.outcome = "error".into();
                played.error = Some(e.to_string());
                return played;
            }
        };
        played.latencies.push(started.elapsed());
        played.appointment_id = answer.appointment.or(played.appointment_id);
        if let Err(e) = answer.check_ok() {
            played.outcome = "error".into();
            played.error = Some(e.to_string());
            return played;
        }
        let heard = match parse_twiml(&answer.body) {
            Ok(h) => h,
            Err(e) => {
                played.outcome = "error".into();
                played.error = Some(e.to_string());
                return played;
            }
        };
        let expect = heard.expect();
        let mut turn = PlayedTurn {
            agent: heard.says.join(" "),
            expect: expect.map(|e| e.as_str().to_owned()),
            caller: None,
        };
        if heard.dial.is_some() {
            played.turns.push(turn);
            played.outcome = "transferred".into();
            break;
        }
        if heard.hangup {
            played.turns.push(turn);
            played.outcome = answer.outcome.unwrap_or_else(|| "no_booking".into());
            break;
        }
        params = common.clone();
        match (&heard.gather, &heard.redirect) {
            (Some(g), _) => {
                path = path_of(&g.action);
                if let Some(said) = persona.answer(expect.unwrap_or(Expect::Other)) {
                    params.push(("SpeechResult".to_owned(), said.clone()));
                    params.push(("Confidence".to_owned(), "0.92".to_owned()));
                    turn.caller = Some(said);
                }
            }
            (None, Some(r)) => path = path_of(r),
            (None, None) => {
                played.turns.push(turn);
                break;
            }
        }
        played.turns.push(turn);
    }
    if !opts.send_status {
        return played;
    }
    let mut params = common;
    params.retain(|(k, _)| k != "CallStatus");
    params.push(("CallStatus".to_owned(), "completed".to_owned()));
    let (body, sig) = signed_for_path(transport, token, "/twilio/status", &params);
    if let Err(e) = transport.post("/twilio/status", body, sig).await {
        played.error.get_or_insert(e.to_string());
    }
    played
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persona_follows_the_spec() {
        let mut p = PersonaCaller::new(Persona {
            time: vec!["Saturday at 10".into(), "Thursday".into()],
            other: vec!["I don't know".into()],
            ..Persona::default()
        });
        assert_eq!(p.answer(Expect::Time).as_deref(), Some("Saturday at 10"));
        assert_eq!(p.answer(Expect::Time).as_deref(), Some("Thursday"));
        assert_eq!(p.answer(Expect::Time).as_deref(), Some("Thursday"));
        assert_eq!(p.answer(Expect::Name).as_deref(), Some("I don't know"));
        let mut silent = PersonaCaller::default();
        assert_eq!(silent.answer(Expect::Confirm), None);
    }

    #[test]
    fn paths_from_urls() {
        assert_eq!(
            path_of("https://h.example/twilio/gather?turn=2"),
            "/twilio/gather?turn=2"
        );
        assert_eq!(path_of("/twilio/gather?turn=2"), "/twilio/gather?turn=2");
        assert_eq!(path_of("https://h.example"), "/");
    }

    #[test]
    fn bad_twiml_is_an_error_not_a_panic() {
        for bad in [
            "<Response><Say>&bogus;</Say></Response>",
            "<Response><Say>x</Gather>",
            "<a b=\"&zz;\"/>",
        ] {
            assert!(parse_twiml(bad).is_err(), "{bad}");
        }
    }
}
