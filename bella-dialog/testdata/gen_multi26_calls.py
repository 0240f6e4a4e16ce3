#!/usr/bin/env python3
"""Writes multi26_calls.jsonl: calls with MORE THAN ONE REQUEST (SPEC §3): two changes of
two appointments in one turn, a change then a check, a change then a question the
business answers, a change then a booking, a caller who repeats the request just done,
plain one-request changes that must not loop, and French calls. The default business (a
line without `business`) and the Lethbridge physio clinic
(`businesses/physio_lethbridge.toml`, with FAQ answers), in zones not used by the change
rounds 23-25.

Written blind from the SPEC and the round's brief, and committed before Bella ran on it
(task pa26). Families:
- `t`: two requests in one turn (two changes, a change and a check, one change of two
  appointments);
- `c`: a change, then a check of the other appointment in the next intent line;
- `q`: a change and a question (the physio clinic's FAQ), in one turn or the next;
- `b`: a change, then a booking;
- `r`: the persona's one intent line repeated after the change (SPEC §3: a used-up list
  repeats its last entry): "already done" and a goodbye, never a second change;
- `s`: one-request changes with a "no, that's all" or a repeated line;
- `x`: a cancel then a move of another appointment, in two intent lines;
- `k`: "book two appointments" (optional in the brief);
- `f`: French.

Beyond the SPEC (said in each case's note): a call with two changes is labelled with the
last change made; a check or a question beside a change keeps the change as the outcome;
a booking after a change is the call's last change, so `booked`.

The reference instant is Tuesday 2027-06-08 10:05 local time in each call's zone.

Blind score (main at 0894e65): 26/33 on outcomes (score.py), 14/33 with the runner's
wording checks; t01 then relabelled (a bare "wednesday" is the next one, SPEC §2). After
the fixes (requests.rs) 32/33; ten variants (`v`, written after the fixes) 1/10 with the
start binary (7/10 on outcomes alone), 10/10 after. May fail: k01 (two bookings said up
front: one is made). Round 27 (pa27): both are made; k01 relabelled (its Wednesday is
the next one, June 9th, SPEC §2) and passes.

Run: python3 bella-dialog/testdata/gen_multi26_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import ChangeRound, persona, write_jsonl   # noqa: E402

KIND = "multi26"
NOW = "2027-06-08T10:05"
WED, THU, FRI = "2027-06-09", "2027-06-10", "2027-06-11"
MON, TUE, WED2, THU2, FRI2 = ("2027-06-14", "2027-06-15", "2027-06-16", "2027-06-17",
                              "2027-06-18")
MON3 = "2027-06-21"
PHYSIO = "businesses/physio_lethbridge.toml"
# zone key -> (time zone, area code)
ZONES = {
    "sud": ("America/Toronto", "705"), "kam": ("America/Vancouver", "778"),
    "rdr": ("America/Edmonton", "587"), "gby": ("America/Goose_Bay", "709"),
    "swc": ("America/Swift_Current", "306"), "dcr": ("America/Dawson_Creek", "250"),
    "gla": ("America/Glace_Bay", "902"), "fne": ("America/Fort_Nelson", "250"),
    "leth": ("America/Edmonton", "403"), "mtl": ("America/Toronto", "438"),
    "qc": ("America/Toronto", "581"),
}
FR = ["fr-CA", "en-CA"]

lines = []
_round = ChangeRound(lines, "mu26", KIND, ZONES, NOW, 600, "9400")
num, stranger, add, mine = _round.num, _round.stranger, _round.add, _round.mine
moved, cancelled, kept, booked = (_round.moved, _round.cancelled, _round.kept,
                                  _round.booked)

# ------------------------------------------------- t: two requests in one turn
n = 1
add("t01", "sud", n, persona(intent=["hi, can you cancel my friday one and move the tuesday "
                                     "one to wednesday at 2"], confirm=["yes"]),
    moved("sud", n, "Dana Lachance", f"{WED}T14:00"),
    mine("sud", n, "Dana Lachance", f"{FRI}T11:00", f"{TUE}T09:30"),
    "a cancel then a move in one turn: both read back and made; labelled with the last "
    "said (the move); 'wednesday' is tomorrow (SPEC: the next such day), relabelled after "
    "the blind run had it June 16th")
n = 2
add("t02", "kam", n, persona(intent=["I need to move my monday appointment to thursday at 11 "
                                     "and cancel the one on the 17th"], confirm=["yes"]),
    cancelled("kam", n, "Priya Sandhu", f"{THU2}T15:00"),
    mine("kam", n, "Priya Sandhu", f"{MON}T10:00", f"{THU2}T15:00"),
    "a move then a cancel in one turn: labelled with the cancel (the last)")
n = 3
add("t03", "rdr", n, persona(intent=["could you cancel the wednesday one, and when's my other "
                                     "one again?"], confirm=["yes"]),
    cancelled("rdr", n, "Owen Byrne", f"{WED}T13:30", say=["Friday, June 18th at 4 p.m."]),
    mine("rdr", n, "Owen Byrne", f"{WED}T13:30", f"{FRI2}T16:00"),
    "a cancel and a check of the other one in one turn: the other told after the cancel")
n = 4
add("t04", "gby", n, persona(intent=["I've got two appointments, I need to cancel the one on "
                                     "thursday"], confirm=["yes"]),
    cancelled("gby", n, "Mary Rumbolt", f"{THU}T09:00"),
    mine("gby", n, "Mary Rumbolt", f"{THU}T09:00", f"{MON}T14:00"),
    "two appointments, one named: only it is cancelled, the repeated line ends the call")
n = 5
add("t05", "swc", n, persona(intent=["please move my thursday appointment to friday at 10, "
                                     "and push the monday one to tuesday at 3"],
                             confirm=["yes"]),
    moved("swc", n, "Gord Wiebe", f"{TUE}T15:00"),
    mine("swc", n, "Gord Wiebe", f"{THU}T13:00", f"{MON}T11:30"),
    "two moves in one turn: each read back and made; labelled with the last (Monday's)")

# ------------------------------------------------- c: a change, then a check
n = 11
add("c01", "dcr", n, persona(intent=["I need to cancel my monday appointment",
                                     "oh and what time is my other one?"], confirm=["yes"]),
    cancelled("dcr", n, "Tyler Moen", f"{MON}T09:00", say=["Thursday, June 17th at 2:30 p.m."]),
    mine("dcr", n, "Tyler Moen", f"{MON}T09:00", f"{THU2}T14:30"),
    "a cancel, then (at 'anything else?') a check of the other: told, the cancel stays")
n = 12
add("c02", "gla", n, persona(intent=["can you move my friday appointment to monday at 1",
                                     "and when's my next one after that?"], confirm=["yes"]),
    moved("gla", n, "Colin MacNeil", f"{MON}T13:00", say=["Monday, June 21st at 10 a.m."]),
    mine("gla", n, "Colin MacNeil", f"{FRI}T10:00", f"{MON3}T10:00"),
    "a move, then a check of the other one")
n = 13
add("c03", "fne", n, persona(intent=["I'd like to cancel my appointment tomorrow",
                                     "do I have anything else booked with you?"],
                             confirm=["yes"]),
    cancelled("fne", n, "Rita Gagnon", f"{WED}T15:30", say=["Tuesday, June 15th at 11 a.m."]),
    mine("fne", n, "Rita Gagnon", f"{WED}T15:30", f"{TUE}T11:00"),
    "a cancel, then 'anything else booked?': the other one told")
n = 14
add("c04", "sud", n, persona(intent=["move my appointment from thursday to friday at 9 please",
                                     "great, and can you tell me when my other booking is?",
                                     "no that's it, thanks"], confirm=["yes"]),
    moved("sud", n, "Amir Haddad", f"{FRI}T09:00", say=["Wednesday, June 16th at 3 p.m."]),
    mine("sud", n, "Amir Haddad", f"{THU}T12:00", f"{WED2}T15:00"),
    "a move, a check, then 'no that's it': goodbye, the move the outcome")

# ------------------------------------------------- q: a change and a question
n = 21
add("q01", "leth", n, persona(intent=["can you cancel my appointment on thursday? and is there "
                                      "parking at your place?"], confirm=["yes"]),
    cancelled("leth", n, "Brooke Tanaka", f"{THU}T10:30", say=["free parking"]),
    mine("leth", n, "Brooke Tanaka", f"{THU}T10:30"),
    "a cancel and a question in one turn: the question answered after the cancel",
    business=PHYSIO)
n = 22
add("q02", "leth", n, persona(intent=["I need to move my friday appointment to monday at 2",
                                      "oh and where are you located again?"], confirm=["yes"]),
    moved("leth", n, "Shawn Vanderlee", f"{MON}T14:00", say=["Mayor Magrath"]),
    mine("leth", n, "Shawn Vanderlee", f"{FRI}T15:00"),
    "a move, then the address asked at 'anything else?'", business=PHYSIO)
n = 23
add("q03", "leth", n, persona(intent=["hi I have to cancel tomorrow's appointment, is there a fee "
                                      "for cancelling this late?"], confirm=["yes"]),
    cancelled("leth", n, "Jenna Holt", f"{WED}T09:00", say=["24 hours"]),
    mine("leth", n, "Jenna Holt", f"{WED}T09:00"),
    "a cancel and a question about the late-cancel fee in one turn", business=PHYSIO)
n = 24
add("q04", "leth", n, persona(intent=["could you move my appointment to thursday at 4",
                                      "also, do you take visa?", "no, that's all"],
                              confirm=["yes"]),
    moved("leth", n, "Marcus Fehr", f"{THU}T16:00", say=["Visa"]),
    mine("leth", n, "Marcus Fehr", f"{TUE}T10:00"),
    "a move, a question about payment, then 'no, that's all'", business=PHYSIO)

# ------------------------------------------------- b: a change, then a booking
n = 31
add("b01", "kam", n, persona(intent=["I need to move my tuesday appointment to thursday at 9",
                                     "can I also book one for my daughter on friday at 10?"],
                             name=["her name is Mia Sandhu"], phone=["the one I'm calling from"],
                             confirm=["yes"]),
    booked("kam", n, "Mia Sandhu", f"{FRI}T10:00"),
    mine("kam", n, "Ravi Sandhu", f"{TUE}T13:00"),
    "a move, then a booking for the daughter under the number calling; the booking is the "
    "last change")
n = 32
add("b02", "rdr", n, persona(intent=["please cancel my appointment on wednesday",
                                     "actually while I have you, I'd like to book a new one "
                                     "for monday at 11"],
                             confirm=["yes"]),
    booked("rdr", n, "Helen Kowal", f"{MON}T11:00"),
    mine("rdr", n, "Helen Kowal", f"{WED}T16:00"),
    "a cancel, then a new booking for the same caller (name and number known from the "
    "appointment found, or asked)")

# ------------------------------------------------- r: the request repeated after the change
n = 41
add("r01", "gby", n, persona(intent=["I need to cancel my appointment"], confirm=["yes"]),
    cancelled("gby", n, "Lloyd Pardy", f"{THU}T11:00", say=["already"]),
    mine("gby", n, "Lloyd Pardy", f"{THU}T11:00"),
    "the one line repeated at 'anything else?': told it is already done, goodbye")
n = 42
add("r02", "swc", n, persona(intent=["I need to cancel my monday appointment"],
                             confirm=["yes"]),
    cancelled("swc", n, "Ann Friesen", f"{MON}T09:30"),
    mine("swc", n, "Ann Friesen", f"{MON}T09:30", f"{MON3}T09:30"),
    "the repeated line must not cancel the other Monday (the 21st): the first is done")
n = 43
add("r03", "dcr", n, persona(intent=["can you move my appointment to friday at 11"],
                             confirm=["yes"]),
    moved("dcr", n, "Nils Berg", f"{FRI}T11:00", say=["already"]),
    mine("dcr", n, "Nils Berg", f"{WED}T14:00"),
    "the move said once, repeated at 'anything else?': already done, no second move")
n = 44
add("r04", "gla", n, persona(intent=["hi, I need to cancel my appointment on the 16th"],
                             confirm=["yes"]),
    cancelled("gla", n, "Fiona Rankin", f"{WED2}T10:00"),
    mine("gla", n, "Fiona Rankin", f"{WED2}T10:00", f"{FRI2}T10:00"),
    "the 16th cancelled; the repeated line names the same day: the Friday one stays")
n = 45
add("r05", "fne", n, persona(intent=["move my thursday one to friday at 2"], confirm=["yes"]),
    moved("fne", n, "Erik Solberg", f"{FRI}T14:00"),
    mine("fne", n, "Erik Solberg", f"{THU}T09:30", f"{THU2}T09:30"),
    "two Thursdays, the next one moved; the repeated line must not move the other")
n = 46
add("r06", "sud", n, persona(intent=["move my wednesday appointment to thursday at 3",
                                     "and cancel my other one please"], confirm=["yes"]),
    cancelled("sud", n, "Joelle Roy", f"{FRI2}T13:00"),
    mine("sud", n, "Joelle Roy", f"{WED}T11:00", f"{FRI2}T13:00"),
    "a move, then a cancel of the other one: both made, labelled with the cancel")

# ------------------------------------------------- s: one request, then done
n = 51
add("s01", "kam", n, persona(intent=["cancel my appointment on thursday please",
                                     "no, that's everything, thanks"], confirm=["yes"]),
    cancelled("kam", n, "Hugo Lavoie", f"{THU}T14:00", say=["anything else"]),
    mine("kam", n, "Hugo Lavoie", f"{THU}T14:00"),
    "a cancel, then 'anything else?' answered no: goodbye")
n = 52
add("s02", "rdr", n, persona(intent=["I want to move my appointment to 2 on friday",
                                     "nope, that's it"], confirm=["yes"]),
    moved("rdr", n, "Carla Moreno", f"{FRI}T14:00", say=["anything else"]),
    mine("rdr", n, "Carla Moreno", f"{WED}T10:00"),
    "a move, then 'nope, that's it'")
n = 53
add("s03", "gby", n, persona(intent=["hi there, I won't be able to make my appointment, can you "
                                     "cancel it"], confirm=["yes please"]),
    cancelled("gby", n, "Wade Oliver", f"{MON}T15:30"),
    mine("gby", n, "Wade Oliver", f"{MON}T15:30"),
    "one intent line, repeated after the cancel: still cancelled, no loop")
n = 54
add("s04", "swc", n, persona(intent=["I need to push my appointment back to next tuesday at 9"],
                             confirm=["yes"]),
    moved("swc", n, "Lorna Penner", f"{TUE}T09:00"),
    mine("swc", n, "Lorna Penner", f"{THU}T16:00"),
    "one intent line, repeated after the move: still moved once")
n = 55
add("s05", "dcr", n, persona(intent=["when is my appointment?", "thanks, bye"]),
    kept(say=["Friday, June 11th at 1 p.m."]),
    mine("dcr", n, "Ivy Chen", f"{FRI}T13:00"),
    "a check alone, then goodbye: nothing changed")
n = 56
add("s06", "gla", n, persona(intent=["cancel my appointment", "thank you, goodbye"],
                             confirm=["yes"]),
    cancelled("gla", n, "Kevin Boutilier", f"{THU2}T11:30"),
    mine("gla", n, "Kevin Boutilier", f"{THU2}T11:30"),
    "a cancel, then 'thank you, goodbye' at 'anything else?'")

# ------------------------------------------------- x: a cancel, then a move in the next line
n = 61
add("x01", "fne", n, persona(intent=["cancel my tuesday appointment",
                                     "oh and can you move my friday one to monday at 9?"],
                             confirm=["yes"]),
    moved("fne", n, "Paul Letendre", f"{MON}T09:00"),
    mine("fne", n, "Paul Letendre", f"{TUE}T10:00", f"{FRI}T12:30"),
    "a cancel, then a move of the other at 'anything else?': both made, the move labels")
n = 62
add("x02", "kam", n, persona(intent=["move my thursday appointment to next wednesday at 10",
                                     "and my monday one, just cancel it", "that's all"],
                             confirm=["yes"]),
    cancelled("kam", n, "Sofia Ricci", f"{MON}T16:00"),
    mine("kam", n, "Sofia Ricci", f"{THU}T15:00", f"{MON}T16:00"),
    "a move, then a cancel of the Monday one, then 'that's all'")

# ------------------------------------------------- k: two bookings said up front (optional)
add("k01", "sud", 71, persona(intent=["I'd like to book two appointments, monday and wednesday "
                                      "at 10"], name=["Rosa Bianchi"],
                              phone=["seven oh five, five five five, two six seven one"],
                              time=["10 is fine"], confirm=["yes"]),
    booked("sud", 71, "Rosa Bianchi", f"{WED}T10:00"),
    [],
    "two bookings said up front: both made (name and number kept), labelled with the last; "
    "'wednesday' alone is tomorrow (SPEC §2: the next such day), relabelled in round 27 "
    "(pa27) from June 16th, as t01 was",
    caller=None)

# ------------------------------------------------- f: French


def add_fr(cid, z, n, persona_, expected, existing, note):
    """A French call (`languages` fr-CA first) from caller `n`'s own number in zone `z`."""
    _round._add(cid, NOW, ZONES[z][0], num(z, n), persona_, expected, existing, note=note,
                languages=FR)


