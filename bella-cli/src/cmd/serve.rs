//! `bella serve`: answer Twilio voice webhooks.
//!
//! With no flags it serves the embedded default business on `127.0.0.1:8080` with a
//! SQLite file `./bella.db`, and prints a `bella dial` command line to try it. Every
//! flag can also come from the environment (shown in `--help`); the secrets come from
//! `TWILIO_AUTH_TOKEN` and `BELLA_API_KEY`. Without an auth token (and without
//! `--insecure-skip-signature`) a one-off token is generated for this run, so local
//! trials work while forged requests are still refused.
//!
//! Several servers may share one Postgres (`--database-url postgres://…`) and one
//! Redis (`--redis-url`): sessions are saved after every webhook with optimistic
//! concurrency, so consecutive turns of a call may land on different servers.
//! SIGINT or SIGTERM stops accepting connections and finishes requests in flight.

use anyhow::Context as _;
use bella_core::Secret;
use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::twiml::SayOptions;
use bella_twilio_adapter::{AdapterConfig, AppState, app};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Log line format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Arguments of `bella serve`.
#[derive(Debug, clap::Args)]
#[command(mut_arg("database_url", |a| a.help(
    "Appointments and records: `sqlite://PATH` (created if missing) or `postgres://…`"
)))]
pub struct Args {
    /// Address to listen on (port 0 picks a free port; the chosen one is printed).
    #[arg(long, env = "BELLA_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Appointments and records (`--database-url`).
    #[command(flatten)]
    pub db: super::db_args::DatabaseUrl,
    /// Keep call sessions in Redis (`redis://host:6379`) instead of the database.
    #[arg(long, env = "BELLA_REDIS_URL")]
    pub redis_url: Option<String>,
    /// The public base URL Twilio calls (e.g. `https://bella.example.com`); needed
    /// behind a proxy so signatures are checked against the URL Twilio signed.
    #[arg(long, env = "BELLA_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Business configuration (TOML); the embedded default business without it.
    #[arg(long, env = "BELLA_BUSINESS")]
    pub business: Option<PathBuf>,
    /// Twilio auth token used to check `X-Twilio-Signature`.
    #[arg(long, env = "TWILIO_AUTH_TOKEN", hide_env_values = true)]
    pub auth_token: Option<Secret>,
    /// Key for the admin API (`Authorization: Bearer …`); the API is off without it.
    #[arg(long, env = "BELLA_API_KEY", hide_env_values = true)]
    pub api_key: Option<Secret>,
    /// Accept unsigned webhooks. Only for local experiments: anyone could book.
    #[arg(long)]
    pub insecure_skip_signature: bool,
    /// How calls are answered: `gather` (a `<Gather>` webhook per caller turn) or
    /// `relay` (a Twilio ConversationRelay WebSocket per call, with barge-in).
    #[arg(long, env = "BELLA_VOICE_MODE", default_value = "gather")]
    pub voice_mode: bella_twilio_adapter::relay::VoiceMode,
    /// Log format.
    #[arg(long, env = "BELLA_LOG_FORMAT", value_enum, default_value = "text")]
    pub log_format: LogFormat,
    /// Less common settings (kept apart so the argument struct stays small).
    #[command(flatten)]
    pub more: Box<MoreArgs>,
}

