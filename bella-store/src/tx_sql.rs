//! Statements both SQL backends run alike on a transaction they hold open, written
//! once: the request keys, the cancel and the move of a keyed change (the one
//! [`SharedChangeSql`] of every backend's [`OnTx`]), a no-show mark and the erasure of a
//! customer, with [`Arg`]s bound as each backend binds them ([`Tx`]: `$n` placeholders,
//! SQLite binding instants as Unix seconds). A backend keeps its own transaction and
//! locking.

use crate::StoreError;
use crate::change::{Kept, SharedChangeSql, Slot};
use crate::manage::{Arg, Row, pg_args, sqlite_args};
use crate::model::ERASED_NAME;
use crate::shared_sql::text;
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, PhoneNumber};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, SqliteConnection};

/// A backend's open transaction, its writes stamped `now`.
pub(crate) struct Tx<'c> {
    pub conn: TxConn<'c>,
    /// The instant the transaction's writes are stamped with (the store's clock).
    pub now: DateTime<Utc>,
}

/// The connection a transaction runs on.
pub(crate) enum TxConn<'c> {
    Pg(&'c mut PgConnection),
    Sqlite(&'c mut SqliteConnection),
}

impl<'c> From<&'c mut PgConnection> for TxConn<'c> {
    fn from(conn: &'c mut PgConnection) -> Self {
        Self::Pg(conn)
    }
}

impl<'c> From<&'c mut SqliteConnection> for TxConn<'c> {
    fn from(conn: &'c mut SqliteConnection) -> Self {
        Self::Sqlite(conn)
    }
}

/// A backend's open transaction on its own connection type `C`, its writes stamped
/// `now`: where each backend runs the statements of a keyed change that are its own
/// (`PgChange`, `SqliteChange`).
pub(crate) struct OnTx<'c, C> {
    pub conn: &'c mut C,
    pub now: DateTime<Utc>,
}

impl<'c, C> OnTx<'c, C>
where
    for<'a> TxConn<'a>: From<&'a mut C>,
{
    /// The transaction as the shared statements run on it.
    pub(crate) fn tx(&mut self) -> Tx<'_> {
        OnTx {
            conn: &mut *self.conn,
            now: self.now,
        }
        .into_tx()
    }

    /// The transaction as the shared statements run on it, for the rest of its life
    /// ([`crate::shared_sql::SqlBackend::on_tx`]).
    pub(crate) fn into_tx(self) -> Tx<'c> {
        Tx {
            conn: TxConn::from(self.conn),
            now: self.now,
        }
    }
}

#[async_trait]
impl<C: Send> SharedChangeSql for OnTx<'_, C>
where
    for<'a> TxConn<'a>: From<&'a mut C>,
{
    async fn remembered(&mut self, key: &str) -> Result<Option<(String, String)>, StoreError> {
        remembered(&mut self.tx(), key).await
    }

    async fn keep(&mut self, kept: &Kept<'_>) -> Result<(), StoreError> {
        keep(&mut self.tx(), kept).await
    }

    async fn cancel(&mut self, appt: &Appointment) -> Result<(), StoreError> {
        cancel(&mut self.tx(), appt).await
    }

    async fn move_to(&mut self, id: AppointmentId, to: &Slot<'_>) -> Result<(), StoreError> {
        move_to(&mut self.tx(), id, to).await
    }
}

impl Tx<'_> {
    /// Runs a statement; how many rows it changed.
    pub(crate) async fn run(
        &mut self,
        sql: &'static str,
        args: Vec<Arg>,
    ) -> Result<u64, StoreError> {
        Ok(match &mut self.conn {
            TxConn::Pg(c) => sqlx::query_with(sql, pg_args(args)?)
                .execute(&mut **c)
                .await?
                .rows_affected(),
            TxConn::Sqlite(c) => sqlx::query_with(sql, sqlite_args(args)?)
                .execute(&mut **c)
                .await?
                .rows_affected(),
        })
    }

    /// Runs a statement and returns its rows.
    pub(crate) async fn rows<R: Row>(
        &mut self,
        sql: &'static str,
        args: Vec<Arg>,
    ) -> Result<Vec<R>, StoreError> {
        Ok(match &mut self.conn {
            TxConn::Pg(c) => {
                sqlx::query_as_with(sql, pg_args(args)?)
                    .fetch_all(&mut **c)
                    .await?
            }
            TxConn::Sqlite(c) => {
                sqlx::query_as_with(sql, sqlite_args(args)?)
                    .fetch_all(&mut **c)
                    .await?
            }
        })
    }
}

fn id(id: AppointmentId) -> Arg {
    Arg::Int(Some(id.0))
}

/// The `(op, result)` remembered under a request key.
pub(crate) async fn remembered(
    tx: &mut Tx<'_>,
    key: &str,
) -> Result<Option<(String, String)>, StoreError> {
    let rows = tx
        .rows(
            "SELECT op, result FROM request_keys WHERE key = $1",
            vec![text(key)],
        )
        .await?;
    Ok(rows.into_iter().next())
}

