//! Push and pull against a real CalDAV server (Radicale, from `scripts/services-up`;
//! `BELLA_TEST_CALDAV_URL`): a booking appears with the right times, a move updates
//! it, a cancel removes it; busy events block slots; an outage is caught up; two
//! workers on one Postgres push each change once.

mod common;

use bella_calendar::ics;
use bella_calendar::push::Round;
use bella_store::{AppointmentStore, NewAppointment, RequestKey, StoreError, Stores};
use chrono::{DateTime, Duration, Utc};
use common::*;
use reqwest::StatusCode;
use std::sync::Arc;

fn singh(i: u32, start: DateTime<Utc>) -> NewAppointment {
    let mut a = new_appt("Ann Lee", phone(i), start, 30);
    a.resource = Some(SINGH.to_owned());
    a.service = Some("Cleaning".to_owned());
    a
}

/// A store on a temp SQLite file and calendars over it, Dr. Singh's pushed to `url`.
async fn on_sqlite(rad: &Radicale, url: &str) -> (TempDb, Stores, bella_calendar::Calendars) {
    let db = TempDb::new();
    let stores = Stores::connect(&db.url(), None).await.unwrap();
    let cal = calendars(&db.url(), None, rad.config(url)).await;
    (db, stores, cal)
}

async fn book(
    stores: &Stores,
    new: NewAppointment,
    call: &str,
    turn: u32,
) -> bella_core::Appointment {
    stores
        .appointments
        .book(new, &key(call, turn))
        .await
        .unwrap()
}

fn key(call: &str, turn: u32) -> RequestKey {
    RequestKey::for_turn(call, turn)
}

#[tokio::test]
async fn booking_move_and_cancel_reach_radicale() {
    let Some(rad) = Radicale::new("booking_move_and_cancel_reach_radicale").await else {
        return;
    };
    let (_db, stores, cal) = on_sqlite(&rad, &rad.url).await;

    let start = at("2027-01-12T10:30:00-07:00");
    let a = book(&stores, singh(1, start), "CAp", 1).await;
    // A front-desk booking has no calendar: nothing is sent for it.
    let mut desk = new_appt("Bo Chan", phone(2), start, 30);
    desk.resource = Some("Front desk".into());
    stores
        .appointments
        .book(desk, &key("CAp", 2))
        .await
        .unwrap();
    let r = cal.pusher.drain(10).await.unwrap();
    assert_eq!((r.pushed, r.skipped, r.failed), (1, 1, 0), "{r:?}");

    let href = format!("{}bella-{}%40bella.ics", rad.url, a.id.0);
    let (status, body) = rad.get(&href).await;
    assert_eq!(status, StatusCode::OK, "{href}");
    let (uid, s, e, summary, st) = one_event(&body);
    assert_eq!(uid, ics::uid(a.id.0, "bella"));
    assert_eq!(s, start, "DTSTART is the booked instant");
    assert_eq!(
        s.to_rfc3339(),
        "2027-01-12T17:30:00+00:00",
        "10:30 in Edmonton"
    );
    assert_eq!(e, start + Duration::minutes(30));
    assert_eq!(summary, "Cleaning - Ann");
    assert_eq!(st, "CONFIRMED");
    assert!(!body.contains("5550001"), "no phone unless configured");
    assert!(body.contains("America/Edmonton"), "the zone is named");

    // Move: the same event, new times.
    let later = start + Duration::hours(2);
    stores
        .appointments
        .reschedule(a.id, later, &key("CAp", 3))
        .await
        .unwrap();
    assert_eq!(cal.pusher.drain(10).await.unwrap().pushed, 1);
    let (_, body) = rad.get(&href).await;
    let (uid2, s, e, _, _) = one_event(&body);
    assert_eq!((uid2, s, e), (uid, later, later + Duration::minutes(30)));
    assert_eq!(rad.count().await, 1, "moved, not copied");

    // Cancel: gone.
    stores
        .appointments
        .cancel(a.id, &key("CAp", 4))
        .await
        .unwrap();
    assert_eq!(cal.pusher.drain(10).await.unwrap().pushed, 1);
    assert_eq!(rad.get(&href).await.0, StatusCode::NOT_FOUND);
    assert_eq!(rad.count().await, 0);
    // Nothing left to send, and nothing sent again.
    assert_eq!(cal.pusher.drain(10).await.unwrap(), Round::default());
    assert_eq!(cal.db.backlog().await.unwrap(), 0);
}

