#!/usr/bin/env python3
"""Converts ctparse's time corpora into Bella's vector format.

Reads `ctparse/time/corpus.py` and `ctparse/time/auto_corpus.py` of comtravo/ctparse
(MIT licence; the files themselves are not kept here) from a git directory and writes:

- `../ctparse_time_en.jsonl`: the English phrases whose SPEC §2 reading is settled, as
  vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p bella-extract
  --test vectors` with a pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/comtravo+ctparse/repo). Converted from commit
6e7817565829a2875f839f7392f1b896376c2e24 (2022-11-28), read with `git show COMMIT:path`
and parsed with `ast` (the corpora are Python literals; nothing of ctparse is run).

How a case is read. Each corpus entry is (target, reference, phrases): the target is
ctparse's resolution, `Time[]{2018-03-12 X:X (X/morning)}`, `Interval[]{None -
X-X-X 08:00 (X/X)}` or `Duration[]{...}`; the reference a wall time (the cases put it in
`America/Toronto`). Most phrases are German; a phrase is kept only when it is English.
The target says what was said (month, day, hour, part of day), the text says which of
these the caller said (a year, a month, a day of the month, a weekday, a.m./p.m.), and
the label comes from the SPEC §2 rules of `blindlib.py` at the reference: a month and
day without a year is the nearest from today on, a day of the month alone the nearest
such date, a weekday alone the next one after today, "next Friday" next week's, a bare
hour a business hour (1 to 6 p.m.), a time without a day today if still ahead, a bound
or a range of hours a `window` (a part of day beside it kept), "noon" 12:00. Where that
differs from ctparse's target the case says so in its `note`. A reading SPEC does not
settle (German, written numeric dates, a weekday that disagrees with the date SPEC
gives, early/late parts of day, spans of days, durations, past dates) is excluded with
its reason, never relabelled to match Bella. Standard library only.
"""

import ast
import re
import sys
from datetime import date, datetime
from pathlib import Path

COMMIT = "6e7817565829a2875f839f7392f1b896376c2e24"
DEFAULT_GIT_DIR = "/work/.mirror/comtravo+ctparse/repo"
SOURCES = ("ctparse/time/corpus.py", "ctparse/time/auto_corpus.py")
TZ = "America/Toronto"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref, biz  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import finish, git_show  # noqa: E402

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY = r"\b(mon|tue|wed|thu|fri|sat|sun)(day|s|sday|nesday|rsday|r|rs|urday)?\b\.?"
MONTH = (r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|"
         r"tember|ober|ember)?\b\.?")
PARTS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening"}
MERIDIEM = r"\d\s*(a\.?m\b|p\.?m\b)"

# German words (ctparse's corpora are mostly German): such a phrase is not English.
GERMAN = (r"[äöüß]|\b(uhr|ab|bis|vom|von|zum|zur|nach|vor|der|den|dem|die|das|und|zwischen|gegen|"
          r"heute|morgen|morgens|gestern|abends?|nachts?|mittags?|vormittags?|nachmittags?|fruh|"
          r"diese[nmr]?|nächste[nr]?|kommenden|woche|erster|letzter|spätest|ca|ende|des|monats|"
          r"jahres|jetzt|genau|gerade|eben|tage|wochen|minuten|monat|nacht|stunde|halbe?|viertel|"
          r"auf|dez|mrz|mo|die|mi|do|fr|sa|so|januar|februar|juni|juli|oktober|dezember|ten|ter|"
          r"frühestens|spätestens|nicht|mittag|mitternacht|eine?|neun|acht|nächte|für|übernachtung|"
          r"sehr|später|früher|journey|vorgestern)\b|\w+(tag|tags|morgen|nacht|nachmittag|vormittag|abend|"
          r"früh)\b|\bam\s+(\d|[a-z]+tag)|\bum\s+\d")

