//! What every session store shares (SQLite, Postgres, Redis): a save's checks, the
//! answer to a save (the new version, or a conflict with the version expected), and
//! the session a load read. Each store keeps its statements and its atomicity.

use crate::model::{check_data, check_id, stored_version, ttl_millis, version_of};
use crate::{Session, StoreError};
use std::time::Duration;

/// A session save, checked.
pub(crate) struct SessionSave<'a> {
    pub call_id: &'a str,
    pub data: &'a str,
    pub ttl_ms: i64,
    /// The version the caller read, as stored (`None`: no live session may exist).
    pub expected: Option<i64>,
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
