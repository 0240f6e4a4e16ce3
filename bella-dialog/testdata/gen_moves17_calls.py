#!/usr/bin/env python3
"""Writes moves17_calls.jsonl: English calls that CANCEL or MOVE one of the caller's
appointments when one, two or three are on file (SPEC §3: the agent looks under the number
calling first, else the number the caller gives, reads the appointment back and asks
before changing it; §3.1 for services and staff).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pn17). Families: "one of my appointments" with two or three on file (Bella asks
which, naming each by day and time, and acts on "the Tuesday one", "the second one", "the
3 o'clock", "the later one", "the one with Tom"); the one named in the first turn by its
day, hour, position ("my second appointment", "my last one"), service ("my massage") or
person ("my appointment with Sarah"); "both"; a caller whose booking is under another
number; a new time that is taken, then one of the times offered; a move said in the same
breath as a new booking. Where several are on file the read-back is checked
(`say_contains` the one acted on, `say_not_contains` another), since the scorer checks only
the appointment's start.

Beyond the SPEC (said in each case's note): the question "which one?" (the SPEC reads one
back; with several and nothing said to pick one, asking is the only read-back that cannot
be wrong), its answer carried by the persona's `other` list; "both" (the SPEC's
`appointment` holds one: only the outcome is scored); a move asked with a new booking in
the same breath (one change a call: the move said first is made, at the time after "to").

The default business: Monday 2026-12-14 at 9 in Toronto. The businesses: Monday
2027-04-12 at 8 (their own zones).

Run: python3 bella-dialog/testdata/gen_moves17_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, entry, expect, noted_calls, persona,  # noqa: E402
                      staffed as sx, staffed_persona, write_business_probe, write_jsonl)

KIND = "moves17"
TZ = "America/Toronto"
NOW = "2026-12-14T09:00"
TUE, WED, THU, FRI = "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18"
MON2, TUE2, WED2, THU2 = "2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24"
# The read-backs of the default round's starts.
SAY = {
    f"{TUE}T10:00": "Tuesday, December 15th at 10 a.m.",
    f"{TUE}T09:00": "Tuesday, December 15th at 9 a.m.",
    f"{WED}T09:30": "Wednesday, December 16th at 9:30 a.m.",
    f"{WED}T11:00": "Wednesday, December 16th at 11 a.m.",
    f"{WED}T15:00": "Wednesday, December 16th at 3 p.m.",
    f"{THU}T10:00": "Thursday, December 17th at 10 a.m.",
    f"{THU}T14:00": "Thursday, December 17th at 2 p.m.",
    f"{THU}T15:00": "Thursday, December 17th at 3 p.m.",
    f"{FRI}T14:00": "Friday, December 18th at 2 p.m.",
    f"{FRI}T15:00": "Friday, December 18th at 3 p.m.",
}

lines = []
_add = noted_calls(lines, "mv17", KIND)


def num(n):
    return f"+1416555{n:04}"


def add(cid, n, persona_, expected, existing, note, caller=None):
    _add(cid, NOW, TZ, caller or num(n), persona_, expected, existing, note=note)


def mine(n, name, *starts):
    """Caller `n`'s own 30-minute appointments."""
    return [entry(s, name, num(n)) for s in starts]


def acted(outcome, n, name, start, on, others=(), say=()):
    """`outcome` (rescheduled to `start`, or cancelled at `start`) of the appointment at
    `on`: its read-back said, and no other of `others` read back as the one changed."""
    not_say = [f"from {SAY[o]}" if outcome == "rescheduled" else f"{SAY[o]} is cancelled"
               for o in others]
    return expect(outcome, appt(name, num(n), start), say=[SAY[on], *say],
                  not_say=not_say or None)


def moved(n, name, start, on, others=(), say=()):
    return acted("rescheduled", n, name, start, on, others, say)


def cancelled(n, name, on, others=(), say=()):
    return acted("cancelled", n, name, on, on, others, say)


# ----------------------------------------------------------- which one? (asked)
n = 1
add("q01", n,
    persona(intent=["I need to move one of my appointments"], other=["the tuesday one"],
            time=["friday at 11"], confirm=["yes"]),
    moved(n, "Rita Moreno", f"{FRI}T11:00", f"{TUE}T10:00", [f"{THU}T14:00"],
          say=[SAY[f"{THU}T14:00"]]),
    mine(n, "Rita Moreno", f"{TUE}T10:00", f"{THU}T14:00"),
    "two on file, none named: asked which (both named by day and time; beyond SPEC: the "
    "question), 'the tuesday one' moved")
