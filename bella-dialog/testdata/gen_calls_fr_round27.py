#!/usr/bin/env python3
"""Writes calls_fr_round27.jsonl: French (fr-CA) calls, round 27 (SPEC §3, §3.1, §3.2,
SPEC-fr §5), written blind from the SPECs and the business file before Bella ran on them,
February 2027. One request per call: bookings, cancels, moves, checks, a question about
the business, reminders.

- `businesses/dentiste_dieppe.toml` (`d`, new): an Acadian dental office in Dieppe (N.-B.),
  two dentists and a hygienist (Sylvie: cleanings only, off on Wednesdays), closed on
  Family Day (Monday 15 February): "mettons jeudi en après-midi", "une rage de dent ... à
  matin", "checker ... c'te semaine", "que je cancelle", a move "même heure", a closed
  Monday, a window "entre 1 h pis 3 h" on the hygienist's day off, names with particles
  (D'Amours, LeBlanc by labelled parts), a number by pairs with "quatre-vingt-dix" and
  "soixante-dix", an English opening switched to French, the business's own topic
  `insurance` asked in French, a dentist asked by name, the first free dentist in file
  order, "attendez un peu" at the service question, "pardon?" at the name question, a
  price, "midi et demi", "après 1 h et quart".
- the default business (`c`) in Montréal, Moncton (Acadian: "appointment"), Sudbury and
  Saint-Boniface time zones: "booker", "canceller", "checker", "genre en avant-midi",
  "c'te semaine ... mettons, après 2 h", "icitte", "pis", numbers in hundreds, pairs and
  "soixante-dix"/"quatre-vingts", "pardon? pouvez-vous répéter?", "répétez" at the
  read-back, an English switch at the read-back, a French switch at the phone question,
  "Lévesque-Roy", "Saint-Pierre", "de la Durantaye", "ici <nom>", "à soir", "au plus
  vite", "dans deux semaines", "la semaine prochaine, jeudi", "laissez faire", "oubliez
  ça", a transfer to "la réceptionniste", a cancel without caller id; and four reminders
  (confirm, cancel, move, voicemail).

Not used: "la semaine des deux semaines" (no SPEC meaning; "dans quinze jours" is left out
as ambiguous by SPEC-fr 5.5), "quart" on a time that is off the 30-minute grid.

Outcomes worked out by hand; every booked or moved start is checked against callslib's
slot oracle, and a booking where the caller asks for nobody goes to the first free
resource in the file's order (docs/services.md). Where a case goes beyond the SPEC's
words, its note says so.

Blind score, the release build of main before the fixes: 58/59 by score.py, 58/59 with
the wording checks. Failed: c-m05 ("je voulais juste checker l'heure de mon rendez-vous de
mardi" read as a booking, and booked). After the fix 59/59. Probing after the blind run
(not in the file's first 59) found two more families: thanks alone after an answer
("Correct, merci.", "OK, merci ben", English "Okay, thanks." too) asked the caller again
until the transfer, and a move "à la semaine d'après, même jour, même heure" went to the
next Monday. Then ten variants (`v-`), written after the fixes: 1/10 with the build before
them, 10/10 after (v-06 amended after its first run, as its note says); v-11, found
probing after them (a reminder moved "à la semaine d'après"), 0/1 before its fix.

Run: python3 bella-dialog/testdata/gen_calls_fr_round27.py
"""
import os
import sys
from functools import partial

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, busy, entry, expect, local_now,  # noqa: E402
                      persona as P, probe_calls, probe_reminders, staffed as ex,
                      staffed_persona, business_by_name, write_jsonl)

KIND = "fr_round27"
LANGS = ["fr-CA", "en-CA"]
YES = ["Oui."]
BYE = ["Merci ben, bonne journée!"]

# ======================================================================= the dentist (d)
DENT = "businesses/dentiste_dieppe.toml"
TZ = {DENT: "America/Moncton"}
# Tuesday 9 February 2027 at 9:10.
NOW = {DENT: "2027-02-09T09:10"}
AREA = {DENT: "506"}
R = BusinessRound("r27", KIND, TZ, NOW, AREA, {DENT: LANGS})
num, said, ap = R.num, R.said, R.ap
add = R.add_staffed
D = DENT
TUE, WED, THU, FRI, MON2, TUE2 = ("2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12",
                                  "2027-02-15", "2027-02-16")
