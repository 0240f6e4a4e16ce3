#!/usr/bin/env python3
"""Writes calls_fr_changes20.jsonl: French callers who cancel, move or check an
appointment, and reminder calls (SPEC §3, §3.2, SPEC-fr 5.7), round 20, in Canadian
French as callers speak it (joual, "pis", "checker", words without their accents as a
recogniser may drop them, English mixed in), March 2027, across the country: Montréal and
Québec (America/Montreal), Moncton (America/Moncton), Saint-Boniface (America/Winnipeg),
Edmonton (America/Edmonton), Vancouver (America/Vancouver), Regina (America/Regina, no
daylight time) and Ottawa (America/Toronto, a reminder across the 14 March change):

- the caller id unknown (null) or another phone's, and the number used for the booking
  said with the recogniser's habits (`a`): no accents ("zero"), digits with periods,
  pairs, "le 604-555-...", a filler inside;
- two or three appointments on file and the caller vague about which (`b`): "mon affaire
  de mardi", "celui de la semaine prochaine", "celui qui est le plus tôt", "mardi de la
  semaine prochaine" of three;
- a move to a window (`c`): "la semaine prochaine, en avant-midi", "lundi après 14 h",
  "n'importe quand sauf le matin", "entre midi et deux", "le plus tôt possible";
- a move to a taken or closed time, then a second choice (`d`): "11 h d'abord", Saturday,
  a closed Monday, "demain" on a Friday, two taken times in a row;
- the caller changes their mind (`e`): "laissez faire, annulez-le juste" during a move,
  "gardez-le finalement" at a cancel's read-back, "pouvez-vous le déplacer à la place?",
  "je vais garder mon heure", "annulez-le. Non attendez, déplacez-le plutôt";
- a check then a move in the same call (`f`);
- a cancel of an appointment that is today, already past this morning, or yesterday
  (`g`);
- reminder calls (`r`): answered by a spouse, a son or a daughter, "je vais lui faire le
  message", "je peux-tu le déplacer?", "même heure la semaine prochaine", a voicemail
  greeting heard as a person, "c'était pour quand déjà?", Regina's and Ottawa's clocks.

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.
Where a case goes beyond the SPEC's words, its note says so.

Blind score, the release build of main before the fixes: 36/47 by score.py (`bella
simulate --jsonl < calls_fr_changes20.jsonl | python3 score.py simulate ...`), the same
with the `say_contains` checks. Failed: a06 ("checker mes rendez-vous" was a booking), b02
("celui de la semaine prochaine" read back this Friday's: the week said was its Monday),
c01 (below), e01 ("laissez faire, annulez-le juste" at a move's time question ended the
call), e05 ("annulez ... Non attendez, déplacez-le plutôt à vendredi": the last cue,
"plutôt", had nothing after it, so the cancel stood), f01-f03 (a check hung up at once: no
move after it), g04 ("non, c'est tout, merci" at the number question after nothing
upcoming was found: three failures and a transfer), r03 ("je vais lui faire le message":
not understood, a transfer), r07 (a voicemail greeting heard as a person: stalls, then a
transfer). f02's label was wrong against SPEC-fr 5.5 ("jeudi" said on a Wednesday is the
next day) and was fixed. After the fixes 46/47; may fail: c01. Then nine variants (`v-`):
55/56.

Run: python3 bella-dialog/testdata/gen_calls_fr_changes20.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, entry, local_now, persona as P,  # noqa: E402
                      probe_calls, probe_reminders, write_jsonl)

LANGS = ["fr-CA", "en-CA"]
KIND = "changes20"
calls = []

# Montréal: Tuesday 2 March 2027, 10:05.
MTL_TZ = "America/Montreal"
MTL = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-02T10:05", MTL_TZ), MTL_TZ,
                  "+15145552000", LANGS)
# Québec: Wednesday 3 March, 14:20.
QC = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-03T14:20", MTL_TZ), MTL_TZ,
                 "+14185552000", LANGS)
# Moncton: Thursday 4 March, 09:15.
NB_TZ = "America/Moncton"
NB = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-04T09:15", NB_TZ), NB_TZ,
                 "+15065552000", LANGS)
# Saint-Boniface: Friday 5 March, 11:40.
MB_TZ = "America/Winnipeg"
MB = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-05T11:40", MB_TZ), MB_TZ,
                 "+12045552000", LANGS)
# Edmonton: Monday 8 March, 13:10.
AB_TZ = "America/Edmonton"
AB = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-08T13:10", AB_TZ), AB_TZ,
                 "+17805552000", LANGS)
# Vancouver: Tuesday 9 March, 08:45 (before opening).
BC_TZ = "America/Vancouver"
BC = probe_calls(calls, "c20-fr", KIND, local_now("2027-03-09T08:45", BC_TZ), BC_TZ,
                 "+16045552000", LANGS)

YES = ["Oui."]


def mine(start, name, phone, minutes=30):
    return entry(start, name, phone, minutes)


def R(name, phone, start):
    return appt(name, phone, start)


# ================================================================ a: number, caller id unknown
n, p = "Sylvie Paquette", "+15145550247"
MTL("a01", P(["Allo, faudrait que j'annule mon rendez-vous."],
             phone=["cinq un quatre, cinq cinq cinq, zero deux quatre sept"], confirm=YES),
    "cancelled", R(n, p, "2027-03-04T13:30"), caller_id=None,
    existing=[mine("2027-03-04T13:30", n, p)],
    note="no caller id: the number is asked; 'zero' without its accent is zéro")
n, p = "Ginette Lavoie", "+14185552389"
QC("a02", P(["Oui allo, je voulais juste checker c'est quand mon rendez-vous.",
             "Non c'est beau, merci."],
            phone=["quatre un huit, cinq cinq cinq, vingt-trois, quatre-vingt-neuf"],
            other=["Non c'est beau, merci."]),
   "no_booking", caller_id="+14185559911", existing=[mine("2027-03-08T10:00", n, p)],
   say=["lundi 8 mars à 10 h"],
   note="a check from another phone: nothing under the caller id, the number asked, "
        "'vingt-trois, quatre-vingt-neuf' as pairs")
n, p = "Roland Arsenault", "+15065550173"
NB("a03", P(["Faudrait que je change mon rendez-vous."], phone=["5 0 6. 5 5 5. 0 1 7 3."],
            time=["Mardi prochain dans l'avant-midi.", "Oui."], confirm=YES),
   "rescheduled", R(n, p, "2027-03-09T09:30"), caller_id=None,
   existing=[mine("2027-03-05T09:00", n, p), entry("2027-03-09T09:00")],
   note="digits with periods; 'mardi prochain' said on a Thursday (both readings agree): "
        "Tuesday's first free morning time, 9:00 taken")
n, p = "Lucille Fillion", "+12045551260"
MB("a04", P(["Bonjour, c'est pour annuler mon rendez-vous de la semaine prochaine."],
            phone=["Deux zero quatre, cinq cinq cinq, euh, douze, soixante."], confirm=YES),
   "cancelled", R(n, p, "2027-03-08T14:00"), caller_id=None,
   existing=[mine("2027-03-05T15:00", n, p), mine("2027-03-08T14:00", n, p)],
   note="two on file, one today and one next week: 'celui de la semaine prochaine' is "
        "Monday's; 'euh' inside the number")
n, p = "Denis Lachance", "+17805550961"
AB("a05", P(["Je voudrais annuler mon rendez-vous de jeudi."],
            phone=["sept huit zero cinq cinq cinq zero neuf six un"], confirm=YES),
   "cancelled", R(n, p, "2027-03-11T11:00"), caller_id="+17805550000",
   existing=[mine("2027-03-11T11:00", n, p)],
   note="the caller id has no appointment: the number is asked, said digit by digit")
n, p = "Chantal Morin", "+16045550188"
BC("a06", P(["Bonjour, je voudrais checker mes rendez-vous.", "Non, c'est tout. Merci, bonne journée."],
            phone=["C'est le 604-555-0188."], other=["Non, c'est tout. Merci, bonne journée."]),
   "no_booking", caller_id=None,
   existing=[mine("2027-03-10T10:00", n, p), mine("2027-03-16T13:30", n, p)],
   say=["mercredi 10 mars à 10 h", "mardi 16 mars à 13 h 30"],
   note="a check of both: every upcoming one is told")

# ================================================================ b: which one, said vaguely
n, p = "Réjean Bouchard", "+15145552000"
MTL("b01", P(["J'voudrais annuler mon affaire de mardi."], confirm=YES),
    "cancelled", R(n, p, "2027-03-09T10:30"),
    existing=[mine("2027-03-09T10:30", n, p), mine("2027-03-11T14:00", n, p)],
    note="'mon affaire de mardi': the Tuesday one of two")
n, p = "Nathalie Gagné", "+14185552000"
QC("b02", P(["Je veux annuler celui de la semaine prochaine."], confirm=YES),
   "cancelled", R(n, p, "2027-03-10T15:00"),
   existing=[mine("2027-03-05T09:30", n, p), mine("2027-03-10T15:00", n, p)],
   note="'celui de la semaine prochaine': Wednesday 10, not this Friday's")
n, p = "Yvon LeBlanc", "+15065552000"
NB("b03", P(["Pouvez-vous annuler celui qui est le plus tôt des deux?"], confirm=YES),
   "cancelled", R(n, p, "2027-03-08T11:00"),
   existing=[mine("2027-03-10T13:00", n, p), mine("2027-03-08T11:00", n, p)],
   note="'celui qui est le plus tôt des deux': the earlier of two (not the earliest free "
        "time)")
n, p = "Marc Chartier", "+12045552000"
MB("b04", P(["Je voudrais déplacer celui de lundi, le mettre à mercredi même heure."],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-10T13:30"),
   existing=[mine("2027-03-08T13:30", n, p), mine("2027-03-11T09:00", n, p)],
   note="'celui de lundi' of two, to Wednesday 'même heure' (13:30)")
n, p = "Josée Tardif", "+17805552000"
AB("b05", P(["Je veux annuler mon rendez-vous de mardi de la semaine prochaine."], confirm=YES),
   "cancelled", R(n, p, "2027-03-16T10:00"),
   existing=[mine("2027-03-09T10:00", n, p), mine("2027-03-11T15:00", n, p),
             mine("2027-03-16T10:00", n, p)],
   note="three on file: 'mardi de la semaine prochaine' is Tuesday 16, not tomorrow")
n, p = "Guy Bergeron", "+15145552000"
MTL("b06", P(["Je voudrais déplacer mon rendez-vous de jeudi."], time=["Vendredi vers 11 h."],
             confirm=YES),
    "rescheduled", R(n, p, "2027-03-05T11:00"),
    existing=[mine("2027-03-09T14:00", n, p), mine("2027-03-04T15:30", n, p)],
    note="'mon rendez-vous de jeudi' names one of two; the new time asked: 'vers 11 h'")

# ================================================================ c: a move to a window
n, p = "Francine Dubé", "+15145552000"
MTL("c01", P(["Faudrait que je déplace mon rendez-vous de jeudi à la semaine prochaine, en avant-midi."],
             time=YES, confirm=YES),
    "rescheduled", R(n, p, "2027-03-08T10:30"),
    existing=[mine("2027-03-04T11:00", n, p)] + [entry(f"2027-03-08T{t}") for t in
                                                   ("09:00", "09:30", "10:00")],
    note="'la semaine prochaine, en avant-midi': Monday's first free morning time (5.5). May "
         "fail: the extractor reads 'jeudi à la semaine prochaine' as one day, the Thursday "
         "of next week, so next Thursday's morning is offered (the split at 'à' belongs to "
         "bella-extract, left for a later round)")
n, p = "Luc Pelletier", "+14185552000"
QC("c02", P(["Je peux-tu changer mon rendez-vous de vendredi pour lundi après 14 h?"],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-08T15:00"),
   existing=[mine("2027-03-05T10:00", n, p), entry("2027-03-08T14:00"), entry("2027-03-08T14:30")],
   note="a window on the new day ('lundi après 14 h'): its first free start")
n, p = "Monique Cormier", "+15065552000"
NB("c03", P(["Je voudrais repousser mon rendez-vous à la semaine prochaine, n'importe quand sauf le matin."],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-08T12:00"),
   existing=[mine("2027-03-05T09:00", n, p)],
   note="'repousser' is a move; 'sauf le matin' gives after 12:00 on Monday 8")
n, p = "Paul Gauthier", "+12045552000"
MB("c04", P(["Mon rendez-vous de lundi, pouvez-vous le changer pour mercredi entre midi et deux?"],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-10T12:30"),
   existing=[mine("2027-03-08T09:30", n, p), entry("2027-03-10T12:00")],
   note="'entre midi et deux' is 12:00-14:00; 12:00 taken")
n, p = "Line Thibault", "+17805552000"
AB("c05", P(["Je voudrais avancer mon rendez-vous, le plus tôt possible."], time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-08T14:30"),
   existing=[mine("2027-03-10T11:00", n, p), entry("2027-03-08T13:30"), entry("2027-03-08T14:00")],
   note="'avancer ... le plus tôt possible': the earliest free time from now, today 14:30")

# ================================================================ d: taken or closed, then another
n, p = "Robert Lapointe", "+15145552000"
MTL("d01", P(["Je voudrais changer mon rendez-vous de jeudi pour vendredi à 10 h."],
             time=["Ben 11 h d'abord."], confirm=YES),
    "rescheduled", R(n, p, "2027-03-05T11:00"),
    existing=[mine("2027-03-04T09:30", n, p), entry("2027-03-05T10:00")],
    note="Friday 10:00 taken: refused with offers; '11 h d'abord', a bare time, stays on Friday")
n, p = "Hélène Fortin", "+14185552000"
QC("d02", P(["J'peux-tu changer mon rendez-vous de jeudi?"],
            time=["Samedi matin.", "Lundi à 9 h 30 d'abord."], confirm=YES),
   "rescheduled", R(n, p, "2027-03-08T09:30"),
   existing=[mine("2027-03-04T15:00", n, p)],
   note="Saturday is closed (Monday offered), then 'lundi à 9 h 30'")
n, p = "Gilles Robichaud", "+15065552000"
NB("d03", P(["Je voudrais déplacer mon rendez-vous à lundi matin."], time=["La première heure libre."],
            confirm=YES),
   "rescheduled", R(n, p, "2027-03-09T09:00"), closed=["2027-03-08"],
   existing=[mine("2027-03-05T14:00", n, p)],
   note="Monday 8 closed: said, Tuesday's times offered; 'la première heure libre' takes the "
        "earliest offered")
n, p = "Carole Nault", "+12045552000"
MB("d04", P(["Faudrait que je change mon rendez-vous d'aujourd'hui pour demain."],
            time=["Lundi à 10 h d'abord."], confirm=YES),
   "rescheduled", R(n, p, "2027-03-08T10:00"),
   existing=[mine("2027-03-05T15:30", n, p)],
   note="'demain' is a Saturday: closed, then Monday at 10")
n, p = "André Poirier", "+17805552000"
AB("d05", P(["Je voudrais changer mon rendez-vous de mardi pour jeudi à 2 h."],
            time=["OK, pis 2 h 30?", "3 h d'abord."], confirm=YES),
   "rescheduled", R(n, p, "2027-03-11T15:00"),
   existing=[mine("2027-03-09T10:00", n, p), entry("2027-03-11T14:00"), entry("2027-03-11T14:30")],
   note="two taken times in a row on Thursday, then 3 h (15:00), a bare time on that day")

# ================================================================ e: changes of mind
n, p = "Claude Beaulieu", "+15145552000"
MTL("e01", P(["Je voudrais déplacer mon rendez-vous."],
             time=["Ah pis laissez faire, annulez-le juste."], confirm=YES),
    "cancelled", R(n, p, "2027-03-04T11:00"),
    existing=[mine("2027-03-04T11:00", n, p)],
    note="'laissez faire, annulez-le juste' at the move's time question: the cancel read back "
         "(lib.rs 'actually, just cancel it'), not the end of the call")
n, p = "Suzanne Giroux", "+14185552000"
QC("e02", P(["Je voudrais annuler mon rendez-vous de lundi.", "Non, c'est tout, merci."],
            confirm=["Ah non attendez, gardez-le finalement."], other=["Non, c'est tout, merci."]),
   "no_booking", existing=[mine("2027-03-08T13:00", n, p)],
   note="'gardez-le finalement' at the cancel read-back: nothing cancelled (beyond the SPEC's "
        "words: a no at the read-back)")
n, p = "Réal Doiron", "+15065552000"
NB("e03", P(["Je voudrais annuler mon rendez-vous de vendredi."],
            confirm=["Ah pis finalement, pouvez-vous le déplacer à la place?", "Oui."],
            time=["Mercredi à 13 h."]),
   "rescheduled", R(n, p, "2027-03-10T13:00"),
   existing=[mine("2027-03-05T10:30", n, p)],
   note="'pouvez-vous le déplacer à la place?' at the cancel read-back moves it (lib.rs)")
n, p = "Lise Vermette", "+12045552000"
MB("e04", P(["Je voudrais changer mon rendez-vous de mardi pour jeudi à 9 h."],
            confirm=["Non, laissez faire, je vais garder mon heure d'avant."]),
   "no_booking", existing=[mine("2027-03-09T15:00", n, p)],
   note="'laissez faire' at the move's read-back ends the call; nothing moved")
n, p = "Pierre Caron", "+17805552000"
AB("e05", P(["Annulez mon rendez-vous de mardi. Non attendez, déplacez-le plutôt à vendredi 9 h."],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-12T09:00"),
   existing=[mine("2027-03-09T13:00", n, p)],
   note="a cancel taken back in the same turn ('non attendez, déplacez-le plutôt'): the later "
        "request wins")

# ================================================================ f: a check, then a move
n, p = "Danielle Roy", "+15145552000"
MTL("f01", P(["C'est quand mon rendez-vous déjà?",
              "Ah OK. Pouvez-vous le changer pour vendredi à la même heure?"],
             time=YES, confirm=YES),
    "rescheduled", R(n, p, "2027-03-05T09:30"),
    existing=[mine("2027-03-04T09:30", n, p)],
    note="a check, then 'le changer pour vendredi à la même heure' (9:30)")
n, p = "Michel Côté", "+14185552000"
QC("f02", P(["J'ai-tu un rendez-vous la semaine prochaine?",
             "Celui de mardi, pouvez-vous le mettre à jeudi à 10 h?"], time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-04T10:00"),
   existing=[mine("2027-03-09T14:30", n, p), mine("2027-03-12T11:00", n, p)],
   note="a check of next week (two told), then 'celui de mardi ... à jeudi à 10 h': 'jeudi' "
        "said on a Wednesday is tomorrow (5.5; the blind label had Thursday 11, against the "
        "SPEC: fixed after the blind run)")
n, p = "Albert Landry", "+15065550202"
NB("f03", P(["Bonjour, je voudrais savoir à quelle heure est mon rendez-vous demain.",
             "Pouvez-vous le mettre plus tard dans la journée, genre 3 h?"],
            phone=["cinq zero six cinq cinq cinq zero deux zero deux"], time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-05T15:00"), caller_id=None,
   existing=[mine("2027-03-05T10:00", n, p)],
   note="no caller id; a check then 'plus tard dans la journée, genre 3 h' (15:00 that day)")

# ================================================================ g: today, past
n, p = "Jacqueline Hébert", "+12045552000"
MB("g01", P(["Je pourrai pas venir cet après-midi, faudrait annuler."], confirm=YES),
   "cancelled", R(n, p, "2027-03-05T15:00"),
   existing=[mine("2027-03-05T15:00", n, p), mine("2027-03-12T15:00", n, p)],
   note="'cet après-midi' names today's (15:00), not next Friday's")
n, p = "Serge Paradis", "+17805552000"
AB("g02", P(["Je voulais annuler mon rendez-vous de ce matin, j'ai pas pu y aller.",
             "Non, c'est tout, merci."],
            confirm=["Non, pas celui-là."], other=["Non, c'est tout, merci."]),
   "no_booking", existing=[mine("2027-03-08T10:00", n, p), mine("2027-03-11T14:00", n, p)],
   note="this morning's is past: it cannot be cancelled and Thursday's is kept (beyond the "
        "SPEC: no past appointment is changed)")
n, p = "Karine Michaud", "+16045552000"
BC("g03", P(["Je vais pas pouvoir y aller à matin, annulez-le."], confirm=YES),
   "cancelled", R(n, p, "2027-03-09T09:00"),
   existing=[mine("2027-03-09T09:00", n, p)],
   note="before opening: today's 9:00 ('à matin' is this morning) is still ahead")
n, p = "Roger Tremblay", "+15145552000"
MTL("g04", P(["J'ai manqué mon rendez-vous d'hier, faudrait l'annuler.", "Non, c'est tout, merci."],
             confirm=["Non."], other=["Non, c'est tout, merci."]),
    "no_booking", no_appt=True, existing=[mine("2027-03-01T14:00", n, p)],
    note="yesterday's is past: nothing to cancel (beyond the SPEC, as g02)")

# ================================================================ r: reminders
# Montréal: Wednesday 3 March 16:00, about Thursday 4 March 10:30.
mtl_appt = {"name": "Réjean Tremblay", "phone": "+15145550310", "start": "2027-03-04T10:30",
            "minutes": 30}
rem = probe_reminders(calls, "c20-fr", KIND, local_now("2027-03-03T16:00", MTL_TZ), MTL_TZ,
                      LANGS, mtl_appt)
rem("r01", ["Il est pas là, c'est sa femme. Oui oui, il va être là, je vais lui dire."],
    "confirmed", note="a spouse answers and says he will be there: a yes")
rem("r02", ["C'est son fils. Mon père peut pas y aller demain, faudrait annuler.", "Oui."],
    "cancelled", say=["jeudi 4 mars à 10 h 30"],
    note="a son answers: 'faudrait annuler', read back, yes")
rem("r03", ["Il est pas ici, je vais lui faire le message."], "no_booking",
    note="a family member takes the message: nothing changed, the call ends politely (beyond "
         "the SPEC: no yes, no cancel)")
rem("r04", ["Oui mais je peux-tu le déplacer?", "Oui."], "rescheduled",
    appt_start="2027-03-05T13:30", time=["Vendredi après-midi.", "Oui."],
    existing=[entry("2027-03-05T12:00"), entry("2027-03-05T12:30"), entry("2027-03-05T13:00")],
    note="'je peux-tu le déplacer?': the move, Friday afternoon's first free time")
rem("r05", ["Ah shoot, j'avais oublié. Pouvez-vous le mettre à la même heure la semaine prochaine?",
            "Oui."], "rescheduled", appt_start="2027-03-11T10:30", time=YES,
    note="'la même heure la semaine prochaine' is the appointment a week later (lib.rs 'same "
         "time next week')")
rem("r06", ["Oui."], "voicemail", answered="machine",
    note="a machine: one message, no listening")
rem("r07", ["Bonjour, vous avez bien joint Réjean. Je ne suis pas disponible, laissez-moi un "
            "message après le bip."], "voicemail",
    note="a voicemail greeting heard as a person: a message is left, nothing changed (beyond "
         "the SPEC's words)")
rem("r08", ["Attendez, c'était pour quand déjà?", "Ah non, ça marche pas. Annulez-le.", "Oui."],
    "cancelled", say=["jeudi 4 mars à 10 h 30"],
    note="the day asked again, then a cancel read back")

# Regina (no daylight time): Friday 12 March 15:30, about Monday 15 March 9:00.
SK_TZ = "America/Regina"
sk_appt = {"name": "Lorraine Gaudet", "phone": "+13065550315", "start": "2027-03-15T09:00",
           "minutes": 30}
rem_sk = probe_reminders(calls, "c20-fr", KIND, local_now("2027-03-12T15:30", SK_TZ), SK_TZ,
                         LANGS, sk_appt)
rem_sk("r09", ["Non, je peux pas lundi, annulez.", "Oui."], "cancelled",
       say=["lundi 15 mars à 9 h"], note="Regina: 'annulez', read back, yes")

# Ottawa: Friday 12 March 16:40, about Monday 15 March 14:00 (after the clocks change).
ON_TZ = "America/Toronto"
on_appt = {"name": "Jean-Guy Séguin", "phone": "+16135550316", "start": "2027-03-15T14:00",
           "minutes": 30}
rem_on = probe_reminders(calls, "c20-fr", KIND, local_now("2027-03-12T16:40", ON_TZ), ON_TZ,
                         LANGS, on_appt)
rem_on("r10", ["Je peux-tu le changer pour mardi à la même heure?", "Oui."], "rescheduled",
       appt_start="2027-03-16T14:00", time=YES, say=["lundi 15 mars à 14 h"],
       note="across the 14 March change: the wall time read stays 14 h; Tuesday 'même heure'")

# Moncton: Monday 8 March 10:00, about Tuesday 9 March 11:00.
nb_appt = {"name": "Thérèse Gallant", "phone": "+15065550317", "start": "2027-03-09T11:00",
           "minutes": 30}
rem_nb = probe_reminders(calls, "c20-fr", KIND, local_now("2027-03-08T10:00", NB_TZ), NB_TZ,
                         LANGS, nb_appt)
rem_nb("r11", ["C'est sa fille. Elle pourra pas demain, est-ce qu'on peut le mettre à jeudi?", "Oui."],
       "rescheduled", appt_start="2027-03-11T09:00", time=YES,
       note="a daughter answers and moves it to Thursday: its first free time")

# Vancouver: Tuesday 9 March 12:00, about Wednesday 10 March 15:30.
bc_appt = {"name": "Manon Leduc", "phone": "+16045550318", "start": "2027-03-10T15:30",
           "minutes": 30}
rem_bc = probe_reminders(calls, "c20-fr", KIND, local_now("2027-03-09T12:00", BC_TZ), BC_TZ,
                         LANGS, bc_appt)
rem_bc("r12", ["Yeah, euh, oui oui, je vais être là, merci."], "confirmed",
       note="English then French: 'oui oui, je vais être là' is a yes")
rem_bc("r13", ["Oui, mais pouvez-vous le mettre à 9 h à la place?", "Oui."], "rescheduled",
       appt_start="2027-03-10T09:00", time=YES,
       note="'oui, mais ... à 9 h': a bare time stays on the appointment's day")


# --- after the blind run: variants of the families fixed, in new words, written after
# the fixes.
n, p = "Hélène Boisvert", "+15065552000"
NB("v-01", P(["Allo, c'est pour checker mon rendez-vous de vendredi.", "Non merci."],
             other=["Non merci."]),
   "no_booking", existing=[mine("2027-03-05T13:30", n, p)], say=["vendredi 5 mars à 13 h 30"],
   note="'checker mon rendez-vous' is a check (a06); 'non merci' to 'autre chose?' ends it")
n, p = "Gaston Roy", "+12045552000"
MB("v-02", P(["Pouvez-vous annuler celui que j'ai la semaine prochaine?"], confirm=YES),
   "cancelled", R(n, p, "2027-03-09T11:30"),
   existing=[mine("2027-03-05T15:00", n, p), mine("2027-03-09T11:30", n, p)],
   note="b02 reworded: this Friday's is not next week; Tuesday 9 is")
n, p = "Sophie Landry", "+14185552000"
QC("v-03", P(["Je voudrais déplacer mon rendez-vous de vendredi à lundi 10 h."],
            confirm=["Oubliez ça, annulez-le au complet.", "Oui."]),
   "cancelled", R(n, p, "2027-03-05T14:00"),
   existing=[mine("2027-03-05T14:00", n, p)],
   note="e01 at the move's read-back: 'oubliez ça, annulez-le au complet' reads back the cancel")
n, p = "Richard Allain", "+17805552000"
AB("v-04", P(["Je voudrais annuler celui de jeudi. Ah non, mettez-le donc à vendredi 11 h plutôt."],
            time=YES, confirm=YES),
   "rescheduled", R(n, p, "2027-03-12T11:00"),
   existing=[mine("2027-03-11T14:00", n, p)],
   note="e05 reworded: a cancel, then 'ah non, mettez-le donc ... plutôt': the move")
n, p = "Yolande Cyr", "+15145552000"
MTL("v-05", P(["C'est à quelle heure mon rendez-vous jeudi?", "Ah, je pourrai pas, annulez-le."],
              confirm=YES),
    "cancelled", R(n, p, "2027-03-04T14:30"),
    existing=[mine("2027-03-04T14:30", n, p)],
    note="f01 with a cancel: the check, then 'annulez-le' at 'autre chose?'")
rem("v-06", ["C'est son mari. Elle est au travail, je vais lui transmettre."], "no_booking",
    note="r03 reworded: 'je vais lui transmettre'")
rem_bc("v-07", ["Hi, you've reached Manon, please leave a message after the beep."], "voicemail",
       lang=None, note="r07 in English: a greeting heard as a person")
n, p = "Marcel Dion", "+17805552000"
AB("v-08", P(["Mon rendez-vous de ce matin, je l'ai manqué, pouvez-vous l'annuler?"],
            other=["Ah ben c'est tout d'abord, merci, bonne journée."]),
   "no_booking", no_appt=True, existing=[mine("2027-03-08T09:30", n, p)],
   note="g04 reworded: nothing upcoming; a sign-off at the number question ends the call")

n, p = "Louise Hachey", "+15065552000"
NB("v-09", P(["C'est quand mon rendez-vous de la semaine prochaine, déjà?", "Ah OK, parfait."]),
   "no_booking", existing=[mine("2027-03-09T11:00", n, p)], say=["mardi 9 mars à 11 h"],
   note="a check, then 'ah OK, parfait' at 'autre chose?': the call ends (written after a "
        "probe of the new question: an acknowledgement had told the appointment again)")


if __name__ == "__main__":
    out = write_jsonl(os.path.join(HERE, "calls_fr_changes20.jsonl"), calls)
    print(f"wrote {out} calls")
