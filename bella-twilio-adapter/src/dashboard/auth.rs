//! Dashboard sign-in: server-side sessions, the session-cookie guard and CSRF checks.
//!
//! - `GET /dashboard/login` shows a form with one password field, `key` (the API key).
//!   The form carries a token that must match a short-lived `bella_login` cookie
//!   (double submit), so another site cannot post a sign-in for the visitor.
//! - `POST /dashboard/login` compares the key in constant time. On success it stores a
//!   session (`dashboard:<random id>` in the [`bella_store::SessionStore`], so every
//!   server of a fleet sees it) holding a random CSRF token and a fingerprint of the
//!   key, and sets `bella_session` (HttpOnly, SameSite=Strict, `Secure` behind an
//!   `https` public URL). Failures are counted per client address
//!   ([`crate::manage::SignInLimiter`]) and audited (`sign_in_failed`); sign-in and
//!   sign-out are audited as `token_created` and `token_revoked`.
//! - [`DashboardSession`] is the guard: no cookie, an unknown or expired session, or a
//!   session made under another API key is refused (a page: 303 to the sign-in form;
//!   anything else: 401).
//! - [`CsrfForm`] reads a form post of a signed-in session and refuses it (403) unless
//!   its `csrf` field equals the session's token.
//! - `POST /dashboard/logout` deletes the session and the cookie.

use super::layout;
use crate::form::{self, field};
use crate::manage::{self, Actor, limiter};
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bella_core::Secret;
use chrono::{DateTime, Utc};
use hmac::{KeyInit, Mac};
use maud::html;
use serde::{Deserialize, Serialize};
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;
use subtle::ConstantTimeEq;

/// The session cookie.
pub const SESSION_COOKIE: &str = "bella_session";
/// The sign-in form's double-submit cookie.
pub const LOGIN_COOKIE: &str = "bella_login";
/// The form field every dashboard form carries.
pub const CSRF_FIELD: &str = "csrf";
/// How long a session lasts without signing in again.
pub const SESSION_TTL: Duration = Duration::from_secs(12 * 3600);

/// What a session stores.
#[derive(Serialize, Deserialize)]
struct Stored {
    csrf: String,
    /// A non-secret id of this sign-in, for the audit trail.
    sign_in: String,
    key: String,
    signed_in_at: DateTime<Utc>,
}

/// Proof of a signed-in dashboard session (the route guard of
/// [`crate::Guard::DashboardSession`]).
#[derive(Clone)]
pub struct DashboardSession {
    id: String,
    /// The token every form of this session must send back.
    pub csrf: String,
    /// A non-secret id of this sign-in (who made a change, in the audit trail).
    pub sign_in: String,
}

impl DashboardSession {
    /// Who acts in the audit trail: `dashboard:<sign-in id>`.
    #[must_use]
    pub fn actor(&self) -> Actor {
        Actor::dashboard(&self.sign_in)
    }
}

/// Records a sign-in event in the audit trail (logged, not fatal, when it fails: a
/// store without management data, or one that is down, must not block signing in).
async fn record(state: &AppState, actor: &Actor, action: &str, detail: serde_json::Value) {
    tracing::info!(
        actor = actor.label().as_str(),
        action,
        "dashboard sign-in event"
    );
    if let Err(e) = manage::audit(state, actor, action, None, detail, None).await {
        tracing::warn!(error = %e, action, "dashboard sign-in event not audited");
    }
}

impl std::fmt::Debug for DashboardSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DashboardSession([secret])")
    }
}

fn store_key(id: &str) -> String {
    format!("dashboard:{id}")
}

/// 32 random bytes, base64url.
fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>())
}

