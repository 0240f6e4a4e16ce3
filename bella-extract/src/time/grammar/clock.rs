//! Clock-time rules: "9:30", "930", "9 30", "9.30", "15h30", "nine thirty",
//! "fourteen hundred", "half past nine", "quarter to three", "ten to four", "noon",
//! each followed by an optional "o'clock", "a.m."/"p.m." or "in the morning".

use super::super::expr::{ClockExpr, Reading};
use super::super::scan::Lex;
use super::num::{Toks, hour_word, minute_words, small_number};

/// A clock time found at some token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClockHit {
    pub(crate) expr: ClockExpr,
    /// Index after the last token used.
    pub(crate) end: usize,
    /// True when the form itself shows it is a time (a colon, a meridiem, "half past",
    /// "o'clock"); a bare "3" or "nine thirty" needs more evidence (see the assembler).
    pub(crate) strong: bool,
    pub(crate) rule: &'static str,
}

/// Tries every clock rule at token `i`.
pub(crate) fn clock_at(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    let hit = noon(p, i)
        .or_else(|| relative(p, i))
        .or_else(|| digits(p, i))
        .or_else(|| words(p, i))
        .or_else(|| homophone(p, i))?;
    Some(suffix(p, hit))
}

fn clock(hour: u8, minute: u8, minus: u8, reading: Reading) -> ClockExpr {
    ClockExpr {
        hour,
        minute,
        minus_minutes: minus,
        reading,
    }
}

fn hit(expr: ClockExpr, end: usize, strong: bool, rule: &'static str) -> Option<ClockHit> {
    Some(ClockHit {
        expr,
        end,
        strong,
        rule,
    })
}

/// "noon", "midday", "mid day", "mid-day", "twelve noon", "12 noon", "midnight".
fn noon(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    if p.is(i, Lex::Mid) {
        let j = p.opt(i + 1, Lex::Dash);
        if p.is(j, Lex::Day) {
            return hit(
                clock(12, 0, 0, Reading::TwentyFour),
                j + 1,
                true,
                "clock/noon",
            );
        }
    }
    let j = match p.lex(i)? {
        Lex::Card(12) | Lex::Num { value: 12, .. } => i + 1,
        _ => i,
    };
    match p.lex(j)? {
        Lex::Noon => hit(
            clock(12, 0, 0, Reading::TwentyFour),
            j + 1,
            true,
            "clock/noon",
        ),
        Lex::Midnight => hit(
            clock(0, 0, 0, Reading::TwentyFour),
            j + 1,
            true,
            "clock/midnight",
        ),
        _ => None,
    }
}

/// An hour after "past"/"to": 1-12 in digits or words, or noon/midnight.
fn target_hour(p: Toks<'_>, i: usize) -> Option<(u8, usize, Reading)> {
    match p.lex(i)? {
        Lex::Noon => Some((12, i + 1, Reading::TwentyFour)),
        Lex::Midnight => Some((0, i + 1, Reading::TwentyFour)),
        Lex::Num { value, digits } if digits <= 2 && (1..=12).contains(&value) => {
            Some((value as u8, i + 1, Reading::Business))
        }
        Lex::Card(d) if (1..=12).contains(&d) => Some((d, i + 1, Reading::Business)),
        _ => None,
    }
}

