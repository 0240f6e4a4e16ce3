//! What staff add to a known caller's record (issue 12), on both backends: an
//! appointment marked as missed (a no-show, counted in `customers.no_shows`) and a
//! free-text note. The mark's statements are shared (`tx_sql::mark_no_show`, in the
//! backend's transaction), and so is the note's (`shared_sql.rs`) (migration
//! `0006_services2.sql`).

use crate::error::StoreError;

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
