#!/usr/bin/env python3
"""Writes changes29_calls.jsonl: English calls that CANCEL, MOVE or CHECK appointments,
round 29 (SPEC §3 and §3.1). Three businesses: the default one (a line without
`business`), a Winnipeg family dental clinic (`businesses/dental_winnipeg.toml`: exams
and fillings, Dr. Lee Mon/Wed/Fri, Dr. Sharma Tue/Thu/Sat) and a Kingston hair salon
(`businesses/salon_kingston.toml`: 15-minute grid, closed Sundays and Mondays), neither
used by a change round before.

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm29). Every caller says goodbye when asked whether there is anything else.
Families:
- `c`: plain cancels, said in several ways;
- `p`: another phone or another person's booking: a friend's phone, a son's booking under
  his own number, a son's under the caller's, nothing anywhere, a wife's number said in
  the opening, a number said in words, the caller's own read back when the mother's was
  meant;
- `k`: two on one number: "which one?" answered by date, by day, "the afternoon one", "my
  next appointment", both read at a check, a day with none, "the one next week";
- `m`: changes of mind: a move's time corrected at the read-back, the day corrected, a
  cancel turned into a move (at the read-back, in the opening, "push it back a week"),
  "actually keep it" (read-back, while times are offered, at a cancel), a move corrected
  after it was made;
- `w`: moves to a taken time, to Saturday, to a closed day, after hours, into the past,
  to a full day, to an afternoon mostly taken;
- `q`: checks: "when is my appointment again?", "am I still on for Tuesday?" (right and
  wrong day), "what day did I book?", a check then a move, a check then a cancel, none
  found;
- `r`: read-back corrections: the time, the date, a time picked then changed, the other
  of two appointments;
- `o`: messy wording: stalls, fillers, repeats, silence, "sorry?", a number said with
  "uh" and a stall first;
- `b`: the dental clinic and the hair salon: by service, by person, a person's day off,
  Saturday's early closing, the salon's closed Monday, a colour too long for the end of
  the day;
- `v`: variants written after the fixes.

The reference instant is Tuesday 2027-06-08 10:20 local time in each call's zone. A
weekday alone is the next such day after today (SPEC §2): "Tuesday" is the 15th.

Beyond the SPEC (said in each case's note): a check is `no_booking`, nothing changed; a
move keeps its own person unless another is asked for. `say_contains` /
`say_not_contains` are the call-file runner's checks, not score.py's.

Blind score (main at dbd1ea6, the start binary): 64/67 on outcomes (score.py), 64/67 with
the runner's wording checks (k03 "I've got two on thursday" read as 2 o'clock, k07 "the
one next week" at a move's read-back, b09 "who's doing my hair" taken for a booking).
After the fixes 67/67; ten variants (`v`, written after the fixes, new phrasings of the
failures) 2/10 with the start binary, 10/10 after.

Run: python3 bella-dialog/testdata/gen_changes29_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (ChangeRound, busy, business_by_name, staffed, taken,  # noqa: E402
                      whole_day, write_jsonl, persona)

KIND = "changes29"
NOW = "2027-06-08T10:20"
TODAY, WED0, THU0, FRI0, SAT0 = "2027-06-08", "2027-06-09", "2027-06-10", "2027-06-11", "2027-06-12"
MON1, TUE1, WED1, THU1, FRI1, SAT1 = ("2027-06-14", "2027-06-15", "2027-06-16", "2027-06-17",
                                      "2027-06-18", "2027-06-19")
MON2, TUE2 = "2027-06-21", "2027-06-22"
DENTAL = "businesses/dental_winnipeg.toml"
SALON = "businesses/salon_kingston.toml"
# zone key -> (time zone, area code)
ZONES = {
    "hal": ("America/Halifax", "902"), "tor": ("America/Toronto", "416"),
    "wpg": ("America/Winnipeg", "204"), "cal": ("America/Edmonton", "403"),
    "van": ("America/Vancouver", "604"),
    "dw": ("America/Winnipeg", "431"), "ks": ("America/Toronto", "613"),
}
LEE, SHARMA = "Dr. Henry Lee", "Dr. Anika Sharma"
EXAM, FILLING = "Dental exam", "Filling"
KIM, ALEX, MARCUS = "Kim Nguyen", "Alexandra Boucher", "Marcus Reid"
HAIRCUT, COLOUR, BLOWDRY = "Haircut", "Colour", "Blow-dry"

lines = []
_round = ChangeRound(lines, "ch29", KIND, ZONES, NOW, 900, "9700")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept = _round.moved, _round.cancelled, _round.kept
BYE = "no, that's all, thank you"
WORDS = "zero one two three four five six seven eight nine".split()


def said(z, n):
    """Caller `n`'s number as said: '<area> 555 29nn'."""
    return num(z, n)[2:5] + " 555 " + num(z, n)[-4:]


