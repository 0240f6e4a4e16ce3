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
use bella_store::claim_token;
use bella_store::sql_time::SqlColumns;
use bella_store::{SidePool, SidePoolError};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::{AssertSqlSafe, Row};

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

/// The outbox over a store's database. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Outbox {
    db: SidePool,
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
    /// The language it was booked in (`"en"`, `"fr"`): its texts are written in it.
    pub lang: String,
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

fn channel_of(s: &str) -> Channel {
    if s == "call" {
        Channel::Call
    } else {
        Channel::Sms
    }
}

/// Runs `$body` on this outbox's pool `$p` ([`bella_store::on_side_pool!`]), with
/// `$sql` the statement, written once with Postgres's `$N` placeholders, in the pool's
/// dialect ([`SidePool::sql`]) and `$t` turning an instant into what the dialect
/// stores (Unix seconds in SQLite, `timestamptz` in Postgres). The body is written
/// once and compiled for each backend.
macro_rules! on_pool {
    ($db:expr, $text:expr, |$p:ident, $sql:ident, $t:ident| $body:expr) => {{
        let $sql = $db.sql($text);
        bella_store::on_side_pool!($db, |$p, $t| $body)
    }};
}

/// The columns of a claimed row with its appointment, in [`claimed`]'s order.
const CLAIMED_COLUMNS: &str = "o.id, o.kind, o.channel, o.for_start, o.due_at, o.attempts, \
     o.prev_claimed_at, a.id, a.name, a.phone, a.start_at, a.tz, a.status, a.lang \
     FROM outbox o JOIN appointments a ON a.id = o.appointment_id";

fn claimed<R>(r: &R, token: &str) -> Claimed
where
    R: Row + SqlColumns,
    usize: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    Claimed {
        id: r.get(0),
        token: token.to_owned(),
        kind: r.get(1),
        channel: channel_of(&r.get::<String, _>(2)),
        for_start: r.time(3),
        due_at: r.time(4),
        attempts: r.count(5),
        prev_claimed_at: r.opt_time(6),
        appointment_id: r.get(7),
        name: r.get(8),
        phone: r.get(9),
        start: r.time(10),
        tz: r.get(11),
        status: r.get(12),
        lang: r.get(13),
    }
}

fn listed<R>(r: &R) -> OutboxRow
where
    R: Row + SqlColumns,
    usize: sqlx::ColumnIndex<R>,
    for<'r> String: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> i64: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
{
    OutboxRow {
        id: r.get(0),
        appointment_id: r.get(1),
        kind: r.get(2),
        channel: r.get(3),
        due_at: r.time(4).to_rfc3339(),
        state: r.get(5),
        attempts: r.count(6),
        twilio_sid: r.get(7),
        last_error: r.get(8),
        outcome: r.get(9),
    }
}

impl Outbox {
    /// Opens the outbox in the store's database (`sqlite://PATH` or `postgres://…`).
    /// The store must have been opened first (it applies the migrations). An
    /// in-memory SQLite database is refused: it would be another database.
    pub async fn connect(database_url: &str, pg_schema: Option<&str>) -> Result<Self, OutboxError> {
        let db = match SidePool::connect(database_url, pg_schema, "notifications", 8).await {
            Ok(db) => db,
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
            SidePool::Sqlite(_) => 4,
            SidePool::Pg(_) => 16,
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
        on_pool!(
            &self.db,
            self.db.dialect(
                "INSERT INTO notification_rules (kind, channel, before_secs) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
                "INSERT OR IGNORE INTO notification_rules (kind, channel, before_secs) \
                 VALUES ($1, $2, $3)",
            ),
            |p, sql, _t| {
                let mut tx = p.begin().await?;
                sqlx::query("DELETE FROM notification_rules")
                    .execute(&mut *tx)
                    .await?;
                for (k, ch, b) in &rules {
                    sqlx::query(sql.clone())
                        .bind(k)
                        .bind(ch)
                        .bind(b)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
            }
        );
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
        let token = claim_token();
        let until = now + lease;
        let skip_locked = self.db.skip_locked();
        let claim = format!(
            "UPDATE outbox SET state = 'claimed', claim_token = $1, \
               prev_claimed_at = CASE WHEN state = 'claimed' THEN claimed_at ELSE prev_claimed_at END, \
               claimed_at = $2, lease_until = $3, updated_at = $2 \
             WHERE id IN (SELECT id FROM outbox \
               WHERE (state = 'pending' AND due_at <= $2) OR (state = 'claimed' AND lease_until <= $2) \
               ORDER BY due_at, id LIMIT $4{skip_locked}) \
             RETURNING id"
        );
        let ids: Vec<i64> = on_pool!(&self.db, AssertSqlSafe(claim), |p, sql, t| {
            sqlx::query_scalar(sql)
                .bind(&token)
                .bind(t(now))
                .bind(t(until))
                .bind(limit)
                .fetch_all(p)
                .await?
        });
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        self.load_claimed(&token).await
    }

    /// The rows a claim at `now` would take, changing nothing (`--dry-run`).
    pub async fn due(&self, now: DateTime<Utc>, limit: i64) -> Result<Vec<Claimed>, OutboxError> {
        let ids: Vec<i64> = on_pool!(
            &self.db,
            "SELECT id FROM outbox WHERE (state = 'pending' AND due_at <= $1) \
             OR (state = 'claimed' AND lease_until <= $1) ORDER BY due_at, id LIMIT $2",
            |p, sql, t| sqlx::query_scalar(sql)
                .bind(t(now))
                .bind(limit)
                .fetch_all(p)
                .await?
        );
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.load_one(id).await?);
        }
        Ok(out)
    }

