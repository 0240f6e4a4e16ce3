//! Reminder lines (SPEC §3.2): `"direction":"reminder"` puts the case's `appointment`
//! in the book and starts the engine in reminder mode, answered as `answered_by` says.

use super::{Case, SimError, case_phone, field, resource_named};
use crate::io::{CallInfo, StoreRequest, StoreResult};
use crate::reminder::{AnsweredBy, Reminder};
use crate::{Config, Dialog};
use bella_core::PersonName;
use chrono::{DateTime, Utc};
use std::sync::Arc;

use super::MemoryBook;

/// Whether a case is a reminder call.
pub(super) fn is_reminder(case: &Case) -> bool {
    case.direction
        .as_deref()
        .is_some_and(|d| d.trim().eq_ignore_ascii_case("reminder"))
}

/// The engine for a case: an inbound call, or a reminder call about the case's
/// appointment (which is added to `book` first).
pub(super) fn dialog_for(
    case: &Case,
    cfg: &Arc<Config>,
    call: CallInfo,
    now: DateTime<Utc>,
    book: &mut MemoryBook,
) -> Result<Dialog, SimError> {
    if !is_reminder(case) {
        return Ok(Dialog::new(cfg.clone(), call, now));
    }
    let a = case
        .appointment
        .as_ref()
        .ok_or_else(|| field("appointment", "a reminder line needs the appointment"))?;
    let (utc, minutes) = a.span(cfg.tz(), "appointment")?;
    let name = a
        .name
        .as_deref()
        .map(PersonName::new)
        .transpose()
        .map_err(|e| field("appointment", e.to_string()))?
        .ok_or_else(|| field("appointment", "the appointment needs a name"))?;
    let phone = a
        .phone
        .as_deref()
        .map(|p| case_phone(p, "appointment"))
        .transpose()?
        .ok_or_else(|| field("appointment", "the appointment needs a phone"))?;
    // With a business of several services and resources, the appointment may name
    // its own (SPEC §3.1), which a move keeps.
    let id = book.seed_on(
        utc,
        minutes,
        Some(name),
        Some(phone.clone()),
        resource_named(cfg, a, "appointment")?,
    );
    book.set_service(id, a.service.clone());
    let StoreResult::Found(found) = book.handle(&StoreRequest::FindByPhone { phone }) else {
        return Err(field("appointment", "could not be added to the book"));
    };
    let appointment = found
        .into_iter()
        .find(|x| x.id == id)
        .ok_or_else(|| field("appointment", "could not be added to the book"))?;
    let answered_by = AnsweredBy::parse(case.answered_by.as_deref().unwrap_or("human"));
    let reminder = Reminder {
        appointment,
        answered_by,
        voicemail: None,
        voicemail_fr: None,
        callback: cfg.transfer_number.clone(),
        lang: None,
    };
    Ok(Dialog::reminder(cfg.clone(), call, now, reminder))
}
