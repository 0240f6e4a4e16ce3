//! Metric names (the `metrics` facade; `bella serve` exports them for Prometheus).

/// Counter: calls asked of the client, by `slot`.
pub const REQUESTS: &str = "bella_llm_requests_total";
/// Histogram (seconds): duration of calls that reached the network, by `outcome`
/// (`ok` or the failure kind).
pub const LATENCY: &str = "bella_llm_latency_seconds";
/// Counter: failed calls, by `kind` (see [`crate::LlmError::kind`]).
pub const FAILURES: &str = "bella_llm_failures_total";
/// Counter: retries after a connection error.
pub const RETRIES: &str = "bella_llm_retries_total";
/// Gauge: breaker state, 0 closed, 1 half-open, 2 open.
pub const BREAKER_STATE: &str = "bella_llm_breaker_state";
/// Counter: tokens used, by `kind` (`prompt`, `completion`).
pub const TOKENS: &str = "bella_llm_tokens_total";
/// Gauge: estimated cost this month, in US dollars.
pub const BUDGET_USED: &str = "bella_llm_budget_used_usd";

/// Histogram buckets for [`LATENCY`] (seconds), to give the Prometheus exporter
/// (`set_buckets_for_metric`), which otherwise exports a summary.
pub const LATENCY_BUCKETS: &[f64] = &[0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.5, 3.0, 5.0];

/// Registers descriptions of every metric with the installed recorder.
pub fn describe() {
    metrics::describe_counter!(REQUESTS, "LLM fallback calls, by slot");
    metrics::describe_histogram!(
        LATENCY,
        metrics::Unit::Seconds,
        "LLM call duration, by outcome"
    );
    metrics::describe_counter!(FAILURES, "LLM fallback failures, by kind");
    metrics::describe_counter!(RETRIES, "LLM retries after a connection error");
    metrics::describe_gauge!(
        BREAKER_STATE,
        "LLM circuit breaker: 0 closed, 1 half-open, 2 open"
    );
    metrics::describe_counter!(TOKENS, "LLM tokens used, by kind");
    metrics::describe_gauge!(BUDGET_USED, "Estimated LLM cost this month, in US dollars");
}
