//! The management store's [`Sql`] on Postgres: one pool, every statement under the
//! store's deadline (the statements themselves are in `shared.rs`).

use super::sql::{Arg, Row, Sql, arguments};
use crate::StoreError;
use crate::error::with_deadline;
use crate::postgres::PgStore;
use async_trait::async_trait;
use sqlx::postgres::PgArguments;

/// Binds [`Arg`]s as this backend stores them.
pub(crate) fn args(args: Vec<Arg>) -> Result<PgArguments, StoreError> {
    arguments(args, |t| t, |t| t, Ok)
}

#[async_trait]
impl Sql for PgStore {
    const POSTGRES: bool = true;

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
        self.read(sql, a).await
    }

    async fn write(&self, sql: &'static str, a: Vec<Arg>) -> Result<u64, StoreError> {
        let a = args(a)?;
        with_deadline(self.op_timeout, async {
            let done = sqlx::query_with(sql, a).execute(&self.pool).await?;
            Ok(done.rows_affected())
        })
        .await
    }
}
