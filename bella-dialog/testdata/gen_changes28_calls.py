#!/usr/bin/env python3
"""Writes changes28_calls.jsonl: English calls that CANCEL, MOVE or CHECK appointments,
round 8 (SPEC §3 and §3.1). Three businesses: the default one (a line without
`business`), a St. John's dental office (`businesses/dental.toml`) and an Iqaluit physio
and massage clinic (`businesses/physio_iqaluit.toml`), neither used by a change round
before.

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm28). Every caller says goodbye when asked whether there is anything else.
Families:
- `r`: relative moves: "push it back an hour", "a day later", "same day but earlier",
  "bump it to the afternoon", "the week after", "can I come in sooner?", "half an hour
  earlier", "a couple of hours later", two hours later past closing;
- `p`: another phone or another person's number: a work phone and the number said in
  pieces, the number corrected in one turn, a wife's booking under her cell, a
  daughter's under the caller's number, the own number said in the opening from a
  sister's phone, a husband's under his number found after the caller's own is read,
  a number first said short;
- `k`: two or three on one number: by day, "the later one", by service, by person, "the
  one on the 20th" when none is on the 20th (corrected; given up), all three read, "the
  tuesday one", by service among two services, "the earlier one";
- `m`: changes of mind: "cancel... actually no, keep it, what time was it?", "move it.
  hmm, no, cancel it", "never mind" at the read-back, "just cancel it instead" while times
  are offered, "don't cancel, move it" at a cancel's read-back, "leave it as is";
- `q`: checks: "am I booked for next week?", "what time was it again?", "is it still
  on?", "anything with Dr. Patel?", nothing at all, next week asked, the week after
  booked, the massage's person;
- `w`: moves into a window, to a full day, to a holiday (Victoria Day, in `closed`), to
  Saturday, into the past, before opening, an evening window, to the hygienist's day off;
- `o`: odd input: silence at the opening, "[inaudible]" at the read-back and at the
  number, "let me think" while times are offered, "what was that?", the request said
  twice, "[inaudible]" at the opening;
- `b`: the dental office and the physio clinic: half an hour later, a cancel, "sooner"
  for a filling, a day later with the same person;
- `v`: variants written after the fixes.
The default-business calls are spread over Toronto, Winnipeg, Edmonton, Vancouver,
Halifax, Regina, Atikokan and Creston.

The reference instant is Wednesday 2027-05-12 10:20 local time in each call's zone.
Monday the 24th is Victoria Day: in `closed` where a line says so (the TOMLs do not
close it).

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed; a
move keeps its own person unless another is asked for; "can I come in sooner" asks for
the earliest free times from now. `say_contains` / `say_not_contains` are the call-file
runner's checks, not score.py's.

Blind score (main at 5f210c4, the start binary): 53/58 on outcomes (score.py), 53/58 with
the runner's wording checks. After the fixes 58/58; nine variants (`v`, written after
the fixes, new phrasings of the failures) 1/9 with the start binary, 9/9 after.

Run: python3 bella-dialog/testdata/gen_changes28_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, ChangeRound, busy, business_by_name, entry,  # noqa: E402
                      local_now, persona, staffed, taken, whole_day, write_jsonl)

KIND = "changes28"
NOW = "2027-05-12T10:20"
TODAY, THU0, FRI0, SAT0 = "2027-05-12", "2027-05-13", "2027-05-14", "2027-05-15"
MON1, TUE1, WED1, THU1, FRI1 = "2027-05-17", "2027-05-18", "2027-05-19", "2027-05-20", "2027-05-21"
VICTORIA, TUE2, WED2, THU2, FRI2 = ("2027-05-24", "2027-05-25", "2027-05-26", "2027-05-27",
                                    "2027-05-28")
DENTAL = "businesses/dental.toml"
PHYSIO = "businesses/physio_iqaluit.toml"
# zone key -> (time zone, area code)
ZONES = {
    "tor": ("America/Toronto", "416"), "wpg": ("America/Winnipeg", "204"),
    "edm": ("America/Edmonton", "780"), "van": ("America/Vancouver", "604"),
    "hal": ("America/Halifax", "902"), "reg": ("America/Regina", "306"),
    "atk": ("America/Atikokan", "807"), "cre": ("America/Creston", "250"),
    "sj": ("America/St_Johns", "709"), "iq": ("America/Iqaluit", "867"),
}
PATEL, WALSH = "Dr. Meera Patel", "Siobhan Walsh"
KILABUK, TREMBLAY, ARNAQUQ = "Naomi Kilabuk", "Ben Tremblay", "Leah Arnaquq"

lines = []
_round = ChangeRound(lines, "ch28", KIND, ZONES, NOW, 800, "9800")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept
BYE = "no, that's all, thank you"


def said(z, n):
    """Caller `n`'s number as said: '<area> 555 28nn'."""
    return num(z, n)[2:5] + " 555 " + num(z, n)[-4:]


