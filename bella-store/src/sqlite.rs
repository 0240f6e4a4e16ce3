//! [`SqliteStore`]: appointments, sessions and call records in one SQLite file.

use crate::change::{self, Booking, Change};
use crate::error::with_deadline;
use crate::model::{ERASED_NAME, appointment_columns, check_id, check_outcome, now_ms};
use crate::rows;
use crate::session_rules::{SessionRows, SessionSave};
use crate::sqlite_change::{self, SqliteChange};
use crate::sqlite_writer::{self, Write};
use crate::{
    AppointmentQuery, AppointmentStore, Busy, CallRecord, CallRecordStore, Customer,
    NewAppointment, RequestKey, StoreConfig, StoreError,
};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PhoneNumber};
use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use sqlx::Connection as _;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

/// The columns that make an [`Appointment`], in `AppointmentRow` order.
macro_rules! appt_cols {
    () => {
        appointment_columns!()
    };
}

type AppointmentRow = rows::AppointmentRow<i64, i64>;

/// Appointments, sessions and call records in SQLite (WAL mode, busy timeout).
///
/// Reads run on a pool of connections; every write goes to one writer task that owns
/// the only writing connection and commits waiting writes in batches (see
/// `sqlite_writer.rs`). Mutations of appointments run there in `BEGIN IMMEDIATE`
/// transactions, so the overlap check and the write are one serialised step even
/// when another process writes to the same file.
#[derive(Clone, Debug)]
pub struct SqliteStore {
    /// Connections for reads.
    pub(crate) pool: SqlitePool,
    /// The writer task's connection (for a file; the same pool as `pool` in memory).
    pub(crate) write_pool: SqlitePool,
    writer: mpsc::Sender<Write>,
    pub(crate) op_timeout: Duration,
    pub(crate) clock: bella_clock::Clock,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `config.database_url` and applies
    /// the embedded migrations.
    pub async fn connect(config: &StoreConfig) -> Result<Self, StoreError> {
        let url = config.database_url.as_str();
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Invalid(format!("sqlite url: {e}")))?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(config.op_timeout);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        // No ping on each acquire: for SQLite it is one more round trip to the
        // connection's worker thread per operation, and a broken worker shows up as an
        // error of the operation itself.
        let pool_opts = SqlitePoolOptions::new()
            .acquire_timeout(config.op_timeout)
            .test_before_acquire(false);
        let single = pool_opts
            .clone()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None);
        let connect = |pool_opts: SqlitePoolOptions, opts: SqliteConnectOptions| {
            with_deadline(config.op_timeout, async move {
                pool_opts.connect_with(opts).await.map_err(StoreError::from)
            })
        };
        let (pool, write_pool) = if in_memory {
            // One connection keeps the shared in-memory database alive and avoids
            // shared-cache table locks; reads and the writer take turns on it.
            let pool = connect(single, opts).await?;
            (pool.clone(), pool)
        } else {
            let opts = opts
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal);
            let write_pool = connect(single, opts.clone()).await?;
            sqlx::migrate!("./migrations/sqlite")
                .run(&write_pool)
                .await?;
            let readers = pool_opts.max_connections(config.max_connections.max(1));
            (connect(readers, opts).await?, write_pool)
        };
        if in_memory {
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
        }
        Ok(Self {
            pool,
            writer: sqlite_writer::spawn(write_pool.clone(), config.clock.clone()),
            write_pool,
            op_timeout: config.op_timeout,
            clock: config.clock.clone(),
        })
    }

    /// Hands a write to the writer task and waits for its answer (within the deadline).
    async fn write<T>(
        &self,
        make: impl FnOnce(sqlite_writer::Reply<T>) -> Write,
    ) -> Result<T, StoreError> {
        let (reply, answer) = oneshot::channel();
        with_deadline(self.op_timeout, async {
            self.writer
                .send(make(reply))
                .await
                .map_err(|_| StoreError::Unavailable("the sqlite writer has stopped".into()))?;
            answer
                .await
                .map_err(|_| StoreError::Unavailable("the sqlite writer has stopped".into()))?
        })
        .await
    }

    /// Runs a transaction alone on the writing connection.
    pub(crate) async fn exclusive<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        self.write(move |reply: sqlite_writer::Reply<T>| {
            Write::Exclusive(Box::new(move |conn| {
                Box::pin(async move {
                    // The caller gave up (deadline): not applied late.
                    if !reply.is_closed() {
                        drop(reply.send(job(conn).await));
                    }
                })
            }))
        })
        .await
    }

    /// Runs a `DELETE` of old rows (`sql` with its one bound `?1`) on the writer and
    /// returns how many went.
    async fn purge(&self, sql: &'static str, bound: i64) -> Result<u64, StoreError> {
        self.exclusive(move |conn| {
            Box::pin(async move {
                let done = sqlx::query(sql).bind(bound).execute(conn).await?;
                Ok(done.rows_affected())
            })
        })
        .await
    }

    /// Runs an idempotent appointment change on the writer, in one `BEGIN IMMEDIATE`
    /// transaction ([`change::keyed`]); any error rolls it all back.
    async fn keyed(&self, key: &RequestKey, change: Change) -> Result<Appointment, StoreError> {
        let key = key.check()?.to_owned();
        let now = self.clock.now().timestamp();
        self.exclusive(move |conn| {
            Box::pin(async move {
                let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
                let mut sql = SqliteChange { conn: &mut tx, now };
                let appt = change::keyed(&mut sql, &key, change).await?;
                tx.commit().await?;
                Ok(appt)
            })
        })
        .await
    }

    /// Ready when a read answers and the writer task is running (every write
    /// depends on it).
    async fn health(&self) -> Result<(), StoreError> {
        if self.writer.is_closed() {
            return Err(StoreError::Unavailable(
                "the sqlite writer has stopped".into(),
            ));
        }
        crate::pools::ping(&self.pool, self.op_timeout).await
    }

    /// Closes every connection (writes already answered are committed).
    pub async fn close(&self) {
        self.pool.close().await;
        self.write_pool.close().await;
    }
}

