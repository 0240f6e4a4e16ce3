//! [`SignInLimiter`]: failed sign-ins are counted per client address; after too many
//! in a window the address is refused until the window has passed, and repeated
//! failures are logged (the address masked).

use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;

/// Most addresses tracked at once; older entries are dropped first when full.
const MAX_TRACKED: usize = 10_000;

/// Failures of one address in the current window.
#[derive(Clone, Copy, Debug)]
struct Failures {
    count: u32,
    first: DateTime<Utc>,
}

/// Counts failed sign-ins per client address (shared by the dashboard's
/// `/dashboard/login`; cheap to share in an `Arc`).
#[derive(Debug)]
pub struct SignInLimiter {
    max_failures: u32,
    window: Duration,
    seen: Mutex<HashMap<IpAddr, Failures>>,
}

impl Default for SignInLimiter {
    /// 5 failures per 15 minutes.
    fn default() -> Self {
        Self::new(5, Duration::minutes(15))
    }
}

impl SignInLimiter {
    /// At most `max_failures` failed attempts per address in `window`.
    #[must_use]
    pub fn new(max_failures: u32, window: Duration) -> Self {
        Self {
            max_failures: max_failures.max(1),
            window,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Whether `addr` may try to sign in at `now`; `Err(wait)` says how long until it
    /// may (answer 429 with `Retry-After`).
    pub fn check(&self, addr: IpAddr, now: DateTime<Utc>) -> Result<(), Duration> {
        let seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match seen.get(&addr) {
            Some(f) if f.count >= self.max_failures && now < f.first + self.window => {
                Err(f.first + self.window - now)
            }
            _ => Ok(()),
        }
    }

    /// Counts a failed attempt and returns the failures of `addr` in the window;
    /// from the third on each is logged as a warning with the address masked.
    pub fn failed(&self, addr: IpAddr, now: DateTime<Utc>) -> u32 {
        let mut seen = self
            .seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if seen.len() >= MAX_TRACKED && !seen.contains_key(&addr) {
            let window = self.window;
            seen.retain(|_, f| now < f.first + window);
            if seen.len() >= MAX_TRACKED
                && let Some(oldest) = seen.iter().min_by_key(|(_, f)| f.first).map(|(a, _)| *a)
            {
                seen.remove(&oldest);
            }
        }
        let f = seen.entry(addr).or_insert(Failures {
            count: 0,
            first: now,
        });
        if now >= f.first + self.window {
            *f = Failures {
                count: 0,
                first: now,
            };
        }
        f.count += 1;
        let count = f.count;
        drop(seen);
        if count >= 3 {
            tracing::warn!(
                client = %mask(addr),
                failures = count,
                limit = self.max_failures,
                "repeated failed sign-ins"
            );
        }
        count
    }

    /// A successful sign-in clears the address's failures.
    pub fn succeeded(&self, addr: IpAddr) {
        self.seen
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(&addr);
    }
}

/// An address with its host part hidden: `203.0.113.x`, `2001:db8:0:0:x`.
#[must_use]
pub fn mask(addr: IpAddr) -> String {
    match addr {
        IpAddr::V4(a) => {
            let [a, b, c, _] = a.octets();
            format!("{a}.{b}.{c}.x")
        }
        IpAddr::V6(a) => {
            let s = a.segments();
            format!("{:x}:{:x}:{:x}:{:x}:x", s[0], s[1], s[2], s[3])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_after_the_limit_until_the_window_passes() {
        let l = SignInLimiter::new(3, Duration::minutes(10));
        let t: DateTime<Utc> = "2031-01-01T10:00:00Z".parse().unwrap();
        let a: IpAddr = "203.0.113.7".parse().unwrap();
        let b: IpAddr = "198.51.100.1".parse().unwrap();
        for i in 1..=3 {
            assert!(l.check(a, t).is_ok());
            assert_eq!(l.failed(a, t), i);
        }
        assert_eq!(
            l.check(a, t + Duration::minutes(4)),
            Err(Duration::minutes(6))
        );
        assert!(l.check(b, t).is_ok(), "another address is not affected");
        assert!(l.check(a, t + Duration::minutes(10)).is_ok());
        assert_eq!(l.failed(a, t + Duration::minutes(11)), 1, "a new window");
        l.succeeded(a);
        assert!(l.check(a, t + Duration::minutes(11)).is_ok());
        assert_eq!(mask(a), "203.0.113.x");
        assert_eq!(mask("2001:db8::1".parse().unwrap()), "2001:db8:0:0:x");
    }
}
