//! A small Twilio REST client: `Calls.json`, `Calls/{Sid}.json` and `Messages.json`
//! under `/2010-04-01/Accounts/{AccountSid}/`, form-encoded, with Basic auth (account
//! SID and auth token, or an API key SID and secret), and Twilio's error JSON read into
//! a typed [`TwilioError`].

use base64::Engine as _;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::time::Duration;

/// Twilio's production API.
pub const DEFAULT_API_BASE: &str = "https://api.twilio.com";

/// Who the client authenticates as. `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The account the calls and messages belong to (`AC…`).
    pub account_sid: String,
    /// The Basic-auth user: the account SID, or an API key SID (`SK…`).
    pub username: String,
    /// The auth token, or the API key's secret.
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("account_sid", &self.account_sid)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// Reads `TWILIO_ACCOUNT_SID` with `TWILIO_AUTH_TOKEN`, or with the API key pair
    /// `TWILIO_API_KEY` and `TWILIO_API_SECRET` (preferred when both are set). `None`
    /// when the account SID or every secret is missing.
    #[must_use]
    pub fn from_env() -> Option<Self> {
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    /// Like [`Credentials::from_env`], from any key-value lookup (tests).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let get = |k: &str| {
            get(k)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let account_sid = get("TWILIO_ACCOUNT_SID")?;
        if let (Some(key), Some(secret)) = (get("TWILIO_API_KEY"), get("TWILIO_API_SECRET")) {
            return Some(Self {
                account_sid,
                username: key,
                password: secret,
            });
        }
        let token = get("TWILIO_AUTH_TOKEN")?;
        Some(Self {
            username: account_sid.clone(),
            account_sid,
            password: token,
        })
    }
}

/// What went wrong talking to Twilio, by what the caller should do about it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TwilioError {
    /// The number can never be reached this way (21211 invalid number, 21614 not a
    /// mobile number, and other 4xx validation errors): give up on this row.
    #[error("permanent Twilio error {code}: {message}")]
    Permanent {
        /// Twilio's error code.
        code: u32,
        /// Twilio's message.
        message: String,
    },
    /// 21610: the recipient replied STOP. Record the opt-out; never text them again.
    #[error("the recipient has opted out (21610)")]
    OptedOut,
    /// 20429 or HTTP 429: too many requests; back off, then retry.
    #[error("Twilio rate limit; retry after {retry_after:?}")]
    RateLimited {
        /// How long to wait (from `Retry-After`, else a default).
        retry_after: Duration,
    },
    /// A 5xx, a timeout or a broken connection: retry later. Whether the request was
    /// acted on is unknown.
    #[error("Twilio unavailable: {0}")]
    Transient(String),
    /// 401 / 20003: the credentials are wrong.
    #[error("Twilio rejected the credentials ({code})")]
    Auth {
        /// Twilio's error code.
        code: u32,
    },
    /// 404 / 20404: no such call.
    #[error("no such Twilio resource")]
    NotFound,
}

impl TwilioError {
    /// Whether trying the same request again later may succeed.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::RateLimited { .. } | Self::Transient(_))
    }

    /// A short stable label for metrics and the outbox's `last_error`.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::Permanent { code, .. } => format!("permanent:{code}"),
            Self::OptedOut => "opted_out:21610".to_owned(),
            Self::RateLimited { .. } => "rate_limited".to_owned(),
            Self::Transient(_) => "transient".to_owned(),
            Self::Auth { code } => format!("auth:{code}"),
            Self::NotFound => "not_found".to_owned(),
        }
    }

    /// Reads an error answer: the classic `{code, message, status}` body or the newer
    /// RFC 9457 `{type, title, status, code}` one, whichever it is.
    #[must_use]
    pub fn from_response(status: u16, body: &str, retry_after: Option<Duration>) -> Self {
        #[derive(Deserialize)]
        struct Body {
            code: Option<u32>,
            message: Option<String>,
            title: Option<String>,
            detail: Option<String>,
        }
        let parsed: Option<Body> = serde_json::from_str(body).ok();
        let code = parsed.as_ref().and_then(|b| b.code).unwrap_or(0);
        let message = parsed
            .and_then(|b| b.message.or(b.detail).or(b.title))
            .unwrap_or_else(|| format!("HTTP {status}"));
        let back_off = retry_after.unwrap_or(Duration::from_secs(1));
        match (status, code) {
            (_, 21610) => Self::OptedOut,
            (429, _) | (_, 20429) => Self::RateLimited {
                retry_after: back_off,
            },
            (401 | 403, _) | (_, 20003) => Self::Auth { code },
            (404, _) | (_, 20404) => Self::NotFound,
            (500.., _) => Self::Transient(format!("HTTP {status}: {message}")),
            _ => Self::Permanent { code, message },
        }
    }
}

