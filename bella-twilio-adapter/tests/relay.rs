//! ConversationRelay end to end: a real server on a loopback port, a real WebSocket
//! client (tokio-tungstenite) playing Twilio, and the signed webhooks through the same
//! app. Signatures on the upgrade, whole calls (booking, keypad number, transfer,
//! goodbye, hang-up), barge-in, malformed frames, silences and a resume after a drop.

mod common;

use bella_store::AppointmentQuery;
use bella_twilio_adapter::relay::VoiceMode;
use bella_twilio_adapter::relay::client::{self, ClientError, RelayClient};
use bella_twilio_adapter::relay::drive::{RelayDriveOptions, RelayPlayed, drive_relay_call};
use bella_twilio_adapter::relay::protocol::Handoff;
use bella_twilio_adapter::sim::{CallCase, Heard, Persona, parse_twiml, signed_form};
use bella_twilio_adapter::{AdapterConfig, signature};
use common::relay::{RelayServer, open_call, relay_server, say};
use common::{BASE, TOKEN};
use std::time::{Duration, Instant};

const SIGNED_URL: &str = "wss://bella.example.com/twilio/relay";
const TRANSFER_TO: &str = "+14035550100";

type Server = RelayServer;

async fn server_with(tag: &str, edit: impl FnOnce(&mut AdapterConfig)) -> Server {
    relay_server(tag, |config| {
        config.transfer_number = Some(TRANSFER_TO.to_owned());
        edit(config);
    })
    .await
}

async fn server(tag: &str) -> Server {
    server_with(tag, |_| {}).await
}

fn case(id: &str, persona: Persona) -> CallCase {
    CallCase {
        id: id.into(),
        caller_id: Some("+14035550142".into()),
        persona,
    }
}

fn booking_persona() -> Persona {
    Persona {
        intent: vec![
            "Hi, I'd like to book an appointment for Thursday at 10 in the morning".into(),
        ],
        name: vec!["My name is Jo Roy".into()],
        phone: vec!["four oh three, five five five, oh one four two".into()],
        time: vec!["Friday at 2 pm".into()],
        confirm: vec!["yes".into()],
        other: vec!["no thanks".into()],
        ..Persona::default()
    }
}

async fn play(s: &Server, id: &str, persona: Persona, opts: RelayDriveOptions) -> RelayPlayed {
    // Unique per run: the process id and a counter (no uuid dependency for tests).
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let sid = format!("CA{id}{}x{n}", std::process::id());
    drive_relay_call(&s.http, &s.ws, Some(TOKEN), &case(id, persona), &sid, opts).await
}

/// How a played call ended: the `handoffData` of its `end`, and the TwiML the action
/// request answered.
fn ending(call: &RelayPlayed) -> (Handoff, Heard) {
    let handoff = Handoff::from_json(call.handoff.as_deref().unwrap()).unwrap();
    let twiml = parse_twiml(call.action_twiml.as_deref().unwrap()).unwrap();
    (handoff, twiml)
}

async fn booked(s: &Server) -> Vec<bella_core::Appointment> {
    s.state
        .appointments
        .list(&AppointmentQuery {
            limit: 50,
            ..AppointmentQuery::default()
        })
        .await
        .unwrap()
}

fn socket(s: &Server) -> String {
    s.socket()
}

