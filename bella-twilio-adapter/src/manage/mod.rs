//! The management service: book, move, cancel and edit appointments on behalf of
//! staff, with the checks a call makes, and an audit record of who did it.
//!
//! The HTTP API (`crate::api`) and the dashboard share these functions, so both
//! refuse the same things the same way:
//!
//! - [`book`]: opening hours, closed dates, the service's length and who offers it
//!   (`bella_dialog::place`, the engine's own rules), not in the past, within the
//!   booking horizon, no overlap (the store's conflict check too, for races). An
//!   idempotency key makes a retry return the first result and record once;
//! - [`move_to`]: the same checks at the new start, on its own resource or another;
//! - [`cancel`]: idempotent (a second cancel changes and records nothing);
//! - [`edit`]: name, phone and the staff note.
//!
//! Every change writes an [`bella_store::manage::AuditEntry`] with the [`Actor`]
//! (`api:<key id>` or `dashboard:<sign-in id>`) and details without personal data.
//! A refusal is a [`ManageError`] whose [`ManageError::code`] names the reason
//! (`outside_hours`, `closed_date`, `taken`, ...): the API answers it as a 409.

pub mod limiter;
mod view;

pub use limiter::SignInLimiter;
pub use view::{AppointmentView, view, views};

use crate::admin::parse_phone;
use crate::state::AppState;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use bella_dialog::{Config, Interval, Refusal};
use bella_store::manage::{AuditEntry, ManageStore, check_note};
use bella_store::{NewAppointment, RequestKey, StoreError};
use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// Who made a change: recorded in the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Actor {
    /// A request with the API key; `id` is a fingerprint of the key (never the key).
    ApiKey {
        /// First 8 hex digits of the key's SHA-1.
        id: String,
    },
    /// A dashboard sign-in; `session` identifies the sign-in (not its cookie secret).
    Dashboard {
        /// A short id of the sign-in session.
        session: String,
    },
    /// Bella itself (purge jobs, migrations).
    System,
}

impl Actor {
    /// The actor for a request carrying `key` (a fingerprint, safe to store and show).
    #[must_use]
    pub fn api_key(key: &str) -> Self {
        Self::ApiKey {
            id: fingerprint(key),
        }
    }

    /// The actor for a dashboard sign-in session.
    #[must_use]
    pub fn dashboard(session: impl Into<String>) -> Self {
        Self::Dashboard {
            session: session.into(),
        }
    }

    /// How the audit trail names it: `api:<id>`, `dashboard:<session>` or `system`.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::ApiKey { id } => format!("api:{id}"),
            Self::Dashboard { session } => format!("dashboard:{session}"),
            Self::System => "system".to_owned(),
        }
    }
}

/// First 8 hex digits of the SHA-1 of a secret: names a key without revealing it.
#[must_use]
pub fn fingerprint(secret: &str) -> String {
    use sha1::Digest as _;
    let digest = sha1::Sha1::digest(secret.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// Why a management operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ManageError {
    /// The request is malformed (a bad phone, name, time, service...): 422.
    #[error("{field}: {message}")]
    Invalid {
        /// The field at fault.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// No such appointment: 404.
    #[error("no such appointment")]
    NotFound,
    /// The booking rules refuse it: 409, with the reason's code.
    #[error("{}", refusal_text(.0))]
    Refused(&'static str),
    /// The `Idempotency-Key` was first used with another request body: 422 (IETF
    /// `draft-ietf-httpapi-idempotency-key-header`).
    #[error("this Idempotency-Key was used with a different request body; use a new key")]
    KeyReused,
    /// This store keeps no management data (a test double): 503.
    #[error("this store keeps no management data")]
    NoManagement,
    /// A store is unreachable: 503.
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// Anything else: 500.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ManageError {
    /// A stable code: `invalid`, `not_found`, the refusal's code (`taken`,
    /// `outside_hours`, `closed_date`, `in_the_past`, `cancelled`, ...), `unavailable`,
    /// `internal`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Invalid { .. } => "invalid",
            Self::KeyReused => "idempotency_key_reused",
            Self::NotFound => "not_found",
            Self::Refused(code) => code,
            Self::NoManagement | Self::Unavailable(_) => "unavailable",
            Self::Internal(_) => "internal",
        }
    }

    fn invalid(field: &'static str, message: impl Into<String>) -> Self {
        Self::Invalid {
            field,
            message: message.into(),
        }
    }
}

fn refusal_text(code: &str) -> &'static str {
    match code {
        "taken" => "that time is already booked",
        "closed_date" => "the business is closed that date",
        "closed_day" => "the business is closed that day of the week",
        "outside_hours" => "that time is outside opening hours",
        "not_on_slot" => "appointments start on the slot grid",
        "not_working" => "that resource does not work that day",
        "not_offered" => "that resource does not offer the service",
        "nobody_that_day" => "nobody who offers that service works that day",
        "too_long" => "the appointment would run past closing",
        "in_the_past" => "that time has passed",
        "beyond_horizon" => "that time is beyond the booking horizon",
        "cancelled" => "the appointment is cancelled",
        _ => "refused by the booking rules",
    }
}

