//! A write-through cache of call sessions in front of the session store.
//!
//! Every save still goes to the store first (with its version check), so a restart or
//! another server loses nothing; the cache only spares the read at the start of the
//! next webhook of a call this process answered last. It is never trusted blindly:
//!
//! - a webhook for a later turn than the cached one means another server moved the
//!   call on: the handler reads the store again ([`SessionCache::forget`]);
//! - a save that meets a version conflict (another server, or a duplicate request)
//!   reads the store again, and the cache takes what it finds;
//! - entries expire with the session TTL, and the cache holds at most `capacity`
//!   calls (when full, the oldest half is dropped).

use crate::session::CallSession;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

struct Entry {
    session: CallSession,
    version: u64,
    stored_at: Instant,
}

/// Recently saved sessions by call id, with the version each was saved as.
pub struct SessionCache {
    entries: Mutex<HashMap<String, Entry>>,
    capacity: usize,
    ttl: Duration,
}

impl fmt::Debug for SessionCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionCache")
            .field("len", &self.len())
            .field("capacity", &self.capacity)
            .finish()
    }
}

impl SessionCache {
    /// A cache of at most `capacity` calls whose entries live `ttl`. A capacity of 0
    /// turns it off.
    #[must_use]
    pub fn new(capacity: usize, ttl: Duration) -> Self {
        Self {
            entries: Mutex::new(HashMap::new()),
            capacity,
            ttl,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The cached session of a call and its version, if fresh at `now` (the driver's
    /// [`crate::Clock::instant`], so a test that moves the clock ages the cache too).
    #[must_use]
    pub fn get(&self, call_id: &str, now: Instant) -> Option<(CallSession, u64)> {
        let mut map = self.lock();
        match map.get(call_id) {
            Some(e) if now.saturating_duration_since(e.stored_at) < self.ttl => {
                Some((e.session.clone(), e.version))
            }
            Some(_) => {
                map.remove(call_id);
                None
            }
            None => None,
        }
    }

    /// Remembers what was just saved (or read) from the store, at `now`.
    pub fn put(&self, call_id: &str, session: &CallSession, version: u64, now: Instant) {
        if self.capacity == 0 {
            return;
        }
        let mut map = self.lock();
        if map.len() >= self.capacity && !map.contains_key(call_id) {
            let mut ages: Vec<(Instant, String)> =
                map.iter().map(|(k, e)| (e.stored_at, k.clone())).collect();
            ages.sort_unstable();
            for (_, k) in ages.into_iter().take(self.capacity.div_ceil(2)) {
                map.remove(&k);
            }
        }
        map.insert(
            call_id.to_owned(),
            Entry {
                session: session.clone(),
                version,
                stored_at: now,
            },
        );
    }

    /// Drops a call (it ended, or the entry may be stale).
    pub fn forget(&self, call_id: &str) {
        self.lock().remove(call_id);
    }

    /// Calls cached now.
    #[must_use]
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// True when nothing is cached.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(turn: u32) -> CallSession {
        let mut s = CallSession::new(chrono::DateTime::UNIX_EPOCH);
        s.next_turn = turn;
        s.agent_turns = turn;
        s
    }

    #[test]
    fn put_get_forget_and_capacity() {
        let t0 = Instant::now();
        let at = |s: u64| t0 + Duration::from_secs(s);
        let c = SessionCache::new(4, Duration::from_secs(60));
        for i in 0..4 {
            c.put(&format!("CA{i}"), &session(i), u64::from(i), at(i.into()));
        }
        assert_eq!(
            c.get("CA2", at(5)).map(|(s, v)| (s.next_turn, v)),
            Some((2, 2))
        );
        c.put("CA9", &session(9), 9, at(9));
        assert!(c.len() <= 3, "{}", c.len());
        assert!(c.get("CA9", at(10)).is_some());
        assert!(c.get("CA0", at(10)).is_none(), "the oldest goes first");
        assert!(c.get("CA9", at(69)).is_none(), "an entry lives the TTL");
        c.put("CA9", &session(9), 9, at(9));
        c.forget("CA9");
        assert!(c.get("CA9", at(10)).is_none());
        let off = SessionCache::new(0, Duration::from_secs(60));
        off.put("CA1", &session(1), 1, t0);
        assert!(off.is_empty());
        let expired = SessionCache::new(4, Duration::ZERO);
        expired.put("CA1", &session(1), 1, t0);
        assert!(expired.get("CA1", t0).is_none());
    }
}
