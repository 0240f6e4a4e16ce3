"""Repeats after a switch to French, and in a French-first business, at every step
(task pl13, from probe round 13: a repeat at a read-back replayed its day, time and
number in English inside the French sentence).

Each call asks for a repeat (or stalls) at one step; `agent_lang` checks that every
agent turn from the caller's first French turn on is in French (or, for a caller who
switches a French-first business to English, in English). Outcomes worked out by hand
from SPEC.md §3 and SPEC-fr.md §5.7 (the call's language is the caller's).

Run: python3 bella-dialog/testdata/gen_calls_fr_repeat13.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

TZ = "America/Toronto"
NOW = local_now("2026-12-03T08:50", TZ)  # a Thursday, before opening
CID = "+15145550999"
OWN = "+15145550181"
THU, FRI, MON, NTHU = "2026-12-03", "2026-12-04", "2026-12-07", "2026-12-10"
calls = []

# An English-first business that speaks French; a French-first one that speaks English.
en_first = probe_calls(calls, "r13-en", "repeat13", NOW, TZ, CID, ["en-CA", "fr-CA"])
fr_first = probe_calls(calls, "r13-fr", "repeat13", NOW, TZ, CID, ["fr-CA", "en-CA"])

HI = ["Hi, I'd like to book an appointment."]
BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
AGAIN = "Pouvez-vous répéter, s'il vous plaît?"
PARDON = "Pardon? Je n'ai pas compris."
WAIT = "Un instant, s'il vous plaît."
YES = ["Oui."]
D = "Denis Caron"
ONE = [entry(f"{FRI}T10:00", D, OWN)]


def R(day, hhmm, phone="+15145550181"):
    return appt(D, phone, f"{day}T{hhmm}")


# --- English-first business: the caller switches to French with the repeat itself
en_first("n01", P(HI, [AGAIN, "Denis Caron."], ["514 555 0181"], ["Vendredi à 10 h."], YES),
         "booked", R(FRI, "10:00"), note="a French repeat at the name question")
en_first("p01", P(HI, ["Denis Caron."], [AGAIN, "514 555 0181"], ["Vendredi à 10 h."], YES),
         "booked", R(FRI, "10:00"), note="a French repeat at the number question")
en_first("t01", P(HI, ["Denis Caron."], ["514 555 0181"], [AGAIN, "Vendredi à 10 h."], YES),
         "booked", R(FRI, "10:00"), note="a French repeat at the time question")
en_first("o01", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday.", AGAIN, "La première."], YES),
         "booked", R(FRI, "09:00"), note="a French repeat of the offers: the times in French")
en_first("o02", P(HI, ["Denis Caron."], ["514 555 0181"], ["Saturday.", PARDON, "Lundi à 10 h."], YES),
         "booked", R(MON, "10:00"),
         note="a French repeat after 'closed on Saturdays' and the nearest offers")
en_first("o03", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday.", WAIT, "La deuxième."], YES),
         "booked", R(FRI, "09:30"), note="a French stall at the offers")
en_first("b01", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday at 10."], [AGAIN, "Oui."]),
         "booked", R(FRI, "10:00"),
         note="a French repeat at the read-back: name, number, day and time all in French")
en_first("b02", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday at 10."], [WAIT, "Oui."]),
         "booked", R(FRI, "10:00"), note="a French stall at the read-back")
en_first("b03", P(HI, ["Denis Caron."], ["Je préfère parler français. 514 555 0181"],
                  ["Vendredi.", "La première."],
                  [AGAIN, "Oui."]),
         "booked", R(FRI, "09:00"), note="switched at the number; a repeat at the read-back")
en_first("b04", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday at 10."],
                  ["Attendez, pouvez-vous répéter le numéro?", "Oui."]),
         "booked", R(FRI, "10:00"), note="a French question about the read-back is a repeat")
en_first("c01", P(["Hi, I need to cancel my appointment."], confirm=[AGAIN, "Oui."]),
         "cancelled", R(FRI, "10:00", OWN), caller_id=OWN, existing=ONE,
         note="a French repeat at 'would you like me to cancel it'")
en_first("m01", P(["Hi, I'd like to move my appointment to Monday at 11."], time=YES,
                  confirm=[AGAIN, "Oui."]),
         "rescheduled", R(MON, "11:00", OWN), caller_id=OWN, existing=ONE,
         note="a French repeat at the move's read-back: both times in French")

# --- French-first business: repeats in French at every step
fr_first("n01", P(BOOK, [AGAIN, "Denis Caron."], ["514 555 0181"], ["Vendredi à 10 h."], YES),
         "booked", R(FRI, "10:00"), note="a repeat at the name question")
fr_first("p01", P(BOOK, ["Denis Caron."], [PARDON, "514 555 0181"], ["Vendredi à 10 h."], YES),
         "booked", R(FRI, "10:00"), note="a repeat at the number question")
fr_first("o01", P(BOOK, ["Denis Caron."], ["514 555 0181"], ["Vendredi.", AGAIN, "La première."], YES),
         "booked", R(FRI, "09:00"), note="a repeat of the offers")
fr_first("o02", P(BOOK, ["Denis Caron."], ["514 555 0181"], ["Samedi.", AGAIN, "Lundi à 10 h."], YES),
         "booked", R(MON, "10:00"), note="a repeat after 'fermé le samedi'")
fr_first("b01", P(BOOK, ["Denis Caron."], ["514 555 0181"], ["Vendredi à 10 h."], [AGAIN, "Oui."]),
         "booked", R(FRI, "10:00"), note="a repeat at the read-back")
fr_first("c01", P(["Bonjour, je voudrais annuler mon rendez-vous."], confirm=[AGAIN, "Oui."]),
         "cancelled", R(FRI, "10:00", OWN), caller_id=OWN, existing=ONE,
         note="a repeat at 'voulez-vous que je l'annule'")
fr_first("m01", P(["Bonjour, je voudrais déplacer mon rendez-vous à lundi à 11 h."], time=YES,
                  confirm=[AGAIN, "Oui."]),
         "rescheduled", R(MON, "11:00", OWN), caller_id=OWN, existing=ONE,
         note="a repeat at the move's read-back")

# --- French-first business, an English caller: repeats in English
fr_first("e01", P(HI, ["Denis Caron."], ["514 555 0181"], ["Friday at 10."],
                  ["Sorry, can you repeat that?", "Yes."]),
         "booked", R(FRI, "10:00"), lang="en", note="an English repeat at the read-back")
fr_first("e02", P(HI, ["Denis Caron."], ["514 555 0181"],
                  ["Friday.", "Sorry, can you repeat that?", "The first one."], ["Yes."]),
         "booked", R(FRI, "09:00"), lang="en", note="an English repeat of the offers")

# --- the optometrist (English first, French spoken): a French question in the inverted
# form is French, and a price that is no amount is said naturally in both languages
OPT = "businesses/optometrist.toml"
MONCTON = "America/Moncton"
OPT_NOW = local_now("2027-03-01T08:30", MONCTON)
BYE_FR = "Non, c'est tout, merci. Bonne journée!"
BYE_EN = "No, that's all, thanks. Bye!"


def opt(cid, persona_, **kw):
    """A question to the optometrist, answered, then a goodbye: no booking."""
    en_first(cid, persona_, "no_booking", no_appt=True, business=OPT, now=OPT_NOW, tz=MONCTON,
             **kw)


opt("q01", P(["Y a-t-il du stationnement?", BYE_FR]), say=["stationnement gratuit"],
    note="'y a-t-il' alone tells French: the French parking answer")
opt("q02", P(["Bonjour, acceptez-vous Visa?", BYE_FR]), say=["Visa"],
    note="'acceptez-vous' tells French")
opt("q03", P(["Is there parking? This is Jean-Claude.", BYE_EN]), lang="en", say=["free parking"],
    note="a hyphenated French name in an English turn: English")
opt("q04", P(["Bonjour, combien coûte l'ajustement de lunettes?", BYE_FR]), say=["est gratuit"],
    not_say=["coûte gratuit"], note="a free service: 'est gratuit', not 'coûte gratuit'")
opt("q05", P(["Hi, how much is a glasses adjustment?", BYE_EN]), lang="en",
    say=["Glasses adjustment is free"], note="a free service in English")

if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_repeat13.jsonl"), calls)
    print(f"wrote {n} calls")
