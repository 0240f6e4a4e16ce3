//! The row layer both SQL backends share: rows of appointments, customers and busy
//! intervals (sessions: `session_rules.rs`), read in either dialect and mapped to the API's
//! types in one place. A backend keeps only its SQL, its time and integer column types
//! and its locking.

use crate::model::{StoredAppointment, StoredCustomer, label_of};
use crate::{Busy, Customer, StoreError};
use bella_core::Appointment;
use chrono::{DateTime, Utc};

/// An instant as a backend stores it: Unix seconds (SQLite `INTEGER`) or a
/// `timestamptz` (Postgres).
pub(crate) trait StoredTime {
    /// The instant; an out-of-range stored value is a backend error.
    fn utc(self) -> Result<DateTime<Utc>, StoreError>;
}

impl StoredTime for i64 {
    fn utc(self) -> Result<DateTime<Utc>, StoreError> {
        crate::sql_time::from_secs(self)
            .ok_or_else(|| StoreError::Backend(format!("stored time {self} is out of range")))
    }
}

impl StoredTime for DateTime<Utc> {
    fn utc(self) -> Result<DateTime<Utc>, StoreError> {
        Ok(self)
    }
}

fn utc_opt<T: StoredTime>(t: Option<T>) -> Result<Option<DateTime<Utc>>, StoreError> {
    t.map(StoredTime::utc).transpose()
}

/// `SELECT appointment_columns!()`: times `T`, the length an integer `N`.
pub(crate) type AppointmentRow<T, N> = (i64, String, String, T, N, String, String, String, String);

/// An appointment row back to an [`Appointment`].
pub(crate) fn appointment<T: StoredTime, N: Into<i64>>(
    row: AppointmentRow<T, N>,
) -> Result<Appointment, StoreError> {
    let (id, name, phone, start, minutes, tz, status, service, resource) = row;
    StoredAppointment {
        id,
        name,
        phone,
        start: start.utc()?,
        minutes: minutes.into(),
        tz,
        status,
        service,
        resource,
    }
    .into_appointment()
}

/// The customer columns, in [`CustomerRow`] order.
macro_rules! customer_columns {
    () => {
        "phone, name, first_booking_at, last_booking_at, bookings, cancellations, no_shows, note"
    };
}
pub(crate) use customer_columns;

/// `SELECT customer_columns!()`.
pub(crate) type CustomerRow<T, N> = (
    String,
    Option<String>,
    Option<T>,
    Option<T>,
    N,
    N,
    N,
    Option<String>,
);

/// A customer row back to a [`Customer`].
pub(crate) fn customer<T: StoredTime, N: Into<i64>>(
    row: CustomerRow<T, N>,
) -> Result<Customer, StoreError> {
    let (phone, name, first, last, bookings, cancellations, no_shows, note) = row;
    StoredCustomer {
        phone,
        name,
        first: utc_opt(first)?,
        last: utc_opt(last)?,
        bookings: bookings.into(),
        cancellations: cancellations.into(),
        no_shows: no_shows.into(),
        note,
    }
    .into_customer()
}

/// A booked interval with its resource.
pub(crate) fn busy<T: StoredTime>(
    (start, end, resource): (T, T, String),
) -> Result<Busy, StoreError> {
    Ok(Busy {
        start: start.utc()?,
        end: end.utc()?,
        resource: label_of(resource),
    })
}
