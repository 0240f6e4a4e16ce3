//! Small whole-word classifiers the extractors do not provide: why the caller is
//! calling, "speak to a person", "forget it", "the one I'm calling from", and which
//! slot a correction names.

use bella_core::WEEKDAY_NAMES;
use serde::{Deserialize, Serialize};

pub(crate) mod fr;

/// Why the caller is calling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Intent {
    /// Book a new appointment.
    Book,
    /// Cancel an existing one.
    Cancel,
    /// Move an existing one.
    Reschedule,
    /// Ask when an existing one is.
    Check,
    /// Ask the opening hours.
    Hours,
}

/// Lower-cased words of a turn, apostrophes kept ("I'm" → "i'm").
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut s = String::with_capacity(w.len());
            for c in w.chars() {
                if c == '\u{2019}' {
                    s.push('\'');
                } else {
                    s.extend(c.to_lowercase());
                }
            }
            s
        })
        .collect()
}

/// "I'd like to know how much it costs", "je voudrais savoir combien ça coûte": a
/// wish to know something, a question however it starts, and no booking unless the
/// turn also names one ("... and book an appointment").
pub(crate) fn asks_to_know(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "like to know",
            "want to know",
            "wanted to know",
            "need to know",
            // "Do I need a referral?": a question, though it holds "I need".
            "do i need",
            "do i have to",
            "will i need",
            "voudrais savoir",
            "aimerais savoir",
            "veux savoir",
            "voulais savoir",
            "aurais aimé savoir",
        ],
    ) && !any_phrase(
        // "Je voudrais savoir quoi amener à mon rendez-vous": the caller's own visit
        // is what is asked about, no booking.
        &without_own_visit(ws).unwrap_or_else(|| ws.to_vec()),
        &[
            "book",
            "booking",
            "appointment",
            "appt",
            "rendez vous",
            "rdv",
            "réserver",
            "prendre",
        ],
    )
}

/// "Faut-tu que j'apporte quelque chose pour mon premier rendez-vous?", "what do I
/// bring to my first appointment?": the caller's own visit named as what a question is
/// about. True when the turn's only booking words are such a visit ("my appointment",
/// "ma première visite"): the rest of the turn asks for no booking.
pub(crate) fn about_own_visit(ws: &[String]) -> bool {
    without_own_visit(ws)
        .is_some_and(|rest| detect(&rest) != Some(Intent::Book) || asks_to_know(&rest))
}

/// The turn without the caller's own visits ("mon premier rendez-vous", "my
/// appointment", "ma visite"), or `None` when it names none.
fn without_own_visit(ws: &[String]) -> Option<Vec<String>> {
    const OWN: &[&str] = &["mon", "ma", "my"];
    const FIRST: &[&str] = &[
        "premier",
        "première",
        "prochain",
        "prochaine",
        "first",
        "next",
    ];
    let mut rest = Vec::with_capacity(ws.len());
    let mut found = false;
    let mut i = 0;
    while i < ws.len() {
        if OWN.contains(&ws[i].as_str()) {
            let j = i + 1 + usize::from(ws.get(i + 1).is_some_and(|w| FIRST.contains(&w.as_str())));
            let visit = match ws.get(j).map(String::as_str) {
                Some("rendez") if ws.get(j + 1).is_some_and(|w| w == "vous") => 2,
                Some("rdv" | "visite" | "appointment" | "visit") => 1,
                _ => 0,
            };
            if visit > 0 {
                found = true;
                i = j + visit;
                continue;
            }
        }
        rest.push(ws[i].clone());
        i += 1;
    }
    found.then_some(rest)
}

/// Whether `phrase` (space-separated words) occurs in `ws` as whole words, accents
/// aside ([`same_letters`]).
pub(crate) fn has_phrase(ws: &[String], phrase: &str) -> bool {
    // Allocation-free, and cheap for the usual miss: this runs for every phrase of
    // every list on every turn. A caller's word that is the phrase's first word to the
    // letter needs no split of the phrase's first word; one of ASCII letters only that
    // is not is passed over at once (most differ in their first letter). Only a word
    // or phrase with accents is compared letter by letter ([`same_letters`]).
    let p = phrase.as_bytes();
    let Some(&p0) = p.first() else {
        return false;
    };
    let first_ascii = || p.iter().take_while(|&&b| b != b' ').all(u8::is_ascii);
    (0..ws.len()).any(|i| {
        let w = ws[i].as_bytes();
        match w.first() {
            Some(&w0) if w0 != p0 && w0.is_ascii() && p0.is_ascii() => false,
            _ if p.starts_with(w) && p.get(w.len()).is_none_or(|&b| b == b' ') => {
                // The first word stands; the rest, if any, follows it.
                phrase
                    .get(w.len() + 1..)
                    .is_none_or(|rest| words_at(&ws[i + 1..], rest))
            }
            _ if w.is_ascii() && first_ascii() => false,
            _ => words_at(&ws[i..], phrase),
        }
    })
}

/// Whether `ws` begins with the words of `phrase`, accents aside.
pub(crate) fn words_at(ws: &[String], phrase: &str) -> bool {
    let mut ws = ws.iter();
    phrase
        .split(' ')
        .all(|p| ws.next().is_some_and(|w| same_letters(p, w)))
}

/// Whether the caller's word `w` is the phrase word `p`, accents aside: speech-to-text
/// may write French without them ("la premiere", "a 2 h", "annee"). Letter by letter,
/// with no allocation.
fn same_letters(p: &str, w: &str) -> bool {
    // Two ASCII words (most of them) are the same only if equal: no letter-by-letter
    // pass for them.
    p == w
        || (!(p.is_ascii() && w.is_ascii())
            && p.chars()
                .map(crate::services::unaccented)
                .eq(w.chars().map(crate::services::unaccented)))
}

/// Whether any of `phrases` stands in `ws` as whole words ([`has_phrase`]).
pub(crate) fn any_phrase(ws: &[String], phrases: &[&str]) -> bool {
    phrases.iter().any(|p| has_phrase(ws, p))
}

/// "I can't make Tuesday anymore", "I won't be able to make it Thursday", "something
/// came up for Friday", "I'm double booked Wednesday at 11": the caller cannot keep a
/// time they have (a move, unless a cancel is said), not when said of when they are
/// free ([`bounds_when_free`]).
const CANNOT_KEEP: &[&str] = &[
    "can't make",
    "cannot make",
    "won't make",
    "can't come",
    "won't be able to make",
    "not be able to make",
    "not going to be able to make",
    "not able to make",
    "unable to make",
    "won't be able to come",
    "not going to make",
    "won't get there",
    "can't get there",
    "something came up",
    "something's come up",
    "something has come up",
    "conflict with my",
    "double booked",
];

/// "can't make it before 11", "won't be able to come until 2", "won't be free till
/// 3": when the caller can come, a window for the booking, not a time they cannot keep.
fn bounds_when_free(ws: &[String]) -> bool {
    const NOT_FREE: &[&str] = &[
        "can't be",
        "cannot be",
        "won't be",
        "cannot come",
        "won't come",
    ];
    (0..ws.len()).any(|i| {
        CANNOT_KEEP
            .iter()
            .chain(NOT_FREE)
            .filter_map(|p| phrase_len_at(ws, i, p))
            .any(|n| {
                ws[i + n..]
                    .iter()
                    .take(3)
                    .any(|w| matches!(w.as_str(), "before" | "after" | "until" | "till" | "til"))
            })
    })
}

/// "No, the other one", "non, l'autre": the caller means another of their appointments
/// than the one read back.
pub(crate) fn names_other(ws: &[String]) -> bool {
    any_phrase(
        ws,
        // "rendez-vous" is two words once the hyphen is dropped (`words`).
        &["the other", "other one", "l'autre", "autre rendez vous"],
    )
}

/// "My kid's one", "my mom's appointment", "our son's": the caller speaks of a
/// relative's booking ("my"/"our" and a relation, possessive or not).
pub(crate) fn speaks_of_relative(ws: &[String]) -> bool {
    const RELATIONS: &[&str] = &[
        "kid",
        "son",
        "daughter",
        "child",
        "wife",
        "husband",
        "partner",
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "grandpa",
        "grandma",
        "grandfather",
        "grandmother",
        "boyfriend",
        "girlfriend",
        "brother",
        "sister",
    ];
    ws.windows(2).any(|p| {
        matches!(p[0].as_str(), "my" | "our")
            && RELATIONS.contains(&p[1].strip_suffix("'s").unwrap_or(&p[1]))
    })
}

/// "Hi, it's Megan Janzen, ...", "this is Dana, ...", "my name is Rob": the first
/// word after a cue the caller names themselves with.
pub(crate) fn introduced_first(ws: &[String]) -> Option<&str> {
    const CUES: &[&[&str]] = &[
        &["this", "is"],
        &["it's"],
        &["my", "name", "is"],
        &["name's"],
    ];
    (0..ws.len()).find_map(|i| {
        CUES.iter()
            .find(|c| ws.len() > i + c.len() && ws[i..i + c.len()] == ***c)
            .map(|c| ws[i + c.len()].as_str())
    })
}

/// "One of my appointments", "an appointment", "my appointments", "un de mes
/// rendez-vous": the caller speaks of one among several, not of the one they have
/// ("my appointment", "mon rendez-vous").
pub(crate) fn speaks_of_several(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "one of my",
            "one of them",
            "one of the",
            "an appointment",
            "a booking",
            "a session",
            "my appointments",
            "my bookings",
            "my sessions",
            "both",
            "un de mes",
            "l'un de mes",
            "un rendez vous",
            "mes rendez vous",
        ],
    )
}

/// "Do you need the area code?", "with the area code or without?", "should I include
/// the area code": a question about how to give the number, asked at the number
/// question. A turn that says an area code ("area code 604") is no such question.
pub(crate) fn asks_about_area_code(text: &str, ws: &[String]) -> bool {
    has_phrase(ws, "area code")
        && bella_extract::phone::partial(text).is_none()
        && bella_extract::phone::extract(text, "CA").is_none()
        && (text.contains('?')
            || any_phrase(
                ws,
                &[
                    "do you need",
                    "do you want",
                    "should i",
                    "include",
                    "including",
                    "with the area code",
                ],
            ))
}

/// "Why do you need my name?", "what do you need my number for?", "do you really need
/// it?", "how come?": the caller asks why the question is asked, and refuses nothing
/// ("why? I'd rather not say" is a refusal); French "pourquoi vous avez besoin de mon
/// nom?", "c'est pour quoi?".
pub(crate) fn asks_why_needed(ws: &[String]) -> bool {
    if has_phrase(ws, "why not") {
        return false;
    }
    let asks = fr::asks_why(ws)
        || any_phrase(
            ws,
            &[
                "why",
                "how come",
                "what for",
                "do you really need",
                "do you have to have",
                "is that necessary",
                "is it necessary",
                "is that required",
                "what's it for",
                "what is it for",
                "what's that for",
            ],
        )
        || ([
            "what do you need",
            "what do you want",
            "what would you need",
        ]
        .iter()
        .any(|p| has_phrase(ws, p))
            && ws.last().is_some_and(|w| w == "for"));
    // About what was asked ("why do you need that?", "how come?"), not about anything
    // else ("how come you're closed on Fridays?").
    const ASKED: &[&str] = &[
        "name",
        "number",
        "phone",
        "it",
        "that",
        "this",
        "info",
        "information",
        "details",
        "nom",
        "numéro",
        "téléphone",
        "ça",
        "ca",
        "cela",
        "informations",
    ];
    let about_it = ws.len() <= 3 || ws.iter().any(|w| ASKED.contains(&w.as_str()));
    asks && about_it && !refuses(ws)
}

/// "My appointment", "my Wednesday one", "the one I have on Tuesday", "mon rendez-vous
/// de jeudi": the caller speaks of an appointment they already have, not of the one
/// being booked ("can we move it to 3?").
pub(crate) fn speaks_of_own(ws: &[String]) -> bool {
    const THING: &[&str] = &[
        "appointment",
        "appt",
        "booking",
        "reservation",
        "one",
        "rendez",
    ];
    let own = |i: usize| {
        matches!(ws[i].as_str(), "my" | "mon")
            && ws[i + 1..]
                .iter()
                .take(3)
                .any(|w| THING.contains(&w.as_str()))
    };
    (0..ws.len()).any(own)
        || any_phrase(
            ws,
            &[
                "the one i have",
                "the one i've got",
                "the one i got",
                "the one i booked",
                "i already have",
                "i already booked",
            ],
        )
}

/// "Both", "both of them", "all of them", "all three", "my two appointments", "les
/// deux", "mes deux rendez-vous": every one of the caller's appointments found.
pub(crate) fn means_all(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "both",
            "all of them",
            "all my appointments",
            "all of my appointments",
            "all three",
            "my two appointments",
            "les deux",
            "mes deux rendez vous",
            "tous les deux",
            "toutes les deux",
            "tous mes rendez vous",
        ],
    )
}

/// Where a second request starts in a move or cancel turn ("move my Tuesday one to
/// Thursday at 10, and also book another one on Friday at 2"): the words from the
/// "and" or comma before a new booking's cue. The change asked first is made, and
/// the booking's day and time are not its new time.
pub(crate) fn another_booking_at(text: &str) -> Option<usize> {
    const CUES: &[&str] = &[
        "also book",
        "book another",
        "book a new",
        "also like to book",
        "also want to book",
        "also need to book",
        "also make another",
        "book one for",
        "en prendre un",
        "prendre un autre",
        "prendre un nouveau",
    ];
    let lower = text.to_lowercase();
    let cue = CUES.iter().filter_map(|c| lower.find(c)).min()?;
    let before = lower.get(..cue)?;
    let start = [before.rfind(" and "), before.rfind(',')]
        .into_iter()
        .flatten()
        .max()
        .filter(|&i| cue - i < 24)
        .unwrap_or(cue);
    Some(start)
}

/// "Cancel my Friday one and move the Tuesday one to Wednesday at 2", "move my
/// Tuesday one to Wednesday, and cancel Friday's": a cancel and a move of two
/// appointments in one turn. Returns where the second request starts (after its "and"
/// or comma) and what it asks: the request said last is the one made (the later value
/// wins, as elsewhere in SPEC §3), read without the first's words, so a move never
/// takes the day the cancel names, nor a cancel the move's. `None` for one request,
/// and for a second that speaks of the same appointment ("cancel my Tuesday one and
/// move it to Friday").
pub(crate) fn second_change_at(text: &str) -> Option<(usize, Intent)> {
    const CANCEL: &[&str] = &["cancel", "cancelling", "canceling"];
    const MOVE: &[&str] = &[
        "move",
        "reschedule",
        "push",
        "bump",
        "shift",
        "switch",
        "change",
    ];
    let lower = text.to_lowercase();
    // Byte positions in `lower` must be positions in `text`.
    if lower.len() != text.len() {
        return None;
    }
    let is_letter = |c: char| c.is_alphanumeric() || c == '\'';
    // The first of `cues` standing as a whole word: its start and end.
    let word_at = |cues: &[&str]| {
        cues.iter()
            .flat_map(|cue| lower.match_indices(cue))
            .filter(|&(at, w)| {
                let end = at + w.len();
                !lower[..at].ends_with(is_letter) && !lower[end..].starts_with(is_letter)
            })
            .map(|(at, w)| (at, at + w.len()))
            .min()
    };
    let (cancel, moved) = (word_at(CANCEL)?, word_at(MOVE)?);
    let (first, second, intent) = if cancel.0 < moved.0 {
        (cancel, moved, Intent::Reschedule)
    } else {
        (moved, cancel, Intent::Cancel)
    };
    let between = lower.get(first.1..second.0)?;
    let join = [
        between.rfind(" and ").map(|i| i + " and ".len()),
        between.rfind(',').map(|i| i + 1),
    ]
    .into_iter()
    .flatten()
    .max()?;
    let after = lower.get(second.1..)?.trim_start();
    if ["it", "that", "this", "them"]
        .iter()
        .any(|p| after.split_whitespace().next() == Some(p))
    {
        return None;
    }
    Some((first.1 + join, intent))
}

/// "cancel my Thursday appointment and rebook it for Friday", "cancel Thursday and
/// book me Friday at 10 instead", "... and then can I get a new one next week": a
/// cancel said with a new booking in its place, which is a move (the booking's time
/// is the new one, never a second request: [`another_booking_at`]).
pub(crate) fn cancels_to_rebook(ws: &[String]) -> bool {
    // "Take it off, I'll rebook in the fall": the caller books again later, by
    // themselves; a cancel.
    let rebooks_now = ws.iter().enumerate().any(|(i, w)| {
        w == "rebook"
            && !ws[..i]
                .iter()
                .rev()
                .take(2)
                .any(|w| matches!(w.as_str(), "i'll" | "will" | "we'll"))
    });
    rebooks_now
        || any_phrase(
            ws,
            &[
                "reschedule",
                "book it for",
                "book another",
                "book a new",
                "book me",
                "put me in",
                "put me down",
                "and make it",
                "get a new one",
                "make a new one",
                "get another one",
                // "cancel Thursday? I'd rather come Monday at 9 instead".
                "rather come",
                "rather do",
                "rather have",
                "switch it to",
                "change it to",
            ],
        )
}

