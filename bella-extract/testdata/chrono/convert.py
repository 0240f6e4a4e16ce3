#!/usr/bin/env python3
"""Converts chrono-node's English time tests into Bella's vector format.

Reads the English test files `test/en/*.test.ts` of chrono-node (github
`wanasit/chrono`, MIT licence; the files themselves are not kept here) and writes:

- `../chrono_time_en.jsonl`: the test phrases whose SPEC §2 reading is settled, as
  vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract
  --test vectors` with a pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py path/to/chrono/test/en

Converted from commit 82c0e5bc0e4db19eb402423baf1b558850947b2b (2026-07-20).

Only literal calls are read: `testSingleCase(parser, "text", new Date(...)[, options],
(result) => {...})`, `testWithExpectedDate(...)` and `testUnexpectedResult(parser,
"text", ...)`. The expected start comes from the test's `expect(result.start)
.toBeDate(new Date(...))` or its `result.start.get("year"|"month"|"day"|"hour"|
"minute")` checks, the end of a range from `result.end`. Chrono's reference is a local
wall time of the machine running the tests; the cases give `now` the same wall time in
`America/Toronto`, with that zone's offset on that date.

The labels follow SPEC §2, not chrono: a phrase whose SPEC reading differs from
chrono's (a weekday already past this week, a past date, a bare hour 1 to 6 that chrono
reads as a.m.) is excluded with its reason, never relabelled to match Bella.
"""

import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

TZ = "America/Toronto"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpuslib import finish  # noqa: E402  (beside this folder)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
ZONES = (r"\b(cet|cst|cdt|pst|pdt|est|edt|gmt|utc|ist|bst|mst|mdt|jst|aest|acdt|z|ct|et|pt|"
         r"eastern|pacific|central|mountain)\b|[+-]\d{2}:?\d{2}\b|\d[zZ]\b")
PARTS = [("morning", "morning"), ("afternoon", "afternoon"), ("evening", "evening"),
         ("tonight", "evening"), ("night", "evening")]
# A time of day said in the phrase (else chrono's hour is implied: a day alone).
CLOCK = (r"\d\s*:\s*\d|\bo'?\s?clock\b|\d\s*\.\s*\d\d\b|\d\s*(a|p)\.?\s*m\b|\b(noon|midday|midnight)\b|"
         r"\bo'?clock\b|\bat \d|\b\d+\s*(in the|at) (morning|afternoon|evening|night)|"
         r"\b\d+\s*(tonight|at night)\b|\b\d{1,2}\s*-\s*\d{1,2}\b|\d\s*h\b")
RELATIVE_CLOCK = r"(?<![a-z])(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b"
# A window's single bound said with a clock time: SPEC §2 gives a window, not a start.
BOUND = r"\b(before|after|by|earlier than|later than|no later than|not before)\s+(\d|noon|midnight)"
# Chrono's reference when a negative test gives none (the "must find nothing" cases do
# not depend on it): 2012-08-10 12:00, the reference most of its tests use.
NEGATIVE_NOW = "new Date(2012, 7, 10, 12)"

RANGE_OF_DAYS = (
    r"\bthrough\b|\buntil\b|\btill\b|\bto\b.*\b(" + "|".join(MONTHS) + r")|"
    r"\b(" + "|".join(MONTHS) + r")\w*\s*\d+\s*(-|to)\s*\d+\b|"
    r"\bfrom \w+day\b.*\bto\b|\d\s*(st|nd|rd|th)?\s*(-|to)\s*\d+\s*(st|nd|rd|th)?\s+(of\s+)?("
    + "|".join(MONTHS) + ")")

SHORTHAND = r"^\s*[+-]|\d\s*(y|mo|w|d|m|h|hr|min)\b|\b(min|hr)\b|\bout\b|^the \w+ after$"
SHORTHAND_REASON = ("chrono's shorthand ('+15min', '3w later', '1d 2hr', '1 m', 'a min out', "
                    "'the min after'): not a phrasing SPEC reads")

