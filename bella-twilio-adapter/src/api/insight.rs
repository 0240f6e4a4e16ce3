//! `GET /api/audit` (the audit trail) and `GET /api/stats` (what the calls did).

use super::instant;
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::manage::store;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use bella_store::manage::{AuditQuery, AuditRecord, Stats};
use chrono::Duration;
use serde::{Deserialize, Serialize};

/// Query string of `GET /api/audit`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct AuditParams {
    /// Entries at or after this instant (RFC 3339).
    from: Option<String>,
    /// Entries before this instant (RFC 3339).
    to: Option<String>,
    /// Only entries about this appointment id.
    appointment: Option<i64>,
    /// Page size (default 100, at most 1000).
    limit: Option<u32>,
    /// Skip this many.
    offset: Option<u32>,
}

/// One change in the audit trail.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AuditJson {
    /// Increasing id.
    pub id: i64,
    /// When.
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who: `api:<key fingerprint>`, `dashboard:<sign-in id>` or `system`.
    pub actor: String,
    /// What: `create`, `move`, `cancel`, `edit`, `note`, `token_created`, `token_revoked`, ...
    pub action: String,
    /// The appointment touched.
    pub appointment_id: Option<i64>,
    /// Details without personal data.
    pub detail: serde_json::Value,
}

impl From<AuditRecord> for AuditJson {
    fn from(r: AuditRecord) -> Self {
        Self {
            id: r.id,
            at: r.entry.at,
            actor: r.entry.actor,
            action: r.entry.action,
            appointment_id: r.entry.appointment_id,
            detail: serde_json::from_str(&r.entry.detail).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// `GET /api/audit`: newest first.
#[utoipa::path(get, path = "/api/audit", tag = "audit", params(AuditParams),
    responses((status = 200, description = "Changes, newest first", body = Vec<AuditJson>)))]
pub(crate) async fn audit(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<AuditParams>, QueryRejection>,
) -> Result<Json<Vec<AuditJson>>, AppError> {
    let Query(p) = params?;
    let q = AuditQuery {
        from: instant("from", p.from.as_deref())?,
        to: instant("to", p.to.as_deref())?,
        appointment_id: p.appointment,
        limit: p.limit.unwrap_or(0),
        offset: p.offset.unwrap_or(0),
    };
    let found = store(&state)?.list_audit(&q).await?;
    Ok(Json(found.into_iter().map(AuditJson::from).collect()))
}

/// Query string of `GET /api/stats`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct StatsParams {
    /// Start of the range (RFC 3339; default: 7 days before `to`).
    from: Option<String>,
    /// End of the range, exclusive (RFC 3339; default: now).
    to: Option<String>,
}

/// The answer of `GET /api/stats`.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct StatsJson {
    /// Start of the range (RFC 3339).
    pub from: chrono::DateTime<chrono::Utc>,
    /// End of the range (exclusive).
    pub to: chrono::DateTime<chrono::Utc>,
    /// Calls by outcome per hour (`in_progress` for calls not ended), earliest first.
    pub by_hour: Vec<HourJson>,
    /// Calls started in the range.
    pub calls: u64,
    /// Of those, calls that booked.
    pub booked: u64,
    /// Failed answers per question asked (`name`, `phone`, `time`, `confirm`).
    pub failed_by_question: std::collections::BTreeMap<String, u64>,
    /// Turns answered in the range.
    pub turns: u64,
    /// Median server time per turn, ms.
    pub latency_p50_ms: Option<u32>,
    /// 99th percentile server time per turn, ms.
    pub latency_p99_ms: Option<u32>,
    /// Language-model requests made in the range.
    pub llm_calls: u64,
    /// Calls that booked, over calls (0 without calls).
    pub conversion: f64,
    /// Language-model spend this month and its budget.
    pub llm_budget: Option<LlmBudgetJson>,
}

/// Calls of one outcome in one hour.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct HourJson {
    /// The hour's start (UTC).
    pub hour: chrono::DateTime<chrono::Utc>,
    /// The outcome.
    pub outcome: String,
    /// How many calls.
    pub calls: u64,
}

/// LLM spend against the monthly budget (from the running client).
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct LlmBudgetJson {
    /// Estimated spend this month, USD.
    pub spent_usd: f64,
    /// The monthly limit, USD (`None`: unlimited).
    pub limit_usd: Option<f64>,
    /// Calls are refused until the month ends.
    pub exhausted: bool,
}

/// `GET /api/stats?from&to`: default the last 7 days; at most 366 days.
#[utoipa::path(get, path = "/api/stats", tag = "stats", params(StatsParams),
    responses((status = 200, description = "Aggregates over the range", body = StatsJson)))]
pub(crate) async fn stats(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<StatsParams>, QueryRejection>,
) -> Result<Json<StatsJson>, AppError> {
    let Query(p) = params?;
    let now = state.clock.now();
    let to = instant("to", p.to.as_deref())?.unwrap_or(now);
    let from = instant("from", p.from.as_deref())?.unwrap_or(to - Duration::days(7));
    if from >= to || to - from > Duration::days(366) {
        return Err(AppError::BadRequest(
            "from must be before to, at most 366 days apart".into(),
        ));
    }
    let stats = store(&state)?.stats(from, to).await?;
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    let conversion = if stats.calls == 0 {
        0.0
    } else {
        stats.booked as f64 / stats.calls as f64
    };
    let llm_budget = state.llm.as_ref().map(|l| {
        let snap = l.client().budget();
        #[allow(clippy::cast_precision_loss)] // micro-dollars far below 2^52
        LlmBudgetJson {
            spent_usd: snap.cost_usd(),
            limit_usd: snap.limit_micro_usd.map(|m| m as f64 / 1e6),
            exhausted: snap.exhausted(),
        }
    });
    let Stats {
        by_hour,
        calls,
        booked,
        failed_by_question,
        turns,
        latency_p50_ms,
        latency_p99_ms,
        llm_calls,
    } = stats;
    Ok(Json(StatsJson {
        from,
        to,
        by_hour: by_hour
            .into_iter()
            .map(|h| HourJson {
                hour: h.hour,
                outcome: h.outcome,
                calls: h.calls,
            })
            .collect(),
        calls,
        booked,
        failed_by_question: failed_by_question.into_iter().collect(),
        turns,
        latency_p50_ms,
        latency_p99_ms,
        llm_calls,
        conversion,
        llm_budget,
    }))
}
