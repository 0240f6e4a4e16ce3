#!/usr/bin/env python3
"""Writes reminders28_calls.jsonl: reminder calls (SPEC §3.2), round 28, written blind
from the SPEC and callslib's helpers, and committed before Bella ran on them. Spring
2028 (daylight time): the default business (Mon-Fri 09:00-17:00, 30 minutes on the half
hour) in several zones, and the Prince George clinic of services round 28
(`businesses/physio_prince_george.toml`, a 15-minute grid, a massage therapist off on
Wednesdays with a lunch hour). Families: machines and humans, yeses in odd words
("for sure", "with bells on", "wouldn't miss it"), questions back ("what's this for
again?", "who is this?", "where are you?"), doubts of the day ("this Tuesday or next?",
"I had it down for Wednesday"), cancels, a cancel taken back, moves with a window
("Thursday afternoon after 2", "Friday morning before 11", "later the same day, after
4"), a window with nothing free, silence, transfers, a wrong number, someone else
answering.

Beyond the SPEC (as in earlier rounds): someone taking a message or a wrong number is
`no_booking` with the appointment unchanged; a "no" to the cancel read-back keeps the
appointment, and "I'll come" then confirms it (`confirmed`); `say_contains` /
`say_not_contains` are the call-file runner's checks. A move keeps the appointment's
service and person (docs/services.md).

Blind (main at 5f210c4, the first 40 lines, split by business, score.py): 38/40, also
38/40 with the wording checks: d02 ("I had it down for Wednesday" was read as a move to
Wednesday, and the call ended in silence) and x04 ("no wait, keep it, I'll come" at the
cancel's read-back ended the call as `no_booking`). After the fixes 40/40; five
variants (v03-v07, written after the fixes) 0/5 with the start binary, 5/5 after.

Run: python3 bella-dialog/testdata/gen_reminders28.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (business_by_name, entry, reminded, reminder_round,  # noqa: E402
                      staffed, write_jsonl)

KIND = "reminders28"
OUT = os.path.join(HERE, "reminders28_calls.jsonl")
CLINIC = "businesses/physio_prince_george.toml"
TOMLS = {CLINIC: os.path.join(HERE, CLINIC)}

VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, HFX, NFL = "America/Toronto", "America/Halifax", "America/St_Johns"

lines = []
rem, _frem = reminder_round("r28", KIND, lines)

NOW = "2028-04-10T10:00"  # Monday; the appointments are Tuesday the 11th at 2 p.m.
TUE = "2028-04-11T14:00"
WED, THU, FRI = "2028-04-12", "2028-04-13", "2028-04-14"
MON2 = "2028-04-17"

ada = reminded("Hannah Osei", "+14165558301", TUE)
ben = reminded("Bruno Castillo", "+15065558302", TUE)
cai = reminded("Carmen Whitby", "+17805558303", TUE)
dot = reminded("Dmitri Volkov", "+19025558304", TUE)
ezr = reminded("Esther Nakamura", "+13065558305", TUE)
fio = reminded("Felix Okonkwo", "+16045558306", TUE)
gil = reminded("Gemma Pardy", "+17095558307", TUE)
hye = reminded("Hamid Rostami", "+12045558308", TUE)

# ================================================================ y: yeses in odd words
rem("y01", NOW, TOR, ada, ["For sure, see you then."], note="'for sure': confirmed")
rem("y02", NOW, HFX, dot, ["Yep yep."], note="'yep yep': confirmed")
rem("y03", NOW, EDM, cai, ["That should work, yeah."], note="'that should work, yeah': confirmed")
rem("y04", NOW, REG, ezr, ["I'll be there with bells on."],
    note="'I'll be there with bells on': confirmed")
rem("y05", NOW, VAN, fio, ["Sounds good to me."], note="'sounds good to me': confirmed")
rem("y06", NOW, NFL, gil, ["Absolutely, wouldn't miss it."],
    note="'wouldn't miss it' is a yes (a negation that means coming)")
rem("y07", NOW, WPG, hye, ["Yup, all good."], note="'yup, all good': confirmed")

# ================================================================ q: questions back
rem("q01", NOW, TOR, ada, ["What's this for again?", "Okay, yes, I'll be there."],
    say=["2 p.m."], note="the reason asked: said again (day and time), then a yes")
rem("q02", NOW, EDM, cai, ["Sorry, who is this?", "Oh, okay. Yes, that's fine."],
    note="'who is this?': the agent says who is calling, then a yes")
rem("q03", NOW, HFX, dot, ["Where are you located again?", "Okay. Yes, I'll come."],
    say=["don't have that information"],
    note="the default business lists no address: 'I'm sorry, I don't have that "
         "information here' (docs/services.md), the question asked again, then a yes")
rem("q04", NOW, VAN, fio, ["What time was it again?", "Two, okay. Yes."], say=["2 p.m."],
    note="the time asked: repeated, then a yes")

# ================================================================ d: doubts of the day
rem("d01", NOW, REG, ezr, ["Wait, is that this Tuesday or next Tuesday?",
                           "Okay, this Tuesday. Yes, that works."],
    say=["April 11"], note="this Tuesday or next: the date said, then a yes")
rem("d02", NOW, WPG, hye, ["I had it down for Wednesday.", "Oh, Tuesday then. Sure, that's fine."],
    say=["Tuesday"], note="the day doubted: the agent says Tuesday again; then a yes")
rem("d03", NOW, NFL, gil, ["Tomorrow? Already? Okay, yes, I'll be there."],
    note="a doubt settled in the same turn: confirmed")

# ================================================================ x: cancels
rem("x01", NOW, TOR, ada, ["I have to cancel, I'm having surgery that week.", "Yes."],
    "cancelled", say=["2 p.m."], note="a cancel with a reason: read back, yes")
rem("x02", NOW, EDM, cai, ["No, I won't be able to make it.", "Yes, cancel it."],
    "cancelled", note="'no': read back for a cancel, cancelled on 'yes, cancel it'")
rem("x03", NOW, HFX, dot, ["Please scratch that appointment, something came up.", "Yup."],
    "cancelled", note="'scratch that appointment': read back, 'yup'")
rem("x04", NOW, REG, ezr, ["Cancel it.", "No wait, keep it, I'll come."], "confirmed",
    not_say=["has been cancelled"],
    note="a cancel taken back at the read-back: kept, and 'I'll come' confirms it (the "
         "SPEC is silent on the outcome: assumed confirmed)")

# ================================================================ m: moves with a window
rem("m01", NOW, TOR, ada, ["Can I move it? Thursday afternoon, after 2 would be best.",
                           "Yes."], "rescheduled", start=f"{THU}T14:30", time=["Yes."],
    existing=[entry(f"{THU}T14:00")],
    note="a window on Thursday: 2 taken, a yes takes the first inside it, 2:30")
rem("m02", NOW, VAN, fio, ["I need to move it to Friday morning, before 11.", "Yes."],
    "rescheduled", start=f"{FRI}T10:00", time=["Yes, that's fine."],
    existing=[entry(f"{FRI}T09:00"), entry(f"{FRI}T09:30")],
    note="Friday before 11: 9 and 9:30 taken, 10")
rem("m03", NOW, WPG, hye, ["Any chance of next week, Monday between 1 and 3?", "Yes."],
    "rescheduled", start=f"{MON2}T13:00", time=["Yes please."],
    note="next week's Monday between 1 and 3: 1")
rem("m04", NOW, NFL, gil, ["Could I come later the same day, after 4?", "Yes."],
    "rescheduled", start="2028-04-11T16:30", time=["Yes."],
    existing=[entry("2028-04-11T16:00")],
    note="the same day after 4: 4 taken, 4:30")
rem("m05", NOW, EDM, cai, ["Move it to Wednesday between 9 and 11 please.", "Yes."],
    "rescheduled", start=f"{WED}T10:00", time=["Yes."],
    existing=[entry(f"{WED}T09:00"), entry(f"{WED}T09:30")],
    note="Wednesday 9 to 11: 9 and 9:30 taken, 10")
rem("m06", NOW, HFX, dot, ["Can we make it Thursday at 11 instead?", "Yes."], "rescheduled",
    start=f"{THU}T11:00", note="a plain move to Thursday at 11")
rem("m07", NOW, TOR, ada, ["Can I do Friday after 4 instead?", "Yes."], "rescheduled",
    start=f"{FRI}T15:30", time=["3:30 then."],
    existing=[entry(f"{FRI}T16:00"), entry(f"{FRI}T16:30")],
    note="nothing free in the window (4 and 4:30 taken): said so; the caller takes 3:30")

# ================================================================ s: silence
rem("s01", NOW, REG, ezr, ["", "", ""], "no_booking",
    note="three silent turns: the call ends politely, nothing changed")
rem("s02", NOW, WPG, hye, ["", "Sorry, you cut out there. Yeah, I'll be there."],
    note="one silent turn, then a yes")

# ================================================================ t: transfers
rem("t01", NOW, VAN, fio, ["Can I talk to a real person please?"], "transferred",
    note="a person asked for: transferred, nothing changed")
rem("t02", NOW, NFL, gil, ["I'd like to speak to someone at the front desk."],
    "transferred", note="'speak to someone at the front desk': transferred")

# ================================================================ w: wrong number, someone else
rem("w01", NOW, TOR, ada, ["You've got the wrong number, there's no Hannah here."],
    "no_booking", not_say=["cancel"], note="a wrong number: nothing changed")
rem("w02", NOW, EDM, cai, ["I think you have the wrong person."], "no_booking",
    not_say=["cancel"], note="'the wrong person': a wrong number, nothing changed")
rem("e01", NOW, HFX, dot, ["He's at work right now. I'll let him know you called."],
    "no_booking", not_say=["cancel"], note="someone takes the message: nothing changed")

# ================================================================ v: voicemail
rem("v01", NOW, REG, ezr, answered="machine", outcome="voicemail", not_say=["Esther"],
    note="a machine: one message without the name, hung up")
rem("v02", NOW, NFL, gil, answered="machine", outcome="voicemail", not_say=["Gemma"],
    note="a machine in Newfoundland: one message, no name")

# ================================================================ c: the Prince George clinic
# Tuesday 2028-04-11 at 9 a.m., Pacific time; the appointments are Wednesday the 12th.
CNOW = "2028-04-11T09:00"
CWED, CTHU, CFRI = "2028-04-12", "2028-04-13", "2028-04-14"
mas = reminded("Iris Lindqvist", "+12505558309", "2028-04-13T14:00", 60,
               service="Massage therapy", resource="Jolene Paquette")
fol = reminded("Jonah Redcloud", "+12505558310", f"{CWED}T11:00", 30,
               service="Physio follow-up", resource="Tariq Bhatti")
rem("c01", CNOW, VAN, mas, ["Yes, I'll be there. How much is it, by the way?", "Great, thanks."],
    business=CLINIC, say=["$110"], note="a yes and a price: confirmed, the price said")
rem("c02", CNOW, VAN, mas, ["Can we push it to Friday afternoon, after 3?", "Yes."],
    "rescheduled", start=f"{CFRI}T15:00", time=["Yes."], business=CLINIC,
    existing=[staffed(f"{CFRI}T13:00", 60, "Jolene Paquette", "Massage therapy")],
    note="a window with the same person: Jolene on Friday from 3 (the move keeps her)")
rem("c03", CNOW, VAN, mas, ["Could I come an hour earlier the same day?", "Yes."],
    "rescheduled", start="2028-04-13T13:00", business=CLINIC,
    note="an hour earlier: 1, Jolene's Thursday starts at noon")
rem("c04", CNOW, VAN, fol, ["Can I switch it to Thursday at 6 in the evening?", "Yes."],
    "rescheduled", start=f"{CTHU}T18:00", business=CLINIC,
    note="Tariq works to 8 on Thursdays: 6 p.m. with him")
rem("c05", CNOW, VAN, fol, ["Do I need to wear anything special?", "Okay, yes, I'll be there."],
    business=CLINIC, say=["loose"], note="the what_to_wear topic, then a yes")
rem("c06", CNOW, VAN, mas, ["I need to move it to Wednesday.", "Yes."],
    "rescheduled", start=f"{CTHU}T17:00", time=["Thursday at 5 then."], business=CLINIC,
    note="Jolene is off on Wednesdays: said so; Thursday at 5 with her")

# ================================================================ variants (after)
# Written after the fixes: what the callee wrote down is a doubt of the day (d02); a
# cancel taken back with coming said outright confirms it (x04).
rem("v03", NOW, TOR, ada, ["My calendar says Wednesday.", "Oh, okay. Yes, Tuesday works."],
    say=["Tuesday"], note="after the blind run: 'my calendar says Wednesday' (d02)")
rem("v04", NOW, EDM, cai, ["I have it written down for 3 o'clock.", "Okay, 2 then. Yes."],
    say=["2 p.m."], note="after the blind run: a time written down (d02)")
rem("v05", NOW, HFX, dot, ["I had it marked for Thursday.", "Oh. Okay then, yes."],
    note="after the blind run: 'had it marked for Thursday' (d02)")
rem("v06", NOW, VAN, fio, ["Please cancel it.", "Actually no, don't cancel it, I'll be there."],
    "confirmed", not_say=["has been cancelled"],
    note="after the blind run: a cancel taken back, coming said (x04)")
rem("v07", NOW, WPG, hye, ["Cancel it please.", "Wait no, leave it, I can make it."],
    "confirmed", not_say=["has been cancelled"],
    note="after the blind run: 'leave it, I can make it' (x04)")

if __name__ == "__main__":
    print(write_jsonl(OUT, lines, business_by_name(TOMLS)), "cases")
