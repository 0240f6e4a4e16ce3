//! Reminder mode (SPEC §3.2): an outbound call about an appointment that exists.
//!
//! The call is placed by the notifier; the carrier's answering-machine detection says
//! who picked up, and the engine is built for that with [`Dialog::reminder`]:
//!
//! - a machine (or a fax) hears one voicemail message — the business, the day and
//!   time, and a number to call back, never the name or any other personal data — and
//!   the engine hangs up without listening (outcome `voicemail`);
//! - a person hears who is calling and why, the day and time, and "Can you still make
//!   it?" (expect `confirm`): a yes asks the store to mark the appointment confirmed
//!   (outcome `confirmed`); a no, or "cancel it", reads the appointment back and cancels
//!   it on a yes; "can I move it" runs the reschedule conversation; "a person" transfers.
//!
//! Everything after the first answer is the ordinary cancel and reschedule machinery
//! (`lookup.rs`, `availability.rs`), with the appointment already found.

use crate::Config;
use crate::engine::Dialog;
use crate::intent::{self, Intent};
use crate::io::{CallInfo, Outcome, StoreRequest, StoreResult};
use crate::state::{PendingKind, Step};
use bella_core::{Appointment, Expect, PhoneNumber};
use bella_extract::confirm::Confirmation;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Who answered an outbound call, as the carrier's answering-machine detection said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AnsweredBy {
    /// A person.
    Human,
    /// A voicemail box (after its greeting, with `DetectMessageEnd`) or a fax.
    Machine,
    /// Detection could not tell (or has not yet: asynchronous AMD); treated as a
    /// person, but without the name (it may be a machine recording).
    Unknown,
}

impl AnsweredBy {
    /// Reads Twilio's `AnsweredBy` value (`human`, `machine_start`, `machine_end_beep`,
    /// `machine_end_silence`, `machine_end_other`, `fax`, `unknown`) or the SPEC's
    /// `human` / `machine`. Anything else is [`AnsweredBy::Unknown`].
    #[must_use]
    pub fn parse(value: &str) -> Self {
        let v = value.trim().to_ascii_lowercase();
        if v == "human" {
            Self::Human
        } else if v == "machine" || v.starts_with("machine_") || v == "fax" {
            Self::Machine
        } else {
            Self::Unknown
        }
    }

    /// The lowercase name.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Human => "human",
            Self::Machine => "machine",
            Self::Unknown => "unknown",
        }
    }
}

/// What a reminder call is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// The appointment, as it stands when the call is placed.
    pub appointment: Appointment,
    /// Who answered.
    pub answered_by: AnsweredBy,
    /// The voicemail text with `{business}`, `{when}` and `{callback}` placeholders;
    /// `None` uses the built-in one.
    #[serde(default)]
    pub voicemail: Option<String>,
    /// The voicemail left when the call is in French (`[notifications] voicemail_fr`),
    /// same placeholders, `{when}` said in French; `None` uses [`DEFAULT_VOICEMAIL_FR`].
    #[serde(default)]
    pub voicemail_fr: Option<String>,
    /// The number to call back, as it should be spoken or written; an E.164 number
    /// (`+15875550100`) is read out in the call's language (`None`: the configured
    /// transfer number, else "the number this call came from").
    #[serde(default)]
    pub callback: Option<String>,
    /// The language the appointment was booked in (SPEC §5.7): the call opens in it
    /// when the business speaks it. `None`: the business's first language.
    #[serde(default)]
    pub lang: Option<bella_extract::Lang>,
}

/// The built-in voicemail text (the `[notifications] voicemail` default).
pub const DEFAULT_VOICEMAIL: &str = "Hi, this is {business} with a reminder of your appointment on {when}. Call us at {callback} if you need to change it.";

/// The built-in French voicemail (the `[notifications] voicemail_fr` default), Quebec
/// French, `{when}` read the French way ("le jeudi 26 novembre à 9 h 30").
pub const DEFAULT_VOICEMAIL_FR: &str = "Bonjour, ici {business}. Un petit rappel de votre rendez-vous le {when}. Si vous devez le changer, rappelez-nous au {callback}. Merci, bonne journée!";

/// Fills a voicemail template: only the business, the day and time and the callback
/// number are ever put in, whatever else the template holds.
#[must_use]
pub fn voicemail_text(template: &str, business: &str, when: &str, callback: &str) -> String {
    template
        .replace("{business}", business)
        .replace("{when}", when)
        .replace("{callback}", callback)
}

/// "I'll be there", "see you then": a yes to "can you still make it?" that the
/// yes/no reader may not know.
pub(crate) fn will_come(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "i'll be there",
        "i will be there",
        "we'll be there",
        "we will be there",
        "be there",
        "see you then",
        "see you there",
        "see you tomorrow",
        "i can make it",
        "i can still make it",
        "can make it",
        "still on",
        "still good",
        "still works",
        "that works",
        "works for me",
        "i'm coming",
        "i am coming",
        "i'll come",
        "i will come",
        // Said for the household or a pet owner's "we": the same yes.
        "we'll come",
        "we will come",
        "we're coming",
        "we are coming",
        "confirm",
        "confirmed",
        "definitely",
        "absolutely",
    ];
    let negated = cannot_come(ws);
    !negated && (intent::any_phrase(ws, PHRASES) || intent::fr::will_come(ws) || hedged_yes(ws))
}

/// "I believe so", "I think so", "should be, unless something comes up", "I'm planning
/// on it": a yes said with a hedge. Never "I don't think so", "I'm not planning on it".
fn hedged_yes(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "believe so",
        "think so",
        "suppose so",
        "planning on it",
        "planning to be there",
        // "I know he's planning on going": the person away will come.
        "planning on going",
        "planning on coming",
        "planning to go",
        "planning to come",
        "as far as i know",
        "should be fine",
        "should be okay",
        "should be ok",
        "should be good",
        "should be able to make it",
        "should be able to come",
    ];
    const NEGATED: &[&str] = &[
        "don't think",
        "do not think",
        "don't believe",
        "do not believe",
        "don't suppose",
        "not planning",
        "not sure",
        "shouldn't",
        // "I think so? Maybe?": unsure, asked again.
        "maybe",
        "perhaps",
    ];
    // "Should be, unless ...": the turn opens on it.
    let opens = ws.len() >= 2 && ws[0] == "should" && ws[1] == "be";
    (opens || intent::any_phrase(ws, PHRASES)) && !intent::any_phrase(ws, NEGATED)
}

/// "Can I move it", "reschedule", "another day": a move (not "I can't make it").
pub(crate) fn wants_move(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "reschedule",
        "rescheduling",
        "rebook",
        "move",
        "moving",
        "change the time",
        "change the day",
        "change the date",
        "change it",
        "change my appointment",
        "change the appointment",
        "switch",
        "different time",
        "different day",
        "another time",
        "another day",
        "other day",
        "later date",
        "later time",
        "earlier time",
        // "Is there anything earlier tomorrow?", "something later that day?"
        "anything earlier",
        "anything later",
        "something earlier",
        "something later",
        "push it",
        "push back",
        "bump it",
        "postpone",
        "instead",
    ];
    intent::any_phrase(ws, PHRASES) || intent::fr::wants_move(ws)
}

