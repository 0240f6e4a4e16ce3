//! The [`AppointmentStore`], [`SessionRows`] and [`CallRecordStore`] of both SQL
//! backends, written once over [`SqlBackend`] (the management store's [`Sql`], and
//! what a backend runs in its own transaction or writer): the checks, the reads of
//! appointments, customers, busy intervals and live sessions, and the plain
//! single-statement writes (a customer's note, the purges). One statement text serves
//! both dialects (`$n` placeholders; SQLite binds instants as Unix seconds, range
//! bounds by the rule of [`crate::sql_time`]) but where
//! the text must differ ([`Sql::dialect`]). A backend keeps its transactions, its
//! locking and the SQLite writer's batches.

use crate::change::{Booking, Change};
use crate::customers::clean_note;
use crate::manage::{Arg, Sql};
use crate::model::{
    appointment_columns, check_id, check_outcome, now_ms, recent_records, without_resources,
};
use crate::session_rules::{SessionRows, SessionSave};
use crate::tx_sql::{self, Tx};
use crate::{
    AppointmentQuery, AppointmentStore, Busy, CallRecord, CallRecordStore, Customer,
    NewAppointment, RequestKey, SqliteStore, StoreError, rows,
};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, PhoneNumber};
use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use std::fmt;

/// Appointment rows as both backends decode them (SQLite reads its Unix seconds as
/// instants).
type AppointmentRow = rows::AppointmentRow<DateTime<Utc>, i32>;

/// What recording a call's start does to a record already there (Postgres's single
/// row, the SQLite writer's batch): it keeps every value already recorded.
macro_rules! record_start_conflict {
    () => {
        "ON CONFLICT (call_id) DO UPDATE SET \
         caller_masked = COALESCE(call_records.caller_masked, excluded.caller_masked), \
         started_at = COALESCE(call_records.started_at, excluded.started_at), \
         channel = COALESCE(call_records.channel, excluded.channel)"
    };
}
pub(crate) use record_start_conflict;

/// What recording a call's end does to a record already there: the end, outcome and
/// turns replace what it held.
macro_rules! record_end_conflict {
    () => {
        "ON CONFLICT (call_id) DO UPDATE SET ended_at = excluded.ended_at, \
         outcome = excluded.outcome, turns = excluded.turns"
    };
}
pub(crate) use record_end_conflict;

/// A text argument.
pub(crate) fn text(v: &str) -> Arg {
    Arg::Text(Some(v.to_owned()))
}

/// A call's start as recorded: its ids checked, the caller masked.
pub(crate) struct CallStart<'a> {
    pub call_id: &'a str,
    pub caller_masked: Option<String>,
    pub started_at: DateTime<Utc>,
    pub channel: &'a str,
}

/// A call's end as recorded: its id and outcome checked.
pub(crate) struct CallEnd<'a> {
    pub call_id: &'a str,
    pub outcome: &'a str,
    pub turns: u32,
    pub ended_at: DateTime<Utc>,
}

