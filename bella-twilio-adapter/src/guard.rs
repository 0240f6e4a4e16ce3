//! Route guards as extractors: [`SignedForm`] for Twilio webhooks and [`ApiKey`] for
//! the admin API. A handler that takes one cannot run unguarded, and
//! `crate::app`'s route table records which guard each route has (`tests/routes.rs`
//! proves every guarded route refuses an unguarded request).

use crate::error::AppError;
use crate::form::{self, VoiceForm};
use crate::metrics as m;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use bella_core::Secret;
use subtle::ConstantTimeEq;

/// A Twilio webhook body whose `X-Twilio-Signature` was checked on the raw bytes (for
/// the public URL Twilio signed), then read into a [`VoiceForm`].
///
/// Refuses with 403 on a missing or wrong signature (counted and logged without the
/// body), 400 on a malformed body or a missing `CallSid`, 413 on an oversized body.
/// With no auth token configured (`--insecure-skip-signature`) every body passes.
#[derive(Clone, Debug)]
pub struct SignedForm(pub VoiceForm);

impl FromRequest<AppState> for SignedForm {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        SignedPairs::from_request(req, state)
            .await
            .map(|signed| Self(signed.form))
    }
}

/// A [`SignedForm`] that also keeps every field of the body, for webhooks that read
/// fields beyond [`VoiceForm`]'s (the ConversationRelay action's `HandoffData` and
/// `ErrorCode`). Refuses exactly as [`SignedForm`] does.
#[derive(Clone, Debug)]
pub struct SignedPairs {
    /// The call fields.
    pub form: VoiceForm,
    /// Every `name=value` pair of the body, in order.
    pub pairs: Vec<(String, String)>,
}

impl SignedPairs {
    /// The trimmed value of a field, if present and not empty.
    pub fn get(&self, name: &str) -> Option<String> {
        crate::form::field(&self.pairs, name).map(str::to_owned)
    }
}

impl FromRequest<AppState> for SignedPairs {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        let url = form::public_url(
            state.config.public_url.as_deref(),
            &parts.headers,
            &parts.uri,
        );
        let body = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        let pairs = form::parse_pairs(&body).map_err(IntoResponse::into_response)?;
        let token = state.config.auth_token.as_ref().map(Secret::expose);
        if let Err(e) = form::verify(token, &url, &parts.headers, &pairs) {
            metrics::counter!(m::WEBHOOK_ERRORS, "kind" => "signature").increment(1);
            tracing::warn!(
                path = parts.uri.path(),
                "rejected webhook with a missing or wrong signature"
            );
            return Err(e.into_response());
        }
        let form = VoiceForm::from_pairs(&pairs).map_err(IntoResponse::into_response)?;
        Ok(Self { form, pairs })
    }
}

/// Proof that the request carried `Authorization: Bearer <BELLA_API_KEY>` (compared in
/// constant time). Without a configured key the admin API is off: 401 with a hint.
#[derive(Clone, Copy, Debug)]
pub struct ApiKey;

impl FromRequestParts<AppState> for ApiKey {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let Some(key) = state.config.api_key.as_ref().map(Secret::expose) else {
            return Err(AppError::ApiDisabled);
        };
        let given = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .ok_or(AppError::Unauthorized)?;
        if bool::from(given.trim().as_bytes().ct_eq(key.as_bytes())) {
            Ok(Self)
        } else {
            Err(AppError::Unauthorized)
        }
    }
}
