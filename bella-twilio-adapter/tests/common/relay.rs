//! A ConversationRelay server for tests: the app on a loopback port (for the
//! WebSocket) and in process (for the signed webhooks), and a call opened by hand.

use super::{BASE, Oneshot, TOKEN};
use bella_store::Stores;
use bella_twilio_adapter::relay::client::{self, RelayClient};
use bella_twilio_adapter::relay::{RelayOptions, VoiceMode};
use bella_twilio_adapter::sim::{Transport, parse_twiml, signed_form};
use bella_twilio_adapter::{AdapterConfig, AppState, app};
use std::time::{Duration, Instant};

/// The app in relay mode over a fresh SQLite file.
pub struct RelayServer {
    pub state: AppState,
    /// The webhooks, in process.
    pub http: Oneshot,
    /// `ws://127.0.0.1:PORT`.
    pub ws: String,
}

impl RelayServer {
    /// The socket's URL (`…/twilio/relay`).
    pub fn socket(&self) -> String {
        format!("{}/twilio/relay", self.ws)
    }
}

/// Starts a relay server; `edit` changes the test's configuration.
pub async fn relay_server(tag: &str, edit: impl FnOnce(&mut AdapterConfig)) -> RelayServer {
    let db = super::temp_db(tag);
    let stores = Stores::connect(&format!("sqlite://{}", db.display()), None)
        .await
        .expect("sqlite opens");
    let mut config = super::config();
    config.voice_mode = VoiceMode::Relay;
    config.relay = RelayOptions::default();
    edit(&mut config);
    let state = super::state_over(stores, config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = app(state.clone());
    tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    RelayServer {
        http: Oneshot {
            router: app(state.clone()),
        },
        state,
        ws: format!("ws://{addr}"),
    }
}

/// Starts a call by hand: `/twilio/voice`, the signed upgrade and `setup`; returns the
/// socket and the welcome greeting.
pub async fn open_call(s: &RelayServer, sid: &str) -> (RelayClient, String) {
    let (body, sig) = signed_form(
        Some(TOKEN),
        &format!("{BASE}/twilio/voice"),
        &[
            ("CallSid".into(), sid.into()),
            ("From".into(), "+14035550142".into()),
        ],
    );
    let answer = s.http.post("/twilio/voice", body, sig).await.unwrap();
    let relay = parse_twiml(&answer.body).unwrap().relay.unwrap();
    client::answer(&s.socket(), &relay, Some(TOKEN), sid, Some("+14035550142"))
        .await
        .unwrap()
}

/// Says `text` and waits (up to 10 s) for the agent's whole reply.
pub async fn say(ws: &mut RelayClient, text: &str) -> client::AgentReply {
    ws.prompt(text).await.unwrap();
    ws.reply(Duration::from_secs(10), Instant::now())
        .await
        .unwrap()
}