impl From<StoreError> for ManageError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => Self::NotFound,
            StoreError::SlotTaken => Self::Refused("taken"),
            StoreError::Invalid(m) => Self::invalid("request", m),
            e if e.is_unavailable() => Self::Unavailable(e.to_string()),
            e => Self::Internal(e.to_string()),
        }
    }
}

/// A booking as staff make it (the JSON of `POST /api/appointments`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBooking {
    /// The caller's name.
    pub name: String,
    /// E.164 or ten NANP digits.
    pub phone: String,
    /// RFC 3339 instant.
    pub start: String,
    /// Length; default: the service's.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// The service as the business names it; default: the first.
    #[serde(default)]
    pub service: Option<String>,
    /// The resource as the business names it; default: the first free one.
    #[serde(default)]
    pub resource: Option<String>,
    /// A staff note.
    #[serde(default)]
    pub note: Option<String>,
}

/// Changes to an appointment's contact details and note (`None`: unchanged; an empty
/// note clears it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// New name.
    pub name: Option<String>,
    /// New phone, E.164 or ten NANP digits.
    pub phone: Option<String>,
    /// New note (`""` clears it).
    pub note: Option<String>,
}

/// The management store behind the state, or [`ManageError::NoManagement`].
pub fn store(state: &AppState) -> Result<&dyn ManageStore, ManageError> {
    state.appointments.manage().ok_or(ManageError::NoManagement)
}

/// Days an audit entry is kept by default (`--audit-retention-days`).
pub const AUDIT_RETENTION_DAYS: u32 = 365;

/// Deletes audit entries made more than `retention_days` (at least 1) before `now`;
/// returns how many (0 for a store without management data). The hourly purge job of
/// `bella serve` runs it.
pub async fn purge_audit(
    store: &dyn bella_store::AppointmentStore,
    retention_days: u32,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let Some(m) = store.manage() else {
        return Ok(0);
    };
    m.purge_audit(now - Duration::days(i64::from(retention_days.max(1))))
        .await
}

/// Records an audit entry (`detail` is JSON without personal data); `false` when its
/// request key was recorded before. The dashboard records `token_created` and
/// `token_revoked` (sign-in and sign-out) with this.
pub async fn audit(
    state: &AppState,
    actor: &Actor,
    action: &str,
    appointment: Option<AppointmentId>,
    detail: serde_json::Value,
    request_key: Option<String>,
) -> Result<bool, ManageError> {
    let entry = AuditEntry {
        at: state.clock.now(),
        actor: actor.label(),
        action: action.to_owned(),
        appointment_id: appointment.map(|a| a.0),
        detail: detail.to_string(),
        request_key,
    };
    Ok(store(state)?.append_audit(&entry).await?)
}

