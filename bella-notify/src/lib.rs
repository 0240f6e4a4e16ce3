//! Bella reaching out: reminder calls and texts, exactly once.
//!
//! This is an I/O crate (HTTP to Twilio, SQL to the store). The parts:
//!
//! - [`twilio`]: a REST client for `Calls.json`, `Calls/{Sid}.json` and
//!   `Messages.json` with typed errors ([`twilio::TwilioError`]);
//! - [`fake`]: a fake Twilio REST server for tests and measurements;
//! - [`config`]: the `[notifications]` table of the business TOML;
//! - [`hours`]: calling hours (a call due outside them waits for the next allowed
//!   minute);
//! - [`outbox`]: the rows to send, claimed by workers with a lease.

pub mod config;
pub mod fake;
pub mod hours;
pub mod outbox;
pub mod twilio;
pub mod worker;
