#!/usr/bin/env python3
"""Writes changes24_calls.jsonl: English calls that CANCEL, MOVE or CHECK an appointment,
round 4 (SPEC §3 and §3.1). Four businesses: the default one (a line without `business`),
a Charlottetown foot clinic of this round (`businesses/foot_charlottetown.toml`), the
Brandon vet (`businesses/vet_brandon.toml`) and the Edmonton garage of the examples
(`garage`).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm24). Families:
- `r`: moves said relatively: "push it back an hour", "same time next week", "a week
  later", "the day after", "earlier that day", "to the afternoon", "the earliest you've
  got" (after the appointment's day is named), "any time Thursday after 2", "bump it up
  half an hour", "same time tomorrow", "the Monday after";
- `w`: two appointments on file: which one (asked, or named by day, time, "the later
  one"), a check of both;
- `p`: another phone: the booking under another number (said up front, or asked), the
  number in pieces over two or three turns, a number not found then a corrected one, a
  not-found number said again and then a corrected one;
- `k`: check-only calls ("when is my appointment?", "did I book for Tuesday or
  Wednesday?", "is it still on?");
- `c`: cancel then rebook in the same call (one move, SPEC: the appointment changed);
- `m`: a change of mind ("actually, keep it"), the read-back refused or corrected;
- `x`: moves to a closed day (Good Friday in `closed`, a Saturday), a taken time, a time
  already past, after closing, "the day after" onto a holiday;
- `e`: a second request after a change (the call's outcome is its change);
- `f`: the Charlottetown foot clinic: moves across Good Friday and Easter Monday (its
  `closed_dates`), onto Claire Gallant's lunch or her day off, a 60-minute assessment
  that would run past closing, "same time next week", a check, a cancel;
- `g`: the Edmonton garage (`examples/garage.toml`): an oil change moved "to Saturday
  morning", a diagnostic pushed a day, a brake job cancelled, a check;
- `n`: the Brandon vet: "the day after", "earlier that day", Dr. Dhaliwal's day off, a
  cancel, a check;
- `v`: variants written after the fixes.
The default-business calls are spread over Toronto, Vancouver, Edmonton, Regina,
Winnipeg, Ottawa, Halifax, Moncton, St. John's and Whitehorse.

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed,
the time said; a cancel and a new booking in one call is one move (`rescheduled`); one
change in a call that also asks something else is that change's outcome. `say_contains`
/ `say_not_contains` are the call-file runner's checks, not score.py's.

The reference instant is Tuesday 2027-03-23 10:05 local time in each call's zone (daylight
time since the 14th) unless a case says otherwise; Friday the 26th is Good Friday.

Blind score (the start binary, main at 537c74f): 52/70 on outcomes (score.py), 51/70 with
the runner's wording checks. p04 was then relabelled (its persona answered the read-back
with the number correction). Fixed: checks said as "did I book", "what time was I booked",
"I forget which day", "when is Shadow booked in"; moves said as "my X moved/pushed", "can
my X go to", "a week later" or "sooner" of the caller's own, "earlier that day" after
"I'm booked"; a self-correction ("... no wait, can we move it instead"); "the earliest"
with the appointment's own day (last round's f08); a clock after "earlier that day"; a
number said at the new-booking offer after a not-found; "no wait, make it 11" in the
extractor. After the fixes 68/70, and twelve variants (`v`, written after): 2/12 with the
start binary, 11/12 after. May fail: n02 and v12 ("moved earlier that day, is 9 open?"),
e01 (a change ends the call: the check asked after it is not heard).

Run: python3 bella-dialog/testdata/gen_changes24_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, Business, business_by_name, busy, local_now,  # noqa: E402
                       persona, staffed, taken, write_jsonl)

KIND = "changes24"
NOW = "2027-03-23T10:05"
TUE, WED, THU, FRI = "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26"
SAT = "2027-03-27"
MON2, TUE2, WED2, THU2, FRI2 = ("2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01",
                                "2027-04-02")
GOOD_FRIDAY = FRI
FOOT = "businesses/foot_charlottetown.toml"
VET = "businesses/vet_brandon.toml"
GARAGE = "garage"
# zone key -> (time zone, area code)
ZONES = {
    "tor": ("America/Toronto", "416"), "van": ("America/Vancouver", "604"),
    "edm": ("America/Edmonton", "780"), "reg": ("America/Regina", "306"),
    "wpg": ("America/Winnipeg", "204"), "ott": ("America/Toronto", "613"),
    "hfx": ("America/Halifax", "902"), "mct": ("America/Moncton", "506"),
    "stj": ("America/St_Johns", "709"), "whs": ("America/Whitehorse", "867"),
    "pei": ("America/Halifax", "902"), "bdn": ("America/Winnipeg", "431"),
}
GALLANT, MACPHEE = "Claire Gallant", "Sam MacPhee"
DHALIWAL, FEHR = "Dr. Anita Dhaliwal", "Dr. Greg Fehr"

lines = []
_round = ChangeRound(lines, "ch24", KIND, ZONES, NOW, 400, "9200")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept


def earliest(z, day, existing, after=None, before=None, closed=()):
    """The default business's first free start of `day` in the window at NOW in `z`,
    the caller's own appointments not counted (they are what is being moved)."""
    others = [e for e in existing if "name" not in e]
    now = local_now(NOW, ZONES[z][0])
    return Business.default(closed).free_starts(day, now, others, after=after,
                                                before=before)[0][0]


