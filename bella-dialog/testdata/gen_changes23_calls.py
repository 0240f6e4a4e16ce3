#!/usr/bin/env python3
"""Writes changes23_calls.jsonl: English calls that CANCEL, MOVE or CHECK an appointment,
round 3 (SPEC §3 and §3.1; the default business unless a line names
`businesses/vet_brandon.toml`).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm23). Families:
- `a`: the appointment named indirectly: "my one next week", "the 10:30", "my usual
  thursday one this week", "the one on the ninth", "my next appointment", "the 2
  o'clock", "the first one", "the one this friday";
- `b`: a move said as a problem: "I can't make Tuesday anymore, could we find another
  day?", "something came up for Friday, can I come in Monday instead?" (a day without a
  time: that day's times offered, SPEC §3), "I'm double booked Wednesday at 11", "my
  car's in the shop", "a conflict with the one on the 4th, the 5th instead, same time";
- `c`: several things in one call: a move then a check of the other one, a check then
  a move, a list then "cancel the second one", a cancel then a check;
- `d`: a cancel said politely or indirectly: "I'll have to give up my spot", "you can
  give my spot to someone else", "I don't need to come in after all", "free up my
  appointment", "bow out of", "call off", "I can't make it, just cancel it I guess";
- `f`: a move to "any time Thursday", "first thing tomorrow", "first thing Friday
  morning" (9 taken), "end of day Friday", "the last spot you have on Monday", "Thursday
  afternoon, whatever you've got", "any day next week after 4", "the earliest you've
  got" (SPEC §3: offers earliest first inside the window; a plain "yes" takes the
  earliest offered);
- `g`: a correction at a move's read-back: "no, make it 2:30", "Friday, not Thursday",
  "an hour earlier", "I meant next Wednesday", a plain "no" then another time (SPEC §3:
  "no" returns to the slot the caller corrects);
- `h`: someone else's appointment: a mother's under her own number (asked, given in
  words), a son's under the number calling, a father's check under his number, a wife's
  move under the number calling;
- `i`: caller id withheld or with nothing on file, the booking's number said in words
  ("oh", "area code ... then", "double oh", "triple five", hesitations);
- `j`: nothing on file under any number, the same number said again: said so without a
  loop, then a booking, a goodbye or a person as the caller asks;
- `k`: a Brandon vet (`businesses/vet_brandon.toml`: 15-minute grid, a 45-minute sick
  visit, an hour's dental only with Dr. Dhaliwal, who lunches 12-1 and is off Mondays;
  Dr. Fehr off Wednesdays): "the one with Dr. Fehr", a dental moved, onto her day off,
  across her lunch, past closing, "first thing Thursday", "my usual with Dr. Dhaliwal",
  "we won't be needing Rusty's checkup", a check, the number asked;
- `v`: variants written after the fixes (new phrasings of what was fixed).
The default-business calls are spread over Toronto, Vancouver, Edmonton, Regina,
Winnipeg, Ottawa, Montreal, Halifax, Moncton, St. John's and Whitehorse.

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed,
the time said; one change in a call that also checks another is that change's outcome.
`say_contains` / `say_not_contains` are the call-file runner's checks, not score.py's.

The reference instant is Tuesday 2027-03-02 10:20 local time in each call's zone
(before daylight time starts on the 14th) unless a case says otherwise.

Blind score (the start binary, main at 25cad95): 46/62 on outcomes (score.py), 44/62 with
the runner's wording checks. Failing: a06 ("push the 2 o'clock back"), b02, b03, b05 (a
time the caller cannot keep, said as a problem, read as a booking), d01-d05 (polite
cancels), f08, h03 and k04 (checks of someone else's appointment), j01 and j02 (the
not-found number said again ended in a transfer), k08 ("we won't be needing Rusty's
checkup"), k09 ("push Coco's dental an hour later"), and c01, c05 on wording only (a
second request after a change). After the fixes: 59/62, and ten variants (`v`, written
after): 69/72. May fail: c01, c05 (the call ends with its change, so a second request is
not heard) and f08 ("my friday appointment to the earliest you've got": Friday's times
are offered, not the earliest from now).

Run: python3 bella-dialog/testdata/gen_changes23_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, Business, business_by_name, expect, local_now,  # noqa: E402
                       persona, staffed, taken, write_jsonl)

KIND = "changes23"
NOW = "2027-03-02T10:20"
TUE = "2027-03-02"
WED, THU, FRI = "2027-03-03", "2027-03-04", "2027-03-05"
MON2, TUE2, WED2, THU2, FRI2 = ("2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11",
                                "2027-03-12")
VET = "businesses/vet_brandon.toml"
# zone key -> (time zone, area code)
ZONES = {
    "tor": ("America/Toronto", "416"), "van": ("America/Vancouver", "604"),
    "edm": ("America/Edmonton", "780"), "reg": ("America/Regina", "306"),
    "wpg": ("America/Winnipeg", "204"), "ott": ("America/Toronto", "613"),
    "mtl": ("America/Toronto", "514"), "hfx": ("America/Halifax", "902"),
    "mct": ("America/Moncton", "506"), "stj": ("America/St_Johns", "709"),
    "whs": ("America/Whitehorse", "867"),
}
DHALIWAL, FEHR = "Dr. Anita Dhaliwal", "Dr. Greg Fehr"

lines = []
_round = ChangeRound(lines, "ch23", KIND, ZONES, NOW, 300, "9100")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept
booked_ = _round.booked


def earliest(z, day, existing, after=None, before=None):
    """The default business's first free start of `day` in the window at NOW in `z`,
    the caller's own appointments not counted (they are what is being moved)."""
    others = [e for e in existing if "name" not in e]
    now = local_now(NOW, ZONES[z][0])
    return Business.default().free_starts(day, now, others, after=after, before=before)[0][0]