ANNIE, LUC, SYLVIE = "Annie Cormier", "Luc Gallant", "Sylvie Arsenault"
EXAM, CLEAN, FILL, URG = "Checkup", "Cleaning", "Filling", "Emergency"
MIN = {EXAM: 30, CLEAN: 60, FILL: 60, URG: 30}


# A dentist's persona (its keys in the order callers are asked), "Oui." at the read-back.
p = partial(staffed_persona, confirm=YES)


def fr(n, name, start, service, resource, say=None, outcome="booked", lang="fr"):
    return expect(outcome, ap(D, n, name, start, service, resource, MIN[service]), lang=lang,
                  say=say)


add("d01", D, 1, p(["Bonjour, j'aurais besoin d'un nettoyage, mettons jeudi en après-midi."],
                   time=YES, name=["Rachelle Bourque"], phone=said(D, 1)),
    fr(1, "Rachelle Bourque", f"{THU}T14:00", CLEAN, SYLVIE),
    existing=[ex(f"{THU}T12:00", 60, SYLVIE, CLEAN), ex(f"{THU}T13:00", 60, SYLVIE, CLEAN)],
    note="'mettons jeudi en après-midi': Thursday afternoon; the hygienist is busy 12 to 2, "
         "a yes takes the first offered, 14:00")
add("d02", D, 2, p(["C'est-tu possible de passer à matin? J'ai une rage de dent."],
                   time=YES, name=["Réjean Poirier"], phone=said(D, 2)),
    fr(2, "Réjean Poirier", f"{TUE}T09:30", URG, ANNIE),
    note="'une rage de dent' names the emergency; 'à matin' is this morning: from 9:10, "
         "9:30 with the first dentist in the file")
add("d03", D, 3, p(["Je voudrais checker si j'ai un rendez-vous c'te semaine, je m'en rappelle "
                    "pus."] + BYE, other=BYE),
    expect("no_booking", lang="fr", say=["jeudi 11 février à 10 h"]),
    existing=[ex(f"{THU}T10:00", 60, SYLVIE, CLEAN, "Monique Arseneau", num(D, 3))],
    note="'checker si j'ai un rendez-vous' is a check of the caller's own; then goodbye")
add("d04", D, 4, p(["Faudrait que je cancelle mon nettoyage de vendredi."]),
    expect("cancelled", ap(D, 4, "Roland Gaudet", f"{FRI}T08:00", CLEAN, SYLVIE, 60),
           lang="fr"),
    existing=[ex(f"{FRI}T08:00", 60, SYLVIE, CLEAN, "Roland Gaudet", num(D, 4))],
    note="the anglicism 'que je cancelle' asks for a cancel; read back, yes")
add("d05", D, 5, p(["Mon examen de jeudi, pourriez-vous me le changer pour mardi prochain, "
                    "même heure?"], time=YES),
    expect("rescheduled", ap(D, 5, "Paul Léger", f"{TUE2}T15:00", EXAM, LUC, 30), lang="fr"),
    existing=[ex(f"{THU}T15:00", 30, LUC, EXAM, "Paul Léger", num(D, 5))],
    note="a move 'pour mardi prochain, même heure' said on a Tuesday (both readings: the "
         "16th) at 15:00; a move keeps its dentist")
add("d06", D, 6, p(["Un examen lundi, s'il vous plaît."], time=YES,
                   name=["Léo Bastarache"], phone=said(D, 6)),
    fr(6, "Léo Bastarache", f"{TUE2}T08:00", EXAM, ANNIE),
    note="Monday 15 is Family Day, closed: said so, Tuesday 16's times offered; a yes takes "
         "8:00 with the first dentist")
add("d07", D, 7, p(["J'aurais besoin d'un nettoyage mercredi, entre 1 h pis 3 h."],
                   time=["Jeudi à 13 h, d'abord."], name=["Ginette Cormier"],
                   phone=said(D, 7)),
    fr(7, "Ginette Cormier", f"{THU}T13:00", CLEAN, SYLVIE),
    note="'entre 1 h pis 3 h' is 13:00-15:00 ('pis' for 'et'); the hygienist is off on "
         "Wednesdays: nothing in the window, said so; the caller names Thursday at 13:00")
add("d08", D, 8, p(["Un examen mercredi à dix heures et demie."],
                   name=["Le nom c'est Jean-Philippe D'Amours."], phone=said(D, 8)),
    fr(8, "Jean-Philippe D'Amours", f"{WED}T10:30", EXAM, ANNIE),
    note="'dix heures et demie' is 10:30; 'D'Amours' keeps its capital (SPEC-fr 5.4)")
