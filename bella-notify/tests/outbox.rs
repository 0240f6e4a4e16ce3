//! The outbox end to end against the fake Twilio, on SQLite (always) and Postgres
//! (when `BELLA_TEST_POSTGRES_URL` is set; each test in a schema of its own).

use bella_clock::Clock;
use bella_core::AppointmentId;
use bella_notify::config::NotificationsConfig;
use bella_notify::fake::{Failure, FakeTwilio};
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Action, Notifier, NotifierConfig};
use bella_store::{NewAppointment, RequestKey, StoreConfig, StoreError, Stores};
use bella_testkit::{PgSchema, TempDir, appointment, service_url};
use chrono::{DateTime, Datelike as _, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

const SID: &str = "AC0123456789abcdef0123456789abcdef";
const TZ: Tz = chrono_tz::America::Edmonton;
const FROM: &str = "+15875550100";

struct Env {
    stores: Stores,
    outbox: Outbox,
    fake: FakeTwilio,
    notifier: Notifier,
    _dir: Option<TempDir>,
    _schema: Option<PgSchema>,
}

fn local(s: &str) -> DateTime<Utc> {
    let l = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
    TZ.from_local_datetime(&l).unwrap().with_timezone(&Utc)
}

/// `hm` (`"14:00"`) in Edmonton on the day `days` days from now.
fn days_ahead_at(days: i64, hm: &str) -> DateTime<Utc> {
    let day = (Utc::now() + Duration::days(days)).with_timezone(&TZ);
    local(&format!("{}T{hm}", day.format("%Y-%m-%d")))
}

fn notifications(extra: &str) -> NotificationsConfig {
    NotificationsConfig::from_business_toml(&format!("[notifications]\nfrom = \"{FROM}\"\n{extra}"))
        .unwrap()
        .unwrap()
}

/// Where an [`Env`] keeps its rows: a SQLite file or a Postgres schema of its own.
enum Db {
    Sqlite(TempDir),
    Pg(PgSchema),
}

async fn env_on(db: Db, extra: &str, clock: Clock) -> Env {
    let (url, schema, dir, pg) = match db {
        Db::Sqlite(dir) => (dir.sqlite_url(), None, Some(dir), None),
        Db::Pg(s) => (s.url.clone(), Some(s.schema.clone()), None, Some(s)),
    };
    let mut cfg = StoreConfig::new(&url).with_clock(clock.clone());
    if let Some(s) = &schema {
        cfg = cfg.with_pg_schema(s);
    }
    let stores = Stores::connect_with(&cfg).await.unwrap();
    let outbox = Outbox::connect(&url, schema.as_deref()).await.unwrap();
    let n = notifications(extra);
    outbox.sync_rules(Some(&n)).await.unwrap();
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    fake.use_clock(clock.clone());
    let client = fake.client_with_timeout(std::time::Duration::from_secs(2));
    let cfg = NotifierConfig {
        lease: Duration::minutes(2),
        batch: 100,
        ..NotifierConfig::new(n, "Bella Clinic", TZ, "https://bella.example")
    };
    let notifier = Notifier::new(outbox.clone(), Some(client), cfg).with_clock(clock);
    Env {
        stores,
        outbox,
        fake,
        notifier,
        _dir: dir,
        _schema: pg,
    }
}

async fn sqlite(extra: &str) -> Env {
    env_on(Db::Sqlite(TempDir::new("notify")), extra, Clock::system()).await
}

async fn postgres(extra: &str) -> Option<Env> {
    let url = service_url(bella_testkit::POSTGRES, "bella-notify outbox on Postgres")?;
    let schema = PgSchema::new(&url, "notify");
    Some(env_on(Db::Pg(schema), extra, Clock::system()).await)
}

/// Reminder calls only, 24 hours ahead (no confirmation text).
const CALLS_ONLY: &str =
    "confirm_sms = false\nreminders = [{ before = \"24h\", channel = \"call\" }]";

/// A module named after `scenario` with two tests, `sqlite` and `postgres`, each
/// running `scenario(env)` on an [`Env`] with `[notifications]` plus `extra`.
macro_rules! on_both {
    ($scenario:ident, $extra:expr) => {
        mod $scenario {
            #[tokio::test]
            async fn sqlite() {
                super::$scenario(super::sqlite($extra).await).await;
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(env) = super::postgres($extra).await {
                    super::$scenario(env).await;
                }
            }
        }
    };
}

async fn book(env: &Env, phone: &str, start: DateTime<Utc>, key: &str) -> AppointmentId {
    book_in(env, "en", phone, start, key).await.unwrap()
}

/// Books as a call in `lang` does (the language's two-letter code).
async fn book_in(
    env: &Env,
    lang: &str,
    phone: &str,
    start: DateTime<Utc>,
    key: &str,
) -> Result<AppointmentId, StoreError> {
    env.stores
        .appointments
        .book(
            NewAppointment {
                lang: lang.to_owned(),
                ..appointment("Priya Patel", phone, start, 30, TZ)
            },
            &RequestKey(key.into()),
        )
        .await
        .map(|a| a.id)
}

async fn states(env: &Env) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = env
        .outbox
        .list(None, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.kind, r.channel, r.state))
        .collect();
    v.sort();
    v
}

