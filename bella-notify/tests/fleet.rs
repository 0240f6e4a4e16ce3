//! Two servers on one Postgres (two notifiers, each with its own connection pool),
//! 1,000 due reminders: the fake Twilio sees each reminder exactly once, none is lost.
//! Runs when `BELLA_TEST_POSTGRES_URL` is set (SKIPPED otherwise, a failure with
//! `BELLA_TEST_REQUIRE_SERVICES=1`); SQLite gets the same check with two
//! notifiers on one file.

use bella_notify::config::NotificationsConfig;
use bella_notify::fake::FakeTwilio;
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_store::{RequestKey, StoreConfig, Stores};
use bella_testkit::{PgSchema, TempDir, appointment};
use chrono::{Duration, TimeZone, Utc};
use std::collections::HashSet;

const SID: &str = "AC0123456789abcdef0123456789abcdef";
const N: usize = 1000;

async fn fleet(url: &str, schema: Option<&str>) {
    let mut sc = StoreConfig::new(url);
    if let Some(s) = schema {
        sc = sc.with_pg_schema(s);
    }
    let stores = Stores::connect_with(&sc).await.unwrap();
    let notifications = NotificationsConfig::from_business_toml(
        "[notifications]\nfrom = \"+15875550100\"\nconfirm_sms = false\nreminders = [{ before = \"2d\", channel = \"call\" }]\n",
    )
    .unwrap()
    .unwrap();
    let tz = chrono_tz::America::Edmonton;
    Outbox::connect(url, schema)
        .await
        .unwrap()
        .sync_rules(Some(&notifications))
        .await
        .unwrap();
    // 1,000 one-minute appointments from 09:00 on day D+2: their calls are due from
    // 09:00 on day D, and all of them at 10:30 on day D+1.
    let d = (Utc::now() + Duration::days(3))
        .with_timezone(&tz)
        .date_naive();
    let first = tz
        .from_local_datetime(&(d + chrono::Days::new(2)).and_hms_opt(9, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    for i in 0..N {
        stores
            .appointments
            .book(
                appointment(
                    "Sam Lee",
                    &format!("+1780555{i:04}"),
                    first + Duration::minutes(i as i64),
                    1,
                    tz,
                ),
                &RequestKey(format!("fleet-{i}")),
            )
            .await
            .unwrap();
    }
    let run_at = tz
        .from_local_datetime(&(d + chrono::Days::new(1)).and_hms_opt(10, 30, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let server = || async {
        let outbox = Outbox::connect(url, schema).await.unwrap();
        let cfg = NotifierConfig {
            batch: 50,
            ..NotifierConfig::new(
                notifications.clone(),
                "Bella Clinic",
                tz,
                "https://bella.example",
            )
        };
        Notifier::new(outbox, Some(fake.client()), cfg)
    };
    let (a, b) = (server().await, server().await);
    let (ra, rb) = tokio::join!(a.run_due(run_at), b.run_due(run_at));
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.len() + rb.len(), N, "{} + {}", ra.len(), rb.len());
    assert!(
        !ra.is_empty() && !rb.is_empty(),
        "both servers worked: {} / {}",
        ra.len(),
        rb.len()
    );
    let calls = fake.created_calls();
    assert_eq!(calls.len(), N);
    let distinct: HashSet<_> = calls.iter().map(|c| c.url.clone()).collect();
    assert_eq!(distinct.len(), N, "a reminder was called twice");
    let states = a.outbox().count_by_state().await.unwrap();
    assert_eq!(states, vec![("calling".to_owned(), N as i64)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_on_postgres_send_each_reminder_once() {
    let test = "two notifiers on Postgres";
    let Some(url) = bella_testkit::service_url(bella_testkit::POSTGRES, test) else {
        return;
    };
    let schema = PgSchema::new(&url, "notify_fleet");
    fleet(&url, Some(&schema.schema)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_notifiers_on_one_sqlite_file_send_each_reminder_once() {
    let dir = TempDir::new("notify_fleet");
    fleet(&dir.sqlite_url(), None).await;
}
