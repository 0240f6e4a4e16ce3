//! What a business sells and who does the work: [`Service`]s, [`Resource`]s and the
//! short FAQ answers, read from the `[[services]]`, `[[resources]]` and `[faq]` tables of
//! the business file (SPEC §3.1).
//!
//! A file without them describes one service of `slot_minutes` ("Appointment") on one
//! resource (the business itself), exactly as before.

use crate::config::{ConfigError, field_error};
use bella_core::OpenSpan;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The name of the one service of a business file without `[[services]]`.
pub const DEFAULT_SERVICE: &str = "Appointment";

/// The longest service, in minutes (a whole day).
pub const MAX_SERVICE_MINUTES: u32 = 24 * 60;

/// Something a caller can book.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    /// As the business names it; spoken in the read-back and stored.
    pub name: String,
    /// How long it takes.
    pub minutes: u32,
    /// What callers say for it ("brakes", "brake job"), besides its name.
    pub says: Vec<String>,
    /// Spoken when asked ("from $120").
    pub price: Option<String>,
    /// Indices into [`crate::Config::resources`] of those who offer it; empty: all.
    pub resources: Vec<usize>,
    /// Its name for French callers (`name_fr`); the stored name stays [`Self::name`].
    #[serde(default)]
    pub name_fr: Option<String>,
    /// Its price for French callers (`price_fr`: "à partir de 95 $").
    #[serde(default)]
    pub price_fr: Option<String>,
}

impl Service {
    /// The name to say to a caller speaking `lang`: `name_fr` in French when given.
    #[must_use]
    pub fn spoken_name(&self, lang: bella_extract::Lang) -> &str {
        match (lang, &self.name_fr) {
            (bella_extract::Lang::Fr, Some(fr)) => fr,
            _ => &self.name,
        }
    }

    /// The price to say to a caller speaking `lang`: `price_fr` in French when given.
    #[must_use]
    pub fn spoken_price(&self, lang: bella_extract::Lang) -> Option<&str> {
        match (lang, &self.price_fr) {
            (bella_extract::Lang::Fr, Some(fr)) => Some(fr),
            _ => self.price.as_deref(),
        }
    }
}

/// A person, room or bay that holds one appointment at a time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    /// As the business names it ("Dr. Amara Singh", "Bay 1").
    pub name: String,
    /// Per weekday (Monday first): `Some` replaces the business's hours that day
    /// (an empty list: not working); `None` keeps them.
    pub hours: [Option<Vec<OpenSpan>>; 7],
    /// Dates this resource is off, besides the business's closed dates.
    pub closed: BTreeSet<NaiveDate>,
    /// What callers call them besides their name, a title or role ("audiologist",
    /// "the nurse"): asked for after "the", "your" or "a" ("can I see the nurse?").
    #[serde(default)]
    pub says: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawService {
    name: Option<String>,
    minutes: Option<u32>,
    #[serde(default)]
    says: Vec<String>,
    price: Option<String>,
    resources: Option<Vec<String>>,
    name_fr: Option<String>,
    price_fr: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawResource {
    name: Option<String>,
    hours: Option<crate::config::RawHours>,
    #[serde(default)]
    closed_dates: Vec<String>,
    #[serde(default)]
    says: Vec<String>,
    /// CalDAV keys: read and validated by `bella-calendar` (docs/calendar.md).
    #[allow(dead_code)]
    caldav_url: Option<toml::Value>,
    #[allow(dead_code)]
    caldav_user_env: Option<toml::Value>,
    #[allow(dead_code)]
    caldav_password_env: Option<toml::Value>,
    #[allow(dead_code)]
    caldav_oauth: Option<toml::Value>,
}

/// The default service of a file without `[[services]]`.
pub(crate) fn default_services(slot_minutes: u32) -> Vec<Service> {
    vec![Service {
        name: DEFAULT_SERVICE.to_owned(),
        minutes: slot_minutes,
        says: Vec::new(),
        price: None,
        resources: Vec::new(),
        name_fr: None,
        price_fr: None,
    }]
}

/// Reads `[[resources]]`: names unique and non-empty, hours and dates well formed.
pub(crate) fn parse_resources(raw: Vec<RawResource>) -> Result<Vec<Resource>, ConfigError> {
    let mut out: Vec<Resource> = Vec::with_capacity(raw.len());
    for (i, r) in raw.into_iter().enumerate() {
        let at = |f: &str| format!("resources[{i}].{f}");
        let taken = out.iter().map(|o| o.name.as_str());
        let name = unique_name(r.name.as_deref(), taken, &at("name"))?;
        let mut hours: [Option<Vec<OpenSpan>>; 7] = Default::default();
        if let Some(h) = r.hours {
            for (d, day) in h.days().into_iter().enumerate() {
                let Some(spans) = day else { continue };
                let field = at(&format!("hours.{}", bella_core::WEEKDAY_NAMES[d]));
                let spans: Vec<OpenSpan> = spans
                    .iter()
                    .map(|s| crate::config::parse_span(s, &field))
                    .collect::<Result<_, _>>()?;
                check_spans(&spans, &field)?;
                hours[d] = Some(spans);
            }
        }
        let mut closed = BTreeSet::new();
        for d in &r.closed_dates {
            let date = NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                field_error(
                    &at("closed_dates"),
                    format!("{d:?} is not a YYYY-MM-DD date"),
                )
            })?;
            closed.insert(date);
        }
        let says = r
            .says
            .iter()
            .map(|p| p.trim().to_owned())
            .filter(|p| !p.is_empty())
            .collect();
        out.push(Resource {
            name: name.to_owned(),
            hours,
            closed,
            says,
        });
    }
    Ok(out)
}

