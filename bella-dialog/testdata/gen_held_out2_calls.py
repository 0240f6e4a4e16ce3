#!/usr/bin/env python3
"""Generator of the second blind round of held-out-style calls (held_out2_*).

Writes testdata/held_out2_calls_en.jsonl, held_out2_services_en.jsonl and
calls_fr_heldout2.jsonl. Every expectation comes from SPEC.md §3 / SPEC-fr.md §5.7,
written before Bella was run on the cases; dates are computed by callslib's SPEC rules
so the weekday arithmetic is checked, not typed. Run from anywhere; output is stable.
"""
import os

from callslib import (WEEKDAYS, add_days, appt as ap, ex, local_now, persona,
                      weekday_after, weekday_next_week, write_lines)

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def now_str(day, hhmm, tz):
    return local_now(f"{day}T{hhmm}", tz)


def weekday(day, name):
    """The next `name` ("thu") strictly after `day` (a weekday alone, SPEC §2)."""
    return weekday_after(day, WEEKDAYS[DAYS.index(name)])


def next_week(day, name):
    """`name` ("thu") of the following calendar week (weeks start on Monday)."""
    return weekday_next_week(day, WEEKDAYS[DAYS.index(name)])


plus = add_days


def call(cid, kind, day, hhmm, tz, caller_id, p, outcome, appt=None, existing=(),
         closed=None, note="", business=None, extra=None):
    c = {"id": cid, "kind": kind, "now": now_str(day, hhmm, tz), "tz": tz}
    if caller_id:
        c["caller_id"] = caller_id
    if business:
        c["business"] = business
    c["existing"] = list(existing)
    if closed:
        c["closed"] = list(closed)
    if extra:
        c.update(extra)
    c["persona"] = p
    exp = {"outcome": outcome}
    if appt is not None:
        exp["appointment"] = appt
    c["expected"] = exp
    c["note"] = note
    return c


def numbered(out, prefix, kind, business=None, agent_lang=None):
    """An `add(...)` taking `call`'s arguments after `kind`: appends to `out` the next
    case, numbered `<prefix>-01`, `-02`, ..., with `business` and the expected
    `agent_lang` when given."""
    n = [0]

    def add(*a, **k):
        n[0] += 1
        if business:
            k["business"] = business
        c = call(f"{prefix}-{n[0]:02d}", kind, *a, **k)
        if agent_lang:
            c["expected"]["agent_lang"] = agent_lang
        out.append(c)

    return add