n = 2
add("q02", n,
    persona(intent=["hi, I need to cancel one of my appointments"], other=["the second one"],
            confirm=["yes"]),
    cancelled(n, "Omar Haddad", f"{FRI}T15:00", [f"{WED}T09:30"], say=[SAY[f"{WED}T09:30"]]),
    mine(n, "Omar Haddad", f"{WED}T09:30", f"{FRI}T15:00"),
    "two on file, a cancel: asked which (beyond SPEC), 'the second one' is the later")
n = 3
add("q03", n,
    persona(intent=["can I move one of my appointments"], other=["the 3 o'clock"],
            time=["4:30"], confirm=["yes"]),
    moved(n, "Grace Lin", f"{THU}T16:30", f"{THU}T15:00", [f"{THU}T10:00"]),
    mine(n, "Grace Lin", f"{THU}T10:00", f"{THU}T15:00"),
    "two on one day: 'the 3 o'clock' picks by hour (beyond SPEC: the question); a bare "
    "time keeps Thursday (SPEC §3)")
n = 4
add("q04", n,
    persona(intent=["I have to cancel an appointment"], other=["the wednesday one"],
            confirm=["yes"]),
    cancelled(n, "Paul Girard", f"{WED}T11:00", [f"{TUE}T09:00", f"{FRI}T14:00"],
              say=[SAY[f"{TUE}T09:00"], SAY[f"{FRI}T14:00"]]),
    mine(n, "Paul Girard", f"{TUE}T09:00", f"{WED}T11:00", f"{FRI}T14:00"),
    "three on file: the question names all three (beyond SPEC), 'the wednesday one'")
n = 5
add("q05", n,
    persona(intent=["I need to reschedule my appointment"], other=["the later one"],
            time=["monday at 9:30"], confirm=["yes"]),
    moved(n, "Dana Fox", f"{MON2}T09:30", f"{THU}T14:00", [f"{TUE}T10:00"]),
    mine(n, "Dana Fox", f"{TUE}T10:00", f"{THU}T14:00"),
    "'my appointment' with two on file is no pick: asked (beyond SPEC), 'the later one'")
n = 6
add("q06", n,
    persona(intent=["I want to move one of my appointments"],
            other=["the first one, to thursday at 11"], time=["thursday at 11"],
            confirm=["yes"]),
    moved(n, "Ken Adams", f"{THU}T11:00", f"{TUE}T10:00", [f"{FRI}T15:00"]),
    mine(n, "Ken Adams", f"{TUE}T10:00", f"{FRI}T15:00"),
    "the answer to which (beyond SPEC) says the new time too")
n = 7
add("q07", n,
    persona(intent=["cancel an appointment please"], other=["the earlier one"],
            confirm=["yes"]),
    cancelled(n, "Lucy Tran", f"{WED}T15:00", [f"{THU}T10:00"]),
    mine(n, "Lucy Tran", f"{THU}T10:00", f"{WED}T15:00"),
    "listed out of order: 'the earlier one' is Wednesday's (beyond SPEC: the question)")
n = 8
add("q08", n,
    persona(intent=["move one of my appointments please"], other=["the last one"],
            time=["same time next week"], confirm=["yes"]),
    moved(n, "Ian Bell", f"{THU2}T14:00", f"{THU}T14:00", [f"{TUE}T09:00", f"{WED}T11:00"]),
    mine(n, "Ian Bell", f"{TUE}T09:00", f"{WED}T11:00", f"{THU}T14:00"),
    "three on file, 'the last one', then the same time a week later")
n = 9
add("q09", n,
    persona(intent=["yeah hi i gotta cancel one of my appointments"],
            other=["um the one on friday"], confirm=["yeah"]),
    cancelled(n, "Mia Clarke", f"{FRI}T14:00", [f"{TUE}T10:00"]),
    mine(n, "Mia Clarke", f"{TUE}T10:00", f"{FRI}T14:00"),
    "lower-case with fillers: 'the one on friday' (beyond SPEC: the question)")

