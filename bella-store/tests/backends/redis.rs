//! The session suite on Redis, each test under a key prefix of its own.

use crate::common::RedisFixture;
use crate::{bounded, suite};

#[tokio::test]
async fn redis_sessions() {
    let Some(fx) = RedisFixture::new("redis_sessions", None).await else {
        return;
    };
    bounded!(30, async { suite::sessions(&*fx.store).await });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_session_race() {
    let Some(fx) = RedisFixture::new("redis_session_race", None).await else {
        return;
    };
    bounded!(60, async { suite::session_race(fx.store.clone()).await });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_many_calls_at_once() {
    let Some(fx) = RedisFixture::new("redis_many_calls_at_once", None).await else {
        return;
    };
    let records =
        bella_store::SqliteStore::connect(&bella_store::StoreConfig::new("sqlite::memory:"))
            .await
            .expect("memory db for the call records");
    bounded!(60, async {
        suite::many_calls_at_once(fx.store.clone(), std::sync::Arc::new(records)).await
    });
}

#[tokio::test]
async fn redis_bad_input() {
    let Some(fx) = RedisFixture::new("redis_bad_input", None).await else {
        return;
    };
    bounded!(30, async {
        let sqlite =
            bella_store::SqliteStore::connect(&bella_store::StoreConfig::new("sqlite::memory:"))
                .await
                .unwrap();
        suite::bad_input(&sqlite, &*fx.store).await;
    });
}

/// Sessions in Redis expire server-side: the key itself is gone after the TTL.
#[tokio::test]
async fn redis_ttl_is_set_on_the_key() {
    let Some(fx) = RedisFixture::new("redis_ttl_is_set_on_the_key", None).await else {
        return;
    };
    bounded!(30, async {
        use bella_store::SessionStore;
        fx.store
            .save("CAttlkey", "{}", None, std::time::Duration::from_secs(100))
            .await
            .unwrap();
        let url = std::env::var("BELLA_TEST_REDIS_URL").unwrap();
        let mut conn = redis::Client::open(url)
            .unwrap()
            .get_multiplexed_async_connection()
            .await
            .unwrap();
        let keys: Vec<String> = redis::cmd("KEYS")
            .arg("bella_test_redis_*CAttlkey")
            .query_async(&mut conn)
            .await
            .unwrap();
        assert_eq!(keys.len(), 1, "{keys:?}");
        let pttl: i64 = redis::cmd("PTTL")
            .arg(&keys[0])
            .query_async(&mut conn)
            .await
            .unwrap();
        assert!((90_000..=100_000).contains(&pttl), "pttl {pttl}");
    });
}

#[tokio::test]
async fn redis_session_purge() {
    let Some(fx) = RedisFixture::new("redis_session_purge", None).await else {
        return;
    };
    bounded!(30, async { suite::session_purge(&*fx.store, false).await });
}
