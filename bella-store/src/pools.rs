//! What both SQL backends do alike with a pool: the readiness ping and a read, within
//! a deadline.

use crate::StoreError;
use crate::error::with_deadline;
use sqlx::{Connection as _, Database, Executor, FromRow, IntoArguments, Pool};
use std::time::Duration;

/// Takes a connection and pings the server (for `/readyz`): an unreachable or slow
/// server is [`StoreError::Unavailable`] after `limit`.
pub(crate) async fn ping<DB: Database>(pool: &Pool<DB>, limit: Duration) -> Result<(), StoreError> {
    with_deadline(limit, async {
        pool.acquire().await?.ping().await?;
        Ok(())
    })
    .await
}

/// Runs a read on one of the pool's connections and returns its rows, all within
/// `limit`.
pub(crate) async fn read<DB, R>(
    pool: &Pool<DB>,
    limit: Duration,
    sql: &'static str,
    args: DB::Arguments,
) -> Result<Vec<R>, StoreError>
where
    DB: Database,
    DB::Arguments: IntoArguments<DB>,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    R: for<'r> FromRow<'r, DB::Row> + Send + Unpin,
{
    with_deadline(limit, async {
        Ok(sqlx::query_as_with(sql, args).fetch_all(pool).await?)
    })
    .await
}
