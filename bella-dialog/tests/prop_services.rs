//! Property test for services and staff (issue 12): whatever a caller says to the
//! garage of `examples/garage.toml` (three bays, services of 30, 90 and 120 minutes,
//! a bay off on Saturdays), the engine never asks to book a resource that does not
//! offer the service, outside that resource's own hours, running past its closing,
//! or overlapping another booking on the same resource.

use bella_core::OpenSpan;
use bella_dialog::driver::{Exchange, Request};
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, StoreRequest};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use proptest::prelude::*;
use std::sync::Arc;

const SAYINGS: &[&str] = &[
    "Hi, I'd like to book an appointment",
    "I need an oil change",
    "my brakes are squeaking",
    "can you look at my check engine light",
    "a brake job in bay 2",
    "My name is Priya Patel",
    "It's 403 555 0142",
    "the one I'm calling from",
    "as soon as possible",
    "how long does it take?",
    "how much is it?",
    "where are you located?",
    "yes",
    "no",
    "the second one",
    "",
];
const DAYS: &[&str] = &[
    "today",
    "tomorrow",
    "Monday",
    "Friday",
    "Saturday",
    "next Tuesday",
];

fn garage() -> Config {
    Config::from_toml_str(include_str!("../examples/garage.toml")).unwrap()
}

/// The spans a resource works on a date, by the business file's rule (re-derived
/// here, independently of the engine).
fn spans(cfg: &Config, resource: &str, date: NaiveDate) -> Vec<OpenSpan> {
    let r = cfg.resources.iter().find(|r| r.name == resource).unwrap();
    if cfg.hours.closed.contains(&date) || r.closed.contains(&date) {
        return Vec::new();
    }
    let day = date.weekday().num_days_from_monday() as usize;
    r.hours[day]
        .clone()
        .unwrap_or_else(|| cfg.hours.spans_on(date).to_vec())
}

struct Run {
    d: Dialog,
    book: MemoryBook,
    cfg: Arc<Config>,
    now: DateTime<Utc>,
}

