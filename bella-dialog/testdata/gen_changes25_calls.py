#!/usr/bin/env python3
"""Writes changes25_calls.jsonl: English calls that CANCEL, MOVE or CHECK an appointment,
round 5 (SPEC §3 and §3.1). Four businesses: the default one (a line without `business`),
the Saskatoon dental office (`businesses/dental_saskatoon.toml`), the Yellowknife tire
shop (`businesses/tire_yellowknife.toml`) and the St. John's salon
(`businesses/salon_st_johns.toml`), none of them used by round 24.

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm25). Families:
- `s`: spouses and parents calling for each other ("I'm calling for my husband", "I think
  it's under my husband's number", "my wife asked me to check");
- `d`: a caller who does not know the date of the appointment;
- `n`: "the same time but next month, June 8th", "a couple of weeks out", "the
  following week, same day same time";
- `m`: everyday moves, cancels and checks on the default business: two changes in one
  call, a change then a question, "first thing Monday", "an hour earlier, same day",
  "same time but Wednesday", "any day next week after 4", a change of mind at the
  read-back, a work phone, running late today, "this week or next?", a child's
  appointment, Victoria Day in `closed`, "the one on the 20th", a cancel turned move;
- `x`: the Saskatoon dentist: to another hygienist, to whenever Dr. Sharma is in, her day
  off, a check, a cancel, a move with a question;
- `t`: the Yellowknife tire shop: Saturday morning (one bay), a wife's booking cancelled,
  two changes, a check, the crew's lunch;
- `h`: the St. John's salon (November): a renovation week, Wednesday evening, a check, a
  cancel.
The default-business calls are spread over Toronto, Vancouver, Edmonton, Regina,
Winnipeg, Halifax, St. John's, Whitehorse, Ottawa, Kelowna, Thunder Bay, Fredericton and
Iqaluit.

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed; a
call with two changes is labelled with its last change; one change in a call that also
asks something else is that change's outcome. `say_contains` / `say_not_contains` are the
call-file runner's checks, not score.py's.

The reference instant is Thursday 2027-05-13 09:40 local time in each call's zone (the
salon's calls: Tuesday 2027-11-09 10:15); Monday the 24th is Victoria Day.

Blind score (main at a72a59d, /tmp/bella-r1): 24/41 on outcomes (score.py), 23/41 with
the runner's wording checks. m03 and h02 were then relabelled (their personas had no
answer to the offers; a move keeps its own person). After the fixes 37/41; ten variants
(`v`, written after the fixes) 3/10 with the start binary, 10/10 after. May fail: m01,
t03 (two changes in one call), m11 (a son's appointment), m12 ("Tuesday then" while the
25th is offered), x06 (the question with the move).

Run: python3 bella-dialog/testdata/gen_changes25_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, business_by_name,   # noqa: E402
                      persona, staffed, write_jsonl)

KIND = "changes25"
NOW = "2027-05-13T09:40"
THU, FRI = "2027-05-13", "2027-05-14"
MON, TUE, WED, THU2, FRI2 = ("2027-05-17", "2027-05-18", "2027-05-19", "2027-05-20",
                             "2027-05-21")
VICTORIA, TUE3, MON4 = "2027-05-24", "2027-05-25", "2027-05-31"
DENTAL = "businesses/dental_saskatoon.toml"
TIRE = "businesses/tire_yellowknife.toml"
SALON = "businesses/salon_st_johns.toml"
SALON_NOW = "2027-11-09T10:15"
# zone key -> (time zone, area code)
ZONES = {
    "tor": ("America/Toronto", "416"), "van": ("America/Vancouver", "604"),
    "edm": ("America/Edmonton", "780"), "reg": ("America/Regina", "306"),
    "wpg": ("America/Winnipeg", "204"), "ott": ("America/Toronto", "613"),
    "hfx": ("America/Halifax", "902"), "fre": ("America/Moncton", "506"),
    "stj": ("America/St_Johns", "709"), "whs": ("America/Whitehorse", "867"),
    "kel": ("America/Vancouver", "250"), "tby": ("America/Toronto", "807"),
    "iqa": ("America/Iqaluit", "867"), "sk": ("America/Regina", "306"),
    "yk": ("America/Yellowknife", "867"), "nl": ("America/St_Johns", "709"),
}
SHARMA, KOWALCHUK, REMPEL = "Dr. Anika Sharma", "Megan Kowalchuk", "Jordan Rempel"
BAY1, BAY2, ALIGN = "Bay 1", "Bay 2", "Alignment bay"
WALSH, POWER, MURPHY = "Siobhan Walsh", "Kayla Power", "Declan Murphy"

lines = []
_round = ChangeRound(lines, "ch25", KIND, ZONES, NOW, 500, "9300")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept


# ------------------------------------------------- s: spouses and parents
n = 1
add("s01", "tor", n, persona(intent=["hi, I'm calling for my husband, he's got an appointment on "
                                     "tuesday and something came up at work so he needs to "
                                     "cancel it"],
                             phone=["try his cell, four one six, five five five, two five zero "
                                    "one"], confirm=["yes"]),
    cancelled("tor", n, "Mike Tremblay", f"{TUE}T11:00"),
    mine("tor", n, "Mike Tremblay", f"{TUE}T11:00"),
    "nothing under the wife's phone: the number asked, the husband's cell finds it",
    caller=stranger("tor"))
n = 2
add("s02", "van", n, persona(intent=["I need to move my appointment to friday at 2, I think it's "
                                     "under my husband's number"],
                             phone=["six oh four, five five five, two five zero two"],
                             confirm=["yes"]),
    moved("van", n, "Linda Chow", f"{FRI}T14:00"),
    mine("van", n, "Linda Chow", f"{WED}T10:00"),
    "'I think it's under my husband's number': nothing under the caller's, his number asked",
    caller=stranger("van"))
n = 3
add("s03", "edm", n, persona(intent=["my husband Dave is booked in tomorrow and he can't make "
                                     "it, can we move him to monday morning?"],
                             time=["9 is good"], confirm=["yes"]),
    moved("edm", n, "Dave Kowalski", f"{MON}T09:00"),
    mine("edm", n, "Dave Kowalski", f"{FRI}T10:30"),
    "the husband's booking under the wife's number (the one calling); Monday morning, 9")
n = 4
add("s04", "wpg", n, persona(intent=["hi, I need to cancel, something came up"],
                             confirm=["yes"]),
    cancelled("wpg", n, "Trina Klassen", f"{WED}T15:00"),
    mine("wpg", n, "Trina Klassen", f"{WED}T15:00"),
    "'I need to cancel, something came up': the one on file")
n = 5
add("s05", "hfx", n, persona(intent=["yeah hi, I'm calling to cancel for my wife Janet, she's "
                                     "come down with something"], confirm=["yes"]),
    cancelled("hfx", n, "Janet MacLeod", f"{FRI}T09:30"),
    mine("hfx", n, "Janet MacLeod", f"{FRI}T09:30"),
    "cancelling for the wife, her booking under the number calling")
n = 6
add("s06", "kel", n, persona(intent=["my wife asked me to call and check what time her "
                                     "appointment is next week, it'd be under her number"],
                             phone=["two five oh, five five five, two five zero six"],
                             other=["ok, I'll let her know, thanks"]),
    kept(say=["Wednesday, May 19th at 2:30 p.m."]),
    mine("kel", n, "Karen Olsen", f"{WED}T14:30"),
    "a check for the wife, under her number (said when asked)", caller=stranger("kel"))

# ------------------------------------------------- d: the date not known
n = 11
add("d01", "reg", n, persona(intent=["I've got an appointment sometime next week but I can't "
                                     "remember the day, can you just cancel it?"],
                             confirm=["yes"]),
    cancelled("reg", n, "Brent Yaremko", f"{WED}T11:00"),
    mine("reg", n, "Brent Yaremko", f"{WED}T11:00"),
    "the day not known: the one on file read back and cancelled")
n = 12
add("d02", "whs", n, persona(intent=["I booked something a while back and honestly I don't "
                                     "remember when it is, could you check for me?",
                                     "perfect, thank you"], other=["perfect, thank you"]),
    kept(say=["Tuesday, May 18th at 3:30 p.m."]),
    mine("whs", n, "Erin Sidney", f"{TUE}T15:30"),
    "a check by a caller who forgot the day")
n = 13
add("d03", "stj", n, persona(intent=["I don't have the date in front of me but I need to move my "
                                     "appointment to next thursday at 10"], confirm=["yes"]),
    moved("stj", n, "Paddy Walsh", f"{THU2}T10:00"),
    mine("stj", n, "Paddy Walsh", f"{MON}T13:00"),
    "the old date not known, the new one said")

# ------------------------------------------------- n: next month, a couple of weeks
n = 21
add("n01", "tor", n, persona(intent=["can I do the same time but next month instead? june 8th "
                                     "would be good"], confirm=["yes"]),
    moved("tor", n, "Sophie Nguyen", "2027-06-08T10:30"),
    mine("tor", n, "Sophie Nguyen", f"{TUE}T10:30"),
    "'the same time but next month, June 8th'")
n = 22
add("n02", "ott", n, persona(intent=["could you push my appointment out a couple of weeks, same "
                                     "time?"], confirm=["yes"]),
    moved("ott", n, "Denis Charron", f"{MON4}T14:00"),
    mine("ott", n, "Denis Charron", f"{MON}T14:00"),
    "'a couple of weeks out, same time': two weeks later")
n = 23
add("n03", "van", n, persona(intent=["something came up, can we do the following week instead, "
                                     "same day same time?"], confirm=["yes"]),
    moved("van", n, "Jas Dhillon", f"{FRI2}T11:00"),
    mine("van", n, "Jas Dhillon", f"{FRI}T11:00"),
    "'the following week, same day same time'")

# ------------------------------------------------- m: the default business
n = 31
add("m01", "tby", n, persona(intent=["I need to cancel my friday appointment and move the "
                                     "tuesday one to wednesday at 2"], confirm=["yes"],
                             other=["no, that's everything"]),
    moved("tby", n, "Gary Lindqvist", f"{WED}T14:00"),
    mine("tby", n, "Gary Lindqvist", f"{FRI}T09:00", f"{TUE}T14:00"),
    "two changes in one call: labelled with the last (the move; beyond SPEC)")
n = 32
add("m02", "fre", n, persona(intent=["can you move my appointment tomorrow to next tuesday at 3"],
                             confirm=["yes"], other=["oh, and are you open on saturdays?"]),
    moved("fre", n, "Natalie Cormier", f"{TUE}T15:00"),
    mine("fre", n, "Natalie Cormier", f"{FRI}T10:00"),
    "a move then a question: the move is the outcome")
n = 33
add("m03", "iqa", n, persona(intent=["can you move me to first thing monday?"], time=["yes"],
                             confirm=["yes"]),
    moved("iqa", n, "Leah Akulukjuk", f"{MON}T09:00"),
    mine("iqa", n, "Leah Akulukjuk", f"{WED}T13:30"),
    "'first thing Monday': Monday's first times offered, 'yes' takes 9 (as ch23-f02; the "
    "persona had no answer to the offers: relabelled after the blind run)")
n = 34
add("m04", "edm", n, persona(intent=["hi, I'm booked friday at 2, could I come in an hour "
                                     "earlier, same day?"], confirm=["yes"]),
    moved("edm", n, "Curtis Wong", f"{FRI}T13:00"),
    mine("edm", n, "Curtis Wong", f"{FRI}T14:00"),
    "'an hour earlier, same day'")
n = 35
add("m05", "wpg", n, persona(intent=["can I keep the same time but make it wednesday instead?"],
                             confirm=["yes"]),
    moved("wpg", n, "Heidi Penner", f"{WED}T11:30"),
    mine("wpg", n, "Heidi Penner", f"{TUE}T11:30"),
    "'the same time but Wednesday'")
n = 36
add("m06", "tor", n, persona(intent=["I need to move my appointment tomorrow, can you do any day "
                                     "next week after 4? I work till 3:30"],
                             time=["yes"], confirm=["yes"]),
    moved("tor", n, "Omar Haddad", f"{MON}T16:00"),
    mine("tor", n, "Omar Haddad", f"{FRI}T10:00"),
    "a window 'any day next week after 4': the earliest, Monday at 4, on 'yes'")
n = 37
add("m07", "hfx", n, persona(intent=["I need to cancel my appointment on friday"],
                             confirm=["hmm, actually no, leave it, I'll keep it"],
                             other=["no, that's it, thanks"]),
    kept(),
    mine("hfx", n, "Rhonda Boutilier", f"{FRI}T15:30"),
    "a change of mind at the read-back: nothing changed")
n = 38
add("m08", "edm", n, persona(intent=["I'm on my work phone, can you move my appointment to "
                                     "tuesday at 9? it's under my cell, 1 780 555 2538"],
                             confirm=["yes"]),
    moved("edm", n, "Tyler Hrynchuk", f"{TUE}T09:00"),
    mine("edm", n, "Tyler Hrynchuk", f"{WED}T16:00"),
    "the booking's number said with the 1 in front, in the opening", caller=stranger("edm"))
n = 39
add("m09", "van", n, persona(intent=["I'm running behind today, is there any way you can push me "
                                     "to 2?"], confirm=["yes"]),
    moved("van", n, "Megan Tsang", f"{THU}T14:00"),
    mine("van", n, "Megan Tsang", f"{THU}T13:00"),
    "running late today: 1 pm moved to 2 the same day")
n = 40
add("m10", "reg", n, persona(intent=["can you tell me if I'm booked for this week or next?",
                                     "ok great, thanks"], other=["ok great, thanks"]),
    kept(say=["Monday, May 17th at 9:30 a.m."]),
    mine("reg", n, "Wade Sorensen", f"{MON}T09:30"),
    "'this week or next?': a check")
n = 41
add("m11", "wpg", n, persona(intent=["my son Liam has an appointment friday but he's got a field "
                                     "trip, can we do monday after school, like 3:30?"],
                             confirm=["yes"]),
    moved("wpg", n, "Liam Peters", f"{MON}T15:30"),
    mine("wpg", n, "Liam Peters", f"{FRI}T10:00"),
    "a child's appointment under the parent's number")
n = 42
add("m12", "ott", n, persona(intent=["can you move my friday appointment to the monday after?"],
                             time=["tuesday then, same time"], confirm=["yes"]),
    moved("ott", n, "Carole Gauthier", f"{TUE3}T10:00"),
    mine("ott", n, "Carole Gauthier", f"{FRI2}T10:00"),
    "the Monday after is Victoria Day (in `closed`): said so; Tuesday, same time",
    closed=[VICTORIA])
n = 43
add("m13", "whs", n, persona(intent=["I need to cancel the one on the 20th"], confirm=["yes"]),
    cancelled("whs", n, "Doug Fraser", f"{THU2}T16:00"),
    mine("whs", n, "Doug Fraser", f"{MON}T09:00", f"{THU2}T16:00"),
    "two on file, the date names which")
n = 44
add("m14", "kel", n, persona(intent=["I need to cancel my appointment tomorrow, something came "
                                     "up... actually, could I just do the same time next week "
                                     "instead?"], confirm=["yes"]),
    moved("kel", n, "Brandon Reimer", f"{FRI2}T15:00"),
    mine("kel", n, "Brandon Reimer", f"{FRI}T15:00"),
    "a cancel turned into a move in the same breath")


# ------------------------------------------------- x: the Saskatoon dentist
def dental(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "sk", 60 + n, persona_, expected, existing, note, caller=caller, business=DENTAL)


def patient(n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num("sk", 60 + n))


def xmoved(n, name, start, service, minutes, resource, say=()):
    return moved("sk", 60 + n, name, start, say=say, service=service, resource=resource,
                 minutes=minutes)


n = 1
dental("x01", n, persona(intent=["hi, could I switch my cleaning over to Megan? wednesday at 1 "
                                 "if she has it"], confirm=["yes"]),
       xmoved(n, "Kelsey Bzdel", f"{WED}T13:00", "Cleaning", 60, KOWALCHUK),
       [patient(n, "Kelsey Bzdel", f"{TUE}T13:00", "Cleaning", 60, REMPEL)],
       "a cleaning moved from Jordan Rempel to Megan Kowalchuk, Wednesday at 1")
n = 2
dental("x02", n, persona(intent=["can you move my checkup to next tuesday evening when Dr. "
                                 "Sharma's in, like 6?"], confirm=["yes"]),
       xmoved(n, "Arjun Mehta", f"{TUE}T18:00", "Dental exam", 20, SHARMA),
       [patient(n, "Arjun Mehta", f"{FRI}T09:00", "Dental exam", 20, SHARMA)],
       "'whenever Dr. Sharma's in': her Tuesday evening, 6")
n = 3
dental("x03", n, persona(intent=["I need to move my filling to next thursday"],
                         time=["ok, friday the 21st at 9 then"], confirm=["yes"]),
       xmoved(n, "Corinne Labelle", f"{FRI2}T09:00", "Filling", 50, SHARMA),
       [patient(n, "Corinne Labelle", f"{MON}T10:00", "Filling", 50, SHARMA)],
       "Thursday is Dr. Sharma's day off (the only one who does fillings): said so; Friday "
       "the 21st at 9")
n = 4
dental("x04", n, persona(intent=["my daughter has a kids cleaning coming up, what day was that "
                                 "again?", "ok thanks"], other=["ok thanks"]),
       kept(say=["Thursday, May 20th at 3:20 p.m."]),
       [patient(n, "Ava Shewchuk", f"{THU2}T15:20", "Kids' cleaning", 40, KOWALCHUK)],
       "a check of the daughter's cleaning")
n = 5
dental("x05", n, persona(intent=["hi, I have to cancel my whitening, I'm going to be out of "
                                 "town"], confirm=["yes"]),
       cancelled("sk", 60 + n, "Tanya Wiebe", f"{WED}T13:00", service="Whitening",
                 resource=SHARMA, minutes=90),
       [patient(n, "Tanya Wiebe", f"{WED}T13:00", "Whitening", 90, SHARMA)],
       "a cancel with a reason")
n = 6
dental("x06", n, persona(intent=["can you move my checkup from monday to wednesday at 10? oh and "
                                 "do you direct bill blue cross?"], confirm=["yes"],
                         other=["no, that's all"]),
       xmoved(n, "Lyle Friesen", f"{WED}T10:00", "Dental exam", 20, SHARMA,
              say=["direct bill"]),
       [patient(n, "Lyle Friesen", f"{MON}T08:30", "Dental exam", 20, SHARMA)],
       "a move and a question in one breath: the move is the outcome, the question answered "
       "(the FAQ's insurance line)")


# ------------------------------------------------- t: the Yellowknife tire shop
def tire(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "yk", 70 + n, persona_, expected, existing, note, caller=caller, business=TIRE)


def car(n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num("yk", 70 + n))


n = 1
tire("t01", n, persona(intent=["I need to push my tire swap to saturday morning"],
                       time=["8 works"], confirm=["yes"]),
     moved("yk", 70 + n, "Jordan Lafferty", f"2027-05-15T08:00", service="Tire changeover",
           resource=BAY1, minutes=45),
     [car(n, "Jordan Lafferty", f"{FRI}T10:00", "Tire changeover", 45, BAY1)],
     "Saturday morning: Bay 2 is shut on Saturdays, Bay 1 at 8")
n = 2
tire("t02", n, persona(intent=["my wife booked an alignment for the truck, we need to cancel "
                               "it, we sold the truck"], confirm=["yes"]),
     cancelled("yk", 70 + n, "Sarah Beaulieu", f"{MON}T09:00", service="Wheel alignment",
               resource=ALIGN, minutes=60),
     [car(n, "Sarah Beaulieu", f"{MON}T09:00", "Wheel alignment", 60, ALIGN)],
     "the wife's booking under the number calling, cancelled by the husband")
n = 3
tire("t03", n, persona(intent=["I've got two bookings with you, can you cancel the rotation, and "
                               "the changeover can go to friday at 1"], confirm=["yes"],
                       other=["no, that's it"]),
     moved("yk", 70 + n, "Kyle Drygeese", f"{FRI}T13:00", service="Tire changeover",
           minutes=45),
     [car(n, "Kyle Drygeese", f"{MON}T08:00", "Tire rotation", 30, BAY1),
      car(n, "Kyle Drygeese", f"{TUE}T13:00", "Tire changeover", 45, BAY2)],
     "two changes in one call: labelled with the last (the move; beyond SPEC)")
n = 4
tire("t04", n, persona(intent=["hi, what time did you guys have me down for on monday?",
                               "ok, see you then"], other=["ok, see you then"]),
     kept(say=["Monday, May 17th at 2:30 p.m."]),
     [car(n, "Dale Mercredi", f"{MON}T14:30", "Flat repair", 30, BAY2)],
     "a check")
n = 5
tire("t05", n, persona(intent=["can you move my rotation to tomorrow at noon"],
                       time=["12:30 then"], confirm=["yes"]),
     moved("yk", 70 + n, "Paul Catholique", f"{FRI}T12:30", service="Tire rotation",
           minutes=30),
     [car(n, "Paul Catholique", f"{THU2}T09:00", "Tire rotation", 30, BAY1)],
     "noon is the crew's lunch (closed 12-12:30): said so; 12:30")


# ------------------------------------------------- h: the St. John's salon (November)
def salon(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "nl", 80 + n, persona_, expected, existing, note, caller=caller, now=SALON_NOW,
        business=SALON)


def client(n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num("nl", 80 + n))


n = 1
salon("h01", n, persona(intent=["can my balayage on friday be the same time next week?"],
                        time=["what about friday the 26th, same time"], confirm=["yes"]),
      moved("nl", 80 + n, "Maeve Hickey", "2027-11-26T09:30", service="Balayage",
            resource=WALSH, minutes=180),
      [client(n, "Maeve Hickey", "2027-11-12T09:30", "Balayage", 180, WALSH)],
      "the week after is the renovation week (closed 15-20): said so; Friday the 26th")
n = 2
salon("h02", n, persona(intent=["can I move my haircut to wednesday evening, say 6?"],
                        time=["ok, 4 o'clock today works"], confirm=["yes"]),
      moved("nl", 80 + n, "Colin Squires", "2027-11-09T16:00", service="Haircut",
            resource=MURPHY, minutes=45),
      [client(n, "Colin Squires", "2027-11-12T10:00", "Haircut", 45, MURPHY)],
      "Wednesday at 6: a move keeps its own person (services.rs) and Declan is off "
      "Wednesdays: said so, his nearest times offered; 4 today (relabelled after the "
      "blind run: the label gave it to another stylist and the persona had no answer)")
n = 3
salon("h03", n, persona(intent=["I've got a colour booked in a couple of weeks, can you tell me "
                                "the day?", "lovely, thanks"], other=["lovely, thanks"]),
      kept(say=["Tuesday, November 23rd at 1 p.m."]),
      [client(n, "Jenna Butt", "2027-11-23T13:00", "Full colour", 120, POWER)],
      "a check")
n = 4
salon("h04", n, persona(intent=["I need to cancel my blowout saturday, something came up"],
                        confirm=["yes"]),
      cancelled("nl", 80 + n, "Krista Noseworthy", "2027-11-13T11:00", service="Blowout",
                resource=WALSH, minutes=30),
      [client(n, "Krista Noseworthy", "2027-11-13T11:00", "Blowout", 30, WALSH)],
      "a cancel, 'something came up'")


# ------------------------------------------------- v: variants written after the fixes
n = 91
add("v01", "tor", n, persona(intent=["my husband wanted me to check what time his appointment is "
                                     "on thursday", "ok, thanks so much"],
                             other=["ok, thanks so much"]),
    kept(say=["Thursday, May 20th at 11:30 a.m."]),
    mine("tor", n, "Frank Costa", f"{THU2}T11:30"),
    "after the fixes: 'check what time his appointment is'")
n = 92
add("v02", "edm", n, persona(intent=["I can't remember what time I'm coming in tomorrow, can you "
                                     "look?", "great, thank you"], other=["great, thank you"]),
    kept(say=["Friday, May 14th at 1:30 p.m."]),
    mine("edm", n, "Jenny Paquette", f"{FRI}T13:30"),
    "after the fixes: 'can't remember what time'")
n = 93
add("v03", "hfx", n, persona(intent=["do you have me down for sometime next week?", "ok, thanks"],
                             other=["ok, thanks"]),
    kept(say=["Wednesday, May 19th at 10 a.m."]),
    mine("hfx", n, "Sheila Doucette", f"{WED}T10:00"),
    "after the fixes: 'do you have me down'")
n = 94
add("v04", "wpg", n, persona(intent=["any chance you could bump me to 3 today? I'm stuck at work"],
                             confirm=["yes"]),
    moved("wpg", n, "Ravi Sood", f"{THU}T15:00"),
    mine("wpg", n, "Ravi Sood", f"{THU}T13:30"),
    "after the fixes: 'bump me to 3 today'")
n = 95
add("v05", "reg", n, persona(intent=["could you push my appointment out a couple weeks? same time "
                                     "is fine"], confirm=["yes"]),
    moved("reg", n, "Lorne Bauer", "2027-06-02T15:00"),
    mine("reg", n, "Lorne Bauer", f"{WED}T15:00"),
    "after the fixes: 'out a couple weeks': two weeks on")
n = 96
add("v06", "van", n, persona(intent=["I was going to cancel tomorrow's appointment... actually can "
                                     "we just move it to monday at 11?"], confirm=["yes"]),
    moved("van", n, "Gwen Ho", f"{MON}T11:00"),
    mine("van", n, "Gwen Ho", f"{FRI}T09:30"),
    "after the fixes: a cancel taken back with 'actually can we'")
n = 97
add("v07", "ott", n, persona(intent=["can you move my thursday appointment to the tuesday after, "
                                     "same time?"], confirm=["yes"]),
    moved("ott", n, "Paul Lalonde", f"{TUE3}T14:30"),
    mine("ott", n, "Paul Lalonde", f"{THU2}T14:30"),
    "after the fixes: 'the Tuesday after' the appointment's Thursday (the 20th), not the "
    "coming Thursday")
n = 98
add("v08", "stj", n, persona(intent=["hi, could my appointment be moved to next friday at 10?"],
                             confirm=["yes"]),
    moved("stj", n, "Bride O'Reilly", f"{FRI2}T10:00"),
    mine("stj", n, "Bride O'Reilly", f"{MON}T15:00"),
    "after the fixes: 'could my appointment be moved'")
n = 9
dental("v09", n, persona(intent=["could my cleaning be moved to friday at 9?"], confirm=["yes"]),
       xmoved(n, "Dana Kindrachuk", f"{FRI}T09:00", "Cleaning", 60, KOWALCHUK),
       [patient(n, "Dana Kindrachuk", f"{WED}T09:00", "Cleaning", 60, KOWALCHUK)],
       "after the fixes: 'could my cleaning be moved', kept with Megan")
n = 9
tire("v10", n, persona(intent=["hey, what day have you got me down for the changeover?",
                               "perfect, thanks"], other=["perfect, thanks"]),
     kept(say=["Tuesday, May 18th at 8 a.m."]),
     [car(n, "Wes Antoine", f"{TUE}T08:00", "Tire changeover", 45, BAY1)],
     "after the fixes: 'what day have you got me down for'")


def main():
    biz = business_by_name({DENTAL: os.path.join(HERE, DENTAL), TIRE: os.path.join(HERE, TIRE),
                            SALON: os.path.join(HERE, SALON)})
    n = write_jsonl(os.path.join(HERE, "changes25_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
