//! The push worker: claims changed appointments from `calendar_sync` and writes them
//! to their resource's CalDAV calendar (PUT while booked, DELETE once cancelled or
//! moved to another resource), retrying failures with exponential backoff.
//!
//! Fleet-safe like `bella_notify`'s outbox: a claim is one `UPDATE` (on Postgres over
//! `FOR UPDATE SKIP LOCKED`) with a lease and a fencing token, so two servers never
//! push the same version, and a server that dies mid-push leaves the row to be taken
//! again when its lease ends. A version is recorded as pushed only after the server
//! said yes; a change made meanwhile bumps the version and is pushed next round. A
//! CalDAV server that is down only leaves rows due: bookings never wait on it.

use crate::caldav::{CalDav, CalDavError};
use crate::config::CalendarConfig;
use crate::db::{CalendarDb, CalendarError, Pushed, SyncJob};
use crate::ics::{self, Style};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// How long a claim holds a row.
pub const LEASE: Duration = Duration::seconds(60);
/// The longest wait between retries.
pub const MAX_BACKOFF: Duration = Duration::minutes(10);

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Events written or deleted.
    pub pushed: usize,
    /// Rows with nothing to send (no calendar for the resource).
    pub skipped: usize,
    /// Rows that failed and wait for a retry.
    pub failed: usize,
    /// Rows whose claim was lost before recording (another server took them).
    pub lost: usize,
}

/// The wait before retry number `attempts + 1`: 5 s, 10 s, 20 s, ... up to
/// [`MAX_BACKOFF`].
#[must_use]
pub fn backoff(attempts: i32) -> Duration {
    let exp = u32::try_from(attempts.clamp(0, 16)).unwrap_or(16);
    (Duration::seconds(5) * 2i32.pow(exp)).min(MAX_BACKOFF)
}

/// Pushes appointment changes to CalDAV calendars.
#[derive(Clone, Debug)]
pub struct Pusher {
    db: CalendarDb,
    clients: HashMap<String, CalDav>,
    uid_domain: String,
    include_phone: bool,
}

impl Pusher {
    /// A worker over the calendar tables and the calendars of `cfg`.
    #[must_use]
    pub fn new(db: CalendarDb, cfg: &CalendarConfig, http: &reqwest::Client) -> Self {
        Self {
            db,
            clients: cfg
                .targets
                .iter()
                .map(|t| (t.resource.clone(), CalDav::new(t.clone(), http.clone())))
                .collect(),
            uid_domain: cfg.uid_domain.clone(),
            include_phone: cfg.caldav_include_phone,
        }
    }

    /// Claims and pushes up to `limit` due rows at `now`.
    pub async fn round(&self, now: DateTime<Utc>, limit: i64) -> Result<Round, CalendarError> {
        let mut round = Round::default();
        for job in self.db.claim(now, LEASE, limit).await? {
            match self.push(&job).await {
                Ok(None) => {
                    round.skipped += 1;
                    if !self.db.pushed(&job, &Pushed::default()).await? {
                        round.lost += 1;
                    }
                }
                Ok(Some(out)) => {
                    if self.db.pushed(&job, &out).await? {
                        round.pushed += 1;
                        metrics::counter!("bella_calendar_push_total", "result" => "ok")
                            .increment(1);
                    } else {
                        round.lost += 1;
                    }
                }
                Err(e) => {
                    round.failed += 1;
                    metrics::counter!("bella_calendar_push_total", "result" => e.label())
                        .increment(1);
                    tracing::warn!(
                        appointment = job.event.id,
                        attempts = job.attempts + 1,
                        error = %e,
                        "calendar push failed; will retry"
                    );
                    let retry = Utc::now() + backoff(job.attempts);
                    if !self.db.failed(&job, e.label(), retry).await? {
                        round.lost += 1;
                    }
                }
            }
        }
        Ok(round)
    }

    /// Sends one job: `Ok(None)` when no calendar is involved.
    async fn push(&self, job: &SyncJob) -> Result<Option<Pushed>, CalDavError> {
        let ev = &job.event;
        let booked = ev.status == "booked";
        let target = self.clients.get(&ev.resource);
        let mut out = Pushed {
            href: job.href.clone(),
            etag: job.etag.clone(),
            resource: job.pushed_resource.clone(),
        };
        // Leave the old calendar when cancelled, or moved to another resource.
        if let (Some(old), Some(href)) = (job.pushed_resource.as_deref(), job.href.as_deref())
            && (!booked || old != ev.resource)
        {
            if let Some(c) = self.clients.get(old) {
                c.delete(href, job.etag.as_deref()).await?;
            }
            out = Pushed::default();
        }
        let Some(client) = target.filter(|_| booked) else {
            return Ok((out != Pushed::default() || job.href.is_some()).then_some(out));
        };
        let body = ics::single(
            ev,
            Style {
                uid_domain: &self.uid_domain,
                include_phone: self.include_phone,
            },
        );
        let stored = client
            .put(
                &ics::uid(ev.id, &self.uid_domain),
                &body,
                out.etag.as_deref(),
            )
            .await?;
        Ok(Some(Pushed {
            href: Some(stored.href),
            etag: stored.etag,
            resource: Some(ev.resource.clone()),
        }))
    }

    /// Rounds until nothing is due (or `max_rounds`), for tests and `catch up now`.
    pub async fn drain(&self, max_rounds: usize) -> Result<Round, CalendarError> {
        let mut total = Round::default();
        for _ in 0..max_rounds {
            let r = self.round(Utc::now(), 32).await?;
            total.pushed += r.pushed;
            total.skipped += r.skipped;
            total.failed += r.failed;
            total.lost += r.lost;
            if r == Round::default() || r.failed > 0 {
                break;
            }
        }
        Ok(total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_caps() {
        assert_eq!(backoff(0), Duration::seconds(5));
        assert_eq!(backoff(1), Duration::seconds(10));
        assert_eq!(backoff(3), Duration::seconds(40));
        assert_eq!(backoff(30), MAX_BACKOFF);
        assert_eq!(backoff(-1), Duration::seconds(5));
    }
}
