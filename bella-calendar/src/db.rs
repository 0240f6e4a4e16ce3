//! The calendar tables of migration `0004_calendar.sql`, on the store's database:
//! feed tokens, the rows a feed shows, and the push state (`calendar_sync`).
//!
//! A token is 32 random bytes (URL-safe base64, prefixed `bcf_`); only its SHA-256 is
//! stored, so a leaked database does not leak feed access. A sync row is claimed
//! with a fencing token and a lease (on Postgres through `FOR UPDATE SKIP LOCKED`, as
//! `bella_notify::outbox` does); every later write names that token, so a worker whose
//! lease was taken over can record nothing.

use base64::Engine as _;
use bella_store::sql_time::SqlColumns;
use bella_store::{SidePool, SidePoolError, claim_token};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::{AssertSqlSafe, Row};

/// Why a calendar database operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The database cannot be opened for calendars (in-memory SQLite, bad URL, down).
    #[error(transparent)]
    Open(#[from] SidePoolError),
    /// A query failed.
    #[error("calendar database error: {0}")]
    Db(#[from] sqlx::Error),
}

/// The calendar tables (on a [`SidePool`] of the store's database). Cheap to clone.
#[derive(Clone, Debug)]
pub struct CalendarDb {
    db: SidePool,
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

/// Columns 0-9 of [`EVENT_COLUMNS`].
fn event<R>(r: &R) -> EventRow
where
    R: Row + SqlColumns,
    for<'a> &'a str: sqlx::ColumnIndex<R>,
    usize: sqlx::ColumnIndex<R>,
    String: for<'a> sqlx::Decode<'a, R::Database> + sqlx::Type<R::Database>,
{
    EventRow {
        id: r.int(0),
        name: r.get(1),
        phone: r.get(2),
        start: r.time(3),
        end: r.time(4),
        tz: r.get(5),
        status: r.get(6),
        service: r.get(7),
        resource: r.get(8),
        updated_at: r.time(9),
    }
}

/// Runs one statement on either backend ([`bella_store::on_side_pool!`]). The SQL is
/// written once with Postgres placeholders (`$1`; [`SidePool::sql`]); in `$run`, `$q`
/// is the query, `$p` the pool, `$t` turns an instant into the backend's type and `$b`,
/// if named, a bound in `at >= $b` or `at < $b` ([`bella_store::sql_time`]).
macro_rules! on_db {
    ($db:expr, $sql:expr, |$q:ident, $p:ident, $t:ident $(, $b:ident)?| $run:expr) => {{
        let text = $db.sql($sql);
        bella_store::on_side_pool!($db, |$p, $t $(, $b)?| {
            let $q = sqlx::query(text);
            $run
        })
    }};
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
        Ok(Self {
            db: SidePool::connect(url, pg_schema, "calendars", 4).await?,
        })
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
        let sql = "INSERT INTO calendar_tokens (feed, token_hash, include_phone, created_at) \
                   VALUES ($1, $2, $3, $4) RETURNING id";
        let id: i64 = on_db!(&self.db, sql, |q, p, t| q
            .bind(feed)
            .bind(&hash)
            .bind(include_phone)
            .bind(t(now))
            .fetch_one(p)
            .await?
            .get(0));
        Ok((id, token))
    }

    /// Sets `revoked_at` on the live tokens `WHERE {column} = $1`; how many.
    async fn revoke_where<V>(
        &self,
        column: &str,
        value: V,
        now: DateTime<Utc>,
    ) -> Result<u64, CalendarError>
    where
        V: for<'q> sqlx::Encode<'q, sqlx::Sqlite>
            + for<'q> sqlx::Encode<'q, sqlx::Postgres>
            + sqlx::Type<sqlx::Sqlite>
            + sqlx::Type<sqlx::Postgres>
            + Clone
            + Send
            + 'static,
    {
        let sql = format!(
            "UPDATE calendar_tokens SET revoked_at = $2 WHERE {column} = $1 AND revoked_at IS NULL"
        );
        Ok(on_db!(&self.db, AssertSqlSafe(sql), |q, p, t| q
            .bind(value.clone())
            .bind(t(now))
            .execute(p)
            .await?
            .rows_affected()))
    }

    /// Revokes one token by id (`false`: no such live token).
    pub async fn revoke_token(&self, id: i64, now: DateTime<Utc>) -> Result<bool, CalendarError> {
        Ok(self.revoke_where("id", id, now).await? > 0)
    }

    /// Revokes every live token of a feed and returns how many.
    pub async fn revoke_feed(&self, feed: &str, now: DateTime<Utc>) -> Result<u64, CalendarError> {
        self.revoke_where("feed", feed.to_owned(), now).await
    }

    /// The live token for `feed` matching `token`: `Some(include_phone)`, or `None`.
    pub async fn check_token(
        &self,
        feed: &str,
        token: &str,
    ) -> Result<Option<bool>, CalendarError> {
        let hash = token_hash(token);
        let sql = "SELECT include_phone FROM calendar_tokens \
                   WHERE token_hash = $1 AND feed = $2 AND revoked_at IS NULL";
        Ok(on_db!(&self.db, sql, |q, p, _t| q
            .bind(&hash)
            .bind(feed)
            .fetch_optional(p)
            .await?
            .map(|r| r.get::<bool, _>(0))))
    }

    /// Every token, newest first (ids and feeds, never the tokens).
    pub async fn list_tokens(&self) -> Result<Vec<FeedToken>, CalendarError> {
        let sql = "SELECT id, feed, include_phone, created_at, revoked_at FROM calendar_tokens \
                   ORDER BY id DESC LIMIT 1000";
        Ok(on_db!(&self.db, sql, |q, p, _t| q
            .fetch_all(p)
            .await?
            .iter()
            .map(|r| FeedToken {
                id: r.int(0),
                feed: r.get(1),
                include_phone: r.get(2),
                created_at: r.time(3).to_rfc3339(),
                revoked_at: r.opt_time(4).map(|t| t.to_rfc3339()),
            })
            .collect()))
    }

    /// Appointments overlapping `[from, to)` (booked ones, and when `cancelled_since`
    /// is given cancelled ones changed since then), optionally of one resource,
    /// ordered by start.
    async fn events(
        &self,
        from: DateTime<Utc>,
        to: Option<DateTime<Utc>>,
        cancelled_since: Option<DateTime<Utc>>,
        resource: Option<&str>,
    ) -> Result<Vec<EventRow>, CalendarError> {
        let far = Utc
            .with_ymd_and_hms(9999, 1, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM appointments a WHERE a.end_at > $1 AND a.start_at < $2 \
             AND (a.status = 'booked' OR a.updated_at >= $3) \
             AND (CAST($4 AS TEXT) IS NULL OR a.resource = $4) ORDER BY a.start_at, a.id LIMIT 20000"
        );
        Ok(on_db!(&self.db, AssertSqlSafe(sql), |q, p, t, b| q
            .bind(t(from))
            .bind(b(to.unwrap_or(far)))
            .bind(b(cancelled_since.unwrap_or(far)))
            .bind(resource)
            .fetch_all(p)
            .await?
            .iter()
            .map(event)
            .collect()))
    }

    /// The appointments a feed shows at `now`: booked ones from [`FEED_PAST`] on, and
    /// cancelled ones changed within [`CANCELLED_KEPT`]; `resource` narrows to one.
    pub async fn feed_rows(
        &self,
        resource: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<EventRow>, CalendarError> {
        self.events(now - FEED_PAST, None, Some(now - CANCELLED_KEPT), resource)
            .await
    }

    /// Booked appointments overlapping `[from, to)` (for conflicts), earliest first.
    pub async fn booked_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<EventRow>, CalendarError> {
        self.events(from, Some(to), None, None).await
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
        let skip_locked = self.db.skip_locked();
        let claim = format!(
            "UPDATE calendar_sync SET claim_token = $1, lease_until = $3 \
             WHERE appointment_id IN (SELECT appointment_id FROM calendar_sync \
               WHERE version > pushed_version AND due_at <= $2 \
                 AND (claim_token IS NULL OR lease_until <= $2) \
               ORDER BY due_at, appointment_id LIMIT $4{skip_locked})"
        );
        on_db!(&self.db, AssertSqlSafe(claim), |q, p, t| q
            .bind(&token)
            .bind(t(now))
            .bind(t(now + lease))
            .bind(limit)
            .execute(p)
            .await?
            .rows_affected());
        let select = format!(
            "SELECT {EVENT_COLUMNS}, s.version, s.href, s.etag, s.pushed_resource, s.attempts \
             FROM calendar_sync s JOIN appointments a ON a.id = s.appointment_id \
             WHERE s.claim_token = $1 ORDER BY s.due_at"
        );
        Ok(on_db!(&self.db, AssertSqlSafe(select), |q, p, _t| q
            .bind(&token)
            .fetch_all(p)
            .await?
            .iter()
            .map(|r| SyncJob {
                event: event(r),
                version: r.int(10),
                token: token.clone(),
                href: r.get(11),
                etag: r.get(12),
                pushed_resource: r.get(13),
                attempts: r.count(14),
            })
            .collect()))
    }

    /// Records a successful push of `job`'s version (fenced by its claim token;
    /// `false`: the claim was lost and nothing was recorded). A newer version
    /// written meanwhile stays due.
    pub async fn pushed(&self, job: &SyncJob, out: &Pushed) -> Result<bool, CalendarError> {
        let sql = "UPDATE calendar_sync SET pushed_version = $3, href = $4, etag = $5, \
                     pushed_resource = $6, attempts = 0, last_error = NULL, claim_token = NULL, \
                     lease_until = NULL WHERE appointment_id = $1 AND claim_token = $2";
        let n = on_db!(&self.db, sql, |q, p, _t| q
            .bind(job.event.id)
            .bind(&job.token)
            .bind(job.version)
            .bind(&out.href)
            .bind(&out.etag)
            .bind(&out.resource)
            .execute(p)
            .await?
            .rows_affected());
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
        let sql = "UPDATE calendar_sync SET attempts = attempts + 1, last_error = $3, due_at = $4, \
                     claim_token = NULL, lease_until = NULL WHERE appointment_id = $1 AND claim_token = $2";
        let n = on_db!(&self.db, sql, |q, p, t| q
            .bind(job.event.id)
            .bind(&job.token)
            .bind(error)
            .bind(t(retry_at))
            .execute(p)
            .await?
            .rows_affected());
        Ok(n > 0)
    }

    /// How many appointments have a change not yet pushed (for `/metrics`).
    pub async fn backlog(&self) -> Result<i64, CalendarError> {
        let sql = "SELECT COUNT(*) FROM calendar_sync WHERE version > pushed_version";
        Ok(on_db!(&self.db, sql, |q, p, _t| q
            .fetch_one(p)
            .await?
            .int(0)))
    }
}
