//! Two `bella serve` processes on one Postgres schema and one Redis prefix, behind the
//! same public URL; `bella dial` sends each webhook to the next server in turn, so
//! every call's turns alternate between the processes.
//!
//! Needs `BELLA_TEST_POSTGRES_URL` and `BELLA_TEST_REDIS_URL`; prints SKIPPED without
//! them, and fails with `BELLA_TEST_REQUIRE_SERVICES=1`.

use std::io::{BufRead, BufReader, Write as _};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_bella");
const TOKEN: &str = "fleet-test-token";
const PUBLIC: &str = "https://bella-fleet.example.com";

fn service_url(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("BELLA_TEST_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "{var} is not set but BELLA_TEST_REQUIRE_SERVICES=1"
            );
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: serve fleet test: set {var} to run it"
            );
            None
        }
    }
}

/// The two servers and the schema, cleaned up even when the test fails.
struct Fleet {
    children: Vec<Child>,
    pg: String,
    schema: String,
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        let (url, schema) = (self.pg.clone(), self.schema.clone());
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                use sqlx::Connection as _;
                if let Ok(mut c) = sqlx::PgConnection::connect(&url).await {
                    // The schema name is letters, digits and `_`, made by this test.
                    let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut c).await;
                }
            });
        })
        .join();
    }
}

fn spawn(pg: &str, redis: &str, schema: &str) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--public-url", PUBLIC])
        .args([
            "--database-url",
            pg,
            "--redis-url",
            redis,
            "--pg-schema",
            schema,
        ])
        .args(["--redis-prefix", &format!("{schema}:")])
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("bella serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_default()
        .to_owned();
    assert!(!addr.is_empty(), "server did not start: {line:?}");
    (child, addr)
}

#[test]
fn two_serve_processes_share_calls_on_postgres_and_redis() {
    let (Some(pg), Some(redis)) = (
        service_url("BELLA_TEST_POSTGRES_URL"),
        service_url("BELLA_TEST_REDIS_URL"),
    ) else {
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let schema = format!("bella_serve_fleet_{}_{nanos}", std::process::id());
    let mut fleet = Fleet {
        children: Vec::new(),
        pg: pg.clone(),
        schema: schema.clone(),
    };
    let (a, addr_a) = spawn(&pg, &redis, &schema);
    fleet.children.push(a);
    let (b, addr_b) = spawn(&pg, &redis, &schema);
    fleet.children.push(b);

    let out = Command::new(BIN)
        .args([
            "dial",
            "--url",
            &addr_a,
            "--url",
            &addr_b,
            "--public-url",
            PUBLIC,
        ])
        .args([
            "--auth-token",
            TOKEN,
            "--jsonl",
            "--calls",
            "4",
            "--concurrency",
            "2",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let calls: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(calls.len(), 4);
    // The demo persona books Thursday at 10 first; later calls find it taken and book
    // elsewhere or not at all, but none may fail.
    assert_eq!(calls[0]["outcome"], "booked", "{stdout}");
    for c in &calls {
        assert_ne!(c["outcome"], "error", "{stdout}");
    }
    // Both processes answered turns.
    for addr in [&addr_a, &addr_b] {
        let metrics = get(addr, "/metrics");
        let turns: f64 = metrics
            .lines()
            .find_map(|l| l.strip_prefix("bella_turns_total "))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0);
        assert!(turns >= 4.0, "{addr} answered {turns} turns:\n{metrics}");
    }
    drop(fleet);
}

/// A plain GET over a socket; the body.
fn get(addr: &str, path: &str) -> String {
    use std::io::Read as _;
    let mut s = std::net::TcpStream::connect(addr.trim_start_matches("http://")).unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default()
}
