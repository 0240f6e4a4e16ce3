//! Twilio voice webhooks for Bella: axum routes, TwiML and request signatures.
//!
//! This is the adapter that puts the sans-io engine (`bella-dialog`) on the phone, and
//! with the binary the only place that does network I/O and reads the clock. Main items:
//!
//! - [`app()`]: every route as one axum `Router`, testable without a socket;
//!   [`AppState`] and [`AdapterConfig`] configure it;
//! - [`driver`]: the one call driver (load the session, feed the `Dialog`, answer its
//!   store and LLM requests, arm its deadline, save), with no transport in it; the
//!   Gather webhooks and `bella chat` are thin translations over it;
//! - [`relay`]: realtime voice over Twilio ConversationRelay (a WebSocket per call,
//!   barge-in, failover from the saved session), a transport over the driver;
//! - [`twiml`]: a typed TwiML writer with escaping and Twilio's size limits;
//! - [`signature`]: `X-Twilio-Signature` computation and constant-time validation;
//! - [`session`] and [`cache`]: what is kept between two webhooks of a call (engine
//!   state, next turn, last TwiML for retries) and a write-through cache of it;
//! - [`llm`]: the optional LLM fallback inside the webhook's time budget;
//! - [`admin`]: the JSON admin API behind a bearer key; [`metrics`]: Prometheus;
//! - [`dashboard`]: the operations dashboard (HTML pages behind a sign-in);
//! - [`sim`]: the caller side of Twilio (signed form posts, TwiML reading, personas),
//!   used by `bella dial` and the end-to-end tests.
//!
//! Personal data: phone numbers are logged masked (`+1********42`), names and what
//! callers say never (`tests/pii.rs` checks a whole call's logs). See `docs/serve.md`
//! for the webhook flow, deployment behind HTTPS and a fleet on Postgres + Redis.

pub mod admin;
pub mod api;
mod app;
pub mod cache;
pub mod calendar;
pub mod customers;
pub mod dashboard;
pub mod driver;
pub mod error;
pub mod form;
pub mod guard;
pub mod jobs;
pub mod llm;
pub mod manage;
pub mod metrics;
pub mod outbound;
pub mod relay;
pub mod reminder_call;
pub mod render;
pub mod session;
pub mod signature;
pub mod sim;
mod state;
pub mod transcript;
pub mod twiml;
mod voice;

pub use app::{Guard, RouteInfo, app, routes};
/// Where the adapter reads "now": the same [`bella_clock::Clock`] the stores hold, so
/// a test moves both at once (`tests/clock.rs`).
pub use bella_clock::Clock;
pub use error::AppError;
pub use state::{AdapterConfig, AppState};
