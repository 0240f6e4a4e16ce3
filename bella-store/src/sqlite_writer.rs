//! Group commit for SQLite: one task owns the only connection that writes.
//!
//! # Why
//!
//! SQLite lets one writer in at a time. With a pool of connections all writing, the
//! losers of each race get `SQLITE_BUSY` and the busy handler sleeps 1, 2, 5, 10 ms and
//! more before trying again; under load those sleeps were most of the webhooks' latency
//! tail. And every statement through sqlx is a round trip to the connection's worker
//! thread, so a queue of single-row writes on one connection is bounded by thread
//! hand-offs, not by SQLite.
//!
//! # How
//!
//! Callers send a [`Write`] over a channel and await its reply. The task takes every
//! write waiting (up to [`MAX_BATCH`]) and runs the batch as few statements as it can:
//!
//! - session updates: one `UPDATE … FROM (VALUES …)` with the version check per row;
//! - new sessions: one multi-row upsert that only replaces expired rows;
//! - session deletes: one `DELETE … WHERE call_id IN (…)`;
//! - call-record starts and ends: one upsert each;
//! - appointment changes and purges ([`Write::Exclusive`], multi-statement
//!   transactions): one by one, after the statements above.
//!
//! Each statement commits on its own (autocommit), and a caller hears back only after
//! the statement holding its write has committed, so an answer still means "on disk"
//! (as far as `synchronous=NORMAL` goes). Row lists are padded with `NULL` rows to a
//! power of two, so a handful of statement texts covers every batch size and sqlx's
//! prepared-statement cache keeps them all.
//!
//! Ordering: two session writes for one call never share a batch (the later one waits
//! for the next batch), so each call's session writes apply in the order they were
//! sent; exclusive jobs run in the order they were sent. A write whose caller has
//! stopped waiting (its deadline passed) is skipped, not applied late.

use crate::StoreError;
use futures::future::BoxFuture;
use sqlx::sqlite::{SqliteConnection, SqlitePool};
use sqlx::{AssertSqlSafe, Row as _};
use std::collections::VecDeque;
use tokio::sync::{mpsc, oneshot};

/// The most writes one batch takes.
pub(crate) const MAX_BATCH: usize = 128;

/// Writes that may wait for the task before senders wait for room.
const QUEUE: usize = 4096;

/// Where a write's result goes.
pub(crate) type Reply<T> = oneshot::Sender<Result<T, StoreError>>;

/// A job that needs the connection to itself (a transaction of several statements).
/// It sends its own reply.
pub(crate) type Exclusive =
    Box<dyn for<'c> FnOnce(&'c mut SqliteConnection) -> BoxFuture<'c, ()> + Send>;

/// One write for the writer task.
pub(crate) enum Write {
    /// Save a session: `expected` is the version read (`None`: a new session).
    Save {
        call_id: String,
        data: String,
        expected: Option<i64>,
        ttl_ms: i64,
        reply: Reply<u64>,
    },
    /// Delete a session.
    Delete { call_id: String, reply: Reply<()> },
    /// Record that a call started (keeps values already recorded).
    RecordStart {
        call_id: String,
        caller_masked: Option<String>,
        started_at: i64,
        channel: String,
        reply: Reply<()>,
    },
    /// Record how a call ended.
    RecordEnd {
        call_id: String,
        outcome: String,
        turns: i64,
        ended_at: i64,
        reply: Reply<()>,
    },
    /// Anything else, run alone on the connection.
    Exclusive(Exclusive),
}

impl Write {
    /// The session this write touches, if any (two never share a batch).
    fn session(&self) -> Option<&str> {
        match self {
            Self::Save { call_id, .. } | Self::Delete { call_id, .. } => Some(call_id),
            _ => None,
        }
    }

    /// Whether the caller has stopped waiting for this write.
    fn abandoned(&self) -> bool {
        match self {
            Self::Save { reply, .. } => reply.is_closed(),
            Self::Delete { reply, .. }
            | Self::RecordStart { reply, .. }
            | Self::RecordEnd { reply, .. } => reply.is_closed(),
            // Checked by the job itself when it starts.
            Self::Exclusive(_) => false,
        }
    }

