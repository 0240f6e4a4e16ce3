//! End-to-end calls in process (no socket) on SQLite: a booking, retries, a restart.

mod common;

use axum::http::StatusCode;
use bella_twilio_adapter::sim::{CallCase, parse_twiml};
use common::*;

fn booking_case(id: &str) -> CallCase {
    rocky_case(
        id,
        "8536945968.",
        &["Saturday at 10", "Next week. Thursday at 9:30 a.m."],
    )
}

#[tokio::test]
async fn a_booking_call_books_and_shows_in_the_admin_api() {
    let db = temp_db("book");
    let router = app_of(sqlite_state(&db).await);
    let played = play_call(&router, &booking_case("c1"), "CAbook1").await;
    assert_eq!(played.error, None, "{played:#?}");
    assert_eq!(played.outcome, "booked", "{played:#?}");
    assert!(!played.turns[0].agent.is_empty(), "{:?}", played.turns[0]);
    assert_eq!(played.turns[0].expect.as_deref(), Some("intent"));

    let (status, body) = send(&router, get_with_key("/api/appointments?phone=8536945968")).await;
    assert_eq!(status, 200, "{body}");
    let list: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(list.len(), 1, "{body}");
    assert_eq!(list[0]["name"], "Rocky Jonathan");
    assert_eq!(list[0]["phone"], "+18536945968");
    assert_eq!(list[0]["start"], "2026-11-26T09:30:00-07:00");
    assert_eq!(list[0]["status"], "booked");
    let id = list[0]["id"].as_i64().unwrap();
    // The turn that booked named it in `X-Bella-Appointment` (what `bella dial` reads).
    assert_eq!(played.appointment_id, Some(id));
    let (status, one) = send(&router, get_with_key(&format!("/api/appointments/{id}"))).await;
    assert_eq!(status, 200);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&one).unwrap(),
        list[0]
    );
    // Nothing that day at another time, nothing for another number.
    let (_, other_day) = send(&router, get_with_key("/api/appointments?date=2026-11-27")).await;
    assert_eq!(other_day, "[]");
    let (_, on_day) = send(&router, get_with_key("/api/appointments?date=2026-11-26")).await;
    assert_eq!(
        serde_json::from_str::<Vec<serde_json::Value>>(&on_day)
            .unwrap()
            .len(),
        1
    );

    let cancel = with_key("DELETE", &format!("/api/appointments/{id}"), None);
    let (status, cancelled) = send(&router, cancel).await;
    assert_eq!(status, 200, "{cancelled}");
    let cancelled: serde_json::Value = serde_json::from_str(&cancelled).unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    let (_, booked_now) = send(&router, get_with_key("/api/appointments?status=booked")).await;
    assert_eq!(booked_now, "[]");

    let rec = listed_call(&router, "CAbook1").await;
    assert_eq!(rec["outcome"], "booked");
    assert_eq!(rec["caller_masked"], "+1********42");
}

/// Posts the same webhook twice: the second gets the same TwiML and changes nothing.
#[tokio::test]
async fn a_repeated_webhook_gets_the_same_twiml_and_books_once() {
    let db = temp_db("retry");
    let router = app_of(sqlite_state(&db).await);
    let sid = "CAretry1";
    let turn = |path: &str, said: Option<&str>| speech_post(path, sid, "+14035550142", said);
    let (_, first) = send(&router, turn("/twilio/voice", None)).await;
    let (_, again) = send(&router, turn("/twilio/voice", None)).await;
    assert_eq!(first, again, "a repeated call start must answer the same");

    // Walk the call with one answer that says everything, repeating every webhook.
    let answers = [
        "I'd like to book Thursday November 26th at 10 a.m., my name is Jo Roy, my number is 403 555 0142",
        "yes",
        "yes",
        "yes",
    ];
    let mut twiml = first;
    for said in answers {
        let heard = parse_twiml(&twiml).unwrap();
        let Some(g) = heard.gather else { break };
        let path = bella_twilio_adapter::sim::path_of(&g.action);
        let (s1, a) = send(&router, turn(&path, Some(said))).await;
        let (s2, b) = send(&router, turn(&path, Some(said))).await;
        assert_eq!((s1, s2), (StatusCode::OK, StatusCode::OK));
        assert_eq!(a, b, "retry of {path} answered differently");
        twiml = a;
    }
    assert_one_booking(&router, "/api/appointments").await;
}

/// A new server process (new state over the same database) continues the call.
#[tokio::test]
async fn a_restart_mid_call_loses_nothing() {
    let db = temp_db("restart");
    let sid = "CArestart";
    let first = app_of(sqlite_state(&db).await);
    let (_, twiml) = start_call(&first, sid).await;
    let action = parse_twiml(&twiml).unwrap().gather.unwrap().action;
    let path = bella_twilio_adapter::sim::path_of(&action);
    let intent = [
        ("CallSid", sid),
        ("SpeechResult", "I'd like to book an appointment"),
    ];
    let (_, asked_name) = post_signed(&first, &path, &intent).await;
    let heard = parse_twiml(&asked_name).unwrap();
    let expect_before = heard.expect();
    drop(first);

    let second = app_of(sqlite_state(&db).await);
    // A repeated call start reaching the new process does not restart the call: it is
    // answered with the call's latest TwiML.
    let (_, restarted) = start_call(&second, sid).await;
    assert_eq!(restarted, asked_name);
    // The last answer, repeated to the new process, is answered identically from the store.
    let (_, replay) = post_signed(&second, &path, &intent).await;
    assert_eq!(replay, asked_name);
    // And the call goes on where it was: the next turn is accepted, not restarted.
    let next = bella_twilio_adapter::sim::path_of(&heard.gather.unwrap().action);
    assert!(next.contains("turn=2"), "{next}");
    let (s, after) = post_signed(
        &second,
        &next,
        &[("CallSid", sid), ("SpeechResult", "Jo Roy")],
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let after = parse_twiml(&after).unwrap();
    assert!(
        !after.says.iter().any(|s| s.contains("reached")),
        "greeted again: {after:?}"
    );
    assert_ne!(
        after.expect(),
        Some(bella_core::Expect::Intent),
        "was at {expect_before:?}"
    );
}

/// The same webhook twice at the same moment on one server: both get the same TwiML
/// (the loser of the session save answers with the winner's), and one booking is made.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn simultaneous_duplicates_answer_alike_and_book_once() {
    let db = temp_db("dup");
    let router = app_of(sqlite_state(&db).await);
    let (sid, from) = ("CAdup1", "+14035550142");
    let (a, b) = tokio::join!(
        send(&router, speech_post("/twilio/voice", sid, from, None)),
        send(&router, speech_post("/twilio/voice", sid, from, None))
    );
    assert_eq!(a, b);
    let said = "Book me for Friday November 27th at 2 pm, my name is Ann Lee, number 403 555 0142";
    answer_twice_at_once(&router, &router, sid, from, a.1, said).await;
    assert_one_booking(&router, "/api/appointments").await;
}
