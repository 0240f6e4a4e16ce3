"""callslib: shared helpers for the blind call-round generators (`gen_held_out*_calls.py`).

Written from `/work/shared/eval/SPEC.md` §3 (and `SPEC-fr.md` §5) alone, never from Bella's
source, so that a generator's expected outcomes are an independent oracle. Standard library
only (Python 3.11+: `tomllib`, `zoneinfo`).

What it holds:
- dates: `local_now` (an RFC 3339 `now` from a wall time and a zone), `weekday_after`
  (SPEC §2: a weekday alone is the next such day after today, never today),
  `weekday_next_week` ("next Thursday": the Thursday of the following calendar week),
  `add_days`, `at` (a `YYYY-MM-DDTHH:MM` start);
- the slot oracle `Business`: the default business of §3 (Mon-Fri 09:00-17:00, 30-minute
  appointments on the half hour, `closed` dates, `existing` bookings) or a business TOML
  (§3.1: services with their own length, resources with their own hours and closed dates,
  starts on multiples of `slot_minutes` from each opening). `free_starts` lists the free
  starts of a day (inside an optional window, after `now`), `check_free` asserts that a
  label's start can really be booked, `first_free` the default business's earliest;
- personas and expected results: `persona`, `booked`, `result`, `checks`, `call`,
  `reminder`; the probe rounds' `appt`, `entry`, `busy`, `expect`, `probe_call` and
  `probe_reminder`;
- existing bookings: `ex` (one, its fields in the order given), `staffed` (one of a
  service with a resource), `taken` (30-minute
  bookings at given starts), `busy` (every half hour from one start to another) and
  `whole_day` (the default business's day, full);
- the probe rounds' collectors: `noted_calls` and `noted_reminders` make the `add` and
  `rem` that append a `call`/`reminder` line with its `note` last, `call_group` the same
  `add` for calls made at one instant from one number; the business
  rounds' `BusinessRound` (calls and reminders per business TOML, `reminders_about`
  one appointment);
- `write_lines`, one JSON object a line, refusing duplicate ids; `write_jsonl`,
  which also checks every booked/rescheduled label against the oracle before it writes;
  and `write_business_probe`, the same for lines naming their business TOML, reminders'
  moves included.
"""
import datetime as dt
import json
import os
import tomllib
from zoneinfo import ZoneInfo

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


# ---------------------------------------------------------------- dates

def local_now(wall, tz):
    """`wall` ("2026-11-20T16:45") in zone `tz` as an RFC 3339 instant with its offset."""
    t = dt.datetime.fromisoformat(wall).replace(tzinfo=ZoneInfo(tz))
    return t.isoformat(timespec="seconds")


def today(now):
    """The local date of an RFC 3339 `now` (the offset in it is the zone's offset)."""
    return dt.datetime.fromisoformat(now).date()


def add_days(day, n):
    return (dt.date.fromisoformat(str(day)) + dt.timedelta(days=n)).isoformat()


def weekday_after(now, name):
    """SPEC §2: "Thursday" is the next Thursday after today, never today itself."""
    d = today(now)
    want = WEEKDAYS.index(name.lower())
    step = (want - d.weekday()) % 7 or 7
    return (d + dt.timedelta(days=step)).isoformat()


def weekday_next_week(now, name):
    """SPEC §2: "next Thursday" is the Thursday of the following calendar week (Mon start)."""
    d = today(now)
    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
    return (monday + dt.timedelta(days=WEEKDAYS.index(name.lower()))).isoformat()


def at(day, hhmm):
    return f"{day}T{hhmm}"


def _minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _hhmm(mins):
    return f"{mins // 60:02d}:{mins % 60:02d}"


# ---------------------------------------------------------------- slot oracle