# ------------------------------------------------- r: moves said relatively
n = 1
add("r01", "tor", n, persona(intent=["hi there, can you push my appointment back an hour?"],
                             confirm=["yes"]),
    moved("tor", n, "Nadia Rahman", f"{THU}T11:00", say=["Thursday, March 25th at 10 a.m."]),
    mine("tor", n, "Nadia Rahman", f"{THU}T10:00"),
    "'push it back an hour': the same day, an hour later")
n = 2
add("r02", "van", n, persona(intent=["I need to move my thursday appointment to the same time "
                                     "next week"], confirm=["yes"]),
    moved("van", n, "Kevin Lam", f"{THU2}T14:30"),
    mine("van", n, "Kevin Lam", f"{THU}T14:30"),
    "'the same time next week': a week later, same time")
n = 3
add("r03", "edm", n, persona(intent=["hi, I've got an appointment wednesday, could we make it "
                                     "a week later instead?"], confirm=["yes"]),
    moved("edm", n, "Shauna Kozak", f"{WED2}T13:00"),
    mine("edm", n, "Shauna Kozak", f"{WED}T13:00"),
    "'a week later': the same time a week on")
n = 4
add("r04", "reg", n, persona(intent=["could I do the day after instead? same time is fine"],
                             confirm=["yes"]),
    moved("reg", n, "Bryce Hoffman", f"{THU}T15:30"),
    mine("reg", n, "Bryce Hoffman", f"{WED}T15:30"),
    "'the day after' the appointment (Wednesday): Thursday, same time")
n = 5
add("r05", "wpg", n, persona(intent=["I'm booked for three tomorrow, could I come in earlier "
                                     "that day, like around 11?"], confirm=["yes"]),
    moved("wpg", n, "Amanda Friesen", f"{WED}T11:00"),
    mine("wpg", n, "Amanda Friesen", f"{WED}T15:00"),
    "'earlier that day, around 11'")
n = 6
existing = mine("hfx", n, "Colleen MacNeil", f"{THU}T09:30") + taken(THU, "12:00")
add("r06", "hfx", n, persona(intent=["can you move my appointment to the afternoon instead?"],
                             time=["yes"], confirm=["yes"]),
    moved("hfx", n, "Colleen MacNeil", earliest("hfx", THU, existing, after="12:00")),
    existing,
    "'to the afternoon': the same day after 12, 12 taken, the earliest free (12:30) on 'yes'")
n = 7
existing = mine("stj", n, "Tom Kavanagh", f"{FRI}T15:00") + busy(TUE, "10:30", "16:30")
add("r07", "stj", n, persona(intent=["my friday appointment, can you move it up to the earliest "
                                     "you've got?"], time=["yes"], confirm=["yes"]),
    moved("stj", n, "Tom Kavanagh", f"{WED}T09:00"),
    existing,
    "SPEC §3: 'the earliest you've got' offers the earliest free times from now, not "
    "Friday's; today is full, so Wednesday at 9 (last round's f08)")
n = 8
existing = (mine("mct", n, "Julie Arsenault", f"{THU2}T14:00") + busy(TUE, "10:30", "16:30")
            + busy(WED, "09:00", "11:30"))
add("r08", "mct", n, persona(intent=["I'm booked on april 1st but I'd like to get in sooner, "
                                     "whatever's the first available"], time=["yes"],
                             confirm=["yes"]),
    moved("mct", n, "Julie Arsenault", f"{WED}T12:00"),
    existing,
    "'first available' from now: today full, Wednesday morning full, so Wednesday at 12")
n = 9
existing = mine("tor", n, "Priya Menon", f"{MON2}T10:00") + taken(THU, "14:00", "14:30")
add("r09", "tor", n, persona(intent=["could you move my monday appointment to any time "
                                     "thursday after 2?"], time=["yes"], confirm=["yes"]),
    moved("tor", n, "Priya Menon", f"{THU}T15:00"),
    existing,
    "a window 'any time Thursday after 2': 2 and 2:30 taken, the earliest free after 2 is 3")
n = 10
add("r10", "ott", n, persona(intent=["is there any way to bump my appointment tomorrow up half "
                                     "an hour?"], confirm=["yes"]),
    moved("ott", n, "Marc Belanger", f"{WED}T10:30"),
    mine("ott", n, "Marc Belanger", f"{WED}T11:00"),
    "'bump it up half an hour': 30 minutes earlier")
n = 11
add("r11", "edm", n, persona(intent=["I need my thursday appointment pushed to later in the day, "
                                     "say 3?"], confirm=["yes"]),
    moved("edm", n, "Darcy Lemieux", f"{THU}T15:00"),
    mine("edm", n, "Darcy Lemieux", f"{THU}T10:00"),
    "'later in the day, say 3': the same day at 15:00")
n = 12
add("r12", "van", n, persona(intent=["I'm booked in this afternoon at 4, could we do the same "
                                     "time tomorrow instead?"], confirm=["yes"]),
    moved("van", n, "Hannah Yip", f"{WED}T16:00"),
    mine("van", n, "Hannah Yip", f"{TUE}T16:00"),
    "'same time tomorrow': the appointment is today at 4")
n = 13
add("r13", "reg", n, persona(intent=["can we push my thursday appointment to the monday after, "
                                     "same time?"], confirm=["yes"]),
    moved("reg", n, "Colton Sawatzky", f"{MON2}T13:00"),
    mine("reg", n, "Colton Sawatzky", f"{THU}T13:00"),
    "'the monday after, same time'")

