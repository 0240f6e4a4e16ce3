#!/usr/bin/env python3
"""Writes reminders26_calls.jsonl: reminder calls (SPEC §3.2, SPEC-fr §5.7), English and
French, round 26, written blind from the SPECs, the business TOMLs and callslib's
helpers, and committed before Bella ran on them. Summer 2027 (daylight time), new
phrasings: hedged yeses, "is that tomorrow?", late-but-coming, cancels with a reason,
moves to another day or later that day, "first thing", the same time next week, the
person answering for someone else, questions answered from the FAQ, and a French move
onto a closed holiday (the Fête nationale).

Beyond the SPEC (as in earlier rounds): someone taking a message is `no_booking` with the
appointment unchanged; `say_contains` / `say_not_contains` / `agent_lang` are the
call-file runner's checks.

Run: python3 bella-dialog/testdata/gen_reminders26.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import reminded, reminder_round, write_jsonl  # noqa: E402

KIND = "reminders26"
OUT = os.path.join(HERE, "reminders26_calls.jsonl")
IQALUIT = "businesses/physio_iqaluit.toml"
QUEBEC = "businesses/dentiste_quebec.toml"

VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, HFX, NFL, WHS = "America/Toronto", "America/Halifax", "America/St_Johns", "America/Whitehorse"
IQ, MTL = "America/Iqaluit", "America/Montreal"

lines = []
rem, frem = reminder_round("r26", KIND, lines)

NOW = "2027-06-14T10:00"  # Monday; the default business's appointments are Tuesday 2 p.m.
TUE = "2027-06-15T14:00"

# ================================================================ y: yeses of many kinds
ava = reminded("Ava Lindqvist", "+16045556201", TUE)
rem("y01", NOW, VAN, ava, ["For sure, see you then."], note="'for sure': confirmed")
bo = reminded("Bo Nguyen", "+14035556202", TUE)
rem("y02", NOW, EDM, bo, ["Yup yup."], note="'yup yup': confirmed")
cal = reminded("Callum Reid", "+13065556203", TUE)
rem("y03", NOW, REG, cal, ["I should be able to, yeah."], note="a hedged yes: confirmed")
dee = reminded("Deepa Menon", "+12045556204", TUE)
rem("y04", NOW, WPG, dee, ["Oh shoot, is that tomorrow? Yeah, okay, I'll be there."],
    note="'is that tomorrow?' with a yes in the same turn: confirmed")
eli = reminded("Eli Marchand", "+14165556205", TUE)
rem("y05", NOW, TOR, eli, ["What time was that again?", "Okay, yes."], say=["2 p.m."],
    note="the time asked again: repeated, then a yes")
fay = reminded("Fay MacLeod", "+19025556206", TUE)
rem("y06", NOW, HFX, fay, ["Yes, but I might be a few minutes late."],
    note="a yes with 'a few minutes late': confirmed, nothing moved")
gus = reminded("Gus Power", "+17095556207", TUE)
rem("y07", NOW, NFL, gus, ["Yes b'y, I'll be there."], note="St. John's: 'yes b'y': confirmed")
hal = reminded("Hallie Sam", "+18675556208", TUE)
rem("y08", NOW, WHS, hal, ["Who's this?", "Oh right, yeah, I'll be there."],
    note="Whitehorse: who is calling, then a yes")

# ================================================================ x: cancels
rem("x01", NOW, TOR, eli, ["I'm not going to need it anymore, my back's a lot better.", "Yes."],
    "cancelled", say=["tuesday, june 15th at 2 p.m."],
    note="no longer needed: read back, cancelled on a yes")
rem("x02", NOW, VAN, ava, ["We're gonna have to cancel, sorry.", "Yep."], "cancelled",
    note="'we're gonna have to cancel': read back, 'yep'")
rem("x03", NOW, EDM, bo, ["Nope, can't make it.", "Yes, cancel it."], "cancelled",
    note="a no: read back for a cancel, cancelled on 'yes, cancel it'")

# ================================================================ m: moves
rem("m01", NOW, REG, cal, ["Can I do later that day, like 4:30?", "Yes."], "rescheduled",
    start="2027-06-15T16:30", time=["4:30."], note="later that day, 4:30")
rem("m02", NOW, WPG, dee, ["Any chance you've got something Friday instead?", "Yes."],
    "rescheduled", start="2027-06-18T10:00", time=["In the morning, 10 if you have it."],
    note="Friday instead, then 10 in the morning")
rem("m03", NOW, HFX, fay, ["I can't do tomorrow. Can we do Wednesday?", "Yes."],
    "rescheduled", start="2027-06-16T11:00", time=["11 is good."],
    note="Wednesday instead, then 11")
rem("m04", NOW, NFL, gus, ["Could I move it to first thing Thursday?", "Yes."],
    "rescheduled", start="2027-06-17T09:00", time=["9 is perfect."],
    note="first thing Thursday: 9")
rem("m05", NOW, VAN, ava, ["Can we do the same time next Tuesday?", "Yes."], "rescheduled",
    start="2027-06-22T14:00", time=["Yes, 2."], note="the same time next Tuesday: the 22nd at 2")

# ================================================================ e: someone else
rem("e01", NOW, TOR, eli, ["This is his wife, he's in the shower. I'll let him know you called."],
    "no_booking", not_say=["cancel"], note="the wife takes the message: nothing changed")
rem("e02", NOW, WHS, hal, ["Sorry, you have the wrong number."], "no_booking",
    not_say=["cancel"], note="a wrong number: nothing changed")

# ================================================================ q: the Iqaluit clinic
IQ_NOW = "2027-06-16T11:00"  # Wednesday; the massage is Thursday at 5:30 p.m.
ida = reminded("Ida Kilabuk", "+18675556209", "2027-06-17T17:30", 60,
               service="Massage therapy", resource="Leah Arnaquq")
rem("q01", IQ_NOW, IQ, ida, ["Is there parking there?", "Okay great, see you Thursday."],
    say=["free parking"], business=IQALUIT, note="parking from the FAQ, then a yes")
rem("q02", IQ_NOW, IQ, ida, ["Do you direct bill Blue Cross?", "Perfect. Yes, I'll be there."],
    say=["Blue Cross"], business=IQALUIT, note="insurance from the FAQ, then a yes")
rem("q03", IQ_NOW, IQ, ida, ["I need to cancel, I'm flying out to Ottawa.", "Yes."],
    "cancelled", business=IQALUIT, note="a cancel with a reason, read back, yes")

# ================================================================ fr: Québec City dentist
QC_NOW = "2027-06-22T10:00"  # Tuesday; the appointment is Wednesday the 23rd at 10
QC_DAY = "mercredi 23 juin à 10 h"
rose = reminded("Rosalie Gagnon", "+14185556210", "2027-06-23T10:00")
frem("f01", QC_NOW, MTL, rose, ["Oui, c'est beau, j'vais être là."], business=QUEBEC,
     note="'c'est beau, j'vais être là': confirmed")
frem("f02", QC_NOW, MTL, rose, ["Ah ben oui, merci de m'avoir appelée."], business=QUEBEC,
     note="'ah ben oui': confirmed")
frem("f03", QC_NOW, MTL, rose, ["J'pourrai pas y aller, pouvez-vous l'annuler?", "Oui."],
     "cancelled", say=[QC_DAY], business=QUEBEC, note="a cancel, read back, oui")
frem("f04", QC_NOW, MTL, rose, ["Est-ce que je pourrais le changer pour jeudi?", "Oui."],
     "rescheduled", start="2027-06-25T09:00", time=["Vendredi à 9 h, c'est correct."],
     business=QUEBEC, note="Thursday the 24th is the Fête nationale (closed): said so, "
     "Friday offered, 9 taken")
frem("f05", QC_NOW, MTL, rose, ["C'est à quelle heure déjà?", "Parfait, oui."], say=["10 h"],
     business=QUEBEC, note="the time asked again, then oui")
frem("f06", QC_NOW, MTL, rose, ["Non, je peux pas.", "Oui, annulez-le."], "cancelled",
     business=QUEBEC, note="a no: read back for a cancel, then 'oui, annulez-le'")
frem("f07", QC_NOW, MTL, rose, ["Oui, mais j'vais être un peu en retard."], business=QUEBEC,
     note="a yes with 'un peu en retard': confirmed")

write_jsonl(OUT, lines)
