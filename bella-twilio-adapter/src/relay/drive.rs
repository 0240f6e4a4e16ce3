//! One whole call over ConversationRelay as Twilio plays it, for `bella dial --relay`
//! and the tests: the signed `/twilio/voice`, the `<Connect>` it answers, the signed
//! upgrade, `setup`, the persona's prompts (or keys), optional interruptions at a
//! random word, and the `<Connect action>` request when the session ends.

use super::client::{self, AgentReply, ClientError, RelayClient};
use crate::sim::{self, CallCase, PersonaCaller, PlayedTurn, Transport};
use bella_core::Expect;
use serde::Serialize;
use std::time::{Duration, Instant};

/// How a relay call is played.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RelayDriveOptions {
    /// Most caller turns before the caller hangs up.
    pub max_turns: usize,
    /// Share of replies (0 to 1) the caller talks over, at a random word.
    pub interrupt_share: f64,
    /// Phone numbers are keyed in (`dtmf`, then `#`) instead of said.
    pub keypad_phone: bool,
    /// How long to wait for each reply (silences wait for the engine's timer).
    pub reply_wait: Duration,
    /// Pause before each answer (a caller speaking), 0.5 to 1.5 times this.
    pub think: Duration,
}

impl Default for RelayDriveOptions {
    fn default() -> Self {
        Self {
            max_turns: 30,
            interrupt_share: 0.0,
            keypad_phone: false,
            reply_wait: Duration::from_secs(30),
            think: Duration::ZERO,
        }
    }
}

/// How a relay call went.
#[derive(Clone, Debug, Default, Serialize)]
pub struct RelayPlayed {
    /// Case id.
    pub id: String,
    /// The outcome the action request reported (`X-Bella-Outcome`), the handoff's, or
    /// `error`.
    pub outcome: String,
    /// The exchanges.
    pub turns: Vec<PlayedTurn>,
    /// The `handoffData` of the `end`, if one came.
    pub handoff: Option<String>,
    /// The TwiML the action request answered.
    pub action_twiml: Option<String>,
    /// Replies the caller talked over.
    pub interrupts: usize,
    /// Prompt → first token of each reply.
    #[serde(skip)]
    pub first_token: Vec<Duration>,
    /// Prompt → `last` token (or `end`) of each reply.
    #[serde(skip)]
    pub last_token: Vec<Duration>,
    /// Why the call broke off, if it did.
    pub error: Option<String>,
}

/// Plays one call. `ws_base` is where the socket really is (`ws://127.0.0.1:8080`);
/// the signature is for the TwiML's `url`.
pub async fn drive_relay_call<T: Transport>(
    transport: &T,
    ws_base: &str,
    token: Option<&str>,
    case: &CallCase,
    call_sid: &str,
    opts: RelayDriveOptions,
) -> RelayPlayed {
    let mut played = RelayPlayed {
        id: case.id.clone(),
        outcome: "no_booking".into(),
        ..RelayPlayed::default()
    };
    if let Err(e) = play(transport, ws_base, token, case, call_sid, opts, &mut played).await {
        played.outcome = "error".into();
        played.error = Some(e);
    }
    played
}

fn common(call_sid: &str, case: &CallCase) -> Vec<(String, String)> {
    let mut params = sim::call_fields(call_sid, case.caller_id.as_deref());
    params.push(("Direction".to_owned(), "inbound".to_owned()));
    params
}

/// Posts a signed form; returns the body and the `X-Bella-Outcome`.
async fn post<T: Transport>(
    transport: &T,
    token: Option<&str>,
    path: &str,
    params: &[(String, String)],
) -> Result<(String, Option<String>), String> {
    let (body, sig) = sim::signed_for_path(transport, token, path, params);
    let answer = transport
        .post(path, body, sig)
        .await
        .map_err(|e| e.to_string())?;
    answer.check_ok().map_err(|e| e.to_string())?;
    Ok((answer.body, answer.outcome))
}

