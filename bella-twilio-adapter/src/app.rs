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
//! | `GET /twilio/relay` | Twilio signature (on the upgrade) | the ConversationRelay WebSocket ([`crate::relay`]) |
//! | `POST /twilio/relay/end` | Twilio signature | the ConversationRelay `<Connect action>` |
//! | `GET /healthz` | none | the process is alive |
//! | `GET /readyz` | none | every store answers a ping |
//! | `GET /metrics` | none | Prometheus text |
//! | `/api/...` | bearer key | the management API ([`crate::api`]); `/api/openapi.json` is public |
//! | `/dashboard/...` | session cookie (+ CSRF on forms) | the dashboard ([`crate::dashboard`]) |
//! | `GET /calendar/{file}` | feed token | ICS feeds ([`crate::calendar`]) |

use crate::state::AppState;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{MethodRouter, get, post};
use std::time::Duration;

/// What guards a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Guard {
    /// A Twilio webhook: the handler takes [`crate::guard::SignedForm`].
    TwilioSignature,
    /// The ConversationRelay WebSocket: the handler checks `X-Twilio-Signature` for the
    /// `wss://` URL before it accepts the upgrade (403 before any 101).
    TwilioSignatureUpgrade,
    /// The admin API: [`crate::guard::ApiKey`], in the handler and as a route layer.
    ApiKey,
    /// A dashboard page or form: [`crate::dashboard::auth::DashboardSession`] (the
    /// session cookie), in the handler and as a route layer; form posts also check the
    /// CSRF token ([`crate::dashboard::auth::CsrfForm`]).
    DashboardSession,
    /// An ICS feed: the handler takes [`crate::calendar::FeedAccess`] (a live
    /// `?token=` for the feed in the path).
    FeedToken,
    /// Open on purpose (health, metrics, the dashboard's sign-in form and assets).
    Public,
}

/// One route of the server and its guard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    /// The path, with `{param}` placeholders.
    pub path: &'static str,
    /// The guard.
    pub guard: Guard,
}

/// The router under construction with the table of its routes: every route is added
/// with its guard, so none can be added without one.
pub(crate) struct Routes {
    router: Router<AppState>,
    table: Vec<RouteInfo>,
    state: AppState,
}

impl Routes {
    /// Adds a route with its guard. An [`Guard::ApiKey`] route also gets the key check
    /// as a route layer, so it holds even for a handler that forgot the extractor, and
    /// answers an extractor's plain-text refusal as a problem ([`crate::error::as_problem`]).
    pub(crate) fn route(
        mut self,
        path: &'static str,
        guard: Guard,
        methods: MethodRouter<AppState>,
    ) -> Self {
        let methods = match guard {
            Guard::ApiKey => methods
                .route_layer(axum::middleware::from_extractor_with_state::<
                    crate::guard::ApiKey,
                    AppState,
                >(self.state.clone()))
                .route_layer(axum::middleware::map_response(crate::error::as_problem)),
            Guard::DashboardSession => {
                methods.route_layer(axum::middleware::from_extractor_with_state::<
                    crate::dashboard::auth::DashboardSession,
                    AppState,
                >(self.state.clone()))
            }
            _ => methods,
        };
        self.router = self.router.route(path, methods);
        self.table.push(RouteInfo { path, guard });
        self
    }
}

fn build(state: &AppState) -> Routes {
    let routes = Routes {
        router: Router::new(),
        table: Vec::new(),
        state: state.clone(),
    }
    .route(
        "/twilio/voice",
        Guard::TwilioSignature,
        post(crate::voice::voice),
    )
    .route(
        "/twilio/gather",
        Guard::TwilioSignature,
        post(crate::voice::gather),
    )
    .route(
        "/twilio/status",
        Guard::TwilioSignature,
        post(crate::voice::status),
    )
    .route(
        crate::relay::END_PATH,
        Guard::TwilioSignature,
        post(crate::relay::end::end),
    )
    .route(
        crate::relay::SOCKET_PATH,
        Guard::TwilioSignatureUpgrade,
        get(crate::relay::socket::upgrade),
    );
    let routes = crate::calendar::routes(routes);
    crate::dashboard::routes(crate::outbound::routes(crate::customers::routes(
        crate::api::routes(routes),
    )))
    .route("/healthz", Guard::Public, get(healthz))
    .route("/readyz", Guard::Public, get(readyz))
    .route("/metrics", Guard::Public, get(metrics))
}

/// Every route of the server.
pub fn app(state: AppState) -> Router {
    let limit = state.config.max_body_bytes;
    build(&state)
        .router
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

/// Every route of the server with its guard (what `tests/routes.rs` checks).
pub fn routes(state: &AppState) -> Vec<RouteInfo> {
    build(state).table
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
        Ok(Ok(())) => (
            StatusCode::OK,
            format!("ready\n{}", crate::calendar::ready_detail(&state)),
        ),
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
