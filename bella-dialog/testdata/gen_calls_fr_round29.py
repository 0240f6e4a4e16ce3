#!/usr/bin/env python3
"""Writes calls_fr_round29.jsonl: French (fr-CA) calls, round 29 (SPEC §3, §3.1, §3.2,
SPEC-fr §5), written blind from the SPECs and the business file before Bella ran on them,
the week of Easter 2027 (after the change to daylight time). One request per call:
bookings, cancels, moves, checks, questions about the business, reminders.

- `businesses/massotherapie_levis.toml` (`L`, new): a massage clinic in Lévis whose
  services have French names (the stored names), on a 30-minute grid, open weekdays 9 to
  8 and Saturday morning, closed on Good Friday and Easter Monday; two therapists (Julie:
  every service, the only one for prenatal massage, first in the file, off on Mondays,
  9 to 5 on weekdays; Mathieu: noon to 8 on weekdays, off on Saturdays, away on
  Wednesday 31 March): "icitte", "à matin", "checker", "pantoute", "mettons", "drette à
  9 h", "en fin d'avant-midi", "après le dîner", the closed Friday and Monday, a therapist
  asked by name on his day away and outside her hours, a price, the business's own topics
  `receipts` and `gift_cards` asked in French, a stall at the service question, "vous
  dites?" at the read-back, English to French and French to English switches, numbers
  with "soixante-dix-sept", "quatre-vingt-dix" and "deux fois cinq", a cancel, a move,
  a check, a transfer.
- the default business (`c`) in Montréal, Moncton (Acadian), Gatineau and Winnipeg
  (Franco-Manitoban): the same wordings, "pardon?" at the name, "vous dites?" at the
  phone, "vous pouvez répéter?" at the offers, "une minute" as a stall, a time corrected
  at the name question ("non, attendez, mettons plutôt 11 h"), "pas pantoute" at the
  read-back with a corrected day, "oubliez ça, je vais rappeler", "l'heure la plus
  proche", "ici <nom>" with "d'Aoust", a closed Good Friday given in `closed`, an English
  caller who switches to French; and three reminders.

Beyond the SPEC's words, each case built so that every sensible reading gives one answer
(its note says how): "en fin d'avant-midi" (late morning) has the morning taken up to
10:30 so the first free start in any reading of it is 11:00; "après le dîner" (Quebec:
after lunch) has 12:00-13:00 taken so "after noon" and "after 1" both give 13:00; "deux
fois cinq" in a number is 55, as §2's "double five".

Outcomes worked out by hand; every booked or moved start is checked against callslib's
slot oracle, and a booking where the caller asks for nobody goes to the first free
resource in the file's order (docs/services.md).

Blind score, the release build of main (dbd1ea6) before the fixes: 56/58 by score.py,
56/58 with the wording checks. Failed: a05 ("je voudrais checker si mon appointment c'est
ben mardi": the anglicism "appointment" was not heard as a rendez-vous, so it was read as
a booking) and w05 ("vous dites?" at the phone question: not a repeat, a failed answer,
so the caller id was offered and used instead of the number said next). After the fixes
58/58. Twelve variants (`v-01` to `v-12`), written after the fixes: 7/12 by score.py
on main's binary (6/12 with the wording: v-06's "pas saisi"), 12/12 after. Probing after
the blind run found two more families (v-13 to v-17: "j'ai un rendez-vous demain pis
faudrait le mettre à lundi" booked anew instead of moved; "parler à du vrai monde" not a
request for a person): 2/5 on main's binary, 5/5 after. Probing the massage clinic
found three more (v-18 to v-22: a receipt asked for was put through at once although
the business has a `receipts` topic; "je voudrais acheter une carte-cadeau" and "I'd
like to buy a gift card" were read as bookings; "non merci, c'est tout" at the service
question was asked again until the transfer): 1/5 on main's binary, 5/5 after. Last,
"passez-moi quelqu'un" (v-23, v-24) was no request for a person, and "après le souper"
(v-25, v-26; Quebec: after the evening meal) did not make "vers 7 h" an evening hour.
All twenty-six: 11/26 by score.py on main's binary (10/26 with the wording), 26/26
after.

Run: python3 bella-dialog/testdata/gen_calls_fr_round29.py
"""
import os
import sys
from functools import partial

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, busy, entry, expect, local_now,  # noqa: E402
                      persona as P, probe_calls, probe_reminders, staffed as ex,
                      staffed_persona, business_by_name, write_jsonl)

KIND = "fr_round29"
LANGS = ["fr-CA", "en-CA"]
YES = ["Oui."]
BYE = ["Merci, ce sera tout. Bonne journée!"]
NO_THANKS = ["Non merci, ce sera tout."]

# ======================================================================= Lévis (L)
LEVIS = "businesses/massotherapie_levis.toml"
TZ = {LEVIS: "America/Toronto"}
# Tuesday 23 March 2027 at 9:10.
NOW = {LEVIS: "2027-03-23T09:10"}
AREA = {LEVIS: "418"}
R = BusinessRound("r29", KIND, TZ, NOW, AREA, {LEVIS: LANGS})
num, said, ap = R.num, R.said, R.ap
add = R.add_staffed
L = LEVIS
TUE, WED, THU, FRI, SAT, MON2, TUE2, WED2, THU2 = (
    "2027-03-23", "2027-03-24", "2027-03-25", "2027-03-26", "2027-03-27", "2027-03-29",
    "2027-03-30", "2027-03-31", "2027-04-01")
JULIE, MATH = "Julie Bergeron", "Mathieu Lemieux"
SUED, THER, PREN = "Massage suédois", "Massage thérapeutique", "Massage prénatal"
MIN = {SUED: 60, THER: 90, PREN: 60}

