//! [`ManageStore`]: what the management API and the dashboard keep beside the
//! appointments (issue 14): staff notes, the audit trail, every turn of every call
//! (transcripts, with a retention purge) and the aggregates of `GET /api/stats`.
//!
//! It is written once for both SQL backends (`shared.rs`, over the private
//! `sql::Sql` each backend gives in `sqlite.rs` and `postgres.rs`; tables from
//! migrations `0005_management.sql` and `0009_rollups.sql`; stats in `stats.rs`).
//! A store reaches it through [`crate::AppointmentStore::manage`], so a test double
//! that keeps none answers `None` and the features that need it say so instead of
//! failing.

mod postgres;
mod shared;
mod sql;
mod sqlite;
mod stats;

pub(crate) use postgres::args as pg_args;
pub(crate) use sql::{Arg, Row, Sql};
pub(crate) use sqlite::args as sqlite_args;
pub use stats::latency_bucket;

use crate::StoreError;
use crate::customers::MAX_NOTE_CHARS;
use crate::model::{CallRecord, MAX_LIMIT, check_id};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Longest stored text of one turn (agent or caller), bytes; longer text is cut.
pub const MAX_TURN_TEXT: usize = 4000;

/// One change to record in the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who: `api:<key id>`, `dashboard:<sign-in id>` or `system`.
    pub actor: String,
    /// What: `create`, `move`, `cancel`, `edit`, `note`, `token_created`,
    /// `token_revoked`, `sign_in_failed`, ...
    pub action: String,
    /// The appointment it touched, if any.
    pub appointment_id: Option<i64>,
    /// Details as JSON text, without personal data (`{"from": ..., "to": ...}`).
    pub detail: String,
    /// The request that made it: a retried request records once.
    pub request_key: Option<String>,
}

/// An audit entry as stored, with its id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Store id, increasing.
    pub id: i64,
    /// The entry.
    #[serde(flatten)]
    pub entry: AuditEntry,
}

/// A query of the audit trail, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditQuery {
    /// Only entries at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only entries before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Only entries about this appointment.
    pub appointment_id: Option<i64>,
    /// At most this many (0: 100; capped at [`MAX_LIMIT`]).
    pub limit: u32,
    /// Skip this many first.
    pub offset: u32,
}

/// A query of appointments for the management API, ordered by start then id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ManageQuery {
    /// Only appointments starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only appointments starting before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Only appointments in this status.
    pub status: Option<AppointmentStatus>,
    /// Only appointments holding this resource (`""`: the business's only one).
    pub resource: Option<String>,
    /// Only this caller's appointments.
    pub phone: Option<PhoneNumber>,
    /// At most this many (0: 100; capped at [`MAX_LIMIT`]).
    pub limit: u32,
    /// Skip this many first.
    pub offset: u32,
}

/// A query of call records, newest start first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallQuery {
    /// Only calls started at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only calls started before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Only calls with this outcome.
    pub outcome: Option<String>,
    /// At most this many (0: 100; capped at [`MAX_LIMIT`]).
    pub limit: u32,
    /// Skip this many first.
    pub offset: u32,
}

/// One turn of a call as the transcript keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TurnRecord {
    /// The call.
    pub call_id: String,
    /// The turn number (0: the greeting).
    pub seq: u32,
    /// When the turn was answered.
    pub at: DateTime<Utc>,
    /// What the agent asked for before the caller spoke (`name`, `phone`, `time`, ...).
    pub expect: Option<String>,
    /// What the agent said (masked unless the business keeps it plain).
    pub agent_text: String,
    /// What the caller said or typed (masked unless the business keeps it plain).
    pub caller_text: Option<String>,
    /// What was read from the caller's words, as JSON text.
    pub extracted: Option<String>,
    /// How long the server took to answer, ms.
    pub latency_ms: u32,
    /// The caller answered and the agent had to ask the same question again.
    pub failed: bool,
    /// Language-model requests made during the turn.
    pub llm_calls: u32,
}

/// Calls of one outcome started in one hour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HourOutcome {
    /// The hour's start (UTC).
    pub hour: DateTime<Utc>,
    /// The outcome (`in_progress` for calls not ended).
    pub outcome: String,
    /// How many calls.
    pub calls: u64,
}

/// The aggregates of `GET /api/stats` over `[from, to)`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    /// Calls by outcome per hour, earliest first.
    pub by_hour: Vec<HourOutcome>,
    /// Calls started in the range.
    pub calls: u64,
    /// Of those, calls that ended with a booking.
    pub booked: u64,
    /// Failed answers per question asked (`name`, `phone`, `time`, `confirm`).
    pub failed_by_question: HashMap<String, u64>,
    /// Turns answered in the range.
    pub turns: u64,
    /// Median turn latency, ms (`None` without turns).
    pub latency_p50_ms: Option<u32>,
    /// 99th percentile turn latency, ms.
    pub latency_p99_ms: Option<u32>,
    /// Language-model requests made in the range.
    pub llm_calls: u64,
}

/// Notes, audit, transcripts and stats (see the module docs).
#[async_trait]
pub trait ManageStore: Send + Sync {
    /// The appointment a booking with this request key made, if one did (so a retry
    /// is answered before any check that the first booking itself would now fail).
    async fn replayed_booking(
        &self,
        key: &crate::RequestKey,
    ) -> Result<Option<Appointment>, StoreError>;

