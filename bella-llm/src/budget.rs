//! [`Budget`]: token counters and estimated cost against a monthly limit.
//!
//! Cost is kept in micro-dollars (integers) so counting never drifts. The month is
//! the calendar month in UTC; counters reset when it changes. The counters live in
//! memory: a restart starts the month at zero again (see the crate docs).

use chrono::{DateTime, Datelike, Utc};

/// Prices and the monthly limit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BudgetConfig {
    /// The monthly limit in US dollars; `None` for no limit.
    pub monthly_usd: Option<f64>,
    /// Price of one million prompt tokens, in US dollars (0 for a local model).
    pub prompt_usd_per_mtok: f64,
    /// Price of one million completion tokens, in US dollars.
    pub completion_usd_per_mtok: f64,
}

impl Default for BudgetConfig {
    /// No limit; prices of a small hosted model (0.15 $ and 0.60 $ per million tokens).
    fn default() -> Self {
        Self {
            monthly_usd: None,
            prompt_usd_per_mtok: 0.15,
            completion_usd_per_mtok: 0.60,
        }
    }
}

/// Tokens one call used, as the server reported them (or estimated when it did not).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Prompt (input) tokens.
    pub prompt_tokens: u64,
    /// Completion (output) tokens.
    pub completion_tokens: u64,
}

/// What has been used this month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct BudgetSnapshot {
    /// Prompt tokens this month.
    pub prompt_tokens: u64,
    /// Completion tokens this month.
    pub completion_tokens: u64,
    /// Estimated cost this month, in micro-dollars.
    pub cost_micro_usd: u64,
    /// The limit in micro-dollars, if any.
    pub limit_micro_usd: Option<u64>,
}

impl BudgetSnapshot {
    /// Estimated cost this month in dollars.
    pub fn cost_usd(&self) -> f64 {
        micro_to_usd(self.cost_micro_usd)
    }

    /// True when the limit is reached.
    pub fn exhausted(&self) -> bool {
        self.limit_micro_usd
            .is_some_and(|limit| self.cost_micro_usd >= limit)
    }
}

/// The monthly counters.
#[derive(Clone, Debug)]
pub struct Budget {
    config: BudgetConfig,
    month: Option<i32>,
    used: BudgetSnapshot,
}

impl Budget {
    /// An empty budget.
    pub fn new(config: BudgetConfig) -> Self {
        let limit = config.monthly_usd.map(usd_to_micro);
        Self {
            config,
            month: None,
            used: BudgetSnapshot {
                limit_micro_usd: limit,
                ..Default::default()
            },
        }
    }

    /// The counters at `now` (a new month starts at zero).
    pub fn snapshot(&mut self, now: DateTime<Utc>) -> BudgetSnapshot {
        self.roll(now);
        self.used
    }

    /// True when a call may be made at `now`.
    pub fn allows_call(&mut self, now: DateTime<Utc>) -> bool {
        !self.snapshot(now).exhausted()
    }

    /// Adds one call's usage at `now`; returns the new totals.
    pub fn record(&mut self, usage: Usage, now: DateTime<Utc>) -> BudgetSnapshot {
        self.roll(now);
        self.used.prompt_tokens = self.used.prompt_tokens.saturating_add(usage.prompt_tokens);
        self.used.completion_tokens = self
            .used
            .completion_tokens
            .saturating_add(usage.completion_tokens);
        self.used.cost_micro_usd = self.used.cost_micro_usd.saturating_add(self.cost_of(usage));
        self.used
    }

    /// The estimated cost of one call in micro-dollars, rounded up.
    pub fn cost_of(&self, usage: Usage) -> u64 {
        // Per million tokens in dollars is the same number as per token in micro-dollars.
        let micro = usage.prompt_tokens as f64 * self.config.prompt_usd_per_mtok.max(0.0)
            + usage.completion_tokens as f64 * self.config.completion_usd_per_mtok.max(0.0);
        if micro.is_finite() {
            micro.ceil() as u64
        } else {
            u64::MAX
        }
    }

    fn roll(&mut self, now: DateTime<Utc>) {
        let month = now.year() * 12 + now.month0() as i32;
        if self.month != Some(month) {
            if self.month.is_some() {
                let limit = self.used.limit_micro_usd;
                self.used = BudgetSnapshot {
                    limit_micro_usd: limit,
                    ..Default::default()
                };
            }
            self.month = Some(month);
        }
    }
}

fn usd_to_micro(usd: f64) -> u64 {
    if usd.is_finite() && usd > 0.0 {
        (usd * 1_000_000.0).round() as u64
    } else {
        0
    }
}

fn micro_to_usd(micro: u64) -> f64 {
    micro as f64 / 1_000_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 12, 0, 0)
            .single()
            .expect("valid date")
    }

    #[test]
    fn cost_is_counted_and_the_limit_stops_calls() {
        let config = BudgetConfig {
            monthly_usd: Some(0.001),
            prompt_usd_per_mtok: 1.0,
            completion_usd_per_mtok: 2.0,
        };
        let mut budget = Budget::new(config);
        let now = at(2026, 11, 22);
        assert!(budget.allows_call(now));
        let usage = Usage {
            prompt_tokens: 300,
            completion_tokens: 100,
        };
        assert_eq!(budget.cost_of(usage), 500);
        let snap = budget.record(usage, now);
        assert_eq!(
            (
                snap.prompt_tokens,
                snap.completion_tokens,
                snap.cost_micro_usd
            ),
            (300, 100, 500)
        );
        assert!(budget.allows_call(now));
        let _ = budget.record(usage, now);
        assert!(
            !budget.allows_call(now),
            "1000 micro-dollars reaches the 0.001 $ limit"
        );
        assert!((budget.snapshot(now).cost_usd() - 0.001).abs() < 1e-12);
    }

    #[test]
    fn a_new_month_starts_at_zero() {
        let config = BudgetConfig {
            monthly_usd: Some(0.0001),
            ..BudgetConfig::default()
        };
        let mut budget = Budget::new(config);
        let _ = budget.record(
            Usage {
                prompt_tokens: 10_000,
                completion_tokens: 0,
            },
            at(2026, 11, 30),
        );
        assert!(!budget.allows_call(at(2026, 11, 30)));
        assert!(budget.allows_call(at(2026, 12, 1)));
        assert_eq!(budget.snapshot(at(2026, 12, 1)).prompt_tokens, 0);
    }

    #[test]
    fn no_limit_and_bad_numbers_never_panic() {
        let mut budget = Budget::new(BudgetConfig::default());
        let huge = Usage {
            prompt_tokens: u64::MAX,
            completion_tokens: u64::MAX,
        };
        let _ = budget.record(huge, at(2026, 1, 1));
        let _ = budget.record(huge, at(2026, 1, 1));
        assert!(budget.allows_call(at(2026, 1, 1)));
        let weird = BudgetConfig {
            monthly_usd: Some(f64::NAN),
            prompt_usd_per_mtok: f64::INFINITY,
            completion_usd_per_mtok: -1.0,
        };
        let mut budget = Budget::new(weird);
        assert!(
            !budget.allows_call(at(2026, 1, 1)),
            "a NaN limit is a zero limit"
        );
        assert_eq!(
            budget.cost_of(Usage {
                prompt_tokens: 1,
                completion_tokens: 1
            }),
            u64::MAX
        );
    }
}
