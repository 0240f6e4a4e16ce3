//! ConversationRelay failover: two `bella serve --voice-mode relay` processes on one
//! Postgres schema and one Redis prefix. The one holding a call's WebSocket is killed
//! with SIGKILL mid-call; Twilio's `<Connect action>` request with `ErrorCode=64105`
//! goes to the other, which resumes the call from the saved state: nothing the caller
//! gave is asked again, and the booking is made exactly once.
//!
//! Needs `BELLA_TEST_POSTGRES_URL` and `BELLA_TEST_REDIS_URL`; prints SKIPPED without
//! them, and fails with `BELLA_TEST_REQUIRE_SERVICES=1`.

use bella_twilio_adapter::relay::client::{self, AgentReply, RelayClient};
use bella_twilio_adapter::sim::{parse_twiml, signed_form};
use std::time::{Duration, Instant};

mod fleet;
mod run;
use fleet::Fleet;

const TOKEN: &str = "relay-failover-token";
const API_KEY: &str = "relay-failover-key";
const PUBLIC: &str = "https://bella-relay.example.com";
const SID: &str = "CArelayfailover0001";

/// A signed form post to one server; the body.
async fn post(http: &reqwest::Client, addr: &str, path: &str, params: &[(&str, &str)]) -> String {
    let pairs: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let (body, sig) = signed_form(Some(TOKEN), &format!("{PUBLIC}{path}"), &pairs);
    let resp = http
        .post(format!("{addr}{path}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("x-twilio-signature", sig.unwrap())
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200, "{path}");
    resp.text().await.unwrap()
}

async fn open(addr: &str, twiml: &str) -> (RelayClient, String) {
    let relay = parse_twiml(twiml).unwrap().relay.expect("a Connect");
    let ws_url = format!("{}/twilio/relay", addr.replace("http://", "ws://"));
    client::answer(&ws_url, &relay, Some(TOKEN), SID, Some("+14035550142"))
        .await
        .unwrap()
}

async fn say(ws: &mut RelayClient, text: &str) -> AgentReply {
    ws.prompt(text).await.unwrap();
    ws.reply(Duration::from_secs(10), Instant::now())
        .await
        .unwrap()
}

#[test]
fn the_call_survives_the_socket_holder_being_killed() {
    let Some((pg, redis)) = fleet::pg_and_redis("relay failover test") else {
        return;
    };
    let mut fleet = Fleet::start(&pg, &redis, "relay_failover", 2, |cmd| {
        cmd.args(["--public-url", PUBLIC, "--voice-mode", "relay"])
            .env("TWILIO_AUTH_TOKEN", TOKEN)
            .env("BELLA_API_KEY", API_KEY);
    });
    let (addr_a, addr_b) = (fleet.addrs[0].clone(), fleet.addrs[1].clone());

    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let http = reqwest::Client::new();
        let caller = [("CallSid", SID), ("From", "+14035550142")];
        let twiml = post(&http, &addr_a, "/twilio/voice", &caller).await;
        let (mut ws, greeting) = open(&addr_a, &twiml).await;
        assert!(greeting.contains("Bella Clinic"), "{greeting}");
        say(
            &mut ws,
            "I'd like to book an appointment, my name is Jo Roy",
        )
        .await;
        let asked = say(&mut ws, "four oh three, five five five, oh one four two").await;
        assert!(asked.text().contains("day and time") || asked.text().contains("come in"));

        // The server holding the socket dies.
        fleet.children[0].kill().unwrap();
        let _ = fleet.children[0].wait();
        assert!(
            ws.reply(Duration::from_secs(5), Instant::now())
                .await
                .is_err(),
            "the socket went with its server"
        );

        // Twilio's action request goes to the other server, which resumes.
        let dropped = [
            ("CallSid", SID),
            ("From", "+14035550142"),
            ("CallStatus", "in-progress"),
            ("SessionStatus", "failed"),
            ("ErrorCode", "64105"),
            ("ErrorMessage", "WebSocket connection closed abnormally"),
        ];
        let twiml = post(&http, &addr_b, "/twilio/relay/end", &dropped).await;
        let (mut ws, greeting) = open(&addr_b, &twiml).await;
        assert!(
            greeting.starts_with("Sorry about that, we got cut off."),
            "{greeting}"
        );
        assert!(
            greeting.contains("day and time") || greeting.contains("come in"),
            "the question it was at: {greeting}"
        );
        let read_back = say(&mut ws, "Thursday at 10 a.m.").await.text();
        assert!(
            read_back.contains("Jo Roy") && read_back.contains("four oh three"),
            "name and number were kept: {read_back}"
        );
        let done = say(&mut ws, "yes").await;
        let handoff = done.end.expect("the call ends");
        assert_eq!(handoff.outcome, "booked");
        ws.close().await;
        let data = done.handoff_data.unwrap();
        let ended = [
            ("CallSid", SID),
            ("CallStatus", "in-progress"),
            ("HandoffData", data.as_str()),
        ];
        let twiml = post(&http, &addr_b, "/twilio/relay/end", &ended).await;
        assert!(twiml.contains("<Hangup/>"), "{twiml}");

        // Exactly one appointment, seen from the surviving server.
        let list: serde_json::Value = http
            .get(format!("{addr_b}/api/appointments"))
            .bearer_auth(API_KEY)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let items = list.as_array().expect("a list of appointments");
        assert_eq!(items.len(), 1, "{list}");
    });
    drop(fleet);
}
