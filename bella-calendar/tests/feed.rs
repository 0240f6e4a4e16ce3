//! The ICS feed over a real store: it parses with the `icalendar` parser, its events
//! match the store (UIDs, UTC times, status), cancelled ones stay 30 days, the phone
//! appears only for tokens made with it, and tokens are checked per feed.

mod common;

use bella_calendar::db::token_hash;
use bella_calendar::service::FeedError;
use bella_store::{AppointmentStore, RequestKey, Stores};
use std::sync::Arc;

struct Appts {
    appointments: Arc<dyn AppointmentStore>,
}
use chrono::Duration;
use common::*;
use icalendar::Component;

#[tokio::test]
async fn the_feed_parses_and_matches_the_store_on_sqlite() {
    let db = TempDb::new();
    let stores = Stores::connect(&db.url(), None).await.unwrap();
    check_feed(&db.url(), None, stores.appointments).await;
}

#[tokio::test]
async fn the_feed_parses_and_matches_the_store_on_postgres() {
    let Some(pg) = store::PgFixture::new("the_feed_on_postgres", None).await else {
        return;
    };
    let url = pg.config.database_url.clone();
    check_feed(&url, pg.config.pg_schema.as_deref(), pg.store.clone()).await;
}

async fn check_feed(url: &str, schema: Option<&str>, appointments: Arc<dyn AppointmentStore>) {
    let mut cfg = bella_calendar::CalendarConfig::empty("Clinic");
    cfg.resources = vec![SINGH.to_owned(), "Front desk".to_owned()];
    let cal = calendars(url, schema, cfg).await;
    let stores = Appts { appointments };
    let now = chrono::Utc::now();
    let start = now + Duration::days(3);
    let mut ids = Vec::new();
    for (i, res) in [SINGH, SINGH, "Front desk"].iter().enumerate() {
        let mut a = new_appt(
            "Ann Lee",
            phone(i as u32),
            start + Duration::hours(i as i64),
            30,
        );
        a.resource = Some((*res).to_owned());
        a.service = Some("Cleaning".into());
        let k = RequestKey::for_turn("CAfeed", i as u32);
        ids.push(stores.appointments.book(a, &k).await.unwrap().id);
    }
    stores
        .appointments
        .cancel(ids[1], &RequestKey::for_turn("CAfeed", 9))
        .await
        .unwrap();
    let (_, singh_token) = cal.db.create_token("dr-singh", false, now).await.unwrap();
    let (all_id, all_token) = cal.db.create_token("all", true, now).await.unwrap();
    assert!(singh_token.len() > 40, "{singh_token}");
    assert_ne!(token_hash(&singh_token), singh_token);

    let feed = cal.feed("dr-singh.ics", &singh_token, now).await.unwrap();
    let parsed: icalendar::Calendar = feed.body.parse().expect("the feed parses");
    let events: Vec<_> = parsed.events().collect();
    assert_eq!(events.len(), 2, "{}", feed.body);
    for (e, id) in events.iter().zip(&ids[..2]) {
        let a = stores.appointments.get(*id).await.unwrap().unwrap();
        assert_eq!(e.get_uid(), Some(format!("bella-{}@bella", id.0).as_str()));
        let start = match e.get_start() {
            Some(icalendar::DatePerhapsTime::DateTime(c)) => c.try_into_utc().unwrap(),
            other => panic!("{other:?}"),
        };
        assert_eq!(start, a.start);
        assert_eq!(e.get_summary(), Some("Cleaning - Ann"));
        let want = if a.status == bella_core::AppointmentStatus::Cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        assert_eq!(e.property_value("STATUS"), Some(want));
    }
    assert!(!feed.body.contains("555"), "no phone in this feed");
    assert_eq!(parsed.get_name(), Some("Clinic - Dr. Singh"));

    // ETags: the same until something changes.
    let again = cal.feed("dr-singh.ics", &singh_token, now).await.unwrap();
    assert_eq!(feed, again);
    stores
        .appointments
        .reschedule(
            ids[0],
            start + Duration::hours(5),
            &RequestKey::for_turn("CAfeed", 10),
        )
        .await
        .unwrap();
    let moved = cal.feed("dr-singh.ics", &singh_token, now).await.unwrap();
    assert_ne!(moved.etag, feed.etag);

    // The all feed, made with the phone, shows every resource and the numbers.
    let all = cal.feed("all.ics", &all_token, now).await.unwrap();
    let n = all
        .body
        .parse::<icalendar::Calendar>()
        .unwrap()
        .events()
        .count();
    assert_eq!(n, 3);
    let all_cal = all.body.parse::<icalendar::Calendar>().unwrap();
    let phones = all_cal
        .events()
        .filter(|e| e.get_description().unwrap_or_default().contains("+1403555"))
        .count();
    assert_eq!(phones, 3, "{}", all.body);

    // 31 days on, the cancelled one is gone; the booked ones stay.
    let later = now + Duration::days(31);
    let feed = cal.feed("dr-singh.ics", &singh_token, later).await.unwrap();
    assert!(!feed.body.contains("CANCELLED"));
    assert!(feed.body.contains(&format!("bella-{}@bella", ids[0].0)));

    // Tokens are per feed, and revocable.
    for (file, token) in [
        ("all.ics", singh_token.as_str()),
        ("dr-singh.ics", "bcf_wrong"),
        ("dr-singh.ics", ""),
    ] {
        let e = cal.feed(file, token, now).await.unwrap_err();
        assert!(matches!(e, FeedError::BadToken), "{file} {token}: {e:?}");
    }
    for file in ["nobody.ics", "dr-singh", "../x.ics"] {
        let e = cal.feed(file, &singh_token, now).await.unwrap_err();
        assert!(matches!(e, FeedError::UnknownFeed), "{file}: {e:?}");
    }
    assert!(cal.db.revoke_token(all_id, now).await.unwrap());
    assert!(!cal.db.revoke_token(all_id, now).await.unwrap());
    assert!(matches!(
        cal.feed("all.ics", &all_token, now).await.unwrap_err(),
        FeedError::BadToken
    ));
    let listed = cal.db.list_tokens().await.unwrap();
    assert_eq!(listed.len(), 2);
    assert!(
        listed
            .iter()
            .any(|t| t.id == all_id && t.revoked_at.is_some())
    );
}
