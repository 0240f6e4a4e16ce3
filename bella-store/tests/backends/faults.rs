//! Faults: a server that is down, or goes away mid-traffic and comes back (a TCP proxy
//! we cut and restore stands in for a restart, without touching the real server).
//! Always a typed `Unavailable`, never a panic or a partial write, and recovery after.

use crate::bounded;
use crate::common::{
    PgFixture, Proxy, RedisFixture, at_once, host_of, new_appt, phone, service_url, with_host,
};
use bella_store::{AppointmentStore, RequestKey, SessionStore, StoreConfig, StoreError, Stores};
use chrono::Duration as Minutes;
use std::sync::Arc;
use std::time::Duration;

/// Retries `f` until it succeeds or `limit` passes; the recovery must happen in time.
async fn eventually<T, F, Fut>(limit: Duration, mut f: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, StoreError>>,
{
    let deadline = tokio::time::Instant::now() + limit;
    loop {
        match f().await {
            Ok(v) => return v,
            Err(e) if tokio::time::Instant::now() < deadline => {
                assert!(
                    e.is_unavailable(),
                    "only transient errors while recovering: {e:?}"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(e) => panic!("did not recover within {limit:?}: {e:?}"),
        }
    }
}

/// A Postgres fixture for `test` that reaches the server through a proxy the test can
/// cut and restore, or `None` after SKIPPED when Postgres is not configured.
async fn pg_through_proxy(test: &str) -> Option<(Proxy, PgFixture)> {
    let url = service_url("BELLA_TEST_POSTGRES_URL", test)?;
    let proxy = Proxy::start(host_of(&url, 5432)).await;
    let fx = PgFixture::new(test, Some(proxy.addr)).await?;
    Some((proxy, fx))
}

#[tokio::test]
async fn postgres_down_is_unavailable() {
    let Some(url) = service_url("BELLA_TEST_POSTGRES_URL", "postgres_down_is_unavailable") else {
        return;
    };
    bounded!(20, async {
        // Port 1 on loopback: nothing listens there.
        let config = StoreConfig::new(&with_host(&url, "127.0.0.1:1"))
            .with_op_timeout(Duration::from_secs(2));
        let r = Stores::connect_with(&config).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
    });
}

#[tokio::test]
async fn redis_down_is_unavailable() {
    let Some(_) = service_url("BELLA_TEST_REDIS_URL", "redis_down_is_unavailable") else {
        return;
    };
    bounded!(20, async {
        let config = StoreConfig::new("sqlite::memory:")
            .with_redis(Some("redis://127.0.0.1:1"))
            .with_op_timeout(Duration::from_secs(2));
        let r = Stores::connect_with(&config).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
    });
}

/// Postgres goes away and comes back: typed errors meanwhile, then the pool recovers,
/// and the request that failed can be repeated with its key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_restart_then_recover() {
    let Some((proxy, fx)) = pg_through_proxy("postgres_restart_then_recover").await else {
        return;
    };
    bounded!(60, async {
        let store = fx.store.clone();
        let t = crate::common::at("2031-09-01T16:00:00Z");
        store
            .book(
                new_appt("Lee", phone(20), t, 30),
                &RequestKey("CAf:1".into()),
            )
            .await
            .unwrap();

        proxy.cut();
        let k2 = RequestKey("CAf:2".into());
        let r = store
            .book(new_appt("Lee", phone(20), t + Minutes::hours(1), 30), &k2)
            .await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
        let r = SessionStore::save(&*store, "CAf", "{}", None, Duration::from_secs(60)).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
        assert!(AppointmentStore::ping(&*store).await.is_err());

        proxy.restore();
        eventually(Duration::from_secs(10), || AppointmentStore::ping(&*store)).await;
        let second = store
            .book(new_appt("Lee", phone(20), t + Minutes::hours(1), 30), &k2)
            .await
            .unwrap();
        assert_eq!(
            store
                .book(new_appt("Lee", phone(20), t + Minutes::hours(1), 30), &k2)
                .await
                .unwrap(),
            second
        );
        let all = store.list(&Default::default()).await.unwrap();
        assert_eq!(all.len(), 2);
    });
}

/// Connections are cut while 8 clients book distinct slots. Whatever each client saw,
/// the database holds no half-done booking (every appointment has its request key),
/// and repeating every failed request with its key ends with each booked exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_cut_mid_traffic_leaves_no_partial_write() {
    let name = "postgres_cut_mid_traffic_leaves_no_partial_write";
    let Some((proxy, fx)) = pg_through_proxy(name).await else {
        return;
    };
    let proxy = Arc::new(proxy);
    bounded!(90, async {
        let store: Arc<dyn AppointmentStore> = fx.store.clone();
        let base = crate::common::at("2031-10-01T00:00:00Z");
        const CLIENTS: i64 = 8;
        const EACH: i64 = 15;
        let cutter = {
            let proxy = proxy.clone();
            tokio::spawn(async move {
                tokio::time::sleep(Duration::from_millis(60)).await;
                proxy.cut();
                tokio::time::sleep(Duration::from_millis(400)).await;
                proxy.restore();
            })
        };
        let clients = at_once(&store, CLIENTS as u32, move |store, c| async move {
            let c = i64::from(c);
            let mut failed = Vec::new();
            for i in 0..EACH {
                let start = base + Minutes::minutes(30 * (c * EACH + i));
                let key = RequestKey(format!("CAcut{c}:{i}"));
                match store.book(new_appt("Mo", phone(30), start, 30), &key).await {
                    Ok(_) => {}
                    Err(StoreError::Unavailable(_)) => failed.push((start, key)),
                    Err(other) => panic!("unexpected error: {other:?}"),
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            failed
        })
        .await;
        let failed: Vec<_> = clients.into_iter().flatten().collect();
        cutter.await.expect("cutter");
        assert!(
            !failed.is_empty(),
            "the cut must have interrupted some bookings"
        );

        let raw = fx.raw().await;
        let (appts, keys): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM appointments), (SELECT count(*) FROM request_keys)",
        )
        .fetch_one(&raw)
        .await
        .unwrap();
        assert_eq!(
            appts, keys,
            "an appointment without its request key (or the reverse)"
        );

        for (start, key) in &failed {
            eventually(Duration::from_secs(10), || {
                store.book(new_appt("Mo", phone(30), *start, 30), key)
            })
            .await;
        }
        let (appts,): (i64,) = sqlx::query_as("SELECT count(*) FROM appointments")
            .fetch_one(&raw)
            .await
            .unwrap();
        assert_eq!(
            appts,
            CLIENTS * EACH,
            "each request booked exactly once ({} had failed)",
            failed.len()
        );
        raw.close().await;
    });
}

/// Redis goes away and comes back: typed errors meanwhile, the session is intact after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_restart_then_recover() {
    let Some(url) = service_url("BELLA_TEST_REDIS_URL", "redis_restart_then_recover") else {
        return;
    };
    let proxy = Proxy::start(host_of(&url, 6379)).await;
    let Some(fx) = RedisFixture::new("redis_restart_then_recover", Some(proxy.addr)).await else {
        return;
    };
    bounded!(60, async {
        let store = fx.store.clone();
        let ttl = Duration::from_secs(60);
        let v1 = store.save("CAr", "{\"n\":1}", None, ttl).await.unwrap();

        proxy.cut();
        let r = store.save("CAr", "{\"n\":2}", Some(v1), ttl).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");
        let r = store.load("CAr").await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");

        proxy.restore();
        let s = eventually(Duration::from_secs(10), || store.load("CAr"))
            .await
            .expect("session kept");
        assert_eq!((s.data.as_str(), s.version), ("{\"n\":1}", v1));
        let v2 = store.save("CAr", "{\"n\":2}", Some(v1), ttl).await.unwrap();
        assert_eq!(v2, v1 + 1);
    });
}