add("d09", D, 9, p(["Je voudrais un plombage jeudi à 9 h."],
                   name=["Mon prénom c'est Rachelle, pis mon nom de famille, c'est LeBlanc."],
                   phone=said(D, 9)),
    fr(9, "Rachelle LeBlanc", f"{THU}T09:00", FILL, ANNIE),
    note="labelled parts with 'pis'; 'LeBlanc' stays as said")
add("d10", D, 10, p(["Un examen vendredi à 11 h."], name=["Marc Doiron"],
                    phone=["Cinq zéro six, huit cinquante-huit, quatre-vingt-dix, "
                           "soixante-dix."]),
    expect("booked", ap(D, 10, "Marc Doiron", f"{FRI}T11:00", EXAM, ANNIE, 30)
           | {"phone": "+15068589070"}, lang="fr"),
    note="'huit cinquante-huit' is 8 then 58, 'quatre-vingt-dix' 90, 'soixante-dix' 70 "
         "(SPEC-fr 5.3); Luc is off on Fridays")
add("d11", D, 11, p(["Hi, I need a cleaning, Thursday morning if possible?"],
                    time=["Euh, excusez, je suis plus à l'aise en français. La première, c'est "
                          "correct."], name=["Gisèle Bourque"], phone=said(D, 11)),
    fr(11, "Gisèle Bourque", f"{THU}T09:00", CLEAN, SYLVIE),
    existing=[ex(f"{THU}T08:00", 60, SYLVIE, CLEAN)],
    note="an English opening, French from the time answer on; 'la première' takes the "
         "first offered, 9:00 (8:00 taken)")
add("d12", D, 12, p(["Est-ce que vous facturez direct à mon assurance?"] + BYE, other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["facturons directement"]),
    note="the business's own topic `insurance` asked in French ('mon assurance')")
add("d13", D, 13, p(["Je voudrais un examen avec le docteur Gallant jeudi à 11 h."],
                    name=["Nicole Robichaud"], phone=said(D, 13)),
    fr(13, "Nicole Robichaud", f"{THU}T11:00", EXAM, LUC), asked=True,
    note="a dentist asked by name ('le docteur Gallant'): only he is offered")
add("d14", D, 14, p(["Un examen mardi prochain à 9 h 30."], name=["Yvon Maillet"],
                    phone=said(D, 14)),
    fr(14, "Yvon Maillet", f"{TUE2}T09:30", EXAM, LUC),
    existing=[ex(f"{TUE2}T09:30", 30, ANNIE, EXAM)],
    note="'mardi prochain' on a Tuesday is the 16th (both readings); Annie is taken at "
         "9:30, so the next dentist in the file takes it")
add("d15", D, 15, p(["Bonjour, je voudrais prendre un rendez-vous."],
                    service=["Attendez un peu, je regarde mes papiers...",
                             "Un examen de routine."],
                    time=["Mercredi à 14 h."], name=["Suzanne Haché"], phone=said(D, 15)),
    fr(15, "Suzanne Haché", f"{WED}T14:00", EXAM, ANNIE),
    note="'attendez un peu' at the service question: the same question again")
add("d16", D, 16, p(["Ça me prendrait un examen vendredi à 8 h 30."],
                    name=["Pardon? Vous avez dit?", "Aurèle Savoie."], phone=said(D, 16)),
    fr(16, "Aurèle Savoie", f"{FRI}T08:30", EXAM, ANNIE),
    note="'pardon? vous avez dit?' at the name question repeats it")
add("d17", D, 17, p(["C'est combien pour un nettoyage?",
                     "OK, je vais en prendre un mardi prochain à 10 h."],
                    name=["Denise Allain"], phone=said(D, 17)),
    fr(17, "Denise Allain", f"{TUE2}T10:00", CLEAN, SYLVIE, say=["140 $"]),
    note="the price of a cleaning in French, then 'en prendre un' keeps the service")
add("d18", D, 18, p(["Un examen jeudi, midi et demi, ça serait-tu possible?"],
                    name=["Rose-Marie Landry"], phone=said(D, 18)),
    fr(18, "Rose-Marie Landry", f"{THU}T12:30", EXAM, ANNIE),
    note="'midi et demi' is 12:30")
