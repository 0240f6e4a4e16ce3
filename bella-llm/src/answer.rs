//! What the model may answer: one JSON schema per slot, and a strict reading of the
//! answer into a [`Candidate`].
//!
//! The envelope around the answer is read leniently (the JSON may come alone, inside
//! a code fence, or inside prose), but the answer itself is read strictly: an object
//! with exactly the fields of the slot's schema and the right types. Anything else —
//! extra fields, a number where a string belongs, an unknown intent — is rejected,
//! so a model talked into inventing fields ("book_at", "override") gets nowhere.
//!
//! A candidate is never a decision: the dialog engine validates it against the same
//! rules as an extracted value (business hours, booking window, name checks).

use crate::error::{LlmError, describe_json_error};
use bella_core::{Expect, PartOfDay, PersonName, PhoneNumber};
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;
use serde_json::{Value, json};

/// Why the caller is calling, as the model classified it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Intent {
    /// Book a new appointment.
    Book,
    /// Cancel an appointment.
    Cancel,
    /// Move an appointment.
    Reschedule,
    /// Check when an appointment is.
    Check,
    /// Ask for opening hours.
    Hours,
    /// Speak to a person.
    Person,
    /// End the call ("never mind", "I'll call back").
    Goodbye,
}

impl Intent {
    const NAMES: [&'static str; 7] = [
        "book",
        "cancel",
        "reschedule",
        "check",
        "hours",
        "person",
        "goodbye",
    ];

    /// The name the model answers with (`"book"`, `"cancel"`, ...), one of the schema's.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Book => Self::NAMES[0],
            Self::Cancel => Self::NAMES[1],
            Self::Reschedule => Self::NAMES[2],
            Self::Check => Self::NAMES[3],
            Self::Hours => Self::NAMES[4],
            Self::Person => Self::NAMES[5],
            Self::Goodbye => Self::NAMES[6],
        }
    }
}

/// A day and/or time as the model read it: local wall time in the business's zone,
/// not yet checked against anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeCandidate {
    /// The day, when one was said or implied.
    pub date: Option<NaiveDate>,
    /// The time of day, when one was said.
    pub time: Option<NaiveTime>,
    /// A part of the day said without an exact time.
    pub part_of_day: Option<PartOfDay>,
}

/// A value the model found for the slot asked for. Only a candidate: the engine
/// validates it before using it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Candidate {
    /// A well-formed phone number (E.164; NANP numbers NANP-shaped).
    Phone(PhoneNumber),
    /// A plausible personal name (letters, spaces, hyphens, apostrophes; 1-4 parts).
    Name(PersonName),
    /// A day and/or time.
    Time(TimeCandidate),
    /// The caller's intent.
    Intent(Intent),
    /// Yes (`true`) or no (`false`).
    Confirm(bool),
}

