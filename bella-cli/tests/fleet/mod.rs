//! Several `bella serve` processes on one Postgres schema and one Redis prefix, for
//! the fleet tests (`serve_fleet.rs`, `serve_relay_failover.rs`). The processes and
//! the schema are cleaned up even when a test fails.

use std::io::{BufRead, BufReader, Write as _};
use std::process::{Child, Command, Stdio};

/// The `bella` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_bella");

/// The service URL in `var`, or `None` after printing SKIPPED (for `test`); with
/// `BELLA_TEST_REQUIRE_SERVICES=1` a missing URL fails instead.
pub fn service_url(var: &str, test: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("BELLA_TEST_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "{var} is not set but BELLA_TEST_REQUIRE_SERVICES=1"
            );
            let _ = writeln!(std::io::stderr(), "SKIPPED: {test}: set {var} to run it");
            None
        }
    }
}

/// The running servers (`addrs[i]` is `http://…` of `children[i]`) and their schema.
pub struct Fleet {
    pub children: Vec<Child>,
    pub addrs: Vec<String>,
    pg: String,
    schema: String,
}

impl Fleet {
    /// Starts `n` servers in a fresh schema named after `prefix`; `setup` adds each
    /// test's own flags and environment (public URL, voice mode, secrets).
    pub fn start(
        pg: &str,
        redis: &str,
        prefix: &str,
        n: usize,
        setup: impl Fn(&mut Command),
    ) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let mut fleet = Self {
            children: Vec::new(),
            addrs: Vec::new(),
            pg: pg.to_owned(),
            schema: format!("{prefix}_{}_{nanos}", std::process::id()),
        };
        for _ in 0..n {
            let (child, addr) = spawn_serve(|cmd| {
                cmd.args(["--database-url", pg, "--redis-url", redis])
                    .args(["--pg-schema", &fleet.schema])
                    .args(["--redis-prefix", &format!("{}:", fleet.schema)]);
                setup(cmd);
            });
            fleet.children.push(child);
            fleet.addrs.push(addr);
        }
        fleet
    }

    /// The schema the servers use.
    #[allow(dead_code)] // not every test binary reads it
    pub fn schema(&self) -> &str {
        &self.schema
    }
}

/// Starts one `bella serve` on a free port with `setup`'s flags and environment and
/// returns it with its `http://…` address (read from its first stdout line).
pub fn spawn_serve(setup: impl FnOnce(&mut Command)) -> (Child, String) {
    let mut cmd = Command::new(BIN);
    cmd.args(["serve", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    setup(&mut cmd);
    let mut child = cmd.spawn().expect("bella serve starts");
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
                    // The schema name is letters, digits and `_`, made here.
                    let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut c).await;
                }
            });
        })
        .join();
    }
}