def in_words(z, n, oh=True):
    """Caller `n`'s number in words, in three groups ('oh' for zero when `oh`)."""
    digits = num(z, n)[2:]
    w = [("oh" if oh and c == "0" else WORDS[int(c)]) for c in digits]
    return " ".join(w[:3]) + ", " + " ".join(w[3:6]) + ", " + " ".join(w[6:])


def p(*intent, bye=BYE, **kw):
    """A persona whose opening is `intent` and who says `bye` when asked for more."""
    return persona(intent=list(intent) + [bye], other=kw.pop("other", [bye]), **kw)


def which(answer, then=("yes",), **kw):
    """A persona answering a 'which one?' with `answer` whatever the agent expects, then
    `then` at the read-back."""
    return dict(time=[answer], confirm=[answer, *then], other=[answer, BYE], **kw)


def dental(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "dw", n, persona_, expected, existing, note, caller=caller, business=DENTAL)


def salon(cid, n, persona_, expected, existing, note, caller="own"):
    add(cid, "ks", n, persona_, expected, existing, note, caller=caller, business=SALON)


def booking(z, n, name, start, service, minutes, resource):
    return staffed(start, minutes, resource, service, name, num(z, n))


# ------------------------------------------------- c: plain cancels
n = 1
add("c01", "tor", n, p("hi, yeah, um, I need to cancel my, uh, my appointment", confirm=["yes"]),
    cancelled("tor", n, "Karen Mills", f"{THU0}T13:00"),
    mine("tor", n, "Karen Mills", f"{THU0}T13:00"),
    "a cancel with fillers and a repeat: the one under the caller id read back, yes")
n = 2
add("c02", "van", n, p("please cancel my appointment for friday", confirm=["yeah, go ahead"]),
    cancelled("van", n, "Jason Lee", f"{FRI0}T09:30"),
    mine("van", n, "Jason Lee", f"{FRI0}T09:30"),
    "a cancel by day; 'yeah, go ahead' is a yes")
n = 3
add("c03", "cal", n, p("I have to cancel tomorrow, sorry, something came up",
                       confirm=["yes please"]),
    cancelled("cal", n, "Morgan Kerr", f"{WED0}T15:30"),
    mine("cal", n, "Morgan Kerr", f"{WED0}T15:30"),
    "'cancel tomorrow': tomorrow's appointment read back; Calgary (America/Edmonton)")
n = 4
add("c04", "hal", n, p("I won't be able to make my appointment, can you cancel it?",
                       confirm=["that's right"]),
    cancelled("hal", n, "Shawn Comeau", f"{MON1}T11:30"),
    mine("hal", n, "Shawn Comeau", f"{MON1}T11:30"),
    "'won't be able to make it, can you cancel it'; 'that's right' is a yes")
n = 5
add("c05", "wpg", n, p("I'd like to cancel my appointment on the 17th", confirm=["yes"]),
    cancelled("wpg", n, "Dana Klassen", f"{THU1}T10:30"),
    mine("wpg", n, "Dana Klassen", f"{THU1}T10:30"),
    "a cancel by date ('the 17th')")


# ------------------------------------------------- p: another phone, another person
n = 11
add("p01", "tor", n, p("hi, I'm calling from a friend's phone, I want to cancel my appointment",
                       phone=[said("tor", n)], confirm=["yes"]),
    cancelled("tor", n, "Amira Haddad", f"{WED1}T14:00"),
    mine("tor", n, "Amira Haddad", f"{WED1}T14:00"),
    "nothing under the friend's phone: the booking's number asked, found, cancelled",
    caller=stranger("tor"))
n = 12
add("p02", "van", n, p("I need to cancel my son's appointment", bye="ok, thanks, bye",
                       phone=[f"his number is {said('van', 13)}"], confirm=["yes"]),
    cancelled("van", 13, "Ryan Tse", f"{FRI0}T15:00"),
    mine("van", 13, "Ryan Tse", f"{FRI0}T15:00"),
    "a son's booking under his own number: nothing under the parent's, his number asked")
n = 14
add("p03", "cal", n, p("when is my son's appointment? I booked it for him", bye="ok, thanks"),
    kept(say=["Monday, June 14th at 3:30 p.m."]),
    mine("cal", n, "Tyler Brandt", f"{MON1}T15:30"),
    "a check of a son's booking made under the parent's number: read, nothing changed")
n = 15
add("p04", "hal", n, p("I need to cancel my appointment", phone=[said("hal", n)],
                       bye="oh, ok, I'll call back then"),
    kept(),
    [],
    "nothing under the caller id nor the number given: said so, nothing changed",
    caller=stranger("hal"))
