//! Appointments as the API and the dashboard show them: the admin JSON shape plus
//! the staff note.

use super::{ManageError, store};
use crate::admin::AppointmentJson;
use crate::state::AppState;
use bella_core::Appointment;

/// An appointment as shown: `{id, name, phone, start, end, minutes, tz, status,
/// service?, resource?, note?}` (what `GET /api/appointments/{id}` answers).
pub type AppointmentView = AppointmentJson;

/// One appointment with its note.
pub async fn view(state: &AppState, appt: &Appointment) -> Result<AppointmentView, ManageError> {
    Ok(views(state, std::slice::from_ref(appt)).await?.remove(0))
}

/// Appointments with their notes, in the order given (one store read for the notes).
pub async fn views(
    state: &AppState,
    appts: &[Appointment],
) -> Result<Vec<AppointmentView>, ManageError> {
    let ids: Vec<i64> = appts.iter().map(|a| a.id.0).collect();
    let mut notes = store(state)?.notes(&ids).await?;
    Ok(appts
        .iter()
        .map(|a| {
            let mut v = AppointmentJson::from(a);
            v.note = notes.remove(&a.id.0);
            v
        })
        .collect())
}
