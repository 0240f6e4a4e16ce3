//! What both SQL backends do alike with a pool: the readiness ping, within a deadline.

use crate::StoreError;
use crate::error::with_deadline;
use sqlx::{Connection as _, Database, Pool};
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
