"""The SPEC §2 label of a phrase whose other-parser value is known, shared by
`natty/convert.py` and `timefhuman/convert.py`.

Another parser's value says *what* was said (the month and day, the hour and minute);
the text says *which* of these the caller said (a year, a month, a weekday, a.m./p.m., a
part of the day); the label comes from the SPEC §2 rules of `blindlib.py` at the test's
reference: a month and day without a year the nearest from today on, a weekday alone the
next one after today, "next Friday" and "Friday next week" next week's, "in N days" and
"N days from now" that many days ahead, a bare hour a business hour (1 to 6 p.m.) unless
"morning", "afternoon", "evening", "tonight" or a.m./p.m. say otherwise, 24-hour forms
as said, a time without a day today if still ahead, a part of the day with a day the day
and `part_of_day`, two clock times joined by "to" or a dash a `window` on one day.

`label()` returns `(expected, note)` (the note says where the other parser differs) or
`(None, reason)` when the SPEC does not settle the phrase. `EXCLUSIONS` are the families
left out by their wording alone, first match wins. Standard library only.
"""

import re
from datetime import date, datetime, timedelta

from blindlib import am, biz, pm

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY = r"\b(mon|tue|tues|tu|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\b\.?"
MONTH = (r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(uary|ruary|ch|il|e|y|ust|"
         r"tember|ober|ember)?\b\.?")
MERIDIEM = r"\d\s*(a|p)\.?(m\b\.?|_m\b|\b|\.|(?=\s|$))"
# A time of day said in the text (a number that is no clock, a day alone, is not one).
CLOCK = (r"\d\s*[:.]\s*\d\d(?!\d)|" + MERIDIEM + r"|\b(noon|midday)\b|\b\d{3,4}\s*(h|hrs|hours)\b|"
         r"\b\d{1,2}\s*o'?\s?clock\b|(\bat|@)\s*\d|\b\d{1,2}\s+in the (morning|afternoon|evening)\b|"
         r"^\s*\d{1,4}\s*$|\b(tonight|evening|morning|afternoon)\s+(at\s+)?\d")
H24 = r"\b(1[3-9]|2[0-3]|0\d)\s*[:.]?\s*\d\d\b|\b[012]\d{3}\s*(h|hrs|hours)?\b|\b(1[3-9]|2[0-3])\s*(h|hrs|hours)\b"
RELATIVE = r"(?<![:\d])\b(\d+|a|an|one|two|three|four|five|six)\s+(minutes?|mins?|hours?|hrs?)\b"

EXCLUSIONS = [
    (r"\d:\d\d:\d\d|\bseconds\b|\b(in|a|one|\d+) second\b|\bsecs?\b|\b(this|next|last) (second|minute|hour)\b|^\s*now\b|\bnow to\b",
     "seconds or an instant ('in 5 seconds', 'this minute', 'now'): SPEC gives minutes, no start for now"),
    (r"\b(ago|last|yesterday|previous|prior|this past)\b|(?<!half )(?<!quarter )\bpast\b|"
     r"\b(slept|happened|was|were|did|occured|occurred)\b",
     "a past phrase: SPEC drops past phrases (future bias)"),
    (r"\b(est|edt|pst|pdt|cst|cdt|mst|mdt|utc|gmt)\b|\b(eastern|pacific|central|mountain) time\b",
     "a time zone: SPEC reads every time in the business's zone"),
    (r"\d{4}-\d|\d{1,2}-\d{1,2}-\d{2,4}|\d+\s*/\s*\d+|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\d-[a-z]{3}|[a-z]{3}-\d"
     r"|\d{4}-\d{2}-\d{2}t",
     "a written numeric date ('7/17', '2018-7-17', '28-Feb-2010', '7-17-18'): not a form a caller "
     "says or a speech recogniser writes"),
    (r"'\d\d\b|\bin the year\b", "a two-digit year or 'in the year': SPEC does not settle it"),
    (r"\b(christmas|easter|thanksgiving|halloween|new year|valentine|memorial|labor|independence)\b",
     "a named holiday: SPEC §2 names no holidays"),
    (r"\b(years?|yrs?|months?|weekends?|fortnights?|quarters?(?! (to|past|after) )|spring|summer|autumn|"
     r"fall|winter|current)\b|\bweeks?\b(?! (from|on))(?<!next week)(?<!this week)",
     "a year, a month, a season or a week as a span: SPEC gives one start and no such day"),
    (r"\b(first|second|third|fourth|fifth|final|last|\d+(st|nd|rd|th)) (mon|tue|tues|wed|thu|thur|thurs|"
     r"fri|sat|sun)\w*\b|\b(first|last) day\b|\b\d+ (mon|tue|wed|thu|fri|sat|sun)\w*s\b|"
     r"\b(one|two|three|four|five|six|a) (mon|tue|wed|thu|fri|sat|sun)\w*s\b",
     "an ordinal or a count of weekdays ('third Wednesday of December', '4 mondays from now'): SPEC "
     "§2 does not name it"),
    (r"\b(a|one|two|three) weeks? (from|on|after) (this |next )?(mon|tue|wed|thu|fri|sat|sun)",
     "a week counted from a weekday ('a week from this friday', 'a week on tuesday'): SPEC §2 "
     "does not name it"),
    (r"\bafter next\b|\bnext next\b|\bupcoming\b|\bfollowing\b|\b(day|week|month|year)s? (after|before)\b|"
     r"\b(mon|tue|wed|thu|fri|sat|sun)\w* (after|before)\b|\bbefore (may|\w+day)\b",
     "'after next', 'upcoming', 'following', a day counted from another: SPEC gives 'next' only "
     "before a weekday or a week"),
    (r"\b(hours?|minutes?) (before|after) (noon|midnight)\b",
     "hours counted from noon or midnight: SPEC does not name it"),
    (r"\bmidnight\b|\bmid-night\b|\bat night\b|\bnight\b(?<!tonight)",
     "midnight or 'night': SPEC names noon, three parts of the day and 'tonight' as a day"),
    (r"\b(tonight|this evening|evening) (at |@ )?([1-4])(:\d\d)?\b(?!\s*(pm|p\.m))",
     "an hour before 5 said 'tonight': SPEC does not settle whether it is p.m. or the night after"),
    (r"\bfor (\d+|an?|one|two|three|six|ten|twelve|twenty)\b|\bthrough\b|\buntil\b|\btill\b|"
     r"\b(mon|tue|wed|thu|fri|sat|sun)\w* to (mon|tue|wed|thu|fri|sat|sun)",
     "a duration or a span of days ('for six hours', 'monday to friday'): SPEC has no length, "
     "one start"),
    (r"\bwithin\b|\bby (next|the end|september|\w+day)\b",
     "a deadline ('within 5 days', 'by next week'): SPEC reads no start from it"),
    (MONTH + r"\s*\d{1,2}(st|nd|rd|th)?,?\s+\d{1,2}\s*$",
     "a bare number after a month and day ('April 20 10'): SPEC does not settle whether it is "
     "an hour"),
    (r"^\s*\d{1,2}a\s*$", "a number glued to 'a' alone ('10a'): SPEC does not name it, and "
     "'unit 4a' is a code (as in `parsedatetime/excluded.jsonl`)"),
    (r"_", "an underscore ('10a_m', '8 p_m'): not a form a speech recogniser writes"),
    (r"\b\d+\.\d+\s*(h|hours?)\b|\b\d+h\d+m\b|\b\d+\s*(m|h|d|w|wk)\b(?!\w)|\ba wk\b",
     "shorthand amounts ('1.5h', '2h30m', '40m', 'a wk'): not a phrasing SPEC reads"),
]


def says_clock(low):
    """Whether the text says a time of day the way SPEC reads one ('3p', 'at 9', '9:30')."""
    return re.search(CLOCK, low) is not None


def exclusion(low):
    """The reason a phrase is left out by its wording alone, else None."""
    for pattern, reason in EXCLUSIONS:
        if re.search(pattern, low):
            return reason
    return None


def _weekday_index(word):
    word = {"tu": "tue"}.get(word, word)
    return WEEKDAYS.index(word[:3])


def month_day_said(low, ref, value_date, dom):
    """The day of a month and day `dom` said (either language): with a year said, the
    other parser's date (a past one, or one more than a year ahead, is not settled: a
    string says why); without, the nearest such date from today on."""
    if re.search(r"\b(19|20)\d\d\b", low):
        if value_date < ref.today:
            return "a past date: SPEC drops past phrases (future bias)"
        if (value_date - ref.today).days > 366:
            return "a date more than a year ahead: SPEC takes the nearest date"
        return value_date
    return ref.month_day(value_date.month, dom)


def spec_day(low, ref, value_date):
    """The day SPEC reads from the text (a date), None when no day is said, or a string
    saying why the day is not settled. `value_date` is the other parser's date or None."""
    if re.search(r"\bday after tomorrow\b", low):
        return ref.plus(2)
    if re.search(r"\b(tomorrow|tmr|tmw|tmrw)\b", low):
        return ref.plus(1)
    m = re.search(r"\bin (\d+|a|one|two|three|four|five|six|seven) (days?|weeks?)\b|"
                  r"\b(\d+|a|one|two|three) (days?|weeks?) from (now|today)\b", low)
    if m:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
        n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        n = int(n) if n.isdigit() else words[n]
        return ref.plus(n * (7 if unit.startswith("week") else 1))
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return ref.today
    wd = re.search(WEEKDAY, low)
    month = re.search(MONTH, low)
    if month and not (wd and month.group(1) == "mar" and False):
        if value_date is None:
            return "the other parser's date is not asserted"
        said = re.search(MONTH + r"\s*(\d{1,2})(st|nd|rd|th)?\b|\b(\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + MONTH
                         + r"|\b(first|second|third|fourth|fifth|tenth|twentieth|thirty first)\b", low)
        if not said:
            return "a month without a day: SPEC gives no date"
        day = month_day_said(low, ref, value_date, value_date.day)
        if isinstance(day, str):
            return day
        if wd and day.weekday() != _weekday_index(wd.group(1)):
            return "a weekday that is not the day of the nearest such date: SPEC does not settle it"
        return day
    if wd:
        name = wd.group(1)
        if re.search(r"\bnext\s+" + name + r"|\b" + name + r"\w*\.?,?\s+(of\s+)?next week\b|\bnext week,?\s+"
                     + name, low):
            return ref.next_week(name)
        if re.search(r"\b" + name + r"\w*\.?\s+(of\s+)?this week\b", low):
            this_week = ref.today + timedelta(days=_weekday_index(name) - ref.today.weekday())
            if this_week < ref.today:
                return "a day of this week already past: SPEC gives no date"
            return this_week
        if re.search(r"\bnext\b", low):
            return "'next' beside a weekday but not before it: SPEC does not settle it"
        return ref.weekday(name)
    if re.search(r"\b\d{1,2}(st|nd|rd|th)\b", low):
        return ref.dom(int(re.search(r"\b(\d{1,2})(st|nd|rd|th)\b", low).group(1)))
    return None


def spec_hour(low, value_hour):
    """The hour SPEC reads from the text, given the other parser's hour: as said with
    a.m./p.m. or in 24-hour form, noon 12, else the business-hour reading or the part of
    the day said."""
    if re.search(MERIDIEM, low) or re.search(H24, low):
        return value_hour
    if re.search(r"\b(noon|midday)\b", low):
        return 12
    h12 = value_hour % 12 or 12
    if re.search(r"\bmorning\b", low):
        return am(h12)
    if re.search(r"\b(afternoon|evening|tonight)\b", low):
        return pm(h12)
    return biz(h12)


def part_of_day(low):
    for word, part in (("morning", "morning"), ("afternoon", "afternoon"), ("evening", "evening"),
                       ("tonight", "evening")):
        if re.search(r"\b" + word + r"\b", low):
            return part
    return None


def relative(low, ref):
    """'in 5 hours', '4 minutes from now', '750 minutes from now': the instant, or None."""
    m = re.search(r"\bin (\d+) (minutes?|mins?|hours?|hrs?)\b|\b(\d+) (minutes?|mins?|hours?|hrs?) "
                  r"(from now|hence)\b", low)
    if not m:
        return None
    n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    delta = timedelta(hours=int(n)) if unit.startswith("h") else timedelta(minutes=int(n))
    return (ref.local.replace(tzinfo=None) + delta)


def _notes(other, want, other_has_time):
    notes = []
    if other is None:
        return None
    if not want.startswith(other.strftime("%Y-%m-%d")):
        notes.append(f"the other parser gives {other:%Y-%m-%d}; SPEC §2 gives {want[:10]}")
    if "T" in want and other_has_time and want[11:] != other.strftime("%H:%M"):
        notes.append(f"the other parser reads {other:%H:%M}; SPEC §2 reads {want[11:]}")
    return "; ".join(notes) or None


def label(text, ref, value, value_has_date, value_has_time, end=None):
    """(expected, note) of a phrase, or (None, reason). `value` is the other parser's
    start as a naive wall datetime (its date or time may be unasserted: the flags say),
    `end` the end of a range it gives (same flags), or None."""
    low = " ".join(text.lower().split())
    why = exclusion(low)
    if why:
        return None, why
    rel = relative(low, ref)
    if rel is not None:
        if end is not None:
            return None, "a range of relative times: SPEC gives one start"
        if value_has_time and (rel.hour, rel.minute) != (value.hour, value.minute):
            return None, "the other parser's relative time is not now plus the amount said"
        want = rel.strftime("%Y-%m-%dT%H:%M")
        return {"when": want, "part_of_day": None, "window": None}, None
    if re.search(RELATIVE, low):
        return None, "minutes or hours without 'in' or 'from now' (a duration): SPEC reads no start"
    day = spec_day(low, ref, value.date() if value_has_date else None)
    if isinstance(day, str):
        return None, day
    if isinstance(day, date) and day < ref.today:
        return None, "a past date: SPEC drops past phrases (future bias)"
    clock = re.search(CLOCK, low) and value_has_time
    if end is not None:
        if not clock:
            return None, "a range of days: SPEC gives one start"
        if end.date() != value.date() or end <= value:
            return None, "a range across days or midnight: SPEC windows bound one day"
        after = (spec_hour(low, value.hour), value.minute)
        if re.search(MERIDIEM, low) or re.search(H24, low):
            before = (end.hour, end.minute)
        else:
            before = (spec_hour(low, end.hour), end.minute)
        if before <= after:
            return None, "a range whose end SPEC reads before its start"
        if day is None:
            try:
                day = ref.window_day(after, before)
            except ValueError as err:
                return None, f"a window without a day: {err}"
        win = {"after": f"{after[0]:02d}:{after[1]:02d}", "before": f"{before[0]:02d}:{before[1]:02d}"}
        want = {"when": day.isoformat(), "part_of_day": None, "window": win}
        note = _notes(value, day.isoformat(), False) if value_has_date else None
        if (value.hour, value.minute) != after or (end.hour, end.minute) != before:
            note = ((note + "; ") if note else "") + (f"the other parser reads {value:%H:%M}-{end:%H:%M}; "
                                                      f"SPEC §2 reads {win['after']}-{win['before']}")
        return want, note
    if clock:
        h = spec_hour(low, value.hour)
        mi = value.minute
        if day is None:
            try:
                day = ref.at(h, mi)
            except ValueError as err:
                return None, f"a time without a day: {err}"
        want = f"{day.isoformat()}T{h:02d}:{mi:02d}"
        other = value if value_has_date else datetime.combine(day, value.time())
        return {"when": want, "part_of_day": None, "window": None}, _notes(other, want, True)
    if day is None:
        return None, "no day and no clock time SPEC reads (a part of the day alone, a bare number)"
    want = day.isoformat()
    note = _notes(value, want, False) if value_has_date else None
    if value_has_time:
        note = ((note + "; ") if note else "") + f"the other parser gives the day's {value:%H:%M}; SPEC §2: a day alone"
    return {"when": want, "part_of_day": part_of_day(low), "window": None}, note
