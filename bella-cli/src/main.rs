//! `bella`: serve calls, extract, evaluate, simulate, replay, chat and dial.
//!
//! Each subcommand lives in its own module under `cmd/`, which owns its arguments
//! (`Args`) and its `run` function; this file only dispatches.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod cmd;
mod pipeline;

/// Bella: a phone booking agent. Run `bella serve` to answer calls.
#[derive(Debug, Parser)]
#[command(name = "bella", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve Twilio voice webhooks (SQLite by default; Postgres and Redis for a fleet).
    Serve(cmd::serve::Args),
    /// Extract phone, name and time from caller turns (text or JSON Lines).
    Extract(cmd::extract::Args),
    /// Score extraction or simulation on labelled cases.
    Eval(cmd::eval::Args),
    /// Run persona-driven calls through the engine (JSON Lines in and out).
    Simulate(cmd::simulate::Args),
    /// Send the reminder calls and texts that are due (`--once`, `--now`, `--dry-run`).
    Notify(cmd::notify::Args),
    /// ICS feed tokens (`token create --resource NAME`, `token revoke`, `token list`).
    Calendar(cmd::calendar::Args),
    /// Play a plain transcript (one caller line per line) through the engine.
    Replay(cmd::replay::Args),
    /// Talk to the engine in the terminal as the caller.
    Chat(cmd::chat::Args),
    /// Drive a running `bella serve` exactly as Twilio would (and load-test it).
    Dial(cmd::dial::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => cmd::serve::run(args),
        Command::Extract(args) => cmd::extract::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::Simulate(args) => cmd::simulate::run(args),
        Command::Notify(args) => cmd::notify::run(args),
        Command::Calendar(args) => cmd::calendar::run(args),
        Command::Replay(args) => cmd::replay::run(args),
        Command::Chat(args) => cmd::chat::run(args),
        Command::Dial(args) => cmd::dial::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("bella: {err:#}");
            ExitCode::from(2)
        }
    }
}
