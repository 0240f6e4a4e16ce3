//! The SQLite store's connections, lent to other crates that keep their own tables in
//! the same file (the outbox of `bella-notify`): their writes use the store's one
//! writing connection (taking turns with the writer task's batches, which acquire it
//! per batch) or run as jobs on the writer task itself, so a process never has a
//! second writing connection racing the first for the file lock.

use crate::{SqliteStore, StoreError};
use futures::future::BoxFuture;
use sqlx::sqlite::{SqliteConnection, SqlitePool};

impl SqliteStore {
    /// The pool the store reads with (WAL: reads never wait for the writer).
    #[must_use]
    pub fn read_pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// The pool of the one writing connection (one connection; the writer task
    /// acquires it per batch, so other statements on it take turns with the batches).
    #[must_use]
    pub fn write_pool(&self) -> &SqlitePool {
        &self.write_pool
    }

    /// Runs `job` alone on the writer task's connection, within the store's deadline,
    /// and returns its answer. The job opens its own transaction if it needs one
    /// (`BEGIN IMMEDIATE` for a read-then-write); a job whose caller stopped waiting
    /// is not run late.
    pub async fn on_writer<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, Result<T, StoreError>>
            + Send
            + 'static,
    {
        self.exclusive(job).await
    }
}
