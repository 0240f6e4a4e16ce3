//! `bella dial`: drive a running `bella serve` exactly as Twilio would.
//!
//! Each call posts a signed `/twilio/voice`, then follows the TwiML: it answers every
//! `<Gather>` at its action URL with the persona's utterance for what the agent expects
//! (read from the action URL's `expect`), follows `<Redirect>`s, and stops at
//! `<Hangup/>` or `<Dial>`; then it posts the `completed` status callback. Personas are
//! SPEC §3 lines (`--personas FILE.jsonl`); without the flag a built-in booking call is
//! played and its conversation printed.
//!
//! With `--concurrency N --calls M` it is a load generator: M calls (cycling through the
//! personas), N at a time, reporting throughput in webhook turns per second and the
//! latency percentiles of single webhooks.
//!
//! With `--api-key` each call's appointment is looked up through the admin API and
//! printed (`--jsonl`); with `--business FILE` it is also checked against the business
//! the server runs (`dial_check.rs`).
//!
//! With `--relay` it plays the calls over ConversationRelay instead, exactly as Twilio
//! does against `bella serve --voice-mode relay`: the signed `/twilio/voice`, the signed
//! WebSocket upgrade, `setup`, prompts (or keys with `--keypad`), interruptions of a
//! share of replies at a random word (`--interrupt-share`), and the `<Connect action>`
//! request at the end. It reports prompt → first token and prompt → `last` token
//! percentiles and the outcomes.

use anyhow::Context as _;
use bella_core::Secret;
use bella_twilio_adapter::sim::{
    CallCase, DriveOptions, HttpAnswer, PlayedCall, RoundRobin, SimError, Transport,
    drive_call_with, webhook_headers,
};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Arguments of `bella dial`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The server's base URL. Give it several times to spread every call's webhooks
    /// over several servers in turn (a load balancer without stickiness).
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    pub url: Vec<String>,
    /// The URL the server believes it has (its `--public-url`); requests are signed
    /// for it. Defaults to `--url`.
    #[arg(long)]
    pub public_url: Option<String>,
    /// Twilio auth token to sign with (the server's `TWILIO_AUTH_TOKEN`).
    #[arg(long, env = "TWILIO_AUTH_TOKEN", hide_env_values = true)]
    pub auth_token: Option<Secret>,
    /// SPEC §3 JSON Lines: one call per line (`id`, `caller_id`, `persona`).
    #[arg(long)]
    pub personas: Option<PathBuf>,
    /// Calls in flight at once.
    #[arg(long, default_value_t = 1)]
    pub concurrency: usize,
    /// Calls to make in all (default: one per persona).
    #[arg(long)]
    pub calls: Option<usize>,
    /// Most agent turns per call.
    #[arg(long, default_value_t = 30)]
    pub max_turns: usize,
    /// Pause before each answer, ms (a caller speaking). With N calls in flight the
    /// offered load is about N / (think + latency) turns per second.
    #[arg(long, default_value_t = 0)]
    pub think_ms: u64,
    /// Leave calls open: no `completed` status callback, so their sessions stay live
    /// (to measure the server with many open calls).
    #[arg(long)]
    pub leave_open: bool,
    /// Print each call as a JSON line instead of a summary line.
    #[arg(long)]
    pub jsonl: bool,
    /// Print every exchange of every call.
    #[arg(long)]
    pub verbose: bool,
    /// Play the calls over ConversationRelay (the server runs `--voice-mode relay`).
    #[arg(long)]
    pub relay: bool,
    /// Relay: where the WebSocket really is (default: `--url` with `ws://`).
    #[arg(long)]
    pub ws_url: Option<String>,
    /// Relay: share of replies (0 to 1) the caller talks over at a random word.
    #[arg(long, default_value_t = 0.0)]
    pub interrupt_share: f64,
    /// Relay: key phone numbers in (`dtmf`) instead of saying them.
    #[arg(long)]
    pub keypad: bool,
    /// The server's admin API key: each call's appointment (named by the server in
    /// `X-Bella-Appointment`) is looked up and printed with `--jsonl` (`name`,
    /// `phone`, `start`, `service`, `resource`, `minutes`). Gather mode only.
    #[arg(long, env = "BELLA_API_KEY", hide_env_values = true)]
    pub api_key: Option<Secret>,
    /// The business file the server runs (its `--business`): every appointment the
    /// calls make is checked against it (a service it sells, its length, a resource
    /// that offers it, a start inside that resource's hours); a call whose booking
    /// breaks it counts as an error. Needs `--api-key`.
    #[arg(long)]
    pub business: Option<PathBuf>,
}

/// Sends webhooks over HTTP with a pooled client to one server (several are spread in
/// turn by [`Servers`]).
#[derive(Clone, Debug)]
pub(super) struct Http {
    client: reqwest::Client,
    url: String,
    public_url: String,
}