n = 16
add("p05", "wpg", n, p(f"can you move my wife's appointment to monday at 2? it's under her "
                       f"cell, {said('wpg', n)}", phone=[said("wpg", n)], confirm=["yes"]),
    moved("wpg", n, "Colleen Harper", f"{MON1}T14:00"),
    mine("wpg", n, "Colleen Harper", f"{FRI0}T11:00"),
    "the wife's number said in the opening, nothing under the husband's phone: hers moved",
    caller=stranger("wpg"))
n = 17
add("p06", "van", n, p("hi, I want to check when my appointment is",
                       phone=[in_words("van", n)], bye="perfect, thank you"),
    kept(say=["Thursday, June 17th at 9 a.m."]),
    mine("van", n, "Grace Kwon", f"{THU1}T09:00"),
    "nothing under the caller id; the number said in words ('six oh four ...'), found, "
    "read", caller=stranger("van"))
n = 18
add("p07", "tor", n, p("I need to cancel my mom's appointment", phone=[said("tor", 19)],
                       confirm=[f"no, that's mine, hers is under her number {said('tor', 19)}",
                                "yes"]),
    cancelled("tor", 19, "Rosa Bianchi", f"{TUE1}T10:00"),
    mine("tor", n, "Lina Bianchi", f"{THU0}T15:00")
    + mine("tor", 19, "Rosa Bianchi", f"{TUE1}T10:00"),
    "the caller's own booking is read back first; 'no, that's mine, hers is under' a "
    "number: the mother's cancelled, the caller's kept")


# ------------------------------------------------- k: two on one number
n = 21
add("k01", "tor", n, p("I need to cancel my appointment", **which("the one on the 18th")),
    cancelled("tor", n, "Derek Fong", f"{FRI1}T15:00"),
    mine("tor", n, "Derek Fong", f"{THU0}T11:00", f"{FRI1}T15:00"),
    "two on file: which one asked; 'the one on the 18th' picks Friday the 18th")
n = 22
add("k02", "wpg", n, p("can you move the monday one to tuesday at 4?", confirm=["yes"]),
    moved("wpg", n, "Erin Dueck", f"{TUE1}T16:00"),
    mine("wpg", n, "Erin Dueck", f"{WED0}T09:30", f"{MON1}T13:00"),
    "two on file, 'the monday one' (the 14th) to Tuesday the 15th at 4")
n = 23
add("k03", "van", n, p("I've got two on thursday, please cancel the afternoon one",
                       confirm=["yes"]),
    cancelled("van", n, "Nina Sohal", f"{THU1}T15:00"),
    mine("van", n, "Nina Sohal", f"{THU1}T09:00", f"{THU1}T15:00"),
    "two the same day: 'the afternoon one' is 3 p.m.")
n = 24
add("k04", "cal", n, p("please cancel my next appointment", confirm=["yes"]),
    cancelled("cal", n, "Blair Hunt", f"{FRI0}T10:00"),
    mine("cal", n, "Blair Hunt", f"{TUE2}T13:30", f"{FRI0}T10:00"),
    "'my next appointment' of two (listed out of order): the soonest, Friday the 11th")
n = 25
add("k05", "hal", n, p("when are my appointments? I think I have two", bye="great, thanks"),
    kept(say=["Wednesday, June 9th at 1 p.m.", "Monday, June 21st at 9:30 a.m."]),
    mine("hal", n, "Fiona MacLeod", f"{WED0}T13:00", f"{MON2}T09:30"),
    "a check of two: both read, nothing changed")
n = 26
add("k06", "tor", n, p("I need to cancel the one on wednesday",
                       **which("oh, sorry, the thursday one then")),
    cancelled("tor", n, "Paul Szabo", f"{THU0}T16:00"),
    mine("tor", n, "Paul Szabo", f"{THU0}T16:00", f"{FRI0}T09:00"),
    "none on Wednesday (Thursday and Friday are): said so; 'the thursday one then'")
n = 27
add("k07", "wpg", n, p("can I move my appointment to friday at 10?",
                       **which("the one next week")),
    moved("wpg", n, "Sandra Penner", f"{FRI0}T10:00"),
    mine("wpg", n, "Sandra Penner", f"{WED0}T14:00", f"{TUE1}T09:00"),
    "two on file, the target said first: which one asked; 'the one next week' is Tuesday "
    "the 15th's, moved to this Friday at 10")


# ------------------------------------------------- m: changes of mind
n = 31
add("m01", "tor", n, p("can I move my appointment to friday at 10?",
                       confirm=["no, sorry, make it 11", "yes"]),
    moved("tor", n, "Adam Cole", f"{FRI0}T11:00"),
    mine("tor", n, "Adam Cole", f"{THU0}T10:00"),
    "'no, make it 11' at the move's read-back: Friday at 11, read back, yes")
