//! The types every backend shares and the three store traits.

use crate::StoreError;
use async_trait::async_trait;
use bella_core::{
    Appointment, AppointmentId, AppointmentStatus, BusinessHours, PersonName, PhoneNumber,
};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::time::Duration;

/// The longest appointment accepted, in minutes (one day).
pub const MAX_MINUTES: u32 = 24 * 60;
/// The most rows one [`AppointmentStore::list`] or [`CallRecordStore::list_records`] returns.
pub const MAX_LIMIT: u32 = 1000;
/// The largest session state accepted, in bytes (1 MiB).
pub const MAX_SESSION_BYTES: usize = 1 << 20;
/// The longest request key or call id accepted, in bytes.
pub const MAX_KEY_LEN: usize = 200;

/// An appointment to create.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAppointment {
    /// The caller's name.
    pub name: PersonName,
    /// The caller's number.
    pub phone: PhoneNumber,
    /// Start instant.
    pub start: DateTime<Utc>,
    /// Length in minutes (1 to [`MAX_MINUTES`]).
    pub minutes: u32,
    /// The business's zone, kept alongside the instant.
    pub tz: Tz,
    /// The service, as the business names it (`None`: the default service).
    pub service: Option<String>,
    /// The resource it holds (`None`: the business's only one). Two booked
    /// appointments may overlap only on different resources.
    pub resource: Option<String>,
    /// The language the appointment was booked in, as a two-letter code (`"en"`,
    /// `"fr"`): its confirmation and reminder texts are written in it (SPEC §5.7).
    pub lang: String,
}

impl NewAppointment {
    /// An appointment of the default service on the business's only resource, booked
    /// in English.
    #[must_use]
    pub fn new(
        name: PersonName,
        phone: PhoneNumber,
        start: DateTime<Utc>,
        minutes: u32,
        tz: Tz,
    ) -> Self {
        Self {
            name,
            phone,
            start,
            minutes,
            tz,
            service: None,
            resource: None,
            lang: "en".to_owned(),
        }
    }
}

/// The longest service or resource name accepted, in bytes.
pub const MAX_LABEL_LEN: usize = 200;

/// A booked interval and the resource it holds (`None`: the business's only one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Busy {
    /// Start.
    pub start: DateTime<Utc>,
    /// End (exclusive).
    pub end: DateTime<Utc>,
    /// The resource, as stored.
    pub resource: Option<String>,
}

/// What the business knows about one caller number (personal data: never log it).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// The caller's number.
    pub phone: PhoneNumber,
    /// The name of their latest booking.
    pub name: Option<PersonName>,
    /// When their first booking was made for.
    pub first_booking: Option<DateTime<Utc>>,
    /// When their latest booking was made for.
    pub last_booking: Option<DateTime<Utc>>,
    /// Appointments booked under this number.
    pub bookings: u32,
    /// Of those, cancelled.
    pub cancellations: u32,
    /// Of those, not turned up to.
    pub no_shows: u32,
    /// A free-text note kept by staff.
    pub note: Option<String>,
}

impl fmt::Debug for Customer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Customer")
            .field("phone", &self.phone.masked())
            .field("bookings", &self.bookings)
            .field("cancellations", &self.cancellations)
            .field("no_shows", &self.no_shows)
            .finish_non_exhaustive()
    }
}

/// A service or resource label as stored: `''` for none, else trimmed and checked.
pub(crate) fn stored_label<'a>(what: &str, label: Option<&'a str>) -> Result<&'a str, StoreError> {
    let s = label.map_or("", str::trim);
    if s.len() > MAX_LABEL_LEN || s.chars().any(char::is_control) {
        return Err(StoreError::Invalid(format!(
            "{what} must be at most {MAX_LABEL_LEN} printable bytes"
        )));
    }
    Ok(s)
}

