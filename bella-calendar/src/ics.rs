//! The iCalendar (RFC 5545) text Bella writes, built with the `icalendar` crate: a
//! feed of many events, or one event for a CalDAV `PUT`.
//!
//! Each appointment is a VEVENT with UID `bella-{id}@{uid_domain}` (stable across
//! moves and renames), DTSTART/DTEND in UTC, DTSTAMP and LAST-MODIFIED its last
//! change (so the text, and its ETag, change only when the appointment does),
//! SUMMARY `service - first name`, STATUS `CONFIRMED` or `CANCELLED`, and a
//! DESCRIPTION with the local time in the business's zone. The caller's number is
//! written only when asked for (`include_phone`).

use crate::db::EventRow;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

/// How events are written.
#[derive(Clone, Copy, Debug)]
pub struct Style<'a> {
    /// The right-hand side of UIDs.
    pub uid_domain: &'a str,
    /// Whether to write the caller's number.
    pub include_phone: bool,
}

/// The UID of an appointment's event.
#[must_use]
pub fn uid(id: i64, uid_domain: &str) -> String {
    format!("bella-{id}@{uid_domain}")
}

/// The appointment id of one of Bella's own UIDs (`None`: someone else's event).
#[must_use]
pub fn own_id(uid: &str, uid_domain: &str) -> Option<i64> {
    uid.strip_prefix("bella-")?
        .strip_suffix(uid_domain)?
        .strip_suffix('@')?
        .parse()
        .ok()
}

/// `Cleaning - Ann` (`Appointment - Ann` for the default service).
#[must_use]
pub fn summary(row: &EventRow) -> String {
    let service = if row.service.trim().is_empty() {
        "Appointment"
    } else {
        row.service.trim()
    };
    match row.name.split_whitespace().next() {
        Some(first) => format!("{service} - {first}"),
        None => service.to_owned(),
    }
}

fn event(row: &EventRow, style: Style<'_>) -> Event {
    let tz: chrono_tz::Tz = row.tz.parse().unwrap_or(chrono_tz::UTC);
    let local = row.start.with_timezone(&tz);
    let mut description = format!(
        "{} {} ({}), {} min",
        local.format("%a %b %-d %Y"),
        local.format("%H:%M"),
        row.tz,
        (row.end - row.start).num_minutes()
    );
    if !row.resource.is_empty() {
        description.push_str(&format!(", with {}", row.resource));
    }
    if style.include_phone {
        description.push_str(&format!(", phone {}", row.phone));
    }
    let mut e = Event::new();
    e.uid(&uid(row.id, style.uid_domain))
        .timestamp(row.updated_at)
        .last_modified(row.updated_at)
        .starts(row.start)
        .ends(row.end)
        .summary(&summary(row))
        .description(&description)
        .status(if row.status == "cancelled" {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    if !row.resource.is_empty() {
        e.add_property("X-BELLA-RESOURCE", row.resource.as_str());
    }
    e.done()
}

fn calendar(name: Option<&str>) -> Calendar {
    let mut c = Calendar::empty();
    c.append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Bella//Calendar 1//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"));
    if let Some(n) = name {
        c.name(n);
    }
    c
}

/// A feed named `name` of `rows`.
#[must_use]
pub fn feed(name: &str, rows: &[EventRow], style: Style<'_>) -> String {
    let mut c = calendar(Some(name));
    for row in rows {
        c.push(event(row, style));
    }
    c.done().to_string()
}

/// One appointment as a calendar object resource (the body of a CalDAV `PUT`).
#[must_use]
pub fn single(row: &EventRow, style: Style<'_>) -> String {
    let mut c = calendar(None);
    c.push(event(row, style));
    c.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    pub(crate) fn row(id: i64, status: &str) -> EventRow {
        EventRow {
            id,
            name: "Ann Lee".into(),
            phone: "+14035550142".into(),
            start: Utc.with_ymd_and_hms(2026, 11, 17, 17, 30, 0).unwrap(),
            end: Utc.with_ymd_and_hms(2026, 11, 17, 18, 0, 0).unwrap(),
            tz: "America/Edmonton".into(),
            status: status.into(),
            service: "Cleaning".into(),
            resource: "Dr. Singh".into(),
            updated_at: Utc.with_ymd_and_hms(2026, 11, 10, 9, 0, 0).unwrap(),
        }
    }

    #[test]
    fn uids_round_trip_and_refuse_others() {
        assert_eq!(own_id(&uid(42, "bella.example"), "bella.example"), Some(42));
        assert_eq!(own_id("bella-42@other", "bella.example"), None);
        assert_eq!(own_id("abc@bella.example", "bella.example"), None);
    }

    #[test]
    fn event_text_is_utc_and_hides_the_phone_unless_asked() {
        let style = Style {
            uid_domain: "b",
            include_phone: false,
        };
        let text = single(&row(7, "booked"), style);
        assert!(text.contains("DTSTART:20261117T173000Z"), "{text}");
        assert!(text.contains("DTEND:20261117T180000Z"), "{text}");
        assert!(text.contains("SUMMARY:Cleaning - Ann"), "{text}");
        assert!(text.contains("10:30 (America/Edmonton)"), "{text}");
        assert!(!text.contains("5550142"), "{text}");
        let with = single(
            &row(7, "cancelled"),
            Style {
                include_phone: true,
                ..style
            },
        );
        assert!(with.contains("+14035550142") && with.contains("STATUS:CANCELLED"));
        // The same appointment gives the same text (ETags depend on it).
        assert_eq!(text, single(&row(7, "booked"), style));
    }
}
