//! The page shell every dashboard page shares: head, navigation, sign-out, security
//! headers, and the embedded stylesheet and script.

use super::auth::{CSRF_FIELD, DashboardSession};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{DOCTYPE, Markup, html};

/// The stylesheet, served at `/dashboard/assets/app.css`.
pub const CSS: &str = include_str!("assets/app.css");
/// The script, served at `/dashboard/assets/app.js`.
pub const JS: &str = include_str!("assets/app.js");

/// The pages in the navigation: (path, label).
const NAV: [(&str, &str); 4] = [
    ("/dashboard", "Schedule"),
    ("/dashboard/calls", "Calls"),
    ("/dashboard/insights", "Insights"),
    ("/dashboard/system", "System"),
];

/// Scripts and styles from this server only; no framing; forms post here only.
const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " · Bella" }
            link rel="stylesheet" href="/dashboard/assets/app.css";
            script src="/dashboard/assets/app.js" defer {}
        }
    }
}

/// The hidden CSRF field of a session's forms.
pub fn csrf(session: &DashboardSession) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(session.csrf); }
}

/// A page with its navigation (`active` is the nav path shown as current) and an
/// optional flash message (`Ok` shown as a notice, `Err` as an error).
pub fn page(
    title: &str,
    active: &str,
    session: &DashboardSession,
    flash: Option<Result<&str, &str>>,
    body: Markup,
) -> Response {
    let doc = html! {
        (DOCTYPE)
        html lang="en" {
            (head(title))
            body {
                a.skip href="#main" { "Skip to content" }
                header.top {
                    nav aria-label="Dashboard" {
                        span.brand { "Bella" }
                        @for (path, label) in NAV {
                            @if path == active {
                                a href=(path) aria-current="page" { (label) }
                            } @else {
                                a href=(path) { (label) }
                            }
                        }
                    }
                    form.signout method="post" action="/dashboard/logout" {
                        (csrf(session))
                        button type="submit" data-test="signout" { "Sign out" }
                    }
                }
                main #main tabindex="-1" {
                    @match flash {
                        Some(Ok(m)) => p.notice role="status" data-test="notice" { (m) },
                        Some(Err(m)) => p.error role="alert" data-test="error" { (m) },
                        None => {},
                    }
                    (body)
                }
            }
        }
    };
    secure((StatusCode::OK, doc).into_response())
}

/// A page without navigation (sign-in).
pub fn bare(title: &str, body: Markup) -> Response {
    let doc = html! {
        (DOCTYPE)
        html lang="en" { (head(title)) body { (body) } }
    };
    secure(doc.into_response())
}

/// A short page that says why a request was refused.
pub fn message(status: StatusCode, title: &str, text: &str) -> Response {
    let mut resp = bare(
        title,
        html! {
            main.login {
                h1 { (title) }
                p.error role="alert" data-test="refused" { (text) }
                p { a href="/dashboard" { "Back to the dashboard" } }
            }
        },
    );
    *resp.status_mut() = status;
    resp
}

/// The page for a store that does not answer (the error is logged, not shown).
pub fn unavailable(what: &str, error: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %error, page = what, "dashboard: store failed");
    message(
        StatusCode::SERVICE_UNAVAILABLE,
        "Unavailable",
        "The database does not answer. Try again in a moment.",
    )
}

/// Adds the security headers every dashboard page carries.
pub fn secure(mut resp: Response) -> Response {
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    resp
}

/// `GET /dashboard/assets/{file}`: the stylesheet and the script (public, cached).
pub(crate) async fn asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, kind) = match file.as_str() {
        "app.css" => (CSS, "text/css; charset=utf-8"),
        "app.js" => (JS, "text/javascript; charset=utf-8"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, "public, max-age=3600"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}