# ------------------------------------------------- w: two appointments on file
n = 21
add("w01", "tor", n, persona(intent=["I need to cancel one of my appointments"],
                             time=["the wednesday one"], other=["the wednesday one"],
                             confirm=["yes"]),
    cancelled("tor", n, "Lucy Ferreira", f"{WED}T10:00"),
    mine("tor", n, "Lucy Ferreira", f"{WED}T10:00", f"{THU2}T14:00"),
    "two on file, which one not said: asked, 'the wednesday one'")
n = 22
add("w02", "van", n, persona(intent=["I want to move my appointment to friday at 11"],
                             time=["the one next week"], other=["the one next week"],
                             confirm=["yes"]),
    moved("van", n, "Gord Whitman", f"{FRI}T11:00"),
    mine("van", n, "Gord Whitman", f"{WED}T15:00", f"{TUE2}T09:00"),
    "two on file; 'the one next week' answers which; Friday at 11 the new time")
n = 23
add("w03", "wpg", n, persona(intent=["when are my appointments? I know I have a couple",
                                     "ok, thanks"], other=["ok, thanks"]),
    kept(say=["Wednesday, March 24th at 9 a.m.", "Tuesday, March 30th at 1:30 p.m."]),
    mine("wpg", n, "Irene Loewen", f"{WED}T09:00", f"{TUE2}T13:30"),
    "a check of both")
n = 24
add("w04", "hfx", n, persona(intent=["can you cancel my 2:30 tomorrow please"], confirm=["yes"]),
    cancelled("hfx", n, "Jill Gillis", f"{WED}T14:30"),
    mine("hfx", n, "Jill Gillis", f"{WED}T09:00", f"{WED}T14:30"),
    "two on the same day, named by time")
n = 25
add("w05", "edm", n, persona(intent=["I've got two appointments booked, can you move the later "
                                     "one to monday at 10"], confirm=["yes"]),
    moved("edm", n, "Rick Danyluk", f"{MON2}T10:00", say=["Friday, April 2nd at 1 p.m."]),
    mine("edm", n, "Rick Danyluk", f"{THU}T09:00", f"{FRI2}T13:00"),
    "'the later one' of two")
# ------------------------------------------------- p: another phone, numbers in pieces
n = 31
add("p01", "tor", n, persona(intent=["I'm calling from my work phone, I need to cancel my "
                                     "appointment"],
                             phone=["it's under my cell, six four seven, five five five, two "
                                    "four three one"], confirm=["yes"]),
    cancelled("tor", n, "Ben Okafor", f"{WED}T13:00", phone="+16475552431"),
    mine("tor", n, "Ben Okafor", f"{WED}T13:00", phone="+16475552431"),
    "nothing under the work phone: the booking's number asked", caller=stranger("tor"))
n = 32
add("p02", "van", n, persona(intent=["I need to change my appointment time"],
                             phone=["six oh four, five five five", "two four three two"],
                             time=["thursday at 3"], confirm=["yes"]),
    moved("van", n, "Sandeep Gill", f"{THU}T15:00"),
    mine("van", n, "Sandeep Gill", f"{WED}T10:00"),
    "caller id withheld; the number in two pieces over two turns", caller=None)
n = 33
add("p03", "edm", n, persona(intent=["when's my appointment again?", "great, thanks"],
                             phone=["seven eight oh", "five five five", "twenty four thirty "
                                                                       "three"],
                             other=["great, thanks"]),
    kept(say=["Thursday, March 25th at 2 p.m."]),
    mine("edm", n, "Laura Boychuk", f"{THU}T14:00"),
    "calling from a friend's phone; the number in three pieces", caller=stranger("edm"))
n = 34
add("p04", "reg", n, persona(intent=["I have to cancel my appointment"],
                             phone=["three oh six, five five five, two four one four",
                                    "sorry, my mistake, it's three oh six, five five five, two "
                                    "four three four"],
                             confirm=["yes"]),
    cancelled("reg", n, "Glen Hryniuk", f"{THU}T10:30"),
    mine("reg", n, "Glen Hryniuk", f"{THU}T10:30"),
    "nothing under the number calling or the first one said; the corrected one finds it "
    "(the persona's first confirm was the correction, which a caller never says at the "
    "read-back of the appointment found: relabelled after the blind run)",
    caller=stranger("reg"))
n = 35
add("p05", "whs", n, persona(intent=["can you tell me what time my appointment is?",
                                     "ok thank you"],
                             phone=["eight six seven, five five five, two four one five",
                                    "it's eight six seven, five five five, two four one five",
                                    "oh wait, try my husband's, eight six seven, five five five, "
                                    "two four three five"],
                             confirm=["no, try my husband's, eight six seven, five five five, "
                                      "two four three five"],
                             other=["ok thank you"]),
    kept(say=["Monday, March 29th at 10:30 a.m."]),
    mine("whs", n, "Rob Sheldon", f"{MON2}T10:30"),
    "not found, the same number said again, then the husband's number finds it (last "
    "round: a number restated after the not-found offer was not understood)",
    caller=stranger("whs"))
n = 36
add("p06", "mct", n, persona(intent=["hi, it's booked under my daughter's number, five oh six, "
                                     "five five five, two four three six, I need to cancel it"],
                             confirm=["yes"]),
    cancelled("mct", n, "Chloe Richard", f"{WED}T16:00"),
    mine("mct", n, "Chloe Richard", f"{WED}T16:00"),
    "the booking's number said in the opening: used, not asked", caller=stranger("mct"))
