//! One appointment's page (see it, move it, cancel it, add a note) and the booking
//! form opened from an empty slot, with the form posts behind them.
//!
//! | route | does |
//! |---|---|
//! | `GET /dashboard/appointments/{id}` | the appointment, its forms |
//! | `POST /dashboard/appointments/{id}/cancel` | cancel, back to its day |
//! | `POST /dashboard/appointments/{id}/move` | `start` (local `YYYY-MM-DDTHH:MM`) |
//! | `GET /dashboard/book?start=&resource=` | the booking form |
//! | `POST /dashboard/appointments` | book: `name`, `phone`, `start`, `service`, `resource` |
//!
//! A refused change shows the form again with one clear sentence and the status the
//! API would give (400, 404, 409).

use super::actions::{self, BookRequest, Refused};
use super::auth::{CsrfForm, DashboardSession};
use super::layout;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use bella_core::{Appointment, AppointmentId, AppointmentStatus, local_to_utc};
use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;
use maud::{Markup, html};
use serde::Deserialize;

/// The `datetime-local` input format.
const LOCAL: &str = "%Y-%m-%dT%H:%M";

fn parse_local(tz: Tz, raw: Option<&str>) -> Option<DateTime<Utc>> {
    let raw = raw?.trim();
    NaiveDateTime::parse_from_str(raw, LOCAL)
        .or_else(|_| NaiveDateTime::parse_from_str(raw, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .map(|t| local_to_utc(tz, t))
}

fn parse_id(raw: &str) -> Option<AppointmentId> {
    raw.parse::<i64>().ok().map(AppointmentId)
}

fn day_link(a: &Appointment, done: &str) -> String {
    format!(
        "/dashboard?date={}&done={done}",
        a.start.with_timezone(&a.tz).date_naive()
    )
}

fn not_found() -> Response {
    layout::message(StatusCode::NOT_FOUND, "Not found", "No such appointment.")
}

/// `GET /dashboard/appointments/{id}`.
pub(crate) async fn show(
    State(state): State<AppState>,
    session: DashboardSession,
    Path(id): Path<String>,
) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match state.appointments.get(id).await {
        Ok(Some(a)) => detail(&state, &session, &a, None, StatusCode::OK),
        Ok(None) => not_found(),
        Err(e) => Refused::from(e).page(),
    }
}

impl Refused {
    /// A page that says only why (when there is no form to show again).
    fn page(self) -> Response {
        layout::message(self.status, "Not done", &self.message)
    }
}

fn detail(
    state: &AppState,
    session: &DashboardSession,
    a: &Appointment,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let tz = a.tz;
    let start = a.start.with_timezone(&tz);
    let booked = a.status == AppointmentStatus::Booked;
    let base = format!("/dashboard/appointments/{}", a.id.0);
    let body = html! {
        p { a href=(format!("/dashboard?date={}", start.date_naive())) { "← Back to the day" } }
        article.card data-test="appointment" data-id=(a.id.0) {
            h1 { (a.name.as_str()) }
            dl {
                dt { "When" } dd { (start.format("%A %-d %B %Y, %H:%M")) "–" (a.end().with_timezone(&tz).format("%H:%M")) " (" (a.minutes) " min)" }
                dt { "Phone" } dd { a href=(format!("tel:{}", a.phone.e164())) { (a.phone.e164()) } }
                @if let Some(s) = &a.service { dt { "Service" } dd { (s) } }
                @if let Some(r) = &a.resource { dt { "With" } dd { (r) } }
                dt { "Status" } dd data-test="status" { (a.status.as_str()) }
            }
        }
        @if booked {
            section.actions {
                form method="post" action=(format!("{base}/move")) {
                    (layout::csrf(session))
                    label for="start" { "Move to" }
                    input #start type="datetime-local" name="start" required
                        step=(u64::from(state.config.dialog.hours.slot_minutes.max(1)) * 60)
                        value=(start.format(LOCAL).to_string());
                    button type="submit" data-test="move" { "Move" }
                }
                form method="post" action=(format!("{base}/cancel")) {
                    (layout::csrf(session))
                    button.danger type="submit" data-test="cancel" { "Cancel appointment" }
                }
            }
        }
    };
    let mut resp = layout::page("Appointment", "/dashboard", session, error.map(Err), body);
    *resp.status_mut() = status;
    resp
}

async fn reload(
    state: &AppState,
    session: &DashboardSession,
    id: AppointmentId,
    refused: Refused,
) -> Response {
    match state.appointments.get(id).await {
        Ok(Some(a)) => detail(state, session, &a, Some(&refused.message), refused.status),
        _ => refused.page(),
    }
}

/// `POST /dashboard/appointments/{id}/cancel`.
pub(crate) async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: CsrfForm,
) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    match actions::cancel(&state, &form.session.actor(), id).await {
        Ok(a) => Redirect::to(&day_link(&a, "cancelled")).into_response(),
        Err(r) => reload(&state, &form.session, id, r).await,
    }
}

