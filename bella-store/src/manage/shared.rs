//! [`ManageStore`] written once for both SQL backends, over [`Sql`]: the statements
//! (one text both dialects accept, but for the id lists), the arguments and the row
//! mapping. Integers are `INTEGER` columns read as `i32`, counts as `i64`.

use super::sql::{Arg, Sql};
use super::{
    AuditEntry, AuditQuery, AuditRecord, CallQuery, MAX_TURN_TEXT, ManageQuery, ManageStore, Stats,
    TurnRecord, check_entry, check_note, check_turn, cut, limit_of, stats, to_u32,
};
use crate::StoreError;
use crate::model::{CallRecord, Op, appointment_columns, check_id, replay};
use crate::rows::{self, appointment as to_appointment};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

type AppointmentRow = rows::AppointmentRow<DateTime<Utc>, i32>;
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
    Option<String>,
);

/// `SELECT` of the [`RecordRow`] columns `FROM call_records`, then `$tail`.
macro_rules! records {
    ($tail:literal) => {
        concat!(
            "SELECT call_id, caller_masked, started_at, ended_at, outcome, turns, channel \
             FROM call_records ",
            $tail
        )
    };
}

fn to_record(row: RecordRow) -> CallRecord {
    let (call_id, caller_masked, started_at, ended_at, outcome, turns, channel) = row;
    CallRecord {
        call_id,
        caller_masked,
        started_at,
        ended_at,
        outcome,
        turns: turns.map(|t| to_u32(i64::from(t))),
        channel,
    }
}

fn to_audit(row: AuditRow) -> AuditRecord {
    let (id, at, actor, action, appointment_id, detail, request_key) = row;
    AuditRecord {
        id,
        entry: AuditEntry {
            at,
            actor,
            action,
            appointment_id,
            detail,
            request_key,
        },
    }
}

fn to_turn(row: TurnRow) -> TurnRecord {
    let (call_id, seq, at, expect, agent_text, caller_text, extracted, ms, failed, llm) = row;
    TurnRecord {
        call_id,
        seq: to_u32(seq.into()),
        at,
        expect,
        agent_text,
        caller_text,
        extracted,
        latency_ms: to_u32(ms.into()),
        failed,
        llm_calls: to_u32(llm.into()),
    }
}

fn int(v: u32) -> Arg {
    Arg::Int(Some(i64::from(v)))
}

fn text(v: Option<&str>) -> Arg {
    Arg::Text(v.map(str::to_owned))
}

/// The arguments of a paged list: `$1`, `$2` the range, then `filters`, then the
/// limit and offset.
fn paged(
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    filters: impl IntoIterator<Item = Arg>,
    limit: u32,
    offset: u32,
) -> Vec<Arg> {
    let mut args = vec![Arg::Bound(from), Arg::Bound(to)];
    args.extend(filters);
    args.extend([Arg::Int(Some(limit_of(limit))), int(offset)]);
    args
}

#[async_trait]
impl<S: Sql> ManageStore for S {
    async fn replayed_booking(
        &self,
        key: &crate::RequestKey,
    ) -> Result<Option<Appointment>, StoreError> {
        let key = key.check()?;
        let rows: Vec<(String, String)> = self
            .read(
                "SELECT op, result FROM request_keys WHERE key = $1",
                vec![text(Some(key))],
            )
            .await?;
        rows.into_iter()
            .next()
            .map(|(op, result)| replay(Op::Book, &op, &result))
            .transpose()
    }

    async fn claim_idempotency(
        &self,
        key: &str,
        fingerprint: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let key = check_id("idempotency key", key)?;
        let fingerprint = check_id("request fingerprint", fingerprint)?;
        self.write(
            "INSERT INTO idempotency_keys (key, fingerprint, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (key) DO NOTHING",
            vec![text(Some(key)), text(Some(fingerprint)), Arg::Time(at)],
        )
        .await?;
        let first: Vec<(String,)> = self
            .read(
                "SELECT fingerprint FROM idempotency_keys WHERE key = $1",
                vec![text(Some(key))],
            )
            .await?;
        // Released between the two statements: the key is free again.
        Ok(first.first().is_none_or(|(f,)| f == fingerprint))
    }

