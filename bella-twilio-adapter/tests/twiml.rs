//! The TwiML we write, read back by an independent XML parser (quick-xml): every
//! string survives escaping, Gather carries the attributes Twilio needs, and the
//! fallback and reply renderings are well-formed.

use bella_twilio_adapter::sim::parse_twiml;
use bella_twilio_adapter::twiml::{Gather, Response, SayOptions, Verb};

const TRICKY: &[&str] = &[
    "plain words",
    "Tom & Jerry's <appointment> at \"9:30\"",
    "&amp; already escaped &lt;",
    "]]> <![CDATA[ x ]]>",
    "Zoë Côté — 日本語 🎉",
    "tab\tand\nnewline",
    "<?xml version=\"1.0\"?><Hangup/>",
    "'; DROP TABLE appointments; --",
];

fn gather(action: &str, hints: Vec<String>, prompt: Vec<String>) -> Verb {
    Verb::Gather(Gather {
        action: action.to_owned(),
        language: "en-CA".to_owned(),
        speech_timeout: "auto".to_owned(),
        timeout_secs: 6,
        hints,
        dtmf: true,
        prompt,
    })
}

#[test]
fn every_string_survives_a_round_trip() {
    for text in TRICKY {
        let xml = Response::new(SayOptions::default())
            .say(*text)
            .verb(gather(
                "/twilio/gather?turn=2&expect=name",
                vec![(*text).replace(',', "")],
                vec![(*text).to_owned()],
            ))
            .render()
            .unwrap();
        let heard = parse_twiml(&xml).unwrap_or_else(|e| panic!("{text:?}: {e}\n{xml}"));
        assert_eq!(
            heard.says,
            vec![text.trim().to_owned(), text.trim().to_owned()],
            "{xml}"
        );
        let g = heard.gather.unwrap();
        assert_eq!(g.action, "/twilio/gather?turn=2&expect=name");
        assert_eq!(
            g.hints,
            vec![text.replace(',', "").trim().to_owned()],
            "{xml}"
        );
        assert!(!heard.hangup, "{text:?} injected a verb: {xml}");
    }
}

#[test]
fn gather_has_what_twilio_needs() {
    let xml = Response::new(SayOptions {
        voice: "Polly.Joanna-Neural".into(),
        language: "en-CA".into(),
    })
    .verb(gather(
        "/twilio/gather?turn=1&expect=phone",
        vec!["Thursday".into(), "morning".into()],
        vec!["What number?".into()],
    ))
    .verb(Verb::Redirect("/twilio/gather?turn=1&expect=phone".into()))
    .render()
    .unwrap();
    let heard = parse_twiml(&xml).unwrap();
    let g = heard.gather.as_ref().unwrap();
    assert_eq!(g.input, "speech dtmf");
    assert_eq!(g.language, "en-CA");
    assert_eq!(g.speech_timeout, "auto");
    assert!(g.action_on_empty_result);
    assert_eq!(g.hints, vec!["Thursday", "morning"]);
    assert_eq!(heard.voices, vec!["Polly.Joanna-Neural"]);
    assert_eq!(heard.expect(), Some(bella_core::Expect::Phone));
    assert_eq!(
        heard.redirect.as_deref(),
        Some("/twilio/gather?turn=1&expect=phone")
    );
    assert!(
        xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"),
        "{xml}"
    );
    assert!(xml.contains("language=\"en-CA\""), "{xml}");
}

#[test]
fn dial_hangup_and_pause() {
    let xml = Response::new(SayOptions::default())
        .say("Putting you through.")
        .verb(Verb::Pause(1))
        .verb(Verb::Dial {
            number: "+15875550199".into(),
            caller_id: Some("+15875550100".into()),
        })
        .verb(Verb::Hangup)
        .render()
        .unwrap();
    let heard = parse_twiml(&xml).unwrap();
    assert_eq!(heard.dial.as_deref(), Some("+15875550199"));
    assert!(heard.hangup);
    assert_eq!(heard.says, vec!["Putting you through."]);
}