/// Every `--url`, each request sent to the next in turn.
pub(super) type Servers = Arc<RoundRobin<Http>>;

impl Transport for Http {
    fn base_url(&self) -> &str {
        &self.public_url
    }

    async fn post(
        &self,
        path: &str,
        body: String,
        signature: Option<String>,
    ) -> Result<HttpAnswer, SimError> {
        let mut req = self
            .client
            .post(format!("{}{path}", self.url.trim_end_matches('/')))
            .body(body);
        for (name, value) in webhook_headers(signature) {
            req = req.header(name, value);
        }
        let resp = req.send().await.map_err(SimError::transport)?;
        let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
        let body = resp.text().await.map_err(SimError::transport)?;
        Ok(HttpAnswer::new(status, &headers, body))
    }
}

/// The call played without `--personas`.
pub(super) const DEMO: &str = r#"{"id":"demo","caller_id":"+14035550142","persona":{"intent":["Hi, I'd like to book an appointment for Thursday at 10 in the morning"],"name":["My name is Jo Roy"],"phone":["four oh three, five five five, oh one four two"],"time":["Friday at 2 pm"],"confirm":["yes"],"other":["no thanks"]}}"#;

fn load_cases(path: Option<&PathBuf>) -> anyhow::Result<Vec<CallCase>> {
    let text = match path {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => DEMO.to_owned(),
    };
    let mut cases = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let case: CallCase =
            serde_json::from_str(line).with_context(|| format!("persona line {}", i + 1))?;
        cases.push(case);
    }
    anyhow::ensure!(!cases.is_empty(), "no personas to call");
    Ok(cases)
}

/// Runs `bella dial`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let cases = load_cases(args.personas.as_ref())?;
    let business = match &args.business {
        Some(p) => Some(super::serve::load_business(Some(p))?),
        None => None,
    };
    let api_key = args
        .api_key
        .as_ref()
        .map(|k| k.expose().to_owned())
        .filter(|k| !k.is_empty());
    anyhow::ensure!(
        business.is_none() || api_key.is_some(),
        "--business checks each booking through the admin API: give --api-key too"
    );
    anyhow::ensure!(
        !args.relay || api_key.is_none(),
        "--api-key and --business work in Gather mode only (not with --relay)"
    );
    let total = args.calls.unwrap_or(cases.len()).max(1);
    let concurrency = args.concurrency.clamp(1, 10_000);
    let runtime = super::runtime()?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(concurrency)
        .timeout(Duration::from_secs(20))
        .build()
        .context("http client")?;
    let public_url = args.public_url.as_ref().or(args.url.first());
    let each: Vec<Http> = args
        .url
        .iter()
        .map(|url| Http {
            client: client.clone(),
            url: url.clone(),
            public_url: public_url.cloned().unwrap_or_default(),
        })
        .collect();
    let servers: Servers = Arc::new(RoundRobin::new(each).context("give at least one --url")?);
    let token = args
        .auth_token
        .as_ref()
        .map(|t| t.expose().to_owned())
        .filter(|t| !t.is_empty());
    let single = total == 1 && args.personas.is_none();
    if args.relay {
        let plan = super::dial_relay::Plan {
            total,
            concurrency,
            transcripts: single || args.verbose,
        };
        return super::dial_relay::run(&args, &runtime, servers, token, cases, plan);
    }
    let played = runtime.block_on(play_all(
        servers,
        token,
        Arc::new(cases),
        total,
        concurrency,
        DriveOptions {
            max_turns: args.max_turns,
            send_status: !args.leave_open,
            think: Duration::from_millis(args.think_ms),
        },
    ));
    let (mut results, elapsed) = played;
    if let Some(key) = &api_key {
        runtime.block_on(super::dial_check::look_up(
            &client,
            &args.url[0],
            key,
            &mut results,
        ));
    }
    if let Some(cfg) = &business {
        super::dial_check::check_all(cfg, &mut results);
    }
    report(&args, &results, elapsed, single || args.verbose);
    let errors = results.iter().filter(|c| c.outcome == "error").count();
    Ok(exit_status(errors))
}

async fn play_all(
    servers: Servers,
    token: Option<String>,
    cases: Arc<Vec<CallCase>>,
    total: usize,
    concurrency: usize,
    opts: DriveOptions,
) -> (Vec<PlayedCall>, Duration) {
    let started = Instant::now();
    let all = play_pool(cases, total, concurrency, move |cases, i, sid| {
        let (servers, token) = (servers.clone(), token.clone());
        async move { drive_call_with(&*servers, token.as_deref(), &cases[i], &sid, opts).await }
    })
    .await;
    (all, started.elapsed())
}

