#!/usr/bin/env python3
"""Writes calls_fr_probe18.jsonl: French calls probed by hand, round 18 (SPEC-fr.md 5 on
top of SPEC.md 3), Montréal and Québec (America/Montreal), Gatineau and Sudbury
(America/Toronto), Moncton (America/Moncton) and Saint-Boniface (America/Winnipeg)
callers, with what rounds 7-17 left out:

- same-day moves (`a`): "plus tard dans la journée", "plus tôt le même jour", "plus tôt
  dans la journée", said at the opening or at the new-time question, with one or two
  appointments on file: the free times after (or before) the appointment on its day are
  offered, earliest first (SPEC 3), so a yes or "la première" takes the first of them;
- starts said against the caller's own appointments (`b`), the French of the English
  probe rounds: "juste après mon rendez-vous de jeudi", "une heure avant mon rendez-vous
  de vendredi", "juste avant", "à la même heure que la dernière fois", a move "juste
  après celui de jeudi";
- several appointments on file in Quebec speech (`c`): "celui de mardi, là", "le
  premier", "mes deux rendez-vous", "les deux", "celui de l'après-midi", "celui de 2 h",
  "mon rendez-vous de mardi pis celui de jeudi aussi";
- mess (`d`): "attendez une seconde", "pardon?", "répétez, s'il vous plaît", "hein?
  répétez donc", numbers with "zéro" and a grouped "cinq cent cinquante-cinq" ("zéro cent
  vingt-trois" is 0, 1, 2, 3 by SPEC-fr 5.3), names spelled with French letters ("E
  accent aigu", "E accent grave", "O accent circonflexe"), corrections at the read-back
  ("non, c'est mercredi", "c'est 10 h 30, pas 10 h"), joual ("chu", "pis", "tsé",
  "faque", "mettons"), speech-to-text without accents, callers who switch to English;
- holidays closed by the business's own file (`e`, `businesses/dentiste_quebec.toml`,
  Québec City: the Fête nationale / Saint-Jean-Baptiste on Thursday 24 June 2027, 1 July,
  l'Action de grâce on Monday 11 October; Friday open 8 to noon): the day is said to be
  closed ("fermé") and the next open day's free times are offered.

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.
Where a case goes beyond the SPEC's words, its note says so. Calls where the caller
turns to English carry no `agent_lang`.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe18.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, business_by_name, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

DENTISTE = "businesses/dentiste_quebec.toml"
LANGS = ["fr-CA", "en-CA"]
calls = []

# Montréal: Wednesday 13 January 2027, 09:20.
MTL_TZ = "America/Montreal"
MTL = probe_calls(calls, "p18-fr", "probe18", local_now("2027-01-13T09:20", MTL_TZ), MTL_TZ,
                  "+15145551800", LANGS)
# Moncton: Monday 18 January, 10:40.
NB_TZ = "America/Moncton"
NB = probe_calls(calls, "p18-fr", "probe18", local_now("2027-01-18T10:40", NB_TZ), NB_TZ,
                 "+15065551800", LANGS)
# Saint-Boniface (Winnipeg): Thursday 14 January, 13:05.
MB_TZ = "America/Winnipeg"
MB = probe_calls(calls, "p18-fr", "probe18", local_now("2027-01-14T13:05", MB_TZ), MB_TZ,
                 "+12045551800", LANGS)
# Sudbury: Friday 15 January, 08:45 (before opening).
SU_TZ = "America/Toronto"
SU = probe_calls(calls, "p18-fr", "probe18", local_now("2027-01-15T08:45", SU_TZ), SU_TZ,
                 "+17055551800", LANGS)
# Gatineau: Tuesday 19 January, 11:30.
GA_TZ = "America/Toronto"
GA = probe_calls(calls, "p18-fr", "probe18", local_now("2027-01-19T11:30", GA_TZ), GA_TZ,
                 "+18195551800", LANGS)
# Québec City, the dental office: Monday 21 June 2027, 09:05, and Thursday 7 October,
# 14:20.
QC_TZ = "America/Montreal"
QC_JUNE = probe_calls(calls, "p18-fr", "probe18", local_now("2027-06-21T09:05", QC_TZ), QC_TZ,
                      "+14185551900", LANGS)
QC_OCT = probe_calls(calls, "p18-fr", "probe18", local_now("2027-10-07T14:20", QC_TZ), QC_TZ,
                     "+14185551900", LANGS)

BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
YES = ["Oui."]
MOVE_YES = ["Oui.", "Oui."]
# A repeat or a stall is no failed answer (SPEC 3).
NOT_CAUGHT = ["pas compris", "pas saisi"]
UNANSWERED = NOT_CAUGHT + ["un oui ou un non"]
CLOSED = ["fermé"]


def R(name, phone, start, **extra):
    return appt(name, phone, start, **extra)


def mine(start, name, phone, minutes=30):
    return entry(start, name, phone, minutes)


# ================================================================ same-day moves
n, p = "Gilles Pelletier", "+15145551801"
MTL("a01", P(["Mon rendez-vous de jeudi, pourriez-vous le mettre plus tard dans la journée?"],
             time=YES, confirm=MOVE_YES),
    "rescheduled", R(n, p, "2027-01-14T11:30"), caller_id=p,
    existing=[mine("2027-01-14T10:00", n, p)] + busy("2027-01-14", "10:30", "11:00"),
    not_say=["9 h"],
    note="'plus tard dans la journée': Thursday's times after 10:00 offered (10:30 and 11:00 "
         "taken), a yes takes the first; 9 h is earlier, never offered")
n, p = "Anne Arsenault", "+15065551802"
NB("a02", P(["J'ai un rendez-vous vendredi à 14 h. Est-ce que je pourrais venir plus tôt le même "
             "jour?"], time=YES, confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-22T12:00"), caller_id=p,
   existing=[mine("2027-01-22T14:00", n, p)] + busy("2027-01-22", "09:00", "11:30"),
   not_say=["15 h"],
   note="'plus tôt le même jour': Friday's times before 14:00, earliest first (9:00-11:30 "
        "taken): 12:00; a later hour is never offered")
n, p = "Réal Lagassé", "+12045551803"
MB("a03", P(["Pis là, mon rendez-vous de mardi, tsé, y aurait-tu moyen de le mettre plus tard "
             "dans la journée?"], time=YES, confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-19T11:00"), caller_id=p,
   existing=[mine("2027-01-19T09:30", n, p)] + busy("2027-01-19", "10:00", "10:30"),
   note="joual ('pis', 'tsé', 'y aurait-tu moyen'): Tuesday after 9:30, 10:00 and 10:30 taken")
n, p = "Lise Charbonneau", "+17055551804"
SU("a04", P(["Je voudrais avancer mon rendez-vous de lundi, plus tôt dans la journée."],
            time=["La première."], confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-18T09:30"), caller_id=p,
   existing=[mine("2027-01-18T15:30", n, p), entry("2027-01-18T09:00")],
   note="'plus tôt dans la journée': Monday before 15:30 offered (9:00 taken), the first")
n, p = "Denis Lacroix", "+18195551805"
GA("a05", P(["Je voudrais déplacer mon rendez-vous de jeudi."],
            time=["Plus tard dans la même journée, si c'est possible.", "Oui."], confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-21T13:00"), caller_id=p,
   existing=[mine("2027-01-21T11:00", n, p)] + busy("2027-01-21", "11:30", "12:30"),
   note="said at the new-time question: Thursday after 11:00 (11:30-12:30 taken), a yes")
n, p = "Nicole Gauthier", "+15145551806"
MTL("a06", P(["je voudrais changer mon rendez-vous de vendredi pour plus tot dans la journee"],
             time=YES, confirm=MOVE_YES),
    "rescheduled", R(n, p, "2027-01-15T10:00"), caller_id=p,
    existing=[mine("2027-01-15T16:00", n, p)] + busy("2027-01-15", "09:00", "09:30"),
    note="no accents ('plus tot', 'journee'): Friday before 16:00 (9:00, 9:30 taken)")
n, p = "Yvon Doucet", "+15065551807"
NB("a07", P(["J'ai deux rendez-vous chez vous. Celui de mardi, pouvez-vous le mettre plus tard "
             "dans la journée?"], time=YES, confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-19T11:00"), caller_id=p,
   existing=[mine("2027-01-19T10:00", n, p), mine("2027-01-21T10:00", n, p),
             entry("2027-01-19T10:30")],
   note="two on file, 'celui de mardi' later the same day (10:30 taken): 11:00")

# ================================================================ the caller's own appointments
n, p = "Hélène Bédard", "+15145551811"
MTL("b01", P(["Je voudrais prendre un autre rendez-vous juste après mon rendez-vous de jeudi."],
             [n + "."], ["Le numéro d'où j'appelle."], [], YES),
    "booked", R(n, p, "2027-01-14T10:30"), caller_id=p,
    existing=[mine("2027-01-14T10:00", n, p)],
    note="'juste après mon rendez-vous de jeudi': its end, 10:30 (the French of own.rs; beyond "
         "the SPEC's words)")
n, p = "Marc Cormier", "+15065551812"
NB("b02", P(["Pouvez-vous me donner un rendez-vous une heure avant mon rendez-vous de vendredi?"],
            [n + "."], ["Le même numéro."], [], YES),
   "booked", R(n, p, "2027-01-22T13:00"), caller_id=p,
   existing=[mine("2027-01-22T14:00", n, p)],
   note="'une heure avant mon rendez-vous de vendredi': 14:00 less an hour")
n, p = "Louise Nault", "+12045551813"
MB("b03", P(["Je voudrais revenir mardi à la même heure que la dernière fois."], [n + "."],
            ["Le numéro d'où j'appelle."], [], YES),
   "booked", R(n, p, "2027-01-19T11:30"), caller_id=p,
   existing=[mine("2027-01-04T11:30", n, p)],
   note="'à la même heure que la dernière fois': the time of her past appointment (4 January "
        "11:30) on Tuesday")
n, p = "Paul Séguin", "+17055551814"
SU("b04", P(["Juste avant mon rendez-vous de lundi, ce serait-tu possible d'en avoir un autre?"],
            [n + "."], ["Le même numéro."], [], YES),
   "booked", R(n, p, "2027-01-18T12:30"), caller_id=p,
   existing=[mine("2027-01-18T13:00", n, p)],
   note="'juste avant mon rendez-vous de lundi': one booking's length before 13:00")
n, p = "Steve Thibault", "+18195551815"
GA("b05", P(["faque chu deja la jeudi, pouvez-vous me booker juste apres mon rendez-vous de jeudi"],
            [n + "."], ["le meme numero"], [], YES),
   "booked", R(n, p, "2027-01-21T14:30"), caller_id=p,
   existing=[mine("2027-01-21T14:00", n, p)],
   note="joual without accents ('faque chu deja la', 'juste apres'): after Thursday's 14:00")
n, p = "Claude Roy", "+15145551816"
MTL("b06", P(["Pouvez-vous déplacer mon rendez-vous de lundi juste après celui de jeudi?"],
             time=YES, confirm=MOVE_YES),
    "rescheduled", R(n, p, "2027-01-14T15:30"), caller_id=p,
    existing=[mine("2027-01-18T09:00", n, p), mine("2027-01-14T15:00", n, p)],
    note="the Monday one moved to right after the Thursday one (the French of the English "
         "'move my Monday appointment to right after my one on Thursday')")
n, p = "Julie Landry", "+15065551817"
NB("b07", P(["Je voudrais un autre rendez-vous mercredi, une heure après mon rendez-vous."],
            [n + "."], ["Le numéro d'où j'appelle."], [], YES),
   "booked", R(n, p, "2027-01-20T11:00"), caller_id=p,
   existing=[mine("2027-01-20T10:00", n, p)],
   note="'une heure après mon rendez-vous': an hour after its start, as English 'an hour after "
        "my 10 o'clock' (beyond the SPEC: its end plus an hour would be 11:30)")
n, p = "Gérard Fillion", "+12045551818"
MB("b08", P(["Ça me prendrait un rendez-vous jeudi de la semaine prochaine, à la même heure que la "
             "dernière fois."], [n + "."], ["Le même numéro."], [], YES),
   "booked", R(n, p, "2027-01-21T15:00"), caller_id=p,
   existing=[mine("2026-12-10T15:00", n, p)],
   note="'jeudi de la semaine prochaine' (21st) at the hour of his last visit (15:00)")

# ================================================================ several on file
n, p = "Sylvie Caron", "+15145551821"
MTL("c01", P(["Faut que j'annule un de mes rendez-vous, là."], confirm=YES,
             other=["Celui de mardi, là."]),
    "cancelled", R(n, p, "2027-01-19T14:00"), caller_id=p,
    existing=[mine("2027-01-15T10:00", n, p), mine("2027-01-19T14:00", n, p)],
    note="'un de mes rendez-vous': which is asked (beyond the SPEC, as moves17), 'celui de "
         "mardi, là'")
n, p = "Roland LeBlanc", "+15065551822"
NB("c02", P(["Je voudrais déplacer un de mes rendez-vous."], time=["Jeudi à 15 h."],
            confirm=MOVE_YES, other=["Le premier."]),
   "rescheduled", R(n, p, "2027-01-21T15:00"), caller_id=p,
   existing=[mine("2027-01-19T09:00", n, p), mine("2027-01-20T11:00", n, p)],
   note="'le premier' is the earlier one (Tuesday 9:00), moved to Thursday 15:00")
n, p = "Diane Fréchette", "+12045551823"
MB("c03", P(["Je voudrais annuler mes deux rendez-vous."], confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-01-19T10:00", n, p), mine("2027-01-21T14:00", n, p)],
   say=["mardi 19 janvier à 10 h", "jeudi 21 janvier à 14 h"],
   note="'mes deux rendez-vous': both read back and cancelled (beyond the SPEC, whose "
        "`appointment` holds one: only the outcome is scored)")
n, p = "André Lapointe", "+17055551824"
SU("c04", P(["J'ai besoin d'annuler mes rendez-vous."], confirm=YES,
            other=["Les deux, s'il vous plaît."]),
   "cancelled", caller_id=p,
   existing=[mine("2027-01-19T09:30", n, p), mine("2027-01-22T15:00", n, p)],
   say=["mardi 19 janvier à 9 h 30", "vendredi 22 janvier à 15 h"],
   note="'les deux' as the answer to which (beyond the SPEC, as c03)")
n, p = "Martine Dubé", "+18195551825"
GA("c05", P(["J'ai deux rendez-vous chez vous. Celui de mardi, pouvez-vous le changer pour vendredi "
             "à 10 h?"], time=YES, confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-22T10:00"), caller_id=p,
   existing=[mine("2027-01-26T09:30", n, p), mine("2027-01-21T13:00", n, p)],
   note="'celui de mardi' (the 26th) to Friday 10:00; Thursday's stays")
n, p = "Pierre Gingras", "+15145551826"
MTL("c06", P(["J'ai deux rendez-vous jeudi, je voudrais annuler celui de l'après-midi."],
             confirm=YES),
    "cancelled", R(n, p, "2027-01-14T15:00"), caller_id=p,
    existing=[mine("2027-01-14T09:30", n, p), mine("2027-01-14T15:00", n, p)],
    note="two the same day, 'celui de l'après-midi' (beyond the SPEC's words)")
n, p = "Carole Vermette", "+12045551827"
MB("c07", P(["Je voudrais annuler un rendez-vous."], confirm=YES, other=["Celui de 2 h."]),
   "cancelled", R(n, p, "2027-01-15T14:00"), caller_id=p,
   existing=[mine("2027-01-15T14:00", n, p), mine("2027-01-18T10:00", n, p)],
   note="which asked, 'celui de 2 h' picks by hour (14:00, the business-hour reading)")
n, p = "Gisèle Richard", "+15065551828"
NB("c08", P(["Je voudrais annuler mon rendez-vous de mardi pis celui de jeudi aussi."],
            confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-01-19T10:00", n, p), mine("2027-01-21T10:00", n, p),
             mine("2027-01-22T10:00", n, p)],
   say=["mardi 19 janvier à 10 h", "jeudi 21 janvier à 10 h"],
   not_say=["vendredi 22 janvier"],
   note="three on file, two named ('pis celui de jeudi aussi'): both read back, Friday's "
        "left (beyond the SPEC, as c03)")

# ================================================================ mess
MTL("d01", P(BOOK, ["Isabelle Fortin."], ["Attendez une seconde, je l'ai pas par cœur.", "514 555 0611"],
             ["Vendredi à 10 h."], YES),
    "booked", R("Isabelle Fortin", "+15145550611", "2027-01-15T10:00"), not_say=NOT_CAUGHT,
    note="'attendez une seconde' at the phone question: a stall, the question again")
NB("d02", P(BOOK, ["Paul Arsenault."], ["506 555 0612"],
            ["Attendez une seconde, je regarde mon calendrier.", "Mercredi à 13 h 30."], YES),
   "booked", R("Paul Arsenault", "+15065550612", "2027-01-20T13:30"), not_say=NOT_CAUGHT,
   note="a stall at the time question")
MB("d03", P(["Avez-vous de la place lundi matin?"], ["Rachel Dupuis."], ["204 555 0613"],
            ["Pardon?", "La deuxième."], YES),
   "booked", R("Rachel Dupuis", "+12045550613", "2027-01-18T09:30"), not_say=NOT_CAUGHT,
   note="'pardon?' while Monday morning is offered: the offers again, then the second")
SU("d04", P(BOOK, ["Guy Lalonde."], ["705 555 0614"], ["Mardi à 11 h."],
            ["Répétez, s'il vous plaît?", "Oui."]),
   "booked", R("Guy Lalonde", "+17055550614", "2027-01-19T11:00"), not_say=UNANSWERED,
   note="'répétez, s'il vous plaît' at the read-back: read again, then yes")
GA("d05", P(BOOK, ["Hein? Répétez donc, j'ai pas entendu.", "Steve Lafrance."], ["819 555 0615"],
            ["Jeudi à 9 h."], YES),
   "booked", R("Steve Lafrance", "+18195550615", "2027-01-21T09:00"), not_say=NOT_CAUGHT,
   note="'hein? répétez donc' (joual) at the name question: a repeat, no name 'Hein'")
MTL("d06", P(BOOK, ["Nathalie Girard."], ["cinq un quatre, cinq cent cinquante-cinq, zéro un quatre deux"],
             ["Jeudi à 13 h."], YES),
    "booked", R("Nathalie Girard", "+15145550142", "2027-01-14T13:00"),
    note="5.3: digits, a grouped 'cinq cent cinquante-cinq', then 'zéro' and digits")
NB("d07", P(BOOK, ["Luc Gallant."], ["Cinq zéro six, cinq cent cinquante-cinq, zéro cent vingt-trois."],
            ["Mardi à 14 h."], YES),
   "booked", R("Luc Gallant", "+15065550123", "2027-01-19T14:00"),
   note="5.3: 'zéro cent vingt-trois' is 0 then 123 (each number adds its digits)")
MB("d08", P(BOOK, ["Monique Sabourin."], ["deux zéro quatre, cinq cent cinquante-cinq, zéro zéro, soixante-sept"],
            ["Lundi à 10 h 30."], YES),
   "booked", R("Monique Sabourin", "+12045550067", "2027-01-18T10:30"),
   note="'zéro zéro, soixante-sept': 0067")
SU("d09", P(BOOK, ["Réjean Lavoie."], ["C'est le sept zéro cinq, cinq cent cinquante-cinq, zéro, "
                                       "quatre-vingt-dix, un."],
            ["Mercredi à 15 h."], YES),
   "booked", R("Réjean Lavoie", "+17055550901", "2027-01-20T15:00"),
   note="'zéro, quatre-vingt-dix, un': 0901")
MTL("d10", P(BOOK, ["Hélène Bélisle, B-E accent aigu-L-I-S-L-E."], ["514 555 0620"],
             ["Vendredi à 11 h."], YES),
    "booked", R("Hélène Bélisle", "+15145550620", "2027-01-15T11:00"),
    note="5.4: a spelling with 'E accent aigu' after the name is not part of it")
NB("d11", P(BOOK, ["Mon nom c'est Gagné, G-A-G-N-E accent aigu. Pis mon prénom, c'est Josée."],
            ["506 555 0621"], ["Jeudi à 10 h."], YES),
   "booked", R("Josée Gagné", "+15065550621", "2027-01-21T10:00"),
   note="the family name spelled with 'E accent aigu', then the labelled prénom (prénom first)")
MB("d12", P(BOOK, ["Lefèbvre, L-E-F-E accent grave-B-V-R-E. Sylvie Lefèbvre."], ["204 555 0622"],
            ["Vendredi à 9 h 30."], YES),
   "booked", R("Sylvie Lefèbvre", "+12045550622", "2027-01-15T09:30"),
   note="'E accent grave' in a spelling, then the full name said again: the later name")
SU("d13", P(BOOK, ["Benoît Côté, C-O accent circonflexe-T-E accent aigu."], ["705 555 0623"],
            ["Lundi à 14 h 30."], YES),
   "booked", R("Benoît Côté", "+17055550623", "2027-01-18T14:30"),
   note="'O accent circonflexe' in a spelling after the name")
MTL("d14", P(BOOK, ["Julie Pelletier."], ["514 555 0630"], ["Mardi à 14 h."],
             ["Non, c'est mercredi.", "Oui."]),
    "booked", R("Julie Pelletier", "+15145550630", "2027-01-20T14:00"),
    note="'non, c'est mercredi' at the read-back: the day changed, the time kept")
NB("d15", P(BOOK, ["Éric Poirier."], ["506 555 0631"], ["Jeudi à 9 h 30."],
            ["Non, non, pas jeudi, c'est mercredi, même heure.", "Oui."]),
   "booked", R("Éric Poirier", "+15065550631", "2027-01-20T09:30"),
   note="'pas jeudi, c'est mercredi, même heure': Wednesday 9:30")
GA("d16", P(BOOK, ["Chantal Lafleur."], ["819 555 0632"], ["Vendredi à 10 h."],
            ["Non, c'est 10 h 30, pas 10 h.", "Oui."]),
   "booked", R("Chantal Lafleur", "+18195550632", "2027-01-22T10:30"),
   note="'c'est 10 h 30, pas 10 h': the hour after 'pas' is the one ruled out")
MB("d17", P(BOOK, ["Marcel Roy."], ["204 555 0118"], ["Mardi à 15 h."],
            ["Non, le numéro c'est 204 555 0188.", "Oui."]),
   "booked", R("Marcel Roy", "+12045550188", "2027-01-19T15:00"),
   note="the number corrected at the read-back")
MTL("d18", P(["Allo! Faque, chu appelé pour prendre un rendez-vous, tsé, jeudi après-midi mettons."],
             ["Kevin Bouchard."], ["514 555 0640"], ["La première, c'est correct."], YES),
    "booked", R("Kevin Bouchard", "+15145550640", "2027-01-14T13:00"),
    existing=busy("2027-01-14", "12:00", "12:30"),
    note="joual opening ('faque', 'chu appelé', 'tsé', 'mettons'): Thursday afternoon, 12:00 "
         "and 12:30 taken")
NB("d19", P(BOOK, ["Ben, chu Kevin Doiron, là."], ["506 555 0641"], ["Vendredi à 13 h."], YES),
   "booked", R("Kevin Doiron", "+15065550641", "2027-01-22T13:00"),
   note="'chu' (je suis) before the name (beyond the SPEC's cues)")
GA("d20", P(BOOK, ["Sonia Paquette."], ["C'est le 819 555, pis 0642."], ["Mercredi à 11 h."], YES),
   "booked", R("Sonia Paquette", "+18195550642", "2027-01-20T11:00"),
   note="'pis' between the groups of a number")
SU("d21", P(BOOK, ["Mario Bisson."], ["705 555 0643"],
            ["Chu pas disponible jeudi, faque mettons vendredi à 11 h."], YES),
   "booked", R("Mario Bisson", "+17055550643", "2027-01-22T11:00"),
   note="'chu pas disponible jeudi, faque mettons vendredi': Friday, never Thursday")
MB("d22", P(["oui allo je voudrais un rendez vous vendredi matin pis mon numero c'est le 204 555 0644"],
            ["Eric Perreault."], [], ["la deuxieme"], YES),
   "booked", R("Eric Perreault", "+12045550644", "2027-01-15T09:30"),
   note="no accents ('numero', 'la deuxieme'): the number kept, Friday morning's second")
MTL("d23", P(BOOK, ["c'est francois levesque"], ["514 555 0645"], ["jeudi a 16 h"], YES),
    "booked", R("Francois Levesque", "+15145550645", "2027-01-14T16:00"),
    note="no accents: the name as transcribed (5.4), 'a 16 h'")
NB("d24", P(BOOK, ["Sorry, my French isn't great. Can we do this in English? My name is Mark Taylor."],
            ["506 555 0650"], ["Thursday at 2 p.m."], ["Yes."]),
   "booked", R("Mark Taylor", "+15065550650", "2027-01-21T14:00"), lang=None,
   note="the caller turns to English at the name question (5.7: the agent follows)")
GA("d25", P(BOOK, ["Luc Charron."], ["819 555 0651"],
            ["Actually, can we continue in English? Friday at 10 works for me."], ["Yes."]),
   "booked", R("Luc Charron", "+18195550651", "2027-01-22T10:00"), lang=None,
   note="the caller turns to English at the time question, with the time")
SU("d26", P(BOOK, ["Carole Labelle."], ["705 555 0652"], ["Mardi à 10 h."],
            ["Attendez une seconde... Non, c'est mercredi, pas mardi.", "Oui."]),
   "booked", R("Carole Labelle", "+17055550652", "2027-01-20T10:00"),
   note="a stall and a correction in one read-back answer: Wednesday, the time kept")

# ================================================================ holidays of the business
QC = {"business": DENTISTE}
QC_JUNE("e01", P(["Je voudrais un rendez-vous jeudi, le 24 juin."], ["Francine Tremblay."],
                 ["418 555 0701"], YES, YES),
        "booked", R("Francine Tremblay", "+14185550701", "2027-06-25T08:00"), say=CLOSED, **QC,
        note="24 June (the Fête nationale) closed by the business: said closed, Friday 25 "
             "offered (8 to noon), a yes takes 8:00")
QC_JUNE("e02", P(["Êtes-vous ouverts à la Saint-Jean? J'aurais besoin d'un rendez-vous."],
                 ["Gaétan Simard."], ["418 555 0702"], ["La deuxième."], YES),
        "booked", R("Gaétan Simard", "+14185550702", "2027-06-25T08:30"), say=CLOSED, **QC,
        note="'la Saint-Jean' is 24 June (a holiday by its name: beyond the SPEC's words); "
             "closed, Friday's second time")
QC_JUNE("e03", P(["Avez-vous de la place le jour de la Fête nationale?"], ["Mélanie Côté."],
                 ["418 555 0703"], YES, YES),
        "booked", R("Mélanie Côté", "+14185550703", "2027-06-25T08:30"),
        existing=[entry("2027-06-25T08:00")], say=CLOSED, **QC,
        note="'le jour de la Fête nationale' (beyond the SPEC's words): closed, Friday 8:00 "
             "taken, a yes takes 8:30")
QC_JUNE("e04", P(["Jeudi matin, c'est-tu possible?"], ["Yves Bouchard."], ["418 555 0704"],
                 ["Celle de 9 h."], YES),
        "booked", R("Yves Bouchard", "+14185550704", "2027-06-25T09:00"), say=CLOSED, **QC,
        note="'jeudi' is the 24th, closed: Friday morning offered, 'celle de 9 h'")
n, p = "Lucie Gagnon", "+14185551705"
QC_JUNE("e05", P(["Je voudrais déplacer mon rendez-vous au 24."], time=["La première."],
                 confirm=MOVE_YES),
        "rescheduled", R(n, p, "2027-06-25T08:00"), caller_id=p,
        existing=[mine("2027-06-22T10:00", n, p)], say=CLOSED, **QC,
        note="a move to the 24th, closed: Friday 25 offered, the first")
QC_JUNE("e06", P(["Le jour de la Saint-Jean-Baptiste, avez-vous quelque chose?"],
                 ["Denise Boivin."], ["418 555 0706"], ["Vendredi à 10 h d'abord."], YES),
        "booked", R("Denise Boivin", "+14185550706", "2027-06-25T10:00"), say=CLOSED, **QC,
        note="'la Saint-Jean-Baptiste' (beyond the SPEC's words): closed; the caller takes "
             "Friday 10:00")
QC_JUNE("e07", P(["Je voudrais un rendez-vous le 1er juillet en avant-midi."], ["Sébastien Roy."],
                 ["418 555 0707"], YES, YES),
        "booked", R("Sébastien Roy", "+14185550707", "2027-07-02T08:00"), say=CLOSED, **QC,
        note="1 July closed by the business: Friday 2 July's morning, a yes")
QC_OCT("e08", P(["Lundi, avez-vous de la place?"], ["Chantal Bergeron."], ["418 555 0708"], YES, YES),
       "booked", R("Chantal Bergeron", "+14185550708", "2027-10-12T08:00"), say=CLOSED, **QC,
       note="Monday is the 11th, l'Action de grâce, closed: Tuesday 12 offered, a yes")
QC_OCT("e09", P(["Je voudrais un rendez-vous le lundi de l'Action de grâce."], ["Robert Paradis."],
                ["418 555 0709"], ["La première."], YES),
       "booked", R("Robert Paradis", "+14185550709", "2027-10-12T08:30"),
       existing=[entry("2027-10-12T08:00")], say=CLOSED, **QC,
       note="'le lundi de l'Action de grâce' (beyond the SPEC's words): closed, Tuesday "
            "(8:00 taken), the first")
QC_OCT("e10", P(["Samedi, c'est-tu possible?"], ["Hélène Morin."], ["418 555 0710"], YES, YES),
       "booked", R("Hélène Morin", "+14185550710", "2027-10-12T08:00"), say=CLOSED, **QC,
       note="Saturday closed, and the next Monday is l'Action de grâce: the next open day is "
            "Tuesday 12")


# --- after the blind run (35/59 by score.py, 34/59 with the wording; 59/59 after the
# fixes less c08's wording): variants of the families fixed, in new words, written after
# the fixes.
QC_SEPT = probe_calls(calls, "p18-fr", "probe18", local_now("2027-09-01T10:00", QC_TZ), QC_TZ,
                      "+14185551900", LANGS)
n, p = "Josée Cyr", "+18195551831"
GA("v-01", P(["J'ai rendez-vous jeudi à 15 h. Est-ce que je pourrais passer un peu plus tôt la "
              "même journée?"], time=["La première."], confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-21T10:00"), caller_id=p,
   existing=[mine("2027-01-21T15:00", n, p)] + busy("2027-01-21", "09:00", "09:30"),
   note="'plus tôt la même journée' after 'j'ai rendez-vous': a move, Thursday before 15:00")
n, p = "Roger Gervais", "+17055551832"
SU("v-02", P(["Je voudrais changer mon rendez-vous de mardi."],
             time=["Plus tôt ce jour-là, si vous avez de la place.", "Oui."], confirm=MOVE_YES),
   "rescheduled", R(n, p, "2027-01-19T09:00"), caller_id=p,
   existing=[mine("2027-01-19T14:00", n, p)],
   note="'plus tôt ce jour-là' at the new-time question: Tuesday before 14:00, a yes")
n, p = "Ginette Blais", "+12045551833"
MB("v-03", P(["J'en voudrais un autre une demi-heure avant mon rendez-vous de mardi."], [n + "."],
             ["Le même numéro."], [], YES),
   "booked", R(n, p, "2027-01-19T10:30"), caller_id=p,
   existing=[mine("2027-01-19T11:00", n, p)],
   note="'une demi-heure avant mon rendez-vous de mardi': 11:00 less 30 minutes")
n, p = "Luc Arsenault", "+15065551834"
NB("v-04", P(["Mercredi, à la même heure que mon dernier rendez-vous, ce serait parfait."],
             [n + "."], ["Le numéro d'où j'appelle."], [], YES),
   "booked", R(n, p, "2027-01-20T14:30"), caller_id=p,
   existing=[mine("2027-01-11T14:30", n, p)],
   note="'la même heure que mon dernier rendez-vous': 14:30, on Wednesday")
QC_SEPT("v-05", P(["Avez-vous de la place le jour de la fête du Travail?"], ["Nicole Hamel."],
                  ["418 555 0805"], YES, YES),
        "booked", R("Nicole Hamel", "+14185550805", "2027-09-07T08:00"), say=CLOSED, **QC,
        note="'la fête du Travail' (the first Monday of September, 6 September) closed: "
             "Tuesday 7 offered, a yes")
n, p = "Paul Vachon", "+14185551806"
QC_JUNE("v-06", P(["Je voudrais reporter mon rendez-vous au 1er juillet."], time=["La première."],
                  confirm=MOVE_YES),
        "rescheduled", R(n, p, "2027-07-02T08:00"), caller_id=p,
        existing=[mine("2027-06-23T15:00", n, p)], say=CLOSED, **QC,
        note="'au 1er juillet' is the new day, closed: Friday 2 July offered, the first")
SU("v-07", P(BOOK, ["Réjean Thériault, T-H-E accent aigu-R-I-A-U-L-T."], ["705 555 0807"],
             ["Jeudi à 11 h."], YES),
   "booked", R("Réjean Thériault", "+17055550807", "2027-01-21T11:00"),
   note="an accent said inside hyphenated letters")
n, p = "Maryse Roy", "+18195551838"
GA("v-08", P(["Je voudrais annuler un de mes rendez-vous."], confirm=YES,
             other=["Le premier, là."]),
   "cancelled", R(n, p, "2027-01-21T09:30"), caller_id=p,
   existing=[mine("2027-01-21T09:30", n, p), mine("2027-01-26T10:00", n, p)],
   note="'le premier, là' as the answer to which: the earlier one")
MTL("v-09", P(["Bonjour, chu appelée pour un rendez-vous vendredi à 10 h."], ["Manon Gendron."],
              ["514 555 0809"], [], YES),
    "booked", R("Manon Gendron", "+15145550809", "2027-01-15T10:00"),
    note="'chu appelée pour' is no name: the name is asked")
QC_OCT("v-10", P(["Êtes-vous ouverts à l'Action de grâces? J'aurais besoin d'un rendez-vous."],
                 ["Marc Lavoie."], ["418 555 0810"], ["La deuxième."], YES),
       "booked", R("Marc Lavoie", "+14185550810", "2027-10-12T08:30"), say=CLOSED, **QC,
       note="'l'Action de grâces' (plural) is Monday 11 October, closed: Tuesday, the second")


if __name__ == "__main__":
    out = write_jsonl(os.path.join(HERE, "calls_fr_probe18.jsonl"), calls,
                      business_by_name({DENTISTE: os.path.join(HERE, DENTISTE)}))
    print(f"wrote {out} calls")
