//! The `[notifications]` table of the business TOML, validated, with errors that name
//! the field.
//!
//! ```toml
//! [notifications]
//! from = "+15875550100"                 # the sending number; no outbound without it
//! confirm_sms = true                    # text after a booking, a move or a cancel
//! reminders = [{ before = "24h", channel = "call" }, { before = "2h", channel = "sms" }]
//! call_hours = { weekdays = "09:00-21:30", weekends = "10:00-18:00" }   # business time zone
//! retries = { attempts = 3, every = "30m" }   # no-answer, busy, failed; then an SMS
//! voicemail = "Hi, this is {business} with a reminder of your appointment on {when}. Call us at {callback} if you need to change it."
//! voicemail_fr = "Bonjour, ici {business}. Un petit rappel de votre rendez-vous le {when}. Si vous devez le changer, rappelez-nous au {callback}. Merci, bonne journée!"
//! ```

use bella_core::PhoneNumber;
use chrono::{Duration, NaiveTime};
use serde::Deserialize;

/// Why the `[notifications]` table was refused. The message starts with the field.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("notifications.{field}: {message}")]
pub struct NotifyConfigError {
    /// The field (`from`, `reminders[1].before`, `call_hours.weekdays`, ...).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

fn err(field: impl Into<String>, message: impl Into<String>) -> NotifyConfigError {
    NotifyConfigError {
        field: field.into(),
        message: message.into(),
    }
}

/// How a reminder reaches the customer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    /// A phone call with answering-machine detection.
    Call,
    /// A text.
    Sms,
}

impl Channel {
    /// `call` or `sms`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Call => "call",
            Self::Sms => "sms",
        }
    }
}

/// One reminder: how long before the appointment, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReminderRule {
    /// How long before the start.
    pub before: Duration,
    /// Call or text.
    pub channel: Channel,
}

/// A daily window `[start, end)` in the business's zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// First allowed minute.
    pub start: NaiveTime,
    /// End (exclusive).
    pub end: NaiveTime,
}

/// When calls may be placed (the CRTC's hours for automatic dialing: 09:00-21:30 on
/// weekdays, 10:00-18:00 on weekends; a business may only narrow them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallHours {
    /// Monday to Friday.
    pub weekdays: Window,
    /// Saturday and Sunday.
    pub weekends: Window,
}

/// Call retries after no-answer, busy or failed; after the last, a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retries {
    /// Calls in all, including the first.
    pub attempts: u32,
    /// The wait between two calls.
    pub every: Duration,
}

/// The validated `[notifications]` table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotificationsConfig {
    /// The sending number.
    pub from: PhoneNumber,
    /// Text after a booking, a move or a cancel.
    pub confirm_sms: bool,
    /// The reminders, in the order given.
    pub reminders: Vec<ReminderRule>,
    /// When calls may be placed.
    pub call_hours: CallHours,
    /// Call retries.
    pub retries: Retries,
    /// The voicemail template (`{business}`, `{when}`, `{callback}`).
    pub voicemail: String,
    /// The voicemail left for a booking made in French (`voicemail_fr`), same
    /// placeholders, `{when}` said in French.
    pub voicemail_fr: String,
}