/// `POST /dashboard/appointments/{id}/move`.
pub(crate) async fn move_to(
    State(state): State<AppState>,
    Path(id): Path<String>,
    form: CsrfForm,
) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    let Some(start) = parse_local(state.config.dialog.tz(), form.get("start")) else {
        let r = Refused {
            status: StatusCode::BAD_REQUEST,
            message: "Move to: pick a date and time.".into(),
        };
        return reload(&state, &form.session, id, r).await;
    };
    match actions::move_to(&state, &form.session.actor(), id, start).await {
        Ok(a) => Redirect::to(&day_link(&a, "moved")).into_response(),
        Err(r) => reload(&state, &form.session, id, r).await,
    }
}

/// Query string of the booking form.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct BookParams {
    start: Option<String>,
    resource: Option<String>,
}

/// `GET /dashboard/book`.
pub(crate) async fn book_form(
    State(state): State<AppState>,
    session: DashboardSession,
    params: Result<Query<BookParams>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let p = params.map(|q| q.0).unwrap_or_default();
    let draft = Draft {
        start: p.start.unwrap_or_default(),
        resource: p.resource.unwrap_or_default(),
        ..Draft::default()
    };
    form_page(&state, &session, &draft, None, StatusCode::OK)
}

/// What the booking form holds (shown again when a booking is refused).
#[derive(Debug, Default)]
struct Draft {
    name: String,
    phone: String,
    start: String,
    service: String,
    resource: String,
}

fn form_page(
    state: &AppState,
    session: &DashboardSession,
    d: &Draft,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let cfg = &state.config.dialog;
    let body = html! {
        h1 { "Book an appointment" }
        form.book method="post" action="/dashboard/appointments" data-test="book-form" {
            (layout::csrf(session))
            label for="name" { "Name" }
            input #name name="name" required autocomplete="off" value=(d.name);
            label for="phone" { "Phone" }
            input #phone name="phone" type="tel" required autocomplete="off" value=(d.phone);
            label for="start" { "Start" }
            input #start name="start" type="datetime-local" required value=(d.start)
                step=(u64::from(cfg.hours.slot_minutes.max(1)) * 60);
            @if cfg.services.len() > 1 {
                label for="service" { "Service" }
                (select("service", cfg.services.iter().map(|s| s.name.as_str()), &d.service, "Default"))
            }
            @if !cfg.resources.is_empty() {
                label for="resource" { "With" }
                (select("resource", cfg.resources.iter().map(|r| r.name.as_str()), &d.resource, "Anyone"))
            }
            button type="submit" data-test="book" { "Book" }
        }
    };
    let mut resp = layout::page("Book", "/dashboard", session, error.map(Err), body);
    *resp.status_mut() = status;
    resp
}

fn select<'a>(
    name: &str,
    options: impl Iterator<Item = &'a str>,
    chosen: &str,
    none: &str,
) -> Markup {
    html! {
        select id=(name) name=(name) {
            option value="" { (none) }
            @for o in options {
                option value=(o) selected[o == chosen] { (o) }
            }
        }
    }
}

/// `POST /dashboard/appointments`.
pub(crate) async fn book(State(state): State<AppState>, form: CsrfForm) -> Response {
    let get = |k: &str| form.get(k).unwrap_or_default().to_owned();
    let draft = Draft {
        name: get("name"),
        phone: get("phone"),
        start: get("start"),
        service: get("service"),
        resource: get("resource"),
    };
    let req = BookRequest {
        name: draft.name.clone(),
        phone: draft.phone.clone(),
        start: parse_local(state.config.dialog.tz(), Some(&draft.start)),
        service: Some(draft.service.clone()).filter(|s| !s.is_empty()),
        resource: Some(draft.resource.clone()).filter(|s| !s.is_empty()),
    };
    match actions::book(&state, &form.session.actor(), req).await {
        Ok(a) => Redirect::to(&day_link(&a, "booked")).into_response(),
        Err(r) => form_page(&state, &form.session, &draft, Some(&r.message), r.status),
    }
}