/// Remembers a change's answer under its request key.
pub(crate) async fn keep(tx: &mut Tx<'_>, kept: &Kept<'_>) -> Result<(), StoreError> {
    let now = tx.now;
    tx.run(
        "INSERT INTO request_keys (key, op, appointment_id, result, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
        vec![
            text(kept.key),
            text(kept.op.as_str()),
            id(kept.id),
            text(&kept.result),
            Arg::Time(now),
        ],
    )
    .await?;
    Ok(())
}

/// Marks a booked appointment cancelled and counts it on the caller's record.
pub(crate) async fn cancel(tx: &mut Tx<'_>, appt: &Appointment) -> Result<(), StoreError> {
    let now = tx.now;
    tx.run(
        "UPDATE appointments SET status = 'cancelled', updated_at = $2 WHERE id = $1",
        vec![id(appt.id), Arg::Time(now)],
    )
    .await?;
    tx.run(
        "UPDATE customers SET cancellations = cancellations + 1, updated_at = $2 \
         WHERE phone = $1",
        vec![text(appt.phone.e164()), Arg::Time(now)],
    )
    .await?;
    Ok(())
}

/// Moves appointment `appt` to the slot, on the slot's resource (Postgres: the
/// exclusion constraint checks the moved row against every other booking).
pub(crate) async fn move_to(
    tx: &mut Tx<'_>,
    appt: AppointmentId,
    to: &Slot<'_>,
) -> Result<(), StoreError> {
    let now = tx.now;
    tx.run(
        "UPDATE appointments SET start_at = $2, end_at = $3, updated_at = $4, resource = $5 \
         WHERE id = $1",
        vec![
            id(appt),
            Arg::Time(to.start),
            Arg::Time(to.end),
            Arg::Time(now),
            text(to.resource),
        ],
    )
    .await?;
    Ok(())
}

/// Deletes a caller's record and erases their name from their appointments
/// ([`ERASED_NAME`]); whether there was anything to delete.
pub(crate) async fn erase_customer(
    tx: &mut Tx<'_>,
    phone: &PhoneNumber,
) -> Result<bool, StoreError> {
    let now = tx.now;
    let gone = tx
        .run(
            "DELETE FROM customers WHERE phone = $1",
            vec![text(phone.e164())],
        )
        .await?;
    // The remembered results of retried requests hold the name too.
    tx.run(
        "DELETE FROM request_keys WHERE appointment_id IN \
         (SELECT id FROM appointments WHERE phone = $1)",
        vec![text(phone.e164())],
    )
    .await?;
    let erased = tx
        .run(
            "UPDATE appointments SET name = $2, updated_at = $3 WHERE phone = $1 AND name <> $2",
            vec![text(phone.e164()), text(ERASED_NAME), Arg::Time(now)],
        )
        .await?;
    Ok(gone + erased > 0)
}

/// Marks appointment `appt` as missed (or takes the mark back) and moves the count on
/// its caller's record with it (never below 0); whether the mark changed. No such
/// appointment is [`StoreError::NotFound`], a cancelled one [`StoreError::Invalid`].
/// Postgres locks the row first; SQLite's `BEGIN IMMEDIATE` holds every other writer
/// off already.
pub(crate) async fn mark_no_show(
    tx: &mut Tx<'_>,
    appt: AppointmentId,
    missed: bool,
) -> Result<bool, StoreError> {
    let read = match tx.conn {
        TxConn::Pg(_) => "SELECT status, no_show FROM appointments WHERE id = $1 FOR UPDATE",
        TxConn::Sqlite(_) => "SELECT status, no_show FROM appointments WHERE id = $1",
    };
    let row: Option<(String, bool)> = tx.rows(read, vec![id(appt)]).await?.into_iter().next();
    let (status, was) = row.ok_or(StoreError::NotFound)?;
    if status != "booked" {
        return Err(StoreError::Invalid(
            "a cancelled appointment cannot be a no-show".into(),
        ));
    }
    if was == missed {
        return Ok(false);
    }
    let now = tx.now;
    tx.run(
        "UPDATE appointments SET no_show = $2, updated_at = $3, \
         no_show_at = CASE WHEN $2 THEN $3 END WHERE id = $1",
        vec![id(appt), Arg::Bool(missed), Arg::Time(now)],
    )
    .await?;
    tx.run(
        "UPDATE customers SET updated_at = $3, \
         no_shows = CASE WHEN no_shows + $2 > 0 THEN no_shows + $2 ELSE 0 END \
         WHERE phone = (SELECT phone FROM appointments WHERE id = $1)",
        vec![
            id(appt),
            Arg::Int(Some(if missed { 1 } else { -1 })),
            Arg::Time(now),
        ],
    )
    .await?;
    Ok(true)
}
