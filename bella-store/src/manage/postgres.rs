//! [`ManageStore`] on Postgres: one pool, every statement under the store's deadline.

use super::{
    AuditEntry, AuditQuery, AuditRecord, CallQuery, HourOutcome, MAX_TURN_TEXT, ManageQuery,
    ManageStore, Stats, TurnRecord, check_entry, check_note, check_turn, cut, limit_of, quantile,
};
use crate::StoreError;
use crate::error::with_deadline;
use crate::model::{CallRecord, Op, appointment_columns, check_id, replay};
use crate::postgres::{AppointmentRow, PgStore, to_appointment};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

type AuditRow = (
    i64,
    DateTime<Utc>,
    String,
    String,
    Option<i64>,
    String,
    Option<String>,
);
type TurnRow = (
    String,
    i32,
    DateTime<Utc>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    i32,
    bool,
    i32,
);
type RecordRow = (
    String,
    Option<String>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
    Option<String>,
    Option<i32>,
);

fn to_record(row: RecordRow) -> CallRecord {
    let (call_id, caller_masked, started_at, ended_at, outcome, turns) = row;
    CallRecord {
        call_id,
        caller_masked,
        started_at,
        ended_at,
        outcome,
        turns: turns.map(|t| u32::try_from(t).unwrap_or(u32::MAX)),
    }
}

fn to_u32(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v.max(0)).unwrap_or(0)
}

/// A count as Postgres stores it.
fn to_i32(v: u32) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

#[async_trait]
impl ManageStore for PgStore {
    async fn replayed_booking(
        &self,
        key: &crate::RequestKey,
    ) -> Result<Option<Appointment>, StoreError> {
        let key = key.check()?;
        with_deadline(self.op_timeout, async {
            let row: Option<(String, String)> =
                sqlx::query_as("SELECT op, result FROM request_keys WHERE key = $1")
                    .bind(key)
                    .fetch_optional(&self.pool)
                    .await?;
            row.map(|(op, result)| replay(Op::Book, &op, &result))
                .transpose()
        })
        .await
    }

    async fn append_audit(&self, entry: &AuditEntry) -> Result<bool, StoreError> {
        check_entry(entry)?;
        with_deadline(self.op_timeout, async {
            let done = sqlx::query(
                "INSERT INTO audit_log (at, actor, action, appointment_id, detail, request_key) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_key) DO NOTHING",
            )
            .bind(entry.at)
            .bind(&entry.actor)
            .bind(&entry.action)
            .bind(entry.appointment_id)
            .bind(&entry.detail)
            .bind(&entry.request_key)
            .execute(&self.pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
        .await
    }

    async fn list_audit(&self, q: &AuditQuery) -> Result<Vec<AuditRecord>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AuditRow> = sqlx::query_as(
                "SELECT id, at, actor, action, appointment_id, detail, request_key FROM audit_log \
                 WHERE ($1::timestamptz IS NULL OR at >= $1) \
                 AND ($2::timestamptz IS NULL OR at < $2) \
                 AND ($3::bigint IS NULL OR appointment_id = $3) \
                 ORDER BY id DESC LIMIT $4 OFFSET $5",
            )
            .bind(q.from)
            .bind(q.to)
            .bind(q.appointment_id)
            .bind(limit_of(q.limit))
            .bind(i64::from(q.offset))
            .fetch_all(&self.pool)
            .await?;
            Ok(rows
                .into_iter()
                .map(
                    |(id, at, actor, action, appointment_id, detail, request_key)| AuditRecord {
                        id,
                        entry: AuditEntry {
                            at,
                            actor,
                            action,
                            appointment_id,
                            detail,
                            request_key,
                        },
                    },
                )
                .collect())
        })
        .await
    }