# (pattern on the lower-cased English text, reason). First match wins.
TEXT_EXCLUSIONS = [
    (r"\d\s*\.\s*\d|\b\d{1,2}\.(\s|$)|\d{1,4}-\d{1,2}-\d{2,4}|\b\d{4}/\d|\b\d{1,2}-\d{1,2}\b(?!\s*(am|pm))"
     r"|\d{1,2}/[a-z]|[a-z]/\d|\d[a-z]{3}\d|\b\d{1,2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
     r"|\b(1[3-9]|2\d|3[01])/\d{1,2}\b",
     "a written date or time ('8.5.', '07-05-2018', '2018/08/05', '8/May', '10Aug17', '14NOV', "
     "'23/2/2018' day first): not a form a caller says or a speech recogniser writes"),
    (r":\d\d[a-z]{3}\b", "an airport code glued to a time ('10:10SXF'): not a caller's booking turn"),
    (r"\b(early|earliest|late|latest|first|last|possible|very)\b|\bforenoon\b",
     "an early/late/first/last part ('early morning', 'tomorrow last'): SPEC has three parts "
     "of day, no early/late"),
    (r"\bnight\b", "'night': SPEC names morning, afternoon and evening, and 'tonight' as a day"),
    (r"\b(eom|eoy|end of)\b", "an end of month or year: SPEC gives no such day"),
    (r"\b(yesterday|ago)\b", "a past phrase: SPEC drops past phrases (future bias)"),
    (r"\b(right)?now\b", "an instant ('now'): SPEC gives no start for now"),
    (r"\b(\d+|one|two|three|seven|twenty|thirty|a|an|half|for)\s+(days?|weeks?|months?|hours?|minutes?|nights?)\b"
     r"|\bhalf hour\b",
     "a duration ('30 days', 'for one hour'): SPEC has no length"),
    (r"\b(mon|tues|wednes|thurs|fri|satur|sun)days\b", "a plural weekday ('mondays'): "
     "a repeating day, SPEC gives one start"),
    (r"\bhalf (?!past)|\bhalfe\b", "'half eight' (British 8:30, ctparse's German 7:30) or a "
     "misspelling: SPEC names only 'half past'"),
    (r"\b\d{1,2}(st|nd|rd|th)\W+\d{1,2}(st|nd|rd|th)\b", "two days of the month ('24th 25th "
     "December'): SPEC gives one start"),
    (r"\bflight\b|\w+journey", "travel-booking words around the date: not a caller's booking turn"),
]


def german(text):
    low = text.lower()
    return re.search(GERMAN, low) is not None or re.search(r"\b[A-Z][a-z]+(tag|nacht)\b", text) is not None


def text_exclusion(low):
    for pattern, reason in TEXT_EXCLUSIONS:
        if re.search(pattern, low):
            return reason
    return None


POINT = re.compile(r"(X|\d{4})-(X|\d\d)-(X|\d\d) (X|\d\d):(X|\d\d) \(X/(\w+)\)")


def point(s):
    """(date parts, (h, m) or None, part of day or None) of a target point, None for None."""
    s = s.strip()
    if s == "None":
        return None
    m = POINT.fullmatch(s)
    if not m:
        raise ValueError(f"unknown point {s!r}")
    y, mo, d, hh, mm, pod = m.groups()
    num = [None if v == "X" else int(v) for v in (y, mo, d)]
    clock = None if hh == "X" else (int(hh), 0 if mm == "X" else int(mm))
    return num, clock, None if pod == "X" else pod


