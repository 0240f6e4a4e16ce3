//! `AppointmentQuery::confirmed` on both backends: the confirmed (booked, and confirmed
//! on a reminder call) appointments are filtered before the page is cut, so a page
//! smaller than the matches comes back full and the next page holds the rest.

use crate::bounded;
use crate::common::{PgFixture, at, new_appt, phone};
use bella_core::{AppointmentId, AppointmentStatus};
use bella_store::{AppointmentQuery, AppointmentStore, RequestKey, SqliteStore, StoreConfig};
use chrono::Duration;

async fn ids(store: &dyn AppointmentStore, q: &AppointmentQuery) -> Vec<AppointmentId> {
    store.list(q).await.unwrap().iter().map(|a| a.id).collect()
}

/// Books eight appointments a day apart, the last on "Bay 2"; returns their ids and
/// the statement (with `{now}` for the dialect's time) that confirms five of them, as
/// the outbox does on a reminder call's yes.
async fn book(store: &dyn AppointmentStore) -> (Vec<AppointmentId>, String) {
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
    let list: Vec<String> = [1, 2, 4, 6, 7]
        .iter()
        .map(|&i| booked[i].0.to_string())
        .collect();
    let sql = format!(
        "UPDATE appointments SET confirmed_at = {{now}} WHERE id IN ({})",
        list.join(", ")
    );
    (booked, sql)
}

/// Cancels the sixth (confirmed) one, then pages through the four still confirmed.
async fn pages(store: &dyn AppointmentStore, booked: &[AppointmentId]) {
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
        let (booked, sql) = book(&store).await;
        let sql = sqlx::AssertSqlSafe(sql.replace("{now}", "1"));
        sqlx::query(sql).execute(store.write_pool()).await.unwrap();
        pages(&store, &booked).await;
    });
}

#[tokio::test]
async fn postgres_confirmed_pages() {
    let Some(fx) = PgFixture::new("postgres_confirmed_pages", None).await else {
        return;
    };
    bounded!(30, async {
        let (booked, sql) = book(&*fx.store).await;
        let raw = fx.raw().await;
        let sql = sqlx::AssertSqlSafe(sql.replace("{now}", "now()"));
        sqlx::query(sql).execute(&raw).await.unwrap();
        raw.close().await;
        pages(&*fx.store, &booked).await;
    });
}
