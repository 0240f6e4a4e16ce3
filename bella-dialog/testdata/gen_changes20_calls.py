#!/usr/bin/env python3
"""Writes changes20_calls.jsonl: English calls that CANCEL, MOVE or CHECK an appointment,
and reminder calls, said messily (SPEC §3 and §3.2, the default business).

Written blind from the SPEC and callslib's slot oracle, and committed before Bella ran on
it (task pm20). Families:
- `u`: the number calling is not the one on file (SPEC §3: only then is the booking's
  number asked), given with speech-to-text errors ("to" and "for" for two and four, "oh",
  a correction, "area code ...", seven digits first, a number not on file then another),
  or said in the opening;
- `w`: two or three on file and the caller vague about which ("the one next week", "my
  Tuesday thing", "the earlier one", "my afternoon one", "the one on the 14th");
- `m`: a move to a window ("sometime next week, mornings", "Friday after 2", "between 10
  and noon"), offers inside it, earliest first (SPEC §3 windows);
- `t`: a move to a taken, closed or after-hours time, then a second choice (SPEC §3:
  nearest free times offered, the next `time` answer used);
- `k`: "actually just cancel it" during a move, "wait, keep it" at a cancel's read-back,
  "no, leave it" at a move's read-back;
- `c`: a check, alone or followed by a move or a cancel in the same call (SPEC §3: the
  agent looks the appointment up and reads it);
- `p`: an appointment today, still ahead or already past;
- `r`: reminder calls (SPEC §3.2) answered by a family member, "can I move it?", a move to
  a taken time, "who is this?", a machine, a human-answered line that is a voicemail
  greeting;
- `z`: calls and reminders in Vancouver, Halifax, St. John's, Winnipeg and Edmonton, late
  in the local day when the UTC date is already the next one.

Beyond the SPEC (said in each case's note): a check's outcome is `no_booking` with
nothing changed (the SPEC has no `checked` outcome) and the time said; a past appointment
is not cancelled or moved (it is no longer one to change); a greeting heard on a
reminder answered "human" is a machine; "keep it" after "can I move it?" on a reminder
confirms it. `say_contains` / `say_not_contains` are the call-file runner's checks, not
score.py's.

The default business; the reference instant Monday 2027-01-11 09:00 in Toronto unless a
case says otherwise (its own zone and wall time).

Blind score (the start binary, main at 525567c): 45/57 on outcomes (score.py), 44/57 with
the runner's wording checks. Failing: u08 and w08 (below), w01 ("the one next week" not
used to pick), w04 ("my afternoon one" not used to pick; the read-back named the other),
k03 and k05 ("leave it where it is", "yes... oh wait, keep it" at a read-back), c01, c04,
c05 (the call ended after a check), r01 ("this is her husband, but yes she'll be there"
read as a no), r07 (a voicemail greeting on a line answered as a person), r11 ("never
mind, I'll keep it as is" after "can I move it?"), r12 ("same time the week after" on a
reminder was no time). After the fixes: 55/57; eleven variants (`v`) after: 65/68. May
fail (the call-file test's `may_fail`, not fixed this round): u08 ("I booked something for next week and I need to push it back a day": "next
week" is read as the new time, not as the appointment's week), w08 ("my 2:30 to later
that day, like 4": the times after 2:30 are offered, "like 4" goes unread) and v06 ("my morning one to Thursday at
3": the part of day said of the appointment makes the new time 3 a.m.; the same in the
start binary). All three fixed in round 21 (task pm21): 68/68.

Run: python3 bella-dialog/testdata/gen_changes20_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (entry, expect, appt, noted_calls, persona, reminder,  # noqa: E402
                      taken, write_jsonl)

KIND = "changes20"
TZ = "America/Toronto"
NOW = "2027-01-11T09:00"
MON = "2027-01-11"
TUE, WED, THU, FRI = "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15"
MON2, TUE2, WED2, THU2, FRI2 = ("2027-01-18", "2027-01-19", "2027-01-20", "2027-01-21",
                                "2027-01-22")
STRANGER = "+14165559000"

lines = []
_add = noted_calls(lines, "ch20", KIND)


def num(n):
    return f"+1416555{2000 + n:04}"


def add(cid, n, persona_, expected, existing, note, caller=None, now=NOW, tz=TZ,
        closed=None):
    _add(cid, now, tz, caller or num(n), persona_, expected, existing, closed, note=note)


def mine(n, name, *starts, phone=None):
    """Caller `n`'s own 30-minute appointments."""
    return [entry(s, name, phone or num(n)) for s in starts]


