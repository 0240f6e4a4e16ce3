#!/usr/bin/env python3
"""Converts chrono-node's French time tests into Bella's vector format.

Source: `test/fr/*.test.ts` of wanasit/chrono (MIT licence) at commit
82c0e5bc0e4db19eb402423baf1b558850947b2b (2026-07-20), the commit of `chrono/convert.py`.
What the tests state is kept here as data only, in `source.jsonl` (one line a literal test
call: its file, function, parser, text, reference date and the start and end components
it asserts), so the conversion re-runs offline:

    python3 convert.py                     # source.jsonl -> the files below
    python3 convert.py --extract GIT_DIR   # the test files at the commit -> source.jsonl

(`GIT_DIR` is a git directory of wanasit/chrono, e.g. the `fetch` mirror
/work/.mirror/wanasit+chrono/repo; the calls are read by the TypeScript reader of
`chrono/convert.py`: `testSingleCase`, `testWithExpectedDate`, `testUnexpectedResult`.)
It writes:

- `../chrono_time_fr.jsonl` (`"lang": "fr"`): the phrases whose SPEC-fr §5.5 reading is
  settled, as vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p
  bella-extract --test vectors`;
- `excluded.jsonl`: every other phrase, with the reason it is left out.

How a case is labelled: chrono's asserted start (and end) says what was said, the label
comes from `speclabel_fr.py` (the SPEC-fr §5.5 rules through the `blindlib.py` oracle),
with a `note` where chrono's value differs. Chrono's reference is a local wall time of
the machine running the tests; the cases give `now` the same wall time in
`America/Toronto`. Calls without a reference (chrono's clock when the tests run), with
parsing options, or in another parser are left out, as in `chrono/convert.py`. A
`testUnexpectedResult` phrase must give nothing, unless SPEC reads a date or time in it.
Standard library only; re-runs byte for byte.
"""

import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

COMMIT = "82c0e5bc0e4db19eb402423baf1b558850947b2b"
FOLDER = "test/fr/"
TZ = "America/Toronto"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import speclabel_fr as fr  # noqa: E402  (the SPEC-fr labeller, beside this folder)
from blindlib import Ref  # noqa: E402  (the SPEC oracle)
from corpuslib import add_case, converter, finish, git_files, git_show, source, write_lines  # noqa: E402

chrono_en = converter("chrono")

# Phrases chrono must not read whose SPEC reading is not settled either.
UNEXPECTED_EXCLUSIONS = [
    (r"^\d+\.\d+ (am|pm)$", "'13.12 PM': SPEC reads '9.30' as a clock; an hour over 12 with "
                            "p.m. is not settled"),
    (r"^29 f[ée]vrier$", "29 February without a year: the nearest is years ahead, SPEC does not "
                         "settle it"),
    (r"\d+h\d+:\d+", "'12h12:99s': a clock followed by more digits, SPEC does not settle the reading"),
    (r"\bmois\b", "a month alone ('le mois d'avril'): SPEC gives days, it does not settle "
                  "whether the turn names a date"),
]


def iso(t):
    return t.isoformat() if t is not None else None


def extract(git_dir):
    """The test files at COMMIT -> source.jsonl (what each literal call states)."""
    rows = []
    for path in git_files(git_dir, COMMIT, FOLDER, ".test.ts"):
        src = git_show(git_dir, COMMIT, path)
        for fn, args in chrono_en.calls(src):
            text = chrono_en.string_literal(args[1]) if len(args) > 1 else None
            rest, body = chrono_en.call_parts(fn, args)
            ref, why = chrono_en.new_date(rest[0]) if rest else (None, "no reference date")
            start, start_at = chrono_en.components(body, "start")
            end, end_at = chrono_en.components(body, "end")
            has_end = "result.end" in body and "result.end).toBeNull" not in body
            rows.append({"file": path[len(FOLDER):], "fn": fn, "parser": args[0], "text": text,
                         "reference": iso(ref), "reference_problem": why,
                         "options": len(rest) > 1, "start": start, "start_date": iso(start_at),
                         "end": end if has_end else None, "end_date": iso(end_at) if has_end else None})
    write_lines(HERE / "source.jsonl", rows)


def value(comps, instant):
    """The asserted value as a naive wall datetime, or None."""
    if instant is not None:
        got = datetime.fromisoformat(instant)
        got = {"year": got.year, "month": got.month, "day": got.day, "hour": got.hour,
               "minute": got.minute, "second": got.second}
        got.update(comps)
        comps = got
    return chrono_en.stated(comps, None)


def convert(row):
    """(now, expected, note) of a test call, or (None, None, reason)."""
    text = row["text"]
    if text is None:
        return None, None, "the text is not a string literal"
    if row["parser"] != "chrono.fr":
        return None, None, f"another parser or option set ({row['parser']})"
    if row["reference"] is None:
        return None, None, (row["reference_problem"] or "no reference date") + " (chrono's clock when the tests run)"
    if row["options"]:
        return None, None, "chrono's parsing options (forwardDate, timezones): not SPEC's rules"
    now = datetime.fromisoformat(row["reference"]).replace(second=0, microsecond=0)
    ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
    low = fr.clean(text)
    why = fr.exclusion(low)
    if why:
        return None, None, why
    if row["fn"] == "testUnexpectedResult":
        for pattern, reason in UNEXPECTED_EXCLUSIONS:
            if re.search(pattern, low):
                return None, None, reason
        return ref, fr.expected(None), None
    start = value(row["start"], row["start_date"])
    if start is None:
        return None, None, "the test states no full start date"
    if start.second:
        return None, None, "seconds: SPEC gives minutes"
    end = None
    if row["end"] is not None:
        base = {"year": start.year, "month": start.month, "day": start.day, "minute": 0}
        base.update(row["end"])
        end = value(base, row["end_date"]) if row["end"] or row["end_date"] else None
        if end is None:
            return None, None, "the test states no usable end"
        if end.date() != start.date():
            return None, None, "a span across days or midnight: SPEC windows bound one day"
        if not re.search(fr.CLOCK, low):
            return None, None, "a span of days: SPEC gives one start"
    if re.search(r"\bmatin\b", low) and re.search(r"\bce matin\b", low) and not re.search(fr.CLOCK, low) \
            and now.hour >= 12:
        return None, None, "'ce matin' said at noon or later: the morning is over, SPEC does not settle it"
    want, note = fr.label(low, ref, start, end=end, who="chrono")
    if want is None:
        return None, None, note
    return ref, want, note


def main():
    kept, excluded, seen = [], [], set()
    for row in source(HERE, extract):
        key = (row["text"], row["reference"])
        if key in seen:
            continue
        seen.add(key)
        ref, want, why = convert(row)
        if want is None:
            excluded.append({"text": row["text"], "file": row["file"], "reason": why})
        else:
            add_case(kept, "chrono-fr", row["text"], ref.now, TZ, want, why, "fr")
    finish(HERE.parent / "chrono_time_fr.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
