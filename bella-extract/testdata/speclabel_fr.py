"""The SPEC-fr §5.5 label of a French phrase whose other-parser value is known, shared
by `duckling_fr/convert.py` and `chrono_fr/convert.py` (the French counterpart of
`speclabel.py`).

The other parser's value says *what* was said (the day, the hour and minute, the bounds
of a range); the text says *which* of these the caller said (a weekday, a day of the
month, "du matin", a 24-hour form); the label comes from the SPEC-fr §5.5 rules (which
keep the §2 ones) through the `blindlib.py` oracle: a weekday alone or "ce lundi" the
next one after today, "X de la semaine prochaine" that day of next calendar week, "X
prochain" only where its two readings agree, "le 12" the nearest 12th from today on, a
day and month the nearest from today on, a bare hour 1 to 12 a business hour unless "du
matin", "du soir", "de l'après-midi", "cet après-midi", "ce soir" say otherwise, "13 h"
to "23 h" as said, "minuit" the next midnight, a time without a day today if still
ahead, a part of the day with a day the day and `part_of_day`, two clock times "de ...
à", "entre ... et" or dashed a `window` on one day, "après", "à partir de", "plus tard
que" and "avant" one bound.

`EXCLUSIONS` are the families left out by their wording alone (`first_reason` of
`corpuslib.py`, first match wins); `label()` returns `(expected, note)` or `(None,
reason)`. Standard library only.
"""

import re
from datetime import date, timedelta

from blindlib import am, biz, pm
from corpuslib import first_reason
from speclabel import month_day_said

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAY = r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\b\.?"
MONTHS = [("janvier", "janv", "jan"), ("février", "fevrier", "fév", "fev", "févr"), ("mars",),
          ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
          ("septembre", "sept"), ("octobre", "oct"), ("novembre", "nov"),
          ("décembre", "decembre", "déc", "dec")]
MONTH = r"\b(" + "|".join(sorted((w for g in MONTHS for w in g), key=len, reverse=True)) + r")\b\.?"
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
         "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
         "dix-neuf", "vingt"]
# French number words 0-31, hyphens or spaces ("vingt quatre", "vingt-et-un").
NUMBER_WORDS = {w: i for i, w in enumerate(UNITS)}
for _i in range(1, 10):
    _join = " et " if _i == 1 else " "
    NUMBER_WORDS["vingt" + _join + UNITS[_i]] = 20 + _i
NUMBER_WORDS.update({"trente": 30, "trente et un": 31, "premier": 1, "une": 1})
NUMBER = r"(\d{1,2}|" + "|".join(sorted((re.escape(w).replace(r"\ ", "[ -]") for w in NUMBER_WORDS),
                                         key=len, reverse=True)) + r")"
# Part-of-day words: a.m. and p.m. markers for an hour, and parts of the day.
AM = r"\bdu matin\b|\bde l'avant-midi\b|(\b|(?<=\d))a\.?m\b|\bmatin(ée)?\b|\bavant-midi\b"
PM = r"\bdu soir\b|\bde l'après-midi\b|(\b|(?<=\d))p\.?m\b|\baprès-midi\b|\bsoir(ée)?\b"
PARTS = [(r"\bmatin(ée)?\b|\bavant-midi\b", "morning"), (r"\baprès-midi\b", "afternoon"),
         (r"\bsoir(ée)?\b", "evening")]
# "midi" (noon), not the "midi" of "après-midi" and "avant-midi".
MIDI = r"(?<![-'])\bmidi\b(?!-)"
# A clock time said: a number before h/heures/":" or a.m./p.m., "midi", "minuit".
CLOCK = r"\d\s*[h:]|\d\s*[ap]\.?m\b|\b" + NUMBER + r"[ -]heures?\b|" + MIDI + r"|\bminuit\b"