n = 37
add("p07", "stj", n, persona(intent=["I'd like to move my appointment please"],
                             phone=["seven oh nine, five five five... two four... three seven"],
                             time=["next tuesday at 2"], confirm=["yes"]),
    moved("stj", n, "Gerard Power", f"{TUE2}T14:00"),
    mine("stj", n, "Gerard Power", f"{THU}T16:00"),
    "withheld; the number with pauses in one turn", caller=None)
n = 38
add("p08", "ott", n, persona(intent=["I want to cancel my appointment"],
                             phone=["six one three, five five five, two four nine nine"],
                             confirm=["oh, sorry, try six one three, five five five, two four "
                                      "three eight", "yes"],
                             other=["six one three, five five five, two four three eight"]),
    cancelled("ott", n, "Anne Charbonneau", f"{MON2}T09:00"),
    mine("ott", n, "Anne Charbonneau", f"{MON2}T09:00"),
    "a wrong number first, not found; the corrected number said at the offer finds it",
    caller=stranger("ott"))

# ------------------------------------------------- k: check-only calls
n = 41
add("k01", "tor", n, persona(intent=["hi, when is my appointment?", "perfect, thanks"],
                             other=["perfect, thanks"]),
    kept(say=["Thursday, March 25th at 3:30 p.m."]),
    mine("tor", n, "Owen Baptiste", f"{THU}T15:30"),
    "a plain check")
n = 42
add("k02", "van", n, persona(intent=["did I book for tuesday or wednesday? I can't remember",
                                     "ok great"], other=["ok great"]),
    kept(say=["Wednesday, March 24th at 10:30 a.m."]),
    mine("van", n, "Mei Chen", f"{WED}T10:30"),
    "'did I book for Tuesday or Wednesday?' is a check")
n = 43
add("k03", "edm", n, persona(intent=["what time was I booked for on thursday again?",
                                     "thanks"], other=["thanks"]),
    kept(say=["1:30 p.m."]),
    mine("edm", n, "Wade Kowalski", f"{THU}T13:30"),
    "a check of a named day's time")
n = 44
add("k04", "reg", n, persona(intent=["is my appointment still on for next week?", "good, thanks"],
                             other=["good, thanks"]),
    kept(say=["Tuesday, March 30th at 9 a.m."]),
    mine("reg", n, "Shirley Bauer", f"{TUE2}T09:00"),
    "'still on for next week?'")
n = 45
add("k05", "stj", n, persona(intent=["I just wanted to double-check my appointment time",
                                     "lovely, thanks"], other=["lovely, thanks"]),
    kept(say=["Monday, March 29th at 11:30 a.m."]),
    mine("stj", n, "Maureen Walsh", f"{MON2}T11:30"),
    "'double-check my appointment time'")
n = 47
add("k07", "hfx", n, persona(intent=["I have an appointment this week but I forget which day, "
                                     "can you check?", "thanks"], other=["thanks"]),
    kept(say=["Thursday, March 25th at 11 a.m."]),
    mine("hfx", n, "Stacey Boudreau", f"{THU}T11:00"),
    "'which day, can you check?'")

# ------------------------------------------------- c: cancel then rebook in the same call
n = 51
add("c01", "tor", n, persona(intent=["I need to cancel my wednesday appointment and book a new "
                                     "one for friday at 1"], confirm=["yes"]),
    moved("tor", n, "Grace Oduya", f"{FRI}T13:00"),
    mine("tor", n, "Grace Oduya", f"{WED}T09:30"),
    "a cancel with a new booking is one move (beyond SPEC, as round 21)")
n = 52
add("c02", "van", n, persona(intent=["cancel my thursday one, and can you put me in on monday at "
                                     "9 instead"], confirm=["yes"]),
    moved("van", n, "Ali Rezaei", f"{MON2}T09:00"),
    mine("van", n, "Ali Rezaei", f"{THU}T12:00"),
    "'cancel ... and put me in ... instead' is a move")
n = 53
add("c03", "wpg", n, persona(intent=["I'd like to cancel and rebook, thursday at 10 doesn't "
                                     "work for me anymore"],
                             time=["tuesday the 30th at 10"], confirm=["yes"]),
    moved("wpg", n, "Jordan Klassen", f"{TUE2}T10:00"),
    mine("wpg", n, "Jordan Klassen", f"{THU}T10:00"),
    "'cancel and rebook', the new time asked")

# ------------------------------------------------- m: change of mind, read-back refused
n = 61
add("m01", "tor", n, persona(intent=["I need to cancel my appointment for thursday"],
                             confirm=["actually no, keep it, I'll make it work"],
                             other=["no, that's all, thanks"]),
    kept(),
    mine("tor", n, "Fatima Qureshi", f"{THU}T16:00"),
    "a cancel's read-back answered 'actually no, keep it': nothing changed")
n = 62
add("m02", "edm", n, persona(intent=["can you move my appointment to friday at 10"],
                             confirm=["no sorry, 11, not 10", "yes"]),
    moved("edm", n, "Curtis Moore", f"{FRI}T11:00"),
    mine("edm", n, "Curtis Moore", f"{WED}T14:00"),
    "the read-back corrected: 11, not 10, on the day under discussion")
