#!/usr/bin/env python3
"""Converts Natty's (Java) date and time tests into Bella's vector format.

Reads the JUnit tests `DateTest.java`, `DateTimeTest.java`, `TimeTest.java` and
`SearchTest.java` (`src/test/java/com/joestelmach/natty/`) of joestelmach/natty (MIT
licence; the files themselves are not kept here) from a git directory and writes:

- `../natty_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, as vector
  cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract --test
  vectors` with a pass floor (`FLOORS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/joestelmach+natty/repo). Converted from commit
74389feb4c9372e51cd51eb0800a0177fec3e5a0 (2017-01-25), read with `git show COMMIT:path`;
nothing of Natty is run.

Only literal calls are read: `validateDate(reference, "text", month, day, year)`,
`validateDateTime(reference, "text", month, day, year, hour, minute, second)`,
`validateTime(reference, "text", hour, minute, second)`, and a `parseCollection(reference,
"text")` or `parser.parse("text", reference)` followed by `validateDate/Time/DateTime(
dates.get(i), ...)` checks (or `assertEquals(0, groups.size())`: nothing found). The
reference is the last `DateFormat.get...Instance(...).parse("...")` of the test: a
wall time of the machine running the tests, which Natty's tests set to `US/Eastern`; the
cases give `now` that wall time in `America/Toronto` (a time-only reference, "12:00 pm",
is Java's 1 January 1970). A call without a reference uses the clock of the day the
tests run and is excluded.

Natty's value says what was said, the text which parts the caller said, and the label
comes from the SPEC §2 rules of `speclabel.py` (with the `blindlib.py` oracle), with a
`note` where Natty's value differs. Several dates in one phrase ("tomorrow at 9 or
Thursday at 10") are excluded unless they are two clock times on one day joined by "to"
or a dash (a `window`). Standard library only.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

COMMIT = "74389feb4c9372e51cd51eb0800a0177fec3e5a0"
DEFAULT_GIT_DIR = "/work/.mirror/joestelmach+natty/repo"
FOLDER = "src/test/java/com/joestelmach/natty/"
SOURCES = ("DateTest.java", "DateTimeTest.java", "TimeTest.java", "SearchTest.java")
TZ = "America/Toronto"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import add_case, finish, git_show  # noqa: E402
from speclabel import label, says_clock  # noqa: E402

STRING = r'"((?:[^"\\]|\\.)*)"'
INTS = r"((?:\s*-?\d+\s*,?)+)"


def java_string(s):
    return s.encode().decode("unicode_escape")


def reference_of(kind, text):
    """The wall time of a `DateFormat.get<kind>Instance(...).parse(text)` in US locale."""
    if kind == "Time":
        return datetime.strptime("1970-01-01 " + text.upper(), "%Y-%m-%d %I:%M %p")
    if kind == "DateTime":
        return datetime.strptime(text.upper(), "%m/%d/%Y %I:%M %p")
    return datetime.strptime(text, "%m/%d/%Y")


def statements(src):
    """(text, reference or None, values, nothing) a phrase at a time: values maps the
    index of each date Natty gives to the parts its test asserts."""
    ref = None
    current = None
    src = re.sub(r"(,|\()\s*\n\s*", r"\1 ", src)  # a call continued on the next line
    for raw in src.splitlines():
        line = raw.strip()
        m = re.search(r"DateFormat\.get(Date|DateTime|Time)Instance\([^)]*\)\.parse\(" + STRING + r"\)", line)
        if m:
            ref = reference_of(m.group(1), m.group(2))
            continue
        m = re.search(r"\bvalidate(Date|DateTime|Time)\((reference, )?" + STRING + r"," + INTS + r"\);", line)
        if m:
            if current:
                yield current
                current = None
            nums = [int(x) for x in m.group(4).replace(" ", "").strip(",").split(",")]
            yield java_string(m.group(3)), ref if m.group(2) else None, {0: parts(m.group(1), nums)}, False
            continue
        m = re.search(r"(?:parseCollection\(reference, " + STRING + r"\)|\.parse\(" + STRING
                      + r"(, reference)?\))", line)
        if m:
            if current:
                yield current
            text = m.group(1) if m.group(1) is not None else m.group(2)
            has_ref = m.group(1) is not None or m.group(3) is not None
            current = (java_string(text), ref if has_ref else None, {}, False)
            continue
        if current is None:
            continue
        m = re.search(r"\bvalidate(Date|DateTime|Time)\((?:dates|group\.getDates\(\)|groups\.get\(0\)\.getDates\(\))"
                      r"\.get\((\d)\)," + INTS + r"\);", line)
        if m:
            nums = [int(x) for x in m.group(3).replace(" ", "").strip(",").split(",")]
            current[2].setdefault(int(m.group(2)), {}).update(parts(m.group(1), nums))
            continue
        if re.search(r"assertEquals\(0, (groups|dates)\.size\(\)\)", line):
            current = (current[0], current[1], current[2], True)
    if current:
        yield current


def parts(kind, nums):
    if kind == "Date":
        return {"date": (nums[2], nums[0], nums[1])}
    if kind == "Time":
        return {"time": tuple(nums[:3])}
    return {"date": (nums[2], nums[0], nums[1]), "time": tuple(nums[3:6])}


def value_of(p, ref):
    y, mo, d = p.get("date", (ref.year, ref.month, ref.day))
    h, mi, _ = p.get("time", (0, 0, 0))
    return datetime(y, mo, d, h, mi)


def convert(text, ref_dt, values, nothing):
    if ref_dt is None:
        return None, "no reference: Natty's test uses the clock of the day it runs"
    ref = Ref(TZ, ref_dt.year, ref_dt.month, ref_dt.day, ref_dt.hour, ref_dt.minute)
    if nothing and not values:
        if says_clock(text.lower()):
            return None, "Natty finds nothing in a phrase that says a clock time: SPEC reads one"
        return {"when": None, "part_of_day": None, "window": None}, None
    if not values:
        return None, "no date asserted (the test checks only the text or the position found)"
    if any(p.get("time", (0, 0, 0))[2] for p in values.values()):
        return None, "seconds: SPEC gives minutes"
    first = values[0]
    start = value_of(first, ref_dt)
    if len(values) == 1:
        return label(text, ref, start, "date" in first, "time" in first)
    if len(values) == 2 and re.search(r"\bto\b|\s-\s", text.lower()) and "time" in first \
            and "time" in values[1]:
        end_parts = dict(values[1])
        end_parts.setdefault("date", first.get("date"))
        if end_parts["date"] is None:
            del end_parts["date"]
        return label(text, ref, start, "date" in first, True, end=value_of(end_parts, ref_dt))
    return None, "several dates or alternatives in one phrase: SPEC gives one start"


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    kept, excluded, seen = [], [], set()
    for source in SOURCES:
        for text, ref_dt, values, nothing in statements(git_show(git_dir, COMMIT, FOLDER + source)):
            key = (text, ref_dt)
            if key in seen:
                continue
            seen.add(key)
            want, why = convert(text, ref_dt, values, nothing)
            if want is None:
                excluded.append({"text": text, "file": source, "reason": why})
                continue
            ref = Ref(TZ, ref_dt.year, ref_dt.month, ref_dt.day, ref_dt.hour, ref_dt.minute)
            add_case(kept, "natty-en", text, ref.now, TZ, want, why)
    finish(HERE.parent / "natty_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
