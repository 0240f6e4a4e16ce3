#!/usr/bin/env python3
"""Writes calls_fr_probe15.jsonl: French calls probed by hand, round 15 (SPEC-fr.md 5 on
top of SPEC.md 3), Quebec, Acadian (America/Moncton) and Franco-Ontarian callers:

- two appointments under the caller's number, "annuler le deuxième" (the later one),
  "mon deuxième rendez-vous", the first one as a control, and a move of the second;
- the family name first, then the given name ("Mon nom c'est Hébert... Prénom: Lise"),
  particles (de La, d', Le), a spelling, a restatement after a spelling;
- "dans deux semaines, jeudi" (the Thursday of the week two weeks on), "après le dîner"
  (le dîner is the Quebec noon meal: after 12:00), "avant le dîner", "pour deux heures et
  trente minutes" ("pour" names a time), "y a t il" written without hyphens;
- toll-free "un huit cent", "un huit cent soixante-six", "un huit huit huit"; "triple
  cinq, double zéro"; hundreds and pairs;
- repeats and stalls ("pardon?", "attendez un instant") in the name, phone, time and
  confirm turns; clock times "midi moins quart", "3 h et demie", "jeudi le 10".

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.
Where an engine could read "après le dîner" as after 12:00 or after 13:00, 12:00 and
12:30 are taken so both readings give 13:00.

After the blind run, variants of the families fixed (`-v-`), written after the fixes.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe15.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

TZ = "America/Toronto"
MONCTON = "America/Moncton"
WALL = "2026-12-01T08:50"  # a Tuesday, before opening
NOW = local_now(WALL, TZ)
CID = "+15145550999"
OWN = "+15145550400"
LANGS = ["fr-CA", "en-CA"]
WED, THU, FRI, MON = "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"
NWED, NTHU, NFRI, THU17 = "2026-12-09", "2026-12-10", "2026-12-11", "2026-12-17"
calls = []

call = probe_calls(calls, "p15-fr", "probe15", NOW, TZ, CID, LANGS)

A = appt
BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
YES = ["Oui."]
JEUDI11 = ["Jeudi à 11 h."]
PO = "Pierre Ouellet"
POP = "+15145550164"


def R(name, phone, day, hhmm):
    return A(name, phone, f"{day}T{hhmm}")


# --- two appointments on file: cancel or move the second
TWO = [entry(f"{THU}T10:00", "Gilles Thériault", OWN), entry(f"{NWED}T14:00", "Gilles Thériault", OWN)]
G = "Gilles Thériault"
call("c01", P(["J'ai deux rendez-vous, je voudrais annuler le deuxième."], confirm=YES),
     "cancelled", R(G, OWN, NWED, "14:00"), caller_id=OWN, existing=TWO,
     note="two appointments on file: 'le deuxième' is the later one (Wednesday 9, 14:00)")
call("c02", P(["Je voudrais annuler mon rendez-vous."], time=["Le deuxième."],
              confirm=["Non, le deuxième.", "Oui."], other=["Le deuxième."]),
     "cancelled", R(G, OWN, NWED, "14:00"), caller_id=OWN, existing=TWO,
     note="the agent reads one back (SPEC 3: it reads the appointment back and asks before "
          "changing it; nothing has it ask which of two), so the caller answers the read-back of "
          "the first with 'non, le deuxième' (label fixed after the blind run: the first read "
          "'oui' to it)")
call("c03", P(["Bonjour, c'est pour annuler mon deuxième rendez-vous."], confirm=YES),
     "cancelled", R(G, OWN, NWED, "14:00"), caller_id=OWN, existing=TWO,
     note="'mon deuxième rendez-vous'")
call("c04", P(["Oui bonjour, je voudrais annuler le premier des deux."], confirm=YES),
     "cancelled", R(G, OWN, THU, "10:00"), caller_id=OWN, existing=TWO,
     note="control: 'le premier' is the earlier one")
call("c05", P(["Je voudrais déplacer le deuxième rendez-vous à vendredi à 10 h."], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, FRI, "10:00"), caller_id=OWN, existing=TWO,
     note="the second appointment moved to Friday 10:00")

# --- names: family name first, particles, spellings
call("n01", P(BOOK, ["Mon nom c'est Hébert... Prénom: Lise."], ["514 555 0201"], JEUDI11, YES),
     "booked", R("Lise Hébert", "+15145550201", THU, "11:00"),
     note="family name first, the given name after: prénom first in the name (SPEC-fr 5.4 "
          "labelled parts)")
call("n02", P(BOOK, ["Mon nom, c'est Cormier. Mon prénom, c'est Réal."], ["506 555 0202"], JEUDI11, YES),
     "booked", R("Réal Cormier", "+15065550202", THU, "11:00"), now=local_now(WALL, MONCTON), tz=MONCTON,
     note="Acadian caller, 'mon nom' then 'mon prénom'")
call("n03", P(BOOK, ["Le nom c'est Arsenault, A-R-S-E-N-A-U-L-T, pis le prénom, Gisèle."], ["506 555 0203"],
              JEUDI11, YES),
     "booked", R("Gisèle Arsenault", "+15065550203", THU, "11:00"), now=local_now(WALL, MONCTON), tz=MONCTON,
     note="family name spelled, then the given name")
call("n04", P(BOOK, ["louis de la durantaye"], ["514 555 0204"], JEUDI11, YES),
     "booked", R("Louis de La Durantaye", "+15145550204", THU, "11:00"), note="'de La' (OQLF)")
call("n05", P(BOOK, ["Chantal d'aoust"], ["514 555 0205"], JEUDI11, YES),
     "booked", R("Chantal D'Aoust", "+15145550205", THU, "11:00"), note="D'Aoust (SPEC-fr 5.4)")
call("n06", P(BOOK, ["C'est Guy Le Brun."], ["514 555 0206"], JEUDI11, YES),
     "booked", R("Guy Le Brun", "+15145550206", THU, "11:00"), note="'Le' in the name")
call("n07", P(BOOK, ["Nadeau, N-A-D-E-A-U, Sylvie Nadeau."], ["514 555 0207"], JEUDI11, YES),
     "booked", R("Sylvie Nadeau", "+15145550207", THU, "11:00"),
     note="a surname spelled, then the full name: the later name")
call("n08", P(BOOK, ["Pardon?", "Marie-Josée Saint-Onge."], ["514 555 0208"], JEUDI11, YES),
     "booked", R("Marie-Josée Saint-Onge", "+15145550208", THU, "11:00"), not_say=["pas compris"],
     note="'pardon?' repeats the name prompt")

# --- times: dans deux semaines, après le dîner, pour, y a t il
call("t01", P(BOOK, [PO], [POP], ["Dans deux semaines, jeudi.", "La première."], YES),
     "booked", R(PO, POP, THU17, "09:00"), note="'dans deux semaines, jeudi' is Thursday 17")
call("t02", P(BOOK, [PO], [POP], ["Jeudi dans deux semaines, à 10 h."], YES),
     "booked", R(PO, POP, THU17, "10:00"), note="'jeudi dans deux semaines, à 10 h'")
call("t03", P(["Je voudrais un rendez-vous dans deux semaines, le jeudi, en après-midi."], [PO], [POP],
              ["La première."], YES),
     "booked", R(PO, POP, THU17, "13:00"), existing=busy(THU17, "12:00", "12:30"),
     note="Thursday 17 in the afternoon; 12:00 and 12:30 taken")
call("t04", P(BOOK, [PO], [POP], ["Jeudi après le dîner.", "La première."], YES),
     "booked", R(PO, POP, THU, "13:00"), existing=busy(THU, "12:00", "12:30"),
     note="'après le dîner' (Quebec lunch) bounds after noon; never a morning time")
call("t05", P(["Avez-vous de quoi demain après le dîner?"], [PO], [POP], YES, YES),
     "booked", R(PO, POP, WED, "13:00"), existing=busy(WED, "12:00", "12:30"),
     note="the window in the opening, kept; a yes takes the earliest offered")
call("t06", P(BOOK, [PO], [POP], ["Vendredi, avant le dîner.", "La dernière."], YES),
     "booked", R(PO, POP, FRI, "11:30"), existing=busy(FRI, "09:00", "10:30"),
     note="'avant le dîner' is before 12:00: Friday 11:00 and 11:30 left, the last taken")
call("t07", P(BOOK, [PO], [POP], ["Jeudi, pour deux heures et trente minutes."], YES),
     "booked", R(PO, POP, THU, "14:30"), note="'pour' names the time: 14:30, not a length")
call("t08", P(BOOK, [PO], [POP], ["Vendredi pour dix heures et quinze minutes.", "Dix heures et demie d'abord."],
              YES),
     "booked", R(PO, POP, FRI, "10:30"),
     note="10:15 is not on the half hour: refused; '10 h 30' keeps Friday")
call("t09", P(["Y a t il de la place jeudi après-midi?"], [PO], [POP], YES, YES),
     "booked", R(PO, POP, THU, "13:00"), existing=busy(THU, "12:00", "12:30"),
     note="'y a t il' without hyphens; Thursday afternoon offered, a yes takes the earliest")
call("t10", P(["Bonjour, y a t il moyen d'avoir un rendez-vous lundi à 10 h?"], [PO], [POP], [], YES),
     "booked", R(PO, POP, MON, "10:00"), note="the time in the opening is not asked again")
call("t11", P(BOOK, [PO], [POP], ["Y a t il quelque chose vendredi matin?", "La deuxième."], YES),
     "booked", R(PO, POP, FRI, "09:30"), note="'y a t il' in the time answer")

# --- phones: toll-free, double/triple, hundreds
call("p01", P(BOOK, ["Line Pelletier."], ["Un huit cent, cinq cinq cinq, zéro un, quarante."], JEUDI11, YES),
     "booked", R("Line Pelletier", "+18005550140", THU, "11:00"), note="'un huit cent' is 1 800")
call("p02", P(BOOK, ["Line Pelletier."], ["Un huit cent soixante-six, cinq cinq cinq, zéro zéro, vingt."],
              JEUDI11, YES),
     "booked", R("Line Pelletier", "+18665550020", THU, "11:00"), note="1 866 said as a hundred")
call("p03", P(BOOK, ["Line Pelletier."], ["Un huit huit huit, cinq cinq cinq, zéro un, onze."], JEUDI11, YES),
     "booked", R("Line Pelletier", "+18885550111", THU, "11:00"), note="1 888 digit by digit")
call("p04", P(BOOK, ["Line Pelletier."], ["Quatre cinq zéro, triple cinq, double zéro, douze."], JEUDI11, YES),
     "booked", R("Line Pelletier", "+14505550012", THU, "11:00"), note="'triple cinq, double zéro'")
call("p05", P(BOOK, ["Line Pelletier."],
              ["Cinq cent quatorze, cinq cent cinquante-cinq, zéro neuf, quatre-vingt-dix-huit."], JEUDI11, YES),
     "booked", R("Line Pelletier", "+15145550998", THU, "11:00"), note="hundreds, then pairs")
call("p06", P(BOOK, ["Line Pelletier."],
              ["Attendez un instant, je le cherche.", "Huit cent dix-neuf, cinq cinq cinq, soixante et onze, "
               "zéro deux."], JEUDI11, YES),
     "booked", R("Line Pelletier", "+18195557102", THU, "11:00"), not_say=["pas compris"],
     note="a stall, then 'huit cent dix-neuf', 'soixante et onze'")
call("p07", P(BOOK, ["Line Pelletier."], ["Pardon?", "Six un trois, cinq cinq cinq, zéro un, quarante-deux."],
              JEUDI11, YES),
     "booked", R("Line Pelletier", "+16135550142", THU, "11:00"), not_say=["pas compris"],
     note="'pardon?' repeats the phone prompt")

# --- repeats and stalls
call("r01", P(BOOK, ["Denis Caron."], ["514 555 0181"], ["Attendez un instant.", "Vendredi à 10 h."], YES),
     "booked", R("Denis Caron", "+15145550181", FRI, "10:00"), not_say=["pas compris"],
     note="'attendez un instant' at the time question")
call("r02", P(BOOK, ["Denis Caron."], ["514 555 0181"], JEUDI11, ["Pardon?", "Oui."]),
     "booked", R("Denis Caron", "+15145550181", THU, "11:00"), not_say=["pas compris"],
     note="'pardon?' at the read-back repeats it; never a no")
call("r03", P(BOOK, ["Attendez un instant, s'il vous plaît.", "Pardon?", "Réjean Doiron."], ["506 555 0183"],
              JEUDI11, YES),
     "booked", R("Réjean Doiron", "+15065550183", THU, "11:00"), now=local_now(WALL, MONCTON), tz=MONCTON,
     not_say=["pas compris"], note="a stall and a repeat in a row, then the name")

# --- clock times, weekday + date
call("h01", P(BOOK, [PO], [POP], ["Lundi à midi moins quart.", "Midi d'abord."], YES),
     "booked", R(PO, POP, MON, "12:00"),
     note="'midi moins quart' is 11:45, not on the half hour; 'midi' keeps Monday")
call("h02", P(BOOK, [PO], [POP], ["Mercredi à 3 h et demie."], YES),
     "booked", R(PO, POP, WED, "15:30"), note="'3 h et demie' is 15:30")
call("h03", P(BOOK, [PO], [POP], ["Jeudi le 10 à 9 h."], YES),
     "booked", R(PO, POP, NTHU, "09:00"), note="Quebec order 'jeudi le 10'")
call("h04", P(BOOK, [PO], [POP], ["Le vendredi 11 à 1 h 30."], YES),
     "booked", R(PO, POP, NFRI, "13:30"), note="'le vendredi 11 à 1 h 30'")

# --- everything at once
call("a01", P(["Bonjour, ici Lise Hébert, y a t il moyen d'avoir un rendez-vous dans deux semaines, jeudi, "
               "après le dîner? Mon numéro c'est le quatre un huit, cinq cinq cinq, douze, trente-quatre."],
              [], [], ["La première."], YES),
     "booked", R("Lise Hébert", "+14185551234", THU17, "13:00"), existing=busy(THU17, "12:00", "12:30"),
     note="'ici' name, a window two weeks on and a number in pairs, all in the opening")


# --- after the blind run (24/39; 39/39 after four engine fixes and c02's read-back answer):
# variants of the families fixed, in new words.
call("v-01", P(["Bonjour, je voudrais annuler mon dernier rendez-vous."], confirm=YES),
     "cancelled", R(G, OWN, NWED, "14:00"), caller_id=OWN, existing=TWO,
     note="'mon dernier rendez-vous' is the later of the two")
call("v-02", P(["Je voudrais annuler mon rendez-vous."], confirm=["Non, pas celui-là, le deuxième.", "Oui."]),
     "cancelled", R(G, OWN, NWED, "14:00"), caller_id=OWN, existing=TWO,
     note="the first read back, 'pas celui-là, le deuxième' turns to the second")
call("v-03", P(["Pourriez-vous changer mon deuxième rendez-vous pour lundi à 9 h?"], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, MON, "09:00"), caller_id=OWN, existing=TWO,
     say=["du mercredi 9 décembre à 14 h"],
     note="the second appointment moved (its read-back checked); 'pour lundi à 9 h' is the new time")
call("v-04", P(BOOK, ["Nom: Boudreau. Prénom: Marcel."], ["506 555 0204"], JEUDI11, YES),
     "booked", R("Marcel Boudreau", "+15065550204", THU, "11:00"), now=local_now(WALL, MONCTON), tz=MONCTON,
     note="'Nom' then 'Prénom' as on a form")
call("v-05", P(BOOK, [PO], [POP], ["Dans une semaine, jeudi, après le lunch.", "La première."], YES),
     "booked", R(PO, POP, NTHU, "13:00"), existing=busy(NTHU, "12:00", "12:30"),
     note="'dans une semaine, jeudi' is next week's Thursday; 'après le lunch' after noon")
call("v-06", P(BOOK, [PO], [POP], ["Lundi, pour onze heures et trente minutes."], YES),
     "booked", R(PO, POP, MON, "11:30"), note="'pour' names 11:30")
call("v-07", P(BOOK, ["Thibodeau, T-H-I-B-O-D-E-A-U, Yvon Thibodeau."], ["514 555 0209"], JEUDI11, YES),
     "booked", R("Yvon Thibodeau", "+15145550209", THU, "11:00"),
     note="a surname spelled, then the full name: the later name")

# The score checks only the new start of a move, so c05 and v-03 passed while the first
# appointment was moved: v-03's read-back is checked, and v-08 and v-09 check it too
# (c05's "à vendredi à 10 h" also named Friday as the appointment's day, which fits
# neither: the position decides then).
call("v-08", P(["Je voudrais déplacer mon deuxième rendez-vous."], time=["Vendredi à 10 h."],
               confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, FRI, "10:00"), caller_id=OWN, existing=TWO,
     say=["du mercredi 9 décembre à 14 h"], note="the second appointment moved, the new time asked")
call("v-09", P(["Je voudrais déplacer le deuxième rendez-vous à vendredi à 11 h."], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", R(G, OWN, FRI, "11:00"), caller_id=OWN, existing=TWO,
     say=["du mercredi 9 décembre à 14 h"], note="c05 with its read-back checked")


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe15.jsonl"), calls)
    print(f"wrote {n} calls")