/// The widest calling hours allowed (and the default).
pub const MAX_WEEKDAYS: &str = "09:00-21:30";
/// The widest weekend calling hours allowed (and the default).
pub const MAX_WEEKENDS: &str = "10:00-18:00";
/// The default voicemail.
pub const DEFAULT_VOICEMAIL: &str = "Hi, this is {business} with a reminder of your appointment on {when}. Call us at {callback} if you need to change it.";
/// The default French voicemail (the engine's [`bella_dialog::DEFAULT_VOICEMAIL_FR`]).
pub const DEFAULT_VOICEMAIL_FR: &str = bella_dialog::DEFAULT_VOICEMAIL_FR;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotifications {
    from: Option<String>,
    confirm_sms: Option<bool>,
    reminders: Option<Vec<RawReminder>>,
    call_hours: Option<RawCallHours>,
    retries: Option<RawRetries>,
    voicemail: Option<String>,
    voicemail_fr: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReminder {
    before: String,
    channel: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCallHours {
    weekdays: Option<String>,
    weekends: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetries {
    attempts: Option<u32>,
    every: Option<String>,
}

/// Reads `"24h"`, `"2h"`, `"30m"`, `"1d"`, `"90s"`, `"1h30m"`.
pub fn parse_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let mut total = 0i64;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: i64 = num.parse().ok()?;
        num.clear();
        let unit = match c {
            'd' => 86_400,
            'h' => 3_600,
            'm' => 60,
            's' => 1,
            _ => return None,
        };
        total = total.checked_add(n.checked_mul(unit)?)?;
    }
    if !num.is_empty() {
        return None;
    }
    Some(Duration::seconds(total))
}

fn parse_window(field: &str, s: &str) -> Result<Window, NotifyConfigError> {
    let bad = || err(field, format!("{s:?} is not HH:MM-HH:MM"));
    let (a, b) = s.trim().split_once('-').ok_or_else(bad)?;
    let start = NaiveTime::parse_from_str(a.trim(), "%H:%M").map_err(|_| bad())?;
    let end = NaiveTime::parse_from_str(b.trim(), "%H:%M").map_err(|_| bad())?;
    if end <= start {
        return Err(err(field, format!("{s:?} ends before it starts")));
    }
    Ok(Window { start, end })
}

fn narrower(field: &str, s: Option<&str>, max: &str) -> Result<Window, NotifyConfigError> {
    let widest = parse_window(field, max)?;
    let Some(s) = s else {
        return Ok(widest);
    };
    let w = parse_window(field, s)?;
    if w.start < widest.start || w.end > widest.end {
        return Err(err(
            field,
            format!("{s:?} is wider than the allowed calling hours {max}"),
        ));
    }
    Ok(w)
}

impl NotificationsConfig {
    /// Reads the `[notifications]` table of a whole business TOML file; `Ok(None)` when
    /// the file has none (no outbound at all).
    pub fn from_business_toml(text: &str) -> Result<Option<Self>, NotifyConfigError> {
        let value: toml::Table = toml::from_str(text).map_err(|e| err("(file)", e.to_string()))?;
        let Some(table) = value.get("notifications") else {
            return Ok(None);
        };
        let raw: RawNotifications = table
            .clone()
            .try_into()
            .map_err(|e: toml::de::Error| err("(table)", e.message().to_owned()))?;
        Self::from_raw(raw).map(Some)
    }

    fn from_raw(raw: RawNotifications) -> Result<Self, NotifyConfigError> {
        let from = raw
            .from
            .ok_or_else(|| err("from", "the sending number is required"))?;
        let from = PhoneNumber::from_e164(from.trim())
            .map_err(|_| err("from", "must be an E.164 number such as +15875550100"))?;
        let reminders = match raw.reminders {
            None => vec![
                ReminderRule {
                    before: Duration::hours(24),
                    channel: Channel::Call,
                },
                ReminderRule {
                    before: Duration::hours(2),
                    channel: Channel::Sms,
                },
            ],
            Some(list) => {
                let mut out = Vec::with_capacity(list.len());
                for (i, r) in list.into_iter().enumerate() {
                    let before = parse_duration(&r.before)
                        .filter(|d| *d > Duration::zero() && *d <= Duration::days(30))
                        .ok_or_else(|| {
                            err(
                                format!("reminders[{i}].before"),
                                format!(
                                    "{:?} is not a duration between 1m and 30d such as \"24h\"",
                                    r.before
                                ),
                            )
                        })?;
                    let channel = match r.channel.trim() {
                        "call" => Channel::Call,
                        "sms" => Channel::Sms,
                        other => {
                            return Err(err(
                                format!("reminders[{i}].channel"),
                                format!("{other:?} is not \"call\" or \"sms\""),
                            ));
                        }
                    };
                    out.push(ReminderRule { before, channel });
                }
                if out.len() > 8 {
                    return Err(err("reminders", "at most 8 reminders"));
                }
                out
            }
        };
        let hours = raw.call_hours.unwrap_or(RawCallHours {
            weekdays: None,
            weekends: None,
        });
        let call_hours = CallHours {
            weekdays: narrower(
                "call_hours.weekdays",
                hours.weekdays.as_deref(),
                MAX_WEEKDAYS,
            )?,
            weekends: narrower(
                "call_hours.weekends",
                hours.weekends.as_deref(),
                MAX_WEEKENDS,
            )?,
        };
        let retries = raw.retries.unwrap_or(RawRetries {
            attempts: None,
            every: None,
        });
        let attempts = retries.attempts.unwrap_or(3);
        if !(1..=10).contains(&attempts) {
            return Err(err("retries.attempts", "must be between 1 and 10"));
        }
        let every_text = retries.every.unwrap_or_else(|| "30m".to_owned());
        let every = parse_duration(&every_text)
            .filter(|d| *d >= Duration::minutes(1) && *d <= Duration::days(1))
            .ok_or_else(|| {
                err(
                    "retries.every",
                    format!("{every_text:?} is not a duration between 1m and 1d such as \"30m\""),
                )
            })?;
        let voicemail = raw
            .voicemail
            .unwrap_or_else(|| DEFAULT_VOICEMAIL.to_owned());
        check_template("voicemail", &voicemail)?;
        let voicemail_fr = raw
            .voicemail_fr
            .unwrap_or_else(|| DEFAULT_VOICEMAIL_FR.to_owned());
        check_template("voicemail_fr", &voicemail_fr)?;
        Ok(Self {
            from,
            confirm_sms: raw.confirm_sms.unwrap_or(true),
            reminders,
            call_hours,
            retries: Retries { attempts, every },
            voicemail,
            voicemail_fr,
        })
    }
}

/// The voicemail may use only `{business}`, `{when}` and `{callback}`, and must give
/// the day and time and the number to call back.
fn check_template(key: &str, t: &str) -> Result<(), NotifyConfigError> {
    if t.trim().is_empty() || t.len() > 1000 {
        return Err(err(key, "must be 1 to 1000 characters"));
    }
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let Some(j) = after.find('}') else {
            return Err(err(key, "has an unclosed {"));
        };
        let name = &after[..j];
        if !matches!(name, "business" | "when" | "callback") {
            return Err(err(
                key,
                format!("{{{name}}} is not one of {{business}}, {{when}}, {{callback}}"),
            ));
        }
        rest = &after[j + 1..];
    }
    for needed in ["{when}", "{callback}"] {
        if !t.contains(needed) {
            return Err(err(key, format!("must contain {needed}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"
business_name = "Dr. Roy"
[notifications]
from = "+15875550100"
confirm_sms = true
reminders = [{ before = "24h", channel = "call" }, { before = "2h", channel = "sms" }]
call_hours = { weekdays = "09:00-21:30", weekends = "10:00-18:00" }
retries = { attempts = 3, every = "30m" }
voicemail = "Hi, this is {business} with a reminder of your appointment on {when}. Call us at {callback} if you need to change it."
"#;

    #[test]
    fn the_issue_example_reads_and_equals_the_defaults() {
        let full = NotificationsConfig::from_business_toml(FULL)
            .unwrap()
            .unwrap();
        let minimal =
            NotificationsConfig::from_business_toml("[notifications]\nfrom = \"+15875550100\"\n")
                .unwrap()
                .unwrap();
        assert_eq!(full, minimal);
        assert_eq!(full.reminders[0].before, Duration::hours(24));
        assert_eq!(full.reminders[1].channel, Channel::Sms);
        assert_eq!(full.retries.every, Duration::minutes(30));
        assert_eq!(full.voicemail_fr, DEFAULT_VOICEMAIL_FR);
        let own = NotificationsConfig::from_business_toml(
            "[notifications]\nfrom = \"+15875550100\"\nvoicemail_fr = \"{business} : rendez-vous le {when}, info au {callback}.\"\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            own.voicemail_fr,
            "{business} : rendez-vous le {when}, info au {callback}."
        );
        assert_eq!(own.voicemail, DEFAULT_VOICEMAIL);
        assert_eq!(
            NotificationsConfig::from_business_toml("business_name = \"x\"").unwrap(),
            None
        );
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            ("confirm_sms = true", "notifications.from"),
            ("from = \"555\"", "notifications.from"),
            (
                "from = \"+15875550100\"\nreminders = [{ before = \"soon\", channel = \"call\" }]",
                "notifications.reminders[0].before",
            ),
            (
                "from = \"+15875550100\"\nreminders = [{ before = \"1h\", channel = \"call\" }, { before = \"1h\", channel = \"fax\" }]",
                "notifications.reminders[1].channel",
            ),
            (
                "from = \"+15875550100\"\ncall_hours = { weekdays = \"08:00-21:30\" }",
                "notifications.call_hours.weekdays",
            ),
            (
                "from = \"+15875550100\"\ncall_hours = { weekends = \"10:00-19:00\" }",
                "notifications.call_hours.weekends",
            ),
            (
                "from = \"+15875550100\"\ncall_hours = { weekdays = \"nine to five\" }",
                "notifications.call_hours.weekdays",
            ),
            (
                "from = \"+15875550100\"\nretries = { attempts = 0 }",
                "notifications.retries.attempts",
            ),
            (
                "from = \"+15875550100\"\nretries = { every = \"0m\" }",
                "notifications.retries.every",
            ),
            (
                "from = \"+15875550100\"\nvoicemail = \"Hi {name}, {when} {callback}\"",
                "notifications.voicemail",
            ),
            (
                "from = \"+15875550100\"\nvoicemail = \"See you {when}\"",
                "notifications.voicemail",
            ),
            (
                "from = \"+15875550100\"\nvoicemail_fr = \"Bonjour {nom}, {when} {callback}\"",
                "notifications.voicemail_fr:",
            ),
            (
                "from = \"+15875550100\"\nvoicemail_fr = \"À bientôt, {when}\"",
                "notifications.voicemail_fr:",
            ),
            (
                "from = \"+15875550100\"\nvoicemail_fr = \" \"",
                "notifications.voicemail_fr:",
            ),
            (
                "from = \"+15875550100\"\nretry = 3",
                "notifications.(table)",
            ),
        ];
        for (body, field) in cases {
            let text = format!("[notifications]\n{body}\n");
            let e = NotificationsConfig::from_business_toml(&text).unwrap_err();
            assert!(e.to_string().starts_with(field), "{body}: {e}");
        }
    }

    #[test]
    fn narrower_hours_are_kept() {
        let c = NotificationsConfig::from_business_toml(
            "[notifications]\nfrom = \"+15875550100\"\ncall_hours = { weekdays = \"10:00-17:00\" }\n",
        )
        .unwrap()
        .unwrap();
        assert_eq!(
            c.call_hours.weekdays.start,
            NaiveTime::from_hms_opt(10, 0, 0).unwrap()
        );
        assert_eq!(
            c.call_hours.weekends.start,
            NaiveTime::from_hms_opt(10, 0, 0).unwrap()
        );
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h30m"), Some(Duration::minutes(90)));
        assert_eq!(parse_duration("1d"), Some(Duration::days(1)));
        for bad in ["", "h", "24", "2x", "-1h", "99999999999999999999h"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }
}
