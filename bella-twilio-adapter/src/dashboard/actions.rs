//! The changes the dashboard makes (book, move, cancel, note), each returning what a
//! person at the front desk should read when it is refused.
//!
//! Every change goes through the shared service layer, so the page applies exactly the
//! checks a call or the management API does, and every change is audited with the
//! sign-in that made it.

use crate::state::AppState;
use bella_core::{Appointment, AppointmentId, PersonName};
use bella_store::{NewAppointment, RequestKey, StoreError};
use chrono::{DateTime, Utc};

/// What the booking form sends.
#[derive(Clone, Debug, Default)]
pub struct BookRequest {
    /// The caller's name.
    pub name: String,
    /// The caller's number, as typed.
    pub phone: String,
    /// Start instant.
    pub start: Option<DateTime<Utc>>,
    /// The service's name (empty: the default).
    pub service: Option<String>,
    /// The resource's name (empty: any).
    pub resource: Option<String>,
}

/// A refused change: what to tell the person, and the HTTP status.
#[derive(Debug)]
pub struct Refused {
    /// 400, 404, 409 or 503.
    pub status: axum::http::StatusCode,
    /// One sentence for the page.
    pub message: String,
}

impl Refused {
    fn bad(message: impl Into<String>) -> Self {
        Self {
            status: axum::http::StatusCode::BAD_REQUEST,
            message: message.into(),
        }
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        use axum::http::StatusCode as S;
        let (status, message) = match e {
            StoreError::SlotTaken => (
                S::CONFLICT,
                "That time is already booked. Pick another slot.".to_owned(),
            ),
            StoreError::NotFound => (S::NOT_FOUND, "No such appointment.".to_owned()),
            StoreError::Invalid(m) => (S::BAD_REQUEST, m),
            e => {
                tracing::error!(error = %e, "dashboard change failed");
                (
                    S::SERVICE_UNAVAILABLE,
                    "The database does not answer. Try again in a moment.".to_owned(),
                )
            }
        };
        Self { status, message }
    }
}

fn request_key(actor: &str) -> RequestKey {
    RequestKey(format!(
        "{actor}:{}",
        base64::Engine::encode(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD,
            rand::random::<[u8; 12]>()
        )
    ))
}

/// Books an appointment.
pub async fn book(state: &AppState, actor: &str, req: BookRequest) -> Result<Appointment, Refused> {
    let cfg = &state.config.dialog;
    let name = PersonName::new(&req.name).map_err(|e| Refused::bad(format!("Name: {e}.")))?;
    let phone = crate::admin::parse_phone(&req.phone)
        .map_err(|_| Refused::bad("Phone: give ten digits or +1 and ten digits."))?;
    let start = req
        .start
        .ok_or_else(|| Refused::bad("Start: pick a date and time."))?;
    let local = start.with_timezone(&cfg.tz()).naive_local();
    cfg.hours
        .check_slot(local)
        .map_err(|r| Refused::bad(format!("That time is not bookable ({r:?}).")))?;
    let minutes = req
        .service
        .as_deref()
        .and_then(|s| cfg.services.iter().find(|x| x.name == s))
        .map_or(cfg.hours.slot_minutes, |s| s.minutes);
    let new = NewAppointment {
        name,
        phone,
        start,
        minutes,
        tz: cfg.tz(),
        service: req.service,
        resource: req.resource,
    };
    Ok(state.appointments.book(new, &request_key(actor)).await?)
}

/// Moves an appointment.
pub async fn move_to(
    state: &AppState,
    actor: &str,
    id: AppointmentId,
    start: DateTime<Utc>,
) -> Result<Appointment, Refused> {
    let local = start.with_timezone(&state.config.dialog.tz()).naive_local();
    state
        .config
        .dialog
        .hours
        .check_slot(local)
        .map_err(|r| Refused::bad(format!("That time is not bookable ({r:?}).")))?;
    Ok(state
        .appointments
        .reschedule(id, start, &request_key(actor))
        .await?)
}

/// Cancels an appointment.
pub async fn cancel(
    state: &AppState,
    actor: &str,
    id: AppointmentId,
) -> Result<Appointment, Refused> {
    Ok(state.appointments.cancel(id, &request_key(actor)).await?)
}
