//! [`PhoneNumber`]: a validated E.164 number, masked when printed.

use serde::{Deserialize, Serialize};

/// Why a string is not a phone number.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// Not of the form `+` followed by 8 to 15 digits.
    #[error("not an E.164 number (expected '+' and 8 to 15 digits)")]
    NotE164,
    /// Ten digits that are not `NPA NXX XXXX` with N in 2-9.
    #[error("not a North American number (expected NPA NXX XXXX, N in 2-9)")]
    NotNanp,
}

/// A phone number in E.164 form (`+14035550142`).
///
/// `Debug` and `Display` show only the country code and the last two digits
/// (`+1********42`), so a number never reaches a log in clear; [`PhoneNumber::e164`]
/// gives the real value.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Accepts `+` and 8 to 15 digits, the first not 0. A `+1` number must also be
    /// NANP-shaped. Validity for other country codes is the extractor's job
    /// (it uses the `phonenumber` metadata).
    pub fn from_e164(s: &str) -> Result<Self, PhoneError> {
        let digits = s.strip_prefix('+').ok_or(PhoneError::NotE164)?;
        if !(8..=15).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || digits.starts_with('0')
        {
            return Err(PhoneError::NotE164);
        }
        if let Some(national) = digits.strip_prefix('1') {
            if national.len() == 10 {
                return Self::from_nanp_digits(national);
            }
            if digits.len() == 11 {
                return Err(PhoneError::NotNanp);
            }
        }
        Ok(Self(s.to_owned()))
    }

    /// Ten national digits `NPA NXX XXXX` (N in 2-9) become `+1` and the digits.
    pub fn from_nanp_digits(ten: &str) -> Result<Self, PhoneError> {
        if !is_nanp_shape(ten.as_bytes()) {
            return Err(PhoneError::NotNanp);
        }
        let mut s = String::with_capacity(12);
        s.push_str("+1");
        s.push_str(ten);
        Ok(Self(s))
    }

    /// A number as a file or a form writes it: E.164 (`+14035550142`), or a North
    /// American number without the `+` (`4035550142`, `1-403-555-0142`,
    /// `(403) 555-0142`). Spaces, dashes, dots and brackets are dropped first. What
    /// callers *say* is the extractor's job, not this.
    pub fn from_written(s: &str) -> Result<Self, PhoneError> {
        let kept: String = s
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
            .collect();
        if kept.starts_with('+') {
            return Self::from_e164(&kept);
        }
        match kept.len() {
            10 => Self::from_nanp_digits(&kept),
            11 if kept.starts_with('1') => Self::from_nanp_digits(&kept[1..]),
            _ => Err(PhoneError::NotE164),
        }
    }

    /// The number in E.164, in clear.
    pub fn e164(&self) -> &str {
        &self.0
    }

    /// True for a `+1` (North American) number.
    pub fn is_nanp(&self) -> bool {
        self.0.starts_with("+1") && self.0.len() == 12
    }

    /// The digits after the `+`.
    pub fn digits(&self) -> &str {
        &self.0[1..]
    }

    /// For a NANP number, its ten national digits.
    pub fn national_digits(&self) -> Option<&str> {
        self.is_nanp().then(|| &self.0[2..])
    }

    /// The masked form used in logs and records: `+1********42`.
    pub fn masked(&self) -> String {
        let cc_len = if self.is_nanp() {
            1
        } else {
            2.min(self.0.len() - 1)
        };
        let (head, rest) = self.0.split_at(1 + cc_len);
        let keep = 2.min(rest.len());
        let mut out = String::with_capacity(self.0.len());
        out.push_str(head);
        out.extend(std::iter::repeat_n('*', rest.len() - keep));
        out.push_str(&rest[rest.len() - keep..]);
        out
    }
}

/// `NPA NXX XXXX` with N in 2-9: ten ASCII digits, the first and fourth 2-9.
pub(crate) fn is_nanp_shape(d: &[u8]) -> bool {
    d.len() == 10 && d.iter().all(u8::is_ascii_digit) && d[0] >= b'2' && d[3] >= b'2'
}

crate::pii::masked_text!(PhoneNumber, PhoneError, PhoneNumber::from_e164);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nanp_shape_is_enforced() {
        assert!(PhoneNumber::from_nanp_digits("4035550142").is_ok());
        for digits in ["1035550142", "4031550142", "403555014"] {
            assert_eq!(
                PhoneNumber::from_nanp_digits(digits),
                Err(PhoneError::NotNanp),
                "{digits}"
            );
        }
        assert_eq!(
            PhoneNumber::from_e164("+11035550142"),
            Err(PhoneError::NotNanp)
        );
    }

    #[test]
    fn written_numbers_are_read_like_a_form() {
        for written in [
            "+14035550142",
            "4035550142",
            "14035550142",
            "1-403-555-0142",
            "(403) 555-0142",
            " 403.555.0142 ",
        ] {
            assert_eq!(
                PhoneNumber::from_written(written).map(|p| p.e164().to_owned()),
                Ok("+14035550142".to_owned()),
                "{written}"
            );
        }
        assert_eq!(
            PhoneNumber::from_written("+44 20 7946 0958").map(|p| p.e164().to_owned()),
            Ok("+442079460958".to_owned())
        );
        for bad in [
            "",
            "403555014",
            "24035550142",
            "1035550142",
            "four oh three",
            "+1 403",
        ] {
            assert!(PhoneNumber::from_written(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn e164_round_trips_through_serde() {
        let p = PhoneNumber::from_e164("+442079460958").unwrap();
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(json, "\"+442079460958\"");
        let back: PhoneNumber = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert!(serde_json::from_str::<PhoneNumber>("\"4035550142\"").is_err());
    }

    #[test]
    fn masked_everywhere_it_prints() {
        let p = PhoneNumber::from_e164("+14035550142").unwrap();
        assert_eq!(p.to_string(), "+1********42");
        assert_eq!(format!("{p:?}"), "PhoneNumber(+1********42)");
        let uk = PhoneNumber::from_e164("+442079460958").unwrap();
        assert_eq!(uk.to_string(), "+44********58");
        assert!(!format!("{uk:?}").contains("7946"));
    }
}
