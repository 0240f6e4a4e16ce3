#!/usr/bin/env python3
"""Blind round 5 call cases, written from SPEC.md §3 and SPEC-fr.md §5.7 only.

Writes held_out5_calls_en.jsonl, held_out5_services_en.jsonl (business "clinic", the
dev business_clinic.toml) and calls_fr_heldout5.jsonl beside this script. Each `now`
is built from local wall time in its zone, so offsets follow DST.
"""
import os

from callslib import booked, ex, local_now as now, write_lines

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ("intent", "name", "phone", "time", "confirm", "other")


def call(cid, kind, local, tz, caller_id, persona, expected, existing=(), **extra):
    p = {k: list(persona.get(k, [])) for k in KEYS}
    for k, v in persona.items():
        if k not in p:
            p[k] = list(v)
    row = {"id": cid, "kind": kind, "now": now(local, tz), "tz": tz}
    if caller_id:
        row["caller_id"] = caller_id
    row.update(extra)
    row["existing"] = list(existing)
    row["persona"] = p
    row["expected"] = expected
    return row


def outcome(o, appt=None):
    e = {"outcome": o}
    if appt:
        e["appointment"] = appt
    return e


ED = "America/Edmonton"
TO = "America/Toronto"
HX = "America/Halifax"

EN = [
    call("ho5-call-01", "messy", "2026-11-17T10:15:00", ED, "+14035550100",
         {"intent": ["yeah hi i wanna book an appointment"], "name": ["its uh marcus bell"],
          "phone": ["four oh three five five five oh one four two"], "time": ["thursday at ten thirty"],
          "confirm": ["yep"]},
         booked("Marcus Bell", "+14035550142", "2026-11-19T10:30")),
    call("ho5-call-02", "window", "2026-12-07T11:40:00", TO, "+16475550101",
         {"intent": ["Hi, I'd like to come in Wednesday between 2 and 4"], "name": ["Tara Singh"],
          "phone": ["647 555 0102"], "time": ["yes"], "confirm": ["yes"]},
         booked("Tara Singh", "+16475550102", "2026-12-09T15:00"),
         existing=[ex("2026-12-09T14:00"), ex("2026-12-09T14:30")]),
    call("ho5-call-03", "closed", "2026-11-17T10:15:00", ED, "+14035550103",
         {"intent": ["I'd like to book an appointment"], "name": ["My name is Colin Hart"],
          "phone": ["403 555 0104"], "time": ["Friday at 11", "Monday at 11 then"], "confirm": ["yes"]},
         booked("Colin Hart", "+14035550104", "2026-11-23T11:00"), closed=["2026-11-20"]),
    call("ho5-call-04", "closed", "2027-01-14T11:00:00", "America/Regina", "+13065550105",
         {"intent": ["Hi, do you have anything Saturday morning?"], "name": ["Greta Olsen"],
          "phone": ["306 555 0106"], "time": ["yes"], "confirm": ["yes"]},
         booked("Greta Olsen", "+13065550106", "2027-01-18T09:30"),
         existing=[ex("2027-01-18T09:00")]),
    call("ho5-call-05", "past", "2026-11-17T15:20:00", ED, "+14035550107",
         {"intent": ["Hi, can I get in today at 2?"], "name": ["Rosa Diaz"], "phone": ["403 555 0108"],
          "time": ["tomorrow at 2 then"], "confirm": ["yes"]},
         booked("Rosa Diaz", "+14035550108", "2026-11-18T14:00")),
    call("ho5-call-06", "hours", "2026-12-03T09:00:00", HX, "+19025550109",
         {"intent": ["Hello, I need an appointment"], "name": ["Victor Chen"], "phone": ["902 555 0110"],
          "time": ["Tuesday at 6 in the evening", "4:30 then"], "confirm": ["yes"]},
         booked("Victor Chen", "+19025550110", "2026-12-08T16:30")),
    call("ho5-call-07", "cancel", "2026-11-17T10:15:00", ED, "+14035550111",
         {"intent": ["hi i need to cancel my appointment on thursday"], "confirm": ["yes"]},
         outcome("cancelled", {"name": "Helen Park", "phone": "+14035550111", "start": "2026-11-19T13:00"}),
         existing=[ex("2026-11-19T13:00", name="Helen Park", phone="+14035550111")]),
    call("ho5-call-08", "cancel", "2026-11-24T09:30:00", "America/Winnipeg", "+12045559999",
         {"intent": ["I have to cancel my booking please"], "phone": ["two oh four five five five oh one one two"],
          "confirm": ["yes"]},
         outcome("cancelled", {"name": "Dev Patel", "phone": "+12045550112", "start": "2026-11-26T11:00"}),
         existing=[ex("2026-11-26T11:00", name="Dev Patel", phone="+12045550112")]),
    call("ho5-call-09", "move", "2026-11-17T10:15:00", ED, "+14035550113",
         {"intent": ["I need to move my appointment"], "time": ["Friday at 10"], "confirm": ["yes"]},
         outcome("rescheduled", {"name": "Amy Lo", "phone": "+14035550113", "start": "2026-11-20T10:00"}),
         existing=[ex("2026-11-19T13:00", name="Amy Lo", phone="+14035550113")]),
    call("ho5-call-10", "transfer", "2026-11-17T10:15:00", ED, "+14035550114",
         {"intent": ["can i talk to a representative"]}, outcome("transferred")),
    call("ho5-call-11", "silence", "2026-11-17T10:15:00", ED, "+14035550115", {}, outcome("no_booking")),
    call("ho5-call-12", "fail", "2026-11-17T10:15:00", ED, "+14035550116",
         {"intent": ["I'd like to book something"], "name": ["Jack Ryan"], "phone": ["403 555 0117"],
          "time": ["I'm not sure", "I really can't say", "no clue"], "confirm": ["yes"]},
         outcome("transferred")),
    call("ho5-call-13", "forget", "2026-11-17T10:15:00", ED, "+14035550118",
         {"intent": ["Hi I'd like an appointment tomorrow at 10"], "name": ["Nina Kurz"],
          "phone": ["actually never mind, I'll call back"], "time": ["tomorrow at 10"], "confirm": ["yes"]},
         outcome("no_booking")),
    call("ho5-call-14", "repeat", "2026-11-17T10:15:00", ED, "+14035550119",
         {"intent": ["I'd like to book an appointment"], "name": ["Omar Farouk"], "phone": ["780 555 0120"],
          "time": ["Wednesday at 3"], "confirm": ["sorry?", "can you repeat that", "what was that", "yes"]},
         booked("Omar Farouk", "+17805550120", "2026-11-18T15:00")),
    call("ho5-call-15", "hold", "2026-11-17T10:15:00", ED, "+14035550121",
         {"intent": ["Hi there, I need to book a visit"], "name": ["Lily Evans"],
          "phone": ["hold on", "one sec", "587 555 0190"], "time": ["Monday at 1"], "confirm": ["yes"]},
         booked("Lily Evans", "+15875550190", "2026-11-23T13:00")),
    call("ho5-call-16", "caller_id", "2026-11-17T10:15:00", ED, "+14035550122",
         {"intent": ["Hi, I'd like to book"], "name": ["Paolo Conte"], "phone": ["the one I'm calling from"],
          "time": ["Thursday at 11"], "confirm": ["yes"]},
         booked("Paolo Conte", "+14035550122", "2026-11-19T11:00")),
    call("ho5-call-17", "opening", "2026-11-17T10:15:00", ED, "+14035550123",
         {"intent": ["hi this is Farah Haddad I'd like to book friday at 11"], "phone": ["403 555 0124"],
          "time": ["friday at 11"], "confirm": ["yes"]},
         booked("Farah Haddad", "+14035550124", "2026-11-20T11:00")),
    call("ho5-call-18", "correct", "2026-11-17T10:15:00", ED, "+14035550125",
         {"intent": ["I'd like to book an appointment"], "name": ["Quinn Baker"], "phone": ["403 555 0126"],
          "time": ["Thursday at 2"], "confirm": ["no, make it three thirty", "yes"]},
         booked("Quinn Baker", "+14035550126", "2026-11-19T15:30")),
    call("ho5-call-19", "correct", "2026-11-17T10:15:00", ED, "+14035550127",
         {"intent": ["Can I book Monday at 9?"], "name": ["oh and make it 10:30 instead", "Ines Moreau"],
          "phone": ["403 555 0128"], "time": ["Monday at 10:30"], "confirm": ["yes"]},
         booked("Ines Moreau", "+14035550128", "2026-11-23T10:30")),
    call("ho5-call-20", "messy", "2026-11-17T10:15:00", ED, "+14035550129",
         {"intent": ["can i get in wednesday"], "name": ["Oskar Lind"], "phone": ["403 555 0130"],
          "time": ["my name's Oskar Lind by the way", "the second one"], "confirm": ["yes"]},
         booked("Oskar Lind", "+14035550130", "2026-11-18T10:00"),
         existing=[ex("2026-11-18T09:00")]),
    call("ho5-call-21", "earliest", "2026-11-27T16:50:00", "America/Winnipeg", "+12045550131",
         {"intent": ["whenever works, just the first available"], "name": ["Bruno Silva"],
          "phone": ["204 555 0132"], "time": ["yes"], "confirm": ["yes"]},
         booked("Bruno Silva", "+12045550132", "2026-11-30T09:30"),
         existing=[ex("2026-11-30T09:00")]),
    call("ho5-call-22", "window", "2026-11-19T16:45:00", ED, "+14035550133",
         {"intent": ["Hi, I need an appointment"], "name": ["Yuki Tanaka"], "phone": ["403 555 0134"],
          "time": ["tomorrow before 10", "yes"], "confirm": ["yes"]},
         booked("Yuki Tanaka", "+14035550134", "2026-11-20T10:00"),
         existing=[ex("2026-11-20T09:00"), ex("2026-11-20T09:30")]),
    call("ho5-call-23", "closed", "2026-12-09T13:00:00", "America/Vancouver", "+16045550135",
         {"intent": ["Anything this weekend?"], "name": ["Hugo Blanc"], "phone": ["604 555 0136"],
          "time": ["yes"], "confirm": ["yes"]},
         booked("Hugo Blanc", "+16045550136", "2026-12-14T09:00")),
    call("ho5-call-24", "phone", "2026-11-17T10:15:00", ED, "+14035550137",
         {"intent": ["I'd like to book"], "name": ["Edith Moss"],
          "phone": ["403 555 0188 no sorry 403 555 0189"], "time": ["Tuesday at 9"], "confirm": ["yes"]},
         booked("Edith Moss", "+14035550189", "2026-11-24T09:00")),
    call("ho5-call-25", "caller_id", "2026-11-17T10:15:00", ED, "+14035550138",
         {"intent": ["I'd like to book"], "name": ["Felix Wong"], "phone": ["five five five oh one", "uh I don't know it"],
          "time": ["Thursday at 4"], "confirm": ["yes"]},
         booked("Felix Wong", "+14035550138", "2026-11-19T16:00")),
    call("ho5-call-26", "closed", "2026-12-30T09:10:00", TO, "+14165550139",
         {"intent": ["Hi, I need an appointment"], "name": ["Gwen Adler"], "phone": ["416 555 0140"],
          "time": ["Friday at 10", "Monday at 10 then"], "confirm": ["yes"]},
         booked("Gwen Adler", "+14165550140", "2027-01-04T10:00"), closed=["2027-01-01"]),
    call("ho5-call-27", "transfer", "2026-11-17T10:15:00", ED, "+14035550141",
         {"intent": ["I'd like to book"], "name": ["just get me an agent"], "phone": ["403 555 0143"],
          "time": ["Thursday at 4"], "confirm": ["yes"]},
         outcome("transferred")),
    call("ho5-call-28", "taken", "2026-11-17T10:15:00", ED, "+14035550144",
         {"intent": ["can i book thursday at 9:30"], "name": ["Ivy Chen"], "phone": ["403 555 0145"],
          "time": ["10 then"], "confirm": ["yes"]},
         booked("Ivy Chen", "+14035550145", "2026-11-19T10:00"), existing=[ex("2026-11-19T09:30")]),
    call("ho5-call-29", "dst", "2027-03-12T14:20:00", "America/Vancouver", "+16045550146",
         {"intent": ["Hi, I'd like to book Monday at 9"], "name": ["Kurt Weber"], "phone": ["604 555 0147"],
          "time": ["Monday at 9"], "confirm": ["yes"]},
         booked("Kurt Weber", "+16045550147", "2027-03-15T09:00")),
    call("ho5-call-30", "today", "2027-02-08T16:20:00", "America/St_Johns", "+17095550148",
         {"intent": ["Hi, can I come in today at 4:30?"], "name": ["Maeve Doyle"], "phone": ["709 555 0149"],
          "time": ["today at 4:30"], "confirm": ["yes"]},
         booked("Maeve Doyle", "+17095550149", "2027-02-08T16:30")),
]

