//! Services and staff (issue 12, SPEC §3.1) beyond the call files: the example
//! businesses load, and a bad business file names the field. The service call files
//! (`testdata/services.jsonl`, `held_out*_services_en.jsonl`, each line run against the
//! example business it names) run in `call_files.rs`.

mod scripted;

use bella_dialog::Config;

fn business(name: &str) -> Config {
    scripted::example_business(name).expect("example business parses")
}

#[test]
fn example_businesses_load_and_the_default_is_one_service() {
    let garage = business("garage");
    assert_eq!(garage.services.len(), 3);
    assert_eq!(garage.resources.len(), 3);
    assert!(garage.faq.contains_key("parking"));
    let plain = Config::from_toml_str("slot_minutes = 20").unwrap();
    assert_eq!(plain.services.len(), 1);
    assert_eq!(plain.services[0].minutes, 20);
    assert!(plain.resources.is_empty());
}

#[test]
fn validation_names_the_field() {
    let cases = [
        (
            "[[services]]\nname = \"X\"\nminutes = 30\nresources = [\"Bay 9\"]",
            "services[0].resources",
        ),
        (
            "[[resources]]\nname = \"A\"\n[[services]]\nname = \"X\"\nminutes = 30\nresources = []",
            "services[0].resources",
        ),
        ("[[services]]\nname = \"X\"", "services[0].minutes"),
        ("[[services]]\nminutes = 30", "services[0].name"),
        (
            "[[services]]\nname = \"X\"\nminutes = 0",
            "services[0].minutes",
        ),
        (
            "[[services]]\nname = \"X\"\nminutes = 30\n[[services]]\nname = \"x\"\nminutes = 30",
            "services[1].name",
        ),
        (
            "[[resources]]\nname = \"A\"\nhours = { monday = [\"9-5\"] }",
            "resources[0].hours.monday",
        ),
        (
            "[[resources]]\nname = \"A\"\nhours = { monday = [\"12:00-09:00\"] }",
            "resources[0].hours.monday",
        ),
        (
            "[[resources]]\nname = \"A\"\nclosed_dates = [\"soon\"]",
            "resources[0].closed_dates",
        ),
        ("[[resources]]\nname = \"\"", "resources[0].name"),
        ("[faq]\nparking = \"\"", "faq.parking"),
        ("[faq_fr]\nparking = \" \"", "faq_fr.parking"),
        (
            "[[services]]\nname = \"X\"\nminutes = 30\nname_fr = \"\"",
            "services[0].name_fr",
        ),
        (
            "[[services]]\nname = \"X\"\nminutes = 30\nprice_fr = \" \"",
            "services[0].price_fr",
        ),
    ];
    for (text, field) in cases {
        let err = Config::from_toml_str(text).unwrap_err().to_string();
        assert!(err.starts_with(field), "{text:?} gave {err}");
    }
}

#[test]
fn french_names_and_answers_are_read_and_spoken_by_language() {
    use bella_extract::Lang;
    let cfg = Config::from_toml_str(
        "[[services]]\nname = \"Massage therapy\"\nname_fr = \" Massothérapie \"\nminutes = 45\n\
         price = \"from $95\"\nprice_fr = \"à partir de 95 $\"\n\
         [[services]]\nname = \"Follow-up\"\nminutes = 30\n\
         [faq]\naddress = \"5 Main Street.\"\n[faq_fr]\naddress = \"5, rue Main.\"",
    )
    .unwrap();
    let massage = &cfg.services[0];
    assert_eq!(massage.spoken_name(Lang::Fr), "Massothérapie");
    assert_eq!(massage.spoken_name(Lang::En), "Massage therapy");
    assert_eq!(massage.spoken_price(Lang::Fr), Some("à partir de 95 $"));
    assert_eq!(massage.spoken_price(Lang::En), Some("from $95"));
    // Without a French name or price, French callers hear the configured ones.
    assert_eq!(cfg.services[1].spoken_name(Lang::Fr), "Follow-up");
    assert_eq!(cfg.services[1].spoken_price(Lang::Fr), None);
    assert_eq!(cfg.faq_fr["address"], "5, rue Main.");
}