def moved(n, name, start, say=(), not_say=(), phone=None):
    return expect("rescheduled", appt(name, phone or num(n), start), say=list(say) or None,
                  not_say=list(not_say) or None)


def cancelled(n, name, start, say=(), not_say=(), phone=None):
    return expect("cancelled", appt(name, phone or num(n), start), say=list(say) or None,
                  not_say=list(not_say) or None)


def kept(say=(), not_say=()):
    return expect("no_booking", no_appt=True, say=list(say) or None,
                  not_say=list(not_say) or None)


def rem(cid, wall_now, tz, answered_by, about, persona_, expected, note, existing=()):
    line = reminder(f"ch20-{cid}", wall_now, tz, answered_by, about, persona_, expected,
                    existing, kind=KIND)
    line["note"] = note
    lines.append(line)


def about(n, name, start):
    return {"name": name, "phone": num(n), "start": start, "minutes": 30}


def reminded(outcome, n, name, start, say=(), not_say=()):
    return expect(outcome, appt(name, num(n), start), say=list(say) or None,
                  not_say=list(not_say) or None)


# ------------------------------------------------- u: the number calling is not on file
n = 1
add("u01", n, persona(intent=["hi I need to cancel my appointment"],
                      phone=["it's four one six five five five two oh oh one"],
                      confirm=["yes"]),
    cancelled(n, "Ruth Adler", f"{THU}T10:00", say=["Thursday, January 14th at 10 a.m."]),
    mine(n, "Ruth Adler", f"{THU}T10:00"),
    "called from another number: the booking's number asked (SPEC §3), said in words "
    "with 'oh'", caller=STRANGER)
n = 2
add("u02", n, persona(intent=["yeah I have to move my appointment"],
                      phone=["for one six, five five five, to oh oh to"],
                      time=["friday at 11"], confirm=["yes"]),
    moved(n, "Marc Olsen", f"{FRI}T11:00"),
    mine(n, "Marc Olsen", f"{WED}T14:00"),
    "'for' and 'to' for four and two in the number (speech-to-text homophones)",
    caller=STRANGER)
n = 3
add("u03", n, persona(intent=["I'd like to cancel an appointment please"],
                      phone=["416 555 2030, sorry no, 2003"], confirm=["yes"]),
    cancelled(n, "Lena Ward", f"{TUE}T15:00"),
    mine(n, "Lena Ward", f"{TUE}T15:00"),
    "the number corrected in the same turn: the last one (SPEC §2)", caller=STRANGER)
n = 4
add("u04", n, persona(intent=["can you tell me when my appointment is"],
                      phone=["area code four one six, then five five five, twenty oh four"],
                      other=["no that's all, thanks"], confirm=["yes"]),
    kept(say=["Wednesday, January 13th at 11 a.m."]),
    mine(n, "Omar Bakr", f"{WED}T11:00"),
    "a check from another number: the number asked, given as 'area code ... then ...' "
    "with a pair; beyond SPEC: a check is `no_booking`, the time said", caller=STRANGER)
n = 5
add("u05", n, persona(intent=["hi, it's about my booking under 416-555-2005, I need to "
                              "cancel it"], confirm=["yes"]),
    cancelled(n, "Gus Hale", f"{FRI}T09:30"),
    mine(n, "Gus Hale", f"{FRI}T09:30"),
    "the booking's number said in the opening: not asked again (SPEC §3: uses whatever the "
    "caller already said; the persona has no phone answer)", caller=STRANGER)
n = 6
add("u06", n, persona(intent=["I need to cancel my appointment on thursday"],
                      phone=["555 2006", "oh sorry, 416 555 2006"], confirm=["yes"]),
    cancelled(n, "Iris Moon", f"{THU}T13:00"),
    mine(n, "Iris Moon", f"{THU}T13:00"),
    "seven digits first (no number, SPEC §2), asked again, then the whole number",
    caller=STRANGER)
