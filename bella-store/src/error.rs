//! [`StoreError`]: what can go wrong in any backend, typed so callers can react.

/// How an [`StoreError::Unavailable`] for a transaction Postgres aborted begins.
const ABORTED: &str = "transaction aborted by a concurrent one";

impl StoreError {
    /// Whether the backend rolled the whole transaction back because of a concurrent
    /// one (a deadlock victim or a serialisation failure): running it again is safe.
    #[must_use]
    pub fn is_aborted_transaction(&self) -> bool {
        matches!(self, Self::Unavailable(m) if m.starts_with(ABORTED))
    }
}

/// An error from a store. Backend errors never panic; they arrive here.
#[derive(Clone, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The requested time overlaps an appointment that is already booked.
    #[error("the slot is already taken")]
    SlotTaken,
    /// No such appointment (or no booked appointment, for a reschedule).
    #[error("not found")]
    NotFound,
    /// A session save carried a version that is no longer current
    /// (`expected: None` means "must not exist" and it did).
    #[error("session version conflict (expected {expected:?})")]
    VersionConflict {
        /// The version the writer read, `None` when it expected no session.
        expected: Option<u64>,
    },
    /// The backend cannot be reached or did not answer in time. Retrying later
    /// (with the same request key) is safe.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// The caller passed something the store cannot accept.
    #[error("invalid request: {0}")]
    Invalid(String),
    /// Any other backend failure (a bug, a schema mismatch, a corrupt row).
    #[error("backend error: {0}")]
    Backend(String),
}

impl StoreError {
    /// True when the error is transient (the backend was unreachable or slow).
    #[must_use]
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

/// Postgres SQLSTATE for an exclusion-constraint violation (our overlap guard).
pub(crate) const PG_EXCLUSION_VIOLATION: &str = "23P01";

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        use sqlx::Error as E;
        match e {
            E::Io(io) => Self::Unavailable(format!("i/o: {io}")),
            E::Tls(t) => Self::Unavailable(format!("tls: {t}")),
            E::PoolTimedOut => Self::Unavailable("timed out waiting for a connection".into()),
            E::PoolClosed => Self::Unavailable("connection pool closed".into()),
            E::WorkerCrashed => Self::Unavailable("database worker crashed".into()),
            E::Database(db) => {
                let code = db.code();
                match code.as_deref() {
                    Some(PG_EXCLUSION_VIOLATION) => Self::SlotTaken,
                    // SQLite BUSY / LOCKED after busy_timeout: the file is held too long.
                    Some("5" | "6" | "261" | "517") => {
                        Self::Unavailable(format!("database busy: {}", db.message()))
                    }
                    // Postgres: admin shutdown, crash shutdown, cannot connect now.
                    Some("57P01" | "57P02" | "57P03") => {
                        Self::Unavailable(format!("database shutting down: {}", db.message()))
                    }
                    // Deadlock victim, serialisation failure: the transaction was rolled
                    // back whole and may simply be run again.
                    Some("40P01" | "40001") => {
                        Self::Unavailable(format!("{ABORTED}: {}", db.message()))
                    }
                    // Statement or lock timeout: transient.
                    Some("57014" | "55P03") => {
                        Self::Unavailable(format!("database timeout or conflict: {}", db.message()))
                    }
                    Some(c) if c.starts_with("08") => {
                        Self::Unavailable(format!("connection failure: {}", db.message()))
                    }
                    _ => Self::Backend(format!(
                        "database error {}: {}",
                        code.as_deref().unwrap_or("?"),
                        db.message()
                    )),
                }
            }
            other => Self::Backend(other.to_string()),
        }
    }
}

impl From<redis::RedisError> for StoreError {
    fn from(e: redis::RedisError) -> Self {
        if e.is_io_error()
            || e.is_timeout()
            || e.is_connection_dropped()
            || e.is_connection_refusal()
            || e.is_unrecoverable_error()
        {
            Self::Unavailable(format!("redis: {e}"))
        } else {
            Self::Backend(format!("redis: {e}"))
        }
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        match e {
            sqlx::migrate::MigrateError::Execute(inner) => inner.into(),
            other => Self::Backend(format!("migration: {other}")),
        }
    }
}

/// Runs a store operation under a deadline; running out of time is `Unavailable`.
///
/// Dropping the operation mid-transaction rolls it back, so a timeout never leaves a
/// partial write. (If the deadline hits while a COMMIT is in flight the outcome is
/// unknown to the caller; repeating the request with the same key is then safe.)
pub(crate) async fn with_deadline<T>(
    limit: std::time::Duration,
    fut: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, StoreError> {
    match tokio::time::timeout(limit, fut).await {
        Ok(r) => r,
        Err(_) => Err(StoreError::Unavailable(format!(
            "no answer within {} ms",
            limit.as_millis()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_failures_are_unavailable() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        for e in [
            sqlx::Error::Io(io),
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
        ] {
            assert!(StoreError::from(e).is_unavailable());
        }
        let io = std::io::Error::new(std::io::ErrorKind::BrokenPipe, "gone");
        let redis_err = redis::RedisError::from(io);
        assert!(StoreError::from(redis_err).is_unavailable());
    }

    #[test]
    fn other_failures_are_backend_errors() {
        assert!(matches!(
            StoreError::from(sqlx::Error::RowNotFound),
            StoreError::Backend(_)
        ));
        let e = sqlx::Error::ColumnNotFound("x".into());
        assert!(matches!(StoreError::from(e), StoreError::Backend(_)));
    }

    #[tokio::test]
    async fn deadline_turns_a_hang_into_unavailable() {
        let hang = std::future::pending::<Result<(), StoreError>>();
        let r = with_deadline(std::time::Duration::from_millis(20), hang).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
        let quick = with_deadline(std::time::Duration::from_secs(1), async { Ok(7) }).await;
        assert_eq!(quick.ok(), Some(7));
    }

    #[test]
    fn messages_are_lowercase() {
        let all = [
            StoreError::SlotTaken,
            StoreError::NotFound,
            StoreError::VersionConflict { expected: Some(3) },
            StoreError::Unavailable("x".into()),
            StoreError::Invalid("x".into()),
            StoreError::Backend("x".into()),
        ];
        for e in all {
            let m = e.to_string();
            assert!(m.starts_with(|c: char| c.is_ascii_lowercase()), "{m}");
        }
    }
}