#[tokio::test]
async fn an_edit_in_the_calendar_is_overwritten_by_the_next_push() {
    let Some(rad) = Radicale::new("an_edit_in_the_calendar_is_overwritten").await else {
        return;
    };
    let (_db, stores, cal) = on_sqlite(&rad, &rad.url).await;
    let start = at("2027-01-13T09:00:00-07:00");
    let a = book(&stores, singh(3, start), "CAe", 1).await;
    cal.pusher.drain(5).await.unwrap();
    // Someone edits the event in their calendar app: its ETag changes.
    let uid = ics::uid(a.id.0, "bella");
    let name = format!("bella-{}%40bella", a.id.0);
    let edited = format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
         DTSTAMP:20270101T000000Z\r\nDTSTART:20270113T200000Z\r\nDTEND:20270113T203000Z\r\n\
         SUMMARY:edited\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    rad.put_event(&name, &edited).await;
    // Bella's next change wins (If-Match fails, it reads the new ETag and writes again).
    let later = start + Duration::hours(1);
    stores
        .appointments
        .reschedule(a.id, later, &key("CAe", 2))
        .await
        .unwrap();
    let r = cal.pusher.drain(5).await.unwrap();
    assert_eq!((r.pushed, r.failed), (1, 0));
    let (_, body) = rad.get(&format!("{}{name}.ics", rad.url)).await;
    let (_, s, _, summary, _) = one_event(&body);
    assert_eq!((s, summary.as_str()), (later, "Cleaning - Ann"));
}

