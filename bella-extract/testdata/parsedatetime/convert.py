#!/usr/bin/env python3
"""Converts parsedatetime's English tests into Bella's vector format.

parsedatetime (github `bear/parsedatetime`, Apache 2.0; the files themselves are not
kept here) is the date parser of the Python stack Bella replaces. Its tests are Python
methods that compute each expected value from the machine's clock, so this script does
not read them as text: it runs them, with the clock frozen at one reference instant and
`pdt.Calendar` replaced by a recorder, and keeps each phrase the tests hand to
`parse`/`parseDT`/`evalRanges` with the value the test expects for it. It writes:

- `../parsedatetime_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, as
  vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract
  --test vectors` with a pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/bear+parsedatetime/repo; any clone holding the commit below will do)

Converted from commit 2a4b16901794f8dc71721d51aef6e1ecd643868b (2024-08-07), read
with `git archive`, so the output does not depend on the clone's checkout.

The clock: the tests run twice, each time in a fresh interpreter (`--record`), with
`time.localtime()`, `time.time()` and `datetime.now()` reading one of `REFERENCES`:
Tuesday 2026-11-17 10:15 in America/Edmonton (the SPEC's example instant) and Saturday
2027-03-13 19:40 in America/Vancouver (evening, the eve of the spring clock change).
That is the `now` of a case whose test gives no reference of its own; a test that passes
its own reference (`parse(text, sourceTime)`) gets that wall time in the run's zone.
A phrase whose case is the same at both (same text, same wall `now`) is kept once.

The labels follow SPEC §2, not parsedatetime: a date-only answer is `YYYY-MM-DD` (the
tests carry the clock's hour along), a time already past today is tomorrow, a bare hour
1 to 6 is p.m., a range of hours on one day is a `window`. Each relabelled case says
why in its `note`. A reading SPEC does not settle is excluded with its reason, never
relabelled to match Bella. Standard library only (parsedatetime itself comes from the
mirror's own tree).
"""

import contextlib
import datetime as dt_module
import importlib
import io
import json
import os
import re
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import types
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

COMMIT = "2a4b16901794f8dc71721d51aef6e1ecd643868b"
DEFAULT_GIT_DIR = "/work/.mirror/bear+parsedatetime/repo"
# The reference instants (zone, wall time) the tests are run at, one run each: a
# Tuesday morning, and a Saturday evening on the eve of the spring clock change.
REFERENCES = [("America/Edmonton", datetime(2026, 11, 17, 10, 15)),
              ("America/Vancouver", datetime(2027, 3, 13, 19, 40))]
TZ, NOW = REFERENCES[0]  # the run under way
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpuslib import finish  # noqa: E402  (beside this folder)

