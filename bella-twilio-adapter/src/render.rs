//! From the engine's [`Reply`] to TwiML, and the fallback every failure answers with.
//!
//! - Listening: the sentences are spoken inside a `<Gather>` (the caller may barge in)
//!   whose action is `/twilio/gather?turn=N&expect=E`; `actionOnEmptyResult` brings
//!   silence back too, and a `<Redirect>` to the same URL follows as a safety net.
//! - Transfer: the sentences, then `<Dial>` the engine's number or the configured one
//!   (no number at all: `<Hangup/>`; the engine has said no one is available).
//! - Hang-up: the sentences, then `<Hangup/>`.
//!
//! `expect` in the action URL is informational (Twilio echoes the URL back; `bella
//! dial` reads it to answer like a persona); the server relies on its stored session.

use crate::state::AdapterConfig;
use crate::twiml::{Gather, Response, TwimlError, Verb};
use bella_dialog::driver::Reply;

/// The path of the gather action for `turn`.
#[must_use]
pub fn gather_action(turn: u32, expect: &str) -> String {
    format!("/twilio/gather?turn={turn}&expect={expect}")
}

/// Renders what the caller hears for `reply`; the next answer is turn `turn`.
pub fn reply(config: &AdapterConfig, reply: &Reply, turn: u32) -> Result<String, TwimlError> {
    let say = config.say_for(reply.lang);
    let mut doc = Response::new(say.clone());
    if let Some(to) = &reply.transfer {
        for s in &reply.says {
            doc = doc.say(s.as_str());
        }
        doc = match to.clone().or_else(|| config.transfer_number.clone()) {
            Some(number) => doc.verb(Verb::Dial {
                number,
                caller_id: None,
            }),
            // No number anywhere: the engine has already said that no one is
            // available and when to call back (it knows no number either).
            None => doc.verb(Verb::Hangup),
        };
    } else if reply.hangup.is_some() {
        for s in &reply.says {
            doc = doc.say(s.as_str());
        }
        doc = doc.verb(Verb::Hangup);
    } else if let Some(listen) = &reply.listen {
        let action = gather_action(turn, listen.expect.as_str());
        doc = doc
            .verb(Verb::Gather(Gather {
                action: action.clone(),
                language: say.language.clone(),
                speech_timeout: config.speech_timeout.clone(),
                timeout_secs: listen.timeout_secs.clamp(1, 60),
                hints: listen.hints.clone(),
                dtmf: listen.digits,
                prompt: reply.says.clone(),
            }))
            .verb(Verb::Redirect(action));
    } else if let Some(request_id) = reply.llm_pending {
        // An LLM answer is under way: a short filler, then pick it up.
        for s in &reply.says {
            doc = doc.say(s.as_str());
        }
        let moment = match reply.lang {
            bella_dialog::Lang::Fr => "Un instant.",
            _ => "One moment.",
        };
        doc = doc
            .say(moment)
            .verb(Verb::Redirect(crate::llm::redirect_url(turn, request_id)));
    } else {
        // The engine neither listens nor ends: keep the line open and ask again.
        for s in &reply.says {
            doc = doc.say(s.as_str());
        }
        doc = doc
            .verb(Verb::Pause(1))
            .verb(Verb::Redirect(gather_action(turn, "other")));
    }
    doc.render()
}

/// What the caller hears when anything fails: an apology, then a transfer to a person
/// if a number is configured, else a polite goodbye.
#[must_use]
pub fn fallback(config: &AdapterConfig) -> String {
    let doc = Response::new(config.say.clone()).say("I'm sorry, something went wrong on my end.");
    let doc = match &config.transfer_number {
        Some(number) => doc
            .say("Let me put you through to someone who can help.")
            .verb(Verb::Dial {
                number: number.clone(),
                caller_id: None,
            }),
        None => doc
            .say("Please call back in a few minutes and we'll be happy to help. Goodbye.")
            .verb(Verb::Hangup),
    };
    // Two short sentences cannot exceed the size limit.
    doc.render().unwrap_or_else(|_| {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>".to_owned()
    })
}
