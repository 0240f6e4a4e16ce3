//! Appointments as the API and the dashboard show them: the admin JSON shape plus
//! the staff note and the no-show mark.

use super::{ManageError, store};
use crate::admin::AppointmentJson;
use crate::state::AppState;
use bella_core::Appointment;

/// An appointment as shown: `{id, name, phone, start, end, minutes, tz, status,
/// service?, resource?, note?, no_show, no_show_at?}` (what
/// `GET /api/appointments/{id}` answers).
pub type AppointmentView = AppointmentJson;

/// One appointment with its note.
pub async fn view(state: &AppState, appt: &Appointment) -> Result<AppointmentView, ManageError> {
    Ok(views(state, std::slice::from_ref(appt)).await?.remove(0))
}

/// Appointments with their notes and no-show marks, in the order given (one store
/// read for each).
pub async fn views(
    state: &AppState,
    appts: &[Appointment],
) -> Result<Vec<AppointmentView>, ManageError> {
    let ids: Vec<i64> = appts.iter().map(|a| a.id.0).collect();
    let m = store(state)?;
    let mut notes = m.notes(&ids).await?;
    let no_shows = m.no_shows(&ids).await?;
    Ok(appts
        .iter()
        .map(|a| {
            let mut v = AppointmentJson::from(a);
            v.note = notes.remove(&a.id.0);
            if let Some(at) = no_shows.get(&a.id.0) {
                v.no_show = true;
                v.no_show_at = Some(
                    at.with_timezone(&a.tz)
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                );
            }
            v
        })
        .collect())
}
