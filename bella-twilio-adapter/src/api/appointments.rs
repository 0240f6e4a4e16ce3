//! `/api/appointments`: list (paginated), book, read, move or edit, cancel, each
//! through [`crate::manage`] (the call's checks, an audit record).

use super::{actor, instant};
use crate::admin::parse_phone;
use crate::error::AppError;
use crate::guard::ApiKey;
use crate::manage::{self, AppointmentView, Edit, NewBooking};
use crate::state::AppState;
use axum::Json;
use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use bella_core::{AppointmentId, AppointmentStatus, local_to_utc};
use bella_store::manage::ManageQuery;
use chrono::NaiveDate;
use serde::Deserialize;

/// Query string of `GET /api/appointments`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub(crate) struct ListParams {
    /// Only this caller (E.164 or ten NANP digits).
    phone: Option<String>,
    /// One local day in the business zone (`YYYY-MM-DD`).
    date: Option<String>,
    /// Starting at or after this instant (RFC 3339).
    from: Option<String>,
    /// Starting before this instant (RFC 3339).
    to: Option<String>,
    /// `booked`, `cancelled` or `all`.
    status: Option<String>,
    /// Only this resource, as the business names it.
    resource: Option<String>,
    /// Page size (default 100, at most 1000).
    limit: Option<u32>,
    /// Skip this many.
    offset: Option<u32>,
}

fn query_of(state: &AppState, p: &ListParams) -> Result<ManageQuery, AppError> {
    let mut q = ManageQuery {
        limit: p.limit.unwrap_or(0).min(bella_store::MAX_LIMIT),
        offset: p.offset.unwrap_or(0),
        resource: p.resource.clone(),
        ..ManageQuery::default()
    };
    if let Some(phone) = p.phone.as_deref().filter(|s| !s.trim().is_empty()) {
        q.phone = Some(parse_phone(phone)?);
    }
    if let Some(date) = p.date.as_deref() {
        let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|e| AppError::BadRequest(format!("date: {e}")))?;
        let tz = state.config.tz;
        let start = day.and_hms_opt(0, 0, 0).map(|t| local_to_utc(tz, t));
        let end = day
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| local_to_utc(tz, t));
        let (Some(start), Some(end)) = (start, end) else {
            return Err(AppError::BadRequest("date: out of range".into()));
        };
        q.from = Some(start);
        q.to = Some(end);
    }
    if let Some(from) = instant("from", p.from.as_deref())? {
        q.from = Some(from);
    }
    if let Some(to) = instant("to", p.to.as_deref())? {
        q.to = Some(to);
    }
    q.status = match p.status.as_deref() {
        None | Some("" | "all") => None,
        Some("booked" | "confirmed") => Some(AppointmentStatus::Booked),
        Some("cancelled") => Some(AppointmentStatus::Cancelled),
        Some(other) => return Err(AppError::BadRequest(format!("status: unknown {other:?}"))),
    };
    Ok(q)
}

#[utoipa::path(get, path = "/api/appointments", tag = "appointments", params(ListParams),
    responses((status = 200, description = "A page, by start; `Link: rel=\"next\"` when more",
        body = Vec<AppointmentView>)))]
/// `GET /api/appointments`: a page of appointments by start. When the page is full a
/// `Link: <...>; rel="next"` header names the next one.
pub(crate) async fn list(
    State(state): State<AppState>,
    _key: ApiKey,
    params: Result<Query<ListParams>, QueryRejection>,
) -> Result<Response, AppError> {
    let Query(p) = params?;
    let q = query_of(&state, &p)?;
    // "confirmed" is filtered by the store before the page is cut (a page is full
    // while more match); so is a store without management data (a test double).
    let confirmed = p.status.as_deref() == Some("confirmed");
    let found = match state.appointments.manage() {
        Some(m) if !confirmed => m.list_appointments(&q).await?,
        _ => {
            state
                .appointments
                .list(&bella_store::AppointmentQuery {
                    phone: q.phone.clone(),
                    from: q.from,
                    to: q.to,
                    status: q.status,
                    resource: q.resource.clone(),
                    confirmed,
                    limit: q.limit,
                    offset: q.offset,
                })
                .await?
        }
    };
    let page = if q.limit == 0 { 100 } else { q.limit };
    let next = (u32::try_from(found.len()).unwrap_or(u32::MAX) >= page).then(|| {
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("phone", &p.phone),
            ("date", &p.date),
            ("from", &p.from),
            ("to", &p.to),
            ("status", &p.status),
            ("resource", &p.resource),
        ] {
            if let Some(v) = v {
                pairs.append_pair(k, v);
            }
        }
        pairs.append_pair("limit", &page.to_string());
        pairs.append_pair("offset", &(q.offset.saturating_add(page)).to_string());
        format!("</api/appointments?{}>; rel=\"next\"", pairs.finish())
    });
    let mut body = views_or_plain(&state, &found).await?;
    crate::outbound::mark_confirmed(&state, &mut body, confirmed).await?;
    let mut resp = Json(body).into_response();
    if let Some(link) = next.and_then(|l| header::HeaderValue::from_str(&l).ok()) {
        resp.headers_mut().insert(header::LINK, link);
    }
    Ok(resp)
}

async fn views_or_plain(
    state: &AppState,
    found: &[bella_core::Appointment],
) -> Result<Vec<AppointmentView>, AppError> {
    if state.appointments.manage().is_some() {
        Ok(manage::views(state, found).await?)
    } else {
        Ok(found.iter().map(AppointmentView::from).collect())
    }
}