# Families whose SPEC reading is not chrono's, or which SPEC leaves out:
# (pattern on the lowercase text, reason). First match wins.
TEXT_EXCLUSIONS = [
    (SHORTHAND, SHORTHAND_REASON),
    (r"\b\d+\s*(at night|in the night)\b(?<!1[01] at night)(?<![7-9] at night)",
     "an hour after midnight said 'at night': SPEC does not settle its day"),
    (r"^\D*\b(19|20)\d\d\b(?!\s*[/.-]\s*\d)\D*$(?<!\d)", "__year_alone__"),
    (r"\b(bc|bce|ce|ad|be)\b", "a year of another era ('2555 BE', '345 BC'): SPEC books days ahead"),
    (r"\bnext (hour|day|\d+|two|three)\b",
     "'next hour', 'next day', 'next 2 days': SPEC gives 'next' only before a weekday or a week"),
    (ZONES, "a time zone: SPEC reads every time in the business's zone"),
    (r"\b(ago|last|past|yesterday|earlier|before (yesterday|today)|previous|prior)\b|"
     r"\bwas\b|\bwere\b|\bhad\b|\b(did|happened)\b",
     "a past phrase: SPEC drops past phrases (future bias)"),
    (r"\d:\d\d:\d\d|\bseconds?\b|\bsecs?\b|(?<!from )\bnow\b|\bright away\b|\bimmediately\b",
     "seconds or an instant ('now', 'in 5 seconds'): SPEC gives minutes, no start for now"),
    (r"\bwithin\b|\bby the end\b|\bend of\b|\bdeadline\b.*\bwithin\b",
     "a deadline ('within 5 days'): SPEC reads no start from it"),
    (r"\b(years?|yrs?|decades?|centur(y|ies)|quarters?|qtrs?)\b",
     "years or quarters: SPEC books days and weeks ahead"),
    (r"\b(months?|mos?)\b(?! of)|(?<!day next )(?<!day, next )\bweeks?\b(?!\s*(from|today|tomorrow|\w*day))"
     r"|\bweekend\b|\bfortnight\b",
     "a week, a month or a weekend, not a day: SPEC leaves the date unknown"),
    (r"\bfor \d+\s*(minutes?|mins?|hours?)\b|\bfor (an?|one|two|three|few)\b",
     "a duration ('for 5 minutes'): SPEC has no length"),
    (r"\bfew\b|\bcouple\b|\bseveral\b|\bhalf\b(?! past)|\bhalf an\b|\d\.\d+ (hours?|days?)",
     "a vague or fractional amount ('in a few hours'): SPEC counts amounts said as numbers"),
    (r"\b(early|late|mid|end of|beginning of)\b",
     "an early/late/mid part of a span: SPEC has three parts of day, no early/late"),
    (r"\b(christmas|easter|new year|thanksgiving|halloween|xmas)\b",
     "a named holiday: SPEC §2 names no holidays"),
    (r"\bafter next\b|\bthis past\b|\bcoming\b|\bupcoming\b",
     "SPEC: only 'next <weekday>' and a weekday alone are given"),
    (r"\blater\b", "'N days later': later than a moment not said; SPEC counts 'in N days'"),
    (r"\b\d{4}\s*[/ .-]\s*[a-z]", "a year-first date ('2012/Aug/10'): SPEC names month/day forms"),
    (r"\d{4}-\d{1,2}-\d{1,2}|\b\d{4}/\d{1,2}/\d{1,2}\b|\d{4}\.\d{1,2}\.\d{1,2}",
     "an ISO or year-first date: SPEC names month/day forms only"),
    (r"\b(1[3-9]|2\d|3[01])\s*[/.-]\s*(0?[1-9]|1[0-2])\b(?!\s*[/.-]\s*(1[3-9]|2\d|3[01]))",
     "a day/month (British) slash date: SPEC gives no day-first reading"),
    (RANGE_OF_DAYS, "a range of days or an end with 'until': SPEC gives one start"),
]


def text_exclusion(low):
    """The reason a text is left out by its wording alone, if any."""
    for pattern, reason in TEXT_EXCLUSIONS:
        if re.search(pattern, low):
            if reason == "__year_alone__":
                if re.search(r"\b(" + "|".join(MONTHS) + r")", low):
                    continue
                return "a year with no month: SPEC gives no date"
            return reason
    return None


QUOTES = "\"'`"


def string_end(src, i):
    """Index of the quote closing the TS string (or template) opened at `i`."""
    j = i + 1
    while src[j] != src[i]:
        j += 2 if src[j] == "\\" else 1
    return j