/// "agent", "a person", "representative": put the caller through at once. "Am I
/// talking to a real person?" asks what the agent is ([`asks_who_answers`]): its words
/// ask for no one.
pub(crate) fn wants_person(ws: &[String]) -> bool {
    let asked;
    let ws = if asks_who_answers(ws) {
        asked = outside_who_answers(ws);
        &asked[..]
    } else {
        ws
    };
    let told;
    let ws = if ws.iter().any(|w| REPORT_VERBS.contains(&w.as_str())) {
        told = outside_reports(ws);
        &told[..]
    } else {
        ws
    };
    fr::wants_person(ws)
        || asks_for_staff(ws)
        || any_phrase(
            ws,
            &[
                "agent",
                "a person",
                "real person",
                "a human",
                "representative",
                "operator",
                "receptionist",
                "speak to someone",
                "talk to someone",
                "speak with someone",
                "talk with someone",
                "speak to somebody",
                "talk to somebody",
                "someone i can speak",
                "someone i can talk",
                "somebody i can speak",
                "somebody i can talk",
                "someone to speak",
                "someone to talk",
                // "can I speak to the manager": a person, not a booking.
                "the manager",
                "your manager",
                "supervisor",
                "the owner",
                "somebody real",
                "human",
                "live person",
                "front desk",
                "reception",
                "put me through",
                "transfer me",
                "connect me",
            ],
        )
}

/// "I'm running late", "I'll be a few minutes late", "je vais être en retard": the
/// caller will be late for an appointment (so means to come).
pub(crate) fn says_late(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "running late",
            "running behind",
            "running a bit late",
            "running a little late",
            "be late",
            "be a bit late",
            "be a little late",
            "be a few minutes late",
            "be a little bit late",
            "i'm late",
            "minutes late",
            "stuck in traffic",
            "en retard",
        ],
    )
}

/// "I'm running late", "I got a missed call from this number", "I think I left my
/// scarf there", "j'ai reçu un appel de votre part": a message or a matter only the
/// team can act on, said at the opening. Not when the turn asks for a booking, a
/// change or a check as well ("I'll be late, can we move it to 3?"): that is read.
pub(crate) fn for_the_team(ws: &[String]) -> bool {
    const MATTERS: &[&str] = &[
        // A call or message from the business, returned.
        "missed call",
        "missed a call",
        "missed your call",
        "returning a call",
        "returning your call",
        "returning someone's call",
        "return a call",
        "someone called me",
        "somebody called me",
        "someone from your office",
        "you called me",
        "you guys called",
        "got a call from",
        "left me a message",
        "left me a voicemail",
        "left a message",
        // A message for the team (no booking asked).
        "leave a message",
        "leave him a message",
        "leave her a message",
        "leave them a message",
        "pass a message",
        "pass on a message",
        "pass along a message",
        "take a message",
        "give them a message",
        // Something left behind, a bill, results.
        "left my",
        "left something",
        "lost and found",
        "my test results",
        "my results",
        "my bill",
        "my invoice",
        "my receipt",
        "a receipt",
        "refund",
        // French.
        "appel manqué",
        "vous m'avez appelé",
        "on m'a appelé",
        "quelqu'un m'a appelé",
        "retourner un appel",
        "retourne votre appel",
        "retourne un appel",
        "laissé un message",
        "laisser un message",
        "prendre un message",
        "transmettre un message",
        "laissé mon",
        "laissé ma",
        "laissé mes",
        "oublié mon",
        "oublié ma",
        "oublié mes",
        "mes résultats",
        "ma facture",
        "mon reçu",
        "un reçu",
        "remboursement",
    ];
    const ASKS: &[&str] = &[
        "book",
        "booking",
        "make an appointment",
        "new appointment",
        "schedule",
        "prendre rendez",
        "prendre un rendez",
        "réserver",
    ];
    (says_late(ws) || any_phrase(ws, MATTERS))
        && !any_phrase(ws, ASKS)
        && !matches!(
            detect(ws),
            Some(Intent::Cancel | Intent::Reschedule | Intent::Check)
        )
}

/// "Can I speak with Dr. Patel?", "could I talk to the nurse": a person of the
/// business asked for by title, which the agent cannot be. "Talk to my wife first"
/// names no one of the business ([`stalls`] may read it).
fn asks_for_staff(ws: &[String]) -> bool {
    const TITLES: &[&str] = &[
        "dr",
        "doctor",
        "the doctor",
        "the dentist",
        "the nurse",
        "a nurse",
        "the hygienist",
        "the physio",
        "the therapist",
        "the vet",
        "the office",
        "someone in the office",
    ];
    ws.windows(2).enumerate().any(|(i, pair)| {
        // Not "speaking"/"talking": "I was talking to the nurse and ..." tells.
        matches!(pair[0].as_str(), "speak" | "talk")
            && matches!(pair[1].as_str(), "to" | "with")
            && TITLES.iter().any(|t| words_at(&ws[i + 2..], t))
    })
}

/// "Is this a robot?", "am I talking to a real person?", "are you a computer?", "who am
/// I speaking with?", "what was your name again?", "c'est-tu un robot?": a question
/// about who answers the phone, answered before the question is asked again.
pub(crate) fn asks_who_answers(ws: &[String]) -> bool {
    who_answers_at(ws, 0).is_some() || fr::asks_who_answers(ws)
}

/// Verbs that report having dealt with someone already ("I already told the front
/// desk", "I called reception last week"): the person named after them is no one asked
/// for.
const REPORT_VERBS: &[&str] = &["told", "called", "talked", "spoke", "phoned", "emailed"];

