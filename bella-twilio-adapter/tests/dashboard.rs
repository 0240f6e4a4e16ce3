//! The dashboard without a browser (requests through the router): the sign-in's
//! cookie, refusals and rate limit, sign-out, key rotation, the forms' refusals, and
//! the live calls table. `tests/browser.rs` walks the same pages in chromium.

mod common;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use common::*;
use std::net::SocketAddr;
use tower::ServiceExt;

/// A form post from `addr` with `cookie`.
fn post(path: &str, cookie: &str, body: &str, addr: [u8; 4]) -> Request<Body> {
    let mut req = Request::post(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(body.to_owned()))
        .unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((addr, 5555))));
    req
}

fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap()
}

/// A fresh login form: its cookie header and token.
async fn login_form(router: &axum::Router) -> (String, String) {
    let resp = router
        .clone()
        .oneshot(get("/dashboard/login", ""))
        .await
        .unwrap();
    let cookie = set_cookie_value(&resp, "bella_login").unwrap();
    let page = body_text(resp).await;
    let token = csrf_of(&page).unwrap();
    (format!("bella_login={cookie}"), token)
}

async fn try_key(router: &axum::Router, key: &str, addr: [u8; 4]) -> axum::response::Response {
    let (cookie, token) = login_form(router).await;
    let body = format!("csrf={token}&key={key}");
    router
        .clone()
        .oneshot(post("/dashboard/login", &cookie, &body, addr))
        .await
        .unwrap()
}