# ------------------------------------------------- a: named indirectly
n = 1
add("a01", "tor", n, persona(intent=["hi, I need to cancel my one next week"], confirm=["yes"]),
    cancelled("tor", n, "Rhea Sandhu", f"{TUE2}T14:00", say=["Tuesday, March 9th at 2 p.m."]),
    mine("tor", n, "Rhea Sandhu", f"{THU}T11:00", f"{TUE2}T14:00"),
    "two on file, 'my one next week' is the one in the following calendar week")
n = 2
add("a02", "van", n, persona(intent=["can you move the 10:30 to friday at 2?"], confirm=["yes"]),
    moved("van", n, "Colin Tremblay", f"{FRI}T14:00", say=["Wednesday, March 3rd at 10:30 a.m."]),
    mine("van", n, "Colin Tremblay", f"{WED}T10:30", f"{THU2}T15:00"),
    "'the 10:30' names the appointment by its time; the new time in the same turn")
n = 3
add("a03", "edm", n, persona(intent=["I can't make my usual thursday one this week, can you "
                                     "cancel it?"], confirm=["yes"]),
    cancelled("edm", n, "Agnes Whitford", f"{THU}T09:00",
              not_say=["Thursday, March 11th at 9 a.m. is cancelled"]),
    mine("edm", n, "Agnes Whitford", f"{THU}T09:00", f"{THU2}T09:00"),
    "weekly Thursdays: 'my usual thursday one this week' is this week's")
n = 4
add("a04", "hfx", n, persona(intent=["please cancel the one on the ninth"], confirm=["yes"]),
    cancelled("hfx", n, "Donal MacIsaac", f"{TUE2}T11:30"),
    mine("hfx", n, "Donal MacIsaac", f"{FRI}T10:00", f"{TUE2}T11:30"),
    "the day of the month said in words, 'the ninth'")
n = 5
add("a05", "wpg", n, persona(intent=["when's my next appointment?", "ok thanks"],
                             other=["ok thanks"]),
    kept(say=["Friday, March 5th at 1 p.m."]),
    mine("wpg", n, "Priya Nair", f"{THU2}T10:00", f"{FRI}T13:00"),
    "'my next appointment' is the earliest ahead (beyond SPEC: a check, `no_booking`)")
n = 6
add("a06", "reg", n, persona(intent=["I need to push the 2 o'clock back to 3:30"],
                             confirm=["yes"]),
    moved("reg", n, "Wes Kowalchuk", f"{WED}T15:30", say=["Wednesday, March 3rd at 2 p.m."]),
    mine("reg", n, "Wes Kowalchuk", f"{WED}T14:00", f"{FRI}T11:00"),
    "'the 2 o'clock' of two, moved to 3:30 on its own day")
n = 7
add("a07", "tor", n, persona(intent=["I've got two booked with you, I want to cancel the first "
                                     "one"], confirm=["yes"]),
    cancelled("tor", n, "Mina Haddad", f"{WED}T16:00"),
    mine("tor", n, "Mina Haddad", f"{MON2}T09:30", f"{WED}T16:00"),
    "'the first one' of two is the earlier")
n = 8
add("a08", "mtl", n, persona(intent=["can I move the one this friday to next friday, same "
                                     "time?"], confirm=["yes"]),
    moved("mtl", n, "Sean O'Brien", f"{FRI2}T09:30", say=["Friday, March 5th at 9:30 a.m."]),
    mine("mtl", n, "Sean O'Brien", f"{FRI}T09:30", f"{FRI2}T14:00"),
    "'this friday' is the one moved, 'next friday, same time' where to")

# ------------------------------------------------- b: a move said as a problem
n = 11
add("b01", "tor", n, persona(intent=["hi, I can't make tuesday anymore, could we find another "
                                     "day?"], time=["wednesday the 10th at 1"], confirm=["yes"]),
    moved("tor", n, "Kelly Brandt", f"{WED2}T13:00", say=["Tuesday, March 9th at 1 p.m."]),
    mine("tor", n, "Kelly Brandt", f"{TUE2}T13:00"),
    "said on a Tuesday, 'tuesday' is next week's, the appointment's day; a new time asked")