n = 32
add("m02", "wpg", n, p("I want to move my appointment to thursday at 9",
                       confirm=["no, wait, friday at 9", "yes"]),
    moved("wpg", n, "Lois Friesen", f"{FRI0}T09:00"),
    mine("wpg", n, "Lois Friesen", f"{MON1}T14:30"),
    "the day corrected at the read-back: Friday at 9")
n = 33
add("m03", "cal", n, p("I need to cancel my appointment",
                       confirm=["actually, can I move it to monday at 1 instead?", "yes"]),
    moved("cal", n, "Greg Olson", f"{MON1}T13:00"),
    mine("cal", n, "Greg Olson", f"{THU0}T09:30"),
    "a cancel turned into a move at the cancel's read-back: Monday at 1")
n = 34
add("m04", "van", n, p("I want to cancel my appointment, well, actually, could I move it "
                       "instead?", time=["wednesday at 11"], confirm=["yes"]),
    moved("van", n, "Tina Bains", f"{WED0}T11:00"),
    mine("van", n, "Tina Bains", f"{FRI0}T14:00"),
    "cancel taken back for a move in the opening: the new time asked; Wednesday (the 9th) "
    "at 11")
n = 35
add("m05", "hal", n, p("can you move my appointment to monday at 3?",
                       confirm=["actually, keep it where it is"]),
    kept(),
    mine("hal", n, "Kevin Boudreau", f"{WED1}T10:00"),
    "'actually, keep it where it is' at the move's read-back: nothing changed")
n = 36
add("m06", "tor", n, p("could I move my appointment to thursday?",
                       time=["hmm, actually never mind, I'll keep my original time"]),
    kept(),
    mine("tor", n, "Julie Roy", f"{FRI1}T13:00"),
    "'never mind, I'll keep my original time' while Thursday's times are offered: nothing "
    "changed")
n = 37
add("m07", "wpg", n, p("please cancel my appointment on monday",
                       confirm=["hmm, on second thought, leave it"]),
    kept(),
    mine("wpg", n, "Brad Wiebe", f"{MON1}T09:00"),
    "'on second thought, leave it' at the cancel's read-back: nothing changed")
n = 38
add("m08", "cal", n, p("I'd like to move my appointment to monday at 2",
                       confirm=["no, tuesday, same time", "yes"]),
    moved("cal", n, "Heidi Lang", f"{TUE1}T14:00"),
    mine("cal", n, "Heidi Lang", f"{FRI0}T11:00"),
    "'no, tuesday, same time' at the read-back: Tuesday the 15th at 2")
n = 39
add("m09", "van", n, p("cancel my appointment please",
                       confirm=["no, don't cancel it, can you push it back a week instead?",
                                "yes"]),
    moved("van", n, "Omar Qureshi", f"{THU1}T10:30"),
    mine("van", n, "Omar Qureshi", f"{THU0}T10:30"),
    "at the cancel's read-back, 'don't cancel, push it back a week': the 10th to the 17th, "
    "same time")
n = 40
add("m10", "hal", n, p("can I move my appointment to wednesday at 3?",
                       "oh wait, sorry, can you make that 3:30 instead?", confirm=["yes"]),
    moved("hal", n, "Liz Doucette", f"{WED0}T15:30"),
    mine("hal", n, "Liz Doucette", f"{MON1}T10:00"),
    "moved to Wednesday at 3, then corrected when asked for anything else: 3:30 (the "
    "appointment as it stands at the end)")


# ------------------------------------------------- w: taken, closed, after hours, past
n = 41
add("w01", "tor", n, p("can you move my appointment to thursday at 2?", time=["3 then"],
                       confirm=["yes"]),
    moved("tor", n, "Mark Sousa", f"{THU0}T15:00"),
    mine("tor", n, "Mark Sousa", f"{MON1}T09:30") + taken(THU0, "14:00"),
    "Thursday at 2 is taken: said, nearest offered; '3 then' keeps Thursday")
n = 42
add("w02", "wpg", n, p("could I move my appointment to saturday?", time=["10 works"],
                       confirm=["yes"]),
    moved("wpg", n, "Carol Unger", f"{MON1}T10:00", say=["closed"]),
    mine("wpg", n, "Carol Unger", f"{THU0}T13:30"),
    "Saturday is closed: said, Monday the 14th's times offered; '10 works' keeps Monday")
n = 43
add("w03", "cal", n, p("can I move my appointment to friday the 18th at 11?",
                       time=["thursday the 17th at 11 then"], confirm=["yes"]),
    moved("cal", n, "Stacy Moen", f"{THU1}T11:00", say=["closed"]),
    mine("cal", n, "Stacy Moen", f"{WED0}T10:00"),
    "the 18th is in `closed`: said closed; 'Thursday the 17th at 11 then'",
    closed=[FRI1])
