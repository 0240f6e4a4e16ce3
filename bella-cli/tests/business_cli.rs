//! `--business FILE` on `simulate`, `replay` and `chat` (`serve` and `dial` in
//! `serve_race.rs`): the whole run is against that business (the garage of
//! `bella-dialog/examples/garage.toml`: services, bays, its own hours), and a broken
//! file stops the command with an error naming the field.

use std::io::Write as _;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_bella");
const GARAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bella-dialog/examples/garage.toml"
);
const NOW: &str = "2026-12-07T08:15:00-07:00";

/// Runs `bella args...` with `stdin`: (success, stdout, stderr).
fn bella(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bella runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn simulate_books_the_garage_service_on_a_bay() {
    // Every bay is taken at 10 on Wednesday but bay 3; the brake job fits there.
    let existing: Vec<String> = ["Bay 1", "Bay 2"]
        .iter()
        .map(|b| format!(r#"{{"start":"2026-12-09T09:30","minutes":60,"resource":"{b}"}}"#))
        .collect();
    let case = |existing: &str| {
        format!(
            r#"{{"id":"g1","now":"{NOW}","tz":"America/Edmonton","caller_id":"+14035550142","existing":[{existing}],"persona":{{"intent":["My brakes are squeaking when I stop, can I come in Wednesday at 10?"],"name":["My name is Jo Roy"],"time":["Wednesday at 10"],"confirm":["yes"],"other":["no thanks"]}}}}"#
        )
    };
    let garage_case = case(&existing.join(","));
    let (ok, out, err) = bella(&["simulate", "--jsonl", "--business", GARAGE], &garage_case);
    assert!(ok, "{out}{err}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["outcome"], "booked", "{out}");
    let a = &line["appointment"];
    assert_eq!(a["start"], "2026-12-09T10:00", "{out}");
    assert_eq!(a["service"], "Brake inspection", "{out}");
    assert_eq!(a["resource"], "Bay 3", "{out}");
    assert_eq!(a["minutes"], 90, "{out}");
    // The same call against the default business books a plain 30-minute slot.
    let (ok, out, _) = bella(&["simulate", "--jsonl"], &case(""));
    assert!(ok, "{out}");
    let line: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(line["appointment"]["minutes"], 30, "{out}");
    assert_eq!(line["appointment"]["resource"], serde_json::Value::Null);
}

#[test]
fn replay_and_chat_speak_for_the_garage() {
    let dir = std::env::temp_dir().join(format!("bella-business-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let transcript = dir.join("call.txt");
    std::fs::write(
        &transcript,
        "I need an oil change\nWednesday at 4:30 pm\nJo Roy\n403 555 0142\nhow much is it?\nyes\n",
    )
    .unwrap();
    let path = transcript.to_str().unwrap();
    let (ok, out, err) = bella(&["replay", path, "--now", NOW, "--business", GARAGE], "");
    assert!(ok, "{out}{err}");
    assert!(out.contains("Northside Auto"), "{out}");
    // The garage's price, and its read-back naming the service.
    assert!(out.contains("from $79"), "{out}");
    assert!(out.contains("Oil change for Jo Roy"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);

    let (ok, out, err) = bella(
        &[
            "chat",
            "--database-url",
            "sqlite::memory:",
            "--now",
            NOW,
            "--business",
            GARAGE,
        ],
        "I'd like to book something\nwhere are you located?\na diagnostic\n",
    );
    assert!(ok, "{out}{err}");
    assert!(out.contains("Northside Auto"), "{out}");
    // More than one service: it asks which, answers the FAQ, then asks again.
    assert!(out.contains("What would you like to book?"), "{out}");
    assert!(out.contains("1200 Centre Street North"), "{out}");
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
        let (ok, out, err) = bella(&args, "");
        assert!(!ok, "{args:?}: {out}");
        assert!(
            err.contains("services[2].resources") && err.contains("Bay 9"),
            "{args:?}: {err}"
        );
    }
    let _ = std::fs::remove_file(bad);
}