/// A booking language as stored: a lowercase two- or three-letter code (`en`, `fr`).
pub(crate) fn stored_lang(lang: &str) -> Result<&str, StoreError> {
    let ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
    if !ok {
        return Err(StoreError::Invalid(format!(
            "lang must be a two- or three-letter lowercase code, not {lang:?}"
        )));
    }
    Ok(lang)
}

/// Busy intervals without their resources (for [`AppointmentStore::busy_between`]).
pub(crate) fn without_resources(busy: Vec<Busy>) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    busy.into_iter().map(|b| (b.start, b.end)).collect()
}

/// A stored label back to the API: `''` is none.
pub(crate) fn label_of(stored: String) -> Option<String> {
    (!stored.is_empty()).then_some(stored)
}

/// Identifies one mutating request (call id and turn, e.g. `CA123:7`). Repeating a
/// request with the same key returns the first result and changes nothing.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RequestKey(pub String);

impl RequestKey {
    /// The key for turn `turn` of call `call_id`: `"{call_id}:{turn}"`.
    #[must_use]
    pub fn for_turn(call_id: &str, turn: u32) -> Self {
        Self(format!("{call_id}:{turn}"))
    }

    /// The key as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub(crate) fn check(&self) -> Result<&str, StoreError> {
        check_id("request key", &self.0)
    }
}

impl fmt::Debug for RequestKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestKey({})", self.0)
    }
}

/// Rejects empty, over-long or control-character ids before they reach a backend.
pub(crate) fn check_id<'a>(what: &str, id: &'a str) -> Result<&'a str, StoreError> {
    if id.is_empty() || id.len() > MAX_KEY_LEN || id.chars().any(char::is_control) {
        return Err(StoreError::Invalid(format!(
            "{what} must be 1 to {MAX_KEY_LEN} printable bytes"
        )));
    }
    Ok(id)
}

/// Which mutating operation a request key was first used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Op {
    Book,
    Cancel,
    Reschedule,
}

impl Op {
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Self::Book => "book",
            Self::Cancel => "cancel",
            Self::Reschedule => "reschedule",
        }
    }
}

/// A query for the admin API. Every filter is optional; results are ordered by start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AppointmentQuery {
    /// Only this caller's appointments.
    pub phone: Option<PhoneNumber>,
    /// Only appointments starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Only appointments starting before this instant.
    pub to: Option<DateTime<Utc>>,
    /// Only appointments in this status.
    pub status: Option<AppointmentStatus>,
    /// Only appointments holding this resource (`""`: the business's only one).
    pub resource: Option<String>,
    /// Only booked appointments their holders confirmed (a reminder call's yes,
    /// recorded by the outbox). Filtered before the page is cut, so a page is full
    /// while more match.
    pub confirmed: bool,
    /// At most this many rows (0 means the default of 100; capped at [`MAX_LIMIT`]).
    pub limit: u32,
    /// Skip this many rows first.
    pub offset: u32,
}

impl AppointmentQuery {
    pub(crate) fn effective_limit(&self) -> i64 {
        i64::from(if self.limit == 0 {
            100
        } else {
            self.limit.min(MAX_LIMIT)
        })
    }
}

/// A stored dialog session: opaque JSON text and the version it was saved as.
#[derive(Clone, PartialEq, Eq)]
#[must_use]
pub struct Session {
    /// The dialog state as the engine serialised it (may hold personal data).
    pub data: String,
    /// Bumped by one on every save; pass it back as `expected` to the next save.
    pub version: u64,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The state may hold a caller's name and number: never print it.
        write!(
            f,
            "Session {{ version: {}, data: [{} bytes] }}",
            self.version,
            self.data.len()
        )
    }
}

/// One call as the records keep it. The caller is stored masked only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallRecord {
    /// The call id (Twilio's CallSid).
    pub call_id: String,
    /// The caller's number masked (`+1********42`), if known.
    pub caller_masked: Option<String>,
    /// When the call started, if its start was recorded.
    pub started_at: Option<DateTime<Utc>>,
    /// When the call ended, if it has.
    pub ended_at: Option<DateTime<Utc>>,
    /// How it ended (`booked`, `no_booking`, ...), if it has.
    pub outcome: Option<String>,
    /// Agent turns taken, if it has ended.
    pub turns: Option<u32>,
    /// How the call came: `gather`, `relay`, `outbound_reminder`, ... (`None` for
    /// calls recorded before channels were).
    pub channel: Option<String>,
}