/// What a SQL backend gives the [`AppointmentStore`], [`SessionRows`] and
/// [`CallRecordStore`] below: besides its [`Sql`], the changes it runs in its own
/// transaction (SQLite: on the writer task), its session saves and call records
/// (SQLite: batched by the writer) and its readiness.
#[async_trait]
pub(crate) trait SqlBackend: Sql + fmt::Debug {
    /// Runs an idempotent appointment change in one transaction
    /// ([`crate::change::keyed`]).
    async fn keyed(&self, key: &RequestKey, change: Change) -> Result<Appointment, StoreError>;
    /// Runs `job`, statements of [`crate::tx_sql`], in one transaction (Postgres: on a
    /// pooled connection; SQLite: on the writer, `BEGIN IMMEDIATE`), its writes stamped
    /// by the store's clock: committed when the job succeeds, rolled back on any error.
    async fn on_tx<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(Tx<'c>) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static;
    /// Writes a checked session save ([`SessionRows::save_checked`]).
    async fn save_session(&self, save: &SessionSave<'_>) -> Result<u64, StoreError>;
    /// Deletes a call's session ([`SessionRows::delete_checked`]).
    async fn delete_session(&self, call_id: &str) -> Result<(), StoreError>;
    /// Records a call's start, keeping what a record already holds
    /// ([`record_start_conflict`]).
    async fn start_record(&self, start: CallStart<'_>) -> Result<(), StoreError>;
    /// Records a call's end ([`record_end_conflict`]).
    async fn end_record(&self, end: CallEnd<'_>) -> Result<(), StoreError>;
    /// Whether the backend answers (for `/readyz`).
    async fn ready(&self) -> Result<(), StoreError>;
    /// The SQLite store, if this is it ([`AppointmentStore::as_sqlite`]).
    fn sqlite(&self) -> Option<&SqliteStore> {
        None
    }
}

#[async_trait]
impl<S: SqlBackend> AppointmentStore for S {
    async fn book(&self, new: NewAppointment, key: &RequestKey) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::Book(Box::new(Booking::check(new)?)))
            .await
    }

    async fn busy_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, StoreError> {
        Ok(without_resources(self.busy_with_resources(from, to).await?))
    }

    async fn busy_with_resources(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Busy>, StoreError> {
        busy(self, from, to).await
    }

    async fn customer(&self, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
        customer(self, phone).await
    }

    async fn delete_customer(&self, phone: &PhoneNumber) -> Result<bool, StoreError> {
        let phone = phone.clone();
        self.on_tx(move |mut tx| {
            Box::pin(async move { tx_sql::erase_customer(&mut tx, &phone).await })
        })
        .await
    }

    async fn set_no_show(&self, id: AppointmentId, missed: bool) -> Result<bool, StoreError> {
        self.on_tx(move |mut tx| {
            Box::pin(async move { tx_sql::mark_no_show(&mut tx, id, missed).await })
        })
        .await
    }

    async fn set_customer_note(
        &self,
        phone: &PhoneNumber,
        note: Option<&str>,
    ) -> Result<bool, StoreError> {
        set_customer_note(self, phone, clean_note(note)?).await
    }

    async fn find_by_phone(
        &self,
        phone: &PhoneNumber,
        from: DateTime<Utc>,
    ) -> Result<Vec<Appointment>, StoreError> {
        find_by_phone(self, phone, from).await
    }

    async fn get(&self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        get(self, id).await
    }

    async fn cancel(&self, id: AppointmentId, key: &RequestKey) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::Cancel(id)).await
    }

    async fn reschedule_to(
        &self,
        id: AppointmentId,
        new_start: DateTime<Utc>,
        resource: Option<&str>,
        key: &RequestKey,
    ) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::reschedule(id, new_start, resource)?)
            .await
    }

    async fn list(&self, query: &AppointmentQuery) -> Result<Vec<Appointment>, StoreError> {
        list(self, query).await
    }

    async fn purge_request_keys(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        purge_request_keys(self, before).await
    }

    fn manage(&self) -> Option<&dyn crate::ManageStore> {
        Some(self)
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.ready().await
    }

    fn as_sqlite(&self) -> Option<&SqliteStore> {
        self.sqlite()
    }
}

#[async_trait]
impl<S: SqlBackend> SessionRows for S {
    async fn load_live(&self, call_id: &str) -> Result<Option<(String, i64)>, StoreError> {
        let rows: Vec<(String, i64)> = self
            .read(
                "SELECT data, version FROM sessions WHERE call_id = $1 AND expires_at > $2",
                vec![text(call_id), Arg::Int(Some(now_ms(self.clock())))],
            )
            .await?;
        Ok(rows.into_iter().next())
    }

    async fn save_checked(&self, save: &SessionSave<'_>) -> Result<u64, StoreError> {
        self.save_session(save).await
    }

    async fn delete_checked(&self, call_id: &str) -> Result<(), StoreError> {
        self.delete_session(call_id).await
    }

    async fn purge_rows(&self) -> Result<u64, StoreError> {
        self.write(
            "DELETE FROM sessions WHERE expires_at <= $1",
            vec![Arg::Int(Some(now_ms(self.clock())))],
        )
        .await
    }

    async fn ping_backend(&self) -> Result<(), StoreError> {
        self.ready().await
    }
}

#[async_trait]
impl<S: SqlBackend> CallRecordStore for S {
    async fn record_start(
        &self,
        call_id: &str,
        caller: Option<&PhoneNumber>,
        started_at: DateTime<Utc>,
        channel: &str,
    ) -> Result<(), StoreError> {
        self.start_record(CallStart {
            call_id: check_id("call id", call_id)?,
            caller_masked: caller.map(PhoneNumber::masked),
            started_at,
            channel: check_id("call channel", channel)?,
        })
        .await
    }

    async fn record_end(
        &self,
        call_id: &str,
        outcome: &str,
        turns: u32,
        ended_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.end_record(CallEnd {
            call_id: check_id("call id", call_id)?,
            outcome: check_outcome(outcome)?,
            turns,
            ended_at,
        })
        .await
    }

    async fn list_records(&self, limit: u32) -> Result<Vec<CallRecord>, StoreError> {
        recent_records(self, limit).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.ready().await
    }
}