n = 44
add("w04", "van", n, p("can I move my appointment to 6 tomorrow evening?",
                       time=["4:30 then"], confirm=["yes"]),
    moved("van", n, "Raj Dhillon", f"{WED0}T16:30"),
    mine("van", n, "Raj Dhillon", f"{FRI0}T09:00"),
    "6 p.m. is after closing: said, tomorrow's times offered; '4:30 then' keeps tomorrow")
n = 45
add("w05", "hal", n, p("can I move my appointment to 9 this morning?",
                       time=["1:30 this afternoon then"], confirm=["yes"]),
    moved("hal", n, "Bev Ross", f"{TODAY}T13:30"),
    mine("hal", n, "Bev Ross", f"{THU0}T14:00"),
    "9 this morning is past (10:20): said, other times offered; '1:30 this afternoon then'")
n = 46
add("w06", "tor", n, p("I'd like to move my appointment to monday", time=["tuesday at 9 then"],
                       confirm=["yes"]),
    moved("tor", n, "Ian Walker", f"{TUE1}T09:00"),
    mine("tor", n, "Ian Walker", f"{FRI0}T12:00") + whole_day(MON1),
    "Monday is full: said, other times offered; 'Tuesday at 9 then'")
n = 47
add("w07", "wpg", n, p("can you move my appointment to thursday afternoon?", time=["yes"],
                       confirm=["yes"]),
    moved("wpg", n, "Roger Funk", f"{THU0}T16:00"),
    mine("wpg", n, "Roger Funk", f"{TUE1}T10:00") + busy(THU0, "12:00", "15:30"),
    "Thursday afternoon, 12 to 4 taken: 4 first, 'yes' takes it")


# ------------------------------------------------- q: checks
n = 51
add("q01", "tor", n, p("when is my appointment again?", bye="ok, thanks"),
    kept(say=["Thursday, June 10th at 2:30 p.m."]),
    mine("tor", n, "Sue Chan", f"{THU0}T14:30"),
    "a check: 'when is my appointment again?' read, nothing changed")
n = 52
add("q02", "wpg", n, p("am I still on for tuesday?", bye="great, thanks"),
    kept(say=["Tuesday, June 15th at 11 a.m."]),
    mine("wpg", n, "Ted Loewen", f"{TUE1}T11:00"),
    "'am I still on for Tuesday?': yes, Tuesday the 15th at 11")
n = 53
add("q03", "cal", n, p("am I still on for tuesday?", bye="oh, ok, thanks"),
    kept(say=["Wednesday, June 16th at 1 p.m."]),
    mine("cal", n, "Lynn Fehr", f"{WED1}T13:00"),
    "'still on for Tuesday?' when it is Wednesday the 16th: the one on file is read "
    "(assumed), nothing changed")
n = 54
add("q04", "van", n, p("I forgot what day I booked for, can you tell me?", bye="thanks"),
    kept(say=["Friday, June 18th at 10:30 a.m."]),
    mine("van", n, "Ali Nasser", f"{FRI1}T10:30"),
    "'what day I booked for': read")
n = 55
add("q05", "hal", n, p("when's my appointment again?", "ok, could you make it an hour later?",
                       confirm=["yes"]),
    moved("hal", n, "Joan Carter", f"{FRI0}T12:00"),
    mine("hal", n, "Joan Carter", f"{FRI0}T11:00"),
    "a check, then 'an hour later' when asked for anything else: 11 to 12 the same day")
n = 56
add("q06", "tor", n, p("is my appointment on friday still on?",
                       "actually, please cancel it, I can't make it anymore", confirm=["yes"]),
    cancelled("tor", n, "Ron Grant", f"{FRI0}T16:00"),
    mine("tor", n, "Ron Grant", f"{FRI0}T16:00"),
    "a check, then a cancel of the same one when asked for anything else")
n = 57
add("q07", "wpg", n, p("am I booked in for next week?", phone=[said("wpg", n)],
                       bye="ok, I must be mistaken, bye"),
    kept(),
    [],
    "a check, nothing under the caller id nor the number given: said so",
    caller=stranger("wpg"))


# ------------------------------------------------- r: read-back corrections
n = 61
add("r01", "tor", n, p("please move my appointment to thursday at 3",
                       confirm=["no, I said 3:30", "yes"]),
    moved("tor", n, "Nora Price", f"{THU0}T15:30"),
    mine("tor", n, "Nora Price", f"{TUE1}T09:00"),
    "'no, I said 3:30' at the read-back: Thursday at 3:30")
n = 62
add("r02", "wpg", n, p("can I change my appointment to the 16th at 10?",
                       confirm=["no, the 17th, not the 16th", "yes"]),
    moved("wpg", n, "Gord Reimer", f"{THU1}T10:00"),
    mine("wpg", n, "Gord Reimer", f"{FRI0}T15:00"),
    "the date corrected at the read-back: the 17th, time kept")
