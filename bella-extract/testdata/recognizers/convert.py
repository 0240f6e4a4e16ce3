#!/usr/bin/env python3
"""Converts Microsoft Recognizers-Text's DateTime specs (English and French) into
Bella's vector format.

Reads `Specs/DateTime/{English,French}/DateTimeModel.json` of microsoft/Recognizers-Text
(MIT licence; the files themselves are not kept here) from a git directory and writes:

- `../recognizers_time_en.jsonl`, `../recognizers_time_fr.jsonl` (`"lang": "fr"`): the
  inputs whose SPEC §2 / SPEC-fr §5.5 reading is settled, as vector cases (`when`,
  `part_of_day`, `window`), run by `cargo test -p bella-extract --test vectors` with a
  pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded_en.jsonl`, `excluded_fr.jsonl`: every other input, with the reason.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/microsoft+Recognizers-Text/repo; any clone holding the commit below will
do). Converted from commit 90e968ea44dc8fda3f2e1c3e4b20aa233817488d (2024-12-04), read
with `git show COMMIT:path`, so the output does not depend on the clone's checkout.

How a case is read. Each spec entry has an `Input`, an optional
`Context.ReferenceDateTime` (wall time; the cases put it in `America/Toronto`), and the
`Results` the recognizer must return, each with a `timex` (what was said: `T15`,
`XXXX-WXX-2`, `XXXX-12-12T16`, `(T14,T16,PT2H)`, `2016-11-08TMO`) and resolved values.
The labels come from the timex and SPEC, not from Recognizers-Text's values: a bare hour
takes the business-hour reading, a weekday alone is the next one after today, a month
and day the nearest from today on, a time without a day today if still ahead, a range
of hours a `window`. Where that differs from Recognizers-Text the case says so in its
`note`. A reading SPEC does not settle is excluded with its reason, never relabelled to
match Bella.

Reference times. An entry without `Context` is resolved by Recognizers-Text against the
clock of the machine running its tests; such an entry is kept only when its timex does
not depend on the reference (`T07`, `XXXX-WXX-3`, `XXXX-01-15T13:00`), and then gets
`DEFAULT_NOW`, the reference most entries use (Monday 2016-11-07 00:00). Most French
entries are translations of English ones without their context.

`NotSupported` lists the Recognizers-Text ports (dotnet, java, javascript, python) that
fail an entry; its natural language is the file's. Since the labels here are derived
from the timex by SPEC rules, an entry the reference port (dotnet) fails is still a
phrase with a timex: it goes through the same rules, and its case or exclusion line is
marked `"rt_unsupported": true`. Such entries are mostly French translations of English
ones, and some kept the English timex ("vendredi 7 juin" with July 6): a timex whose
month, day of the month or weekday disagrees with the text is excluded. Entries with several results (SPEC gives one start
per turn), durations, sets, holidays, past references, spans of days or months, and
years far away are excluded with a reason each. Standard library only.
"""

import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

COMMIT = "90e968ea44dc8fda3f2e1c3e4b20aa233817488d"
DEFAULT_GIT_DIR = "/work/.mirror/microsoft+Recognizers-Text/repo"
TZ = "America/Toronto"
DEFAULT_NOW = datetime(2016, 11, 7, 0, 0)
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from blindlib import Ref, biz  # noqa: E402  (the SPEC oracle, beside this folder)
from corpuslib import finish, first_reason  # noqa: E402

LANGS = {"en": "English", "fr": "French"}

# Words for a part of the day or a.m./p.m.: said with an hour, they fix its reading.
MERIDIEM = {
    "en": r"(?<![a-z])(a\.?\s?m\b\.?|p\.?\s?m\b\.?|\d\s*[ap]\b|morning|afternoon|evening|night|tonight|"
          r"noon|midnight|midday|lunch)",
    "fr": r"(?<![a-z])(a\.?\s?m\b\.?|p\.?\s?m\b\.?|matin|matinée|avant-midi|après-midi|apres-midi|soir|"
          r"soirée|nuit|midi|minuit)",
}
WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
EN_SHORT = r"\b(mon|tues?|wed|thu|thur|thurs|fri|sat|sun)\b\.?"
MONTHS = {
    "en": r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    "fr": r"\b(janv|janvier|févr|fév|février|fevrier|mars|avr|avril|mai|juin|juil|juillet|août|aout|"
          r"sept|septembre|oct|octobre|nov|novembre|déc|décembre|decembre)\b",
}
NUMBER_WORDS = {
    "en": r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\b",
    "fr": r"\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente)\b",
}
DAY_WORDS = {
    "en": r"\b(today|tomorrow|tonight|morning|afternoon|evening|noon|midnight)\b",
    "fr": r"\b(aujourd'hui|demain|ce soir|matin|après-midi|soir|midi|minuit)\b",
}