def said(low):
    """What the text says about the day: year, month, day of month, weekday, relative day."""
    year = re.search(r"\b(19|20)\d\d\b", low) or re.search(
        MONTH + r"\s*\d{1,2}(st|nd|rd|th)?,?\s+\d{2}\b(?!\s*[:.h]|\s*(am|pm))", low) or re.search(
        r"\b\d{1,2}(st|nd|rd|th)?\s+" + MONTH + r",?\s+\d{2}\b(?!\s*[:.h])", low) or re.search(
        r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", low)
    month = re.search(MONTH, low) or re.search(r"\b\d{1,2}/\d{1,2}\b", low)
    dom = re.search(r"\b\d{1,2}(st|nd|rd|th)\b", low) or re.search(
        MONTH + r"\s*\d{1,2}\b", low) or re.search(r"\b\d{1,2}\s+(of\s+)?" + MONTH, low) or re.search(
        r"\b\d{1,2}/\d{1,2}\b", low) or re.search(WEEKDAY + r",?\s+(the\s+)?\d{1,2}\b(?!\s*[:.]|\s*(am|pm))", low)
    wd = re.search(WEEKDAY, low)
    rel = None
    if re.search(r"\bday after tomorrow\b", low):
        rel = 2
    elif re.search(r"\btomorrow\b", low):
        rel = 1
    elif re.search(r"\b(today|tonight)\b", low):
        rel = 0
    return {"year": bool(year), "month": bool(month), "dom": bool(dom),
            "weekday": WEEKDAYS.index(wd.group(1)) if wd else None,
            "next": bool(re.search(r"\b(next|following)\b", low)), "rel": rel}


MONTH_NUMBERS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def text_month_day(low):
    """(month, day) said in words ("Jul 26th", "26 of July") when ctparse gives none."""
    m = re.search(MONTH + r"\s*(\d{1,2})(st|nd|rd|th)?\b", low)
    if m:
        return MONTH_NUMBERS.index(m.group(1)[:3]) + 1, int(m.group(3))
    m = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + MONTH, low)
    if m:
        return MONTH_NUMBERS.index(m.group(4)[:3]) + 1, int(m.group(1))
    return None, None


def spec_day(ref, low, parts):
    """(date or None when no day is said, reason when SPEC does not settle it)."""
    s = said(low)
    y, mo, d = parts
    if s["year"]:
        if None in (y, mo, d):
            return None, "a month or a year without a day: SPEC gives no date"
        day = date(y, mo, d)
        if day < ref.today:
            return None, "a date before today: SPEC books ahead (future bias)"
    elif s["month"] and slash_day_first(low, mo, d):
        return None, "a slash date ctparse reads day first: SPEC gives no day-first reading"
    elif s["month"]:
        if d is None or mo is None:
            mo, d = text_month_day(low)
            if d is None:
                return None, "a month alone: SPEC gives no date"
        day = ref.month_day(mo, d)
    elif s["dom"]:
        if d is None:
            return None, "a day of the month ctparse did not resolve"
        day = ref.dom(d)
    elif s["weekday"] is not None:
        name = WEEKDAYS[s["weekday"]]
        day = ref.next_week(name) if s["next"] else ref.weekday(name)
    elif s["rel"] is not None:
        day = ref.plus(s["rel"])
    else:
        return None, None
    if s["weekday"] is not None and day.weekday() != s["weekday"]:
        return None, ("a weekday that is not the weekday of the date SPEC gives (ctparse looks "
                      "for a month where they agree): SPEC does not settle it")
    if s["rel"] is not None and (s["weekday"] is not None or s["dom"]) and day != ref.plus(s["rel"]):
        return None, "a relative day beside a date that is another day: SPEC does not settle it"
    return day, None


def slash_day_first(low, mo, d):
    m = re.search(r"\b(\d{1,2})/(\d{1,2})\b", low)
    return m is not None and (int(m.group(1)), int(m.group(2))) != (mo, d)


