#!/usr/bin/env python3
"""Writes calls_fr_probe8.jsonl: French calls probed by hand (SPEC-fr.md section 5.7 on
top of SPEC.md section 3): a switch from English, repeats ("pardon?", "répétez s'il
vous plaît") and stalls ("attendez un instant") at every question, corrections at any
question and at the read-back, windows, closed days, the earliest time, cancel and
move, transfers, reminders (section 3.2), and services at the French clinic
(`clinique`). Quebec speech ("fak", "pis", "mettons", "next week"), sometimes as
speech-to-text writes it. Outcomes and appointments worked out by hand from the SPECs,
committed before Bella was run on them (39/41 passed by outcome then: "canceller mon
rendez-vous de jeudi" was read as a booking, and "Mardi next week à 10 h." switched the
agent to English, read as Monday, and the "Oui." that followed became the name "Oui");
then variants (ids `-v`) of those families. Two more blind batches after the fixes
passed by outcome: `-b` 18/18 and `-c` 10/10 (the transcripts showed the article-less
service names, `-v06`; `-c-v01` comes from an extraction miss of the same round), and
`-d` 6/6.

Run: python3 gen_calls_fr_probe8.py > calls_fr_probe8.jsonl"""
import json

from callslib import appt as A, entry as E, expect, persona as P, probe_reminders

NOW = "2026-11-17T10:15:00-05:00"  # a Tuesday
TZ = "America/Toronto"
CID = "+15145550999"
LANGS = ["fr-CA", "en-CA"]
calls = []


def call(cid, persona, outcome, appt=None, existing=(), now=NOW, caller_id=CID,
         lang="fr", say=None, not_say=None, closed=None, business=None, note="", langs=LANGS):
    line = {"id": f"p8-fr-{cid}", "kind": "probe8", "now": now, "tz": TZ,
            "caller_id": caller_id, "existing": list(existing), "persona": persona,
            "languages": langs}
    if business:
        line["business"] = business
        line["tz"] = "America/Montreal"
    if closed:
        line["closed"] = closed
    line["expected"] = expect(outcome, appt, lang=lang, say=say, not_say=not_say)
    line["note"] = note
    calls.append(line)


OWN = "+15145550100"
BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]

call("01", P(["Hi, I'd like to book an appointment."],
             ["Euh, c'est correct si je parle en français? Je m'appelle Marie-Ève Tremblay."],
             ["cinq un quatre, cinq cinq cinq, zéro un deux trois"], ["Jeudi à 10 h 30."], ["Oui."]),
     "booked", A("Marie-Ève Tremblay", "+15145550123", "2026-11-19T10:30"),
     note="switch from English at the name question")
call("02", P(BOOK, ["Pardon?", "Jean-François Côté"],
             ["Répétez s'il vous plaît?", "quatre un huit, cinq cinq cinq, vingt-trois, quarante-cinq"],
             ["vendredi à 2 h"], ["oui"]),
     "booked", A("Jean-François Côté", "+14185552345", "2026-11-20T14:00"),
     note="repeats at the name and number questions")
call("03", P(BOOK, ["C'est Nadia Roy."], ["514 555 0177"],
             ["Attendez un instant...", "Euh, mettons lundi à 11 h."], ["Oui."]),
     "booked", A("Nadia Roy", "+15145550177", "2026-11-23T11:00"), note="a stall at the time question")
call("04", P(BOOK, ["C'est Nadia Roy."], ["514 555 0177"], ["Jeudi à 14 h."],
             ["Non, plutôt 15 h.", "Oui."]),
     "booked", A("Nadia Roy", "+15145550177", "2026-11-19T15:00"),
     note="a bare hour at the read-back keeps the day")
call("05", P(BOOK, ["C'est Nadia Leblanc."], ["514 555 0177"], ["Jeudi à 14 h."],
             ["Non, le nom c'est Nadia Leclerc.", "Oui."]),
     "booked", A("Nadia Leclerc", "+15145550177", "2026-11-19T14:00"),
     note="the name corrected at the read-back")
call("06", P(BOOK, ["C'est Nadia Roy."], ["514 555 0177"], ["Jeudi à 14 h."],
             ["Non, le numéro c'est le 438 555 0177.", "C'est beau."]),
     "booked", A("Nadia Roy", "+14385550177", "2026-11-19T14:00"),
     note="the number corrected at the read-back")
