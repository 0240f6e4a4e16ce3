#!/usr/bin/env python3
"""Writes calls_fr_probe12.jsonl: French calls probed by hand, round 12 (SPEC-fr.md 5 on
top of SPEC.md 3 and 3.1), themes not covered by rounds 7-11:

- Quebec speech: "c't'après-midi", "à soir", "à matin, vers 10 h", "en fin de semaine",
  "mardi qui vient", "dans deux semaines", "le 15", "jeudi le 17", "midi et demi",
  "moins quart", "et quart", "vers l'heure du dîner" (dîner is the noon meal in Quebec),
  "après l'ouvrage", "de bonne heure";
- anglicisms and code-switching: "booker", "canceller", "checker vos disponibilités",
  "rescheduler", "c'est correct", "ok parfait", "appointment" and "next week" in a
  French sentence;
- numbers: digit by digit, "quatre-vingt-dix-huit", "double cinq", "deux fois cinq",
  "le même que celui d'où j'appelle", "mon cell", a number in pieces over two turns, a
  digit corrected in the turn and at the read-back;
- names: Tremblay, Gagnon, Lévesque, Bélanger, "Marie-Ève", "de la Fontaine",
  "St-Pierre", spelled with "comme dans", "e accent aigu", "trait d'union";
- a question in the middle (price, opening hours, parking, walk-ins), then carrying on;
  a booking for someone else ("pour mon garçon", "pour ma mère");
- cancel, move and check: "je pourrai pas y aller demain", "reporter d'une semaine",
  "la semaine prochaine, même jour, même heure", "une heure plus tard";
- asking for a person ("un agent", "une vraie personne", "parler à quelqu'un"),
  frustration, stalls ("attendez un instant, je regarde mon agenda").

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe12.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, business_by_name, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

TZ = "America/Toronto"
NOW = local_now("2026-11-18T08:40", TZ)  # a Wednesday, before opening
CID = "+15145550999"
OWN = "+15145550100"
LANGS = ["fr-CA", "en-CA"]
CLINIQUE = os.path.join(HERE, "..", "examples", "clinique.toml")
WED, THU, FRI, MON, TUE = "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"
NWED, NTHU = "2026-11-25", "2026-11-26"
calls = []


call = probe_calls(calls, "p12-fr", "probe12", NOW, TZ, CID, LANGS)


A = appt


BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
MARIE, MARIE_TEL, MARIE_P = ["Marie Tremblay."], ["514 555 0123"], "+15145550123"
YES = ["Oui."]
FIRST, LAST = ["La première."], ["La dernière."]


def M(start, **extra):
    return A("Marie Tremblay", MARIE_P, start, **extra)


# --- Quebec speech
call("q01", P(["Auriez-vous de la place c't'après-midi?"], MARIE, MARIE_TEL, FIRST, YES),
     "booked", M(f"{WED}T12:30"), existing=busy(WED, "12:00", "12:00"),
     note="'c't'après-midi' is this afternoon (cet après-midi); noon is taken")
call("q02", P(["Bonjour, à soir vers 7 h, ça se peut-tu?"], MARIE, MARIE_TEL,
              ["Ah bon. Demain à 16 h 30 d'abord."], YES),
     "booked", M(f"{THU}T16:30"),
     note="'à soir vers 7 h' is 19:00 today, after closing: never booked; the next time answer is used")
call("q03", P(["Je voudrais un rendez-vous en fin de semaine."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{MON}T09:00"),
     note="SPEC-fr 5.7: the weekend is said to be closed and Monday's times offered; a yes takes the earliest")
call("q04", P(["Je voudrais un rendez-vous mardi qui vient à 10 h."], MARIE, MARIE_TEL, [], YES),
     "booked", M(f"{TUE}T10:00"), say=["mardi 24 novembre"], note="'mardi qui vient' is the next Tuesday")
call("q05", P(BOOK, MARIE, MARIE_TEL, ["Dans deux semaines, à 11 h."], YES),
     "booked", M("2026-12-02T11:00"), note="'dans deux semaines' is +14 days")
call("q06", P(BOOK, MARIE, MARIE_TEL, ["Le 15, à 13 h 30, c'est-tu possible?"], YES),
     "booked", M("2026-12-15T13:30"), note="'le 15' is the nearest 15th from today on (a Tuesday)")
call("q07", P(BOOK, MARIE, MARIE_TEL, ["Jeudi le 17, à midi et demi."], YES),
     "booked", M("2026-12-17T12:30"), note="'jeudi le 17' (a matching pair) and 'midi et demi'")
call("q08", P(["Je voudrais un rendez-vous jeudi à 11 h moins quart."], MARIE, MARIE_TEL,
              ["10 h 30 d'abord."], YES),
     "booked", M(f"{THU}T10:30"),
     note="'11 h moins quart' is 10:45, not a start on the half hour: never booked; the caller picks 10:30")
call("q09", P(["J'aimerais venir vendredi, vers l'heure du dîner."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{FRI}T12:00"), note="Quebec 'le dîner' is the noon meal: 'vers l'heure du dîner' is noon")
call("q10", P(["Lundi après l'ouvrage, genre 4 h 30, ce serait possible?"], MARIE, MARIE_TEL, [], YES),
     "booked", M(f"{MON}T16:30"), note="'après l'ouvrage, genre 4 h 30': the hour said is 16:30")
call("q11", P(["Mardi qui vient, de bonne heure, si possible."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{TUE}T09:30"), existing=busy(TUE, "09:00", "09:00"),
     note="'de bonne heure' is early in the day: the earliest that Tuesday, 9 taken")
call("q12", P(["À matin, vers 10 h, auriez-vous de la place?"], MARIE, MARIE_TEL, [], YES),
     "booked", M(f"{WED}T10:00"), note="'à matin, vers 10 h' is today 10:00 (now 08:40)")
call("q13", P(["Jeudi, mais pas avant 2 h et quart."], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{THU}T14:30"), note="'pas avant 2 h et quart' is after 14:15: 14:30 is the first start")

# --- anglicisms and code-switching
call("a01", P(["Bonjour, j'aimerais booker un rendez-vous pour vendredi à 2 h."], MARIE, MARIE_TEL, [],
              ["Ok parfait."]),
     "booked", M(f"{FRI}T14:00"), note="'booker'; 'ok parfait' is a yes")
call("a02", P(["Est-ce que vous pourriez checker vos disponibilités pour lundi?"], MARIE, MARIE_TEL,
              ["La deuxième."], ["C'est correct."]),
     "booked", M(f"{MON}T09:30"), note="'checker vos disponibilités pour lundi' offers Monday; 'c'est correct' is a yes")
call("a03", P(["J'aurais besoin d'un appointment demain matin."], MARIE, MARIE_TEL, YES, ["Ok, perfect, merci."]),
     "booked", M(f"{THU}T09:00"), note="an English word in a French sentence: the call stays French")
call("a04", P(["Je serais libre next week, mardi à 10 h."], MARIE, MARIE_TEL, [], YES),
     "booked", M(f"{TUE}T10:00"),
     note="'next week, mardi' keeps its English meaning: the Tuesday of next calendar week")
OWN_APPT = [entry(f"{THU}T13:00", "Denise Roy", OWN)]
call("a05", P(["Faudrait que je cancelle mon rendez-vous de jeudi."], confirm=["Oui, c'est correct."]),
     "cancelled", A("Denise Roy", OWN, f"{THU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'que je cancelle' (subjunctive of 'canceller')")
call("a06", P(["Je dois rescheduler mon rendez-vous, pouvez-vous le mettre vendredi à 10 h?"], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{FRI}T10:00"), caller_id=OWN, existing=OWN_APPT,
     note="'rescheduler' is a move")

# --- numbers
call("p01", P(BOOK, MARIE, ["Cinq un quatre, cinq cinq cinq, zéro un quatre sept."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+15145550147"}, note="digit by digit, in words")
call("p02", P(BOOK, MARIE, ["Quatre cinq zéro, cinq cinq cinq, quatre-vingt-dix-huit, zéro deux."],
              ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14505559802"}, note="'quatre-vingt-dix-huit' is 98 in a number")
call("p03", P(BOOK, MARIE, ["Quatre un huit, double cinq, cinq, zéro trois, zéro trois."], ["Jeudi à 11 h."],
              YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14185550303"},
     note="'double cinq' is 55, as SPEC 2's 'double five' (English words keep their meaning)")
call("p04", P(BOOK, MARIE, ["Cinq un quatre, deux fois cinq, cinq, zéro un, vingt."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+15145550120"},
     note="'deux fois cinq' in a number said digit by digit is 55, like 'double cinq'")
call("p05", P(BOOK, MARIE, ["Appelez-moi sur mon cell, c'est le 438 555 0177."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14385550177"}, note="'mon cell, c'est le …'")
call("p06", P(BOOK, MARIE, ["Prenez le même que celui d'où j'appelle."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": CID}, note="'le même que celui d'où j'appelle' is the caller id")
call("p07", P(BOOK, MARIE, ["Cinq un quatre, cinq cinq cinq...", "...zéro un six six."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+15145550166"},
     note="a number in pieces over two turns is gathered")
call("p08", P(BOOK, MARIE, ["514 555 0129"], ["Jeudi à 11 h."], ["Non, le numéro finit par 0192.", "Oui."]),
     "booked", M(f"{THU}T11:00") | {"phone": "+15145550192"},
     note="'le numéro finit par 0192' at the read-back puts the last four right")
call("p09", P(BOOK, MARIE, ["450 555 0144, non excusez, 450 555 0145."], ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14505550145"}, note="a digit corrected in the turn: the last number wins")

# --- names
call("n01", P(BOOK, ["Mon nom c'est Lévesque. Chantal Lévesque."], ["514 555 0140"], ["Jeudi à 11 h."], YES),
     "booked", A("Chantal Lévesque", "+15145550140", f"{THU}T11:00"), note="a surname, then the full name: the later wins")
call("n02", P(BOOK, ["geneviève de la fontaine"], ["514 555 0141"], ["Jeudi à 11 h."], YES),
     "booked", A("Geneviève de La Fontaine", "+15145550141", f"{THU}T11:00"),
     note="lower case with particles: 'de' lower, 'La' upper (OQLF)")
call("n03", P(BOOK, ["Martin St-Pierre, S-T trait d'union P-I-E-R-R-E."], ["514 555 0142"], ["Jeudi à 11 h."],
              YES),
     "booked", A("Martin St-Pierre", "+15145550142", f"{THU}T11:00"),
     note="'St-Pierre' stays as said; the spelling with 'trait d'union' is not part of the name")
call("n04", P(BOOK, ["Marie-Ève Gagnon. Marie trait d'union Ève."], ["514 555 0143"], ["Jeudi à 11 h."], YES),
     "booked", A("Marie-Ève Gagnon", "+15145550143", f"{THU}T11:00"), note="a spelled hyphen after the name")
call("n05", P(BOOK, ["Sylvie Bélanger. Bélanger, B, e accent aigu, L, A, N, G, E, R."], ["514 555 0144"],
              ["Jeudi à 11 h."], YES),
     "booked", A("Sylvie Bélanger", "+15145550144", f"{THU}T11:00"), note="'e accent aigu' in a spelling")
call("n06", P(BOOK, ["Jean Gagnon, G comme dans Gaston, A, G, N, O, N."], ["514 555 0145"], ["Jeudi à 11 h."],
              YES),
     "booked", A("Jean Gagnon", "+15145550145", f"{THU}T11:00"), note="'G comme dans Gaston' in a spelling")
call("n07", P(BOOK, ["Ben c'est madame Tremblay, Johanne Tremblay."], ["514 555 0146"], ["Jeudi à 11 h."], YES),
     "booked", A("Johanne Tremblay", "+15145550146", f"{THU}T11:00"), note="a title and a restated name")

# --- a question in the middle, someone else
call("f01", P(["Bonjour, c'est combien pour un suivi?", "Parfait, j'en voudrais un jeudi à 10 h."], MARIE,
              MARIE_TEL, [], YES),
     "booked", M(f"{THU}T10:00", service="Suivi", minutes=30), business="clinique", say=["85 $"],
     note="the price asked first, then the booking")
call("f02", P(BOOK, MARIE, MARIE_TEL, ["Avez-vous du stationnement?", "Vendredi à 11 h."], YES,
              service=["Un suivi."]),
     "booked", M(f"{FRI}T11:00", service="Suivi", minutes=30), business="clinique", say=["stationnement"],
     note="a question about parking at the time question is answered, then the time is asked again")
call("f03", P(["Bonjour, quelles sont vos heures d'ouverture?",
               "Parfait, je voudrais un rendez-vous mardi qui vient à 9 h."], MARIE, MARIE_TEL,
              ["Mardi qui vient à 9 h."], YES),
     "booked", M(f"{TUE}T09:00"), say=["17 h"],
     note="the opening hours asked first, then the booking (the persona's time answer added after the "
          "blind run: the agent asks 'voulez-vous prendre un rendez-vous?' as a yes/no, so the time "
          "comes at the time question, SPEC 3)")
call("f04", P(["Prenez-vous les sans rendez-vous?", "OK d'abord, je vais prendre un rendez-vous demain à 15 h."],
              MARIE, MARIE_TEL, ["Demain à 15 h."], YES),
     "booked", M(f"{THU}T15:00"),
     note="a question the business has no answer for, then the booking (time answer added after the "
          "blind run: the persona had none for the time question)")
call("f05", P(["Je voudrais prendre un rendez-vous pour mon garçon."], ["Il s'appelle Thomas Gagnon."],
              ["514 555 0147"], ["Jeudi à 11 h."], YES),
     "booked", A("Thomas Gagnon", "+15145550147", f"{THU}T11:00"),
     note="booking for someone else: the name asked is the patient's ('il s'appelle')")
call("f06", P(["Bonjour, c'est pour ma mère, elle aurait besoin d'un rendez-vous jeudi à 11 h."],
              ["Huguette Lévesque."], ["514 555 0148"], [], YES),
     "booked", A("Huguette Lévesque", "+15145550148", f"{THU}T11:00"),
     note="'c'est pour ma mère' is no name; the name is asked")
call("f07", P(["Je voudrais un massage vendredi à 14 h."], MARIE, MARIE_TEL, [],
              ["Juste avant, c'est combien, un massage?", "Oui, c'est correct."]),
     "booked", M(f"{FRI}T14:00", service="Massothérapie", minutes=45), business="clinique", say=["95 $"],
     note="a price question at the read-back is answered, then the yes books")

# --- cancel, move, check (Denise Roy, Thursday 13:00, under the number she calls from)
call("m01", P(["Je pourrai pas y aller demain, pouvez-vous l'annuler?"], confirm=YES),
     "cancelled", A("Denise Roy", OWN, f"{THU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'je pourrai pas y aller demain' with 'l'annuler'")
call("m02", P(["Je voudrais reporter mon rendez-vous d'une semaine."], time=YES, confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{NTHU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'reporter d'une semaine' is the same time a week later")
call("m03", P(["Pourriez-vous me le mettre la semaine prochaine, même jour, même heure?"], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{NTHU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'la semaine prochaine, même jour, même heure' is Thursday 26 at 13:00")
call("m04", P(["Je voudrais déplacer mon rendez-vous une heure plus tard."], time=YES, confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{THU}T14:00"), caller_id=OWN, existing=OWN_APPT,
     note="'une heure plus tard' shifts the appointment itself")
call("m05", P(["Pouvez-vous me rappeler c'est quand mon rendez-vous?", "Non, c'est tout, merci."]),
     "no_booking", caller_id=OWN, existing=OWN_APPT, say=["jeudi 19 novembre à 13 h"],
     note="a check said as 'me rappeler c'est quand'")
call("m06", P(["Je voudrais changer l'heure de mon rendez-vous de demain, plutôt à 10 h 30."], time=YES,
              confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{THU}T10:30"), caller_id=OWN, existing=OWN_APPT,
     note="a new hour on the same day")

# --- a person, frustration, stalls
call("t01", P(["Je veux parler à un agent, s'il vous plaît."]), "transferred", no_appt=True,
     note="'un agent' transfers at once")
call("t02", P(BOOK, MARIE, ["Voyons donc, c'est ben compliqué! Je veux parler à quelqu'un."]), "transferred",
     no_appt=True, note="frustration with 'parler à quelqu'un' at the number question")
call("t03", P(BOOK, MARIE, MARIE_TEL, ["Attendez un instant, je regarde mon agenda.", "Jeudi à 10 h."], YES),
     "booked", M(f"{THU}T10:00"), not_say=["pas compris"], note="a stall at the time question")
call("t04", P(BOOK, MARIE, MARIE_TEL, ["Une seconde, je regarde mon agenda... OK, mardi qui vient à 14 h."], YES),
     "booked", M(f"{TUE}T14:00"), not_say=["pas compris"], note="a stall and the answer in one turn")
call("t05", P(["Êtes-vous une machine? Je veux une vraie personne."]), "transferred", no_appt=True,
     note="'une vraie personne' transfers")



# --- after the blind run (37/53; 52/53 after the fixes and the two persona fixes):
# variants of the families fixed, written after the fixes.
call("v-01", P(["Auriez-vous de la place c't'après-midi, après 3 h?"], MARIE, MARIE_TEL, YES, YES),
     "booked", M(f"{WED}T15:00"), note="'c't'après-midi' with a window")
call("v-02", P(BOOK, MARIE, MARIE_TEL, ["Mardi qui vient, à l'heure du midi."], YES),
     "booked", M(f"{TUE}T12:00"), note="'à l'heure du midi' is noon")
call("v-03", P(BOOK, MARIE, ["Quatre cinq zéro, trois fois cinq, zéro deux, quatre-vingt-dix."], ["Jeudi à 11 h."],
              YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14505550290"}, note="'trois fois cinq' is 555")
call("v-04", P(BOOK, MARIE, ["Quatre trois huit...", "Cinq cinq cinq, zéro un, soixante-dix-sept."],
              ["Jeudi à 11 h."], YES),
     "booked", M(f"{THU}T11:00") | {"phone": "+14385550177"}, note="an area code, then the rest in groups")
call("v-05", P(BOOK, MARIE, ["514 555 0143"], ["Jeudi à 11 h."], ["Non, ça se termine par 0134.", "Oui."]),
     "booked", M(f"{THU}T11:00") | {"phone": "+15145550134"}, note="'ça se termine par 0134' at the read-back")
call("v-06", P(BOOK, ["Hélène Côté, C, O, T, E accent aigu."], ["514 555 0149"], ["Jeudi à 11 h."], YES),
     "booked", A("Hélène Côté", "+15145550149", f"{THU}T11:00"), note="letters one by one, an accent on the last")
call("v-07", P(BOOK, ["Jean-François St-Onge, S, T, tiret, O, N, G, E."], ["514 555 0150"], ["Jeudi à 11 h."],
              YES),
     "booked", A("Jean-François St-Onge", "+15145550150", f"{THU}T11:00"), note="'tiret' in a spelling")
call("v-08", P(["Bonjour, c'est pour ma fille, elle aurait besoin d'un rendez-vous."],
              ["Elle s'appelle Léa Bélanger."], ["514 555 0151"], ["Jeudi à 11 h."], YES),
     "booked", A("Léa Bélanger", "+15145550151", f"{THU}T11:00"), note="'elle s'appelle' at the name question")
call("v-09", P(["Faudrait que je reschedule mon rendez-vous à lundi à 11 h."], time=YES, confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{MON}T11:00"), caller_id=OWN, existing=OWN_APPT,
     note="'reschedule' in a French sentence is a move")
call("v-10", P(["Je voudrais déplacer mon rendez-vous une demi-heure plus tôt."], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{THU}T12:30"), caller_id=OWN, existing=OWN_APPT,
     note="a move by half an hour earlier")
call("v-11", P(["Est-ce que je pourrais le reporter d'une semaine, mon rendez-vous?"], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{NTHU}T13:00"), caller_id=OWN, existing=OWN_APPT,
     note="'le reporter d'une semaine'")
call("v-12", P(["Je pourrai pas y aller jeudi, pouvez-vous le mettre vendredi à 10 h?"], time=YES,
               confirm=["Oui.", "Oui."]),
     "rescheduled", A("Denise Roy", OWN, f"{FRI}T10:00"), caller_id=OWN, existing=OWN_APPT,
     note="'je pourrai pas y aller' with a new time is a move")


business_for = business_by_name({"clinique": CLINIQUE})


if __name__ == "__main__":
    n = write_jsonl(os.path.join(HERE, "calls_fr_probe12.jsonl"), calls, business_for)
    print(f"wrote {n} calls")
