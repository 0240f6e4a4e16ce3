//! [`MemoryBook`]: an in-memory appointment book answering [`StoreRequest`]s at once.

use crate::io::{Interval, StoreRequest, StoreResult};
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::collections::{HashMap, HashSet};

#[derive(Clone)]
struct Entry {
    id: AppointmentId,
    name: Option<PersonName>,
    phone: Option<PhoneNumber>,
    start: DateTime<Utc>,
    minutes: u32,
    status: AppointmentStatus,
    service: Option<String>,
    resource: Option<String>,
}

/// An in-memory appointment book that answers [`StoreRequest`]s at once, with
/// idempotency keys honoured and overlapping bookings refused.
#[derive(Clone)]
pub struct MemoryBook {
    tz: Tz,
    entries: Vec<Entry>,
    seen: HashMap<String, StoreResult>,
    /// Numbers that asked for no more reminder calls or texts (`StoreRequest::OptOut`).
    opted_out: HashSet<String>,
    /// The next this-many requests fail with [`StoreResult::Error`].
    pub fail_next: u32,
}

impl std::fmt::Debug for MemoryBook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryBook")
            .field("appointments", &self.entries.len())
            .finish()
    }
}

impl MemoryBook {
    /// An empty book for a business in `tz`.
    pub fn new(tz: Tz) -> Self {
        Self {
            tz,
            entries: Vec::new(),
            seen: HashMap::new(),
            opted_out: HashSet::new(),
            fail_next: 0,
        }
    }

    /// Whether `phone` (E.164) asked for no more reminder calls or texts.
    pub fn is_opted_out(&self, phone: &str) -> bool {
        self.opted_out.contains(phone)
    }

    /// Adds a booked appointment.
    pub fn seed(
        &mut self,
        start: DateTime<Utc>,
        minutes: u32,
        name: Option<PersonName>,
        phone: Option<PhoneNumber>,
    ) {
        let _ = self.seed_on(start, minutes, name, phone, None);
    }

    /// Adds a booked appointment holding a resource (`None`: the business's only one).
    pub fn seed_on(
        &mut self,
        start: DateTime<Utc>,
        minutes: u32,
        name: Option<PersonName>,
        phone: Option<PhoneNumber>,
        resource: Option<String>,
    ) -> AppointmentId {
        let id = AppointmentId(self.entries.len() as i64 + 1);
        self.entries.push(Entry {
            id,
            name,
            phone,
            start,
            minutes,
            status: AppointmentStatus::Booked,
            service: None,
            resource,
        });
        id
    }