n = 7
add("u07", n, persona(intent=["I want to cancel my appointment"],
                      phone=["416 555 2099", "oh wait, maybe it's under my work number, "
                             "647 555 2007"], confirm=["yes"]),
    cancelled(n, "Troy Park", f"{TUE}T11:30", phone="+16475552007"),
    mine(n, "Troy Park", f"{TUE}T11:30", phone="+16475552007"),
    "the first number given has nothing on file: said so, then another number finds it",
    caller=STRANGER)
n = 8
add("u08", n, persona(intent=["um hi so I booked something for next week and I need to "
                              "push it back a day"],
                      phone=["four one six, five five five, two zero zero eight"],
                      confirm=["yes"]),
    moved(n, "Bea Quinn", f"{WED2}T10:00"),
    mine(n, "Bea Quinn", f"{TUE2}T10:00"),
    "from another number; 'push it back a day' is the same time a day later",
    caller=STRANGER)

# ------------------------------------------------- w: several on file, the caller vague
n = 11
add("w01", n, persona(intent=["I need to cancel the one next week"], confirm=["yes"]),
    cancelled(n, "Carl Dunn", f"{TUE2}T14:00", say=["Tuesday, January 19th at 2 p.m."],
              not_say=["Thursday, January 14th at 10 a.m. is cancelled"]),
    mine(n, "Carl Dunn", f"{THU}T10:00", f"{TUE2}T14:00"),
    "one this week, one next week: 'the one next week'")
n = 12
add("w02", n, persona(intent=["can I move my Tuesday thing to Wednesday at 3"],
                      confirm=["yes"]),
    moved(n, "Jo Bright", f"{WED}T15:00", say=["Tuesday, January 12th at 11 a.m."]),
    mine(n, "Jo Bright", f"{TUE}T11:00", f"{THU}T15:00"),
    "'my Tuesday thing' names the Tuesday appointment")
n = 13
add("w03", n, persona(intent=["I gotta cancel one of my appointments"],
                      other=["the earlier one"], confirm=["yes"]),
    cancelled(n, "Dee Marsh", f"{WED}T09:30", say=["Wednesday, January 13th at 9:30 a.m."]),
    mine(n, "Dee Marsh", f"{FRI}T14:00", f"{WED}T09:30"),
    "which one asked (moves round 17), 'the earlier one'")
n = 14
add("w04", n, persona(intent=["can you move my afternoon one to friday morning"],
                      time=["9:30 is good"], confirm=["yes"]),
    moved(n, "Ned Cole", f"{FRI}T09:30", say=["Thursday, January 14th at 2 p.m."]),
    mine(n, "Ned Cole", f"{TUE}T10:00", f"{THU}T14:00", f"{MON2}T09:30"),
    "three on file, one in the afternoon: 'my afternoon one'; Friday morning offered, "
    "9:30 picked")
n = 15
add("w05", n, persona(intent=["I need to move the one this week to next monday at 2"],
                      confirm=["yes"]),
    moved(n, "Faye Lund", f"{MON2}T14:00", say=["Thursday, January 14th at 10 a.m."]),
    mine(n, "Faye Lund", f"{THU}T10:00", f"{WED2}T10:00"),
    "'the one this week' against one next week")
n = 16
add("w06", n, persona(intent=["please cancel my morning one on wednesday"], confirm=["yes"]),
    cancelled(n, "Abe Stroud", f"{WED}T10:00", not_say=["3 p.m. is cancelled"]),
    mine(n, "Abe Stroud", f"{WED}T10:00", f"{WED}T15:00"),
    "two on one day: 'my morning one' picks by part of day")
n = 17
add("w07", n, persona(intent=["I want to cancel one of my appointments"],
                      other=["the one on the 14th"], confirm=["yes"]),
    cancelled(n, "Tia Reyes", f"{THU}T11:00"),
    mine(n, "Tia Reyes", f"{TUE}T09:00", f"{THU}T11:00"),
    "which one asked, answered by the day of the month")
n = 18
add("w08", n, persona(intent=["hi I need to reschedule my 2:30 to later that day, like 4"],
                      confirm=["yes"]),
    moved(n, "Hal Byrne", f"{FRI}T16:00"),
    mine(n, "Hal Byrne", f"{TUE}T09:00", f"{FRI}T14:30"),
    "the hour picks the appointment; 'later that day, like 4' keeps its day")

