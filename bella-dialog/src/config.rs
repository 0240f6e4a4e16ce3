//! [`Config`]: the business the agent books for, read from a TOML file.
//!
//! Every key is optional; a missing key keeps the seed business's value (Monday to
//! Friday 09:00-17:00, America/Edmonton, 30-minute slots). See
//! `examples/business.toml` for a documented example.

use crate::catalog::{self, RawResource, RawService, Resource, Service};
use crate::prompts::Prompts;
use bella_core::{BusinessHours, OpenSpan, WEEKDAY_NAMES};
use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Why a configuration file was refused. Each message names the field at fault.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file is not valid TOML or has a key of the wrong type.
    #[error("invalid TOML: {0}")]
    Toml(String),
    /// A field has a value that cannot be used.
    #[error("{field}: {message}")]
    Field {
        /// The field's name (`hours.monday`, `time_zone`, ...).
        field: String,
        /// What is wrong with it.
        message: String,
    },
}

fn field_err(field: &str, message: impl Into<String>) -> ConfigError {
    ConfigError::Field {
        field: field.to_owned(),
        message: message.into(),
    }
}

/// The business the agent books for, and how the agent behaves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// Spoken in the greeting.
    pub business_name: String,
    /// Zone, weekly hours, closed dates and slot length.
    pub hours: BusinessHours,
    /// How many days ahead a booking may be made.
    pub horizon_days: u32,
    /// Where transfers go (`None`: the adapter's default).
    pub transfer_number: Option<String>,
    /// The longest a call may last, in seconds.
    pub max_call_secs: u32,
    /// How long a listen waits for speech, in seconds.
    pub listen_timeout_secs: u32,
    /// How long a store request may take before it counts as failed, in seconds.
    pub store_timeout_secs: u32,
    /// Ask a language model when the rules find nothing for the slot being asked.
    pub llm_fallback: bool,
    /// How long an LLM answer may take, in seconds.
    pub llm_timeout_secs: u32,
    /// Default region for phone numbers (`"CA"`).
    pub region: String,
    /// What the agent says.
    pub prompts: Prompts,
    /// What the agent says in French (`[prompts_fr]`; SPEC §5.7).
    pub prompts_fr: Prompts,
    /// The languages the agent speaks, the greeting's first (`languages = ["fr-CA",
    /// "en-CA"]`); a caller is answered in any of them. Never empty.
    pub languages: Vec<bella_extract::Lang>,
    /// What callers can book; never empty (a file without `[[services]]` has one
    /// service of `slot_minutes`, [`crate::DEFAULT_SERVICE`]).
    pub services: Vec<Service>,
    /// Who or what holds appointments; empty: the business itself, one at a time.
    pub resources: Vec<Resource>,
    /// Short answers by topic (`address`, `parking`, `payment`, `cancellation`, ...).
    pub faq: BTreeMap<String, String>,
    /// The same in French (`[faq_fr]`), for French callers; a topic it lacks is
    /// answered from [`Self::faq`].
    pub faq_fr: BTreeMap<String, String>,
    /// Greet a caller whose number booked before by first name, and ask "Is this
    /// for you, ...?" instead of the name (`known_callers`, default on).
    pub known_callers: bool,
    /// Whether the business texts a confirmation after a booking (`confirm_sms` of
    /// `[notifications]`, sent by `bella-notify`): what the agent says when a caller
    /// asks for a text.
    pub confirm_texts: bool,
}

impl Default for Config {
    fn default() -> Self {
        Self::for_hours(BusinessHours::seed_default())
    }
}

impl Config {
    /// The seed business's settings with other hours.
    pub fn for_hours(hours: BusinessHours) -> Self {
        Self {
            business_name: "Bella Clinic".to_owned(),
            horizon_days: 365,
            transfer_number: None,
            max_call_secs: 600,
            listen_timeout_secs: 6,
            store_timeout_secs: 5,
            llm_fallback: false,
            llm_timeout_secs: 3,
            region: "CA".to_owned(),
            prompts: Prompts::default(),
            prompts_fr: crate::prompts::fr::default_prompts(),
            languages: vec![bella_extract::Lang::En, bella_extract::Lang::Fr],
            services: catalog::default_services(hours.slot_minutes),
            resources: Vec::new(),
            faq: BTreeMap::new(),
            faq_fr: BTreeMap::new(),
            known_callers: true,
            confirm_texts: false,
            hours,
        }
    }

