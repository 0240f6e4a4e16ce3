//! The LLM fallback inside the webhook's time budget.
//!
//! When the engine emits `Output::LlmExtract`, the call driver calls [`LlmFallback::begin`]: the request
//! starts as a tokio task and is awaited for a short inline wait only
//! ([`LlmFallback::inline_wait`], never past the engine's deadline). If the answer is
//! in, it goes straight back to the engine as `Input::LlmReply`. If not, the task keeps
//! running, parked under the call's id, and the caller hears `<Say>One moment.</Say>`
//! and a `<Redirect>` to [`redirect_url`]; that request (Twilio signs it like any
//! other) picks the answer up with [`LlmFallback::pickup`], waiting at most until the
//! engine's deadline. A late, failed, unknown (another server, a restart) or invalid
//! answer is a failure, and the engine asks the caller again — so no webhook
//! approaches Twilio's 15 s, and with no LLM configured nothing changes.
//!
//! The engine re-validates every value with its own rules, so [`candidate_text`] only
//! writes the value in the shape the engine reads.

use bella_core::{Expect, ReferenceTime};
use bella_llm::{Candidate, ExtractRequest, LlmClient};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;
use tokio::task::JoinHandle;

/// What the engine's `LlmReply` carries: the value as text, or why there is none.
pub type LlmResult = Result<String, String>;

/// The most answers parked at once; past it the oldest are dropped (each a failure).
const MAX_PARKED: usize = 10_000;

/// How long a parked answer is kept after its deadline before it is pruned.
const KEEP_AFTER_DEADLINE: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// The LLM client and the answers waiting for a redirect, shared by every request.
pub struct LlmFallback {
    client: LlmClient,
    inline_wait: Duration,
    parked: Mutex<HashMap<String, Parked>>,
}

struct Parked {
    request_id: u64,
    deadline: DateTime<Utc>,
    task: JoinHandle<LlmResult>,
}

impl fmt::Debug for LlmFallback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LlmFallback")
            .field("client", &self.client)
            .field("inline_wait", &self.inline_wait)
            .field("parked", &self.parked_count())
            .finish()
    }
}

/// The outcome of [`LlmFallback::begin`].
#[derive(Debug, PartialEq, Eq)]
#[must_use]
pub enum Begun {
    /// The answer (or the failure) is in: feed it to the engine now.
    Ready(LlmResult),
    /// Still running: answer "One moment" and redirect to [`redirect_url`].
    Parked,
}

impl LlmFallback {
    /// The default inline wait: long enough for a local model's typical answer, short
    /// enough that the filler comes quickly.
    pub const DEFAULT_INLINE_WAIT: Duration = Duration::from_millis(1200);

    /// A fallback over `client` with the default inline wait.
    #[must_use]
    pub fn new(client: LlmClient) -> Self {
        Self {
            client,
            inline_wait: Self::DEFAULT_INLINE_WAIT,
            parked: Mutex::new(HashMap::new()),
        }
    }

    /// Sets the inline wait. `Duration::MAX` never parks (for `bella chat`, which has
    /// no redirect).
    #[must_use]
    pub fn with_inline_wait(mut self, wait: Duration) -> Self {
        self.inline_wait = wait;
        self
    }

    /// The client (its breaker and budget).
    #[must_use]
    pub fn client(&self) -> &LlmClient {
        &self.client
    }

    /// How long [`LlmFallback::begin`] waits before parking.
    #[must_use]
    pub fn inline_wait(&self) -> Duration {
        self.inline_wait
    }

