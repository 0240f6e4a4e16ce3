//! The SQLite statements of a keyed appointment change ([`crate::change`]): `?n`
//! placeholders, Unix-second columns and stamps from the store's clock. They run on
//! the writer task's connection inside `BEGIN IMMEDIATE`, so the overlap check and the
//! write are one serialised step, even against another process on the same file.

use crate::change::{Booking, ChangeSql, Slot};
use crate::model::appointment_columns;
use crate::tx_sql::OnTx;
use crate::{StoreError, rows};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId};
use sqlx::SqliteConnection;

/// A change's statements on the writer's transaction, stamped `now` (stored as Unix
/// seconds).
pub(crate) type SqliteChange<'c> = OnTx<'c, SqliteConnection>;

#[async_trait]
impl ChangeSql for SqliteChange<'_> {
    async fn lock_key(&mut self, _key: &str) -> Result<(), StoreError> {
        // `BEGIN IMMEDIATE` on the one writer holds every other change off already.
        Ok(())
    }

    async fn appointment(&mut self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        fetch(self.conn, id).await
    }

    /// Indexed by `appointments_booked_resource_time` (a booking lasts at most a day,
    /// so the start is bounded from both sides).
    async fn clashes(&mut self, slot: &Slot<'_>) -> Result<bool, StoreError> {
        let clash: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM appointments WHERE status = 'booked' AND resource = ?4 \
             AND start_at < ?2 AND start_at > ?1 - 86400 AND end_at > ?1 AND id <> ?3 LIMIT 1",
        )
        .bind(slot.start.timestamp())
        .bind(slot.end.timestamp())
        .bind(slot.moving.map_or(-1, |id| id.0))
        .bind(slot.resource)
        .fetch_optional(&mut *self.conn)
        .await?;
        Ok(clash.is_some())
    }

    async fn insert(&mut self, b: &Booking) -> Result<i64, StoreError> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, \
             status, created_at, updated_at, service, resource, lang) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'booked', ?7, ?7, ?8, ?9, ?10) RETURNING id",
        )
        .bind(b.new.name.as_str())
        .bind(b.new.phone.e164())
        .bind(b.start.timestamp())
        .bind(b.end.timestamp())
        .bind(i64::from(b.new.minutes))
        .bind(b.new.tz.name())
        .bind(self.now.timestamp())
        .bind(&b.service)
        .bind(&b.resource)
        .bind(&b.lang)
        .fetch_one(&mut *self.conn)
        .await?;
        sqlx::query(
            "INSERT INTO customers (phone, name, first_booking_at, last_booking_at, \
             bookings, updated_at) VALUES (?1, ?2, ?3, ?3, 1, ?4) \
             ON CONFLICT (phone) DO UPDATE SET name = excluded.name, \
             first_booking_at = MIN(COALESCE(first_booking_at, excluded.first_booking_at), excluded.first_booking_at), \
             last_booking_at = MAX(COALESCE(last_booking_at, excluded.last_booking_at), excluded.last_booking_at), \
             bookings = bookings + 1, updated_at = excluded.updated_at",
        )
        .bind(b.new.phone.e164())
        .bind(b.new.name.as_str())
        .bind(b.start.timestamp())
        .bind(self.now.timestamp())
        .execute(&mut *self.conn)
        .await?;
        Ok(id)
    }
}

/// One appointment by id, in any status.
pub(crate) async fn fetch(
    conn: &mut SqliteConnection,
    id: AppointmentId,
) -> Result<Option<Appointment>, StoreError> {
    let row: Option<rows::AppointmentRow<i64, i64>> = sqlx::query_as(concat!(
        "SELECT ",
        appointment_columns!(),
        " FROM appointments WHERE id = ?1"
    ))
    .bind(id.0)
    .fetch_optional(conn)
    .await?;
    row.map(rows::appointment).transpose()
}
