//! Shared test plumbing: service URLs (skip or fail), unique names, fixtures that clean
//! up even when a test panics, and a TCP proxy that can cut and restore a server.

use bella_clock::Clock;
use bella_core::{Appointment, PhoneNumber};
use bella_store::{NewAppointment, PgStore, RedisSessions, StoreConfig, StoreError};
use bella_testkit::{PgSchema, TempDir, cleanup_blocking};
use chrono::{DateTime, Utc};
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

pub use bella_testkit::{service_url, unique};

/// A fixed test phone number by index.
pub fn phone(i: u32) -> PhoneNumber {
    PhoneNumber::from_nanp_digits(&format!("403555{:04}", i % 10_000)).expect("valid test number")
}

/// An appointment request for a test, in Edmonton.
pub fn new_appt(
    name: &str,
    phone: PhoneNumber,
    start: DateTime<Utc>,
    minutes: u32,
) -> NewAppointment {
    let tz = chrono_tz::America::Edmonton;
    bella_testkit::appointment(name, phone.e164(), start, minutes, tz)
}

/// How many appointments the store lists with no filter.
pub async fn count(store: &dyn bella_store::AppointmentStore) -> usize {
    let all = bella_store::AppointmentQuery::default();
    store.list(&all).await.expect("list appointments").len()
}

/// Runs `n` tasks at once, task `i` on its own handle to `store`, all spawned before
/// any is awaited, and returns their results in order (a panicking task fails the test).
pub async fn at_once<S, T, F, Fut>(store: &Arc<S>, n: u32, task: F) -> Vec<T>
where
    S: ?Sized,
    F: Fn(Arc<S>, u32) -> Fut,
    Fut: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let tasks: Vec<_> = (0..n)
        .map(|i| tokio::spawn(task(store.clone(), i)))
        .collect();
    let mut out = Vec::with_capacity(tasks.len());
    for t in tasks {
        out.push(t.await.expect("task"));
    }
    out
}

/// The bookings that won a race: the others must have lost to `SlotTaken`.
pub fn race_winners(results: Vec<Result<Appointment, StoreError>>) -> Vec<Appointment> {
    let mut won = Vec::new();
    for r in results {
        match r {
            Ok(a) => won.push(a),
            Err(StoreError::SlotTaken) => {}
            Err(other) => panic!("unexpected error in the race: {other:?}"),
        }
    }
    won
}

/// Parses an RFC 3339 instant in a test.
pub fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("test instant")
        .with_timezone(&Utc)
}

/// A Postgres store in a schema of its own, dropped (with everything in it) on drop.
pub struct PgFixture {
    pub store: Arc<PgStore>,
    pub config: StoreConfig,
    schema: PgSchema,
}

impl PgFixture {
    /// Connects through `via` (a proxy address) when given, else straight to the server.
    pub async fn new(test: &str, via: Option<SocketAddr>) -> Option<Self> {
        Self::on_clock(test, via, Clock::system()).await
    }

    /// A fixture whose store reads "now" from `clock`.
    pub async fn on_clock(test: &str, via: Option<SocketAddr>, clock: Clock) -> Option<Self> {
        let url = service_url(bella_testkit::POSTGRES, test)?;
        let schema = PgSchema::new(&url, "pg");
        let store_url = match via {
            Some(addr) => with_host(&url, &addr.to_string()),
            None => url.clone(),
        };
        let config = StoreConfig::new(&store_url)
            .with_pg_schema(&schema.schema)
            .with_op_timeout(Duration::from_secs(5))
            .with_max_connections(10)
            .with_clock(clock);
        let store = PgStore::connect(&config)
            .await
            .expect("connect to the test Postgres");
        Some(Self {
            store: Arc::new(store),
            config,
            schema,
        })
    }

    /// A raw pool on the fixture's schema, straight to the server, for checks.
    pub async fn raw(&self) -> sqlx::PgPool {
        use std::str::FromStr;
        let opts = sqlx::postgres::PgConnectOptions::from_str(&self.schema.url)
            .expect("url")
            .options([("search_path", self.schema.schema.as_str())]);
        sqlx::postgres::PgPoolOptions::new()
            .max_connections(2)
            .connect_with(opts)
            .await
            .expect("raw pool")
    }
}

/// Redis sessions under a key prefix of their own, deleted on drop.
pub struct RedisFixture {
    pub store: Arc<RedisSessions>,
    url: String,
    prefix: String,
}

