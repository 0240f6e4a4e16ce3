//! The OAuth flow of `caldav_oauth` against a fake token endpoint and a fake CalDAV
//! server that accepts only the latest token: a token is refreshed before it expires,
//! reused while it is good, replaced after a 401, and a dead endpoint is an error.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{post, put};
use bella_calendar::CaldavTarget;
use bella_calendar::caldav::{CalDav, CalDavError};
use bella_calendar::config::{Auth, OAuthConfig};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Fake {
    issued: u32,
    lifetime: u64,
    token_down: bool,
    valid: Option<String>,
    seen: Vec<String>,
    forms: Vec<String>,
}

type Shared = Arc<Mutex<Fake>>;

async fn token(State(s): State<Shared>, body: String) -> (StatusCode, String) {
    let mut f = s.lock().unwrap();
    f.forms.push(body);
    if f.token_down {
        return (StatusCode::INTERNAL_SERVER_ERROR, "{}".into());
    }
    f.issued += 1;
    let t = format!("tok-{}", f.issued);
    f.valid = Some(t.clone());
    (
        StatusCode::OK,
        format!(
            r#"{{"access_token":"{t}","expires_in":{},"token_type":"Bearer"}}"#,
            f.lifetime
        ),
    )
}

async fn caldav(State(s): State<Shared>, headers: HeaderMap) -> StatusCode {
    let mut f = s.lock().unwrap();
    let auth = headers
        .get("authorization")
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    f.seen.push(auth.clone());
    match &f.valid {
        Some(t) if auth == format!("Bearer {t}") => StatusCode::CREATED,
        _ => StatusCode::UNAUTHORIZED,
    }
}

#[tokio::test]
async fn oauth_tokens_are_refreshed_before_expiry_and_after_a_401() {
    let state: Shared = Arc::new(Mutex::new(Fake {
        lifetime: 30,
        ..Fake::default()
    }));
    let app = Router::new()
        .route("/token", post(token))
        .route("/cal/{file}", put(caldav))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = CalDav::new(
        CaldavTarget {
            resource: "Dr. Singh".into(),
            url: format!("http://{addr}/cal/"),
            auth: Auth::OAuth(OAuthConfig {
                client_id: "client-1".into(),
                client_secret: "shh".into(),
                refresh_token: "refresh-1".into(),
                token_url: format!("http://{addr}/token"),
            }),
        },
        reqwest::Client::new(),
    );
    let put = || {
        client.put(
            "bella-1@bella",
            "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
            None,
        )
    };

    // A 30 s token is inside the 60 s margin: each use fetches a fresh one first.
    put().await.unwrap();
    put().await.unwrap();
    {
        let f = state.lock().unwrap();
        assert_eq!(f.issued, 2);
        assert_eq!(f.seen, ["Bearer tok-1", "Bearer tok-2"]);
        let form = &f.forms[0];
        for part in [
            "grant_type=refresh_token",
            "refresh_token=refresh-1",
            "client_id=client-1",
            "client_secret=shh",
        ] {
            assert!(form.contains(part), "{form}");
        }
    }
    // An hour-long token is fetched once and reused.
    state.lock().unwrap().lifetime = 3600;
    put().await.unwrap();
    put().await.unwrap();
    assert_eq!(state.lock().unwrap().issued, 3);
    // Revoked at the server: the 401 makes it fetch another and retry once.
    state.lock().unwrap().valid = Some("revoked".into());
    put().await.unwrap();
    {
        let f = state.lock().unwrap();
        assert_eq!(f.issued, 4);
        assert_eq!(f.seen.last().unwrap(), "Bearer tok-4");
    }
    // A dead token endpoint is an error the push worker retries, never a panic.
    {
        let mut f = state.lock().unwrap();
        f.token_down = true;
        f.valid = Some("revoked".into());
    }
    let e = put().await.unwrap_err();
    assert!(matches!(e, CalDavError::OAuth(_)), "{e:?}");
    assert_eq!(e.label(), "oauth");
}