/// Books an appointment with the checks a call makes (see the module docs). With an
/// `idempotency_key`, a retry with the same body gets the first result and records
/// once; the same key with another body is [`ManageError::KeyReused`]. A request that
/// fails (refused, invalid) frees its key.
pub async fn book(
    state: &AppState,
    new: NewBooking,
    actor: &Actor,
    idempotency_key: Option<&str>,
) -> Result<Appointment, ManageError> {
    let m = store(state)?;
    let key = match idempotency_key {
        Some(k) if k.trim().is_empty() || k.len() > 150 => {
            return Err(ManageError::invalid(
                "Idempotency-Key",
                "must be 1 to 150 characters",
            ));
        }
        Some(k) => format!("manage:{}:{}", actor.label(), k.trim()),
        None => return book_keyed(state, new, actor, RequestKey(fresh_key("book"))).await,
    };
    let print = body_fingerprint(&new);
    if !m.claim_idempotency(&key, &print, state.clock.now()).await? {
        return Err(ManageError::KeyReused);
    }
    let booked = book_keyed(state, new, actor, RequestKey(key.clone())).await;
    if let Err(ManageError::Invalid { .. } | ManageError::Refused(_)) = &booked {
        // Nothing was written: the key may serve another request.
        m.release_idempotency(&key, &print).await?;
    }
    booked
}

