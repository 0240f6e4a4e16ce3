//! Name extraction (and the yes/no classifier) on arbitrary text: never panics,
//! spans on char boundaries, at most four parts, each starting upper-case.
#![no_main]

use bella_core::Expect;
use bella_extract::{confirm, name};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for expect in [None, Some(Expect::Name)] {
        let Some(m) = name::extract(text, expect) else { continue };
        assert!(m.span.slice(text).is_some(), "span off a char boundary");
        assert!(m.rule.starts_with("name/"));
        let parts: Vec<&str> = m.value.as_str().split(' ').collect();
        assert!((1..=4).contains(&parts.len()), "at most four parts");
        assert!(parts.iter().all(|p| !p.is_empty()));
    }
    let reply = confirm::reply(text);
    if let Some(m) = reply.answer {
        assert!(m.span.slice(text).is_some());
    }
    if let Some(m) = reply.field {
        assert!(m.span.slice(text).is_some());
    }
});
