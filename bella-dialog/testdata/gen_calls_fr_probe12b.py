#!/usr/bin/env python3
"""Writes calls_fr_probe12b.jsonl: the French forms of probe round 12's service and staff
cases (gen_probe12_business.py; docs/services.md, docs/french.md) against
`businesses/spa_bilingue.toml`, a French-first salon and spa in Gatineau with French
service names (`name_fr`), three people on different days, a 15-minute grid and French
FAQ answers (`[faq_fr]`):

- a person not wanted: "pas avec Thomas", "n'importe qui sauf Thomas", "je préférerais ne
  pas voir Karine", "quelqu'un d'autre que Thomas", "mais pas Karine", said at the name
  question too;
- the cancellation rule asked, never a cancel: "c'est quoi votre politique
  d'annulation?", "y a-t-il des frais si j'annule?", "qu'est-ce qui arrive si je dois
  annuler?";
- cards named: "la carte Visa", "l'Interac", "le débit", "l'American Express";
- a question at the French reminder's "can you still make it?";
- a service by its length or by a word only it has: "le massage d'une heure", "le
  massage d'une heure et demie", "juste une coupe";
- "la même personne que la dernière fois", "la même massothérapeute qu'avant": the
  person of the known caller's latest past appointment (a new caller: anyone).

Written from the SPECs, the docs and callslib's slot oracle, and committed before Bella
ran on it; `write_jsonl` checks each booked start against the oracle (the first free
person in the file's order when none is asked for).

Run: python3 bella-dialog/testdata/gen_calls_fr_probe12b.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, business_by_name, expect, local_now,  # noqa: E402
                      persona, probe_call, probe_reminder, write_jsonl)

SPA = "businesses/spa_bilingue.toml"
TZ = "America/Toronto"
# Monday 2027-03-01, before opening.
NOW = local_now("2027-03-01T08:30", TZ)
KIND = "probe12b"
LANGS = ["fr-CA", "en-CA"]
MON, TUE, WED, THU, FRI, SAT = ("2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04",
                                "2027-03-05", "2027-03-06")
KARINE, THOMAS, EMILIE = "Karine Lavoie", "Thomas Bélanger", "Émilie Roy"
CUT, COLOUR, RELAX, THERA = ("Haircut", "Hair colour", "Relaxation massage",
                             "Therapeutic massage")
lines = []


def add(cid, n, persona_, outcome, appointment=None, existing=(), say=None, note=""):
    """Call `cid` from +1 819 555 01`n` (the number the persona gives too)."""
    exp = expect(outcome, appointment, False, "fr", say)
    lines.append(probe_call(f"p12b-fr-{cid}", KIND, NOW, TZ, f"+181955501{n:02}", existing,
                            persona_, exp, LANGS, SPA, note))


def p(intent=(), time=(), name=(), phone=(), confirm=("Oui.",)):
    return persona(intent, name, phone, time, confirm, ())


def ap(name, n, start, service, resource, minutes):
    return appt(name, f"+181955501{n:02}", start, service=service, resource=resource,
                minutes=minutes)


def tel(n):
    return [f"819 555 01{n:02}"]


def ex(start, minutes, resource, service, name=None, n=None):
    e = {"start": start, "minutes": minutes}
    if name:
        e["name"] = name
        e["phone"] = f"+181955501{n:02}"
    e["resource"] = resource
    e["service"] = service
    return e


# ---------------- a person not wanted ------------------------------------------------
add("n01", 1, p(["Bonjour, je voudrais une coupe de cheveux mardi à 10 h, mais pas avec "
                 "Thomas s'il vous plaît."], name=["Julie Côté"], phone=tel(1)),
    "booked", ap("Julie Côté", 1, f"{TUE}T10:00", CUT, EMILIE, 30),
    note="'pas avec Thomas' leaves the other hairdresser (Thomas is free, first in the file)")
add("n02", 2, p(["Une coloration jeudi à 13 h, avec n'importe qui sauf Thomas."],
                name=["Martin Pelletier"], phone=tel(2)),
    "booked", ap("Martin Pelletier", 2, f"{THU}T13:00", COLOUR, EMILIE, 90),
    note="'n'importe qui sauf Thomas'")
add("n03", 3, p(["Je voudrais un massage de détente jeudi à 11 h. Je préférerais ne pas "
                 "voir Karine."], name=["Sylvie Gauthier"], phone=tel(3)),
    "booked", ap("Sylvie Gauthier", 3, f"{THU}T11:00", RELAX, EMILIE, 60),
    note="'je préférerais ne pas voir Karine' (Karine works Thursdays, first in the file)")
add("n04", 4, p(["J'aimerais une coloration mardi à 9 h avec quelqu'un d'autre que Thomas."],
                name=["Nathalie Roy"], phone=tel(4)),
    "booked", ap("Nathalie Roy", 4, f"{TUE}T09:00", COLOUR, EMILIE, 90),
    note="'quelqu'un d'autre que Thomas'")
add("n05", 5, p(["Un massage de détente vendredi à 9 h, mais pas Karine."],
                name=["Denis Côté"], phone=tel(5)),
    "booked", ap("Denis Côté", 5, f"{FRI}T09:00", RELAX, EMILIE, 60),
    note="'mais pas Karine', no 'avec'")
add("n06", 6, p(["Une coupe de cheveux avec Thomas vendredi à 15 h."],
                name=["En fait, pas avec Thomas finalement, avec quelqu'un d'autre.",
                      "Marc Tremblay"], phone=tel(6)),
    "booked", ap("Marc Tremblay", 6, f"{FRI}T15:00", CUT, EMILIE, 30),
    note="the person asked for taken back at the name question: the other hairdresser")

# ---------------- the cancellation rule, asked ---------------------------------------
add("c01", 11, p(["C'est quoi votre politique d'annulation?",
                  "Parfait. Un massage de détente vendredi à 14 h d'abord."],
                 name=["Chantal Bouchard"], phone=tel(11)),
    "booked", ap("Chantal Bouchard", 11, f"{FRI}T14:00", RELAX, KARINE, 60),
    say=["24 heures"], note="the cancellation rule asked first: no cancel")
add("c02", 12, p(["Y a-t-il des frais si j'annule?",
                  "D'accord, une coupe de cheveux jeudi à 15 h."],
                 name=["Pierre Lévesque"], phone=tel(12)),
    "booked", ap("Pierre Lévesque", 12, f"{THU}T15:00", CUT, THOMAS, 30),
    say=["24 heures"], note="'des frais si j'annule' is the rule, not a cancel")
add("c03", 13, p(["Qu'est-ce qui arrive si je dois annuler?",
                  "Ok, je vais prendre une coloration vendredi à 9 h."],
                 name=["Isabelle Morin"], phone=tel(13)),
    "booked", ap("Isabelle Morin", 13, f"{FRI}T09:00", COLOUR, THOMAS, 90),
    say=["24 heures"], note="'qu'est-ce qui arrive si je dois annuler?' is the rule")

# ---------------- cards named --------------------------------------------------------
add("p01", 21, p(["Prenez-vous la carte Visa?",
                  "Ok. Un massage thérapeutique vendredi à 10 h."],
                 name=["Guy Fortin"], phone=tel(21)),
    "booked", ap("Guy Fortin", 21, f"{FRI}T10:00", THERA, KARINE, 90),
    say=["Visa"], note="a card named is a payment question")
add("p02", 22, p(["Je voudrais une coupe de cheveux samedi à 11 h."],
                 name=["Est-ce que vous prenez l'Interac?", "Luc Gagnon"], phone=tel(22)),
    "booked", ap("Luc Gagnon", 22, f"{SAT}T11:00", CUT, THOMAS, 30),
    say=["Interac"], note="'l'Interac' at the name question")
add("p03", 23, p(["Acceptez-vous le débit? Pis je voudrais un massage de détente jeudi "
                  "à 16 h."], name=["Josée Caron"], phone=tel(23)),
    "booked", ap("Josée Caron", 23, f"{THU}T16:00", RELAX, KARINE, 60),
    say=["débit"], note="'le débit' and a booking in one turn")
add("p04", 24, p(["Prenez-vous l'American Express?",
                  "Bon, une coupe de cheveux vendredi à 9 h."],
                 name=["Hélène Dion"], phone=tel(24)),
    "booked", ap("Hélène Dion", 24, f"{FRI}T09:00", CUT, THOMAS, 30),
    say=["Visa"], note="a card not taken: the answer lists those taken")

# ---------------- a service by its length or a word of its name ---------------------
add("s01", 31, p(["Je voudrais réserver le massage d'une heure jeudi à 10 h."],
                 name=["Annie Bergeron"], phone=tel(31)),
    "booked", ap("Annie Bergeron", 31, f"{THU}T10:00", RELAX, KARINE, 60),
    note="'le massage d'une heure': the one massage of an hour")
add("s02", 32, p(["Le massage d'une heure et demie, vendredi à 13 h, s'il vous plaît."],
                 name=["René Paquette"], phone=tel(32)),
    "booked", ap("René Paquette", 32, f"{FRI}T13:00", THERA, KARINE, 90),
    note="an hour and a half: the colour is 90 minutes too, the word massage picks")
add("s03", 33, p(["Juste une coupe, samedi à 10 h."], name=["Lise Girard"], phone=tel(33)),
    "booked", ap("Lise Girard", 33, f"{SAT}T10:00", CUT, THOMAS, 30),
    note="'juste une coupe': a word of one service's French name only")
add("s04", 34, p(["Je voudrais le massage de 90 minutes mardi à 13 h."],
                 name=["Yves Poirier"], phone=tel(34)),
    "booked", ap("Yves Poirier", 34, f"{TUE}T13:00", THERA, EMILIE, 90),
    note="'le massage de 90 minutes' (Karine is off Tuesdays)")

# ---------------- the same person as last time ---------------------------------------
add("m01", 41, p(["Bonjour, je voudrais une autre coupe de cheveux avec la même personne que "
                  "la dernière fois, vendredi à 11 h."]),
    "booked", ap("Nadia Roy", 41, f"{FRI}T11:00", CUT, EMILIE, 30),
    existing=[ex("2027-02-19T10:00", 30, EMILIE, CUT, "Nadia Roy", 41)],
    note="a known caller's 'même personne que la dernière fois' is the person of their past "
         "appointment (Thomas is free too, first in the file)")
add("m02", 42, p(["Un massage de détente jeudi à 14 h avec la même massothérapeute "
                  "qu'avant."]),
    "booked", ap("Paul Girard", 42, f"{THU}T14:00", RELAX, EMILIE, 60),
    existing=[ex("2027-02-22T13:00", 60, EMILIE, RELAX, "Paul Girard", 42)],
    note="'la même massothérapeute qu'avant' (Karine is free too, first in the file)")
add("m03", 43, p(["Une coupe de cheveux jeudi à 9 h avec la même personne que la dernière "
                  "fois."], name=["Sophie Boucher"], phone=tel(43)),
    "booked", ap("Sophie Boucher", 43, f"{THU}T09:00", CUT, THOMAS, 30),
    note="a new caller: no appointment to look at, anyone who is free")

# ---------------- variants, written after the blind run (ids `v`) ---------------------
add("v01", 51, p(["Une coloration jeudi à une heure, mais pas avec Émilie."],
                 name=["Carole Dufour"], phone=tel(51)),
    "booked", ap("Carole Dufour", 51, f"{THU}T13:00", COLOUR, THOMAS, 90),
    note="'à une heure' is a time, not a length; Émilie refused")
add("v02", 52, p(["Une coupe de cheveux à la même heure que la dernière fois, jeudi à 10 h."]),
    "booked", ap("Rose Lemieux", 52, f"{THU}T10:00", CUT, THOMAS, 30),
    existing=[ex("2027-02-18T10:00", 30, EMILIE, CUT, "Rose Lemieux", 52)],
    note="'la même heure que la dernière fois' asks for no person: the first free one")
add("v03", 53, p(["Je voudrais une coupe de cheveux avec la même coiffeuse qu'avant, mardi "
                  "à 14 h."]),
    "booked", ap("Manon Ouellet", 53, f"{TUE}T14:00", CUT, EMILIE, 30),
    existing=[ex("2027-01-20T10:00", 30, THOMAS, CUT, "Manon Ouellet", 53),
              ex("2027-02-17T10:00", 30, EMILIE, CUT, "Manon Ouellet", 53)],
    note="two past appointments: the person of the latest")
add("v04", 54, p(["Je dois annuler mon rendez-vous. C'est quoi votre politique "
                  "d'annulation?"]),
    "cancelled", ap("Gilles Simard", 54, f"{THU}T15:00", RELAX, KARINE, 60),
    existing=[ex(f"{THU}T15:00", 60, KARINE, RELAX, "Gilles Simard", 54)],
    note="a cancel asked beside the rule is still a cancel")
add("v05", 55, p(["Je voudrais un massage de détente vendredi à 11 h, sans Karine."],
                 name=["Louise Vachon"], phone=tel(55)),
    "booked", ap("Louise Vachon", 55, f"{FRI}T11:00", RELAX, EMILIE, 60),
    note="'sans Karine'")

# ---------------- a question at the French reminder ----------------------------------
REM = appt("Claire Dubé", "+18195550150", f"{THU}T14:00", minutes=60, service=RELAX,
           resource=EMILIE)
REM_NOW = local_now(f"{WED}T10:00", TZ)


def rem(cid, persona_, expected, note=""):
    line = probe_reminder(f"p12b-fr-{cid}", KIND, REM_NOW, TZ, "human", REM, [], LANGS,
                          persona_, expected, note)
    line["business"] = SPA
    lines.append(line)


rem("r01", p(confirm=["Y a-t-il du stationnement?", "Oui, je serai là."]),
    expect("confirmed", REM, lang="fr", say=["stationnement gratuit"]),
    note="a question at the reminder is answered, then the question asked again")
rem("r02", p(confirm=["C'est quoi votre politique d'annulation, déjà?",
                      "Oui, je vais être là."]),
    expect("confirmed", REM, lang="fr", say=["24 heures"]),
    note="the cancellation rule asked at a reminder: no cancel")
rem("r03", p(confirm=["Oui. Est-ce que vous prenez l'Interac?"]),
    expect("confirmed", REM, lang="fr", say=["Interac"]),
    note="a yes and a question in one turn")


business_for = business_by_name({SPA: os.path.join(HERE, SPA)})


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe12b.jsonl"), lines, business_for)
    print(n, "cases")