/// "Later that day", "plus tard dans la même journée", "push it a week", "la repousser
/// d'une semaine": a new start said relative to the appointment (`relative.rs`), a move
/// with no move word of its own.
fn moves_by_words(ws: &[String]) -> bool {
    crate::relative::same_day(ws).is_some() || crate::relative::week_step(ws).is_some()
}

/// A voicemail greeting heard where the carrier said a person answered: "you've reached
/// Réjean, leave a message after the beep", "vous avez bien joint la boîte vocale de
/// ..., laissez-moi un message après le bip". The tone, or a voicemail box or "you've
/// reached" with a message to leave; "can you leave him a message?" is no greeting.
pub(crate) fn is_recording(ws: &[String]) -> bool {
    const TONE: &[&str] = &[
        "after the beep",
        "after the tone",
        "at the tone",
        "après le bip",
        "après le signal",
        "au signal sonore",
    ];
    const BOX: &[&str] = &[
        "voicemail",
        "voice mail",
        "you've reached",
        "you have reached",
        "boîte vocale",
        "messagerie vocale",
        "avez joint",
        "avez bien joint",
        "vous êtes bien chez",
        "can't come to the phone",
        "cannot come to the phone",
        "can't take your call",
        "missed you",
        "missed your call",
        "get back to you",
        "return your call",
        // "You've got Hugo, can't get to the phone", "I'll call you back", "je te
        // rappelle": a greeting's own words, with a message to leave.
        "you've got",
        "get to the phone",
        "i'll call you back",
        "we'll call you back",
        "je te rappelle",
        "je vous rappelle",
        "on vous rappelle",
        "on te rappelle",
        // Unavailable in the first person: only a greeting says so of itself.
        "i'm not available",
        "i am not available",
        "we're not available",
        "je suis pas disponible",
        "je ne suis pas disponible",
        "suis pas disponible",
    ];
    const LEAVE: &[&str] = &[
        "leave a message",
        "leave your message",
        "leave me a message",
        "laissez un message",
        "laissez moi un message",
        "laissez votre message",
        "laissez nous un message",
        "laisse moi un message",
        "laisse un message",
        "laisse nous un message",
        "leave us a message",
        "leave your name",
        // "I never check voicemail. Or leave one": a message, said back.
        "leave one",
    ];
    intent::any_phrase(ws, TONE) || (intent::any_phrase(ws, BOX) && intent::any_phrase(ws, LEAVE))
}

