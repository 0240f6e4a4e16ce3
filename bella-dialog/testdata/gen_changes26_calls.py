#!/usr/bin/env python3
"""Writes changes26_calls.jsonl: English calls that CANCEL, MOVE or CHECK one appointment,
round 6 (SPEC §3 and §3.1). Three businesses: the default one (a line without
`business`), a Sudbury optometrist (`businesses/optometrist_sudbury.toml`) and a
Lethbridge pet groomer (`businesses/groomer_lethbridge.toml`), both new in this round.

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm26). One request a call. Families:
- `a`: someone else's appointment: a mother's under her own number, a wife's, a
  daughter's, a son's, a husband's, a dog's;
- `r`: a move relative to the appointment: "an hour later", "back half an hour", "the
  same time next week", "the day after", "bump it up a day", "two hours earlier", "back
  a week", "the day before";
- `w`: a move to a window: "sometime Thursday afternoon", "any morning next week",
  "Tuesday between 1 and 3", "Friday any time after 3", "Wednesday morning, after 10";
- `k`: two or three appointments on file: named by day, by date, by time, by service,
  not named at all, a check of both;
- `h`: holidays and closed days: Thanksgiving (Monday 2027-10-11, in `closed`), Saturday
  asked for, "next Friday" (SPEC: the Friday of the following week), "not this Friday,
  next Friday", the optometrist's training day, the groomer's Mondays and show day;
- `c`: a mishear or a change at the read-back: another day, another time, another date;
- `f`: nothing under the number calling: the booking's number finds it, or nothing is
  found anywhere;
- `o`: the optometrist: to the other doctor at the same time, a check, Saturday
  morning, an hour later;
- `g`: the groomer: a cat's groom cancelled, a check, "push it back to 1";
- `s`: "switch my Tuesday to Wednesday, same time".
The default-business calls are spread over St. John's, Halifax, Toronto, Winnipeg,
Regina, Edmonton/Calgary, Vancouver and Whitehorse (Yukon time, UTC-7 all year).

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed; a
move keeps its own person unless another is asked for (services.rs). `say_contains` /
`say_not_contains` are the call-file runner's checks, not score.py's.

The reference instant is Wednesday 2027-10-06 09:50 local time in each call's zone;
Monday the 11th is Thanksgiving (in `closed` where the note says so).

Blind score (main at 0894e65, the start binary): 38/49 on outcomes (score.py), 38/49
with the runner's wording checks. After the fixes 49/49; ten variants (`v`, written after
the fixes, new phrasings of the failures) 0/10 with the start binary, 10/10 after.

Run: python3 bella-dialog/testdata/gen_changes26_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, business_by_name, entry,   # noqa: E402
                      expect, persona, staffed, write_jsonl)

KIND = "changes26"
NOW = "2027-10-06T09:50"
WED0, THU, FRI, SAT = "2027-10-06", "2027-10-07", "2027-10-08", "2027-10-09"
THANKS, TUE, WED, THU2, FRI2, SAT2 = ("2027-10-11", "2027-10-12", "2027-10-13",
                                      "2027-10-14", "2027-10-15", "2027-10-16")
MON3, TUE3, WED3, THU3, FRI3, SAT3 = ("2027-10-18", "2027-10-19", "2027-10-20",
                                      "2027-10-21", "2027-10-22", "2027-10-23")
EYE = "businesses/optometrist_sudbury.toml"
PAWS = "businesses/groomer_lethbridge.toml"
# zone key -> (time zone, area code)
ZONES = {
    "nl": ("America/St_Johns", "709"), "hfx": ("America/Halifax", "902"),
    "tor": ("America/Toronto", "647"), "wpg": ("America/Winnipeg", "431"),
    "sk": ("America/Regina", "639"), "cal": ("America/Edmonton", "587"),
    "van": ("America/Vancouver", "778"), "yuk": ("America/Whitehorse", "867"),
    "sud": ("America/Toronto", "705"), "lb": ("America/Edmonton", "403"),
}
LALONDE, CHEN, TRACY = "Dr. Marc Lalonde", "Dr. Grace Chen", "Tracy Beaudry"
KOOLE, OBERG = "Brittany Koole", "Jesse Oberg"

lines = []
_round = ChangeRound(lines, "ch26", KIND, ZONES, NOW, 600, "9400")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept


def said(z, n):
    """Caller `n`'s number as said: '<area> 555 26nn'."""
    return num(z, n)[2:5] + " 555 " + num(z, n)[-4:]


