"""Output shared by the public-corpus converters (`duckling/convert.py`,
`chrono/convert.py`, `parsedatetime/convert.py`, `recognizers/convert.py`,
`ctparse/convert.py`, `libphonenumber/convert.py`, `dateparser/convert.py`,
`chronic/convert.py`, `natty/convert.py`, `timefhuman/convert.py`, `duckling_fr/convert.py`,
`chrono_fr/convert.py`, `duckling_phone/convert.py`, `when/convert.py`,
`sherlock/convert.py`): the cases
and the exclusions as JSON Lines, and a count of the exclusions by reason on stderr.
Standard library only."""

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path


def first_reason(table, lang, low):
    """The reason of the first `(language or None, pattern, reason)` row of `table` whose
    pattern is found in the lower-case text `low`, for that language; else None."""
    for which, pattern, reason in table:
        if which in (None, lang) and re.search(pattern, low):
            return reason
    return None


def write_lines(path, rows):
    """One JSON object a line, UTF-8 kept as written."""
    with open(path, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def report(kept, excluded):
    """How many cases were kept and excluded, and the exclusions by reason, most first."""
    reasons = {}
    for e in excluded:
        reasons[e["reason"]] = reasons.get(e["reason"], 0) + 1
    print(f"{kept} cases kept, {len(excluded)} excluded", file=sys.stderr)
    for r, n in sorted(reasons.items(), key=lambda x: -x[1]):
        print(f"  {n:4}  {r}", file=sys.stderr)


def git_show(git_dir, commit, path):
    """The text of `path` at `commit` in the git directory `git_dir` (no checkout needed)."""
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True, text=True).stdout


def git_files(git_dir, commit, folder, suffix):
    """The paths under `folder` at `commit` whose names end with `suffix`, sorted."""
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", commit, folder],
                           check=True, capture_output=True, text=True).stdout.split()
    return sorted(n for n in names if n.endswith(suffix))


def add_case(kept, prefix, text, now, tz, expected, note, lang=None):
    """Appends a time case numbered after the cases already kept (`prefix-0001` ...),
    with its `note` when there is one, and `"lang"` before the text when given."""
    case = {"id": f"{prefix}-{len(kept) + 1:04}", "kind": "time"}
    if lang:
        case["lang"] = lang
    case.update({"text": text, "now": now, "tz": tz, "expected": expected})
    if note:
        case["note"] = note
    kept.append(case)


def finish(cases_path, kept, excluded_path, excluded, heading=None):
    """Writes the cases and the exclusions, then reports the counts (under `heading`, a
    line of its own, when one converter writes several files)."""
    kept = list(kept)
    write_lines(cases_path, kept)
    write_lines(excluded_path, excluded)
    if heading:
        print(heading, file=sys.stderr)
    report(len(kept), excluded)


def converter(folder):
    """Another converter of this directory, `<folder>/convert.py`, as a module (its
    readers and helpers; its `main` is not run)."""
    path = Path(__file__).resolve().parent / folder / "convert.py"
    spec = importlib.util.spec_from_file_location(f"{folder}_convert", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source(here, extract):
    """The rows of `here/source.jsonl` (a converter's copy of its source's test data),
    first rewritten by `extract(GIT_DIR)` when the converter runs with `--extract
    GIT_DIR`."""
    if len(sys.argv) == 3 and sys.argv[1] == "--extract":
        extract(sys.argv[2])
    with open(here / "source.jsonl", encoding="utf-8") as rows:
        return [json.loads(line) for line in rows]
