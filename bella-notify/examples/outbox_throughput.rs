//! Claims plus records per second: N due reminder calls against the fake Twilio
//! (answering at once), W notifiers in parallel, on SQLite or Postgres.
//!
//! ```text
//! cargo run --release -p bella-notify --example outbox_throughput -- sqlite 10000 4
//! cargo run --release -p bella-notify --example outbox_throughput -- postgres://postgres@127.0.0.1/test_outbound 10000 4
//! ```
//! Prints the rate and the fake's count of calls (and distinct reminders) as proof
//! that each was sent once.

use bella_notify::config::NotificationsConfig;
use bella_notify::fake::FakeTwilio;
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_store::{StoreConfig, Stores};
use chrono::{Duration, TimeZone, Utc};
use std::collections::HashSet;
use std::time::Instant;

const SID: &str = "AC0123456789abcdef0123456789abcdef";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let target = args.get(1).map_or("sqlite", String::as_str).to_owned();
    let n: i64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let workers: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(4);
    let dir = std::env::temp_dir().join(format!("bella-throughput-{}", std::process::id()));
    let (url, schema) = if target == "sqlite" {
        std::fs::create_dir_all(&dir)?;
        (format!("sqlite://{}/bella.db", dir.display()), None)
    } else {
        (
            target.clone(),
            Some(format!("throughput_{}", std::process::id())),
        )
    };
    let mut sc = StoreConfig::new(&url);
    if let Some(s) = &schema {
        sc = sc.with_pg_schema(s);
    }
    let stores = Stores::connect_with(&sc).await?;
    let notifications = NotificationsConfig::from_business_toml(
        "[notifications]\nfrom = \"+15875550100\"\nconfirm_sms = false\nreminders = [{ before = \"8d\", channel = \"call\" }]\n",
    )?
    .ok_or("no table")?;
    // As in `bella serve`: on SQLite the outbox writes through the store's writer task.
    let outbox = Outbox::for_store(stores.appointments.as_ref(), &url, schema.as_deref()).await?;
    outbox.sync_rules(Some(&notifications)).await?;
    let tz = chrono_tz::America::Edmonton;
    // N one-minute appointments from noon on day D+10; due from D+2, all due at 13:00 on D+9.
    let d = (Utc::now() + Duration::days(10))
        .with_timezone(&tz)
        .date_naive();
    let first = tz
        .from_local_datetime(&d.and_hms_opt(12, 0, 0).ok_or("time")?)
        .single()
        .ok_or("tz")?
        .with_timezone(&Utc);
    let t0 = Instant::now();
    outbox
        .seed_for_bench(first, n, tz.name(), Utc::now())
        .await?;
    eprintln!("seeded {n} appointments in {:.1?}", t0.elapsed());
    let run_at = tz
        .from_local_datetime(
            &(d - chrono::Days::new(1))
                .and_hms_opt(13, 0, 0)
                .ok_or("time")?,
        )
        .single()
        .ok_or("tz")?
        .with_timezone(&Utc);
    let fake = FakeTwilio::start(SID, "tok").await?;
    let mut notifiers = Vec::new();
    for _ in 0..workers {
        let client = fake.client_with_timeout(std::time::Duration::from_secs(10));
        // SQLite: W notifier tasks of one server, sharing its writer task; Postgres: W
        // servers, each with a pool of its own.
        let worker_outbox = if target == "sqlite" {
            outbox.clone()
        } else {
            Outbox::connect(&url, schema.as_deref()).await?
        };
        let cfg = NotifierConfig {
            lease: Duration::minutes(5),
            batch: 100,
            ..NotifierConfig::new(
                notifications.clone(),
                "Bella Clinic",
                tz,
                "https://bella.example",
            )
        };
        notifiers.push(Notifier::new(worker_outbox, Some(client), cfg));
    }
    let t0 = Instant::now();
    let mut tasks = Vec::new();
    for nt in notifiers {
        tasks.push(tokio::spawn(async move { nt.run_due(run_at).await }));
    }
    let mut done = 0usize;
    for t in tasks {
        done += t.await??.len();
    }
    let secs = t0.elapsed().as_secs_f64();
    let calls = fake.created_calls();
    let distinct: HashSet<_> = calls.iter().map(|c| c.url.clone()).collect();
    println!(
        "{}: {done} rows claimed+sent+recorded by {workers} workers in {secs:.2}s = {:.0}/s; fake saw {} calls, {} distinct reminders",
        if target == "sqlite" {
            "sqlite"
        } else {
            "postgres"
        },
        done as f64 / secs,
        calls.len(),
        distinct.len()
    );
    if target == "sqlite" {
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(())
}
