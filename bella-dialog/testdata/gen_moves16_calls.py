#!/usr/bin/env python3
"""Writes moves16_calls.jsonl: English calls that MOVE an existing appointment (SPEC §3:
the agent finds the caller's appointment under the number they call from, reads it back
and asks before changing it; §3.1 for a staffed service).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pv16). Families: a shift with the day named ("move my Thursday one half an hour
earlier", "push my appointment on Friday back an hour"), a weekday and a time, "the same
time next week", two appointments on file (which one: by its day, by its hour, by its
position), a service at the tutoring centre and the groomer (`businesses/*.toml`), a new
time that is taken (the nearest free times offered, the caller's next answer used), and
callers who give the move up. Where two appointments are on file the read-back is checked
(`say_contains` the moved one's day and hour, `say_not_contains` the other's), since the
scorer only checks the new start.

The default business: Monday 2026-12-07 at 9 in Toronto. The businesses: Monday
2027-04-12 at 8 (their own zones).

Run: python3 bella-dialog/testdata/gen_moves16_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, entry, expect, noted_calls, persona,  # noqa: E402
                      staffed as sx, staffed_persona, write_business_probe, write_jsonl)

KIND = "moves16"
TZ = "America/Toronto"
NOW = "2026-12-07T09:00"
TUE, WED, THU, FRI = "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"
MON2, TUE2, WED2, THU2, FRI2 = ("2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17",
                                "2026-12-18")

lines = []
_add = noted_calls(lines, "mv16", KIND)


def num(n):
    return f"+1416555{n:04}"


def add(cid, n, name, persona_, expected, existing, note):
    _add(cid, NOW, TZ, num(n), persona_, expected, existing, note=note)


def mine(n, name, *starts):
    """Caller `n`'s own 30-minute appointments."""
    return [entry(s, name, num(n)) for s in starts]


def moved(n, name, start, say=None, not_say=None):
    return expect("rescheduled", appt(name, num(n), start), say=say, not_say=not_say)


def kept(say=None, not_say=None):
    """The move given up: no booking, nothing changed in the call (SPEC §3)."""
    return expect("no_booking", no_appt=True, say=say, not_say=not_say)


# ----------------------------------------------------------- a shift with the day named
n = 1
add("s01", n, "Rita Moreno",
    persona(intent=["hi, can you move my thursday one half an hour earlier"], confirm=["yes"]),
    moved(n, "Rita Moreno", f"{THU}T09:30", say=["Thursday, December 10th at 10 a.m."]),
    mine(n, "Rita Moreno", f"{THU}T10:00"),
    "a shift with the day named moves that day's appointment by the shift")
n = 2
add("s02", n, "Omar Haddad",
    persona(intent=["I need to push my appointment on Friday back an hour"], confirm=["yes"]),
    moved(n, "Omar Haddad", f"{FRI}T15:00", say=["Friday, December 11th at 2 p.m."]),
    mine(n, "Omar Haddad", f"{FRI}T14:00"),
    "'push ... back an hour' is later by an hour")
n = 3
add("s03", n, "Grace Lin",
    persona(intent=["could i bring my wednesday appointment forward 30 minutes"],
            confirm=["yes"]),
    moved(n, "Grace Lin", f"{WED}T12:30", say=["Wednesday, December 9th at 1 p.m."]),
    mine(n, "Grace Lin", f"{WED}T13:00"),
    "'bring forward 30 minutes' is earlier")
n = 4
add("s04", n, "Paul Girard",
    persona(intent=["can you make my tuesday appointment an hour later"], confirm=["yes"]),
    moved(n, "Paul Girard", f"{TUE}T12:00", say=["Tuesday, December 8th at 11 a.m."],
          not_say=["Thursday, December 10th"]),
    mine(n, "Paul Girard", f"{TUE}T11:00", f"{THU}T15:00"),
    "two on file: the shift moves the one on the day named, and only it is read back")
n = 5
add("s05", n, "Dana Fox",
    persona(intent=["yeah, um, push thursday's back half an hour please"], confirm=["yes"]),
    moved(n, "Dana Fox", f"{THU}T15:30", say=["Thursday, December 10th at 3 p.m."],
          not_say=["Tuesday, December 8th"]),
    mine(n, "Dana Fox", f"{TUE}T11:00", f"{THU}T15:00"),
    "two on file, the later one named by its day in the possessive")
n = 6
add("s06", n, "Ken Adams",
    persona(intent=["move my thursday appointment an hour later"],
            time=["11:30 then"], confirm=["yes"]),
    moved(n, "Ken Adams", f"{THU}T11:30", say=["Thursday, December 10th at 10 a.m."]),
    mine(n, "Ken Adams", f"{THU}T10:00") + [entry(f"{THU}T11:00")],
    "the shifted time is taken: offers, and a bare time keeps Thursday")
