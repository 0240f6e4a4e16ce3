#!/usr/bin/env python3
"""Writes reminders29_calls.jsonl: reminder calls (SPEC §3.2), round 29, written blind
from the SPEC, docs/services.md and callslib's helpers, and committed before Bella ran
on them. Winter 2029 (standard time): the Red Deer vet clinic of services round 29
(`businesses/vet_red_deer.toml`: a 15-minute grid, Dr. Shah off Fridays, Dr. Lavoie
off Saturdays, Alberta Family Day, Monday 2029-02-19, closed) and the default business
(Mon-Fri 09:00-17:00, 30 minutes on the half hour) in several zones. Families: yeses in
pet owners' words ("yep we'll be there", "we'll bring him in"), "something came up"
(a cancel, or a move when the caller asks one), "can we push it to next week", a move
onto the clinic's closed holiday or onto the person's day off (the move keeps the
person), a move later the same day or an hour later, who the appointment is with, FAQ
topics at the reminder, voicemail, a transfer, someone else answering, silence.

Beyond the SPEC (as in earlier rounds): someone taking a message is `no_booking` with the
appointment unchanged; a cancel taken back at the read-back with coming said confirms
it; a move keeps the appointment's service and person (docs/services.md);
`say_contains` / `say_not_contains` are the call-file runner's checks.

Blind (main at round start, the first 28 lines, split by business, score.py): 27/28,
24/28 with the wording checks: x04 ("no wait, keep it, we'll come" at the cancel's
read-back ended the call as `no_booking`), p01 ("which vet is that with?" heard "I don't
have that information"), p02 ("is that with the tech?" heard the reminder again, no
person) and q01 ("does he need to fast before?" was no `fasting` question). After the
fixes 28/28 (28/28 with the wording checks); six variants (written after the fixes)
5/6 with the start binary (0/6 with the wording checks), 6/6 after.

Run: python3 bella-dialog/testdata/gen_reminders29.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (business_by_name, entry, reminded, reminder_round,  # noqa: E402
                      staffed, write_jsonl)

KIND = "reminders29"
OUT = os.path.join(HERE, "reminders29_calls.jsonl")
VET = "businesses/vet_red_deer.toml"
TOMLS = {VET: os.path.join(HERE, VET)}

EDM, VAN, REG, WPG, TOR, HFX = ("America/Edmonton", "America/Vancouver", "America/Regina",
                                "America/Winnipeg", "America/Toronto", "America/Halifax")
SHAH, LAVOIE, BROOKE = "Dr. Anjali Shah", "Dr. Marc Lavoie", "Brooke Tanaka"

lines = []
rem, _frem = reminder_round("r29", KIND, lines)

# Wednesday 2029-02-14 at 10 a.m.; the appointments are Thursday the 15th to Saturday
# the 17th. Monday the 19th is Family Day (the clinic is closed).
NOW = "2029-02-14T10:00"
THU, FRI, SAT = "2029-02-15", "2029-02-16", "2029-02-17"
TUE2, WED2, THU2 = "2029-02-20", "2029-02-21", "2029-02-22"

chk = reminded("Nadia Petrov", "+14035558401", f"{THU}T10:00", 30,
               service="Wellness exam", resource=SHAH)
den = reminded("Owen Fischer", "+14035558402", f"{FRI}T10:00", 90,
               service="Dental cleaning", resource=LAVOIE)
nai = reminded("Claire Boucher", "+14035558403", f"{THU}T14:00", 15,
               service="Nail trim", resource=BROOKE)
vac = reminded("Ravi Menon", "+14035558404", f"{SAT}T09:30", 15,
               service="Vaccines", resource=SHAH)
# The default business: Thursday the 15th at 2 p.m.
d1 = reminded("Lena Marsh", "+17805558405", f"{THU}T14:00")
d2 = reminded("Paul Okafor", "+16045558406", f"{THU}T14:00")
d3 = reminded("Irene Dykstra", "+13065558407", f"{THU}T14:00")
d4 = reminded("Sam Kaur", "+12045558408", f"{THU}T14:00")


def v(cid, a, confirm=(), outcome="confirmed", **kw):
    rem(cid, NOW, EDM, a, confirm, outcome, business=VET, **kw)


# ================================================================ y: yeses
v("y01", chk, ["Yep, we'll be there."], note="'yep we'll be there': confirmed")
v("y02", den, ["Yeah, we'll bring him in."], note="'we'll bring him in': confirmed")
v("y03", nai, ["Yup, see you Thursday."], note="'yup, see you Thursday': confirmed, "
  "the day said is the appointment's own")
rem("y04", NOW, TOR, d1, ["You bet."], note="'you bet': confirmed")
rem("y05", NOW, HFX, d2, ["We'll be there, thanks for the reminder."],
    note="'we'll be there, thanks for the reminder': confirmed")

# ================================================================ x: cancels
v("x01", chk, ["Something came up, I can't make it.", "Yes, cancel it."], "cancelled",
  note="'something came up, I can't make it': read back for a cancel; 'yes, cancel it'")
rem("x02", NOW, REG, d3, ["No, we can't make it anymore.", "Yes please."], "cancelled",
    note="'no, we can't make it': read back, cancelled on a yes")
v("x03", den, ["Something came up. Can you cancel it?", "Yep."], "cancelled",
  note="'something came up' with a cancel asked: read back, 'yep'")
v("x04", nai, ["Cancel it.", "No wait, keep it, we'll come."], "confirmed",
  not_say=["has been cancelled"],
  note="a cancel taken back at the read-back, coming said: confirmed")

# ================================================================ m: moves
v("m01", chk, ["Can we push it to next week? Tuesday at 10 would work.", "Yes."],
  "rescheduled", start=f"{TUE2}T10:00", time=["Yes."],
  note="'push it to next week' with a day and time: Tuesday the 20th at 10, with Shah")
v("m02", den, ["Something came up, can we push it to next week?", "Yes."], "rescheduled",
  start=f"{WED2}T10:00", time=["Wednesday the 21st at 10."],
  note="a move to next week without a time: the time asked or offered; the 21st at 10 "
       "with Lavoie, 90 minutes")
v("m03", chk, ["Could we move it to Monday?", "Yes."], "rescheduled",
  start=f"{TUE2}T11:00", time=["Tuesday at 11 then."],
  note="Monday the 19th is Family Day, closed: said so, the next open day offered; "
       "Tuesday at 11 with Shah")
v("m04", den, ["Can we do Saturday instead?", "Yes."], "rescheduled",
  start=f"{THU2}T10:00", time=["Thursday the 22nd at 10 then."],
  note="Lavoie is off Saturdays (the clinic is open): said so; the move keeps him")
v("m05", nai, ["Can we make it later that day, say 3:30?", "Yes."], "rescheduled",
  start=f"{THU}T15:30", note="later the same day: 3:30 with Brooke, who works to 4")
v("m06", vac, ["An hour later would be better.", "Yes."], "rescheduled",
  start=f"{SAT}T10:30", note="'an hour later' moves it by an hour: 10:30")
v("m07", chk, ["Can we move it to Friday at 10?", "Yes."], "rescheduled",
  start=f"{THU2}T10:00", time=["Next Thursday at 10 then."],
  note="Shah is off Fridays: said so; next Thursday (the 22nd) at 10 with her")
rem("m08", NOW, WPG, d4, ["Can we push it to Friday morning?", "Yes."], "rescheduled",
    start=f"{FRI}T09:30", time=["Yes."], existing=[entry(f"{FRI}T09:00")],
    note="Friday morning: 9 taken, a yes takes the earliest offered, 9:30")
v("m09", vac, ["Something came up, can we do next Saturday instead, same time?", "Yes."],
  "rescheduled", start="2029-02-24T09:30", time=["Yes."],
  existing=[staffed("2029-02-24T09:00", 30, SHAH, "Wellness exam")],
  note="next Saturday at the same time (9:30), Shah free from 9:30")

# ================================================================ p: the person, questions
v("p01", den, ["Which vet is that with?", "Great, yes, we'll be there."],
  say=["Lavoie"], note="who it is with: Dr. Marc Lavoie said; then a yes")
v("p02", nai, ["Is that with the tech?", "Perfect, yep."], say=["Brooke"],
  note="'is that with the tech?': Brooke Tanaka said; then a yes")
v("q01", den, ["Does he need to fast before?", "Okay, yes, we'll be there."],
  say=["10 p.m."], note="the fasting topic at the reminder, then a yes")
v("q02", chk, ["Where are you again?", "Okay, yes."], say=["Ross Street"],
  note="the address at the reminder, then a yes")
rem("q03", NOW, VAN, d2, ["What's this for again?", "Right, yes we'll be there."],
    say=["2 p.m."], note="the reason asked: said again, then a yes")

# ================================================================ v, t, e, s
v("v01", chk, answered="machine", outcome="voicemail", not_say=["Nadia"],
  note="a machine: one message without the name, hung up")
rem("v02", NOW, TOR, d1, answered="machine", outcome="voicemail", not_say=["Lena"],
    note="a machine: one message without the name")
v("t01", den, ["Can I talk to someone at the front desk?"], "transferred",
  note="a person asked for: transferred, nothing changed")
rem("e01", NOW, REG, d3, ["She's not home right now, I'll let her know you called."],
    "no_booking", not_say=["cancel"], note="someone takes the message: nothing changed")
v("s01", vac, ["", "Sorry, bad connection. Yep, we'll be there."],
  note="one silent turn, then a yes")

# ================================================================ variants (after)
# Written after the fixes: whom the appointment is with asked other ways (p01, p02), a
# cancel taken back with "we" (x04), the fasting topic by its verb (q01).
v("p03v", den, ["Who's that appointment with again?", "Okay, yes."], say=["Lavoie"],
  note="after the blind run: 'who's that appointment with?' (p01)")
v("p04v", chk, ["Is it still with Dr. Shah?", "Great, we'll be there."], say=["Shah"],
  note="after the blind run: 'is it still with Dr. Shah?' (p02)")
v("p05v", nai, ["Which technician is that with?", "Okay, sounds good."], say=["Brooke"],
  note="after the blind run: 'which technician is that with?' (p01)")
v("p06v", chk, ["Who will we be seeing?", "Okay, yes."], say=["Shah"],
  note="after the blind run: 'who will we be seeing?', the household's 'we' (p01)")
v("x05v", chk, ["Cancel it please.", "Actually no, leave it, we're coming."], "confirmed",
  not_say=["has been cancelled"], note="after the blind run: 'we're coming' (x04)")
v("q04v", vac, ["Does he have to fast before?", "Okay, yes."], say=["10 p.m."],
  note="after the blind run: 'have to fast' (q01)")

if __name__ == "__main__":
    print(write_jsonl(OUT, lines, business_by_name(TOMLS)), "cases")
