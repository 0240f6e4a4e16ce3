#!/usr/bin/env python3
"""Writes fr_probe9.jsonl: French turns of the round-9 call probe
(`bella-dialog/testdata/gen_calls_fr_probe9.py`) as extraction cases: answers to a
reminder that name nobody ("oui oui j'vais être là", "c'est qui?"), another number said
in French words after a sentence, "deux mille vingt-six", corrections, windows ("entre
midi et deux", "pas le matin", "avant-midi, mais pas avant 10 h", "la semaine prochaine
après 14 h"), English words ("2 h PM", "next week") and paging turns that give no time.
Expected values worked out by hand from SPEC-fr.md at Wednesday 2026-12-02 08:40 in
Toronto, committed before Bella was run on them.

Run: python3 gen_fr_probe9.py > fr_probe9.jsonl"""
from blindlib import window as W
from fr_case import Turns

A = ("2026-12-02T08:40:00-05:00", "America/Toronto")
N = "name"
turns = Turns(A)
name, phone, time = turns.name, turns.phone, turns.time


name("oui oui j'vais être là", None)
name("c'est qui?", None)
name("c'est quand mon rendez-vous déjà", None)
name("non je peux pas", None)
name("josée arsenault", "Josée Arsenault", N)
name("non, mon nom c'est luc gagné", "Luc Gagné")
name("c'est josée arsenault", "Josée Arsenault")
phone("ah c'est sous le numéro de mon mari, quatre cinq zéro, cinq cinq cinq, quatre-vingt-dix-neuf, zéro sept",
      "+14505559907")
phone("le 514, cinq cinq cinq, zéro un, cinquante", "+15145550150", "phone")
phone("mon cell c'est le quatre un huit, cinq cinq cinq, deux mille vingt-six", "+14185552026")
phone("non le numéro c'est pas ça. c'est le 418 555 2027", "+14185552027")
time("jeudi entre midi et deux", "2026-12-03", None, W("12:00", "14:00"))
time("demain, mais pas le matin", "2026-12-03", None, W("12:00", None))
time("vendredi avant-midi, mais pas avant 10 h", "2026-12-04", "morning", W("10:00", None))
time("n'importe quand la semaine prochaine après 14 h", "2026-12-07", None, W("14:00", None))
time("jeudi, genre 2 h PM", "2026-12-03T14:00")
time("euh, lundi next week à 9 h", "2026-12-07T09:00")
time("10 h 30, c'est correct", "2026-12-02T10:30")
time("16 h d'abord", "2026-12-02T16:00")
time("non, c'est pas la bonne heure, c'est 14 h 30", "2026-12-02T14:30")
time("est-ce que je pourrais le mettre en après-midi à la place", "2026-12-02", "afternoon")
time("non, pas jeudi, je travaille. vendredi après 15 h, c'est possible?", "2026-12-04", None, W("15:00", None))
time("pouvez-vous le déplacer à vendredi", "2026-12-04")
time("aucune ne me convient", None)
time("avez-vous autre chose?", None)
time("plus tard?", None)

turns.write(lambda i, kind: f"fp9-{kind}-{i:03d}")
