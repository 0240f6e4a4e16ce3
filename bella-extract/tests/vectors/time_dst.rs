//! Time zones and DST: every Canadian zone, wall times across the March and November
//! changes, a skipped wall time moving to the next valid one, a repeated one taking the
//! first instance, and "today" computed in the business's zone (St. John's at −3:30).

use bella_core::ReferenceTime;
use bella_extract::time::{self, When};
use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

const CANADIAN_ZONES: &[&str] = &[
    "America/St_Johns",
    "America/Halifax",
    "America/Glace_Bay",
    "America/Moncton",
    "America/Goose_Bay",
    "America/Blanc-Sablon",
    "America/Toronto",
    "America/Iqaluit",
    "America/Atikokan",
    "America/Winnipeg",
    "America/Rankin_Inlet",
    "America/Resolute",
    "America/Regina",
    "America/Swift_Current",
    "America/Edmonton",
    "America/Cambridge_Bay",
    "America/Inuvik",
    "America/Creston",
    "America/Dawson_Creek",
    "America/Fort_Nelson",
    "America/Vancouver",
    "America/Whitehorse",
    "America/Dawson",
];

fn wall(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|x| x.and_hms_opt(h, min, 0))
        .expect("valid")
}

/// What `text` says, resolved against `r`; it must say a time.
fn said(text: &str, r: &ReferenceTime) -> When {
    time::extract(text, r)
        .unwrap_or_else(|| panic!("no time found in {text:?}"))
        .value
}

/// The wall time, in `r`'s zone, of the instant `w` resolves to.
fn wall_of(w: &When, r: &ReferenceTime) -> NaiveDateTime {
    w.instant(r)
        .expect("instant")
        .with_timezone(&r.tz)
        .naive_local()
}

/// A reference at a wall time in `tz` (the first instance if repeated).
fn at_wall(tz: Tz, local: NaiveDateTime) -> ReferenceTime {
    let now = tz
        .from_local_datetime(&local)
        .earliest()
        .expect("exists")
        .with_timezone(&Utc);
    ReferenceTime::new(now, tz)
}

/// Runs `check` in every Canadian zone (its name, the zone, a reference at the wall
/// time `local` there).
fn in_every_zone_at(local: NaiveDateTime, check: impl Fn(&str, Tz, &ReferenceTime)) {
    for name in CANADIAN_ZONES {
        let tz: Tz = name.parse().expect("zone");
        check(name, tz, &at_wall(tz, local));
    }
}

#[test]
fn across_the_march_change_in_every_zone() {
    // Saturday 2027-03-13 noon; clocks spring forward on Sunday 2027-03-14 at 02:00.
    in_every_zone_at(wall(2027, 3, 13, 12, 0), |name, tz, r| {
        let w = said("tomorrow at 9:30 a.m.", r);
        assert_eq!(w.to_string(), "2027-03-14T09:30", "{name}");
        let back = wall_of(&w, r);
        assert_eq!(
            back,
            wall(2027, 3, 14, 9, 30),
            "{name}: 09:30 exists and round-trips"
        );

        // 02:30 does not exist where DST starts: the next valid wall time is 03:00.
        let gap = said("tomorrow at 2:30 a.m.", r);
        assert_eq!(
            gap.to_string(),
            "2027-03-14T02:30",
            "{name}: When stays wall time"
        );
        let moved = wall_of(&gap, r);
        let skips = tz
            .from_local_datetime(&wall(2027, 3, 14, 2, 30))
            .earliest()
            .is_none();
        let want = if skips {
            wall(2027, 3, 14, 3, 0)
        } else {
            wall(2027, 3, 14, 2, 30)
        };
        assert_eq!(moved, want, "{name}");
    });
}

#[test]
fn across_the_november_change_in_every_zone() {
    // Saturday 2026-10-31 evening; clocks fall back on Sunday 2026-11-01 at 02:00.
    in_every_zone_at(wall(2026, 10, 31, 20, 0), |name, tz, r| {
        let w = said("tomorrow at 1:30 in the morning", r);
        assert_eq!(w.to_string(), "2026-11-01T01:30", "{name}");
        let t = w.instant(r).expect("instant");
        let first = tz
            .from_local_datetime(&wall(2026, 11, 1, 1, 30))
            .earliest()
            .expect("exists");
        assert_eq!(
            t,
            first.with_timezone(&Utc),
            "{name}: repeated wall time takes the first"
        );

        let monday = said("Monday at 10", r);
        assert_eq!(monday.to_string(), "2026-11-02T10:00", "{name}");
        let back = wall_of(&monday, r);
        assert_eq!(back, wall(2026, 11, 2, 10, 0), "{name}");
    });
}

#[test]
fn today_is_the_business_day_not_the_utc_day() {
    // 02:00 UTC on the 22nd is 22:30 on the 21st in St. John's (−3:30).
    let r = ReferenceTime::parse("2026-11-22T02:00:00Z", "America/St_Johns").expect("ref");
    assert_eq!(said("tomorrow", &r).to_string(), "2026-11-22");
    assert_eq!(said("at 9", &r).to_string(), "2026-11-22T09:00");
    assert_eq!(said("at 11 pm", &r).to_string(), "2026-11-21T23:00");
    // The same instant in Vancouver is still the 21st, 18:00.
    let v = ReferenceTime::parse("2026-11-22T02:00:00Z", "America/Vancouver").expect("ref");
    assert_eq!(said("today", &v).to_string(), "2026-11-21");
    assert_eq!(said("at 5", &v).to_string(), "2026-11-22T17:00");
}

#[test]
fn a_time_in_the_repeated_hour_is_ahead_only_once() {
    // Toronto, 2026-11-01 01:40 EDT (first pass). "at 1:50 a.m." is still ahead today.
    let tz: Tz = "America/Toronto".parse().expect("zone");
    let first_pass = ReferenceTime::new(Utc.with_ymd_and_hms(2026, 11, 1, 5, 40, 0).unwrap(), tz);
    let w = said("at 1:50 a.m.", &first_pass);
    assert_eq!(w.to_string(), "2026-11-01T01:50");
    // One hour later it is 01:40 EST (second pass): 01:50 read as the first instance is
    // already past, so it is tomorrow.
    let second_pass = ReferenceTime::new(Utc.with_ymd_and_hms(2026, 11, 1, 6, 40, 0).unwrap(), tz);
    let w = said("at 1:50 a.m.", &second_pass);
    assert_eq!(w.to_string(), "2026-11-02T01:50");
}
