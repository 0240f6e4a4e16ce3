//! Runs the built `bella` binary as a user does (arguments, a stdin, its output; a
//! `bella serve` child and its shutdown), for the CLI test binaries; each uses the
//! part it needs.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `bella args…` with `stdin` written on a thread of its own (so a large input
/// cannot deadlock against a full stdout pipe) and returns everything it printed.
pub fn bella(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_bella"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn bella");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.to_owned();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("bella runs");
    writer.join().expect("writer thread").expect("write stdin");
    out
}

/// Whether the run succeeded, and its stdout as text.
pub fn status_and_stdout(out: &Output) -> (bool, String) {
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Each stdout line parsed as JSON (a line that is not JSON fails the test).
pub fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("output line {l:?}: {e}")))
        .collect()
}

/// `bella extract TEXT --now NOW --tz TZ` plus `extra` arguments, for a person: fails
/// the test unless it succeeds, and returns what it printed.
pub fn extract_for_a_person(text: &str, now: &str, tz: &str, extra: &[&str]) -> String {
    let mut args = vec!["extract", text, "--now", now, "--tz", tz];
    args.extend_from_slice(extra);
    let (ok, out) = status_and_stdout(&bella(&args, ""));
    assert!(ok, "bella extract failed: {out}");
    out
}

/// Writes `contents` to a file `name` in a fresh temp directory named after `tag` and
/// this process, and returns the file's path.
pub fn temp_file(tag: &str, name: &str, contents: &str) -> std::path::PathBuf {
    let file = temp_dir(tag).join(name);
    std::fs::write(&file, contents).expect("write the test file");
    file
}

/// A `bella serve` child, killed (by its own pid) when dropped, so a failing test
/// leaves no server behind.
pub struct Server {
    pub child: Child,
    /// `http://127.0.0.1:PORT`, from its first stdout line.
    pub addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `bella serve --listen 127.0.0.1:0` without a public URL from the environment;
/// `setup` adds the test's own flags and environment.
pub fn serve(setup: impl FnOnce(&mut Command)) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bella"));
    cmd.args(["serve", "--listen", "127.0.0.1:0"])
        .env_remove("BELLA_PUBLIC_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    setup(&mut cmd);
    let mut child = cmd.spawn().expect("bella serve starts");
    let addr = listening_addr(&mut child);
    Server { child, addr }
}

/// The address a starting `bella serve` prints first (`listening on http://…`).
pub fn listening_addr(child: &mut Child) -> String {
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .expect("read the first line");
    line.trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("server did not start: {line:?}"))
        .to_owned()
}

/// A fresh, empty temp directory for one test.
pub fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bella-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `cmd` to the end; fails the test (showing both streams) unless it succeeds,
/// and returns its stdout and stderr.
pub fn succeed(cmd: &mut Command) -> (String, String) {
    let out = cmd.output().expect("the command runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr)
}

/// Each line of `text` parsed as JSON.
pub fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("line {l:?}: {e}")))
        .collect()
}

/// Sends SIGTERM to a child (by its own pid).
pub fn sigterm(child: &Child) {
    let pid = child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status();
    assert!(sent.expect("kill runs").success());
}

/// Waits up to 10 s for `child` to exit, and fails the test unless it exits cleanly.
pub fn exits_cleanly(child: &mut Child, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            assert!(status.success(), "{status}");
            return;
        }
        assert!(Instant::now() < deadline, "server did not stop {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