    /// Appends an audit entry; `false` when its request key was recorded before (a
    /// retried request: nothing is written).
    async fn append_audit(&self, entry: &AuditEntry) -> Result<bool, StoreError>;

    /// Audit entries, newest first.
    async fn list_audit(&self, query: &AuditQuery) -> Result<Vec<AuditRecord>, StoreError>;

    /// Deletes audit entries made before `before` (the retention purge) and returns
    /// how many.
    async fn purge_audit(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// Claims an API `Idempotency-Key` for a request with this `fingerprint` (a hash
    /// of its body): `true` when the key is new or was claimed by the same body,
    /// `false` when another body claimed it first.
    async fn claim_idempotency(
        &self,
        key: &str,
        fingerprint: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError>;

    /// Frees a claim whose request failed (a failed request changes nothing, so its
    /// key may be used again with another body).
    async fn release_idempotency(&self, key: &str, fingerprint: &str) -> Result<(), StoreError>;

    /// Sets (or with `None` clears) an appointment's staff note.
    async fn set_note(
        &self,
        id: AppointmentId,
        note: Option<&str>,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// The notes of these appointments (those that have one).
    async fn notes(&self, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError>;

    /// When each of these appointments was marked a no-show (those marked).
    async fn no_shows(&self, ids: &[i64]) -> Result<HashMap<i64, DateTime<Utc>>, StoreError>;

    /// Changes an appointment's name and/or phone; [`StoreError::NotFound`] if absent.
    async fn edit_contact(
        &self,
        id: AppointmentId,
        name: Option<&PersonName>,
        phone: Option<&PhoneNumber>,
    ) -> Result<Appointment, StoreError>;

    /// Appointments matching a query, ordered by start then id.
    async fn list_appointments(&self, query: &ManageQuery) -> Result<Vec<Appointment>, StoreError>;

    /// Stores one turn; a turn stored before (same call and number) is kept as it was.
    async fn append_turn(&self, turn: &TurnRecord) -> Result<(), StoreError>;

    /// Every stored turn of a call, in order.
    async fn turns(&self, call_id: &str) -> Result<Vec<TurnRecord>, StoreError>;

    /// One call's record.
    async fn call(&self, call_id: &str) -> Result<Option<CallRecord>, StoreError>;

    /// Call records matching a query, newest start first.
    async fn list_calls(&self, query: &CallQuery) -> Result<Vec<CallRecord>, StoreError>;

    /// Deletes turns stored before `before` and returns how many.
    async fn purge_turns(&self, before: DateTime<Utc>) -> Result<u64, StoreError>;

    /// The aggregates over calls started (and turns answered) in `[from, to)`, from
    /// hourly roll-ups (see `stats.rs`: counts exact, latency in buckets).
    async fn stats(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<Stats, StoreError>;
}

/// A stored count back to the API's type (negative: 0).
pub(crate) fn to_u32(v: i64) -> u32 {
    u32::try_from(v.max(0)).unwrap_or(u32::MAX)
}

/// A stored count back to the API's type (negative: 0).
pub(crate) fn to_u64(v: i64) -> u64 {
    u64::try_from(v.max(0)).unwrap_or(0)
}

/// A limit as the SQL binds it (0: 100; capped at [`MAX_LIMIT`]).
pub(crate) fn limit_of(limit: u32) -> i64 {
    i64::from(if limit == 0 {
        100
    } else {
        limit.min(MAX_LIMIT)
    })
}

/// The one rule for a staff note, on an appointment or a customer's record: at most
/// [`MAX_NOTE_CHARS`] characters, no control characters but line breaks and tabs.
pub fn check_note(note: &str) -> Result<&str, StoreError> {
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(StoreError::Invalid(format!(
            "a note is at most {MAX_NOTE_CHARS} characters"
        )));
    }
    if note
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(StoreError::Invalid(
            "a note has no control characters but line breaks and tabs".into(),
        ));
    }
    Ok(note)
}

/// Validates an audit entry's labels before it reaches a backend.
pub(crate) fn check_entry(entry: &AuditEntry) -> Result<(), StoreError> {
    check_id("audit actor", &entry.actor)?;
    check_id("audit action", &entry.action)?;
    if let Some(key) = &entry.request_key {
        check_id("audit request key", key)?;
    }
    if entry.detail.len() > 8192 {
        return Err(StoreError::Invalid("audit detail over 8 KiB".into()));
    }
    Ok(())
}

/// Cuts text to at most `max` bytes on a character boundary.
pub(crate) fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Validates a turn before it reaches a backend.
pub(crate) fn check_turn(turn: &TurnRecord) -> Result<(), StoreError> {
    check_id("call id", &turn.call_id)?;
    if let Some(e) = &turn.expect {
        check_id("turn expect", e)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_and_cuts() {
        assert!(check_note("call back\nafter 5").is_ok());
        assert!(check_note("bell\u{7}").is_err());
        assert!(check_note(&"x".repeat(MAX_NOTE_CHARS + 1)).is_err());
        assert_eq!(cut("héllo", 2), "h");
        assert_eq!(cut("abc", 10), "abc");
    }
}
