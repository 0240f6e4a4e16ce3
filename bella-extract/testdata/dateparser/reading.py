"""The SPEC reading of a dateparser test phrase, written from /work/shared/eval/SPEC.md §2
and SPEC-fr.md §5.5 (not from Bella's code, nor from dateparser's values).

`parse(lang, text)` finds what the phrase says (a day: relative, weekday, day of the
month, month and day, full date; a clock time with its a.m./p.m. or part-of-day marker; a
part of day) or returns the reason it is left out; `resolve(said, ref)` turns that into
the `expected` object of a vector case at a reference instant, with the `blindlib.py`
oracle (future bias, a weekday alone is never today, bare hours 1-6 are p.m.).
`language_of(text)` sorts the phrases of tests that carry no language. Standard library
only.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from blindlib import T, biz
from corpuslib import first_reason

NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
          "huit": 8, "neuf": 9, "dix": 10}
MONTHS = {
    "en": [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
           ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
           ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
           ("december", "dec")],
    "fr": [("janvier", "janv"), ("février", "fevrier", "févr", "fév"), ("mars",),
           ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
           ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
           ("décembre", "decembre", "déc")],
}
WEEKDAYS = {
    "en": [("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"),
           ("thursday", "thurs", "thur", "thu"), ("friday", "fri"), ("saturday", "sat"),
           ("sunday", "sun")],
    "fr": [("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",),
           ("dimanche",)],
}
# Words that carry nothing for the SPEC reading (a phrase of the date-only tests must be
# made of these and the date words to be read).
FILLER = {
    "en": "at on the of in and this next coming from today tomorrow day after st nd rd th "
          "am pm a m p noon midday morning afternoon evening tonight week weeks days".split(),
    "fr": "le la l à a de du d et ce cette en dans prochain prochaine aujourd'hui demain "
          "après-demain après demain h min midi minuit matin soir après-midi avant-midi "
          "jour jours semaine semaines er am pm".split(),
}

# (language or None, pattern on the lower-case text, reason): first match wins.
EXCLUSIONS = [
    (None, r"\b(utc|gmt|[ecmp][sd]t|cet|aedt|aest|ist|jst|msk|z)\b|[+-]\d{2}:?\d{2}\b|\btimezone\b",
     "a time zone: SPEC reads every time in the business's zone"),
    (None, r"\d{1,4}\s*[/.-]\s*\d{1,2}(\s*[/.-]\s*\d{1,4})?(?!\s*(h|heures?)\b)",
     "a date written only as numbers (ISO, 10/11/12, 29/02): a caller never says it, and "
     "day/month and month/day are both in use in Canada"),
    (None, r"\d{5,}|\d(?!h\d)[a-z]+\d", "a run of digits (a timestamp or a packed date): not a spoken form"),
    ("en", r"\b(ago|yesterday|last|past|previous|prior|before|earlier|since|was|were|been|updated)\b",
     "a past reference: SPEC drops past phrases (future bias)"),
    ("fr", r"\bil y ?a\b|\bhier\b|\bavant-hier\b|\bdernier|\bdernière|\bpassé|\bdepuis\b|\bété\b",
     "a past reference: SPEC drops past phrases (future bias)"),
    ("en", r"\blater\b|\bafter \w+ days?\b|\btill\b|\buntil\b|\bby\b",
     "'2 days later', 'after 4 days', 'till date': SPEC counts days 'in N days' from today "
     "and reads 'after'/'by' as window bounds"),
    ("en", r"\b(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b|\d\s*(h|hr|m|s|d)\b|\b(just )?now\b(?<!from now)",
     "now, or minutes or hours from now: SPEC gives clock times and days"),
    ("fr", r"\b(dans|en|environ|de|une|\d+)\s+heures?\b(?!\s*(\d|du|de|et))|\b(minutes?|secondes?)\b|"
           r"(?<!h \d\d )\bmin\b|\bmaintenant\b|\bmoins de\b",
     "now, or minutes or hours from now: SPEC gives clock times and days"),
    ("en", r"\b(months?|years?|decades?|centur(y|ies)|fortnights?|weekends?|quarters?)\b|\d\s*\.\s*\d+\s*days?",
     "months, years or a fraction of a day from now: SPEC gives days and weeks ahead"),
    ("fr", r"\b(mois|ans?|années?|décennies?|siècles?|trimestres?|fin de semaine|week-ends?|quinze jours|en huit)\b",
     "months or years from now: SPEC gives days and weeks ahead"),
    ("en", r"\bmidnight\b", "midnight said with a day: the start or the end of that day, SPEC does not settle it"),
    ("fr", r"\bminuit\b", "'minuit' said with a day: SPEC-fr names only the next midnight"),
    ("en", r"\b(christmas|easter|thanksgiving|halloween|new year)\b", "a named holiday: SPEC names no holidays"),
]


@dataclass
class Said:
    """What a phrase says, as SPEC reads it."""
    rel_days: int | None = None
    ymd: tuple | None = None  # (y, m, d)
    md: tuple | None = None  # (m, d)
    dom: int | None = None
    weekday: int | None = None
    next_week: bool = False  # English "next Friday"
    fr_prochain: bool = False  # French "vendredi prochain"
    clock: tuple | None = None  # (h, m) as SPEC reads it
    bare_hour: int | None = None  # the hour said without a marker (for the note)
    pod: str | None = None
    notes: list = field(default_factory=list)


def _alt(words):
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _clean(text):
    low = text.lower().replace("\u00a0", " ")
    low = re.sub("[\uff07\u2019\u02bc\u02bb\u02b9\u055a\ua78c\u2032\u2035`\u00b4]", "'", low)
    return re.sub(r"\s+", " ", low).strip()


def language_of(text):
    """'en' or 'fr' when every word of a short date phrase is one SPEC's reader knows in
    that language (months, weekdays, fillers, past words); else None. Digits alone
    ("16:10", "2015") go with English."""
    low = _clean(text)
    words = set(re.findall(r"[a-zà-ÿ'-]+", low))
    if not words:
        return "en" if re.search(r"\d", low) and not re.search(r"[^\W\d_]", low) else None
    for lang in ("en", "fr"):
        known = set(FILLER[lang])
        for group in MONTHS[lang] + WEEKDAYS[lang]:
            known.update(group)
        known.update(k for k, v in NUMBER.items())
        known.update({"en": "ago yesterday last later hours hour minutes minute mins min "
                            "seconds second sec days week month months year years "
                            "midnight from now h m",
                      "fr": "il y hier heures heure minutes secondes"}[lang].split())
        if words <= known:
            return lang
    return None


def _exclusion(lang, low):
    return first_reason(EXCLUSIONS, lang, low)


def _take(low, pattern):
    """All matches of `pattern`, and `low` with them blanked out."""
    found = list(re.finditer(pattern, low))
    for m in reversed(found):
        low = low[: m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    return found, low


def _clock_en(low, said):
    pod_am = re.search(r"\b(in the )?morning\b", low)
    pod_pm = re.search(r"\b(in the )?(afternoon|evening)\b|\btonight\b", low)
    found, rest = _take(low, r"\b(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?")
    found2, rest = _take(rest, r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?![\d:])")
    found3, rest = _take(rest, r"\b(noon|midday)\b")
    found4, rest = _take(rest, r"\bat (\d{1,2})\b(?!\s*(st|nd|rd|th|of)\b)")
    total = len(found) + len(found2) + len(found3) + len(found4)
    if total > 1:
        return None, "two clock times in one phrase: SPEC gives one start"
    if total == 0:
        return rest, None
    if found3:
        said.clock = (12, 0)
        return rest, None
    m = (found or found2 or found4)[0]
    h = int(m.group(1))
    mi = int(m.group(2) or 0) if found or found2 else 0
    sec = m.group(3) if found or found2 else None
    if sec and int(sec):
        return None, "seconds: a caller does not say them"
    if found:
        mer = m.group(4)
        if not 1 <= h <= 12:
            return None, "an hour over 12 with a.m./p.m.: not a spoken form"
        said.clock = (h % 12 + (12 if mer == "p" else 0), mi)
    else:
        said.clock, why = _bare(h, mi, m.group(1), pod_am, pod_pm, said)
        if why:
            return None, why
    return rest, None


def _bare(h, mi, written, pod_am, pod_pm, said):
    """A clock time without a.m./p.m.: 24-hour as said from 13, else the business hour
    unless a part of day says which half."""
    if h >= 24 or mi >= 60:
        return None, "not a clock time"
    if h == 0 or h >= 13:
        return (h, mi), None
    if written.startswith("0") and biz(h) != h:
        return None, "an hour written with a leading zero ('05:05'): a 24-hour form or a bare hour, SPEC does not settle it"
    if pod_am:
        return (h % 12, mi), None
    if pod_pm:
        return (h % 12 + 12, mi), None
    said.bare_hour = h
    return (biz(h), mi), None


def _clock_fr(low, said):
    am = re.search(r"\bdu matin\b|\bde l'avant-midi\b|\ba\.?m\b", low)
    pm = re.search(r"\bde l'après-midi\b|\bdu soir\b|\bp\.?m\b", low)
    found, rest = _take(low, r"\b(\d{1,2})\s*(?:h|heures?|:)\s*(\d{2})?(?:\s*min\b)?")
    found2, rest = _take(rest, r"\bmidi\b(?!-)")
    if len(found) + len(found2) > 1:
        return None, "two clock times in one phrase: SPEC gives one start"
    if found2:
        said.clock = (12, 0)
    elif found:
        m = found[0]
        h, mi = int(m.group(1)), int(m.group(2) or 0)
        said.clock, why = _bare(h, mi, m.group(1), am, pm, said)
        if why:
            return None, why
    return rest, None


def _pod(lang, low):
    if lang == "en":
        for word, pod in (("morning", "morning"), ("afternoon", "afternoon"), ("evening", "evening")):
            if re.search(r"\b" + word + r"\b", low):
                return pod
        return None
    for pattern, pod in ((r"\bmatin|avant-midi", "morning"), (r"après-midi", "afternoon"),
                         (r"\bsoir", "evening")):
        if re.search(pattern, low):
            return pod
    return None


def _relative(lang, low, said):
    """A day counted from today; returns the text with it blanked out, or a reason."""
    num = _alt(NUMBER) + r"|\d+"
    if lang == "en":
        table = [(r"\b(the )?day after tomorrow\b", 2), (r"\btomorrow\b", 1),
                 (r"\btoday\b|\btonight\b", 0), (r"\ba week from (today|now)\b", 7)]
        counted = [r"\bin (" + num + r") (days?|weeks?)( time|' time)?\b",
                   r"\b(" + num + r") (days?|weeks?) from (now|today)\b"]
    else:
        table = [(r"\baprès-demain\b", 2), (r"\bdemain\b", 1), (r"\baujourd'hui\b|\bce soir\b", 0)]
        counted = [r"\b(?:dans|en) (" + num + r") (jours?|semaines?)\b"]
    hits = []
    for pattern, n in table:
        found, low = _take(low, pattern)
        hits += [n] * len(found)
    for pattern in counted:
        found, low = _take(low, pattern)
        for m in found:
            k = NUMBER.get(m.group(1)) or int(m.group(1))
            hits.append(k * (7 if m.group(2).startswith(("week", "semaine")) else 1))
    if len(hits) > 1:
        return None, "two days in one phrase: SPEC gives one start"
    if hits:
        if hits[0] > 31:
            return None, "more than a month ahead: a caller books nearer"
        said.rel_days = hits[0]
    return low, None


def parse(lang, text, strict):
    """What `text` says, or (None, reason). `strict`: the phrase is a date alone (the
    date-parsing tests), so a word the reader does not know leaves it out."""
    low = _clean(text)
    why = _exclusion(lang, low)
    if why:
        return None, why
    said = Said()
    said.pod = _pod(lang, low)
    rest, why = (_clock_en if lang == "en" else _clock_fr)(low, said)
    if why:
        return None, why
    rest, why = _relative(lang, rest, said)
    if why:
        return None, why
    years, rest = _take(rest, r"\b(19\d\d|20\d\d)\b")
    if len(years) > 1:
        return None, "several dates in one phrase: SPEC gives one start"
    year = int(years[0].group(1)) if years else None
    month_words = {w: i + 1 for i, g in enumerate(MONTHS[lang]) for w in g}
    mon = r"(" + _alt(month_words) + r")\.?"
    ordinal = r"(\d{1,2})(?:st|nd|rd|th|er|e)?"
    dm, rest = _take(rest, r"\b" + ordinal + r",? (?:of |de )?" + mon + r"(?![a-zà-ÿ])")
    md = []
    if lang == "en":
        md, rest = _take(rest, r"\b" + mon + r",? (?:the )?" + ordinal + r"\b(?!:)")
    days = [(month_words[m.group(2)], int(m.group(1))) for m in dm]
    days += [(month_words[m.group(1)], int(m.group(2))) for m in md]
    if len(days) > 1:
        return None, "several dates in one phrase: SPEC gives one start"
    if lang == "fr" and re.search(r"\b" + mon + r",? \d", rest):
        return None, "a month before its day ('décembre 5'): not a form SPEC-fr names"
    lone_month, rest = _take(rest, r"\b" + mon + r"(?![a-zà-ÿ'])")
    if lone_month and (strict or lone_month[0].group(1) not in ("may", "mar", "march", "sept")):
        return None, "a month without its day: SPEC gives days"
    if not days:
        doms, rest = _take(rest, r"\b(?:the|le) " + ordinal + r"\b")
        if doms:
            said.dom = int(doms[0].group(1))
    elif year:
        said.ymd = (year,) + days[0]
    else:
        said.md = days[0]
    if year and not said.ymd:
        return None, "a year without its month and day: SPEC gives days"
    wd = {w: i for i, g in enumerate(WEEKDAYS[lang]) for w in g}
    wds, rest = _take(rest, r"\b(" + _alt(wd) + r")\b\.?")
    if len({wd[m.group(1)] for m in wds}) > 1:
        return None, "two weekdays in one phrase: SPEC gives one start"
    if wds:
        said.weekday = wd[wds[0].group(1)]
        name = wds[0].group(1)
        if lang == "en" and re.search(r"\bnext\s+" + name + r"\b", low):
            said.next_week = True
        if lang == "fr" and re.search(name + r"\s+prochain\b", low):
            said.fr_prochain = True
        if lang == "fr" and re.search(r"semaine prochaine", low):
            return None, "'la semaine prochaine' with a weekday: not read by this converter"
    if re.search(r"\d", rest):
        return None, "a number the SPEC reading does not place (a day without its month, a count)"
    if strict:
        left = set(re.findall(r"[a-zà-ÿ'-]+", rest)) - set(FILLER[lang])
        if left:
            return None, f"a word SPEC does not read here ({', '.join(sorted(left))})"
    sources = sum(x is not None for x in (said.rel_days, said.ymd, said.md, said.dom))
    if sources > 1 or (sources and said.weekday is not None and not (said.ymd or said.md or said.dom)):
        return None, "two days in one phrase: SPEC gives one start"
    if sources == 0 and said.weekday is None and said.clock is None:
        return None, "no day or clock time SPEC reads"
    return said, None


def fixed_day(said):
    """The date a phrase fixes by itself (day, month and year), or None."""
    try:
        return date(*said.ymd) if said.ymd else None
    except ValueError:
        return None


def resolve(said, ref, lang):
    """The expected object at `ref`, or (None, reason)."""
    today = ref.today
    day = None
    if said.rel_days is not None:
        day = ref.plus(said.rel_days)
    elif said.ymd:
        try:
            day = date(*said.ymd)
        except ValueError:
            return None, "no such date"
        if day < today:
            return None, "a past date: SPEC drops past phrases (future bias)"
        if day > today + timedelta(days=365):
            return None, "more than a year ahead: a caller books nearer"
    elif said.md:
        try:
            day = ref.month_day(*said.md)
        except ValueError:
            return None, "no such date"
    elif said.dom:
        try:
            day = ref.dom(said.dom)
        except ValueError:
            return None, "no such day of the month"
    elif said.weekday is not None:
        if said.next_week:
            day = ref.next_week(_en_name(said.weekday))
        else:
            if said.fr_prochain and today.weekday() < 5 and said.weekday > today.weekday():
                return None, ("'X prochain' where its two readings differ (this week's or the "
                              "next): SPEC-fr leaves it out")
            day = ref.weekday(_en_name(said.weekday))
    if said.weekday is not None and day is not None and day.weekday() != said.weekday:
        return None, "the weekday does not match the date: SPEC leaves such pairs out"
    if day is None:
        try:
            day = ref.at(*said.clock)
        except ValueError:
            return None, "a time equal to now: left out of the sets"
    elif said.clock and day == today and said.clock[0] * 60 + said.clock[1] <= ref.local.hour * 60 + ref.local.minute:
        return None, "today at a time already past: SPEC does not settle it"
    pod = None if said.clock else said.pod
    return T(day, said.clock, pod), None


def _en_name(i):
    return WEEKDAYS["en"][i][0]