/// `ws` without each report of having dealt with the business's people: a
/// [`REPORT_VERBS`] word and up to four words after it ending on "desk",
/// "reception", "receptionist" or "office".
fn outside_reports(ws: &[String]) -> Vec<String> {
    const WHO: &[&str] = &["desk", "reception", "receptionist", "office"];
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        let end = REPORT_VERBS
            .contains(&ws[i].as_str())
            .then(|| (i + 1..ws.len().min(i + 6)).find(|&j| WHO.contains(&ws[j].as_str())))
            .flatten();
        match end {
            Some(j) => i = j + 1,
            None => {
                out.push(ws[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// `ws` without the words of its questions about who answers ([`asks_who_answers`]).
fn outside_who_answers(ws: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        match who_answers_at(ws, i) {
            Some((start, end)) => {
                out.extend_from_slice(&ws[i..start]);
                i = end;
            }
            None => {
                out.extend_from_slice(&ws[i..]);
                break;
            }
        }
    }
    out
}

/// The first question about who answers at or after `from`, as a word range: an open
/// question ("who am I talking to", "what's your name"), or "am I", "is this", "are
/// you" then only talk words ("talking to a real") before what the agent may be
/// ("robot", "person"); in French "êtes-vous", "vous êtes", "je parle", "c'est-tu"
/// the same way ("êtes-vous une vraie personne?", "est-ce que je parle à un humain?").
/// "Am I able to speak to a person?", "je veux parler à une vraie personne" are no such
/// question.
fn who_answers_at(ws: &[String], from: usize) -> Option<(usize, usize)> {
    const OPEN: &[&[&str]] = &[
        &["who", "am", "i"],
        &["who", "are", "you"],
        &["what's", "your", "name"],
        &["what", "is", "your", "name"],
        &["what", "was", "your", "name"],
    ];
    const LEADS: &[[&str; 2]] = &[
        ["am", "i"],
        ["is", "this"],
        ["are", "you"],
        ["êtes", "vous"],
        ["vous", "êtes"],
        ["je", "parle"],
        ["c'est", "tu"],
    ];
    const TALK: &[&str] = &[
        "talking", "speaking", "to", "with", "a", "an", "the", "real", "actual", "live", "like",
        "just", "some", "kind", "sort", "of", "right", "now", "à", "avec", "un", "une", "vraie",
        "vrai", "bien",
    ];
    const WHAT: &[&str] = &[
        "robot",
        "bot",
        "computer",
        "machine",
        "ai",
        "automated",
        "automatic",
        "recording",
        "person",
        "human",
        "people",
        "personne",
        "humain",
        "humaine",
    ];
    // "Who am I seeing on Tuesday?", "who am I booked with?": the person of the
    // caller's appointment (a check), not who answers.
    const VISIT: &[&str] = &["seeing", "booked", "scheduled", "with"];
    let at = |i: usize, p: &[&str]| ws.len() >= i + p.len() && ws[i..i + p.len()] == *p;
    (from..ws.len()).find_map(|i| {
        if let Some(p) = OPEN.iter().find(|p| at(i, p)) {
            if ws
                .get(i + p.len())
                .is_some_and(|w| p[1] == "am" && VISIT.contains(&w.as_str()))
            {
                return None;
            }
            return Some((i, i + p.len()));
        }
        LEADS.iter().find(|l| at(i, &l[..]))?;
        let noun = (i + 2..ws.len()).find(|&j| !TALK.contains(&ws[j].as_str()))?;
        WHAT.contains(&ws[noun].as_str()).then_some((i, noun + 1))
    })
}

/// "forget it", "never mind", "I'll call back": end politely without a booking.
pub(crate) fn wants_to_quit(ws: &[String]) -> bool {
    // "my call back number is ..." is an answer, not a goodbye.
    if any_phrase(ws, &["call back number", "callback number"]) {
        return false;
    }
    // "never mind, bye, oh wait, actually can I book Friday at 10?": a goodbye taken
    // back later in the turn; what follows the last "wait"/"actually" decides.
    if let Some(k) = ws.iter().rposition(|w| TAKE_BACK.contains(&w.as_str()))
        && k + 1 < ws.len()
        && quits(&ws[..k])
    {
        return quits(&ws[k + 1..]);
    }
    quits(ws)
}

/// "Never mind, just cancel it", "laissez faire, annulez-le juste": a goodbye to what is
/// under way, then a cancel in the rest of the turn (which says no goodbye of its own:
/// "forget it, I'll call back to cancel" still ends the call).
pub(crate) fn quits_then_cancels(ws: &[String]) -> bool {
    let Some(q) = (1..ws.len()).find(|&i| quits(&ws[..i])) else {
        return false;
    };
    !quits(&ws[q..]) && detect(&ws[q..]) == Some(Intent::Cancel)
}

/// The words that take back what was said before them in a turn.
const TAKE_BACK: &[&str] = &["wait", "actually", "scratch"];

fn quits(ws: &[String]) -> bool {
    fr::wants_to_quit(ws)
        || any_phrase(
            ws,
            &[
                "forget it",
                "forget about it",
                "don't worry about it",
                "another time",
                "some other time",
                "try again later",
                "call later",
                "never mind",
                "nevermind",
                "call back",
                "call you back",
                "call again later",
                "not interested",
            ],
        )
        || no_time_for_this(ws)
}

/// "Sorry, I don't have time for this right now": the caller gives up. "I don't have
/// time for this week's slots" or "... this Friday" is about a day, not a goodbye.
fn no_time_for_this(ws: &[String]) -> bool {
    const DAY_WORDS: &[&str] = &[
        "week",
        "week's",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "month",
    ];
    let names_day = |w: &str| DAY_WORDS.contains(&w) || WEEKDAY_NAMES.contains(&w);
    ws.windows(3).enumerate().any(|(i, w)| {
        w == ["time", "for", "this"]
            && ws[i.saturating_sub(2)..i]
                .iter()
                .any(|n| matches!(n.as_str(), "don't" | "dont" | "no" | "haven't"))
            && ws.get(i + 3).is_none_or(|n| !names_day(n))
    })
}

/// "OK thanks, bye", "that's all I needed", "merci, bonne journée": a caller who got
/// what they called for (an answer) and is signing off; "oh, sorry, wrong number", "je
/// me suis trompé de numéro": one who never meant to call. Only a turn that asks for
/// nothing else counts; the engine reads it where it asks how it can help (at the
/// read-back "wrong number" is a correction).
pub(crate) fn signs_off(ws: &[String]) -> bool {
    // The phrase lists first: they seldom match, and `detect` costs more.
    (any_phrase(
        ws,
        &[
            "bye",
            "goodbye",
            "good bye",
            "that's all",
            "that is all",
            "that's it",
            "that's everything",
            "that's all i needed",
            // "Oh okay. Thanks anyway.": nothing more to ask for.
            "thanks anyway",
            "thanks anyways",
            "thank you anyway",
            "thank you anyways",
            "have a good day",
            "have a nice day",
            "au revoir",
            "bonne journée",
            "c'est tout",
            "ça sera tout",
            "ce sera tout",
            "wrong number",
            "misdialed",
            "misdialled",
            "dialed the wrong",
            "dialled the wrong",
            "called the wrong",
            // "je me suis trompé de numéro", "oups, mauvais numéro".
            "mauvais numéro",
            "trompé de numéro",
            "trompée de numéro",
            "erreur de numéro",
            "mal composé",
        ],
    ) || only_thanks(ws))
        && detect(ws).is_none()
}

/// "Okay, thanks.", "Correct, merci.", "Parfait, merci beaucoup!", "OK, merci ben": thanks,
/// with nothing but an acknowledgement and courtesy around them. Said where the agent
/// asks how it can help after an answer, the caller has what they called for. A "yes"
/// is left out: "oui, merci" may still want something.
fn only_thanks(ws: &[String]) -> bool {
    const ACK: &[&str] = &[
        "ok", "okay", "alright", "all", "right", "great", "perfect", "cool", "awesome", "got",
        "it", "oh", "ah", "correct", "parfait", "d'accord", "c'est", "beau", "bon", "ben", "bien",
        "super", "génial", "très",
    ];
    ws.iter()
        .any(|w| matches!(w.as_str(), "thanks" | "thank" | "merci"))
        && (0..ws.len()).all(|i| ACK.contains(&ws[i].as_str()) || courtesy_at(ws, i))
}

/// "Okay bye", "that's all, thanks, bye", "hmm, none of those work, okay bye", "non,
/// c'est correct, merci, au revoir": a turn that ends by taking leave — a goodbye word
/// with nothing but thanks and courtesy after it — and asks for nothing. Whatever
/// comes before the goodbye, the caller is ending the call.
pub(crate) fn ends_with_goodbye(ws: &[String]) -> bool {
    let Some(k) = (0..ws.len()).rposition(|i| bye_at(ws, i)) else {
        return false;
    };
    (k + 1..ws.len()).all(|i| bye_at(ws, i) || courtesy_at(ws, i)) && detect(ws).is_none()
}

/// A goodbye word at `i`: "bye", "goodbye", "ciao", the "revoir" of "au revoir".
fn bye_at(ws: &[String], i: usize) -> bool {
    const BYE: &[&str] = &["bye", "goodbye", "byebye", "ciao"];
    BYE.contains(&ws[i].as_str()) || (ws[i] == "revoir" && i > 0 && ws[i - 1] == "au")
}

/// Thanks and courtesy around a goodbye ("thanks so much", "have a good day", "merci
/// beaucoup, bonne journée"); the "au" of "au revoir".
fn courtesy_at(ws: &[String], i: usize) -> bool {
    const COURTESY: &[&str] = &[
        "thanks",
        "thank",
        "you",
        "so",
        "much",
        "now",
        "then",
        "for",
        "everything",
        "and",
        "have",
        "a",
        "good",
        "nice",
        "day",
        "night",
        "one",
        "cheers",
        "take",
        "care",
        "uh",
        "um",
        "well",
        "merci",
        "beaucoup",
        "bonne",
        "journée",
        "soirée",
        "euh",
    ];
    COURTESY.contains(&ws[i].as_str())
        || (ws[i] == "au" && ws.get(i + 1).is_some_and(|w| w == "revoir"))
}

/// Questions about the business's rule for cancelling ("what's your cancellation
/// policy?", "is there a fee if I cancel?"): their cancel words ask for no cancel.
const CANCEL_POLICY: &[&str] = &[
    "cancellation policy",
    "cancel policy",
    "cancellation policies",
    "cancellation fee",
    "cancellation fees",
    "cancellation charge",
    "late cancellation",
    "late cancellations",
    "policy on cancellations",
    "policy on cancelling",
    "policy for cancellations",
    "policy if i cancel",
    "fee if i cancel",
    "fee to cancel",
    "charge to cancel",
    "charge if i cancel",
    "charge for cancelling",
    "fee for cancelling",
    "notice to cancel",
    "notice for cancellations",
    "what if i cancel",
    "what happens if i cancel",
    "what if i have to cancel",
    "what happens if i have to cancel",
    "what if i need to cancel",
    "what happens if i need to cancel",
];

/// The cancellation topic's questions that name the rule ("is there a fee if I
/// cancel?", "y a-t-il des frais si j'annule?"), besides its own phrases; none for
/// another topic.
pub(crate) fn policy_phrases(topic: &str) -> impl Iterator<Item = &'static &'static str> {
    let cancel = matches!(
        topic,
        "cancellation" | "cancellation_policy" | "cancellations"
    );
    CANCEL_POLICY
        .iter()
        .chain(fr::CANCEL_POLICY)
        .filter(move |_| cancel)
}

/// `ws` without the words of a question about the cancellation rule, in either
/// language: what is left asks for a cancel or not.
pub(crate) fn outside_cancel_policy(ws: &[String]) -> Vec<String> {
    outside(&outside(ws, CANCEL_POLICY), fr::CANCEL_POLICY)
}

/// `ws` without the words of any of `phrases` where they stand.
fn outside(ws: &[String], phrases: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(ws.len());
    let mut i = 0;
    while i < ws.len() {
        // Allocation-free: this runs at every word of every turn.
        let len = phrases.iter().filter_map(|p| phrase_len_at(ws, i, p)).max();
        match len {
            Some(n) => i += n,
            None => {
                out.push(ws[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The number of words of `phrase` when they stand, exactly, at `ws[i..]`.
fn phrase_len_at(ws: &[String], i: usize, phrase: &str) -> Option<usize> {
    // The usual miss, told from the first word alone without splitting the phrase.
    let first = ws.get(i)?.as_bytes();
    let p = phrase.as_bytes();
    if !(p.starts_with(first) && p.get(first.len()).is_none_or(|&b| b == b' ')) {
        return None;
    }
    let mut n = 0;
    for part in phrase.split(' ') {
        if ws.get(i + n).is_none_or(|w| w != part) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The intent named in a turn, if any.
pub(crate) fn detect(ws: &[String]) -> Option<Intent> {
    // "I'm gonna cancel my appointment... no wait, can we move it instead": what the
    // caller asks after taking back what they began with is the request.
    if let Some(i) = after_self_correction(ws).and_then(|tail| {
        detect(tail).filter(|i| matches!(i, Intent::Cancel | Intent::Reschedule | Intent::Check))
    }) {
        return Some(i);
    }
    // "J'ai un rendez-vous vendredi à 14 h, est-ce que je pourrais venir plus tôt le
    // même jour?", "I have one Thursday at 10, could I come in later that day?": the
    // caller's own appointment, to another start on its day, is a move.
    if crate::relative::same_day(ws).is_some()
        && (any_phrase(
            ws,
            &[
                "mon rendez",
                "mon rdv",
                "j'ai un rendez",
                "j'ai rendez",
                "j'ai deux rendez",
                "mes rendez",
                "celui de",
                "celui du",
            ],
        ) || any_phrase(ws, OWN_APPOINTMENT))
        && !matches!(fr::detect(ws), Some(Intent::Cancel | Intent::Check))
    {
        return Some(Intent::Reschedule);
    }
    // A French booking word that English shares ("cancel my consultation") waits for
    // the English cancel, move and check below.
    let french = fr::detect(ws);
    if let Some(i) = french.filter(|&i| i != Intent::Book) {
        return Some(i);
    }
    if any_phrase(
        &outside_cancel_policy(ws),
        &[
            "cancel",
            "cancelling",
            "canceling",
            "cancellation",
            "call off",
        ],
    ) || drops_own(ws)
    {
        return Some(if cancels_to_rebook(ws) {
            Intent::Reschedule
        } else {
            Intent::Cancel
        });
    }
    // "I can't make it before 11", "can't come until 2": when the caller can come, a
    // window for the booking, not an appointment to move.
    let cant_come = any_phrase(ws, CANNOT_KEEP) && !bounds_when_free(ws);
    if cant_come
        || any_phrase(
        ws,
        &[
            "reschedule",
            "rescheduling",
            "rebook",
            "move",
            "change the time",
            "change the day",
            "change the date",
            "switch my",
            // "can I push my alignment to Saturday?": the caller's own, whatever it is.
            "push my",
            "bump my",
            "shift my",
            // "is there any way you can push me to 2?", "bump me to Friday".
            "push me",
            "bump me",
            "shift me",
            "change my appointment",
            "change the appointment",
            "change my booking",
            "different time",
            "different day",
            "push back",
            "postpone",
        ],
    ) || changes_appointment(ws)
        // "could you bring my appointment forward half an hour", "bump it back a day",
        // "make my Tuesday appointment an hour later", "push Thursday's back half an
        // hour": a shift of something the caller already has.
        || shifts_own(ws)
        // "could I come in the day after instead, same time?": "instead" of what the
        // caller has, at its time.
        || (has_phrase(ws, "instead") && says_same_time(ws))
        // "I'd like to do the same time the following week": a week on from what the
        // caller has, at its time (not a second booking).
        || (says_same_time(ws)
            && crate::relative::week_step(ws).is_some()
            && !ws.iter().any(|w| matches!(w.as_str(), "book" | "another" | "second")))
        // "I've got an appointment Wednesday, could we make it a week later?", "I'm
        // booked on April 1st but I'd like to get in sooner": a week on or back, or
        // sooner, of what the caller has.
        || (crate::relative::week_step(ws).is_some()
            && (any_phrase(ws, OWN_APPOINTMENT)
                || ws.iter().any(|w| w == "my" || possessive(w))))
        || (ws.iter().any(|w| matches!(w.as_str(), "sooner" | "earlier"))
            && any_phrase(ws, OWN_APPOINTMENT))
        || own_then_changed(ws)
        // "I'm in on Friday at 11, could you make it an hour later?", "I'm booked on the
        // 14th, the day before would work better", "my husband is booked in Monday
        // morning, could he come that afternoon instead": a booking told of, then a
        // time relative to it or in its place.
        // ("I have one Friday at 3, could I book another half an hour before that?"
        // asks for a second booking.)
        || (tells_of_booking(ws)
            && !ws.iter().any(|w| matches!(w.as_str(), "book" | "another" | "second"))
            && (crate::relative::shift_minutes(ws).is_some()
                || crate::relative::day_step(ws).is_some()
                || says_same_time(ws)
                || has_phrase(ws, "instead")))
    {
        return Some(Intent::Reschedule);
    }
    // "let me check my calendar": the caller's own diary, a stall, not a check.
    let own_diary = [
        "calendar", "calender", "schedule", "agenda", "diary", "planner",
    ]
    .iter()
    .any(|w| ws.iter().any(|x| x == w));
    if (!own_diary
        && any_phrase(
            ws,
            &[
                "check my",
                "check on my",
                "checking my",
                "checking on my",
                "checking in on my",
            ],
        ))
        || asks_when_theirs(ws)
        || asks_when_booked(ws)
        || asks_if_still_on(ws)
        || asks_who_theirs(ws)
        || any_phrase(
            ws,
            &[
                "confirm my",
                "when is my",
                "when's my",
                "when are my",
                "what day is my",
                "what time's my",
                "when my appointment",
                "is my appointment",
                "what time is my",
                "what time my",
                // "what time are my appointments on Thursday?"
                "what time are my",
                "what times are my",
                "what day are my",
                "my appointment time",
                "do i have an appointment",
                "do i have a booking",
                // "what time am I booked for on Thursday": not a new booking.
                "am i booked",
                "am i scheduled",
                "am i coming in",
                "am i in for",
                "am i supposed to",
                "remind me when",
                // "who am I seeing next Tuesday, and what time?"
                "who am i seeing",
                "who am i booked with",
                "who's my appointment with",
                "who is my appointment with",
                // "what appointments do I have coming up": "do I", never "do you have".
                "appointments do i have",
                "appointment do i have",
                "bookings do i have",
                "do i have booked",
                "have i got booked",
                // "do I have something booked this week?"
                "do i have something booked",
                "do i have anything booked",
                "have i got something booked",
                "have i got anything booked",
                "do i have something scheduled",
                "do i have anything scheduled",
                // "do I have anything Friday?", "do I still have the one next week?":
                // the caller's own diary with us ("do you have anything Friday?" asks
                // for free times).
                "do i have anything",
                "do i have something",
                "do i still have",
                "have i got anything",
                // "did I book for Tuesday or Wednesday?", "what time was I booked for
                // on Thursday again?", "I forget which day, can you check?"
                "did i book",
                "was i booked",
                "when was i",
                "what time was i",
                "what day was i",
                "forget which day",
                "forgot which day",
                "forget what day",
                "forgot what day",
                "forget what time",
                "forgot what time",
                // "I don't remember when it is, could you check?", "I can't remember
                // what time I'm in": the caller's own visit, forgotten.
                "remember when",
                "forget when",
                "forgot when",
                "remember what day",
                "remember what time",
                "remind me what day",
                "remind me what time",
                // "my wife asked me to check what time her appointment is".
                "what time her",
                "what time his",
                "what time our",
                "what day her",
                "what day his",
                "what day my",
                "when her appointment",
                "when his appointment",
                // "can you tell me if I'm booked for this week or next?"
                "if i'm booked",
                "if i am booked",
                "whether i'm booked",
                "if i have an appointment",
                // "what time did you guys have me down for on Monday?"
                "have me down",
                "had me down",
                "got me down",
                "have me booked",
                "got me booked",
                "have me in for",
                // "I've got a colour booked in a couple of weeks, can you tell me the
                // day?", "my daughter has a cleaning coming up, what day was that again?"
                "tell me the day",
                "tell me the date",
                "what day was that",
                "what time was that",
                // "great, and can you tell me when my other booking is?" after a change.
                "tell me when my",
                "when my other",
                "when my next",
            ],
        )
    {
        return Some(Intent::Check);
    }
    if french == Some(Intent::Book) {
        return french;
    }
    if any_phrase(
        ws,
        &[
            "book",
            "booking",
            "booked",
            "appointment",
            "appointments",
            "appt",
            "openings",
            "spot",
            "slot",
            "slots",
            "visit",
            "consultation",
            "come by",
            "drop in",
            "stop by",
            "fit me in",
            "squeeze me in",
            "see someone",
            "see a",
            "see dr",
            "see doctor",
            "schedule",
            "come in",
            "make an",
            "set up",
            "reserve",
            "reservation",
            "available",
            "availability",
            "opening",
            "see the",
            "get in",
            "new patient",
        ],
    ) {
        return Some(Intent::Book);
    }
    if let Some(i) = detect_hours(ws) {
        return Some(i);
    }
    // Any other request at the opening is a booking: that is what the line is for.
    if any_phrase(
        ws,
        &[
            "i'd like",
            "i would like",
            "i want",
            "i need",
            "looking to",
            "looking for",
            "can i",
            "could i",
            "may i",
            "wondering",
            "hoping",
            "trying to",
            "calling to",
            "calling about",
            "get a",
            "get an",
            "make a",
        ],
    ) {
        return Some(Intent::Book);
    }
    None
}

/// "When is Max's next checkup?", "what time is her appointment?", "when's our
/// appointment": a question about when someone's visit is (not "when is your next
/// opening", which asks for free times).
fn asks_when_theirs(ws: &[String]) -> bool {
    const ASKS: &[&str] = &[
        "when is",
        "when's",
        "what time is",
        "what time's",
        "what day is",
    ];
    (0..ws.len()).any(|i| {
        ASKS.iter()
            .filter_map(|p| phrase_len_at(ws, i, p))
            .any(|n| {
                ws.get(i + n).is_some_and(|w| possessive(w))
                    // "when's the Monday one?", "what time is the other appointment?":
                    // one of the caller's own, named.
                    || (ws.get(i + n).is_some_and(|w| w == "the")
                        && ws.get(i + n + 1).is_some_and(|w| {
                            w == "other" || crate::exclude::weekday(w).is_some()
                        })
                        && ws.get(i + n + 2).is_some_and(|w| {
                            matches!(w.as_str(), "one" | "appointment" | "appt" | "booking")
                        }))
                    // "When is Shadow booked in for his sick visit?", "when's he
                    // scheduled?"
                    || ws
                        .get(i + n + 1)
                        .is_some_and(|w| matches!(w.as_str(), "booked" | "scheduled"))
            })
    }) || asks_when_as_clause(ws)
}

/// "Tell me when the Thursday one is", "remind me what time my appointment is": the
/// when-question said as a clause, its appointment before "is".
fn asks_when_as_clause(ws: &[String]) -> bool {
    const NOUNS: &[&str] = &["one", "appointment", "appt", "booking", "visit"];
    (0..ws.len()).any(|i| {
        let Some(n) = phrase_len_at(ws, i, "when").or_else(|| phrase_len_at(ws, i, "what time"))
        else {
            return false;
        };
        let rest = ws.get(i + n..).unwrap_or_default();
        let owner = rest
            .first()
            .is_some_and(|w| w == "the" || w == "my" || possessive(w));
        // The owner, at most one word naming which ("Thursday", "other", "next"),
        // the noun, then "is".
        owner
            && (2..=3).any(|k| {
                rest.get(k - 1).is_some_and(|w| NOUNS.contains(&w.as_str()))
                    && rest
                        .get(k)
                        .is_some_and(|w| matches!(w.as_str(), "is" | "was"))
            })
    })
}

/// A when-question about a visit already booked, not about free times: "what time
/// am I dropping Daisy off?", "when do I come in?" (the caller's own), and "when is
/// that again?", "what time was it?" when the turn tells of the booking
/// ([`tells_of_booking`]) or asks "again".
fn asks_when_booked(ws: &[String]) -> bool {
    const FREE: &[&str] = &[
        "free",
        "open",
        "available",
        "availability",
        "opening",
        "openings",
        "earliest",
        "soonest",
        "spot",
        "spots",
        "room",
    ];
    if ws.iter().any(|w| FREE.contains(&w.as_str())) {
        return false;
    }
    let told = || tells_of_booking(ws) || ws.iter().any(|w| w == "again");
    (0..ws.len()).any(|i| {
        if ["when's", "what time's", "what day's"]
            .iter()
            .any(|p| phrase_len_at(ws, i, p).is_some())
        {
            return told();
        }
        ["when", "what time", "what day", "what date", "which day"]
            .iter()
            .filter_map(|p| phrase_len_at(ws, i, p))
            .any(|n| match ws.get(i + n).map(String::as_str) {
                // "can you tell me what time I'm booked for?", "which day I'm in"
                Some("i'm") => ws.get(i + n + 1).is_some_and(|w| {
                    matches!(w.as_str(), "booked" | "scheduled" | "in" | "coming" | "due")
                }),
                // ("what time am I able to come in?" asks for a free time.)
                Some("am" | "do" | "did") => {
                    ws.get(i + n + 1).is_some_and(|w| w == "i")
                        && !ws
                            .get(i + n + 2)
                            .is_some_and(|w| matches!(w.as_str(), "able" | "allowed"))
                }
                Some("is" | "was" | "are" | "were") => told(),
                _ => false,
            })
    })
}

/// The caller telling of a booking already made, theirs ([`OWN_APPOINTMENT`], "I'm in
/// on Friday") or that of someone they call for ("my husband is booked in", "my
/// daughter has an appointment").
fn tells_of_booking(ws: &[String]) -> bool {
    any_phrase(ws, OWN_APPOINTMENT)
        || any_phrase(
            ws,
            &[
                "i'm in on",
                "i'm in for",
                "i'm in at",
                "i am in on",
                "is booked",
                "he's booked",
                "she's booked",
                "they're booked",
                "has an appointment",
                "has a booking",
                "has an appt",
                // "my wife has something booked with you, which day is that on?"
                "has something booked",
                "has something scheduled",
            ],
        )
}

/// The caller speaking of an appointment they have: "my appointment", "I'm booked",
/// "I've got an appointment".
const OWN_APPOINTMENT: &[&str] = &[
    "my appointment",
    // "my appointment's at 3:30 on the 30th" (the words keep the apostrophe).
    "my appointment's",
    "i have an appointment",
    "i've got an appointment",
    "i got an appointment",
    "i have one",
    "i've got one",
    "i'm booked",
    "i am booked",
    "i'm scheduled",
    "i am scheduled",
];

/// What follows a caller's taking back what they began with ("I'm gonna cancel my
/// appointment... no wait, can we move it instead"): the words after the last cue,
/// when there are any.
fn after_self_correction(ws: &[String]) -> Option<&[String]> {
    const CUES: &[&str] = &[
        "no wait",
        "wait no",
        "no actually",
        "actually no",
        "on second thought",
        "on second thoughts",
        "scratch that",
        "or rather",
        // "I need to cancel my appointment tomorrow... actually, could I just do the
        // same time next week instead?"
        "actually could i",
        "actually can i",
        "actually could we",
        "actually can we",
    ];
    let end = (0..ws.len())
        .filter_map(|i| {
            CUES.iter()
                .filter_map(|c| phrase_len_at(ws, i, c))
                .max()
                .map(|n| i + n)
        })
        .max()?;
    (end < ws.len()).then(|| &ws[end..])
}

/// "Can I get my nail care moved earlier that day", "I need Daisy's dental moved",
/// "my Thursday appointment pushed to later in the day", "can my brake inspection go
/// to first thing tomorrow": the caller's own something, then a few words on a verb
/// of change (a past participle, or "go to" in a question). Not what the caller says
/// of themselves or of someone ("my address changed", "my plans changed", "can my
/// daughter go to ...").
fn own_then_changed(ws: &[String]) -> bool {
    const NOT_AN_APPOINTMENT: &[&str] = &[
        "name",
        "number",
        "phone",
        "cell",
        "email",
        "address",
        "mind",
        "answer",
        "plans",
        "plan",
        "schedule",
        "work",
        "shift",
        "hours",
        "situation",
        "availability",
        "son",
        "daughter",
        "wife",
        "husband",
        "kid",
        "kids",
        "child",
        "mom",
        "dad",
        "mother",
        "father",
        "partner",
        "friend",
    ];
    ws.iter().enumerate().any(|(i, w)| {
        (w == "my" || possessive(w))
            && (2..=5).any(|k| {
                let (Some(verb), Some(between)) = (ws.get(i + k), ws.get(i + 1..i + k)) else {
                    return false;
                };
                if between
                    .iter()
                    .any(|x| NOT_AN_APPOINTMENT.contains(&x.as_str()))
                {
                    return false;
                }
                matches!(
                    verb.as_str(),
                    "moved" | "pushed" | "bumped" | "shifted" | "switched" | "rescheduled"
                ) || (verb == "go"
                    && ws.get(i + k + 1).is_some_and(|n| n == "to")
                    && i > 0
                    && matches!(ws[i - 1].as_str(), "can" | "could"))
                    // "can my balayage on Friday be the same time next week?", "could
                    // my cleaning be moved": to another time, not who or what it is.
                    || (verb == "be"
                        && ws.get(i + k + 1).is_some_and(|n| {
                            matches!(
                                n.as_str(),
                                "the" | "same" | "moved" | "changed" | "pushed" | "switched"
                                    | "later" | "earlier" | "next" | "tomorrow"
                            )
                        })
                        && i > 0
                        && matches!(ws[i - 1].as_str(), "can" | "could"))
            })
    })
}

/// "his", "her", "our", "their", or a name's possessive ("Max's", "Thursday's"); not
/// a contraction ("it's", "that's", "she's").
pub(crate) fn possessive(w: &str) -> bool {
    const CONTRACTIONS: &[&str] = &[
        "it",
        "that",
        "what",
        "there",
        "here",
        "let",
        "he",
        "she",
        "who",
        "where",
        "how",
        "one",
        "this",
        "everything",
        "nothing",
        "something",
        "everyone",
        "someone",
    ];
    matches!(w, "his" | "her" | "our" | "their")
        || w.strip_suffix("'s")
            .is_some_and(|stem| !stem.is_empty() && !CONTRACTIONS.contains(&stem))
}

/// "push my appointment back", "change the time of my booking", "shift my
/// appointment", "can I change it?" beside "appointment": a verb of change with the
/// appointment or its time as its object, a few words on.
/// A shift ("half an hour earlier", "back an hour") of the caller's own appointment:
/// "my" or "it" before it, or a possessive ("Thursday's", "Coco's", "her"). With "it" the
/// shift must say "back" or "forward" ("can I do it an hour later" may be a booking).
fn shifts_own(ws: &[String]) -> bool {
    if crate::relative::shift_minutes(ws).is_none() {
        return false;
    }
    // "push Coco's dental an hour later": a possessive names someone's own too.
    let own = ws.iter().any(|w| w == "my" || possessive(w));
    own || (ws.iter().any(|w| w == "it")
        && ws.iter().any(|w| matches!(w.as_str(), "back" | "forward")))
}

fn changes_appointment(ws: &[String]) -> bool {
    changes_own_to(ws)
        // "push the 2 o'clock back to 3:30", "bump Friday's forward".
        || verb_then_object(ws, &["push", "bump", "shift"], &["back", "forward", "ahead"])
        || verb_then_object(
            ws,
            &[
                "change", "changing", "switch", "push", "bump", "modify", "adjust",
            ],
            &[
                "appointment",
                "appt",
                "booking",
                "reservation",
                "time",
                "day",
                "date",
            ],
        )
}

/// "Please remove my appointment", "scrap my booking on Thursday", "take me off the
/// schedule", "I won't be needing my appointment": a cancel said without the word.
/// "Drop off", "drop by" and "drop in" are visits, not cancels.
fn drops_own(ws: &[String]) -> bool {
    const OBJECTS: &[&str] = &["appointment", "appt", "booking", "reservation", "session"];
    let is_object = |w: &String| OBJECTS.contains(&w.as_str());
    let verb = ws.iter().enumerate().any(|(i, w)| {
        let next = ws.get(i + 1).map(String::as_str);
        matches!(
            w.as_str(),
            "remove" | "delete" | "scrap" | "scratch" | "erase" | "drop"
        ) && !matches!(next, Some("off" | "by" | "in"))
            && (ws[i + 1..].iter().take(4).any(is_object)
                // "I have one Thursday, can you delete it?"
                || (matches!(next, Some("it" | "that")) && ws.iter().any(is_object)))
    });
    verb || any_phrase(
        ws,
        &[
            "off the schedule",
            "off your schedule",
            "off the books",
            "off your books",
            "off the calendar",
            "won't be needing my",
            "won't be needing the",
            "won't need my appointment",
            "don't need my appointment",
            "no longer need my",
            "no longer need the",
            // "I'll have to give up my spot", "you can give my spot to someone else",
            // "free up my appointment", "bow out of my appointment".
            "give up my",
            "give away my",
            "give my spot",
            "give my slot",
            "give my appointment",
            "free up my",
            "bow out",
        ],
    ) || no_need_to_come(ws)
        || takes_off(ws)
        // "we won't be needing Rusty's checkup", "I don't need her appointment".
        || ws.windows(4).any(|w| {
            matches!(
                [w[0].as_str(), w[1].as_str(), w[2].as_str()],
                ["won't", "be", "needing"] | ["no", "longer", "need"] | ["won't", "need", _]
            ) && (possessive(&w[3]) || possessive(&w[2]))
        })
}

/// "I won't make it to my cleaning, could you take it off please?", "take me off for
/// Friday", "take my checkup off": off the books, of something the caller has ("my",
/// a possessive or an appointment word in the turn); a pronoun, or "my" or a
/// possessive and up to two words, between "take" and "off" ("take ten percent off"
/// is no cancel).
fn takes_off(ws: &[String]) -> bool {
    const OBJECTS: &[&str] = &["appointment", "appt", "booking", "reservation", "session"];
    const PRONOUNS: &[&str] = &["it", "that", "me", "him", "her", "us", "them"];
    // "Take my number off your calling list": no appointment.
    const NOT_IT: &[&str] = &[
        "number",
        "name",
        "phone",
        "cell",
        "email",
        "address",
        "calling",
        "mailing",
        "call",
        "contact",
        "reminder",
        "reminders",
        "text",
        "texts",
        "calls",
        "messages",
    ];
    if ws.iter().any(|w| NOT_IT.contains(&w.as_str())) {
        return false;
    }
    ws.iter().enumerate().any(|(i, w)| {
        let object = ws.get(i + 1).map(String::as_str);
        w == "take"
            && match object {
                Some(o) if PRONOUNS.contains(&o) => ws.get(i + 2).is_some_and(|w| w == "off"),
                Some(o) if o == "my" || possessive(o) => {
                    ws[i + 2..].iter().take(3).any(|w| w == "off")
                }
                _ => false,
            }
    }) && ws
        .iter()
        .any(|w| w == "my" || possessive(w) || OBJECTS.contains(&w.as_str()))
}

/// "Who's doing my hair on Saturday?", "who is seeing my son on Friday?", "who will be
/// doing my colour?", "who's my cleaning with?": a who-question about a visit already
/// booked, the caller's or a relative's, asks its person. The who-form ("who's", "who
/// is", "who will be", "who'll be") is followed by a verb in "-ing" with "my", "me" or a
/// possessive right after it, or by "my" (or a possessive) and "with" a few words on.
/// ("Who can do my hair Saturday?" asks who is free, a booking; "who's this?" and "who
/// am I speaking with?" ask who answers.)
fn asks_who_theirs(ws: &[String]) -> bool {
    let own = |w: &String| w == "my" || w == "me" || possessive(w);
    (0..ws.len()).any(|i| {
        let n = match (
            ws[i].as_str(),
            ws.get(i + 1).map(String::as_str),
            ws.get(i + 2).map(String::as_str),
        ) {
            ("who's" | "whos", _, _) => 1,
            ("who", Some("is"), _) => 2,
            ("who'll", Some("be"), _) => 2,
            ("who", Some("will"), Some("be")) => 3,
            _ => return false,
        };
        let Some(next) = ws.get(i + n) else {
            return false;
        };
        let gerund = next.len() > 4
            && next.ends_with("ing")
            && !matches!(
                next.as_str(),
                "calling" | "speaking" | "talking" | "answering"
            );
        (gerund && ws.get(i + n + 1).is_some_and(own))
            || (own(next) && ws.iter().skip(i + n + 1).take(4).any(|w| w == "with"))
    })
}

/// "Is my daughter still booked in for Friday?", "are we still on for Tuesday?": a
/// booking already made, asked after ("are you still booked up Friday?" asks whether
/// anything is free).
fn asks_if_still_on(ws: &[String]) -> bool {
    const STILL: &[&str] = &[
        "still booked",
        "still scheduled",
        "still on for",
        "still in for",
        "still down for",
    ];
    (0..ws.len()).any(|i| {
        STILL
            .iter()
            .filter_map(|p| phrase_len_at(ws, i, p))
            .any(|n| {
                !ws.get(i + n)
                    .is_some_and(|w| matches!(w.as_str(), "up" | "solid" | "full"))
            })
    })
}

/// "I don't need to come in on Thursday after all", "we won't need to come in
/// anymore": the visit is no longer wanted; not "I don't need to come in before 10"
/// or "early", which say when.
fn no_need_to_come(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "don't need to come",
        "won't need to come",
        "no longer need to come",
        "don't have to come",
        "doesn't need to come",
        "won't have to come",
    ];
    (0..ws.len()).any(|i| {
        PHRASES
            .iter()
            .filter_map(|p| phrase_len_at(ws, i, p))
            .any(|n| {
                !ws[i + n..].iter().take(3).any(|w| {
                    matches!(
                        w.as_str(),
                        "before" | "until" | "till" | "early" | "earlier" | "late" | "later"
                    )
                })
            })
    })
}

/// "Can I change my checkup to Thursday at 2", "change my cleaning for Friday": the
/// caller's own something (whatever the business calls it), led to a new time. Not
/// what the caller says of themselves ("change my number to 416…", "my name").
fn changes_own_to(ws: &[String]) -> bool {
    const NOT_AN_APPOINTMENT: &[&str] = &[
        "name", "number", "phone", "cell", "email", "address", "mind", "answer",
    ];
    ws.windows(2).enumerate().any(|(i, pair)| {
        matches!(pair[0].as_str(), "change" | "changing")
            && pair[1] == "my"
            && ws[i + 2..]
                .iter()
                .take(4)
                .position(|w| matches!(w.as_str(), "to" | "for"))
                .is_some_and(|k| {
                    k > 0
                        && ws[i + 2..i + 2 + k]
                            .iter()
                            .all(|w| !NOT_AN_APPOINTMENT.contains(&w.as_str()))
                })
    })
}

/// Whether a word of `verbs` is followed within four words by one of `objects`, or
/// by "it"/"that" in a turn that names one of them elsewhere ("I have an appointment
/// Thursday, can I change it?").
pub(crate) fn verb_then_object(ws: &[String], verbs: &[&str], objects: &[&str]) -> bool {
    let is_object = |w: &String| objects.contains(&w.as_str());
    ws.iter().enumerate().any(|(i, w)| {
        verbs.contains(&w.as_str())
            && (ws[i + 1..].iter().take(4).any(is_object)
                || (ws
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.as_str(), "it" | "that" | "le" | "la" | "ça"))
                    && ws.iter().any(is_object)))
    })
}

/// "Same as last time", "my usual", "comme d'habitude": the caller wants what they
/// booked before.
pub(crate) fn wants_usual(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "same as last time",
            "same thing as last time",
            "same as before",
            "same as usual",
            "the usual",
            "my usual",
            "comme d'habitude",
            "comme la dernière fois",
            "comme la derniere fois",
            "même chose que la dernière fois",
        ],
    )
}

/// "If not, Monday at 11", "otherwise Tuesday", "sinon lundi": where a second choice
/// begins in a turn, as the byte offsets of its cue and of what follows the cue. The
/// first cue found counts; a cue must stand as whole words (case and the curly
/// apostrophe aside).
pub(crate) fn fallback_cue(text: &str) -> Option<(usize, usize)> {
    const CUES: &[&str] = &[
        "if not",
        "otherwise",
        "or else",
        "failing that",
        "if that doesn't work",
        "if that's not possible",
        "if that's taken",
        "if you can't",
        "sinon",
        "autrement",
        "si c'est pas possible",
        "si ce n'est pas possible",
        "si ça marche pas",
        "si ça ne marche pas",
    ];
    let same = |a: char, b: char| {
        let fold = |c: char| if c == '\u{2019}' { '\'' } else { c };
        fold(a).to_lowercase().eq(fold(b).to_lowercase())
    };
    // The end of `cue` read at `i`, when it stands there as whole words.
    let at = |i: usize, cue: &str| -> Option<usize> {
        let rest = text.get(i..)?;
        let mut chars = rest.char_indices();
        let mut end = 0;
        for c in cue.chars() {
            let (j, r) = chars.next()?;
            if !same(r, c) {
                return None;
            }
            end = j + r.len_utf8();
        }
        let after = rest.get(end..)?.chars().next();
        after
            .is_none_or(|c| !c.is_alphanumeric())
            .then_some(i + end)
    };
    text.char_indices()
        .filter(|&(i, _)| {
            text.get(..i)
                .and_then(|h| h.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        })
        .find_map(|(i, _)| CUES.iter().find_map(|cue| at(i, cue)).map(|end| (i, end)))
}

/// The words that lead from an appointment's time to the new one in a move ("move my
/// Thursday appointment to Friday at 2", "de jeudi à vendredi"), in both languages
/// like every classifier here.
/// "same time", "même heure": the time already under discussion, on another day;
/// "same day next week" keeps it too (the day a week on).
pub(crate) fn says_same_time(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "same time",
            "same day next week",
            // "next week, same day and time": the time is the start's own.
            "same day and time",
            "same day and same time",
            "same day and hour",
            "même heure",
            "meme heure",
        ],
    )
}

pub(crate) fn move_to_words() -> impl Iterator<Item = &'static str> {
    ["to", "for"].into_iter().chain(fr::MOVE_TO.iter().copied())
}

/// Questions about the opening hours, in both [`detect_hours`] and [`asks_hours`].
const HOURS_ASKED: &[&str] = &[
    "are you open",
    "when are you open",
    "what time do you open",
    "what time do you close",
    "when do you open",
    "when do you close",
    // "do you close at 5 on Fridays?"
    "do you close",
    "do you open",
    "are you closed",
];

fn detect_hours(ws: &[String]) -> Option<Intent> {
    (any_phrase(ws, HOURS_ASKED)
        || any_phrase(ws, &["hours", "open on", "open today", "open tomorrow"]))
    .then_some(Intent::Hours)
}

/// "What are your hours?", "when are you open?", "vos heures": the opening hours asked
/// about at another question (a bare "hours" may be a length: "two hours later").
pub(crate) fn asks_hours(ws: &[String]) -> bool {
    fr::detect(ws) == Some(Intent::Hours)
        || any_phrase(ws, HOURS_ASKED)
        || any_phrase(
            ws,
            &[
                "your hours",
                "the hours",
                "opening hours",
                "business hours",
                "office hours",
            ],
        )
}

/// "the one I'm calling from", "this number", "same number": the caller id.
pub(crate) fn means_caller_id(ws: &[String]) -> bool {
    fr::means_caller_id(ws)
        || any_phrase(
            ws,
            &[
                "calling from",
                "calling on",
                "calling you from",
                "this number",
                "this phone",
                "this one",
                "same number",
                "the number i'm on",
                "caller id",
                "my current number",
                "number you have",
                "number i called from",
            ],
        )
}

/// "... wait no, that's my work, use the one I'm calling from" said after a number: the
/// caller id taken back in place of it (SPEC §2, a correction gives the later number).
/// `ws` are the words after the number; a caller id merely restated beside it ("604
/// 555 0123, this number") is no correction.
pub(crate) fn caller_id_instead(ws: &[String]) -> bool {
    means_caller_id(ws)
        && any_phrase(
            ws,
            &[
                "no", "wait", "actually", "instead", "rather", "scratch", "use", "non", "plutôt",
                "en fait", "attendez",
            ],
        )
}

/// "as soon as possible", "the earliest you have", "first available".
pub(crate) fn wants_earliest(ws: &[String]) -> bool {
    fr::wants_earliest(ws)
        || any_phrase(
            ws,
            &[
                "earliest",
                "soonest",
                "as soon as",
                "asap",
                "first available",
                "next available",
                "first opening",
                "next opening",
                // "whoever's free first", "the first free spot": the earliest, with anyone.
                "free first",
                "first free",
                "any time",
                "anytime",
                "whenever",
                // "whatever works for you", "whatever's easiest": the caller leaves the
                // time to the agent, as "whenever" does.
                "whatever works",
                "whatever's easiest",
                "whatever is easiest",
                "whatever suits you",
                "whatever you have",
                // "any day is fine", "any day except Wednesday" (the ruled-out day is
                // `exclude.rs`'s): a day is no constraint either.
                "any day",
                "whichever day",
                "whatever day",
            ],
        )
}

/// "What do you have available?", "when are you free?", "qu'est-ce que vous avez de
/// disponible?" with no day or time said: the caller asks what is free, which the
/// earliest free times answer. Not "what else do you have?" (more of the times
/// offered).
pub(crate) fn asks_what_is_free(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "what do you have",
            "what do you guys have",
            "what have you got",
            "what've you got",
            "what you got",
            "what's available",
            "what is available",
            "what's open",
            "what is open",
            "what times do you have",
            "what times are available",
            "what times are open",
            "what are my options",
            "what openings",
            "when are you free",
            "when are you available",
            "when can you fit me in",
            "when can you see me",
            "qu'est ce que vous avez",
            "qu'avez vous",
            "vos disponibilités",
            "vos disponibilites",
            "quand êtes vous disponible",
            "quand est ce que vous êtes disponible",
            "quand pouvez vous me prendre",
        ],
    ) && !any_phrase(ws, &["else", "other", "more", "autre", "autres", "encore"])
}

/// "Sorry?", "pardon?", "can you repeat that", "what was that": the caller wants the
/// last prompt again. Only whole short turns or clear phrases count, so "sorry, it's
/// Thursday" is an answer (the caller of this checks the turn carries no answer).
pub(crate) fn wants_repeat(ws: &[String]) -> bool {
    if fr::wants_repeat(ws) {
        return true;
    }
    let whole: &[&[&str]] = &[
        &["sorry"],
        &["what"],
        &["huh"],
        &["eh"],
        &["sorry", "what"],
        &["i'm", "sorry"],
        &["excuse", "me"],
        &["sorry", "say", "again"],
        &["again"],
    ];
    if whole
        .iter()
        .any(|w| w.len() == ws.len() && w.iter().zip(ws).all(|(a, b)| a == b))
    {
        return true;
    }
    any_phrase(
        ws,
        &[
            "pardon",
            "repeat that",
            "repeat it",
            "repeat the",
            "repeat yourself",
            "you repeat",
            "say that again",
            "say it again",
            "say again",
            "what was that",
            "what did you say",
            "what'd you say",
            "come again",
            "didn't catch that",
            "didn't catch what",
            "didn't hear that",
            "didn't hear you",
            "didn't get that",
            "missed that",
            "one more time",
            "say that one more",
            // "who is this?", "sorry, who's calling?": the last prompt says who.
            "who is this",
            "who's this",
            "who is calling",
            "who's calling",
            // "sorry, what were those times again?" after offers.
            "what were those",
            "what were the times",
            "those times again",
            "those again",
            "you cut out",
            "breaking up",
            "cutting out",
            // "you went quiet there, what did you need?": the line dropped the prompt.
            "went quiet",
            "went silent",
            "lost you",
            "what did you need",
            "what was the question",
            "speak up",
            "barely hear",
            "hard to hear",
            // "what? sorry, it's loud here": the caller could not hear.
            "loud here",
            "noisy here",
            "can't hear you",
            "couldn't hear you",
            "bad line",
        ],
    )
}

/// "Wait, is that the 19th?", "what time did you say?", "is that a.m.?": a question
/// about what was just read back, answered by reading it again. The caller of this
/// checks that the agent is at a read-back and that the turn holds no yes or no; a
/// turn asking for a change ("is that okay to move it instead?") is not a question.
pub(crate) fn asks_about_readback(ws: &[String]) -> bool {
    const LEAD: &[&str] = &[
        "wait", "sorry", "so", "um", "umm", "uh", "oh", "and", "just", "okay", "ok", "hmm", "hang",
        "hold", "on", "sec", "one", "actually",
    ];
    let rest: Vec<&str> = ws
        .iter()
        .map(String::as_str)
        .skip_while(|w| LEAD.contains(w))
        .collect();
    if any_phrase(
        ws,
        &[
            "instead", "rather", "can", "could", "move", "change", "cancel", "make it",
        ],
    ) {
        return false;
    }
    let opens = |p: &[&str]| rest.len() >= p.len() && rest[..p.len()] == *p;
    let asks_what = matches!(rest.first(), Some(&("what" | "which")))
        && matches!(rest.get(1), Some(&("time" | "day" | "date" | "number")))
        && any_phrase(
            ws,
            &[
                "did you say",
                "was that",
                "is that",
                "was it",
                "do you have for me",
                "do you have me",
                "have for me",
                "again",
            ],
        );
    asks_what
        || opens(&["is", "that"])
        || opens(&["was", "that"])
        || opens(&["is", "it"]) && !matches!(rest.get(2), Some(&("possible" | "ok" | "okay")))
        || opens(&["did", "you", "say"])
        || opens(&["you", "said"])
}

/// "Hello? Can you hear me?", "are you there?", "allô, vous m'entendez?": the caller
/// checks the line.
pub(crate) fn checks_line(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "can you hear me",
            "do you hear me",
            "are you there",
            "you still there",
            "hello hello",
            "vous m'entendez",
            "m'entendez vous",
            "tu m'entends",
            "êtes vous là",
            "y a quelqu'un",
            "allô allô",
        ],
    ) || asks_if_anyone_there(ws)
}

/// "Is anyone there?", "anybody there? hello?": someone on the line asked for, the
/// turn ending there or on a greeting; "does anyone there do IMS?" asks what the staff
/// do.
fn asks_if_anyone_there(ws: &[String]) -> bool {
    ws.windows(2).enumerate().any(|(i, w)| {
        matches!(w[0].as_str(), "anyone" | "anybody")
            && w[1] == "there"
            && ws[i + 2..]
                .iter()
                .all(|x| matches!(x.as_str(), "hello" | "hi" | "hey"))
    })
}

/// "Hello?", "yes, hi", "good morning", "bonjour": a turn of greetings alone.
pub(crate) fn only_greeting(ws: &[String]) -> bool {
    const GREETINGS: &[&str] = &[
        "hello",
        "hi",
        "hey",
        "hiya",
        "yes",
        "yeah",
        "yep",
        "oh",
        "uh",
        "um",
        "good",
        "morning",
        "afternoon",
        "evening",
        "there",
        "bonjour",
        "allô",
        "allo",
        "salut",
        "oui",
        "bonsoir",
    ];
    const OPENERS: &[&str] = &[
        "hello",
        "hi",
        "hey",
        "hiya",
        "morning",
        "afternoon",
        "evening",
        "bonjour",
        "allô",
        "allo",
        "salut",
        "bonsoir",
    ];
    !ws.is_empty()
        && ws.iter().all(|w| GREETINGS.contains(&w.as_str()))
        && ws.iter().any(|w| OPENERS.contains(&w.as_str()))
}

/// "Good morning, how are you?", "ça va?": the caller's pleasantries, which are
/// answered in kind ("how are you spelling it?" asks about the read-back).
pub(crate) fn small_talk(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "how are you",
            "how're you",
            "how are ya",
            "how you doing",
            "how's it going",
            "how is it going",
            "how's your day",
            "how are things",
            "comment allez vous",
            "comment ça va",
            "ça va bien",
            "vous allez bien",
        ],
    ) && !ws
        .iter()
        .any(|w| w.starts_with("spell") || w.starts_with("épel"))
}

