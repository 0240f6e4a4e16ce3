"""Blind-round helper: a date and time oracle written from the evaluation SPEC, and the
JSON Lines writer for extraction case files.

Written for blind round 6 from `/work/shared/eval/SPEC.md` §2 (English) and
`SPEC-fr.md` §5.5 (French) only, without reading Bella's source or its other test files.
Standard library only (``zoneinfo`` for the reference instants).

The oracle answers the SPEC's questions and nothing more:

* ``Ref(tz, y, m, d, hh, mm)`` is the instant the caller speaks, as wall time in ``tz``;
  ``ref.now`` is its RFC 3339 form with the zone's offset at that instant.
* ``ref.weekday("thu")`` - a weekday alone: the next such day *after* today.
* ``ref.next_week("thu")`` - "next Thursday": that day of the following calendar week
  (weeks start on Monday).
* ``ref.plus(n)`` - "in n days", "a week from today" (n = 7), "tomorrow" (n = 1).
* ``ref.dom(15)`` - "the 15th": the nearest 15th from today on (today counts; months
  without that day are skipped).
* ``ref.month_day(1, 15)`` - "Jan 15": the nearest 15 January from today on.
* ``ref.at(h, m)`` - a time without a day: today if strictly ahead of now, else tomorrow.
* ``ref.window_day(after, before)`` - a window without a day: today if some start in
  ``after <= start < before`` is still ahead of now, else tomorrow.  Cases where ``now``
  falls inside an open-ended window are refused (the SPEC does not settle them).
* ``biz(h)`` - the business-hour reading of a bare hour (7-11 morning, 12 noon, 1-6
  afternoon); ``pm(h)`` and ``am(h)`` the explicit readings.
* ``T(...)``, ``W(...)`` and ``NOTHING`` build the ``expected`` object of a time case;
  ``window(after, before)`` is ``W`` for bounds already written ``"HH:MM"`` (the
  generators that write their expected values literally).

``CaseFile`` collects cases and writes one JSON object a line, ids numbered per kind.
"""

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _wd(name):
    return WEEKDAYS.index(name[:3].lower())


def biz(h):
    """Business-hour reading of a bare hour 1-12 (SPEC §2)."""
    if 7 <= h <= 11:
        return h
    if h == 12:
        return 12
    if 1 <= h <= 6:
        return h + 12
    raise ValueError(f"no business-hour reading for a bare {h}")


def pm(h):
    return 12 if h == 12 else h + 12


def am(h):
    return 0 if h == 12 else h


def hm(h, m=0):
    """Clock time as "HH:MM"; minutes may be negative ("quarter to") or over 59."""
    total = h * 60 + m
    if not 0 <= total < 24 * 60:
        raise ValueError("clock time outside the day")
    return f"{total // 60:02d}:{total % 60:02d}"


