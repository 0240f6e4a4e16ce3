//! Reminder calls end to end through the signed webhooks, with the fake Twilio: a
//! booking made over `<Gather>` texts one confirmation; moving the clock places exactly
//! one reminder call with the right `To`, `From`, `Url` and AMD fields; that call's
//! webhooks, driven as a person who confirms, one who cancels, one who moves, and as a
//! machine, give the right outcomes in the store, the outbox, `/api/appointments` and
//! `/metrics`; garbage and unsigned `/twilio/outbound` requests change nothing.

mod common;

use axum::http::StatusCode;
use bella_core::{AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
use bella_notify::config::NotificationsConfig;
use bella_notify::fake::{FakeCall, FakeTwilio};
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_store::{NewAppointment, RequestKey, Stores};
use bella_twilio_adapter::sim::{Heard, parse_twiml};
use bella_twilio_adapter::{AppState, Clock};
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc, Weekday};
use common::*;

const SID: &str = "AC0123456789abcdef0123456789abcdef";
const FROM: &str = "+15875550100";

struct World {
    router: axum::Router,
    state: AppState,
    clock: Clock,
    fake: FakeTwilio,
    notifier: Notifier,
}

/// A Monday 10:15 in Edmonton at least a day after the real now (the outbox triggers
/// stamp rows with the real time, so the test's appointments must be ahead of it).
fn next_monday() -> DateTime<Utc> {
    let tz = chrono_tz::America::Edmonton;
    let mut day = (Utc::now() + Duration::days(1))
        .with_timezone(&tz)
        .date_naive();
    while day.weekday() != Weekday::Mon {
        day = day.succ_opt().unwrap();
    }
    tz.from_local_datetime(&day.and_hms_opt(10, 15, 0).unwrap())
        .unwrap()
        .with_timezone(&Utc)
}

async fn world(tag: &str) -> World {
    world_with(tag, false).await
}

async fn world_with(tag: &str, async_amd: bool) -> World {
    let db = temp_db(tag);
    let url = format!("sqlite://{}", db.display());
    let stores = Stores::connect(&url, None).await.unwrap();
    let mut state = state_over(stores, config());
    let clock = Clock::manual(next_monday());
    state.clock = clock.clone();
    let notifications = NotificationsConfig::from_business_toml(&format!(
        "[notifications]\nfrom = \"{FROM}\"\nreminders = [{{ before = \"24h\", channel = \"call\" }}]\n"
    ))
    .unwrap()
    .unwrap();
    // The outbox writes through the store's writer task, as in `bella serve`.
    let outbox = Outbox::for_store(state.appointments.as_ref(), &url, None)
        .await
        .unwrap();
    outbox.sync_rules(Some(&notifications)).await.unwrap();
    let fake = FakeTwilio::start(SID, "tok").await.unwrap();
    let client = fake.client();
    let dialog = &state.config.dialog;
    let notifier = Notifier::new(
        outbox,
        Some(client),
        NotifierConfig {
            batch: 50,
            ..NotifierConfig::new(notifications, &dialog.business_name, dialog.tz(), BASE)
        },
    )
    .with_async_amd(async_amd);
    state.notifier = Some(notifier.clone());
    state.metrics = bella_twilio_adapter::metrics::install();
    World {
        router: app_of(state.clone()),
        state,
        clock,
        fake,
        notifier,
    }
}

impl World {
    /// Books directly in the store (the other callers' appointments).
    async fn book(&self, phone: &str, start: DateTime<Utc>) -> AppointmentId {
        self.book_in(phone, start, "en").await
    }

    /// Books directly in the store, as if by a call in `lang` (`"fr"`, `"en"`).
    async fn book_in(&self, phone: &str, start: DateTime<Utc>, lang: &str) -> AppointmentId {
        self.book_keyed(phone, start, lang, &format!("book-{phone}"))
            .await
    }

    /// [`World::book_in`] with its own request key (a second booking of one number).
    async fn book_keyed(
        &self,
        phone: &str,
        start: DateTime<Utc>,
        lang: &str,
        key: &str,
    ) -> AppointmentId {
        let mut new = NewAppointment::new(
            PersonName::new("Priya Patel").unwrap(),
            PhoneNumber::from_e164(phone).unwrap(),
            start,
            30,
            self.state.config.tz,
        );
        new.lang = lang.to_owned();
        self.state
            .appointments
            .book(new, &RequestKey(key.to_owned()))
            .await
            .unwrap()
            .id
    }

