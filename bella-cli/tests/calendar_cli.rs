//! `bella calendar token create|revoke|list` run as the README shows them, on a
//! SQLite file of their own: a token for a resource of the business file, the
//! `all` feed without one, revoking by id and by resource, and a resource asked for
//! without `--business` answered with an error that says to pass it.

mod run;

use bella_testkit::TempDir;

const CLINIC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../bella-dialog/examples/clinic.toml"
);

/// Runs `bella calendar token …` on `db`: (success, stdout, stderr).
fn token(db: &str, args: &[&str]) -> (bool, String, String) {
    let mut all = vec!["calendar", "token"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--database-url", db]);
    let out = run::bella(&all, "");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn tokens_are_made_listed_and_revoked_as_documented() {
    let dir = TempDir::new("calendar-cli");
    let db = dir.sqlite_url();

    let (ok, out, err) = token(
        &db,
        &[
            "create",
            "--resource",
            "Dr. Amara Singh",
            "--business",
            CLINIC,
            "--public-url",
            "https://bella.example.com",
        ],
    );
    assert!(ok, "{err}");
    assert!(
        out.starts_with("token 1 for the dr-amara-singh feed"),
        "{out}"
    );
    assert!(
        out.contains(
            "subscribe to: https://bella.example.com/calendar/dr-amara-singh.ics?token=bcf_"
        ),
        "{out}"
    );

    let (ok, out, err) = token(&db, &["create", "--resource", "all"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("feed path: /calendar/all.ics?token=<token>"),
        "{out}"
    );

    let (ok, out, _) = token(&db, &["list"]);
    assert!(ok);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(!out.contains("bcf_"), "list never shows a token: {out}");

    // Without the business file there is no resource to name: the error says so.
    let (ok, _, err) = token(&db, &["revoke", "--resource", "Dr. Amara Singh"]);
    assert!(!ok);
    assert!(err.contains("--business"), "{err}");

    let (ok, out, err) = token(
        &db,
        &[
            "revoke",
            "--resource",
            "Dr. Amara Singh",
            "--business",
            CLINIC,
        ],
    );
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "revoked 1 token(s)");
    let (ok, out, err) = token(&db, &["revoke", "--id", "2"]);
    assert!(ok, "{err}");
    assert_eq!(out.trim(), "revoked 1 token(s)");
    let (ok, _, err) = token(&db, &["revoke", "--id", "2"]);
    assert!(!ok, "nothing left to revoke");
    assert!(err.contains("no live token matched"), "{err}");
}