add("d19", D, 19, p(["Un examen mercredi, n'importe quand après 1 h et quart."], time=YES,
                    name=["Hector Babineau"], phone=said(D, 19)),
    fr(19, "Hector Babineau", f"{WED}T13:30", EXAM, ANNIE),
    note="'après 1 h et quart' is after 13:15: a yes takes the first start in it, 13:30")

# ======================================================================= default (c)
calls = []
QC_TZ, NB_TZ, ON_TZ, MB_TZ = ("America/Montreal", "America/Moncton", "America/Toronto",
                              "America/Winnipeg")
# Montréal: Wednesday 10 February 2027, 14:20.
QC = probe_calls(calls, "r27-c", KIND, local_now("2027-02-10T14:20", QC_TZ), QC_TZ,
                 "+15145552700", LANGS)
# Moncton: Thursday 11 February, 10:40.
NB = probe_calls(calls, "r27-c", KIND, local_now("2027-02-11T10:40", NB_TZ), NB_TZ,
                 "+15065552700", LANGS)
# Sudbury: Monday 8 February, 15:10.
ON = probe_calls(calls, "r27-c", KIND, local_now("2027-02-08T15:10", ON_TZ), ON_TZ,
                 "+17055552700", LANGS)
# Saint-Boniface: Friday 12 February, 9:05.
MB = probe_calls(calls, "r27-c", KIND, local_now("2027-02-12T09:05", MB_TZ), MB_TZ,
                 "+12045552700", LANGS)


def bk(name, phone, start):
    return {"name": name, "phone": phone, "start": start}


# ---- Montréal (Wednesday 10 February, 14:20)
QC("q01", P(["Allô, j'aimerais ça booker un rendez-vous pour demain, genre en avant-midi."],
            time=["La première heure libre, c'est correct."], name=["Sylvain Gingras"],
            phone=["514 555 0701"], confirm=YES),
   "booked", bk("Sylvain Gingras", "+15145550701", "2027-02-11T09:30"),
   existing=[entry("2027-02-11T09:00")],
   note="'booker', 'genre en avant-midi': tomorrow morning; 'la première heure libre' "
        "takes the first offered (9:00 taken)")
QC("q02", P(["Avez-vous de quoi c'te semaine? Vendredi mettons, après 2 h."], time=YES,
            name=["Manon Beaulieu"], phone=["514 555 0702"], confirm=YES),
   "booked", bk("Manon Beaulieu", "+15145550702", "2027-02-12T14:30"),
   existing=[entry("2027-02-12T14:00")],
   note="'vendredi mettons, après 2 h': Friday after 14:00; 14:00 taken, a yes takes 14:30")
QC("q03", P(["Lundi à 10 h, s'il vous plaît."], name=["Éric Fortier"],
            phone=["Cinq un quatre, deux cent quatre-vingt-un, soixante-dix-sept, zéro huit."],
            confirm=YES),
   "booked", bk("Éric Fortier", "+15142817708", "2027-02-15T10:00"),
   note="'deux cent quatre-vingt-un' is 281, 'soixante-dix-sept' 77, 'zéro huit' 08")
QC("q04", P(["Je voudrais un rendez-vous jeudi à 11 h."], name=["Nadia Ouellet"],
            phone=["Pardon? Pouvez-vous répéter?", "514 555 0704"], confirm=YES),
   "booked", bk("Nadia Ouellet", "+15145550704", "2027-02-11T11:00"),
   note="'pardon? pouvez-vous répéter?' at the phone question repeats it")
QC("q05", P(["Je voudrais canceller mon rendez-vous de jeudi."], confirm=YES),
   "cancelled", bk("Pierre Brassard", "+15145552700", "2027-02-11T13:30"),
   existing=[entry("2027-02-11T13:30", "Pierre Brassard", "+15145552700")],
   note="the anglicism 'canceller' asks for a cancel")
QC("q06", P(["Un rendez-vous vendredi à 9 h 30."], name=["Euh, c'est Annie Lévesque-Roy."],
            phone=["514 555 0706"], confirm=YES),
   "booked", bk("Annie Lévesque-Roy", "+15145550706", "2027-02-12T09:30"),
   note="a hyphenated surname after 'euh, c'est'")
QC("q07", P(["Bonjour, un rendez-vous mardi prochain à 13 h 30."], name=["Kevin Gauthier"],
            phone=["514 555 0707"], confirm=["Yeah, that's perfect, thanks."]),
   "booked", bk("Kevin Gauthier", "+15145550707", "2027-02-16T13:30"), lang=None,
   note="'mardi prochain' said on a Wednesday (both readings: the 16th); a yes in English "
        "at the read-back books")