/// Less common `bella serve` settings.
#[derive(Debug, clap::Args)]
pub struct MoreArgs {
    /// Twilio's REST API base for reminder calls and texts (a fake in tests).
    #[arg(long, env = "TWILIO_API_BASE", default_value = bella_notify::twilio::DEFAULT_API_BASE)]
    pub twilio_api_base: String,
    /// Seconds between two runs of the reminder scheduler.
    #[arg(long, env = "BELLA_NOTIFY_EVERY", default_value_t = 30)]
    pub notify_every: u64,
    /// Seconds a claimed outbox row is held before another server may take it over.
    #[arg(long, env = "BELLA_NOTIFY_LEASE", default_value_t = 120)]
    pub notify_lease: u64,
    /// Answering-machine detection of reminder calls: `sync` (default) or `async`.
    #[arg(long, env = "BELLA_REMINDER_AMD", default_value = "sync", value_parser = ["sync", "async"])]
    pub reminder_amd: String,
    /// Postgres schema to use (created if missing).
    #[arg(long, env = "BELLA_PG_SCHEMA")]
    pub pg_schema: Option<String>,
    /// Prefix of every Redis key.
    #[arg(long, env = "BELLA_REDIS_PREFIX", default_value = "bella:")]
    pub redis_prefix: String,
    /// Twilio `<Say>` voice.
    #[arg(long, env = "BELLA_VOICE", default_value = "Polly.Joanna-Neural")]
    pub voice: String,
    /// Language of `<Say>` and `<Gather>`, and of ConversationRelay in relay mode.
    #[arg(long, env = "BELLA_LANGUAGE", default_value = "en-CA")]
    pub language: String,
    /// `<Gather speechTimeout>`: `auto` or whole seconds of silence ending an answer.
    #[arg(long, env = "BELLA_SPEECH_TIMEOUT", default_value = "auto")]
    pub speech_timeout: String,
    /// Number to transfer to (overrides the business file's).
    #[arg(long, env = "BELLA_TRANSFER_NUMBER")]
    pub transfer_number: Option<String>,
    /// Most time one webhook may take before the caller hears the fallback, ms.
    #[arg(long, env = "BELLA_REQUEST_BUDGET_MS", default_value_t = 8000)]
    pub request_budget_ms: u64,
    /// Calls whose session is kept in memory after each save (write-through; the store
    /// stays the truth, so restarts and other servers lose nothing). 0 turns it off.
    #[arg(long, env = "BELLA_SESSION_CACHE", default_value_t = 10_000)]
    pub session_cache: usize,
    /// Days every call turn is kept (`transcript_retention_days`; an hourly job purges
    /// older turns); 0 stores no transcripts.
    #[arg(long, env = "BELLA_TRANSCRIPT_RETENTION_DAYS", default_value_t = 30)]
    pub transcript_retention_days: u32,
    /// Days every audit entry is kept (`audit_retention_days`; the hourly job purges
    /// older ones; at least 1).
    #[arg(long, env = "BELLA_AUDIT_RETENTION_DAYS",
        default_value_t = bella_twilio_adapter::manage::AUDIT_RETENTION_DAYS)]
    pub audit_retention_days: u32,
    /// Keep names and numbers plain in transcripts (masked by default).
    #[arg(long, env = "BELLA_TRANSCRIPTS_PLAIN")]
    pub transcripts_plain: bool,
    /// Database connection pool size.
    #[arg(long, env = "BELLA_DB_CONNECTIONS", default_value_t = 10)]
    pub db_connections: u32,
    /// Relay mode: speech synthesis provider (`Google`, `Amazon`, `ElevenLabs`).
    #[arg(long, env = "BELLA_RELAY_TTS_PROVIDER", default_value = "Google")]
    pub relay_tts_provider: String,
    /// Relay mode: the provider's voice.
    #[arg(long, env = "BELLA_RELAY_VOICE", default_value = "en-US-Journey-O")]
    pub relay_voice: String,
    /// Relay mode: speech recognition provider (`Deepgram`, `Google`).
    #[arg(
        long,
        env = "BELLA_RELAY_TRANSCRIPTION_PROVIDER",
        default_value = "Deepgram"
    )]
    pub relay_transcription_provider: String,
    /// Relay mode: speech recognition model (empty: the provider's default).
    #[arg(
        long,
        env = "BELLA_RELAY_SPEECH_MODEL",
        default_value = "nova-3-general"
    )]
    pub relay_speech_model: String,
    /// Relay mode: who may interrupt the agent (`any`, `speech`, `dtmf`, `none`).
    #[arg(long, env = "BELLA_RELAY_INTERRUPTIBLE", default_value = "any")]
    pub relay_interruptible: String,
    /// Twilio `<Say>` voice once a call is in French (`<Say>`/`<Gather>` use `fr-CA`).
    #[arg(long, env = "BELLA_VOICE_FR", default_value = "Polly.Gabrielle-Neural")]
    pub voice_fr: String,
    /// Relay mode: the provider's voice for French (`<Language code="fr-CA">`).
    #[arg(long, env = "BELLA_RELAY_VOICE_FR", default_value = "fr-CA-Neural2-A")]
    pub relay_voice_fr: String,
    /// Relay mode: the recognition model for French (empty: the provider's default).
    #[arg(
        long,
        env = "BELLA_RELAY_SPEECH_MODEL_FR",
        default_value = "nova-2-general"
    )]
    pub relay_speech_model_fr: String,
    /// The optional LLM fallback (`--llm-base-url`, `--llm-model`, `--llm-timeout-ms`,
    /// `--llm-monthly-budget`, ...).
    #[command(flatten)]
    pub llm: super::llm_args::LlmArgs,
}