n = 7
add("s07", n, "Lucy Tran",
    persona(intent=["hi there, i have an appointment on friday, could we move it 2 hours earlier?"],
            confirm=["yes"]),
    moved(n, "Lucy Tran", f"{FRI}T13:00", say=["Friday, December 11th at 3 p.m."]),
    mine(n, "Lucy Tran", f"{FRI}T15:00"),
    "the day said in a clause before the shift")

# ----------------------------------------------------------- a weekday and a time
n = 8
add("w01", n, "Ian Bell",
    persona(intent=["I need to move my appointment to Friday at 2"], confirm=["yes"]),
    moved(n, "Ian Bell", f"{FRI}T14:00", say=["Wednesday, December 9th at 10 a.m."]),
    mine(n, "Ian Bell", f"{WED}T10:00"),
    "one on file, moved to a weekday and a time")
n = 9
add("w02", n, "Mia Clarke",
    persona(intent=["I need to reschedule my appointment"], time=["Tuesday the 15th at 10:30"],
            confirm=["yes"]),
    moved(n, "Mia Clarke", f"{TUE2}T10:30", say=["Thursday, December 10th at 9 a.m."]),
    mine(n, "Mia Clarke", f"{THU}T09:00"),
    "the new time asked after the read-back; a date with its weekday")
n = 10
add("w03", n, "Sam Price",
    persona(intent=["yeah hi um i gotta change my appointment, can we do thursday at 3:30 instead"],
            confirm=["yes"]),
    moved(n, "Sam Price", f"{THU}T15:30", say=["Tuesday, December 8th at 2 p.m."]),
    mine(n, "Sam Price", f"{TUE}T14:00"),
    "lower-case speech-to-text with fillers")

# ----------------------------------------------------------- the same time next week
n = 11
add("n01", n, "Noor Ali",
    persona(intent=["can you move my Wednesday appointment to the same time next week"],
            confirm=["yes"]),
    moved(n, "Noor Ali", f"{WED2}T14:00", say=["Wednesday, December 9th at 2 p.m."]),
    mine(n, "Noor Ali", f"{WED}T14:00"),
    "the same time a week later")
n = 12
add("n02", n, "Eli Stone",
    persona(intent=["I need to reschedule my appointment"], time=["same time next week"],
            confirm=["yes"]),
    moved(n, "Eli Stone", f"{THU2}T11:00", say=["Thursday, December 10th at 11 a.m."]),
    mine(n, "Eli Stone", f"{THU}T11:00"),
    "'same time next week' as the answer to the new time")
n = 13
add("n03", n, "Ava Rossi",
    persona(intent=["move my friday one to the same time next week"], confirm=["yes"]),
    moved(n, "Ava Rossi", f"{FRI2}T13:00", say=["Friday, December 11th at 1 p.m."],
          not_say=["Tuesday, December 8th"]),
    mine(n, "Ava Rossi", f"{TUE}T09:30", f"{FRI}T13:00"),
    "two on file: the Friday one a week later")

# ----------------------------------------------------------- two on file: which one
n = 14
add("t01", n, "Jon Park",
    persona(intent=["I need to move one of my appointments"],
            time=["the thursday one", "friday at 11"], other=["the thursday one"],
            confirm=["yes"]),
    moved(n, "Jon Park", f"{FRI}T11:00", say=["Thursday, December 10th at 2 p.m."],
          not_say=["from Tuesday, December 8th"]),
    mine(n, "Jon Park", f"{TUE}T10:00", f"{THU}T14:00"),
    "two on file, the caller names the one when asked")
n = 15
add("t02", n, "Zoe Hart",
    persona(intent=["can you move my second appointment to monday at 10"], confirm=["yes"]),
    moved(n, "Zoe Hart", f"{MON2}T10:00", say=["Thursday, December 10th at 2 p.m."],
          not_say=["from Tuesday, December 8th"]),
    mine(n, "Zoe Hart", f"{TUE}T10:00", f"{THU}T14:00"),
    "'my second appointment' is the later one")
n = 16
add("t03", n, "Ray Dunn",
    persona(intent=["move my 2 o'clock on thursday to 4"], confirm=["yes"]),
    moved(n, "Ray Dunn", f"{THU}T16:00", say=["Thursday, December 10th at 2 p.m."],
          not_say=["at 10 a.m."]),
    mine(n, "Ray Dunn", f"{THU}T10:00", f"{THU}T14:00"),
    "two on one day: the one at the hour said")
