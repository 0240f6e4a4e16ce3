//! The schedule page (`GET /dashboard?date=YYYY-MM-DD&view=day|week`): a calendar grid.
//!
//! Day view: one column per resource (one column when the business has none), one row
//! per slot of the business's hours. Week view: one column per day, Monday first.
//! Each appointment is a link to its page and carries `data-test="appointment"` and
//! `data-id`; each free slot in the future is a link to the booking form with that
//! start (and resource) filled in. The grid is built by [`Grid::build`] (no I/O) and
//! drawn by [`render`].

use super::auth::DashboardSession;
use super::layout;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::response::Response;
use bella_core::{Appointment, AppointmentStatus, local_to_utc};
use bella_dialog::Config;
use bella_store::AppointmentQuery;
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use maud::{Markup, html};
use serde::Deserialize;

/// Query string of the schedule page.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Params {
    date: Option<String>,
    view: Option<String>,
    /// A message after an action (`cancelled`, `booked`, `moved`).
    done: Option<String>,
}

/// One column of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The header.
    pub label: String,
    /// The date its rows are on.
    pub date: NaiveDate,
    /// The resource as stored (`None`: the business, or every resource in week view).
    pub resource: Option<String>,
    /// Its index in the business's resources, for its hours.
    pub index: Option<usize>,
}

/// A cell of the grid that is not covered by an appointment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Open and free, in the future: can be booked.
    Free(DateTime<Utc>),
    /// Closed, past, or otherwise not bookable.
    Blank,
}

/// The grid: columns, row start times, appointments placed, and the other cells.
#[derive(Debug)]
pub struct Grid {
    /// Columns, left to right.
    pub columns: Vec<Column>,
    /// Local start time of each row.
    pub rows: Vec<NaiveTime>,
    /// `(column, first row, rows spanned, appointment)`.
    pub placed: Vec<(usize, usize, usize, Appointment)>,
    /// `(column, row, cell)` for every cell no appointment covers.
    pub cells: Vec<(usize, usize, Cell)>,
    /// Row length in minutes.
    pub step: u32,
}

impl Grid {
    /// Lays out `appointments` (booked ones) over `columns`, rows every slot from the
    /// earliest opening to the latest closing (widened to fit every appointment).
    pub fn build(
        cfg: &Config,
        columns: Vec<Column>,
        appointments: &[Appointment],
        now: DateTime<Utc>,
    ) -> Self {
        let tz = cfg.tz();
        let step = cfg.hours.slot_minutes.clamp(5, 240);
        let stepd = Duration::minutes(i64::from(step));
        let col_of = |a: &Appointment| -> Option<usize> {
            let date = a.start.with_timezone(&tz).date_naive();
            let on_date = |c: &Column| c.date == date;
            columns
                .iter()
                .position(|c| on_date(c) && c.resource.is_some() && c.resource == a.resource)
                .or_else(|| columns.iter().position(on_date))
        };
        // The hours shown: every span of every column, and every appointment.
        let mut first: Option<NaiveTime> = None;
        let mut last: Option<NaiveTime> = None;
        let mut widen = |open: NaiveTime, close: NaiveTime| {
            first = Some(first.map_or(open, |f| f.min(open)));
            last = Some(last.map_or(close, |l| l.max(close)));
        };
        for c in &columns {
            for s in bella_dialog::resource_spans_on(cfg, c.index, c.date) {
                widen(s.open, s.close);
            }
        }
        let booked: Vec<&Appointment> = appointments
            .iter()
            .filter(|a| a.status == AppointmentStatus::Booked && col_of(a).is_some())
            .collect();
        for a in &booked {
            let s = a.start.with_timezone(&tz).time();
            let e = a.end().with_timezone(&tz).time();
            widen(
                s,
                if e <= s {
                    NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(s)
                } else {
                    e
                },
            );
        }
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap_or(NaiveTime::MIN);
        let five = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or(NaiveTime::MIN);
        let (first, last) = (first.unwrap_or(nine), last.unwrap_or(five));
        let mut rows = Vec::new();
        let mut t = first;
        while t < last && rows.len() < 24 * 60 / step as usize {
            rows.push(t);
            let (next, wrapped) = t.overflowing_add_signed(stepd);
            if wrapped != 0 {
                break;
            }
            t = next;
        }
        let row_of = |time: NaiveTime| -> usize {
            let mins = (time - first).num_minutes().max(0);
            usize::try_from(mins / i64::from(step))
                .unwrap_or(0)
                .min(rows.len().saturating_sub(1))
        };
        let mut covered = vec![vec![false; rows.len()]; columns.len()];
        let mut placed = Vec::new();
        for a in booked {
            let Some(c) = col_of(a) else { continue };
            let r = row_of(a.start.with_timezone(&tz).time());
            let span = (a.minutes.div_ceil(step) as usize).clamp(1, rows.len() - r);
            for row in covered[c].iter_mut().skip(r).take(span) {
                *row = true;
            }
            placed.push((c, r, span, a.clone()));
        }
        let mut cells = Vec::new();
        for (ci, c) in columns.iter().enumerate() {
            let spans = bella_dialog::resource_spans_on(cfg, c.index, c.date);
            for (ri, t) in rows.iter().enumerate() {
                if covered[ci][ri] {
                    continue;
                }
                let end = *t + stepd;
                let open = spans
                    .iter()
                    .any(|s| s.open <= *t && end <= s.close && *t < end);
                let start = local_to_utc(tz, c.date.and_time(*t));
                let cell = if open && start > now {
                    Cell::Free(start)
                } else {
                    Cell::Blank
                };
                cells.push((ci, ri, cell));
            }
        }
        Self {
            columns,
            rows,
            placed,
            cells,
            step,
        }
    }
}