n = 81
add_fr("f01", "mtl", n, persona(intent=["Bonjour, pouvez-vous annuler mon rendez-vous de jeudi?",
                                     "Non, c'est tout, merci."], confirm=["Oui."]),
    dict(cancelled("mtl", n, "Josée Tremblay", f"{THU}T10:00"), agent_lang="fr"),
    mine("mtl", n, "Josée Tremblay", f"{THU}T10:00"),
    "a cancel, then 'non, c'est tout' at 'autre chose?'")
n = 82
add_fr("f02", "qc", n, persona(intent=["Je voudrais déplacer mon rendez-vous de vendredi à lundi "
                                    "à 14 h.", "Pis mon autre rendez-vous, c'est quand déjà?"],
                            confirm=["Oui."]),
    dict(moved("qc", n, "Marc Gagnon", f"{MON}T14:00", say=["jeudi 17 juin à 11 h"]),
         agent_lang="fr"),
    mine("qc", n, "Marc Gagnon", f"{FRI}T09:00", f"{THU2}T11:00"),
    "a move, then a check of the other one, in French")
n = 83
add_fr("f03", "mtl", n, persona(intent=["Faudrait que j'annule mon rendez-vous."],
                             confirm=["Oui, merci."]),
    dict(cancelled("mtl", n, "Luc Bergeron", f"{WED}T15:00"), agent_lang="fr"),
    mine("mtl", n, "Luc Bergeron", f"{WED}T15:00"),
    "one French line repeated after the cancel: already done, au revoir")