class Business:
    """Opening hours, services and resources; answers which starts are free."""

    def __init__(self, hours, slot=30, services=None, resources=None, closed=()):
        self.hours = hours  # weekday name -> ["09:00-17:00", ...]
        self.slot = slot
        # name -> {"minutes": int, "resources": [names] or None (= every resource)}
        self.services = services or {"Appointment": {"minutes": 30, "resources": None}}
        # name -> {"hours": {weekday: [...]} (days not listed use the business hours),
        #          "closed": [dates]}
        self.resources = resources or {"": {"hours": {}, "closed": []}}
        self.closed = set(closed)

    @classmethod
    def default(cls, closed=()):
        """SPEC §3's default business: Monday to Friday 09:00-17:00, 30-minute slots."""
        hours = {d: ["09:00-17:00"] for d in WEEKDAYS[:5]}
        return cls(hours, closed=closed)

    @classmethod
    def from_toml(cls, path, closed=()):
        with open(path, "rb") as f:
            conf = tomllib.load(f)
        services = {}
        for s in conf.get("services", []):
            services[s["name"]] = {"minutes": s["minutes"], "resources": s.get("resources")}
        resources = {}
        for r in conf.get("resources", []):
            resources[r["name"]] = {"hours": r.get("hours", {}), "closed": r.get("closed_dates", [])}
        return cls(conf["hours"], conf.get("slot_minutes", 30), services or None,
                   resources or None, set(conf.get("closed_dates", [])) | set(closed))

    def service_minutes(self, service=None):
        if service is None:
            return next(iter(self.services.values()))["minutes"]
        return self.services[service]["minutes"]

    def _resources_for(self, service):
        allowed = self.services[service]["resources"] if service else None
        return [r for r in self.resources if allowed is None or r in allowed]

    def _spans(self, day, resource):
        if day in self.closed or day in self.resources[resource]["closed"]:
            return []
        name = WEEKDAYS[dt.date.fromisoformat(day).weekday()]
        own = self.resources[resource]["hours"]
        spans = own[name] if name in own else self.hours.get(name, [])
        return [tuple(_minutes(x) for x in s.split("-")) for s in spans]

    @staticmethod
    def _busy(day, resource, existing, single_resource):
        out = []
        for e in existing:
            if not e["start"].startswith(day):
                continue
            if not single_resource and e.get("resource") not in (None, resource):
                continue
            s = _minutes(e["start"][11:16])
            out.append((s, s + e.get("minutes", 30)))
        return out

    def free_starts(self, day, now, existing=(), service=None, resource=None,
                    after=None, before=None):
        """Free `(start, resource)` pairs of `day`, earliest first, strictly after `now`,
        with `after <= start < before` when a window is given."""
        day = str(day)
        minutes = self.service_minutes(service)
        single = len(self.resources) == 1
        cands = [resource] if resource else self._resources_for(service)
        nowt = dt.datetime.fromisoformat(now)
        out = {}
        for r in cands:
            busy = self._busy(day, r, existing, single)
            for lo, hi in self._spans(day, r):
                s = lo
                while s + minutes <= hi:
                    start = at(day, _hhmm(s))
                    ok = all(s + minutes <= b0 or s >= b1 for b0, b1 in busy)
                    wall = dt.datetime.fromisoformat(start).replace(tzinfo=nowt.tzinfo)
                    ok = ok and wall > nowt
                    ok = ok and (after is None or s >= _minutes(after))
                    ok = ok and (before is None or s < _minutes(before))
                    if ok and start not in out:
                        out[start] = r
                    s += self.slot
        return sorted(out.items())

    def earliest(self, now, existing=(), service=None, resource=None, after=None,
                 before=None, from_day=None):
        """The first free start from `now` (or from `from_day`) on, within 60 days."""
        day = dt.date.fromisoformat(str(from_day)) if from_day else today(now)
        for _ in range(60):
            got = self.free_starts(day.isoformat(), now, existing, service, resource,
                                   after, before)
            if got:
                return got[0]
            day += dt.timedelta(days=1)
        raise ValueError("nothing free in 60 days")

    def next_open_day(self, day, service=None):
        """The first day after `day` with any opening hours (for "Saturday is closed")."""
        d = dt.date.fromisoformat(str(day))
        for _ in range(30):
            d += dt.timedelta(days=1)
            rs = self._resources_for(service)
            if any(self._spans(d.isoformat(), r) for r in rs):
                return d.isoformat()
        raise ValueError("no open day")

    def check_free(self, start, now, existing=(), service=None, resource=None):
        """Assert that `start` can be booked; returns the resource that takes it."""
        got = dict(self.free_starts(start[:10], now, existing, service, resource))
        assert start in got, f"label start {start} is not free ({service}, {resource})"
        return got[start]