n = 63
add("m03", "reg", n, persona(intent=["I'd like to move my appointment to monday at 2"],
                             confirm=["no, actually, forget it, just leave it as it is"]),
    kept(),
    mine("reg", n, "Lorna Schultz", f"{WED}T09:00"),
    "the read-back answered 'forget it, leave it as it is'")
n = 64
add("m04", "whs", n, persona(intent=["I'm gonna cancel my appointment... no wait, can we move it "
                                     "instead, to monday at 2"], confirm=["yes"]),
    moved("whs", n, "Kyle Grant", f"{MON2}T14:00"),
    mine("whs", n, "Kyle Grant", f"{THU}T10:00"),
    "a cancel corrected to a move in the same turn")
n = 65
add("m05", "hfx", n, persona(intent=["I want to move my thursday appointment"],
                             time=["actually, you know what, I'll just keep it where it is"],
                             other=["no, that's it"]),
    kept(),
    mine("hfx", n, "Pam Doucet", f"{THU}T13:00"),
    "a move given up when the new time is asked: nothing changed")

# ------------------------------------------------- x: closed, taken, past, after hours
n = 71
add("x01", "tor", n, persona(intent=["can you move my thursday appointment to friday at 10"],
                             time=["monday at 10 then"], confirm=["yes"]),
    moved("tor", n, "Sara Lindqvist", f"{MON2}T10:00", say=["closed"]),
    mine("tor", n, "Sara Lindqvist", f"{THU}T14:00"),
    "Good Friday in `closed`: said closed, Monday at 10 taken instead", closed=[GOOD_FRIDAY])
n = 72
add("x02", "van", n, persona(intent=["could I move my appointment to saturday?"],
                             time=["yes"], confirm=["yes"]),
    moved("van", n, "Eric Nguyen", f"{MON2}T09:00"),
    mine("van", n, "Eric Nguyen", f"{WED}T11:00"),
    "a Saturday asked (closed): the next open day's times offered (Good Friday is open "
    "here, but Monday is the next open day after Saturday), 'yes' takes 9")
n = 73
add("x03", "edm", n, persona(intent=["I need to move my appointment to thursday at 2"],
                             time=["2:30 is fine"], confirm=["yes"]),
    moved("edm", n, "Mandy Price", f"{THU}T14:30"),
    mine("edm", n, "Mandy Price", f"{WED}T10:00") + taken(THU, "14:00"),
    "Thursday at 2 taken: said so, 2:30 picked")
n = 74
add("x04", "reg", n, persona(intent=["could I move my appointment to this morning at 9?"],
                             time=["ok, 11 then"], confirm=["yes"]),
    moved("reg", n, "Neil Friesen", f"{TUE}T11:00"),
    mine("reg", n, "Neil Friesen", f"{THU}T15:00"),
    "9 this morning is past (10:05 now): refused, '11 then' keeps today")
n = 75
add("x05", "hfx", n, persona(intent=["could you move my thursday appointment to the day after, "
                                     "same time?"],
                             time=["tuesday at 11 then"], confirm=["yes"]),
    moved("hfx", n, "Brenda Muise", f"{TUE2}T11:00"),
    mine("hfx", n, "Brenda Muise", f"{THU}T11:00"),
    "the day after is Good Friday and Monday is Easter Monday, both in `closed`: said "
    "closed, the caller takes Tuesday at 11", closed=[GOOD_FRIDAY, MON2])
n = 76
add("x06", "stj", n, persona(intent=["can I change my appointment to thursday at 6"],
                             time=["4:30 then"], confirm=["yes"]),
    moved("stj", n, "Dan Reid", f"{THU}T16:30"),
    mine("stj", n, "Dan Reid", f"{WED}T11:00"),
    "6 is after closing: refused, 4:30 picked")
n = 77
add("x07", "mct", n, persona(intent=["I need to push my appointment to good friday, the "
                                     "afternoon if you can"],
                             time=["ok, thursday afternoon then", "2 o'clock"],
                             confirm=["yes"]),
    moved("mct", n, "Paul Cormier", f"{THU}T14:00"),
    mine("mct", n, "Paul Cormier", f"{WED}T09:30"),
    "Good Friday closed (`closed`); the caller asks Thursday afternoon and picks 2",
    closed=[GOOD_FRIDAY])

# ------------------------------------------------- e: a second request after a change
n = 81
add("e01", "tor", n, persona(intent=["can you cancel my wednesday one",
                                     "and when's my other one again?"],
                             confirm=["yes"], other=["that's all, thanks"]),
    cancelled("tor", n, "Roya Karimi", f"{WED}T15:00", say=["Thursday, April 1st at 9:30 a.m."]),
    mine("tor", n, "Roya Karimi", f"{WED}T15:00", f"{THU2}T09:30"),
    "a cancel, then a check of the other one (the call's change is its outcome)")
n = 82
add("e02", "edm", n, persona(intent=["I need to move my thursday appointment to friday at 9"],
                             confirm=["yes"], other=["no, that's everything, thanks"]),
    moved("edm", n, "Len Tkachuk", f"{FRI}T09:00", not_say=["trouble understanding"]),
    mine("edm", n, "Len Tkachuk", f"{THU}T14:00"),
    "a move and nothing else: ended politely")
n = 83
add("e03", "ott", n, persona(intent=["I have to cancel my appointment on monday", "bye now"],
                             confirm=["yes"], other=["bye now"]),
    cancelled("ott", n, "Josee Lavoie", f"{MON2}T15:30",
              not_say=["trouble understanding", "transfer"]),
    mine("ott", n, "Josee Lavoie", f"{MON2}T15:30"),
    "a cancel, then 'bye now'")