# Families SPEC does not settle or drops, by wording: (language or None, pattern on the
# lowercase text, reason). First match wins.
TEXT_EXCLUSIONS = [
    (None, r"https?://|www\.|\.html\b|<a ", "a web address: not a caller's turn"),
    (None, r"\b[a-zé]{3,5}\.?/\d|\d/[a-zé]|\d\.[ap]\.?m|\d[ap]\b(?!\.?\s?m)",
     "a written form speech-to-text does not produce ('Oct/2', '02/oct', '9.am', a glued "
     "'9a'): SPEC names spoken forms"),
    ("en", r"\b\d{1,2}\.(\d|1[0-2])\b(?![.:]?\d)(?!\s*(am|pm|a\.m|p\.m))|"
           r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+\d{1,2}-\d{1,2}\b(?!-)",
     "'Friday 7.6', 'Monday 12-4': a date or a time, a date or a window; SPEC reads '9.30' "
     "as a time and '2-4' as a window"),
    ("en", r"\b1:1\b|ampm\b|\botd\b",
     "a token SPEC does not read ('1:1' meeting, '7ampm', 'otd'): not a caller's turn"),
    ("en", r"\b(pst|est|cst|mst|gmt|utc|cet|pt)\b|\btime ?zone\b|\b(mountain|eastern|pacific|central) time",
     "a time zone: SPEC reads every time in the business's zone"),
    ("fr", r"\b(pst|cst|mst|gmt|utc|cet|pt)\b|\bfuseau\b|\bheure (de l'est|du pacifique|normale)",
     "a time zone: SPEC reads every time in the business's zone"),
    ("en", r"\b(ago|last|past|yesterday|previous|prior|was|were|had|did|left|bought|died|happened)\b|\bbefore yesterday\b",
     "a past reference: SPEC drops past phrases (future bias)"),
    ("fr", r"\b(j'ai|j'en suis|suis parti|l'ai|avons eu|hier|avant-hier|dernier|dernière|derniers|dernières|passé|passée|il y a|était|étiez|"
           r"étais|a eu lieu|s'est produit)\b",
     "a past reference: SPEC drops past phrases (future bias)"),
    ("en", r"\b(christmas|easter|new year|thanksgiving|halloween|independence|valentine|"
           r"mother'?s day|father'?s day|labou?r day|memorial|martin luther|columbus|veterans|"
           r"black friday|earth day|canada day|boxing day|patrick|eid\b|ramadan|diwali|workers)",
     "a named holiday: SPEC names no holidays"),
    ("fr", r"\b(noël|noel|pâques|paques|nouvel an|jour de l'an|action de grâce|halloween|"
           r"saint-valentin|fête|fete|toussaint|armistice|journée internationale|travailleurs)",
     "a named holiday: SPEC names no holidays"),
    ("en", r"\b(end of|beginning of|start of|middle of|mid|early|late|later|earlier|rest of|"
           r"remainder)\b",
     "an early/late/end part of a span: SPEC has three parts of day, no early/late/end"),
    ("fr", r"\b(fin d|début d|debut d|milieu d|mi-|tôt|tard|reste d)",
     "an early/late/end part of a span: SPEC has three parts of day, no early/late/end"),
    ("en", r"\b(months?|years?|quarters?|weekends?|fortnight|decades?|centur(y|ies))\b",
     "a month, a year or a weekend: SPEC gives days and weeks ahead"),
    ("fr", r"\b(mois|ans?|années?|annee|trimestres?|week-ends?|fin de semaine|quinzaine|"
           r"quinze jours|en huit|siècle|décennie)\b",
     "a month, a year or a weekend: SPEC gives days and weeks ahead"),
    ("en", r"\b(every|each|daily|weekly)\b", "a repeating time (a set): SPEC gives one start"),
    ("en", r"\bwithin\b", "a deadline ('within 2 hours'): SPEC reads no start from it"),
    ("en", r"\b(for|of) the day\b|\bthe day after(?! tomorrow)|\bday after day\b",
     "'for the day', 'the day after': SPEC names today, tomorrow and the day after tomorrow"),
    ("en", r"\b(next|this|coming|upcoming)\s+(\d|(evening|morning|afternoon|night)\b)|\bupcoming\b",
     "'next 5/12', 'next evening', 'upcoming': SPEC gives 'next' before a weekday or a week only"),
    ("en", r"\b\d{1,2}\s*[/.-]\s*(1[3-9]|2\d|3[01])\s*[/.-]\s*\d|\b(1[3-9]|2\d|3[01])\s*[/.-]\s*\d{1,2}\b(?!\s*[/.-]\s*(1[3-9]|2\d|3[01]))",
     "a day/month (British) numeric date: SPEC gives no day-first reading"),
    ("fr", r"\bdans les\b|\bd'ici\b", "a deadline ('dans les 2 h'): SPEC reads no start from it"),
    ("fr", r"\bish\b|\d+ish\b", "English '-ish' in a French turn: a translation slip"),
    ("fr", MONTHS["fr"] + r"\s+(\d{1,2}\b(?!\s*[h:])|vingt|trente)|\b(deuxième|troisième|\d+e)\s+jour\b",
     "a month before its day, or 'le deuxième jour d'août': not a form SPEC-fr names"),
    ("fr", r"\b(\d{1,2}|sept|huit|neuf|dix|onze|douze)\s+(matin|soir|apres-midi|après-midi|avant-midi)\b",
     "a part of day right after an hour without 'du'/'de l'' ('6 apres-midi'): SPEC-fr names "
     "the markers 'du matin', 'de l'après-midi', 'du soir'"),
    ("fr", r"\bdu \d{1,2}\s+(matin|soir)\b",
     "'du 3 matin': a day of the month or an hour, SPEC-fr does not settle it"),
    ("fr", r"\blendemain\b|\bla journée\b",
     "'le lendemain', 'la journée': a day relative to another, SPEC-fr does not name it"),
    ("fr", r"\b\d{1,2}\s*[/.]\s*\d{1,2}\b|\b(le|ce)\s+(\w+di\s+)?\d{1,2}-\d{1,2}\b|[a-zé]\.?/\d",
     "a numeric date ('12/05', '7.6'): SPEC-fr names no numeric form, day/month or month/day"),
    ("fr", r"\b(chaque|tous les|toutes les|quotidien)", "a repeating time (a set): SPEC gives one start"),
    ("en", r"\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(\w+day|week)\b.*\bof\b",
     "an nth weekday of a month: SPEC names no such form"),
    ("fr", r"\b(premier|première|deuxième|troisième|quatrième|dernier)\s+(\w+di|semaine)\b",
     "an nth weekday of a month: SPEC names no such form"),
    ("en", r"\b(after|before|from|since)\s+(the\s+)?(\w+day|today|tomorrow|\d+(st|nd|rd|th))\b|"
           r"\b(days?|weeks?)\s+(after|before|from)\s+(?!now|today)",
     "a count of days from another day ('3 days after Monday'): SPEC counts from today"),
    ("fr", r"\b(jours?|semaines?)\s+(après|avant|à partir)\s+(?!aujourd)",
     "a count of days from another day: SPEC counts from today"),
    ("en", r"\b(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b",
     "minutes or hours from now, or a duration: SPEC gives clock times"),
    ("fr", r"\b(minutes?|heures?\s+(plus tard|de\s+plus)|secondes?|dans\s+\w+\s+heures?)\b|\bpendant\b|\bdurant\b",
     "minutes or hours from now, or a duration: SPEC gives clock times"),
    ("en", r"\b(right )?now\b|\bat present\b|\bat this time\b|\bcurrently\b|\bas soon as\b",
     "now: SPEC gives no start for an instant"),
    ("fr", r"\bmaintenant\b|\bactuellement\b|\ben ce moment\b|\bdès que\b",
     "now: SPEC gives no start for an instant"),
]


