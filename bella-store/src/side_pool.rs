//! A second connection pool on the store's database, for crates that keep tables of
//! their own there (the notifier's outbox, the calendars' tokens and push state) and
//! query them with their own SQL. The store must have been opened first: it applies
//! every migration. A statement is written once with Postgres's placeholders and run on
//! either backend ([`SidePool::sql`], [`on_side_pool!`](crate::on_side_pool)); rows
//! such tables lease to a worker are claimed with a [`claim_token`]; their columns read
//! through [`crate::sql_time`].

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{AssertSqlSafe, SqlSafeStr, SqlStr};
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

/// Runs `$body` on the pool of a [`SidePool`], compiled once per backend: `$p` is the
/// pool, `$t` turns an instant into what the backend stores and compares it with
/// ([`sql_time::secs`](crate::sql_time::secs) on SQLite, the `timestamptz` itself on
/// Postgres) and `$b`, if named, does so for a bound in `at >= $b` or `at < $b`
/// ([`sql_time::bound_secs`](crate::sql_time::bound_secs) on SQLite).
#[macro_export]
macro_rules! on_side_pool {
    ($pool:expr, |$p:ident, $t:ident $(, $b:ident)?| $body:expr) => {
        match $pool {
            $crate::SidePool::Sqlite($p) => {
                let $t = $crate::sql_time::secs;
                $(let $b = $crate::sql_time::bound_secs;)?
                $body
            }
            $crate::SidePool::Pg($p) => {
                let $t = $crate::sql_time::exact;
                $(let $b = $crate::sql_time::exact;)?
                $body
            }
        }
    };
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
    /// A statement written once with Postgres's numbered placeholders (`$1`; no other
    /// `$` in it) in this pool's dialect: SQLite numbers them `?1`.
    pub fn sql(&self, sql: impl SqlSafeStr) -> SqlStr {
        let sql = sql.into_sql_str();
        match self {
            Self::Sqlite(_) if sql.as_str().contains('$') => {
                AssertSqlSafe(sql.as_str().replace('$', "?")).into_sql_str()
            }
            _ => sql,
        }
    }

    /// Where the text must differ, the statement of this pool's dialect.
    #[must_use]
    pub fn dialect(&self, postgres: &'static str, sqlite: &'static str) -> &'static str {
        match self {
            Self::Sqlite(_) => sqlite,
            Self::Pg(_) => postgres,
        }
    }

    /// What a claim's `SELECT … LIMIT n` of rows to lease ends with: `FOR UPDATE SKIP
    /// LOCKED` on Postgres, so servers claim disjoint rows without waiting on each
    /// other; nothing on SQLite, whose one writer serialises claims.
    #[must_use]
    pub fn skip_locked(&self) -> &'static str {
        self.dialect(" FOR UPDATE SKIP LOCKED", "")
    }

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
