//! A second connection pool on the store's database, for crates that keep tables of
//! their own there (the notifier's outbox, the calendars' tokens and push state) and
//! query them with their own SQL. The store must have been opened first: it applies
//! every migration. Rows such tables lease to a worker are claimed with a
//! [`claim_token`]; their columns read through [`crate::sql_time`].

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use std::str::FromStr;
use std::time::Duration;

/// A pool on one of the two SQL backends.
#[derive(Clone, Debug)]
pub enum SidePool {
    /// `sqlite://PATH`: two connections, WAL, foreign keys on, 10 s busy timeout.
    Sqlite(SqlitePool),
    /// `postgres://…`, on the given schema.
    Pg(PgPool),
}

/// A new claim's fencing token: 128 random bits, 32 hex digits. A worker claims rows
/// by setting it with a lease and names it in every later write, so a worker whose
/// lease was taken over can record nothing.
#[must_use]
pub fn claim_token() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// Why a side pool could not be opened.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SidePoolError {
    /// The URL cannot hold the tables (in-memory SQLite, another scheme).
    #[error("{0}")]
    Invalid(String),
    /// The database refused.
    #[error(transparent)]
    Db(#[from] sqlx::Error),
}

impl SidePool {
    /// Opens a pool for `what` (named in errors: "notifications", "calendars") with up
    /// to `pg_connections` on Postgres. An in-memory SQLite database is refused: another
    /// connection to it would be another, empty database.
    pub async fn connect(
        url: &str,
        pg_schema: Option<&str>,
        what: &str,
        pg_connections: u32,
    ) -> Result<Self, SidePoolError> {
        if url.starts_with("sqlite:") {
            if url.contains(":memory:") || url.contains("mode=memory") {
                return Err(SidePoolError::Invalid(format!(
                    "{what} need a database file or Postgres, not sqlite::memory:"
                )));
            }
            let opts = SqliteConnectOptions::from_str(url)?
                .foreign_keys(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(2)
                .connect_with(opts)
                .await?;
            return Ok(Self::Sqlite(pool));
        }
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(SidePoolError::Invalid(
                "database url must start with sqlite: or postgres://".into(),
            ));
        }
        let mut opts = PgConnectOptions::from_str(url)?;
        if let Some(schema) = pg_schema {
            opts = opts.options([("search_path", schema)]);
        }
        let pool = PgPoolOptions::new()
            .max_connections(pg_connections.max(1))
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(opts)
            .await?;
        Ok(Self::Pg(pool))
    }
}