# ------------------------------------------------- m: a move to a window
n = 21
add("m01", n, persona(intent=["I need to move my appointment"],
                      time=["sometime next week, mornings are best", "yes"],
                      confirm=["yes"]),
    moved(n, "Ola Grant", f"{MON2}T09:00"),
    mine(n, "Ola Grant", f"{TUE}T10:00"),
    "a window of a week's mornings: the earliest morning start offered first, 'yes' takes "
    "it (SPEC §3 windows)")
n = 22
add("m02", n, persona(intent=["move my thursday appointment to friday after 2"],
                      time=["yes"], confirm=["yes"]),
    moved(n, "Pia Holm", f"{FRI}T15:00"),
    mine(n, "Pia Holm", f"{THU}T10:00") + taken(FRI, "14:00", "14:30"),
    "'after 2' (SPEC: after 14:00), 14:00 and 14:30 taken: 15:00 the earliest in it")
n = 23
add("m03", n, persona(intent=["can I move my appointment to wednesday between 10 and noon"],
                      time=["the first one"], confirm=["yes"]),
    moved(n, "Rex Tull", f"{WED}T11:00"),
    mine(n, "Rex Tull", f"{TUE}T14:00") + taken(WED, "10:00", "10:30"),
    "a window with its first two starts taken: 11:00 offered first, 'the first one'")
n = 24
add("m04", n, persona(intent=["I have to change my appointment, anytime thursday but not "
                              "in the morning"], time=["yes"], confirm=["yes"]),
    moved(n, "Sid Vance", f"{THU}T12:00"),
    mine(n, "Sid Vance", f"{TUE}T09:30"),
    "'not in the morning' is after 12:00 (SPEC §2 windows)")

# ------------------------------------------------- t: taken, closed or late, then another
n = 31
add("t01", n, persona(intent=["move my appointment to friday at 10"],
                      time=["ok how about 11 then"], confirm=["yes"]),
    moved(n, "Uma Roy", f"{FRI}T11:00"),
    mine(n, "Uma Roy", f"{TUE}T10:00") + taken(FRI, "10:00"),
    "a taken time, then a bare time keeps Friday (SPEC §3)")
n = 32
add("t02", n, persona(intent=["can I move my appointment to wednesday the 20th at 10"],
                      time=["thursday the 21st at 10 then"], confirm=["yes"]),
    moved(n, "Val Kerr", f"{THU2}T10:00"),
    mine(n, "Val Kerr", f"{TUE}T10:00"),
    "a closed date (`closed`): said closed, the second choice taken", closed=[WED2])
n = 33
add("t03", n, persona(intent=["I need to move my appointment to saturday morning"],
                      time=["monday at 10 then"], confirm=["yes"]),
    moved(n, "Wes Hart", f"{MON2}T10:00"),
    mine(n, "Wes Hart", f"{WED}T10:00"),
    "Saturday is closed (SPEC §3): the next open day offered, the caller names another")
n = 34
add("t04", n, persona(intent=["could we push my thursday appointment to 6 pm"],
                      time=["fine, 4:30 then"], confirm=["yes"]),
    moved(n, "Xia Lowe", f"{THU}T16:30"),
    mine(n, "Xia Lowe", f"{THU}T10:00"),
    "after hours refused; '4:30 then' keeps Thursday")
n = 35
add("t05", n, persona(intent=["I'd like to move my appointment to tuesday at 2"],
                      time=["no, not that, wednesday at 2 instead"], confirm=["yes"]),
    moved(n, "Yan Ford", f"{WED}T14:00"),
    mine(n, "Yan Ford", f"{FRI}T09:00") + taken(TUE, "14:00"),
    "taken, the offers turned down with a new day and time")

# ------------------------------------------------- k: cancel instead, keep it
n = 41
add("k01", n, persona(intent=["I want to move my appointment"],
                      time=["actually you know what, just cancel it"], confirm=["yes"]),
    cancelled(n, "Zed Amos", f"{THU}T10:00"),
    mine(n, "Zed Amos", f"{THU}T10:00"),
    "a move turned into a cancel at the new-time question")
