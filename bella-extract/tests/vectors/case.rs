//! The one [`Case`] type and its loader: every `testdata/*.jsonl` file has one shape.
//!
//! ```json
//! {"id": "dev-time-0001", "text": "Tomorrow.", "now": "2026-11-17T10:15:00-07:00",
//!  "tz": "America/Edmonton", "region": "CA", "expect": "name",
//!  "expected": {"when": "2026-11-18", "part_of_day": null}}
//! ```
//!
//! `text` and `expected` are required; `id`, `kind`, `now`, `tz`, `region` (default
//! `CA`), `lang` (`en` or `fr`, default `en`) and `expect` are optional, other keys are ignored. Only the keys present in
//! `expected` are checked, and a `null` value is checked too (it must find nothing):
//! `phone`, `name`, `when`, `part_of_day`, `window` (`{"after": "HH:MM" | null,
//! "before": ...}`), `answer` and `field` (the yes/no reply and the field it is
//! about). `when`, `part_of_day` and `window` need `now` and `tz`. An unknown key in
//! `expected`, or an expectation outside it, is a load error, so a file cannot
//! silently check less than it says.

use bella_core::{Expect, ReferenceTime};
use bella_extract::Lang;
use serde_json::{Map, Value};
use std::path::Path;

/// What one case expects; `None` means "not checked", `Some(None)` "must find nothing".
#[derive(Clone, Debug, Default)]
pub struct Expected {
    pub phone: Option<Option<String>>,
    pub name: Option<Option<String>>,
    pub when: Option<Option<String>>,
    pub part_of_day: Option<Option<String>>,
    pub window: Option<Option<WindowText>>,
    pub answer: Option<Option<String>>,
    pub field: Option<Option<String>>,
}

impl Expected {
    /// True if a time expectation is present (so `now` and `tz` are needed).
    pub fn checks_time(&self) -> bool {
        self.when.is_some() || self.part_of_day.is_some() || self.window.is_some()
    }
}

/// A window's bounds as the SPEC writes them (`"HH:MM"` or `None` for open).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WindowText {
    pub after: Option<String>,
    pub before: Option<String>,
}

/// One labelled utterance from a vector file.
#[derive(Clone, Debug)]
pub struct Case {
    /// The file name under `testdata/`.
    pub file: String,
    /// 1-based line number in that file.
    pub line: usize,
    /// The case's `id`, when it has one.
    pub id: Option<String>,
    pub text: String,
    pub expect: Option<Expect>,
    pub region: String,
    pub reference: Option<ReferenceTime>,
    /// The language whose rules read the case (`lang`, default `en`).
    pub lang: Lang,
    pub expected: Expected,
}

impl Case {
    /// `file:line (id)`, for failure messages.
    pub fn origin(&self) -> String {
        match &self.id {
            Some(id) => format!("testdata/{}:{} ({id})", self.file, self.line),
            None => format!("testdata/{}:{}", self.file, self.line),
        }
    }
}

/// Keys that hold expectations; they belong under `expected`.
const EXPECTATION_KEYS: &[&str] = &[
    "phone",
    "name",
    "when",
    "part_of_day",
    "window",
    "answer",
    "field",
];

/// Every `*.jsonl` file in `dir`, sorted by name.
pub fn vector_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    files
}

/// Loads every case of one file; a malformed line is an `Err` naming file and line.
pub fn load(file: &str, contents: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (i, raw) in contents.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let at = format!("testdata/{file}:{line}");
        let value: Value = serde_json::from_str(raw).map_err(|e| format!("{at}: not JSON: {e}"))?;
        let Value::Object(obj) = value else {
            return Err(format!("{at}: not a JSON object"));
        };
        cases.push(case(file, line, &obj).map_err(|e| format!("{at}: {e}"))?);
    }
    Ok(cases)
}