def first_free(now, day, existing, after=None, before=None, closed=()):
    """The default business's earliest free start of `day` in the window (the oracle's
    answer to a plain "yes" to the offers)."""
    got = Business.default(closed).free_starts(day, now, existing, after=after, before=before)
    return got[0][0]


# ---------------------------------------------------------------- personas and labels

def persona(intent=(), name=(), phone=(), time=(), confirm=(), other=(), service=None):
    p = {"intent": list(intent), "name": list(name), "phone": list(phone),
         "time": list(time), "confirm": list(confirm), "other": list(other)}
    if service is not None:
        p["service"] = list(service)
    return p


def booked(name, phone, start, **extra):
    appt = {"name": name, "phone": phone, "start": start}
    appt.update(extra)
    return {"outcome": "booked", "appointment": appt}


def result(outcome, appointment=None, **extra):
    out = {"outcome": outcome}
    if appointment is not None:
        out["appointment"] = appointment
    out.update(extra)
    return out


def checks(expected, lang=None, say=None, not_say=None):
    """Adds the runner's language and wording checks (`agent_lang`, `say_contains`,
    `say_not_contains`) to `expected`, each only when given; returns it."""
    if lang:
        expected["agent_lang"] = lang
    if say:
        expected["say_contains"] = say
    if not_say:
        expected["say_not_contains"] = not_say
    return expected


def appt(name, phone, start, **extra):
    """An `appointment` block: name, phone, start, then `extra` (service, minutes...)."""
    out = {"name": name, "phone": phone, "start": start}
    out.update(extra)
    return out


def entry(start, name=None, phone=None, minutes=30, resource=None):
    """An `existing` booking: anonymous unless `name` (then `phone` too) is given."""
    out = {"start": start, "minutes": minutes}
    if name:
        out["name"] = name
        out["phone"] = phone
    if resource:
        out["resource"] = resource
    return out


def expect(outcome, appointment=None, no_appt=False, lang=None, say=None, not_say=None):
    """An `expected` block with the runner's checks (`checks`)."""
    out = {"outcome": outcome}
    if appointment is not None:
        out["appointment"] = appointment
    if no_appt:
        out["no_appointment"] = True
    return checks(out, lang, say, not_say)


def probe_call(cid, kind, now, tz, caller_id, existing, persona_, expected, languages,
               business=None, note="", closed=None):
    """A probe round's inbound line, keys in the order the French rounds write them
    (`closed` dates, when given, just before `expected`)."""
    line = {"id": cid, "kind": kind, "now": now, "tz": tz, "caller_id": caller_id,
            "existing": list(existing), "persona": persona_, "languages": languages}
    if business:
        line["business"] = business
    if closed:
        line["closed"] = list(closed)
    line["expected"] = expected
    line["note"] = note
    return line


def probe_reminder(cid, kind, now, tz, answered_by, appointment, existing, languages,
                   persona_, expected, note=""):
    """A probe round's reminder line (SPEC §3.2), keys in the French rounds' order."""
    return {"id": cid, "kind": kind, "direction": "reminder", "now": now, "tz": tz,
            "answered_by": answered_by, "appointment": appointment,
            "existing": list(existing), "languages": languages, "persona": persona_,
            "expected": expected, "note": note}


def probe_calls(out, prefix, kind, now, tz, caller_id, languages):
    """The French probe rounds' `call(cid, persona_, outcome, appt=None, existing=(),
    now=now, caller_id=caller_id, lang="fr", say=None, not_say=None, business=None, tz=tz,
    no_appt=False, note="", closed=None)`: appends to `out` the `probe_call` line
    `<prefix>-<cid>` of `kind`, its `expected` block from `expect`."""
    round_now, round_tz, round_caller = now, tz, caller_id

    def add(cid, persona_, outcome, appt=None, existing=(), now=round_now,
            caller_id=round_caller, lang="fr", say=None, not_say=None, business=None,
            tz=round_tz, no_appt=False, note="", closed=None):
        exp = expect(outcome, appt, no_appt, lang, say, not_say)
        out.append(probe_call(f"{prefix}-{cid}", kind, now, tz, caller_id, existing, persona_,
                              exp, languages, business, note, closed))
    return add


