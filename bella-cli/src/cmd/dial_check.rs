//! `bella dial --api-key KEY [--business FILE]`: each call's appointment, looked up
//! through the server's admin API by the id the server names in `X-Bella-Appointment`,
//! and checked against the business file the server runs: a service it sells, that
//! service's length, a resource that offers it, a start on the grid inside that
//! resource's hours that ends by closing (SPEC §3.1).

use anyhow::Context as _;
use bella_dialog::Config;
use bella_dialog::sim::ResultAppointment;
use bella_twilio_adapter::sim::PlayedCall;
use chrono::{DateTime, Days, NaiveDateTime, NaiveTime};
use serde::Deserialize;

/// An appointment as `GET /api/appointments/{id}` shows it (the fields used here).
#[derive(Debug, Deserialize)]
struct ApiAppointment {
    name: String,
    phone: String,
    /// RFC 3339 with the business zone's offset.
    start: String,
    minutes: u32,
    service: Option<String>,
    resource: Option<String>,
}

impl ApiAppointment {
    fn into_result(self) -> anyhow::Result<ResultAppointment> {
        let start = DateTime::parse_from_rfc3339(&self.start)
            .with_context(|| format!("start {:?}", self.start))?
            .naive_local();
        Ok(ResultAppointment {
            name: self.name,
            phone: self.phone,
            start: start.format("%Y-%m-%dT%H:%M").to_string(),
            service: self
                .service
                .unwrap_or_else(|| bella_dialog::DEFAULT_SERVICE.to_owned()),
            resource: self.resource,
            minutes: self.minutes,
        })
    }
}

/// Fills `appointment` of every call that changed one, from the admin API at `base`.
/// A lookup that fails makes that call an `error`.
pub(super) async fn look_up(
    client: &reqwest::Client,
    base: &str,
    key: &str,
    calls: &mut [PlayedCall],
) {
    for call in calls.iter_mut() {
        let Some(id) = call.appointment_id else {
            continue;
        };
        let url = format!("{}/api/appointments/{id}", base.trim_end_matches('/'));
        let found = async {
            let resp = client.get(&url).bearer_auth(key).send().await?;
            let status = resp.status();
            anyhow::ensure!(status.is_success(), "the admin API answered {status}");
            resp.json::<ApiAppointment>().await?.into_result()
        }
        .await;
        match found {
            Ok(a) => call.appointment = Some(a),
            Err(e) => fail(call, format!("looking up appointment {id}: {e:#}")),
        }
    }
}

/// Marks every call whose appointment breaks the business file as an `error`.
pub(super) fn check_all(cfg: &Config, calls: &mut [PlayedCall]) {
    for call in calls.iter_mut() {
        let Some(a) = &call.appointment else {
            continue;
        };
        if let Err(why) = check(cfg, a) {
            let id = call.appointment_id.unwrap_or_default();
            fail(
                call,
                format!("appointment {id} breaks the business file: {why}"),
            );
        }
    }
}

fn fail(call: &mut PlayedCall, why: String) {
    call.outcome = "error".into();
    call.error.get_or_insert(why);
}

