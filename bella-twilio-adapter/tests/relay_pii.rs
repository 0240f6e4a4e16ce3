//! Personal data never reaches the logs on a ConversationRelay call (its own test
//! binary: the capture is a thread-local subscriber, and tracing's callsite cache is
//! shared with tests running on other threads).

mod common;

use bella_store::Stores;
use bella_twilio_adapter::relay::client::{self, RelayClient};
use bella_twilio_adapter::relay::{RelayOptions, VoiceMode};
use bella_twilio_adapter::sim::{parse_twiml, signed_form};
use common::{BASE, Oneshot, TOKEN};
use std::time::{Duration, Instant};

struct Server {
    http: Oneshot,
    ws: String,
}

async fn server() -> Server {
    let db = common::temp_db("relay-pii");
    let stores = Stores::connect(&format!("sqlite://{}", db.display()), None)
        .await
        .expect("sqlite opens");
    let mut config = common::config();
    config.voice_mode = VoiceMode::Relay;
    config.relay = RelayOptions::default();
    let state = common::state_over(stores, config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = bella_twilio_adapter::app(state.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    Server {
        http: Oneshot {
            router: bella_twilio_adapter::app(state),
        },
        ws: format!("ws://{addr}"),
    }
}

async fn open_call(s: &Server, sid: &str) -> (RelayClient, String) {
    let (body, sig) = signed_form(
        Some(TOKEN),
        &format!("{BASE}/twilio/voice"),
        &[
            ("CallSid".into(), sid.into()),
            ("From".into(), "+14035550142".into()),
        ],
    );
    let answer = bella_twilio_adapter::sim::Transport::post(&s.http, "/twilio/voice", body, sig)
        .await
        .unwrap();
    let relay = parse_twiml(&answer.body).unwrap().relay.unwrap();
    let url = format!("{}/twilio/relay", s.ws);
    let mut ws = client::connect(&url, relay.attr("url"), Some(TOKEN), None)
        .await
        .unwrap();
    ws.setup(sid, Some("+14035550142"), "inbound")
        .await
        .unwrap();
    (ws, relay.attr("welcomeGreeting").to_owned())
}

async fn say(ws: &mut RelayClient, text: &str) -> client::AgentReply {
    ws.prompt(text).await.unwrap();
    ws.reply(Duration::from_secs(10), Instant::now())
        .await
        .unwrap()
}

#[derive(Clone, Default)]
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn a_relay_call_logs_no_phone_number_or_name() {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(capture.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
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
    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
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