/// SHA-1 of the request as parsed (so spacing and key order do not matter), in hex.
fn body_fingerprint(new: &NewBooking) -> String {
    use sha1::Digest as _;
    let canonical = serde_json::to_string(new).unwrap_or_default();
    sha1::Sha1::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn book_keyed(
    state: &AppState,
    new: NewBooking,
    actor: &Actor,
    key: RequestKey,
) -> Result<Appointment, ManageError> {
    let m = store(state)?;
    if let Some(first) = m.replayed_booking(&key).await? {
        return Ok(first);
    }
    let name = PersonName::new(new.name.trim())
        .map_err(|e| ManageError::invalid("name", e.to_string()))?;
    let phone = parse_phone(&new.phone)
        .map_err(|_| ManageError::invalid("phone", "not a valid phone number"))?;
    let start = parse_start(&new.start)?;
    let note = new.note.as_deref().map(str::trim).filter(|n| !n.is_empty());
    if let Some(n) = note {
        checked_note(n)?;
    }
    let cfg = &state.config.dialog;
    let service = find(
        cfg.services.iter().map(|s| s.name.as_str()),
        new.service.as_deref(),
    )
    .map_err(|m| ManageError::invalid("service", m))?
    .unwrap_or(0);
    let resource = find(
        cfg.resources.iter().map(|r| r.name.as_str()),
        new.resource.as_deref(),
    )
    .map_err(|m| ManageError::invalid("resource", m))?;
    let service_minutes = cfg
        .services
        .get(service)
        .map_or(cfg.hours.slot_minutes, |s| s.minutes);
    let minutes = new.minutes.unwrap_or(service_minutes);
    if minutes == 0 || minutes > bella_store::MAX_MINUTES {
        return Err(ManageError::invalid("minutes", "must be 1 to 1440"));
    }
    let at = check_when(state, start)?;
    let busy = busy_around(state, start, None).await?;
    let placed = place_with(cfg, service, resource, minutes, service_minutes, at, &busy)?;
    let booked = state
        .appointments
        .book(
            NewAppointment {
                name,
                phone,
                start,
                minutes,
                tz: state.config.tz,
                service: cfg.services.get(service).map(|s| s.name.clone()),
                resource: placed
                    .and_then(|r| cfg.resources.get(r))
                    .map(|r| r.name.clone()),
                // Staff book in the business's first language: its texts go out in it.
                lang: cfg
                    .languages
                    .first()
                    .copied()
                    .unwrap_or_default()
                    .as_str()
                    .to_owned(),
            },
            &key,
        )
        .await?;
    if let Some(n) = note {
        m.set_note(booked.id, Some(n), state.clock.now()).await?;
    }
    metrics::counter!(crate::metrics::BOOKINGS, "kind" => "booked").increment(1);
    let detail = serde_json::json!({
        "start": booked.start, "minutes": booked.minutes,
        "service": booked.service, "resource": booked.resource, "note": note.is_some(),
    });
    audit(state, actor, "create", Some(booked.id), detail, Some(key.0)).await?;
    tracing::info!(appointment = %booked.id, actor = %actor.label(), "appointment booked by staff");
    Ok(booked)
}

/// Moves a booked appointment to `start` (RFC 3339; `None`: its own start) and, when
/// `resource` names one, to that resource (as the business names it; `None` or empty:
/// its own), with the checks a call makes on the resource it ends on.
pub async fn move_to(
    state: &AppState,
    id: AppointmentId,
    start: Option<&str>,
    resource: Option<&str>,
    actor: &Actor,
) -> Result<Appointment, ManageError> {
    store(state)?;
    let start = start.map(parse_start).transpose()?;
    let appt = state
        .appointments
        .get(id)
        .await?
        .ok_or(ManageError::NotFound)?;
    if appt.status != AppointmentStatus::Booked {
        return Err(ManageError::Refused("cancelled"));
    }
    let cfg = &state.config.dialog;
    let own = appt
        .resource
        .as_deref()
        .and_then(|r| cfg.resources.iter().position(|x| x.name == r));
    let asked = find(cfg.resources.iter().map(|r| r.name.as_str()), resource)
        .map_err(|m| ManageError::invalid("resource", m))?
        .filter(|&r| Some(r) != own);
    let start = start.unwrap_or(appt.start);
    if start == appt.start && asked.is_none() {
        return Ok(appt);
    }
    let service = appt
        .service
        .as_deref()
        .and_then(|s| cfg.services.iter().position(|x| x.name == s))
        .unwrap_or(0);
    let service_minutes = cfg
        .services
        .get(service)
        .map_or(cfg.hours.slot_minutes, |s| s.minutes);
    let at = check_when(state, start)?;
    let busy = busy_around(state, start, Some(&appt)).await?;
    place_with(
        cfg,
        service,
        asked.or(own),
        appt.minutes,
        service_minutes,
        at,
        &busy,
    )?;
    let to_name = asked.map(|r| cfg.resources[r].name.as_str());
    let key = RequestKey(fresh_key("move"));
    let moved = state
        .appointments
        .reschedule_to(id, start, to_name, &key)
        .await?;
    metrics::counter!(crate::metrics::BOOKINGS, "kind" => "rescheduled").increment(1);
    let mut detail = serde_json::json!({ "from": appt.start, "to": moved.start });
    if to_name.is_some() {
        detail["resource_from"] = serde_json::json!(appt.resource);
        detail["resource_to"] = serde_json::json!(moved.resource);
    }
    audit(state, actor, "move", Some(id), detail, Some(key.0)).await?;
    Ok(moved)
}

/// Cancels an appointment; cancelling a cancelled one changes and records nothing.
pub async fn cancel(
    state: &AppState,
    id: AppointmentId,
    actor: &Actor,
) -> Result<Appointment, ManageError> {
    store(state)?;
    let before = state
        .appointments
        .get(id)
        .await?
        .ok_or(ManageError::NotFound)?;
    if before.status == AppointmentStatus::Cancelled {
        return Ok(before);
    }
    let key = RequestKey(format!("manage-cancel:{}", id.0));
    let done = state.appointments.cancel(id, &key).await?;
    metrics::counter!(crate::metrics::BOOKINGS, "kind" => "cancelled").increment(1);
    let detail = serde_json::json!({ "start": done.start });
    audit(state, actor, "cancel", Some(id), detail, Some(key.0)).await?;
    Ok(done)
}

/// Changes name, phone and/or note; each change is recorded (`edit` for contact
/// details, `note` for the note). Nothing given changes nothing.
pub async fn edit(
    state: &AppState,
    id: AppointmentId,
    edit: Edit,
    actor: &Actor,
) -> Result<Appointment, ManageError> {
    let m = store(state)?;
    let (name, phone, note) = checked(&edit)?;
    let mut appt = state
        .appointments
        .get(id)
        .await?
        .ok_or(ManageError::NotFound)?;
    if name.is_some() || phone.is_some() {
        appt = m.edit_contact(id, name.as_ref(), phone.as_ref()).await?;
        let fields: Vec<&str> = [
            name.as_ref().map(|_| "name"),
            phone.as_ref().map(|_| "phone"),
        ]
        .into_iter()
        .flatten()
        .collect();
        audit(
            state,
            actor,
            "edit",
            Some(id),
            serde_json::json!({ "fields": fields }),
            None,
        )
        .await?;
    }
    if let Some(n) = note {
        m.set_note(id, Some(n), state.clock.now()).await?;
        let detail = serde_json::json!({ "cleared": n.is_empty(), "length": n.chars().count() });
        audit(state, actor, "note", Some(id), detail, None).await?;
    }
    Ok(appt)
}

/// Checks an edit without applying it.
pub fn check_edit(edit: &Edit) -> Result<(), ManageError> {
    checked(edit).map(|_| ())
}

type Checked<'a> = (Option<PersonName>, Option<PhoneNumber>, Option<&'a str>);

