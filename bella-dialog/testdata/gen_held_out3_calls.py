#!/usr/bin/env python3
"""Generator of the third blind round of held-out-style calls (held_out3_*).

Writes testdata/held_out3_calls_en.jsonl, held_out3_services_en.jsonl and
calls_fr_heldout3.jsonl. Every expectation comes from SPEC.md §3 (with §3.1 and §3.2)
and SPEC-fr.md §5.7, written before Bella was run on the cases. It covers families the
first two rounds left out: cancel, move and check flows (caller-id match or the number
asked, nothing found, two appointments), reminders (cancel, move, transfer, voicemail),
"no" at the read-back that corrects the name or the number, a window with nothing free,
the earliest start late on a Friday, closed dates, several slots in one turn, silence,
"never mind", transfers, and the Newfoundland and Saskatchewan zones. The helpers
(dates checked with datetime, the line layout) are those of gen_held_out2_calls.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_held_out2_calls import (  # noqa: E402
    ap, call, ex, numbered, persona, plus, weekday, write)


def english():
    out = []
    add = numbered(out, "en-ho3-call", "messy")

    # Reference A: Tuesday 2027-02-09 10:10 in St. John's (UTC-03:30).
    A, Ah, Az, Ac = "2027-02-09", "10:10", "America/St_Johns", "+17095550100"
    thu = weekday(A, "thu")
    add(A, Ah, Az, Ac, persona(
        intent=["Hi there, my name is Dara Finch and I'd like Thursday at 11, "
                "my number is 709 555 0190"],
        confirm=["yes"]),
        "booked", ap("Dara Finch", "+17095550190", thu + "T11:00"),
        note="name, time and number in the opening turn: nothing is asked again")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like to make an appointment"],
        name=["Tamsin Reed"],
        phone=["709 555 0133"],
        time=["Thursday at 2:30"],
        confirm=["no, the name should be Tamsin Reid", "yes"]),
        "booked", ap("Tamsin Reid", "+17095550133", thu + "T14:30"),
        note="no at the read-back with a corrected name; the rest is kept")
    add(A, Ah, Az, Ac, persona(
        intent=["could I book something please"],
        name=["Ewan Pike"],
        phone=["709 555 0144"],
        time=["Friday at 9:30"],
        confirm=["no, the number is 709 555 0162", "yes"]),
        "booked", ap("Ewan Pike", "+17095550162", weekday(A, "fri") + "T09:30"),
        note="no at the read-back with a corrected number")
    add(A, Ah, Az, Ac, persona(
        intent=["I need an appointment"],
        name=["Lorna Tate"],
        phone=["709 555 0155"],
        time=["Thursday anytime after 2", "3:30"],
        confirm=["yes"]),
        "booked", ap("Lorna Tate", "+17095550155", thu + "T15:30"),
        existing=[ex(thu + "T14:00"), ex(thu + "T14:30")],
        note="a window, then a start inside it; the bare time keeps Thursday")
    add(A, Ah, Az, Ac, persona(
        intent=["hi, I'd like to come in Thursday between 2 and 4"],
        name=["Owen Drake"],
        phone=["709 555 0166"],
        time=["ok, 4 o'clock then"],
        confirm=["yes"]),
        "booked", ap("Owen Drake", "+17095550166", thu + "T16:00"),
        existing=[ex(thu + "T14:00"), ex(thu + "T14:30"), ex(thu + "T15:00"),
                  ex(thu + "T15:30")],
        note="nothing free in the window: the agent says so and the caller takes the next free start after it")
    add(A, Ah, Az, Ac, persona(
        intent=["Hello, I want to book an appointment"],
        name=["Rhea Doucet"],
        phone=["709 555 0177"],
        time=["Wednesday at 10", "Thursday at 10 then"],
        confirm=["yes"]),
        "booked", ap("Rhea Doucet", "+17095550177", thu + "T10:00"),
        closed=[weekday(A, "wed")],
        note="Wednesday is a closed date: the caller's next time answer is used")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like to book an appointment please"],
        name=["Milo Grant"],
        phone=[],
        time=[],
        confirm=[],
        other=[]),
        "no_booking", None,
        note="silent three times at the phone question: the call ends politely")
    add(A, Ah, Az, Ac, persona(
        intent=["Hi, I need to book a visit"],
        name=["Ada Quirke"],
        phone=["709 555 0188"],
        time=["never mind, I'll call back later"],
        confirm=["yes"]),
        "no_booking", None,
        note="never mind at the time question ends the call without a booking")
    add(A, Ah, Az, Ac, persona(
        intent=["Hello, I want an appointment on Friday"],
        name=["Colm Byrne"],
        phone=["709 555 0199"],
        time=["Friday at 2"],
        confirm=["could I talk to a representative please"]),
        "transferred", None,
        note="a representative asked for at the read-back: transfer at once")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like to book"],
        name=["Ines Parr"],
        phone=["709 555 0121"],
        time=["I'm not sure", "it depends on my shifts", "I really couldn't say"],
        confirm=["yes"]),
        "transferred", None,
        note="three answers with no time in a row: transferred to a person")
    add(A, Ah, Az, Ac, persona(
        intent=["hi, can I get an appointment"],
        name=["Tobias Hearn"],
        phone=["709 555 0122"],
        time=["Thursday morning", "yes"],
        confirm=["yes"]),
        "booked", ap("Tobias Hearn", "+17095550122", thu + "T10:00"),
        existing=[ex(thu + "T09:00"), ex(thu + "T09:30")],
        note="a day and part of day: yes takes the earliest free morning start")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like an appointment on Friday at 3"],
        name=["no wait, make it 4", "Hollis Bragg"],
        phone=["709 555 0123"],
        confirm=["yes"]),
        "booked", ap("Hollis Bragg", "+17095550123", weekday(A, "fri") + "T16:00"),
        note="the time corrected while the name is asked keeps Friday")

    # Reference B: Friday 2027-02-12 16:40 in Regina (UTC-06:00 all year).
    B, Bh, Bz, Bc = "2027-02-12", "16:40", "America/Regina", "+13065550100"
    mon = weekday(B, "mon")
    add(B, Bh, Bz, Bc, persona(
        intent=["Hi, I need to get in as soon as possible"],
        name=["Wade Lund"],
        phone=["306 555 0141"],
        time=["yes"],
        confirm=["yes"]),
        "booked", ap("Wade Lund", "+13065550141", mon + "T09:30"),
        existing=[ex(mon + "T09:00")],
        note="ASAP late on a Friday: Monday's earliest free start, yes takes it")
    add(B, Bh, Bz, Bc, persona(
        intent=["hello, what's the first available appointment?"],
        name=["Greta Olson"],
        phone=["306 555 0142"],
        time=["yes please"],
        confirm=["yes"]),
        "booked", ap("Greta Olson", "+13065550142", plus(mon, 1) + "T09:00"),
        closed=[mon],
        note="first available late on a Friday with Monday closed: Tuesday 9:00")
    add(B, Bh, Bz, Bc, persona(
        intent=["Can I come in this weekend?"],
        name=["Nils Berg"],
        phone=["306 555 0143"],
        time=["yes"],
        confirm=["yes"]),
        "booked", ap("Nils Berg", "+13065550143", plus(mon, 1) + "T09:00"),
        closed=[mon],
        note="the weekend is closed and so is Monday: Tuesday's earliest is taken")
    add(B, Bh, Bz, Bc, persona(
        intent=["I'd like to book an appointment"],
        name=["Pia Stroud"],
        phone=["I don't have my number handy"],
        time=["Tuesday at 10:30"],
        confirm=["yes", "yes"]),
        "booked", ap("Pia Stroud", Bc, weekday(B, "tue") + "T10:30"),
        note="no usable number: the caller id is offered and used on yes")
    add(B, Bh, Bz, Bc, persona(
        intent=["hi, I'd like to book for Monday"],
        name=["Boyd Lamont"],
        phone=["306 555 0144"],
        time=["let me speak to an agent please"],
        confirm=["yes"]),
        "transferred", None,
        note="an agent asked for at the time question")
    add(B, Bh, Bz, Bc, persona(
        intent=["I'd like an appointment today"],
        name=["Cora Vance"],
        phone=["306 555 0145"],
        time=["Monday at 4:30"],
        confirm=["yes"]),
        "booked", ap("Cora Vance", "+13065550145", mon + "T16:30"),
        note="today is over: the agent offers other times and the caller names Monday")

    # Reference C: Monday 2027-03-01 09:15 in Winnipeg: cancel, move and check.
    C, Ch, Cz, Cc = "2027-03-01", "09:15", "America/Winnipeg", "+12045550150"
    wed, thu2, fri2 = weekday(C, "wed"), weekday(C, "thu"), weekday(C, "fri")
    mine = ex(wed + "T10:00", name="Stella Hart", phone=Cc)
    add(C, Ch, Cz, Cc, persona(
        intent=["Hi, I need to move my appointment"],
        time=["Friday at 2"],
        confirm=["yes", "yes"]),
        "rescheduled", ap("Stella Hart", Cc, fri2 + "T14:00"),
        existing=[mine],
        note="move found under the caller id; the new time is read back")
    add(C, Ch, Cz, Cc, persona(
        intent=["I'd like to reschedule my appointment please"],
        time=["Thursday at 11", "11:30 then"],
        confirm=["yes", "yes"]),
        "rescheduled", ap("Stella Hart", Cc, thu2 + "T11:30"),
        existing=[mine, ex(thu2 + "T11:00")],
        note="the new time is taken: the caller's next time answer is used")
    add(C, Ch, Cz, Cc, persona(
        intent=["I have to change the time of my booking"],
        phone=["it's booked under 431 555 0177"],
        time=["Thursday at 3"],
        confirm=["yes", "yes"]),
        "rescheduled", ap("Ravi Menon", "+14315550177", thu2 + "T15:00"),
        existing=[ex(wed + "T13:00", name="Ravi Menon", phone="+14315550177")],
        note="nothing under the caller id: the booking's number is asked, then the move")
    add(C, Ch, Cz, Cc, persona(
        intent=["Hi, I need to cancel my Thursday appointment"],
        confirm=["yes"]),
        "cancelled", ap("Stella Hart", Cc, thu2 + "T09:30"),
        existing=[mine, ex(thu2 + "T09:30", name="Stella Hart", phone=Cc)],
        note="two appointments under the caller id: the one on the day said is cancelled")
    add(C, Ch, Cz, Cc, persona(
        intent=["I want to cancel my appointment"],
        phone=["try 204 555 0111"],
        confirm=[],
        other=[]),
        "no_booking", None,
        existing=[ex(wed + "T10:00", name="Hugo Brandt", phone="+12045550199")],
        note="no appointment under the caller id or the number given; the caller repeats "
             "that number: told nothing is under it and offered a new booking, then silent: "
             "nothing cancelled (round 23: a number understood is no failed answer; it was "
             "'transferred')")
    add(C, Ch, Cz, Cc, persona(
        intent=["hi, I'd like to cancel my appointment"],
        confirm=["no, actually keep it"],
        other=[]),
        "no_booking", None,
        existing=[mine],
        note="the read-back of the cancellation is refused: nothing changes")
    add(C, Ch, Cz, Cc, persona(
        intent=["Can I cancel my booking"],
        confirm=["sorry, what was that?", "yes please cancel it"]),
        "cancelled", ap("Stella Hart", Cc, wed + "T10:00"),
        existing=[mine],
        note="a repeat at the cancellation read-back, then yes")
    add(C, Ch, Cz, Cc, persona(
        intent=["I need to cancel"],
        confirm=["forget it"],
        other=[]),
        "no_booking", None,
        existing=[mine],
        note="forget it at the cancellation read-back: nothing is cancelled")

    # Reminders: St. John's and Regina.
    R, Rh, Rz = "2027-02-09", "11:00", "America/St_Johns"
    appt = {"name": "Maeve Connors", "phone": "+17095550171",
            "start": weekday(R, "wed") + "T10:00", "minutes": 30}
    mk = ap(appt["name"], appt["phone"], appt["start"])

    def rem(cid, answered, p, outcome, a, note, tz=Rz, day=R, hh=Rh, ap_in=appt):
        out.append(call(cid, "reminder", day, hh, tz, None, p, outcome, a,
                        extra={"direction": "reminder", "answered_by": answered,
                               "appointment": ap_in},
                        note=note))

    rem("en-ho3-call-rem-1", "machine", persona(confirm=["yes"]), "voicemail", mk,
        "reminder answered by a machine: one voicemail, the appointment stands")
    rem("en-ho3-call-rem-2", "human", persona(confirm=["no, please cancel it", "yes"]),
        "cancelled", mk, "reminder: the caller cancels, yes at the read-back")
    rem("en-ho3-call-rem-3", "human", persona(
        confirm=["can I move it?", "yes"], time=["Friday at 11"]),
        "rescheduled", ap(appt["name"], appt["phone"], weekday(R, "fri") + "T11:00"),
        "reminder: moved to Friday")
    rem("en-ho3-call-rem-4", "human", persona(
        confirm=["I'd like to speak to a person"]),
        "transferred", mk, "reminder: a person asked for; the appointment stands")
    appt2 = {"name": "Lyle Fraser", "phone": "+13065550172",
             "start": "2027-02-16T14:30", "minutes": 30}
    rem("en-ho3-call-rem-5", "human", persona(confirm=["one sec", "yes I can make it"]),
        "confirmed", ap(appt2["name"], appt2["phone"], appt2["start"]),
        "reminder in Regina: a stall, then yes", tz="America/Regina", day="2027-02-15",
        hh="12:00", ap_in=appt2)
    rem("en-ho3-call-rem-6", "human", persona(
        confirm=["can we move it?", "yes"], time=["Wednesday at 2:30", "3 then"]),
        "rescheduled", ap(appt2["name"], appt2["phone"], "2027-02-17T15:00"),
        "reminder: the new time is taken, the bare time keeps Wednesday",
        tz="America/Regina", day="2027-02-15", hh="12:00", ap_in=appt2)
    out[-1]["existing"] = [ex("2027-02-17T14:30")]
    return out


def services():
    out = []
    add = numbered(out, "en-ho3-svc", "service", business="clinic")

    # Reference S: Monday 2027-02-08 08:30 in Halifax.
    S, Sh, Sz, Sc = "2027-02-08", "08:30", "America/Halifax", "+19025550400"
    tue, wed, sat = weekday(S, "tue"), weekday(S, "wed"), weekday(S, "sat")
    singh, luc = "Dr. Amara Singh", "Luc Gagnon"
    add(S, Sh, Sz, Sc, persona(
        intent=["Hi, I'd like a follow-up with Dr. Singh on Tuesday at 10"],
        name=["Bea Lowry"], phone=["902 555 0401"],
        time=["Wednesday at 10 then"], confirm=["yes"]),
        "booked", ap("Bea Lowry", "+19025550401", wed + "T10:00", service="Follow-up",
                     resource=singh, minutes=30),
        note="Dr. Singh does not work Tuesdays: the next time answer is used")
    add(S, Sh, Sz, Sc, persona(
        intent=["I'm a new patient and need an assessment"],
        name=["Joel Marsh"], phone=["902 555 0402"],
        time=["today at 4:30", "3:30 then"], confirm=["yes"]),
        "booked", ap("Joel Marsh", "+19025550402", S + "T15:30",
                     service="Initial assessment", resource=singh, minutes=60),
        note="a 60-minute assessment cannot start at 4:30; the bare time keeps today")
    add(S, Sh, Sz, Sc, persona(
        intent=["can I book a massage for today at 1"],
        name=["Kira Stone"], phone=["902 555 0403"],
        time=["Tuesday at 1 then"], confirm=["yes"]),
        "booked", ap("Kira Stone", "+19025550403", tue + "T13:00",
                     service="Massage therapy", resource=luc, minutes=45),
        note="massage only with Luc, who does not work Mondays")
    add(S, Sh, Sz, Sc, persona(
        intent=["I'd like a deep tissue massage Saturday at 11:30"],
        name=["Abe Toller"], phone=["902 555 0404"],
        time=["11 then"], confirm=["yes"]),
        "booked", ap("Abe Toller", "+19025550404", sat + "T11:00",
                     service="Massage therapy", resource=luc, minutes=45),
        note="45 minutes from 11:30 runs past Saturday's noon close; 11 fits")
    add(S, Sh, Sz, Sc, persona(
        intent=["hello, I need to book"],
        service=["just a return visit"],
        name=["Una Pryce"], phone=["902 555 0405"],
        time=["Wednesday at noon", "1 o'clock then"], confirm=["yes"]),
        "booked", ap("Una Pryce", "+19025550405", wed + "T13:00", service="Follow-up",
                     resource=singh, minutes=30),
        note="the service asked for; Wednesday noon is Dr. Singh's lunch")
    add(S, Sh, Sz, Sc, persona(
        intent=["I'd like the first available evaluation"],
        name=["Remy Clair"], phone=["902 555 0406"],
        time=["yes"], confirm=["yes"]),
        "booked", ap("Remy Clair", "+19025550406", S + "T09:00",
                     service="Initial assessment", resource=singh, minutes=60),
        note="first available from 8:30 on a Monday: 9:00 with Dr. Singh")
    add(S, Sh, Sz, Sc, persona(
        intent=["hi, I want to book a follow up"],
        name=["Dot Keane"], phone=[], time=["Tuesday at 2"], confirm=["yes"],
        other=[]),
        "booked", ap("Dot Keane", Sc, tue + "T14:00", service="Follow-up",
                     resource=luc, minutes=30),
        note="silent at the phone question: no usable number, so the caller id is "
             "offered and taken on yes (SPEC §3; this case first expected three "
             "silences at the phone question, which never offered it)")
    # Reference T: Monday 2026-12-21 10:00 in Halifax (Luc closed 24 December).
    T, Th = "2026-12-21", "10:00"
    add(T, Th, Sz, Sc, persona(
        intent=["I'd like a follow-up on Thursday at 10"],
        name=["Ned Fallon"], phone=["902 555 0407"],
        time=["Wednesday at 10 then"], confirm=["yes"]),
        "booked", ap("Ned Fallon", "+19025550407", "2026-12-23T10:00",
                     service="Follow-up", resource=singh, minutes=30),
        note="Thursday 24 December: Luc is off and Dr. Singh never works Thursdays")
    return out


def french():
    out = []
    add = numbered(out, "fr-ho3-call", "fr", agent_lang="fr")

    # Reference F: Monday 2027-03-01 09:30 in Montreal.
    F, Fh, Fz, Fc = "2027-03-01", "09:30", "America/Toronto", "+15145550500"
    wed, thu, fri = weekday(F, "wed"), weekday(F, "thu"), weekday(F, "fri")
    mine = ex(wed + "T14:00", name="Nadia Roy", phone=Fc)
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais annuler mon rendez-vous."],
        confirm=["Oui."]),
        "cancelled", ap("Nadia Roy", Fc, wed + "T14:00"), existing=[mine],
        note="annulation trouvée sous le numéro d'appel")
    add(F, Fh, Fz, Fc, persona(
        intent=["Allô, il faudrait que je déplace mon rendez-vous."],
        time=["Vendredi à 14 h."],
        confirm=["Oui.", "Oui."]),
        "rescheduled", ap("Nadia Roy", Fc, fri + "T14:00"), existing=[mine],
        note="déplacement trouvé sous le numéro d'appel")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais annuler mon rendez-vous."],
        phone=["C'est le 819 555 0143."],
        confirm=["Oui, c'est ça."]),
        "cancelled", ap("Denis Caron", "+18195550143", thu + "T09:00"),
        existing=[ex(thu + "T09:00", name="Denis Caron", phone="+18195550143")],
        note="rien sous le numéro d'appel: le numéro de la réservation est demandé")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais prendre un rendez-vous."],
        name=["Josée Pelletier."],
        phone=["Cinq un quatre, cinq cinq cinq, zéro un deux trois."],
        time=["Jeudi à 11 h."],
        confirm=["Non, le numéro c'est le 438 555 0177.", "Oui."]),
        "booked", ap("Josée Pelletier", "+14385550177", thu + "T11:00"),
        note="non à la relecture avec un autre numéro")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, un rendez-vous s'il vous plaît."],
        name=["Josée Pelletier."],
        phone=["514 555 0124."],
        time=["Jeudi à 15 h."],
        confirm=["Non, mettez ça au nom de Josiane Pelletier.", "Oui."]),
        "booked", ap("Josiane Pelletier", "+15145550124", thu + "T15:00"),
        note="non à la relecture avec un autre nom")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais prendre un rendez-vous."],
        name=["Marc Gingras."],
        phone=["514 555 0125."],
        time=["Ah, laissez faire, je vais rappeler."],
        confirm=["Oui."]),
        "no_booking", None, note="laissez faire à la question de l'heure")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, j'ai besoin d'un rendez-vous."],
        name=["Je voudrais parler à la réceptionniste."],
        confirm=["Oui."]),
        "transferred", None, note="la réceptionniste demandée: transfert")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais un rendez-vous jeudi après 15 h."],
        name=["Élise Gauthier."],
        phone=["514 555 0126."],
        time=["Plutôt 16 h."],
        confirm=["Oui."]),
        "booked", ap("Élise Gauthier", "+15145550126", thu + "T16:00"),
        existing=[ex(thu + "T15:00")],
        note="une fenêtre, puis une heure à l'intérieur")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais un rendez-vous."],
        name=["Paul Lévesque."],
        phone=["514 555 0127."],
        time=["Mercredi à 10 h.", "Jeudi à 10 h, d'abord."],
        confirm=["Oui."]),
        "booked", ap("Paul Lévesque", "+15145550127", thu + "T10:00"),
        closed=[wed], note="mercredi est fermé: la réponse suivante est prise")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, ici Hélène Caron, je voudrais un rendez-vous mardi à 9 h 30, "
                "mon numéro c'est le 581 555 0128."],
        confirm=["Oui."]),
        "booked", ap("Hélène Caron", "+15815550128", weekday(F, "tue") + "T09:30"),
        note="nom, heure et numéro dans le premier tour")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais un rendez-vous vendredi à 10 h."],
        name=["Non attendez, plutôt à 15 h.", "Martin Fortin."],
        phone=["514 555 0129."],
        confirm=["Oui."]),
        "booked", ap("Martin Fortin", "+15145550129", fri + "T15:00"),
        note="l'heure corrigée pendant la question du nom garde vendredi")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais un rendez-vous."],
        name=["Sophie Aubin."],
        phone=[], confirm=["Oui."], other=[]),
        "no_booking", None,
        note="un silence au numéro: le numéro d'où l'on appelle est offert et pris; "
             "puis trois silences à l'heure")
    # Reference G: Friday 2027-03-05 16:40 in Moncton.
    G, Gh, Gz, Gc = "2027-03-05", "16:40", "America/Moncton", "+15065550500"
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, je voudrais un rendez-vous le plus tôt possible."],
        name=["Rémi Cormier."],
        phone=["506 555 0131."],
        time=["Oui."],
        confirm=["Oui."]),
        "booked", ap("Rémi Cormier", "+15065550131", weekday(G, "mon") + "T09:30"),
        existing=[ex(weekday(G, "mon") + "T09:00")],
        note="le plus tôt possible un vendredi en fin de journée: lundi")
    return out


if __name__ == "__main__":
    write("held_out3_calls_en.jsonl", english())
    write("held_out3_services_en.jsonl", services())
    write("calls_fr_heldout3.jsonl", french())
