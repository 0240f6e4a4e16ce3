//! A fake Twilio REST server for tests and measurements: `Calls.json` (create and
//! list), `Calls/{Sid}.json` (fetch and end) and `Messages.json` (send, and list
//! newest first), with Basic auth
//! checked, every request recorded, answers in Twilio's JSON shapes, and failures on
//! demand (21211, 21614, 21610, 429, 500 or a hang past the client's timeout).
//!
//! ```no_run
//! # async fn demo() {
//! use bella_notify::fake::{FakeTwilio, Failure};
//! let fake = FakeTwilio::start("AC00000000000000000000000000000000", "token").await.unwrap();
//! fake.fail_next(Failure::ServerError);
//! // point a TwilioClient at fake.base_url() ...
//! assert_eq!(fake.created_calls().len(), 0);
//! # }
//! ```

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use bella_clock::Clock;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::json;
use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A failure the fake can be told to answer with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Failure {
    /// 400, code 21211: invalid `To`.
    InvalidNumber,
    /// 400, code 21614: not a mobile number (texts only).
    NotMobile,
    /// 400, code 21610: the recipient replied STOP.
    OptedOut,
    /// 429, code 20429, `Retry-After: 1`.
    RateLimited,
    /// 500.
    ServerError,
    /// Never answers within a client's timeout (sleeps 60 s).
    Hang,
    /// Accepts the request (the call or message exists and is counted), then answers
    /// 500: the "Twilio acted, the client never heard" case.
    AcceptThenFail,
}

/// One request as the fake saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// `GET` or `POST`.
    pub method: String,
    /// The path after the account (`Calls.json`, `Calls/CA….json`, `Messages.json`).
    pub resource: String,
    /// The form fields (POST) or query fields (GET), in order.
    pub form: Vec<(String, String)>,
    /// The HTTP status answered.
    pub status: u16,
}

impl Recorded {
    /// The first value of a form field.
    #[must_use]
    pub fn field(&self, name: &str) -> Option<&str> {
        self.form
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A call the fake created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeCall {
    /// `CA…`.
    pub sid: String,
    /// `To`.
    pub to: String,
    /// `From`.
    pub from: String,
    /// `Url`.
    pub url: String,
    /// `queued`, or what `Calls/{Sid}.json` set.
    pub status: String,
    /// When it was created.
    pub created: DateTime<Utc>,
    /// Every form field.
    pub form: Vec<(String, String)>,
}

/// A message the fake accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FakeMessage {
    /// `SM…`.
    pub sid: String,
    /// `To`.
    pub to: String,
    /// `From`.
    pub from: String,
    /// `Body`.
    pub body: String,
    /// When it was accepted.
    pub created: DateTime<Utc>,
}

#[derive(Default)]
struct Inner {
    requests: Vec<Recorded>,
    calls: Vec<FakeCall>,
    messages: Vec<FakeMessage>,
    next: VecDeque<Failure>,
    for_number: HashMap<String, Failure>,
    opted_out: HashSet<String>,
    seq: u64,
    clock: Clock,
}

struct Shared {
    account_sid: String,
    token: String,
    auth: String,
    inner: Mutex<Inner>,
}

/// The running fake. Dropping it stops the server.
#[derive(Debug)]
pub struct FakeTwilio {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}

impl Drop for FakeTwilio {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl FakeTwilio {
    /// Starts on `127.0.0.1` on a free port, accepting Basic auth `account_sid:token`.
    pub async fn start(account_sid: &str, token: &str) -> std::io::Result<Self> {
        Self::start_on("127.0.0.1:0", account_sid, token).await
    }