def p(*intent, bye=BYE, **kw):
    """A persona whose opening is `intent` and who says `bye` when asked for more."""
    return persona(intent=list(intent) + [bye], other=kw.pop("other", [bye]), **kw)


def dental(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "sj", n, persona_, expected, existing, note, caller=caller, business=DENTAL)


def physio(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "iq", n, persona_, expected, existing, note, caller=caller, business=PHYSIO)


def booking(z, n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num(z, n))


def earliest(z, existing, service=None, resource=None, toml=None, closed=()):
    """The oracle's first free start from the round's instant in zone `z`."""
    now = local_now(NOW, ZONES[z][0])
    biz = (Business.from_toml(os.path.join(HERE, toml), closed) if toml
           else Business.default(closed))
    return biz.earliest(now, existing, service, resource)[0]


# ------------------------------------------------- r: relative moves
n = 1
add("r01", "tor", n, p("hey, can you push my appointment back an hour?", confirm=["yes"]),
    moved("tor", n, "Nadia Haddad", f"{THU0}T15:00"),
    mine("tor", n, "Nadia Haddad", f"{THU0}T14:00"),
    "'push it back an hour': 2 to 3 the same day")
n = 2
add("r02", "wpg", n, p("I need my appointment a day later please", confirm=["yes please"]),
    moved("wpg", n, "Curtis Sinclair", f"{WED1}T11:00"),
    mine("wpg", n, "Curtis Sinclair", f"{TUE1}T11:00"),
    "'a day later': Tuesday the 18th to Wednesday the 19th, same time")
n = 3
add("r03", "edm", n, p("I'm booked on the 19th at 3, same day but earlier if you have it",
                       time=["9:30 is good"], confirm=["yes"]),
    moved("edm", n, "Brenda Olsen", f"{WED1}T09:30"),
    mine("edm", n, "Brenda Olsen", f"{WED1}T15:00") + taken(WED1, "09:00"),
    "'same day but earlier': the 19th's earlier free times; '9:30' keeps the 19th")
n = 4
add("r04", "van", n, p("could you bump my appointment on friday to the afternoon?",
                       time=["2:30 please"], confirm=["yes"]),
    moved("van", n, "Harjit Gill", f"{FRI0}T14:30"),
    mine("van", n, "Harjit Gill", f"{FRI0}T09:30"),
    "'bump it to the afternoon': Friday's afternoon times; '2:30' keeps Friday")
n = 5
add("r05", "hal", n, p("something came up, can we do the week after? same day and time",
                       confirm=["yes"]),
    moved("hal", n, "Owen MacDonald", f"{THU2}T10:00"),
    mine("hal", n, "Owen MacDonald", f"{THU1}T10:00"),
    "'the week after, same day and time': the 20th to the 27th at 10")
n = 6
_ex = (mine("reg", n, "Leona Bear", f"{FRI2}T13:00") + busy(TODAY, "10:30", "16:30")
       + taken(THU0, "09:00"))
add("r06", "reg", n, p("my appointment isn't till the 28th, can I come in sooner?",
                       time=["yes"], confirm=["yes"]),
    moved("reg", n, "Leona Bear", earliest("reg", _ex[1:])),
    _ex,
    "'can I come in sooner' read as the earliest free times from now (assumed): today "
    "full, Thursday 9 taken: 9:30 on 'yes'")
n = 7
add("r07", "hal", n, p("would it be possible to move my appointment half an hour earlier?",
                       confirm=["yes"]),
    moved("hal", n, "Gail Boutilier", f"{MON1}T09:30"),
    mine("hal", n, "Gail Boutilier", f"{MON1}T10:00"),
    "'half an hour earlier': 10 to 9:30")
