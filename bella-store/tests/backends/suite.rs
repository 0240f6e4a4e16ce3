//! The behavioural suite every backend runs: the same calls, the same expectations.

use crate::common::{at, at_once, count, new_appt, phone, race_winners};
use crate::free_slot_vectors;
use bella_clock::Clock;
use bella_core::{AppointmentId, AppointmentStatus, BusinessHours, PhoneNumber};
use bella_store::{
    AppointmentQuery, AppointmentStore, CallRecordStore, RequestKey, SessionStore, StoreError,
};
use chrono::{DateTime, Duration, Utc};
use std::sync::Arc;

/// The ids `store.list(q)` answers, in its order.
async fn ids(store: &dyn AppointmentStore, q: &AppointmentQuery) -> Vec<AppointmentId> {
    store.list(q).await.unwrap().iter().map(|x| x.id).collect()
}

/// The ids of `phone(i)`'s booked appointments from `from`, earliest first.
async fn ids_for_phone(
    store: &dyn AppointmentStore,
    i: u32,
    from: DateTime<Utc>,
) -> Vec<AppointmentId> {
    let found = store.find_by_phone(&phone(i), from).await.unwrap();
    found.iter().map(|x| x.id).collect()
}

fn key(s: &str) -> RequestKey {
    RequestKey(s.to_owned())
}

