//! The calendar tables of migration `0004_calendar.sql`, on the store's database:
//! feed tokens, the rows a feed shows, and the push state (`calendar_sync`).
//!
//! A token is 32 random bytes (URL-safe base64, prefixed `bcf_`); only its SHA-256 is
//! stored, so a leaked database does not leak feed access. A sync row is claimed
//! with a fencing token and a lease (on Postgres through `FOR UPDATE SKIP LOCKED`, as
//! `bella_notify::outbox` does); every later write names that token, so a worker whose
//! lease was taken over can record nothing.

use base64::Engine as _;
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::{AssertSqlSafe, Row};
use std::str::FromStr;

/// Why a calendar database operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// Bad input (an unknown feed, a database URL that cannot hold calendars).
    #[error("{0}")]
    Invalid(String),
    /// The database failed.
    #[error("calendar database error: {0}")]
    Db(#[from] sqlx::Error),
}

#[derive(Clone, Debug)]
enum Db {
    Sqlite(SqlitePool),
    Pg(PgPool),
}

/// The calendar tables. Cheap to clone.
#[derive(Clone, Debug)]
pub struct CalendarDb {
    db: Db,
}

/// A feed token as listed (never the token itself).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FeedToken {
    /// Row id (what `revoke` takes).
    pub id: i64,
    /// A resource slug or `all`.
    pub feed: String,
    /// Whether the feed shows callers' numbers.
    pub include_phone: bool,
    /// When it was made, RFC 3339.
    pub created_at: String,
    /// When it was revoked, if it was.
    pub revoked_at: Option<String>,
}

/// One appointment as a calendar shows it (personal data: name and phone).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    /// Appointment id.
    pub id: i64,
    /// Caller's name.
    pub name: String,
    /// Caller's number, E.164.
    pub phone: String,
    /// Start.
    pub start: DateTime<Utc>,
    /// End.
    pub end: DateTime<Utc>,
    /// The business zone, IANA name.
    pub tz: String,
    /// `booked` or `cancelled`.
    pub status: String,
    /// Service (`""`: the default).
    pub service: String,
    /// Resource (`""`: the only one).
    pub resource: String,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A claimed sync row with the appointment as it is now.
#[derive(Clone, Debug)]
pub struct SyncJob {
    /// The appointment.
    pub event: EventRow,
    /// The version this claim pushes.
    pub version: i64,
    /// The claim's fencing token.
    pub token: String,
    /// Where an earlier push put the event, and its ETag and calendar.
    pub href: Option<String>,
    /// ETag of the pushed event.
    pub etag: Option<String>,
    /// The resource whose calendar holds it.
    pub pushed_resource: Option<String>,
    /// Failed attempts since the last change.
    pub attempts: i32,
}

/// A push's effect, recorded by [`CalendarDb::pushed`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pushed {
    /// The event's URL, `None` once deleted.
    pub href: Option<String>,
    /// Its ETag, if the server gave one.
    pub etag: Option<String>,
    /// The resource whose calendar holds it, `None` once deleted.
    pub resource: Option<String>,
}