async fn play<T: Transport>(
    transport: &T,
    ws_base: &str,
    token: Option<&str>,
    case: &CallCase,
    call_sid: &str,
    opts: RelayDriveOptions,
    played: &mut RelayPlayed,
) -> Result<(), String> {
    if !opts.think.is_zero() {
        // Callers are not in step: each call starts after 0 to 1 think time.
        tokio::time::sleep(opts.think.mul_f64(sim::unit(call_sid, 0, &[0]))).await;
    }
    let mut params = common(call_sid, case);
    params.push(("CallStatus".to_owned(), "ringing".to_owned()));
    let (twiml, _) = post(transport, token, "/twilio/voice", &params).await?;
    let heard = sim::parse_twiml(&twiml).map_err(|e| e.to_string())?;
    let Some(relay) = heard.relay else {
        return Err(
            "the server did not answer with <Connect><ConversationRelay> (is it in relay mode?)"
                .into(),
        );
    };
    let signed_url = relay.attr("url").to_owned();
    let connect_url = format!(
        "{}{}",
        ws_base.trim_end_matches('/'),
        sim::path_of(&signed_url)
    );
    let action = sim::path_of(&relay.action);
    let (mut ws, mut agent) = client::answer(
        &connect_url,
        &relay,
        token,
        call_sid,
        case.caller_id.as_deref(),
    )
    .await
    .map_err(|e| e.to_string())?;
    let mut persona = PersonaCaller::new(case.persona.clone());
    let mut end = None;
    for i in 0..opts.max_turns {
        let expect = client::guess_expect(&agent);
        let answer = persona.answer(expect);
        let mut turn = PlayedTurn {
            agent: agent.clone(),
            expect: Some(expect.as_str().to_owned()),
            caller: answer.clone(),
        };
        if !opts.think.is_zero() {
            tokio::time::sleep(opts.think.mul_f64(0.5 + sim::unit(call_sid, i, &[1]))).await;
        }
        if opts.interrupt_share > 0.0
            && sim::unit(call_sid, i, &[2]) < opts.interrupt_share
            && answer.is_some()
        {
            // Talk over the reply after a random number of its words.
            let words: Vec<&str> = agent.split_whitespace().collect();
            let cut = (sim::unit(call_sid, i, &[3]) * words.len() as f64) as usize;
            let heard = words[..cut.min(words.len())].join(" ");
            ws.interrupt(&heard, cut as u64 * 375, i % 2 == 0)
                .await
                .map_err(|e| e.to_string())?;
            played.interrupts += 1;
        }
        let started = Instant::now();
        let reply = send_answer(&mut ws, expect, answer.as_deref(), opts, started).await;
        let reply = match reply {
            Ok(r) => r,
            Err(e) => {
                played.turns.push(turn);
                return Err(e.to_string());
            }
        };
        if let Some(t) = reply.first_token {
            played.first_token.push(t);
        }
        if let Some(t) = reply.last_token {
            played.last_token.push(t);
        }
        if reply.handoff_data.is_some() {
            turn.caller = answer;
            played.turns.push(turn);
            end = reply.handoff_data;
            break;
        }
        played.turns.push(turn);
        agent = reply.text();
    }
    ws.close().await;
    let mut params = common(call_sid, case);
    match &end {
        Some(data) => {
            params.push(("CallStatus".to_owned(), "in-progress".to_owned()));
            params.push(("SessionStatus".to_owned(), "ended".to_owned()));
            params.push(("HandoffData".to_owned(), data.clone()));
        }
        None => {
            params.push(("CallStatus".to_owned(), "completed".to_owned()));
            params.push(("SessionStatus".to_owned(), "ended".to_owned()));
        }
    }
    let (twiml, outcome) = post(transport, token, &action, &params).await?;
    let heard = sim::parse_twiml(&twiml).map_err(|e| e.to_string())?;
    if !heard.says.is_empty() {
        // The last words, spoken by the action's TwiML.
        played.turns.push(PlayedTurn {
            agent: heard.says.join(" "),
            expect: None,
            caller: None,
        });
    }
    played.outcome = if heard.dial.is_some() {
        "transferred".to_owned()
    } else {
        outcome
            .or_else(|| {
                end.as_deref()
                    .and_then(super::protocol::Handoff::from_json)
                    .map(|h| h.outcome)
            })
            .unwrap_or_else(|| "no_booking".to_owned())
    };
    played.handoff = end;
    played.action_twiml = Some(twiml);
    Ok(())
}

/// Sends the caller's answer (speech, keys, or nothing) and reads the reply.
async fn send_answer(
    ws: &mut RelayClient,
    expect: Expect,
    answer: Option<&str>,
    opts: RelayDriveOptions,
    started: Instant,
) -> Result<AgentReply, ClientError> {
    match answer {
        Some(text) if opts.keypad_phone && expect == Expect::Phone => {
            let digits = bella_extract::phone::extract(text, "CA")
                .and_then(|m| m.value.national_digits().map(str::to_owned));
            match digits {
                Some(d) => {
                    for c in d.chars() {
                        ws.dtmf(c).await?;
                    }
                    let started = Instant::now();
                    ws.dtmf('#').await?;
                    return ws.reply(opts.reply_wait, started).await;
                }
                None => ws.prompt(text).await?,
            }
        }
        Some(text) => ws.prompt(text).await?,
        None => {}
    }
    ws.reply(opts.reply_wait, started).await
}
