//! The suite on SQLite, in memory and in a file, plus restart durability.

use crate::common::{TempDb, at, count, new_appt, phone};
use crate::{bounded, suite};
use bella_store::{
    AppointmentQuery, AppointmentStore, RequestKey, SessionStore, SqliteStore, StoreConfig,
    StoreError, Stores,
};
use std::sync::Arc;
use std::time::Duration;

async fn memory() -> SqliteStore {
    SqliteStore::connect(&StoreConfig::new("sqlite::memory:"))
        .await
        .expect("memory db")
}

async fn file(db: &TempDb) -> SqliteStore {
    SqliteStore::connect(&StoreConfig::new(&db.url()).with_max_connections(8))
        .await
        .expect("file db")
}

#[tokio::test]
async fn sqlite_memory_appointments() {
    bounded!(30, async { suite::appointments(&memory().await).await });
}

#[tokio::test]
async fn sqlite_file_appointments() {
    let db = TempDb::new();
    bounded!(30, async { suite::appointments(&file(&db).await).await });
}

#[tokio::test]
async fn sqlite_sub_second_bounds() {
    bounded!(30, async {
        suite::sub_second_bounds(&memory().await).await
    });
}

#[tokio::test]
async fn sqlite_idempotency() {
    let db = TempDb::new();
    bounded!(30, async { suite::idempotency(&file(&db).await).await });
}

#[tokio::test]
async fn sqlite_bad_input() {
    bounded!(30, async {
        let s = memory().await;
        suite::bad_input(&s, &s).await;
    });
}

#[tokio::test]
async fn sqlite_free_slot_vectors() {
    bounded!(30, async {
        suite::free_slot_vectors(&memory().await).await
    });
}

#[tokio::test]
async fn sqlite_booking_race() {
    let db = TempDb::new();
    bounded!(60, async {
        suite::booking_race(Arc::new(file(&db).await)).await
    });
}

#[tokio::test]
async fn sqlite_same_key_race() {
    let db = TempDb::new();
    bounded!(60, async {
        suite::same_key_race(Arc::new(file(&db).await)).await
    });
}

#[tokio::test]
async fn sqlite_sessions() {
    let db = TempDb::new();
    bounded!(30, async { suite::sessions(&file(&db).await).await });
}

#[tokio::test]
async fn sqlite_sessions_on_the_clock() {
    let db = TempDb::new();
    let mut clock = bella_clock::Clock::manual(at("2031-05-05T15:00:00Z"));
    let config = StoreConfig::new(&db.url()).with_clock(clock.clone());
    let store = SqliteStore::connect(&config).await.expect("file db");
    bounded!(30, async {
        suite::sessions_on_the_clock(&store, &mut clock).await
    });
}

#[tokio::test]
async fn sqlite_session_race() {
    let db = TempDb::new();
    bounded!(60, async {
        suite::session_race(Arc::new(file(&db).await)).await
    });
}

