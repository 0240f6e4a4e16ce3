//! Exactly once through real `bella serve` processes and the fake Twilio:
//!
//! - a server SIGKILLed between claim and send, and one SIGKILLed between send and
//!   record (held there by the test-only `BELLA_FAILPOINT`), then restarted: the fake
//!   sees each reminder once (the restarted server looks a call up at Twilio before
//!   redialing an expired lease);
//! - two servers on one Postgres schema with 1,000 due reminders: each once, none lost
//!   (needs `BELLA_TEST_POSTGRES_URL` and `BELLA_TEST_REDIS_URL`; SKIPPED without).

mod fleet;
mod run;
use bella_core::{PersonName, PhoneNumber};
use bella_notify::fake::FakeTwilio;
use bella_store::{NewAppointment, RequestKey, StoreConfig, Stores};
use bella_testkit::TempDir;
use chrono::{Duration, Timelike, Utc};
use fleet::{Fleet, pg_and_redis};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const SID: &str = "AC0123456789abcdef0123456789abcdef";
const PUBLIC: &str = "https://bella-out.example.com";

/// A zone where it is about noon now, so the calling hours (weekdays 09:00-21:30,
/// weekends 10:00-18:00) allow a call whenever the test runs.
fn noon_zone() -> String {
    let offset = 12 - i64::from(Utc::now().hour());
    match offset {
        0 => "Etc/UTC".to_owned(),
        o if o > 0 => format!("Etc/GMT-{o}"),
        o => format!("Etc/GMT+{}", -o),
    }
}

fn business(dir: &Path) -> PathBuf {
    let path = dir.join("business.toml");
    std::fs::write(
        &path,
        format!(
            "business_name = \"Maple Dental\"\ntime_zone = \"{}\"\n\
             [notifications]\nfrom = \"+15875550100\"\nconfirm_sms = false\n\
             reminders = [{{ before = \"24h\", channel = \"call\" }}]\n",
            noon_zone()
        ),
    )
    .unwrap();
    path
}

/// `bella serve` on the SQLite file `db` with the notifier on (fast ticks, a short
/// lease) against the fake.
fn serve(fake: &FakeTwilio, business: &Path, db: &Path, failpoint: Option<&str>) -> Fleet {
    Fleet::sqlite(db, |cmd: &mut Command| {
        cmd.arg("--business")
            .arg(business)
            .args(["--public-url", PUBLIC])
            .args(["--twilio-api-base", &fake.base_url()])
            .env("TWILIO_ACCOUNT_SID", SID)
            .env("TWILIO_AUTH_TOKEN", "tok")
            .env("BELLA_NOTIFY_EVERY", "1")
            .env("BELLA_NOTIFY_LEASE", "3")
            .env("BELLA_FAILPOINT", failpoint.unwrap_or("none"));
    })
}

/// Books `n` appointments three days ahead (their reminders queue for two days
/// ahead), then makes every reminder due now (running servers may claim them at once).
async fn due_reminders(url: &str, schema: Option<&str>, n: usize) {
    let mut config = StoreConfig::new(url);
    if let Some(s) = schema {
        config = config.with_pg_schema(s);
    }
    let stores = Stores::connect_with(&config).await.unwrap();
    let first = Utc::now() + Duration::days(3);
    for i in 0..n {
        stores
            .appointments
            .book(
                NewAppointment::new(
                    PersonName::new("Sam Lee").unwrap(),
                    PhoneNumber::from_e164(&format!("+1780555{i:04}")).unwrap(),
                    first + Duration::minutes(i as i64),
                    1,
                    chrono_tz::UTC,
                ),
                &RequestKey(format!("out-{i}")),
            )
            .await
            .unwrap();
    }
    make_due(url, schema).await;
    // One reminder a booking. The servers are already running and may claim some as
    // soon as they are due, so the rows are counted whatever their state.
    let rows: i64 = states(url, schema).await.values().sum();
    assert_eq!(rows, n as i64);
}

/// A Postgres connection in `schema`.
async fn pg(url: &str, schema: Option<&str>) -> sqlx::PgConnection {
    use sqlx::Connection as _;
    let mut c = sqlx::PgConnection::connect(url).await.unwrap();
    if let Some(s) = schema {
        sqlx::query(sqlx::AssertSqlSafe(format!("SET search_path TO {s}")))
            .execute(&mut c)
            .await
            .unwrap();
    }
    c
}

/// A SQLite connection to the file.
async fn lite(url: &str) -> sqlx::SqliteConnection {
    use sqlx::Connection as _;
    sqlx::SqliteConnection::connect(url).await.unwrap()
}

