//! The admin API: appointments and call records as JSON, behind a bearer key.
//!
//! Every route needs `Authorization: Bearer <BELLA_API_KEY>` (compared in constant
//! time; the [`ApiKey`] guard, in each handler and as a route layer); without a
//! configured key the API is off and answers 401.
//!
//! | route | does |
//! |---|---|
//! | `GET /api/appointments?phone=&date=&from=&to=&status=&limit=&offset=` | search, ordered by start |
//! | `GET /api/appointments/{id}` | one appointment |
//! | `POST /api/appointments/{id}/cancel`, `DELETE /api/appointments/{id}` | cancel |
//! | `GET /api/calls?limit=` | call records, newest first (callers masked) |
//! | `GET`, `DELETE /api/customers/{phone}` | a caller's record; erase it (`customers.rs`) |
//!
//! An appointment is `{"id", "name", "phone" (E.164), "start" and "end" (RFC 3339 with
//! the business zone's offset), "minutes", "tz", "status"}`. `date` is a local date in
//! the business zone; `from` and `to` are RFC 3339 instants; `phone` is E.164 or ten
//! NANP digits.

use crate::app::{Guard, Routes};
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::routing::{get, post};
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PhoneNumber, local_to_utc};
use bella_store::{AppointmentQuery, CallRecord, RequestKey};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// Adds the admin routes, each guarded by [`ApiKey`].
pub(crate) fn routes(r: Routes) -> Routes {
    r.route("/api/appointments", Guard::ApiKey, get(list))
        .route(
            "/api/appointments/{id}",
            Guard::ApiKey,
            get(one).delete(cancel),
        )
        .route("/api/appointments/{id}/cancel", Guard::ApiKey, post(cancel))
        .route("/api/calls", Guard::ApiKey, get(calls))
}

/// An appointment as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// `booked` or `cancelled`.
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
        }
    }
}

/// Query string of `GET /api/appointments`.
#[derive(Debug, Default, Deserialize)]
struct ListParams {
    phone: Option<String>,
    date: Option<String>,
    from: Option<String>,
    to: Option<String>,
    status: Option<String>,
    limit: Option<u32>,
    offset: Option<u32>,
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

fn parse_instant(what: &str, s: &str) -> Result<DateTime<Utc>, AppError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| AppError::BadRequest(format!("{what}: {e}")))
}

async fn list(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<ListParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<AppointmentJson>>, AppError> {
    let Query(p) = params?;
    let mut q = AppointmentQuery {
        limit: p.limit.unwrap_or(0),
        offset: p.offset.unwrap_or(0),
        ..AppointmentQuery::default()
    };
    if let Some(phone) = p.phone.as_deref().filter(|s| !s.trim().is_empty()) {
        q.phone = Some(parse_phone(phone)?);
    }
    if let Some(date) = p.date.as_deref() {
        let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|e| AppError::BadRequest(format!("date: {e}")))?;
        let tz = state.config.tz;
        let start = day.and_hms_opt(0, 0, 0).map(|t| local_to_utc(tz, t));
        let end = day
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| local_to_utc(tz, t));
        let (Some(start), Some(end)) = (start, end) else {
            return Err(AppError::BadRequest("date: out of range".into()));
        };
        q.from = Some(start);
        q.to = Some(end);
    }
    if let Some(from) = p.from.as_deref() {
        q.from = Some(parse_instant("from", from)?);
    }
    if let Some(to) = p.to.as_deref() {
        q.to = Some(parse_instant("to", to)?);
    }
    q.status = match p.status.as_deref() {
        None | Some("") | Some("all") => None,
        Some("booked") => Some(AppointmentStatus::Booked),
        Some("cancelled") => Some(AppointmentStatus::Cancelled),
        Some(other) => return Err(AppError::BadRequest(format!("status: unknown {other:?}"))),
    };
    let found = state.appointments.list(&q).await?;
    Ok(Json(found.iter().map(AppointmentJson::from).collect()))
}

fn parse_id(raw: &str) -> Result<AppointmentId, AppError> {
    raw.parse::<i64>()
        .map(AppointmentId)
        .map_err(|_| AppError::BadRequest("appointment id must be an integer".into()))
}

async fn one(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<AppointmentJson>, AppError> {
    let id = parse_id(&id)?;
    let found = state
        .appointments
        .get(id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(AppointmentJson::from(&found)))
}

async fn cancel(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<AppointmentJson>, AppError> {
    let id = parse_id(&id)?;
    // Cancelling twice is harmless (the store returns the cancelled appointment), so
    // one key per appointment is enough for the admin path.
    let key = RequestKey(format!("admin-cancel:{id}"));
    let done = state.appointments.cancel(id, &key).await?;
    metrics::counter!(crate::metrics::BOOKINGS, "kind" => "cancelled").increment(1);
    tracing::info!(appointment = %done.id, "appointment cancelled via admin api");
    Ok(Json(AppointmentJson::from(&done)))
}

/// Query string of `GET /api/calls`.
#[derive(Debug, Default, Deserialize)]
struct CallsParams {
    limit: Option<u32>,
}

async fn calls(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<CallsParams>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<CallRecord>>, AppError> {
    let Query(p) = params?;
    Ok(Json(
        state.records.list_records(p.limit.unwrap_or(100)).await?,
    ))
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
        assert!(parse_id("12x").is_err());
        assert_eq!(parse_id("-3").unwrap(), AppointmentId(-3));
    }
}
