#!/usr/bin/env python3
"""Generator of blind call round 17 on windows: windows17_calls.jsonl (SPEC §3).

Written blind from SPEC §2 "Windows" and §3 ("A window ... is kept for the whole call: the
agent offers free times inside it, earliest first, and never books outside it unless it
has said that nothing in it is free and the caller then takes an offered alternative";
"the earliest you have"; a closed day's next open day), on the default business, before
Bella was run on it. Every expected start comes from the slot oracle in `callslib.py`.

Where a case could be read two ways (does a part of day or a window carry over to the next
open day after a closed one?), the existing bookings are chosen so that both readings give
the same start, or the note says which reading the SPEC's "kept for the whole call" gives.

Run from anywhere: `python3 bella-dialog/testdata/gen_windows17_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, call, first_free, local_now,  # noqa: E402
                      persona, result, taken, weekday_after, write_jsonl)

TO, VA, ED, HX, WP, RG, SJ = ("America/Toronto", "America/Vancouver", "America/Edmonton",
                              "America/Halifax", "America/Winnipeg", "America/Regina",
                              "America/St_Johns")
KIND = "windows17"


def calls():
    out = []

    def add(cid, wall, tz, caller_id, p, exp, existing=(), closed=None, note=""):
        line = call(f"w17-{cid}", wall, tz, caller_id, p, exp, existing, closed, kind=KIND)
        if note:
            line["note"] = note
        out.append(line)

    # 01 a window with its first start taken: "yes" takes the earliest free one in it.
    w, tz = "2027-03-02T09:10", TO
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    ex = taken(tue, "15:00")
    add("01", w, tz, "+14165551701",
        persona(["Hi, I'd like to book an appointment"], ["Maya Ross"], ["416 555 1701"],
                ["Tuesday after 3", "yes"], ["yes"]),
        booked("Maya Ross", "+14165551701", first_free(now, tue, ex, after="15:00")), ex,
        note="the first start in the window is taken; 'yes' takes the earliest offered")

    # 02 nothing free in the window: the caller names an alternative outside it.
    w, tz = "2027-03-02T09:10", TO
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    ex = taken(fri, "10:00", "10:30", "11:00", "11:30")
    add("02", w, tz, "+14165551702",
        persona(["Do you have anything Friday between 10 and noon?"], ["Eli Brooks"],
                ["416 555 1702"], ["12:30 then"], ["yes"]),
        booked("Eli Brooks", "+14165551702", at(fri, "12:30")), ex,
        note="the window is full: the agent says so, and 12:30 said after that is booked")

    # 03 "before 11 tomorrow", said after 11 today; 9:00 taken.
    w, tz = "2027-03-03T11:40", VA
    now = local_now(w, tz)
    tom = add_days(w[:10], 1)
    ex = taken(tom, "09:00")
    add("03", w, tz, "+16045551703",
        persona(["Hi there, I need an appointment"], ["It's Nora Quinn"], ["604 555 1703"],
                ["any time before 11 tomorrow", "yes"], ["yes"]),
        booked("Nora Quinn", "+16045551703", first_free(now, tom, ex, before="11:00")), ex)

    # 04 a part of day only: the earliest of Thursday morning.
    w, tz = "2027-03-03T11:40", VA
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    ex = taken(thu, "09:00", "09:30")
    add("04", w, tz, "+16045551704",
        persona(["I'd like to come in Thursday morning if possible"], ["Ivan Petrov"],
                ["604 555 1704"], ["yes"], ["yes"]),
        booked("Ivan Petrov", "+16045551704", first_free(now, thu, ex, before="12:00")), ex)

    # 05 a part of day with a bound, in the time answer.
    w, tz = "2027-04-06T14:20", ED
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    ex = taken(thu, "12:00", "12:30")
    add("05", w, tz, "+14035551705",
        persona(["Hello, can I book something?"], ["Grace Obi"], ["403 555 1705"],
                ["Thursday afternoon, but not after 3", "yes"], ["yes"]),
        booked("Grace Obi", "+14035551705",
               first_free(now, thu, ex, after="12:00", before="15:00")), ex)

    # 06 the window in the opening is full; a new window on another day replaces it.
    w, tz = "2027-04-06T14:20", ED
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    thu = weekday_after(now, "thursday")
    ex = taken(wed, "16:00", "16:30")
    add("06", w, tz, "+14035551706",
        persona(["Hi, do you have anything Wednesday after 4?"], ["Liam Ortiz"],
                ["403 555 1706"], ["what about Thursday after 4", "yes"], ["yes"]),
        booked("Liam Ortiz", "+14035551706", first_free(now, thu, ex, after="16:00")), ex,
        note="Wednesday after 4 is full; the caller's new window on Thursday is used")

    # 07 stalls at the name and the number, the window kept.
    w, tz = "2027-04-06T14:20", ED
    now = local_now(w, tz)
    mon = weekday_after(now, "monday")
    ex = taken(mon, "14:00", "14:30", "15:00")
    add("07", w, tz, "+14035551707",
        persona(["Hi, I'd like Monday after 2"], ["hold on", "Ruth Adler"],
                ["one sec", "403 555 1707"], ["yes"], ["yes"]),
        booked("Ruth Adler", "+14035551707", first_free(now, mon, ex, after="14:00")), ex)

    # 08 "as soon as possible" on a Friday after closing: Monday, its 9:00 taken.
    w, tz = "2027-04-09T17:15", HX
    now = local_now(w, tz)
    mon = weekday_after(now, "monday")
    ex = taken(mon, "09:00")
    add("08", w, tz, "+19025551708",
        persona(["I need an appointment as soon as possible"], ["Owen Tate"],
                ["902 555 1708"], ["yes"], ["yes"]),
        booked("Owen Tate", "+19025551708", first_free(now, mon, ex)), ex)

    # 09 "whatever is earliest" in the time answer.
    w, tz = "2027-04-07T16:50", HX
    now = local_now(w, tz)
    thu = add_days(w[:10], 1)
    ex = taken(thu, "09:00", "09:30", "10:00")
    add("09", w, tz, "+19025551709",
        persona(["Hi, I'd like to book an appointment"], ["Ada Fung"], ["902 555 1709"],
                ["whatever is earliest", "yes"], ["yes"]),
        booked("Ada Fung", "+19025551709", first_free(now, thu, ex)), ex,
        note="'whatever is earliest' as 'the earliest you have' (after 16:30 today: tomorrow)")

    # 10 a closed Saturday morning: Monday's free times; 9:00 taken so that both readings
    # (the morning kept or not) give 9:30.
    w, tz = "2027-05-05T10:00", WP
    now = local_now(w, tz)
    sat = weekday_after(now, "saturday")
    mon = add_days(sat, 2)
    ex = taken(mon, "09:00")
    add("10", w, tz, "+12045551710",
        persona(["Can I come in Saturday morning?"], ["Pia Lund"], ["204 555 1710"],
                ["yes"], ["yes"]),
        booked("Pia Lund", "+12045551710", first_free(now, mon, ex)), ex)

    # 11 a window on a closed date: the next open day, the window kept.
    w, tz = "2027-05-05T10:00", WP
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    mon = add_days(fri, 3)
    add("11", w, tz, "+12045551711",
        persona(["Hi, I'd like Friday after 3"], ["Tom Reyes"], ["204 555 1711"],
                ["yes"], ["yes"]),
        booked("Tom Reyes", "+12045551711", first_free(now, mon, [], after="15:00")),
        closed=[fri],
        note="Friday is a closed date; SPEC: the window is kept for the whole call, so "
             "Monday after 3")

    # 12 the window changed at the read-back.
    w, tz = "2027-05-05T10:00", WP
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    add("12", w, tz, "+12045551712",
        persona(["I'd like to book Tuesday after 3"], ["Uma Shah"], ["204 555 1712"],
                ["yes"], ["actually can we do after 4 instead", "yes"]),
        booked("Uma Shah", "+12045551712", first_free(now, tue, [], after="16:00")),
        note="'after 4 instead' at the read-back: a new window, its earliest taken on 'yes'")

    # 13 "no earlier than" a half hour.
    w, tz = "2027-06-01T08:30", RG
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    add("13", w, tz, "+13065551713",
        persona(["Hello, I need an appointment Wednesday, no earlier than 10:30"],
                ["Cole Hart"], ["306 555 1713"], ["yes"], ["yes"]),
        booked("Cole Hart", "+13065551713", first_free(now, wed, [], after="10:30")))

    # 14 "any time but the morning".
    w, tz = "2027-06-01T08:30", RG
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    ex = taken(thu, "12:00")
    add("14", w, tz, "+13065551714",
        persona(["Hi, can I book Thursday, any time but the morning?"], ["Lea Vance"],
                ["306 555 1714"], ["yes"], ["yes"]),
        booked("Lea Vance", "+13065551714", first_free(now, thu, ex, after="12:00")), ex)

    # 15 a window that runs past closing: only what is open in it.
    w, tz = "2027-06-01T08:30", RG
    now = local_now(w, tz)
    tom = add_days(w[:10], 1)
    ex = taken(tom, "16:00")
    add("15", w, tz, "+13065551715",
        persona(["Hi, I'd like an appointment"], ["Noor Aziz"], ["306 555 1715"],
                ["tomorrow between 4 and 6", "yes"], ["yes"]),
        booked("Noor Aziz", "+13065551715",
               first_free(now, tom, ex, after="16:00", before="18:00")), ex)

    # 16 a window before opening: nothing in it, the caller takes 9.
    w, tz = "2027-06-01T08:30", RG
    now = local_now(w, tz)
    mon = weekday_after(now, "monday")
    add("16", w, tz, "+13065551716",
        persona(["Can I get in Monday before 9?"], ["Ben Carr"], ["306 555 1716"],
                ["9 is fine then"], ["yes"]),
        booked("Ben Carr", "+13065551716", at(mon, "09:00")),
        note="nothing is open before 9: the agent says so; '9 is fine then' takes 9:00")

    # 17 a window with most of it taken.
    w, tz = "2027-09-14T13:05", SJ
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    ex = taken(thu, "14:00", "14:30", "15:00")
    add("17", w, tz, "+17095551717",
        persona(["Hi, I'd like Thursday between 2 and 4"], ["Finn Doyle"], ["709 555 1717"],
                ["yes"], ["yes"]),
        booked("Finn Doyle", "+17095551717",
               first_free(now, thu, ex, after="14:00", before="16:00")), ex)

    # 18 name and window in the opening: the name is not asked again.
    w, tz = "2027-09-14T13:05", SJ
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    add("18", w, tz, "+17095551718",
        persona(["Hi, this is Maya Singh, anything Tuesday after 1?"], ["Maya Singh"],
                ["709 555 1718"], ["yes"], ["yes"]),
        booked("Maya Singh", "+17095551718", first_free(now, tue, [], after="13:00")))

    # 19 today after 2, said at 14:40: the earliest start still ahead.
    w, tz = "2027-09-14T14:40", SJ
    now = local_now(w, tz)
    day = w[:10]
    add("19", w, tz, "+17095551719",
        persona(["Can I come in today after 2?"], ["Ali Raza"], ["709 555 1719"],
                ["yes"], ["yes"]),
        booked("Ali Raza", "+17095551719", first_free(now, day, [], after="14:00")))

    # 20 the last half hour of a Friday taken: Monday in the same window.
    w, tz = "2027-09-14T14:40", SJ
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    mon = add_days(fri, 3)
    ex = taken(fri, "16:30")
    add("20", w, tz, "+17095551720",
        persona(["I'd like Friday after 4:30"], ["Zoe Hale"], ["709 555 1720"],
                ["Monday after 4:30 then", "yes"], ["yes"]),
        booked("Zoe Hale", "+17095551720", first_free(now, mon, [], after="16:30")), ex)

    # 21 a window across noon.
    w, tz = "2027-10-05T09:00", TO
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    ex = taken(wed, "11:00", "11:30")
    add("21", w, tz, "+14165551721",
        persona(["Hello, do you have something Wednesday between 11 and 1?"], ["Ravi Nair"],
                ["416 555 1721"], ["yes"], ["yes"]),
        booked("Ravi Nair", "+14165551721",
               first_free(now, wed, ex, after="11:00", before="13:00")), ex)

    # 22 "after lunch" (after 12:00, docs/time-resolution.md).
    w, tz = "2027-10-05T09:00", TO
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    ex = taken(fri, "12:00", "12:30", "13:00")
    add("22", w, tz, "+14165551722",
        persona(["Hi, I need to book an appointment"], ["Sana Mir"], ["416 555 1722"],
                ["any time after lunch on Friday", "yes"], ["yes"]),
        booked("Sana Mir", "+14165551722", first_free(now, fri, ex, after="12:00")), ex,
        note="'after lunch' is after 12:00 (docs/time-resolution.md)")

    # 23 a window, then a time in it picked from the offers.
    w, tz = "2027-10-05T09:00", TO
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    ex = taken(tue, "13:00")
    add("23", w, tz, "+14165551723",
        persona(["Hi, I'd like Tuesday between 1 and 3"], ["Kai Moreno"], ["416 555 1723"],
                ["2 o'clock please"], ["yes"]),
        booked("Kai Moreno", "+14165551723", at(tue, "14:00")), ex)

    # 24 the window corrected while the phone is asked.
    w, tz = "2027-10-05T09:00", TO
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    add("24", w, tz, "+14165551724",
        persona(["Hi, I'd like Thursday after 10"], ["Ines Silva"],
                ["oh wait, make that after 2", "416 555 1724"], ["yes"], ["yes"]),
        booked("Ines Silva", "+14165551724", first_free(now, thu, [], after="14:00")),
        note="'make that after 2' while the number is asked moves the window")

    # 25 "first available" with today full.
    w, tz = "2027-11-02T10:10", ED
    now = local_now(w, tz)
    day = w[:10]
    ex = taken(day, *[f"{h:02d}:{m:02d}" for h in range(10, 17) for m in (0, 30)])
    add("25", w, tz, "+17805551725",
        persona(["Hi, I'd like the first available appointment please"], ["Joel Pratt"],
                ["780 555 1725"], ["yes"], ["yes"]),
        booked("Joel Pratt", "+17805551725", first_free(now, add_days(day, 1), ex)), ex)

    # 26 a window in the evening only: nothing in it, the caller hangs up.
    w, tz = "2027-11-02T10:10", ED
    add("26", w, tz, "+17805551726",
        persona(["Do you have anything tomorrow after 6?"], ["Rose Lin"], ["780 555 1726"],
                ["oh that's too bad, never mind then"], ["yes"]),
        result("no_booking"),
        note="closed after 5: the agent says nothing in the window; 'never mind' ends it")

    # 27 a full window, then another day named: the window kept.
    w, tz = "2027-11-02T10:10", ED
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    ex = taken(wed, "15:00", "15:30", "16:00", "16:30")
    add("27", w, tz, "+17805551727",
        persona(["I'd like Wednesday after 3"], ["Dev Patel"], ["780 555 1727"],
                ["how about Thursday then", "yes"], ["yes"]),
        booked("Dev Patel", "+17805551727",
               first_free(now, add_days(wed, 1), ex, after="15:00")), ex,
        note="Wednesday after 3 is full; 'how about Thursday then' keeps the window "
             "(SPEC: kept for the whole call): Thursday's first start after 3")

    # 28 "before noon" with the morning nearly full, speech-to-text lower case.
    w, tz = "2027-11-02T10:10", ED
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    ex = taken(fri, "09:00", "09:30", "10:00", "10:30", "11:00")
    add("28", w, tz, "+17805551728",
        persona(["hi yeah i need an appointment friday before noon"], ["mark wu"],
                ["seven eight oh five five five one seven two eight"], ["yes"], ["yes"]),
        booked("Mark Wu", "+17805551728", first_free(now, fri, ex, before="12:00")), ex)

    return out


if __name__ == "__main__":
    lines = calls()
    n = write_jsonl(os.path.join(HERE, "windows17_calls.jsonl"), lines)
    print("windows17_calls.jsonl", n)