    async fn release_idempotency(&self, key: &str, fingerprint: &str) -> Result<(), StoreError> {
        self.write(
            "DELETE FROM idempotency_keys WHERE key = $1 AND fingerprint = $2",
            vec![text(Some(key)), text(Some(fingerprint))],
        )
        .await?;
        Ok(())
    }

    async fn append_audit(&self, e: &AuditEntry) -> Result<bool, StoreError> {
        check_entry(e)?;
        let done = self
            .write(
                "INSERT INTO audit_log (at, actor, action, appointment_id, detail, request_key) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (request_key) DO NOTHING",
                vec![
                    Arg::Time(e.at),
                    text(Some(&e.actor)),
                    text(Some(&e.action)),
                    Arg::Int(e.appointment_id),
                    text(Some(&e.detail)),
                    text(e.request_key.as_deref()),
                ],
            )
            .await?;
        Ok(done == 1)
    }

    async fn list_audit(&self, q: &AuditQuery) -> Result<Vec<AuditRecord>, StoreError> {
        let rows: Vec<AuditRow> = self
            .read(
                "SELECT id, at, actor, action, appointment_id, detail, request_key FROM audit_log \
                 WHERE ($1 IS NULL OR at >= $1) AND ($2 IS NULL OR at < $2) \
                 AND ($3 IS NULL OR appointment_id = $3) ORDER BY id DESC LIMIT $4 OFFSET $5",
                paged(
                    q.from,
                    q.to,
                    [Arg::Int(q.appointment_id)],
                    q.limit,
                    q.offset,
                ),
            )
            .await?;
        Ok(rows.into_iter().map(to_audit).collect())
    }

    async fn purge_audit(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.purge("DELETE FROM audit_log WHERE at < $1", before)
            .await
    }

    async fn set_note(
        &self,
        id: AppointmentId,
        note: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let note = note.map(check_note).transpose()?;
        let exists: Vec<(i64,)> = self
            .read(
                "SELECT id FROM appointments WHERE id = $1",
                vec![Arg::Int(Some(id.0))],
            )
            .await?;
        if exists.is_empty() {
            return Err(StoreError::NotFound);
        }
        match note.filter(|n| !n.trim().is_empty()) {
            Some(note) => {
                self.write(
                    "INSERT INTO appointment_notes (appointment_id, note, updated_at) \
                     VALUES ($1, $2, $3) ON CONFLICT (appointment_id) DO UPDATE \
                     SET note = excluded.note, updated_at = excluded.updated_at",
                    vec![Arg::Int(Some(id.0)), text(Some(note)), Arg::Time(at)],
                )
                .await?
            }
            None => {
                self.write(
                    "DELETE FROM appointment_notes WHERE appointment_id = $1",
                    vec![Arg::Int(Some(id.0))],
                )
                .await?
            }
        };
        Ok(())
    }

    async fn notes(&self, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let sql = self.dialect(
            "SELECT appointment_id, note FROM appointment_notes WHERE appointment_id = ANY($1)",
            "SELECT appointment_id, note FROM appointment_notes \
             WHERE appointment_id IN (SELECT value FROM json_each($1))",
        );
        let rows: Vec<(i64, String)> = self.read(sql, vec![Arg::Ids(ids.to_vec())]).await?;
        Ok(rows.into_iter().collect())
    }

