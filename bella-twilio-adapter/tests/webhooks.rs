//! The HTTP edge: signatures, malformed requests, the admin API, health and metrics.
//! Bad input gets a 4xx or polite TwiML, never a 5xx or a panic.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_twilio_adapter::sim::{parse_twiml, signed_form};
use common::*;

async fn router() -> axum::Router {
    app_of(sqlite_state(&temp_db("edge")).await)
}

#[tokio::test]
async fn unsigned_forged_or_tampered_webhooks_get_403() {
    let r = router().await;
    let params = vec![
        ("CallSid".to_owned(), "CAx1".to_owned()),
        ("From".to_owned(), "+14035550142".to_owned()),
    ];
    let (body, sig) = signed_form(Some(TOKEN), &format!("{BASE}/twilio/voice"), &params);
    let sig = sig.unwrap();

    let (s, _) = send(&r, form_post("/twilio/voice", body.clone(), None)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = send(
        &r,
        form_post(
            "/twilio/voice",
            body.clone(),
            Some("AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let tampered = body.replace("0142", "0143");
    let (s, _) = send(&r, form_post("/twilio/voice", tampered, Some(&sig))).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Signed for another path.
    let (s, _) = send(&r, form_post("/twilio/status", body.clone(), Some(&sig))).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Signed by another account.
    let (_, other) = signed_form(
        Some("other-token"),
        &format!("{BASE}/twilio/voice"),
        &params,
    );
    let (s, _) = send(
        &r,
        form_post("/twilio/voice", body.clone(), other.as_deref()),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // The genuine request passes.
    let (s, twiml) = send(&r, form_post("/twilio/voice", body, Some(&sig))).await;
    assert_eq!(s, StatusCode::OK, "{twiml}");
    assert!(parse_twiml(&twiml).unwrap().gather.is_some(), "{twiml}");
}

#[tokio::test]
async fn signature_with_the_default_port_is_accepted() {
    let r = router().await;
    let params = vec![("CallSid".to_owned(), "CAport".to_owned())];
    let (body, sig) = signed_form(
        Some(TOKEN),
        "https://bella.example.com:443/twilio/voice",
        &params,
    );
    let (s, _) = send(&r, form_post("/twilio/voice", body, sig.as_deref())).await;
    assert_eq!(s, StatusCode::OK);
}

#[tokio::test]
async fn insecure_mode_accepts_unsigned_requests() {
    let r = app_with_config("insecure", |cfg| cfg.auth_token = None).await;
    let (s, body) = send(&r, form_post("/twilio/voice", "CallSid=CAinsecure", None)).await;
    assert_eq!(s, StatusCode::OK, "{body}");
}

#[tokio::test]
async fn malformed_webhooks_get_4xx_or_polite_twiml_never_5xx() {
    let r = router().await;
    // Missing CallSid.
    let (s, _) = post_signed(&r, "/twilio/voice", &[("From", "+14035550142")]).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Invalid UTF-8 body.
    let (s, _) = send(
        &r,
        form_post(
            "/twilio/voice",
            Body::from(vec![b'C', 0xff, 0xfe, b'=']),
            Some("x"),
        ),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // Oversized body.
    let big = format!("CallSid=CA1&SpeechResult={}", "a".repeat(100_000));
    let (s, _) = send(&r, form_post("/twilio/gather?turn=1", big, Some("x"))).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    // Gather without a turn.
    let (s, _) = post_signed(&r, "/twilio/gather", &[("CallSid", "CA1")]).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = post_signed(&r, "/twilio/gather?turn=abc", &[("CallSid", "CA1")]).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // An answer for a call the server never saw: polite TwiML, the call starts afresh.
    let (s, twiml) = post_signed(
        &r,
        "/twilio/gather?turn=4",
        &[("CallSid", "CAunknown"), ("SpeechResult", "yes")],
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let heard = parse_twiml(&twiml).unwrap();
    assert!(!heard.says.is_empty() && heard.gather.is_some(), "{twiml}");
    // Garbage that is signed: never a 5xx.
    let junk = [
        "SpeechResult=%00%01%02&CallSid=CAjunk",
        "CallSid=CAjunk2&Digits=%F0%9F%92%A9&Confidence=-7",
        "CallSid=CAjunk3&SpeechResult=<Say>&amp;&Confidence=inf",
        "&&&===&CallSid=CAjunk4",
    ];
    for body in junk {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        for path in ["/twilio/voice", "/twilio/gather?turn=1", "/twilio/status"] {
            let (_, sig) = signed_form(Some(TOKEN), &format!("{BASE}{path}"), &pairs);
            let (s, resp) = send(&r, form_post(path, body, sig.as_deref())).await;
            assert!(!s.is_server_error(), "{path} {body}: {s} {resp}");
            if s == StatusCode::OK && path != "/twilio/status" {
                parse_twiml(&resp).unwrap_or_else(|e| panic!("{path} {body}: {e}: {resp}"));
            }
        }
    }
}

#[tokio::test]
async fn admin_api_needs_the_key() {
    let r = router().await;
    for path in ["/api/appointments", "/api/appointments/1", "/api/calls"] {
        let (s, _) = get_plain(&r, path).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{path}");
        let wrong = Request::get(path)
            .header("authorization", "Bearer nope")
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(&r, wrong).await.0, StatusCode::UNAUTHORIZED, "{path}");
        let basic = Request::get(path)
            .header("authorization", format!("Basic {API_KEY}"))
            .body(Body::empty())
            .unwrap();
        assert_eq!(send(&r, basic).await.0, StatusCode::UNAUTHORIZED, "{path}");
    }
    let cancel = Request::post("/api/appointments/1/cancel")
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&r, cancel).await.0, StatusCode::UNAUTHORIZED);

    // With no key configured the API is off.
    let off = app_with_config("nokey", |cfg| cfg.api_key = None).await;
    assert_eq!(
        status_with_key(&off, "/api/appointments").await,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn admin_api_queries_and_errors() {
    let r = router().await;
    let (s, body) = send(&r, get_with_key("/api/appointments")).await;
    assert_eq!((s, body.as_str()), (StatusCode::OK, "[]"));
    let missing = status_with_key(&r, "/api/appointments/999").await;
    assert_eq!(missing, StatusCode::NOT_FOUND);
    for bad in [
        "/abc",
        "?phone=12",
        "?date=2026-13-01",
        "?status=maybe",
        "?limit=-1",
    ] {
        let path = format!("/api/appointments{bad}");
        assert_eq!(
            status_with_key(&r, &path).await,
            StatusCode::BAD_REQUEST,
            "{path}"
        );
    }
    let (s, _) = send(
        &r,
        get_with_key("/api/appointments?date=2026-11-26&phone=%2B14035550142&status=booked"),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let cancel = with_key("POST", "/api/appointments/999/cancel", None);
    assert_eq!(send(&r, cancel).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn health_ready_and_metrics() {
    let r = router().await;
    let (s, body) = get_plain(&r, "/healthz").await;
    assert_eq!((s, body.trim()), (StatusCode::OK, "ok"));
    let (s, body) = get_plain(&r, "/readyz").await;
    assert_eq!((s, body.trim()), (StatusCode::OK, "ready"));
    // One call so the counters exist.
    let (s, _) = start_call(&r, "CAmetrics").await;
    assert_eq!(s, StatusCode::OK);
    let (s, text) = get_plain(&r, "/metrics").await;
    assert_eq!(s, StatusCode::OK);
    for name in [
        "bella_calls_started_total",
        "bella_turn_duration_seconds_bucket",
        "bella_turns_total",
    ] {
        assert!(text.contains(name), "{name} missing from\n{text}");
    }
}

#[tokio::test]
async fn status_callback_closes_the_session_and_keeps_the_record() {
    let r = router().await;
    let (s, _) = start_call(&r, "CAstatus").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(call_completed(&r, "CAstatus").await, StatusCode::NO_CONTENT);
    let rec = listed_call(&r, "CAstatus").await;
    assert_eq!(rec["outcome"], "no_booking");
    assert!(rec["ended_at"].is_string(), "{rec}");
    assert!(
        !rec.to_string().contains("4035550142"),
        "caller stored unmasked: {rec}"
    );
    // Repeating the callback is harmless.
    assert_eq!(call_completed(&r, "CAstatus").await, StatusCode::NO_CONTENT);
}

/// Hundreds of random bodies, signed so they get past the signature check, on every
/// Twilio route: never a 5xx, never a panic, and any 200 is TwiML.
#[tokio::test]
async fn random_signed_bodies_never_get_a_5xx() {
    let r = router().await;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let names = [
        "CallSid",
        "From",
        "SpeechResult",
        "Digits",
        "Confidence",
        "CallStatus",
        "To",
        "x",
    ];
    let values = [
        "CA1",
        "",
        "+14035550142",
        "yes",
        "no",
        "0",
        "-1",
        "1e9",
        "%",
        "é",
        "\u{0}",
        "completed",
        "anonymous",
    ];
    for i in 0..300 {
        let mut pairs: Vec<(String, String)> = Vec::new();
        for _ in 0..(next() % 6) {
            let k = names[(next() % names.len() as u64) as usize].to_owned();
            let mut v = values[(next() % values.len() as u64) as usize].to_owned();
            if next() % 4 == 0 {
                v = (0..(next() % 40))
                    .map(|_| char::from_u32((next() % 0x3000) as u32).unwrap_or('?'))
                    .collect();
            }
            pairs.push((k, v));
        }
        if i % 3 == 0 {
            pairs.push(("CallSid".into(), format!("CArand{}", next() % 20)));
        }
        let path = ["/twilio/voice", "/twilio/status"][i % 2].to_owned();
        let path = if i % 5 == 0 {
            format!("/twilio/gather?turn={}", next() % 5)
        } else {
            path
        };
        let (body, sig) = signed_form(Some(TOKEN), &format!("{BASE}{path}"), &pairs);
        let (s, resp) = send(&r, form_post(&path, body, sig.as_deref())).await;
        assert!(!s.is_server_error(), "{path} {pairs:?}: {s} {resp}");
        if s == StatusCode::OK {
            parse_twiml(&resp).unwrap_or_else(|e| panic!("{path} {pairs:?}: {e}: {resp}"));
        }
    }
}