/// "Hold on", "one sec", "let me think", "hmm": the caller needs a moment.
pub(crate) fn stalls(ws: &[String]) -> bool {
    if fr::stalls(ws) {
        return true;
    }
    const FILLERS: &[&str] = &[
        "hmm", "hmmm", "hm", "mm", "mmm", "um", "umm", "uh", "uhh", "er", "erm", "ah", "well",
        "so", "wait", "okay", "ok", "oh", "let's", "see", "sorry", "yeah", "just", "a",
    ];
    // A turn of nothing but fillers with a thinking sound in it ("um, well, hmm").
    let thinking = [
        "hmm", "hmmm", "hm", "mm", "mmm", "um", "umm", "uh", "uhh", "er", "erm",
    ];
    if !ws.is_empty()
        && ws.iter().all(|w| FILLERS.contains(&w.as_str()))
        && ws
            .iter()
            .any(|w| thinking.contains(&w.as_str()) || w == "wait")
    {
        return true;
    }
    any_phrase(
        ws,
        &[
            "hold on",
            "hang on",
            "hold up",
            "one sec",
            "one second",
            "a sec",
            "a second",
            "one moment",
            "a moment",
            "one minute",
            "a minute",
            "a min",
            "let me think",
            "let me see",
            "let me check",
            "let me find",
            "let me look",
            "let me get",
            "let me grab",
            "let's see",
            "bear with me",
            "give me a",
            "gimme a",
            "wait a",
            "i'm thinking",
            "thinking about it",
            "need to check",
            "have to check",
            "looking for it",
        ],
    )
}