# A massage persona (its keys in the order callers are asked), "Oui." at the read-back.
p = partial(staffed_persona, confirm=YES)


def fr(n, name, start, service, resource, say=None, outcome="booked", lang="fr"):
    return expect(outcome, ap(L, n, name, start, service, resource, MIN[service]), lang=lang,
                  say=say)


add("L01", L, 1, p(["Bonjour, j'aurais besoin d'un massage suédois jeudi en fin "
                    "d'avant-midi."], time=YES, name=["Chantal Roy"], phone=said(L, 1)),
    fr(1, "Chantal Roy", f"{THU}T11:00", SUED, JULIE),
    existing=[ex(f"{THU}T09:00", 120, JULIE, THER)],
    note="beyond the SPEC's words: 'en fin d'avant-midi' is late morning; Julie is taken "
         "9:00-11:00 and Mathieu starts at noon, so every reading gives 11:00; a yes takes it")
add("L02", L, 2, p(["Je voudrais un massage thérapeutique mercredi après le dîner."],
                   time=YES, name=["Luc Bélanger"], phone=said(L, 2)),
    fr(2, "Luc Bélanger", f"{WED}T13:00", THER, JULIE),
    existing=[ex(f"{WED}T12:00", 60, JULIE, SUED), ex(f"{WED}T12:00", 60, MATH, SUED)],
    note="beyond the SPEC's words: 'après le dîner' (Quebec: after lunch); both therapists "
         "taken 12:00-13:00, so 'after noon' and 'after 1' both give 13:00, Julie first in "
         "the file; the free morning must not be offered")
add("L03", L, 3, p(["Allô, c'est-tu icitte qu'on prend les rendez-vous pour les massages? "
                    "J'en voudrais un prénatal samedi à 10 h."], name=["Audrey Pelletier"],
                   phone=said(L, 3)),
    fr(3, "Audrey Pelletier", f"{SAT}T10:00", PREN, JULIE),
    note="'icitte' (here) in a booking request; 'un prénatal' names the prenatal massage "
         "(Julie's only); Saturday 27 at 10:00")
add("L04", L, 4, p(["Un massage suédois mardi prochain. J'ai pas pantoute de préférence "
                    "pour l'heure."], time=YES, name=["Réjean Fortin"], phone=said(L, 4)),
    fr(4, "Réjean Fortin", f"{TUE2}T09:00", SUED, JULIE),
    note="'pas pantoute de préférence' is no preference, not a no; 'mardi prochain' said on "
         "a Tuesday (both readings: the 30th); a yes takes the first start, 9:00 with Julie")
add("L05", L, 5, p(["Bonjour, je voudrais prendre un rendez-vous."],
                   service=["Mettons un massage thérapeutique."],
                   time=["Mettons jeudi à 14 h."], name=["Isabelle Caron"], phone=said(L, 5)),
    fr(5, "Isabelle Caron", f"{THU}T14:00", THER, JULIE),
    note="'mettons' (let's say) before the service and before the time: Thursday 14:00, "
         "90 minutes end at 15:30 inside Julie's hours")
add("L06", L, 6, p(["Je voudrais un massage suédois demain, drette à 9 h."],
                   name=["Guy Lachance"], phone=said(L, 6)),
    fr(6, "Guy Lachance", f"{WED}T09:00", SUED, JULIE),
    note="'drette à 9 h' (right at 9) is 09:00 tomorrow")
add("L07", L, 7, p(["Un massage suédois vendredi, c'est-tu possible?"], time=YES,
                   name=["Nathalie Boucher"], phone=said(L, 7)),
    fr(7, "Nathalie Boucher", f"{SAT}T09:00", SUED, JULIE),
    note="Friday 26 is closed (Good Friday): said so, the next open day (Saturday 27) "
         "offered; Mathieu is off on Saturdays, a yes takes 9:00 with Julie")
add("L08", L, 8, p(["Avez-vous de la place lundi pour un massage thérapeutique?"], time=YES,
                   name=["Martin Gosselin"], phone=said(L, 8)),
    fr(8, "Martin Gosselin", f"{TUE2}T09:00", THER, JULIE),
    note="Monday 29 is closed (Easter Monday): said so, the next open day (Tuesday 30) "
         "offered; a yes takes 9:00 with Julie")
add("L09", L, 9, p(["Est-ce que Mathieu est disponible mercredi le 31 pour un massage "
                    "suédois?"], time=["Ah bon. Jeudi à 13 h avec lui, d'abord."],
                   name=["Pierre Vachon"], phone=said(L, 9)),
    fr(9, "Pierre Vachon", f"{THU}T13:00", SUED, MATH), asked=True,
    note="Mathieu asked by name on his day away (Wednesday 31): said so, other times "
         "offered; the caller takes Thursday (the 25th) at 13:00 with him")
add("L10", L, 10, p(["Un massage prénatal avec Julie mardi à 18 h, c'est-tu possible?"],
                    time=["Ah, 16 h d'abord."], name=["Émilie Rousseau"], phone=said(L, 10)),
    fr(10, "Émilie Rousseau", f"{TUE2}T16:00", PREN, JULIE), asked=True,
    note="Julie stops at 5 on weekdays: 18:00 refused, other times offered; '16 h d'abord' "
         "keeps Tuesday (the 30th: a weekday is never today)")
add("L11", L, 11, p(["C'est combien, un massage thérapeutique?",
                     "Parfait, j'en prendrais un jeudi à 15 h 30."],
                    name=["Sylvain Giguère"], phone=said(L, 11)),
    fr(11, "Sylvain Giguère", f"{THU}T15:30", THER, JULIE, say=["130 $"]),
    note="the price in French, then 'j'en prendrais un' keeps the service; 15:30 + 90 "
         "minutes ends at 17:00 with Julie")
