#!/usr/bin/env python3
"""Writes changes21_calls.jsonl: English calls that CANCEL, MOVE or CHECK an appointment,
round 2 (SPEC §3 and §3.1; the default business unless a line names `businesses/tax.toml`).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm21). Families:
- `a`: two or three on file, the one meant said by its day, its time, its day of the
  month, its service, "the later one", "the friday one" to the which-question, or "both";
- `b`: a cancel and a new booking in the same call ("cancel my Tuesday one and book me
  Thursday at 2 instead"): the old one is replaced, which is a move (beyond SPEC: one
  outcome per call, `rescheduled`);
- `c`: a move relative to the appointment: "the same time next week", "an hour later",
  "push it to the afternoon", "half an hour earlier", "the day after, same time",
  "push it back a week", "Thursday, same time";
- `d`: a move to a taken time, the nearest free times offered (SPEC §3), then another
  choice ("10:30 is fine", "what about the next day, same time?");
- `e`: a move with a window ("Thursday after 3", "Friday morning before 11", "between 1
  and 3"): offers inside it, earliest first (SPEC §3 windows);
- `f`: checks ("when is my appointment", "do I have anything Friday", two on one day),
  beyond SPEC `no_booking` with the time said, as in round 20;
- `g`: an appointment already past ("I missed my appointment yesterday"): said to have
  passed, nothing cancelled or moved (round 20's convention), a new booking offered and
  made when the caller wants one (`booked`);
- `h`: an appointment under someone else's name or number ("it's under my wife's name",
  "under my husband's cell"): found under the number given, or under the number calling;
- `i`: the number calling has nothing on file, the booking's number said in words
  (pairs, "double", "triple", "oh", a correction);
- `j`: nothing found under any number: said so, and a booking made when the caller asks
  for one;
- `k`: a change of mind: "actually don't cancel it, move it" at a cancel's read-back, "no
  wait, just cancel it" at a move's, "never mind, keep it", "no, the other one";
- `s`: a service business (`businesses/tax.toml`: Regina, a 20-minute grid, lunch 12-1,
  closed Wednesdays; a 20-minute consultation and an hour's tax return): which by
  service, a move onto lunch or a closed day, a check, the number asked;
- `z`: calls in Vancouver, Halifax and Winnipeg.

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed, the
time said; a past appointment is not changed; a cancel of both names no one
`appointment` (only the outcome and the days said are checked). `say_contains` /
`say_not_contains` are the call-file runner's checks, not score.py's.

The default business; the reference instant Monday 2027-02-08 09:15 in Toronto unless a
case says otherwise (its own zone and wall time).

Run: python3 bella-dialog/testdata/gen_changes21_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (business_by_name, entry, expect, appt, noted_calls, persona,  # noqa: E402
                      taken, write_jsonl)

KIND = "changes21"
TZ = "America/Toronto"
NOW = "2027-02-08T09:15"
MON = "2027-02-08"
TUE, WED, THU, FRI = "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12"
MON2, TUE2, WED2, THU2, FRI2 = ("2027-02-15", "2027-02-16", "2027-02-17", "2027-02-18",
                                "2027-02-19")
FRI_BEFORE = "2027-02-05"
STRANGER = "+14165559100"
TAX = "businesses/tax.toml"
TAX_TZ = "America/Regina"

lines = []
_add = noted_calls(lines, "ch21", KIND)


def num(n):
    return f"+1416555{2100 + n:04}"


def add(cid, n, persona_, expected, existing, note, caller=None, now=NOW, tz=TZ,
        closed=None, business=None, blocked=False):
    extra = {"business": business} if business else {}
    caller_id = None if blocked else caller or num(n)
    _add(cid, now, tz, caller_id, persona_, expected, existing, closed, note=note, **extra)


def mine(n, name, *starts, phone=None):
    """Caller `n`'s own 30-minute appointments."""
    return [entry(s, name, phone or num(n)) for s in starts]


def moved(n, name, start, say=(), not_say=(), phone=None, **extra):
    return expect("rescheduled", appt(name, phone or num(n), start, **extra),
                  say=list(say) or None, not_say=list(not_say) or None)


def cancelled(n, name, start, say=(), not_say=(), phone=None, **extra):
    return expect("cancelled", appt(name, phone or num(n), start, **extra),
                  say=list(say) or None, not_say=list(not_say) or None)


