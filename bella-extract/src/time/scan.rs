//! The time grammar's view of a turn: the shared [`crate::lexer`] tokens, each
//! classified once into a [`Lex`] (number, month, weekday, cue word ...).
//!
//! Classification lowercases each word into a stack buffer and matches it against a
//! fixed word list, so scanning a turn allocates one `Vec` and nothing per token.

use crate::Span;
use crate::lexer::{self, NumberWord, Token, TokenKind};
use crate::wordset::WordMap;
use chrono::Weekday;

/// What a token means to the time grammar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A digit run: its value (saturated) and how many digits were written.
    Num {
        value: u32,
        digits: u8,
    },
    /// zero ... nineteen ("oh" and "o" are 0).
    Card(u8),
    /// twenty, thirty, forty, fifty (value).
    Tens(u8),
    Hundred,
    /// "double", "triple": only ever part of a spoken phone number here.
    Repeat,
    /// first ... thirty-first written as one word ("third", "twentieth").
    Ord(u8),
    /// "st", "nd", "rd", "th" glued after digits.
    OrdSuffix,
    /// A month name or abbreviation, 1-12 (May and March are also words: see grammar).
    Month(u8),
    Weekday(Weekday),
    /// An abbreviation that is also an English word: "sat", "sun", "wed".
    WeekdayWord(Weekday),
    Today,
    Tonight,
    Tomorrow,
    Day,
    Days,
    Week,
    Weeks,
    MonthWord,
    /// "months": a counted noun ("3 months") like [`Lex::Unit`], and the unit of
    /// "three months hence".
    Months,
    Fortnight,
    Hour,
    Minutes,
    Next,
    This,
    Coming,
    Following,
    Last,
    After,
    Before,
    From,
    Now,
    In,
    Of,
    The,
    On,
    At,
    /// "for": a word that announces a time.
    Cue,
    /// around, about, approximately, roughly, say, maybe, like: a cue that hedges an
    /// amount too ("in about 5 hours", "in like 2 hours").
    Hedge,
    To,
    /// until, till, through.
    Till,
    /// "between": opens a window ("between 2 and 4").
    Between,
    /// "by": a deadline ("by 11" is before 11:00).
    By,
    /// "later": "later than 2" is after 14:00, "2 or later" too.
    Later,
    /// "earlier": "earlier than 10" is before 10:00.
    Earlier,
    /// "earliest": "3 at the earliest"; "the earliest you have" asks for the first free.
    Earliest,
    /// "latest": "11 at the latest".
    Latest,
    /// "onwards", "onward", "on" is not one: "from 3 onwards".
    Onwards,
    /// "but": "anytime but the morning".
    But,
    /// "anytime", "sometime", "anywhere", "somewhere", "anything", "any": a window cue.
    Any,
    /// "other" of "other than the morning".
    Other,
    /// "soon", "sooner", "soonest", "asap": the caller wants the first free time.
    Soon,
    /// "whenever": any time, the earliest first.
    Whenever,
    /// "during" of "not during the morning".
    During,
    /// "hence": "a week hence".
    Hence,
    /// "mid" of "mid day".
    Mid,
    /// "available", "opening", "openings": "first available" asks for the earliest.
    Available,
    Past,
    Half,
    Quarter,
    /// "a" (also the first half of "a m").
    A,
    An,
    And,
    Or,
    Not,
    /// "ate": a speech recogniser's "eight" right after "at" ("at ate thirty");
    /// anywhere else a plain word.
    Ate,
    /// "end": "the end of next week".
    End,
    /// "close", "closes", "closed", "closing": "I know you close at 5" tells the
    /// business's hours; the time after it is not asked for.
    Close,
    /// "my", "our", "his", "her", "their", "your": "before my kid's pickup at 3" names
    /// an event whose clock is a bound.
    Poss,
    /// "too" of "4 pm is too late", "Monday's too busy": what comes right before it is
    /// turned down.
    Too,
    /// no, wait, actually, sorry, mean, scratch: a correction follows.
    Correction,
    /// "instead", "rather": a correction follows, and what follows "instead of" or
    /// "rather than" is the value given up.
    Instead,
    /// "than": a cue ("no later than 3"), and after "rather" a value given up.
    Than,
    Couple,
    /// A verb of the caller's own day said of a clock: "I start (work) at 10", "my
    /// shift starts at 1" (`Start`: an appointment must come before it), "I finish at
    /// 4", "I get off at 3", "I'm done work at 2" (`End`: after it). Only with such a
    /// subject ([`shift_edge`]); otherwise the verb is a plain word ("could we start at
    /// 10" asks for 10).
    Shift(ShiftEdge),
    /// "am", "pm" as one word.
    Meridiem(bool),
    /// "p" of "p m" / "p.m.".
    P,
    /// "m" of "a m" / "p.m.".
    M,
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
    OClock,
    /// "o" of "o clock" is `Card(0)`; this is "clock".
    Clock,
    /// "hours", "hrs", "h" (24-hour marker).
    Hours,
    H,
    Ish,
    /// A holiday name ("christmas", "canada" of "Canada Day").
    Holiday(Holiday),
    Eve,
    Year,
    /// "time" ("the first time"), "thing", "one available".
    Time,
    /// "good" of "good morning": a greeting, not a part of day.
    Good,
    /// "ok", "works", "please", "would": words that may follow a time.
    Benign,
    /// "is", "are", "was": "my son is 12" states an amount, not a time.
    Be,
    /// "he's", "she's": a person's state; "she's nine" gives her age, not a time.
    HeIs,
    /// "have", "got", "has" after "I", "we", "he", "she" and before a number: what the
    /// speaker has; "I've got two on Thursday" counts (appointments), not a time.
    Has,
    /// "do", "make", "manage": the verb of "I can't do mornings" (otherwise a plain word).
    Do,
    /// "name", "name's", "called": a weekday or month after it is a name.
    Name,
    /// "new" of "New Year's Day".
    New,
    /// kids, people, dollars ...: a number before it is a count, not a time.
    Unit,
    Colon,
    Period,
    Comma,
    Dash,
    Slash,
    Dollar,
    /// Any other punctuation.
    Punct,
    /// Any other word.
    Word,
    /// "uh", "um", "er": a hesitation. [`scan`] leaves it out, so no rule ever sees it
    /// ("between uh ten and twelve" reads as "between ten and twelve").
    Hesitation,
}