/// The SHA-256 of a token, hex.
#[must_use]
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn new_token() -> String {
    let bytes: [u8; 32] = rand::random();
    format!(
        "bcf_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

fn claim_token() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn from_secs(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(s, 0).single().unwrap_or_default()
}

fn sqlite_event(r: &sqlx::sqlite::SqliteRow) -> EventRow {
    EventRow {
        id: r.get("id"),
        name: r.get("name"),
        phone: r.get("phone"),
        start: from_secs(r.get("start_at")),
        end: from_secs(r.get("end_at")),
        tz: r.get("tz"),
        status: r.get("status"),
        service: r.get("service"),
        resource: r.get("resource"),
        updated_at: from_secs(r.get("updated_at")),
    }
}

fn pg_event(r: &sqlx::postgres::PgRow) -> EventRow {
    EventRow {
        id: r.get("id"),
        name: r.get("name"),
        phone: r.get("phone"),
        start: r.get("start_at"),
        end: r.get("end_at"),
        tz: r.get("tz"),
        status: r.get("status"),
        service: r.get("service"),
        resource: r.get("resource"),
        updated_at: r.get("updated_at"),
    }
}

const EVENT_COLUMNS: &str = "a.id, a.name, a.phone, a.start_at, a.end_at, a.tz, a.status, a.service, a.resource, a.updated_at";

/// How long a cancelled appointment stays in the feed (as `STATUS:CANCELLED`).
pub const CANCELLED_KEPT: Duration = Duration::days(30);
/// How far back the feed shows appointments.
pub const FEED_PAST: Duration = Duration::days(90);

impl CalendarDb {
    /// Opens the calendar tables in the store's database (`sqlite://PATH` or
    /// `postgres://…`); the store must have been opened first (it migrates). An
    /// in-memory SQLite database is refused: it would be another, empty database.
    pub async fn connect(url: &str, pg_schema: Option<&str>) -> Result<Self, CalendarError> {
        if url.starts_with("sqlite:") {
            if url.contains(":memory:") || url.contains("mode=memory") {
                return Err(CalendarError::Invalid(
                    "calendars need a database file or Postgres, not sqlite::memory:".into(),
                ));
            }
            let opts = SqliteConnectOptions::from_str(url)?
                .journal_mode(SqliteJournalMode::Wal)
                .busy_timeout(std::time::Duration::from_secs(10));
            let pool = SqlitePoolOptions::new()
                .max_connections(2)
                .connect_with(opts)
                .await?;
            return Ok(Self {
                db: Db::Sqlite(pool),
            });
        }
        if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
            return Err(CalendarError::Invalid(
                "database url must start with sqlite: or postgres://".into(),
            ));
        }
        let mut opts = PgConnectOptions::from_str(url)?;
        if let Some(schema) = pg_schema {
            opts = opts.options([("search_path", schema)]);
        }
        let pool = PgPoolOptions::new()
            .max_connections(4)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .connect_with(opts)
            .await?;
        Ok(Self { db: Db::Pg(pool) })
    }

    /// Makes a token for `feed` (a resource slug or `all`) and returns its id and the
    /// token, which is shown once and never stored.
    pub async fn create_token(
        &self,
        feed: &str,
        include_phone: bool,
        now: DateTime<Utc>,
    ) -> Result<(i64, String), CalendarError> {
        let token = new_token();
        let hash = token_hash(&token);
        let id: i64 = match &self.db {
            Db::Sqlite(p) => {
                sqlx::query_scalar(
                    "INSERT INTO calendar_tokens (feed, token_hash, include_phone, created_at) \
                     VALUES (?1, ?2, ?3, ?4) RETURNING id",
                )
                .bind(feed)
                .bind(&hash)
                .bind(include_phone)
                .bind(now.timestamp())
                .fetch_one(p)
                .await?
            }
            Db::Pg(p) => {
                sqlx::query_scalar(
                    "INSERT INTO calendar_tokens (feed, token_hash, include_phone, created_at) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(feed)
                .bind(&hash)
                .bind(include_phone)
                .bind(now)
                .fetch_one(p)
                .await?
            }
        };
        Ok((id, token))
    }

    /// Revokes one token by id (`false`: no such live token).
    pub async fn revoke_token(&self, id: i64, now: DateTime<Utc>) -> Result<bool, CalendarError> {
        let n = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE calendar_tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
            )
            .bind(id)
            .bind(now.timestamp())
            .execute(p)
            .await?
            .rows_affected(),
            Db::Pg(p) => sqlx::query(
                "UPDATE calendar_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL",
            )
            .bind(id)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected(),
        };
        Ok(n > 0)
    }

    /// Revokes every live token of a feed and returns how many.
    pub async fn revoke_feed(&self, feed: &str, now: DateTime<Utc>) -> Result<u64, CalendarError> {
        Ok(match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE calendar_tokens SET revoked_at = ?2 WHERE feed = ?1 AND revoked_at IS NULL",
            )
            .bind(feed)
            .bind(now.timestamp())
            .execute(p)
            .await?
            .rows_affected(),
            Db::Pg(p) => sqlx::query(
                "UPDATE calendar_tokens SET revoked_at = $2 WHERE feed = $1 AND revoked_at IS NULL",
            )
            .bind(feed)
            .bind(now)
            .execute(p)
            .await?
            .rows_affected(),
        })
    }

    /// The live token for `feed` matching `token`: `Some(include_phone)`, or `None`.
    pub async fn check_token(
        &self,
        feed: &str,
        token: &str,
    ) -> Result<Option<bool>, CalendarError> {
        let hash = token_hash(token);
        Ok(match &self.db {
            Db::Sqlite(p) => {
                sqlx::query_scalar(
                    "SELECT include_phone FROM calendar_tokens \
                 WHERE token_hash = ?1 AND feed = ?2 AND revoked_at IS NULL",
                )
                .bind(&hash)
                .bind(feed)
                .fetch_optional(p)
                .await?
            }
            Db::Pg(p) => {
                sqlx::query_scalar(
                    "SELECT include_phone FROM calendar_tokens \
                 WHERE token_hash = $1 AND feed = $2 AND revoked_at IS NULL",
                )
                .bind(&hash)
                .bind(feed)
                .fetch_optional(p)
                .await?
            }
        })
    }

    /// Every token, newest first (ids and feeds, never the tokens).
    pub async fn list_tokens(&self) -> Result<Vec<FeedToken>, CalendarError> {
        let sql = "SELECT id, feed, include_phone, created_at, revoked_at FROM calendar_tokens \
                   ORDER BY id DESC LIMIT 1000";
        Ok(match &self.db {
            Db::Sqlite(p) => sqlx::query(sql)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| FeedToken {
                    id: r.get(0),
                    feed: r.get(1),
                    include_phone: r.get(2),
                    created_at: from_secs(r.get(3)).to_rfc3339(),
                    revoked_at: r
                        .get::<Option<i64>, _>(4)
                        .map(|s| from_secs(s).to_rfc3339()),
                })
                .collect(),
            Db::Pg(p) => sqlx::query(sql)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| FeedToken {
                    id: r.get(0),
                    feed: r.get(1),
                    include_phone: r.get(2),
                    created_at: r.get::<DateTime<Utc>, _>(3).to_rfc3339(),
                    revoked_at: r.get::<Option<DateTime<Utc>>, _>(4).map(|t| t.to_rfc3339()),
                })
                .collect(),
        })
    }

    /// The appointments a feed shows at `now`: booked ones from [`FEED_PAST`] on, and
    /// cancelled ones changed within [`CANCELLED_KEPT`]; `resource` narrows to one.
    pub async fn feed_rows(
        &self,
        resource: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<EventRow>, CalendarError> {
        let from = now - FEED_PAST;
        let kept = now - CANCELLED_KEPT;
        let rows = match &self.db {
            Db::Sqlite(p) => sqlx::query(AssertSqlSafe(format!(
                "SELECT {EVENT_COLUMNS} FROM appointments a WHERE a.end_at >= ?1 \
                 AND (a.status = 'booked' OR a.updated_at >= ?2) \
                 AND (?3 IS NULL OR a.resource = ?3) ORDER BY a.start_at, a.id LIMIT 20000"
            )))
            .bind(from.timestamp())
            .bind(kept.timestamp())
            .bind(resource)
            .fetch_all(p)
            .await?
            .iter()
            .map(sqlite_event)
            .collect(),
            Db::Pg(p) => sqlx::query(AssertSqlSafe(format!(
                "SELECT {EVENT_COLUMNS} FROM appointments a WHERE a.end_at >= $1 \
                 AND (a.status = 'booked' OR a.updated_at >= $2) \
                 AND ($3::text IS NULL OR a.resource = $3) ORDER BY a.start_at, a.id LIMIT 20000"
            )))
            .bind(from)
            .bind(kept)
            .bind(resource)
            .fetch_all(p)
            .await?
            .iter()
            .map(pg_event)
            .collect(),
        };
        Ok(rows)
    }

    /// Claims up to `limit` sync rows with an unpushed version due at `now` (unclaimed,
    /// or with an expired lease), for `lease`, earliest due first.
    pub async fn claim(
        &self,
        now: DateTime<Utc>,
        lease: Duration,
        limit: i64,
    ) -> Result<Vec<SyncJob>, CalendarError> {
        let token = claim_token();
        let until = now + lease;
        let select = format!(
            "SELECT {EVENT_COLUMNS}, s.version, s.href, s.etag, s.pushed_resource, s.attempts \
             FROM calendar_sync s JOIN appointments a ON a.id = s.appointment_id"
        );
        Ok(match &self.db {
            Db::Sqlite(p) => {
                sqlx::query(
                    "UPDATE calendar_sync SET claim_token = ?1, lease_until = ?3 \
                     WHERE appointment_id IN (SELECT appointment_id FROM calendar_sync \
                       WHERE version > pushed_version AND due_at <= ?2 \
                         AND (claim_token IS NULL OR lease_until <= ?2) \
                       ORDER BY due_at, appointment_id LIMIT ?4)",
                )
                .bind(&token)
                .bind(now.timestamp())
                .bind(until.timestamp())
                .bind(limit)
                .execute(p)
                .await?;
                sqlx::query(AssertSqlSafe(format!(
                    "{select} WHERE s.claim_token = ?1 ORDER BY s.due_at"
                )))
                .bind(&token)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| SyncJob {
                    event: sqlite_event(r),
                    version: r.get(10),
                    token: token.clone(),
                    href: r.get(11),
                    etag: r.get(12),
                    pushed_resource: r.get(13),
                    attempts: i32::try_from(r.get::<i64, _>(14)).unwrap_or(i32::MAX),
                })
                .collect()
            }
            Db::Pg(p) => {
                sqlx::query(
                    "UPDATE calendar_sync SET claim_token = $1, lease_until = $3 \
                     WHERE appointment_id IN (SELECT appointment_id FROM calendar_sync \
                       WHERE version > pushed_version AND due_at <= $2 \
                         AND (claim_token IS NULL OR lease_until <= $2) \
                       ORDER BY due_at, appointment_id LIMIT $4 FOR UPDATE SKIP LOCKED)",
                )
                .bind(&token)
                .bind(now)
                .bind(until)
                .bind(limit)
                .execute(p)
                .await?;
                sqlx::query(AssertSqlSafe(format!(
                    "{select} WHERE s.claim_token = $1 ORDER BY s.due_at"
                )))
                .bind(&token)
                .fetch_all(p)
                .await?
                .iter()
                .map(|r| SyncJob {
                    event: pg_event(r),
                    version: r.get(10),
                    token: token.clone(),
                    href: r.get(11),
                    etag: r.get(12),
                    pushed_resource: r.get(13),
                    attempts: r.get(14),
                })
                .collect()
            }
        })
    }

    /// Records a successful push of `job`'s version (fenced by its claim token;
    /// `false`: the claim was lost and nothing was recorded). A newer version
    /// written meanwhile stays due.
    pub async fn pushed(&self, job: &SyncJob, out: &Pushed) -> Result<bool, CalendarError> {
        let n = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE calendar_sync SET pushed_version = ?3, href = ?4, etag = ?5, \
                   pushed_resource = ?6, attempts = 0, last_error = NULL, claim_token = NULL, \
                   lease_until = NULL WHERE appointment_id = ?1 AND claim_token = ?2",
            )
            .bind(job.event.id)
            .bind(&job.token)
            .bind(job.version)
            .bind(&out.href)
            .bind(&out.etag)
            .bind(&out.resource)
            .execute(p)
            .await?
            .rows_affected(),
            Db::Pg(p) => sqlx::query(
                "UPDATE calendar_sync SET pushed_version = $3, href = $4, etag = $5, \
                   pushed_resource = $6, attempts = 0, last_error = NULL, claim_token = NULL, \
                   lease_until = NULL WHERE appointment_id = $1 AND claim_token = $2",
            )
            .bind(job.event.id)
            .bind(&job.token)
            .bind(job.version)
            .bind(&out.href)
            .bind(&out.etag)
            .bind(&out.resource)
            .execute(p)
            .await?
            .rows_affected(),
        };
        Ok(n > 0)
    }

    /// Records a failed push: due again at `retry_at`, the error kept (a label, never
    /// personal data). Fenced like [`CalendarDb::pushed`].
    pub async fn failed(
        &self,
        job: &SyncJob,
        error: &str,
        retry_at: DateTime<Utc>,
    ) -> Result<bool, CalendarError> {
        let n = match &self.db {
            Db::Sqlite(p) => sqlx::query(
                "UPDATE calendar_sync SET attempts = attempts + 1, last_error = ?3, due_at = ?4, \
                   claim_token = NULL, lease_until = NULL WHERE appointment_id = ?1 AND claim_token = ?2",
            )
            .bind(job.event.id)
            .bind(&job.token)
            .bind(error)
            .bind(retry_at.timestamp())
            .execute(p)
            .await?
            .rows_affected(),
            Db::Pg(p) => sqlx::query(
                "UPDATE calendar_sync SET attempts = attempts + 1, last_error = $3, due_at = $4, \
                   claim_token = NULL, lease_until = NULL WHERE appointment_id = $1 AND claim_token = $2",
            )
            .bind(job.event.id)
            .bind(&job.token)
            .bind(error)
            .bind(retry_at)
            .execute(p)
            .await?
            .rows_affected(),
        };
        Ok(n > 0)
    }

    /// How many appointments have a change not yet pushed (for `/metrics`).
    pub async fn backlog(&self) -> Result<i64, CalendarError> {
        let sql = "SELECT COUNT(*) FROM calendar_sync WHERE version > pushed_version";
        Ok(match &self.db {
            Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await?,
            Db::Pg(p) => sqlx::query_scalar(sql).fetch_one(p).await?,
        })
    }

    /// Booked appointments overlapping `[from, to)` (for conflicts), earliest first.
    pub async fn booked_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<EventRow>, CalendarError> {
        Ok(match &self.db {
            Db::Sqlite(p) => sqlx::query(AssertSqlSafe(format!(
                "SELECT {EVENT_COLUMNS} FROM appointments a WHERE a.status = 'booked' \
                 AND a.start_at < ?2 AND a.end_at > ?1 ORDER BY a.start_at, a.id LIMIT 20000"
            )))
            .bind(from.timestamp())
            .bind(to.timestamp())
            .fetch_all(p)
            .await?
            .iter()
            .map(sqlite_event)
            .collect(),
            Db::Pg(p) => sqlx::query(AssertSqlSafe(format!(
                "SELECT {EVENT_COLUMNS} FROM appointments a WHERE a.status = 'booked' \
                 AND a.start_at < $2 AND a.end_at > $1 ORDER BY a.start_at, a.id LIMIT 20000"
            )))
            .bind(from)
            .bind(to)
            .fetch_all(p)
            .await?
            .iter()
            .map(pg_event)
            .collect(),
        })
    }
}