n = 8
add("r08", "cre", n, p("can you push my appointment back a couple of hours?",
                       confirm=["yes"]),
    moved("cre", n, "Dale Ruttan", f"{TUE1}T15:00"),
    mine("cre", n, "Dale Ruttan", f"{TUE1}T13:00"),
    "'a couple of hours' later: 1 to 3; Creston (UTC-7 all year)")
n = 9
add("r09", "atk", n, p("could you push my appointment back two hours?",
                       time=["monday at 9:30 then"], confirm=["yes"]),
    moved("atk", n, "Ray Kejick", f"{MON1}T09:30"),
    mine("atk", n, "Ray Kejick", f"{FRI0}T15:30"),
    "two hours after 3:30 is 5:30, after closing: said, other times offered; 'Monday at "
    "9:30 then'; Atikokan (EST all year)")


# ------------------------------------------------- p: another phone, another person
n = 11
add("p01", "tor", n, p("hi, I'm calling from my work phone, I need to cancel my appointment",
                       phone=["four one six... five five five... two eight one one"],
                       confirm=["yes"]),
    cancelled("tor", n, "Priya Raman", f"{FRI0}T11:30"),
    mine("tor", n, "Priya Raman", f"{FRI0}T11:30"),
    "nothing under the work phone: the number asked, said in words with pauses, found",
    caller=stranger("tor"))
n = 12
add("p02", "wpg", n, p("I want to move my appointment to tuesday at 10",
                       phone=["204 555 2899, no sorry, 2812"], confirm=["yes"]),
    moved("wpg", n, "Glen Fontaine", f"{TUE1}T10:00"),
    mine("wpg", n, "Glen Fontaine", f"{THU0}T13:00")
    + [entry(f"{FRI0}T10:00", "Rosa Kirby", "+12045552899")],
    "the number corrected in one turn: the last one (2812) is hers; someone else's "
    "booking sits under the first (2899)", caller=stranger("wpg"))
n = 13
add("p03", "edm", n, p("my wife booked an appointment under her cell and she can't make it, "
                       "can you cancel it?", phone=[f"her number is {said('edm', 14)}"],
                       confirm=["yes"]),
    cancelled("edm", 14, "Lorraine Tkachuk", f"{THU0}T15:30"),
    mine("edm", 14, "Lorraine Tkachuk", f"{THU0}T15:30"),
    "nothing under the husband's number: the booking's number asked, the wife's found",
    caller=num("edm", 13))
n = 15
add("p04", "van", n, p("is my daughter still booked in for friday?", bye="great, thanks"),
    kept(say=["Friday, May 14th at 3 p.m."]),
    mine("van", n, "Ava Sandhu", f"{FRI0}T15:00"),
    "a check of a daughter's booking under the parent's number")
n = 16
add("p05", "hal", n, p(f"I'm on my sister's phone, my own number is {said('hal', n)}, can you "
                       "move my appointment to monday at 2?", phone=[said("hal", n)],
                       confirm=["yes"]),
    moved("hal", n, "Tessa Wentzell", f"{MON1}T14:00"),
    mine("hal", n, "Tessa Wentzell", f"{FRI0}T09:00"),
    "the booking's number said in the opening, nothing under the sister's phone",
    caller=stranger("hal"))
n = 17
add("p06", "reg", n, p("I need to cancel my husband's appointment, he booked it with his own "
                       "phone", phone=[said("reg", 18)],
                       confirm=[f"no, not mine, his, it's under his number {said('reg', 18)}",
                                "yes"]),
    cancelled("reg", 18, "Wade Delorme", f"{TUE1}T16:00"),
    mine("reg", n, "Janice Delorme", f"{MON1}T09:00")
    + mine("reg", 18, "Wade Delorme", f"{TUE1}T16:00"),
    "the caller's own booking is found first under her number; refused at the read-back "
    "with the husband's number: his is cancelled, hers kept (assumed: a number at the "
    "read-back looks up that number)")
n = 19
add("p07", "atk", n, p("I'd like to check what time my appointment is",
                       phone=["it's 807 555", f"sorry, {said('atk', n)}"],
                       bye="ok, thanks"),
    kept(say=["Thursday, May 20th at 11 a.m."]),
    mine("atk", n, "Marie Bird", f"{THU1}T11:00"),
    "nothing under the number calling; the number first said short (7 digits, unusable), "
    "then whole", caller=stranger("atk"))


