//! Everything Bella keeps: appointments, call sessions and call records, behind async
//! traits, on SQLite (the embedded default), Postgres and Redis.
//!
//! This is an I/O crate: it talks to databases and reads the time (to expire
//! sessions and stamp rows) from the injectable [`Clock`] of [`StoreConfig::clock`].
//! The main types are:
//!
//! - [`AppointmentStore`]: book with a conflict check, free slots, find by phone, cancel,
//!   reschedule, list; every mutation carries a [`RequestKey`] and is idempotent;
//! - [`SessionStore`]: dialog state by call id with a TTL and optimistic concurrency
//!   ([`Session::version`], [`StoreError::VersionConflict`]);
//! - [`CallRecordStore`]: call id, masked caller, outcome, turns, start and end;
//! - [`Stores`]: the three opened from URLs by [`Stores::connect`];
//! - [`StoreError`]: `SlotTaken`, `NotFound`, `VersionConflict`, `Unavailable`, ...
//!
//! ```no_run
//! # async fn demo() -> Result<(), bella_store::StoreError> {
//! use bella_store::{Stores, RequestKey};
//! let stores = Stores::connect("sqlite://bella.db", None).await?;
//! stores.ping().await?;
//! let v1 = stores.sessions.save("CA1", "{}", None, std::time::Duration::from_secs(3600)).await?;
//! let v2 = stores.sessions.save("CA1", "{\"step\":2}", Some(v1), std::time::Duration::from_secs(3600)).await?;
//! assert_eq!(v2, v1 + 1);
//! # let _ = RequestKey::for_turn("CA1", 3);
//! # Ok(()) }
//! ```
//!
//! # Backends
//!
//! | URL | appointments, records | sessions |
//! |---|---|---|
//! | `sqlite://PATH` (created if missing, its directories too), `sqlite::memory:` | [`SqliteStore`] | SQLite, or Redis if a Redis URL is given |
//! | `postgres://…` / `postgresql://…` | [`PgStore`] | Postgres, or Redis if given |
//! | `redis://…` (second URL) | — | [`RedisSessions`] |
//!
//! Migrations are embedded (`migrations/sqlite`, `migrations/postgres`, applied by
//! `sqlx::migrate!` at connect). Every operation runs under a deadline
//! ([`StoreConfig::op_timeout`]); an unreachable or slow backend is
//! [`StoreError::Unavailable`], never a panic, and an interrupted transaction rolls back.
//!
//! # Double booking
//!
//! - **SQLite**: `book` and `reschedule` run in one `BEGIN IMMEDIATE` transaction
//!   (request-key lookup, overlap check, write, request-key insert). Within a process
//!   every write goes through one writer task that owns the only writing connection
//!   and commits waiting writes together (group commit: a batch of session saves is
//!   one statement); reads use a pool of connections (WAL mode). Between processes
//!   the database file lock and a busy timeout serialise writers.
//! - **Postgres**: the exclusion constraint `EXCLUDE USING gist (resource WITH =,
//!   tstzrange(start_at, end_at, '[)') WITH &&) WHERE (status = 'booked')` makes an
//!   overlapping booked row on one resource impossible even from many servers; its
//!   SQLSTATE `23P01` becomes [`StoreError::SlotTaken`]. `btree_gist` (installed in
//!   `public` by migration 0002) gives the text column its GiST operator class.
//!
//! Both follow one keyed change (`change.rs`: request-key replay, the booking's checks,
//! the `SlotTaken` answer, cancel, move), one [`AppointmentStore`] (`shared_sql.rs`)
//! and one [`SessionStore`] (`session_rules.rs`, Redis too);
//! each backend gives only its statements and keeps its transaction and locking
//! (`docs/services.md`, "Storage").
//!
//! Overlaps are per resource (a person, room or bay; `''` is the business's only
//! one): the SQLite writer's check is too. Busy intervals come back with their
//! resource ([`AppointmentStore::busy_with_resources`]); the query plans are in
//! `docs/services.md`. A booking also updates the caller's [`Customer`] record,
//! which [`AppointmentStore::delete_customer`] erases; staff mark missed appointments
//! ([`AppointmentStore::set_no_show`]) and keep a note (`customers.rs`).
//!
//! # Schema
//!
//! Times are UTC: Unix seconds (`INTEGER`) in SQLite, `timestamptz` in Postgres;
//! session expiry is in Unix milliseconds in both. A range `[from, to)` means the same
//! on both for bounds inside a second ([`sql_time`]).
//!
//! ```text
//! appointments   id          INTEGER PK AUTOINCREMENT | BIGSERIAL PK
//!                name        TEXT      caller's name (personal data)
//!                phone       TEXT      E.164 (personal data)
//!                start_at    start instant        end_at  start + minutes
//!                minutes     INTEGER   length
//!                tz          TEXT      business zone, IANA name
//!                status      TEXT      'booked' | 'cancelled'
//!                service     TEXT      as the business names it, '' = default
//!                resource    TEXT      as the business names it, '' = the only one
//!                no_show     missed by the customer (marked by staff; 0006)
//!                no_show_at  when it was marked (0009)
//!                created_at, updated_at
//!                index (phone, start_at); SQLite: index (start_at, end_at) and
//!                (resource, start_at, end_at) WHERE booked;
//!                Postgres: EXCLUDE constraint appointments_no_overlap (above)
//! customers      phone       TEXT PK   E.164 (personal data)
//!                name        TEXT      of the latest booking (personal data)
//!                first_booking_at, last_booking_at, bookings, cancellations,
//!                no_shows (of the marked appointments), note (staff's, personal
//!                data: [`AppointmentStore::set_customer_note`]), updated_at
//! request_keys   key         TEXT PK   call id and turn
//!                op          TEXT      'book' | 'cancel' | 'reschedule'
//!                appointment_id        the appointment it touched
//!                result      TEXT      JSON of the appointment as first returned
//!                created_at
//! sessions       call_id     TEXT PK
//!                data        TEXT      dialog state, opaque JSON (personal data)
//!                version     BIGINT    bumped on each save
//!                expires_at  BIGINT    Unix ms; expired rows are ignored and replaced
//! call_records   call_id     TEXT PK
//!                caller_masked TEXT    '+1********42', never the full number
//!                started_at, ended_at, outcome TEXT, turns INTEGER
//!                channel     TEXT      'gather' | 'relay' | 'outbound_reminder' (0009)
//! idempotency_keys key TEXT PK, fingerprint (hash of the API request body), created_at
//! stats_call_hours   (hour, outcome) PK, calls     } hourly roll-ups kept by triggers
//! stats_turn_hours   (hour, latency_ms) PK, turns,  } in the writing transaction
//!                    llm_calls (latency_ms: bucket top) } (0009; see `manage/stats.rs`)
//! stats_failed_hours (hour, question) PK, failed   }
//! ```
//!
//! The management tables (notes, audit log, call turns: 0005) are described in
//! [`manage`].
//!
//! Redis sessions are hashes `{prefix}session:{call_id}` with fields `d` (data) and
//! `v` (version) and a millisecond TTL; saves are compare-and-set in one Lua script
//! (never WATCH/MULTI, which is unsafe on a multiplexed connection), over a
//! `ConnectionManager` that reconnects by itself.