#[tokio::test]
async fn the_upgrade_needs_a_valid_signature() {
    let s = server("sig").await;
    let url = socket(&s);
    let refused = |r: Result<RelayClient, ClientError>| match r {
        Err(ClientError::Refused(403)) => {}
        Err(e) => panic!("expected 403, got {e}"),
        Ok(_) => panic!("expected 403, got an open socket"),
    };
    refused(client::connect(&url, SIGNED_URL, None, None).await);
    refused(client::connect(&url, SIGNED_URL, None, Some("bm90IGEgc2lnbmF0dXJl")).await);
    refused(client::connect(&url, SIGNED_URL, Some("another-token"), None).await);
    // Signed for another URL (an old host, another path).
    refused(
        client::connect(
            &url,
            "wss://old.example.com/twilio/relay",
            Some(TOKEN),
            None,
        )
        .await,
    );
    refused(
        client::connect(
            &url,
            "wss://bella.example.com/twilio/voice",
            Some(TOKEN),
            None,
        )
        .await,
    );
    // Valid: as written in the TwiML, with the default port, and in https form.
    for signed in [
        SIGNED_URL,
        "wss://bella.example.com:443/twilio/relay",
        "https://bella.example.com/twilio/relay",
    ] {
        let ws = client::connect(&url, signed, Some(TOKEN), None).await;
        assert!(ws.is_ok(), "{signed}: {:?}", ws.err());
    }
    // With the check off, no signature is needed.
    let open = server_with("nosig", |c| c.auth_token = None).await;
    assert!(
        client::connect(&socket(&open), SIGNED_URL, None, None)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn voice_answers_with_every_relay_attribute() {
    let s = server("twiml").await;
    let (body, sig) = signed_form(
        Some(TOKEN),
        &format!("{BASE}/twilio/voice"),
        &[
            ("CallSid".into(), "CAtwiml1".into()),
            ("From".into(), "+14035550142".into()),
        ],
    );
    let answer = bella_twilio_adapter::sim::Transport::post(&s.http, "/twilio/voice", body, sig)
        .await
        .unwrap();
    let heard = parse_twiml(&answer.body).unwrap();
    let relay = heard.relay.expect("a Connect");
    assert_eq!(relay.action, format!("{BASE}/twilio/relay/end"));
    assert_eq!(relay.attr("url"), SIGNED_URL);
    assert!(relay.attr("welcomeGreeting").contains("Bella Clinic"));
    for (name, value) in [
        ("language", "en-CA"),
        ("interruptible", "any"),
        ("welcomeGreetingInterruptible", "any"),
        ("dtmfDetection", "true"),
        ("partialPrompts", "false"),
        ("ttsProvider", "Google"),
        ("transcriptionProvider", "Deepgram"),
    ] {
        assert_eq!(relay.attr(name), value, "{name}");
    }
    assert!(!relay.attr("voice").is_empty());
    // Both languages of the business are declared, so `language` can switch to them.
    let codes: Vec<&str> = relay
        .languages
        .iter()
        .map(|l| l.get("code").map_or("", String::as_str))
        .collect();
    assert_eq!(codes, ["en-CA", "fr-CA"]);
    assert_eq!(
        relay.languages[1].get("voice").map(String::as_str),
        Some("fr-CA-Neural2-A")
    );
    // Every attribute is one Twilio's TwiML knows.
    let known = [
        "url",
        "welcomeGreeting",
        "welcomeGreetingInterruptible",
        "language",
        "ttsProvider",
        "voice",
        "transcriptionProvider",
        "speechModel",
        "interruptible",
        "dtmfDetection",
        "partialPrompts",
        "hints",
    ];
    for name in relay.attributes.keys() {
        assert!(known.contains(&name.as_str()), "unknown attribute {name}");
    }
    // Gather stays the default mode.
    assert_eq!(
        AdapterConfig::new(bella_dialog::Config::default(), None).voice_mode,
        VoiceMode::Gather
    );
}

#[tokio::test]
async fn a_whole_booking_over_the_socket() {
    let s = server("book").await;
    let call = play(&s, "book", booking_persona(), RelayDriveOptions::default()).await;
    assert_eq!(call.outcome, "booked", "{call:?}");
    let (handoff, twiml) = ending(&call);
    assert_eq!(
        (handoff.reason.as_str(), handoff.outcome.as_str()),
        ("goodbye", "booked")
    );
    assert!(
        twiml.hangup && twiml.says.join(" ").contains("goodbye"),
        "{twiml:?}"
    );
    let appts = booked(&s).await;
    assert_eq!(appts.len(), 1);
    assert_eq!(appts[0].phone.e164(), "+14035550142");
    // Replies came a sentence at a time, the read-back among them.
    assert!(
        call.turns
            .iter()
            .any(|t| t.agent.contains("Shall I book it?"))
    );
    assert_eq!(call.first_token.len(), call.last_token.len());
}

#[tokio::test]
async fn the_number_can_be_keyed_in() {
    let s = server("dtmf").await;
    let mut persona = booking_persona();
    persona.phone = vec!["it's 780 555 0199".into()];
    let opts = RelayDriveOptions {
        keypad_phone: true,
        ..RelayDriveOptions::default()
    };
    let call = play(&s, "dtmf", persona, opts).await;
    assert_eq!(call.outcome, "booked", "{call:?}");
    assert_eq!(booked(&s).await[0].phone.e164(), "+17805550199");
}

#[tokio::test]
async fn a_transfer_ends_with_handoff_and_dial() {
    let s = server("transfer").await;
    let persona = Persona {
        intent: vec!["Can I speak to a real person please".into()],
        ..Persona::default()
    };
    let call = play(&s, "transfer", persona, RelayDriveOptions::default()).await;
    assert_eq!(call.outcome, "transferred", "{call:?}");
    let (handoff, twiml) = ending(&call);
    assert_eq!(handoff.reason, "transfer");
    assert_eq!(handoff.outcome, "transferred");
    assert_eq!(handoff.transfer_to.as_deref(), Some(TRANSFER_TO));
    assert_eq!(twiml.dial.as_deref(), Some(TRANSFER_TO));
}

#[tokio::test]
async fn a_goodbye_ends_with_handoff_and_hangup() {
    let s = server("goodbye").await;
    let persona = Persona {
        intent: vec!["never mind, I'll call back later".into()],
        ..Persona::default()
    };
    let call = play(&s, "bye", persona, RelayDriveOptions::default()).await;
    assert_eq!(call.outcome, "no_booking", "{call:?}");
    let (handoff, twiml) = ending(&call);
    assert_eq!(
        (handoff.reason.as_str(), handoff.transfer_to),
        ("goodbye", None)
    );
    assert!(twiml.hangup && twiml.dial.is_none());
    assert!(booked(&s).await.is_empty());
}

async fn end_action(s: &Server, sid: &str, extra: &[(&str, &str)]) -> String {
    let mut params = vec![("CallSid".to_owned(), sid.to_owned())];
    params.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    let (body, sig) = signed_form(Some(TOKEN), &format!("{BASE}/twilio/relay/end"), &params);
    let answer =
        bella_twilio_adapter::sim::Transport::post(&s.http, "/twilio/relay/end", body, sig)
            .await
            .unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body
}

#[tokio::test]
async fn a_yes_over_a_cut_read_back_is_asked_again() {
    let s = server("barge").await;
    let (mut ws, _) = open_call(&s, "CAbarge1").await;
    say(
        &mut ws,
        "I'd like to book an appointment, my name is Jo Roy",
    )
    .await;
    say(&mut ws, "403 555 0142").await;
    let read_back = say(&mut ws, "Thursday at 10 a.m.").await;
    assert!(
        read_back.tokens.len() >= 2,
        "a sentence a token: {:?}",
        read_back.tokens
    );
    assert!(read_back.text().ends_with("Shall I book it?"));
    // Talked over after "So that's Jo Roy,": the question was never heard.
    ws.interrupt("So that's Jo Roy,", 900, true).await.unwrap();
    let again = say(&mut ws, "yes").await;
    assert!(again.end.is_none(), "nothing booked yet");
    assert!(
        again
            .text()
            .starts_with("Just to check, shall I book it for"),
        "{}",
        again.text()
    );
    assert!(booked(&s).await.is_empty());
    let done = say(&mut ws, "yes").await;
    assert_eq!(done.end.unwrap().outcome, "booked");
    assert_eq!(booked(&s).await.len(), 1);
}

#[tokio::test]
async fn a_choice_during_the_offer_list_counts_times_heard() {
    let s = server("offers").await;
    let (mut ws, _) = open_call(&s, "CAoffers1").await;
    say(
        &mut ws,
        "I'd like to book an appointment, my name is Jo Roy",
    )
    .await;
    say(&mut ws, "403 555 0142").await;
    let offers = say(&mut ws, "Thursday at 7 a.m.").await.text();
    let cut = offers.find("9 a.m.,").expect("offers read") + "9 a.m.,".len();
    // Duration as a number this time.
    ws.interrupt(&offers[..cut], 2_000, false).await.unwrap();
    let text = say(&mut ws, "yes").await.text();
    assert!(text.contains("at 9 a.m. Shall I book it?"), "{text}");
}

#[tokio::test]
async fn malformed_frames_never_end_the_call() {
    let s = server("frames").await;
    let (mut ws, greeting) = open_call(&s, "CAframes1").await;
    assert!(greeting.contains("help"));
    let big_text = "x".repeat(1 << 20);
    let big_prompt = format!(
        r#"{{"type":"prompt","voicePrompt":"{}","last":true}}"#,
        "book ".repeat(210_000)
    );
    for frame in [
        "not json at all",
        "{\"type\":",
        "[]",
        r#"{"type":"bogus","x":1}"#,
        r#"{"type":"prompt"}"#,
        r#"{"type":"prompt","voicePrompt":42}"#,
        r#"{"type":"prompt","voicePrompt":"I want to book","last":false}"#,
        r#"{"type":"dtmf","digit":["1"]}"#,
        r#"{"type":"dtmf","digit":"12"}"#,
        r#"{"type":"interrupt","durationUntilInterruptMs":{"a":1}}"#,
        r#"{"type":"setup","callSid":"CAother"}"#,
        r#"{"type":"error","description":"Invalid message received: x"}"#,
        r#"{"type":"info","name":"tokensPlayed","value":"Thanks"}"#,
        &big_text,
        &big_prompt,
    ] {
        ws.send_text(frame).await.unwrap();
    }
    ws.send_binary(vec![0xff; 1 << 20]).await.unwrap();
    ws.send_binary(Vec::new()).await.unwrap();
    assert_eq!(
        ws.quiet_for(Duration::from_millis(300)).await,
        None,
        "bad frames get no reply"
    );
    // The call goes on, and the caller hears a sensible answer.
    let reply = say(&mut ws, "I'd like to book an appointment").await;
    assert!(reply.text().contains("name"), "{}", reply.text());
}

#[tokio::test]
async fn a_hang_up_is_recorded_and_a_drop_resumes_where_it_was() {
    let s = server("drop").await;
    let (mut ws, _) = open_call(&s, "CAdrop1").await;
    say(
        &mut ws,
        "I'd like to book an appointment, my name is Jo Roy",
    )
    .await;
    let asked = say(&mut ws, "403 555 0142").await.text();
    assert!(
        asked.contains("day and time") || asked.contains("come in"),
        "{asked}"
    );
    // The socket drops (the server holding it died, say).
    drop(ws);
    let twiml = end_action(
        &s,
        "CAdrop1",
        &[("CallStatus", "in-progress"), ("ErrorCode", "64105")],
    )
    .await;
    let relay = parse_twiml(&twiml).unwrap().relay.expect("a new Connect");
    let greeting = relay.attr("welcomeGreeting");
    assert!(
        greeting.starts_with("Sorry about that, we got cut off."),
        "{greeting}"
    );
    assert!(
        !greeting.contains("name") && !greeting.contains("phone number"),
        "{greeting}"
    );
    let mut ws = client::connect(&socket(&s), relay.attr("url"), Some(TOKEN), None)
        .await
        .unwrap();
    ws.setup("CAdrop1", Some("+14035550142"), "inbound")
        .await
        .unwrap();
    let read_back = say(&mut ws, "Thursday at 10 a.m.").await.text();
    assert!(
        read_back.contains("Jo Roy") && read_back.contains("Shall I book it?"),
        "{read_back}"
    );
    assert_eq!(say(&mut ws, "yes").await.end.unwrap().outcome, "booked");
    assert_eq!(booked(&s).await.len(), 1);

    // Another call: the caller hangs up mid-call. One exchange first, so the server
    // has read `setup` (and loaded the session) before the hang-up: a `setup` read only
    // after the call was closed starts the call afresh, as for a socket whose session
    // is gone, and the session checked below would be that new one.
    let (mut ws, _) = open_call(&s, "CAhangup1").await;
    say(&mut ws, "I'd like to book an appointment").await;
    ws.close().await;
    let twiml = end_action(
        &s,
        "CAhangup1",
        &[("CallStatus", "completed"), ("SessionStatus", "ended")],
    )
    .await;
    let heard = parse_twiml(&twiml).unwrap();
    assert!(
        heard.says.is_empty() && heard.dial.is_none() && !heard.hangup,
        "{twiml}"
    );
    assert!(
        s.state.sessions.load("CAhangup1").await.unwrap().is_none(),
        "closed"
    );
    // An unsigned action is refused.
    let (body, _) = signed_form(None, "", &[("CallSid".into(), "CAhangup1".into())]);
    let answer =
        bella_twilio_adapter::sim::Transport::post(&s.http, "/twilio/relay/end", body, None)
            .await
            .unwrap();
    assert_eq!(answer.status, 403);
}

#[tokio::test]
async fn silences_are_timed_by_the_engine() {
    let s = server_with("silence", |c| {
        let mut d = (*c.dialog).clone();
        d.listen_timeout_secs = 1;
        c.dialog = std::sync::Arc::new(d);
    })
    .await;
    let (mut ws, _) = open_call(&s, "CAquiet1").await;
    let first = ws
        .reply(Duration::from_secs(15), Instant::now())
        .await
        .unwrap();
    assert!(
        first.text().starts_with("Sorry, I didn't hear anything."),
        "{}",
        first.text()
    );
    let second = ws
        .reply(Duration::from_secs(15), Instant::now())
        .await
        .unwrap();
    assert!(second.text().starts_with("Sorry, I didn't hear anything."));
    let last = ws
        .reply(Duration::from_secs(15), Instant::now())
        .await
        .unwrap();
    let handoff = last.end.expect("the third silence ends the call");
    assert_eq!(
        (handoff.reason.as_str(), handoff.outcome.as_str()),
        ("goodbye", "no_booking")
    );
    let twiml = end_action(
        &s,
        "CAquiet1",
        &[("HandoffData", last.handoff_data.as_deref().unwrap())],
    )
    .await;
    assert!(
        twiml.contains("let you go") && twiml.contains("<Hangup/>"),
        "{twiml}"
    );
}

#[test]
fn signatures_for_wss_take_the_default_port_443() {
    let sig = signature::compute(TOKEN, SIGNED_URL, &[]);
    assert!(signature::validate(
        TOKEN,
        "wss://bella.example.com:443/twilio/relay",
        &[],
        &sig
    ));
    // Twilio signed with the port; the server knows the URL without it.
    let with_port = signature::compute(TOKEN, "wss://bella.example.com:443/twilio/relay", &[]);
    assert!(signature::validate(TOKEN, SIGNED_URL, &[], &with_port));
    let plain = signature::compute(TOKEN, "ws://bella.example.com:80/twilio/relay", &[]);
    assert!(signature::validate(
        TOKEN,
        "ws://bella.example.com/twilio/relay",
        &[],
        &plain
    ));
    assert!(!signature::validate(TOKEN, SIGNED_URL, &[], &plain));
}

#[tokio::test]
async fn a_french_caller_switches_the_relay_language_and_back() {
    let s = server("french").await;
    let (mut ws, greeting) = open_call(&s, "CAfrench1").await;
    assert!(greeting.contains("Bella Clinic"));
    let reply = say(&mut ws, "Bonjour, je voudrais prendre un rendez-vous.").await;
    assert_eq!(reply.language.as_deref(), Some("fr-CA"), "{reply:?}");
    assert!(reply.text().contains("nom"), "{reply:?}");
    // Still French: no new language message.
    let reply = say(&mut ws, "Moi c'est Julie Gagnon.").await;
    assert_eq!(reply.language, None, "{reply:?}");
    assert!(reply.text().contains("numéro"), "{reply:?}");
    let reply = say(
        &mut ws,
        "Can we do this in English please? It's 514 555 0177",
    )
    .await;
    assert_eq!(reply.language.as_deref(), Some("en-CA"), "{reply:?}");
    assert!(reply.text().contains("you"), "{reply:?}");
}