def text_exclusion(lang, low):
    return first_reason(TEXT_EXCLUSIONS, lang, low)


def load(git_dir, lang):
    path = f"Specs/DateTime/{LANGS[lang]}/DateTimeModel.json"
    raw = subprocess.run(["git", "-C", git_dir, "show", f"{COMMIT}:{path}"],
                         capture_output=True, check=True).stdout.decode("utf-8-sig")
    return json.loads(raw)


def weekday_index(lang, low):
    """The weekday a text names, or None."""
    for i, name in enumerate(WEEKDAYS[lang]):
        if re.search(r"\b" + name + r"s?\b", low):
            return i
    if lang == "en":
        m = re.search(EN_SHORT, low)
        if m:
            return next(i for i, d in enumerate(WEEKDAYS["en"]) if d.startswith(m.group(1)[:3]))
    return None


def spec_weekday_day(lang, low, ref, w):
    """The SPEC day of a weekday phrase, or (None, reason) when SPEC does not settle it."""
    name, en = WEEKDAYS[lang][w], WEEKDAYS["en"][w]
    if lang == "en":
        if re.search(r"\bnext\s+(week\s+)?\w*day\b|\w*day,?\s+(of\s+)?next week\b|next week,?\s+\w*day", low):
            return ref.next_week(en), None
        if re.search(r"\b(following|coming|after next)\b|\bthis\s+week\b|\bweek\b", low):
            return None, "'this week', 'the following', 'coming': SPEC names the weekday alone and 'next'"
        return ref.weekday(en), None
    if re.search(r"\bsemaine prochaine\b|\bprochaine semaine\b", low):
        return ref.next_week(en), None
    if re.search(name + r"s?\s+prochain", low) or re.search(r"\bprochain\s+" + name, low):
        first, following = ref.weekday(en), ref.next_week(en)
        if first != following:
            return None, ("'X prochain' where the first such day and next week's differ: "
                          "SPEC-fr leaves it out")
        return first, None
    if re.search(r"\bsemaine\b|\bsuivant", low):
        return None, "a week phrase SPEC-fr does not name with the weekday"
    return ref.weekday(en), None


