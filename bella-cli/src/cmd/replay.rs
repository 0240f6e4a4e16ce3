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
use std::io::Write;
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

/// Runs `bella replay`. A closed stdout (`bella replay FILE | head`) ends the run
/// quietly, as it does for `simulate` and `extract`, rather than panicking.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    match play(&args, &mut stdout.lock()) {
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        done => done,
    }
}

/// Whether the error is the reader of our output having gone away.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// Plays the transcript, writing the conversation to `out`.
fn play(args: &Args, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    macro_rules! say {
        ($($t:tt)*) => { writeln!(out, $($t)*)? };
    }
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
                Output::Say { text } => say!("Agent:  {}", text.expose()),
                Output::Transfer { to } => say!(
                    "(transferred to {})",
                    to.as_deref().unwrap_or("the front desk")
                ),
                Output::HangUp { outcome } => say!("(hung up: {})", outcome.as_str()),
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
            say!(
                "(transcript ends while the agent listens for {})",
                listen.expect
            );
            return Ok(ExitCode::SUCCESS);
        };
        let line = line.trim();
        next = Some(if line.is_empty() {
            say!("Caller: (silence)");
            Input::Silence { now }
        } else if let Some(d) = line.strip_prefix("#digits") {
            say!("Caller: (keys {})", d.trim());
            Input::Digits {
                now,
                digits: d.trim().into(),
            }
        } else {
            say!("Caller: {line}");
            Input::CallerTurn {
                now,
                text: line.into(),
                confidence: 1.0,
            }
        });
    }
    let dialog = &sim.dialog;
    if let Some(a) = dialog.appointment() {
        say!(
            "(appointment: {} on {})",
            a.name.as_str(),
            a.local_start().format("%Y-%m-%d %H:%M")
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that stops reading after `room` bytes, as `head` does.
    struct Closes {
        room: usize,
        kept: Vec<u8>,
    }

    impl Write for Closes {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.kept.len() + buf.len() > self.room {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            self.kept.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn args(file: std::path::PathBuf) -> Args {
        Args {
            file,
            now: Some("2026-11-17T10:15:00-07:00".into()),
            tz: "America/Edmonton".into(),
            caller_id: None,
            config: None,
            lang: None,
        }
    }

    /// A closed output is an error `run` ends quietly on, never a panic; an open one
    /// gets the whole conversation.
    #[test]
    fn a_closed_output_ends_the_replay_without_a_panic() {
        let dir = bella_testkit::TempDir::new("replay-pipe");
        let file = dir.join("call.txt");
        std::fs::write(
            &file,
            "I'd like to book\nJo Roy\n403 555 0142\ntomorrow at 10\nyes\n",
        )
        .expect("write transcript");
        let mut short = Closes {
            room: 80,
            kept: Vec::new(),
        };
        let err = play(&args(file.clone()), &mut short).expect_err("the output closed");
        assert!(is_broken_pipe(&err), "{err:?}");
        assert!(String::from_utf8_lossy(&short.kept).starts_with("Agent:  "));

        let mut all = Closes {
            room: usize::MAX,
            kept: Vec::new(),
        };
        play(&args(file), &mut all).expect("replay runs");
        let text = String::from_utf8_lossy(&all.kept);
        assert!(text.contains("Caller: Jo Roy"), "{text}");
        assert!(
            text.contains("(appointment: Jo Roy on 2026-11-18 10:00)"),
            "{text}"
        );
        assert!(!is_broken_pipe(&anyhow::anyhow!("other")));
    }
}
