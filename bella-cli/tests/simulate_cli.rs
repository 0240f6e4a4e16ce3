//! `bella simulate --jsonl` and `bella replay` run as a user runs them; with
//! `--business FILE` (also `chat` in `serve_chat.rs`, `serve` and `dial` in `serve_race.rs`) the whole
//! run is against that business (the garage of `bella-dialog/examples/garage.toml`:
//! services, bays, its own hours), and a broken file stops the command with an error
//! naming the field.

mod run;

/// Runs `bella args...` with `stdin`: (stdout, success, stderr).
fn bella(args: &[&str], stdin: &str) -> (String, bool, String) {
    let out = run::bella(args, stdin);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const CALL: &str = r#"{"id":"c1","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","caller_id":"+14035550142","existing":[{"start":"2026-11-19T09:30","minutes":30}],"persona":{"intent":["Hi, I'd like to book an appointment"],"name":["My name is Priya Patel"],"phone":["780-555-0123"],"time":["Thursday at 9:30","Thursday at 10"],"confirm":["yes"],"other":[]}}"#;

#[test]
fn simulate_writes_one_line_per_call_and_survives_bad_lines() {
    let input =
        format!("{CALL}\nnot json\n{{\"id\":\"c2\",\"now\":\"later\",\"tz\":\"UTC\"}}\n\n{CALL}\n");
    let (stdout, ok, _) = bella(&["simulate", "--jsonl"], &input);
    assert!(!ok, "a bad line makes the exit status non-zero");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    for i in [0, 3] {
        let l = &lines[i];
        assert_eq!(l["id"], "c1");
        assert_eq!(l["outcome"], "booked");
        assert_eq!(l["appointment"]["name"], "Priya Patel");
        assert_eq!(l["appointment"]["phone"], "+17805550123");
        assert_eq!(l["appointment"]["start"], "2026-11-19T10:00");
        let turns = l["turns"].as_array().expect("turns");
        assert_eq!(turns[0]["expect"], "intent");
        assert!(
            turns
                .iter()
                .all(|t| t["agent"].as_str().is_some_and(|a| !a.is_empty()))
        );
    }
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["id"], "c2");
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap_or_default()
            .contains("now")
    );
}

#[test]
fn replay_prints_the_conversation() {
    let file = run::temp_file(
        "replay",
        "call.txt",
        "// a caller who knows what they want\nBook me for Thursday at 10, I'm Jane Doe\n#digits 4035550177\nyes\n",
    );
    let path = file.to_string_lossy().into_owned();
    let (stdout, ok, _) = bella(
        &[
            "replay",
            &path,
            "--now",
            "2026-11-17T10:15:00-07:00",
            "--tz",
            "America/Edmonton",
        ],
        "",
    );
    assert!(ok, "{stdout}");
    assert!(stdout.contains("Caller: (keys 4035550177)"), "{stdout}");
    assert!(
        stdout.contains("four oh three, five five five, oh one seven seven"),
        "{stdout}"
    );
    assert!(stdout.contains("(hung up: booked)"), "{stdout}");
    let (_, ok, _) = bella(&["replay", "/nonexistent/transcript.txt"], "");
    assert!(!ok);
}

const GARAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bella-dialog/examples/garage.toml"
);
const MONDAY: &str = "2026-12-07T08:15:00-07:00";