# ------------------------------------------------- a: someone else's appointment
n = 1
add("a01", "hfx", n, persona(intent=["hi, I'm calling for my mom, she has an appointment "
                                     "thursday at 1 and she's not going to be able to make it, "
                                     "can you cancel it for her?"],
                             phone=[f"her number is {said('hfx', n)}"], confirm=["yes"]),
    cancelled("hfx", n, "Doreen MacIsaac", f"{THU}T13:00"),
    mine("hfx", n, "Doreen MacIsaac", f"{THU}T13:00"),
    "the mother's booking under her own number: nothing under the son's, her number asked",
    caller=stranger("hfx"))
n = 2
add("a02", "van", n, persona(intent=["my wife's appointment tomorrow, can we move that to "
                                     "tuesday at 10?"], confirm=["yes"]),
    moved("van", n, "Priya Sandhu", f"{TUE}T10:00"),
    mine("van", n, "Priya Sandhu", f"{THU}T14:30"),
    "the wife's booking under the number calling, moved")
n = 3
add("a03", "cal", n, persona(intent=["my daughter Chloe has an appointment with you next week, "
                                     "when is that again?", "ok, thank you"],
                             other=["ok, thank you"]),
    kept(say=["Tuesday, October 12th at 3:30 p.m."]),
    mine("cal", n, "Chloe Ross", f"{TUE}T15:30"),
    "a check of a daughter's appointment under the parent's number")
n = 4
add("a04", "sk", n, persona(intent=["my husband is booked in on monday the 18th in the morning, "
                                     "could he come that afternoon instead, around 2?"],
                            confirm=["yes"]),
    moved("sk", n, "Glen Yaworski", f"{MON3}T14:00"),
    mine("sk", n, "Glen Yaworski", f"{MON3}T09:30"),
    "the husband's, same day, 'that afternoon, around 2'; Regina, no daylight time")


# ------------------------------------------------- r: relative to the appointment
n = 11
add("r01", "tor", n, persona(intent=["I'm in on friday at 11, could you make it an hour later?"],
                             confirm=["yes"]),
    moved("tor", n, "Aaron Feldman", f"{FRI}T12:00"),
    mine("tor", n, "Aaron Feldman", f"{FRI}T11:00"),
    "'an hour later' than the appointment")
n = 12
add("r02", "wpg", n, persona(intent=["can you push my appointment back half an hour?"],
                             confirm=["yes"]),
    moved("wpg", n, "Kendra Fehr", f"{THU}T14:30"),
    mine("wpg", n, "Kendra Fehr", f"{THU}T14:00"),
    "'back half an hour': 2 to 2:30 the same day")
n = 13
add("r03", "nl", n, persona(intent=["could we do the same time next week instead?"],
                            confirm=["yes"]),
    moved("nl", n, "Bernadette Kielly", f"{THU2}T10:00"),
    mine("nl", n, "Bernadette Kielly", f"{THU}T10:00"),
    "'the same time next week': a week after the appointment; St. John's (half-hour zone)")
n = 14
add("r04", "hfx", n, persona(intent=["I'm booked tuesday, could I come the day after instead, "
                                     "same time?"], confirm=["yes"]),
    moved("hfx", n, "Lloyd Fougere", f"{WED}T11:00"),
    mine("hfx", n, "Lloyd Fougere", f"{TUE}T11:00"),
    "'the day after, same time': Wednesday the 13th at 11")