#[async_trait]
impl AppointmentStore for SqliteStore {
    async fn book(&self, new: NewAppointment, key: &RequestKey) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::Book(Box::new(Booking::check(new)?)))
            .await
    }

    async fn busy_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, StoreError> {
        Ok(crate::model::without_resources(
            self.busy_with_resources(from, to).await?,
        ))
    }

    async fn busy_with_resources(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Busy>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<(i64, i64, String)> = sqlx::query_as(
                "SELECT start_at, end_at, resource FROM appointments WHERE status = 'booked' \
                 AND start_at < ?2 AND start_at > ?1 - 86400 AND end_at > ?1 ORDER BY start_at",
            )
            .bind(from.timestamp())
            .bind(to.timestamp())
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(rows::busy).collect()
        })
        .await
    }

    async fn customer(&self, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<rows::CustomerRow<i64, i64>> = sqlx::query_as(concat!(
                "SELECT ",
                rows::customer_columns!(),
                " FROM customers WHERE phone = ?1"
            ))
            .bind(phone.e164())
            .fetch_optional(&self.pool)
            .await?;
            row.map(rows::customer).transpose()
        })
        .await
    }

    async fn set_no_show(&self, id: AppointmentId, missed: bool) -> Result<bool, StoreError> {
        let now = self.clock.now().timestamp();
        self.exclusive(move |c| Box::pin(crate::customers::sqlite_no_show(c, id, missed, now)))
            .await
    }

    async fn set_customer_note(
        &self,
        p: &PhoneNumber,
        n: Option<&str>,
    ) -> Result<bool, StoreError> {
        let (p, n, now) = (
            p.e164().to_owned(),
            crate::customers::clean_note(n)?,
            self.clock.now(),
        );
        self.exclusive(move |c| Box::pin(crate::customers::sqlite_note(c, p, n, now.timestamp())))
            .await
    }

    async fn delete_customer(&self, phone: &PhoneNumber) -> Result<bool, StoreError> {
        let phone = phone.e164().to_owned();
        let now = self.clock.now().timestamp();
        self.exclusive(move |conn| {
            Box::pin(async move {
                let mut t = conn.begin_with("BEGIN IMMEDIATE").await?;
                let gone = sqlx::query("DELETE FROM customers WHERE phone = ?1")
                    .bind(&phone)
                    .execute(&mut *t)
                    .await?
                    .rows_affected();
                // The remembered results of retried requests hold the name too.
                sqlx::query(
                    "DELETE FROM request_keys WHERE appointment_id IN \
                     (SELECT id FROM appointments WHERE phone = ?1)",
                )
                .bind(&phone)
                .execute(&mut *t)
                .await?;
                let erased = sqlx::query(
                    "UPDATE appointments SET name = ?2, updated_at = ?3 WHERE phone = ?1 AND name <> ?2",
                )
                .bind(&phone)
                .bind(ERASED_NAME)
                .bind(now)
                .execute(&mut *t)
                .await?
                .rows_affected();
                t.commit().await?;
                Ok(gone + erased > 0)
            })
        })
        .await
    }

    async fn find_by_phone(
        &self,
        phone: &PhoneNumber,
        from: DateTime<Utc>,
    ) -> Result<Vec<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AppointmentRow> = sqlx::query_as(concat!(
                "SELECT ",
                appt_cols!(),
                " FROM appointments WHERE phone = ?1 AND status = 'booked' AND start_at >= ?2 \
                 ORDER BY start_at, id LIMIT 1000"
            ))
            .bind(phone.e164())
            .bind(from.timestamp())
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(rows::appointment).collect()
        })
        .await
    }

    async fn get(&self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let mut conn = self.pool.acquire().await?;
            sqlite_change::fetch(&mut conn, id).await
        })
        .await
    }

    async fn cancel(&self, id: AppointmentId, key: &RequestKey) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::Cancel(id)).await
    }

    async fn reschedule(
        &self,
        id: AppointmentId,
        new_start: DateTime<Utc>,
        key: &RequestKey,
    ) -> Result<Appointment, StoreError> {
        self.keyed(key, Change::reschedule(id, new_start)).await
    }

    async fn list(&self, query: &AppointmentQuery) -> Result<Vec<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let rows: Vec<AppointmentRow> = sqlx::query_as(concat!(
                "SELECT ",
                appt_cols!(),
                " FROM appointments WHERE (?1 IS NULL OR phone = ?1) \
                 AND (?2 IS NULL OR start_at >= ?2) AND (?3 IS NULL OR start_at < ?3) \
                 AND (?4 IS NULL OR status = ?4) AND (?7 IS NULL OR resource = ?7) \
                 AND (?8 = 0 OR (status = 'booked' AND confirmed_at IS NOT NULL)) \
                 ORDER BY start_at, id LIMIT ?5 OFFSET ?6"
            ))
            .bind(query.phone.as_ref().map(PhoneNumber::e164))
            .bind(query.from.map(|t| t.timestamp()))
            .bind(query.to.map(|t| t.timestamp()))
            .bind(query.status.map(AppointmentStatus::as_str))
            .bind(query.effective_limit())
            .bind(i64::from(query.offset))
            .bind(query.resource.as_deref())
            .bind(query.confirmed)
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(rows::appointment).collect()
        })
        .await
    }

    async fn purge_request_keys(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let keys = self.purge(
            "DELETE FROM request_keys WHERE created_at < ?1",
            before.timestamp(),
        );
        let keys = keys.await?;
        self.purge(
            "DELETE FROM idempotency_keys WHERE created_at < ?1",
            before.timestamp(),
        )
        .await?;
        Ok(keys)
    }

    fn manage(&self) -> Option<&dyn crate::ManageStore> {
        Some(self)
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.health().await
    }

    fn as_sqlite(&self) -> Option<&SqliteStore> {
        Some(self)
    }
}

