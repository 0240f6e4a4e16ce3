//! Load numbers for the stores: bookings per second and session load+save latency.
//!
//! Books `--bookings` distinct half-hour slots from `--concurrency` tasks (each with its
//! own request key, each a full conflict-checked transaction), then runs `--sessions`
//! load-then-save cycles of a ~2 KB dialog state (each task its own call, each save
//! compare-and-set on the version just read) and prints p50/p99 of one cycle.
//!
//! ```text
//! cargo run --release -p bella-store --example store_load -- \
//!     --sqlite /tmp/bella-load.db \
//!     --postgres postgres://postgres@127.0.0.1:5432/test \
//!     --redis redis://127.0.0.1:6379 \
//!     --bookings 2000 --sessions 4000 --concurrency 8
//! ```
//!
//! Postgres runs in a fresh schema and Redis under a fresh key prefix; both are removed
//! at the end, as is the SQLite file.
//!
//! Measured 2026-11-22 06:09 UTC on the 2-core dev box (one other build running, load
//! average ~2), local PostgreSQL with default fsync and local Redis, with SQLite writes
//! going through the writer task (group commit):
//!
//! ```text
//! concurrency  backend   bookings/s  session load+save p50 / p99 (cycles/s)
//! 1            sqlite    2072        0.113 ms / 0.243 ms  (7,874/s)
//! 1            postgres  1089        0.731 ms / 1.060 ms  (1,343/s)
//! 1            redis        -        0.178 ms / 0.288 ms  (5,843/s)
//! 8            sqlite    2246        0.428 ms / 3.831 ms  (16,092/s)
//! 8            postgres  4310        1.193 ms / 2.496 ms  (6,444/s)
//! 8            redis        -        0.204 ms / 0.366 ms  (38,876/s)
//! 64           sqlite    2042        2.429 ms / 13.068 ms (21,227/s)
//! 64           postgres  2316        15.88 ms / 33.28 ms  (3,750/s)
//! 64           redis        -        0.988 ms / 3.470 ms  (53,347/s)
//! ```
//!
//! Before the writer task, SQLite managed 1,264 bookings/s and 1.0 / 19 ms per session
//! cycle at 8 tasks (measured under heavier load, average ~5).

use bella_core::{PersonName, PhoneNumber};
use bella_store::{
    AppointmentStore, NewAppointment, PgStore, RedisSessions, RequestKey, SessionStore,
    SqliteStore, StoreConfig,
};
use chrono::{DateTime, Duration as Minutes, Utc};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug)]
struct Opts {
    sqlite: Option<String>,
    postgres: Option<String>,
    redis: Option<String>,
    bookings: u32,
    sessions: u32,
    concurrency: u32,
}