mod change;
#[cfg(test)]
mod change_tests;
mod customers;
mod error;
pub mod manage;
mod model;
mod pools;
mod postgres;
mod postgres_change;
mod redis_sessions;
mod rows;
mod session_rules;
mod shared_sql;
mod side_pool;
pub mod slots;
pub mod sql_time;
mod sqlite;
mod sqlite_change;
mod sqlite_shared;
mod sqlite_writer;
mod tx_sql;

pub use customers::MAX_NOTE_CHARS;
pub use error::StoreError;
pub use manage::ManageStore;
pub use model::{
    AppointmentQuery, AppointmentStore, Busy, CallRecord, CallRecordStore, Customer, ERASED_NAME,
    MAX_KEY_LEN, MAX_LABEL_LEN, MAX_LIMIT, MAX_MINUTES, MAX_SESSION_BYTES, NewAppointment,
    RequestKey, Session, SessionStore,
};
pub use postgres::PgStore;
pub use redis_sessions::RedisSessions;
pub use side_pool::{SidePool, SidePoolError, claim_token};
pub use sqlite::SqliteStore;

use bella_clock::Clock;
use std::sync::Arc;
use std::time::Duration;

/// How to open the stores. [`StoreConfig::new`] gives the defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct StoreConfig {
    /// `sqlite://PATH`, `sqlite::memory:`, `postgres://…`.
    pub database_url: String,
    /// `redis://…` to keep sessions in Redis instead of the database.
    pub redis_url: Option<String>,
    /// Postgres only: the schema to use (created if missing; the search path is set on
    /// every connection). Letters, digits and `_`.
    pub pg_schema: Option<String>,
    /// Redis only: a prefix for every key (e.g. `bella:`).
    pub redis_prefix: String,
    /// The deadline of one store operation, including waiting for a connection.
    pub op_timeout: Duration,
    /// The largest connection pool (SQLite in memory always uses one connection).
    pub max_connections: u32,
    /// Where the stores read "now" (session expiry, row stamps): the system clock, or
    /// the adapter's clock so a test moves both at once. Redis expires keys on its own
    /// clock; Postgres's `updated_at` stamps use the server's `now()`.
    pub clock: Clock,
}

