//! `/api/calls`: call records (callers masked), and one call with every turn.

use super::instant;
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use bella_store::CallRecord;
use bella_store::manage::{CallQuery, TurnRecord};
use serde::{Deserialize, Serialize};

/// Query string of `GET /api/calls`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// Calls started at or after this instant (RFC 3339).
    from: Option<String>,
    /// Calls started before this instant (RFC 3339).
    to: Option<String>,
    /// Only calls with this outcome (`booked`, `no_booking`, `transferred`, ...).
    outcome: Option<String>,
    /// Page size (default 100, at most 1000).
    limit: Option<u32>,
    /// Skip this many.
    offset: Option<u32>,
}

/// A call as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CallJson {
    /// The call id (Twilio's CallSid).
    pub call_id: String,
    /// The caller's number masked (`+1********42`).
    pub caller_masked: Option<String>,
    /// When the call started.
    pub started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// When it ended.
    pub ended_at: Option<chrono::DateTime<chrono::Utc>>,
    /// How it ended (`booked`, `no_booking`, `transferred`, ...).
    pub outcome: Option<String>,
    /// Agent turns taken.
    pub turns: Option<u32>,
    /// Seconds from start to end, once ended.
    pub duration_secs: Option<i64>,
    /// How the call came: `gather`, `relay`, `outbound_reminder`, ... (`null` for
    /// calls recorded before channels were).
    pub channel: Option<String>,
    /// Every stored turn, in order (only on `GET /api/calls/{sid}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript: Option<Vec<TurnJson>>,
}

/// One turn of a transcript.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct TurnJson {
    /// The turn number (0: the greeting).
    pub seq: u32,
    /// When it was answered.
    pub at: chrono::DateTime<chrono::Utc>,
    /// What the agent asked for before the caller spoke.
    pub expect: Option<String>,
    /// What the caller said (masked unless the business keeps it plain).
    pub caller: Option<String>,
    /// What was read from it.
    pub extracted: Option<serde_json::Value>,
    /// What the agent said.
    pub agent: String,
    /// Server time for the turn, ms.
    pub latency_ms: u32,
    /// The agent had to ask the same question again.
    pub failed: bool,
    /// Language-model requests made.
    pub llm_calls: u32,
}

impl From<TurnRecord> for TurnJson {
    fn from(t: TurnRecord) -> Self {
        Self {
            seq: t.seq,
            at: t.at,
            expect: t.expect,
            caller: t.caller_text,
            extracted: t
                .extracted
                .as_deref()
                .and_then(|e| serde_json::from_str(e).ok()),
            agent: t.agent_text,
            latency_ms: t.latency_ms,
            failed: t.failed,
            llm_calls: t.llm_calls,
        }
    }
}

fn to_json(record: CallRecord) -> CallJson {
    let duration_secs = match (record.started_at, record.ended_at) {
        (Some(s), Some(e)) => Some((e - s).num_seconds().max(0)),
        _ => None,
    };
    CallJson {
        call_id: record.call_id,
        caller_masked: record.caller_masked,
        started_at: record.started_at,
        ended_at: record.ended_at,
        outcome: record.outcome,
        turns: record.turns,
        duration_secs,
        channel: record.channel,
        transcript: None,
    }
}

/// `GET /api/calls`: newest first.
#[utoipa::path(get, path = "/api/calls", tag = "calls", params(ListParams),
    responses((status = 200, description = "Calls, newest first", body = Vec<CallJson>)))]
pub(crate) async fn list(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Json<Vec<CallJson>>, AppError> {
    let Query(p) = params?;
    let records = match state.appointments.manage() {
        Some(m) => {
            let q = CallQuery {
                from: instant("from", p.from.as_deref())?,
                to: instant("to", p.to.as_deref())?,
                outcome: p.outcome.filter(|o| !o.is_empty()),
                limit: p.limit.unwrap_or(0),
                offset: p.offset.unwrap_or(0),
            };
            m.list_calls(&q).await?
        }
        None => state.records.list_records(p.limit.unwrap_or(100)).await?,
    };
    Ok(Json(records.into_iter().map(to_json).collect()))
}

/// `GET /api/calls/{sid}`: the record and its transcript.
#[utoipa::path(get, path = "/api/calls/{sid}", tag = "calls",
    params(("sid" = String, Path, description = "The call id")),
    responses((status = 200, description = "The call with every turn", body = CallJson)))]
pub(crate) async fn one(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(sid): Path<String>,
) -> Result<Json<CallJson>, AppError> {
    let m = crate::manage::store(&state)?;
    let record = m.call(&sid).await?.ok_or(AppError::NotFound)?;
    let turns = m.turns(&sid).await?;
    let mut call = to_json(record);
    call.transcript = Some(turns.into_iter().map(TurnJson::from).collect());
    Ok(Json(call))
}