# ----------------------------------------------------------- named in the first turn
n = 10
add("d01", n,
    persona(intent=["can you cancel my friday appointment"], confirm=["yes"]),
    cancelled(n, "Sam Price", f"{FRI}T15:00", [f"{TUE}T10:00"]),
    mine(n, "Sam Price", f"{TUE}T10:00", f"{FRI}T15:00"),
    "two on file, the day said picks one")
n = 11
add("d02", n,
    persona(intent=["move my wednesday appointment to thursday at 11"], confirm=["yes"]),
    moved(n, "Noor Ali", f"{THU}T11:00", f"{WED}T15:00", [f"{TUE}T10:00", f"{FRI}T14:00"]),
    mine(n, "Noor Ali", f"{TUE}T10:00", f"{WED}T15:00", f"{FRI}T14:00"),
    "three on file: the day before 'to' names the one moved")
n = 12
add("d03", n,
    persona(intent=["I need to cancel my 3 o'clock"], confirm=["yes"]),
    cancelled(n, "Eli Stone", f"{THU}T15:00", [f"{THU}T10:00"]),
    mine(n, "Eli Stone", f"{THU}T10:00", f"{THU}T15:00"),
    "two on one day: the hour picks one")
n = 13
add("d04", n,
    persona(intent=["please cancel my second appointment"], confirm=["yes"]),
    cancelled(n, "Ava Rossi", f"{WED}T11:00", [f"{TUE}T09:00", f"{FRI}T14:00"]),
    mine(n, "Ava Rossi", f"{FRI}T14:00", f"{TUE}T09:00", f"{WED}T11:00"),
    "three on file listed out of order: the second by time")
n = 14
add("d05", n,
    persona(intent=["can you move my first appointment to friday at 9:30"], confirm=["yes"]),
    moved(n, "Jon Park", f"{FRI}T09:30", f"{TUE}T10:00", [f"{THU}T14:00"]),
    mine(n, "Jon Park", f"{TUE}T10:00", f"{THU}T14:00"),
    "'my first appointment' is the earliest")
n = 15
add("d06", n,
    persona(intent=["I've got two appointments with you, please cancel the later one"],
            confirm=["yes"]),
    cancelled(n, "Zoe Hart", f"{THU}T14:00", [f"{WED}T09:30"]),
    mine(n, "Zoe Hart", f"{WED}T09:30", f"{THU}T14:00"),
    "'the later one' in the first turn")
n = 16
add("d07", n,
    persona(intent=["could you move my last appointment to monday at 2"], confirm=["yes"]),
    moved(n, "Ray Dunn", f"{MON2}T14:00", f"{FRI}T15:00", [f"{TUE}T10:00", f"{WED}T11:00"]),
    mine(n, "Ray Dunn", f"{TUE}T10:00", f"{WED}T11:00", f"{FRI}T15:00"),
    "three on file: 'my last appointment' is the latest")
n = 17
add("d08", n,
    persona(intent=["can you move the earlier of my two appointments to wednesday at 10"],
            confirm=["yes"]),
    moved(n, "Amy Wong", f"{WED}T10:00", f"{TUE}T09:00", [f"{THU}T15:00"]),
    mine(n, "Amy Wong", f"{THU}T15:00", f"{TUE}T09:00"),
    "'the earlier of my two appointments'")

# ----------------------------------------------------------- both
n = 18
add("b01", n,
    persona(intent=["please cancel both of my appointments"], confirm=["yes"]),
    expect("cancelled", say=[SAY[f"{TUE}T10:00"], SAY[f"{THU}T14:00"]]),
    mine(n, "Leo Marsh", f"{TUE}T10:00", f"{THU}T14:00"),
    "'both' (beyond SPEC: two cancelled, the SPEC's `appointment` holds one, so only the "
    "outcome is scored); both read back")
n = 19
add("b02", n,
    persona(intent=["I need to cancel my appointments"], other=["both of them"],
            confirm=["yes"]),
    expect("cancelled", say=[SAY[f"{WED}T09:30"], SAY[f"{FRI}T14:00"]]),
    mine(n, "Ivy Long", f"{WED}T09:30", f"{FRI}T14:00"),
    "'both of them' as the answer to which (beyond SPEC, as b01)")

