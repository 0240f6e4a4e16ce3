//! [`PgStore`]: appointments, sessions and call records in Postgres.

use crate::change::{self, Booking, Change};
use crate::error::with_deadline;
use crate::model::{
    ERASED_NAME, appointment_columns, check_id, check_outcome, now_ms, whole_seconds,
};
use crate::postgres_change::PgChange;
use crate::rows;
use crate::session_rules::{SessionRows, SessionSave};
use crate::{
    AppointmentQuery, AppointmentStore, Busy, CallRecord, CallRecordStore, Customer,
    NewAppointment, RequestKey, StoreConfig, StoreError,
};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PhoneNumber};
use chrono::{DateTime, Utc};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{AssertSqlSafe, Connection};
use std::str::FromStr;
use std::time::Duration;

/// The columns that make an [`Appointment`], in `AppointmentRow` order.
macro_rules! appt_cols {
    () => {
        appointment_columns!()
    };
}

type AppointmentRow = rows::AppointmentRow<DateTime<Utc>, i32>;

/// How many times a change aborted as a deadlock victim runs again (the pauses
/// between add up to 310 ms).
const MAX_RERUNS: u32 = 5;

/// Whether a schema name is safe to quote into DDL: ASCII letters, digits, `_`.
fn valid_schema(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 63
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && !name.as_bytes()[0].is_ascii_digit()
}

/// Appointments, sessions and call records in Postgres.
///
/// An exclusion constraint on the booked time range makes double booking impossible
/// from any number of servers; request keys are serialised with a transaction-scoped
/// advisory lock so two deliveries of one request never race each other.
#[derive(Clone, Debug)]
pub struct PgStore {
    pub(crate) pool: PgPool,
    pub(crate) op_timeout: Duration,
    pub(crate) clock: bella_clock::Clock,
}

impl PgStore {
    /// Connects to `config.database_url` (in `config.pg_schema` if set, creating it)
    /// and applies the embedded migrations.
    pub async fn connect(config: &StoreConfig) -> Result<Self, StoreError> {
        let mut opts = PgConnectOptions::from_str(&config.database_url)
            .map_err(|e| StoreError::Invalid(format!("postgres url: {e}")))?;
        let statement_timeout = format!("{}", config.op_timeout.as_millis().max(1));
        if let Some(schema) = &config.pg_schema {
            if !valid_schema(schema) {
                return Err(StoreError::Invalid(
                    "schema must be letters, digits and '_' (not first), at most 63".into(),
                ));
            }
            with_deadline(config.op_timeout, async {
                let mut conn = PgConnection::connect_with(&opts).await?;
                sqlx::query(AssertSqlSafe(format!(
                    "CREATE SCHEMA IF NOT EXISTS \"{schema}\""
                )))
                .execute(&mut conn)
                .await?;
                conn.close().await?;
                Ok(())
            })
            .await?;
            opts = opts.options([("search_path", schema.as_str())]);
        }
        opts = opts.options([("statement_timeout", statement_timeout.as_str())]);
        let pool = with_deadline(config.op_timeout, async {
            PgPoolOptions::new()
                .max_connections(config.max_connections.max(1))
                .acquire_timeout(config.op_timeout)
                .connect_with(opts)
                .await
                .map_err(StoreError::from)
        })
        .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(Self {
            pool,
            op_timeout: config.op_timeout,
            clock: config.clock.clone(),
        })
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Runs a keyed change in one transaction. Two overlapping writes can each wait on
    /// the other's exclusion check; Postgres aborts one as a deadlock victim. Its
    /// transaction rolled back whole, so it runs again (up to [`MAX_RERUNS`] times): it
    /// then sees the winner's row and answers `SlotTaken`.
    async fn keyed(&self, key: &RequestKey, change: Change) -> Result<Appointment, StoreError> {
        let key = key.check()?;
        let mut tries = 0;
        loop {
            let result = with_deadline(self.op_timeout, async {
                let mut tx = self.pool.begin().await?;
                let appt = change::keyed(
                    &mut PgChange {
                        conn: &mut tx,
                        now: self.clock.now(),
                    },
                    key,
                    change.clone(),
                )
                .await?;
                tx.commit().await?;
                Ok(appt)
            })
            .await;
            match result {
                // A short, growing pause lets the winner commit before the rerun.
                Err(e) if e.is_aborted_transaction() && tries < MAX_RERUNS => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(5 << tries)).await;
                }
                other => return other,
            }
        }
    }
}