/// Which end of the caller's day a [`Lex::Shift`] verb names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ShiftEdge {
    /// "I start at 10": the caller is busy from then on.
    Start,
    /// "I finish at 4": the caller is free from then on.
    End,
}

/// Whether the word at `i` is a verb of the caller's own schedule ([`Lex::Shift`]),
/// read from the words before it (hesitations stepped over): "I start", "my shift
/// starts", "work begins"; "I finish", "work ends", "I get off", "I'm off", "I'm
/// done". "Can I start at 10", "could we start", "if I start" are not: a modal or
/// "if" before "I" asks about the appointment itself.
fn shift_edge(toks: &[Token<'_>], i: usize) -> Option<ShiftEdge> {
    const HESITATIONS: &[&str] = &["uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah"];
    const VERBS: &[&str] = &[
        "start", "begin", "starts", "begins", "finish", "finishes", "ends", "off", "done",
    ];
    // This runs at every word of every turn: most are none of the verbs.
    let t = toks.get(i).filter(|t| t.key.is_any(VERBS))?;
    let mut before = toks[..i]
        .iter()
        .rev()
        .filter(|w| w.kind == TokenKind::Word && !w.key.is_any(HESITATIONS));
    let p1 = before.next()?;
    let p2 = before.next();
    let asks = p2.is_some_and(|w| {
        w.key.is_any(&[
            "can", "could", "should", "may", "might", "shall", "will", "would", "do", "did", "if",
            "cant", "couldnt", "to",
        ])
    });
    let own = p1.key.is_any(&["i"]) && !asks;
    let job = p1
        .key
        .is_any(&["shift", "work", "job", "class", "classes", "school", "day"]);
    if t.key.is_any(&["start", "begin"]) && own || t.key.is_any(&["starts", "begins"]) && job {
        return Some(ShiftEdge::Start);
    }
    if t.key.is_any(&["finish"]) && own || t.key.is_any(&["finishes", "ends"]) && job {
        return Some(ShiftEdge::End);
    }
    // "I get off", "I'm off", "I'm done", "im done work".
    let off = t.key.is_any(&["off", "done"])
        && (p1.key.is_any(&["im"]) && !asks
            || p1.key.is_any(&["get", "gets"]) && p2.is_some_and(|w| w.key.is_any(&["i"])));
    off.then_some(ShiftEdge::End)
}

/// Whether the word at `i` is "have", "got" or "has" of a person who has something
/// and a number right after it: "I have two on Friday", "we've got 3 next week", "she
/// has two this month" count what they have (appointments), as "my son is 12" gives an
/// amount. "Can I have 2 on Friday?", "could we have two on Thursday" ask for a time:
/// a modal or "if" before the person (hesitations stepped over).
fn has_count(toks: &[Token<'_>], i: usize) -> bool {
    const HESITATIONS: &[&str] = &["uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah"];
    // This runs at every word of every turn: most are none of the verbs.
    if !toks
        .get(i)
        .is_some_and(|t| t.key.is_any(&["have", "got", "has"]))
    {
        return false;
    }
    let number = toks.get(i + 1).is_some_and(|n| match n.kind {
        TokenKind::Digits => n.text.len() <= 2,
        TokenKind::Word => matches!(lookup(n.key_bytes()), Lex::Card(_) | Lex::Tens(_)),
        TokenKind::Punct(_) => false,
    });
    if !number {
        return false;
    }
    let mut before = toks[..i]
        .iter()
        .rev()
        .filter(|w| w.kind == TokenKind::Word && !w.key.is_any(HESITATIONS));
    // "I've got two": the person and "'ve" are one word.
    if !before
        .next()
        .is_some_and(|p| p.key.is_any(&["i", "we", "he", "she", "ive", "weve"]))
    {
        return false;
    }
    !before.next().is_some_and(|w| {
        w.key.is_any(&[
            "can", "could", "may", "might", "shall", "will", "would", "should", "if", "do", "did",
            "to",
        ])
    })
}

/// Named days the grammar knows (fixed dates, or nth weekdays; Thanksgiving and
/// Family Day are Canada's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    Halloween,
    Valentine,
    Canada,
    Boxing,
    Remembrance,
    Patrick,
    Labour,
    Mother,
    Father,
    /// "Victoria Day": the Monday before May 25.
    Victoria,
    /// "the Civic Holiday": the first Monday of August.
    Civic,
    /// "Thanksgiving", "Thanksgiving Monday": Canada's, the second Monday of October
    /// (the caller speaks to a Canadian business, not of the US's in November).
    Thanksgiving,
    /// "Family Day": the third Monday of February, where provinces keep it (Alberta,
    /// British Columbia, Saskatchewan, Ontario, New Brunswick; Manitoba's Louis Riel Day,
    /// Nova Scotia's Heritage Day and Prince Edward Island's Islander Day fall on it too).
    Family,
}

/// One classified token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) lex: Lex,
    pub(crate) span: Span,
    /// Written right after the previous token, with no space ("9:30", "3rd", "2pm").
    pub(crate) glued: bool,
}

