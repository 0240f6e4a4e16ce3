//! The calls page: calls in progress (their step and how long they have lasted,
//! refreshed every two seconds by `app.js` from `GET /dashboard/calls/live`), the
//! recent calls with their outcome, and one call's transcript
//! (`GET /dashboard/calls/{sid}`: every turn, what was read from it, its latency).
//!
//! A call is in progress when its record has a start and no end and its session is
//! still live; its step is what the agent is listening for (the session's `expect`).

use super::auth::DashboardSession;
use super::layout;
use crate::session::CallSession;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bella_store::CallRecord;
use chrono::{DateTime, Utc};
use maud::{Markup, html};

/// How many records the page looks at.
const RECENT: u32 = 50;
/// How many records are searched for calls in progress.
const SCAN: u32 = 200;

/// A call in progress.
#[derive(Debug)]
pub struct Live {
    /// The record.
    pub record: CallRecord,
    /// What the agent listens for now.
    pub step: String,
    /// Agent turns so far.
    pub turns: u32,
}

/// Calls in progress: started, not ended, session still live.
pub async fn live_calls(state: &AppState) -> Result<Vec<Live>, bella_store::StoreError> {
    let mut out = Vec::new();
    for record in state.records.list_records(SCAN).await? {
        if record.ended_at.is_some() || record.started_at.is_none() {
            continue;
        }
        let Some(saved) = state.sessions.load(&record.call_id).await? else {
            continue;
        };
        let Ok(session) = CallSession::from_json(&saved.data) else {
            continue;
        };
        if session.outcome.is_some() {
            continue;
        }
        out.push(Live {
            step: session
                .expect
                .map_or_else(|| "greeting".to_owned(), |e| e.as_str().to_owned()),
            turns: session.agent_turns,
            record,
        });
    }
    Ok(out)
}

/// A channel as the front desk reads it.
fn channel_label(channel: Option<&str>) -> &str {
    match channel {
        Some("gather") => "Phone (gather)",
        Some("relay") => "Phone (relay)",
        Some("outbound_reminder") => "Reminder call",
        Some(other) => other,
        None => "—",
    }
}

fn duration(from: Option<DateTime<Utc>>, to: DateTime<Utc>) -> String {
    from.map_or_else(String::new, |f| {
        let s = (to - f).num_seconds().max(0);
        format!("{}:{:02}", s / 60, s % 60)
    })
}

