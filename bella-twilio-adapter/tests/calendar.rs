//! Calendars end to end through the router, on SQLite and a real Radicale
//! (`BELLA_TEST_CALDAV_URL`): a booking made over signed Gather webhooks appears in
//! the CalDAV calendar at the right instant with the business's zone; a busy event
//! put straight into Radicale makes Bella refuse that time and offer others; the feed
//! answers with ETags; tokens and conflicts are in the admin API; `/readyz` and
//! `/metrics` show the calendar's state.

mod common;

#[path = "../../bella-calendar/tests/common/mod.rs"]
mod cal;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_calendar::{CalendarConfig, Calendars};
use bella_store::Stores;
use bella_twilio_adapter::sim::CallCase;
use common::*;

fn caller(time: &str, phone: &str) -> CallCase {
    rocky_case("cal", phone, &[time])
}

async fn state_with_radicale(rad: &cal::Radicale) -> (bella_twilio_adapter::AppState, Calendars) {
    let db = temp_db("calendar");
    let url = format!("sqlite://{}", db.display());
    let stores = Stores::connect(&url, None).await.unwrap();
    // The default business has no [[resources]]: its one calendar is resource "".
    let mut cfg = CalendarConfig::empty("Bella Clinic");
    cfg.targets = vec![rad.target("", &rad.url)];
    let tz = chrono_tz::America::Edmonton;
    let cal = Calendars::open(&url, None, cfg, tz).await.unwrap();
    let mut state = state_over(
        Stores {
            appointments: cal.overlay(stores.appointments),
            ..stores
        },
        config(),
    );
    state.calendars = Some(cal.clone());
    (state, cal)
}