    async fn set_note(
        &self,
        id: AppointmentId,
        note: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let note = note.map(check_note).transpose()?;
        with_deadline(self.op_timeout, async {
            let exists: Option<i64> =
                sqlx::query_scalar("SELECT id FROM appointments WHERE id = $1")
                    .bind(id.0)
                    .fetch_optional(&self.pool)
                    .await?;
            if exists.is_none() {
                return Err(StoreError::NotFound);
            }
            match note.filter(|n| !n.trim().is_empty()) {
                Some(note) => {
                    sqlx::query(
                        "INSERT INTO appointment_notes (appointment_id, note, updated_at) \
                         VALUES ($1, $2, $3) ON CONFLICT (appointment_id) DO UPDATE \
                         SET note = excluded.note, updated_at = excluded.updated_at",
                    )
                    .bind(id.0)
                    .bind(note)
                    .bind(at)
                    .execute(&self.pool)
                    .await?;
                }
                None => {
                    sqlx::query("DELETE FROM appointment_notes WHERE appointment_id = $1")
                        .bind(id.0)
                        .execute(&self.pool)
                        .await?;
                }
            }
            Ok(())
        })
        .await
    }

    async fn notes(&self, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        with_deadline(self.op_timeout, async {
            let rows: Vec<(i64, String)> = sqlx::query_as(
                "SELECT appointment_id, note FROM appointment_notes \
                 WHERE appointment_id = ANY($1)",
            )
            .bind(ids)
            .fetch_all(&self.pool)
            .await?;
            Ok(rows.into_iter().collect())
        })
        .await
    }