def booked_(n, name, start, say=(), not_say=(), phone=None):
    return expect("booked", appt(name, phone or num(n), start), say=list(say) or None,
                  not_say=list(not_say) or None)


def kept(say=(), not_say=()):
    return expect("no_booking", no_appt=True, say=list(say) or None,
                  not_say=list(not_say) or None)


# ------------------------------------------------- a: which one, two or three on file
n = 1
add("a01", n, persona(intent=["hi, I need to cancel my thursday appointment please"],
                      confirm=["yes"]),
    cancelled(n, "Rosa Lindqvist", f"{THU}T14:00", say=["Thursday, February 11th at 2 p.m."],
              not_say=["Tuesday, February 9th at 10 a.m. is cancelled"]),
    mine(n, "Rosa Lindqvist", f"{TUE}T10:00", f"{THU}T14:00"),
    "two on file, the one meant named by its weekday")
n = 2
add("a02", n, persona(intent=["yeah so I've got two appointments with you and I want to "
                              "cancel the later one"], confirm=["yes"]),
    cancelled(n, "Dev Malhotra", f"{FRI}T15:00", say=["Friday, February 12th at 3 p.m."]),
    mine(n, "Dev Malhotra", f"{WED}T09:30", f"{FRI}T15:00"),
    "'the later one' of two")
n = 3
add("a03", n, persona(intent=["I need to cancel both of my appointments"], confirm=["yes"]),
    expect("cancelled", say=["Tuesday, February 9th", "Thursday, February 11th"]),
    mine(n, "Lucy Farrow", f"{TUE}T11:00", f"{THU}T11:00"),
    "'both': each read back, both cancelled on one yes (beyond SPEC: no one `appointment` "
    "checked, the two days said)")
n = 4
add("a04", n, persona(intent=["I have to move one of my appointments"],
                      other=["the friday one"], time=["monday the 15th at 11"],
                      confirm=["yes"]),
    moved(n, "Omar Haddad", f"{MON2}T11:00", say=["Friday, February 12th at 9 a.m."]),
    mine(n, "Omar Haddad", f"{TUE}T13:00", f"{FRI}T09:00", f"{WED2}T16:00"),
    "three on file, which one asked, 'the friday one', then the new time")
n = 5
add("a05", n, persona(intent=["please cancel my 3:30"], confirm=["yes"]),
    cancelled(n, "Greta Holm", f"{THU}T15:30", not_say=["9 a.m. is cancelled"]),
    mine(n, "Greta Holm", f"{THU}T09:00", f"{THU}T15:30"),
    "two on one day, the one meant named by its time")
n = 6
add("a06", n, persona(intent=["I have two appointments next week, can you move the later "
                              "one to friday the 19th at 10"], confirm=["yes"]),
    moved(n, "Ian Castellanos", f"{FRI2}T10:00", say=["Thursday, February 18th at 1 p.m."]),
    mine(n, "Ian Castellanos", f"{TUE2}T13:00", f"{THU2}T13:00"),
    "'the later one' with the new time in the same turn")
n = 7
add("a07", n, persona(intent=["can you cancel the one on the 16th"], confirm=["yes"]),
    cancelled(n, "Beth Orton", f"{TUE2}T14:30"),
    mine(n, "Beth Orton", f"{WED}T10:00", f"{TUE2}T14:30", f"{THU2}T09:00"),
    "three on file, the one meant named by its day of the month")
n = 8
add("a08", n, persona(intent=["I'd like to cancel an appointment"],
                      other=["the earlier one please"], confirm=["yes"]),
    cancelled(n, "Kofi Mensah", f"{TUE}T16:00"),
    mine(n, "Kofi Mensah", f"{THU2}T10:30", f"{TUE}T16:00"),
    "which one asked (listed earliest first), 'the earlier one'")
n = 9
add("a09", n, persona(intent=["move my wednesday appointment to thursday at 11 please"],
                      confirm=["yes"]),
    moved(n, "Nadia Petrov", f"{THU}T11:00", say=["Wednesday, February 10th at 2 p.m."]),
    mine(n, "Nadia Petrov", f"{WED}T14:00", f"{FRI}T14:00"),
    "two on file, a move from the one named by its day")