n = 42
add("k02", n, persona(intent=["cancel my appointment on thursday"],
                      confirm=["wait, no, keep it. I'll make it"]),
    kept(),
    mine(n, "Ada Noor", f"{THU}T15:00"),
    "'wait, keep it' at the cancel's read-back: nothing cancelled (SPEC §3: it asks before "
    "changing it)")
n = 43
add("k03", n, persona(intent=["can you move my appointment to friday at 2"],
                      confirm=["hmm, actually no, leave it where it is"],
                      other=["no, that's all"]),
    kept(),
    mine(n, "Bo Diaz", f"{TUE}T13:00"),
    "'no, leave it where it is' at the move's read-back: nothing moved")
n = 44
add("k04", n, persona(intent=["move my appointment to friday at 10"],
                      time=["ugh, forget moving it, just cancel it"], confirm=["yes"]),
    cancelled(n, "Cy Webb", f"{WED}T11:00"),
    mine(n, "Cy Webb", f"{WED}T11:00") + taken(FRI, "10:00"),
    "a taken time, then 'just cancel it' at the offers")
n = 45
add("k05", n, persona(intent=["I need to cancel my appointment"],
                      confirm=["yes... oh wait, hold on, keep it, sorry, I mixed it up"]),
    kept(),
    mine(n, "Di Frost", f"{FRI}T10:30"),
    "a yes taken back in the same answer: the later word counts")

# ------------------------------------------------- c: a check, then maybe a change
n = 51
add("c01", n, persona(intent=["when's my appointment again?", "can I move it to friday at "
                              "11?"], time=["friday at 11"], confirm=["yes"]),
    moved(n, "Eve Shaw", f"{FRI}T11:00", say=["Wednesday, January 13th at 3 p.m."]),
    mine(n, "Eve Shaw", f"{WED}T15:00"),
    "a check, then a move in the same call")
n = 52
add("c02", n, persona(intent=["hi, just checking what time my appointment is on thursday",
                              "no that's it thanks"], other=["no that's it thanks"]),
    kept(say=["10:30 a.m."]),
    mine(n, "Flo Bain", f"{THU}T10:30"),
    "a check: the time said (beyond SPEC: `no_booking`)")
n = 53
add("c03", n, persona(intent=["what appointments do I have with you guys?",
                              "great, thanks, that's all"], other=["great, thanks, that's all"]),
    kept(say=["January 12th", "January 19th"]),
    mine(n, "Gil Ames", f"{TUE}T09:00", f"{TUE2}T16:00"),
    "a check with two on file: both said")
n = 54
add("c04", n, persona(intent=["can you tell me when my appointment is",
                              "ok please cancel it then, I can't make that"],
                      confirm=["yes"]),
    cancelled(n, "Hana Oji", f"{TUE}T11:00"),
    mine(n, "Hana Oji", f"{TUE}T11:00"),
    "a check, then a cancel")
n = 55
add("c05", n, persona(intent=["is my appointment still on for wednesday?",
                              "actually could you make it an hour later?"],
                      time=["an hour later"], confirm=["yes"]),
    moved(n, "Ike Dorn", f"{WED}T10:00"),
    mine(n, "Ike Dorn", f"{WED}T09:00"),
    "a check by day, then 'an hour later'")

# ------------------------------------------------- p: today, ahead or past
NOON = "2027-01-11T14:00"
n = 61
add("p01", n, persona(intent=["hi I need to cancel my appointment today"], confirm=["yes"]),
    cancelled(n, "Jay Moss", f"{MON}T16:00"),
    mine(n, "Jay Moss", f"{MON}T16:00"),
    "today's appointment, still ahead: cancelled as any", now=NOON)
n = 62
add("p02", n, persona(intent=["I need to cancel my appointment from this morning"],
                      confirm=["yes"], other=["oh ok, never mind then"]),
    kept(),
    mine(n, "Kim Lyle", f"{MON}T10:00"),
    "beyond SPEC: an appointment already past is not cancelled (nothing to change)",
    now=NOON)
n = 63
add("p03", n, persona(intent=["I need to cancel my appointment"], confirm=["yes"]),
    cancelled(n, "Lou Penn", f"{THU}T11:00", not_say=["10 a.m. is cancelled"]),
    mine(n, "Lou Penn", f"{MON}T10:00", f"{THU}T11:00"),
    "one past this morning, one Thursday: only the one ahead is looked at", now=NOON)