#[test]
fn simulate_books_the_garage_service_on_a_bay() {
    // Every bay is taken at 10 on Wednesday but bay 3; the brake job fits there.
    let existing: Vec<String> = ["Bay 1", "Bay 2"]
        .iter()
        .map(|b| format!(r#"{{"start":"2026-12-09T09:30","minutes":60,"resource":"{b}"}}"#))
        .collect();
    let case = |existing: &str| {
        format!(
            r#"{{"id":"g1","now":"{MONDAY}","tz":"America/Edmonton","caller_id":"+14035550142","existing":[{existing}],"persona":{{"intent":["My brakes are squeaking when I stop, can I come in Wednesday at 10?"],"name":["My name is Jo Roy"],"time":["Wednesday at 10"],"confirm":["yes"],"other":["no thanks"]}}}}"#
        )
    };
    let garage_case = case(&existing.join(","));
    let (out, ok, err) = bella(&["simulate", "--jsonl", "--business", GARAGE], &garage_case);
    assert!(ok, "{out}{err}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["outcome"], "booked", "{out}");
    let a = &line["appointment"];
    assert_eq!(a["start"], "2026-12-09T10:00", "{out}");
    assert_eq!(a["service"], "Brake inspection", "{out}");
    assert_eq!(a["resource"], "Bay 3", "{out}");
    assert_eq!(a["minutes"], 90, "{out}");
    // The same call against the default business books a plain 30-minute slot.
    let (out, ok, _) = bella(&["simulate", "--jsonl"], &case(""));
    assert!(ok, "{out}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["appointment"]["minutes"], 30, "{out}");
    assert_eq!(line["appointment"]["resource"], serde_json::Value::Null);
}

#[test]
fn replay_speaks_for_the_garage() {
    let dir = std::env::temp_dir().join(format!("bella-business-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let transcript = dir.join("call.txt");
    std::fs::write(
        &transcript,
        "I need an oil change\nWednesday at 4:30 pm\nJo Roy\n403 555 0142\nhow much is it?\nyes\n",
    )
    .unwrap();
    let path = transcript.to_str().unwrap();
    let (out, ok, err) = bella(&["replay", path, "--now", MONDAY, "--business", GARAGE], "");
    assert!(ok, "{out}{err}");
    assert!(out.contains("Northside Auto"), "{out}");
    // The garage's price, and its read-back naming the service.
    assert!(out.contains("from $79"), "{out}");
    // Mid-sentence the service name is said in lower case ("So that's oil change for ...").
    assert!(out.contains("So that's oil change for Jo Roy"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_business_file_stops_every_command_naming_the_field() {
    let bad = std::env::temp_dir().join(format!("bella-bad-business-{}.toml", std::process::id()));
    let text = std::fs::read_to_string(GARAGE)
        .unwrap()
        .replace(r#"resources = ["Bay 3"]"#, r#"resources = ["Bay 9"]"#);
    std::fs::write(&bad, text).unwrap();
    let bad_path = bad.to_str().unwrap();
    for args in [
        vec!["simulate", "--jsonl", "--business", bad_path],
        vec!["replay", "/dev/null", "--business", bad_path],
        vec![
            "chat",
            "--database-url",
            "sqlite::memory:",
            "--business",
            bad_path,
        ],
        vec!["serve", "--listen", "127.0.0.1:0", "--business", bad_path],
        vec!["dial", "--api-key", "k", "--business", bad_path],
    ] {
        let (out, ok, err) = bella(&args, "");
        assert!(!ok, "{args:?}: {out}");
        assert!(
            err.contains("services[2].resources") && err.contains("Bay 9"),
            "{args:?}: {err}"
        );
    }
    let _ = std::fs::remove_file(bad);
}

/// Reminder lines (SPEC §3.2): a person who confirms is `confirmed`, a machine is
/// `voicemail`, each with the appointment as it stands after the call.
#[test]
fn simulate_runs_reminder_lines_with_confirmed_and_voicemail() {
    let appt = r#""appointment":{"name":"Marcus Bell","phone":"+14035550121","start":"2026-12-03T10:30","minutes":30}"#;
    let person = format!(
        r#"{{"id":"r1","direction":"reminder","answered_by":"human","now":"2026-12-02T11:00:00-07:00","tz":"America/Edmonton",{appt},"existing":[],"persona":{{"confirm":["Yes, I'll be there"],"intent":[],"time":[],"other":[]}}}}"#
    );
    let machine = person
        .replace("\"r1\"", "\"r2\"")
        .replace("\"human\"", "\"machine\"");
    let (stdout, ok, _) = bella(&["simulate", "--jsonl"], &format!("{person}\n{machine}\n"));
    assert!(ok, "{stdout}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["outcome"], "confirmed", "{stdout}");
    assert_eq!(lines[1]["outcome"], "voicemail", "{stdout}");
    assert_eq!(lines[0]["appointment"]["name"], "Marcus Bell", "{stdout}");
}