fn parse_id(raw: &str) -> Result<AppointmentId, AppError> {
    raw.parse::<i64>()
        .map(AppointmentId)
        .map_err(|_| AppError::BadRequest("appointment id must be an integer".into()))
}

#[utoipa::path(post, path = "/api/appointments", tag = "appointments", request_body = NewBooking,
    params(("Idempotency-Key" = Option<String>, Header, description = "A retry with the same key and body gets the first result; the same key with another body is refused (422)")),
    responses((status = 201, description = "Booked", body = AppointmentView),
        (status = 409, description = "Refused by the booking rules; `code` names the reason"),
        (status = 422, description = "A field is invalid (`code`: `invalid`), or the Idempotency-Key was first used with another body (`code`: `idempotency_key_reused`)")))]
/// `POST /api/appointments`: 201 with the appointment and its `Location`.
pub(crate) async fn create(
    State(state): State<AppState>,
    _key: ApiKey,
    headers: HeaderMap,
    body: Result<Json<NewBooking>, JsonRejection>,
) -> Result<Response, AppError> {
    let Json(new) = body?;
    let idem =
        match headers.get("idempotency-key") {
            None => None,
            Some(v) => Some(v.to_str().map_err(|_| {
                AppError::BadRequest("Idempotency-Key must be visible ASCII".into())
            })?),
        };
    let booked = manage::book(&state, new, &actor(&state), idem).await?;
    let view = manage::view(&state, &booked).await?;
    let location = format!("/api/appointments/{}", booked.id.0);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(view),
    )
        .into_response())
}

/// `GET /api/appointments/{id}`.
#[utoipa::path(get, path = "/api/appointments/{id}", tag = "appointments",
    params(super::AppointmentIdParam),
    responses((status = 200, description = "The appointment", body = AppointmentView)))]
pub(crate) async fn one(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<AppointmentView>, AppError> {
    let id = parse_id(&id)?;
    let found = state
        .appointments
        .get(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut one = views_or_plain(&state, &[found]).await?;
    crate::outbound::mark_confirmed(&state, &mut one, false).await?;
    Ok(Json(one.remove(0)))
}

/// Body of `PATCH /api/appointments/{id}`: `start` and `resource` move; `name`,
/// `phone`, `note` edit.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Change {
    /// New start (RFC 3339): moves it, with the booking rules.
    start: Option<String>,
    /// Another resource, as the business names it: moves it to them, at `start` or
    /// its own start, if they offer its service and are free then.
    resource: Option<String>,
    /// New name.
    name: Option<String>,
    /// New phone (E.164 or ten NANP digits).
    phone: Option<String>,
    /// New staff note (`""` clears it).
    note: Option<String>,
}

/// `PATCH /api/appointments/{id}`: moves and/or edits; answers the appointment.
#[utoipa::path(patch, path = "/api/appointments/{id}", tag = "appointments", request_body = Change,
    params(super::AppointmentIdParam),
    responses((status = 200, description = "Moved and/or edited", body = AppointmentView),
        (status = 409, description = "The move is refused; `code` names the reason")))]
pub(crate) async fn change(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
    body: Result<Json<Change>, JsonRejection>,
) -> Result<Json<AppointmentView>, AppError> {
    let id = parse_id(&id)?;
    let Json(c) = body?;
    let moves = c.start.is_some() || c.resource.is_some();
    if !moves && c.name.is_none() && c.phone.is_none() && c.note.is_none() {
        return Err(AppError::Unprocessable(
            "give start, resource, name, phone or note".into(),
        ));
    }
    let who = actor(&state);
    let edit = Edit {
        name: c.name,
        phone: c.phone,
        note: c.note,
    };
    // Both checked before either is written: a refused move leaves the edit unmade.
    manage::check_edit(&edit)?;
    if moves {
        manage::move_to(&state, id, c.start.as_deref(), c.resource.as_deref(), &who).await?;
    }
    let appt = manage::edit(&state, id, edit, &who).await?;
    Ok(Json(manage::view(&state, &appt).await?))
}

/// `DELETE /api/appointments/{id}` and `POST /api/appointments/{id}/cancel`.
#[utoipa::path(delete, path = "/api/appointments/{id}", tag = "appointments",
    params(super::AppointmentIdParam),
    responses((status = 200, description = "Cancelled (again: unchanged)", body = AppointmentView)))]
pub(crate) async fn cancel(
    State(state): State<AppState>,
    _key: ApiKey,
    Path(id): Path<String>,
) -> Result<Json<AppointmentView>, AppError> {
    let id = parse_id(&id)?;
    let done = if state.appointments.manage().is_some() {
        manage::cancel(&state, id, &actor(&state)).await?
    } else {
        let key = bella_store::RequestKey(format!("admin-cancel:{}", id.0));
        state.appointments.cancel(id, &key).await?
    };
    Ok(Json(views_or_plain(&state, &[done]).await?.remove(0)))
}

/// `POST /api/appointments/{id}/cancel` (the same as `DELETE`).
#[utoipa::path(post, path = "/api/appointments/{id}/cancel", tag = "appointments",
    params(super::AppointmentIdParam),
    responses((status = 200, description = "Cancelled (again: unchanged)", body = AppointmentView)))]
pub(crate) async fn cancel_post(
    state: State<AppState>,
    key: ApiKey,
    id: Path<String>,
) -> Result<Json<AppointmentView>, AppError> {
    cancel(state, key, id).await
}