def has_year(low):
    return bool(re.search(r"\b(19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", low))


def spec_hour(lang, low, h, m, values):
    """The SPEC hour of a clock time RT resolved to h:m, or (None, reason)."""
    if re.search(MERIDIEM[lang], low):
        return h, None
    if h == 0 and re.search(r"\b(minuit|midnight)\b|(?<![\d:])00?\s*[:h]", low):
        return h, None
    if h >= 13 and not re.search(r"(?<![\d:.])" + str(h - 12) + r"(?![\d])", low):
        return h, None  # a 24-hour hour, in digits or words ("vingt heures")
    # A bare hour: RT gives it as said (T03) with a.m. and p.m. values, or reads it as
    # a morning hour; SPEC reads it as a business hour.
    twelve = h % 12 or 12
    if re.search(r"(?<![\d:])0" + str(twelve) + r"\s*[:h.]", low) and twelve <= 6:
        return None, "a zero-led hour 01 to 06 ('06:30'): SPEC does not say whether it is 24-hour"
    return biz(twelve), None


PART_WORDS = [
    ("en", r"\bmorning\b", "morning"), ("en", r"\bafternoon\b", "afternoon"),
    ("en", r"\bevening\b", "evening"),
    ("fr", r"\b(matin|matinée|avant-midi)\b", "morning"), ("fr", r"\b(après-midi|apres-midi)\b", "afternoon"),
    ("fr", r"\b(soir|soirée)\b", "evening"),
]
NUM = r"(\d{1,2}(\s*h\s*\d*)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|un|une|deux|" \
      r"trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"


