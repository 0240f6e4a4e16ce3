//! Calendar routes (issue 13): the ICS feeds, their tokens, and CalDAV conflicts. On
//! only when `bella serve` opened calendars ([`AppState::calendars`]); otherwise they
//! answer 404.
//!
//! | route | auth | does |
//! |---|---|---|
//! | `GET /calendar/{resource}.ics?token=T`, `GET /calendar/all.ics?token=T` | feed token | the ICS feed; `ETag`, `If-None-Match` → 304 |
//! | `GET /api/calendar/tokens` | bearer key | feed tokens (ids and feeds, never tokens) |
//! | `POST /api/calendar/tokens` `{"resource": "Front desk" \| "all", "include_phone": false}` | bearer key | a new token, shown once, and the feed URL |
//! | `DELETE /api/calendar/tokens/{id}` | bearer key | revoke |
//! | `GET /api/conflicts` | bearer key | external events overlapping Bella bookings |

use crate::app::{Guard, Routes};
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::state::AppState;
use axum::Json;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use bella_calendar::Calendars;
use bella_calendar::service::FeedError;
use serde::{Deserialize, Serialize};

/// The routes (added by [`crate::app::app`]).
pub(crate) fn routes(r: Routes) -> Routes {
    r.route("/calendar/{file}", Guard::FeedToken, get(feed))
        .route(
            "/api/calendar/tokens",
            Guard::ApiKey,
            get(list_tokens).post(create_token),
        )
        .route(
            "/api/calendar/tokens/{id}",
            Guard::ApiKey,
            delete(revoke_token),
        )
        .route("/api/conflicts", Guard::ApiKey, get(conflicts))
}

fn calendars(state: &AppState) -> Result<&Calendars, AppError> {
    state.calendars.as_ref().ok_or(AppError::NotFound)
}

fn feed_error(e: &FeedError) -> Response {
    let (status, text) = match e {
        FeedError::UnknownFeed => (StatusCode::NOT_FOUND, "no such calendar feed\n"),
        FeedError::BadToken => (
            StatusCode::FORBIDDEN,
            "a valid ?token= for this feed is required\n",
        ),
        _ => (
            StatusCode::SERVICE_UNAVAILABLE,
            "calendar store unavailable\n",
        ),
    };
    (status, text).into_response()
}

/// Proof the request carried a live token (`?token=`) for the feed its path names:
/// 404 for an unknown feed (or calendars off), 403 for a missing, wrong or revoked
/// token. The token is compared by its SHA-256, never logged.
#[derive(Clone, Debug)]
pub struct FeedAccess {
    /// The feed: a resource slug or `all`.
    pub feed: String,
    /// Whether its token shows callers' numbers.
    pub include_phone: bool,
}

impl FromRequestParts<AppState> for FeedAccess {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let cal = calendars(state).map_err(IntoResponse::into_response)?;
        let file = parts
            .uri
            .path()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        let token = form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        match cal.access(&file, &token).await {
            Ok((feed, include_phone)) => Ok(Self {
                feed,
                include_phone,
            }),
            Err(e) => {
                metrics::counter!("bella_calendar_feed_refused_total").increment(1);
                Err(feed_error(&e))
            }
        }
    }
}

async fn feed(access: FeedAccess, State(state): State<AppState>, headers: HeaderMap) -> Response {
    let Ok(cal) = calendars(&state) else {
        return AppError::NotFound.into_response();
    };
    let feed = match cal
        .render(&access.feed, access.include_phone, state.clock.now())
        .await
    {
        Ok(f) => f,
        Err(e) => return feed_error(&e),
    };
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(',')
                .any(|t| t.trim() == feed.etag || t.trim() == "*")
        });
    let common = [
        (header::ETAG, feed.etag.clone()),
        (header::CACHE_CONTROL, "private, max-age=300".to_owned()),
    ];
    if matches {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        StatusCode::OK,
        common,
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8")],
        feed.body,
    )
        .into_response()
}

/// `GET /api/calendar/tokens`.
#[utoipa::path(get, path = "/api/calendar/tokens", tag = "calendars",
    responses((status = 200, description = "The feed tokens (never the secrets)", body = serde_json::Value)))]