    /// Reads and validates a TOML configuration.
    ///
    /// ```
    /// let cfg = bella_dialog::Config::from_toml_str(r#"
    ///     business_name = "Dr. Roy"
    ///     time_zone = "America/Toronto"
    ///     [hours]
    ///     monday = ["09:00-12:00", "13:00-17:00"]
    /// "#).unwrap();
    /// assert_eq!(cfg.hours.tz, chrono_tz::America::Toronto);
    /// let err = bella_dialog::Config::from_toml_str("slot_minutes = 0").unwrap_err();
    /// assert!(err.to_string().starts_with("slot_minutes"));
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Self, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Toml(e.to_string()))?;
        raw.into_config()
    }

    /// The config's time zone.
    pub fn tz(&self) -> Tz {
        self.hours.tz
    }

    /// Calls open in `lang` (`bella chat --lang fr`): it becomes the first of
    /// `languages`, added if the business did not list it.
    ///
    /// ```
    /// use bella_dialog::{Config, Lang};
    /// let mut cfg = Config::default();
    /// cfg.open_in(Lang::Fr);
    /// assert_eq!(cfg.languages, [Lang::Fr, Lang::En]);
    /// ```
    pub fn open_in(&mut self, lang: bella_extract::Lang) {
        self.languages.retain(|l| *l != lang);
        self.languages.insert(0, lang);
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    business_name: Option<String>,
    time_zone: Option<String>,
    slot_minutes: Option<u32>,
    booking_horizon_days: Option<u32>,
    closed_dates: Option<Vec<String>>,
    transfer_number: Option<String>,
    max_call_minutes: Option<u32>,
    listen_timeout_secs: Option<u32>,
    store_timeout_secs: Option<u32>,
    llm_fallback: Option<bool>,
    llm_timeout_secs: Option<u32>,
    region: Option<String>,
    hours: Option<RawHours>,
    prompts: Option<Prompts>,
    /// Read over the French defaults (a list not given stays French).
    prompts_fr: Option<toml::Table>,
    languages: Option<Vec<String>>,
    /// Read and validated by `bella-notify` (outbound reminders and texts); only
    /// `confirm_sms` is read here.
    notifications: Option<toml::Value>,
    /// Read and validated by `bella-calendar` (feeds and CalDAV sync).
    #[allow(dead_code)]
    calendar: Option<toml::Value>,
    services: Option<Vec<RawService>>,
    resources: Option<Vec<RawResource>>,
    faq: Option<BTreeMap<String, String>>,
    faq_fr: Option<BTreeMap<String, String>>,
    known_callers: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawHours {
    monday: Option<Vec<String>>,
    tuesday: Option<Vec<String>>,
    wednesday: Option<Vec<String>>,
    thursday: Option<Vec<String>>,
    friday: Option<Vec<String>>,
    saturday: Option<Vec<String>>,
    sunday: Option<Vec<String>>,
}

impl RawHours {
    /// The days in order, Monday first.
    pub(crate) fn days(self) -> [Option<Vec<String>>; 7] {
        [
            self.monday,
            self.tuesday,
            self.wednesday,
            self.thursday,
            self.friday,
            self.saturday,
            self.sunday,
        ]
    }
}

impl RawConfig {
    fn into_config(self) -> Result<Config, ConfigError> {
        let mut cfg = Config::default();
        if let Some(name) = self.business_name {
            if name.trim().is_empty() {
                return Err(field_err("business_name", "must not be empty"));
            }
            cfg.business_name = name.trim().to_owned();
        }
        if let Some(tz) = self.time_zone {
            cfg.hours.tz = tz
                .trim()
                .parse()
                .map_err(|_| field_err("time_zone", format!("unknown IANA zone {tz:?}")))?;
        }
        if let Some(m) = self.slot_minutes {
            cfg.hours.slot_minutes = m;
        }
        if let Some(h) = self.hours {
            let days = h.days();
            for (i, day) in days.into_iter().enumerate() {
                let spans = day.unwrap_or_default();
                let field = format!("hours.{}", WEEKDAY_NAMES[i]);
                cfg.hours.weekly[i] = spans
                    .iter()
                    .map(|s| parse_span(s, &field))
                    .collect::<Result<_, _>>()?;
            }
        }
        if let Some(dates) = self.closed_dates {
            let mut set = BTreeSet::new();
            for d in dates {
                let date = NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").map_err(|_| {
                    field_err("closed_dates", format!("{d:?} is not a YYYY-MM-DD date"))
                })?;
                set.insert(date);
            }
            cfg.hours.closed = set;
        }
        cfg.hours.validate().map_err(|e| {
            let field = if matches!(e, bella_core::HoursError::SlotLength(_)) {
                "slot_minutes"
            } else {
                "hours"
            };
            field_err(field, e.to_string())
        })?;
        if let Some(d) = self.booking_horizon_days {
            if !(1..=3660).contains(&d) {
                return Err(field_err(
                    "booking_horizon_days",
                    "must be between 1 and 3660",
                ));
            }
            cfg.horizon_days = d;
        }
        if let Some(n) = self.transfer_number {
            let n = n.trim().to_owned();
            if bella_core::PhoneNumber::from_e164(&n).is_err() {
                return Err(field_err(
                    "transfer_number",
                    "must be an E.164 number like +14035550100",
                ));
            }
            cfg.transfer_number = Some(n);
        }
        if let Some(m) = self.max_call_minutes {
            if !(1..=240).contains(&m) {
                return Err(field_err("max_call_minutes", "must be between 1 and 240"));
            }
            cfg.max_call_secs = m * 60;
        }
        let secs = [
            (
                "listen_timeout_secs",
                self.listen_timeout_secs,
                &mut cfg.listen_timeout_secs,
            ),
            (
                "store_timeout_secs",
                self.store_timeout_secs,
                &mut cfg.store_timeout_secs,
            ),
            (
                "llm_timeout_secs",
                self.llm_timeout_secs,
                &mut cfg.llm_timeout_secs,
            ),
        ];
        for (field, value, slot) in secs {
            if let Some(v) = value {
                if !(1..=120).contains(&v) {
                    return Err(field_err(field, "must be between 1 and 120 seconds"));
                }
                *slot = v;
            }
        }
        if let Some(b) = self.llm_fallback {
            cfg.llm_fallback = b;
        }
        if let Some(r) = self.region {
            if r.len() != 2 || !r.bytes().all(|b| b.is_ascii_alphabetic()) {
                return Err(field_err(
                    "region",
                    "must be a two-letter region code like CA",
                ));
            }
            cfg.region = r.to_ascii_uppercase();
        }
        if let Some(p) = self.prompts {
            p.validate_in("prompts")?;
            cfg.prompts = p;
        }
        if let Some(given) = self.prompts_fr {
            let p = french_prompts(given)?;
            p.validate_in("prompts_fr")?;
            cfg.prompts_fr = p;
        }
        if let Some(codes) = self.languages {
            cfg.languages = parse_languages(&codes)?;
        }
        cfg.resources = catalog::parse_resources(self.resources.unwrap_or_default())?;
        cfg.services = match self.services {
            Some(raw) => catalog::parse_services(raw, &cfg.resources)?,
            None => catalog::default_services(cfg.hours.slot_minutes),
        };
        if let Some(k) = self.known_callers {
            cfg.known_callers = k;
        }
        cfg.confirm_texts = self
            .notifications
            .as_ref()
            .and_then(|n| n.get("confirm_sms"))
            .and_then(toml::Value::as_bool)
            .unwrap_or(false);
        if let Some(faq) = self.faq {
            cfg.faq = catalog::parse_faq(faq, "faq")?;
        }
        if let Some(faq) = self.faq_fr {
            cfg.faq_fr = catalog::parse_faq(faq, "faq_fr")?;
        }
        Ok(cfg)
    }
}