n = 15
add("r05", "van", n, persona(intent=["is it possible to bump my appointment up a day? same time "
                                     "is fine"], confirm=["yes"]),
    moved("van", n, "Tamsin Wu", f"{THU}T15:00"),
    mine("van", n, "Tamsin Wu", f"{FRI}T15:00"),
    "'bump it up a day': a day earlier, Friday 3 to Thursday 3")
n = 16
add("r06", "yuk", n, persona(intent=["is there any way to move my appointment two hours "
                                     "earlier?"], confirm=["yes"]),
    moved("yuk", n, "Nolan Smarch", f"{WED}T13:00"),
    mine("yuk", n, "Nolan Smarch", f"{WED}T15:00"),
    "'two hours earlier': 3 to 1 the same day; Whitehorse (UTC-7 all year)")
n = 17
add("r07", "cal", n, persona(intent=["I need to push my appointment back a week"],
                             confirm=["yes"]),
    moved("cal", n, "Shauna Olfert", f"{TUE3}T09:30"),
    mine("cal", n, "Shauna Olfert", f"{TUE}T09:30"),
    "'back a week': the same time a week later")
n = 18
add("r08", "sk", n, persona(intent=["I'm booked on the 14th at 4, the day before would work "
                                    "better, same time"], confirm=["yes"]),
    moved("sk", n, "Marcy Bjornson", f"{WED}T16:00"),
    mine("sk", n, "Marcy Bjornson", f"{THU2}T16:00"),
    "'the day before, same time': the 13th at 4")


# ------------------------------------------------- w: to a window
n = 21
add("w01", "tor", n, persona(intent=["can you move me to sometime thursday afternoon?"],
                             time=["2:30 works"], confirm=["yes"]),
    moved("tor", n, "Giulia Romano", f"{THU}T14:30"),
    mine("tor", n, "Giulia Romano", f"{TUE}T10:00"),
    "'sometime Thursday afternoon': afternoon times offered, 2:30 picked")
n = 22
add("w02", "hfx", n, persona(intent=["I need to switch my appointment to any morning next week"],
                             time=["yes"], confirm=["yes"]),
    moved("hfx", n, "Cyril Gaudet", f"{TUE}T09:30"),
    mine("hfx", n, "Cyril Gaudet", f"{FRI}T14:00") + [entry(f"{TUE}T09:00")],
    "'any morning next week': Monday is Thanksgiving (in `closed`), Tuesday at 9 taken: "
    "the earliest is Tuesday 9:30, taken on 'yes'", closed=[THANKS])
n = 23
add("w03", "van", n, persona(intent=["could you move my appointment to tuesday between 1 and 3?"],
                             time=["yes"], confirm=["yes"]),
    moved("van", n, "Dev Malhotra", f"{TUE}T14:00"),
    mine("van", n, "Dev Malhotra", f"{THU}T09:00") + [entry(f"{TUE}T13:00"),
                                                      entry(f"{TUE}T13:30")],
    "'Tuesday between 1 and 3' with 1 and 1:30 taken: 2 offered first, 'yes'")
n = 24
add("w04", "cal", n, persona(intent=["can I switch to friday, any time after 3?"],
                             time=["3:30 is better"], confirm=["yes"]),
    moved("cal", n, "Brady Unger", f"{FRI}T15:30"),
    mine("cal", n, "Brady Unger", f"{THU}T10:30"),
    "'Friday, any time after 3': 3:30 picked from the offers")
n = 25
add("w05", "wpg", n, persona(intent=["I'd like to move my appointment to wednesday morning, not "
                                     "too early though, after 10"], time=["yes"],
                             confirm=["yes"]),
    moved("wpg", n, "Rosalie Dyck", f"{WED}T10:00"),
    mine("wpg", n, "Rosalie Dyck", f"{FRI}T13:00"),
    "'Wednesday morning, after 10': 10 on 'yes' (next Wednesday, the 13th: today is "
    "Wednesday)")


