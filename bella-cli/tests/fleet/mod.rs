//! Several `bella serve` processes on one Postgres schema and one Redis prefix, for
//! the fleet tests (`serve_fleet.rs`, `serve_relay_failover.rs`, `serve_race.rs`), or
//! one on a SQLite file. The processes and the schema are cleaned up even when a test
//! fails. A user declares `mod run;` too.

use bella_testkit::PgSchema;
use std::io::Write as _;
use std::process::{Child, Command, Stdio};

/// The `bella` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_bella");

pub use bella_testkit::pg_and_redis;

/// The running servers (`addrs[i]` is `http://…` of `children[i]`) and their schema.
pub struct Fleet {
    pub children: Vec<Child>,
    pub addrs: Vec<String>,
    /// Dropped after the servers are stopped (declared last).
    schema: Option<PgSchema>,
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
        let schema = PgSchema::new(pg, prefix);
        let name = schema.schema.clone();
        let mut fleet = Self {
            children: Vec::new(),
            addrs: Vec::new(),
            schema: Some(schema),
        };
        for _ in 0..n {
            let mut cmd = Command::new(BIN);
            cmd.args(["--database-url", pg, "--redis-url", redis])
                .args(["--pg-schema", &name])
                .args(["--redis-prefix", &format!("{name}:")]);
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
            schema: None,
        };
        let mut cmd = Command::new(BIN);
        cmd.arg("--database-url")
            .arg(format!("sqlite://{}", db.display()));
        setup(&mut cmd);
        fleet.spawn(cmd);
        fleet
    }

    /// The schema the servers use.
    #[allow(dead_code, reason = "not every test binary reads it")]
    pub fn schema(&self) -> &str {
        self.schema.as_ref().map_or("", |s| s.schema.as_str())
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
        // Then the schema, now that no server holds it.
        self.schema.take();
    }
}
