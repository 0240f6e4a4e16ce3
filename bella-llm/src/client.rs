//! [`LlmClient`]: one extraction call with a deadline, retries, breaker and budget.

use crate::answer::{Candidate, parse_answer, schema_for};
use crate::breaker::{Admission, BreakerState, CircuitBreaker};
use crate::budget::{Budget, BudgetSnapshot, Usage};
use crate::config::{LlmConfig, ResponseFormat};
use crate::error::LlmError;
use crate::metrics as m;
use crate::prompt::{ExtractRequest, messages};
use crate::wire::{ChatRequest, Reply, estimate_tokens, read_reply};
use bella_clock::Clock;
use rand::Rng;
use reqwest::header::HeaderValue;
use serde_json::json;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// The largest response body read, in bytes; an answer of a few dozen tokens is far
/// smaller.
const MAX_BODY_BYTES: usize = 256 * 1024;

/// An OpenAI-compatible chat-completions client for slot extraction.
///
/// Cheap to clone (shared state behind an `Arc`): the breaker and the budget are
/// shared by every clone. Each [`LlmClient::extract`] call:
///
/// 1. refuses at once with [`LlmError::BudgetExhausted`] when the month's budget is
///    used up, or [`LlmError::BreakerOpen`] when the breaker is open;
/// 2. POSTs one request, retrying with jittered exponential back-off only after a
///    connection error and only while the total timeout leaves room;
/// 3. gives up with [`LlmError::Timeout`] at the total timeout;
/// 4. counts tokens and cost, and reads the answer strictly (see [`Candidate`]).
#[derive(Clone, Debug)]
pub struct LlmClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: LlmConfig,
    endpoint: String,
    auth: Option<HeaderValue>,
    http: reqwest::Client,
    clock: Clock,
    breaker: Mutex<CircuitBreaker>,
    budget: Mutex<Budget>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl LlmClient {
    /// A client on the system clock.
    pub fn new(config: LlmConfig) -> Result<Self, LlmError> {
        Self::with_clock(config, Clock::system())
    }

    /// A client whose breaker and budget read `clock` (tests use a
    /// [`Clock::manual`] and move it).
    pub fn with_clock(config: LlmConfig, clock: Clock) -> Result<Self, LlmError> {
        let url = reqwest::Url::parse(&config.base_url)
            .map_err(|e| LlmError::Config(format!("base url: {e}")))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(LlmError::Config("base url must be http or https".into()));
        }
        if config.model.trim().is_empty() {
            return Err(LlmError::Config("model name is empty".into()));
        }
        let auth = match config
            .api_key
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            Some(key) => {
                let mut value = HeaderValue::from_str(&format!("Bearer {key}")).map_err(|_| {
                    LlmError::Config("api key has characters not allowed in a header".into())
                })?;
                value.set_sensitive(true);
                Some(value)
            }
            None => None,
        };
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.total_timeout)
            .build()
            .map_err(|e| LlmError::Config(format!("http client: {e}")))?;
        let inner = Inner {
            endpoint: config.endpoint(),
            auth,
            http,
            clock,
            breaker: Mutex::new(CircuitBreaker::new(config.breaker)),
            budget: Mutex::new(Budget::new(config.budget)),
            config,
        };
        let client = Self {
            inner: Arc::new(inner),
        };
        client.publish_gauges();
        Ok(client)
    }

    /// The configuration in use.
    pub fn config(&self) -> &LlmConfig {
        &self.inner.config
    }

    /// The breaker's state now.
    pub fn breaker_state(&self) -> BreakerState {
        lock(&self.inner.breaker).state(self.inner.clock.instant())
    }

    /// This month's usage.
    pub fn budget(&self) -> BudgetSnapshot {
        lock(&self.inner.budget).snapshot(self.inner.clock.now())
    }

    /// Sets the breaker and budget gauges (called after every call; call it before a
    /// scrape if time may have moved the breaker to half-open).
    pub fn publish_gauges(&self) {
        metrics::gauge!(m::BREAKER_STATE).set(self.breaker_state().gauge());
        metrics::gauge!(m::BUDGET_USED).set(self.budget().cost_usd());
    }

    /// Asks the model for the value of `request.slot` in the caller's words.
    ///
    /// `Ok(None)`: the model found nothing. `Ok(Some(candidate))`: a schema-valid
    /// candidate, still to be validated by the engine. `Err`: no answer; the dialog
    /// treats it like a failed extraction.
    pub async fn extract(
        &self,
        request: &ExtractRequest<'_>,
    ) -> Result<Option<Candidate>, LlmError> {
        metrics::counter!(m::REQUESTS, "slot" => request.slot.as_str()).increment(1);
        let result = self.extract_inner(request).await;
        match &result {
            Ok(found) => {
                tracing::debug!(slot = %request.slot, found = found.is_some(), "llm answered")
            }
            Err(err) => {
                metrics::counter!(m::FAILURES, "kind" => err.kind()).increment(1);
                tracing::info!(slot = %request.slot, kind = err.kind(), "llm fallback failed: {err}");
            }
        }
        self.publish_gauges();
        result
    }

    async fn extract_inner(
        &self,
        request: &ExtractRequest<'_>,
    ) -> Result<Option<Candidate>, LlmError> {
        let (schema_name, schema) = schema_for(request.slot)?;
        let inner = &*self.inner;
        if !lock(&inner.budget).allows_call(inner.clock.now()) {
            return Err(LlmError::BudgetExhausted);
        }
        let probe = match lock(&inner.breaker).admit(inner.clock.instant()) {
            Admission::Allowed { probe } => probe,
            _ => return Err(LlmError::BreakerOpen),
        };
        let mut verdict = Verdict {
            inner,
            probe,
            settled: false,
        };

        let response_format = match inner.config.response_format {
            ResponseFormat::JsonSchema => Some(json!({
                "type": "json_schema",
                "json_schema": {"name": schema_name, "strict": true, "schema": schema},
            })),
            ResponseFormat::JsonObject => Some(json!({"type": "json_object"})),
            ResponseFormat::None => None,
        };
        let body = ChatRequest {
            model: &inner.config.model,
            messages: messages(request),
            temperature: 0.0,
            max_tokens: inner.config.max_tokens,
            response_format,
        };
        let prompt_chars: String = body
            .messages
            .iter()
            .map(|msg| msg.content.as_str())
            .collect();

        let started = Instant::now();
        let total = inner.config.total_timeout;
        let outcome = tokio::time::timeout(total, self.send_with_retries(&body, started + total))
            .await
            .unwrap_or(Err(LlmError::Timeout(total)));
        let label = match &outcome {
            Ok(_) => "ok",
            Err(err) => err.kind(),
        };
        metrics::histogram!(m::LATENCY, "outcome" => label).record(started.elapsed().as_secs_f64());
        match &outcome {
            Err(err) if err.is_server_failure() => verdict.failure(),
            _ => verdict.success(),
        }

        let reply = outcome?;
        let usage = reply.usage.unwrap_or_else(|| Usage {
            prompt_tokens: estimate_tokens(&prompt_chars),
            completion_tokens: reply.content.as_deref().map_or(0, estimate_tokens),
        });
        metrics::counter!(m::TOKENS, "kind" => "prompt").increment(usage.prompt_tokens);
        metrics::counter!(m::TOKENS, "kind" => "completion").increment(usage.completion_tokens);
        let _ = lock(&inner.budget).record(usage, inner.clock.now());

        let content = reply.content.ok_or(LlmError::Refused)?;
        parse_answer(request.slot, &content)
    }

    async fn send_with_retries(
        &self,
        body: &ChatRequest<'_>,
        deadline: Instant,
    ) -> Result<Reply, LlmError> {
        let inner = &*self.inner;
        let mut attempts: u32 = 0;
        loop {
            attempts += 1;
            let mut builder = inner.http.post(&inner.endpoint).json(body);
            if let Some(auth) = &inner.auth {
                builder = builder.header(reqwest::header::AUTHORIZATION, auth.clone());
            }
            let err = match builder.send().await {
                Ok(response) => return read_response(response, inner.config.total_timeout).await,
                Err(err) => err,
            };
            if err.is_connect() && attempts <= inner.config.max_retries {
                let unit: f64 = rand::rng().random();
                let delay = retry_delay(
                    attempts,
                    inner.config.retry_base_delay,
                    inner.config.retry_max_delay,
                    unit,
                );
                if Instant::now() + delay < deadline {
                    metrics::counter!(m::RETRIES).increment(1);
                    tokio::time::sleep(delay).await;
                    continue;
                }
            }
            return Err(if err.is_connect() {
                LlmError::Connect { attempts }
            } else if err.is_timeout() {
                LlmError::Timeout(inner.config.total_timeout)
            } else {
                LlmError::Transport(describe_reqwest_error(&err))
            });
        }
    }
}