# ------------------------------------------------- v: variants, written after the fixes
n = 91
add("v01", "kam", n, persona(intent=["can you cancel my thursday one",
                                     "and could you tell me when my next appointment is?"],
                             confirm=["yes"]),
    cancelled("kam", n, "Dev Patel", f"{THU}T09:30", say=["Monday, June 21st at 1 p.m."]),
    mine("kam", n, "Dev Patel", f"{THU}T09:30", f"{MON3}T13:00"),
    "variant of c04: 'tell me when my next appointment is' after a cancel is a check")
n = 92
add("v02", "leth", n, persona(intent=["please cancel my monday appointment",
                                      "is there somewhere to park?"], confirm=["yes"]),
    cancelled("leth", n, "Tara Olsen", f"{MON}T11:00", say=["free parking"]),
    mine("leth", n, "Tara Olsen", f"{MON}T11:00"),
    "variant of q02: a question at 'anything else?' asked again ends the call, no transfer",
    business=PHYSIO)
n = 93
add("v03", "gla", n, persona(intent=["move my friday appointment to tuesday at 10",
                                     "can you cancel the other one too"], confirm=["yes"]),
    cancelled("gla", n, "Neil Morrison", f"{THU2}T14:00"),
    mine("gla", n, "Neil Morrison", f"{FRI}T09:00", f"{THU2}T14:00"),
    "variant of r06: 'the other one' after a move is not the one just moved")
