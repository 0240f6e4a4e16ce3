//! [`Appointment`]: a booking as the store keeps it.

use crate::{PersonName, PhoneNumber};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A store-assigned appointment id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AppointmentId(pub i64);

impl fmt::Display for AppointmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Whether an appointment still holds its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum AppointmentStatus {
    /// Holds its slot.
    Booked,
    /// Cancelled: the slot is free again.
    Cancelled,
}

impl AppointmentStatus {
    /// The lowercase name stored and returned by the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Booked => "booked",
            Self::Cancelled => "cancelled",
        }
    }
}

/// A booked (or cancelled) appointment. Times are instants; `tz` is the business's
/// zone, kept alongside so the wall time the caller chose can always be shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    /// Store-assigned id.
    pub id: AppointmentId,
    /// The caller's name.
    pub name: PersonName,
    /// The caller's number.
    pub phone: PhoneNumber,
    /// Start instant.
    pub start: DateTime<Utc>,
    /// Length in minutes.
    pub minutes: u32,
    /// The business's zone.
    pub tz: Tz,
    /// Booked or cancelled.
    pub status: AppointmentStatus,
    /// The service booked, as the business names it (`None`: the default service).
    #[serde(default)]
    pub service: Option<String>,
    /// The resource (person, room, bay) it holds (`None`: the business's only one).
    #[serde(default)]
    pub resource: Option<String>,
}

impl Appointment {
    /// End instant.
    pub fn end(&self) -> DateTime<Utc> {
        self.start + Duration::minutes(i64::from(self.minutes))
    }

    /// Start as wall time in the business's zone.
    pub fn local_start(&self) -> NaiveDateTime {
        self.start.with_timezone(&self.tz).naive_local()
    }
}
