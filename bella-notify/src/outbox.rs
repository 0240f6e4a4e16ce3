//! The outbox: one row per reminder or text, filled by triggers on `appointments`
//! (migration `0003_outbox.sql`) in the same transaction as the booking, move or
//! cancel, and claimed by workers with a lease.
//!
//! - **Postgres**: `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`: servers
//!   claim disjoint rows without waiting on each other.
//! - **SQLite**: the same `UPDATE … RETURNING` as one statement, which takes the
//!   database's write lock: claims are serialised by SQLite itself, across processes.
//!
//! A claim sets `claim_token` (unique per claim) and `lease_until`; every later write
//! is fenced by that token, so a worker whose lease expired and was taken over can no
//! longer record anything. A row claimed again after its lease expired carries
//! `prev_claimed_at`: the worker must look the call up at Twilio before dialing again.

use crate::config::{Channel, NotificationsConfig};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::Serialize;
use sqlx::Row;
use sqlx::postgres::PgPool;
use sqlx::sqlite::SqlitePool;

/// Why an outbox operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OutboxError {
    /// The database URL cannot hold an outbox.
    #[error("{0}")]
    Invalid(String),
    /// The database failed.
    #[error("outbox database error: {0}")]
    Db(#[from] sqlx::Error),
}

#[derive(Clone, Debug)]
enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

/// The outbox over a store's database. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Outbox {
    db: Db,
}

/// A claimed row with its appointment, ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claimed {
    /// Outbox row id.
    pub id: i64,
    /// The claim's fencing token.
    pub token: String,
    /// `booked`, `moved`, `cancelled`, `reminder`, `fallback`.
    pub kind: String,
    /// Call or text.
    pub channel: Channel,
    /// The appointment start this row is about.
    pub for_start: DateTime<Utc>,
    /// When it was due.
    pub due_at: DateTime<Utc>,
    /// Calls placed so far for this row.
    pub attempts: i32,
    /// Set when an earlier claim's lease expired: look the call up before redialing.
    pub prev_claimed_at: Option<DateTime<Utc>>,
    /// The appointment.
    pub appointment_id: i64,
    /// Its holder's name (personal data).
    pub name: String,
    /// Its holder's number, E.164 (personal data).
    pub phone: String,
    /// Its start now.
    pub start: DateTime<Utc>,
    /// Its zone.
    pub tz: String,
    /// `booked` or `cancelled`.
    pub status: String,
}

/// One row as `GET /api/notifications` shows it (the number masked).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutboxRow {
    /// Row id.
    pub id: i64,
    /// The appointment.
    pub appointment_id: i64,
    /// `booked`, `moved`, `cancelled`, `reminder`, `fallback`.
    pub kind: String,
    /// `call` or `sms`.
    pub channel: String,
    /// When it is (was) due, RFC 3339.
    pub due_at: String,
    /// `pending`, `claimed`, `calling`, `sent`, `done`, `failed`, `cancelled`,
    /// `superseded`, `opted_out`.
    pub state: String,
    /// Calls placed.
    pub attempts: i32,
    /// Twilio's sid.
    pub twilio_sid: Option<String>,
    /// The last error (a label, never personal data).
    pub last_error: Option<String>,
    /// How a call ended (`confirmed`, `voicemail`, `no-answer`, ...).
    pub outcome: Option<String>,
}

fn secs(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

fn from_secs(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).single().unwrap_or_default()
}

fn channel_of(s: &str) -> Channel {
    if s == "call" {
        Channel::Call
    } else {
        Channel::Sms
    }
}

fn new_token() -> String {
    format!("{:032x}", rand::random::<u128>())
}

impl Outbox {
    /// Opens the outbox in the store's database (`sqlite://PATH` or `postgres://…`).
    /// The store must have been opened first (it applies the migrations). An
    /// in-memory SQLite database is refused: it would be another database.
    pub async fn connect(database_url: &str, pg_schema: Option<&str>) -> Result<Self, OutboxError> {
        use bella_store::{SidePool, SidePoolError};
        let db = match SidePool::connect(database_url, pg_schema, "notifications", 8).await {
            Ok(SidePool::Sqlite(p)) => Db::Sqlite(p),
            Ok(SidePool::Pg(p)) => Db::Pg(p),
            Err(SidePoolError::Db(e)) => return Err(OutboxError::Db(e)),
            Err(e) => return Err(OutboxError::Invalid(e.to_string())),
        };
        Ok(Self { db })
    }