n = 12
add("b02", "ott", n, persona(intent=["something came up for friday, can I come in monday "
                                     "instead?"], time=["10 works"], confirm=["yes"]),
    moved("ott", n, "Nick Lapointe", f"{MON2}T10:00"),
    mine("ott", n, "Nick Lapointe", f"{FRI}T15:00"),
    "a day without a time: Monday's free times offered (SPEC §3), '10 works' picks")
n = 13
existing = mine("edm", n, "Joan Fischer", f"{THU}T10:00") + taken(FRI, "12:00", "12:30")
add("b03", "edm", n, persona(intent=["I'm not going to be able to make it thursday, work thing. "
                                     "Is there anything friday afternoon?"],
                             time=["yes"], confirm=["yes"]),
    moved("edm", n, "Joan Fischer", earliest("edm", FRI, existing, after="12:00")),
    existing,
    "Friday afternoon, 12 and 12:30 taken: the earliest free offered first, 'yes' takes it")
n = 14
add("b04", "stj", n, persona(intent=["I'm double booked wednesday at 11, can we shift my "
                                     "appointment?"], time=["thursday morning", "9:30"],
                             confirm=["yes"]),
    moved("stj", n, "Maeve Power", f"{THU}T09:30", say=["Wednesday, March 3rd at 11 a.m."]),
    mine("stj", n, "Maeve Power", f"{WED}T11:00"),
    "the appointment named by the conflict; Thursday morning offered, 9:30 picked")
n = 15
add("b05", "mct", n, persona(intent=["my car's in the shop so I won't get there tomorrow, can "
                                     "you put me in later in the week?"],
                             time=["friday at 2:30"], confirm=["yes"]),
    moved("mct", n, "Luc Cormier", f"{FRI}T14:30"),
    mine("mct", n, "Luc Cormier", f"{WED}T14:30"),
    "'tomorrow' names the appointment; a new time asked, Friday 2:30")
n = 16
add("b06", "hfx", n, persona(intent=["hey, I've got a conflict with my appointment on the 4th, "
                                     "any chance of the 5th instead, same time?"],
                             confirm=["yes"]),
    moved("hfx", n, "Fiona Chisholm", f"{FRI}T11:30"),
    mine("hfx", n, "Fiona Chisholm", f"{THU}T11:30"),
    "days of the month: from the 4th to the 5th, same time")

# ------------------------------------------------- c: several things in one call
n = 21
add("c01", "tor", n, persona(intent=["I need to move my wednesday appointment to friday at 10",
                                     "also, when's my other one?"],
                             confirm=["yes"], other=["that's it, thanks"]),
    moved("tor", n, "Yusuf Demir", f"{FRI}T10:00", say=["Thursday, March 11th at 4 p.m."]),
    mine("tor", n, "Yusuf Demir", f"{WED}T13:00", f"{THU2}T16:00"),
    "a move, then a check of the other one (beyond SPEC: the call's one change is its "
    "outcome)")
n = 22
add("c02", "wpg", n, persona(intent=["what time am I booked for on thursday?",
                                     "oh shoot, could we do friday instead, same time?"],
                             confirm=["yes"]),
    moved("wpg", n, "Tanya Olson", f"{FRI}T15:30", say=["Thursday, March 4th at 3:30 p.m."]),
    mine("wpg", n, "Tanya Olson", f"{THU}T15:30"),
    "a check, then 'Friday instead, same time'")
n = 23
add("c03", "van", n, persona(intent=["what appointments do I have?",
                                     "ok, can you cancel the second one"], confirm=["yes"]),
    cancelled("van", n, "Grace Liu", f"{MON2}T10:00"),
    mine("van", n, "Grace Liu", f"{WED}T09:00", f"{MON2}T10:00"),
    "both listed, then 'the second one' of the list cancelled")
n = 24
add("c04", "reg", n, persona(intent=["is my appointment still on for friday?",
                                     "great, actually could you bump it to first thing "
                                     "monday?"], time=["yes"], confirm=["yes"]),
    moved("reg", n, "Derek Senft", f"{MON2}T09:00"),
    mine("reg", n, "Derek Senft", f"{FRI}T14:00"),
    "a check, then 'first thing Monday': 9:00")
n = 25
add("c05", "hfx", n, persona(intent=["can you cancel my monday one",
                                     "and what time's my thursday one again?"],
                             confirm=["yes"], other=["perfect, thanks"]),
    cancelled("hfx", n, "Ruth Doucette", f"{MON2}T11:00", say=["Thursday, March 4th at 10:30 a.m."]),
    mine("hfx", n, "Ruth Doucette", f"{THU}T10:30", f"{MON2}T11:00"),
    "a cancel, then a check of the other one")

