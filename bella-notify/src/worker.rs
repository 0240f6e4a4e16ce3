//! The notifier: claims due outbox rows, places reminder calls and sends texts through
//! Twilio, and records what happened — once per row, across restarts and servers.
//!
//! Per claimed row:
//! 1. A reminder for an appointment since cancelled or moved is dropped
//!    (`cancelled` / `superseded`); one whose appointment has started is `skipped`.
//! 2. A call outside the calling hours goes back to `pending` at the next allowed minute.
//! 3. A row claimed again after an expired lease (its worker died between claim and
//!    record) is looked up at Twilio first: a call to that number since the earlier
//!    claim, or a text with the same words, is taken as this row's, and nothing is
//!    dialed or sent again.
//! 4. A call or text that times out or gets a 5xx is left claimed: Twilio may have
//!    acted on it, so the row is only retried after its lease expires, through step 3.
//! 5. Texts skip opted-out numbers; 21610 records the opt-out.

use crate::config::{Channel, NotificationsConfig};
use crate::hours;
use crate::outbox::{Claimed, Outbox, OutboxError};
use crate::twilio::{NewCall, NewMessage, TwilioClient, TwilioError};
use bella_clock::Clock;
use bella_core::PhoneNumber;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use futures::StreamExt as _;
use serde::Serialize;
use std::sync::Arc;

/// What the notifier needs besides the outbox.
#[derive(Clone, Debug)]
pub struct NotifierConfig {
    /// `[notifications]`.
    pub notifications: NotificationsConfig,
    /// The business's name, as said and written.
    pub business_name: String,
    /// The business's zone (calling hours, and the day and time in texts).
    pub tz: Tz,
    /// The public base URL Twilio reaches this server at (`https://…`).
    pub public_url: String,
    /// The number to call back, as spoken in the voicemail (default: `from`).
    pub callback: Option<String>,
    /// How long a claim holds a row.
    pub lease: Duration,
    /// Rows claimed per batch.
    pub batch: i64,
}

impl NotifierConfig {
    /// A configuration with the defaults `bella serve` runs with: no callback number
    /// (the sending number is read out), a two-minute lease, batches of 200.
    #[must_use]
    pub fn new(
        notifications: NotificationsConfig,
        business_name: &str,
        tz: Tz,
        public_url: &str,
    ) -> Self {
        Self {
            notifications,
            business_name: business_name.to_owned(),
            tz,
            public_url: public_url.to_owned(),
            callback: None,
            lease: Duration::minutes(2),
            batch: 200,
        }
    }
}

/// One thing the notifier did (or would do, dry).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Outbox row id.
    pub id: i64,
    /// `call` or `sms`.
    pub channel: &'static str,
    /// `booked`, `moved`, `cancelled`, `reminder`, `fallback`.
    pub kind: String,
    /// The recipient, masked.
    pub to: String,
    /// The row's new state (`calling`, `sent`, `pending`, `failed`, ...).
    pub state: String,
    /// Twilio's sid, when something was sent.
    pub sid: Option<String>,
    /// Why, when not sent.
    pub note: Option<String>,
}

/// A claimed row's new state, as it is written on the row and reported as its
/// [`Action`]: one value, so the state recorded and the state reported are the same.
#[derive(Debug, Default)]
struct Settle<'a> {
    /// The new state (`calling`, `sent`, `pending`, `failed`, ...).
    state: &'a str,
    /// Twilio's sid, when something was sent.
    sid: Option<String>,
    /// The error kept on the row (`last_error`).
    error: Option<String>,
    /// Whether a call was placed (it counts as an attempt).
    placed_call: bool,
    /// When the row is due again, if that changes.
    due: Option<DateTime<Utc>>,
    /// Why, in the action.
    note: Option<String>,
}

impl<'a> Settle<'a> {
    /// Just a new state.
    fn state(state: &'a str) -> Self {
        Self {
            state,
            ..Self::default()
        }
    }

    /// A new state because of an error: `label` is kept on the row and is the note.
    fn failure(state: &'a str, label: String) -> Self {
        Self {
            state,
            error: Some(label.clone()),
            note: Some(label),
            ..Self::default()
        }
    }
}

/// Where a test may stop a notifier dead (`BELLA_FAILPOINT`), to prove that a process
/// killed there sends each reminder once after a restart. Never set in production.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failpoint {
    /// `after_claim`: rows claimed, nothing sent.
    AfterClaim,
    /// `after_send`: Twilio accepted the call or text, nothing recorded.
    AfterSend,
}

