"""The entries of scrapinghub/dateparser's tests, read without running them.

`entries(git_dir)` parses the test files with `ast` (the code is never run or copied) and
yields one `Entry` per English or French `param(...)` of the tests listed in `TESTS`: the
phrase, its language, the reference instant the test sets (`RELATIVE_BASE`, the frozen
`now` of the freshness tests) and the value dateparser must return for it, when the test
gives one. Languages come from the test's language argument, or else from the section
comment above the `param` ("# English dates", "# French dates", "# fr"); the tests without
either (`test_date_parser.py`) are sorted by `reading.language_of`. Standard library only.
"""

import ast
import re
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from reading import language_of

COMMIT = "315e396b35cf131df1b8df15144fe2d60aa6d74a"
FILES = (
    "tests/test_search.py",
    "tests/test_date_parser.py",
    "tests/test_languages.py",
    "tests/test_freshness_date_parser.py",
)
FRESHNESS_NOW = datetime(2014, 9, 1, 10, 30)  # `setUp` of TestFreshnessDateDataParser
SECTION = re.compile(r"^\s*#\s*(English|French|en|fr|fr-CA)\b(?:\s+dates)?\s*$")
OTHER_SECTION = re.compile(r"^\s*#\s*([A-Z][a-z]+(?: dates)?|[a-z]{2,3}(?:-[A-Za-z]+)?)\s*$")


@dataclass
class Entry:
    source: str  # "file::test"
    lang: str
    text: str
    now: datetime | None  # the test's reference, None when dateparser uses the clock
    value: datetime | None  # what dateparser must return, when the test says
    results: int = 1  # how many dates a search test expects in the text
    translation: str | None = None  # test_languages: dateparser's English rendering


class _Unknown(Exception):
    """A value the test computes at run time (`today.month`): not read."""


def _eval(node):
    """The value of a literal, `datetime(...)`, `date(...)`, `time(...)`,
    `timedelta(...)` or a dict of those; `_Unknown` for anything else."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {_eval(k): _eval(v) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand)
    if isinstance(node, ast.Call):
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        ctor = {"datetime": datetime, "date": date, "time": time, "timedelta": timedelta}.get(name)
        if ctor and not any(k.arg == "tzinfo" for k in node.keywords):
            args = [_eval(a) for a in node.args]
            kwargs = {k.arg: _eval(k.value) for k in node.keywords}
            return ctor(*args, **kwargs)
    raise _Unknown()


def _value(node):
    try:
        return _eval(node)
    except (_Unknown, TypeError, ValueError):
        return _Unknown


def _section_langs(src):
    """Line number -> language of the section comment above it ('en', 'fr' or None)."""
    langs, current = {}, None
    for n, line in enumerate(src.splitlines(), 1):
        m = SECTION.match(line)
        if m:
            current = "en" if m.group(1) in ("English", "en") else "fr"
        elif OTHER_SECTION.match(line) and not re.match(r"^\s*#\s*(from now|Fractional units)", line):
            current = None
        langs[n] = current
    return langs


def _params(src):
    """(test name, param line, positional values, keyword values, decorator source)."""
    tree = ast.parse(src)
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        for dec in node.decorator_list:
            if not (isinstance(dec, ast.Call) and getattr(dec.func, "attr", "") == "expand"):
                continue
            for el in getattr(dec.args[0], "elts", []):
                if isinstance(el, ast.Call) and getattr(el.func, "id", "") == "param":
                    args = [_value(a) for a in el.args]
                    kwargs = {k.arg: _value(k.value) for k in el.keywords}
                    yield node, el.lineno, args, kwargs


def _base(fn, bound):
    """The RELATIVE_BASE a test sets: its `relative_base` argument, the param's settings,
    or a `datetime(...)` (or a name assigned one) in the test body."""
    if isinstance(bound.get("relative_base"), datetime):
        return bound["relative_base"]
    settings = bound.get("settings")
    if isinstance(settings, dict) and isinstance(settings.get("RELATIVE_BASE"), datetime):
        return settings["RELATIVE_BASE"]
    names = {}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            names[node.targets[0].id] = _value(node.value)
    for node in ast.walk(fn):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                if isinstance(k, ast.Constant) and k.value == "RELATIVE_BASE":
                    val = names.get(v.id) if isinstance(v, ast.Name) else _value(v)
                    if isinstance(val, datetime):
                        return val
    return None


def _bind(fn, args, kwargs):
    """The param's values by the test's argument names."""
    names = [a.arg for a in fn.args.args][1:]
    bound = dict(zip(names, args))
    bound.update(kwargs)
    return bound


def _text(v):
    return v if isinstance(v, str) else None


def _entries_of(path, src):
    sections = _section_langs(src)
    for fn, line, args, kwargs in _params(src):
        test = fn.name
        source = f"{path.split('/')[-1]}::{test}"
        bound = _bind(fn, args, kwargs)
        base = _base(fn, bound)
        if path.endswith("test_search.py"):
            if not args or args[0] not in ("en", "fr"):
                continue
            lang, text = args[0], _text(args[1]) if len(args) > 1 else None
            if text is None:
                continue
            found = args[2] if len(args) > 2 else kwargs.get("expected")
            if isinstance(found, list):
                value = found[0][1] if len(found) == 1 and isinstance(found[0], list) else None
                yield Entry(source, lang, text, base, value, results=len(found))
            else:
                # No expected list: the test says the text is one date; a list computed
                # at run time (`today.month`) is counted as several.
                yield Entry(source, lang, text, base, None, results=2 if found is _Unknown else 1)
        elif path.endswith("test_languages.py"):
            if test not in ("test_translation", "test_freshness_translation"):
                continue
            if len(args) >= 3 and args[0] in ("en", "fr") and _text(args[1]):
                yield Entry(source, args[0], args[1], None, None, translation=_text(args[2]))
        elif path.endswith("test_freshness_date_parser.py"):
            lang = sections.get(line)
            text = _text(args[0]) if args else None
            if lang is None or text is None:
                continue
            if test == "test_relative_future_dates":
                delta = kwargs.get("in_future")
                value = None
                if isinstance(delta, dict) and set(delta) <= {"days", "weeks"}:
                    value = FRESHNESS_NOW + timedelta(**delta)
                yield Entry(source, lang, text, FRESHNESS_NOW, value)
            elif test == "test_freshness_date_with_relative_base":
                d, t = args[1], args[2]
                value = datetime.combine(d, t) if isinstance(d, date) and isinstance(t, time) else None
                yield Entry(source, lang, text, base, value)
            elif test in ("test_relative_past_dates", "test_normalized_relative_dates"):
                yield Entry(source, lang, text, FRESHNESS_NOW, None)
        elif path.endswith("test_date_parser.py"):
            text = _text(bound.get("date_string"))
            lang = language_of(text) if text else None
            if lang is None:
                continue
            value = bound.get("expected")
            if "TIMEZONE" in ast.dump(fn):  # the test converts zones: its value is not the said time
                value = None
            if isinstance(value, timedelta) and base is not None:
                value = base + value
            if isinstance(bound.get("expected_delta"), timedelta) and base is not None:
                value = base + bound["expected_delta"]
            yield Entry(source, lang, text, base, value if isinstance(value, datetime) else None)


def entries(git_dir):
    for path in FILES:
        src = subprocess.run(["git", "-C", git_dir, "show", f"{COMMIT}:{path}"],
                             capture_output=True, check=True).stdout.decode("utf-8")
        yield from _entries_of(path, src)