/// The columns of a day or a week.
pub fn columns(cfg: &Config, date: NaiveDate, week: bool) -> Vec<Column> {
    if week {
        let monday = date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
        return (0..7)
            .map(|d| monday + Duration::days(d))
            .map(|d| Column {
                label: d.format("%a %-d %b").to_string(),
                date: d,
                resource: None,
                index: None,
            })
            .collect();
    }
    if cfg.resources.is_empty() {
        return vec![Column {
            label: cfg.business_name.clone(),
            date,
            resource: None,
            index: None,
        }];
    }
    cfg.resources
        .iter()
        .enumerate()
        .map(|(i, r)| Column {
            label: r.name.clone(),
            date,
            resource: Some(r.name.clone()),
            index: Some(i),
        })
        .collect()
}

fn parse_date(raw: Option<&str>, today: NaiveDate) -> NaiveDate {
    raw.and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
        .unwrap_or(today)
}

/// `GET /dashboard`.
pub(crate) async fn page(
    State(state): State<AppState>,
    session: DashboardSession,
    params: Result<Query<Params>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let p = params.map(|q| q.0).unwrap_or_default();
    let cfg = state.config.dialog.clone();
    let tz: Tz = cfg.tz();
    let now = state.clock.now();
    let today = now.with_timezone(&tz).date_naive();
    let date = parse_date(p.date.as_deref(), today);
    let week = p.view.as_deref() == Some("week");
    let cols = columns(&cfg, date, week);
    let (Some(from_day), Some(to_day)) =
        (cols.first().map(|c| c.date), cols.last().map(|c| c.date))
    else {
        return layout::message(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "Error",
            "no columns",
        );
    };
    let from = local_to_utc(tz, from_day.and_time(NaiveTime::MIN));
    let to = local_to_utc(tz, (to_day + Duration::days(1)).and_time(NaiveTime::MIN));
    let query = AppointmentQuery {
        from: Some(from),
        to: Some(to),
        status: Some(AppointmentStatus::Booked),
        limit: bella_store::MAX_LIMIT,
        ..AppointmentQuery::default()
    };
    let found = match state.appointments.list(&query).await {
        Ok(v) => v,
        Err(e) => return layout::unavailable("schedule", &e),
    };
    let grid = Grid::build(&cfg, cols, &found, now);
    let flash = match p.done.as_deref() {
        Some("cancelled") => Some(Ok("Appointment cancelled.")),
        Some("booked") => Some(Ok("Appointment booked.")),
        Some("moved") => Some(Ok("Appointment moved.")),
        _ => None,
    };
    let title = if week {
        format!("Week of {}", from_day.format("%-d %B %Y"))
    } else {
        date.format("%A %-d %B %Y").to_string()
    };
    let body = html! {
        (toolbar(date, today, week, &title))
        (render(&grid, tz, found.len()))
    };
    layout::page(&title, "/dashboard", &session, flash, body)
}

