//! A small CalDAV (RFC 4791) client for one calendar collection: `PUT` and `DELETE`
//! of Bella's events with `If-Match`/`If-None-Match`, and a time-range `REPORT` for
//! the busy times of everyone else's events.
//!
//! The answer of the `REPORT` is read with `quick-xml` (the `calendar-data` of each
//! response) and the iCalendar inside with the `icalendar` parser. Recurring events
//! are asked for expanded (`<C:expand>`), so each instance comes back on its own.

use crate::config::{Auth, CaldavTarget};
use crate::oauth::{OAuthError, TokenSource};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventStatus};
use reqwest::{Method, RequestBuilder, StatusCode, header};
use std::sync::Arc;

/// Why a CalDAV request failed (labels only: never a body, which may hold names).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CalDavError {
    /// The server could not be reached or timed out.
    #[error("caldav server unreachable")]
    Unreachable,
    /// It refused the credentials.
    #[error("caldav server refused the credentials ({0})")]
    Auth(u16),
    /// It answered an unexpected status.
    #[error("caldav server answered {0}")]
    Status(u16),
    /// Its answer could not be read.
    #[error("caldav answer unreadable: {0}")]
    Malformed(String),
    /// No OAuth token could be had.
    #[error(transparent)]
    OAuth(#[from] OAuthError),
}

impl CalDavError {
    /// A short label for metrics and `last_error`.
    #[must_use]
    pub fn label(&self) -> &'static str {
        match self {
            Self::Unreachable => "unreachable",
            Self::Auth(_) => "auth",
            Self::Status(_) => "status",
            Self::Malformed(_) => "malformed",
            Self::OAuth(_) => "oauth",
        }
    }
}

/// Where a pushed event lives and its ETag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// Its URL.
    pub href: String,
    /// Its ETag, if the server gave one.
    pub etag: Option<String>,
}

/// An event read from the calendar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternalEvent {
    /// Its UID.
    pub uid: String,
    /// Start.
    pub start: DateTime<Utc>,
    /// End (exclusive).
    pub end: DateTime<Utc>,
}

/// A client for one calendar collection.
#[derive(Clone, Debug)]
pub struct CalDav {
    http: reqwest::Client,
    target: CaldavTarget,
    oauth: Option<Arc<TokenSource>>,
}

fn send_error(_: reqwest::Error) -> CalDavError {
    CalDavError::Unreachable
}

