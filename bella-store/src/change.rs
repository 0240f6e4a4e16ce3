//! The keyed (idempotent) appointment change both SQL backends share: the request-key
//! replay, the booking's checks, the conflict answer, cancel and move, and the key
//! remembered with the result. A backend gives only its statements ([`ChangeSql`]) and
//! runs [`keyed`] inside its own transaction and locking (SQLite: `BEGIN IMMEDIATE` on
//! the one writer; Postgres: advisory locks per key and per resource, the exclusion
//! constraint as the backstop, and a rerun of a deadlock victim).

use crate::model::{
    Op, booked, end_of, remember, replay, stored_label, stored_lang, whole_seconds,
};
use crate::{NewAppointment, StoreError};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus};
use chrono::{DateTime, Utc};

/// A booking as the backends write it: checked, its times to the whole second.
#[derive(Clone, Debug)]
pub(crate) struct Booking {
    pub new: NewAppointment,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The service and resource as stored (`''`: none).
    pub service: String,
    pub resource: String,
    pub lang: String,
}

impl Booking {
    /// Checks the length, labels and language of a new appointment.
    pub(crate) fn check(new: NewAppointment) -> Result<Self, StoreError> {
        let start = whole_seconds(new.start);
        Ok(Self {
            start,
            end: end_of(start, new.minutes)?,
            service: stored_label("service", new.service.as_deref())?.to_owned(),
            resource: stored_label("resource", new.resource.as_deref())?.to_owned(),
            lang: stored_lang(&new.lang)?.to_owned(),
            new,
        })
    }
}

/// One idempotent change of the appointments.
#[derive(Clone, Debug)]
pub(crate) enum Change {
    Book(Box<Booking>),
    Cancel(AppointmentId),
    /// A move: the appointment, its new start and the resource it goes to (`None`:
    /// its own).
    Reschedule(AppointmentId, DateTime<Utc>, Option<String>),
}

impl Change {
    /// A move to `start` (kept to the whole second), on `resource` when one is given
    /// (checked as a booking's is), else on the appointment's own.
    pub(crate) fn reschedule(
        id: AppointmentId,
        start: DateTime<Utc>,
        resource: Option<&str>,
    ) -> Result<Self, StoreError> {
        let resource = match resource {
            Some(r) => Some(stored_label("resource", Some(r))?.to_owned()),
            None => None,
        };
        Ok(Self::Reschedule(id, whole_seconds(start), resource))
    }

    const fn op(&self) -> Op {
        match self {
            Self::Book(_) => Op::Book,
            Self::Cancel(_) => Op::Cancel,
            Self::Reschedule(..) => Op::Reschedule,
        }
    }
}

/// Where a booking or a move puts an appointment: `[start, end)` on `resource`.
pub(crate) struct Slot<'a> {
    pub resource: &'a str,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The appointment being moved (not a clash with itself); `None` for a booking.
    pub moving: Option<AppointmentId>,
}

/// A change's answer to remember under its request key.
pub(crate) struct Kept<'a> {
    pub key: &'a str,
    pub op: Op,
    pub id: AppointmentId,
    /// The appointment as JSON.
    pub result: String,
}