# ----------------------------------------------------------- booked under another number
n = 20
add("n01", n,
    persona(intent=["I'd like to cancel an appointment"], phone=["416 555 0020"],
            other=["the thursday one"], confirm=["yes"]),
    cancelled(n, "Tom Blake", f"{THU}T10:00", [f"{TUE}T09:00"]),
    mine(n, "Tom Blake", f"{TUE}T09:00", f"{THU}T10:00"),
    "none under the number calling: the number is asked, two under it, which asked "
    "(beyond SPEC: the question)", caller="+16475559020")
n = 21
add("n02", n,
    persona(intent=["hi, it's booked under my wife's number, 416 555 0021, can we move it "
                    "to friday at 10"], confirm=["yes"]),
    moved(n, "Bea Ford", f"{FRI}T10:00", f"{WED}T11:00"),
    mine(n, "Bea Ford", f"{WED}T11:00"),
    "the number said in the opening is used once none is under the number calling",
    caller="+16475559021")
n = 22
add("n03", n,
    persona(intent=["I need to move my thursday appointment"], phone=["four one six, five "
                                                                     "five five, zero zero "
                                                                     "two two"],
            time=["monday at 11"], confirm=["yes"]),
    moved(n, "Cal Young", f"{MON2}T11:00", f"{THU}T15:00", [f"{TUE}T10:00"]),
    mine(n, "Cal Young", f"{TUE}T10:00", f"{THU}T15:00"),
    "another number said in words; the day said first still picks Thursday's",
    caller="+16475559022")

# ----------------------------------------------------------- a taken time, then an offer
n = 23
add("x01", n,
    persona(intent=["move my appointment to thursday at 2"], time=["2:30 works"],
            confirm=["yes"]),
    moved(n, "Nina Roy", f"{THU}T14:30", f"{TUE}T10:00"),
    mine(n, "Nina Roy", f"{TUE}T10:00") + [entry(f"{THU}T13:30"), entry(f"{THU}T14:00")],
    "the new time is taken: the nearest free offered, the caller's next time used")
n = 24
add("x02", n,
    persona(intent=["can you move my tuesday one to wednesday at 11"],
            time=["ok the 11:30 then"], confirm=["yes"]),
    moved(n, "Owen Hale", f"{WED}T11:30", f"{TUE}T10:00", [f"{THU}T14:00"]),
    mine(n, "Owen Hale", f"{TUE}T10:00", f"{THU}T14:00") + [entry(f"{WED}T11:00")],
    "two on file, the new time taken: the Tuesday one stays the one moved")
n = 25
add("x03", n,
    persona(intent=["I need to move one of my appointments"], other=["the friday one"],
            time=["monday at 10", "10:30 then"], confirm=["yes"]),
    moved(n, "Tara Bick", f"{MON2}T10:30", f"{FRI}T14:00", [f"{WED}T15:00"]),
    mine(n, "Tara Bick", f"{WED}T15:00", f"{FRI}T14:00") + [entry(f"{MON2}T10:00")],
    "which asked (beyond SPEC), then a taken time and an offered one; a bare time keeps "
    "Monday")

# ----------------------------------------------------------- with a new booking in one breath
n = 26
add("s01", n,
    persona(intent=["hi, can I move my tuesday appointment to thursday at 10, and also book "
                    "another one on friday at 2"], confirm=["yes"]),
    acted("booked", n, "Gus Moss", f"{FRI}T14:00", f"{TUE}T10:00",
          say=["Thursday, December 17th at 10 a.m."]),
    mine(n, "Gus Moss", f"{TUE}T10:00"),
    "beyond SPEC: the move said first is made at the time after 'to', not at the booking's "
    "later time; then the booking (relabelled in round 26, pa26: requests said are done in "
    "turn, the call's last one labels it)")
n = 27
add("s02", n,
    persona(intent=["cancel my tuesday one and book me in thursday at 10 instead"],
            confirm=["yes"]),
    moved(n, "Pia Lund", f"{THU}T10:00", f"{TUE}T09:00", [f"{WED}T15:00"]),
    mine(n, "Pia Lund", f"{TUE}T09:00", f"{WED}T15:00"),
    "cancel and rebook in one breath is a move of the one named")
n = 28
add("s03", n,
    persona(intent=["I want to book an appointment for my son on friday at 3, and move mine "
                    "from wednesday to thursday at 11"], confirm=["yes"], name=["Liam Ford"]),
    expect("booked", appt("Liam Ford", num(28), f"{FRI}T15:00")),
    mine(n, "Hal Ford", f"{WED}T11:00"),
    "beyond SPEC (one change a call): the booking said first is made; the caller id is "
    "offered for the number")