/// Runs `bella serve`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    init_logging(args.log_format);
    let runtime = super::runtime()?;
    runtime.block_on(serve(args))?;
    Ok(ExitCode::SUCCESS)
}

/// Installs the global tracing subscriber (`RUST_LOG` filters; default `info`).
pub fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}

/// Reads the business file, or the embedded default.
pub fn load_business(path: Option<&PathBuf>) -> anyhow::Result<bella_dialog::Config> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("reading business file {}", p.display()))?;
            bella_dialog::Config::from_toml_str(&text)
                .with_context(|| format!("business file {}", p.display()))
        }
        None => Ok(bella_dialog::Config::default()),
    }
}

async fn serve(args: Args) -> anyhow::Result<()> {
    let mut dialog = load_business(args.business.as_ref())?;
    let llm = args.more.llm.build(&mut dialog)?;
    // The engine must know the number too: without one it tells the caller no one is
    // available instead of "let me put you through".
    if args.more.transfer_number.is_some() {
        dialog.transfer_number = args.more.transfer_number.clone();
    }
    let business = dialog.business_name.clone();
    let tz = dialog.tz();

    let (auth_token, generated_token) = match (&args.auth_token, args.insecure_skip_signature) {
        (_, true) => {
            tracing::warn!(
                "!!! --insecure-skip-signature: webhook signatures are NOT checked; anyone who \
                 can reach this server can book and cancel. Never use this in production. !!!"
            );
            eprintln!(
                "WARNING: --insecure-skip-signature: Twilio signatures are NOT checked. Local experiments only."
            );
            (None, false)
        }
        (Some(t), false) if !t.is_blank() => (Some(t.expose().trim().to_owned()), false),
        _ => (Some(format!("dev-{}", uuid::Uuid::new_v4().simple())), true),
    };

    let mut store_config = StoreConfig::new(&args.db.database_url)
        .with_redis(args.redis_url.as_deref())
        .with_redis_prefix(&args.more.redis_prefix)
        .with_max_connections(args.more.db_connections);
    if let Some(schema) = &args.more.pg_schema {
        store_config = store_config.with_pg_schema(schema);
    }
    let stores = Stores::connect_with(&store_config)
        .await
        .with_context(|| format!("opening the stores ({})", redact_url(&args.db.database_url)))?;

    let mut config = AdapterConfig::new(dialog, auth_token.clone());
    config.api_key = args.api_key.clone().filter(|k| !k.is_blank());
    config.public_url = args.public_url.clone();
    config.say = SayOptions {
        voice: args.more.voice.clone(),
        language: args.more.language.clone(),
    };
    config.speech_timeout.clone_from(&args.more.speech_timeout);
    config.voice_mode = args.voice_mode;
    config.relay = bella_twilio_adapter::relay::RelayOptions {
        primary: bella_twilio_adapter::twiml::RelayLanguage {
            code: args.more.language.clone(),
            tts_provider: args.more.relay_tts_provider.clone(),
            voice: args.more.relay_voice.clone(),
            transcription_provider: args.more.relay_transcription_provider.clone(),
            speech_model: args.more.relay_speech_model.clone(),
        },
        interruptible: args.more.relay_interruptible.clone(),
        ..bella_twilio_adapter::relay::RelayOptions::default()
    };
    config.say_fr.voice.clone_from(&args.more.voice_fr);
    config
        .relay
        .french
        .voice
        .clone_from(&args.more.relay_voice_fr);
    config
        .relay
        .french
        .speech_model
        .clone_from(&args.more.relay_speech_model_fr);
    config.session_cache = args.more.session_cache;
    config.request_budget = Duration::from_millis(args.more.request_budget_ms.clamp(500, 14_000));
    if args.more.transfer_number.is_some() {
        config.transfer_number = args.more.transfer_number.clone();
    }
    config.transcripts = bella_twilio_adapter::transcript::TranscriptOptions {
        enabled: args.more.transcript_retention_days > 0,
        mask_pii: !args.more.transcripts_plain,
        retention_days: args.more.transcript_retention_days.max(1),
    };
    let jobs = Arc::new(bella_twilio_adapter::jobs::JobBoard::default());
    spawn_housekeeping(
        stores.appointments.clone(),
        stores.sessions.clone(),
        store_config.clock.clone(),
        config.transcripts,
        args.more.audit_retention_days,
        jobs.clone(),
    );
    // Reminders and texts ([notifications]; see docs/outbound.md).
    let place = super::notify::Place {
        business: args.business.as_ref(),
        stores: &stores,
        database_url: &args.db.database_url,
        pg_schema: args.more.pg_schema.as_deref(),
        public_url: args.public_url.as_deref(),
        api_base: &args.more.twilio_api_base,
        lease_secs: args.more.notify_lease,
        async_amd: args.more.reminder_amd == "async",
        clock: &store_config.clock,
    };
    let notifying = super::notify::spawn_scheduler(place, args.more.notify_every).await?;
    // Calendars: ICS feeds, CalDAV push and pull (see docs/calendar.md). Pulled busy
    // times reach availability through the appointment store.
    let calendars = super::calendar::open(
        args.business.as_ref(),
        &args.db.database_url,
        args.more.pg_schema.as_deref(),
        tz,
    )
    .await?;
    let appointments = match &calendars {
        Some(c) => c.overlay(stores.appointments),
        None => stores.appointments,
    };
    let mut state = AppState::new(config, appointments, stores.sessions, stores.records);
    state.llm = llm.map(Arc::new);
    state.notifier = notifying.clone();
    state.calendars = calendars;
    state.jobs = jobs;

    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("binding {}", args.listen))?;
    let addr = listener.local_addr().context("reading the bound address")?;
    // The first stdout line is the address (tests and scripts read it).
    println!("listening on http://{addr}");
    tracing::info!(
        %addr,
        business = business.as_str(),
        tz = tz.name(),
        database = redact_url(&args.db.database_url).as_str(),
        redis = args.redis_url.is_some(),
        signatures = auth_token.is_some(),
        voice_mode = args.voice_mode.as_str(),
        admin_api = state.config.api_key.is_some(),
        notifications = notifying.is_some(),
        "bella serve started"
    );
    eprintln!(
        "Serving \"{business}\" ({}) on http://{addr} in {} mode",
        tz.name(),
        args.voice_mode.as_str()
    );
    eprintln!(
        "{}",
        try_a_call(
            &addr.to_string(),
            args.voice_mode,
            auth_token.as_deref(),
            generated_token
        )
    );

    // With the peer address, so the dashboard can limit sign-in attempts per client.
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("serving")?;
    tracing::info!("bella serve stopped; requests in flight were finished");
    Ok(())
}