# ------------------------------------------------- f: the Charlottetown foot clinic


def foot(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "pei", 90 + n, persona_, expected, existing, note, caller=caller, business=FOOT)


def patient(n, name, start, service, minutes, resource, phone=None):
    return staffed(start, minutes, resource, service, name, phone or num("pei", 90 + n))


def fmoved(n, name, start, service, minutes, resource, say=()):
    return moved("pei", 90 + n, name, start, say=say, service=service, resource=resource,
                 minutes=minutes)


def fcancelled(n, name, start, service, minutes, resource, say=()):
    return cancelled("pei", 90 + n, name, start, say=say, service=service, resource=resource,
                     minutes=minutes)


n = 1
foot("f01", n, persona(intent=["I have orthotics on thursday, can you push it to the same time "
                               "next week?"], confirm=["yes"]),
     fmoved(n, "Heather MacDonald", f"{THU2}T10:00", "Orthotics fitting", 30, MACPHEE),
     [patient(n, "Heather MacDonald", f"{THU}T10:00", "Orthotics fitting", 30, MACPHEE)],
     "'the same time next week' with Sam MacPhee (his Thursdays)")
n = 2
foot("f02", n, persona(intent=["can you move my nail care to the day after?"],
                       time=["ok, thursday the first at 9 then"], confirm=["yes"]),
     fmoved(n, "Gail Arsenault", f"{THU2}T09:00", "Nail care", 30, MACPHEE),
     [patient(n, "Gail Arsenault", f"{THU}T09:00", "Nail care", 30, MACPHEE)],
     "the day after Thursday is Good Friday and Monday is Easter Monday, both closed "
     "(`closed_dates`): said so; Thursday April 1st at 9 with Sam MacPhee (his day)")
n = 3
foot("f03", n, persona(intent=["I need to move my assessment to wednesday at 11:30"],
                       time=["1 o'clock then"], confirm=["yes"]),
     fmoved(n, "Ken Gallant", f"{WED}T13:00", "Foot assessment", 60, GALLANT),
     [patient(n, "Ken Gallant", f"{TUE}T14:00", "Foot assessment", 60, GALLANT)],
     "an hour at 11:30 would cross Claire Gallant's lunch: refused, 1 o'clock picked")
n = 4
foot("f04", n, persona(intent=["could my assessment go to thursday instead, same time?"],
                       time=["tuesday then, 10 o'clock"], confirm=["yes"]),
     fmoved(n, "Tanya Pineau", f"{TUE2}T10:00", "Foot assessment", 60, GALLANT),
     [patient(n, "Tanya Pineau", f"{WED}T10:00", "Foot assessment", 60, GALLANT)],
     "Claire Gallant, the only one who assesses, is off Thursdays: nothing Thursday; the "
     "caller takes Tuesday at 10")
n = 5
foot("f05", n, persona(intent=["can I move my assessment to wednesday at 5:30"],
                       time=["5 then"], confirm=["yes"]),
     fmoved(n, "Ryan Doiron", f"{WED}T17:00", "Foot assessment", 60, GALLANT),
     [patient(n, "Ryan Doiron", f"{TUE}T15:00", "Foot assessment", 60, GALLANT)],
     "an hour at 5:30 would run past 6 on Wednesday: refused, 5 picked")
n = 6
foot("f06", n, persona(intent=["hi, I'm calling to cancel my toenail appointment"],
                       confirm=["yes"]),
     fcancelled(n, "Doris Campbell", f"{FRI2}T11:00", "Nail care", 30, MACPHEE),
     [patient(n, "Doris Campbell", f"{FRI2}T11:00", "Nail care", 30, MACPHEE)],
     "a cancel by the service's phrase")
n = 7
foot("f07", n, persona(intent=["when's my orthotics fitting?", "thanks very much"],
                       other=["thanks very much"]),
     kept(say=["Tuesday, March 30th at 2:30 p.m."]),
     [patient(n, "Pat Coady", f"{TUE2}T14:30", "Orthotics fitting", 30, GALLANT)],
     "a check by the service's name")
n = 8
foot("f08", n, persona(intent=["I need to push my fitting on friday back an hour"],
                       confirm=["yes"]),
     fmoved(n, "Lisa Murphy", f"{FRI2}T10:30", "Orthotics fitting", 30, MACPHEE),
     [patient(n, "Lisa Murphy", f"{FRI2}T09:30", "Orthotics fitting", 30, MACPHEE)],
     "'my fitting on friday': the only one on file is Friday April 2nd (Good Friday is "
     "closed); an hour later")
n = 9
foot("f09", n, persona(intent=["can I get my nail care moved earlier that day, the first thing "
                               "you have?"], time=["yes"], confirm=["yes"]),
     fmoved(n, "Joan Bernard", f"{WED}T10:00", "Nail care", 30, GALLANT),
     [patient(n, "Joan Bernard", f"{WED}T15:00", "Nail care", 30, GALLANT)],
     "Wednesday opens at 10: 'earlier that day, the first thing you have' is 10")
n = 10
foot("f10", n, persona(intent=["I have two things booked with you, I need to cancel the "
                               "orthotics one"], confirm=["yes"]),
     fcancelled(n, "Wayne Dunn", f"{THU}T13:00", "Orthotics fitting", 30, MACPHEE),
     [patient(n, "Wayne Dunn", f"{WED}T14:00", "Foot assessment", 60, GALLANT),
      patient(n, "Wayne Dunn", f"{THU}T13:00", "Orthotics fitting", 30, MACPHEE)],
     "two on file, the one named by its service")