# ------------------------------------------------- k: two or three on file
n = 31
add("k01", "tor", n, persona(intent=["I need to cancel the tuesday one"], confirm=["yes"]),
    cancelled("tor", n, "Harpreet Gill", f"{TUE}T14:00"),
    mine("tor", n, "Harpreet Gill", f"{THU}T09:00", f"{TUE}T14:00"),
    "two on file, 'the Tuesday one'")
n = 32
add("k02", "nl", n, persona(intent=["can you move the one on the 13th to the 14th, same time?"],
                            confirm=["yes"]),
    moved("nl", n, "Gerard Power", f"{THU2}T10:00"),
    mine("nl", n, "Gerard Power", f"{FRI}T10:00", f"{WED}T10:00", f"{WED3}T10:00"),
    "three on file, the date names which; 'same time'")
n = 33
add("k03", "sk", n, persona(intent=["can you remind me when my appointments are?",
                                    "great, thanks"], other=["great, thanks"]),
    kept(say=["Thursday, October 7th at 11 a.m.", "Tuesday, October 19th at 2 p.m."]),
    mine("sk", n, "Ilona Kozak", f"{THU}T11:00", f"{TUE3}T14:00"),
    "a check with two on file: both read")
n = 34
add("k04", "van", n, persona(intent=["hi, I need to cancel my appointment"],
                             time=["the friday one"], other=["the friday one"],
                             confirm=["yes"]),
    cancelled("van", n, "Shirin Rahimi", f"{FRI}T11:30"),
    mine("van", n, "Shirin Rahimi", f"{FRI}T11:30", f"{WED}T16:00"),
    "two on file, none named: asked which; 'the Friday one'")
n = 35
add("k05", "hfx", n, persona(intent=["could you move my 2 o'clock to 4?"], confirm=["yes"]),
    moved("hfx", n, "Wendell Crowell", f"{FRI}T16:00"),
    mine("hfx", n, "Wendell Crowell", f"{THU}T09:30", f"{FRI}T14:00"),
    "two on file, 'my 2 o'clock' names which; 4 the same day")


# ------------------------------------------------- h: holidays, closed days, next Friday
n = 41
add("h01", "tor", n, persona(intent=["can I move my appointment to monday?"],
                             time=["10 is good"], confirm=["yes"]),
    moved("tor", n, "Colleen Byrne", f"{TUE}T10:00"),
    mine("tor", n, "Colleen Byrne", f"{FRI}T11:00"),
    "Monday is Thanksgiving (in `closed`): said closed, Tuesday's times offered; 10",
    closed=[THANKS])
n = 42
add("h02", "cal", n, persona(intent=["can I move my appointment to saturday?"],
                             time=["yes"], confirm=["yes"]),
    moved("cal", n, "Trevor Lang", f"{THANKS}T09:00"),
    mine("cal", n, "Trevor Lang", f"{THU}T15:00"),
    "Saturday is closed: said so, the next open day (Monday the 11th: no `closed` here) "
    "offered; 'yes' takes 9")
n = 43
add("h03", "van", n, persona(intent=["can you move my appointment to next friday at 10?"],
                             confirm=["yes"]),
    moved("van", n, "Maya Lindgren", f"{FRI2}T10:00"),
    mine("van", n, "Maya Lindgren", f"{FRI}T10:00"),
    "'next Friday' said on a Wednesday: the Friday of the following week, the 15th (SPEC)")
n = 44
add("h04", "hfx", n, persona(intent=["I think I'm booked for next friday, what time was it?",
                                     "ok, thanks"], other=["ok, thanks"]),
    kept(say=["Friday, October 15th at 1:30 p.m."]),
    mine("hfx", n, "Joanne Sampson", f"{FRI2}T13:30"),
    "a check, 'next Friday'")
