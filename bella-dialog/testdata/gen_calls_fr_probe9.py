#!/usr/bin/env python3
"""Writes calls_fr_probe9.jsonl: French calls probed by hand, round 9 (SPEC-fr.md section
5.7 on top of SPEC.md sections 3, 3.1 and 3.2), with a different emphasis from round 8:
reminders answered in Quebec French ("oui j'vais être là", "non je peux pas", "pouvez-vous
le déplacer à vendredi", "c'est qui?", a stall, "je vais rappeler", a machine); cancel,
move and check (by the day, "en après-midi", a bare hour, another number said in French
digits, two appointments, "non, l'autre", nothing found, a taken time); services at the
French clinic (`clinique`: by phrase, "masso", "follow-up", price, length, address, an
hour-long service past closing) and at the two-practitioner clinic (`clinic`, a
practitioner asked by name in French, a day off); windows ("après 15 h", "pas avant
10 h", "entre midi et deux", "pas le matin", "la semaine prochaine après 14 h"); paging
("plus tard?", "autre chose?", "aucune ne me convient"); read-back corrections; English
words inside French turns ("booker", "appointment", "PM", "next week").
Outcomes and appointments worked out by hand from the SPECs, committed before Bella
was run on them.

Run: python3 gen_calls_fr_probe9.py > calls_fr_probe9.jsonl"""
import json

from callslib import appt, entry, persona as P, probe_calls, probe_reminders

NOW = "2026-11-17T10:15:00-05:00"  # a Tuesday
TZ = "America/Toronto"
CID = "+15145550999"
OWN = "+15145550100"
LANGS = ["fr-CA", "en-CA"]
calls = []


call = probe_calls(calls, "p9-fr", "probe9", NOW, TZ, CID, LANGS)


A, E = appt, entry


BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
LUC = ["C'est Luc Gagnon."]
TEL = ["514 555 0177"]
LUCP = "+15145550177"

# --- reminders (SPEC 3.2), Wednesday 10:00 about Thursday 26 November at 10 h.
REM_NOW = "2026-11-25T10:00:00-05:00"
CLAIRE = {"name": "Claire Dubé", "phone": "+15145550180", "start": "2026-11-26T10:00", "minutes": 30}
rem = probe_reminders(calls, "p9-fr", "probe9", REM_NOW, TZ, LANGS, CLAIRE)


rem("r01", ["Oui oui, j'vais être là."], "confirmed", note="'j'vais être là' (elided je)")
rem("r02", ["Non, je peux pas.", "Oui."], "cancelled", note="'non je peux pas' reads back and cancels on a yes")
rem("r03", ["Pouvez-vous le déplacer à vendredi?", "Oui."], "rescheduled", appt_start="2026-11-27T09:00",
    time=["Oui."], note="moved to a day: a yes takes the earliest offered that day")
rem("r04", ["C'est qui?", "Ah OK. Oui, je vais être là."], "confirmed",
    say=["ici bella clinic", "jeudi 26 novembre à 10 h"], not_say=["pas compris"], note="'c'est qui?' is answered, then the question again")
rem("r05", [], "voicemail", answered="machine", lang=None, not_say=["claire", "dubé", "+1514"],
    say=["26 novembre"], note="a machine: one French message, no name")
rem("r06", ["Non, annulez-le s'il vous plaît.", "Oui, c'est ça."], "cancelled", note="'annulez-le'")
rem("r07", ["Est-ce que je pourrais le mettre en après-midi à la place?", "Oui."], "rescheduled",
    appt_start="2026-11-26T13:00", time=["Oui."], existing=[E("2026-11-26T12:00", minutes=60)],
    note="'en après-midi' alone in a move stays on the appointment's day")
rem("r08", ["Non, pas jeudi, je travaille. Vendredi après 15 h, c'est possible?", "Oui."], "rescheduled",
    appt_start="2026-11-27T15:00", time=["Oui."], note="a move into a window said in the answer")
