//! The texts in each language (SPEC §5.7): French confirmations and reminders read the
//! day and time the Quebec way; English stays as it was.

use bella_dialog::Lang;
use bella_notify::config::NotificationsConfig;
use bella_notify::outbox::Outbox;
use bella_notify::worker::{Notifier, NotifierConfig};
use bella_testkit::TempDir;
use chrono::{TimeZone, Utc};

async fn notifier() -> (Notifier, TempDir) {
    let dir = TempDir::new("texts");
    let url = dir.sqlite_url();
    bella_store::Stores::connect(&url, None).await.unwrap();
    let outbox = Outbox::connect(&url, None).await.unwrap();
    let n = NotificationsConfig::from_business_toml("[notifications]\nfrom = \"+15145550100\"\n")
        .unwrap()
        .unwrap();
    let tz = chrono_tz::America::Montreal;
    let cfg = NotifierConfig::new(n, "Clinique Bella", tz, "https://bella.example");
    (Notifier::new(outbox, None, cfg), dir)
}

#[tokio::test]
async fn texts_in_french_and_english() {
    let (n, _dir) = notifier().await;
    // Tuesday 1 December 2026, 13:30 in Montreal.
    let start = Utc.with_ymd_and_hms(2026, 12, 1, 18, 30, 0).unwrap();
    assert_eq!(
        n.text_in(Lang::Fr, "booked", start),
        "Clinique Bella : votre rendez-vous est réservé pour le mardi 1er décembre à 13 h 30. Répondez C pour l'annuler, STOP pour ne plus recevoir de textos."
    );
    assert!(
        n.text_in(Lang::Fr, "reminder", start)
            .contains("rappel de votre rendez-vous le mardi 1er décembre à 13 h 30")
    );
    assert!(
        n.text_in(Lang::Fr, "moved", start)
            .contains("maintenant le mardi")
    );
    assert!(
        n.text_in(Lang::Fr, "cancelled", start)
            .ends_with("est annulé.")
    );
    for kind in ["booked", "moved", "cancelled", "reminder"] {
        assert_eq!(n.text_in(Lang::En, kind, start), n.text_for(kind, start));
        assert!(
            n.text_for(kind, start)
                .contains("Tuesday, December 1st at 1:30 p.m.")
        );
    }
}