# ----------------------------------------------------------- variants, written after the fixes
n = 29
add("v01", n,
    persona(intent=["hi, I have to cancel one of my appointments"], other=["the 2 o'clock"],
            confirm=["yes"]),
    cancelled(n, "Lou Park", f"{THU}T14:00", [f"{TUE}T09:00", f"{WED}T11:00"],
              say=[SAY[f"{TUE}T09:00"], SAY[f"{WED}T11:00"]]),
    mine(n, "Lou Park", f"{TUE}T09:00", f"{WED}T11:00", f"{THU}T14:00"),
    "variant: three on file, which asked (beyond SPEC), 'the 2 o'clock' picks by hour")
n = 30
add("v02", n,
    persona(intent=["I'd like to move one of my appointments to friday at 3"],
            other=["the wednesday one"], confirm=["yes"]),
    moved(n, "Ada Moss", f"{FRI}T15:00", f"{WED}T09:30", [f"{TUE}T10:00"]),
    mine(n, "Ada Moss", f"{TUE}T10:00", f"{WED}T09:30"),
    "variant: the new time said before which (beyond SPEC: the question) is kept")
n = 31
add("v03", n,
    persona(intent=["can you cancel all three of my appointments"], confirm=["yes"]),
    expect("cancelled", say=[SAY[f"{TUE}T09:00"], SAY[f"{WED}T11:00"], SAY[f"{FRI}T14:00"]]),
    mine(n, "Ray Ko", f"{TUE}T09:00", f"{WED}T11:00", f"{FRI}T14:00"),
    "variant: 'all three' (beyond SPEC, as b01)")
n = 32
add("v04", n,
    persona(intent=["could you move my wednesday one to the same time next week"],
            confirm=["yes"]),
    moved(n, "Kim Lee", f"{WED2}T15:00", f"{WED}T15:00", [f"{TUE}T10:00"]),
    mine(n, "Kim Lee", f"{TUE}T10:00", f"{WED}T15:00"),
    "variant: 'my wednesday one' a week later, two on file")
n = 33
add("v05", n,
    persona(intent=["move my thursday appointment to friday at 9:30 and also book another "
                    "one for monday at 11"], confirm=["yes"]),
    acted("booked", n, "Jo Hart", f"{MON2}T11:00", f"{THU}T10:00",
          say=["Friday, December 18th at 9:30 a.m."]),
    mine(n, "Jo Hart", f"{THU}T10:00"),
    "variant of s01 (beyond SPEC): the move at the time after 'to', then the booking "
    "(relabelled in round 26, pa26)")
n = 34
add("v06", n,
    persona(intent=["I need to cancel an appointment"], other=["the later one"],
            confirm=["yes"]),
    cancelled(n, "Sue Bell", f"{FRI}T15:00", [f"{THU}T10:00"]),
    mine(n, "Sue Bell", f"{FRI}T15:00", f"{THU}T10:00"),
    "variant: 'the later one' as the answer to which (beyond SPEC: the question)")

n_default = len(lines)
write_jsonl(os.path.join(HERE, "moves17_calls.jsonl.tmp"), lines)

# ----------------------------------------------------------- services and staff
PHYSIO, TUTOR = "businesses/physio.toml", "businesses/tutoring.toml"
R = BusinessRound("mv17", KIND, {PHYSIO: "America/Halifax", TUTOR: "America/Whitehorse"},
                  {PHYSIO: "2027-04-12T08:00", TUTOR: "2027-04-12T08:00"},
                  {PHYSIO: "902", TUTOR: "867"}, {PHYSIO: ["en-CA"], TUTOR: ["en-CA"]})
p = staffed_persona
BTUE, BWED, BTHU, BFRI, BSAT, BMON2 = ("2027-04-13", "2027-04-14", "2027-04-15",
                                       "2027-04-16", "2027-04-17", "2027-04-19")
TOM, SARAH, ANIKA = "Tom Reilly", "Sarah Kowalski", "Anika Shah"
FOLLOW, RELAX, DEEP = "Physio follow-up", "Relaxation massage", "Deep tissue massage"
MATH, FRENCH = "Math tutoring", "French tutoring"
MARCUS, CLAIRE = "Marcus Chen", "Claire Dubois"


