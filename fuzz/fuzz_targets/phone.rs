//! Phone extraction on arbitrary text: never panics, the span is on char
//! boundaries inside the text, and the number is E.164 (NANP-shaped for `+1`).
#![no_main]

use bella_extract::phone;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for region in ["CA", "GB", "FR", ""] {
        let Some(m) = phone::extract(text, region) else { continue };
        assert!(m.span.start <= m.span.end);
        assert!(m.span.slice(text).is_some(), "span off a char boundary");
        assert!(m.rule.starts_with("phone/"));
        let e164 = m.value.e164();
        let digits = e164.strip_prefix('+').expect("E.164 starts with +");
        assert!((8..=15).contains(&digits.len()));
        assert!(digits.bytes().all(|b| b.is_ascii_digit()));
        if let Some(ten) = m.value.national_digits() {
            let d = ten.as_bytes();
            assert_eq!(d.len(), 10);
            assert!(d[0] >= b'2' && d[3] >= b'2', "NPA and NXX start with 2-9");
        }
    }
});