const SMALL: [&str; 13] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];

/// A bare clock time with no other time words: "10", "10:30", "ten", "ten thirty",
/// "nine fifteen". Used only to pick among times the agent has just offered.
pub(crate) fn bare_clock(ws: &[String]) -> Option<(u32, u32)> {
    let number = |w: &str| -> Option<u32> {
        w.parse::<u32>()
            .ok()
            .or_else(|| SMALL.iter().position(|s| *s == w).map(|i| i as u32))
    };
    let minutes = |w: &str| -> Option<u32> {
        match w {
            "thirty" => Some(30),
            "fifteen" => Some(15),
            "o'clock" => Some(0),
            _ => w.parse::<u32>().ok().filter(|m| *m < 60 && w.len() == 2),
        }
    };
    for (i, w) in ws.iter().enumerate() {
        if let Some(h) = number(w).filter(|h| (1..=12).contains(h)) {
            let m = ws.get(i + 1).and_then(|n| minutes(n)).unwrap_or(0);
            return Some((h, m));
        }
    }
    None
}

/// An hour at `ws[i]` with the minutes and the a.m./p.m. said after it: "3", "3 30",
/// "three thirty", "4 forty five", "10 o'clock", "2 p.m.", "4 in the afternoon".
/// Shared by [`corrected_clock`] and the ruled-out times of `exclude.rs`.
pub(crate) struct SpokenClock {
    /// As said (digits up to two, or zero to twelve in words); not yet read as a
    /// business hour.
    pub hour: u32,
    pub minute: u32,
    /// The index after the minutes (where "p.m." or what follows the clock starts).
    pub end: usize,
    pub am: bool,
    pub pm: bool,
}

pub(crate) fn spoken_clock(ws: &[String], i: usize) -> Option<SpokenClock> {
    let w = ws.get(i)?.as_str();
    let hour = w
        .parse::<u32>()
        .ok()
        .filter(|_| w.len() <= 2)
        .or_else(|| SMALL.iter().position(|s| *s == w).map(|i| i as u32))?;
    let mut end = i + 1;
    let mut minute = 0;
    match ws.get(end).map(String::as_str) {
        Some("thirty") => (minute, end) = (30, end + 1),
        Some("fifteen") => (minute, end) = (15, end + 1),
        Some("forty") if ws.get(end + 1).is_some_and(|w| w == "five") => {
            (minute, end) = (45, end + 2);
        }
        Some("o'clock") => end += 1,
        Some(w) if w.len() == 2 && w.parse::<u32>().is_ok_and(|x| x < 60) => {
            (minute, end) = (w.parse().unwrap_or(0), end + 1);
        }
        _ => {}
    }
    let rest = ws.get(end..).unwrap_or(&[]);
    let starts = |p: &[&str]| rest.len() >= p.len() && p.iter().zip(rest).all(|(a, b)| a == b);
    let pm = starts(&["pm"])
        || starts(&["p", "m"])
        || starts(&["in", "the", "afternoon"])
        || starts(&["in", "the", "evening"]);
    let am = starts(&["am"]) || starts(&["a", "m"]) || starts(&["in", "the", "morning"]);
    Some(SpokenClock {
        hour,
        minute,
        end,
        am,
        pm,
    })
}

/// "The one next week", "the Tuesday one", "my other appointment": the turn speaks of
/// one appointment among others, by the word or by a pronoun "one" ([`pronoun_one`],
/// not "the one o'clock").
pub(crate) fn speaks_of_one(ws: &[String]) -> bool {
    ws.iter()
        .any(|w| matches!(w.as_str(), "appointment" | "booking" | "appt"))
        || (0..ws.len()).any(|j| {
            pronoun_one(ws, j)
                && !ws.get(j + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "o'clock" | "oclock" | "thirty" | "fifteen" | "pm"
                    )
                })
        })
}

/// Whether the "one" at `j` is a pronoun standing for a thing ("the highway one", "the
/// other one", "another one"): "the", "this", "other" or "another" among the three words
/// before it.
fn pronoun_one(ws: &[String], j: usize) -> bool {
    ws[j] == "one"
        && ws[j.saturating_sub(3)..j]
            .iter()
            .any(|w| matches!(w.as_str(), "the" | "this" | "other" | "another"))
}

/// The business-hour reading of an hour (SPEC §2): 1 to 6 afternoon, 7 to 11 morning,
/// 12 noon, unless "a.m."/"p.m." says otherwise; 0 and 13 to 23 as said.
pub(crate) fn business_hour(h: u32, am: bool, pm: bool) -> Option<u32> {
    match h {
        1..=6 if !am => Some(h + 12),
        7..=11 if pm => Some(h + 12),
        12 if am => Some(0),
        0..=23 => Some(h),
        _ => None,
    }
}

/// A bare hour said as a change of time: "make it 4", "can we do 4:30 instead", "4
/// instead", "change it to 10", "move it to 2 p.m.", "i said 10, not 10:30", "the time
/// is 3". The hour follows the business
/// reading (7 to 11 morning, 12 noon, 1 to 6 afternoon) unless "a.m."/"p.m." or a
/// 24-hour form says otherwise. `None` when no such cue is next to a bare hour.
pub(crate) fn corrected_clock(ws: &[String]) -> Option<chrono::NaiveTime> {
    // Where the clock starts: after a cue, or before "instead" or "better" (with the
    // index of "better": only words of preference may stand between).
    let mut starts: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, w) in ws.iter().enumerate() {
        let after = |cue: &[&str]| -> Option<usize> {
            let end = i + cue.len();
            (end <= ws.len() && cue.iter().zip(&ws[i..end]).all(|(a, b)| a == b)).then_some(end)
        };
        for cue in [
            &["make", "it"][..],
            &["make", "that"],
            &["do"],
            &["change", "it", "to"],
            &["change", "that", "to"],
            &["move", "it", "to"],
            &["switch", "it", "to"],
            &["switch", "to"],
            // A read-back put right: "no, i said 10", "and the time is 3".
            &["i", "said"],
            &["time", "is"],
            &["time's"],
        ] {
            if let Some(end) = after(cue) {
                starts.push((end, None));
            }
        }
        if w == "instead" {
            // "4 instead", "4 30 instead", "4 p.m. instead", "4 o'clock instead"; not the
            // pronoun "one" of "the highway one instead", "the other one instead".
            for back in 1..=3 {
                if let Some(j) = i.checked_sub(back)
                    && !pronoun_one(ws, j)
                {
                    starts.push((j, None));
                }
            }
        }
        if w == "better" {
            // "11 would be better", "11 works better", "4 p.m. would suit me better".
            for back in 2..=6 {
                if let Some(j) = i.checked_sub(back) {
                    starts.push((j, Some(i)));
                }
            }
        }
    }
    starts.into_iter().find_map(|(i, better)| {
        let SpokenClock {
            hour: h,
            minute: m,
            end: j,
            am,
            pm,
        } = spoken_clock(ws, i)?;
        let rest: Vec<&str> = ws[j.min(ws.len())..].iter().map(String::as_str).collect();
        // What follows must not make it something else ("do 2 people", "make it 4 days").
        let next = rest.first().copied().unwrap_or("");
        // A new clause after the clock ends it too ("make it 11 and my name's Rita",
        // "make it 3 my name is Joe", "make it 11 not 10"); "and a half" goes on with
        // the clock.
        let new_clause = matches!(next, "my" | "name's" | "it's" | "i'm" | "but" | "not")
            || (next == "and" && !matches!(rest.get(1), Some(&"a" | &"half")));
        let preferred = better.is_some_and(|b| {
            j < b
                && ws[j..b].iter().all(|w| {
                    matches!(
                        w.as_str(),
                        "would"
                            | "be"
                            | "work"
                            | "works"
                            | "is"
                            | "suit"
                            | "suits"
                            | "me"
                            | "much"
                            | "even"
                            | "really"
                            | "a"
                            | "p"
                            | "m"
                            | "am"
                            | "pm"
                    )
                })
        });
        let clock_end = pm
            || am
            || new_clause
            || preferred
            || matches!(
                next,
                "" | "instead"
                    | "please"
                    | "then"
                    | "o'clock"
                    | "if"
                    | "thanks"
                    | "thank"
                    | "ok"
                    | "okay"
                    | "on"
                    | "that"
                    | "today"
                    | "tomorrow"
                    | "though"
            );
        if !clock_end {
            return None;
        }
        chrono::NaiveTime::from_hms_opt(business_hour(h, am, pm)?, m, 0)
    })
}

