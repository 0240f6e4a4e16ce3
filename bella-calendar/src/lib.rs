//! Calendars (issue 13): an ICS subscription feed per resource and two-way CalDAV sync.
//!
//! This is an I/O crate (SQL to the store's database, HTTP to CalDAV servers). The
//! parts:
//!
//! - [`config`]: the calendar keys of the business TOML (`[calendar]` and each
//!   resource's `caldav_url`, `caldav_user_env`, `caldav_password_env`, `caldav_oauth`);
//! - [`db`]: feed tokens (random, stored as SHA-256), the feed's rows, and the push
//!   state (`calendar_sync`, filled by triggers in the booking's own transaction);
//! - [`ics`]: the iCalendar text of a feed or of one event (the `icalendar` crate);
//! - [`caldav`]: a small CalDAV client: `PUT`/`DELETE` with `If-Match`, time-range
//!   `REPORT`, Basic auth or OAuth ([`oauth`], refreshed before expiry);
//! - [`push`]: the fleet-safe worker that sends changes (lease + `SKIP LOCKED`);
//! - [`pull`]: busy times read from each calendar, cached, and the
//!   [`pull::BusyOverlay`] store decorator that makes availability see them;
//! - [`Calendars`]: all of it for one server.
//!
//! The design is in `docs/calendar.md`.

pub mod caldav;
pub mod config;
pub mod db;
pub mod ics;
pub mod oauth;
pub mod pull;
pub mod push;
pub mod service;

pub use config::{CaldavTarget, CalendarConfig, slug};
pub use db::{CalendarDb, CalendarError, FeedToken};
pub use service::Calendars;