call("07", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi après 15 h.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T15:30"),
     existing=[E("2026-11-19T15:00")], note="a window whose first slot is taken; yes takes the earliest offered")
call("08", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"],
             ["Demain entre 9 et 11.", "La première heure libre."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-18T10:00"),
     existing=[E("2026-11-18T09:00"), E("2026-11-18T09:30")],
     note="'la première heure libre' after an offer takes the earliest offered")
call("09", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Lundi, pas avant 10 h.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-23T10:00"), note="'pas avant 10 h'")
call("10", P(["Oui allô, je voudrais canceller mon rendez-vous de jeudi."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-19T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="cancel by caller id, 'canceller'")
call("11", P(["Je voudrais changer mon rendez-vous."], time=["Vendredi à midi et demi."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T12:30"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="move to 'midi et demi'")
call("12", P(["Je voudrais parler à une vraie personne."]), "transferred", note="transfer at once")
call("13", P(BOOK, ["Euh, je peux-tu parler à la réceptionniste?"]), "transferred",
     note="transfer asked at the name question")
call("14", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Ah, oubliez ça, je vais rappeler."]),
     "no_booking", note="'oubliez ça' at the time question")
call("15", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."],
             ["Ah pis laissez faire, je vais rappeler."]),
     "no_booking", note="'laissez faire' at the read-back")
call("16", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Samedi à 10 h.", "Lundi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-23T10:00"), note="a closed Saturday")
call("17", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["La fin de semaine.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-23T09:00"),
     note="'la fin de semaine' is closed; the next open day's earliest offered")
call("18", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"],
             ["Aujourd'hui à 9 h.", "Aujourd'hui à 11 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-17T11:00"), note="a time already past")
call("19", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Le plus tôt possible.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-17T11:00"),
     existing=[E("2026-11-17T10:30")], note="the earliest free time from now")
call("20", P(["Bonjour, ici Sophie D'Amours, je voudrais un rendez-vous jeudi à 10 h."],
             ["Sophie D'Amours"], ["Le numéro d'où j'appelle."], ["Jeudi à 10 h."], ["Oui.", "Oui."]),
     "booked", A("Sophie D'Amours", CID, "2026-11-19T10:00"),
     note="name and time in the opening; 'le numéro d'où j'appelle'")
call("21", P(["Bonjour, je voudrais un rendez-vous jeudi à 10 h."],
             ["Euh, finalement plutôt 11 h. C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T11:00"),
     note="the time moved at the name question")
call("22", P(BOOK, ["C'est Luc Gagnon."], ["J'aime mieux pas le donner."], ["Jeudi à 10 h."], ["Oui.", "Oui."]),
     "booked", A("Luc Gagnon", CID, "2026-11-19T10:00"), note="no number given: caller id offered")
call("23", P(BOOK, ["C'est Luc Gagnon."], ["Le même numéro."], ["Jeudi à 10 h."], ["Oui.", "Oui."]),
     "booked", A("Luc Gagnon", CID, "2026-11-19T10:00"), note="'le même numéro'")
call("24", P(BOOK, ["Nadia Roy, N A D I A."], ["cinq un quatre, pis cinq cinq cinq, pis douze, trente-quatre"],
             ["Jeudi à 10 h."], ["Pardon?", "Répétez s'il vous plaît.", "Oui."]),
     "booked", A("Nadia Roy", "+15145551234", "2026-11-19T10:00"), note="two repeats at the read-back")
call("25", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."],
             ["Non, vendredi à 10 h plutôt.", "Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-20T10:00"), note="day and time corrected at the read-back")
call("26", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"],
             ["Jeudi à huit heures et quart.", "9 h, c'est correct."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T09:00"), note="a time before opening")
call("27", P(["Hi, I'd like to book an appointment."], ["Ouin, en français. Moi c'est Luc Gagnon."],
             ["514 555 0177"], ["Mardi next week à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-24T10:00"), note="'next week' inside a French turn")
call("28", P(["Bonjour, je voudrais prendre un rendez-vous pour jeudi dans l'après-midi."],
             ["C'est Luc Gagnon."], ["514 555 0177"], ["Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T13:00"),
     existing=[E("2026-11-19T12:00"), E("2026-11-19T12:30")],
     note="a part of day in the opening; yes takes the earliest offered that afternoon")
call("29", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"],
             ["Attendez un instant.", "Un instant s'il vous plaît.", "Euh, laissez-moi réfléchir.", "Jeudi à 10 h."],
             ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), note="three stalls in a row are not failures")
call("30", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"),
     say=["jeudi 19 novembre à 10 h"], note="the read-back says the date the French way")
call("31", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à midi et demi."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T12:30"),
     say=["12 h 30"], note="'midi et demi' read back as 12 h 30")
call("32", P(["Je voudrais déplacer mon rendez-vous."], time=["La semaine prochaine, mardi, entre 9 et 11.", "Oui."],
             confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-24T09:30"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-24T09:00")],
     note="a move into a window whose first slot is taken")
call("33", P(["Bonjour, je voudrais annuler mon rendez-vous."], phone=["C'est le cinq un quatre, cinq cinq cinq, zéro un cinq zéro."],
             confirm=["Oui."]),
     "cancelled", A("Luc Roy", "+15145550150", "2026-11-19T13:00"),
     existing=[E("2026-11-19T13:00", "Luc Roy", "+15145550150")], note="cancel by a number given in words")

REM_NOW = "2026-11-25T10:00:00-05:00"
CLAIRE = {"name": "Claire Dubé", "phone": "+15145550180", "start": "2026-11-26T10:00", "minutes": 30}
rem = probe_reminders(calls, "p8-fr", "probe8", REM_NOW, TZ, LANGS, CLAIRE)


rem("rem-01", ["Oui, je vais être là, merci."], "confirmed", note="reminder confirmed")
rem("rem-02", ["Non, je peux pas, annulez-le.", "Oui."], "cancelled", note="reminder cancelled after read-back")
rem("rem-03", ["Est-ce que je pourrais le déplacer à vendredi à 10 h?", "Oui."], "rescheduled",
    appt_start="2026-11-27T10:00", time=["Vendredi à 10 h."], note="reminder moved")
rem("rem-04", [], "voicemail", answered="machine", lang=None, not_say=["claire", "dubé"],
    note="voicemail never says the name")
rem("rem-05", ["J'aimerais parler à quelqu'un."], "transferred", note="reminder transferred")
rem("rem-06", ["Pardon?", "Ouin, c'est correct, je vais y être."], "confirmed", note="a repeat at the reminder question")

# services at the French clinic (business "clinique")
call("svc-01", P(["Bonjour, je voudrais prendre un rendez-vous pour un massage."], ["C'est Julie Gagnon."],
                 ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."], service=[]),
     "booked", A("Julie Gagnon", "+15145550177", "2026-11-19T10:00", service="Massothérapie", minutes=45),
     business="clinique", note="service named in the opening")
call("svc-02", P(BOOK, ["C'est Julie Gagnon."], ["514 555 0177"], ["Vendredi à 14 h."], ["Oui."],
                 service=["Pardon?", "Euh, un suivi."]),
     "booked", A("Julie Gagnon", "+15145550177", "2026-11-20T14:00", service="Suivi", minutes=30),
     business="clinique", note="a repeat at the service question")

# --- added after the blind run (ids -v): variants of the families it showed.
call("v01", P(["Hi, I'd like to book an appointment."], ["John Smith"], ["403 555 0142"],
              ["Thursday at 10 a.m."], ["Oui."]),
     "booked", A("John Smith", "+14035550142", "2026-11-19T10:00"), lang=None,
     note="a bare 'Oui.' at an English read-back is a yes, not the name 'Oui'")
call("v02", P(["Bonjour, je voudrais canceller mon rendez-vous."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-19T13:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="'canceller' is a cancel")
call("v03", P(["Allô, c'est pour canceller le rendez-vous de vendredi."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-20T09:00"), caller_id=OWN,
     existing=[E("2026-11-20T09:00", "Denise Roy", OWN)], note="'canceller' with a day is a cancel, not a booking")
call("v04", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Next week jeudi à 2 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-26T14:00"),
     say=["jeudi 26 novembre à 14 h"], note="'next week' before the weekday in a French turn; the agent stays French")
rem("v05", ["Non, cancellez-le.", "Oui."], "cancelled", note="'cancellez-le' to a reminder")

# --- a second blind batch (ids -b), written after the fixes.
call("b01", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi entre 9 et 11.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T11:00"),
     existing=[E("2026-11-19T09:00"), E("2026-11-19T09:30"), E("2026-11-19T10:00"), E("2026-11-19T10:30")],
     note="nothing free in the window: the agent says so, and a yes takes the earliest alternative")
call("b02", P(BOOK, ["Marc, non excusez, Marc-André Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Marc-André Gagnon", "+15145550177", "2026-11-19T10:00"), note="the name corrected in its own turn")
call("b03", P(BOOK, ["C'est Luc Gagnon."], ["Le 514 555 1234, non pardon, 514 555 1243."], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145551243", "2026-11-19T10:00"), note="the number corrected in its own turn")
call("b04", P(["Bonjour, je voudrais un rendez-vous demain après 15 h."], ["C'est Luc Gagnon."], ["514 555 0177"],
              ["Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-18T15:30"), existing=[E("2026-11-18T15:00")],
     note="a window in the opening")
call("b05", P(["Bonjour, c'est Luc Gagnon, mon numéro c'est le 514 555 0177, je voudrais un rendez-vous jeudi à 10 h."],
              confirm=["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), note="everything in the opening")
call("b06", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Le plus tôt possible.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-18T09:00"), now="2026-11-17T16:45:00-05:00",
     note="the earliest after closing is the next morning")
call("b07", P(["Je voudrais vérifier mon rendez-vous."]), "no_booking", caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], say=["jeudi 19 novembre à 13 h"], note="a check")
call("b08", P(["Je voudrais déplacer mon rendez-vous."], time=["Vendredi.", "À 10 h."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T10:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="a move to a day, then a bare hour on it")
call("b09", P(BOOK, ["C'est Luc Gagnon."], [], ["Jeudi à 10 h."], ["Oui.", "Oui."]),
     "booked", A("Luc Gagnon", CID, "2026-11-19T10:00"), note="silence at the number question: caller id offered")
call("b10", P(["Bonjour, je voudrais un rendez-vous."], ["C'est Luc Gagnon."], ["514 555 0177"],
              ["Sorry, can we do this in English? Thursday at 10."], ["Yes."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), lang=None,
     say=["shall i book it"], note="a switch to English on request")
call("b11", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Je sais pas.", "Aucune idée.", "Je le sais pas."]),
     "transferred", note="three failed time answers transfer")
call("b12", P(["Hi!", "Oui bonjour, je voudrais un rendez-vous."], ["C'est Luc Gagnon."], ["514 555 0177"],
              ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), note="a greeting alone, then French")
call("b13", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h.", "Vendredi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-20T10:00"), closed=["2026-11-19"], note="a closed date")
call("b14", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Après-demain en avant-midi.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T09:00"), note="'après-demain en avant-midi'")
call("b15", P(["Bonjour, c'est combien un massage?", "Je vais prendre un massage jeudi à 10 h."], ["C'est Julie Gagnon."],
              ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."], service=[]),
     "booked", A("Julie Gagnon", "+15145550177", "2026-11-19T10:00", service="Massothérapie", minutes=45),
     business="clinique", say=["95 $"], note="a price asked in French")
call("b16", P(["Bonjour, je voudrais prendre rendez-vous pour une évaluation."], ["C'est Julie Gagnon."],
              ["514 555 0177"], ["Jeudi à 16 h 30.", "16 h."], ["Oui."], service=[]),
     "booked", A("Julie Gagnon", "+15145550177", "2026-11-19T16:00", service="Évaluation initiale", minutes=60),
     business="clinique", note="an hour-long service past closing")
# --- added after reading the transcripts of the second batch (ids -v): a service named
# in a French sentence takes "le service" (the bare "Massothérapie coûte ..." had no
# article, and "Massothérapie n'est pas offert" the wrong gender).
call("v06", P(["Bonjour, une évaluation, ça coûte combien?", "Je voudrais une évaluation jeudi à 16 h 30."],
              ["C'est Julie Gagnon."], ["514 555 0177"], ["16 h."], ["Oui."], service=[]),
     "booked", A("Julie Gagnon", "+15145550177", "2026-11-19T16:00", service="Évaluation initiale", minutes=60),
     business="clinique",
     say=["le service évaluation initiale coûte 120 $", "désolée, le service évaluation initiale dure une heure",
          "donc, c'est le service évaluation initiale pour julie gagnon"],
     not_say=[". évaluation initiale coûte", "désolée, évaluation initiale"],
     note="a service in a French sentence is 'le service X'")
rem("b17", ["Non, pas vraiment.", "Oui."], "cancelled", note="'pas vraiment' to a reminder")
rem("b18", ["Je vais être en retard, est-ce que je peux venir à 11 h à la place?", "Oui."], "rescheduled",
    appt_start="2026-11-26T11:00", time=["À 11 h."], note="a later hour the same day, asked in the reminder")

# --- a third blind batch (ids -c).
call("c01", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 14 h."], ["C'est pas ça, c'est vendredi à 14 h.", "Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-20T14:00"), note="'c'est pas ça' with the new day at the read-back")
call("c02", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi après-midi.", "Hein?", "Comment?", "La première heure libre."],
              ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T13:00"), existing=[E("2026-11-19T12:00"), E("2026-11-19T12:30")],
     note="repeats while times are offered, then the earliest offered")
call("c03", P(BOOK, ["C'est Luc Gagnon."], ["Une seconde...", "Deux secondes, je cherche.", "514 555 0177"],
              ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), note="stalls at the number question")
call("c04", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi en après-midi.", "C'est Luc Gagnon en passant. 14 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T14:00"), note="a name said again with a pick of the offers")
call("c05", P(["Je voudrais parler à un agent."]), "transferred", note="'un agent'")
call("c06", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."], ["Attendez, est-ce que je peux parler à un préposé?"]),
     "transferred", note="'un préposé' at the read-back")
call("c08", P(["Bonjour, je voudrais un rendez-vous vendredi, mais pas l'après-midi."], ["C'est Luc Gagnon."],
              ["514 555 0177"], ["Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-20T09:30"), existing=[E("2026-11-20T09:00")],
     note="'pas l'après-midi' in the opening")
call("c10", P(["Bonjour, je voudrais annuler mon rendez-vous."], confirm=["Non, laissez-le."]),
     "no_booking", caller_id=OWN, existing=[E("2026-11-19T13:00", "Denise Roy", OWN)], note="a cancel declined")
call("c11", P(BOOK, ["Euh, Nadia Roy.", ], ["le même que celui d'où j'appelle"], ["Demain 9 h 30."], ["Oui."]),
     "booked", A("Nadia Roy", CID, "2026-11-18T09:30"), note="'le même que celui d'où j'appelle'")
call("c-v01", P(BOOK, ["C'est pour moi, Luc Roy."], ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Roy", "+15145550177", "2026-11-19T10:00"), note="'c'est pour moi, X' at the name question")
rem("c12", ["Hein? C'est quand déjà?", "Oui, parfait."], "confirmed", note="a repeat asked with a question")

# --- a fourth blind batch (ids -d).
call("d01", P(["Bonjour, je voudrais prendre un rendez-vous."], ["C'est Luc Gagnon."], ["514 555 0177"],
              ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T10:00"), langs=["en-CA", "fr-CA"],
     note="an English-first business answers French in French")
call("d03", P(["Je voudrais déplacer mon rendez-vous à vendredi après 14 h."], time=["Oui."], confirm=["Oui."]),
     "rescheduled", A("Denise Roy", OWN, "2026-11-20T14:30"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-20T14:00")], note="a move into a window")
call("d04", P(["Je veux annuler mon rendez-vous de vendredi."], confirm=["Oui."]),
     "cancelled", A("Denise Roy", OWN, "2026-11-20T11:00"), caller_id=OWN,
     existing=[E("2026-11-19T13:00", "Denise Roy", OWN), E("2026-11-20T11:00", "Denise Roy", OWN)],
     note="a cancel naming the day among two appointments")
call("d06", P(BOOK, ["C'est Luc Gagnon."], ["514 555 0177"], ["N'importe quand jeudi.", "Oui."], ["Oui."]),
     "booked", A("Luc Gagnon", "+15145550177", "2026-11-19T09:00"), note="'n'importe quand jeudi'")
call("d07", P(BOOK, ["Sébastien, S-É-B-A-S-T-I-E-N, Gagnon."], ["514 555 0177"], ["Jeudi à 10 h."], ["Oui."]),
     "booked", A("Sébastien Gagnon", "+15145550177", "2026-11-19T10:00"), note="a first name spelled inside the name")
rem("d05", ["Oui, mais est-ce que je pourrais venir plus tôt, genre 9 h?", "Oui."], "rescheduled",
    appt_start="2026-11-26T09:00", time=["9 h."], note="'oui, mais ... 9 h?' to a reminder moves it")

for c in calls:
    print(json.dumps(c, ensure_ascii=False))
