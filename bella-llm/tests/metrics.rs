//! The client's metrics, read back through the Prometheus exporter the server uses.

use bella_core::{Expect, ReferenceTime};
use bella_llm::{ExtractRequest, LlmClient, LlmConfig, LlmError, metrics as m};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn requests_latency_failures_breaker_and_budget_are_exported() {
    let recorder = PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(m::LATENCY.to_owned()), m::LATENCY_BUCKETS)
        .expect("buckets")
        .build_recorder();
    let handle = recorder.handle();
    metrics::with_local_recorder(&recorder, || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            m::describe();
            let server = MockServer::start().await;
            Mock::given(method("POST"))
                .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                    "choices": [{"message": {"content": "{\"phone\":\"4035550142\"}"}}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 5},
                })))
                .up_to_n_times(1)
                .mount(&server)
                .await;
            Mock::given(method("POST"))
                .respond_with(ResponseTemplate::new(503))
                .mount(&server)
                .await;
            let client = LlmClient::new(LlmConfig::new(format!("{}/v1", server.uri()), "m"))
                .expect("client");
            let reference = ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton")
                .expect("valid");
            let request = ExtractRequest {
                slot: Expect::Phone,
                text: "x",
                reference,
            };
            assert!(client.extract(&request).await.is_ok());
            assert_eq!(
                client.extract(&request).await,
                Err(LlmError::Status { status: 503 })
            );
        });
    });
    let text = handle.render();
    for needle in [
        "bella_llm_requests_total{slot=\"phone\"} 2",
        "bella_llm_failures_total{kind=\"status\"} 1",
        "bella_llm_latency_seconds_bucket{outcome=\"ok\",le=\"2.5\"} 1",
        "bella_llm_latency_seconds_count{outcome=\"status\"} 1",
        "bella_llm_tokens_total{kind=\"prompt\"} 100",
        "bella_llm_tokens_total{kind=\"completion\"} 5",
        "bella_llm_breaker_state 0",
        "bella_llm_budget_used_usd 0.000018",
    ] {
        assert!(text.contains(needle), "missing {needle:?} in:\n{text}");
    }
}
