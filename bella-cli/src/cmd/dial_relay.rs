//! `bella dial --relay`: calls over ConversationRelay, one WebSocket each, and the
//! load report (prompt → first token and → `last` token percentiles, outcomes).

use super::dial::{
    Args, Servers, error_note, exit_status, play_pool, print_outcomes, print_percentiles,
    print_turn,
};
use bella_twilio_adapter::relay::drive::{RelayDriveOptions, RelayPlayed, drive_relay_call};
use bella_twilio_adapter::sim::CallCase;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How many calls, how many at once, and whether to print the conversations.
#[derive(Clone, Copy, Debug)]
pub(super) struct Plan {
    pub total: usize,
    pub concurrency: usize,
    pub transcripts: bool,
}

/// `ws://` for `http://`, `wss://` for `https://`.
fn ws_base(url: &str) -> String {
    let url = url.trim_end_matches('/');
    if let Some(rest) = url.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = url.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        url.to_owned()
    }
}

pub(super) fn run(
    args: &Args,
    runtime: &tokio::runtime::Runtime,
    servers: Servers,
    token: Option<String>,
    cases: Vec<CallCase>,
    plan: Plan,
) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(
        (0.0..=1.0).contains(&args.interrupt_share),
        "--interrupt-share is a share between 0 and 1"
    );
    let ws = args.ws_url.clone().unwrap_or_else(|| ws_base(&args.url[0]));
    let opts = RelayDriveOptions {
        max_turns: args.max_turns,
        interrupt_share: args.interrupt_share,
        keypad_phone: args.keypad,
        think: Duration::from_millis(args.think_ms),
        ..RelayDriveOptions::default()
    };
    let started = Instant::now();
    let results = runtime.block_on(play_all(servers, ws, token, Arc::new(cases), plan, opts));
    report(args, &results, started.elapsed(), plan);
    let errors = results.iter().filter(|c| c.outcome == "error").count();
    Ok(exit_status(errors))
}

async fn play_all(
    servers: Servers,
    ws: String,
    token: Option<String>,
    cases: Arc<Vec<CallCase>>,
    plan: Plan,
    opts: RelayDriveOptions,
) -> Vec<RelayPlayed> {
    play_pool(cases, plan.total, plan.concurrency, move |cases, i, sid| {
        let (servers, ws, token) = (servers.clone(), ws.clone(), token.clone());
        async move {
            drive_relay_call(&*servers, &ws, token.as_deref(), &cases[i], &sid, opts).await
        }
    })
    .await
}

fn report(args: &Args, results: &[RelayPlayed], elapsed: Duration, plan: Plan) {
    for call in results {
        if args.jsonl {
            println!("{}", serde_json::to_string(call).unwrap_or_default());
            continue;
        }
        if plan.transcripts {
            println!("── call {} (relay) ──", call.id);
            for t in &call.turns {
                print_turn(&t.agent, t.caller.as_deref(), t.expect.as_deref());
            }
        }
        if plan.transcripts || results.len() <= 50 {
            let err = error_note(call.error.as_deref());
            println!(
                "{} {} ({} turns, {} interrupted){err}",
                call.id,
                call.outcome,
                call.turns.len(),
                call.interrupts
            );
        }
    }
    let mut first: Vec<Duration> = results
        .iter()
        .flat_map(|c| c.first_token.iter().copied())
        .collect();
    let mut last: Vec<Duration> = results
        .iter()
        .flat_map(|c| c.last_token.iter().copied())
        .collect();
    first.sort_unstable();
    last.sort_unstable();
    let secs = elapsed.as_secs_f64().max(1e-9);
    let interrupts: usize = results.iter().map(|c| c.interrupts).sum();
    eprintln!(
        "relay calls {} in {:.2}s, concurrency {}: {} replies, {:.0} replies/s, {} interrupted",
        results.len(),
        secs,
        plan.concurrency,
        first.len(),
        first.len() as f64 / secs,
        interrupts
    );
    print_percentiles("prompt → first token ms:", &first);
    print_percentiles("prompt → last token ms: ", &last);
    print_outcomes(
        results
            .iter()
            .map(|c| (c.outcome.as_str(), c.error.as_deref())),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::dial::percentile;

    #[test]
    fn websocket_base_follows_the_scheme() {
        assert_eq!(ws_base("http://127.0.0.1:8080/"), "ws://127.0.0.1:8080");
        assert_eq!(
            ws_base("https://bella.example.com"),
            "wss://bella.example.com"
        );
        let sorted = [1, 2, 3, 4].map(Duration::from_millis);
        assert!((percentile(&sorted, 50.0) - 3.0).abs() < 1e-9);
        assert!((percentile(&sorted, 100.0) - 4.0).abs() < 1e-9);
        assert!(percentile(&[], 99.0).abs() < 1e-9);
    }
}