/// "half past nine", "quarter to three", "ten to four", "twenty after three",
/// "five minutes past ten", "15 minutes from 1pm".
fn relative(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    // "from ten to four", "between ten to four", "sometime 10 to 12" are ranges.
    let after_from = p
        .prev_word(i)
        .is_some_and(|k| matches!(p.lex(k), Some(Lex::From | Lex::Between | Lex::Any)));
    // "half nine", "half eight" ("half past", said the British way): "half" right before
    // an hour of the day (never "an hour and a half 3", an amount).
    let after_a = p
        .prev_word(i)
        .is_some_and(|k| matches!(p.lex(k), Some(Lex::A | Lex::An)));
    if p.is(i, Lex::Half)
        && !after_a
        && let Some((hour, end, Reading::Business)) = target_hour(p, i + 1)
        && !p.lex(end).is_some_and(|l| {
            matches!(
                l,
                Lex::Minutes | Lex::Hours | Lex::Hour | Lex::Past | Lex::To
            )
        })
    {
        return hit(
            clock(hour, 30, 0, Reading::Business),
            end,
            true,
            "clock/half-hour",
        );
    }
    let mut said_minutes = false;
    let (minutes, j, named) = match p.lex(i)? {
        // "half past", "half-past", "a quarter to", "quarter-to"
        Lex::Half => (30, p.opt(i + 1, Lex::Dash), true),
        Lex::A | Lex::The if p.is(i + 1, Lex::Quarter) => (15, p.opt(i + 2, Lex::Dash), true),
        Lex::Quarter => (15, p.opt(i + 1, Lex::Dash), true),
        _ => {
            let (n, j) = small_number(p, i)?;
            let with_word = p.is(j, Lex::Minutes);
            let common = matches!(n, 5 | 10 | 15 | 20 | 25);
            if !(1..=30).contains(&n) || !(with_word || common) {
                return None;
            }
            said_minutes = with_word;
            (n as u8, if with_word { j + 1 } else { j }, false)
        }
    };
    // "ten-to-four", "twenty-past-two"
    let j = if p.is(j, Lex::Dash) && p.glued(j) {
        j + 1
    } else {
        j
    };
    let forward = match p.lex(j)? {
        Lex::Past | Lex::After => true,
        // "15 minutes from 1pm" (but "5 from 10" is no time).
        Lex::From if said_minutes => true,
        Lex::To | Lex::Before | Lex::Till => false,
        Lex::Of => false, // "quarter of three", "ten of four" (American)
        _ => return None,
    };
    // "between quarter to 10 and 11": a named quarter is no range's first number.
    if !forward && ((after_from && !named) || minutes >= 30) {
        return None;
    }
    let (hour, end, reading) = target_hour(p, p.opt(j + 1, Lex::Dash))?;
    // "30 minutes from 2 to 3": "from" opens a range, it adds nothing.
    if p.is(j, Lex::From) && matches!(p.lex(end), Some(Lex::To | Lex::Till | Lex::Dash)) {
        return None;
    }
    // "5 to 7", "10 to 12" in digits: a range when the end is later than the start
    // ("10 to 4" stays 15:50, like "ten to four").
    let digits_first = matches!(p.lex(i), Some(Lex::Num { .. }));
    let business = |h: u8| clock(h, 0, 0, Reading::Business).hour_minute();
    if !forward
        && digits_first
        && hour > minutes
        && reading == Reading::Business
        && (business(minutes) < business(hour)
            || business(minutes) < clock(hour, 0, 0, Reading::Pm).hour_minute())
    {
        return None;
    }
    // "5 to 10 minutes", "10 to 12 people": a range of amounts.
    let amount = matches!(
        p.lex(end),
        Some(
            Lex::Minutes
                | Lex::Hours
                | Lex::Hour
                | Lex::Days
                | Lex::Weeks
                | Lex::Unit
                | Lex::Months
                | Lex::Of
        )
    );
    if amount {
        return None;
    }
    let (rule, expr) = match (minutes, forward) {
        (30, true) => ("clock/half-past", clock(hour, 30, 0, reading)),
        (15, true) if named => ("clock/quarter-past", clock(hour, 15, 0, reading)),
        (15, false) if named => ("clock/quarter-to", clock(hour, 0, 15, reading)),
        (m, true) => ("clock/minutes-past", clock(hour, m, 0, reading)),
        (m, false) => ("clock/minutes-to", clock(hour, 0, m, reading)),
    };
    hit(expr, end, true, rule)
}

/// Reading of an hour written in digits: a leading zero or 13-23 is a 24-hour form.
fn digit_reading(value: u32, digits: u8) -> Reading {
    if value >= 13 || (digits >= 2 && value < 10) {
        Reading::TwentyFour
    } else {
        Reading::Business
    }
}

