#!/usr/bin/env python3
"""Converts scrapinghub/dateparser's English and French tests into Bella's vector format.

Reads `tests/test_search.py` (dates inside running text), `tests/test_date_parser.py`,
`tests/test_languages.py` (translations) and `tests/test_freshness_date_parser.py`
(relative expressions) of scrapinghub/dateparser (BSD licence; the files are not kept
here, nor any of their code) from a git directory, at the commit in `sources.py`, with
`git show COMMIT:path`, and writes:

- `../dateparser_time_en.jsonl`, `../dateparser_time_fr.jsonl` (`"lang": "fr"`): the
  phrases whose SPEC §2 / SPEC-fr §5.5 reading is settled, as vector cases, run by
  `cargo test -p bella-extract --test vectors` with a pass floor (`MIN_PASS`);
- `excluded_en.jsonl`, `excluded_fr.jsonl`: every other English or French phrase, with
  the reason. Phrases in other languages are counted on stderr only.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/scrapinghub+dateparser/repo).

Labels. Each phrase is read by `reading.py` from the SPEC alone (a bare hour is a
business hour, a weekday alone is the next one after today, "next Friday" is next week's,
a day or a month and day without a year the nearest from today on, a time without a day
today if still ahead), never from dateparser's value nor from Bella. Where dateparser's
value differs the case says so in its `note` (dateparser keeps the reference's clock
time on "tomorrow", reads "Friday" said on a Friday as today, ...).

Reference instants, as wall time in America/Toronto. A phrase that fixes its own date
(day, month and year: "Friday, 03 September 2014") does not depend on the reference;
dateparser's tests parse such dates years after they passed, so the case is set forty
days before that date at 09:00, when a caller could book it. Any other phrase keeps its
test's reference (`RELATIVE_BASE`, the freshness tests' frozen 2014-09-01 10:30); a
phrase whose test uses the machine's clock gets `DEFAULT_NOW` (Tuesday 2026-11-17 10:15).

Exclusions (reasons in `reading.EXCLUSIONS` and `reading.parse`): past phrases, time
zones, dates written only as numbers, minutes/hours/months/years from now, midnight with a
day, several dates in one text, month or year alone, words the reader does not know in a
date-only phrase. There is no `tests/test_parts_of_day.py` at this commit (dateparser's
tests name no part of the day besides "noon"). Standard library only; re-runs byte for
byte.
"""

import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from blindlib import Ref  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import finish  # noqa: E402
from reading import fixed_day, parse, resolve  # noqa: E402
from sources import entries  # noqa: E402

DEFAULT_GIT_DIR = "/work/.mirror/scrapinghub+dateparser/repo"
TZ = "America/Toronto"
DEFAULT_NOW = datetime(2026, 11, 17, 10, 15)
FIXED_DAY_LEAD = timedelta(days=40)
# Tests whose phrases are running text (other words around the date are fine).
RUNNING_TEXT = {"test_search_and_parse", "test_relative_base_setting",
                "test_splitting_of_not_parsed", "test_detection", "test_ngram_search"}


def reference(said, entry):
    day = fixed_day(said)
    if day is not None:
        start = day - FIXED_DAY_LEAD
        return datetime(start.year, start.month, start.day, 9, 0)
    return entry.now or DEFAULT_NOW


def note_for(entry, expected, ref, lang):
    """How dateparser's own value or translation differs from the SPEC label, if it does."""
    bits = []
    if entry.value is not None and expected["when"]:
        dp = entry.value.strftime("%Y-%m-%dT%H:%M")
        if not dp.startswith(expected["when"]) or (len(expected["when"]) == 10 and not dp.endswith("00:00")
                                                    and entry.now is not None):
            bits.append(f"dateparser gives {dp} (reference {entry.now:%Y-%m-%d %H:%M})"
                        if entry.now else f"dateparser gives {dp}")
    if entry.translation:
        said, _ = parse("en", entry.translation, False)
        other = resolve(said, ref, "en")[0] if said else None
        if other and other != expected:
            bits.append(f"dateparser translates it '{entry.translation}', which SPEC reads {other['when']}")
    return "; ".join(bits) or None


def convert(entry):
    """(reference datetime, expected, note) or (None, None, reason)."""
    if entry.results > 1:
        return None, None, "several dates in one text: SPEC gives one start"
    strict = entry.source.split("::")[1] not in RUNNING_TEXT
    said, why = parse(entry.lang, entry.text, strict)
    if said is None:
        return None, None, why
    now = reference(said, entry)
    if now.year < 1970:
        return None, None, "a reference instant before 1970 (local mean time): not a caller's"
    ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
    expected, why = resolve(said, ref, entry.lang)
    if expected is None:
        return None, None, why
    return now, expected, note_for(entry, expected, ref, entry.lang)


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    kept = {"en": [], "fr": []}
    excluded = {"en": [], "fr": []}
    seen = set()
    for entry in entries(git_dir):
        now, expected, note = convert(entry)
        key = (entry.lang, entry.text.strip(), now)
        if key in seen:
            continue
        seen.add(key)
        if expected is None:
            excluded[entry.lang].append({"text": entry.text, "source": entry.source, "reason": note})
            continue
        ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
        row = {"id": f"dp-{entry.lang}-{len(kept[entry.lang]) + 1:04}", "kind": "time"}
        if entry.lang == "fr":
            row["lang"] = "fr"
        row.update({"text": entry.text, "now": ref.now, "tz": TZ, "expected": expected,
                    "source": entry.source})
        if note:
            row["note"] = note
        kept[entry.lang].append(row)
    for lang, name in (("en", "English"), ("fr", "French")):
        finish(HERE.parent / f"dateparser_time_{lang}.jsonl", kept[lang],
               HERE / f"excluded_{lang}.jsonl", excluded[lang], f"{name}:")


if __name__ == "__main__":
    main()