# ------------------------------------------------- d: cancels said politely or indirectly
n = 31
add("d01", "tor", n, persona(intent=["I'll have to give up my spot on thursday, sorry"],
                             confirm=["yes"]),
    cancelled("tor", n, "Erin Walsh", f"{THU}T14:00"),
    mine("tor", n, "Erin Walsh", f"{THU}T14:00"),
    "'give up my spot'")
n = 32
add("d02", "edm", n, persona(intent=["I won't be able to come in friday, you can give my spot "
                                     "to someone else"], confirm=["yes"]),
    cancelled("edm", n, "Brent Yaremko", f"{FRI}T09:00"),
    mine("edm", n, "Brent Yaremko", f"{FRI}T09:00"),
    "'give my spot to someone else'")
n = 33
add("d03", "whs", n, persona(intent=["I'm feeling a lot better so I don't need to come in on "
                                     "thursday after all"], confirm=["yes"]),
    cancelled("whs", n, "Carla Smith", f"{THU}T10:00"),
    mine("whs", n, "Carla Smith", f"{THU}T10:00"),
    "Whitehorse; 'I don't need to come in after all' (read back, cancelled on a yes)")
n = 34
add("d04", "mct", n, persona(intent=["I'd like to free up my appointment next week for someone "
                                     "else"], confirm=["yes"]),
    cancelled("mct", n, "Guy LeBlanc", f"{TUE2}T15:00"),
    mine("mct", n, "Guy LeBlanc", f"{TUE2}T15:00"),
    "'free up my appointment'")
n = 35
add("d05", "stj", n, persona(intent=["I'm going to have to bow out of my appointment tomorrow"],
                             confirm=["yes"]),
    cancelled("stj", n, "Siobhan Kelly", f"{WED}T10:00"),
    mine("stj", n, "Siobhan Kelly", f"{WED}T10:00", f"{FRI2}T10:00"),
    "St. John's at 21:40 Tuesday (Wednesday in UTC): 'tomorrow' is Wednesday; 'bow out of'",
    now=f"{TUE}T21:40")
n = 36
add("d06", "mtl", n, persona(intent=["could you go ahead and call off my appointment"],
                             confirm=["yes"]),
    cancelled("mtl", n, "Dana Rosen", f"{FRI}T16:00"),
    mine("mtl", n, "Dana Rosen", f"{FRI}T16:00"),
    "'call off my appointment'")
n = 37
add("d07", "wpg", n, persona(intent=["yeah I can't make it wednesday, just cancel it I guess"],
                             confirm=["yes"]),
    cancelled("wpg", n, "Kyle Penner", f"{WED}T09:30"),
    mine("wpg", n, "Kyle Penner", f"{WED}T09:30"),
    "'can't make it' with 'just cancel it' is a cancel, not a move")

# ------------------------------------------------- f: any time, first thing, end of day
n = 41
existing = mine("tor", n, "Abby Kerr", f"{FRI}T11:00") + taken(THU, "09:00", "09:30")
add("f01", "tor", n, persona(intent=["can you move my appointment to any time thursday"],
                             time=["yes"], confirm=["yes"]),
    moved("tor", n, "Abby Kerr", earliest("tor", THU, existing)), existing,
    "'any time thursday': Thursday's free times earliest first, 'yes' takes the first")
n = 42
add("f02", "van", n, persona(intent=["could you move me to first thing tomorrow?"],
                             time=["yes"], confirm=["yes"]),
    moved("van", n, "Ravi Gill", f"{WED}T09:00"),
    mine("van", n, "Ravi Gill", f"{FRI}T13:00"),
    "'first thing tomorrow': 9:00 Wednesday")
n = 43
existing = mine("edm", n, "Holly Chan", f"{THU}T14:00") + taken(FRI, "09:00")
add("f03", "edm", n, persona(intent=["I want to move my appointment to first thing friday "
                                     "morning if you can"], time=["yes"], confirm=["yes"]),
    moved("edm", n, "Holly Chan", earliest("edm", FRI, existing)), existing,
    "'first thing friday morning', 9:00 taken: the earliest free that morning, 9:30")
n = 44
existing = mine("reg", n, "Aaron Bell", f"{WED}T10:00") + taken(FRI, "16:00")
add("f04", "reg", n, persona(intent=["can I move my appointment to end of day friday"],
                             time=["yes"], confirm=["yes"]),
    moved("reg", n, "Aaron Bell", f"{FRI}T16:30"), existing,
    "'end of day friday', 4 taken: the last start of the day, 4:30")
n = 45
existing = mine("hfx", n, "Tessa Boyd", f"{THU}T13:00") + taken(MON2, "16:30")
add("f05", "hfx", n, persona(intent=["what's the last spot you have on monday? I'd like to move "
                                     "my appointment there"], time=["yes"], confirm=["yes"]),
    moved("hfx", n, "Tessa Boyd", f"{MON2}T16:00"), existing,
    "'the last spot on monday', 4:30 taken: 4:00")
