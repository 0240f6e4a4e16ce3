//! The `--llm-*` flags of `bella serve` and what they build: the optional LLM fallback.
//!
//! Without `--llm-base-url` there is no LLM and the engine's fallback is off: Bella
//! works fully on its rules. With it, the engine asks the model only for a slot the
//! rules could not read, and validates whatever comes back with the same rules.

use anyhow::Context as _;
use bella_core::Secret;
use bella_llm::{BudgetConfig, LlmClient, LlmConfig, ResponseFormat};
use bella_twilio_adapter::llm::LlmFallback;
use std::time::Duration;

/// The longest `--llm-timeout-ms`: the engine's deadline is this plus a margin, and the
/// redirect that picks an answer up waits at most until then, which must stay inside
/// the webhook budget (8 s by default) and far from Twilio's 15 s.
const MAX_TIMEOUT_MS: u64 = 6000;

/// How structured output is requested (`--llm-response-format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LlmFormat {
    /// `response_format: json_schema` (OpenAI, vLLM, Ollama, llama.cpp's server).
    JsonSchema,
    /// `response_format: json_object`, for servers without schema support.
    JsonObject,
    /// No `response_format`; the prompt alone asks for JSON.
    None,
}

/// LLM fallback settings.
#[derive(Debug, clap::Args)]
pub struct LlmArgs {
    /// OpenAI-compatible base URL, up to `/v1` (`https://api.openai.com/v1`,
    /// `http://127.0.0.1:11434/v1` for Ollama, `http://127.0.0.1:8081/v1` for
    /// llama.cpp's server). No LLM without it.
    #[arg(long, env = "BELLA_LLM_BASE_URL")]
    pub llm_base_url: Option<String>,
    /// Model name the server knows.
    #[arg(long, env = "BELLA_LLM_MODEL", default_value = "gpt-4o-mini")]
    pub llm_model: String,
    /// Total time one LLM call may take, retries included, ms (100 to 6000: a webhook
    /// must answer well inside its own budget and Twilio's 15 s).
    #[arg(long, env = "BELLA_LLM_TIMEOUT_MS", default_value_t = 2500)]
    pub llm_timeout_ms: u64,
    /// Monthly budget in US dollars; past it no call is made until the next month.
    #[arg(long, env = "BELLA_LLM_MONTHLY_BUDGET")]
    pub llm_monthly_budget: Option<f64>,
    /// Bearer key for the LLM server (not needed by local servers).
    #[arg(long, env = "OPENAI_API_KEY", hide_env_values = true)]
    pub llm_api_key: Option<Secret>,
    /// Price of a million prompt tokens in US dollars, for the budget (0 for a local model).
    #[arg(long, env = "BELLA_LLM_PROMPT_PRICE", default_value_t = 0.15)]
    pub llm_prompt_price: f64,
    /// Price of a million completion tokens in US dollars.
    #[arg(long, env = "BELLA_LLM_COMPLETION_PRICE", default_value_t = 0.60)]
    pub llm_completion_price: f64,
    /// How structured output is requested.
    #[arg(
        long,
        env = "BELLA_LLM_RESPONSE_FORMAT",
        value_enum,
        default_value = "json-schema"
    )]
    pub llm_response_format: LlmFormat,
    /// How long a webhook waits for the LLM before answering "One moment" and a
    /// redirect that picks the answer up, ms.
    #[arg(long, env = "BELLA_LLM_INLINE_WAIT_MS", default_value_t = 1200)]
    pub llm_inline_wait_ms: u64,
}

impl LlmArgs {
    /// The client configuration these flags describe, or `None` without a base URL.
    pub fn config(&self) -> anyhow::Result<Option<LlmConfig>> {
        let Some(url) = self
            .llm_base_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        else {
            return Ok(None);
        };
        if let Some(budget) = self.llm_monthly_budget {
            anyhow::ensure!(
                budget.is_finite() && budget >= 0.0,
                "--llm-monthly-budget must be a non-negative number of dollars"
            );
        }
        anyhow::ensure!(
            [self.llm_prompt_price, self.llm_completion_price]
                .iter()
                .all(|p| p.is_finite() && *p >= 0.0),
            "LLM prices must be non-negative numbers"
        );
        let mut config = LlmConfig::new(url, self.llm_model.trim());
        config.api_key = self
            .llm_api_key
            .as_ref()
            .filter(|k| !k.is_blank())
            .map(|k| k.expose().to_owned());
        config.total_timeout =
            Duration::from_millis(self.llm_timeout_ms.clamp(100, MAX_TIMEOUT_MS));
        config.connect_timeout = config.connect_timeout.min(config.total_timeout);
        config.response_format = match self.llm_response_format {
            LlmFormat::JsonSchema => ResponseFormat::JsonSchema,
            LlmFormat::JsonObject => ResponseFormat::JsonObject,
            LlmFormat::None => ResponseFormat::None,
        };
        config.budget = BudgetConfig {
            monthly_usd: self.llm_monthly_budget,
            prompt_usd_per_mtok: self.llm_prompt_price,
            completion_usd_per_mtok: self.llm_completion_price,
        };
        Ok(Some(config))
    }