def english():
    out = []
    add = numbered(out, "en-ho2-call", "messy")

    # Reference A: Tuesday 2027-01-12 09:40 in Vancouver.
    A, Ah, Az, Ac = "2027-01-12", "09:40", "America/Vancouver", "+16045550100"
    add(A, Ah, Az, Ac, persona(
        intent=["hey there, I want to set up an appointment"],
        name=["what was that?", "Nora Quinlan"],
        phone=["sorry, say again?", "604 555 0148"],
        time=["pardon?", "Thursday at 1:30"],
        confirm=["can you repeat that please", "yes that's right"]),
        "booked", ap("Nora Quinlan", "+16045550148", weekday(A, "thu") + "T13:30"),
        note="a repeat asked at every question, once each")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like to see someone this week"],
        name=["Felix Ward"],
        phone=["hang on, it's a new number", "one moment", "778 555 0102"],
        time=["hmm", "Monday at 9"],
        confirm=["yes"]),
        "booked", ap("Felix Ward", "+17785550102", weekday(A, "mon") + "T09:00"),
        note="two stalls at the phone, one at the time; Monday is next week's")
    add(A, Ah, Az, Ac, persona(
        intent=["Hi, could I book a visit"],
        name=["hold on", "one sec", "hold on", "hang on a moment", "Ivy Chen"],
        phone=["604 555 0111"],
        time=["Friday at 10:30"],
        confirm=["yes"]),
        "booked", ap("Ivy Chen", "+16045550111", weekday(A, "fri") + "T10:30"),
        note="four stalls in a row at the name: the fourth is one failed answer, not a transfer")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like an appointment please"],
        name=["Gus Moreno"],
        phone=["604 555 0135"],
        time=["Thursday at 2"],
        confirm=["no, make it 3:30 instead", "yes"]),
        "booked", ap("Gus Moreno", "+16045550135", weekday(A, "thu") + "T15:30"),
        note="no at the read-back with a bare time: same day, new time")
    add(A, Ah, Az, Ac, persona(
        intent=["hello, I'm calling to book"],
        name=["Kate Doyle"],
        phone=["actually, put it under Katherine Doyle. and the number is 403 555 0177"],
        time=["Wednesday at 11"],
        confirm=["yes"]),
        "booked", ap("Katherine Doyle", "+14035550177", weekday(A, "wed") + "T11:00"),
        note="the name corrected at the phone question, number in the same turn")
    add(A, Ah, Az, Ac, persona(
        intent=["Hi, this is Marco Bellini, could I get Friday at 10? my number is 416 555 0123"],
        confirm=["yep"]),
        "booked", ap("Marco Bellini", "+14165550123", weekday(A, "fri") + "T10:00"),
        note="name, time and number all in the opening; nothing else to ask")
    add(A, Ah, Az, Ac, persona(
        intent=["I'd like to make a booking"],
        name=["Wednesday at 11 works for me", "Dev Patel"],
        phone=["604 555 0156"],
        time=["Wednesday at 11"],
        confirm=["yes"]),
        "booked", ap("Dev Patel", "+16045550156", weekday(A, "wed") + "T11:00"),
        note="a time given at the name question is kept")
    add(A, Ah, Az, "+16045550199", persona(
        intent=["hi, I need an appointment"],
        name=["It's Ruth Okafor and my number is 780 555 0190"],
        time=["Monday at 2:30"],
        confirm=["yes"]),
        "booked", ap("Ruth Okafor", "+17805550190", weekday(A, "mon") + "T14:30"),
        note="the number volunteered with the name; never asked, caller id not used")
    add(A, Ah, Az, Ac, persona(
        intent=["can I book an appointment"],
        name=["Zoe Laurent"],
        phone=["587 555 0161"],
        time=["Thursday at 9"],
        confirm=["no, the number's wrong, it's 587 555 0166", "yes"]),
        "booked", ap("Zoe Laurent", "+15875550166", weekday(A, "thu") + "T09:00"),
        note="no at the read-back, the phone fixed in the same turn")
    add(A, Ah, Az, Ac, persona(
        intent=["hi, I'd like to come in"],
        name=["Tom Becker"],
        phone=["604 555 0172"],
        time=["Thursday at 2"],
        confirm=["no, I meant Friday at 2", "yes"]),
        "booked", ap("Tom Becker", "+16045550172", weekday(A, "fri") + "T14:00"),
        note="no at the read-back, the day fixed")

    # Reference B: Monday 2026-12-14 14:20 in Toronto.
    B, Bh, Bz, Bc = "2026-12-14", "14:20", "America/Toronto", "+16475550150"
    add(B, Bh, Bz, Bc, persona(
        intent=["Hi, I want to cancel my appointment"],
        phone=["the number I'm calling from"],
        confirm=["hmm, hold on", "yes, cancel it"]),
        "cancelled", ap("Elsa Brandt", Bc, weekday(B, "wed") + "T11:30"),
        existing=[ex(weekday(B, "wed") + "T11:30", name="Elsa Brandt", phone=Bc)],
        note="cancel found under the caller id, a stall at the read-back")
    add(B, Bh, Bz, Bc, persona(
        intent=["yeah hi, I've got to cancel a booking"],
        phone=["it should be under 204 555 0119"],
        confirm=["yes please"]),
        "cancelled", ap("Omar Nasser", "+12045550119", weekday(B, "thu") + "T09:00"),
        existing=[ex(weekday(B, "thu") + "T09:00", name="Omar Nasser", phone="+12045550119")],
        note="nothing under the caller id: the agent asks for the booking's number")
    add(B, Bh, Bz, Bc, persona(
        intent=["I need to change the time of my appointment"],
        phone=["the number I'm calling from"],
        time=["any time after 2 on Friday", "yes"],
        confirm=["yes"]),
        "rescheduled", ap("Petra Novak", Bc, weekday(B, "fri") + "T14:30"),
        existing=[ex(weekday(B, "thu") + "T10:00", name="Petra Novak", phone=Bc),
                  ex(weekday(B, "fri") + "T14:00")],
        note="move into a window whose first start is taken")
    add(B, Bh, Bz, Bc, persona(
        intent=["I'd like to move my appointment"],
        phone=["this number"],
        time=["forget it, I'll keep the one I have"],
        confirm=["yes"]),
        "no_booking",
        existing=[ex(weekday(B, "thu") + "T10:00", name="Quinn Adler", phone=Bc)],
        note="forget it while moving ends the call without a change")
    add(B, Bh, Bz, Bc, persona(
        intent=["Hi, I need an appointment"],
        name=["Lena Fisher"],
        phone=["actually, could you put me through to a person"]),
        "transferred",
        note="a person asked for at the phone question")
    add(B, Bh, Bz, Bc, persona(intent=["representative please"]),
        "transferred", note="representative in the opening")
    add(B, Bh, Bz, Bc, persona(
        intent=["Hi, it's Noel Grant, anything Wednesday not before 3?"],
        phone=["647 555 0124"],
        time=["yes"],
        confirm=["yes"]),
        "booked", ap("Noel Grant", "+16475550124", weekday(B, "wed") + "T15:30"),
        existing=[ex(weekday(B, "wed") + "T15:00")],
        note="window in the opening with the name; yes takes the earliest inside it")
    add(B, Bh, Bz, Bc, persona(
        intent=["I'd like to book something"],
        name=["Ada Fenwick"],
        phone=["647 555 0136"],
        time=["Thursday between 4 and 5", "OK, Friday at 4 then"],
        confirm=["yes"]),
        "booked", ap("Ada Fenwick", "+16475550136", weekday(B, "fri") + "T16:00"),
        existing=[ex(weekday(B, "thu") + "T16:00"), ex(weekday(B, "thu") + "T16:30")],
        note="nothing free in the window; the caller names another start")
    add(B, Bh, Bz, Bc, persona(
        intent=["hello, I'd like to book"],
        name=["Hugo Lind"],
        phone=["416 555 0140"],
        time=["Friday at 10", "Monday at 11 then"],
        confirm=["yes"]),
        "booked", ap("Hugo Lind", "+14165550140", weekday(B, "mon") + "T11:00"),
        closed=[weekday(B, "fri")],
        note="Friday is a closed date; the caller moves to Monday")

    # Reference C: Thursday 2027-01-14 16:50 in Edmonton.
    C, Ch, Cz, Cc = "2027-01-14", "16:50", "America/Edmonton", "+17805550160"
    add(C, Ch, Cz, Cc, persona(
        intent=["do you have anything on the weekend?"],
        name=["Iris Kemp"],
        phone=["780 555 0163"],
        time=["yes"],
        confirm=["yes"]),
        "booked", ap("Iris Kemp", "+17805550163", weekday(C, "mon") + "T09:30"),
        existing=[ex(weekday(C, "mon") + "T09:00")],
        note="the weekend is closed: Monday's times are offered, yes takes the earliest free")
    add(C, Ch, Cz, Cc, persona(
        intent=["I'd like an appointment"],
        name=["Jonah Reyes"],
        phone=["780 555 0109"],
        time=["the earliest you've got", "yes"],
        confirm=["yes"]),
        "booked", ap("Jonah Reyes", "+17805550109", plus(C, 1) + "T09:30"),
        existing=[ex(plus(C, 1) + "T09:00")],
        note="earliest after closing time: tomorrow's first free start")
    add(C, Ch, Cz, Cc, persona(
        intent=["Hi, I'm hoping to come in"],
        name=["Maeve Collins"],
        phone=["780 555 0115"],
        time=["Friday at 6 pm", "how about 4:30"],
        confirm=["yes"]),
        "booked", ap("Maeve Collins", "+17805550115", plus(C, 1) + "T16:30"),
        note="after hours refused; a bare time keeps Friday")
    add(C, Ch, Cz, Cc, persona(
        intent=["I'd like to book an appointment on Tuesday"],
        name=["Sol Varga"],
        phone=["780 555 0127"],
        time=["2 pm", "2:30 works"],
        confirm=["yes"]),
        "booked", ap("Sol Varga", "+17805550127", weekday(C, "tue") + "T14:30"),
        existing=[ex(weekday(C, "tue") + "T14:00")],
        note="day from the opening, bare time taken, the next bare time keeps the day")
    add(C, Ch, Cz, "+17805550181", persona(
        intent=["I want to book an appointment"],
        name=["Beth Arlo"],
        phone=["I don't know my number, sorry", "I really don't know it"],
        time=["Monday at 3"],
        confirm=["yes", "yes"]),
        "booked", ap("Beth Arlo", "+17805550181", weekday(C, "mon") + "T15:00"),
        note="no usable number: the caller id is offered and taken")
    add(C, Ch, Cz, "+17805550182", persona(
        intent=["hi I'd like to book"],
        name=["Cal Dunne"],
        phone=["you can use the one I'm calling from"],
        time=["Wednesday at 10"],
        confirm=["what was that?", "yes"]),
        "booked", ap("Cal Dunne", "+17805550182", weekday(C, "wed") + "T10:00"),
        note="the one I'm calling from; a repeat at the read-back")
    add(C, Ch, Cz, Cc, persona(
        intent=["yes I need an appointment"],
        name=["Lou Park"]),
        "no_booking", note="silent from the phone question on: the call ends politely")
    add(C, Ch, Cz, Cc, persona(
        intent=["I'd like to book"],
        name=["Rhea Sand"],
        phone=["780 555 0138"],
        time=["the blue one", "no idea really", "something nice"]),
        "transferred", note="three failed time answers in a row")
    add(C, Ch, Cz, Cc, persona(
        intent=["Hi, I need to book"],
        name=["Vera Holt"],
        phone=["780 555 0146"],
        time=["let me think", "hmm, never mind, I'll call back"]),
        "no_booking", note="a stall, then I'll call back")

    # Reference D: Wednesday 2027-02-03 10:05 in Halifax.
    D, Dh, Dz, Dc = "2027-02-03", "10:05", "America/Halifax", "+19025550120"
    add(D, Dh, Dz, Dc, persona(
        intent=["I'd like an appointment"],
        name=["Abe Ross"],
        phone=["902 555 0132"],
        time=["Thursday", "by the way it's Abe Ross-Lincoln, sorry", "10:30 please"],
        confirm=["yes"]),
        "booked", ap("Abe Ross-Lincoln", "+19025550132", weekday(D, "thu") + "T10:30"),
        note="a name correction while times are offered; the offer is asked again")
    add(D, Dh, Dz, Dc, persona(
        intent=["booking please"],
        name=["Cora Flint"],
        phone=["902 555 0141, no sorry, 902 555 0142"],
        time=["Friday at 11:30"],
        confirm=["yes"]),
        "booked", ap("Cora Flint", "+19025550142", weekday(D, "fri") + "T11:30"),
        note="number corrected in one turn")
    add(D, Dh, Dz, Dc, persona(
        intent=["hi, I want an appointment"],
        name=["Hana Sato, 416 555 0170, and Tuesday at 3 if you have it"],
        confirm=["yes"]),
        "booked", ap("Hana Sato", "+14165550170", weekday(D, "tue") + "T15:00"),
        note="name, number and time all at the name question")
    add(D, Dh, Dz, Dc, persona(
        intent=["I need an appointment"],
        name=["Bryn Howel"],
        phone=["902 555 0153"],
        time=["Monday at 1"],
        confirm=["no, the name is Bryn Howell, with two Ls", "yes"]),
        "booked", ap("Bryn Howell", "+19025550153", weekday(D, "mon") + "T13:00"),
        note="no at the read-back fixing the name")
    add(D, Dh, Dz, Dc, persona(
        intent=["could I get something on Monday before noon"],
        name=["Ines Faro"],
        phone=["902 555 0164"],
        time=["yes"],
        confirm=["yes"]),
        "booked", ap("Ines Faro", "+19025550164", weekday(D, "mon") + "T10:00"),
        existing=[ex(weekday(D, "mon") + "T09:00"), ex(weekday(D, "mon") + "T09:30")],
        note="window before noon, first two starts taken")
    add(D, Dh, Dz, Dc, persona(
        intent=["Hi I'd like to book an appointment"],
        name=["Kai Moreau"],
        phone=["902 555 0175"],
        time=["next Wednesday", "11 o'clock please"],
        confirm=["yes"]),
        "booked", ap("Kai Moreau", "+19025550175", next_week(D, "wed") + "T11:00"),
        note="next Wednesday said on a Wednesday, then a bare hour")
    add(D, Dh, Dz, Dc, persona(
        intent=["hello, appointment for the 18th at 2 please"],
        name=["Lars Eide"],
        phone=["four oh three, five five five, zero one eight eight"],
        confirm=["yes"]),
        "booked", ap("Lars Eide", "+14035550188", "2027-02-18T14:00"),
        note="a day of the month in the opening, number in words")
    add(D, Dh, Dz, Dc, persona(
        intent=["I'd like to book for today"],
        name=["Mila Tran"],
        phone=["902 555 0186"],
        time=["9 o'clock", "11 then"],
        confirm=["yes"]),
        "booked", ap("Mila Tran", "+19025550186", D + "T11:00"),
        note="a start already past today is refused; the next bare time keeps today")
    add(D, Dh, Dz, Dc, persona(
        intent=["hi, I'd like an appointment on Friday at 10"],
        name=["Ned Oduya"],
        phone=["902 555 0197, and actually make it 11 instead"],
        confirm=["yes"]),
        "booked", ap("Ned Oduya", "+19025550197", weekday(D, "fri") + "T11:00"),
        note="the time corrected at the phone question, on the day under discussion")
    add(D, Dh, Dz, Dc, persona(
        intent=["Hi, I need to reschedule"],
        phone=["same number I'm calling on"],
        time=["Friday at 11", "Friday at 1 then"],
        confirm=["yes"]),
        "rescheduled", ap("Rosa Imre", Dc, weekday(D, "fri") + "T13:00"),
        existing=[ex(weekday(D, "thu") + "T09:00", name="Rosa Imre", phone=Dc),
                  ex(weekday(D, "fri") + "T11:00")],
        note="move to a taken start, then another")

    # Reminder calls (SPEC §3.2), Winnipeg.
    R, Rh, Rz = "2026-12-16", "11:00", "America/Winnipeg"
    appt = {"name": "Gail Sutter", "phone": "+12045550171",
            "start": plus(R, 1) + "T10:00", "minutes": 30}
    out.append(call("en-ho2-call-rem-1", "reminder", R, Rh, Rz, None, persona(
        confirm=["sorry, can you say that again?", "yes, I'll be there"]),
        "confirmed", {k: appt[k] for k in ("name", "phone", "start")},
        extra={"direction": "reminder", "answered_by": "human", "appointment": appt},
        note="reminder: a repeat, then yes"))
    appt2 = {"name": "Ivo Brandt", "phone": "+12045550172",
             "start": plus(R, 1) + "T14:00", "minutes": 30}
    out.append(call("en-ho2-call-rem-2", "reminder", R, Rh, Rz, None, persona(
        confirm=["could I move it to another day?", "yes"],
        time=["Friday at 3"]),
        "rescheduled", {"name": "Ivo Brandt", "phone": "+12045550172",
                        "start": weekday(R, "fri") + "T15:00"},
        extra={"direction": "reminder", "answered_by": "human", "appointment": appt2},
        note="reminder: move it to Friday"))
    return out


