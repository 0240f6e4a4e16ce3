//! The outbound webhooks: an inbound "C" cancels the sender's next appointment (and the
//! outbox queues the cancellation text in the same transaction), STOP/START, help, and
//! garbage or unsigned requests get 4xx and change nothing.

mod common;

use axum::http::StatusCode;
use bella_core::PhoneNumber;
use bella_notify::config::NotificationsConfig;
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_store::{AppointmentQuery, RequestKey};
use chrono::{Duration, Utc};
use common::*;

/// A text from the customer (+17805550123) to the business: (status, reply).
async fn sms_from_customer(router: &axum::Router, body: &str, sid: &str) -> (StatusCode, String) {
    let params = [
        ("From", "+17805550123"),
        ("Body", body),
        ("MessageSid", sid),
    ];
    post_signed(router, "/twilio/sms", &params).await
}

#[tokio::test]
async fn sms_replies_cancel_stop_start_and_help() {
    let db = temp_db("sms");
    let url = format!("sqlite://{}", db.display());
    let mut state = sqlite_state(&db).await;
    let n = NotificationsConfig::from_business_toml("[notifications]\nfrom = \"+15875550100\"")
        .unwrap()
        .unwrap();
    let outbox = Outbox::connect(&url, None).await.unwrap();
    outbox.sync_rules(Some(&n)).await.unwrap();
    let tz = chrono_tz::America::Edmonton;
    state.notifier = Some(Notifier::new(
        outbox.clone(),
        None,
        NotifierConfig {
            batch: 10,
            ..NotifierConfig::new(n, "Bella Clinic", tz, BASE)
        },
    ));
    let phone = PhoneNumber::from_e164("+17805550123").unwrap();
    let a = state
        .appointments
        .book(
            bella_testkit::appointment(
                "Priya Patel",
                phone.e164(),
                Utc::now() + Duration::days(3),
                30,
                tz,
            ),
            &RequestKey("k".into()),
        )
        .await
        .unwrap();
    let appointments = state.appointments.clone();
    let router = app_of(state);
    let booked = || async {
        appointments
            .list(&AppointmentQuery {
                phone: Some(PhoneNumber::from_e164("+17805550123").unwrap()),
                limit: 10,
                ..Default::default()
            })
            .await
            .unwrap()
            .iter()
            .filter(|x| x.status == bella_core::AppointmentStatus::Booked)
            .count()
    };
    // Unsigned, garbage, or without a sender: 4xx, nothing changes.
    let mut unsigned = signed_post(
        "/twilio/sms",
        &[
            ("From", "+17805550123"),
            ("Body", "C"),
            ("MessageSid", "SM1"),
        ],
    );
    unsigned.headers_mut().remove("x-twilio-signature");
    assert_eq!(send(&router, unsigned).await.0, StatusCode::FORBIDDEN);
    let (s, _) = post_signed(
        &router,
        "/twilio/sms",
        &[("Body", "C"), ("MessageSid", "SM1")],
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = post_signed(
        &router,
        "/twilio/sms",
        &[("From", "garbage"), ("Body", "C"), ("MessageSid", "SM1")],
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(booked().await, 1);
    // Help.
    let (s, body) = sms_from_customer(&router, "what time is it?", "SM2").await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("reply C to cancel"), "{body}");
    assert_eq!(booked().await, 1);
    // "C" cancels, and says what.
    let (s, body) = sms_from_customer(&router, " c ", "SM3").await;
    assert_eq!(s, StatusCode::OK);
    let when = bella_dialog::speak_when(a.local_start());
    assert!(
        body.contains("is cancelled") && body.contains(&when),
        "{body}"
    );
    assert_eq!(booked().await, 0);
    let rows = outbox.list(None, 10).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.kind == "cancelled" && r.state == "pending"),
        "{rows:?}"
    );
    // STOP, START.
    let (s, _) = sms_from_customer(&router, "STOP", "SM4").await;
    assert_eq!(s, StatusCode::OK);
    assert!(outbox.is_opted_out("+17805550123").await.unwrap());
    sms_from_customer(&router, "start", "SM5").await;
    assert!(!outbox.is_opted_out("+17805550123").await.unwrap());
    // The outbox as JSON, behind the key.
    let (s, body) = send(&router, get_with_key("/api/notifications")).await;
    assert_eq!(s, StatusCode::OK);
    assert!(body.contains("\"kind\":\"cancelled\""), "{body}");
    assert!(!body.contains("7805550123"), "{body}");
}
