//! OAuth 2 access tokens for CalDAV servers that want them (Google): a refresh-token
//! grant at `token_url`, cached, and refreshed [`REFRESH_MARGIN`] before it expires
//! (or at once after a 401), so a sync never starts with a token about to die.

use crate::config::OAuthConfig;
use bella_core::Secret;
use serde::Deserialize;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::Instant;

/// How long before its expiry a token is replaced.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// Why no token could be had.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OAuthError {
    /// The token endpoint could not be reached.
    #[error("token endpoint unreachable: {0}")]
    Unreachable(String),
    /// It answered with an error status (the body is not kept: it may echo secrets).
    #[error("token endpoint answered {0}")]
    Refused(u16),
    /// It answered something that is not a token.
    #[error("token endpoint answered no access_token")]
    Malformed,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    expires_in: Option<u64>,
}

/// A cached access token for one OAuth client.
#[derive(Debug)]
pub struct TokenSource {
    cfg: OAuthConfig,
    http: reqwest::Client,
    cached: Mutex<Option<(Secret, Instant)>>,
}

impl TokenSource {
    /// A source that has fetched nothing yet.
    #[must_use]
    pub fn new(cfg: OAuthConfig, http: reqwest::Client) -> Self {
        Self {
            cfg,
            http,
            cached: Mutex::new(None),
        }
    }

    /// A token valid for at least [`REFRESH_MARGIN`], fetched if the cached one is not.
    pub async fn token(&self) -> Result<Secret, OAuthError> {
        let mut cached = self.cached.lock().await;
        if let Some((t, until)) = cached.as_ref()
            && Instant::now() + REFRESH_MARGIN < *until
        {
            return Ok(t.clone());
        }
        let (t, lifetime) = self.fetch().await?;
        metrics::counter!("bella_calendar_oauth_refresh_total").increment(1);
        *cached = Some((t.clone(), Instant::now() + lifetime));
        Ok(t)
    }

    /// Forgets the cached token (after the server refused it).
    pub async fn invalidate(&self) {
        *self.cached.lock().await = None;
    }

    async fn fetch(&self) -> Result<(Secret, Duration), OAuthError> {
        let form = [
            ("grant_type", "refresh_token"),
            ("refresh_token", self.cfg.refresh_token.expose()),
            ("client_id", self.cfg.client_id.as_str()),
            ("client_secret", self.cfg.client_secret.expose()),
        ];
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let resp = self
            .http
            .post(&self.cfg.token_url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|e| OAuthError::Unreachable(e.without_url().to_string()))?;
        if !resp.status().is_success() {
            return Err(OAuthError::Refused(resp.status().as_u16()));
        }
        let answer: TokenAnswer = resp.json().await.map_err(|_| OAuthError::Malformed)?;
        if answer.access_token.is_empty() {
            return Err(OAuthError::Malformed);
        }
        // Without expires_in, assume Google's hour.
        let lifetime = Duration::from_secs(answer.expires_in.unwrap_or(3600));
        Ok((Secret::from(answer.access_token), lifetime))
    }
}
