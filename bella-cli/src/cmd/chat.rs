//! `bella chat`: be the caller in the terminal.
//!
//! Type what a caller would say; the agent's replies are printed. The call runs through
//! the same call driver as `bella serve` (`bella_twilio_adapter::driver`): its session,
//! store requests and call record live in the embedded SQLite store (or any
//! `--database-url`), and a deadline that passed while you typed (the longest call) is
//! delivered before your line, exactly as between two webhooks.
//! An empty line is silence; `/digits 4035550142` types on the keypad; `/quit` or
//! end of input hangs up.

use anyhow::Context as _;
use bella_core::PhoneNumber;
use bella_dialog::Outcome;
use bella_dialog::driver::Reply;
use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::Clock;
use bella_twilio_adapter::cache::SessionCache;
use bella_twilio_adapter::driver::{Answer, CallDriver, CallerInput};
use chrono::{DateTime, Utc};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// How long the chat's session is kept if the process dies mid-call.
const SESSION_TTL: Duration = Duration::from_secs(3600);

/// Arguments of `bella chat`.
#[derive(Debug, clap::Args)]
#[command(mut_arg("database_url", |a| a.help(
    "Where appointments are kept: `sqlite://PATH`, `sqlite::memory:` or `postgres://…`"
)))]
pub struct Args {
    /// Where appointments are kept (`--database-url`).
    #[command(flatten)]
    pub db: super::db_args::DatabaseUrl,
    /// Business configuration (TOML); the embedded default business without it.
    #[arg(long, env = "BELLA_BUSINESS")]
    pub business: Option<PathBuf>,
    /// The number you are "calling from" (E.164).
    #[arg(long)]
    pub caller_id: Option<String>,
    /// Pretend the call starts at this RFC 3339 instant (time then runs normally).
    #[arg(long)]
    pub now: Option<String>,
    /// Show what the agent expects before each answer.
    #[arg(long)]
    pub show_expect: bool,
    /// The language the call opens in (`fr`, `en`, `fr-CA`, ...); the agent still
    /// follows the language you type in. Default: the business's first.
    #[arg(long)]
    pub lang: Option<bella_dialog::Lang>,
}

/// Runs `bella chat`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut config = super::serve::load_business(args.business.as_ref())?;
    if let Some(lang) = args.lang {
        config.open_in(lang);
    }
    let config = Arc::new(config);
    let caller = match args.caller_id.as_deref() {
        Some(c) => Some(
            PhoneNumber::from_e164(c).context("--caller-id must be E.164, e.g. +14035550142")?,
        ),
        None => None,
    };
    let clock = match args.now.as_deref() {
        Some(t) => Clock::starting_at(
            DateTime::parse_from_rfc3339(t)
                .context("--now must be RFC 3339")?
                .with_timezone(&Utc),
        ),
        None => Clock::system(),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    runtime.block_on(async move {
        // The stores read the same clock, so `--now` moves session expiry too.
        let store_config = StoreConfig::new(&args.db.database_url).with_clock(clock.clone());
        let stores = Stores::connect_with(&store_config)
            .await
            .context("opening the store")?;
        let driver = CallDriver {
            appointments: stores.appointments,
            sessions: stores.sessions,
            records: stores.records,
            // One call, one process: nothing to cache.
            cache: Arc::new(SessionCache::new(0, SESSION_TTL)),
            llm: None,
            clock,
            dialog: config,
            session_ttl: SESSION_TTL,
            notifier: None,
            transcripts: bella_twilio_adapter::transcript::TranscriptOptions::default(),
        };
        let call_id = format!("chat-{}", uuid::Uuid::new_v4().simple());
        let text = |reply: &Reply, _turn: u32| reply.text();
        let mut answer = driver.start(&call_id, caller.clone(), text).await?;
        // A closed stdout (`bella chat | head`) ends the call quietly, never a panic.
        let mut out = std::io::stdout().lock();
        let output_gone = loop {
            if show(&mut out, &answer, args.show_expect).is_err() {
                break true;
            }
            if answer.outcome.is_some() {
                break false;
            }
            if write!(out, "you> ").and_then(|()| out.flush()).is_err() {
                break true;
            }
            let Some(Ok(line)) = lines.next() else {
                let _ = writeln!(out);
                break false;
            };
            let line = line.trim();
            let input = if line == "/quit" {
                break false;
            } else if let Some(d) = line.strip_prefix("/digits") {
                CallerInput::digits(d)
            } else if line.is_empty() {
                CallerInput::Silence
            } else {
                CallerInput::speech(line, 0.9)
            };
            answer = driver
                .turn(&call_id, caller.clone(), None, input, text)
                .await?;
        };
        let outcome = answer.outcome.unwrap_or(Outcome::NoBooking);
        // Record the end (the caller hung up, unless the agent did) and drop the session.
        driver.close(&call_id).await?;
        if !output_gone {
            let _ = writeln!(out, "(call ended: {})", outcome.as_str());
        }
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Writes what the agent said (and did) to `out`; an error means the reader is gone.
fn show(out: &mut impl Write, answer: &Answer, show_expect: bool) -> std::io::Result<()> {
    let Some(reply) = &answer.reply else {
        return Ok(());
    };
    for s in &reply.says {
        writeln!(out, "Bella: {s}")?;
    }
    if let Some(to) = &reply.transfer {
        writeln!(
            out,
            "(transferring to {})",
            to.as_deref().unwrap_or("the front desk")
        )?;
    }
    if show_expect && let Some(l) = &reply.listen {
        writeln!(out, "(expects {})", l.expect)?;
    }
    Ok(())
}