# Whole test files left out, with the reason.
FILE_EXCLUSIONS = {
    "TestFrenchLocale.py": "another locale (fr_FR, France): not English; SPEC-fr.md is Canadian French",
    "TestLocaleBase.py": "another locale (fr_FR, France): not English; SPEC-fr.md is Canadian French",
    "TestGermanLocale.py": "another locale (de_DE): not English",
    "TestRussianLocale.py": "another locale (ru_RU): not English",
    "TestAustralianLocale.py": "the en_AU locale (day-first dates): SPEC gives no day-first reading",
}
# Calls whose result is not one start, and tests that check no date.
METHOD_REASONS = {
    "nlp": "nlp(): every date of a text with its span; SPEC gives one start per turn",
    "unchecked": "the test checks only accuracy flags or a computed delta, not a date",
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
DAY_NAMES = r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b"
MONTH_NAMES = r"\b(" + "|".join(MONTHS) + r")[a-z]*\b"
# am/pm said, or a 24-hour form (two-digit hour 13-23, '0730', 'noon', 'midnight').
MERIDIEM = r"\d\s*[ap]\b|\d\s*[ap]\.?\s*m\b|\b[ap]\.m\b|\bnoon\b|\bmidnight\b|\bmorning\b|\bafternoon\b|" \
    r"\bevening\b|\bnight\b|\btonight\b"

# The weekday and month names and abbreviations English writers use.
STANDARD_ABBREVIATIONS = set(WEEKDAYS) | {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
                                          "sat", "sun"} | {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sept"} | set(MONTHS)
# Families whose SPEC reading is not settled: (pattern on the lowercase text, reason).
# First match wins.
TEXT_EXCLUSIONS = [
    (r"\b(ago|last|yesterday|before now|before today|prior|previous|earlier|past)\b|^-",
     "a past phrase: SPEC drops past phrases (future bias)"),
    (r"\b(eod|eom|eoy|end of)\b", "an end of day, month or year: SPEC gives no start for it"),
    (r"\d:\d\d:\d\d|\bsec(ond)?s?\b|\d\s*s\b|\d{6}",
     "seconds: SPEC gives minutes"),
    (r"^(right )?now$", "an instant ('now'): SPEC gives no start for now"),
    (r"^\d{1,2}\.\d{1,2}$|\d\s*[ap]\w*\s+\d{1,2}\.\d{1,2}$",
     "a dotted month.day ('8.25'): SPEC reads '9.30' as a clock time"),
    (r"\b(1[3-9]|2\d)\s*[ap]\.?m\b", "an hour 13-23 with a.m./p.m. ('23PM'): SPEC does not settle it"),
    (r"[+]", "pdt's '+ 3 days' shorthand: not a phrasing SPEC reads"),
    (r"^\d{1,2}a$", "a glued 'a' alone ('11a'): SPEC names 'a.m.'; alone it is also a code "
                    "('unit 4a')"),
    (r"(years?|yrs?|months?|mths?)\b|\d\s*(y|mo|mth)\b",
     "years or months as an amount: SPEC books days and weeks ahead"),
    (r"\b(this|next) week\b|\bweekend\b|\bnext (hour|day|minute|min|\d+)\b",
     "a week or 'next hour/day': SPEC gives 'next' only before a weekday"),
    (r"\d\s*(w|d|h|hr|m)\b(?!\S)|\b(h|hr|hrs|dy|wk)\b|\d(w|d|h|m)\d",
     "pdt's unit shorthand ('3w 5d', '5h'): not a phrasing SPEC reads"),
    (r"^(an?|one|two|three|four|five|\d+)\s*(min(ute)?s?|hours?|days?|dys?|weeks?|wks?)$",
     "an amount alone ('5 minutes', '1 day'): a length, not a start; SPEC counts 'in N days'"),
    (r"\b(min(ute)?s?|hours?|days?)\s+(before|after|from)\s+(?!now\b)",
     "an offset from a said time ('one hour from Thursday'): SPEC names offsets from now only"),
    (r"\b(christmas|easter|new year|thanksgiving|halloween)\b", "a named holiday: SPEC names none"),
    (r"\b(early|late|mid|lunch|breakfast|dinner)\b",
     "a meal or an early/late part of a span: SPEC has three parts of day"),
    (r"\b(after|before|from now|hence|later)\b.*\b(after|before)\b|\b\d+\s*\w+\s+(after|before)\s+\d",
     "an offset from a said time ('5 minutes after 3pm'): SPEC names offsets from now only"),
]


def freeze_clock():
    """Every clock the tests read says NOW, wall time in TZ."""
    os.environ["TZ"] = TZ
    time.tzset()
    frozen = time.mktime(NOW.timetuple())
    real_localtime = time.localtime
    time.localtime = lambda secs=None: real_localtime(frozen if secs is None else secs)
    time.time = lambda: frozen

    class FrozenDateTime(dt_module.datetime):
        @classmethod
        def now(cls, tz=None):
            return cls(NOW.year, NOW.month, NOW.day, NOW.hour, NOW.minute)

        @classmethod
        def today(cls):
            return cls.now()

    dt_module.datetime = FrozenDateTime


class Anything:
    """Stands for a parse result where a test reads it with `==` or an index."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __getitem__(self, i):
        if isinstance(i, int) and i > 2:
            raise IndexError(i)
        return Anything()

    def __iter__(self):
        raise TypeError("a recorded call is not a value")


class Call(Anything):
    """One call of the recording Calendar: the method, the text, the reference."""

    def __init__(self, log, fn, text, source):
        self.fn, self.text, self.source = fn, text, source
        self.check, self.kwargs = None, {}
        log.append(self)


def record(git_dir):
    """[(test file, call)] for every phrase the tests hand to the parser."""
    with tempfile.TemporaryDirectory(prefix="pdt-") as tree:
        return record_in(git_dir, tree)


def record_in(git_dir, tree):
    """`record` with the tests unpacked into `tree`."""
    data = subprocess.run(["git", "-C", git_dir, "archive", COMMIT, "parsedatetime", "tests"],
                          capture_output=True, check=True).stdout
    tarfile.open(fileobj=io.BytesIO(data)).extractall(tree)
    freeze_clock()
    sys.path.insert(0, tree)
    sys.modules["pytest"] = types.ModuleType("pytest")  # imported, never used
    import parsedatetime as pdt

    log = []

    class Recorder(pdt.Calendar):
        def parse(self, text, sourceTime=None, version=None):
            return Call(log, "parse", text, sourceTime)

        def parseDT(self, text, sourceTime=None, tzinfo=None, version=None):
            return Call(log, "parseDT", text, sourceTime)

        def nlp(self, text, sourceTime=None, version=None):
            return Call(log, "nlp", text, sourceTime)

        def evalRanges(self, text, sourceTime=None):
            return Call(log, "evalRanges", text, sourceTime)

    pdt.Calendar = Recorder

    def expect(self, result, check, *args, **kwargs):
        if isinstance(result, Call):
            result.check, result.kwargs = check, kwargs

    def timeout(*_):
        raise TimeoutError("a test loops on a recorded value")

    signal.signal(signal.SIGALRM, timeout)
    calls = []
    for name in sorted(os.listdir(Path(tree) / "tests")):
        if not re.fullmatch(r"Test\w+\.py", name):
            continue
        test = importlib.import_module("tests." + name[:-3]).test
        for attr in dir(test):
            if attr.startswith("assertExpected"):
                setattr(test, attr, expect)
        for method in sorted(m for m in dir(test) if m.startswith("test")):
            start = len(log)
            case = test(method)
            signal.alarm(5)
            try:
                with contextlib.redirect_stdout(io.StringIO()):  # a test prints
                    case.setUp()
                    getattr(case, method)()
            except Exception:  # a test that computes with a result: the calls before it count
                pass
            finally:
                signal.alarm(0)
            calls += [(name, c) for c in log[start:]]
    return calls


def wall(t):
    """A naive datetime from a timetuple, a datetime or None (NOW)."""
    if t is None:
        return NOW
    if isinstance(t, datetime):
        return datetime(t.year, t.month, t.day, t.hour, t.minute, t.second)
    return datetime(*tuple(t)[:6])


# pdtContext's accuracy bits (parsedatetime/context.py).
ACU_DATE, ACU_HALFDAY, ACU_HOUR, ACU_MIN, ACU_SEC = 0b1111, 16, 32, 64, 128


def plain(value):
    """A recorded value as JSON: a time as [y, m, d, h, min, s], a context as
    {"acc": bits} (or {"flags": n}, the old flag style), a tuple as a list."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        return {"flags": value}
    if hasattr(value, "accuracy"):
        return {"acc": value.accuracy}
    if isinstance(value, datetime):
        return list(value.timetuple())[:6]
    if isinstance(value, time.struct_time) or (isinstance(value, tuple) and len(value) == 9
                                               and all(isinstance(v, int) for v in value)):
        return list(value)[:6]
    return [plain(v) for v in value]


def accuracy(ctx):
    """(has a date, has a time of day, found anything) of a test's expected context."""
    if "flags" in ctx:  # the old flag style: 1 date, 2 time, 3 both
        n = ctx["flags"]
        return bool(n & 1), bool(n & 2), n != 0
    acc = ctx["acc"]
    return bool(acc & ACU_DATE), bool(acc & (ACU_HALFDAY | ACU_HOUR | ACU_MIN | ACU_SEC)), acc != 0


def spec_weekday(low, now):
    """The SPEC day of a weekday phrase ('Friday', 'next Friday'), or None."""
    m = re.search(DAY_NAMES, low)
    if not m:
        return None
    w = next(i for i, d in enumerate(WEEKDAYS) if d.startswith(m.group(1)))
    if re.search(r"\bnext\s+" + m.group(0), low):
        monday = now.date() - timedelta(days=now.weekday()) + timedelta(days=7)
        return monday + timedelta(days=w)
    return now.date() + timedelta(days=(w - now.weekday()) % 7 or 7)


def bare_hours(low):
    """Clock hours said without am/pm or a 24-hour form, as (hour, is zero-led)."""
    out = []
    for m in re.finditer(r"(?<![\d/.$])(\d{1,2})(?::(\d\d))?(?![\d/])", low):
        if re.match(r"\s*(st|nd|rd|th)\b", low[m.end():]):
            continue
        out.append((int(m.group(1)), m.group(1).startswith("0")))
    return out


def convert(name, call):
    """(now, expected, note) for a case, or (None, None, reason) for an exclusion."""
    text = call.text
    if name in FILE_EXCLUSIONS:
        return None, None, FILE_EXCLUSIONS[name]
    if call.fn == "nlp":
        return None, None, METHOD_REASONS["nlp"]
    if call.check is None:
        return None, None, METHOD_REASONS["unchecked"]
    now = wall(call.source).replace(second=0)
    low = text.lower().strip(" \"'()")
    if call.fn == "evalRanges":
        return convert_range(low, now, call.check)
    target, ctx = call.check[0], call.check[1]
    has_date, has_time, found = accuracy(ctx)
    if not found:
        if re.fullmatch(r"\d{1,4}", low):
            return None, None, ("a number alone: SPEC reads '3' as 15:00 and '930' as 09:30; "
                                "parsedatetime finds none")
        if re.search(r"\d\s*[ap]", low) and re.fullmatch(r"\d{1,2}\s*[ap]\w*", low):
            return None, None, ("an hour with a word that is not a.m./p.m.: SPEC's bare-hour "
                                "reading may take the hour")
        if re.search(r"(^|\s)(0?[1-9]|1[0-2])(\s|$)|\d[a-z]", low):
            return None, None, ("a number before a made-up word ('1 mondayfoo', '300ml'): "
                                "SPEC's bare-hour and '930' readings may take it")
        return now, {"when": None}, None
    if name == "TestAlternativeAbbreviations.py" and low not in STANDARD_ABBREVIATIONS:
        return None, None, ("an abbreviation of the test's own locale ('mond', 'febr', 'su'): "
                            "not English usage")
    for pattern, reason in TEXT_EXCLUSIONS:
        if re.search(pattern, low):
            return None, None, reason
    start = wall(target)
    if has_time and ctx.get("acc", 0) & ACU_HALFDAY and not ctx["acc"] & (ACU_HOUR | ACU_MIN) \
            and low != "noon":
        part = next((p for w, p in (("morning", "morning"), ("afternoon", "afternoon"),
                                    ("evening", "evening"), ("tonight", "evening"))
                     if re.search(r"\b" + w + r"\b", low)), None)
        if part is None:
            return None, None, "a part of day SPEC does not name ('night', 'eod')"
        begins = {"morning": 0, "afternoon": 12, "evening": 17}[part]
        if not re.search(r"\b(today|tomorrow)\b|" + DAY_NAMES, low) and now.hour >= begins:
            return None, None, ("a part of day already under way, without a day: SPEC does not "
                                "settle today or tomorrow")
        return now, {"when": start.strftime("%Y-%m-%d"), "part_of_day": part}, \
            "parsedatetime gives the part's hour; SPEC §2: the day and the part"
    note = None
    explicit_year = has_date and re.search(r"\b(19|20)\d\d\b|\d+[/.-]\d+[/.-]\d+", low)
    if re.search(DAY_NAMES, low) and not re.search(MONTH_NAMES + r"|\d+[/.]\d+", low):
        want = spec_weekday(low, now)
        if want != start.date():
            if re.search(r"\d|\b(today|tomorrow|tonight)\b", low):
                return None, None, ("a weekday parsedatetime reads otherwise, said with more "
                                    "than the weekday: SPEC does not settle it")
            note = ("parsedatetime reads the weekday in this week; SPEC §2: a weekday alone is "
                    "the next such day after today")
            start = datetime.combine(want, start.time())
    if re.search(DAY_NAMES, low) and re.search(MONTH_NAMES + r"|\d+[/.]\d+", low):
        m = re.search(DAY_NAMES, low)
        if start.weekday() != next(i for i, d in enumerate(WEEKDAYS) if d.startswith(m.group(1))):
            return None, None, "a weekday that contradicts the date: SPEC does not settle which is meant"
    if not has_time:
        if start.date() < now.date():
            return None, None, "a date in the past: SPEC drops past phrases (future bias)"
        if not explicit_year and start.date() - now.date() > timedelta(days=366):
            return None, None, "more than a year ahead: SPEC takes the nearest date"
        if not re.search(r"\d|\b(today|tomorrow|tonight)\b|" + DAY_NAMES + r"|\b(one|two|three|four|five|"
                         r"six|seven|eight|nine|ten|first|second|third|\w+th|weeks?)\b", low):
            return None, None, "a month alone: SPEC leaves the day unknown"
        if re.search(MONTH_NAMES + r"\.?\s+\d{4}\b", low) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)",
                                                                           re.sub(r"\d{4}", "", low)):
            return None, None, "a month and year alone: SPEC leaves the day unknown"
        if start.hour != now.hour or start.minute != now.minute:
            pass
        if note is None and (start.hour, start.minute) != (0, 0):
            note = "parsedatetime carries the clock's hour on a date; SPEC §2: a day alone is YYYY-MM-DD"
        return now, {"when": start.strftime("%Y-%m-%d")}, note
    # A time of day is said (or an offset from now in minutes or hours).
    relative = re.search(r"\b(min(ute)?s?|hours?)\b", low)
    if not relative and not re.search(MERIDIEM, low):
        for hour, zero_led in bare_hours(low):
            if 1 <= hour <= 6:
                if zero_led or re.search(r"\b\d{4}\b", re.sub(r"\b(19|20)\d\d\b", "", low)):
                    return None, None, ("a zero-led hour 01 to 06 without a.m./p.m. ('03:15', "
                                        "'0300'): SPEC does not say whether it is 24-hour")
                if start.hour == hour:
                    start += timedelta(hours=12)
                    note = ("parsedatetime reads a bare hour 1 to 6 as a.m.; SPEC §2: it is a "
                            "business hour, p.m.")
    dated = has_date or explicit_year or re.search(r"\b(today|tomorrow|tonight)\b|" + DAY_NAMES, low)
    if not dated and not relative and start < now:
        if start.date() == now.date():
            start += timedelta(days=1)
            note = "parsedatetime keeps a time already past today; SPEC §2: it is tomorrow (future bias)"
    if start < now:
        return None, None, "in the past: SPEC drops past phrases (future bias)"
    if not explicit_year and start.date() - now.date() > timedelta(days=366):
        return None, None, "more than a year ahead: SPEC takes the nearest date"
    return now, {"when": start.strftime("%Y-%m-%dT%H:%M")}, note


