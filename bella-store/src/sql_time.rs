//! Instants and columns as the two SQL backends store them, for the store and for the
//! crates that keep tables of their own on its database ([`crate::SidePool`]: the
//! notifier's outbox, the calendars' push state).
//!
//! Times are Unix seconds (`INTEGER`) on SQLite, cut to the second when written, and
//! `timestamptz` on Postgres (appointment times written cut to the second there too).
//! One rule for comparing a stored time `at` with an instant `t` that may have a
//! fraction of a second: it means what it means on the exact `t`, on both backends (a
//! range `[from, to)` is `at >= from AND at < to`). Postgres compares the exact
//! instant; SQLite, whose `at` is whole seconds, binds `t`
//!
//! - in `at > t` and `at <= t`: cut to the second, as it is stored ([`secs`]);
//! - in `at >= t` and `at < t`: rounded up to the second ([`bound_secs`]; the
//!   store's `manage::Arg::Bound`).

use chrono::{DateTime, Utc};
use sqlx::Row;
use sqlx::postgres::PgRow;
use sqlx::sqlite::SqliteRow;

/// An instant as SQLite stores it (Unix seconds, cut to the second); also the
/// binding of `t` in `at > t` and `at <= t`.
#[must_use]
pub fn secs(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

/// A bound of a range over stored instants as SQLite binds it, for `at >= t` and
/// `at < t`: rows are stamped in whole seconds, so a bound inside a second moves to
/// its end.
#[must_use]
pub fn bound_secs(t: DateTime<Utc>) -> i64 {
    t.timestamp() + i64::from(t.timestamp_subsec_nanos() > 0)
}

/// An instant as Postgres binds it (`timestamptz`, compared exactly): unchanged.
#[must_use]
pub fn exact(t: DateTime<Utc>) -> DateTime<Utc> {
    t
}

/// The instant of stored Unix seconds (`None`: out of range).
#[must_use]
pub fn from_secs(s: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp(s, 0)
}

/// A column read the same way from either backend's row: times are Unix seconds on
/// SQLite and `timestamptz` on Postgres, integers `INTEGER` on SQLite and `BIGINT` or
/// `INT` on Postgres. An out-of-range stored time reads as the Unix epoch.
pub trait SqlColumns {
    /// A time column.
    fn time(&self, i: usize) -> DateTime<Utc>;
    /// A time column that may be `NULL`.
    fn opt_time(&self, i: usize) -> Option<DateTime<Utc>>;
    /// An integer column.
    fn int(&self, i: usize) -> i64;
    /// A count (attempts and the like): an integer column, saturated to `i32`.
    fn count(&self, i: usize) -> i32 {
        i32::try_from(self.int(i)).unwrap_or(i32::MAX)
    }
}

impl SqlColumns for SqliteRow {
    fn time(&self, i: usize) -> DateTime<Utc> {
        from_secs(self.get(i)).unwrap_or_default()
    }
    fn opt_time(&self, i: usize) -> Option<DateTime<Utc>> {
        self.get::<Option<i64>, _>(i)
            .map(|s| from_secs(s).unwrap_or_default())
    }
    fn int(&self, i: usize) -> i64 {
        self.get(i)
    }
}

impl SqlColumns for PgRow {
    fn time(&self, i: usize) -> DateTime<Utc> {
        self.get(i)
    }
    fn opt_time(&self, i: usize) -> Option<DateTime<Utc>> {
        self.get(i)
    }
    fn int(&self, i: usize) -> i64 {
        self.try_get::<i64, _>(i)
            .or_else(|_| self.try_get::<i32, _>(i).map(i64::from))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_round_up_and_stored_times_cut() {
        let whole = from_secs(100).unwrap();
        let inside = whole + chrono::Duration::milliseconds(500);
        assert_eq!((secs(whole), bound_secs(whole)), (100, 100));
        assert_eq!((secs(inside), bound_secs(inside)), (100, 101));
        assert_eq!(from_secs(i64::MAX), None);
    }
}