QC("q08", P(["Jeudi, midi et demi, ça serait-tu possible?"], name=["Julie Paquette"],
            phone=["514 555 0708"], confirm=YES),
   "booked", bk("Julie Paquette", "+15145550708", "2027-02-11T12:30"),
   note="'midi et demi' is 12:30")
QC("q09", P(["J'appelle pour un rendez-vous vendredi à 10 h."],
            name=["Moi c'est Guylaine Saint-Pierre."], phone=["Le même numéro."],
            confirm=YES),
   "booked", bk("Guylaine Saint-Pierre", "+15145552700", "2027-02-12T10:00"),
   note="'moi c'est' cue, 'Saint-Pierre' kept as said; 'le même numéro' is the caller id")
QC("q10", P(["Je voudrais un rendez-vous."],
            time=["Attendez un peu, je regarde mon agenda...", "Mardi prochain à 11 h."],
            name=["Hélène Brisebois"], phone=["514 555 0710"], confirm=YES),
   "booked", bk("Hélène Brisebois", "+15145550710", "2027-02-16T11:00"),
   note="'attendez un peu' at the time question: take your time, the same question")
QC("q11", P(["Un rendez-vous demain à 15 h."],
            name=["Ah, pis laissez faire, je vais rappeler plus tard."]),
   "no_booking", no_appt=True,
   note="'laissez faire, je vais rappeler' at the name question ends the call")
QC("q12", P(["Je voudrais un rendez-vous la semaine prochaine, jeudi à 15 h 30."],
            name=["Louis Bergeron"], phone=["514 555 0712"], confirm=YES),
   "booked", bk("Louis Bergeron", "+15145550712", "2027-02-18T15:30"),
   note="'la semaine prochaine, jeudi' is Thursday 18")
QC("q13", P(["Vous auriez-tu de la place aujourd'hui en après-midi?"], time=YES,
            name=["Chantal Morin"], phone=["514 555 0713"], confirm=YES),
   "booked", bk("Chantal Morin", "+15145550713", "2027-02-10T14:30"),
   note="'aujourd'hui en après-midi' at 14:20: a yes takes 14:30")

# ---- Moncton (Thursday 11 February, 10:40)
NB("a01", P(["Bonjour, je voudrais faire un appointment pour demain après-midi, mettons vers "
             "3 heures."], name=["Réal Arsenault"], phone=["506 555 0801"], confirm=YES),
   "booked", bk("Réal Arsenault", "+15065550801", "2027-02-12T15:00"),
   note="Acadian 'appointment'; 'demain après-midi, mettons vers 3 heures' is 15:00")
NB("a02", P(["J'ai besoin de checker mon appointment, je m'en rappelle pus c'est quand."] + BYE,
            other=BYE),
   "no_booking", existing=[entry("2027-02-15T09:30", "Lorette Doiron", "+15065552700")],
   say=["lundi 15 février à 9 h 30"],
   note="'checker mon appointment' is a check; told, then goodbye")
NB("a03", P(["Je voudrais changer mon appointment de mardi pour mercredi à 10 heures."],
            time=YES, confirm=YES),
   "rescheduled", bk("Edgar Boudreau", "+15065552700", "2027-02-17T10:00"),
   existing=[entry("2027-02-16T14:00", "Edgar Boudreau", "+15065552700")],
   note="a move 'de mardi pour mercredi à 10 heures'")
NB("a04", P(["Un rendez-vous lundi à 11 h."], name=["Colette Richard"],
            phone=["Cinq zéro six, huit cinq sept, trente, zéro neuf."], confirm=YES),
   "booked", bk("Colette Richard", "+15068573009", "2027-02-15T11:00"),
   note="digits, then the pairs 'trente' (30) and 'zéro neuf' (09)")
NB("a05", P(["Je voudrais parler à la réceptionniste, s'il vous plaît."]),
   "transferred", no_appt=True, note="'la réceptionniste' transfers (SPEC-fr 5.6)")
NB("a06", P(["Bonjour, ici Rhéal Thériault. Je voudrais un rendez-vous mercredi à 2 h."],
            phone=["506 555 0806"], confirm=YES),
   "booked", bk("Rhéal Thériault", "+15065550806", "2027-02-17T14:00"),
   note="'ici <nom>' at the start of the opening gives the name; 'à 2 h' is 14:00")