# ------------------------------------------------- b: cancel and rebook in one call
n = 11
add("b01", n, persona(intent=["I need to cancel my appointment on tuesday and book a new one "
                              "for thursday at 2 instead"], confirm=["yes"]),
    moved(n, "Paul Ferreira", f"{THU}T14:00"),
    mine(n, "Paul Ferreira", f"{TUE}T10:30"),
    "cancel and rebook 'instead': the old one replaced (beyond SPEC: `rescheduled`)")
n = 12
add("b02", n, persona(intent=["hi, can you cancel my thursday appointment, and then can I get "
                              "a new one next week, tuesday at 10?"], confirm=["yes"]),
    moved(n, "Wendy Zhao", f"{TUE2}T10:00"),
    mine(n, "Wendy Zhao", f"{THU}T15:00"),
    "cancel 'and then' a new one on a day of next week (beyond SPEC: `rescheduled`)")
n = 13
add("b03", n, persona(intent=["I want to cancel my appointment", "yes, can I book a new one "
                              "for friday at 1?"],
                      confirm=["actually, instead of cancelling, can I just get a new time, "
                               "friday at 1?", "yes"], time=["friday at 1"]),
    moved(n, "Sami Rahal", f"{FRI}T13:00"),
    mine(n, "Sami Rahal", f"{WED}T11:30"),
    "at the cancel's read-back a new time instead: a move")

# ------------------------------------------------- c: relative to the appointment
n = 21
add("c01", n, persona(intent=["can I move my appointment to the same time next week"],
                      confirm=["yes"]),
    moved(n, "Leah Goldberg", f"{WED2}T10:00"),
    mine(n, "Leah Goldberg", f"{WED}T10:00"),
    "'the same time next week': a week later")
n = 22
add("c02", n, persona(intent=["hi, could you push my appointment an hour later?"],
                      confirm=["yes"]),
    moved(n, "Marco Bianchi", f"{THU}T14:00"),
    mine(n, "Marco Bianchi", f"{THU}T13:00"),
    "'an hour later' on its own day")
n = 23
add("c03", n, persona(intent=["can we push my appointment to the afternoon?"],
                      time=["1:30 works"], confirm=["yes"]),
    moved(n, "Tara Quinlan", f"{TUE}T13:30"),
    mine(n, "Tara Quinlan", f"{TUE}T09:30"),
    "'to the afternoon': its own day's afternoon offered, 1:30 picked (SPEC §3: a bare "
    "time keeps the day under discussion)")
n = 24
add("c04", n, persona(intent=["I need to move my tuesday appointment half an hour earlier"],
                      confirm=["yes"]),
    moved(n, "Hugo Lambert", f"{TUE}T11:00"),
    mine(n, "Hugo Lambert", f"{TUE}T11:30"),
    "'half an hour earlier', its day named")
n = 25
add("c05", n, persona(intent=["I have to reschedule, can we do thursday instead, same time?"],
                      confirm=["yes"]),
    moved(n, "Ines Duarte", f"{THU}T15:00"),
    mine(n, "Ines Duarte", f"{TUE}T15:00"),
    "'Thursday instead, same time': the appointment's time on another day")
n = 26
add("c06", n, persona(intent=["could I come in the day after instead, same time?"],
                      confirm=["yes"]),
    moved(n, "Jon Whitlock", f"{FRI}T10:00"),
    mine(n, "Jon Whitlock", f"{THU}T10:00"),
    "'the day after, same time': a day later")
n = 27
add("c07", n, persona(intent=["I need to push my appointment back a week"], confirm=["yes"]),
    moved(n, "Kara Svensson", f"{TUE2}T16:30"),
    mine(n, "Kara Svensson", f"{TUE}T16:30"),
    "'push it back a week'")
n = 28
add("c08", n, persona(intent=["hi, is it possible to make my appointment an hour later, same "
                              "day?"], time=["11:30 then"], confirm=["yes"]),
    moved(n, "Liam Doherty", f"{WED}T11:30"),
    mine(n, "Liam Doherty", f"{WED}T10:00") + taken(WED, "11:00"),
    "an hour later is taken: said so and nearby times offered, the caller names another "
    "(SPEC §3)")
n = 29
add("c09", n, persona(intent=["can I move my friday appointment to the same time on monday"],
                      confirm=["yes"]),
    moved(n, "Maya Ortiz", f"{MON2}T09:30"),
    mine(n, "Maya Ortiz", f"{FRI}T09:30"),
    "'the same time on Monday': Friday's time on the Monday after (SPEC §2: a weekday "
    "alone is the next one)")

