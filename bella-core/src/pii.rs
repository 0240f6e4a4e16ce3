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

    /// The wrapped value, to change it in place.
    pub fn expose_mut(&mut self) -> &mut T {
        &mut self.0
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

impl From<&str> for Pii<String> {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
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

/// The impls a validated text newtype with a `masked()` form shares ([`crate::PhoneNumber`],
/// [`crate::PersonName`]): `Debug` prints `Type(<masked>)` and `Display` the masked form,
/// so the value never reaches a log in clear; `TryFrom<String>` goes through the
/// validating constructor and `From<Type> for String` gives the text back (the pair
/// that `#[serde(try_from = "String", into = "String")]` uses).
macro_rules! masked_text {
    ($ty:ident, $err:ty, $new:path) => {
        impl std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}({})", stringify!($ty), self.masked())
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.masked())
            }
        }

        impl TryFrom<String> for $ty {
            type Error = $err;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                $new(&s)
            }
        }

        impl From<$ty> for String {
            fn from(v: $ty) -> Self {
                v.0
            }
        }
    };
}
pub(crate) use masked_text;

/// A secret (an auth token, an API key): `Debug` prints `[secret]`, there is no
/// `Display` and no `Serialize`, so it cannot reach a log or a response by accident.
/// [`Secret::expose`] gives the value where it is used (signing, comparing).
///
/// ```
/// use bella_core::Secret;
/// let token: Secret = "s3cr3t".parse().unwrap();
/// assert_eq!(format!("{token:?}"), "[secret]");
/// assert_eq!(token.expose(), "s3cr3t");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    #[must_use]
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret in clear, for the places that use it.
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether the secret is empty or only spaces (treated as "not set").
    #[must_use]
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[secret]")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self(s.to_owned()))
    }
}
