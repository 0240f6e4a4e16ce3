//! `bella simulate --jsonl` and `bella replay` run as a user runs them.

mod run;

fn bella(args: &[&str], stdin: &str) -> (String, bool) {
    let (ok, stdout) = run::status_and_stdout(&run::bella(args, stdin));
    (stdout, ok)
}

const CALL: &str = r#"{"id":"c1","now":"2026-11-17T10:15:00-07:00","tz":"America/Edmonton","caller_id":"+14035550142","existing":[{"start":"2026-11-19T09:30","minutes":30}],"persona":{"intent":["Hi, I'd like to book an appointment"],"name":["My name is Priya Patel"],"phone":["780-555-0123"],"time":["Thursday at 9:30","Thursday at 10"],"confirm":["yes"],"other":[]}}"#;

#[test]
fn simulate_writes_one_line_per_call_and_survives_bad_lines() {
    let input =
        format!("{CALL}\nnot json\n{{\"id\":\"c2\",\"now\":\"later\",\"tz\":\"UTC\"}}\n\n{CALL}\n");
    let (stdout, ok) = bella(&["simulate", "--jsonl"], &input);
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
    let (stdout, ok) = bella(
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
    let (_, ok) = bella(&["replay", "/nonexistent/transcript.txt"], "");
    assert!(!ok);
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
    let (stdout, ok) = bella(&["simulate", "--jsonl"], &format!("{person}\n{machine}\n"));
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
