//! Reminder calls (SPEC §3.2): the engine-level guarantees a script cannot show. The
//! reminder call files (the shared dev lines `testdata/reminder_dev_calls.jsonl` and
//! our own `reminder_scripts.jsonl`) run in `call_files.rs`.

use bella_core::{Appointment, AppointmentId, AppointmentStatus, Expect, PersonName, PhoneNumber};
use bella_dialog::driver::drain_outputs;
use bella_dialog::sim;
use bella_dialog::{AnsweredBy, CallInfo, Config, Dialog, Input, Lang, Outcome, Output, Reminder};
use chrono::{DateTime, Utc};
use std::sync::Arc;

fn appointment(config: &Config) -> Appointment {
    Appointment {
        id: AppointmentId(42),
        service: None,
        resource: None,
        name: PersonName::new("Priya Patel").unwrap(),
        phone: PhoneNumber::from_e164("+17805550123").unwrap(),
        start: "2026-11-26T17:00:00Z".parse().unwrap(),
        minutes: 30,
        tz: config.tz(),
        status: AppointmentStatus::Booked,
    }
}

#[test]
fn a_machine_hears_one_message_and_the_engine_never_listens() {
    let config = Arc::new(Config::default());
    let now = "2026-11-25T17:00:00Z".parse().unwrap();
    let reminder = Reminder {
        appointment: appointment(&config),
        answered_by: AnsweredBy::parse("machine_end_silence"),
        voicemail: Some("{business}: see you {when}. Questions? {callback}.".into()),
        voicemail_fr: None,
        callback: Some("780 555 0100".into()),
        lang: None,
    };
    let call = CallInfo {
        call_id: "CA1".into(),
        caller_id: None,
    };
    let mut d = Dialog::reminder(config, call, now, reminder);
    d.handle_input(Input::CallStarted { now });
    let out = drain_outputs(&mut d);
    assert_eq!(out.len(), 2, "{out:?}");
    let Output::Say { text } = &out[0] else {
        panic!("{out:?}")
    };
    assert_eq!(
        text.expose(),
        "Bella Clinic: see you Thursday, November 26th at 10 a.m. Questions? 780 555 0100."
    );
    assert_eq!(
        out[1],
        Output::HangUp {
            outcome: Outcome::Voicemail
        }
    );
    assert!(d.is_ended());
    // Whatever comes after changes nothing.
    d.handle_input(Input::CallerTurn {
        now,
        text: "cancel it".into(),
        confidence: 0.9,
    });
    assert!(drain_outputs(&mut d).is_empty());
    assert_eq!(d.outcome(), Some(Outcome::Voicemail));
}

