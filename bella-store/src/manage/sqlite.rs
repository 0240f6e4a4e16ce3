//! [`ManageStore`] on SQLite: writes go through the store's writer task (one
//! connection, like every other write), reads through its pool.

use super::{
    AuditEntry, AuditQuery, AuditRecord, CallQuery, MAX_TURN_TEXT, ManageQuery, ManageStore, Stats,
    TurnRecord, assemble, check_entry, check_note, check_turn, cut, limit_of, to_u32,
};
use crate::StoreError;
use crate::error::with_deadline;
use crate::model::{CallRecord, Op, appointment_columns, check_id, replay};
use crate::rows::{self, StoredTime as _, appointment as to_appointment};
use crate::sqlite::SqliteStore;

type AppointmentRow = rows::AppointmentRow<i64, i64>;

fn from_secs(secs: i64) -> Result<chrono::DateTime<chrono::Utc>, StoreError> {
    secs.utc()
}
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

type AuditRow = (
    i64,
    i64,
    String,
    String,
    Option<i64>,
    String,
    Option<String>,
);
type TurnRow = (
    String,
    i64,
    i64,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    i64,
);
type RecordRow = (
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<i64>,
);

fn to_record(row: RecordRow) -> Result<CallRecord, StoreError> {
    let (call_id, caller_masked, started, ended, outcome, turns) = row;
    Ok(CallRecord {
        call_id,
        caller_masked,
        started_at: started.map(from_secs).transpose()?,
        ended_at: ended.map(from_secs).transpose()?,
        outcome,
        turns: turns.map(|t| u32::try_from(t).unwrap_or(u32::MAX)),
    })
}