def window_part(lang, low):
    """The part of day said beside a window ("Monday morning from 10 to 12"), or None;
    a part right after a clock number ("7 in the morning", "7 h du matin") only reads
    that number. (part, reason): reason when SPEC does not settle it."""
    if lang == "en" and re.search(r"\btonight\b", low):
        return None, "'tonight' with a window: SPEC gives 'tonight' a day, not a part"
    rest = re.sub(NUM + r"\s*(heures?\s*)?(in the|du|de l'|de la|dans l'|at)?\s*(morning|afternoon|evening|"
                  r"night|matin|matinée|avant-midi|après-midi|apres-midi|soir|soirée)\b", " ", low)
    parts = {part for which, pat, part in PART_WORDS if which == lang and re.search(pat, rest)}
    if len(parts) > 1:
        return None, "two parts of day with a window"
    return (parts.pop() if parts else None), None


def subtracted(lang, low):
    """Whether the minutes are taken off the hour said ("quarter to three", "sept heures
    moins dix"): SPEC reads the hour first, then the minutes."""
    if lang == "fr":
        return bool(re.search(r"(?<!au )\bmoins\b", low))
    return bool(re.search(r"\b(quarter|ten|five|twenty|twenty-five|\d{1,2})\s+(minutes\s+)?(to|till|til|of)\s+"
                          r"(\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)", low))


def parse_point(tx):
    """(date part, time part) of a timex point: ('2016-11-08', 'T14:30'), ('XXXX-WXX-2', 'TMO')."""
    m = re.fullmatch(r"([0-9X]{4}-(?:[0-9X]{2}-[0-9X]{2}|WXX-\d))?(T.*)?", tx)
    if not m:
        return None
    return m.group(1), m.group(2)


MONTH_NUMBERS = {
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "fr": ["janv", "févr|fév|fevr", "mars", "avr", "mai", "juin", "juil", "août|aout", "sept", "oct",
           "nov", "déc|dec"],
}


def said_month(lang, low):
    """The month a text names (1-12), or None."""
    m = re.search(MONTHS[lang], low)
    if not m:
        return None
    word = m.group(0)
    for i, stems in enumerate(MONTH_NUMBERS[lang]):
        if any(word.startswith(stem) for stem in stems.split("|")):
            return i + 1
    return None


def said_day_of_month(lang, low):
    """The day of the month a text names ("le 12", "12 décembre", "the 12th", "Dec 12")."""
    if lang == "fr":
        pats = [r"\b(?:le|du|au|ce)\s+(\d{1,2})(?:er)?\b(?!\s*h)", r"\b(\d{1,2})(?:er)?\s+" + MONTHS["fr"],
                r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(\d{1,2})\b(?!\s*[h:])"]
    else:
        pats = [r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(\d{1,2})\b(?!\s*[:.]\d|\s*[ap]\.?m|/)",
                r"\b(\d{1,2})(?:st|nd|rd|th)\b", MONTHS["en"] + r"\.?\s+(\d{1,2})\b(?!\s*[:.]\d)",
                r"\b(\d{1,2})\s+(?:of\s+)?" + MONTHS["en"]]
    for pat in pats:
        m = re.search(pat, low)
        if m:
            return int(next(g for g in m.groups() if g and g.isdigit()))
    return None


def consistent(lang, low, day):
    """Why a day does not match the month, day or weekday the text names, else None
    (the French entries are translations, and some kept the English timex)."""
    month, dom, w = said_month(lang, low), said_day_of_month(lang, low), weekday_index(lang, low)
    numeric = re.search(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d:])", low)
    if lang == "en" and numeric and month is None:
        month, dom = int(numeric.group(1)), int(numeric.group(2))
    if month is not None and month != day.month:
        return "the timex's month is not the one the text names (a translation slip)"
    if dom is not None and dom != day.day:
        return "the timex's day is not the one the text names"
    if w is not None and (month is not None or dom is not None) and day.weekday() != w:
        return ("a weekday that does not match its date: SPEC does not settle which is meant "
                "(SPEC-fr: the sets use matching pairs only)")
    return None


def resolve_day(lang, low, ref, dpart, has_ctx):
    """The SPEC day of a timex date part, or (None, reason)."""
    day, reason = resolve_day_of(lang, low, ref, dpart, has_ctx)
    if day is not None:
        reason = consistent(lang, low, day)
        if reason:
            return None, reason
    return day, reason


