//! Shared helpers: an app over a fresh SQLite file, a oneshot transport that signs
//! like Twilio, and request builders.
#![allow(dead_code)] // each test file uses a different subset

pub mod logs;
pub mod relay;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_store::Stores;
use bella_twilio_adapter::sim::{
    CallCase, HttpAnswer, PlayedCall, SimError, Transport, drive_call, parse_twiml, path_of,
    webhook_headers,
};
use bella_twilio_adapter::{AdapterConfig, AppState, Clock, app};
use chrono::{DateTime, Utc};
use http_body_util::BodyExt;
use std::path::PathBuf;
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

/// A fresh SQLite file path in a directory of its own in the temp dir (left behind:
/// a server may still hold it when the test ends).
pub fn temp_db(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(bella_testkit::unique(tag));
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

/// The stores over the SQLite file `db`.
pub async fn sqlite_stores(db: &std::path::Path) -> Stores {
    let url = format!("sqlite://{}", db.display());
    Stores::connect(&url, None).await.expect("sqlite opens")
}

/// An app over a fresh SQLite file (`tag`, no calendars) with [`config`] changed by
/// `edit`.
pub async fn app_with_config(tag: &str, edit: impl FnOnce(&mut AdapterConfig)) -> Router {
    let mut config = config();
    edit(&mut config);
    app_of(state_over(sqlite_stores(&temp_db(tag)).await, config))
}

pub async fn sqlite_state(db: &std::path::Path) -> AppState {
    let url = format!("sqlite://{}", db.display());
    let mut state = state_over(sqlite_stores(db).await, config());
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
        let mut req = Request::post(path).header("host", "internal:8080");
        for (name, value) in webhook_headers(signature) {
            req = req.header(name, value);
        }
        let req = req.body(Body::from(body)).map_err(SimError::transport)?;
        let resp = self
            .router
            .clone()
            .oneshot(req)
            .await
            .map_err(SimError::transport)?;
        let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
        let bytes = resp
            .into_body()
            .collect()
            .await
            .map_err(SimError::transport)?
            .to_bytes();
        Ok(HttpAnswer::new(
            status,
            &headers,
            String::from_utf8_lossy(&bytes).into_owned(),
        ))
    }
}

/// Plays call `sid` of `case` into `router` as Twilio would (signed with `TOKEN`, 30
/// agent turns at most).
pub async fn play_call(router: &Router, case: &CallCase, sid: &str) -> PlayedCall {
    let twilio = Oneshot {
        router: router.clone(),
    };
    drive_call(&twilio, Some(TOKEN), case, sid, 30).await
}

/// A plain request through the router: (status, body).
pub async fn send(router: &Router, req: Request<Body>) -> (StatusCode, String) {
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    (status, body_text(resp).await)
}