    fn fail(self, e: &StoreError) {
        match self {
            Self::Save { reply, .. } => drop(reply.send(Err(e.clone()))),
            Self::Delete { reply, .. }
            | Self::RecordStart { reply, .. }
            | Self::RecordEnd { reply, .. } => drop(reply.send(Err(e.clone()))),
            // Dropping the job drops its reply: the caller sees the writer as gone.
            Self::Exclusive(_) => {}
        }
    }
}

/// Starts the writer task on `pool` (whose connections only it uses for writing) and
/// returns the sending end. The task ends when every sender is dropped, after finishing
/// the writes already sent.
pub(crate) fn spawn(pool: SqlitePool, clock: bella_clock::Clock) -> mpsc::Sender<Write> {
    let (tx, rx) = mpsc::channel(QUEUE);
    tokio::spawn(run(pool, rx, clock));
    tx
}

async fn run(pool: SqlitePool, mut rx: mpsc::Receiver<Write>, clock: bella_clock::Clock) {
    let mut waiting: VecDeque<Write> = VecDeque::new();
    loop {
        if waiting.is_empty() {
            match rx.recv().await {
                Some(w) => waiting.push_back(w),
                None => break,
            }
        }
        while waiting.len() < 2 * MAX_BATCH {
            match rx.try_recv() {
                Ok(w) => waiting.push_back(w),
                Err(_) => break,
            }
        }
        let batch = Batch::take(&mut waiting);
        batch.run(&pool, &clock).await;
    }
}

/// The writes of one batch, sorted by statement.
#[derive(Default)]
struct Batch {
    updates: Vec<Write>,
    inserts: Vec<Write>,
    deletes: Vec<Write>,
    starts: Vec<Write>,
    ends: Vec<Write>,
    exclusive: Vec<Exclusive>,
}

impl Batch {
    /// Takes up to [`MAX_BATCH`] writes from the front of `waiting`, leaving behind (in
    /// order) any session write for a call the batch already holds.
    fn take(waiting: &mut VecDeque<Write>) -> Self {
        let mut batch = Self::default();
        let mut sessions: Vec<String> = Vec::new();
        let mut left = VecDeque::new();
        let mut taken = 0;
        while let Some(w) = waiting.pop_front() {
            if taken == MAX_BATCH {
                left.push_back(w);
                continue;
            }
            if w.abandoned() {
                continue;
            }
            if let Some(call) = w.session() {
                if sessions.iter().any(|s| s == call) {
                    left.push_back(w);
                    continue;
                }
                sessions.push(call.to_owned());
            }
            taken += 1;
            match w {
                Write::Save {
                    expected: Some(_), ..
                } => batch.updates.push(w),
                Write::Save { expected: None, .. } => batch.inserts.push(w),
                Write::Delete { .. } => batch.deletes.push(w),
                Write::RecordStart { .. } => batch.starts.push(w),
                Write::RecordEnd { .. } => batch.ends.push(w),
                Write::Exclusive(job) => batch.exclusive.push(job),
            }
        }
        *waiting = left;
        batch
    }

    async fn run(self, pool: &SqlitePool, clock: &bella_clock::Clock) {
        let mut conn = match pool.acquire().await {
            Ok(c) => c,
            Err(e) => {
                let e = StoreError::from(e);
                for w in self.all_simple() {
                    w.fail(&e);
                }
                return;
            }
        };
        let conn: &mut SqliteConnection = &mut conn;
        let now = crate::model::now_ms(clock);
        save_sessions(conn, self.updates, now, UPDATE).await;
        save_sessions(conn, self.inserts, now, INSERT).await;
        delete_sessions(conn, self.deletes).await;
        record(conn, self.starts).await;
        record(conn, self.ends).await;
        for job in self.exclusive {
            job(conn).await;
        }
    }

    fn all_simple(self) -> impl Iterator<Item = Write> {
        self.updates
            .into_iter()
            .chain(self.inserts)
            .chain(self.deletes)
            .chain(self.starts)
            .chain(self.ends)
    }
}

/// The row count a statement is written for: the next power of two.
fn padded(n: usize) -> usize {
    n.next_power_of_two()
}

/// `(?,?,?),(?,?,?),…` for `rows` rows of `cols` placeholders.
fn placeholders(sql: &mut String, rows: usize, cols: usize) {
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..cols {
            if c > 0 {
                sql.push(',');
            }
            sql.push('?');
        }
        sql.push(')');
    }
}