def probe_reminders(out, prefix, kind, now, tz, languages, appointment):
    """The French probe rounds' `rem(cid, confirm, outcome, appt_start=<its start>,
    answered="human", time=(), other=(), existing=(), say=None, not_say=None, lang="fr",
    note="")`: appends to `out` the `probe_reminder` line `<prefix>-<cid>` of `kind` about
    `appointment` (name, phone, start, minutes), called at `now`; the caller answers
    `confirm` (and `time`, `other`), and `outcome` leaves it at `appt_start`."""
    def rem(cid, confirm, outcome, appt_start=appointment["start"], answered="human", time=(),
            other=(), existing=(), say=None, not_say=None, lang="fr", note=""):
        exp = expect(outcome, appt(appointment["name"], appointment["phone"], appt_start),
                     lang=lang, say=say, not_say=not_say)
        out.append(probe_reminder(f"{prefix}-{cid}", kind, now, tz, answered, appointment,
                                  existing, languages,
                                  persona(time=time, confirm=confirm, other=other), exp, note))
    return rem


def call(cid, wall_now, tz, caller_id, persona_, expected, existing=(), closed=None,
         kind=None, **extra):
    """One `bella simulate` line. `wall_now` is local wall time in `tz`."""
    line = {"id": cid}
    if kind:
        line["kind"] = kind
    line.update({"now": local_now(wall_now, tz), "tz": tz, "caller_id": caller_id})
    if closed:
        line["closed"] = list(closed)
    line["existing"] = list(existing)
    line.update(extra)
    line["persona"] = persona_
    line["expected"] = expected
    return line


def reminder(cid, wall_now, tz, answered_by, appointment, persona_, expected,
             existing=(), kind="reminder", **extra):
    """A `direction: reminder` line (SPEC §3.2) about `appointment`."""
    line = {"id": cid, "kind": kind, "direction": "reminder",
            "now": local_now(wall_now, tz), "tz": tz, "answered_by": answered_by,
            "appointment": appointment, "existing": list(existing)}
    line.update(extra)
    line["persona"] = persona_
    line["expected"] = expected
    return line


# ---------------------------------------------------------------- existing bookings

def ex(start, minutes=30, **more):
    """An existing booking: `start`, `minutes`, then `more` (name, phone, resource...) in
    the order given."""
    e = {"start": start, "minutes": minutes}
    e.update(more)
    return e


def staffed(start, minutes, resource, service, name=None, phone=None):
    """An existing booking of `service` with `resource` (SPEC §3.1), anonymous unless
    `name` (then `phone` too) is given; keys in the probe rounds' order."""
    e = {"start": start, "minutes": minutes}
    if name:
        e["name"] = name
        e["phone"] = phone
    e["resource"] = resource
    e["service"] = service
    return e


def taken(day, *hhmm, **who):
    """Existing 30-minute bookings at `hhmm` on `day` (with `name`/`phone` when given)."""
    return [{"start": at(day, t), "minutes": 30, **who} for t in hhmm]


def busy(day, first, last):
    """30-minute existing bookings from `first` to `last` (both HH:MM starts) on `day`."""
    return taken(day, *(_hhmm(m) for m in range(_minutes(first), _minutes(last) + 1, 30)))


def whole_day(day):
    """Every half hour of the default business's day (09:00-17:00) taken."""
    return busy(day, "09:00", "16:30")


# ---------------------------------------------------------------- probe-round collectors

def noted_calls(out, prefix, kind):
    """An `add(cid, wall_now, tz, caller_id, persona_, expected, existing=(), closed=None,
    note="", **extra)` that appends to `out` the `call` line `<prefix>-<cid>` of `kind`,
    its `note` last (the probe rounds' layout)."""
    def add(cid, wall_now, tz, caller_id, persona_, expected, existing=(), closed=None,
            note="", **extra):
        line = call(f"{prefix}-{cid}", wall_now, tz, caller_id, persona_, expected, existing,
                    closed, kind=kind, **extra)
        line["note"] = note
        out.append(line)
    return add


