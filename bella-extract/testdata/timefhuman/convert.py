#!/usr/bin/env python3
"""Converts timefhuman's (Python) end-to-end tests into Bella's vector format.

timefhuman (alvinwan/timefhuman, Apache-2.0; the files themselves are not kept here)
extracts times from scheduling text ("Are you free this Wed at 3p? Or maybe Fri at
5p?"). This reads `tests/test_e2e.py` at every commit of its `master` branch that
changed it, newest first (a phrase keeps its newest expected value), from a git
directory, and writes:

- `../timefhuman_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, as
  vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract
  --test vectors` with a pass floor (`FLOORS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/alvinwan+timefhuman/repo). Converted up to commit
7a4940bda39113a1d327bc8342f1ad878520e4c3 (2025-07-11), read with `git log` and `git
show COMMIT:path` and parsed with `ast` (the expected values are literals; nothing of
timefhuman is run).

How a case is read. Each `pytest.mark.parametrize` entry `(text, expected)` of a test
that runs timefhuman with its defaults or with `infer_datetimes=False` is kept; entries
of tests with other options (`direction`, `return_matched_text` aside) are excluded. The
reference is the suite's `now` fixture, Saturday 2018-08-04 14:00 (a wall time; the
cases put it in `America/Toronto`). timefhuman's value (a datetime, a date, a time, or a
pair of them for a range) says what was said; the label comes from the SPEC §2 rules of
`speclabel.py` (with the `blindlib.py` oracle), with a `note` where timefhuman's value
differs. Lists of choices, durations, time zones, written numeric dates and past
phrases are excluded with their reasons; an empty expected list is a phrase that must
give nothing. Standard library only.
"""

import ast
import re
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path

HEAD = "7a4940bda39113a1d327bc8342f1ad878520e4c3"
DEFAULT_GIT_DIR = "/work/.mirror/alvinwan+timefhuman/repo"
SOURCE = "tests/test_e2e.py"
TZ = "America/Toronto"
NOW = datetime(2018, 8, 4, 14, 0)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import add_case, finish, git_show  # noqa: E402
from speclabel import label, says_clock  # noqa: E402

KEPT_TESTS = ("test_default", "test_no_inference", "test_matched_text")


def commits(git_dir):
    """The commits of `HEAD`'s history that changed the test file, newest first."""
    out = subprocess.run(["git", "--git-dir", git_dir, "log", "--format=%H", HEAD, "--", SOURCE],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def value(node):
    """A literal expected value: datetime/date/time, tuples and lists of them, a
    timedelta as ('timedelta',), a zone-aware value as ('zone',), else ('other',)."""
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [value(e) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        if any(k.arg == "tzinfo" for k in node.keywords):
            return ("zone",)
        args = [a.value for a in node.args if isinstance(a, ast.Constant)]
        kwargs = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
        if name.endswith("datetime.datetime") or name == "datetime":
            return datetime(*args, **kwargs)
        if name.endswith("datetime.date"):
            return date(*args, **kwargs)
        if name.endswith("datetime.time"):
            return time(*args, **kwargs)
        if name.endswith("timedelta"):
            return ("timedelta",)
        if name.endswith("localized_datetime"):
            return ("zone",)
    return ("other",)


def entries(src):
    """(test name, text, expected) for every parametrize entry of the file."""
    tree = ast.parse(src)
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        for dec in fn.decorator_list:
            if not (isinstance(dec, ast.Call) and ast.unparse(dec.func).endswith("parametrize")):
                continue
            for elt in dec.args[1].elts:
                if not isinstance(elt, ast.Tuple) or len(elt.elts) < 2:
                    continue
                first = elt.elts[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield fn.name, first.value, value(elt.elts[1])
                elif len(elt.elts) == 3 and isinstance(elt.elts[1], ast.Constant):
                    yield "config:" + fn.name, elt.elts[1].value, ("other",)


def as_point(v, ref_dt):
    """(naive datetime, has date, has time) of one value, or None."""
    if isinstance(v, datetime):
        return v, True, True
    if isinstance(v, date):
        return datetime.combine(v, time()), True, False
    if isinstance(v, time):
        return datetime.combine(ref_dt.date(), v), False, True
    return None


def convert(test, text, expected, ref):
    if test.startswith("config:") or test not in KEPT_TESTS:
        return None, "a test with timefhuman's options (direction, timezone): not its defaults"
    if test == "test_matched_text":
        expected = [e[2] if isinstance(e, tuple) and len(e) == 3 else ("other",) for e in expected]
    if not isinstance(expected, list):
        return None, "an expected value that is not a list of results"
    if not text.strip():
        return None, "an empty text"
    if not expected:
        if says_clock(text.lower()):
            return None, "timefhuman finds nothing in a phrase that says a clock time: SPEC reads one"
        return {"when": None, "part_of_day": None, "window": None}, None
    if len(expected) > 1 or isinstance(expected[0], list):
        return None, "several dates or a list of choices in one phrase: SPEC gives one start"
    v = expected[0]
    if isinstance(v, tuple) and v and v[0] in ("zone", "timedelta", "other"):
        return None, {"zone": "a time zone: SPEC reads every time in the business's zone",
                      "timedelta": "a duration ('30 minutes', '2 hours'): SPEC has no length",
                      "other": "a value this converter does not read"}[v[0]]
    end = None
    if isinstance(v, tuple) and len(v) == 2:
        start, end = as_point(v[0], NOW), as_point(v[1], NOW)
        if start is None or end is None:
            return None, "a range of durations or zones: SPEC gives one start"
        if test == "test_default" and start[1] and not start[2]:
            return None, "a range of days: SPEC gives one start"
        end = end[0]
    else:
        start = as_point(v, NOW)
        if start is None:
            return None, "a value this converter does not read"
    point, has_date, has_time = start
    if test == "test_default" and has_time and (point.hour, point.minute) == (0, 0) and end is None:
        has_time = False  # timefhuman gives a day alone as its midnight when inferring
    return label(text, ref, point, has_date, has_time, end=end)


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    ref = Ref(TZ, NOW.year, NOW.month, NOW.day, NOW.hour, NOW.minute)
    kept, excluded, seen = [], [], set()
    for commit in commits(git_dir):
        for test, text, expected in entries(git_show(git_dir, commit, SOURCE)):
            if text in seen:
                continue
            seen.add(text)
            want, why = convert(test, text, expected, ref)
            if want is None:
                excluded.append({"text": text, "test": test, "commit": commit[:7], "reason": why})
                continue
            add_case(kept, "timefhuman-en", text, ref.now, TZ, want, why)
    finish(HERE.parent / "timefhuman_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
