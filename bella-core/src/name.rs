//! [`PersonName`]: a caller's name, masked when printed.

use serde::{Deserialize, Serialize};

/// Why a string is not a name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NameError {
    /// Empty or only white space.
    #[error("a name cannot be empty")]
    Empty,
    /// Longer than [`PersonName::MAX_LEN`] bytes.
    #[error("a name is at most {} bytes", PersonName::MAX_LEN)]
    TooLong,
    /// Contains a control character.
    #[error("a name cannot contain control characters")]
    ControlCharacter,
}

/// A person's name as the caller gave it, already normalised by the extractor
/// ("Jean-Luc O'Connor"). `Debug` and `Display` show only its first letter.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    /// The longest name accepted, in bytes.
    pub const MAX_LEN: usize = 200;

    /// Trims white space and checks the name is non-empty, short and printable.
    pub fn new(name: &str) -> Result<Self, NameError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(NameError::Empty);
        }
        if name.len() > Self::MAX_LEN {
            return Err(NameError::TooLong);
        }
        if name.chars().any(char::is_control) {
            return Err(NameError::ControlCharacter);
        }
        Ok(Self(name.to_owned()))
    }

    /// The name in clear.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first name (the first space-separated part).
    pub fn first(&self) -> &str {
        self.0.split(' ').next().unwrap_or(&self.0)
    }

    /// The masked form used in logs: the first letter and `***`.
    pub fn masked(&self) -> String {
        let first = self.0.chars().next().unwrap_or('?');
        format!("{first}***")
    }
}

crate::pii::masked_text!(PersonName, NameError, PersonName::new);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_empty_long_and_control() {
        assert_eq!(PersonName::new("  "), Err(NameError::Empty));
        assert_eq!(PersonName::new(&"a".repeat(201)), Err(NameError::TooLong));
        assert_eq!(
            PersonName::new("Bo\u{7}b"),
            Err(NameError::ControlCharacter)
        );
        assert_eq!(PersonName::new(" Zoë Côté ").unwrap().as_str(), "Zoë Côté");
    }

    #[test]
    fn masked_when_printed() {
        let n = PersonName::new("Zoë Côté").unwrap();
        assert_eq!(n.to_string(), "Z***");
        assert!(!format!("{n:?}").contains("Côté"));
        assert_eq!(n.first(), "Zoë");
    }
}
