//! `X-Twilio-Signature`: HMAC-SHA1 over the public URL and the sorted form parameters.
//!
//! Twilio signs the full URL it requested (scheme, host, optional port, path and query)
//! followed by every POST parameter as `name` + `value`, names sorted, and for a name
//! given several times its distinct values sorted. The key is the account's auth token,
//! the result is base64. Since the server usually sits behind a proxy, the URL is built
//! from the configured public base URL and the request's own path and query, never
//! from the `Host` header alone. Twilio is inconsistent about the default port, so a
//! request is accepted when the URL matches with it or without it, as Twilio's own
//! helper libraries do. The comparison is constant-time.
//!
//! The test vectors in `testdata/signatures/vectors.json` come from Twilio's official
//! Python helper (`gen.py` next to them), not from this code.

use base64::Engine as _;
use hmac::{KeyInit, Mac};
use subtle::ConstantTimeEq;

type HmacSha1 = hmac::Hmac<sha1::Sha1>;

/// Computes the base64 signature Twilio sends for `url` and `params`.
#[must_use]
pub fn compute(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut mac = match HmacSha1::new_from_slice(auth_token.as_bytes()) {
        Ok(mac) => mac,
        // HMAC accepts keys of any length; this branch cannot be taken.
        Err(_) => return String::new(),
    };
    mac.update(url.as_bytes());
    for (k, v) in sorted {
        mac.update(k.as_bytes());
        mac.update(v.as_bytes());
    }
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// True when `signature` is Twilio's signature of `params` for `url` as given, with the
/// default port added, or with the port removed.
#[must_use]
pub fn validate(auth_token: &str, url: &str, params: &[(String, String)], signature: &str) -> bool {
    let mut ok = subtle::Choice::from(0);
    for candidate in url_variants(url) {
        let expected = compute(auth_token, &candidate, params);
        ok |= expected.as_bytes().ct_eq(signature.trim().as_bytes());
    }
    ok.into()
}

/// The URL without its port and with the scheme's default port (443 or 80) added when
/// it had none. Mirrors Twilio's helpers: an explicit port is kept in the "with" form.
fn url_variants(url: &str) -> [String; 2] {
    let Some((scheme, rest)) = url.split_once("://") else {
        return [url.to_owned(), url.to_owned()];
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(at) => authority.split_at(at + 1),
        None => ("", authority),
    };
    // An IPv6 literal keeps its colons inside brackets.
    let port_colon = match hostport.rfind(']') {
        Some(close) => hostport[close..].find(':').map(|i| close + i),
        None => hostport.rfind(':'),
    };
    let (host, port) = match port_colon {
        Some(i)
            if hostport[i + 1..].bytes().all(|b| b.is_ascii_digit()) && i + 1 < hostport.len() =>
        {
            (&hostport[..i], Some(&hostport[i + 1..]))
        }
        _ => (hostport, None),
    };
    let without = format!("{scheme}://{userinfo}{host}{tail}");
    let with = match port {
        Some(_) => url.to_owned(),
        None => {
            let secure = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("wss");
            let default = if secure { 443 } else { 80 };
            format!("{scheme}://{userinfo}{host}:{default}{tail}")
        }
    };
    [without, with]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    const VECTORS: &str = include_str!("../testdata/signatures/vectors.json");

    #[derive(Deserialize)]
    struct Vectors {
        compute: Vec<ComputeCase>,
        validate: Vec<ValidateCase>,
    }

    #[derive(Deserialize)]
    struct ComputeCase {
        label: String,
        token: String,
        url: String,
        params: Vec<(String, String)>,
        signature: String,
    }

    #[derive(Deserialize)]
    struct ValidateCase {
        token: String,
        signed_url: String,
        request_url: String,
        params: Vec<(String, String)>,
        signature: String,
        valid: bool,
    }

    fn vectors() -> Vectors {
        serde_json::from_str(VECTORS).expect("vectors.json parses")
    }

    #[test]
    fn compute_matches_twilio_helper() {
        let v = vectors();
        assert!(v.compute.len() >= 50);
        for case in &v.compute {
            assert_eq!(
                compute(&case.token, &case.url, &case.params),
                case.signature,
                "{} {}",
                case.label,
                case.url
            );
            // Parameter order on the wire does not matter.
            let mut reversed = case.params.clone();
            reversed.reverse();
            assert!(validate(&case.token, &case.url, &reversed, &case.signature));
        }
    }

    #[test]
    fn validate_matches_twilio_helper() {
        let v = vectors();
        assert!(v.validate.iter().any(|c| c.valid) && v.validate.iter().any(|c| !c.valid));
        for case in &v.validate {
            assert_eq!(
                validate(
                    &case.token,
                    &case.request_url,
                    &case.params,
                    &case.signature
                ),
                case.valid,
                "signed {} requested {}",
                case.signed_url,
                case.request_url
            );
        }
    }

    #[test]
    fn wrong_token_or_garbage_signature_fails() {
        let v = vectors();
        let case = &v.compute[10];
        assert!(!validate("other", &case.url, &case.params, &case.signature));
        for bad in ["", "=", "not base64 at all", &"A".repeat(10_000)] {
            assert!(!validate(&case.token, &case.url, &case.params, bad));
        }
    }

    #[test]
    fn url_variants_handle_odd_urls() {
        assert_eq!(
            url_variants("https://h.example/x?y=1"),
            [
                "https://h.example/x?y=1".to_owned(),
                "https://h.example:443/x?y=1".to_owned()
            ]
        );
        assert_eq!(
            url_variants("http://[::1]:8080/a"),
            [
                "http://[::1]/a".to_owned(),
                "http://[::1]:8080/a".to_owned()
            ]
        );
        assert_eq!(url_variants("no scheme")[0], "no scheme");
        assert_eq!(url_variants("https://h:/p")[0], "https://h:/p");
    }
}