/// [`corrected_clock`] on a turn as written: its punctuation ends a clause, so a clock
/// that ends one is read whatever the next clause says ("oh wait, make it 11. name's
/// Rita Moreno", "make it 2, Rita Moreno here"). Only a mark followed by a space or
/// the end counts, never one inside a clock ("9.30", "10:30").
pub(crate) fn corrected_clock_in(text: &str) -> Option<chrono::NaiveTime> {
    corrected_clock(&words(text)).or_else(|| {
        let bytes = text.as_bytes();
        (0..bytes.len())
            .filter(|&i| {
                matches!(bytes[i], b'.' | b',' | b';' | b'!' | b'?')
                    && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace)
            })
            .find_map(|i| corrected_clock(&words(text.get(..i)?)))
    })
}

/// "Wait, keep it", "leave it where it is", "don't cancel it": the appointment read
/// back for a change stays as it is (the later words of "yes... oh wait, keep it" win).
pub(crate) fn keeps_as_is(ws: &[String]) -> bool {
    any_phrase(
        ws,
        &[
            "keep it",
            "keep my appointment",
            "keep the appointment",
            "leave it",
            "as it is",
            "as is",
            "where it is",
            "don't cancel",
            "do not cancel",
            "don't move it",
            "do not move it",
            "don't change it",
            "do not change it",
            // "gardez-le", "on le garde", "laissez-le comme ça".
            "gardez le",
            "on le garde",
            "laissez le",
        ],
    )
}

/// "Actually, don't cancel it, can you move it to Friday?", "instead of cancelling,
/// can I get a new time?": a move asked instead of the cancel being read back (its
/// cancel words aside, the turn asks for a move, and takes the cancel back or says
/// "instead"/"actually"/"rather"; "yes, cancel it, I'll reschedule later" does not).
/// `time_said`: the turn names a time.
pub(crate) fn moves_instead(ws: &[String], time_said: bool) -> bool {
    let rest: Vec<String> = ws
        .iter()
        .filter(|w| !w.starts_with("cancel"))
        .cloned()
        .collect();
    let moves = detect(&rest) == Some(Intent::Reschedule)
        || any_phrase(
            ws,
            &[
                "new time",
                "another time",
                "different time",
                "new day",
                "another day",
                "different day",
            ],
        );
    let instead = any_phrase(
        ws,
        &[
            "don't cancel",
            "do not cancel",
            "not cancel",
            "instead",
            "rather",
            "actually",
        ],
    );
    moves && (instead || time_said)
}

/// "Could we do Saturday morning instead?", "any chance I could come in Sunday at 11
/// instead?" as the opening request: "instead" of what the caller already has (a
/// move), unless the turn speaks of booking a new or another one.
pub(crate) fn instead_of_own(ws: &[String]) -> bool {
    has_phrase(ws, "instead")
        && !ws.iter().any(|w| {
            matches!(
                w.as_str(),
                "book" | "booking" | "new" | "another" | "second" | "also" | "cancel"
            )
        })
}

/// "yes, but ...", "... instead": an answer that wants a change.
pub(crate) fn hedges(ws: &[String]) -> bool {
    fr::hedges(ws) || any_phrase(ws, &["but", "instead", "change", "different"])
}

/// "I'd rather not say", "I don't want to give it": a refusal to answer.
pub(crate) fn refuses(ws: &[String]) -> bool {
    fr::refuses(ws)
        || any_phrase(
            ws,
            &[
                "rather not",
                "prefer not",
                "don't want",
                "do not want",
                "not comfortable",
                "not telling",
                "won't say",
                "none of your business",
                "don't have one",
                "don't know",
            ],
        )
}

/// "What times do you have?", "what's open?", "what have you got?": while times are
/// offered, the caller asks for them again (a repeat of the offers, no failed
/// answer). "What else do you have?" pages on instead ([`pages`]), and a question
/// naming a day or a time is an answer (the caller of this checks the turn names
/// none).
pub(crate) fn asks_for_times(ws: &[String]) -> bool {
    pages(ws).is_none()
        && (fr::asks_for_times(ws)
            || any_phrase(
                ws,
                &[
                    "what times",
                    "what time do you have",
                    "which times",
                    "what's open",
                    "what is open",
                    "what's available",
                    "what is available",
                    "what's free",
                    "what is free",
                    "what have you got",
                    "what've you got",
                    "what you got",
                    "what do you have",
                    "what did you have",
                    "what are the times",
                    "what were the times",
                    "what are my options",
                    "what were those",
                    "what are the options",
                ],
            ))
}

/// Which way a caller pages through the times offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Page {
    /// "anything later?", "after that", "what else do you have", "none of those work":
    /// the next free starts after the last one offered.
    Later,
    /// "anything earlier?", "something sooner": the free starts right before the
    /// first one offered.
    Earlier,
}

/// Whether the caller asks for other times than those offered, and which way
/// ([`Page`]). "The later one" and "the earlier one" pick an offer
/// ([`offer_index`]) and page nowhere; "a later one" asks for one.
pub(crate) fn pages(ws: &[String]) -> Option<Page> {
    if let Some(p) = fr::pages(ws) {
        return Some(p);
    }
    // "the later of the two", "the earlier of those": a pick among the offers.
    if any_phrase(
        ws,
        &["the later one", "the earlier one", "later of", "earlier of"],
    ) {
        return None;
    }
    if any_phrase(
        ws,
        &[
            "earlier",
            "sooner",
            "before that",
            "before those",
            "anything before",
        ],
    ) {
        return Some(Page::Earlier);
    }
    any_phrase(
        ws,
        &[
            "later",
            "after that",
            "after those",
            "anything after",
            "something after",
            "what else",
            "anything else",
            "something else",
            "else do you have",
            "other times",
            "other time",
            "other options",
            "any others",
            "other ones",
            "more times",
            "none of those",
            "none of them",
            "none of these",
            "neither of those",
            "those don't work",
            "those won't work",
            "that doesn't work",
            "that won't work",
            "can't do those",
            "can't make those",
            "can't make any",
            "can't do any",
        ],
    )
    .then_some(Page::Later)
}

/// One of the caller's appointments named by its position, earliest first ("the
/// second one", "the later one", "the earlier of my two appointments", "le
/// deuxième"): 0 for the first, `u8::MAX` for the last (taken with `min` of how many
/// there are).
pub(crate) fn appointment_position(ws: &[String]) -> Option<u8> {
    if let Some(n) = fr::appointment_position(ws) {
        return Some(n);
    }
    let said = |n: &str| {
        any_phrase(
            ws,
            &[
                &format!("{n} one"),
                &format!("{n} appointment"),
                &format!("the {n} of"),
            ],
        )
    };
    [
        ("first", 0),
        ("earlier", 0),
        ("earliest", 0),
        ("second", 1),
        ("third", 2),
        ("last", u8::MAX),
        ("later", u8::MAX),
        ("latest", u8::MAX),
    ]
    .into_iter()
    .find_map(|(n, i)| said(n).then_some(i))
}

/// Picks an offered time by position: "the first one", "the second", "the last one",
/// "the earliest".
pub(crate) fn offer_index(ws: &[String], n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    if let Some(i) = fr::offer_index(ws, n) {
        return Some(i);
    }
    if let Some(i) = numbered_offer(ws) {
        return Some(i.min(n - 1));
    }
    // "the 2nd one": a numeral ordinal with the thing it counts; "the 2nd" alone is
    // a day of the month.
    let numeral = |o: &str| {
        ws.windows(2).any(|pair| {
            pair[0] == o && matches!(pair[1].as_str(), "one" | "option" | "choice" | "time")
        })
    };
    if any_phrase(
        ws,
        &[
            "first",
            "earliest",
            "earlier one",
            "earlier of",
            "first one",
            "former",
        ],
    ) || numeral("1st")
    {
        return Some(0);
    }
    // "give me a second", "one second": a moment asked for, no position.
    let second = ws.iter().enumerate().any(|(i, w)| {
        w == "second" && !(i > 0 && matches!(ws[i - 1].as_str(), "a" | "one" | "split"))
    });
    if second || any_phrase(ws, &["middle"]) || numeral("2nd") {
        return Some(1.min(n - 1));
    }
    if any_phrase(ws, &["third"]) || numeral("3rd") {
        return Some(2.min(n - 1));
    }
    if any_phrase(ws, &["last", "latest", "later one", "later of", "latter"]) {
        return Some(n - 1);
    }
    None
}