def resolve_day_of(lang, low, ref, dpart, has_ctx):
    """`resolve_day` before the consistency check."""
    if dpart is None:
        return None, None
    m = re.fullmatch(r"XXXX-WXX-(\d)", dpart)
    if m:
        w = int(m.group(1)) - 1
        if weekday_index(lang, low) != w:
            return None, "a weekday RT infers from another word: SPEC names the weekday"
        return spec_weekday_day(lang, low, ref, w)
    m = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", dpart)
    if m:
        try:
            return ref.month_day(int(m.group(1)), int(m.group(2))), None
        except ValueError:
            return None, "a date that does not exist"
    m = re.fullmatch(r"XXXX-XX-(\d\d)", dpart)
    if m:
        try:
            return ref.dom(int(m.group(1))), None
        except ValueError:
            return None, "a day of the month that does not exist"

    if not re.fullmatch(r"\d{4}-\d\d-\d\d", dpart):
        return None, f"a partial date this script does not read ({dpart})"
    y, mo, d = (int(x) for x in dpart.split("-"))
    try:
        day = date(y, mo, d)
    except ValueError:
        return None, "a date that does not exist"
    if not has_ctx and not has_year(low):
        return None, ("no reference time, and the timex was resolved against the clock of "
                      "the machine that wrote the test")
    if not has_year(low) and not re.search(MONTHS[lang], low):
        w = weekday_index(lang, low)
        if w is not None:
            want, reason = spec_weekday_day(lang, low, ref, w)
            if want is None:
                return None, reason
            if want != day:
                return None, (f"a weekday RT reads as {day}, SPEC as {want}: said with more than "
                              "the weekday, SPEC does not settle which")
    return day, None


def hm_of(tpart):
    m = re.fullmatch(r"T(\d\d)(?::(\d\d))?(?::(\d\d))?", tpart)
    if not m:
        return None
    if m.group(3) and m.group(3) != "00":
        return None
    return int(m.group(1)), int(m.group(2) or 0)


PARTS = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening"}


