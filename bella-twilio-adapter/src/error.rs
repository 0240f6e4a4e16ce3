//! [`AppError`]: every way a request can fail at the HTTP edge, and its response.
//!
//! Admin and health routes answer errors as RFC 9457 problem details
//! (`application/problem+json`: `type`, `title`, `status`, `detail`, and a `code`
//! member naming the reason) with the status below. Twilio routes never let an internal error reach Twilio as a 5xx (the caller
//! would hear "an application error has occurred"): the voice handlers turn
//! [`AppError::Internal`] and [`AppError::Unavailable`] into an apology TwiML before this
//! conversion is reached; what is left for them here are the 4xx a forged or malformed
//! request deserves.

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use bella_store::StoreError;

/// An error at the HTTP edge.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// Missing or wrong `Authorization: Bearer` key (401).
    #[error("missing or invalid api key")]
    Unauthorized,
    /// The admin API is off because no key is configured (401 too, with a hint).
    #[error("admin api disabled: set BELLA_API_KEY")]
    ApiDisabled,
    /// Missing or wrong `X-Twilio-Signature` (403).
    #[error("invalid twilio signature")]
    BadSignature,
    /// Malformed request: bad form body, missing field, bad query (400).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// No such resource (404).
    #[error("not found")]
    NotFound,
    /// The request is well formed but breaks a rule (a bad field: 422).
    #[error("{0}")]
    Unprocessable(String),
    /// An `Idempotency-Key` reused with a different request body (422).
    #[error("{0}")]
    KeyReused(String),
    /// The change conflicts with the schedule (409); the code names the reason
    /// (`taken`, `outside_hours`, ...).
    #[error("{1}")]
    Conflict(&'static str, String),
    /// The body is over the server's limit (413).
    #[error("request body too large")]
    TooLarge,
    /// Too many attempts (429).
    #[error("too many requests")]
    TooManyRequests,
    /// A storage backend is unreachable (503).
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// Anything else (500; never sent to Twilio).
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// The HTTP status this error answers with.
    #[must_use]
    pub fn status(&self) -> StatusCode {
        match self {
            Self::Unauthorized | Self::ApiDisabled => StatusCode::UNAUTHORIZED,
            Self::BadSignature => StatusCode::FORBIDDEN,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unprocessable(_) | Self::KeyReused(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(..) => StatusCode::CONFLICT,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl AppError {
    /// A stable code for the problem's `code` member and `type` URI.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::ApiDisabled => "api_disabled",
            Self::BadSignature => "bad_signature",
            Self::BadRequest(_) => "bad_request",
            Self::NotFound => "not_found",
            Self::Unprocessable(_) => "invalid",
            Self::KeyReused(_) => "idempotency_key_reused",
            Self::Conflict(code, _) => code,
            Self::TooLarge => "too_large",
            Self::TooManyRequests => "too_many_requests",
            Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }
}

impl From<crate::manage::ManageError> for AppError {
    fn from(e: crate::manage::ManageError) -> Self {
        use crate::manage::ManageError as M;
        match e {
            M::Invalid { .. } => Self::Unprocessable(e.to_string()),
            M::KeyReused => Self::KeyReused(e.to_string()),
            M::NotFound => Self::NotFound,
            M::Refused(code) => Self::Conflict(code, e.to_string()),
            M::NoManagement => Self::Unavailable(e.to_string()),
            M::Unavailable(m) => Self::Unavailable(m),
            e => Self::Internal(e.to_string()),
        }
    }
}

/// A JSON request body refused (every route that reads one, through its `Json`
/// extractor or [`AppError::from_json`]): a body that is not JSON at all (or lacks
/// `Content-Type: application/json`) is a 400 `bad_request`; JSON of the wrong shape
/// (a field of the wrong type, missing or unknown) a 422 `invalid` whose detail names
/// the field; an oversized body keeps its 413.
impl From<axum::extract::rejection::JsonRejection> for AppError {
    fn from(e: axum::extract::rejection::JsonRejection) -> Self {
        use axum::extract::rejection::JsonRejection as J;
        match e {
            J::MissingJsonContentType(_) => {
                Self::BadRequest("send a JSON body with Content-Type: application/json".into())
            }
            J::JsonDataError(e) => Self::Unprocessable(with_shape_hint(e.body_text())),
            J::JsonSyntaxError(e) => Self::BadRequest(e.body_text()),
            e if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Self::TooLarge,
            e => Self::BadRequest(e.body_text()),
        }
    }
}

/// serde's words for a body that is not an object at all (`[]`, `null`, `"x"`) name a
/// Rust struct; say what to send instead.
fn with_shape_hint(detail: String) -> String {
    if detail.contains("expected struct") {
        format!("{detail} (send a JSON object)")
    } else {
        detail
    }
}

impl AppError {
    /// A body read with `serde_json` refused as [`From<JsonRejection>`] does: not JSON
    /// 400, the wrong shape 422.
    #[must_use]
    pub fn from_json(e: &serde_json::Error) -> Self {
        match e.classify() {
            serde_json::error::Category::Data => {
                Self::Unprocessable(with_shape_hint(format!("the JSON body does not fit: {e}")))
            }
            _ => Self::BadRequest(format!("the body is not JSON: {e}")),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            StoreError::Invalid(m) => Self::BadRequest(m),
            e if e.is_unavailable() => Self::Unavailable(e.to_string()),
            e => Self::Internal(e.to_string()),
        }
    }
}

/// The calendar tables failed (their database is down or refused a query): the
/// request may be retried.
impl From<bella_calendar::CalendarError> for AppError {
    fn from(e: bella_calendar::CalendarError) -> Self {
        Self::Unavailable(e.to_string())
    }
}

/// The notification outbox failed: the request may be retried.
impl From<bella_notify::outbox::OutboxError> for AppError {
    fn from(e: bella_notify::outbox::OutboxError) -> Self {
        Self::Unavailable(e.to_string())
    }
}

impl From<axum::extract::rejection::QueryRejection> for AppError {
    fn from(e: axum::extract::rejection::QueryRejection) -> Self {
        Self::BadRequest(e.body_text())
    }
}

impl From<crate::driver::DriverError> for AppError {
    fn from(e: crate::driver::DriverError) -> Self {
        match e {
            crate::driver::DriverError::Store(e) => e.into(),
            e => Self::Internal(e.to_string()),
        }
    }
}

/// Turns what an extractor refused with a plain-text answer (axum's `Path`, `Query`,
/// `Json` and body-limit rejections) into the problem it stands for, so every error of
/// the admin API is a problem whatever refused the request (a route layer of the
/// [`crate::app::Guard::ApiKey`] routes). Other answers pass unchanged.
pub(crate) async fn as_problem(resp: Response) -> Response {
    let plain = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    let status = resp.status();
    if !plain || !status.is_client_error() {
        return resp;
    }
    let text = axum::body::to_bytes(resp.into_body(), 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_owned())
        .unwrap_or_default();
    match status {
        StatusCode::NOT_FOUND => AppError::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
        StatusCode::UNPROCESSABLE_ENTITY => AppError::Unprocessable(text),
        _ => AppError::BadRequest(text),
    }
    .into_response()
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        } else {
            // Not the message: it may quote what the client sent (serde quotes the
            // value it could not read, a name or a number among them).
            tracing::debug!(
                code = self.code(),
                status = status.as_u16(),
                "request refused"
            );
        }
        let code = self.code();
        // Server errors keep their details in the log, not in the answer.
        let detail = if status.is_server_error() && !matches!(self, Self::Unavailable(_)) {
            "internal error".to_owned()
        } else {
            self.to_string()
        };
        let body = serde_json::json!({
            "type": format!("https://bella.invalid/problems/{code}"),
            "title": status.canonical_reason().unwrap_or("error"),
            "status": status.as_u16(),
            "detail": detail,
            "code": code,
        });
        let mut resp = (status, Json(body)).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            header::HeaderValue::from_static("application/problem+json"),
        );
        if status == StatusCode::UNAUTHORIZED {
            resp.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(AppError::BadSignature.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            AppError::from(StoreError::NotFound).status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            AppError::from(StoreError::Unavailable("down".into())).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        let r = AppError::Unauthorized.into_response();
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        assert!(r.headers().contains_key(header::WWW_AUTHENTICATE));
    }
}
