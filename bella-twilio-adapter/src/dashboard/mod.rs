//! The operations dashboard at `/dashboard`: server-rendered HTML (maud) with a small
//! embedded stylesheet and script, no Node build. See `docs/dashboard.md`.
//!
//! | route | guard | page |
//! |---|---|---|
//! | `GET`, `POST /dashboard/login` | public (CSRF double submit, rate limit) | sign-in ([`auth`]) |
//! | `GET /dashboard/assets/{file}` | public | `app.css`, `app.js` ([`layout`]) |
//! | `POST /dashboard/logout` | session + CSRF | sign out |
//! | `GET /dashboard` | session | the schedule grid, day or week ([`schedule`]) |
//! | `GET /dashboard/book`, `POST /dashboard/appointments` | session (+ CSRF) | book ([`appointment`]) |
//! | `GET /dashboard/appointments/{id}`, `POST .../cancel`, `.../move`, `.../note` | session (+ CSRF) | one appointment |
//! | `GET /dashboard/calls`, `/dashboard/calls/live`, `/dashboard/calls/{sid}` | session | calls in progress, recent, a transcript ([`calls`]) |
//! | `GET /dashboard/insights` | session | charts ([`insights`]) |
//! | `GET /dashboard/system` | session | health ([`system`]) |
//!
//! Every page opens with [`auth::DashboardSession`] (also a route layer through
//! [`crate::Guard::DashboardSession`]); every form post is a [`auth::CsrfForm`].

pub mod appointment;
pub mod auth;
pub mod calls;
pub mod charts;
pub mod insights;
pub mod layout;
pub mod schedule;
pub mod system;

use crate::app::{Guard, Routes};
use axum::routing::{get, post};

/// What the dashboard keeps in the process.
#[derive(Debug, Default)]
pub struct Shared {
    /// Failed sign-ins per client address.
    pub limiter: crate::manage::SignInLimiter,
}

/// Adds the dashboard's routes.
pub(crate) fn routes(r: Routes) -> Routes {
    let s = Guard::DashboardSession;
    r.route(
        "/dashboard/login",
        Guard::Public,
        get(auth::login_page).post(auth::login),
    )
    .route(
        "/dashboard/assets/{file}",
        Guard::Public,
        get(layout::asset),
    )
    .route("/dashboard/logout", s, post(auth::logout))
    .route("/dashboard", s, get(schedule::page))
    .route("/dashboard/book", s, get(appointment::book_form))
    .route("/dashboard/appointments", s, post(appointment::book))
    .route("/dashboard/appointments/{id}", s, get(appointment::show))
    .route(
        "/dashboard/appointments/{id}/{change}",
        s,
        post(appointment::change),
    )
    .route("/dashboard/calls", s, get(calls::page))
    .route("/dashboard/calls/live", s, get(calls::live))
    .route("/dashboard/calls/{sid}", s, get(calls::transcript))
    .route("/dashboard/insights", s, get(insights::page))
    .route("/dashboard/system", s, get(system::page))
}
