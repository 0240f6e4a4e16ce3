#!/usr/bin/env python3
"""Writes calls_fr_messy16.jsonl: French calls, round 16 (SPEC-fr.md 5 on top of SPEC.md 3),
written from the SPECs before Bella ran on them (blind).

Two families:

- parity (`q-`): the French of features English has had since probe15: the day's latest
  free start ("le plus tard possible", "votre dernière plage jeudi", "le dernier rendez-vous
  de la journée"), "quelles heures avez-vous?" while times are offered (the offers again,
  no failure), questions at the read-back ("pouvez-vous épeler mon nom?", "quel numéro
  avez-vous noté?", "allez-vous m'envoyer un texto de confirmation?": answered, then the
  read-back again), "deux heures et quinze" / "2 heures et 30" with no "minutes" (SPEC-fr
  5.5: minutes "quinze", "trente" as said), and a move "à jeudi le 10 à 11 h" (the day
  after "à" is the new time's, never the appointment's);
- messy callers (`m-`): repeats ("pardon?", "répétez s'il vous plaît"), stalls ("attendez,
  je regarde mon agenda"), a correction of an earlier slot while answering another,
  answers out of order, changes of mind, a switch of language mid-call, giving up and
  asking for a person.

Outcomes worked out by hand; `write_jsonl` checks each booked or moved start against the
slot oracle. Calls where the caller turns to English carry no `agent_lang`.

Run: python3 bella-dialog/testdata/gen_calls_fr_messy16.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

TZ = "America/Toronto"
WALL = "2026-12-01T08:50"  # a Tuesday, before opening
NOW = local_now(WALL, TZ)
TODAY = "2026-12-01"
CID = "+15145550999"
OWN = "+15145550400"
LANGS = ["fr-CA", "en-CA"]
WED, THU, FRI, MON = "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"
NTHU, NFRI = "2026-12-10", "2026-12-11"
calls = []

call = probe_calls(calls, "m16-fr", "messy16", NOW, TZ, CID, LANGS)

BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
YES = ["Oui."]
JEUDI11 = ["Jeudi à 11 h."]
PO = "Pierre Ouellet"
POP = "+15145550164"
# A repeat or a stall is no failed answer (SPEC 3: repeats).
NOT_CAUGHT = ["pas compris", "pas saisi"]
# A question at the read-back gets an answer, not a request for a yes or a no.
UNANSWERED = NOT_CAUGHT + ["un oui ou un non"]
G = "Gilles Thériault"
ONE = [entry(f"{THU}T10:00", G, OWN)]


def R(name, phone, day, hhmm):
    return appt(name, phone, f"{day}T{hhmm}")


# ================================================================ parity
# --- the day's latest free start
call("q01", P(BOOK, [PO], [POP], ["Jeudi, le plus tard possible.", "Oui."], YES),
     "booked", R(PO, POP, THU, "16:30"), note="'le plus tard possible': Thursday's last start, 16:30")
call("q02", P(BOOK, [PO], [POP], ["Quelle est votre dernière plage jeudi?", "Oui."], YES),
     "booked", R(PO, POP, THU, "16:00"), existing=busy(THU, "16:30", "16:30"),
     note="'votre dernière plage jeudi' with 16:30 taken: 16:00")
call("q03", P(["Je voudrais le dernier rendez-vous de la journée lundi."], [PO], [POP], ["Ça marche."], YES),
     "booked", R(PO, POP, MON, "16:30"), note="'le dernier rendez-vous de la journée' Monday: 16:30")
call("q04", P(["Bonjour, c'est quoi le plus tard que vous pouvez me prendre mercredi?"], [PO], [POP],
              ["D'accord, je le prends."], YES),
     "booked", R(PO, POP, WED, "15:30"), existing=busy(WED, "16:00", "16:30"),
     note="'le plus tard que vous pouvez' with 16:00 and 16:30 taken: 15:30")
call("q05", P(BOOK, [PO], [POP], ["Vendredi, aussi tard que possible.", "Oui."], YES),
     "booked", R(PO, POP, FRI, "16:30"), note="'aussi tard que possible'")

# --- "quelles heures avez-vous?" while times are offered
call("q06", P(["Est-ce que je pourrais venir mercredi?"], [PO], [POP],
              ["Quelles heures avez-vous?", "11 h, s'il vous plaît."], YES),
     "booked", R(PO, POP, WED, "11:00"), not_say=NOT_CAUGHT,
     note="the offers said again, no failure; then 11 h")
call("q07", P(["Je voudrais vendredi matin."], [PO], [POP],
              ["Pardon, qu'est-ce que vous avez de libre?", "Celle de 10 h 30."], YES),
     "booked", R(PO, POP, FRI, "10:30"), existing=busy(FRI, "09:00", "10:00"), not_say=NOT_CAUGHT,
     note="'qu'est-ce que vous avez de libre?' while Friday morning is offered")
call("q08", P(["Avez-vous de la place lundi?"], [PO], [POP],
              ["Qu'est-ce qui est disponible?", "13 h 30."], YES),
     "booked", R(PO, POP, MON, "13:30"), not_say=NOT_CAUGHT,
     note="'qu'est-ce qui est disponible?' while Monday is offered")
call("q09", P(BOOK, [PO], [POP], ["Jeudi à 8 h.", "Quelles heures avez-vous d'abord?", "9 h 30."], YES),
     "booked", R(PO, POP, THU, "09:30"), not_say=NOT_CAUGHT,
     note="8 h is before opening; 'quelles heures avez-vous d'abord?' at the nearest offers")

# --- questions at the read-back
call("q10", P(BOOK, ["Geneviève Bergeron."], ["514 555 0310"], JEUDI11,
              ["Pouvez-vous épeler mon nom?", "Oui."]),
     "booked", R("Geneviève Bergeron", "+15145550310", THU, "11:00"), not_say=UNANSWERED,
     note="'pouvez-vous épeler mon nom?': spelled, then the read-back again")
call("q11", P(BOOK, ["Martin Lévesque."], ["514 555 0311"], ["Vendredi à 14 h."],
              ["Allez-vous m'envoyer un texto de confirmation?", "Oui."]),
     "booked", R("Martin Lévesque", "+15145550311", FRI, "14:00"), not_say=UNANSWERED,
     note="a question about a text: answered, then yes")
call("q12", P(BOOK, ["Isabelle Poirier."], ["514 555 0312"], ["Lundi à 15 h 30."],
              ["Quel numéro avez-vous noté?", "Oui, c'est ça."]),
     "booked", R("Isabelle Poirier", "+15145550312", MON, "15:30"), not_say=UNANSWERED,
     note="'quel numéro avez-vous noté?': the number told, then yes")
call("q13", P(BOOK, ["Roger Pelletier."], ["Le numéro d'où j'appelle."], ["Mercredi à 9 h."],
              ["Pardon, quel numéro avez-vous noté?", "Oui."], YES),
     "booked", R("Roger Pelletier", CID, WED, "09:00"), not_say=UNANSWERED,
     note="the caller's own number; 'quel numéro avez-vous noté?' at the read-back")
call("q14", P(BOOK, ["Annie Tremblay."], ["514 555 0314"], ["Jeudi à 15 h."],
              ["Pouvez-vous m'épeler mon nom de famille?", "Est-ce que je vais recevoir un texto?", "Oui."]),
     "booked", R("Annie Tremblay", "+15145550314", THU, "15:00"), not_say=UNANSWERED,
     note="two questions in a row at the read-back, each answered")
call("q15", P(["Je voudrais déplacer mon rendez-vous de jeudi à vendredi à 10 h."], time=YES,
              confirm=["Oui.", "Allez-vous m'envoyer un texto de confirmation?", "Oui."]),
     "rescheduled", R(G, OWN, FRI, "10:00"), caller_id=OWN, existing=ONE, not_say=UNANSWERED,
     note="a question about a text at the read-back of a move")

# --- minutes without "minutes" (SPEC-fr 5.5: "quinze", "trente" as said)
call("q16", P(BOOK, [PO], [POP], ["Vendredi à deux heures et quinze.", "Deux heures et demie d'abord."], YES),
     "booked", R(PO, POP, FRI, "14:30"), say=["toutes les 30 minutes"],
     note="'deux heures et quinze' is 14:15, not on the half hour: refused (the refusal says the "
          "starts are every 30 minutes; SPEC 3 asks only that it says so and offers the nearest, "
          "so the blind check for '14 h 15' in it asked more than the SPEC); then 14:30")
call("q17", P(BOOK, [PO], [POP], ["Jeudi à 2 heures et 30."], YES),
     "booked", R(PO, POP, THU, "14:30"), note="'2 heures et 30' is 14:30")
call("q18", P(BOOK, [PO], [POP], ["Lundi, à dix heures et trente."], YES),
     "booked", R(PO, POP, MON, "10:30"), note="'dix heures et trente' is 10:30")

# --- a move "à jeudi le 10 à 11 h": the day led by "à" is the new time's
call("q19", P(["Je voudrais déplacer mon rendez-vous à jeudi le 10 à 11 h."], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, NTHU, "11:00"), caller_id=OWN, existing=ONE,
     say=["jeudi 10 décembre à 11 h"],
     note="'à jeudi le 10 à 11 h' is the new time; the one appointment (Thursday 3) is moved")
call("q20", P(["Pouvez-vous changer mon rendez-vous pour vendredi le 11 à 14 h?"], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, NFRI, "14:00"), caller_id=OWN, existing=ONE,
     say=["vendredi 11 décembre à 14 h"], note="'pour vendredi le 11 à 14 h' is the new time")
call("q21", P(["Je voudrais déplacer mon rendez-vous de jeudi à vendredi le 11 à 10 h."], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, NFRI, "10:00"), caller_id=OWN, existing=ONE,
     say=["vendredi 11 décembre à 10 h"],
     note="control: 'de jeudi' names the appointment, 'à vendredi le 11 à 10 h' the new time")

# ================================================================ messy callers
# --- repeats and stalls
call("m01", P(BOOK, ["Pardon?", "Carole Dubé."], ["Répétez, s'il vous plaît.", "514 555 0401"], JEUDI11, YES),
     "booked", R("Carole Dubé", "+15145550401", THU, "11:00"), not_say=NOT_CAUGHT,
     note="a repeat at the name, another at the phone")
call("m02", P(BOOK, ["Denis Morin."], ["514 555 0402"],
              ["Attendez, je regarde mon agenda.", "Mercredi à 14 h."], YES),
     "booked", R("Denis Morin", "+15145550402", WED, "14:00"), not_say=NOT_CAUGHT,
     note="a stall at the time question")
call("m03", P(BOOK, ["Denis Morin."], ["514 555 0402"],
              ["Un instant.", "Pardon?", "Attendez, je regarde mon agenda.", "Lundi à 10 h."], YES),
     "booked", R("Denis Morin", "+15145550402", MON, "10:00"), not_say=NOT_CAUGHT,
     note="three holds in a row (stall, repeat, stall), then the answer")
call("m04", P(BOOK, ["Denis Morin."], ["514 555 0402"],
              ["Euh, attendez, je regarde mon agenda... OK, jeudi à 11 h."], YES),
     "booked", R("Denis Morin", "+15145550402", THU, "11:00"), not_say=NOT_CAUGHT,
     note="a stall and the answer in one turn: the answer counts")
call("m05", P(BOOK, ["Denis Morin."], ["514 555 0402"], JEUDI11, ["Répétez, s'il vous plaît.", "Oui."]),
     "booked", R("Denis Morin", "+15145550402", THU, "11:00"), not_say=UNANSWERED,
     note="'répétez' at the read-back: the read-back again, never a no")
call("m06", P(["Je voudrais jeudi après-midi."], ["Denis Morin."], ["514 555 0402"],
              ["Pardon? Je n'ai pas compris.", "La deuxième."], YES),
     "booked", R("Denis Morin", "+15145550402", THU, "13:30"), existing=busy(THU, "12:00", "12:30"),
     not_say=NOT_CAUGHT, note="a repeat while Thursday afternoon is offered (13:00, 13:30...): the second")
call("m07", P(BOOK, ["Denis Morin."], ["514 555 0402"], ["Le plus tôt possible.", "Pardon?", "Oui."], YES),
     "booked", R("Denis Morin", "+15145550402", TODAY, "09:00"), not_say=NOT_CAUGHT,
     note="'le plus tôt possible' (5.6) before opening: today 09:00; a repeat, then yes")
call("m08", P(BOOK, ["Denis Morin."], ["514 555 0402"], ["Samedi matin.", "Pardon?", "La première."], YES),
     "booked", R("Denis Morin", "+15145550402", MON, "09:00"), not_say=NOT_CAUGHT,
     note="Saturday is closed: Monday offered; a repeat, then the first")
call("m09", P(BOOK, ["Denis Morin."], ["514 555 0402"],
              ["Pardon?", "Répétez, s'il vous plaît.", "Comment?", "Lundi à 10 h."], YES),
     "booked", R("Denis Morin", "+15145550402", MON, "10:00"), not_say=NOT_CAUGHT,
     note="three repeats in a row ('comment?'), then the answer")

# --- corrections of an earlier slot while answering another
call("m10", P(["Bonjour, je voudrais un rendez-vous jeudi à 11 h."], ["Julie Caron."],
              ["Non attendez, mettez-moi à 14 h plutôt. Mon numéro c'est le 514 555 0410."], [], YES),
     "booked", R("Julie Caron", "+15145550410", THU, "14:00"),
     note="the time corrected in the phone answer: Thursday 14:00")
call("m11", P(["Je voudrais un rendez-vous vendredi à 10 h."],
              ["Ah pis changez l'heure pour 15 h. C'est Karine Lapointe."], ["514 555 0411"], [], YES),
     "booked", R("Karine Lapointe", "+15145550411", FRI, "15:00"),
     note="the time corrected in the name answer: Friday 15:00")
call("m12", P(BOOK, ["Sylvain Gautier."], ["514 555 0412"],
              ["Jeudi à 10 h. Pis excusez, mon nom c'est Sylvain Gauthier, avec un h."], YES),
     "booked", R("Sylvain Gauthier", "+15145550412", THU, "10:00"),
     note="the name corrected in the time answer: the later name")
call("m13", P(["Je voudrais jeudi à 11 h."], ["Luc Bérubé."],
              ["Ah pis je préférerais vendredi à 9 h au lieu de jeudi.", "514 555 0413"], [], YES),
     "booked", R("Luc Bérubé", "+15145550413", FRI, "09:00"),
     note="the day and time changed in the phone answer, then the number")
call("m14", P(BOOK, ["Hugo Gagné."], ["514 555 0414"], ["Mercredi à 10 h... non, attendez, jeudi à 10 h."],
              YES),
     "booked", R("Hugo Gagné", "+15145550414", THU, "10:00"), note="5.5 correction: the later value")
call("m15", P(BOOK, ["Hugo Gagné."], ["Le 514 555 0451, non pardon, le 514 555 0415."], JEUDI11, YES),
     "booked", R("Hugo Gagné", "+15145550415", THU, "11:00"), note="5.3: the last number wins")

# --- answers out of order
call("m16", P(BOOK, ["Mon numéro c'est le 438 555 0416, pis je voudrais jeudi à 13 h.", "Nathalie Roy."],
              ["438 555 0416"], ["Jeudi à 13 h."], YES),
     "booked", R("Nathalie Roy", "+14385550416", THU, "13:00"),
     note="the phone and the time given at the name question; the name after")
call("m17", P(["Bonjour, mettez-moi jeudi à 15 h, mon numéro c'est le 819 555 0417, pis mon nom c'est "
               "Luc Bérubé."], [], [], [], YES),
     "booked", R("Luc Bérubé", "+18195550417", THU, "15:00"), note="everything in the opening")
call("m18", P(BOOK, ["Vendredi à 11 h.", "Claire Bouchard."], ["Claire Bouchard, 514 555 0418."],
              ["Vendredi à 11 h."], YES),
     "booked", R("Claire Bouchard", "+15145550418", FRI, "11:00"),
     note="the time at the name question, then the name (SPEC 3: a used-up list repeats its last "
          "entry, so the blind persona, with the time alone in its name list, never said a name)")

# --- changes of mind
call("m19", P(BOOK, ["Hugo Gagné."], ["514 555 0414"], JEUDI11,
              ["Non, finalement, plutôt vendredi à la même heure.", "Oui."]),
     "booked", R("Hugo Gagné", "+15145550414", FRI, "11:00"),
     note="a no at the read-back with the day changed: Friday at the same hour")
call("m20", P(BOOK, ["Hugo Gagné."], ["514 555 0414"], JEUDI11,
              ["Non, mettez donc 10 h à la place.", "Oui."]),
     "booked", R("Hugo Gagné", "+15145550414", THU, "10:00"),
     note="the time changed at the read-back, the day kept")
call("m21", P(["Bonjour, je voudrais un rendez-vous jeudi à 11 h."], ["Hugo Gagné."], ["514 555 0414"],
              ["10 h 30 d'abord."], ["Non, mettez donc 10 h à la place.", "Oui."]),
     "booked", R("Hugo Gagné", "+15145550414", THU, "10:30"), existing=busy(THU, "10:00", "10:00"),
     note="at the read-back the caller changes to 10 h, which is taken: refused, the nearest "
          "offered, '10 h 30 d'abord'")
call("m22", P(["Je voudrais annuler mon rendez-vous de jeudi."], confirm=["Non, finalement, laissez-le comme ça."]),
     "no_booking", caller_id=OWN, existing=ONE, no_appt=True,
     note="a cancel turned down at its read-back: the appointment stays, nothing changed")
call("m23", P(["Je voudrais annuler, euh non, en fait, déplacer mon rendez-vous de jeudi."],
              time=["Attendez, je regarde mon agenda.", "Vendredi à 13 h."], confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, FRI, "13:00"), caller_id=OWN, existing=ONE, not_say=NOT_CAUGHT,
     note="'annuler, euh non, en fait, déplacer': a move; a stall, then the new time")
call("m24", P(["Je veux annuler mon rendez-vous."], confirm=["Pardon?", "Oui, annulez-le."]),
     "cancelled", R(G, OWN, THU, "10:00"), caller_id=OWN, existing=ONE, not_say=UNANSWERED,
     note="a repeat at the cancel read-back, then yes")

# --- switching language mid-call
call("m25", P(BOOK, ["Hélène Fortin."], ["514 555 0425"],
              ["Sorry, can we do this in English? Thursday at 11 please."], ["Yes."]),
     "booked", R("Hélène Fortin", "+15145550425", THU, "11:00"), lang=None,
     note="the caller turns to English at the time question; the booking goes on")
call("m26", P(["Hi, I'd like to book an appointment."],
              ["Euh, excusez, je parle mieux français. Mon nom c'est Hélène Fortin."], ["514 555 0426"],
              JEUDI11, YES),
     "booked", R("Hélène Fortin", "+15145550426", THU, "11:00"),
     note="English opening, French from the name on: the agent speaks French from there")
call("m27", P(BOOK, ["Hélène Fortin."], ["514 555 0427"], ["Jeudi à 2 h PM."], YES),
     "booked", R("Hélène Fortin", "+15145550427", THU, "14:00"), note="5.1: '2 h PM' in a French turn")
call("m28", P(BOOK, ["Hélène Fortin."], ["514 555 0428"], JEUDI11, ["Sorry, what? Yes, yes, that's right."]),
     "booked", R("Hélène Fortin", "+15145550428", THU, "11:00"), lang=None,
     note="an English yes at the read-back")

# --- giving up, asking for a person
call("m29", P(BOOK, ["Jean Fournier."], ["Ah pis laissez faire, je vais rappeler."]),
     "no_booking", no_appt=True, note="'laissez faire, je vais rappeler' at the phone: ends politely")
call("m30", P(BOOK, ["Jean Fournier."], ["514 555 0430"], ["Attendez... non, oubliez ça."]),
     "no_booking", no_appt=True, note="'oubliez ça' after a stall: ends")
call("m31", P(BOOK, ["Jean Fournier."], ["514 555 0431"],
              ["Je comprends rien, je veux parler à une vraie personne."]),
     "transferred", no_appt=True, note="'une vraie personne': transferred at once")
call("m32", P(BOOK, ["Passez-moi la réceptionniste, s'il vous plaît."]),
     "transferred", no_appt=True, note="'la réceptionniste' at the name question")
call("m33", P(BOOK, ["Jean Fournier."], ["514 555 0433"], ["Pardon?", "Est-ce que je peux parler à un préposé?"]),
     "transferred", no_appt=True, note="a repeat, then 'un préposé'")

# --- a bit of everything
call("m34", P(["Bonjour, euh, je voudrais un rendez-vous jeudi, mais pas avant 15 h."],
              ["Attendez un instant... Jocelyne Daigle."], ["514 555 0434"], ["La dernière."], YES),
     "booked", R("Jocelyne Daigle", "+15145550434", THU, "16:00"), not_say=NOT_CAUGHT,
     note="a window (after 15:00): 15:00, 15:30, 16:00 offered, the last taken; a stall with the name")
call("m35", P(BOOK, ["Euh, c'est Daigle. D-A-I-G-L-E. Jocelyne Daigle."], ["514 555 0435"], JEUDI11,
              ["C'est beau."]),
     "booked", R("Jocelyne Daigle", "+15145550435", THU, "11:00"), note="a spelling, then the full name")
call("m36", P(BOOK, ["Réal Cormier."], ["Je le sais pas par cœur."], JEUDI11,
              ["Oui.", "Non, mon numéro c'est plutôt le 506 555 0436.", "Oui."]),
     "booked", R("Réal Cormier", "+15065550436", THU, "11:00"),
     note="the caller's own number taken, then the number corrected at the read-back")


# --- after the blind run (36/57 as the runner checks; 54/57 after the fixes): variants of
# the families fixed, in new words, written before Bella ran on them.
call("v-01", P(BOOK, [PO], [POP], ["Jeudi, votre dernier créneau, s'il vous plaît.", "Oui."], YES),
     "booked", R(PO, POP, THU, "16:00"), existing=busy(THU, "16:30", "16:30"),
     note="'votre dernier créneau' with 16:30 taken: 16:00")
call("v-02", P(["Je pourrais passer mercredi?"], [PO], [POP], ["Vous avez quoi comme heures?", "10 h."], YES),
     "booked", R(PO, POP, WED, "10:00"), not_say=NOT_CAUGHT,
     note="'vous avez quoi comme heures?' while Wednesday is offered")
call("v-03", P(BOOK, ["Mélanie Thibault."], ["514 555 0503"], JEUDI11,
               ["Comment vous l'avez écrit, mon nom?", "Oui."]),
     "booked", R("Mélanie Thibault", "+15145550503", THU, "11:00"), not_say=UNANSWERED,
     note="'comment vous l'avez écrit?' at the read-back: spelled")
call("v-04", P(BOOK, ["Mélanie Thibault."], ["514 555 0504"], JEUDI11,
               ["C'est quoi le numéro que vous avez?", "Oui."]),
     "booked", R("Mélanie Thibault", "+15145550504", THU, "11:00"), not_say=UNANSWERED,
     note="'c'est quoi le numéro que vous avez?' at the read-back: told")
call("v-05", P(BOOK, [PO], [POP], ["Lundi à onze heures et quinze.", "Onze heures et demie d'abord."], YES),
     "booked", R(PO, POP, MON, "11:30"), say=["toutes les 30 minutes"],
     note="'onze heures et quinze' is 11:15: refused; then 11:30")
call("v-06", P(["Pourriez-vous déplacer mon rendez-vous à vendredi le 11 pour 9 h 30?"], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, NFRI, "09:30"), caller_id=OWN, existing=ONE,
     say=["vendredi 11 décembre à 9 h 30"], note="'à vendredi le 11 pour 9 h 30' is the new time")
call("v-07", P(BOOK, ["Hugo Gagné."], ["514 555 0507"], JEUDI11, ["Non, mettez 14 h à la place.", "Oui."]),
     "booked", R("Hugo Gagné", "+15145550507", THU, "14:00"),
     note="'14 h à la place' at the read-back: the time changes, the name stays")


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_messy16.jsonl"), calls)
    print(f"wrote {n} calls")