# ------------------------------------------------- k: two or three on one number
n = 21
add("k01", "tor", n, p("cancel the one on monday please", confirm=["yes"]),
    cancelled("tor", n, "Samuel Okafor", f"{MON1}T14:00"),
    mine("tor", n, "Samuel Okafor", f"{THU0}T11:00", f"{MON1}T14:00", f"{THU1}T09:30"),
    "three on file, picked by day: Monday the 17th")
n = 22
add("k02", "wpg", n, p("I've got two booked, can you move the later one to friday the 28th "
                       "at 10?", confirm=["yes"]),
    moved("wpg", n, "Lori Chartrand", f"{FRI2}T10:00"),
    mine("wpg", n, "Lori Chartrand", f"{TUE1}T09:00", f"{WED2}T15:00"),
    "'the later one' (the 26th) to Friday the 28th at 10")
n = 23
dental("k03", n, p("I won't make it to my cleaning, could you take it off please? the "
                   "checkup's fine", confirm=["yes"]),
       cancelled("sj", n, "Megan Power", f"{TUE1}T10:00", service="Cleaning",
                 resource=WALSH, minutes=60),
       [booking("sj", n, "Megan Power", f"{TUE1}T09:00", "Checkup", 30, PATEL),
        booking("sj", n, "Megan Power", f"{TUE1}T10:00", "Cleaning", 60, WALSH)],
       "two on file, picked by service: the cleaning cancelled, the checkup kept")
n = 24
physio("k04", n, p("can you move my appointment with leah to thursday at 3?",
                   confirm=["yes"]),
       moved("iq", n, "Jeannie Ashoona", f"{THU0}T15:00", service="Massage therapy",
             resource=ARNAQUQ, minutes=60),
       [booking("iq", n, "Jeannie Ashoona", f"{TUE1}T10:00", "Physio treatment", 30, KILABUK),
        booking("iq", n, "Jeannie Ashoona", f"{TUE1}T13:00", "Massage therapy", 60, ARNAQUQ)],
       "two on file, picked by person: Leah's massage to tomorrow (Thursday) at 3")
n = 25
add("k05", "edm", n, p("I need to cancel the one on the 20th",
                       confirm=["oh sorry, I meant the one on the 21st", "yes"],
                       time=["oh sorry, I meant the one on the 21st"],
                       other=["oh sorry, I meant the one on the 21st", BYE]),
    cancelled("edm", n, "Kyle Hrycak", f"{FRI1}T14:00"),
    mine("edm", n, "Kyle Hrycak", f"{WED1}T10:00", f"{FRI1}T14:00"),
    "none on the 20th: said so (the caller's are the 19th and 21st); 'I meant the 21st' "
    "picks the 21st's")
n = 26
add("k06", "van", n, p("can you move the one on the 20th to the 27th at 11?",
                       confirm=["oh, I'd better check my calendar and call back"],
                       time=["oh, I'd better check my calendar and call back"],
                       other=["oh, I'd better check my calendar and call back"]),
    kept(),
    mine("van", n, "Diane Yip", f"{TUE1}T09:00", f"{TUE2}T09:00"),
    "none on the 20th (the 18th and 25th are): the caller will call back, nothing changed")
n = 27
add("k07", "hal", n, p("what have I got booked with you?", bye="perfect, thanks"),
    kept(say=["Thursday, May 13th at 10 a.m.", "Tuesday, May 18th at 2:30 p.m.",
              "Friday, May 28th at 11 a.m."]),
    mine("hal", n, "Ian Fraser", f"{THU0}T10:00", f"{TUE1}T14:30", f"{FRI2}T11:00"),
    "a check of three: all three read")
n = 28
add("k08", "reg", n, p("please move the tuesday one to wednesday, same time", confirm=["yes"]),
    moved("reg", n, "Shane Pelletier", f"{WED1}T10:00"),
    mine("reg", n, "Shane Pelletier", f"{TUE1}T10:00", f"{THU1}T16:00"),
    "two on file, 'the tuesday one' (the 18th) to Wednesday the 19th at 10")
n = 29
physio("k09", n, p("please push my acupuncture on friday back half an hour", confirm=["yes"]),
       moved("iq", n, "Peter Kilabuk", f"{FRI0}T10:30", service="Acupuncture",
             resource=KILABUK, minutes=45),
       [booking("iq", n, "Peter Kilabuk", f"{FRI0}T10:00", "Acupuncture", 45, KILABUK),
        booking("iq", n, "Peter Kilabuk", f"{FRI0}T14:00", "Massage therapy", 60, ARNAQUQ)],
       "two the same day, by service: the acupuncture 10 to 10:30 with Naomi")
