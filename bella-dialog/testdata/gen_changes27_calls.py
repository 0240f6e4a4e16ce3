#!/usr/bin/env python3
"""Writes changes27_calls.jsonl: English calls that CANCEL, MOVE or CHECK one appointment,
round 7 (SPEC §3 and §3.1). Three businesses: the default one (a line without `business`),
a Thunder Bay chiropractor (`businesses/chiro_thunder_bay.toml`) and a Dawson Creek
hearing clinic (`businesses/hearing_dawson_creek.toml`), neither used by a change round
before.

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm27). One request a call; every caller says goodbye when asked whether there is
anything else. Families:
- `a`: someone else's appointment: a mother's under her own number, a grandfather's, a
  son's, a partner's beside the caller's own, a wife's;
- `r`: moves relative to the appointment: "push it back thirty minutes", "the same time
  the following week", "a week later", "earlier that day", "an hour and a half later",
  "push it back a day" onto Good Friday, "move it up by an hour", "two weeks later";
- `w`: moves to a window: "next Tuesday any time after 2", "Thursday before 11", "any
  morning next week" (Easter Monday closed), "Wednesday between 1 and 3", "later that
  day, after 3";
- `k`: two on file: "the one on the 30th", "my kid's one", "the later one", "both"
  (cancelled, the later one reported), a check of both, "the earlier one";
- `h`: Good Friday, Easter Monday, Saturday and Sunday asked for; a check from a caller
  who thought it was Friday;
- `n`: nothing under the number calling: the booking's number asked (or said in the
  opening) finds it; nothing anywhere;
- `c`: the read-back turned down and corrected: another time, next week's Wednesday, a
  bare "no" then a new time, the other appointment, "make that half past 9";
- `m`: "actually, keep it": at a cancel's read-back, while times are offered, at a move's
  read-back, a bare "no, don't cancel it";
- `q`: checks asking what time, which day, this week;
- `b`: the chiropractor (15-minute grid, three people) and the hearing clinic: by
  person, by service, Saturday morning, "45 minutes later", "a week later, same time",
  to a day the person is off, with whom;
- `v`: variants written after the fixes.
The default-business calls are spread over Moncton, Goose Bay, Glace Bay, Iqaluit,
Rankin Inlet, Yellowknife, Inuvik, Whitehorse, Fort Nelson and Cambridge Bay.

The reference instant is Tuesday 2027-03-23 10:20 local time in each call's zone. Friday
the 26th is Good Friday and Monday the 29th Easter Monday: in `closed` where a line says
so (the businesses' TOMLs close neither).

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed; a
move keeps its own person unless another is asked for; two cancelled in one call report
the last one. `say_contains` / `say_not_contains` are the call-file runner's checks, not
score.py's.

Blind score (main at 332edee, the start binary): 44/54 on outcomes (score.py), 43/54 with
the runner's wording checks. After the fixes 54/54; ten variants (`v`, written after the
fixes, new phrasings of the failures) 0/10 with the start binary (2/10 on outcomes alone),
10/10 after.

Run: python3 bella-dialog/testdata/gen_changes27_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, business_by_name, entry,   # noqa: E402
                      expect, persona, staffed, taken, write_jsonl)

KIND = "changes27"
NOW = "2027-03-23T10:20"
TUE0, WED0, THU0, GOODFRI, SAT0, SUN0 = ("2027-03-23", "2027-03-24", "2027-03-25",
                                         "2027-03-26", "2027-03-27", "2027-03-28")
EASTERMON, TUE1, WED1, THU1, FRI1, SAT1 = ("2027-03-29", "2027-03-30", "2027-03-31",
                                           "2027-04-01", "2027-04-02", "2027-04-03")
MON2, TUE2, WED2, THU2, FRI2 = "2027-04-05", "2027-04-06", "2027-04-07", "2027-04-08", "2027-04-09"
TUE3 = "2027-04-13"
CHIRO = "businesses/chiro_thunder_bay.toml"
EARS = "businesses/hearing_dawson_creek.toml"
# zone key -> (time zone, area code)
ZONES = {
    "mon": ("America/Moncton", "506"), "gb": ("America/Goose_Bay", "709"),
    "gl": ("America/Glace_Bay", "902"), "iq": ("America/Iqaluit", "867"),
    "ri": ("America/Rankin_Inlet", "867"), "yk": ("America/Yellowknife", "867"),
    "inu": ("America/Inuvik", "867"), "whs": ("America/Whitehorse", "867"),
    "fn": ("America/Fort_Nelson", "250"), "cb": ("America/Cambridge_Bay", "867"),
    "tb": ("America/Thunder_Bay", "807"), "dc": ("America/Dawson_Creek", "250"),
}
LINDQVIST, KORPELA, BOUCHARD = "Dr. Erik Lindqvist", "Dr. Maya Korpela", "Sarah Bouchard"
WHITFORD, OLAFSON, CHALMERS = "Dr. Karen Whitford", "Derek Olafson", "Lori Chalmers"
EASTER = [GOODFRI, EASTERMON]

lines = []
_round = ChangeRound(lines, "ch27", KIND, ZONES, NOW, 700, "9700")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept
BYE = "no, that's everything, thanks"


def said(z, n):
    """Caller `n`'s number as said: '<area> 555 27nn'."""
    return num(z, n)[2:5] + " 555 " + num(z, n)[-4:]