/// A fingerprint of the API key, so rotating the key ends every session.
fn key_fingerprint(key: &str) -> String {
    let mut mac = hmac::Hmac::<sha1::Sha1>::new_from_slice(key.as_bytes())
        .unwrap_or_else(|_| unreachable!("hmac takes keys of any length"));
    mac.update(b"bella dashboard session");
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

fn same(a: &str, b: &str) -> bool {
    bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// The value of cookie `name`, if the request sent it.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Strict, `Secure` when served over https.
fn set_cookie(state: &AppState, name: &str, value: &str, path: &str, max_age: u64) -> HeaderValue {
    let secure = state
        .config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let text = format!(
        "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A token shape we could have issued (base64url, bounded), checked before any lookup.
fn plausible(token: &str) -> bool {
    (20..=64).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a request has no session.
fn refuse(method: &Method) -> Response {
    if method == Method::GET || method == Method::HEAD {
        Redirect::to("/dashboard/login").into_response()
    } else {
        layout::message(
            StatusCode::UNAUTHORIZED,
            "Signed out",
            "Your session has ended. Sign in again, then repeat what you were doing.",
        )
    }
}

impl FromRequestParts<AppState> for DashboardSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        if let Some(done) = parts.extensions.get::<Self>() {
            return Ok(done.clone());
        }
        let Some(key) = state.config.api_key.as_ref().map(Secret::expose) else {
            return Err(refuse(&parts.method));
        };
        let Some(id) = cookie(&parts.headers, SESSION_COOKIE).filter(|t| plausible(t)) else {
            return Err(refuse(&parts.method));
        };
        let found = state.sessions.load(&store_key(id)).await.map_err(|e| {
            tracing::error!(error = %e, "dashboard session lookup failed");
            layout::message(
                StatusCode::SERVICE_UNAVAILABLE,
                "Unavailable",
                "The session store does not answer. Try again in a moment.",
            )
        })?;
        let stored = found.and_then(|s| serde_json::from_str::<Stored>(&s.data).ok());
        match stored {
            Some(s) if same(&s.key, &key_fingerprint(key)) => {
                let session = Self {
                    id: id.to_owned(),
                    csrf: s.csrf,
                    sign_in: s.sign_in,
                };
                parts.extensions.insert(session.clone());
                Ok(session)
            }
            _ => Err(refuse(&parts.method)),
        }
    }
}

/// A form posted by a signed-in session with its CSRF token checked.
#[derive(Debug)]
pub struct CsrfForm {
    /// The session that posted it.
    pub session: DashboardSession,
    /// Every `name=value` pair of the body, in order.
    pub fields: Vec<(String, String)>,
}

impl CsrfForm {
    /// The trimmed value of a field; empty counts as absent.
    pub fn get(&self, name: &str) -> Option<&str> {
        field(&self.fields, name)
    }
}

fn csrf_refused() -> Response {
    layout::message(
        StatusCode::FORBIDDEN,
        "Form refused",
        "This form did not carry this session's security token (CSRF). Reload the page and try again.",
    )
}

impl FromRequest<AppState> for CsrfForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let session = DashboardSession::from_request_parts(&mut parts, state).await?;
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let fields = form::parse_pairs(&bytes).map_err(IntoResponse::into_response)?;
        match field(&fields, CSRF_FIELD) {
            Some(token) if same(token, &session.csrf) => Ok(Self { session, fields }),
            _ => {
                tracing::warn!("dashboard form refused: missing or wrong csrf token");
                Err(csrf_refused())
            }
        }
    }
}

/// The client's address (the socket peer; unknown in tests without a socket).
fn client_addr(parts: &Parts) -> IpAddr {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |c| c.0.ip())
}

/// `GET /dashboard/login`.
pub(crate) async fn login_page(State(state): State<AppState>, req: Request) -> Response {
    let (mut parts, _) = req.into_parts();
    if DashboardSession::from_request_parts(&mut parts, &state)
        .await
        .is_ok()
    {
        return Redirect::to("/dashboard").into_response();
    }
    login_form(&state, StatusCode::OK, None)
}

fn login_form(state: &AppState, status: StatusCode, error: Option<&str>) -> Response {
    let token = random_token();
    let body = html! {
        main.login {
            h1 { "Bella dashboard" }
            @if state.config.api_key.is_none() {
                p.error role="alert" { "The dashboard is off: start bella serve with BELLA_API_KEY set." }
            }
            @if let Some(e) = error { p.error role="alert" data-test="login-error" { (e) } }
            form method="post" action="/dashboard/login" {
                input type="hidden" name=(CSRF_FIELD) value=(token);
                label for="key" { "API key" }
                input #key type="password" name="key" autocomplete="current-password" required autofocus;
                button type="submit" { "Sign in" }
            }
        }
    };
    let mut resp = (status, layout::bare("Sign in", body)).into_response();
    resp.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(state, LOGIN_COOKIE, &token, "/dashboard/login", 3600),
    );
    resp
}