    async fn edit_contact(
        &self,
        id: AppointmentId,
        name: Option<&PersonName>,
        phone: Option<&PhoneNumber>,
    ) -> Result<Appointment, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<AppointmentRow> = sqlx::query_as(concat!(
                "UPDATE appointments SET name = COALESCE($2, name), \
                 phone = COALESCE($3, phone), updated_at = now() WHERE id = $1 RETURNING ",
                appointment_columns!()
            ))
            .bind(id.0)
            .bind(name.map(PersonName::as_str))
            .bind(phone.map(PhoneNumber::e164))
            .fetch_optional(&self.pool)
            .await?;
            row.map(to_appointment)
                .transpose()?
                .ok_or(StoreError::NotFound)
        })
        .await
    }

    async fn list_appointments(&self, q: &ManageQuery) -> Result<Vec<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AppointmentRow> = sqlx::query_as(concat!(
                "SELECT ",
                appointment_columns!(),
                " FROM appointments WHERE ($1::timestamptz IS NULL OR start_at >= $1) \
                 AND ($2::timestamptz IS NULL OR start_at < $2) \
                 AND ($3::text IS NULL OR status = $3) \
                 AND ($4::text IS NULL OR resource = $4) \
                 AND ($5::text IS NULL OR phone = $5) \
                 ORDER BY start_at, id LIMIT $6 OFFSET $7"
            ))
            .bind(q.from)
            .bind(q.to)
            .bind(q.status.map(AppointmentStatus::as_str))
            .bind(q.resource.as_deref())
            .bind(q.phone.as_ref().map(PhoneNumber::e164))
            .bind(limit_of(q.limit))
            .bind(i64::from(q.offset))
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(to_appointment).collect()
        })
        .await
    }

    async fn append_turn(&self, t: &TurnRecord) -> Result<(), StoreError> {
        check_turn(t)?;
        with_deadline(self.op_timeout, async {
            sqlx::query(
                "INSERT INTO call_turns (call_id, seq, at, expect, agent_text, caller_text, \
                 extracted, latency_ms, failed, llm_calls) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (call_id, seq) DO NOTHING",
            )
            .bind(&t.call_id)
            .bind(to_i32(t.seq))
            .bind(t.at)
            .bind(&t.expect)
            .bind(cut(&t.agent_text, MAX_TURN_TEXT))
            .bind(t.caller_text.as_deref().map(|c| cut(c, MAX_TURN_TEXT)))
            .bind(t.extracted.as_deref().map(|c| cut(c, MAX_TURN_TEXT)))
            .bind(to_i32(t.latency_ms))
            .bind(t.failed)
            .bind(to_i32(t.llm_calls))
            .execute(&self.pool)
            .await?;
            Ok(())
        })
        .await
    }

    async fn turns(&self, call_id: &str) -> Result<Vec<TurnRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        with_deadline(self.op_timeout, async {
            let rows: Vec<TurnRow> = sqlx::query_as(
                "SELECT call_id, seq, at, expect, agent_text, caller_text, extracted, latency_ms, \
                 failed, llm_calls FROM call_turns WHERE call_id = $1 ORDER BY seq",
            )
            .bind(call_id)
            .fetch_all(&self.pool)
            .await?;
            Ok(rows
                .into_iter()
                .map(
                    |(call_id, seq, at, expect, agent, caller, extracted, ms, failed, llm)| {
                        TurnRecord {
                            call_id,
                            seq: to_u32(i64::from(seq)),
                            at,
                            expect,
                            agent_text: agent,
                            caller_text: caller,
                            extracted,
                            latency_ms: to_u32(i64::from(ms)),
                            failed,
                            llm_calls: to_u32(i64::from(llm)),
                        }
                    },
                )
                .collect())
        })
        .await
    }

    async fn call(&self, call_id: &str) -> Result<Option<CallRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        with_deadline(self.op_timeout, async {
            let row: Option<RecordRow> = sqlx::query_as(
                "SELECT call_id, caller_masked, started_at, ended_at, outcome, turns \
                 FROM call_records WHERE call_id = $1",
            )
            .bind(call_id)
            .fetch_optional(&self.pool)
            .await?;
            Ok(row.map(to_record))
        })
        .await
    }

    async fn list_calls(&self, q: &CallQuery) -> Result<Vec<CallRecord>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<RecordRow> = sqlx::query_as(
                "SELECT call_id, caller_masked, started_at, ended_at, outcome, turns \
                 FROM call_records WHERE ($1::timestamptz IS NULL OR started_at >= $1) \
                 AND ($2::timestamptz IS NULL OR started_at < $2) \
                 AND ($3::text IS NULL OR outcome = $3) \
                 ORDER BY COALESCE(started_at, ended_at) DESC, call_id LIMIT $4 OFFSET $5",
            )
            .bind(q.from)
            .bind(q.to)
            .bind(q.outcome.as_deref())
            .bind(limit_of(q.limit))
            .bind(i64::from(q.offset))
            .fetch_all(&self.pool)
            .await?;
            Ok(rows.into_iter().map(to_record).collect())
        })
        .await
    }

    async fn purge_turns(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        with_deadline(self.op_timeout, async {
            let done = sqlx::query("DELETE FROM call_turns WHERE at < $1")
                .bind(before)
                .execute(&self.pool)
                .await?;
            Ok(done.rows_affected())
        })
        .await
    }

    async fn stats(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats, StoreError> {
        with_deadline(self.op_timeout, async {
            let hours: Vec<(DateTime<Utc>, String, i64)> = sqlx::query_as(
                "SELECT date_trunc('hour', started_at) AS hour, COALESCE(outcome, 'in_progress'), \
                 COUNT(*) FROM call_records WHERE started_at >= $1 AND started_at < $2 \
                 GROUP BY 1, 2 ORDER BY 1, 2",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let failed: Vec<(String, i64)> = sqlx::query_as(
                "SELECT expect, COUNT(*) FROM call_turns WHERE at >= $1 AND at < $2 \
                 AND failed AND expect IS NOT NULL GROUP BY 1",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let latency: Vec<(i32, i64, i64)> = sqlx::query_as(
                "SELECT latency_ms, COUNT(*), SUM(llm_calls)::bigint FROM call_turns \
                 WHERE at >= $1 AND at < $2 GROUP BY 1 ORDER BY 1",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let mut stats = Stats::default();
            for (hour, outcome, calls) in hours {
                let calls = to_u64(calls);
                stats.calls += calls;
                if outcome == "booked" {
                    stats.booked += calls;
                }
                stats.by_hour.push(HourOutcome {
                    hour,
                    outcome,
                    calls,
                });
            }
            stats.failed_by_question = failed.into_iter().map(|(q, n)| (q, to_u64(n))).collect();
            let histogram: Vec<(u32, u64)> = latency
                .iter()
                .map(|&(ms, n, _)| (to_u32(i64::from(ms)), to_u64(n)))
                .collect();
            stats.turns = histogram.iter().map(|(_, n)| n).sum();
            stats.llm_calls = latency.iter().map(|&(_, _, l)| to_u64(l)).sum();
            stats.latency_p50_ms = quantile(&histogram, 0.5);
            stats.latency_p99_ms = quantile(&histogram, 0.99);
            Ok(stats)
        })
        .await
    }
}
