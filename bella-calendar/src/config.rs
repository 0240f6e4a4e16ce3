//! The calendar keys of the business TOML, read apart from the dialog's own parse:
//!
//! ```toml
//! [calendar]
//! busy_cache_secs = 60          # how long pulled busy times are fresh (default 60)
//! uid_domain = "bella.example"  # the right-hand side of event UIDs (default "bella")
//! caldav_include_phone = false  # write callers' numbers into pushed events
//!
//! [[resources]]
//! name = "Dr. Singh"
//! caldav_url = "https://caldav.example/dav/calendars/singh/work/"
//! caldav_user_env = "BELLA_CALDAV_USER_SINGH"
//! caldav_password_env = "BELLA_CALDAV_PASSWORD_SINGH"
//! # or: caldav_oauth = { client_id_env = "...", client_secret_env = "...",
//! #                      refresh_token_env = "...", token_url = "..." }
//! ```
//!
//! The `_env` keys name environment variables; the secrets are read from the
//! environment when the server starts and are never in the file.

use bella_core::Secret;
use serde::Deserialize;
use std::time::Duration;

/// Why the calendar configuration is refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("calendar config: {0}")]
pub struct ConfigError(pub String);

/// `"Front desk"` → `front-desk`, `"Dr. Amara Singh"` → `dr-amara-singh`: lower-case
/// letters and digits, runs of anything else one `-`, none at either end.
#[must_use]
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// How to sign in to a CalDAV server.
#[derive(Clone, Debug)]
pub enum Auth {
    /// No credentials (a server on a private network).
    None,
    /// HTTP Basic (iCloud and Nextcloud app passwords, Radicale).
    Basic {
        /// User name.
        user: String,
        /// Password.
        password: Secret,
    },
    /// OAuth 2 bearer tokens from a refresh token (Google).
    OAuth(OAuthConfig),
}

/// The OAuth client of `caldav_oauth`, with its secrets read from the environment.
#[derive(Clone, Debug)]
pub struct OAuthConfig {
    /// Client id.
    pub client_id: String,
    /// Client secret.
    pub client_secret: Secret,
    /// The long-lived refresh token.
    pub refresh_token: Secret,
    /// The token endpoint (`https://oauth2.googleapis.com/token`).
    pub token_url: String,
}

/// One resource's CalDAV calendar.
#[derive(Clone, Debug)]
pub struct CaldavTarget {
    /// The resource as stored on appointments (`""`: the business's only one).
    pub resource: String,
    /// The calendar collection URL, ending in `/`.
    pub url: String,
    /// How to sign in.
    pub auth: Auth,
}

/// Everything calendar-related of one business.
#[derive(Clone, Debug)]
pub struct CalendarConfig {
    /// The business's name (the feed's `X-WR-CALNAME`).
    pub business: String,
    /// The resources by name, in file order (for feed slugs).
    pub resources: Vec<String>,
    /// The resources that sync with CalDAV.
    pub targets: Vec<CaldavTarget>,
    /// How long pulled busy times are fresh.
    pub busy_ttl: Duration,
    /// The right-hand side of event UIDs.
    pub uid_domain: String,
    /// Whether events pushed over CalDAV carry the caller's number.
    pub caldav_include_phone: bool,
}