/// A call resource, as much of it as Bella reads.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Call {
    /// `CA…`.
    pub sid: String,
    /// `queued`, `ringing`, `in-progress`, `completed`, `busy`, `failed`, `no-answer`,
    /// `canceled`.
    pub status: String,
    /// The number called (personal data).
    #[serde(default)]
    pub to: String,
    /// The number calling.
    #[serde(default)]
    pub from: String,
    /// When Twilio created it (RFC 2822).
    #[serde(default)]
    pub date_created: Option<String>,
}

impl Call {
    /// [`Call::date_created`] as an instant.
    #[must_use]
    pub fn created(&self) -> Option<DateTime<Utc>> {
        rfc2822(self.date_created.as_deref())
    }
}

/// A `date_created` as Twilio writes it (RFC 2822), as an instant.
fn rfc2822(date: Option<&str>) -> Option<DateTime<Utc>> {
    date.and_then(|d| DateTime::parse_from_rfc2822(d).ok())
        .map(|d| d.with_timezone(&Utc))
}

/// A message resource, as much of it as Bella reads.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Message {
    /// `SM…`.
    pub sid: String,
    /// `queued`, `accepted`, `sent`, ...
    pub status: String,
}

/// A call to place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCall {
    /// E.164 number to call.
    pub to: String,
    /// E.164 number calling.
    pub from: String,
    /// The TwiML URL Twilio requests when the call is answered.
    pub url: String,
    /// Where Twilio posts the call's end (`completed`, `busy`, `no-answer`, ...).
    pub status_callback: Option<String>,
    /// `Enable` or `DetectMessageEnd`; `None` turns answering-machine detection off.
    pub machine_detection: Option<String>,
    /// Seconds to ring before giving up (Twilio's default is 60).
    pub timeout_secs: Option<u32>,
    /// Asynchronous AMD: `Url` is fetched at once and the verdict is posted here
    /// (`AsyncAmd=true`); `None` is synchronous AMD (the verdict comes with `Url`).
    pub async_amd_callback: Option<String>,
}

/// A text to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMessage {
    /// E.164 recipient.
    pub to: String,
    /// E.164 sender.
    pub from: String,
    /// The text (at most 1,600 characters).
    pub body: String,
    /// Where Twilio posts delivery status.
    pub status_callback: Option<String>,
}

/// The REST client. Cheap to clone.
#[derive(Clone)]
pub struct TwilioClient {
    http: reqwest::Client,
    base: String,
    credentials: Credentials,
    auth_header: String,
}