async fn read_response(
    mut response: reqwest::Response,
    total: Duration,
) -> Result<Reply, LlmError> {
    let status = response.status();
    if !status.is_success() {
        return Err(LlmError::Status {
            status: status.as_u16(),
        });
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| {
        if e.is_timeout() {
            LlmError::Timeout(total)
        } else {
            LlmError::Transport(describe_reqwest_error(&e))
        }
    })? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(LlmError::Malformed("response body too large".into()));
        }
        body.extend_from_slice(&chunk);
    }
    read_reply(&body)
}

fn describe_reqwest_error(err: &reqwest::Error) -> String {
    let what = if err.is_body() || err.is_decode() {
        "body"
    } else if err.is_request() {
        "request"
    } else {
        "transport"
    };
    format!("{what} error")
}

/// The delay before retry number `attempt` (1-based): "full jitter", a uniform pick in
/// `[0, min(max, base · 2^(attempt-1))]`, with `unit` the uniform draw in `[0, 1)`.
pub fn retry_delay(attempt: u32, base: Duration, max: Duration, unit: f64) -> Duration {
    let exp = base.saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
    let ceiling = exp.min(max);
    let unit = if unit.is_finite() {
        unit.clamp(0.0, 1.0)
    } else {
        1.0
    };
    ceiling.mul_f64(unit)
}

