#!/usr/bin/env python3
"""Writes calls_fr_probe17.jsonl: French calls probed by hand, round 17 (SPEC-fr.md 5 on
top of SPEC.md 3 and 3.1), Quebec (America/Montreal), Acadian (America/Moncton),
Franco-Ontarian (America/Toronto) and Franco-Manitoban (America/Winnipeg) callers, with
what rounds 8-16 left out:

- moves and cancels with other verbs: "changer ... pour", "remettre", "je reporte",
  "le devancer d'une heure", "retarder d'une demi-heure", "décaler d'une heure plus tard",
  "avancer à lundi", "plus tard dans la journée", "annuler mon rendez-vous du 17
  décembre", two on file and "annuler mon rendez-vous de lundi", the number used for the
  booking asked when the caller calls from another one;
- messy callers: "c'est-tu un robot?", a number in three pieces, a name spelled after
  it ("T-R-E-M-B-L-A-Y"), two slots corrected at once at the read-back ("non, c'est
  mardi, pis le numéro finit par 44"), stalls and repeats at the read-back;
- Quebec speech as speech-to-text writes it (no accents, "pis", "fait que", "là",
  "booker", "appointment", "anytime", "next week"), windows "en fin d'avant-midi",
  "entre 1 h pis 3 h", "entre midi pis 2", "avant 11 h", "pas avant 10 h";
- closed days (Saturday, "la fin de semaine", Sunday, a closed Monday, Christmas in
  `closed`) then an offer accepted; asking for a person;
- services at the French clinic (`clinique`: Évaluation initiale 60 min, Suivi 30,
  Massothérapie 45), a move and a cancel of a massage.

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.
Where a case goes beyond the SPEC's words, its note says so.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe17.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, business_by_name, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

CLINIQUE = os.path.join(HERE, "..", "examples", "clinique.toml")
LANGS = ["fr-CA", "en-CA"]
calls = []

# Quebec: Tuesday 8 December 2026, 09:40.
QC_TZ = "America/Montreal"
QC_NOW = local_now("2026-12-08T09:40", QC_TZ)
QC_CID = "+15145550999"
# New Brunswick: Thursday 10 December, 11:15.
NB_TZ = "America/Moncton"
NB_NOW = local_now("2026-12-10T11:15", NB_TZ)
NB_CID = "+15065550999"
# Ontario: Monday 14 December, 14:10.
ON_TZ = "America/Toronto"
ON_NOW = local_now("2026-12-14T14:10", ON_TZ)
ON_CID = "+16135550999"
# Manitoba: Friday 11 December, 10:05.
MB_TZ = "America/Winnipeg"
MB_NOW = local_now("2026-12-11T10:05", MB_TZ)
MB_CID = "+12045550999"

qc = probe_calls(calls, "p17-fr", "probe17", QC_NOW, QC_TZ, QC_CID, LANGS)
nb = probe_calls(calls, "p17-fr", "probe17", NB_NOW, NB_TZ, NB_CID, LANGS)
on = probe_calls(calls, "p17-fr", "probe17", ON_NOW, ON_TZ, ON_CID, LANGS)
mb = probe_calls(calls, "p17-fr", "probe17", MB_NOW, MB_TZ, MB_CID, LANGS)

BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
YES = ["Oui."]
MOVE_YES = ["Oui.", "Oui."]
# A repeat or a stall is no failed answer (SPEC 3).
NOT_CAUGHT = ["pas compris", "pas saisi"]
UNANSWERED = NOT_CAUGHT + ["un oui ou un non"]


def R(name, phone, day, hhmm, **extra):
    return appt(name, phone, f"{day}T{hhmm}", **extra)


# ================================================================ moves and cancels
# Quebec owner; Thursday 10 December 14:00 on file.
GT, GT_P = "Gilles Thériault", "+15145550400"
QC_ONE = [entry("2026-12-10T14:00", GT, GT_P)]
qc("m01", P(["Est-ce que je pourrais changer mon rendez-vous de jeudi pour mardi à 10 h?"],
            time=YES, confirm=MOVE_YES),
   "rescheduled", R(GT, GT_P, "2026-12-15", "10:00"), caller_id=GT_P, existing=QC_ONE,
   say=["mardi 15 décembre à 10 h"],
   note="'changer ... de jeudi pour mardi à 10 h': Tuesday is the next one (15th)")
qc("m02", P(["J'aimerais remettre mon rendez-vous à lundi, 13 h 30."], time=YES, confirm=MOVE_YES),
   "rescheduled", R(GT, GT_P, "2026-12-14", "13:30"), caller_id=GT_P, existing=QC_ONE,
   note="'remettre mon rendez-vous à lundi, 13 h 30' is a move")
qc("m09", P(["oui allo, faudrait j'annule mon rendez-vous de jeudi la, j'pourrai pas y aller"],
            confirm=["Oui, c'est ça."]),
   "cancelled", R(GT, GT_P, "2026-12-10", "14:00"), caller_id=GT_P, existing=QC_ONE,
   note="a cancel as speech-to-text writes it: 'faudrait j'annule', 'la' without accent")
qc("m10", P(["Je voudrais changer l'heure de mon rendez-vous de vendredi pour 11 h."],
            phone=["C'est le 418 555 0310."], time=YES, confirm=MOVE_YES),
   "rescheduled", R("Nadia Boucher", "+14185550310", "2026-12-11", "11:00"),
   existing=[entry("2026-12-11T09:00", "Nadia Boucher", "+14185550310")],
   note="nothing under the number she calls from: the number of the booking is asked; "
        "'changer l'heure ... pour 11 h' keeps the day (Friday)")
qc("m14", P(["Je pourrai pas venir jeudi, pouvez-vous me le changer pour vendredi après-midi?"],
            time=YES, confirm=MOVE_YES),
   "rescheduled", R(GT, GT_P, "2026-12-11", "13:00"), caller_id=GT_P,
   existing=QC_ONE + busy("2026-12-11", "12:00", "12:30"),
   note="Friday afternoon offered earliest first (12:00 and 12:30 taken, so either reading of "
        "where the afternoon starts gives 13:00); a yes takes the earliest offered")

# New Brunswick owner.
AC, AC_P = "Anne Cormier", "+15065550410"
nb("m03", P(["Faudrait que je reporte mon rendez-vous de demain à mercredi, 9 h."], time=YES,
            confirm=MOVE_YES),
   "rescheduled", R(AC, AC_P, "2026-12-16", "09:00"), caller_id=AC_P,
   existing=[entry("2026-12-11T15:00", AC, AC_P)],
   note="'je reporte' (the verb conjugated) is a move: Friday's appointment to Wednesday 16th")
nb("m04", P(["Je voudrais annuler mon rendez-vous de lundi."], confirm=YES),
   "cancelled", R(AC, AC_P, "2026-12-14", "10:00"), caller_id=AC_P,
   existing=[entry("2026-12-14T10:00", AC, AC_P), entry("2026-12-16T14:00", AC, AC_P)],
   note="two on file: 'de lundi' picks Monday's")
nb("m11", P(["Pouvez-vous déplacer mon rendez-vous à mardi à 10 h?"], time=["10 h 30 d'abord."],
            confirm=MOVE_YES),
   "rescheduled", R(AC, AC_P, "2026-12-15", "10:30"), caller_id=AC_P,
   existing=[entry("2026-12-14T15:00", AC, AC_P), entry("2026-12-15T10:00")],
   note="Tuesday 10:00 is taken: refused, the nearest offered; '10 h 30 d'abord'")

# Ontario owner.
DL, DL_P = "Denise Lalonde", "+16135550420"
on("m05", P(["J'ai un rendez-vous jeudi à 14 h, pouvez-vous le devancer d'une heure?"], time=YES,
            confirm=MOVE_YES),
   "rescheduled", R(DL, DL_P, "2026-12-17", "13:00"), caller_id=DL_P,
   existing=[entry("2026-12-17T14:00", DL, DL_P)],
   note="'le devancer d'une heure' brings it an hour earlier (the French of moves16's 'an hour "
        "earlier'; the SPEC names no shift phrases)")
on("m06", P(["Je voudrais retarder mon rendez-vous de mercredi d'une demi-heure."], time=YES,
            confirm=MOVE_YES),
   "rescheduled", R(DL, DL_P, "2026-12-16", "10:30"), caller_id=DL_P,
   existing=[entry("2026-12-16T10:00", DL, DL_P)],
   note="'retarder ... d'une demi-heure': half an hour later, same day (beyond the SPEC's words)")
on("m12", P(["Je dois annuler mon rendez-vous du 17 décembre."], confirm=YES),
   "cancelled", R(DL, DL_P, "2026-12-17", "11:00"), caller_id=DL_P,
   existing=[entry("2026-12-17T11:00", DL, DL_P), entry("2026-12-18T11:00", DL, DL_P)],
   note="two on file: the one of the date named")

# Manitoba owner.
RG, RG_P = "Roland Gagnon", "+12045550430"
mb("m07", P(["Mon rendez-vous de mardi à 10 h, pourriez-vous le mettre plus tard dans la journée?"],
            time=["15 h, si c'est possible."], confirm=MOVE_YES),
   "rescheduled", R(RG, RG_P, "2026-12-15", "15:00"), caller_id=RG_P,
   existing=[entry("2026-12-15T10:00", RG, RG_P)],
   note="'plus tard dans la journée': the same day; the caller then names 15 h")
mb("m08", P(["Je veux avancer mon rendez-vous à lundi."], time=["La première."], confirm=MOVE_YES),
   "rescheduled", R(RG, RG_P, "2026-12-14", "10:00"), caller_id=RG_P,
   existing=[entry("2026-12-16T11:00", RG, RG_P)] + busy("2026-12-14", "09:00", "09:30"),
   note="'avancer ... à lundi': Monday's free times offered (9:00 and 9:30 taken), the first")
mb("m13", P(["Est-ce que je peux décaler mon rendez-vous d'une heure plus tard?"], time=YES,
            confirm=MOVE_YES),
   "rescheduled", R(RG, RG_P, "2026-12-14", "14:00"), caller_id=RG_P,
   existing=[entry("2026-12-14T13:00", RG, RG_P)],
   note="'décaler ... d'une heure plus tard': the one on file, an hour later")

# ================================================================ messy callers
qc("x01", P(BOOK, ["Attendez, c'est-tu un robot?", "Ben OK. Sophie Bergeron."], ["514 555 0501"],
            ["Jeudi à 11 h."], YES),
   "booked", R("Sophie Bergeron", "+15145550501", "2026-12-10", "11:00"),
   note="'c'est-tu un robot?' at the name question: neither a name nor a transfer (the SPEC "
        "does not say what the agent answers); then the name")
qc("x02", P(["Allo? C'est-tu une machine ça? Bon, ben je voudrais un rendez-vous jeudi à 15 h."],
            ["Sophie Bergeron."], ["514 555 0502"], [], YES),
   "booked", R("Sophie Bergeron", "+15145550502", "2026-12-10", "15:00"),
   note="the question and the booking in one opening: the time is kept")
qc("x05", P(BOOK, ["Julie Tremblay, T-R-E-M-B-L-A-Y."], ["514 555 0505"], ["Vendredi à 10 h."], YES),
   "booked", R("Julie Tremblay", "+15145550505", "2026-12-11", "10:00"),
   note="5.4: a spelling after the name is not part of it")
qc("x08", P(BOOK, ["Karine Lapierre."], ["514 555 0508"], ["Jeudi à 11 h."],
            ["Non, c'est à 14 h, pis mon nom c'est Karine Lapointe.", "Oui."]),
   "booked", R("Karine Lapointe", "+15145550508", "2026-12-10", "14:00"),
   note="two slots corrected at the read-back: the time (the day kept) and the name")
nb("x03", P(BOOK, ["Marc Leblanc."], ["Cinq zéro six...", "cinq cinq cinq...", "zéro un quatre deux."],
            ["Mardi à 11 h."], YES),
   "booked", R("Marc Leblanc", "+15065550142", "2026-12-15", "11:00"),
   note="a number in three pieces over three turns is gathered (p12-fr-p07 had two; the SPEC "
        "also lets the agent offer the caller's own number after a piece)")
nb("x04", P(["Avez-vous de la place mardi après-midi?"], ["Marc Leblanc."], ["506 555 0504"],
            ["Pouvez-vous répéter?", "Celle de 14 h."], YES),
   "booked", R("Marc Leblanc", "+15065550504", "2026-12-15", "14:00"), not_say=NOT_CAUGHT,
   note="'pouvez-vous répéter?' while Tuesday afternoon is offered: the offers again")
nb("x10", P(BOOK, ["Marc Leblanc."], ["Attendez une minute, je cherche un crayon.", "506 555 0510"],
            ["Mardi à 9 h 30."], YES),
   "booked", R("Marc Leblanc", "+15065550510", "2026-12-15", "09:30"), not_say=NOT_CAUGHT,
   note="a stall at the phone question")
on("x06", P(BOOK, ["Martin, pis mon nom de famille c'est Gauthier, G-A-U-T-H-I-E-R."], ["613 555 0506"],
            ["Mercredi à 10 h."], YES),
   "booked", R("Martin Gauthier", "+16135550506", "2026-12-16", "10:00"),
   note="the given name, then the labelled family name and its spelling (5.4 labelled parts, "
        "the prénom unlabelled: beyond the SPEC's examples)")
on("x09", P(BOOK, ["Martin Gauthier."], ["613 555 0509"], ["Mercredi à 10 h."],
            ["Attendez un instant.", "Pouvez-vous répéter?", "Oui."]),
   "booked", R("Martin Gauthier", "+16135550509", "2026-12-16", "10:00"), not_say=UNANSWERED,
   note="a stall and a repeat at the read-back, then yes")
mb("x07", P(BOOK, ["Chantal Roy."], ["204 555 0123"], ["Jeudi à 10 h."],
            ["Non, c'est mardi, pis le numéro finit par 44.", "Oui."]),
   "booked", R("Chantal Roy", "+12045550144", "2026-12-15", "10:00"),
   note="two slots corrected at the read-back: the day (the time kept) and the number's last "
        "two digits (p12-fr-p08 corrected four; two is beyond its example)")

# ================================================================ Quebec speech
qc("s01", P(["allo oui bonjour fait que je voudrais prendre un rendez vous pour jeudi en apres-midi la"],
            ["Sophie Bergeron."], ["514 555 0511"], ["La premiere."], YES),
   "booked", R("Sophie Bergeron", "+15145550511", "2026-12-10", "13:00"),
   existing=busy("2026-12-10", "12:00", "12:30"),
   note="no accents: 'apres-midi' (hyphenated) is the afternoon; 12:00 and 12:30 taken")
qc("s02", P(["ouin fait que la j'aurais besoin d'un rendez-vous demain en fin d'avant-midi"],
            ["Sophie Bergeron."], ["514 555 0512"], ["La premiere."], YES),
   "booked", R("Sophie Bergeron", "+15145550512", "2026-12-09", "11:00"),
   note="'en fin d'avant-midi': the morning's last hour, as p11's 'en fin de journée' is the "
        "day's (not in the SPEC)")
qc("s08", P(["Ouais, je voudrais un appointment next week, genre mercredi, le matin."],
            ["Sophie Bergeron."], ["514 555 0518"], ["Celle de 10 h."], YES),
   "booked", R("Sophie Bergeron", "+15145550518", "2026-12-16", "10:00"),
   note="5.1: 'next week' keeps its English meaning; with 'mercredi' the Wednesday of that week")
qc("s10", P(["Lundi avant 11 h, c'est-tu possible?"], ["Sophie Bergeron."], ["514 555 0520"], YES, YES),
   "booked", R("Sophie Bergeron", "+15145550520", "2026-12-14", "09:00"),
   note="'avant 11 h': before 11:00, a yes takes the earliest (09:00)")
qc("s13", P(["bonjour c'est marie-eve belanger, je voudrais un rendez-vous jeudi a 10 h 30 pis mon "
             "numero c'est le 450 555 0166"], [], [], [], YES),
   "booked", R("Marie-Eve Belanger", "+14505550166", "2026-12-10", "10:30"),
   note="everything in the opening, no accents ('a 10 h 30'); the name as transcribed")
nb("s03", P(["Je voudrais un rendez-vous mardi entre 1 h pis 3 h."], ["Marc Leblanc."], ["506 555 0513"],
            YES, YES),
   "booked", R("Marc Leblanc", "+15065550513", "2026-12-15", "13:30"),
   existing=[entry("2026-12-15T13:00")], note="'entre 1 h pis 3 h': 13:00-15:00, 13:00 taken")
nb("s04", P(["vendredi matin, mais pas avant 10 h la"], ["Marc Leblanc."], ["506 555 0514"],
            ["La premiere."], YES),
   "booked", R("Marc Leblanc", "+15065550514", "2026-12-11", "10:00"),
   note="the morning, after 10:00")
on("s06", P(["fait que la, c'tu possible demain a 2 h?"], ["Martin Gauthier."], ["613 555 0516"], [], YES),
   "booked", R("Martin Gauthier", "+16135550516", "2026-12-15", "14:00"),
   note="'a 2 h' without accent: 14:00 tomorrow")
on("s07", P(BOOK, ["C'est Rejean Theriault pis mon numero c'est le 705 555 0177."], [],
            ["Jeudi à 15 h."], YES),
   "booked", R("Rejean Theriault", "+17055550177", "2026-12-17", "15:00"),
   note="the name and the number in one answer joined by 'pis': the number is not asked again")
mb("s05", P(["Je voudrais booker un appointment pour lundi, anytime dans l'après-midi."],
            ["Chantal Roy."], ["204 555 0515"], ["La deuxieme."], YES),
   "booked", R("Chantal Roy", "+12045550515", "2026-12-14", "13:30"),
   existing=busy("2026-12-14", "12:00", "12:30"),
   note="English words in a French turn; Monday afternoon (12:00 and 12:30 taken), the second")
mb("s09", P(["Mardi entre midi pis 2, c'est-tu correct?"], ["Chantal Roy."], ["204 555 0519"], YES, YES),
   "booked", R("Chantal Roy", "+12045550519", "2026-12-15", "12:30"),
   existing=[entry("2026-12-15T12:00")], note="'entre midi pis 2': 12:00-14:00, 12:00 taken")

# ================================================================ closed days
mb("c01", P(BOOK, ["Chantal Roy."], ["204 555 0521"], ["Samedi matin.", "Oui."], YES),
   "booked", R("Chantal Roy", "+12045550521", "2026-12-14", "09:30"),
   existing=[entry("2026-12-14T09:00")],
   note="Saturday closed: Monday offered (09:00 taken), a yes takes the earliest")
mb("c02", P(["Lundi, c'est-tu possible?"], ["Chantal Roy."], ["204 555 0522"], ["La deuxième."], YES),
   "booked", R("Chantal Roy", "+12045550522", "2026-12-15", "09:30"), closed=["2026-12-14"],
   note="Monday is a closed date: Tuesday's times offered, the second")
on("c03", P(["Avez-vous de la place la fin de semaine?"], ["Martin Gauthier."], ["613 555 0523"], YES,
            YES),
   "booked", R("Martin Gauthier", "+16135550523", "2026-12-21", "09:00"),
   note="5.7: 'la fin de semaine' is closed; the next open day is Monday 21st")
qc("c04", P(["Avez-vous quelque chose le 25 décembre?"], ["Sophie Bergeron."], ["514 555 0524"],
            ["Celle de 10 h, c'est correct."], YES),
   "booked", R("Sophie Bergeron", "+15145550524", "2026-12-28", "10:00"), closed=["2026-12-25"],
   note="Christmas closed; the next open day is Monday 28th")
nb("c05", P(["Je voudrais dimanche après-midi."], ["Marc Leblanc."], ["506 555 0525"],
            ["13 h 30 lundi, ça marche."], YES),
   "booked", R("Marc Leblanc", "+15065550525", "2026-12-14", "13:30"),
   note="Sunday closed; the caller takes Monday 13:30")

# ================================================================ a person
qc("p01", P(["Bonjour, je voudrais parler à quelqu'un, s'il vous plaît."]), "transferred", no_appt=True,
   note="5.6 'parler à quelqu'un'")
nb("p02", P(BOOK, ["Marc Leblanc."], ["506 555 0532"],
            ["Euh, c'est-tu un robot? J'aimerais mieux parler à quelqu'un."]),
   "transferred", no_appt=True, note="'parler à quelqu'un' after 'c'est-tu un robot?'")
on("p03", P(BOOK, ["Martin Gauthier."], ["613 555 0533"], ["Mercredi à 10 h."],
            ["Non, c'est pas ça. Je peux-tu parler à quelqu'un?"]),
   "transferred", no_appt=True, note="a transfer asked at the read-back")
mb("p04", P(["Je voudrais parler à un humain."]), "transferred", no_appt=True,
   note="'un humain' (beyond the SPEC's list, the same request)")
qc("p05", P(["Pouvez-vous me transférer à la réception?"]), "transferred", no_appt=True,
   business="clinique", note="'me transférer à la réception' (the SPEC lists 'la réceptionniste')")

# ================================================================ the French clinic
MASSO = {"service": "Massothérapie", "minutes": 45}
SUIVI = {"service": "Suivi", "minutes": 30}
EVAL = {"service": "Évaluation initiale", "minutes": 60}
qc("f01", P(["Je voudrais un rendez-vous de masso jeudi en après-midi."], ["Lucie Paré."],
            ["514 555 0541"], ["La premiere."], YES),
   "booked", R("Lucie Paré", "+15145550541", "2026-12-10", "13:00", **MASSO),
   existing=busy("2026-12-10", "12:00", "12:30"), business="clinique",
   note="'masso' is Massothérapie (45 min); Thursday afternoon, 12:00 and 12:30 taken")
qc("f02", P(["C'est pour un nouveau patient, vendredi, pas avant 10 h."], ["Lucie Paré."],
            ["514 555 0542"], YES, YES),
   "booked", R("Lucie Paré", "+15145550542", "2026-12-11", "10:00", **EVAL), business="clinique",
   note="'nouveau patient' is the initial assessment (60 min); after 10:00")
qc("f03", P(BOOK, ["Lucie Paré."], ["514 555 0543"], ["Lundi a 9 h 30."], YES,
            service=["Pouvez-vous répéter?", "Un suivi pour mon epaule."]),
   "booked", R("Lucie Paré", "+15145550543", "2026-12-14", "09:30", **SUIVI), business="clinique",
   not_say=NOT_CAUGHT, note="a repeat at the service question, then 'un suivi'")
qc("f04", P(["Combien coûte un suivi? Pis j'en voudrais un mercredi à 15 h."], ["Lucie Paré."],
            ["514 555 0544"], [], YES),
   "booked", R("Lucie Paré", "+15145550544", "2026-12-09", "15:00", **SUIVI), business="clinique",
   say=["85"], note="the price asked and a booking in the same turn: both handled")
qc("f05", P(["Je voudrais déplacer mon massage de jeudi à vendredi à 10 h."], time=YES,
            confirm=MOVE_YES),
   "rescheduled", R("Lucie Paré", "+15145550545", "2026-12-11", "10:00", **MASSO),
   caller_id="+15145550545", business="clinique",
   existing=[entry("2026-12-10T14:00", "Lucie Paré", "+15145550545", minutes=45)
             | {"service": "Massothérapie"}],
   note="a massage moved; it keeps its service and length")
qc("f06", P(["Une évaluation jeudi entre 1 h pis 3 h."], ["Lucie Paré."], ["514 555 0546"], YES, YES),
   "booked", R("Lucie Paré", "+15145550546", "2026-12-10", "14:00", **EVAL),
   existing=[entry("2026-12-10T13:00"), entry("2026-12-10T13:30")], business="clinique",
   note="an hour-long service in a 13:00-15:00 window with 13:00-14:00 taken: 14:00")
qc("f07", P(["J'voudrais annuler ma masso de jeudi."], confirm=YES),
   "cancelled", R("Lucie Paré", "+15145550547", "2026-12-10", "14:00", **MASSO),
   caller_id="+15145550547", business="clinique",
   existing=[entry("2026-12-10T14:00", "Lucie Paré", "+15145550547", minutes=45)
             | {"service": "Massothérapie"}],
   note="'annuler ma masso de jeudi': the massage cancelled")


# --- after the blind run (44/52 by score.py, the wording checks all met; 52/52 after the
# fixes): variants of the families fixed, in new words, written after the fixes.
nb("v-01", P(["Je voudrais mardi entre 3 h pis 4 h."], ["Marc Leblanc."], ["506 555 0601"],
             ["La derniere."], YES),
   "booked", R("Marc Leblanc", "+15065550601", "2026-12-15", "15:30"),
   note="no accents: 'la derniere' is the last offered (15:00, 15:30)")
on("v-02", P(["je voudrais deplacer mon rendez-vous de jeudi a vendredi a 10 h"], time=YES,
              confirm=MOVE_YES),
   "rescheduled", R(DL, DL_P, "2026-12-18", "10:00"), caller_id=DL_P,
   existing=[entry("2026-12-17T14:00", DL, DL_P)], note="a move written without accents")
qc("v-03", P(["Une evaluation jeudi apres-midi."], ["Lucie Paré."], ["514 555 0603"], ["La deuxieme."],
              YES),
   "booked", R("Lucie Paré", "+15145550603", "2026-12-10", "13:30", **EVAL),
   existing=busy("2026-12-10", "12:00", "12:30"), business="clinique",
   note="no accents at the clinic: 'evaluation', 'la deuxieme' (13:00, 13:30 ...)")
mb("v-04", P(["Lundi en fin de matinée, c'est-tu possible?"], ["Chantal Roy."], ["204 555 0604"], YES,
              YES),
   "booked", R("Chantal Roy", "+12045550604", "2026-12-14", "11:30"),
   existing=[entry("2026-12-14T11:00")],
   note="'en fin de matinée': the hour before noon, 11:00 taken (not in the SPEC)")
qc("v-05", P(["Pourriez-vous reculer mon rendez-vous de jeudi de 30 minutes?"], time=YES,
              confirm=MOVE_YES),
   "rescheduled", R(GT, GT_P, "2026-12-10", "14:30"), caller_id=GT_P, existing=QC_ONE,
   note="'reculer ... de 30 minutes': half an hour later")
nb("v-06", P(["Est-ce que je pourrais avancer mon rendez-vous d'une demi-heure?"], time=YES,
              confirm=MOVE_YES),
   "rescheduled", R(AC, AC_P, "2026-12-14", "09:30"), caller_id=AC_P,
   existing=[entry("2026-12-14T10:00", AC, AC_P)],
   note="'avancer ... d'une demi-heure': the one on file half an hour earlier")
mb("v-07", P(["Faudrait repousser mon rendez-vous de mardi d'une heure et demie."], time=YES,
              confirm=MOVE_YES),
   "rescheduled", R(RG, RG_P, "2026-12-15", "11:30"), caller_id=RG_P,
   existing=[entry("2026-12-15T10:00", RG, RG_P)],
   note="'repousser ... d'une heure et demie': 90 minutes later")
on("v-08", P(BOOK, ["Nathalie, pis mon nom de famille c'est Bouchard."], ["613 555 0608"],
              ["Vendredi à 11 h."], YES),
   "booked", R("Nathalie Bouchard", "+16135550608", "2026-12-18", "11:00"),
   note="the first name alone, then the labelled family name")
qc("v-09", P(BOOK, ["Sophie Bergeron."], ["Êtes-vous un robot?", "514 555 0609"], ["Vendredi à 14 h."],
              YES),
   "booked", R("Sophie Bergeron", "+15145550609", "2026-12-11", "14:00"), not_say=NOT_CAUGHT,
   note="'êtes-vous un robot?' at the phone question: answered, the question again")
mb("v-10", P(BOOK, ["Chantal Roy."], ["204 555 0610"],
              ["Est-ce que je parle à une machine?", "Mardi à 13 h."], YES),
   "booked", R("Chantal Roy", "+12045550610", "2026-12-15", "13:00"), not_say=NOT_CAUGHT,
   note="'je parle à une machine?' at the time question")


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe17.jsonl"), calls,
                    business_by_name({"clinique": CLINIQUE}))
    print(f"wrote {n} calls")