def p(*intent, bye=BYE, **kw):
    """A persona whose opening is `intent` and who says `bye` when asked for more."""
    return persona(intent=list(intent) + [bye], other=kw.pop("other", [bye]), **kw)


# ------------------------------------------------- a: someone else's appointment
n = 1
add("a01", "mon", n, p("hi there, I'm calling on behalf of my mother, she's got the flu and "
                       "won't make it in on thursday, could you cancel her appointment?",
                       phone=[f"it'd be under her cell, {said('mon', n)}"], confirm=["yes please"]),
    cancelled("mon", n, "Yvette Cormier", f"{THU0}T11:30"),
    mine("mon", n, "Yvette Cormier", f"{THU0}T11:30"),
    "the mother's booking under her own number: nothing under the son's, hers asked",
    caller=stranger("mon"))
n = 2
add("a02", "iq", n, p("could you move my grandpa's appointment to thursday at 2 in the "
                      "afternoon?", confirm=["yes"]),
    moved("iq", n, "Simeonie Nowdlak", f"{THU0}T14:00"),
    mine("iq", n, "Simeonie Nowdlak", f"{WED1}T10:00"),
    "the grandfather's under the number calling, to Thursday the 25th at 2")
n = 3
add("a03", "yk", n, p("what time is my son Liam's appointment? I forgot to write it down",
                      bye="great, thanks, that's all"),
    kept(say=["Wednesday, March 31st at 4 p.m."]),
    mine("yk", n, "Liam Drygeese", f"{WED1}T16:00"),
    "a check of a son's appointment under the parent's number")
n = 4
add("a04", "cb", n, p("I need to cancel my partner Jordan's appointment, not mine, just "
                      "Jordan's", confirm=["yes"]),
    cancelled("cb", n, "Jordan Kaosoni", f"{TUE1}T10:00"),
    [entry(f"{TUE1}T09:30", "Casey Kaosoni", num("cb", n)),
     entry(f"{TUE1}T10:00", "Jordan Kaosoni", num("cb", n))],
    "two under one number, the partner's named: Jordan's cancelled")
n = 5
add("a05", "gb", n, p("my wife has something booked with you, which day is that on?",
                      bye="ok lovely, thanks"),
    kept(say=["Thursday, April 1st at 1:30 p.m."]),
    mine("gb", n, "Hilda Pottle", f"{THU1}T13:30"),
    "a check of a wife's booking: which day; Goose Bay (Atlantic time)")


# ------------------------------------------------- r: relative to the appointment
n = 11
add("r01", "gl", n, p("could you push my appointment back by thirty minutes?", confirm=["yes"]),
    moved("gl", n, "Angus MacNeil", f"{THU0}T14:00"),
    mine("gl", n, "Angus MacNeil", f"{THU0}T13:30"),
    "'back by thirty minutes': 1:30 to 2 the same day")