class Ref:
    """The moment a caller speaks, as wall time in an IANA zone."""

    def __init__(self, tz, y, mo, d, hh, mm):
        self.tz = tz
        zone = ZoneInfo(tz)
        local = datetime(y, mo, d, hh, mm, tzinfo=zone)
        back = local.astimezone(ZoneInfo("UTC")).astimezone(zone)
        if back.replace(tzinfo=None) != local.replace(tzinfo=None):
            raise ValueError(f"{local} does not exist in {tz}")
        self.local = local
        self.today = local.date()
        self.now = local.isoformat(timespec="seconds")

    def weekday_name(self):
        return WEEKDAYS[self.today.weekday()]

    def plus(self, n):
        return self.today + timedelta(days=n)

    def weekday(self, name):
        ahead = (_wd(name) - self.today.weekday()) % 7
        return self.plus(ahead or 7)

    def next_week(self, name):
        monday = self.today - timedelta(days=self.today.weekday()) + timedelta(days=7)
        return monday + timedelta(days=_wd(name))

    def dom(self, d):
        y, m = self.today.year, self.today.month
        for _ in range(24):
            try:
                cand = date(y, m, d)
            except ValueError:
                cand = None
            if cand is not None and cand >= self.today:
                return cand
            m += 1
            if m == 13:
                y, m = y + 1, 1
        raise ValueError(f"no day {d}")

    def month_day(self, m, d):
        for y in range(self.today.year, self.today.year + 9):
            try:
                cand = date(y, m, d)
            except ValueError:
                continue
            if cand >= self.today:
                return cand
        raise ValueError(f"no date {m}-{d}")

    def _minutes_now(self):
        return self.local.hour * 60 + self.local.minute

    def at(self, h, m=0):
        """Day of a time said without a day (future bias)."""
        said = h * 60 + m
        now = self._minutes_now()
        if said == now:
            raise ValueError("a time equal to now is left out of the sets")
        return self.today if said > now else self.plus(1)

    def window_day(self, after, before):
        """Day of a window said without a day; after/before as (h, m) or None."""
        now = self._minutes_now()
        lo = after[0] * 60 + after[1] if after else 0
        hi = before[0] * 60 + before[1] if before else 24 * 60
        if lo <= now < hi:
            # A bounded window that still has half an hour ahead is today; an
            # open-ended one that has begun is left out of the sets.
            if before is None or hi - now < 30:
                raise ValueError("now inside the window: left out")
            return self.today
        return self.today if now < lo else self.plus(1)


def day(d):
    return d.isoformat()


def T(d, time=None, pod=None, win=None):
    """Expected object of a time case: a day, optional (h, m), part of day, window."""
    when = None
    if d is not None:
        when = d.isoformat()
        if time is not None:
            when += "T" + hm(*time)
    return {"when": when, "part_of_day": pod, "window": win}


def W(after=None, before=None):
    """A window; bounds as (h, m) or None."""
    return {
        "after": hm(*after) if after else None,
        "before": hm(*before) if before else None,
    }


def window(after=None, before=None):
    """A window whose bounds are already written "HH:MM" (or None)."""
    return {"after": after, "before": before}


NOTHING = {"when": None, "part_of_day": None, "window": None}


class CaseFile:
    """Collects extraction cases and writes them as JSON Lines."""

    def __init__(self, prefix, lang=None):
        self.prefix = prefix
        self.lang = lang
        self.rows = []
        self.count = {}
        self.ids = set()

    def add(self, kind, text, ref, expected, expect=None, region=None, case_id=None):
        if case_id is None:
            n = self.count.get(kind, 0) + 1
            self.count[kind] = n
            case_id = f"{self.prefix}-{kind}-{n:03d}"
        if case_id in self.ids:
            raise ValueError(f"duplicate id {case_id}")
        self.ids.add(case_id)
        row = {"id": case_id, "kind": kind}
        if self.lang:
            row["lang"] = self.lang
        row["text"] = text
        row["now"] = ref.now
        row["tz"] = ref.tz
        if region:
            row["region"] = region
        if expect:
            row["expect"] = expect
        row["expected"] = expected
        self.rows.append(row)
        return case_id

    def retire(self, kind):
        """Skips the next id of `kind`: a case left out after the run keeps the others'
        ids stable."""
        self.count[kind] = self.count.get(kind, 0) + 1

    def phone(self, text, ref, want, **kw):
        return self.add("phone", text, ref, {"phone": want}, **kw)

    def name(self, text, ref, want, **kw):
        return self.add("name", text, ref, {"name": want}, **kw)

    def time(self, text, ref, expected, **kw):
        return self.add("time", text, ref, expected, **kw)

    def extend(self, other):
        """Append the cases of another CaseFile (a later part of the same round)."""
        for row in other.rows:
            if row["id"] in self.ids:
                raise ValueError(f"duplicate id {row['id']}")
            self.ids.add(row["id"])
            self.rows.append(row)

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        kinds = {}
        for row in self.rows:
            kinds[row["kind"]] = kinds.get(row["kind"], 0) + 1
        print(path, len(self.rows), kinds)