NB("a07", P(["Je voudrais un rendez-vous, pis ça serait pour vendredi avant-midi."], time=YES,
            name=["Bernadette Gallant"], phone=["506 555 0807"], confirm=YES),
   "booked", bk("Bernadette Gallant", "+15065550807", "2027-02-12T10:00"),
   existing=busy("2027-02-12", "09:00", "09:30"),
   note="'vendredi avant-midi' (hyphenated) is Friday morning; 9:00 and 9:30 taken")

# ---- reminders, Moncton (Thursday 11 February, 10:40)
rem_lines = []
ODETTE = {"name": "Odette LeBlanc", "phone": "+15065552799", "start": "2027-02-12T10:00",
          "minutes": 30}
rem = probe_reminders(rem_lines, "r27-r", KIND, local_now("2027-02-11T10:40", NB_TZ), NB_TZ,
                      LANGS, ODETTE)
rem("r1", ["Oui, j'vais être là, certain."], "confirmed",
    note="'oui ... certain' confirms")
rem("r2", ["Non, je pourrai pas, faudrait le canceller.", "Oui."], "cancelled",
    note="'faudrait le canceller': read back, a yes cancels")
rem("r3", ["Je pourrais-tu le changer pour lundi à la même heure?", "Oui."], "rescheduled",
    appt_start="2027-02-15T10:00", time=["Lundi à la même heure.", "Oui."],
    note="a move to Monday 'à la même heure': 10:00")
rem("r4", [], "voicemail", answered="machine", note="a machine: one voicemail")

# ---- Sudbury (Monday 8 February, 15:10)
ON("o01", P(["Bonjour, je m'appelle Lise Lalonde, pis j'aimerais un rendez-vous mercredi "
             "avant midi."], time=YES, phone=["705 555 0901"], confirm=YES),
   "booked", bk("Lise Lalonde", "+17055550901", "2027-02-10T11:00"),
   existing=busy("2027-02-10", "09:00", "10:30"),
   note="name in the opening; 'avant midi' (two words) is before 12:00; 9:00-10:30 taken")
ON("o02", P(["Vous auriez-tu de la place à soir?"], time=["Demain à 9 h, d'abord."],
            name=["Gérald Chartrand"], phone=["705 555 0902"], confirm=YES),
   "booked", bk("Gérald Chartrand", "+17055550902", "2027-02-09T09:00"),
   note="'à soir' is this evening: closed then, said so; the caller takes tomorrow at 9")
ON("o03", P(["Un rendez-vous jeudi à 10 h 30."], name=["Francine Bélanger"],
            phone=["Sept zéro cinq, six soixante-dix, quatre-vingts, onze."], confirm=YES),
   "booked", bk("Francine Bélanger", "+17056708011", "2027-02-11T10:30"),
   note="'six soixante-dix' is 6 then 70, 'quatre-vingts' 80, 'onze' 11 (SPEC-fr 5.3)")
ON("o04", P(["Hi, I'd like to book for Thursday at 11."], name=["Denis Thibault"],
            phone=["Ah, c'est-tu correct si je continue en français? C'est le sept zéro cinq, "
                   "cinq cinq cinq, zéro neuf, zéro quatre."], confirm=YES),
   "booked", bk("Denis Thibault", "+17055550904", "2027-02-11T11:00"),
   note="an English opening, French from the phone answer on: the agent follows in French")
ON("o05", P(["Jeudi, n'importe quand après 1 h et quart."], time=YES, name=["Roch Séguin"],
            phone=["705 555 0905"], confirm=YES),
   "booked", bk("Roch Séguin", "+17055550905", "2027-02-11T13:30"),
   note="'après 1 h et quart' is after 13:15; a yes takes 13:30")
ON("o06", P(["Un rendez-vous mercredi à 15 h."], name=["Ghislaine Larocque"],
            phone=["705 555 0906"], confirm=["Répétez, s'il vous plaît?", "Oui, c'est beau."]),
   "booked", bk("Ghislaine Larocque", "+17055550906", "2027-02-10T15:00"),
   note="'répétez' at the read-back repeats it; 'c'est beau' is a yes")
ON("o07", P(["Je voudrais un rendez-vous vendredi à 13 h."],
            name=["Mettez ça au nom de Paul-Émile de la Durantaye."], phone=["705 555 0907"],
            confirm=YES),
   "booked", bk("Paul-Émile de La Durantaye", "+17055550907", "2027-02-12T13:00"),
   note="'de' lower case, 'La' upper case (SPEC-fr 5.4)")