n = 12
add("r02", "ri", n, p("I'd like to do the same time the following week if that's possible",
                      confirm=["yes"]),
    moved("ri", n, "Martha Kabvitok", f"{WED1}T11:00"),
    mine("ri", n, "Martha Kabvitok", f"{WED0}T11:00"),
    "'the same time the following week': a week after the appointment; Rankin Inlet")
n = 13
add("r03", "inu", n, p("can my appointment be a week later? same time", confirm=["yes"]),
    moved("inu", n, "Gerald Kuptana", f"{THU1}T15:00"),
    mine("inu", n, "Gerald Kuptana", f"{THU0}T15:00"),
    "'a week later, same time'; Inuvik (Mountain time)")
n = 14
add("r04", "whs", n, p("my appointment's at 3:30 on the 30th, is there anything earlier that "
                       "day?", time=["10:30 would be great"], confirm=["yes"]),
    moved("whs", n, "Colleen Sidney", f"{TUE1}T10:30"),
    mine("whs", n, "Colleen Sidney", f"{TUE1}T15:30"),
    "'anything earlier that day': that day's free times offered; '10:30' keeps the 30th")
n = 15
add("r05", "fn", n, p("could you make my appointment an hour and a half later?",
                      confirm=["yes"]),
    moved("fn", n, "Darcy Loewen", f"{WED1}T10:30"),
    mine("fn", n, "Darcy Loewen", f"{WED1}T09:00"),
    "'an hour and a half later': 9 to 10:30; Fort Nelson (UTC-7 all year)")
n = 16
add("r06", "mon", n, p("hi, can you push my appointment back a day?",
                       time=["tuesday then, same time"], confirm=["yes"]),
    moved("mon", n, "Rejeanne Leger", f"{TUE1}T10:00"),
    mine("mon", n, "Rejeanne Leger", f"{THU0}T10:00"),
    "a day later is Good Friday (closed): said closed, next open day Tuesday the 30th "
    "(Easter Monday closed too); 'Tuesday then, same time'", closed=EASTER)
n = 17
add("r07", "yk", n, p("is it possible to move my appointment up by an hour?", confirm=["yes"]),
    moved("yk", n, "Tanya Lafferty", f"{FRI1}T13:00"),
    mine("yk", n, "Tanya Lafferty", f"{FRI1}T14:00"),
    "'move it up by an hour': earlier, 2 to 1")
n = 18
add("r08", "cb", n, p("something came up, could we do two weeks later, same time?",
                      confirm=["yes"]),
    moved("cb", n, "Bobby Anavilok", f"{TUE3}T11:30"),
    mine("cb", n, "Bobby Anavilok", f"{TUE1}T11:30"),
    "'two weeks later, same time': the 30th to April 13th")


# ------------------------------------------------- w: to a window
n = 21
add("w01", "iq", n, p("I need to change my appointment to next tuesday, any time after 2",
                      time=["yes"], confirm=["yes"]),
    moved("iq", n, "Leetia Ipeelie", f"{TUE1}T15:00"),
    mine("iq", n, "Leetia Ipeelie", f"{WED0}T09:30") + taken(TUE1, "14:00", "14:30"),
    "'next Tuesday' said on a Tuesday is the 30th; after 2, 2 and 2:30 taken: 3 first; "
    "'yes' takes it")
n = 22
add("w02", "gl", n, p("can I switch my appointment to thursday, sometime before 11?",
                      time=["yes"], confirm=["yes"]),
    moved("gl", n, "Flora MacKinnon", f"{THU0}T09:30"),
    mine("gl", n, "Flora MacKinnon", f"{WED1}T14:00") + taken(THU0, "09:00"),
    "Thursday before 11, 9 taken: 9:30 first, 'yes' takes it")
n = 23
add("w03", "mon", n, p("I need to move my appointment, any morning next week works for me",
                       time=["yes"], confirm=["yes"]),
    moved("mon", n, "Gilles Arsenault", f"{TUE1}T09:30"),
    mine("mon", n, "Gilles Arsenault", f"{THU0}T14:30") + taken(TUE1, "09:00"),
    "any morning next week: Easter Monday closed, Tuesday 9 taken: 9:30", closed=EASTER)