add("L12", L, 12, p(["Vendez-vous des cartes-cadeaux?"] + BYE, confirm=NO_THANKS, other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["cartes-cadeaux"]),
    note="the business's own topic `gift_cards` asked in French ('cartes-cadeaux'); no "
         "booking")
add("L13", L, 13, p(["Est-ce que vous donnez des reçus pour les assurances?"] + BYE,
                    confirm=NO_THANKS, other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["reçus"]),
    note="the business's own topic `receipts` asked in French ('des reçus'); no booking")
add("L14", L, 14, p(["Vous êtes situés où, exactement?"] + BYE, confirm=NO_THANKS,
                    other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["Guillaume-Couture"]),
    note="the address asked in French; the French answer; no booking")
add("L15", L, 15, p(["Faudrait que j'annule mon massage de jeudi, j'ai attrapé la grippe."]),
    expect("cancelled", ap(L, 15, "Lise Tremblay", f"{THU}T14:00", SUED, JULIE, 60),
           lang="fr"),
    existing=[ex(f"{THU}T14:00", 60, JULIE, SUED, "Lise Tremblay", num(L, 15))],
    note="a cancel of the caller's Thursday massage; read back, yes")
add("L16", L, 16, p(["Pourriez-vous déplacer mon massage de mercredi à jeudi, même heure?"],
                    time=YES),
    expect("rescheduled", ap(L, 16, "Daniel Poulin", f"{THU}T15:00", THER, MATH, 90),
           lang="fr"),
    existing=[ex(f"{WED}T15:00", 90, MATH, THER, "Daniel Poulin", num(L, 16))],
    note="a move 'de mercredi à jeudi, même heure': Thursday 25 at 15:00; a move keeps its "
         "therapist (Mathieu)")
add("L17", L, 17, p(["J'aimerais checker l'heure de mon massage de samedi."] + BYE,
                    other=BYE),
    expect("no_booking", lang="fr", say=["samedi 27 mars à 10 h"]),
    existing=[ex(f"{SAT}T10:00", 60, JULIE, PREN, "Josiane Cloutier", num(L, 17))],
    note="'checker l'heure de mon massage' is a check of the caller's own: told, then "
         "goodbye")
add("L18", L, 18, p(["Un massage suédois mercredi à 10 h."], name=["Stéphane Morin"],
                    phone=said(L, 18), confirm=["Vous dites? Quelle heure?", "Oui, c'est beau."]),
    fr(18, "Stéphane Morin", f"{WED}T10:00", SUED, JULIE),
    note="'vous dites?' at the read-back repeats it; then 'oui, c'est beau'")
add("L19", L, 19, p(["Bonjour, je voudrais un massage."],
                    service=["Euh... laissez-moi y penser une seconde.", "Un suédois."],
                    time=["Jeudi à 9 h 30."], name=["Karine Dionne"], phone=said(L, 19)),
    fr(19, "Karine Dionne", f"{THU}T09:30", SUED, JULIE),
    note="'laissez-moi y penser une seconde' at the service question is a stall: the same "
         "question, no failure; then 'un suédois'")
add("L20", L, 20, p(["Hi, I'd like to book a massage, please."],
                    service=["Oh, vous parlez français? Parfait. Un massage suédois."],
                    time=["Jeudi à 16 h."], name=["Kevin Labbé"], phone=said(L, 20)),
    fr(20, "Kevin Labbé", f"{THU}T16:00", SUED, JULIE),
    note="an English opening, French from the service answer on: the agent follows in "
         "French; Thursday 16:00-17:00 fits Julie, first in the file")
add("L21", L, 21, p(["Bonjour, un massage thérapeutique mardi à 13 h."],
                    name=["Sorry, can we switch to English? My name is Ryan Cooper."],
                    phone=["Four one eight, five five five, zero one two one."],
                    confirm=["Yes, that's right."]),
    fr(21, "Ryan Cooper", f"{TUE2}T13:00", THER, JULIE, lang=None),
    note="a French opening, English from the name on: the agent follows in English")
add("L22", L, 22, p(["Je voudrais parler à la réceptionniste, s'il vous plaît."]),
    expect("transferred", no_appt=True, lang="fr"),
    note="'la réceptionniste' transfers (SPEC-fr 5.6)")
add("L23", L, 23, p(["Un massage suédois jeudi à 10 h."], name=["Marc-André Nadeau"],
                    phone=["Quatre un huit, huit trente-trois, soixante-dix-sept, "
                           "quatre-vingt-dix."]),
    expect("booked", ap(L, 23, "Marc-André Nadeau", f"{THU}T10:00", SUED, JULIE, 60)
           | {"phone": "+14188337790"}, lang="fr"),
    note="'huit trente-trois' is 8 then 33, 'soixante-dix-sept' 77, 'quatre-vingt-dix' 90 "
         "(SPEC-fr 5.3): 418 833-7790")
add("L24", L, 24, p(["Un massage thérapeutique mercredi à 9 h 30."], name=["Josée Lapierre"],
                    phone=["Quatre un huit, deux fois cinq, cinq, zéro un, vingt-quatre."]),
    fr(24, "Josée Lapierre", f"{WED}T09:30", THER, JULIE),
    note="beyond the SPEC-fr words: 'deux fois cinq' is 55, as §2's 'double five'; then 5, "
         "01, 24: 418 555-0124")