/// Which session statement: versioned updates or new sessions.
#[derive(Clone, Copy)]
struct SaveKind {
    head: &'static str,
    tail: &'static str,
}

/// Rows `(call_id, data, expected, expires_at)`; a row applies only at the expected
/// version of a live session.
const UPDATE: SaveKind = SaveKind {
    head: "WITH v(v_id, v_data, v_expected, v_expires) AS (VALUES ",
    tail: ") UPDATE sessions SET data = v.v_data, version = sessions.version + 1, \
           expires_at = v.v_expires FROM v WHERE sessions.call_id = v.v_id \
           AND sessions.version = v.v_expected AND sessions.expires_at > ? \
           RETURNING call_id, version",
};

/// Rows `(call_id, data, expected = NULL, expires_at)`; a row creates the session or
/// replaces an expired one (its version keeps counting, so a writer holding the old
/// version still conflicts).
const INSERT: SaveKind = SaveKind {
    head: "INSERT INTO sessions (call_id, data, version, expires_at) \
           SELECT column1, column2, 1, column4 FROM (VALUES ",
    tail: ") WHERE column1 IS NOT NULL ON CONFLICT (call_id) DO UPDATE SET \
           data = excluded.data, version = sessions.version + 1, \
           expires_at = excluded.expires_at WHERE sessions.expires_at <= ? \
           RETURNING call_id, version",
};

async fn save_sessions(conn: &mut SqliteConnection, writes: Vec<Write>, now: i64, kind: SaveKind) {
    if writes.is_empty() {
        return;
    }
    let rows = padded(writes.len());
    let mut sql = String::with_capacity(kind.head.len() + kind.tail.len() + rows * 10);
    sql.push_str(kind.head);
    placeholders(&mut sql, rows, 4);
    sql.push_str(kind.tail);
    let mut q = sqlx::query(AssertSqlSafe(sql));
    for w in &writes {
        if let Write::Save {
            call_id,
            data,
            expected,
            ttl_ms,
            ..
        } = w
        {
            q = q
                .bind(call_id.as_str())
                .bind(data.as_str())
                .bind(*expected)
                .bind(now.saturating_add(*ttl_ms));
        }
    }
    for _ in writes.len()..rows {
        q = q
            .bind(None::<&str>)
            .bind(None::<&str>)
            .bind(None::<i64>)
            .bind(None::<i64>);
    }
    let result = q.bind(now).fetch_all(&mut *conn).await;
    let saved: Vec<(String, i64)> = match result {
        Ok(rows) => rows
            .iter()
            .filter_map(|r| Some((r.try_get(0).ok()?, r.try_get(1).ok()?)))
            .collect(),
        Err(e) => {
            let e = StoreError::from(e);
            for w in writes {
                w.fail(&e);
            }
            return;
        }
    };
    for w in writes {
        if let Write::Save {
            call_id,
            expected,
            reply,
            ..
        } = w
        {
            let version = saved.iter().find(|(id, _)| *id == call_id).map(|(_, v)| *v);
            drop(reply.send(crate::session_rules::saved(expected, version)));
        }
    }
}

async fn delete_sessions(conn: &mut SqliteConnection, writes: Vec<Write>) {
    if writes.is_empty() {
        return;
    }
    let rows = padded(writes.len());
    let mut sql = String::from("DELETE FROM sessions WHERE call_id IN (");
    for r in 0..rows {
        sql.push_str(if r == 0 { "?" } else { ",?" });
    }
    sql.push(')');
    let mut q = sqlx::query(AssertSqlSafe(sql));
    for w in &writes {
        if let Write::Delete { call_id, .. } = w {
            q = q.bind(call_id.as_str());
        }
    }
    for _ in writes.len()..rows {
        q = q.bind(None::<&str>);
    }
    answer_all(q.execute(&mut *conn).await.map(drop), writes);
}