n = 24
add("w04", "whs", n, p("could we move me to tomorrow between 1 and 3?",
                       time=["2:30 please"], confirm=["yes"]),
    moved("whs", n, "Norma Charlie", f"{WED0}T14:30"),
    mine("whs", n, "Norma Charlie", f"{THU1}T10:00") + taken(WED0, "13:00", "13:30"),
    "tomorrow between 1 and 3: 2 and later offered, '2:30 please'")
n = 25
add("w05", "yk", n, p("I'm booked thursday at 10, could we make it later in the day, "
                      "like after 3?", time=["yes"], confirm=["yes"]),
    moved("yk", n, "Peter Beaulieu", f"{THU0}T15:00"),
    mine("yk", n, "Peter Beaulieu", f"{THU0}T10:00"),
    "'later in the day, after 3': the appointment's day, 3 first")


# ------------------------------------------------- k: two on file
n = 31
add("k01", "ri", n, p("please cancel the one on the 30th", confirm=["yes"]),
    cancelled("ri", n, "Annie Tootoo", f"{TUE1}T11:00"),
    mine("ri", n, "Annie Tootoo", f"{TUE1}T11:00", f"{THU1}T14:00"),
    "two on file, 'the one on the 30th'")
n = 32
add("k02", "fn", n, p("hi, it's megan janzen, I need to move my kid's one to monday the 5th "
                      "at 3:30", confirm=["yes"]),
    moved("fn", n, "Noah Janzen", f"{MON2}T15:30"),
    [entry(f"{THU0}T16:00", "Megan Janzen", num("fn", n)),
     entry(f"{FRI1}T15:30", "Noah Janzen", num("fn", n))],
    "the parent's and the child's under one number; the caller names herself, so 'my "
    "kid's one' is the one under the other name")
n = 33
add("k03", "gb", n, p("I've got two appointments booked, cancel the later one please",
                      confirm=["yes"]),
    cancelled("gb", n, "Roxanne Rumbolt", f"{WED1}T13:00"),
    mine("gb", n, "Roxanne Rumbolt", f"{WED0}T09:30", f"{WED1}T13:00"),
    "'the later one' of two: the 31st")
n = 34
add("k04", "inu", n, p("I need to cancel both of my appointments", confirm=["yes"]),
    cancelled("inu", n, "Elaine Gordon", f"{FRI1}T10:00"),
    mine("inu", n, "Elaine Gordon", f"{THU0}T09:00", f"{FRI1}T10:00"),
    "'both': each cancelled; the last change (the later one) is reported")
n = 35
add("k05", "iq", n, p("when are my two appointments again?", bye="perfect, thank you"),
    kept(say=["Wednesday, March 24th at 2 p.m.", "Tuesday, April 6th at 9:30 a.m."]),
    mine("iq", n, "Jeannie Akavak", f"{WED0}T14:00", f"{TUE2}T09:30"),
    "a check of both: both read")
n = 36
add("k06", "cb", n, p("I have two on the first, can you move the earlier one to 11?",
                      confirm=["yes"]),
    moved("cb", n, "Wilfred Ekpakohak", f"{THU1}T11:00"),
    mine("cb", n, "Wilfred Ekpakohak", f"{THU1}T09:00", f"{THU1}T15:00"),
    "two the same day, 'the earlier one' to 11 the same day")


# ------------------------------------------------- h: holidays and closed days
n = 41
add("h01", "gl", n, p("can I move my appointment to friday at 10?",
                      time=["ok, tuesday at 10 then"], confirm=["yes"]),
    moved("gl", n, "Dolena Campbell", f"{TUE1}T10:00", say=["closed"]),
    mine("gl", n, "Dolena Campbell", f"{WED0}T15:00"),
    "Friday is Good Friday (closed): said so; 'Tuesday at 10 then' (the 30th)",
    closed=EASTER)