add("L25", L, 25, p(["Je voudrais un massage suédois."],
                    time=["Jeudi à 10 h, non attendez, plutôt à 11 h."],
                    name=["Hugo Bérubé"], phone=said(L, 25)),
    fr(25, "Hugo Bérubé", f"{THU}T11:00", SUED, JULIE),
    note="a time corrected in the same turn ('non attendez, plutôt à 11 h'): the later, "
         "Thursday kept")
add("L26", L, 26, p(["Bonjour, Sophie Laflamme à l'appareil, je voudrais un massage prénatal "
                     "samedi à 11 h."], name=["Sophie Laflamme"], phone=said(L, 26)),
    fr(26, "Sophie Laflamme", f"{SAT}T11:00", PREN, JULIE),
    note="'… à l'appareil' gives the name in the opening; Saturday 11:00-12:00 with Julie")
add("L27", L, 27, p(["Un massage thérapeutique mardi prochain, entre 1 h pis 3 h."],
                    time=YES, name=["Denis Bouchard"], phone=said(L, 27)),
    fr(27, "Denis Bouchard", f"{TUE2}T13:00", THER, MATH),
    existing=[ex(f"{TUE2}T13:00", 60, JULIE, SUED)],
    note="'entre 1 h pis 3 h' is 13:00-15:00; 'mardi prochain' on a Tuesday is the 30th; "
         "Julie taken at 13:00, so a yes takes 13:00 with Mathieu")
add("L28", L, 28, p(["Un massage suédois à matin, c'tu possible?"], time=YES,
                    name=["France Gagnon"], phone=said(L, 28)),
    fr(28, "France Gagnon", f"{TUE}T09:30", SUED, JULIE),
    note="'à matin' is this morning: at 9:10 the first start is 9:30 with Julie; a yes "
         "takes it")

# ======================================================================= default (c)
calls = []
MTL_TZ, NB_TZ, GA_TZ, MB_TZ = ("America/Toronto", "America/Moncton", "America/Toronto",
                               "America/Winnipeg")
# Montréal: Wednesday 24 March 2027, 13:40.
MT = probe_calls(calls, "r29-c", KIND, local_now("2027-03-24T13:40", MTL_TZ), MTL_TZ,
                 "+15145552900", LANGS)
# Moncton: Thursday 25 March, 10:20.
NB = probe_calls(calls, "r29-c", KIND, local_now("2027-03-25T10:20", NB_TZ), NB_TZ,
                 "+15065552900", LANGS)
# Gatineau: Monday 22 March, 8:50.
GA = probe_calls(calls, "r29-c", KIND, local_now("2027-03-22T08:50", GA_TZ), GA_TZ,
                 "+18195552900", LANGS)
# Winnipeg (Saint-Boniface): Tuesday 23 March, 15:05.
MB = probe_calls(calls, "r29-c", KIND, local_now("2027-03-23T15:05", MB_TZ), MB_TZ,
                 "+12045552900", LANGS)


def bk(name, phone, start):
    return {"name": name, "phone": phone, "start": start}


# ---- Montréal (Wednesday 24 March, 13:40)
MT("m01", P(["Bonjour, j'aurais besoin d'un rendez-vous demain en fin d'avant-midi."],
            time=YES, name=["Valérie Côté"], phone=["514 555 0101"], confirm=YES),
   "booked", bk("Valérie Côté", "+15145550101", "2027-03-25T11:00"),
   existing=busy("2027-03-25", "09:00", "10:30"),
   note="beyond the SPEC's words: 'en fin d'avant-midi'; 9:00-11:00 taken so every "
        "reading of late morning gives 11:00; a yes takes it")
MT("m02", P(["Avez-vous de la place vendredi après le dîner?"], time=YES,
            name=["Robert Lavoie"], phone=["514 555 0102"], confirm=YES),
   "booked", bk("Robert Lavoie", "+15145550102", "2027-03-26T13:00"),
   existing=busy("2027-03-26", "12:00", "12:30"),
   note="beyond the SPEC's words: 'après le dîner' (after lunch); 12:00-13:00 taken so "
        "'after noon' and 'after 1' both give 13:00; the free morning must not be offered")
MT("m03", P(["Un rendez-vous lundi à 11 h."], name=["Nicole Bergeron"],
            phone=["Cinq un quatre, cinq cinq cinq, soixante-dix-sept, soixante et onze."],
            confirm=YES),
   "booked", bk("Nicole Bergeron", "+15145557771", "2027-03-29T11:00"),
   note="'soixante-dix-sept' 77 and 'soixante et onze' 71 in pairs (SPEC-fr 5.3)")
MT("m04", P(["Un rendez-vous jeudi à 14 h."],
            name=["Pardon? J'ai pas bien entendu.", "Geneviève Paquette"],
            phone=["514 555 0104"], confirm=YES),
   "booked", bk("Geneviève Paquette", "+15145550104", "2027-03-25T14:00"),
   note="'pardon? j'ai pas bien entendu' at the name question repeats it")
MT("m05", P(["Faudrait que j'annule mon rendez-vous de lundi."], confirm=YES),
   "cancelled", bk("André Leduc", "+15145552900", "2027-03-29T10:00"),
   existing=[entry("2027-03-29T10:00", "André Leduc", "+15145552900")],
   note="a cancel of the caller's Monday, found by caller id; read back, yes")
MT("m06", P(["Je voudrais un rendez-vous, mettons mardi prochain vers 10 h."],
            name=["Claude Beaulieu"], phone=["514 555 0106"], confirm=YES),
   "booked", bk("Claude Beaulieu", "+15145550106", "2027-03-30T10:00"),
   note="'mettons' (let's say); 'mardi prochain' said on a Wednesday (both readings: the "
        "30th); 'vers 10 h' is 10:00")
