#!/usr/bin/env python3
"""Converts Duckling's English time corpus into Bella's vector format.

Reads Duckling's `Duckling/Time/EN/Corpus.hs` (facebook/duckling, BSD licence; the
file itself is not kept here) and writes:

- `../duckling_time_en.jsonl`: the examples that follow our SPEC §2 conventions, as
  vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract
  --test vectors` with a pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other example, with the reason it is left out.

Usage: python3 convert.py path/to/Corpus.hs

Duckling's reference time is Tuesday 2013-02-12 04:30 at UTC-2 (`testContext`);
`America/Noronha` is UTC-2 all year, so the cases use it.
"""

import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

NOW = datetime(2013, 2, 12, 4, 30)
NOW_TEXT = "2013-02-12T04:30:00-02:00"
TZ = "America/Noronha"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpuslib import finish  # noqa: E402  (beside this folder)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
ZONES = r"\b(cet|cst|pst|pdt|est|edt|gmt|utc|ist|bst|mst|mdt|z|ct|et|pt)\b"
PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening",
         "tonight": "evening", "tonite": "evening", "night": "evening"}
# Counted days ahead ("in 7 days", "a fortnight hence"): Duckling gives the instant
# (now, to the hour), SPEC §2 the day ("in N days ... resolve as expected").
DAYS_AHEAD = r"\b(days?|fortnight|weeks?)\b.*\b(from now|hence)\b|\bin (a|\d+|\w+) (days?|weeks?)\b"
BARE_SMALL_HOUR = r"(?<![:\d])\b[0-6]\b(?!\s*(:|a\.?m|in the (am|a\.m)|o'?clock))"


def haskell_strings(block):
    """The string literals of a Haskell list body, unescaped."""
    return [json.loads('"' + s + '"') for s in re.findall(r'"((?:[^"\\]|\\.)*)"', block)]


