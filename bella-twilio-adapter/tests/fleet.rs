//! Two servers sharing one Postgres and one Redis serve one call whose turns alternate
//! between them (a load balancer without stickiness), and a webhook delivered to both
//! at once books once; a dashboard session made on one works on the other, and
//! signing out on one ends it on both.
//!
//! Needs `BELLA_TEST_POSTGRES_URL` and `BELLA_TEST_REDIS_URL` (`scripts/test` sets
//! them); without them it prints SKIPPED, and with `BELLA_TEST_REQUIRE_SERVICES=1` it
//! fails. Each run uses its own Postgres schema and Redis key prefix, dropped after.

mod common;

use axum::Router;
use axum::http::StatusCode;
use bella_store::{StoreConfig, Stores};
use bella_twilio_adapter::sim::{CallCase, Persona, RoundRobin, drive_call};
use common::*;

async fn server(pg: &str, redis: &str, schema: &str, prefix: &str) -> Router {
    let cfg = StoreConfig::new(pg)
        .with_pg_schema(schema)
        .with_redis(Some(redis))
        .with_redis_prefix(prefix);
    let stores = Stores::connect_with(&cfg)
        .await
        .expect("postgres and redis open");
    app_of(state_over(stores, config()))
}

/// Two servers over one fresh Postgres schema and Redis prefix (dropped with the
/// guard), or `None` after SKIPPED when the services are not configured.
async fn two_servers(test: &str, tag: &str) -> Option<(Router, Router, DropSchema)> {
    let (pg, redis) = pg_and_redis(test)?;
    let schema = DropSchema::new(&pg, tag);
    let prefix = format!("{}:", schema.schema);
    let a = server(&pg, &redis, &schema.schema, &prefix).await;
    let b = server(&pg, &redis, &schema.schema, &prefix).await;
    Some((a, b, schema))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_postgres_and_redis_share_one_call() {
    let Some((a, b, _cleanup)) = two_servers("fleet test", "bella_fleet").await else {
        return;
    };

    // One call, its webhooks alternating between the servers.
    let servers = vec![Oneshot { router: a.clone() }, Oneshot { router: b.clone() }];
    let rr = RoundRobin::new(servers).expect("two servers");
    let case = CallCase {
        id: "fleet".into(),
        caller_id: Some("+14035550142".into()),
        persona: Persona {
            intent: vec!["I'd like to book an appointment".into()],
            name: vec!["My name is Jo Roy".into()],
            phone: vec!["403 555 0142".into()],
            time: vec!["Thursday November 26th at 10 a.m.".into()],
            confirm: vec!["yes".into()],
            other: vec!["no".into()],
            ..Default::default()
        },
    };
    let played = drive_call(&rr, Some(TOKEN), &case, "CAfleet1", 30).await;
    assert_eq!(played.error, None, "{played:#?}");
    assert_eq!(played.outcome, "booked", "{played:#?}");
    let served = rr.served();
    assert!(
        served.iter().all(|&n| n >= 2),
        "turns did not alternate: {served:?}"
    );
    assert_one_booking(&b, "/api/appointments?phone=4035550142").await;

    // A second call whose confirming "yes" reaches both servers at the same moment.
    let (sid, from) = ("CAfleet2", "+14035550177");
    let (_, twiml) = send(&a, speech_post("/twilio/voice", sid, from, None)).await;
    let said = "Book me for Friday November 27th at 2 pm, my name is Ann Lee, number 403 555 0177";
    answer_twice_at_once(&a, &b, sid, from, twiml, said).await;
    assert_one_booking(&a, "/api/appointments?phone=4035550177").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dashboard_session_made_on_one_server_works_and_ends_on_the_other() {
    let Some((a, b, _cleanup)) = two_servers("fleet dashboard test", "bella_fleetdash").await
    else {
        return;
    };
    let get = |cookie: &str| {
        axum::http::Request::get("/dashboard/system")
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap()
    };
    // Signed in on A (the session lives in Redis), B knows it.
    let (cookie, csrf) = dashboard_sign_in(&a, API_KEY).await.unwrap();
    let (status, page) = send(&b, get(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(!page.contains(r#"data-level="down""#), "{page}");
    // Signed out on B, A refuses it.
    let logout = axum::http::Request::post("/dashboard/logout")
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(format!("csrf={csrf}")))
        .unwrap();
    assert_eq!(send(&b, logout).await.0, StatusCode::SEE_OTHER);
    assert_eq!(send(&a, get(&cookie)).await.0, StatusCode::SEE_OTHER);
}