n = 30
add("k10", "tor", n, p("I have two coming up, cancel the earlier one", confirm=["yes"]),
    cancelled("tor", n, "Helen Cho", f"{MON1}T11:00"),
    mine("tor", n, "Helen Cho", f"{TUE1}T15:00", f"{MON1}T11:00"),
    "'the earlier one' of two (listed out of order): Monday the 17th")


# ------------------------------------------------- m: changes of mind
n = 31
add("m01", "wpg", n, p("I was going to cancel my appointment, actually no, I'll keep it. "
                       "what time was it again?", bye="ok great, thanks"),
    kept(say=["Friday, May 14th at 1:30 p.m."]),
    mine("wpg", n, "Ruth Spence", f"{FRI0}T13:30"),
    "the cancel taken back in the same turn; the question answered, nothing changed")
n = 32
add("m02", "edm", n, p("I need to move my appointment. hmm, no, just cancel it",
                       confirm=["yes"]),
    cancelled("edm", n, "Trevor Lindgren", f"{THU1}T14:00"),
    mine("edm", n, "Trevor Lindgren", f"{THU1}T14:00"),
    "'move it. hmm, no, just cancel it': the later request, a cancel")
n = 33
add("m03", "van", n, p("please cancel my appointment for monday", confirm=["oh, never mind"]),
    kept(),
    mine("van", n, "Grace Lam", f"{MON1}T10:30"),
    "'never mind' at the read-back: the call ends, nothing changed")
n = 34
add("m04", "hal", n, p("can I move my appointment to tuesday?",
                       time=["actually, just cancel it instead"], confirm=["yes"]),
    cancelled("hal", n, "Colin Rafuse", f"{THU0}T11:00"),
    mine("hal", n, "Colin Rafuse", f"{THU0}T11:00"),
    "'just cancel it instead' while Tuesday's times are offered: a cancel read back, yes")
n = 35
add("m05", "reg", n, p("cancel my appointment please",
                       confirm=["no wait, don't cancel, move it to thursday the 20th at 1 "
                                "instead", "yes"]),
    moved("reg", n, "Carla Ironstar", f"{THU1}T13:00"),
    mine("reg", n, "Carla Ironstar", f"{FRI0}T10:00"),
    "at the cancel's read-back, 'don't cancel, move it to the 20th at 1': moved")
n = 36
add("m06", "atk", n, p("I'd like to move my appointment to friday at 11",
                       confirm=["hmm, no, leave it as is"]),
    kept(),
    mine("atk", n, "Lyle Morrisseau", f"{TUE1}T14:00"),
    "'no, leave it as is' at the move's read-back: nothing changed")


# ------------------------------------------------- q: checks
n = 41
add("q01", "tor", n, p("am I booked for next week?", bye="ok, thanks"),
    kept(say=["Wednesday, May 19th at 1:30 p.m."]),
    mine("tor", n, "Alan Reid", f"{WED1}T13:30"),
    "a check: next week, one on Wednesday the 19th")
n = 42
add("q02", "wpg", n, p("what time was my appointment again?", bye="thanks"),
    kept(say=["4 p.m."]),
    mine("wpg", n, "Joy Monias", f"{THU0}T16:00"),
    "a check: what time")
n = 43
add("q03", "edm", n, p("is my appointment tomorrow still on?", bye="good, thanks"),
    kept(say=["9 a.m."]),
    mine("edm", n, "Faye Nordstrom", f"{THU0}T09:00"),
    "a check: 'is it still on' for tomorrow: yes, at 9")
n = 44
dental("q04", n, p("do I have anything with dr. patel?", bye="ok, thank you"),
       kept(say=["Tuesday, May 18th at 1 p.m."]),
       [booking("sj", n, "Kevin Hynes", f"{TUE1}T13:00", "Filling", 90, PATEL)],
       "a check by person: the filling with Dr. Patel")
n = 45
add("q05", "van", n, p("am I still booked in for friday?", phone=[said("van", n)],
                       bye="oh, ok, I'll call back, bye"),
    kept(),
    [],
    "nothing under the number calling nor the number given: said so, nothing changed",
    caller=stranger("van"))