MT("m07", P(["Hi, I need an appointment Thursday at 3."],
            name=["Euh, excusez, je suis plus à l'aise en français. Mon nom c'est Josée "
                  "Ménard."], phone=["514 555 0107"], confirm=YES),
   "booked", bk("Josée Ménard", "+15145550107", "2027-03-25T15:00"),
   note="an English opening, French from the name answer on: the agent follows in French")

# ---- Moncton (Thursday 25 March, 10:20)
NB("a01", P(["Bonjour, j'appelle pour booker un appointment icitte, mardi à 2 h."],
            name=["Edgar Gallant"], phone=["506 555 0201"], confirm=YES),
   "booked", bk("Edgar Gallant", "+15065550201", "2027-03-30T14:00"),
   note="Acadian 'booker un appointment icitte'; 'à 2 h' is 14:00 (bare hour)")
NB("a02", P(["Y aurait-tu moyen d'avoir un rendez-vous à matin?"], time=YES,
            name=["Rita LeBlanc"], phone=["506 555 0202"], confirm=YES),
   "booked", bk("Rita LeBlanc", "+15065550202", "2027-03-25T11:00"),
   existing=[entry("2027-03-25T10:30")],
   note="'à matin' is this morning: from 10:20, 10:30 taken, a yes takes 11:00; "
        "'LeBlanc' keeps its capital")
NB("a03", P(["Un rendez-vous pour demain."], time=["Drette après le dîner, si c'est "
                                                     "possible.", "Oui."],
            name=["Léonard Arsenault"], phone=["506 555 0203"], confirm=YES),
   "booked", bk("Léonard Arsenault", "+15065550203", "2027-03-26T13:00"),
   existing=busy("2027-03-26", "12:00", "12:30"),
   note="beyond the SPEC's words: 'drette après le dîner' (right after lunch); 12:00-13:00 "
        "taken, so every reading gives 13:00, offered first; a yes takes it")
NB("a04", P(["Un rendez-vous vendredi, c'est-tu ouvert?"], time=YES,
            name=["Yvette Cormier"], phone=["506 555 0204"], confirm=YES),
   "booked", bk("Yvette Cormier", "+15065550204", "2027-03-29T09:00"),
   closed=["2027-03-26"],
   note="Friday 26 (Good Friday) closed by `closed`: said so, Monday 29 offered, a yes "
        "takes 9:00")
NB("a05", P(["Je voudrais checker si mon appointment c'est ben mardi.", "Parfait, merci!"],
            other=["Parfait, merci!"]),
   "no_booking", existing=[entry("2027-03-30T13:30", "Aurèle Robichaud", "+15065552900")],
   say=["mardi 30 mars à 13 h 30"],
   note="'checker si mon appointment c'est ben mardi' is a check of the caller's own; told")
NB("a06", P(["Un rendez-vous mardi à 10 h."], name=["Gisèle Thériault"],
            phone=["506 555 0206"],
            confirm=["Non, pas pantoute, c'est mercredi que je voulais, même heure.", "Oui."]),
   "booked", bk("Gisèle Thériault", "+15065550206", "2027-03-31T10:00"),
   note="'non, pas pantoute' at the read-back is a no with the day corrected: Wednesday "
        "31 at 10:00, read back, yes")
NB("a07", P(["Je voudrais parler à un préposé, s'il vous plaît."]),
   "transferred", no_appt=True,
   note="'un préposé' transfers (SPEC-fr 5.6)")

# ---- Gatineau (Monday 22 March, 8:50)
GA("g01", P(["Un rendez-vous mercredi à 9 h 30."], name=["Lucie Charron"],
            phone=["Huit un neuf, quatre-vingt-dix-sept, quatre, quatre-vingt-dix, zéro "
                   "trois."], confirm=YES),
   "booked", bk("Lucie Charron", "+18199749003", "2027-03-24T09:30"),
   note="'quatre-vingt-dix-sept' 97, 'quatre' 4, 'quatre-vingt-dix' 90, 'zéro trois' 03: "
        "819 974-9003 (SPEC-fr 5.3)")
GA("g02", P(["Je voudrais changer mon rendez-vous de mercredi pour jeudi, même heure."],
            time=YES, confirm=YES),
   "rescheduled", bk("Normand Lalonde", "+18195552900", "2027-03-25T14:30"),
   existing=[entry("2027-03-24T14:30", "Normand Lalonde", "+18195552900")],
   note="a move 'de mercredi pour jeudi, même heure': Thursday 25 at 14:30")
GA("g03", P(["Je voudrais prendre un rendez-vous."],
            time=["Une minute, je regarde mon calendrier.", "Vendredi à 15 h 30."],
            name=["Michel Séguin"], phone=["819 555 0303"], confirm=YES),
   "booked", bk("Michel Séguin", "+18195550303", "2027-03-26T15:30"),
   note="'une minute, je regarde mon calendrier' at the time question is a stall, not a "
        "check; then Friday 15:30")
GA("g04", P(["Un rendez-vous demain, mais pas avant 10 h."], time=YES,
            name=["Chantale Brazeau"], phone=["819 555 0304"], confirm=YES),
   "booked", bk("Chantale Brazeau", "+18195550304", "2027-03-23T10:30"),
   existing=[entry("2027-03-23T10:00")],
   note="'pas avant 10 h' is after 10:00; 10:00 taken, a yes takes 10:30")
GA("g05", P(["Je prendrais l'heure la plus proche, n'importe quoi."], time=YES,
            name=["Raymond Proulx"], phone=["819 555 0305"], confirm=YES),
   "booked", bk("Raymond Proulx", "+18195550305", "2027-03-22T10:00"),
   existing=busy("2027-03-22", "09:00", "09:30"),
   note="'l'heure la plus proche' is the earliest free from now (8:50): 9:00-10:00 taken, "
        "10:00")