fn row(kind: &str, channel: &str, state: &str) -> (String, String, String) {
    (kind.into(), channel.into(), state.into())
}

async fn lifecycle(env: Env) {
    // Booked now (the store's clock) for well in the future: a confirmation text and
    // two reminders, written by the booking's own transaction.
    let start = days_ahead_at(5, "14:00");
    let id = book(&env, "+17805550123", start, "k1").await;
    assert_eq!(
        states(&env).await,
        vec![
            row("booked", "sms", "pending"),
            row("reminder", "call", "pending"),
            row("reminder", "sms", "pending")
        ]
    );
    // The text goes now, once.
    let now = Utc::now();
    let acts = env.notifier.run_due(now).await.unwrap();
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert!(env.notifier.run_due(now).await.unwrap().is_empty());
    let msgs = env.fake.messages();
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0].to, "+17805550123");
    assert!(
        msgs[0].body.contains("Reply C to cancel"),
        "{}",
        msgs[0].body
    );
    assert!(msgs[0].body.contains("Bella Clinic"));
    // The clock moves to the 24-hour reminder: exactly one call, with every field.
    let due = start - Duration::hours(24);
    env.notifier.run_due(due).await.unwrap();
    env.notifier
        .run_due(due + Duration::minutes(1))
        .await
        .unwrap();
    let calls = env.fake.created_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    let c = &calls[0];
    assert_eq!((c.to.as_str(), c.from.as_str()), ("+17805550123", FROM));
    let rows = env.outbox.list(Some("calling"), 10).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        c.url,
        format!(
            "https://bella.example/twilio/outbound?reminder={}",
            rows[0].id
        )
    );
    let field = |k: &str| c.form.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
    assert_eq!(
        field("MachineDetection").as_deref(),
        Some("DetectMessageEnd")
    );
    assert!(
        field("StatusCallback")
            .unwrap()
            .contains("/twilio/outbound/status?reminder=")
    );
    // Confirmed on the call, then moved: the confirmation was for the old time.
    let outbox = env.notifier.outbox();
    assert!(outbox.confirm_appointment(id.0, start).await.unwrap());
    assert_eq!(
        outbox.confirmed_among(&[id.0, 999]).await.unwrap(),
        vec![id.0]
    );
    // Moving the appointment: the SMS reminder is superseded, new ones are queued.
    let moved = start + Duration::days(1);
    env.stores
        .appointments
        .reschedule(id, moved, &RequestKey("k2".into()))
        .await
        .unwrap();
    assert!(outbox.confirmed_among(&[id.0]).await.unwrap().is_empty());
    let s = states(&env).await;
    assert!(s.contains(&row("reminder", "sms", "superseded")), "{s:?}");
    assert!(s.contains(&row("moved", "sms", "pending")), "{s:?}");
    // Cancelling: nothing pending fires.
    env.stores
        .appointments
        .cancel(id, &RequestKey("k3".into()))
        .await
        .unwrap();
    let s = states(&env).await;
    assert!(
        !s.iter()
            .any(|(k, _, st)| k == "reminder" && st == "pending"),
        "{s:?}"
    );
    assert!(s.contains(&row("cancelled", "sms", "pending")), "{s:?}");
    env.notifier.run_due(moved).await.unwrap();
    assert_eq!(
        env.fake.created_calls().len(),
        1,
        "no call for a cancelled appointment"
    );
    let bodies: Vec<_> = env.fake.messages().into_iter().map(|m| m.body).collect();
    assert!(
        bodies.last().unwrap().contains("is cancelled"),
        "{bodies:?}"
    );
}

