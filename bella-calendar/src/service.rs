//! [`Calendars`]: the feed, the push worker and the busy-time cache of one server.

use crate::caldav::ExternalEvent;
use crate::config::{CalendarConfig, slug};
use crate::db::{CalendarDb, CalendarError};
use crate::ics::{self, Style};
use crate::pull::{BusyCache, BusyOverlay, SourceStatus};
use crate::push::Pusher;
use bella_store::AppointmentStore;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// The feed of every resource.
pub const ALL_FEED: &str = "all";

/// A rendered feed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Feed {
    /// The iCalendar text.
    pub body: String,
    /// Its strong ETag (quoted SHA-256 of the body).
    pub etag: String,
}

/// Why a feed is not served.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FeedError {
    /// No such feed (not a resource slug nor `all`).
    #[error("no such calendar feed")]
    UnknownFeed,
    /// The token is missing, wrong or revoked.
    #[error("a valid ?token= is required")]
    BadToken,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] CalendarError),
}

/// An external event overlapping a Bella booking (never resolved silently).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The resource.
    pub resource: String,
    /// The booking.
    pub appointment_id: i64,
    /// Its start and end, RFC 3339.
    pub appointment_start: String,
    /// End.
    pub appointment_end: String,
    /// The external event's UID.
    pub event_uid: String,
    /// Its start, RFC 3339.
    pub event_start: String,
    /// Its end.
    pub event_end: String,
}

/// Everything calendar of one server. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Calendars {
    /// The calendar tables.
    pub db: CalendarDb,
    /// The configuration.
    pub config: Arc<CalendarConfig>,
    /// Pulled busy times.
    pub cache: Arc<BusyCache>,
    /// The push worker.
    pub pusher: Pusher,
}

/// The URL of a feed under the server's public base URL.
#[must_use]
pub fn feed_url(public_base: &str, feed: &str, token: &str) -> String {
    format!(
        "{}/calendar/{feed}.ics?token={token}",
        public_base.trim_end_matches('/')
    )
}

/// The HTTP client for CalDAV and OAuth: bounded waits, so a hung server costs a
/// worker round, never a call.
#[must_use]
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(std::time::Duration::from_secs(3))
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .unwrap_or_default()
}

impl Calendars {
    /// Opens the calendar tables of the store's database (already migrated by the
    /// store) for `config`; `tz` is the business's zone.
    pub async fn open(
        database_url: &str,
        pg_schema: Option<&str>,
        config: CalendarConfig,
        tz: chrono_tz::Tz,
    ) -> Result<Self, CalendarError> {
        let db = CalendarDb::connect(database_url, pg_schema).await?;
        let http = http_client();
        let cache = BusyCache::new(&config, &http, tz);
        let pusher = Pusher::new(db.clone(), &config, &http);
        Ok(Self {
            db,
            config: Arc::new(config),
            cache,
            pusher,
        })
    }

    /// `store` with pulled busy times added (itself when no resource syncs).
    #[must_use]
    pub fn overlay(&self, store: Arc<dyn AppointmentStore>) -> Arc<dyn AppointmentStore> {
        if self.cache.is_empty() {
            store
        } else {
            Arc::new(BusyOverlay::new(store, self.cache.clone()))
        }
    }

