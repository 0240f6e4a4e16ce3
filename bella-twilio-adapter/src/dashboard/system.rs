//! The system page: is the database answering, is the session store (Redis or the
//! database) answering, the LLM circuit breaker and budget, and the background jobs
//! (the reminders outbox, and every job that reports to [`crate::jobs::JobBoard`]).

use super::auth::DashboardSession;
use super::layout;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use maud::{Markup, html};
use std::time::{Duration, Instant};

/// How long one check may take.
const BUDGET: Duration = Duration::from_secs(2);

/// One line of the health table.
#[derive(Debug)]
pub struct Check {
    /// What was checked.
    pub name: &'static str,
    /// `ok`, `warn` or `down`.
    pub level: &'static str,
    /// What was found.
    pub detail: String,
}

async fn ping<F>(name: &'static str, f: F) -> Check
where
    F: std::future::Future<Output = Result<(), bella_store::StoreError>>,
{
    // How long the check took, for the page (a duration, not the business clock).
    let started = Instant::now();
    match tokio::time::timeout(BUDGET, f).await {
        Ok(Ok(())) => Check {
            name,
            level: "ok",
            detail: format!("answers in {} ms", started.elapsed().as_millis()),
        },
        Ok(Err(e)) => Check {
            name,
            level: "down",
            detail: e.to_string(),
        },
        Err(_) => Check {
            name,
            level: "down",
            detail: format!("no answer within {} s", BUDGET.as_secs()),
        },
    }
}

/// Every check, in page order.
pub async fn checks(state: &AppState) -> Vec<Check> {
    let mut out = vec![
        ping("Appointments database", state.appointments.ping()).await,
        ping("Call sessions (Redis or database)", state.sessions.ping()).await,
        ping("Call records", state.records.ping()).await,
    ];
    out.push(match &state.llm {
        None => Check {
            name: "LLM fallback",
            level: "ok",
            detail: "not configured (rules only)".into(),
        },
        Some(l) => {
            let breaker = l.client().breaker_state();
            let b = l.client().budget();
            let level = match breaker {
                bella_llm::BreakerState::Closed => "ok",
                bella_llm::BreakerState::HalfOpen => "warn",
                _ => "down",
            };
            Check {
                name: "LLM circuit breaker",
                level,
                detail: format!(
                    "{breaker:?}; {} calls waiting; ${:.2} spent this month{}",
                    l.parked_count(),
                    b.cost_usd(),
                    b.limit_micro_usd
                        .map(|m| format!(" of ${:.2}", m as f64 / 1e6))
                        .unwrap_or_default()
                ),
            }
        }
    });
    out.push(match &state.notifier {
        None => Check {
            name: "Reminders and texts",
            level: "ok",
            detail: "not configured ([notifications] absent)".into(),
        },
        Some(n) => match tokio::time::timeout(BUDGET, n.outbox().count_by_state()).await {
            Ok(Ok(counts)) => Check {
                name: "Reminders and texts",
                level: if counts.iter().any(|(s, n)| s == "failed" && *n > 0) {
                    "warn"
                } else {
                    "ok"
                },
                detail: counts
                    .iter()
                    .map(|(s, n)| format!("{n} {s}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
            Ok(Err(e)) => Check {
                name: "Reminders and texts",
                level: "down",
                detail: e.to_string(),
            },
            Err(_) => Check {
                name: "Reminders and texts",
                level: "down",
                detail: "the outbox does not answer".into(),
            },
        },
    });
    let now = state.clock.now();
    for (name, run) in state.jobs.snapshot() {
        let ago = (now - run.last_at).num_minutes().max(0);
        out.push(Check {
            name,
            level: run.level(now),
            detail: format!(
                "last run {ago} min ago: {}; {} runs, {} failed",
                run.detail, run.runs, run.failures
            ),
        });
    }
    out
}

fn table(checks: &[Check]) -> Markup {
    html! {
        table data-test="health" {
            thead { tr { th { "Part" } th { "State" } th { "Detail" } } }
            tbody {
                @for c in checks {
                    tr data-test="check" data-level=(c.level) {
                        th scope="row" { (c.name) }
                        td { span class=(format!("level {}", c.level)) { (c.level) } }
                        td { (c.detail) }
                    }
                }
            }
        }
    }
}

/// `GET /dashboard/system`.
pub(crate) async fn page(State(state): State<AppState>, session: DashboardSession) -> Response {
    let list = checks(&state).await;
    let body = html! {
        h1 { "System" }
        (table(&list))
        p { "Machine-readable: " a href="/readyz" { "/readyz" } ", " a href="/metrics" { "/metrics" } "." }
    };
    layout::page("System", "/dashboard/system", &session, None, body)
}
