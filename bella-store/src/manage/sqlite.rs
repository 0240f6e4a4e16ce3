//! The management store's [`Sql`] on SQLite: writes go through the store's writer
//! task (one connection, like every other write), reads through its pool; instants
//! are Unix seconds (the statements themselves are in `shared.rs`).

use super::sql::{Arg, Row, Sql, arguments};
use crate::StoreError;
use crate::sql_time;
use crate::sqlite::SqliteStore;
use async_trait::async_trait;
use sqlx::sqlite::SqliteArguments;

/// Binds [`Arg`]s as this backend stores them.
pub(crate) fn args(args: Vec<Arg>) -> Result<SqliteArguments, StoreError> {
    arguments(args, sql_time::secs, sql_time::bound_secs, |ids| {
        serde_json::to_string(&ids).map_err(|e| StoreError::Backend(e.to_string()))
    })
}

#[async_trait]
impl Sql for SqliteStore {
    const POSTGRES: bool = false;

    fn clock(&self) -> &bella_clock::Clock {
        &self.clock
    }

    async fn read<R: Row>(&self, sql: &'static str, a: Vec<Arg>) -> Result<Vec<R>, StoreError> {
        crate::pools::read(&self.pool, self.op_timeout, sql, args(a)?).await
    }

    async fn write_rows<R: Row>(
        &self,
        sql: &'static str,
        a: Vec<Arg>,
    ) -> Result<Vec<R>, StoreError> {
        let a = args(a)?;
        self.exclusive(move |conn| {
            Box::pin(async move { Ok(sqlx::query_as_with(sql, a).fetch_all(conn).await?) })
        })
        .await
    }

    async fn write(&self, sql: &'static str, a: Vec<Arg>) -> Result<u64, StoreError> {
        let a = args(a)?;
        self.exclusive(move |conn| {
            Box::pin(async move {
                let done = sqlx::query_with(sql, a).execute(conn).await?;
                Ok(done.rows_affected())
            })
        })
        .await
    }
}
