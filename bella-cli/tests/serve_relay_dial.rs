//! `bella serve --voice-mode relay` driven by `bella dial --relay`, both the built
//! binary on 127.0.0.1:0 with SQLite and no public URL (the socket URL comes from the
//! Host header): calls book over the WebSocket with keys and interruptions, and the
//! load report prints the token latencies. A dial with the wrong token is refused.

#[allow(dead_code)] // the Postgres fleet helpers are for the other binaries
mod fleet;
use fleet::{BIN, spawn_serve};
use std::path::PathBuf;
use std::process::{Child, Command};
const TOKEN: &str = "relay-dial-token";

/// A `bella serve` child, killed (by its own pid) if the test fails.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bella-relay-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn start(dir: &std::path::Path) -> Server {
    let (child, addr) = spawn_serve(|cmd| {
        cmd.arg("--database-url")
            .arg(format!("sqlite://{}", dir.join("bella.db").display()))
            .env("BELLA_VOICE_MODE", "relay")
            .env("TWILIO_AUTH_TOKEN", TOKEN)
            .env_remove("BELLA_PUBLIC_URL");
    });
    Server { child, addr }
}

#[test]
fn dial_relay_books_over_the_socket_and_reports_token_latency() {
    let dir = temp_dir("dial");
    let server = start(&dir);
    let out = Command::new(BIN)
        .args([
            "dial",
            "--relay",
            "--url",
            &server.addr,
            "--auth-token",
            TOKEN,
        ])
        .args(["--jsonl", "--calls", "3", "--concurrency", "3"])
        .args(["--interrupt-share", "0.5", "--keypad"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    let calls: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
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
        .args([
            "dial",
            "--relay",
            "--url",
            &server.addr,
            "--auth-token",
            "wrong",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("http 403"));
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}