#[tokio::test]
async fn sign_in_gives_a_strict_http_only_cookie_and_wrong_keys_are_limited_per_address() {
    let router = app_of(sqlite_state(&temp_db("dash-login")).await);
    let ok = try_key(&router, API_KEY, [10, 0, 0, 1]).await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let set: Vec<_> = ok.headers().get_all("set-cookie").iter().collect();
    let session = set
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("bella_session="))
        .unwrap();
    for part in ["HttpOnly", "SameSite=Strict", "Secure", "Path=/dashboard"] {
        assert!(session.contains(part), "{part} missing: {session}");
    }

    // A wrong key: 401, no session.
    let wrong = try_key(&router, "wrong", [10, 0, 0, 2]).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(set_cookie_value(&wrong, "bella_session"), None);
    // No token, or a token that is not the cookie's: 403, whatever the key.
    let (cookie, _) = login_form(&router).await;
    let (_, other_token) = login_form(&router).await;
    for body in [
        format!("key={API_KEY}"),
        format!("csrf={other_token}&key={API_KEY}"),
    ] {
        let req = post("/dashboard/login", &cookie, &body, [10, 0, 0, 3]);
        let (status, page) = send(&router, req).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}: {page}");
    }

    // Four more failures from 10.0.0.2 (five in all): then even the right key waits.
    for _ in 0..4 {
        assert_eq!(
            try_key(&router, "wrong", [10, 0, 0, 2]).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let blocked = try_key(&router, API_KEY, [10, 0, 0, 2]).await;
    assert_eq!(blocked.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: i64 = blocked.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    // Another address is not affected.
    assert_eq!(
        try_key(&router, API_KEY, [10, 0, 0, 9]).await.status(),
        StatusCode::SEE_OTHER
    );
    // Odd bodies are refused, never a panic.
    let (cookie, token) = login_form(&router).await;
    for body in [
        "%FF%FE".to_owned(),
        format!("csrf={token}&key={}", "k".repeat(20_000)),
        "=&&==".to_owned(),
    ] {
        let (status, _) = send(
            &router,
            post("/dashboard/login", &cookie, &body, [10, 0, 0, 7]),
        )
        .await;
        assert!(status.is_client_error(), "{body:.40}: {status}");
    }
}

#[tokio::test]
async fn signing_out_or_rotating_the_key_ends_the_session() {
    let db = temp_db("dash-out");
    let router = app_of(sqlite_state(&db).await);
    let (cookie, csrf) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let (status, page) = send(&router, get("/dashboard", &cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("data-test=\"grid\""));

    // Another server over the same store with a new key does not know the session.
    let url = format!("sqlite://{}", db.display());
    let stores = bella_store::Stores::connect(&url, None).await.unwrap();
    let mut rotated = config();
    rotated.api_key = Some("a-new-key".into());
    let other = app_of(state_over(stores, rotated));
    let (status, _) = send(&other, get("/dashboard", &cookie)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // Signing out without the token is refused; with it, the cookie stops working.
    let (status, _) = send(
        &router,
        post("/dashboard/logout", &cookie, "", [1, 1, 1, 1]),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = send(&router, get("/dashboard", &cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let body = format!("csrf={csrf}");
    let (status, _) = send(
        &router,
        post("/dashboard/logout", &cookie, &body, [1, 1, 1, 1]),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let resp = router
        .clone()
        .oneshot(get("/dashboard", &cookie))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::SEE_OTHER);
    assert_eq!(resp.headers()["location"], "/dashboard/login");
    let (status, _) = send(
        &router,
        post("/dashboard/appointments", &cookie, &body, [1, 1, 1, 1]),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn forms_refuse_bad_input_with_a_clear_message_and_change_nothing() {
    let state = sqlite_state(&temp_db("dash-forms")).await;
    let router = app_of(state.clone());
    let (cookie, csrf) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let book = |name: &str, phone: &str, start: &str| {
        post(
            "/dashboard/appointments",
            &cookie,
            &format!("csrf={csrf}&name={name}&phone={phone}&start={start}"),
            [1, 1, 1, 1],
        )
    };
    let (status, _) = send(
        &router,
        book("Ada+Lovelace", "4035550142", "2026-11-19T10:00"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    // (name, phone, start, status, what the page says)
    const REFUSED: [(&str, &str, &str, u16, &str); 6] = [
        (
            "Alan+Turing",
            "4035550123",
            "2026-11-19T10:00",
            409,
            "already booked",
        ),
        (
            "Alan+Turing",
            "4035550123",
            "2026-11-21T10:00",
            409,
            "closed that day",
        ),
        (
            "Alan+Turing",
            "4035550123",
            "2026-11-16T10:00",
            409,
            "has passed",
        ),
        ("Alan+Turing", "12", "2026-11-19T11:00", 422, "Phone"),
        ("", "4035550123", "2026-11-19T11:00", 422, "Name"),
        ("Alan+Turing", "4035550123", "tomorrow", 422, "pick a date"),
    ];
    for (name, phone, start, want, says) in REFUSED {
        let (status, page) = send(&router, book(name, phone, start)).await;
        assert_eq!(status.as_u16(), want, "{page}");
        assert!(page.contains(says), "{says} not in {page}");
        // The form is shown again with what was typed.
        assert!(page.contains("data-test=\"book-form\""));
    }
    let (_, list) = send(&router, get_with_key("/api/appointments")).await;
    let list: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    let id = list[0]["id"].as_i64().unwrap();

    // Move it onto a booked time: refused; to a free one: moved.
    let (status, _) = send(
        &router,
        book("Alan+Turing", "4035550123", "2026-11-19T11:00"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let mv = |start: &str| {
        post(
            &format!("/dashboard/appointments/{id}/move"),
            &cookie,
            &format!("csrf={csrf}&start={start}"),
            [1, 1, 1, 1],
        )
    };
    let (status, page) = send(&router, mv("2026-11-19T11:00")).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(page.contains("already booked"));
    let (status, _) = send(&router, mv("2026-11-19T14:30")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, one) = send(&router, get_with_key(&format!("/api/appointments/{id}"))).await;
    assert!(one.contains("2026-11-19T14:30:00-07:00"), "{one}");

    // A note is saved, shown, and every change is in the appointment's history
    // under this sign-in.
    let note = post(
        &format!("/dashboard/appointments/{id}/note"),
        &cookie,
        &format!("csrf={csrf}&note=Prefers+mornings"),
        [1, 1, 1, 1],
    );
    let (status, _) = send(&router, note).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let (_, page) = send(
        &router,
        get(&format!("/dashboard/appointments/{id}"), &cookie),
    )
    .await;
    assert!(page.contains("Prefers mornings"), "{page}");
    let history = page
        .split("data-test=\"audit\"")
        .nth(1)
        .expect("a history table");
    for action in ["create", "move", "note"] {
        assert!(
            history.contains(action),
            "{action} not in the history: {history}"
        );
    }
    let audit = bella_twilio_adapter::manage::store(&state)
        .unwrap()
        .list_audit(&bella_store::manage::AuditQuery::default())
        .await
        .unwrap();
    assert!(audit.iter().any(|r| r.entry.action == "token_created"));
    assert!(
        audit
            .iter()
            .all(|r| r.entry.actor.starts_with("dashboard:")),
        "{audit:?}"
    );

    // Unknown or malformed ids are 404 pages.
    for path in ["/dashboard/appointments/999", "/dashboard/appointments/abc"] {
        let (status, _) = send(&router, get(path, &cookie)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    let (status, _) = send(
        &router,
        post(
            "/dashboard/appointments/999/cancel",
            &cookie,
            &format!("csrf={csrf}"),
            [1, 1, 1, 1],
        ),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn pages_carry_security_headers_and_the_live_table_shows_a_call_in_progress() {
    let state = sqlite_state(&temp_db("dash-live")).await;
    let router = app_of(state.clone());
    let (cookie, _) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let resp = router
        .clone()
        .oneshot(get("/dashboard/calls", &cookie))
        .await
        .unwrap();
    let h = resp.headers();
    assert!(
        h["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("script-src 'self'")
    );
    assert_eq!(h["x-frame-options"], "DENY");
    assert_eq!(h["cache-control"], "no-store");

    let (_, before) = send(&router, get("/dashboard/calls/live", &cookie)).await;
    assert!(before.contains("No call in progress"), "{before}");
    assert_eq!(
        start_call_from(&router, "CAlive1", "+14035550142").await,
        StatusCode::OK
    );
    let (_, live) = send(&router, get("/dashboard/calls/live", &cookie)).await;
    assert!(live.contains("data-test=\"live-call\""), "{live}");
    assert!(live.contains(">intent<"), "{live}");
    assert!(
        live.contains("+1********42"),
        "the caller shows masked: {live}"
    );
    assert!(!live.contains("4035550142"), "{live}");
    // When it ends it leaves the live table.
    let status = call_completed(&router, "CAlive1").await;
    assert!(status.is_success(), "{status}");
    let (_, after) = send(&router, get("/dashboard/calls/live", &cookie)).await;
    assert!(after.contains("No call in progress"), "{after}");
    // Its page opens from the recent calls; an unknown call is a 404 page.
    let (_, calls) = send(&router, get("/dashboard/calls", &cookie)).await;
    assert!(
        calls.contains("href=\"/dashboard/calls/CAlive1\""),
        "{calls}"
    );
    let (status, page) = send(&router, get("/dashboard/calls/CAlive1", &cookie)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("+1********42"));
    assert!(
        page.contains(r#"data-test="transcript""#),
        "its greeting turn: {page}"
    );
    let (status, _) = send(&router, get("/dashboard/calls/CAnobody", &cookie)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, page) = send(&router, get("/dashboard/insights", &cookie)).await;
    assert_eq!(status, StatusCode::OK);
    // Calls per day, how they ended, and the latency of the call's one turn.
    assert_eq!(page.matches("<svg").count(), 3, "{page}");
    assert!(page.contains("Calls: 1, Bookings: 0"), "{page}");
    assert!(page.contains("Turn latency: p50"), "{page}");

    // The system page: every store answers; a background job that failed says so.
    let hour = chrono::Duration::hours(1);
    let now = state.clock.now();
    state.jobs.report("purge request keys", hour, now, Ok(2));
    state.jobs.report(
        "purge expired sessions",
        hour,
        now,
        Err("database down".into()),
    );
    let (status, page) = send(&router, get("/dashboard/system", &cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page.matches(r#"data-level="ok""#).count(), 6, "{page}");
    assert_eq!(page.matches(r#"data-level="down""#).count(), 1, "{page}");
    assert!(page.contains("database down"), "{page}");
}

/// A move to another person, through the API (`PATCH {resource}`, with or without a
/// start) and the appointment page's form: only to someone who offers the service and
/// works and is free then (each refusal a 409 naming why, changing nothing); the audit
/// names both; the form lists only those who offer the appointment's service.
#[tokio::test]
async fn an_appointment_moves_to_another_person_who_offers_its_service() {
    let clinic = bella_dialog::Config::from_toml_str(include_str!(
        "../../bella-dialog/examples/clinic.toml"
    ))
    .unwrap();
    let mut config = bella_twilio_adapter::AdapterConfig::new(clinic, Some(TOKEN.to_owned()));
    config.api_key = Some(API_KEY.into());
    let db = temp_db("dash-move-person");
    let router = app_of(state_over(sqlite_stores(&db).await, config));
    let json = |req| async { send(&router, req).await };
    // Books through the API; the new appointment's id.
    let book = |service: &str, resource: &str, start: &str| {
        let req = with_key(
            "POST",
            "/api/appointments",
            Some(&format!(
                r#"{{"name": "Ada Lovelace", "phone": "902 555 0142", "service": "{service}",
                    "resource": "{resource}", "start": "{start}"}}"#
            )),
        );
        async move {
            let (status, body) = json(req).await;
            assert_eq!(status, StatusCode::CREATED, "{body}");
            serde_json::from_str::<serde_json::Value>(&body).unwrap()["id"]
                .as_i64()
                .unwrap()
        }
    };
    let patch =
        |id: i64, body: &str| with_key("PATCH", &format!("/api/appointments/{id}"), Some(body));
    // Dr. Singh works Monday, Wednesday and Friday; Luc Tuesday, Thursday and Saturday
    // morning; only Luc gives massages. Friday 2026-11-20 and Thursday 2026-11-19.
    let follow = book("Follow-up", "Dr. Amara Singh", "2026-11-20T10:00:00-04:00").await;
    let massage = book("Massage therapy", "Luc Gagnon", "2026-11-19T14:00:00-04:00").await;
    book("Follow-up", "Dr. Amara Singh", "2026-11-23T10:00:00-04:00").await;

    let refused: &[(i64, &str, u16, &str)] = &[
        (follow, r#"{"resource": "Luc Gagnon"}"#, 409, "not_working"),
        (follow, r#"{"resource": "Nobody"}"#, 422, "invalid"),
        (
            massage,
            r#"{"resource": "Dr. Amara Singh", "start": "2026-11-20T14:00:00-04:00"}"#,
            409,
            "not_offered",
        ),
        (
            follow,
            r#"{"resource": "Dr. Amara Singh", "start": "2026-11-23T10:00:00-04:00"}"#,
            409,
            "taken",
        ),
    ];
    for &(id, change, want, code) in refused {
        let (status, body) = json(patch(id, change)).await;
        assert_eq!(status.as_u16(), want, "{change}: {body}");
        assert!(
            body.contains(&format!("\"code\":\"{code}\"")),
            "{change}: {body}"
        );
    }
    let (_, body) = json(get_with_key(&format!("/api/appointments/{follow}"))).await;
    assert!(
        body.contains("\"resource\":\"Dr. Amara Singh\"")
            && body.contains("2026-11-20T10:00:00-04:00"),
        "a refused move changes nothing: {body}"
    );

    // To Luc on Thursday: moved, and the audit names both.
    let (status, body) = json(patch(
        follow,
        r#"{"resource": "luc gagnon", "start": "2026-11-19T10:00:00-04:00"}"#,
    ))
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.contains("\"resource\":\"Luc Gagnon\"") && body.contains("2026-11-19T10:00:00-04:00"),
        "{body}"
    );
    let (_, audit) = json(get_with_key(&format!("/api/audit?appointment={follow}"))).await;
    assert!(
        audit.contains("\"resource_from\":\"Dr. Amara Singh\"")
            && audit.contains("\"resource_to\":\"Luc Gagnon\""),
        "{audit}"
    );

    // The page's move form offers both for the follow-up, nobody else for the massage.
    let (cookie, csrf) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let (_, page) = send(
        &router,
        get(&format!("/dashboard/appointments/{follow}"), &cookie),
    )
    .await;
    let form = page.split("/move\"").nth(1).expect("a move form");
    let form = form.split("</form>").next().unwrap();
    assert!(form.contains(r#"name="resource""#), "{form}");
    assert!(
        form.contains(r#"<option value="Luc Gagnon" selected>"#),
        "{form}"
    );
    assert!(
        form.contains(r#"<option value="Dr. Amara Singh">"#),
        "{form}"
    );
    let (_, page) = send(
        &router,
        get(&format!("/dashboard/appointments/{massage}"), &cookie),
    )
    .await;
    let form = page.split("/move\"").nth(1).expect("a move form");
    assert!(
        !form
            .split("</form>")
            .next()
            .unwrap()
            .contains(r#"name="resource""#),
        "only Luc gives massages: {form}"
    );
    // Back to Dr. Singh on Friday from the form.
    let mv = post(
        &format!("/dashboard/appointments/{follow}/move"),
        &cookie,
        &format!("csrf={csrf}&start=2026-11-20T11:00&resource=Dr.+Amara+Singh"),
        [1, 1, 1, 1],
    );
    let (status, page) = send(&router, mv).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let (_, body) = json(get_with_key(&format!("/api/appointments/{follow}"))).await;
    assert!(
        body.contains("\"resource\":\"Dr. Amara Singh\"")
            && body.contains("2026-11-20T11:00:00-04:00"),
        "{body}"
    );
}
