#!/usr/bin/env python3
"""Writes calls_fr_probe11.jsonl: French calls probed by hand, round 11 (SPEC-fr.md 5 on
top of SPEC.md 3), French callers doing what the English callers of probe round 10 did:
ruling out starts and weekdays ("sauf lundi", "pas mercredi", "entre 2 et 4 mais pas 3 h",
"pas à midi non plus"), days and starts relative to the one under discussion ("le
lendemain?", "la veille?", "une demi-heure plus tôt", "une heure plus tard"), the edges of
a day ("à la première heure", "en fin de journée"; "en fin d'après-midi" is ambiguous in
SPEC-fr 5.5 and left out), a new day at the read-back that keeps the time ("non,
mettez-le vendredi"), a name set off as a clause of the opening ("bonjour, Tom Blake, 514
..."), and a single free start offered as a yes/no.

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked start against the slot oracle.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe11.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, appt as A, busy, local_now, persona as P,  # noqa: E402
                      probe_calls, whole_day as whole, write_jsonl)

TZ = "America/Toronto"
NOW = local_now("2026-11-18T08:40", TZ)  # a Wednesday, before opening
FRI_EVE = local_now("2026-11-20T16:50", TZ)  # a Friday, after the last start
CID = "+15145550999"
LANGS = ["fr-CA", "en-CA"]
WED, THU, FRI, MON, TUE = "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"
NWED, NTHU = "2026-11-25", "2026-11-26"
calls = []


call = probe_calls(calls, "p11-fr", "probe11", NOW, TZ, CID, LANGS)


MARIE, MARIE_TEL, MARIE_P = ["Marie Tremblay."], ["514 555 0123"], "+15145550123"
YES = ["Oui."]
FIRST, LAST = ["La première."], ["La dernière."]


def M(start):
    return A("Marie Tremblay", MARIE_P, start)


# --- starts and weekdays ruled out
call("x01", P(["Avez-vous quelque chose jeudi entre 2 et 4 mais pas 3 h?"], MARIE, MARIE_TEL, LAST, YES),
     "booked", M(f"{THU}T14:30"), existing=busy(THU, "15:30", "15:30"),
     note="'entre 2 et 4 mais pas 3 h' with 15:30 taken: 14:00 and 14:30 are left")
call("x02", P(["N'importe quand la semaine prochaine, sauf mercredi."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{NTHU}T09:00"), existing=whole(MON) + whole(TUE),
     note="next week: Monday and Tuesday full, Wednesday ruled out")
call("x03", P(["Jeudi, mais pas le matin, et pas à 13 h non plus."], MARIE, MARIE_TEL, LAST, YES),
     "booked", M(f"{THU}T13:30"), note="'pas le matin' and 'pas à 13 h': 12:00, 12:30, 13:30 offered")
call("x04", P(["Mercredi prochain, mais pas à 9 h."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{NWED}T09:30"),
     note="'mercredi prochain' said on a Wednesday (both readings agree); 9 ruled out")
call("x05", P(["Je voudrais un rendez-vous jeudi."], MARIE, MARIE_TEL, ["Pas à 9 h par contre.", "La première."],
              YES),
     "booked", M(f"{THU}T09:30"), note="a start ruled out while the offers stand: they are made again without it")
call("x06", P(["Le plus tôt possible, mais pas lundi, je travaille le lundi."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{TUE}T09:00"), now=FRI_EVE,
     note="the earliest on a Friday after the last start, Monday ruled out: Tuesday 9")
call("x07", P(["Vendredi entre 13 h et 16 h, sauf 14 h."], MARIE, MARIE_TEL, LAST, YES),
     "booked", M(f"{FRI}T14:30"), note="'sauf 14 h' inside a window: 13:00, 13:30, 14:30 offered")
call("x08", P(["Jeudi après-midi, mais pas à midi."], MARIE, MARIE_TEL,
              ["Pas à midi et demi non plus.", "La première."], YES),
     "booked", M(f"{THU}T13:00"), note="'pas à midi', then 'pas à midi et demi non plus'")
call("x09", P(["N'importe quel jour sauf jeudi."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{FRI}T09:00"), existing=whole(WED),
     note="the earliest: today full, Thursday ruled out, Friday 9")
call("x10", P(["À part lundi, n'importe quand la semaine prochaine."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{TUE}T09:00"), note="'à part lundi': the offers start on Tuesday")
call("x11", P(["Je voudrais un rendez-vous la semaine prochaine, mais pas mardi."], MARIE, MARIE_TEL,
              FIRST, YES),
     "booked", M(f"{NWED}T09:00"), existing=whole(MON), note="Monday full, 'pas mardi': Wednesday 9")
call("x12", P(["Jeudi matin, mais pas 9 h 30."], MARIE, MARIE_TEL, ["La deuxième."], YES),
     "booked", M(f"{THU}T10:00"), note="9:00, 10:00, 10:30 offered; the second is 10:00")
call("x13", P(["Je voudrais un rendez-vous la semaine prochaine."], MARIE, MARIE_TEL,
              ["Pas lundi, je travaille.", "La première."], YES),
     "booked", M(f"{TUE}T09:00"), note="a weekday ruled out after the offers: Tuesday's are offered")

# --- days relative to the one under discussion
call("r01", P(["Jeudi, s'il vous plaît."], MARIE, MARIE_TEL, ["Hmm, et le lendemain?", "Oui."], YES),
     "booked", M(f"{FRI}T09:30"), existing=busy(FRI, "09:00", "09:00"),
     note="'le lendemain' after Thursday's offers: Friday's, 9 taken")
call("r02", P(["Mercredi prochain."], MARIE, MARIE_TEL, ["Et la veille?", "Oui."], YES),
     "booked", M(f"{TUE}T09:00"), note="'la veille' of next Wednesday is Tuesday")
call("r03", P(["Jeudi, s'il vous plaît."], MARIE, MARIE_TEL, ["Le jour suivant, c'est possible?", "Oui."], YES),
     "booked", M(f"{FRI}T09:00"), note="'le jour suivant'")
call("r04", P(["Vendredi."], MARIE, MARIE_TEL, ["Plutôt le jour d'avant?", "Oui."], YES),
     "booked", M(f"{THU}T09:00"), note="'le jour d'avant' Friday is Thursday")
call("r05", P(["Jeudi à 10 h."], MARIE, MARIE_TEL, [], ["Non, le lendemain plutôt, même heure.", "Oui."]),
     "booked", M(f"{FRI}T10:00"), note="'le lendemain, même heure' at the read-back")

# --- starts shifted
call("s01", P(["Vendredi à 15 h."], MARIE, MARIE_TEL, [],
              ["Pourriez-vous le mettre une demi-heure plus tôt?", "Oui."]),
     "booked", M(f"{FRI}T14:30"), note="'une demi-heure plus tôt' at the read-back")
call("s02", P(["Lundi à 10 h."], MARIE, MARIE_TEL, [], ["Une heure plus tard, ce serait mieux.", "Oui."]),
     "booked", M(f"{MON}T11:00"), note="'une heure plus tard' at the read-back")
call("s03", P(["Jeudi à 14 h."], MARIE, MARIE_TEL, [], ["Trente minutes plus tard, c'est possible?", "Oui."]),
     "booked", M(f"{THU}T14:30"), note="'trente minutes plus tard'")
call("s04", P(["Mardi prochain à 11 h."], MARIE, MARIE_TEL, [], ["Deux heures plus tôt.", "Oui."]),
     "booked", M(f"{TUE}T09:00"), note="'deux heures plus tôt'; 'mardi prochain' on a Wednesday (both agree)")
call("s05", P(["Jeudi à 13 h."], MARIE, MARIE_TEL, [], ["Une heure et demie plus tard.", "Oui."]),
     "booked", M(f"{THU}T14:30"), note="'une heure et demie plus tard'")

# --- edges of the day
call("e01", P(["J'aimerais venir lundi à la première heure."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{MON}T09:30"), existing=busy(MON, "09:00", "09:00"), note="'à la première heure' with 9 taken")
call("e02", P(["Quelque chose en fin de journée jeudi."], MARIE, MARIE_TEL, LAST, YES),
     "booked", M(f"{THU}T16:30"), note="'en fin de journée': the last offer is the day's last start")
call("e03", P(["Demain, à la première heure, si possible."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{THU}T09:00"), note="'demain, à la première heure'")
call("e04", P(["Vendredi, en fin de journée."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{FRI}T16:00"), note="'en fin de journée': the last hour's first start")
call("e05", P(["Mardi prochain, dès la première heure."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{TUE}T09:00"), note="'dès la première heure'; a yes takes the earliest offered")

# --- a new day at the read-back keeps the time
call("c01", P(["Jeudi à 10 h."], MARIE, MARIE_TEL, [], ["Non, mettez-le vendredi.", "Oui."]),
     "booked", M(f"{FRI}T10:00"), note="a new day at the read-back keeps the time")
call("c02", P(["Lundi à 14 h 30."], MARIE, MARIE_TEL, [], ["Non, plutôt mardi.", "Oui."]),
     "booked", M(f"{TUE}T14:30"), note="'non, plutôt mardi' keeps 14:30")
call("c03", P(["Mardi prochain à 9 h."], MARIE, MARIE_TEL, [], ["Non, pas mardi, mercredi, même heure.", "Oui."]),
     "booked", M(f"{NWED}T09:00"), note="'pas mardi, mercredi, même heure'")
call("c04", P(["Jeudi à 11 h."], MARIE, MARIE_TEL, [], ["Mettez-le donc vendredi à la place.", "Oui."]),
     "booked", M(f"{FRI}T11:00"), note="'mettez-le donc vendredi à la place'")

# --- a name set off as a clause of the opening
call("n01", P(["Bonjour, Tom Blake, 514 555 0133, jeudi à 9 h."], [], [], [], YES),
     "booked", A("Tom Blake", "+15145550133", f"{THU}T09:00"), note="a name with no cue, then the number and time")
call("n02", P(["Oui allô, Julie Roy, je voudrais vendredi à 10 h."], [], ["514 555 0188"], [], YES),
     "booked", A("Julie Roy", "+15145550188", f"{FRI}T10:00"), note="'oui allô, Julie Roy, ...'")
call("n03", P(["Bonjour, Sophie Gagnon, j'aimerais un rendez-vous lundi à 11 h."], [], ["514 555 0101"], [], YES),
     "booked", A("Sophie Gagnon", "+15145550101", f"{MON}T11:00"), note="a name clause then the request")
call("n04", P(["Bon matin, Luc Fortin, je voudrais prendre rendez-vous jeudi à 15 h."], [], ["514 555 0144"], [],
              YES),
     "booked", A("Luc Fortin", "+15145550144", f"{THU}T15:00"), note="'bon matin' is a greeting")
call("n05", P(["Allô, demain matin, c'est possible?"], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{THU}T09:00"), note="a clause that is no name: the name is asked")

# --- a single free start
call("o01", P(["Vendredi matin, s'il vous plaît."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{FRI}T10:30"), existing=busy(FRI, "09:00", "10:00") + busy(FRI, "11:00", "11:30"),
     say=["est-ce que ça vous convient"], not_say=["laquelle préférez-vous"],
     note="a single free start in the morning: offered alone, as a yes/no")
call("o02", P(["Lundi après-midi."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{MON}T15:30"), existing=busy(MON, "12:00", "15:00") + busy(MON, "16:00", "16:30"),
     say=["est-ce que ça vous convient"], not_say=["laquelle préférez-vous"],
     note="one free start in the afternoon is offered as a yes/no")


# --- after the blind run (10/39; 37/39 after the fixes): variants of the families fixed,
# written after the fixes.
call("v-01", P(["Jeudi matin, mais pas à 10 h ni à 10 h 30."], MARIE, MARIE_TEL, LAST, YES),
     "booked", M(f"{THU}T11:30"), existing=busy(THU, "09:00", "09:00"),
     note="two starts ruled out with 'ni'; 9 taken: 9:30, 11:00, 11:30 offered")
call("v-02", P(["Mardi prochain à 11 h."], MARIE, MARIE_TEL, [], ["Plutôt la veille, même heure.", "Oui."]),
     "booked", M(f"{MON}T11:00"), note="'la veille, même heure' at the read-back")
call("v-03", P(["Oui bonjour, Julie Roy ici, je voudrais jeudi à 14 h."], [], ["514 555 0188"], [], YES),
     "booked", A("Julie Roy", "+15145550188", f"{THU}T14:00"), note="'Julie Roy ici' in the opening")
call("v-04", P(["Mardi prochain, en fin de journée, mais pas 16 h 30."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{TUE}T16:00"), note="an edge with its last start ruled out: 16:00 alone, as a yes/no")


# --- written after round 12's fixes (pc12): a second choice after "sinon", "si c'est pas
# possible"; "la semaine prochaine" with its first days full stays in that week.
call("v-05", P(["Je voudrais un rendez-vous."], MARIE, MARIE_TEL,
              ["Êtes-vous ouverts samedi? Sinon, lundi à 11 h."], YES),
     "booked", M(f"{MON}T11:00"), note="'sinon' after a closed Saturday: Monday at 11")
call("v-06", P(["Jeudi à 10 h, si c'est pas possible, vendredi à 14 h."], MARIE, MARIE_TEL, [],
              YES),
     "booked", M(f"{FRI}T14:00"), existing=busy(THU, "10:00", "10:00"),
     note="'si c'est pas possible' after a taken start: the second choice")
call("v-07", P(["Jeudi à 10 h, sinon vendredi."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{THU}T10:00"),
     note="control: the first choice is free, the second is never used")
call("v-08", P(["La semaine prochaine, n'importe quand."], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{NWED}T09:00"), existing=whole(MON) + whole(TUE),
     note="next week with Monday and Tuesday full: Wednesday, not this Friday")


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe11.jsonl"), calls, lambda line: Business.default())
    print(f"wrote {n} calls")
