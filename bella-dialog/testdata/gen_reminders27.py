#!/usr/bin/env python3
"""Writes reminders27_calls.jsonl: reminder calls (SPEC §3.2, SPEC-fr §5.7), English and
French, round 27, written blind from the SPECs and callslib's helpers, and committed
before Bella ran on them. Winter 2027 (standard time), the default business (Mon-Fri
09:00-17:00, 30 minutes on the half hour) in every zone: yeses Canadians say ("yeah no,
that's fine", "you bet", "mhm"), a yes with a question, the day or time asked again, a
robot question, cancels with reasons, moves relative to the appointment ("push it back an
hour", "anything earlier tomorrow?", "the afternoon instead, same day"), a move onto a
taken slot, a quarter-hour and a Saturday refused, transfers, voicemails (no name said),
and someone else answering.

Beyond the SPEC (as in earlier rounds): someone taking a message is `no_booking` with the
appointment unchanged; `say_contains` / `say_not_contains` / `agent_lang` are the
call-file runner's checks.

Blind score (main at 332edee): 34/36 (score.py), 33/36 with the wording checks (v01
relabelled, see its note). After the fixes 36/36; eight variants (v03-v10, written after
the fixes) 2/8 with the start binary, 8/8 after.

Run: python3 bella-dialog/testdata/gen_reminders27.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import entry, reminded, reminder_round, write_jsonl  # noqa: E402

KIND = "reminders27"
OUT = os.path.join(HERE, "reminders27_calls.jsonl")

VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, HFX, NFL, MTL = "America/Toronto", "America/Halifax", "America/St_Johns", "America/Montreal"
MON = "America/Moncton"

lines = []
rem, frem = reminder_round("r27", KIND, lines)

NOW = "2027-01-18T10:00"  # Monday; the appointments are Tuesday the 19th at 10:30
TUE = "2027-01-19T10:30"

ada = reminded("Ada Okafor", "+14165557301", TUE)
ben = reminded("Benoit Leclair", "+15065557302", TUE)
cai = reminded("Cai Whitford", "+17805557303", TUE)
dot = reminded("Dorothy Kane", "+19025557304", TUE)
ezr = reminded("Ezra Pelletier", "+13065557305", TUE)
fio = reminded("Fiona Bell", "+16045557306", TUE)
gil = reminded("Gilles Arsenault", "+17095557307", TUE)
hye = reminded("Hye-jin Park", "+12045557308", TUE)

# ================================================================ y: yeses
rem("y01", NOW, TOR, ada, ["Yeah no, that's fine, I'll be there."],
    note="'yeah no, that's fine': confirmed")
rem("y02", NOW, MON, ben, ["Mhm. Yup."], note="'mhm, yup': confirmed")
rem("y03", NOW, EDM, cai, ["You bet, thanks for calling."], note="'you bet': confirmed")
rem("y04", NOW, HFX, dot, ["Uh huh, I've got it on my calendar."],
    note="'I've got it on my calendar': confirmed")
rem("y05", NOW, REG, ezr, ["Definitely."], note="'definitely': confirmed")
rem("y06", NOW, VAN, fio, ["ya ill be there"], note="lowercase ASR 'ya ill be there': confirmed")
rem("y07", NOW, NFL, gil, ["Yes, I'll be there. Do I need to bring anything?", "Okay, thanks."],
    note="a yes with a question: confirmed")
rem("y08", NOW, WPG, hye, ["Sorry, what time did you say?", "Ten thirty, got it. Yes."],
    say=["10:30"], note="the time asked again: repeated (10:30), then a yes")
rem("y09", NOW, TOR, ada, ["Tuesday? I thought it was Wednesday. Okay, Tuesday's fine."],
    note="the day doubted, then 'Tuesday's fine': confirmed")
rem("y10", NOW, EDM, cai, ["Is this a robot?", "Okay. Yes, I'll be there."],
    note="'is this a robot?' answered, then a yes")

# ================================================================ x: cancels
rem("x01", NOW, HFX, dot, ["I'm out of town that week, so I'll have to cancel.", "Yes please."],
    "cancelled", say=["10:30"], note="out of town: read back, cancelled on 'yes please'")
rem("x02", NOW, REG, ezr, ["No, I can't, please cancel it.", "Correct."], "cancelled",
    note="'no, please cancel it': read back, 'correct'")
rem("x03", NOW, VAN, fio, ["I found a clinic closer to home, so you can drop it.", "Yeah."],
    "cancelled", note="'you can drop it': read back, 'yeah'")
rem("x04", NOW, NFL, gil, ["My daughter's sick so we won't make it. Cancel please.",
                           "Yes, that's right."], "cancelled",
    note="a sick child, cancel: read back, 'yes, that's right'")
rem("x05", NOW, WPG, hye, ["Nah.", "Yes."], "cancelled",
    note="a bare 'nah': read back for a cancel, cancelled on a yes")

# ================================================================ m: moves
rem("m01", NOW, TOR, ada, ["Could we push it back an hour?", "Yes."], "rescheduled",
    start="2027-01-19T11:30", time=["11:30 is good."],
    note="an hour later than the appointment: 11:30 the same day")
rem("m02", NOW, MON, ben, ["I need to move it to next week, any morning works.", "Yes."],
    "rescheduled", start="2027-01-25T09:00", time=["Monday at 9."],
    note="next week in the morning, then Monday at 9")
rem("m03", NOW, EDM, cai, ["Can I come in the afternoon instead, same day?", "Yes."],
    "rescheduled", start="2027-01-19T14:00", time=["2 o'clock."],
    note="the afternoon of the same day, then 2")
rem("m04", NOW, HFX, dot, ["Can we do Thursday instead, after work, like 4:30?", "Yes."],
    "rescheduled", start="2027-01-21T16:30", time=["4:30."],
    note="Thursday at 4:30")
rem("m05", NOW, REG, ezr, ["Do you have something on the 27th?", "Yes."], "rescheduled",
    start="2027-01-27T10:00", time=["10 is fine."], note="the 27th (a Wednesday), then 10")
rem("m06", NOW, VAN, fio, ["Is there anything earlier tomorrow?", "Yes."], "rescheduled",
    start="2027-01-19T09:00", time=["9 works."],
    note="earlier the same day: 9 is free and taken")
rem("m07", NOW, NFL, gil, ["Could I bump it to Friday at quarter past one?", "Yes."],
    "rescheduled", start="2027-01-22T13:30", time=["1:30 then."],
    note="1:15 is not on the half hour: refused, nearest offered, 1:30 taken")
rem("m08", NOW, WPG, hye, ["Move it to Saturday please.", "Yes."], "rescheduled",
    start="2027-01-25T11:00", time=["Monday at 11."],
    note="Saturday is closed: said so, Monday offered, 11 taken")
rem("m09", NOW, TOR, ada, ["Can I do Thursday at 10 instead?", "Yes."], "rescheduled",
    start="2027-01-21T10:30", time=["10:30 then."],
    existing=[entry("2027-01-21T10:00")],
    note="Thursday at 10 is taken: nearest offered, 10:30 taken")

# ================================================================ t: transfers
rem("t01", NOW, EDM, cai, ["Can I speak with the receptionist?"], "transferred",
    note="the receptionist asked for: transferred, nothing changed")
rem("t02", NOW, HFX, dot, ["I'd like to talk to somebody about my bill."], "transferred",
    note="'talk to somebody': transferred")

# ================================================================ v: voicemail
rem("v01", NOW, VAN, fio, answered="machine", outcome="voicemail", not_say=["Fiona"],
    note="a machine: one message without the name, hung up (relabelled: the blind label "
    "also refused 'Bell', which the business name, Bella Clinic, holds)")
rem("v02", NOW, NFL, gil, answered="machine", outcome="voicemail", not_say=["Gilles"],
    note="a machine in Newfoundland: one message, no name")

# ================================================================ e: someone else
rem("e01", NOW, WPG, hye, ["This is her mom, she's at school right now. I'll tell her you called."],
    "no_booking", not_say=["cancel"], note="the mother takes the message: nothing changed")
rem("e02", NOW, REG, ezr, ["Nope, wrong house."], "no_booking", not_say=["cancel"],
    note="a wrong number: nothing changed")

# ================================================================ fr: Montréal, default business
mar = reminded("Marise Thibodeau", "+15145557309", TUE)
frem("f01", NOW, MTL, mar, ["Oui oui, pas de trouble."], note="'pas de trouble': confirmed")
frem("f02", NOW, MTL, mar, ["Certain, merci."], note="'certain': confirmed")
frem("f03", NOW, MTL, mar, ["Faudrait que je l'annule, j'ai un empêchement.", "Oui."],
     "cancelled", say=["10 h 30"], note="'un empêchement': read back, cancelled on oui")
frem("f04", NOW, MTL, mar, ["Pourriez-vous le déplacer à jeudi après-midi?", "Oui."],
     "rescheduled", start="2027-01-21T14:00", time=["Deux heures."],
     note="Thursday afternoon, then 'deux heures': 14:00")
frem("f05", NOW, MTL, mar, ["Je voudrais parler à la réceptionniste."], "transferred",
     note="the receptionist: transferred")
frem("f06", NOW, MTL, mar, ["C'est quelle journée déjà?", "Ah mardi, oui correct."],
     say=["mardi"], note="the day asked again: repeated, then oui")

# ================================================================ v: variants, written after the fixes
rem("v03", NOW, TOR, ada, ["I thought it was in the afternoon. Oh well, 10:30 is fine."],
    note="a doubt settled in the same turn: confirmed")
rem("v04", NOW, EDM, cai, ["Wait, isn't it Wednesday? No? Okay, I'll be there."],
    note="a doubt, then 'I'll be there' in the same turn: confirmed")
rem("v05", NOW, HFX, dot, ["I thought it was Wednesday."], "transferred", max_turns=6,
    note="the same doubt over and over: answered, then put through to a person")
rem("v06", NOW, REG, ezr, ["Anything later that day?", "Yes."], "rescheduled",
    start="2027-01-19T16:00", time=["4 o'clock."], note="'anything later that day': a move")
rem("v07", NOW, VAN, fio, ["Something later tomorrow?", "Yes."], "rescheduled",
    start="2027-01-19T15:30", time=["3:30."], note="'something later tomorrow': a move")
rem("v08", NOW, WPG, hye, ["Sorry, wrong household."], "no_booking", not_say=["cancel"],
    note="'wrong household': a wrong number")
rem("v09", NOW, NFL, gil, ["Yeah, you've got the wrong guy, this is Tom."], "no_booking",
    not_say=["cancel"], note="'the wrong guy': a wrong number")
frem("v10", NOW, MTL, mar, ["C'est pas mercredi, non? Ah ok, mardi c'est correct."],
     note="a doubt settled in the same turn (French): confirmed")

write_jsonl(OUT, lines)