/// What the agent says to each caller turn of a call to `config`.
fn replies(config: Config, turns: &[&str]) -> Vec<String> {
    use bella_dialog::driver::Exchange;
    use bella_dialog::{CallInfo, Dialog, Input};
    use std::sync::Arc;
    let now = "2026-12-03T14:00:00Z".parse().unwrap();
    let call = CallInfo {
        call_id: "CA1".into(),
        caller_id: None,
    };
    let mut dialog = Dialog::new(Arc::new(config), call, now);
    let mut said = Vec::new();
    let inputs = std::iter::once(Input::CallStarted { now }).chain(turns.iter().map(|t| {
        Input::CallerTurn {
            now,
            text: (*t).into(),
            confidence: 0.9,
        }
    }));
    for input in inputs {
        let mut exchange = Exchange::new();
        exchange.feed(&mut dialog, input);
        said.push(exchange.finish().says.join(" "));
    }
    said
}

#[test]
fn a_price_that_is_no_amount_reads_naturally() {
    let cfg = Config::from_toml_str(
        "languages = [\"en-CA\", \"fr-CA\"]\n\
         [[services]]\nname = \"Consultation\"\nminutes = 30\nprice = \"free\"\nprice_fr = \"gratuit\"\n\
         [[services]]\nname = \"Follow-up\"\nminutes = 30\nprice = \"$40\"\nprice_fr = \"40 $\"",
    )
    .unwrap();
    // Every price, when the caller names no service.
    let en = replies(cfg.clone(), &["How much does it cost?"]);
    assert!(
        en[1].contains("Consultation is free, Follow-up is $40."),
        "{en:?}"
    );
    let fr = replies(cfg, &["Bonjour, quels sont vos prix, s'il vous plaît?"]);
    assert!(fr[1].contains("Consultation est gratuit"), "{fr:?}");
    assert!(fr[1].contains("Follow-up coûte 40 $"), "{fr:?}");
    assert!(!fr[1].contains("coûte gratuit"), "{fr:?}");
}

#[test]
fn own_topics_keyed_in_english_are_asked_in_french() {
    // fr_round26 k06 and k08: `products` and `allergy` asked in French, the second
    // beside a service's name.
    let cfg = Config::from_toml_str(
        "languages = [\"fr-CA\", \"en-CA\"]\n\
         [[services]]\nname = \"Colour\"\nname_fr = \"Coloration\"\nminutes = 90\n\
         says = [\"coloration\"]\n\
         [[services]]\nname = \"Cut\"\nminutes = 30\n\
         [faq]\nproducts = \"We sell Redken.\"\nallergy = \"A test 48 hours before.\"\n\
         [faq_fr]\nproducts = \"Nous vendons Redken.\"\nallergy = \"Un test 48 heures avant.\"",
    )
    .unwrap();
    let said = replies(cfg.clone(), &["Vendez-vous des produits pour les cheveux?"]);
    assert!(said[1].contains("Nous vendons Redken."), "{said:?}");
    let said = replies(
        cfg,
        &["Faut-tu faire un test d'allergie avant une coloration?"],
    );
    assert!(said[1].contains("Un test 48 heures avant."), "{said:?}");
}

#[test]
fn a_person_asked_for_outside_their_hours_is_the_reason() {
    // probe19 sal-03: Kayla starts at noon, the business opens at 9.
    let cfg = Config::from_toml_str(
        "time_zone = \"America/St_Johns\"\nslot_minutes = 15\n\
         languages = [\"en-CA\", \"fr-CA\"]\n\
         [hours]\nmonday = [\"09:00-17:00\"]\n\
         [[services]]\nname = \"Haircut\"\nminutes = 45\n\
         [[services]]\nname = \"Blowout\"\nminutes = 30\n\
         [[resources]]\nname = \"Siobhan Walsh\"\n\
         [[resources]]\nname = \"Kayla Power\"\nhours = { monday = [\"12:00-17:00\"] }",
    )
    .unwrap();
    let call = |opening: &str, time: &str, say: &[&str], not_say: &[&str]| {
        let line = serde_json::json!({
            "id": "kayla", "now": "2027-11-03T08:30:00-02:30", "tz": "America/St_Johns",
            "caller_id": "+17095550103", "existing": [],
            "persona": {"intent": [opening], "name": ["Chelsea Penney"],
                        "phone": ["709 555 0103"], "time": [time], "confirm": ["yes"],
                        "other": []},
            "expected": {"outcome": "booked", "say_contains": say,
                         "say_not_contains": not_say}
        });
        scripted::check(&line.to_string(), Some(&cfg)).map(|_| ())
    };
    call(
        "Could I get a blowout with Kayla Monday at 10?",
        "noon then",
        &["Sorry, Kayla Power isn't working at 10 a.m. on Monday, November 8th"],
        &["can't be booked"],
    )
    .unwrap();
    // Nobody asked for: Siobhan is in, so 10 is booked.
    call("Could I get a blowout Monday at 10?", "", &[], &["Sorry"]).unwrap();
    call(
        "Je voudrais un blowout avec Kayla lundi à 10 h",
        "midi alors",
        &["Kayla Power ne travaille pas à 10"],
        &[],
    )
    .unwrap();
}