# ------------------------------------------------- g: the Edmonton garage (examples)


def car(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "edm", 110 + n, persona_, expected, existing, note, caller=caller, business=GARAGE)


def job(n, name, start, service, minutes, resource, phone=None):
    return staffed(start, minutes, resource, service, name, phone or num("edm", 110 + n))


n = 1
car("g01", n, persona(intent=["I've got an oil change booked thursday, can you move it to "
                              "saturday morning?"], time=["yes"], confirm=["yes"]),
    moved("edm", 110 + n, "Terry Wong", f"{SAT}T09:00", service="Oil change",
          resource="Bay 1", minutes=30),
    [job(n, "Terry Wong", f"{THU}T08:00", "Oil change", 30, "Bay 1")],
    "Saturday morning (9 to 1): the earliest free, 9, on 'yes'")
n = 2
car("g02", n, persona(intent=["can you push my diagnostic back a day"], confirm=["yes"]),
    moved("edm", 110 + n, "Brent Olson", f"{THU}T13:00", service="Diagnostic",
          resource="Bay 3", minutes=120),
    [job(n, "Brent Olson", f"{WED}T13:00", "Diagnostic", 120, "Bay 3")],
    "'back a day': Thursday, same time, Bay 3")
n = 3
car("g03", n, persona(intent=["yeah I need to cancel the brake job for my truck"],
                      confirm=["yes"]),
    cancelled("edm", 110 + n, "Dale Ference", f"{MON2}T08:00", service="Brake inspection",
              resource="Bay 2", minutes=90),
    [job(n, "Dale Ference", f"{MON2}T08:00", "Brake inspection", 90, "Bay 2")],
    "'the brake job' cancelled")
n = 4
car("g04", n, persona(intent=["what time did I book my oil change for?", "ok thanks"],
                      other=["ok thanks"]),
    kept(say=["Wednesday, March 24th at 4:30 p.m."]),
    [job(n, "Gina Salvador", f"{WED}T16:30", "Oil change", 30, "Bay 2")],
    "a check of an oil change")
n = 5
car("g05", n, persona(intent=["can my brake inspection go to first thing tomorrow instead?"],
                      time=["yes"], confirm=["yes"]),
    moved("edm", 110 + n, "Ivan Petrenko", f"{WED}T08:00", service="Brake inspection",
          resource="Bay 1", minutes=90),
    [job(n, "Ivan Petrenko", f"{FRI}T10:00", "Brake inspection", 90, "Bay 1")],
    "'first thing tomorrow': 8 at the garage")

# ------------------------------------------------- n: the Brandon vet


def vet(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "bdn", 120 + n, persona_, expected, existing, note, caller=caller, business=VET)


def pet(n, name, start, service, minutes, resource, phone=None):
    return staffed(start, minutes, resource, service, name, phone or num("bdn", 120 + n))


def vmoved(n, name, start, service, minutes, resource, say=()):
    return moved("bdn", 120 + n, name, start, say=say, service=service, resource=resource,
                 minutes=minutes)


n = 1
vet("n01", n, persona(intent=["can we move Buddy's checkup to the day after, same time?"],
                      confirm=["yes"]),
    vmoved(n, "Cheryl Martens", f"{FRI}T15:00", "Wellness exam", 30, FEHR),
    [pet(n, "Cheryl Martens", f"{THU}T15:00", "Wellness exam", 30, FEHR)],
    "'the day after, same time' with Dr. Fehr (the vet has no holiday on Good Friday)")
n = 2
vet("n02", n, persona(intent=["I need Daisy's dental moved earlier that day, is 9 open?"],
                      confirm=["yes"]),
    vmoved(n, "Ruth Dueck", f"{THU}T09:00", "Dental cleaning", 60, DHALIWAL),
    [pet(n, "Ruth Dueck", f"{THU}T14:00", "Dental cleaning", 60, DHALIWAL)],
    "'earlier that day, is 9 open?'")
n = 3
vet("n03", n, persona(intent=["can you move Milo's dental to next monday at 10"],
                      time=["tuesday at 10 then"], confirm=["yes"]),
    vmoved(n, "Kurt Enns", f"{TUE2}T10:00", "Dental cleaning", 60, DHALIWAL),
    [pet(n, "Kurt Enns", f"{WED}T10:00", "Dental cleaning", 60, DHALIWAL)],
    "Monday is Dr. Dhaliwal's day off (the only one who does dentals): the caller takes "
    "Tuesday at 10")
n = 4
vet("n04", n, persona(intent=["hi, we have to cancel Pepper's nail trim, she's at my "
                              "sister's this week"], confirm=["yes"]),
    cancelled("bdn", 120 + n, "Tara Wiebe", f"{WED}T08:15", service="Nail trim",
              resource=DHALIWAL, minutes=15),
    [pet(n, "Tara Wiebe", f"{WED}T08:15", "Nail trim", 15, DHALIWAL)],
    "a cancel with a reason")
n = 5
vet("n05", n, persona(intent=["when is Shadow booked in for his sick visit?", "ok, thanks"],
                      other=["ok, thanks"]),
    kept(say=["Thursday, March 25th at 11:15 a.m."]),
    [pet(n, "Ed Penner", f"{THU}T11:15", "Sick visit", 45, FEHR)],
    "a check of a sick visit")


