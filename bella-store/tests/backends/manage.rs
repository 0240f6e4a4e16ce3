//! Management storage (issue 14) on both backends: notes, contact edits, the audit
//! trail (a retried request records once), transcripts with their purge, filtered
//! lists and the stats aggregates.

use crate::common::{at, new_appt, phone};
use bella_core::{AppointmentId, AppointmentStatus, PersonName};
use bella_store::manage::{AuditEntry, AuditQuery, CallQuery, ManageQuery, TurnRecord};
use bella_store::{AppointmentStore, RequestKey, StoreError};
use chrono::{DateTime, Duration, Utc};

fn turn(call: &str, seq: u32, t: DateTime<Utc>, ms: u32, failed: bool) -> TurnRecord {
    TurnRecord {
        call_id: call.into(),
        seq,
        at: t,
        expect: Some("name".into()),
        agent_text: format!("agent {seq}"),
        caller_text: Some("my name is [name]".into()),
        extracted: Some("{\"name\":null}".into()),
        latency_ms: ms,
        failed,
        llm_calls: u32::from(failed),
    }
}

/// Every `ManageStore` operation against one backend.
pub async fn everything(store: &dyn AppointmentStore) {
    let m = store.manage().expect("this backend keeps management data");
    let t = at("2031-03-02T15:00:00Z");
    let mut new = new_appt("Ada Lovelace", phone(1), t, 30);
    new.resource = Some("Room 2".into());
    let a = store.book(new, &RequestKey("m:1".into())).await.unwrap();
    let b = store
        .book(
            new_appt("Alan Turing", phone(2), t + Duration::hours(1), 30),
            &RequestKey("m:2".into()),
        )
        .await
        .unwrap();

    // Notes: set, read back, replace, clear; a missing appointment and a bad note fail.
    m.set_note(a.id, Some("prefers mornings"), t).await.unwrap();
    m.set_note(a.id, Some("prefers afternoons"), t)
        .await
        .unwrap();
    let notes = m.notes(&[a.id.0, b.id.0]).await.unwrap();
    assert_eq!(
        notes.get(&a.id.0).map(String::as_str),
        Some("prefers afternoons")
    );
    assert!(!notes.contains_key(&b.id.0));
    m.set_note(a.id, None, t).await.unwrap();
    assert!(m.notes(&[a.id.0]).await.unwrap().is_empty());
    assert!(matches!(
        m.set_note(AppointmentId(999_999), Some("x"), t).await,
        Err(StoreError::NotFound)
    ));
    assert!(matches!(
        m.set_note(a.id, Some("\u{7}"), t).await,
        Err(StoreError::Invalid(_))
    ));

    // Contact edits keep what is not given.
    let name = PersonName::new("Ada King").unwrap();
    let edited = m.edit_contact(a.id, Some(&name), None).await.unwrap();
    assert_eq!(edited.name.as_str(), "Ada King");
    assert_eq!(edited.phone, phone(1));
    let edited = m.edit_contact(a.id, None, Some(&phone(7))).await.unwrap();
    assert_eq!(
        (edited.name.as_str(), edited.phone.clone()),
        ("Ada King", phone(7))
    );
    assert!(matches!(
        m.edit_contact(AppointmentId(999_999), Some(&name), None)
            .await,
        Err(StoreError::NotFound)
    ));

    // Lists filter by resource, status and range, and page.
    let room2 = m
        .list_appointments(&ManageQuery {
            resource: Some("Room 2".into()),
            ..ManageQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(room2.iter().map(|x| x.id).collect::<Vec<_>>(), vec![a.id]);
    store.cancel(b.id, &RequestKey("m:3".into())).await.unwrap();
    let booked = m
        .list_appointments(&ManageQuery {
            status: Some(AppointmentStatus::Booked),
            ..ManageQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(booked.len(), 1);
    let page2 = m
        .list_appointments(&ManageQuery {
            limit: 1,
            offset: 1,
            ..ManageQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(page2.iter().map(|x| x.id).collect::<Vec<_>>(), vec![b.id]);
    let later = m
        .list_appointments(&ManageQuery {
            from: Some(t + Duration::minutes(1)),
            ..ManageQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(later.len(), 1);

    // Audit: a retried request records once; newest first; by appointment.
    let entry = |action: &str, key: Option<&str>, id: Option<i64>| AuditEntry {
        at: t,
        actor: "api:abcd1234".into(),
        action: action.into(),
        appointment_id: id,
        detail: "{}".into(),
        request_key: key.map(str::to_owned),
    };
    assert!(
        m.append_audit(&entry("create", Some("k1"), Some(a.id.0)))
            .await
            .unwrap()
    );
    assert!(
        !m.append_audit(&entry("create", Some("k1"), Some(a.id.0)))
            .await
            .unwrap()
    );
    assert!(
        m.append_audit(&entry("cancel", None, Some(b.id.0)))
            .await
            .unwrap()
    );
    assert!(
        m.append_audit(&entry("token_created", None, None))
            .await
            .unwrap()
    );
    let all = m.list_audit(&AuditQuery::default()).await.unwrap();
    assert_eq!(
        all.iter()
            .map(|r| r.entry.action.as_str())
            .collect::<Vec<_>>(),
        ["token_created", "cancel", "create"]
    );
    let of_b = m
        .list_audit(&AuditQuery {
            appointment_id: Some(b.id.0),
            ..AuditQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(of_b.len(), 1);
    assert!(m.append_audit(&entry("", None, None)).await.is_err());

    // Transcripts: in order, a repeated turn kept as first stored, purge by age.
    m.append_turn(&turn("CAm1", 1, t, 40, true)).await.unwrap();
    m.append_turn(&turn("CAm1", 0, t, 20, false)).await.unwrap();
    let mut again = turn("CAm1", 1, t, 999, false);
    again.agent_text = "changed".into();
    m.append_turn(&again).await.unwrap();
    let turns = m.turns("CAm1").await.unwrap();
    assert_eq!(
        turns
            .iter()
            .map(|x| (x.seq, x.latency_ms))
            .collect::<Vec<_>>(),
        [(0, 20), (1, 40)]
    );
    assert_eq!(turns[1].agent_text, "agent 1");
    assert!(turns[1].failed);
    m.append_turn(&turn("CAold", 0, t - Duration::days(40), 10, false))
        .await
        .unwrap();
    assert_eq!(m.purge_turns(t - Duration::days(30)).await.unwrap(), 1);
    assert!(m.turns("CAold").await.unwrap().is_empty());
    assert_eq!(m.turns("CAm1").await.unwrap().len(), 2);

    // Stats over the turns (no call records in this range).
    let stats = m
        .stats(t - Duration::hours(1), t + Duration::hours(1))
        .await
        .unwrap();
    assert_eq!(stats.turns, 2);
    assert_eq!(stats.latency_p50_ms, Some(20));
    assert_eq!(stats.latency_p99_ms, Some(40));
    assert_eq!(stats.failed_by_question.get("name"), Some(&1));
    assert_eq!(stats.llm_calls, 1);
    assert!(m.call("CAnone").await.unwrap().is_none());
    assert!(
        m.list_calls(&CallQuery {
            outcome: Some("booked".into()),
            ..CallQuery::default()
        })
        .await
        .unwrap()
        .is_empty()
    );
}

/// Calls by outcome per hour and booking conversion from the call records.
pub async fn call_stats(store: &dyn AppointmentStore, records: &dyn bella_store::CallRecordStore) {
    let m = store.manage().expect("management data");
    let t = at("2031-03-02T15:10:00Z");
    for (i, outcome) in ["booked", "no_booking", "booked"].iter().enumerate() {
        let id = format!("CAs{i}");
        let start = t + Duration::minutes(30 * i as i64);
        records
            .record_start(&id, Some(&phone(5)), start, "gather")
            .await
            .unwrap();
        records
            .record_end(&id, outcome, 4, start + Duration::minutes(2))
            .await
            .unwrap();
    }
    records
        .record_start("CAlive", None, t, "gather")
        .await
        .unwrap();
    let stats = m
        .stats(t - Duration::hours(1), t + Duration::hours(3))
        .await
        .unwrap();
    assert_eq!((stats.calls, stats.booked), (4, 2));
    let hours: Vec<_> = stats
        .by_hour
        .iter()
        .map(|h| (h.hour.format("%H").to_string(), h.outcome.as_str(), h.calls))
        .collect();
    assert_eq!(
        hours,
        [
            ("15".to_owned(), "booked", 1),
            ("15".to_owned(), "in_progress", 1),
            ("15".to_owned(), "no_booking", 1),
            ("16".to_owned(), "booked", 1)
        ]
    );
    let one = m.call("CAs1").await.unwrap().expect("record");
    assert_eq!(one.outcome.as_deref(), Some("no_booking"));
    assert_eq!(
        one.caller_masked.as_deref(),
        Some(phone(5).masked().as_str())
    );
    let booked = m
        .list_calls(&CallQuery {
            outcome: Some("booked".into()),
            ..CallQuery::default()
        })
        .await
        .unwrap();
    assert_eq!(
        booked
            .iter()
            .map(|c| c.call_id.as_str())
            .collect::<Vec<_>>(),
        ["CAs2", "CAs0"]
    );
    let empty = m
        .stats(t + Duration::days(1), t + Duration::days(2))
        .await
        .unwrap();
    assert_eq!(
        (empty.calls, empty.turns, empty.latency_p50_ms),
        (0, 0, None)
    );
}