/// Appointments, with conflict checks and idempotent mutations.
///
/// Every mutating call carries a [`RequestKey`]; the key and the change are stored in
/// one transaction, so a repeated request returns the first result and changes nothing.
/// Only successful mutations are remembered: a request that failed (slot taken, not
/// found) changed nothing and is evaluated afresh when repeated.
#[async_trait]
pub trait AppointmentStore: Send + Sync + fmt::Debug {
    /// Books an appointment unless it overlaps a booked one ([`StoreError::SlotTaken`]).
    ///
    /// The store checks overlaps only: whether the time is inside business hours, on a
    /// slot boundary or in the future is the caller's decision (see
    /// `BusinessHours::check_slot`). Starts are kept to the whole second.
    async fn book(&self, new: NewAppointment, key: &RequestKey) -> Result<Appointment, StoreError>;

    /// Booked intervals `[start, end)` that overlap `[from, to)`, earliest first.
    async fn busy_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<(DateTime<Utc>, DateTime<Utc>)>, StoreError>;

    /// Like [`AppointmentStore::busy_between`], with the resource each holds. The
    /// default (for stores without resources) says none.
    async fn busy_with_resources(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Busy>, StoreError> {
        Ok(self
            .busy_between(from, to)
            .await?
            .into_iter()
            .map(|(start, end)| Busy {
                start,
                end,
                resource: None,
            })
            .collect())
    }

    /// The record kept for a caller number, if they ever booked. The default (for
    /// stores that keep none) knows nobody.
    async fn customer(&self, phone: &PhoneNumber) -> Result<Option<Customer>, StoreError> {
        let _ = phone;
        Ok(None)
    }

    /// Deletes a caller's record and erases their name from their appointments
    /// (replaced by [`ERASED_NAME`]); `false` when there was nothing to delete.
    async fn delete_customer(&self, phone: &PhoneNumber) -> Result<bool, StoreError> {
        let _ = phone;
        Ok(false)
    }

    /// Marks a booked appointment as missed by the customer (`missed = false` takes
    /// the mark back); the record's no-show count follows. `Ok(false)` when it was
    /// already so; [`StoreError::NotFound`] without such an appointment,
    /// [`StoreError::Invalid`] for a cancelled one. The default keeps no marks.
    async fn set_no_show(&self, id: AppointmentId, missed: bool) -> Result<bool, StoreError> {
        let _ = (id, missed);
        Err(StoreError::Invalid(
            "this store keeps no customer records".into(),
        ))
    }

    /// Sets the staff's note on a caller's record (`None` or blank clears it; at most
    /// [`crate::MAX_NOTE_CHARS`] characters, no control characters but line breaks and
    /// tabs); `false` when the number has no record.
    async fn set_customer_note(
        &self,
        phone: &PhoneNumber,
        note: Option<&str>,
    ) -> Result<bool, StoreError> {
        let _ = (phone, note);
        Ok(false)
    }

    /// Slot starts in `[from, to)` that the hours allow and no booking overlaps,
    /// earliest first. Slots whose start is in range are returned even when they end
    /// after `to`.
    async fn free_slots(
        &self,
        hours: &BusinessHours,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        if to <= from {
            return Ok(Vec::new());
        }
        crate::slots::check_range(from, to)?;
        let slot = chrono::Duration::minutes(i64::from(hours.slot_minutes.max(1)));
        let until = to.checked_add_signed(slot).unwrap_or(to);
        let busy = self.busy_between(from, until).await?;
        crate::slots::free_slots(hours, from, to, &busy)
    }

    /// Booked appointments under `phone` that start at or after `from`, earliest first.
    async fn find_by_phone(
        &self,
        phone: &PhoneNumber,
        from: DateTime<Utc>,
    ) -> Result<Vec<Appointment>, StoreError>;

    /// One appointment by id, in any status.
    async fn get(&self, id: AppointmentId) -> Result<Option<Appointment>, StoreError>;

    /// Cancels an appointment (already cancelled: returned unchanged).
    async fn cancel(&self, id: AppointmentId, key: &RequestKey) -> Result<Appointment, StoreError>;

    /// Moves a booked appointment to `new_start`, keeping its id, length and resource,
    /// atomically and conflict-checked against every other booking.
    async fn reschedule(
        &self,
        id: AppointmentId,
        new_start: DateTime<Utc>,
        key: &RequestKey,
    ) -> Result<Appointment, StoreError> {
        self.reschedule_to(id, new_start, None, key).await
    }

    /// Moves a booked appointment to `new_start` and, when `resource` is given, to that
    /// resource (a caller asked for another person, SPEC §3.1), keeping its id and
    /// length, atomically and conflict-checked against every other booking of the
    /// resource it ends on. `None` keeps its own resource ([`Self::reschedule`]).
    async fn reschedule_to(
        &self,
        id: AppointmentId,
        new_start: DateTime<Utc>,
        resource: Option<&str>,
        key: &RequestKey,
    ) -> Result<Appointment, StoreError>;

    /// Appointments matching a query, ordered by start then id.
    async fn list(&self, query: &AppointmentQuery) -> Result<Vec<Appointment>, StoreError>;

    /// Forgets request keys stored before `before` and returns how many. Retries come
    /// within minutes, so keeping a day is ample; a forgotten key is evaluated afresh.
    /// The default (for stores that keep no keys) forgets nothing.
    async fn purge_request_keys(&self, before: DateTime<Utc>) -> Result<u64, StoreError> {
        let _ = before;
        Ok(0)
    }

    /// Notes, audit trail, transcripts and stats ([`crate::manage`]); `None` for a
    /// store that keeps none (test doubles).
    fn manage(&self) -> Option<&dyn crate::ManageStore> {
        None
    }

    /// Checks the backend answers (for `/readyz`).
    async fn ping(&self) -> Result<(), StoreError>;

    /// The SQLite store behind this one, if it is one: the outbox (`bella-notify`)
    /// writes through its writer task instead of opening a second writer.
    fn as_sqlite(&self) -> Option<&crate::SqliteStore> {
        None
    }
}

/// Dialog sessions by call id, with a TTL and optimistic concurrency.
#[async_trait]
pub trait SessionStore: Send + Sync + fmt::Debug {
    /// The live session of a call; expired sessions are `None`.
    async fn load(&self, call_id: &str) -> Result<Option<Session>, StoreError>;