ON("o08", P(["Dans deux semaines, à 10 h, ça serait parfait."], name=["Yolande Roy"],
            phone=["705 555 0908"], confirm=YES),
   "booked", bk("Yolande Roy", "+17055550908", "2027-02-22T10:00"),
   note="'dans deux semaines' is +14 days, Monday 22")

# ---- Saint-Boniface (Friday 12 February, 9:05)
MB("m01", P(["Allô, c'est pour un rendez-vous lundi en après-midi, entre 1 h pis 3 h."],
            time=YES, name=["Lucien Gosselin"], phone=["204 555 1001"], confirm=YES),
   "booked", bk("Lucien Gosselin", "+12045551001", "2027-02-15T13:30"),
   existing=[entry("2027-02-15T13:00")],
   note="'entre 1 h pis 3 h' is 13:00-15:00; 13:00 taken, a yes takes 13:30")
MB("m02", P(["Je voudrais un rendez-vous au plus vite."], time=YES, name=["Thérèse Nault"],
            phone=["204 555 1002"], confirm=YES),
   "booked", bk("Thérèse Nault", "+12045551002", "2027-02-12T09:30"),
   note="beyond the SPEC's words: 'au plus vite' is 'le plus tôt possible'; from 9:05, 9:30")
MB("m03", P(["Un rendez-vous mardi à 14 h 30."], name=["Je suis Roger Lagimodière."],
            phone=["204 555 1003"], confirm=YES),
   "booked", bk("Roger Lagimodière", "+12045551003", "2027-02-16T14:30"),
   note="'je suis <nom>' at the name question")
MB("m04", P(["Faudrait annuler mon rendez-vous de jeudi."],
            phone=["Deux zéro quatre, deux trente-trois, quarante-quatre, vingt-deux."],
            confirm=YES),
   "cancelled", bk("Jeannine Dupas", "+12042334422", "2027-02-18T10:00"),
   caller_id=None, existing=[entry("2027-02-18T10:00", "Jeannine Dupas", "+12042334422")],
   note="no caller id: the number asked, '2 33 44 22' as a digit and pairs")
MB("m05", P(["Je voulais juste checker l'heure de mon rendez-vous de mardi.", "OK, merci!"],
            other=["OK, merci!"]),
   "no_booking", existing=[entry("2027-02-16T11:00", "Albert Chaput", "+12045552700")],
   say=["mardi 16 février à 11 h"], note="'checker l'heure de mon rendez-vous' is a check")
MB("m06", P(["J'aimerais ça prendre un rendez-vous mercredi, genre vers 2 h."],
            name=["Corinne Lavallée"], phone=["204 555 1006"], confirm=YES),
   "booked", bk("Corinne Lavallée", "+12045551006", "2027-02-17T14:00"),
   note="'genre vers 2 h' is 14:00 ('genre' a filler)")
MB("m07", P(["Un rendez-vous lundi à 9 h."], name=["Marcel Fillion"], phone=["204 555 1007"],
            confirm=["Ah, oubliez ça, je vais checker avec ma femme avant."]),
   "no_booking", no_appt=True, note="'oubliez ça' at the read-back ends the call")
MB("m08", P(["Je reste pas loin d'icitte, pourriez-vous me prendre jeudi prochain vers 10 h?"],
            name=["Denise Chartier"], phone=["204 555 1008"], confirm=YES),
   "booked", bk("Denise Chartier", "+12045551008", "2027-02-18T10:00"),
   note="'icitte'; 'jeudi prochain' said on a Friday (both readings: the 18th); 'vers 10 h'")

# ======================================================================= variants (v-)
# Written after the fixes: new phrasings of the families fixed (a check asked by the
# appointment's hour or day as a noun; thanks alone after an answer; a move to "la semaine
# d'après"/"suivante", "deux semaines plus tard").
MB("v-01", P(["Pourriez-vous me dire la date de mon prochain rendez-vous?", "Merci ben!"],
             other=["Merci ben!"]),
   "no_booking", existing=[entry("2027-02-17T15:30", "Gilberte Dupuis", "+12045552700")],
   say=["mercredi 17 février à 15 h 30"],
   note="c-m05's family: 'la date de mon prochain rendez-vous' asks about the caller's own")
