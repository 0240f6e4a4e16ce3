//! What every session store shares (SQLite, Postgres, Redis): a save's checks, the
//! answer to a save (the new version, or a conflict with the version expected), and
//! the session a load read. Each store keeps its statements and its atomicity.

use crate::model::{check_data, check_id, stored_version, ttl_millis, version_of};
use crate::{Session, SessionStore, StoreError};
use async_trait::async_trait;
use std::fmt;
use std::time::Duration;

/// What a session store does in its own dialect; [`SessionStore`] is implemented once
/// over it, with the checks and answers below. Ids reach it checked.
#[async_trait]
pub trait SessionRows: Send + Sync + fmt::Debug {
    /// The live `(data, version)` of a call.
    async fn load_live(&self, call_id: &str) -> Result<Option<(String, i64)>, StoreError>;
    /// Writes a checked save when its expected version holds; the new version, or a
    /// conflict ([`SessionSave::answer`]).
    async fn save_checked(&self, save: &SessionSave<'_>) -> Result<u64, StoreError>;
    /// Deletes a call's session.
    async fn delete_checked(&self, call_id: &str) -> Result<(), StoreError>;
    /// Deletes the expired sessions; the default (a store that expires its own keys)
    /// deletes none.
    async fn purge_rows(&self) -> Result<u64, StoreError> {
        Ok(0)
    }
    /// Checks the backend answers.
    async fn ping_backend(&self) -> Result<(), StoreError>;
}

#[async_trait]
impl<T: SessionRows> SessionStore for T {
    async fn load(&self, call_id: &str) -> Result<Option<Session>, StoreError> {
        loaded(self.load_live(check_id("call id", call_id)?).await?)
    }

    async fn save(
        &self,
        call_id: &str,
        data: &str,
        expected: Option<u64>,
        ttl: Duration,
    ) -> Result<u64, StoreError> {
        self.save_checked(&SessionSave::check(call_id, data, expected, ttl)?)
            .await
    }

    async fn delete(&self, call_id: &str) -> Result<(), StoreError> {
        self.delete_checked(check_id("call id", call_id)?).await
    }

    async fn purge_expired(&self) -> Result<u64, StoreError> {
        self.purge_rows().await
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.ping_backend().await
    }
}

/// A session save, checked.
pub struct SessionSave<'a> {
    pub call_id: &'a str,
    pub data: &'a str,
    pub ttl_ms: i64,
    /// The version the caller read, as stored (`None`: no live session may exist).
    pub expected: Option<i64>,
}

impl fmt::Debug for SessionSave<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The state may hold a caller's name and number: only its size.
        f.debug_struct("SessionSave")
            .field("call_id", &self.call_id)
            .field("bytes", &self.data.len())
            .field("ttl_ms", &self.ttl_ms)
            .field("expected", &self.expected)
            .finish()
    }
}

impl<'a> SessionSave<'a> {
    /// Checks the call id, the state's size, the TTL and the expected version.
    pub(crate) fn check(
        call_id: &'a str,
        data: &'a str,
        expected: Option<u64>,
        ttl: Duration,
    ) -> Result<Self, StoreError> {
        Ok(Self {
            call_id: check_id("call id", call_id)?,
            data: check_data(data)?,
            ttl_ms: ttl_millis(ttl)?,
            expected: expected.map(stored_version).transpose()?,
        })
    }

    /// The answer to this save: see [`saved`].
    pub(crate) fn answer(&self, written: Option<i64>) -> Result<u64, StoreError> {
        saved(self.expected, written)
    }
}

/// The answer to a save that expected version `expected` (as stored): the version it
/// wrote, or [`StoreError::VersionConflict`] when it wrote nothing (`None`, or the
/// Redis script's `-1`).
pub(crate) fn saved(expected: Option<i64>, written: Option<i64>) -> Result<u64, StoreError> {
    match written {
        Some(v) if v >= 0 => version_of(v),
        _ => Err(StoreError::VersionConflict {
            expected: expected.and_then(|v| u64::try_from(v).ok()),
        }),
    }
}

/// The live session a load read as `(data, version)`, if any.
pub(crate) fn loaded(row: Option<(String, i64)>) -> Result<Option<Session>, StoreError> {
    row.map(|(data, v)| {
        Ok(Session {
            data,
            version: version_of(v)?,
        })
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_answers_its_version_or_a_conflict() {
        assert_eq!(saved(Some(3), Some(4)).unwrap(), 4);
        for written in [None, Some(-1)] {
            assert!(matches!(
                saved(Some(3), written),
                Err(StoreError::VersionConflict { expected: Some(3) })
            ));
        }
        assert!(matches!(
            saved(None, None),
            Err(StoreError::VersionConflict { expected: None })
        ));
        let ttl = Duration::from_secs(60);
        assert!(matches!(
            SessionSave::check("CA1", "{}", Some(u64::MAX), ttl),
            Err(StoreError::Invalid(_))
        ));
        assert!(matches!(
            SessionSave::check("", "{}", None, ttl),
            Err(StoreError::Invalid(_))
        ));
        let ok = SessionSave::check("CA1", "{}", Some(7), ttl).unwrap();
        assert_eq!((ok.ttl_ms, ok.expected), (60_000, Some(7)));
    }

    #[test]
    fn a_load_refuses_a_negative_stored_version() {
        assert_eq!(loaded(None).unwrap(), None);
        assert_eq!(loaded(Some(("{}".into(), 2))).unwrap().unwrap().version, 2);
        assert!(matches!(
            loaded(Some(("{}".into(), -2))),
            Err(StoreError::Backend(_))
        ));
    }
}
