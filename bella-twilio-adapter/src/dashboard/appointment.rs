//! One appointment's page (see it, move it, cancel it, add a note) and the booking
//! form opened from an empty slot, with the form posts behind them.
//!
//! | route | does |
//! |---|---|
//! | `GET /dashboard/appointments/{id}` | the appointment, its forms |
//! | `POST /dashboard/appointments/{id}/cancel` | cancel, back to its day |
//! | `POST /dashboard/appointments/{id}/move` | `start` (local `YYYY-MM-DDTHH:MM`), `resource` (empty: its own) |
//! | `GET /dashboard/book?start=&resource=` | the booking form |
//! | `POST /dashboard/appointments` | book: `name`, `phone`, `start`, `service`, `resource` |
//!
//! | `POST /dashboard/appointments/{id}/note` | `note` (empty clears it) |
//!
//! Every change goes through the management service ([`crate::manage`]): the checks
//! a call makes, and an audit record naming this sign-in. A refused change shows the
//! form again with the service's sentence and the status the API gives (404, 409,
//! 422, 503).

use super::auth::{CsrfForm, DashboardSession};
use super::layout;
use crate::manage::{self, ManageError, NewBooking};
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use bella_core::{Appointment, AppointmentId, AppointmentStatus, local_to_utc};
use bella_store::manage::AuditQuery;
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

/// A refused change: the status the API gives and one sentence for the page.
struct Refused {
    status: StatusCode,
    message: String,
}

impl From<ManageError> for Refused {
    fn from(e: ManageError) -> Self {
        let status = match e.code() {
            "invalid" => StatusCode::UNPROCESSABLE_ENTITY,
            "not_found" => StatusCode::NOT_FOUND,
            "unavailable" => StatusCode::SERVICE_UNAVAILABLE,
            "internal" => StatusCode::INTERNAL_SERVER_ERROR,
            _ => StatusCode::CONFLICT,
        };
        if status.is_server_error() {
            tracing::error!(error = %e, "dashboard change failed");
        }
        let text = e.to_string();
        let mut chars = text.chars();
        let message = chars.next().map_or_else(String::new, |c| {
            format!("{}{}.", c.to_uppercase(), chars.as_str())
        });
        Self { status, message }
    }
}