    /// Answers parked now.
    #[must_use]
    pub fn parked_count(&self) -> usize {
        self.parked
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Starts reading `slot` from `text` for call `call_id`, with the engine's
    /// `deadline`; waits inline for at most the inline wait.
    pub async fn begin(
        &self,
        call_id: &str,
        request_id: u64,
        slot: Expect,
        text: &str,
        reference: ReferenceTime,
        deadline: DateTime<Utc>,
    ) -> Begun {
        let Some(budget) = remaining(reference.now, deadline) else {
            return Begun::Ready(Err("deadline already passed".to_owned()));
        };
        let client = self.client.clone();
        let text = text.to_owned();
        let mut task = tokio::spawn(async move {
            let request = ExtractRequest {
                slot,
                text: &text,
                reference,
            };
            match tokio::time::timeout(budget, client.extract(&request)).await {
                Ok(Ok(Some(candidate))) => Ok(candidate_text(&candidate)),
                Ok(Ok(None)) => Err("nothing found".to_owned()),
                Ok(Err(e)) => Err(e.to_string()),
                Err(_) => Err("llm timed out".to_owned()),
            }
        });
        match tokio::time::timeout(self.inline_wait.min(budget), &mut task).await {
            Ok(joined) => {
                Begun::Ready(joined.unwrap_or_else(|_| Err("llm task failed".to_owned())))
            }
            Err(_) => {
                self.park(
                    call_id,
                    Parked {
                        request_id,
                        deadline,
                        task,
                    },
                    reference.now,
                );
                Begun::Parked
            }
        }
    }

    /// Picks up the answer to `request_id` for `call_id`, waiting at most until its
    /// deadline. An answer this server does not hold (another server, a restart) is a
    /// failure.
    pub async fn pickup(&self, call_id: &str, request_id: u64, now: DateTime<Utc>) -> LlmResult {
        let parked = {
            let mut map = self.parked.lock().unwrap_or_else(PoisonError::into_inner);
            match map.get(call_id) {
                Some(p) if p.request_id == request_id => map.remove(call_id),
                _ => None,
            }
        };
        let Some(mut parked) = parked else {
            return Err("llm answer not held by this server".to_owned());
        };
        let Some(wait) = remaining(now, parked.deadline) else {
            parked.task.abort();
            return Err("llm answer too late".to_owned());
        };
        match tokio::time::timeout(wait, &mut parked.task).await {
            Ok(joined) => joined.unwrap_or_else(|_| Err("llm task failed".to_owned())),
            Err(_) => {
                parked.task.abort();
                Err("llm answer too late".to_owned())
            }
        }
    }

    fn park(&self, call_id: &str, parked: Parked, now: DateTime<Utc>) {
        let mut map = self.parked.lock().unwrap_or_else(PoisonError::into_inner);
        map.retain(|_, p| {
            let keep = p.deadline + KEEP_AFTER_DEADLINE > now;
            if !keep {
                p.task.abort();
            }
            keep
        });
        let oldest = (map.len() >= MAX_PARKED)
            .then(|| {
                map.iter()
                    .min_by_key(|(_, p)| p.deadline)
                    .map(|(k, _)| k.clone())
            })
            .flatten();
        if let Some(p) = oldest.and_then(|k| map.remove(&k)) {
            p.task.abort();
        }
        if let Some(previous) = map.insert(call_id.to_owned(), parked) {
            previous.task.abort();
        }
    }
}

fn remaining(now: DateTime<Utc>, deadline: DateTime<Utc>) -> Option<Duration> {
    (deadline - now).to_std().ok().filter(|d| !d.is_zero())
}

/// The redirect that picks up a parked answer: the gather route of `turn`, marked
/// with the request id (`expect=llm` tells `bella dial` this is no question).
#[must_use]
pub fn redirect_url(turn: u32, request_id: u64) -> String {
    format!("/twilio/gather?turn={turn}&expect=llm&llm={request_id}")
}

/// The engine-readable text of a candidate.
#[must_use]
pub fn candidate_text(candidate: &Candidate) -> String {
    match candidate {
        Candidate::Phone(p) => p.e164().to_owned(),
        Candidate::Name(n) => n.as_str().to_owned(),
        Candidate::Time(t) => {
            let part = t.part_of_day.map(|p| p.as_str().to_owned());
            match (t.date, t.time) {
                (Some(d), Some(tm)) => format!("{}T{}", d.format("%Y-%m-%d"), tm.format("%H:%M")),
                (Some(d), None) => match part {
                    Some(p) => format!("{} {p}", d.format("%Y-%m-%d")),
                    None => d.format("%Y-%m-%d").to_string(),
                },
                (None, Some(tm)) => tm.format("%H:%M").to_string(),
                (None, None) => part.unwrap_or_default(),
            }
        }
        Candidate::Intent(i) => i.as_str().to_owned(),
        Candidate::Confirm(yes) => if *yes { "yes" } else { "no" }.to_owned(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
    use axum::routing::post;
    use bella_core::PhoneNumber;
    use bella_llm::{Intent, LlmConfig, TimeCandidate};
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn shapes() {
        let p = PhoneNumber::from_nanp_digits("4035550142").unwrap();
        assert_eq!(candidate_text(&Candidate::Phone(p)), "+14035550142");
        let t = TimeCandidate {
            date: NaiveDate::from_ymd_opt(2026, 11, 26),
            time: NaiveTime::from_hms_opt(9, 30, 0),
            part_of_day: None,
        };
        assert_eq!(candidate_text(&Candidate::Time(t)), "2026-11-26T09:30");
        assert_eq!(candidate_text(&Candidate::Confirm(false)), "no");
        assert_eq!(candidate_text(&Candidate::Intent(Intent::Cancel)), "cancel");
        assert_eq!(redirect_url(4, 7), "/twilio/gather?turn=4&expect=llm&llm=7");
    }

    /// Every shape `candidate_text` writes for a time is read by the engine: a full
    /// `YYYY-MM-DDTHH:MM` or a bare `YYYY-MM-DD` directly, the others through the same
    /// time rules it applies to a caller's words.
    #[test]
    fn time_texts_read_back_like_the_engine_reads_them() {
        use bella_core::PartOfDay;
        let r = reference(); // Tuesday 2026-11-17 10:15
        let d = NaiveDate::from_ymd_opt(2026, 11, 20);
        let text = |date, time, part_of_day| {
            candidate_text(&Candidate::Time(TimeCandidate {
                date,
                time,
                part_of_day,
            }))
        };
        let full = text(d, NaiveTime::from_hms_opt(9, 30, 0), None);
        assert!(
            chrono::NaiveDateTime::parse_from_str(&full, "%Y-%m-%dT%H:%M").is_ok(),
            "{full}"
        );
        let day = text(d, None, None);
        assert!(NaiveDate::parse_from_str(&day, "%Y-%m-%d").is_ok(), "{day}");
        let cases = [
            (d, None, Some(PartOfDay::Morning)),
            (d, None, Some(PartOfDay::Afternoon)),
            (None, NaiveTime::from_hms_opt(15, 0, 0), None),
        ];
        for (date, time, part_of_day) in cases {
            let said = text(date, time, part_of_day);
            let when = bella_extract::time::extract(&said, &r)
                .unwrap_or_else(|| panic!("{said:?} not read"))
                .value;
            if date.is_some() {
                assert_eq!(when.date, date, "{said}");
            }
            assert_eq!(when.time, time, "{said}");
            assert_eq!(when.part_of_day, part_of_day, "{said}");
        }
    }

    /// A fake OpenAI-compatible server on 127.0.0.1:0 answering a phone after `delay`,
    /// waited for inline at most `inline_wait`.
    async fn fake_llm(delay: Duration, inline_wait: Duration) -> LlmFallback {
        let answer = serde_json::json!({"choices": [{"message": {"content": "{\"phone\":\"4035550142\"}"}}]});
        let router = Router::new().route(
            "/v1/chat/completions",
            post(move || {
                let answer = answer.clone();
                async move {
                    tokio::time::sleep(delay).await;
                    axum::Json(answer)
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await });
        let client = LlmClient::new(LlmConfig::new(format!("http://{addr}/v1"), "m")).unwrap();
        LlmFallback::new(client).with_inline_wait(inline_wait)
    }

    /// Asks `llm` for the phone number in the caller's words (`x`).
    async fn ask_phone(
        llm: &LlmFallback,
        call_id: &str,
        request_id: u64,
        reference: ReferenceTime,
        deadline: DateTime<Utc>,
    ) -> Begun {
        llm.begin(call_id, request_id, Expect::Phone, "x", reference, deadline)
            .await
    }

    fn reference() -> ReferenceTime {
        ReferenceTime::parse("2026-11-17T10:15:00-07:00", "America/Edmonton").unwrap()
    }

    #[tokio::test]
    async fn a_quick_answer_comes_back_inline() {
        let llm = fake_llm(Duration::ZERO, Duration::from_secs(2)).await;
        let r = reference();
        let got = ask_phone(&llm, "CA1", 1, r, r.now + chrono::TimeDelta::seconds(3)).await;
        assert_eq!(got, Begun::Ready(Ok("+14035550142".to_owned())));
        assert_eq!(llm.parked_count(), 0);
    }

    #[tokio::test]
    async fn a_slow_answer_is_parked_and_picked_up_by_the_redirect() {
        let llm = fake_llm(Duration::from_millis(300), Duration::from_millis(20)).await;
        let r = reference();
        let deadline = r.now + chrono::TimeDelta::seconds(3);
        assert_eq!(ask_phone(&llm, "CA2", 5, r, deadline).await, Begun::Parked);
        assert_eq!(llm.parked_count(), 1);
        assert!(
            llm.pickup("CA2", 4, r.now).await.is_err(),
            "another request id"
        );
        assert!(
            llm.pickup("CA-other", 5, r.now).await.is_err(),
            "another call"
        );
        assert_eq!(
            llm.pickup("CA2", 5, r.now).await,
            Ok("+14035550142".to_owned())
        );
        assert_eq!(llm.parked_count(), 0);
        assert!(
            llm.pickup("CA2", 5, r.now).await.is_err(),
            "picked up only once"
        );
    }

    #[tokio::test]
    async fn a_redirect_after_the_deadline_is_a_failure() {
        let llm = fake_llm(Duration::from_secs(5), Duration::from_millis(10)).await;
        let r = reference();
        let deadline = r.now + chrono::TimeDelta::milliseconds(200);
        assert_eq!(ask_phone(&llm, "CA3", 1, r, deadline).await, Begun::Parked);
        let started = std::time::Instant::now();
        assert!(
            llm.pickup("CA3", 1, r.now + chrono::TimeDelta::milliseconds(100))
                .await
                .is_err()
        );
        assert!(
            started.elapsed() < Duration::from_millis(1000),
            "waits no longer than the deadline"
        );
        assert_eq!(
            ask_phone(&llm, "CA4", 1, r, r.now).await,
            Begun::Ready(Err("deadline already passed".into()))
        );
    }

    #[tokio::test]
    async fn old_parked_answers_are_pruned() {
        let llm = fake_llm(Duration::from_secs(5), Duration::from_millis(5)).await;
        let r = reference();
        let _ = ask_phone(&llm, "old", 1, r, r.now + chrono::TimeDelta::seconds(1)).await;
        let later = ReferenceTime::new(r.now + chrono::TimeDelta::seconds(120), r.tz);
        let _ = ask_phone(
            &llm,
            "new",
            1,
            later,
            later.now + chrono::TimeDelta::seconds(1),
        )
        .await;
        assert_eq!(llm.parked_count(), 1);
    }
}