/// Plays `total` calls on `concurrency` workers: call `n` is `play(cases, i, sid)`
/// with `i = n % cases.len()` and a fresh call sid. The results, in call order (a
/// worker that panicked loses its calls). Shared by the webhook and relay dialers.
pub(super) async fn play_pool<T, F, Fut>(
    cases: Arc<Vec<CallCase>>,
    total: usize,
    concurrency: usize,
    play: F,
) -> Vec<T>
where
    T: Send + 'static,
    F: Fn(Arc<Vec<CallCase>>, usize, String) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = T> + Send,
{
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..concurrency.min(total) {
        let (cases, next, play) = (cases.clone(), next.clone(), play.clone());
        workers.spawn(async move {
            let mut done = Vec::new();
            loop {
                let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if n >= total {
                    break;
                }
                let sid = format!("CA{}", uuid::Uuid::new_v4().simple());
                let i = n % cases.len();
                done.push((n, play(cases.clone(), i, sid).await));
            }
            done
        });
    }
    let mut all = Vec::with_capacity(total);
    while let Some(joined) = workers.join_next().await {
        if let Ok(done) = joined {
            all.extend(done);
        }
    }
    all.sort_by_key(|(n, _)| *n);
    all.into_iter().map(|(_, c)| c).collect()
}

/// One turn of a transcript: what Bella said, then the caller's answer (or silence,
/// when an answer was expected).
pub(super) fn print_turn(agent: &str, caller: Option<&str>, expect: Option<&str>) {
    println!("  Bella: {agent}");
    match caller {
        Some(c) => println!("  Caller ({}): {c}", expect.unwrap_or("-")),
        None if expect.is_some() => println!("  Caller: (silence)"),
        None => {}
    }
}

/// `"  error: …"` after a call that ended in an error; empty otherwise.
pub(super) fn error_note(error: Option<&str>) -> String {
    error.map(|e| format!("  error: {e}")).unwrap_or_default()
}

/// The exit status of a dial: 1 when any call ended in an error.
pub(super) fn exit_status(errors: usize) -> ExitCode {
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn report(args: &Args, results: &[PlayedCall], elapsed: Duration, transcripts: bool) {
    for call in results {
        if args.jsonl {
            println!("{}", serde_json::to_string(call).unwrap_or_default());
            continue;
        }
        if transcripts {
            println!("── call {} ──", call.id);
            for t in &call.turns {
                print_turn(&t.agent, t.caller.as_deref(), t.expect.as_deref());
            }
        }
        if transcripts || results.len() <= 50 {
            let err = error_note(call.error.as_deref());
            println!(
                "{} {} ({} turns){err}",
                call.id,
                call.outcome,
                call.turns.len()
            );
        }
    }
    let mut latencies: Vec<Duration> = results
        .iter()
        .flat_map(|c| c.latencies.iter().copied())
        .collect();
    latencies.sort_unstable();
    let turns = latencies.len();
    let secs = elapsed.as_secs_f64().max(1e-9);
    eprintln!(
        "calls {} in {:.2}s, concurrency {}: {} webhook turns, {:.0} turns/s, {:.1} calls/s",
        results.len(),
        secs,
        args.concurrency,
        turns,
        turns as f64 / secs,
        results.len() as f64 / secs
    );
    print_percentiles("latency ms:", &latencies);
    print_outcomes(
        results
            .iter()
            .map(|c| (c.outcome.as_str(), c.error.as_deref())),
    );
}

/// The `p`th percentile of sorted durations, in milliseconds (0 when empty).
pub(super) fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let idx = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[idx.min(sorted.len() - 1)].as_secs_f64() * 1000.0
}

/// Prints `label` with the p50, p90, p99 and max of sorted durations, in milliseconds.
pub(super) fn print_percentiles(label: &str, sorted: &[Duration]) {
    eprintln!(
        "{label} p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        percentile(sorted, 50.0),
        percentile(sorted, 90.0),
        percentile(sorted, 99.0),
        percentile(sorted, 100.0)
    );
}

/// Prints how many calls ended in each outcome, and the first error, from each call's
/// `(outcome, error)`.
pub(super) fn print_outcomes<'a>(calls: impl Iterator<Item = (&'a str, Option<&'a str>)>) {
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut first_error = None;
    for (outcome, error) in calls {
        *outcomes.entry(outcome).or_default() += 1;
        first_error = first_error.or(error);
    }
    let summary: Vec<String> = outcomes.iter().map(|(k, v)| format!("{k} {v}")).collect();
    eprintln!("outcomes: {}", summary.join(", "));
    if let Some(err) = first_error {
        eprintln!("first error: {err}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_and_dev_calls_parse() {
        assert_eq!(load_cases(None).unwrap().len(), 1);
        let bad = std::env::temp_dir().join(format!("bella-dial-bad-{}.jsonl", std::process::id()));
        std::fs::write(&bad, "{not json\n").unwrap();
        assert!(load_cases(Some(&bad)).is_err());
        let _ = std::fs::remove_file(bad);
    }
}