# (language, pattern on the lower-case text, reason): `first_reason` of corpuslib, first
# match wins.
EXCLUSIONS = [
    ("fr", r"\b(utc|gmt|cet|cest|est|edt|pst|pdt)$", "a time zone: SPEC reads every time in the business's zone"),
    ("fr", r"\bno[eë]l\b|\bnouvel an\b|\bjour de l'an\b|\btoussaint\b|\bjour des morts\b|\bfête du\b",
     "a named holiday: SPEC §2 names no holidays"),
    ("fr", r"\bhier\b|\bavant-hier\b|\bveille\b|\bd'avant\b|\bil y a\b|\bétait\b|\bderni[eè]re?s?\b|\bpass[ée]e?s?\b(?! de)|"
           r"\bpr[ée]c[ée]dente?\b",
     "a past phrase: SPEC drops past phrases (future bias)"),
    ("fr", r"\bsecondes?\b|\bmaintenant\b|\btout de suite\b|\ben ce moment\b|\d\s*\"",
     "seconds or an instant ('maintenant', 'dans une seconde'): SPEC gives minutes, no start for now"),
    ("fr", r"\d\s*'", "a shorthand amount ('dans 2''): not a form a speech recogniser writes"),
    ("fr", r"\d+\s*/\s*\d+|\d{4}-\d|^(le )?\d{1,2} \d{1,2}( \d{2,4})?$",
     "a date written only as numbers ('17/02', '2013-03-01', '17 02'): day/month order, and "
     "'17 02' as 17:02, are not settled"),
    ("fr", MONTH + r"\s+\d{2}$", "a two-digit year ('31 octobre 74'): SPEC does not settle it"),
    ("fr", r"\d\s+sept\b(?!\.)",
     "'15 sept': 'sept' is seven as well as September's abbreviation; SPEC-fr does not settle "
     "it (and Bella reads it as seven)"),
    ("fr", r"\bjui\b", "'jui' (juin or juillet): SPEC-fr does not settle the month"),
    ("fr", r"\ben (huit|8|quinze|15)\b|\bquinzaine\b|\bdans les \d+ jours\b",
     "'lundi en huit', 'en quinze': SPEC-fr leaves 'en huit' and 'dans quinze jours' out as ambiguous"),
    ("fr", r"\bd'ici\b", "a deadline ('d'ici 2 semaines'): SPEC reads no start from it"),
    ("fr", r"\bfin de semaine\b|\bweek-?ends?\b",
     "'la fin de semaine' / 'week-end': SPEC-fr leaves it out (the weekend in Quebec, Thursday "
     "to Sunday for Duckling)"),
    ("fr", r"\b(début|milieu|mi|fin)\b|\btôt\b|\bdès\b",
     "an early, middle or late part of a day or a month ('en début de matinée', 'en fin "
     "d'après-midi', 'mi-décembre'): SPEC-fr has three parts of the day and leaves 'en fin "
     "d'après-midi' out"),
    ("fr", r"\bd[ée]jeuner\b|\btravail\b",
     "a meal or the working day ('après déjeuner', 'après le travail'): SPEC-fr names no such time"),
    ("fr", r"\bsuivante?s?\b|\bd'après\b|\bqui suit\b|\blendemain\b|\bjours? (plus tard|après)\b|"
           r"\bplus tard\b(?! que)",
     "'suivant', 'd'après', 'le lendemain', 'deux jours plus tard', 'plus tard': a day counted "
     "from another, or no time; SPEC-fr names 'prochain' and 'la semaine prochaine'"),
    ("fr", r"\bprochaine?s\b",
     "'les 3 prochaines heures': a span from now; SPEC gives one start"),
    ("fr", r"\b(premi[eè]re?|deuxième|\d+e|\d+eme|\d+ème)\s+(jour|semaine|" + "|".join(WEEKDAYS) + r")\b",
     "an ordinal day or week of a month ('le 3eme jour d'octobre', 'le premier mercredi du "
     "mois prochain'): SPEC-fr does not name it"),
    ("fr", r"\b(mois|années?|annees|ans?|été|hiver|printemps|automne)\b|(?<!la )(?<!cette )(?<!une )(?<!\d )(?<!deux )\bsemaines?\b(?! prochaine)|"
           r"^(cette|dans la) semaine$",
     "a month, a year, a season or a week as a span: SPEC gives days"),
    ("fr", r"\d(" + "|".join(w for g in MONTHS for w in g) + r")\b",
     "a number glued to a month name ('15juin', '15SEPT'): not a form a speech recogniser writes"),
    ("fr", r"\d:\d\d:\d\d|\dh\d+m|\dm?[ap]\b(?!\.)",
     "seconds, or a shorthand glued to the minutes ('10:12:59', '8h10m', '5:16p'): SPEC-fr "
     "names '14 h 30', '14:30', '2 h PM'"),
    ("fr", r"\baprem\b", "'aprem' (clipped 'après-midi'): SPEC-fr names 'après-midi'"),
    ("fr", r"\b(ac|p\. chr)\b", "a year of another era ('234 AC'): SPEC books days ahead"),
    ("fr", r"\b(soir|matin|après-midi|avant-midi) à \d{1,2}$",
     "an hour said without 'h' or 'heures' after a part of the day ('soir à 8'): SPEC-fr's "
     "clock forms carry 'h'"),
    ("fr", r"\bpour \d+ minutes\b|\bminuterie\b|\ben (\d+|une?) (heures?|minutes?)\b",
     "a length ('pour 5 minutes', 'en 1 heure', 'une minuterie de 5 minutes'): SPEC reads no start"),
    ("fr", r"\bdu mat\b", "'du mat' (clipped): SPEC-fr names 'du matin' as the a.m. marker"),
    ("fr", r"\bpassé de\b", "'15h passé de 15 minutes': SPEC-fr names 'et quart' and 'quinze' as minutes"),
    ("fr", r"\btrois quarts\b", "'onze heures trois quarts': SPEC-fr names 'moins quart' and 'et quart' only"),
    ("fr", r"^(ce jour|dans la journée)$",
     "'ce jour', 'dans la journée': SPEC-fr names 'aujourd'hui' for today"),
    ("fr", r"\bjusqu'(à|au)\b(?!.*\b\d+\s*h)|^(?!.*\bde\b).*\bjusqu'",
     "an end alone or 'jusqu'au' ('demain jusqu'à 16h'): SPEC-fr names 'avant' and "
     "'de ... à' as bounds, not 'jusqu'à' alone"),
]