n = 45
add("h05", "wpg", n, persona(intent=["not this friday but next friday, can I cancel that one?"],
                             confirm=["yes"]),
    cancelled("wpg", n, "Dale Wiens", f"{FRI2}T09:00"),
    mine("wpg", n, "Dale Wiens", f"{FRI}T09:00", f"{FRI2}T09:00"),
    "two Fridays on file, 'not this Friday but next Friday': the 15th")


# ------------------------------------------------- c: at the read-back
n = 51
add("c01", "tor", n, persona(intent=["I need to move my appointment to thursday at 3"],
                             confirm=["no, I said tuesday, not thursday", "yes"]),
    moved("tor", n, "Renata Szabo", f"{TUE}T15:00"),
    mine("tor", n, "Renata Szabo", f"{WED}T10:00"),
    "a mishear at the read-back: 'I said Tuesday, not Thursday', the time kept")
n = 52
add("c02", "van", n, persona(intent=["can you move me to the 14th at 2?"],
                             confirm=["no sorry, 2:30, not 2", "yes"]),
    moved("van", n, "Ellis Park", f"{THU2}T14:30"),
    mine("van", n, "Ellis Park", f"{FRI}T09:30"),
    "'2:30, not 2' at the read-back: the day kept")
n = 53
add("c03", "sk", n, persona(intent=["I need to cancel my appointment on the 19th"],
                            confirm=["oh sorry, no, I meant the 15th", "yes"]),
    cancelled("sk", n, "Lorraine Hiebert", f"{FRI2}T11:00"),
    mine("sk", n, "Lorraine Hiebert", f"{FRI2}T11:00", f"{TUE3}T11:00"),
    "two on file; at the read-back 'I meant the 15th': the other one cancelled")
n = 54
add("c04", "yuk", n, persona(intent=["can you push my appointment to wednesday at 4?"],
                             confirm=["no, four thirty", "yes"]),
    moved("yuk", n, "Kirsten Lindsay", f"{WED}T16:30"),
    mine("yuk", n, "Kirsten Lindsay", f"{TUE}T11:30"),
    "'no, four thirty' at the read-back")
n = 55
add("c05", "nl", n, persona(intent=["can I move my appointment to friday at 9?"],
                            confirm=["actually, make it 9:30", "yes"]),
    moved("nl", n, "Siobhan Tobin", f"{FRI}T09:30"),
    mine("nl", n, "Siobhan Tobin", f"{TUE}T13:00"),
    "'actually, make it 9:30' at the read-back")


# ------------------------------------------------- f: nothing under the number calling
n = 61
add("f01", "cal", n, persona(intent=["I need to cancel my appointment on thursday"],
                             phone=[f"try {said('cal', n)}"], confirm=["yes"]),
    cancelled("cal", n, "Marnie Tschetter", f"{THU}T10:00"),
    mine("cal", n, "Marnie Tschetter", f"{THU}T10:00"),
    "nothing under the number calling: the booking's number asked, found, cancelled",
    caller=stranger("cal"))
n = 62
add("f02", "hfx", n, persona(intent=["hi, I want to check my appointment time"],
                             phone=[said("hfx", n)], confirm=["no, that's ok"],
                             other=["oh, I must have booked somewhere else, sorry, bye"]),
    kept(),
    [],
    "nothing under any number: said so, not transferred; the caller leaves",
    caller=stranger("hfx"))
n = 63
add("f03", "sk", n, persona(intent=["can you tell me when my appointment is? I'm on my "
                                    "daughter's phone", "ok, thanks"],
                            phone=[said("sk", n)], other=["ok, thanks"]),
    kept(say=["Wednesday, October 20th at 10:30 a.m."]),
    mine("sk", n, "Audrey Pelletier", f"{WED3}T10:30"),
    "a check from the daughter's phone: the caller's own number asked, found",
    caller=stranger("sk"))


