//! Calendars (issue 13): what a feed costs to write, and what reading pulled busy
//! events from a CalDAV answer costs.
//!
//! `cargo bench -p bella-benches --bench calendar -- --warm-up-time 1 --measurement-time 3`
//!
//! - `feed/1000`: the ICS text of 1,000 appointments (a busy resource's 90 days).
//! - `report/200`: 200 events read from one CalDAV `REPORT` answer (XML, then iCalendar).

use bella_calendar::caldav::{busy_events, calendar_data};
use bella_calendar::db::EventRow;
use bella_calendar::ics::{self, Style};
use chrono::{Duration, TimeZone, Utc};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

fn rows(n: i64) -> Vec<EventRow> {
    let t0 = Utc.with_ymd_and_hms(2027, 1, 4, 16, 0, 0).unwrap();
    (0..n)
        .map(|i| EventRow {
            id: i,
            name: format!("Caller {i}"),
            phone: format!("+1403555{:04}", i % 10_000),
            start: t0 + Duration::minutes(30 * i),
            end: t0 + Duration::minutes(30 * i + 30),
            tz: "America/Edmonton".into(),
            status: if i % 10 == 0 { "cancelled" } else { "booked" }.into(),
            service: "Cleaning".into(),
            resource: "Dr. Singh".into(),
            updated_at: t0,
        })
        .collect()
}

fn report(n: usize) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\"?><multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">",
    );
    for i in 0..n {
        xml.push_str(&format!(
            "<response><href>/c/{i}.ics</href><propstat><prop><C:calendar-data>BEGIN:VCALENDAR\r\n\
             VERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:e{i}\r\nDTSTAMP:20270101T000000Z\r\n\
             DTSTART:20270104T{:02}0000Z\r\nDTEND:20270104T{:02}3000Z\r\nSUMMARY:busy\r\n\
             END:VEVENT\r\nEND:VCALENDAR\r\n</C:calendar-data></prop></propstat></response>",
            i % 24,
            i % 24
        ));
    }
    xml.push_str("</multistatus>");
    xml
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("calendar");
    let rows = rows(1000);
    let style = Style {
        uid_domain: "bella",
        include_phone: false,
    };
    g.throughput(Throughput::Elements(1000));
    g.bench_function("feed/1000", |b| {
        b.iter(|| black_box(ics::feed("Clinic", black_box(&rows), style)));
    });
    let xml = report(200);
    let from = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
    let to = from + Duration::days(62);
    g.throughput(Throughput::Elements(200));
    g.bench_function("report/200", |b| {
        b.iter(|| {
            let n: usize = calendar_data(black_box(&xml))
                .unwrap()
                .iter()
                .map(|d| busy_events(d, chrono_tz::America::Edmonton, from, to).len())
                .sum();
            black_box(n)
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
