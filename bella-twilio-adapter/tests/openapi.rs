//! `GET /api/openapi.json` is an OpenAPI 3.1 document that covers every `/api` route
//! of the route table with every method the route answers, each with the key's
//! security and problem answers; a documented method the router does not answer, or
//! a route the document misses, fails here.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use bella_twilio_adapter::routes;
use common::*;
use serde_json::Value;

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

#[tokio::test]
async fn the_document_covers_every_api_route_and_method() {
    let state = sqlite_state(&temp_db("openapi")).await;
    let table = routes(&state);
    let router = app_of(state);
    let req = Request::get("/api/openapi.json")
        .body(Body::empty())
        .unwrap();
    let (status, body) = send(&router, req).await;
    assert_eq!(status, StatusCode::OK, "public, without a key");
    let doc: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    let paths = doc["paths"].as_object().unwrap();
    let api: Vec<&str> = table
        .iter()
        .map(|r| r.path)
        .filter(|p| p.starts_with("/api/") && *p != "/api/openapi.json")
        .collect();
    assert!(api.len() >= 10, "{api:?}");
    for path in &api {
        let ops = paths
            .get(*path)
            .unwrap_or_else(|| panic!("{path} is in the route table but not in the document"));
        // Each method the router answers on this path is documented, and back.
        for m in METHODS {
            let req = with_key(&m.to_uppercase(), &concrete(path), Some("{}"));
            let (status, _) = send(&router, req).await;
            let answered = status != StatusCode::METHOD_NOT_ALLOWED;
            assert_eq!(
                answered,
                ops.get(m).is_some(),
                "{m} {path}: router {status}"
            );
            if let Some(op) = ops.get(m) {
                assert_eq!(
                    op["security"][0]["apiKey"],
                    serde_json::json!([]),
                    "{m} {path}"
                );
                let responses = op["responses"].as_object().unwrap();
                assert!(responses.keys().any(|k| k.starts_with('2')), "{m} {path}");
                assert!(
                    responses["default"]["content"]["application/problem+json"].is_object(),
                    "{m} {path}"
                );
            }
        }
    }
    for documented in paths.keys() {
        assert!(
            api.contains(&documented.as_str()),
            "{documented} is documented but not routed"
        );
    }
    // Every schema referenced is defined.
    let text = doc.to_string();
    for part in text.split("\"#/components/schemas/").skip(1) {
        let name = part.split('"').next().unwrap();
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "{name} is referenced but not defined"
        );
    }
}