n = 42
add("h02", "ri", n, p("could we do saturday morning instead?", time=["yes"], confirm=["yes"]),
    moved("ri", n, "Lucy Kaludjak", f"{EASTERMON}T09:30", say=["closed"]),
    mine("ri", n, "Lucy Kaludjak", f"{THU0}T13:00") + taken(EASTERMON, "09:00"),
    "Saturday closed: said so, Monday the 29th's free times (open in this line), 9 taken: "
    "9:30 on 'yes'")
n = 43
add("h03", "whs", n, p("I'd like to move my appointment to monday the 29th at 1",
                       time=["1 o'clock on the tuesday is fine"], confirm=["yes"]),
    moved("whs", n, "Doris Smith", f"{TUE1}T13:00", say=["closed"]),
    mine("whs", n, "Doris Smith", f"{WED0}T11:00"),
    "Easter Monday closed: said so; 'the tuesday' after it at 1", closed=EASTER)
n = 44
add("h04", "mon", n, p("any chance I could come in on sunday at 11 instead?",
                       time=["monday at 11 then"], confirm=["yes"]),
    moved("mon", n, "Aurele Goguen", f"{EASTERMON}T11:00", say=["closed"]),
    mine("mon", n, "Aurele Goguen", f"{TUE1}T14:00"),
    "Sunday closed; 'Monday at 11 then' (the 29th, open in this line)")
n = 45
add("h05", "yk", n, p("my appointment is on good friday isn't it? what time is it?",
                      bye="oh ok, thanks"),
    kept(say=["Thursday, March 25th at 2 p.m."]),
    mine("yk", n, "Brenda Mandeville", f"{THU0}T14:00"),
    "a check from a caller who thought it was Friday: the Thursday read", closed=EASTER)


# ------------------------------------------------- n: nothing under the number calling
n = 51
add("n01", "gb", n, p("I'd like to move my appointment to wednesday the 31st at 3",
                      phone=[said("gb", n)], confirm=["yes"]),
    moved("gb", n, "Sheldon Oldford", f"{WED1}T15:00"),
    mine("gb", n, "Sheldon Oldford", f"{THU0}T10:30"),
    "nothing under the number calling: the booking's number asked, found, moved",
    caller=stranger("gb"))
n = 52
add("n02", "iq", n, p("hi, I'm calling to cancel my appointment",
                      phone=[said("iq", n)], confirm=["no"],
                      other=["oh, never mind then, I must have the wrong clinic"]),
    kept(),
    [],
    "nothing under any number: said so; the caller leaves ('never mind')",
    caller=stranger("iq"))
n = 53
add("n03", "fn", n, p(f"I booked under {said('fn', n)}, can you cancel that one for me?",
                      phone=[said("fn", n)], confirm=["yes"]),
    cancelled("fn", n, "Kyle Pletz", f"{WED1}T11:30"),
    mine("fn", n, "Kyle Pletz", f"{WED1}T11:30"),
    "the booking's number said in the opening, nothing under the number calling",
    caller=stranger("fn"))
n = 54
add("n04", "inu", n, p("can you tell me what time I'm booked for? I'm calling from work",
                       bye="that's all, thanks",
                       phone=["eight six seven, five five five, two seven five four"]),
    kept(say=["Thursday, April 1st at 11 a.m."]),
    mine("inu", n, "Wanda Elias", f"{THU1}T11:00"),
    "a check from a work phone: the number asked, said in words, found",
    caller=stranger("inu"))


# ------------------------------------------------- c: at the read-back
n = 61
add("c01", "cb", n, p("I need to move my appointment to thursday the 1st at 2",
                      confirm=["no, three o'clock, not two", "yes"]),
    moved("cb", n, "Rhoda Klengenberg", f"{THU1}T15:00"),
    mine("cb", n, "Rhoda Klengenberg", f"{WED0}T10:00"),
    "'three o'clock, not two' at the read-back: the day kept")
n = 62
add("c02", "gl", n, p("can I move it to wednesday at 11?",
                      confirm=["no sorry, next week's wednesday", "yes"]),
    moved("gl", n, "Hector Boutilier", f"{WED1}T11:00"),
    mine("gl", n, "Hector Boutilier", f"{THU0}T09:00"),
    "'Wednesday' is tomorrow; at the read-back 'next week's Wednesday': the 31st, 11 kept")