impl StoreConfig {
    /// Defaults: no Redis, no schema, prefix `bella:`, 5 s per operation, 10 connections,
    /// the system clock.
    #[must_use]
    pub fn new(database_url: &str) -> Self {
        Self {
            database_url: database_url.to_owned(),
            redis_url: None,
            pg_schema: None,
            redis_prefix: "bella:".to_owned(),
            op_timeout: Duration::from_secs(5),
            max_connections: 10,
            clock: Clock::system(),
        }
    }

    /// Keeps sessions in Redis at `url`.
    #[must_use]
    pub fn with_redis(mut self, url: Option<&str>) -> Self {
        self.redis_url = url.map(str::to_owned);
        self
    }

    /// Uses a Postgres schema (created if missing).
    #[must_use]
    pub fn with_pg_schema(mut self, schema: &str) -> Self {
        self.pg_schema = Some(schema.to_owned());
        self
    }

    /// Prefixes every Redis key.
    #[must_use]
    pub fn with_redis_prefix(mut self, prefix: &str) -> Self {
        prefix.clone_into(&mut self.redis_prefix);
        self
    }

    /// Sets the deadline of one operation.
    #[must_use]
    pub fn with_op_timeout(mut self, limit: Duration) -> Self {
        self.op_timeout = limit;
        self
    }

    /// Reads "now" from `clock` (tests pass a [`Clock::manual`]).
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Sets the largest connection pool.
    #[must_use]
    pub fn with_max_connections(mut self, n: u32) -> Self {
        self.max_connections = n.max(1);
        self
    }
}

/// The three stores a server holds, opened from URLs.
#[derive(Clone, Debug)]
pub struct Stores {
    /// Appointments.
    pub appointments: Arc<dyn AppointmentStore>,
    /// Dialog sessions.
    pub sessions: Arc<dyn SessionStore>,
    /// Call records.
    pub records: Arc<dyn CallRecordStore>,
}

impl Stores {
    /// Opens the database (and Redis, if given) and applies migrations.
    pub async fn connect(database_url: &str, redis_url: Option<&str>) -> Result<Self, StoreError> {
        Self::connect_with(&StoreConfig::new(database_url).with_redis(redis_url)).await
    }

    /// Opens the stores as configured and applies migrations.
    pub async fn connect_with(config: &StoreConfig) -> Result<Self, StoreError> {
        let url = config.database_url.as_str();
        let (appointments, mut sessions, records): (
            Arc<dyn AppointmentStore>,
            Arc<dyn SessionStore>,
            Arc<dyn CallRecordStore>,
        ) = if url.starts_with("sqlite:") {
            let s = Arc::new(SqliteStore::connect(config).await?);
            (s.clone(), s.clone(), s)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let s = Arc::new(PgStore::connect(config).await?);
            (s.clone(), s.clone(), s)
        } else {
            return Err(StoreError::Invalid(
                "database url must start with sqlite:, postgres:// or postgresql://".into(),
            ));
        };
        if let Some(redis_url) = &config.redis_url {
            sessions = Arc::new(RedisSessions::connect(redis_url, config).await?);
        }
        Ok(Self {
            appointments,
            sessions,
            records,
        })
    }

    /// Checks every backend answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.appointments.ping().await?;
        self.sessions.ping().await?;
        self.records.ping().await
    }
}