rem("r10", ["Ah, je sais pas encore, je vais rappeler."], "no_booking", note="'je vais rappeler' ends politely; nothing changed")

# --- cancel, move, check.
call("c01", P(["Bonjour, j'appelle pour annuler mon rendez-vous de mardi."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-24T14:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-24T14:00", "Denise Roy", OWN)],
     note="'mardi' said on a Tuesday is next week's; two appointments")
call("c02", P(["Je voudrais déplacer mon rendez-vous en après-midi."], time=["Oui."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-19T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T09:30", "Denise Roy", OWN), E("2026-11-19T12:00", minutes=60)],
     note="'en après-midi' alone in a move stays on the appointment's day")
call("c03", P(["Allô, c'est quand mon rendez-vous déjà?"]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], say=["jeudi 19 novembre à 13 h"], no_appt=False,
     note="'c'est quand mon rendez-vous?' is a check")
call("c04", P(["Bonjour, je voudrais annuler mon rendez-vous."],
              phone=["Ah, c'est sous le numéro de mon mari, quatre cinq zéro, cinq cinq cinq, quatre-vingt-dix-neuf, zéro sept."],
              confirm=["Oui."]),
     "cancelled", A("Paul Roy", "+14505559907", "2026-11-20T10:00"),
     existing=[E("2026-11-20T10:00", "Paul Roy", "+14505559907")], note="another number said in French words")
call("c05", P(["Je voudrais vérifier mes rendez-vous."]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-24T14:00", "Denise Roy", OWN)],
     say=["jeudi 19 novembre à 13 h", "mardi 24 novembre à 14 h"], note="a check with two appointments says both")
call("c06", P(["Bonjour, je voudrais annuler mon rendez-vous."], phone=["514 555 0111", "Ah ben laissez faire d'abord."]),
     "no_booking", existing=[E("2026-11-19T13:00", "Hugo Roy", "+15145550122")], no_appt=True,
     note="nothing under the caller id nor the number given; 'laissez faire' ends the call")
call("c07", P(["Je voudrais déplacer mon rendez-vous."], phone=["Le 514, cinq cinq cinq, zéro un, cinquante."],
              time=["Vendredi à 11 h."], confirm=["Oui."]),
     "rescheduled", A("Luc Roy", "+15145550150", "2026-11-20T11:00"),
     existing=[E("2026-11-19T13:00", "Luc Roy", "+15145550150")], note="a move found by a number in groups")
call("c08", P(["Je veux annuler mon rendez-vous."], confirm=["Non, l'autre.", "Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-24T14:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-24T14:00", "Denise Roy", OWN)],
     note="'non, l'autre' at a cancel read-back reads back the other")
call("c09", P(["C'est à quelle heure mon rendez-vous jeudi?"]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], say=["13 h"], note="a check asked by the hour")
call("c10", P(["Je voudrais changer l'heure de mon rendez-vous, le mettre à 15 h."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-19T15:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="a bare hour in a move stays on the appointment's day")
call("c11", P(["Yeah, bonjour, j'aurais besoin de canceller mon appointment de jeudi."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-19T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="English words in a French cancel")
call("c12", P(["Je voudrais déplacer mon rendez-vous à vendredi à 10 h."], time=["10 h 30, c'est correct."],
              confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T10:30"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-20T10:00")], note="a move to a taken time")

# --- services at the French clinic (America/Montreal).
MTL = "America/Montreal"
call("s01", P(["Bonjour, c'est pour une première visite, je suis un nouveau patient."], LUC, TEL, ["Jeudi à 10 h."],
              ["Oui."], service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T10:00", service="Évaluation initiale", minutes=60),
     business="clinique", tz=MTL, note="a service by its phrase")
call("s02", P(BOOK, LUC, TEL, ["Jeudi à 10 h."], ["Oui."], service=["C'est combien un suivi?", "Un suivi, oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T10:00", service="Suivi", minutes=30),
     business="clinique", tz=MTL, say=["85 $"], note="a price asked at the service question")
call("s03", P(["Bonjour, ça dure combien de temps, un massage?", "OK, je vais en prendre un vendredi à 13 h."],
              LUC, TEL, ["Vendredi à 13 h."], ["Oui."], service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-20T13:00", service="Massothérapie", minutes=45),
     business="clinique", tz=MTL, say=["45 minutes"], note="a length asked in French")
call("s04", P(["Je voudrais booker une masso pour jeudi après-midi."], LUC, TEL, ["Oui."], ["Oui."], service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T13:00", service="Massothérapie", minutes=45),
     existing=[E("2026-11-19T12:00", minutes=60)], business="clinique", tz=MTL,
     note="'booker une masso'; a yes takes the earliest that afternoon")
call("s05", P(["Allô, c'est pour un follow-up."], LUC, TEL, ["Lundi à 9 h 30."], ["Oui."], service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-23T09:30", service="Suivi", minutes=30),
     business="clinique", tz=MTL, note="the English 'follow-up' in a French turn")
call("s06", P(["Bonjour, vous êtes situés où?", "Parfait. Je voudrais un suivi mercredi à 11 h."], LUC, TEL,
              ["Mercredi à 11 h."], ["Oui."], service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-18T11:00", service="Suivi", minutes=30),
     business="clinique", tz=MTL, say=["4500"], note="the address asked first")
call("s07", P(["Bonjour, je voudrais une évaluation vendredi à 16 h 30."], LUC, TEL, ["16 h d'abord."], ["Oui."],
              service=[]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-20T16:00", service="Évaluation initiale", minutes=60),
     business="clinique", tz=MTL, note="an hour-long service past closing, then an hour that fits")
# the two-practitioner clinic (America/Halifax), a French caller
HFX = "America/Halifax"
HNOW = "2026-11-17T11:15:00-04:00"
call("s08", P(["Bonjour, je voudrais un massage avec Luc Gagnon."], ["C'est Josée Arsenault."], ["902 555 0166"],
              ["Jeudi à 10 h."], ["Oui."], service=[]),
     "booked", A("Josée Arsenault", "+19025550166", "2026-11-19T10:00", service="Massage therapy",
                 resource="Luc Gagnon", minutes=45),
     business="clinic", tz=HFX, now=HNOW, note="a practitioner asked by name in French")
call("s09", P(["Bonjour, un suivi avec la docteure Singh, lundi à 9 h, s'il vous plaît."], ["C'est Josée Arsenault."],
              ["902 555 0166"], ["Lundi à 9 h."], ["Oui."], service=["Un follow-up."]),
     "booked", A("Josée Arsenault", "+19025550166", "2026-11-23T09:00", service="Follow-up",
                 resource="Dr. Amara Singh", minutes=30),
     business="clinic", tz=HFX, now=HNOW, note="'la docteure Singh'")
call("s10", P(["Bonjour, je voudrais un suivi avec Dr Singh jeudi à 10 h."], ["C'est Josée Arsenault."],
              ["902 555 0166"], ["Jeudi à 10 h.", "Vendredi à 10 h, d'abord."], ["Oui."],
              service=["Un follow-up."]),
     "booked", A("Josée Arsenault", "+19025550166", "2026-11-20T10:00", service="Follow-up",
                 resource="Dr. Amara Singh", minutes=30),
     business="clinic", tz=HFX, now=HNOW, note="a practitioner's day off, then a day she works")

# --- windows and paging (default business).
call("w01", P(BOOK, LUC, TEL, ["Jeudi après 15 h.", "Plus tard?", "16 h 30."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T16:30"), note="'plus tard?' while times are offered")
call("w02", P(BOOK, LUC, TEL, ["Vendredi, pas avant 10 h.", "Aucune ne me convient.", "Lundi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-23T10:00"), note="'aucune ne me convient', then another day")
call("w03", P(BOOK, LUC, TEL, ["Jeudi entre midi et deux.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T12:30"), existing=[E("2026-11-19T12:00")],
     note="'entre midi et deux' (SPEC-fr: 12:00-14:00)")
call("w04", P(BOOK, LUC, TEL, ["Demain, mais pas le matin.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-18T12:00"), note="'pas le matin' is after 12:00")
call("w05", P(BOOK, LUC, TEL, ["Vendredi avant-midi, mais pas avant 10 h.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-20T10:00"), note="a part of day with a bound")
call("w06", P(BOOK, LUC, TEL, ["Jeudi matin.", "Avez-vous autre chose?", "11 h 30."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T11:30"), note="'autre chose?' while times are offered")
call("w07", P(BOOK, LUC, TEL, ["N'importe quand la semaine prochaine après 14 h.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-23T14:00"), note="'la semaine prochaine' with a lower bound")
call("w08", P(["Bonjour, je voudrais un rendez-vous jeudi après 15 h."], LUC, TEL, ["Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T16:00"),
     existing=[E("2026-11-19T15:00"), E("2026-11-19T15:30")], say=["16 h"], not_say=["4 h"],
     note="a window in the opening with its first slots taken")

# --- read-back corrections and English words.
call("k01", P(BOOK, LUC, TEL, ["Jeudi à 14 h."], ["Non, c'est pas la bonne heure, c'est 14 h 30.", "Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T14:30"), note="the hour corrected at the read-back")
call("k02", P(BOOK, LUC, TEL, ["Jeudi à 14 h."], ["Non, mon nom c'est Luc Gagné.", "Oui."]),
     "booked", A("Luc Gagné", LUCP, "2026-11-19T14:00"), note="the name corrected at the read-back")
call("k03", P(BOOK, LUC, TEL, ["Jeudi à 10 h."], ["Oui, mais finalement plutôt 11 h.", "Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T11:00"), note="'oui, mais ... plutôt 11 h' at the read-back")
call("k04", P(BOOK, LUC, TEL, ["Jeudi, genre 2 h PM."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T14:00"), say=["14 h"], note="'2 h PM' in a French turn")
call("k05", P(BOOK, LUC, TEL, ["Euh, lundi next week à 9 h."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-23T09:00"), say=["lundi 23 novembre à 9 h"],
     note="'lundi next week'")
call("k06", P(BOOK, LUC, ["Mon cell c'est le quatre un huit, cinq cinq cinq, deux mille vingt-six."], ["Jeudi à 10 h."],
              ["Non, le numéro c'est pas ça. C'est le 418 555 2027.", "Oui."]),
     "booked", A("Luc Gagnon", "+14185552027", "2026-11-19T10:00"), note="'deux mille vingt-six', then corrected")

# --- added after the blind run (40/45 by outcome; c05 and c09 passed by outcome only,
# ending in silence): s09/s10 expected "suivi" to name a service of the English clinic,
# which lists only English phrases (SPEC 3.1), so the caller now answers the service
# question; s03 is left failing (a service asked about, then "je vais en prendre un").
# Variants (ids -v) of the families the run showed.
call("v01", P(["I'd like to change the time of my appointment, make it 3 pm."], confirm=["yes"]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-19T15:00"), caller_id=OWN, lang=None,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)],
     note="a bare time in the opening of a move goes on the appointment's day once found (was today)")
call("v02", P(["Je voudrais déplacer mon rendez-vous après 15 h."], time=["Oui."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-19T15:30"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-19T15:00")],
     note="a window without a day in a move's opening is on the appointment's day")
call("v03", P(["Je voudrais déplacer mon rendez-vous à vendredi en après-midi."], time=["Oui."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-20T12:00", minutes=60)],
     note="a day said keeps its own day (guard)")
call("v04", P(["Bonjour, j'aimerais vérifier mes rendez-vous s'il vous plaît."]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-24T14:00", "Denise Roy", OWN)],
     say=["jeudi 19 novembre à 13 h", "mardi 24 novembre à 14 h"], not_say=["pour vous"],
     note="'vérifier mes rendez-vous' is a check (was a booking)")
call("v05", P(["Oui allô, à quelle heure mon rendez-vous de jeudi?"]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], say=["jeudi 19 novembre à 13 h"], not_say=["de la place"],
     note="'à quelle heure mon rendez-vous' is a check (was a booking)")
rem("v06", ["Euh, qui parle?", "Ah, parfait, oui je vais être là."], "confirmed",
    say=["ici bella clinic"], not_say=["pas compris"], note="'qui parle?' repeats who is calling")

# --- a second blind batch (ids -b), written after the fixes, before Bella ran on it.
rem("b01", ["C'est pour quoi déjà?", "Ah oui, correct, je vais y être."], "confirmed",
    say=["ici bella clinic"], not_say=["pas compris"], note="'c'est pour quoi déjà?' repeats the reminder")
rem("b02", ["Yes, j'vais être là, merci beaucoup."], "confirmed", note="an English yes in a French turn")
rem("b03", ["Non, mais pouvez-vous le mettre plus tard dans la journée, genre 15 h?", "Oui."], "rescheduled",
    appt_start="2026-11-26T15:00", time=["15 h."], note="'non, mais ... genre 15 h?' moves it the same day")
call("b04", P(["Je voudrais savoir c'est quand mon prochain rendez-vous."], phone=["514 555 0123", "Laissez faire."]),
     "no_booking", no_appt=True, note="a check with nothing under the caller id nor the number given")
call("b05", P(BOOK, LUC, TEL, ["Jeudi après-midi.", "Avez-vous plus tôt?", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", LUCP, "2026-11-19T12:00"),
     note="'plus tôt?' after afternoon offers: the part of day asked for bounds paging, so the agent says these are "
          "the earliest that afternoon and a yes takes noon (blind expectation 11:30 was wrong)")
call("b06", P(["Bonjour, c'est combien une évaluation?", "OK, une évaluation lundi à 10 h d'abord."],
              ["C'est Josée Arsenault."], ["902 555 0166"], ["Lundi à 10 h."], ["Oui."], service=["Une évaluation."]),
     "booked", A("Josée Arsenault", "+19025550166", "2026-11-23T10:00", service="Initial assessment", minutes=60),
     business="clinic", tz=HFX, now=HNOW, say=["$120"],
     note="a price at the English clinic (its price string is spoken as configured; blind expectation '120 $' was wrong)")
call("b07", P(["Je voudrais déplacer mon rendez-vous de jeudi à vendredi même heure."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="'même heure' in a move")
call("b08", P(["Bonjour, je voudrais annuler mon rendez-vous."],
              phone=["Cinq cent quatorze, cinq cent cinquante-cinq, zéro cent vingt-trois."], confirm=["Oui."]),
     "cancelled", A("Paul Roy", "+15145550123", "2026-11-20T10:00"),
     existing=[E("2026-11-20T10:00", "Paul Roy", "+15145550123")], note="hundreds for every group")

# After the -b run (5/8: b01 'c'est pour quoi déjà?' a failed answer, b06 'évaluation'
# with its accent not the English clinic's 'evaluation', b05 an expectation error):
call("b-v01", P(["Bonjour, je voudrais une évaluation jeudi à 10 h."], ["C'est Julie Roy."], ["514 555 0177"],
                ["Jeudi à 10 h."], ["Oui."], service=[]),
     "booked", A("Julie Roy", LUCP, "2026-11-19T10:00", service="Évaluation initiale", minutes=60),
     business="clinique", tz=MTL, note="accents still match (guard)")
call("b-v02", P(["Bonjour, je voudrais une evaluation jeudi à 10 h."], ["C'est Julie Roy."], ["514 555 0177"],
                ["Jeudi à 10 h."], ["Oui."], service=[]),
     "booked", A("Julie Roy", LUCP, "2026-11-19T10:00", service="Évaluation initiale", minutes=60),
     business="clinique", tz=MTL, note="speech-to-text without the accent names the accented service")

for c in calls:
    print(json.dumps(c, ensure_ascii=False))
