//! Store tests against real backends. SQLite always runs; Postgres and Redis run when
//! `BELLA_TEST_POSTGRES_URL` / `BELLA_TEST_REDIS_URL` are set (visible SKIPPED line
//! otherwise; with `BELLA_TEST_REQUIRE_SERVICES=1` a missing URL fails).
//!
//! ```text
//! BELLA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test \
//! BELLA_TEST_REDIS_URL=redis://127.0.0.1:6379 BELLA_TEST_REQUIRE_SERVICES=1 \
//!   cargo test -p bella-store
//! ```

mod common;
mod confirmed;
mod faults;
#[path = "../../testdata/free_slot_vectors.rs"]
mod free_slot_vectors;
mod manage;
mod postgres;
mod redis;
mod resources;
mod rollup;
mod sqlite;
mod suite;

/// Every test is bounded in time: a hung backend fails the test instead of the run.
#[macro_export]
macro_rules! bounded {
    ($secs:expr, $body:expr) => {
        tokio::time::timeout(std::time::Duration::from_secs($secs), $body)
            .await
            .expect("test exceeded its time bound")
    };
}
