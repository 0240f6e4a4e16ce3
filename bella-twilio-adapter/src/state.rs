//! [`AppState`], what every handler shares, and [`AdapterConfig`], how the adapter
//! behaves.

use crate::driver::CallDriver;
use crate::twiml::SayOptions;
use bella_clock::Clock;
use bella_core::Secret;
use bella_store::{AppointmentStore, CallRecordStore, SessionStore};
use chrono_tz::Tz;
use metrics_exporter_prometheus::PrometheusHandle;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// How the adapter behaves; built by `bella serve` from its flags.
#[derive(Clone, Debug)]
pub struct AdapterConfig {
    /// Twilio auth token; `None` turns signature checks off (`--insecure-skip-signature`).
    /// Prints as `[secret]`.
    pub auth_token: Option<Secret>,
    /// Admin API key; `None` turns the admin API off. Prints as `[secret]`.
    pub api_key: Option<Secret>,
    /// Public base URL Twilio calls (`https://bella.example.com`), used to check
    /// signatures behind a proxy. `None`: `http://` plus the `Host` header.
    pub public_url: Option<String>,
    /// Voice and language of `<Say>`.
    pub say: SayOptions,
    /// Voice and language of `<Say>` and `<Gather>` once a call is in French
    /// (`Polly.Gabrielle-Neural`, `fr-CA`).
    pub say_fr: SayOptions,
    /// `speechTimeout` of `<Gather>` (`auto` or seconds).
    pub speech_timeout: String,
    /// The business's zone (admin API dates).
    pub tz: Tz,
    /// Where to transfer when the engine names no number, and after an internal error.
    pub transfer_number: Option<String>,
    /// The most time one webhook may take before the caller hears the fallback
    /// (Twilio gives up at 15 s).
    pub request_budget: Duration,
    /// How long an idle call's session is kept.
    pub session_ttl: Duration,
    /// Calls whose session this process keeps in memory after saving it (write-through;
    /// the store stays the truth). 0 turns the cache off.
    pub session_cache: usize,
    /// Largest webhook body accepted, bytes.
    pub max_body_bytes: usize,
    /// The engine's configuration (business, hours, prompts).
    pub dialog: Arc<bella_dialog::Config>,
    /// How `/twilio/voice` answers: `<Gather>` turns or a ConversationRelay socket.
    pub voice_mode: crate::relay::VoiceMode,
    /// The `<ConversationRelay>` settings (relay mode).
    pub relay: crate::relay::RelayOptions,
    /// Call transcripts: stored, masked, kept 30 days by default.
    pub transcripts: crate::transcript::TranscriptOptions,
}

impl AdapterConfig {
    /// How `<Say>` and `<Gather>` speak and listen in `lang`.
    #[must_use]
    pub fn say_for(&self, lang: bella_dialog::Lang) -> &SayOptions {
        match lang {
            bella_dialog::Lang::Fr => &self.say_fr,
            _ => &self.say,
        }
    }

    /// Defaults around a dialog configuration: signatures required with `auth_token`.
    #[must_use]
    pub fn new(dialog: bella_dialog::Config, auth_token: Option<String>) -> Self {
        Self {
            auth_token: auth_token.map(Secret::from),
            api_key: None,
            public_url: None,
            say: SayOptions::default(),
            say_fr: SayOptions::french(),
            speech_timeout: "auto".to_owned(),
            tz: dialog.tz(),
            transfer_number: dialog.transfer_number.clone(),
            request_budget: Duration::from_secs(8),
            session_ttl: Duration::from_secs(4 * 3600),
            session_cache: 10_000,
            max_body_bytes: 32 * 1024,
            dialog: Arc::new(dialog),
            voice_mode: crate::relay::VoiceMode::Gather,
            relay: crate::relay::RelayOptions::default(),
            transcripts: crate::transcript::TranscriptOptions::default(),
        }
    }
}

/// Everything a handler needs; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// Behaviour and secrets.
    pub config: Arc<AdapterConfig>,
    /// Appointments.
    pub appointments: Arc<dyn AppointmentStore>,
    /// Dialog sessions between webhooks.
    pub sessions: Arc<dyn SessionStore>,
    /// Call records.
    pub records: Arc<dyn CallRecordStore>,
    /// Optional language-model fallback for slots the rules cannot read.
    pub llm: Option<Arc<crate::llm::LlmFallback>>,
    /// Prometheus handle for `/metrics` (`None`: metrics off).
    pub metrics: Option<PrometheusHandle>,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Sessions this process saved last ([`crate::cache`]).
    pub session_cache: Arc<crate::cache::SessionCache>,
    /// The outbound notifier (`[notifications]`), for [`crate::outbound`]'s routes.
    pub notifier: Option<bella_notify::worker::Notifier>,
    /// What the dashboard keeps in the process (sign-in rate limits).
    pub dashboard: Arc<crate::dashboard::Shared>,
    /// Where background jobs report their runs (the dashboard's system page).
    pub jobs: Arc<crate::jobs::JobBoard>,
    /// Calendars (feeds, CalDAV sync), for [`crate::calendar`]'s routes.
    pub calendars: Option<bella_calendar::Calendars>,
}

impl fmt::Debug for AppState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Secrets live in `config`: print only what is safe.
        f.debug_struct("AppState")
            .field("signatures", &self.config.auth_token.is_some())
            .field("admin_api", &self.config.api_key.is_some())
            .field("public_url", &self.config.public_url)
            .field("appointments", &self.appointments)
            .field("sessions", &self.sessions)
            .field("llm", &self.llm.is_some())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State over the given stores, with the system clock, no LLM, and the
    /// process-wide Prometheus recorder.
    pub fn new(
        config: AdapterConfig,
        appointments: Arc<dyn AppointmentStore>,
        sessions: Arc<dyn SessionStore>,
        records: Arc<dyn CallRecordStore>,
    ) -> Self {
        let session_cache = Arc::new(crate::cache::SessionCache::new(
            config.session_cache,
            config.session_ttl,
        ));
        Self {
            session_cache,
            config: Arc::new(config),
            appointments,
            sessions,
            records,
            llm: None,
            metrics: crate::metrics::install(),
            clock: Clock::system(),
            notifier: None,
            dashboard: Arc::default(),
            jobs: Arc::default(),
            calendars: None,
        }
    }

    /// The call driver over this state's stores, LLM fallback and clock (cheap: a few
    /// reference counts). Build it per request, so a test that swaps the clock or the
    /// LLM on the state is seen by the next request.
    #[must_use]
    pub fn driver(&self) -> CallDriver {
        CallDriver {
            appointments: self.appointments.clone(),
            sessions: self.sessions.clone(),
            records: self.records.clone(),
            cache: self.session_cache.clone(),
            llm: self.llm.clone(),
            clock: self.clock.clone(),
            dialog: self.config.dialog.clone(),
            session_ttl: self.config.session_ttl,
            notifier: self.notifier.clone(),
            transcripts: self.config.transcripts,
        }
    }
}
