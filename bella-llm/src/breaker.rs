//! [`CircuitBreaker`]: stop calling a failing server, probe it again after a cool-down.
//!
//! A plain state machine with time as an argument, so it is tested by jumping time:
//!
//! - **closed**: calls go through; `failure_threshold` server failures in a row open it;
//! - **open**: calls are refused without touching the network until `cool_down` has
//!   passed since it opened;
//! - **half-open**: exactly one probe call goes through; its success closes the
//!   breaker, its failure (or abandonment) opens it for another cool-down.

use std::time::{Duration, Instant};

/// When the breaker opens and how long it stays open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BreakerConfig {
    /// Server failures in a row that open the breaker (at least 1).
    pub failure_threshold: u32,
    /// How long it stays open before a probe is let through.
    pub cool_down: Duration,
}

impl Default for BreakerConfig {
    fn default() -> Self {
        Self {
            failure_threshold: 5,
            cool_down: Duration::from_secs(30),
        }
    }
}

/// The breaker's state as reported in metrics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BreakerState {
    /// Calls go through.
    Closed,
    /// One probe is allowed (or under way).
    HalfOpen,
    /// Calls are refused.
    Open,
}

impl BreakerState {
    /// The gauge value: 0 closed, 1 half-open, 2 open.
    pub const fn gauge(self) -> f64 {
        match self {
            Self::Closed => 0.0,
            Self::HalfOpen => 1.0,
            Self::Open => 2.0,
        }
    }

    /// Lowercase name for logs.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Closed => "closed",
            Self::HalfOpen => "half_open",
            Self::Open => "open",
        }
    }
}

/// Whether a call may go ahead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
#[non_exhaustive]
pub enum Admission {
    /// Go ahead; `probe` is true for the single half-open probe.
    Allowed {
        /// This call is the half-open probe.
        probe: bool,
    },
    /// Refused: the breaker is open or a probe is already under way.
    Refused,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Closed { failures: u32 },
    Open { since: Instant },
    HalfOpen { probing: bool },
}

/// A circuit breaker over consecutive server failures.
#[derive(Clone, Debug)]
pub struct CircuitBreaker {
    config: BreakerConfig,
    state: State,
}

impl CircuitBreaker {
    /// A closed breaker.
    pub fn new(config: BreakerConfig) -> Self {
        let config = BreakerConfig {
            failure_threshold: config.failure_threshold.max(1),
            ..config
        };
        Self {
            config,
            state: State::Closed { failures: 0 },
        }
    }

    /// The state at `now` (an open breaker whose cool-down is over reads as half-open).
    pub fn state(&self, now: Instant) -> BreakerState {
        match self.state {
            State::Closed { .. } => BreakerState::Closed,
            State::HalfOpen { .. } => BreakerState::HalfOpen,
            State::Open { since } if self.cooled(since, now) => BreakerState::HalfOpen,
            State::Open { .. } => BreakerState::Open,
        }
    }

    /// Asks to make a call at `now`.
    pub fn admit(&mut self, now: Instant) -> Admission {
        match self.state {
            State::Closed { .. } => Admission::Allowed { probe: false },
            State::Open { since } if self.cooled(since, now) => {
                self.state = State::HalfOpen { probing: true };
                Admission::Allowed { probe: true }
            }
            State::HalfOpen { probing: false } => {
                self.state = State::HalfOpen { probing: true };
                Admission::Allowed { probe: true }
            }
            State::Open { .. } | State::HalfOpen { probing: true } => Admission::Refused,
        }
    }

    /// Records a call that reached a healthy server: closes the breaker.
    pub fn on_success(&mut self) {
        self.state = State::Closed { failures: 0 };
    }

    /// Records a server failure at `now`.
    pub fn on_failure(&mut self, now: Instant) {
        self.state = match self.state {
            State::Closed { failures } if failures + 1 < self.config.failure_threshold => {
                State::Closed {
                    failures: failures + 1,
                }
            }
            State::Closed { .. } | State::HalfOpen { .. } => State::Open { since: now },
            // A late failure from a call admitted before the breaker opened: keep the
            // original opening time.
            open @ State::Open { .. } => open,
        };
    }

    /// Records a call that was admitted but ended with no verdict on the server (the
    /// caller gave up on it). A probe abandoned this way counts as failed, so the
    /// half-open slot is never stuck.
    pub fn on_abandoned(&mut self, probe: bool, now: Instant) {
        if probe && self.state == (State::HalfOpen { probing: true }) {
            self.state = State::Open { since: now };
        }
    }

    fn cooled(&self, since: Instant, now: Instant) -> bool {
        now.saturating_duration_since(since) >= self.config.cool_down
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn breaker() -> (CircuitBreaker, Instant) {
        let config = BreakerConfig {
            failure_threshold: 3,
            cool_down: Duration::from_secs(10),
        };
        (CircuitBreaker::new(config), Instant::now())
    }

    /// A breaker its threshold of failures in a row opened at `t0`.
    fn opened() -> (CircuitBreaker, Instant) {
        let (mut b, t0) = breaker();
        for _ in 0..3 {
            b.on_failure(t0);
        }
        (b, t0)
    }

    #[test]
    fn opens_after_threshold_consecutive_failures_only() {
        let (mut b, t0) = breaker();
        b.on_failure(t0);
        b.on_failure(t0);
        b.on_success();
        b.on_failure(t0);
        b.on_failure(t0);
        assert_eq!(
            b.state(t0),
            BreakerState::Closed,
            "a success resets the count"
        );
        b.on_failure(t0);
        assert_eq!(b.state(t0), BreakerState::Open);
        assert_eq!(b.admit(t0 + Duration::from_secs(9)), Admission::Refused);
    }

    #[test]
    fn half_open_lets_exactly_one_probe_through() {
        let (mut b, t0) = opened();
        let later = t0 + Duration::from_secs(10);
        assert_eq!(b.state(later), BreakerState::HalfOpen);
        assert_eq!(b.admit(later), Admission::Allowed { probe: true });
        assert_eq!(
            b.admit(later),
            Admission::Refused,
            "second caller during the probe"
        );
        b.on_success();
        assert_eq!(b.state(later), BreakerState::Closed);
        assert_eq!(b.admit(later), Admission::Allowed { probe: false });
    }

    #[test]
    fn failed_or_abandoned_probe_reopens_for_a_full_cool_down() {
        let (mut b, t0) = opened();
        let t1 = t0 + Duration::from_secs(10);
        assert_eq!(b.admit(t1), Admission::Allowed { probe: true });
        b.on_failure(t1);
        assert_eq!(b.admit(t1 + Duration::from_secs(9)), Admission::Refused);
        let t2 = t1 + Duration::from_secs(10);
        assert_eq!(b.admit(t2), Admission::Allowed { probe: true });
        b.on_abandoned(true, t2);
        assert_eq!(b.state(t2), BreakerState::Open);
        assert_eq!(
            b.admit(t2 + Duration::from_secs(10)),
            Admission::Allowed { probe: true }
        );
    }

    #[test]
    fn zero_threshold_is_treated_as_one() {
        let config = BreakerConfig {
            failure_threshold: 0,
            cool_down: Duration::ZERO,
        };
        let mut b = CircuitBreaker::new(config);
        let t0 = Instant::now();
        b.on_failure(t0);
        assert_eq!(b.admit(t0), Admission::Allowed { probe: true });
    }
}
