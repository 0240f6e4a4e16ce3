//! The management API (issue 14): appointments booked, moved, edited and cancelled
//! by staff, calls with their transcripts, the audit trail, stats and extraction,
//! behind the API key. Every error is an RFC 9457 problem (`application/problem+json`,
//! see [`crate::error`]); the routes are described by `GET /api/openapi.json`
//! ([`openapi`]), which a test checks against the route table.
//!
//! | route | does |
//! |---|---|
//! | `GET /api/appointments?from&to&date&status&resource&phone&limit&offset` | a page, by start; `Link: rel="next"` when more |
//! | `POST /api/appointments` | book (`Idempotency-Key` honoured); 201 |
//! | `GET`, `PATCH`, `DELETE /api/appointments/{id}` | one; move (`start`) or edit (`name`, `phone`, `note`); cancel |
//! | `POST /api/appointments/{id}/cancel` | cancel |
//! | `GET /api/calls?from&to&outcome&limit&offset`, `GET /api/calls/{sid}` | call records; one with every turn |
//! | `GET /api/audit?from&to&appointment&limit&offset` | the audit trail, newest first |
//! | `GET /api/stats?from&to` | calls per hour by outcome, conversion, failed answers, latency, LLM use |
//! | `POST /api/extract` | SPEC §2 extraction of one text or a batch |
//! | `GET /api/openapi.json` | the OpenAPI 3.1 document (public) |

mod appointments;
mod calls;
mod extract;
mod insight;
pub mod openapi;

use crate::app::{Guard, Routes};
use crate::error::AppError;
use crate::manage::Actor;
use crate::state::AppState;
use axum::routing::{get, post};
use bella_core::Secret;
use chrono::{DateTime, Utc};

/// Adds the management routes.
pub(crate) fn routes(r: Routes) -> Routes {
    r.route(
        "/api/appointments",
        Guard::ApiKey,
        get(appointments::list).post(appointments::create),
    )
    .route(
        "/api/appointments/{id}",
        Guard::ApiKey,
        get(appointments::one)
            .patch(appointments::change)
            .delete(appointments::cancel),
    )
    .route(
        "/api/appointments/{id}/cancel",
        Guard::ApiKey,
        post(appointments::cancel_post),
    )
    .route("/api/calls", Guard::ApiKey, get(calls::list))
    .route("/api/calls/{sid}", Guard::ApiKey, get(calls::one))
    .route("/api/audit", Guard::ApiKey, get(insight::audit))
    .route("/api/stats", Guard::ApiKey, get(insight::stats))
    .route("/api/extract", Guard::ApiKey, post(extract::extract))
    .route("/api/openapi.json", Guard::Public, get(openapi::serve))
}

/// The `{id}` of the `/api/appointments/{id}...` routes, for their OpenAPI `params`.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
#[allow(
    dead_code,
    reason = "only described: the handlers read the id as a string"
)]
pub(crate) struct AppointmentIdParam {
    /// Appointment id
    id: i64,
}

/// The actor of a request that passed the key guard.
pub(crate) fn actor(state: &AppState) -> Actor {
    state
        .config
        .api_key
        .as_ref()
        .map_or(Actor::System, |k| Actor::api_key(Secret::expose(k)))
}

/// An optional RFC 3339 query parameter.
pub(crate) fn instant(what: &str, s: Option<&str>) -> Result<Option<DateTime<Utc>>, AppError> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|e| AppError::BadRequest(format!("{what}: not an RFC 3339 time: {e}")))
        })
        .transpose()
}