on_both!(lifecycle, "");

async fn calling_hours(env: Env) {
    // A Thursday appointment at 07:30: its 24-hour call is due Wednesday 07:30, goes
    // at 09:00. A Sunday 08:00 one: due Saturday 08:00, goes at 10:00.
    let base = Utc::now() + Duration::days(8);
    let mut d = base.with_timezone(&TZ).date_naive();
    while d.format("%a").to_string() != "Thu" {
        d = d.succ_opt().unwrap();
    }
    let thu = local(&format!("{}T07:30", d));
    let sun = local(&format!("{}T08:00", d + chrono::Days::new(3)));
    book(&env, "+17805550123", thu, "a").await;
    book(&env, "+17805550124", sun, "b").await;
    let wed_due = thu - Duration::hours(24);
    let acts = env.notifier.run_due(wed_due).await.unwrap();
    assert!(
        acts.iter()
            .any(|a| a.channel == "call" && a.state == "pending"),
        "{acts:?}"
    );
    assert!(env.fake.created_calls().is_empty());
    env.notifier
        .run_due(local(&format!("{}T08:59", d.pred_opt().unwrap())))
        .await
        .unwrap();
    assert!(env.fake.created_calls().is_empty());
    env.notifier
        .run_due(local(&format!("{}T09:00", d.pred_opt().unwrap())))
        .await
        .unwrap();
    assert_eq!(env.fake.created_calls().len(), 1);
    let sat = d + chrono::Days::new(2);
    env.notifier
        .run_due(local(&format!("{sat}T08:00")))
        .await
        .unwrap();
    assert_eq!(env.fake.created_calls().len(), 1);
    env.notifier
        .run_due(local(&format!("{sat}T09:59")))
        .await
        .unwrap();
    assert_eq!(env.fake.created_calls().len(), 1);
    env.notifier
        .run_due(local(&format!("{sat}T10:00")))
        .await
        .unwrap();
    let calls = env.fake.created_calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].to, "+17805550124");
}

on_both!(calling_hours, super::CALLS_ONLY);

/// A worker that dies after Twilio accepted the call but before recording the sid
/// (here: Twilio accepts, the answer is lost), and one that dies right after claiming:
/// after the lease, the next claim looks at Twilio first; each reminder rings once.
async fn exactly_once(env: Env) {
    let start = days_ahead_at(4, "14:00");
    book(&env, "+17805550123", start, "a").await;
    book(&env, "+17805550124", start + Duration::hours(1), "b").await;
    let due = start - Duration::hours(24) + Duration::hours(1);
    // The first row is claimed by a worker that then vanishes.
    let stolen = env
        .outbox
        .claim(due, Duration::minutes(2), 1)
        .await
        .unwrap();
    assert_eq!(stolen.len(), 1);
    assert_eq!(stolen[0].phone, "+17805550123");
    // The other is dialed, Twilio accepts, and the answer is lost.
    env.fake.set_clock(due);
    env.fake.fail_next(Failure::AcceptThenFail);
    let acts = env.notifier.run_due(due).await.unwrap();
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "claimed");
    assert_eq!(env.fake.created_calls().len(), 1);
    // Before the lease ends nothing moves.
    assert!(
        env.notifier
            .run_due(due + Duration::seconds(60))
            .await
            .unwrap()
            .is_empty()
    );
    // After it: the lost answer is found at Twilio, the stolen row is dialed.
    let acts = env
        .notifier
        .run_due(due + Duration::minutes(3))
        .await
        .unwrap();
    assert_eq!(acts.len(), 2, "{acts:?}");
    assert!(acts.iter().all(|a| a.state == "calling"), "{acts:?}");
    let calls = env.fake.created_calls();
    assert_eq!(calls.len(), 2, "{calls:?}");
    let mut to: Vec<_> = calls.iter().map(|c| c.to.clone()).collect();
    to.sort();
    assert_eq!(to, vec!["+17805550123", "+17805550124"]);
    // The vanished worker comes back: its claim is no longer its own.
    let ok = env
        .outbox
        .record(&stolen[0], due, "failed", None, None, false, None)
        .await
        .unwrap();
    assert!(!ok);
}