#[async_trait]
impl AppointmentStore for PgStore {
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
            let rows: Vec<(DateTime<Utc>, DateTime<Utc>, String)> = sqlx::query_as(
                "SELECT start_at, end_at, resource FROM appointments WHERE status = 'booked' \
                 AND tstzrange(start_at, end_at, '[)') && tstzrange($1, $2, '[)') \
                 ORDER BY start_at",
            )
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(rows::busy).collect()
        })
        .await
    }

    async fn customer(&self, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<rows::CustomerRow<DateTime<Utc>, i32>> = sqlx::query_as(concat!(
                "SELECT ",
                rows::customer_columns!(),
                " FROM customers WHERE phone = $1"
            ))
            .bind(phone.e164())
            .fetch_optional(&self.pool)
            .await?;
            row.map(rows::customer).transpose()
        })
        .await
    }

    async fn set_no_show(&self, id: AppointmentId, missed: bool) -> Result<bool, StoreError> {
        let done = crate::customers::pg_no_show(&self.pool, id, missed, self.clock.now());
        with_deadline(self.op_timeout, done).await
    }

    async fn set_customer_note(
        &self,
        p: &PhoneNumber,
        n: Option<&str>,
    ) -> Result<bool, StoreError> {
        let note = crate::customers::clean_note(n)?;
        with_deadline(
            self.op_timeout,
            crate::customers::pg_note(&self.pool, p.e164(), note, self.clock.now()),
        )
        .await
    }

    async fn delete_customer(&self, phone: &PhoneNumber) -> Result<bool, StoreError> {
        with_deadline(self.op_timeout, async {
            let mut tx = self.pool.begin().await?;
            let gone = sqlx::query("DELETE FROM customers WHERE phone = $1")
                .bind(phone.e164())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            // The remembered results of retried requests hold the name too.
            sqlx::query(
                "DELETE FROM request_keys WHERE appointment_id IN \
                 (SELECT id FROM appointments WHERE phone = $1)",
            )
            .bind(phone.e164())
            .execute(&mut *tx)
            .await?;
            let erased = sqlx::query(
                "UPDATE appointments SET name = $2, updated_at = $3 WHERE phone = $1 AND name <> $2",
            )
            .bind(phone.e164())
            .bind(ERASED_NAME)
            .bind(self.clock.now())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            tx.commit().await?;
            Ok(gone + erased > 0)
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
                " FROM appointments WHERE phone = $1 AND status = 'booked' AND start_at >= $2 \
                 ORDER BY start_at, id LIMIT 1000"
            ))
            .bind(phone.e164())
            .bind(from)
            .fetch_all(&self.pool)
            .await?;
            rows.into_iter().map(rows::appointment).collect()
        })
        .await
    }

    async fn get(&self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<AppointmentRow> = sqlx::query_as(concat!(
                "SELECT ",
                appt_cols!(),
                " FROM appointments WHERE id = $1"
            ))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
            row.map(rows::appointment).transpose()
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
                " FROM appointments WHERE ($1::text IS NULL OR phone = $1) \
                 AND ($2::timestamptz IS NULL OR start_at >= $2) \
                 AND ($3::timestamptz IS NULL OR start_at < $3) \
                 AND ($4::text IS NULL OR status = $4) \
                 AND ($7::text IS NULL OR resource = $7) \
                 AND (NOT $8 OR (status = 'booked' AND confirmed_at IS NOT NULL)) \
                 ORDER BY start_at, id LIMIT $5 OFFSET $6"
            ))
            .bind(query.phone.as_ref().map(PhoneNumber::e164))
            .bind(query.from)
            .bind(query.to)
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
        with_deadline(self.op_timeout, async {
            let done = sqlx::query("DELETE FROM request_keys WHERE created_at < $1")
                .bind(before)
                .execute(&self.pool)
                .await?;
            sqlx::query("DELETE FROM idempotency_keys WHERE created_at < $1")
                .bind(before)
                .execute(&self.pool)
                .await?;
            Ok(done.rows_affected())
        })
        .await
    }

    fn manage(&self) -> Option<&dyn crate::ManageStore> {
        Some(self)
    }

    async fn ping(&self) -> Result<(), StoreError> {
        crate::pools::ping(&self.pool, self.op_timeout).await
    }
}

