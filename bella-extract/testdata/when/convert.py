#!/usr/bin/env python3
"""Converts olebedev/when's (Go) English rule tests into Bella's vector format.

Source: `rules/en/*_test.go` of olebedev/when (Apache-2.0) at commit
987a8eed4b47550d4a297b27bc984f589685dd70 (2024-11-03). What the tests state is kept here
as data only, in `source.jsonl` (one line a fixture: its file, the fixture list's kind,
the text, and when's expected offset from the reference in seconds), so the conversion
re-runs offline:

    python3 convert.py                     # source.jsonl -> the files below
    python3 convert.py --extract GIT_DIR   # the test files at the commit -> source.jsonl

(`GIT_DIR` is a git directory of olebedev/when, e.g. the `fetch` mirror
/work/.mirror/olebedev+when/repo.) It writes:

- `../when_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, as vector cases
  (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract --test vectors`;
- `excluded.jsonl`: every other phrase, with the reason it is left out.

How a case is read. Every `Fixture{Text, Index, Phrase, Diff}` of a `[]Fixture` list that
the test gives to `ApplyFixtures` (when must find `Phrase` at `null` + `Diff`) or to
`ApplyFixturesNil` (when must find nothing). The reference `null` is Wednesday
2016-01-06 00:00 (a wall time; the cases put it in `America/Toronto`). when's value says
what was said; the label comes from the SPEC §2 rules of `speclabel.py` (with the
`blindlib.py` oracle), with a `note` where when's value differs (when reads "next
tuesday" said on a Wednesday as the coming one, gives "tomorrow" its midnight). Standard
library only; re-runs byte for byte.
"""

import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

COMMIT = "987a8eed4b47550d4a297b27bc984f589685dd70"
FOLDER = "rules/en/"
TZ = "America/Toronto"
NULL = datetime(2016, 1, 6, 0, 0)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import add_case, finish, git_files, git_show, source, write_lines  # noqa: E402
from speclabel import label  # noqa: E402

GO_STRING = r'"((?:[^"\\]|\\.)*)"'
FIXTURE = re.compile(r"\{" + GO_STRING + r",\s*(-?\d+),\s*" + GO_STRING + r",\s*([^{}]*?)\s*\}")
DURATIONS = {"time.Hour": "3600", "time.Minute": "60", "time.Second": "1"}


# Families of these tests SPEC §2 does not settle (beside `speclabel.EXCLUSIONS`).
EXCLUSIONS = [
    (r"\btomorrow this\b", "'tomorrow this afternoon': two days said, SPEC does not settle which"),
    (r"\bup to\b", "'up to 11:10 pm': a bound SPEC §2 does not name ('by', 'before', 'earlier than')"),
]


def seconds(expr):
    """A Go duration expression of the tests ('-(2 * 24 * time.Hour)', 'time.Hour / 2')
    in seconds."""
    for name, value in DURATIONS.items():
        expr = expr.replace(name, value)
    if not re.fullmatch(r"[\d\s()+\-*/]+", expr):
        raise ValueError(f"not a duration: {expr}")
    return int(eval(expr.replace("/", "//"), {"__builtins__": {}}))  # digits and + - * / only


def extract(git_dir):
    """The test files at COMMIT -> source.jsonl (what each fixture states)."""
    rows = []
    for path in git_files(git_dir, COMMIT, FOLDER, "_test.go"):
        src = git_show(git_dir, COMMIT, path)
        for m in re.finditer(r"(\w+) := \[\]Fixture\{(.*?)\n\t\}", src, re.S):
            name, body = m.group(1), m.group(2)
            uses = re.findall(r"(ApplyFixtures\w*)\(t, \"[^\"]*\", w, " + name + r"\)", src)
            kind = "nil" if uses and all(u == "ApplyFixturesNil" for u in uses) else \
                "error" if uses and all(u == "ApplyFixturesErr" for u in uses) else "found"
            for f in FIXTURE.finditer(body):
                rows.append({"file": path[len(FOLDER):], "kind": kind, "text": f.group(1),
                             "phrase": f.group(3), "diff_seconds": seconds(f.group(4))})
    write_lines(HERE / "source.jsonl", rows)


def convert(row, ref):
    """(expected, note) of a fixture, or (None, reason)."""
    text = row["text"]
    if row["kind"] == "error":
        return None, "a fixture when must reject with an error: not a caller's turn"
    if row["kind"] == "nil":
        if re.search(r"\b24:\d\d\b", text):
            return None, ("'24:10': an hour 24, past midnight to some readers (Bella reads 00:10) "
                          "and no time to others (when); SPEC §2 does not settle it")
        return {"when": None, "part_of_day": None, "window": None}, None
    value = NULL + timedelta(seconds=row["diff_seconds"])
    for pattern, reason in EXCLUSIONS:
        if re.search(pattern, text.lower()):
            return None, reason
    if re.search(r"\d\s*-\s*\d\d\s*(pm|pam)|\d\s*[ap]\.?(?!\s*m)(\b|$)", text.lower()):
        return None, ("when's shorthands ('5-59 pm', '5A', '5 P.', '2p'): not a form SPEC §2 "
                      "names (it reads 'a.m.'/'p.m.')")
    return label(text, ref, value, True, True)


def main():
    ref = Ref(TZ, NULL.year, NULL.month, NULL.day, NULL.hour, NULL.minute)
    kept, excluded, seen = [], [], set()
    for row in source(HERE, extract):
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        want, why = convert(row, ref)
        if want is None:
            excluded.append({"text": row["text"], "file": row["file"], "reason": why})
        else:
            add_case(kept, "when-en", row["text"], ref.now, TZ, want, why)
    finish(HERE.parent / "when_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
