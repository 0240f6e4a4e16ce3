//! The customers admin API: what the business keeps about each caller number, and
//! the right to have it erased (issue 12).
//!
//! | route | does |
//! |---|---|
//! | `GET /api/customers/{phone}` | the record: name, first and last booking, counts of bookings, cancellations and no-shows, note |
//! | `DELETE /api/customers/{phone}` | deletes the record and erases the name from every appointment under that number (`204`; `404` when nothing was kept) |
//! | `PATCH /api/customers/{phone}` | `{"note": "..."}` sets the staff's note (`null` or blank clears it; at most 2,000 characters, no control characters but line breaks and tabs: else `422`); the record back, `404` when there is none |
//! | `POST /api/appointments/{id}/no-show` | marks an appointment that has started as missed: the customer's `no_shows` counts it once |
//! | `DELETE /api/appointments/{id}/no-show` | takes the mark back |
//!
//! The no-show routes answer `{"id", "no_show", "changed", "customer"}` (`changed`:
//! false when it was already so; `customer`: the record, `null` when none is kept);
//! `400` for an appointment that has not started yet or was cancelled, `404` for none.
//!
//! `phone` is E.164 (`+14035550142`, URL-encoded `%2B` or not) or ten NANP digits.
//! Both routes are behind the admin API's bearer key, checked by the same guard as
//! `admin.rs` (the [`ApiKey`] guard, in the handler and as a route layer). The record is personal data: it is never
//! logged, and only its masked number appears in traces.

use crate::admin::parse_phone;
use crate::app::{Guard, Routes};
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use bella_store::Customer;
use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};

/// The customer routes, to be nested in the main router.
pub(crate) fn routes(r: Routes) -> Routes {
    r.route(
        "/api/customers/{phone}",
        Guard::ApiKey,
        get(one).delete(erase).patch(note),
    )
    .route(
        "/api/appointments/{id}/no-show",
        Guard::ApiKey,
        post(mark_no_show).delete(unmark_no_show),
    )
}

/// A customer record as the API shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct CustomerJson {
    /// E.164.
    pub phone: String,
    /// The name of their latest booking.
    pub name: Option<String>,
    /// Start of their first booking, RFC 3339 in the business zone.
    pub first_booking: Option<String>,
    /// Start of their latest booking, RFC 3339 in the business zone.
    pub last_booking: Option<String>,
    /// Appointments booked.
    pub bookings: u32,
    /// Of those, cancelled.
    pub cancellations: u32,
    /// Of those, missed.
    pub no_shows: u32,
    /// Staff's note.
    pub note: Option<String>,
}

fn to_json(c: &Customer, tz: chrono_tz::Tz) -> CustomerJson {
    let fmt = |t: DateTime<Utc>| {
        t.with_timezone(&tz)
            .to_rfc3339_opts(SecondsFormat::Secs, false)
    };
    CustomerJson {
        phone: c.phone.e164().to_owned(),
        name: c.name.as_ref().map(|n| n.as_str().to_owned()),
        first_booking: c.first_booking.map(fmt),
        last_booking: c.last_booking.map(fmt),
        bookings: c.bookings,
        cancellations: c.cancellations,
        no_shows: c.no_shows,
        note: c.note.clone(),
    }
}

/// `GET /api/customers/{phone}`.
#[utoipa::path(get, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 (URL-encoded `+`) or ten NANP digits")),
    responses((status = 200, description = "What the business keeps about the caller: name, first and last booking, counts, note", body = CustomerJson)))]
pub(crate) async fn one(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(phone): Path<String>,
) -> Result<Json<CustomerJson>, AppError> {
    let phone = parse_phone(&phone)?;
    let found = state
        .appointments
        .customer(&phone)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Json(to_json(&found, state.config.tz)))
}

/// `DELETE /api/customers/{phone}`.
#[utoipa::path(delete, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 or ten NANP digits")),
    responses((status = 204, description = "Erased: the record, and the name on every appointment")))]
pub(crate) async fn erase(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(phone): Path<String>,
) -> Result<StatusCode, AppError> {
    let phone = parse_phone(&phone)?;
    if state.appointments.delete_customer(&phone).await? {
        tracing::info!(phone = %phone.masked(), "customer record erased");
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}

/// The body of `PATCH /api/customers/{phone}`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NotePatch {
    /// At most 2,000 characters; `null` or blank clears it.
    note: Option<String>,
}

/// `PATCH /api/customers/{phone}`.
#[utoipa::path(patch, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 or ten NANP digits")),
    request_body = NotePatch,
    responses((status = 200, description = "The record with its note", body = CustomerJson)))]
pub(crate) async fn note(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(phone): Path<String>,
    body: Result<Json<NotePatch>, JsonRejection>,
) -> Result<Json<CustomerJson>, AppError> {
    let phone = parse_phone(&phone)?;
    let Json(patch) = body?;
    // Refused as every other bad field of the admin API is: 422 (the store would
    // refuse it too, as an invalid request).
    if let Some(n) = patch.note.as_deref() {
        crate::manage::checked_note(n.trim())?;
    }
    if !state
        .appointments
        .set_customer_note(&phone, patch.note.as_deref())
        .await?
    {
        return Err(AppError::NotFound);
    }
    tracing::info!(phone = %phone.masked(), "customer note changed");
    one(State(state), _key, Path(phone.e164().to_owned())).await
}

/// The answer of the no-show routes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct NoShowJson {
    /// The appointment.
    pub id: i64,
    /// Whether it is now marked as missed.
    pub no_show: bool,
    /// Whether this request changed it.
    pub changed: bool,
    /// The caller's record after the change (`None`: none is kept).
    pub customer: Option<CustomerJson>,
}

/// `POST /api/appointments/{id}/no-show`: marks the appointment as missed.
#[utoipa::path(post, path = "/api/appointments/{id}/no-show", tag = "customers",
    params(crate::api::AppointmentIdParam),
    responses((status = 200, description = "Marked missed (counted once in the caller's record)", body = NoShowJson)))]
pub(crate) async fn mark_no_show(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<NoShowJson>, AppError> {
    mark(&state, &id, true).await
}

/// `DELETE /api/appointments/{id}/no-show`: takes the mark back.
#[utoipa::path(delete, path = "/api/appointments/{id}/no-show", tag = "customers",
    params(crate::api::AppointmentIdParam),
    responses((status = 200, description = "The no-show mark taken back", body = NoShowJson)))]
pub(crate) async fn unmark_no_show(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<NoShowJson>, AppError> {
    mark(&state, &id, false).await
}

async fn mark(state: &AppState, id: &str, missed: bool) -> Result<Json<NoShowJson>, AppError> {
    let id = id
        .parse::<i64>()
        .map(bella_core::AppointmentId)
        .map_err(|_| AppError::BadRequest("appointment id must be an integer".into()))?;
    let found = state
        .appointments
        .get(id)
        .await?
        .ok_or(AppError::NotFound)?;
    if missed && found.start > state.clock.now() {
        return Err(AppError::BadRequest(
            "the appointment has not started yet: it cannot be missed".into(),
        ));
    }
    let changed = state.appointments.set_no_show(id, missed).await?;
    let customer = state.appointments.customer(&found.phone).await?;
    tracing::info!(appointment = id.0, missed, changed, "no-show mark set");
    Ok(Json(NoShowJson {
        id: id.0,
        no_show: missed,
        changed,
        customer: customer.map(|c| to_json(&c, state.config.tz)),
    }))
}