class ChangeRound:
    """The helpers of a cancel/move/check round (`gen_changes23/24/25_calls.py`): caller
    `n`'s number in zone `z` (+1 <area> 555 2<series + n>), a number with nothing on file,
    lines added as `noted_calls` does, the caller's own appointments and the results
    expected of a move, a cancel, a booking or nothing changed."""

    def __init__(self, lines, prefix, kind, zones, now, series, stranger_suffix):
        self.zones, self.now, self.series = zones, now, series
        self.stranger_suffix = stranger_suffix
        self._add = noted_calls(lines, prefix, kind)

    def num(self, z, n):
        return f"+1{self.zones[z][1]}5552{self.series + n:03}"

    def stranger(self, z):
        return f"+1{self.zones[z][1]}555{self.stranger_suffix}"

    def add(self, cid, z, n, persona_, expected, existing, note, caller="own", now=None,
            business=None, closed=None):
        extra = {"business": business} if business else {}
        caller_id = self.num(z, n) if caller == "own" else caller
        self._add(cid, now or self.now, self.zones[z][0], caller_id, persona_, expected,
                  existing, closed=closed, note=note, **extra)

    def mine(self, z, n, name, *starts, phone=None):
        """Caller `n`'s own 30-minute appointments."""
        return [entry(s, name, phone or self.num(z, n)) for s in starts]

    def _exp(self, outcome, z, n, name, start, say, not_say, phone, extra):
        return expect(outcome, appt(name, phone or self.num(z, n), start, **extra),
                      say=list(say) or None, not_say=list(not_say) or None)

    def moved(self, z, n, name, start, say=(), not_say=(), phone=None, **extra):
        return self._exp("rescheduled", z, n, name, start, say, not_say, phone, extra)

    def cancelled(self, z, n, name, start, say=(), not_say=(), phone=None, **extra):
        return self._exp("cancelled", z, n, name, start, say, not_say, phone, extra)

    def booked(self, z, n, name, start, say=(), not_say=(), phone=None):
        return self._exp("booked", z, n, name, start, say, not_say, phone, {})

    @staticmethod
    def kept(say=(), not_say=()):
        return expect("no_booking", no_appt=True, say=list(say) or None,
                      not_say=list(not_say) or None)


def call_group(out, prefix, kind, wall, tz, caller):
    """`now` and an `a(cid, persona_, expected, existing=(), note="", closed=None,
    caller=caller, **extra)` that appends, as `noted_calls`, a call made at `wall` in
    `tz` from `caller` (the messy rounds' groups of calls)."""
    add = noted_calls(out, prefix, kind)

    def a(cid, persona_, expected, existing=(), note="", closed=None, caller=caller,
          **extra):
        add(cid, wall, tz, caller, persona_, expected, existing, closed, note=note, **extra)
    return local_now(wall, tz), a


def business_call_group(out, prefix, kind, wall, tz, caller, toml_dir, path):
    """`call_group` on the testdata business `path` (relative to `toml_dir`): `now`,
    an `a(cid, persona_, expected, existing=(), note="")` with the business set, and
    the business's oracle (the messy and front-desk rounds' groups)."""
    now, add = call_group(out, prefix, kind, wall, tz, caller)
    biz = Business.from_toml(os.path.join(toml_dir, path))

    def a(cid, persona_, expected, existing=(), note=""):
        add(cid, persona_, expected, existing, note, business=path)
    return now, a, biz


def noted_reminders(out, prefix, kind, wall_now, tz, appointment):
    """A `rem(cid, persona_, expected, note="", answered_by="human", existing=())` that
    appends to `out` the `reminder` line `<prefix>-<cid>` of `kind` about `appointment`,
    called at `wall_now` in `tz`, its `note` last."""
    def rem(cid, persona_, expected, note="", answered_by="human", existing=()):
        line = reminder(f"{prefix}-{cid}", wall_now, tz, answered_by, appointment, persona_,
                        expected, existing, kind=kind)
        line["note"] = note
        out.append(line)
    return rem
