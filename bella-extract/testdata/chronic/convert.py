#!/usr/bin/env python3
"""Converts Chronic's (Ruby) parsing tests into Bella's vector format.

Reads `test/test_parsing.rb` of mojombo/chronic (MIT licence; the file itself is not kept
here) from a git directory and writes:

- `../chronic_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, as vector
  cases (`when`, `part_of_day`), run by `cargo test -p bella-extract --test vectors`
  with a pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/mojombo+chronic/repo). Converted from commit
416d50434204c9929a321af508d4289e11a6cf69 (2023-01-30), read with `git show COMMIT:path`;
nothing of Chronic is run.

Only literal calls are read: `time = parse_now("text"[, options])` followed by
`assert_equal Time.local(...), time` or `assert_nil time`, and `assert_equal
Time.local(...) | variable | @time_..., parse_now("text")` on one line. `parse_now` sets
Chronic's reference to Wednesday 2006-08-16 14:00, a wall time of the machine running
the tests; the cases give `now` that wall time in `America/Toronto`. A call with options
(`:context => :past`, `:ambiguous_time_range => :none`, `:guess => false`, ...) or
another reference (`Chronic.parse`) is excluded: the option changes Chronic's reading,
and the same phrase is kept once with Chronic's defaults.

Chronic's value says what was said (month, day, hour, minute; Chronic gives a day
alone as its noon); the text says which of these the caller said, and the label comes
from the SPEC §2 rules of `blindlib.py` at the reference: a day without a time is
`YYYY-MM-DD`, a weekday alone the next one after today, "next Wednesday" next week's, a
month and day without a year the nearest from today on, a bare hour a business hour (1
to 6 p.m.) unless "morning", "evening", "tonight" or a.m./p.m. says otherwise, a time
without a day today if still ahead, "in N days"/"N days from now" a day, "tonight" the
day and `evening`. Where that differs from Chronic's value the case says so in its
`note`. A phrase Chronic finds nothing in, and which names no date or time, must give
nothing. Standard library only.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

COMMIT = "416d50434204c9929a321af508d4289e11a6cf69"
DEFAULT_GIT_DIR = "/work/.mirror/mojombo+chronic/repo"
SOURCE = "test/test_parsing.rb"
TZ = "America/Toronto"
NOW = datetime(2006, 8, 16, 14, 0)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref, am, biz, pm  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import finish, first_reason, git_show  # noqa: E402

WEEKDAY = (r"\b(mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(day)?\b")
MONTH_NAME = (r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|"
              r"tember|ober|ember)?")
MONTH = r"\b" + MONTH_NAME + r"\b\.?"
MERIDIEM = r"\d\s*(a|p)\.?(m\.?)?(?![a-z])"
CLOCK = (r"\d\s*:\s*\d|\d\s*(a|p)\.?m?\b|\b(noon|midday|midnight)\b|\bat \d|\b(?!19\d\d|20\d\d)\d{4}\b|"
         r"\b\d+\s+(tonight|in the (morning|evening|afternoon))|\btonight (at )?\d|\bevening at \d|"
         r"\b(hours?|minutes?)\b|\b(to|till|after|past) \d")
# A clock said in 24-hour form ("13:00", "0:10", "0900", "2100"): it stands as said.
H24 = r"\b(1[3-9]|2[0-3]|0\d?)\s*:\s*\d\d|\b[012]\d{3}\b"

# (language, pattern on the lower-case text, reason): `first_reason` of corpuslib.
TEXT_EXCLUSIONS = [
    (None, r"\d:\d\d[:.]\d\d|\bseconds?\b|\bsecs?\b|\bthis second\b|\bnow$(?<!from now)",
     "seconds or an instant ('this second', '1:00:00 PM', 'next sec'): SPEC gives minutes"),
    (None, r"\b(ago|last|yesterday|before|prior)\b",
     "a past phrase or a time counted back from another ('3 days ago', 'last tuesday', "
     "'10 before 2'): SPEC drops past phrases (future bias)"),
    (None, r"\d\s*[/.-]\s*\d|\d-[a-z]|[a-z]-\d|\d{4}\s+[a-z]",
     "a written date ('5/27/1979', '2006-08-20', '09.08.2013', '22-feb', '2009 May 22nd'): "
     "not a form a caller says or a speech recogniser writes"),
    (None, r"\b(pdt|utc|gmt|est|edt)\b|[+-]\d\d:?\d\d\b", "a time zone: SPEC reads every time in "
     "the business's zone"),
    (None, r"\b(years?|quarters?(?! (to|past|after) )|q[1-4]|spring|summer|autumn|fall|winter|months?|fortnights?|"
     r"weeks?(?! from)|weekends?)\b",
     "a year, a season, a quarter, a month, a fortnight, a week or a weekend as a span: SPEC "
     "gives one start"),
    (None, r"^" + MONTH_NAME + r"$|" + MONTH + r"\s+('\d\d|3[2-9]|[4-9]\d)$",
     "a month alone or a month and a year ('november', \"may '01\"): SPEC gives no day"),
    (None, r"\b\d{1,2}\s*(st|nd|rd|th)?\s+(tuesday|wednesday|thursday|monday|friday|day)\b|"
     r"\b(second|third|fifteenth)\b",
     "an ordinal weekday of a month or of a week ('3rd wednesday in november', 'fifteenth of "
     "this month'): SPEC §2 does not name it"),
    (None, r"^\d+$", "a number alone: SPEC does not say it is a time"),
    (None, r"(" + MONTH + r"\s*\d{1,2}(st|nd|rd|th)?|\b\d{1,2}(st|nd|rd|th)?\s+" + MONTH + r"),?\s+'?\d\d\b"
     r"(?!\s*(:|am|pm|a\.m|p\.m))",
     "a two-digit year ('may 27 32', '3 jan 10'): SPEC does not settle it"),
    (None, r"\bthis day\b", "'this day': not a caller's phrase; SPEC names 'today'"),
    (None, r"\bnext (hr|hrs|min|mins|minute|hour)\b",
     "'next hour', 'next minute': SPEC gives 'next' only before a weekday or a week"),
    (None, r"\bthis morning\b", "'this morning' said in the afternoon: SPEC does not settle a "
     "part of day already past"),
    (None, r"\bat night\b|\b11 in the evening\b",
     "an hour 'at night' or '11 in the evening': SPEC names a.m./p.m. and three parts of day"),
    (None, r"\b\d{1,2}\s+on\b|\bat \d\b(?!\s*(pm|am|p\.m|a\.m))(?=.*\b(19|20)\d\d\b)",
     "a bare hour 'on' a date or after a year: Chronic's test sets :ambiguous_time_range"),
    (None, r"\b(1[0-2]|[1-9])\s+to\s*$|\b\d+ (to|till)\s*$|\b(mun|tus|wenns|fry|satterday|sum)\b",
     "a cut-off phrase ('10 to') or a misspelt weekday ('fry', 'wenns'): not settled by SPEC"),
]


def text_exclusion(low):
    return first_reason(TEXT_EXCLUSIONS, None, low)


def calls(src):
    """(text, options, expected) of each literal call: expected is a datetime, None for
    `assert_nil`, or a string saying why it cannot be read."""
    named = {"@time_2006_08_16_14_00_00": "2006, 8, 16, 14, 0, 0"}
    pending = None
    local = r"Time\.local\(([\d, ]+)\)"
    for line in src.splitlines():
        line = line.strip()
        m = re.fullmatch(r"(\w+) = " + local, line)
        if m:
            named[m.group(1)] = m.group(2)
            continue
        m = re.fullmatch(r"time = parse_now\((['\"])(.*?)\1(.*)\)", line)
        if m:
            if pending:
                yield pending + ("no assertion on Chronic's value read",)
            pending = (m.group(2), m.group(3).strip(", "))
            continue
        m = re.fullmatch(r"(time\d?|t\d?|span) = Chronic\.parse\((['\"])(.*?)\2(.*)\)", line)
        if m:
            yield m.group(3), m.group(4).strip(", "), "another reference than the suite's (Chronic.parse)"
            continue
        if pending:
            m = re.fullmatch(r"assert_equal " + local + r", time", line)
            if m:
                yield pending + (m.group(1),)
            elif line == "assert_nil time":
                yield pending + (None,)
            else:
                yield pending + ("Chronic's value is compared as a span or within a delta",)
            pending = None
            continue
        m = re.fullmatch(r"assert_equal (" + local + r"|[@\w]+), parse_now\((['\"])(.*?)\3(.*)\)", line) or \
            re.fullmatch(r"assert_equal parse_now\((['\"])(.*?)\1(.*)\), (@\w+)", line)
        if m and m.group(0).startswith("assert_equal parse_now"):
            yield m.group(2), m.group(3).strip(", "), named[m.group(4)]
        elif m:
            value = m.group(2) or named.get(m.group(1))
            yield m.group(4), m.group(5).strip(", "), value or "compared with another phrase"


def value_of(args):
    parts = [int(p) for p in args.split(",")]
    return datetime(*parts[:5] + [0] * (5 - len(parts[:5])))


def hour_said(low, v):
    """The hour SPEC reads: as said in 24-hour form or with a.m./p.m., else a morning or
    evening cue, else the business hour."""
    if re.search(MERIDIEM, low) or re.search(H24, low) or re.search(r"\b(hours?|minutes?)\b", low):
        return v.hour
    if re.search(r"\bnoon|midday\b", low):
        return 12
    h12 = v.hour % 12 or 12
    if re.search(r"\bmorning\b", low):
        return am(h12)
    if re.search(r"\b(evening|tonight|afternoon)\b", low):
        return pm(h12)
    return biz(h12)


def day_said(low, v, ref):
    """The day SPEC reads, or None when the text names no day (a time alone)."""
    m = re.search(r"\b(in|from now|hence)\b", low)
    if re.search(r"\bday after tomorrow\b", low):
        return ref.plus(2)
    if re.search(r"\btomorrow\b", low):
        return ref.plus(1)
    if re.search(r"\b(today|tonight)\b", low):
        return ref.today
    if re.search(r"\b(\d+|a|an|one)\s+days?\s+(from now|hence)\b|\bin \d+ days?\b", low) or \
            re.search(r"\b(1|a|one) week from now\b", low):
        return v.date()
    wd = re.search(WEEKDAY, low)
    if re.search(MONTH, low):
        said = re.search(r"\b(\d{1,2})\s*(st|nd|rd|th)?\b", low)
        if not said:
            return "a month without a day"
        d = ref.month_day(v.month, v.day)
        if re.search(r"\b(19|20)\d\d\b", low):
            d = v.date()
            if (d - ref.today).days > 366:
                return "a year more than a year ahead: a caller books nearer"
        if wd and d.weekday() != ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(wd.group(1)[:3]):
            return "a weekday that is not the day of the nearest such date: SPEC does not settle it"
        return d
    if re.search(r"\b\d{1,2}(st|nd|rd|th)\b", low):
        d = ref.dom(int(re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", low).group(1)))
        if wd and d.weekday() != ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(wd.group(1)[:3]):
            return "a weekday that is not the day of the nearest such date: SPEC does not settle it"
        return d
    if wd:
        if re.search(r"\bnext\b", low):
            return ref.next_week(wd.group(1))
        return ref.weekday(wd.group(1))
    if re.search(r"\b(hours?|minutes?)\b", low):
        return v.date()
    return None


def convert(text, value, ref):
    """(expected, note) of a phrase, or (None, reason)."""
    low = text.lower().strip()
    why = text_exclusion(low)
    if why:
        return None, why
    if value is None:
        if re.search(r"\d|" + MONTH + "|" + WEEKDAY, low):
            return None, "Chronic finds nothing in a date it calls impossible: SPEC does not settle it"
        return {"when": None, "part_of_day": None}, None
    if value.date() < ref.today:
        return None, "a past date: SPEC drops past phrases (future bias)"
    day = day_said(low, value, ref)
    if isinstance(day, str):
        return None, day
    clock = re.search(CLOCK, low)
    if clock:
        h = hour_said(low, value)
        m = value.minute
        if day is None:
            day = ref.at(h, m)
        when = f"{day.isoformat()}T{h:02d}:{m:02d}"
        pod = None
    else:
        if day is None:
            return None, "no day and no clock SPEC reads"
        when = day.isoformat()
        pod = "evening" if re.search(r"\btonight\b", low) else None
    notes = []
    chronic = value.strftime("%Y-%m-%dT%H:%M")
    if not when.startswith(chronic[:10]):
        notes.append(f"Chronic gives {chronic[:10]}; SPEC §2 gives {when[:10]}")
    if "T" in when and when[11:] != chronic[11:]:
        notes.append(f"Chronic reads {chronic[11:]}; SPEC §2 reads {when[11:]}")
    if "T" not in when:
        notes.append(f"Chronic gives the day's {chronic[11:]}; SPEC §2: a day alone")
    return {"when": when, "part_of_day": pod}, "; ".join(notes) or None


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    ref = Ref(TZ, NOW.year, NOW.month, NOW.day, NOW.hour, NOW.minute)
    kept, excluded, seen = [], [], set()
    for text, options, expected in calls(git_show(git_dir, COMMIT, SOURCE)):
        row = {"text": text, "options": options or None, "chronic": expected}
        if "#{" in text:
            why = "a phrase built by a Ruby loop ('5th tuesday in #{month}'): no literal text"
        elif options:
            why = "a Chronic option changes its reading; the phrase is kept once with the defaults"
        elif isinstance(expected, str) and not re.fullmatch(r"[\d, ]+", expected):
            why = expected
        elif text in seen:
            why = "the same phrase again"
        else:
            want, why = convert(text, None if expected is None else value_of(expected), ref)
            if want is not None:
                seen.add(text)
                case = {"id": f"chronic-en-{len(kept) + 1:04}", "kind": "time", "text": text,
                        "now": ref.now, "tz": TZ, "expected": want}
                if why:
                    case["note"] = why
                kept.append(case)
                continue
        row["reason"] = why
        excluded.append(row)
    finish(HERE.parent / "chronic_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