def spec_clock(low, clock, pod_word):
    """SPEC's (h, m) for a clock time ctparse read as `clock`, or (None, reason)."""
    h, m = clock
    if re.search(MERIDIEM, low):
        pm = re.search(r"\d\s*p\.?m\b", low) and not re.search(r"\d\s*a\.?m\b", low)
        am = re.search(r"\d\s*a\.?m\b", low) and not re.search(r"\d\s*p\.?m\b", low)
        if (pm and h < 12) or (am and h >= 12) or re.search(r"(?<![\d:.])(1[3-9]|2\d)\s*[ap]\.?m", low):
            return None, "a.m./p.m. ctparse does not follow ('20am'): SPEC does not settle it"
        return (h, m), None
    if h >= 13 or re.search(r"(?<!\d)0\d\s*[:h]?\s*\d\d\b|(?<!\d)0\d\s*h\b|\b(1[3-9]|2[0-3])\b", low):
        return (h, m), None  # a 24-hour form, as said
    if re.search(r"\bnoon\b", low) and (h, m) == (12, 0):
        return (12, 0), None
    if re.search(r"\bmidnight\b", low):
        return None, "midnight: SPEC does not settle its day"
    if pod_word:
        if (pod_word == "morning") != (h < 12):
            return None, "a part of day that disagrees with ctparse's hour"
        return (h, m), None
    h12 = h % 12 or 12
    if not re.search(rf"(?<!\d){h12}(?!\d)|(?<!\d){h12}\d\d\b|\b(one|two|three|four|five|six|seven|"
                     r"eight|nine|ten|eleven|twelve)\b", low):
        return None, "an hour not said as a number or a word SPEC reads"
    return (biz(h12), m), None


def part_word(low):
    found = [p for w, p in PARTS.items() if re.search(r"\b" + w + r"\b", low)]
    return found[0] if len(found) == 1 else None


def convert(target, ref, text):
    """(expected, note) or (None, reason)."""
    low = text.lower().strip()
    if german(text):
        return None, "German: Bella's English extractor reads English (SPEC §2)"
    reason = text_exclusion(low)
    if reason:
        return None, reason
    kind, body = re.fullmatch(r"(\w+)\[\]\{(.*)\}", target).groups()
    if kind == "Duration":
        return None, "a duration: SPEC has no length"
    pod_word = part_word(low)
    if kind == "Time":
        parts, clock, pod = point(body)
        if clock is None and pod is None and None in parts:
            if re.fullmatch(r"(19|20)\d\d", low):
                return None, "four digits alone that may be a year: SPEC gives no date"
            return None, "a year or a month alone: SPEC gives no date"
        day, why = spec_day(ref, low, parts)
        if why:
            return None, why
        if pod == "noon" and re.search(r"\bnoon\b", low) and not re.search(r"\bafter noon\b", low):
            clock, pod = (12, 0), None
        if pod is not None and pod not in PARTS:
            return None, f"ctparse's part of day '{pod}': SPEC names morning, afternoon, evening"
        if clock is not None:
            if re.fullmatch(r"(19|20)\d\d", low):
                return None, "four digits alone that may be a year: SPEC gives no date"
            if re.search(r"\b(19|20)\d\d\b", low) and re.search(rf"\b{clock[0]:02d}{clock[1]:02d}\b", low):
                return None, "four digits after a date that may be a year or a 24-hour time"
            hm, why = spec_clock(low, clock, pod_word)
            if why:
                return None, why
            if day is None:
                try:
                    day = ref.at(*hm)
                except ValueError:
                    return None, "a time equal to now: SPEC does not settle its day"
            want = {"when": f"{day.isoformat()}T{hm[0]:02d}:{hm[1]:02d}", "part_of_day": None,
                    "window": None}
        else:
            if day is None and pod is None:
                return None, ("a bare number ctparse reads as a day of the month, or words SPEC "
                              "does not name")
            if day is None:
                return None, "a part of day without a day: SPEC settles no day for it"
            want = {"when": day.isoformat(), "part_of_day": pod, "window": None}
        return want, None
    # Interval
    a_s, b_s = re.fullmatch(r"(.*?) - (.*)", body).groups()
    a, b = point(a_s), point(b_s)
    ends = [p for p in (a, b) if p is not None]
    if any(p[1] is None and p[2] != "noon" for p in ends):
        return None, "a span of days or of parts of day: SPEC gives one start"
    if a is not None and b is not None and a[0] != b[0]:
        return None, "a range across days: SPEC gives one start"
    bounds = []
    for p in (a, b):
        if p is None:
            bounds.append(None)
        elif p[2] == "noon":
            if not re.search(r"\bnoon\b", low):
                return None, "a bound ctparse reads as noon from other words"
            bounds.append((12, 0))
        else:
            hm, why = spec_clock(low, p[1], pod_word)
            if why:
                return None, why
            bounds.append(hm)
    if a is not None and b is not None:
        if bounds[0] >= bounds[1]:
            return None, "a range of hours that ends before it starts: SPEC windows bound one day"
        if not re.search(r"\b(between|from|to|til|till)\b|-", low):
            return None, "a range said without a range word"
    day, why = spec_day(ref, low, ends[0][0])
    if why:
        return None, why
    if day is None:
        try:
            day = ref.window_day(bounds[0], bounds[1])
        except ValueError:
            return None, "now inside an open window: SPEC does not settle its day"
    win = {"after": None if bounds[0] is None else f"{bounds[0][0]:02d}:{bounds[0][1]:02d}",
           "before": None if bounds[1] is None else f"{bounds[1][0]:02d}:{bounds[1][1]:02d}"}
    return {"when": day.isoformat(), "part_of_day": pod_word, "window": win}, None