/// "9:30", "09:30", "9.30", "15h30", "15h", "930", "1430", "9 30", "9".
fn digits(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    let Lex::Num { value, digits } = p.lex(i)? else {
        return None;
    };
    // "T2P 1J9", "A1": digits glued to letters are a code, not a time.
    // "@2", "fri@3pm": an "@" is "at", no letter.
    let after_letters =
        i > 0 && p.glued(i) && matches!(p.lex(i - 1), Some(l) if l.is_wordlike() && l != Lex::At);
    if after_letters {
        return None;
    }
    if p.is(i + 1, Lex::OrdSuffix) && p.glued(i + 1) {
        return None;
    }
    let two_digit_minutes = |k: usize| match p.lex(k) {
        Some(Lex::Num {
            value: m,
            digits: 2,
        }) if m <= 59 => Some(m as u8),
        _ => None,
    };
    if digits <= 2 && value <= 24 {
        let h = value as u8;
        let reading = digit_reading(value, digits);
        // 9:30, 9:30:00
        if p.is(i + 1, Lex::Colon) && p.glued(i + 1) && p.glued(i + 2) {
            let m = two_digit_minutes(i + 2)?;
            let mut end = i + 3;
            if p.is(end, Lex::Colon) && p.glued(end) && two_digit_minutes(end + 1).is_some() {
                end += 2;
            }
            return hit(clock(h % 24, m, 0, reading), end, true, "clock/h:mm");
        }
        // 15h30, 15h
        if p.is(i + 1, Lex::H) && p.glued(i + 1) {
            let m = two_digit_minutes(i + 2).filter(|_| p.glued(i + 2));
            let end = if m.is_some() { i + 3 } else { i + 2 };
            let expr = clock(h % 24, m.unwrap_or(0), 0, Reading::TwentyFour);
            return hit(expr, end, true, "clock/24h-h");
        }
        // 9.30 (a price has a currency sign before it)
        if p.is(i + 1, Lex::Period) && p.glued(i + 1) && p.glued(i + 2) {
            let m = two_digit_minutes(i + 2)?;
            let priced = i > 0 && p.is(i - 1, Lex::Dollar);
            if priced || value > 23 {
                return None;
            }
            return hit(clock(h, m, 0, reading), i + 3, false, "clock/h.mm");
        }
        if value > 23 {
            return None;
        }
        // 9 30
        if let Some(m) = two_digit_minutes(i + 1)
            && !p.glued(i + 1)
        {
            return hit(clock(h, m, 0, reading), i + 2, false, "clock/h-mm-spaced");
        }
        // 3 fifteen
        if let Some((m, k)) = minute_words(p, i + 1)
            && m <= 59
        {
            return hit(clock(h, m, 0, reading), k, false, "clock/h-mm-words");
        }
        // "9a", "11a": a glued "a" is a.m. only at a bound of a range ("from 9a to
        // 11a", "9a-11a"); alone ("4a", "unit 4a") it is part of a code, not a time.
        if p.is(i + 1, Lex::A) && p.glued(i + 1) && !p.is(p.opt(i + 2, Lex::Period), Lex::M) {
            if !(1..=12).contains(&h) || !range_bound(p, i, i + 2) {
                return None;
            }
            return hit(clock(h, 0, 0, Reading::Am), i + 2, true, "clock/hour-a");
        }
        return hit(clock(h, 0, 0, reading), i + 1, false, "clock/hour");
    }
    // 930, 1430, 0930
    if digits == 3 || digits == 4 {
        let (h, m) = (value / 100, value % 100);
        if h > 23 || m > 59 {
            return None;
        }
        let reading = if digits == 4 && !(10..13).contains(&h) {
            Reading::TwentyFour
        } else {
            Reading::Business
        };
        return hit(
            clock(h as u8, m as u8, 0, reading),
            i + 1,
            false,
            "clock/hmm",
        );
    }
    None
}