fn parse_args() -> Result<Opts, String> {
    let mut o = Opts {
        sqlite: None,
        postgres: None,
        redis: None,
        bookings: 2000,
        sessions: 4000,
        concurrency: 8,
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--sqlite" => o.sqlite = Some(value()?),
            "--postgres" => o.postgres = Some(value()?),
            "--redis" => o.redis = Some(value()?),
            "--bookings" => {
                o.bookings = value()?.parse().map_err(|e| format!("--bookings: {e}"))?
            }
            "--sessions" => {
                o.sessions = value()?.parse().map_err(|e| format!("--sessions: {e}"))?
            }
            "--concurrency" => {
                o.concurrency = value()?
                    .parse()
                    .map_err(|e| format!("--concurrency: {e}"))?;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    o.concurrency = o.concurrency.max(1);
    Ok(o)
}

/// Runs `0..total` over `concurrency` tasks, task `c` taking `c`, `c + concurrency`,
/// ... (`job(c, its numbers)`); returns each task's result (a task that panicked
/// gives `T::default()`) and the time all took.
async fn spread<T, F, Fut>(total: u32, concurrency: u32, job: F) -> (Vec<T>, Duration)
where
    T: Default + Send + 'static,
    F: Fn(u32, std::iter::StepBy<std::ops::Range<u32>>) -> Fut,
    Fut: std::future::Future<Output = T> + Send + 'static,
{
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|c| tokio::spawn(job(c, (c..total).step_by(concurrency as usize))))
        .collect();
    let mut done = Vec::with_capacity(tasks.len());
    for t in tasks {
        done.push(t.await.unwrap_or_default());
    }
    (done, started.elapsed())
}

/// Books `total` distinct slots from `concurrency` tasks; returns bookings per second.
async fn bookings(store: Arc<dyn AppointmentStore>, total: u32, concurrency: u32) -> f64 {
    let base: DateTime<Utc> = DateTime::from_timestamp(1_900_000_000, 0).unwrap_or_default();
    let run = format!("{}", Utc::now().timestamp_millis());
    let (_, took) = spread(total, concurrency, |_, mine| {
        let store = store.clone();
        let run = run.clone();
        async move {
            for i in mine {
                let new = NewAppointment {
                    name: PersonName::new("Load Tester").expect("name"),
                    phone: PhoneNumber::from_nanp_digits("4035550199").expect("phone"),
                    start: base + Minutes::minutes(30 * i64::from(i)),
                    minutes: 30,
                    tz: chrono_tz::America::Edmonton,
                    service: None,
                    resource: None,
                    lang: "en".to_owned(),
                };
                let key = RequestKey(format!("load{run}:{i}"));
                if let Err(e) = store.book(new, &key).await {
                    eprintln!("booking {i} failed: {e}");
                }
            }
        }
    })
    .await;
    f64::from(total) / took.as_secs_f64()
}

/// Runs `total` load+save cycles; returns (p50, p99, cycles per second).
async fn sessions(
    store: Arc<dyn SessionStore>,
    total: u32,
    concurrency: u32,
) -> (Duration, Duration, f64) {
    let data = format!("{{\"state\":\"confirm\",\"pad\":\"{}\"}}", "x".repeat(2000));
    let ttl = Duration::from_secs(600);
    let run = Utc::now().timestamp_millis();
    let (lats, took) = spread(total, concurrency, |c, mine| {
        let store = store.clone();
        let data = data.clone();
        async move {
            let call = format!("CAload{run}x{c}");
            let mut lat = Vec::new();
            for _ in mine {
                let t0 = Instant::now();
                let expected = match store.load(&call).await {
                    Ok(s) => s.map(|s| s.version),
                    Err(e) => {
                        eprintln!("load failed: {e}");
                        None
                    }
                };
                if let Err(e) = store.save(&call, &data, expected, ttl).await {
                    eprintln!("save failed: {e}");
                }
                lat.push(t0.elapsed());
            }
            let _ = store.delete(&call).await;
            lat
        }
    })
    .await;
    let rate = f64::from(total) / took.as_secs_f64();
    let mut all: Vec<Duration> = lats.into_iter().flatten().collect();
    all.sort_unstable();
    let pick = |q: f64| {
        let idx = ((all.len() as f64 - 1.0) * q).round() as usize;
        all.get(idx).copied().unwrap_or_default()
    };
    (pick(0.50), pick(0.99), rate)
}

fn report(backend: &str, what: &str, line: String) {
    println!("{backend:<10} {what:<34} {line}");
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// Bookings, then session cycles, on a store that keeps both; prints their lines.
async fn measure<S: AppointmentStore + SessionStore + 'static>(
    backend: &str,
    store: Arc<S>,
    o: &Opts,
) {
    let rate = bookings(store.clone(), o.bookings, o.concurrency).await;
    report(backend, "bookings/s", format!("{rate:.0}"));
    measure_sessions(backend, store, o).await;
}

/// Session cycles on `store`; prints their line.
async fn measure_sessions(backend: &str, store: Arc<dyn SessionStore>, o: &Opts) {
    let (p50, p99, r) = sessions(store, o.sessions, o.concurrency).await;
    report(
        backend,
        "session load+save p50 / p99",
        format!("{} / {} ({r:.0}/s)", ms(p50), ms(p99)),
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let o = parse_args()?;
    println!(
        "bookings={} sessions={} concurrency={} (cycle = load + compare-and-set save of ~2 KB)",
        o.bookings, o.sessions, o.concurrency
    );
    if let Some(path) = &o.sqlite {
        let config =
            StoreConfig::new(&format!("sqlite://{path}")).with_max_connections(o.concurrency);
        let store = Arc::new(SqliteStore::connect(&config).await?);
        measure("sqlite", store.clone(), &o).await;
        store.close().await;
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{path}{suffix}"));
        }
    }
    if let Some(url) = &o.postgres {
        let schema = format!("bella_load_{}", std::process::id());
        let config = StoreConfig::new(url)
            .with_pg_schema(&schema)
            .with_max_connections(o.concurrency);
        let store = Arc::new(PgStore::connect(&config).await?);
        measure("postgres", store.clone(), &o).await;
        store.close().await;
        use sqlx::Connection;
        let mut conn = sqlx::PgConnection::connect(url).await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DROP SCHEMA IF EXISTS \"{schema}\" CASCADE"
        )))
        .execute(&mut conn)
        .await?;
    }
    if let Some(url) = &o.redis {
        let prefix = format!("bella_load_{}:", std::process::id());
        let config = StoreConfig::new("sqlite::memory:").with_redis_prefix(&prefix);
        let store = Arc::new(RedisSessions::connect(url, &config).await?);
        measure_sessions("redis", store, &o).await;
    }
    Ok(())
}