REM = [
    ("ho5-rem-01", "machine", "2026-11-25T10:00:00", ED,
     {"name": "Grant Lee", "phone": "+17805550150", "start": "2026-11-26T14:00", "minutes": 30},
     {"confirm": ["yes"]}, "voicemail", None),
    ("ho5-rem-02", "human", "2026-12-02T11:00:00", HX,
     {"name": "Iris Wu", "phone": "+19025550151", "start": "2026-12-03T09:30", "minutes": 30},
     {"confirm": ["yeah we'll be there"]}, "confirmed", None),
    ("ho5-rem-03", "human", "2026-12-02T11:00:00", TO,
     {"name": "Leo Marsh", "phone": "+14165550152", "start": "2026-12-04T15:00", "minutes": 30},
     {"confirm": ["no I can't make it", "yes"]}, "cancelled", None),
    ("ho5-rem-04", "human", "2026-11-24T10:05:00", "America/Winnipeg",
     {"name": "Mona Reid", "phone": "+12045550153", "start": "2026-11-25T10:00", "minutes": 30},
     {"confirm": ["can I move it", "yes"], "time": ["Friday at 11"]}, "rescheduled", "2026-11-27T11:00"),
    ("ho5-rem-05", "human", "2027-01-18T13:10:00", ED,
     {"name": "Nils Berg", "phone": "+17805550154", "start": "2027-01-19T10:00", "minutes": 30},
     {"confirm": ["can I speak to someone"]}, "transferred", None),
]
for cid, by, local, tz, appt, persona, out, newstart in REM:
    exp_appt = {k: appt[k] for k in ("name", "phone", "start")}
    if newstart:
        exp_appt["start"] = newstart
    row = call(cid, "reminder", local, tz, None, persona, outcome(out, exp_appt),
               direction="reminder", answered_by=by, appointment=appt)
    EN.append(row)

