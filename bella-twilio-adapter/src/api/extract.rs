//! `POST /api/extract`: the SPEC §2 contract of `bella extract --jsonl` over HTTP,
//! answered by the same code ([`bella_extract::contract::process`]).
//!
//! The body is one input object (`{"text": ..., "now"?, "tz"?, "region"?, "expect"?,
//! "lang"?, "id"?}`) answered by one output object, or an array of at most
//! [`MAX_BATCH`] inputs answered by an array in the same order. `now` defaults to the
//! server's clock and `tz` to the business's zone. In a batch, an item that is not a
//! valid input gets an output with every value `null` and an `error`, as a JSON line
//! would; a single input that is not valid is a 422 problem.

use crate::error::AppError;
use crate::guard::ApiKey;
use crate::state::AppState;
use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use bella_extract::contract::{Defaults, Id, Input, Output, process};
use chrono::SecondsFormat;
use serde::Deserialize;
use serde_json::Value;

/// Most inputs in one batch.
pub const MAX_BATCH: usize = 1000;

fn answer<'a>(item: &'a Value, defaults: &Defaults<'_>) -> Output<'a> {
    match Input::deserialize(item) {
        Ok(input) => process(input, defaults),
        Err(e) => {
            let id = match item.get("id") {
                Some(Value::String(s)) => Some(Id::Str(s.as_str().into())),
                Some(Value::Number(n)) => Some(Id::Num(n.clone())),
                _ => None,
            };
            Output::error(id, format!("not a valid input: {e}"))
        }
    }
}

/// `POST /api/extract`.
#[utoipa::path(post, path = "/api/extract", tag = "extract",
    request_body(content = serde_json::Value, description = "An input `{text, now?, tz?, region?, expect?, lang?, id?}` or an array of them"),
    responses((status = 200, description = "An output `{id, phone, name, when, part_of_day, window, error?}` or an array in input order", body = serde_json::Value)))]
pub(crate) async fn extract(
    State(state): State<AppState>,
    _key: ApiKey,
    body: Bytes,
) -> Result<Json<Value>, AppError> {
    let body: Value = serde_json::from_slice(&body).map_err(|e| AppError::from_json(&e))?;
    let now = state
        .clock
        .now()
        .with_timezone(&state.config.tz)
        .to_rfc3339_opts(SecondsFormat::Secs, false);
    let defaults = Defaults {
        now: Some(&now),
        tz: Some(state.config.tz.name()),
        lang: bella_extract::Lang::default(),
    };
    let out = match &body {
        Value::Array(items) if items.len() > MAX_BATCH => {
            return Err(AppError::Unprocessable(format!(
                "a batch holds at most {MAX_BATCH} inputs"
            )));
        }
        Value::Array(items) => serde_json::to_value(
            items
                .iter()
                .map(|i| answer(i, &defaults))
                .collect::<Vec<_>>(),
        ),
        Value::Object(_) => {
            let one = answer(&body, &defaults);
            // One input that could not be read at all is the request's fault; a time
            // not read (no `now`/`tz` pair) still answers phone and name.
            if let Some(e) = &one.error
                && !e.starts_with("time not read")
            {
                return Err(AppError::Unprocessable(e.clone()));
            }
            serde_json::to_value(one)
        }
        _ => {
            return Err(AppError::Unprocessable(
                "send an input object or an array of them".into(),
            ));
        }
    };
    out.map(Json)
        .map_err(|e| AppError::Internal(format!("extraction answer: {e}")))
}