class BusinessRound:
    """A business probe round's line makers (`gen_probe13_business.py`,
    `gen_probe15_business.py`): per business TOML path (relative to testdata/) its zone
    `tz`, wall-clock `now`, phone `area` code and `langs`; the lines go to `self.lines`,
    ids `<prefix>-<cid>`, of `kind`. The dicts are kept, not copied: a business added to
    them later is known too."""

    def __init__(self, prefix, kind, tz, now, area, langs):
        self.prefix, self.kind = prefix, kind
        self.tz, self.now, self.area, self.langs = tz, now, area, langs
        self.lines = []
        self._add = noted_calls(self.lines, prefix, kind)
        # (line id, business, existing, appointment) of bookings where nobody was asked
        # for (`add_staffed`), for `check_first_free`.
        self.first_free = []

    def num(self, biz, n):
        """The caller's number: +1 <area> 555 01nn."""
        return f"+1{self.area[biz]}55501{n:02}"

    def said(self, biz, n):
        """The same number as a caller says it."""
        return [f"{self.area[biz]} 555 01{n:02}"]

    def add(self, cid, biz, n, persona_, expected, existing=(), note="", now=None):
        """An inbound call from caller `n` to `biz`."""
        self._add(cid, now or self.now[biz], self.tz[biz], self.num(biz, n), persona_,
                  expected, existing, note=note, business=biz, languages=self.langs[biz])

    def add_staffed(self, cid, biz, n, persona_, expected, existing=(), note="", asked=False):
        """`add`, and for a booking where the caller asks for nobody (not `asked`), a
        note for `check_first_free`."""
        self.add(cid, biz, n, persona_, expected, existing, note=note)
        if expected["outcome"] == "booked" and not asked:
            self.first_free.append((f"{self.prefix}-{cid}", biz, list(existing),
                                    expected.get("appointment")))

    def check_first_free(self, here):
        """Each booking of `add_staffed` where nobody was asked for goes to the first
        free resource in the file's order (the oracle's `check_free` without a
        resource; docs/services.md: "the engine books the first free resource in file
        order"). `here` is the folder the business paths are relative to."""
        for cid, biz, existing, a in self.first_free:
            b = Business.from_toml(os.path.join(here, biz))
            got = b.check_free(a["start"], local_now(self.now[biz], self.tz[biz]), existing,
                               a["service"])
            assert got == a["resource"], (cid, got, a["resource"])

    def ap(self, biz, n, name, start, service, resource, minutes):
        """Caller `n`'s appointment of `service` with `resource`."""
        return appt(name, self.num(biz, n), start, service=service, resource=resource,
                    minutes=minutes)

    def rem(self, cid, biz, wall_now, appointment, persona_, expected, answered_by="human",
            note="", existing=()):
        """A reminder call about `appointment`, made at `wall_now`."""
        line = probe_reminder(f"{self.prefix}-{cid}", self.kind,
                              local_now(wall_now, self.tz[biz]), self.tz[biz], answered_by,
                              appointment, list(existing), self.langs[biz], persona_,
                              expected, note)
        line["business"] = biz
        self.lines.append(line)

    def reminders_about(self, biz, wall_now, base):
        """A `rem(cid, persona_, outcome, start=None, say=None, not_say=None, **kw)` for
        reminders about appointment `base` of `biz`, called at `wall_now`; `start` is
        where a move leaves it; `kw` goes to `self.rem`."""
        def rem_about(cid, persona_, outcome, start=None, say=None, not_say=None, **kw):
            a = base if start is None else dict(base, start=start)
            self.rem(cid, biz, wall_now, base, persona_,
                     expect(outcome, a, say=say, not_say=not_say), **kw)
        return rem_about


def staffed_persona(intent=(), service=None, time=(), name=(), phone=(), confirm=("yes",),
                    other=()):
    """A business round's persona: its keys in the order callers are asked."""
    return persona(intent, name, phone, time, confirm, other, service=service or [])


def business_by_name(tomls):
    """A `business_for` for `write_jsonl`: a line's `business` key names one of `tomls`
    (name -> TOML path); without the key, the default business. Closed dates of the line
    are added either way."""
    def business_for(line):
        path = tomls.get(line.get("business"))
        if path:
            return Business.from_toml(path, line.get("closed", ()))
        return Business.default(line.get("closed", ()))
    return business_for