n = 64
add("p04", n, persona(intent=["can I push my 3 o'clock today to 4:30"], confirm=["yes"]),
    moved(n, "Max Rudd", f"{MON}T16:30"),
    mine(n, "Max Rudd", f"{MON}T15:00"),
    "today's 3 o'clock moved later the same day", now=NOON)

# ------------------------------------------------- r: reminders
RNOW = "2027-01-11T10:00"
n = 71
rem("r01", RNOW, TZ, "human", about(n, "Nina Cho", f"{TUE}T10:00"),
    persona(confirm=["oh she's not home right now, this is her husband, but yes she'll be "
                     "there"]),
    reminded("confirmed", n, "Nina Cho", f"{TUE}T10:00"),
    "a family member answers and confirms for her")
n = 72
rem("r02", RNOW, TZ, "human", about(n, "Otto Lind", f"{WED}T14:00"),
    persona(confirm=["this is his daughter, he's in the hospital, he won't make it, please "
                     "cancel it", "yes"]),
    reminded("cancelled", n, "Otto Lind", f"{WED}T14:00"),
    "a family member cancels: read back, cancelled on yes (SPEC §3.2)")
n = 73
rem("r03", RNOW, TZ, "human", about(n, "Paz Ruiz", f"{TUE}T15:00"),
    persona(confirm=["hmm, can I move it?", "yes"], time=["thursday at 2"]),
    reminded("rescheduled", n, "Paz Ruiz", f"{THU}T14:00"),
    "'can I move it?' runs the move (SPEC §3.2)")
n = 74
rem("r04", RNOW, TZ, "human", about(n, "Quin Vo", f"{WED}T10:00"),
    persona(confirm=["yeah but could we make it an hour later?", "yes"],
            time=["an hour later"]),
    reminded("rescheduled", n, "Quin Vo", f"{WED}T11:00"),
    "a yes with a move: an hour later")
n = 75
rem("r05", RNOW, TZ, "human", about(n, "Rae Sun", f"{TUE}T09:00"),
    persona(confirm=["can I move it to friday at 10?", "yes"], time=["11 then"]),
    reminded("rescheduled", n, "Rae Sun", f"{FRI}T11:00"),
    "a move to a taken time, then a bare time keeps Friday", existing=taken(FRI, "10:00"))
n = 76
rem("r06", RNOW, TZ, "machine", about(n, "Sol Tran", f"{THU}T13:30"),
    persona(confirm=["Hi, you've reached Sol, leave a message"]),
    reminded("voicemail", n, "Sol Tran", f"{THU}T13:30", say=["1:30 p.m."],
             not_say=["Sol "]),
    "a machine: one message with day and time, no name (SPEC §3.2)")
n = 77
rem("r07", RNOW, TZ, "human", about(n, "Tess Okafor", f"{WED}T11:30"),
    persona(confirm=["Hi, you've reached the Okafor residence. We can't come to the phone "
                     "right now, please leave a message after the beep."]),
    reminded("voicemail", n, "Tess Okafor", f"{WED}T11:30", not_say=["Okafor"]),
    "beyond SPEC: answered 'human' but the words are a voicemail greeting: a message is left")
n = 78
rem("r08", RNOW, TZ, "human", about(n, "Ugo Bell", f"{THU}T09:30"),
    persona(confirm=["sorry, who is this?", "oh right, yes I'll be there"]),
    reminded("confirmed", n, "Ugo Bell", f"{THU}T09:30"),
    "'who is this?' answered, then a yes")
n = 79
rem("r09", RNOW, TZ, "human", about(n, "Vic Hahn", f"{TUE}T13:00"),
    persona(confirm=["this is his wife, can we move it to friday morning?", "yes"],
            time=["9:30"]),
    reminded("rescheduled", n, "Vic Hahn", f"{FRI}T09:30"),
    "a family member moves it to a part of a day; a bare time picks an offer")
n = 80
rem("r10", RNOW, TZ, "human", about(n, "Wu Ling", f"{WED}T16:00"),
    persona(confirm=["no", "yes"]),
    reminded("cancelled", n, "Wu Ling", f"{WED}T16:00"),
    "'no' reads back and cancels on a yes (SPEC §3.2)")
