//! [`RedisSessions`]: dialog sessions in Redis, compare-and-set by version in Lua.

use crate::error::with_deadline;
use crate::session_rules::{SessionRows, SessionSave};
use crate::{StoreConfig, StoreError};
use async_trait::async_trait;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::fmt;
use std::time::Duration;

/// Compare-and-set of a versioned session in one atomic step.
///
/// `KEYS[1]` the session hash; `ARGV[1]` the expected version (`""`: must not exist),
/// `ARGV[2]` the data, `ARGV[3]` the TTL in ms. Returns the new version, or -1 when the
/// current version is not the expected one (nothing is written).
const SAVE_LUA: &str = r"
local cur = redis.call('HGET', KEYS[1], 'v')
if ARGV[1] == '' then
  if cur then return -1 end
  cur = '0'
elseif (not cur) or cur ~= ARGV[1] then
  return -1
end
local v = tonumber(cur) + 1
redis.call('HSET', KEYS[1], 'd', ARGV[2], 'v', v)
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return v
";

/// Sessions in Redis: one hash per call (`d` data, `v` version) with a TTL.
///
/// Saves run one compare-and-set Lua script, never WATCH/MULTI (unsafe on
/// the multiplexed connection). The [`ConnectionManager`] reconnects by itself after
/// the server restarts; calls made while it is away fail with `Unavailable`.
#[derive(Clone)]
pub struct RedisSessions {
    conn: ConnectionManager,
    prefix: String,
    save: redis::Script,
    op_timeout: Duration,
}

impl fmt::Debug for RedisSessions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisSessions")
            .field("prefix", &self.prefix)
            .field("op_timeout", &self.op_timeout)
            .finish_non_exhaustive()
    }
}

impl RedisSessions {
    /// Connects to `url` (`redis://host:port/db`), with `config.redis_prefix` on every key.
    pub async fn connect(url: &str, config: &StoreConfig) -> Result<Self, StoreError> {
        let client =
            redis::Client::open(url).map_err(|e| StoreError::Invalid(format!("redis url: {e}")))?;
        let manager_config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(config.op_timeout))
            .set_response_timeout(Some(config.op_timeout))
            .set_number_of_retries(2)
            .set_max_delay(Duration::from_millis(500));
        let conn = with_deadline(config.op_timeout, async {
            Ok(ConnectionManager::new_with_config(client, manager_config).await?)
        })
        .await?;
        Ok(Self {
            conn,
            prefix: config.redis_prefix.clone(),
            save: redis::Script::new(SAVE_LUA),
            op_timeout: config.op_timeout,
        })
    }

    fn key(&self, call_id: &str) -> String {
        format!("{}session:{call_id}", self.prefix)
    }
}

#[async_trait]
impl SessionRows for RedisSessions {
    async fn load_live(&self, call_id: &str) -> Result<Option<(String, i64)>, StoreError> {
        let key = self.key(call_id);
        let mut conn = self.conn.clone();
        with_deadline(self.op_timeout, async {
            let (data, version): (Option<String>, Option<i64>) = redis::cmd("HMGET")
                .arg(&key)
                .arg("d")
                .arg("v")
                .query_async(&mut conn)
                .await?;
            Ok(data.zip(version))
        })
        .await
    }

    async fn save_checked(&self, save: &SessionSave<'_>) -> Result<u64, StoreError> {
        let key = self.key(save.call_id);
        let mut conn = self.conn.clone();
        let expected_arg = save.expected.map(|v| v.to_string()).unwrap_or_default();
        with_deadline(self.op_timeout, async {
            let v: i64 = self
                .save
                .key(&key)
                .arg(&expected_arg)
                .arg(save.data)
                .arg(save.ttl_ms)
                .invoke_async(&mut conn)
                .await?;
            save.answer(Some(v))
        })
        .await
    }

    async fn delete_checked(&self, call_id: &str) -> Result<(), StoreError> {
        let key = self.key(call_id);
        let mut conn = self.conn.clone();
        with_deadline(self.op_timeout, async {
            let _: i64 = redis::cmd("DEL").arg(&key).query_async(&mut conn).await?;
            Ok(())
        })
        .await
    }

    async fn ping_backend(&self) -> Result<(), StoreError> {
        let mut conn = self.conn.clone();
        with_deadline(self.op_timeout, async {
            let _: String = redis::cmd("PING").query_async(&mut conn).await?;
            Ok(())
        })
        .await
    }
}
