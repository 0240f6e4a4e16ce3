//! `GET /api/openapi.json`: the OpenAPI 3.1 document of the management API,
//! generated from the handlers' `#[utoipa::path]` annotations and the types'
//! `ToSchema` derives, plus what every operation shares: the bearer-key security
//! scheme and the RFC 9457 problem answered for every error. `tests/openapi.rs`
//! checks it covers every `/api` route of the route table.

use crate::admin::AppointmentJson;
use crate::manage::NewBooking;
use axum::Json;
use serde_json::{Value, json};
use std::sync::OnceLock;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Bella management API",
        description = "Appointments, calls, audit trail, stats and extraction, behind `Authorization: Bearer <BELLA_API_KEY>`. Every error is `application/problem+json` (RFC 9457) with a `code` member.",
    ),
    paths(
        super::appointments::list,
        super::appointments::create,
        super::appointments::one,
        super::appointments::change,
        super::appointments::cancel,
        super::appointments::cancel_post,
        super::calls::list,
        super::calls::one,
        super::insight::audit,
        super::insight::stats,
        super::extract::extract,
        customer,
        erase_customer,
        customer_note,
        mark_no_show,
        unmark_no_show,
        notifications,
        calendar_tokens,
        make_calendar_token,
        revoke_calendar_token,
        conflicts,
    ),
    components(schemas(
        AppointmentJson,
        NewBooking,
        super::appointments::Change,
        super::calls::CallJson,
        super::calls::TurnJson,
        super::insight::AuditJson,
        super::insight::StatsJson,
        super::insight::HourJson,
        super::insight::LlmBudgetJson,
    ))
)]
struct ApiDoc;

// Routes served by other modules (`customers.rs`, `outbound.rs`, `calendar.rs`), described here so
// the document covers every `/api` route; these functions are never called.

/// `GET /api/customers/{phone}` (served by `crate::customers`).
#[utoipa::path(get, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 (URL-encoded `+`) or ten NANP digits")),
    responses((status = 200, description = "What the business keeps about the caller: name, first and last booking, counts, note", body = serde_json::Value)))]
#[allow(dead_code)]
fn customer() {}

/// `DELETE /api/customers/{phone}` (served by `crate::customers`).
#[utoipa::path(delete, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 or ten NANP digits")),
    responses((status = 204, description = "Erased: the record, and the name on every appointment")))]
#[allow(dead_code)]
fn erase_customer() {}

/// `GET /api/notifications` (served by `crate::outbound`).
#[utoipa::path(get, path = "/api/notifications", tag = "notifications",
    params(("state" = Option<String>, Query, description = "Only notifications in this state"),
        ("limit" = Option<i64>, Query, description = "At most this many")),
    responses((status = 200, description = "The outbox, newest first", body = serde_json::Value)))]
#[allow(dead_code)]
fn notifications() {}

/// `PATCH /api/customers/{phone}` (served by `crate::customers`).
#[utoipa::path(patch, path = "/api/customers/{phone}", tag = "customers",
    params(("phone" = String, Path, description = "E.164 or ten NANP digits")),
    request_body(content = serde_json::Value, description = "`{\"note\": \"...\"}` (at most 2,000 characters; `null` or blank clears it)"),
    responses((status = 200, description = "The record with its note", body = serde_json::Value)))]
#[allow(dead_code)]
fn customer_note() {}

/// `POST /api/appointments/{id}/no-show` (served by `crate::customers`).
#[utoipa::path(post, path = "/api/appointments/{id}/no-show", tag = "customers",
    params(super::AppointmentIdParam),
    responses((status = 200, description = "Marked missed (counted once in the caller's record)", body = serde_json::Value)))]
#[allow(dead_code)]
fn mark_no_show() {}

/// `DELETE /api/appointments/{id}/no-show` (served by `crate::customers`).
#[utoipa::path(delete, path = "/api/appointments/{id}/no-show", tag = "customers",
    params(super::AppointmentIdParam),
    responses((status = 200, description = "The no-show mark taken back", body = serde_json::Value)))]
#[allow(dead_code)]
fn unmark_no_show() {}

/// `GET /api/calendar/tokens` (served by `crate::calendar`).
#[utoipa::path(get, path = "/api/calendar/tokens", tag = "calendars",
    responses((status = 200, description = "The feed tokens (never the secrets)", body = serde_json::Value)))]
#[allow(dead_code)]
fn calendar_tokens() {}

/// `POST /api/calendar/tokens` (served by `crate::calendar`).
#[utoipa::path(post, path = "/api/calendar/tokens", tag = "calendars",
    request_body(content = serde_json::Value, description = "`{\"resource\": \"all\" | NAME, \"include_phone\": false}`"),
    responses((status = 201, description = "The token, shown once, and the feed URL", body = serde_json::Value)))]
#[allow(dead_code)]
fn make_calendar_token() {}

/// `DELETE /api/calendar/tokens/{id}` (served by `crate::calendar`).
#[utoipa::path(delete, path = "/api/calendar/tokens/{id}", tag = "calendars",
    params(("id" = i64, Path, description = "Token id")),
    responses((status = 204, description = "Revoked")))]
#[allow(dead_code)]
fn revoke_calendar_token() {}

/// `GET /api/conflicts` (served by `crate::calendar`).
#[utoipa::path(get, path = "/api/conflicts", tag = "calendars",
    responses((status = 200, description = "External calendar events that overlap a booking", body = serde_json::Value)))]
#[allow(dead_code)]
fn conflicts() {}

/// The problem schema and the shared parts, added to the generated document.
fn finish(mut doc: Value) -> Value {
    doc["openapi"] = json!("3.1.0");
    let components = &mut doc["components"];
    components["securitySchemes"]["apiKey"] = json!({
        "type": "http", "scheme": "bearer",
        "description": "The API key (BELLA_API_KEY)"
    });
    components["schemas"]["Problem"] = json!({
        "type": "object",
        "description": "RFC 9457 problem details",
        "required": ["type", "title", "status", "detail", "code"],
        "properties": {
            "type": {"type": "string", "format": "uri"},
            "title": {"type": "string"},
            "status": {"type": "integer"},
            "detail": {"type": "string"},
            "code": {"type": "string", "description": "invalid, not_found, unauthorized, taken, outside_hours, closed_date, closed_day, not_on_slot, too_long, not_working, not_offered, nobody_that_day, in_the_past, beyond_horizon, cancelled, unavailable, internal, ..."}
        }
    });
    let problem = json!({
        "description": "An error (RFC 9457 problem details)",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    });
    if let Some(paths) = doc["paths"].as_object_mut() {
        for ops in paths.values_mut().filter_map(Value::as_object_mut) {
            for op in ops.values_mut().filter_map(Value::as_object_mut) {
                op.insert("security".into(), json!([{"apiKey": []}]));
                let responses = op.entry("responses").or_insert_with(|| json!({}));
                for (status, r) in responses.as_object_mut().into_iter().flatten() {
                    // A documented error status answers a problem too.
                    if status.starts_with('4') || status.starts_with('5') {
                        r["content"] = problem["content"].clone();
                    }
                }
                responses["default"] = problem.clone();
            }
        }
    }
    doc
}

/// The document (built once).
pub fn document() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let generated = serde_json::to_value(ApiDoc::openapi()).unwrap_or_else(|_| json!({}));
        finish(generated)
    })
}

/// `GET /api/openapi.json` (public: it holds no data).
pub(crate) async fn serve() -> Json<Value> {
    Json(document().clone())
}