impl From<bella_store::StoreError> for Refused {
    fn from(e: bella_store::StoreError) -> Self {
        ManageError::from(e).into()
    }
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
        Ok(Some(a)) => detail(&state, &session, &a, None, StatusCode::OK).await,
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

async fn detail(
    state: &AppState,
    session: &DashboardSession,
    a: &Appointment,
    error: Option<&str>,
    status: StatusCode,
) -> Response {
    let (note, no_show_at) = match manage::view(state, a).await {
        Ok(v) => (v.note, v.no_show_at),
        Err(e) => return Refused::from(e).page(),
    };
    // The mark's time in the business zone ("Tuesday 3 March, 15:20").
    let no_show_at = no_show_at.and_then(|t| {
        chrono::DateTime::parse_from_rfc3339(&t)
            .ok()
            .map(|t| t.format("%A %-d %B, %H:%M").to_string())
    });
    let query = AuditQuery {
        appointment_id: Some(a.id.0),
        limit: 50,
        ..AuditQuery::default()
    };
    let audit = match manage::store(state) {
        Ok(s) => s.list_audit(&query).await.unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    let tz = a.tz;
    let start = a.start.with_timezone(&tz);
    let booked = a.status == AppointmentStatus::Booked;
    let base = format!("/dashboard/appointments/{}", a.id.0);
    // Whom it can move to: those who offer its service.
    let cfg = &state.config.dialog;
    let service = a
        .service
        .as_deref()
        .and_then(|s| cfg.services.iter().position(|x| x.name == s))
        .unwrap_or(0);
    let others: Vec<&str> = cfg
        .resources
        .iter()
        .enumerate()
        .filter(|&(i, _)| bella_dialog::offers(cfg, service, i))
        .map(|(_, r)| r.name.as_str())
        .collect();
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
                @if let Some(n) = &note { dt { "Note" } dd data-test="note" { (n) } }
                @if let Some(at) = &no_show_at {
                    dt { "No-show" } dd data-test="no-show" { "Did not come (marked " (at) ")" }
                }
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
                    @if others.len() > 1 {
                        label for="resource" { "With" }
                        (select("resource", others.iter().copied(), a.resource.as_deref().unwrap_or(""), "Same"))
                    }
                    button type="submit" data-test="move" { "Move" }
                }
                form method="post" action=(format!("{base}/cancel")) {
                    (layout::csrf(session))
                    button.danger type="submit" data-test="cancel" { "Cancel appointment" }
                }
            }
        }
        form.note method="post" action=(format!("{base}/note")) {
            (layout::csrf(session))
            label for="note" { "Note for the team" }
            textarea #note name="note" rows="3" maxlength="2000" { (note.as_deref().unwrap_or("")) }
            button type="submit" data-test="save-note" { "Save note" }
        }
        section {
            h2 { "History" }
            @if audit.is_empty() {
                p.empty { "No change recorded." }
            } @else {
                table data-test="audit" {
                    thead { tr { th { "When" } th { "What" } th { "Who" } } }
                    tbody {
                        @for r in &audit {
                            tr {
                                td { (r.entry.at.with_timezone(&tz).format("%-d %b %H:%M")) }
                                td { (r.entry.action) }
                                td { (r.entry.actor) }
                            }
                        }
                    }
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
        Ok(Some(a)) => detail(state, session, &a, Some(&refused.message), refused.status).await,
        _ => refused.page(),
    }
}

/// `POST /dashboard/appointments/{id}/{change}`: `cancel`, `move` (fields `start` and
/// `resource`) or `note` (field `note`; empty clears it).
pub(crate) async fn change(
    State(state): State<AppState>,
    Path((id, change)): Path<(String, String)>,
    form: CsrfForm,
) -> Response {
    let Some(id) = parse_id(&id) else {
        return not_found();
    };
    let actor = form.session.actor();
    let done = match change.as_str() {
        "cancel" => manage::cancel(&state, id, &actor)
            .await
            .map(|a| day_link(&a, "cancelled")),
        "move" => {
            let Some(start) = parse_local(state.config.dialog.tz(), form.get("start")) else {
                let r = Refused {
                    status: StatusCode::UNPROCESSABLE_ENTITY,
                    message: "Move to: pick a date and time.".into(),
                };
                return reload(&state, &form.session, id, r).await;
            };
            let start = start.to_rfc3339();
            manage::move_to(&state, id, Some(&start), form.get("resource"), &actor)
                .await
                .map(|a| day_link(&a, "moved"))
        }
        "note" => {
            let edit = manage::Edit {
                note: Some(form.get("note").unwrap_or_default().to_owned()),
                ..manage::Edit::default()
            };
            manage::edit(&state, id, edit, &actor)
                .await
                .map(|_| format!("/dashboard/appointments/{}", id.0))
        }
        _ => return not_found(),
    };
    match done {
        Ok(to) => Redirect::to(&to).into_response(),
        Err(e) => reload(&state, &form.session, id, e.into()).await,
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
    let Some(start) = parse_local(state.config.dialog.tz(), Some(&draft.start)) else {
        let msg = "Start: pick a date and time.";
        return form_page(
            &state,
            &form.session,
            &draft,
            Some(msg),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let new = NewBooking {
        name: draft.name.clone(),
        phone: draft.phone.clone(),
        start: start.to_rfc3339(),
        service: Some(draft.service.clone()).filter(|s| !s.is_empty()),
        resource: Some(draft.resource.clone()).filter(|s| !s.is_empty()),
        ..NewBooking::default()
    };
    match manage::book(&state, new, &form.session.actor(), None).await {
        Ok(a) => Redirect::to(&day_link(&a, "booked")).into_response(),
        Err(e) => {
            let r = Refused::from(e);
            form_page(&state, &form.session, &draft, Some(&r.message), r.status)
        }
    }
}
