//! Busy times pulled from each resource's CalDAV calendar, cached, and shown to
//! availability through [`BusyOverlay`], a decorator of the appointment store.
//!
//! The cache never makes a caller wait: a read returns what is cached and, when
//! that is older than the TTL (or does not cover the asked range), starts one
//! refresh in the background. A failed refresh keeps the last good events and
//! records the error ([`BusyCache::status`], shown in `/readyz` and `/metrics`).
//! Bella's own events (UID `bella-{id}@{uid_domain}`) are not busy time: they are
//! the appointments themselves.

use crate::caldav::{CalDav, ExternalEvent};
use crate::config::{CalendarConfig, slug};
use crate::ics;
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, PhoneNumber};
use bella_store::{
    AppointmentQuery, AppointmentStore, Busy, Customer, NewAppointment, RequestKey, StoreError,
};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::time::Instant;

/// How far ahead a refresh reads at least (the booking horizon plus a margin).
pub const DEFAULT_HORIZON: Duration = Duration::days(62);

#[derive(Debug, Default)]
struct Entry {
    events: Arc<Vec<ExternalEvent>>,
    window: Option<(DateTime<Utc>, DateTime<Utc>)>,
    fetched: Option<Instant>,
    last_error: Option<String>,
    refreshing: bool,
}

/// One calendar's state, as `/readyz` and `/metrics` show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceStatus {
    /// The resource.
    pub resource: String,
    /// Whether the last refresh worked (or none has been tried yet).
    pub ok: bool,
    /// Events cached.
    pub events: usize,
    /// Seconds since the last good refresh (`None`: never).
    pub age_secs: Option<u64>,
    /// The last refresh's error, if it failed.
    pub last_error: Option<String>,
}

/// Pulled busy times per resource.
#[derive(Debug)]
pub struct BusyCache {
    clients: Vec<CalDav>,
    ttl: std::time::Duration,
    horizon: Duration,
    tz: chrono_tz::Tz,
    uid_domain: String,
    entries: Mutex<HashMap<String, Entry>>,
}

impl BusyCache {
    /// A cold cache over the calendars of `cfg` (`tz`: the business's zone, for
    /// all-day and floating times).
    #[must_use]
    pub fn new(cfg: &CalendarConfig, http: &reqwest::Client, tz: chrono_tz::Tz) -> Arc<Self> {
        Arc::new(Self {
            clients: cfg
                .targets
                .iter()
                .map(|t| CalDav::new(t.clone(), http.clone()))
                .collect(),
            ttl: cfg.busy_ttl,
            horizon: DEFAULT_HORIZON,
            tz,
            uid_domain: cfg.uid_domain.clone(),
            entries: Mutex::new(HashMap::new()),
        })
    }

    /// Whether any resource syncs.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.clients.is_empty()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Cached busy events of every resource overlapping `[from, to)`, with their
    /// resource. Never waits: stale or too-short entries are refreshed in the
    /// background (at most one refresh per resource at a time).
    pub fn busy(
        self: &Arc<Self>,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Vec<(String, ExternalEvent)> {
        let mut out = Vec::new();
        let mut stale = Vec::new();
        {
            let mut entries = self.lock();
            for c in &self.clients {
                let r = &c.target().resource;
                let e = entries.entry(r.clone()).or_default();
                let covers = e.window.is_some_and(|(a, b)| a <= from && to <= b);
                let fresh = e.fetched.is_some_and(|t| t.elapsed() < self.ttl);
                if (!covers || !fresh) && !e.refreshing {
                    e.refreshing = true;
                    stale.push(r.clone());
                }
                out.extend(
                    e.events
                        .iter()
                        .filter(|ev| ev.start < to && ev.end > from)
                        .map(|ev| (r.clone(), ev.clone())),
                );
            }
        }
        for r in stale {
            let me = self.clone();
            tokio::spawn(async move { me.refresh(&r, from, to).await });
        }
        out
    }

    /// Reads one resource's calendar for `[from, to)` widened to the horizon, and
    /// replaces its entry; on failure keeps the events it had.
    pub async fn refresh(&self, resource: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        let Some(client) = self
            .clients
            .iter()
            .find(|c| c.target().resource == resource)
        else {
            return false;
        };
        let lo = from - Duration::days(1);
        let hi = to.max(from + self.horizon);
        let label = slug(resource);
        let result = client.events(lo, hi, self.tz).await;
        let mut entries = self.lock();
        let e = entries.entry(resource.to_owned()).or_default();
        e.refreshing = false;
        match result {
            Ok(events) => {
                let theirs: Vec<ExternalEvent> = events
                    .into_iter()
                    .filter(|ev| ics::own_id(&ev.uid, &self.uid_domain).is_none())
                    .collect();
                e.events = Arc::new(theirs);
                e.window = Some((lo, hi));
                e.fetched = Some(Instant::now());
                e.last_error = None;
                metrics::gauge!("bella_calendar_pull_ok", "resource" => label).set(1.0);
                true
            }
            Err(err) => {
                tracing::warn!(resource = label.as_str(), error = %err, "calendar busy-time refresh failed; keeping the last good one");
                e.last_error = Some(err.to_string());
                metrics::counter!("bella_calendar_pull_errors_total", "resource" => label.clone())
                    .increment(1);
                metrics::gauge!("bella_calendar_pull_ok", "resource" => label).set(0.0);
                false
            }
        }
    }

    /// Refreshes every calendar now, from `from` over the horizon (at start, and by
    /// the background loop). Returns how many succeeded.
    pub async fn refresh_all(&self, from: DateTime<Utc>) -> usize {
        let mut ok = 0;
        for c in &self.clients {
            let r = c.target().resource.clone();
            ok += usize::from(self.refresh(&r, from, from + self.horizon).await);
        }
        ok
    }

    /// Every calendar's state.
    #[must_use]
    pub fn status(&self) -> Vec<SourceStatus> {
        let entries = self.lock();
        self.clients
            .iter()
            .map(|c| {
                let r = &c.target().resource;
                let e = entries.get(r);
                SourceStatus {
                    resource: r.clone(),
                    ok: e.is_none_or(|e| e.last_error.is_none()),
                    events: e.map_or(0, |e| e.events.len()),
                    age_secs: e.and_then(|e| e.fetched).map(|t| t.elapsed().as_secs()),
                    last_error: e.and_then(|e| e.last_error.clone()),
                }
            })
            .collect()
    }

    fn overlaps(self: &Arc<Self>, resource: &str, from: DateTime<Utc>, to: DateTime<Utc>) -> bool {
        self.busy(from, to).iter().any(|(r, _)| r == resource)
    }
}

/// The appointment store with pulled busy times added to its busy intervals (so the
/// engine offers none of them) and to its conflict check (so a booking into one is
/// [`StoreError::SlotTaken`], as if another caller had taken it).
#[derive(Debug)]
pub struct BusyOverlay {
    inner: Arc<dyn AppointmentStore>,
    cache: Arc<BusyCache>,
}

impl BusyOverlay {
    /// Wraps a store.
    #[must_use]
    pub fn new(inner: Arc<dyn AppointmentStore>, cache: Arc<BusyCache>) -> Self {
        Self { inner, cache }
    }

