//! [`Clock`]: where Bella's I/O crates read "now", injectable so tests can move it.
//!
//! The pure crates (`bella-core`, `bella-extract`, `bella-dialog`) read no clock: time
//! arrives inside their inputs, and they do not depend on this crate. Everything that
//! does read time holds one `Clock`: the adapter (each `Input`'s `now`, every deadline
//! it compares and every timestamp it records), the stores (session expiry, row
//! stamps) and the LLM client (the breaker's cool-down, the budget's month). A test
//! hands the same [`Clock::manual`] to all of them, answers a webhook, jumps the clock
//! past a deadline with [`Clock::advance`], and answers the next webhook, without
//! sleeping.
//!
//! ```
//! use bella_clock::Clock;
//! use chrono::{DateTime, Duration, Utc};
//! let t0: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
//! let mut clock = Clock::manual(t0);
//! let store_side = clock.clone();
//! clock.advance(Duration::minutes(11));
//! assert_eq!(store_side.now(), t0 + Duration::minutes(11));
//! ```

use chrono::{DateTime, Utc};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

/// Where "now" comes from; cheap to clone (clones of a manual clock move together).
///
/// It reads two instants: [`Clock::now`], the calendar instant (UTC), and
/// [`Clock::instant`], a monotonic one for cool-downs. Advancing the clock moves both;
/// the monotonic one never moves back.
#[derive(Clone)]
pub struct Clock {
    source: Source,
}

#[derive(Clone)]
enum Source {
    /// Real time, the calendar shifted by `offset` (zero for the system clock) and the
    /// monotonic instant by `ahead`.
    Real {
        offset: chrono::Duration,
        ahead: std::time::Duration,
    },
    /// A clock that only moves when told to.
    Manual(Arc<Mutex<Manual>>),
}

#[derive(Clone, Copy)]
struct Manual {
    utc: DateTime<Utc>,
    instant: Instant,
}

impl Clock {
    /// The system clock.
    #[must_use]
    pub fn system() -> Self {
        Self::real(chrono::Duration::zero())
    }

    /// A clock that reads `start` now and advances with real time (`bella chat --now`).
    #[must_use]
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self::real(start - Utc::now())
    }

    fn real(offset: chrono::Duration) -> Self {
        Self {
            source: Source::Real {
                offset,
                ahead: std::time::Duration::ZERO,
            },
        }
    }

    /// A clock that reads `start` until moved with [`Clock::advance`] or [`Clock::set`]:
    /// for tests that cross a deadline between two requests without sleeping.
    #[must_use]
    pub fn manual(start: DateTime<Utc>) -> Self {
        Self {
            source: Source::Manual(Arc::new(Mutex::new(Manual {
                utc: start,
                instant: Instant::now(),
            }))),
        }
    }

    /// Whether this clock only moves when told to.
    #[must_use]
    pub fn is_manual(&self) -> bool {
        matches!(self.source, Source::Manual(_))
    }

    /// The current calendar instant.
    #[must_use]
    pub fn now(&self) -> DateTime<Utc> {
        match &self.source {
            Source::Real { offset, .. } => Utc::now() + *offset,
            Source::Manual(m) => lock(m).utc,
        }
    }

    /// The current monotonic instant (for cool-downs and elapsed times).
    #[must_use]
    pub fn instant(&self) -> Instant {
        match &self.source {
            Source::Real { ahead, .. } => Instant::now() + *ahead,
            Source::Manual(m) => lock(m).instant,
        }
    }

    /// Moves the clock forward by `by`: a manual clock jumps; a real-time clock's offset
    /// grows, so it reads `by` later from now on. A negative `by` moves only the
    /// calendar instant back.
    pub fn advance(&mut self, by: chrono::Duration) {
        let forward = by.to_std().unwrap_or_default();
        match &mut self.source {
            Source::Real { offset, ahead } => {
                *offset += by;
                *ahead += forward;
            }
            Source::Manual(m) => {
                let mut m = lock(m);
                m.utc += by;
                m.instant += forward;
            }
        }
    }

    /// Sets the calendar instant to `at` (a real-time clock is shifted to read `at`
    /// now); the monotonic instant is left alone.
    pub fn set(&mut self, at: DateTime<Utc>) {
        match &mut self.source {
            Source::Real { offset, .. } => *offset = at - Utc::now(),
            Source::Manual(m) => lock(m).utc = at,
        }
    }
}

fn lock(m: &Mutex<Manual>) -> std::sync::MutexGuard<'_, Manual> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Default for Clock {
    fn default() -> Self {
        Self::system()
    }
}

/// Two clocks are equal when they read the same source: the same shift of real time,
/// or clones of one manual clock.
impl PartialEq for Clock {
    fn eq(&self, other: &Self) -> bool {
        match (&self.source, &other.source) {
            (
                Source::Real { offset, ahead },
                Source::Real {
                    offset: o,
                    ahead: a,
                },
            ) => offset == o && ahead == a,
            (Source::Manual(m), Source::Manual(n)) => Arc::ptr_eq(m, n),
            _ => false,
        }
    }
}

impl Eq for Clock {}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Real { offset, .. } => write!(f, "Clock(offset {}s)", offset.num_seconds()),
            Source::Manual(_) => write!(f, "Clock(manual {})", self.now()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_its_clones_follow() {
        let t0: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
        let mut clock = Clock::manual(t0);
        let other = clock.clone();
        let i0 = other.instant();
        assert_eq!(clock.now(), t0);
        assert_eq!(clock, other);
        clock.advance(Duration::minutes(11));
        assert_eq!(other.now(), t0 + Duration::minutes(11));
        assert_eq!(other.instant() - i0, std::time::Duration::from_secs(660));
        clock.set(t0);
        assert_eq!(other.now(), t0);
        assert_eq!(other.instant() - i0, std::time::Duration::from_secs(660));
        clock.advance(Duration::minutes(-5));
        assert_eq!(other.now(), t0 - Duration::minutes(5));
        assert_eq!(other.instant() - i0, std::time::Duration::from_secs(660));
        assert_ne!(clock, Clock::manual(t0));
    }

    #[test]
    fn a_real_clock_runs_from_its_start_and_advances_both_readings() {
        let t0: DateTime<Utc> = "2026-11-17T17:15:00Z".parse().unwrap();
        let mut real = Clock::starting_at(t0);
        let drift = (real.now() - t0).num_seconds().abs();
        assert!(drift < 5, "{drift}");
        let before = Instant::now();
        real.advance(Duration::hours(1));
        assert!((real.now() - t0 - Duration::hours(1)).num_seconds().abs() < 5);
        assert!(real.instant() >= before + std::time::Duration::from_secs(3600));
        assert_eq!(Clock::system(), Clock::default());
        assert!(!Clock::system().is_manual());
        assert!(format!("{:?}", Clock::manual(t0)).contains("manual"));
    }
}