    /// Starts on a given address (`bella notify` tests run it in another process).
    pub async fn start_on(addr: &str, account_sid: &str, token: &str) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let auth = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("{account_sid}:{token}"))
        );
        let shared = Arc::new(Shared {
            account_sid: account_sid.to_owned(),
            token: token.to_owned(),
            auth,
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new().fallback(handle).with_state(shared.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Self {
            addr,
            shared,
            stop: Some(tx),
        })
    }

    /// The base URL to give a client (`http://127.0.0.1:PORT`).
    #[must_use]
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A REST client pointed at this fake with its credentials (5 s timeout).
    ///
    /// # Panics
    /// Never: the base URL is always `http://…`.
    #[must_use]
    pub fn client(&self) -> crate::twilio::TwilioClient {
        self.client_with_timeout(Duration::from_secs(5))
    }

    /// [`FakeTwilio::client`] with another request timeout.
    ///
    /// # Panics
    /// Never: the base URL is always `http://…`.
    #[must_use]
    pub fn client_with_timeout(&self, timeout: Duration) -> crate::twilio::TwilioClient {
        let creds = crate::twilio::Credentials {
            account_sid: self.shared.account_sid.clone(),
            username: self.shared.account_sid.clone(),
            password: self.shared.token.clone(),
        };
        crate::twilio::TwilioClient::new(&self.base_url(), creds, timeout)
            .expect("an http base url")
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.shared
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The next request that creates something fails so.
    pub fn fail_next(&self, failure: Failure) {
        self.lock().next.push_back(failure);
    }

    /// Every request that creates something for `to` fails so.
    pub fn fail_for(&self, to: &str, failure: Failure) {
        self.lock().for_number.insert(to.to_owned(), failure);
    }

    /// Stamps calls created from now on with `at` (tests that move the clock).
    pub fn set_clock(&self, at: DateTime<Utc>) {
        self.lock().clock = Clock::manual(at);
    }

    /// Stamps calls created from now on with `clock`'s now (the same manual clock as
    /// the notifier's, so both move together).
    pub fn use_clock(&self, clock: Clock) {
        self.lock().clock = clock;
    }

    /// Texts to `to` fail with 21610 from now on (as after a STOP).
    pub fn opt_out(&self, to: &str) {
        self.lock().opted_out.insert(to.to_owned());
    }

    /// Every request seen, in order.
    #[must_use]
    pub fn requests(&self) -> Vec<Recorded> {
        self.lock().requests.clone()
    }

    /// Every call created (accepted by Twilio).
    #[must_use]
    pub fn created_calls(&self) -> Vec<FakeCall> {
        self.lock().calls.clone()
    }

    /// Every message accepted.
    #[must_use]
    pub fn messages(&self) -> Vec<FakeMessage> {
        self.lock().messages.clone()
    }
}

/// A request the fake refuses, as Twilio answers it (nothing was created).
fn rejected(status: StatusCode, code: u32, message: &str) -> (Response, bool) {
    (twilio_error(status, code, message), false)
}

const INVALID_TO: &str = "The 'To' number is not a valid phone number.";

impl Failure {
    /// The error Twilio answers for this failure; `None` for `AcceptThenFail`, which
    /// is accepted first.
    fn answer(self) -> Option<(StatusCode, u32, &'static str)> {
        Some(match self {
            Self::InvalidNumber => (StatusCode::BAD_REQUEST, 21211, INVALID_TO),
            Self::NotMobile => (
                StatusCode::BAD_REQUEST,
                21614,
                "'To' number is not a valid mobile number",
            ),
            Self::OptedOut => (
                StatusCode::BAD_REQUEST,
                21610,
                "Attempt to send to unsubscribed recipient",
            ),
            Self::RateLimited => (StatusCode::TOO_MANY_REQUESTS, 20429, "Too Many Requests"),
            Self::ServerError => (
                StatusCode::INTERNAL_SERVER_ERROR,
                20500,
                "Internal Server Error",
            ),
            Self::Hang => (StatusCode::GATEWAY_TIMEOUT, 20500, "timed out"),
            Self::AcceptThenFail => return None,
        })
    }
}

fn twilio_error(status: StatusCode, code: u32, message: &str) -> Response {
    let body = json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": status.as_u16(),
    });
    let mut resp = (status, axum::Json(body)).into_response();
    if status == StatusCode::TOO_MANY_REQUESTS
        && let Ok(v) = "1".parse()
    {
        resp.headers_mut().insert("retry-after", v);
    }
    resp
}

fn parse_pairs(s: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(s.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

fn get<'a>(form: &'a [(String, String)], k: &str) -> Option<&'a str> {
    form.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str())
}

fn e164(s: &str) -> bool {
    s.len() >= 8
        && s.len() <= 16
        && s.starts_with('+')
        && s[1..].bytes().all(|b| b.is_ascii_digit())
}

fn call_json(account: &str, c: &FakeCall) -> serde_json::Value {
    json!({
        "sid": c.sid, "account_sid": account, "to": c.to, "from": c.from,
        "status": c.status, "direction": "outbound-api", "answered_by": null,
        "date_created": c.created.to_rfc2822(),
        "uri": format!("/2010-04-01/Accounts/{account}/Calls/{}.json", c.sid),
    })
}

fn message_json(account: &str, m: &FakeMessage) -> serde_json::Value {
    json!({
        "sid": m.sid, "account_sid": account, "to": m.to, "from": m.from,
        "body": m.body, "status": "queued", "direction": "outbound-api",
        "num_segments": "1", "error_code": null, "error_message": null,
        "date_created": m.created.to_rfc2822(), "date_sent": null,
    })
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let prefix = format!("/2010-04-01/Accounts/{}/", shared.account_sid);
    let Some(resource) = uri.path().strip_prefix(&prefix).map(str::to_owned) else {
        return twilio_error(StatusCode::NOT_FOUND, 20404, "not found");
    };
    let form = if method == Method::GET {
        parse_pairs(uri.query().unwrap_or_default())
    } else {
        parse_pairs(std::str::from_utf8(&body).unwrap_or_default())
    };
    let authorized = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == shared.auth);
    let creates =
        method == Method::POST && matches!(resource.as_str(), "Calls.json" | "Messages.json");
    // Decide under the lock, sleep (for Hang) outside it.
    let (resp, hang) = {
        let mut inner = shared
            .inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let failure = if creates && authorized {
            let to = get(&form, "To").unwrap_or_default().to_owned();
            inner
                .next
                .pop_front()
                .or_else(|| inner.for_number.get(&to).copied())
        } else {
            None
        };
        let (resp, hang) = if !authorized {
            (
                twilio_error(StatusCode::UNAUTHORIZED, 20003, "Authenticate"),
                false,
            )
        } else {
            respond(
                &shared.account_sid,
                &mut inner,
                &method,
                &resource,
                &form,
                failure,
            )
        };
        inner.requests.push(Recorded {
            method: method.to_string(),
            resource,
            form,
            status: resp.status().as_u16(),
        });
        (resp, hang)
    };
    if hang {
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
    resp
}