    /// Rows a worker should have in flight at once: SQLite has one writer, so a few;
    /// Postgres more.
    #[must_use]
    pub fn concurrency(&self) -> usize {
        match self.db {
            Db::Sqlite(_) => 4,
            Db::Pg(_) => 16,
        }
    }

    /// Rewrites the rules the triggers read from `[notifications]` (`None`: no rules,
    /// so bookings queue nothing).
    pub async fn sync_rules(&self, cfg: Option<&NotificationsConfig>) -> Result<(), OutboxError> {
        let mut rules: Vec<(&str, &str, i64)> = Vec::new();
        if let Some(c) = cfg {
            if c.confirm_sms {
                rules.push(("confirm", "sms", 0));
            }
            for r in &c.reminders {
                rules.push(("reminder", r.channel.as_str(), r.before.num_seconds()));
            }
        }
        match &self.db {
            Db::Sqlite(p) => {
                let mut tx = p.begin().await?;
                sqlx::query("DELETE FROM notification_rules")
                    .execute(&mut *tx)
                    .await?;
                for (k, ch, b) in &rules {
                    sqlx::query("INSERT OR IGNORE INTO notification_rules (kind, channel, before_secs) VALUES (?1, ?2, ?3)")
                        .bind(k).bind(ch).bind(b).execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
            Db::Pg(p) => {
                let mut tx = p.begin().await?;
                sqlx::query("DELETE FROM notification_rules")
                    .execute(&mut *tx)
                    .await?;
                for (k, ch, b) in &rules {
                    sqlx::query("INSERT INTO notification_rules (kind, channel, before_secs) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
                        .bind(k).bind(ch).bind(b).execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
        }
        Ok(())
    }

    /// Claims up to `limit` rows due at `now` (pending, or claimed with an expired
    /// lease), earliest first, for `lease`.
    pub async fn claim(
        &self,
        now: DateTime<Utc>,
        lease: Duration,
        limit: i64,
    ) -> Result<Vec<Claimed>, OutboxError> {
        let token = new_token();
        let until = now + lease;
        let ids: Vec<i64> = match &self.db {
            Db::Sqlite(p) => {
                sqlx::query(
                    "UPDATE outbox SET state = 'claimed', claim_token = ?1, \
                       prev_claimed_at = CASE WHEN state = 'claimed' THEN claimed_at ELSE prev_claimed_at END, \
                       claimed_at = ?2, lease_until = ?3, updated_at = ?2 \
                     WHERE id IN (SELECT id FROM outbox \
                       WHERE (state = 'pending' AND due_at <= ?2) OR (state = 'claimed' AND lease_until <= ?2) \
                       ORDER BY due_at, id LIMIT ?4) \
                     RETURNING id",
                )
                .bind(&token)
                .bind(secs(now))
                .bind(secs(until))
                .bind(limit)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| r.get::<i64, _>(0))
                .collect()
            }
            Db::Pg(p) => {
                sqlx::query(
                    "UPDATE outbox SET state = 'claimed', claim_token = $1, \
                       prev_claimed_at = CASE WHEN state = 'claimed' THEN claimed_at ELSE prev_claimed_at END, \
                       claimed_at = $2, lease_until = $3, updated_at = $2 \
                     WHERE id IN (SELECT id FROM outbox \
                       WHERE (state = 'pending' AND due_at <= $2) OR (state = 'claimed' AND lease_until <= $2) \
                       ORDER BY due_at, id LIMIT $4 FOR UPDATE SKIP LOCKED) \
                     RETURNING id",
                )
                .bind(&token)
                .bind(now)
                .bind(until)
                .bind(limit)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| r.get::<i64, _>(0))
                .collect()
            }
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        self.load_claimed(&token).await
    }

    /// The rows a claim at `now` would take, changing nothing (`--dry-run`).
    pub async fn due(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Claimed>, OutboxError> {
        let ids: Vec<i64> = match &self.db {
            Db::Sqlite(p) => {
                sqlx::query_scalar(
                    "SELECT id FROM outbox WHERE (state = 'pending' AND due_at <= ?1) \
                 OR (state = 'claimed' AND lease_until <= ?1) ORDER BY due_at, id LIMIT ?2",
                )
                .bind(secs(now))
                .bind(limit)
                .fetch_all(p)
                .await?
            }
            Db::Pg(p) => {
                sqlx::query_scalar(
                    "SELECT id FROM outbox WHERE (state = 'pending' AND due_at <= $1) \
                 OR (state = 'claimed' AND lease_until <= $1) ORDER BY due_at, id LIMIT $2",
                )
                .bind(now)
                .bind(limit)
                .fetch_all(p)
                .await?
            }
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.load_one(id).await?);
        }
        Ok(out)
    }

    async fn load_one(&self, id: i64) -> Result<Option<Claimed>, OutboxError> {
        let row = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "SELECT o.id, o.kind, o.channel, o.for_start, o.due_at, o.attempts, o.prev_claimed_at, a.id, a.name, a.phone, a.start_at, a.tz, a.status FROM outbox o JOIN appointments a ON a.id = o.appointment_id WHERE o.id = ?1",
            )
            .bind(id)
            .fetch_optional(p)
            .await?
            .map(|r| Claimed {
                id: r.get(0),
                token: String::new(),
                kind: r.get(1),
                channel: channel_of(r.get::<&str, _>(2)),
                for_start: from_secs(r.get(3)),
                due_at: from_secs(r.get(4)),
                attempts: r.get::<i64, _>(5) as i32,
                prev_claimed_at: r.get::<Option<i64>, _>(6).map(from_secs),
                appointment_id: r.get(7),
                name: r.get(8),
                phone: r.get(9),
                start: from_secs(r.get(10)),
                tz: r.get(11),
                status: r.get(12),
            }),
            Db::Pg(p) => sqlx::query(
                "SELECT o.id, o.kind, o.channel, o.for_start, o.due_at, o.attempts, o.prev_claimed_at, a.id, a.name, a.phone, a.start_at, a.tz, a.status FROM outbox o JOIN appointments a ON a.id = o.appointment_id WHERE o.id = $1",
            )
            .bind(id)
            .fetch_optional(p)
            .await?
            .map(|r| Claimed {
                id: r.get(0),
                token: String::new(),
                kind: r.get(1),
                channel: channel_of(r.get::<&str, _>(2)),
                for_start: r.get(3),
                due_at: r.get(4),
                attempts: r.get(5),
                prev_claimed_at: r.get(6),
                appointment_id: r.get(7),
                name: r.get(8),
                phone: r.get(9),
                start: r.get(10),
                tz: r.get(11),
                status: r.get(12),
            }),
        };
        Ok(row)
    }

    async fn load_claimed(&self, token: &str) -> Result<Vec<Claimed>, OutboxError> {
        let out = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "SELECT o.id, o.kind, o.channel, o.for_start, o.due_at, o.attempts, o.prev_claimed_at, a.id, a.name, a.phone, a.start_at, a.tz, a.status FROM outbox o JOIN appointments a ON a.id = o.appointment_id \
                 WHERE o.claim_token = ?1 AND o.state = 'claimed' ORDER BY o.due_at, o.id",
            )
            .bind(token)
            .fetch_all(p)
            .await?
            .iter()
            .map(|r| Claimed {
                id: r.get(0),
                token: token.to_owned(),
                kind: r.get(1),
                channel: channel_of(r.get::<&str, _>(2)),
                for_start: from_secs(r.get(3)),
                due_at: from_secs(r.get(4)),
                attempts: r.get::<i64, _>(5) as i32,
                prev_claimed_at: r.get::<Option<i64>, _>(6).map(from_secs),
                appointment_id: r.get(7),
                name: r.get(8),
                phone: r.get(9),
                start: from_secs(r.get(10)),
                tz: r.get(11),
                status: r.get(12),
            })
            .collect(),
            Db::Pg(p) => sqlx::query(
                "SELECT o.id, o.kind, o.channel, o.for_start, o.due_at, o.attempts, o.prev_claimed_at, a.id, a.name, a.phone, a.start_at, a.tz, a.status FROM outbox o JOIN appointments a ON a.id = o.appointment_id \
                 WHERE o.claim_token = $1 AND o.state = 'claimed' ORDER BY o.due_at, o.id",
            )
            .bind(token)
            .fetch_all(p)
            .await?
            .iter()
            .map(|r| Claimed {
                id: r.get(0),
                token: token.to_owned(),
                kind: r.get(1),
                channel: channel_of(r.get::<&str, _>(2)),
                for_start: r.get(3),
                due_at: r.get(4),
                attempts: r.get(5),
                prev_claimed_at: r.get(6),
                appointment_id: r.get(7),
                name: r.get(8),
                phone: r.get(9),
                start: r.get(10),
                tz: r.get(11),
                status: r.get(12),
            })
            .collect(),
        };
        Ok(out)
    }

