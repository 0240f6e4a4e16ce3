//! What is kept between two webhooks of one call: the engine's state plus what the
//! adapter needs to answer retries.
//!
//! A [`CallSession`] is saved as JSON in the [`bella_store::SessionStore`] after every
//! turn, with the version it was read at (optimistic concurrency). Each TwiML answer
//! names the next turn in its Gather action URL (`/twilio/gather?turn=N`); the session
//! remembers that number and the TwiML it answered with, so a webhook that Twilio (or
//! a proxy) repeats gets the same TwiML and runs nothing twice, and a turn processed
//! by another server is seen here through the shared store.

use bella_core::Expect;
use bella_dialog::Outcome;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The envelope format written by this build.
pub const SESSION_FORMAT: u32 = 1;

/// Why a stored session could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SessionError {
    /// Not JSON of the expected shape.
    #[error("stored call session is not valid: {0}")]
    Invalid(String),
    /// Written by a newer build.
    #[error("stored call session has format {0}, this build reads {SESSION_FORMAT}")]
    UnsupportedFormat(u32),
}

/// One call between webhooks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallSession {
    /// Envelope format ([`SESSION_FORMAT`]).
    pub format: u32,
    /// The engine's saved state (opaque; holds personal data).
    pub dialog: String,
    /// The turn number the last TwiML's Gather action carries.
    pub next_turn: u32,
    /// What the transport answered last (TwiML for Gather), replayed to a repeated
    /// request. Saved as `last_twiml`, the name sessions have always used.
    #[serde(rename = "last_twiml")]
    pub last_answer: String,
    /// When the engine next wants a timer input.
    pub deadline: Option<DateTime<Utc>>,
    /// What the agent last listened for.
    pub expect: Option<Expect>,
    /// Set once the engine hung up or transferred: the call's outcome.
    pub outcome: Option<Outcome>,
    /// The last change made in the store during the call (`booked`, ...).
    pub changed: Option<Outcome>,
    /// Agent turns so far.
    pub agent_turns: u32,
    /// When the call started.
    pub started_at: DateTime<Utc>,
    /// The call's language after the last answer (what a relay socket declared last).
    /// Not written while it is English, so English sessions keep their old shape.
    #[serde(default, skip_serializing_if = "is_english")]
    pub lang: bella_dialog::Lang,
}

fn is_english(lang: &bella_dialog::Lang) -> bool {
    *lang == bella_dialog::Lang::En
}

impl CallSession {
    /// A call that started at `started_at`, before its first answer.
    #[must_use]
    pub fn new(started_at: DateTime<Utc>) -> Self {
        Self {
            format: SESSION_FORMAT,
            dialog: String::new(),
            next_turn: 0,
            last_answer: String::new(),
            deadline: None,
            expect: None,
            outcome: None,
            changed: None,
            agent_turns: 0,
            started_at,
            lang: bella_dialog::Lang::default(),
        }
    }

    /// Serialises the session.
    #[must_use]
    pub fn to_json(&self) -> String {
        // Serialising plain strings, numbers and instants cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored session, refusing unknown formats.
    pub fn from_json(text: &str) -> Result<Self, SessionError> {
        #[derive(Deserialize)]
        struct Probe {
            format: u32,
        }
        let probe: Probe =
            serde_json::from_str(text).map_err(|e| SessionError::Invalid(e.to_string()))?;
        if probe.format != SESSION_FORMAT {
            return Err(SessionError::UnsupportedFormat(probe.format));
        }
        serde_json::from_str(text).map_err(|e| SessionError::Invalid(e.to_string()))
    }

    /// The outcome to record when the call ends now: the engine's, else the last
    /// change, else `no_booking`.
    #[must_use]
    pub fn final_outcome(&self) -> Outcome {
        self.outcome.or(self.changed).unwrap_or(Outcome::NoBooking)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> CallSession {
        CallSession {
            format: SESSION_FORMAT,
            dialog: "{\"v\":1}".into(),
            next_turn: 3,
            last_answer: "<Response/>".into(),
            deadline: None,
            expect: Some(Expect::Phone),
            outcome: None,
            changed: Some(Outcome::Booked),
            agent_turns: 3,
            started_at: DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default(),
            lang: bella_dialog::Lang::Fr,
        }
    }

    /// The typed outcome and the renamed field are saved exactly as the strings
    /// sessions have always held: a session saved by an older build still loads.
    #[test]
    fn saved_json_keeps_its_shape() {
        let mut s = sample();
        s.outcome = Some(Outcome::NoBooking);
        let json = s.to_json();
        assert!(json.contains("\"outcome\":\"no_booking\""), "{json}");
        assert!(json.contains("\"changed\":\"booked\""), "{json}");
        assert!(json.contains("\"last_twiml\":\"<Response/>\""), "{json}");
        let older = r#"{"format":1,"dialog":"{}","next_turn":2,"last_twiml":"<Response/>","deadline":null,"expect":"phone","outcome":"transferred","changed":"rescheduled","agent_turns":2,"started_at":"2026-11-17T17:15:00Z"}"#;
        let back = CallSession::from_json(older).unwrap();
        assert_eq!(back.outcome, Some(Outcome::Transferred));
        assert_eq!(back.changed, Some(Outcome::Rescheduled));
        assert_eq!(back.to_json(), older);
    }

    #[test]
    fn round_trips_and_refuses_other_formats() {
        let s = sample();
        assert_eq!(CallSession::from_json(&s.to_json()).unwrap(), s);
        assert_eq!(s.final_outcome(), Outcome::Booked);
        let newer = s.to_json().replace("\"format\":1", "\"format\":9");
        assert!(matches!(
            CallSession::from_json(&newer),
            Err(SessionError::UnsupportedFormat(9))
        ));
        for bad in ["", "{}", "[1]", "{\"format\":1}", "\u{0}"] {
            assert!(CallSession::from_json(bad).is_err(), "{bad:?}");
        }
    }
}