/// The hint `bella serve` prints at start: a `bella dial` command line that makes a
/// call against this server in its voice mode (`--relay` for relay mode; a `<Gather>`
/// dial against a relay server hears nothing), signed with the one-off token when
/// the server made one up, or with the token the user gave it.
fn try_a_call(
    addr: &str,
    mode: bella_twilio_adapter::relay::VoiceMode,
    auth_token: Option<&str>,
    generated_token: bool,
) -> String {
    let relay = match mode {
        bella_twilio_adapter::relay::VoiceMode::Relay => " --relay",
        bella_twilio_adapter::relay::VoiceMode::Gather => "",
    };
    let dial = format!("bella dial{relay} --url http://{addr}");
    match auth_token {
        Some(token) if generated_token => format!(
            "No TWILIO_AUTH_TOKEN set: signatures are checked with a one-off token for this run.\n\
             Try a call:\n  {dial} --auth-token {token}\n\
             Point Twilio at it: set TWILIO_AUTH_TOKEN and --public-url (see README)."
        ),
        Some(_) => format!(
            "Try a call:\n  {dial}   (--auth-token or TWILIO_AUTH_TOKEN: the server's token)"
        ),
        None => format!("Try a call:\n  {dial}"),
    }
}

/// How long a booking's request key is remembered: far longer than Twilio retries a
/// webhook, so a retry never books twice.
const REQUEST_KEY_RETENTION: chrono::Duration = chrono::Duration::days(2);