n = 94
add("v04", "sud", n, persona(intent=["I need to cancel tomorrow's appointment",
                                     "oh and I'd like to book a new appointment for thursday "
                                     "at 3"], confirm=["yes"]),
    booked("sud", n, "Gail Lemieux", f"{THU}T15:00"),
    mine("sud", n, "Gail Lemieux", f"{WED}T10:30"),
    "variant of b02: a booking after a cancel, the known caller's name kept")
n = 95
add("v05", "dcr", n, persona(intent=["cancel my appointment on the 15th",
                                     "when's my next one after that?"], confirm=["yes"]),
    cancelled("dcr", n, "Ray Dumont", f"{TUE}T16:00", say=["Friday, June 18th at 9 a.m."]),
    mine("dcr", n, "Ray Dumont", f"{TUE}T16:00", f"{FRI2}T09:00"),
    "variant of c02: 'when's my next one' after a cancel")
n = 96
add("v06", "swc", n, persona(intent=["please cancel the one on friday, and move my wednesday "
                                     "one to thursday at 10"], confirm=["yes"]),
    moved("swc", n, "Elsie Wall", f"{THU}T10:00"),
    mine("swc", n, "Elsie Wall", f"{FRI}T14:30", f"{WED}T15:30"),
    "variant of t01: a cancel then a move of another in one turn, both made")