on_both!(exactly_once, super::CALLS_ONLY);

/// A text whose answer is lost is looked up at Twilio after the lease, never sent twice;
/// one Twilio refused (a 500 before it acted) is sent once after the lease.
async fn texts_exactly_once(env: Env) {
    let texts = |at| {
        let env = &env;
        async move {
            let acts = env.notifier.run_due(at).await.unwrap();
            assert!(acts.iter().all(|a| a.channel == "sms"), "{acts:?}");
            acts
        }
    };
    let sent_to = |phone: &str| env.fake.messages().iter().filter(|m| m.to == phone).count();
    book(&env, "+17805550123", days_ahead_at(4, "14:00"), "a").await;
    let now = Utc::now();
    // Twilio accepts the confirmation text and the answer is lost.
    env.fake.fail_next(Failure::AcceptThenFail);
    let acts = texts(now).await;
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "claimed");
    assert_eq!(sent_to("+17805550123"), 1);
    // Before the lease ends nothing moves; after it the text is found, not sent again.
    assert!(texts(now + Duration::seconds(60)).await.is_empty());
    let acts = texts(now + Duration::minutes(3)).await;
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "sent");
    assert_eq!(sent_to("+17805550123"), 1);
    assert_eq!(acts[0].sid, Some(env.fake.messages()[0].sid.clone()));
    // A 500 before Twilio acted: the look-up finds nothing and the text goes once.
    book(&env, "+17805550124", days_ahead_at(4, "15:00"), "b").await;
    let later = now + Duration::minutes(4);
    env.fake.fail_next(Failure::ServerError);
    let acts = texts(later).await;
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "claimed");
    assert_eq!(sent_to("+17805550124"), 0);
    let acts = texts(later + Duration::minutes(3)).await;
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "sent");
    assert_eq!(sent_to("+17805550124"), 1);
}

on_both!(
    texts_exactly_once,
    "reminders = [{ before = \"24h\", channel = \"call\" }]"
);

async fn opt_outs_and_retries(env: Env) {
    // STOP recorded, then a booking: no text.
    env.outbox
        .opt_out("+17805550123", Utc::now())
        .await
        .unwrap();
    let start = days_ahead_at(4, "14:00");
    book(&env, "+17805550123", start, "a").await;
    // Twilio says 21610 for another: the opt-out is recorded.
    env.fake.opt_out("+17805550124");
    // A day later, so its reminder is not due while the first one is retried below.
    book(&env, "+17805550124", start + Duration::days(1), "b").await;
    env.notifier.run_due(Utc::now()).await.unwrap();
    assert!(env.fake.messages().is_empty());
    assert!(env.outbox.is_opted_out("+17805550124").await.unwrap());
    assert_eq!(
        env.outbox.list(Some("opted_out"), 10).await.unwrap().len(),
        2
    );
    // START clears it.
    env.outbox.opt_in("+17805550123").await.unwrap();
    assert!(!env.outbox.is_opted_out("+17805550123").await.unwrap());
    // A reminder call nobody answers: retried every 30 minutes, 3 calls in all, then a text.
    let due = start - Duration::hours(24) + Duration::hours(2);
    let mut at = due;
    for attempt in 1..=3 {
        let acts = env.notifier.run_due(at).await.unwrap();
        let call = acts
            .iter()
            .find(|a| a.channel == "call" && a.state == "calling");
        let sid = call
            .and_then(|a| a.sid.clone())
            .unwrap_or_else(|| panic!("attempt {attempt}: {acts:?}"));
        let state = env
            .notifier
            .on_call_status(&sid, "no-answer", at)
            .await
            .unwrap();
        assert_eq!(
            state.as_deref(),
            Some(if attempt < 3 { "pending" } else { "failed" })
        );
        // Not before 30 minutes.
        assert!(
            env.notifier
                .run_due(at + Duration::minutes(29))
                .await
                .unwrap()
                .iter()
                .all(|a| a.channel != "call")
        );
        at += Duration::minutes(30);
    }
    env.notifier.run_due(at).await.unwrap();
    let rows = env.outbox.list(None, 100).await.unwrap();
    assert!(
        rows.iter()
            .any(|r| r.kind == "fallback" && r.state == "sent"),
        "{rows:?}"
    );
    assert!(
        env.fake
            .messages()
            .iter()
            .any(|m| m.to == "+17805550123" && m.body.contains("reminder"))
    );
    // Three calls in all to the number that never answered.
    assert_eq!(
        env.fake
            .created_calls()
            .iter()
            .filter(|c| c.to == "+17805550123")
            .count(),
        3
    );
}