/// Every hour, forgets old request keys, deletes expired call sessions and purges
/// transcript turns past their retention, so the database does not grow without
/// bound. Failures are logged and retried next hour.
fn spawn_housekeeping(
    appointments: Arc<dyn bella_store::AppointmentStore>,
    sessions: Arc<dyn bella_store::SessionStore>,
    clock: bella_twilio_adapter::Clock,
    transcripts: bella_twilio_adapter::transcript::TranscriptOptions,
    audit_retention_days: u32,
    jobs: Arc<bella_twilio_adapter::jobs::JobBoard>,
) {
    const EVERY: Duration = Duration::from_secs(3600);
    let every = chrono::Duration::seconds(3600);
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            // Each job's result is logged when it fails and shown on the dashboard.
            let report = |name: &'static str, result: Result<u64, bella_store::StoreError>| {
                if let Err(err) = &result {
                    tracing::warn!(%err, job = name, "background job failed");
                }
                let result = result.map_err(|e| e.to_string());
                jobs.report(name, every, clock.now(), result);
            };
            let before = clock.now() - REQUEST_KEY_RETENTION;
            report(
                "purge request keys",
                appointments.purge_request_keys(before).await,
            );
            report("purge expired sessions", sessions.purge_expired().await);
            let now = clock.now();
            report(
                "purge old transcripts",
                bella_twilio_adapter::transcript::purge(&*appointments, transcripts, now).await,
            );
            report(
                "purge old audit entries",
                bella_twilio_adapter::manage::purge_audit(
                    &*appointments,
                    audit_retention_days,
                    now,
                )
                .await,
            );
        }
    });
}

/// Resolves on SIGINT or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutdown signal received; finishing requests in flight");
}

/// A database URL without its password, for logs.
fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{user}:***{}", &url[..s + 3], &url[at..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The printed `bella dial` line matches the voice mode and the token.
    #[test]
    fn the_hint_dials_in_the_servers_voice_mode() {
        use bella_twilio_adapter::relay::VoiceMode;
        let gather = try_a_call("127.0.0.1:8080", VoiceMode::Gather, Some("dev-1"), true);
        assert!(
            gather.contains("bella dial --url http://127.0.0.1:8080 --auth-token dev-1"),
            "{gather}"
        );
        let relay = try_a_call("127.0.0.1:8080", VoiceMode::Relay, Some("dev-1"), true);
        assert!(
            relay.contains("bella dial --relay --url http://127.0.0.1:8080 --auth-token dev-1"),
            "{relay}"
        );
        let given = try_a_call("127.0.0.1:8080", VoiceMode::Relay, Some("secret-9"), false);
        assert!(
            given.contains("bella dial --relay --url http://127.0.0.1:8080"),
            "{given}"
        );
        assert!(
            !given.contains("secret-9"),
            "a token the user gave is not printed: {given}"
        );
        let unsigned = try_a_call("127.0.0.1:8080", VoiceMode::Gather, None, false);
        assert!(
            unsigned.ends_with("bella dial --url http://127.0.0.1:8080"),
            "{unsigned}"
        );
    }

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://bella:s3cret@db:5432/x"),
            "postgres://bella:***@db:5432/x"
        );
        assert_eq!(redact_url("sqlite://./bella.db"), "sqlite://./bella.db");
    }

    /// The auth token, the admin key and the LLM key print as `[secret]` wherever the
    /// parsed flags are formatted with `{:?}` (a startup log, a panic message).
    #[test]
    fn secrets_in_the_flags_print_redacted() {
        use clap::Parser;
        #[derive(Debug, Parser)]
        struct Cli {
            #[command(flatten)]
            serve: Args,
        }
        let cli = Cli::try_parse_from([
            "bella",
            "--auth-token",
            "tok-9f8e7d",
            "--api-key",
            "key-1a2b3c",
            "--llm-api-key",
            "sk-llm-4d5e6f",
        ])
        .expect("flags parse");
        let dbg = format!("{cli:?}");
        for secret in ["tok-9f8e7d", "key-1a2b3c", "sk-llm-4d5e6f"] {
            assert!(!dbg.contains(secret), "{secret} printed in {dbg}");
        }
        assert!(dbg.contains("[secret]"), "{dbg}");
        assert_eq!(
            cli.serve.auth_token.as_ref().map(Secret::expose),
            Some("tok-9f8e7d")
        );
        let config = AdapterConfig {
            api_key: cli.serve.api_key.clone(),
            ..AdapterConfig::new(bella_dialog::Config::default(), Some("tok-9f8e7d".into()))
        };
        let dbg = format!("{config:?}");
        assert!(
            !dbg.contains("tok-9f8e7d") && !dbg.contains("key-1a2b3c"),
            "{dbg}"
        );
    }
}