fn live_table(calls: &[Live], now: DateTime<Utc>) -> Markup {
    html! {
        @if calls.is_empty() {
            p.empty data-test="no-live" { "No call in progress." }
        } @else {
            table {
                thead { tr { th { "Caller" } th { "Step" } th { "Turns" } th { "Duration" } } }
                tbody {
                    @for c in calls {
                        tr data-test="live-call" {
                            td { (c.record.caller_masked.as_deref().unwrap_or("unknown")) }
                            td data-test="step" { (c.step) }
                            td { (c.turns) }
                            td.clock data-started=[c.record.started_at.map(|t| t.to_rfc3339())]
                                data-now=(now.to_rfc3339()) {
                                (duration(c.record.started_at, now))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn unavailable(e: &bella_store::StoreError) -> Response {
    layout::unavailable("calls", e)
}

/// `GET /dashboard/calls/live`: the in-progress table alone (polled by the page).
pub(crate) async fn live(State(state): State<AppState>, _s: DashboardSession) -> Response {
    match live_calls(&state).await {
        Ok(calls) => layout::secure(live_table(&calls, state.clock.now()).into_response()),
        Err(e) => unavailable(&e),
    }
}

/// `GET /dashboard/calls`.
pub(crate) async fn page(State(state): State<AppState>, session: DashboardSession) -> Response {
    let now = state.clock.now();
    let (live, recent) = match (
        live_calls(&state).await,
        state.records.list_records(RECENT).await,
    ) {
        (Ok(l), Ok(r)) => (l, r),
        (Err(e), _) | (_, Err(e)) => return unavailable(&e),
    };
    let tz = state.config.tz;
    let body = html! {
        h1 { "Calls" }
        section {
            h2 { "In progress" }
            div #live data-poll="/dashboard/calls/live" aria-live="polite" { (live_table(&live, now)) }
        }
        section {
            h2 { "Recent" }
            table data-test="recent-calls" {
                thead { tr { th { "Started" } th { "Caller" } th { "Channel" } th { "Outcome" } th { "Turns" } th { "Duration" } } }
                tbody {
                    @for r in recent.iter().filter(|r| r.ended_at.is_some()) {
                        tr data-test="call" data-id=(r.call_id) {
                            td { a href=(format!("/dashboard/calls/{}", super::schedule::urlencode(&r.call_id))) {
                                (r.started_at.map(|t| t.with_timezone(&tz).format("%a %-d %b %H:%M").to_string()).unwrap_or_default())
                            } }
                            td { (r.caller_masked.as_deref().unwrap_or("unknown")) }
                            td data-test="channel" { (channel_label(r.channel.as_deref())) }
                            td { span class=(format!("outcome {}", r.outcome.as_deref().unwrap_or(""))) { (r.outcome.as_deref().unwrap_or("")) } }
                            td { (r.turns.unwrap_or(0)) }
                            td { (r.ended_at.map(|e| duration(r.started_at, e)).unwrap_or_default()) }
                        }
                    }
                }
            }
        }
    };
    layout::page("Calls", "/dashboard/calls", &session, None, body)
}

/// `GET /dashboard/calls/{sid}`: one call's transcript.
pub(crate) async fn transcript(
    State(state): State<AppState>,
    session: DashboardSession,
    axum::extract::Path(sid): axum::extract::Path<String>,
) -> Response {
    let store = match crate::manage::store(&state) {
        Ok(s) => s,
        Err(e) => return layout::unavailable("transcript", &e),
    };
    let (record, turns) = match (store.call(&sid).await, store.turns(&sid).await) {
        (Ok(Some(r)), Ok(t)) => (r, t),
        (Ok(None), _) => {
            return layout::message(StatusCode::NOT_FOUND, "Not found", "No such call.");
        }
        (Err(e), _) | (_, Err(e)) => return unavailable(&e),
    };
    let tz = state.config.tz;
    let body = html! {
        p { a href="/dashboard/calls" { "← All calls" } }
        h1 { "Call " (record.started_at.map(|t| t.with_timezone(&tz).format("%a %-d %b %H:%M").to_string()).unwrap_or_default()) }
        dl.card {
            dt { "Caller" } dd { (record.caller_masked.as_deref().unwrap_or("unknown")) }
            dt { "Channel" } dd data-test="channel" { (channel_label(record.channel.as_deref())) }
            dt { "Outcome" } dd { (record.outcome.as_deref().unwrap_or("in progress")) }
            dt { "Duration" } dd { (record.ended_at.map(|e| duration(record.started_at, e)).unwrap_or_default()) }
        }
        @if turns.is_empty() {
            p.empty { "No turns were kept for this call (older than the retention period, or taken before transcripts existed)." }
        } @else {
            ol.transcript data-test="transcript" {
                @for t in &turns {
                    li class=(if t.failed { "turn failed" } else { "turn" }) {
                        // Each turn: what the caller said, then what Bella answered.
                        @if let Some(c) = &t.caller_text { p.caller { strong { "Caller: " } (c) } }
                        p.agent { strong { "Bella: " } (t.agent_text) }
                        p.meta {
                            @if let Some(e) = &t.expect { "asked for " (e) " · " }
                            @if let Some(x) = &t.extracted { "read " code { (x) } " · " }
                            (t.latency_ms) " ms"
                            @if t.llm_calls > 0 { " · LLM ×" (t.llm_calls) }
                            @if t.failed { " · not understood" }
                        }
                    }
                }
            }
        }
    };
    layout::page("Call", "/dashboard/calls", &session, None, body)
}
