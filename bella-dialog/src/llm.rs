//! The LLM fallback hook. When `llm_fallback` is on and the rules find nothing for
//! the slot being asked, the engine emits [`Output::LlmExtract`] and waits for an
//! [`crate::Input::LlmReply`]. The reply is never trusted: it is checked with the same
//! deterministic rules as a caller's answer (a valid number, a plausible name, a time
//! inside the booking window that then passes the hours, closed-date and taken checks).
//! A late, failed or invalid reply counts as a failed answer.

use crate::booking::plausible_name;
use crate::engine::Dialog;
use crate::io::Output;
use crate::state::{Pending, PendingKind};
use bella_core::{Expect, PersonName, PhoneNumber};
use bella_extract::{phone, time};
use chrono::{Duration, NaiveDate, NaiveDateTime};

impl Dialog {
    /// Asks the model to read `slot` out of `text`.
    pub(crate) fn ask_llm(&mut self, slot: Expect, text: &str) {
        let id = self.s.next_request;
        self.s.next_request = id.saturating_add(1);
        let deadline = self.s.now + Duration::seconds(i64::from(self.config.llm_timeout_secs));
        self.s.pending = Some(Pending {
            id,
            deadline,
            kind: PendingKind::Llm { slot },
        });
        self.s.queue.push_back(Output::LlmExtract {
            request_id: id,
            slot,
            text: text.into(),
            deadline,
        });
    }

    pub(crate) fn on_llm_reply(&mut self, id: u64, result: Result<String, String>) {
        let matches = self
            .s
            .pending
            .as_ref()
            .is_some_and(|p| p.id == id && matches!(p.kind, PendingKind::Llm { .. }));
        if !matches {
            return;
        }
        let Some(Pending {
            deadline,
            kind: PendingKind::Llm { slot },
            ..
        }) = self.s.pending.take()
        else {
            return;
        };
        let accepted = self.s.now <= deadline
            && result.is_ok_and(|value| self.apply_llm_value(slot, value.trim()));
        if accepted {
            self.advance();
        } else {
            self.llm_failed();
        }
    }

    /// A failed or late reading: the same as the rules finding nothing.
    pub(crate) fn llm_failed(&mut self) {
        let step = self.s.step;
        self.slot_failed(step);
    }

    /// Validates a model's value like a caller's answer; `true` if it was used.
    fn apply_llm_value(&mut self, slot: Expect, value: &str) -> bool {
        if value.is_empty() || value.len() > 200 {
            return false;
        }
        match slot {
            Expect::Phone => {
                let p = PhoneNumber::from_e164(value)
                    .ok()
                    .or_else(|| phone::extract(value, &self.config.region).map(|m| m.value));
                match p {
                    Some(p) if !self.s.searched.contains(&p) => {
                        self.s.phone = Some(p);
                        true
                    }
                    _ => false,
                }
            }
            Expect::Name => match PersonName::new(value) {
                Ok(n) if plausible_name(&n) => {
                    // A model's guess is read back, spelled, before going on.
                    self.s.name_unsure = true;
                    self.s.name = Some(n);
                    true
                }
                _ => false,
            },
            Expect::Time => self.apply_llm_time(value),
            _ => false,
        }
    }

    fn apply_llm_time(&mut self, value: &str) -> bool {
        let r = self.reference();
        let when = if let Ok(at) = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M") {
            time::When {
                date: Some(at.date()),
                time: Some(at.time()),
                day_said: true,
                time_said: true,
                ..Default::default()
            }
        } else if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
            time::When {
                date: Some(d),
                day_said: true,
                ..Default::default()
            }
        } else if let Some(m) = time::extract(value, &r) {
            m.value
        } else {
            return false;
        };
        let today = r.today();
        let last = today + Duration::days(i64::from(self.config.horizon_days));
        let in_window = when.date.is_some_and(|d| (today..=last).contains(&d));
        let future = match (when.date, when.time) {
            (Some(d), Some(t)) => d.and_time(t) > r.local_now(),
            _ => true,
        };
        in_window && future && self.absorb_when(when)
    }
}
