//! The dashboard in a real browser: Debian's `chromium` driven by `chromedriver` over
//! WebDriver (fantoccini), against the whole app served on a local socket.
//!
//! Sign in (a wrong key cannot), see the appointment a signed Gather call booked,
//! cancel it in the page (the API shows it cancelled, the grid no longer shows it),
//! book one from an empty slot and be refused a second booking of that slot, have a
//! form posted without its CSRF token refused, sign out and be refused without the
//! cookie.
//!
//! Needs `chromedriver` (package `chromium-driver`, installed by `scripts/services-up`)
//! on the `PATH` or in `BELLA_CHROMEDRIVER`; prints SKIPPED without it, and fails with
//! `BELLA_TEST_REQUIRE_SERVICES=1`. With `BELLA_DASHBOARD_SHOTS=<dir>` it also saves a
//! screenshot of each page there and prints each page's weight and time to first paint.

mod common;

use axum::http::StatusCode;
use common::*;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// `chromedriver`, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn find_driver() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BELLA_CHROMEDRIVER") {
        return Some(PathBuf::from(p));
    }
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("chromedriver"))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts chromedriver, or says why not (SKIPPED, or a failure when services are required).
async fn start_driver() -> Option<Driver> {
    let required = std::env::var("BELLA_TEST_REQUIRE_SERVICES").as_deref() == Ok("1");
    let Some(path) = find_driver() else {
        assert!(
            !required,
            "chromedriver is not installed but BELLA_TEST_REQUIRE_SERVICES=1 (run scripts/services-up)"
        );
        eprintln!("SKIPPED: browser: install chromium and chromium-driver (scripts/services-up)");
        return None;
    };
    let port = free_port();
    let child = Command::new(&path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {}: {e}", path.display()));
    let driver = Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    for _ in 0..100 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Some(driver);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not listen on port {port}");
}

async fn browser(driver: &Driver) -> Client {
    let mut args = vec![
        "--headless=new",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
    ];
    // Chromium refuses to run as root with its sandbox on (CI runs as root).
    if is_root() {
        args.push("--no-sandbox");
    }
    let mut opts = serde_json::json!({ "args": args });
    if std::path::Path::new("/usr/bin/chromium").is_file() {
        opts["binary"] = "/usr/bin/chromium".into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), opts);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a chromium session")
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// Serves the router on a local socket (with the client address, as `bella serve`).
async fn serve(router: axum::Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    addr
}

async fn path_of(c: &Client) -> String {
    let url = c.current_url().await.unwrap();
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

/// Waits (up to 5 s) for the browser to arrive at `want` (path and query).
async fn arrive(c: &Client, want: &str) {
    for _ in 0..50 {
        if path_of(c).await == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(path_of(c).await, want);
}

async fn text(c: &Client, css: &str) -> String {
    let found = c
        .wait()
        .at_most(Duration::from_secs(5))
        .for_element(Locator::Css(css))
        .await;
    match found {
        Ok(e) => e.text().await.unwrap(),
        Err(e) => panic!(
            "{css} on {}: {e}\n{}",
            path_of(c).await,
            c.source().await.unwrap()
        ),
    }
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .unwrap();
}

async fn fill(c: &Client, css: &str, value: &str) {
    let field = c.find(Locator::Css(css)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

async fn sign_in(c: &Client, key: &str) {
    fill(c, "input[name=key]", key).await;
    click(c, "form button[type=submit]").await;
}

async fn api_status(router: &axum::Router, id: i64) -> String {
    let (status, body) = send(router, get_with_key(&format!("/api/appointments/{id}"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["status"].as_str().unwrap().to_owned()
}

async fn ids_shown(c: &Client) -> Vec<i64> {
    let mut ids = Vec::new();
    for e in c
        .find_all(Locator::Css(r#"[data-test="appointment"]"#))
        .await
        .unwrap()
    {
        ids.push(e.attr("data-id").await.unwrap().unwrap().parse().unwrap());
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_in_a_browser() {
    let Some(driver) = start_driver().await else {
        return;
    };
    let router = app_of(sqlite_state(&temp_db("browser")).await);
    let base = format!("http://{}", serve(router.clone()).await);
    // A signed Gather call books Thursday 26 November at 9:30.
    let played = play_call(&router, &booking_case(), "CAbrowser1").await;
    assert_eq!(played.outcome, "booked", "{played:#?}");
    let (_, list) = send(&router, get_with_key("/api/appointments?date=2026-11-26")).await;
    let list: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let called = list[0]["id"].as_i64().unwrap();

    let c = browser(&driver).await;
    // Not signed in: the dashboard sends the browser to the sign-in form.
    c.goto(&format!("{base}/dashboard")).await.unwrap();
    arrive(&c, "/dashboard/login").await;
    // A wrong key cannot sign in.
    sign_in(&c, "not-the-key").await;
    assert!(
        text(&c, r#"[data-test="login-error"]"#)
            .await
            .contains("Wrong key")
    );
    arrive(&c, "/dashboard/login").await;
    sign_in(&c, API_KEY).await;
    arrive(&c, "/dashboard").await;

    // The call's appointment is in the grid; open it and cancel it.
    c.goto(&format!("{base}/dashboard?date=2026-11-26"))
        .await
        .unwrap();
    assert_eq!(ids_shown(&c).await, vec![called]);
    click(
        &c,
        &format!(r#"[data-test="appointment"][data-id="{called}"]"#),
    )
    .await;
    arrive(&c, &format!("/dashboard/appointments/{called}")).await;
    click(&c, r#"[data-test="cancel"]"#).await;
    assert!(
        text(&c, r#"[data-test="notice"]"#)
            .await
            .contains("cancelled")
    );
    assert_eq!(api_status(&router, called).await, "cancelled");
    assert_eq!(
        ids_shown(&c).await,
        Vec::<i64>::new(),
        "the grid still shows it"
    );

    // Book 11:00 from its empty slot.
    click(&c, r#"a[data-test="free-slot"][href*="2026-11-26T11:00"]"#).await;
    fill(&c, "#name", "Grace Hopper").await;
    fill(&c, "#phone", "403 555 0199").await;
    click(&c, r#"[data-test="book"]"#).await;
    assert!(text(&c, r#"[data-test="notice"]"#).await.contains("booked"));
    let booked = ids_shown(&c).await;
    assert_eq!(booked.len(), 1);
    assert_eq!(api_status(&router, booked[0]).await, "booked");
    // A second booking of that slot is refused, and says why.
    c.goto(&format!("{base}/dashboard/book?start=2026-11-26T11:00"))
        .await
        .unwrap();
    fill(&c, "#name", "Alan Turing").await;
    // This one with the keyboard alone: Enter in the last field submits the form.
    fill(
        &c,
        "#phone",
        &format!("403 555 0123{}", char::from(Key::Enter)),
    )
    .await;
    let refused = text(&c, r#"[data-test="error"]"#).await;
    assert!(refused.contains("already booked"), "{refused}");

    // A form posted without its CSRF token is refused and changes nothing.
    c.goto(&format!("{base}/dashboard/appointments/{}", booked[0]))
        .await
        .unwrap();
    c.execute(
        r#"const f = document.querySelector('form[action$="/cancel"]');
           f.querySelector('input[name=csrf]').remove(); f.submit();"#,
        vec![],
    )
    .await
    .unwrap();
    assert!(text(&c, r#"[data-test="refused"]"#).await.contains("CSRF"));
    assert_eq!(api_status(&router, booked[0]).await, "booked");

    // The calls page updates by itself: a call that starts while it is open appears
    // (polled every 2 s) with the step it is at, and leaves when it ends.
    c.goto(&format!("{base}/dashboard/calls")).await.unwrap();
    assert!(
        text(&c, r#"[data-test="no-live"]"#)
            .await
            .contains("No call")
    );
    assert_eq!(
        start_call_from(&router, "CAlive", "+14035550177").await,
        StatusCode::OK
    );
    assert_eq!(text(&c, r#"[data-test="step"]"#).await, "intent");
    assert!(call_completed(&router, "CAlive").await.is_success());
    assert!(
        text(&c, r#"[data-test="no-live"]"#)
            .await
            .contains("No call")
    );

    if let Some(dir) = std::env::var_os("BELLA_DASHBOARD_SHOTS") {
        shots(&c, &base, &router, PathBuf::from(dir), booked[0]).await;
    }

    // Signing out ends the session; without the cookie every page is refused.
    c.goto(&format!("{base}/dashboard")).await.unwrap();
    click(&c, r#"[data-test="signout"]"#).await;
    arrive(&c, "/dashboard/login").await;
    c.goto(&format!("{base}/dashboard/calls")).await.unwrap();
    arrive(&c, "/dashboard/login").await;
    c.close().await.unwrap();
}

/// Saves a screenshot of each page into `dir` and prints weight and first paint.
async fn shots(c: &Client, base: &str, router: &axum::Router, dir: PathBuf, id: i64) {
    std::fs::create_dir_all(&dir).unwrap();
    // A few more calls, so the pages have something to show.
    for n in 2..5 {
        let _ = play_call(router, &booking_case(), &format!("CAshot{n}")).await;
    }
    // And one still in progress, listening for the caller's intent.
    assert_eq!(
        start_call_from(router, "CAshotlive", "+14035550111").await,
        StatusCode::OK
    );
    let pages = [
        ("schedule-day", "/dashboard?date=2026-11-26".to_owned()),
        (
            "schedule-week",
            "/dashboard?date=2026-11-26&view=week".to_owned(),
        ),
        ("appointment", format!("/dashboard/appointments/{id}")),
        ("book", "/dashboard/book?start=2026-11-26T14:00".to_owned()),
        ("calls", "/dashboard/calls".to_owned()),
        ("transcript", "/dashboard/calls/CAbrowser1".to_owned()),
        ("insights", "/dashboard/insights".to_owned()),
        ("system", "/dashboard/system".to_owned()),
    ];
    println!("| page | HTML bytes | CSS+JS bytes | first paint (ms) |");
    for (name, path) in pages {
        c.goto(&format!("{base}{path}")).await.unwrap();
        let m = c
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                   const report = (fcp) => {
                     const n = performance.getEntriesByType('navigation')[0];
                     const r = performance.getEntriesByType('resource')
                       .reduce((s, e) => s + e.encodedBodySize, 0);
                     done([n.encodedBodySize, r, fcp]);
                   };
                   new PerformanceObserver((list) => {
                     const p = list.getEntries().find(e => e.name === 'first-contentful-paint');
                     if (p) report(p.startTime);
                   }).observe({ type: 'paint', buffered: true });
                   setTimeout(() => report(-1), 3000);"#,
                vec![],
            )
            .await
            .unwrap();
        println!(
            "| {name} | {} | {} | {:.0} |",
            m[0],
            m[1],
            m[2].as_f64().unwrap_or(-1.0)
        );
        std::fs::write(
            dir.join(format!("{name}.png")),
            c.screenshot().await.unwrap(),
        )
        .unwrap();
    }
    c.set_window_size(390, 844).await.unwrap();
    c.goto(&format!("{base}/dashboard?date=2026-11-26"))
        .await
        .unwrap();
    std::fs::write(
        dir.join("schedule-phone.png"),
        c.screenshot().await.unwrap(),
    )
    .unwrap();
    c.set_window_size(1280, 1000).await.unwrap();
}
