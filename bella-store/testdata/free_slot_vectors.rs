//! The free-slot vectors of `free_slots.jsonl`, read alike by the pure test
//! (`src/slots.rs`) and the backend suite (`tests/backends/suite.rs`): a vector's
//! hours, its bookings and range in the business's wall time, and the slots it
//! expects.

use bella_core::{BusinessHours, local_to_utc};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// One vector.
#[derive(Debug, serde::Deserialize)]
pub struct Case {
    pub name: String,
    pub tz: Tz,
    #[serde(default)]
    pub closed: Vec<NaiveDate>,
    /// Booked appointments: wall start and minutes.
    pub existing: Vec<(String, u32)>,
    pub from: String,
    pub to: String,
    /// The free slots, as wall times.
    pub expect: Vec<String>,
}

/// Every vector, with its line's index (blank lines skipped).
pub fn cases() -> impl Iterator<Item = (usize, Case)> {
    include_str!("free_slots.jsonl")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let case = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
            (i, case)
        })
}

impl Case {
    /// Weekdays nine to five in the vector's zone, but its closed days.
    pub fn hours(&self) -> BusinessHours {
        let mut hours = BusinessHours::weekdays_nine_to_five(self.tz);
        hours.closed.extend(self.closed.iter().copied());
        hours
    }

    /// The instant of a wall time written `YYYY-MM-DDTHH:MM` in the vector's zone.
    pub fn at(&self, wall: &str) -> DateTime<Utc> {
        let wall = NaiveDateTime::parse_from_str(wall, "%Y-%m-%dT%H:%M")
            .unwrap_or_else(|e| panic!("wall time {wall:?}: {e}"));
        local_to_utc(self.tz, wall)
    }

    /// The range asked for.
    pub fn range(&self) -> (DateTime<Utc>, DateTime<Utc>) {
        (self.at(&self.from), self.at(&self.to))
    }

    /// Slots as wall times, to compare with [`Case::expect`].
    pub fn walls(&self, slots: &[DateTime<Utc>]) -> Vec<String> {
        slots
            .iter()
            .map(|t| {
                t.with_timezone(&self.tz)
                    .format("%Y-%m-%dT%H:%M")
                    .to_string()
            })
            .collect()
    }
}
