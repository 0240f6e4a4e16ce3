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
    ];
    for (text, field) in cases {
        let err = Config::from_toml_str(text).unwrap_err().to_string();
        assert!(err.starts_with(field), "{text:?} gave {err}");
    }
}