on_both!(
    opt_outs_and_retries,
    "reminders = [{ before = \"24h\", channel = \"call\" }]"
);

/// A number that said "stop calling me" on a reminder call (the adapter records it in
/// the opt-outs, as a STOP text does) gets no reminder call; another number still does.
async fn opted_out_numbers_get_no_calls(env: Env) {
    let start = days_ahead_at(4, "14:00");
    book(&env, "+17805550125", start, "quiet").await;
    book(&env, "+17805550126", start + Duration::hours(1), "other").await;
    env.outbox
        .opt_out("+17805550125", Utc::now())
        .await
        .unwrap();
    let due = start - Duration::hours(24);
    env.notifier
        .run_due(due + Duration::hours(1) + Duration::minutes(1))
        .await
        .unwrap();
    let calls_to = |to: &str| {
        env.fake
            .created_calls()
            .iter()
            .filter(|c| c.to == to)
            .count()
    };
    assert_eq!(calls_to("+17805550125"), 0);
    assert_eq!(calls_to("+17805550126"), 1);
    let skipped = env.outbox.list(Some("opted_out"), 10).await.unwrap();
    assert!(
        skipped
            .iter()
            .any(|r| r.channel == "call" && r.kind == "reminder"),
        "{skipped:?}"
    );
}

on_both!(
    opted_out_numbers_get_no_calls,
    "reminders = [{ before = \"24h\", channel = \"call\" }]"
);

/// Each appointment's texts are in the language it was booked in (SPEC §5.7): a
/// booking made in French gets its confirmation and reminder texts in French, one made
/// in English stays English, and a language the store refuses never books.
async fn texts_in_booking_language(env: Env) {
    let at = |hm: &str| days_ahead_at(5, hm);
    book_in(&env, "fr", "+15145550123", at("14:00"), "fr1")
        .await
        .unwrap();
    book_in(&env, "en", "+17805550123", at("15:00"), "en1")
        .await
        .unwrap();
    let bad = book_in(&env, "fr\u{0}; DROP", "+17805550199", at("16:00"), "bad").await;
    assert!(matches!(bad, Err(StoreError::Invalid(_))), "{bad:?}");
    env.notifier.run_due(Utc::now()).await.unwrap();
    let body_to = |to: &str| -> Vec<String> {
        let msgs = env.fake.messages().into_iter();
        msgs.filter(|m| m.to == to).map(|m| m.body).collect()
    };
    let fr = body_to("+15145550123");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert!(
        fr[0].starts_with("Bella Clinic : votre rendez-vous est réservé pour le ")
            && fr[0].contains(" à 14 h")
            && fr[0].contains("Répondez C pour l'annuler"),
        "{}",
        fr[0]
    );
    let en = body_to("+17805550123");
    assert_eq!(en.len(), 1, "{en:?}");
    assert!(
        en[0].starts_with("Bella Clinic: you're booked for ") && en[0].contains("at 3 p.m."),
        "{}",
        en[0]
    );
    // The reminder texts (the calls are left unanswered here) follow the same rule.
    let due = at("14:00") - Duration::hours(2);
    env.notifier
        .run_due(due + Duration::hours(1))
        .await
        .unwrap();
    let fr = body_to("+15145550123");
    assert!(
        fr.iter()
            .any(|b| b.contains("rappel de votre rendez-vous le ")),
        "{fr:?}"
    );
    assert!(fr.iter().all(|b| !b.contains("reminder")), "{fr:?}");
    let en = body_to("+17805550123");
    assert!(en.iter().all(|b| !b.contains("rendez-vous")), "{en:?}");
}

