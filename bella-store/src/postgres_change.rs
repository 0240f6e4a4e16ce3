//! The Postgres statements of a keyed appointment change ([`crate::change`]): `$n`
//! placeholders, `timestamptz` columns and stamps from the store's clock (never the
//! database's `now()`, so the outbox trigger sees the same time as SQLite's). Rows are locked `FOR UPDATE`,
//! request keys and the resource a booking or move writes with transaction-scoped
//! advisory locks; the exclusion constraint still refuses any overlap that slips past
//! (SQLSTATE `23P01`, `SlotTaken`).

use crate::change::{Booking, ChangeSql, Slot};
use crate::model::appointment_columns;
use crate::tx_sql::OnTx;
use crate::{StoreError, rows};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;

/// A change's statements on one Postgres transaction, stamped `now`.
pub(crate) type PgChange<'c> = OnTx<'c, PgConnection>;

#[async_trait]
impl ChangeSql for PgChange<'_> {
    async fn lock_key(&mut self, key: &str) -> Result<(), StoreError> {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
            .bind(key)
            .execute(&mut *self.conn)
            .await?;
        Ok(())
    }

    async fn appointment(&mut self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        let row: Option<rows::AppointmentRow<DateTime<Utc>, i32>> = sqlx::query_as(concat!(
            "SELECT ",
            appointment_columns!(),
            " FROM appointments WHERE id = $1 FOR UPDATE"
        ))
        .bind(id.0)
        .fetch_optional(&mut *self.conn)
        .await?;
        row.map(rows::appointment).transpose()
    }

    /// Takes the slot's time on its resource for the rest of the transaction, then
    /// looks for a booked overlap. Without the locks, two inserts of overlapping rows
    /// each wait on the other's exclusion check and Postgres breaks the tie only after
    /// its `deadlock_timeout` (1 s by default), a second of silence on each racing call;
    /// with them, racers for one slot queue, the winner commits, and the rest see its
    /// row here. Writers of slots that do not overlap share no lock and never wait on
    /// each other. The exclusion constraint stays the last word.
    async fn clashes(&mut self, slot: &Slot<'_>) -> Result<bool, StoreError> {
        let (first, last) = lock_buckets(slot.start, slot.end);
        // One statement takes them in ascending order, so two writers never hold one
        // each while waiting for the other's. Seed 1 keeps them apart from the
        // request-key locks (seed 0).
        sqlx::query(
            "SELECT pg_advisory_xact_lock(hashtextextended($1 || '@' || b, 1)) \
             FROM generate_series($2::bigint, $3::bigint) AS b ORDER BY b",
        )
        .bind(slot.resource)
        .bind(first)
        .bind(last)
        .execute(&mut *self.conn)
        .await?;
        let clash: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM appointments WHERE status = 'booked' \
             AND resource = $1 AND tstzrange(start_at, end_at, '[)') && tstzrange($2, $3, '[)') \
             AND id <> $4)",
        )
        .bind(slot.resource)
        .bind(slot.start)
        .bind(slot.end)
        .bind(slot.moving.map_or(-1, |id| id.0))
        .fetch_one(&mut *self.conn)
        .await?;
        Ok(clash)
    }

    async fn insert(&mut self, b: &Booking) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, status, \
             service, resource, lang, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'booked', $7, $8, $9, $10, $10) RETURNING id",
        )
        .bind(b.new.name.as_str())
        .bind(b.new.phone.e164())
        .bind(b.start)
        .bind(b.end)
        .bind(i32::try_from(b.new.minutes).unwrap_or(i32::MAX))
        .bind(b.new.tz.name())
        .bind(&b.service)
        .bind(&b.resource)
        .bind(&b.lang)
        .bind(self.now)
        .fetch_one(&mut *self.conn)
        .await?;
        sqlx::query(
            "INSERT INTO customers (phone, name, first_booking_at, last_booking_at, bookings) \
             VALUES ($1, $2, $3, $3, 1) ON CONFLICT (phone) DO UPDATE SET \
             name = EXCLUDED.name, \
             first_booking_at = LEAST(customers.first_booking_at, EXCLUDED.first_booking_at), \
             last_booking_at = GREATEST(customers.last_booking_at, EXCLUDED.last_booking_at), \
             bookings = customers.bookings + 1, updated_at = $4",
        )
        .bind(b.new.phone.e164())
        .bind(b.new.name.as_str())
        .bind(b.start)
        .bind(self.now)
        .execute(&mut *self.conn)
        .await?;
        Ok(id)
    }
}

/// How much time one slot lock covers, in seconds.
const LOCK_BUCKET_SECS: i64 = 30 * 60;

/// The first and last half-hour buckets (since the epoch) that `[start, end)` touches.
/// Two overlapping ranges share an instant, and so the bucket holding it; at most 49
/// buckets for the longest appointment (24 hours).
fn lock_buckets(start: DateTime<Utc>, end: DateTime<Utc>) -> (i64, i64) {
    let first = start.timestamp().div_euclid(LOCK_BUCKET_SECS);
    // `end` is exclusive; a range always holds at least its start.
    let last = (end.timestamp() - 1)
        .div_euclid(LOCK_BUCKET_SECS)
        .max(first);
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::lock_buckets;
    use chrono::{DateTime, Duration, Utc};

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn overlapping_slots_share_a_bucket_and_adjacent_ones_do_not() {
        let t = at("2031-06-02T16:00:00Z");
        let half = |i: i64| t + Duration::minutes(30 * i);
        // A half-hour slot on the grid is one bucket; the next slot is the next one.
        assert_eq!(
            lock_buckets(half(0), half(1)).0,
            lock_buckets(half(0), half(1)).1
        );
        assert_eq!(
            lock_buckets(half(0), half(1)).1 + 1,
            lock_buckets(half(1), half(2)).0
        );
        // Every pair of overlapping ranges shares a bucket, every disjoint pair none:
        // starts and lengths on a 5-minute grid, off the half hour too.
        let ranges: Vec<_> = (0..36)
            .flat_map(|s| [5, 15, 30, 45, 90].map(|m| (s * 5, s * 5 + m)))
            .map(|(a, b)| (t + Duration::minutes(a), t + Duration::minutes(b)))
            .collect();
        for &(a0, a1) in &ranges {
            for &(b0, b1) in &ranges {
                let (x0, x1) = lock_buckets(a0, a1);
                let (y0, y1) = lock_buckets(b0, b1);
                let share = x0 <= y1 && y0 <= x1;
                let overlap = a0 < b1 && b0 < a1;
                assert!(!overlap || share, "{a0}..{a1} and {b0}..{b1} overlap");
                if a1 <= b0 && (a1.timestamp() % 1800 == 0) {
                    assert!(!share, "{a0}..{a1} ends on a boundary before {b0}");
                }
            }
        }
        // The longest appointment (24 hours) on the grid takes 48 buckets.
        let (f, l) = lock_buckets(t, t + Duration::hours(24));
        assert_eq!(l - f + 1, 48);
    }
}
