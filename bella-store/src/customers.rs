//! What staff add to a known caller's record (issue 12), on both backends: an
//! appointment marked as missed (a no-show, counted in `customers.no_shows`) and a
//! free-text note. The backends' [`crate::AppointmentStore`] methods call the marks
//! inside their own transaction or writer; the note's one statement is shared
//! (`shared_sql.rs`) (migration `0006_services2.sql`).

use crate::error::StoreError;
use bella_core::AppointmentId;
use chrono::{DateTime, Utc};
use sqlx::{Connection as _, PgPool, SqliteConnection};

/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// A note as stored: trimmed, `None` when empty; else checked by
/// [`crate::manage::check_note`].
pub(crate) fn clean_note(note: Option<&str>) -> Result<Option<String>, StoreError> {
    let Some(note) = note.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    crate::manage::check_note(note).map(|n| Some(n.to_owned()))
}

/// Why an appointment cannot be marked: it does not exist, or it was cancelled.
fn markable(row: Option<(String, bool)>) -> Result<bool, StoreError> {
    let (status, missed) = row.ok_or(StoreError::NotFound)?;
    if status != "booked" {
        return Err(StoreError::Invalid(
            "a cancelled appointment cannot be a no-show".into(),
        ));
    }
    Ok(missed)
}

/// SQLite, on the writer's connection, in one `BEGIN IMMEDIATE`: sets the mark;
/// `Ok(false)` when it was already so. The customer's count follows (never below 0).
pub(crate) async fn sqlite_no_show(
    conn: &mut SqliteConnection,
    id: AppointmentId,
    missed: bool,
    now: i64,
) -> Result<bool, StoreError> {
    let mut t = conn.begin_with("BEGIN IMMEDIATE").await?;
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT status, no_show FROM appointments WHERE id = ?1")
            .bind(id.0)
            .fetch_optional(&mut *t)
            .await?;
    let was = markable(row.map(|(s, n)| (s, n != 0)))?;
    if was != missed {
        sqlx::query(
            "UPDATE appointments SET no_show = ?2, updated_at = ?3, \
             no_show_at = CASE WHEN ?2 THEN ?3 END WHERE id = ?1",
        )
        .bind(id.0)
        .bind(i64::from(missed))
        .bind(now)
        .execute(&mut *t)
        .await?;
        sqlx::query(
            "UPDATE customers SET no_shows = MAX(no_shows + ?2, 0), updated_at = ?3 \
             WHERE phone = (SELECT phone FROM appointments WHERE id = ?1)",
        )
        .bind(id.0)
        .bind(delta(missed))
        .bind(now)
        .execute(&mut *t)
        .await?;
    }
    t.commit().await?;
    Ok(was != missed)
}

/// What a mark does to the count.
fn delta(missed: bool) -> i32 {
    if missed { 1 } else { -1 }
}

/// Postgres, in one transaction with the row locked: as [`sqlite_no_show`].
pub(crate) async fn pg_no_show(
    pool: &PgPool,
    id: AppointmentId,
    missed: bool,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let mut tx = pool.begin().await?;
    let row = sqlx::query_as("SELECT status, no_show FROM appointments WHERE id = $1 FOR UPDATE")
        .bind(id.0)
        .fetch_optional(&mut *tx)
        .await?;
    let was = markable(row)?;
    if was != missed {
        // One statement: the mark, and the count of the record under its number.
        sqlx::query(
            "WITH marked AS (UPDATE appointments SET no_show = $2, updated_at = $4, \
             no_show_at = CASE WHEN $2 THEN $4 END WHERE id = $1 RETURNING phone) \
             UPDATE customers SET no_shows = GREATEST(no_shows + $3, 0), updated_at = $4 \
             WHERE phone = (SELECT phone FROM marked)",
        )
        .bind(id.0)
        .bind(missed)
        .bind(delta(missed))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(was != missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_trimmed_bounded_and_plain() {
        assert_eq!(clean_note(None).unwrap(), None);
        assert_eq!(clean_note(Some("  \n ")).unwrap(), None);
        assert_eq!(
            clean_note(Some(" Prefers mornings.\nBlue Civic. ")).unwrap(),
            Some("Prefers mornings.\nBlue Civic.".into())
        );
        let long = "a".repeat(MAX_NOTE_CHARS + 1);
        assert!(matches!(
            clean_note(Some(&long)),
            Err(StoreError::Invalid(_))
        ));
        assert!(clean_note(Some(&"é".repeat(MAX_NOTE_CHARS))).is_ok());
        assert!(matches!(
            clean_note(Some("bell\u{7}")),
            Err(StoreError::Invalid(_))
        ));
    }
}
