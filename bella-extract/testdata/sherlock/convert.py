#!/usr/bin/env python3
"""Converts Sherlock's (JavaScript, neilgupta/Sherlock) unit tests into Bella's vector format.

Source: `tests.html` of neilgupta/Sherlock (MIT) at commit
095eef0ca4a79a372a29b9627289baeb87ba2a80 (2023-07-06; the file last changed at 3448518,
2021-07-18). Each test there is a JavaScript function that computes the expected start
(and end) from the reference `now` and calls `test(text, title, start, end, isAllDay)`.
What the tests state is kept here as data only, in `source.jsonl`: one line a literal
test text, with its expected start and end written as a small rule (read by hand from the
test's code, never copied) and its all-day flag; `null` where the phrase is left out
anyway (spans, numeric dates, past phrases, open ranges). The ten tests whose text is
built at run time from the date ("11/28 - 11/30", all numeric date spans) and the one
with a `null` text are not kept. So the conversion re-runs offline:

    python3 convert.py                     # source.jsonl -> the files below
    python3 convert.py --extract GIT_DIR   # checks the literal texts of tests.html at the
                                           # commit against source.jsonl (adds new ones)

(`GIT_DIR` is a git directory of neilgupta/Sherlock, e.g. the `fetch` mirror
/work/.mirror/neilgupta+Sherlock/repo.) It writes:

- `../sherlock_time_en.jsonl`: the phrases whose SPEC §2 reading is settled, at each of
  Sherlock's twelve fixed reference instants (wall times, here in `America/Toronto`), run
  by `cargo test -p bella-extract --test vectors`;
- `excluded.jsonl`: every other phrase (once per reference where the reason depends on
  it), with the reason it is left out.

Sherlock's value says what was said; the label comes from the SPEC §2 rules of
`speclabel.py` (with the `blindlib.py` oracle), with a `note` where Sherlock's value
differs (a bare "nine o'clock" already past is 21:00 to Sherlock and tomorrow's 09:00 to
SPEC; "next Wednesday" said on a Sunday is ten days on to Sherlock and three to SPEC,
whose weeks start on Monday; "tonight" is 21:00 to Sherlock and the day with `evening` to
SPEC). For the labeller only, number words before "hours", "minutes", "days" and
"o'clock" are written as digits and "next week on Sunday" as "next week Sunday"; the case
keeps the test's text. Standard library only; re-runs byte for byte.
"""

import json
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

COMMIT = "095eef0ca4a79a372a29b9627289baeb87ba2a80"
TZ = "America/Toronto"
# Sherlock's fixed reference dates (`dates` in tests.html), seconds dropped; the entries
# built from the machine's clock are not kept.
REFERENCES = [
    (2012, 12, 3, 4, 35), (2013, 2, 2, 4, 1), (2013, 1, 29, 0, 1), (2013, 6, 30, 14, 1),
    (2013, 1, 31, 4, 1), (2013, 2, 27, 4, 1), (2013, 2, 24, 4, 1), (2013, 2, 24, 15, 1),
    (2013, 3, 3, 12, 1), (2013, 3, 3, 14, 1), (2018, 10, 27, 22, 34), (2026, 4, 27, 22, 34),
]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import NOTHING, Ref  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import add_case, finish, first_reason, git_show, source, write_lines  # noqa: E402
from speclabel import exclusion, label  # noqa: E402

# Families of these tests SPEC §2 does not settle (beside `speclabel.EXCLUSIONS`), by wording.
EXCLUSIONS = [
    (None, r"^\s*$", "an empty turn: nothing was said"),
    (None, r"\b(tom|tod|tmrw|yest|oxt)\b",
     "a typed abbreviation or typo ('tom', 'tod', 'tmrw', 'yest', 'oxt'): not what a caller "
     "says or a speech recogniser writes"),
    (None, r"\b(more|less|fewer|older) than\b|^(after|before) (tomorrow|yesterday|\d+ days)\b|"
     r"\bbefore leaving\b",
     "an open range of dates or a deadline ('more than oct 5', 'after tomorrow', 'by 1800' "
     "after 'before leaving work'): SPEC windows bound clock times on one day"),
    (None, r"\blunch\b",
     "a meal ('Let's have lunch on the 3rd'): SPEC §2 names no meal, so it does not settle "
     "whether the day alone or its noon is meant (Bella reads 'lunch' as noon, as "
     "`extract_more.jsonl` has 'tomorrow lunch'; the blind rounds leave 'after lunch' out)"),
    (None, r"\bright now\b", "an instant ('right now'): SPEC gives no start for now"),
    (None, r"\bweeks from tomorrow\b",
     "weeks counted from tomorrow: SPEC §2 counts days and weeks from today"),
    (None, r"\bin (an|a|one) (hours|days)\b",
     "a plural after 'a'/'one' ('in an hours'): a typing test, not a caller's phrase"),
    (None, r"\d\s*-\s*\d|\d\s*[ap]m\s*-\s*\d|\s-\s|\bto the \w+th\b|"
     r"\bfrom \w+ \d+\w* (at \w+ )?to\b",
     "a span of days or a dashed range ('Jan 12 - 29', 'thurs - next sat', 'today 3-5', "
     "'the 5th to the ninth'): SPEC gives one start; its windows are said with 'to', "
     "'between' and bounds"),
    (None, r"^\d+\.\d+$",
     "a dotted pair ('12.03'): a date to Sherlock's readers and no time to Sherlock, a clock "
     "to SPEC's '9.30'; a recogniser writes neither alone"),
    (None, r"^\d:\d\d$|\d:\d\b",
     "'0:00', '12:0 A.M.': a one-digit hour 0 or a one-digit minute, no time to Sherlock; "
     "SPEC does not settle them"),
]