/// Call-record starts or ends (the batch's `writes` are all of one kind).
async fn record(conn: &mut SqliteConnection, writes: Vec<Write>) {
    let Some(first) = writes.first() else {
        return;
    };
    let rows = padded(writes.len());
    let (head, tail, cols) = match first {
        Write::RecordStart { .. } => (
            "INSERT INTO call_records (call_id, caller_masked, started_at, channel) \
             SELECT column1, column2, column3, column4 FROM (VALUES ",
            concat!(
                ") WHERE column1 IS NOT NULL ",
                crate::shared_sql::record_start_conflict!()
            ),
            4,
        ),
        _ => (
            "INSERT INTO call_records (call_id, outcome, turns, ended_at) \
             SELECT column1, column2, column3, column4 FROM (VALUES ",
            concat!(
                ") WHERE column1 IS NOT NULL ",
                crate::shared_sql::record_end_conflict!()
            ),
            4,
        ),
    };
    let mut sql = String::from(head);
    placeholders(&mut sql, rows, cols);
    sql.push_str(tail);
    let mut q = sqlx::query(AssertSqlSafe(sql));
    for w in &writes {
        match w {
            Write::RecordStart {
                call_id,
                caller_masked,
                started_at,
                channel,
                ..
            } => {
                q = q
                    .bind(call_id.as_str())
                    .bind(caller_masked.as_deref())
                    .bind(*started_at)
                    .bind(channel.as_str());
            }
            Write::RecordEnd {
                call_id,
                outcome,
                turns,
                ended_at,
                ..
            } => {
                q = q
                    .bind(call_id.as_str())
                    .bind(outcome.as_str())
                    .bind(*turns)
                    .bind(*ended_at);
            }
            _ => {}
        }
    }
    for _ in writes.len()..rows {
        q = q.bind(None::<&str>);
        for _ in 1..cols {
            q = q.bind(None::<i64>);
        }
    }
    answer_all(q.execute(&mut *conn).await.map(drop), writes);
}

fn answer_all(result: Result<(), sqlx::Error>, writes: Vec<Write>) {
    match result {
        Ok(()) => {
            for w in writes {
                match w {
                    Write::Delete { reply, .. }
                    | Write::RecordStart { reply, .. }
                    | Write::RecordEnd { reply, .. } => drop(reply.send(Ok(()))),
                    other => other.fail(&StoreError::Backend("misrouted write".into())),
                }
            }
        }
        Err(e) => {
            let e = StoreError::from(e);
            for w in writes {
                w.fail(&e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_padding() {
        let mut s = String::new();
        placeholders(&mut s, 2, 3);
        assert_eq!(s, "(?,?,?),(?,?,?)");
        assert_eq!(
            (1..=9).map(padded).collect::<Vec<_>>(),
            [1, 2, 4, 4, 8, 8, 8, 8, 16]
        );
    }

    fn save(call: &str) -> (Write, oneshot::Receiver<Result<u64, StoreError>>) {
        let (reply, rx) = oneshot::channel();
        let w = Write::Save {
            call_id: call.into(),
            data: "{}".into(),
            expected: Some(1),
            ttl_ms: 1000,
            reply,
        };
        (w, rx)
    }

    #[test]
    fn a_batch_never_holds_two_writes_for_one_call() {
        let (a1, _ra1) = save("CA1");
        let (b, _rb) = save("CA2");
        let (a2, _ra2) = save("CA1");
        let (a3, _ra3) = save("CA1");
        let mut waiting: VecDeque<Write> = [a1, b, a2, a3].into_iter().collect();
        let first = Batch::take(&mut waiting);
        assert_eq!(first.updates.len(), 2);
        assert_eq!(waiting.len(), 2);
        let second = Batch::take(&mut waiting);
        assert_eq!(second.updates.len(), 1);
        let third = Batch::take(&mut waiting);
        assert_eq!(third.updates.len(), 1);
        assert!(waiting.is_empty());
    }

    #[test]
    fn abandoned_writes_are_skipped() {
        let (w, rx) = save("CA1");
        drop(rx);
        let mut waiting: VecDeque<Write> = [w].into_iter().collect();
        let batch = Batch::take(&mut waiting);
        assert!(batch.updates.is_empty() && waiting.is_empty());
    }

    #[test]
    fn batches_are_bounded() {
        let mut waiting = VecDeque::new();
        let mut receivers = Vec::new();
        for i in 0..(MAX_BATCH + 5) {
            let (w, rx) = save(&format!("CA{i}"));
            waiting.push_back(w);
            receivers.push(rx);
        }
        let batch = Batch::take(&mut waiting);
        assert_eq!(batch.updates.len(), MAX_BATCH);
        assert_eq!(waiting.len(), 5);
    }
}