def convert_range(low, now, check):
    """A range of hours on one day as a SPEC window, else an exclusion."""
    first, last = wall(check[0]), wall(check[1])
    if re.search(r"\d:\d\d:\d\d", low):
        return None, None, "seconds: SPEC gives minutes"
    if first.date() != last.date() or re.search(MONTH_NAMES + r"|" + DAY_NAMES + r"|/", low):
        return None, None, "a range of days: SPEC gives one start"
    if first >= last:
        return None, None, "an end before the start"
    if not re.search(MERIDIEM + r"|\b(1[3-9]|2\d):", low):
        return None, None, "a range of bare hours parsedatetime reads as a.m.: SPEC reads business hours"
    day = now.date() if last > now else now.date() + timedelta(days=1)
    if day != first.date() and re.search(r"\btoday\b", low):
        return None, None, "in the past: SPEC drops past phrases (future bias)"
    note = None
    if day != first.date():
        note = "parsedatetime keeps a range already past today; SPEC §2: the window is tomorrow"
    return now, {"when": day.strftime("%Y-%m-%d"),
                 "window": {"after": first.strftime("%H:%M"), "before": last.strftime("%H:%M")}}, note


def recorded(git_dir, tz, now):
    """The calls of one run at (tz, now), made in a fresh interpreter (the clock is
    frozen process-wide and the tests are imported once)."""
    out = subprocess.run([sys.executable, __file__, "--record", git_dir, tz, now.isoformat()],
                         capture_output=True, check=True, text=True).stdout
    return [(name, types.SimpleNamespace(**call)) for name, call in json.loads(out)]