/// What a machine hears on a reminder call for a booking made in `lang`.
fn voicemail_heard(lang: Option<Lang>, voicemail_fr: Option<&str>) -> String {
    let config = Arc::new(Config::default());
    let now = "2026-11-25T17:00:00Z".parse().unwrap();
    let reminder = Reminder {
        appointment: appointment(&config),
        answered_by: AnsweredBy::Machine,
        // The business's own English text: never used for a French booking.
        voicemail: Some("{business}: see you {when}. Questions? {callback}.".into()),
        voicemail_fr: voicemail_fr.map(str::to_owned),
        callback: Some("+15875550100".into()),
        lang,
    };
    let call = CallInfo {
        call_id: "CA-vm".into(),
        caller_id: None,
    };
    let mut d = Dialog::reminder(config, call, now, reminder);
    d.handle_input(Input::CallStarted { now });
    let out = drain_outputs(&mut d);
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(matches!(
        out[1],
        Output::HangUp {
            outcome: Outcome::Voicemail
        }
    ));
    match &out[0] {
        Output::Say { text } => text.expose().to_owned(),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_french_booking_gets_the_french_voicemail() {
    let fr = voicemail_heard(Some(Lang::Fr), None);
    assert!(fr.starts_with("Bonjour, ici Bella Clinic."), "{fr}");
    assert!(
        fr.contains("le jeudi 26 novembre à 10 h"),
        "when in French: {fr}"
    );
    assert!(
        fr.contains("rappelez-nous au cinq cent quatre-vingt-sept"),
        "{fr}"
    );
    assert!(!fr.contains("see you") && !fr.contains("Priya"), "{fr}");
    // The business's French text, filled the same way.
    let custom = voicemail_heard(
        Some(Lang::Fr),
        Some("{business} : rendez-vous le {when}. Info : {callback}."),
    );
    assert!(
        custom.starts_with("Bella Clinic : rendez-vous le jeudi 26 novembre à 10 h. Info : "),
        "{custom}"
    );
    // An English booking keeps the English text, its number read in English.
    let en = voicemail_heard(Some(Lang::En), Some("{when} {callback}"));
    assert!(
        en.starts_with(
            "Bella Clinic: see you Thursday, November 26th at 10 a.m. Questions? five eight seven"
        ),
        "{en}"
    );
}

#[test]
fn a_yes_asks_the_store_to_confirm_and_survives_a_save() {
    let config = Arc::new(Config::default());
    let now = "2026-11-25T17:00:00Z".parse().unwrap();
    let appt = appointment(&config);
    let reminder = Reminder {
        appointment: appt.clone(),
        answered_by: AnsweredBy::Human,
        voicemail: None,
        voicemail_fr: None,
        callback: None,
        lang: None,
    };
    let call = CallInfo {
        call_id: "CA2".into(),
        caller_id: None,
    };
    let mut d = Dialog::reminder(config.clone(), call, now, reminder);
    d.handle_input(Input::CallStarted { now });
    let out = drain_outputs(&mut d);
    assert!(out.iter().any(|o| matches!(
        o,
        Output::Listen {
            expect: Expect::Confirm,
            ..
        }
    )));
    // Between webhooks the state is saved and restored.
    let mut d = Dialog::restore(config, &d.save()).expect("restores");
    assert!(d.is_reminder());
    d.handle_input(Input::CallerTurn {
        now,
        text: "yes I'll be there".into(),
        confidence: 0.9,
    });
    let out = drain_outputs(&mut d);
    let Some((request_id, id)) = out.iter().find_map(|o| match o {
        Output::Store {
            request_id,
            request: bella_dialog::StoreRequest::Confirm { id, .. },
        } => Some((*request_id, *id)),
        _ => None,
    }) else {
        panic!("no confirm request: {out:?}")
    };
    assert_eq!(id, AppointmentId(42));
    // A store failure is apologised for, not reported as confirmed.
    let mut failed = d.clone();
    failed.handle_input(Input::StoreReply {
        now,
        request_id,
        result: bella_dialog::StoreResult::Error("down".into()),
    });
    assert_ne!(failed.outcome(), Some(Outcome::Confirmed));
    d.handle_input(Input::StoreReply {
        now,
        request_id,
        result: bella_dialog::StoreResult::Confirmed(appt),
    });
    let out = drain_outputs(&mut d);
    assert!(
        out.contains(&Output::HangUp {
            outcome: Outcome::Confirmed
        }),
        "{out:?}"
    );
}

#[test]
fn answered_by_reads_every_twilio_value() {
    for (v, want) in [
        ("human", AnsweredBy::Human),
        ("machine_start", AnsweredBy::Machine),
        ("machine_end_beep", AnsweredBy::Machine),
        ("machine_end_other", AnsweredBy::Machine),
        ("fax", AnsweredBy::Machine),
        ("unknown", AnsweredBy::Unknown),
        ("", AnsweredBy::Unknown),
        ("MACHINE", AnsweredBy::Machine),
    ] {
        assert_eq!(AnsweredBy::parse(v), want, "{v}");
    }
}

#[test]
fn a_reminder_line_without_an_appointment_is_an_error() {
    for line in [
        r#"{"id":"x","direction":"reminder","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton"}"#,
        r#"{"id":"x","direction":"reminder","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","appointment":{"start":"2026-11-18T10:00","name":"A B"}}"#,
        r#"{"id":"x","direction":"reminder","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","appointment":{"start":"tomorrow","name":"A B","phone":"+17805550123"}}"#,
    ] {
        let r = sim::parse_case(line).and_then(|c| sim::run_case(&c));
        assert!(r.is_err(), "{line}");
    }
}

/// What a reminder call about an appointment booked in `lang` says first, for a
/// business speaking `languages`.
fn reminder_opening(languages: Vec<Lang>, lang: Option<Lang>, by: AnsweredBy) -> String {
    let config = Arc::new(Config {
        languages,
        ..Config::default()
    });
    let now: DateTime<Utc> = "2026-11-25T17:00:00Z".parse().unwrap();
    let appointment = appointment(&config);
    let reminder = Reminder {
        appointment,
        answered_by: by,
        voicemail: None,
        voicemail_fr: None,
        callback: Some("514 555 0100".into()),
        lang,
    };
    let call_id = "CA-rem".into();
    let call = CallInfo {
        call_id,
        caller_id: None,
    };
    let mut d = Dialog::reminder(config, call, now, reminder);
    d.handle_input(Input::CallStarted { now });
    let said: Vec<String> = drain_outputs(&mut d)
        .into_iter()
        .filter_map(|o| match o {
            Output::Say { text } => Some(text.expose().to_owned()),
            _ => None,
        })
        .collect();
    said.join(" ")
}

#[test]
fn a_reminder_call_opens_in_the_language_of_the_booking() {
    let both = || vec![Lang::En, Lang::Fr];
    for by in [AnsweredBy::Human, AnsweredBy::Machine] {
        let fr = reminder_opening(both(), Some(Lang::Fr), by);
        assert_eq!(
            bella_extract::lang::detect(&fr),
            Some(Lang::Fr),
            "{by:?}: {fr}"
        );
        assert!(fr.contains("rendez-vous"), "{by:?}: {fr}");
        let en = reminder_opening(both(), Some(Lang::En), by);
        assert!(en.contains("appointment"), "{by:?}: {en}");
        assert_eq!(en, reminder_opening(both(), None, by));
        // A language the business does not speak leaves its first one.
        let only_en = reminder_opening(vec![Lang::En], Some(Lang::Fr), by);
        assert_eq!(only_en, en, "{by:?}");
    }
}