GA("g06", P(["Bonjour, ici Marc-Olivier d'Aoust, je voudrais un rendez-vous jeudi à 10 h."],
            name=["Marc-Olivier d'Aoust"], phone=["819 555 0306"], confirm=YES),
   "booked", bk("Marc-Olivier D'Aoust", "+18195550306", "2027-03-25T10:00"),
   note="'ici <nom>' at the start gives the name; 'd'Aoust' glued to the surname takes the "
        "apostrophe rule: D'Aoust (SPEC-fr 5.4)")
GA("g07", P(["Un rendez-vous mercredi après-midi."],
            time=["Vous pouvez répéter, s'il vous plaît?", "Oui, la première, c'est correct."],
            name=["Diane Lacroix"], phone=["819 555 0307"], confirm=YES),
   "booked", bk("Diane Lacroix", "+18195550307", "2027-03-24T13:00"),
   existing=busy("2027-03-24", "12:00", "12:30"),
   note="'vous pouvez répéter?' at the offers repeats them; 'oui, la première' takes the "
        "earliest offered: the afternoon's first free, 13:00 (12:00-13:00 taken)")

# ---- Winnipeg, Saint-Boniface (Tuesday 23 March, 15:05)
MB("w01", P(["Avez-vous encore de la place aujourd'hui?"],
            time=["Demain à 9 h 30, d'abord."], name=["Gilles Bisson"],
            phone=["204 555 0401"], confirm=YES),
   "booked", bk("Gilles Bisson", "+12045550401", "2027-03-24T09:30"),
   existing=busy("2027-03-23", "15:30", "16:30"),
   note="at 15:05 the rest of today is taken: said so, the nearest times offered; the "
        "caller takes tomorrow at 9:30")
MB("w02", P(["Un rendez-vous jeudi à 11 h 30."], name=["Monique Dupuis"],
            phone=["Deux zéro quatre, deux fois cinq, cinq, zéro quatre, zéro deux."],
            confirm=YES),
   "booked", bk("Monique Dupuis", "+12045550402", "2027-03-25T11:30"),
   note="beyond the SPEC-fr words: 'deux fois cinq' is 55, as §2's 'double five': "
        "204 555-0402")
MB("w03", P(["Bonjour, c'est Roger Lafrenière, je voudrais un rendez-vous jeudi en fin "
             "d'avant-midi."], time=YES, name=["Roger Lafrenière"], phone=["204 555 0403"],
            confirm=YES),
   "booked", bk("Roger Lafrenière", "+12045550403", "2027-03-25T11:00"),
   existing=busy("2027-03-25", "09:00", "10:30"),
   note="the name in the opening ('c'est <nom>'); beyond the SPEC's words: 'en fin "
        "d'avant-midi' with 9:00-11:00 taken, 11:00 in every reading")
MB("w04", P(["Un rendez-vous vendredi à 10 h."],
            name=["Euh, non, attendez, mettons plutôt 11 h.", "Denis Gagné"],
            phone=["204 555 0404"], confirm=YES),
   "booked", bk("Denis Gagné", "+12045550404", "2027-03-26T11:00"),
   note="a time corrected at the name question ('mettons plutôt 11 h'): Friday kept, "
        "11:00, no failure counted; then the name")
MB("w05", P(["Un rendez-vous lundi à 13 h 30."], name=["Paulette Fréchette"],
            phone=["Vous dites?", "204 555 0405"], confirm=YES),
   "booked", bk("Paulette Fréchette", "+12045550405", "2027-03-29T13:30"),
   note="'vous dites?' at the phone question repeats it")
MB("w06", P(["Un rendez-vous jeudi à 9 h."], name=["Ah, oubliez ça, je vais rappeler."]),
   "no_booking", no_appt=True,
   note="'oubliez ça, je vais rappeler' ends the call politely (SPEC-fr 5.6)")

# ---- reminders, Winnipeg (Tuesday 23 March, 15:05)
rem_lines = []
LOUISE = {"name": "Louise Nault", "phone": "+12045550499", "start": "2027-03-24T10:00",
          "minutes": 30}
rem = probe_reminders(rem_lines, "r29-r", KIND, local_now("2027-03-23T15:05", MB_TZ), MB_TZ,
                      LANGS, LOUISE)
rem("r1", ["Oui, pas de trouble, je vais être là."], "confirmed",
    note="'oui, pas de trouble' (no problem) confirms: the 'pas' is not a no")
rem("r2", ["Vous dites? C'est quand?", "Oui, c'est correct."], "confirmed",
    note="'vous dites?' repeats the reminder; then a yes")
rem("r3", ["Ah non, j'peux pus y aller, annulez-le.", "Oui."], "cancelled",
    note="'j'peux pus y aller, annulez-le': read back, a yes cancels")

# ======================================================================= variants (v-)
# Written after the fixes: new wordings of the families fixed (the anglicism
# "appointment" in a French check or move; "vous dites?" and its forms asked as a whole
# turn at any question) and of the blind's other probes.
NB("v-01", P(["Pouvez-vous checker si mon appointment est ben à 14 h 30?", "Parfait, merci!"],
             other=["Parfait, merci!"]),
   "no_booking", existing=[entry("2027-04-01T14:30", "Édouard Léger", "+15065552900")],
   say=["14 h 30"],
   note="a05's family: 'checker si mon appointment est ben à 14 h 30' is a check")
