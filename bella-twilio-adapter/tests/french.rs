//! French calls on Twilio's channels (SPEC §5.7): `<Gather>`/`<Say>` switch to
//! `language="fr-CA"` and the French voice from the caller's first French turn, and
//! back on a clearly English one; the session remembers the language.

mod common;

use bella_twilio_adapter::sim::{Heard, parse_twiml};
use common::*;

async fn post(router: &axum::Router, path: &str, sid: &str, said: Option<&str>) -> Heard {
    let mut params = vec![("CallSid", sid), ("From", "+14035550142")];
    if let Some(s) = said {
        params.push(("SpeechResult", s));
        params.push(("Confidence", "0.9"));
    }
    let (status, body) = send(router, signed_post(path, &params)).await;
    assert_eq!(status, 200, "{body}");
    parse_twiml(&body).expect("valid TwiML")
}

/// Answers the `<Gather>` the agent ended `heard` with: `said`, at its action.
async fn answer(router: &axum::Router, heard: &Heard, sid: &str, said: &str) -> Heard {
    let action = &heard.gather.as_ref().expect("a gather").action;
    post(router, action, sid, Some(said)).await
}

/// English as the default business speaks it: `<Gather language>` and the voice.
const EN: (&str, &str) = ("en-CA", "Polly.Joanna-Neural");
/// French as the default business speaks it.
const FR: (&str, &str) = ("fr-CA", "Polly.Gabrielle-Neural");

fn assert_speaks(heard: &Heard, (language, voice): (&str, &str)) {
    let gather = heard.gather.as_ref().expect("a gather");
    assert_eq!(gather.language, language, "{heard:#?}");
    assert!(!heard.voices.is_empty());
    assert!(heard.voices.iter().all(|v| v == voice), "{heard:#?}");
}

#[tokio::test]
async fn gather_follows_the_callers_language_both_ways() {
    let router = app_of(sqlite_state(&temp_db("fr-gather")).await);
    let sid = "CAfrench1";
    // The default business opens in English (languages = ["en-CA", "fr-CA"]).
    let mut heard = post(&router, "/twilio/voice", sid, None).await;
    assert_speaks(&heard, EN);

    // What the caller says, the language the agent answers in, and a word its answer
    // holds ("" for none in particular).
    let turns = [
        // A French turn switches to French.
        ("Bonjour, je voudrais prendre un rendez-vous.", FR, "nom"),
        // A name alone keeps French.
        ("Julie Gagnon", FR, ""),
        // A clear request for English switches back.
        (
            "Can we do this in English please? It's 514 555 0177.",
            EN,
            "you",
        ),
    ];
    for (said, speaks, word) in turns {
        heard = answer(&router, &heard, sid, said).await;
        assert_speaks(&heard, speaks);
        assert!(heard.says.join(" ").contains(word), "{said}: {heard:#?}");
    }
}

#[tokio::test]
async fn a_french_first_business_greets_in_french() {
    let router = app_with_config("fr-first", |config| {
        let mut dialog = (*config.dialog).clone();
        dialog.languages = vec![bella_dialog::Lang::Fr, bella_dialog::Lang::En];
        config.dialog = std::sync::Arc::new(dialog);
    })
    .await;
    let heard = post(&router, "/twilio/voice", "CAfrench2", None).await;
    assert_speaks(&heard, FR);
    assert!(heard.says[0].starts_with("Bonjour, hi!"), "{heard:#?}");
}

/// Books over the webhooks with `turns` then `yes`; returns what the agent said last.
async fn book_by_phone(router: &axum::Router, sid: &str, turns: &[&str], yes: &str) -> String {
    let mut heard = post(router, "/twilio/voice", sid, None).await;
    for said in turns.iter().chain([&yes]) {
        heard = answer(router, &heard, sid, said).await;
    }
    heard.says.join(" ")
}

#[tokio::test]
async fn a_booking_keeps_the_language_of_the_call_for_its_texts() {
    let db = temp_db("fr-lang");
    let router = app_of(sqlite_state(&db).await);
    let fr = book_by_phone(
        &router,
        "CAfrench3",
        &["Bonjour, je m'appelle Julie Gagnon, je voudrais un rendez-vous jeudi à 10 h, mon numéro est le 514 555 0177"],
        "oui",
    )
    .await;
    assert!(fr.contains("réservé"), "{fr}");
    let en = book_by_phone(
        &router,
        "CAenglish3",
        &["My name is Jo Roy, book me Thursday at 11, my number is 403 555 0142"],
        "yes",
    )
    .await;
    assert!(en.contains("all set") || en.contains("booked"), "{en}");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .unwrap();
    let langs: Vec<(String, String)> =
        sqlx::query_as("SELECT phone, lang FROM appointments ORDER BY start_at")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        langs,
        vec![
            ("+15145550177".to_owned(), "fr".to_owned()),
            ("+14035550142".to_owned(), "en".to_owned())
        ]
    );
}
