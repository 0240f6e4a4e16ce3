//! One injectable clock: a test moves the adapter's clock between two webhooks instead
//! of sleeping, so the engine's deadlines can be crossed where they really fall.

mod common;

use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::Clock;
use chrono::Duration;
use common::*;

#[tokio::test]
async fn a_call_crossing_max_call_secs_between_two_webhooks_ends_politely() {
    // One manual clock for the adapter and the stores: the session saved at the first
    // webhook is still live when the clock jumps (its TTL runs on the same clock).
    let mut clock = Clock::manual(tuesday_morning());
    let url = format!("sqlite://{}", temp_db("clock").display());
    let stores = Stores::connect_with(&StoreConfig::new(&url).with_clock(clock.clone()))
        .await
        .expect("sqlite opens");
    let mut state = state_over(stores, config());
    state.clock = clock.clone();
    let limit = i64::from(state.config.dialog.max_call_secs);
    let router = app_of(state);
    let call = [("CallSid", "CAclock"), ("From", "+14035550142")];

    let (status, twiml) = post_signed(&router, "/twilio/voice", &call).await;
    assert_eq!(status, 200);
    assert!(twiml.contains("turn=1"), "{twiml}");
    // The caller answers in time: the call goes on.
    clock.advance(Duration::seconds(20));
    let mut answer = call.to_vec();
    answer.push(("SpeechResult", "I'd like to book an appointment"));
    let (_, twiml) = post_signed(&router, "/twilio/gather?turn=1", &answer).await;
    assert!(twiml.contains("<Gather"), "{twiml}");
    assert!(!twiml.contains("<Hangup"), "{twiml}");

    // The next answer comes after the longest call allowed: no more questions, a
    // polite goodbye and a hang-up.
    clock.advance(Duration::seconds(limit));
    let mut late = call.to_vec();
    late.push(("SpeechResult", "My name is Jo Roy"));
    let req = signed_post("/twilio/gather?turn=2", &late);
    let resp = tower::ServiceExt::oneshot(router.clone(), req)
        .await
        .unwrap();
    assert_eq!(
        resp.headers()
            .get("x-bella-outcome")
            .map(|v| v.to_str().unwrap()),
        Some("no_booking")
    );
    let twiml = body_text(resp).await;
    assert!(twiml.contains("time limit for this call"), "{twiml}");
    assert!(twiml.contains("Goodbye"), "{twiml}");
    assert!(twiml.contains("<Hangup/>"), "{twiml}");
    assert!(!twiml.contains("<Gather"), "{twiml}");
}
