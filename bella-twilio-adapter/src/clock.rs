//! [`Clock`]: where the adapter reads "now", injectable so tests can move it.
//!
//! The adapter is the one place besides the stores that reads the clock. Every
//! instant it gives the engine (each `Input`'s `now`), every deadline it compares and
//! every timestamp it records comes from one `Clock`, so a test can start a call at a
//! fixed instant, answer a webhook, jump the clock past a deadline with
//! [`Clock::advance`], and answer the next webhook (see `tests/clock.rs`).

use chrono::{DateTime, Utc};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

/// Where "now" comes from; cheap to clone (clones of a manual clock move together).
#[derive(Clone)]
pub struct Clock {
    source: Source,
}

#[derive(Clone)]
enum Source {
    /// Real time, shifted by a fixed offset (zero for the system clock).
    Offset(chrono::Duration),
    /// A clock that only moves when told to.
    Manual(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    /// The system clock.
    #[must_use]
    pub fn system() -> Self {
        Self {
            source: Source::Offset(chrono::Duration::zero()),
        }
    }

    /// A clock that reads `start` now and advances with real time (`bella chat --now`).
    #[must_use]
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self {
            source: Source::Offset(start - Utc::now()),
        }
    }

    /// A clock that reads `start` until moved with [`Clock::advance`] or [`Clock::set`]:
    /// for tests that cross a deadline between two requests without sleeping.
    #[must_use]
    pub fn manual(start: DateTime<Utc>) -> Self {
        Self {
            source: Source::Manual(Arc::new(Mutex::new(start))),
        }
    }

    /// The current instant.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        match &self.source {
            Source::Offset(offset) => Utc::now() + *offset,
            Source::Manual(at) => *at.lock().unwrap_or_else(PoisonError::into_inner),
        }
    }

    /// Moves the clock forward by `by`: a manual clock jumps; a real-time clock's offset
    /// grows, so it reads `by` later from now on.
    pub fn advance(&mut self, by: chrono::Duration) {
        match &mut self.source {
            Source::Offset(offset) => *offset += by,
            Source::Manual(at) => *at.lock().unwrap_or_else(PoisonError::into_inner) += by,
        }
    }

    /// Sets a manual clock to `at` (a real-time clock is shifted to read `at` now).
    pub fn set(&mut self, at: DateTime<Utc>) {
        match &mut self.source {
            Source::Offset(offset) => *offset = at - Utc::now(),
            Source::Manual(now) => *now.lock().unwrap_or_else(PoisonError::into_inner) = at,
        }
    }
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Offset(offset) => write!(f, "Clock(offset {}s)", offset.num_seconds()),
            Source::Manual(_) => write!(f, "Clock(manual {})", self.now()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_its_clones_follow() {
        let t0: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
        let mut clock = Clock::manual(t0);
        let other = clock.clone();
        assert_eq!(clock.now(), t0);
        clock.advance(chrono::Duration::minutes(11));
        assert_eq!(other.now(), t0 + chrono::Duration::minutes(11));
        clock.set(t0);
        assert_eq!(other.now(), t0);
        let real = Clock::starting_at(t0);
        let drift = (real.now() - t0).num_seconds().abs();
        assert!(drift < 5, "{drift}");
    }
}