/// The statements of a change that read and write alike in both dialects: one
/// implementation for every backend's transaction (`OnTx`, in `tx_sql`); the test fake
/// keeps its own.
#[async_trait]
pub(crate) trait SharedChangeSql: Send {
    /// The `(op, result)` remembered under a key.
    async fn remembered(&mut self, key: &str) -> Result<Option<(String, String)>, StoreError>;
    /// Remembers a change's answer under its key.
    async fn keep(&mut self, kept: &Kept<'_>) -> Result<(), StoreError>;
    /// Marks a booked appointment cancelled and counts it on the caller's record.
    async fn cancel(&mut self, appt: &Appointment) -> Result<(), StoreError>;
    /// Moves appointment `id` to the slot.
    async fn move_to(&mut self, id: AppointmentId, to: &Slot<'_>) -> Result<(), StoreError>;
}

/// The statements of one dialect, run inside the backend's transaction (with the
/// shared ones of [`SharedChangeSql`]).
#[async_trait]
pub(crate) trait ChangeSql: SharedChangeSql {
    /// Serialises the requests with one key until the transaction ends (SQLite's single
    /// writer does already).
    async fn lock_key(&mut self, key: &str) -> Result<(), StoreError>;
    /// One appointment, locked for the rest of the transaction where the dialect can.
    async fn appointment(&mut self, id: AppointmentId) -> Result<Option<Appointment>, StoreError>;
    /// Whether a booked appointment (other than the one moving) holds the slot's
    /// resource during it. Postgres first locks the resource until the transaction
    /// ends (SQLite's single writer does already); its exclusion constraint stays the
    /// backstop (`SlotTaken` as well).
    async fn clashes(&mut self, slot: &Slot<'_>) -> Result<bool, StoreError>;
    /// Inserts a booked appointment and counts it on the caller's record; its id.
    async fn insert(&mut self, booking: &Booking) -> Result<i64, StoreError>;
}

/// Applies `change` under `key` (already checked): a key used before answers what it
/// answered then (or `Invalid` when it was another operation), otherwise the change
/// runs and its answer is remembered. The caller commits; any error rolls back.
pub(crate) async fn keyed<S: ChangeSql + ?Sized>(
    sql: &mut S,
    key: &str,
    change: Change,
) -> Result<Appointment, StoreError> {
    let op = change.op();
    sql.lock_key(key).await?;
    if let Some((stored_op, result)) = sql.remembered(key).await? {
        return replay(op, &stored_op, &result);
    }
    let appt = match change {
        Change::Book(booking) => book(sql, *booking).await?,
        Change::Cancel(id) => cancel(sql, id).await?,
        Change::Reschedule(id, start, resource) => reschedule(sql, id, start, resource).await?,
    };
    let kept = Kept {
        key,
        op,
        id: appt.id,
        result: remember(&appt)?,
    };
    sql.keep(&kept).await?;
    Ok(appt)
}

async fn book<S: ChangeSql + ?Sized>(
    sql: &mut S,
    booking: Booking,
) -> Result<Appointment, StoreError> {
    let slot = Slot {
        resource: &booking.resource,
        start: booking.start,
        end: booking.end,
        moving: None,
    };
    if sql.clashes(&slot).await? {
        return Err(StoreError::SlotTaken);
    }
    let id = sql.insert(&booking).await?;
    Ok(booked(id, booking.new, booking.start))
}

async fn cancel<S: ChangeSql + ?Sized>(
    sql: &mut S,
    id: AppointmentId,
) -> Result<Appointment, StoreError> {
    let mut appt = sql.appointment(id).await?.ok_or(StoreError::NotFound)?;
    if appt.status == AppointmentStatus::Booked {
        sql.cancel(&appt).await?;
        appt.status = AppointmentStatus::Cancelled;
    }
    Ok(appt)
}

/// Moves a booked appointment, keeping its length, and its resource unless `resource`
/// names another: the clash is checked on the resource it ends on.
async fn reschedule<S: ChangeSql + ?Sized>(
    sql: &mut S,
    id: AppointmentId,
    start: DateTime<Utc>,
    resource: Option<String>,
) -> Result<Appointment, StoreError> {
    let mut appt = sql
        .appointment(id)
        .await?
        .filter(|a| a.status == AppointmentStatus::Booked)
        .ok_or(StoreError::NotFound)?;
    if let Some(r) = resource {
        appt.resource = (!r.is_empty()).then_some(r);
    }
    let slot = Slot {
        resource: appt.resource.as_deref().unwrap_or_default(),
        start,
        end: end_of(start, appt.minutes)?,
        moving: Some(id),
    };
    if sql.clashes(&slot).await? {
        return Err(StoreError::SlotTaken);
    }
    sql.move_to(id, &slot).await?;
    appt.start = start;
    Ok(appt)
}