n = 17
add("t04", n, "Amy Wong",
    persona(intent=["could you move my tuesday appointment half an hour later"],
            confirm=["yes"]),
    moved(n, "Amy Wong", f"{TUE}T10:30", say=["Tuesday, December 8th at 10 a.m."],
          not_say=["Thursday, December 10th"]),
    mine(n, "Amy Wong", f"{THU}T14:00", f"{TUE}T10:00"),
    "two on file listed out of order: the Tuesday one shifted")

# ----------------------------------------------------------- a new time that is taken
n = 18
add("x01", n, "Leo Marsh",
    persona(intent=["hi can I move my appointment to wednesday at 2"],
            time=["2:30 works"], confirm=["yes"]),
    moved(n, "Leo Marsh", f"{WED}T14:30", say=["Tuesday, December 8th at 10 a.m."]),
    mine(n, "Leo Marsh", f"{TUE}T10:00") + [entry(f"{WED}T14:00")],
    "the new time is taken: offers, and the caller's next time is used")
n = 19
add("x02", n, "Ivy Long",
    persona(intent=["can we push my friday appointment back half an hour"],
            time=["how about 12 then"], confirm=["yes"]),
    moved(n, "Ivy Long", f"{FRI}T12:00", say=["Friday, December 11th at 11 a.m."]),
    mine(n, "Ivy Long", f"{FRI}T11:00") + [entry(f"{FRI}T11:30")],
    "the shifted time is taken; '12 then' keeps Friday")

# ----------------------------------------------------------- the move given up
n = 20
add("g01", n, "Tom Blake",
    persona(intent=["move my thursday appointment to friday at 10"],
            confirm=["actually never mind, leave it where it is"]),
    kept(),
    mine(n, "Tom Blake", f"{THU}T10:00"),
    "'never mind' at the read-back: nothing changed")
n = 21
add("g02", n, "Bea Ford",
    persona(intent=["can I move my appointment to wednesday at 2"],
            time=["forget it, I'll keep my original time"], confirm=["yes"]),
    kept(),
    mine(n, "Bea Ford", f"{TUE}T10:00") + [entry(f"{WED}T14:00")],
    "the new time taken, then 'forget it'")
n = 22
add("g03", n, "Cal Young",
    persona(intent=["I need to reschedule my thursday appointment"],
            time=["hmm, I'll call back once I know my schedule"], confirm=["yes"]),
    kept(),
    mine(n, "Cal Young", f"{THU}T10:00"),
    "'I'll call back' at the new time")

# ----------------------------------------------------------- variants, written after the fixes
n = 23
add("v01", n, "Nina Roy",
    persona(intent=["can you push my appointment on Wednesday back half an hour"], confirm=["yes"]),
    moved(n, "Nina Roy", f"{WED}T11:30", say=["Wednesday, December 9th at 11 a.m."]),
    mine(n, "Nina Roy", f"{WED}T11:00"),
    "variant: the verb five words before 'back'")
n = 24
add("v02", n, "Owen Hale",
    persona(intent=["please make my friday appointment 30 minutes earlier"], confirm=["yes"]),
    moved(n, "Owen Hale", f"{FRI}T09:30", say=["Friday, December 11th at 10 a.m."]),
    mine(n, "Owen Hale", f"{FRI}T10:00"),
    "variant: 'make my ... earlier' is a move")
n = 25
add("v03", n, "Tara Bick",
    persona(intent=["bring thursday's forward an hour"], confirm=["yes"]),
    moved(n, "Tara Bick", f"{THU}T14:00", say=["Thursday, December 10th at 3 p.m."],
          not_say=["Tuesday, December 8th"]),
    mine(n, "Tara Bick", f"{TUE}T14:00", f"{THU}T15:00"),
    "variant: a weekday's possessive names the one shifted")
n = 26
add("v04", n, "Gus Moss",
    persona(intent=["move my tuesday one to the same time next week"], confirm=["yes"]),
    moved(n, "Gus Moss", f"{TUE2}T11:00", say=["Tuesday, December 8th at 11 a.m."],
          not_say=["Wednesday, December 9th"]),
    mine(n, "Gus Moss", f"{WED}T10:00", f"{TUE}T11:00"),
    "variant: two on file, the Tuesday one (not the earliest listed) a week later")
n = 27
add("v05", n, "Pia Lund",
    persona(intent=["I want to reschedule"], time=["the one on friday", "monday at 2"],
            other=["the one on friday"], confirm=["yes"]),
    moved(n, "Pia Lund", f"{MON2}T14:00", say=["Friday, December 11th at 9:30 a.m."],
          not_say=["from Wednesday, December 9th"]),
    mine(n, "Pia Lund", f"{WED}T10:00", f"{FRI}T09:30"),
    "variant: 'the one on friday' when the new time is asked moves that one")