/// Racing saves, deletes and records of many calls: the writer task's batches.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_many_calls_at_once() {
    let db = TempDb::new();
    bounded!(60, async {
        let store = Arc::new(file(&db).await);
        suite::many_calls_at_once(store.clone(), store).await;
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_memory_many_calls_at_once() {
    bounded!(60, async {
        let store = Arc::new(memory().await);
        suite::many_calls_at_once(store.clone(), store).await;
    });
}

#[tokio::test]
async fn sqlite_records() {
    bounded!(30, async { suite::records(&memory().await).await });
}

/// A restart loses nothing: bookings, request keys and live sessions survive.
#[tokio::test]
async fn sqlite_restart_keeps_everything() {
    let db = TempDb::new();
    bounded!(30, async {
        let t = at("2031-07-07T16:00:00Z");
        let ttl = Duration::from_secs(600);
        let (booked, v) = {
            let stores = Stores::connect(&db.url(), None).await.unwrap();
            let a = stores
                .appointments
                .book(
                    new_appt("Kim", phone(11), t, 30),
                    &RequestKey("CAk:1".into()),
                )
                .await
                .unwrap();
            let v = stores
                .sessions
                .save("CAk", "{\"step\":\"confirm\"}", None, ttl)
                .await
                .unwrap();
            (a, v)
        };
        let reopened = file(&db).await;
        assert_eq!(reopened.get(booked.id).await.unwrap(), Some(booked.clone()));
        let s = reopened
            .load("CAk")
            .await
            .unwrap()
            .expect("session survives a restart");
        assert_eq!((s.data.as_str(), s.version), ("{\"step\":\"confirm\"}", v));
        // The request key survived too: a retried webhook after the restart books nothing.
        let again = reopened
            .book(
                new_appt("Kim", phone(11), t, 30),
                &RequestKey("CAk:1".into()),
            )
            .await
            .unwrap();
        assert_eq!(again, booked);
        assert_eq!(count(&reopened).await, 1);
        reopened.close().await;
    });
}

/// A database that cannot be opened is a typed error, not a panic: here its directory
/// cannot be made, since a file stands where it would go.
#[tokio::test]
async fn sqlite_unopenable_path_is_an_error() {
    let db = TempDb::new();
    bounded!(30, async {
        let in_the_way = db.path().join("not-a-dir");
        std::fs::write(&in_the_way, b"").unwrap();
        let url = format!("sqlite://{}", in_the_way.join("x").join("y.db").display());
        let r = Stores::connect(&url, None).await;
        assert!(
            matches!(&r, Err(StoreError::Invalid(m)) if m.contains("not-a-dir")),
            "{:?}",
            r.err()
        );
        let r = Stores::connect("mysql://nope", None).await;
        assert!(matches!(r, Err(StoreError::Invalid(_))), "{r:?}");
    });
}

/// A database file whose directories do not exist yet gets them (`sqlite://data/bella.db`
/// in a fresh checkout), and its data is there when opened again.
#[tokio::test]
async fn sqlite_missing_directories_are_created() {
    let db = TempDb::new();
    bounded!(30, async {
        let file = db.path().join("data").join("nested").join("bella.db");
        let url = format!("sqlite://{}", file.display());
        let store = SqliteStore::connect(&StoreConfig::new(&url)).await.unwrap();
        let t = at("2031-07-07T16:00:00Z");
        let a = store
            .book(
                new_appt("Kim", phone(12), t, 30),
                &RequestKey("CAd:1".into()),
            )
            .await
            .unwrap();
        store.close().await;
        assert!(file.is_file(), "{} was not created", file.display());
        let reopened = SqliteStore::connect(&StoreConfig::new(&url)).await.unwrap();
        assert_eq!(reopened.get(a.id).await.unwrap(), Some(a));
        reopened.close().await;
    });
}

/// `Stores::connect` wires all three stores to one SQLite database.
#[tokio::test]
async fn stores_connect_sqlite_memory() {
    bounded!(30, async {
        let stores = Stores::connect("sqlite::memory:", None).await.unwrap();
        stores.ping().await.unwrap();
        stores
            .records
            .record_start(
                "CAx",
                Some(&phone(12)),
                at("2031-01-01T00:00:00Z"),
                "gather",
            )
            .await
            .unwrap();
        assert_eq!(stores.records.list_records(5).await.unwrap().len(), 1);
        assert_eq!(
            stores
                .sessions
                .save("CAx", "{}", None, Duration::from_secs(5))
                .await
                .unwrap(),
            1
        );
    });
}

#[tokio::test]
async fn sqlite_session_purge() {
    bounded!(30, async {
        suite::session_purge(&memory().await, true).await
    });
}

/// Another process holding the database's write lock past the deadline: the booking is
/// a typed `Unavailable` and writes nothing; once the lock is released it goes through.
#[tokio::test]
async fn sqlite_locked_database_is_unavailable_then_recovers() {
    use sqlx::Connection;
    let db = TempDb::new();
    bounded!(30, async {
        let config = StoreConfig::new(&db.url()).with_op_timeout(Duration::from_millis(300));
        let store = SqliteStore::connect(&config).await.unwrap();
        let mut other = sqlx::SqliteConnection::connect(&db.url()).await.unwrap();
        sqlx::query("BEGIN EXCLUSIVE")
            .execute(&mut other)
            .await
            .unwrap();

        let t = at("2031-11-03T16:00:00Z");
        let key = RequestKey("CAlock:1".into());
        let r = store.book(new_appt("Nia", phone(40), t, 30), &key).await;
        assert!(matches!(r, Err(StoreError::Unavailable(_))), "{r:?}");

        sqlx::query("COMMIT").execute(&mut other).await.unwrap();
        other.close().await.unwrap();
        let booked = store
            .book(new_appt("Nia", phone(40), t, 30), &key)
            .await
            .unwrap();
        assert_eq!(
            store.list(&AppointmentQuery::default()).await.unwrap(),
            vec![booked]
        );
    });
}

/// After `close()`, reads and writes (batched and transactional) are `Unavailable`
/// at once: no hang, no panic.
#[tokio::test]
async fn sqlite_closed_store_is_unavailable() {
    let db = TempDb::new();
    bounded!(30, async {
        let store = file(&db).await;
        AppointmentStore::ping(&store).await.unwrap();
        store.close().await;
        let ttl = Duration::from_secs(60);
        let save = SessionStore::save(&store, "CAclosed", "{}", None, ttl).await;
        assert!(matches!(save, Err(StoreError::Unavailable(_))), "{save:?}");
        let key = RequestKey("CAclosed:1".into());
        let t = at("2031-11-05T16:00:00Z");
        let booked = store.book(new_appt("Ada", phone(41), t, 30), &key).await;
        assert!(
            matches!(booked, Err(StoreError::Unavailable(_))),
            "{booked:?}"
        );
        let ping = AppointmentStore::ping(&store).await;
        assert!(matches!(ping, Err(StoreError::Unavailable(_))), "{ping:?}");
    });
}

#[tokio::test]
async fn sqlite_bays_race() {
    let db = TempDb::new();
    bounded!(60, async {
        crate::resources::bays_race(Arc::new(file(&db).await)).await
    });
}

#[tokio::test]
async fn sqlite_per_resource() {
    bounded!(30, async {
        crate::resources::per_resource(&memory().await).await
    });
}

#[tokio::test]
async fn sqlite_move_to_another_resource() {
    bounded!(30, async {
        crate::resources::move_to_another_resource(&memory().await).await
    });
}

#[tokio::test]
async fn sqlite_customers() {
    let db = TempDb::new();
    bounded!(30, async {
        crate::resources::customers(&file(&db).await).await
    });
}

#[tokio::test]
async fn sqlite_manage() {
    let db = TempDb::new();
    bounded!(30, async {
        crate::manage::everything(&file(&db).await).await
    });
}

#[tokio::test]
async fn sqlite_stats_rollups() {
    let db = TempDb::new();
    bounded!(60, async {
        crate::rollup::agrees(std::sync::Arc::new(file(&db).await)).await
    });
}

#[tokio::test]
async fn sqlite_manage_call_stats() {
    bounded!(30, async {
        let s = memory().await;
        crate::manage::call_stats(&s, &s).await
    });
}
