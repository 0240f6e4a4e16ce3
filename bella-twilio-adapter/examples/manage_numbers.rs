//! Numbers for the management API (issue 14): `GET /api/stats` over 100,000 stored
//! calls, and `POST /api/appointments` requests per second over loopback, on SQLite
//! (a temp file) and on Postgres when a URL is given.
//!
//! ```text
//! cargo run --release -p bella-twilio-adapter --example manage_numbers -- \
//!     [--calls 100000] [--posts 2000] [--concurrency 16] [--postgres postgres://...]
//! ```
//!
//! Seeding is one SQL statement per table (calls spread over 30 days, six turns each;
//! the stats roll-up triggers run as for any write); stats are asked through the
//! router in process (no socket) 20 times per range and the median and worst are
//! printed. The load part serves the app on 127.0.0.1 and
//! books `--posts` distinct free slots from `--concurrency` clients, each request with
//! an `Idempotency-Key`; it prints requests/s and latency percentiles.

use axum::body::Body;
use axum::http::Request;
use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::{AdapterConfig, AppState, app};
use chrono::{DateTime, Datelike, Duration, NaiveTime, Utc, Weekday};
use http_body_util::BodyExt;
use std::time::Instant;
use tower::ServiceExt;

const KEY: &str = "numbers-key";

struct Opts {
    calls: u32,
    posts: usize,
    concurrency: usize,
    postgres: Option<String>,
}

fn opts() -> Opts {
    let mut o = Opts {
        calls: 100_000,
        posts: 2000,
        concurrency: 16,
        postgres: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    for pair in args.chunks(2) {
        let value = pair.get(1).cloned().unwrap_or_default();
        match pair[0].as_str() {
            "--calls" => o.calls = value.parse().unwrap_or(o.calls),
            "--posts" => o.posts = value.parse().unwrap_or(o.posts),
            "--concurrency" => o.concurrency = value.parse().unwrap_or(o.concurrency),
            "--postgres" => o.postgres = Some(value),
            other => eprintln!("ignored argument {other}"),
        }
    }
    o
}

fn state(stores: Stores) -> AppState {
    let mut c = AdapterConfig::new(bella_dialog::Config::default(), None);
    c.api_key = Some(KEY.into());
    AppState::new(c, stores.appointments, stores.sessions, stores.records)
}

/// Seeds `calls` call records from `start`, spread over 30 days, with six turns each.
async fn seed(url: &str, schema: Option<&str>, calls: u32, start: DateTime<Utc>) {
    let step = 30 * 86_400 / i64::from(calls.max(1));
    let t = Instant::now();
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.expect("sqlite");
        sqlx::query(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1) \
             INSERT INTO call_records (call_id, caller_masked, started_at, ended_at, outcome, turns) \
             SELECT 'CAseed' || i, '+1********42', ?2 + i * ?3, ?2 + i * ?3 + 95, \
             CASE i % 5 WHEN 0 THEN 'no_booking' WHEN 1 THEN 'transferred' ELSE 'booked' END, 6 FROM n",
        )
        .bind(i64::from(calls))
        .bind(start.timestamp())
        .bind(step)
        .execute(&pool)
        .await
        .expect("seed calls");
        seed_turns(
            &pool,
            "WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 5) \
             INSERT INTO call_turns (call_id, seq, at, expect, agent_text, caller_text, extracted, \
             latency_ms, failed, llm_calls) \
             SELECT call_id, j, started_at + j * 15, \
             CASE j WHEN 0 THEN NULL WHEN 1 THEN 'intent' WHEN 2 THEN 'name' WHEN 3 THEN 'phone' \
             WHEN 4 THEN 'time' ELSE 'confirm' END, 'agent words', 'caller words', '{}', \
             4 + abs(random()) % 60 + (CASE WHEN abs(random()) % 100 = 0 THEN 400 ELSE 0 END), \
             abs(random()) % 9 = 0, CASE WHEN abs(random()) % 40 = 0 THEN 1 ELSE 0 END \
             FROM call_records CROSS JOIN k WHERE call_id LIKE 'CAseed%'",
        )
        .await;
    } else {
        use std::str::FromStr;
        let mut opts = sqlx::postgres::PgConnectOptions::from_str(url).expect("url");
        if let Some(s) = schema {
            opts = opts.options([("search_path", s)]);
        }
        let pool = sqlx::PgPool::connect_with(opts).await.expect("postgres");
        sqlx::query(
            "INSERT INTO call_records (call_id, caller_masked, started_at, ended_at, outcome, turns) \
             SELECT 'CAseed' || i, '+1********42', $2 + make_interval(secs => i * $3), \
             $2 + make_interval(secs => i * $3 + 95), \
             CASE i % 5 WHEN 0 THEN 'no_booking' WHEN 1 THEN 'transferred' ELSE 'booked' END, 6 \
             FROM generate_series(0, $1 - 1) AS i",
        )
        .bind(i64::from(calls))
        .bind(start)
        .bind(step as f64)
        .execute(&pool)
        .await
        .expect("seed calls");
        seed_turns(
            &pool,
            "INSERT INTO call_turns (call_id, seq, at, expect, agent_text, caller_text, extracted, \
             latency_ms, failed, llm_calls) \
             SELECT call_id, j, started_at + make_interval(secs => j * 15), \
             (ARRAY[NULL, 'intent', 'name', 'phone', 'time', 'confirm'])[j + 1], 'agent words', \
             'caller words', '{}', 4 + (random() * 60)::int + CASE WHEN random() < 0.01 THEN 400 ELSE 0 END, \
             random() < 0.11, CASE WHEN random() < 0.025 THEN 1 ELSE 0 END \
             FROM call_records CROSS JOIN generate_series(0, 5) AS j WHERE call_id LIKE 'CAseed%'",
        )
        .await;
    }
    println!(
        "  seeded {calls} calls and {} turns in {:.1} s",
        u64::from(calls) * 6,
        t.elapsed().as_secs_f64()
    );
}