    /// Runs what is due at `at` (the scheduler's tick at that instant).
    async fn tick(&mut self, at: DateTime<Utc>) {
        self.clock.set(at);
        self.notifier.run_due(at).await.unwrap();
    }

    /// The calls the fake placed to `to`.
    fn calls_to(&self, to: &str) -> Vec<FakeCall> {
        self.fake
            .created_calls()
            .into_iter()
            .filter(|c| c.to == to)
            .collect()
    }

    /// The call the fake placed to `to`.
    fn call_to(&self, to: &str) -> FakeCall {
        let calls = self.calls_to(to);
        assert_eq!(calls.len(), 1, "one call to {to}: {calls:#?}");
        calls.into_iter().next().unwrap()
    }

    /// A signed webhook that Twilio answers with TwiML: what the callee hears.
    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Heard {
        let (status, body) = send(&self.router, signed_post(path, fields)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        parse_twiml(&body).unwrap()
    }

    /// Twilio fetches the call's `Url` once it is answered, as `answered_by` says.
    async fn answer(&self, call: &FakeCall, answered_by: &str) -> Heard {
        let path = call.url.strip_prefix(BASE).expect("Url on the public base");
        let fields = [
            ("CallSid", call.sid.as_str()),
            ("AccountSid", SID),
            ("From", FROM),
            ("To", &call.to),
            ("Direction", "outbound-api"),
            ("CallStatus", "in-progress"),
            ("AnsweredBy", answered_by),
        ];
        self.post(path, &fields).await
    }

    /// The person says `words` to the gather of `heard`.
    async fn say(&self, call: &FakeCall, heard: &Heard, words: &str) -> Heard {
        let action = &heard.gather.as_ref().expect("listening").action;
        let path = action.strip_prefix(BASE).unwrap_or(action);
        let fields = [
            ("CallSid", call.sid.as_str()),
            ("From", FROM),
            ("To", &call.to),
            ("SpeechResult", words),
            ("Confidence", "0.9"),
        ];
        self.post(path, &fields).await
    }

    /// Twilio's status callback at the call's end.
    async fn hang_up(&self, call: &FakeCall) {
        let cb = call
            .form
            .iter()
            .find(|(k, _)| k == "StatusCallback")
            .map(|(_, v)| v.clone())
            .expect("a status callback");
        let (status, body) = send(
            &self.router,
            signed_post(
                cb.strip_prefix(BASE).unwrap(),
                &[("CallSid", &call.sid), ("CallStatus", "completed")],
            ),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    }

    async fn status_of(&self, id: AppointmentId) -> String {
        let (status, body) = send(
            &self.router,
            get_with_key(&format!("/api/appointments/{}", id.0)),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        serde_json::from_str::<serde_json::Value>(&body).unwrap()["status"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    async fn outbox_row(&self, sid: &str) -> bella_notify::outbox::OutboxRow {
        self.notifier
            .outbox()
            .list(None, 1000)
            .await
            .unwrap()
            .into_iter()
            .find(|r| r.twilio_sid.as_deref() == Some(sid))
            .expect("the call's row")
    }
}

fn all_said(h: &Heard) -> String {
    h.says.join(" ")
}

#[tokio::test]
async fn reminder_calls_through_the_signed_webhooks() {
    let mut w = world("reminders").await;
    let monday = w.clock.now();
    let tz = w.state.config.tz;

    // A booking over <Gather> texts one confirmation.
    let case = rocky_case("book", "403 555 0142", &["Thursday at 9:30 a.m."]);
    let played = play_call(&w.router, &case, "CAbooking").await;
    assert_eq!(played.outcome, "booked", "{played:#?}");
    let booked = w
        .state
        .appointments
        .list(&bella_store::AppointmentQuery {
            phone: Some(PhoneNumber::from_e164("+14035550142").unwrap()),
            limit: 5,
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(booked.len(), 1);
    let rocky = booked[0].clone();
    w.tick(monday + Duration::minutes(1)).await;
    w.tick(monday + Duration::minutes(2)).await;
    let texts = w.fake.messages();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert_eq!(texts[0].to, "+14035550142");
    assert_eq!(texts[0].from, FROM);
    assert!(
        texts[0].body.contains("Reply C to cancel"),
        "{}",
        texts[0].body
    );
    assert!(w.fake.created_calls().is_empty());

    // Three more appointments that Thursday, for the other answers.
    let thursday = rocky.start;
    assert_eq!(thursday.with_timezone(&tz).weekday(), Weekday::Thu);
    let canceller = w.book("+17805550101", thursday + Duration::hours(1)).await;
    let mover = w.book("+17805550102", thursday + Duration::hours(2)).await;
    let machine = w.book("+17805550103", thursday + Duration::hours(3)).await;

    // Moving the clock to 24 hours before places exactly one call to Rocky, with the
    // reminder's URL, its status callback and synchronous AMD.
    w.tick(thursday - Duration::hours(24) - Duration::minutes(1))
        .await;
    assert!(w.fake.created_calls().is_empty(), "not due yet");
    w.tick(thursday - Duration::hours(24)).await;
    w.tick(thursday - Duration::hours(24) + Duration::minutes(1))
        .await;
    let calls = w.fake.created_calls();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    let call = w.call_to("+14035550142");
    assert_eq!(call.from, FROM);
    let row = w.outbox_row(&call.sid).await;
    assert_eq!(
        call.url,
        format!("{BASE}/twilio/outbound?reminder={}", row.id)
    );
    let field = |k: &str| {
        call.form
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(field("MachineDetection"), Some("DetectMessageEnd"));
    assert_eq!(field("AsyncAmd"), None, "synchronous AMD");
    assert_eq!(
        field("StatusCallback"),
        Some(format!("{BASE}/twilio/outbound/status?reminder={}", row.id).as_str())
    );
    assert_eq!(row.state, "calling");

    // A person who confirms.
    let heard = w.answer(&call, "human").await;
    let said = all_said(&heard);
    assert!(said.contains("Rocky"), "{said}");
    assert!(said.contains("Can you still make it?"), "{said}");
    assert!(said.contains("Thursday"), "{said}");
    let heard = w.say(&call, &heard, "Yes, I'll be there").await;
    assert!(heard.hangup, "{heard:?}");
    assert!(all_said(&heard).contains("all set"), "{heard:?}");
    w.hang_up(&call).await;
    assert_eq!(w.status_of(rocky.id).await, "confirmed");
    let row = w.outbox_row(&call.sid).await;
    assert_eq!(
        (row.state.as_str(), row.outcome.as_deref()),
        ("done", Some("confirmed"))
    );

    // The others' calls: one each, an hour apart.
    for h in 1..=3 {
        w.tick(thursday - Duration::hours(24) + Duration::hours(h))
            .await;
    }
    assert_eq!(w.fake.created_calls().len(), 4);

    // A person who cancels: read back, then cancelled on a yes.
    let call = w.call_to("+17805550101");
    let heard = w.answer(&call, "human").await;
    let heard = w.say(&call, &heard, "No, I can't make it").await;
    assert!(all_said(&heard).contains("cancel"), "{heard:?}");
    assert!(heard.gather.is_some());
    assert_eq!(w.status_of(canceller).await, "booked", "not before the yes");
    let heard = w.say(&call, &heard, "yes").await;
    assert!(heard.hangup || heard.gather.is_some(), "{heard:?}");
    w.hang_up(&call).await;
    assert_eq!(w.status_of(canceller).await, "cancelled");
    assert_eq!(
        w.outbox_row(&call.sid).await.outcome.as_deref(),
        Some("cancelled")
    );

    // A person who moves: the reschedule conversation, to Friday at 2 p.m.
    let call = w.call_to("+17805550102");
    let heard = w.answer(&call, "human").await;
    let mut heard = w
        .say(&call, &heard, "Can I move it to Friday at 2pm?")
        .await;
    for _ in 0..3 {
        if heard.gather.is_none() {
            break;
        }
        heard = w.say(&call, &heard, "yes").await;
    }
    w.hang_up(&call).await;
    let moved = w.state.appointments.get(mover).await.unwrap().unwrap();
    assert_eq!(moved.status, AppointmentStatus::Booked);
    let friday = moved.start.with_timezone(&tz);
    assert_eq!(
        (friday.weekday(), friday.format("%H:%M").to_string()),
        (Weekday::Fri, "14:00".to_owned()),
        "{heard:?}"
    );
    assert_eq!(
        w.outbox_row(&call.sid).await.outcome.as_deref(),
        Some("rescheduled")
    );

    // A machine: one voicemail with the business, the day and time and the callback
    // number, no name, no listening, and a hang-up.
    let call = w.call_to("+17805550103");
    let heard = w.answer(&call, "machine_end_beep").await;
    assert!(heard.gather.is_none() && heard.hangup, "{heard:?}");
    assert_eq!(heard.says.len(), 1, "{heard:?}");
    let vm = &heard.says[0];
    assert!(vm.contains(&w.state.config.dialog.business_name), "{vm}");
    assert!(vm.contains("Thursday"), "{vm}");
    assert!(vm.contains("five eight seven"), "callback number: {vm}");
    assert!(
        !vm.contains("Priya") && !vm.contains("oh one oh three"),
        "personal data: {vm}"
    );
    w.hang_up(&call).await;
    assert_eq!(w.status_of(machine).await, "booked");
    let row = w.outbox_row(&call.sid).await;
    assert_eq!(
        (row.state.as_str(), row.outcome.as_deref()),
        ("done", Some("voicemail"))
    );

    // Exactly one call per reminder, whatever ran since.
    w.tick(thursday - Duration::hours(12)).await;
    assert_eq!(w.fake.created_calls().len(), 4);

    // `confirmed` filters the list.
    let (_, body) = send(
        &w.router,
        get_with_key("/api/appointments?status=confirmed"),
    )
    .await;
    let list: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
    assert_eq!(list.len(), 1, "{body}");
    assert_eq!(list[0]["id"], rocky.id.0);

    // The outcomes in /metrics (the recorder is the process's: at least these).
    let (status, text) = send(
        &w.router,
        axum::http::Request::get("/metrics")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    for line in [
        "bella_calls_ended_total{outcome=\"confirmed\"}",
        "bella_calls_ended_total{outcome=\"voicemail\"}",
        "bella_reminder_outcomes_total{outcome=\"confirmed\"}",
        "bella_reminder_outcomes_total{outcome=\"voicemail\"}",
        "bella_reminder_outcomes_total{outcome=\"cancelled\"}",
        "bella_reminder_outcomes_total{outcome=\"rescheduled\"}",
        "bella_reminder_calls_answered_total{answered_by=\"machine\"}",
    ] {
        assert!(text.contains(line), "{line} missing from\n{text}");
    }

    // A confirmation is for one time: moved, the appointment is plain booked again.
    w.state
        .appointments
        .reschedule(
            rocky.id,
            thursday + Duration::days(1),
            &RequestKey("move-rocky".into()),
        )
        .await
        .unwrap();
    assert_eq!(w.status_of(rocky.id).await, "booked");
}

#[tokio::test]
async fn garbage_or_unsigned_reminder_webhooks_change_nothing() {
    let mut w = world("reminder-bad").await;
    let monday = w.clock.now();
    let id = w.book("+17805550109", monday + Duration::days(3)).await;
    w.tick(monday + Duration::days(2)).await;
    let call = w.call_to("+17805550109");
    let path = call.url.strip_prefix(BASE).unwrap().to_owned();
    let pairs = [
        ("CallSid", call.sid.as_str()),
        ("To", "+17805550109"),
        ("AnsweredBy", "human"),
    ];
    // Unsigned, forged, or signed for another URL.
    let mut unsigned = signed_post(&path, &pairs);
    unsigned.headers_mut().remove("x-twilio-signature");
    let mut forged = signed_post(&path, &pairs);
    forged
        .headers_mut()
        .insert("x-twilio-signature", "Zm9yZ2Vk".parse().unwrap());
    let mut moved = signed_post("/twilio/outbound?reminder=999", &pairs);
    *moved.uri_mut() = path.parse().unwrap();
    for req in [unsigned, forged, moved] {
        let (status, body) = send(&w.router, req).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    }
    // Signed but malformed: no id, a word for an id, an unknown row, no CallSid, a
    // body that is not a form.
    for (p, fields) in [
        ("/twilio/outbound", &pairs[..]),
        ("/twilio/outbound?reminder=abc", &pairs[..]),
        ("/twilio/outbound?reminder=99999", &pairs[..]),
        (path.as_str(), &pairs[1..]),
    ] {
        let (status, body) = send(&w.router, signed_post(p, fields)).await;
        assert!(status.is_client_error(), "{p}: {status} {body}");
    }
    let mut bad_utf8 = signed_post(&path, &pairs);
    *bad_utf8.body_mut() = axum::body::Body::from(vec![0xff, 0xfe, b'=', 0x80]);
    let (status, _) = send(&w.router, bad_utf8).await;
    assert!(status.is_client_error(), "{status}");
    // Status callbacks: unsigned, or without a sid.
    let cb = format!(
        "/twilio/outbound/status?reminder={}",
        w.outbox_row(&call.sid).await.id
    );
    let mut unsigned = signed_post(&cb, &[("CallSid", &call.sid), ("CallStatus", "completed")]);
    unsigned.headers_mut().remove("x-twilio-signature");
    let (status, _) = send(&w.router, unsigned).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = send(&w.router, signed_post(&cb, &[("CallStatus", "completed")])).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // Nothing changed: the appointment is booked, the row still calling, no outcome.
    assert_eq!(w.status_of(id).await, "booked");
    let row = w.outbox_row(&call.sid).await;
    assert_eq!((row.state.as_str(), row.outcome), ("calling", None));
    assert_eq!(w.fake.created_calls().len(), 1);
}

#[tokio::test]
async fn asynchronous_amd_leaves_the_voicemail_over_rest() {
    let mut w = world_with("reminder-async", true).await;
    let monday = w.clock.now();
    w.book("+17805550107", monday + Duration::days(3)).await;
    w.tick(monday + Duration::days(2)).await;
    let call = w.call_to("+17805550107");
    let row = w.outbox_row(&call.sid).await;
    let field = |k: &str| {
        call.form
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
    };
    let amd_path = format!("/twilio/outbound/amd?reminder={}", row.id);
    assert_eq!(field("AsyncAmd").as_deref(), Some("true"));
    assert_eq!(
        field("AsyncAmdStatusCallback"),
        Some(format!("{BASE}{amd_path}"))
    );
    // The answer comes before the verdict: the question, without the name.
    let heard = w.answer(&call, "").await;
    let said = all_said(&heard);
    assert!(said.contains("Can you still make it?"), "{said}");
    assert!(
        !said.contains("Priya"),
        "no name before the verdict: {said}"
    );
    let updates = |w: &World| {
        w.fake
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.resource == format!("Calls/{}.json", call.sid))
            .collect::<Vec<_>>()
    };
    // A person: nothing changes.
    let verdict = |by: &str| {
        signed_post(
            &amd_path,
            &[("CallSid", call.sid.as_str()), ("AnsweredBy", by)],
        )
    };
    let (status, _) = send(&w.router, verdict("human")).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(updates(&w).is_empty());
    // A machine: the live call gets the voicemail TwiML and hangs up.
    let (status, body) = send(&w.router, verdict("machine_end_beep")).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    let sent = updates(&w);
    assert_eq!(sent.len(), 1, "{sent:#?}");
    let twiml = sent[0].field("Twiml").unwrap();
    let heard = parse_twiml(twiml).unwrap();
    assert!(heard.hangup && heard.gather.is_none(), "{twiml}");
    assert!(heard.says[0].contains("five eight seven"), "{twiml}");
    assert!(!twiml.contains("Priya"), "{twiml}");
    w.hang_up(&call).await;
    let row = w.outbox_row(&call.sid).await;
    assert_eq!(
        (row.state.as_str(), row.outcome.as_deref()),
        ("done", Some("voicemail"))
    );
    // Unsigned verdicts are refused.
    let mut unsigned = verdict("machine_end_beep");
    unsigned.headers_mut().remove("x-twilio-signature");
    assert_eq!(send(&w.router, unsigned).await.0, StatusCode::FORBIDDEN);
}

/// The voicemail a machine hears on the reminder call of a booking made in French:
/// the French text (`[notifications] voicemail_fr`, here its default), the day and
/// time and the callback number said in French, never the English one or the name.
#[tokio::test]
async fn a_french_booking_gets_the_french_voicemail() {
    for async_amd in [false, true] {
        let mut w = world_with(&format!("reminder-fr-{async_amd}"), async_amd).await;
        let monday = w.clock.now();
        w.book_in("+15145550177", monday + Duration::days(3), "fr")
            .await;
        w.tick(monday + Duration::days(2)).await;
        let call = w.call_to("+15145550177");
        let vm = if async_amd {
            let heard = w.answer(&call, "").await;
            assert!(
                all_said(&heard).contains("Est-ce que vous pourrez venir?"),
                "{heard:?}"
            );
            let amd = format!(
                "/twilio/outbound/amd?reminder={}",
                w.outbox_row(&call.sid).await.id
            );
            let verdict = signed_post(
                &amd,
                &[
                    ("CallSid", call.sid.as_str()),
                    ("AnsweredBy", "machine_end_beep"),
                ],
            );
            let (status, body) = send(&w.router, verdict).await;
            assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
            let update = w
                .fake
                .requests()
                .into_iter()
                .find(|r| r.method == "POST" && r.resource == format!("Calls/{}.json", call.sid))
                .expect("the call's TwiML is replaced");
            let twiml = update.field("Twiml").unwrap().to_owned();
            assert!(twiml.contains("fr-CA"), "a French voice: {twiml}");
            parse_twiml(&twiml).unwrap().says[0].clone()
        } else {
            let heard = w.answer(&call, "machine_end_beep").await;
            assert!(heard.gather.is_none() && heard.hangup, "{heard:?}");
            assert_eq!(heard.says.len(), 1, "{heard:?}");
            heard.says[0].clone()
        };
        assert!(vm.starts_with("Bonjour, ici "), "{vm}");
        assert!(
            vm.contains("Un petit rappel de votre rendez-vous le jeudi"),
            "{vm}"
        );
        assert!(vm.contains(" à 10 h 15."), "{vm}");
        assert!(
            vm.contains("rappelez-nous au cinq cent quatre-vingt-sept"),
            "callback in French: {vm}"
        );
        assert!(!vm.contains("Priya") && !vm.contains("reminder"), "{vm}");
        w.hang_up(&call).await;
        let row = w.outbox_row(&call.sid).await;
        assert_eq!(
            (row.state.as_str(), row.outcome.as_deref()),
            ("done", Some("voicemail"))
        );
    }
}

/// "Stop calling me" on a reminder call (CRTC/CASL): the opt-out is recorded in the
/// outbox's opt-outs through the real store, the appointment stays booked, and the
/// number's next reminder is neither called nor texted.
#[tokio::test]
async fn a_spoken_opt_out_stops_the_next_reminders() {
    let mut w = world("optout").await;
    let monday = w.clock.now();
    let number = "+17805550131";
    let tuesday = monday + Duration::days(1);
    let first = w.book(number, tuesday).await;
    // A second appointment a week later under the same number.
    let second = w
        .book_keyed(number, tuesday + Duration::days(7), "en", "book-second")
        .await;
    assert_ne!(first, second);
    w.tick(tuesday - Duration::hours(24) + Duration::minutes(1))
        .await;
    let call = w.call_to(number);
    // The two bookings' confirmation texts went before the opt-out.
    let texted = |w: &World| w.fake.messages().iter().filter(|m| m.to == number).count();
    let texts_before = texted(&w);
    let heard = w.answer(&call, "human").await;
    let heard = w.say(&call, &heard, "Stop calling me, please.").await;
    assert!(heard.hangup, "{heard:?}");
    let said = all_said(&heard);
    assert!(said.contains("won't call or text this number"), "{said}");
    assert!(!said.to_lowercase().contains("cancel"), "{said}");
    w.hang_up(&call).await;
    assert!(w.notifier.outbox().is_opted_out(number).await.unwrap());
    assert_eq!(w.status_of(first).await, "booked");
    assert_eq!(
        w.outbox_row(&call.sid).await.outcome.as_deref(),
        Some("no_booking")
    );

    // The next reminder comes due: no call is placed, the row says why.
    let next = tuesday + Duration::days(7) - Duration::hours(24);
    w.tick(next + Duration::minutes(1)).await;
    w.tick(next + Duration::minutes(2)).await;
    let calls = w.calls_to(number);
    assert_eq!(calls.len(), 1, "only the first call: {calls:#?}");
    assert_eq!(texted(&w), texts_before, "no text after the opt-out");
    let rows = w
        .notifier
        .outbox()
        .list(Some("opted_out"), 10)
        .await
        .unwrap();
    assert!(rows.iter().any(|r| r.channel == "call"), "{rows:#?}");
}
