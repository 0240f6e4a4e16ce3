//! The insights page: calls and bookings per day over the last two weeks, the mix of
//! outcomes, the questions callers fail at, turn latency and LLM spend, as inline SVG
//! charts ([`super::charts`]), from the same aggregates as `GET /api/stats`.

use super::auth::DashboardSession;
use super::charts::{self, Series};
use super::layout;
use crate::state::AppState;
use axum::extract::State;
use axum::response::Response;
use bella_core::local_to_utc;
use chrono::{Duration, NaiveDate, NaiveTime};
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
    /// LLM requests in the range.
    pub llm_calls: u64,
    /// Share of calls that booked.
    pub conversion: Option<f64>,
}

/// The last [`DAYS`] days from the management store's aggregates (`GET /api/stats`).
async fn gather(state: &AppState) -> Result<Insights, crate::manage::ManageError> {
    let tz = state.config.tz;
    let today = state.clock.now().with_timezone(&tz).date_naive();
    let days: Vec<NaiveDate> = (0..DAYS).rev().map(|d| today - Duration::days(d)).collect();
    let midnight = |d: NaiveDate| local_to_utc(tz, d.and_time(NaiveTime::MIN));
    let (from, to) = (midnight(days[0]), midnight(today + Duration::days(1)));
    let stats = crate::manage::store(state)?.stats(from, to).await?;
    let mut calls = vec![0.0; days.len()];
    let mut bookings = vec![0.0; days.len()];
    let mut outcomes: BTreeMap<String, f64> = BTreeMap::new();
    for h in &stats.by_hour {
        let day = h.hour.with_timezone(&tz).date_naive();
        let n = h.calls as f64;
        if let Some(i) = days.iter().position(|d| *d == day) {
            calls[i] += n;
            if h.outcome == "booked" {
                bookings[i] += n;
            }
        }
        *outcomes.entry(h.outcome.clone()).or_default() += n;
    }
    let most_first = |mut v: Vec<(String, f64)>| {
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let failed = stats
        .failed_by_question
        .iter()
        .map(|(q, n)| (q.clone(), *n as f64))
        .collect();
    let latency = [("p50", stats.latency_p50_ms), ("p99", stats.latency_p99_ms)]
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k.to_owned(), f64::from(v))))
        .collect();
    let spend = state.llm.as_ref().map(|l| {
        let b = l.client().budget();
        (b.cost_usd(), b.limit_micro_usd.map(|m| m as f64 / 1e6))
    });
    Ok(Insights {
        days,
        calls,
        bookings,
        outcomes: most_first(outcomes.into_iter().collect()),
        failed: most_first(failed),
        latency,
        spend,
        llm_calls: stats.llm_calls,
        conversion: (stats.calls > 0).then(|| stats.booked as f64 / stats.calls as f64),
    })
}

/// `GET /dashboard/insights`.
pub(crate) async fn page(State(state): State<AppState>, session: DashboardSession) -> Response {
    let data = match gather(&state).await {
        Ok(d) => d,
        Err(e) => return layout::unavailable("insights", &e),
    };
    let labels: Vec<String> = data
        .days
        .iter()
        .map(|d| d.format("%-d %b").to_string())
        .collect();
    let body = html! {
        h1 { "Insights" }
        p.summary {
            "The last " (DAYS) " days"
            @if let Some(c) = data.conversion { " · " (format!("{:.0}%", c * 100.0)) " of calls booked" }
            " · " (data.llm_calls) " LLM requests."
        }
        (charts::bars("Calls and bookings per day", &labels, &[
            Series { name: "Calls".into(), values: data.calls.clone() },
            Series { name: "Bookings".into(), values: data.bookings.clone() },
        ]))
        (charts::hbars("How calls ended", &data.outcomes, ""))
        (charts::hbars("Questions callers fail at", &data.failed, ""))
        (charts::hbars("Turn latency", &data.latency, " ms"))
        @match data.spend {
            Some((spent, limit)) => (charts::meter("LLM spend this month", spent, limit, "$")),
            None => figure.chart { figcaption { "LLM spend this month" } p.empty { "No LLM fallback configured." } },
        }
    };
    layout::page("Insights", "/dashboard/insights", &session, None, body)
}
