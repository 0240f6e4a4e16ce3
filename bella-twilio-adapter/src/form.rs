//! Twilio webhook bodies: raw bytes in, checked signature and typed fields out.
//!
//! The signature is verified on the raw body (decoded into its name/value pairs exactly
//! as Twilio signed them), before any field is trusted. Only then are the fields Bella
//! needs picked out into [`VoiceForm`].

use crate::error::AppError;
use crate::signature;
use axum::http::HeaderMap;
use axum::http::uri::Uri;
use bella_core::Pii;

/// The form fields Bella reads from a voice webhook. What the caller said, typed and
/// called from is wrapped in [`Pii`], so `{:?}` of a form prints `[redacted]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VoiceForm {
    /// `CallSid`: the call's id (required).
    pub call_sid: String,
    /// `From`: the caller id as Twilio gives it (may be `anonymous` or empty).
    pub from: Option<Pii<String>>,
    /// `To`: the number called.
    pub to: Option<String>,
    /// `SpeechResult`: what the recogniser heard, if anything.
    pub speech: Option<Pii<String>>,
    /// `Digits`: keypad digits, if any.
    pub digits: Option<Pii<String>>,
    /// `Confidence`: the recogniser's confidence, 0 to 1.
    pub confidence: Option<f32>,
    /// `CallStatus`: `in-progress`, `completed`, `busy`, ...
    pub call_status: Option<String>,
}

/// The longest `CallSid` accepted (Twilio's are 34 characters).
pub const MAX_CALL_SID: usize = 64;
/// The longest speech result or digit string kept; longer input is cut.
pub const MAX_FIELD_CHARS: usize = 2_000;

/// Decodes an `application/x-www-form-urlencoded` body. Invalid UTF-8 is a 400.
pub fn parse_pairs(body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    std::str::from_utf8(body)
        .map_err(|_| AppError::BadRequest("body is not valid utf-8".into()))?;
    Ok(form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect())
}

/// The trimmed value of field `name` among `pairs` (the first of that name), if
/// present and not empty.
#[must_use]
pub fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// The public base URL Twilio calls: the configured one `base` (without a trailing
/// `/`), or without one the `Host` header over plain http.
#[must_use]
pub fn public_base(base: Option<&str>, headers: &HeaderMap) -> String {
    match base {
        Some(base) => base.trim_end_matches('/').to_owned(),
        None => {
            let host = headers
                .get(axum::http::header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or("localhost");
            format!("http://{host}")
        }
    }
}

/// The URL Twilio requested: the configured public base URL (or, without one, the
/// `Host` header over plain http) followed by the request's path and query.
#[must_use]
pub fn public_url(base: Option<&str>, headers: &HeaderMap, uri: &Uri) -> String {
    let path_query = uri.path_and_query().map_or("/", |pq| pq.as_str());
    format!("{}{path_query}", public_base(base, headers))
}

/// Checks `X-Twilio-Signature` against the pairs and URL. `token` `None` means the
/// check is off (`--insecure-skip-signature`).
pub fn verify(
    token: Option<&str>,
    url: &str,
    headers: &HeaderMap,
    pairs: &[(String, String)],
) -> Result<(), AppError> {
    let Some(token) = token else { return Ok(()) };
    let sig = headers
        .get("x-twilio-signature")
        .and_then(|h| h.to_str().ok())
        .ok_or(AppError::BadSignature)?;
    if signature::validate(token, url, pairs, sig) {
        Ok(())
    } else {
        Err(AppError::BadSignature)
    }
}

impl VoiceForm {
    /// Picks Bella's fields out of verified pairs. A missing or malformed `CallSid` is
    /// a 400; other fields are optional and cut to a sane length.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, AppError> {
        let get = |name: &str| {
            field(pairs, name).map(|v| v.chars().take(MAX_FIELD_CHARS).collect::<String>())
        };
        let call_sid =
            get("CallSid").ok_or_else(|| AppError::BadRequest("missing CallSid".into()))?;
        if call_sid.len() > MAX_CALL_SID
            || !call_sid
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(AppError::BadRequest("malformed CallSid".into()));
        }
        let confidence = get("Confidence")
            .and_then(|c| c.parse::<f32>().ok())
            .filter(|c| c.is_finite())
            .map(|c| c.clamp(0.0, 1.0));
        Ok(Self {
            call_sid,
            from: get("From").map(Pii::new),
            to: get("To"),
            speech: get("SpeechResult").map(Pii::new),
            digits: get("Digits").map(Pii::new),
            confidence,
            call_status: get("CallStatus"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(s: &str) -> Vec<(String, String)> {
        parse_pairs(s.as_bytes()).unwrap()
    }

    #[test]
    fn fields_are_picked_and_checked() {
        let f = VoiceForm::from_pairs(&pairs(
            "CallSid=CA12&From=%2B14035550142&SpeechResult=nine+thirty&Confidence=1.7",
        ))
        .unwrap();
        assert_eq!(f.call_sid, "CA12");
        assert_eq!(
            f.from.as_ref().map(|p| p.expose().as_str()),
            Some("+14035550142")
        );
        assert_eq!(
            f.speech.as_ref().map(|p| p.expose().as_str()),
            Some("nine thirty")
        );
        let dbg = format!("{f:?}");
        assert!(
            !dbg.contains("4035550142") && !dbg.contains("nine"),
            "{dbg}"
        );
        assert_eq!(f.confidence, Some(1.0));
        assert!(VoiceForm::from_pairs(&pairs("From=x")).is_err());
        assert!(VoiceForm::from_pairs(&pairs("CallSid=CA%3Cx%3E")).is_err());
        assert!(VoiceForm::from_pairs(&pairs(&format!("CallSid={}", "C".repeat(65)))).is_err());
        let f = VoiceForm::from_pairs(&pairs("CallSid=CA1&Confidence=NaN&SpeechResult=")).unwrap();
        assert_eq!((f.confidence, f.speech), (None, None));
    }

    #[test]
    fn invalid_utf8_is_a_bad_request() {
        assert!(matches!(
            parse_pairs(b"CallSid=\xff\xfe"),
            Err(AppError::BadRequest(_))
        ));
        // Percent-encoded invalid UTF-8 decodes lossily rather than failing.
        assert_eq!(pairs("a=%FF")[0].1, "\u{FFFD}");
    }

    #[test]
    fn public_url_prefers_configured_base() {
        let uri: Uri = "/twilio/gather?turn=2".parse().unwrap();
        let mut h = HeaderMap::new();
        h.insert("host", "internal:8080".parse().unwrap());
        assert_eq!(
            public_url(Some("https://bella.example.com/"), &h, &uri),
            "https://bella.example.com/twilio/gather?turn=2"
        );
        assert_eq!(
            public_url(None, &h, &uri),
            "http://internal:8080/twilio/gather?turn=2"
        );
    }
}