def note_for(target, ref, want):
    """Where ctparse's target differs from the SPEC label, the note saying how."""
    kind, body = re.fullmatch(r"(\w+)\[\]\{(.*)\}", target).groups()
    if kind == "Interval":
        return "ctparse gives an interval; SPEC §2: a bound or a range of hours is a window on one day"
    parts, clock, pod = point(body)
    notes = []
    if None in parts and want["when"]:
        notes.append("ctparse gives no date; SPEC §2: a time without a day is today if still "
                     "ahead, else tomorrow")
    elif want["when"][:10] != date(*parts).isoformat():
        notes.append(f"ctparse gives {date(*parts).isoformat()}; SPEC §2 gives the date from "
                     "what was said at the reference")
    if clock and "T" in want["when"] and want["when"][11:] != f"{clock[0]:02d}:{clock[1]:02d}":
        notes.append(f"ctparse reads {clock[0]:02d}:{clock[1]:02d}; SPEC §2: a bare hour is a "
                     "business hour")
    if pod == "noon" and "T" in want["when"]:
        notes.append("ctparse gives noon as a part of day; SPEC §2: noon is 12:00")
    return "; ".join(notes) or None


def too_far_or_past(ref, want):
    """A label SPEC's future bias leaves out: before now, or more than a year ahead."""
    when = want["when"]
    if when is None:
        return None
    day = date.fromisoformat(when[:10])
    if (day - ref.today).days > 366:
        return "more than a year ahead: a caller books nearer, SPEC's nearest-date rules do not reach"
    if "T" in when and datetime.fromisoformat(when) <= ref.local.replace(tzinfo=None):
        return "a date and time already past: SPEC books ahead (future bias)"
    return None


def load(git_dir):
    """(target, reference, phrase) in corpus order, from both corpora at COMMIT."""
    for path in SOURCES:
        tree = ast.parse(git_show(git_dir, COMMIT, path))
        node = next(n for n in tree.body if isinstance(n, ast.Assign)
                    and getattr(n.targets[0], "id", None) == "corpus")
        for target, now, phrases in ast.literal_eval(node.value):
            for text in phrases:
                yield target, now, text


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    kept, excluded, seen = [], [], set()
    for target, now_text, text in load(git_dir):
        key = (text, now_text)
        if key in seen:
            continue
        seen.add(key)
        now = datetime.fromisoformat(now_text)
        ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
        want, why = convert(target, ref, text)
        if want is not None:
            why = too_far_or_past(ref, want)
            if why:
                want = None
        if want is None:
            excluded.append({"text": text, "ctparse": target, "now": now_text, "reason": why})
            continue
        row = {"id": f"ctparse-en-{len(kept) + 1:04}", "kind": "time", "text": text,
               "now": ref.now, "tz": TZ, "expected": want}
        note = note_for(target, ref, want)
        if note:
            row["note"] = note
        kept.append(row)
    finish(HERE.parent / "ctparse_time_en.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