add("v-02", D, 41, p(["Je voulais vérifier l'heure de mon examen de jeudi."] + BYE, other=BYE),
    expect("no_booking", lang="fr", say=["jeudi 11 février à 11 h"]),
    existing=[ex(f"{THU}T11:00", 30, ANNIE, EXAM, "Lorraine Boudreau", num(D, 41))],
    note="c-m05's family: 'l'heure de mon examen' (a service) after 'vérifier'")
QC("v-03", P(["J'ai oublié l'heure de mon rendez-vous de vendredi.", "Parfait, merci!"],
             other=["Parfait, merci!"]),
   "no_booking", existing=[entry("2027-02-12T11:30", "Jacques Vallières", "+15145552700")],
   say=["vendredi 12 février à 11 h 30"],
   note="c-m05's family: 'oublié l'heure de mon rendez-vous'")
ON("v-04", P(["Un rendez-vous jeudi, à l'heure de mon dîner, mettons midi."],
             name=["Réjeanne Côté"], phone=["705 555 0914"], confirm=YES),
   "booked", bk("Réjeanne Côté", "+17055550914", "2027-02-11T12:00"),
   note="c-m05's fix kept in bounds: 'l'heure de mon dîner' is the caller's own lunch "
        "hour, a booking")
add("v-05", D, 42, p(["Prenez-vous la carte de débit?", "Parfait, merci!"],
                     other=["Parfait, merci!"]),
    expect("no_booking", no_appt=True, lang="fr", say=["débit"]),
    note="d-s7's family (found probing after the blind run): thanks alone after an answer "
         "end the call")
NB("v-06", P(["Vous êtes situés où, exactement?", "OK, merci ben."], other=["OK, merci ben."]),
   "no_booking", no_appt=True,
   note="d-s7's family: 'OK, merci ben' after a question the agent cannot answer. Amended "
        "after its first run: it asked the opening hours, after which the agent asks "
        "'Voulez-vous prendre un rendez-vous?', where 'OK' is a yes (SPEC-fr 5.6)")
add("v-07", D, 43, p(["C'est où, votre clinique?", "Correct, merci."],
                     other=["Correct, merci."]),
    expect("no_booking", no_appt=True, lang="fr", say=["Champlain"]),
    note="d-s7's family: 'correct, merci' after the address")
add("v-08", D, 44, p(["Mon nettoyage de jeudi, je peux pas y aller, faudrait le tasser à la "
                      "semaine d'après, même jour, même heure."], time=YES),
    expect("rescheduled", ap(D, 44, "Jean-Guy Bourgeois", "2027-02-18T10:00", CLEAN, SYLVIE,
                             60), lang="fr"),
    existing=[ex(f"{THU}T10:00", 60, SYLVIE, CLEAN, "Jean-Guy Bourgeois", num(D, 44))],
    note="found probing after the blind run: 'la semaine d'après, même jour, même heure' "
         "is a week after the appointment (Thursday 18 at 10:00), not next Monday")
NB("v-09", P(["Mon rendez-vous de mardi, pourriez-vous le remettre à la semaine suivante, "
              "même heure?"], time=YES, confirm=YES),
   "rescheduled", bk("Hervé Cormier", "+15065552700", "2027-02-23T14:00"),
   existing=[entry("2027-02-16T14:00", "Hervé Cormier", "+15065552700")],
   note="the same family: 'la semaine suivante, même heure' is Tuesday 23 at 14:00")
rem("v-10", ["Je pourrais-tu le mettre deux semaines plus tard, même heure?", "Oui."],
    "rescheduled", appt_start="2027-02-26T10:00",
    time=["Deux semaines plus tard, même heure.", "Oui."],
    note="the same family in a reminder: 'deux semaines plus tard' is Friday 26 at 10:00")
rem("v-11", ["Non, faudrait le tasser à la semaine d'après, même heure.", "Oui."],
    "rescheduled", appt_start="2027-02-19T10:00", time=["La semaine d'après, même heure."],
    note="the same family in a reminder, found probing after v-10: 'la semaine d'après, "
         "même heure' is Friday 19 at 10:00, not next Monday (the time reader's reading "
         "of the week alone)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    tomls = {DENT: os.path.join(HERE, DENT)}
    n = write_jsonl(os.path.join(HERE, "calls_fr_round27.jsonl"), R.lines + calls + rem_lines,
                    business_by_name(tomls))
    print(f"wrote {n} calls")