# ------------------------------------------------- d: a taken time, then another
n = 31
add("d01", n, persona(intent=["I'd like to move my appointment to friday at 10"],
                      time=["10:30 is fine"], confirm=["yes"]),
    moved(n, "Ned Avery", f"{FRI}T10:30", not_say=["to Friday, February 12th at 10 a.m. Shall"]),
    mine(n, "Ned Avery", f"{TUE}T14:00") + taken(FRI, "10:00"),
    "Friday 10 taken: refused, nearby times offered; '10:30 is fine' keeps Friday")
n = 32
add("d02", n, persona(intent=["move my appointment to thursday at 2 please"],
                      time=["what about the next day, same time?"], confirm=["yes"]),
    moved(n, "Olga Brandt", f"{FRI}T14:00"),
    mine(n, "Olga Brandt", f"{MON2}T11:00") + taken(THU, "14:00"),
    "Thursday 2 taken; 'the next day, same time' is Friday at 2")
n = 33
add("d03", n, persona(intent=["can you move my appointment to wednesday at 9"],
                      time=["ok, how about wednesday at 3 then"], confirm=["yes"]),
    moved(n, "Pete Sorensen", f"{WED}T15:00"),
    mine(n, "Pete Sorensen", f"{FRI}T11:00") + taken(WED, "09:00", "09:30", "10:00"),
    "a taken time, then another time on that day")
n = 34
add("d04", n, persona(intent=["I need to move my appointment to tuesday at 5"],
                      time=["4:30 then"], confirm=["yes"]),
    moved(n, "Quinn Abara", f"{TUE}T16:30"),
    mine(n, "Quinn Abara", f"{THU}T09:00"),
    "5 p.m. is closing time: refused, the caller takes 4:30 on the same day")

# ------------------------------------------------- e: a move with a window
n = 41
add("e01", n, persona(intent=["can you move my appointment to thursday after 3"],
                      time=["yes"], confirm=["yes"]),
    moved(n, "Rita Novak", f"{THU}T15:30"),
    mine(n, "Rita Novak", f"{TUE}T10:00") + taken(THU, "15:00"),
    "'after 3' (SPEC: 15:00 or later), 15:00 taken: 15:30 first, 'yes' takes it")
n = 42
add("e02", n, persona(intent=["I need to change my appointment to friday morning, before 11"],
                      time=["the second one"], confirm=["yes"]),
    moved(n, "Stan Kowal", f"{FRI}T09:30"),
    mine(n, "Stan Kowal", f"{WED}T14:00"),
    "a morning window before 11: 9:00, 9:30, ... offered earliest first; 'the second one'")
n = 43
add("e03", n, persona(intent=["move my appointment to next tuesday between 1 and 3"],
                      time=["sure, the first one"], confirm=["yes"]),
    moved(n, "Uri Tal", f"{TUE2}T13:30"),
    mine(n, "Uri Tal", f"{THU}T11:00") + taken(TUE2, "13:00"),
    "'next tuesday' (the following week's), between 13:00 and 15:00, 13:00 taken")
n = 44
add("e04", n, persona(intent=["I want to reschedule to wednesday, anytime after lunch"],
                      time=["2 o'clock"], confirm=["yes"]),
    moved(n, "Vera Lund", f"{WED}T14:00"),
    mine(n, "Vera Lund", f"{TUE}T09:00"),
    "'after lunch' is the afternoon: Wednesday's afternoon offered; 2 o'clock picked")

# ------------------------------------------------- f: checks
n = 51
add("f01", n, persona(intent=["hi, when is my appointment?", "ok great, thank you"],
                      other=["ok great, thank you"]),
    kept(say=["Thursday, February 11th at 11:30 a.m."]),
    mine(n, "Wade Ellis", f"{THU}T11:30"),
    "a check: the day and time said (beyond SPEC: `no_booking`)")
n = 52
add("f02", n, persona(intent=["do I have anything on friday?", "perfect, that's all"],
                      other=["perfect, that's all"]),
    kept(say=["Friday, February 12th at 2:30 p.m."]),
    mine(n, "Xena Park", f"{FRI}T14:30"),
    "'do I have anything Friday': the Friday one said")