def balanced(src, i):
    """Index just past the bracket closing the one at `i` (strings skipped)."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = []
    while i < len(src):
        c = src[i]
        if c in QUOTES:
            i = string_end(src, i)
        elif c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if stack.pop() != c:
                raise ValueError("unbalanced")
            if not stack:
                return i + 1
        i += 1
    raise ValueError("unbalanced")


def split_args(inner):
    """The top-level comma-separated arguments of a call body."""
    args, depth, start, i = [], 0, 0, 0
    while i < len(inner):
        c = inner[i]
        if c in QUOTES:
            i = string_end(inner, i)
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            args.append(inner[start:i].strip())
            start = i + 1
        i += 1
    if inner[start:].strip():
        args.append(inner[start:].strip())
    return args


def string_literal(arg):
    """The value of a plain TS string literal, else None."""
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'', arg)
    if not m:
        return None
    body = m.group(1) if m.group(1) is not None else m.group(2)
    return json.loads('"' + body.replace("\\'", "'").replace('"', '\\"').replace('\\\\"', '\\"') + '"')


def int_expr(s):
    """An integer from a small literal expression ('7', '10 - 1'), else None."""
    s = s.strip()
    if not re.fullmatch(r"[\d\s+\-*]+", s):
        return None
    return int(eval(s, {"__builtins__": {}}))  # digits and + - * only


def new_date(arg):
    """(datetime, reason) from a `new Date(...)` argument; datetime is wall time."""
    m = re.fullmatch(r"new Date\((.*)\)", arg.strip(), re.S)
    if not m:
        return None, "a reference given as an object (instant and time zone)"
    inner = m.group(1).strip()
    lit = string_literal(inner)
    if lit is not None:
        if re.search(r"GMT|Z$|[+-]\d{2}:?\d{2}$", lit):
            return None, "a reference in another zone (GMT offset)"
        for fmt in ("%a %b %d %Y", "%A %b %d %Y", "%A %d %B %Y", "%b %d %Y %H:%M:%S",
                    "%B %d, %Y, %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
            try:
                return datetime.strptime(lit, fmt), None
            except ValueError:
                pass
        return None, "a reference date chrono parses and this script does not"
    parts = [int_expr(p) for p in split_args(inner)]
    if not parts or any(p is None for p in parts) or len(parts) < 3:
        return None, "a reference given as an instant number"
    parts += [0] * (7 - len(parts))
    y, mo, d, h, mi, s, ms = parts[:7]
    if not 1 <= y <= 9999:
        return None, "a date outside the calendar years"
    # JS months are zero-based and overflow into the next year.
    t = datetime(y + mo // 12, mo % 12 + 1, 1) + timedelta(days=d - 1, hours=h, minutes=mi,
                                                            seconds=s, milliseconds=ms)
    return t, None


def calls(src):
    """(function, [args]) for every literal test call of a file."""
    for m in re.finditer(r"\b(testSingleCase|testWithExpectedDate|testUnexpectedResult)\(", src):
        end = balanced(src, m.end() - 1)
        yield m.group(1), split_args(src[m.end():end - 1])


def components(body, which):
    """The components a test asserts for result.start or result.end."""
    got = {}
    for k, v in re.findall(r"result\." + which + r"\.get\(\"(\w+)\"\)\)\.toBe\(([^()]*)\)", body):
        n = int_expr(v)
        if n is not None:
            got[k] = n
    m = re.search(r"expect\(result" + (r"(?:\.start)?" if which == "start" else r"\.end") + r"\)\.toBeDate\((new Date\((?:[^()]|\([^()]*\))*\))\)",
                  body)
    instant = None
    if m:
        instant, _ = new_date(m.group(1))
    return got, instant


def stated(got, instant):
    """The asserted start as a datetime (wall time), or None."""
    if instant is not None:
        return instant
    if not {"year", "month", "day"} <= got.keys() or not 1 <= got["year"] <= 9999:
        return None
    return datetime(got["year"], got["month"], got["day"], got.get("hour", 12),
                    got.get("minute", 0), got.get("second", 0))


def spec_weekday(low, now):
    """The SPEC day of a weekday phrase ('Friday', 'next Friday', 'Friday next week')."""
    m = re.search(r"\b(" + "|".join(WEEKDAYS) + r"|mon|tues?|wed|thurs?|fri|sat|sun)\b", low)
    if not m:
        return None
    w = next(i for i, d in enumerate(WEEKDAYS) if d.startswith(m.group(1)))
    if re.search(r"\bnext\s+" + m.group(1) + r"|" + m.group(1) + r"\w*,?\s+next week|next week,?\s+"
                 + m.group(1), low):
        monday = now.date() - timedelta(days=now.weekday()) + timedelta(days=7)
        return monday + timedelta(days=w)
    ahead = (w - now.weekday()) % 7 or 7
    return now.date() + timedelta(days=ahead)


def has_date_words(low):
    return bool(re.search(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\b|\d+\s*/\s*\d+|\b(today|tomorrow|"
                          r"tmr|tonight|day|days)\b", low))


def call_parts(fn, args):
    """The arguments after a test call's parser and text, split: `(rest, body)`, where
    `rest` holds the reference date and options and `body` the assertions (for
    `testWithExpectedDate`, its expected date as an assertion)."""
    rest = args[2:]
    body = rest[-1] if rest and "=>" in rest[-1] else ""
    if body:
        rest = rest[:-1]
    if fn == "testWithExpectedDate":
        body = "expect(result.start).toBeDate(" + rest.pop() + ")"
    return rest, body


def convert(fn, args, path):
    """(text, now, expected, note) for a case (note: why the label is not chrono's, or
    None), or (text, None, None, reason) for an exclusion."""
    text = string_literal(args[1]) if len(args) > 1 else None
    if text is None:
        return None, None, None, "the text is not a string literal"
    parser = args[0]
    if parser not in ("chrono", "chrono.casual", "chrono.en"):
        return text, None, None, f"another parser or option set ({parser}): not chrono's casual English"
    rest, body = call_parts(fn, args)
    if not rest and fn == "testUnexpectedResult":
        rest = [NEGATIVE_NOW]
    if not rest:
        return text, None, None, "no reference date (chrono's clock when the tests run)"
    now, reason = new_date(rest[0])
    if now is None:
        return text, None, None, reason
    if len(rest) > 1:
        return text, None, None, "chrono's parsing options (forwardDate, timezones): not SPEC's rules"
    if now.second or now.microsecond:
        if re.search(RELATIVE_CLOCK, text.lower()):
            return text, None, None, "a reference with seconds: SPEC gives minutes"
        now = now.replace(second=0, microsecond=0)
    low = text.lower()
    if fn == "testUnexpectedResult":
        if re.search(r"\d", low) and re.search(r"\bat \d|\d\s*(am|pm)\b|\d:\d", low):
            return text, None, None, ("a number after 'at' or before 'pm' that SPEC's clock forms "
                                      "may read ('9.30', '930' are times): chrono finds none")
        if re.fullmatch(r"\s*(1[0-2]|0?[1-9])\s*", low):
            return text, None, None, "a bare hour alone: SPEC §2 reads a short turn '3' as 15:00"
        if re.fullmatch(r"\s*\d{1,2}\s*-\s*\d{1,2}\s*", low):
            return text, None, None, "'1-2' alone: SPEC §2 reads '2 to 4' as a window of hours"
        if re.fullmatch(r"\D*(\b\d{4}\b\D*)+", low) and not re.search(r"\b(" + "|".join(MONTHS) + ")", low):
            return text, None, None, ("a four-digit number alone ('2020'): a year or a 24-hour "
                                      "time ('930' is 09:30); SPEC does not settle it")
        if re.search(RANGE_OF_DAYS, low):
            return text, None, None, "a range of days: SPEC gives one start"
        if re.search(SHORTHAND, low) and re.search(r"\d", low):
            return text, None, None, SHORTHAND_REASON
        return text, now, {"when": None}, None
    if re.search(r"result\.(start|end)\.get\(\"timezoneOffset\"\)", body) and re.search(ZONES, low):
        return text, None, None, "a time zone: SPEC reads every time in the business's zone"
    reason = text_exclusion(low)
    if reason:
        return text, None, None, reason
    got, instant = components(body, "start")
    note = None
    if instant is not None:
        asserted = got
        got = {"year": instant.year, "month": instant.month, "day": instant.day,
               "hour": instant.hour, "minute": instant.minute, "second": instant.second}
        got.update(asserted)
        instant = None
    mon = r"(" + "|".join(MONTHS) + r")[a-z]*\.?"
    no_year = not re.search(r"\b\d{4}\b|\d+\s*/\s*\d+\s*/\s*\d+|'\d\d\b|\b" + mon + r"[\s/-]*\d{1,2}"
                            r"(st|nd|rd|th)?,?[\s/-]+\d{2}\b(?!\s*:)|\b\d{1,2}(st|nd|rd|th)?[\s/-]+" + mon
                            + r"[\s/-]+\d{2}\b(?!\s*:)", low)
    month_day = re.search(r"\b(" + "|".join(MONTHS) + r")|\d+\s*/\s*\d+", low)
    if {"month", "day"} <= got.keys() and no_year and month_day:
        year = now.year if date(now.year, got["month"], got["day"]) >= now.date() else now.year + 1
        if got.get("year") != year:
            note = ("the test states no year or a past one: SPEC takes the nearest date from "
                    "today on")
        got = dict(got)
        got["year"] = year
        instant = None
    start = stated(got, instant)
    if start is None:
        return text, None, None, "the test states no full start date"
    if start.second:
        return text, None, None, "seconds: SPEC gives minutes"
    if not re.search(r"\d|\b(today|tomorrow|tonight|noon|midnight|morning|afternoon|evening|night|"
                     + NUMBER_WORDS + r"|\w+day|first|second|third|\w+th|twenty\W?\w+|thirty\W?\w+)\b",
                     low):
        return text, None, None, "a month alone ('in January', 'May'): SPEC leaves the day unknown"
    if re.search(r"^\D*\d{1,2}\s*/\s*\d{4}\D*$|\b(" + "|".join(MONTHS) + r")[a-z]*\.?[\s,/-]+\d{4}\b(?!\s*/)",
                 low) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\s*[/:])", re.sub(r"\d{4}", "", low)):
        return text, None, None, "a month and year alone ('9/2012'): SPEC leaves the day unknown"
    m = re.search(r"\b(" + "|".join(WEEKDAYS) + r"|mon|tues?|wed|thurs?|fri|sat|sun)\b", low)
    if m and re.search(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\s+\d|\d+\s*/\s*\d+|\d+(st|nd|rd|th)?\s+(of\s+)?("
                       + "|".join(MONTHS) + ")", low):
        w = next(i for i, d in enumerate(WEEKDAYS) if d.startswith(m.group(1)))
        if start.weekday() != w:
            return text, None, None, ("a weekday that contradicts the date: chrono keeps the date; "
                                      "SPEC does not settle which is meant")
    end = None
    if "result.end" in body and "result.end).toBeNull" not in body:
        egot, einstant = components(body, "end")
        if einstant is not None:
            end = einstant
        elif egot:
            base = {"year": start.year, "month": start.month, "day": start.day, "minute": 0}
            base.update(egot)
            try:
                end = datetime(base["year"], base["month"], base["day"], base.get("hour", 12),
                               base["minute"])
            except (KeyError, ValueError):
                return text, None, None, "the test states no usable end"
    clock = re.search(CLOCK, low) or re.search(RELATIVE_CLOCK, low)
    part = next((p for w, p in PARTS if re.search(r"\b" + w + r"\b", low)), None)
    if re.search(r"\b(" + "|".join(WEEKDAYS) + r"|mon|tues?|wed|thurs?|fri|sat|sun)\b", low) and not \
            re.search(r"\b(" + "|".join(MONTHS) + r")[a-z]*\.?\s+\d|\d+\s*/\s*\d+|\d+(st|nd|rd|th)?\s+(of\s+)?("
                      + "|".join(MONTHS) + ")", low):
        want = spec_weekday(low, now)
        if want is not None and want != start.date():
            if re.search(r"\d|[+-]|\b(today|tomorrow|tonight|next|last)\b", low):
                return text, None, None, ("a weekday chrono reads in this week or the past, said "
                                          "with more than the weekday: SPEC does not settle it")
            start = datetime.combine(want, start.time())
            note = ("chrono reads the weekday in this week or the past; SPEC §2: a weekday alone is "
                    "the next such day after today")
    if clock and not has_date_words(low) and not re.search(RELATIVE_CLOCK, low) \
            and start.date() == now.date() and start < now:
        start += timedelta(days=1)
        end = end + timedelta(days=1) if end is not None else None
        note = "chrono keeps a time already past today; SPEC: it is tomorrow (future bias)"
    if start.date() < now.date() or (clock and start < now):
        return text, None, None, "in the past: SPEC drops past phrases (future bias)"
    if start.year != now.year and not re.search(r"\b\d{4}\b|\d+\s*/\s*\d+\s*/\s*\d+", low):
        if start.date() - now.date() > timedelta(days=366):
            return text, None, None, "more than a year ahead: SPEC takes the nearest date"
    if not clock and part is None:
        if end is not None and end.date() != start.date():
            return text, None, None, "a span of days: SPEC gives one start"
        if not has_date_words(low) and not re.search(r"\b(" + "|".join(WEEKDAYS) + r"|mon|tues?|wed|"
                                                     r"thurs?|fri|sat|sun)\b|\d", low):
            return text, None, None, "no day or time SPEC names"
        return text, now, {"when": start.strftime("%Y-%m-%d")}, note
    if not clock and part is not None:
        return text, now, {"when": start.strftime("%Y-%m-%d"), "part_of_day": part}, note
    # A time of day is said.
    if re.search(r"\b(at night|tonight)\b", low) and start.hour >= 12 and re.search(r"\b(1[01]|[7-9])\b", low):
        pass  # "11 at night": 23:00, as said
    ampm = re.search(r"\d\s*(a|p)\.?\s*m\b|\bmorning\b|\bafternoon\b|\bevening\b|\bnight\b|"
                     r"\btonight\b|\bnoon\b|\bmidnight\b|\d{2}:\d|\b0\d|" + RELATIVE_CLOCK, low)
    if not ampm:
        said = [int(h) for h in re.findall(r"(?<![\d:/.])(\d{1,2})(?=\s*(?::|\.\d\d|\b))", low)]
        for h in ([start.hour] + ([end.hour] if end else [])):
            if h < 7 or h == 0:
                return text, None, None, "SPEC: a bare hour is a business hour (1 to 6 are p.m.)"
        del said
    bound = re.search(BOUND, low)
    if end is None and bound:
        if re.search(r"\b(before|by|earlier than|later than|no later than)\s", bound.group(0)) \
                and not bound.group(0).startswith(("later than", "no later than")):
            window = {"after": None, "before": start.strftime("%H:%M")}
        elif bound.group(1) in ("after", "not before"):
            window = {"after": start.strftime("%H:%M"), "before": None}
        else:
            return text, None, None, "'later than' as a bound: SPEC does not name it"
        return text, now, {"when": start.strftime("%Y-%m-%d"), "window": window}, \
            "chrono gives the bound as a start; SPEC §2: a bound said with a time is a window"
    if end is None and re.search(r"\d\s*(a\.?m\.?|p\.?m\.?)?\s*(-|to)\s*\d", low):
        return text, None, None, "a range whose end the test does not state"
    if end is not None:
        if end.date() != start.date() and not (end.hour == 0 and end.minute == 0
                                               and end.date() == start.date() + timedelta(days=1)):
            return text, None, None, "a span across midnight: SPEC windows bound one day"
        if end.date() != start.date():
            return text, None, None, "a span up to midnight: SPEC windows bound one day"
        if end <= start:
            return text, None, None, "an end before the start"
        return text, now, {"when": start.strftime("%Y-%m-%d"),
                           "window": {"after": start.strftime("%H:%M"),
                                      "before": end.strftime("%H:%M")}}, note
    return text, now, {"when": start.strftime("%Y-%m-%dT%H:%M")}, note


def now_text(now):
    return now.replace(tzinfo=ZoneInfo(TZ)).isoformat()


def main():
    root = Path(sys.argv[1])
    kept, excluded, seen = [], [], set()
    for path in sorted(root.glob("*.test.ts")):
        src = path.read_text()
        for fn, args in calls(src):
            text, now, expected, reason = convert(fn, args, path)
            key = (text, now)
            if key in seen:
                continue
            seen.add(key)
            if expected is None:
                excluded.append({"text": text, "file": path.name, "reason": reason})
            else:
                kept.append((text, now, expected, reason))
    def case(n, text, now, expected, note):
        c = {"id": f"chrono-en-{n:04}", "kind": "time", "text": text,
             "now": now_text(now), "tz": TZ, "expected": expected}
        if note:
            c["note"] = note
        return c

    finish(HERE.parent / "chrono_time_en.jsonl", (case(n, *k) for n, k in enumerate(kept, 1)),
           HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
