//! Prometheus metrics: names, buckets and the process-wide recorder.
//!
//! The exporter is installed once per process ([`install`]); later calls return the
//! same handle, so several in-process apps (tests) share it. Histograms get explicit
//! buckets, otherwise the exporter would publish them as summaries.
//!
//! | metric | kind | labels |
//! |---|---|---|
//! | `bella_calls_started_total` | counter | |
//! | `bella_calls_ended_total` | counter | `outcome` |
//! | `bella_turns_total` | counter | |
//! | `bella_turn_duration_seconds` | histogram | |
//! | `bella_extraction_failures_total` | counter | `slot` (the expectation asked again) |
//! | `bella_bookings_total` | counter | `kind` (`booked`, `cancelled`, `rescheduled`) |
//! | `bella_webhook_errors_total` | counter | `kind` (`signature`, `internal`, `timeout`, `conflict`, `relay_dropped`) |
//! | `bella_relay_first_token_seconds` | histogram | (relay: prompt received → first token sent) |
//! | `bella_relay_bad_frames_total` | counter | `kind` (`not_json`, `binary`, `too_large`, ...) |
//! | `bella_relay_open_sockets` | gauge | |
//! | `bella_reminder_calls_answered_total` | counter | `answered_by` (`human`, `machine`, `unknown`) |
//! | `bella_reminder_outcomes_total` | counter | `outcome` (`confirmed`, `voicemail`, `cancelled`, `rescheduled`, `transferred`, ...), once per reminder |
//! | `bella_reminder_calls_ended_total` | counter | `state` (the outbox row's: `done`, `pending` for a retry, `failed`) |
//! | `bella_llm_*` | | the LLM fallback's, listed in `bella_llm::metrics` |

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;

/// Calls started.
pub const CALLS_STARTED: &str = "bella_calls_started_total";
/// Calls ended, by outcome.
pub const CALLS_ENDED: &str = "bella_calls_ended_total";
/// Caller turns handled.
pub const TURNS: &str = "bella_turns_total";
/// Time to handle one webhook turn, seconds.
pub const TURN_SECONDS: &str = "bella_turn_duration_seconds";
/// Answers the engine could not use, by the slot it asked for again.
pub const EXTRACTION_FAILURES: &str = "bella_extraction_failures_total";
/// Appointments booked, cancelled or rescheduled.
pub const BOOKINGS: &str = "bella_bookings_total";
/// Webhook failures, by kind.
pub const WEBHOOK_ERRORS: &str = "bella_webhook_errors_total";

/// Reminder calls answered, by who answered (answering-machine detection).
pub const REMINDER_ANSWERED: &str = "bella_reminder_calls_answered_total";
/// Reminder calls' outcomes (`confirmed`, `voicemail`, ...), once per outbox row.
pub const REMINDER_OUTCOMES: &str = "bella_reminder_outcomes_total";

/// Turn latency buckets, seconds: 0.5 ms to 10 s.
pub const TURN_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Relay prompt → first token buckets, seconds: 0.1 ms to 1 s.
pub const FIRST_TOKEN_BUCKETS: &[f64] = &[
    0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0015, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.02, 0.05,
    0.1, 0.25, 1.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the Prometheus recorder for this process (once) and returns its handle,
/// or `None` if another recorder was installed first.
pub fn install() -> Option<PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(TURN_SECONDS.to_owned()), TURN_BUCKETS)
                .ok()?
                .set_buckets_for_metric(
                    Matcher::Full(crate::relay::socket::FIRST_TOKEN_SECONDS.to_owned()),
                    FIRST_TOKEN_BUCKETS,
                )
                .ok()?
                .set_buckets_for_metric(
                    Matcher::Full(bella_llm::metrics::LATENCY.to_owned()),
                    bella_llm::metrics::LATENCY_BUCKETS,
                )
                .ok()?;
            let recorder = builder.build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            describe();
            bella_llm::metrics::describe();
            Some(handle)
        })
        .clone()
}

fn describe() {
    metrics::describe_counter!(CALLS_STARTED, "Calls started");
    metrics::describe_counter!(CALLS_ENDED, "Calls ended, by outcome");
    metrics::describe_counter!(TURNS, "Caller turns handled");
    metrics::describe_histogram!(
        TURN_SECONDS,
        metrics::Unit::Seconds,
        "Time to answer one webhook turn"
    );
    metrics::describe_counter!(
        EXTRACTION_FAILURES,
        "Answers the engine could not use, by the slot asked again"
    );
    metrics::describe_counter!(BOOKINGS, "Appointments booked, cancelled or rescheduled");
    metrics::describe_counter!(WEBHOOK_ERRORS, "Webhook failures answered with a fallback");
    metrics::describe_counter!(
        REMINDER_ANSWERED,
        "Reminder calls answered, by who answered"
    );
    metrics::describe_counter!(
        REMINDER_OUTCOMES,
        "Reminder calls' outcomes, once per reminder"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_exports_buckets() {
        let handle = install().expect("recorder installs");
        metrics::histogram!(TURN_SECONDS).record(0.003);
        metrics::counter!(EXTRACTION_FAILURES, "slot" => "phone").increment(1);
        let text = handle.render();
        assert!(
            text.contains("bella_turn_duration_seconds_bucket{le=\"0.005\"}"),
            "{text}"
        );
        assert!(
            text.contains("bella_extraction_failures_total{slot=\"phone\"}"),
            "{text}"
        );
        // A second install is the same recorder.
        assert!(install().is_some());
    }
}
