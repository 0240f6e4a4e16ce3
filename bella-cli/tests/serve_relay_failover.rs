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
use std::io::{BufRead, BufReader, Write as _};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_bella");
const TOKEN: &str = "relay-failover-token";
const API_KEY: &str = "relay-failover-key";
const PUBLIC: &str = "https://bella-relay.example.com";
const SID: &str = "CArelayfailover0001";

fn service_url(var: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var("BELLA_TEST_REQUIRE_SERVICES").as_deref() != Ok("1"),
                "{var} is not set but BELLA_TEST_REQUIRE_SERVICES=1"
            );
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: relay failover test: set {var} to run it"
            );
            None
        }
    }
}

/// The servers and the schema, cleaned up even when the test fails.
struct Fleet {
    children: Vec<Child>,
    pg: String,
    schema: String,
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
        let (url, schema) = (self.pg.clone(), self.schema.clone());
        let _ = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async {
                use sqlx::Connection as _;
                if let Ok(mut c) = sqlx::PgConnection::connect(&url).await {
                    // The schema name is letters, digits and `_`, made by this test.
                    let sql = format!("DROP SCHEMA IF EXISTS {schema} CASCADE");
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut c).await;
                }
            });
        })
        .join();
    }
}

fn spawn(pg: &str, redis: &str, schema: &str) -> (Child, String) {
    let mut child = Command::new(BIN)
        .args(["serve", "--listen", "127.0.0.1:0", "--public-url", PUBLIC])
        .args(["--voice-mode", "relay"])
        .args([
            "--database-url",
            pg,
            "--redis-url",
            redis,
            "--pg-schema",
            schema,
        ])
        .args(["--redis-prefix", &format!("{schema}:")])
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .env("BELLA_API_KEY", API_KEY)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("bella serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_default()
        .to_owned();
    assert!(!addr.is_empty(), "server did not start: {line:?}");
    (child, addr)
}

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
    let mut ws = client::connect(&ws_url, relay.attr("url"), Some(TOKEN), None)
        .await
        .unwrap();
    ws.setup(SID, Some("+14035550142"), "inbound")
        .await
        .unwrap();
    (ws, relay.attr("welcomeGreeting").to_owned())
}

async fn say(ws: &mut RelayClient, text: &str) -> AgentReply {
    ws.prompt(text).await.unwrap();
    ws.reply(Duration::from_secs(10), Instant::now())
        .await
        .unwrap()
}

#[test]
fn the_call_survives_the_socket_holder_being_killed() {
    let (Some(pg), Some(redis)) = (
        service_url("BELLA_TEST_POSTGRES_URL"),
        service_url("BELLA_TEST_REDIS_URL"),
    ) else {
        return;
    };
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let schema = format!("bella_relay_failover_{}_{nanos}", std::process::id());
    let mut fleet = Fleet {
        children: Vec::new(),
        pg: pg.clone(),
        schema: schema.clone(),
    };
    let (a, addr_a) = spawn(&pg, &redis, &schema);
    fleet.children.push(a);
    let (b, addr_b) = spawn(&pg, &redis, &schema);
    fleet.children.push(b);

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