n = 46
add("q06", "hal", n, p("am I booked for next week at all?", bye="right, ok, thanks"),
    kept(say=["Tuesday, May 25th at 10 a.m."]),
    mine("hal", n, "Dawn Levy", f"{TUE2}T10:00"),
    "a check of next week when the appointment is the week after: that one is read "
    "(assumed: the one on file is said even when it is not in the week asked)")
n = 47
physio("q07", n, p("is my massage on friday with leah or with someone else?",
                   bye="ok, thanks"),
       kept(say=["Arnaquq"]),
       [booking("iq", n, "Sarah Qaunaq", f"{FRI0}T11:00", "Massage therapy", 60, ARNAQUQ)],
       "a check of the person: Leah Arnaquq")


# ------------------------------------------------- w: windows, full and closed days, past
n = 51
add("w01", "reg", n, p("could I move my appointment to monday sometime after 2?",
                       time=["yes"], confirm=["yes"]),
    moved("reg", n, "Brent Favel", f"{MON1}T14:30"),
    mine("reg", n, "Brent Favel", f"{THU0}T10:00") + taken(MON1, "14:00"),
    "Monday after 2, 2 taken: 2:30 first, 'yes' takes it")
n = 52
add("w02", "tor", n, p("can I change my appointment to thursday the 20th at 10?",
                       time=["friday the 21st at 10 then"], confirm=["yes"]),
    moved("tor", n, "Irene Kowalski", f"{FRI1}T10:00"),
    mine("tor", n, "Irene Kowalski", f"{TUE1}T11:00") + whole_day(THU1),
    "the 20th is full: said, other times offered; 'Friday the 21st at 10 then'")
n = 53
add("w03", "wpg", n, p("move my appointment to monday the 24th at 11 please",
                       time=["tuesday the 25th at 11 then"], confirm=["yes"]),
    moved("wpg", n, "Stan Beardy", f"{TUE2}T11:00", say=["closed"]),
    mine("wpg", n, "Stan Beardy", f"{FRI0}T14:00"),
    "Victoria Day (closed here): said closed; 'Tuesday the 25th at 11 then'",
    closed=[VICTORIA])
n = 54
add("w04", "edm", n, p("can I move my appointment to this saturday?", time=["10 a.m."],
                       confirm=["yes"]),
    moved("edm", n, "Erin Voth", f"{MON1}T10:00", say=["closed"]),
    mine("edm", n, "Erin Voth", f"{THU1}T11:00"),
    "Saturday closed: said so, Monday the 17th's times offered; a bare '10 a.m.' keeps "
    "Monday")
n = 55
add("w05", "van", n, p("can I move my appointment to 9 this morning?",
                       time=["11:30 today then"], confirm=["yes"]),
    moved("van", n, "Mei Chen", f"{TODAY}T11:30"),
    mine("van", n, "Mei Chen", f"{FRI0}T15:30"),
    "9 this morning is past (it is 10:20): said, other times offered; '11:30 today then'")
n = 56
add("w06", "hal", n, p("can I move my appointment to 8 a.m. tomorrow?", time=["9 then"],
                       confirm=["yes"]),
    moved("hal", n, "Jack Pothier", f"{THU0}T09:00"),
    mine("hal", n, "Jack Pothier", f"{TUE1}T16:00"),
    "8 a.m. is before opening: said, tomorrow's times offered; '9 then' keeps tomorrow")
n = 57
physio("w07", n, p("could my massage move to tuesday evening, after 5?", time=["yes"],
                   confirm=["yes"]),
       moved("iq", n, "Lucy Akavak", f"{TUE1}T17:00", service="Massage therapy",
             resource=ARNAQUQ, minutes=60),
       [booking("iq", n, "Lucy Akavak", f"{THU0}T10:00", "Massage therapy", 60, ARNAQUQ)],
       "Tuesday after 5 (open to 7): 5 first with Leah, 'yes' takes it")
n = 58
dental("w08", n, p("can my cleaning be moved to monday the 17th at 10?",
                   time=["tuesday at 10 then"], confirm=["yes"]),
       moved("sj", n, "Noreen Kielly", f"{TUE1}T10:00", service="Cleaning", resource=WALSH,
             minutes=60),
       [booking("sj", n, "Noreen Kielly", f"{THU0}T14:00", "Cleaning", 60, WALSH)],
       "the hygienist is off on Mondays: nothing free for a cleaning; 'Tuesday at 10 then'")


