//! A new start said relative to the caller's own appointments: "right after my one on
//! Thursday", "an hour before my Thursday appointment", "the same time as last time".
//!
//! Once a call, a booking or move turn that says so has the appointments under the number
//! calling looked up (`look_up_own`), and is read again once they are in; the start
//! it names is then taken as said (`own_start`, from `booking.rs`).

use crate::engine::Dialog;
use crate::intent::{self, Intent};
use crate::io::{StoreRequest, StoreResult};
use crate::relative;
use crate::state::PendingKind;
use bella_core::{Appointment, AppointmentStatus};
use chrono::{Datelike, Duration, NaiveDateTime};

/// How a turn places a start against the caller's own appointments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OwnRef {
    /// "Right after my one on Thursday" (its end), "an hour after my 2 o'clock" (its
    /// start and the length).
    After(Option<i64>),
    /// "An hour before my Thursday one", "just before my appointment" (the length of
    /// a booking when none is said).
    Before(Option<i64>),
    /// "The same time as last time", "same time as my last appointment": the time of
    /// the latest appointment already past.
    LastTime,
}

/// Words that name an appointment after "my" ("mon", "ma"; "rendez-vous" is two words).
const APPOINTMENT_WORDS: &[&str] = &[
    "one",
    "appointment",
    "appt",
    "booking",
    "visit",
    "session",
    "rendez",
    "rdv",
    "visite",
    "séance",
];

/// Reads how a turn places a start against the caller's own appointments, if it does.
pub(crate) fn own_ref(ws: &[String]) -> Option<OwnRef> {
    if intent::has_phrase(ws, "same time")
        && intent::any_phrase(
            ws,
            &[
                "last time",
                "my last appointment",
                "my last one",
                "my last visit",
                "my last booking",
                "as before",
                "as i had before",
            ],
        )
    {
        return Some(OwnRef::LastTime);
    }
    // "à la même heure que la dernière fois", "même heure que mon dernier rendez-vous".
    if intent::any_phrase(ws, &["même heure", "meme heure"])
        && intent::any_phrase(
            ws,
            &[
                "dernière fois",
                "fois passée",
                "mon dernier rendez",
                "ma dernière visite",
                "qu'avant",
            ],
        )
    {
        return Some(OwnRef::LastTime);
    }
    let i = anchor_at(ws)?;
    let length = relative::length_before(ws, i).or_else(|| relative::length_before_fr(ws, i));
    Some(if matches!(ws[i].as_str(), "after" | "après" | "apres") {
        OwnRef::After(length)
    } else {
        OwnRef::Before(length)
    })
}

/// Where "after my ..."/"before my ..." naming an appointment starts: "after my one
/// on Thursday", "before my other appointment"; in French "après mon rendez-vous de
/// jeudi", "avant mon autre rendez-vous", "juste après celui de jeudi" ("celui"
/// with the day or hour that names it: "avant celle-là" is an offer).
fn anchor_at(ws: &[String]) -> Option<usize> {
    (0..ws.len()).find(|&i| {
        let next = ws.get(i + 1).map(String::as_str);
        let names_mine = || {
            ws[i + 2..]
                .iter()
                .take(3)
                .any(|x| APPOINTMENT_WORDS.contains(&x.as_str()))
        };
        match ws[i].as_str() {
            "after" | "before" => next == Some("my") && names_mine(),
            "après" | "apres" | "avant" => match next {
                Some("mon" | "ma") => names_mine(),
                Some("celui" | "celle") => {
                    matches!(ws.get(i + 2).map(String::as_str), Some("de" | "du"))
                }
                _ => false,
            },
            _ => false,
        }
    })
}

/// `text` up to the anchor that places a new start against another of the caller's
/// appointments ("déplacer mon rendez-vous de lundi" of "... juste après celui de
/// jeudi"): the words that name the appointment moved. All of `text` without one.
pub(crate) fn before_anchor(text: &str) -> &str {
    let Some(i) = anchor_at(&intent::words(text)) else {
        return text;
    };
    // The byte where word `i` starts, the words split as `intent::words` splits them.
    let word = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
    let quote = |c: char| c == '\'' || c == '\u{2019}';
    let mut n = 0;
    let mut start = None;
    for (b, c) in text.char_indices() {
        match (word(c), start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                if !text[s..b].trim_matches(quote).is_empty() {
                    if n == i {
                        return &text[..s];
                    }
                    n += 1;
                }
                start = None;
            }
            _ => {}
        }
    }
    match start {
        Some(s) if n == i => &text[..s],
        _ => text,
    }
}

/// The weekday that names the caller's appointment after the anchor ("right after
/// my one on Thursday", "before my Friday appointment"), if said.
fn anchor_weekday(ws: &[String]) -> Option<chrono::Weekday> {
    ws[anchor_at(ws)?..]
        .iter()
        .find_map(|w| crate::exclude::weekday(w))
}

impl Dialog {
    /// A booking or move turn placing its start against the caller's own appointments, with
    /// a number calling and none looked up yet: they are looked up, and the turn is
    /// read once they are in. Returns whether it asked.
    pub(crate) fn look_up_own(&mut self, text: &str) -> bool {
        if self.s.own_looked {
            return false;
        }
        let Some(phone) = self.s.call.caller_id.clone() else {
            return false;
        };
        let ws = intent::words(text);
        if own_ref(&ws).is_none()
            || matches!(
                self.s.intent.or_else(|| intent::detect(&ws)),
                Some(Intent::Cancel | Intent::Check)
            )
        {
            return false;
        }
        self.s.own_looked = true;
        self.request(
            PendingKind::Own {
                text: text.to_owned(),
            },
            StoreRequest::FindByPhone { phone },
        );
        true
    }