n = 53
add("f03", n, persona(intent=["do I have anything friday?", "oh ok, thanks, bye"],
                      other=["oh ok, thanks, bye"]),
    kept(say=["Tuesday, February 9th at 1 p.m."]),
    mine(n, "Yuri Sokolov", f"{TUE}T13:00"),
    "nothing Friday: the one there is said (Tuesday)")
n = 54
add("f04", n, persona(intent=["what time are my appointments on thursday?", "thanks, that's it"],
                      other=["thanks, that's it"]),
    kept(say=["9 a.m.", "3 p.m."]),
    mine(n, "Zara Collins", f"{THU}T09:00", f"{THU}T15:00"),
    "two on one day: both times said")
n = 55
add("f05", n, persona(intent=["I forgot when my appointment is, can you remind me?",
                              "no that's everything"], other=["no that's everything"]),
    kept(say=["Monday, February 15th at 10 a.m."]),
    mine(n, "Abby Stone", f"{MON2}T10:00"),
    "'I forgot when my appointment is': a check")
n = 56
add("f06", n, persona(intent=["is my appointment still on for tomorrow?",
                              "great, can you move it to thursday at 4 though?"],
                      time=["thursday at 4"], confirm=["yes"]),
    moved(n, "Ben Okoro", f"{THU}T16:00", say=["Tuesday, February 9th at 9:30 a.m."]),
    mine(n, "Ben Okoro", f"{TUE}T09:30"),
    "a check of tomorrow's, then a move of it")

# ------------------------------------------------- g: already past
n = 61
add("g01", n, persona(intent=["hi, I missed my appointment yesterday, I'm so sorry, can I book "
                              "another one?"],
                      time=["wednesday at 11"], name=["Cora Blake"],
                      phone=["the number I'm calling from"], confirm=["yes"],
                      other=["wednesday at 11"]),
    booked_(n, "Cora Blake", f"{WED}T11:00", not_say=["is cancelled"]),
    mine(n, "Cora Blake", f"{MON}T10:00"),
    "Tuesday 9:15, yesterday's missed; beyond SPEC: an appointment past is not changed; a "
    "new one booked (`booked`)", now=f"{TUE}T09:15")
n = 62
add("g02", n, persona(intent=["I need to cancel my appointment from last friday"],
                      confirm=["no"], other=["oh right, ok, never mind then"]),
    kept(not_say=["is cancelled"]),
    mine(n, "Dan Price", f"{FRI_BEFORE}T14:00"),
    "beyond SPEC: an appointment past is not cancelled (round 20's p02)")
n = 63
add("g03", n, persona(intent=["I think I missed my appointment this morning, can I move it "
                              "to tomorrow at 10?"],
                      name=["Elle Marsh"], phone=["the number I'm calling from"],
                      confirm=["yes"], time=["tomorrow at 10"]),
    booked_(n, "Elle Marsh", f"{TUE}T10:00"),
    mine(n, "Elle Marsh", f"{MON}T09:00"),
    "today's 9:00 already past at 9:15: a new one tomorrow at 10 (beyond SPEC: `booked`, "
    "the past one is not changed)")
n = 64
add("g04", n, persona(intent=["I missed my appointment last friday, do I still have the one "
                              "next week?", "ok good, thanks"], other=["ok good, thanks"]),
    kept(say=["Thursday, February 18th at 3 p.m."]),
    mine(n, "Finn Walsh", f"{FRI_BEFORE}T10:00", f"{THU2}T15:00"),
    "a past one and one ahead: the one ahead is told")

# ------------------------------------------------- h: someone else's name or number
n = 71
add("h01", n, persona(intent=["hi, I need to cancel my wife's appointment, it's under her "
                              "name, Maria Costa"],
                      phone=["her cell is four one six, five five five, twenty one seventy "
                             "one"], confirm=["yes"]),
    cancelled(n, "Maria Costa", f"{WED}T13:00"),
    mine(n, "Maria Costa", f"{WED}T13:00"),
    "called from the husband's number (nothing on file): her number asked, in pairs",
    caller=STRANGER)
n = 72
add("h02", n, persona(intent=["I want to move my husband's appointment, it's under his "
                              "number"], phone=["647 555 2172"], time=["friday at 3"],
                      confirm=["yes"]),
    moved(n, "Karl Jensen", f"{FRI}T15:00", phone="+16475552172"),
    mine(n, "Karl Jensen", f"{THU}T10:00", phone="+16475552172"),
    "under his number: asked once nothing is found under the number calling",
    caller=num(72))
