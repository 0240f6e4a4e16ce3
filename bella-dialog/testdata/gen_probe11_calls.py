#!/usr/bin/env python3
"""Generator of probe round 11: probe11_calls.jsonl.

Hand-made English calls (SPEC §3, §3.1, §3.2), written and committed before Bella ran on
them, on what rounds 8-10 left out: callers who answer another question than the one
asked or two at once ("thursday at 10, and the name's omar" at the time question, a new
day with the number), a number said in pieces over two turns ("four one six" ... "five
five five, oh one two three"), late corrections after the read-back ("my last name is
spelled with two Ls", "my number ends in 0105, not 0150"); speech-to-text noise: fillers,
false starts ("i'd like to, uh, book, no, move my appointment"), homophones near numbers
and times ("at for", "for one six", "one to one"); the default business at odd instants
(just before closing, a Friday afternoon, the day before a closed holiday, a Saturday
call, before opening) in St. John's, Regina, Whitehorse, and "tomorrow" just after
midnight (SPEC §2: the day after today's date); the example businesses with "my usual" /
"same as last time", a person off that day, a service the person asked for does not
offer; reminders answered with a question, a move with a window, "can my husband come
instead", a machine (no name in the message); cancel / move / check with two or three
appointments on one day ("the 2 o'clock one", "the afternoon one"). Every expected start
comes from the slot oracle of `callslib.py` or from a day the SPEC fixes; `write_jsonl`
checks each booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe11_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, business_by_name, local_now,  # noqa: E402
                      noted_calls, noted_reminders, persona, result, weekday_after,
                      weekday_next_week, write_jsonl)

TO, SJ, RG, WH = "America/Toronto", "America/St_Johns", "America/Regina", "America/Whitehorse"
HFX, WPG, VAN = "America/Halifax", "America/Winnipeg", "America/Vancouver"
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")
SALON = os.path.join(HERE, "businesses", "salon.toml")


def en_calls():
    out = []

    add = noted_calls(out, "p11", "probe11")

    W, tz = "2026-12-08T10:15", TO  # a Tuesday in Toronto
    now = local_now(W, tz)
    wed, thu, fri = (weekday_after(now, d) for d in ("wednesday", "thursday", "friday"))
    mon, ntue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    CID = "+14165550100"

    # ------------------------------------------ another question answered, or two at once
    add("a-01", W, tz, CID,
        persona(["hi, i need an appointment"], ["Omar Haddad"], ["416 555 0101"],
                ["thursday at 10, and the name's omar haddad"], ["yes"]),
        booked("Omar Haddad", "+14165550101", at(thu, "10:00")),
        note="a time and a name in one answer to the time question")
    add("a-02", W, tz, CID,
        persona(["do you have anything friday"], ["Priya Shah"], ["416 555 0102"],
                ["the 2 o'clock, and it's for priya shah"], ["yes"]),
        booked("Priya Shah", "+14165550102", at(fri, "14:00")),
        note="an offer picked with the name in the same turn")
    add("a-03", W, tz, CID,
        persona(["can i book something wednesday at 3"], ["Lena Park"],
                ["actually make it thursday, same time. number's 416 555 0103"],
                ["wednesday at 3"], ["yes"]),
        booked("Lena Park", "+14165550103", at(thu, "15:00")),
        note="a new day ('same time') with the number at the number question. Blind, the "
             "time was first given after the new day, so the later Wednesday rightly won; "
             "the time now comes in the opening (expectation fixed after the blind run)")
    add("a-04", W, tz, CID,
        persona(["monday at 11 please"], ["you can reach me at 416 555 0104", "Tom Reyes"],
                ["416 555 0104"], [], ["yes"]),
        booked("Tom Reyes", "+14165550104", at(mon, "11:00")),
        note="the number given at the name question is kept; the name asked again")
    add("a-05", W, tz, CID,
        persona(["i'd like to book an appointment"], ["Ana Silva"], ["416 555 0105"],
                ["are you open saturday? if not, monday at 11"], ["yes"]),
        booked("Ana Silva", "+14165550105", at(mon, "11:00")),
        note="a question and a fallback answer in one turn: Monday at 11")
    add("a-06", W, tz, CID,
        persona(["friday at 9"], ["Sara Alen"], ["416 555 0106"], [],
                ["oh wait, my last name is spelled with two Ls, A L L E N", "yes"]),
        booked("Sara Allen", "+14165550106", at(fri, "09:00")),
        note="a late spelling of the surname at the read-back")
    add("a-07", W, tz, CID,
        persona(["thursday at 1"], ["Ivan Petrov"], ["416 555 0150"], [],
                ["wait, my number ends in 0105, not 0150", "yes"]),
        booked("Ivan Petrov", "+14165550105", at(thu, "13:00")),
        note="the number's last four put right at the read-back")
    add("a-08", W, tz, CID,
        persona(["monday at 2"], ["Dana Mille"],
                ["sorry, it's miller, with an r at the end. number's 416 555 0108"], [],
                ["yes"]),
        booked("Dana Miller", "+14165550108", at(mon, "14:00")),
        note="the surname put right with the number, at the number question")
    add("a-09", W, tz, CID,
        persona(["hi it's kim lee, i need to come in"], ["Kim Lee"], ["416 555 0109"],
                ["wednesday, and i can only do mornings", "yes"], ["yes"]),
        booked("Kim Lee", "+14165550109", at(wed, "09:00")),
        note="a day and a part of day in two clauses: the first morning offer on yes. "
             "Blind, the persona had no answer to the offers and said the window three "
             "times (the engine then transfers, fairly); a 'yes' added after the blind run")

    # ------------------------------------------------------------- a number in pieces
    add("b-01", W, tz, CID,
        persona(["thursday at 11"], ["Noor Aziz"], ["four one six", "five five five, oh one two three"],
                [], ["yes"]),
        booked("Noor Aziz", "+14165550123", at(thu, "11:00")),
        note="an area code, then the rest, in words")
    add("b-02", W, tz, CID,
        persona(["friday at 11"], ["Ray Hunt"], ["it's 416 555...", "0124"], [], ["yes"]),
        booked("Ray Hunt", "+14165550124", at(fri, "11:00")),
        note="seven digits trailing off, then the last four")
    add("b-03", W, tz, CID,
        persona(["monday at 3"], ["Uma Rao"], ["area code 647", "then 555 0125"], [],
                ["yes"]),
        booked("Uma Rao", "+16475550125", at(mon, "15:00")),
        note="'area code 647', then the number")
    add("b-04", W, tz, CID,
        persona(["wednesday at 4"], ["Eli Ross"], ["four one six five five five oh one two six"],
                [], ["yes"]),
        booked("Eli Ross", "+14165550126", at(wed, "16:00")),
        note="control: the whole number in words in one turn")

    # --------------------------------------------------------------- speech-to-text noise
    mia = {"name": "Mia Stone", "phone": CID}
    add("c-01", W, tz, CID,
        persona(["i'd like to, uh, book, no, move my appointment"], [], [],
                ["friday at 10"], ["yes"]),
        result("rescheduled", {**mia, "start": at(fri, "10:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mia}],
        note="a false start: book, then move; the move is what is meant")
    add("c-02", W, tz, CID,
        persona(["um, hi, i wanna, uh, book a, um, appointment"], ["Jo Banks"],
                ["416 555 0132"], ["uh, thursday, at, um, for"], ["yes"]),
        booked("Jo Banks", "+14165550132", at(thu, "16:00")),
        note="'at for' is four o'clock (business hours: 16:00)")
    add("c-03", W, tz, CID,
        persona(["can i get friday for 10 am"], ["Al Moss"], ["416 555 0133"], [], ["yes"]),
        booked("Al Moss", "+14165550133", at(fri, "10:00")),
        note="control: 'for 10 am' is a preposition, not four")
    add("c-04", W, tz, CID,
        persona(["monday at 10"], ["Bea Cruz"], ["for one six, five five five, oh one oh seven"],
                [], ["yes"]),
        booked("Bea Cruz", "+14165550107", at(mon, "10:00")),
        note="'for' as four at the head of a number in words")
    add("c-05", W, tz, CID,
        persona(["thursday at 9"], ["Cal Rey"], ["six four seven, five five five, oh one to one"],
                [], ["yes"]),
        booked("Cal Rey", "+16475550121", at(thu, "09:00")),
        note="'to' as two inside a number in words")
    add("c-06", W, tz, CID,
        persona(["i want to book thursday"], ["Dee Lowe"], ["416 555 0134"],
                ["at 3, no, sorry, 4"], ["yes"]),
        booked("Dee Lowe", "+14165550134", at(thu, "16:00")),
        note="a false start on the hour: the last one counts")
    add("c-07", W, tz, CID,
        persona(["friday at noon"], ["uh, it's, um, rosa diaz"], ["416 555 0135"], [], ["yes"]),
        booked("Rosa Diaz", "+14165550135", at(fri, "12:00")),
        note="fillers around a lower-case name")
    add("c-08", W, tz, CID,
        persona(["yeah hi so um i was wondering if i could like maybe come in on friday "
                 "like in the morning"], ["Gus Hall"], ["416 555 0136"], ["the first one"],
                ["yes"]),
        booked("Gus Hall", "+14165550136", at(fri, "09:00")),
        note="a rambling opening with a day and a part of day")
    add("c-09", W, tz, CID,
        persona(["i need to book for tuesday at to thirty"], ["Ida Noor"], ["416 555 0137"],
                [], ["yes"]),
        booked("Ida Noor", "+14165550137", at(ntue, "14:30")),
        note="'to thirty' is 2:30; Tuesday alone is next week's (today is Tuesday)")
    lou = {"name": "Lou Chan", "phone": CID}
    add("c-10", W, tz, CID,
        persona(["uh yeah i need to, um, cancel, my, uh, appointment thing"], [], [], [],
                ["yep"]),
        result("cancelled", {**lou, "start": at(fri, "15:00")}),
        [{"start": at(fri, "15:00"), "minutes": 30, **lou}],
        note="a cancel through fillers")

    # ------------------------------------------------- odd instants, zones, holidays
    SW = "2026-12-04T16:10"  # a Friday, twenty to close, St. John's
    add("d-01", SW, SJ, "+17095550100",
        persona(["can i get in today?"], ["Finn Walsh"], ["709 555 0101"], ["yes"], ["yes"]),
        booked("Finn Walsh", "+17095550101", at(SW[:10], "16:30")),
        note="only 4:30 is left today in St. John's")
    RW = "2026-12-04T16:45"  # a Friday after the last start, Regina
    add("d-02", RW, RG, "+13065550100",
        persona(["anything today?"], ["Gwen Hart"], ["306 555 0102"], ["yes"], ["yes"]),
        booked("Gwen Hart", "+13065550102", "2026-12-07T09:00"),
        note="nothing left today: Monday's first start")
    YW = "2026-12-05T11:00"  # a Saturday, Whitehorse
    add("d-03", YW, WH, "+18675550100",
        persona(["can i book for tomorrow"], ["Hank Moe"], ["867 555 0103"],
                ["the first one"], ["yes"]),
        {**booked("Hank Moe", "+18675550103", "2026-12-07T09:00"), "say_contains": ["closed"]},
        note="tomorrow is a Sunday: closed, Monday offered")
    MW = "2026-12-10T00:30"  # just after midnight, Thursday, Toronto
    add("d-04", MW, TO, CID,
        persona(["hi, can i book tomorrow at 10"], ["Iris Day"], ["416 555 0104"], [], ["yes"]),
        booked("Iris Day", "+14165550104", "2026-12-11T10:00"),
        note="'tomorrow' at 00:30 Thursday is Friday (SPEC §2)")
    add("d-05", MW, TO, CID,
        persona(["can i come in today at 9"], ["Jay Orr"], ["416 555 0105"], [], ["yes"]),
        booked("Jay Orr", "+14165550105", "2026-12-10T09:00"),
        note="'today' at 00:30 is the new day")
    XW = "2026-12-24T15:00"  # Thursday before Christmas, Halifax
    add("d-06", XW, HFX, "+19025550100",
        persona(["what's the first available"], ["Kara Bell"], ["902 555 0106"],
                ["the last one"], ["yes"]),
        booked("Kara Bell", "+19025550106", "2026-12-24T16:30"), closed=["2026-12-25"],
        note="the first available on the eve of a closed day: 3:30, 4, 4:30 today")
    TW = "2026-12-24T16:40"
    add("d-07", TW, TO, CID,
        persona(["can i come in tomorrow?"], ["Liam Roy"], ["416 555 0107"], ["yes"], ["yes"]),
        {**booked("Liam Roy", "+14165550107", "2026-12-29T09:00"), "say_contains": ["closed"]},
        closed=["2026-12-25", "2026-12-28"],
        note="tomorrow closed, Monday closed too: Tuesday the 29th")
    FW = "2026-12-04T16:50"
    add("d-08", FW, WPG, "+12045550100",
        persona(["as soon as possible please"], ["Maya Kerr"], ["204 555 0108"], ["yes"],
                ["yes"]),
        booked("Maya Kerr", "+12045550108", "2026-12-07T09:00"),
        note="a Friday ten to close: Monday 9 is the soonest")
    EW = "2026-12-07T08:30"  # a Monday before opening, Regina
    add("d-09", EW, RG, "+13065550100",
        persona(["today at 9 if you can"], ["Ned Fox"], ["306 555 0109"], [], ["yes"]),
        booked("Ned Fox", "+13065550109", "2026-12-07T09:00"),
        note="before opening: today at 9 is still ahead")
    add("d-10", "2026-12-05T10:00", SJ, "+17095550100",
        persona(["anything this weekend?"], ["Ola Hunt"], ["709 555 0110"], ["monday at 10"],
                ["yes"]),
        {**booked("Ola Hunt", "+17095550110", "2026-12-07T10:00"), "say_contains": ["closed"]},
        note="a Saturday call for 'this weekend': closed, then Monday at 10")

    # ------------------------------------------------------- the example businesses
    CW = "2026-12-01T09:10"  # a Tuesday in Halifax
    cnow = local_now(CW, HFX)
    cwed, cthu = weekday_after(cnow, "wednesday"), weekday_after(cnow, "thursday")
    cfri = weekday_after(cnow, "friday")
    cntue = weekday_next_week(cnow, "tuesday")
    JCID = "+19025550160"
    joan = {"name": "Joan Fitz", "phone": JCID}
    follow = {"start": at(cwed, "14:00"), "minutes": 30, "resource": "Dr. Amara Singh",
              "service": "Follow-up", **joan}
    massage = {"start": at(cthu, "10:00"), "minutes": 45, "resource": "Luc Gagnon",
               "service": "Massage therapy", **joan}

    def clinic(cid, p, exp, existing=(), note="", caller=JCID):
        add(cid, CW, HFX, caller, p, exp, existing, note=note, business="clinic")

    clinic("e-01", persona(["i'd like to book the same as last time, friday at 10"],
                           ["Joan Fitz"], ["902 555 0160"], [], ["yes"],
                           service=["a follow-up"]),
           booked("Joan Fitz", JCID, at(cfri, "10:00"), service="Follow-up",
                  resource="Dr. Amara Singh"), [follow],
           note="'same as last time' from a caller with a follow-up on file: a follow-up "
                "(asked or taken from the file), Dr. Singh works Fridays")
    clinic("e-02", persona(["can i book my usual with luc, next tuesday at 10"], ["Joan Fitz"],
                           ["902 555 0160"], [], ["yes"], service=["massage"]),
           booked("Joan Fitz", JCID, at(cntue, "10:00"), service="Massage therapy",
                  resource="Luc Gagnon"), [massage],
           note="'my usual with luc': a massage (asked or from the file) with Luc")
    clinic("e-03", persona(["a massage with dr singh on thursday at 2"], ["Pat Lowe"],
                           ["902 555 0161"], [], ["yes"], service=[]),
           booked("Pat Lowe", "+19025550161", at(cthu, "14:00"), service="Massage therapy",
                  resource="Luc Gagnon"), caller="+19025550199",
           note="Dr. Singh does no massage: the one who does is free at 2")
    clinic("e-04", persona(["a follow-up with luc on wednesday"], ["Quin Ames"],
                           ["902 555 0162"], ["thursday at 11 then"], ["yes"], service=[]),
           booked("Quin Ames", "+19025550162", at(cthu, "11:00"), service="Follow-up",
                  resource="Luc Gagnon"), caller="+19025550199",
           note="Luc off on Wednesdays; the caller moves to Thursday, with Luc")
    salon_now = "2027-01-11T09:00"  # a Monday (closed) in Vancouver

    def salon(cid, p, exp, existing=(), note=""):
        add(cid, salon_now, VAN, "+16045550100", p, exp, existing, note=note,
            business="businesses/salon.toml")

    salon("e-05", persona(["hi, can i book my usual with jen on wednesday at 11"], ["Ruth Kim"],
                          ["604 555 0171"], [], ["yes"], service=["just a haircut"]),
          booked("Ruth Kim", "+16045550171", "2027-01-13T11:00", service="Haircut",
                 resource="Jen Okafor", minutes=45),
          note="'my usual' unknown to a new caller: the service is asked")
    salon("e-06", persona(["a colour with jen on tuesday"], ["Sue Park"], ["604 555 0172"],
                          ["wednesday at 10 then"], ["yes"], service=[]),
          booked("Sue Park", "+16045550172", "2027-01-13T10:00", service="Colour",
                 resource="Jen Okafor", minutes=90),
          note="Jen is off on Tuesdays and the only colourist: another day")
    salon("e-07", persona(["can priya do a colour thursday at 2?"], ["Tia Ng"], ["604 555 0173"],
                          [], ["yes"], service=[]),
          booked("Tia Ng", "+16045550173", "2027-01-14T14:00", service="Colour",
                 resource="Jen Okafor", minutes=90),
          note="Priya is off Thursdays and does no colour: Jen at 2")

    # ------------------------------------------------------------------------ reminders
    nina = {"name": "Nina Gray", "phone": "+14165550188", "start": at(thu, "11:00"),
            "minutes": 30}
    n_out = {k: nina[k] for k in ("name", "phone")}
    keep = {**n_out, "start": at(thu, "11:00")}

    rem = noted_reminders(out, "p11", "probe11_reminder", W, tz, nina)

    rem("m-01", persona(confirm=["what time was it again?", "ok yes i'll be there"]),
        result("confirmed", keep), note="a question back, then a yes")
    rem("m-02", persona(confirm=["can my husband come instead?", "yes"]),
        result("confirmed", keep), note="someone else coming: no change")
    rem("m-03", persona(time=["the first one"],
                        confirm=["can we move it to friday after 2", "yes"]),
        result("rescheduled", {**n_out, "start": at(fri, "14:00")}),
        note="a new day with a window")
    rem("m-04", persona(confirm=["yes"]),
        {"outcome": "voicemail", "say_not_contains": ["Nina", "Gray"]}, answered_by="machine",
        note="a machine: one message, no name in it")
    rem("m-05", persona(time=["the first one"],
                        confirm=["yes but can it be a bit earlier, like between 9 and 10", "yes"]),
        result("rescheduled", {**n_out, "start": at(thu, "09:00")}),
        note="earlier the same day in a window")
    rem("m-06", persona(confirm=["no, i can't, i'm sick. cancel it please", "yes"]),
        result("cancelled", keep), note="a reason and a cancel")
    rem("m-07", persona(time=["10 is good"],
                        confirm=["yeah for sure, um, actually no wait, can we do monday "
                                 "instead", "yes"]),
        result("rescheduled", {**n_out, "start": at(mon, "10:00")}),
        note="a yes taken back in the same turn for a move")
    rem("m-08", persona(confirm=["is this about thursday? yes that's fine"]),
        result("confirmed", keep), note="a question and a yes in one turn")

    # --------------------------------------------------- several appointments on one day
    ben = {"name": "Ben Cole", "phone": CID}
    three = [{"start": at(thu, t), "minutes": 30, **ben} for t in ("10:00", "14:00", "16:00")]
    two = three[:2]
    add("g-01", W, tz, CID,
        persona(["i need to cancel the 2 o'clock one on thursday"], [], [], [], ["yes"]),
        result("cancelled", {**ben, "start": at(thu, "14:00")}), three,
        note="three on Thursday: the 2 o'clock is named")
    add("g-02", W, tz, CID,
        persona(["cancel my thursday appointment"], [], [], ["the 2 o'clock one"],
                ["no, the 2 o'clock one", "yes"], other=["the 2 o'clock one"]),
        result("cancelled", {**ben, "start": at(thu, "14:00")}), two,
        note="two on Thursday: the caller says which")
    add("g-03", W, tz, CID,
        persona(["can i move the 10 o'clock one on thursday to friday at 3"], [], [], [],
                ["yes"]),
        result("rescheduled", {**ben, "start": at(fri, "15:00")}), two,
        note="a move of one of two on the same day")
    add("g-04", W, tz, CID,
        persona(["move my 4 o'clock thursday to 4:30"], [], [], [], ["yes"]),
        result("rescheduled", {**ben, "start": at(thu, "16:30")}), three,
        note="the 4 o'clock moved half an hour on the same day")
    add("g-05", W, tz, CID,
        persona(["i need to cancel the afternoon one on thursday"], [], [], [], ["yes"]),
        result("cancelled", {**ben, "start": at(thu, "14:00")}), two,
        note="'the afternoon one' of a morning and an afternoon")
    add("g-06", W, tz, CID,
        persona(["what time are my appointments on thursday?"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True, "say_contains": ["10 a.m.", "2 p.m."]},
        two, note="a check of two on one day tells both")
    add("g-07", W, tz, CID,
        persona(["cancel the morning one thursday please"], [], [], [], ["yes"]),
        result("cancelled", {**ben, "start": at(thu, "10:00")}), three,
        note="'the morning one' of three")
    # ---------------------------------------------- written after the fixes (ids `-v`)
    # Variants of the families the blind run found weak, written once the engine was
    # fixed; the same oracle gives every expected start.
    add("b-01v", W, tz, CID,
        persona(["friday at 2"], ["Vic Hale"], ["my number's six four seven",
                                                "five five five oh one four four"], [], ["yes"]),
        booked("Vic Hale", "+16475550144", at(fri, "14:00")),
        note="an area code in words, then the rest")
    add("b-02v", W, tz, CID,
        persona(["monday at 9"], ["Wes Kerr"], ["416", "555", "0188"], [], ["yes"]),
        booked("Wes Kerr", "+14165550188", at(mon, "09:00")),
        note="a number in three pieces")
    zed = {"name": "Zed Moor", "phone": "+19055550177"}
    add("b-03v", W, tz, CID,
        persona(["i need to cancel my appointment"], [], ["it's 905", "555 0177"], [],
                ["yes"]),
        result("cancelled", {**zed, "start": at(fri, "11:00")}),
        [{"start": at(fri, "11:00"), "minutes": 30, **zed}],
        note="nothing under the caller id: the number asked comes in two pieces")
    add("c-02v", W, tz, CID,
        persona(["can i come in friday at for thirty"], ["Wyn Lamb"], ["416 555 0138"], [],
                ["yes"]),
        booked("Wyn Lamb", "+14165550138", at(fri, "16:30")),
        note="'at for thirty' is 4:30")
    add("c-09v", W, tz, CID,
        persona(["monday at to o'clock please"], ["Xia Moon"], ["416 555 0139"], [], ["yes"]),
        booked("Xia Moon", "+14165550139", at(mon, "14:00")),
        note="'to o'clock' is two o'clock")
    add("c-09v2", W, tz, CID,
        persona(["i need something for thirty minutes on friday at 10"], ["Yul Nash"],
                ["416 555 0140"], [], ["yes"]),
        booked("Yul Nash", "+14165550140", at(fri, "10:00")),
        note="control: 'for thirty minutes' is a length, not 4:30")
    add("a-07v", W, tz, CID,
        persona(["wednesday at 10"], ["Zoe Pratt"], ["416 555 0171"], [],
                ["no, it ends in 0177", "yes"]),
        booked("Zoe Pratt", "+14165550177", at(wed, "10:00")),
        note="'it ends in 0177' at the read-back: the last four replaced")
    add("g-05v", W, tz, CID,
        persona(["can i move my morning appointment on thursday to friday at 9"], [], [], [],
                ["yes"]),
        {**result("rescheduled", {**ben, "start": at(fri, "09:00")}),
         "say_contains": ["from Thursday, December 10th at 10 a.m."]}, two,
        note="'my morning appointment' of two on Thursday is the one moved")
    add("g-05v2", W, tz, CID,
        persona(["when is my afternoon appointment on thursday?"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True, "say_contains": ["2 p.m."],
         "say_not_contains": ["10 a.m."]}, two,
        note="a check of 'the afternoon one' tells that one alone")
    add("g-06v", W, tz, CID,
        persona(["what time are my appointments?"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True,
         "say_contains": ["10 a.m.", "2 p.m."]},
        [two[0], {"start": at(fri, "14:00"), "minutes": 30, **ben}],
        note="a check with no day named tells every appointment")
    rem("m-02v", persona(confirm=["my wife will come in my place, is that ok?", "yes"]),
        result("confirmed", keep), note="someone else in the caller's place: no change")
    rem("m-02v2", persona(confirm=["can somebody else come instead of me", "great, thanks"]),
        result("confirmed", keep), note="'instead of me' without a person named")
    return out


business_for = business_by_name({"clinic": CLINIC, "businesses/salon.toml": SALON})


def main():
    n = write_jsonl(os.path.join(HERE, "probe11_calls.jsonl"), en_calls(), business_for)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
