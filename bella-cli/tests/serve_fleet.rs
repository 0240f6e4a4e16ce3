//! Two `bella serve` processes on one Postgres schema and one Redis prefix, behind the
//! same public URL; `bella dial` sends each webhook to the next server in turn, so
//! every call's turns alternate between the processes.
//!
//! Needs `BELLA_TEST_POSTGRES_URL` and `BELLA_TEST_REDIS_URL`; prints SKIPPED without
//! them, and fails with `BELLA_TEST_REQUIRE_SERVICES=1`.

mod fleet;
mod run;
use fleet::{BIN, Fleet};
use std::process::Command;

const TOKEN: &str = "fleet-test-token";
const PUBLIC: &str = "https://bella-fleet.example.com";

#[test]
fn two_serve_processes_share_calls_on_postgres_and_redis() {
    let Some((pg, redis)) = fleet::pg_and_redis("serve fleet test") else {
        return;
    };
    let fleet = Fleet::start(&pg, &redis, "serve_fleet", 2, |cmd| {
        cmd.args(["--public-url", PUBLIC])
            .env("TWILIO_AUTH_TOKEN", TOKEN);
    });
    let (addr_a, addr_b) = (fleet.addrs[0].clone(), fleet.addrs[1].clone());

    let calls = fleet::dial_jsonl(
        Command::new(BIN)
            .args(["dial", "--url", &addr_a, "--url", &addr_b])
            .args(["--public-url", PUBLIC, "--auth-token", TOKEN])
            .args(["--jsonl", "--calls", "4", "--concurrency", "2"]),
    );
    assert_eq!(calls.len(), 4);
    // The demo persona books Thursday at 10; two calls start at once, so whichever
    // wins books it and the others find it taken and book elsewhere or not at all,
    // but none may fail.
    assert!(calls.iter().any(|c| c["outcome"] == "booked"), "{calls:?}");
    for c in &calls {
        assert_ne!(c["outcome"], "error", "{calls:?}");
    }
    // Both processes answered turns.
    for addr in [&addr_a, &addr_b] {
        let (_, metrics) = fleet::get(addr, "/metrics", None);
        let turns: f64 = metrics
            .lines()
            .find_map(|l| l.strip_prefix("bella_turns_total "))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0);
        assert!(turns >= 4.0, "{addr} answered {turns} turns:\n{metrics}");
    }
    drop(fleet);
}