pub(crate) fn parse_span(s: &str, field: &str) -> Result<OpenSpan, ConfigError> {
    let bad = || field_err(field, format!("{s:?} is not a span like \"09:00-17:00\""));
    let (a, b) = s.split_once('-').ok_or_else(bad)?;
    let open = NaiveTime::parse_from_str(a.trim(), "%H:%M").map_err(|_| bad())?;
    let close = NaiveTime::parse_from_str(b.trim(), "%H:%M").map_err(|_| bad())?;
    Ok(OpenSpan { open, close })
}

/// `[prompts_fr]` over the default French prompts: a list the file does not give keeps
/// its French default (not the English one `Prompts::default` would give).
fn french_prompts(given: toml::Table) -> Result<Prompts, ConfigError> {
    let bad = |e: &dyn std::fmt::Display| ConfigError::Toml(format!("prompts_fr: {e}"));
    let mut table =
        toml::Table::try_from(crate::prompts::fr::default_prompts()).map_err(|e| bad(&e))?;
    table.extend(given);
    table.try_into().map_err(|e| bad(&e))
}

/// `languages = ["fr-CA", "en-CA"]`: known codes or locales, at least one, no repeats.
pub(crate) fn parse_languages(codes: &[String]) -> Result<Vec<bella_extract::Lang>, ConfigError> {
    let mut out = Vec::with_capacity(codes.len());
    for code in codes {
        let lang: bella_extract::Lang = code
            .parse()
            .map_err(|e: bella_extract::lang::UnknownLang| field_err("languages", e.to_string()))?;
        if out.contains(&lang) {
            return Err(field_err("languages", format!("{code:?} is listed twice")));
        }
        out.push(lang);
    }
    if out.is_empty() {
        return Err(field_err("languages", "must list at least one language"));
    }
    Ok(out)
}