# ------------------------------------------------- o: odd input
n = 61
add("o01", "cre", n, p("", "hi, sorry, I need to cancel my appointment", confirm=["yes"]),
    cancelled("cre", n, "Doug Finlay", f"{THU0}T13:30"),
    mine("cre", n, "Doug Finlay", f"{THU0}T13:30"),
    "silence at the opening, then the request")
n = 62
add("o02", "tor", n, p("move my appointment to wednesday the 19th at 2",
                       confirm=["[inaudible]", "yes"]),
    moved("tor", n, "Omar Siddiqui", f"{WED1}T14:00"),
    mine("tor", n, "Omar Siddiqui", f"{FRI0}T10:00"),
    "'[inaudible]' at the read-back: asked again, then yes")
n = 63
add("o03", "wpg", n, p("I need to cancel my appointment",
                       phone=["[inaudible]", said("wpg", n)], confirm=["yes"]),
    cancelled("wpg", n, "Heather Keeper", f"{TUE1}T13:00"),
    mine("wpg", n, "Heather Keeper", f"{TUE1}T13:00"),
    "'[inaudible]' when the number is asked, then the number", caller=stranger("wpg"))
n = 64
add("o04", "edm", n, p("can I move my appointment to friday?",
                       time=["hmm, let me think", "make it 1:30"], confirm=["yes"]),
    moved("edm", n, "Wes Kowalchuk", f"{FRI0}T13:30"),
    mine("edm", n, "Wes Kowalchuk", f"{TUE1}T09:00"),
    "'let me think' while Friday's times are offered, then '1:30'")
n = 65
add("o05", "van", n, p("I'm calling to cancel my appointment",
                       confirm=["sorry, what was that?", "yes"]),
    cancelled("van", n, "Rita Dhaliwal", f"{WED1}T16:30"),
    mine("van", n, "Rita Dhaliwal", f"{WED1}T16:30"),
    "'what was that?' at the read-back: repeated, then yes")
n = 66
add("o06", "hal", n, p("I want to move my appointment to tuesday at 11, tuesday at 11",
                       confirm=["yes yes"]),
    moved("hal", n, "Neil Ellis", f"{TUE1}T11:00"),
    mine("hal", n, "Neil Ellis", f"{THU0}T14:30"),
    "the request said twice in one turn; 'yes yes'")
n = 67
add("o07", "reg", n, p("[inaudible]", "what time is my appointment?", bye="thanks, bye"),
    kept(say=["Monday, May 17th at 3:30 p.m."]),
    mine("reg", n, "Patsy Bird", f"{MON1}T15:30"),
    "'[inaudible]' at the opening, then a check")


# ------------------------------------------------- b: the dental office and the physio clinic
n = 71
dental("b01", n, p("please push my checkup back half an hour", confirm=["yes"]),
       moved("sj", n, "Liam Walsh", f"{WED1}T09:30", service="Checkup", resource=PATEL,
             minutes=30),
       [booking("sj", n, "Liam Walsh", f"{WED1}T09:00", "Checkup", 30, PATEL)],
       "'half an hour' later with the same dentist")
n = 72
physio("b02", n, p("I need to cancel my acupuncture tomorrow", confirm=["yes"]),
       cancelled("iq", n, "Elisapee Nowra", f"{THU0}T13:00", service="Acupuncture",
                 resource=KILABUK, minutes=45),
       [booking("iq", n, "Elisapee Nowra", f"{THU0}T13:00", "Acupuncture", 45, KILABUK)],
       "a cancel by service and day")
n = 73
_ex = [booking("sj", n, "Bridget Ryan", f"{THU2}T13:00", "Filling", 90, PATEL),
       staffed(f"{TODAY}T08:30", 480, PATEL, "Filling")]
dental("b03", n, p("can I come in sooner for my filling?", time=["yes"], confirm=["yes"]),
       moved("sj", n, "Bridget Ryan", earliest("sj", _ex[1:], "Filling", PATEL, DENTAL),
             service="Filling", resource=PATEL, minutes=90),
       _ex,
       "'sooner' for a filling: the earliest free with Dr. Patel from now (today full): "
       "tomorrow 8:30 on 'yes'")
n = 74
physio("b04", n, p("can my physio with naomi on monday be a day later?", confirm=["yes"]),
       moved("iq", n, "Joe Arreak", f"{TUE1}T11:00", service="Physio treatment",
             resource=KILABUK, minutes=30),
       [booking("iq", n, "Joe Arreak", f"{MON1}T11:00", "Physio treatment", 30, KILABUK)],
       "'a day later' with the same physiotherapist")