fn toolbar(date: NaiveDate, today: NaiveDate, week: bool, title: &str) -> Markup {
    let (view, days) = if week { ("week", 7) } else { ("day", 1) };
    let link = |d: NaiveDate, v: &str| format!("/dashboard?date={d}&view={v}");
    html! {
        div.toolbar {
            h1 { (title) }
            nav aria-label="Dates" {
                a href=(link(date - Duration::days(days), view)) rel="prev" { "← Previous" }
                a href=(link(today, view)) { "Today" }
                a href=(link(date + Duration::days(days), view)) rel="next" { "Next →" }
                @if week {
                    a href=(link(date, "day")) { "Day" }
                    span aria-current="true" { "Week" }
                } @else {
                    span aria-current="true" { "Day" }
                    a href=(link(date, "week")) { "Week" }
                }
            }
            form method="get" action="/dashboard" {
                label for="date" { "Go to" }
                input #date type="date" name="date" value=(date.to_string());
                input type="hidden" name="view" value=(view);
                button type="submit" { "Show" }
            }
        }
    }
}

/// Draws the grid (a CSS grid: row 1 headers, column 1 times).
pub fn render(grid: &Grid, tz: Tz, count: usize) -> Markup {
    let cols = grid.columns.len();
    let place = |row: usize, span: usize, col: usize| {
        format!("grid-row:{} / span {span};grid-column:{}", row + 2, col + 2)
    };
    html! {
        p.summary { (count) " booked" }
        div.grid role="region" aria-label="Schedule"
            style=(format!("--cols:{cols}")) data-test="grid" {
            @for (ri, t) in grid.rows.iter().enumerate() {
                div.time style=(format!("grid-row:{};grid-column:1", ri + 2)) { (t.format("%H:%M")) }
            }
            // Column by column, each in time order: on a phone the grid is a list in
            // this order, and it is the keyboard's tab order.
            @for (ci, c) in grid.columns.iter().enumerate() {
                h2.colhead style=(format!("grid-row:1;grid-column:{}", ci + 2)) { (c.label) }
                @for item in column_items(grid, ci) {
                    @match item {
                        Item::Cell(ri, Cell::Free(start)) => {
                            @let local = start.with_timezone(&tz);
                            @let href = match &c.resource {
                                Some(r) => format!("/dashboard/book?start={}&resource={}", local.format("%Y-%m-%dT%H:%M"), urlencode(r)),
                                None => format!("/dashboard/book?start={}", local.format("%Y-%m-%dT%H:%M")),
                            };
                            a.slot href=(href) style=(place(ri, 1, ci)) data-test="free-slot"
                                aria-label=(format!("Book {} {}", local.format("%a %-d %b %H:%M"), c.resource.as_deref().unwrap_or(""))) {
                                span.plus aria-hidden="true" { "+" }
                                span.when { (local.format("%H:%M")) }
                            }
                        }
                        Item::Cell(ri, Cell::Blank) => div.blank style=(place(ri, 1, ci)) {},
                        Item::Appointment(ri, span, a) => {
                            @let start = a.start.with_timezone(&tz);
                            a.appt href=(format!("/dashboard/appointments/{}", a.id.0))
                                style=(place(ri, span, ci))
                                data-test="appointment" data-id=(a.id.0) {
                                strong { (start.format("%H:%M")) "–" (a.end().with_timezone(&tz).format("%H:%M")) }
                                " " span.who { (a.name.as_str()) }
                                @if let Some(s) = &a.service { " · " span.svc { (s) } }
                                @if let Some(r) = a.resource.as_ref().filter(|_| c.resource.is_none()) {
                                    " · " span.res { (r) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What fills a place in a column.
enum Item<'a> {
    /// A cell no appointment covers, at a row.
    Cell(usize, &'a Cell),
    /// An appointment at a row, spanning rows.
    Appointment(usize, usize, &'a Appointment),
}

/// A column's cells and appointments in time order.
fn column_items(grid: &Grid, col: usize) -> Vec<Item<'_>> {
    let mut items: Vec<Item<'_>> = grid
        .cells
        .iter()
        .filter(|(c, _, _)| *c == col)
        .map(|(_, r, cell)| Item::Cell(*r, cell))
        .chain(
            grid.placed
                .iter()
                .filter(|(c, ..)| *c == col)
                .map(|(_, r, span, a)| Item::Appointment(*r, *span, a)),
        )
        .collect();
    items.sort_by_key(|i| match i {
        Item::Cell(r, _) | Item::Appointment(r, ..) => *r,
    });
    items
}

/// Percent-encodes a query value.
pub(crate) fn urlencode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bella_core::{AppointmentId, PersonName, PhoneNumber};

    fn appt(id: i64, local: &str, minutes: u32, cfg: &Config) -> Appointment {
        let start = chrono::NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap();
        Appointment {
            id: AppointmentId(id),
            name: PersonName::new("Ada Lovelace").unwrap(),
            phone: PhoneNumber::from_e164("+14035550142").unwrap(),
            start: local_to_utc(cfg.tz(), start),
            minutes,
            tz: cfg.tz(),
            status: AppointmentStatus::Booked,
            service: None,
            resource: None,
        }
    }

    #[test]
    fn a_day_has_a_row_per_slot_and_appointments_cover_their_rows() {
        let cfg = Config::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 17).unwrap();
        let now = local_to_utc(cfg.tz(), day.and_hms_opt(10, 15, 0).unwrap());
        let cols = columns(&cfg, day, false);
        let a = appt(7, "2026-11-17 14:00", 60, &cfg);
        let grid = Grid::build(&cfg, cols, &[a], now);
        assert_eq!(grid.rows.len(), 16, "09:00-17:00 in 30-minute rows");
        assert_eq!(grid.placed.len(), 1);
        let (c, r, span, _) = &grid.placed[0];
        assert_eq!((*c, *r, *span), (0, 10, 2));
        // 16 rows minus the 2 the appointment covers.
        assert_eq!(grid.cells.len(), 14);
        let free = grid
            .cells
            .iter()
            .filter(|(_, _, c)| matches!(c, Cell::Free(_)))
            .count();
        // Past rows (09:00-10:00, and 10:00 which started before 10:15) are blank.
        assert_eq!(free, 14 - 3);
    }

    #[test]
    fn a_week_has_seven_columns_and_closed_days_have_no_free_slots() {
        let cfg = Config::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
        let now = local_to_utc(cfg.tz(), day.and_hms_opt(0, 0, 0).unwrap()) - Duration::days(30);
        let cols = columns(&cfg, day, true);
        assert_eq!(cols.len(), 7);
        assert_eq!(cols[0].date.weekday(), chrono::Weekday::Mon);
        let grid = Grid::build(&cfg, cols, &[appt(1, "2026-11-21 10:00", 30, &cfg)], now);
        // Saturday is closed, but its appointment is still shown.
        assert_eq!(grid.placed[0].0, 5);
        let sat_free = grid
            .cells
            .iter()
            .filter(|(c, _, cell)| *c == 5 && matches!(cell, Cell::Free(_)))
            .count();
        assert_eq!(sat_free, 0);
        let html = render(&grid, cfg.tz(), 1).into_string();
        assert_eq!(html.matches(r#"data-test="appointment""#).count(), 1);
        assert!(html.contains(r#"data-id="1""#));
    }

    #[test]
    fn a_day_has_a_column_per_resource_with_its_own_hours() {
        let cfg = Config::from_toml_str(include_str!("../../../bella-dialog/examples/clinic.toml"))
            .unwrap();
        // Wednesday: Dr. Singh 09:00-12:00 and 13:00-17:00, Luc Gagnon off.
        let day = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
        let now = local_to_utc(cfg.tz(), day.and_hms_opt(0, 0, 0).unwrap());
        let cols = columns(&cfg, day, false);
        let names: Vec<_> = cols.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(names, ["Dr. Amara Singh", "Luc Gagnon"]);
        let mut a = appt(3, "2026-11-18 10:00", 60, &cfg);
        a.resource = Some("Dr. Amara Singh".into());
        let grid = Grid::build(&cfg, cols, &[a], now);
        let (c, r, span, _) = &grid.placed[0];
        assert_eq!((*c, *r, *span), (0, 2, 2));
        let free = |col: usize| {
            grid.cells
                .iter()
                .filter(|(c, _, cell)| *c == col && matches!(cell, Cell::Free(_)))
                .count()
        };
        // 16 rows, minus 2 booked and 2 at lunch; Luc Gagnon has none.
        assert_eq!((free(0), free(1)), (12, 0));
        let html = render(&grid, cfg.tz(), 1).into_string();
        assert!(html.contains("resource=Dr.+Amara+Singh"), "{html}");
    }
}