    /// Builds the fallback (or `None`) and sets the engine's side to match: the
    /// fallback on only with an LLM, and the engine's deadline just past the
    /// client's total timeout.
    pub fn build(&self, dialog: &mut bella_dialog::Config) -> anyhow::Result<Option<LlmFallback>> {
        let Some(config) = self.config()? else {
            dialog.llm_fallback = false;
            return Ok(None);
        };
        let total = config.total_timeout;
        let client = LlmClient::new(config).context("LLM fallback configuration")?;
        dialog.llm_fallback = true;
        let secs = (total + Duration::from_millis(500)).as_secs_f64().ceil();
        dialog.llm_timeout_secs = secs.clamp(1.0, 12.0) as u32;
        let inline = Duration::from_millis(self.llm_inline_wait_ms).min(total);
        tracing::info!(
            model = client.config().model.as_str(),
            timeout_ms = total.as_millis() as u64,
            budget_usd = self.llm_monthly_budget,
            "LLM fallback on"
        );
        Ok(Some(LlmFallback::new(client).with_inline_wait(inline)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Cli {
        #[command(flatten)]
        llm: LlmArgs,
    }

    fn parse(args: &[&str]) -> LlmArgs {
        Cli::try_parse_from(std::iter::once("bella").chain(args.iter().copied()))
            .expect("flags parse")
            .llm
    }

    /// The fallback `args` configure (they must), and the engine settings they set.
    fn built(args: &[&str]) -> (LlmFallback, bella_dialog::Config) {
        let mut dialog = bella_dialog::Config::default();
        let fallback = parse(args)
            .build(&mut dialog)
            .expect("valid")
            .expect("configured");
        (fallback, dialog)
    }

    #[test]
    fn without_a_base_url_there_is_no_llm_and_the_fallback_is_off() {
        let mut dialog = bella_dialog::Config {
            llm_fallback: true,
            ..Default::default()
        };
        assert!(parse(&[]).build(&mut dialog).expect("valid").is_none());
        assert!(!dialog.llm_fallback);
    }

    #[test]
    fn flags_build_the_client_and_set_the_engine_deadline() {
        let (fallback, dialog) = built(&[
            "--llm-base-url",
            "http://127.0.0.1:11434/v1",
            "--llm-model",
            "llama3.2",
            "--llm-timeout-ms",
            "3000",
            "--llm-monthly-budget",
            "5",
            "--llm-prompt-price",
            "0",
        ]);
        let config = fallback.client().config();
        assert_eq!(config.model, "llama3.2");
        assert_eq!(config.total_timeout, Duration::from_millis(3000));
        assert_eq!(config.budget.monthly_usd, Some(5.0));
        assert_eq!(config.budget.prompt_usd_per_mtok, 0.0);
        assert!(dialog.llm_fallback);
        assert_eq!(dialog.llm_timeout_secs, 4, "3 s client timeout + margin");
        assert_eq!(fallback.inline_wait(), Duration::from_millis(1200));
    }

    #[test]
    fn the_timeout_is_capped_so_a_pickup_fits_the_webhook_budget() {
        let (fallback, dialog) = built(&[
            "--llm-base-url",
            "http://127.0.0.1:1/v1",
            "--llm-timeout-ms",
            "60000",
        ]);
        assert_eq!(
            fallback.client().config().total_timeout,
            Duration::from_millis(MAX_TIMEOUT_MS)
        );
        assert!(dialog.llm_timeout_secs <= 7, "{}", dialog.llm_timeout_secs);
    }

    #[test]
    fn bad_values_are_clear_errors() {
        let mut dialog = bella_dialog::Config::default();
        let bad_budget = parse(&["--llm-base-url", "http://x/v1", "--llm-monthly-budget=-1"]);
        assert!(bad_budget.build(&mut dialog).is_err());
        let bad_url = parse(&["--llm-base-url", "not a url"]);
        assert!(bad_url.build(&mut dialog).is_err());
    }
}