    /// Saves a session if its current version is `expected` (`None`: no live session
    /// may exist). Returns the new version; on a mismatch nothing is written and the
    /// error is [`StoreError::VersionConflict`]. The TTL restarts on every save.
    async fn save(
        &self,
        call_id: &str,
        data: &str,
        expected: Option<u64>,
        ttl: Duration,
    ) -> Result<u64, StoreError>;

    /// Deletes a call's session; deleting a missing one is not an error.
    async fn delete(&self, call_id: &str) -> Result<(), StoreError>;

    /// Deletes expired sessions and returns how many (they are never returned anyway;
    /// this reclaims space). Redis expires keys itself and returns 0.
    /// The default (for stores that expire by themselves) deletes nothing.
    async fn purge_expired(&self) -> Result<u64, StoreError> {
        Ok(0)
    }

    /// Checks the backend answers (for `/readyz`).
    async fn ping(&self) -> Result<(), StoreError>;
}

/// Call records: who called (masked), when, how it ended.
#[async_trait]
pub trait CallRecordStore: Send + Sync + fmt::Debug {
    /// Records a call's start and the channel it came by (`gather`, `relay`,
    /// `outbound_reminder`, ...); the caller is stored masked (`PhoneNumber::masked`).
    /// Recording the same start twice keeps the first.
    async fn record_start(
        &self,
        call_id: &str,
        caller: Option<&PhoneNumber>,
        started_at: DateTime<Utc>,
        channel: &str,
    ) -> Result<(), StoreError>;

