//! Services and resources (issue 12): overlaps are refused per resource, and the
//! customer record follows bookings and can be erased.

use crate::common::{at, at_once, new_appt, phone, race_winners};
use bella_core::PhoneNumber;
use bella_store::{AppointmentQuery, AppointmentStore, ERASED_NAME, RequestKey, StoreError};
use chrono::Duration;
use std::sync::Arc;

/// 50 callers at once for a 90-minute service on three bays, at starts 30 minutes
/// apart inside one window: exactly three bookings, none overlapping on a bay.
pub async fn bays_race(store: Arc<dyn AppointmentStore>) {
    let t = at("2031-07-01T16:00:00Z");
    let results = at_once(&store, 50, move |store, i| {
        let start = t + Duration::minutes(30 * i64::from(i % 3));
        let bay = format!("Bay {}", 1 + (i / 3) % 3);
        async move {
            let mut new = new_appt("Racer", phone(300 + i), start, 90);
            new.service = Some("Brake inspection".into());
            new.resource = Some(bay);
            store.book(new, &RequestKey(format!("bays:{i}"))).await
        }
    })
    .await;
    let won = race_winners(results);
    for a in &won {
        assert_eq!(a.minutes, 90);
        assert_eq!(a.service.as_deref(), Some("Brake inspection"));
    }
    let all = store.list(&AppointmentQuery::default()).await.unwrap();
    assert_eq!(won.len(), 3, "one booking per bay");
    assert_eq!(all.len(), 3);
    for a in &all {
        for b in &all {
            if a.id != b.id {
                assert!(
                    a.resource != b.resource || a.end() <= b.start || b.end() <= a.start,
                    "overlap on {:?}",
                    a.resource
                );
            }
        }
    }
    let busy = store
        .busy_with_resources(t, t + Duration::hours(4))
        .await
        .unwrap();
    assert_eq!(busy.len(), 3);
    assert!(busy.iter().all(|b| b.resource.is_some()));
}

/// The same time on two resources books twice; a third on either is taken.
pub async fn per_resource(store: &dyn AppointmentStore) {
    let t = at("2031-07-02T16:00:00Z");
    let on = |r: Option<&str>, i: u32| {
        let mut n = new_appt("Pat Lee", phone(400 + i), t, 60);
        n.resource = r.map(str::to_owned);
        n
    };
    let key = |s: &str| RequestKey(s.to_owned());
    let a = store
        .book(on(Some("Dr. Singh"), 1), &key("pr:1"))
        .await
        .unwrap();
    assert_eq!(a.resource.as_deref(), Some("Dr. Singh"));
    store.book(on(Some("Luc"), 2), &key("pr:2")).await.unwrap();
    assert!(matches!(
        store.book(on(Some("Luc"), 3), &key("pr:3")).await,
        Err(StoreError::SlotTaken)
    ));
    // The business's only resource (none named) is a resource of its own.
    let none = store.book(on(None, 4), &key("pr:4")).await.unwrap();
    assert_eq!(none.resource, None);
    assert!(matches!(
        store.book(on(None, 5), &key("pr:5")).await,
        Err(StoreError::SlotTaken)
    ));
    // Moving onto a taken time on the same resource is refused.
    let later = store
        .book(
            {
                let mut n = on(Some("Luc"), 6);
                n.start = t + Duration::hours(2);
                n
            },
            &key("pr:6"),
        )
        .await
        .unwrap();
    assert!(matches!(
        store.reschedule(later.id, t, &key("pr:7")).await,
        Err(StoreError::SlotTaken)
    ));
    assert!(
        store
            .reschedule(later.id, t + Duration::hours(1), &key("pr:8"))
            .await
            .is_ok()
    );
}

/// A move to another resource (a caller asked for another person, SPEC §3.1): refused
/// while that person is busy then, and leaves the appointment as it was; once they are
/// free it goes to them, keeps its id, and frees its old person's time. A move naming
/// no resource stays on the one it is on now.
pub async fn move_to_another_resource(store: &dyn AppointmentStore) {
    let t = at("2031-07-04T16:00:00Z");
    let key = |s: &str| RequestKey(s.to_owned());
    let on = |r: &str, i: u32, start| {
        let mut n = new_appt("Cody Ratt", phone(500 + i), start, 30);
        n.resource = Some(r.to_owned());
        n
    };
    let mine = store.book(on("Dmitri", 1, t), &key("mr:1")).await.unwrap();
    let two = t + Duration::hours(4);
    let jaydens = store
        .book(on("Jayden", 2, two), &key("mr:2"))
        .await
        .unwrap();
    // Jayden is busy at 2: refused, nothing changes (Dmitri is free then).
    let busy = store
        .reschedule_to(mine.id, two, Some("Jayden"), &key("mr:3"))
        .await;
    assert!(matches!(busy, Err(StoreError::SlotTaken)), "{busy:?}");
    let kept = store.get(mine.id).await.unwrap().expect("still there");
    assert_eq!((kept.start, kept.resource.as_deref()), (t, Some("Dmitri")));
    // Free at 3: moved to him, the id kept; the answer and the stored row agree.
    let three = t + Duration::hours(5);
    let moved = store
        .reschedule_to(mine.id, three, Some(" Jayden "), &key("mr:4"))
        .await
        .unwrap();
    assert_eq!(
        (moved.id, moved.start, moved.resource.as_deref()),
        (mine.id, three, Some("Jayden"))
    );
    assert_eq!(store.get(mine.id).await.unwrap(), Some(moved.clone()));
    // A retry under the same key answers the same.
    let again = store
        .reschedule_to(mine.id, three, Some("Jayden"), &key("mr:4"))
        .await
        .unwrap();
    assert_eq!(again, moved);
    // Dmitri's old time is free; Jayden's 3 o'clock is not.
    store.book(on("Dmitri", 3, t), &key("mr:5")).await.unwrap();
    assert!(matches!(
        store.book(on("Jayden", 4, three), &key("mr:6")).await,
        Err(StoreError::SlotTaken)
    ));
    // A move naming no one stays with Jayden, and is checked against his bookings.
    assert!(matches!(
        store.reschedule(mine.id, two, &key("mr:7")).await,
        Err(StoreError::SlotTaken)
    ));
    let later = store
        .reschedule(mine.id, three + Duration::hours(1), &key("mr:8"))
        .await
        .unwrap();
    assert_eq!(later.resource.as_deref(), Some("Jayden"));
    assert_eq!(
        store.get(jaydens.id).await.unwrap().map(|a| a.start),
        Some(two)
    );
    // A resource name a booking could not have is refused as one.
    let long = "x".repeat(1000);
    assert!(matches!(
        store
            .reschedule_to(mine.id, three, Some(&long), &key("mr:9"))
            .await,
        Err(StoreError::Invalid(_))
    ));
}