pub(crate) fn field_error(field: &str, message: impl Into<String>) -> ConfigError {
    field_err(field, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_file_parses() {
        let cfg = Config::from_toml_str(include_str!("../examples/business.toml")).unwrap();
        assert_eq!(cfg.hours.tz, chrono_tz::America::Edmonton);
        // Lunch break on Wednesday: two spans.
        assert_eq!(cfg.hours.weekly[2].len(), 2);
        assert!(!cfg.hours.closed.is_empty());
        assert_eq!(cfg.transfer_number.as_deref(), Some("+14035550100"));
    }

    #[test]
    fn languages_and_french_prompts() {
        use bella_extract::Lang;
        let cfg = Config::from_toml_str(
            "languages = [\"fr-CA\", \"en-CA\"]\n[prompts_fr]\ngreeting = [\"Bonjour!\"]",
        )
        .unwrap();
        assert_eq!(cfg.languages, [Lang::Fr, Lang::En]);
        assert_eq!(cfg.prompts_fr.greeting, ["Bonjour!"]);
        assert_eq!(
            cfg.prompts_fr.ask_name,
            crate::prompts::fr::default_prompts().ask_name
        );
        assert_eq!(Config::default().languages, [Lang::En, Lang::Fr]);
        for (text, field) in [
            ("languages = [\"de-DE\"]", "languages"),
            ("languages = []", "languages"),
            ("languages = [\"fr\", \"fr-CA\"]", "languages"),
            ("[prompts_fr]\ngoodbye = [\"\"]", "prompts_fr.goodbye"),
        ] {
            let err = Config::from_toml_str(text).unwrap_err().to_string();
            assert!(err.starts_with(field), "{text}: {err}");
        }
        let err = Config::from_toml_str("[prompts_fr]\ngreetng = [\"x\"]").unwrap_err();
        assert!(err.to_string().contains("prompts_fr"), "{err}");
    }

    #[test]
    fn calendar_keys_are_left_to_bella_calendar() {
        let text = "[calendar]\nbusy_cache_secs = 30\n[[resources]]\nname = \"Dr. Singh\"\n\
            caldav_url = \"https://dav.example/cal/\"\ncaldav_user_env = \"U\"\n\
            caldav_password_env = \"P\"\n[[resources]]\nname = \"Room\"\n\
            caldav_url = \"https://dav.example/room/\"\n\
            caldav_oauth = { client_id_env = \"A\", client_secret_env = \"B\", \
            refresh_token_env = \"C\", token_url = \"https://oauth.example/token\" }\n";
        let cfg = Config::from_toml_str(text).unwrap();
        assert_eq!(cfg.resources.len(), 2);
        assert_eq!(cfg.resources[0].name, "Dr. Singh");
        // A misspelt key is still refused.
        assert!(Config::from_toml_str("[[resources]]\nname = \"A\"\ncaldav_ur = \"x\"\n").is_err());
    }

    #[test]
    fn empty_file_is_the_seed_business() {
        let cfg = Config::from_toml_str("").unwrap();
        assert_eq!(cfg, Config::default());
        assert_eq!(cfg.hours, BusinessHours::seed_default());
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            ("time_zone = \"Mars/Base\"", "time_zone"),
            ("slot_minutes = 0", "slot_minutes"),
            ("[hours]\nmonday = [\"9-5\"]", "hours.monday"),
            ("[hours]\ntuesday = [\"17:00-09:00\"]", "hours"),
            ("closed_dates = [\"Dec 25\"]", "closed_dates"),
            ("transfer_number = \"call Bob\"", "transfer_number"),
            ("booking_horizon_days = 0", "booking_horizon_days"),
            ("max_call_minutes = 0", "max_call_minutes"),
            ("listen_timeout_secs = 0", "listen_timeout_secs"),
            ("region = \"Canada\"", "region"),
            ("[prompts]\ngreeting = []", "prompts.greeting"),
        ];
        for (text, field) in cases {
            let err = Config::from_toml_str(text).unwrap_err();
            assert!(err.to_string().starts_with(field), "{text:?} gave {err}");
        }
        assert!(matches!(
            Config::from_toml_str("nonsense = 1"),
            Err(ConfigError::Toml(_))
        ));
        assert!(matches!(
            Config::from_toml_str("= ="),
            Err(ConfigError::Toml(_))
        ));
    }
}