/// "number two", "option 1", "choice three, please": an offer by its number in the
/// list (0 for "one"). Not when another number word or digits follow ("number two
/// eight nine ..." is a phone number).
fn numbered_offer(ws: &[String]) -> Option<usize> {
    use bella_extract::lexer::{NumberWord, number_word};
    let count = |w: &str| {
        let d = w.parse::<u8>().ok().or_else(|| match number_word(w)? {
            NumberWord::Digit(d) => Some(d),
            _ => None,
        })?;
        (1..=3).contains(&d).then(|| usize::from(d - 1))
    };
    ws.windows(2).enumerate().find_map(|(i, pair)| {
        if !matches!(pair[0].as_str(), "number" | "option" | "choice") {
            return None;
        }
        let more_digits = ws
            .get(i + 2)
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || number_word(w).is_some());
        count(&pair[1]).filter(|_| !more_digits)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Option<Intent> {
        detect(&words(text))
    }

    #[test]
    fn phrases_stand_as_whole_words_accents_aside() {
        let has = |t: &str, p: &str| has_phrase(&words(t), p);
        assert!(has("I'd like to book please", "book"));
        assert!(has("I'd like to book please", "to book please"));
        assert!(!has("I'd like to book", "to book please"));
        assert!(!has("I'd like a booking", "book"));
        assert!(!has("I'd like to book", "booking"));
        assert!(!has("I'd like to book", ""));
        // A phrase's first word ends where a space stands: "a" is not "all".
        assert!(!has("that's all", "that's a"));
        // Speech-to-text may drop the accents, or the phrase list may lack them.
        assert!(has("la premiere semaine", "la première"));
        assert!(has("à deux heures", "a deux"));
        assert!(has("mon rendez-vous de l'année", "de l'annee"));
        assert!(!has("la première", "la premier"));
        let ws = words("the other one");
        assert!(any_phrase(&ws, &["nothing", "other one"]));
        assert!(!any_phrase(&ws, &["nothing", "another"]));
    }

    #[test]
    fn appointments_by_position() {
        let at = |t: &str| appointment_position(&words(t));
        assert_eq!(
            at("J'ai deux rendez-vous, je voudrais annuler le deuxième."),
            Some(1)
        );
        assert_eq!(at("c'est pour annuler mon deuxième rendez-vous"), Some(1));
        assert_eq!(at("je voudrais annuler le premier des deux"), Some(0));
        assert_eq!(at("non, le dernier"), Some(u8::MAX));
        assert_eq!(at("cancel the second one"), Some(1));
        assert_eq!(at("please cancel the later one"), Some(u8::MAX));
        assert_eq!(at("move the earlier of my two appointments"), Some(0));
        assert_eq!(at("can I come later"), None);
        // "le premier" alone is the 1st of the month (SPEC §5.5), no position.
        assert_eq!(at("annuler celui du premier"), None);
        assert_eq!(at("attendez une seconde"), None);
    }

    #[test]
    fn one_among_several_all_of_them_and_a_second_request() {
        let w = |t: &str| words(t);
        assert!(speaks_of_several(&w(
            "I need to move one of my appointments"
        )));
        assert!(speaks_of_several(&w(
            "je dois annuler un de mes rendez-vous"
        )));
        assert!(!speaks_of_several(&w("I need to move my appointment")));
        assert!(means_all(&w("please cancel both of my appointments")));
        assert!(means_all(&w("je veux annuler mes deux rendez-vous")));
        assert!(!means_all(&w("cancel the second one")));
        let t = "can I move my tuesday appointment to thursday at 10, and also book another one";
        assert_eq!(
            another_booking_at(t).and_then(|i| t.get(..i)),
            Some("can I move my tuesday appointment to thursday at 10,")
        );
        assert_eq!(
            another_booking_at("cancel my tuesday one and book me in thursday instead"),
            None
        );
    }

    #[test]
    fn a_question_about_what_is_needed_asks_to_know() {
        let know = |t: &str| asks_to_know(&words(t));
        // probe18 chi-06, chi-21v: "do I need ..." holds "I need", yet asks.
        assert!(know("Do I need a referral from my doctor?"));
        assert!(know("Will I need a doctor's referral?"));
        assert!(know("do I have to bring anything"));
        assert!(!know("Do I need to book an appointment first?"));
        assert!(!know("I need a referral appointment"));
        // The caller's own visit is what is asked about (round 24 v-10).
        assert!(know("Je voudrais savoir quoi amener à mon rendez-vous."));
    }

    #[test]
    fn a_question_about_the_callers_own_visit_books_nothing() {
        let own = |t: &str| about_own_visit(&words(t));
        assert!(own(
            "Faut-tu que j'apporte quelque chose pour mon premier rendez-vous?"
        ));
        assert!(own(
            "Pour ma première visite, est-ce que je dois apporter quelque chose?"
        ));
        assert!(own("what do I need to bring to my first appointment?"));
        assert!(!own("Je voudrais prendre mon premier rendez-vous."));
        assert!(!own("I'd like to book my first appointment"));
        assert!(!own("Qu'est-ce que je dois apporter?"));
    }

    #[test]
    fn intents_whole_words() {
        assert_eq!(d("Hi, I'd like to book an appointment"), Some(Intent::Book));
        assert_eq!(d("I need to cancel my appointment"), Some(Intent::Cancel));
        // A question about the cancellation rule asks for no cancel (probe12 phy-20).
        assert_eq!(
            d("What's your cancellation policy, and do you take debit?"),
            None
        );
        assert_eq!(d("is there a fee if I cancel?"), None);
        assert_eq!(d("C'est quoi votre politique d'annulation?"), None);
        // The hour or the day of the caller's own, asked (round 24 c18, v-01, v-02).
        for t in [
            "Pouvez-vous me dire à quelle heure j'ai rendez-vous demain?",
            "Je sais pus quel jour j'ai rendez-vous.",
            "c'est quand que j'ai mon rendez-vous, déjà?",
        ] {
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
        assert_eq!(d("Y a-t-il des frais si j'annule?"), None);
        assert_eq!(d("Qu'est-ce qui arrive si je dois annuler?"), None);
        assert_eq!(
            d("C'est quoi votre politique d'annulation? Je dois annuler mon rendez-vous."),
            Some(Intent::Cancel)
        );
        assert_eq!(
            d("what's your cancellation policy? I need to cancel my appointment"),
            Some(Intent::Cancel)
        );
        assert_eq!(
            d("I need to cancel my Thursday appointment and rebook it for Friday at 10"),
            Some(Intent::Reschedule)
        );
        // probe13 c-03: a new booking asked for beside the cancel is a move.
        assert_eq!(
            d("cancel my thursday appointment and book me friday at 10 instead"),
            Some(Intent::Reschedule)
        );
        assert_eq!(
            d("can you cancel my appointment on thursday? i'd rather come monday at 9 instead"),
            Some(Intent::Reschedule)
        );
        assert_eq!(d("actually, just cancel it instead"), Some(Intent::Cancel));
        assert_eq!(
            d("can you cancel tuesday and put me in on wednesday"),
            Some(Intent::Reschedule)
        );
        assert_eq!(d("please cancel my booking for me"), Some(Intent::Cancel));
        assert_eq!(
            d("Can I move my appointment to Friday?"),
            Some(Intent::Reschedule)
        );
        assert_eq!(d("When is my appointment?"), Some(Intent::Check));
        assert_eq!(
            d("what time am i booked for on thursday"),
            Some(Intent::Check)
        );
        assert_eq!(d("what day am I booked in for?"), Some(Intent::Check));
        assert_eq!(
            d("what time are my appointments on thursday?"),
            Some(Intent::Check)
        );
        assert_eq!(d("what time am I in for tomorrow?"), Some(Intent::Check));
        assert_eq!(
            d("hi what appointments do i have coming up"),
            Some(Intent::Check)
        );
        assert_eq!(d("what do I have booked with you?"), Some(Intent::Check));
        assert_eq!(
            d("great, and can you tell me when my other booking is?"),
            Some(Intent::Check)
        );
        assert_eq!(
            d("Pis mon autre rendez-vous, c'est quand déjà?"),
            Some(Intent::Check)
        );
        assert_eq!(
            d("do I have something booked this week?"),
            Some(Intent::Check)
        );
        assert_eq!(
            d("have I got anything booked with you guys?"),
            Some(Intent::Check)
        );
        assert_ne!(
            d("what appointments do you have on Friday?"),
            Some(Intent::Check)
        );
        // Asking when one can come is a booking, not a check.
        for t in [
            "what time am I able to come in on Thursday",
            "what day am I able to get in?",
        ] {
            assert_ne!(d(t), Some(Intent::Check), "{t}");
        }
        assert_eq!(d("What are your hours?"), Some(Intent::Hours));
        assert_eq!(d("hello"), None);
        assert_eq!(d("what is this?"), None);
        assert_eq!(d("I'm calling to get a haircut"), Some(Intent::Book));
        assert_eq!(
            d("Is my appointment still on for Thursday?"),
            Some(Intent::Check)
        );
        assert_eq!(
            d("I can't make my appointment tomorrow"),
            Some(Intent::Reschedule)
        );
        // When the caller can come is a window for a booking, not a move.
        assert_eq!(
            d("I need an appointment Thursday, I can't make it before 11"),
            Some(Intent::Book)
        );
        assert_eq!(
            d("I can't make it to my appointment on Thursday"),
            Some(Intent::Reschedule)
        );
        assert_eq!(d("I want to know your hours"), Some(Intent::Hours));
        // "bookkeeper" is not "book".
        assert_eq!(d("I'm a bookkeeper"), None);
    }

    #[test]
    fn a_shift_of_the_callers_own_appointment_is_a_move() {
        for text in [
            "can you make my tuesday appointment an hour later",
            "yeah, um, push thursday's back half an hour please",
            "could i bring my wednesday appointment forward 30 minutes",
            "bump it back a day",
        ] {
            assert_eq!(d(text), Some(Intent::Reschedule), "{text}");
        }
        // No appointment of the caller's: "it" needs "back" or "forward".
        assert_ne!(d("can I do it an hour later"), Some(Intent::Reschedule));
        assert_eq!(
            d("could I come in the day after instead, same time?"),
            Some(Intent::Reschedule)
        );
        assert_ne!(
            d("could I come in the day after, same time?"),
            Some(Intent::Reschedule)
        );
    }

    #[test]
    fn a_cancel_said_without_the_word_is_a_cancel() {
        for text in [
            "can you take me off the schedule for thursday",
            "please scrap my appointment on thursday",
            "I won't be needing my appointment thursday",
            "can you remove my appointment",
            "I need to drop my appointment on thursday",
            "could you delete my booking",
            "I have an appointment thursday, can you delete it?",
        ] {
            assert_eq!(d(text), Some(Intent::Cancel), "{text}");
        }
        for text in [
            "can I drop off my dog for his appointment thursday",
            "I'd like to drop in for an appointment",
            "I need an appointment to remove a wart",
            "I'll drop by for my appointment and remove the old cast",
        ] {
            assert_ne!(d(text), Some(Intent::Cancel), "{text}");
        }
    }

    #[test]
    fn a_spot_given_up_or_a_visit_no_longer_needed_is_a_cancel() {
        for text in [
            "I'll have to give up my spot on thursday, sorry",
            "I won't be able to come in friday, you can give my spot to someone else",
            "I'm feeling a lot better so I don't need to come in on thursday after all",
            "I'd like to free up my appointment next week for someone else",
            "please cancel my cleaning, I'll rebook in the fall",
            "can you cancel my appointment, we'll just rebook when we're back",
            "I'm going to have to bow out of my appointment tomorrow",
            "we lost our dog last week, so we won't be needing Rusty's checkup",
            "we won't need her cleaning after all",
        ] {
            assert_eq!(d(text), Some(Intent::Cancel), "{text}");
        }
        for text in [
            "I don't need to come in before 10, do you have anything later?",
            "I'd like to book a spot on thursday",
        ] {
            assert_ne!(d(text), Some(Intent::Cancel), "{text}");
        }
    }

    #[test]
    fn taken_off_the_books_is_a_cancel() {
        for text in [
            "I won't make it to my cleaning, could you take it off please?",
            "can you take me off for my appointment on friday",
            "please take that off, my husband's booking I mean",
            "could you take my checkup off the list",
            "can you take max's grooming off",
        ] {
            assert_eq!(d(text), Some(Intent::Cancel), "{text}");
        }
        for text in [
            "can you take ten percent off for seniors?",
            "I'll be there. Just take my number off your calling list after this.",
            "please take me off your mailing list",
            "can you take it off?",
        ] {
            assert_ne!(d(text), Some(Intent::Cancel), "{text}");
        }
    }

    #[test]
    fn one_appointment_spoken_of() {
        for text in [
            "the one next week",
            "no, the tuesday one",
            "no, sorry, the other one",
            "my other appointment",
        ] {
            assert!(speaks_of_one(&words(text)), "{text}");
        }
        for text in ["no, make it the one o'clock", "one", "yes, friday is good"] {
            assert!(!speaks_of_one(&words(text)), "{text}");
        }
    }

    #[test]
    fn who_does_a_booked_visit_is_a_check() {
        for text in [
            "who's doing my hair on saturday?",
            "who is doing my colour on friday?",
            "who will be seeing my son on tuesday?",
            "who'll be cutting my hair?",
            "who's my cleaning with on thursday?",
        ] {
            assert_eq!(d(text), Some(Intent::Check), "{text}");
        }
        for text in [
            "who can do my hair on saturday?",
            "who's available to do my hair friday?",
            "who's calling me?",
        ] {
            assert_ne!(d(text), Some(Intent::Check), "{text}");
        }
    }

    #[test]
    fn still_booked_asked_is_a_check() {
        for text in [
            "is my daughter still booked in for friday?",
            "are we still on for tuesday at 2?",
            "is he still scheduled for monday?",
        ] {
            assert_eq!(d(text), Some(Intent::Check), "{text}");
        }
        for text in [
            "are you still booked up on friday?",
            "are you still booked solid?",
        ] {
            assert_ne!(d(text), Some(Intent::Check), "{text}");
        }
    }

    #[test]
    fn a_time_the_caller_cannot_keep_is_a_move() {
        for text in [
            "I'm not going to be able to make it thursday, is there anything friday afternoon?",
            "something came up for friday, can I come in monday instead?",
            "my car's in the shop so I won't get there tomorrow",
            "I can't make tuesday anymore, could we find another day?",
            "can you push the 2 o'clock back to 3:30",
            "can you push Coco's dental an hour later",
        ] {
            assert_eq!(d(text), Some(Intent::Reschedule), "{text}");
        }
        for text in [
            "I won't be able to make it before 11, can I book something after that?",
            "I can't come until 2",
        ] {
            assert_ne!(d(text), Some(Intent::Reschedule), "{text}");
        }
    }

    #[test]
    fn when_someones_visit_is_asked_is_a_check() {
        for text in [
            "when is Max's next checkup?",
            "what time is her appointment?",
            "I'm checking on my dad's appointment",
            "my wife asked me to check what time her appointment is next week",
            "I honestly don't remember when it is, could you check for me?",
            "can you tell me if I'm booked for this week or next?",
            "what time did you guys have me down for on monday?",
            "I've got a colour booked in a couple of weeks, can you tell me the day?",
            "my daughter has a kids cleaning coming up, what day was that again?",
        ] {
            assert_eq!(d(text), Some(Intent::Check), "{text}");
        }
        for text in ["when is your next opening?", "when's it open?"] {
            assert_ne!(d(text), Some(Intent::Check), "{text}");
        }
    }

    #[test]
    fn a_when_question_about_a_booking_told_of_is_a_check() {
        for text in [
            "my daughter Chloe has an appointment with you next week, when is that again?",
            "I think I'm booked for next friday, what time was it?",
            "what time am I dropping Daisy off on saturday?",
            "when do I come in next?",
        ] {
            assert_eq!(d(text), Some(Intent::Check), "{text}");
        }
        for text in [
            "when is the earliest you have?",
            "what time am I able to come in on Thursday",
            "what time is free on friday?",
            "what day is open next week for a cleaning?",
        ] {
            assert_ne!(d(text), Some(Intent::Check), "{text}");
        }
    }

    #[test]
    fn a_booking_told_of_then_a_time_relative_to_it_is_a_move() {
        for text in [
            "I'm in on friday at 11, could you make it an hour later?",
            "I'm booked on the 14th at 4, the day before would work better, same time",
            "my husband is booked in on monday the 18th in the morning, could he come that \
             afternoon instead, around 2?",
        ] {
            assert_eq!(d(text), Some(Intent::Reschedule), "{text}");
        }
        for text in [
            "I'd like to book friday at 11",
            "can I come in the day after tomorrow?",
            "i have an appointment on friday at 3. could i book another one half an hour \
             before that?",
            "hi, i've got an appointment friday at 3, and i'd like to book another one an \
             hour before that",
        ] {
            assert_ne!(d(text), Some(Intent::Reschedule), "{text}");
        }
    }

    #[test]
    fn the_callers_own_thing_changed_to_a_time_is_a_move() {
        for text in [
            "can I change my checkup to thursday at 2",
            "I'd like to change my cleaning for friday",
            "hi, I need to change my lesson on monday to tuesday",
            "can my balayage on friday be the same time next week?",
            "I'm running behind today, is there any way you can push me to 2?",
            "I need to cancel my appointment tomorrow, something came up... actually, could \
             I just do the same time next week instead?",
        ] {
            assert_eq!(d(text), Some(Intent::Reschedule), "{text}");
        }
        for text in [
            "can I change my number to 416 555 0199",
            "change my name to Bob",
            "I changed my mind, I'd like to book for Friday",
            "can my daughter be seen on friday?",
        ] {
            assert_ne!(d(text), Some(Intent::Reschedule), "{text}");
        }
    }

    #[test]
    fn a_verb_of_change_with_the_appointment_is_a_move() {
        for text in [
            "Can I push my appointment back?",
            "Can I push my alignment to Saturday at 9?",
            "could I bump my cleaning to Friday",
            "I have an appointment Thursday but something came up, can I change it?",
            "I need to change the time of my booking",
            "Bonjour, faudrait que je change l'heure de mon rendez-vous.",
            "Je dois changer mon heure de rendez-vous.",
            "Je voudrais que vous changiez mon rendez-vous.",
            "Je peux-tu changer ma réservation?",
            "Je pourrai pas être là jeudi, on peut-tu le changer?",
            "Faudrait que je remette mon rendez-vous.",
        ] {
            assert_eq!(d(text), Some(Intent::Reschedule), "{text}");
        }
        assert_eq!(d("J'aurais besoin d'annuler."), Some(Intent::Cancel));
        assert_eq!(
            d("Avez-vous de la place cette semaine?"),
            Some(Intent::Book)
        );
        assert_eq!(d("hi, I'm a new patient"), Some(Intent::Book));
        // A change without the appointment, or the appointment too far after it.
        assert_eq!(
            d("for a change I'd like a morning appointment"),
            Some(Intent::Book)
        );
        assert_eq!(
            d("I'd like to book, can I change seats"),
            Some(Intent::Book)
        );
    }

    #[test]
    fn goodbyes_at_the_end() {
        // messy23 k-07, k-08, v-07, v-09; messy24 g-01 to g-10, v-01 to v-04, v-09.
        for t in [
            "bye",
            "bye now",
            "thanks, bye",
            "thank you so much, goodbye",
            "bye-bye",
            "okay bye",
            "oh, you know what, that's all, thanks, bye",
            "hmm, none of those work, okay bye",
            "non merci, au revoir",
            "merci, au revoir, bonne journée",
        ] {
            assert!(ends_with_goodbye(&words(t)), "{t}");
        }
        for t in [
            "thanks",
            "see you then",
            "bye, wait, make it 3",
            "revoir",
            "bye, actually can I book friday",
        ] {
            assert!(!ends_with_goodbye(&words(t)), "{t}");
        }
    }

    #[test]
    fn person_and_quit() {
        assert!(wants_person(&words("Can I speak to a person please?")));
        assert!(wants_person(&words("AGENT")));
        assert!(wants_person(&words("human please")));
        assert!(wants_person(&words("I want a live person")));
        assert!(wants_person(&words("put me through to the front desk")));
        // The front desk reported as already told is no one asked for.
        assert!(!wants_person(&words(
            "I already told the front desk I'm coming."
        )));
        assert!(!wants_person(&words(
            "I called reception last week about it."
        )));
        assert!(wants_person(&words(
            "I told the front desk already, can I talk to someone?"
        )));
        assert!(wants_person(&words("Can you transfer me to reception?")));
        assert!(wants_person(&words("hi is there someone i can speak to")));
        assert!(wants_person(&words("can I talk to somebody")));
        assert!(wants_person(&words("can i speak to the manager please")));
        assert!(!wants_person(&words("I'm a manager, can I book Friday?")));
        assert!(wants_person(&words("Passez-moi la réception.")));
        for t in [
            "put me through to reception",
            "can you transfer me please",
            "can I speak with Dr. Patel",
            "I need to talk to the nurse about my results",
        ] {
            assert!(wants_person(&words(t)), "{t}");
        }
        for t in [
            "I need to talk to my wife first",
            "can I book with Dr. Patel on Friday",
            "I'd like to talk to you about booking a cleaning",
        ] {
            assert!(!wants_person(&words(t)), "{t}");
        }
        assert!(!wants_person(&words("I'll come in person")));
        fn cut(t: &str) -> Option<(&str, Intent)> {
            second_change_at(t).map(|(i, w)| (t[i..].trim(), w))
        }
        assert_eq!(
            cut(
                "I need to cancel my friday appointment and move the tuesday one to wednesday at 2"
            ),
            Some(("move the tuesday one to wednesday at 2", Intent::Reschedule))
        );
        assert_eq!(
            cut("Move my Tuesday one to Wednesday, and cancel Friday's"),
            Some(("cancel Friday's", Intent::Cancel))
        );
        for t in [
            "cancel my Tuesday one and move it to Friday",
            "I want to move my appointment to Friday",
            "cancel my appointment please",
        ] {
            assert_eq!(cut(t), None, "{t}");
        }
        for t in ["Hello?", "yes hi", "Good morning!", "Allô?", "oui bonjour"] {
            assert!(only_greeting(&words(t)), "{t}");
        }
        for t in ["yes", "hi, Tuesday at 2", "hello, it's Sam", "good"] {
            assert!(!only_greeting(&words(t)), "{t}");
        }
        assert!(checks_line(&words("Hello? Hello? Can you hear me?")));
        for t in ["Is anyone there?", "anybody there? hello?"] {
            assert!(checks_line(&words(t)), "{t}");
        }
        // Whether someone on staff does a thing is no check of the line.
        assert!(!checks_line(&words("Does anyone there do IMS?")));
        assert!(small_talk(&words("Hi, yes, good morning, how are you?")));
        assert!(!small_talk(&words("how are you spelling my name?")));
        for t in [
            "hi, I'm running a bit late for my 2 o'clock",
            "I got a missed call from this number",
            "I think I left my umbrella there yesterday",
            "someone from your office called me this morning",
            "Je vais être en retard à mon rendez-vous",
            "vous m'avez appelé tantôt",
            "hi, can I leave a message for Dr. Lee?",
            "could you pass a message on to the office for me?",
            "est-ce que je peux laisser un message pour Julie?",
        ] {
            assert!(for_the_team(&words(t)), "{t}");
        }
        for t in [
            "Yes, but I might be a few minutes late.",
            "Oui, mais j'vais être un peu en retard.",
            "I'm stuck in traffic",
        ] {
            assert!(says_late(&words(t)), "{t}");
        }
        for t in [
            "is it too late to cancel?",
            "can we do a later time?",
            "is there a late cancellation fee?",
        ] {
            assert!(!says_late(&words(t)), "{t}");
        }
        for t in [
            // A booking, a move, a cancel or a check asked as well: that is read.
            "I'll be late, can I move my appointment to 3?",
            "I'll be late so just cancel my appointment",
            "my results came back, I'd like to book a follow-up",
            "I'd like to book an appointment for Friday",
            "when is my appointment? I forgot",
            "I'd like to leave a message, actually no, can I book for Friday?",
        ] {
            assert!(!for_the_team(&words(t)), "{t}");
        }
        assert!(wants_to_quit(&words("Oh, never mind.")));
        assert!(wants_earliest(&words("any day is fine")));
        assert!(asks_when_as_clause(&words(
            "and tell me when the thursday one is?"
        )));
        assert!(asks_when_as_clause(&words(
            "can you remind me what time my appointment is"
        )));
        assert!(!asks_when_as_clause(&words("when the doctor is in")));
        assert!(names_other(&words(
            "Pis c'est quand mon autre rendez-vous?"
        )));
        assert!(wants_earliest(&words("Any day except Wednesday")));
        assert!(wants_earliest(&words(
            "honestly whatever works, i'm retired"
        )));
        assert!(!wants_earliest(&words("What day works for you?")));
        for t in [
            "OK thanks, bye.",
            "That's all I needed, thanks",
            "Merci, bonne journée!",
            // messy18 g-05.
            "oh, sorry, wrong number",
            "sorry, I think I dialed the wrong place",
            // probe19 g01-g05.
            "Oh, excusez, je me suis trompé de numéro.",
            "Allo? C'est pas la pharmacie? Oh, mauvais numéro, désolée.",
            "je me suis trompee de numero",
            "Ah, pardon, j'ai mal composé.",
            // services26 tat-14.
            "Oh okay. Thanks anyway.",
            // Thanks alone after an answer (probe round 27, fr d-s7).
            "Okay, thanks.",
            "Correct, merci.",
            "OK, merci ben.",
            "Parfait, merci beaucoup!",
            "Merci.",
        ] {
            assert!(signs_off(&words(t)), "{t}");
        }
        for t in [
            "Oui, merci.",
            "OK thanks, and do you take Visa?",
            "Merci, je voudrais un rendez-vous jeudi.",
            "OK, bye... actually, can I book for Friday?",
            "that's it, cancel it",
            "wrong number on my booking, can you change it?",
            "Je me suis trompé de numéro, je voudrais annuler mon rendez-vous.",
        ] {
            assert!(!signs_off(&words(t)), "{t}");
        }
        assert!(wants_to_quit(&words("forget it")));
        assert!(wants_to_quit(&words("I’ll call back later")));
        assert!(!wants_to_quit(&words("call me at 403 555 0142")));
        assert!(!wants_to_quit(&words(
            "my call back number is 403 555 0142"
        )));
        // messy17 g-05.
        assert!(wants_to_quit(&words(
            "sorry, i don't have time for this right now, bye"
        )));
        assert!(!wants_to_quit(&words(
            "i don't have time for this week, how about monday"
        )));
    }

    #[test]
    fn questions_about_the_area_code() {
        // messy18 q-02.
        for t in [
            "do you need the area code?",
            "with the area code or without",
            "should I include the area code",
        ] {
            assert!(asks_about_area_code(t, &words(t)), "{t}");
        }
        for t in [
            "area code 604",
            "it's 555 0147, area code 604?",
            "the area code is eight six seven",
            "I don't know the area code",
        ] {
            assert!(!asks_about_area_code(t, &words(t)), "{t}");
        }
    }

    #[test]
    fn a_goodbye_then_a_cancel_is_the_cancel() {
        for t in [
            "Ah pis laissez faire, annulez-le juste.",
            "never mind, just cancel it",
            "forget it, cancel the appointment",
        ] {
            assert!(
                wants_to_quit(&words(t)) && quits_then_cancels(&words(t)),
                "{t}"
            );
        }
        for t in [
            "forget it, I'll call back to cancel",
            "laissez faire, je vais rappeler",
            "never mind",
            "cancel it, never mind",
        ] {
            assert!(!quits_then_cancels(&words(t)), "{t}");
        }
    }

    #[test]
    fn goodbyes_taken_back() {
        // messy19 c-04.
        for t in [
            "never mind, bye — oh wait, actually, can i book friday at 10?",
            "forget it. wait, no, do you have anything thursday",
        ] {
            assert!(!wants_to_quit(&words(t)), "{t}");
        }
        for t in [
            "actually never mind",
            "can I book friday? actually, never mind, I'll call back",
            "never mind, I'll wait",
            "I can't wait, never mind",
            "never mind",
        ] {
            assert!(wants_to_quit(&words(t)), "{t}");
        }
    }

    #[test]
    fn outside_drops_the_longest_phrase_where_it_stands() {
        let w = |t: &str| words(t);
        assert_eq!(
            outside(
                &w("what is your cancellation policy for tomorrow"),
                CANCEL_POLICY
            ),
            w("what is your for tomorrow")
        );
        // "late cancellation fee" is dropped whole, not only "late cancellation".
        let phrases = &["late cancellation", "late cancellation fee", "fee"];
        assert_eq!(
            outside(&w("is there a late cancellation fee"), phrases),
            w("is there a")
        );
        // A phrase cut short by the end of the turn is kept.
        assert_eq!(
            outside(&w("is there a late"), phrases),
            w("is there a late")
        );
        assert_eq!(
            outside(&w("cancel my appointment"), CANCEL_POLICY),
            w("cancel my appointment")
        );
    }

    #[test]
    fn questions_why_a_slot_is_needed() {
        // messy19 g-08, g-09.
        for t in [
            "why do you need my name?",
            "why do you need my number?",
            "what do you need my phone number for?",
            "how come?",
            "why do you need that",
            "do you really need my number",
            "is that necessary?",
        ] {
            assert!(asks_why_needed(&words(t)), "{t}");
        }
        for t in [
            "what do you need my phone number for? i'd rather not give it out",
            "i need it for my son",
            "what do you need, my cell?",
            "how come you're closed on fridays?",
            "Anna Bell",
        ] {
            assert!(!asks_why_needed(&words(t)), "{t}");
        }
    }

    #[test]
    fn appointments_the_caller_has() {
        // messy18 s-02, s-03: a cancel or move asked while a booking is taken.
        for t in [
            "you know what, i'd rather just cancel the one i have on tuesday",
            "hmm, actually can you just move my wednesday one to monday at 9",
            "actually wait, i need to cancel my appointment instead",
            "j'aimerais mieux annuler mon rendez-vous de jeudi",
        ] {
            assert!(speaks_of_own(&words(t)), "{t}");
        }
        for t in [
            "can we move it to 3?",
            "my name is Sam",
            "at one, my wife can drive me",
        ] {
            assert!(!speaks_of_own(&words(t)), "{t}");
        }
    }

    #[test]
    fn questions_about_who_answers() {
        for t in [
            "hi, um, is this a robot?",
            "am i talking to a real person right now?",
            "sorry, who am i speaking with?",
            "wait, are you a computer?",
            "is this an automated thing? whatever",
            "sorry, what was your name again?",
            "attendez, c'est-tu un robot?",
            "Êtes-vous une machine?",
            // messy18 fr-02: asked as a question, "une vraie personne" asks for no one.
            "Êtes-vous une vraie personne? J'appelle pour annuler mon rendez-vous.",
            "est-ce que je parle à un humain?",
            "c'est-tu une vraie personne?",
        ] {
            assert!(asks_who_answers(&words(t)), "{t}");
            assert!(!wants_person(&words(t)), "{t}");
        }
        for t in [
            "am i able to speak to a real person?",
            "is it possible to talk to a human",
            "am i talking to a robot? i want a real person",
            "je veux parler à une vraie personne",
            "êtes-vous une vraie personne? sinon je veux parler à quelqu'un",
        ] {
            assert!(wants_person(&words(t)), "{t}");
        }
        assert!(!asks_who_answers(&words("is this thursday at 10?")));
        assert!(!asks_who_answers(&words(
            "am i able to speak to a real person?"
        )));
        // The person of the caller's appointment: a check, not who answers.
        for t in [
            "who am I seeing next tuesday, and what time?",
            "who am I booked with tomorrow?",
        ] {
            assert!(!asks_who_answers(&words(t)), "{t}");
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
    }

    #[test]
    fn changes_round_27() {
        // Checks: "which day", "what time I'm booked for", a wife's "something booked".
        for t in [
            "my wife has something booked with you, which day is that on?",
            "can you tell me what time I'm booked for? I'm calling from work",
            "could you tell me what time I'm in for on thursday?",
        ] {
            assert_eq!(d(t), Some(Intent::Check), "{t}");
        }
        assert_ne!(d("which day is best for a cleaning?"), Some(Intent::Check));
        // Moves: a week on at the same time, "my appointment's ... earlier that day".
        for t in [
            "I'd like to do the same time the following week if that's possible",
            "can we do the same time the week after?",
            "my appointment's at 3:30 on the 30th, is there anything earlier that day?",
        ] {
            assert_eq!(d(t), Some(Intent::Reschedule), "{t}");
        }
        assert_ne!(
            d("can I book another one the same time the following week?"),
            Some(Intent::Reschedule)
        );
        // "Instead" as the request, unless a new one is booked.
        assert!(instead_of_own(&words(
            "could we do saturday morning instead?"
        )));
        assert!(!instead_of_own(&words(
            "can I book friday instead of thursday?"
        )));
        // Whose appointment.
        assert!(speaks_of_relative(&words("move my kid's one to monday")));
        assert!(speaks_of_relative(&words("cancel our son's appointment")));
        assert!(!speaks_of_relative(&words("cancel my appointment")));
        assert_eq!(
            introduced_first(&words("hi, it's megan janzen, I need to move my kid's one")),
            Some("megan")
        );
        assert_eq!(
            introduced_first(&words("this is dana, cancel it")),
            Some("dana")
        );
        assert_eq!(introduced_first(&words("cancel my appointment")), None);
    }

    #[test]
    fn repeats_and_stalls() {
        for t in [
            "Sorry?",
            "pardon?",
            "can you repeat that",
            "what was that",
            "sorry, can you say that again?",
            "huh?",
            "sorry what were those times again?",
            "sorry, who's calling?",
            "what? sorry, it's loud here",
            "sorry, it's noisy here, what was that?",
            "you went quiet there, what did you need?",
            "sorry, i lost you for a second",
            "can you speak up? i can barely hear you",
            "you're cutting out",
            "what was the question?",
        ] {
            assert!(wants_repeat(&words(t)), "{t}");
        }
        for t in [
            "sorry, it's Thursday",
            "what time do you close",
            "the second one",
        ] {
            assert!(!wants_repeat(&words(t)), "{t}");
        }
        for t in [
            "hold on",
            "one sec",
            "hmm let me think",
            "hmm",
            "um, uh",
            "hang on, let me find my phone",
            "give me a minute",
            "Minute.",
            "Attendez un peu.",
            "Bougez pas.",
            "Une petite seconde.",
            "Laissez-moi vérifier.",
        ] {
            assert!(stalls(&words(t)), "{t}");
        }
        for t in [
            "the second one",
            "yes",
            "well okay",
            "Thursday at 3",
            "wait what",
        ] {
            assert!(!stalls(&words(t)), "{t}");
        }
    }

    #[test]
    fn bare_hour_corrections() {
        let c = |t: &str| corrected_clock(&words(t)).map(|t| t.format("%H:%M").to_string());
        assert_eq!(c("no wait, make it 4").as_deref(), Some("16:00"));
        assert_eq!(c("can we do 4 instead").as_deref(), Some("16:00"));
        assert_eq!(c("actually make it 4 instead").as_deref(), Some("16:00"));
        assert_eq!(c("make it 11 not 10").as_deref(), Some("11:00"));
        assert_eq!(c("make it 10:30").as_deref(), Some("10:30"));
        assert_eq!(c("ten thirty instead").as_deref(), Some("10:30"));
        assert_eq!(c("make it 9 p.m.").as_deref(), Some("21:00"));
        assert_eq!(c("change it to 2 please").as_deref(), Some("14:00"));
        assert_eq!(c("make it 6 in the morning").as_deref(), Some("06:00"));
        assert_eq!(c("we do 2 people"), None);
        assert_eq!(c("make it quick"), None);
        assert_eq!(c("4 instead of 3").as_deref(), Some("16:00"));
        assert_eq!(c("I'm 40"), None);
        // A new clause after the clock ends it: "... and my name's Rita", said without
        // punctuation; "and a half" is more clock.
        assert_eq!(
            c("oh wait make it 11 and my name's rita moreno").as_deref(),
            Some("11:00")
        );
        assert_eq!(c("make it 3 my name is Joe").as_deref(), Some("15:00"));
        assert_eq!(c("make it 4 and a half"), None);
        // A preference for another hour: "11 would be better", "2 works better".
        assert_eq!(c("no, 11 would be better").as_deref(), Some("11:00"));
        assert_eq!(
            c("actually 11 would work better for me").as_deref(),
            Some("11:00")
        );
        assert_eq!(c("2 works better").as_deref(), Some("14:00"));
        // A read-back put right with the time said again (messy22 b-02, b-04).
        assert_eq!(
            c("no, it's Bess Crane, and i said 10, not 10:30").as_deref(),
            Some("10:00")
        );
        assert_eq!(
            c("no no, the name is Dana Ryan and the time is 3").as_deref(),
            Some("15:00")
        );
        assert_eq!(c("i said thursday"), None);
        assert_eq!(c("almost, the time's 4 though").as_deref(), Some("16:00"));
        assert_eq!(c("9 a.m. would suit me better").as_deref(), Some("09:00"));
        assert_eq!(
            c("ten thirty would be much better").as_deref(),
            Some("10:30")
        );
        assert_eq!(c("2 people would be better"), None);
        assert_eq!(c("better at 3"), None);
    }

    /// The clock of a change of time ends at a clause's punctuation whatever follows
    /// ("make it 11. Rita Moreno here"), never inside a clock ("9.30", "a.m.").
    #[test]
    fn corrections_end_at_punctuation() {
        let c = |t: &str| corrected_clock_in(t).map(|t| t.format("%H:%M").to_string());
        assert_eq!(
            c("oh wait, make it 11. name's Rita Moreno").as_deref(),
            Some("11:00")
        );
        assert_eq!(c("make it 2, Rita Moreno here").as_deref(), Some("14:00"));
        assert_eq!(c("no wait, make it 4").as_deref(), Some("16:00"));
        assert_eq!(c("make it 9 a.m. please").as_deref(), Some("09:00"));
        assert_eq!(c("can we do 9.30 instead").as_deref(), Some("09:30"));
        assert_eq!(c("make it 4 days, please"), None);
        assert_eq!(c("we do 2 people. Thanks"), None);
        assert_eq!(c("Rita Moreno. 11"), None);
    }

    #[test]
    fn caller_id_refusal_and_offers() {
        assert!(means_caller_id(&words("the one I'm calling from")));
        // After a number: taken back for the caller id, or restated beside it.
        assert!(caller_id_instead(&words(
            ", wait no that's work, use the one i'm calling from"
        )));
        assert!(caller_id_instead(&words(
            ", actually no, the number i'm on is better"
        )));
        assert!(!caller_id_instead(&words(", that's this number")));
        assert!(!caller_id_instead(&words(", no wait, sorry, 0124")));
        assert!(refuses(&words("I'd rather not say")));
        assert_eq!(offer_index(&words("the second one"), 3), Some(1));
        for (text, at) in [
            ("number two please", Some(1)),
            ("I'll take option 3", Some(2)),
            ("the 2nd one", Some(1)),
            ("the latter", Some(2)),
            ("my number two eight nine five five five", None),
            ("the 2nd at 10", None),
            // frontdesk28 p-06: one of two offers by relation, not a page.
            ("the later of the two", Some(2)),
            ("uh the earlier of those", Some(0)),
        ] {
            assert_eq!(offer_index(&words(text), 3), at, "{text}");
        }
        assert_eq!(pages(&words("the later of the two")), None);
        assert_eq!(pages(&words("the earlier of those please")), None);
        // messy17 s-04: a moment asked for while times are offered.
        assert_eq!(
            offer_index(&words("give me a second, i'm checking with my boss"), 3),
            None
        );
        assert_eq!(offer_index(&words("one second"), 3), None);
        assert_eq!(bare_clock(&words("10 please")), Some((10, 0)));
        assert_eq!(bare_clock(&words("ten thirty works")), Some((10, 30)));
        assert_eq!(bare_clock(&words("9:15")), Some((9, 15)));
        assert_eq!(bare_clock(&words("sounds good")), None);
    }

    #[test]
    fn keeping_the_appointment_as_it_is() {
        for t in [
            "wait, no, keep it. I'll make it",
            "yes... oh wait, hold on, keep it, sorry, I mixed it up",
            "hmm, actually no, leave it where it is",
            "actually never mind, I'll keep it as is",
            "don't cancel it",
            "non, gardez-le",
        ] {
            assert!(keeps_as_is(&words(t)), "{t}");
        }
        for t in [
            "yes",
            "no",
            "cancel it please",
            "move it to friday",
            "keeping busy",
        ] {
            assert!(!keeps_as_is(&words(t)), "{t}");
        }
    }

    #[test]
    fn paging_through_offers() {
        let p = |t: &str| pages(&words(t));
        for t in [
            "anything later?",
            "do you have something later in the day",
            "a bit later",
            "later than that",
            "after that",
            "none of those work",
            "what else do you have",
            "anything else?",
            "other times?",
            "is there a later one?",
            // A French turn in an English call.
            "plus tard?",
        ] {
            assert_eq!(p(t), Some(Page::Later), "{t}");
        }
        for t in [
            "anything earlier?",
            "something earlier",
            "earlier than that",
            "anything sooner",
        ] {
            assert_eq!(p(t), Some(Page::Earlier), "{t}");
        }
        // Picks, answers and the earliest are no paging.
        for t in [
            "the later one",
            "the earlier one please",
            "the last one",
            "the earliest you have",
            "yes",
            "Friday at 10",
        ] {
            assert_eq!(p(t), None, "{t}");
        }
    }

    #[test]
    fn times_asked_for_again() {
        for t in [
            "what times do you have?",
            "sorry, what's open?",
            "ok what have you got open?",
            "hmm, what's available?",
            "what times do you have then?",
            "quelles heures avez-vous?",
            "pardon, qu'est-ce que vous avez de libre?",
            "qu'est-ce qui est disponible?",
            "vous avez quoi comme heures?",
        ] {
            assert!(asks_for_times(&words(t)), "{t}");
        }
        for t in [
            "what else do you have?",
            "anything later?",
            "the first one",
            "yes",
            "qu'est-ce que vous avez d'autre?",
            "la première",
            "oui",
        ] {
            assert!(!asks_for_times(&words(t)), "{t}");
        }
    }

    #[test]
    fn readback_questions() {
        let q = |t: &str| asks_about_readback(&words(t));
        for t in [
            "wait, is that the 19th?",
            "sorry what time did you say?",
            "is that a.m.?",
            "wait what number do you have for me?",
            "which day was that?",
            "is that thursday the 26th?",
            "did you say 10?",
        ] {
            assert!(q(t), "{t}");
        }
        // Changes, answers and other questions are not.
        for t in [
            "is it possible to do friday instead?",
            "can we make it 11 instead",
            "is that okay if i move it to friday",
            "what times do you have on friday",
            "yes",
            "no, make it friday",
            "friday at 10",
        ] {
            assert!(!q(t), "{t}");
        }
    }
}
