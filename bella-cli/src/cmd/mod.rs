//! One module per subcommand; each has `Args` and `run(Args) -> anyhow::Result<ExitCode>`.

pub mod calendar;
pub mod chat;
pub mod db_args;
pub mod dial;
mod dial_check;
mod dial_relay;
pub mod eval;
pub mod extract;
pub mod llm_args;
pub mod notify;
pub mod replay;
pub mod serve;
pub mod simulate;