def balanced(src, i, open_c, close_c):
    """Index just past the bracket closing the one at `i`."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == '"':
            i += 1
            while src[i] != '"':
                i += 2 if src[i] == "\\" else 1
        elif c == open_c:
            depth += 1
        elif c == close_c:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced")


def blocks(src):
    """(expression, [texts]) for every `examples (EXPR) [ ... ]`."""
    for m in re.finditer(r"examples \(", src):
        e_end = balanced(src, m.end() - 1, "(", ")")
        expr = " ".join(src[m.end():e_end - 1].split())
        l_start = src.index("[", e_end)
        l_end = balanced(src, l_start, "[", "]")
        yield expr, haskell_strings(src[l_start:l_end])


def source_rows(src):
    """The examples of a Duckling `Corpus.hs` as data, one row a block (`{"duckling":
    value as written, "texts": [...]}`), then the negative corpus's texts (`"duckling":
    "negative"`): the `source.jsonl` the French and phone converters re-run from."""
    negative = src[src.index("negativeCorpus ="):src.index("allExamples ::")]
    rows = [{"duckling": expr, "texts": texts} for expr, texts in blocks(src[src.index("allExamples ="):])]
    rows.append({"duckling": "negative", "texts": haskell_strings(negative[negative.index("["):])})
    return rows


def tuples(expr):
    return [datetime(*map(int, t)) for t in
            re.findall(r"\((\d+), (\d+), (\d+), (\d+), (\d+), (\d+)\)", expr)]


def grain_of(expr):
    m = re.search(r"\b(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b", expr)
    return m.group(1) if m else None


def minus_grain(t, grain):
    return t - (timedelta(hours=1) if grain == "Hour" else timedelta(minutes=1))


def when_of(t, grain):
    return t.strftime("%Y-%m-%d") if grain == "Day" else t.strftime("%Y-%m-%dT%H:%M")


def spec_next_weekday(text):
    """Our SPEC's "next <weekday>": that weekday of the following calendar week."""
    m = re.search(r"\bnext (" + "|".join(WEEKDAYS) + r")\b", text)
    if not m:
        return None
    monday = NOW.date() - timedelta(days=NOW.weekday()) + timedelta(days=7)
    return monday + timedelta(days=WEEKDAYS.index(m.group(1)))


# Families whose SPEC reading differs from Duckling's, or which SPEC leaves out:
# (pattern on the lowercase text, reason).
TEXT_EXCLUSIONS = [
    (r"\b(\d+|a|one|two|three|four) years?\b|\b\d+(st|nd|rd|th)? \w+ \d{2}$",
     "years ahead ('in 3 years', 'April 15' as a year): SPEC books days and weeks ahead"),
    (r"\blunch\b|\bschool\b",
     "'lunch' is noon in Bella (docs/time-resolution.md); Duckling reads a 12-14 span"),
    (r"\b(early|late)\b",
     "an early/late part of day: SPEC has three parts of day, no early/late"),
    (r"\b(ago|last|past|yesterday|since)\b", "a past phrase: SPEC drops it"),
    (r"\bafter next\b",
     "SPEC: '<weekday> after next' is a week after our 'next <weekday>'"),
    (r"\bthis (morning|afternoon|evening) at (12|3)\b",
     "'this evening at 12' is midnight in Duckling; SPEC: 12 is noon, and a time past "
     "today is not moved"),
    (r"^(fri|mon|tue|wed|thu|sat|sun)\w*, \w+ \d+$|^\w+ \d+, (fri|mon|tue|wed|thu|sat|sun)\w*$",
     "a weekday that contradicts the date: Duckling searches later years; SPEC takes "
     "the nearest date"),
    (r"\b(christmas|easter|ides)\b",
     "a day counted from a named day ('three days after Easter', 'the ides of march'): "
     "SPEC §2 names no holidays"),
    (r"\bat this time\b",
     "'at this time' is now: SPEC gives no start for 'now' (Duckling's instants are "
     "left out)"),
    (r"\bfew\b",
     "a vague amount ('in a few hours', 'next few days'): SPEC counts only amounts "
     "said as numbers"),
    (r"\bclosest\b",
     "'the closest Monday to Oct 5th': SPEC has no weekday nearest a date"),
    (r"^half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)$",
     "British 'half three' (15:30): SPEC names 'half past nine' only"),
    (r"^from \S+\s*(a|p)\.?m\.?$",
     "'from 2 pm' alone: SPEC's windows from 'from' have an end or 'on'/'onwards' "
     "('from 2 to 4', 'from 2 on'); alone it names a start"),
]


def text_exclusion(low):
    """The reason a text is left out by its wording alone, if any."""
    return next((reason for pattern, reason in TEXT_EXCLUSIONS if re.search(pattern, low)), None)


def convert(expr, text):
    """(expected, None) for a case, or (None, reason) for an exclusion."""
    low = text.lower()
    kind = expr.split()[0]
    grain = grain_of(expr)
    ts = tuples(expr)
    if kind in ("datetimeHoliday", "datetimeIntervalHoliday"):
        return None, "a named holiday: SPEC §2 names no holidays"
    if re.search(ZONES, low):
        return None, "a time zone: SPEC reads every time in the business's zone"
    if grain in ("Week", "Month", "Quarter", "Year"):
        return None, f"a {grain.lower()}, not a day: SPEC leaves the date unknown"
    reason = text_exclusion(low)
    if reason:
        return None, reason
    if grain == "Second":
        return None, "seconds or an instant ('now', 'ASAP'): SPEC gives minutes"
    start = ts[0]
    if start.date() < NOW.date() or (grain != "Day" and start < NOW):
        return None, "in the past: SPEC drops past phrases (future bias)"
    nxt = spec_next_weekday(low)
    if nxt is not None and nxt != start.date():
        return None, "SPEC: 'next <weekday>' is that day of the following calendar week"
    if kind == "datetime" and grain == "Hour" and start.hour == NOW.hour and re.search(DAYS_AHEAD, low):
        return {"when": start.strftime("%Y-%m-%d")}, None
    if kind == "datetime":
        am = r"a\.?m|morning|midnight|:\d\d\s*a\b|\d+a\b|\d{2}:|\d{2}h|\d{4}|o'?clock|hundred|tonight|night|\dh|\bhours?\b"
        if grain in ("Hour", "Minute") and start.hour < 7 and not re.search(am, low):
            return None, "SPEC: a bare hour is a business hour (1 to 6 are p.m.)"
        return {"when": when_of(start, grain)}, None
    if kind == "datetimeOpenInterval":
        if grain not in ("Hour", "Minute") or start.hour == NOW.hour and start.minute == 0:
            return None, "an open span of days: SPEC windows bound a time of one day"
        bound = start.strftime("%H:%M")
        after = "After" in expr
        return {"when": start.strftime("%Y-%m-%d"),
                "window": {"after": bound if after else None,
                           "before": None if after else bound}}, None
    # datetimeInterval
    end = ts[1]
    part = next((p for w, p in PARTS.items() if re.search(r"\b" + w, low)), None)
    if grain == "Day" or end - start > timedelta(hours=12):
        return None, "a span of days: SPEC gives one start"
    clock = r"\d:\d|\d\s*(a|p)\.?m\b|\bat \d|\b(noon|midnight|to|till|until|between)\b|\d\s*-"
    if part and not re.search(clock, low):
        return {"when": start.strftime("%Y-%m-%d"), "part_of_day": part}, None
    if re.search(r"\b(for|minutes?|mins?|hours?|starting)\b|'", low):
        return None, "a duration from a start: SPEC has no end or length"
    if re.search(BARE_SMALL_HOUR, low) and start.hour < 7:
        return None, "SPEC: a bare hour is a business hour (1 to 6 are p.m.)"
    last = minus_grain(end, grain)
    if last.date() != start.date():
        return None, "a span across midnight: SPEC windows bound one day"
    return {"when": start.strftime("%Y-%m-%d"),
            "window": {"after": start.strftime("%H:%M"), "before": last.strftime("%H:%M")}}, None


def main():
    src = Path(sys.argv[1]).read_text()
    default = src[src.index("defaultCorpus ="):src.index("negativeCorpus ::")]
    negative = src[src.index("negativeCorpus ="):src.index("latentCorpus ::")]
    everything = src[src.index("allExamples ="):]
    kept, excluded = [], []
    seen = set()
    for part in (default, everything):
        for expr, texts in blocks(part):
            for text in texts:
                if text in seen:
                    continue
                seen.add(text)
                expected, reason = convert(expr, text)
                if expected is None:
                    excluded.append({"text": text, "duckling": expr, "reason": reason})
                else:
                    kept.append((text, expected))
    for text in haskell_strings(negative[negative.index("["):]):
        if text in ("3 30", "three twenty"):
            excluded.append({"text": text, "duckling": "negative", "reason":
                             "SPEC: '9 30' and 'nine fifteen' are times (a short turn)"})
        else:
            kept.append((text, {"when": None}))
    latent = src[src.index("latentCorpus ="):src.index("diffContext ::")]
    for expr, texts in blocks(latent):
        for text in texts:
            excluded.append({"text": text, "duckling": expr,
                             "reason": "latent (Duckling's own option): not a time unless asked"})
    diff = src[src.index("diffCorpus ="):src.index("allExamples ::")]
    for expr, texts in blocks(diff):
        for text in texts:
            excluded.append({"text": text, "duckling": expr,
                             "reason": "another reference time (diffContext)"})
    finish(HERE.parent / "duckling_time_en.jsonl", (
        {"id": f"duckling-en-{n:04}", "kind": "time", "text": text,
         "now": NOW_TEXT, "tz": TZ, "expected": expected}
        for n, (text, expected) in enumerate(kept, 1)), HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