n = 73
add("h03", n, persona(intent=["can you cancel the appointment for my wife, Lisa? I booked it "
                              "from this phone"], confirm=["yes"]),
    cancelled(n, "Lisa Moreau", f"{TUE}T15:30"),
    mine(n, "Lisa Moreau", f"{TUE}T15:30"),
    "under the number calling, another name: found by caller id (SPEC §3)")
n = 74
add("h04", n, persona(intent=["hi I'm calling to check on my daughter's appointment, it's under "
                              "her cell", "ok thank you"], phone=["six four seven, five five five, two one "
                                                  "seven four"],
                      other=["ok thank you"]),
    kept(say=["Thursday, February 11th at 4 p.m."]),
    mine(n, "Emma Rossi", f"{THU}T16:00", phone="+16475552174"),
    "a check under the daughter's number, given when asked", caller=STRANGER)

# ------------------------------------------------- i: the number asked, said in words
n = 81
add("i01", n, persona(intent=["hello, I need to cancel an appointment"],
                      phone=["it's nine oh five, five five five, oh one eight one"],
                      confirm=["yes"]),
    cancelled(n, "Gil Amaro", f"{THU}T10:30", phone="+19055550181"),
    mine(n, "Gil Amaro", f"{THU}T10:30", phone="+19055550181"),
    "from another number: the booking's said with 'oh'", caller=STRANGER)
n = 82
add("i02", n, persona(intent=["I'd like to move my appointment please"],
                      phone=["four one six, triple five, twenty one eighty two"],
                      time=["monday at 3"], confirm=["yes"]),
    moved(n, "Hana Kim", f"{MON2}T15:00"),
    mine(n, "Hana Kim", f"{FRI}T11:00"),
    "'triple five' and a pair (SPEC §2)", caller=STRANGER)
n = 83
add("i03", n, persona(intent=["when is my appointment?", "ok thanks"],
                      phone=["four one six, five five five, two one eight, wait no, four one "
                             "six five five five two one eight three"],
                      other=["ok thanks"]),
    kept(say=["Tuesday, February 16th at 2 p.m."]),
    mine(n, "Ivan Petrovic", f"{TUE2}T14:00"),
    "a number broken off and said again in full", caller=STRANGER)
n = 84
add("i04", n, persona(intent=["I need to cancel my appointment for wednesday"],
                      phone=["it's 416 555 2184"], confirm=["yes"]),
    cancelled(n, "Jade Fontaine", f"{WED}T09:00"),
    mine(n, "Jade Fontaine", f"{WED}T09:00"),
    "caller id withheld (null): the number asked", caller=None, blocked=True)
n = 85
add("i05", n, persona(intent=["hi, can I reschedule my appointment?"],
                      phone=["sure, it's four one six five five five two one double eight"],
                      time=["thursday at 9:30"], confirm=["yes"]),
    moved(n, "Kurt Baines", f"{THU}T09:30", phone="+14165552188"),
    mine(n, "Kurt Baines", f"{TUE}T12:00", phone="+14165552188"),
    "'double eight' at the end of the number", caller=STRANGER)

# ------------------------------------------------- j: nothing found
n = 91
add("j01", n, persona(intent=["hi, can you check when my appointment is? I think it's on "
                              "thursday", "then I'd like to book one, thursday at 2 if you "
                              "have it"],
                      phone=["maybe it's under 647 555 2191", "647 555 2191"],
                      time=["thursday at 2"], name=["Gwen Ashby"], confirm=["yes please"]),
    booked_(n, "Gwen Ashby", f"{THU}T14:00", phone="+16475552191"),
    [],
    "nothing under the number calling nor the one given: said so; the caller books one "
    "instead")
n = 92
add("j02", n, persona(intent=["I need to cancel my appointment"],
                      phone=["416 555 2192", "oh, I must have called the wrong place, sorry, "
                             "bye"], other=["oh, I must have called the wrong "
                                                     "place, sorry, bye"],
                      confirm=["no thanks"]),
    kept(),
    [],
    "nothing found anywhere: nothing cancelled, the call ends politely", caller=STRANGER)

