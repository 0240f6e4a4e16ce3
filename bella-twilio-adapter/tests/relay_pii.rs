//! Personal data never reaches the logs on a ConversationRelay call (its own test
//! binary: the capture is a thread-local subscriber, and tracing's callsite cache is
//! shared with tests running on other threads).

mod common;

use common::relay::{RelayServer, open_call, relay_server, say};
use std::time::{Duration, Instant};

async fn server() -> RelayServer {
    relay_server("relay-pii", |_| {}).await
}

#[tokio::test]
async fn a_relay_call_logs_no_phone_number_or_name() {
    let (capture, _guard) = common::logs::capture_logs();
    let s = server().await;
    let (mut ws, _) = open_call(&s, "CArelaypii").await;
    say(
        &mut ws,
        "I want to book an appointment, my name is Zoltan Quixby",
    )
    .await;
    for key in "7805550199#".chars() {
        ws.dtmf(key).await.unwrap();
    }
    ws.reply(Duration::from_secs(10), Instant::now())
        .await
        .unwrap();
    let read_back = say(&mut ws, "Thursday at 11 a.m.").await.text();
    assert!(read_back.contains("Quixby"), "{read_back}");
    ws.interrupt(&read_back[..read_back.find("Shall").unwrap()], 3_000, true)
        .await
        .unwrap();
    // Twilio's error descriptions quote what we sent.
    let quoted =
        format!(r#"{{"type":"error","description":"Invalid message received: {read_back}"}}"#);
    ws.send_text(quoted).await.unwrap();
    ws.send_text(r#"{"type":"dtmf","digit":"Zoltan Quixby 780"}"#)
        .await
        .unwrap();
    say(&mut ws, "yes").await;
    say(&mut ws, "yes").await;
    let logs = capture.text();
    assert!(logs.lines().count() > 5, "too little logged:\n{logs}");
    for secret in [
        "Quixby",
        "Zoltan",
        "7805550199",
        "780 555",
        "0199",
        "seven eight",
    ] {
        assert!(
            !logs.contains(secret),
            "{secret} leaked into the logs:\n{logs}"
        );
    }
    assert!(logs.contains("relay session connected"));
}