/// The JSON schema the model is asked to follow for `slot`, with its name.
pub fn schema_for(slot: Expect) -> Result<(&'static str, Value), LlmError> {
    let nullable_string =
        |description: &str| json!({"type": ["string", "null"], "description": description});
    let object = |props: Value, required: Value| json!({"type": "object", "properties": props, "required": required, "additionalProperties": false});
    Ok(match slot {
        Expect::Phone => (
            "phone_answer",
            object(
                json!({"phone": nullable_string("the caller's phone number, digits only with an optional leading +, or null")}),
                json!(["phone"]),
            ),
        ),
        Expect::Name => (
            "name_answer",
            object(
                json!({"name": nullable_string("the caller's own name as spoken, or null")}),
                json!(["name"]),
            ),
        ),
        Expect::Time => (
            "time_answer",
            object(
                json!({
                    "date": nullable_string("the day asked for as YYYY-MM-DD, or null"),
                    "time": nullable_string("the time of day asked for as HH:MM (24-hour), or null"),
                    "part_of_day": {"type": ["string", "null"], "enum": ["morning", "afternoon", "evening", null]},
                }),
                json!(["date", "time", "part_of_day"]),
            ),
        ),
        Expect::Intent => (
            "intent_answer",
            object(
                json!({"intent": {"type": ["string", "null"], "enum": Intent::NAMES.iter().map(|s| Value::from(*s)).chain([Value::Null]).collect::<Vec<_>>()}}),
                json!(["intent"]),
            ),
        ),
        Expect::Confirm => (
            "confirm_answer",
            object(
                json!({"answer": {"type": "string", "enum": ["yes", "no", "unclear"]}}),
                json!(["answer"]),
            ),
        ),
        other => return Err(LlmError::UnsupportedSlot(other)),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhoneAnswer {
    phone: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NameAnswer {
    name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeAnswer {
    date: Option<String>,
    time: Option<String>,
    part_of_day: Option<PartOfDay>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IntentAnswer {
    intent: Option<Intent>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum YesNo {
    Yes,
    No,
    Unclear,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfirmAnswer {
    answer: YesNo,
}

/// Reads the model's message for `slot`: `Ok(None)` when the model found nothing,
/// `Err(Schema)` when the answer breaks the schema (the caller ignores it).
pub fn parse_answer(slot: Expect, content: &str) -> Result<Option<Candidate>, LlmError> {
    let json = find_json_object(content)
        .ok_or_else(|| LlmError::Schema("no json object in the answer".into()))?;
    let value: Value =
        serde_json::from_str(json).map_err(|e| LlmError::Schema(describe_json_error(&e)))?;
    let schema = |e: serde_json::Error| LlmError::Schema(describe_json_error(&e));
    match slot {
        Expect::Phone => {
            let a: PhoneAnswer = serde_json::from_value(value).map_err(schema)?;
            a.phone
                .as_deref()
                .and_then(non_blank)
                .map(parse_phone)
                .transpose()
        }
        Expect::Name => {
            let a: NameAnswer = serde_json::from_value(value).map_err(schema)?;
            a.name
                .as_deref()
                .and_then(non_blank)
                .map(parse_name)
                .transpose()
        }
        Expect::Time => {
            let a: TimeAnswer = serde_json::from_value(value).map_err(schema)?;
            let date = a
                .date
                .as_deref()
                .and_then(non_blank)
                .map(parse_date)
                .transpose()?;
            let time = a
                .time
                .as_deref()
                .and_then(non_blank)
                .map(parse_time)
                .transpose()?;
            if date.is_none() && time.is_none() && a.part_of_day.is_none() {
                return Ok(None);
            }
            Ok(Some(Candidate::Time(TimeCandidate {
                date,
                time,
                part_of_day: a.part_of_day,
            })))
        }
        Expect::Intent => {
            let a: IntentAnswer = serde_json::from_value(value).map_err(schema)?;
            Ok(a.intent.map(Candidate::Intent))
        }
        Expect::Confirm => {
            let a: ConfirmAnswer = serde_json::from_value(value).map_err(schema)?;
            Ok(match a.answer {
                YesNo::Yes => Some(Candidate::Confirm(true)),
                YesNo::No => Some(Candidate::Confirm(false)),
                YesNo::Unclear => None,
            })
        }
        other => Err(LlmError::UnsupportedSlot(other)),
    }
}

fn non_blank(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty() && !s.eq_ignore_ascii_case("null")).then_some(s)
}

fn parse_phone(s: &str) -> Result<Candidate, LlmError> {
    let bad = || LlmError::Schema("phone is not a valid number".into());
    if s.chars()
        .any(|c| !(c.is_ascii_digit() || " -.()+".contains(c)))
    {
        return Err(bad());
    }
    let plus = s.starts_with('+');
    if s[usize::from(plus)..].contains('+') {
        return Err(bad());
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let phone = if plus {
        PhoneNumber::from_e164(&format!("+{digits}"))
    } else if digits.len() == 11 && digits.starts_with('1') {
        PhoneNumber::from_nanp_digits(&digits[1..])
    } else {
        PhoneNumber::from_nanp_digits(&digits)
    };
    phone.map(Candidate::Phone).map_err(|_| bad())
}

fn parse_name(s: &str) -> Result<Candidate, LlmError> {
    let bad = || LlmError::Schema("name is not a plausible personal name".into());
    let parts: Vec<&str> = s.split_whitespace().collect();
    let plausible = (1..=4).contains(&parts.len())
        && s.chars().count() <= 60
        && parts.iter().all(|part| {
            part.chars().any(char::is_alphabetic)
                && part
                    .chars()
                    .all(|c| c.is_alphabetic() || "-'.’".contains(c))
        });
    if !plausible {
        return Err(bad());
    }
    PersonName::new(&parts.join(" "))
        .map(Candidate::Name)
        .map_err(|_| bad())
}

fn parse_date(s: &str) -> Result<NaiveDate, LlmError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| LlmError::Schema("date is not YYYY-MM-DD".into()))
}

fn parse_time(s: &str) -> Result<NaiveTime, LlmError> {
    NaiveTime::parse_from_str(s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S"))
        .map_err(|_| LlmError::Schema("time is not HH:MM".into()))
}

/// Finds the answer's JSON object: the whole text, the inside of a code fence, or the
/// first balanced `{…}` in prose. Returns a slice of `content`.
pub(crate) fn find_json_object(content: &str) -> Option<&str> {
    let trimmed = content.trim();
    if trimmed.starts_with('{') && trimmed.ends_with('}') {
        return Some(trimmed);
    }
    if let Some(start) = trimmed.find("```") {
        let after = &trimmed[start + 3..];
        let body_start = after.find('\n').map_or(0, |i| i + 1);
        let body = &after[body_start..];
        if let Some(end) = body.find("```") {
            let inner = body[..end].trim();
            if inner.starts_with('{') && inner.ends_with('}') {
                return Some(inner);
            }
        }
    }
    first_balanced_object(trimmed)
}

fn first_balanced_object(s: &str) -> Option<&str> {
    let start = s.find('{')?;
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in s[start..].char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(&s[start..start + i + 1]);
                }
            }
            _ => {}
        }
    }
    None
}