pub(crate) async fn list_tokens(
    _: ApiKey,
    State(state): State<AppState>,
) -> Result<Json<Vec<bella_calendar::FeedToken>>, AppError> {
    let cal = calendars(&state)?;
    Ok(Json(cal.db.list_tokens().await?))
}

/// The body of `POST /api/calendar/tokens`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewToken {
    /// A resource's name, or `"all"`.
    resource: String,
    /// Whether the feed shows callers' numbers.
    #[serde(default)]
    include_phone: bool,
}

/// A new token: shown once.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct MadeToken {
    /// Token id (to revoke it).
    id: i64,
    /// The feed it opens.
    feed: String,
    /// The secret, shown only here.
    token: String,
    /// The feed URL, when `public_url` is set.
    url: Option<String>,
}

/// `POST /api/calendar/tokens`.
#[utoipa::path(post, path = "/api/calendar/tokens", tag = "calendars",
    request_body = NewToken,
    responses((status = 201, description = "The token, shown once, and the feed URL", body = MadeToken)))]
pub(crate) async fn create_token(
    _: ApiKey,
    State(state): State<AppState>,
    body: axum::body::Bytes,
) -> Result<(StatusCode, Json<MadeToken>), AppError> {
    let cal = calendars(&state)?;
    let req: NewToken = serde_json::from_slice(&body).map_err(|e| {
        let hint = "expected {\"resource\": NAME or \"all\", \"include_phone\": BOOL}";
        match AppError::from_json(&e) {
            AppError::Unprocessable(m) => AppError::Unprocessable(format!("{hint}: {m}")),
            other => other,
        }
    })?;
    let feed = cal.feed_of(&req.resource).ok_or_else(|| {
        AppError::Unprocessable(format!(
            "resource: no resource {:?} (or \"all\")",
            req.resource
        ))
    })?;
    let (id, token) = cal
        .db
        .create_token(&feed, req.include_phone, state.clock.now())
        .await?;
    let url = state
        .config
        .public_url
        .as_deref()
        .map(|base| bella_calendar::service::feed_url(base, &feed, &token));
    Ok((
        StatusCode::CREATED,
        Json(MadeToken {
            id,
            feed,
            token,
            url,
        }),
    ))
}

/// `DELETE /api/calendar/tokens/{id}`.
#[utoipa::path(delete, path = "/api/calendar/tokens/{id}", tag = "calendars",
    params(("id" = i64, Path, description = "Token id")),
    responses((status = 204, description = "Revoked")))]
pub(crate) async fn revoke_token(
    _: ApiKey,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    let cal = calendars(&state)?;
    let id: i64 = id
        .parse()
        .map_err(|_| AppError::BadRequest("token id must be a number".into()))?;
    if cal.db.revoke_token(id, state.clock.now()).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}

/// `GET /api/conflicts`.
#[utoipa::path(get, path = "/api/conflicts", tag = "calendars",
    responses((status = 200, description = "External calendar events that overlap a booking", body = serde_json::Value)))]
pub(crate) async fn conflicts(
    _: ApiKey,
    State(state): State<AppState>,
) -> Result<Json<Vec<bella_calendar::service::Conflict>>, AppError> {
    let cal = calendars(&state)?;
    let list = cal.conflicts(state.clock.now()).await?;
    metrics::gauge!("bella_calendar_conflicts").set(list.len() as f64);
    Ok(Json(list))
}

/// Lines for `/readyz`: each calendar's busy-time pull (never a reason to be unready:
/// calls go on with the last good busy times).
pub(crate) fn ready_detail(state: &AppState) -> String {
    let Some(cal) = state.calendars.as_ref() else {
        return String::new();
    };
    let mut out = String::new();
    for s in cal.status() {
        let name = match bella_calendar::slug(&s.resource) {
            n if n.is_empty() => "default".to_owned(),
            n => n,
        };
        match (&s.last_error, s.age_secs) {
            (Some(e), _) => out.push_str(&format!(
                "calendar {name}: refresh failed ({e}); using busy times from {}\n",
                s.age_secs
                    .map_or("never".to_owned(), |a| format!("{a} s ago"))
            )),
            (None, Some(a)) => out.push_str(&format!(
                "calendar {name}: ok ({} busy events, {a} s old)\n",
                s.events
            )),
            (None, None) => out.push_str(&format!("calendar {name}: not read yet\n")),
        }
    }
    out
}