/// Classifies every token of a turn (from [`lexer::token_vec`]).
pub(crate) fn scan(toks: &[Token<'_>]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(toks.len());
    let mut prev_end = usize::MAX;
    // Speech-to-text sets a hesitation off with commas ("after, uh, 3"): the commas
    // go with it, so the words around it meet as if it had not been said.
    let mut after_hesitation = false;
    for (i, t) in toks.iter().enumerate() {
        let lex = match t.kind {
            TokenKind::Digits => {
                let digits = t.text.len().min(usize::from(u8::MAX)) as u8;
                let value = t
                    .text
                    .bytes()
                    .take(9)
                    .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
                let value = if t.text.len() > 9 { u32::MAX } else { value };
                Lex::Num { value, digits }
            }
            TokenKind::Punct(c) => match c {
                ':' => Lex::Colon,
                '.' => Lex::Period,
                ',' | ';' => Lex::Comma,
                '-' | '\u{2013}' | '\u{2014}' => Lex::Dash,
                '/' => Lex::Slash,
                '$' | '\u{a3}' | '\u{20ac}' | '#' | '%' => Lex::Dollar,
                '@' => Lex::At,
                _ => Lex::Punct,
            },
            TokenKind::Word => match shift_edge(toks, i) {
                Some(edge) => Lex::Shift(edge),
                None if has_count(toks, i) => Lex::Has,
                None => word(t),
            },
        };
        if lex == Lex::Hesitation {
            if out.last().is_some_and(|p: &Tok| p.lex == Lex::Comma) {
                out.pop();
            }
            after_hesitation = true;
            prev_end = t.span.end;
            continue;
        }
        if std::mem::take(&mut after_hesitation) && lex == Lex::Comma {
            prev_end = t.span.end;
            continue;
        }
        out.push(Tok {
            lex,
            span: t.span,
            glued: t.span.start == prev_end,
        });
        prev_end = t.span.end;
    }
    out
}

/// Classifies one word by its key (one table lookup). A possessive reads as its stem
/// ("today's", "name's"); any other apostrophe only in "o'clock" and the negations
/// ("isn't", "won't"), so "we'd" is not "wed".
fn word(t: &Token<'_>) -> Lex {
    let key = t.key_bytes();
    if key.len() == t.text.len() {
        // No apostrophe (the key only drops those), or an over-long word (no key).
        return lookup(key);
    }
    let text = t.text.as_bytes();
    let stem_len = match text {
        [.., b'\'', b's' | b'S'] => text.len() - 2,
        [.., 0xE2, 0x80, 0x99, b's' | b'S'] => text.len() - 4,
        _ => {
            return match WORDS.get(key) {
                Some(lex @ (Lex::OClock | Lex::Not)) => lex,
                _ => Lex::Word,
            };
        }
    };
    // "he's", "she's": the person's state ("she's nine"), not a possessive.
    if matches!(key, b"hes" | b"shes") {
        return Lex::HeIs;
    }
    // The stem's key is the word's without its final "s"; it must have kept every
    // byte of the stem (no other apostrophe in it).
    match key.split_last() {
        Some((_, stem)) if stem.len() == stem_len => lookup(stem),
        _ => Lex::Word,
    }
}

/// A key's class: a listed word, else a number or ordinal word, else [`Lex::Word`].
fn lookup(key: &[u8]) -> Lex {
    WORDS.get(key).unwrap_or_else(|| number_or_word(key))
}

/// Number and ordinal words (the shared lexer's lists), after the table misses.
fn number_or_word(w: &[u8]) -> Lex {
    match lexer::NUMBER_WORDS.get(w) {
        Some(NumberWord::Digit(d) | NumberWord::Teen(d)) => Lex::Card(d),
        Some(NumberWord::Tens(t)) => Lex::Tens(t),
        Some(NumberWord::Hundred) => Lex::Hundred,
        Some(NumberWord::Repeat(_)) => Lex::Repeat,
        Some(_) => Lex::Word,
        None => lexer::ORDINALS.get(w).map_or(Lex::Word, Lex::Ord),
    }
}

/// Every word the time grammar knows, by key (lowercase, no apostrophes): cue words,
/// months, weekdays (number and ordinal words come from the shared lexer).
#[rustfmt::skip]
static WORDS: WordMap<1024, Lex> = WordMap::new(&[
    (&["st", "nd", "rd", "th"], Lex::OrdSuffix), (&["january", "jan"], Lex::Month(1)),
    (&["february", "feb", "febuary"], Lex::Month(2)), (&["march", "mar"], Lex::Month(3)),
    (&["april", "apr"], Lex::Month(4)), (&["may"], Lex::Month(5)),
    (&["june", "jun"], Lex::Month(6)), (&["july", "jul"], Lex::Month(7)),
    (&["august", "aug"], Lex::Month(8)), (&["september", "sept", "sep"], Lex::Month(9)),
    (&["october", "oct"], Lex::Month(10)), (&["november", "nov"], Lex::Month(11)),
    (&["december", "dec"], Lex::Month(12)),
    (&["monday", "mondays", "mon"], Lex::Weekday(Weekday::Mon)),
    (&["tuesday", "tuesdays", "tue", "tues"], Lex::Weekday(Weekday::Tue)),
    (&["wednesday", "wednesdays", "wednsday", "wensday"], Lex::Weekday(Weekday::Wed)),
    (&["thursday", "thursdays", "thu", "thur", "thurs"], Lex::Weekday(Weekday::Thu)),
    (&["friday", "fridays", "fri"], Lex::Weekday(Weekday::Fri)),
    (&["saturday", "saturdays"], Lex::Weekday(Weekday::Sat)),
    (&["sunday", "sundays"], Lex::Weekday(Weekday::Sun)),
    (&["wed"], Lex::WeekdayWord(Weekday::Wed)), (&["sat"], Lex::WeekdayWord(Weekday::Sat)),
    (&["sun"], Lex::WeekdayWord(Weekday::Sun)), (&["today", "todays"], Lex::Today),
    (&["tonight", "tonite"], Lex::Tonight),
    (&["tomorrow", "tomorrows", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow"], Lex::Tomorrow),
    // "the Civic Holiday": a named day's "day".
    (&["day", "holiday"], Lex::Day), (&["days"], Lex::Days), (&["week"], Lex::Week),
    (&["weeks"], Lex::Weeks), (&["month"], Lex::MonthWord), (&["months"], Lex::Months), (&["fortnight"], Lex::Fortnight),
    (&["hour", "hr"], Lex::Hour), (&["minutes", "minute", "mins", "min"], Lex::Minutes),
    (&["next"], Lex::Next), (&["this", "that"], Lex::This),
    (&["coming", "upcoming"], Lex::Coming), (&["following"], Lex::Following),
    (&["last", "yesterday", "ago"], Lex::Last), (&["after"], Lex::After),
    (&["before"], Lex::Before), (&["from"], Lex::From), (&["now"], Lex::Now),
    (&["in", "within"], Lex::In), (&["of"], Lex::Of), (&["the"], Lex::The), (&["on"], Lex::On),
    (&["at"], Lex::At),
    (&["around", "about", "round", "approximately", "approx", "roughly", "say", "maybe", "like"], Lex::Hedge),
    (&["for"], Lex::Cue),
    (&["between", "tween"], Lex::Between), (&["by"], Lex::By), (&["later"], Lex::Later),
    (&["earlier"], Lex::Earlier), (&["earliest"], Lex::Earliest), (&["latest"], Lex::Latest),
    (&["onwards", "onward"], Lex::Onwards), (&["but"], Lex::But),
    (&["anytime", "sometime", "anywhere", "somewhere", "anything", "any", "sometimes"], Lex::Any),
    (&["other"], Lex::Other), (&["soon", "sooner", "soonest", "asap"], Lex::Soon),
    (&["whenever", "whenevers"], Lex::Whenever), (&["during"], Lex::During),
    (&["hence"], Lex::Hence), (&["mid"], Lex::Mid),
    (&["available", "opening", "openings", "availability"], Lex::Available),
    (&["than"], Lex::Than), (&["to"], Lex::To),
    (&["until", "till", "untill", "til", "through"], Lex::Till), (&["past"], Lex::Past),
    (&["half"], Lex::Half), (&["quarter"], Lex::Quarter), (&["a"], Lex::A), (&["an"], Lex::An),
    (&["and"], Lex::And), (&["or"], Lex::Or),
    (&["not", "nothing", "never", "isnt", "cant", "cannot", "wont", "dont", "doesnt", "except",
      "excluding"], Lex::Not), (&["too"], Lex::Too),
    (&["my", "our", "his", "her", "their", "your"], Lex::Poss),
    (&["close", "closes", "closed", "closing"], Lex::Close),
    (&["ate"], Lex::Ate), (&["end"], Lex::End), (&["instead", "rather"], Lex::Instead),
    (&["no", "nope", "wait", "actually", "sorry", "mean", "scratch", "correction", "oops"], Lex::Correction),
    (&["couple"], Lex::Couple), (&["am"], Lex::Meridiem(false)), (&["pm"], Lex::Meridiem(true)),
    (&["p"], Lex::P), (&["m"], Lex::M), (&["morning", "mornings", "morningish"], Lex::Morning),
    // Not "arvo": Australian slang for it, and a first name in Canada ("his name is
    // Arvo Niemi").
    (&["afternoon", "afternoons", "afternoonish"], Lex::Afternoon),
    (&["evening", "evenings", "eveningish"], Lex::Evening), (&["night", "nite"], Lex::Night),
    (&["noon", "midday", "lunchtime", "lunch", "noonish"], Lex::Noon),
    (&["midnight"], Lex::Midnight), (&["oclock"], Lex::OClock), (&["clock"], Lex::Clock),
    (&["hours", "hrs"], Lex::Hours), (&["h"], Lex::H), (&["ish"], Lex::Ish),
    (&["christmas", "xmas"], Lex::Holiday(Holiday::Christmas)),
    (&["halloween"], Lex::Holiday(Holiday::Halloween)),
    (&["valentine", "valentines"], Lex::Holiday(Holiday::Valentine)),
    (&["canada"], Lex::Holiday(Holiday::Canada)), (&["boxing"], Lex::Holiday(Holiday::Boxing)),
    (&["remembrance"], Lex::Holiday(Holiday::Remembrance)),
    (&["patrick", "patricks", "paddy"], Lex::Holiday(Holiday::Patrick)),
    (&["labour", "labor"], Lex::Holiday(Holiday::Labour)),
    (&["mother", "mothers"], Lex::Holiday(Holiday::Mother)),
    (&["father", "fathers"], Lex::Holiday(Holiday::Father)),
    (&["victoria"], Lex::Holiday(Holiday::Victoria)), (&["civic"], Lex::Holiday(Holiday::Civic)), (&["eve"], Lex::Eve),
    (&["thanksgiving"], Lex::Holiday(Holiday::Thanksgiving)),
    (&["family"], Lex::Holiday(Holiday::Family)),
    (&["time", "thing", "slot", "appointment", "option", "choice", "spot", "visit", "step",
      "call", "try", "person", "place"], Lex::Time),
    (&["good"], Lex::Good), (&["is", "are", "was", "were"], Lex::Be),
    (&["hes", "shes"], Lex::HeIs),
    (&["do", "make", "manage"], Lex::Do),
    (&["ok", "okay", "fine", "works", "work", "please", "perfect", "alright", "then", "if",
      "would", "could", "should", "will", "sharp", "exactly", "possible"], Lex::Benign),
    (&["name", "named", "called"], Lex::Name), (&["new"], Lex::New),
    (&["uh", "um", "umm", "uhm", "uhh", "er", "erm", "ah", "hmm", "mm"], Lex::Hesitation),
    (&["year", "years"], Lex::Year),
    (&["kids", "children", "people", "persons", "guests", "dollars", "bucks", "cents",
      "percent", "times", "pets", "dogs", "cats", "items", "boxes", "street", "avenue", "ave",
      "road", "drive", "unit", "suite", "apartment", "floor", "room", "pounds", "lbs", "kg",
      "km", "miles", "old", "adults", "seniors", "patients", "members", "points", "reasons",
      "things", "questions", "dollar", "seats", "spots", "tickets", "appointments", "slots",
      "sessions", "visits", "number", "extension", "ext", "code", "version", "age", "aged",
      "page", "line", "press"], Lex::Unit),
], Lex::Word);

impl Lex {
    /// Words the grammar may step over anywhere: hesitations and politeness.
    pub(crate) fn is_filler(self) -> bool {
        matches!(self, Lex::Comma | Lex::Period | Lex::Dash | Lex::Punct)
    }

    /// A token no day, clock or window rule starts at: other words, counted nouns,
    /// "is"/"are", politeness and punctuation.
    #[inline]
    pub(crate) fn starts_no_rule(self) -> bool {
        matches!(
            self,
            Lex::Word
                | Lex::Shift(_)
                | Lex::Poss
                | Lex::Close
                | Lex::Do
                | Lex::Unit
                | Lex::Months
                | Lex::Be
                | Lex::Benign
                | Lex::Comma
                | Lex::Period
                | Lex::Punct
                | Lex::Dollar
                | Lex::Colon
                | Lex::Slash
        )
    }

    /// A word that announces a time ("around", "by", "between", "anytime" ...).
    pub(crate) fn is_cue(self) -> bool {
        matches!(
            self,
            Lex::Cue | Lex::Hedge | Lex::Between | Lex::By | Lex::Any | Lex::Earliest | Lex::Latest
        )
    }

    /// A word that names a slot ("time", "appointment", "available" ...).
    pub(crate) fn is_slot(self) -> bool {
        matches!(self, Lex::Time | Lex::Available)
    }

    /// Any word (not digits, not punctuation).
    pub(crate) fn is_wordlike(self) -> bool {
        !matches!(
            self,
            Lex::Num { .. }
                | Lex::Colon
                | Lex::Period
                | Lex::Comma
                | Lex::Dash
                | Lex::Slash
                | Lex::Dollar
                | Lex::Punct
        )
    }

    /// A number written with digits or as a number word.
    pub(crate) fn is_number(self) -> bool {
        matches!(
            self,
            Lex::Num { .. } | Lex::Card(_) | Lex::Tens(_) | Lex::Hundred | Lex::Repeat
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexes(text: &str) -> Vec<Lex> {
        scan(&crate::lexer::token_vec(text))
            .into_iter()
            .map(|t| t.lex)
            .collect()
    }

    #[test]
    fn classifies_time_words() {
        assert_eq!(
            lexes("Next week. Thursday at 9:30 a.m."),
            vec![
                Lex::Next,
                Lex::Week,
                Lex::Period,
                Lex::Weekday(Weekday::Thu),
                Lex::At,
                Lex::Num {
                    value: 9,
                    digits: 1
                },
                Lex::Colon,
                Lex::Num {
                    value: 30,
                    digits: 2
                },
                Lex::A,
                Lex::Period,
                Lex::M,
                Lex::Period,
            ]
        );
        assert_eq!(lexes("O'CLOCK Dec. twenty-third"), {
            vec![
                Lex::OClock,
                Lex::Month(12),
                Lex::Period,
                Lex::Tens(20),
                Lex::Dash,
                Lex::Ord(3),
            ]
        });
    }

    #[test]
    fn have_before_a_number_is_a_count_unless_asked() {
        assert_eq!(lexes("I have two")[1], Lex::Has);
        assert_eq!(lexes("I've got 2")[1], Lex::Has);
        assert_eq!(lexes("we, uh, have three")[1], Lex::Has);
        assert_eq!(lexes("can I have two")[2], Lex::Word);
        assert_eq!(lexes("I have a two")[1], Lex::Word);
        assert_eq!(lexes("you have two")[1], Lex::Word);
        // The day stays; the count is no clock.
        let clock = |t: &str| crate::time::parse(t).and_then(|m| m.value.clock);
        for text in [
            "I've got two on thursday, please cancel the afternoon one",
            "I have 2 on friday",
            "we have three on monday",
        ] {
            let m = crate::time::parse(text).unwrap();
            assert!(m.value.day.is_some() && m.value.clock.is_none(), "{text}");
        }
        for text in [
            "can I have two on thursday?",
            "I have a two o'clock on friday",
        ] {
            assert!(clock(text).is_some(), "{text}");
        }
    }

    #[test]
    fn arvo_is_a_name_not_the_afternoon() {
        assert_eq!(lexes("Arvo afternoon"), vec![Lex::Word, Lex::Afternoon]);
    }

    #[test]
    fn apostrophes_only_in_possessives_oclock_and_negations() {
        assert_eq!(
            lexes("we'd Today's NAME'S isn\u{2019}t won't o'clock wed"),
            vec![
                Lex::Word,
                Lex::Today,
                Lex::Name,
                Lex::Not,
                Lex::Not,
                Lex::OClock,
                Lex::WeekdayWord(Weekday::Wed),
            ]
        );
        // The stem of a possessive keeps its own apostrophes: "o'clock's" is no stem.
        assert_eq!(lexes("o'clock's a'"), vec![Lex::Word, Lex::A, Lex::Punct]);
        assert_eq!(lexes("supercalifragilistic's"), vec![Lex::Word]);
    }

    #[test]
    fn hesitations_are_left_out() {
        assert_eq!(
            lexes("between uh ten and UM twelve"),
            vec![Lex::Between, Lex::Card(10), Lex::And, Lex::Card(12)]
        );
        // With the commas speech-to-text puts around them.
        assert_eq!(lexes("after, uh, 3"), lexes("after 3"));
        assert_eq!(lexes("Friday, um at 2"), lexes("Friday at 2"));
        // A comma with no hesitation stays.
        assert_eq!(lexes("Friday, 2")[1], Lex::Comma);
    }

    #[test]
    fn glue_and_long_digit_runs() {
        let toks = scan(&crate::lexer::token_vec("3rd 99999999999999"));
        assert!(toks[1].glued && !toks[0].glued);
        assert_eq!(toks[1].lex, Lex::OrdSuffix);
        assert_eq!(
            toks[2].lex,
            Lex::Num {
                value: u32::MAX,
                digits: 14
            }
        );
    }
}