#[tokio::test]
async fn a_gather_booking_reaches_radicale_and_a_busy_event_there_is_refused() {
    let Some(rad) = cal::Radicale::new("a_gather_booking_reaches_radicale").await else {
        return;
    };
    let (state, cal) = state_with_radicale(&rad).await;
    let router = app_of(state);
    cal.cache.refresh_all(tuesday_morning()).await;

    // 1. A booking over signed Gather webhooks is pushed with its instant in UTC.
    let played = play_call(&router, &booking_case(), "CAcal1").await;
    assert_eq!(played.outcome, "booked", "{played:#?}");
    let r = cal.pusher.drain(5).await.unwrap();
    assert_eq!(r.pushed, 1, "{r:?}");
    let (_, list) = send(&router, get_with_key("/api/appointments?status=booked")).await;
    let list: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let id = list[0]["id"].as_i64().unwrap();
    let href = format!("{}bella-{id}%40bella.ics", rad.url);
    let (status, ics) = rad.get(&href).await;
    assert_eq!(status, StatusCode::OK);
    let (_, start, end, _, _) = cal::one_event(&ics);
    assert_eq!(
        start.to_rfc3339(),
        "2026-11-26T16:30:00+00:00",
        "9:30 in Edmonton"
    );
    assert_eq!(end - start, chrono::Duration::minutes(30));
    assert!(ics.contains("09:30 (America/Edmonton)"), "{ics}");

    // 2. Someone blocks Friday 9:00-11:00 in the calendar itself.
    rad.put_event(
        "blocked",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:blocked-1\r\n\
         DTSTAMP:20261101T000000Z\r\nDTSTART;TZID=America/Edmonton:20261127T090000\r\n\
         DTEND;TZID=America/Edmonton:20261127T110000\r\nSUMMARY:staff meeting\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .await;
    assert_eq!(cal.cache.refresh_all(tuesday_morning()).await, 1);
    let played = play_call(
        &router,
        &caller("Friday next week at 9:30 a.m.", "4035550199."),
        "CAcal2",
    )
    .await;
    let said: Vec<&str> = played.turns.iter().map(|t| t.agent.as_str()).collect();
    let (_, list) = send(&router, get_with_key("/api/appointments?date=2026-11-27")).await;
    let booked: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    for b in &booked {
        let s = b["start"].as_str().unwrap();
        assert!(
            !("2026-11-27T09:00".."2026-11-27T11:00").contains(&s),
            "booked into the busy time: {s} {said:#?}"
        );
    }
    let offer = said
        .iter()
        .find(|s| s.contains("9:30 a.m. is already taken"))
        .unwrap_or_else(|| panic!("9:30 refused: {said:#?}"));
    assert!(
        offer.contains("11 a.m."),
        "offered times after the busy event: {offer}"
    );

    // /readyz and /metrics show the calendar's state.
    let (status, ready) = get_plain(&router, "/readyz").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        ready.contains("calendar default: ok (1 busy events"),
        "{ready}"
    );
    let (_, metrics) = get_plain(&router, "/metrics").await;
    assert!(metrics.contains("bella_calendar_pull_ok"), "{metrics}");
    assert!(metrics.contains("bella_calendar_push_total"), "{metrics}");

    // 3. An event added over Thursday's booking is a conflict, listed, not resolved.
    rad.put_event(
        "overlap",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:overlap-1\r\n\
         DTSTAMP:20261101T000000Z\r\nDTSTART:20261126T164500Z\r\nDTEND:20261126T171500Z\r\n\
         SUMMARY:dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .await;
    cal.cache.refresh_all(tuesday_morning()).await;
    let (status, body) = send(&router, get_with_key("/api/conflicts")).await;
    assert_eq!(status, StatusCode::OK);
    let conflicts: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(conflicts.len(), 1, "{body}");
    assert_eq!(conflicts[0]["appointment_id"], id);
    assert_eq!(conflicts[0]["event_uid"], "overlap-1");
    let (_, metrics) = get_plain(&router, "/metrics").await;
    assert!(metrics.contains("bella_calendar_conflicts 1"), "{metrics}");
}

#[tokio::test]
async fn the_feed_over_http_with_tokens_etags_and_conflicts() {
    let db = temp_db("calfeed");
    let state = sqlite_state(&db).await;
    let router = app_of(state.clone());
    let played = play_call(&router, &booking_case(), "CAfeed1").await;
    assert_eq!(played.outcome, "booked", "{played:#?}");

    // Make a token through the admin API; bad requests are clear 400s.
    let (status, body) = send(
        &router,
        with_key(
            "POST",
            "/api/calendar/tokens",
            Some(r#"{"resource":"all","include_phone":true}"#),
        ),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let made: serde_json::Value = serde_json::from_str(&body).unwrap();
    let token = made["token"].as_str().unwrap().to_owned();
    assert_eq!(
        made["url"],
        format!("{BASE}/calendar/all.ics?token={token}"),
        "{body}"
    );
    // Not JSON is a 400, a wrong field a 422 (docs/api.md), as on every API route.
    for (bad, want) in [
        (r#"{"resource":"nobody"}"#, StatusCode::UNPROCESSABLE_ENTITY),
        ("not json", StatusCode::BAD_REQUEST),
        (r#"{"resource":1}"#, StatusCode::UNPROCESSABLE_ENTITY),
        (r#"{"x":1}"#, StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let (status, body) =
            send(&router, with_key("POST", "/api/calendar/tokens", Some(bad))).await;
        assert_eq!(status, want, "{bad}: {body}");
    }

    let get = |etag: Option<&str>| {
        let mut r = Request::get(format!("/calendar/all.ics?token={token}"));
        if let Some(e) = etag {
            r = r.header("if-none-match", e);
        }
        r.body(Body::empty()).unwrap()
    };
    let resp = tower::ServiceExt::oneshot(router.clone(), get(None))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(
        resp.headers()["content-type"],
        "text/calendar; charset=utf-8"
    );
    let etag = resp.headers()["etag"].to_str().unwrap().to_owned();
    let (status, body) = send(&router, get(None)).await;
    assert_eq!(status, StatusCode::OK);
    let parsed: icalendar::Calendar = body.parse().expect("the feed parses");
    assert_eq!(parsed.events().count(), 1);
    assert!(body.contains("DTSTART:20261126T163000Z"), "{body}");
    let ev = parsed.events().next().unwrap();
    let description = icalendar::Component::get_description(ev).unwrap_or_default();
    assert!(
        description.contains("+18536945968"),
        "made with include_phone: {description}"
    );
    let (status, body) = send(&router, get(Some(&etag))).await;
    assert_eq!((status, body.as_str()), (StatusCode::NOT_MODIFIED, ""));
    let (status, _) = send(&router, get(Some("\"stale\""))).await;
    assert_eq!(status, StatusCode::OK);

    // Listed without the token; revoked, the feed refuses it.
    let (_, listed) = send(&router, get_with_key("/api/calendar/tokens")).await;
    assert!(!listed.contains(&token), "{listed}");
    let id = made["id"].as_i64().unwrap();
    let (status, _) = send(
        &router,
        with_key("DELETE", &format!("/api/calendar/tokens/{id}"), None),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = send(
        &router,
        with_key("DELETE", &format!("/api/calendar/tokens/{id}"), None),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = send(
        &router,
        with_key("DELETE", "/api/calendar/tokens/abc", None),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(send(&router, get(None)).await.0, StatusCode::FORBIDDEN);
    let (status, _) = send(
        &router,
        Request::get("/calendar/nobody.ics?token=x")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // No CalDAV here: /readyz has no calendar lines.
    let (status, ready) = get_plain(&router, "/readyz").await;
    assert_eq!((status, ready.as_str()), (StatusCode::OK, "ready\n"));
}