    /// Records a call's end (creating the record if its start was never recorded).
    async fn record_end(
        &self,
        call_id: &str,
        outcome: &str,
        turns: u32,
        ended_at: DateTime<Utc>,
    ) -> Result<(), StoreError>;

    /// The most recent records, newest start first.
    async fn list_records(&self, limit: u32) -> Result<Vec<CallRecord>, StoreError>;

    /// Checks the backend answers (for `/readyz`).
    async fn ping(&self) -> Result<(), StoreError>;
}

/// [`CallRecordStore::list_records`] of a store that keeps the management data: its
/// newest `limit` calls.
pub(crate) async fn recent_records(
    store: &dyn crate::ManageStore,
    limit: u32,
) -> Result<Vec<CallRecord>, StoreError> {
    if limit == 0 {
        return Ok(Vec::new());
    }
    let query = crate::manage::CallQuery {
        limit,
        ..crate::manage::CallQuery::default()
    };
    store.list_calls(&query).await
}

/// Validates a new appointment's length and returns its end.
pub(crate) fn end_of(start: DateTime<Utc>, minutes: u32) -> Result<DateTime<Utc>, StoreError> {
    if minutes == 0 || minutes > MAX_MINUTES {
        return Err(StoreError::Invalid(format!(
            "appointment length must be 1 to {MAX_MINUTES} minutes"
        )));
    }
    start
        .checked_add_signed(chrono::Duration::minutes(i64::from(minutes)))
        .ok_or_else(|| StoreError::Invalid("appointment end is out of range".into()))
}

/// Rejects session state over [`MAX_SESSION_BYTES`].
pub(crate) fn check_data(data: &str) -> Result<&str, StoreError> {
    if data.len() > MAX_SESSION_BYTES {
        return Err(StoreError::Invalid(format!(
            "session state is {} bytes, the limit is {MAX_SESSION_BYTES}",
            data.len()
        )));
    }
    Ok(data)
}

/// Validates a call outcome label.
pub(crate) fn check_outcome(outcome: &str) -> Result<&str, StoreError> {
    if outcome.is_empty() || outcome.len() > 32 || !outcome.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(StoreError::Invalid(
            "outcome must be 1 to 32 printable ascii bytes".into(),
        ));
    }
    Ok(outcome)
}

/// The store's clock in Unix milliseconds (session expiry).
pub(crate) fn now_ms(clock: &bella_clock::Clock) -> i64 {
    clock.now().timestamp_millis()
}

/// A session version as stored (`BIGINT`) back to the API's type.
pub(crate) fn version_of(v: i64) -> Result<u64, StoreError> {
    u64::try_from(v).map_err(|_| StoreError::Backend(format!("stored version {v} is negative")))
}

/// A session version from the API as stored (`BIGINT`).
pub(crate) fn stored_version(v: u64) -> Result<i64, StoreError> {
    i64::try_from(v).map_err(|_| StoreError::Invalid("session version out of range".into()))
}

/// Validates a session TTL and returns it in milliseconds.
pub(crate) fn ttl_millis(ttl: Duration) -> Result<i64, StoreError> {
    let ms = i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX);
    if ms <= 0 || ms > 30 * 24 * 3600 * 1000 {
        return Err(StoreError::Invalid(
            "session ttl must be 1 ms to 30 days".into(),
        ));
    }
    Ok(ms)
}

/// Drops sub-second precision so every backend stores and returns the same instant.
pub(crate) fn whole_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}