n = 63
add("c03", "ri", n, p("move my appointment to thursday at 1 please",
                      confirm=["no", "yes"], time=["thursday at 4 instead"]),
    moved("ri", n, "Joanasie Autut", f"{THU0}T16:00"),
    mine("ri", n, "Joanasie Autut", f"{TUE1}T13:00"),
    "a bare 'no' at the read-back, then 'Thursday at 4 instead'")
n = 64
add("c04", "mon", n, p("I need to cancel my appointment",
                       confirm=["no wait, not that one, the one on april 2nd", "yes"]),
    cancelled("mon", n, "Chantal Robichaud", f"{FRI1}T14:30"),
    mine("mon", n, "Chantal Robichaud", f"{WED0}T10:30", f"{FRI1}T14:30"),
    "two on file, not named; the one read back refused for 'the one on April 2nd'")
n = 65
add("c05", "whs", n, p("could I move my appointment to tuesday the 6th at 9?",
                       confirm=["make that half past 9 instead", "yes"]),
    moved("whs", n, "Travis Silverfox", f"{TUE2}T09:30"),
    mine("whs", n, "Travis Silverfox", f"{THU0}T13:00"),
    "'make that half past 9 instead' at the read-back: the 6th kept")


# ------------------------------------------------- m: actually, keep it
n = 71
add("m01", "iq", n, p("I want to cancel my appointment on thursday",
                      confirm=["you know what, just keep it, I'll be there"]),
    kept(),
    mine("iq", n, "Pauloosie Kilabuk", f"{THU0}T10:00"),
    "'just keep it, I'll be there' at a cancel's read-back: nothing changed")
n = 72
add("m02", "yk", n, p("can I move my appointment to sometime next week?",
                      time=["actually, let's just leave it as it is"]),
    kept(),
    mine("yk", n, "Shirley Zoe", f"{WED0}T13:30"),
    "'let's just leave it as it is' while times are offered: nothing changed")
n = 73
add("m03", "gb", n, p("I'd like to move my appointment to friday the 2nd at 10",
                      confirm=["on second thought, leave it where it is"]),
    kept(),
    mine("gb", n, "Clarence Baikie", f"{THU0}T15:30"),
    "'leave it where it is' at a move's read-back: nothing changed")
n = 74
add("m04", "fn", n, p("please cancel my appointment", confirm=["hmm, no, don't cancel it"]),
    kept(),
    mine("fn", n, "Irene Dueck", f"{TUE1}T09:00"),
    "'no, don't cancel it' at the read-back, then goodbye: nothing changed")


# ------------------------------------------------- q: checks
n = 81
add("q01", "gl", n, p("what time is my appointment on thursday?", bye="ok, thanks a lot"),
    kept(say=["2:30 p.m."]),
    mine("gl", n, "Marlene Gillis", f"{THU0}T14:30"),
    "a check: what time on Thursday")
n = 82
add("q02", "ri", n, p("which day am I booked for again?", bye="perfect, thanks"),
    kept(say=["Wednesday, March 31st"]),
    mine("ri", n, "Eva Aliktiluk", f"{WED1}T09:30"),
    "a check: which day")
n = 83
add("q03", "inu", n, p("do I have anything booked with you this week?", bye="great, thanks"),
    kept(say=["Thursday, March 25th at 4:30 p.m."]),
    mine("inu", n, "Donald Inglangasuk", f"{THU0}T16:30"),
    "a check: 'anything booked this week'")


# ------------------------------------------------- b: the chiropractor and the hearing clinic
def chiro(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "tb", n, persona_, expected, existing, note, caller=caller, business=CHIRO)


def ears(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "dc", n, persona_, expected, existing, note, caller=caller, business=EARS)


def booking(z, n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num(z, n))


n = 91
chiro("b01", n, p("could you move my adjustment with dr. korpela on thursday to 6:15 that "
                  "evening?", confirm=["yes"]),
      moved("tb", n, "Paul Niemi", f"{THU0}T18:15", service="Adjustment", resource=KORPELA,
            minutes=15),
      [booking("tb", n, "Paul Niemi", f"{THU0}T11:00", "Adjustment", 15, KORPELA)],
      "an adjustment to 6:15 p.m. the same day, Dr. Korpela works Thursdays to 7")