impl RedisFixture {
    /// Connects through `via` (a proxy address) when given, else straight to the server.
    pub async fn new(test: &str, via: Option<SocketAddr>) -> Option<Self> {
        let url = service_url(bella_testkit::REDIS, test)?;
        let prefix = format!("{}:", unique("redis"));
        let store_url = match via {
            Some(addr) => with_host(&url, &addr.to_string()),
            None => url.clone(),
        };
        let config = StoreConfig::new("sqlite::memory:")
            .with_redis_prefix(&prefix)
            .with_op_timeout(Duration::from_secs(2));
        let store = RedisSessions::connect(&store_url, &config)
            .await
            .expect("connect to Redis");
        Some(Self {
            store: Arc::new(store),
            url,
            prefix,
        })
    }
}

impl Drop for RedisFixture {
    fn drop(&mut self) {
        let url = self.url.clone();
        let pattern = format!("{}*", self.prefix);
        cleanup_blocking(move || async move {
            let Ok(client) = redis::Client::open(url) else {
                return;
            };
            let Ok(mut conn) = client.get_multiplexed_async_connection().await else {
                return;
            };
            let keys: Vec<String> = redis::cmd("KEYS")
                .arg(&pattern)
                .query_async(&mut conn)
                .await
                .unwrap_or_default();
            if !keys.is_empty() {
                let _: Result<i64, _> = redis::cmd("DEL").arg(&keys).query_async(&mut conn).await;
            }
        });
    }
}

/// Replaces the `host:port` of a `scheme://[user@]host:port/...` URL.
pub fn with_host(url: &str, host_port: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let userinfo = authority.rfind('@').map(|i| &authority[..=i]).unwrap_or("");
    format!(
        "{}{userinfo}{host_port}{}",
        &url[..scheme_end + 3],
        &rest[authority_end..]
    )
}

/// The `host:port` of a service URL.
pub fn host_of(url: &str, default_port: u16) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if host.contains(':') {
        host.to_owned()
    } else {
        format!("{host}:{default_port}")
    }
}

/// A TCP proxy in front of a real server that a test can cut (every live connection is
/// dropped and new ones are refused, as in a restart) and restore.
///
/// A cut takes effect the moment `cut()` returns: each connection remembers the
/// generation it was opened in and checks it before forwarding every chunk, so a request
/// written after the cut can never reach the server, even if the connection's task has
/// not yet noticed the cut and closed its sockets.
pub struct Proxy {
    pub addr: SocketAddr,
    up: Arc<AtomicBool>,
    current: Arc<AtomicU64>,
    generation: watch::Sender<u64>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    pub async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy addr");
        let up = Arc::new(AtomicBool::new(true));
        let current = Arc::new(AtomicU64::new(0));
        let (generation, _) = watch::channel(0u64);
        let task = {
            let up = up.clone();
            let current = current.clone();
            let generation = generation.clone();
            tokio::spawn(async move {
                while let Ok((client, _)) = listener.accept().await {
                    if !up.load(Ordering::SeqCst) {
                        drop(client);
                        continue;
                    }
                    let mine = current.load(Ordering::SeqCst);
                    let mut cut = generation.subscribe();
                    let upstream = upstream.clone();
                    let live = {
                        let current = current.clone();
                        move || current.load(Ordering::SeqCst) == mine
                    };
                    tokio::spawn(async move {
                        let Ok(server) = TcpStream::connect(&upstream).await else {
                            return;
                        };
                        let (client_rx, client_tx) = client.into_split();
                        let (server_rx, server_tx) = server.into_split();
                        tokio::select! {
                            _ = pump(client_rx, server_tx, live.clone()) => {}
                            _ = pump(server_rx, client_tx, live) => {}
                            _ = cut.changed() => {}
                        }
                    });
                }
            })
        };
        Self {
            addr,
            up,
            current,
            generation,
            task,
        }
    }

    /// Drops every live connection and refuses new ones.
    pub fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        self.current.fetch_add(1, Ordering::SeqCst);
        self.generation.send_modify(|g| *g += 1);
    }

    /// Accepts connections again.
    pub fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

/// Copies bytes one way until either side closes or `live()` says the connection was cut.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    live: impl Fn() -> bool,
) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if !live() || to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.cut();
        self.task.abort();
    }
}

/// A SQLite database file of a test's own, removed (with its WAL files and directory)
/// on drop.
pub struct TempDb {
    dir: TempDir,
}

impl TempDb {
    pub fn new() -> Self {
        Self {
            dir: TempDir::new("sqlite"),
        }
    }

    pub fn url(&self) -> String {
        self.dir.sqlite_url()
    }

    /// The test's own directory (the database file is `bella.db` in it).
    pub fn path(&self) -> &std::path::Path {
        self.dir.path()
    }
}
