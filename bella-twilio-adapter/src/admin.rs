//! The API's shared shapes: [`AppointmentJson`] (an appointment as every route shows
//! it) and `parse_phone` (a number as staff type it). The routes are in
//! [`crate::api`] (appointments, calls, audit, stats, extract) and `customers.rs`.
//!
//! An appointment is `{"id", "name", "phone" (E.164), "start" and "end" (RFC 3339 with
//! the business zone's offset), "minutes", "tz", "status", "service"?, "resource"?,
//! "note"?}`.

use crate::error::AppError;
use bella_core::{Appointment, PhoneNumber};
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// An appointment as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AppointmentJson {
    /// Store id.
    pub id: i64,
    /// The caller's name.
    pub name: String,
    /// E.164.
    pub phone: String,
    /// RFC 3339 with the business zone's offset.
    pub start: String,
    /// RFC 3339 with the business zone's offset.
    pub end: String,
    /// Length in minutes.
    pub minutes: u32,
    /// IANA zone of the business.
    pub tz: String,
    /// `booked`, `confirmed` (booked, and confirmed on a reminder call) or `cancelled`.
    pub status: String,
    /// The service booked, as the business names it (absent: the default service).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// The resource it holds (absent: the business's only one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// The staff note (absent: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Staff marked the caller as not having come (`POST .../no-show`).
    #[serde(default)]
    pub no_show: bool,
    /// When it was marked, RFC 3339 with the business zone's offset (absent: not
    /// marked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_show_at: Option<String>,
}

impl From<&Appointment> for AppointmentJson {
    fn from(a: &Appointment) -> Self {
        let fmt = |t: DateTime<Utc>| {
            t.with_timezone(&a.tz)
                .to_rfc3339_opts(SecondsFormat::Secs, false)
        };
        Self {
            id: a.id.0,
            name: a.name.as_str().to_owned(),
            phone: a.phone.e164().to_owned(),
            start: fmt(a.start),
            end: fmt(a.end()),
            minutes: a.minutes,
            tz: a.tz.name().to_owned(),
            status: a.status.as_str().to_owned(),
            service: a.service.clone(),
            resource: a.resource.clone(),
            note: None,
            no_show: false,
            no_show_at: None,
        }
    }
}

pub(crate) fn parse_phone(s: &str) -> Result<PhoneNumber, AppError> {
    let digits: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let parsed = if digits.starts_with('+') {
        PhoneNumber::from_e164(&digits)
    } else if digits.len() == 11 && digits.starts_with('1') {
        PhoneNumber::from_nanp_digits(&digits[1..])
    } else {
        PhoneNumber::from_nanp_digits(&digits)
    };
    parsed.map_err(|e| AppError::BadRequest(format!("phone: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_in_several_shapes() {
        for s in [
            "+14035550142",
            "4035550142",
            "1-403-555-0142",
            "(403) 555-0142",
        ] {
            assert_eq!(parse_phone(s).unwrap().e164(), "+14035550142", "{s}");
        }
        for s in ["", "403", "+1", "1035550142", "+1abc"] {
            assert!(parse_phone(s).is_err(), "{s}");
        }
    }
}