def two_physio(n, name):
    """Tom's follow-up on Tuesday at 9, Sarah's massage on Wednesday at 10."""
    return [sx(f"{BTUE}T09:00", 30, TOM, FOLLOW, name, R.num(PHYSIO, n)),
            sx(f"{BWED}T10:00", 60, SARAH, RELAX, name, R.num(PHYSIO, n))]


PTUE, PWED = "Tuesday, April 13th at 9 a.m.", "Wednesday, April 14th at 10 a.m."

R.add("p01", PHYSIO, 1, p(intent=["hi, I need to cancel my appointment with Sarah"]),
      expect("cancelled", R.ap(PHYSIO, 1, "Hana Sato", f"{BWED}T10:00", RELAX, SARAH, 60),
             say=[PWED], not_say=[f"{PTUE} is cancelled"]),
      two_physio(1, "Hana Sato"),
      note="two on file with two people: 'my appointment with Sarah' picks hers")
R.add("p02", PHYSIO, 2, p(intent=["can you move my appointment with Tom to thursday at 2"]),
      expect("rescheduled", R.ap(PHYSIO, 2, "Ben Okafor", f"{BTHU}T14:00", FOLLOW, TOM, 30),
             say=[PTUE], not_say=[f"from {PWED}"]),
      two_physio(2, "Ben Okafor"),
      note="'my appointment with Tom' moved, Tom kept")
R.add("p03", PHYSIO, 3, p(intent=["cancel my massage please"]),
      expect("cancelled", R.ap(PHYSIO, 3, "Lia Grant", f"{BWED}T10:00", RELAX, SARAH, 60),
             say=[PWED], not_say=[f"{PTUE} is cancelled"]),
      two_physio(3, "Lia Grant"),
      note="the service said picks the one")
R.add("p04", PHYSIO, 4, p(intent=["I'd like to move my follow-up to wednesday at 11"]),
      expect("rescheduled", R.ap(PHYSIO, 4, "Kai Ennis", f"{BWED}T11:00", FOLLOW, TOM, 30),
             say=[PTUE, "follow-up"], not_say=[f"from {PWED}"]),
      two_physio(4, "Kai Ennis"),
      note="the service said picks the one moved; the read-back names it")
R.add("p05", PHYSIO, 5,
      p(intent=["I need to move one of my appointments"], other=["the massage"],
        time=["friday at 3"]),
      expect("rescheduled", R.ap(PHYSIO, 5, "Jill Baikie", f"{BFRI}T15:00", RELAX, SARAH, 60),
             say=[PTUE, PWED, "relaxation massage"], not_say=[f"from {PTUE}"]),
      two_physio(5, "Jill Baikie"),
      note="which asked (beyond SPEC), answered by the service; Sarah kept")
R.add("p06", PHYSIO, 6,
      p(intent=["can I cancel one of my appointments"], other=["the one with Tom"]),
      expect("cancelled", R.ap(PHYSIO, 6, "Rosa Diaz", f"{BTUE}T09:00", FOLLOW, TOM, 30),
             say=[PTUE, PWED], not_say=[f"{PWED} is cancelled"]),
      two_physio(6, "Rosa Diaz"),
      note="which asked (beyond SPEC), answered by the person")
R.add("p07", PHYSIO, 7, p(intent=["please cancel my last appointment"]),
      expect("cancelled", R.ap(PHYSIO, 7, "Ned Hale", f"{BTHU}T13:00", DEEP, ANIKA, 90),
             say=["Thursday, April 15th at 1 p.m."], not_say=[f"{PTUE} is cancelled"]),
      two_physio(7, "Ned Hale")
      + [sx(f"{BTHU}T13:00", 90, ANIKA, DEEP, "Ned Hale", R.num(PHYSIO, 7))],
      note="three on file with three people: 'my last appointment' is the latest")
R.add("p08", PHYSIO, 8,
      p(intent=["move my appointment with Sarah to friday at 10"], time=["11 then"]),
      expect("rescheduled", R.ap(PHYSIO, 8, "Uma Roy", f"{BFRI}T11:00", RELAX, SARAH, 60),
             say=[PWED]),
      two_physio(8, "Uma Roy") + [sx(f"{BFRI}T10:00", 60, SARAH, RELAX)],
      note="Sarah is taken at the new time: only her times offered (SPEC §3.1), the caller's "
           "next time used, still with Sarah")
