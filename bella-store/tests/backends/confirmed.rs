//! `AppointmentQuery::confirmed` on both backends: the confirmed (booked, and confirmed
//! on a reminder call) appointments are filtered before the page is cut, so a page
//! smaller than the matches comes back full and the next page holds the rest.

use crate::bounded;
use crate::common::{PgFixture, at, new_appt, phone};
use bella_core::{AppointmentId, AppointmentStatus};
use bella_store::{AppointmentQuery, AppointmentStore, RequestKey, SqliteStore, StoreConfig};
use chrono::Duration;
use futures::future::BoxFuture;

/// Sets `confirmed_at` on appointments, as the outbox does on a reminder call's yes.
type Confirm<'a> = &'a (dyn Fn(Vec<i64>) -> BoxFuture<'static, ()> + Sync);

async fn ids(store: &dyn AppointmentStore, q: &AppointmentQuery) -> Vec<AppointmentId> {
    store.list(q).await.unwrap().iter().map(|a| a.id).collect()
}

/// Eight appointments a day apart, the first seven on the only resource; five
/// confirmed, of which one was cancelled afterwards and one is on "Bay 2".
async fn pages(store: &dyn AppointmentStore, confirm: Confirm<'_>) {
    let t = at("2031-05-05T16:00:00Z");
    let mut booked = Vec::new();
    for i in 0..8u32 {
        let mut new = new_appt("Rocky Jonathan", phone(i), t + Duration::days(i.into()), 30);
        if i == 7 {
            new.resource = Some("Bay 2".into());
        }
        let key = RequestKey::for_turn("CAconfirmed", i);
        booked.push(store.book(new, &key).await.unwrap().id);
    }
    confirm([1, 2, 4, 6, 7].iter().map(|&i| booked[i].0).collect()).await;
    store
        .cancel(booked[6], &RequestKey::for_turn("CAconfirmed", 100))
        .await
        .unwrap();
    let page = |offset, resource: Option<&str>| AppointmentQuery {
        confirmed: true,
        resource: resource.map(str::to_owned),
        limit: 2,
        offset,
        ..AppointmentQuery::default()
    };
    // Four match; pages of two are full, then empty.
    assert_eq!(ids(store, &page(0, None)).await, vec![booked[1], booked[2]]);
    assert_eq!(ids(store, &page(2, None)).await, vec![booked[4], booked[7]]);
    assert!(ids(store, &page(4, None)).await.is_empty());
    // With the resource filter too.
    assert_eq!(ids(store, &page(0, Some("Bay 2"))).await, vec![booked[7]]);
    assert_eq!(
        ids(store, &page(0, Some(""))).await,
        vec![booked[1], booked[2]]
    );
    // Without the filter the same page is every booked one.
    let all = AppointmentQuery {
        status: Some(AppointmentStatus::Booked),
        limit: 3,
        ..AppointmentQuery::default()
    };
    assert_eq!(ids(store, &all).await, booked[..3].to_vec());
}

#[tokio::test]
async fn sqlite_confirmed_pages() {
    bounded!(30, async {
        let store = SqliteStore::connect(&StoreConfig::new("sqlite::memory:"))
            .await
            .unwrap();
        let pool = store.write_pool().clone();
        let confirm = move |ids: Vec<i64>| -> BoxFuture<'static, ()> {
            let pool = pool.clone();
            Box::pin(async move {
                for id in ids {
                    sqlx::query("UPDATE appointments SET confirmed_at = 1 WHERE id = ?1")
                        .bind(id)
                        .execute(&pool)
                        .await
                        .unwrap();
                }
            })
        };
        pages(&store, &confirm).await;
    });
}

#[tokio::test]
async fn postgres_confirmed_pages() {
    let Some(fx) = PgFixture::new("postgres_confirmed_pages", None).await else {
        return;
    };
    bounded!(30, async {
        let raw = fx.raw().await;
        let pool = raw.clone();
        let confirm = move |ids: Vec<i64>| -> BoxFuture<'static, ()> {
            let pool = pool.clone();
            Box::pin(async move {
                for id in ids {
                    sqlx::query("UPDATE appointments SET confirmed_at = now() WHERE id = $1")
                        .bind(id)
                        .execute(&pool)
                        .await
                        .unwrap();
                }
            })
        };
        pages(&*fx.store, &confirm).await;
        raw.close().await;
    });
}
