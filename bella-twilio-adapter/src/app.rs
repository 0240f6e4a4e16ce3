//! The router ([`app`]) and the health routes.
//!
//! `app(state)` builds every route, so tests drive it with `tower::ServiceExt::oneshot`
//! and no socket. Routes:
//!
//! | route | auth | does |
//! |---|---|---|
//! | `POST /twilio/voice` | Twilio signature | a call starts: greet and listen |
//! | `POST /twilio/gather?turn=N&expect=E` | Twilio signature | the caller's answer to turn N |
//! | `POST /twilio/status` | Twilio signature | status callback: a completed call is closed |
//! | `GET /healthz` | none | the process is alive |
//! | `GET /readyz` | none | every store answers a ping |
//! | `GET /metrics` | none | Prometheus text |
//! | `/api/...` | bearer key | the admin API ([`crate::admin`]) |

use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use std::time::Duration;

/// Every route of the server.
pub fn app(state: AppState) -> Router {
    let limit = state.config.max_body_bytes;
    let twilio = Router::new()
        .route("/twilio/voice", post(crate::voice::voice))
        .route("/twilio/gather", post(crate::voice::gather))
        .route("/twilio/status", post(crate::voice::status))
        .layer(DefaultBodyLimit::max(limit));
    Router::new()
        .merge(twilio)
        .merge(crate::admin::routes().layer(DefaultBodyLimit::max(limit)))
        .merge(crate::outbound::routes().layer(DefaultBodyLimit::max(limit)))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let budget = Duration::from_secs(2);
    let checks = async {
        state.appointments.ping().await?;
        state.sessions.ping().await?;
        state.records.ping().await
    };
    match tokio::time::timeout(budget, checks).await {
        Ok(Ok(())) => (StatusCode::OK, "ready\n".to_owned()),
        Ok(Err(e)) => (StatusCode::SERVICE_UNAVAILABLE, format!("not ready: {e}\n")),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            "not ready: store ping timed out\n".into(),
        ),
    }
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    match &state.metrics {
        Some(handle) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
            handle.render(),
        ),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain")],
            "metrics recorder not installed\n".to_owned(),
        ),
    }
}