def number(word):
    """A number said in digits or French words (0-31)."""
    word = word.replace("-", " ")
    return int(word) if word.isdigit() else NUMBER_WORDS[word.replace("  ", " ")]


def said_weekday(low):
    m = re.search(WEEKDAY, low)
    if not m:
        return None
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(m.group(1)))


def said_day_of_month(low):
    """The day of the month said ('le 2', 'le 1er', 'samedi 16', 'vendredi quinze',
    '2 mars'), or None."""
    num = r"1er|premier|" + NUMBER[1:-1]
    pattern = (r"\ble (?P<a>" + num + r")\b|" + WEEKDAY + r"\s+(?P<b>" + num
               + r")\b(?!\s*(h|heures?|:))|\b(?P<c>" + num + r")\s+" + MONTH)
    m = re.search(pattern, low)
    if not m:
        return None
    word = m.group("a") or m.group("b") or m.group("c")
    return 1 if word in ("1er", "premier") else number(word)


def spec_day(low, ref, value_date):
    """The day SPEC-fr reads from the text (a date), None when no day is said, or a
    string saying why the day is not settled."""
    if re.search(r"\baprès-demain\b", low):
        return ref.plus(2)
    if re.search(r"(?<!après-)\bdemain\b", low):
        return ref.plus(1)
    m = re.search(r"\bdans " + NUMBER + r" (jours?|semaines?)\b", low)
    if m:
        return ref.plus(number(m.group(1)) * (7 if m.group(2).startswith("semaine") else 1))
    if re.search(r"\baujourd'hui\b|\bce soir\b|\bcet après-midi\b|\bce matin\b|\bcet avant-midi\b|"
                 r"\bà (soir|matin)\b", low):
        return ref.today
    wd = said_weekday(low)
    dom = said_day_of_month(low)
    month = re.search(MONTH, low)
    if month:
        if dom is None:
            return "a month without a day: SPEC gives no date"
        day = month_day_said(low, ref, value_date, dom)
        if isinstance(day, str):
            return day
    elif re.search(r"\bsemaine prochaine\b", low):
        monday = ref.next_week("mon")
        day = monday if wd is None else ref.next_week(EN_NAMES[wd])
    elif wd is not None and re.search(r"\bcette semaine\b", low):
        day = ref.today + timedelta(days=wd - ref.today.weekday())
        if day <= ref.today:
            return "a weekday of this week, today or already past: SPEC-fr gives no date"
    elif dom is not None:
        day = ref.dom(dom)
    elif wd is not None:
        name = WEEKDAYS[wd]
        if re.search(name + r"\s+prochain\b", low) and ref.today.weekday() < 5 and wd > ref.today.weekday():
            return ("'X prochain' where its two readings differ (this week's or next week's): "
                    "SPEC-fr leaves it out")
        day = ref.weekday(EN_NAMES[wd])
    else:
        return None
    if wd is not None and day.weekday() != wd:
        return "a weekday that does not match the date: SPEC-fr leaves such pairs out"
    return day


def spec_hour(low, hour, nth):
    """The hour SPEC-fr reads for Duckling's `hour`, the `nth` clock time of the text: as
    said in 24-hour form ("15h", "seize heures", "0h"), noon for "midi", else the
    business-hour reading unless a part-of-day word says which half."""
    said = [m.group(1) for m in re.finditer(r"\b" + NUMBER + r"\s*(?:h\b|heures?\b|:|h\d)", low)]
    said += ["12"] * len(re.findall(MIDI, low))
    if hour >= 13 and any(number(s) == hour for s in said):
        return hour
    if re.search(r"\bminuit\b", low) and hour == 0:
        return 0
    h12 = hour % 12 or 12
    if re.search(MIDI, low) and hour in (11, 12) and nth == 0:
        return hour
    if re.search(AM, low):
        return am(h12)
    if re.search(PM, low):
        return pm(h12)
    return biz(h12)


