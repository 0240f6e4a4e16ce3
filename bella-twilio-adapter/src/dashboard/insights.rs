//! The insights page: calls and bookings per day over the last two weeks, the mix of
//! outcomes, the questions callers fail at, webhook latency and LLM spend, as inline
//! SVG charts ([`super::charts`]).

use super::auth::DashboardSession;
use super::charts::{self, Series};
use super::layout;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{Duration, NaiveDate};
use maud::html;
use std::collections::BTreeMap;

/// Days shown.
const DAYS: i64 = 14;

/// What the page draws.
#[derive(Debug, Default)]
pub struct Insights {
    /// Day labels, oldest first.
    pub days: Vec<NaiveDate>,
    /// Calls started per day.
    pub calls: Vec<f64>,
    /// Calls that booked per day.
    pub bookings: Vec<f64>,
    /// Calls by outcome, most first.
    pub outcomes: Vec<(String, f64)>,
    /// Failed answers per question, most first.
    pub failed: Vec<(String, f64)>,
    /// Webhook latency percentiles, milliseconds (`p50`, `p99`).
    pub latency: Vec<(String, f64)>,
    /// LLM spend this month and the budget, dollars.
    pub spend: Option<(f64, Option<f64>)>,
}

async fn gather(state: &AppState) -> Result<Insights, bella_store::StoreError> {
    let tz = state.config.tz;
    let today = state.clock.now().with_timezone(&tz).date_naive();
    let days: Vec<NaiveDate> = (0..DAYS).rev().map(|d| today - Duration::days(d)).collect();
    let mut calls = vec![0.0; days.len()];
    let mut bookings = vec![0.0; days.len()];
    let mut outcomes: BTreeMap<String, f64> = BTreeMap::new();
    for r in state.records.list_records(bella_store::MAX_LIMIT).await? {
        let Some(start) = r.started_at else { continue };
        let day = start.with_timezone(&tz).date_naive();
        let Some(i) = days.iter().position(|d| *d == day) else {
            continue;
        };
        calls[i] += 1.0;
        if let Some(o) = &r.outcome {
            if o == "booked" {
                bookings[i] += 1.0;
            }
            *outcomes.entry(o.clone()).or_default() += 1.0;
        }
    }
    let mut outcomes: Vec<(String, f64)> = outcomes.into_iter().collect();
    outcomes.sort_by(|a, b| b.1.total_cmp(&a.1));
    let spend = state.llm.as_ref().map(|l| {
        let b = l.client().budget();
        (b.cost_usd(), b.limit_micro_usd.map(|m| m as f64 / 1e6))
    });
    Ok(Insights {
        days,
        calls,
        bookings,
        outcomes,
        spend,
        ..Insights::default()
    })
}

/// `GET /dashboard/insights`.
pub(crate) async fn page(State(state): State<AppState>, session: DashboardSession) -> Response {
    let data = match gather(&state).await {
        Ok(d) => d,
        Err(e) => {
            tracing::error!(error = %e, "dashboard insights: store failed");
            return layout::message(
                StatusCode::SERVICE_UNAVAILABLE,
                "Unavailable",
                "The database does not answer. Try again in a moment.",
            );
        }
    };
    let labels: Vec<String> = data
        .days
        .iter()
        .map(|d| d.format("%-d %b").to_string())
        .collect();
    let body = html! {
        h1 { "Insights" }
        p.summary { "The last " (DAYS) " days." }
        (charts::bars("Calls and bookings per day", &labels, &[
            Series { name: "Calls".into(), values: data.calls.clone() },
            Series { name: "Bookings".into(), values: data.bookings.clone() },
        ]))
        (charts::hbars("How calls ended", &data.outcomes, ""))
        (charts::hbars("Questions callers fail at", &data.failed, ""))
        (charts::hbars("Webhook latency", &data.latency, " ms"))
        @match data.spend {
            Some((spent, limit)) => (charts::meter("LLM spend this month", spent, limit, "$")),
            None => figure.chart { figcaption { "LLM spend this month" } p.empty { "No LLM fallback configured." } },
        }
    };
    layout::page("Insights", "/dashboard/insights", &session, None, body)
}