n = 63
add("r03", "cal", n, p("could I move my appointment to monday morning?", time=["9:30"],
                       confirm=["wait, no, 10:30 please", "yes"]),
    moved("cal", n, "Wendy Price", f"{MON1}T10:30"),
    mine("cal", n, "Wendy Price", f"{THU0}T15:00"),
    "a time picked from Monday morning's offers, then changed at the read-back: 10:30")
n = 64
add("r04", "van", n, p("cancel my friday appointment please",
                       confirm=["oh, no, sorry, I meant the thursday one", "yes"]),
    cancelled("van", n, "Hugo Ferreira", f"{THU0}T11:00"),
    mine("van", n, "Hugo Ferreira", f"{THU0}T11:00", f"{FRI0}T11:00"),
    "two on file, Friday's read back; 'I meant the thursday one': Thursday's cancelled")


# ------------------------------------------------- o: messy wording
n = 71
add("o01", "tor", n, p("um, hi, yeah, so I, I need to, uh, move my, my appointment",
                       time=["uh, let me see", "thursday, um, thursday at 11"],
                       confirm=["yes"]),
    moved("tor", n, "Vic Mendes", f"{THU0}T11:00"),
    mine("tor", n, "Vic Mendes", f"{MON1}T16:00"),
    "a move with stutters; a stall, then 'thursday, um, thursday at 11'")
n = 72
add("o02", "van", n, p("I'm calling to cancel my appointment", confirm=["sorry?", "yes"]),
    cancelled("van", n, "Kim Ho", f"{WED1}T09:30"),
    mine("van", n, "Kim Ho", f"{WED1}T09:30"),
    "'sorry?' at the read-back: repeated, then yes")
n = 73
add("o03", "cal", n, p("so like, could you cancel my, like, thing on monday?",
                       confirm=["yeah"]),
    cancelled("cal", n, "Jade Wong", f"{MON1}T12:30"),
    mine("cal", n, "Jade Wong", f"{MON1}T12:30"),
    "'cancel my, like, thing on monday': a cancel with fillers")
n = 74
add("o04", "hal", n, p("I need to cancel my appointment", confirm=["", "yes"]),
    cancelled("hal", n, "Cole Baker", f"{FRI1}T14:30"),
    mine("hal", n, "Cole Baker", f"{FRI1}T14:30"),
    "silence at the read-back, then yes")
n = 75
add("o05", "wpg", n, p("move my appointment, move my appointment to friday at 1",
                       confirm=["yep, yep, that's right"]),
    moved("wpg", n, "Tom Enns", f"{FRI0}T13:00"),
    mine("wpg", n, "Tom Enns", f"{WED1}T11:30"),
    "the request said twice; 'yep, yep, that's right'")
n = 76
add("o06", "tor", n, p("I have to cancel my appointment",
                       phone=["hold on, let me find it",
                              "four one six, uh, five five five, "
                              + " ".join(WORDS[int(c)] for c in num("tor", n)[-4:])],
                       confirm=["yes"]),
    cancelled("tor", n, "Ella Kaur", f"{THU1}T13:30"),
    mine("tor", n, "Ella Kaur", f"{THU1}T13:30"),
    "nothing under the caller id: the number asked; 'hold on', then the number in words "
    "with an 'uh'", caller=stranger("tor"))
n = 77
add("o07", "van", n, p("hi there, so I can't make it on monday, I guess I'll have to cancel",
                       confirm=["mm-hmm, yes"]),
    cancelled("van", n, "Lee Park", f"{MON1}T14:00"),
    mine("van", n, "Lee Park", f"{MON1}T14:00"),
    "'can't make it on monday, I guess I'll have to cancel': a cancel; 'mm-hmm, yes'")
n = 78
add("o08", "cal", n, p("I'd like to move my appointment please",
                       time=["one sec", "hmm", "wednesday the 16th at 2"], confirm=["yes"]),
    moved("cal", n, "Drew Yates", f"{WED1}T14:00"),
    mine("cal", n, "Drew Yates", f"{THU0}T10:30"),
    "two stalls ('one sec', 'hmm') when the new time is asked, then the 16th at 2")


# ------------------------------------------------- b: dental clinic and hair salon
n = 81
dental("b01", n, p("I need to cancel my filling on wednesday", confirm=["yes"]),
       cancelled("dw", n, "Mike Hiebert", f"{WED0}T14:00", service=FILLING, resource=LEE,
                 minutes=60),
       [booking("dw", n, "Mike Hiebert", f"{WED0}T14:00", FILLING, 60, LEE)],
       "a cancel by service and day: the filling with Dr. Lee")