    /// Starts the background loops: the push worker (every `poll`) and the busy-time
    /// refresh (every TTL). Returns at once; the tasks run until the runtime ends.
    pub fn spawn(&self, poll: std::time::Duration) {
        if self.config.targets.is_empty() {
            return;
        }
        let pusher = self.pusher.clone();
        let db = self.db.clone();
        tokio::spawn(async move {
            loop {
                match pusher.round(Utc::now(), 32).await {
                    Ok(r) if r.pushed + r.skipped > 0 => continue,
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "calendar push round failed"),
                }
                if let Ok(n) = db.backlog().await {
                    metrics::gauge!("bella_calendar_push_backlog").set(n as f64);
                }
                tokio::time::sleep(poll).await;
            }
        });
        let me = self.clone();
        tokio::spawn(async move {
            loop {
                me.cache.refresh_all(Utc::now()).await;
                match me.conflicts(Utc::now()).await {
                    Ok(c) => metrics::gauge!("bella_calendar_conflicts").set(c.len() as f64),
                    Err(e) => tracing::warn!(error = %e, "calendar conflict check failed"),
                }
                tokio::time::sleep(me.config.busy_ttl).await;
            }
        });
    }

    /// The feed named `file` (`front-desk.ics`, `all.ics`) for `token` at `now`:
    /// [`Calendars::access`] then [`Calendars::render`].
    pub async fn feed(
        &self,
        file: &str,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Feed, FeedError> {
        let (name, include_phone) = self.access(file, token).await?;
        self.render(&name, include_phone, now).await
    }

    /// Checks `token` for the feed named `file`: the feed's name and whether its
    /// token shows phone numbers. An unknown feed is refused before the token is
    /// looked at.
    pub async fn access(&self, file: &str, token: &str) -> Result<(String, bool), FeedError> {
        let name = file.strip_suffix(".ics").ok_or(FeedError::UnknownFeed)?;
        if !self.is_feed(name) {
            return Err(FeedError::UnknownFeed);
        }
        if token.is_empty() {
            return Err(FeedError::BadToken);
        }
        let include_phone = self
            .db
            .check_token(name, token)
            .await?
            .ok_or(FeedError::BadToken)?;
        Ok((name.to_owned(), include_phone))
    }

    /// The feed `name` (a resource slug or `all`) at `now`, with its ETag.
    pub async fn render(
        &self,
        name: &str,
        include_phone: bool,
        now: DateTime<Utc>,
    ) -> Result<Feed, FeedError> {
        let resource = if name == ALL_FEED {
            None
        } else {
            Some(
                self.config
                    .resource_of_slug(name)
                    .ok_or(FeedError::UnknownFeed)?,
            )
        };
        let rows = self.db.feed_rows(resource, now).await?;
        let title = match resource {
            None | Some("") => self.config.business.clone(),
            Some(r) => format!("{} - {r}", self.config.business),
        };
        let body = ics::feed(
            &title,
            &rows,
            Style {
                uid_domain: &self.config.uid_domain,
                include_phone,
            },
        );
        let hash: String = Sha256::digest(body.as_bytes())
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(Feed {
            body,
            etag: format!("\"{hash}\""),
        })
    }

    /// Whether `feed` names a feed (`all` or a resource slug).
    #[must_use]
    pub fn is_feed(&self, feed: &str) -> bool {
        feed == ALL_FEED || self.config.resource_of_slug(feed).is_some()
    }

    /// The feed slug of a resource name given by a person ("Front desk", "all").
    #[must_use]
    pub fn feed_of(&self, resource: &str) -> Option<String> {
        let s = slug(resource);
        self.is_feed(&s).then_some(s)
    }

    /// External events (cached) overlapping Bella bookings from `now` on.
    pub async fn conflicts(&self, now: DateTime<Utc>) -> Result<Vec<Conflict>, CalendarError> {
        let to = now + crate::pull::DEFAULT_HORIZON;
        let external = self.cache.busy(now, to);
        if external.is_empty() {
            return Ok(Vec::new());
        }
        let booked = self.db.booked_between(now - Duration::days(1), to).await?;
        let mut out = Vec::new();
        for (resource, ev) in &external {
            for b in booked.iter().filter(|b| &b.resource == resource) {
                if overlaps(ev, b.start, b.end) {
                    out.push(Conflict {
                        resource: resource.clone(),
                        appointment_id: b.id,
                        appointment_start: b.start.to_rfc3339(),
                        appointment_end: b.end.to_rfc3339(),
                        event_uid: ev.uid.clone(),
                        event_start: ev.start.to_rfc3339(),
                        event_end: ev.end.to_rfc3339(),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Every calendar's pull state (for `/readyz` detail).
    #[must_use]
    pub fn status(&self) -> Vec<SourceStatus> {
        self.cache.status()
    }
}

fn overlaps(ev: &ExternalEvent, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
    ev.start < end && ev.end > start
}
