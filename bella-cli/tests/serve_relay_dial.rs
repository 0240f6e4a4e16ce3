//! `bella serve --voice-mode relay` driven by `bella dial --relay`, both the built
//! binary on 127.0.0.1:0 with SQLite and no public URL (the socket URL comes from the
//! Host header): calls book over the WebSocket with keys and interruptions, and the
//! load report prints the token latencies. A dial with the wrong token is refused.

mod run;

use run::{Server, json_lines, succeed, temp_dir};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_bella");
const TOKEN: &str = "relay-dial-token";

fn start(dir: &std::path::Path) -> Server {
    run::serve(|cmd| {
        cmd.arg("--database-url")
            .arg(format!("sqlite://{}", dir.join("bella.db").display()))
            .env("BELLA_VOICE_MODE", "relay")
            .env("TWILIO_AUTH_TOKEN", TOKEN);
    })
}

#[test]
fn dial_relay_books_over_the_socket_and_reports_token_latency() {
    let dir = temp_dir("relay-dial");
    let server = start(&dir);
    let (stdout, stderr) = succeed(
        Command::new(BIN)
            .args(["dial", "--relay", "--url", &server.addr])
            .args(["--auth-token", TOKEN])
            .args(["--jsonl", "--calls", "3", "--concurrency", "3"])
            .args(["--interrupt-share", "0.5", "--keypad"]),
    );
    let calls = json_lines(&stdout);
    assert_eq!(calls.len(), 3, "{stdout}");
    // The demo books Thursday at 10; the next two find it taken, but none fails.
    assert!(
        calls.iter().any(|c| c["outcome"] == "booked"),
        "{stdout}\n{stderr}"
    );
    for c in &calls {
        assert_ne!(c["outcome"], "error", "{stdout}");
        assert!(c["handoff"].is_string(), "each call ends with end: {c}");
    }
    assert!(stderr.contains("prompt → first token ms: p50"), "{stderr}");
    assert!(stderr.contains("prompt → last token ms:"), "{stderr}");

    // The wrong token: refused at /twilio/voice, and the exit code says so.
    let out = Command::new(BIN)
        .args(["dial", "--relay", "--url", &server.addr])
        .args(["--auth-token", "wrong"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("http 403"));
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}