n = 82
dental("b02", n, p("can you move my exam to next tuesday at 11?", confirm=["yes"]),
       moved("dw", n, "Anna Kowal", f"{TUE1}T11:00", service=EXAM, resource=SHARMA,
             minutes=30),
       [booking("dw", n, "Anna Kowal", f"{THU0}T09:00", EXAM, 30, SHARMA),
        booking("dw", n, "Anna Kowal", f"{FRI0}T10:00", FILLING, 60, LEE)],
       "two on file, picked by service: the exam (Dr. Sharma, Thursday) to Tuesday the 15th "
       "at 11, the filling kept")
n = 83
dental("b03", n, p("could I move my checkup to tuesday at 10? it has to be with dr. lee",
                   time=["wednesday the 16th at 10 then"], confirm=["yes"]),
       moved("dw", n, "Ben Sawatzky", f"{WED1}T10:00", service=EXAM, resource=LEE,
             minutes=30),
       [booking("dw", n, "Ben Sawatzky", f"{MON1}T10:00", EXAM, 30, LEE)],
       "Dr. Lee does not work Tuesdays: said, other times offered; 'Wednesday the 16th at 10 "
       "then' with him")
n = 84
dental("b04", n, p("what time is my checkup on saturday?", bye="ok, thanks"),
       kept(say=["11 a.m."]),
       [booking("dw", n, "Cindy Thiessen", f"{SAT0}T11:00", EXAM, 30, SHARMA)],
       "a check by service ('checkup' is the dental exam) and day: Saturday at 11")
n = 85
dental("b05", n, p("can you push my filling back an hour?", confirm=["yes"]),
       moved("dw", n, "Dale Froese", f"{FRI0}T14:00", service=FILLING, resource=LEE,
             minutes=60),
       [booking("dw", n, "Dale Froese", f"{FRI0}T13:00", FILLING, 60, LEE)],
       "'push it back an hour': 1 to 2 with Dr. Lee, 60 minutes")
n = 86
dental("b06", n, p("can I move my exam to saturday at 1?", time=["11 then"],
                   confirm=["yes"]),
       moved("dw", n, "Fay Neufeld", f"{SAT0}T11:00", service=EXAM, resource=SHARMA,
             minutes=30),
       [booking("dw", n, "Fay Neufeld", f"{TUE1}T15:00", EXAM, 30, SHARMA)],
       "Saturday closes at 1: said, Saturday's earlier times offered; '11 then' keeps "
       "Saturday, with Dr. Sharma")
n = 87
salon("b07", n, p("I need to cancel my haircut on friday", confirm=["yes"]),
      cancelled("ks", n, "Owen Clarke", f"{FRI0}T15:00", service=HAIRCUT, resource=MARCUS,
                minutes=30),
      [booking("ks", n, "Owen Clarke", f"{FRI0}T15:00", HAIRCUT, 30, MARCUS)],
      "a salon cancel by service and day: the haircut with Marcus")
n = 88
salon("b08", n, p("can I move my colour to thursday evening, like 6?", confirm=["yes"]),
      moved("ks", n, "Rachel Dunn", f"{THU0}T18:00", service=COLOUR, resource=ALEX,
            minutes=90),
      [booking("ks", n, "Rachel Dunn", f"{SAT0}T10:00", COLOUR, 90, ALEX)],
      "the colour (90 minutes, Alex) to Thursday at 6 p.m. (Alex works to 8 Thursdays)")
n = 89
salon("b09", n, p("who's doing my hair on saturday?", bye="ok, great, thanks"),
      kept(say=["Alexandra"]),
      [booking("ks", n, "Megan Hall", f"{THU0}T11:00", HAIRCUT, 30, KIM),
       booking("ks", n, "Megan Hall", f"{SAT0}T10:00", COLOUR, 90, ALEX)],
      "a check of the person for Saturday's booking (two on file): Alexandra")
n = 90
salon("b10", n, p("can I move my haircut to monday?", time=["10:30 then"], confirm=["yes"]),
      moved("ks", n, "Jack Moore", f"{TUE1}T10:30", service=HAIRCUT, resource=KIM,
            minutes=30, say=["closed"]),
      [booking("ks", n, "Jack Moore", f"{FRI0}T14:00", HAIRCUT, 30, KIM)],
      "the salon is closed Mondays: said, Tuesday the 15th's times offered; '10:30 then' "
      "keeps Tuesday, with Kim")
n = 91
salon("b11", n, p("I have two booked, can you cancel the blow-dry?", confirm=["yes"]),
      cancelled("ks", n, "Zoe Bell", f"{FRI0}T16:00", service=BLOWDRY, resource=KIM,
                minutes=30),
      [booking("ks", n, "Zoe Bell", f"{WED0}T09:00", HAIRCUT, 30, MARCUS),
       booking("ks", n, "Zoe Bell", f"{FRI0}T16:00", BLOWDRY, 30, KIM)],
      "two on file, picked by service: the blow-dry cancelled, the haircut kept")