n = 81
rem("r11", RNOW, TZ, "human", about(n, "Xeno Pratt", f"{THU}T10:00"),
    persona(confirm=["can I move it?", "yes"],
            time=["actually never mind, I'll keep it as is"]),
    reminded("confirmed", n, "Xeno Pratt", f"{THU}T10:00"),
    "beyond SPEC: 'can I move it?' then 'keep it as is' confirms it, nothing moved")
n = 82
rem("r12", RNOW, TZ, "human", about(n, "Yara Finn", f"{TUE}T14:00"),
    persona(confirm=["can we do the week after instead, same time?", "yes"],
            time=["same time the week after"]),
    reminded("rescheduled", n, "Yara Finn", f"{TUE2}T14:00"),
    "the same time a week later")

# ------------------------------------------------- z: across the country
n = 91
add("z01", n, persona(intent=["I need to cancel tomorrow's appointment"], confirm=["yes"]),
    cancelled(n, "Zoe Kemp", f"{FRI}T10:00", phone="+16045552091"),
    mine(n, "Zoe Kemp", f"{FRI}T10:00", f"{MON2}T10:00", phone="+16045552091"),
    "Vancouver, Thursday 17:30 (Friday in UTC): tomorrow is Friday local",
    caller="+16045552091", now=f"{THU}T17:30", tz="America/Vancouver")
n = 92
add("z02", n, persona(intent=["what time is my appointment tomorrow?", "ok thanks, bye"],
                      other=["ok thanks, bye"]),
    kept(say=["9 a.m."]),
    mine(n, "Abel Roy", f"{TUE}T09:00", phone="+19025552092"),
    "Halifax, Monday 20:30 (Tuesday in UTC): a check of tomorrow's",
    caller="+19025552092", now=f"{MON}T20:30", tz="America/Halifax")
n = 93
add("z03", n, persona(intent=["can I move my appointment to tomorrow at 9:30"],
                      confirm=["yes"]),
    moved(n, "Cole Rowe", f"{WED}T09:30", phone="+17095552093"),
    mine(n, "Cole Rowe", f"{FRI}T15:00", phone="+17095552093"),
    "St. John's (UTC-3:30), Tuesday 21:00 (Wednesday in UTC): tomorrow is Wednesday",
    caller="+17095552093", now=f"{TUE}T21:00", tz="America/St_Johns")
n = 94
add("z04", n, persona(intent=["cancel my appointment tomorrow please"], confirm=["yes"]),
    cancelled(n, "Dana Pike", f"{THU}T09:00", phone="+17805552094"),
    mine(n, "Dana Pike", f"{THU}T09:00", f"{FRI}T09:00", phone="+17805552094"),
    "Edmonton, Wednesday 23:30 (Thursday in UTC): tomorrow is Thursday",
    caller="+17805552094", now=f"{WED}T23:30", tz="America/Edmonton")
n = 95
rem("z05", f"{MON}T18:00", "America/Winnipeg", "human",
    {"name": "Ezra Gunn", "phone": "+12045552095", "start": f"{TUE}T10:00", "minutes": 30},
    persona(confirm=["his son here, he can't make it tomorrow, can we move it to thursday "
                     "at 10?", "yes"]),
    expect("rescheduled", appt("Ezra Gunn", "+12045552095", f"{THU}T10:00")),
    "Winnipeg 18:00 (next day in UTC): a family member moves it with the time in the "
    "answer")
n = 96
add("z06", n, persona(intent=["I need to move my appointment"],
                      phone=["six oh four, five five five, two oh nine six"],
                      time=["friday at 4"], confirm=["yes"]),
    moved(n, "Finn Lau", f"{FRI}T16:00", phone="+16045552096"),
    mine(n, "Finn Lau", f"{THU}T11:00", phone="+16045552096"),
    "Vancouver, from a blocked number's stand-in (not on file): the number asked",
    caller="+16045559000", now=f"{MON}T16:45", tz="America/Vancouver")