/// "I'll let him know", "je vais lui faire le message": the person who answered is not
/// the one the appointment is for, and passes the reminder on.
fn takes_message(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "let him know",
        "let her know",
        "let them know",
        "tell him",
        "tell her",
        "tell them",
        "pass it on",
        "pass it along",
        "pass on the message",
        "pass the message",
        "give him the message",
        "give her the message",
        "leave him a note",
        "leave her a note",
        "laisser un mot",
        "lui laisser un mot",
        "faire le message",
        "faire la commission",
        "passer le message",
        "transmettre le message",
        "lui transmettre",
        "lui dire",
        "leur dire",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// "Can my husband come instead?", "my daughter will go in my place": another person
/// keeps the appointment, which stays as it is.
fn someone_else_comes(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "come instead",
        "go instead",
        "in my place",
        "take my place",
        "take my spot",
        "instead of me",
        "someone else come",
        "somebody else come",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// "I can't make it", "I won't be able to come": a no.
fn cannot_come(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "can't make it",
        "cannot make it",
        "can not make it",
        "won't make it",
        "will not make it",
        "not make it",
        "can't come",
        "cannot come",
        "won't be able",
        "not be able",
        "unable",
        "can't do",
        "won't be there",
        "will not be there",
        "won't be coming",
        "will not be coming",
        "not be coming",
        "not coming",
        "not going to make",
        "not gonna make",
        "don't need it",
        "won't need it",
        "won't be needing",
        "not be needing",
        "no longer need",
        "don't need",
        "something came up",
    ];
    intent::any_phrase(ws, PHRASES) || intent::fr::cannot_come(ws)
}

/// "Can you call me back later?", "I'm driving", "now's not a good time", "rappelez-moi
/// plus tard": the callee cannot talk now. The agent cannot call back by itself, so it
/// leaves the day and time and ends the call, nothing changed.
fn asks_callback(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "call me back",
        "call me later",
        "call back later",
        "call back in",
        "call back another time",
        "call me another time",
        "try me later",
        "try again later",
        "not a good time right now",
        "not a good time to talk",
        "now's not a good time",
        "now is not a good time",
        "now isn't a good time",
        "bad time right now",
        "bad time to talk",
        "can't talk right now",
        "can't talk now",
        "cannot talk right now",
        "i'm driving",
        "i am driving",
        "rappeler plus tard",
        "rappelez moi plus tard",
        "me rappeler plus tard",
        "rappelez plus tard",
        "me rappeler un autre moment",
        "pas un bon moment",
        "peux pas parler",
        "au volant",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// "Stop calling me", "take me off your call list", "arrêtez de m'appeler": no more
/// reminder calls, which says nothing about the appointment ("take me off the
/// schedule" is a cancel, [`drops_it`]).
fn opts_out(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "stop calling",
        "quit calling",
        "don't call me",
        "don't call this number",
        "do not call",
        "don't call here",
        "stop phoning",
        "call list",
        "calling list",
        "your list",
        "robot calls",
        "robocall",
        "robocalls",
        "these calls",
        "these reminders",
        "these texts",
        "these messages",
        "automated calls",
        "automated call",
        "don't send me",
        "do not send me",
        "stop sending",
        "remove my number",
        "remove this number",
        "take my number off",
        "arrêtez de m'appeler",
        "arrêtez d'appeler",
        "m'appelez plus",
        "appelez plus",
        "liste d'appels",
        "ces appels",
        "votre liste",
        "de la liste",
        "ces messages",
        "ces textos",
        "m'envoyez plus",
        "envoyez moi plus",
        "m'envoyer plus",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// The words before the question a turn ends on ("Oui." of "Oui. Vous prenez
/// l'Interac?", "" when the turn is all questions); `None` when it ends on no question.
fn before_question(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let body = t.strip_suffix('?')?;
    let cut = body
        .char_indices()
        .rev()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && body[i + c.len_utf8()..].starts_with(' '))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let lead = body[..cut].trim();
    // "Do I have to do anything before? Like not eat?": questions all the way.
    Some(
        if lead.ends_with('?') && before_question(lead).is_some_and(str::is_empty) {
            ""
        } else {
            lead
        },
    )
}

/// A turn of several sentences split before its last one: ("Tuesday? I thought it was
/// Wednesday.", "Okay, Tuesday's fine"); `None` for a turn of one, or one that ends on
/// a question.
fn last_statement(text: &str) -> Option<(&str, &str)> {
    let body = text.trim_end().trim_end_matches(['.', '!']);
    if body.ends_with('?') {
        return None;
    }
    let (i, c) = body.char_indices().rev().find(|&(i, c)| {
        matches!(c, '.' | '!' | '?') && body[i + c.len_utf8()..].starts_with(' ')
    })?;
    let cut = i + c.len_utf8();
    Some((&body[..cut], body[cut..].trim())).filter(|(_, last)| !last.is_empty())
}

/// "10:30 is fine", "Tuesday's good", "that time is perfect": a day or time said to
/// be fine (a yes only when it is the appointment's own).
fn says_fine(ws: &[String]) -> bool {
    (1..ws.len()).any(|i| {
        matches!(ws[i].as_str(), "fine" | "good" | "perfect" | "okay" | "ok")
            && (ws[i - 1] == "is" || ws[i - 1].ends_with("'s") && ws[i - 1] != "it's")
    })
}

/// An opt-out and nothing else about the appointment: no cancel, no yes, no move.
/// "Enlevez-moi de votre liste", "take me off your list" remove the number from the
/// calls, not the appointment: a cancel counts only when one is said in so many words.
fn only_opts_out(ws: &[String]) -> bool {
    const CANCEL: &[&str] = &[
        "cancel",
        "cancelled",
        "cancelling",
        "annuler",
        "annulez",
        "annule",
        "l'annuler",
        "annulé",
    ];
    let cancel = intent::detect(ws) == Some(Intent::Cancel) && intent::any_phrase(ws, CANCEL);
    opts_out(ws) && !cancel && !will_come(ws) && !wants_move(ws)
}

/// "Take me off the schedule", "just scrap it", "vous pouvez l'enlever": the appointment
/// dropped, a cancel said without the word.
fn drops_it(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "take me off",
        "take it off",
        "take us off",
        "off the schedule",
        "off the books",
        "off the calendar",
        "off the list",
        "scrap it",
        "scratch it",
        "drop it",
        "remove it",
        "remove me",
        "delete it",
        "l'enlever",
        "enlevez le",
        "l'effacer",
        "effacez le",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// "What's this about?", "which appointment is this for?", "c'est à quel sujet?": who
/// is calling and why, said again (a repeat, `turn.rs`).
pub(crate) fn asks_purpose(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "what's this about",
        "what is this about",
        "what's this regarding",
        "what is this regarding",
        "what's this concerning",
        "what's this for",
        "what is this for",
        "what's it about",
        "what's it for",
        "what is it about",
        "which appointment",
        "what appointment",
        "quel sujet",
        "au sujet de quoi",
        "quel rendez vous",
        "c'est quoi ça",
        "what's the appointment for",
        "what is the appointment for",
        "what's my appointment for",
        "what was it for",
        "what's that for",
        "what was that for",
        "what's it for again",
        "c'est pour quoi",
        "c'est pourquoi",
        "de la part de qui",
    ];
    intent::any_phrase(ws, PHRASES)
}

/// "Who's it with?", "which therapist is it with?", "c'est avec qui?": whom the
/// reminded appointment is with.
fn asks_who_with(ws: &[String]) -> bool {
    const PHRASES: &[&str] = &[
        "who's it with",
        "who is it with",
        "who's my appointment with",
        "who is my appointment with",
        "who am i seeing",
        "who am i with",
        "who will i see",
        "who will i be seeing",
        // The household's or the pet's "we", "he", "she".
        "who will we see",
        "who will we be seeing",
        "who are we seeing",
        "who are we with",
        "who will he see",
        "who will she see",
        "who will he be seeing",
        "who will she be seeing",
        "who's he seeing",
        "who's she seeing",
        "with who",
        "with whom",
        "which therapist",
        "which doctor",
        "which dentist",
        "which hygienist",
        "which practitioner",
        "avec qui",
    ];
    intent::any_phrase(ws, PHRASES) || ends_on_with(ws) || checks_who_with(ws)
}

/// "Which vet is that with?", "who's that appointment with?": "with" ends the question
/// ("again", "exactly" aside) right after "it", "that" or the appointment, with a "who"
/// or "which" before.
fn ends_on_with(ws: &[String]) -> bool {
    let end = ws
        .iter()
        .rposition(|w| !matches!(w.as_str(), "again" | "exactly" | "then"))
        .map_or(0, |i| i + 1);
    end > 2
        && ws[end - 1] == "with"
        && matches!(
            ws[end - 2].as_str(),
            "it" | "that" | "this" | "appointment" | "appt" | "booking" | "visit"
        )
        && ws[..end - 1]
            .iter()
            .any(|w| matches!(w.as_str(), "who" | "who's" | "whom" | "which"))
}

/// "Is that with the tech?", "is it with Dr. Shah?", "will it be with Brooke?": the
/// callee checks whom the appointment is with, the question opening the turn.
fn checks_who_with(ws: &[String]) -> bool {
    const OPENINGS: &[&str] = &[
        "is that with",
        "is it with",
        "is this with",
        "is that still with",
        "is it still with",
        "will it be with",
        "will that be with",
        "is my appointment with",
        "is the appointment with",
    ];
    opens_with(ws, OPENINGS)
}

/// Whether the turn opens with one of `phrases`, after a leading "and", "so", "oh",
/// "okay" or "um".
fn opens_with(ws: &[String], phrases: &[&str]) -> bool {
    let start = ws
        .iter()
        .position(|w| {
            !matches!(
                w.as_str(),
                "and" | "so" | "oh" | "okay" | "ok" | "um" | "uh"
            )
        })
        .unwrap_or(ws.len());
    phrases.iter().any(|p| intent::words_at(&ws[start..], p))
}

/// Openings of a question that checks which service a reminded appointment is for
/// ([`Dialog::asks_which_service`]).
const WHICH_OPENINGS: &[&str] = &[
    "is that",
    "is it",
    "is this",
    "was that",
    "was it",
    "which one",
    "which is it",
    "which appointment",
    "what is it",
    "what's it",
    "c'est tu",
    "c'est pour",
    "est-ce que c'est",
    "c'était",
];

/// A question about the reminder call itself: what it is about ([`asks_purpose`]) or
/// whom the appointment is with ([`asks_who_with`]); `turn.rs` answers it.
pub(crate) fn asks_about(ws: &[String]) -> bool {
    asks_purpose(ws) || asks_who_with(ws)
}

/// Whether `ws` has the words of `phrase` from index `i` on, accents aside
/// ([`intent::words_at`]).
fn phrase_at(ws: &[String], i: usize, phrase: &str) -> bool {
    ws.get(i..).is_some_and(|at| intent::words_at(at, phrase))
}

/// "She's not here", "he's at work", "Nadia isn't home", "il est pas là", "elle est
/// partie travailler", "elle dort": whoever answered says the person the appointment is for is away.
/// A subject in the third person (or the first name), its verb, then where they are.
fn is_away(ws: &[String], first: &str) -> bool {
    const EN: &[&str] = &[
        "not here",
        "not home",
        "not at home",
        "not in",
        "not around",
        "not available",
        "not back",
        "out",
        "away",
        "at work",
        "at school",
        "working",
        "sleeping",
        "asleep",
        "in the shower",
        "gone",
        "busy",
    ];
    const FR: &[&str] = &[
        "pas là",
        "pas ici",
        "pas à la maison",
        "pas disponible",
        "pas rentré",
        "pas rentrée",
        "au travail",
        "à l'école",
        "à la job",
        "parti",
        "partie",
        "sorti",
        "sortie",
        "absent",
        "absente",
        "couché",
        "couchée",
        "en voyage",
    ];
    let first = first.to_lowercase();
    let own = format!("{first}'s");
    (0..ws.len()).any(|i| {
        let w = ws[i].as_str();
        // Where the state starts, and whether a "not" is already said ("isn't").
        let (at, not) = match w {
            "she's" | "he's" | "they're" => (i + 1, false),
            _ if w == own => (i + 1, false),
            "she" | "he" | "they" => match ws.get(i + 1).map(String::as_str) {
                Some("is" | "are") => (i + 2, false),
                Some("isn't" | "aren't") => (i + 2, true),
                _ => return false,
            },
            _ if w == first => match ws.get(i + 1).map(String::as_str) {
                Some("is") => (i + 2, false),
                Some("isn't") => (i + 2, true),
                _ => return false,
            },
            "il" | "elle" | "y" => match ws.get(i + 1).map(String::as_str) {
                Some("est" | "n'est") => {
                    return FR.iter().any(|p| phrase_at(ws, i + 2, p));
                }
                // "Elle dort", "il dort encore".
                Some("dort") => return true,
                _ => return false,
            },
            _ => return false,
        };
        // "She's just stepped out", "he's actually at work".
        let at = at
            + usize::from(matches!(
                ws.get(at).map(String::as_str),
                Some("just" | "actually" | "still" | "currently")
            ));
        if not {
            ["here", "home", "in", "around", "available", "back"]
                .iter()
                .any(|p| phrase_at(ws, at, p))
        } else {
            EN.iter().any(|p| phrase_at(ws, at, p)) || phrase_at(ws, at, "stepped out")
        }
    })
}

/// "Wrong number", "there's no Megan here", "y'a pas de Sylvie ici": the number reached
/// is not the person's. The first name right after "no", "any" or "pas de" counts only
/// at the end of the turn or before "here", "ici" ("no, Megan can't make it" is a no).
fn wrong_number(ws: &[String], first: &str) -> bool {
    const PHRASES: &[&str] = &[
        "wrong number",
        "wrong person",
        "wrong house",
        "wrong household",
        "wrong line",
        "wrong guy",
        "wrong lady",
        "not the right number",
        "not the right person",
        "whoever you're looking for",
        "got this number",
        "pas le bon numéro",
        "pas la bonne personne",
        "by that name",
        "no one named",
        "nobody named",
        "no one called",
        "mauvais numéro",
        "trompé de numéro",
        "trompée de numéro",
        "trompés de numéro",
        "erreur de numéro",
        "de ce nom",
        "personne qui s'appelle",
    ];
    let first = first.to_lowercase();
    intent::any_phrase(ws, PHRASES)
        || (1..ws.len()).any(|i| {
            ws[i] == first
                && matches!(ws[i - 1].as_str(), "no" | "any" | "de")
                && (ws[i - 1] != "de" || i >= 2 && ws[i - 2] == "pas")
                && ws
                    .get(i + 1)
                    .is_none_or(|n| matches!(n.as_str(), "here" | "ici" | "living"))
        })
}

/// "It's at 11, right?", "that's Thursday, right?", "I thought it was in the morning?",
/// "c'est à 11 h, c'est ça?": the callee checks the day or time they remember. A
/// question (`asked`: the turn ends in "?") with a tag at the end and a day or time
/// said, or "I thought it was".
fn checks_when(ws: &[String], asked: bool, said_when: bool) -> bool {
    const THOUGHT: &[&str] = &[
        "thought it was",
        "thought it's",
        "thought it were",
        "wasn't it",
        "je pensais que c'était",
        "je pensais que c'est",
        "je croyais que c'était",
        "je croyais que c'est",
    ];
    const TAGS: &[&str] = &[
        "right",
        "correct",
        "isn't it",
        "is that right",
        "is that correct",
        "c'est ça",
        "c'est bien ça",
        "hein",
        "non",
        "n'est ce pas",
        "pas vrai",
    ];
    // "I had it down for Wednesday", "my calendar says the 12th": what the callee wrote
    // down, with a day or time said ("yep, I have it down" is a yes).
    const NOTED: &[&str] = &[
        "had it down",
        "have it down",
        "got it down",
        "had it written",
        "have it written",
        "wrote it down",
        "wrote down",
        "calendar says",
        "calendar said",
        "had it as",
        "have it as",
        "had it marked",
        "have it marked",
    ];
    if wants_move(ws) || intent::detect(ws) == Some(Intent::Cancel) {
        return false;
    }
    let tagged = TAGS.iter().any(|t| {
        let n = t.split(' ').count();
        ws.len() > n && phrase_at(ws, ws.len() - n, t)
    });
    intent::any_phrase(ws, THOUGHT)
        || (said_when && intent::any_phrase(ws, NOTED))
        || (asked && tagged && said_when)
}

impl Dialog {
    /// A reminder call about `reminder.appointment`, answered as `reminder.answered_by`
    /// says. Like [`Dialog::new`], nothing is said until [`crate::Input::CallStarted`].
    ///
    /// ```
    /// use std::sync::Arc;
    /// use bella_dialog::{AnsweredBy, CallInfo, Config, Dialog, Input, Outcome, Output, Reminder};
    /// use bella_core::{Appointment, AppointmentId, AppointmentStatus, PersonName, PhoneNumber};
    ///
    /// let config = Arc::new(Config::default());
    /// let now = "2026-11-25T17:00:00Z".parse().unwrap();
    /// let appointment = Appointment {
    ///     id: AppointmentId(7), service: None, resource: None,
    ///     name: PersonName::new("Priya Patel").unwrap(),
    ///     phone: PhoneNumber::from_e164("+17805550123").unwrap(),
    ///     start: "2026-11-26T17:00:00Z".parse().unwrap(),
    ///     minutes: 30,
    ///     tz: config.tz(),
    ///     status: AppointmentStatus::Booked,
    /// };
    /// let reminder = Reminder { appointment, answered_by: AnsweredBy::Machine, voicemail: None, voicemail_fr: None, callback: Some("780 555 0100".into()), lang: None };
    /// let call = CallInfo { call_id: "CA1".into(), caller_id: None };
    /// let mut dialog = Dialog::reminder(config, call, now, reminder);
    /// dialog.handle_input(Input::CallStarted { now });
    /// let out = bella_dialog::driver::drain_outputs(&mut dialog);
    /// let Some(Output::Say { text }) = out.first() else { panic!() };
    /// assert!(text.expose().contains("780 555 0100") && !text.expose().contains("Priya"));
    /// assert_eq!(out.get(1), Some(&Output::HangUp { outcome: Outcome::Voicemail }));
    /// ```
    pub fn reminder(
        config: Arc<Config>,
        call: CallInfo,
        now: DateTime<Utc>,
        reminder: Reminder,
    ) -> Self {
        let mut dialog = Self::new(config, call, now);
        dialog.s.appointment = Some(reminder.appointment.clone());
        dialog.s.target = Some(reminder.appointment.clone());
        // A move keeps the appointment's service length and resource (services.rs).
        dialog.follow_target();
        dialog.s.name = Some(reminder.appointment.name.clone());
        if let Some(lang) = reminder.lang
            && dialog.config.languages.contains(&lang)
        {
            dialog.s.lang = lang;
        }
        dialog.s.reminder = Some(reminder);
        dialog
    }

    /// Whether this call is a reminder call.
    pub fn is_reminder(&self) -> bool {
        self.s.reminder.is_some()
    }

    /// The opening of a reminder call: the voicemail, or the question.
    pub(crate) fn start_reminder(&mut self) {
        let Some(r) = self.s.reminder.clone() else {
            return;
        };
        if r.answered_by == AnsweredBy::Machine {
            return self.leave_voicemail();
        }
        let when = self.speak_when(r.appointment.local_start());
        let business = self.config.business_name.clone();
        let first = r
            .appointment
            .name
            .as_str()
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned();
        // Unknown (no verdict yet: asynchronous detection, or none) may be a machine
        // recording: no name then.
        let greeting = if first.is_empty() || r.answered_by == AnsweredBy::Unknown {
            format!("Hi, this is {business} calling with a reminder about your appointment.")
        } else {
            format!(
                "Hi {first}, this is {business} calling with a reminder about your appointment."
            )
        };
        self.say(&greeting);
        self.ask_reminder(&when);
    }

    /// The one voicemail message (SPEC §3.2: business, day and time, a number to call
    /// back, no other personal data), then the end of the call: a machine answered, or
    /// a greeting was heard.
    pub(crate) fn leave_voicemail(&mut self) {
        let Some(r) = self.s.reminder.clone() else {
            return self.goodbye();
        };
        let when = self.speak_when(r.appointment.local_start());
        let business = self.config.business_name.clone();
        let french = self.s.lang == bella_extract::Lang::Fr;
        let callback = match r.callback.as_deref() {
            // A number is read out in the call's language.
            Some(c) => PhoneNumber::from_e164(c.trim())
                .map_or_else(|_| c.to_owned(), |p| self.speak_phone(&p)),
            None => self.config.transfer_number.clone().unwrap_or_else(|| {
                if french {
                    "numéro affiché sur votre téléphone".to_owned()
                } else {
                    "the number this call came from".to_owned()
                }
            }),
        };
        let template = if french {
            r.voicemail_fr.as_deref().unwrap_or(DEFAULT_VOICEMAIL_FR)
        } else {
            r.voicemail.as_deref().unwrap_or(DEFAULT_VOICEMAIL)
        };
        let text = voicemail_text(template, &business, &when, &callback);
        self.say(&text);
        self.hang_up(Outcome::Voicemail);
    }

    /// "It's on {when}. Can you still make it?"
    fn ask_reminder(&mut self, when: &str) {
        self.ask(
            Step::ReminderConfirm,
            &format!("It's on {when}. Can you still make it?"),
        );
    }

    /// The reminded appointment's day and time, as spoken.
    fn target_when(&self) -> String {
        self.s
            .target
            .as_ref()
            .map(|a| self.speak_when(a.local_start()))
            .unwrap_or_default()
    }

    /// The first name of the person the reminder is for ("" when none).
    fn reminded_first_name(&self) -> String {
        self.s
            .reminder
            .as_ref()
            .and_then(|r| r.appointment.name.as_str().split_whitespace().next())
            .unwrap_or_default()
            .to_owned()
    }

    /// "Is that the check-up or the shots?", "which one is that, the exam or the
    /// vaccines?", "c'est-tu pour le vaccin?": at a reminder of a business with more
    /// than one service, a question ([`WHICH_OPENINGS`]) that names one of its services
    /// by name or phrase asks what the appointment is for; `turn.rs` answers it with
    /// [`Self::reminded_what`].
    pub(crate) fn asks_which_service(&self, ws: &[String]) -> bool {
        self.config.services.len() > 1
            && opens_with(ws, WHICH_OPENINGS)
            && (crate::services::services_said(&self.config, ws) != 0
                || crate::services::find_service(&self.config, ws).is_some())
    }

    /// What the reminded appointment is, for "what's it for?", "who's it with?" (in
    /// English; `say` gives the French): its service at a business with several, with
    /// its person when it has one ("It's for your follow-up with Luc Gagnon."), or the
    /// person alone ("It's with Leah Arnaquq."). `None` when there is nothing to tell
    /// beyond "your appointment".
    pub(crate) fn reminded_what(&self) -> Option<String> {
        let target = self.s.target.as_ref()?;
        let with = target
            .resource
            .as_deref()
            .map(|r| format!("{}{r}", self.word(" with ")))
            .unwrap_or_default();
        if self.config.services.len() > 1 {
            let service = self.service_phrase(&self.service_name());
            Some(format!("It's for your {service}{with}."))
        } else {
            let r = target.resource.as_deref()?;
            Some(format!("It's with {r}."))
        }
    }

    /// Whether what the callee said names the reminded appointment itself: its day
    /// (when one is said), its time or part of the day (when said), no window.
    fn is_target_when(&self, w: &bella_extract::time::When) -> bool {
        let Some(start) = self.s.target.as_ref().map(|a| a.local_start()) else {
            return false;
        };
        w.window.is_none()
            && !w.earliest
            && (!w.day_said || w.date == Some(start.date()))
            && (!w.time_said || w.time == Some(start.time()))
            && w.part_of_day.is_none_or(|p| p.contains(start.time()))
            && (w.day_said || w.time_said)
    }

    /// "Can you still make it?" again, after a repeat request or a stall.
    pub(crate) fn reask_reminder(&mut self) {
        let when = self.target_when();
        self.ask_reminder(&when);
    }

    /// Whether a turn answers "Can you still make it?" at all: yes or no, coming or
    /// not, a move, a cancel, a new time, a goodbye ("hold on, I can't make it" is
    /// an answer, "hold on" alone a stall).
    pub(crate) fn answers_reminder(&self, text: &str, ws: &[String]) -> bool {
        // "Do I have to do anything before? Like not eat?": a yes or no word inside
        // the question a turn ends on answers nothing; one said before it does ("Oui.
        // Est-ce que vous prenez l'Interac?").
        before_question(text).is_none_or(|lead| !lead.is_empty())
            && self
                .reply(before_question(text).unwrap_or(text))
                .answer
                .is_some()
            || will_come(ws)
            || says_fine(ws)
            || cannot_come(ws)
            || wants_move(ws)
            || self.shifts_start(ws)
            || moves_by_words(ws)
            // "C'est pour quoi, ce rendez-vous-là?" names no booking, and "who am I
            // seeing?" checks nothing beyond the reminded appointment.
            || intent::detect(ws)
                .is_some_and(|i| !matches!(i, Intent::Book | Intent::Check) || !asks_about(ws))
            || intent::wants_to_quit(ws)
            || intent::wants_earliest(ws)
            || intent::says_same_time(ws)
    }

    /// The answer to "Can you still make it?".
    pub(crate) fn on_reminder_answer(&mut self, text: &str, ws: &[String]) {
        if intent::wants_person(ws) {
            self.say("Sure.");
            self.transfer();
            return;
        }
        let first = self.reminded_first_name();
        if wrong_number(ws, &first) {
            // Nothing changes: the person booked is not at this number.
            self.say("Sorry about that, I must have the wrong number. Have a good day, goodbye!");
            return self.hang_up(Outcome::NoBooking);
        }
        let cancel = intent::detect(ws) == Some(Intent::Cancel);
        if only_opts_out(ws) {
            // "Stop calling me": the appointment stays; the opt-out was recorded first
            // (`record_opt_out`), so no reminder is called or texted to this number again.
            let day = self.target_when();
            let text = if self.s.opted_out == Some(true) {
                format!(
                    "Understood, sorry for the bother. We won't call or text this number with reminders again. Your appointment on {day} stays as it is. Goodbye!"
                )
            } else {
                format!(
                    "Understood, sorry for the bother. Your appointment on {day} stays as it is. To stop these reminder calls, please let our front desk know. Goodbye!"
                )
            };
            self.say(&text);
            return self.hang_up(Outcome::NoBooking);
        }
        if asks_callback(ws) && !cancel && !will_come(ws) && !wants_move(ws) {
            // "Can you call me back later?" before a time read from "in an hour": the
            // day and time are left, and the call ends.
            let day = self.target_when();
            self.say(&format!(
                "No problem, I won't keep you. Your appointment is on {day}. If you need to change it, just give us a call. Goodbye!"
            ));
            return self.hang_up(Outcome::NoBooking);
        }
        let said = self.turn_time(text);
        if let Some((head, last)) = last_statement(text) {
            // "Tuesday? I thought it was Wednesday. Okay, Tuesday's fine.", "C'est pas
            // mercredi, non? Ah ok, mardi c'est correct": a doubt of the day or time
            // settled in the turn itself; its last sentence is the answer.
            let (hws, lws) = (intent::words(head), intent::words(last));
            // A day or time said anywhere in the turn ("c'est pas mercredi", a day
            // turned down, is none on its own).
            let doubt = checks_when(&hws, head.trim_end().ends_with('?'), said.is_some());
            if doubt && !checks_when(&lws, false, false) && self.answers_reminder(last, &lws) {
                // The turn's time, read once a turn, is read again from the answer.
                self.turn_time = None;
                return self.on_reminder_answer(last, &lws);
            }
        }
        if checks_when(ws, text.trim_end().ends_with('?'), said.is_some()) {
            // "It's at 11, right?": the day and time as booked, and the question again.
            let right = said.is_some_and(|w| self.is_target_when(&w));
            let day = self.target_when();
            let sentence = if right {
                format!("Yes, that's right, it's on {day}. Can you still make it?")
            } else {
                format!("No, it's actually on {day}. Can you still make it?")
            };
            return self.ask(Step::ReminderConfirm, &sentence);
        }
        let answer = self.reply(text).answer.map(|m| m.value);
        // "She's not home, this is her husband, but yes she'll be there": coming
        // said outright outweighs a "not" read as a no.
        // "Yes, but I might be a few minutes late": late means coming (a question
        // about being late, "what if I'm late?", is no answer).
        let late = intent::says_late(ws) && !crate::services::is_question(text, ws);
        let no = cannot_come(ws) || (answer == Some(Confirmation::No) && !will_come(ws));
        // "Same time next week would be better": a new start, a week on. The
        // appointment's own day or time ("can't do Tuesday", "10:30, yeah that's
        // fine") is no new one.
        let time = said.is_some_and(|w| !self.is_target_when(&w))
            || intent::wants_earliest(ws)
            || intent::says_same_time(ws);
        // "10:30 is fine": the appointment's own time said to be fine.
        let fine = !time && says_fine(ws);
        let yes = !no && (answer == Some(Confirmation::Yes) || will_come(ws) || late || fine);
        // "Cancel" wins over everything; a move needs move words or a new time
        // ("I can't make it" alone is a no, read back as a cancellation).
        if cancel || drops_it(ws) {
            return self.reminder_cancel();
        }
        if !time && someone_else_comes(ws) {
            // "Can my husband come instead?": no change to the appointment.
            let when = self.target_when();
            return self.ask(
                Step::ReminderConfirm,
                &format!(
                    "Of course, someone else can come in your place. The appointment stays on {when}. Is that all right?"
                ),
            );
        }
        // "Can we bring it forward an hour?", "an hour later would be better": a move by
        // a length from the appointment's start (`relative.rs`).
        if wants_move(ws) || self.shifts_start(ws) || moves_by_words(ws) {
            return self.move_target(text);
        }
        if time && (!yes || intent::hedges(ws)) {
            // "Can we do Friday instead?", "yes, but can I come at 11?": a move with the
            // new time already said.
            return self.move_target(text);
        }
        let message = takes_message(ws);
        if (message || is_away(ws, &first)) && !cannot_come(ws) && !will_come(ws) {
            // "She's not here right now", "he's out, I'll let him know": no answer of
            // theirs; the reminder is left with whoever answered, and the appointment
            // stands.
            if message {
                self.say("Thank you, I appreciate it. Have a good day!");
                return self.hang_up(Outcome::NoBooking);
            }
            let day = self.target_when();
            self.say(&format!(
                "No problem. Could you please let them know their appointment is on {day}? If that doesn't work, they can call us back. Thank you, goodbye!"
            ));
            return self.hang_up(Outcome::NoBooking);
        }
        if no {
            return self.reminder_cancel();
        }
        // "Yes, but ..." is no yes, unless coming is said outright ("but yes, she'll be
        // there", "but I'll be a bit late").
        if yes && (!intent::hedges(ws) || will_come(ws) || late) {
            return self.confirm_reminded();
        }
        if intent::wants_to_quit(ws) {
            return self.goodbye();
        }
        // "Is there parking nearby?" with nothing on file: said politely, and the
        // reminder goes on (still a failed answer, so a question asked over and over
        // ends with a person).
        if crate::services::is_question(text, ws) {
            if !self.question_answers(ws).is_empty() {
                // Answered already (`answer_question`): the reminder's question again,
                // with nothing more said (still a failed answer, so no endless loop).
                if self.fail("") {
                    self.reask_reminder();
                }
                return;
            }
            if self.fail(
                "I'm sorry, I don't have that information here, but our front desk can help you with that.",
            ) {
                self.reask_reminder();
            }
            return;
        }
        if self.fail("Sorry, I didn't catch that.") {
            let when = self.target_when();
            self.ask(
                Step::ReminderConfirm,
                &format!("Your appointment is on {when}. Can you still make it? Yes or no?"),
            );
        }
    }

    /// A reminder callee's "stop calling me", "take me off your list" (in any turn of
    /// the call): asks the store to record the opt-out for the number called before the
    /// turn is read (`on_opted_out` reads it then), once a call. `true` when asked.
    pub(crate) fn record_opt_out(&mut self, text: &str) -> bool {
        let Some(phone) = self
            .s
            .reminder
            .as_ref()
            .map(|r| r.appointment.phone.clone())
        else {
            return false;
        };
        if self.s.opted_out.is_some() || self.s.pending.is_some() {
            return false;
        }
        let ws = intent::words(text);
        if !opts_out(&ws) || is_recording(&ws) {
            return false;
        }
        self.request(
            PendingKind::OptOut {
                text: text.to_owned(),
            },
            StoreRequest::OptOut { phone },
        );
        true
    }

    /// The store's answer to the opt-out: noted (an opt-out said with another answer
    /// is acknowledged before that answer is acted on), then the turn is read.
    pub(crate) fn on_opted_out(&mut self, result: &StoreResult, text: &str) {
        self.s.pending = None;
        let recorded = matches!(result, StoreResult::OptedOut);
        self.s.opted_out = Some(recorded);
        if recorded && !only_opts_out(&intent::words(text)) {
            self.say("Noted, we won't call or text this number with reminders again.");
        }
        self.on_turn(text);
    }

    /// The reminded appointment confirmed in the store (`Confirmed` when done).
    pub(crate) fn confirm_reminded(&mut self) {
        let Some(id) = self.s.target.as_ref().map(|a| a.id) else {
            return self.goodbye();
        };
        let idempotency_key = self.idempotency_key("confirm");
        self.request(
            PendingKind::Confirm,
            StoreRequest::Confirm {
                id,
                idempotency_key,
            },
        );
    }

    fn reminder_cancel(&mut self) {
        self.s.intent = Some(Intent::Cancel);
        let Some(target) = self.s.target.clone() else {
            return self.goodbye();
        };
        let when = self.speak_when(target.local_start());
        self.ask(
            Step::ConfirmCancel,
            &format!("Okay. Would you like me to cancel your appointment on {when}?"),
        );
    }

    /// Moves the appointment found (a reminder's, or one read back to cancel): the new
    /// time if the turn says one, else the question for it.
    pub(crate) fn move_target(&mut self, text: &str) {
        self.s.intent = Some(Intent::Reschedule);
        // The appointment's day was just read out: a bare time ("a bit later, like
        // 11?") stays on it.
        self.discuss_target_day();
        // "Ça marche pas jeudi, pouvez-vous la repousser d'une semaine?": the day said
        // is the appointment's own, the step from it is the new start.
        let ws = intent::words(text);
        let step = crate::relative::shift_minutes(&ws)
            .or_else(|| crate::relative::week_step(&ws).map(|d| d * 24 * 60));
        // "Could I come in half an hour earlier?": the time reader takes "in half an
        // hour" from now; with "earlier"/"later" after it the length is the step, and a
        // time today no later than that length from now is its misreading.
        let now = self.reference().local_now();
        let from_now = |w: &bella_extract::time::When| {
            step.is_some_and(|m| {
                w.date.is_none_or(|d| d == now.date())
                    && w.time
                        .is_none_or(|t| t <= (now + chrono::Duration::minutes(m.abs() + 1)).time())
                    && w.time
                        .is_none_or(|t| t >= now.time() - chrono::Duration::minutes(1))
            }) && crate::relative::shift_minutes(&ws).is_some()
        };
        // "Faudrait le tasser à la semaine d'après, même heure": the time reader takes the
        // week said for its Monday; a day alone in the week the step lands in is the step
        // said again.
        let step_week = |w: &bella_extract::time::When, new: chrono::NaiveDateTime| {
            use chrono::Datelike;
            w.time.is_none()
                && w.date
                    .is_some_and(|d| d.iso_week() == new.date().iso_week())
        };
        if let (Some(minutes), Some(at)) = (step, self.s.target.as_ref().map(|t| t.local_start()))
            && self.turn_time(text).is_some_and(|w| {
                self.is_target_when(&w)
                    || from_now(&w)
                    || step_week(&w, at + chrono::Duration::minutes(minutes))
            })
        {
            let new = at + chrono::Duration::minutes(minutes);
            let _ = self.absorb_when(bella_extract::time::When {
                date: Some(new.date()),
                time: Some(new.time()),
                day_said: true,
                time_said: true,
                ..bella_extract::time::When::default()
            });
            self.advance();
            return;
        }
        let _ = self.absorb(text, Expect::Time);
        if self.s.time_ask.is_none() && self.s.slot.is_none() {
            self.ask(
                Step::Time,
                "Sure. What day and time would you like to move it to?",
            );
            return;
        }
        self.advance();
    }

    pub(crate) fn on_confirmed(&mut self, result: StoreResult) {
        match result {
            StoreResult::Confirmed(appt) => self.done(appt, Outcome::Confirmed, |when| {
                format!("Great, you're all set for {when}. See you then, goodbye!")
            }),
            _ => self.store_failed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        asks_about, asks_callback, cannot_come, checks_when, is_away, is_recording, last_statement,
        only_opts_out, opts_out, says_fine, takes_message, will_come, wrong_number,
    };
    use crate::intent::words;

    #[test]
    fn a_voicemail_greeting_is_told_from_a_person() {
        for t in [
            "Bonjour, vous avez bien joint Réjean. Laissez-moi un message après le bip.",
            "Vous avez joint la boîte vocale de Manon, laissez votre message.",
            "Hi, you've reached Dana. Leave a message and I'll call you back.",
            "Please leave your message after the tone.",
            "Hi, you've reached the Okafor residence. We can't come to the phone right now, please leave a message after the beep.",
            "you have reached Sam, leave a message",
            "please speak after the tone",
            "Sorry I missed you! Leave me a message and I'll get back to you.",
            "Vous êtes bien chez les Tremblay, laissez un message après le bip",
            "Hey, you've got Marco, can't get to the phone, leave a message.",
            "Salut c'est Julie, laisse-moi un message pis je te rappelle.",
            "It's Dev, I never check my voicemail but leave one if you want.",
        ] {
            assert!(is_recording(&words(t)), "{t}");
        }
        for t in [
            "Oui, je vais être là.",
            "Can you leave him a message?",
            "Il est pas là, voulez-vous laisser un message?",
            "You have reached the right person, yes I'll be there.",
            "yes I'll be there",
            "she's not home, can I leave a message for her?",
            "who is this?",
            "you've reached me at a bad time",
            "You've got the wrong number.",
            "She's not here, can you leave a message? I'll get her to call you back.",
        ] {
            assert!(!is_recording(&words(t)), "{t}");
        }
    }

    #[test]
    fn a_message_taken_for_someone_else() {
        for t in [
            "Il est pas ici, je vais lui faire le message.",
            "Elle est partie travailler, je vais lui transmettre.",
            "She's out, I'll let her know.",
            "I'll pass it on to him.",
        ] {
            assert!(takes_message(&words(t)), "{t}");
        }
        for t in ["Oui.", "Je peux pas, annulez-le.", "I'll be there."] {
            assert!(!takes_message(&words(t)), "{t}");
        }
    }

    #[test]
    fn coming_said_outright_is_a_yes() {
        for t in [
            "oh she's not home right now, this is her husband, but yes she'll be there",
            "he's not in, but he will be there",
            "No wait, keep it, we'll come.",
            "we're coming, thanks",
        ] {
            assert!(will_come(&words(t)), "{t}");
        }
        for t in ["she won't be there", "we can't come that day"] {
            assert!(!will_come(&words(t)), "{t}");
        }
    }

    #[test]
    fn someone_away_is_told_from_a_no() {
        for t in [
            "She's not here right now.",
            "Oh, he's at work.",
            "Nadia isn't home, can I take a message?",
            "she's just stepped out",
            "Il est pas là.",
            "Elle n'est pas là présentement.",
            "Non, elle est partie travailler.",
            "Elle dort, là. C'est son coloc.",
        ] {
            assert!(is_away(&words(t), "Nadia"), "{t}");
        }
        for t in [
            "No, I'm not here that week.",
            "I'm out of town, can we move it?",
            "Je serai pas là.",
            "it's out of my hands",
            "yes",
        ] {
            assert!(!is_away(&words(t), "Nadia"), "{t}");
        }
    }

    #[test]
    fn the_last_statement_of_a_turn() {
        assert_eq!(
            last_statement("Tuesday? I thought it was Wednesday. Okay, Tuesday's fine."),
            Some((
                "Tuesday? I thought it was Wednesday.",
                "Okay, Tuesday's fine"
            ))
        );
        assert_eq!(last_statement("I thought it was Wednesday."), None);
        assert_eq!(last_statement("Okay. It's at 11, right?"), None);
    }

    #[test]
    fn a_time_said_to_be_fine() {
        for t in [
            "Oh well, 10:30 is fine.",
            "Tuesday's fine",
            "that time is perfect",
        ] {
            assert!(says_fine(&words(t)), "{t}");
        }
        for t in ["it's fine, I can't come", "10:30 is not fine", "fine"] {
            assert!(!says_fine(&words(t)), "{t}");
        }
    }

    #[test]
    fn a_wrong_number() {
        for t in [
            "I think you have the wrong number.",
            "There's no Megan here, sorry.",
            "No Megan here.",
            "I don't know any Megan",
            "Y'a pas de Megan ici.",
            "Vous vous êtes trompé de numéro.",
            "Il n'y a personne de ce nom ici.",
            "I just got this number last month, whoever you're looking for doesn't have it.",
            "Ça doit être une erreur, c'est pas le bon numéro.",
            "Nope, wrong house.",
        ] {
            assert!(wrong_number(&words(t), "Megan"), "{t}");
        }
        for t in [
            "No, Megan can't make it.",
            "no",
            "Megan's not here",
            "Pas de problème, Megan va être là.",
        ] {
            assert!(!wrong_number(&words(t), "Megan"), "{t}");
        }
    }

    #[test]
    fn the_day_or_time_checked() {
        assert!(checks_when(&words("It's at 11, right?"), true, true));
        assert!(checks_when(&words("C'est à 11 h, c'est ça?"), true, true));
        assert!(checks_when(
            &words("Wait, I thought it was in the morning?"),
            true,
            false
        ));
        // An affirmation, a move, or no day or time said: no check.
        assert!(!checks_when(
            &words("Thursday at 10 is all right."),
            false,
            true
        ));
        assert!(!checks_when(
            &words("Can we move it to 11, right?"),
            true,
            true
        ));
        assert!(!checks_when(&words("Okay, right?"), true, false));
        // reminders28 d02: what the callee wrote down, with a day said; without one it
        // is no doubt ("yep, I have it down").
        for t in [
            "I had it down for Wednesday.",
            "My calendar says Wednesday at 2.",
            "I have it written down as the 12th.",
        ] {
            assert!(checks_when(&words(t), false, true), "{t}");
        }
        assert!(!checks_when(&words("Yep, I have it down."), false, false));
    }

    #[test]
    fn a_yes_with_a_hedge() {
        for t in [
            "I believe so.",
            "Should be, unless something comes up at work.",
            "Yeah, I'm planning on it.",
            "I think so.",
        ] {
            assert!(will_come(&words(t)), "{t}");
        }
        for t in [
            "I don't think so.",
            "I'm not planning on it anymore.",
            "I should be at work then.",
            "Shouldn't be a problem, but I won't be coming.",
            "I think so? Maybe?",
        ] {
            assert!(!will_come(&words(t)), "{t}");
        }
        assert!(cannot_come(&words("so I won't be coming")));
    }

    #[test]
    fn a_call_back_asked_or_no_more_calls() {
        for t in [
            "I'm driving right now, can you call me back later?",
            "Can you call back in an hour? I'm at work.",
            "Now's not a good time.",
            "Pouvez-vous me rappeler plus tard? Je suis au volant.",
        ] {
            assert!(asks_callback(&words(t)), "{t}");
        }
        for t in [
            "Tuesday's not a good time.",
            "Rappelez-moi c'est à quelle heure?",
            "yes",
        ] {
            assert!(!asks_callback(&words(t)), "{t}");
        }
        for t in [
            "Stop calling me.",
            "Please take me off your call list.",
            "Arrêtez de m'appeler, s'il vous plaît.",
            "Ne m'appelez plus.",
        ] {
            assert!(opts_out(&words(t)), "{t}");
        }
        for t in ["Take me off the schedule.", "Cancel it.", "Annulez-le."] {
            assert!(!opts_out(&words(t)), "{t}");
        }
        // An opt-out alone leaves the appointment; with a cancel said, it cancels too.
        for t in [
            "Please don't send me these anymore.",
            "I don't want any automated calls.",
            "Enlevez-moi de votre liste.",
            "Envoyez-moi plus ces messages-là.",
        ] {
            assert!(only_opts_out(&words(t)), "{t}");
        }
        for t in [
            "Cancel it and stop calling me.",
            "Stop calling, I'll be there.",
            "Annulez-le pis arrêtez de m'appeler.",
        ] {
            assert!(!only_opts_out(&words(t)), "{t}");
        }
    }

    #[test]
    fn what_the_call_is_about() {
        for t in [
            "What's this about?",
            "Which appointment is this for?",
            "C'est à quel sujet?",
            "What's the appointment for again?",
            "C'est pour quoi, ce rendez-vous-là?",
            "C'est de la part de qui?",
            "Which therapist is it with?",
            "Who's it with again?",
            "C'est avec qui?",
            "Which vet is that with?",
            "Who's that appointment with again?",
            "Is that with the tech?",
            "Oh, is it with Dr. Shah?",
            "Will it be with Brooke?",
            "Who will we be seeing?",
            "Who's she seeing, the vet or the tech?",
        ] {
            assert!(asks_about(&words(t)), "{t}");
        }
        for t in [
            "yes, I'll be there",
            "Is that okay with you?",
            "I'll come with my husband",
            "Which one did you want to go with?",
        ] {
            assert!(!asks_about(&words(t)), "{t}");
        }
    }
}