fn etag_of(resp: &reqwest::Response) -> Option<String> {
    resp.headers()
        .get(header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

impl CalDav {
    /// A client for `target` over `http` (which carries the timeouts).
    #[must_use]
    pub fn new(target: CaldavTarget, http: reqwest::Client) -> Self {
        let oauth = match &target.auth {
            Auth::OAuth(o) => Some(Arc::new(TokenSource::new(o.clone(), http.clone()))),
            _ => None,
        };
        Self {
            http,
            target,
            oauth,
        }
    }

    /// The calendar this client writes.
    #[must_use]
    pub fn target(&self) -> &CaldavTarget {
        &self.target
    }

    /// The URL of the event with `uid` (the UID, percent-encoded, plus `.ics`).
    #[must_use]
    pub fn href_of(&self, uid: &str) -> String {
        let mut name = String::with_capacity(uid.len() + 8);
        for b in uid.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                name.push(char::from(b));
            } else {
                name.push_str(&format!("%{b:02X}"));
            }
        }
        format!("{}{name}.ics", self.target.url)
    }

    async fn request(
        &self,
        method: Method,
        url: &str,
        build: impl Fn(RequestBuilder) -> RequestBuilder,
    ) -> Result<reqwest::Response, CalDavError> {
        for attempt in 0..2 {
            let mut rb = build(self.http.request(method.clone(), url));
            rb = match &self.target.auth {
                Auth::None => rb,
                Auth::Basic { user, password } => rb.basic_auth(user, Some(password.expose())),
                Auth::OAuth(_) => match &self.oauth {
                    Some(src) => rb.bearer_auth(src.token().await?.expose()),
                    None => rb,
                },
            };
            let resp = rb.send().await.map_err(send_error)?;
            let status = resp.status();
            if status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN {
                // A revoked access token: fetch a fresh one and try once more.
                if let (Some(src), 0) = (&self.oauth, attempt) {
                    src.invalidate().await;
                    continue;
                }
                return Err(CalDavError::Auth(status.as_u16()));
            }
            return Ok(resp);
        }
        Err(CalDavError::Auth(401))
    }

    async fn current_etag(&self, href: &str) -> Result<Option<String>, CalDavError> {
        let resp = self.request(Method::GET, href, |rb| rb).await?;
        match resp.status() {
            s if s.is_success() => Ok(etag_of(&resp)),
            StatusCode::NOT_FOUND | StatusCode::GONE => Ok(None),
            s => Err(CalDavError::Status(s.as_u16())),
        }
    }

    /// Writes the event `uid` with `body`. With `etag`, only over that version
    /// (`If-Match`); without, only if absent (`If-None-Match: *`). When the guess
    /// was wrong (412: it was written before, or edited in the calendar; 404: it was
    /// deleted there) it reads the current state and writes once more: Bella's
    /// booking is the truth for Bella's events.
    pub async fn put(
        &self,
        uid: &str,
        body: &str,
        etag: Option<&str>,
    ) -> Result<Stored, CalDavError> {
        let href = self.href_of(uid);
        let mut etag = etag.map(str::to_owned);
        for _ in 0..3 {
            let cond = etag.clone();
            let resp = self
                .request(Method::PUT, &href, |rb| {
                    let rb = rb
                        .header(header::CONTENT_TYPE, "text/calendar; charset=utf-8")
                        .body(body.to_owned());
                    match &cond {
                        Some(e) => rb.header(header::IF_MATCH, e),
                        None => rb.header(header::IF_NONE_MATCH, "*"),
                    }
                })
                .await?;
            match resp.status() {
                s if s.is_success() => {
                    return Ok(Stored {
                        etag: etag_of(&resp),
                        href,
                    });
                }
                StatusCode::PRECONDITION_FAILED | StatusCode::NOT_FOUND => {
                    etag = self.current_etag(&href).await?;
                }
                s => return Err(CalDavError::Status(s.as_u16())),
            }
        }
        Err(CalDavError::Status(412))
    }

    /// Deletes the event at `href` (`If-Match` its ETag when known). Already gone is
    /// done.
    pub async fn delete(&self, href: &str, etag: Option<&str>) -> Result<(), CalDavError> {
        let mut etag = etag.map(str::to_owned);
        for _ in 0..3 {
            let cond = etag.clone();
            let resp = self
                .request(Method::DELETE, href, |rb| match &cond {
                    Some(e) => rb.header(header::IF_MATCH, e),
                    None => rb,
                })
                .await?;
            match resp.status() {
                s if s.is_success() => return Ok(()),
                StatusCode::NOT_FOUND | StatusCode::GONE => return Ok(()),
                StatusCode::PRECONDITION_FAILED => match self.current_etag(href).await? {
                    Some(e) => etag = Some(e),
                    None => return Ok(()),
                },
                s => return Err(CalDavError::Status(s.as_u16())),
            }
        }
        Err(CalDavError::Status(412))
    }

    /// Every event overlapping `[from, to)`, busy ones only (not cancelled, not
    /// transparent); all-day and floating times read in `tz`.
    pub async fn events(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        tz: chrono_tz::Tz,
    ) -> Result<Vec<ExternalEvent>, CalDavError> {
        let (s, e) = (stamp(from), stamp(to));
        let body = format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data><C:expand start="{s}" end="{e}"/></C:calendar-data></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="{s}" end="{e}"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"#
        );
        let method =
            Method::from_bytes(b"REPORT").map_err(|e| CalDavError::Malformed(e.to_string()))?;
        let resp = self
            .request(method, &self.target.url, |rb| {
                rb.header("Depth", "1")
                    .header(header::CONTENT_TYPE, "application/xml; charset=utf-8")
                    .body(body.clone())
            })
            .await?;
        let status = resp.status();
        if !(status.is_success() || status.as_u16() == 207) {
            return Err(CalDavError::Status(status.as_u16()));
        }
        let xml = resp.text().await.map_err(send_error)?;
        let mut out = Vec::new();
        for data in calendar_data(&xml)? {
            out.extend(busy_events(&data, tz, from, to));
        }
        out.sort_by_key(|e| (e.start, e.end));
        Ok(out)
    }
}

/// `20261117T000000Z`.
fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The text of every `calendar-data` element of a multistatus answer.
pub fn calendar_data(xml: &str) -> Result<Vec<String>, CalDavError> {
    use quick_xml::events::Event as X;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = Vec::new();
    let mut inside: Option<String> = None;
    loop {
        match reader.read_event() {
            Ok(X::Start(e)) if e.local_name().as_ref() == "calendar-data" => {
                inside = Some(String::new());
            }
            Ok(X::Text(t)) => {
                if let Some(buf) = inside.as_mut() {
                    buf.push_str(&t.xml10_content());
                }
            }
            Ok(X::GeneralRef(r)) => {
                if let Some(buf) = inside.as_mut() {
                    if let Some(c) = r.resolve_char_ref().ok().flatten() {
                        buf.push(c);
                    } else if let Some(s) =
                        quick_xml::escape::resolve_predefined_entity(&r.clone().into_inner())
                    {
                        buf.push_str(s);
                    }
                }
            }
            Ok(X::CData(t)) => {
                if let Some(buf) = inside.as_mut() {
                    buf.push_str(&t.into_inner());
                }
            }
            Ok(X::End(e)) if e.local_name().as_ref() == "calendar-data" => {
                out.extend(inside.take());
            }
            Ok(X::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(CalDavError::Malformed(e.to_string())),
        }
    }
    Ok(out)
}

fn instant(d: DatePerhapsTime, tz: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    match d {
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(n)) => tz
            .from_local_datetime(&n)
            .earliest()
            .map(|t| t.with_timezone(&Utc)),
        DatePerhapsTime::DateTime(c) => c.try_into_utc(),
        DatePerhapsTime::Date(d) => midnight(d, tz),
    }
}