SG = "Dr. Amara Singh"
LG = "Luc Gagnon"
SVC = [
    call("ho5-svc-01", "service", "2026-12-16T10:00:00", HX, "+19025550201",
         {"intent": ["hi I'd like a deep tissue massage saturday at 11"], "name": ["Ada Byrne"],
          "phone": ["902 555 0202"], "service": ["deep tissue massage"], "time": ["saturday at 11"],
          "confirm": ["yes"]},
         booked("Ada Byrne", "+19025550202", "2026-12-19T11:00", service="Massage therapy", resource=LG, minutes=45),
         business="clinic"),
    call("ho5-svc-02", "service", "2027-01-06T10:00:00", HX, "+19025550203",
         {"intent": ["Hi, I'd like to book a massage"], "name": ["Ben Hollis"], "phone": ["902 555 0204"],
          "service": ["massage"], "time": ["Saturday at 11:30", "11 then"], "confirm": ["yes"]},
         booked("Ben Hollis", "+19025550204", "2027-01-09T11:00", service="Massage therapy", resource=LG, minutes=45),
         business="clinic"),
    call("ho5-svc-03", "service", "2026-12-02T09:00:00", HX, "+19025550205",
         {"intent": ["I'm a new patient, I need an evaluation"], "name": ["Cara Quinn"], "phone": ["902 555 0206"],
          "service": ["evaluation"], "time": ["Monday at 4:30", "4 then"], "confirm": ["yes"]},
         booked("Cara Quinn", "+19025550206", "2026-12-07T16:00", service="Initial assessment", resource=SG, minutes=60),
         business="clinic"),
    call("ho5-svc-04", "service", "2026-11-30T09:00:00", HX, "+19025550207",
         {"intent": ["Hi, I need a follow-up with Dr. Singh"], "name": ["Dina Roth"], "phone": ["902 555 0208"],
          "service": ["follow-up"], "time": ["Tuesday at 10", "Wednesday at 2 then"], "confirm": ["yes"]},
         booked("Dina Roth", "+19025550208", "2026-12-02T14:00", service="Follow-up", resource=SG, minutes=30),
         business="clinic"),
    call("ho5-svc-05", "service", "2026-11-30T09:00:00", HX, "+19025550209",
         {"intent": ["Hi, I'd like to book an appointment"], "name": ["Eli Novak"], "phone": ["902 555 0210"],
          "service": ["it's a return visit"], "time": ["Thursday at 3"], "confirm": ["yes"]},
         booked("Eli Novak", "+19025550210", "2026-12-03T15:00", service="Follow-up", resource=LG, minutes=30),
         business="clinic"),
    call("ho5-svc-06", "service", "2026-12-21T09:00:00", HX, "+19025550211",
         {"intent": ["I need a follow-up please"], "name": ["Fay Lund"], "phone": ["902 555 0212"],
          "service": ["follow-up"], "time": ["Thursday the 24th at 10", "Tuesday the 29th at 10 then"],
          "confirm": ["yes"]},
         booked("Fay Lund", "+19025550212", "2026-12-29T10:00", service="Follow-up", resource=LG, minutes=30),
         business="clinic"),
    call("ho5-svc-07", "service", "2026-11-30T09:00:00", HX, "+19025550213",
         {"intent": ["Can I book an RMT massage?"], "name": ["Gil Soto"], "phone": ["902 555 0214"],
          "service": ["massage"], "time": ["Tuesday at 10", "10:30 then"], "confirm": ["yes"]},
         booked("Gil Soto", "+19025550214", "2026-12-01T10:30", service="Massage therapy", resource=LG, minutes=45),
         business="clinic", existing=[ex("2026-12-01T09:30", 60, resource=LG)]),
    call("ho5-svc-08", "service", "2026-12-04T16:35:00", HX, "+19025550215",
         {"intent": ["I'd like the first available initial assessment"], "name": ["Hal Ortiz"],
          "phone": ["902 555 0216"], "service": ["initial assessment"], "time": ["yes"], "confirm": ["yes"]},
         booked("Hal Ortiz", "+19025550216", "2026-12-05T09:00", service="Initial assessment", resource=LG, minutes=60),
         business="clinic"),
]