/// An appointment's stored columns, as both backends read them (the shared row
/// mapping: each backend converts only its time column).
pub(crate) struct StoredAppointment {
    pub id: i64,
    pub name: String,
    pub phone: String,
    pub start: DateTime<Utc>,
    pub minutes: i64,
    pub tz: String,
    pub status: String,
    pub service: String,
    pub resource: String,
}

/// The appointment columns in [`StoredAppointment`] order, for every `SELECT`.
macro_rules! appointment_columns {
    () => {
        "id, name, phone, start_at, minutes, tz, status, service, resource"
    };
}
pub(crate) use appointment_columns;

impl StoredAppointment {
    /// Rebuilds the appointment; a corrupt row is a backend error.
    pub(crate) fn into_appointment(self) -> Result<Appointment, StoreError> {
        let id = self.id;
        let corrupt =
            |what: &str| StoreError::Backend(format!("appointment {id}: stored {what} is invalid"));
        Ok(Appointment {
            id: AppointmentId(id),
            name: PersonName::try_from(self.name).map_err(|_| corrupt("name"))?,
            phone: PhoneNumber::try_from(self.phone).map_err(|_| corrupt("phone"))?,
            start: self.start,
            minutes: u32::try_from(self.minutes).map_err(|_| corrupt("length"))?,
            tz: self.tz.parse().map_err(|_| corrupt("zone"))?,
            status: match self.status.as_str() {
                "booked" => AppointmentStatus::Booked,
                "cancelled" => AppointmentStatus::Cancelled,
                _ => return Err(corrupt("status")),
            },
            service: label_of(self.service),
            resource: label_of(self.resource),
        })
    }
}

/// The appointment a booking makes, once the backend has given it an id.
pub(crate) fn booked(id: i64, new: NewAppointment, start: DateTime<Utc>) -> Appointment {
    Appointment {
        id: AppointmentId(id),
        name: new.name,
        phone: new.phone,
        start,
        minutes: new.minutes,
        tz: new.tz,
        status: AppointmentStatus::Booked,
        service: new
            .service
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
        resource: new
            .resource
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty()),
    }
}

/// The name left on appointments when their customer record is deleted.
pub const ERASED_NAME: &str = "Erased";

/// A customer row as both backends read it.
pub(crate) struct StoredCustomer {
    pub phone: String,
    pub name: Option<String>,
    pub first: Option<DateTime<Utc>>,
    pub last: Option<DateTime<Utc>>,
    pub bookings: i64,
    pub cancellations: i64,
    pub no_shows: i64,
    pub note: Option<String>,
}

impl StoredCustomer {
    pub(crate) fn into_customer(self) -> Result<Customer, StoreError> {
        let corrupt =
            |what: &str| StoreError::Backend(format!("customer: stored {what} is invalid"));
        let count = |n: i64| u32::try_from(n).unwrap_or(0);
        Ok(Customer {
            phone: PhoneNumber::try_from(self.phone).map_err(|_| corrupt("phone"))?,
            name: self.name.and_then(|n| PersonName::try_from(n).ok()),
            first_booking: self.first,
            last_booking: self.last,
            bookings: count(self.bookings),
            cancellations: count(self.cancellations),
            no_shows: count(self.no_shows),
            note: self.note,
        })
    }
}

/// The stored result of a remembered request: the appointment as the first request
/// returned it.
pub(crate) fn replay(op: Op, stored_op: &str, result: &str) -> Result<Appointment, StoreError> {
    if stored_op != op.as_str() {
        return Err(StoreError::Invalid(format!(
            "request key was already used for a {stored_op}, not a {}",
            op.as_str()
        )));
    }
    serde_json::from_str(result)
        .map_err(|e| StoreError::Backend(format!("stored request result is unreadable: {e}")))
}

/// Serialises a result to remember under a request key.
pub(crate) fn remember(appt: &Appointment) -> Result<String, StoreError> {
    serde_json::to_string(appt).map_err(|e| StoreError::Backend(format!("serialise result: {e}")))
}