def main():
    global TZ, NOW
    if sys.argv[1:2] == ["--record"]:
        git_dir, TZ, NOW = sys.argv[2], sys.argv[3], datetime.fromisoformat(sys.argv[4])
        calls = record(git_dir)
        print(json.dumps([(name, {"fn": c.fn, "text": c.text, "source": plain(c.source),
                                  "check": plain(c.check)}) for name, c in calls]))
        return
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    kept, excluded, seen = [], [], set()
    for TZ, NOW in REFERENCES:
        for name, call in recorded(git_dir, TZ, NOW):
            now, expected, reason = convert(name, call)
            key = (call.text, now and now.isoformat(), name if now is None else "")
            if key in seen:
                continue
            seen.add(key)
            if expected is None:
                excluded.append({"text": call.text, "file": name, "reason": reason})
            else:
                kept.append((call.text, now, TZ, expected, reason))

    def case(n, text, now, tz, expected, note):
        c = {"id": f"pdt-en-{n:04}", "kind": "time", "text": text,
             "now": now.replace(tzinfo=ZoneInfo(tz)).isoformat(), "tz": tz, "expected": expected}
        if note:
            c["note"] = note
        return c

    finish(HERE.parent / "parsedatetime_time_en.jsonl",
           (case(n, *k) for n, k in enumerate(kept, 1)), HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
