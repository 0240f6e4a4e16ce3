//! Every route of the server and its guard: each Twilio webhook refuses an unsigned or
//! forged request, each admin route refuses a missing or wrong key, each dashboard
//! route refuses a request without a live session cookie (and a form without its CSRF
//! token), and only the health, metrics and dashboard sign-in routes are open. The list comes from the router itself
//! (`bella_twilio_adapter::routes`), so a new route is checked the day it is added.

mod common;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use bella_twilio_adapter::{Guard, routes};
use common::*;

fn request(method: Method, path: &str, auth: Option<&str>, sig: Option<&str>) -> Request<Body> {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("host", "internal:8080");
    if let Some(a) = auth {
        req = req.header("authorization", a);
    }
    if let Some(s) = sig {
        req = req.header("x-twilio-signature", s);
    }
    req.body(Body::from(
        "CallSid=CAroutes&From=%2B14035550142&CallStatus=completed",
    ))
    .unwrap()
}

#[tokio::test]
async fn every_route_has_its_guard_and_the_guard_holds() {
    let state = sqlite_state(&temp_db("routes")).await;
    let table = routes(&state);
    let router = app_of(state.clone());
    let (cookie, _csrf) = dashboard_sign_in(&router, API_KEY).await.unwrap();
    let mut seen = [0usize; 6];
    for route in &table {
        let path = concrete(route.path);
        match route.guard {
            Guard::TwilioSignature => {
                seen[0] += 1;
                let url = format!("{path}?turn=1");
                for sig in [None, Some("forged+signature="), Some("")] {
                    let (status, body) =
                        send(&router, request(Method::POST, &url, None, sig)).await;
                    assert_eq!(
                        status,
                        StatusCode::FORBIDDEN,
                        "{} with {sig:?}: {body}",
                        route.path
                    );
                }
                // The same request signed is let through (so the 403s above are the guard's).
                let (status, _) = post_signed(
                    &router,
                    &url,
                    &[("CallSid", "CAroutes"), ("CallStatus", "completed")],
                )
                .await;
                assert_ne!(
                    status,
                    StatusCode::FORBIDDEN,
                    "{} refuses a signed request",
                    route.path
                );
            }
            Guard::TwilioSignatureUpgrade => {
                seen[3] += 1;
                let upgrade = |sig: Option<&str>| {
                    let mut req = Request::builder()
                        .method(Method::GET)
                        .uri(path.as_str())
                        .header("host", "internal:8080")
                        .header("connection", "upgrade")
                        .header("upgrade", "websocket")
                        .header("sec-websocket-version", "13")
                        .header("sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ==");
                    if let Some(s) = sig {
                        req = req.header("x-twilio-signature", s);
                    }
                    req.body(Body::empty()).unwrap()
                };
                for sig in [None, Some("forged+signature="), Some("")] {
                    let (status, body) = send(&router, upgrade(sig)).await;
                    assert_eq!(
                        status,
                        StatusCode::FORBIDDEN,
                        "{} upgrade with {sig:?}: {body}",
                        route.path
                    );
                }
                // Signed for the wss:// URL with no parameters, it is not refused.
                let wss = format!("{}{path}", BASE.replacen("https://", "wss://", 1));
                let (_, sig) = bella_twilio_adapter::sim::signed_form(Some(TOKEN), &wss, &[]);
                let (status, _) = send(&router, upgrade(sig.as_deref())).await;
                assert_ne!(
                    status,
                    StatusCode::FORBIDDEN,
                    "{} refuses a signed upgrade",
                    route.path
                );
            }
            Guard::ApiKey => {
                seen[1] += 1;
                let mut refused = 0;
                for method in [Method::GET, Method::POST, Method::DELETE, Method::PATCH] {
                    for auth in [None, Some("Bearer wrong-key"), Some(API_KEY)] {
                        let (status, body) =
                            send(&router, request(method.clone(), &path, auth, None)).await;
                        assert!(
                            status == StatusCode::UNAUTHORIZED
                                || status == StatusCode::METHOD_NOT_ALLOWED,
                            "{method} {} with {auth:?}: {status} {body}",
                            route.path
                        );
                        refused += usize::from(status == StatusCode::UNAUTHORIZED);
                    }
                }
                assert!(refused > 0, "{} answered no method", route.path);
                let (status, _) = send(&router, get_with_key(&path)).await;
                assert_ne!(
                    status,
                    StatusCode::UNAUTHORIZED,
                    "{} refuses the right key",
                    route.path
                );
            }
            Guard::DashboardSession => {
                seen[4] += 1;
                let mut answered = 0;
                for method in [Method::GET, Method::POST] {
                    for c in [
                        None,
                        Some("bella_session=forged-session-id-0123456789abcdef"),
                    ] {
                        let mut req = request(method.clone(), &path, None, None);
                        if let Some(c) = c {
                            req.headers_mut().insert("cookie", c.parse().unwrap());
                        }
                        let (status, body) = send(&router, req).await;
                        let ok = match method {
                            Method::GET => status == StatusCode::SEE_OTHER,
                            _ => status == StatusCode::UNAUTHORIZED,
                        };
                        assert!(
                            ok || status == StatusCode::METHOD_NOT_ALLOWED,
                            "{method} {} with {c:?}: {status} {body}",
                            route.path
                        );
                        answered += usize::from(ok);
                    }
                    // Signed in, a form posted without the session's CSRF token is refused.
                    if method == Method::POST {
                        let mut req = request(Method::POST, &path, None, None);
                        req.headers_mut().insert("cookie", cookie.parse().unwrap());
                        let (status, _) = send(&router, req).await;
                        assert!(
                            status == StatusCode::FORBIDDEN
                                || status == StatusCode::METHOD_NOT_ALLOWED,
                            "POST {} without csrf: {status}",
                            route.path
                        );
                    }
                }
                assert!(answered > 0, "{} answered no method", route.path);
                // With the cookie (and the token on a post) the guard lets it through.
                let signed_in = if route.path == "/dashboard/logout" {
                    // Its own session, so signing out leaves `cookie` for the others.
                    let (other, token) = dashboard_sign_in(&router, API_KEY).await.unwrap();
                    assert_ne!(other, cookie);
                    Request::post(path.as_str())
                        .header("cookie", &other)
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(Body::from(format!("csrf={token}")))
                        .unwrap()
                } else {
                    Request::get(path.as_str())
                        .header("cookie", &cookie)
                        .body(Body::empty())
                        .unwrap()
                };
                let (status, body) = send(&router, signed_in).await;
                assert!(
                    status != StatusCode::UNAUTHORIZED
                        && status != StatusCode::FORBIDDEN
                        && !(status == StatusCode::SEE_OTHER && route.path != "/dashboard/logout"),
                    "{} refuses a signed-in session: {status} {body}",
                    route.path
                );
            }
            Guard::FeedToken => {
                seen[5] += 1;
                let cal = state
                    .calendars
                    .as_ref()
                    .expect("calendars in the test state");
                let (_, token) = cal
                    .db
                    .create_token("all", false, tuesday_morning())
                    .await
                    .unwrap();
                let feed = path.replace("{file}", "all.ics").replace("/1", "/all.ics");
                for q in [
                    "",
                    "?token=",
                    "?token=bcf_forged",
                    "?token=bcf_forged&token=x",
                ] {
                    let url = format!("{feed}{q}");
                    let (status, body) =
                        send(&router, request(Method::GET, &url, Some(API_KEY), None)).await;
                    assert_eq!(status, StatusCode::FORBIDDEN, "{url}: {body}");
                }
                let url = format!("{feed}?token={token}");
                let (status, body) = send(&router, request(Method::GET, &url, None, None)).await;
                assert_eq!(status, StatusCode::OK, "{url}: {body}");
            }
            Guard::Public => {
                seen[2] += 1;
                assert!(
                    [
                        "/healthz",
                        "/readyz",
                        "/metrics",
                        "/api/openapi.json",
                        "/dashboard/login",
                        "/dashboard/assets/{file}"
                    ]
                    .contains(&route.path),
                    "{} is open to anyone: give it a guard",
                    route.path
                );
            }
            _ => panic!("{} has a guard this test does not know", route.path),
        }
    }
    assert_eq!(seen, [8, 14, 6, 1, 11, 1], "routes by guard: {table:?}");
}
