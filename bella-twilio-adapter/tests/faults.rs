//! Failures behind the webhooks: the caller hears an apology and a transfer, Twilio
//! never sees a 5xx, and a slow store cannot hold a webhook past its budget.

mod common;

use async_trait::async_trait;
use axum::http::StatusCode;
use bella_store::{Session, SessionStore, StoreError, Stores};
use bella_twilio_adapter::sim::parse_twiml;
use common::*;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Sessions that fail (or answer slowly) on every call.
#[derive(Debug)]
struct BadSessions {
    delay: Duration,
}

#[async_trait]
impl SessionStore for BadSessions {
    async fn load(&self, _call_id: &str) -> Result<Option<Session>, StoreError> {
        tokio::time::sleep(self.delay).await;
        Err(StoreError::Unavailable("session store down".into()))
    }
    async fn save(&self, _: &str, _: &str, _: Option<u64>, _: Duration) -> Result<u64, StoreError> {
        Err(StoreError::Unavailable("session store down".into()))
    }
    async fn delete(&self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("session store down".into()))
    }
    async fn ping(&self) -> Result<(), StoreError> {
        Err(StoreError::Unavailable("session store down".into()))
    }
}

async fn app_with_bad_sessions(
    delay: Duration,
    budget: Duration,
    transfer: Option<&str>,
) -> axum::Router {
    let stores = sqlite_stores(&temp_db("faults")).await;
    let mut cfg = config();
    cfg.request_budget = budget;
    cfg.transfer_number = transfer.map(str::to_owned);
    let stores = Stores {
        sessions: Arc::new(BadSessions { delay }),
        ..stores
    };
    app_of(state_over(stores, cfg))
}

#[tokio::test]
async fn a_store_outage_gives_an_apology_and_a_transfer_not_a_5xx() {
    let r =
        app_with_bad_sessions(Duration::ZERO, Duration::from_secs(5), Some("+15875550199")).await;
    for path in ["/twilio/voice", "/twilio/gather?turn=3"] {
        let (s, twiml) = post_signed(
            &r,
            path,
            &[("CallSid", "CAdown"), ("SpeechResult", "hello")],
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{path}: {twiml}");
        let heard = parse_twiml(&twiml).unwrap();
        assert!(heard.says.iter().any(|s| s.contains("sorry")), "{twiml}");
        assert_eq!(heard.dial.as_deref(), Some("+15875550199"), "{twiml}");
    }
    // Without a transfer number: an apology and a polite goodbye.
    let r = app_with_bad_sessions(Duration::ZERO, Duration::from_secs(5), None).await;
    let (s, twiml) = post_signed(&r, "/twilio/voice", &[("CallSid", "CAdown2")]).await;
    assert_eq!(s, StatusCode::OK);
    let heard = parse_twiml(&twiml).unwrap();
    assert!(heard.hangup && heard.dial.is_none(), "{twiml}");
    // Readiness reports the outage.
    let (s, _) = send(
        &r,
        axum::http::Request::get("/readyz")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
}

#[tokio::test]
async fn a_slow_store_cannot_hold_a_webhook_past_its_budget() {
    let r = app_with_bad_sessions(
        Duration::from_secs(30),
        Duration::from_millis(300),
        Some("+15875550199"),
    )
    .await;
    let started = Instant::now();
    let (s, twiml) = post_signed(&r, "/twilio/voice", &[("CallSid", "CAslow")]).await;
    let took = started.elapsed();
    assert_eq!(s, StatusCode::OK);
    assert!(took < Duration::from_secs(3), "took {took:?}");
    assert!(parse_twiml(&twiml).unwrap().dial.is_some(), "{twiml}");
}