impl std::fmt::Debug for TwilioClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TwilioClient")
            .field("base", &self.base)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl TwilioClient {
    /// A client for `api_base` (e.g. [`DEFAULT_API_BASE`], or a fake's URL), giving up
    /// on any request after `timeout`.
    pub fn new(
        api_base: &str,
        credentials: Credentials,
        timeout: Duration,
    ) -> Result<Self, TwilioError> {
        let base = api_base.trim().trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(TwilioError::Permanent {
                code: 0,
                message: format!("Twilio API base {base:?} is not an http(s) URL"),
            });
        }
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .pool_max_idle_per_host(32)
            .build()
            .map_err(|e| TwilioError::Transient(e.to_string()))?;
        let token = base64::engine::general_purpose::STANDARD
            .encode(format!("{}:{}", credentials.username, credentials.password));
        Ok(Self {
            http,
            base,
            credentials,
            auth_header: format!("Basic {token}"),
        })
    }

    fn url(&self, tail: &str) -> String {
        format!(
            "{}/2010-04-01/Accounts/{}/{tail}",
            self.base, self.credentials.account_sid
        )
    }

    async fn send<T: serde::de::DeserializeOwned>(
        &self,
        req: reqwest::RequestBuilder,
    ) -> Result<T, TwilioError> {
        let resp = req
            .header(reqwest::header::AUTHORIZATION, &self.auth_header)
            .send()
            .await
            .map_err(|e| TwilioError::Transient(describe(&e)))?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = resp
            .text()
            .await
            .map_err(|e| TwilioError::Transient(describe(&e)))?;
        if !(200..300).contains(&status) {
            return Err(TwilioError::from_response(status, &body, retry_after));
        }
        serde_json::from_str(&body)
            .map_err(|e| TwilioError::Transient(format!("unreadable Twilio answer: {e}")))
    }

    fn form(pairs: &[(&str, &str)]) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in pairs {
            s.append_pair(k, v);
        }
        s.finish()
    }

    fn post(&self, url: String, pairs: &[(&str, &str)]) -> reqwest::RequestBuilder {
        self.http
            .post(url)
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(Self::form(pairs))
    }

    /// `POST Calls.json`: places a call.
    pub async fn create_call(&self, call: &NewCall) -> Result<Call, TwilioError> {
        let timeout = call.timeout_secs.map(|t| t.to_string());
        let mut pairs: Vec<(&str, &str)> = vec![
            ("To", &call.to),
            ("From", &call.from),
            ("Url", &call.url),
            ("Method", "POST"),
        ];
        if let Some(cb) = &call.status_callback {
            pairs.push(("StatusCallback", cb));
            pairs.push(("StatusCallbackMethod", "POST"));
            pairs.push(("StatusCallbackEvent", "completed"));
        }
        if let Some(md) = &call.machine_detection {
            pairs.push(("MachineDetection", md));
        }
        if let Some(t) = &timeout {
            pairs.push(("Timeout", t));
        }
        if let Some(cb) = &call.async_amd_callback {
            pairs.push(("AsyncAmd", "true"));
            pairs.push(("AsyncAmdStatusCallback", cb));
            pairs.push(("AsyncAmdStatusCallbackMethod", "POST"));
        }
        self.send(self.post(self.url("Calls.json"), &pairs)).await
    }

    /// `POST Calls/{Sid}.json` with `Twiml`: the live call does this instead of what
    /// it was doing (the voicemail, once asynchronous AMD says a machine answered).
    pub async fn update_call_twiml(&self, sid: &str, twiml: &str) -> Result<Call, TwilioError> {
        let sid = sanitize_sid(sid)?;
        self.send(self.post(self.url(&format!("Calls/{sid}.json")), &[("Twiml", twiml)]))
            .await
    }

    /// `GET Calls/{Sid}.json`.
    pub async fn fetch_call(&self, sid: &str) -> Result<Call, TwilioError> {
        let sid = sanitize_sid(sid)?;
        self.send(self.http.get(self.url(&format!("Calls/{sid}.json"))))
            .await
    }

    /// `POST Calls/{Sid}.json` with `Status=completed` (hang up) or `canceled`.
    pub async fn end_call(&self, sid: &str, status: &str) -> Result<Call, TwilioError> {
        let sid = sanitize_sid(sid)?;
        self.send(self.post(
            self.url(&format!("Calls/{sid}.json")),
            &[("Status", status)],
        ))
        .await
    }

    /// `GET Calls.json?To=…&From=…&StartTime>=…`: the calls to a number placed since
    /// an instant (the look-up before redialing an expired lease).
    pub async fn calls_to_since(
        &self,
        to: &str,
        from: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<Call>, TwilioError> {
        #[derive(Deserialize)]
        struct Page {
            #[serde(default)]
            calls: Vec<Call>,
        }
        // Twilio filters by day; the exact instant is compared by the caller.
        let day = since.format("%Y-%m-%d").to_string();
        let query = Self::form(&[("To", to), ("From", from), ("StartTime>", &day)]);
        let url = format!("{}?{query}", self.url("Calls.json"));
        let page: Page = self.send(self.http.get(url)).await?;
        Ok(page.calls)
    }

    /// `GET Messages.json?To=…&From=…`: a text with exactly `body` sent to `to` since
    /// an instant, if Twilio has one (the look-up before sending again after an
    /// expired lease). Twilio filters messages only by the day they were *sent*, and
    /// a queued message has no such day yet, so this reads the newest page of
    /// messages between the two numbers and compares the creation time itself.
    pub async fn message_to_since(
        &self,
        to: &str,
        from: &str,
        since: DateTime<Utc>,
        body: &str,
    ) -> Result<Option<Message>, TwilioError> {
        #[derive(Deserialize)]
        struct Listed {
            sid: String,
            status: String,
            #[serde(default)]
            body: String,
            #[serde(default)]
            date_created: Option<String>,
        }
        #[derive(Deserialize)]
        struct Page {
            #[serde(default)]
            messages: Vec<Listed>,
        }
        let query = Self::form(&[("To", to), ("From", from), ("PageSize", "50")]);
        let url = format!("{}?{query}", self.url("Messages.json"));
        let page: Page = self.send(self.http.get(url)).await?;
        Ok(page
            .messages
            .into_iter()
            .find(|m| {
                m.body == body
                    && rfc2822(m.date_created.as_deref())
                        .is_none_or(|t| t >= since - chrono::Duration::seconds(1))
            })
            .map(|m| Message {
                sid: m.sid,
                status: m.status,
            }))
    }

    /// `POST Messages.json`: sends a text.
    pub async fn send_message(&self, msg: &NewMessage) -> Result<Message, TwilioError> {
        let mut pairs: Vec<(&str, &str)> =
            vec![("To", &msg.to), ("From", &msg.from), ("Body", &msg.body)];
        if let Some(cb) = &msg.status_callback {
            pairs.push(("StatusCallback", cb));
        }
        self.send(self.post(self.url("Messages.json"), &pairs))
            .await
    }
}

