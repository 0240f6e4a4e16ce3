//! Bella's conversation engine: a whole booking phone call as a sans-io state machine.
//!
//! This crate does no I/O and reads no clock (a crate-local `clippy.toml` bans
//! `Utc::now` and friends): every [`Input`] carries the instant it happened, and
//! everything the engine wants done — speak, listen, ask the store, ask an LLM,
//! transfer, hang up — comes out as an [`Output`]. The store and the LLM are outputs
//! whose answers come back as inputs, so the engine never awaits. The main types:
//!
//! - [`Dialog`]: one call; [`Dialog::handle_input`] and [`Dialog::poll_output`];
//! - [`Input`], [`Output`], [`StoreRequest`], [`StoreResult`], [`Outcome`];
//! - [`Config`]: the business (hours, closed dates, prompts), from TOML;
//! - [`driver`]: the one drain loop ([`driver::Exchange`]) and the simulated-time
//!   driver ([`driver::SimDriver`]);
//! - [`sim`]: a persona-driven caller and an in-memory appointment book, used by
//!   `bella simulate`, the tests and the benches.
//!
//! # Behaviour (SPEC §3)
//!
//! - The greeting asks how the agent can help. Cancel, reschedule, check, hours and
//!   "speak to a person" are recognised by whole words; any other request is a booking.
//!   Every turn is read for a name, a number and a time whatever was asked (mixed
//!   initiative), and nothing known is asked again.
//! - A booking asks for the name, then the number, then the time, and reads everything
//!   back ("So that's Rocky Jonathan, phone four oh three, five five five, oh one four
//!   two, on Thursday, November 26th at 9:30 a.m. Shall I book it?"). "Yes" books only
//!   that; "no" (or "yes, but ...") goes back to the slot the caller names, the time if
//!   none, and a new value in the same turn is read back again.
//! - A time is checked against the past, the booking window, the hours, closed dates and
//!   the store's busy intervals. A refused time is explained and the three nearest free
//!   times are offered, in time order: the nearest day looking both ways (of two as
//!   near, the earlier: Monday before Wednesday for a person's Tuesday off), on it the
//!   times nearest the one asked; never in the past, and after a day the business is
//!   closed the next open day's first. A day without a time offers that day's first three
//!   free times (within the part of day). At the time question "yes" takes the first
//!   offer, "the second one" the second, a bare time stays on the day under discussion.
//!   A refused time counts as a failed answer.
//! - While times are offered (a day's, or the nearest after a refusal) the caller may
//!   page through them: "anything later?", "after that", "what else do you have",
//!   "none of those work" ("plus tard?", "aucune de celles-là", "d'autres heures?")
//!   offer the next three free starts after the last one offered, that day first, then
//!   the following days ("That's the latest I have on Friday, November 20th. I have
//!   Monday, ..."); "anything earlier?", "something sooner" ("avez-vous plus tôt?") the
//!   three right before the first one, on its day, never past ("That's the earliest I
//!   have on Friday, November 20th." and the same offers when there are none). Both
//!   keep to the window and the part of the day while they bind (and the edge says
//!   so: "the latest I have in the morning on Friday, ..."); "anything earlier?"
//!   with nothing earlier inside them also tells that day's earlier times outside
//!   them, as a receptionist would ("Earlier that day I also have 11 a.m. or 11:30
//!   a.m."), the offers inside still standing (a time named outside is a start asked
//!   for outright); neither is a failed
//!   answer, and "yes" then takes the earliest of the new offers. A turn that also
//!   says a day or a time is read as that instead; "the later one" picks an offer. At
//!   the read-back, "anything earlier that day?", "later if you have it" page the
//!   same way from the start read back.
//! - A window ("after 3 on Tuesday", "between 2 and 4", "anytime but the morning") is
//!   kept for the whole call: offers fall inside it, earliest first, on any day asked
//!   for later too. Nothing outside it is offered or booked until the agent has said
//!   that nothing in it is free ("Sorry, I don't have anything free from 3 p.m. on
//!   Tuesday, ..."); then the nearest times are offered, nearest first. A start the caller names
//!   replaces the window. "The earliest you have", "as soon as possible", "first
//!   available", "whenever", "whatever works" offer the earliest free times from now
//!   (inside a window if one was given). "The Monday after (that)" is the first Monday
//!   after the start under discussion, a refused one included. A closed day
//!   ("Saturday", "this weekend") is said to be closed ("we're closed that weekend,
//!   on Saturday and Sunday" when both are) and the next open day's times are
//!   offered; a window said with it ("this weekend after 2") stays on it. A full
//!   window said again to the nearest times is no pick of them. The read-back says
//!   the chosen time plainly.
//! - A second choice said with the first ("are you open Saturday? if not, Monday at
//!   11", "Friday at 2, otherwise Monday", "sinon lundi", two days joined by "or":
//!   "the 14th or the 15th", "mardi ou vendredi") is tried when the first cannot be
//!   had: the agent says why and goes on with the second. "Next week" with
//!   its first days full ("next week, except Wednesday") looks on to the later days of
//!   that week, never back before it. "Same as last time", "my usual" from a number
//!   with appointments on file book the service (and person) of the latest one.
//! - Corrections and answers at another question are kept: "no wait, make it 4", "can
//!   we do 4 instead", "4 would be better" move the time to 16:00 on the day under
//!   discussion at any question, also beside a name in the same turn ("make it 11.
//!   Name's Rita Moreno"; "actually make it 4 instead" is never the name "Actually"); a name or
//!   number given while times are offered is kept and the offers asked again once, with
//!   no failure counted; a number other than the one heard, said at any question,
//!   replaces it. A name or number given at another question is thanked for ("Thanks.")
//!   and a time acknowledged ("Sure.") before that question comes again.
//! - "Sorry?", "pardon?", "can you repeat that" repeat the last prompt (the offers in
//!   full); "hold on", "one sec", "let me think", "hmm" get "take your time" and the
//!   same question; "is this a robot?", "am I talking to a real person?", "who am I
//!   speaking with?", "c'est-tu un robot?", "êtes-vous une vraie personne?" hear that
//!   this is the business's automated assistant, and the same question (no transfer);
//!   with a request in the same turn ("is this a machine? I need Tuesday at 2") the
//!   answer comes first and the request is kept. None is a failure or a silence, up to
//!   three in a row; a fourth counts as a failed answer. "Do you need the area code?"
//!   at the number question is answered the same way, and so is "why do you need my name?"
//!   or "what do you need my number for?" at those questions: a short reason ("It's so
//!   we can reach you if anything changes with the appointment.") and the question
//!   again ("pourquoi vous avez besoin de mon nom?" in French; a refusal in the same
//!   turn is a refusal, not a question, and "why not?" is no question).
//! - A refusal at the name or number question ("I'd rather not say", "j'aime mieux pas
//!   le donner") is no mishearing: the caller hears why it is needed ("I do need a name
//!   for the appointment, so we know whose it is. A first name is fine.") and the
//!   question again, or the caller id offered. It counts as a failed answer, so the
//!   third refusal puts the caller through ("I'm sorry, I can't book an appointment
//!   without a name.").
//! - A name heard with low recogniser confidence (below 0.6), or guessed by the LLM, is
//!   read back spelled ("I have your name as John Smith, J-O-H-N S-M-I-T-H. Is that
//!   right?"); "no" asks for the spelling. A spelled correction at the name question or
//!   a read-back ("it's J-O-N, not J-O-H-N", "the last name is S M Y T H") replaces the
//!   word said to be wrong, or the nearest one; "B as in boy" is the letter B; a word
//!   spelled in pieces ("K-O-W... A-L-S-K-I", "F-E double R, E-I-R-A") is one word
//!   when the pieces together spell a word of the name. A
//!   part said again with a letter more, less or changed ("sorry, it's miller, with
//!   an r at the end", "Miller, not Mille") puts that part right.
//! - The number: asked first; after an answer with no usable number, or a silence, the
//!   caller id is offered ("... ending in 0142. Is that okay?"), and a known caller
//!   booking for someone else is offered it first (docs/services.md); the silence still counts
//!   toward the three that end the call. "The one I'm calling from" means the
//!   caller id; keypad digits are accepted (and 1/2 for yes/no).
//! - Cancel, reschedule and check look up the caller id first, then ask for the number,
//!   read the appointment back and ask before changing it; "can I move it instead?"
//!   at the cancel read-back moves it, and "actually, just cancel it" during a move
//!   (at its time question or read-back, naming no time) reads back the cancel
//!   instead. In a move the appointment's day, once read out, is the day under
//!   discussion: a bare new time ("make it 11") stays on it, as in a reminder's move;
//!   a new time, part of day or window said with no day before the appointment is
//!   found ("move my appointment to 3 pm", "en après-midi") goes on its day too.
//!   "No, the Thursday one" or "no, the other one" at a cancel read-back reads back
//!   another of the caller's appointments. A cancel that names several ("my Tuesday
//!   one and the Thursday one too", "mon rendez-vous de mardi pis celui de jeudi
//!   aussi") reads back those named together and cancels them on one yes, as "both"
//!   does for every one; a check ("when's my appointment?") tells
//!   every upcoming one unless the caller named one ("next week", "la semaine
//!   prochaine" names every one in that week; a day named with none on it is said so
//!   first: "I don't see one on Tuesday, January 12th."), then asks "Is there anything else I
//!   can help you with?": a cancel or a move then ("can I move it to Friday?", "could
//!   you make it an hour later?", a new time alone) is of the one told, or of the one
//!   named among several told; a booking or an hours question goes on as at the
//!   opening, and any other answer ("no, that's all", "OK great", the check again,
//!   silence) ends the call. "Wait, keep it", "leave it where it is", "don't cancel
//!   it" at a change's read-back (or at a move's new-time question) leave the
//!   appointment as it is, the later words of "yes... oh wait, keep it" winning;
//!   "never mind, just cancel it" ("laissez faire, annulez-le juste") during a move is
//!   the cancel, not a goodbye. A cancel or a move made no longer ends the call
//!   (`requests.rs`): a later request said in the same turn ("cancel my Friday one and
//!   move the Tuesday one to Wednesday", "... and when's my other one?") is done next,
//!   then "Is there anything else I can help you with?" is asked; a goodbye, "no" or
//!   silence ends the call as the last change, and the request done said again is told
//!   it is already done. At the question for the number an appointment was
//!   booked under, a sign-off with no number in it ("non, c'est tout, merci") ends the
//!   call. The week said ("the one next week", "celui de la semaine prochaine") or the
//!   part of the day said before the new time ("move my afternoon one to Friday")
//!   picks among the caller's appointments. A move asked with one day or
//!   time and no "to" before it ("move my Thursday appointment", "reschedule my 1
//!   o'clock") names the appointment when one of the caller's has that date or start
//!   outright, and the new time is asked for; otherwise it is the new time. "Same
//!   time next week" is the start under discussion (the time chosen, else the
//!   appointment being moved) a week later. At the move's new-time question, "the
//!   Thursday one, to Friday at 10" moves the other appointment named before the "to".
//!   A cancel or move of the caller's own appointment asked while a booking is taken
//!   ("I'd rather cancel the one I have on Tuesday") is looked up as if asked at the
//!   opening, and nothing new is booked.
//! - A day said again without a time ("Thursday is good") keeps the time already asked
//!   for or chosen on that day.
//! - A bare yes or no that tells no language ("Oui.", "No.") is read in the business's
//!   other language when the call's language reads none in it.
//! - Three failed answers in a row at one question transfer the caller; three silences
//!   in a row end the call (`no_booking`). No call goes round in circles: an answer
//!   that leaves the call exactly where it was (a name or number it already has, said
//!   again while another question stands; the same impossible change asked again) is
//!   let pass twice, and the third in a row transfers, as a failed answer does; a call
//!   still going at its 25th caller turn is put through too; after three pages of
//!   offers in a row ("none of those work") the caller is asked for a day and time of
//!   their own. Stalls, repeats and questions the agent answers are not counted there.
//!   "Forget it", "never mind", "I'll call back" end it politely (unless taken back
//!   later in the turn: "never mind, bye, oh wait, actually can I book Friday at 10?"
//!   goes on with the request), and so does "sorry, wrong number" ("je me suis trompé
//!   de numéro", "mauvais numéro") in the opening; the call ends at `max_call_secs`; a store failure
//!   or timeout is apologised for and a transfer offered, once. With no
//!   `transfer_number` configured neither a transfer nor a store failure says "let me
//!   put you through" or offers to: the caller hears once that no one is available and
//!   when to call back (prompt `no_transfer`; while the business is open, `no_transfer_open`:
//!   later today, before it closes), then the call ends as `transferred` (the
//!   adapter hangs up). A matter only the team can act on, said at the opening ("I'm
//!   running late", "I got a missed call from this number", "I left my scarf there"),
//!   is put through the same way, unless the turn asks for a booking, a move or a check
//!   too.
//!
//! # Reminder calls (SPEC §3.2)
//!
//! [`Dialog::reminder`] starts the engine on an outbound call about an existing
//! appointment, answered as the carrier's machine detection says ([`AnsweredBy`]): a
//! machine hears one voicemail (business, day and time, a number to call back) and the
//! engine hangs up without listening (`voicemail`); a person is asked "Can you still
//! make it?" — yes asks the store to [`StoreRequest::Confirm`] it (`confirmed`), no or
//! cancel reads back and cancels on a yes, a move runs the reschedule conversation
//! ("yes, but can I come at 11?" is a move too; a bare time stays on the appointment's
//! day), "a person" transfers. Repeat requests and stalls there are answered as at any
//! question (the day and time said again, in the caller's language). A family member's
//! "she's not home, but yes she'll be there" confirms; a voicemail greeting the carrier
//! took for a person ("you've reached Dana, leave a message after the beep", "vous
//! avez bien joint ..., laissez-moi un message après le bip") gets the voicemail
//! message (`voicemail`); someone who answers for the person and passes it on ("I'll
//! let her know", "je vais lui faire le message") is thanked, and the call ends with
//! the appointment as it was (`no_booking`); "never mind, I'll keep it" after "can I
//! move it?" confirms the appointment as it is. When the person is away ("she's not
//! here", "he's at work", "il est pas là") the day and time are left with whoever
//! answered, and the call ends as `no_booking`, nothing changed (never a cancel read-back
//! or a transfer); so does a wrong number ("wrong number", "there's no Megan here", "y'a
//! pas de Sylvie ici"), with an apology. "It's at 11, right?", "I thought it was in the
//! morning?" are answered with the day and time as booked, and the question asked
//! again; the appointment's own day or time in an answer ("can't do Tuesday") is no new
//! time. "What's this about?" hears who is calling and why again; "take me off the
//! schedule", "scrap it" cancel.
//!
//! # The run loop
//!
//! Feed one input, then drain [`Dialog::poll_output`] until it returns `None`. While
//! the call lasts, the last output of a drain is [`Output::Timeout`]: deliver an
//! [`Input::Timer`] at that instant unless another input comes first. Answer every
//! [`Output::Store`] with an [`Input::StoreReply`] carrying the same `request_id`
//! (and every [`Output::LlmExtract`] with an [`Input::LlmReply`]). Between webhook
//! requests, [`Dialog::save`] the state and [`Dialog::restore`] it.
//!
//! That loop is written once, in [`driver`]: [`driver::Exchange`] feeds an input,
//! drains the outputs into a [`driver::Reply`] and hands out the requests to answer;
//! every driver (the adapter's production driver, [`driver::SimDriver`] for tests and
//! simulations) runs it. Embedding the engine means answering requests:
//!
//! ```
//! use std::sync::Arc;
//! use bella_dialog::{CallInfo, Config, Dialog, Input};
//! use bella_dialog::driver::{Exchange, Request};
//! use bella_dialog::sim::MemoryBook;
//!
//! let config = Arc::new(Config::default());
//! let now = "2026-11-17T17:15:00Z".parse().unwrap();
//! let call = CallInfo { call_id: "CA123".into(), caller_id: None };
//! let mut dialog = Dialog::new(config.clone(), call, now);
//! let mut book = MemoryBook::new(config.hours.tz);
//!
//! let mut said = Vec::new();
//! for input in [
//!     Input::CallStarted { now },
//!     Input::CallerTurn { now, text: "Book me in for Thursday at 10, my name is Jo Roy".into(), confidence: 0.9 },
//!     Input::CallerTurn { now, text: "403 555 0142".into(), confidence: 0.9 },
//!     Input::CallerTurn { now, text: "yes".into(), confidence: 0.9 },
//! ] {
//!     let mut exchange = Exchange::new();
//!     exchange.feed(&mut dialog, input);
//!     while let Some(request) = exchange.next_request() {
//!         if let Request::Store { request_id, request } = request {
//!             // A real adapter awaits its database here, then feeds the answer back.
//!             let result = book.handle(&request);
//!             exchange.answer_store(&mut dialog, now, request_id, result);
//!         }
//!     }
//!     let reply = exchange.finish(); // arm a timer for reply.deadline
//!     said.extend(reply.says);
//! }
//! assert!(said[0].starts_with("Thanks for calling") || said[0].starts_with("Hi,"));
//! assert!(said.iter().any(|s| s.contains("Shall I book it?")));
//! assert_eq!(dialog.outcome(), Some(bella_dialog::Outcome::Booked));
//! ```