/// Whether an appointment is one the business could have made.
pub(super) fn check(cfg: &Config, a: &ResultAppointment) -> Result<(), String> {
    let service = cfg
        .services
        .iter()
        .position(|s| s.name == a.service)
        .ok_or_else(|| format!("service {:?} is not in the file", a.service))?;
    let minutes = cfg.services[service].minutes;
    if a.minutes != minutes {
        return Err(format!(
            "{} takes {minutes} minutes, booked for {}",
            a.service, a.minutes
        ));
    }
    let resource = match (&a.resource, cfg.resources.is_empty()) {
        (None, true) => None,
        (Some(r), true) => return Err(format!("resource {r:?}, but the file lists none")),
        (None, false) => return Err("no resource, but the file lists resources".into()),
        (Some(r), false) => {
            let i = cfg
                .resources
                .iter()
                .position(|x| x.name == *r)
                .ok_or_else(|| format!("resource {r:?} is not in the file"))?;
            let offered = &cfg.services[service].resources;
            if !offered.is_empty() && !offered.contains(&i) {
                return Err(format!("{r} does not offer {}", a.service));
            }
            Some(i)
        }
    };
    let start = NaiveDateTime::parse_from_str(&a.start, "%Y-%m-%dT%H:%M")
        .map_err(|e| format!("start {:?}: {e}", a.start))?;
    let day = start.date();
    let before = day
        .checked_sub_days(Days::new(1))
        .unwrap_or(day)
        .and_time(NaiveTime::MIN);
    // The starts that resource has that day with nothing booked: hours, grid, length.
    let starts = bella_dialog::free_starts(cfg, service, resource, day, day, before, &[]);
    if starts.contains(&start) {
        Ok(())
    } else {
        let who = a.resource.as_deref().unwrap_or("the business");
        Err(format!(
            "{} at {} is not a start {who} has for it (hours, slot grid, closing)",
            a.service, a.start
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn garage() -> Config {
        let text = include_str!("../../../bella-dialog/examples/garage.toml");
        Config::from_toml_str(text).unwrap()
    }

    fn brakes(start: &str, resource: Option<&str>, minutes: u32) -> ResultAppointment {
        ResultAppointment {
            name: "Jo Roy".into(),
            phone: "+14035550142".into(),
            start: start.into(),
            service: "Brake inspection".into(),
            resource: resource.map(str::to_owned),
            minutes,
        }
    }

    #[test]
    fn appointments_are_checked_against_the_business_file() {
        let cfg = garage();
        // Thursday 2026-12-10: the garage opens 08:00-17:00.
        assert_eq!(
            check(&cfg, &brakes("2026-12-10T10:00", Some("Bay 2"), 90)),
            Ok(())
        );
        assert_eq!(
            check(&cfg, &brakes("2026-12-10T15:30", Some("Bay 2"), 90)),
            Ok(())
        );
        let bad = [
            // Runs past closing.
            brakes("2026-12-10T16:00", Some("Bay 2"), 90),
            // Off the half-hour grid.
            brakes("2026-12-10T10:10", Some("Bay 2"), 90),
            // Bay 3 is off on Saturdays.
            brakes("2026-12-12T09:00", Some("Bay 3"), 90),
            // The wrong length, an unknown bay, no bay at all.
            brakes("2026-12-10T10:00", Some("Bay 2"), 30),
            brakes("2026-12-10T10:00", Some("Bay 9"), 90),
            brakes("2026-12-10T10:00", None, 90),
        ];
        for a in bad {
            assert!(check(&cfg, &a).is_err(), "{a:?}");
        }
        let mut diag = brakes("2026-12-10T10:00", Some("Bay 1"), 120);
        diag.service = "Diagnostic".into();
        assert_eq!(
            check(&cfg, &diag),
            Err("Bay 1 does not offer Diagnostic".into())
        );
        diag.service = "Tire rotation".into();
        assert!(check(&cfg, &diag).unwrap_err().contains("not in the file"));
    }

    #[test]
    fn api_appointments_read_as_result_lines() {
        let json = r#"{"id":7,"name":"Jo Roy","phone":"+14035550142",
            "start":"2026-12-10T10:00:00-07:00","end":"2026-12-10T11:30:00-07:00",
            "minutes":90,"tz":"America/Edmonton","status":"booked",
            "service":"Brake inspection","resource":"Bay 1"}"#;
        let a: ApiAppointment = serde_json::from_str(json).unwrap();
        let a = a.into_result().unwrap();
        assert_eq!(a, brakes("2026-12-10T10:00", Some("Bay 1"), 90));
        let plain = r#"{"name":"A B","phone":"+14035550142","start":"garbage","minutes":30}"#;
        let a: ApiAppointment = serde_json::from_str(plain).unwrap();
        assert!(a.into_result().is_err());
    }
}
