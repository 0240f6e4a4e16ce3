//! Personal data never reaches the logs: a whole call (and an admin query, a forged
//! request and a failure) is logged at TRACE level as JSON and the output is searched
//! for the caller's number and name in every shape they were given.

mod common;

use bella_twilio_adapter::sim::{CallCase, Persona};
use common::*;

#[tokio::test]
async fn a_full_call_logs_no_phone_number_or_name() {
    let (capture, _guard) = common::logs::capture_logs();

    let db = temp_db("pii");
    let router = app_of(sqlite_state(&db).await);
    let case = CallCase {
        id: "pii".into(),
        caller_id: Some("+14035550142".into()),
        persona: Persona {
            intent: vec!["I want to book an appointment, my name is Zoltan Quixby".into()],
            name: vec!["Zoltan Quixby".into()],
            phone: vec!["seven eight zero, five five five, zero one nine eight".into()],
            time: vec!["Thursday November 26th at 11 a.m.".into()],
            confirm: vec!["no, my number is 780 555 0199".into(), "yes".into()],
            other: vec!["yes".into()],
            ..Default::default()
        },
    };
    let played = play_call(&router, &case, "CApii").await;
    assert_eq!(played.error, None, "{played:#?}");
    // Admin reads, a forged request and a malformed one log too.
    let _ = send(&router, get_with_key("/api/appointments?phone=7805550199")).await;
    let _ = send(&router, get_with_key("/api/calls")).await;
    let _ = post_signed(
        &router,
        "/twilio/gather?turn=1",
        &[
            ("CallSid", "CApii"),
            ("SpeechResult", "my number is 780 555 0198"),
        ],
    )
    .await;

    let logs = capture.text();
    assert!(
        logs.lines().count() > 5,
        "too little logged to prove anything:\n{logs}"
    );
    assert!(logs.contains("call started"), "{logs}");
    for secret in [
        "4035550142",
        "403 555 0142",
        "7805550198",
        "780 555 0198",
        "7805550199",
        "780 555 0199",
        "five five five",
        "Zoltan",
        "Quixby",
        "zoltan",
    ] {
        assert!(
            !logs.contains(secret),
            "{secret:?} leaked into the logs:\n{logs}"
        );
    }
}

#[tokio::test]
async fn the_dashboard_logs_no_phone_number_name_key_or_session() {
    let (capture, _guard) = common::logs::capture_logs();
    let router = app_of(sqlite_state(&temp_db("pii-dash")).await);
    assert!(dashboard_sign_in(&router, "a-wrong-key").await.is_err());
    let (cookie, csrf) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let post = |path: &str, body: String| {
        axum::http::Request::post(path)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", &cookie)
            .body(axum::body::Body::from(format!("csrf={csrf}&{body}")))
            .unwrap()
    };
    let book = "name=Zoltan+Quixby&phone=780+555+0199&start=2026-11-19T10:00";
    for _ in 0..2 {
        // The second is refused: the slot is taken.
        let _ = send(&router, post("/dashboard/appointments", book.to_owned())).await;
    }
    let note = "note=call+Zoltan+back+on+7805550199".to_owned();
    let _ = send(&router, post("/dashboard/appointments/1/note", note)).await;
    let _ = send(
        &router,
        post("/dashboard/appointments/1/cancel", String::new()),
    )
    .await;
    let _ = send(&router, post("/dashboard/logout", String::new())).await;

    let logs = capture.text();
    assert!(logs.contains("token_created"), "{logs}");
    let session = cookie.trim_start_matches("bella_session=");
    for secret in [
        "7805550199",
        "780 555 0199",
        "Zoltan",
        "Quixby",
        API_KEY,
        "a-wrong-key",
        session,
        csrf.as_str(),
    ] {
        assert!(
            !logs.contains(secret),
            "{secret:?} leaked into the logs:\n{logs}"
        );
    }
}