def fr_booked(name, phone, start):
    e = booked(name, phone, start)
    e["agent_lang"] = "fr"
    return e


FR = [
    call("fr5-call-01", "fr", "2026-11-17T10:15:00", TO, "+15145550300",
         {"intent": ["Bonjour, j'aimerais prendre un rendez-vous s'il vous plaît."], "name": ["Je m'appelle Félix Bergeron."],
          "phone": ["Cinq un quatre, cinq cinq cinq, zéro un, quatre-vingt-sept."], "time": ["Jeudi à 14 h 30."],
          "confirm": ["Oui, c'est correct."]},
         fr_booked("Félix Bergeron", "+15145550187", "2026-11-19T14:30")),
    call("fr5-call-02", "fr", "2026-11-17T10:15:00", TO, "+15145550301",
         {"intent": ["Bonjour, je voudrais un rendez-vous."], "name": ["Moi c'est Josée Caron."],
          "phone": ["C'est le 450 555-0302."], "time": ["Samedi à 10 h.", "Lundi à 10 h d'abord."],
          "confirm": ["Parfait."]},
         fr_booked("Josée Caron", "+14505550302", "2026-11-23T10:00")),
    call("fr5-call-03", "fr", "2026-11-17T10:15:00", TO, "+15145550303",
         {"intent": ["Oui bonjour, je voudrais prendre rendez-vous jeudi à 9 h."], "name": ["Mon nom c'est Luc Paradis."],
          "phone": ["Quatre un huit, cinq cinq cinq, zéro trois, zéro quatre."], "time": ["9 h 30 d'abord."],
          "confirm": ["Oui."]},
         fr_booked("Luc Paradis", "+14185550304", "2026-11-19T09:30"), existing=[ex("2026-11-19T09:00")]),
    call("fr5-call-04", "fr", "2026-11-17T10:15:00", TO, "+15145550305",
         {"intent": ["Bonjour, je voudrais annuler mon rendez-vous."], "confirm": ["Oui."]},
         dict(outcome("cancelled", {"name": "Manon Vézina", "phone": "+15145550305", "start": "2026-11-20T11:00"}),
              agent_lang="fr"),
         existing=[ex("2026-11-20T11:00", name="Manon Vézina", phone="+15145550305")]),
    call("fr5-call-05", "fr", "2026-11-17T10:15:00", TO, "+15145550306",
         {"intent": ["Est-ce que je peux parler à quelqu'un?"]}, outcome("transferred")),
    call("fr5-call-06", "fr", "2026-11-17T10:15:00", TO, "+15145550307",
         {"intent": ["Bonjour, je voudrais un rendez-vous demain."], "name": ["Ici Paul Dion."],
          "phone": ["Ah pis laissez faire, je vais rappeler."], "time": ["Demain à 10 h."], "confirm": ["Oui."]},
         outcome("no_booking")),
    call("fr5-call-07", "fr", "2026-11-17T10:15:00", TO, "+15145550308",
         {"intent": ["Bonjour, avez-vous de la place mercredi entre 13 h et 15 h?"], "name": ["Rose Thibault."],
          "phone": ["Le 819 555-0309."], "time": ["Oui."], "confirm": ["Oui."]},
         fr_booked("Rose Thibault", "+18195550309", "2026-11-18T13:30"), existing=[ex("2026-11-18T13:00")]),
    call("fr5-call-08", "fr", "2026-11-17T10:15:00", TO, "+15145550310",
         {"intent": ["Bonjour, j'aurais besoin d'un rendez-vous."], "name": ["Je m'appelle Simon Giroux."],
          "phone": ["Le numéro d'où j'appelle."], "time": ["Vendredi à 13 h."], "confirm": ["Oui."]},
         fr_booked("Simon Giroux", "+15145550310", "2026-11-20T13:00")),
    call("fr5-call-09", "fr", "2026-11-27T16:50:00", "America/Moncton", "+15065550311",
         {"intent": ["Bonjour, je voudrais un rendez-vous le plus tôt possible."], "name": ["Moi c'est Annie Leblanc."],
          "phone": ["Cinq zéro six, cinq cinq cinq, zéro trois, douze."], "time": ["Oui."], "confirm": ["Oui."]},
         fr_booked("Annie Leblanc", "+15065550312", "2026-11-30T09:00")),
    call("fr5-call-10", "fr", "2026-11-17T10:15:00", TO, "+15145550313",
         {"intent": ["Hi, euh, bonjour, je voudrais un rendez-vous demain matin."], "name": ["C'est Yves Roy."],
          "phone": ["C'est le 514 555-0314."], "time": ["La première heure libre."], "confirm": ["Oui."]},
         fr_booked("Yves Roy", "+15145550314", "2026-11-18T09:30"), existing=[ex("2026-11-18T09:00")]),
    call("fr5-rem-01", "fr", "2026-11-25T10:00:00", TO, None,
         {"confirm": ["Oui, je vais être là."]},
         dict(outcome("confirmed", {"name": "Éric Nadeau", "phone": "+15145550315", "start": "2026-11-26T14:00"}),
              agent_lang="fr"),
         direction="reminder", answered_by="human",
         appointment={"name": "Éric Nadeau", "phone": "+15145550315", "start": "2026-11-26T14:00", "minutes": 30}),
]


def main():
    for name, rows in (("held_out5_calls_en.jsonl", EN), ("held_out5_services_en.jsonl", SVC),
                       ("calls_fr_heldout5.jsonl", FR)):
        print(name, write_lines(os.path.join(HERE, name), rows))


if __name__ == "__main__":
    main()