# ------------------------------------------------- s: switch
n = 71
add("s01", "nl", n, persona(intent=["I'd like to switch my tuesday appointment to wednesday, "
                                    "same time"], confirm=["yes"]),
    moved("nl", n, "Philomena Rideout", f"{WED}T15:00"),
    mine("nl", n, "Philomena Rideout", f"{TUE}T15:00"),
    "'switch Tuesday to Wednesday, same time'")


# ------------------------------------------------- o: the Sudbury optometrist
def eye(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "sud", n, persona_, expected, existing, note, caller=caller, business=EYE)


def patient(n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num("sud", n))


def eyemoved(n, name, start, service, minutes, resource):
    return moved("sud", n, name, start, service=service, resource=resource, minutes=minutes)


n = 81
eye("o01", n, persona(intent=["could I switch my eye exam to Dr. Chen instead? same time if she "
                              "has it"], confirm=["yes"]),
    eyemoved(n, "Roger Lapointe", f"{TUE}T10:00", "Eye exam", 30, CHEN),
    [patient(n, "Roger Lapointe", f"{TUE}T10:00", "Eye exam", 30, LALONDE)],
    "the same time with the other optometrist (she is free)")
n = 82
eye("o02", n, persona(intent=["what time is my contact lens fitting again?", "perfect, thanks"],
                      other=["perfect, thanks"]),
    kept(say=["Thursday, October 14th at 5:30 p.m."]),
    [patient(n, "Hailey Mantha", f"{THU2}T17:30", "Contact lens fitting", 45, CHEN)],
    "a check of a Thursday-evening fitting")
n = 83
eye("o03", n, persona(intent=["I need to push my eye exam to saturday morning"],
                      time=["9:30"], confirm=["yes"]),
    eyemoved(n, "Denise Gauthier", f"{SAT}T09:30", "Eye exam", 30, CHEN),
    [patient(n, "Denise Gauthier", f"{THU}T11:00", "Eye exam", 30, CHEN)],
    "Saturday morning with Dr. Chen (Dr. Lalonde is off Saturdays); 9:30")
n = 84
eye("o04", n, persona(intent=["I'm picking up my glasses friday at 10, could I come an hour "
                              "later?"], confirm=["yes"]),
    eyemoved(n, "Stan Kowalski", f"{FRI}T11:00", "Glasses fitting", 15, TRACY),
    [patient(n, "Stan Kowalski", f"{FRI}T10:00", "Glasses fitting", 15, TRACY)],
    "'an hour later' than a glasses fitting")
n = 85
eye("o05", n, persona(intent=["my son has an eye exam on tuesday and he's sick, can you cancel "
                              "it?"], confirm=["yes"]),
    cancelled("sud", n, "Owen Leblanc", f"{TUE}T15:00", service="Child eye exam",
              resource=LALONDE, minutes=30),
    [patient(n, "Owen Leblanc", f"{TUE}T15:00", "Child eye exam", 30, LALONDE)],
    "a son's exam under the parent's number, cancelled")
n = 86
eye("o06", n, persona(intent=["can I move my eye exam to the 22nd?"],
                      time=["the 21st then, at 6 in the evening"], confirm=["yes"]),
    eyemoved(n, "Monique Dubreuil", f"{THU3}T18:00", "Eye exam", 30, CHEN),
    [patient(n, "Monique Dubreuil", f"{TUE}T13:30", "Eye exam", 30, CHEN)],
    "the 22nd is the staff training day (closed): said so; the 21st at 6 p.m. with Dr. Chen")
n = 87
eye("o07", n, persona(intent=["I have an eye exam and a glasses fitting booked, I need to "
                              "cancel the glasses fitting"], confirm=["yes"]),
    cancelled("sud", n, "Gail Prevost", f"{WED}T11:00", service="Glasses fitting",
              resource=TRACY, minutes=15),
    [patient(n, "Gail Prevost", f"{TUE}T09:30", "Eye exam", 30, CHEN),
     patient(n, "Gail Prevost", f"{WED}T11:00", "Glasses fitting", 15, TRACY)],
    "two on file, the service names which")


