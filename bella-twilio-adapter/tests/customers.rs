//! Known callers end to end (issue 12): a booking makes a customer record, the next
//! call from that number is greeted by first name and asked "Is this for you, ...?",
//! and `GET`/`DELETE /api/customers/{phone}` show and erase the record (the name is
//! erased from past appointments too).

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_twilio_adapter::sim::{CallCase, Persona, PlayedCall, drive_call};
use common::*;

/// A call of at most `turns` turns from Priya's number (+17805550123), `id` and `sid`
/// naming it.
async fn call_from_priya(
    t: &Oneshot,
    (id, sid): (&str, &str),
    persona: Persona,
    turns: usize,
) -> PlayedCall {
    let case = CallCase {
        id: id.to_owned(),
        caller_id: Some("+17805550123".to_owned()),
        persona,
    };
    drive_call(t, Some(TOKEN), &case, sid, turns).await
}

fn delete_with_key(path: &str) -> Request<Body> {
    Request::delete(path)
        .header("authorization", format!("Bearer {API_KEY}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn a_returning_caller_is_known_and_can_be_erased() {
    let db = temp_db("customers");
    let router = app_of(sqlite_state(&db).await);
    let t = Oneshot {
        router: router.clone(),
    };
    let first = Persona {
        intent: vec!["Hi, I'd like to book an appointment".into()],
        name: vec!["My name is Priya Patel".into()],
        phone: vec!["the one I'm calling from".into()],
        time: vec!["Thursday at 10".into()],
        confirm: vec!["yes".into()],
        other: vec!["yes".into()],
        ..Default::default()
    };
    let played = call_from_priya(&t, ("k1", "CAknown1"), first, 30).await;
    assert_eq!(played.outcome, "booked", "{played:#?}");
    assert!(
        !played.turns[0].agent.contains("Priya"),
        "a new caller is not known"
    );

    let (status, body) = send(&router, get_with_key("/api/customers/7805550123")).await;
    assert_eq!(status, 200, "{body}");
    let c: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(c["name"], "Priya Patel");
    assert_eq!(c["phone"], "+17805550123");
    assert_eq!(c["bookings"], 1);
    assert_eq!(c["cancellations"], 0);

    // The second call: greeted by first name, asked to confirm, no name or number asked.
    let again = Persona {
        intent: vec!["I'd like another appointment, Friday at 11".into()],
        confirm: vec!["yes".into()],
        other: vec!["yes".into()],
        ..Default::default()
    };
    let played = call_from_priya(&t, ("k2", "CAknown2"), again, 30).await;
    assert_eq!(played.outcome, "booked", "{played:#?}");
    assert!(
        played.turns[0].agent.starts_with("Hi Priya!"),
        "{:?}",
        played.turns[0]
    );
    let all: String = played.turns.iter().map(|t| t.agent.as_str()).collect();
    assert!(all.contains("Is this for you, Priya?"), "{all}");
    assert!(!all.contains("your name"), "{all}");
    let (_, body) = send(&router, get_with_key("/api/customers/%2B17805550123")).await;
    let c: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(c["bookings"], 2, "{body}");

    // Guarded like the rest of the admin API; bad numbers are a clear 400.
    let plain = Request::get("/api/customers/7805550123")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&router, plain).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        status_with_key(&router, "/api/customers/12").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        status_with_key(&router, "/api/customers/4035550000").await,
        StatusCode::NOT_FOUND
    );

    // Erase: the record goes and the name leaves every appointment.
    let (status, _) = send(&router, delete_with_key("/api/customers/7805550123")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(
        status_with_key(&router, "/api/customers/7805550123").await,
        StatusCode::NOT_FOUND
    );
    let (_, body) = send(&router, get_with_key("/api/appointments?phone=7805550123")).await;
    let list: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(list.len(), 2, "{body}");
    assert!(
        list.iter().all(|a| a["name"] == bella_store::ERASED_NAME),
        "{body}"
    );
    assert!(!body.contains("Priya"), "{body}");
    assert_eq!(
        send(&router, delete_with_key("/api/customers/7805550123"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );

    // A later call from the number is a new caller again.
    let third = Persona {
        intent: vec!["Hi, I'd like to book an appointment".into()],
        ..Default::default()
    };
    let played = call_from_priya(&t, ("k3", "CAknown3"), third, 2).await;
    assert!(
        !played.turns[0].agent.contains("Priya"),
        "{:?}",
        played.turns[0]
    );
}
