//! What a SQL backend gives the shared [`super::ManageStore`] code: statements run with
//! [`Arg`] values, rows decoded the same way in both dialects. A backend keeps only
//! how it binds an instant, which connection runs a write (SQLite: its writer task)
//! and the few statements whose text differs ([`Sql::dialect`]).

use crate::StoreError;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;
use sqlx::{Arguments, Database, Encode, FromRow, Type};

/// A value bound to a shared statement (`$1`, `$2`, ... in order of first use).
#[derive(Clone, Debug)]
pub enum Arg {
    /// An integer or `NULL`.
    Int(Option<i64>),
    /// A text or `NULL`.
    Text(Option<String>),
    /// A boolean (SQLite: 0 or 1).
    Bool(bool),
    /// An instant to store (SQLite: Unix seconds, cut to the second).
    Time(DateTime<Utc>),
    /// A bound of a range over stored instants, or `NULL`, for `at >= bound` and
    /// `at < bound` (SQLite: rounded up to the second, since its rows are stamped in
    /// whole seconds, so both keep their meaning: [`crate::sql_time`]).
    Bound(Option<DateTime<Utc>>),
    /// A list of ids (Postgres: an array for `= ANY($n)`; SQLite: JSON text for
    /// `json_each($n)`).
    Ids(Vec<i64>),
}

/// A row both backends decode (tuples of `i64`, `i32`, `bool`, `String`,
/// `DateTime<Utc>` and options of them: SQLite reads its Unix seconds as instants).
pub trait Row:
    for<'r> FromRow<'r, PgRow> + for<'r> FromRow<'r, SqliteRow> + Send + Unpin + 'static
{
}

impl<T> Row for T where
    T: for<'r> FromRow<'r, PgRow> + for<'r> FromRow<'r, SqliteRow> + Send + Unpin + 'static
{
}

/// A SQL backend of the management store.
#[async_trait]
pub trait Sql: Send + Sync {
    /// Postgres (else SQLite): picks [`Sql::dialect`].
    const POSTGRES: bool;

    /// The statement of this backend's dialect.
    fn dialect(&self, postgres: &'static str, sqlite: &'static str) -> &'static str {
        if Self::POSTGRES { postgres } else { sqlite }
    }

    /// The store's clock.
    fn clock(&self) -> &bella_clock::Clock;

    /// Runs a read and returns its rows.
    async fn read<R: Row>(&self, sql: &'static str, args: Vec<Arg>) -> Result<Vec<R>, StoreError>;

    /// Runs a write that returns rows (`RETURNING`).
    async fn write_rows<R: Row>(
        &self,
        sql: &'static str,
        args: Vec<Arg>,
    ) -> Result<Vec<R>, StoreError>;

    /// Runs a write and returns how many rows it changed.
    async fn write(&self, sql: &'static str, args: Vec<Arg>) -> Result<u64, StoreError>;

    /// Runs a purge, `DELETE FROM ... WHERE stamp < $1`, of the rows stamped before
    /// `before` (bound as a range bound, [`Arg::Bound`]); how many went.
    async fn purge(&self, sql: &'static str, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.write(sql, vec![Arg::Bound(Some(before))]).await
    }
}

/// A backend's arguments from [`Arg`]s: `time` turns an instant to store into the
/// backend's type, `bound` a range bound, `ids` a list.
pub(crate) fn arguments<A, T, L>(
    args: Vec<Arg>,
    time: fn(DateTime<Utc>) -> T,
    bound: fn(DateTime<Utc>) -> T,
    ids: fn(Vec<i64>) -> Result<L, StoreError>,
) -> Result<A, StoreError>
where
    A: Arguments,
    Option<i64>: for<'t> Encode<'t, A::Database> + Type<A::Database>,
    Option<String>: for<'t> Encode<'t, A::Database> + Type<A::Database>,
    bool: for<'t> Encode<'t, A::Database> + Type<A::Database>,
    Option<T>: for<'t> Encode<'t, A::Database> + Type<A::Database>,
    L: for<'t> Encode<'t, A::Database> + Type<A::Database>,
    A::Database: Database,
{
    let mut out = A::default();
    for arg in args {
        let added = match arg {
            Arg::Int(v) => out.add(v),
            Arg::Text(v) => out.add(v),
            Arg::Bool(v) => out.add(v),
            Arg::Time(t) => out.add(Some(time(t))),
            Arg::Bound(t) => out.add(t.map(bound)),
            Arg::Ids(v) => out.add(ids(v)?),
        };
        added.map_err(|e| StoreError::Backend(format!("binding an argument: {e}")))?;
    }
    Ok(out)
}
