#!/usr/bin/env python3
"""Generator of probe round 13: probe13_calls.jsonl.

Hand-made English calls (SPEC §2, §3, §3.2), written and committed before Bella ran on
them, on what rounds 8-12 left out: everything said in one breath (name, number and a
window in the opening), answers out of order, two slots put right in one turn; windows
with an exclusion or a range ("any morning but Monday", "between 1 and 3 on the 14th"
when the 14th is a Sunday, "sometime next week, not in the morning", "Friday afternoon but
not after 3", a window kept when the day changes); dates at the end of a month and of the
year, Canadian holidays given as `closed` dates, the DST weekend of 2027-03-14 in
Toronto, Newfoundland (America/St_Johns) and Saskatchewan (America/Regina); names
(O'Neil, a lower-case mcallister, van der Berg, Nguyen spelled "N as in Nancy", surnames
that are common words, one-word names, a child booked "same last name"); numbers ("the
number I'm calling from", "plus one", an extension, "area code 7 8 0", one group put
right); repeats, stalls, silence, swearing, a person asked for, three failed answers;
two appointments on file (which one?), "the same time next week", "cancel it and book
me Friday instead"; "at 2 tomorrow, 4 pm is too late", "do you take walk-ins?"; and
reminders.

Every expected start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe13_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, busy, checks, local_now,  # noqa: E402
                      noted_calls, noted_reminders, persona, result, taken, weekday_after,
                      weekday_next_week, whole_day, write_jsonl)

TOR, SJ, REG = "America/Toronto", "America/St_Johns", "America/Regina"


def toronto_calls(out):
    """Toronto, Wednesday 2027-03-10 at 10:20 (EST); the clocks go forward on Sunday the
    14th, so every day from Monday the 15th on is EDT."""
    W, tz = "2027-03-10T10:20", TOR
    now = local_now(W, tz)
    CID = "+14165550100"
    biz = Business.default()
    tomorrow = add_days(now[:10], 1)
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (thu, fri, mon, tue, wed) == ("2027-03-11", "2027-03-12", "2027-03-15",
                                         "2027-03-16", "2027-03-17")
    add = noted_calls(out, "p13", "probe13")

    def a(cid, p, exp, existing=(), note="", caller=CID, closed=None):
        add(cid, W, tz, caller, p, exp, existing, closed, note=note)

    # ------------------------------------------------------------- one breath
    busy_tue = taken(tue, "15:00")
    assert biz.free_starts(tue, now, busy_tue, after="15:00")[0][0] == at(tue, "15:30")
    a("b-01", persona(["hi it's dana whitfield four one six five five five oh one nine "
                       "nine, can I get tuesday after three"], [], [], ["yes"], ["yes"]),
      booked("Dana Whitfield", "+14165550199", at(tue, "15:30")), busy_tue,
      note="name, number and a window in one breath: none asked again; 15:00 taken, the "
           "earliest in the window (15:30) taken with a plain yes")
    a("b-02", persona(["yeah hi this is marcus king, my number's 647 555 0142, do you have "
                       "anything thursday at 10 a.m.?"], [], [], [], ["yes"]),
      booked("Marcus King", "+16475550142", at(thu, "10:00")),
      note="name (a surname that is a word), number and time in the opening")
    a("b-03", persona(["i'd like to book an appointment"],
                      ["oh, uh, friday at 11 would be good", "Rita Young"],
                      ["416 555 0143"], [], ["yes"]),
      booked("Rita Young", "+14165550143", at(fri, "11:00")),
      note="a time given when the name is asked: kept, the name asked again")
    a("b-04", persona(["can i book monday at 9"], ["my number is 416 555 0144",
                                                   "Sam Rice"], [], [], ["yes"]),
      booked("Sam Rice", "+14165550144", at(mon, "09:00")),
      note="the number given when the name is asked: kept, never asked for")
    a("b-05", persona(["tuesday at 10 please"], ["dana witfield"], ["416 555 0145"], [],
                      ["no wait, make it wednesday, and the last name is whitfield, "
                       "W-H-I-T-F-I-E-L-D", "yes"]),
      booked("Dana Whitfield", "+14165550145", at(wed, "10:00")),
      note="two slots put right at the read-back: the day (same time) and the surname")
    a("b-06", persona(["thursday at 2"], ["ann whittfield"], ["416 555 0146"], [],
                      ["no, it's whitfield, W-H-I-T... one T, not two", "yes"]),
      booked("Ann Whitfield", "+14165550146", at(thu, "14:00")),
      note="a surname put right at the read-back, with a spelling broken off")
    a("b-07", persona(["hi, Omar Haddad here, can i come in friday at 1:30?"], [],
                      ["416 555 0147"], [], ["actually make it 2:30, and the number is "
                                             "416 555 0148", "yes"]),
      booked("Omar Haddad", "+14165550148", at(fri, "14:30")),
      note="the time and the number put right in one read-back answer")

    # ---------------------------------------------------------------- windows
    full_mon = whole_day(mon)
    a("w-01", persona(["do you have any morning but monday?"], ["Lena Park"],
                      ["416 555 0151"], ["yes"], ["yes"]),
      booked("Lena Park", "+14165550151", at(tomorrow, "09:00")),
      note="'any morning but Monday': the earliest free morning from now, Monday ruled "
           "out; the rest of today's morning is taken",
      existing=busy(now[:10], "10:30", "11:30"))
    assert biz.free_starts(now[:10], now, busy(now[:10], "10:30", "11:30"),
                           before="12:00") == []
    a("w-02", persona(["between 1 and 3 on the 14th"], ["Hugo Lam"], ["416 555 0152"],
                      ["yes"], ["yes"]),
      booked("Hugo Lam", "+14165550152", at(mon, "13:00")),
      note="the 14th is a Sunday: said closed; the next open day (Monday the 15th, after "
           "the DST change) inside the window, 13:00 first")
    a("w-03", persona(["sometime next week, but not in the morning"], ["Cora Bell"],
                      ["416 555 0153"], ["yes"], ["yes"]),
      booked("Cora Bell", "+14165550153", at(mon, "13:00")), busy(mon, "12:00", "12:30"),
      note="next week, after 12:00: Monday's noon hour taken, so 13:00")
    a("w-04", persona(["friday afternoon but not after 3"], ["Ezra Cole"], ["416 555 0154"],
                      ["yes"], ["yes"]),
      booked("Ezra Cole", "+14165550154", at(fri, "14:00")), busy(fri, "12:00", "13:30"),
      note="SPEC §2's example: afternoon, before 15:00; noon to 13:30 taken")
    a("w-05", persona(["i need something after 3 on tuesday"], ["Ivy Stone"],
                      ["416 555 0155"], ["ok, what about wednesday then", "yes"], ["yes"]),
      booked("Ivy Stone", "+14165550155", at(wed, "15:00")), busy(tue, "15:00", "16:30"),
      note="nothing after 3 on Tuesday: the window is kept when the day changes")
    a("w-06", persona(["any time thursday, just not before 10"], ["Noel Finch"],
                      ["416 555 0156"], ["yes"], ["yes"]),
      booked("Noel Finch", "+14165550156", at(thu, "10:00")),
      note="'not before 10': after 10:00")
    a("w-07", persona(["monday, by 11 if possible"], ["Tara Quill"], ["416 555 0157"],
                      ["yes"], ["yes"]),
      booked("Tara Quill", "+14165550157", at(mon, "10:00")), busy(mon, "09:00", "09:30"),
      note="'by 11': before 11:00; 9 and 9:30 taken")
    a("w-08", persona(["can i come in thursday after work?"], ["Gil Ross"], ["416 555 0158"],
                      ["4:30 then"], ["yes"]),
      booked("Gil Ross", "+14165550158", at(thu, "16:30")),
      note="'after work' is past closing; the caller settles for 4:30")
    a("w-09", persona(["tomorrow, early afternoon?"], ["Pia Holm"], ["416 555 0159"],
                      ["1 works"], ["yes"]),
      booked("Pia Holm", "+14165550159", at(tomorrow, "13:00")),
      note="'early afternoon', then the caller names 1 (13:00)")
    a("w-10", persona(["what's the earliest you have?"], ["Joel Marr"], ["416 555 0160"],
                      ["yes"], ["yes"]),
      booked("Joel Marr", "+14165550160", at(now[:10], "11:30")),
      busy(now[:10], "10:30", "11:00"),
      note="the earliest free start from now: 10:30 and 11:00 taken, 11:30")
    a("w-11", persona(["sometime next week, not monday, in the afternoon"], ["Rhea Vos"],
                      ["416 555 0161"], ["yes"], ["yes"]),
      booked("Rhea Vos", "+14165550161", at(tue, "12:00")),
      note="next week, Monday ruled out, afternoon: Tuesday at noon")

    # ------------------------------------------------------------------ DST
    a("d-01", persona(["can i get sunday at 10?", "ok, monday at 10 then"], ["Uma Reid"],
                      ["416 555 0162"], ["ok, monday at 10 then"], ["yes"]),
      booked("Uma Reid", "+14165550162", at(mon, "10:00")),
      note="Sunday (the DST day) is closed; Monday 10:00 local wall time")
    a("d-02", persona(["do you have monday at 9 a.m.?"], ["Wes Dorn"], ["416 555 0163"], [],
                      ["yes"]),
      booked("Wes Dorn", "+14165550163", at(mon, "09:00")),
      note="the first morning after the clocks change: 09:00 wall time, not 08:00 or 10:00")

    # ------------------------------------------------------------------ names
    def name_call(cid, turns, want, start, phone, note, confirm=("yes",), intent=None):
        a(cid, persona([intent or start[0]], turns, [phone], [], list(confirm)),
          booked(want, "+1" + phone.replace(" ", ""), start[1]), note=note)

    name_call("n-01", ["siobhan o'neil"], "Siobhan O'Neil", ("thursday at 9",
              at(thu, "09:00")), "416 555 0171", "an apostrophe in a lower-case surname")
    name_call("n-02", ["ian mcallister"], "Ian Mcallister", ("thursday at 9:30",
              at(thu, "09:30")), "416 555 0172",
              "a lower-cased Mc name can only be capitalised at its start (SPEC §2)")
    name_call("n-03", ["it's pieter van der berg"], "Pieter Van Der Berg",
              ("thursday at 11", at(thu, "11:00")), "416 555 0173",
              "particles capitalised as every part of an English name")
    name_call("n-04", ["linh nguyen, that's N as in nancy, G, U, Y, E, N"], "Linh Nguyen",
              ("thursday at 11:30", at(thu, "11:30")), "416 555 0174",
              "a surname spelled with 'N as in Nancy'")
    name_call("n-05", ["grace love"], "Grace Love", ("thursday at 12", at(thu, "12:00")),
              "416 555 0175", "a surname that is a common word")
    name_call("n-06", ["it's ravi", "just ravi"], "Ravi", ("thursday at 1",
              at(thu, "13:00")), "416 555 0176", "one name only, said twice")
    name_call("n-07", ["yeah it's Hard, Nick Hard"], "Nick Hard", ("thursday at 1:30",
              at(thu, "13:30")), "416 555 0177",
              "'Hard' and then the full name: the later one")
    a("n-08", persona(["hi this is karen holt, i'd like to book my son liam in, same last "
                       "name, friday at 10"], ["Liam Holt"], ["416 555 0178"], [], ["yes"]),
      booked("Liam Holt", "+14165550178", at(fri, "10:00")),
      note="the booking is for the son, 'same last name' as the caller")
    a("n-09", persona(["i need to book an appointment for my son friday at 10:30"],
                      ["it's for my son liam, same last name, i'm jen ortega"],
                      ["416 555 0179"], [], ["yes"]),
      booked("Liam Ortega", "+14165550179", at(fri, "10:30")),
      note="'my son Liam, same last name' and then the mother's full name")
    name_call("n-10", ["this is amy king"], "Amy King", ("friday at 3:30",
              at(fri, "15:30")), "416 555 0180", "'King' as a surname")

    # ---------------------------------------------------------------- numbers
    def num_call(cid, phone_turns, want, name, start, note, confirm=("yes",)):
        a(cid, persona([start[0]], [name], phone_turns, [], list(confirm)),
          booked(name, want, start[1]), note=note)

    num_call("p-01", ["just use the number i'm calling from"], CID, "Ole Berg",
             ("monday at 11", at(mon, "11:00")), "the number called from")
    num_call("p-02", ["plus one 647 555 0182"], "+16475550182", "Ana Cruz",
             ("monday at 11:30", at(mon, "11:30")), "'plus one' and digits")
    num_call("p-03", ["416 555 0183 extension 12"], "+14165550183", "Ben Ames",
             ("monday at 12", at(mon, "12:00")), "an extension is not part of the number")
    num_call("p-04", ["area code 7 8 0, 5 5 5, 0 1 8 4"], "+17805550184", "Cal Dunn",
             ("monday at 12:30", at(mon, "12:30")), "'area code 7 8 0' digit by digit")
    num_call("p-05", ["647 555 0185"], "+16475550158", "Del Ray",
             ("monday at 1:30", at(mon, "13:30")), "the last group put right at read-back",
             confirm=("no, the last four are 0158", "yes"))
    num_call("p-06", ["647 555 0186"], "+14375550186", "Eli Fong",
             ("monday at 2", at(mon, "14:00")), "the area code put right at read-back",
             confirm=("no, the area code is 437 not 647", "yes"))
    num_call("p-07", ["sorry, what?", "416 555 0187"], "+14165550187", "Fay Gill",
             ("monday at 2:30", at(mon, "14:30")), "'sorry, what?' then the number")
    num_call("p-08", ["hang on my kid's yelling", "ok sorry, 416 555 0188"], "+14165550188",
             "Gus Hale", ("monday at 3", at(mon, "15:00")), "a stall, then the number")

    # ------------------------------------------- repeats, stalls, trouble, people
    a("r-01", persona(["i'd like to book"], ["say that again?", "Hal Ives"],
                      ["416 555 0191"], ["one sec", "tuesday at 9"], ["yes"]),
      booked("Hal Ives", "+14165550191", at(tue, "09:00")),
      note="a repeat at the name question and a stall at the time question")
    a("r-02", persona(["i want to book an appointment"]), result("no_booking"),
      note="silence after the opening: three silent turns end the call")
    a("r-03", persona(["i need an appointment"], ["Ida Jones"], ["416 555 0192"],
                      ["ugh, damn it, i don't know", "no clue", "i have no idea"]),
      result("transferred"), note="three failed time answers transfer the caller")
    a("r-04", persona(["this is bullshit, let me talk to a real person"]),
      result("transferred"), note="swearing and a person asked for")
    a("r-05", persona(["i'd like to book"], ["Jack Kerr"],
                      ["can i speak to a representative"]),
      result("transferred"), note="'representative' at the number question")
    a("r-06", persona(["shit, sorry, wrong button. i need an appointment thursday at 3"],
                      ["Kim Lowe"], ["416 555 0193"], [], ["yes"]),
      booked("Kim Lowe", "+14165550193", at(thu, "15:00")),
      note="swearing, then a booking all the same")
    a("r-07", persona(["hi, do you take walk-ins?", "ok, can i book monday at 3:30 then"],
                      ["Lou Mays"], ["416 555 0194"], [], ["yes"],
                      ["ok, can i book monday at 3:30 then"]),
      booked("Lou Mays", "+14165550194", at(mon, "15:30")),
      note="'do you take walk-ins?' then a booking")
    a("r-08", persona(["can i come in at 2 tomorrow? 4 pm is too late for me"], ["Max Nolan"],
                      ["416 555 0195"], [], ["yes"]),
      booked("Max Nolan", "+14165550195", at(tomorrow, "14:00")),
      note="a later time ruled out: the first one stands")
    a("r-09", persona(["friday at 9, 3 won't work for me"], ["Ned Orr"], ["416 555 0196"], [],
                      ["yes"]),
      booked("Ned Orr", "+14165550196", at(fri, "09:00")),
      note="a time ruled out after the one asked for")
    a("r-10", persona(["i'd like to book an appointment"], ["Ora Pike"],
                      ["416 555 0197"], ["never mind, i'll call back"]),
      result("no_booking"), note="'never mind, I'll call back' at the time question")

    # ------------------------------------------------- two appointments on file
    sue = {"name": "Sue Tran", "phone": CID}
    two = [{"start": at(thu, "10:00"), "minutes": 30, **sue},
           {"start": at(tue, "14:00"), "minutes": 30, **sue}]
    a("c-01", persona(["i need to cancel my appointment"], [], [], ["the thursday one"],
                      ["yes"], ["the thursday one"]),
      result("cancelled", {**sue, "start": at(thu, "10:00")}), two,
      note="two on file: which one? the Thursday one")
    a("c-02", persona(["can i move my tuesday appointment to the same time next week"], [], [],
                      [], ["yes"]),
      result("rescheduled", {**sue, "start": at(add_days(tue, 7), "14:00")}), two,
      note="the Tuesday one moved to the same time a week later")
    a("c-03", persona(["cancel my thursday appointment and book me friday at 10 instead"], [],
                      [], [], ["yes"]),
      result("rescheduled", {**sue, "start": at(fri, "10:00")}), two,
      note="'cancel it and book Friday instead' is a move of the Thursday one")
    a("c-04", persona(["i need to reschedule"], [], [], ["the one on tuesday",
                                                         "wednesday at 11"], ["yes"],
                      ["the one on tuesday"]),
      result("rescheduled", {**sue, "start": at(wed, "11:00")}), two,
      note="two on file: the Tuesday one, then the new time")
    gus = {"name": "Gus Pratt", "phone": "+14165550198"}
    a("c-05", persona(["hi, i'd like to cancel my appointment"], [], ["416 555 0198"], [],
                      ["yes"]),
      result("cancelled", {**gus, "start": at(fri, "09:30")}),
      [{"start": at(fri, "09:30"), "minutes": 30, **gus}],
      note="nothing under the number calling: the booking number is asked")

    # ---------------------------------------------- written after the fixes (ids `v-`)
    # Variants of the families the blind run found weak, written once the engine was
    # fixed; the same oracle gives every expected start.
    a("v-01", persona(["cancel my tuesday appointment and put me down for wednesday at 11 "
                       "instead"], [], [], [], ["yes"]),
      result("rescheduled", {**sue, "start": at(wed, "11:00")}), two,
      note="'cancel it and put me down for Wednesday instead' moves the Tuesday one")
    a("v-02", persona(["could you move my thursday appointment to the same time next week"],
                      [], [], [], ["yes"]),
      result("rescheduled", {**sue, "start": at(add_days(thu, 7), "10:00")}), two,
      note="the Thursday one of two, 'the same time next week'")
    a("v-03", persona(["tuesday at 11"], ["Ray Cobb"], ["416 555 0211"], [],
                      ["no, sorry, the area code's 647", "yes"]),
      booked("Ray Cobb", "+16475550211", at(tue, "11:00")),
      note="the area code put right at the read-back, the rest kept")
    a("v-04", persona(["i need to book for my daughter, tuesday at 11:30"],
                      ["it's for my daughter mia, same last name. i'm tom reyes"],
                      ["416 555 0212"], [], ["yes"]),
      booked("Mia Reyes", "+14165550212", at(tue, "11:30")),
      note="the daughter's first name with the father's last name")
    a("v-05", persona(["tuesday at 1"], ["rob matthews"], ["416 555 0213"], [],
                      ["no, it's mathews, M-A-T... one T", "yes"]),
      booked("Rob Mathews", "+14165550213", at(tue, "13:00")),
      note="a spelling broken off after the surname said again")
    a("v-06", persona(["any afternoon but thursday works"], ["Sue Baird"], ["416 555 0214"],
                      ["yes"], ["yes"]),
      booked("Sue Baird", "+14165550214", at(now[:10], "12:00")),
      note="'any afternoon but Thursday' said on a Wednesday morning: today at noon")
    a("v-07", persona(["thursday at 11? 3 is too late for me"], ["Tom Lusk"],
                      ["416 555 0215"], [], ["yes"]),
      booked("Tom Lusk", "+14165550215", at(thu, "11:00")),
      note="'3 is too late': the first time stands")
    a("v-08", persona(["friday at 11:30"], ["it's Nick Hard"], ["416 555 0216"], [], ["yes"]),
      booked("Nick Hard", "+14165550216", at(fri, "11:30")),
      note="'Hard' after a first name is the surname")
    a("v-09", persona(["hi, it's dan ortiz, can i bring my daughter sofia in, same last "
                       "name, monday at 10:30"], ["Sofia Ortiz"], ["416 555 0217"], [],
                      ["yes"]),
      booked("Sofia Ortiz", "+14165550217", at(mon, "10:30")),
      note="'bring my daughter Sofia in, same last name' after the caller's own name")
    busy_wed_pm = busy(now[:10], "12:00", "16:30")
    assert not biz.free_starts(now[:10], now, busy_wed_pm, after="12:00")
    assert biz.free_starts(fri, now, busy_wed_pm, after="12:00")[0][0] == at(fri, "12:00")
    a("v-10", persona(["mornings don't work, any afternoon except thursday is fine"],
                      ["Sue Baird"], ["416 555 0218"], ["yes"], ["yes"]),
      checks(booked("Sue Baird", "+14165550218", at(fri, "12:00")), None,
             ["the earliest i have is friday"], ["sorry"]),
      existing=busy_wed_pm,
      note="any afternoon but Thursday, today's afternoon full: the earliest afternoon from "
           "Friday on, with no apology for a Wednesday never named (written after pu14)")


def closed_days_group(out, wall_now, tz, caller_id, closed):
    """`now` and an `a(cid, persona, expected, existing=(), note="")` that appends a call
    at `wall_now` in `tz` from `caller_id`, with the business `closed` on those dates."""
    add = noted_calls(out, "p13", "probe13")

    def a(cid, p, exp, existing=(), note=""):
        add(cid, wall_now, tz, caller_id, p, exp, existing, closed, note=note)
    return local_now(wall_now, tz), a


def year_end_calls(out):
    """St. John's, Wednesday 2026-12-30 at 15:10 (NST, -03:30); New Year's Day closed."""
    now, a = closed_days_group(out, "2026-12-30T15:10", SJ, "+17095550100", ["2027-01-01"])

    a("y-01", persona(["can i come in on the 31st at 10"], ["Pat Doyle"], ["709 555 0101"],
                      [], ["yes"]),
      booked("Pat Doyle", "+17095550101", at("2026-12-31", "10:00")),
      note="'the 31st' is tomorrow")
    a("y-02", persona(["friday morning please"], ["Rose Walsh"], ["709 555 0102"], ["yes"],
                      ["yes"]),
      booked("Rose Walsh", "+17095550102", at("2027-01-04", "09:00")),
      note="Friday is New Year's Day (closed): Monday the 4th offered, a yes takes 9:00")
    a("y-03", persona(["the 4th at 2"], ["Sean Power"], ["709 555 0103"], [], ["yes"]),
      booked("Sean Power", "+17095550103", at("2027-01-04", "14:00")),
      note="'the 4th' across the year end")
    a("y-04", persona(["next tuesday at 11"], ["Tess Kelly"], ["709 555 0104"], [], ["yes"]),
      booked("Tess Kelly", "+17095550104", at(weekday_next_week(now, "tuesday"), "11:00")),
      note="'next Tuesday': the following calendar week, in the new year")
    assert weekday_next_week(now, "tuesday") == "2027-01-05"
    a("y-05", persona(["today at 4:30?"], ["Vic Furey"], ["709 555 0105"], [], ["yes"]),
      booked("Vic Furey", "+17095550105", at(now[:10], "16:30")),
      note="today at 16:30 Newfoundland time is still ahead")
    a("y-06", persona(["january 2nd at 10"], ["Wade Hynes"], ["709 555 0106"],
                      ["ok, monday at 10 then"], ["yes"]),
      booked("Wade Hynes", "+17095550106", at("2027-01-04", "10:00")),
      note="January 2nd is a Saturday: closed; the caller takes Monday at 10")
    a("y-07", persona(["i'd like the first available please"], ["Zoe Coady"],
                      ["709 555 0107"], ["yes"], ["yes"]),
      booked("Zoe Coady", "+17095550107", at(now[:10], "15:30")),
      note="first available from 15:10: today 15:30")


def regina_calls(out):
    """Regina (no DST), Friday 2027-01-29 at 16:40; Family Day, Monday 2027-02-15, closed."""
    now, a = closed_days_group(out, "2027-01-29T16:40", REG, "+13065550100", ["2027-02-15"])

    a("m-01", persona(["the 1st at 9"], ["Abe Wiebe"], ["306 555 0101"], [], ["yes"]),
      booked("Abe Wiebe", "+13065550101", at("2027-02-01", "09:00")),
      note="'the 1st' at the end of January: February 1st")
    a("m-02", persona(["monday the 15th at 10"], ["Bea Klassen"], ["306 555 0102"],
                      ["tuesday at 10 then"], ["yes"]),
      booked("Bea Klassen", "+13065550102", at(weekday_after(now, "tuesday"), "10:00")),
      note="Family Day is closed; the caller says 'tuesday at 10', which SPEC §2 reads as "
           "the next Tuesday after today (February 2nd), not the day after the closed one. "
           "Blind, this expected February 16th (fixed after)")
    a("m-03", persona(["today at 4:30"], ["Cy Friesen"], ["306 555 0103"], ["monday at 9"],
                      ["yes"]),
      booked("Cy Friesen", "+13065550103", at("2027-02-01", "09:00")),
      note="today at 4:30 is past: refused, the caller takes Monday at 9")
    a("m-04", persona(["as soon as possible please"], ["Di Penner"], ["306 555 0104"],
                      ["yes"], ["yes"]),
      booked("Di Penner", "+13065550104", at("2027-02-01", "09:00")),
      note="after 16:30 on a Friday the earliest is Monday 9:00")
    a("m-05", persona(["end of the month, the 31st at 2?"], ["Ed Toews"], ["306 555 0105"],
                      ["monday at 2 then"], ["yes"]),
      booked("Ed Toews", "+13065550105", at("2027-02-01", "14:00")),
      note="the 31st is a Sunday: closed; the caller takes Monday at 2")


def reminder_calls(out):
    """Reminders from Toronto, Friday 2027-03-12 at 11:00, about Monday the 15th at 10:00."""
    W, tz = "2027-03-12T11:00", TOR
    appt = {"name": "Rae Lund", "phone": "+14165550301", "start": "2027-03-15T10:00",
            "minutes": 30}
    rem = noted_reminders(out, "p13", "probe13", W, tz, appt)
    rem("rem-01", persona(confirm=["yep, see you then"]), result("confirmed", appt),
        note="a yes with 'see you then'")
    rem("rem-02", persona(confirm=["no, i can't make it, can we do the same time next week?",
                                   "yes"], time=["the same time next week"]),
        result("rescheduled", {**appt, "start": "2027-03-22T10:00"}),
        note="'the same time next week' from a reminder")
    rem("rem-03", persona(), result("voicemail", appt), answered_by="machine",
        note="a machine: one voicemail")
    rem("rem-04", persona(confirm=["sorry, who is this?", "oh right, yes i'll be there"]),
        result("confirmed", appt), note="'who is this?' and then a yes")
    rem("rem-05", persona(confirm=["no, just cancel it please", "yes"]),
        result("cancelled", appt), note="cancel from a reminder, on a yes")


def main():
    out = []
    toronto_calls(out)
    year_end_calls(out)
    regina_calls(out)
    reminder_calls(out)
    n = write_jsonl(os.path.join(HERE, "probe13_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
