//! The REST client against the fake Twilio, over HTTP: request shapes, auth, and every
//! failure the fake can be told to answer with.

use bella_notify::fake::{Failure, FakeTwilio};
use bella_notify::twilio::{Credentials, NewCall, NewMessage, TwilioClient, TwilioError};
use std::time::Duration;

const SID: &str = "AC0123456789abcdef0123456789abcdef";

fn creds(token: &str) -> Credentials {
    Credentials {
        account_sid: SID.into(),
        username: SID.into(),
        password: token.into(),
    }
}

fn call() -> NewCall {
    NewCall {
        async_amd_callback: None,
        to: "+17805550123".into(),
        from: "+15875550100".into(),
        url: "https://bella.example/twilio/outbound?reminder=7".into(),
        status_callback: Some("https://bella.example/twilio/outbound/status?reminder=7".into()),
        machine_detection: Some("DetectMessageEnd".into()),
        timeout_secs: Some(30),
    }
}

#[tokio::test]
async fn a_call_carries_every_field_and_can_be_looked_up() {
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let client = TwilioClient::new(&fake.base_url(), creds("tok"), Duration::from_secs(2)).unwrap();
    let before = chrono::Utc::now();
    let c = client.create_call(&call()).await.unwrap();
    assert!(c.sid.starts_with("CA") && c.sid.len() == 34, "{}", c.sid);
    assert_eq!(c.status, "queued");
    let r = &fake.requests()[0];
    assert_eq!(
        (r.method.as_str(), r.resource.as_str()),
        ("POST", "Calls.json")
    );
    assert_eq!(r.field("To"), Some("+17805550123"));
    assert_eq!(r.field("From"), Some("+15875550100"));
    assert_eq!(r.field("MachineDetection"), Some("DetectMessageEnd"));
    assert_eq!(
        r.field("Url"),
        Some("https://bella.example/twilio/outbound?reminder=7")
    );
    assert_eq!(r.field("StatusCallbackEvent"), Some("completed"));
    let found = client
        .calls_to_since("+17805550123", "+15875550100", before)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].sid, c.sid);
    assert!(
        client
            .calls_to_since("+17805550999", "+15875550100", before)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(client.fetch_call(&c.sid).await.unwrap().status, "queued");
    assert_eq!(
        client.end_call(&c.sid, "completed").await.unwrap().status,
        "completed"
    );
    assert_eq!(
        client.fetch_call("CAnope").await,
        Err(TwilioError::NotFound)
    );
}

#[tokio::test]
async fn failures_are_typed() {
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let client =
        TwilioClient::new(&fake.base_url(), creds("tok"), Duration::from_millis(500)).unwrap();
    let msg = NewMessage {
        to: "+17805550123".into(),
        from: "+15875550100".into(),
        body: "Bella Clinic: you're booked for Thu Nov 26 at 10:00. Reply C to cancel.".into(),
        status_callback: None,
    };
    fake.fail_next(Failure::InvalidNumber);
    assert!(matches!(
        client.create_call(&call()).await,
        Err(TwilioError::Permanent { code: 21211, .. })
    ));
    fake.fail_next(Failure::NotMobile);
    assert!(matches!(
        client.send_message(&msg).await,
        Err(TwilioError::Permanent { code: 21614, .. })
    ));
    fake.fail_next(Failure::OptedOut);
    assert_eq!(client.send_message(&msg).await, Err(TwilioError::OptedOut));
    fake.fail_next(Failure::RateLimited);
    assert_eq!(
        client.create_call(&call()).await,
        Err(TwilioError::RateLimited {
            retry_after: Duration::from_secs(1)
        })
    );
    fake.fail_next(Failure::ServerError);
    let e = client.create_call(&call()).await.unwrap_err();
    assert!(matches!(e, TwilioError::Transient(_)) && e.is_retryable());
    fake.fail_next(Failure::Hang);
    let e = client.create_call(&call()).await.unwrap_err();
    assert_eq!(e, TwilioError::Transient("timed out".into()));
    // Nothing was created by any of them.
    assert!(fake.created_calls().is_empty());
    assert!(fake.messages().is_empty());
    // A STOP seen by Twilio.
    fake.opt_out("+17805550123");
    assert_eq!(client.send_message(&msg).await, Err(TwilioError::OptedOut));
    // Accepted, then the answer lost: the call exists.
    fake.fail_next(Failure::AcceptThenFail);
    assert!(client.create_call(&call()).await.is_err());
    assert_eq!(fake.created_calls().len(), 1);
}

#[tokio::test]
async fn wrong_credentials_are_refused() {
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let client =
        TwilioClient::new(&fake.base_url(), creds("wrong"), Duration::from_secs(2)).unwrap();
    assert_eq!(
        client.create_call(&call()).await,
        Err(TwilioError::Auth { code: 20003 })
    );
    assert!(fake.created_calls().is_empty());
    assert!(TwilioClient::new("ftp://x", creds("t"), Duration::from_secs(1)).is_err());
}