# ------------------------------------------------- k: a change of mind
n = 101
add("k01", n, persona(intent=["I need to cancel my appointment"],
                      confirm=["actually, don't cancel it, can you move it to friday at 11 "
                               "instead?", "yes"]),
    moved(n, "Lena Kraus", f"{FRI}T11:00"),
    mine(n, "Lena Kraus", f"{WED}T15:00"),
    "'don't cancel it, move it to ...' at the cancel's read-back")
n = 102
add("k02", n, persona(intent=["please cancel my tuesday appointment"],
                      confirm=["hmm, wait, actually don't cancel, just move it", "yes"],
                      time=["next monday at 2"]),
    moved(n, "Milo Grant", f"{MON2}T14:00"),
    mine(n, "Milo Grant", f"{TUE}T11:00"),
    "'don't cancel, just move it' at the read-back: the new time asked")
n = 103
add("k03", n, persona(intent=["can you move my appointment to thursday at 10"],
                      confirm=["no wait, you know what, just cancel it", "yes"]),
    cancelled(n, "Nora Byrne", f"{TUE}T13:30"),
    mine(n, "Nora Byrne", f"{TUE}T13:30"),
    "'just cancel it' at the move's read-back: the cancel read back, then done")
n = 104
add("k04", n, persona(intent=["I'd like to move my appointment"],
                      time=["never mind, keep it, I'll make it work"],
                      other=["no, that's all"]),
    kept(),
    mine(n, "Owen Pratt", f"{THU}T14:30"),
    "'never mind, keep it' at the new-time question: nothing moved")
n = 105
add("k05", n, persona(intent=["I need to cancel my appointment on friday"],
                      confirm=["ah, never mind, keep it"], other=["no, that's all"]),
    kept(),
    mine(n, "Pia Lorenz", f"{FRI}T09:00"),
    "'never mind, keep it' at the cancel's read-back")
n = 106
add("k06", n, persona(intent=["I need to cancel one of my appointments"],
                      other=["actually, never mind, I'll keep them both"]),
    kept(),
    mine(n, "Raj Iyer", f"{TUE}T10:00", f"{FRI}T10:00"),
    "'never mind, I'll keep them both' at the which-question")
n = 107
add("k07", n, persona(intent=["I need to cancel my appointment"],
                      confirm=["no, not that one, the other one", "yes"]),
    cancelled(n, "Sara Velasquez", f"{THU2}T11:00"),
    mine(n, "Sara Velasquez", f"{TUE}T14:00", f"{THU2}T11:00"),
    "the earliest read back, 'no, the other one': the other read back, cancelled")
n = 108
add("k08", n, persona(intent=["I want to move my appointment to monday at 10"],
                      confirm=["oh sorry, no, keep it where it is"], other=["that's all"]),
    kept(),
    mine(n, "Theo Wills", f"{THU}T16:00"),
    "'keep it where it is' at the move's read-back")

# ------------------------------------------------- s: a service business (tax, Regina)
TNOW = "2027-02-08T09:15"
n = 111
add("s01", n, persona(intent=["hi, I need to cancel my consultation"], confirm=["yes"]),
    cancelled(n, "Ada Nowak", f"{THU}T10:20", phone="+13065552111", service="Consultation",
              minutes=20),
    [entry(f"{TUE}T13:00", "Ada Nowak", "+13065552111", minutes=60) | {"service": "Tax return"},
     entry(f"{THU}T10:20", "Ada Nowak", "+13065552111", minutes=20) | {"service": "Consultation"}],
    "two on file, the one meant named by its service", caller="+13065552111", now=TNOW,
    tz=TAX_TZ, business=TAX)
n = 112
add("s02", n, persona(intent=["can I move my tax return to next thursday at 1"],
                      confirm=["yes"]),
    moved(n, "Bram Olsen", f"{THU2}T13:00", phone="+13065552112", service="Tax return",
          minutes=60),
    [entry(f"{TUE}T09:00", "Bram Olsen", "+13065552112", minutes=60) | {"service": "Tax return"}],
    "a move of an hour's service", caller="+13065552112", now=TNOW, tz=TAX_TZ, business=TAX)