on_both!(texts_in_booking_language, "");

/// Runs what is due now by the notifier's clock, which must place exactly one call.
async fn one_call_now(env: &Env) -> Action {
    let acts = env.notifier.run_due_now().await.unwrap();
    assert_eq!(acts.len(), 1, "{acts:?}");
    assert_eq!(acts[0].state, "calling");
    acts.into_iter().next().unwrap()
}

/// The notifier, the stores and the fake Twilio read one manual clock: nothing is due
/// a minute before the reminder, the call goes the minute it is due, and after a
/// no-answer the retry waits its 30 minutes to the minute, all without sleeping and
/// with no `now` passed by the test.
async fn on_a_manual_clock(db: Db) {
    // A Monday in the past: both stores stamp the booking (and so the outbox trigger's
    // "due after now" check) by this clock, not by the database's or the system's time.
    let monday = chrono::NaiveDate::from_ymd_opt(2025, 3, 3).unwrap();
    assert_eq!(monday.weekday(), chrono::Weekday::Mon);
    let mut clock = Clock::manual(local(&format!("{monday}T10:00")));
    let env = env_on(db, CALLS_ONLY, clock.clone()).await;
    // Thursday 14:00: the call is due Wednesday 14:00, inside the calling hours.
    let start = local(&format!("{}T14:00", monday + chrono::Days::new(3)));
    book(&env, "+17805550123", start, "clock").await;
    let due = start - Duration::hours(24);
    clock.set(due - Duration::minutes(1));
    assert!(env.notifier.run_due_now().await.unwrap().is_empty());
    assert!(env.fake.created_calls().is_empty());
    clock.advance(Duration::minutes(1));
    let first = one_call_now(&env).await;
    let calls = env.fake.created_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(
        calls[0].created, due,
        "the fake stamps calls by the same clock"
    );
    // No answer: the retry is due 30 minutes after the status callback.
    clock.advance(Duration::minutes(2));
    let sid = first.sid.unwrap();
    let state = env.notifier.on_call_status_now(&sid, "no-answer").await;
    assert_eq!(state.unwrap().as_deref(), Some("pending"));
    clock.advance(Duration::minutes(29));
    assert!(env.notifier.run_due_now().await.unwrap().is_empty());
    assert_eq!(env.fake.created_calls().len(), 1);
    clock.advance(Duration::minutes(1));
    one_call_now(&env).await;
    let calls = env.fake.created_calls();
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[1].created, due + Duration::minutes(32));
    // The row was put back due by the notifier's clock: 30 minutes after the no-answer.
    let rows = env.outbox.list(Some("calling"), 10).await.unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].due_at, (due + Duration::minutes(32)).to_rfc3339());
    assert_eq!(env.notifier.clock(), &clock);
}

#[tokio::test]
async fn sqlite_reminders_and_retries_follow_a_manual_clock() {
    on_a_manual_clock(Db::Sqlite(TempDir::new("notify_clock"))).await;
}

#[tokio::test]
async fn postgres_reminders_and_retries_follow_a_manual_clock() {
    if let Some(url) = service_url(bella_testkit::POSTGRES, "notify on a manual clock") {
        on_a_manual_clock(Db::Pg(PgSchema::new(&url, "notify_clock"))).await;
    }
}
