//! Days and times said relative to what is under discussion, which the time
//! extractor (SPEC §2, one turn alone) cannot resolve: "what about the next day?",
//! "the day before?", "half an hour earlier", "an hour later", and the edges of a
//! day, "first thing" and "the end of the day". `booking.rs` applies them.

use crate::intent::{any_phrase, has_phrase};

/// "The next day", "the day after", "the following day": +1; "the day before",
/// "the previous day": -1. Never beside "today", "tomorrow" or "yesterday" ("the day
/// after tomorrow" is the extractor's).
pub(crate) fn day_step(ws: &[String]) -> Option<i64> {
    if ws
        .iter()
        .any(|w| matches!(w.as_str(), "today" | "tomorrow" | "yesterday"))
    {
        return None;
    }
    if any_phrase(
        ws,
        &[
            "next day",
            "day after",
            "following day",
            "the day after that",
        ],
    ) {
        Some(1)
    } else if any_phrase(ws, &["day before", "previous day", "day prior"]) {
        Some(-1)
    } else {
        None
    }
}

/// How many minutes a length said in words is: "half an hour", "a half hour", "an
/// hour", "an hour and a half", "two hours", "15 minutes", "fifteen minutes".
fn length_before(ws: &[String], end: usize) -> Option<i64> {
    let w = |k: usize| {
        end.checked_sub(k)
            .and_then(|i| ws.get(i))
            .map(String::as_str)
    };
    let number = |s: &str| -> Option<i64> {
        s.parse::<i64>().ok().or(match s {
            "a" | "an" | "one" => Some(1),
            "two" => Some(2),
            "five" => Some(5),
            "ten" => Some(10),
            "fifteen" => Some(15),
            "twenty" => Some(20),
            "thirty" => Some(30),
            "forty" => Some(40),
            _ => None,
        })
    };
    match w(1)? {
        "hour" | "hours" => match (w(3), w(2)) {
            (Some("half"), Some("an" | "a")) | (Some("a"), Some("half")) => Some(30),
            (_, Some("half")) => Some(30),
            (_, Some(n)) => number(n).filter(|n| (1..=3).contains(n)).map(|n| n * 60),
            _ => None,
        },
        "half" if w(2) == Some("a") && w(3) == Some("and") && w(4) == Some("hour") => Some(90),
        "minutes" | "mins" | "min" => {
            let n = if w(2) == Some("five") && w(3) == Some("forty") {
                45
            } else {
                number(w(2)?)?
            };
            (5..=180).contains(&n).then_some(n)
        }
        _ => None,
    }
}

/// A shift of the start under discussion: "half an hour earlier" is -30, "an hour
/// later" +60, "can we push it 15 minutes later" +15.
pub(crate) fn shift_minutes(ws: &[String]) -> Option<i64> {
    ws.iter().enumerate().find_map(|(i, w)| {
        let sign = match w.as_str() {
            "earlier" | "sooner" => -1,
            "later" => 1,
            _ => return None,
        };
        length_before(ws, i).map(|m| sign * m)
    })
}

/// Which edge of a day the caller asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Edge {
    /// "first thing", "first thing in the morning": the day's first hour.
    First,
    /// "the end of the day", "last thing", "late in the day": the day's last hour.
    Last,
}

/// "first thing Monday", "something at the end of the day on Thursday".
pub(crate) fn day_edge(ws: &[String]) -> Option<Edge> {
    if has_phrase(ws, "first thing") {
        Some(Edge::First)
    } else if any_phrase(
        ws,
        &[
            "end of the day",
            "end of day",
            "last thing",
            "late in the day",
            "last appointment of the day",
        ],
    ) {
        Some(Edge::Last)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::words;

    #[test]
    fn days_next_to_the_one_under_discussion() {
        assert_eq!(day_step(&words("hmm what about the next day?")), Some(1));
        assert_eq!(day_step(&words("the day after?")), Some(1));
        assert_eq!(day_step(&words("what about the day before?")), Some(-1));
        assert_eq!(day_step(&words("the day after tomorrow")), None);
        assert_eq!(day_step(&words("next week")), None);
    }

    #[test]
    fn shifts_of_the_start() {
        let s = |t: &str| shift_minutes(&words(t));
        assert_eq!(s("can we make that half an hour earlier?"), Some(-30));
        assert_eq!(s("a half hour later"), Some(30));
        assert_eq!(s("an hour later would be better"), Some(60));
        assert_eq!(s("push it 15 minutes later"), Some(15));
        assert_eq!(s("two hours earlier"), Some(-120));
        assert_eq!(s("anything earlier?"), None);
        assert_eq!(s("a bit later"), None);
    }

    #[test]
    fn edges_of_the_day() {
        assert_eq!(day_edge(&words("first thing monday")), Some(Edge::First));
        assert_eq!(
            day_edge(&words("something at the end of the day on thursday")),
            Some(Edge::Last)
        );
        assert_eq!(day_edge(&words("the first one")), None);
    }
}