/// A response's whole body as text (invalid UTF-8 replaced).
pub async fn body_text(resp: axum::response::Response) -> String {
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A `method` request to `path` with the admin key: `json` as its body (sent as
/// `application/json`) when there is one, else an empty body.
pub fn with_key(method: &str, path: &str, json: Option<&str>) -> Request<Body> {
    let req = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {API_KEY}"));
    match json {
        Some(json) => req
            .header("content-type", "application/json")
            .body(Body::from(json.to_owned())),
        None => req.body(Body::empty()),
    }
    .unwrap()
}

/// A GET of `path` with the admin key.
pub fn get_with_key(path: &str) -> Request<Body> {
    with_key("GET", path, None)
}

/// An OpenAPI or route-table path with each `{parameter}` filled in:
/// `/api/appointments/{id}` → `/api/appointments/1`.
pub fn concrete(path: &str) -> String {
    path.split('/')
        .map(|seg| if seg.starts_with('{') { "1" } else { seg })
        .collect::<Vec<_>>()
        .join("/")
}

/// A signed form post of `params` to `path`.
pub fn signed_post(path: &str, params: &[(&str, &str)]) -> Request<Body> {
    let pairs: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let (body, sig) =
        bella_twilio_adapter::sim::signed_form(Some(TOKEN), &format!("{BASE}{path}"), &pairs);
    form_post(path, body, Some(&sig.unwrap()))
}

/// A form post of `body` to `path` with the headers Twilio sends, signed with
/// `signature` when there is one.
pub fn form_post(path: &str, body: impl Into<Body>, signature: Option<&str>) -> Request<Body> {
    let mut req = Request::post(path);
    for (name, value) in webhook_headers(signature.map(str::to_owned)) {
        req = req.header(name, value);
    }
    req.body(body.into()).unwrap()
}

/// A signed form post of `params` to `path` through the router: (status, body).
pub async fn post_signed(
    router: &Router,
    path: &str,
    params: &[(&str, &str)],
) -> (StatusCode, String) {
    send(router, signed_post(path, params)).await
}

/// Starts call `sid` from +14035550142 (a signed `/twilio/voice`): (status, TwiML).
pub async fn start_call(router: &Router, sid: &str) -> (StatusCode, String) {
    post_signed(
        router,
        "/twilio/voice",
        &[("CallSid", sid), ("From", "+14035550142")],
    )
    .await
}

/// A signed webhook of call `sid` from `from` to `path`, with what the caller said
/// (`SpeechResult`) when there is something.
pub fn speech_post(path: &str, sid: &str, from: &str, said: Option<&str>) -> Request<Body> {
    let mut params = vec![("CallSid", sid), ("From", from)];
    if let Some(s) = said {
        params.push(("SpeechResult", s));
    }
    signed_post(path, &params)
}

/// Walks call `sid` (from `from`) on from its TwiML `twiml` with every webhook
/// delivered twice at the same moment, once to `a` and once to `b` (one server twice,
/// or two servers): `said` first, then "yes", until the agent stops gathering (six
/// turns at most). Both copies of each turn must be answered 200, and alike.
pub async fn answer_twice_at_once(
    a: &Router,
    b: &Router,
    sid: &str,
    from: &str,
    mut twiml: String,
    said: &str,
) {
    for step in 0..6 {
        let Some(g) = parse_twiml(&twiml).unwrap().gather else {
            break;
        };
        let path = path_of(&g.action);
        let answer = if step == 0 { said } else { "yes" };
        let (ra, rb) = tokio::join!(
            send(a, speech_post(&path, sid, from, Some(answer))),
            send(b, speech_post(&path, sid, from, Some(answer)))
        );
        assert_eq!((ra.0, rb.0), (StatusCode::OK, StatusCode::OK));
        assert_eq!(ra.1, rb.1, "duplicates of {path} answered differently");
        twiml = ra.1;
    }
}

/// Asserts that the admin API's `path` (`/api/appointments?...`) lists exactly one
/// appointment.
pub async fn assert_one_booking(router: &Router, path: &str) {
    let (s, body) = send(router, get_with_key(path)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let list: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(list.len(), 1, "expected exactly one booking: {body}");
}

/// Call `sid`'s record as the admin API lists it (`GET /api/calls`).
pub async fn listed_call(router: &Router, sid: &str) -> serde_json::Value {
    let (status, body) = send(router, get_with_key("/api/calls")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let calls: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    calls
        .into_iter()
        .find(|c| c["call_id"] == sid)
        .unwrap_or_else(|| panic!("call {sid} is not listed: {body}"))
}

/// Twilio's status callback saying call `sid` has completed: the webhook's status.
pub async fn call_completed(router: &Router, sid: &str) -> StatusCode {
    let params = [("CallSid", sid), ("CallStatus", "completed")];
    send(router, signed_post("/twilio/status", &params)).await.0
}

/// The status of a GET with the admin key.
pub async fn status_with_key(router: &Router, path: &str) -> StatusCode {
    send(router, get_with_key(path)).await.0
}

/// A GET without credentials: (status, body).
pub async fn get_plain(router: &Router, path: &str) -> (StatusCode, String) {
    send(router, Request::get(path).body(Body::empty()).unwrap()).await
}

pub fn app_of(state: AppState) -> Router {
    app(state)
}

/// The value of cookie `name` in a response's `Set-Cookie` headers.
pub fn set_cookie_value(resp: &axum::response::Response, name: &str) -> Option<String> {
    resp.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// The value of the first hidden `csrf` field in a page.
pub fn csrf_of(html: &str) -> Option<String> {
    let at = html.find(r#"name="csrf" value=""#)? + r#"name="csrf" value=""#.len();
    Some(html[at..].split('"').next()?.to_owned())
}

/// Signs in to the dashboard with `key` through its form: the session cookie
/// (`bella_session=...`) and the session's CSRF token, or the refusal's status.
pub async fn dashboard_sign_in(router: &Router, key: &str) -> Result<(String, String), StatusCode> {
    let resp = router
        .clone()
        .oneshot(
            Request::get("/dashboard/login")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let login = set_cookie_value(&resp, "bella_login").expect("login cookie");
    let page = body_text(resp).await;
    let token = csrf_of(&page).expect("login form csrf");
    let body = format!(
        "csrf={token}&key={}",
        form_urlencoded::byte_serialize(key.as_bytes()).collect::<String>()
    );
    let resp = router
        .clone()
        .oneshot(
            Request::post("/dashboard/login")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("cookie", format!("bella_login={login}"))
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let Some(session) = set_cookie_value(&resp, "bella_session").filter(|v| !v.is_empty()) else {
        return Err(resp.status());
    };
    let cookie = format!("bella_session={session}");
    let (_, page) = send(
        router,
        Request::get("/dashboard")
            .header("cookie", &cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    Ok((cookie, csrf_of(&page).expect("page csrf")))
}

/// Starts a call from `from` (its signed `/twilio/voice`): it is then in progress, the
/// agent listening for why the caller calls. The webhook's status.
pub async fn start_call_from(router: &Router, sid: &str, from: &str) -> StatusCode {
    let params = [
        ("CallSid", sid),
        ("From", from),
        ("CallStatus", "in-progress"),
    ];
    send(router, signed_post("/twilio/voice", &params)).await.0
}

/// Drops the test schema even if the test panics (`DropSchema { url, schema }`).
#[allow(unused_imports, reason = "each test file uses a different subset")]
pub use bella_testkit::PgSchema as DropSchema;
#[allow(unused_imports, reason = "each test file uses a different subset")]
pub use bella_testkit::{pg_and_redis, service_url};

/// A caller who books next Thursday at 9:30 (from `+14035550142`, giving another
/// number), answering every question on the first try.
pub fn booking_case() -> bella_twilio_adapter::sim::CallCase {
    rocky_case(
        "booking",
        "8536945968.",
        &["Next week. Thursday at 9:30 a.m."],
    )
}

/// Rocky Jonathan books from `+14035550142`: he asks to book, gives his name, the
/// number `phone`, answers the time question with each of `times` in turn, says yes
/// to the read-back and "I don't know" to anything else.
pub fn rocky_case(id: &str, phone: &str, times: &[&str]) -> bella_twilio_adapter::sim::CallCase {
    bella_twilio_adapter::sim::CallCase {
        id: id.to_owned(),
        caller_id: Some("+14035550142".to_owned()),
        persona: bella_twilio_adapter::sim::Persona {
            intent: vec!["Hi, I'd like to book an appointment".into()],
            name: vec!["My full name is Rocky, Jonathan.".into()],
            phone: vec![phone.into()],
            time: times.iter().map(|&t| t.into()).collect(),
            confirm: vec!["yes".into()],
            other: vec!["I don't know".into()],
            ..Default::default()
        },
    }
}
