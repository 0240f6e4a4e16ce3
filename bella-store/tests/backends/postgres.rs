//! The suite on Postgres, each test in a schema of its own.

use crate::common::PgFixture;
use crate::{bounded, suite};
use bella_clock::Clock;
use bella_store::{StoreConfig, Stores};
use std::sync::Arc;

macro_rules! pg_test {
    ($name:ident, $secs:expr, |$s:ident| $body:expr) => {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let Some(fx) = PgFixture::new(stringify!($name), None).await else {
                return;
            };
            let $s = fx.store.clone();
            bounded!($secs, async { $body.await });
        }
    };
}

pg_test!(postgres_appointments, 30, |s| suite::appointments(&*s));
pg_test!(postgres_idempotency, 30, |s| suite::idempotency(&*s));
pg_test!(
    postgres_sub_second_bounds,
    30,
    |s| suite::sub_second_bounds(&*s)
);
pg_test!(postgres_bad_input, 30, |s| suite::bad_input(&*s, &*s));
pg_test!(
    postgres_free_slot_vectors,
    30,
    |s| suite::free_slot_vectors(&*s)
);
pg_test!(postgres_booking_race, 60, |s| suite::booking_race(s));
pg_test!(postgres_same_key_race, 60, |s| suite::same_key_race(s));
pg_test!(postgres_sessions, 30, |s| suite::sessions(&*s));
pg_test!(postgres_session_race, 60, |s| suite::session_race(s));
pg_test!(postgres_records, 30, |s| suite::records(&*s));
pg_test!(postgres_many_calls_at_once, 60, |s| {
    suite::many_calls_at_once(s.clone(), s)
});
pg_test!(postgres_session_purge, 30, |s| suite::session_purge(
    &*s, true
));

#[tokio::test]
async fn postgres_sessions_on_the_clock() {
    let mut clock = Clock::manual(crate::common::at("2031-05-05T15:00:00Z"));
    let test = "postgres_sessions_on_the_clock";
    let Some(fx) = PgFixture::on_clock(test, None, clock.clone()).await else {
        return;
    };
    bounded!(30, async {
        suite::sessions_on_the_clock(&*fx.store, &mut clock).await
    });
}

/// The exclusion constraint holds even for rows written behind the store's back.
#[tokio::test]
async fn postgres_constraint_rejects_raw_overlap() {
    let Some(fx) = PgFixture::new("postgres_constraint_rejects_raw_overlap", None).await else {
        return;
    };
    bounded!(30, async {
        let raw = fx.raw().await;
        let insert = "INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, status) \
                      VALUES ('A', '+14035550100', $1, $2, 30, 'America/Edmonton', $3)";
        let t = crate::common::at("2031-08-01T16:00:00Z");
        let end = t + chrono::Duration::minutes(30);
        sqlx::query(insert)
            .bind(t)
            .bind(end)
            .bind("booked")
            .execute(&raw)
            .await
            .unwrap();
        let err = sqlx::query(insert)
            .bind(t)
            .bind(end)
            .bind("booked")
            .execute(&raw)
            .await
            .unwrap_err();
        assert_eq!(
            err.as_database_error().and_then(|e| e.code()).as_deref(),
            Some("23P01")
        );
        // A cancelled row may share the time.
        sqlx::query(insert)
            .bind(t)
            .bind(end)
            .bind("cancelled")
            .execute(&raw)
            .await
            .unwrap();
        raw.close().await;
    });
}

/// `Stores::connect_with` on Postgres, sessions included, answers ping.
#[tokio::test]
async fn postgres_stores_connect() {
    let Some(fx) = PgFixture::new("postgres_stores_connect", None).await else {
        return;
    };
    bounded!(30, async {
        let config: StoreConfig = fx.config.clone();
        let stores = Stores::connect_with(&config).await.unwrap();
        stores.ping().await.unwrap();
        let v = stores
            .sessions
            .save("CApg", "{}", None, std::time::Duration::from_secs(5))
            .await
            .unwrap();
        assert_eq!(v, 1);
        // Migrations are idempotent: connecting again to the same schema is fine.
        let again = Arc::new(Stores::connect_with(&config).await.unwrap());
        assert_eq!(
            again
                .sessions
                .load("CApg")
                .await
                .unwrap()
                .map(|s| s.version),
            Some(1)
        );
    });
}

pg_test!(postgres_bays_race, 60, |s| crate::resources::bays_race(s));
pg_test!(postgres_per_resource, 30, |s| {
    crate::resources::per_resource(&*s)
});
pg_test!(postgres_move_to_another_resource, 30, |s| {
    crate::resources::move_to_another_resource(&*s)
});
pg_test!(postgres_customers, 30, |s| crate::resources::customers(&*s));
pg_test!(postgres_manage, 30, |s| crate::manage::everything(&*s));
pg_test!(postgres_stats_rollups, 60, |s| crate::rollup::agrees(s));
pg_test!(postgres_manage_call_stats, 30, |s| {
    crate::manage::call_stats(&*s, &*s)
});
