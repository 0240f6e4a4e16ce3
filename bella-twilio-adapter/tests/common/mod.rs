//! Shared helpers: an app over a fresh SQLite file, a oneshot transport that signs
//! like Twilio, and request builders.
#![allow(dead_code)] // each test file uses a different subset

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_store::Stores;
use bella_twilio_adapter::sim::{HttpAnswer, SimError, Transport};
use bella_twilio_adapter::{AdapterConfig, AppState, Clock, app};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use tower::ServiceExt;

pub const TOKEN: &str = "test-auth-token";
pub const API_KEY: &str = "test-api-key";
pub const BASE: &str = "https://bella.example.com";

/// Tuesday 2026-11-17 10:15 in Edmonton (SPEC §3's example).
pub fn tuesday_morning() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-17T10:15:00-07:00")
        .unwrap()
        .with_timezone(&Utc)
}

/// A fresh SQLite file path in the temp dir.
pub fn temp_db(tag: &str) -> PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("bella-adapter-{}-{tag}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("bella.db")
}

pub fn config() -> AdapterConfig {
    let mut c = AdapterConfig::new(bella_dialog::Config::default(), Some(TOKEN.to_owned()));
    c.api_key = Some(API_KEY.into());
    c.public_url = Some(BASE.to_owned());
    c
}

pub fn state_over(stores: Stores, config: AdapterConfig) -> AppState {
    let mut state = AppState::new(config, stores.appointments, stores.sessions, stores.records);
    state.clock = Clock::starting_at(tuesday_morning());
    state
}

pub async fn sqlite_state(db: &std::path::Path) -> AppState {
    let url = format!("sqlite://{}", db.display());
    let stores = Stores::connect(&url, None).await.expect("sqlite opens");
    let mut state = state_over(stores, config());
    // Calendars with feeds only (no CalDAV): `all.ics` and the business's own.
    let cfg = bella_calendar::CalendarConfig::empty(&state.config.dialog.business_name);
    let cal = bella_calendar::Calendars::open(&url, None, cfg, state.config.tz)
        .await
        .expect("calendars open");
    state.calendars = Some(cal);
    state
}

/// Sends requests to a router in process, as Twilio would (signed with `TOKEN`).
#[derive(Clone)]
pub struct Oneshot {
    pub router: Router,
}

impl Transport for Oneshot {
    fn base_url(&self) -> &str {
        BASE
    }

    async fn post(
        &self,
        path: &str,
        body: String,
        signature: Option<String>,
    ) -> Result<HttpAnswer, SimError> {
        let mut req = Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("host", "internal:8080");
        if let Some(sig) = signature {
            req = req.header("x-twilio-signature", sig);
        }
        let req = req
            .body(Body::from(body))
            .map_err(|e| SimError::Transport(e.to_string()))?;
        let resp = self
            .router
            .clone()
            .oneshot(req)
            .await
            .map_err(|e| SimError::Transport(e.to_string()))?;
        let status = resp.status().as_u16();
        let outcome = resp
            .headers()
            .get("x-bella-outcome")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = resp
            .into_body()
            .collect()
            .await
            .map_err(|e| SimError::Transport(e.to_string()))?
            .to_bytes();
        Ok(HttpAnswer {
            status,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            outcome,
        })
    }
}

/// A plain request through the router: (status, body).
pub async fn send(router: &Router, req: Request<Body>) -> (StatusCode, String) {
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

pub fn get_with_key(path: &str) -> Request<Body> {
    Request::get(path)
        .header("authorization", format!("Bearer {API_KEY}"))
        .body(Body::empty())
        .unwrap()
}

/// A signed form post of `params` to `path`.
pub fn signed_post(path: &str, params: &[(&str, &str)]) -> Request<Body> {
    let pairs: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let (body, sig) =
        bella_twilio_adapter::sim::signed_form(Some(TOKEN), &format!("{BASE}{path}"), &pairs);
    Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-twilio-signature", sig.unwrap())
        .body(Body::from(body))
        .unwrap()
}

pub fn app_of(state: AppState) -> Router {
    app(state)
}