#[derive(Debug, Default, Deserialize)]
struct RawFile {
    business_name: Option<String>,
    calendar: Option<RawCalendar>,
    #[serde(default)]
    resources: Vec<RawResource>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalendar {
    busy_cache_secs: Option<u64>,
    uid_domain: Option<String>,
    caldav_include_phone: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
struct RawResource {
    name: Option<String>,
    caldav_url: Option<String>,
    caldav_user_env: Option<String>,
    caldav_password_env: Option<String>,
    caldav_oauth: Option<RawOAuth>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOAuth {
    client_id_env: String,
    client_secret_env: String,
    refresh_token_env: String,
    token_url: String,
}

fn err(msg: String) -> ConfigError {
    ConfigError(msg)
}

impl CalendarConfig {
    /// No resources, no CalDAV (a business without a file).
    #[must_use]
    pub fn empty(business: &str) -> Self {
        Self {
            business: business.to_owned(),
            resources: Vec::new(),
            targets: Vec::new(),
            busy_ttl: Duration::from_secs(60),
            uid_domain: "bella".to_owned(),
            caldav_include_phone: false,
        }
    }

    /// Reads the business TOML, taking secrets from `env` (the process environment in
    /// production: `|k| std::env::var(k).ok()`). A missing variable is an error that
    /// names it, never a silent unauthenticated sync.
    pub fn from_toml(
        text: &str,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| err(e.message().to_owned()))?;
        let mut cfg = Self::empty(raw.business_name.as_deref().unwrap_or("Bella"));
        if let Some(c) = raw.calendar {
            if let Some(s) = c.busy_cache_secs {
                if s == 0 || s > 86_400 {
                    return Err(err("calendar.busy_cache_secs must be 1 to 86400".into()));
                }
                cfg.busy_ttl = Duration::from_secs(s);
            }
            cfg.caldav_include_phone = c.caldav_include_phone.unwrap_or(false);
            if let Some(d) = c.uid_domain {
                if d.trim().is_empty() || d.contains(char::is_whitespace) {
                    return Err(err("calendar.uid_domain must be one word".into()));
                }
                cfg.uid_domain = d;
            }
        }
        for (i, r) in raw.resources.into_iter().enumerate() {
            let name = r.name.unwrap_or_default().trim().to_owned();
            let at = |f: &str| format!("resources[{i}].{f}");
            if let Some(url) = r.caldav_url {
                let auth = match (r.caldav_user_env, r.caldav_password_env, r.caldav_oauth) {
                    (None, None, None) => Auth::None,
                    (Some(u), Some(p), None) => Auth::Basic {
                        user: read_env(env, &u, &at("caldav_user_env"))?,
                        password: read_env(env, &p, &at("caldav_password_env"))?.into(),
                    },
                    (None, None, Some(o)) => Auth::OAuth(OAuthConfig {
                        client_id: read_env(env, &o.client_id_env, &at("caldav_oauth"))?,
                        client_secret: read_env(env, &o.client_secret_env, &at("caldav_oauth"))?
                            .into(),
                        refresh_token: read_env(env, &o.refresh_token_env, &at("caldav_oauth"))?
                            .into(),
                        token_url: o.token_url,
                    }),
                    _ => {
                        return Err(err(format!(
                            "{}: give caldav_user_env and caldav_password_env, or caldav_oauth",
                            at("caldav_url")
                        )));
                    }
                };
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(err(format!("{} must be an http(s) URL", at("caldav_url"))));
                }
                let url = if url.ends_with('/') {
                    url
                } else {
                    format!("{url}/")
                };
                cfg.targets.push(CaldavTarget {
                    resource: name.clone(),
                    url,
                    auth,
                });
            } else if r.caldav_user_env.is_some() || r.caldav_oauth.is_some() {
                return Err(err(format!("{} is missing", at("caldav_url"))));
            }
            cfg.resources.push(name);
        }
        Ok(cfg)
    }

    /// The stored resource name a feed slug names (`Some("")` for the business's only
    /// resource when it lists none), or `None` for an unknown slug.
    #[must_use]
    pub fn resource_of_slug(&self, feed: &str) -> Option<&str> {
        if self.resources.is_empty() && feed == slug(&self.business) {
            return Some("");
        }
        self.resources
            .iter()
            .find(|r| slug(r) == feed)
            .map(String::as_str)
    }

    /// The CalDAV calendar of a stored resource, if it syncs.
    #[must_use]
    pub fn target(&self, resource: &str) -> Option<&CaldavTarget> {
        self.targets.iter().find(|t| t.resource == resource)
    }
}

fn read_env(
    env: &dyn Fn(&str) -> Option<String>,
    var: &str,
    field: &str,
) -> Result<String, ConfigError> {
    env(var)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| err(format!("{field}: environment variable {var} is not set")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(k: &str) -> Option<String> {
        match k {
            "U" => Some("singh".into()),
            "P" => Some("pw".into()),
            _ => None,
        }
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Front desk"), "front-desk");
        assert_eq!(slug("Dr. Amara Singh"), "dr-amara-singh");
        assert_eq!(slug("  Bay #1 "), "bay-1");
        assert_eq!(slug("Ève"), "ève");
    }

    #[test]
    fn reads_resources_and_secrets_from_env() {
        let text = "business_name = \"Clinic\"\n[calendar]\nbusy_cache_secs = 30\n\
            [[resources]]\nname = \"Dr. Singh\"\ncaldav_url = \"http://x/cal\"\n\
            caldav_user_env = \"U\"\ncaldav_password_env = \"P\"\n[[resources]]\nname = \"Room\"\n";
        let c = CalendarConfig::from_toml(text, &env).unwrap();
        assert_eq!(c.busy_ttl, Duration::from_secs(30));
        assert_eq!(c.targets.len(), 1);
        assert_eq!(c.targets[0].url, "http://x/cal/");
        assert!(matches!(&c.targets[0].auth, Auth::Basic { user, .. } if user == "singh"));
        assert_eq!(c.resource_of_slug("dr-singh"), Some("Dr. Singh"));
        assert_eq!(c.resource_of_slug("room"), Some("Room"));
        assert_eq!(c.resource_of_slug("nobody"), None);
        assert!(c.target("Room").is_none());
    }

    #[test]
    fn refuses_missing_env_and_half_configs() {
        let missing = "[[resources]]\nname = \"A\"\ncaldav_url = \"http://x/\"\n\
            caldav_user_env = \"U\"\ncaldav_password_env = \"NOPE\"\n";
        let e = CalendarConfig::from_toml(missing, &env).unwrap_err();
        assert!(e.0.contains("NOPE"), "{e}");
        let half =
            "[[resources]]\nname = \"A\"\ncaldav_url = \"http://x/\"\ncaldav_user_env = \"U\"\n";
        assert!(CalendarConfig::from_toml(half, &env).is_err());
        let no_url = "[[resources]]\nname = \"A\"\ncaldav_user_env = \"U\"\n";
        assert!(CalendarConfig::from_toml(no_url, &env).is_err());
        let bad = "[[resources]]\nname = \"A\"\ncaldav_url = \"ftp://x/\"\n";
        assert!(CalendarConfig::from_toml(bad, &env).is_err());
        assert!(CalendarConfig::from_toml("[calendar]\nbusy_cache_secs = 0\n", &env).is_err());
        assert!(CalendarConfig::from_toml("[calendar]\nnope = 1\n", &env).is_err());
    }
}