def services():
    out = []
    tz = "America/Halifax"
    add = numbered(out, "en-ho2-svc", "service", business="clinic")

    # Monday 2027-01-11 08:30 Halifax. Singh: Mon, Wed (lunch 12-13), Fri. Luc: Tue, Thu, Sat am.
    S, Sh, Sc = "2027-01-11", "08:30", "+19025550300"
    sg, lg = "Dr. Amara Singh", "Luc Gagnon"
    add(S, Sh, tz, Sc, persona(
        intent=["Hi, I'd like to book a sports massage"],
        name=["Tess Vail"], phone=["902 555 0301"],
        time=["Thursday at 3"], confirm=["yes"]),
        "booked", ap("Tess Vail", "+19025550301", weekday(S, "thu") + "T15:00",
                     service="Massage therapy", resource=lg, minutes=45),
        note="sports massage names the massage service")
    add(S, Sh, tz, Sc, persona(
        intent=["I'm a new patient and I need to book"],
        name=["Uma Kerr"], phone=["902 555 0302"],
        time=["Wednesday at 11:30", "Wednesday at 1 then"], confirm=["yes"]),
        "booked", ap("Uma Kerr", "+19025550302", weekday(S, "wed") + "T13:00",
                     service="Initial assessment", resource=sg, minutes=60),
        note="a 60-minute assessment at 11:30 runs into Dr. Singh's lunch")
    add(S, Sh, tz, Sc, persona(
        intent=["hello, I'd like to book an appointment"],
        name=["Vic Lowe"], phone=["902 555 0303"],
        service=["pardon?", "it's a return visit this time"],
        time=["Tuesday at 9:30"], confirm=["yes"]),
        "booked", ap("Vic Lowe", "+19025550303", weekday(S, "tue") + "T09:30",
                     service="Follow-up", resource=lg, minutes=30),
        note="a repeat at the service question; return visit is a follow-up")
    add(S, Sh, tz, Sc, persona(
        intent=["can I get a massage with Luc on Monday?"],
        name=["Wes Abbot"], phone=["902 555 0304"],
        time=["Tuesday at 11 then"], confirm=["yes"]),
        "booked", ap("Wes Abbot", "+19025550304", weekday(S, "tue") + "T11:00",
                     service="Massage therapy", resource=lg, minutes=45),
        note="Luc does not work Mondays; the caller moves to Tuesday")
    add(S, Sh, tz, Sc, persona(
        intent=["I need a follow-up with Dr. Singh"],
        name=["Xena Moss"], phone=["902 555 0305"],
        time=["Friday at 4:30"], confirm=["yes"]),
        "booked", ap("Xena Moss", "+19025550305", weekday(S, "fri") + "T16:30",
                     service="Follow-up", resource=sg, minutes=30),
        note="a 30-minute follow-up fits the last half hour")
    add(S, Sh, tz, Sc, persona(
        intent=["I'd like an evaluation please, Friday at 4:30 if possible"],
        name=["Yuri Bolt"], phone=["902 555 0306"],
        time=["4 o'clock then"], confirm=["yes"]),
        "booked", ap("Yuri Bolt", "+19025550306", weekday(S, "fri") + "T16:00",
                     service="Initial assessment", resource=sg, minutes=60),
        note="a 60-minute evaluation cannot start at 16:30; a bare 4 keeps Friday")
    add(S, Sh, tz, Sc, persona(
        intent=["Hi, I'd like to book a massage"],
        name=["Zara Quill"], phone=["902 555 0307"],
        time=["Saturday at 11:30", "Saturday at 11"], confirm=["yes"]),
        "booked", ap("Zara Quill", "+19025550307", weekday(S, "sat") + "T11:00",
                     service="Massage therapy", resource=lg, minutes=45),
        note="Saturday closes at noon: 11:30 plus 45 minutes does not fit, 11:00 does")
    add(S, Sh, tz, Sc, persona(
        intent=["hi, I need an initial assessment on Wednesday morning"],
        name=["Alba Rusk"], phone=["902 555 0308"],
        time=["yes"], confirm=["yes"]),
        "booked", ap("Alba Rusk", "+19025550308", weekday(S, "wed") + "T10:30",
                     service="Initial assessment", resource=sg, minutes=60),
        existing=[ex(weekday(S, "wed") + "T09:00", 60, resource=sg),
                  ex(weekday(S, "wed") + "T10:00", 30, resource=sg)],
        note="Wednesday morning: Dr. Singh busy 9-10:30; yes takes the earliest, 10:30")
    add(S, Sh, tz, Sc, persona(
        intent=["Hello, this is Bea Tamm, I'd like a follow up Thursday after 2"],
        phone=["902 555 0309"], time=["yes"], confirm=["yes"]),
        "booked", ap("Bea Tamm", "+19025550309", weekday(S, "thu") + "T15:00",
                     service="Follow-up", resource=lg, minutes=30),
        existing=[ex(weekday(S, "thu") + "T14:00", 45, resource=lg)],
        note="window after 2; a 45-minute massage 14:00-14:45 blocks 14:00 and 14:30")
    add(S, Sh, tz, Sc, persona(
        intent=["I want to book a deep tissue massage"],
        name=["Cy Dorn"], phone=["902 555 0310"],
        time=["can I speak to a person?"]),
        "transferred", note="transfer asked at the time question")
    return out