    fn external(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Busy> {
        self.cache
            .busy(from, to)
            .into_iter()
            .map(|(r, ev)| Busy {
                start: ev.start,
                end: ev.end,
                resource: (!r.is_empty()).then_some(r),
            })
            .collect()
    }
}

fn merged(mut a: Vec<Busy>, b: Vec<Busy>) -> Vec<Busy> {
    a.extend(b);
    a.sort_by_key(|x| (x.start, x.end));
    a
}

#[async_trait]
impl AppointmentStore for BusyOverlay {
    async fn book(&self, new: NewAppointment, key: &RequestKey) -> Result<Appointment, StoreError> {
        let end = new.start + Duration::minutes(i64::from(new.minutes));
        let resource = new.resource.clone().unwrap_or_default();
        if self.cache.overlaps(&resource, new.start, end) {
            return Err(StoreError::SlotTaken);
        }
        self.inner.book(new, key).await
    }

    async fn busy_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, StoreError> {
        let mut own = self.inner.busy_between(from, to).await?;
        own.extend(
            self.external(from, to)
                .into_iter()
                .map(|b| (b.start, b.end)),
        );
        own.sort();
        Ok(own)
    }

    async fn busy_with_resources(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Busy>, StoreError> {
        let own = self.inner.busy_with_resources(from, to).await?;
        Ok(merged(own, self.external(from, to)))
    }

    async fn customer(&self, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
        self.inner.customer(phone).await
    }

    async fn delete_customer(&self, phone: &PhoneNumber) -> Result<bool, StoreError> {
        self.inner.delete_customer(phone).await
    }

    async fn find_by_phone(
        &self,
        phone: &PhoneNumber,
        from: DateTime<Utc>,
    ) -> Result<Vec<Appointment>, StoreError> {
        self.inner.find_by_phone(phone, from).await
    }

    async fn get(&self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        self.inner.get(id).await
    }

    async fn cancel(&self, id: AppointmentId, key: &RequestKey) -> Result<Appointment, StoreError> {
        self.inner.cancel(id, key).await
    }

    async fn reschedule_to(
        &self,
        id: AppointmentId,
        new_start: DateTime<Utc>,
        resource: Option<&str>,
        key: &RequestKey,
    ) -> Result<Appointment, StoreError> {
        if let Some(a) = self.inner.get(id).await? {
            let end = new_start + Duration::minutes(i64::from(a.minutes));
            // The calendar of the person it goes to (its own unless another is named).
            let on = resource.map_or_else(|| a.resource.unwrap_or_default(), str::to_owned);
            if self.cache.overlaps(on.trim(), new_start, end) {
                return Err(StoreError::SlotTaken);
            }
        }
        self.inner.reschedule_to(id, new_start, resource, key).await
    }

    async fn list(&self, query: &AppointmentQuery) -> Result<Vec<Appointment>, StoreError> {
        self.inner.list(query).await
    }

    async fn purge_request_keys(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        self.inner.purge_request_keys(before).await
    }

    async fn set_no_show(&self, id: AppointmentId, missed: bool) -> Result<bool, StoreError> {
        self.inner.set_no_show(id, missed).await
    }

    async fn set_customer_note(
        &self,
        phone: &PhoneNumber,
        note: Option<&str>,
    ) -> Result<bool, StoreError> {
        self.inner.set_customer_note(phone, note).await
    }

    fn manage(&self) -> Option<&dyn bella_store::ManageStore> {
        self.inner.manage()
    }

    async fn ping(&self) -> Result<(), StoreError> {
        self.inner.ping().await
    }

    fn as_sqlite(&self) -> Option<&bella_store::SqliteStore> {
        self.inner.as_sqlite()
    }
}