/// Whether the clock said over tokens `[start, end)` is a bound of a range: "from" or
/// "between" before it, or a range word between it and another number ("9a to 11a",
/// "9a-11a").
fn range_bound(p: Toks<'_>, start: usize, end: usize) -> bool {
    let range_word = |k: usize| matches!(p.lex(k), Some(Lex::To | Lex::Till | Lex::Dash));
    let number = |k: usize| matches!(p.lex(k), Some(Lex::Num { .. }));
    let opens = p
        .prev_word(start)
        .is_some_and(|k| matches!(p.lex(k), Some(Lex::From | Lex::Between)));
    // "9a to 11a", "9 to 11a", "9a-11a", "between 9a and 11a": a range word (or
    // "and") after a number, right before.
    let ends = start.checked_sub(2).is_some_and(|k| {
        (range_word(k + 1) || p.is(k + 1, Lex::And))
            && (number(k) || (p.is(k, Lex::A) && p.glued(k)))
    });
    opens || ends || (range_word(end) && number(end + 1))
}

/// Whether "the" comes right before token `i`, hedges ("like") aside: "the like ten
/// thirty one".
pub(super) fn after_the(p: Toks<'_>, i: usize) -> bool {
    let mut k = i;
    while let Some(j) = p.prev_word(k) {
        match p.lex(j) {
            Some(Lex::Hedge) => k = j,
            Some(Lex::The) => return true,
            _ => return false,
        }
    }
    false
}

/// "nine", "nine thirty", "one forty five", "oh nine hundred", "fourteen hundred".
fn words(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    let (h, j, twenty_four) = hour_word(p, i)?;
    let reading = if twenty_four {
        Reading::TwentyFour
    } else {
        Reading::Business
    };
    if p.is(j, Lex::Hundred) {
        let reading = if h >= 13 || twenty_four {
            Reading::TwentyFour
        } else {
            reading
        };
        return hit(clock(h, 0, 0, reading), j + 1, h >= 13, "clock/hundred");
    }
    // "nine thirty", "nine-thirty"
    let j_min = if p.is(j, Lex::Dash) && p.glued(j) {
        j + 1
    } else {
        j
    };
    if let Some((m, k)) = minute_words(p, j_min)
        && m <= 59
    {
        // "the ten thirty one (I guess)": after "the", an unhyphenated "one" ending the
        // minutes is the pronoun of "the 10:30 one", not a 31st minute.
        if m > 20 && m % 10 == 1 && !p.is(k - 2, Lex::Dash) && after_the(p, i) {
            return hit(clock(h, m - 1, 0, reading), k - 1, false, "clock/words-h-m");
        }
        return hit(clock(h, m, 0, reading), k, false, "clock/words-h-m");
    }
    // "ten 15", "nine 30": the minutes in digits, as a recogniser mixes them (the
    // mirror of "3 fifteen"); "ten 15 minute slots" counts minutes.
    if let Some(Lex::Num {
        value: m,
        digits: 2,
    }) = p.lex(j_min)
        && m <= 59
        && !matches!(
            p.lex(j_min + 1),
            Some(Lex::Minutes | Lex::Hours | Lex::Hour)
        )
    {
        return hit(
            clock(h, m as u8, 0, reading),
            j_min + 1,
            false,
            "clock/words-h-digits",
        );
    }
    if h > 12 && !twenty_four {
        return None;
    }
    hit(clock(h, 0, 0, reading), j, false, "clock/words-hour")
}