/// Booking, conflicts, lookups, cancel, reschedule, list.
pub async fn appointments(store: &dyn AppointmentStore) {
    let t9 = at("2031-03-04T16:00:00Z");
    let a = store
        .book(new_appt("Rocky Jonathan", phone(1), t9, 30), &key("c1:1"))
        .await
        .unwrap();
    assert_eq!(a.status, AppointmentStatus::Booked);
    assert_eq!(
        (a.start, a.minutes, a.name.as_str()),
        (t9, 30, "Rocky Jonathan")
    );
    assert_eq!(store.get(a.id).await.unwrap().as_ref(), Some(&a));

    // Same start, a partial overlap, and a booking that swallows it: all taken.
    for (start, minutes) in [
        (t9, 30),
        (t9 + Duration::minutes(15), 30),
        (t9 - Duration::hours(1), 120),
    ] {
        let err = store
            .book(
                new_appt("Other", phone(2), start, minutes),
                &key(&format!("c2:{start}:{minutes}")),
            )
            .await;
        assert!(
            matches!(err, Err(StoreError::SlotTaken)),
            "{start} {minutes}: {err:?}"
        );
    }
    // Back to back is fine on both sides.
    let before = store
        .book(
            new_appt("Ann", phone(2), t9 - Duration::minutes(30), 30),
            &key("c3:1"),
        )
        .await
        .unwrap();
    let after = store
        .book(
            new_appt("Bob", phone(1), t9 + Duration::minutes(30), 30),
            &key("c4:1"),
        )
        .await
        .unwrap();
    assert!(before.id != a.id && after.id != a.id && before.id != after.id);

    let busy = store
        .busy_between(t9 - Duration::hours(2), t9 + Duration::hours(2))
        .await
        .unwrap();
    assert_eq!(
        busy,
        vec![
            (before.start, before.end()),
            (a.start, a.end()),
            (after.start, after.end()),
        ]
    );
    assert!(
        store
            .busy_between(t9 + Duration::hours(1), t9 + Duration::hours(2))
            .await
            .unwrap()
            .is_empty()
    );

    // find_by_phone: booked, from the given instant, earliest first.
    assert_eq!(
        ids_for_phone(store, 1, t9 - Duration::days(1)).await,
        vec![a.id, after.id]
    );
    assert_eq!(
        ids_for_phone(store, 1, t9 + Duration::minutes(1)).await,
        vec![after.id]
    );
    assert!(
        store
            .find_by_phone(&phone(99), t9 - Duration::days(1))
            .await
            .unwrap()
            .is_empty()
    );

    // Cancel frees the slot; the cancelled one no longer shows for the phone.
    let c = store.cancel(a.id, &key("c1:2")).await.unwrap();
    assert_eq!((c.id, c.status), (a.id, AppointmentStatus::Cancelled));
    assert_eq!(
        store.get(a.id).await.unwrap().map(|x| x.status),
        Some(AppointmentStatus::Cancelled)
    );
    assert_eq!(
        ids_for_phone(store, 1, t9 - Duration::days(1)).await,
        vec![after.id]
    );
    let again = store
        .book(new_appt("Cleo", phone(3), t9, 30), &key("c5:1"))
        .await
        .unwrap();
    // Cancelling a cancelled appointment changes nothing.
    assert_eq!(
        store.cancel(a.id, &key("c1:3")).await.unwrap().status,
        AppointmentStatus::Cancelled
    );
    assert!(matches!(
        store
            .cancel(bella_core::AppointmentId(987_654), &key("c1:4"))
            .await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(
        store.get(bella_core::AppointmentId(987_654)).await.unwrap(),
        None
    );

    // Reschedule: onto a taken slot fails and leaves it; onto a free one keeps the id.
    let err = store.reschedule(after.id, t9, &key("c4:2")).await;
    assert!(matches!(err, Err(StoreError::SlotTaken)), "{err:?}");
    assert_eq!(
        store.get(after.id).await.unwrap().map(|x| x.start),
        Some(after.start)
    );
    // Moving onto itself shifted by 15 minutes overlaps only itself: allowed.
    let nudged = store
        .reschedule(after.id, after.start + Duration::minutes(15), &key("c4:3"))
        .await
        .unwrap();
    assert_eq!(
        (nudged.id, nudged.start),
        (after.id, after.start + Duration::minutes(15))
    );
    let moved = store
        .reschedule(after.id, t9 + Duration::days(1), &key("c4:4"))
        .await
        .unwrap();
    assert_eq!(
        (moved.id, moved.start, moved.status),
        (after.id, t9 + Duration::days(1), AppointmentStatus::Booked)
    );
    assert_eq!(store.get(after.id).await.unwrap().as_ref(), Some(&moved));
    assert!(matches!(
        store
            .reschedule(a.id, t9 + Duration::days(2), &key("c1:5"))
            .await,
        Err(StoreError::NotFound)
    ));

    // list: filters, order, paging.
    let all = store.list(&AppointmentQuery::default()).await.unwrap();
    assert_eq!(
        all.iter().map(|x| x.id).collect::<Vec<_>>(),
        vec![before.id, a.id, again.id, moved.id]
    );
    let q = AppointmentQuery {
        status: Some(AppointmentStatus::Booked),
        ..Default::default()
    };
    assert_eq!(store.list(&q).await.unwrap().len(), 3);
    let q = AppointmentQuery {
        phone: Some(phone(1)),
        ..Default::default()
    };
    assert_eq!(ids(store, &q).await, vec![a.id, moved.id]);
    let q = AppointmentQuery {
        from: Some(t9),
        to: Some(t9 + Duration::hours(1)),
        ..Default::default()
    };
    assert_eq!(ids(store, &q).await, vec![a.id, again.id]);
    let q = AppointmentQuery {
        limit: 2,
        offset: 1,
        ..Default::default()
    };
    assert_eq!(ids(store, &q).await, vec![a.id, again.id]);
}

/// Bounds with a fraction of a second mean the same on every backend: a range is
/// `[from, to)` over the stored whole-second starts (`bella_store::sql_time`), for
/// `list`, `find_by_phone` and busy intervals alike.
pub async fn sub_second_bounds(store: &dyn AppointmentStore) {
    let t = at("2031-06-02T09:00:00Z");
    let half = Duration::milliseconds(500);
    let first = store
        .book(new_appt("Ada Stone", phone(1), t, 30), &key("sub:1"))
        .await
        .unwrap();
    let next_start = t + Duration::minutes(30);
    let next = store
        .book(
            new_appt("Ben Stone", phone(1), next_start, 30),
            &key("sub:2"),
        )
        .await
        .unwrap();
    let range = |from: DateTime<Utc>, to: DateTime<Utc>| AppointmentQuery {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    // `from` inside the second before a start keeps it; inside the second after, drops it.
    assert_eq!(
        ids(store, &range(t - half, next_start)).await,
        vec![first.id]
    );
    assert_eq!(
        ids(store, &range(t + half, next_start + half)).await,
        vec![next.id]
    );
    // `to` inside the second after a start keeps it; inside the second before, drops it.
    assert_eq!(
        ids(store, &range(t, next_start + half)).await,
        vec![first.id, next.id]
    );
    assert_eq!(
        ids(store, &range(t, next_start - half)).await,
        vec![first.id]
    );
    assert_eq!(ids_for_phone(store, 1, t + half).await, vec![next.id]);
    assert_eq!(
        ids_for_phone(store, 1, t - half).await,
        vec![first.id, next.id]
    );
    let busy = store
        .busy_between(next_start - Duration::minutes(1), next_start + half)
        .await
        .unwrap();
    assert_eq!(
        busy,
        vec![
            (t, next_start),
            (next_start, next_start + Duration::minutes(30))
        ]
    );
    let busy = store
        .busy_between(t + Duration::minutes(30) - half, next_start)
        .await
        .unwrap();
    assert_eq!(busy, vec![(t, next_start)]);
}

/// A repeated request key returns the first result and changes nothing.
pub async fn idempotency(store: &dyn AppointmentStore) {
    let t = at("2031-04-01T15:00:00Z");
    let k = key("CAidem:3");
    let first = store
        .book(new_appt("Dee", phone(4), t, 30), &k)
        .await
        .unwrap();
    // A retry, even with different content, returns the first result.
    let retry = store
        .book(new_appt("Dee", phone(4), t + Duration::hours(1), 30), &k)
        .await
        .unwrap();
    assert_eq!(retry, first);
    assert_eq!(count(store).await, 1);
    // The key cannot be reused for another operation.
    assert!(matches!(
        store.cancel(first.id, &k).await,
        Err(StoreError::Invalid(_))
    ));

    let moved = store
        .reschedule(first.id, t + Duration::hours(2), &key("CAidem:4"))
        .await
        .unwrap();
    let moved_again = store
        .reschedule(first.id, t + Duration::hours(5), &key("CAidem:4"))
        .await
        .unwrap();
    assert_eq!(moved_again, moved);
    assert_eq!(
        store.get(first.id).await.unwrap().map(|a| a.start),
        Some(t + Duration::hours(2))
    );

    let cancelled = store.cancel(first.id, &key("CAidem:5")).await.unwrap();
    assert_eq!(
        store.cancel(first.id, &key("CAidem:5")).await.unwrap(),
        cancelled
    );
    // A failed request is not remembered: after the slot frees up, the same key books.
    let blocker = store
        .book(new_appt("Eve", phone(5), t, 30), &key("CAblk:1"))
        .await
        .unwrap();
    let k2 = key("CAfail:1");
    assert!(matches!(
        store.book(new_appt("Fay", phone(6), t, 30), &k2).await,
        Err(StoreError::SlotTaken)
    ));
    store.cancel(blocker.id, &key("CAblk:2")).await.unwrap();
    let fay = store
        .book(new_appt("Fay", phone(6), t, 30), &k2)
        .await
        .unwrap();
    assert_eq!(
        store
            .book(new_appt("Fay", phone(6), t, 30), &k2)
            .await
            .unwrap(),
        fay
    );
    let booked = AppointmentQuery {
        status: Some(AppointmentStatus::Booked),
        ..Default::default()
    };
    assert_eq!(store.list(&booked).await.unwrap(), vec![fay]);
    // Purging keys stored before yesterday forgets nothing; purging them all makes a
    // retry a new request (here the slot is taken by that request's own first booking).
    let yesterday = Utc::now() - Duration::days(1);
    assert_eq!(store.purge_request_keys(yesterday).await.unwrap(), 0);
    let later = Utc::now() + Duration::hours(1);
    assert_eq!(store.purge_request_keys(later).await.unwrap(), 6);
    let r = store.book(new_appt("Fay", phone(6), t, 30), &k2).await;
    assert!(matches!(r, Err(StoreError::SlotTaken)), "{r:?}");
}

/// Purging expired sessions deletes exactly those (`deletes`: rows the backend itself
/// must remove; Redis expires keys on its own and reports 0).
pub async fn session_purge(store: &dyn SessionStore, deletes: bool) {
    let short = std::time::Duration::from_millis(200);
    let long = std::time::Duration::from_secs(60);
    for call in ["CAp1", "CAp2"] {
        store.save(call, "{}", None, short).await.unwrap();
    }
    store.save("CAkeep", "{}", None, long).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let purged = store.purge_expired().await.unwrap();
    assert_eq!(purged, if deletes { 2 } else { 0 });
    assert_eq!(store.purge_expired().await.unwrap(), 0);
    assert!(store.load("CAkeep").await.unwrap().is_some());
    assert_eq!(store.load("CAp1").await.unwrap(), None);
    // A purged call starts afresh.
    assert!(store.save("CAp1", "{}", None, long).await.is_ok());
}

/// Bad input is a typed error, never a panic, and writes nothing.
pub async fn bad_input(store: &dyn AppointmentStore, sessions: &dyn SessionStore) {
    let t = at("2031-05-05T15:00:00Z");
    for minutes in [0, 24 * 60 + 1, u32::MAX] {
        let r = store
            .book(
                new_appt("Gus", phone(7), t, minutes),
                &key(&format!("bad:{minutes}")),
            )
            .await;
        assert!(matches!(r, Err(StoreError::Invalid(_))), "{minutes}: {r:?}");
    }
    for k in ["", "a\nb", &"k".repeat(201)] {
        let r = store.book(new_appt("Gus", phone(7), t, 30), &key(k)).await;
        assert!(matches!(r, Err(StoreError::Invalid(_))), "{k:?}: {r:?}");
    }
    let far = DateTime::<Utc>::MAX_UTC - Duration::minutes(10);
    let r = store
        .book(new_appt("Gus", phone(7), far, 30), &key("bad:far"))
        .await;
    assert!(r.is_err(), "{r:?}");
    assert_eq!(count(store).await, 0);
    let hours = BusinessHours::seed_default();
    let r = store.free_slots(&hours, t, t + Duration::days(400)).await;
    assert!(matches!(r, Err(StoreError::Invalid(_))), "{r:?}");
    let r = store
        .free_slots(&hours, DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC)
        .await;
    assert!(matches!(r, Err(StoreError::Invalid(_))), "{r:?}");
    // Extreme instants are answered (or refused) without a panic.
    let (min, max) = (DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC);
    let _ = store.busy_between(min, max).await;
    let _ = store.find_by_phone(&phone(7), min).await;
    let wide = AppointmentQuery {
        from: Some(min),
        to: Some(max),
        limit: u32::MAX,
        offset: u32::MAX,
        ..Default::default()
    };
    let _ = store.list(&wide).await;
    let r = store
        .reschedule(bella_core::AppointmentId(-1), t, &key("bad:neg"))
        .await;
    assert!(matches!(r, Err(StoreError::NotFound)), "{r:?}");

    let ttl = std::time::Duration::from_secs(60);
    assert!(matches!(
        sessions.save("", "{}", None, ttl).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        sessions.save("c\u{0}", "{}", None, ttl).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        sessions
            .save("c", "{}", None, std::time::Duration::ZERO)
            .await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        sessions.load("").await,
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        sessions.save("c", "{}", Some(u64::MAX), ttl).await,
        Err(StoreError::Invalid(_) | StoreError::VersionConflict { .. })
    ));
    let huge = "x".repeat(bella_store::MAX_SESSION_BYTES + 1);
    assert!(matches!(
        sessions.save("c", &huge, None, ttl).await,
        Err(StoreError::Invalid(_))
    ));
    assert_eq!(sessions.load("c").await.unwrap(), None);
}

/// Every free-slot vector: book its existing appointments, ask, compare, cancel them.
pub async fn free_slot_vectors(store: &dyn AppointmentStore) {
    let mut n = 0;
    for (i, case) in free_slot_vectors::cases() {
        let mut booked = Vec::new();
        for (j, (local, minutes)) in case.existing.iter().enumerate() {
            let mut appt = new_appt("Vec Tor", phone(8), case.at(local), *minutes);
            appt.tz = case.tz;
            booked.push(
                store
                    .book(appt, &key(&format!("vec{i}:{j}")))
                    .await
                    .unwrap()
                    .id,
            );
        }
        let (from, to) = case.range();
        let got = store.free_slots(&case.hours(), from, to).await.unwrap();
        assert_eq!(case.walls(&got), case.expect, "free slots: {}", case.name);
        for (j, id) in booked.into_iter().enumerate() {
            store
                .cancel(id, &key(&format!("vec{i}:cancel{j}")))
                .await
                .unwrap();
        }
        n += 1;
    }
    assert!(n >= 10, "expected the whole vector file, ran {n}");
}

/// Opens the pool's connections first, so the racers really meet in the database
/// rather than queueing behind connection set-up.
async fn warm(store: &Arc<dyn AppointmentStore>) {
    for p in at_once(store, 10, |store, _| async move { store.ping().await }).await {
        p.expect("ping");
    }
}

/// 50 tasks book one slot at once: exactly one wins, the rest see `SlotTaken`.
pub async fn booking_race(store: Arc<dyn AppointmentStore>) {
    warm(&store).await;
    let t = at("2031-06-02T16:00:00Z");
    let results = at_once(&store, 50, move |store, i| {
        // Half ask for the exact slot, half for one 15 minutes later (overlapping).
        let start = if i % 2 == 0 {
            t
        } else {
            t + Duration::minutes(15)
        };
        async move {
            store
                .book(
                    new_appt("Racer", phone(100 + i), start, 30),
                    &key(&format!("race:{i}")),
                )
                .await
        }
    })
    .await;
    assert_eq!(race_winners(results).len(), 1);
    assert_eq!(count(&*store).await, 1);
}

/// 20 deliveries of one request at once book exactly once and all see the same result.
pub async fn same_key_race(store: Arc<dyn AppointmentStore>) {
    warm(&store).await;
    let t = at("2031-06-03T16:00:00Z");
    let results = at_once(&store, 20, move |store, _| async move {
        store
            .book(new_appt("Twice", phone(9), t, 30), &key("CAdup:2"))
            .await
    })
    .await;
    let mut ids: Vec<_> = results
        .into_iter()
        .map(|r| r.expect("every delivery succeeds").id)
        .collect();
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert_eq!(count(&*store).await, 1);
}

/// Versions, conflicts, TTL, delete.
pub async fn sessions(store: &dyn SessionStore) {
    let ttl = std::time::Duration::from_secs(60);
    assert_eq!(store.load("CAs1").await.unwrap(), None);
    let v1 = store
        .save("CAs1", r#"{"step":"name"}"#, None, ttl)
        .await
        .unwrap();
    assert!(matches!(
        store.save("CAs1", "{}", None, ttl).await,
        Err(StoreError::VersionConflict { expected: None })
    ));
    let v2 = store
        .save(
            "CAs1",
            r#"{"step":"phone","name":"Zoë Côté"}"#,
            Some(v1),
            ttl,
        )
        .await
        .unwrap();
    assert_eq!(v2, v1 + 1);
    let stale = store.save("CAs1", "{}", Some(v1), ttl).await;
    assert!(
        matches!(stale, Err(StoreError::VersionConflict { expected: Some(v) }) if v == v1),
        "{stale:?}"
    );
    let s = store.load("CAs1").await.unwrap().expect("live session");
    assert_eq!(
        (s.data.as_str(), s.version),
        (r#"{"step":"phone","name":"Zoë Côté"}"#, v2)
    );
    assert!(
        !format!("{s:?}").contains("Zoë"),
        "session Debug must not print its data"
    );
    // Saving a session that does not exist with a version is a conflict, not a create.
    assert!(matches!(
        store.save("CAs2", "{}", Some(1), ttl).await,
        Err(StoreError::VersionConflict { .. })
    ));
    assert_eq!(store.load("CAs2").await.unwrap(), None);
    // Large state round-trips.
    let big = "x".repeat(200_000);
    let v = store.save("CAs3", &big, None, ttl).await.unwrap();
    assert_eq!(
        store
            .load("CAs3")
            .await
            .unwrap()
            .map(|s| (s.data.len(), s.version)),
        Some((big.len(), v))
    );
    // Delete, and deleting twice.
    store.delete("CAs1").await.unwrap();
    store.delete("CAs1").await.unwrap();
    assert_eq!(store.load("CAs1").await.unwrap(), None);
    assert!(store.save("CAs1", "{}", None, ttl).await.is_ok());

    // TTL: an expired session is gone, and may be created afresh.
    let short = std::time::Duration::from_millis(300);
    let v = store.save("CAttl", "{}", None, short).await.unwrap();
    assert!(store.load("CAttl").await.unwrap().is_some());
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    assert_eq!(store.load("CAttl").await.unwrap(), None);
    assert!(matches!(
        store.save("CAttl", "{}", Some(v), ttl).await,
        Err(StoreError::VersionConflict { .. })
    ));
    let fresh = store
        .save("CAttl", "{\"again\":1}", None, ttl)
        .await
        .unwrap();
    assert_eq!(
        store.load("CAttl").await.unwrap().map(|s| s.version),
        Some(fresh)
    );
    store.ping().await.unwrap();
}

/// Sessions expire on the store's clock, not the wall's: moved past the TTL, a manual
/// clock expires a session at once (no sleep), and purging follows the same clock.
pub async fn sessions_on_the_clock(store: &dyn SessionStore, clock: &mut Clock) {
    let ttl = std::time::Duration::from_secs(600);
    let v = store.save("CAclock", "{}", None, ttl).await.unwrap();
    let longer = std::time::Duration::from_secs(1200);
    store.save("CAclock2", "{}", None, longer).await.unwrap();
    clock.advance(Duration::seconds(599));
    assert!(store.load("CAclock").await.unwrap().is_some());
    assert_eq!(store.purge_expired().await.unwrap(), 0);
    clock.advance(Duration::seconds(1));
    assert_eq!(store.load("CAclock").await.unwrap(), None);
    assert!(matches!(
        store.save("CAclock", "{}", Some(v), ttl).await,
        Err(StoreError::VersionConflict { .. })
    ));
    assert_eq!(store.purge_expired().await.unwrap(), 1);
    assert!(store.load("CAclock2").await.unwrap().is_some());
    clock.advance(Duration::seconds(600));
    assert_eq!(store.load("CAclock2").await.unwrap(), None);
}

/// Writers of one session at once: exactly one wins, the others get `VersionConflict`.
pub async fn session_race(store: Arc<dyn SessionStore>) {
    let ttl = std::time::Duration::from_secs(60);
    for round in 0..5 {
        let call = format!("CArace{round}");
        let v = store.save(&call, "{}", None, ttl).await.unwrap();
        let writers = at_once(&store, 10, |store, w| {
            let call = call.clone();
            async move {
                store
                    .save(&call, &format!("{{\"w\":{w}}}"), Some(v), ttl)
                    .await
            }
        })
        .await;
        let mut winners = Vec::new();
        for (w, result) in writers.into_iter().enumerate() {
            match result {
                Ok(nv) => winners.push((w, nv)),
                Err(StoreError::VersionConflict { expected }) => assert_eq!(expected, Some(v)),
                Err(other) => panic!("unexpected error: {other:?}"),
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: {winners:?}");
        let (w, nv) = winners[0];
        let s = store.load(&call).await.unwrap().expect("session");
        assert_eq!((s.data, s.version), (format!("{{\"w\":{w}}}"), nv));
    }
}

/// Call records keep the caller masked only.
pub async fn records(store: &dyn CallRecordStore) {
    let p = PhoneNumber::from_e164("+14035550142").unwrap();
    store
        .record_start("CAr1", Some(&p), at("2031-01-01T10:00:00Z"), "gather")
        .await
        .unwrap();
    store
        .record_start("CAr2", None, at("2031-01-01T11:00:00Z"), "gather")
        .await
        .unwrap();
    store
        .record_end("CAr1", "booked", 9, at("2031-01-01T10:04:00Z"))
        .await
        .unwrap();
    // An end without a recorded start still makes a record.
    store
        .record_end("CAr3", "no_booking", 2, at("2031-01-01T12:00:00Z"))
        .await
        .unwrap();
    // A repeated start keeps the first.
    store
        .record_start("CAr1", None, at("2031-01-01T10:30:00Z"), "gather")
        .await
        .unwrap();
    assert!(matches!(
        store
            .record_end("CAr2", "", 1, at("2031-01-01T11:01:00Z"))
            .await,
        Err(StoreError::Invalid(_))
    ));

    let recs = store.list_records(10).await.unwrap();
    assert_eq!(
        recs.iter().map(|r| r.call_id.as_str()).collect::<Vec<_>>(),
        vec!["CAr3", "CAr2", "CAr1"]
    );
    let r1 = &recs[2];
    assert_eq!(r1.caller_masked.as_deref(), Some(p.masked().as_str()));
    assert_eq!(r1.started_at, Some(at("2031-01-01T10:00:00Z")));
    assert_eq!(r1.ended_at, Some(at("2031-01-01T10:04:00Z")));
    assert_eq!((r1.outcome.as_deref(), r1.turns), (Some("booked"), Some(9)));
    assert_eq!(
        (recs[1].caller_masked.as_deref(), recs[1].outcome.as_deref()),
        (None, None)
    );
    let all = serde_json::to_string(&recs).unwrap();
    assert!(
        !all.contains("5550142") && !all.contains(p.e164()),
        "a full number was stored: {all}"
    );
    assert_eq!(store.list_records(1).await.unwrap().len(), 1);
}

/// Many calls writing at once, as under load: every call's racing saves have exactly one
/// winner, deletes and records land, and no call sees another's data. On SQLite this
/// drives the writer task's batches (several saves, deletes and records per statement).
pub async fn many_calls_at_once(
    sessions: Arc<dyn SessionStore>,
    records: Arc<dyn CallRecordStore>,
) {
    const CALLS: usize = 150;
    let ttl = std::time::Duration::from_secs(60);
    let run = unique_run();
    let call = move |i: usize| format!("CAmany{run}x{i}");
    let firsts = futures::future::join_all((0..CALLS).map(|i| {
        let sessions = sessions.clone();
        async move {
            sessions
                .save(&call(i), &format!("{{\"c\":{i}}}"), None, ttl)
                .await
        }
    }))
    .await;
    let v1: Vec<u64> = firsts.into_iter().map(|r| r.expect("first save")).collect();

    // Three racing saves per call at the version read, plus a start and an end record.
    let tasks = (0..CALLS).flat_map(|i| {
        let saves = (0..3).map(move |w| (i, Some(w)));
        saves.chain(std::iter::once((i, None)))
    });
    let results = futures::future::join_all(tasks.map(|(i, w)| {
        let sessions = sessions.clone();
        let records = records.clone();
        let v = v1[i];
        async move {
            match w {
                Some(w) => {
                    let data = format!("{{\"c\":{i},\"w\":{w}}}");
                    (
                        i,
                        Some(
                            sessions
                                .save(&call(i), &data, Some(v), ttl)
                                .await
                                .map(|nv| (w, nv)),
                        ),
                    )
                }
                None => {
                    records
                        .record_start(&call(i), None, at("2031-01-01T10:00:00Z"), "gather")
                        .await
                        .unwrap();
                    records
                        .record_end(&call(i), "booked", 3, at("2031-01-01T10:05:00Z"))
                        .await
                        .unwrap();
                    (i, None)
                }
            }
        }
    }))
    .await;
    let mut winners: Vec<Vec<(usize, u64)>> = vec![Vec::new(); CALLS];
    for (i, r) in results {
        match r {
            Some(Ok(won)) => winners[i].push(won),
            Some(Err(StoreError::VersionConflict { expected })) => {
                assert_eq!(expected, Some(v1[i]));
            }
            Some(Err(other)) => panic!("call {i}: unexpected error {other:?}"),
            None => {}
        }
    }
    for (i, won) in winners.iter().enumerate() {
        assert_eq!(
            won.len(),
            1,
            "call {i}: exactly one racing save wins: {won:?}"
        );
        let (w, nv) = won[0];
        assert_eq!(nv, v1[i] + 1);
        let s = sessions.load(&call(i)).await.unwrap().expect("session");
        assert_eq!(
            (s.data, s.version),
            (format!("{{\"c\":{i},\"w\":{w}}}"), nv)
        );
    }

    // Delete the even calls at once; the odd ones stay.
    futures::future::join_all((0..CALLS).step_by(2).map(|i| {
        let sessions = sessions.clone();
        async move { sessions.delete(&call(i)).await.expect("delete") }
    }))
    .await;
    for i in 0..CALLS {
        let live = sessions.load(&call(i)).await.unwrap().is_some();
        assert_eq!(live, i % 2 == 1, "call {i}");
    }
    let listed = records.list_records(bella_store::MAX_LIMIT).await.unwrap();
    for i in 0..CALLS {
        let r = listed
            .iter()
            .find(|r| r.call_id == call(i))
            .unwrap_or_else(|| panic!("record of call {i}"));
        assert_eq!((r.outcome.as_deref(), r.turns), (Some("booked"), Some(3)));
        assert!(r.started_at.is_some() && r.ended_at.is_some());
    }
}

/// A tag that keeps runs against a shared server apart.
fn unique_run() -> u64 {
    u64::from(Utc::now().timestamp_subsec_nanos()) ^ u64::from(std::process::id())
}