def convert(lang, entry):
    """(now, expected, note) for a case, or (None, None, reason)."""
    text = entry["Input"]
    low = text.lower().replace("\u00a0", " ").replace("’", "'")
    ctx = entry.get("Context", {}).get("ReferenceDateTime")
    has_ctx = ctx is not None
    now = datetime.fromisoformat(ctx).replace(second=0) if has_ctx else DEFAULT_NOW
    ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
    results = entry["Results"]
    if not results:
        if re.search(r"\d", low) or re.search(NUMBER_WORDS[lang], low):
            return None, None, ("RT finds nothing in a turn with a number: SPEC's bare-hour and "
                                "window readings may take it")
        if weekday_index(lang, low) is not None or re.search(MONTHS[lang], low) \
                or re.search(DAY_WORDS[lang], low) \
                or re.search(r"\b(lunch|dinner|breakfast|déjeuner|dîner|souper|déjeunerons)\b", low):
            return None, None, "RT finds nothing in a turn that names a day or a part of day"
        return now, {"when": None}, None
    if len(results) > 1:
        return None, None, "several expressions: SPEC gives one start per turn"
    res = results[0]
    kind = res.get("TypeName", "").replace("datetimeV2.", "")
    values = res.get("Resolution", {}).get("values", [])
    if kind in ("duration", "set"):
        return None, None, {"duration": "a duration alone: SPEC has no length",
                            "set": "a repeating time (a set): SPEC gives one start"}[kind]
    if not values or "timex" not in values[0]:
        return None, None, "no timex in the result"
    tx, mod = values[0]["timex"], values[0].get("Mod")
    reason = text_exclusion(lang, low)
    if reason:
        return None, None, reason
    if mod in ("approx",) and not re.search(r"\b(around|about|vers|autour)\b", low):
        mod = None
    if mod == "approx":
        mod = None
    if kind == "daterange":
        if lang == "fr" and re.fullmatch(r"\d{4}-W\d\d", tx) and re.search(
                r"\b(la semaine prochaine|la prochaine semaine)\b", low) and has_ctx and not mod \
                and not re.search(r"\d", low):
            monday = ref.today - timedelta(days=ref.today.weekday()) + timedelta(days=7)
            return now, {"when": monday.isoformat(), "part_of_day": None, "window": None}, \
                "RT gives the week; SPEC-fr: 'la semaine prochaine' alone is its Monday, day only"
        return None, None, "a span of days, weeks or months: SPEC gives one start"
    if tx == "PRESENT_REF":
        return None, None, "now: SPEC gives no start for an instant"
    if mod not in (None, "before", "after", "since"):
        return None, None, f"a modified time ('{mod}'): SPEC does not name it"
    window = None
    if tx.startswith("("):
        parts = tx[1:-1].split(",")
        if len(parts) != 3:
            return None, None, "a range RT could not close"
        a, b = parse_point(parts[0]), parse_point(parts[1])
        if a is None or b is None or a[0] != b[0] or a[1] is None or b[1] is None:
            return None, None, "a range across days: SPEC gives one start"
        ha, hb = hm_of(a[1]), hm_of(b[1])
        if ha is None or hb is None:
            return None, None, "a range with seconds or parts of day: SPEC gives minutes"
        dpart = a[0]
        sa, why = spec_hour(lang, low, ha[0], ha[1], values)
        sb, why2 = spec_hour(lang, low, hb[0], hb[1], values)
        if sa is None or sb is None:
            return None, None, why or why2
        if len(values) > 1 and not re.search(MERIDIEM[lang], low):
            # Both bounds bare: SPEC reads each as a business hour.
            pass
        after, before = (sa, ha[1]), (sb, hb[1])
        markers = re.findall(MERIDIEM[lang], low)
        if len(markers) < 2 and (hb[0] * 60 + hb[1]) - (ha[0] * 60 + ha[1]) > 10 * 60:
            return None, None, ("a range RT reads across a.m. and p.m. from one marker "
                                "('from 2:30 to 2:15 pm'): SPEC does not settle it")
        if after >= before:
            return None, None, "a window whose business-hour reading ends before it starts"
        window = {"after": f"{after[0]:02d}:{after[1]:02d}", "before": f"{before[0]:02d}:{before[1]:02d}"}
        note_bits = []
        if (sa, sb) != (ha[0], hb[0]):
            note_bits.append("RT reads the bare hours as said; SPEC §2: business hours")
        day, reason = resolve_day(lang, low, ref, dpart, has_ctx)
        if reason:
            return None, None, reason
        part, reason = window_part(lang, low)
        if reason:
            return None, None, reason
        if day is None:
            try:
                day = ref.window_day(after, before)
            except ValueError as e:
                return None, None, f"a window without a day that has begun: {e}"
        elif day == ref.today and before <= (now.hour, now.minute):
            return None, None, "a window today already over: SPEC drops past phrases"
        return check_future(ref, day, None, {"when": day.isoformat(), "part_of_day": part,
                                             "window": window}, note_bits)
    point = parse_point(tx)
    if point is None:
        return None, None, f"a timex this script does not read ({tx})"
    dpart, tpart = point
    if dpart is not None and re.fullmatch(r"\d{4}-\d\d", dpart or ""):
        return None, None, "a month: SPEC leaves the day unknown"
    day, reason = resolve_day(lang, low, ref, dpart, has_ctx)
    if reason:
        return None, None, reason
    if tpart in PARTS:
        if re.search(r"\d", low) or re.search(NUMBER_WORDS[lang], low):
            return None, None, ("a number beside a part of day that RT does not read as the "
                                "hour: SPEC may read it as one")
        if mod:
            return None, None, "a bound on a part of day: SPEC names bounds on clock times"
        if day is None:
            return None, None, ("a part of day without a day: SPEC does not settle today or "
                                "tomorrow")
        return check_future(ref, day, None, {"when": day.isoformat(), "part_of_day": PARTS[tpart],
                                             "window": None}, [])
    if tpart is not None and re.fullmatch(r"T(NI|DT|BH|MI|AM|PM|\w\w)", tpart) and hm_of(tpart) is None:
        return None, None, f"a part of day SPEC does not name ({tpart})"
    if tpart is None:
        if mod:
            return None, None, "a bound on a day: SPEC gives bounds on clock times"
        if day is None:
            return None, None, "no day and no time in the timex"
        return check_future(ref, day, None, {"when": day.isoformat(), "part_of_day": None,
                                             "window": None}, [])
    hmv = hm_of(tpart)
    if hmv is None:
        return None, None, "seconds: SPEC gives minutes"
    h, mi = hmv
    if subtracted(lang, low) and mi and not mod:
        said, why = spec_hour(lang, low, (h + 1) % 24, 0, values)
        if said is None:
            return None, None, why
        total = said * 60 - (60 - mi)
        if total < 0:
            return None, None, "minutes taken off midnight"
        sh = total // 60
        note = None if sh == h else f"RT reads {h:02d}:{mi:02d}; SPEC: the hour said is a business hour, then the minutes"
        return finish_point(lang, low, ref, now, day, sh, mi, [note] if note else [])
    if re.search(r"\b(from|depuis|dès)\b", low) and not mod:
        return None, None, "'from 2 pm' alone: SPEC gives no window or start from it"
    if re.search(r"\b(tonight|ce soir|à soir)\b", low) and h < 12:
        return None, None, ("'tonight' with a morning hour ('tonight at 1am', 'tonight around "
                            "3'): SPEC does not settle the day or the hour")
    sh, why = spec_hour(lang, low, h, mi, values)
    if sh is None:
        return None, None, why
    note_bits = []
    if sh != h:
        note_bits.append(f"RT reads {h:02d}:{mi:02d}; SPEC §2: a bare hour is a business hour")
    if mod:
        part, why = window_part(lang, low)
        if why:
            return None, None, why
        bound = f"{sh:02d}:{mi:02d}"
        window = {"after": bound, "before": None} if mod in ("after", "since") else \
            {"after": None, "before": bound}
        if day is None:
            after = (sh, mi) if window["after"] else None
            before = (sh, mi) if window["before"] else None
            try:
                day = ref.window_day(after, before)
            except ValueError as e:
                return None, None, f"a window without a day that has begun: {e}"
        return check_future(ref, day, None, {"when": day.isoformat(), "part_of_day": part,
                                             "window": window}, note_bits)
    return finish_point(lang, low, ref, now, day, sh, mi, note_bits)