#[test]
fn questions_about_services_and_staff_ask_for_no_booking() {
    // services26 phy-08, phy-13, tat-02: each answered, then what the caller wants is
    // asked again, not their name.
    let physio =
        Config::from_toml_str(include_str!("../testdata/businesses/physio_saskatoon.toml"))
            .unwrap();
    let r = replies(physio.clone(), &["Does Jenna do dry needling?"]);
    assert!(
        r[1].contains("No, Jenna Kowalchuk doesn't do dry needling, but Raj Mehta does."),
        "{r:?}"
    );
    assert!(!r[1].contains("name"), "{r:?}");
    let r = replies(physio.clone(), &["Does Raj do dry needling?"]);
    assert!(r[1].contains("Yes, Raj Mehta does dry needling."), "{r:?}");
    let r = replies(
        physio,
        &["I've never been there before, what does a first visit cost?"],
    );
    assert!(r[1].contains("$110") && !r[1].contains("name"), "{r:?}");
    let tattoo = Config::from_toml_str(include_str!(
        "../testdata/businesses/tattoo_lethbridge.toml"
    ))
    .unwrap();
    let r = replies(tattoo, &["Do you guys do nose piercings? How much?"]);
    assert!(r[1].contains("Yes, we offer body piercing."), "{r:?}");
    assert!(r[1].contains("$60 with jewellery"), "{r:?}");
}

/// A move to another person "same time" with no day said keeps the appointment's
/// start; with two services told of, the one after "cancel" picks which to cancel.
#[test]
fn the_same_time_with_another_person_and_the_service_after_cancel() {
    let cfg = Config::from_toml_str(
        "time_zone = \"America/Toronto\"\nslot_minutes = 15\n\
         [hours]\ntuesday = [\"09:00-17:00\"]\nwednesday = [\"09:00-17:00\"]\n\
         [[services]]\nname = \"Eye exam\"\nminutes = 30\n\
         resources = [\"Dr. Marc Lalonde\", \"Dr. Grace Chen\"]\n\
         [[services]]\nname = \"Glasses fitting\"\nminutes = 15\nresources = [\"Tracy Beaudry\"]\n\
         [[resources]]\nname = \"Dr. Marc Lalonde\"\n\
         [[resources]]\nname = \"Dr. Grace Chen\"\n\
         [[resources]]\nname = \"Tracy Beaudry\"",
    )
    .unwrap();
    let call = |opening: &str, existing: serde_json::Value, expected: serde_json::Value| {
        let line = serde_json::json!({
            "id": "eye", "now": "2027-10-06T09:50:00-04:00", "tz": "America/Toronto",
            "caller_id": "+17055550181", "existing": existing,
            "persona": {"intent": [opening], "name": [], "phone": [], "time": [],
                        "confirm": ["yes"], "other": []},
            "expected": expected
        });
        scripted::check(&line.to_string(), Some(&cfg)).map(|_| ())
    };
    let mine = |start: &str, service: &str, minutes: u32, resource: &str| {
        serde_json::json!({"start": start, "minutes": minutes, "name": "Roger Lapointe",
                           "phone": "+17055550181", "resource": resource, "service": service})
    };
    call(
        "could I switch my eye exam to Dr. Chen instead? same time if she has it",
        serde_json::json!([mine("2027-10-12T10:00", "Eye exam", 30, "Dr. Marc Lalonde")]),
        serde_json::json!({"outcome": "rescheduled", "appointment": {
            "start": "2027-10-12T10:00", "resource": "Dr. Grace Chen"}}),
    )
    .unwrap();
    call(
        "I have an eye exam and a glasses fitting booked, I need to cancel the glasses fitting",
        serde_json::json!([
            mine("2027-10-12T09:30", "Eye exam", 30, "Dr. Grace Chen"),
            mine("2027-10-13T11:00", "Glasses fitting", 15, "Tracy Beaudry")
        ]),
        serde_json::json!({"outcome": "cancelled", "appointment": {
            "start": "2027-10-13T11:00", "service": "Glasses fitting"}}),
    )
    .unwrap();
}
