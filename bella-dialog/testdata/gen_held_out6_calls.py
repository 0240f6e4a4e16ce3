#!/usr/bin/env python3
"""Generator of blind call round 6: held_out6_calls_en.jsonl, held_out6_services_en.jsonl
and calls_fr_heldout6.jsonl (SPEC §3, §3.1, §3.2, §5.7).

Written blind from the SPEC (not from Bella's source or earlier rounds): messy callers who
do several things in one call. Every expected start comes from the slot oracle in
`callslib.py` (free starts, earliest, next open day), never typed by hand, and
`write_jsonl` checks each booked or rescheduled label against that oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_held_out6_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, call, persona, reminder, result,  # noqa: E402
                      weekday_after, weekday_next_week, write_jsonl, local_now)

nw = local_now  # the RFC 3339 now the weekday helpers take

CLINIC_TOML = "/work/shared/eval/dev/business_clinic.toml"

ED, TO, VA, HX, WP, MC = ("America/Edmonton", "America/Toronto", "America/Vancouver",
                          "America/Halifax", "America/Winnipeg", "America/Moncton")


def en_calls():
    D = Business.default
    out = []

    def add(cid, wall, tz, cid_phone, p, exp, existing=(), closed=None):
        out.append(call(f"h6-en-{cid}", wall, tz, cid_phone, p, exp, existing, closed,
                        kind="held_out6"))

    # 01 two corrections at the read-back: time to a bare hour, then the name.
    w, tz = "2026-11-17T10:15", ED
    thu = weekday_after(nw(w, tz), "thursday")
    add("01", w, tz, "+14035550142",
        persona(["Hi, I'd like to book an appointment for Thursday at 10"], ["Tom Becker"],
                ["403 555 0161"], ["Thursday at 10"],
                ["no, make it 11", "no, the name's Tomas Becker", "yes"]),
        booked("Tomas Becker", "+14035550161", at(thu, "11:00")))

    # 02 time corrected while the name is asked, phone corrected at the read-back.
    w, tz = "2026-11-17T10:15", ED
    fri = weekday_after(nw(w, tz), "friday")
    add("02", w, tz, "+14035550142",
        persona(["I want to book Friday at 2"], ["no wait, make it 3", "Lara Quinn"],
                ["587 555 0184"], ["Friday at 3"],
                ["no, the number is 587 555 0148", "yes"]),
        booked("Lara Quinn", "+15875550148", at(fri, "15:00")))

    # 03 one repeat-request at each question.
    w, tz = "2027-01-12T09:40", TO
    fri = weekday_after(nw(w, tz), "friday")
    add("03", w, tz, "+16475550100",
        persona(["Hello, I need to book an appointment"], ["sorry?", "Ana Lima"],
                ["what was that?", "416 555 0188"], ["pardon?", "Friday at 2"],
                ["can you repeat that?", "yes"]),
        booked("Ana Lima", "+14165550188", at(fri, "14:00")))

    # 04 three stalls then the number; two stalls then the time.
    w, tz = "2027-01-12T09:40", TO
    mon = weekday_after(nw(w, tz), "monday")
    add("04", w, tz, "+16475550100",
        persona(["Hi there, can I make an appointment?"], ["Gwen Holt"],
                ["hold on", "one sec", "let me think", "it's 780 555 0101"],
                ["hmm", "let me think", "Monday at 9:30"], ["yes"]),
        booked("Gwen Holt", "+17805550101", at(mon, "09:30")))

    # 05 a window on a closed day, the next open day's first slot in it taken.
    w, tz = "2027-01-14T11:00", TO
    mon = weekday_after(nw(w, tz), "monday")
    nxt = D([mon]).next_open_day(mon)
    ex = [{"start": at(nxt, "14:00"), "minutes": 30}]
    start = D([mon]).free_starts(nxt, nw(w, tz), ex, after="14:00")[0][0]
    add("05", w, tz, "+16475550111",
        persona(["Hi, can I come in Monday after 2?"], ["Nico Alvarez"], ["647 555 0122"],
                ["yes"], ["yes"]),
        booked("Nico Alvarez", "+16475550122", start), ex, [mon])

    # 06 a window, a taken time inside it, then a bare hour.
    w, tz = "2026-11-24T10:05", WP
    fri = weekday_after(nw(w, tz), "friday")
    ex = [{"start": at(fri, "13:30"), "minutes": 30}]
    add("06", w, tz, "+12045550199",
        persona(["I'd like to make an appointment, please"], ["Hana Sato"], ["204 555 0177"],
                ["Friday between 1 and 3", "1:30?", "2 then"], ["yes"]),
        booked("Hana Sato", "+12045550177", at(fri, "14:00")), ex)

    # 07 "the earliest you have" at 16:45 on a Friday: Monday, its first slot taken.
    w, tz = "2026-12-04T16:45", HX
    ex = [{"start": at("2026-12-07", "09:00"), "minutes": 30}]
    start = D().earliest(nw(w, tz), ex)[0]
    add("07", w, tz, "+19025550140",
        persona(["hi, what's the earliest you have?"], ["Felix Grant"], ["902 555 0163"],
                ["yes"], ["yes"]),
        booked("Felix Grant", "+19025550163", start), ex)

    # 08 "as soon as possible" at 16:10 on a Friday: 16:30 today is still ahead.
    w, tz = "2027-03-05T16:10", WP
    start = D().earliest(nw(w, tz))[0]
    add("08", w, tz, "+12045550100",
        persona(["I need an appointment as soon as possible please"], ["Iris Bauer"],
                ["204 555 0131"], ["yes"], ["yes"]),
        booked("Iris Bauer", "+12045550131", start))

    # 09 "first available" at 16:55 on a Friday, Monday closed.
    w, tz = "2027-01-22T16:55", ED
    closed = ["2027-01-25"]
    start = D(closed).earliest(nw(w, tz))[0]
    add("09", w, tz, "+17805550110",
        persona(["Hey, just give me the first available"], ["Otto Lang"], ["780 555 0142"],
                ["yes"], ["yes"]),
        booked("Otto Lang", "+17805550142", start), (), closed)

    # 10 name and time in the opening turn.
    w, tz = "2026-11-19T09:05", TO
    tue = weekday_after(nw(w, tz), "tuesday")
    add("10", w, tz, "+16475550190",
        persona(["Hi, it's Maya Chen, could I get Tuesday at 11?"], ["Maya Chen"],
                ["647 555 0155"], ["Tuesday at 11"], ["yes"]),
        booked("Maya Chen", "+16475550155", at(tue, "11:00")))

    # 11 lower case, no punctuation: name and time in the opening.
    w, tz = "2026-11-19T09:05", TO
    add("11", w, tz, "+16475550190",
        persona(["yeah hi this is omar farouk i need something tomorrow at 9 30"],
                ["omar farouk"], ["six four seven five five five zero one six six"],
                ["tomorrow at 9 30"], ["yep"]),
        booked("Omar Farouk", "+16475550166", at(add_days("2026-11-19", 1), "09:30")))

    # 12 the number in the opening turn.
    w, tz = "2026-11-30T11:20", TO
    wed = weekday_after(nw(w, tz), "wednesday")
    add("12", w, tz, "+16475550101",
        persona(["Hi, I'd like to book for Wednesday at 3, my number is 416 555 0177"],
                ["Liam Ford"], ["416 555 0177"], ["Wednesday at 3"], ["yes"]),
        booked("Liam Ford", "+14165550177", at(wed, "15:00")))

    # 13 cancel, found under the caller id (another booking on the same day).
    w, tz = "2026-11-17T10:15", ED
    thu = weekday_after(nw(w, tz), "thursday")
    ex = [{"start": at(thu, "13:00"), "minutes": 30, "name": "Mary Roy", "phone": "+14035550142"},
          {"start": at(thu, "14:00"), "minutes": 30, "name": "Ken Ito", "phone": "+14035550999"}]
    add("13", w, tz, "+14035550142",
        persona(["hi um I need to cancel my appointment on Thursday"], [], [], [], ["yes"]),
        result("cancelled", {"name": "Mary Roy", "phone": "+14035550142",
                             "start": at(thu, "13:00")}), ex)

    # 14 cancel, not under the caller id: the number is asked, said in words.
    w, tz = "2026-12-01T09:30", ED
    ex = [{"start": "2026-12-03T10:30", "minutes": 30, "name": "Dev Patel", "phone": "+17805550150"}]
    add("14", w, tz, "+15875550111",
        persona(["I have to cancel an appointment"], ["Dev Patel"],
                ["it's seven eight oh, five five five, zero one five oh"], [], ["yes"]),
        result("cancelled", {"name": "Dev Patel", "phone": "+17805550150",
                             "start": "2026-12-03T10:30"}), ex)

    # 15 move, found under the caller id, new time in the opening turn.
    w, tz = "2027-01-11T10:05", VA
    wed = weekday_after(nw(w, tz), "wednesday")
    fri = weekday_after(nw(w, tz), "friday")
    ex = [{"start": at(wed, "09:30"), "minutes": 30, "name": "Sara Lind", "phone": "+16045550133"}]
    add("15", w, tz, "+16045550133",
        persona(["I need to move my appointment to Friday at 10"], ["Sara Lind"], [],
                ["Friday at 10"], ["yes"]),
        result("rescheduled", {"name": "Sara Lind", "phone": "+16045550133",
                               "start": at(fri, "10:00")}), ex)

    # 16 move, not under the caller id; the new time is taken, then half past.
    w, tz = "2027-01-11T10:05", VA
    thu = weekday_after(nw(w, tz), "thursday")
    ex = [{"start": at(add_days(thu, 1), "11:00"), "minutes": 30, "name": "Raj Menon",
           "phone": "+14035550139"},
          {"start": at(thu, "14:00"), "minutes": 30, "name": "Bo Kim", "phone": "+16045550999"}]
    add("16", w, tz, "+16045550000",
        persona(["Hi, I'd like to change the time of my appointment"], ["Raj Menon"],
                ["403 555 0139"], ["Thursday at 2", "2:30 then"], ["yes"]),
        result("rescheduled", {"name": "Raj Menon", "phone": "+14035550139",
                               "start": at(thu, "14:30")}), ex)

    # 17 "no" at the read-back with a bare hour keeps the day.
    w, tz = "2027-02-03T13:20", VA
    mon = weekday_after(nw(w, tz), "monday")
    add("17", w, tz, "+16045550100",
        persona(["I'd like to book an appointment"], ["Yusuf Demir"], ["604 555 0119"],
                ["Monday at 10"], ["no, 11", "yes"]),
        booked("Yusuf Demir", "+16045550119", at(mon, "11:00")))

    # 18 "no" at the read-back, an afternoon bare hour.
    w, tz = "2027-02-03T13:20", VA
    thu = weekday_after(nw(w, tz), "thursday")
    add("18", w, tz, "+16045550100",
        persona(["Hi I need to come in Thursday at 10"], ["Elsa Berg"], ["604 555 0120"],
                ["Thursday at 10"], ["no, can we do 2 instead", "yes"]),
        booked("Elsa Berg", "+16045550120", at(thu, "14:00")))

    # 19 lower case ASR throughout, "next tuesday".
    w, tz = "2027-02-03T13:20", VA
    ntue = weekday_next_week(nw(w, tz), "tuesday")
    add("19", w, tz, "+16045550100",
        persona(["hi yeah i wanna book an appointment for next tuesday at three thirty"],
                ["my name is devon price"], ["its four one six five five five zero one nine two"],
                ["next tuesday at three thirty"], ["yeah that works"]),
        booked("Devon Price", "+14165550192", at(ntue, "15:30")))

    # 20 hesitations everywhere.
    w, tz = "2026-11-17T10:15", ED
    wed = weekday_after(nw(w, tz), "wednesday")
    add("20", w, tz, "+14035550142",
        persona(["uh hi um I'd like to uh book an appointment"], ["um it's uh Priya Shah"],
                ["uh, four oh three, um, five five five, zero one two two"],
                ["uh, um, Wednesday, at, uh, 10"], ["uh yeah"]),
        booked("Priya Shah", "+14035550122", at(wed, "10:00")))

    # 21-23 ending the call mid-way.
    w, tz = "2026-11-17T10:15", ED
    add("21", w, tz, "+14035550142",
        persona(["I'd like to book something"], ["Ben Cole"], ["403 555 0170"],
                ["you know what, forget it"], ["yes"]),
        result("no_booking"))
    add("22", w, tz, "+14035550142",
        persona(["I'd like an appointment Thursday at 3"], ["Ben Cole"], ["403 555 0170"],
                ["Thursday at 3"], ["hmm, never mind, I'll call back"]),
        result("no_booking"))
    add("23", w, tz, "+14035550142",
        persona(["Hi, can I book an appointment for Monday?"], ["Ben Cole"],
                ["oh I'll call back later"], ["yes"], ["yes"]),
        result("no_booking"))

    # 24 three silences at the time question; 25 a silent opening.
    add("24", w, tz, "+14035550142",
        persona(["Hi, I need an appointment"], ["Cara Diaz"], ["403 555 0171"], [], []),
        result("no_booking"))
    add("25", w, tz, "+14035550142", persona(), result("no_booking"))

    # 26 four repeat-requests in a row (the fourth is a failure), then two failures.
    add("26", w, tz, "+14035550142",
        persona(["I want to book an appointment"],
                ["sorry?", "pardon?", "what was that?", "can you repeat that?",
                 "I'd rather not say", "no thanks"],
                ["403 555 0172"], ["Friday at 10"], ["yes"]),
        result("transferred"))
    # 27 the same with only three repeat-requests: two failures, then the name.
    fri = weekday_after(nw(w, tz), "friday")
    add("27", w, tz, "+14035550142",
        persona(["I want to book an appointment"],
                ["sorry?", "pardon?", "what was that?", "I'd rather not say", "no thanks",
                 "Zoe Hart"],
                ["403 555 0172"], ["Friday at 10"], ["yes"]),
        booked("Zoe Hart", "+14035550172", at(fri, "10:00")))

    # 28 four stalls in a row at the time, then two failures.
    add("28", w, tz, "+14035550142",
        persona(["I want to book an appointment"], ["Abel Moss"], ["403 555 0173"],
                ["hold on", "one sec", "let me think", "hold on a second", "I don't know",
                 "no idea"], ["yes"]),
        result("transferred"))

    # 29 a person asked for after a failed answer.
    add("29", w, tz, "+14035550142",
        persona(["I want to book an appointment"], ["Abel Moss"], ["403 555 0173"],
                ["I don't know", "can I speak to a person?"], ["yes"]),
        result("transferred"))

    # 30 the name said while times are offered.
    w, tz = "2026-11-23T09:10", ED
    wed = weekday_after(nw(w, tz), "wednesday")
    ex = [{"start": at(wed, "09:00"), "minutes": 30}]
    start = D().free_starts(wed, nw(w, tz), ex)[0][0]
    add("30", w, tz, "+14035550142",
        persona(["Can you fit me in Wednesday?"], ["Hugo Brandt"], ["403 555 0174"],
                ["oh, I'm Hugo Brandt by the way", "yes"], ["yes"]),
        booked("Hugo Brandt", "+14035550174", start), ex)

    # 31 time corrected and the name given in one turn, while the name is asked.
    thu = weekday_after(nw(w, tz), "thursday")
    add("31", w, tz, "+14035550142",
        persona(["I'd like Thursday at 10 please"],
                ["oh wait, make it 11. name's Rita Moreno", "Rita Moreno"],
                ["403 555 0175"], ["Thursday at 11"], ["yes"]),
        booked("Rita Moreno", "+14035550175", at(thu, "11:00")))

    # 32 a part of the day, the first two afternoon slots taken.
    ex = [{"start": at(thu, "12:00"), "minutes": 30}, {"start": at(thu, "12:30"), "minutes": 30}]
    start = D().free_starts(thu, nw(w, tz), ex, after="13:00")[0][0]
    add("32", w, tz, "+14035550142",
        persona(["Do you have anything Thursday afternoon?"], ["Ivy Shaw"], ["403 555 0176"],
                ["yes"], ["yes"]),
        booked("Ivy Shaw", "+14035550176", start), ex)

    # 33 a window with nothing free; the caller then picks another time that day.
    ex = [{"start": at(thu, "09:00"), "minutes": 30}, {"start": at(thu, "09:30"), "minutes": 30}]
    add("33", w, tz, "+14035550142",
        persona(["Hi, could I get in Thursday before 10?"], ["Joel Park"], ["403 555 0177"],
                ["Thursday before 10", "ok, 1 pm then"], ["yes"]),
        booked("Joel Park", "+14035550177", at(thu, "13:00")), ex)

    # 34 after closing, then a bare time.
    fri = weekday_after(nw(w, tz), "friday")
    add("34", w, tz, "+14035550142",
        persona(["I need an appointment Friday at 6 pm"], ["Kai Olsen"], ["403 555 0178"],
                ["Friday at 6 pm", "4:30 then"], ["yes"]),
        booked("Kai Olsen", "+14035550178", at(fri, "16:30")))

    # 35 a time already past today, then a bare hour.
    w, tz = "2026-11-24T14:10", ED
    add("35", w, tz, "+14035550142",
        persona(["Could I come in today at 1?"], ["Lia Fox"], ["403 555 0179"],
                ["today at 1", "3 then"], ["yes"]),
        booked("Lia Fox", "+14035550179", at("2026-11-24", "15:00")))

    # 36 taken, then "yes" takes the earliest offered.
    fri = weekday_after(nw(w, tz), "friday")
    ex = [{"start": at(fri, "09:00"), "minutes": 30}]
    add("36", w, tz, "+14035550142",
        persona(["Hi, Friday at 9 please"], ["Max Hill"], ["403 555 0180"],
                ["Friday at 9", "yes"], ["yes"]),
        booked("Max Hill", "+14035550180", at(fri, "09:30")), ex)

    # 37 no usable number twice: the caller id on "yes".
    thu = weekday_after(nw(w, tz), "thursday")
    add("37", w, tz, "+14035550142",
        persona(["I'd like to book Thursday at 11"], ["Nell Ward"],
                ["I'd rather not give it out", "no"], ["Thursday at 11"], ["yes"]),
        booked("Nell Ward", "+14035550142", at(thu, "11:00")))

    # 38 a number corrected inside its turn.
    add("38", w, tz, "+14035550142",
        persona(["I'd like to book Thursday at 11"], ["Olaf Berg"],
                ["403 555 0123, no sorry, 403 555 0124"], ["Thursday at 11"], ["yes"]),
        booked("Olaf Berg", "+14035550124", at(thu, "11:00")))

    # 39 "the one I'm calling from".
    add("39", w, tz, "+14035550142",
        persona(["I'd like to book Thursday at 11:30"], ["Pia Lund"],
                ["just use the one I'm calling from"], ["Thursday at 11:30"], ["yes"]),
        booked("Pia Lund", "+14035550142", at(thu, "11:30")))

    # 40 a representative asked for in the opening, lower case.
    add("40", w, tz, "+14035550142",
        persona(["uh yeah can i get a representative"], [], [], [], []),
        result("transferred"))

    # 41 cancel, then "forget it" at the read-back: nothing changes.
    ex = [{"start": at(thu, "13:00"), "minutes": 30, "name": "Quinn Hale", "phone": "+14035550142"}]
    add("41", w, tz, "+14035550142",
        persona(["I might need to cancel my appointment"], [], [], [],
                ["actually forget it, I'll keep it"]),
        result("no_booking"), ex)

    # 42 move to the first available, found under the caller id.
    w, tz = "2026-11-23T10:05", ED
    thu = weekday_after(nw(w, tz), "thursday")
    ex = [{"start": at(thu, "10:00"), "minutes": 30, "name": "Rosa Vidal", "phone": "+14035550143"},
          {"start": at("2026-11-23", "10:30"), "minutes": 30}]
    start = D().earliest(nw(w, tz), ex)[0]
    add("42", w, tz, "+14035550143",
        persona(["I need to reschedule my appointment"], ["Rosa Vidal"], [],
                ["first available", "yes"], ["yes"]),
        result("rescheduled", {"name": "Rosa Vidal", "phone": "+14035550143", "start": start}), ex)

    # Reminders (SPEC §3.2).
    def rem(cid, wall, tz, by, appt, p, exp, existing=()):
        out.append(reminder(f"h6-en-rem-{cid}", wall, tz, by, appt, p, exp, existing))

    a1 = {"name": "Grace Liu", "phone": "+17805550164", "start": "2026-11-26T10:00", "minutes": 30}
    rem("01", "2026-11-25T10:00", ED, "human", a1,
        persona([], [], [], [], ["yeah I'll be there, thanks"]),
        result("confirmed", {k: a1[k] for k in ("name", "phone", "start")}))
    a2 = {"name": "Tariq Aziz", "phone": "+14165550130", "start": "2026-12-08T14:00", "minutes": 30}
    rem("02", "2026-12-07T12:00", TO, "human", a2,
        persona([], [], [], [], ["no, I can't make it", "yes"]),
        result("cancelled", {k: a2[k] for k in ("name", "phone", "start")}))
    a3 = {"name": "Una Byrne", "phone": "+19025550117", "start": "2026-12-04T11:30", "minutes": 30}
    mon = weekday_after(local_now("2026-12-03T10:00", HX), "monday")
    ex = [{"start": at(mon, "09:00"), "minutes": 30}]
    rem("03", "2026-12-03T10:00", HX, "human", a3,
        persona([], [], [], ["uh, Monday morning", "10:30"], ["can I move it?", "yes"]),
        result("rescheduled", {"name": "Una Byrne", "phone": "+19025550117",
                               "start": at(mon, "10:30")}), ex)
    a4 = {"name": "Victor Ruiz", "phone": "+16045550176", "start": "2027-03-17T15:00", "minutes": 30}
    rem("04", "2027-03-16T09:00", VA, "machine", a4,
        persona([], [], [], [], ["yes, I'll be there"], ["hello?"]),
        result("voicemail", {k: a4[k] for k in ("name", "phone", "start")}))
    a5 = {"name": "Wendy Cho", "phone": "+12045550147", "start": "2026-11-26T11:00", "minutes": 30}
    rem("05", "2026-11-25T09:00", WP, "human", a5,
        persona([], [], [], [], ["sorry, what was that?", "yes, that's fine"]),
        result("confirmed", {k: a5[k] for k in ("name", "phone", "start")}))
    a6 = {"name": "Xena Park", "phone": "+17805550104", "start": "2027-01-19T16:00", "minutes": 30}
    rem("06", "2027-01-18T15:00", ED, "human", a6,
        persona([], [], [], [], ["um, can I speak to a person about it?"]),
        result("transferred", {k: a6[k] for k in ("name", "phone", "start")}))
    a7 = {"name": "Yara Haddad", "phone": "+14035550158", "start": "2026-11-26T10:00", "minutes": 30}
    thu = weekday_next_week(local_now("2026-11-25T10:00", ED), "thursday")
    ex = [{"start": at(thu, "10:00"), "minutes": 30}]
    rem("07", "2026-11-25T10:00", ED, "human", a7,
        persona([], [], [], ["next week Thursday at 10", "10:30 then"],
                ["I need to reschedule actually", "yes"]),
        result("rescheduled", {"name": "Yara Haddad", "phone": "+14035550158",
                               "start": at(thu, "10:30")}), ex)
    return out


def en_variants():
    """Added after the blind run (not blind): variants of the three English failures —
    a lower-case surname that is also a word, a change of time beside the name, a full
    window said again — and a preferred hour ("11 would be better")."""
    D = Business.default
    out = []

    def add(cid, wall, tz, cid_phone, p, exp, existing=()):
        out.append(call(f"h6-en-v{cid}", wall, tz, cid_phone, p, exp, existing, None,
                        kind="held_out6_variant"))

    w, tz = "2026-11-23T09:10", ED
    thu = weekday_after(nw(w, tz), "thursday")
    fri = weekday_after(nw(w, tz), "friday")
    add("01", w, tz, "+14035550142",
        persona(["hi i need an appointment friday at 2"], ["um it's ellen day"],
                ["four oh three five five five zero one eight one"], ["friday at 2"], ["yes"]),
        booked("Ellen Day", "+14035550181", at(fri, "14:00")))
    add("02", w, tz, "+14035550142",
        persona(["I'd like Thursday at 10"], ["Rita Moreno. Oh, and 11 would be better"],
                ["403 555 0175"], ["Thursday at 11"], ["yes"]),
        booked("Rita Moreno", "+14035550175", at(thu, "11:00")))
    add("03", w, tz, "+14035550142",
        persona(["I'd like Thursday at 10"], ["actually 11 would work better for me",
                                             "Rita Moreno"],
                ["403 555 0175"], ["Thursday at 11"], ["yes"]),
        booked("Rita Moreno", "+14035550175", at(thu, "11:00")))
    add("04", w, tz, "+14035550142",
        persona(["I'd like Thursday at 10"], ["Rita Moreno"], ["403 555 0175"],
                ["Thursday at 10"], ["no, 2 would be better", "yes"]),
        booked("Rita Moreno", "+14035550175", at(thu, "14:00")))
    add("05", w, tz, "+14035550142",
        persona(["I'd like Thursday at 10"], ["oh wait make it 11 and my name's rita moreno"],
                ["403 555 0175"], ["Thursday at 11"], ["yes"]),
        booked("Rita Moreno", "+14035550175", at(thu, "11:00")))
    ex = [{"start": at(thu, "16:00"), "minutes": 30}, {"start": at(thu, "16:30"), "minutes": 30}]
    add("06", w, tz, "+14035550142",
        persona(["Anything Thursday after 4?"], ["Ana Roy"], ["403 555 0178"],
                ["Thursday after 4", "how about 2"], ["yes"]),
        booked("Ana Roy", "+14035550178", at(thu, "14:00")), ex)
    ex = [{"start": at(thu, "09:00"), "minutes": 30}, {"start": at(thu, "09:30"), "minutes": 30}]
    add("07", w, tz, "+14035550142",
        persona(["hi i need an appointment"], ["joel park"], ["403 555 0177"],
                ["before 10 on thursday", "before 10 on thursday", "one pm then"], ["yes"]),
        booked("Joel Park", "+14035550177", at(thu, "13:00")), ex)
    # Still the earliest offer: the day alone said again.
    start = D().free_starts(thu, nw(w, tz), ex)[0][0]
    add("08", w, tz, "+14035550142",
        persona(["Can I come in Thursday?"], ["Joel Park"], ["403 555 0177"],
                ["Thursday", "yes"], ["yes"]),
        booked("Joel Park", "+14035550177", start), ex)
    # Found by probes after the run: a window on "this weekend" (both days closed: the
    # next open day inside the window), moving instead of cancelling, a bare "oui" in an
    # English reminder, "yes, but ... like 11?" to a reminder, and "let me think... yes".
    w, tz = "2026-11-25T10:00", ED
    sat = weekday_after(nw(w, tz), "saturday")
    mon = D().next_open_day(sat)
    ex = [{"start": at(mon, "14:00"), "minutes": 30}]
    start = D().free_starts(mon, nw(w, tz), ex, after="14:00")[0][0]
    add("09", w, tz, "+14035550142",
        persona(["anything this weekend after 2?"], ["Cy Dunn"], ["403 555 0110"], ["yes"],
                ["yes"]),
        booked("Cy Dunn", "+14035550110", start), ex)
    a = {"name": "Bo Cole", "phone": "+14035550158", "start": "2026-11-26T10:00", "minutes": 30}
    fri = weekday_after(nw(w, tz), "friday")
    out.append(reminder("h6-en-v10", w, tz, "human", a,
                        persona([], [], [], ["Friday at 11"],
                                ["no", "actually, can I move it instead?", "yes"]),
                        result("rescheduled", {"name": "Bo Cole", "phone": "+14035550158",
                                               "start": at(fri, "11:00")}),
                        kind="held_out6_variant"))
    out.append(reminder("h6-en-v11", w, tz, "human", a,
                        persona([], [], [], [], ["Oui."]),
                        result("confirmed", {k: a[k] for k in ("name", "phone", "start")}),
                        kind="held_out6_variant"))
    # A hedged yes with a time: a move, a bare hour on the appointment's day.
    out.append(reminder("h6-en-v12", w, tz, "human", a,
                        persona([], [], [], [], ["yes, but can I come a bit later, like 11?",
                                                 "yes"]),
                        result("rescheduled", {"name": "Bo Cole", "phone": "+14035550158",
                                               "start": at(a["start"][:10], "11:00")}),
                        kind="held_out6_variant"))
    # A stall and then the yes, in one turn, at the read-back.
    w, tz = "2026-11-27T16:40", ED
    mon = weekday_after(nw(w, tz), "monday")
    add("13", w, tz, "+14035550142",
        persona(["Hi, I'd like an appointment"], ["Kai Fox"], ["403 555 0151"],
                ["Monday at 10"], ["uh, hmm, let me think... yes"]),
        booked("Kai Fox", "+14035550151", at(mon, "10:00")))
    return out


def fr_variants():
    """Added after the blind run (not blind): a Quebec surname that is also a word
    ("Parent"), and a full window said again in French."""
    out = []
    w, tz = "2026-11-23T09:10", TO
    thu = weekday_after(nw(w, tz), "thursday")
    ex = [{"start": at(thu, "09:00"), "minutes": 30}, {"start": at(thu, "09:30"), "minutes": 30}]
    out.append(call("h6-fr-v01", w, tz, "+15145550100",
                     persona(["Bonjour, avez-vous quelque chose jeudi avant 10 h?"],
                             ["Joël Parent"], ["Le 514 555-0177."],
                             ["Jeudi avant 10 h.", "D'accord, 13 h d'abord."], ["Oui."]),
                     dict(booked("Joël Parent", "+15145550177", at(thu, "13:00")), agent_lang="fr"),
                     ex, None, kind="held_out6_fr_variant", languages=["fr-CA", "en-CA"]))
    out.append(call("h6-fr-v02", w, tz, "+15145550100",
                     persona(["Bonjour, je voudrais un rendez-vous jeudi à 14 h."],
                             ["je m'appelle sylvie parent"], ["Le 514 555-0178."],
                             ["Jeudi à 14 h."], ["Oui."]),
                     dict(booked("Sylvie Parent", "+15145550178", at(thu, "14:00")), agent_lang="fr"),
                     (), None, kind="held_out6_fr_variant", languages=["fr-CA", "en-CA"]))
    # A reminder opened in English (the default business), answered "Non." then "Oui.".
    a = {"name": "Claire Roy", "phone": "+15145550182", "start": "2026-11-26T10:00", "minutes": 30}
    out.append(reminder("h6-fr-v03", "2026-11-25T10:00", TO, "human", a,
                        persona([], [], [], [], ["Non.", "Oui."]),
                        result("cancelled", {k: a[k] for k in ("name", "phone", "start")}),
                        kind="held_out6_fr_variant"))
    return out


def svc_calls():
    C = Business.from_toml(CLINIC_TOML)
    out = []
    SINGH, LUC = "Dr. Amara Singh", "Luc Gagnon"
    MIN = {"Initial assessment": 60, "Follow-up": 30, "Massage therapy": 45}

    def add(cid, wall, cid_phone, p, exp, existing=()):
        out.append(call(f"h6-svc-{cid}", wall, HX, cid_phone, p, exp, existing, None,
                        kind="held_out6_service", business="clinic"))

    def bk(name, phone, start, service, resource):
        return booked(name, phone, start, service=service, resource=resource,
                      minutes=MIN[service])

    w = "2026-11-30T09:20"  # Monday
    thu = weekday_after(nw(w, HX), "thursday")
    add("01", w, "+19025550101",
        persona(["Hi, I'd like to book an appointment"], ["Nora Kelly"], ["902 555 0171"],
                ["Thursday at 2"], ["yes"], service=["a deep tissue massage, I guess"]),
        bk("Nora Kelly", "+19025550171", at(thu, "14:00"), "Massage therapy", LUC))

    tue = weekday_after(nw(w, HX), "tuesday")
    add("02", w, "+19025550102",
        persona(["Hi, I need to come in Tuesday at 10"], ["Paul Roche"], ["902 555 0172"],
                ["Tuesday at 10"], ["yes"], service=["oh, it's just a return visit"]),
        bk("Paul Roche", "+19025550172", at(tue, "10:00"), "Follow-up", LUC))

    w = "2026-12-03T11:00"  # Thursday
    mon = weekday_after(nw(w, HX), "monday")
    ex = [{"start": at(mon, "10:00"), "minutes": 30, "resource": SINGH}]
    add("03", w, "+19025550103",
        persona(["I need a follow-up with Dr. Singh on Monday at 10"], ["Quentin Hale"],
                ["902 555 0173"], ["Monday at 10", "10:30 then"], ["yes"],
                service=["a follow-up"]),
        bk("Quentin Hale", "+19025550173", at(mon, "10:30"), "Follow-up", SINGH), ex)

    fri = weekday_after(nw(w, HX), "friday")
    ex = [{"start": at(fri, "09:00"), "minutes": 60, "resource": SINGH}]
    start = C.free_starts(fri, nw(w, HX), ex, "Initial assessment", SINGH)[0][0]
    add("04", w, "+19025550104",
        persona(["Can I see Amara for an assessment Friday morning?"], ["Rhea Bose"],
                ["902 555 0174"], ["yes"], ["yes"], service=["an assessment"]),
        bk("Rhea Bose", "+19025550174", start, "Initial assessment", SINGH), ex)

    tue = weekday_after(nw(w, HX), "tuesday")
    wed = weekday_after(nw(w, HX), "wednesday")
    add("05", w, "+19025550105",
        persona(["I'd like a follow-up with Dr. Singh on Tuesday at 10"], ["Sean Moyo"],
                ["902 555 0175"], ["Tuesday at 10", "Wednesday at 10 then"], ["yes"],
                service=["follow-up"]),
        bk("Sean Moyo", "+19025550175", at(wed, "10:00"), "Follow-up", SINGH))

    add("06", w, "+19025550106",
        persona(["Hi, I'm a new patient, can I get an initial assessment Wednesday at 11:30?"],
                ["Tess Quinn"], ["902 555 0176"], ["Wednesday at 11:30", "11 then"], ["yes"],
                service=["initial assessment"]),
        bk("Tess Quinn", "+19025550176", at(wed, "11:00"), "Initial assessment", SINGH))

    thu = weekday_after(nw(w, HX), "thursday")
    add("07", w, "+19025550107",
        persona(["Hi, I'd like a massage Thursday at 4:30"], ["Uma Reid"], ["902 555 0177"],
                ["Thursday at 4:30", "4 then"], ["yes"], service=["massage"]),
        bk("Uma Reid", "+19025550177", at(thu, "16:00"), "Massage therapy", LUC))

    sat = weekday_after(nw(w, HX), "saturday")
    add("08", w, "+19025550108",
        persona(["Could I book a sports massage Saturday at 11:30?"], ["Vik Rao"],
                ["902 555 0178"], ["Saturday at 11:30", "11 then"], ["yes"],
                service=["sports massage"]),
        bk("Vik Rao", "+19025550178", at(sat, "11:00"), "Massage therapy", LUC))

    w = "2026-12-21T10:00"  # Monday; Luc is off on the 24th
    add("09", w, "+19025550109",
        persona(["I'd like a sports massage Thursday at 10"], ["Wade Fry"], ["902 555 0179"],
                ["Thursday at 10", "December 29 at 10 then"], ["yes"],
                service=["sports massage"]),
        bk("Wade Fry", "+19025550179", "2026-12-29T10:00", "Massage therapy", LUC))

    w = "2026-12-04T09:00"  # Friday
    tue = weekday_after(nw(w, HX), "tuesday")
    add("10", w, "+19025550110",
        persona(["Do you have an RMT Monday morning?"], ["Xia Wen"], ["902 555 0180"],
                ["Monday morning", "Tuesday at 9 then"], ["yes"], service=["RMT"]),
        bk("Xia Wen", "+19025550180", at(tue, "09:00"), "Massage therapy", LUC))

    fri = weekday_after(nw(w, HX), "friday")
    ex = [{"start": at(fri, "15:00"), "minutes": 30, "resource": SINGH}]
    start = C.free_starts(fri, nw(w, HX), ex, "Follow-up", after="15:00")[0][0]
    add("11", w, "+19025550111",
        persona(["Hi, I need a check-in visit Friday after 3"], ["Yves Morin"],
                ["902 555 0181"], ["yes"], ["yes"], service=["check-in visit"]),
        bk("Yves Morin", "+19025550181", start, "Follow-up", SINGH), ex)

    thu = weekday_after(nw(w, HX), "thursday")
    ex = [{"start": at(thu, "12:00"), "minutes": 90, "resource": LUC}]
    start = C.free_starts(thu, nw(w, HX), ex, "Follow-up", LUC, after="13:00")[0][0]
    add("12", w, "+19025550112",
        persona(["can I book a followup with Luc Thursday afternoon"], ["Zane Cole"],
                ["902 555 0182"], ["yes"], ["yes"], service=["followup"]),
        bk("Zane Cole", "+19025550182", start, "Follow-up", LUC), ex)

    mon = weekday_after(nw(w, HX), "monday")
    add("13", w, "+19025550113",
        persona(["Hi it's Ivan Petrov, I'd like a first visit Monday at 2"], ["Ivan Petrov"],
                ["902 555 0183"], ["Monday at 2"], ["yes"], service=["first visit"]),
        bk("Ivan Petrov", "+19025550183", at(mon, "14:00"), "Initial assessment", SINGH))

    tue = weekday_after(nw(w, HX), "tuesday")
    add("14", w, "+19025550114",
        persona(["Hi, I want to book something for Tuesday at 3"],
                ["It's Chloe Martin, and it's for a massage"], ["902 555 0184"],
                ["Tuesday at 3"], ["yes"], service=["massage"]),
        bk("Chloe Martin", "+19025550184", at(tue, "15:00"), "Massage therapy", LUC))
    return out


def fr_calls():
    D = Business.default
    out = []

    def add(cid, wall, tz, cid_phone, p, exp, existing=(), closed=None, **extra):
        exp = dict(exp, agent_lang="fr")
        out.append(call(f"h6-fr-{cid}", wall, tz, cid_phone, p, exp, existing, closed,
                        kind="held_out6_fr", languages=["fr-CA", "en-CA"], **extra))

    w, tz = "2026-11-17T10:15", TO
    thu = weekday_after(nw(w, tz), "thursday")
    add("01", w, tz, "+15145550100",
        persona(["oui bonjour euh je voudrais prendre un rendez-vous pour jeudi à 14 h"],
                ["c'est julie gagnon"], ["cinq un quatre, cinq cinq cinq, douze, trente-quatre"],
                ["jeudi à 14 h"], ["oui c'est correct"]),
        booked("Julie Gagnon", "+15145551234", at(thu, "14:00")))

    tue = weekday_after(nw(w, tz), "tuesday")
    add("02", w, tz, "+15145550100",
        persona(["Bonjour, ici Marie Tremblay, j'aurais besoin d'un rendez-vous mardi à 10 h 30."],
                ["Marie Tremblay"], ["Le 438 555-0121."], ["Mardi à 10 h 30."], ["Parfait."]),
        booked("Marie Tremblay", "+14385550121", at(tue, "10:30")))

    fri = weekday_after(nw(w, tz), "friday")
    add("03", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais un rendez-vous s'il vous plaît."],
                ["Pardon?", "Je m'appelle Luc Bédard."],
                ["Attendez un instant.", "Une seconde.", "C'est le 819 555-0144."],
                ["Vendredi à 9 h."], ["Pouvez-vous répéter?", "Oui."]),
        booked("Luc Bédard", "+18195550144", at(fri, "09:00")))

    w, tz = "2026-11-25T13:00", MC
    sat = weekday_after(nw(w, tz), "saturday")
    nxt = D().next_open_day(sat)
    ex = [{"start": at(nxt, "14:00"), "minutes": 30}]
    start = D().free_starts(nxt, nw(w, tz), ex, after="14:00")[0][0]
    add("04", w, tz, "+15065550100",
        persona(["Bonjour, est-ce que je peux venir samedi après 14 h?"], ["Moi c'est Éric Cormier."],
                ["Le 506 555-0132."], ["Oui."], ["Oui."]),
        booked("Éric Cormier", "+15065550132", start), ex)

    w, tz = "2026-12-04T16:50", TO
    ex = [{"start": "2026-12-07T09:00", "minutes": 30}]
    start = D().earliest(nw(w, tz), ex)[0]
    add("05", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais un rendez-vous le plus tôt possible."],
                ["Je m'appelle Nathalie Fortin."], ["Le 514 555-0166."], ["Oui."], ["Oui."]),
        booked("Nathalie Fortin", "+15145550166", start), ex)

    w, tz = "2026-11-17T10:15", TO
    add("06", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais un rendez-vous jeudi à 10 h."], ["Paul Lavoie"],
                ["Ah pis laissez faire, je vais rappeler."], ["Jeudi à 10 h."], ["Oui."]),
        result("no_booking"))

    add("07", w, tz, "+15145550100",
        persona(["Bonjour, j'aimerais prendre un rendez-vous."], ["Paul Lavoie"],
                ["Le 514 555-0167."], ["Je sais pas.", "Je voudrais parler à quelqu'un."], ["Oui."]),
        result("transferred"))

    thu = weekday_after(nw(w, tz), "thursday")
    ex = [{"start": at(thu, "11:00"), "minutes": 30, "name": "Denise Roy", "phone": "+15145550100"}]
    add("08", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais annuler mon rendez-vous de jeudi."], [], [], [], ["Oui."]),
        result("cancelled", {"name": "Denise Roy", "phone": "+15145550100",
                             "start": at(thu, "11:00")}), ex)

    fri = weekday_after(nw(w, tz), "friday")
    ex = [{"start": at(add_days(thu, -1), "09:30"), "minutes": 30, "name": "Guy Pelletier",
           "phone": "+15145550199"}]
    add("09", w, tz, "+14505550100",
        persona(["Bonjour, faudrait que je change l'heure de mon rendez-vous."],
                ["Guy Pelletier"], ["C'est le 514 555-0199."], ["Vendredi à 15 h."], ["Oui."]),
        result("rescheduled", {"name": "Guy Pelletier", "phone": "+15145550199",
                               "start": at(fri, "15:00")}), ex)

    wed = weekday_after(nw(w, tz), "wednesday")
    add("10", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais un rendez-vous."], ["Sophie Gauthier"],
                ["Le 514 555-0168."], ["Mercredi à 10 h."], ["Non, plutôt à 11 h.", "Oui."]),
        booked("Sophie Gauthier", "+15145550168", at(wed, "11:00")))

    add("11", w, tz, "+15145550100",
        persona(["Je voudrais un rendez-vous demain à 14 h."], ["Non attendez, plutôt 15 h.", "Julie Roy"],
                ["Le 514 555-0169."], ["Demain à 15 h."], ["Oui."]),
        booked("Julie Roy", "+15145550169", at(add_days("2026-11-17", 1), "15:00")))

    add("12", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais un rendez-vous."], ["Marc Girard"], ["Le 514 555-0170."],
                [], []),
        result("no_booking"))

    add("13", w, tz, "+15145550100",
        persona(["Bonjour, je voudrais prendre un rendez-vous."], ["Louise Fontaine"],
                ["Le même numéro."], ["Jeudi à 13 h 30."], ["C'est beau."]),
        booked("Louise Fontaine", "+15145550100", at(thu, "13:30")))

    w, tz = "2026-11-23T09:30", WP  # Monday; Thursday closed
    thu = weekday_after(nw(w, tz), "thursday")
    closed = [thu]
    nxt = D(closed).next_open_day(thu)
    ex = [{"start": at(nxt, "13:00"), "minutes": 30}]
    start = D(closed).free_starts(nxt, nw(w, tz), ex, after="13:00", before="15:00")[0][0]
    add("14", w, tz, "+12045550100",
        persona(["Bonjour, auriez-vous quelque chose jeudi entre 13 h et 15 h?"],
                ["René Lagacé"], ["Le 204 555-0171."], ["La première heure libre."], ["Oui."]),
        booked("René Lagacé", "+12045550171", start), ex, closed)

    tue = weekday_after(nw(w, tz), "tuesday")
    ex = [{"start": at(tue, "09:00"), "minutes": 30}]
    add("15", w, tz, "+12045550100",
        persona(["Bonjour, je voudrais un rendez-vous mardi à 9 h."], ["Anne Hébert"],
                ["Le 204 555-0172."], ["Mardi à 9 h.", "Oui."], ["Oui."]),
        booked("Anne Hébert", "+12045550172", at(tue, "09:30")), ex)

    add("16", w, tz, "+12045550100",
        persona(["Bonjour, je voudrais un rendez-vous."],
                ["Pardon?", "Pouvez-vous répéter?", "Comment?", "Pardon?",
                 "Je préfère pas le dire.", "Non."],
                ["Le 204 555-0173."], ["Mardi à 10 h."], ["Oui."]),
        result("transferred"))

    # French reminders.
    a = {"name": "Claire Dubé", "phone": "+15145550180", "start": "2026-11-26T10:00", "minutes": 30}
    r = reminder("h6-fr-rem-01", "2026-11-25T10:00", TO, "human", a,
                 persona([], [], [], [], ["Non, je pourrai pas y aller.", "Oui, annulez-le."]),
                 result("cancelled", {k: a[k] for k in ("name", "phone", "start")}, agent_lang="fr"),
                 kind="held_out6_fr", languages=["fr-CA", "en-CA"])
    out.append(r)
    a = {"name": "Réjean Caron", "phone": "+15145550181", "start": "2026-11-26T14:30", "minutes": 30}
    out.append(reminder("h6-fr-rem-02", "2026-11-25T10:00", TO, "human", a,
                        persona([], [], [], [], ["Oui oui, je vais être là."]),
                        result("confirmed", {k: a[k] for k in ("name", "phone", "start")},
                               agent_lang="fr"),
                        kind="held_out6_fr", languages=["fr-CA", "en-CA"]))
    return out


def main():
    clinic = Business.from_toml(CLINIC_TOML)
    n = write_jsonl(os.path.join(HERE, "held_out6_calls_en.jsonl"),
                    en_calls() + en_variants())
    m = write_jsonl(os.path.join(HERE, "held_out6_services_en.jsonl"), svc_calls(),
                    business_for=lambda line: clinic)
    k = write_jsonl(os.path.join(HERE, "calls_fr_heldout6.jsonl"), fr_calls() + fr_variants())
    print(f"held_out6_calls_en.jsonl: {n}, held_out6_services_en.jsonl: {m}, "
          f"calls_fr_heldout6.jsonl: {k}")


if __name__ == "__main__":
    main()