def french():
    out = []
    add = numbered(out, "fr-ho2-call", "fr", agent_lang="fr")

    # Reference F: Tuesday 2027-01-12 10:20 Montreal; G: Friday 2027-01-29 15:10 Moncton.
    F, Fh, Fz, Fc = "2027-01-12", "10:20", "America/Toronto", "+15145550400"
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, j'aurais besoin d'un rendez-vous."],
        name=["Pardon?", "Geneviève Lortie."],
        phone=["Le cinq un quatre, cinq cinq cinq, zéro quatre un un."],
        time=["Vous pouvez répéter?", "Jeudi à 10 h 30."],
        confirm=["Oui, c'est ça."]),
        "booked", ap("Geneviève Lortie", "+15145550411", weekday(F, "thu") + "T10:30"),
        note="repeats at the name and the time")
    add(F, Fh, Fz, Fc, persona(
        intent=["Allô, je voudrais prendre un rendez-vous."],
        name=["Un instant.", "Attendez, euh...", "Je m'appelle Rémi Bouchard."],
        phone=["Quatre cinq zéro, cinq cinq cinq, douze, quarante-deux."],
        time=["Vendredi à 2 h."],
        confirm=["Parfait."]),
        "booked", ap("Rémi Bouchard", "+14505551242", weekday(F, "fri") + "T14:00"),
        note="two stalls at the name; 2 h is afternoon")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, c'est Josée Paquette, j'aimerais un rendez-vous mercredi à 9 h."],
        phone=["Huit un neuf, cinq cinq cinq, zéro quatre deux deux."],
        confirm=["Oui."]),
        "booked", ap("Josée Paquette", "+18195550422", weekday(F, "wed") + "T09:00"),
        note="name and time in the opening")
    add(F, Fh, Fz, Fc, persona(
        intent=["Je voudrais un rendez-vous s'il vous plaît."],
        name=["Luc Fortier."],
        phone=["Cinq un quatre, cinq cinq cinq, zéro quatre trois trois."],
        time=["Jeudi à 14 h."],
        confirm=["Non, plutôt à 15 h 30.", "Oui."]),
        "booked", ap("Luc Fortier", "+15145550433", weekday(F, "thu") + "T15:30"),
        note="no at the read-back with a new time, same day")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais un rendez-vous."],
        name=["Marie-Claude Roy."],
        phone=["Le 438, cinq cinq cinq, zéro quatre quatre quatre."],
        time=["Vendredi, entre 13 h et 15 h.", "Oui."],
        confirm=["C'est beau."]),
        "booked", ap("Marie-Claude Roy", "+14385550444", weekday(F, "fri") + "T14:00"),
        existing=[ex(weekday(F, "fri") + "T13:00"), ex(weekday(F, "fri") + "T13:30")],
        note="window 13-15 with its first two starts taken")
    add(F, Fh, Fz, Fc, persona(
        intent=["Je veux annuler mon rendez-vous."],
        phone=["Le numéro d'où j'appelle."],
        confirm=["Oui, vous pouvez l'annuler."]),
        "cancelled", ap("André Dubé", Fc, weekday(F, "thu") + "T11:00"),
        existing=[ex(weekday(F, "thu") + "T11:00", name="André Dubé", phone=Fc)],
        note="cancel under the caller id")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, faudrait que je change l'heure de mon rendez-vous."],
        phone=["Le même numéro."],
        time=["Lundi de la semaine prochaine à 13 h."],
        confirm=["Oui, parfait."]),
        "rescheduled", ap("Nadia Ouellet", Fc, next_week(F, "mon") + "T13:00"),
        existing=[ex(weekday(F, "wed") + "T10:00", name="Nadia Ouellet", phone=Fc)],
        note="move to Monday of next week")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, j'aimerais parler à une vraie personne."]),
        "transferred", note="a real person asked for in the opening")
    add(F, Fh, Fz, Fc, persona(
        intent=["Bonjour, je voudrais prendre rendez-vous."],
        name=["Simon Gagné."],
        phone=["Cinq un quatre, cinq cinq cinq, zéro quatre cinq cinq."],
        time=["Euh, laissez faire, je vais rappeler."]),
        "no_booking", note="laissez faire at the time question")

    G, Gh, Gz, Gc = "2027-01-29", "15:10", "America/Moncton", "+15065550500"
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, est-ce que je pourrais venir samedi?"],
        name=["Chantal Cormier."],
        phone=["Cinq zéro six, cinq cinq cinq, zéro cinq un deux."],
        time=["Oui."],
        confirm=["Oui."]),
        "booked", ap("Chantal Cormier", "+15065550512", weekday(G, "mon") + "T09:00"),
        note="Saturday is closed; the earliest of Monday is taken with oui")
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, je voudrais un rendez-vous le plus tôt possible."],
        name=["Réjean Landry."],
        phone=["Cinq zéro six, cinq cinq cinq, zéro cinq deux trois."],
        time=["Oui."],
        confirm=["Oui."]),
        "booked", ap("Réjean Landry", "+15065550523", G + "T15:30"),
        note="the earliest free start from now, still today")
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, j'aimerais un rendez-vous."],
        name=["Josette Arsenault."],
        phone=["Cinq zéro six, cinq cinq cinq, zéro cinq trois quatre."],
        time=["Mardi à 10 h."],
        confirm=["Non, c'est pas ça, le numéro c'est le cinq zéro six, cinq cinq cinq, zéro cinq trois cinq.", "Oui."]),
        "booked", ap("Josette Arsenault", "+15065550535", weekday(G, "tue") + "T10:00"),
        note="no at the read-back fixing the number")
    add(G, Gh, Gz, Gc, persona(
        intent=["Allô, je voudrais prendre un rendez-vous."],
        name=["Paul Doucet."],
        phone=["Cinq zéro six, cinq cinq cinq, zéro cinq quatre six."],
        time=["Mercredi à 11 h.", "D'accord, 11 h 30 d'abord."],
        confirm=["Oui."]),
        "booked", ap("Paul Doucet", "+15065550546", weekday(G, "wed") + "T11:30"),
        existing=[ex(weekday(G, "wed") + "T11:00")],
        note="a taken start; the bare time keeps Wednesday")
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, un rendez-vous s'il vous plaît."],
        name=["Lise Robichaud."],
        phone=["Je le sais pas par cœur.", "Je m'en souviens pas."],
        time=["Jeudi à 9 h 30."],
        confirm=["Oui.", "Oui."]),
        "booked", ap("Lise Robichaud", Gc, weekday(G, "thu") + "T09:30"),
        note="no usable number: the caller id is offered and taken")
    add(G, Gh, Gz, Gc, persona(
        intent=["Bonjour, je voudrais un rendez-vous mardi."],
        name=["Moi c'est Yvon LeBlanc, pis c'est mardi matin que je voudrais."],
        phone=["Cinq zéro six, cinq cinq cinq, zéro cinq six huit."],
        time=["Oui."],
        confirm=["Oui."]),
        "booked", ap("Yvon LeBlanc", "+15065550568", weekday(G, "tue") + "T09:00"),
        note="the part of day volunteered with the name; oui takes the earliest morning start")
    return out


def write(name, rows):
    write_lines(os.path.join(HERE, name), rows)


if __name__ == "__main__":
    write("held_out2_calls_en.jsonl", english())
    write("held_out2_services_en.jsonl", services())
    write("calls_fr_heldout2.jsonl", french())