#[async_trait]
impl SessionRows for SqliteStore {
    async fn load_live(&self, call_id: &str) -> Result<Option<(String, i64)>, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<(String, i64)> = sqlx::query_as(
                "SELECT data, version FROM sessions WHERE call_id = ?1 AND expires_at > ?2",
            )
            .bind(call_id)
            .bind(now_ms(&self.clock))
            .fetch_optional(&self.pool)
            .await?;
            Ok(row)
        })
        .await
    }

    async fn save_checked(&self, save: &SessionSave<'_>) -> Result<u64, StoreError> {
        self.write(|reply| Write::Save {
            call_id: save.call_id.to_owned(),
            data: save.data.to_owned(),
            expected: save.expected,
            ttl_ms: save.ttl_ms,
            reply,
        })
        .await
    }

    async fn delete_checked(&self, call_id: &str) -> Result<(), StoreError> {
        self.write(|reply| Write::Delete {
            call_id: call_id.to_owned(),
            reply,
        })
        .await
    }

    async fn purge_rows(&self) -> Result<u64, StoreError> {
        self.purge(
            "DELETE FROM sessions WHERE expires_at <= ?1",
            now_ms(&self.clock),
        )
        .await
    }

    async fn ping_backend(&self) -> Result<(), StoreError> {
        self.health().await
    }
}

#[async_trait]
impl CallRecordStore for SqliteStore {
    async fn record_start(
        &self,
        call_id: &str,
        caller: Option<&PhoneNumber>,
        started_at: DateTime<Utc>,
        channel: &str,
    ) -> Result<(), StoreError> {
        let call_id = check_id("call id", call_id)?;
        let channel = check_id("call channel", channel)?;
        self.write(|reply| Write::RecordStart {
            call_id: call_id.to_owned(),
            caller_masked: caller.map(PhoneNumber::masked),
            started_at: started_at.timestamp(),
            channel: channel.to_owned(),
            reply,
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
        let call_id = check_id("call id", call_id)?;
        let outcome = check_outcome(outcome)?;
        self.write(|reply| Write::RecordEnd {
            call_id: call_id.to_owned(),
            outcome: outcome.to_owned(),
            turns: i64::from(turns),
            ended_at: ended_at.timestamp(),
            reply,
        })
        .await
    }

    async fn list_records(&self, limit: u32) -> Result<Vec<CallRecord>, StoreError> {
        crate::model::recent_records(self, limit).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.health().await
    }
}