# ------------------------------------------------- v: variants of the blind failures
n = 101
add("v01", n, persona(intent=["what day is my appointment on?",
                              "hmm I can't do that day, can you cancel it"], confirm=["yes"]),
    cancelled(n, "Ivy Hobbs", f"{THU}T11:30"),
    mine(n, "Ivy Hobbs", f"{THU}T11:30"),
    "c04 reworded: a check, then a cancel")
n = 102
add("v02", n, persona(intent=["do I have something booked this week?",
                              "thursday at 2 would be better"], time=["thursday at 2"],
                      confirm=["yes"]),
    moved(n, "Jack Rhee", f"{THU}T14:00", say=["Wednesday, January 13th at 11 a.m."]),
    mine(n, "Jack Rhee", f"{WED}T11:00"),
    "c05 reworded: after the check a new time alone, no move word, is a move")
n = 103
add("v03", n, persona(intent=["please cancel my appointment"],
                      confirm=["oh no wait, don't cancel it"]),
    kept(),
    mine(n, "Kay Lusk", f"{TUE}T15:30"),
    "k02/k05 reworded: 'don't cancel it' at the read-back")
n = 104
add("v04", n, persona(intent=["I want to move my appointment to thursday at 9"],
                      confirm=["no no, leave it as it is, sorry"], other=["that's all"]),
    kept(),
    mine(n, "Lev Orr", f"{WED}T13:30"),
    "k03 reworded: 'leave it as it is' at the move's read-back")
n = 105
add("v05", n, persona(intent=["I need to cancel my appointment this week"], confirm=["yes"]),
    cancelled(n, "Mo Varga", f"{FRI}T13:00", not_say=["January 20th at 9 a.m. is cancelled"]),
    mine(n, "Mo Varga", f"{WED2}T09:00", f"{FRI}T13:00"),
    "w01 reworded: 'this week' against one next week, listed first")
n = 106
add("v06", n, persona(intent=["can I move my morning one to thursday at 3"],
                      confirm=["yes"]),
    moved(n, "Nell Ivey", f"{THU}T15:00", say=["Tuesday, January 12th at 10 a.m."]),
    mine(n, "Nell Ivey", f"{WED}T15:00", f"{TUE}T10:00"),
    "w04 reworded: 'my morning one' before the new time")
n = 107
rem("v07", RNOW, TZ, "human", about(n, "Olive Zhou", f"{THU}T15:30"),
    persona(confirm=["he's at work right now but he'll be there, thanks"]),
    reminded("confirmed", n, "Olive Zhou", f"{THU}T15:30"),
    "r01 reworded: someone else answers, 'but he'll be there'")
n = 108
rem("v08", RNOW, TZ, "human", about(n, "Pat Reid", f"{FRI}T10:30"),
    persona(confirm=["You have reached 416 555 2108. Please leave your name and number "
                     "after the tone."]),
    reminded("voicemail", n, "Pat Reid", f"{FRI}T10:30", not_say=["Reid"]),
    "r07 reworded: a greeting with a number in it")
n = 109
rem("v09", RNOW, TZ, "human", about(n, "Rhea Voss", f"{TUE}T11:00"),
    persona(confirm=["could I move it?", "yes"],
            time=["hmm no, you know what, leave it, I'll make it work"]),
    reminded("confirmed", n, "Rhea Voss", f"{TUE}T11:00"),
    "r11 reworded: 'leave it' after asking to move (beyond SPEC: confirmed)")
n = 110
add("v10", n, persona(intent=["I'd like to change my morning appointment to friday afternoon"],
                      time=["2 works"], confirm=["yes"]),
    moved(n, "Sage Min", f"{FRI}T14:00", say=["Tuesday, January 12th at 10 a.m."]),
    mine(n, "Sage Min", f"{WED}T15:00", f"{TUE}T10:00"),
    "w04 reworded: 'my morning appointment', the new day's afternoon offered")
n = 111
add("v11", n, persona(intent=["I need to move my appointment"],
                      time=["um, the week after, same time?"], confirm=["yes"]),
    moved(n, "Tom Ueda", f"{WED2}T10:00"),
    mine(n, "Tom Ueda", f"{WED}T10:00"),
    "r12 reworded, on an inbound call: 'the week after, same time' is a week later")


def main():
    n = write_jsonl(os.path.join(HERE, "changes20_calls.jsonl"), lines)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