/// "to thirty", "for fifteen", "ate thirty" after "at", and "to o'clock": a speech
/// recogniser's "two", "four", "eight" as the hour (business-hour reading). Without
/// minutes or "o'clock" after it, the word keeps its own meaning ("at for").
fn homophone(p: Toks<'_>, i: usize) -> Option<ClockHit> {
    let h = match p.lex(i)? {
        Lex::To | Lex::Too => 2,
        Lex::Cue => 4,
        Lex::Ate => 8,
        _ => return None,
    };
    if p.is(i + 1, Lex::OClock) {
        return hit(
            clock(h, 0, 0, Reading::Business),
            i + 1,
            false,
            "clock/homophone",
        );
    }
    if i == 0 || !p.is(i - 1, Lex::At) {
        return None;
    }
    let (m, k) = minute_words(p, i + 1)?;
    // "at for fifteen minutes", "at for twenty people": an amount, not a clock.
    if m > 59 || p.is(k, Lex::Minutes) || p.is(k, Lex::Unit) {
        return None;
    }
    hit(
        clock(h, m, 0, Reading::Business),
        k,
        false,
        "clock/homophone",
    )
}

/// "ish", "o'clock", "hours", "a.m."/"am"/"a m", "p.m.", "in the morning/afternoon/
/// evening", "at night" after a clock: each makes the clock strong; a meridiem or
/// part of day sets its reading.
fn suffix(p: Toks<'_>, mut h: ClockHit) -> ClockHit {
    let mut i = h.end;
    // "10ish", "ten-ish"
    let ish_at = if p.is(i, Lex::Dash) && p.is(i + 1, Lex::Ish) {
        i + 1
    } else {
        i
    };
    if p.is(ish_at, Lex::Ish) {
        i = ish_at + 1;
        h.strong = true;
    }
    if p.is(i, Lex::OClock) {
        i += 1;
        h.strong = true;
    } else if p.is(i, Lex::Card(0)) && p.is(i + 1, Lex::Clock) {
        i += 2;
        h.strong = true;
    } else if p.is(i, Lex::Hours) && h.expr.reading != Reading::Business
        || p.is(i, Lex::Hours) && h.rule == "clock/hmm"
    {
        h.expr.reading = Reading::TwentyFour;
        h.strong = true;
        i += 1;
    }
    let meridiem = match p.lex(i) {
        Some(Lex::Meridiem(pm)) => Some((pm, i + 1)),
        // "3p", "3p." glued to the number
        Some(Lex::P) if p.glued(i) && !p.is(p.opt(i + 1, Lex::Period), Lex::M) => {
            Some((true, p.opt(i + 1, Lex::Period)))
        }
        // "3:18a": a glued "a" after a colon time.
        Some(Lex::A)
            if p.glued(i) && h.rule == "clock/h:mm" && !p.is(p.opt(i + 1, Lex::Period), Lex::M) =>
        {
            Some((false, p.opt(i + 1, Lex::Period)))
        }
        Some(Lex::A) | Some(Lex::P) => {
            let pm = p.is(i, Lex::P);
            let j = p.opt(i + 1, Lex::Period);
            if p.is(j, Lex::M) {
                Some((pm, p.opt(j + 1, Lex::Period)))
            } else {
                None
            }
        }
        Some(Lex::In) => {
            let k = p.opt(i + 1, Lex::The);
            match p.lex(k) {
                // "3 in the AM", "3 in the p.m."
                Some(Lex::Meridiem(pm)) => Some((pm, k + 1)),
                Some(Lex::A | Lex::P) if p.is(p.opt(k + 1, Lex::Period), Lex::M) => {
                    let pm = p.is(k, Lex::P);
                    Some((pm, p.opt(p.opt(k + 1, Lex::Period) + 1, Lex::Period)))
                }
                Some(Lex::Morning) => Some((false, k + 1)),
                Some(Lex::Afternoon | Lex::Evening | Lex::Night) => Some((true, k + 1)),
                _ => None,
            }
        }
        Some(Lex::At) if p.is(i + 1, Lex::Night) => Some((true, i + 2)),
        _ => None,
    };
    if let Some((pm, end)) = meridiem {
        if h.expr.hour <= 12 {
            h.expr.reading = if pm { Reading::Pm } else { Reading::Am };
        }
        h.strong = true;
        i = end;
    }
    h.end = i;
    h
}