    async fn load_one(&self, id: i64) -> Result<Option<Claimed>, OutboxError> {
        let select = format!("SELECT {CLAIMED_COLUMNS} WHERE o.id = $1");
        Ok(on_pool!(&self.db, AssertSqlSafe(select), |p, sql, _t| {
            sqlx::query(sql)
                .bind(id)
                .fetch_optional(p)
                .await?
                .map(|r| claimed(&r, ""))
        }))
    }

    async fn load_claimed(&self, token: &str) -> Result<Vec<Claimed>, OutboxError> {
        let select = format!(
            "SELECT {CLAIMED_COLUMNS} WHERE o.claim_token = $1 AND o.state = 'claimed' \
             ORDER BY o.due_at, o.id"
        );
        Ok(on_pool!(&self.db, AssertSqlSafe(select), |p, sql, _t| {
            sqlx::query(sql)
                .bind(token)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| claimed(r, token))
                .collect()
        }))
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
        let n = on_pool!(
            &self.db,
            "UPDATE outbox SET state = $3, twilio_sid = COALESCE($4, twilio_sid), last_error = $5, \
               attempts = attempts + $6, due_at = COALESCE($7, due_at), lease_until = NULL, \
               claim_token = NULL, updated_at = $8 \
             WHERE id = $1 AND claim_token = $2 AND state = 'claimed'",
            |p, sql, t| sqlx::query(sql)
                .bind(c.id)
                .bind(&c.token)
                .bind(state)
                .bind(sid)
                .bind(error)
                .bind(inc)
                .bind(due_at.map(t))
                .bind(t(now))
                .execute(p)
                .await?
                .rows_affected()
        );
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
        Ok(on_pool!(
            &self.db,
            "UPDATE outbox SET state = $2, outcome = COALESCE(outcome, $3), updated_at = $4 \
             WHERE twilio_sid = $1 AND state IN ('calling', 'sent', 'claimed') RETURNING id, attempts",
            |p, sql, t| sqlx::query(sql)
                .bind(sid)
                .bind(state)
                .bind(outcome)
                .bind(t(now))
                .fetch_optional(p)
                .await?
                .map(|r| (r.get::<i64, _>(0), r.count(1)))
        ))
    }

    /// Sets the outcome the engine reached on a reminder call (by sid).
    pub async fn set_outcome(&self, sid: &str, outcome: &str) -> Result<(), OutboxError> {
        on_pool!(
            &self.db,
            "UPDATE outbox SET outcome = $2 WHERE twilio_sid = $1",
            |p, sql, _t| {
                sqlx::query(sql).bind(sid).bind(outcome).execute(p).await?;
            }
        );
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
        on_pool!(
            &self.db,
            "UPDATE outbox SET state = 'pending', due_at = $2, last_error = $3, twilio_sid = NULL \
             WHERE id = $1",
            |p, sql, t| {
                sqlx::query(sql)
                    .bind(id)
                    .bind(t(due))
                    .bind(why)
                    .execute(p)
                    .await?;
            }
        );
        Ok(())
    }

    /// Queues the text that replaces a reminder call nobody answered.
    pub async fn add_fallback_sms(
        &self,
        call_row: i64,
        now: DateTime<Utc>,
    ) -> Result<(), OutboxError> {
        on_pool!(
            &self.db,
            "INSERT INTO outbox (appointment_id, kind, channel, for_start, due_at, created_at, updated_at) \
             SELECT appointment_id, 'fallback', 'sms', for_start, $2, $2, $2 FROM outbox WHERE id = $1",
            |p, sql, t| {
                sqlx::query(sql)
                    .bind(call_row)
                    .bind(t(now))
                    .execute(p)
                    .await?;
            }
        );
        Ok(())
    }

    /// Records that a number replied STOP (or Twilio said 21610, or the callee of a
    /// reminder call said "stop calling me"): no reminder call or text goes to it again.
    pub async fn opt_out(&self, phone: &str, now: DateTime<Utc>) -> Result<(), OutboxError> {
        on_pool!(
            &self.db,
            self.db.dialect(
                "INSERT INTO opt_outs (phone, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                "INSERT OR IGNORE INTO opt_outs (phone, created_at) VALUES ($1, $2)",
            ),
            |p, sql, t| {
                sqlx::query(sql).bind(phone).bind(t(now)).execute(p).await?;
            }
        );
        Ok(())
    }

    /// Clears an opt-out (START).
    pub async fn opt_in(&self, phone: &str) -> Result<(), OutboxError> {
        on_pool!(
            &self.db,
            "DELETE FROM opt_outs WHERE phone = $1",
            |p, sql, _t| {
                sqlx::query(sql).bind(phone).execute(p).await?;
            }
        );
        Ok(())
    }

    /// Whether a number has opted out of reminder calls and texts (STOP, 21610, or
    /// "stop calling me" on a reminder call).
    pub async fn is_opted_out(&self, phone: &str) -> Result<bool, OutboxError> {
        let n: i64 = on_pool!(
            &self.db,
            "SELECT COUNT(*) FROM opt_outs WHERE phone = $1",
            |p, sql, _t| sqlx::query_scalar(sql).bind(phone).fetch_one(p).await?
        );
        Ok(n > 0)
    }

    /// Marks an appointment confirmed by its holder.
    pub async fn confirm_appointment(
        &self,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<bool, OutboxError> {
        let n = on_pool!(
            &self.db,
            "UPDATE appointments SET confirmed_at = COALESCE(confirmed_at, $2) \
             WHERE id = $1 AND status = 'booked'",
            |p, sql, t| sqlx::query(sql)
                .bind(id)
                .bind(t(now))
                .execute(p)
                .await?
                .rows_affected()
        );
        Ok(n == 1)
    }

    /// Sets the outcome the engine reached on a reminder call, by row id, unless the
    /// row has one already. Returns whether it was set.
    pub async fn set_outcome_of(&self, id: i64, outcome: &str) -> Result<bool, OutboxError> {
        let n = on_pool!(
            &self.db,
            "UPDATE outbox SET outcome = $2 WHERE id = $1 AND outcome IS NULL",
            |p, sql, _t| sqlx::query(sql)
                .bind(id)
                .bind(outcome)
                .execute(p)
                .await?
                .rows_affected()
        );
        Ok(n == 1)
    }

    /// The appointment of reminder-call row `id` (the `?reminder=ID` of the call's
    /// webhook) and the language it was booked in; `None` when there is no such row or
    /// it is not a call.
    pub async fn reminder_call(&self, id: i64) -> Result<Option<(i64, String)>, OutboxError> {
        Ok(on_pool!(
            &self.db,
            "SELECT o.appointment_id, a.lang FROM outbox o JOIN appointments a \
             ON a.id = o.appointment_id WHERE o.id = $1 AND o.channel = 'call'",
            |p, sql, _t| sqlx::query_as(sql).bind(id).fetch_optional(p).await?
        ))
    }

    /// Which of `ids` their holders have confirmed (a reminder call's yes).
    pub async fn confirmed_among(&self, ids: &[i64]) -> Result<Vec<i64>, OutboxError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        // Ids are integers: a JSON array binds them in one statement on both backends.
        let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        Ok(on_pool!(
            &self.db,
            self.db.dialect(
                "SELECT id FROM appointments WHERE confirmed_at IS NOT NULL \
                 AND id = ANY(SELECT jsonb_array_elements_text($1::jsonb)::bigint)",
                "SELECT id FROM appointments WHERE confirmed_at IS NOT NULL \
                 AND id IN (SELECT value FROM json_each($1))",
            ),
            |p, sql, _t| sqlx::query_scalar(sql).bind(&list).fetch_all(p).await?
        ))
    }

    /// Opens the outbox in the database of an opened store (`database_url`,
    /// `pg_schema`: as the store was opened with). SQLite uses the store's one writing
    /// connection (`SqliteStore::write_pool`; the store's writer task takes turns with
    /// it), so a server never has two writers on its file; Postgres opens a small pool
    /// of its own.
    pub async fn for_store(
        store: &dyn bella_store::AppointmentStore,
        database_url: &str,
        pg_schema: Option<&str>,
    ) -> Result<Self, OutboxError> {
        match store.as_sqlite() {
            Some(_)
                if database_url.contains(":memory:") || database_url.contains("mode=memory") =>
            {
                Err(OutboxError::Invalid(
                    "notifications need a database file or Postgres, not sqlite::memory:".into(),
                ))
            }
            Some(s) => Ok(Self {
                db: SidePool::Sqlite(s.write_pool().clone()),
            }),
            None => Self::connect(database_url, pg_schema).await,
        }
    }

    /// The appointment id of the reminder row `id` (the `?reminder=ID` of a webhook).
    pub async fn appointment_of(&self, id: i64) -> Result<Option<i64>, OutboxError> {
        Ok(on_pool!(
            &self.db,
            "SELECT appointment_id FROM outbox WHERE id = $1",
            |p, sql, _t| sqlx::query_scalar(sql).bind(id).fetch_optional(p).await?
        ))
    }

    /// The newest rows first, at most `limit`, optionally in one state.
    pub async fn list(
        &self,
        state: Option<&str>,
        limit: i64,
    ) -> Result<Vec<OutboxRow>, OutboxError> {
        let limit = limit.clamp(1, 1000);
        Ok(on_pool!(
            &self.db,
            "SELECT id, appointment_id, kind, channel, due_at, state, attempts, twilio_sid, \
             last_error, outcome FROM outbox WHERE (CAST($1 AS TEXT) IS NULL OR state = $1) \
             ORDER BY id DESC LIMIT $2",
            |p, sql, _t| sqlx::query(sql)
                .bind(state)
                .bind(limit)
                .fetch_all(p)
                .await?
                .iter()
                .map(listed)
                .collect()
        ))
    }

    /// Counts rows per state (for metrics and the bench).
    pub async fn count_by_state(&self) -> Result<Vec<(String, i64)>, OutboxError> {
        let by_state = "SELECT state, COUNT(*) FROM outbox GROUP BY state ORDER BY state";
        Ok(on_pool!(&self.db, by_state, |p, sql, _t| {
            sqlx::query_as(sql).fetch_all(p).await?
        }))
    }

    /// Inserts `n` booked one-minute appointments from `first`, a minute apart, in one
    /// transaction at `now` (the triggers queue their reminders). For benchmarks only:
    /// it writes `appointments` directly.
    #[doc(hidden)]
    pub async fn seed_for_bench(
        &self,
        first: DateTime<Utc>,
        n: i64,
        tz: &str,
        now: DateTime<Utc>,
    ) -> Result<(), OutboxError> {
        on_pool!(
            &self.db,
            "INSERT INTO appointments (name, phone, start_at, end_at, minutes, tz, status, \
             created_at, updated_at) VALUES ('Sam Lee', $1, $2, $3, 1, $4, 'booked', $5, $5)",
            |p, sql, t| {
                let mut tx = p.begin().await?;
                for i in 0..n {
                    let start = first + Duration::minutes(i);
                    sqlx::query(sql.clone())
                        .bind(format!("+1780{i:07}"))
                        .bind(t(start))
                        .bind(t(start + Duration::minutes(1)))
                        .bind(tz)
                        .bind(t(now))
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
            }
        );
        Ok(())
    }
}