/// Moves every outbox row three days earlier: every reminder is due now.
async fn make_due(url: &str, schema: Option<&str>) {
    if url.starts_with("sqlite:") {
        let q = sqlx::query("UPDATE outbox SET due_at = due_at - 3 * 86400");
        q.execute(&mut lite(url).await).await.unwrap();
    } else {
        let q = sqlx::query("UPDATE outbox SET due_at = due_at - interval '3 days'");
        q.execute(&mut pg(url, schema).await).await.unwrap();
    }
}

/// Outbox rows by state.
async fn states(url: &str, schema: Option<&str>) -> std::collections::HashMap<String, i64> {
    let q = "SELECT state, COUNT(*) FROM outbox GROUP BY state";
    let rows: Vec<(String, i64)> = if url.starts_with("sqlite:") {
        sqlx::query_as(q)
            .fetch_all(&mut lite(url).await)
            .await
            .unwrap()
    } else {
        sqlx::query_as(q)
            .fetch_all(&mut pg(url, schema).await)
            .await
            .unwrap()
    };
    rows.into_iter().collect()
}

/// Waits (up to `secs`) until `done` holds.
async fn wait_until<F, Fut>(secs: u64, what: &str, mut done: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let until = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    while !done().await {
        assert!(
            std::time::Instant::now() < until,
            "timed out waiting: {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Every reminder called exactly once: as many calls as rows, one per `reminder=ID`.
fn each_once(fake: &FakeTwilio, n: usize) {
    let calls = fake.created_calls();
    let urls: HashSet<&str> = calls.iter().map(|c| c.url.as_str()).collect();
    let tos: HashSet<&str> = calls.iter().map(|c| c.to.as_str()).collect();
    assert_eq!(
        (calls.len(), urls.len(), tos.len()),
        (n, n, n),
        "each reminder once"
    );
}

fn kill(mut server: Fleet) {
    let child = &mut server.children[0];
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

/// Kills a server stopped at `failpoint`, restarts one, and checks each of `n`
/// reminders is called once.
async fn killed_at(failpoint: &str) {
    const N: usize = 12;
    let dir = TempDir::new(failpoint);
    let file = business(dir.path());
    let url = dir.sqlite_url();
    let db = dir.join("bella.db");
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let first = serve(&fake, &file, &db, Some(failpoint));
    due_reminders(&url, None, N).await;
    match failpoint {
        "after_claim" => {
            wait_until(20, "rows claimed", || async {
                states(&url, None).await.get("claimed") == Some(&(N as i64))
            })
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            assert!(
                fake.created_calls().is_empty(),
                "nothing sent before the kill"
            );
        }
        _ => {
            // Twilio accepted calls that the server never recorded.
            wait_until(20, "calls placed", || async {
                !fake.created_calls().is_empty()
            })
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            assert_eq!(
                states(&url, None).await.get("calling"),
                None,
                "nothing recorded"
            );
        }
    }
    let placed_before = fake.created_calls().len();
    kill(first);
    let second = serve(&fake, &file, &db, None);
    wait_until(30, "every row recorded as calling", || async {
        states(&url, None).await.get("calling") == Some(&(N as i64))
    })
    .await;
    // A few more ticks change nothing.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    each_once(&fake, N);
    if failpoint == "after_send" {
        let lookups = fake
            .requests()
            .iter()
            .filter(|r| r.method == "GET" && r.resource == "Calls.json")
            .count();
        assert!(
            lookups >= N,
            "every expired lease looked up first: {lookups}"
        );
        assert!(placed_before > 0);
    }
    kill(second);
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_between_claim_and_send_calls_each_reminder_once() {
    killed_at("after_claim").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn sigkill_between_send_and_record_calls_each_reminder_once() {
    killed_at("after_send").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_servers_on_postgres_call_1000_reminders_once() {
    const N: usize = 1000;
    let Some((pg, redis)) = pg_and_redis("serve outbound fleet test") else {
        return;
    };
    let dir = TempDir::new("serve_out_fleet");
    let file = business(dir.path());
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let base = fake.base_url();
    let fleet = Fleet::start(&pg, &redis, "serve_out", 2, |cmd| {
        cmd.arg("--business")
            .arg(&file)
            .args(["--public-url", PUBLIC])
            .args(["--twilio-api-base", &base])
            .env("TWILIO_ACCOUNT_SID", SID)
            .env("TWILIO_AUTH_TOKEN", "tok")
            .env("BELLA_NOTIFY_EVERY", "1")
            .env("BELLA_NOTIFY_LEASE", "30");
    });
    let schema = fleet.schema().to_owned();
    due_reminders(&pg, Some(&schema), N).await;
    wait_until(120, "every row recorded as calling", || async {
        states(&pg, Some(&schema)).await.get("calling") == Some(&(N as i64))
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    each_once(&fake, N);
    drop(fleet);
}