MB("v-02", P(["Pouvez-vous vérifier si mon appointment est ben lundi?", "Merci ben."],
             other=["Merci ben."]),
   "no_booking", existing=[entry("2027-03-29T09:30", "Réal Desrosiers", "+12045552900")],
   say=["lundi 29 mars à 9 h 30"],
   note="a05's family: 'vérifier si mon appointment est ben lundi' is a check")
NB("v-03", P(["Mon appointment de jeudi prochain, c'est-tu le matin ou l'après-midi?",
              "OK, merci."], other=["OK, merci."]),
   "no_booking", existing=[entry("2027-04-01T14:30", "Lorraine Gaudet", "+15065552900")],
   say=["14 h 30"],
   note="a05's family: 'mon appointment ... c'est-tu le matin ou l'après-midi?' asks "
        "about the caller's own; 'jeudi prochain' said on a Thursday is 1 April either way")
add("v-04", L, 44, p(["Je voudrais checker si mon appointment de massage tient toujours."]
                     + BYE, other=BYE),
    expect("no_booking", lang="fr", say=["jeudi 25 mars à 11 h"]),
    existing=[ex(f"{THU}T11:00", 60, JULIE, SUED, "Ginette Labrie", num(L, 44))],
    note="a05's family at the massage clinic: 'checker si mon appointment ... tient "
         "toujours' is a check")
add("v-05", L, 45, p(["Faudrait que je change mon appointment de mercredi pour jeudi, même "
                      "heure."], time=YES),
    expect("rescheduled", ap(L, 45, "Roch Tanguay", f"{THU}T10:00", SUED, JULIE, 60),
           lang="fr"),
    existing=[ex(f"{WED}T10:00", 60, JULIE, SUED, "Roch Tanguay", num(L, 45))],
    note="a05's family: 'change mon appointment de mercredi pour jeudi, même heure' is a "
         "move, Thursday 25 at 10:00 with Julie")
GA("v-06", P(["Un rendez-vous jeudi à 11 h."], name=["Hein? Vous dites?", "Carole Lepage"],
             phone=["819 555 0316"], confirm=YES),
   "booked", bk("Carole Lepage", "+18195550316", "2027-03-25T11:00"),
   not_say=["pas saisi"],
   note="w05's family: 'hein? vous dites?' at the name question repeats it: the same "
        "question, not 'je n'ai pas saisi votre nom' (no failed answer)")
MT("v-07", P(["Un rendez-vous lundi."], time=["Qu'est-ce que vous avez dit?", "La première."],
             name=["Sébastien Hamel"], phone=["514 555 0117"], confirm=YES),
   "booked", bk("Sébastien Hamel", "+15145550117", "2027-03-29T09:00"),
   note="w05's family: 'qu'est-ce que vous avez dit?' at the offers repeats them; 'la "
        "première' takes the earliest offered, 9:00")
add("v-08", L, 48, p(["Un massage suédois jeudi à 15 h."], name=["Marjolaine Fiset"],
                     phone=["Vous avez dit quoi?", "Mon cell, c'est le 418 555 0199."]),
    expect("booked", ap(L, 48, "Marjolaine Fiset", f"{THU}T15:00", SUED, JULIE, 60)
           | {"phone": "+14185550199"}, lang="fr"),
    note="w05's family: 'vous avez dit quoi?' at the phone question repeats it; the cell "
         "number said after it is kept, not the caller id")
MB("v-09", P(["Un rendez-vous mercredi à 10 h 30."], name=["Albert Chartier"],
             phone=["Pardon, vous dites?", "204 555 0409"], confirm=YES),
   "booked", bk("Albert Chartier", "+12045550409", "2027-03-24T10:30"),
   note="w05's family: 'pardon, vous dites?' at the phone question repeats it")
add("v-10", L, 50, p(["Mettons samedi, drette à 11 h, pour un massage suédois."],
                     name=["Rosalie Vézina"], phone=said(L, 50)),
    fr(50, "Rosalie Vézina", f"{SAT}T11:00", SUED, JULIE),
    note="'mettons' and 'drette à 11 h' in one opening: Saturday 27 at 11:00")
NB("v-11", P(["Un rendez-vous mardi à 9 h."], name=["Yvon Babineau"],
             phone=["Cinq zéro six, deux fois cinq, cinq, zéro deux, douze."], confirm=YES),
   "booked", bk("Yvon Babineau", "+15065550212", "2027-03-30T09:00"),
   note="beyond the SPEC-fr words: 'deux fois cinq' is 55 (§2's 'double five'): "
        "506 555-0212")
MT("v-12", P(["Avez-vous quelque chose lundi, après le dîner?"], time=YES,
             name=["Martine Lévesque"], phone=["514 555 0112"], confirm=YES),
   "booked", bk("Martine Lévesque", "+15145550112", "2027-03-29T13:00"),
   existing=busy("2027-03-29", "12:00", "12:30"),
   note="beyond the SPEC's words: 'après le dîner' with 12:00-13:00 taken: 13:00 in every "
        "reading; the free morning must not be offered")
# Found probing after the blind run (not in the file's first 58): "it" put at another
# time after "j'ai un rendez-vous <jour>" was read as a booking, and "parler à du vrai
# monde" (Quebec: real people) was not a request for a person.
NB("v-13", P(["Bonjour, j'ai un rendez-vous demain pis faudrait le mettre à lundi, même "
              "heure."], time=YES, confirm=YES),
   "rescheduled", bk("Léo Doiron", "+15065552900", "2027-03-29T11:00"),
   existing=[entry("2027-03-26T11:00", "Léo Doiron", "+15065552900")],
   note="found probing: 'j'ai un rendez-vous demain ... le mettre à lundi, même heure' "
        "moves the caller's own (it was booked anew)")
