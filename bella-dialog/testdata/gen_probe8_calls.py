#!/usr/bin/env python3
"""Generator of probe round 8: probe8_calls.jsonl and probe8_services_en.jsonl.

Hand-made calls of messy real callers (SPEC §3, §3.1, §3.2), written and committed before
Bella ran on them: speech-to-text in lower case with fillers, long turns carrying two or
three slots, corrections of any slot at any question and at the read-back, repeats and
stalls mixed with an answer in one turn, windows ("anytime but the morning", "not before
11", "between 2 and 4 but not 3"), closed days and holidays, taken and past times, times
off the half hour, "the soonest", cancel / move / check by caller id or another number,
reminders answered "yeah no", "could we push it to friday", services and practitioners
named mid-call, transfers and a late "never mind". Every expected start comes from the
slot oracle of `callslib.py` or from a day the SPEC fixes; `write_jsonl` checks each
booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe8_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, at, booked, call, local_now as nw, noted_calls,  # noqa: E402
                      noted_reminders, persona, result, weekday_after, weekday_next_week,
                      write_jsonl)

ED, TO, VA, HX, WP, SJ, RG = ("America/Edmonton", "America/Toronto", "America/Vancouver",
                              "America/Halifax", "America/Winnipeg", "America/St_Johns",
                              "America/Regina")
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")
GARAGE = os.path.join(HERE, "..", "examples", "garage.toml")


def en_calls():
    out = []

    add = noted_calls(out, "p8", "probe8")

    D = Business.default
    W, tz = "2026-11-17T10:15", ED  # a Tuesday
    now = nw(W, tz)
    wed, thu, fri = (weekday_after(now, d) for d in ("wednesday", "thursday", "friday"))
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")

    # ---------------------------------------------------------------- bookings, ASR style
    add("a-01", W, tz, "+14035550142",
        persona(["uh yeah so um i was hoping to get in thursday"],
                ["it's katherine with a k, katherine doyle"],
                ["yeah it's uh seven eight oh five five five zero one nine two"],
                ["uh yeah the first one's good"], ["yep"]),
        booked("Katherine Doyle", "+17805550192", at(thu, "09:00")),
        note="a day alone offers that day's times; 'the first one's good' takes the earliest; "
             "a spelling remark before the full name")
    add("a-02", W, tz, "+14035550142",
        persona(["hi yeah my name's derek olsen and um i'm looking for something friday "
                 "morning and my number's 780 555 0192 if you need it"],
                ["Derek Olsen"], ["780 555 0192"], ["nine thirty works"], ["yes"]),
        {**booked("Derek Olsen", "+17805550192", at(fri, "09:30")), "max_turns": 4},
        note="name, part of day and number in the opening: none asked again")
    add("a-03", W, tz, "+14035550142",
        persona(["Hi, I'd like to book an appointment"], ["Lydia Marsh"], ["403 555 0142"],
                ["Friday at 10"], ["no my number's 403 555 0124 not 0142", "yes"]),
        booked("Lydia Marsh", "+14035550124", at(fri, "10:00")),
        note="a number corrected at the read-back with the wrong tail said after it")
    add("a-04", W, tz, "+14035550142",
        persona(["I need an appointment please"], ["Catherine Doyle"], ["403 555 0171"],
                ["Thursday at 2"], ["no, it's Katherine with a K, Katherine Doyle", "yes"]),
        booked("Katherine Doyle", "+14035550171", at(thu, "14:00")),
        note="a name corrected at the read-back with a spelling remark")
    add("a-05", W, tz, "+14035550142",
        persona(["I need an appointment"], ["Owen Tate"], ["403 555 0172"],
                ["sorry what? oh, tuesday works", "10 is fine"], ["yes"]),
        booked("Owen Tate", "+14035550172", at(tue, "10:00")),
        note="a repeat request and an answer in one turn: the answer is used")
    add("a-06", W, tz, "+14035550142",
        persona(["hey i wanna book something"], ["hang on... ok it's Mira Sen"],
                ["hold on... ok yeah 587 555 0110"], ["um one sec... ok friday at 2:30"],
                ["yeah"]),
        booked("Mira Sen", "+15875550110", at(fri, "14:30")),
        note="a stall and an answer in one turn, at every question")
    add("a-07", W, tz, "+14035550142",
        persona(["hi there so my physio told me to come back in two weeks and i think "
                 "that's uh tuesday december first, sometime in the afternoon if you have "
                 "anything"],
                ["Ravi Gill"], ["403-555-0183"], ["one thirty please"], ["yes"]),
        booked("Ravi Gill", "+14035550183", at("2026-12-01", "13:30")),
        note="a rambling opening with 'in two weeks' and then the date itself")
    add("a-08", W, tz, "+14035550142",
        persona(["Do you have anything Wednesday between 2 and 4 but not 3?"], ["Nina Holt"],
                ["403 555 0174"], ["3:30 then"], ["yes"]),
        booked("Nina Holt", "+14035550174", at(wed, "15:30")),
        [{"start": at(wed, "14:00"), "minutes": 30}, {"start": at(wed, "14:30"), "minutes": 30}],
        note="a window with an exception; the caller picks inside it")
    add("a-09", W, tz, "+14035550142",
        persona(["Could I come in Thursday, not before 11?"], ["Paul Ng"], ["403 555 0175"],
                ["yes"], ["yes"]),
        booked("Paul Ng", "+14035550175", at(thu, "11:30")),
        [{"start": at(thu, "11:00"), "minutes": 30}],
        note="'not before 11' is after 11:00; 'yes' takes the earliest free in it")
    add("a-10", W, tz, "+14035550142",
        persona(["anytime on monday but the morning"], ["Rosa Lee"], ["403 555 0176"],
                ["yes"], ["yes"]),
        {**booked("Rosa Lee", "+14035550176", at(mon, "12:00")),
         "say_not_contains": ["9 a.m.", "11:30 a.m."]},
        note="'anytime but the morning' is after 12:00")
    add("a-11", W, tz, "+14035550142",
        persona(["Friday afternoon but not after 3"], ["Ivan Cruz"], ["403 555 0177"],
                ["2:30"], ["yes"]),
        {**booked("Ivan Cruz", "+14035550177", at(fri, "14:30")),
         "say_not_contains": ["3:30 p.m.", "4 p.m."]},
        note="part of day with an upper bound: nothing offered from 3")
    add("a-12", W, tz, "+14035550142",
        persona(["I'd like to book Wednesday after 3"], ["Tara Quill"], ["403 555 0178"],
                ["actually could we do thursday instead", "yes"], ["yes"]),
        {**booked("Tara Quill", "+14035550178", at(thu, "15:30")),
         "say_not_contains": ["9 a.m."]},
        [{"start": at(thu, "15:00"), "minutes": 30}],
        note="a window is kept for the whole call: a new day keeps 'after 3'")
    add("a-13", W, tz, "+14035550142",
        persona(["I need an appointment Thursday at quarter after 10"], ["Gus Lowe"],
                ["403 555 0179"], ["10:30 then"], ["yes"]),
        booked("Gus Lowe", "+14035550179", at(thu, "10:30")),
        note="a time off the half hour is not a start: nearest offered, the next answer used")
    add("a-14", W, tz, "+14035550142",
        persona(["can i get friday at 5 in the evening"], ["Ada Vance"], ["403 555 0180"],
                ["4:30 then"], ["yes"]),
        booked("Ada Vance", "+14035550180", at(fri, "16:30")),
        note="after closing: refused, the next time answer used")
    add("a-15", W, tz, "+14035550142",
        persona(["Hi, Friday at 10 please"], ["Ben Ray"], ["403 555 0181"],
                ["ten thirty's fine"], ["yes"]),
        booked("Ben Ray", "+14035550181", at(fri, "10:30")),
        [{"start": at(fri, "10:00"), "minutes": 30}],
        note="taken: refused and nearest offered")
    add("a-16", W, tz, "+14035550142",
        persona(["Hi, I'd like Thursday at 10"], ["Lou Park"], ["403 555 0182"],
                ["Thursday at 10"], ["yeah no I can't do thursday, friday at 4 is better",
                                     "yes"]),
        booked("Lou Park", "+14035550182", at(fri, "16:00")),
        note="day and time corrected at the read-back after 'yeah no'")
    add("a-17", W, tz, "+14035550142",
        persona(["I'd like to book Monday at 2"], ["Ed Fox"],
                ["actually can we make it 3 instead of 2, and it's 613 555 0190"],
                ["Monday at 3"], ["yes"]),
        booked("Ed Fox", "+16135550190", at(mon, "15:00")),
        note="time moved and number given in one turn at the number question")
    add("a-18", W, tz, "+14035550142",
        persona(["I'd like to book Friday at 11"], ["John Reyes"],
                ["oh sorry, my name is spelled J-O-N, Jon Reyes. the number is 204 555 0133"],
                ["Friday at 11"], ["yes"]),
        booked("Jon Reyes", "+12045550133", at(fri, "11:00")),
        note="name corrected with a spelling at the number question, with the number")
    add("a-19", W, tz, "+14035550142",
        persona(["Hello, can I book for Thursday at 1"], ["Uma Bell"],
                ["four oh three, five five five, twenty one forty"], ["Thursday at 1"],
                ["perfect thank you"]),
        booked("Uma Bell", "+14035552140", at(thu, "13:00")),
        note="number said in pairs; 'perfect thank you' confirms")
    add("a-20", W, tz, "+14035550142",
        persona(["Hi, I'd like to book Wednesday at 9:30"], ["Kit Moss"],
                ["six oh four triple five oh one double two"], ["Wednesday at 9:30"],
                ["that's right"]),
        booked("Kit Moss", "+16045550122", at(wed, "09:30")),
        note="'triple' and 'double' in a number")
    add("a-21", W, tz, "+14035550142",
        persona(["Hi, I'd like to book Wednesday at 11"], ["Ola Berg"],
                ["just use this number"], ["Wednesday at 11"], ["yes"]),
        booked("Ola Berg", "+14035550142", at(wed, "11:00")),
        note="'just use this number' means the caller id")
    add("a-22", W, tz, "+14035550142",
        persona(["Can I book Friday at 9"], ["put it under patel, raj patel"],
                ["403 555 0185"], ["Friday at 9"], ["yes"]),
        booked("Raj Patel", "+14035550185", at(fri, "09:00")),
        note="'put it under patel, raj patel' gives the later full name")
    add("a-23", W, tz, "+14035550142",
        persona(["I'd like to book an appointment"], ["it's mary-kate o'brien"],
                ["403 555 0186"], ["Thursday at 3:30"], ["um", "hmm let me check my calendar",
                                                           "ok yeah that works"]),
        booked("Mary-Kate O'Brien", "+14035550186", at(thu, "15:30")),
        note="hyphen and apostrophe in a lower-case name; two stalls at the read-back")
    add("a-24", W, tz, "+14035550142",
        persona(["i need to book"], ["first name is louise last name fontaine"],
                ["403 555 0187"], ["tuesday at noon"], ["yes"]),
        booked("Louise Fontaine", "+14035550187", at(tue, "12:00")),
        note="lower-case 'first name ... last name ...'")
    add("a-25", W, tz, "+14035550142",
        persona(["what's the soonest you can get me in"], ["Hal Ives"], ["403 555 0188"],
                ["yes"], ["yes"]),
        booked("Hal Ives", "+14035550188", at("2026-11-17", "11:00")),
        [{"start": "2026-11-17T10:30", "minutes": 30}],
        note="'the soonest' is the earliest free from now")

    add("a-26", W, tz, "+14035550142",
        persona(["can i book thursday at 10"],
                ["name's tom, tom hardy, and my cell is 403 555 0162"], ["403 555 0162"],
                ["thursday at 10"], ["yes"]),
        {**booked("Tom Hardy", "+14035550162", at(thu, "10:00")), "max_turns": 4},
        note="name and number in one turn at the name question: the number not asked")
    add("a-27", W, tz, "+14035550142",
        persona(["Do you have anything Friday?"], ["Jo Kerr"], ["403 555 0163"],
                ["sorry what were those times again?", "the 10 o'clock"], ["yes"]),
        booked("Jo Kerr", "+14035550163", at(fri, "10:00")),
        note="a repeat request at the offers, then a bare time on the day offered")

    # ------------------------------------------------------ other zones and dates
    w2, tz2 = "2026-11-19T14:20", TO  # a Thursday afternoon
    add("b-01", w2, tz2, "+14165550100",
        persona(["Could I come in today at 11?"], ["Zed Hale"], ["416 555 0191"],
                ["uh ok the 3 o'clock then"], ["yes"]),
        booked("Zed Hale", "+14165550191", at("2026-11-19", "15:00")),
        note="a time already past today: refused, the next answer used")
    w3, tz3 = "2026-12-21T09:05", HX  # a Monday
    add("b-02", w3, tz3, "+19025550100",
        persona(["hi can i get in thursday the 24th in the morning"], ["Ivy Dunn"],
                ["902 555 0192"], ["yes"], ["yes"]),
        booked("Ivy Dunn", "+19025550192", at("2026-12-28", "09:00")),
        closed=["2026-12-24", "2026-12-25"],
        note="a closed holiday: the next open day's (morning) times, skipping Christmas "
             "and the weekend")
    w4, tz4 = "2026-12-29T11:00", SJ  # a Tuesday
    add("b-03", w4, tz4, "+17095550100",
        persona(["can i book monday the 4th at 9"], ["Finn Walsh"], ["709 555 0193"],
                ["monday the 4th at 9"], ["yes"]),
        booked("Finn Walsh", "+17095550193", at("2027-01-04", "09:00")),
        closed=["2027-01-01"],
        note="a day of the month across the new year")
    w5, tz5 = "2026-11-20T16:40", RG  # a Friday late
    add("b-04", w5, tz5, "+13065550100",
        persona(["hi what's your first available"], ["Cole Dane"], ["306 555 0194"],
                ["yes"], ["yes"]),
        booked("Cole Dane", "+13065550194", at("2026-11-24", "09:00")),
        closed=["2026-11-23"],
        note="first available late on a Friday with Monday closed")
    w6, tz6 = "2026-11-18T08:30", VA  # a Wednesday before opening
    add("b-05", w6, tz6, "+16045550100",
        persona(["hi i'd like to book half past two tomorrow"], ["Gil Park"],
                ["604 555 0195"], ["half past two tomorrow"], ["yes"]),
        booked("Gil Park", "+16045550195", at("2026-11-19", "14:30")),
        note="'half past two tomorrow'")

    # ------------------------------------------------------- transfers, never mind
    add("c-01", W, tz, "+14035550142",
        persona(["I want to book an appointment"], ["Amy Cho"],
                ["uh can i talk to a real person please"], [], []),
        result("transferred", no_appointment=True),
        note="'a real person' transfers at once")
    add("c-02", W, tz, "+14035550142",
        persona(["I'd like Thursday at 10"], ["Amy Cho"], ["403 555 0160"],
                ["Thursday at 10"], ["ugh never mind i'll just call back later"]),
        result("no_booking", no_appointment=True),
        note="'never mind' at the read-back ends without a booking")
    add("c-03", W, tz, "+14035550142",
        persona(["hi is there someone i can speak to"], [], [], [], []),
        result("transferred", no_appointment=True),
        note="'someone I can speak to' in the opening transfers")
    add("c-04", W, tz, "+14035550142",
        persona(["I need an appointment"], ["Bo Lund"], ["403 555 0161"],
                ["i dunno", "no idea", "i'm not sure"], ["yes"]),
        result("transferred", no_appointment=True),
        note="three failed time answers transfer")

    # ------------------------------------------------------ cancel, move, check
    mary = {"name": "Mary Roy", "phone": "+14035550142"}
    add("d-01", W, tz, "+14035550142",
        persona(["hi um i have an appointment on thursday and i can't make it so i need to "
                 "cancel"], [], [], [], ["yeah go ahead and cancel it"]),
        result("cancelled", {**mary, "start": at(thu, "13:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="cancel by caller id, 'yeah go ahead and cancel it'")
    dev = {"name": "Dev Patel", "phone": "+17805550151"}
    add("d-02", W, tz, "+14035550142",
        persona(["i need to cancel an appointment"], [],
                ["it'd be under my husband's cell, 780 555 0151"], [], ["yes please"]),
        result("cancelled", {**dev, "start": at(thu, "13:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **dev}],
        note="not under the caller id: the number asked, given with a story")
    add("d-03", W, tz, "+14035550142",
        persona(["i gotta push my appointment to next thursday same time"], [], [], [],
                ["yes"]),
        result("rescheduled", {**mary, "start": at(weekday_next_week(now, "thursday"), "13:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="'next thursday same time' keeps the time")
    add("d-04", W, tz, "+14035550142",
        persona(["can i move my appointment to sometime friday afternoon"], [], [],
                ["2:30"], ["yes"]),
        {**result("rescheduled", {**mary, "start": at(fri, "14:30")}),
         "say_not_contains": ["friday, november 20th at 9 a.m."]},
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="a move to a part of day offers only its times")
    add("d-05", W, tz, "+14035550142",
        persona(["what time am i booked for on thursday"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True, "say_contains": ["1 p.m."]},
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="a check tells the time and changes nothing")
    add("d-06", W, tz, "+14035550142",
        persona(["I need to move my appointment"], [], [], ["friday at 11"],
                ["oh actually never mind, leave it as is"]),
        result("no_booking", no_appointment=True),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="'never mind' at a move's read-back keeps the appointment")
    add("d-07", W, tz, "+14035550142",
        persona(["hi i need to reschedule"], [], ["my work phone, 587 555 0101"],
                ["monday morning, the earliest"], ["yes"]),
        result("rescheduled", {"name": "Sue Hart", "phone": "+15875550101",
                               "start": at(mon, "09:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, "name": "Sue Hart",
          "phone": "+15875550101"}],
        note="a move found by another number; 'monday morning, the earliest'")
    add("d-08", W, tz, "+14035550142",
        persona(["i need to cancel my appointment"], [], [], [],
                ["wait, can i just move it to friday at 3 instead", "yes"]),
        result("rescheduled", {**mary, "start": at(fri, "15:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="a cancel read-back answered with a move and its new time")

    # ---------------------------------------------------------------- reminders
    priya = {"name": "Priya Patel", "phone": "+17805550123", "start": "2026-11-26T10:00",
             "minutes": 30}
    p_out = {k: priya[k] for k in ("name", "phone")}
    RW = "2026-11-25T10:00"  # a Wednesday; the appointment is Thursday 10:00

    remind = noted_reminders(out, "p8", "probe8_reminder", RW, ED, priya)

    def rem(cid, answered, p, exp, existing=(), note=""):
        remind(cid, p, exp, note, answered, existing)

    rem("r-01", "human", persona(confirm=["yeah no I can't make it", "yes"]),
        result("cancelled", {**p_out, "start": "2026-11-26T10:00"}),
        note="'yeah no I can't make it' is a no: read back, cancelled on yes")
    rem("r-02", "human", persona(time=["uh the morning is better, 10 if you have it"],
                                 confirm=["could we push it to friday", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-27T10:00"}),
        note="'could we push it to friday' moves; the time answer on that day")
    rem("r-03", "human", persona(confirm=["sorry who's calling?", "oh right, yeah I'll be there"]),
        result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
        note="a repeat request then yes")
    rem("r-04", "human", persona(confirm=["um hang on let me check... yeah that works"]),
        result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
        note="a stall and a yes in one turn")
    rem("r-05", "machine", persona(confirm=["yes"]),
        {**result("voicemail", {**p_out, "start": "2026-11-26T10:00"}),
         "say_not_contains": ["priya", "patel", "0123"]},
        note="voicemail: no personal data")
    rem("r-06", "human", persona(confirm=["can we do 11:30 instead", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-26T11:30"}),
        note="a bare new time in a reminder stays on the appointment's day")
    rem("r-07", "human", persona(confirm=["oh shoot I forgot, I actually need to cancel, "
                                          "something came up", "yes"]),
        result("cancelled", {**p_out, "start": "2026-11-26T10:00"}),
        note="a cancel with a story")
    rem("r-08", "human", persona(confirm=["same time next week would be better", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-12-03T10:00"}),
        note="'same time next week' moves a week on")
    rem("r-09", "human", persona(time=["friday at 9"], confirm=["yes but can i move it", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-27T09:00"}),
        note="'yes but can I move it' is a move, not a confirm")

    # ------------------------------------------- added after the blind run (-v ids)
    add("c-03v", W, tz, "+14035550142",
        persona(["hi is there someone i can talk to"], [], [], [], []),
        {**result("transferred", no_appointment=True), "max_turns": 2},
        note="'someone I can talk to' transfers at once (was three failures first)")
    add("a-27v", W, tz, "+14035550142",
        persona(["Do you have anything Friday?"], ["Jo Kerr"], ["403 555 0163"],
                ["what were those times again?", "sorry, what were the times?",
                 "say those again?", "the 9:30"], ["yes"]),
        {**booked("Jo Kerr", "+14035550163", at(fri, "09:30")),
         "say_not_contains": ["didn't catch"]},
        note="three requests for the offers again are repeats, not failures")
    add("d-05v", W, tz, "+14035550142",
        persona(["hi what day am i booked in for"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True,
         "say_contains": ["Thursday, November 19th at 1 p.m."]},
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="'what day am I booked in for' is a check")
    rem("r-08v", "human", persona(confirm=["can we do the same time next week", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-12-03T10:00"}),
        note="'the same time next week' in a reminder moves a week on")
    add("a-01v", W, tz, "+14035550142",
        persona(["I'd like Friday at 10"], ["Stephen, spelled with a P-H, Stephen Lee"],
                ["403 555 0164"], ["Friday at 10"], ["yes"]),
        booked("Stephen Lee", "+14035550164", at(fri, "10:00")),
        note="a remark on the spelling between the first name and the full name")
    add("a-18v", W, tz, "+14035550142",
        persona(["I'd like Friday at 11"], ["my name is spelt S-M-Y-T-H, Anna Smyth"],
                ["403 555 0165"], ["Friday at 11"], ["yes"]),
        booked("Anna Smyth", "+14035550165", at(fri, "11:00")),
        note="'my name is spelt ...' at the name question")
    return out


def en_calls2():
    """Second blind batch (ids `p8-2-`), written after the first run's fixes and committed
    before Bella ran on it."""
    out = []

    add = noted_calls(out, "p8-2", "probe8b")

    W, tz = "2026-11-17T10:15", ED  # a Tuesday
    now = nw(W, tz)
    wed, thu, fri = (weekday_after(now, d) for d in ("wednesday", "thursday", "friday"))
    mary = {"name": "Mary Roy", "phone": "+14035550142"}

    add("01", W, tz, "+14035550142",
        persona(["I'd like Friday at 10"], ["Nell Ames"], ["403 555 0121"], ["Friday at 10"],
                ["yes but make it 10:30", "yes"]),
        booked("Nell Ames", "+14035550121", at(fri, "10:30")),
        note="'yes but make it 10:30' at the read-back is a correction, read back again")
    add("02", W, tz, "+14035550142",
        persona(["hey this is marco i need friday at 1"], ["Marco"], ["403 555 0122"],
                ["friday at 1"], ["yes"]),
        booked("Marco", "+14035550122", at(fri, "13:00")),
        note="a first name and a time in a lower-case opening")
    add("03", W, tz, "+14035550142",
        persona(["I'd like Thursday at 11"], ["Ray Dow"],
                ["my cell is 403 555 0101 or you can try my work 403 555 0199"],
                ["Thursday at 11"], ["yes"]),
        booked("Ray Dow", "+14035550199", at(thu, "11:00")),
        note="two numbers in one turn: the last one (SPEC §2)")
    add("04", W, tz, "+14035550142",
        persona(["I'd like Thursday at 11"], ["Ray Dow"], ["it's 403... uh... 555... 0177"],
                ["Thursday at 11"], ["yes"]),
        booked("Ray Dow", "+14035550177", at(thu, "11:00")),
        note="a number in pieces with hesitations")
    add("05", W, tz, "+14035550142",
        persona(["I'd like Thursday at 11"], ["Ray Dow"], ["area code 403 then 555 0188"],
                ["Thursday at 11"], ["yes"]),
        booked("Ray Dow", "+14035550188", at(thu, "11:00")),
        note="'area code 403 then 555 0188'")
    add("06", W, tz, "+14035550142",
        persona(["can i get something tomorrow morning, first thing"], ["Lee Fung"],
                ["403 555 0123"], ["yes"], ["yes"]),
        booked("Lee Fung", "+14035550123", at(wed, "09:00")),
        note="'tomorrow morning, first thing': 9 a.m. first")
    add("07", W, tz, "+14035550142",
        persona(["anything before noon on friday?"], ["Lee Fung"], ["403 555 0123"],
                ["yes"], ["yes"]),
        booked("Lee Fung", "+14035550123", at(fri, "11:30")),
        [{"start": at(fri, t), "minutes": 30} for t in
         ("09:00", "09:30", "10:00", "10:30", "11:00")],
        note="before noon with only the last slot free")
    add("08", W, tz, "+14035550142",
        persona(["anything after work, like 5ish on thursday?"], ["Lee Fung"],
                ["403 555 0123"], ["4:30 then"], ["yes"]),
        booked("Lee Fung", "+14035550123", at(thu, "16:30")),
        note="a window after closing: nothing in it, the next answer used")
    W2 = "2026-11-21T11:00"  # a Saturday
    add("09", W2, tz, "+14035550142",
        persona(["can i come in today"], ["Lee Fung"], ["403 555 0123"], ["yes"], ["yes"]),
        booked("Lee Fung", "+14035550123", "2026-11-23T09:00"),
        note="today is Saturday: closed, Monday's times offered")
    W3 = "2026-11-22T20:30"  # a Sunday evening
    add("10", W3, tz, "+14035550142",
        persona(["hi sorry for calling so late, could i get tomorrow at 9"], ["Lee Fung"],
                ["403 555 0123"], ["tomorrow at 9"], ["yes"]),
        booked("Lee Fung", "+14035550123", "2026-11-23T09:00"),
        note="Sunday evening 'tomorrow at 9' is Monday")
    add("11", W, tz, "+14035550142",
        persona(["I need an appointment"], ["yeah it's for me, sarah connor"], ["403 555 0124"],
                ["Wednesday at 2"], ["yes"]),
        booked("Sarah Connor", "+14035550124", at(wed, "14:00")),
        note="'it's for me, sarah connor' at the name question")
    add("12", W, tz, "+14035550142",
        persona(["Do you have anything Thursday?"], ["Ada Kim"], ["403 555 0125"],
                ["is 2 ok?"], ["yes"]),
        booked("Ada Kim", "+14035550125", at(thu, "14:00")),
        note="'is 2 ok?' picks 2 p.m. on the day offered")
    add("13", W, tz, "+14035550142",
        persona(["what time do you close on friday? could i come at 4:30"], ["Ada Kim"],
                ["403 555 0125"], ["Friday at 4:30"], ["yes"]),
        booked("Ada Kim", "+14035550125", at(fri, "16:30")),
        note="an hours question and a booking in one opening")
    add("14", W, tz, "+14035550142",
        persona(["I need an appointment Friday at 3"], ["its priya nair 416 555 0199"],
                ["416 555 0199"], ["Friday at 3"], ["yes"]),
        {**booked("Priya Nair", "+14165550199", at(fri, "15:00")), "max_turns": 4},
        note="name and number without punctuation at the name question")
    add("15", W, tz, "+14035550142",
        persona(["can you move me to the same time tomorrow"], [], [], [], ["yes"]),
        result("rescheduled", {**mary, "start": at(wed, "13:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="'the same time tomorrow' in a move")
    add("16", W, tz, "+14035550142",
        persona(["I need to move my appointment"], [], [],
                ["actually never mind, I'll keep it"], []),
        result("no_booking", no_appointment=True),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="'never mind, I'll keep it' at a move's time question")
    add("17", W, tz, "+14035550142",
        persona(["hi I'd like to book the day after tomorrow at 4"], ["Ada Kim"],
                ["403 555 0125"], ["the day after tomorrow at 4"], ["yes"]),
        booked("Ada Kim", "+14035550125", at(thu, "16:00")),
        note="'the day after tomorrow at 4'")
    add("18", W, tz, "+14035550142",
        persona(["I'd like Wednesday at 10"], ["Bea Lund"], ["403 555 0126"],
                ["Wednesday at 10"], ["hang on is that the 18th?", "ok yes"]),
        booked("Bea Lund", "+14035550126", at(wed, "10:00")),
        note="a question about the date at the read-back, then yes")

    priya = {"name": "Priya Patel", "phone": "+17805550123", "start": "2026-11-26T10:00",
             "minutes": 30}
    p_out = {k: priya[k] for k in ("name", "phone")}

    rem = noted_reminders(out, "p8-2", "probe8b_reminder", "2026-11-25T10:00", ED, priya)

    rem("r1", persona(confirm=["nah", "yeah"]),
        result("cancelled", {**p_out, "start": "2026-11-26T10:00"}),
        note="'nah' then 'yeah' to the cancel read-back")
    rem("r2", persona(confirm=["yes I'll be a few minutes late though"]),
        result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
        note="a yes with a remark")
    rem("r3", persona(confirm=["could i come earlier, like 9?", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-26T09:00"}),
        note="'could I come earlier, like 9?' moves on the same day")
    rem("r4", persona(confirm=["who is this?", "oh ok, yes I'll be there"]),
        result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
        note="'who is this?' then yes")
    # Added after the batch's run.
    rem("r4v", persona(confirm=["who is this?", "sorry, who's calling?", "who is this?",
                                "oh ok, yes I'll be there"]),
        {**result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
         "say_contains": ["This is Bella Clinic calling with a reminder"],
         "say_not_contains": ["didn't catch"]},
        note="'who is this?' is a repeat request: who is calling is said again, three are "
             "no failures (three were a transfer)")
    return out


def en_calls3():
    """Third blind batch (ids `p8-3-`), committed before Bella ran on it."""
    out = []

    add = noted_calls(out, "p8-3", "probe8c")

    W, tz = "2026-11-17T10:15", ED  # a Tuesday
    now = nw(W, tz)
    thu, fri = (weekday_after(now, d) for d in ("thursday", "friday"))
    mary = {"name": "Mary Roy", "phone": "+14035550142"}
    dev = {"name": "Dev Patel", "phone": "+17805550151"}

    add("01", W, tz, "+14035550142",
        persona(["can i move my thursday appointment to sometime after 3 that same day"],
                [], [], ["yes"], ["yes"]),
        result("rescheduled", {**mary, "start": at(thu, "15:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="a move to a window on the appointment's own day")
    add("02", W, tz, "+14035550142",
        persona(["i wanna cancel, it's under 780 555 0151"], [], ["780 555 0151"], [],
                ["yes"]),
        {**result("cancelled", {**dev, "start": at(thu, "13:00")}), "max_turns": 4},
        [{"start": at(thu, "13:00"), "minutes": 30, **dev}],
        note="a cancel with the booking's number in the opening: not asked again")
    add("03", W, tz, "+14035550142",
        persona(["when's my appointment? the booking's under my wife's number, 780 555 0151"],
                [], ["780 555 0151"], [], []),
        {"outcome": "no_booking", "no_appointment": True,
         "say_contains": ["Thursday, November 19th at 1 p.m."]},
        [{"start": at(thu, "13:00"), "minutes": 30, **dev}],
        note="a check with another number in the opening")
    add("04", W, tz, "+14035550142",
        persona(["I'd like Friday at 9"], ["Ian Cho"], ["1 403 555 0191"], ["Friday at 9"],
                ["yes"]),
        booked("Ian Cho", "+14035550191", at(fri, "09:00")),
        note="a number with the leading 1")
    add("05", W, tz, "+14035550142",
        persona(["I'd like to book an appointment"], ["Tam Wynn"], ["403 555 0192"],
                ["friday at 2, and sorry, my last name is Nguyen"], ["yes"]),
        booked("Tam Nguyen", "+14035550192", at(fri, "14:00")),
        note="the last name corrected at the time question, with the time")
    add("06", W, tz, "+14035550142",
        persona(["I'd like to book Friday at 11"], ["Gus Hale"], ["403 555 0193"],
                ["Friday at 11"],
                ["you know what, i'll call back when i know my schedule"]),
        result("no_booking", no_appointment=True),
        note="a late 'I'll call back' at the read-back")
    add("07", W, tz, "+14035550142",
        persona(["can i speak to the manager please"], [], [], [], []),
        {**result("transferred", no_appointment=True), "max_turns": 2},
        note="'the manager' is a person: transferred at once")
    add("08", W, tz, "+14035550142",
        persona(["i'd like to book an appointment for tuesday the first of december at ten "
                 "thirty in the morning"], ["Ivy Lam"], ["403 555 0194"],
                ["tuesday the first of december at ten thirty in the morning"], ["yes"]),
        booked("Ivy Lam", "+14035550194", "2026-12-01T10:30"),
        note="a long spoken date and time")
    add("09", W, tz, "+14035550142",
        persona(["quarter to 3 on friday?"], ["Ivy Lam"], ["403 555 0194"], ["2:30 then"],
                ["yes"]),
        booked("Ivy Lam", "+14035550194", at(fri, "14:30")),
        note="a time off the half hour: nearest offered, the next answer used")
    add("10", W, tz, "+14035550142",
        persona(["do you have anything thursday between 10 and 11"], ["Ivy Lam"],
                ["403 555 0194"], ["yes"], ["yes"]),
        {**booked("Ivy Lam", "+14035550194", at(thu, "10:30")),
         "say_not_contains": ["11 a.m."]},
        [{"start": at(thu, "10:00"), "minutes": 30}],
        note="a one-hour window with its first start taken")
    add("11", W, tz, "+14035550142",
        persona(["I need an appointment"], ["Ivy Lam"], ["403 555 0194"],
                ["uh the twentieth at 9 i think"], ["yes"]),
        booked("Ivy Lam", "+14035550194", "2026-11-20T09:00"),
        note="a day of the month alone with a hedge")
    add("12", W, tz, "+14035550142",
        persona(["hi i need to reschedule"], [], [], ["uh what do you have on friday"],
                ["yes"], ["the first one"]),
        result("rescheduled", {**mary, "start": at(fri, "09:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mary}],
        note="a move: 'what do you have on Friday' offers Friday's times")
    return out


def en_calls4():
    """Fourth blind batch (ids `p8-4-`), committed before Bella ran on it."""
    out = []

    add = noted_calls(out, "p8-4", "probe8d")

    W, tz = "2026-11-17T10:15", ED  # a Tuesday
    now = nw(W, tz)
    wed, thu, fri = (weekday_after(now, d) for d in ("wednesday", "thursday", "friday"))

    add("01", W, tz, "+14035550142",
        persona(["what's the earliest you have on thursday"], ["Max Orr"], ["403 555 0131"],
                ["yes"], ["yes"]),
        booked("Max Orr", "+14035550131", at(thu, "09:30")),
        [{"start": at(thu, "09:00"), "minutes": 30}],
        note="'the earliest on Thursday': that day's first free start")
    add("02", W, tz, "+14035550142",
        persona(["after 2 on wednesday but before 4"], ["Max Orr"], ["403 555 0131"],
                ["yes"], ["yes"]),
        {**booked("Max Orr", "+14035550131", at(wed, "14:00")),
         "say_not_contains": ["4 p.m.", "4:30 p.m."]},
        note="two bounds said apart")
    add("03", W, tz, "+14035550142",
        persona(["not too early on friday, maybe after 10"], ["Max Orr"], ["403 555 0131"],
                ["yes"], ["yes"]),
        booked("Max Orr", "+14035550131", at(fri, "10:00")),
        note="'after 10' with a hedge")
    add("04", W, tz, "+14035550142",
        persona(["I need an appointment"], ["my name is dr. ana lopez"], ["403 555 0132"],
                ["Friday at 1"], ["yes"]),
        booked("Ana Lopez", "+14035550132", at(fri, "13:00")),
        note="a title in a lower-case name")
    add("05", W, tz, "+14035550142",
        persona(["I need an appointment"], ["Ana Lopez"], ["it's 403 555 01 42"],
                ["Friday at 1"], ["yes"]),
        booked("Ana Lopez", "+14035550142", at(fri, "13:00")),
        note="a number grouped 3-3-2-2")
    add("06", W, tz, "+14035550142",
        persona(["book me in for a checkup thursday at 3"], ["Ana Lopez"], ["403 555 0133"],
                ["thursday at 3"], ["yes"]),
        booked("Ana Lopez", "+14035550133", at(thu, "15:00")),
        note="'book me in for a checkup'")
    add("07", W, tz, "+14035550142",
        persona(["can i get tomorrow around noonish"], ["Ana Lopez"], ["403 555 0134"],
                ["tomorrow at noon"], ["yes"]),
        booked("Ana Lopez", "+14035550134", at(wed, "12:00")),
        note="'around noonish'")

    priya = {"name": "Priya Patel", "phone": "+17805550123", "start": "2026-11-26T10:00",
             "minutes": 30}
    p_out = {k: priya[k] for k in ("name", "phone")}

    rem = noted_reminders(out, "p8-4", "probe8d_reminder", "2026-11-25T10:00", ED, priya)

    rem("r1", persona(confirm=["I think so, yes"]),
        result("confirmed", {**p_out, "start": "2026-11-26T10:00"}),
        note="'I think so, yes'")
    rem("r2", persona(confirm=["no I want to cancel it please", "that's right"]),
        result("cancelled", {**p_out, "start": "2026-11-26T10:00"}),
        note="a cancel, then 'that's right'")
    return out


def svc_calls():
    out = []

    def add(cid, business, wall, tz, cid_phone, p, exp, existing=(), note=""):
        line = call(f"p8-s-{cid}", wall, tz, cid_phone, p, exp, existing, None,
                    kind="probe8_service", business=business)
        line["note"] = note
        out.append(line)

    W, tz = "2026-11-30T09:20", HX  # a Monday
    now = nw(W, tz)
    tue, wed, thu, fri = (weekday_after(now, d) for d in ("tuesday", "wednesday", "thursday",
                                                          "friday"))
    add("01", "clinic", W, tz, "+19025550101",
        persona(["hi i need to book"], ["Nora Kelly"], ["902 555 0101"],
                ["monday morning with luc please", "ok tuesday then, 10 am"], ["yes"],
                service=["a follow up"]),
        booked("Nora Kelly", "+19025550101", at(tue, "10:00"), service="Follow-up",
               resource="Luc Gagnon", minutes=30),
        note="a practitioner named with a day he does not work: his times, the next answer")
    add("02", "clinic", W, tz, "+19025550101",
        persona(["hi i need to book something"], ["Nora Kelly"], ["902 555 0101"],
                ["thursday at 2"], ["yes"],
                service=["uh my doctor said i need a deep tissue thing"]),
        booked("Nora Kelly", "+19025550101", at(thu, "14:00"), service="Massage therapy",
               resource="Luc Gagnon", minutes=45),
        note="a service named by a phrase inside a story")
    add("03", "clinic", W, tz, "+19025550101",
        persona(["I'd like to book a massage"], ["Nora Kelly"], ["902 555 0101"],
                ["oh how much is it?", "thursday at 2"], ["yes"]),
        {**booked("Nora Kelly", "+19025550101", at(thu, "14:00"), service="Massage therapy",
                  resource="Luc Gagnon", minutes=45), "say_contains": ["$95"]},
        note="a price question at the time question, then the time")
    add("04", "garage", "2026-11-27T09:00", ED, "+14035550101",
        persona(["my brakes are squeaking when i stop, can you look at them saturday morning"],
                ["Dale Ross"], ["403 555 0102"], ["yes"], ["yes"]),
        booked("Dale Ross", "+14035550102", "2026-11-28T09:00", service="Brake inspection",
               minutes=90),
        note="a service by its phrase with a day and part of day in one turn")
    add("05", "garage", "2026-11-30T09:00", ED, "+14035550101",
        persona(["my check engine light came on, anything friday afternoon?"], ["Dale Ross"],
                ["403 555 0102"], ["yes"], ["yes"]),
        booked("Dale Ross", "+14035550102", "2026-12-04T15:00", service="Diagnostic",
               resource="Bay 3", minutes=120),
        [{"start": "2026-12-04T13:00", "minutes": 120, "resource": "Bay 3"}],
        note="a two-hour diagnostic on its one bay: the first afternoon start that fits")
    add("06", "clinic", W, tz, "+19025550101",
        persona(["can i see dr singh on friday"], ["Nora Kelly"], ["902 555 0101"],
                ["10:30"], ["yes"], service=["a follow-up"]),
        booked("Nora Kelly", "+19025550101", at(fri, "10:30"), service="Follow-up",
               resource="Dr. Amara Singh", minutes=30),
        note="a practitioner in the opening, the service asked after")
    add("07", "clinic", W, tz, "+19025550101",
        persona(["I need an initial assessment"], ["Nora Kelly"], ["902 555 0101"],
                ["wednesday at 11:30", "1 then"], ["yes"]),
        booked("Nora Kelly", "+19025550101", at(wed, "13:00"), service="Initial assessment",
               resource="Dr. Amara Singh", minutes=60),
        note="an hour at 11:30 crosses the lunch break: refused, the next answer used")
    add("08", "garage", "2026-11-30T09:00", ED, "+14035550101",
        persona(["i need an oil change"], ["Dale Ross"], ["403 555 0102"],
                ["oh forget it, i'll call back"], ["yes"]),
        result("no_booking", no_appointment=True),
        note="'forget it' at the time question")

    # ------------------------------------------- added after the blind run (-v ids)
    add("09v", "clinic", W, tz, "+19025550101",
        persona(["I'd like to book a massage"], ["Nora Kelly"], ["902 555 0101"],
                ["where are you located?"], ["yes"]),
        {**result("transferred", no_appointment=True),
         "say_contains": ["someone who can help"], "max_turns": 8},
        note="the same question a fourth time in a row gets a person, not the same "
             "answer to the 30-turn cap")
    add("10v", "clinic", W, tz, "+19025550101",
        persona(["I'd like to book a massage"], ["Nora Kelly"], ["902 555 0101"],
                ["where are you located?", "where are you located?",
                 "where are you located?", "ok, thursday at 2"], ["yes"]),
        booked("Nora Kelly", "+19025550101", at(thu, "14:00"), service="Massage therapy",
               resource="Luc Gagnon", minutes=45),
        note="guard: the same question three times, then an answer, books")
    add("2-01", "garage", "2026-11-30T09:00", ED, "+14035550101",
        persona(["my car's making a strange noise, can you look at it monday"],
                ["Dale Ross"], ["403 555 0102"], ["yes"], ["yes"]),
        booked("Dale Ross", "+14035550102", "2026-12-07T08:00", service="Diagnostic",
               resource="Bay 3", minutes=120),
        note="blind batch 2: a service by its phrase and a day: the bay's first start")
    add("2-02", "clinic", W, tz, "+19025550101",
        persona(["hi I'd like to book"], ["Nora Kelly"], ["902 555 0101"], ["friday at 10"],
                ["yes"], service=["how long is an assessment?", "ok the assessment then"]),
        booked("Nora Kelly", "+19025550101", at(fri, "10:00"), service="Initial assessment",
               resource="Dr. Amara Singh", minutes=60),
        note="blind batch 2: a length question at the service question, then the service")
    add("3-01", "clinic", W, tz, "+19025550101",
        persona(["I want to see Luc"], ["Nora Kelly"], ["902 555 0101"], ["thursday at 2"],
                ["yes"], service=["a massage"]),
        booked("Nora Kelly", "+19025550101", at(thu, "14:00"), service="Massage therapy",
               resource="Luc Gagnon", minutes=45),
        note="blind batch 3: a practitioner by first name, the service asked")
    add("3-02", "clinic", W, tz, "+19025550101",
        persona(["a follow-up with dr singh on wednesday around noon"], ["Nora Kelly"],
                ["902 555 0101"], ["1 is fine"], ["yes"]),
        booked("Nora Kelly", "+19025550101", at(wed, "13:00"), service="Follow-up",
               resource="Dr. Amara Singh", minutes=30),
        note="blind batch 3: noon in the practitioner's lunch break: refused, next answer")
    add("4-01", "clinic", W, tz, "+19025550101",
        persona(["hi i need to cancel my massage"], [], [], [], ["yes"]),
        result("cancelled", {"name": "Nora Kelly", "phone": "+19025550101",
                             "start": at(thu, "14:00"), "service": "Massage therapy",
                             "resource": "Luc Gagnon", "minutes": 45}),
        [{"start": at(thu, "14:00"), "minutes": 45, "name": "Nora Kelly",
          "phone": "+19025550101", "service": "Massage therapy", "resource": "Luc Gagnon"}],
        note="blind batch 4: cancel a massage by caller id")
    add("11v", "clinic", W, tz, "+19025550101",
        persona(["I'd like to book a massage"], ["Nora Kelly"], ["902 555 0101"],
                ["where are you?", "is there parking?", "where are you?",
                 "is there parking?", "thursday at 2"], ["yes"]),
        booked("Nora Kelly", "+19025550101", at(thu, "14:00"), service="Massage therapy",
               resource="Luc Gagnon", minutes=45),
        note="guard: different questions in turn are each answered")
    return out


def main():
    en = en_calls() + en_calls2() + en_calls3() + en_calls4()
    n = write_jsonl(os.path.join(HERE, "probe8_calls.jsonl"), en)

    def biz(line):
        return Business.from_toml(CLINIC if line["business"] == "clinic" else GARAGE)

    s = write_jsonl(os.path.join(HERE, "probe8_services_en.jsonl"), svc_calls(), biz)
    print(f"{n} calls, {s} service calls")


if __name__ == "__main__":
    main()