# ------------------------------------------------- g: the Lethbridge groomer
def paws(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "lb", n, persona_, expected, existing, note, caller=caller, business=PAWS)


def pet(n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num("lb", n))


def petmoved(n, name, start, service, minutes, resource):
    return moved("lb", n, name, start, service=service, resource=resource, minutes=minutes)


n = 91
paws("g01", n, persona(intent=["I need to move Biscuit's groom on friday to saturday morning"],
                       time=["8 is fine"], confirm=["yes"]),
     petmoved(n, "Dana Wiebe", f"{SAT}T08:00", "Full groom", 120, OBERG),
     [pet(n, "Dana Wiebe", f"{FRI}T09:00", "Full groom", 120, OBERG)],
     "the dog's groom under the owner's name, to Saturday morning with the same groomer "
     "(Jesse works Saturdays); 8")
n = 92
paws("g02", n, persona(intent=["I need to cancel my cat's groom on thursday, she's been "
                               "hiding under the bed all week"], confirm=["yes"]),
     cancelled("lb", n, "Lisa Hofer", f"{THU}T10:00", service="Cat groom", resource=KOOLE,
               minutes=90),
     [pet(n, "Lisa Hofer", f"{THU}T10:00", "Cat groom", 90, KOOLE)],
     "a cat's groom cancelled")
n = 93
paws("g03", n, persona(intent=["what time am I dropping Daisy off on saturday?",
                               "great, see you then"], other=["great, see you then"]),
     kept(say=["Saturday, October 9th at 8:30 a.m."]),
     [pet(n, "Ken Oosterhuis", f"{SAT}T08:30", "Full groom", 120, OBERG)],
     "a check of the dog's drop-off")
n = 94
paws("g04", n, persona(intent=["can you push Bear's groom back to 1?"], confirm=["yes"]),
     petmoved(n, "Tara Nguyen", f"{WED}T13:00", "Full groom", 120, OBERG),
     [pet(n, "Tara Nguyen", f"{WED}T09:00", "Full groom", 120, OBERG)],
     "'push back to 1': the same day, after Jesse's lunch")
n = 95
paws("g05", n, persona(intent=["could Max's bath be moved to monday?"],
                       time=["10 works"], confirm=["yes"]),
     petmoved(n, "Corey Baker", f"{TUE}T10:00", "Bath and brush", 60, KOOLE),
     [pet(n, "Corey Baker", f"{THU}T09:00", "Bath and brush", 60, KOOLE)],
     "closed Mondays: said so, Tuesday offered (Brittany; Jesse is off Tuesdays); 10")
n = 96
paws("g06", n, persona(intent=["I'd like to move my dog's nail trim to saturday the 16th"],
                       time=["ok, saturday the 23rd at 9 then"], confirm=["yes"]),
     petmoved(n, "Rob Sawatzky", f"{SAT3}T09:00", "Nail trim", 15, OBERG),
     [pet(n, "Rob Sawatzky", f"{THU2}T11:00", "Nail trim", 15, OBERG)],
     "the 16th is the show day (closed): said so; the 23rd at 9 with Jesse")


# ------------------------------------------------- v: variants written after the fixes
n = 101
add("v01", "wpg", n, persona(intent=["my son has a checkup coming up with you, when is that "
                                     "again?", "ok, got it, thanks"],
                             other=["ok, got it, thanks"]),
    kept(say=["Thursday, October 14th at 9:30 a.m."]),
    mine("wpg", n, "Ethan Loewen", f"{THU2}T09:30"),
    "after the fixes: 'when is that again?' of a son's booking told of")
n = 102
add("v02", "van", n, persona(intent=["I'm pretty sure I'm booked sometime next week, what day "
                                     "was it?", "great, thanks"], other=["great, thanks"]),
    kept(say=["Wednesday, October 13th at 1 p.m."]),
    mine("van", n, "Noor Siddiqui", f"{WED}T13:00"),
    "after the fixes: 'I'm booked ..., what day was it?'")