/// Booked intervals overlapping `[from, to)`, with their resources, earliest first.
async fn busy<S: Sql>(
    store: &S,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Result<Vec<Busy>, StoreError> {
    let sql = store.dialect(
        "SELECT start_at, end_at, resource FROM appointments WHERE status = 'booked' \
         AND tstzrange(start_at, end_at, '[)') && tstzrange($1, $2, '[)') \
         ORDER BY start_at",
        // Indexed by start (a booking lasts at most a day, so the start is bounded
        // from both sides).
        "SELECT start_at, end_at, resource FROM appointments WHERE status = 'booked' \
         AND start_at < $2 AND start_at > $1 - 86400 AND end_at > $1 ORDER BY start_at",
    );
    let rows: Vec<(DateTime<Utc>, DateTime<Utc>, String)> = store
        .read(sql, vec![Arg::Time(from), Arg::Bound(Some(to))])
        .await?;
    rows.into_iter().map(rows::busy).collect()
}

/// The record kept for a caller number.
async fn customer<S: Sql>(store: &S, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
    let rows: Vec<rows::CustomerRow<DateTime<Utc>, i32>> = store
        .read(
            concat!(
                "SELECT ",
                rows::customer_columns!(),
                " FROM customers WHERE phone = $1"
            ),
            vec![text(phone.e164())],
        )
        .await?;
    rows.into_iter().next().map(rows::customer).transpose()
}

/// Sets the note on a caller's record; `false` when the number has no record.
async fn set_customer_note<S: Sql>(
    store: &S,
    phone: &PhoneNumber,
    note: Option<String>,
) -> Result<bool, StoreError> {
    let done = store
        .write(
            "UPDATE customers SET note = $2, updated_at = $3 WHERE phone = $1",
            vec![
                text(phone.e164()),
                Arg::Text(note),
                Arg::Time(store.clock().now()),
            ],
        )
        .await?;
    Ok(done > 0)
}

/// Booked appointments under `phone` starting at or after `from`, earliest first.
async fn find_by_phone<S: Sql>(
    store: &S,
    phone: &PhoneNumber,
    from: DateTime<Utc>,
) -> Result<Vec<Appointment>, StoreError> {
    let rows: Vec<AppointmentRow> = store
        .read(
            concat!(
                "SELECT ",
                appointment_columns!(),
                " FROM appointments WHERE phone = $1 AND status = 'booked' AND start_at >= $2 \
                 ORDER BY start_at, id LIMIT 1000"
            ),
            vec![text(phone.e164()), Arg::Bound(Some(from))],
        )
        .await?;
    rows.into_iter().map(rows::appointment).collect()
}

/// One appointment by id, in any status.
async fn get<S: Sql>(store: &S, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
    let rows: Vec<AppointmentRow> = store
        .read(
            concat!(
                "SELECT ",
                appointment_columns!(),
                " FROM appointments WHERE id = $1"
            ),
            vec![Arg::Int(Some(id.0))],
        )
        .await?;
    rows.into_iter().next().map(rows::appointment).transpose()
}

/// Appointments matching a query, ordered by start then id.
async fn list<S: Sql>(store: &S, query: &AppointmentQuery) -> Result<Vec<Appointment>, StoreError> {
    let rows: Vec<AppointmentRow> = store
        .read(
            concat!(
                "SELECT ",
                appointment_columns!(),
                " FROM appointments WHERE ($1 IS NULL OR phone = $1) \
                 AND ($2 IS NULL OR start_at >= $2) AND ($3 IS NULL OR start_at < $3) \
                 AND ($4 IS NULL OR status = $4) AND ($5 IS NULL OR resource = $5) \
                 AND (NOT $6 OR (status = 'booked' AND confirmed_at IS NOT NULL)) \
                 ORDER BY start_at, id LIMIT $7 OFFSET $8"
            ),
            vec![
                Arg::Text(query.phone.as_ref().map(|p| p.e164().to_owned())),
                Arg::Bound(query.from),
                Arg::Bound(query.to),
                Arg::Text(query.status.map(|s| s.as_str().to_owned())),
                Arg::Text(query.resource.clone()),
                Arg::Bool(query.confirmed),
                Arg::Int(Some(query.effective_limit())),
                Arg::Int(Some(i64::from(query.offset))),
            ],
        )
        .await?;
    rows.into_iter().map(rows::appointment).collect()
}

/// Forgets the request keys (and the API's idempotency keys) stored before
/// `before`; how many request keys went.
async fn purge_request_keys<S: Sql>(store: &S, before: DateTime<Utc>) -> Result<u64, StoreError> {
    let keys = store
        .purge("DELETE FROM request_keys WHERE created_at < $1", before)
        .await?;
    store
        .purge("DELETE FROM idempotency_keys WHERE created_at < $1", before)
        .await?;
    Ok(keys)
}