n = 97
add("v07", "rdr", n, persona(intent=["can you move my appointment from tuesday to friday at 4, "
                                     "and what time is my other one on the 17th?"],
                             confirm=["yes"]),
    moved("rdr", n, "Lee Tran", f"{FRI}T16:00", say=["Thursday, June 17th at 9:30 a.m."]),
    mine("rdr", n, "Lee Tran", f"{TUE}T11:00", f"{THU2}T09:30"),
    "variant of t03: a move and a check of another in one turn")
n = 98
add("v08", "gby", n, persona(intent=["hi, I'm calling to cancel my appointment",
                                     "no thank you, that's all"], confirm=["yes"]),
    cancelled("gby", n, "Joan Keeping", f"{FRI}T13:30", say=["anything else"]),
    mine("gby", n, "Joan Keeping", f"{FRI}T13:30"),
    "variant of s01: 'no thank you, that's all' at 'anything else?'")
n = 99
add("v09", "fne", n, persona(intent=["could you push my appointment to monday at 10"],
                             confirm=["yes"]),
    moved("fne", n, "Ada Reimer", f"{MON}T10:00", say=["already"]),
    mine("fne", n, "Ada Reimer", f"{THU}T11:30"),
    "variant of r03: the move's line repeated is already done")
n = 84
add_fr("v10", "qc", n, persona(intent=["Bonjour, je dois annuler mon rendez-vous de jeudi.",
                                       "Pis mon autre rendez-vous, c'est à quelle heure?"],
                               confirm=["Oui."]),
       dict(cancelled("qc", n, "Réjean Côté", f"{THU}T13:00", say=["lundi 14 juin à 10 h"]),
            agent_lang="fr"),
       mine("qc", n, "Réjean Côté", f"{THU}T13:00", f"{MON}T10:00"),
       "variant of f02: a French cancel, then the hour of the other one")

write_jsonl(os.path.join(HERE, "multi26_calls.jsonl"), lines)
