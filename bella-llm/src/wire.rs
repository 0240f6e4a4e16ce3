//! The chat-completions request and a lenient reading of the response.
//!
//! Servers that speak "OpenAI-compatible" differ in the details (OpenAI, vLLM, Ollama,
//! llama.cpp's server): missing `usage`, `content` as a list of parts, extra fields,
//! a `refusal`, legacy `text` choices. Every field read here is optional and unknown
//! fields are ignored; only the model's answer inside is read strictly (see `answer`).

use crate::budget::Usage;
use crate::error::{LlmError, describe_json_error};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The body POSTed to `{base}/chat/completions`.
#[derive(Debug, Serialize)]
pub(crate) struct ChatRequest<'a> {
    pub model: &'a str,
    pub messages: Vec<Message>,
    pub temperature: f32,
    pub max_tokens: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_format: Option<Value>,
}

/// One chat message.
#[derive(Debug, Serialize)]
pub(crate) struct Message {
    pub role: &'static str,
    pub content: String,
}

#[derive(Debug, Deserialize)]
struct ChatResponse {
    #[serde(default)]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<WireUsage>,
}

#[derive(Debug, Deserialize)]
struct Choice {
    #[serde(default)]
    message: Option<WireMessage>,
    /// Legacy completions shape, still sent by some servers.
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
struct WireMessage {
    #[serde(default)]
    content: Option<Content>,
    #[serde(default)]
    refusal: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Content {
    Text(String),
    Parts(Vec<Part>),
    Other(Value),
}

#[derive(Debug, Deserialize)]
struct Part {
    #[serde(default)]
    text: Option<String>,
}

#[derive(Debug, Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: Option<u64>,
    #[serde(default)]
    completion_tokens: Option<u64>,
}

/// What was read from a response body.
#[derive(Debug)]
pub(crate) struct Reply {
    /// The model's text, or `None` when it refused.
    pub content: Option<String>,
    /// Tokens used, if the server said.
    pub usage: Option<Usage>,
}

/// Reads a response body; an unreadable body is [`LlmError::Malformed`].
pub(crate) fn read_reply(body: &[u8]) -> Result<Reply, LlmError> {
    let response: ChatResponse =
        serde_json::from_slice(body).map_err(|e| LlmError::Malformed(describe_json_error(&e)))?;
    let usage = response.usage.map(|u| Usage {
        prompt_tokens: u.prompt_tokens.unwrap_or(0),
        completion_tokens: u.completion_tokens.unwrap_or(0),
    });
    let choice = response
        .choices
        .into_iter()
        .next()
        .ok_or_else(|| LlmError::Malformed("no choices in the response".into()))?;
    if let Some(text) = choice.text {
        return Ok(Reply {
            content: Some(text),
            usage,
        });
    }
    let message = choice
        .message
        .ok_or_else(|| LlmError::Malformed("a choice without a message".into()))?;
    let content = match message.content {
        Some(Content::Text(text)) => Some(text),
        Some(Content::Parts(parts)) => Some(parts.into_iter().filter_map(|p| p.text).collect()),
        Some(Content::Other(Value::Null)) | None => None,
        Some(Content::Other(_)) => {
            return Err(LlmError::Malformed("unexpected content type".into()));
        }
    };
    match (content, message.refusal) {
        (Some(text), _) if !text.trim().is_empty() => Ok(Reply {
            content: Some(text),
            usage,
        }),
        (_, Some(_)) => Ok(Reply {
            content: None,
            usage,
        }),
        _ => Err(LlmError::Malformed("an empty message".into())),
    }
}

/// A rough token count for servers that report no usage: about four characters a token.
pub(crate) fn estimate_tokens(text: &str) -> u64 {
    (text.chars().count() as u64).div_ceil(4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shapes_servers_send() {
        let openai = br#"{"id":"x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"{\"phone\":null}","refusal":null},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15},"system_fingerprint":"fp"}"#;
        let r = read_reply(openai).expect("openai shape");
        assert_eq!(r.content.as_deref(), Some("{\"phone\":null}"));
        assert_eq!(
            r.usage,
            Some(Usage {
                prompt_tokens: 12,
                completion_tokens: 3
            })
        );

        let parts = br#"{"choices":[{"message":{"content":[{"type":"text","text":"{\"a\":"},{"type":"text","text":"1}"}]}}]}"#;
        let r = read_reply(parts).expect("content parts");
        assert_eq!(r.content.as_deref(), Some("{\"a\":1}"));
        assert_eq!(r.usage, None);

        let legacy = br#"{"choices":[{"text":"{}"}],"usage":{"prompt_tokens":1}}"#;
        let r = read_reply(legacy).expect("legacy text");
        assert_eq!(
            r.usage,
            Some(Usage {
                prompt_tokens: 1,
                completion_tokens: 0
            })
        );

        let refusal = br#"{"choices":[{"message":{"content":null,"refusal":"I can't help"}}]}"#;
        assert_eq!(read_reply(refusal).expect("refusal").content, None);
    }

    #[test]
    fn malformed_bodies_are_typed_errors_without_echoing_the_body() {
        for body in [
            &b"not json at all 4035550142"[..],
            b"{\"choices\":[]}",
            b"{\"choices\":[{}]}",
            b"{\"choices\":[{\"message\":{\"content\":\"  \"}}]}",
            b"{\"choices\":[{\"message\":{\"content\":42}}]}",
            b"{\"choices\":\"4035550142\"}",
            b"",
            b"\xff\xfe",
        ] {
            match read_reply(body) {
                Err(LlmError::Malformed(msg)) => assert!(!msg.contains("403"), "{msg}"),
                other => panic!("expected Malformed for {body:?}, got {other:?}"),
            }
        }
    }

    #[test]
    fn token_estimate_rounds_up() {
        assert_eq!(estimate_tokens(""), 0);
        assert_eq!(estimate_tokens("abcde"), 2);
    }
}