fn midnight(d: NaiveDate, tz: chrono_tz::Tz) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&d.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The busy events of one calendar object that overlap `[from, to)`.
pub fn busy_events(
    ics: &str,
    tz: chrono_tz::Tz,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> Vec<ExternalEvent> {
    let Ok(cal) = ics.parse::<icalendar::Calendar>() else {
        tracing::warn!("skipped a calendar object that does not parse");
        return Vec::new();
    };
    let mut out = Vec::new();
    for ev in cal.events() {
        if ev.get_status() == Some(EventStatus::Cancelled)
            || ev
                .property_value("TRANSP")
                .is_some_and(|t| t.eq_ignore_ascii_case("TRANSPARENT"))
        {
            continue;
        }
        let Some(start_v) = ev.get_start() else {
            continue;
        };
        let all_day = matches!(start_v, DatePerhapsTime::Date(_));
        let Some(start) = instant(start_v, tz) else {
            continue;
        };
        let end = match ev.get_end().and_then(|e| instant(e, tz)) {
            Some(e) => e,
            None => match ev.property_value("DURATION").and_then(parse_duration) {
                Some(d) => start + d,
                None if all_day => start + Duration::days(1),
                None => start,
            },
        };
        if end <= start || end <= from || start >= to {
            continue;
        }
        out.push(ExternalEvent {
            uid: ev.get_uid().unwrap_or_default().to_owned(),
            start,
            end,
        });
    }
    out
}

/// An RFC 5545 duration like `PT1H30M`, `P1D`, `P2W` (no months or years).
fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let s = s.strip_prefix('P')?;
    let mut total = 0i64;
    let mut num = String::new();
    let mut in_time = false;
    for c in s.chars() {
        match c {
            'T' => in_time = true,
            '0'..='9' => num.push(c),
            _ => {
                let n: i64 = num.parse().ok()?;
                num.clear();
                total += n * match (c, in_time) {
                    ('W', false) => 7 * 86_400,
                    ('D', false) => 86_400,
                    ('H', true) => 3600,
                    ('M', true) => 60,
                    ('S', true) => 1,
                    _ => return None,
                };
            }
        }
    }
    if !num.is_empty() {
        return None;
    }
    Some(Duration::seconds(if neg { -total } else { total }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("PT1H30M"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("P1D"), Some(Duration::days(1)));
        assert_eq!(parse_duration("P2W"), Some(Duration::days(14)));
        assert_eq!(parse_duration("PT"), Some(Duration::zero()));
        assert_eq!(parse_duration("P1Y"), None);
        assert_eq!(parse_duration("garbage"), None);
    }

    #[test]
    fn reads_multistatus_and_busy_events() {
        let xml = r#"<?xml version="1.0"?><multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
<response><href>/c/a.ics</href><propstat><prop><C:calendar-data>BEGIN:VCALENDAR
VERSION:2.0
PRODID:x
BEGIN:VEVENT
UID:a
DTSTAMP:20261101T000000Z
DTSTART;TZID=America/Edmonton:20261117T140000
DTEND;TZID=America/Edmonton:20261117T150000
SUMMARY:Dentist &amp; lunch
END:VEVENT
BEGIN:VEVENT
UID:b
DTSTAMP:20261101T000000Z
DTSTART;VALUE=DATE:20261118
SUMMARY:Vacation
END:VEVENT
BEGIN:VEVENT
UID:c
DTSTAMP:20261101T000000Z
DTSTART:20261117T200000Z
DURATION:PT30M
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
</C:calendar-data></prop></propstat></response></multistatus>"#;
        let data = calendar_data(xml).unwrap();
        assert_eq!(data.len(), 1);
        let tz = chrono_tz::America::Edmonton;
        let from = Utc.with_ymd_and_hms(2026, 11, 17, 0, 0, 0).unwrap();
        let to = from + Duration::days(7);
        let evs = busy_events(&data[0], tz, from, to);
        assert_eq!(evs.len(), 2, "{evs:?}");
        assert_eq!(evs[0].uid, "a");
        assert_eq!(
            evs[0].start,
            Utc.with_ymd_and_hms(2026, 11, 17, 21, 0, 0).unwrap()
        );
        assert_eq!(
            evs[0].end,
            Utc.with_ymd_and_hms(2026, 11, 17, 22, 0, 0).unwrap()
        );
        assert_eq!(evs[1].uid, "b");
        assert_eq!(
            evs[1].start,
            Utc.with_ymd_and_hms(2026, 11, 18, 7, 0, 0).unwrap()
        );
        assert_eq!(evs[1].end - evs[1].start, Duration::days(1));
        assert!(calendar_data("<a><b></a>").is_err());
        assert!(busy_events("not ics", tz, from, to).is_empty());
    }
}