impl Failpoint {
    /// Reads `BELLA_FAILPOINT` (unset or unknown: none).
    #[must_use]
    pub fn from_env() -> Option<Self> {
        match std::env::var("BELLA_FAILPOINT").ok()?.trim() {
            "after_claim" => Some(Self::AfterClaim),
            "after_send" => Some(Self::AfterSend),
            _ => None,
        }
    }
}

/// The notifier. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Notifier {
    outbox: Outbox,
    client: Option<TwilioClient>,
    cfg: Arc<NotifierConfig>,
    failpoint: Option<Failpoint>,
    async_amd: bool,
    clock: Clock,
}

fn mask(phone: &str) -> String {
    PhoneNumber::from_e164(phone).map_or_else(|_| "***".to_owned(), |p| p.masked())
}

impl Notifier {
    /// A notifier; `client` `None` is a dry run (nothing sent, nothing changed).
    #[must_use]
    pub fn new(outbox: Outbox, client: Option<TwilioClient>, cfg: NotifierConfig) -> Self {
        let failpoint = Failpoint::from_env();
        if let Some(f) = failpoint {
            tracing::warn!(failpoint = ?f, "BELLA_FAILPOINT is set: this notifier will stop dead there (tests only)");
        }
        Self {
            outbox,
            client,
            cfg: Arc::new(cfg),
            failpoint,
            async_amd: false,
            clock: Clock::system(),
        }
    }