fn busy_event(uid: &str, start: &str, end: &str) -> String {
    format!(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n\
         DTSTAMP:20270101T000000Z\r\nDTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:private\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
}

#[tokio::test]
async fn busy_events_in_radicale_block_slots_and_overlaps_are_conflicts() {
    let Some(rad) = Radicale::new("busy_events_block_slots").await else {
        return;
    };
    let (_db, stores, cal) = on_sqlite(&rad, &rad.url).await;
    let store = cal.overlay(stores.appointments.clone());
    // 14:00-15:00 Edmonton on 12 Jan 2027 is the dentist's own appointment.
    rad.put_event(
        "dentist",
        &busy_event("dentist-1", "20270112T210000Z", "20270112T220000Z"),
    )
    .await;
    let from = at("2027-01-12T00:00:00-07:00");
    let to = from + Duration::days(1);
    // The first read never waits: the cache is cold, so it knows nothing yet...
    assert!(
        store
            .busy_with_resources(from, to)
            .await
            .unwrap()
            .is_empty()
    );
    // ...and starts a refresh in the background.
    wait_until(|| async { cal.status()[0].age_secs.is_some() }).await;
    let busy = store.busy_with_resources(from, to).await.unwrap();
    assert_eq!(busy.len(), 1, "{busy:?}");
    assert_eq!(busy[0].start, at("2027-01-12T14:00:00-07:00"));
    assert_eq!(busy[0].resource.as_deref(), Some(SINGH));

    // Booking into it is refused like a taken slot; other slots and resources are fine.
    let two = at("2027-01-12T14:00:00-07:00");
    let e = store.book(singh(4, two), &key("CAb", 1)).await.unwrap_err();
    assert!(matches!(e, StoreError::SlotTaken), "{e:?}");
    let mut desk = new_appt("Bo Chan", phone(5), two, 30);
    desk.resource = Some("Front desk".into());
    store.book(desk, &key("CAb", 2)).await.unwrap();
    let three = at("2027-01-12T15:00:00-07:00");
    let ok = store.book(singh(6, three), &key("CAb", 3)).await.unwrap();

    // Bella's own pushed event is not busy time from elsewhere.
    cal.pusher.drain(5).await.unwrap();
    assert_eq!(cal.cache.refresh_all(from).await, 1);
    let external: Vec<_> = cal.cache.busy(from, to);
    assert_eq!(external.len(), 1, "{external:?}");
    assert!(cal.conflicts(from).await.unwrap().is_empty());

    // A person adds an event over the 15:00 booking: a conflict, listed, not resolved.
    rad.put_event(
        "lunch",
        &busy_event("lunch-1", "20270112T221500Z", "20270112T230000Z"),
    )
    .await;
    cal.cache.refresh_all(from).await;
    let conflicts = cal.conflicts(from).await.unwrap();
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
    assert_eq!(conflicts[0].appointment_id, ok.id.0);
    assert_eq!(conflicts[0].event_uid, "lunch-1");
    assert_eq!(conflicts[0].resource, SINGH);
    assert!(
        stores.appointments.get(ok.id).await.unwrap().is_some(),
        "kept"
    );
}

async fn wait_until<F, Fut>(mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..100 {
        if f().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("condition not met in 5 s");
}

#[tokio::test]
async fn with_radicale_down_bookings_go_through_and_the_outbox_catches_up() {
    let Some(rad) = Radicale::new("with_radicale_down_bookings_go_through").await else {
        return;
    };
    let proxy = Proxy::start(store::host_of(&rad.url, 80)).await;
    let via = with_host(&rad.url, &proxy.addr.to_string());
    let (_db, stores, cal) = on_sqlite(&rad, &via).await;
    let store = cal.overlay(stores.appointments.clone());
    proxy.cut();

    // The server is down: bookings through the overlay still go through.
    let start = at("2027-01-14T09:00:00-07:00");
    let mut ids = Vec::new();
    for i in 0..3 {
        let a = store
            .book(
                singh(10 + i, start + Duration::hours(i64::from(i))),
                &key("CAo", i),
            )
            .await
            .unwrap();
        ids.push(a.id);
    }
    let r = cal.pusher.round(Utc::now(), 10).await.unwrap();
    assert_eq!((r.pushed, r.failed), (0, 3), "{r:?}");
    // A failed refresh keeps the (empty) last good cache and says so.
    assert!(!cal.cache.refresh_all(start).await.eq(&1));
    assert!(!cal.status()[0].ok);
    assert!(cal.status()[0].last_error.is_some());
    // Retries wait for their backoff.
    assert_eq!(
        cal.pusher.round(Utc::now(), 10).await.unwrap(),
        Round::default()
    );
    assert_eq!(cal.db.backlog().await.unwrap(), 3);

    proxy.restore();
    let later = Utc::now() + Duration::minutes(1);
    let r = cal.pusher.round(later, 10).await.unwrap();
    assert_eq!((r.pushed, r.failed), (3, 0), "{r:?}");
    assert_eq!(rad.count().await, 3);
    assert_eq!(cal.db.backlog().await.unwrap(), 0);
    assert_eq!(cal.cache.refresh_all(start).await, 1);
    assert!(cal.status()[0].ok);
    // Caught up once: nothing is sent again.
    assert_eq!(cal.pusher.round(later, 10).await.unwrap(), Round::default());
}

#[tokio::test]
async fn two_servers_on_postgres_push_each_change_once() {
    let Some(rad) = Radicale::new("two_servers_on_postgres_push_each_change_once").await else {
        return;
    };
    let Some(pg) =
        store::PgFixture::new("two_servers_on_postgres_push_each_change_once", None).await
    else {
        return;
    };
    let url = pg.config.database_url.clone();
    let schema = pg.config.pg_schema.clone();
    let a = calendars(&url, schema.as_deref(), rad.config(&rad.url)).await;
    let b = calendars(&url, schema.as_deref(), rad.config(&rad.url)).await;
    let appts: Arc<dyn AppointmentStore> = pg.store.clone();
    let start = at("2027-01-15T09:00:00-07:00");
    let n = 12u32;
    let mut ids = Vec::new();
    for i in 0..n {
        let at = start + Duration::minutes(30 * i64::from(i));
        ids.push(
            appts
                .book(singh(20 + i, at), &key("CAf", i))
                .await
                .unwrap()
                .id,
        );
    }

    async fn race(a: &bella_calendar::Calendars, b: &bella_calendar::Calendars) -> (Round, Round) {
        let (mut ta, mut tb) = (Round::default(), Round::default());
        loop {
            let (ra, rb) =
                tokio::join!(a.pusher.round(Utc::now(), 3), b.pusher.round(Utc::now(), 3));
            let (ra, rb) = (ra.unwrap(), rb.unwrap());
            for (t, r) in [(&mut ta, ra), (&mut tb, rb)] {
                t.pushed += r.pushed;
                t.failed += r.failed;
                t.lost += r.lost;
            }
            if ra == Round::default() && rb == Round::default() {
                return (ta, tb);
            }
        }
    }
    let (ra, rb) = race(&a, &b).await;
    assert_eq!(ra.pushed + rb.pushed, n as usize, "{ra:?} {rb:?}");
    assert_eq!((ra.failed + rb.failed, ra.lost + rb.lost), (0, 0));
    assert!(
        ra.pushed > 0 && rb.pushed > 0,
        "both servers worked: {ra:?} {rb:?}"
    );
    assert_eq!(rad.count().await, n as usize);

    // Move every one: again each change is pushed once, by one of them.
    for (i, id) in ids.iter().enumerate() {
        let to = start + Duration::days(1) + Duration::minutes(30 * i as i64);
        appts
            .reschedule(*id, to, &key("CAg", i as u32))
            .await
            .unwrap();
    }
    let (ra, rb) = race(&a, &b).await;
    assert_eq!(ra.pushed + rb.pushed, n as usize, "{ra:?} {rb:?}");
    assert_eq!(rad.count().await, n as usize);
    assert_eq!(a.db.backlog().await.unwrap(), 0);
}