    /// The caller's appointments arrived (none on a failure): the turn that asked
    /// is read.
    pub(crate) fn on_own(&mut self, result: StoreResult, text: &str) {
        self.s.pending = None;
        self.s.own = match result {
            StoreResult::Found(list) => list
                .into_iter()
                .filter(|a| a.status == AppointmentStatus::Booked)
                .collect(),
            _ => Vec::new(),
        };
        self.on_turn(text);
    }

    /// The start a turn names against the caller's own appointments: the one on the
    /// day said (else the next to come) for "after"/"before", the latest past one's
    /// time on the day said (else the day under discussion) for "last time". `None`
    /// when the turn says no such thing or nothing on file fits.
    pub(crate) fn own_start(&mut self, text: &str, ws: &[String]) -> Option<NaiveDateTime> {
        let r = own_ref(ws)?;
        if self.s.own.is_empty() {
            return None;
        }
        let day = self
            .turn_time(text)
            .filter(|w| w.day_said)
            .and_then(|w| w.date);
        // A move's own appointment is no anchor ("move my Monday appointment to right
        // after my one on Thursday"): the weekday after the anchor names the other.
        let weekday = anchor_weekday(ws);
        let moved = self.s.target.as_ref().map(|t| t.id);
        let now = self.s.now;
        match r {
            OwnRef::LastTime => {
                let last = self
                    .s
                    .own
                    .iter()
                    .filter(|a| a.start <= now)
                    .max_by_key(|a| a.start)?;
                Some(day.or(self.s.day)?.and_time(last.local_start().time()))
            }
            OwnRef::After(length) | OwnRef::Before(length) => {
                let mine: &Appointment = self
                    .s
                    .own
                    .iter()
                    .filter(|a| a.start > now && Some(a.id) != moved)
                    .filter(|a| match weekday {
                        Some(wd) => a.local_start().weekday() == wd,
                        None => day.is_none_or(|d| a.local_start().date() == d),
                    })
                    .min_by_key(|a| a.start)?;
                let start = mine.local_start();
                let own_len = Duration::minutes(i64::from(mine.minutes));
                Some(match (r, length) {
                    (OwnRef::After(Some(m)), _) => start + Duration::minutes(m),
                    (OwnRef::After(None), _) => start + own_len,
                    (_, Some(m)) => start - Duration::minutes(m),
                    (_, None) => {
                        let service = self.s.svc.service.unwrap_or(0);
                        start
                            - Duration::minutes(i64::from(crate::resources::minutes_of(
                                &self.config,
                                service,
                            )))
                    }
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    #[test]
    fn starts_against_the_callers_own_appointments() {
        let r = |t: &str| own_ref(&words(t));
        assert_eq!(
            r("could you put me in right after my thursday appointment?"),
            Some(OwnRef::After(None))
        );
        assert_eq!(
            r("can i get another appointment an hour before my thursday one?"),
            Some(OwnRef::Before(Some(60)))
        );
        assert_eq!(
            r("hi, can i book for friday, same time as last time?"),
            Some(OwnRef::LastTime)
        );
        assert_eq!(
            r("monday, at the same time as my last appointment"),
            Some(OwnRef::LastTime)
        );
        assert_eq!(
            r("Je voudrais prendre un autre rendez-vous juste après mon rendez-vous de jeudi."),
            Some(OwnRef::After(None))
        );
        assert_eq!(
            r("Pouvez-vous me donner un rendez-vous une heure avant mon rendez-vous de vendredi?"),
            Some(OwnRef::Before(Some(60)))
        );
        assert_eq!(
            r("Je voudrais revenir mardi à la même heure que la dernière fois."),
            Some(OwnRef::LastTime)
        );
        assert_eq!(
            r("Pouvez-vous déplacer mon rendez-vous de lundi juste après celui de jeudi?"),
            Some(OwnRef::After(None))
        );
        assert_eq!(r("avez-vous quelque chose avant celle-là?"), None);
        assert_eq!(r("jeudi après-midi, avant mon dîner"), None);
        assert_eq!(r("la même personne que la dernière fois"), None);
        assert_eq!(r("anything after 3 on friday"), None);
        assert_eq!(r("before my lunch break if you can"), None);
        assert_eq!(r("the same person as last time"), None);
        let wd = |t: &str| anchor_weekday(&words(t));
        assert_eq!(
            wd("can you move my monday appointment to right after my one on thursday?"),
            Some(chrono::Weekday::Thu)
        );
        assert_eq!(wd("friday, right after my appointment"), None);
        assert_eq!(
            before_anchor(
                "Pouvez-vous déplacer mon rendez-vous de lundi juste après celui de jeudi?"
            ),
            "Pouvez-vous déplacer mon rendez-vous de lundi juste "
        );
        assert_eq!(before_anchor("jeudi à 10 h"), "jeudi à 10 h");
        assert_eq!(
            wd("déplacer mon rendez-vous de lundi juste après celui de jeudi"),
            Some(chrono::Weekday::Thu)
        );
    }
}