/// Bookings and cancellations build the record; deleting it erases the name.
pub async fn customers(store: &dyn AppointmentStore) {
    let p: PhoneNumber = phone(777);
    assert!(store.customer(&p).await.unwrap().is_none());
    let t = at("2031-07-03T16:00:00Z");
    let key = |s: &str| RequestKey(s.to_owned());
    let first = store
        .book(new_appt("Priya Patel", p.clone(), t, 30), &key("cu:1"))
        .await
        .unwrap();
    store
        .book(
            new_appt("Priya Patel", p.clone(), t + Duration::days(7), 30),
            &key("cu:2"),
        )
        .await
        .unwrap();
    store.cancel(first.id, &key("cu:3")).await.unwrap();
    let c = store.customer(&p).await.unwrap().expect("a record");
    assert_eq!(c.name.as_ref().map(|n| n.as_str()), Some("Priya Patel"));
    assert_eq!((c.bookings, c.cancellations, c.no_shows), (2, 1, 0));
    assert_eq!(c.first_booking, Some(t));
    assert_eq!(c.last_booking, Some(t + Duration::days(7)));
    assert!(!format!("{c:?}").contains("Priya"), "Debug hides the name");
    // Staff mark the second appointment missed: once counts once, and it can be
    // taken back; a cancelled or unknown appointment cannot be marked.
    let booked = AppointmentQuery {
        phone: Some(p.clone()),
        status: Some(bella_core::AppointmentStatus::Booked),
        ..Default::default()
    };
    let second = store.list(&booked).await.unwrap()[0].id;
    assert!(store.set_no_show(second, true).await.unwrap());
    assert!(!store.set_no_show(second, true).await.unwrap());
    let no_shows = |c: Option<bella_store::Customer>| c.expect("a record").no_shows;
    assert_eq!(no_shows(store.customer(&p).await.unwrap()), 1);
    assert!(store.set_no_show(second, false).await.unwrap());
    assert_eq!(no_shows(store.customer(&p).await.unwrap()), 0);
    assert!(store.set_no_show(second, true).await.unwrap());
    assert!(matches!(
        store.set_no_show(first.id, true).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store
            .set_no_show(bella_core::AppointmentId(999_999), true)
            .await,
        Err(StoreError::NotFound)
    ));
    let c = store.customer(&p).await.unwrap().expect("a record");
    assert_eq!((c.bookings, c.cancellations, c.no_shows), (2, 1, 1));
    // The note: set, trimmed, cleared; refused when too long; none without a record.
    assert!(
        store
            .set_customer_note(&p, Some(" Blue Civic. "))
            .await
            .unwrap()
    );
    let c = store.customer(&p).await.unwrap().expect("a record");
    assert_eq!(c.note.as_deref(), Some("Blue Civic."));
    assert!(!format!("{c:?}").contains("Civic"), "Debug hides the note");
    let long = "x".repeat(bella_store::MAX_NOTE_CHARS + 1);
    assert!(matches!(
        store.set_customer_note(&p, Some(&long)).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(store.set_customer_note(&p, None).await.unwrap());
    assert_eq!(store.customer(&p).await.unwrap().unwrap().note, None);
    assert!(store.set_customer_note(&p, Some("again")).await.unwrap());
    assert!(
        !store
            .set_customer_note(&phone(778), Some("x"))
            .await
            .unwrap()
    );
    assert!(store.delete_customer(&p).await.unwrap());
    assert!(store.customer(&p).await.unwrap().is_none());
    let q = AppointmentQuery {
        phone: Some(p.clone()),
        ..Default::default()
    };
    let left = store.list(&q).await.unwrap();
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|a| a.name.as_str() == ERASED_NAME));
    // The note went with the record; marking a no-show now creates none.
    assert!(!store.set_customer_note(&p, Some("x")).await.unwrap());
    assert!(store.set_no_show(second, false).await.unwrap());
    assert!(store.customer(&p).await.unwrap().is_none());
    assert!(!store.delete_customer(&phone(778)).await.unwrap());
}
