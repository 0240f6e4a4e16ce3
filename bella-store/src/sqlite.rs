//! [`SqliteStore`]: appointments, sessions and call records in one SQLite file.

use crate::change::{self, Change};
use crate::error::with_deadline;
use crate::session_rules::SessionSave;
use crate::shared_sql::{CallEnd, CallStart, SqlBackend};
use crate::sqlite_change::SqliteChange;
use crate::sqlite_writer::{self, Write};
use crate::tx_sql::Tx;
use crate::{RequestKey, StoreConfig, StoreError};
use async_trait::async_trait;
use bella_core::Appointment;
use futures::future::BoxFuture;
use sqlx::Connection as _;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteSynchronous,
};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};

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

/// Creates the directory a database file goes in (`sqlite://data/bella.db` in a fresh
/// checkout), as the file itself is created when missing; one that cannot be created
/// (a file in the way, no permission) is an [`StoreError::Invalid`] that names it.
fn create_parent_dir(file: &Path) -> Result<(), StoreError> {
    let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) else {
        return Ok(());
    };
    std::fs::create_dir_all(dir).map_err(|e| {
        StoreError::Invalid(format!(
            "sqlite url: cannot create the directory {}: {e}",
            dir.display()
        ))
    })
}

impl SqliteStore {
    /// Opens (creating if missing, with the directories it goes in) the database at
    /// `config.database_url` and applies the embedded migrations.
    pub async fn connect(config: &StoreConfig) -> Result<Self, StoreError> {
        let url = config.database_url.as_str();
        let opts = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Invalid(format!("sqlite url: {e}")))?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(config.op_timeout);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        if !in_memory {
            create_parent_dir(opts.get_filename())?;
        }
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

    /// Runs `job` on the writer in one `BEGIN IMMEDIATE` transaction, its writes
    /// stamped by the store's clock: committed when the job succeeds, rolled back on
    /// any error.
    async fn immediate<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(SqliteChange<'c>) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        let now = self.clock.now();
        self.exclusive(move |conn| {
            Box::pin(async move {
                let mut tx = conn.begin_with("BEGIN IMMEDIATE").await?;
                let out = job(SqliteChange { conn: &mut tx, now }).await?;
                tx.commit().await?;
                Ok(out)
            })
        })
        .await
    }

    /// Closes every connection (writes already answered are committed).
    pub async fn close(&self) {
        self.pool.close().await;
        self.write_pool.close().await;
    }
}

#[async_trait]
impl SqlBackend for SqliteStore {
    /// Runs an idempotent appointment change on the writer, in one `BEGIN IMMEDIATE`
    /// transaction ([`change::keyed`]); any error rolls it all back.
    async fn keyed(&self, key: &RequestKey, change: Change) -> Result<Appointment, StoreError> {
        let key = key.check()?.to_owned();
        self.immediate(move |mut sql| {
            Box::pin(async move { change::keyed(&mut sql, &key, change).await })
        })
        .await
    }

    async fn on_tx<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(Tx<'c>) -> BoxFuture<'c, Result<T, StoreError>> + Send + 'static,
    {
        self.immediate(move |sql| job(sql.into_tx())).await
    }

    async fn save_session(&self, save: &SessionSave<'_>) -> Result<u64, StoreError> {
        self.write(|reply| Write::Save {
            call_id: save.call_id.to_owned(),
            data: save.data.to_owned(),
            expected: save.expected,
            ttl_ms: save.ttl_ms,
            reply,
        })
        .await
    }

    async fn delete_session(&self, call_id: &str) -> Result<(), StoreError> {
        self.write(|reply| Write::Delete {
            call_id: call_id.to_owned(),
            reply,
        })
        .await
    }

    async fn start_record(&self, start: CallStart<'_>) -> Result<(), StoreError> {
        self.write(|reply| Write::RecordStart {
            call_id: start.call_id.to_owned(),
            caller_masked: start.caller_masked,
            started_at: start.started_at.timestamp(),
            channel: start.channel.to_owned(),
            reply,
        })
        .await
    }

    async fn end_record(&self, end: CallEnd<'_>) -> Result<(), StoreError> {
        self.write(|reply| Write::RecordEnd {
            call_id: end.call_id.to_owned(),
            outcome: end.outcome.to_owned(),
            turns: i64::from(end.turns),
            ended_at: end.ended_at.timestamp(),
            reply,
        })
        .await
    }

    /// Ready when a read answers and the writer task is running (every write
    /// depends on it).
    async fn ready(&self) -> Result<(), StoreError> {
        if self.writer.is_closed() {
            return Err(StoreError::Unavailable(
                "the sqlite writer has stopped".into(),
            ));
        }
        crate::pools::ping(&self.pool, self.op_timeout).await
    }

    fn sqlite(&self) -> Option<&SqliteStore> {
        Some(self)
    }
}