impl Run {
    fn feed(&mut self, input: Input) -> Result<(), TestCaseError> {
        // The engine's one drain loop; this test answers the store itself so that it
        // can check every booking before the book takes it.
        let mut ex = Exchange::new();
        ex.feed(&mut self.d, input);
        while let Some(next) = ex.next_request() {
            let Request::Store {
                request_id,
                request,
            } = next
            else {
                continue;
            };
            {
                if let StoreRequest::Book {
                    start,
                    minutes,
                    service,
                    resource,
                    ..
                } = &request
                {
                    let tz = self.cfg.hours.tz;
                    let local = start.with_timezone(&tz).naive_local();
                    let end = local + Duration::minutes(i64::from(*minutes));
                    let svc = self
                        .cfg
                        .services
                        .iter()
                        .position(|s| Some(&s.name) == service.as_ref());
                    prop_assert!(svc.is_some(), "unknown service {service:?}");
                    let svc = &self.cfg.services[svc.unwrap_or(0)];
                    prop_assert_eq!(*minutes, svc.minutes);
                    let res = resource.clone().unwrap_or_default();
                    let idx = self.cfg.resources.iter().position(|r| r.name == res);
                    prop_assert!(idx.is_some(), "unknown resource {res:?}");
                    let idx = idx.unwrap_or(0);
                    prop_assert!(
                        svc.resources.is_empty() || svc.resources.contains(&idx),
                        "{res} does not offer {}",
                        svc.name
                    );
                    let inside = spans(&self.cfg, &res, local.date()).iter().any(|s| {
                        local.time() >= s.open
                            && end.date() == local.date()
                            && end.time() <= s.close
                    });
                    prop_assert!(inside, "{local} to {end} is outside {res}'s hours");
                    prop_assert!(*start > self.now, "booking in the past");
                    let end_utc = *start + Duration::minutes(i64::from(*minutes));
                    for (r, s, e) in self.book.booked_intervals() {
                        prop_assert!(
                            r.as_deref() != Some(res.as_str()) || e <= *start || end_utc <= s,
                            "overlap on {res} at {local}"
                        );
                    }
                }
                let result = self.book.handle(&request);
                ex.answer_store(&mut self.d, self.now, request_id, result);
            }
        }
        prop_assert!(!ex.finish().runaway, "drain does not end");
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, .. ProptestConfig::default() })]

    #[test]
    fn bookings_fit_the_resource(
        acts in proptest::collection::vec(
            prop_oneof![
                3 => (0..SAYINGS.len()).prop_map(|i| SAYINGS[i].to_owned()),
                2 => (0..DAYS.len(), 8u32..17, prop_oneof![Just(0u32), Just(30)])
                    .prop_map(|(d, h, m)| format!("{} at {}:{m:02}", DAYS[d], if h > 12 { h - 12 } else { h })),
            ],
            0..10,
        ),
        day_offset in 0i64..14,
        minute in 0i64..(24 * 60),
        taken in proptest::collection::vec((0i64..6, 16i64..34, 0usize..3, 1u32..5), 0..40),
    ) {
        let cfg = Arc::new(garage());
        let tz = cfg.hours.tz;
        let base: DateTime<Utc> = "2026-11-16T07:00:00Z".parse().unwrap();
        let start = base + Duration::days(day_offset) + Duration::minutes(minute);
        let today = start.with_timezone(&tz).date_naive();
        let mut book = MemoryBook::new(tz);
        for (d, half_hours, bay, len) in taken {
            let local = (today + chrono::Days::new(d as u64)).and_hms_opt(0, 0, 0).unwrap()
                + Duration::minutes(half_hours * 30);
            let at = bella_core::local_to_utc(tz, local);
            book.seed_on(at, 30 * len, None, None, Some(cfg.resources[bay].name.clone()));
        }
        let call = CallInfo { call_id: "prop-svc".into(), caller_id: None };
        let mut run = Run { d: Dialog::new(cfg.clone(), call, start), book, cfg, now: start };
        run.feed(Input::CallStarted { now: start })?;
        let mut texts = vec![SAYINGS[2].to_owned(), SAYINGS[5].to_owned(), SAYINGS[6].to_owned()];
        texts.extend(acts);
        texts.extend(std::iter::repeat_n("yes".to_owned(), 3));
        for text in texts {
            let now = run.now;
            run.feed(Input::CallerTurn { now, text: text.into(), confidence: 0.9 })?;
        }
    }
}

/// The property is not vacuous: the same kind of caller books, and the booking
/// request is the one the checks above read.
#[test]
fn a_plain_caller_books_a_brake_job() {
    let cfg = Arc::new(garage());
    let start: DateTime<Utc> = "2026-12-07T16:00:00Z".parse().unwrap();
    let call = CallInfo {
        call_id: "plain".into(),
        caller_id: None,
    };
    let mut run = Run {
        d: Dialog::new(cfg.clone(), call, start),
        book: MemoryBook::new(cfg.hours.tz),
        cfg,
        now: start,
    };
    run.feed(Input::CallStarted { now: start }).unwrap();
    for text in [
        SAYINGS[2],
        SAYINGS[5],
        SAYINGS[6],
        "Friday at 4",
        "yes",
        "yes",
    ] {
        run.feed(Input::CallerTurn {
            now: start,
            text: text.into(),
            confidence: 0.9,
        })
        .unwrap();
    }
    assert_eq!(run.d.outcome(), Some(bella_dialog::Outcome::Booked));
    let booked = run.book.booked_intervals();
    assert_eq!(booked.len(), 1);
    assert_eq!(booked[0].0.as_deref(), Some("Bay 1"));
    assert_eq!(booked[0].2 - booked[0].1, Duration::minutes(90));
}
