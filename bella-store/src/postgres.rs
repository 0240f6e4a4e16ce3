//! [`PgStore`]: appointments, sessions and call records in Postgres.

use crate::change::{self, Change};
use crate::error::with_deadline;
use crate::manage::{Arg, Sql};
use crate::model::{now_ms, whole_seconds};
use crate::postgres_change::PgChange;
use crate::session_rules::SessionSave;
use crate::shared_sql::{self, CallEnd, CallStart, SqlBackend, text};
use crate::tx_sql::Tx;
use crate::{RequestKey, StoreConfig, StoreError};
use async_trait::async_trait;
use bella_core::Appointment;
use futures::future::BoxFuture;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{AssertSqlSafe, Connection};
use std::str::FromStr;
use std::time::Duration;

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
/// from any number of servers; request keys, and the resource a change writes, are
/// serialised with transaction-scoped advisory locks, so two deliveries of one request
/// never race each other and racing bookings queue instead of deadlocking.
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

    /// Runs `job` in one transaction within the deadline, its writes stamped by the
    /// store's clock: committed when the job succeeds, rolled back on any error.
    async fn in_transaction<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send,
        F: for<'c> FnOnce(PgChange<'c>) -> BoxFuture<'c, Result<T, StoreError>> + Send,
    {
        with_deadline(self.op_timeout, async {
            let mut tx = self.pool.begin().await?;
            let out = job(PgChange {
                conn: &mut tx,
                now: self.clock.now(),
            })
            .await?;
            tx.commit().await?;
            Ok(out)
        })
        .await
    }
}

#[async_trait]
impl SqlBackend for PgStore {
    /// Runs a keyed change in one transaction. Writers of one resource queue on its
    /// advisory lock, so racing bookings do not deadlock in the exclusion check; should
    /// Postgres still abort one as a deadlock victim (or a serialization failure), its
    /// transaction rolled back whole, so it runs again (up to [`MAX_RERUNS`] times).
    async fn keyed(&self, key: &RequestKey, change: Change) -> Result<Appointment, StoreError> {
        let key = key.check()?;
        let mut tries = 0;
        loop {
            let (key, change) = (key.to_owned(), change.clone());
            let result = self
                .in_transaction(move |mut sql| {
                    Box::pin(async move { change::keyed(&mut sql, &key, change).await })
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

    async fn on_tx<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(Tx<'c>) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
    {
        self.in_transaction(move |sql| job(sql.into_tx())).await
    }

    async fn save_session(&self, save: &SessionSave<'_>) -> Result<u64, StoreError> {
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

    async fn delete_session(&self, call_id: &str) -> Result<(), StoreError> {
        with_deadline(self.op_timeout, async {
            sqlx::query("DELETE FROM sessions WHERE call_id = $1")
                .bind(call_id)
                .execute(&self.pool)
                .await?;
            Ok(())
        })
        .await
    }

    async fn start_record(&self, start: CallStart<'_>) -> Result<(), StoreError> {
        self.write(
            concat!(
                "INSERT INTO call_records (call_id, caller_masked, started_at, channel) \
                 VALUES ($1, $2, $3, $4) ",
                shared_sql::record_start_conflict!()
            ),
            vec![
                text(start.call_id),
                Arg::Text(start.caller_masked),
                Arg::Time(whole_seconds(start.started_at)),
                text(start.channel),
            ],
        )
        .await?;
        Ok(())
    }

    async fn end_record(&self, end: CallEnd<'_>) -> Result<(), StoreError> {
        let turns = i32::try_from(end.turns).unwrap_or(i32::MAX);
        self.write(
            concat!(
                "INSERT INTO call_records (call_id, ended_at, outcome, turns) \
                 VALUES ($1, $2, $3, $4) ",
                shared_sql::record_end_conflict!()
            ),
            vec![
                text(end.call_id),
                Arg::Time(whole_seconds(end.ended_at)),
                text(end.outcome),
                Arg::Int(Some(i64::from(turns))),
            ],
        )
        .await?;
        Ok(())
    }

    async fn ready(&self) -> Result<(), StoreError> {
        crate::pools::ping(&self.pool, self.op_timeout).await
    }
}
