//! [`Pii`]: personal data that must never reach a log unmasked.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Wraps personal data so that `Debug` and `Display` print `[redacted]`.
///
/// Serialisation is transparent: the value is stored as itself. Reach the value
/// with [`Pii::expose`] where it is really needed (a database row, a TwiML read-back).
///
/// ```
/// use bella_core::Pii;
/// let secret = Pii::new("416 555 0123".to_string());
/// assert_eq!(format!("{secret} {secret:?}"), "[redacted] [redacted]");
/// assert_eq!(secret.expose(), "416 555 0123");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pii<T>(T);

impl<T> Pii<T> {
    /// Wraps a value.
    pub const fn new(value: T) -> Self {
        Self(value)
    }

    /// The wrapped value, for the places that need it in clear.
    pub const fn expose(&self) -> &T {
        &self.0
    }

    /// Unwraps the value.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Pii<T> {
    fn from(value: T) -> Self {
        Self(value)
    }
}

impl<T> fmt::Debug for Pii<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<T> fmt::Display for Pii<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}