#[async_trait]
impl ManageStore for SqliteStore {
    async fn replayed_booking(
        &self,
        key: &crate::RequestKey,
    ) -> Result<Option<Appointment>, StoreError> {
        let key = key.check()?;
        with_deadline(self.op_timeout, async {
            let row: Option<(String, String)> =
                sqlx::query_as("SELECT op, result FROM request_keys WHERE key = ?1")
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
        let e = entry.clone();
        self.exclusive(move |conn| {
            Box::pin(async move {
                let done = sqlx::query(
                    "INSERT INTO audit_log (at, actor, action, appointment_id, detail, request_key) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (request_key) DO NOTHING",
                )
                .bind(e.at.timestamp())
                .bind(&e.actor)
                .bind(&e.action)
                .bind(e.appointment_id)
                .bind(&e.detail)
                .bind(&e.request_key)
                .execute(&mut *conn)
                .await?;
                Ok(done.rows_affected() == 1)
            })
        })
        .await
    }

    async fn list_audit(&self, q: &AuditQuery) -> Result<Vec<AuditRecord>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AuditRow> = sqlx::query_as(
                "SELECT id, at, actor, action, appointment_id, detail, request_key FROM audit_log \
                 WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR at < ?2) \
                 AND (?3 IS NULL OR appointment_id = ?3) ORDER BY id DESC LIMIT ?4 OFFSET ?5",
            )
            .bind(q.from.map(|t| t.timestamp()))
            .bind(q.to.map(|t| t.timestamp()))
            .bind(q.appointment_id)
            .bind(limit_of(q.limit))
            .bind(i64::from(q.offset))
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter()
                .map(
                    |(id, at, actor, action, appointment_id, detail, request_key)| {
                        Ok(AuditRecord {
                            id,
                            entry: AuditEntry {
                                at: from_secs(at)?,
                                actor,
                                action,
                                appointment_id,
                                detail,
                                request_key,
                            },
                        })
                    },
                )
                .collect()
        })
        .await
    }

    async fn set_note(
        &self,
        id: AppointmentId,
        note: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let note = note.map(check_note).transpose()?.map(str::to_owned);
        self.exclusive(move |conn| {
            Box::pin(async move {
                let exists: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM appointments WHERE id = ?1")
                        .bind(id.0)
                        .fetch_optional(&mut *conn)
                        .await?;
                if exists.is_none() {
                    return Err(StoreError::NotFound);
                }
                match note.filter(|n| !n.trim().is_empty()) {
                    Some(note) => {
                        sqlx::query(
                            "INSERT INTO appointment_notes (appointment_id, note, updated_at) \
                             VALUES (?1, ?2, ?3) ON CONFLICT (appointment_id) DO UPDATE \
                             SET note = excluded.note, updated_at = excluded.updated_at",
                        )
                        .bind(id.0)
                        .bind(note)
                        .bind(at.timestamp())
                        .execute(&mut *conn)
                        .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM appointment_notes WHERE appointment_id = ?1")
                            .bind(id.0)
                            .execute(&mut *conn)
                            .await?;
                    }
                }
                Ok(())
            })
        })
        .await
    }

    async fn notes(&self, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let list = serde_json::to_string(ids).map_err(|e| StoreError::Backend(e.to_string()))?;
        with_deadline(self.op_timeout, async {
            let rows: Vec<(i64, String)> = sqlx::query_as(
                "SELECT appointment_id, note FROM appointment_notes \
                 WHERE appointment_id IN (SELECT value FROM json_each(?1))",
            )
            .bind(list)
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
        let name = name.map(|n| n.as_str().to_owned());
        let phone = phone.map(|p| p.e164().to_owned());
        let now = self.clock.now().timestamp();
        self.exclusive(move |conn| {
            Box::pin(async move {
                let row: Option<AppointmentRow> = sqlx::query_as(concat!(
                    "UPDATE appointments SET name = COALESCE(?2, name), \
                     phone = COALESCE(?3, phone), updated_at = ?4 WHERE id = ?1 RETURNING ",
                    appointment_columns!()
                ))
                .bind(id.0)
                .bind(name)
                .bind(phone)
                .bind(now)
                .fetch_optional(&mut *conn)
                .await?;
                row.map(to_appointment)
                    .transpose()?
                    .ok_or(StoreError::NotFound)
            })
        })
        .await
    }

    async fn list_appointments(&self, q: &ManageQuery) -> Result<Vec<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AppointmentRow> = sqlx::query_as(concat!(
                "SELECT ",
                appointment_columns!(),
                " FROM appointments WHERE (?1 IS NULL OR start_at >= ?1) \
                 AND (?2 IS NULL OR start_at < ?2) AND (?3 IS NULL OR status = ?3) \
                 AND (?4 IS NULL OR resource = ?4) AND (?5 IS NULL OR phone = ?5) \
                 ORDER BY start_at, id LIMIT ?6 OFFSET ?7"
            ))
            .bind(q.from.map(|t| t.timestamp()))
            .bind(q.to.map(|t| t.timestamp()))
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

    async fn append_turn(&self, turn: &TurnRecord) -> Result<(), StoreError> {
        check_turn(turn)?;
        let t = turn.clone();
        self.exclusive(move |conn| {
            Box::pin(async move {
                sqlx::query(
                    "INSERT INTO call_turns (call_id, seq, at, expect, agent_text, caller_text, \
                     extracted, latency_ms, failed, llm_calls) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
                     ON CONFLICT (call_id, seq) DO NOTHING",
                )
                .bind(&t.call_id)
                .bind(i64::from(t.seq))
                .bind(t.at.timestamp())
                .bind(&t.expect)
                .bind(cut(&t.agent_text, MAX_TURN_TEXT))
                .bind(t.caller_text.as_deref().map(|c| cut(c, MAX_TURN_TEXT)))
                .bind(t.extracted.as_deref().map(|c| cut(c, MAX_TURN_TEXT)))
                .bind(i64::from(t.latency_ms))
                .bind(i64::from(t.failed))
                .bind(i64::from(t.llm_calls))
                .execute(&mut *conn)
                .await?;
                Ok(())
            })
        })
        .await
    }

    async fn turns(&self, call_id: &str) -> Result<Vec<TurnRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        with_deadline(self.op_timeout, async {
            let rows: Vec<TurnRow> = sqlx::query_as(
                "SELECT call_id, seq, at, expect, agent_text, caller_text, extracted, latency_ms, \
                 failed, llm_calls FROM call_turns WHERE call_id = ?1 ORDER BY seq",
            )
            .bind(call_id)
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter()
                .map(
                    |(call_id, seq, at, expect, agent, caller, extracted, ms, failed, llm)| {
                        Ok(TurnRecord {
                            call_id,
                            seq: to_u32(seq),
                            at: from_secs(at)?,
                            expect,
                            agent_text: agent,
                            caller_text: caller,
                            extracted,
                            latency_ms: to_u32(ms),
                            failed: failed != 0,
                            llm_calls: to_u32(llm),
                        })
                    },
                )
                .collect()
        })
        .await
    }

    async fn call(&self, call_id: &str) -> Result<Option<CallRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        with_deadline(self.op_timeout, async {
            let row: Option<RecordRow> = sqlx::query_as(
                "SELECT call_id, caller_masked, started_at, ended_at, outcome, turns \
                 FROM call_records WHERE call_id = ?1",
            )
            .bind(call_id)
            .fetch_optional(&self.pool)
            .await?;
            row.map(to_record).transpose()
        })
        .await
    }

    async fn list_calls(&self, q: &CallQuery) -> Result<Vec<CallRecord>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<RecordRow> = sqlx::query_as(
                "SELECT call_id, caller_masked, started_at, ended_at, outcome, turns \
                 FROM call_records WHERE (?1 IS NULL OR started_at >= ?1) \
                 AND (?2 IS NULL OR started_at < ?2) AND (?3 IS NULL OR outcome = ?3) \
                 ORDER BY COALESCE(started_at, ended_at) DESC, call_id LIMIT ?4 OFFSET ?5",
            )
            .bind(q.from.map(|t| t.timestamp()))
            .bind(q.to.map(|t| t.timestamp()))
            .bind(q.outcome.as_deref())
            .bind(limit_of(q.limit))
            .bind(i64::from(q.offset))
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(to_record).collect()
        })
        .await
    }

    async fn purge_turns(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.exclusive(move |conn| {
            Box::pin(async move {
                let done = sqlx::query("DELETE FROM call_turns WHERE at < ?1")
                    .bind(before.timestamp())
                    .execute(&mut *conn)
                    .await?;
                Ok(done.rows_affected())
            })
        })
        .await
    }

    async fn stats(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats, StoreError> {
        // Rows are stamped in whole seconds: a range ending inside a second includes it.
        let to = to.timestamp() + i64::from(to.timestamp_subsec_nanos() > 0);
        let from = from.timestamp();
        with_deadline(self.op_timeout, async {
            let hours: Vec<(i64, String, i64)> = sqlx::query_as(
                "SELECT started_at / 3600 * 3600 AS hour, COALESCE(outcome, 'in_progress'), \
                 COUNT(*) FROM call_records INDEXED BY call_records_started_outcome \
                 WHERE started_at >= ?1 AND started_at < ?2 GROUP BY 1, 2 ORDER BY 1, 2",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let failed: Vec<(String, i64)> = sqlx::query_as(
                "SELECT expect, COUNT(*) FROM call_turns INDEXED BY call_turns_at \
                 WHERE at >= ?1 AND at < ?2 AND failed = 1 AND expect IS NOT NULL GROUP BY 1",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let latency: Vec<(i64, i64, i64)> = sqlx::query_as(
                "SELECT latency_ms, COUNT(*), SUM(llm_calls) FROM call_turns \
                 INDEXED BY call_turns_at WHERE at >= ?1 AND at < ?2 GROUP BY 1 ORDER BY 1",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            let hours = hours
                .into_iter()
                .map(|(h, o, n)| Ok((from_secs(h)?, o, n)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            let stats = assemble(hours, failed, &latency);
            Ok(stats)
        })
        .await
    }
}