n_default = len(lines)
write_jsonl(os.path.join(HERE, "moves16_calls.jsonl.tmp"), lines)

# ----------------------------------------------------------- services (business TOMLs)
TUTOR, GROOM = "businesses/tutoring.toml", "businesses/groomer.toml"
R = BusinessRound("mv16", KIND, {TUTOR: "America/Whitehorse", GROOM: "America/Goose_Bay"},
                  {TUTOR: "2027-04-12T08:00", GROOM: "2027-04-12T08:00"},
                  {TUTOR: "867", GROOM: "709"}, {TUTOR: ["en-CA"], GROOM: ["en-CA"]})
p = staffed_persona
BTUE, BTHU, BFRI, BSAT = "2027-04-13", "2027-04-15", "2027-04-16", "2027-04-17"
MATH, FRENCH = "Math tutoring", "French tutoring"
MARCUS, CLAIRE = "Marcus Chen", "Claire Dubois"

R.add("b01", TUTOR, 1,
      p(intent=["hi, could you move my math session on Thursday half an hour earlier?"]),
      expect("rescheduled", R.ap(TUTOR, 1, "Hana Sato", f"{BTHU}T15:30", MATH, MARCUS, 60),
             say=["Thursday, April 15th at 4 p.m."]),
      [sx(f"{BTHU}T16:00", 60, MARCUS, MATH, "Hana Sato", R.num(TUTOR, 1))],
      note="the known bug: a shift with the day named, a staffed service, its person kept")
R.add("b02", TUTOR, 2,
      p(intent=["I'd like to move my french tutoring to Saturday at 10"]),
      expect("rescheduled", R.ap(TUTOR, 2, "Ben Okafor", f"{BSAT}T10:00", FRENCH, CLAIRE, 60),
             say=["French tutoring"]),
      [sx(f"{BTUE}T16:00", 60, CLAIRE, FRENCH, "Ben Okafor", R.num(TUTOR, 2))],
      note="a service named by its name moved to a weekday and a time (its name read back)")
R.add("b03", TUTOR, 3,
      p(intent=["can you push my tuesday math appointment back an hour"]),
      expect("rescheduled", R.ap(TUTOR, 3, "Lia Grant", f"{BTUE}T15:00", MATH, MARCUS, 60),
             say=["Tuesday, April 13th at 2 p.m."], not_say=["Thursday, April 15th"]),
      [sx(f"{BTUE}T14:00", 60, MARCUS, MATH, "Lia Grant", R.num(TUTOR, 3)),
       sx(f"{BTHU}T14:00", 60, MARCUS, MATH, "Lia Grant", R.num(TUTOR, 3))],
      note="two math sessions on file: the Tuesday one shifted an hour, with Marcus")
R.add("b04", GROOM, 4,
      p(intent=["hi, I need to move my dog's nail trim on Friday to the same time next week"]),
      expect("rescheduled", R.ap(GROOM, 4, "Jill Baikie", "2027-04-23T10:00", "Nail trim",
                                 "Ashley Rumbolt", 15),
             say=["Friday, April 16th at 10 a.m."]),
      [sx(f"{BFRI}T10:00", 15, "Ashley Rumbolt", "Nail trim", "Jill Baikie", R.num(GROOM, 4))],
      note="a staffed appointment a week later, its person kept")

R.add("v06", TUTOR, 5,
      p(intent=["can you move my reading session on Monday an hour later"]),
      expect("rescheduled", R.ap(TUTOR, 5, "Kai Ennis", "2027-04-19T16:00", "Reading and writing",
                                 CLAIRE, 45),
             say=["Monday, April 19th at 3 p.m."]),
      [sx("2027-04-19T15:00", 45, CLAIRE, "Reading and writing", "Kai Ennis", R.num(TUTOR, 5))],
      note="variant: b01's rule with another service and person, later")

write_business_probe(os.path.join(HERE, "moves16_business.jsonl.tmp"), R.lines)
with open(os.path.join(HERE, "moves16_calls.jsonl"), "w", encoding="utf-8") as out:
    for part in ("moves16_calls.jsonl.tmp", "moves16_business.jsonl.tmp"):
        path = os.path.join(HERE, part)
        with open(path, encoding="utf-8") as f:
            out.write(f.read())
        os.remove(path)
print(f"moves16_calls.jsonl: {n_default + len(R.lines)} calls")
