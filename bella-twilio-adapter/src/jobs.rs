//! [`JobBoard`]: where background jobs (purges, reminders) report each run, so the
//! dashboard's system page can say whether they run and whether they fail.

use chrono::{DateTime, Duration, Utc};
use std::collections::BTreeMap;
use std::sync::Mutex;

/// The last run of one job.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobRun {
    /// How often it is meant to run.
    pub every: Duration,
    /// When it last finished.
    pub last_at: DateTime<Utc>,
    /// Whether that run succeeded.
    pub ok: bool,
    /// What it did (`purged 3`) or why it failed.
    pub detail: String,
    /// Runs since the process started.
    pub runs: u64,
    /// Failed runs since the process started.
    pub failures: u64,
}

impl JobRun {
    /// `ok`, `warn` (late: no run for twice its period) or `down` (last run failed).
    #[must_use]
    pub fn level(&self, now: DateTime<Utc>) -> &'static str {
        if !self.ok {
            "down"
        } else if now - self.last_at > self.every * 2 {
            "warn"
        } else {
            "ok"
        }
    }
}

/// The last run of every background job of this process, by name.
#[derive(Debug, Default)]
pub struct JobBoard {
    runs: Mutex<BTreeMap<&'static str, JobRun>>,
}

impl JobBoard {
    /// Records a run of `name` (meant to run every `every`) that finished at `at`:
    /// `Ok(n)` did `n` things, `Err` says why it failed.
    pub fn report(
        &self,
        name: &'static str,
        every: Duration,
        at: DateTime<Utc>,
        result: Result<u64, String>,
    ) {
        let mut runs = self.runs.lock().unwrap_or_else(|p| p.into_inner());
        let before = runs.get(name).map_or((0, 0), |r| (r.runs, r.failures));
        let (ok, detail) = match result {
            Ok(n) => (true, format!("{n} done")),
            Err(e) => (false, e),
        };
        runs.insert(
            name,
            JobRun {
                every,
                last_at: at,
                ok,
                detail,
                runs: before.0 + 1,
                failures: before.1 + u64::from(!ok),
            },
        );
    }

    /// Every job's last run, by name.
    #[must_use]
    pub fn snapshot(&self) -> Vec<(&'static str, JobRun)> {
        let runs = self.runs.lock().unwrap_or_else(|p| p.into_inner());
        runs.iter().map(|(k, v)| (*k, v.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_is_ok_late_or_down() {
        let board = JobBoard::default();
        let t0 = DateTime::parse_from_rfc3339("2026-11-17T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let hour = Duration::hours(1);
        board.report("purge", hour, t0, Ok(3));
        let (name, run) = board.snapshot().remove(0);
        assert_eq!(
            (name, run.runs, run.detail.as_str()),
            ("purge", 1, "3 done")
        );
        assert_eq!(run.level(t0 + hour), "ok");
        assert_eq!(run.level(t0 + hour * 3), "warn");
        board.report("purge", hour, t0 + hour, Err("database down".into()));
        let run = board.snapshot().remove(0).1;
        assert_eq!(
            (run.runs, run.failures, run.level(t0 + hour)),
            (2, 1, "down")
        );
    }
}