def sherlock_value(rule, now):
    """Sherlock's expected start or end (a naive wall datetime) at `now`, from a rule of
    `source.jsonl`, or None when the test expects no date."""
    if rule is None or rule.get("none"):
        return None
    if "from_now" in rule:
        return now + timedelta(minutes=rule["from_now"])
    day = rule["day"]
    today = now.date()
    hour, minute = rule.get("time", (0, 0))
    if "plus" in day:
        d = today + timedelta(days=day["plus"])
    elif "dow" in day:
        js_day = (today.weekday() + 1) % 7  # JavaScript's getDay(): Sunday 0
        diff = day["dow"] + day["add"] - js_day
        if day["wrap"] and diff > 7:
            diff -= 7
        d = today + timedelta(days=diff)
    elif "dom" in day:
        d = today.replace(day=day["dom"])
        if d < today:
            d = (d.replace(day=1) + timedelta(days=32)).replace(day=day["dom"])
    elif "md" in day:
        m, dd = day["md"]
        d = date(today.year, m, dd)
        months_back = (today.year - d.year) * 12 + today.month - d.month
        if datetime.combine(d, datetime.min.time()).replace(hour=hour) < now and months_back >= 3:
            d = d.replace(year=d.year + 1)
    elif "date" in day:
        d = date(*day["date"])
    elif "roll_hour" in day:
        d = today + timedelta(days=1 if now.hour >= day["roll_hour"] else 0)
    elif "nine" in day:
        if now.hour < 9:
            return datetime.combine(today, datetime.min.time()).replace(hour=9)
        if now.hour < 21:
            return datetime.combine(today, datetime.min.time()).replace(hour=21)
        return datetime.combine(today + timedelta(days=1), datetime.min.time()).replace(hour=9)
    elif "tonight" in day:
        if now.hour >= 21:
            return now
        return datetime.combine(today, datetime.min.time()).replace(hour=21)
    else:
        raise ValueError(f"unknown rule {rule}")
    return datetime.combine(d, datetime.min.time()).replace(hour=hour, minute=minute)


NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}


def for_labeller(text):
    """The text as `speclabel.label` reads it: number words before a unit or "o'clock" as digits,
    'next week on X' as 'next week X' (SPEC §2's 'next week Thursday')."""
    low = text.lower()
    low = re.sub(r"\b(" + "|".join(NUMBER_WORDS) + r")\b(?= (hours?|minutes?|days?|o'clock)\b)",
                 lambda m: str(NUMBER_WORDS[m.group(1)]), low)
    return re.sub(r"\bnext week on\b", "next week", low)


def convert(row, ref):
    """(expected, note) of a test at one reference, or (None, reason)."""
    text = row["text"]
    low = " ".join(text.lower().split())
    why = first_reason(EXCLUSIONS, None, low)
    if why:
        return None, why
    if row["start"] is None:
        return None, (exclusion(low)
                      or "Sherlock's expected value is not transcribed in source.jsonl")
    now = ref.local.replace(tzinfo=None)
    start = sherlock_value(row["start"], now)
    if start is None:
        return dict(NOTHING), None  # no date to Sherlock, none to SPEC §2
    end = sherlock_value(row["end"], now)
    if re.search(r"\blasts\b", low):
        end = None  # a start and a length: SPEC §2 reads the start, Sherlock a range
    if re.fullmatch(r"day after (tomorrow|tmrw)", low):
        # SPEC §2 names "the day after tomorrow"; speclabel's exclusion of "a day counted
        # from another" is meant for "the day after Friday".
        want = ref.plus(2).isoformat()
        note = None if start.date() == ref.plus(2) else f"Sherlock gives {start:%Y-%m-%d}"
        return {"when": want, "part_of_day": None, "window": None}, note
    want, note = label(for_labeller(text), ref, start, True, not row["all_day"], end)
    if want is None:
        return None, note
    if want["when"] and "T" in want["when"] and want["when"] < now.strftime("%Y-%m-%dT%H:%M"):
        return None, ("a time already past said with its day ('today at 15' at 22:34): SPEC "
                      "drops past phrases")
    return want, note


def extract(git_dir):
    """Checks the literal test texts of tests.html at COMMIT against source.jsonl: a
    text not transcribed yet is added with no rule (then left out)."""
    src = git_show(git_dir, COMMIT, "tests.html")
    texts = [json.loads(t) for t in re.findall(r'return test\(("(?:[^"\\]|\\.)*")', src)]
    with open(HERE / "source.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    known = {r["text"] for r in rows}
    for t in texts:
        if t not in known:
            rows.append({"text": t, "start": None, "end": None, "all_day": False})
            known.add(t)
    write_lines(HERE / "source.jsonl", rows)


def main():
    kept, excluded = [], []
    rows = source(HERE, extract)
    for row in rows:
        reasons = []
        for r in REFERENCES:
            ref = Ref(TZ, *r)
            want, why = convert(row, ref)
            if want is None:
                if why not in reasons:
                    reasons.append(why)
                    excluded.append({"text": row["text"], "now": ref.now, "reason": why})
            else:
                add_case(kept, "sherlock-en", row["text"], ref.now, TZ, want, why)
    finish(HERE.parent / "sherlock_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