R.add("p09", PHYSIO, 9,
      p(intent=["hi, which of my appointments is with Anika? I need to cancel that one"]),
      expect("cancelled", R.ap(PHYSIO, 9, "Max Bell", f"{BTHU}T13:00", DEEP, ANIKA, 90),
             say=["Thursday, April 15th at 1 p.m."]),
      two_physio(9, "Max Bell")
      + [sx(f"{BTHU}T13:00", 90, ANIKA, DEEP, "Max Bell", R.num(PHYSIO, 9))],
      note="the person named in a question picks the one cancelled")

TTUE = "Tuesday, April 13th at 4 p.m."
TTUE5 = "Tuesday, April 13th at 5 p.m."


def two_tutor(n, name):
    """Math with Marcus on Tuesday at 4, French with Claire on Tuesday at 5."""
    return [sx(f"{BTUE}T16:00", 60, MARCUS, MATH, name, R.num(TUTOR, n)),
            sx(f"{BTUE}T17:00", 60, CLAIRE, FRENCH, name, R.num(TUTOR, n))]


R.add("t01", TUTOR, 10, p(intent=["could you move my french tutoring to saturday at 10"]),
      expect("rescheduled", R.ap(TUTOR, 10, "Eva Lamb", f"{BSAT}T10:00", FRENCH, CLAIRE, 60),
             say=[TTUE5, "french tutoring"], not_say=[f"from {TTUE}"]),
      two_tutor(10, "Eva Lamb"),
      note="two on one day: the service picks one; the read-back names it")
R.add("t02", TUTOR, 11, p(intent=["I need to cancel my session with Marcus"]),
      expect("cancelled", R.ap(TUTOR, 11, "Gil Moss", f"{BTUE}T16:00", MATH, MARCUS, 60),
             say=[TTUE], not_say=[f"{TTUE5} is cancelled"]),
      two_tutor(11, "Gil Moss"),
      note="'my session with Marcus' picks his")
R.add("t03", TUTOR, 12,
      p(intent=["I have to move one of my sessions"], other=["the math one"],
        time=["thursday at 5"]),
      expect("rescheduled", R.ap(TUTOR, 12, "Ada King", f"{BTHU}T17:00", MATH, MARCUS, 60),
             say=[TTUE, TTUE5], not_say=[f"from {TTUE5}"]),
      two_tutor(12, "Ada King"),
      note="which asked (beyond SPEC), answered by the service; Marcus kept")
R.add("t04", TUTOR, 13, p(intent=["cancel my thursday math session please"]),
      expect("cancelled", R.ap(TUTOR, 13, "Cy Webb", f"{BTHU}T14:00", MATH, MARCUS, 60),
             say=["Thursday, April 15th at 2 p.m."], not_say=[f"{TTUE} is cancelled"]),
      two_tutor(13, "Cy Webb")
      + [sx(f"{BTHU}T14:00", 60, MARCUS, MATH, "Cy Webb", R.num(TUTOR, 13))],
      note="three on file, two of them math: the day and the service pick one")

R.add("v07", PHYSIO, 14,
      p(intent=["I need to move one of my appointments"], other=["the one with Sarah"],
        time=["monday at 2"]),
      expect("rescheduled", R.ap(PHYSIO, 14, "Ivo Dunn", f"{BMON2}T14:00", RELAX, SARAH, 60),
             say=[PTUE, PWED, "relaxation massage"], not_say=[f"from {PTUE}"]),
      two_physio(14, "Ivo Dunn"),
      note="variant: which asked (beyond SPEC), answered by the person; Sarah kept")
R.add("v08", TUTOR, 15, p(intent=["please cancel both of my sessions"]),
      expect("cancelled", say=[TTUE, TTUE5]),
      two_tutor(15, "Ola Reed"),
      note="variant: 'both' at the tutoring centre (beyond SPEC, as b01)")

write_business_probe(os.path.join(HERE, "moves17_business.jsonl.tmp"), R.lines)
with open(os.path.join(HERE, "moves17_calls.jsonl"), "w", encoding="utf-8") as out:
    for part in ("moves17_calls.jsonl.tmp", "moves17_business.jsonl.tmp"):
        path = os.path.join(HERE, part)
        with open(path, encoding="utf-8") as f:
            out.write(f.read())
        os.remove(path)
print(f"moves17_calls.jsonl: {n_default + len(R.lines)} calls")
