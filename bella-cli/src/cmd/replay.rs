//! `bella replay FILE`: plays a plain transcript (one caller line per line) through
//! the engine against an in-memory appointment book, and prints the conversation.
//!
//! An empty line is a silence; a line `#digits 4035550142` is keypad entry; lines
//! starting with `//` are comments. The clock is the given `--now` (default: the
//! current time); each caller line is five seconds after the previous one.

use anyhow::Context;
use bella_core::{PhoneNumber, ReferenceTime};
use bella_dialog::driver::SimDriver;
use bella_dialog::sim::MemoryBook;
use bella_dialog::{CallInfo, Config, Dialog, Input, Output};
use std::process::ExitCode;
use std::sync::Arc;

/// Arguments of `bella replay`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The transcript: one caller line per line.
    pub file: std::path::PathBuf,
    /// When the call starts (RFC 3339 with offset); default now.
    #[arg(long)]
    pub now: Option<String>,
    /// The business's IANA zone (ignored with --business, which has its own).
    #[arg(long, default_value = "America/Edmonton")]
    pub tz: String,
    /// The number the caller calls from (E.164).
    #[arg(long)]
    pub caller_id: Option<String>,
    /// Business configuration (TOML), as for `bella serve`; the seed business
    /// without it.
    #[arg(long = "business", visible_alias = "config", value_name = "BUSINESS")]
    pub config: Option<std::path::PathBuf>,
    /// The language the call opens in (`fr`, `en`); the agent still follows the
    /// caller's. Default: the business's first.
    #[arg(long)]
    pub lang: Option<bella_dialog::Lang>,
}

/// Runs `bella replay`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(&args.file)
        .with_context(|| format!("reading {}", args.file.display()))?;
    let mut config = match &args.config {
        Some(path) => {
            let toml = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            Config::from_toml_str(&toml).with_context(|| format!("in {}", path.display()))?
        }
        None => {
            let tz = args
                .tz
                .parse()
                .map_err(|_| anyhow::anyhow!("unknown zone {:?}", args.tz))?;
            Config::for_hours(bella_core::BusinessHours::weekdays_nine_to_five(tz))
        }
    };
    config.llm_fallback = false;
    if let Some(lang) = args.lang {
        config.open_in(lang);
    }
    let now = match &args.now {
        Some(n) => ReferenceTime::parse(n, &args.tz).context("--now")?.now,
        None => chrono::Utc::now(),
    };
    let caller_id = match &args.caller_id {
        Some(c) => Some(PhoneNumber::from_e164(c).context("--caller-id")?),
        None => None,
    };
    let tz = config.hours.tz;
    let call = CallInfo {
        call_id: "replay".to_owned(),
        caller_id,
    };
    let dialog = Dialog::new(Arc::new(config), call, now);
    let mut sim = SimDriver::new(dialog, MemoryBook::new(tz), now);
    let mut lines = text.lines().filter(|l| !l.trim_start().starts_with("//"));
    let mut next = Some(Input::CallStarted { now });
    while let Some(input) = next.take() {
        let reply = sim.feed(input);
        for out in &reply.outputs {
            match out {
                Output::Say { text } => println!("Agent:  {}", text.expose()),
                Output::Transfer { to } => println!(
                    "(transferred to {})",
                    to.as_deref().unwrap_or("the front desk")
                ),
                Output::HangUp { outcome } => println!("(hung up: {})", outcome.as_str()),
                _ => {}
            }
        }
        let ended = reply.ended();
        let Some(listen) = reply.listen.filter(|_| !ended) else {
            break;
        };
        sim.advance(chrono::Duration::seconds(5));
        let now = sim.now;
        let Some(line) = lines.next() else {
            println!(
                "(transcript ends while the agent listens for {})",
                listen.expect
            );
            return Ok(ExitCode::SUCCESS);
        };
        let line = line.trim();
        next = Some(if line.is_empty() {
            println!("Caller: (silence)");
            Input::Silence { now }
        } else if let Some(d) = line.strip_prefix("#digits") {
            println!("Caller: (keys {})", d.trim());
            Input::Digits {
                now,
                digits: d.trim().into(),
            }
        } else {
            println!("Caller: {line}");
            Input::CallerTurn {
                now,
                text: line.into(),
                confidence: 1.0,
            }
        });
    }
    let dialog = &sim.dialog;
    if let Some(a) = dialog.appointment() {
        println!(
            "(appointment: {} on {})",
            a.name.as_str(),
            a.local_start().format("%Y-%m-%d %H:%M")
        );
    }
    Ok(ExitCode::SUCCESS)
}
