//! Runs one [`Case`] through the extractors and lists what differs from `expected`.
//!
//! Every message names the file, the line, the text and the rule that fired (or that
//! none did), so a wrong answer can be traced to its rule. Whatever a case checks,
//! the invariants hold for every extractor on its text: spans on char boundaries and
//! rule names in the extractor's family; with a reference time, [`extract`] on the
//! whole turn agrees with the extractors run one by one.

use crate::case::{Case, WindowText};
use bella_extract::{Lang, Match, Turn, confirm, extract};

/// The differences between what `case` expects and what the extractors give.
pub fn check(case: &Case) -> Vec<String> {
    let mut diffs = Vec::new();
    let text = case.text.as_str();
    let mut differ = |what: &str, want: String, got: String, rule: String| {
        diffs.push(format!(
            "{}: {text:?}: {what} want {want} got {got} [{rule}]",
            case.origin()
        ));
    };

    let lang = case.lang;
    // English rule names start with their family; every French one with `fr/`.
    let family = |en: &'static str| if lang == Lang::En { en } else { "fr/" };
    let found_phone = lang.phone(text, &case.region);
    invariant(case, family("phone/"), found_phone.as_ref());
    if let Some((want, got, rule)) = differs(&case.expected.phone, found_phone.as_ref(), |p| {
        p.e164().to_owned()
    }) {
        differ("phone", want, got, rule);
    }

    let found_name = lang.name(text, case.expect);
    invariant(case, family("name/"), found_name.as_ref());
    if let Some((want, got, rule)) = differs(&case.expected.name, found_name.as_ref(), |n| {
        n.as_str().to_owned()
    }) {
        let expect = case.expect.map_or("-", |e| e.as_str());
        differ(&format!("name (expect {expect})"), want, got, rule);
    }

    let reply = match lang {
        Lang::En => confirm::reply(text),
        // French reads yes/no only; which field a "no" is about is English-only so far.
        _ => confirm::Reply {
            answer: lang.confirm(text),
            field: None,
        },
    };
    invariant(case, "", reply.answer.as_ref());
    invariant(case, "", reply.field.as_ref());
    if let Some((want, got, rule)) = differs(&case.expected.answer, reply.answer.as_ref(), |a| {
        answer_name(*a).to_owned()
    }) {
        differ("answer", want, got, rule);
    }
    if let Some((want, got, rule)) = differs(&case.expected.field, reply.field.as_ref(), |f| {
        field_name(*f).to_owned()
    }) {
        differ("field", want, got, rule);
    }

    if let Some(reference) = &case.reference {
        let found = lang.time(text, reference);
        invariant(case, "", found.as_ref());
        // The whole-turn entry point (one tokenisation shared by the three extractors)
        // answers what the extractors answer one by one.
        let whole = extract(&Turn {
            text,
            reference: *reference,
            region: &case.region,
            expect: case.expect,
            lang,
        });
        if whole.phone != found_phone || whole.name != found_name || whole.time != found {
            differ(
                "extract() of the whole turn",
                format!("{:?}", (&found_phone, &found_name, &found)),
                format!("{:?}", (&whole.phone, &whole.name, &whole.time)),
                "per-field extractors".to_owned(),
            );
        }
        let value = found.as_ref().map(|m| &m.value);
        // The SPEC's `when` is null without a date (a time alone has one by future bias).
        let when = value.filter(|w| w.date.is_some()).map(ToString::to_string);
        let part = value
            .and_then(|w| w.part_of_day)
            .map(|p| p.as_str().to_owned());
        let window = value.and_then(|w| w.window).map(|w| WindowText {
            after: w.after.map(|t| t.format("%H:%M").to_string()),
            before: w.before.map(|t| t.format("%H:%M").to_string()),
        });
        let rules = || {
            lang.parse_time(text).map_or_else(
                || "no time rule fired".to_owned(),
                |m| m.value.rules.as_slice().join(", "),
            )
        };
        let now = reference.now.to_rfc3339();
        if let Some(want) = &case.expected.when
            && &when != want
        {
            differ(
                &format!("when (now {now})"),
                show(want),
                show(&when),
                rules(),
            );
        }
        if let Some(want) = &case.expected.part_of_day
            && &part != want
        {
            differ("part_of_day", show(want), show(&part), rules());
        }
        if let Some(want) = &case.expected.window
            && &window != want
        {
            differ(
                "window",
                format!("{want:?}"),
                format!("{window:?}"),
                rules(),
            );
        }
    }
    diffs
}

/// A match's span is on char boundaries of the case's text and its rule is named.
fn invariant<T>(case: &Case, family: &str, m: Option<&Match<T>>) {
    if let Some(m) = m {
        assert!(
            m.span.slice(&case.text).is_some(),
            "{}: span {:?} off a char boundary (rule {})",
            case.origin(),
            m.span,
            m.rule
        );
        assert!(
            m.rule.starts_with(family) && !m.rule.is_empty(),
            "{}: rule {:?} outside {family:?}",
            case.origin(),
            m.rule
        );
    }
}

/// An expectation (`None`: not checked) against what an extractor found, as `name`
/// writes its value: `(want, got, rule)` when they differ.
fn differs<T>(
    want: &Option<Option<String>>,
    found: Option<&Match<T>>,
    name: impl Fn(&T) -> String,
) -> Option<(String, String, String)> {
    let want = want.as_ref()?;
    let got = found.map(|m| name(&m.value));
    (&got != want).then(|| (show(want), show(&got), rule_of(found)))
}

fn rule_of<T>(m: Option<&Match<T>>) -> String {
    m.map_or_else(
        || "no rule fired".to_owned(),
        |m| format!("rule {}", m.rule),
    )
}

fn show(v: &Option<String>) -> String {
    v.as_deref()
        .map_or_else(|| "null".to_owned(), |s| format!("{s:?}"))
}

fn answer_name(c: confirm::Confirmation) -> &'static str {
    match c {
        confirm::Confirmation::Yes => "yes",
        confirm::Confirmation::No => "no",
        _ => "other",
    }
}

fn field_name(f: confirm::Field) -> &'static str {
    match f {
        confirm::Field::Name => "name",
        confirm::Field::Phone => "phone",
        confirm::Field::Time => "time",
        _ => "other",
    }
}
