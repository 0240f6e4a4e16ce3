//! Call transcripts through a signed Gather call: every turn stored, names and
//! numbers masked (or plain when the business says so), shown by `GET /api/calls/{sid}`,
//! counted by `GET /api/stats`, and purged after the retention period.

mod common;

use axum::http::StatusCode;
use bella_twilio_adapter::transcript::{TranscriptOptions, purge};
use chrono::Duration;
use common::*;
use serde_json::Value;

async fn call_json(router: &axum::Router, sid: &str) -> Value {
    let (status, body) = send(router, get_with_key(&format!("/api/calls/{sid}"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    serde_json::from_str(&body).unwrap()
}

#[tokio::test]
async fn every_turn_is_stored_masked_and_purged() {
    let db = temp_db("transcripts");
    let stores = sqlite_stores(&db).await;
    let appointments = stores.appointments.clone();
    let state = state_over(stores, config());
    let now = state.clock.now();
    let router = app_of(state);
    let played = play_call(&router, &booking_case(), "CAtr1").await;
    assert_eq!(played.outcome, "booked", "{played:#?}");

    let call = call_json(&router, "CAtr1").await;
    assert_eq!(call["outcome"], "booked");
    assert!(call["duration_secs"].is_i64(), "{call}");
    let turns = call["transcript"].as_array().unwrap();
    assert_eq!(
        turns.len(),
        played.turns.len(),
        "one stored turn per agent turn: {call}"
    );
    assert_eq!(turns[0]["seq"], 0);
    assert_eq!(turns[0]["extracted"]["input"], "call_started");
    for (i, turn) in turns.iter().enumerate() {
        assert_eq!(turn["seq"], i, "in order");
        assert!(turn["latency_ms"].is_u64() && turn["agent"].is_string());
    }
    let text = call.to_string();
    for secret in ["Rocky", "Jonathan", "853", "5968", "0142"] {
        assert!(
            !text.contains(secret),
            "{secret} leaked into the transcript: {text}"
        );
    }
    let asked_name = turns
        .iter()
        .find(|t| t["expect"] == "name")
        .expect("a turn answering the name question");
    assert_eq!(asked_name["extracted"]["name"], "[name]", "{asked_name}");
    assert!(asked_name["caller"].as_str().unwrap().contains("[name]"));
    let asked_phone = turns.iter().find(|t| t["expect"] == "phone").unwrap();
    assert_eq!(
        asked_phone["extracted"]["phone"], "+1********68",
        "{asked_phone}"
    );

    // Stats count the call, its booking and its turns.
    let (status, body) = send(&router, get_with_key("/api/stats")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let stats: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (stats["calls"].as_u64(), stats["booked"].as_u64()),
        (Some(1), Some(1)),
        "{stats}"
    );
    assert_eq!(stats["turns"].as_u64(), Some(turns.len() as u64));
    assert_eq!(stats["conversion"], 1.0);
    assert!(stats["latency_p50_ms"].is_u64() && stats["latency_p99_ms"].is_u64());
    assert_eq!(stats["by_hour"][0]["outcome"], "booked");
    let (status, _) = send(
        &router,
        get_with_key("/api/stats?from=2026-11-18T00:00:00Z&to=2026-11-17T00:00:00Z"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = send(&router, get_with_key("/api/calls/CAnobody")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Purge: kept within the retention, gone after it.
    let options = TranscriptOptions::default();
    assert_eq!(
        purge(&*appointments, options, now + Duration::days(29))
            .await
            .unwrap(),
        0
    );
    let gone = purge(&*appointments, options, now + Duration::days(31))
        .await
        .unwrap();
    assert_eq!(gone, turns.len() as u64);
    assert_eq!(
        call_json(&router, "CAtr1").await["transcript"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn the_business_can_keep_transcripts_plain() {
    let router = app_with_config("plain", |cfg| cfg.transcripts.mask_pii = false).await;
    let played = play_call(&router, &booking_case(), "CAtr2").await;
    assert_eq!(played.outcome, "booked");
    let text = call_json(&router, "CAtr2").await.to_string();
    assert!(
        text.contains("Rocky Jonathan") && text.contains("+18536945968"),
        "{text}"
    );
}
