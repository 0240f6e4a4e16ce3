//! Test plumbing for the calendar tests: the store tests' helpers (service URLs that
//! skip or fail, fixtures, the cuttable TCP proxy), plus a fresh Radicale calendar per
//! test and a store with calendars over a temp SQLite file.
#![allow(dead_code)] // each test file uses a different subset

#[path = "../../../bella-store/tests/backends/common.rs"]
pub mod store;

use bella_calendar::config::Auth;
use bella_calendar::{CaldavTarget, CalendarConfig, Calendars};
use chrono::{DateTime, Utc};
use icalendar::{Component, DatePerhapsTime};
use reqwest::{Method, StatusCode};

#[allow(unused_imports)]
pub use store::{Proxy, TempDb, at, new_appt, phone, service_url, unique, with_host};

pub const TZ: chrono_tz::Tz = chrono_tz::America::Edmonton;
pub const SINGH: &str = "Dr. Singh";

/// A calendar collection of its own on the test Radicale.
pub struct Radicale {
    /// The collection URL, without credentials, ending in `/`.
    pub url: String,
    pub user: String,
    pub password: String,
    http: reqwest::Client,
}

impl Radicale {
    /// Makes a fresh calendar below `BELLA_TEST_CALDAV_URL` (skips or fails without it).
    pub async fn new(test: &str) -> Option<Self> {
        let base = service_url("BELLA_TEST_CALDAV_URL", test)?;
        let mut parsed = reqwest::Url::parse(&base).expect("BELLA_TEST_CALDAV_URL is a URL");
        let user = parsed.username().to_owned();
        let password = parsed.password().unwrap_or_default().to_owned();
        let _ = parsed.set_username("");
        let _ = parsed.set_password(None);
        let mut url = parsed.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        url.push_str(&format!("{}/", unique("cal")));
        let me = Self {
            url,
            user,
            password,
            http: reqwest::Client::new(),
        };
        let resp = me
            .request(Method::from_bytes(b"MKCALENDAR").unwrap(), &me.url)
            .send()
            .await
            .expect("Radicale answers");
        assert_eq!(resp.status(), StatusCode::CREATED, "MKCALENDAR {}", me.url);
        Some(me)
    }

    fn request(&self, method: Method, url: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, url)
            .basic_auth(&self.user, Some(&self.password))
    }

    /// A target for `resource` at `url` (this calendar, or it through a proxy).
    pub fn target(&self, resource: &str, url: &str) -> CaldavTarget {
        CaldavTarget {
            resource: resource.to_owned(),
            url: url.to_owned(),
            auth: Auth::Basic {
                user: self.user.clone(),
                password: self.password.clone().into(),
            },
        }
    }

    /// A business with Dr. Singh on this calendar (through `url`) and a front desk
    /// without one.
    pub fn config(&self, url: &str) -> CalendarConfig {
        let mut c = CalendarConfig::empty("Clinic");
        c.resources = vec![SINGH.to_owned(), "Front desk".to_owned()];
        c.targets = vec![self.target(SINGH, url)];
        c
    }

    /// GET of one event: status and body.
    pub async fn get(&self, href: &str) -> (StatusCode, String) {
        let resp = self.request(Method::GET, href).send().await.expect("GET");
        (resp.status(), resp.text().await.unwrap_or_default())
    }

    /// Writes an event straight into the calendar (as a person would).
    pub async fn put_event(&self, name: &str, ics: &str) {
        let resp = self
            .request(Method::PUT, &format!("{}{name}.ics", self.url))
            .header("content-type", "text/calendar")
            .body(ics.to_owned())
            .send()
            .await
            .expect("PUT");
        assert!(resp.status().is_success(), "PUT {name}: {}", resp.status());
    }

    /// How many events the calendar holds.
    pub async fn count(&self) -> usize {
        let resp = self
            .request(Method::from_bytes(b"PROPFIND").unwrap(), &self.url)
            .header("Depth", "1")
            .send()
            .await
            .expect("PROPFIND");
        let text = resp.text().await.unwrap_or_default();
        text.matches(".ics</").count()
    }
}

/// Calendars over a store's database with `cfg`.
pub async fn calendars(db_url: &str, schema: Option<&str>, cfg: CalendarConfig) -> Calendars {
    Calendars::open(db_url, schema, cfg, TZ)
        .await
        .expect("calendars open")
}

/// The single VEVENT of a calendar object, read with the `icalendar` parser:
/// (UID, start, end, summary, status).
pub fn one_event(ics: &str) -> (String, DateTime<Utc>, DateTime<Utc>, String, String) {
    let cal: icalendar::Calendar = ics.parse().expect("parses as iCalendar");
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 1, "{ics}");
    let e = events[0];
    let utc = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::DateTime(c)) => c.try_into_utc().expect("a UTC time"),
        other => panic!("not a date-time: {other:?}"),
    };
    (
        e.get_uid().unwrap_or_default().to_owned(),
        utc(e.get_start()),
        utc(e.get_end()),
        e.get_summary().unwrap_or_default().to_owned(),
        e.property_value("STATUS").unwrap_or_default().to_owned(),
    )
}
