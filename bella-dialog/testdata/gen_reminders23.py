#!/usr/bin/env python3
"""Writes reminders23_calls.jsonl: reminder and outbound calls (SPEC §3.2, SPEC-fr §5.7),
English and French, round 23, written blind from the SPECs, the business TOMLs, the
reference on answering-machine detection (`../shared/reference/twilio-realtime-outbound.md`
§2.4) and callslib's slot oracle, and committed before Bella ran on them (task pr23).
Every phrasing is new: the families of `gen_reminders21.py` were read so as not to
repeat them.

Families (English `r23-`, French `r23-fr-`):
- `m`: machines and `unknown` (a voicemail greeting heard, or "Hello? Who's this?");
- `y`: a yes with a hedge ("I believe so", "should be, unless something comes up",
  "I mean, yeah, I guess so");
- `e`: someone else answers: a roommate or a husband takes the message (`no_booking`,
  nothing changed), says the person will come (`confirmed`), cancels or moves it for
  them, or fetches them ("hang on, I'll grab her");
- `c`: cancels ("I can't come, just cancel it", "nah, you can cancel that one", "I found
  another clinic"), one declined at the read-back for a move instead;
- `v`: moves to a window or a relative time on or from the appointment's day ("later
  that day", "push it back a couple of hours", "move it up an hour", "the day after",
  "push it a week", "after 4 that day", "the 22nd");
- `a`: what it is for, how long it lasts, who it is with, what to wear, what to bring;
- `b`: "call me back later", "now's not a good time": nothing changes (`no_booking`);
- `o`: opt-out ("stop calling me", "take me off your call list" is no cancel; with
  "I'll be there" it confirms);
- `w`: wrong numbers in new words;
- `z`: businesses in other zones: a Yellowknife tire shop, a Saskatoon dentist (Regina
  time, a 10-minute grid), an Iqaluit physio, the Halifax clinic, the Sherbrooke
  dentist (French first) and the Montréal clinique;
- French (`fr-`): Québec words ("c'est beau", "ça marche pas", "pouvez-vous la repousser
  d'une semaine", "le devancer d'une heure", "c'est sa blonde", "connais pas de ...",
  "arrêtez de m'appeler", "rappelez-moi plus tard").

Beyond the SPEC (said in the notes): a message taken for the person, a wrong number, a
callback asked or an opt-out is `no_booking` with the appointment unchanged (as in round
21); `say_contains` / `say_not_contains` / `agent_lang` / `max_turns` are the call-file
runner's checks, not score.py's.

Run: python3 bella-dialog/testdata/gen_reminders23.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (business_by_name, reminded, reminder_round, taken, write_jsonl)  # noqa: E402

KIND = "reminders23"
OUT = os.path.join(HERE, "reminders23_calls.jsonl")
TIRE = "businesses/tire_yellowknife.toml"
SASK = "businesses/dental_saskatoon.toml"
IQALUIT = "businesses/physio_iqaluit.toml"
SHERBROOKE = "businesses/dentaire_sherbrooke.toml"
TOMLS = {
    "clinic": os.path.join(HERE, "..", "examples", "clinic.toml"),
    "clinique": os.path.join(HERE, "..", "examples", "clinique.toml"),
    **{p: os.path.join(HERE, p) for p in (TIRE, SASK, IQALUIT, SHERBROOKE)},
}

VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, MTL, HFX, NFL = "America/Toronto", "America/Montreal", "America/Halifax", "America/St_Johns"
WHI, YK, IQA = "America/Whitehorse", "America/Yellowknife", "America/Iqaluit"

lines = []


# The round's lines: `rem` / `frem_` from callslib (`reminder_round`).
rem, frem_ = reminder_round("r23", KIND, lines)
about = reminded


# ================================================================ m: machines
a = about("Curtis Lavallee", "+17805553101", "2027-09-14T10:30")
rem("m01", "2027-09-13T10:00", EDM, a, ["Yes."], "voicemail", answered="machine_end_beep",
    say=["tuesday, september 14th at 10:30 a.m."], not_say=["curtis", "lavallee"],
    max_turns=1, note="machine_end_beep (Edmonton): one voicemail, the day and time, no name")
a = about("Simran Dhillon", "+16045553102", "2027-09-15T14:00")
rem("m02", "2027-09-14T11:00", VAN, a,
    ["Hello, you've reached the Dhillon family. Please leave a message and we'll call you "
     "back."], "voicemail", answered="unknown", not_say=["simran"],
    note="unknown, then a family voicemail greeting: the voicemail is left, no first name")
a = about("Brent Kowalski", "+12045553103", "2027-09-15T11:00")
rem("m03", "2027-09-14T16:00", WPG, a, ["Hello? Who's this?", "Oh okay, yep, I'll be there."],
    answered="unknown", note="unknown, a person: 'who's this?', told, then a yes")
a = about("Mei Lin Zhou", "+14165553104", "2027-09-16T09:30")
rem("m04", "2027-09-15T13:00", TOR, a,
    ["Sorry I missed you! Leave me a message and I'll get back to you."], "voicemail",
    not_say=["mei lin", "zhou"],
    note="answered as a person but a voicemail greeting is heard: the voicemail, no name")

# ================================================================ y: hedged yeses
dana = about("Dana Fontaine", "+12045553110", "2027-09-14T10:30")
Y_NOW = "2027-09-13T10:00"  # Monday
rem("y01", Y_NOW, WPG, dana, ["I believe so."], say=["tuesday, september 14th at 10:30 a.m."],
    note="'I believe so' is a yes")
rem("y02", Y_NOW, WPG, dana, ["Pretty sure, yeah."], note="'pretty sure, yeah'")
rem("y03", Y_NOW, WPG, dana, ["Yeah, as far as I know."], note="'as far as I know'")
rem("y04", Y_NOW, WPG, dana, ["Should be, unless something comes up at work."],
    note="a yes with a proviso is still a yes")
rem("y05", Y_NOW, WPG, dana, ["Yeah, I'm planning on it."], note="'planning on it'")
rem("y06", Y_NOW, WPG, dana, ["For sure, for sure."], note="'for sure' said twice")
rem("y07", Y_NOW, WPG, dana, ["I mean, yeah, I guess so."], note="'I guess so'")

# ================================================================ e: someone else
liam = about("Liam O'Connell", "+19025553120", "2027-09-21T13:00")
E_NOW = "2027-09-20T11:00"  # Monday
rem("e01", E_NOW, HFX, liam, ["He's in the shower. I'm his roommate, I'll pass it on."],
    "no_booking", not_say=["cancel"], note="a roommate takes the message: nothing changed")
linda = about("Linda Chartrand", "+19025553121", "2027-09-21T15:30")
rem("e02", E_NOW, HFX, linda, ["You're looking for my wife? She's at work. But yeah, she'll be "
                               "there."], note="the husband says she will come: a yes")
rem("e03", E_NOW, HFX, liam, ["I'm his husband. He asked me to cancel it if you called, he's "
                              "out of town.", "Yes."], "cancelled",
    say=["tuesday, september 21st at 1 p.m."], note="the husband cancels for him, read back, yes")
rem("e04", E_NOW, HFX, linda, ["Hang on, I'll grab her.",
                               "Hi, yes, this is Linda. Yep, I'll be there."],
    note="someone fetches her ('hang on'), then she says yes")
rem("e05", E_NOW, HFX, linda, ["This is her mom. She's got a tournament Tuesday, can we do "
                               "Wednesday at 4 instead?", "Yes."], "rescheduled",
    start="2027-09-22T16:00", time=["Wednesday at 4."],
    note="the mother moves it for her to Wednesday at 4")
rem("e06", E_NOW, HFX, linda, ["She's not available. Who is this?", "Okay, I'll let her know."],
    "no_booking", not_say=["cancel"],
    note="not available, who is this, then the message taken: nothing changed")

# ================================================================ c: cancels
trevor = about("Trevor Baptiste", "+14165553130", "2027-09-28T11:30")
C_NOW = "2027-09-27T09:30"  # Monday
rem("c01", C_NOW, TOR, trevor, ["I can't come, just cancel it.", "Yep."], "cancelled",
    say=["tuesday, september 28th at 11:30 a.m."], note="'I can't come, just cancel it'")
rem("c02", C_NOW, TOR, trevor, ["Ah, I'm gonna have to cancel, my car's in the shop.", "Yes."],
    "cancelled", note="'gonna have to cancel'")
rem("c03", C_NOW, TOR, trevor, ["Nah, you can cancel that one.", "Yeah."], "cancelled",
    note="'nah, you can cancel that one'")
rem("c04", C_NOW, TOR, trevor, ["I found another clinic closer to home, so I won't be coming.",
                                "Yes, cancel it."], "cancelled",
    note="won't be coming: a no, read back as a cancel, yes")
rem("c05", C_NOW, TOR, trevor, ["Can't make it, sorry.", "Yeah, go ahead."], "cancelled",
    note="'can't make it, sorry' then 'go ahead' is a yes")
rem("c06", C_NOW, TOR, trevor, ["I can't make it Tuesday.",
                                "No, don't cancel it. Can we move it instead?", "Yes."],
    "rescheduled", start="2027-09-29T11:00", time=["Wednesday at 11."],
    note="a no read back as a cancel, declined for a move: Wednesday at 11")
rem("c07", C_NOW, TOR, trevor, ["Yeah no, cancel it.", "Yes."], "cancelled",
    note="'yeah no, cancel it' is a cancel, not a yes")

# ================================================================ v: moves
ines = about("Inès Carvalho", "+12045553140", "2027-09-14T10:30")
V_NOW = "2027-09-13T10:00"  # Monday; the appointment is Tuesday 10:30
rem("v01", V_NOW, WPG, ines, ["Can we make it later that day?", "Yes."], "rescheduled",
    start="2027-09-14T15:30", time=["3:30 would be great."],
    note="later that day, then a time: the appointment's day")
rem("v02", V_NOW, WPG, ines, ["Could you push it back a couple of hours?", "Yes."],
    "rescheduled", start="2027-09-14T12:30", time=["12:30 then."],
    note="'push it back a couple of hours': 10:30 to 12:30")
rem("v03", V_NOW, WPG, ines, ["Can we move it up an hour?", "Yes."], "rescheduled",
    start="2027-09-14T09:30", time=["9:30."], note="'move it up an hour' is earlier: 9:30")
rem("v04", V_NOW, WPG, ines, ["Can I come the day after instead?", "Yes."], "rescheduled",
    start="2027-09-15T10:30", time=["Same time if you have it."],
    note="the day after the appointment, the same time")
rem("v05", V_NOW, WPG, ines, ["Can we push it a week?", "Yes."], "rescheduled",
    start="2027-09-21T10:30", time=["Same time."], note="'push it a week': a week later")
otto = about("Otto Lindgren", "+12045553141", "2027-09-14T14:00")
rem("v06", V_NOW, WPG, otto, ["Any chance of doing it that morning instead?", "Yes."],
    "rescheduled", start="2027-09-14T09:30", time=["Yes."], existing=taken("2027-09-14", "09:00"),
    note="that morning: the day's morning offers, 9:00 taken; a plain yes takes 9:30")
rem("v07", V_NOW, WPG, ines, ["Can it be after 4 that day?", "Yes."], "rescheduled",
    start="2027-09-14T16:30", time=["Yes."], existing=taken("2027-09-14", "16:00"),
    note="after 4 that day, 4:00 taken: 4:30")
rem("v08", V_NOW, WPG, ines, ["Could we do Monday instead, sometime before noon?", "Yes."],
    "rescheduled", start="2027-09-20T10:00", time=["Yes."],
    existing=taken("2027-09-20", "09:00", "09:30"),
    note="Monday before noon (said on a Monday: next Monday), 9 and 9:30 taken: 10:00")
rem("v09", V_NOW, WPG, ines, ["How about the same time on Thursday?", "Yes."], "rescheduled",
    start="2027-09-16T10:30", time=["Same time, 10:30."], note="Thursday at the same time")
rem("v10", V_NOW, WPG, ines, ["Can I move it to the 22nd?", "Yes."], "rescheduled",
    start="2027-09-22T11:00", time=["11 works."], note="a day of the month, then '11 works'")
rem("v11", V_NOW, WPG, ines, ["Is there anything first thing Friday?", "Yes."], "rescheduled",
    start="2027-09-17T09:00", time=["Yes."], note="first thing Friday: 9:00")

# ================================================================ a: asks about it
omar = about("Omar Haddad", "+13065553150", "2027-09-22T09:00")
A_NOW = "2027-09-21T12:00"  # Tuesday
rem("a01", A_NOW, REG, omar, ["What's the appointment for again?", "Oh right, okay. Yes."],
    note="what it is for, then a yes")
rem("a02", A_NOW, REG, omar, ["How long will it take?", "Okay, see you then."],
    say=["30 minutes"], note="how long: 30 minutes, then a yes")
rem("a04", A_NOW, REG, omar, ["What should I wear?", "Okay, no problem. I'll be there."],
    note="a question with no answer on file, then a yes")
rem("a05", A_NOW, REG, omar, ["Do I need to bring my health card?", "Alright, I'll be there."],
    note="what to bring with nothing on file, then a yes")
a = about("Rachel MacIsaac", "+19025553152", "2027-09-22T10:00", 30, service="Follow-up",
          resource="Luc Gagnon")
rem("a03", "2027-09-21T09:00", HFX, a, ["Which therapist is it with?",
                                        "Great, thanks. I'll be there."],
    say=["luc gagnon"], business="clinic", note="who it is with, then a yes")

# ================================================================ b: call back
gus = about("Gus Papadakis", "+17805553160", "2027-09-23T15:00")
B_NOW = "2027-09-22T17:30"  # Wednesday evening
rem("b01", B_NOW, EDM, gus, ["I'm driving right now, can you call me back later?"], "no_booking",
    not_say=["cancel"], note="call back later: nothing changes")
rem("b02", B_NOW, EDM, gus, ["Can you call back in an hour? I'm at work."], "no_booking",
    not_say=["cancel"], note="call back in an hour: nothing changes")
rem("b03", B_NOW, EDM, gus, ["Now's not a good time."], "no_booking", not_say=["cancel"],
    note="'now's not a good time': nothing changes, the call ends")

# ================================================================ o: opt-out
hal = about("Hal Greenberg", "+16135553170", "2027-09-24T13:30")
O_NOW = "2027-09-23T10:00"  # Thursday
rem("o01", O_NOW, TOR, hal, ["Stop calling me."], "no_booking", not_say=["cancel"],
    note="'stop calling me': the call ends, the appointment is not cancelled")
rem("o02", O_NOW, TOR, hal, ["Please take me off your call list."], "no_booking",
    not_say=["cancel"], note="off the call list is not off the schedule: nothing cancelled")
rem("o03", O_NOW, TOR, hal, ["I'll be there, but don't call me with these reminders anymore."],
    note="a yes with an opt-out: confirmed")

# ================================================================ w: wrong numbers
wt = about("Trevor Nakamura", "+17095553180", "2027-09-24T10:00")
W_NOW = "2027-09-23T14:00"
rem("w01", W_NOW, NFL, wt, ["You've got the wrong number, this is a business line."],
    "no_booking", not_say=["cancel"], note="a wrong number: nothing changed")
rem("w02", W_NOW, NFL, wt, ["I don't know any Trevor."], "no_booking", not_say=["cancel"],
    note="'I don't know any Trevor': a wrong number")
rem("w03", W_NOW, NFL, wt, ["I just got this number last month, whoever you're looking for "
                            "doesn't have it anymore."], "no_booking", not_say=["cancel"],
    note="a recycled number: a wrong number")

# ================================================================ z: businesses, zones
a = about("Ken Tsetso", "+18675553190", "2027-09-15T08:30", 45, service="Tire changeover",
          resource="Bay 1")
Z_YK = "2027-09-14T13:00"  # Tuesday
rem("z01", Z_YK, YK, a, [], "voicemail", answered="machine_end_other",
    say=["Great Slave Tire"], not_say=["ken", "tsetso"], max_turns=1, business=TIRE,
    note="Yellowknife: the tire shop's voicemail, no name")
rem("z02", Z_YK, YK, a, ["Where are you guys again?", "Alright, see you then."],
    say=["4910 Franklin"], business=TIRE, note="the address, then a yes")
rem("z03", Z_YK, YK, a, ["Could we push it to Saturday morning?", "Yes."], "rescheduled",
    start="2027-09-18T08:00", time=["Yes."], business=TIRE,
    note="Saturday morning: Bay 1 opens at 8; the changeover keeps its bay")
rem("z04", Z_YK, YK, a, ["Yeah, unless the truck won't start, ha. I'll be there."],
    business=TIRE, note="a joke of a proviso: a yes")
a = about("Noah Ratt", "+13065553194", "2027-09-20T13:00", 60, service="Cleaning",
          resource="Megan Kowalchuk")
Z_SK = "2027-09-17T11:00"  # Friday
rem("z05", Z_SK, REG, a, ["How long's the cleaning?", "Okay, I'll be there."],
    say=["an hour"], business=SASK, note="Saskatoon: how long the cleaning is (an hour)")
rem("z06", Z_SK, REG, a, ["Can you push it back an hour?", "Yes."], "rescheduled",
    start="2027-09-20T14:00", time=["2 o'clock."], business=SASK,
    note="an hour later with the same hygienist")
rem("z07", Z_SK, REG, a, ["This is his dad, he's got a test at school that day. Can we cancel "
                          "it?", "Yes."], "cancelled", business=SASK,
    note="a parent cancels for a child")
a = about("Elisapee Ashoona", "+18675553197", "2027-09-16T15:00", 60,
          service="Massage therapy", resource="Leah Arnaquq")
Z_IQ = "2027-09-15T10:00"  # Wednesday
rem("z08", Z_IQ, IQA, a, ["Who's it with again?", "Great, I'll be there."], say=["leah"],
    business=IQALUIT, note="Iqaluit: who the massage is with")
rem("z09", Z_IQ, IQA, a, ["Could we do it later that day, like 5?", "Yes."], "rescheduled",
    start="2027-09-16T17:00", time=["5 o'clock."], business=IQALUIT,
    note="later that day, like 5: Thursday open till 7")
rem("z10", Z_IQ, IQA, a, [], "voicemail", answered="machine_end_beep",
    say=["Apex Physiotherapy"], not_say=["elisapee", "ashoona"], max_turns=1, business=IQALUIT,
    note="the Iqaluit clinic's voicemail")

# ================================================================ French
frem = frem_


josee = about("Josée Lapointe", "+15145553201", "2027-09-16T14:30")
F_NOW = "2027-09-15T11:00"  # Wednesday
FR_DAY = "jeudi 16 septembre à 14 h 30"
frem("y01", F_NOW, MTL, josee, ["C'est beau, on se voit jeudi."], say=[FR_DAY],
     note="'c'est beau' is a yes")
frem("y02", F_NOW, MTL, josee, ["Ouin, je pense bien."], note="'ouin, je pense bien'")
frem("y03", F_NOW, MTL, josee, ["Certain! Merci de m'avoir appelée."], note="'certain!'")
frem("c01", F_NOW, MTL, josee, ["Ça marche pas, finalement.", "Oui."], "cancelled",
     say=[FR_DAY], note="'ça marche pas' is a no: read back as a cancel, oui")
frem("c02", F_NOW, MTL, josee, ["Non, j'peux pas, j'travaille. Annulez-le donc.",
                                "Oui, c'est ça."], "cancelled", note="'annulez-le donc'")
frem("c03", F_NOW, MTL, josee, ["Je vais devoir annuler, j'ai attrapé la grippe.",
                                "Oui, merci."], "cancelled", note="'je vais devoir annuler'")
frem("v01", F_NOW, MTL, josee, ["Ça marche pas pour moi jeudi. Pouvez-vous la repousser d'une "
                                "semaine?", "Oui."], "rescheduled", start="2027-09-23T14:30",
     time=["Même heure."], note="'la repousser d'une semaine': a week later, same time")
frem("v02", F_NOW, MTL, josee, ["Pouvez-vous le mettre plus tard dans la même journée?", "Oui."],
     "rescheduled", start="2027-09-16T16:00", time=["16 h."],
     note="later the same day, then '16 h'")
frem("v03", F_NOW, MTL, josee, ["Est-ce que je pourrais venir le matin à la place?", "Oui."],
     "rescheduled", start="2027-09-16T10:00", time=["10 h."],
     note="the morning of the same day, then a bare '10 h'")
frem("v04", F_NOW, MTL, josee, ["Mettez-le donc à lundi prochain, même heure.", "Oui."],
     "rescheduled", start="2027-09-20T14:30", time=["Oui."],
     note="'lundi prochain, même heure' said on a Wednesday: Monday the 20th at 14 h 30")
frem("v05", F_NOW, MTL, josee, ["C'est sa mère. Elle a un examen jeudi, pourriez-vous le décaler "
                                "à vendredi matin?", "Oui."], "rescheduled",
     start="2027-09-17T09:00", time=["Oui."],
     note="the mother moves it to Friday morning; a plain oui takes 9 h")
andre = about("André Pelletier", "+15145553202", "2027-09-16T09:30")
frem("e01", F_NOW, MTL, andre, ["C'est sa blonde. Il est parti travailler, je vais lui dire."],
     "no_booking", not_say=["annul"],
     note="his girlfriend answers, he is at work: the message taken, nothing changed")
frem("e02", F_NOW, MTL, josee, ["Elle dort, là. C'est son coloc.",
                                "Oui, je vais lui laisser un mot."], "no_booking",
     not_say=["annul"], note="the roommate: the message taken, nothing changed")
frem("w01", F_NOW, MTL, josee, ["Connais pas de Josée, moi. Vous avez le mauvais numéro."],
     "no_booking", not_say=["annul"], note="'connais pas de Josée': a wrong number")
frem("w02", F_NOW, MTL, josee, ["Ça doit être une erreur, c'est pas le bon numéro."],
     "no_booking", not_say=["annul"], note="'c'est pas le bon numéro'")
frem("o01", F_NOW, MTL, josee, ["Arrêtez de m'appeler, s'il vous plaît."], "no_booking",
     not_say=["annul"], note="an opt-out: nothing cancelled")
frem("b01", F_NOW, MTL, josee, ["Pouvez-vous me rappeler plus tard? Je suis au volant."],
     "no_booking", not_say=["annul"], note="call back later: nothing changes")
frem("q01", F_NOW, MTL, josee, ["C'est de la part de qui?", "Ah, correct. Oui oui, je vais y aller."],
     note="'c'est de la part de qui?', then a yes")
frem("a01", F_NOW, MTL, josee, ["Ça dure combien de temps?", "Parfait, merci, je vais être là."],
     say=["30 minutes"], note="how long: 30 minutes, then a yes")
a = about("Raymond Séguin", "+16135553220", "2027-09-16T10:00")
frem("l01", "2027-09-15T15:00", TOR, a, ["Oui, c'est beau."], opens_fr=False,
     note="Ottawa: an English opening answered in French; the agent goes on in French")
frem("m01", F_NOW, MTL, josee,
     ["Bonjour, vous êtes bien chez Martin et Josée, laissez-nous un message après le bip."],
     "voicemail", answered="unknown", not_say=["lapointe"],
     note="unknown, then a French voicemail greeting: the voicemail is left")
a = about("Guylaine Fortin", "+15145553222", "2027-09-15T11:00", 30, service="Suivi")
frem("m02", "2027-09-14T15:00", MTL, a, [], "voicemail", answered="machine_start",
     say=["Clinique Physio Plateau"], not_say=["guylaine", "fortin"], max_turns=1,
     business="clinique", note="the clinique's voicemail in French (machine_start)")
frem("a02", "2027-09-14T15:00", MTL, a, ["C'est pour quoi, ce rendez-vous-là?",
                                         "Ah oui, c'est vrai. Parfait."],
     say=["suivi"], business="clinique", note="what it is for: the follow-up, then a yes")
a = about("Mathieu Bergeron", "+18195553230", "2027-09-21T09:00", 60, service="Cleaning",
          resource="Julie Morin")
S_NOW = "2027-09-20T14:00"  # Monday
frem("z01", S_NOW, MTL, a, [], "voicemail", answered="machine_end_silence",
     say=["Centre dentaire des Cantons", "mardi 21 septembre à 9 h"],
     not_say=["mathieu", "bergeron"], max_turns=1, business=SHERBROOKE,
     note="Sherbrooke (French first): the voicemail in French")
frem("z02", S_NOW, MTL, a, ["C'est beau, merci là."], opens_fr=False, business=SHERBROOKE,
     note="a French-first business: 'c'est beau' confirms")
frem("z03", S_NOW, MTL, a, ["Pouvez-vous la repousser d'une semaine?", "Oui."], "rescheduled",
     start="2027-09-28T09:00", time=["Même heure."], opens_fr=False, business=SHERBROOKE,
     note="a week later with the same hygienist")
frem("z04", S_NOW, MTL, a, ["C'est où, déjà, votre bureau?", "Parfait, j'vais être là."],
     say=["1200, rue King"], opens_fr=False, business=SHERBROOKE, note="the address in French")
frem("z05", S_NOW, MTL, a, ["Ça marche pas le matin. Avez-vous quelque chose en après-midi la "
                            "même journée?", "Oui."], "rescheduled",
     start="2027-09-21T13:30", time=["13 h 30."], opens_fr=False, business=SHERBROOKE,
     note="the same day in the afternoon, then 13 h 30")
frem("z06", S_NOW, MTL, a, ["Pouvez-vous le devancer d'une heure?", "Oui."], "rescheduled",
     start="2027-09-21T08:00", time=["8 h."], opens_fr=False, business=SHERBROOKE,
     note="'le devancer d'une heure' is earlier: 8 h, the clinic's opening")


# ================================================================ after the blind run
# Variants (`v-`), written after the fixes of the blind failures, in new words, to check
# that the rules hold beyond the sentences that found them.
rem("v-01", B_NOW, EDM, gus, ["Sorry, can't talk right now, I'm at work."], "no_booking",
    not_say=["cancel"], note="can't talk now: the day and time left, nothing changed")
rem("v-02", O_NOW, TOR, hal, ["Please don't call this number again."], "no_booking",
    not_say=["cancel"], note="an opt-out: nothing cancelled")
frem("v-03", F_NOW, MTL, josee, ["Ne m'appelez plus, s'il vous plaît."], "no_booking",
     not_say=["annul"], note="an opt-out in French")
rem("v-04", V_NOW, WPG, ines, ["Can you move it up half an hour?", "Yes."], "rescheduled",
    start="2027-09-14T10:00", time=["10 o'clock."], note="'move it up half an hour': 10:00")
rem("v-05", V_NOW, WPG, ines, ["Could we bump it a week?", "Yes."], "rescheduled",
    start="2027-09-21T10:30", time=["Same time."], note="'bump it a week': a week later")
rem("v-06", V_NOW, WPG, ines, ["Is there something later in the day?", "Yes."], "rescheduled",
    start="2027-09-14T16:00", time=["4 o'clock."], note="later in the day, then 4")
a = about("Rachel MacIsaac", "+19025553152", "2027-09-22T10:00", 30, service="Follow-up",
          resource="Luc Gagnon")
rem("v-07", "2027-09-21T09:00", HFX, a, ["Who am I seeing?", "Okay, I'll be there."],
    say=["luc gagnon"], business="clinic", note="who it is with, said another way")
rem("v-08", "2027-09-21T09:00", HFX, a, ["What's my appointment for?", "Right. Yes, I'll be there."],
    say=["follow-up"], business="clinic", note="what it is for: the follow-up")
frem("v-09", F_NOW, MTL, josee, ["Jeudi, ça marche pas. Pouvez-vous la décaler d'une semaine?",
                                 "Oui."], "rescheduled", start="2027-09-23T14:30",
     time=["Même heure."], note="the appointment's day named, 'décaler d'une semaine'")
rem("v-10", C_NOW, TOR, trevor, ["I can't come Tuesday.",
                                 "No, don't cancel. Could I switch it to Friday at 10 instead?",
                                 "Yes."], "rescheduled", start="2027-10-01T10:00",
    time=["Friday at 10."], note="a cancel read-back declined for a move with its time")
a = about("Sam Okafor", "+14165553105", "2027-09-16T09:30")
rem("v-11", "2027-09-15T13:00", TOR, a, ["Hey, it's Sam, I missed your call, leave me a message."],
    "voicemail", not_say=["okafor"], note="a voicemail greeting on a line answered as a person")
frem("v-12", F_NOW, MTL, josee, ["C'est pas le bon numéro, ici c'est un commerce."],
     "no_booking", not_say=["annul"], note="a wrong number in French, another way")


if __name__ == "__main__":
    n = write_jsonl(OUT, lines, business_by_name(TOMLS))
    print(f"{n} lines -> {os.path.relpath(OUT)}")