n = 46
existing = mine("wpg", n, "Owen Friesen", f"{WED}T15:00") + taken(THU, "12:00", "12:30")
add("f06", "wpg", n, persona(intent=["I need to move my appointment to thursday afternoon, "
                                     "whatever you've got"], time=["yes"], confirm=["yes"]),
    moved("wpg", n, "Owen Friesen", earliest("wpg", THU, existing, after="12:00")), existing,
    "Thursday afternoon, 12 and 12:30 taken: the earliest free, 'yes' takes it")
n = 47
existing = mine("tor", n, "Liz Morrow", f"{THU}T10:00")
add("f07", "tor", n, persona(intent=["can you move it to any day next week as long as it's "
                                     "after 4"], time=["yes"], confirm=["yes"]),
    moved("tor", n, "Liz Morrow", earliest("tor", MON2, existing, after="16:00")), existing,
    "'any day next week after 4': the earliest such start, Monday 4:00")
n = 48
existing = mine("ott", n, "Ben Achebe", f"{FRI}T15:00") + taken(TUE, "10:30", "11:00", "11:30")
add("f08", "ott", n, persona(intent=["move my friday appointment to the earliest you've got"],
                             time=["yes"], confirm=["yes"]),
    moved("ott", n, "Ben Achebe", earliest("ott", TUE, existing)), existing,
    "'the earliest you've got' from now (SPEC §3): today at noon")

# ------------------------------------------------- g: corrections at a move's read-back
n = 51
add("g01", "tor", n, persona(intent=["move my appointment to thursday at 2"],
                             confirm=["no, make it 2:30", "yes"]),
    moved("tor", n, "Paula Reyes", f"{THU}T14:30"),
    mine("tor", n, "Paula Reyes", f"{WED}T10:00"),
    "'no, make it 2:30' at the read-back keeps Thursday")
n = 52
add("g02", "van", n, persona(intent=["can you move my appointment to thursday at 11"],
                             confirm=["oh no sorry, friday, not thursday", "yes"]),
    moved("van", n, "Ian Fraser", f"{FRI}T11:00"),
    mine("van", n, "Ian Fraser", f"{TUE2}T09:00"),
    "'friday, not thursday' at the read-back keeps 11")
n = 53
add("g03", "mct", n, persona(intent=["move my appointment to monday at 3"],
                             confirm=["hmm, actually an hour earlier would be better", "yes"]),
    moved("mct", n, "Josee Arsenault", f"{MON2}T14:00"),
    mine("mct", n, "Josee Arsenault", f"{THU}T09:00"),
    "'an hour earlier' at the read-back: an hour before the time read back")
n = 54
add("g04", "hfx", n, persona(intent=["please move my tuesday appointment to wednesday at 10"],
                             confirm=["wait, I meant next wednesday", "yes"]),
    moved("hfx", n, "Neil Campbell", f"{WED2}T10:00"),
    mine("hfx", n, "Neil Campbell", f"{TUE2}T10:00"),
    "'wednesday' is tomorrow; 'I meant next wednesday' at the read-back, same time")
n = 55
add("g05", "reg", n, persona(intent=["I'd like to move my appointment"],
                             time=["thursday at 3", "friday at 10"], confirm=["no", "yes"]),
    moved("reg", n, "Olive Hart", f"{FRI}T10:00"),
    mine("reg", n, "Olive Hart", f"{MON2}T09:00"),
    "a plain 'no' at the read-back: the new time asked again (SPEC §3), Friday at 10")

# ------------------------------------------------- h: someone else's appointment
n = 61
add("h01", "tor", n, persona(intent=["I'm calling about my mom's appointment, she can't make "
                                     "thursday, could we move it to friday at 11?"],
                             phone=["her number is four one six, five five five, two three "
                                    "six one"], confirm=["yes"]),
    moved("tor", n, "Helen Park", f"{FRI}T11:00"),
    mine("tor", n, "Helen Park", f"{THU}T13:30"),
    "from the son's number (nothing on file): her number asked, said in words",
    caller=stranger("tor"))
n = 62
add("h02", "edm", n, persona(intent=["my son Jamie has an appointment wednesday and he needs to "
                                     "cancel it, it's under my number"], confirm=["yes"]),
    cancelled("edm", n, "Jamie Olafson", f"{WED}T15:30"),
    mine("edm", n, "Jamie Olafson", f"{WED}T15:30"),
    "the son's name under the number calling: found by caller id (SPEC §3)")
n = 63
add("h03", "wpg", n, persona(intent=["I'm checking on my dad's appointment, it would be under "
                                     "his home number", "ok, thank you"],
                             phone=["two oh four, five five five, two three six three"],
                             other=["ok, thank you"]),
    kept(say=["Thursday, March 11th at 11 a.m."]),
    mine("wpg", n, "Walter Kim", f"{THU2}T11:00"),
    "a check under the father's number, given when asked", caller=stranger("wpg"))
