//! `bella notify`: send the reminders and texts that are due.
//!
//! `bella notify --once [--now T] [--dry-run]` claims every outbox row due at `T`
//! (default: now), places the calls and sends the texts through Twilio, and prints one
//! JSON line per row: what it sent, or with `--dry-run` what it would send (nothing is
//! claimed or changed). Without `--once` it repeats every `--every` seconds until
//! interrupted (what `bella serve` runs in the background). It takes the same
//! `--business`, `--database-url`, `--public-url` and `--twilio-api-base` flags and
//! environment variables as `bella serve`; the credentials come from
//! `TWILIO_ACCOUNT_SID` with `TWILIO_AUTH_TOKEN`, or `TWILIO_API_KEY` and
//! `TWILIO_API_SECRET`.

use anyhow::Context as _;
use bella_notify::config::NotificationsConfig;
use bella_notify::outbox::Outbox;
use bella_notify::twilio::{Credentials, DEFAULT_API_BASE, TwilioClient};
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_store::Stores;
use bella_twilio_adapter::Clock;
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// Arguments of `bella notify`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Run what is due once and exit.
    #[arg(long)]
    pub once: bool,
    /// The instant to run at (RFC 3339 with an offset); default now.
    #[arg(long)]
    pub now: Option<String>,
    /// Print what would be sent; send nothing, change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Business configuration (TOML) with a `[notifications]` table.
    #[arg(long, env = "BELLA_BUSINESS")]
    pub business: Option<PathBuf>,
    /// `--database-url` and `--pg-schema`, as for `bella serve`.
    #[command(flatten)]
    pub db: super::db_args::Database,
    /// The public base URL Twilio reaches `bella serve` at (reminder-call webhooks).
    #[arg(long, env = "BELLA_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Twilio's REST API base (point it at a fake in tests).
    #[arg(long, env = "TWILIO_API_BASE", default_value = DEFAULT_API_BASE)]
    pub twilio_api_base: String,
    /// Seconds between runs without `--once`.
    #[arg(long, default_value_t = 30)]
    pub every: u64,
    /// Seconds a claimed row is held before another worker may take it over (after
    /// looking the call up at Twilio).
    #[arg(long, env = "BELLA_NOTIFY_LEASE", default_value_t = 120)]
    pub lease: u64,
    /// Answering-machine detection of reminder calls: `sync` (the verdict comes with
    /// the call's webhook; the default, see docs/outbound.md) or `async`.
    #[arg(long, env = "BELLA_REMINDER_AMD", default_value = "sync", value_parser = ["sync", "async"])]
    pub reminder_amd: String,
}

/// Where the notifier runs and with which database (what `bella serve` and
/// `bella notify` share).
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    /// The business file.
    pub business: Option<&'a PathBuf>,
    /// The stores opened by the caller: a SQLite outbox writes through their writer.
    pub stores: &'a Stores,
    /// The database URL the stores were opened with.
    pub database_url: &'a str,
    /// The Postgres schema, if any.
    pub pg_schema: Option<&'a str>,
    /// `--public-url`.
    pub public_url: Option<&'a str>,
    /// `--twilio-api-base`.
    pub api_base: &'a str,
    /// Seconds a claim holds a row.
    pub lease_secs: u64,
    /// Asynchronous answering-machine detection (`--reminder-amd async`).
    pub async_amd: bool,
    /// Where the notifier reads "now" (the stores' clock).
    pub clock: &'a Clock,
}