fn respond(
    account: &str,
    inner: &mut Inner,
    method: &Method,
    resource: &str,
    form: &[(String, String)],
    failure: Option<Failure>,
) -> (Response, bool) {
    if let Some((status, code, message)) = failure.and_then(Failure::answer) {
        // A hung request is answered after the client's timeout: the caller sleeps.
        return (
            twilio_error(status, code, message),
            failure == Some(Failure::Hang),
        );
    }
    let accept_then_fail = failure == Some(Failure::AcceptThenFail);
    let to = get(form, "To").unwrap_or_default().to_owned();
    let from = get(form, "From").unwrap_or_default().to_owned();
    inner.seq += 1;
    let seq = inner.seq;
    let (resp, ok) = match (method.as_str(), resource) {
        ("POST", "Calls.json") => {
            if !e164(&to) || !e164(&from) || to == from {
                return rejected(StatusCode::BAD_REQUEST, 21211, INVALID_TO);
            }
            let Some(url) = get(form, "Url").map(str::to_owned) else {
                return rejected(StatusCode::BAD_REQUEST, 21205, "Url is required");
            };
            let call = FakeCall {
                sid: format!("CA{seq:032x}"),
                to,
                from,
                url,
                status: "queued".to_owned(),
                created: inner.clock.now(),
                form: form.to_vec(),
            };
            let body = call_json(account, &call);
            inner.calls.push(call);
            (
                (StatusCode::CREATED, axum::Json(body)).into_response(),
                true,
            )
        }
        ("POST", "Messages.json") => {
            if !e164(&to) {
                return rejected(StatusCode::BAD_REQUEST, 21211, INVALID_TO);
            }
            if inner.opted_out.contains(&to) {
                return rejected(
                    StatusCode::BAD_REQUEST,
                    21610,
                    "Attempt to send to unsubscribed recipient",
                );
            }
            let body = get(form, "Body").unwrap_or_default().to_owned();
            if body.is_empty() || body.chars().count() > 1600 {
                return rejected(
                    StatusCode::BAD_REQUEST,
                    21617,
                    "The concatenated message body exceeds the 1600 character limit",
                );
            }
            let m = FakeMessage {
                sid: format!("SM{seq:032x}"),
                to,
                from,
                body,
                created: inner.clock.now(),
            };
            let json = message_json(account, &m);
            inner.messages.push(m);
            (
                (StatusCode::CREATED, axum::Json(json)).into_response(),
                true,
            )
        }
        ("GET", "Calls.json") => {
            let since = get(form, "StartTime>")
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|d| d.and_utc());
            let calls: Vec<_> = inner
                .calls
                .iter()
                .filter(|c| get(form, "To").is_none_or(|t| t == c.to))
                .filter(|c| get(form, "From").is_none_or(|f| f == c.from))
                .filter(|c| since.is_none_or(|s| c.created >= s))
                .map(|c| call_json(account, c))
                .collect();
            (
                axum::Json(json!({ "calls": calls, "page": 0, "page_size": 50 })).into_response(),
                true,
            )
        }
        ("GET", "Messages.json") => {
            // Newest first, one page, as Twilio lists them.
            let size = get(form, "PageSize")
                .and_then(|n| n.parse().ok())
                .unwrap_or(50usize);
            let messages: Vec<_> = inner
                .messages
                .iter()
                .rev()
                .filter(|m| get(form, "To").is_none_or(|t| t == m.to))
                .filter(|m| get(form, "From").is_none_or(|f| f == m.from))
                .take(size)
                .map(|m| message_json(account, m))
                .collect();
            (
                axum::Json(json!({ "messages": messages, "page": 0, "page_size": size }))
                    .into_response(),
                true,
            )
        }
        (m, r) if r.starts_with("Calls/") && r.ends_with(".json") => {
            let sid = &r["Calls/".len()..r.len() - ".json".len()];
            let Some(call) = inner.calls.iter_mut().find(|c| c.sid == sid) else {
                return rejected(StatusCode::NOT_FOUND, 20404, "not found");
            };
            if m == "POST"
                && let Some(s) = get(form, "Status")
            {
                call.status = s.to_owned();
            }
            (axum::Json(call_json(account, call)).into_response(), true)
        }
        _ => rejected(StatusCode::NOT_FOUND, 20404, "not found"),
    };
    if ok && accept_then_fail {
        return rejected(
            StatusCode::INTERNAL_SERVER_ERROR,
            20500,
            "Internal Server Error",
        );
    }
    (resp, false)
}
