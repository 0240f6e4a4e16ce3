//! `bella serve` over a real socket, driven by `bella dial`: a call books, forged
//! requests get 403, the admin API answers with the key, and SIGTERM stops the server
//! cleanly. Both are the built binary, run as child processes on 127.0.0.1:0.

mod run;

use run::{Server, exits_cleanly, json_lines, sigterm, succeed, temp_dir};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_bella");
const TOKEN: &str = "socket-test-token";
const KEY: &str = "socket-test-key";

fn start(dir: &std::path::Path) -> Server {
    run::serve(|cmd| {
        cmd.args(["--log-format", "json", "--database-url"])
            .arg(format!("sqlite://{}", dir.join("bella.db").display()))
            .env("TWILIO_AUTH_TOKEN", TOKEN)
            .env("BELLA_API_KEY", KEY);
    })
}

/// A raw HTTP/1.1 request; returns (status, body).
fn http(addr: &str, request: &str) -> (u16, String) {
    let hostport = addr.trim_start_matches("http://");
    let mut s = TcpStream::connect(hostport).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    let status = out
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn serve_and_dial_over_a_socket() {
    let dir = temp_dir("serve-dial");
    let mut server = start(&dir);

    // The built-in demo call books.
    let (stdout, _) =
        succeed(Command::new(BIN).args(["dial", "--url", &server.addr, "--auth-token", TOKEN]));
    assert!(stdout.contains("demo booked"), "{stdout}");

    // Personas from a file, several at once, as JSON lines.
    let personas = dir.join("personas.jsonl");
    std::fs::write(
        &personas,
        concat!(
            r#"{"id":"p1","caller_id":"+14035550101","persona":{"intent":["I'd like to speak to a person"]}}"#, "\n",
            r#"{"id":"p2","caller_id":"+14035550102","persona":{"intent":["never mind, I'll call back"]}}"#, "\n",
            r#"{"id":"p3","persona":{}}"#, "\n",
        ),
    )
    .unwrap();
    let mut dial = Command::new(BIN);
    dial.args([
        "dial",
        "--url",
        &server.addr,
        "--auth-token",
        TOKEN,
        "--jsonl",
        "--concurrency",
        "3",
        "--calls",
        "6",
    ])
    .arg("--personas")
    .arg(&personas);
    let (stdout, stderr) = succeed(&mut dial);
    let calls = json_lines(&stdout);
    assert_eq!(calls.len(), 6);
    assert_eq!(calls[0]["outcome"], "transferred", "{stdout}");
    assert_eq!(calls[1]["outcome"], "no_booking", "{stdout}");
    assert_eq!(calls[2]["outcome"], "no_booking", "{stdout}");
    assert!(
        stderr.contains("turns/s") && stderr.contains("p99"),
        "{stderr}"
    );

    // A wrong token is refused.
    let out = Command::new(BIN)
        .args(["dial", "--url", &server.addr, "--auth-token", "wrong"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("403"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    // Unsigned webhook: 403. Admin API: 401 without the key, JSON with it.
    let body = "CallSid=CAraw&From=%2B14035550142";
    let (status, _) = http(
        &server.addr,
        &format!(
            "POST /twilio/voice HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert_eq!(status, 403);
    let (status, _) = http(
        &server.addr,
        "GET /api/appointments HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 401);
    let (status, body) = http(
        &server.addr,
        &format!(
            "GET /api/appointments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {KEY}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert_eq!(status, 200);
    assert!(
        body.contains("+14035550142") && body.contains("-07:00"),
        "{body}"
    );

    // SIGTERM: a clean exit.
    sigterm(&server.child);
    exits_cleanly(&mut server.child, "on SIGTERM");
    let _ = std::fs::remove_dir_all(dir);
}

/// SIGTERM while a webhook is half sent: the server waits for it, answers it, then
/// exits cleanly.
#[test]
fn sigterm_finishes_the_request_in_flight() {
    let dir = temp_dir("serve-graceful");
    let mut server = start(&dir);
    let hostport = server.addr.trim_start_matches("http://").to_owned();
    let params = vec![
        ("CallSid".to_owned(), "CAgraceful".to_owned()),
        ("From".to_owned(), "+14035550142".to_owned()),
    ];
    let url = format!("http://{hostport}/twilio/voice");
    let (body, sig) = bella_twilio_adapter::sim::signed_form(Some(TOKEN), &url, &params);
    let mut s = TcpStream::connect(&hostport).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let head = format!(
        "POST /twilio/voice HTTP/1.1\r\nHost: {hostport}\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        sig.unwrap(),
        body.len()
    );
    let (first, rest) = body.split_at(body.len() / 2);
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(first.as_bytes()).unwrap();
    std::thread::sleep(Duration::from_millis(300));

    sigterm(&server.child);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "exited with a request in flight"
    );

    s.write_all(rest.as_bytes()).unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
    assert!(out.contains("<Gather"), "{out}");

    exits_cleanly(&mut server.child, "after the request");
    let _ = std::fs::remove_dir_all(dir);
}
