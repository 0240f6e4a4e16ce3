#!/usr/bin/env python3
"""Writes calls_fr_probe10.jsonl: French calls probed by hand, round 10 (SPEC-fr.md 5.3 to
5.7 on top of SPEC.md 3, 3.1 and 3.2), about messy callers: windows said the Quebec way
("n'importe quand sauf le matin", "entre midi et 2", "pas avant 15 h", "vendredi
après-midi, mais pas après 15 h") and kept when the day changes; corrections while
another slot is asked ("non attendez, mettez-le plutôt à 4 h") and at the read-back
(another number, another hour); "pardon?", "attendez une seconde", "laissez-moi
réfléchir", a fourth stall, silence, three failed answers; closed days, "le plus tôt
possible" on a Friday evening; names in parts, restated, spelled, in the opening, in
lower case with a particle; numbers in hundreds, corrected, with "poste", incomplete;
the language of a mixed opening; services at the French clinic (`clinique`); moves,
cancels and checks ("canceller", "j'ai-tu un rendez-vous"); reminders.

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe10.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, business_by_name, busy, entry, local_now, persona as P,  # noqa: E402
                      probe_calls, probe_reminders, write_jsonl)

TZ = "America/Toronto"
NOW = local_now("2026-11-18T08:40", TZ)  # a Wednesday, before opening
FRI_EVE = local_now("2026-11-20T16:50", TZ)  # a Friday, after the last start
REM_NOW = local_now("2026-11-25T10:00", TZ)  # a Wednesday
CID = "+15145550999"
OWN = "+15145550100"
LANGS = ["fr-CA", "en-CA"]
CLINIQUE = os.path.join(HERE, "..", "examples", "clinique.toml")
WED, THU, FRI, MON, TUE = "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"
calls = []


call = probe_calls(calls, "p10-fr", "probe10", NOW, TZ, CID, LANGS)
CLAIRE = {"name": "Claire Dubé", "phone": "+15145550180", "start": "2026-11-26T10:00", "minutes": 30}
rem = probe_reminders(calls, "p10-fr", "probe10", REM_NOW, TZ, LANGS, CLAIRE)


A = appt


def E(start, name=None, phone=None, minutes=30):
    return entry(start, name, phone, minutes)


BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
MARIE, MARIE_TEL, MARIE_P = ["Marie Tremblay."], ["514 555 0123"], "+15145550123"
YES = ["Oui."]

# --- windows
call("w01", P(["Bonjour, je voudrais prendre rendez-vous vendredi, n'importe quand sauf le matin."],
              MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T13:00"), existing=busy(FRI, "12:00", "12:30"),
     note="'sauf le matin' is after 12:00; noon is taken")
call("w02", P(["Allô, ce serait pour jeudi, entre midi et 2."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T12:30"), existing=busy(THU, "12:00", "12:00"),
     note="'entre midi et 2' is 12:00-14:00")
call("w03", P(["Je voudrais un rendez-vous mardi prochain, pas avant 15 h."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{TUE}T15:30"), existing=busy(TUE, "15:00", "15:00"),
     note="'mardi prochain' said on a Wednesday (both readings agree); 'pas avant 15 h'")
call("w04", P(["Ce serait pour la semaine prochaine, jeudi, avant 11 h."], MARIE, MARIE_TEL,
              ["La première heure libre."], YES),
     "booked", A("Marie Tremblay", MARIE_P, "2026-11-26T10:00"), existing=busy("2026-11-26", "09:00", "09:30"),
     note="'la première heure libre' after an offer takes the earliest offered")
call("w05", P(["Je voudrais un rendez-vous après 15 h."], MARIE, MARIE_TEL, ["Demain plutôt.", "Oui."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T15:00"), existing=busy(WED, "15:00", "16:30"),
     note="a window without a day is today; 'demain plutôt' changes the day and keeps the window")
call("w06", P(["Vendredi après-midi, mais pas après 15 h, c'est possible?"], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T14:00"), existing=busy(FRI, "12:00", "13:30"),
     note="a part of day with a bound keeps both")
call("w07", P(["Bonjour, j'aurais besoin d'un rendez-vous demain, n'importe quand avant midi."],
              MARIE, MARIE_TEL, ["À 11 h 30."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T11:30"), existing=busy(THU, "09:00", "10:00"),
     note="'avant midi' (two words) is before 12:00; a bare time picks inside it")

# --- corrections
call("k01", P(["Je voudrais un rendez-vous jeudi à 14 h."],
              ["Non attendez, mettez-le plutôt à 4 h.", "Julie Roy."], ["514 555 0188"], [], YES),
     "booked", A("Julie Roy", "+15145550188", f"{THU}T16:00"),
     note="a time correction while the name is asked moves the time to 16:00 the same day")
call("k02", P(["Bonjour, c'est pour un rendez-vous demain à 10 h."], ["Sophie Gagnon."], ["514 555 0101"], [],
              ["Non, le numéro c'est le 438 555 0102.", "Oui."]),
     "booked", A("Sophie Gagnon", "+14385550102", f"{THU}T10:00"),
     note="another number at the read-back replaces the phone")
call("k03", P(["Bonjour, c'est pour un rendez-vous demain à 10 h."], ["Sophie Gagnon."], ["514 555 0101"], [],
              ["Non, à 11 h plutôt.", "Oui."]),
     "booked", A("Sophie Gagnon", "+15145550101", f"{THU}T11:00"),
     note="another hour at the read-back keeps the day")
call("k04", P(["Je voudrais un rendez-vous mardi, non attendez, mercredi à 15 h."], MARIE, MARIE_TEL, [], YES),
     "booked", A("Marie Tremblay", MARIE_P, "2026-11-25T15:00"),
     note="a correction in one turn takes the later day")
call("k05", P(BOOK, ["Marc, non excusez, Marc-André Gagnon."], ["514 555 0131"], ["Jeudi à 9 h."], YES),
     "booked", A("Marc-André Gagnon", "+15145550131", f"{THU}T09:00"), note="a restated name: the later wins")

# --- repeats, stalls, silence, failures
call("s01", P(BOOK, ["Pardon? Vous avez dit quoi?", "Marie Tremblay."], MARIE_TEL, ["Jeudi à 10 h."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00"), not_say=["pas compris"],
     note="'pardon?' repeats the question")
call("s02", P(BOOK, MARIE, ["Attendez une seconde, je le cherche.", "Un instant...", "514 555 0144"],
              ["Jeudi à 10 h."], YES),
     "booked", A("Marie Tremblay", "+15145550144", f"{THU}T10:00"), not_say=["pas compris"],
     note="two stalls, then the number")
call("s03", P(BOOK, MARIE, MARIE_TEL, ["Laissez-moi réfléchir.", "Jeudi à 10 h."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00"), not_say=["pas compris"],
     note="'laissez-moi réfléchir' gets time to think")
call("s04", P(BOOK, MARIE, MARIE_TEL, ["Hmm.", "Attendez.", "Une seconde.", "Un instant.", "Jeudi à 9 h 30."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T09:30"),
     note="a fourth stall counts as one failed answer; the call goes on")
call("s05", P(["Bonjour, je voudrais un rendez-vous demain à 10 h."]), "no_booking", no_appt=True,
     note="three silent turns end the call politely, in French")
call("s06", P(BOOK, MARIE, MARIE_TEL, ["Euh, c'est compliqué mon horaire.", "J'ai aucune idée.",
                                        "Je le sais pas, moi."]),
     "transferred", no_appt=True, note="three failed answers for the time transfer")
call("s07", P(BOOK, ["Pouvez-vous répéter s'il vous plaît?", "Marie Tremblay."], MARIE_TEL, ["Jeudi à 10 h."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00"), not_say=["pas compris"],
     note="'pouvez-vous répéter' repeats the question")

# --- transfer and ending
call("t01", P(["Est-ce que je peux parler à une vraie personne?"]), "transferred", no_appt=True,
     note="'une vraie personne' transfers at once")
call("t02", P(BOOK, MARIE, MARIE_TEL, ["Ah, laissez faire, je vais rappeler."]), "no_booking", no_appt=True,
     note="'laissez faire' while times are asked ends the call")
call("t03", P(["Oui bonjour, je voudrais parler à la réceptionniste s'il vous plaît."]), "transferred",
     no_appt=True, note="'la réceptionniste' transfers")

# --- closed days, earliest
call("c01", P(["Je voudrais un rendez-vous samedi matin."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{MON}T09:00"), say=["samedi"],
     note="Saturday is closed: the next open day's times are offered; a yes takes the earliest")
call("c02", P(["Avez-vous de la place dimanche?"], MARIE, MARIE_TEL, ["Lundi à 14 h 30 d'abord."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{MON}T14:30"), note="Sunday closed; 'lundi à 14 h 30 d'abord'")
call("e01", P(["Je voudrais un rendez-vous le plus tôt possible."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{WED}T10:00"), existing=busy(WED, "09:00", "09:30"),
     note="'le plus tôt possible' before opening: today's first free start")
call("e02", P(["Bonjour, l'heure la plus proche que vous avez, s'il vous plaît."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{MON}T09:00"), now=FRI_EVE,
     note="'l'heure la plus proche' on a Friday after the last start is Monday's first")
call("b01", P(["Je voudrais un rendez-vous vendredi."], MARIE, MARIE_TEL, ["À 11 h, c'est possible?"], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T11:00"), note="a bare time keeps the day under discussion")

# --- names
call("n01", P(BOOK, ["Mon prénom c'est Louise, pis mon nom de famille c'est Fontaine."], ["514 555 0150"],
              ["Jeudi à 11 h."], YES),
     "booked", A("Louise Fontaine", "+15145550150", f"{THU}T11:00"), note="a name in labelled parts")
call("n02", P(BOOK, ["Nathalie Côté, C-O-T-E."], ["514 555 0151"], ["Jeudi à 11 h."], YES),
     "booked", A("Nathalie Côté", "+15145550151", f"{THU}T11:00"), note="a spelling after the name is not part of it")
call("n03", P(["Bonjour, ici Pierre Lavoie, j'aimerais prendre un rendez-vous mardi prochain à 13 h."],
              [], ["Le même numéro."], [], YES),
     "booked", A("Pierre Lavoie", CID, f"{TUE}T13:00"),
     note="'ici' names the caller in the opening; 'le même numéro' is the caller id")
call("n04", P(BOOK, ["Mettez ça au nom d'Olivier Gagnon."], ["514 555 0152"], ["Jeudi à 11 h."], YES),
     "booked", A("Olivier Gagnon", "+15145550152", f"{THU}T11:00"), note="'au nom d'' elides the preposition")
call("n05", P(BOOK, ["jean-françois d'amours"], ["514 555 0153"], ["Jeudi à 11 h."], YES),
     "booked", A("Jean-François D'Amours", "+15145550153", f"{THU}T11:00"),
     note="lower case with an elided particle glued to the surname")
call("n06", P(BOOK, ["Ben c'est Daniel Le Blanc."], ["514 555 0154"], ["Jeudi à 11 h."], YES),
     "booked", A("Daniel Le Blanc", "+15145550154", f"{THU}T11:00"), note="'le' that is part of the name")

# --- numbers
call("p01", P(BOOK, MARIE, ["Cinq cent quatorze, cinq cent cinquante-cinq, douze, trente-quatre."],
              ["Jeudi à 11 h."], YES),
     "booked", A("Marie Tremblay", "+15145551234", f"{THU}T11:00"), note="groups in hundreds and pairs")
call("p02", P(BOOK, MARIE, ["438 555 0199, non pardon, c'est le 438 555 0198."], ["Jeudi à 11 h."], YES),
     "booked", A("Marie Tremblay", "+14385550198", f"{THU}T11:00"), note="a corrected number: the last wins")
call("p03", P(BOOK, MARIE, ["C'est le 514 555 0170, poste 22."], ["Jeudi à 11 h."], YES),
     "booked", A("Marie Tremblay", "+15145550170", f"{THU}T11:00"), note="'poste 22' is an extension, dropped")
call("p04", P(BOOK, MARIE, ["Euh, cinq un quatre, cinq cinq cinq."], ["Jeudi à 11 h."], ["Oui.", "Oui."]),
     "booked", A("Marie Tremblay", CID, f"{THU}T11:00"),
     note="an incomplete number: the caller id is offered and a yes takes it")

# --- language of a mixed opening
call("x01", P(["Hi, euh, bonjour, je voudrais prendre un rendez-vous."], MARIE, MARIE_TEL, ["Jeudi à 11 h."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T11:00"), note="SPEC-fr 5.7: this opening is French")
call("x02", P(["Bonjour! Hi, I'd like to book an appointment for Thursday at 2."], ["Emily Clark."],
              ["416 555 0160"], [], ["Yes."]),
     "booked", A("Emily Clark", "+14165550160", f"{THU}T14:00"), lang="en",
     note="SPEC-fr 5.7: this opening is English")

# --- services at the French clinic
call("v01", P(["Je voudrais prendre un rendez-vous pour un massage jeudi après 14 h."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T14:30", service="Massothérapie", minutes=45),
     existing=busy(THU, "14:00", "14:00"), business="clinique", note="a 45-minute service inside a window")
call("v02", P(BOOK, MARIE, MARIE_TEL, ["Vendredi à 16 h."], YES, service=["Une évaluation, c'est ma première visite."]),
     "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T16:00", service="Évaluation initiale", minutes=60),
     business="clinique", note="the service asked for, named by a phrase")
call("v03", P(["Il me faudrait une évaluation vendredi à 16 h 30."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T16:00", service="Évaluation initiale", minutes=60),
     existing=busy(FRI, "09:00", "15:30"), business="clinique",
     note="an hour-long service at 16:30 runs past closing; the only free start that day is 16:00")
call("v04", P(["Bonjour, j'aurais besoin d'un suivi lundi en avant-midi."], MARIE, MARIE_TEL, YES, YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{MON}T09:00", service="Suivi", minutes=30),
     business="clinique", note="'un suivi' and 'lundi en avant-midi'")

# --- move, cancel, check
OWN_APPT = [E(f"{THU}T13:00", "Denise Roy", OWN)]
call("m01", P(["Je voudrais déplacer mon rendez-vous de jeudi à vendredi après 15 h."], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{FRI}T15:00"), caller_id=OWN, existing=OWN_APPT,
     note="a move into a window on another day")
call("m02", P(["J'appelle pour canceller mon rendez-vous."], confirm=YES), "cancelled",
     A("Denise Roy", OWN, f"{THU}T13:00"), caller_id=OWN, existing=OWN_APPT, note="'canceller'")
call("m03", P(["J'ai-tu un rendez-vous cette semaine?"]), "no_booking", caller_id=OWN, existing=OWN_APPT,
     say=["jeudi 19 novembre à 13 h"], note="the Quebec '-tu' question is a check")
call("m04", P(["Bonjour, je pourrai pas venir jeudi, faudrait annuler."], confirm=YES), "cancelled",
     A("Denise Roy", OWN, f"{THU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'faudrait annuler' after the day")
call("m05", P(["Je voudrais changer mon rendez-vous pour lundi matin."], time=YES, confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{MON}T09:00"), caller_id=OWN, existing=OWN_APPT,
     note="'changer ... pour lundi matin'")

# --- reminders (SPEC 3.2), Wednesday 10:00 about Thursday 26 November at 10 h.
rem("r01", ["Oui, c'est beau."], "confirmed", note="'c'est beau' is a yes")
rem("r02", ["Ah non, j'ai complètement oublié, je pourrai pas. Annulez-le.", "Oui."], "cancelled",
    note="a no with a reason, then 'annulez-le'")
rem("r03", ["Pourriez-vous me le mettre la semaine prochaine, mardi à 10 h?", "Oui."], "rescheduled",
    appt_start="2026-12-01T10:00", time=["Oui."], note="a move to an exact time next week")
rem("r04", ["Je voudrais parler à quelqu'un."], "transferred", note="'parler à quelqu'un' transfers")

# --- after the blind run (50/52 by outcome, 48/52 with the wording checks): variants of
# the families fixed, written after the fixes.
call("v-01", P(BOOK, ["Hélène Bédard, H-E-L-E-N-E."], ["514 555 0155"], ["Jeudi à 11 h."], YES),
     "booked", A("Hélène Bédard", "+15145550155", f"{THU}T11:00"), note="a spelling without accents keeps them")
call("v-02", P(BOOK, MARIE, MARIE_TEL, ["Jeudi à 10 h.", "Oui."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T14:00"),
     existing=busy(THU, "09:00", "13:30") + busy(THU, "14:30", "16:30"),
     note="a taken time whose day has one free start offers that one, not the day before")
call("v-03", P(["Est-ce que j'ai un rendez-vous demain?"]), "no_booking", caller_id=OWN, existing=OWN_APPT,
     say=["jeudi 19 novembre à 13 h"], note="'est-ce que j'ai un rendez-vous' is a check")
call("v-04", P(["Bonjour! Hi, I need to cancel my appointment."], confirm=["Yes."]), "cancelled",
     A("Denise Roy", OWN, f"{THU}T13:00"), caller_id=OWN, existing=OWN_APPT, lang="en",
     note="an English caller of a French-first business: English after the opening")

# --- a second blind batch (ids -b-), written before Bella ran on it: paging and picking
# among offers, days said after offers, relative days, Quebec clock phrases, names and
# numbers in other shapes, cancels among two appointments, reminders.
def B(cid, *a, **kw):
    call(f"b-{cid}", *a, **kw)


B("01", P(["Je voudrais un rendez-vous jeudi matin."], MARIE, MARIE_TEL, ["Plus tard?", "Oui."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:30"), note="'plus tard?' pages past the three offered")
B("02", P(["Je voudrais un rendez-vous jeudi matin."], MARIE, MARIE_TEL, ["La deuxième."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T09:30"), note="'la deuxième' picks the second offer")
B("03", P(["Je voudrais un rendez-vous jeudi matin."], MARIE, MARIE_TEL, ["La dernière, s'il vous plaît."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00"), note="'la dernière' picks the last offer")
B("04", P(["Je voudrais un rendez-vous jeudi matin."], MARIE, MARIE_TEL, ["Celle de 10 h."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00"), note="'celle de 10 h' picks by its hour")
B("05", P(["Je voudrais un rendez-vous jeudi matin."], MARIE, MARIE_TEL, ["Hmm, et vendredi?", "Oui."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T09:00"),
  note="a day said after offers: that day's times (the morning kept), a yes takes the earliest")
B("06", P(BOOK, MARIE, MARIE_TEL, ["Demain à 10 h, euh non, à 11 h."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T11:00"), note="a correction in one turn keeps the day")
B("07", P(BOOK, MARIE, MARIE_TEL, ["Après-demain à 9 h 30."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{FRI}T09:30"), note="'après-demain'")
B("08", P(BOOK, MARIE, MARIE_TEL, ["Dans une semaine, à 14 h."], YES),
  "booked", A("Marie Tremblay", MARIE_P, "2026-11-25T14:00"), note="'dans une semaine' is +7")
B("09", P(BOOK, MARIE, MARIE_TEL, ["Jeudi le 26, vers 13 h."], YES),
  "booked", A("Marie Tremblay", MARIE_P, "2026-11-26T13:00"), note="'jeudi le 26' and 'vers 13 h'")
B("10", P(BOOK, MARIE, MARIE_TEL, ["Le 1er décembre à midi et demi."], YES),
  "booked", A("Marie Tremblay", MARIE_P, "2026-12-01T12:30"), note="'le 1er décembre', 'midi et demi'")
B("11", P(BOOK, MARIE, MARIE_TEL, ["Jeudi à 3 h moins quart.", "À 15 h d'abord."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T15:00"),
  note="14:45 is not a start on the half hour: the agent offers the nearest; the caller picks 15 h")
B("12", P(["Auriez-vous de la place à matin?"], MARIE, MARIE_TEL, YES, YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{WED}T09:00"), note="'à matin' is this morning (now 08:40)")
B("13", P(["Est-ce qu'il vous resterait de quoi cet après-midi?"], MARIE, MARIE_TEL, YES, YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{WED}T13:00"), existing=busy(WED, "12:00", "12:30"),
  note="'cet après-midi' is today's afternoon; noon and 12:30 are taken")
B("14", P(BOOK, ["Moé c'est Gabriel Bouchard."], ["Quatre-cent-dix-huit, cinq cent cinquante-cinq, "
                                                   "quatre-vingt-dix-neuf, zéro un."], ["Jeudi à 11 h."], YES),
  "booked", A("Gabriel Bouchard", "+14185559901", f"{THU}T11:00"), note="'moé c'est'; hundreds and pairs")
B("15", P(["Oui bonjour, c'est Gabriel Bouchard à l'appareil, j'aurais besoin d'un rendez-vous."], [],
          ["Sept cent huit, cinq cinq cinq, zéro deux, trente."], ["Jeudi à 11 h."], YES),
  "booked", A("Gabriel Bouchard", "+17085550230", f"{THU}T11:00"), note="'… à l'appareil' in the opening")
B("16", P(BOOK, ["Euh, attendez, c'est pour ma fille. Léa Bouchard."], ["418 555 0161"], ["Jeudi à 11 h."], YES),
  "booked", A("Léa Bouchard", "+14185550161", f"{THU}T11:00"), note="the name after 'c'est pour ma fille'")
B("17", P(BOOK, ["Marie-Ève Bélanger."], ["Mon cell c'est le 581 555 0162."], ["Jeudi à 11 h."], YES),
  "booked", A("Marie-Ève Bélanger", "+15815550162", f"{THU}T11:00"), note="'mon cell c'est le …'")
B("18", P(BOOK, MARIE, ["Prenez le numéro d'où j'appelle."], ["Jeudi à 11 h."], YES),
  "booked", A("Marie Tremblay", CID, f"{THU}T11:00"), note="'le numéro d'où j'appelle' is the caller id")
TWO = [E(f"{THU}T13:00", "Denise Roy", OWN), E(f"{TUE}T14:00", "Denise Roy", OWN)]
B("19", P(["Je voudrais annuler mon rendez-vous de mardi."], confirm=YES), "cancelled",
  A("Denise Roy", OWN, f"{TUE}T14:00"), caller_id=OWN, existing=TWO, note="the day said picks which one")
B("20", P(["Je voudrais annuler un rendez-vous."], confirm=["Non, pas celui-là, celui de mardi.", "Oui."],
          other=["Celui de jeudi."]),
  "cancelled", A("Denise Roy", OWN, f"{TUE}T14:00"), caller_id=OWN, existing=TWO,
  note="'pas celui-là, celui de mardi' at the read-back (of the one named when asked which, "
       "task pn17)")
B("21", P(["Je voudrais déplacer mon rendez-vous de mardi à mercredi prochain, même heure."],
          confirm=["Oui.", "Oui."]),
  "rescheduled", A("Denise Roy", OWN, "2026-11-25T14:00"), caller_id=OWN, existing=TWO,
  note="'mercredi prochain' said on a Wednesday is a week later (both readings agree); 'même heure'")
B("22", P(["Je voudrais déplacer mon rendez-vous."], time=["Vendredi, le plus tôt possible.", "Oui."],
          confirm=["Oui.", "Oui."]),
  "rescheduled", A("Denise Roy", OWN, f"{FRI}T09:00"), caller_id=OWN, existing=[TWO[0]],
  note="'vendredi, le plus tôt possible' is Friday's earliest")
B("23", P(BOOK, ["Euh...", "Bon, euh...", "Attendez.", "Hmm.", "Marie Tremblay."], MARIE_TEL, ["Jeudi à 11 h."],
          YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{THU}T11:00"),
  note="four stalls at the name: the fourth is one failed answer, then the name")
B("24", P(BOOK, MARIE, MARIE_TEL, ["N'importe quand la semaine prochaine, sauf lundi.", "Oui."], YES),
  "booked", A("Marie Tremblay", MARIE_P, f"{TUE}T09:00"), note="next week, Monday ruled out: Tuesday's first")
rem("b-25", ["Pardon, c'était à quelle heure déjà?", "Oui, ça va être correct."], "confirmed",
    say=["10 h"], note="a question about the hour repeats it; 'ça va être correct' is a yes")
rem("b-26", ["Oui, mais pourriez-vous le mettre un peu plus tard, genre 11 h?", "Oui."], "rescheduled",
    appt_start="2026-11-26T11:00", time=["Oui."], note="'oui, mais … plus tard, genre 11 h' moves it the same day")
rem("v-05", ["Non, annulez-le s'il vous plaît.", "Oui."], "cancelled", say=["bonne journée"],
    not_say=["merci d'avoir appelé"], note="a reminder call we made does not end 'merci d'avoir appelé'")
rem("v-06", ["Pouvez-vous le mettre vendredi à 11 h?", "Oui."], "rescheduled", appt_start="2026-11-27T11:00",
    time=["Oui."], say=["bonne journée"], not_say=["merci d'avoir appelé"], note="the same after a move")

# --- a bilingual business (English first) that gives each service a French name and
# price and answers its FAQ in French (`businesses/bilingual.toml`): written with the
# feature, not blind.
BIL = "businesses/bilingual.toml"
call("bil-01", P(["Bonjour, c'est combien un massage?", "D'accord, j'en voudrais un jeudi à 10 h."], MARIE,
                 MARIE_TEL, ["Jeudi à 10 h."], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00", service="Massage therapy", minutes=45), business=BIL,
     say=["massothérapie coûte à partir de 95 $", "le service massothérapie pour marie tremblay"],
     not_say=["massage therapy", "from $95"],
     note="the French name and price are spoken; the stored name is the configured one")
call("bil-02", P(["Bonjour, où êtes-vous situés? Et il y a du stationnement?", "Laissez faire, merci."]),
     "no_booking", business=BIL, no_appt=True, lang=None,
     say=["nous sommes au 200, rue elgin", "there is paid parking"], not_say=["le service there"],
     note="both topics answered; one without a French answer is said as written, never run through "
          "the sentence templates")
call("bil-03", P(["Je voudrais une évaluation initiale jeudi à 10 h."], MARIE, MARIE_TEL, [], YES),
     "booked", A("Marie Tremblay", MARIE_P, f"{THU}T10:00", service="Initial assessment", minutes=60),
     business=BIL, say=["le service évaluation initiale pour"],
     note="a service named by its French name, which is not among its phrases")
call("bil-04", P(["Hi, how much is a massage, and where are you?", "OK thanks, bye."]), "no_booking",
     business=BIL, lang="en", no_appt=True, say=["massage therapy is from $95", "200 elgin street"],
     note="an English caller hears the configured names, both questions answered")


business_for = business_by_name({"clinique": CLINIQUE, BIL: os.path.join(HERE, BIL)})


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe10.jsonl"), calls, business_for)
    print(f"wrote {n} calls")
