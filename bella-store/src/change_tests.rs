//! The keyed change without a database: a fake dialect that keeps rows in vectors, so
//! the shared rules (replay, the op check, the conflict answer, what is kept) are
//! checked apart from either backend's SQL.

use crate::change::{Booking, Change, ChangeSql, Kept, SharedChangeSql, Slot, keyed};
use crate::model::Op;
use crate::{NewAppointment, StoreError};
use async_trait::async_trait;
use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use chrono::{DateTime, Duration, Utc};

#[derive(Default)]
struct Fake {
    rows: Vec<Appointment>,
    keys: Vec<(String, String, String)>,
    locked: Vec<String>,
}

#[async_trait]
impl SharedChangeSql for Fake {
    async fn remembered(&mut self, key: &str) -> Result<Option<(String, String)>, StoreError> {
        let row = self.keys.iter().find(|k| k.0 == key);
        Ok(row.map(|k| (k.1.clone(), k.2.clone())))
    }
    async fn keep(&mut self, kept: &Kept<'_>) -> Result<(), StoreError> {
        let row = (
            kept.key.into(),
            kept.op.as_str().into(),
            kept.result.clone(),
        );
        self.keys.push(row);
        Ok(())
    }
    async fn cancel(&mut self, appt: &Appointment) -> Result<(), StoreError> {
        let row = self.rows.iter_mut().find(|a| a.id == appt.id);
        row.ok_or(StoreError::NotFound)?.status = AppointmentStatus::Cancelled;
        Ok(())
    }
    async fn move_to(&mut self, id: AppointmentId, to: &Slot<'_>) -> Result<(), StoreError> {
        let row = self.rows.iter_mut().find(|a| a.id == id);
        let row = row.ok_or(StoreError::NotFound)?;
        row.start = to.start;
        row.resource = (!to.resource.is_empty()).then(|| to.resource.to_owned());
        Ok(())
    }
}

#[async_trait]
impl ChangeSql for Fake {
    async fn lock_key(&mut self, key: &str) -> Result<(), StoreError> {
        self.locked.push(key.to_owned());
        Ok(())
    }
    async fn appointment(&mut self, id: AppointmentId) -> Result<Option<Appointment>, StoreError> {
        Ok(self.rows.iter().find(|a| a.id == id).cloned())
    }
    async fn clashes(&mut self, slot: &Slot<'_>) -> Result<bool, StoreError> {
        Ok(self.rows.iter().any(|a| {
            let end = a.start + Duration::minutes(a.minutes.into());
            a.status == AppointmentStatus::Booked
                && a.resource.as_deref().unwrap_or_default() == slot.resource
                && Some(a.id) != slot.moving
                && a.start < slot.end
                && slot.start < end
        }))
    }
    async fn insert(&mut self, b: &Booking) -> Result<i64, StoreError> {
        let id = i64::try_from(self.rows.len()).unwrap_or(0) + 1;
        let appt = crate::model::booked(id, b.new.clone(), b.start);
        self.rows.push(appt);
        Ok(id)
    }
}

fn at(h: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_900_000_000 + h * 3600, 0).unwrap_or_default()
}

fn book(h: i64, resource: Option<&str>) -> Change {
    let mut new = NewAppointment::new(
        PersonName::new("Rocky Jonathan").expect("name"),
        PhoneNumber::from_e164("+14035550142").expect("phone"),
        at(h) + Duration::milliseconds(400),
        60,
        chrono_tz::America::Edmonton,
    );
    new.resource = resource.map(str::to_owned);
    Change::Book(Box::new(Booking::check(new).expect("valid booking")))
}

#[tokio::test]
async fn a_key_replays_its_first_answer_and_changes_nothing_more() {
    let mut sql = Fake::default();
    let first = keyed(&mut sql, "CA1:1", book(1, None)).await.unwrap();
    assert_eq!(first.start, at(1), "kept to the whole second");
    // The same key again: the first answer, no second row.
    let again = keyed(&mut sql, "CA1:1", book(5, None)).await.unwrap();
    assert_eq!((again, sql.rows.len()), (first.clone(), 1));
    // Another operation under that key is refused.
    let err = keyed(&mut sql, "CA1:1", Change::Cancel(first.id)).await;
    assert!(matches!(err, Err(StoreError::Invalid(_))), "{err:?}");
    assert_eq!(sql.rows[0].status, AppointmentStatus::Booked);
    assert_eq!(sql.locked, ["CA1:1"; 3]);
    assert_eq!(sql.keys.len(), 1);
    assert_eq!(sql.keys[0].1, Op::Book.as_str());
}

#[tokio::test]
async fn a_clash_is_slot_taken_and_nothing_is_kept() {
    let mut sql = Fake::default();
    let a = keyed(&mut sql, "k1", book(1, Some("Bay 1"))).await.unwrap();
    let clash = keyed(&mut sql, "k2", book(1, Some(" Bay 1 "))).await;
    assert!(matches!(clash, Err(StoreError::SlotTaken)), "{clash:?}");
    assert_eq!((sql.rows.len(), sql.keys.len()), (1, 1));
    // Another bay is free at that time.
    assert!(keyed(&mut sql, "k3", book(1, Some("Bay 2"))).await.is_ok());
    // A move onto another booking of the bay clashes; one overlapping its own old
    // time does not.
    let c = keyed(&mut sql, "k4", book(3, Some("Bay 1"))).await.unwrap();
    let onto_c = keyed(
        &mut sql,
        "k5",
        Change::reschedule(a.id, at(3), None).unwrap(),
    )
    .await;
    assert!(matches!(onto_c, Err(StoreError::SlotTaken)), "{onto_c:?}");
    let half = at(1) + Duration::minutes(30);
    let moved = keyed(
        &mut sql,
        "k6",
        Change::reschedule(a.id, half, None).unwrap(),
    )
    .await;
    assert_eq!(moved.unwrap().start, half);
    assert_eq!(
        sql.rows.iter().find(|r| r.id == c.id).map(|r| r.start),
        Some(at(3))
    );
}

#[tokio::test]
async fn cancel_twice_answers_cancelled_and_a_cancelled_one_cannot_move() {
    let mut sql = Fake::default();
    let a = keyed(&mut sql, "k1", book(1, None)).await.unwrap();
    let c1 = keyed(&mut sql, "k2", Change::Cancel(a.id)).await.unwrap();
    let c2 = keyed(&mut sql, "k3", Change::Cancel(a.id)).await.unwrap();
    assert_eq!(c1.status, AppointmentStatus::Cancelled);
    assert_eq!(c1, c2);
    let err = keyed(
        &mut sql,
        "k4",
        Change::reschedule(a.id, at(3), None).unwrap(),
    )
    .await;
    assert!(matches!(err, Err(StoreError::NotFound)), "{err:?}");
    let err = keyed(&mut sql, "k5", Change::Cancel(AppointmentId(99))).await;
    assert!(matches!(err, Err(StoreError::NotFound)), "{err:?}");
    // A cancelled booking frees its time.
    assert!(keyed(&mut sql, "k6", book(1, None)).await.is_ok());
}
