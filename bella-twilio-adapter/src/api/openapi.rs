//! `GET /api/openapi.json`: the OpenAPI 3.1 document of the management API,
//! generated from the handlers' own `#[utoipa::path]` annotations (each beside the
//! handler it describes, in `api/`, `customers.rs`, `outbound.rs` and `calendar.rs`) and the types'
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
        crate::customers::one,
        crate::customers::erase,
        crate::customers::note,
        crate::customers::mark_no_show,
        crate::customers::unmark_no_show,
        crate::outbound::list,
        crate::calendar::list_tokens,
        crate::calendar::create_token,
        crate::calendar::revoke_token,
        crate::calendar::conflicts,
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
        crate::customers::CustomerJson,
        crate::customers::NotePatch,
        crate::customers::NoShowJson,
        crate::calendar::NewToken,
        crate::calendar::MadeToken,
    ))
)]
struct ApiDoc;

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