    /// Reads "now" from `clock` (the server's, shared with the adapter and the stores;
    /// a manual one in tests) instead of the system clock.
    #[must_use]
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// The clock [`Notifier::run_due_now`] and the webhooks read.
    #[must_use]
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Runs every row due now by the notifier's clock (what the scheduler's tick does).
    pub async fn run_due_now(&self) -> Result<Vec<Action>, OutboxError> {
        self.run_due(self.clock.now()).await
    }

    /// [`Notifier::on_call_status`] at now by the notifier's clock.
    pub async fn on_call_status_now(
        &self,
        sid: &str,
        call_status: &str,
    ) -> Result<Option<String>, OutboxError> {
        self.on_call_status(sid, call_status, self.clock.now())
            .await
    }

    /// Places reminder calls with asynchronous AMD (`AsyncAmd=true`; the verdict goes
    /// to `/twilio/outbound/amd`) instead of the default synchronous AMD. See
    /// `docs/outbound.md` for why synchronous is the default.
    #[must_use]
    pub fn with_async_amd(mut self, on: bool) -> Self {
        self.async_amd = on;
        self
    }

    /// Whether reminder calls use asynchronous AMD.
    #[must_use]
    pub fn async_amd(&self) -> bool {
        self.async_amd
    }

    /// Asynchronous AMD said a machine answered call `sid` (about an appointment at
    /// `start`): the live call is told to leave the voicemail and hang up.
    /// The voicemail is in `lang`, the language the appointment was booked in.
    pub async fn leave_voicemail(
        &self,
        sid: &str,
        start: DateTime<Utc>,
        lang: bella_dialog::Lang,
        twiml: impl FnOnce(&str) -> String,
    ) -> Result<(), TwilioError> {
        let Some(client) = &self.client else {
            return Ok(());
        };
        client
            .update_call_twiml(sid, &twiml(&self.voicemail_in(lang, start)))
            .await
            .map(|_| ())
    }

    /// Stops this worker for good at failpoint `at` when it is the one set: the task
    /// never goes on, as if the process had been killed there (the test then kills it).
    async fn failpoint(&self, at: Failpoint) {
        if self.failpoint == Some(at) {
            tracing::warn!(failpoint = ?at, "failpoint reached; stopping here");
            std::future::pending::<()>().await;
        }
    }

    /// The outbox.
    #[must_use]
    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// The configuration.
    #[must_use]
    pub fn config(&self) -> &NotifierConfig {
        &self.cfg
    }

    fn when(&self, start: DateTime<Utc>) -> String {
        bella_dialog::speak_when(start.with_timezone(&self.cfg.tz).naive_local())
    }

    /// The text for a row.
    #[must_use]
    pub fn text_for(&self, kind: &str, start: DateTime<Utc>) -> String {
        let b = &self.cfg.business_name;
        let when = self.when(start);
        match kind {
            "booked" => {
                format!("{b}: you're booked for {when}. Reply C to cancel, STOP to stop texts.")
            }
            "moved" => format!("{b}: your appointment is now on {when}. Reply C to cancel."),
            "cancelled" => format!("{b}: your appointment on {when} is cancelled."),
            _ => format!("{b}: a reminder of your appointment on {when}. Reply C to cancel."),
        }
    }

    /// The number a voicemail asks to call back, as spoken: the configured callback
    /// (the transfer number), else the sending number.
    #[must_use]
    pub fn callback(&self) -> String {
        self.callback_in(bella_dialog::Lang::En)
    }

    /// [`Notifier::callback`] read out in `lang` ("cinq cent quatre-vingt-sept, …").
    #[must_use]
    pub fn callback_in(&self, lang: bella_dialog::Lang) -> String {
        let speak = |p: &PhoneNumber| match lang {
            bella_dialog::Lang::Fr => bella_dialog::fr::speak_phone(p),
            _ => bella_dialog::speak_phone(p),
        };
        match &self.cfg.callback {
            Some(n) => PhoneNumber::from_e164(n.trim()).map_or_else(|_| n.clone(), |p| speak(&p)),
            None => speak(&self.cfg.notifications.from),
        }
    }

    /// The number to call back for the engine: E.164 when it is one (the engine reads
    /// it out in the call's language), else as configured.
    #[must_use]
    pub fn callback_number(&self) -> String {
        match &self.cfg.callback {
            Some(n) => {
                PhoneNumber::from_e164(n.trim()).map_or_else(|_| n.clone(), |p| p.e164().to_owned())
            }
            None => self.cfg.notifications.from.e164().to_owned(),
        }
    }

    /// The text for a row in `lang`, the language of the call that booked it (SPEC
    /// §5.7): French reads the day and time the Quebec way ("le mardi 1er décembre à
    /// 13 h 30"); English is [`Notifier::text_for`]. STOP stays the opt-out word, as
    /// carriers read it in both languages.
    #[must_use]
    pub fn text_in(&self, lang: bella_dialog::Lang, kind: &str, start: DateTime<Utc>) -> String {
        if lang != bella_dialog::Lang::Fr {
            return self.text_for(kind, start);
        }
        let b = &self.cfg.business_name;
        let when = bella_dialog::fr::speak_when(start.with_timezone(&self.cfg.tz).naive_local());
        match kind {
            "booked" => format!(
                "{b} : votre rendez-vous est réservé pour le {when}. Répondez C pour l'annuler, STOP pour ne plus recevoir de textos."
            ),
            "moved" => format!(
                "{b} : votre rendez-vous est maintenant le {when}. Répondez C pour l'annuler."
            ),
            "cancelled" => format!("{b} : votre rendez-vous du {when} est annulé."),
            _ => format!("{b} : rappel de votre rendez-vous le {when}. Répondez C pour l'annuler."),
        }
    }

    /// The voicemail for a reminder call (business, day and time, callback number).
    #[must_use]
    pub fn voicemail_for(&self, start: DateTime<Utc>) -> String {
        self.voicemail_in(bella_dialog::Lang::En, start)
    }

    /// The voicemail in `lang`: for a French booking `voicemail_fr`, the day and time
    /// and the number said in French ("le jeudi 26 novembre à 10 h").
    #[must_use]
    pub fn voicemail_in(&self, lang: bella_dialog::Lang, start: DateTime<Utc>) -> String {
        let n = &self.cfg.notifications;
        let (template, when) = match lang {
            bella_dialog::Lang::Fr => (
                &n.voicemail_fr,
                bella_dialog::fr::speak_when(start.with_timezone(&self.cfg.tz).naive_local()),
            ),
            _ => (&n.voicemail, self.when(start)),
        };
        bella_dialog::voicemail_text(
            template,
            &self.cfg.business_name,
            &when,
            &self.callback_in(lang),
        )
    }

    /// Runs every row due at `now`, batch after batch, until none is left.
    pub async fn run_due(&self, now: DateTime<Utc>) -> Result<Vec<Action>, OutboxError> {
        let mut all = Vec::new();
        if self.client.is_none() {
            for row in self.outbox.due(now, 10_000).await? {
                all.push(self.dry(&row, now));
            }
            return Ok(all);
        }
        loop {
            let rows = self
                .outbox
                .claim(now, self.cfg.lease, self.cfg.batch)
                .await?;
            if rows.is_empty() {
                break;
            }
            self.failpoint(Failpoint::AfterClaim).await;
            let n = rows.len();
            // Rows of a batch go out side by side (each is one HTTP request and one
            // UPDATE); the order of sending within a batch does not matter.
            let this = self.clone();
            let done: Vec<Result<Action, OutboxError>> = futures::stream::iter(rows)
                .map(move |row| {
                    let this = this.clone();
                    async move { this.process(&row, now).await }
                })
                .buffer_unordered(self.outbox.concurrency())
                .collect()
                .await;
            for a in done {
                all.push(a?);
            }
            if (n as i64) < self.cfg.batch {
                break;
            }
        }
        Ok(all)
    }

    /// Writes `settled` on the row and reports it: the action names the state just
    /// recorded, with its sid and note.
    async fn settle(
        &self,
        row: &Claimed,
        now: DateTime<Utc>,
        settled: Settle<'_>,
    ) -> Result<Action, OutboxError> {
        self.outbox
            .record(
                row,
                now,
                settled.state,
                settled.sid.as_deref(),
                settled.error.as_deref(),
                settled.placed_call,
                settled.due,
            )
            .await?;
        Ok(Self::action(row, settled.state, settled.sid, settled.note))
    }

    fn action(row: &Claimed, state: &str, sid: Option<String>, note: Option<String>) -> Action {
        Action {
            id: row.id,
            channel: row.channel.as_str(),
            kind: row.kind.clone(),
            to: mask(&row.phone),
            state: state.to_owned(),
            sid,
            note,
        }
    }

    /// What a row would become, without sending (dry run).
    fn dry(&self, row: &Claimed, now: DateTime<Utc>) -> Action {
        match self.precheck(row, now) {
            Some((state, note)) => Self::action(row, state, None, Some(note)),
            None => Self::action(row, "would_send", None, None),
        }
    }

    /// A reason not to send at all, or to wait: `(state, note)`.
    fn precheck(&self, row: &Claimed, now: DateTime<Utc>) -> Option<(&'static str, String)> {
        let reminder = matches!(row.kind.as_str(), "reminder" | "fallback");
        if row.kind != "cancelled" && row.status != "booked" {
            return Some(("cancelled", "appointment cancelled".into()));
        }
        if row.kind != "cancelled" && row.start != row.for_start {
            return Some(("superseded", "appointment moved".into()));
        }
        if reminder && row.start <= now {
            return Some(("skipped", "appointment already started".into()));
        }
        let daytime = row.channel == Channel::Call || row.kind == "reminder";
        if daytime && !hours::allowed(now, self.cfg.tz, &self.cfg.notifications.call_hours) {
            let at = hours::next_allowed(now, self.cfg.tz, &self.cfg.notifications.call_hours);
            return Some((
                "pending",
                format!("outside calling hours; due {}", at.to_rfc3339()),
            ));
        }
        None
    }

    async fn process(&self, row: &Claimed, now: DateTime<Utc>) -> Result<Action, OutboxError> {
        if let Some((state, note)) = self.precheck(row, now) {
            let due = (state == "pending")
                .then(|| hours::next_allowed(now, self.cfg.tz, &self.cfg.notifications.call_hours));
            let settled = Settle {
                state,
                due,
                note: Some(note),
                ..Settle::default()
            };
            return self.settle(row, now, settled).await;
        }
        match row.channel {
            Channel::Call => self.call(row, now).await,
            Channel::Sms => self.text(row, now).await,
        }
    }

    async fn call(&self, row: &Claimed, now: DateTime<Utc>) -> Result<Action, OutboxError> {
        let Some(client) = &self.client else {
            return Ok(self.dry(row, now));
        };
        if self.outbox.is_opted_out(&row.phone).await? {
            // "Stop calling me" on an earlier reminder call, or STOP by text: no call.
            return self.settle(row, now, Settle::state("opted_out")).await;
        }
        let from = self.cfg.notifications.from.e164().to_owned();
        if let Some(prev) = row.prev_claimed_at {
            // The last worker may have dialed before it died: ask Twilio.
            match client.calls_to_since(&row.phone, &from, prev).await {
                Ok(calls) => {
                    if let Some(c) = calls
                        .iter()
                        .find(|c| c.created().is_none_or(|t| t >= prev - Duration::seconds(1)))
                    {
                        let settled = Settle {
                            state: "calling",
                            sid: Some(c.sid.clone()),
                            placed_call: true,
                            note: Some("found at Twilio after an expired lease".into()),
                            ..Settle::default()
                        };
                        return self.settle(row, now, settled).await;
                    }
                }
                Err(e) => {
                    // Cannot tell: leave it claimed; the lease expires and we ask again.
                    return Ok(Self::action(row, "claimed", None, Some(e.label())));
                }
            }
        }
        let base = self.cfg.public_url.trim_end_matches('/');
        let call = NewCall {
            to: row.phone.clone(),
            from,
            url: format!("{base}/twilio/outbound?reminder={}", row.id),
            status_callback: Some(format!("{base}/twilio/outbound/status?reminder={}", row.id)),
            machine_detection: Some("DetectMessageEnd".into()),
            timeout_secs: Some(30),
            async_amd_callback: self
                .async_amd
                .then(|| format!("{base}/twilio/outbound/amd?reminder={}", row.id)),
        };
        match client.create_call(&call).await {
            Ok(c) => {
                self.failpoint(Failpoint::AfterSend).await;
                let settled = Settle {
                    state: "calling",
                    sid: Some(c.sid),
                    placed_call: true,
                    ..Settle::default()
                };
                self.settle(row, now, settled).await
            }
            Err(e) => self.failed(row, now, &e).await,
        }
    }

    async fn text(&self, row: &Claimed, now: DateTime<Utc>) -> Result<Action, OutboxError> {
        let Some(client) = &self.client else {
            return Ok(self.dry(row, now));
        };
        if self.outbox.is_opted_out(&row.phone).await? {
            return self.settle(row, now, Settle::state("opted_out")).await;
        }
        let msg = NewMessage {
            to: row.phone.clone(),
            from: self.cfg.notifications.from.e164().to_owned(),
            body: self.text_in(row.lang.parse().unwrap_or_default(), &row.kind, row.start),
            status_callback: None,
        };
        if let Some(prev) = row.prev_claimed_at {
            // The last try may have reached Twilio before its answer was lost: ask.
            match client
                .message_to_since(&msg.to, &msg.from, prev, &msg.body)
                .await
            {
                Ok(Some(m)) => {
                    let settled = Settle {
                        sid: Some(m.sid),
                        note: Some("found at Twilio after an expired lease".into()),
                        ..Settle::state("sent")
                    };
                    return self.settle(row, now, settled).await;
                }
                Ok(None) => {}
                Err(e) => return Ok(Self::action(row, "claimed", None, Some(e.label()))),
            }
        }
        match client.send_message(&msg).await {
            Ok(m) => {
                self.failpoint(Failpoint::AfterSend).await;
                let settled = Settle {
                    sid: Some(m.sid),
                    ..Settle::state("sent")
                };
                self.settle(row, now, settled).await
            }
            Err(TwilioError::OptedOut) => {
                self.outbox.opt_out(&row.phone, now).await?;
                let settled = Settle {
                    error: Some("opted_out:21610".into()),
                    ..Settle::state("opted_out")
                };
                self.settle(row, now, settled).await
            }
            Err(e) => self.failed(row, now, &e).await,
        }
    }

    async fn failed(
        &self,
        row: &Claimed,
        now: DateTime<Utc>,
        e: &TwilioError,
    ) -> Result<Action, OutboxError> {
        let label = e.label();
        match e {
            TwilioError::RateLimited { retry_after } => {
                let due = now + Duration::from_std(*retry_after).unwrap_or(Duration::seconds(1));
                let settled = Settle {
                    due: Some(due),
                    ..Settle::failure("pending", label)
                };
                self.settle(row, now, settled).await
            }
            TwilioError::Transient(_) => {
                // Twilio may have placed the call or sent the text: keep the claim;
                // after the lease the next claim looks it up before trying again.
                Ok(Self::action(row, "claimed", None, Some(label)))
            }
            _ => {
                self.settle(row, now, Settle::failure("failed", label))
                    .await
            }
        }
    }

    /// A reminder call's `StatusCallback`: `completed` ends the row; `no-answer`,
    /// `busy`, `failed` and `canceled` retry per `[notifications] retries`, then queue a
    /// text. Returns the row's new state.
    pub async fn on_call_status(
        &self,
        sid: &str,
        call_status: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, OutboxError> {
        match call_status {
            "completed" => Ok(self
                .outbox
                .call_ended(sid, "done", "completed", now)
                .await?
                .map(|_| "done".to_owned())),
            "no-answer" | "busy" | "failed" | "canceled" => {
                let Some((id, attempts)) = self
                    .outbox
                    .call_ended(sid, "failed", call_status, now)
                    .await?
                else {
                    return Ok(None);
                };
                let retries = &self.cfg.notifications.retries;
                if u32::try_from(attempts).unwrap_or(0) < retries.attempts {
                    let due = hours::next_allowed(
                        now + retries.every,
                        self.cfg.tz,
                        &self.cfg.notifications.call_hours,
                    );
                    self.outbox.retry_call(id, due, call_status).await?;
                    Ok(Some("pending".to_owned()))
                } else {
                    self.outbox.add_fallback_sms(id, now).await?;
                    Ok(Some("failed".to_owned()))
                }
            }
            _ => Ok(None),
        }
    }
}
