//! The router ([`app`]), its shared state and the health routes.
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

use crate::twiml::SayOptions;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use bella_store::{AppointmentStore, CallRecordStore, SessionStore};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use metrics_exporter_prometheus::PrometheusHandle;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// How the adapter behaves; built by `bella serve` from its flags.
#[derive(Clone, Debug)]
pub struct AdapterConfig {
    /// Twilio auth token; `None` turns signature checks off (`--insecure-skip-signature`).
    pub auth_token: Option<String>,
    /// Admin API key; `None` turns the admin API off.
    pub api_key: Option<String>,
    /// Public base URL Twilio calls (`https://bella.example.com`), used to check
    /// signatures behind a proxy. `None`: `http://` plus the `Host` header.
    pub public_url: Option<String>,
    /// Voice and language of `<Say>`.
    pub say: SayOptions,
    /// `speechTimeout` of `<Gather>` (`auto` or seconds).
    pub speech_timeout: String,
    /// The business's zone (admin API dates).
    pub tz: Tz,
    /// Where to transfer when the engine names no number, and after an internal error.
    pub transfer_number: Option<String>,
    /// The most time one webhook may take before the caller hears the fallback
    /// (Twilio gives up at 15 s).
    pub request_budget: Duration,
    /// How long an idle call's session is kept.
    pub session_ttl: Duration,
    /// Calls whose session this process keeps in memory after saving it (write-through;
    /// the store stays the truth). 0 turns the cache off.
    pub session_cache: usize,
    /// Largest webhook body accepted, bytes.
    pub max_body_bytes: usize,
    /// The engine's configuration (business, hours, prompts).
    pub dialog: Arc<bella_dialog::Config>,
}

impl AdapterConfig {
    /// Defaults around a dialog configuration: signatures required with `auth_token`.
    #[must_use]
    pub fn new(dialog: bella_dialog::Config, auth_token: Option<String>) -> Self {
        Self {
            auth_token,
            api_key: None,
            public_url: None,
            say: SayOptions::default(),
            speech_timeout: "auto".to_owned(),
            tz: dialog.tz(),
            transfer_number: dialog.transfer_number.clone(),
            request_budget: Duration::from_secs(8),
            session_ttl: Duration::from_secs(4 * 3600),
            session_cache: 10_000,
            max_body_bytes: 32 * 1024,
            dialog: Arc::new(dialog),
        }
    }
}

/// Where "now" comes from. The adapter is the one place that reads the clock; tests
/// may start it at a fixed instant (it then advances with real time).
#[derive(Clone)]
pub struct Clock {
    offset: chrono::Duration,
}

impl Clock {
    /// The system clock.
    #[must_use]
    pub fn system() -> Self {
        Self {
            offset: chrono::Duration::zero(),
        }
    }

    /// A clock that reads `start` now and advances with real time.
    #[must_use]
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self {
            offset: start - Utc::now(),
        }
    }

    /// The current instant.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Clock(offset {}s)", self.offset.num_seconds())
    }
}

/// Everything a handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Behaviour and secrets.
    pub config: Arc<AdapterConfig>,
    /// Appointments.
    pub appointments: Arc<dyn AppointmentStore>,
    /// Dialog sessions between webhooks.
    pub sessions: Arc<dyn SessionStore>,
    /// Call records.
    pub records: Arc<dyn CallRecordStore>,
    /// Optional language-model fallback for slots the rules cannot read.
    pub llm: Option<Arc<crate::llm::LlmFallback>>,
    /// Prometheus handle for `/metrics` (`None`: metrics off).
    pub metrics: Option<PrometheusHandle>,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Sessions this process saved last ([`crate::cache`]).
    pub session_cache: Arc<crate::cache::SessionCache>,
    /// The outbound notifier (`[notifications]`), for [`crate::outbound`]'s routes.
    pub notifier: Option<bella_notify::worker::Notifier>,
}

impl fmt::Debug for AppState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Secrets live in `config`: print only what is safe.
        f.debug_struct("AppState")
            .field("signatures", &self.config.auth_token.is_some())
            .field("admin_api", &self.config.api_key.is_some())
            .field("public_url", &self.config.public_url)
            .field("appointments", &self.appointments)
            .field("sessions", &self.sessions)
            .field("llm", &self.llm.is_some())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State over the given stores, with the system clock, no LLM, and the
    /// process-wide Prometheus recorder.
    pub fn new(
        config: AdapterConfig,
        appointments: Arc<dyn AppointmentStore>,
        sessions: Arc<dyn SessionStore>,
        records: Arc<dyn CallRecordStore>,
    ) -> Self {
        let session_cache = Arc::new(crate::cache::SessionCache::new(
            config.session_cache,
            config.session_ttl,
        ));
        Self {
            session_cache,
            config: Arc::new(config),
            appointments,
            sessions,
            records,
            llm: None,
            metrics: crate::metrics::install(),
            clock: Clock::system(),
            notifier: None,
        }
    }
}

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
