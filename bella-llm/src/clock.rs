//! [`Clock`]: the time source of the breaker and the budget, injectable for tests.

use chrono::{DateTime, Utc};
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Where the client reads time: a monotonic instant for the circuit breaker's
/// cool-down and a calendar instant for the budget's month.
///
/// Production uses [`SystemClock`]; tests use [`ManualClock`] and jump it forward
/// instead of sleeping. (Request timeouts themselves run on tokio's timer.)
pub trait Clock: Send + Sync + fmt::Debug {
    /// A monotonic instant.
    fn now(&self) -> Instant;
    /// The current calendar instant.
    fn utc(&self) -> DateTime<Utc>;
}

/// The real clocks.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn utc(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to, for tests.
#[derive(Debug)]
pub struct ManualClock {
    state: Mutex<(Instant, DateTime<Utc>)>,
}

impl ManualClock {
    /// Starts at the real monotonic instant and the given calendar instant.
    pub fn new(utc: DateTime<Utc>) -> Self {
        Self {
            state: Mutex::new((Instant::now(), utc)),
        }
    }

    /// Moves both clocks forward.
    pub fn advance(&self, by: Duration) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        state.0 += by;
        state.1 += chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
    }

    /// Sets the calendar instant (the monotonic one is left alone).
    pub fn set_utc(&self, utc: DateTime<Utc>) {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        state.1 = utc;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .0
    }

    fn utc(&self) -> DateTime<Utc> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .1
    }
}
