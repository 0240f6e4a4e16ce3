//! [`LlmConfig`]: where the model is and how long and how much it may take.

use crate::breaker::BreakerConfig;
use crate::budget::BudgetConfig;
use std::fmt;
use std::time::Duration;

/// How the answer's structure is requested from the server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResponseFormat {
    /// `response_format: {type: json_schema, json_schema: {…, strict: true}}` (OpenAI,
    /// vLLM, Ollama ≥ 0.5, llama.cpp's server).
    #[default]
    JsonSchema,
    /// `response_format: {type: json_object}`, for servers without schema support.
    JsonObject,
    /// No `response_format`; the prompt alone asks for JSON.
    None,
}

/// Everything the client needs. Build it with [`LlmConfig::new`] and adjust fields.
#[derive(Clone)]
pub struct LlmConfig {
    /// Base URL of the OpenAI-compatible API, up to and including `/v1`
    /// (`https://api.openai.com/v1`, `http://127.0.0.1:11434/v1`).
    pub base_url: String,
    /// The model name the server knows (`gpt-4o-mini`, `llama3.2`).
    pub model: String,
    /// Bearer key (`OPENAI_API_KEY`); `None` for local servers that need none.
    pub api_key: Option<String>,
    /// Time allowed to open the TCP (and TLS) connection, per attempt.
    pub connect_timeout: Duration,
    /// Time allowed for the whole call, retries included.
    pub total_timeout: Duration,
    /// Extra attempts after a connection error (never after a timeout or an HTTP error).
    pub max_retries: u32,
    /// First retry delay before jitter; doubles each retry.
    pub retry_base_delay: Duration,
    /// Largest retry delay before jitter.
    pub retry_max_delay: Duration,
    /// Cap on the answer's length.
    pub max_tokens: u32,
    /// How structured output is requested.
    pub response_format: ResponseFormat,
    /// Circuit breaker settings.
    pub breaker: BreakerConfig,
    /// Monthly budget and prices.
    pub budget: BudgetConfig,
}

impl LlmConfig {
    /// Defaults: 2.5 s total, 500 ms connect, 2 retries from 50 ms, breaker after 5
    /// failures with a 30 s cool-down, no budget limit.
    pub fn new(base_url: impl Into<String>, model: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            model: model.into(),
            api_key: None,
            connect_timeout: Duration::from_millis(500),
            total_timeout: Duration::from_millis(2500),
            max_retries: 2,
            retry_base_delay: Duration::from_millis(50),
            retry_max_delay: Duration::from_millis(400),
            max_tokens: 120,
            response_format: ResponseFormat::JsonSchema,
            breaker: BreakerConfig::default(),
            budget: BudgetConfig::default(),
        }
    }

    /// The chat-completions endpoint.
    pub fn endpoint(&self) -> String {
        format!("{}/chat/completions", self.base_url.trim_end_matches('/'))
    }
}

impl fmt::Debug for LlmConfig {
    /// The key is never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmConfig")
            .field("base_url", &self.base_url)
            .field("model", &self.model)
            .field("api_key", &self.api_key.as_ref().map(|_| "[set]"))
            .field("connect_timeout", &self.connect_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("max_retries", &self.max_retries)
            .field("retry_base_delay", &self.retry_base_delay)
            .field("retry_max_delay", &self.retry_max_delay)
            .field("max_tokens", &self.max_tokens)
            .field("response_format", &self.response_format)
            .field("breaker", &self.breaker)
            .field("budget", &self.budget)
            .finish()
    }
}
