//! `bella calendar token create|revoke|list`: the tokens of the ICS feeds, and
//! [`open`], how `bella serve` starts calendars (feeds, CalDAV push and pull).
//!
//! `bella calendar token create --resource "Front desk" [--include-phone]` prints the
//! token (shown once: only its SHA-256 is stored) and, when `--public-url` is known,
//! the feed URL to subscribe to; `--resource all` is the feed of every resource.
//! `bella calendar token revoke --id N` (or `--resource NAME`: every token of that
//! feed). It takes `--business`, `--database-url`, `--pg-schema` and `--public-url`
//! (and their environment variables) like `bella serve`. See `docs/calendar.md`.

use anyhow::{Context as _, bail};
use bella_calendar::{CalendarConfig, Calendars};
use bella_store::Stores;
use chrono::Utc;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `bella calendar`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// Feed tokens.
    #[command(subcommand)]
    Token(TokenCmd),
}

#[derive(Debug, clap::Subcommand)]
enum TokenCmd {
    /// Make a token for a resource's feed (or `all`) and print it once.
    Create {
        /// The resource as the business file names it, or `all`.
        #[arg(long)]
        resource: String,
        /// Show callers' numbers in this feed.
        #[arg(long)]
        include_phone: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Revoke a token by id, or every token of a resource's feed.
    Revoke {
        /// The token id (`bella calendar token list`).
        #[arg(
            long,
            conflicts_with = "resource",
            required_unless_present = "resource"
        )]
        id: Option<i64>,
        /// Revoke every token of this resource's feed (or `all`).
        #[arg(long)]
        resource: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// List tokens (ids and feeds; never the tokens).
    List {
        #[command(flatten)]
        common: Common,
    },
}

#[derive(Debug, clap::Args)]
struct Common {
    /// Business configuration (TOML), for its resources.
    #[arg(long, env = "BELLA_BUSINESS")]
    business: Option<PathBuf>,
    /// `--database-url` and `--pg-schema`, as for `bella serve`.
    #[command(flatten)]
    db: super::db_args::Database,
    /// The public base URL of `bella serve` (prints the feed URL).
    #[arg(long, env = "BELLA_PUBLIC_URL")]
    public_url: Option<String>,
}

/// The calendar configuration of a business file (`None`: the embedded default).
/// `with_secrets` reads the CalDAV credentials' environment variables; without it
/// (token commands) no calendar is synced and none are needed.
fn config_of(business: Option<&PathBuf>, with_secrets: bool) -> anyhow::Result<CalendarConfig> {
    let dialog = super::serve::load_business(business)?;
    let Some(path) = business else {
        return Ok(CalendarConfig::empty(&dialog.business_name));
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading business file {}", path.display()))?;
    let mut cfg = if with_secrets {
        CalendarConfig::from_toml(&text, &|k| std::env::var(k).ok())
    } else {
        CalendarConfig::from_toml(&text, &|_| Some("unused".to_owned()))
    }
    .with_context(|| format!("business file {}", path.display()))?;
    if !with_secrets {
        cfg.targets.clear();
    }
    cfg.business = dialog.business_name;
    Ok(cfg)
}

/// Opens calendars for `bella serve`: feeds always (on a database file or Postgres),
/// CalDAV push and pull for the resources with `caldav_url`, their loops started.
/// `Ok(None)` on `sqlite::memory:` (another connection would be another database).
pub async fn open(
    business: Option<&PathBuf>,
    database_url: &str,
    pg_schema: Option<&str>,
    tz: chrono_tz::Tz,
) -> anyhow::Result<Option<Calendars>> {
    if database_url.contains(":memory:") || database_url.contains("mode=memory") {
        return Ok(None);
    }
    let cfg = config_of(business, true)?;
    let syncing = cfg.targets.len();
    let cal = Calendars::open(database_url, pg_schema, cfg, tz)
        .await
        .context("opening calendars")?;
    cal.spawn(std::time::Duration::from_secs(1));
    tracing::info!(caldav_calendars = syncing, "calendars on");
    Ok(Some(cal))
}

/// Runs `bella calendar`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let runtime = super::runtime()?;
    runtime.block_on(token(args.what))
}

async fn calendars(c: &Common) -> anyhow::Result<Calendars> {
    // Opening the store applies the migrations (the calendar tables among them).
    Stores::connect_with(&c.db.store_config())
        .await
        .context("opening the database")?;
    let cfg = config_of(c.business.as_ref(), false)?;
    Ok(Calendars::open(
        &c.db.url.database_url,
        c.db.pg_schema.as_deref(),
        cfg,
        chrono_tz::UTC,
    )
    .await?)
}

fn feed_of(cal: &Calendars, resource: &str) -> anyhow::Result<String> {
    match cal.feed_of(resource) {
        Some(f) => Ok(f),
        None if cal.config.resources.is_empty() => bail!(
            "no resource {resource:?}: the business has no [[resources]] (pass its file \
             with --business, or use \"all\")"
        ),
        None => bail!(
            "no resource {resource:?} in the business file (resources: {}; or \"all\")",
            cal.config.resources.join(", ")
        ),
    }
}

async fn token(what: What) -> anyhow::Result<ExitCode> {
    let What::Token(cmd) = what;
    match cmd {
        TokenCmd::Create {
            resource,
            include_phone,
            common,
        } => {
            let cal = calendars(&common).await?;
            let feed = feed_of(&cal, &resource)?;
            let (id, token) = cal
                .db
                .create_token(&feed, include_phone, Utc::now())
                .await?;
            println!("token {id} for the {feed} feed (shown once; store it now):");
            println!("{token}");
            match &common.public_url {
                Some(base) => println!(
                    "subscribe to: {}",
                    bella_calendar::service::feed_url(base, &feed, &token)
                ),
                None => println!(
                    "feed path: /calendar/{feed}.ics?token=<token> (give --public-url for the full URL)"
                ),
            }
        }
        TokenCmd::Revoke {
            id,
            resource,
            common,
        } => {
            let cal = calendars(&common).await?;
            let n = match (id, resource) {
                (Some(id), _) => u64::from(cal.db.revoke_token(id, Utc::now()).await?),
                (None, Some(r)) => {
                    let feed = feed_of(&cal, &r)?;
                    cal.db.revoke_feed(&feed, Utc::now()).await?
                }
                (None, None) => bail!("give --id or --resource"),
            };
            if n == 0 {
                eprintln!("no live token matched");
                return Ok(ExitCode::from(1));
            }
            println!("revoked {n} token(s)");
        }
        TokenCmd::List { common } => {
            let cal = calendars(&common).await?;
            for t in cal.db.list_tokens().await? {
                println!("{}", serde_json::to_string(&t)?);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