n = 92
chiro("b02", n, p("I need to cancel my massage but keep the adjustment", confirm=["yes"]),
      cancelled("tb", n, "Tina Laaksonen", f"{TUE1}T13:00", service="Massage therapy",
                resource=BOUCHARD, minutes=45),
      [booking("tb", n, "Tina Laaksonen", f"{TUE1}T12:00", "Adjustment", 15, KORPELA),
       booking("tb", n, "Tina Laaksonen", f"{TUE1}T13:00", "Massage therapy", 45, BOUCHARD)],
      "two on file, the service names which: the massage cancelled")
n = 93
chiro("b03", n, p("can my massage on monday be moved to saturday morning?",
                  time=["9:15 works"], confirm=["yes"]),
      moved("tb", n, "Kari Hamalainen", f"{SAT0}T09:15", service="Massage therapy",
            resource=BOUCHARD, minutes=45),
      [booking("tb", n, "Kari Hamalainen", f"{EASTERMON}T14:00", "Massage therapy", 45,
               BOUCHARD)],
      "Saturday morning with the same RMT (Saturdays 9 to 12 by the clinic's hours); 9:15")
n = 94
chiro("b04", n, p("could you push my assessment tomorrow back 45 minutes?", confirm=["yes"]),
      moved("tb", n, "Derek Salo", f"{WED0}T10:45", service="New patient assessment",
            resource=LINDQVIST, minutes=60),
      [booking("tb", n, "Derek Salo", f"{WED0}T10:00", "New patient assessment", 60,
               LINDQVIST)],
      "'back 45 minutes' on the 15-minute grid: 10 to 10:45, done before his lunch")
n = 95
chiro("b05", n, p("who am I seeing next tuesday, and what time?", bye="ok, thanks"),
      kept(say=["Korpela", "5:30 p.m."]),
      [booking("tb", n, "Aino Heikkila", f"{TUE1}T17:30", "Adjustment", 15, KORPELA)],
      "a check: with whom and what time")
n = 96
ears("b06", n, p("I'd like to move my hearing aid check a week later, same time",
                 confirm=["yes"]),
     moved("dc", n, "Ron Letkeman", f"{FRI1}T10:00", service="Hearing aid check",
           resource=OLAFSON, minutes=30),
     [booking("dc", n, "Ron Letkeman", f"{GOODFRI}T10:00", "Hearing aid check", 30, OLAFSON)],
     "a week later, same time: Friday the 26th (open here) to April 2nd with Derek")
n = 97
ears("b07", n, p("my dad can't make his hearing test on wednesday, can you cancel it?",
                 confirm=["yes"]),
     cancelled("dc", n, "Walter Friesen", f"{WED0}T13:00", service="Hearing test",
               resource=WHITFORD, minutes=60),
     [booking("dc", n, "Walter Friesen", f"{WED0}T13:00", "Hearing test", 60, WHITFORD)],
     "the father's hearing test under the caller's number, cancelled")
n = 98
ears("b08", n, p("can I move my tinnitus appointment to friday?",
                 time=["ok, thursday at 10 then"], confirm=["yes"]),
     moved("dc", n, "Gail Sawchuk", f"{THU0}T10:00", service="Tinnitus consultation",
           resource=WHITFORD, minutes=45),
     [booking("dc", n, "Gail Sawchuk", f"{TUE1}T14:00", "Tinnitus consultation", 45,
              WHITFORD)],
     "Friday: the audiologist is off Fridays, nothing that day; 'Thursday at 10 then' "
     "(the 25th)")
n = 99
ears("b09", n, p("what time is my ear wax removal and who's doing it?", bye="ok, thank you"),
     kept(say=["Lori Chalmers", "Wednesday, March 31st at 9 a.m."]),
     [booking("dc", n, "Hank Dyck", f"{WED1}T09:00", "Ear wax removal", 30, CHALMERS)],
     "a check: what time and with whom")


