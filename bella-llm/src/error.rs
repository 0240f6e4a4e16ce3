//! [`LlmError`]: why a fallback call produced no candidate value.

use std::time::Duration;

/// Why an LLM call gave no usable answer. The dialog treats every variant the same
/// way (as if the rules had failed, so the caller is asked again); the variants exist
/// for logs, metrics and tests.
///
/// Messages never include the caller's words or the model's answer: both may hold
/// personal data.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LlmError {
    /// The configured monthly budget is used up; no call was made.
    #[error("the llm budget for this month is used up")]
    BudgetExhausted,
    /// The circuit breaker is open (recent calls failed); no call was made.
    #[error("the llm circuit breaker is open")]
    BreakerOpen,
    /// No complete answer within the total timeout.
    #[error("the llm call timed out after {0:?}")]
    Timeout(Duration),
    /// The server could not be reached, even after retrying.
    #[error("cannot connect to the llm server ({attempts} attempts)")]
    Connect {
        /// How many connection attempts were made.
        attempts: u32,
    },
    /// The server answered with a non-success HTTP status.
    #[error("the llm server answered http {status}")]
    Status {
        /// The HTTP status code.
        status: u16,
    },
    /// Another transport failure (TLS, reset connection, body read).
    #[error("the llm request failed: {0}")]
    Transport(String),
    /// The body is not a chat-completions response.
    #[error("the llm server sent a malformed response: {0}")]
    Malformed(String),
    /// The model's answer does not fit the schema asked for; it is ignored.
    #[error("the llm answer does not fit the schema: {0}")]
    Schema(String),
    /// The model refused to answer.
    #[error("the llm refused to answer")]
    Refused,
    /// The client cannot extract this kind of slot.
    #[error("the llm fallback does not handle the slot {0:?}")]
    UnsupportedSlot(bella_core::Expect),
    /// The configuration is unusable (bad base URL, bad key characters).
    #[error("invalid llm configuration: {0}")]
    Config(String),
}

impl LlmError {
    /// A short stable label for metrics (`kind="timeout"`).
    pub const fn kind(&self) -> &'static str {
        match self {
            Self::BudgetExhausted => "budget",
            Self::BreakerOpen => "breaker_open",
            Self::Timeout(_) => "timeout",
            Self::Connect { .. } => "connect",
            Self::Status { .. } => "status",
            Self::Transport(_) => "transport",
            Self::Malformed(_) => "malformed",
            Self::Schema(_) => "schema",
            Self::Refused => "refused",
            Self::UnsupportedSlot(_) => "unsupported_slot",
            Self::Config(_) => "config",
        }
    }

    /// True when the failure says the server is unhealthy (the breaker counts it).
    /// An answer that is well-formed but breaks the schema is the model's fault, not
    /// the server's, and does not trip the breaker.
    pub const fn is_server_failure(&self) -> bool {
        matches!(
            self,
            Self::Timeout(_)
                | Self::Connect { .. }
                | Self::Status { .. }
                | Self::Transport(_)
                | Self::Malformed(_)
        )
    }
}

/// Describes a `serde_json` error without quoting the input (which may hold
/// personal data): its category and position only.
pub(crate) fn describe_json_error(err: &serde_json::Error) -> String {
    let what = match err.classify() {
        serde_json::error::Category::Io => "i/o error",
        serde_json::error::Category::Syntax => "invalid json",
        serde_json::error::Category::Data => "unexpected shape",
        serde_json::error::Category::Eof => "truncated json",
    };
    format!("{what} at line {} column {}", err.line(), err.column())
}