n = 103
add("v03", "tor", n, persona(intent=["I'm in on tuesday at 10, can you make it half an hour "
                                     "later?"], confirm=["yes"]),
    moved("tor", n, "Caleb Moreau", f"{TUE}T10:30"),
    mine("tor", n, "Caleb Moreau", f"{TUE}T10:00"),
    "after the fixes: 'I'm in on Tuesday at 10, half an hour later'")
n = 104
add("v04", "hfx", n, persona(intent=["I'm booked for thursday at 2, the day after would suit me "
                                     "better, same time"], confirm=["yes"]),
    moved("hfx", n, "Fiona Chisholm", f"{FRI}T14:00"),
    mine("hfx", n, "Fiona Chisholm", f"{THU}T14:00"),
    "after the fixes: 'I'm booked Thursday at 2, the day after, same time'")
n = 105
add("v05", "cal", n, persona(intent=["could you switch my 10 o'clock to 11:30?"],
                             confirm=["yes"]),
    moved("cal", n, "Gordon Friesen", f"{TUE}T11:30"),
    mine("cal", n, "Gordon Friesen", f"{TUE}T10:00"),
    "after the fixes: 'my 10 o'clock to 11:30' is no window from 10 to 11:30")
n = 106
add("v06", "sk", n, persona(intent=["I'm booked on the 20th at 11, can I come the day before "
                                    "instead, same time?"], confirm=["yes"]),
    moved("sk", n, "Leanne Hryniuk", f"{TUE3}T11:00"),
    mine("sk", n, "Leanne Hryniuk", f"{WED3}T11:00"),
    "after the fixes: 'the day before instead, same time' of the 20th")
n = 107
add("v07", "yuk", n, persona(intent=["I'm in on monday the 18th at 9, could you make it two hours "
                                     "later?"], confirm=["yes"]),
    moved("yuk", n, "Wyatt Dickson", f"{MON3}T11:00"),
    mine("yuk", n, "Wyatt Dickson", f"{MON3}T09:00"),
    "after the fixes: 'I'm in on ..., two hours later'")
n = 108
eye("v08", n, persona(intent=["I'd like to switch my eye exam over to Dr. Lalonde, same time if "
                              "that works"], confirm=["yes"]),
    eyemoved(n, "Brenda Thibault", f"{THU}T14:00", "Eye exam", 30, LALONDE),
    [patient(n, "Brenda Thibault", f"{THU}T14:00", "Eye exam", 30, CHEN)],
    "after the fixes: to the other optometrist, same time")
n = 109
eye("v09", n, persona(intent=["I've got a contact lens fitting and an eye exam next week, can you "
                              "cancel the eye exam please"], confirm=["yes"]),
    cancelled("sud", n, "Jocelyn Roy", f"{WED}T15:00", service="Eye exam", resource=CHEN,
              minutes=30),
    [patient(n, "Jocelyn Roy", f"{TUE}T11:00", "Contact lens fitting", 45, CHEN),
     patient(n, "Jocelyn Roy", f"{WED}T15:00", "Eye exam", 30, CHEN)],
    "after the fixes: two told of, the one after 'cancel' picks")
n = 110
paws("v10", n, persona(intent=["what time do I bring Luna in on friday?", "perfect, thanks"],
                       other=["perfect, thanks"]),
     kept(say=["Friday, October 8th at 10 a.m."]),
     [pet(n, "Amy Vandenberg", f"{FRI}T10:00", "Bath and brush", 60, KOOLE)],
     "after the fixes: 'what time do I bring Luna in'")


def main():
    biz = business_by_name({EYE: os.path.join(HERE, EYE), PAWS: os.path.join(HERE, PAWS)})
    n = write_jsonl(os.path.join(HERE, "changes26_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