fn checked(edit: &Edit) -> Result<Checked<'_>, ManageError> {
    let name = edit
        .name
        .as_deref()
        .map(|n| PersonName::new(n.trim()).map_err(|e| ManageError::invalid("name", e.to_string())))
        .transpose()?;
    let phone = edit
        .phone
        .as_deref()
        .map(|p| {
            parse_phone(p).map_err(|_| ManageError::invalid("phone", "not a valid phone number"))
        })
        .transpose()?;
    let note = edit
        .note
        .as_deref()
        .map(str::trim)
        .map(checked_note)
        .transpose()?;
    Ok((name, phone, note))
}

/// A staff note (an appointment's or a customer's) checked by the store's one rule; a
/// refused one is a bad `note` field (422).
pub(crate) fn checked_note(note: &str) -> Result<&str, ManageError> {
    check_note(note).map_err(|e| ManageError::invalid("note", e.to_string()))
}

/// A unique request key for a change without an idempotency key.
fn fresh_key(op: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = Utc::now().timestamp_nanos_opt().unwrap_or_default();
    format!("manage-{op}:{}:{nanos}:{n}", std::process::id())
}

fn parse_start(s: &str) -> Result<DateTime<Utc>, ManageError> {
    DateTime::parse_from_rfc3339(s.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| ManageError::invalid("start", format!("not an RFC 3339 time: {e}")))
}

/// The index of `wanted` among `names` (case-insensitive); `Ok(None)` when not asked.
fn find<'a>(
    names: impl Iterator<Item = &'a str>,
    wanted: Option<&str>,
) -> Result<Option<usize>, String> {
    let Some(wanted) = wanted.map(str::trim).filter(|w| !w.is_empty()) else {
        return Ok(None);
    };
    let names: Vec<&str> = names.collect();
    names
        .iter()
        .position(|n| n.eq_ignore_ascii_case(wanted))
        .map(Some)
        .ok_or_else(|| format!("unknown; known: {}", names.join(", ")))
}

/// Not in the past and within the horizon; the local wall time of `start`.
fn check_when(state: &AppState, start: DateTime<Utc>) -> Result<NaiveDateTime, ManageError> {
    let now = state.clock.now();
    if start <= now {
        return Err(ManageError::Refused("in_the_past"));
    }
    let horizon = i64::from(state.config.dialog.horizon_days.max(1));
    if start > now + Duration::days(horizon + 1) {
        return Err(ManageError::Refused("beyond_horizon"));
    }
    Ok(start.with_timezone(&state.config.tz).naive_local())
}

/// Busy intervals around `start` (a day either side), without `except` (the
/// appointment being moved).
async fn busy_around(
    state: &AppState,
    start: DateTime<Utc>,
    except: Option<&Appointment>,
) -> Result<Vec<Interval>, ManageError> {
    let busy = state
        .appointments
        .busy_with_resources(start - Duration::days(1), start + Duration::days(2))
        .await?;
    let mut skipped = false;
    Ok(busy
        .into_iter()
        .filter(|b| {
            let own = except.is_some_and(|a| {
                !skipped && a.start == b.start && a.end() == b.end && a.resource == b.resource
            });
            skipped |= own;
            !own
        })
        .map(|b| Interval {
            start: b.start,
            end: b.end,
            resource: b.resource,
        })
        .collect())
}

/// `bella_dialog::place` for a length that may differ from the service's (a
/// configuration with that service's length changed).
fn place_with(
    cfg: &Arc<Config>,
    service: usize,
    resource: Option<usize>,
    minutes: u32,
    service_minutes: u32,
    at: NaiveDateTime,
    busy: &[Interval],
) -> Result<Option<usize>, ManageError> {
    let placed = if minutes == service_minutes {
        bella_dialog::place(cfg, service, resource, at, busy)
    } else {
        let mut other = Config::clone(cfg);
        if let Some(s) = other.services.get_mut(service) {
            s.minutes = minutes;
        }
        bella_dialog::place(&other, service, resource, at, busy)
    };
    placed.map_err(|r: Refusal| ManageError::Refused(r.code()))
}