fn sanitize_sid(sid: &str) -> Result<&str, TwilioError> {
    if !sid.is_empty() && sid.len() <= 64 && sid.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(sid)
    } else {
        Err(TwilioError::Permanent {
            code: 0,
            message: "not a Twilio sid".to_owned(),
        })
    }
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".to_owned()
    } else if e.is_connect() {
        "could not connect".to_owned()
    } else {
        // reqwest's Display may hold the URL, which holds no personal data here (the
        // number travels in the body), but keep it short.
        "request failed".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_typed_by_code_and_status() {
        let e = |s, b: &str| TwilioError::from_response(s, b, None);
        assert!(matches!(
            e(400, r#"{"code":21211,"message":"bad To","status":400}"#),
            TwilioError::Permanent { code: 21211, .. }
        ));
        assert!(matches!(
            e(400, r#"{"code":21614,"message":"not mobile"}"#),
            TwilioError::Permanent { code: 21614, .. }
        ));
        assert_eq!(e(400, r#"{"code":21610}"#), TwilioError::OptedOut);
        assert!(e(429, "").is_retryable());
        assert!(e(400, r#"{"code":20429}"#).is_retryable());
        assert!(e(503, "<html>").is_retryable());
        assert!(!e(400, r#"{"code":21211}"#).is_retryable());
        assert_eq!(
            e(401, r#"{"code":20003}"#),
            TwilioError::Auth { code: 20003 }
        );
        // RFC 9457 shape.
        assert!(matches!(
            e(400, r#"{"type":"x","title":"Invalid","status":400,"code":21211}"#),
            TwilioError::Permanent { code: 21211, ref message } if message == "Invalid"
        ));
        assert_eq!(
            TwilioError::from_response(429, "", Some(Duration::from_secs(7))),
            TwilioError::RateLimited {
                retry_after: Duration::from_secs(7)
            }
        );
    }

    #[test]
    fn credentials_prefer_the_api_key_pair_and_hide_the_secret() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(a, _)| *a == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Credentials::from_lookup(env(&[])), None);
        assert_eq!(
            Credentials::from_lookup(env(&[("TWILIO_ACCOUNT_SID", "AC1")])),
            None
        );
        let c = Credentials::from_lookup(env(&[
            ("TWILIO_ACCOUNT_SID", "AC1"),
            ("TWILIO_AUTH_TOKEN", "tok"),
        ]))
        .unwrap();
        assert_eq!((c.username.as_str(), c.password.as_str()), ("AC1", "tok"));
        let c = Credentials::from_lookup(env(&[
            ("TWILIO_ACCOUNT_SID", "AC1"),
            ("TWILIO_AUTH_TOKEN", "tok"),
            ("TWILIO_API_KEY", "SK9"),
            ("TWILIO_API_SECRET", "sec"),
        ]))
        .unwrap();
        assert_eq!((c.username.as_str(), c.password.as_str()), ("SK9", "sec"));
        assert!(!format!("{c:?}").contains("sec\""));
    }
}
