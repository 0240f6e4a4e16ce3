//! The management API end to end through the router, on SQLite and Postgres:
//! booking with the call's checks (409 names the reason), idempotency, moves, edits,
//! notes, cancels, pagination, the audit trail, extraction, and RFC 9457 problems for
//! every error.

mod common;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::{AdapterConfig, AppState};
use common::*;
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

/// The seed business (Mon-Fri 9-17, Edmonton, 30-minute slots), closed on Friday
/// 2026-11-20.
fn api_config() -> AdapterConfig {
    let mut dialog = bella_dialog::Config::default();
    dialog
        .hours
        .closed
        .insert(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let mut c = AdapterConfig::new(dialog, Some(TOKEN.to_owned()));
    c.api_key = Some(API_KEY.into());
    c.public_url = Some(BASE.to_owned());
    c
}

struct Answer {
    status: StatusCode,
    content_type: String,
    link: Option<String>,
    body: Value,
}

async fn call(
    router: &Router,
    method: &str,
    path: &str,
    body: Option<Value>,
    extra: &[(&str, &str)],
) -> Answer {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {API_KEY}"));
    if body.is_some() {
        req = req.header("content-type", "application/json");
    }
    for (k, v) in extra {
        req = req.header(*k, *v);
    }
    let req = req
        .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
        .unwrap();
    let resp = router.clone().oneshot(req).await.unwrap();
    let status = resp.status();
    let header_of = |name| {
        resp.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = header_of(header::CONTENT_TYPE).unwrap_or_default();
    let link = header_of(header::LINK);
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    Answer {
        status,
        content_type,
        link,
        body,
    }
}

/// Asserts an RFC 9457 problem with this status and code.
fn problem(a: &Answer, status: StatusCode, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.content_type, "application/problem+json", "{}", a.body);
    assert_eq!(a.body["status"], status.as_u16(), "{}", a.body);
    assert_eq!(a.body["code"], code, "{}", a.body);
    assert!(a.body["title"].is_string() && a.body["detail"].is_string());
    assert!(a.body["type"].as_str().is_some_and(|t| t.ends_with(code)));
}

fn booking(start: &str) -> Value {
    json!({"name": "Ada Lovelace", "phone": "403 555 0142", "start": start})
}

/// Every management operation against one state.
async fn management(state: AppState) {
    let r = app_of(state);

    // Book: 201, Location, the shape GET answers; a retry with the key is the same.
    let new = json!({"name": "Ada Lovelace", "phone": "403 555 0142",
        "start": "2026-11-18T10:00:00-07:00", "note": "first visit"});
    let first = call(
        &r,
        "POST",
        "/api/appointments",
        Some(new.clone()),
        &[("idempotency-key", "k1")],
    )
    .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    let id = first.body["id"].as_i64().unwrap();
    assert_eq!(first.body["phone"], "+14035550142");
    assert_eq!(first.body["start"], "2026-11-18T10:00:00-07:00");
    assert_eq!(first.body["minutes"], 30);
    assert_eq!(first.body["note"], "first visit");
    let got = call(&r, "GET", &format!("/api/appointments/{id}"), None, &[]).await;
    assert_eq!(got.body, first.body, "POST answers what GET shows");
    let again = call(
        &r,
        "POST",
        "/api/appointments",
        Some(new),
        &[("idempotency-key", "k1")],
    )
    .await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.body["id"], id, "the retry gets the first booking");
    // The same key with another body is refused and books nothing.
    let other = call(
        &r,
        "POST",
        "/api/appointments",
        Some(booking("2026-11-18T11:00:00-07:00")),
        &[("idempotency-key", "k1")],
    )
    .await;
    problem(
        &other,
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    );
    let at_eleven = call(
        &r,
        "GET",
        "/api/appointments?from=2026-11-18T11:00:00-07:00&to=2026-11-18T11:30:00-07:00",
        None,
        &[],
    )
    .await;
    assert_eq!(
        at_eleven.body,
        json!([]),
        "the refused request booked nothing"
    );

    // The same slot with another key is taken; the call's rules refuse the rest.
    let taken = call(
        &r,
        "POST",
        "/api/appointments",
        Some(booking("2026-11-18T10:00:00-07:00")),
        &[("idempotency-key", "k2")],
    )
    .await;
    problem(&taken, StatusCode::CONFLICT, "taken");
    // A refused request frees its key: k2 with a bookable body books, and replays.
    for _ in 0..2 {
        let k2 = call(
            &r,
            "POST",
            "/api/appointments",
            Some(booking("2026-11-18T15:00:00-07:00")),
            &[("idempotency-key", "k2")],
        )
        .await;
        assert_eq!(k2.status, StatusCode::CREATED, "{}", k2.body);
        let cancel = format!("/api/appointments/{}", k2.body["id"]);
        assert_eq!(
            call(&r, "DELETE", &cancel, None, &[]).await.status,
            StatusCode::OK
        );
    }
    for (start, code) in [
        ("2026-11-21T10:00:00-07:00", "closed_day"),
        ("2026-11-20T10:00:00-07:00", "closed_date"),
        ("2026-11-18T18:00:00-07:00", "outside_hours"),
        ("2026-11-18T10:10:00-07:00", "not_on_slot"),
        ("2026-11-18T08:30:00-07:00", "outside_hours"),
        ("2026-11-16T10:00:00-07:00", "in_the_past"),
        ("2029-11-16T10:00:00-07:00", "beyond_horizon"),
    ] {
        let a = call(&r, "POST", "/api/appointments", Some(booking(start)), &[]).await;
        problem(&a, StatusCode::CONFLICT, code);
    }
    let long = call(&r, "POST", "/api/appointments",
        Some(json!({"name": "Ada", "phone": "4035550142", "start": "2026-11-18T16:30:00-07:00", "minutes": 60})), &[]).await;
    problem(&long, StatusCode::CONFLICT, "too_long");

    // Bad input: 422 naming the field; not JSON: 400; every one a problem.
    for (body, field) in [
        (
            json!({"name": "Ada", "phone": "12", "start": "2026-11-18T11:00:00-07:00"}),
            "phone",
        ),
        (
            json!({"name": "", "phone": "4035550142", "start": "2026-11-18T11:00:00-07:00"}),
            "name",
        ),
        (
            json!({"name": "Ada", "phone": "4035550142", "start": "tomorrow"}),
            "start",
        ),
        (
            json!({"name": "Ada", "phone": "4035550142", "start": "2026-11-18T11:00:00-07:00", "service": "Massage"}),
            "service",
        ),
        (
            json!({"name": "Ada", "phone": "4035550142", "start": "2026-11-18T11:00:00-07:00", "minutes": 0}),
            "minutes",
        ),
    ] {
        let a = call(&r, "POST", "/api/appointments", Some(body), &[]).await;
        problem(&a, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
        assert!(
            a.body["detail"].as_str().unwrap().contains(field),
            "{}",
            a.body
        );
    }
    let unknown = call(&r, "POST", "/api/appointments", Some(json!({"name": "Ada", "phone": "4035550142", "start": "2026-11-18T11:00:00-07:00", "colour": "red"})), &[]).await;
    problem(&unknown, StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    let raw = Request::post("/api/appointments")
        .header("authorization", format!("Bearer {API_KEY}"))
        .body(Body::from("name=Ada"))
        .unwrap();
    let (status, body) = send(&r, raw).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let no_key = Request::get("/api/appointments")
        .body(Body::empty())
        .unwrap();
    let resp = r.clone().oneshot(no_key).await.unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        resp.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    problem(
        &call(&r, "GET", "/api/appointments/999999", None, &[]).await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    problem(
        &call(&r, "GET", "/api/appointments/abc", None, &[]).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    );

    // Move: to a free slot, then onto a taken one (refused, nothing changed).
    let other = call(
        &r,
        "POST",
        "/api/appointments",
        Some(booking("2026-11-18T14:00:00-07:00")),
        &[],
    )
    .await;
    assert_eq!(other.status, StatusCode::CREATED);
    let other_id = other.body["id"].as_i64().unwrap();
    let path = format!("/api/appointments/{id}");
    let moved = call(
        &r,
        "PATCH",
        &path,
        Some(json!({"start": "2026-11-18T11:00:00-07:00"})),
        &[],
    )
    .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    assert_eq!(
        (moved.body["id"].as_i64(), moved.body["start"].as_str()),
        (Some(id), Some("2026-11-18T11:00:00-07:00"))
    );
    let clash = call(
        &r,
        "PATCH",
        &path,
        Some(json!({"start": "2026-11-18T14:00:00-07:00", "note": "not applied"})),
        &[],
    )
    .await;
    problem(&clash, StatusCode::CONFLICT, "taken");
    let same = call(&r, "GET", &path, None, &[]).await;
    assert_eq!(same.body["start"], "2026-11-18T11:00:00-07:00");
    assert_eq!(
        same.body["note"], "first visit",
        "a refused move leaves the edit unmade"
    );
    // Moving onto its own slot and next to itself is fine.
    let next = call(
        &r,
        "PATCH",
        &path,
        Some(json!({"start": "2026-11-18T11:30:00-07:00"})),
        &[],
    )
    .await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.body);

    // Edit name, phone and note; an empty change is refused.
    let edited = call(
        &r,
        "PATCH",
        &path,
        Some(json!({"name": "Ada King", "phone": "+14035550199", "note": "bring forms"})),
        &[],
    )
    .await;
    assert_eq!(edited.status, StatusCode::OK, "{}", edited.body);
    assert_eq!(
        (
            edited.body["name"].as_str(),
            edited.body["phone"].as_str(),
            edited.body["note"].as_str()
        ),
        (Some("Ada King"), Some("+14035550199"), Some("bring forms"))
    );
    problem(
        &call(&r, "PATCH", &path, Some(json!({})), &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
    );
    problem(
        &call(&r, "PATCH", &path, Some(json!({"phone": "555"})), &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
    );

    // Cancel twice: the same answer; a cancelled one cannot move.
    let cancelled = call(
        &r,
        "DELETE",
        &format!("/api/appointments/{other_id}"),
        None,
        &[],
    )
    .await;
    assert_eq!(cancelled.body["status"], "cancelled");
    let twice = call(
        &r,
        "POST",
        &format!("/api/appointments/{other_id}/cancel"),
        None,
        &[],
    )
    .await;
    assert_eq!(twice.body, cancelled.body);
    problem(
        &call(
            &r,
            "PATCH",
            &format!("/api/appointments/{other_id}"),
            Some(json!({"start": "2026-11-18T15:00:00-07:00"})),
            &[],
        )
        .await,
        StatusCode::CONFLICT,
        "cancelled",
    );

    // Pages: a full page names the next one.
    let page = call(&r, "GET", "/api/appointments?limit=1&status=all", None, &[]).await;
    assert_eq!(page.body.as_array().unwrap().len(), 1);
    let link = page.link.expect("a full page links the next");
    assert!(
        link.contains("offset=1") && link.contains("rel=\"next\""),
        "{link}"
    );
    let rest = call(
        &r,
        "GET",
        "/api/appointments?limit=1&offset=1&status=all",
        None,
        &[],
    )
    .await;
    assert_eq!(rest.body[0]["id"], other_id);
    let last = call(&r, "GET", "/api/appointments?limit=5", None, &[]).await;
    assert!(last.link.is_none());
    let booked = call(&r, "GET", "/api/appointments?status=booked&from=2026-11-18T00:00:00-07:00&to=2026-11-19T00:00:00-07:00", None, &[]).await;
    assert_eq!(booked.body.as_array().unwrap().len(), 1);
    let none = call(&r, "GET", "/api/appointments?resource=Bay%201", None, &[]).await;
    assert_eq!(none.body, json!([]));
    problem(
        &call(&r, "GET", "/api/appointments?colour=red", None, &[]).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    );

    // The audit trail: every change, with the key's fingerprint, never the key.
    let audit = call(&r, "GET", "/api/audit", None, &[]).await;
    let actions: Vec<&str> = audit
        .body
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        [
            "cancel", "note", "edit", "move", "move", "create", "cancel", "create", "create"
        ],
        "{}",
        audit.body
    );
    for e in audit.body.as_array().unwrap() {
        let actor = e["actor"].as_str().unwrap();
        assert!(actor.starts_with("api:") && actor.len() == 12, "{actor}");
        assert!(!e.to_string().contains(API_KEY));
        assert!(!e.to_string().contains("Ada"), "no names in the audit: {e}");
    }
    let mine = call(
        &r,
        "GET",
        &format!("/api/audit?appointment={id}&limit=2"),
        None,
        &[],
    )
    .await;
    assert_eq!(mine.body.as_array().unwrap().len(), 2);
    assert_eq!(mine.body[0]["action"], "note");
    assert_eq!(mine.body[1]["detail"]["fields"], json!(["name", "phone"]));
}

#[tokio::test]
async fn management_on_sqlite() {
    let stores = sqlite_stores(&temp_db("api")).await;
    management(state_over(stores, api_config())).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn management_on_postgres() {
    let Some(url) = service_url("BELLA_TEST_POSTGRES_URL", "management_on_postgres") else {
        return;
    };
    let schema = format!("api_test_{}", std::process::id());
    let _cleanup = DropSchema {
        url: url.clone(),
        schema: schema.clone(),
    };
    let stores = Stores::connect_with(&StoreConfig::new(&url).with_pg_schema(&schema))
        .await
        .unwrap();
    management(state_over(stores, api_config())).await;
}

#[tokio::test]
async fn extract_answers_the_spec_contract() {
    let state = state_over(
        Stores::connect("sqlite::memory:", None).await.unwrap(),
        api_config(),
    );
    let r = app_of(state);
    let one = call(
        &r,
        "POST",
        "/api/extract",
        Some(
            json!({"id": "c1", "text": "my name is rocky jonathan, 416 555 1234, tomorrow at 2 pm",
            "now": "2026-11-25T10:00:00-05:00", "tz": "America/Toronto"}),
        ),
        &[],
    )
    .await;
    assert_eq!(one.status, StatusCode::OK, "{}", one.body);
    assert_eq!(
        one.body,
        json!({"id": "c1", "phone": "+14165551234", "name": "Rocky Jonathan",
        "when": "2026-11-26T14:00", "part_of_day": null, "window": null})
    );
    // A batch, in order; a bad item gets an error line; `now`/`tz` default to the server's.
    let batch = call(&r, "POST", "/api/extract",
        Some(json!([{"id": 1, "text": "four oh three five five five zero one four two"}, {"id": 2}, 7,
            {"id": 3, "text": "tomorrow at nine", "expect": "time"}])), &[]).await;
    assert_eq!(batch.status, StatusCode::OK, "{}", batch.body);
    let items = batch.body.as_array().unwrap();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0]["phone"], "+14035550142");
    assert!(items[1]["error"].as_str().unwrap().contains("text"));
    assert!(items[2]["error"].is_string());
    assert_eq!(
        items[3]["when"], "2026-11-18T09:00",
        "tomorrow from the server's clock"
    );
    problem(
        &call(&r, "POST", "/api/extract", Some(json!("text")), &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
    );
    problem(
        &call(&r, "POST", "/api/extract", Some(json!({"id": 1})), &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
    );
    let too_many: Vec<Value> = (0..1001).map(|_| json!({"text": "x"})).collect();
    let mut big = api_config();
    big.max_body_bytes = 1 << 20;
    let r2 = app_of(state_over(
        Stores::connect("sqlite::memory:", None).await.unwrap(),
        big,
    ));
    problem(
        &call(
            &r2,
            "POST",
            "/api/extract",
            Some(Value::Array(too_many)),
            &[],
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid",
    );
}

/// A SQLite state on a manual clock (Tuesday morning), its store, and the booking of
/// Wednesday 10:00 made through the API.
async fn on_manual_clock(
    tag: &str,
) -> (
    Router,
    bella_twilio_adapter::Clock,
    std::sync::Arc<dyn bella_store::AppointmentStore>,
    Answer,
) {
    let mut state = sqlite_state(&temp_db(tag)).await;
    let clock = bella_twilio_adapter::Clock::manual(tuesday_morning());
    state.clock = clock.clone();
    let store = state.appointments.clone();
    let r = app_of(state);
    let booked = call(
        &r,
        "POST",
        "/api/appointments",
        Some(booking("2026-11-18T10:00:00-07:00")),
        &[],
    )
    .await;
    assert_eq!(booked.status, StatusCode::CREATED, "{}", booked.body);
    (r, clock, store, booked)
}

/// A no-show mark shows in the API (`no_show`, `no_show_at`) and on the appointment's
/// page; a call's channel shows in `GET /api/calls` and on the Calls page.
#[tokio::test]
async fn no_show_marks_and_channels_are_shown() {
    let (r, mut clock, _, booked) = on_manual_clock("api-no-show").await;
    let id = booked.body["id"].as_i64().unwrap();
    assert_eq!(booked.body["no_show"], false, "{}", booked.body);
    assert!(booked.body.get("no_show_at").is_none(), "{}", booked.body);

    clock.set("2026-11-18T18:00:00Z".parse().unwrap());
    let mark = format!("/api/appointments/{id}/no-show");
    assert_eq!(
        call(&r, "POST", &mark, None, &[]).await.status,
        StatusCode::OK
    );
    let one = call(&r, "GET", &format!("/api/appointments/{id}"), None, &[]).await;
    assert_eq!(one.body["no_show"], true, "{}", one.body);
    let at = one.body["no_show_at"].as_str().expect("when it was marked");
    assert!(chrono::DateTime::parse_from_rfc3339(at).is_ok(), "{at}");
    let listed = call(&r, "GET", "/api/appointments?date=2026-11-18", None, &[]).await;
    assert_eq!(listed.body[0]["no_show"], true, "{}", listed.body);
    assert_eq!(listed.body[0]["no_show_at"], at);

    let (cookie, _) = dashboard_sign_in(&r, API_KEY).await.unwrap();
    let page = |path: String| {
        let cookie = cookie.clone();
        let r = r.clone();
        async move {
            let req = Request::get(path)
                .header("cookie", cookie)
                .body(Body::empty())
                .unwrap();
            send(&r, req).await.1
        }
    };
    let html = page(format!("/dashboard/appointments/{id}")).await;
    assert!(html.contains(r#"data-test="no-show""#), "{html}");

    // Taken back: gone from both.
    assert_eq!(
        call(&r, "DELETE", &mark, None, &[]).await.status,
        StatusCode::OK
    );
    let one = call(&r, "GET", &format!("/api/appointments/{id}"), None, &[]).await;
    assert_eq!(
        (one.body["no_show"].clone(), one.body.get("no_show_at")),
        (json!(false), None)
    );
    let html = page(format!("/dashboard/appointments/{id}")).await;
    assert!(!html.contains(r#"data-test="no-show""#), "{html}");

    // A Gather call records its channel.
    assert_eq!(start_call(&r, "CAchannel1").await.0, StatusCode::OK);
    let c = call(&r, "GET", "/api/calls/CAchannel1", None, &[]).await;
    assert_eq!(c.body["channel"], "gather", "{}", c.body);
    let listed = call(&r, "GET", "/api/calls", None, &[]).await;
    assert_eq!(listed.body[0]["channel"], "gather", "{}", listed.body);
    let html = page("/dashboard/calls/CAchannel1".to_owned()).await;
    assert!(html.contains("Phone (gather)"), "{html}");
}

/// The purge job removes audit entries older than `audit_retention_days`, read on
/// the injectable clock, and keeps the rest.
#[tokio::test]
async fn audit_entries_past_their_retention_are_purged() {
    let (r, mut clock, store, booked) = on_manual_clock("api-audit-purge").await;
    clock.advance(chrono::Duration::days(200));
    let cancel = format!("/api/appointments/{}", booked.body["id"]);
    assert_eq!(
        call(&r, "DELETE", &cancel, None, &[]).await.status,
        StatusCode::OK
    );
    let purge = |now| {
        let store = store.clone();
        async move {
            bella_twilio_adapter::manage::purge_audit(&*store, 365, now)
                .await
                .unwrap()
        }
    };
    let actions = || async {
        let audit = call(&r, "GET", "/api/audit", None, &[]).await;
        audit
            .body
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].clone())
            .collect::<Vec<_>>()
    };

    assert_eq!(purge(clock.now()).await, 0, "both are younger than a year");
    clock.advance(chrono::Duration::days(166));
    assert_eq!(purge(clock.now()).await, 1, "the booking is 366 days old");
    assert_eq!(actions().await, [json!("cancel")]);
    assert_eq!(purge(clock.now()).await, 0);
    clock.advance(chrono::Duration::days(200));
    assert_eq!(purge(clock.now()).await, 1);
    assert_eq!(actions().await, Vec::<Value>::new());
}
