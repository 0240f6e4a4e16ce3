//! `bella chat`: typed caller lines in, the agent's replies out, through the same run
//! loop as `bella serve`, on an embedded SQLite store.

mod run;

fn chat(lines: &str, extra: &[&str]) -> (bool, String) {
    let mut args = vec![
        "chat",
        "--database-url",
        "sqlite::memory:",
        "--now",
        "2026-11-17T10:15:00-07:00",
    ];
    args.extend_from_slice(extra);
    run::status_and_stdout(&run::bella(&args, lines))
}

#[test]
fn a_typed_booking_books() {
    let (ok, out) = chat(
        "I'd like to book Thursday November 26th at 10 a.m.\nMy name is Jo Roy\n403 555 0142\nyes\n",
        &["--show-expect"],
    );
    assert!(ok, "{out}");
    assert!(out.starts_with("Bella: "), "{out}");
    assert!(out.contains("(expects intent)"), "{out}");
    assert!(out.contains("(call ended: booked)"), "{out}");
}

#[test]
fn end_of_input_hangs_up_without_a_booking() {
    let (ok, out) = chat("", &[]);
    assert!(ok, "{out}");
    assert!(out.contains("(call ended: no_booking)"), "{out}");
}

#[test]
fn keypad_and_silence_are_inputs() {
    // Three silences in a row end the call politely.
    let (ok, out) = chat("\n\n\n\n", &["--caller-id", "+14035550142"]);
    assert!(ok, "{out}");
    assert!(out.contains("(call ended: no_booking)"), "{out}");
    let (ok, out) = chat("book an appointment\nJo Roy\n/digits 4035550142\n", &[]);
    assert!(ok, "{out}");
    assert!(out.matches("Bella: ").count() >= 4, "{out}");
}

#[test]
fn lang_fr_opens_in_french_and_books_a_french_caller() {
    let (ok, out) = chat(
        "Je voudrais un rendez-vous jeudi le 26 novembre à 10 h\nMoi c'est Julie Gagnon\n514 555-0177\nOui\n",
        &["--lang", "fr"],
    );
    assert!(ok, "{out}");
    assert!(out.starts_with("Bella: Bonjour, hi!"), "{out}");
    assert!(out.contains("jeudi 26 novembre à 10 h"), "{out}");
    assert!(out.contains("(call ended: booked)"), "{out}");
    let (ok, out) = chat("", &["--lang", "de"]);
    assert!(!ok, "an unknown language is refused: {out}");
}

#[test]
fn the_business_file_is_the_one_spoken_for() {
    let garage = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../bella-dialog/examples/garage.toml"
    );
    let typed = "I'd like to book something\nwhere are you located?\na diagnostic\n";
    let (ok, out) = chat(typed, &["--business", garage]);
    assert!(ok, "{out}");
    assert!(out.contains("Northside Auto"), "{out}");
    // More than one service: it asks which, answers the FAQ, then asks again.
    assert!(out.contains("What would you like to book?"), "{out}");
    assert!(out.contains("1200 Centre Street North"), "{out}");
}

/// `bella chat … | head -1`: once the reader of its output is gone the call ends
/// quietly (a clean exit, no panic), like `simulate` and `replay`.
#[test]
fn a_closed_output_ends_the_chat_without_a_panic() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_bella"))
        .args(["chat", "--database-url", "sqlite::memory:"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn bella chat");
    drop(child.stdout.take());
    let mut stdin = child.stdin.take().expect("stdin");
    // The writes may fail once bella has gone; that is the point.
    let _ = stdin.write_all(b"I'd like to book\nMy name is Jo Roy\n403 555 0142\n");
    drop(stdin);
    let out = child.wait_with_output().expect("bella chat ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}