fn case(file: &str, line: usize, obj: &Map<String, Value>) -> Result<Case, String> {
    if let Some(k) = EXPECTATION_KEYS.iter().find(|k| obj.contains_key(**k)) {
        return Err(format!("`{k}` is an expectation: put it under `expected`"));
    }
    let text = obj
        .get("text")
        .and_then(Value::as_str)
        .ok_or("no string `text`")?
        .to_owned();
    let id = match obj.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let expect = match obj.get("expect") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.parse().map_err(|_| format!("unknown expect {s:?}"))?),
        Some(other) => return Err(format!("`expect` is not a string: {other}")),
    };
    let region = obj
        .get("region")
        .and_then(Value::as_str)
        .unwrap_or("CA")
        .to_owned();
    let reference = match (obj.get("now"), obj.get("tz")) {
        (Some(Value::String(now)), Some(Value::String(tz))) => {
            Some(ReferenceTime::parse(now, tz).map_err(|e| format!("bad `now`/`tz`: {e}"))?)
        }
        (None, None) => None,
        _ => return Err("`now` and `tz` go together, as strings".to_owned()),
    };
    let Some(Value::Object(exp)) = obj.get("expected") else {
        return Err("no `expected` object".to_owned());
    };
    let expected = expectations(exp)?;
    if expected.checks_time() && reference.is_none() {
        return Err("a time expectation needs `now` and `tz`".to_owned());
    }
    let lang = match obj.get("lang") {
        None | Some(Value::Null) => Lang::En,
        Some(Value::String(s)) => s.parse().map_err(|_| format!("unknown lang {s:?}"))?,
        Some(other) => return Err(format!("`lang` is not a string: {other}")),
    };
    Ok(Case {
        file: file.to_owned(),
        line,
        id,
        text,
        expect,
        region,
        reference,
        lang,
        expected,
    })
}

fn expectations(exp: &Map<String, Value>) -> Result<Expected, String> {
    if exp.is_empty() {
        return Err("`expected` is empty: nothing would be checked".to_owned());
    }
    let mut e = Expected::default();
    for (key, v) in exp {
        match key.as_str() {
            "phone" => e.phone = Some(text_or_null(key, v)?),
            "name" => e.name = Some(text_or_null(key, v)?),
            "when" => e.when = Some(text_or_null(key, v)?),
            "part_of_day" => e.part_of_day = Some(text_or_null(key, v)?),
            "answer" => e.answer = Some(text_or_null(key, v)?),
            "field" => e.field = Some(text_or_null(key, v)?),
            "window" => {
                e.window = Some(match v {
                    Value::Null => None,
                    Value::Object(w) => {
                        if let Some(k) = w.keys().find(|k| *k != "after" && *k != "before") {
                            return Err(format!("unknown window key `{k}`"));
                        }
                        let bound = |k: &str| w.get(k).map_or(Ok(None), |b| text_or_null(k, b));
                        Some(WindowText {
                            after: bound("after")?,
                            before: bound("before")?,
                        })
                    }
                    other => return Err(format!("`window` is not an object: {other}")),
                });
            }
            other => return Err(format!("unknown expectation `{other}`")),
        }
    }
    Ok(e)
}

fn text_or_null(key: &str, v: &Value) -> Result<Option<String>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        other => Err(format!("`{key}` is neither a string nor null: {other}")),
    }
}

#[test]
fn the_loader_rejects_what_would_check_nothing() {
    let bad = [
        (r#"{"text": "hi", "phone": null}"#, "put it under"),
        (r#"{"text": "hi"}"#, "no `expected`"),
        (r#"{"text": "hi", "expected": {}}"#, "empty"),
        (
            r#"{"text": "hi", "expected": {"phones": null}}"#,
            "unknown expectation",
        ),
        (
            r#"{"text": "hi", "expected": {"when": null}}"#,
            "needs `now`",
        ),
        (r#"{"expected": {"name": null}}"#, "no string `text`"),
        (
            r#"{"text": "hi", "expect": "nme", "expected": {"name": null}}"#,
            "unknown expect",
        ),
        ("not json", "not JSON"),
    ];
    for (line, want) in bad {
        let err = load("x.jsonl", line).expect_err(line);
        assert!(
            err.contains(want) && err.contains("x.jsonl:1"),
            "{line}: {err}"
        );
    }
    let ok = load(
        "x.jsonl",
        "\n{\"text\": \"hi\", \"expected\": {\"window\": {\"after\": \"15:00\", \"before\": null}}, \"now\": \"2026-11-17T10:15:00-07:00\", \"tz\": \"America/Edmonton\"}\n",
    )
    .expect("loads");
    assert_eq!(ok.len(), 1);
    assert_eq!(ok[0].line, 2);
    assert_eq!(
        ok[0].expected.window,
        Some(Some(WindowText {
            after: Some("15:00".to_owned()),
            before: None
        }))
    );
}
