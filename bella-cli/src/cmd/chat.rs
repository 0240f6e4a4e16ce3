//! `bella chat`: be the caller in the terminal.
//!
//! Type what a caller would say; the agent's replies are printed. The engine runs
//! through the same run loop as `bella serve` (`bella_twilio_adapter::runloop`), with
//! its store requests executed on the embedded SQLite store (or any `--database-url`).
//! An empty line is silence; `/digits 4035550142` types on the keypad; `/quit` or
//! end of input hangs up.

use anyhow::Context as _;
use bella_core::PhoneNumber;
use bella_dialog::{CallInfo, Dialog, Input};
use bella_store::Stores;
use bella_twilio_adapter::Clock;
use bella_twilio_adapter::runloop::{self, Reply, RunContext};
use chrono::{DateTime, Utc};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Arguments of `bella chat`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where appointments are kept: `sqlite://PATH`, `sqlite::memory:` or `postgres://…`.
    #[arg(
        long,
        env = "BELLA_DATABASE_URL",
        default_value = "sqlite://./bella.db"
    )]
    pub database_url: String,
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
}

/// Runs `bella chat`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let config = Arc::new(super::serve::load_business(args.business.as_ref())?);
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
        let stores = Stores::connect(&args.database_url, None)
            .await
            .context("opening the store")?;
        let tz = config.tz();
        let call_id = format!("chat-{}", uuid::Uuid::new_v4().simple());
        let now = clock.now();
        let mut dialog = Dialog::new(
            config,
            CallInfo {
                call_id,
                caller_id: caller,
            },
            now,
        );
        let ctx = RunContext {
            appointments: stores.appointments.as_ref(),
            llm: None,
            tz,
            clock: &clock,
        };
        let mut reply = runloop::run(&mut dialog, Input::CallStarted { now }, ctx).await?;
        loop {
            show(&reply, args.show_expect);
            if reply.hangup.is_some() || reply.transfer.is_some() || dialog.is_ended() {
                break;
            }
            print!("you> ");
            let _ = std::io::stdout().flush();
            let Some(Ok(line)) = lines.next() else {
                println!();
                break;
            };
            let now = clock.now();
            let mut next = Reply::default();
            if reply.deadline.is_some_and(|d| d <= now) {
                next = runloop::run(&mut dialog, Input::Timer { now }, ctx).await?;
                if dialog.is_ended() {
                    reply = next;
                    continue;
                }
            }
            let line = line.trim();
            let input = if line == "/quit" {
                break;
            } else if let Some(d) = line.strip_prefix("/digits") {
                Input::Digits {
                    now,
                    digits: d.trim().to_owned(),
                }
            } else if line.is_empty() {
                Input::Silence { now }
            } else {
                Input::CallerTurn {
                    now,
                    text: line.to_owned(),
                    confidence: 0.9,
                }
            };
            let more = runloop::run(&mut dialog, input, ctx).await?;
            next.says.extend(more.says);
            next.listen = more.listen;
            next.transfer = more.transfer;
            next.hangup = more.hangup;
            next.deadline = more.deadline;
            reply = next;
        }
        let outcome = dialog.outcome().map_or("no_booking", |o| o.as_str());
        println!("(call ended: {outcome})");
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn show(reply: &Reply, show_expect: bool) {
    for s in &reply.says {
        println!("Bella: {s}");
    }
    if let Some(to) = &reply.transfer {
        println!(
            "(transferring to {})",
            to.as_deref().unwrap_or("the front desk")
        );
    }
    if show_expect && let Some(l) = &reply.listen {
        println!("(expects {})", l.expect);
    }
}