def part_of_day(low):
    return next((part for pattern, part in PARTS if re.search(pattern, low)), None)


def note_of(value, want, who):
    """Where the other parser's (`who`) value differs from the label, or None."""
    notes = []
    if want["when"] and not want["when"].startswith(value.strftime("%Y-%m-%d")):
        notes.append(f"{who} gives {value:%Y-%m-%d}; SPEC-fr gives {want['when'][:10]}")
    if want["when"] and "T" in want["when"] and want["when"][11:] != value.strftime("%H:%M"):
        notes.append(f"{who} reads {value:%H:%M}; SPEC-fr reads {want['when'][11:]}")
    return "; ".join(notes) or None


def relative(low, ref):
    """'dans 2 minutes', 'dans une heure', 'dans vingt quatre heures': now plus that."""
    m = re.search(r"\bdans " + NUMBER + r" (minutes?|mins?|heures?)\b", low)
    if not m:
        return None
    n = number(m.group(1))
    return ref.local.replace(tzinfo=None) + (timedelta(hours=n) if m.group(2).startswith("h")
                                             else timedelta(minutes=n))


def expected(when, part=None, window=None):
    return {"when": when, "part_of_day": part, "window": window}


def clean(text):
    """Lower case, one space between words, "'" for the typographic apostrophe."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def exclusion(low):
    return first_reason(EXCLUSIONS, "fr", low)


def _hm(h, m):
    return f"{h:02d}:{m:02d}"


def label(low, ref, start, end=None, bound=None, who="Duckling"):
    """(expected, note) of the phrase `low` (see `clean`), or (None, reason). `start` is
    the other parser's value (a naive wall datetime), `end` the last minute of a range it
    gives, `bound` "after" or "before" when it gives one open bound at `start`."""
    rel = relative(low, ref)
    if rel is not None:
        if end is not None or bound is not None:
            return None, "a range of relative times: SPEC gives one start"
        want = expected(rel.strftime("%Y-%m-%dT%H:%M"))
        return want, note_of(start, want, who)
    day = spec_day(low, ref, start.date())
    if isinstance(day, str):
        return None, day
    if isinstance(day, date) and day < ref.today:
        return None, "a past date: SPEC drops past phrases (future bias)"
    clock = re.search(CLOCK, low) is not None
    if bound is not None:
        if not clock:
            return None, "an open span of days ('à partir du 8'): SPEC windows bound a time of one day"
        at = (spec_hour(low, start.hour, 0), start.minute)
        win = {"after": _hm(*at) if bound == "after" else None,
               "before": _hm(*at) if bound == "before" else None}
        if day is None:
            try:
                day = ref.window_day(at if bound == "after" else None, at if bound == "before" else None)
            except ValueError as err:
                return None, f"a window without a day: {err}"
        note = None if f"{start:%H:%M}" == _hm(*at) else f"{who} reads {start:%H:%M}; SPEC-fr reads {_hm(*at)}"
        return expected(day.isoformat(), part_of_day(low), win), note
    if end is not None and clock:
        after = (spec_hour(low, start.hour, 0), start.minute)
        before = (spec_hour(low, end.hour, 1), end.minute)
        if end.date() != start.date():
            return None, "a range across midnight: SPEC windows bound one day"
        if before <= after:
            return None, "a range whose end SPEC-fr reads before its start ('de 5 à 7')"
        if day is None:
            try:
                day = ref.window_day(after, before)
            except ValueError as err:
                return None, f"a window without a day: {err}"
        win = {"after": _hm(*after), "before": _hm(*before)}
        note = None
        if (f"{start:%H:%M}", f"{end:%H:%M}") != (win["after"], win["before"]):
            note = f"{who} reads {start:%H:%M}-{end:%H:%M}; SPEC-fr reads {win['after']}-{win['before']}"
        return expected(day.isoformat(), None, win), note
    if clock:
        h = spec_hour(low, start.hour, 0)
        if day is None:
            try:
                day = ref.at(h, start.minute)
            except ValueError as err:
                return None, f"a time without a day: {err}"
        elif day == ref.today and (h, start.minute) <= (ref.local.hour, ref.local.minute):
            return None, "today at a time already past: SPEC does not settle it"
        want = expected(f"{day.isoformat()}T{h:02d}:{start.minute:02d}")
        return want, note_of(start, want, who)
    part = part_of_day(low)
    if day is None:
        if part is not None:
            return None, "a part of the day without a day ('le soir', 'l'après-midi'): SPEC-fr gives no date"
        return None, "no day SPEC-fr reads"
    want = expected(day.isoformat(), part)
    return want, note_of(start, want, who)