    /// Names the service of a seeded appointment.
    pub fn set_service(&mut self, id: AppointmentId, service: Option<String>) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
            e.service = service;
        }
    }

    /// Every booked appointment as (resource, start, end), for invariant checks.
    pub fn booked_intervals(&self) -> Vec<(Option<String>, DateTime<Utc>, DateTime<Utc>)> {
        self.entries
            .iter()
            .filter(|e| e.status == AppointmentStatus::Booked)
            .map(|e| {
                let end = e.start + Duration::minutes(i64::from(e.minutes));
                (e.resource.clone(), e.start, end)
            })
            .collect()
    }

    /// Every booked appointment's start, for invariant checks.
    pub fn booked_starts(&self) -> Vec<DateTime<Utc>> {
        self.entries
            .iter()
            .filter(|e| e.status == AppointmentStatus::Booked)
            .map(|e| e.start)
            .collect()
    }

    fn appointment(&self, e: &Entry) -> Option<Appointment> {
        Some(Appointment {
            id: e.id,
            name: e.name.clone().or_else(|| PersonName::new("Guest").ok())?,
            phone: e.phone.clone()?,
            start: e.start,
            minutes: e.minutes,
            tz: self.tz,
            status: e.status,
            service: e.service.clone(),
            resource: e.resource.clone(),
        })
    }

    /// Whether a booking on `resource` would overlap a booked one on the same
    /// resource (the stores' rule: one appointment per resource at a time).
    fn overlaps(
        &self,
        start: DateTime<Utc>,
        minutes: u32,
        resource: Option<&str>,
        except: Option<AppointmentId>,
    ) -> bool {
        let end = start + Duration::minutes(i64::from(minutes));
        self.entries.iter().any(|e| {
            e.status == AppointmentStatus::Booked
                && Some(e.id) != except
                && e.resource.as_deref() == resource
                && e.start < end
                && start < e.start + Duration::minutes(i64::from(e.minutes))
        })
    }

    /// Answers one request.
    pub fn handle(&mut self, request: &StoreRequest) -> StoreResult {
        // `fail_next` counts the requests of the conversation; the caller's record,
        // looked up before the greeting, is not one of them.
        if self.fail_next > 0 && !matches!(request, StoreRequest::FindCustomer { .. }) {
            self.fail_next -= 1;
            return StoreResult::Error("simulated store failure".to_owned());
        }
        let key = match request {
            StoreRequest::Book {
                idempotency_key, ..
            }
            | StoreRequest::Cancel {
                idempotency_key, ..
            }
            | StoreRequest::Reschedule {
                idempotency_key, ..
            }
            | StoreRequest::Confirm {
                idempotency_key, ..
            } => Some(idempotency_key.clone()),
            _ => None,
        };
        if let Some(done) = key.as_ref().and_then(|k| self.seen.get(k)) {
            return done.clone();
        }
        let result = self.apply(request);
        if let Some(k) = key {
            self.seen.insert(k, result.clone());
        }
        result
    }

    fn apply(&mut self, request: &StoreRequest) -> StoreResult {
        match request {
            StoreRequest::FreeSlots { from, to } => StoreResult::Busy(
                self.entries
                    .iter()
                    .filter(|e| e.status == AppointmentStatus::Booked)
                    .map(|e| Interval {
                        start: e.start,
                        end: e.start + Duration::minutes(i64::from(e.minutes)),
                        resource: e.resource.clone(),
                    })
                    .filter(|i| i.start < *to && *from < i.end)
                    .collect(),
            ),
            StoreRequest::Book {
                name,
                phone,
                start,
                minutes,
                service,
                resource,
                ..
            } => {
                if self.overlaps(*start, *minutes, resource.as_deref(), None) {
                    return StoreResult::SlotTaken;
                }
                let id = AppointmentId(self.entries.len() as i64 + 1);
                let e = Entry {
                    id,
                    name: Some(name.clone()),
                    phone: Some(phone.clone()),
                    start: *start,
                    minutes: *minutes,
                    status: AppointmentStatus::Booked,
                    service: service.clone(),
                    resource: resource.clone(),
                };
                let appt = self.appointment(&e);
                self.entries.push(e);
                appt.map_or_else(
                    || StoreResult::Error("bad entry".into()),
                    StoreResult::Booked,
                )
            }
            StoreRequest::FindCustomer { phone } => StoreResult::Customer(
                // The name of the latest booking under the number, as the stores keep it.
                self.entries
                    .iter()
                    .filter(|e| e.phone.as_ref() == Some(phone))
                    .max_by_key(|e| (e.start, e.id.0))
                    .and_then(|e| e.name.clone()),
            ),
            StoreRequest::FindByPhone { phone } => StoreResult::Found(
                self.entries
                    .iter()
                    .filter(|e| e.phone.as_ref() == Some(phone))
                    .filter_map(|e| self.appointment(e))
                    .collect(),
            ),
            StoreRequest::Cancel { id, .. } => {
                let Some(i) = self.entries.iter().position(|e| e.id == *id) else {
                    return StoreResult::Error("no such appointment".into());
                };
                self.entries[i].status = AppointmentStatus::Cancelled;
                self.appointment(&self.entries[i]).map_or_else(
                    || StoreResult::Error("bad entry".into()),
                    StoreResult::Cancelled,
                )
            }
            StoreRequest::Reschedule {
                id,
                new_start,
                resource,
                ..
            } => {
                let Some(i) = self.entries.iter().position(|e| e.id == *id) else {
                    return StoreResult::Error("no such appointment".into());
                };
                // To the person asked for, else on its own (SPEC §3.1).
                let resource = resource
                    .clone()
                    .or_else(|| self.entries[i].resource.clone());
                if self.overlaps(
                    *new_start,
                    self.entries[i].minutes,
                    resource.as_deref(),
                    Some(*id),
                ) {
                    return StoreResult::SlotTaken;
                }
                self.entries[i].start = *new_start;
                self.entries[i].resource = resource;
                self.appointment(&self.entries[i]).map_or_else(
                    || StoreResult::Error("bad entry".into()),
                    StoreResult::Rescheduled,
                )
            }
            StoreRequest::Confirm { id, .. } => match self.entries.iter().find(|e| e.id == *id) {
                Some(e) if e.status == AppointmentStatus::Booked => {
                    self.appointment(e).map_or_else(
                        || StoreResult::Error("bad entry".into()),
                        StoreResult::Confirmed,
                    )
                }
                Some(_) => StoreResult::Error("appointment is cancelled".into()),
                None => StoreResult::Error("no such appointment".into()),
            },
            StoreRequest::OptOut { phone } => {
                self.opted_out.insert(phone.e164().to_owned());
                StoreResult::OptedOut
            }
        }
    }
}