n = 64
add("h04", "hfx", n, persona(intent=["my wife asked me to move her appointment to next tuesday "
                                     "at 2"], confirm=["yes"]),
    moved("hfx", n, "Anne Sampson", f"{TUE2}T14:00"),
    mine("hfx", n, "Anne Sampson", f"{THU}T09:00"),
    "the wife's appointment under the number calling")

# ------------------------------------------------- i: the number said in words
n = 71
add("i01", "ott", n, persona(intent=["hi, I need to cancel my appointment"],
                             phone=["six one three, five five five, oh three seven one"],
                             confirm=["yes"]),
    cancelled("ott", n, "Gord Mitchell", f"{THU}T15:00", phone="+16135550371"),
    mine("ott", n, "Gord Mitchell", f"{THU}T15:00", phone="+16135550371"),
    "caller id withheld: the number asked, 'oh' for zero", caller=None)
n = 72
add("i02", "edm", n, persona(intent=["I have to move my appointment"],
                             phone=["area code seven eight oh, then five five five, twenty three "
                                    "seventy two"], time=["thursday at 1"], confirm=["yes"]),
    moved("edm", n, "Lara Hnatiuk", f"{THU}T13:00"),
    mine("edm", n, "Lara Hnatiuk", f"{WED}T11:00"),
    "withheld; 'area code ... then', pairs", caller=None)
n = 73
add("i03", "reg", n, persona(intent=["can you tell me when my appointment is", "thanks"],
                             phone=["three oh six, five five five, two three double oh"],
                             other=["thanks"]),
    kept(say=["Friday, March 5th at 2:30 p.m."]),
    mine("reg", n, "Milo Schmidt", f"{FRI}T14:30", phone="+13065552300"),
    "nothing under the number calling; the booking's ends in 'double oh'",
    caller=stranger("reg"))
n = 74
add("i04", "hfx", n, persona(intent=["I need to cancel my appointment for monday"],
                             phone=["uh, nine oh two... five five five... two three seven four"],
                             confirm=["yes"]),
    cancelled("hfx", n, "Cathy Dunphy", f"{MON2}T13:30"),
    mine("hfx", n, "Cathy Dunphy", f"{MON2}T13:30"),
    "withheld; the number with hesitations", caller=None)
n = 75
add("i05", "tor", n, persona(intent=["I'd like to change my appointment time"],
                             phone=["my cell is six four seven, five five five, two three, "
                                    "seven five"], time=["next wednesday at 11"],
                             confirm=["yes"]),
    moved("tor", n, "Vik Sharma", f"{WED2}T11:00", phone="+16475552375"),
    mine("tor", n, "Vik Sharma", f"{FRI}T12:00", phone="+16475552375"),
    "withheld; 'my cell is ...' in groups", caller=None)
n = 76
add("i06", "stj", n, persona(intent=["I wants to cancel my appointment, my dear"],
                             phone=["seven oh nine, triple five, two three seven six"],
                             confirm=["yes"]),
    cancelled("stj", n, "Bride Walsh", f"{THU}T16:30"),
    mine("stj", n, "Bride Walsh", f"{THU}T16:30"),
    "St. John's; nothing under the number calling; 'triple five'", caller=stranger("stj"))

# ------------------------------------------------- j: nothing on file, the number again
n = 81
add("j01", "tor", n, persona(intent=["I need to cancel my appointment"],
                             phone=["416 555 2381"], confirm=["no thanks"],
                             other=["no, that's ok, bye"]),
    kept(),
    [],
    "nothing under any number, the same number said again: told so, not transferred; "
    "the caller wants nothing else", caller=stranger("tor"))
n = 82
add("j02", "van", n, persona(intent=["can you check my appointment time?"],
                             phone=["six oh four, five five five, two three eight two",
                                    "it's definitely six oh four, five five five, two three "
                                    "eight two"],
                             confirm=["yes please"], time=["friday at 10"],
                             name=["Lena Ortiz"], other=["ok, can I book friday at 10 then?"]),
    booked_("van", n, "Lena Ortiz", f"{FRI}T10:00"),
    [],
    "nothing on file, the number said twice: told so; the caller books under it",
    caller=stranger("van"))
n = 83
add("j03", "wpg", n, persona(intent=["I want to move my appointment"],
                             phone=["204 555 2383"],
                             confirm=["no, can I talk to someone please"],
                             other=["can I talk to someone please"]),
    expect("transferred"),
    [],
    "nothing on file; the caller asks for a person (SPEC §3)", caller=stranger("wpg"))

# ------------------------------------------------- k: a Brandon vet (SPEC §3.1)


def vet(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "wpg", 90 + n, persona_, expected, existing, note, caller=caller, business=VET)


def pet(n, name, start, service, minutes, resource, phone=None):
    return staffed(start, minutes, resource, service, name, phone or num("wpg", 90 + n))