def finish_point(lang, low, ref, now, day, sh, mi, note_bits):
    """The case of one clock time on a day (today or tomorrow when none is said)."""
    if day is None:
        try:
            day = ref.at(sh, mi)
        except ValueError as e:
            return None, None, str(e)
    return check_future(ref, day, (sh, mi), {"when": f"{day.isoformat()}T{sh:02d}:{mi:02d}",
                                             "part_of_day": None, "window": None}, note_bits)


def check_future(ref, day, hm, expected, note_bits):
    """Past and far-away starts are excluded; else the case."""
    now = ref.local.replace(tzinfo=None)
    if day < ref.today or (hm and datetime.combine(day, datetime.min.time()).replace(
            hour=hm[0], minute=hm[1]) <= now):
        return None, None, "in the past: SPEC drops past phrases (future bias)"
    if day - ref.today > timedelta(days=366):
        return None, None, "more than a year ahead: a caller books nearer"
    return now, expected, "; ".join(note_bits) or None


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    for lang in ("en", "fr"):
        kept, excluded, seen = [], [], set()
        for entry in load(git_dir, lang):
            ns = entry.get("NotSupported", "") or ""
            now, expected, note = convert(lang, entry)
            key = (entry["Input"], now and now.isoformat())
            if key in seen:
                continue
            seen.add(key)
            if expected is None:
                row = {"text": entry["Input"], "reason": note}
                if "dotnet" in ns.lower():
                    row["rt_unsupported"] = True
                excluded.append(row)
            else:
                kept.append((entry["Input"], now, expected, note, "dotnet" in ns.lower()))
        rows = []
        for n, (text, now, expected, note, unsupported) in enumerate(kept, 1):
            ref = Ref(TZ, now.year, now.month, now.day, now.hour, now.minute)
            row = {"id": f"rt-{lang}-{n:04}", "kind": "time"}
            if lang == "fr":
                row["lang"] = "fr"
            row.update({"text": text, "now": ref.now, "tz": TZ, "expected": expected})
            if note:
                row["note"] = note
            if unsupported:
                row["rt_unsupported"] = True
            rows.append(row)
        finish(HERE.parent / f"recognizers_time_{lang}.jsonl", rows,
               HERE / f"excluded_{lang}.jsonl", excluded, f"{LANGS[lang]}:")


if __name__ == "__main__":
    main()