# ------------------------------------------------- v: variants written after the fixes
n = 81
add("v01", "tor", n, p("are we still on for monday at 10?", bye="good, thanks"),
    kept(say=["Monday, May 17th at 10 a.m."]),
    mine("tor", n, "Gary Whitehead", f"{MON1}T10:00"),
    "after the fixes: 'are we still on for' asks after a booking")
n = 82
add("v02", "wpg", n, p("is my husband still scheduled for thursday?", bye="ok, thank you"),
    kept(say=["Thursday, May 20th at 2 p.m."]),
    mine("wpg", n, "Dennis Flett", f"{THU1}T14:00"),
    "after the fixes: 'still scheduled for' of a husband's booking")
n = 83
add("v03", "edm", n, p("I can't come to my appointment on tuesday, please take me off",
                       confirm=["yes"]),
    cancelled("edm", n, "Holly Jansen", f"{TUE1}T11:30"),
    mine("edm", n, "Holly Jansen", f"{TUE1}T11:30"),
    "after the fixes: 'take me off' is a cancel, not a move")
n = 84
dental("v04", n, p("could you take my checkup off the list? I'll rebook in the fall",
                   confirm=["yes"]),
       cancelled("sj", n, "Ron Tobin", f"{WED1}T11:00", service="Checkup", resource=WALSH,
                 minutes=30),
       [booking("sj", n, "Ron Tobin", f"{WED1}T11:00", "Checkup", 30, WALSH)],
       "after the fixes: 'take my checkup off'")
n = 85
_ex = [booking("iq", n, "Annie Pitsiulak", f"{FRI1}T14:00", "Acupuncture", 45, KILABUK),
       staffed(f"{TODAY}T09:00", 480, KILABUK, "Acupuncture")]
physio("v05", n, p("any chance I could get my acupuncture sooner?", time=["yes"],
                   confirm=["yes"]),
       moved("iq", n, "Annie Pitsiulak", earliest("iq", _ex[1:], "Acupuncture", KILABUK,
                                                  PHYSIO),
             service="Acupuncture", resource=KILABUK, minutes=45),
       _ex,
       "after the fixes: 'my acupuncture sooner' is a move (today full with Naomi)")
n = 86
dental("v06", n, p("is my cleaning still on tuesday?", bye="great, thanks"),
       kept(say=["Tuesday, May 18th at 9 a.m."]),
       [booking("sj", n, "Paula Squires", f"{TUE1}T09:00", "Cleaning", 60, WALSH)],
       "after the fixes: 'is my cleaning ...' is a check")
n = 87
physio("v07", n, p("what time is my daughter's massage on friday?", bye="ok, thanks"),
       kept(say=["Friday, May 14th at 3 p.m."]),
       [booking("iq", n, "Kayla Ipeelee", f"{FRI0}T15:00", "Massage therapy", 60, ARNAQUQ)],
       "after the fixes: a daughter's service asked after")
n = 88
add("v08", "van", n, p("I need to move my son's appointment to friday at 2",
                       phone=[said("van", 89)],
                       confirm=[f"no, that one's mine, his is under his own number "
                                f"{said('van', 89)}", "yes"]),
    moved("van", 89, "Ethan Wong", f"{FRI0}T14:00"),
    mine("van", n, "Lisa Wong", f"{THU1}T09:30")
    + mine("van", 89, "Ethan Wong", f"{WED1}T10:00"),
    "after the fixes: the caller's own read back at a move; the son's number said with "
    "the no: his moved")
n = 90
add("v09", "hal", n, p("cancel my appointment please",
                       confirm=["no, that's my wife's, mine's under nine oh two five five "
                                "five two eight nine one", "yes"]),
    cancelled("hal", 91, "Peter Murphy", f"{MON1}T15:00"),
    mine("hal", n, "Anne Murphy", f"{THU0}T09:30")
    + mine("hal", 91, "Peter Murphy", f"{MON1}T15:00"),
    "after the fixes: at the cancel read-back, his own number in words")


def main():
    biz = business_by_name({DENTAL: os.path.join(HERE, DENTAL),
                            PHYSIO: os.path.join(HERE, PHYSIO)})
    n = write_jsonl(os.path.join(HERE, "changes28_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
