#!/usr/bin/env python3
"""Signature test vectors for bella-twilio-adapter, computed by Twilio's own helper.

The vectors in vectors.json are produced here by `twilio.request_validator.RequestValidator`
(Twilio's official Python library), never by our Rust code, so the Rust tests check our
HMAC-SHA1 signing and validation against an independent implementation.

Regenerate (output is committed; the Rust tests load it with include_str!):

    pip install twilio
    python3 bella-twilio-adapter/testdata/signatures/gen.py > bella-twilio-adapter/testdata/signatures/vectors.json

Two kinds of vector:
- "compute": the signature Twilio computes for (token, url, params).
- "validate": a request signed for `signed_url` arrives at `request_url`; `valid` is what
  `RequestValidator.validate` answers (it tries the URL with and without the default port).
"""

import json
import sys

import twilio
from twilio.request_validator import RequestValidator


class MultiDict:
    """Ordered (name, value) pairs with Flask's `getall`, so repeated names are signed."""

    def __init__(self, pairs):
        self.pairs = list(pairs)

    def __iter__(self):
        return iter([k for k, _ in self.pairs])

    def __bool__(self):
        return bool(self.pairs)

    def getall(self, name):
        return [v for k, v in self.pairs if k == name]


TOKENS = ["12345", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "tøkén with spaces"]

VOICE = [
    ("CallSid", "CA1234567890ABCDE"),
    ("Caller", "+14158675310"),
    ("Digits", "1234"),
    ("From", "+14158675310"),
    ("To", "+18005551212"),
]

PARAM_SETS = [
    ("empty", []),
    ("voice", VOICE),
    ("speech", [
        ("CallSid", "CA0f0e"),
        ("SpeechResult", "My full name is Rocky, Jonathan. & <ok> \"yes\" it's 9:30 a.m."),
        ("Confidence", "0.9172"),
        ("AccountSid", "AC00"),
    ]),
    ("unicode", [("SpeechResult", "Zoë Côté — 日本"), ("CallSid", "CAü")]),
    ("repeated_and_empty", [("b", "2"), ("a", ""), ("b", "1"), ("a", "z"), ("c", "")]),
    ("case_order", [("b", "x"), ("B", "y"), ("_", "u"), ("a1", "v"), ("a", "w")]),
]

URLS = [
    "https://mycompany.com/myapp.php?foo=1&bar=2",
    "https://bella.example.com/twilio/voice",
    "https://bella.example.com/twilio/gather?turn=3&expect=name",
    "http://127.0.0.1:8080/twilio/gather?turn=0",
    "https://bella.example.com:8443/twilio/status",
]

# (signed_url, request_url): Twilio may sign either form of the URL.
PORT_CASES = [
    ("https://bella.example.com/twilio/voice", "https://bella.example.com/twilio/voice"),
    ("https://bella.example.com:443/twilio/voice", "https://bella.example.com/twilio/voice"),
    ("https://bella.example.com/twilio/voice", "https://bella.example.com:443/twilio/voice"),
    ("http://bella.example.com:80/twilio/gather?turn=1", "http://bella.example.com/twilio/gather?turn=1"),
    ("https://bella.example.com:8443/twilio/voice", "https://bella.example.com/twilio/voice"),
    ("https://bella.example.com/twilio/voice", "https://bella.example.com/twilio/status"),
    ("https://bella.example.com/twilio/gather?turn=1", "https://bella.example.com/twilio/gather?turn=2"),
    ("https://bella.example.com/twilio/voice", "http://bella.example.com/twilio/voice"),
]


def main():
    compute = []
    for token in TOKENS:
        v = RequestValidator(token)
        for url in URLS:
            for label, pairs in PARAM_SETS:
                compute.append({
                    "label": label,
                    "token": token,
                    "url": url,
                    "params": [list(p) for p in pairs],
                    "signature": v.compute_signature(url, MultiDict(pairs)),
                })
    validate = []
    token = TOKENS[1]
    v = RequestValidator(token)

    def validation(signed_url, request_url, signed, sent):
        """`signed` signed for `signed_url`; `sent` arrives at `request_url` with it."""
        sig = v.compute_signature(signed_url, MultiDict(signed))
        return {
            "token": token,
            "signed_url": signed_url,
            "request_url": request_url,
            "params": [list(p) for p in sent],
            "signature": sig,
            "valid": v.validate(request_url, MultiDict(sent), sig),
        }

    for signed_url, request_url in PORT_CASES:
        for label, pairs in PARAM_SETS[1:3]:
            validate.append(validation(signed_url, request_url, pairs, pairs))
        # A tampered parameter never validates.
        tampered = VOICE[:-1] + [("To", "+18005551213")]
        validate.append(validation(signed_url, request_url, VOICE, tampered))
    json.dump({
        "generator": "twilio-python " + twilio.__version__ + " RequestValidator",
        "compute": compute,
        "validate": validate,
    }, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
