//! Personal data never reaches the logs: not the caller's words, not the model's
//! answer, not the key — at every level, on success and on every kind of failure.

use bella_core::{Expect, ReferenceTime};
use bella_llm::{ExtractRequest, LlmClient, LlmConfig};
use serde_json::json;
use std::io::Write;
use std::sync::{Arc, Mutex};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Clone, Default)]
struct Sink(Arc<Mutex<Vec<u8>>>);

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn no_caller_words_answers_or_keys_in_logs() {
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        rt.block_on(async {
            let server = MockServer::start().await;
            let answers = [
                ResponseTemplate::new(200).set_body_json(
                    json!({"choices": [{"message": {"content": "{\"phone\":\"7805550199\"}"}}]}),
                ),
                ResponseTemplate::new(200).set_body_json(
                    json!({"choices": [{"message": {"content": "{\"phone\":7805550199}"}}]}),
                ),
                ResponseTemplate::new(200).set_body_string("7805550199 is not json"),
                ResponseTemplate::new(500).set_body_string("7805550199"),
            ];
            for answer in answers {
                server.reset().await;
                Mock::given(method("POST"))
                    .respond_with(answer)
                    .mount(&server)
                    .await;
                let mut config = LlmConfig::new(format!("{}/v1", server.uri()), "m");
                config.api_key = Some("sk-secret-key".into());
                let client = LlmClient::new(config).expect("client");
                let reference =
                    ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton")
                        .expect("valid");
                let request = ExtractRequest {
                    slot: Expect::Phone,
                    text: "Rocky here, seven eight oh 5550199",
                    reference,
                };
                let _ = client.extract(&request).await;
            }
        });
    });
    let logs = String::from_utf8_lossy(
        &sink
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    )
    .into_owned();
    assert!(
        logs.contains("llm"),
        "the test must see the client's log lines:\n{logs}"
    );
    for secret in ["5550199", "Rocky", "seven eight", "sk-secret"] {
        assert!(!logs.contains(secret), "{secret:?} leaked into:\n{logs}");
    }
}
