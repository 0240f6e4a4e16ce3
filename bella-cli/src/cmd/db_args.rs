//! The database flags the commands share, defined once: `--database-url`
//! (`BELLA_DATABASE_URL`, `sqlite://./bella.db` by default) for `bella serve`,
//! `bella chat`, `bella notify` and `bella calendar`, and with it `--pg-schema`
//! (`BELLA_PG_SCHEMA`) where a command takes both together.
//!
//! A command that words the help of `--database-url` its own way keeps its wording
//! with `#[command(mut_arg("database_url", …))]` on its `Args`.

use bella_store::StoreConfig;

/// `--database-url`: where appointments and records are kept.
#[derive(Clone, Debug, clap::Args)]
pub struct DatabaseUrl {
    /// `sqlite://PATH` or `postgres://…`, as for `bella serve`.
    #[arg(
        long,
        env = "BELLA_DATABASE_URL",
        default_value = "sqlite://./bella.db"
    )]
    pub database_url: String,
}

/// `--database-url` and `--pg-schema`, as `bella notify` and `bella calendar` take
/// them from `bella serve`.
#[derive(Clone, Debug, clap::Args)]
pub struct Database {
    /// The database.
    #[command(flatten)]
    pub url: DatabaseUrl,
    /// Postgres schema, as for `bella serve`.
    #[arg(long, env = "BELLA_PG_SCHEMA")]
    pub pg_schema: Option<String>,
}

impl Database {
    /// The store configuration these flags name.
    pub fn store_config(&self) -> StoreConfig {
        let config = StoreConfig::new(&self.url.database_url);
        match &self.pg_schema {
            Some(s) => config.with_pg_schema(s),
            None => config,
        }
    }
}
