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

/// The multi-threaded runtime that the async subcommands (`serve`, `dial`, `notify`,
/// `calendar`) run on.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    use anyhow::Context as _;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}