def write_jsonl(path, lines, business_for=None):
    """Write `lines`; refuse duplicate ids; check each booked/rescheduled start is free.

    `business_for(line)` gives the `Business` a line runs against (default business
    with the line's `closed` dates when omitted). A rescheduled appointment's own old
    slot is left out of `existing` for the check.
    """
    for line in lines:
        exp = line["expected"]
        if exp["outcome"] in ("booked", "rescheduled") and "appointment" in exp:
            biz = business_for(line) if business_for else Business.default(line.get("closed", ()))
            appt = exp["appointment"]
            existing = line["existing"]
            if exp["outcome"] == "rescheduled":
                existing = [e for e in existing if e.get("phone") != appt["phone"]]
            res = biz.check_free(appt["start"], line["now"], existing, appt.get("service"),
                                 appt.get("resource"))
            if "resource" in appt:
                assert res == appt["resource"], (line["id"], res)
    return write_lines(path, lines)


def write_lines(path, lines):
    """Write `lines` as JSON Lines (UTF-8 kept as written); refuse duplicate ids. Returns
    how many were written."""
    seen = set()
    for line in lines:
        assert line["id"] not in seen, f"duplicate id {line['id']}"
        seen.add(line["id"])
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return len(lines)


def write_business_probe(path, lines):
    """Write a business probe round's `lines` (each line's `business` a TOML path
    relative to the file's folder): every booked or moved start is checked against the
    oracle (`write_jsonl`), a reminder's moved start too (free for its person, the
    appointment itself not counted). Returns how many were written."""
    here = os.path.dirname(os.path.abspath(path))

    def business_for(line):
        return Business.from_toml(os.path.join(here, line["business"]))

    for line in lines:
        if line.get("direction") == "reminder" and line["expected"]["outcome"] == "rescheduled":
            a = line["expected"]["appointment"]
            business_for(line).check_free(a["start"], line["now"], [], a["service"],
                                          a["resource"])
    return write_jsonl(path, lines, business_for)


# ---------------------------------------------------------------- reminder rounds

def reminded(name, phone, start, minutes=30, **extra):
    """A reminded appointment (SPEC §3.2): name, phone, local start, minutes, then
    `extra` (service, resource)."""
    a = {"name": name, "phone": phone, "start": start, "minutes": minutes}
    a.update(extra)
    return a


def reminder_round(prefix, kind, lines):
    """`(rem, frem)` for a round of reminder lines appended to `lines`, ids
    `<prefix>-<cid>`: `rem(cid, wall_now, tz, a, confirm, outcome, start=, time=, other=,
    answered=, existing=, say=, not_say=, agent_lang=, max_turns=, note=, **line_keys)`
    expects the appointment `a` to end at `start` (default: where it was; a moved one
    keeps its service and person); `frem` is the French one (`<prefix>-fr-<cid>`, the
    call opened in French unless `opens_fr` is false, every agent turn French)."""
    def rem(cid, wall_now, tz, a, confirm=(), outcome="confirmed", start=None, time=(),
            other=(), answered="human", existing=(), say=None, not_say=None,
            agent_lang=None, max_turns=None, note="", **extra):
        kept = {k: a[k] for k in ("name", "phone")}
        kept["start"] = start or a["start"]
        for k in ("service", "resource"):
            if k in a and start:
                kept[k] = a[k]
        exp = expect(outcome, kept, lang=agent_lang, say=say, not_say=not_say)
        if max_turns:
            exp["max_turns"] = max_turns
        line = reminder(f"{prefix}-{cid}", wall_now, tz, answered, a,
                        persona(confirm=confirm, time=time, other=other), exp, existing,
                        kind=kind, **extra)
        line["note"] = note
        lines.append(line)

    def frem(cid, wall, tz, a, confirm, outcome="confirmed", opens_fr=True, **kw):
        if opens_fr:
            kw["lang"] = "fr"
        rem(f"fr-{cid}", wall, tz, a, confirm, outcome, agent_lang="fr", **kw)

    return rem, frem