    async fn no_shows(&self, ids: &[i64]) -> Result<HashMap<i64, DateTime<Utc>>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let sql = self.dialect(
            "SELECT id, no_show_at FROM appointments \
             WHERE id = ANY($1) AND no_show AND no_show_at IS NOT NULL",
            "SELECT id, no_show_at FROM appointments \
             WHERE id IN (SELECT value FROM json_each($1)) AND no_show AND no_show_at IS NOT NULL",
        );
        let rows: Vec<(i64, DateTime<Utc>)> = self.read(sql, vec![Arg::Ids(ids.to_vec())]).await?;
        Ok(rows.into_iter().collect())
    }

    async fn edit_contact(
        &self,
        id: AppointmentId,
        name: Option<&PersonName>,
        phone: Option<&PhoneNumber>,
    ) -> Result<Appointment, StoreError> {
        let rows: Vec<AppointmentRow> = self
            .write_rows(
                concat!(
                    "UPDATE appointments SET name = COALESCE($2, name), \
                     phone = COALESCE($3, phone), updated_at = $4 WHERE id = $1 RETURNING ",
                    appointment_columns!()
                ),
                vec![
                    Arg::Int(Some(id.0)),
                    text(name.map(PersonName::as_str)),
                    text(phone.map(PhoneNumber::e164)),
                    Arg::Time(self.clock().now()),
                ],
            )
            .await?;
        rows.into_iter()
            .next()
            .map(to_appointment)
            .transpose()?
            .ok_or(StoreError::NotFound)
    }

    async fn list_appointments(&self, q: &ManageQuery) -> Result<Vec<Appointment>, StoreError> {
        let rows: Vec<AppointmentRow> = self
            .read(
                concat!(
                    "SELECT ",
                    appointment_columns!(),
                    " FROM appointments WHERE ($1 IS NULL OR start_at >= $1) \
                     AND ($2 IS NULL OR start_at < $2) AND ($3 IS NULL OR status = $3) \
                     AND ($4 IS NULL OR resource = $4) AND ($5 IS NULL OR phone = $5) \
                     ORDER BY start_at, id LIMIT $6 OFFSET $7"
                ),
                paged(
                    q.from,
                    q.to,
                    [
                        text(q.status.map(AppointmentStatus::as_str)),
                        text(q.resource.as_deref()),
                        text(q.phone.as_ref().map(PhoneNumber::e164)),
                    ],
                    q.limit,
                    q.offset,
                ),
            )
            .await?;
        rows.into_iter().map(to_appointment).collect()
    }

    async fn append_turn(&self, t: &TurnRecord) -> Result<(), StoreError> {
        check_turn(t)?;
        let cut_text = |c: Option<&str>| text(c.map(|c| cut(c, MAX_TURN_TEXT)));
        self.write(
            "INSERT INTO call_turns (call_id, seq, at, expect, agent_text, caller_text, \
             extracted, latency_ms, failed, llm_calls) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (call_id, seq) DO NOTHING",
            vec![
                text(Some(&t.call_id)),
                int(t.seq.min(i32::MAX as u32)),
                Arg::Time(t.at),
                text(t.expect.as_deref()),
                cut_text(Some(&t.agent_text)),
                cut_text(t.caller_text.as_deref()),
                cut_text(t.extracted.as_deref()),
                int(t.latency_ms.min(i32::MAX as u32)),
                Arg::Bool(t.failed),
                int(t.llm_calls.min(i32::MAX as u32)),
            ],
        )
        .await?;
        Ok(())
    }

    async fn turns(&self, call_id: &str) -> Result<Vec<TurnRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        let rows: Vec<TurnRow> = self
            .read(
                "SELECT call_id, seq, at, expect, agent_text, caller_text, extracted, latency_ms, \
                 failed, llm_calls FROM call_turns WHERE call_id = $1 ORDER BY seq",
                vec![text(Some(call_id))],
            )
            .await?;
        Ok(rows.into_iter().map(to_turn).collect())
    }

    async fn call(&self, call_id: &str) -> Result<Option<CallRecord>, StoreError> {
        let call_id = check_id("call id", call_id)?;
        let rows: Vec<RecordRow> = self
            .read(records!("WHERE call_id = $1"), vec![text(Some(call_id))])
            .await?;
        Ok(rows.into_iter().next().map(to_record))
    }

    async fn list_calls(&self, q: &CallQuery) -> Result<Vec<CallRecord>, StoreError> {
        let rows: Vec<RecordRow> = self
            .read(
                records!(
                    "WHERE ($1 IS NULL OR started_at >= $1) AND ($2 IS NULL OR started_at < $2) \
                     AND ($3 IS NULL OR outcome = $3) \
                     ORDER BY COALESCE(started_at, ended_at) DESC, call_id LIMIT $4 OFFSET $5"
                ),
                paged(
                    q.from,
                    q.to,
                    [text(q.outcome.as_deref())],
                    q.limit,
                    q.offset,
                ),
            )
            .await?;
        Ok(rows.into_iter().map(to_record).collect())
    }

    async fn purge_turns(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.purge("DELETE FROM call_turns WHERE at < $1", before)
            .await
    }

    async fn stats(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats, StoreError> {
        stats::over(self, from, to).await
    }
}