def vmoved(n, name, start, service, minutes, resource, say=()):
    return moved("wpg", 90 + n, name, start, say=say, service=service, resource=resource,
                 minutes=minutes)


def vcancelled(n, name, start, service, minutes, resource, say=(), phone=None):
    return cancelled("wpg", 90 + n, name, start, say=say, phone=phone, service=service,
                     resource=resource, minutes=minutes)


n = 1
vet("k01", n, persona(intent=["I need to cancel the appointment with Dr. Fehr"],
                      confirm=["yes"]),
    vcancelled(n, "Shelby Enns", f"{THU}T10:00", "Wellness exam", 30, FEHR),
    [pet(n, "Shelby Enns", f"{THU}T10:00", "Wellness exam", 30, FEHR),
     pet(n, "Shelby Enns", f"{FRI}T14:00", "Sick visit", 45, DHALIWAL)],
    "two on file, the one meant named by its vet")
n = 2
vet("k02", n, persona(intent=["can you move my dog's dental to thursday at 10"],
                      confirm=["yes"]),
    vmoved(n, "Mark Unger", f"{THU}T10:00", "Dental cleaning", 60, DHALIWAL),
    [pet(n, "Mark Unger", f"{WED}T09:00", "Dental cleaning", 60, DHALIWAL)],
    "an hour's dental moved, Dr. Dhaliwal free")
n = 3
vet("k03", n, persona(intent=["can we move Bella's dental cleaning to monday morning?"],
                      time=["tuesday at 9 then"], confirm=["yes"]),
    vmoved(n, "Kim Thiessen", f"{TUE2}T09:00", "Dental cleaning", 60, DHALIWAL),
    [pet(n, "Kim Thiessen", f"{THU}T13:00", "Dental cleaning", 60, DHALIWAL)],
    "Monday is Dr. Dhaliwal's day off, the only one who does dentals: nothing Monday; "
    "the caller takes Tuesday at 9")
n = 4
vet("k04", n, persona(intent=["when is Max's next checkup?", "ok great, thanks"],
                      other=["ok great, thanks"]),
    kept(say=["Friday, March 5th at 3:30 p.m."]),
    [pet(n, "Jen Wiebe", f"{FRI}T15:30", "Wellness exam", 30, FEHR)],
    "a check by the pet's name and the service's phrase")
n = 5
vet("k05", n, persona(intent=["hi, it's about my usual with Dr. Dhaliwal, can we move it to "
                              "next thursday, same time?"], confirm=["yes"]),
    vmoved(n, "Ross Klassen", f"{THU2}T11:00", "Wellness exam", 30, DHALIWAL),
    [pet(n, "Ross Klassen", f"{THU}T11:00", "Wellness exam", 30, DHALIWAL)],
    "'my usual with Dr. Dhaliwal': a week later, same time, with her")
n = 6
vet("k06", n, persona(intent=["my cat's been throwing up, she's booked in wednesday, can you "
                              "move her to friday at 5:30"], time=["5 o'clock then"],
                      confirm=["yes"]),
    vmoved(n, "Dawn Reimer", f"{FRI}T17:00", "Sick visit", 45, DHALIWAL),
    [pet(n, "Dawn Reimer", f"{WED}T10:00", "Sick visit", 45, DHALIWAL)],
    "a 45-minute visit at 5:30 would run past 6: refused, 5 o'clock taken")
n = 7
vet("k07", n, persona(intent=["could you move our checkup to first thing thursday?"],
                      time=["yes"], confirm=["yes"]),
    vmoved(n, "Tyler Dyck", f"{THU}T08:00", "Wellness exam", 30, DHALIWAL),
    [pet(n, "Tyler Dyck", f"{FRI}T11:00", "Wellness exam", 30, DHALIWAL)],
    "'first thing thursday' at a clinic opening at 8")
n = 8
vet("k08", n, persona(intent=["we lost our dog last week, so we won't be needing Rusty's "
                              "checkup"], confirm=["yes"]),
    vcancelled(n, "Marla Hiebert", f"{TUE2}T09:30", "Wellness exam", 30, FEHR),
    [pet(n, "Marla Hiebert", f"{TUE2}T09:30", "Wellness exam", 30, FEHR)],
    "'we won't be needing ... checkup' is a cancel")
n = 9
vet("k09", n, persona(intent=["can you push Coco's dental an hour later"],
                      time=["1 o'clock then"], confirm=["yes"]),
    vmoved(n, "Gail Loewen", f"{THU}T13:00", "Dental cleaning", 60, DHALIWAL),
    [pet(n, "Gail Loewen", f"{THU}T10:30", "Dental cleaning", 60, DHALIWAL)],
    "an hour later would cross Dr. Dhaliwal's lunch: refused, 1 o'clock the same day")
