//! What the fuzz targets share: how the first input byte picks a reference time.

use bella_core::ReferenceTime;

/// Splits a fuzz input into its text and a reference: the first byte picks an instant
/// in 2020-2035 and one of `zones`; the rest must be UTF-8. `None` for an input that
/// is empty or not text (the target returns without checking anything).
pub fn text_and_reference<'a>(data: &'a [u8], zones: &[&str]) -> Option<(&'a str, ReferenceTime)> {
    let (&pick, rest) = data.split_first()?;
    let text = std::str::from_utf8(rest).ok()?;
    let secs = 1_577_836_800i64 + i64::from(pick) * 1_987_200 + i64::from(pick) * 3_607;
    let now = chrono::DateTime::from_timestamp(secs, 0)?;
    let tz = zones.get(usize::from(pick) % zones.len())?.parse().ok()?;
    Some((text, ReferenceTime::new(now, tz)))
}