n = 92
salon("b12", n, p("could my colour be moved to saturday at 2?", time=["12:30 then"],
                  confirm=["yes"]),
      moved("ks", n, "Ivy Grant", f"{SAT0}T12:30", service=COLOUR, resource=ALEX,
            minutes=90),
      [booking("ks", n, "Ivy Grant", f"{WED1}T10:00", COLOUR, 90, ALEX)],
      "a 90-minute colour at 2 would end after the 3 o'clock Saturday closing: said, "
      "earlier times offered; '12:30 then' keeps Saturday, with Alex")


# ------------------------------------------------- v: variants written after the fixes
n = 93
add("v01", "tor", n, p("I've got 2 on friday, can you cancel the morning one?", confirm=["yes"]),
    cancelled("tor", n, "Lena Fox", f"{FRI0}T09:30"),
    mine("tor", n, "Lena Fox", f"{FRI0}T09:30", f"{FRI0}T14:00"),
    "after the fixes: 'I've got 2 on friday' counts, no 2 o'clock; 'the morning one'")
n = 94
add("v02", "van", n, p("I've got two on thursday, please cancel the morning one",
                       confirm=["yes"]),
    cancelled("van", n, "Omid Rahimi", f"{THU0}T10:00"),
    mine("van", n, "Omid Rahimi", f"{THU0}T10:00", f"{THU0}T15:30"),
    "after the fixes: two on Thursday the 10th (the weekday said alone), 'the morning one'")
n = 95
add("v03", "hal", n, p("we have two on monday, could you cancel the afternoon one?",
                       confirm=["yes"]),
    cancelled("hal", n, "Ruth Stewart", f"{MON1}T13:30"),
    mine("hal", n, "Ruth Stewart", f"{MON1}T09:00", f"{MON1}T13:30"),
    "after the fixes: 'we have two on monday' counts; 'the afternoon one'")
n = 96
add("v04", "cal", n, p("can you move my appointment to monday at 11?",
                       confirm=["no, the one on the 18th", "yes"]),
    moved("cal", n, "Gwen Hart", f"{MON1}T11:00"),
    mine("cal", n, "Gwen Hart", f"{WED0}T10:00", f"{FRI1}T14:00"),
    "after the fixes: two on file, the 9th's read back; 'no, the one on the 18th': that "
    "one moved to Monday at 11")
n = 97
add("v05", "wpg", n, p("I need to move my appointment to thursday at 2",
                       confirm=["no, sorry, the other one", "yes"]),
    moved("wpg", n, "Abe Janzen", f"{THU0}T14:00"),
    mine("wpg", n, "Abe Janzen", f"{WED0}T11:00", f"{TUE1}T15:00"),
    "after the fixes: 'no, the other one' at a move's read-back: the other moved, same "
    "new time")
n = 98
add("v06", "tor", n, p("could you move my appointment to wednesday the 16th at 9?",
                       confirm=["not that one, the friday one", "yes"]),
    moved("tor", n, "Ivan Petrov", f"{WED1}T09:00"),
    mine("tor", n, "Ivan Petrov", f"{THU0}T12:30", f"{FRI0}T16:30"),
    "after the fixes: 'not that one, the friday one' at a move's read-back")
n = 99
add("v07", "van", n, p("can I move my appointment to tuesday at 4?",
                       confirm=["no, my appointment next week", "yes"]),
    moved("van", n, "Ana Cruz", f"{TUE1}T16:00"),
    mine("van", n, "Ana Cruz", f"{THU0}T09:00", f"{WED1}T11:00"),
    "after the fixes: 'no, my appointment next week' names the 16th's: moved to Tuesday "
    "the 15th at 4")
n = 6
dental("v08", n, p("who will be doing my filling on friday?", bye="ok, thanks"),
       kept(say=["Lee"]),
       [booking("dw", n, "Lorne Wiebe", f"{FRI0}T10:00", FILLING, 60, LEE)],
       "after the fixes: 'who will be doing my filling' is a check of the person")
n = 7
salon("v09", n, p("who's cutting my hair on tuesday?", bye="great, thank you"),
      kept(say=["Marcus"]),
      [booking("ks", n, "Nick Roy", f"{TUE1}T11:00", HAIRCUT, 30, MARCUS)],
      "after the fixes: 'who's cutting my hair' is a check of the person")
n = 8
dental("v10", n, p("who is my son's checkup with on thursday?", bye="ok, thank you"),
       kept(say=["Sharma"]),
       [booking("dw", n, "Eli Dyck", f"{THU0}T15:30", EXAM, 30, SHARMA)],
       "after the fixes: 'who is my son's checkup with' is a check of the person")


def main():
    biz = business_by_name({DENTAL: os.path.join(HERE, DENTAL),
                            SALON: os.path.join(HERE, SALON)})
    n = write_jsonl(os.path.join(HERE, "changes29_calls.jsonl"), lines, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