/// Settles the breaker exactly once for an admitted call, even if the call's future
/// is dropped half-way (then an admitted probe counts as failed).
struct Verdict<'a> {
    inner: &'a Inner,
    probe: bool,
    settled: bool,
}

impl Verdict<'_> {
    fn success(&mut self) {
        self.settled = true;
        lock(&self.inner.breaker).on_success();
    }

    fn failure(&mut self) {
        self.settled = true;
        lock(&self.inner.breaker).on_failure(self.inner.clock.instant());
    }
}

impl Drop for Verdict<'_> {
    fn drop(&mut self) {
        if !self.settled {
            lock(&self.inner.breaker).on_abandoned(self.probe, self.inner.clock.instant());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_delay_is_jittered_exponential_and_capped() {
        let base = Duration::from_millis(50);
        let max = Duration::from_millis(400);
        assert_eq!(retry_delay(1, base, max, 1.0), Duration::from_millis(50));
        assert_eq!(retry_delay(2, base, max, 1.0), Duration::from_millis(100));
        assert_eq!(retry_delay(3, base, max, 0.5), Duration::from_millis(100));
        assert_eq!(retry_delay(9, base, max, 1.0), max);
        assert_eq!(retry_delay(u32::MAX, base, max, 1.0), max);
        assert_eq!(retry_delay(2, base, max, 0.0), Duration::ZERO);
        assert_eq!(
            retry_delay(2, base, max, f64::NAN),
            Duration::from_millis(100)
        );
    }

    #[test]
    fn bad_configuration_is_a_typed_error() {
        let bad_url = LlmConfig::new("not a url", "m");
        assert!(matches!(LlmClient::new(bad_url), Err(LlmError::Config(_))));
        let ftp = LlmConfig::new("ftp://example.invalid/v1", "m");
        assert!(matches!(LlmClient::new(ftp), Err(LlmError::Config(_))));
        let mut bad_key = LlmConfig::new("http://127.0.0.1:1/v1", "m");
        bad_key.api_key = Some("sk-\nsecret".into());
        let err = LlmClient::new(bad_key).expect_err("newline in key");
        assert!(!err.to_string().contains("secret"));
        let no_model = LlmConfig::new("http://127.0.0.1:1/v1", " ");
        assert!(matches!(LlmClient::new(no_model), Err(LlmError::Config(_))));
    }

    #[test]
    fn the_key_never_prints() {
        let mut config = LlmConfig::new("http://127.0.0.1:1/v1", "m");
        config.api_key = Some("sk-very-secret".into());
        let client = LlmClient::new(config).expect("valid");
        assert!(!format!("{client:?}").contains("very-secret"));
    }
}