/// A `[[resources]]` or `[[services]]` name: given, not empty once trimmed, and not
/// one of `taken` (ignoring case).
fn unique_name<'a, 'b>(
    raw: Option<&'a str>,
    mut taken: impl Iterator<Item = &'b str>,
    field: &str,
) -> Result<&'a str, ConfigError> {
    let name = raw.map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err(field_error(field, "must be given and not empty"));
    }
    if taken.any(|t| t.eq_ignore_ascii_case(name)) {
        return Err(field_error(field, format!("{name:?} is listed twice")));
    }
    Ok(name)
}

/// Spans of one day: each opens before it closes, in order, not overlapping.
fn check_spans(spans: &[OpenSpan], field: &str) -> Result<(), ConfigError> {
    let mut last_close = None;
    for s in spans {
        if s.open >= s.close {
            return Err(field_error(field, "a span must open before it closes"));
        }
        if last_close.is_some_and(|c| s.open < c) {
            return Err(field_error(
                field,
                "spans must be in order and must not overlap",
            ));
        }
        last_close = Some(s.close);
    }
    Ok(())
}

/// Reads `[[services]]` against the resources already read.
pub(crate) fn parse_services(
    raw: Vec<RawService>,
    resources: &[Resource],
) -> Result<Vec<Service>, ConfigError> {
    if raw.is_empty() {
        return Err(field_error("services", "must list at least one service"));
    }
    let mut out: Vec<Service> = Vec::with_capacity(raw.len());
    for (i, s) in raw.into_iter().enumerate() {
        let at = |f: &str| format!("services[{i}].{f}");
        let taken = out.iter().map(|o| o.name.as_str());
        let name = unique_name(s.name.as_deref(), taken, &at("name"))?;
        let minutes = s
            .minutes
            .ok_or_else(|| field_error(&at("minutes"), "must be given"))?;
        if !(1..=MAX_SERVICE_MINUTES).contains(&minutes) {
            return Err(field_error(
                &at("minutes"),
                format!("must be between 1 and {MAX_SERVICE_MINUTES}"),
            ));
        }
        let mut says = Vec::with_capacity(s.says.len());
        for phrase in &s.says {
            if crate::intent::words(phrase).is_empty() {
                return Err(field_error(&at("says"), format!("{phrase:?} has no words")));
            }
            says.push(phrase.trim().to_owned());
        }
        let price = not_empty(s.price, &at("price"))?;
        let price_fr = not_empty(s.price_fr, &at("price_fr"))?;
        let name_fr = not_empty(s.name_fr, &at("name_fr"))?;
        if s.resources.as_ref().is_some_and(Vec::is_empty) {
            // An empty list would read as "every resource" (the default), the opposite
            // of what someone who wrote it most likely meant.
            return Err(field_error(
                &at("resources"),
                "is empty: list who offers it, or leave it out for every resource",
            ));
        }
        let mut offered_by = Vec::new();
        for r in s.resources.unwrap_or_default() {
            let Some(idx) = resources
                .iter()
                .position(|x| x.name.eq_ignore_ascii_case(r.trim()))
            else {
                return Err(field_error(
                    &at("resources"),
                    format!("unknown resource {r:?} (not in [[resources]])"),
                ));
            };
            if !offered_by.contains(&idx) {
                offered_by.push(idx);
            }
        }
        out.push(Service {
            name: name.to_owned(),
            minutes,
            says,
            price,
            resources: offered_by,
            name_fr,
            price_fr,
        });
    }
    Ok(out)
}

/// An optional text field: trimmed, and an error when given but blank.
fn not_empty(raw: Option<String>, field: &str) -> Result<Option<String>, ConfigError> {
    match raw {
        Some(v) if v.trim().is_empty() => Err(field_error(field, "must not be empty")),
        v => Ok(v.map(|v| v.trim().to_owned())),
    }
}

/// Reads `[faq]` (or `[faq_fr]`, named by `table`): topic → short answer, both
/// non-empty.
pub(crate) fn parse_faq(
    raw: BTreeMap<String, String>,
    table: &str,
) -> Result<BTreeMap<String, String>, ConfigError> {
    let mut out = BTreeMap::new();
    for (k, v) in raw {
        let topic = k.trim().to_lowercase();
        if crate::intent::words(&topic).is_empty() {
            return Err(field_error(
                &format!("{table}.{k}"),
                "the topic has no words",
            ));
        }
        if v.trim().is_empty() {
            return Err(field_error(
                &format!("{table}.{k}"),
                "the answer must not be empty",
            ));
        }
        out.insert(topic, v.trim().to_owned());
    }
    Ok(out)
}
