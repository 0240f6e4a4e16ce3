//! Bella's value types, shared by every other crate.
//!
//! This crate does no I/O and reads no clock: "now" always arrives as a
//! [`ReferenceTime`] built by the caller. The main types are:
//!
//! - [`PhoneNumber`]: a validated E.164 number whose `Debug` and `Display` are masked;
//! - [`PersonName`]: a caller's name whose `Debug` and `Display` are masked;
//! - [`Pii`]: a wrapper that redacts any value in `Debug` and `Display`;
//! - [`ReferenceTime`]: the instant a caller speaks and the business's zone;
//! - [`BusinessHours`]: weekly opening times in a zone, closed dates and the slot length;
//! - [`Appointment`]: a booking as the store keeps it;
//! - [`Expect`]: what the agent just asked the caller for.
//!
//! ```
//! use bella_core::{PhoneNumber, PersonName};
//! let phone = PhoneNumber::from_nanp_digits("4035550142").unwrap();
//! assert_eq!(phone.e164(), "+14035550142");
//! assert_eq!(format!("{phone}"), "+1********42");
//! let name = PersonName::new("Rocky Jonathan").unwrap();
//! assert_eq!(name.as_str(), "Rocky Jonathan");
//! assert_eq!(format!("{name:?}"), "PersonName(R***)");
//! ```

mod appointment;
mod expect;
mod hours;
mod name;
mod phone;
mod pii;
mod time;

pub use appointment::{Appointment, AppointmentId, AppointmentStatus};
pub use expect::Expect;
pub use hours::{BusinessHours, HoursError, OpenSpan, SlotRejection, grid_starts};
pub use name::{NameError, PersonName};
pub use phone::{PhoneError, PhoneNumber};
pub use pii::{Pii, Secret};
pub use time::{
    PartOfDay, ReferenceTime, TimeError, WEEKDAY_NAMES, local_to_utc, parse_instant_in,
    parse_wall_time,
};