#[async_trait]
impl SessionRows for PgStore {
    async fn load_live(&self, call_id: &str) -> Result<Option<(String, i64)>, StoreError> {
        with_deadline(self.op_timeout, async {
            let row: Option<(String, i64)> = sqlx::query_as(
                "SELECT data, version FROM sessions WHERE call_id = $1 AND expires_at > $2",
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
        with_deadline(self.op_timeout, async {
            let now = now_ms(&self.clock);
            let expires = now.saturating_add(save.ttl_ms);
            let written: Option<i64> = match save.expected {
                None => {
                    sqlx::query_scalar(
                        "INSERT INTO sessions (call_id, data, version, expires_at) \
                         VALUES ($1, $2, 1, $3) ON CONFLICT (call_id) DO UPDATE SET \
                         data = EXCLUDED.data, version = sessions.version + 1, \
                         expires_at = EXCLUDED.expires_at WHERE sessions.expires_at <= $4 \
                         RETURNING version",
                    )
                    .bind(save.call_id)
                    .bind(save.data)
                    .bind(expires)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?
                }
                Some(v) => {
                    sqlx::query_scalar(
                        "UPDATE sessions SET data = $2, version = version + 1, expires_at = $3 \
                         WHERE call_id = $1 AND version = $4 AND expires_at > $5 RETURNING version",
                    )
                    .bind(save.call_id)
                    .bind(save.data)
                    .bind(expires)
                    .bind(v)
                    .bind(now)
                    .fetch_optional(&self.pool)
                    .await?
                }
            };
            save.answer(written)
        })
        .await
    }

    async fn delete_checked(&self, call_id: &str) -> Result<(), StoreError> {
        with_deadline(self.op_timeout, async {
            sqlx::query("DELETE FROM sessions WHERE call_id = $1")
                .bind(call_id)
                .execute(&self.pool)
                .await?;
            Ok(())
        })
        .await
    }

    async fn purge_rows(&self) -> Result<u64, StoreError> {
        with_deadline(self.op_timeout, async {
            let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
                .bind(now_ms(&self.clock))
                .execute(&self.pool)
                .await?;
            Ok(done.rows_affected())
        })
        .await
    }

    async fn ping_backend(&self) -> Result<(), StoreError> {
        crate::pools::ping(&self.pool, self.op_timeout).await
    }
}

#[async_trait]
impl CallRecordStore for PgStore {
    async fn record_start(
        &self,
        call_id: &str,
        caller: Option<&PhoneNumber>,
        started_at: DateTime<Utc>,
        channel: &str,
    ) -> Result<(), StoreError> {
        let call_id = check_id("call id", call_id)?;
        let channel = check_id("call channel", channel)?;
        with_deadline(self.op_timeout, async {
            sqlx::query(
                "INSERT INTO call_records (call_id, caller_masked, started_at, channel) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (call_id) DO UPDATE SET \
                 caller_masked = COALESCE(call_records.caller_masked, EXCLUDED.caller_masked), \
                 started_at = COALESCE(call_records.started_at, EXCLUDED.started_at), \
                 channel = COALESCE(call_records.channel, EXCLUDED.channel)",
            )
            .bind(call_id)
            .bind(caller.map(PhoneNumber::masked))
            .bind(whole_seconds(started_at))
            .bind(channel)
            .execute(&self.pool)
            .await?;
            Ok(())
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
        with_deadline(self.op_timeout, async {
            sqlx::query(
                "INSERT INTO call_records (call_id, ended_at, outcome, turns) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (call_id) DO UPDATE SET ended_at = EXCLUDED.ended_at, \
                 outcome = EXCLUDED.outcome, turns = EXCLUDED.turns",
            )
            .bind(call_id)
            .bind(whole_seconds(ended_at))
            .bind(outcome)
            .bind(i32::try_from(turns).unwrap_or(i32::MAX))
            .execute(&self.pool)
            .await?;
            Ok(())
        })
        .await
    }

    async fn list_records(&self, limit: u32) -> Result<Vec<CallRecord>, StoreError> {
        crate::model::recent_records(self, limit).await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        crate::pools::ping(&self.pool, self.op_timeout).await
    }
}