# ------------------------------------------------- v: variants written after the fixes
n = 101
add("v01", "edm", n, persona(intent=["I'm booked for 10 on friday, any chance I could come in "
                                     "later that day, say 2?"], confirm=["yes"]),
    moved("edm", n, "Marcy Dube", f"{FRI}T14:00"),
    mine("edm", n, "Marcy Dube", f"{FRI}T10:00"),
    "after the fixes: a clock after 'later that day' is the new start")
n = 102
add("v02", "tor", n, persona(intent=["could I get my appointment tomorrow moved to the same time "
                                     "next week?"], confirm=["yes"]),
    moved("tor", n, "Dev Patel", f"{WED2}T11:00"),
    mine("tor", n, "Dev Patel", f"{WED}T11:00"),
    "after the fixes: 'get my appointment ... moved'")
n = 103
add("v03", "van", n, persona(intent=["what time did I book for next week?", "ok, thanks"],
                             other=["ok, thanks"]),
    kept(say=["Tuesday, March 30th at 1 p.m."]),
    mine("van", n, "Lorna Chu", f"{TUE2}T13:00"),
    "after the fixes: 'what time did I book' is a check")
n = 104
add("v04", "wpg", n, persona(intent=["I forget what time I'm coming in on thursday, can you look "
                                     "it up?", "great, thanks"], other=["great, thanks"]),
    kept(say=["Thursday, March 25th at 2:30 p.m."]),
    mine("wpg", n, "Barry Unrau", f"{THU}T14:30"),
    "after the fixes: 'I forget what time' is a check")
n = 105
existing = mine("hfx", n, "Wanda Fraser", f"{WED2}T15:00") + busy(TUE, "10:30", "16:30")
add("v05", "hfx", n, persona(intent=["I've got an appointment on the 31st but I'd like to come in "
                                     "sooner if you can, whatever's first"],
                             time=["yes"], confirm=["yes"]),
    moved("hfx", n, "Wanda Fraser", f"{WED}T09:00"),
    existing,
    "after the fixes: 'sooner', the earliest from now (today full)")
n = 106
existing = mine("reg", n, "Hal Zacharias", f"{THU}T11:00") + busy(TUE, "10:30", "16:30")
add("v06", "reg", n, persona(intent=["my thursday one, can you move it to the first available?"],
                             time=["yes"], confirm=["yes"]),
    moved("reg", n, "Hal Zacharias", f"{WED}T09:00"),
    existing,
    "after the fixes: the day names the appointment, 'the first available' from now")
n = 107
add("v07", "stj", n, persona(intent=["when is my husband booked in for?", "right, thanks"],
                             other=["right, thanks"]),
    kept(say=["Wednesday, March 24th at 3 p.m."]),
    mine("stj", n, "Cyril Hynes", f"{WED}T15:00"),
    "after the fixes: 'when is my husband booked in', under the number calling")
n = 108
add("v08", "ott", n, persona(intent=["I'd like to cancel my appointment"],
                             phone=["six one three, five five five, two four nine seven",
                                    "six one three, five five five, two four nine seven"],
                             confirm=["no, it might be under my work number, six one three, "
                                      "five five five, two five oh eight", "yes"]),
    cancelled("ott", n, "Lise Gagne", f"{THU}T09:30", phone="+16135552508"),
    mine("ott", n, "Lise Gagne", f"{THU}T09:30", phone="+16135552508"),
    "after the fixes: not found twice, another number said at the offer of a new booking",
    caller=stranger("ott"))
n = 109
add("v09", "mct", n, persona(intent=["I was going to cancel, but actually no, could you move it "
                                     "to friday at 10 instead"], confirm=["yes"]),
    moved("mct", n, "Rene Bourque", f"{FRI}T10:00"),
    mine("mct", n, "Rene Bourque", f"{THU}T13:00"),
    "after the fixes: a cancel taken back for a move")
n = 110
add("v10", "whs", n, persona(intent=["can you move my appointment to thursday at 10"],
                             confirm=["no wait, make it 11", "yes"]),
    moved("whs", n, "Ivy Sidney", f"{THU}T11:00"),
    mine("whs", n, "Ivy Sidney", f"{WED}T14:00"),
    "after the fixes: 'no wait, make it 11' at the read-back (SPEC §3's own example)")
n = 11
car("v11", n, persona(intent=["can my oil change go to monday at 8 instead?"], confirm=["yes"]),
    moved("edm", 110 + n, "Paulo Reis", f"{MON2}T08:00", service="Oil change", minutes=30),
    [job(n, "Paulo Reis", f"{WED}T09:00", "Oil change", 30, "Bay 2")],
    "after the fixes: 'can my oil change go to ...'")
n = 11
foot("v12", n, persona(intent=["I need Gail's fitting moved later that day, is 3 open?"],
                       confirm=["yes"]),
     fmoved(n, "Gail Coady", f"{THU}T15:00", "Orthotics fitting", 30, MACPHEE),
     [patient(n, "Gail Coady", f"{THU}T10:00", "Orthotics fitting", 30, MACPHEE)],
     "after the fixes: a possessive's fitting moved later that day, 3 asked")

def main():
    biz = business_by_name({FOOT: os.path.join(HERE, FOOT), VET: os.path.join(HERE, VET),
                            GARAGE: os.path.join(HERE, "..", "examples", "garage.toml")})
    n = write_jsonl(os.path.join(HERE, "changes24_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
