//! Several `bella serve` processes on one Postgres schema and one Redis prefix, for
//! the fleet tests (`serve_fleet.rs`, `serve_relay_failover.rs`, `serve_race.rs`), or
//! one on a SQLite file. The processes and the schema are cleaned up even when a test
//! fails. A user declares `mod run;` too.

use std::io::Write as _;
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

/// The Postgres and Redis URLs a fleet test needs, or `None` after SKIPPED (see
/// [`service_url`]).
pub fn pg_and_redis(test: &str) -> Option<(String, String)> {
    let pg = service_url("BELLA_TEST_POSTGRES_URL", test);
    let redis = service_url("BELLA_TEST_REDIS_URL", test);
    pg.zip(redis)
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
            let mut cmd = Command::new(BIN);
            cmd.args(["--database-url", pg, "--redis-url", redis])
                .args(["--pg-schema", &fleet.schema])
                .args(["--redis-prefix", &format!("{}:", fleet.schema)]);
            setup(&mut cmd);
            fleet.spawn(cmd);
        }
        fleet
    }

    /// Starts one server on the SQLite file `db` (no Redis); `setup` as for [`Self::start`].
    #[allow(dead_code, reason = "not every test binary runs SQLite")]
    pub fn sqlite(db: &std::path::Path, setup: impl Fn(&mut Command)) -> Self {
        let mut fleet = Self {
            children: Vec::new(),
            addrs: Vec::new(),
            pg: String::new(),
            schema: String::new(),
        };
        let mut cmd = Command::new(BIN);
        cmd.arg("--database-url")
            .arg(format!("sqlite://{}", db.display()));
        setup(&mut cmd);
        fleet.spawn(cmd);
        fleet
    }

    /// Runs `bella serve` with `flags` on a free port and waits for its address.
    fn spawn(&mut self, flags: Command) {
        let mut cmd = Command::new(BIN);
        cmd.args(["serve", "--listen", "127.0.0.1:0"])
            .args(flags.get_args())
            .envs(flags.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = cmd.spawn().expect("bella serve starts");
        let addr = crate::run::listening_addr(&mut child);
        self.children.push(child);
        self.addrs.push(addr);
    }
}

/// Runs `bella dial ... --jsonl` (given as `cmd`), which must succeed: its call lines.
#[allow(dead_code, reason = "not every test binary dials")]
pub fn dial_jsonl(cmd: &mut Command) -> Vec<serde_json::Value> {
    let out = cmd.output().expect("bella dial runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A plain GET over a socket, with a bearer key when given: the status line and
/// the body.
#[allow(dead_code, reason = "not every test binary reads the server's routes")]
pub fn get(addr: &str, path: &str, bearer: Option<&str>) -> (String, String) {
    use std::io::Read as _;
    let mut s = std::net::TcpStream::connect(addr.trim_start_matches("http://")).unwrap();
    let auth = bearer
        .map(|k| format!("Authorization: Bearer {k}\r\n"))
        .unwrap_or_default();
    let req = format!("GET {path} HTTP/1.1\r\nHost: x\r\n{auth}Connection: close\r\n\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((out.as_str(), ""));
    let status = head.lines().next().unwrap_or_default().to_owned();
    (status, body.to_owned())
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        if self.pg.is_empty() {
            return;
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