n = 10
vet("k10", n, persona(intent=["I need to cancel my cat's nail trim"],
                      phone=["four three one, five five five, two three nine oh"],
                      confirm=["yes"]),
    vcancelled(n, "Ella Braun", f"{FRI}T09:15", "Nail trim", 15, FEHR, phone="+14315552390"),
    [pet(n, "Ella Braun", f"{FRI}T09:15", "Nail trim", 15, FEHR, phone="+14315552390")],
    "nothing under the number calling: the booking's asked, said in words",
    caller=stranger("wpg"))


# ------------------------------------------------- v: variants written after the fixes
n = 1
add("v01", "edm", 100 + n, persona(intent=["I'm gonna have to give up my appointment friday, "
                                           "something at work"], confirm=["yes"]),
    cancelled("edm", 100 + n, "Rob Stelmach", f"{FRI}T10:30"),
    mine("edm", 100 + n, "Rob Stelmach", f"{FRI}T10:30"),
    "after the fixes: 'give up my appointment'")
n = 2
add("v02", "tor", 100 + n, persona(intent=["please give my slot to someone who needs it, I "
                                           "won't make it wednesday"], confirm=["yes"]),
    cancelled("tor", 100 + n, "Amy Cho", f"{WED}T14:00"),
    mine("tor", 100 + n, "Amy Cho", f"{WED}T14:00"),
    "after the fixes: 'give my slot to someone', with 'won't make it' (a cancel, not a move)")
n = 3
add("v03", "hfx", 100 + n, persona(intent=["we don't have to come in on monday after all, he's "
                                           "all better"], confirm=["yes"]),
    cancelled("hfx", 100 + n, "Lisa Gillis", f"{MON2}T09:00"),
    mine("hfx", 100 + n, "Lisa Gillis", f"{MON2}T09:00"),
    "after the fixes: 'we don't have to come in after all'")
n = 4
add("v04", "van", 100 + n, persona(intent=["something's come up on thursday, could we do next "
                                           "tuesday at 10 instead?"], confirm=["yes"]),
    moved("van", 100 + n, "Jas Dhillon", f"{TUE2}T10:00"),
    mine("van", 100 + n, "Jas Dhillon", f"{THU}T15:00"),
    "after the fixes: 'something's come up' with the new time")
n = 5
add("v05", "reg", 100 + n, persona(intent=["I'm not able to make my appointment wednesday, do "
                                           "you have anything thursday morning"],
                                   time=["yes"], confirm=["yes"]),
    moved("reg", 100 + n, "Cody Wall", f"{THU}T09:00"),
    mine("reg", 100 + n, "Cody Wall", f"{WED}T13:00"),
    "after the fixes: 'not able to make', Thursday morning's first")
n = 7
add("v07", "wpg", 100 + n, persona(intent=["I'm checking on my wife's appointment", "ok, thanks"],
                                   other=["ok, thanks"]),
    kept(say=["Friday, March 5th at 9:30 a.m."]),
    mine("wpg", 100 + n, "Rita Janzen", f"{FRI}T09:30"),
    "after the fixes: 'checking on my wife's appointment', under the number calling")
n = 8
add("v08", "ott", 100 + n, persona(intent=["I want to move my appointment"],
                                   phone=["613 555 2408"], confirm=["no, that's fine, thanks"],
                                   other=["no, that's fine, thanks"]),
    kept(not_say=["trouble understanding"]),
    [],
    "after the fixes: nothing on file, the same number said again: told so, no transfer",
    caller=stranger("ott"))
n = 9
add("v09", "mct", 100 + n, persona(intent=["can you cancel my appointment"],
                                   phone=["five oh six, five five five, two four oh nine"],
                                   confirm=["yes"], name=["Marc Goguen"],
                                   time=["thursday at 3"]),
    booked_("mct", 100 + n, "Marc Goguen", f"{THU}T15:00"),
    [],
    "after the fixes: nothing on file, the number again; a new booking taken instead",
    caller=stranger("mct"))
n = 11
vet("v10", n, persona(intent=["can you bump Oscar's checkup forward to wednesday at 2"],
                      confirm=["yes"]),
    vmoved(n, "Dale Penner", f"{WED}T14:00", "Wellness exam", 30, DHALIWAL),
    [pet(n, "Dale Penner", f"{THU}T15:00", "Wellness exam", 30, DHALIWAL)],
    "after the fixes: 'bump X's checkup forward' at the vet")
n = 12
vet("v11", n, persona(intent=["what time's Luna's dental?", "perfect, thank you"],
                      other=["perfect, thank you"]),
    kept(say=["Thursday, March 4th at 9 a.m."]),
    [pet(n, "Nora Funk", f"{THU}T09:00", "Dental cleaning", 60, DHALIWAL)],
    "after the fixes: 'what time's Luna's dental?' is a check")


def main():
    biz = business_by_name({VET: os.path.join(HERE, VET)})
    n = write_jsonl(os.path.join(HERE, "changes23_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