mod availability;
mod barge;
mod booking;
mod catalog;
mod config;
pub mod driver;
mod engine;
mod exclude;
mod homophones;
mod intent;
mod io;
mod language;
mod llm;
mod lookup;
mod opening;
mod own;
mod pieces;
mod progress;
mod prompts;
mod relative;
mod reminder;
mod requests;
mod resources;
mod services;
pub mod sim;
mod spelling;
mod state;
mod turn;
mod two_services;
mod which;

pub use bella_extract::Lang;
pub use catalog::{DEFAULT_SERVICE, MAX_SERVICE_MINUTES, Resource, Service};
pub use config::{Config, ConfigError};
pub use engine::Dialog;
pub use intent::Intent;
pub use io::{CallInfo, Input, Interval, Outcome, Output, StoreRequest, StoreResult};
pub use prompts::{Prompts, fr, speak_day, speak_phone, speak_time, speak_when};
pub use reminder::{AnsweredBy, DEFAULT_VOICEMAIL, DEFAULT_VOICEMAIL_FR, Reminder, voicemail_text};
/// The spans resource `res` (an index into `Config::resources`; `None`: the business)
/// works on a date.
pub use resources::spans_on as resource_spans_on;
pub use resources::{Refusal, free_starts, offers, place};
pub use state::{STATE_VERSION, StateError};