    /// Records what became of a claimed row, fenced by its claim token. `due_at`
    /// puts it back to `pending` at that instant (state must be `pending` then).
    /// Returns whether the row was still this claim's.
    #[allow(clippy::too_many_arguments)]
    pub async fn record(
        &self,
        c: &Claimed,
        now: DateTime<Utc>,
        state: &str,
        sid: Option<&str>,
        error: Option<&str>,
        placed_call: bool,
        due_at: Option<DateTime<Utc>>,
    ) -> Result<bool, OutboxError> {
        let inc = i32::from(placed_call);
        let n = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE outbox SET state = ?3, twilio_sid = COALESCE(?4, twilio_sid), last_error = ?5, \
                   attempts = attempts + ?6, due_at = COALESCE(?7, due_at), lease_until = NULL, \
                   claim_token = NULL, updated_at = ?8 \
                 WHERE id = ?1 AND claim_token = ?2 AND state = 'claimed'",
            )
            .bind(c.id)
            .bind(&c.token)
            .bind(state)
            .bind(sid)
            .bind(error)
            .bind(inc)
            .bind(due_at.map(secs))
            .bind(secs(now))
            .execute(p)
            .await?
            .rows_affected(),
            Db::Pg(p) => sqlx::query(
                "UPDATE outbox SET state = $3, twilio_sid = COALESCE($4, twilio_sid), last_error = $5, \
                   attempts = attempts + $6, due_at = COALESCE($7, due_at), lease_until = NULL, \
                   claim_token = NULL, updated_at = $8 \
                 WHERE id = $1 AND claim_token = $2 AND state = 'claimed'",
            )
            .bind(c.id)
            .bind(&c.token)
            .bind(state)
            .bind(sid)
            .bind(error)
            .bind(inc)
            .bind(due_at)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected(),
        };
        Ok(n == 1)
    }

    /// Records a call's end from its status callback, by sid: `outcome` is the
    /// engine's outcome or Twilio's final `CallStatus`. Returns the row id and attempts.
    pub async fn call_ended(
        &self,
        sid: &str,
        state: &str,
        outcome: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(i64, i32)>, OutboxError> {
        let row = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE outbox SET state = ?2, outcome = COALESCE(outcome, ?3), updated_at = ?4 \
                 WHERE twilio_sid = ?1 AND state IN ('calling', 'sent', 'claimed') RETURNING id, attempts",
            )
            .bind(sid)
            .bind(state)
            .bind(outcome)
            .bind(secs(now))
            .fetch_optional(p)
            .await?
            .map(|r| (r.get::<i64, _>(0), r.get::<i64, _>(1) as i32)),
            Db::Pg(p) => sqlx::query(
                "UPDATE outbox SET state = $2, outcome = COALESCE(outcome, $3), updated_at = $4 \
                 WHERE twilio_sid = $1 AND state IN ('calling', 'sent', 'claimed') RETURNING id, attempts",
            )
            .bind(sid)
            .bind(state)
            .bind(outcome)
            .bind(now)
            .fetch_optional(p)
            .await?
            .map(|r| (r.get::<i64, _>(0), r.get::<i32, _>(1))),
        };
        Ok(row)
    }

    /// Sets the outcome the engine reached on a reminder call (by sid).
    pub async fn set_outcome(&self, sid: &str, outcome: &str) -> Result<(), OutboxError> {
        match &self.db {
            Db::Sqlite(p) => {
                sqlx::query("UPDATE outbox SET outcome = ?2 WHERE twilio_sid = ?1")
                    .bind(sid)
                    .bind(outcome)
                    .execute(p)
                    .await?;
            }
            Db::Pg(p) => {
                sqlx::query("UPDATE outbox SET outcome = $2 WHERE twilio_sid = $1")
                    .bind(sid)
                    .bind(outcome)
                    .execute(p)
                    .await?;
            }
        }
        Ok(())
    }

    /// Puts a finished call row back to `pending` at `due` (a retry after no-answer,
    /// busy or failed).
    pub async fn retry_call(
        &self,
        id: i64,
        due: DateTime<Utc>,
        why: &str,
    ) -> Result<(), OutboxError> {
        match &self.db {
            Db::Sqlite(p) => {
                sqlx::query("UPDATE outbox SET state = 'pending', due_at = ?2, last_error = ?3, twilio_sid = NULL WHERE id = ?1")
                    .bind(id).bind(secs(due)).bind(why).execute(p).await?;
            }
            Db::Pg(p) => {
                sqlx::query("UPDATE outbox SET state = 'pending', due_at = $2, last_error = $3, twilio_sid = NULL WHERE id = $1")
                    .bind(id).bind(due).bind(why).execute(p).await?;
            }
        }
        Ok(())
    }

    /// Queues the text that replaces a reminder call nobody answered.
    pub async fn add_fallback_sms(
        &self,
        call_row: i64,
        now: DateTime<Utc>,
    ) -> Result<(), OutboxError> {
        match &self.db {
            Db::Sqlite(p) => {
                sqlx::query(
                    "INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at) \
                     SELECT appointment_id, 'fallback', 'sms', for_start, ?2, ?2, ?2 FROM outbox WHERE id = ?1",
                )
                .bind(call_row).bind(secs(now)).execute(p).await?;
            }
            Db::Pg(p) => {
                sqlx::query(
                    "INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at) \
                     SELECT appointment_id, 'fallback', 'sms', for_start, $2, $2, $2 FROM outbox WHERE id = $1",
                )
                .bind(call_row).bind(now).execute(p).await?;
            }
        }
        Ok(())
    }

    /// Records that a number replied STOP (or Twilio said 21610).
    pub async fn opt_out(&self, phone: &str, now: DateTime<Utc>) -> Result<(), OutboxError> {
        match &self.db {
            Db::Sqlite(p) => {
                sqlx::query("INSERT OR IGNORE INTO opt_outs (phone, created_at) VALUES (?1, ?2)")
                    .bind(phone)
                    .bind(secs(now))
                    .execute(p)
                    .await?;
            }
            Db::Pg(p) => {
                sqlx::query("INSERT INTO opt_outs (phone, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                    .bind(phone).bind(now).execute(p).await?;
            }
        }
        Ok(())
    }

    /// Clears an opt-out (START).
    pub async fn opt_in(&self, phone: &str) -> Result<(), OutboxError> {
        match &self.db {
            Db::Sqlite(p) => {
                sqlx::query("DELETE FROM opt_outs WHERE phone = ?1")
                    .bind(phone)
                    .execute(p)
                    .await?;
            }
            Db::Pg(p) => {
                sqlx::query("DELETE FROM opt_outs WHERE phone = $1")
                    .bind(phone)
                    .execute(p)
                    .await?;
            }
        }
        Ok(())
    }

    /// Whether a number has opted out of texts.
    pub async fn is_opted_out(&self, phone: &str) -> Result<bool, OutboxError> {
        let n: i64 = match &self.db {
            Db::Sqlite(p) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM opt_outs WHERE phone = ?1")
                    .bind(phone)
                    .fetch_one(p)
                    .await?
            }
            Db::Pg(p) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM opt_outs WHERE phone = $1")
                    .bind(phone)
                    .fetch_one(p)
                    .await?
            }
        };
        Ok(n > 0)
    }

    /// Marks an appointment confirmed by its holder.
    pub async fn confirm_appointment(
        &self,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, OutboxError> {
        let n = match &self.db {
            Db::Sqlite(p) => sqlx::query("UPDATE appointments SET confirmed_at = COALESCE(confirmed_at, ?2) WHERE id = ?1 AND status = 'booked'")
                .bind(id).bind(secs(now)).execute(p).await?.rows_affected(),
            Db::Pg(p) => sqlx::query("UPDATE appointments SET confirmed_at = COALESCE(confirmed_at, $2) WHERE id = $1 AND status = 'booked'")
                .bind(id).bind(now).execute(p).await?.rows_affected(),
        };
        Ok(n == 1)
    }

    /// The appointment id of the reminder row `id` (the `?reminder=ID` of a webhook).
    pub async fn appointment_of(&self, id: i64) -> Result<Option<i64>, OutboxError> {
        Ok(match &self.db {
            Db::Sqlite(p) => {
                sqlx::query_scalar("SELECT appointment_id FROM outbox WHERE id = ?1")
                    .bind(id)
                    .fetch_optional(p)
                    .await?
            }
            Db::Pg(p) => {
                sqlx::query_scalar("SELECT appointment_id FROM outbox WHERE id = $1")
                    .bind(id)
                    .fetch_optional(p)
                    .await?
            }
        })
    }

    /// The newest rows first, at most `limit`, optionally in one state.
    pub async fn list(
        &self,
        state: Option<&str>,
        limit: i64,
    ) -> Result<Vec<OutboxRow>, OutboxError> {
        let limit = limit.clamp(1, 1000);
        let rows = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "SELECT id, appointment_id, kind, channel, due_at, state, attempts, twilio_sid, last_error, outcome FROM outbox WHERE (?1 IS NULL OR state = ?1) ORDER BY id DESC LIMIT ?2",
            )
            .bind(state).bind(limit).fetch_all(p).await?
            .iter()
            .map(|r| OutboxRow {
                id: r.get(0),
                appointment_id: r.get(1),
                kind: r.get(2),
                channel: r.get(3),
                due_at: from_secs(r.get(4)).to_rfc3339(),
                state: r.get(5),
                attempts: r.get::<i64, _>(6) as i32,
                twilio_sid: r.get(7),
                last_error: r.get(8),
                outcome: r.get(9),
            })
            .collect(),
            Db::Pg(p) => sqlx::query(
                "SELECT id, appointment_id, kind, channel, due_at, state, attempts, twilio_sid, last_error, outcome FROM outbox WHERE ($1::text IS NULL OR state = $1) ORDER BY id DESC LIMIT $2",
            )
            .bind(state).bind(limit).fetch_all(p).await?
            .iter()
            .map(|r| OutboxRow {
                id: r.get(0),
                appointment_id: r.get(1),
                kind: r.get(2),
                channel: r.get(3),
                due_at: r.get::<DateTime<Utc>, _>(4).to_rfc3339(),
                state: r.get(5),
                attempts: r.get(6),
                twilio_sid: r.get(7),
                last_error: r.get(8),
                outcome: r.get(9),
            })
            .collect(),
        };
        Ok(rows)
    }

    /// Counts rows per state (for metrics and the bench).
    pub async fn count_by_state(&self) -> Result<Vec<(String, i64)>, OutboxError> {
        let sql = "SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state";
        Ok(match &self.db {
            Db::Sqlite(p) => sqlx::query(sql)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
                .collect(),
            Db::Pg(p) => sqlx::query(sql)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
                .collect(),
        })
    }

    /// Inserts `n` booked one-minute appointments from `first`, a minute apart, in one
    /// transaction (the triggers queue their reminders). For benchmarks only: it writes
    /// `appointments` directly.
    #[doc(hidden)]
    pub async fn seed_for_bench(
        &self,
        first: DateTime<Utc>,
        n: i64,
        tz: &str,
    ) -> Result<(), OutboxError> {
        let now = Utc::now();
        match &self.db {
            Db::Sqlite(p) => {
                let mut tx = p.begin().await?;
                for i in 0..n {
                    let start = first + Duration::minutes(i);
                    sqlx::query("INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, status, created_at, updated_at) VALUES ('Sam Lee', ?1, ?2, ?3, 1, ?4, 'booked', ?5, ?5)")
                        .bind(format!("+1780{:07}", i)).bind(secs(start)).bind(secs(start + Duration::minutes(1))).bind(tz).bind(secs(now))
                        .execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
            Db::Pg(p) => {
                let mut tx = p.begin().await?;
                for i in 0..n {
                    let start = first + Duration::minutes(i);
                    sqlx::query("INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, status, created_at, updated_at) VALUES ('Sam Lee', $1, $2, $3, 1, $4, 'booked', $5, $5)")
                        .bind(format!("+1780{:07}", i)).bind(start).bind(start + Duration::minutes(1)).bind(tz).bind(now)
                        .execute(&mut *tx).await?;
                }
                tx.commit().await?;
            }
        }
        Ok(())
    }
}