/// Runs `turns` (the statement giving each seeded call its six turns) on `pool`, then
/// `ANALYZE` so that the planner knows the new rows: the last steps of [`seed`] on
/// either backend.
async fn seed_turns<DB>(pool: &sqlx::Pool<DB>, turns: &'static str)
where
    DB: sqlx::Database,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    DB::Arguments: sqlx::IntoArguments<DB>,
{
    for (sql, step) in [(turns, "seed turns"), ("ANALYZE", "analyze")] {
        sqlx::query(sql).execute(pool).await.expect(step);
    }
}

async fn time_stats(state: &AppState, from: DateTime<Utc>, to: DateTime<Utc>, label: &str) {
    let router = app(state.clone());
    let path = format!(
        "/api/stats?from={}&to={}",
        from.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        to.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    );
    let mut times = Vec::new();
    let mut calls = 0;
    for _ in 0..20 {
        let req = Request::get(&path)
            .header("authorization", format!("Bearer {KEY}"))
            .body(Body::empty())
            .expect("request");
        let t = Instant::now();
        let resp = router.clone().oneshot(req).await.expect("answer");
        let bytes = resp.into_body().collect().await.expect("body").to_bytes();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        let v: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        calls = v["calls"].as_u64().unwrap_or(0);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "  GET /api/stats {label}: {calls} calls, median {:.1} ms, worst {:.1} ms (20 runs)",
        times[times.len() / 2],
        times[times.len() - 1]
    );
}

/// Free starts (business hours, 30-minute slots) from tomorrow on, one per booking.
fn slots(n: usize) -> Vec<String> {
    let tz = chrono_tz::America::Edmonton;
    let mut day = Utc::now().with_timezone(&tz).date_naive() + Duration::days(1);
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            for half in 0..16 {
                let t =
                    NaiveTime::from_hms_opt(9, 0, 0).expect("time") + Duration::minutes(30 * half);
                let local = day.and_time(t);
                let at = bella_core::local_to_utc(tz, local);
                out.push(at.with_timezone(&tz).to_rfc3339());
            }
        }
        day += Duration::days(1);
    }
    out.truncate(n);
    out
}

async fn load(state: AppState, posts: usize, concurrency: usize) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let server = tokio::spawn(async move { axum::serve(listener, app(state)).await });
    let client = reqwest::Client::new();
    let work = std::sync::Arc::new(std::sync::Mutex::new(slots(posts)));
    let t = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|w| {
            let (client, work) = (client.clone(), work.clone());
            tokio::spawn(async move {
                let mut lat = Vec::new();
                let mut created = 0usize;
                let mut i = 0;
                loop {
                    let Some(start) = work.lock().expect("lock").pop() else {
                        break;
                    };
                    i += 1;
                    let body = serde_json::json!({"name": "Load Test", "phone": "4035550142", "start": start});
                    let t = Instant::now();
                    let resp = client
                        .post(format!("http://{addr}/api/appointments"))
                        .bearer_auth(KEY)
                        .header("idempotency-key", format!("load-{w}-{i}"))
                        .json(&body)
                        .send()
                        .await
                        .expect("post");
                    created += usize::from(resp.status() == reqwest::StatusCode::CREATED);
                    let _ = resp.bytes().await;
                    lat.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                (lat, created)
            })
        })
        .collect();
    let mut lat = Vec::new();
    let mut created = 0;
    for task in tasks {
        let (l, c) = task.await.expect("worker");
        lat.extend(l);
        created += c;
    }
    let secs = t.elapsed().as_secs_f64();
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)];
    println!(
        "  POST /api/appointments: {} requests ({created} created) from {concurrency} clients in {secs:.2} s = {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms",
        lat.len(),
        lat.len() as f64 / secs,
        pct(0.5),
        pct(0.99)
    );
    server.abort();
}

async fn run(name: &str, url: &str, schema: Option<&str>, o: &Opts) {
    println!("{name}:");
    let mut config = StoreConfig::new(url).with_max_connections(16);
    if let Some(s) = schema {
        config = config.with_pg_schema(s);
    }
    let stores = Stores::connect_with(&config).await.expect("stores");
    let start: DateTime<Utc> = "2026-10-01T00:00:00Z".parse().expect("start");
    seed(url, schema, o.calls, start).await;
    let s = state(stores);
    // The ranges timed: (from, to) after `start`, and their label.
    let ranges = [
        (Duration::zero(), Duration::days(30), "30 days (all calls)"),
        (
            Duration::minutes(17),
            Duration::days(30) - Duration::minutes(13),
            "30 days, both end hours cut",
        ),
        (Duration::days(7), Duration::days(14), "7 days"),
        (Duration::days(7), Duration::days(8), "1 day"),
    ];
    for (from, to, label) in ranges {
        time_stats(&s, start + from, start + to, label).await;
    }
    load(s, o.posts, o.concurrency).await;
}

#[tokio::main]
async fn main() {
    let o = opts();
    let dir = std::env::temp_dir().join(format!("bella-numbers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let url = format!("sqlite://{}", dir.join("bella.db").display());
    run("SQLite", &url, None, &o).await;
    let _ = std::fs::remove_dir_all(&dir);
    if let Some(pg) = &o.postgres {
        let schema = format!("numbers_{}", std::process::id());
        run("Postgres", pg, Some(&schema), &o).await;
        if let Ok(pool) = sqlx::PgPool::connect(pg).await {
            let _ = sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {schema} CASCADE")))
                .execute(&pool)
                .await;
        }
    }
}