/// `POST /dashboard/login`.
pub(crate) async fn login(State(state): State<AppState>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let now = state.clock.now();
    let addr = client_addr(&parts);
    if let Err(wait) = state.dashboard.limiter.check(addr, now) {
        let wait = wait.num_seconds().max(1);
        tracing::warn!(
            addr = limiter::mask(addr).as_str(),
            "dashboard sign-in refused: too many failures"
        );
        let mut resp = login_form(
            &state,
            StatusCode::TOO_MANY_REQUESTS,
            Some(&format!(
                "Too many failed sign-ins from this address. Try again in {} minutes.",
                (wait + 59) / 60
            )),
        );
        if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return resp;
    }
    let Ok(bytes) = Bytes::from_request(Request::from_parts(parts.clone(), body), &state).await
    else {
        return login_form(
            &state,
            StatusCode::BAD_REQUEST,
            Some("The form could not be read."),
        );
    };
    let Ok(fields) = form::parse_pairs(&bytes) else {
        return login_form(
            &state,
            StatusCode::BAD_REQUEST,
            Some("The form could not be read."),
        );
    };
    let cookie_token = cookie(&parts.headers, LOGIN_COOKIE);
    let form_token = field(&fields, CSRF_FIELD);
    if !matches!((cookie_token, form_token), (Some(c), Some(f)) if plausible(c) && same(c, f)) {
        tracing::warn!(
            addr = limiter::mask(addr).as_str(),
            "dashboard sign-in refused: missing or wrong csrf token"
        );
        return csrf_refused();
    }
    let Some(key) = state.config.api_key.as_ref().map(Secret::expose) else {
        return login_form(
            &state,
            StatusCode::UNAUTHORIZED,
            Some("The dashboard is off."),
        );
    };
    let given = field(&fields, "key").unwrap_or_default();
    if !same(given, key) {
        let failures = state.dashboard.limiter.failed(addr, now);
        let detail = serde_json::json!({ "address": limiter::mask(addr), "failures": failures });
        record(&state, &Actor::System, "sign_in_failed", detail).await;
        return login_form(&state, StatusCode::UNAUTHORIZED, Some("Wrong key."));
    }
    state.dashboard.limiter.succeeded(addr);
    let id = random_token();
    let stored = Stored {
        csrf: random_token(),
        sign_in: random_token()[..10].to_owned(),
        key: key_fingerprint(key),
        signed_in_at: now,
    };
    let data = serde_json::to_string(&stored).unwrap_or_default();
    if let Err(e) = state
        .sessions
        .save(&store_key(&id), &data, None, SESSION_TTL)
        .await
    {
        tracing::error!(error = %e, "dashboard session could not be saved");
        return login_form(
            &state,
            StatusCode::SERVICE_UNAVAILABLE,
            Some("The session store does not answer. Try again in a moment."),
        );
    }
    let detail = serde_json::json!({ "address": limiter::mask(addr) });
    record(
        &state,
        &Actor::dashboard(&stored.sign_in),
        "token_created",
        detail,
    )
    .await;
    let mut resp = Redirect::to("/dashboard").into_response();
    let headers = resp.headers_mut();
    headers.append(
        header::SET_COOKIE,
        set_cookie(
            &state,
            SESSION_COOKIE,
            &id,
            "/dashboard",
            SESSION_TTL.as_secs(),
        ),
    );
    headers.append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_COOKIE, "", "/dashboard/login", 0),
    );
    resp
}

/// `POST /dashboard/logout`.
pub(crate) async fn logout(State(state): State<AppState>, form: CsrfForm) -> Response {
    if let Err(e) = state.sessions.delete(&store_key(&form.session.id)).await {
        tracing::error!(error = %e, "dashboard session could not be deleted");
    }
    let actor = form.session.actor();
    record(&state, &actor, "token_revoked", serde_json::json!({})).await;
    let mut resp = Redirect::to("/dashboard/login").into_response();
    resp.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", "/dashboard", 0),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; bella_session=xyz; b=2"),
        );
        assert_eq!(cookie(&h, SESSION_COOKIE), Some("xyz"));
        assert_eq!(cookie(&h, "c"), None);
        assert!(!plausible("short"));
        assert!(!plausible("has spaces in it and is long enough"));
        assert!(plausible(&random_token()));
        assert_ne!(random_token(), random_token());
        assert_ne!(key_fingerprint("a"), key_fingerprint("b"));
    }
}
