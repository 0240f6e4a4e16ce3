//! Test support shared by Bella's crates (a dev-dependency only, never published).
//!
//! What every crate's integration tests needed and wrote out again:
//! - [`service_url`]: a real service's URL from the environment, or a visible
//!   `SKIPPED` line when it is unset, and a failure instead with
//!   `BELLA_TEST_REQUIRE_SERVICES=1` (CI sets it, so nothing skips silently there);
//! - [`unique`]: a name unique to the process and call, for schemas, key prefixes
//!   and files;
//! - [`PgSchema`]: a Postgres schema dropped (with everything in it) when the guard
//!   drops, even while a test unwinds;
//! - [`TempDir`]: a directory in the temp dir removed on drop, with the SQLite URL of
//!   a database inside it;
//! - [`cleanup_blocking`]: async cleanup run from `Drop`, inside or outside a runtime;
//! - [`appointment`]: a booking request from a name, a number and a start.

use bella_core::{PersonName, PhoneNumber};
use bella_store::NewAppointment;
use chrono::{DateTime, Utc};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable naming the test Postgres (`postgres://…/db`).
pub const POSTGRES: &str = "BELLA_TEST_POSTGRES_URL";
/// The variable naming the test Redis (`redis://…/n`).
pub const REDIS: &str = "BELLA_TEST_REDIS_URL";
/// The variable naming the test CalDAV collection (Radicale).
pub const CALDAV: &str = "BELLA_TEST_CALDAV_URL";

/// Whether a missing service fails the test (`BELLA_TEST_REQUIRE_SERVICES=1`).
#[must_use]
pub fn services_required() -> bool {
    std::env::var("BELLA_TEST_REQUIRE_SERVICES").as_deref() == Ok("1")
}

/// The URL of a real service in `var`, or `None` after a visible `SKIPPED: {test}`
/// line on stderr when it is unset or blank.
///
/// # Panics
/// When the URL is missing and `BELLA_TEST_REQUIRE_SERVICES=1`.
#[must_use]
pub fn service_url(var: &str, test: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                !services_required(),
                "{test}: {var} is not set but BELLA_TEST_REQUIRE_SERVICES=1"
            );
            // Straight to the stderr handle: libtest's capture only swallows print macros.
            let _ = writeln!(std::io::stderr(), "SKIPPED: {test}: set {var} to run it");
            None
        }
    }
}

/// The Postgres and Redis URLs a test needs together, or `None` after SKIPPED (see
/// [`service_url`]; both are asked for, so both missing ones are named).
#[must_use]
pub fn pg_and_redis(test: &str) -> Option<(String, String)> {
    let pg = service_url(POSTGRES, test);
    let redis = service_url(REDIS, test);
    pg.zip(redis)
}

/// A name unique to this process and call: `bella_test_{tag}_{pid}_{n}_{nanos}`,
/// letters, digits and `_` when `tag` is, so usable as a schema name or key prefix.
#[must_use]
pub fn unique(tag: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("bella_test_{tag}_{}_{n}_{nanos}", std::process::id())
}

/// Runs async cleanup on a thread and runtime of its own and waits for it, so it
/// works from `Drop` inside a test's runtime and even while the test is unwinding.
pub fn cleanup_blocking<F, Fut>(f: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()>,
{
    let _ = std::thread::spawn(move || {
        if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        {
            rt.block_on(f());
        }
    })
    .join();
}

/// A Postgres schema of a test's own, dropped with everything in it on drop.
#[derive(Debug)]
pub struct PgSchema {
    /// The server's URL (without the schema).
    pub url: String,
    /// The schema's name ([`unique`]).
    pub schema: String,
}

impl PgSchema {
    /// A fresh schema name on the server at `url` (the store creates the schema when
    /// it opens with it).
    #[must_use]
    pub fn new(url: &str, tag: &str) -> Self {
        Self {
            url: url.to_owned(),
            schema: unique(tag),
        }
    }
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        let (url, schema) = (self.url.clone(), self.schema.clone());
        cleanup_blocking(move || async move {
            use sqlx::Connection as _;
            if let Ok(mut conn) = sqlx::PgConnection::connect(&url).await {
                let sql = format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
                let _ = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut conn)
                    .await;
                let _ = conn.close().await;
            }
        });
    }
}

/// A directory of a test's own in the temp dir, removed with its contents on drop.
#[derive(Debug)]
pub struct TempDir {
    path: PathBuf,
}

impl TempDir {
    /// Creates `{temp}/{unique(tag)}`.
    ///
    /// # Panics
    /// When the directory cannot be created.
    #[must_use]
    pub fn new(tag: &str) -> Self {
        let path = std::env::temp_dir().join(unique(tag));
        std::fs::create_dir_all(&path).expect("create a test directory");
        Self { path }
    }

    /// The directory.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A path inside the directory.
    #[must_use]
    pub fn join(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }

    /// `sqlite://{dir}/bella.db`: a database file of the test's own.
    #[must_use]
    pub fn sqlite_url(&self) -> String {
        format!("sqlite://{}", self.join("bella.db").display())
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A booking request in English for `name` at `phone` (E.164), `minutes` long from
/// `start`, in zone `tz`, with no service or resource; set other fields with
/// `NewAppointment { lang: …, ..appointment(…) }`.
///
/// # Panics
/// When the name or the number is not valid (a test's typo).
#[must_use]
pub fn appointment(
    name: &str,
    phone: &str,
    start: DateTime<Utc>,
    minutes: u32,
    tz: chrono_tz::Tz,
) -> NewAppointment {
    NewAppointment::new(
        PersonName::new(name).expect("a valid test name"),
        PhoneNumber::from_e164(phone).expect("a valid test number"),
        start,
        minutes,
        tz,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_differ_and_stay_identifier_safe() {
        let (a, b) = (unique("pg"), unique("pg"));
        assert_ne!(a, b);
        assert!(a.starts_with("bella_test_pg_"), "{a}");
        assert!(
            a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
            "{a}"
        );
    }

    #[test]
    fn an_appointment_is_english_with_no_service() {
        let start = "2026-11-17T17:00:00Z".parse().unwrap();
        let a = appointment("Priya Patel", "+17805550123", start, 30, chrono_tz::UTC);
        assert_eq!(a.phone.e164(), "+17805550123");
        assert_eq!((a.lang.as_str(), a.minutes, a.start), ("en", 30, start));
        assert!(a.service.is_none() && a.resource.is_none());
    }

    #[test]
    fn a_temp_dir_holds_files_until_dropped() {
        let dir = TempDir::new("kit");
        std::fs::write(dir.join("x"), "1").unwrap();
        assert!(dir.sqlite_url().ends_with("/bella.db"));
        let path = dir.path().to_owned();
        assert!(path.join("x").exists());
        drop(dir);
        assert!(!path.exists());
    }

    #[test]
    fn a_set_url_is_returned_and_a_blank_one_is_missing() {
        // `set_var` is unsafe (and unsafe code is forbidden): read PATH, which is set,
        // and a name nothing sets.
        let path = std::env::var("PATH").unwrap_or_default();
        if !path.trim().is_empty() {
            assert_eq!(service_url("PATH", "kit").as_deref(), Some(path.as_str()));
        }
        if !services_required() {
            assert_eq!(service_url("BELLA_TESTKIT_NEVER_SET", "kit"), None);
        }
    }
}