n = 113
add("s03", n, persona(intent=["when is my tax appointment?", "ok thanks"],
                      other=["ok thanks"]),
    kept(say=["Friday, February 12th at 2 p.m."]),
    [entry(f"{FRI}T14:00", "Cleo Dubois", "+13065552113", minutes=60) | {"service": "Tax return"}],
    "a check at a business with services", caller="+13065552113", now=TNOW, tz=TAX_TZ,
    business=TAX)
n = 114
add("s04", n, persona(intent=["I need to move my consultation to wednesday at 10"],
                      time=["thursday at 10 then"], confirm=["yes"]),
    moved(n, "Dirk Haas", f"{THU}T10:00", phone="+13065552114", service="Consultation",
          minutes=20),
    [entry(f"{TUE}T11:00", "Dirk Haas", "+13065552114", minutes=20) | {"service": "Consultation"}],
    "closed on Wednesdays: said closed, the second choice taken", caller="+13065552114",
    now=TNOW, tz=TAX_TZ, business=TAX)
n = 115
add("s05", n, persona(intent=["can you push my tax return an hour later?"],
                      time=["1 o'clock then"], confirm=["yes"]),
    moved(n, "Edie Lamb", f"{THU}T13:00", phone="+13065552115", service="Tax return",
          minutes=60),
    [entry(f"{THU}T11:00", "Edie Lamb", "+13065552115", minutes=60) | {"service": "Tax return"}],
    "an hour later is lunch (12-1): refused; 1 o'clock the same day", caller="+13065552115",
    now=TNOW, tz=TAX_TZ, business=TAX)
n = 116
add("s06", n, persona(intent=["I want to cancel my tax appointment"],
                      phone=["three oh six, five five five, two one one six"], confirm=["yes"]),
    cancelled(n, "Fay Moser", f"{MON2}T09:00", phone="+13065552116", service="Tax return",
              minutes=60),
    [entry(f"{MON2}T09:00", "Fay Moser", "+13065552116", minutes=60) | {"service": "Tax return"}],
    "the number calling has nothing: the booking's asked, said in words",
    caller="+13065559100", now=TNOW, tz=TAX_TZ, business=TAX)
n = 117
add("s07", n, persona(intent=["I have two appointments, can you move the consultation to "
                              "friday at 9?"], confirm=["yes"]),
    moved(n, "Gus Nyberg", f"{FRI}T09:00", phone="+13065552117", service="Consultation",
          minutes=20),
    [entry(f"{TUE}T09:20", "Gus Nyberg", "+13065552117", minutes=20) | {"service": "Consultation"},
     entry(f"{THU}T13:00", "Gus Nyberg", "+13065552117", minutes=60) | {"service": "Tax return"}],
    "two services on file, the consultation moved", caller="+13065552117", now=TNOW,
    tz=TAX_TZ, business=TAX)

# ------------------------------------------------- z: across the country
n = 121
add("z01", n, persona(intent=["I need to move my appointment to an hour earlier"],
                      confirm=["yes"]),
    moved(n, "Hal Chu", f"{TUE}T14:00", phone="+16045552121"),
    mine(n, "Hal Chu", f"{TUE}T15:00", phone="+16045552121"),
    "Vancouver, Monday 17:00 (Tuesday in UTC): an hour earlier on Tuesday",
    caller="+16045552121", now=f"{MON}T17:00", tz="America/Vancouver")
n = 122
add("z02", n, persona(intent=["do I have anything tomorrow?", "ok, bye"], other=["ok, bye"]),
    kept(say=["Tuesday, February 9th at 9 a.m."]),
    mine(n, "Ivy Dunn", f"{TUE}T09:00", phone="+19025552122"),
    "Halifax, Monday 21:30 (Tuesday in UTC): tomorrow is Tuesday",
    caller="+19025552122", now=f"{MON}T21:30", tz="America/Halifax")
n = 123
add("z03", n, persona(intent=["cancel my appointment tomorrow please"], confirm=["yes"]),
    cancelled(n, "Jack Roy", f"{WED}T10:00", phone="+12045552123"),
    mine(n, "Jack Roy", f"{WED}T10:00", f"{FRI}T10:00", phone="+12045552123"),
    "Winnipeg, Tuesday 19:30 (Wednesday in UTC): tomorrow is Wednesday",
    caller="+12045552123", now=f"{TUE}T19:30", tz="America/Winnipeg")


def main():
    biz = business_by_name({TAX: os.path.join(HERE, TAX)})
    n = write_jsonl(os.path.join(HERE, "changes21_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