/// Builds the notifier from the business file and the environment: `Ok(None)` when
/// the business has no `[notifications]`.
pub async fn setup(place: Place<'_>, dry_run: bool) -> anyhow::Result<Option<Notifier>> {
    let Place {
        business,
        stores,
        database_url,
        pg_schema,
        public_url,
        api_base,
        lease_secs,
        async_amd,
        clock,
    } = place;
    let Some(path) = business else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading business file {}", path.display()))?;
    let dialog = bella_dialog::Config::from_toml_str(&text)
        .with_context(|| format!("business file {}", path.display()))?;
    let Some(notifications) = NotificationsConfig::from_business_toml(&text)
        .with_context(|| format!("business file {}", path.display()))?
    else {
        return Ok(None);
    };
    // SQLite: the store's own writer task; Postgres: a small pool of the outbox's.
    let outbox = Outbox::for_store(stores.appointments.as_ref(), database_url, pg_schema).await?;
    outbox.sync_rules(Some(&notifications)).await?;
    let client = if dry_run {
        None
    } else {
        let creds = Credentials::from_env().context(
            "Twilio credentials missing: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET)",
        )?;
        Some(TwilioClient::new(api_base, creds, Duration::from_secs(10))?)
    };
    let public_url = public_url
        .map(str::to_owned)
        .context("--public-url (BELLA_PUBLIC_URL) is needed: Twilio fetches the reminder call's webhook from it")?;
    let cfg = NotifierConfig {
        callback: dialog.transfer_number.clone(),
        lease: chrono::Duration::seconds(i64::try_from(lease_secs.max(1)).unwrap_or(120)),
        ..NotifierConfig::new(
            notifications,
            &dialog.business_name,
            dialog.tz(),
            &public_url,
        )
    };
    Ok(Some(
        Notifier::new(outbox, client, cfg)
            .with_async_amd(async_amd)
            .with_clock(clock.clone()),
    ))
}

/// Runs `bella notify`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    super::serve::init_logging(super::serve::LogFormat::Text);
    // `--now` pins the clock (every run is at that instant); otherwise the system's.
    let clock = match &args.now {
        Some(t) => Clock::manual(
            DateTime::parse_from_rfc3339(t.trim())
                .with_context(|| format!("--now {t:?} is not RFC 3339 with an offset"))?
                .with_timezone(&Utc),
        ),
        None => Clock::system(),
    };
    let runtime = super::runtime()?;
    runtime.block_on(async move {
        let store_config = args.db.store_config().with_clock(clock.clone());
        // Opening the store applies the migrations (0003 holds the outbox).
        let stores = Stores::connect_with(&store_config)
            .await
            .context("opening the database")?;
        let place = Place {
            business: args.business.as_ref(),
            stores: &stores,
            database_url: &args.db.url.database_url,
            pg_schema: args.db.pg_schema.as_deref(),
            public_url: args.public_url.as_deref(),
            api_base: &args.twilio_api_base,
            lease_secs: args.lease,
            async_amd: args.reminder_amd == "async",
            clock: &clock,
        };
        let Some(notifier) = setup(place, args.dry_run).await? else {
            anyhow::bail!(
                "the business file (--business) has no [notifications] table: nothing to send"
            );
        };
        loop {
            for action in notifier.run_due_now().await? {
                println!("{}", serde_json::to_string(&action)?);
            }
            if args.once {
                return Ok(());
            }
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(args.every.max(1))) => {}
                _ = tokio::signal::ctrl_c() => return Ok(()),
            }
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// The scheduler inside `bella serve`: on when the business has `[notifications]` and
/// the Twilio credentials and `--public-url` are set; runs what is due every
/// `every_secs` (default 30) until the process ends. Returns the notifier (for the
/// SMS, reminder-call and status webhooks) when it started.
pub async fn spawn_scheduler(
    place: Place<'_>,
    every_secs: u64,
) -> anyhow::Result<Option<Notifier>> {
    let has_table = match place.business {
        Some(p) => {
            let text = std::fs::read_to_string(p)
                .with_context(|| format!("reading business file {}", p.display()))?;
            // Validated at start: a bad table stops the server with the field named.
            NotificationsConfig::from_business_toml(&text)
                .with_context(|| format!("business file {}", p.display()))?
                .is_some()
        }
        None => false,
    };
    if !has_table {
        return Ok(None);
    }
    if Credentials::from_env().is_none() || place.public_url.is_none() {
        tracing::warn!(
            "[notifications] is set but TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (or an API key pair) or --public-url is missing: reminders and texts are off"
        );
        return Ok(None);
    }
    let Some(notifier) = setup(place, false).await? else {
        return Ok(None);
    };
    let running = notifier.clone();
    tokio::spawn(async move {
        let notifier = running;
        let mut tick = tokio::time::interval(Duration::from_secs(every_secs.max(1)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            match notifier.run_due_now().await {
                Ok(actions) if !actions.is_empty() => {
                    tracing::info!(rows = actions.len(), "notifications sent");
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "notification run failed"),
            }
        }
    });
    Ok(Some(notifier))
}