add("v-14", L, 54, p(["J'ai un rendez-vous samedi pour un massage, pouvez-vous le tasser à "
                      "jeudi, même heure?"], time=YES),
    expect("rescheduled", ap(L, 54, "Manon Roberge", f"{THU}T10:00", SUED, JULIE, 60),
           lang="fr"),
    existing=[ex(f"{SAT}T10:00", 60, JULIE, SUED, "Manon Roberge", num(L, 54))],
    note="the same family at the massage clinic: 'j'ai un rendez-vous samedi ... le "
         "tasser à jeudi, même heure' is a move to Thursday 25 at 10:00, Julie kept")
MB("v-15", P(["J'ai un appointment lundi, faudrait le reculer à mardi, même heure."],
             time=YES, confirm=YES),
   "rescheduled", bk("Denise Collette", "+12045552900", "2027-03-30T10:00"),
   existing=[entry("2027-03-29T10:00", "Denise Collette", "+12045552900")],
   note="the same family with the anglicism: 'j'ai un appointment lundi, faudrait le "
        "reculer à mardi' is a move to Tuesday 30 at 10:00")
MT("v-16", P(["J'aimerais parler à du vrai monde, s'il vous plaît."]),
   "transferred", no_appt=True,
   note="found probing: 'parler à du vrai monde' asks for a person: transferred")
GA("v-17", P(["Passez-moi du vrai monde, pas une machine."]),
   "transferred", no_appt=True,
   note="the same family: 'passez-moi du vrai monde, pas une machine' transfers; it is "
        "no question about who answers")
# Found probing later: a receipt asked for at a business with a `receipts` topic was
# put through at once as a matter for the team; a wish to buy a gift card was read as a
# booking; "non merci, c'est tout" at the service question was asked again until the
# transfer.
add("v-18", L, 58, p(["Je voudrais acheter une carte-cadeau pour ma mère."] + BYE,
                     confirm=NO_THANKS, other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["cartes-cadeaux"]),
    note="found probing: 'je voudrais acheter une carte-cadeau' asks the `gift_cards` "
         "topic (a wish to buy what no service is), no booking")
add("v-19", L, 59, p(["I'd like to buy a gift card for my wife."] + ["Thanks, that's all."],
                     confirm=["No thanks."], other=["Thanks, that's all."]),
    expect("no_booking", no_appt=True, say=["gift cards"]),
    note="the same family in English: 'I'd like to buy a gift card' is answered, no "
         "booking")
add("v-20", L, 60, p(["Est-ce que je peux avoir un reçu pour mes assurances?"],
                     service=["Non merci, c'est tout."], confirm=NO_THANKS, other=BYE),
    expect("no_booking", no_appt=True, lang="fr", say=["reçus"]),
    note="found probing: 'un reçu' is a matter for the team only where the business has "
         "no `receipts` topic: here it is answered; 'non merci, c'est tout' at the "
         "service question then ends the call (it was put through at once)")
add("v-21", L, 61, p(["Can I get a receipt for my insurance?"],
                     service=["No thanks, that's all."], confirm=["No thanks."],
                     other=["Thanks, bye."]),
    expect("no_booking", no_appt=True, say=["receipts"]),
    note="the same family in English: the `receipts` answer, then 'no thanks, that's "
         "all' at the service question ends the call")
add("v-22", L, 62, p(["Je voudrais m'acheter une carte-cadeau, pis prendre un massage "
                      "suédois jeudi à 10 h."], name=["Lucie Dumas"], phone=said(L, 62)),
    fr(62, "Lucie Dumas", f"{THU}T10:00", SUED, JULIE),
    note="the fix kept in bounds: a gift card and a service named in one turn: the "
         "booking goes on (Thursday 10:00 with Julie)")
# Found probing last: "passez-moi quelqu'un" was no request for a person.
GA("v-23", P(["Je veux pu rien savoir, passez-moi quelqu'un."]),
   "transferred", no_appt=True,
   note="found probing: 'passez-moi quelqu'un' asks for a person: transferred (it was "
        "read as a booking)")
add("v-24", L, 64, p(["Pouvez-vous me passer quelqu'un de la clinique, s'il vous plaît?"]),
    expect("transferred", no_appt=True, lang="fr"),
    note="the same family: 'me passer quelqu'un' transfers")
# Found probing last: "après le souper" (Quebec: after the evening meal) did not make
# a bare hour an evening one ("vers 7 h" was read as 07:00, before opening).
add("v-25", L, 65, p(["Un massage suédois jeudi après le souper, vers 7 h."],
                     name=["Nicole Paré"], phone=said(L, 65)),
    fr(65, "Nicole Paré", f"{THU}T19:00", SUED, MATH),
    note="found probing, beyond the SPEC's words: 'après le souper' is the evening, so "
         "'vers 7 h' is 19:00 (Mathieu works until 8)")
add("v-26", L, 66, p(["Un massage suédois mardi prochain après souper, mettons vers 7 h."],
                    name=["Guy Roy"], phone=said(L, 66)),
    fr(66, "Guy Roy", f"{TUE2}T19:00", SUED, MATH),
    note="the same family: 'après souper ... vers 7 h' is 19:00; 'mardi prochain' on a "
         "Tuesday is the 30th; 60 minutes with Mathieu end at 20:00")

if __name__ == "__main__":
    R.check_first_free(HERE)
    tomls = {LEVIS: os.path.join(HERE, LEVIS)}
    n = write_jsonl(os.path.join(HERE, "calls_fr_round29.jsonl"), R.lines + calls + rem_lines,
                    business_by_name(tomls))
    print(f"wrote {n} calls")