# ------------------------------------------------- v: variants written after the fixes
n = 101
add("v01", "gl", n, p("could you cancel my husband Marcel's appointment? mine is fine",
                      confirm=["yes"]),
    cancelled("gl", n, "Marcel Doucette", f"{THU1}T14:30"),
    [entry(f"{THU1}T14:00", "Ginette Doucette", num("gl", n)),
     entry(f"{THU1}T14:30", "Marcel Doucette", num("gl", n))],
    "after the fixes: the husband named among two under one number")
n = 102
add("v02", "yk", n, p("this is dana kootoo, I have to cancel my daughter's one",
                      confirm=["yes"]),
    cancelled("yk", n, "Sila Kootoo", f"{FRI1}T09:30"),
    [entry(f"{THU0}T11:00", "Dana Kootoo", num("yk", n)),
     entry(f"{FRI1}T09:30", "Sila Kootoo", num("yk", n))],
    "after the fixes: the caller names herself, 'my daughter's one' is the other name")
n = 103
add("v03", "mon", n, p("my husband has something booked there, which day is it?",
                       bye="alright, thanks"),
    kept(say=["Wednesday, March 31st at 3 p.m."]),
    mine("mon", n, "Roland Gaudet", f"{WED1}T15:00"),
    "after the fixes: 'has something booked', 'which day is it'")
n = 104
add("v04", "iq", n, p("could you tell me what time I'm in for on thursday?",
                      bye="great, thank you"),
    kept(say=["Thursday, March 25th at 9:30 a.m."]),
    mine("iq", n, "Mary Kilabuk", f"{THU0}T09:30"),
    "after the fixes: 'what time I'm in for'")
n = 105
add("v05", "ri", n, p("can we do the same time the week after?", confirm=["yes"]),
    moved("ri", n, "Louis Pilakapsi", f"{FRI2}T13:00"),
    mine("ri", n, "Louis Pilakapsi", f"{FRI1}T13:00"),
    "after the fixes: 'the same time the week after', no appointment word")
n = 106
add("v06", "whs", n, p("hi, could I come monday the 5th at 2 instead?", confirm=["yes"]),
    moved("whs", n, "Gordon Peter", f"{MON2}T14:00"),
    mine("whs", n, "Gordon Peter", f"{WED0}T10:00"),
    "after the fixes: 'instead' as the request, a time with it")
n = 107
add("v07", "inu", n, p("my appointment's on thursday at 2, could I come a bit later that "
                       "day?", time=["4 o'clock"], confirm=["yes"]),
    moved("inu", n, "Annie Ruben", f"{THU0}T16:00"),
    mine("inu", n, "Annie Ruben", f"{THU0}T14:00"),
    "after the fixes: 'my appointment's', later that day; 4 o'clock")
n = 108
chiro("v08", n, p("who am I booked with tomorrow?", bye="ok, thanks"),
      kept(say=["Lindqvist"]),
      [booking("tb", n, "Olli Maki", f"{WED0}T15:00", "Adjustment", 15, LINDQVIST)],
      "after the fixes: 'who am I booked with'")
n = 109
ears("v09", n, p("please cancel my wax removal but leave the hearing aid check",
                 confirm=["yes"]),
     cancelled("dc", n, "Irma Braun", f"{WED1}T10:00", service="Ear wax removal",
               resource=CHALMERS, minutes=30),
     [booking("dc", n, "Irma Braun", f"{WED1}T09:00", "Hearing aid check", 30, OLAFSON),
      booking("dc", n, "Irma Braun", f"{WED1}T10:00", "Ear wax removal", 30, CHALMERS)],
     "after the fixes: the service changed before 'but leave' the other")
n = 110
ears("v10", n, p("when's my hearing test, and is it with the audiologist?", bye="thanks"),
     kept(say=["Karen Whitford"]),
     [booking("dc", n, "Vern Hiebert", f"{THU1}T13:00", "Hearing test", 60, WHITFORD)],
     "after the fixes: a check says the person")


def main():
    biz = business_by_name({CHIRO: os.path.join(HERE, CHIRO), EARS: os.path.join(HERE, EARS)})
    n = write_jsonl(os.path.join(HERE, "changes27_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
