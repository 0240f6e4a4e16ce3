//! [`Expect`]: what the agent just asked the caller for.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What the agent is listening for. Extractors use it to read a bare answer
/// ("Rocky" answers "what is your name?"), and the dialog reports it with every
/// `Listen`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    /// Why the caller is calling (book, cancel, ...).
    Intent,
    /// The caller's name.
    Name,
    /// A phone number.
    Phone,
    /// A day and/or time.
    Time,
    /// Yes or no (a read-back or an offer).
    Confirm,
    /// Which of the business's services (SPEC §3.1).
    Service,
    /// Anything else.
    Other,
}

impl Expect {
    /// The lowercase name used in the JSON contracts.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Intent => "intent",
            Self::Name => "name",
            Self::Phone => "phone",
            Self::Time => "time",
            Self::Confirm => "confirm",
            Self::Service => "service",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for Expect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Expect {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "intent" => Self::Intent,
            "name" => Self::Name,
            "phone" => Self::Phone,
            "time" => Self::Time,
            "confirm" => Self::Confirm,
            "service" => Self::Service,
            "other" => Self::Other,
            other => return Err(format!("unknown expect value {other:?}")),
        })
    }
}
