//! The race of issue 12 through real `bella serve` processes: 50 callers at once, each
//! a signed Twilio Gather call played by `bella dial`, all want a 90-minute brake
//! inspection at 10 a.m. on the same day at the garage of
//! `bella-dialog/examples/garage.toml`, which does it on three bays. Exactly three
//! get it (one per bay), no bay holds two overlapping appointments, and every booking
//! fits the business file (`bella dial --business` checks it through the admin API).
//!
//! On Postgres (two servers sharing a schema and Redis; needs `BELLA_TEST_POSTGRES_URL`
//! and `BELLA_TEST_REDIS_URL`, else SKIPPED, or a failure with
//! `BELLA_TEST_REQUIRE_SERVICES=1`) and on SQLite (one server, always runs).

mod fleet;
mod run;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use fleet::{BIN, Fleet};
use std::process::Command;

const TOKEN: &str = "race-test-token";
const API_KEY: &str = "race-test-admin-key";
const PUBLIC: &str = "https://bella-race.example.com";
const GARAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bella-dialog/examples/garage.toml"
);
const CALLERS: usize = 50;

#[test]
fn fifty_callers_race_for_three_bays_on_postgres() {
    let Some((pg, redis)) = fleet::pg_and_redis("serve race test (Postgres)") else {
        return;
    };
    let fleet = Fleet::start(&pg, &redis, "serve_race", 2, setup);
    race(&fleet);
}

#[test]
fn fifty_callers_race_for_three_bays_on_sqlite() {
    let dir = bella_testkit::TempDir::new("serve_race");
    let fleet = Fleet::sqlite(&dir.join("bella.db"), setup);
    race(&fleet);
    drop(fleet);
}

fn setup(cmd: &mut Command) {
    cmd.args(["--public-url", PUBLIC, "--business", GARAGE])
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .env("BELLA_API_KEY", API_KEY);
}

/// A weekday at least two days ahead on which all three bays work (not the
/// garage's closed dates or bay 3's Christmas Eve).
fn race_day() -> NaiveDate {
    let tz: chrono_tz::Tz = "America/Edmonton".parse().unwrap();
    let today = chrono::Utc::now().with_timezone(&tz).date_naive();
    (2..30)
        .map(|n| today + Duration::days(n))
        .find(|d| {
            let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
            let christmas = d.month() == 12 && (24..=26).contains(&d.day());
            !weekend && !christmas
        })
        .unwrap()
}

fn race(fleet: &Fleet) {
    let day = race_day();
    let when = day.format("%A, %B %-d at 10 am").to_string();
    let firsts = [
        "Ava", "Liam", "Noah", "Emma", "Omar", "Priya", "Wren", "Jonas", "Mei", "Luc",
    ];
    let lasts = ["Chen", "Roy", "Singh", "Haddad", "Fischer"];
    let personas: String = (0..CALLERS)
        .map(|i| {
            let name = format!("{} {}", firsts[i % 10], lasts[i / 10]);
            let case = serde_json::json!({
                "id": format!("racer-{i}"),
                "caller_id": format!("+1403555{:04}", 2000 + i),
                "persona": {
                    "intent": [format!("Hi, I need a brake inspection on {when}")],
                    "service": ["a brake inspection"],
                    "name": [format!("My name is {name}")],
                    "time": [when.clone()],
                    "confirm": ["yes"],
                    "other": ["no thanks"],
                },
            });
            format!("{case}\n")
        })
        .collect();
    let file = std::env::temp_dir().join(format!(
        "bella-race-personas-{}-{}.jsonl",
        std::process::id(),
        fleet.addrs.len()
    ));
    std::fs::write(&file, personas).unwrap();
    let mut dial = Command::new(BIN);
    dial.arg("dial");
    for addr in &fleet.addrs {
        dial.args(["--url", addr]);
    }
    dial.args([
        "--public-url",
        PUBLIC,
        "--auth-token",
        TOKEN,
        "--api-key",
        API_KEY,
    ])
    .args(["--business", GARAGE, "--personas"])
    .arg(&file)
    .args(["--jsonl", "--concurrency", "50"]);
    // No call fails, and every booking fits the business file (`--business`).
    let calls = fleet::dial_jsonl(&mut dial);
    let _ = std::fs::remove_file(&file);
    assert_eq!(calls.len(), CALLERS);
    let start = format!("{}T10:00", day.format("%Y-%m-%d"));
    let winners: Vec<&serde_json::Value> = calls
        .iter()
        .filter(|c| c["outcome"] == "booked")
        .map(|c| &c["appointment"])
        .collect();
    assert_eq!(winners.len(), 3, "{calls:?}");
    let mut bays: Vec<&str> = Vec::new();
    for a in &winners {
        assert_eq!(a["start"], start.as_str(), "{a}");
        assert_eq!(a["service"], "Brake inspection", "{a}");
        assert_eq!(a["minutes"], 90, "{a}");
        bays.push(a["resource"].as_str().unwrap());
    }
    bays.sort_unstable();
    assert_eq!(bays, ["Bay 1", "Bay 2", "Bay 3"]);
    // The losers heard it was taken and kept asking for 10, so were put through.
    for c in calls.iter().filter(|c| c["outcome"] != "booked") {
        assert_eq!(c["outcome"], "transferred", "{c}");
    }
    // The book itself, through the admin API: three bookings that day, one per bay.
    let listed = admin_get(
        &fleet.addrs[0],
        &format!("/api/appointments?date={day}&status=booked"),
    );
    let booked: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
    assert_eq!(booked.len(), 3, "{listed}");
    no_overlap_per_resource(&booked);
}

/// No two appointments on one resource overlap.
fn no_overlap_per_resource(booked: &[serde_json::Value]) {
    let span = |a: &serde_json::Value| {
        let t = |k: &str| {
            chrono::DateTime::parse_from_rfc3339(a[k].as_str().unwrap())
                .unwrap()
                .naive_utc()
        };
        (t("start"), t("end"))
    };
    for (i, a) in booked.iter().enumerate() {
        for b in &booked[i + 1..] {
            if a["resource"] != b["resource"] {
                continue;
            }
            let ((s1, e1), (s2, e2)): ((NaiveDateTime, _), (NaiveDateTime, _)) = (span(a), span(b));
            assert!(e1 <= s2 || e2 <= s1, "overlap on one resource: {a} and {b}");
        }
    }
}

/// A GET to the admin API with the key; the body (200 only).
fn admin_get(addr: &str, path: &str) -> String {
    let (status, body) = fleet::get(addr, path, Some(API_KEY));
    assert!(status.starts_with("HTTP/1.1 200"), "{status}\n{body}");
    body
}
