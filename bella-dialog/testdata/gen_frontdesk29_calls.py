#!/usr/bin/env python3
"""Generator of front-desk round 29: frontdesk29_calls.jsonl.

Hand-made English booking calls, written and committed before Bella ran on them (task
pf29), from the SPEC (§3, §3.1) and the business TOMLs alone, on what messy callers do
at a front desk, phrased as a speech-to-text engine returns them (lower case, fillers,
numbers as words):
- a repeat asked in new words ("what was that?", "you're breaking up", "I'm on the
  SkyTrain"), stalls ("one sec, let me check my calendar", "hang on, it's a new
  phone"), three in a row then an answer;
- an earlier answer corrected at a later question (the hour at the name question, the
  day at the number question, the name or the number at the time question);
- several answers in one turn, or given to the wrong question;
- windows: "sometime after lunch thursday", "between 2 and 4 next week", "any morning
  but monday", "not before 3", "anytime except the morning", a window kept while the
  day changes, a window with nothing free;
- closed days: Thanksgiving Monday (2027-10-11, the default business's `closed`),
  Remembrance Day (2027-11-11, the Nanaimo office's closed date), "this weekend";
- spoken digits ("five oh six, double five five", "triple five", "seventy five oh
  six"), "this number is fine", "the one I'm calling from", "just use this one";
- a person asked for ("a real person", "is there a human there?", "the receptionist",
  "operator"), repeated trouble on one slot (put through), hang-ups ("never mind, bye").

Zones: Vancouver, Edmonton, Winnipeg, Regina, Moncton, St. John's (NST, UTC-3:30) on
the default business (SPEC §3), and the new `businesses/dental_nanaimo.toml` (Pacific
time; a 30-minute exam and a 60-minute cleaning; Dr. Reid at lunch from 12 to 1 and
gone at noon on Fridays, Dr. Kaur on Monday, Wednesday and Friday only; closed on
Remembrance Day) for a third of the calls. Dates in autumn 2027 and winter 2028.

Where a caller corrects a slot, the persona's list for that slot also holds the
corrected value next, so that asking the slot again is as right as taking the
correction at once. Where an expectation goes beyond the SPEC's letter, the case's note
says so. Every booked start is checked against the slot oracle of `callslib.py` by
`write_jsonl`.

Blind score (main's binary at dbd1ea6, before any fix): 72/72 with `score.py`, the same
with the runner's checks (no wording checks here; `max_turns` and `no_appointment`
held). The variants (ids `v-`, 30, written after the blind run in the same families,
harder) found five gaps: a day said alone at the name, number or service question
("oh, and make it wednesday instead") offered that day's first times instead of keeping
the hour already chosen (v-01, v-02, v-21; the caller's "same time" then failed three
times); "you went quiet there", "you're cutting out" were not heard as repeat requests
(v-19, v-23); a number taken back for "the one I'm calling from" kept the number
(v-24); the person booked for, named after "it's for her," or "my husband," at the
name question, was not heard (v-26 to v-28: put through after three tries); "the
first morning you have" was read as the 1st of next month (v-29, v-30). Variants 19/30
on main's binary, 30/30 after the fixes; the whole file 102/102
(`bella simulate --jsonl` per business, then `python3 /work/shared/eval/score.py
simulate frontdesk29_calls.jsonl OUT`).

Run from anywhere: `python3 bella-dialog/testdata/gen_frontdesk29_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, business_by_name, business_call_group,  # noqa: E402
                      busy, call_group, persona, result, staffed, taken, weekday_after,
                      weekday_next_week, write_jsonl)

KIND = "frontdesk29"
PREFIX = "fd29"
DENTAL = "businesses/dental_nanaimo.toml"
REID, KAUR = "Dr. Marcus Reid", "Dr. Simran Kaur"
EXAM, CLEAN = "Dental exam", "Cleaning"
YES = ["yes"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def biz_group(out, wall, caller):
    """`callslib.business_call_group` of this round, on the Nanaimo dental office."""
    return business_call_group(out, PREFIX, KIND, wall, "America/Vancouver", caller, HERE,
                               DENTAL)


def ends(outcome, turns=30):
    """An outcome without an appointment, within `turns` agent turns."""
    exp = result(outcome)
    exp["no_appointment"] = True
    exp["max_turns"] = turns
    return exp


def both_busy(day, first, last, service=EXAM):
    """Both Nanaimo dentists busy every half hour from `first` to `last` (starts)."""
    out = []
    for e in busy(day, first, last):
        for r in (REID, KAUR):
            out.append(staffed(e["start"], 30, r, service))
    return out


def repeats(out):
    """Vancouver, Tuesday 2027-10-19 at 09:10 (PDT): repeats asked in new words and
    stalls."""
    now, a = group(out, "2027-10-19T09:10", "America/Vancouver", "+16045557100")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-10-20", "2027-10-21", "2027-10-22", "2027-10-25")

    a("r-01", persona(["hi there, i'd like to make an appointment"], ["Nadia Rahimi"],
                      ["604 555 7101"], ["what was that?", "thursday at 10"], YES),
      booked("Nadia Rahimi", "+16045557101", at(thu, "10:00")),
      note="'what was that?' repeats the time question (SPEC §3), no failure")
    a("r-02", persona(["friday at 11 please"], ["you're breaking up, say again?",
                                                "it's priya nair"],
                      ["604 555 7102"], [], YES),
      booked("Priya Nair", "+16045557102", at(fri, "11:00")),
      note="'you're breaking up, say again?' asks for a repeat at the name question; "
           "never the name 'Breaking Up'")
    a("r-03", persona(["i need to come in sometime"], ["Colin Yip"], ["604 555 7103"],
                      ["one sec, let me check my calendar", "ok, friday at 2 works"], YES),
      booked("Colin Yip", "+16045557103", at(fri, "14:00")),
      note="'one sec, let me check my calendar' is a stall (SPEC §3), then the time")
    a("r-04", persona(["monday at 9:30"], ["Dev Mistry"],
                      ["hang on, i have to look it up, it's a new phone", "604 555 7104"],
                      [], YES),
      booked("Dev Mistry", "+16045557104", at(mon, "09:30")),
      note="a stall at the number question, then the number")
    a("r-05", persona(["wednesday at 3:30"], ["Ana Moreno"], ["604 555 7105"], [],
                      ["sorry, you cut out, what day was that?", "yes"]),
      booked("Ana Moreno", "+16045557105", at(wed, "15:30")),
      note="the read-back repeated on request, then yes")
    a("r-06", persona(["i'd like to book please"], ["Greg Holm"], ["604 555 7106"],
                      ["hold on a sec", "sorry, what?", "let me think", "monday at 11"], YES),
      booked("Greg Holm", "+16045557106", at(mon, "11:00")),
      note="three stalls/repeats in a row are not failed answers (SPEC §3); the fourth "
           "turn answers")
    a("r-07", persona(["what do you have wednesday afternoon"], ["Tess Olafson"],
                      ["604 555 7107"],
                      ["sorry, can you say those again?", "the first one"], YES),
      booked("Tess Olafson", "+16045557107", at(wed, "12:30")),
      existing=taken(wed, "12:00"),
      note="the offers repeated on request; 'the first one' is the earliest offered, "
           "12:30 (12:00 taken)")
    a("r-08", persona(["thursday at 4"],
                      ["sorry i'm on the skytrain, you're breaking up", "it's owen fraser"],
                      ["604 555 7108"], [], YES),
      booked("Owen Fraser", "+16045557108", at(thu, "16:00")),
      note="a repeat asked with an excuse; the name after it")


def thanksgiving(out):
    """Edmonton, Friday 2027-10-08 at 14:20 (MDT), before Thanksgiving Monday
    (2027-10-11, closed): closed days and windows."""
    closed = ["2027-10-11"]
    now, a = group(out, "2027-10-08T14:20", "America/Edmonton", "+17805557200")
    today = now[:10]
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (today, mon, tue) == ("2027-10-08", "2027-10-11", "2027-10-12")

    a("t-01", persona(["can i get in monday at 10"], ["Rick Olsen"], ["780 555 7201"],
                      ["oh right, tuesday at 10 then"], YES),
      booked("Rick Olsen", "+17805557201", at(tue, "10:00")),
      closed=closed,
      note="Monday is Thanksgiving, closed: said (SPEC §3); the caller takes Tuesday at 10")
    a("t-02", persona(["anything monday morning?"], ["Lena Fiorentino"], ["780 555 7202"],
                      ["yes"], YES),
      booked("Lena Fiorentino", "+17805557202", at(tue, "09:30")),
      closed=closed, existing=taken(tue, "09:00"),
      note="Monday closed: the next open day, Tuesday, offered; a yes takes its earliest, "
           "9:30 (9:00 taken; the same with or without the morning kept)")
    a("t-03", persona(["anything this weekend?"], ["Sam Tkachuk"], ["780 555 7203"],
                      ["sure, the first one"], YES),
      booked("Sam Tkachuk", "+17805557203", at(tue, "09:00")),
      closed=closed,
      note="the weekend is closed and so is Thanksgiving Monday: the next open day is "
           "Tuesday; 'the first one' is 9:00")
    a("t-04", persona(["what's the earliest you've got?"], ["Joy Baptiste"], ["780 555 7204"],
                      ["yes"], YES),
      booked("Joy Baptiste", "+17805557204", at(tue, "09:00")),
      closed=closed, existing=busy(today, "14:30", "16:30"),
      note="the earliest free from now: today is full, Monday closed, so Tuesday 9:00")
    a("t-05", persona(["sometime after lunch tuesday"], ["Mark Lavallee"], ["780 555 7205"],
                      ["yes"], YES),
      booked("Mark Lavallee", "+17805557205", at(tue, "14:00")),
      closed=closed, existing=busy(tue, "12:00", "13:30"),
      note="'after lunch' (beyond the letter: after 12:00 or 13:00, the same here): "
           "12:00-13:30 taken, a yes takes 14:00")
    a("t-06", persona(["tuesday between 2 and 4"], ["Ines Cardinal"], ["780 555 7206"],
                      ["ok, 4 o'clock then"], YES),
      booked("Ines Cardinal", "+17805557206", at(tue, "16:00")),
      closed=closed, existing=busy(tue, "09:00", "15:30"),
      note="nothing free in the window: said (SPEC §3); the caller takes 16:00, the "
           "nearest free time after it")
    a("t-07", persona(["tuesday at 3"], ["oh wait, make that 3:30 actually",
                                         "rhonda kowalchuk"],
                      ["780 555 7207"], ["tuesday at 3:30"], YES),
      booked("Rhonda Kowalchuk", "+17805557207", at(tue, "15:30")),
      closed=closed,
      note="the hour corrected while the name is asked: the day kept (SPEC §3 'no wait, "
           "make it 4'); then the name")
    a("t-08", persona(["monday at 9"], ["Hal Boyko"], ["780 555 7208"],
                      ["never mind, bye"], YES),
      ends("no_booking"),
      closed=closed,
      note="Monday closed; 'never mind, bye' at the offers ends the call, no booking")


def windows(out):
    """Winnipeg, Wednesday 2027-11-17 at 10:30 (CST): windows, one with nothing free, one
    kept while the day changes."""
    now, a = group(out, "2027-11-17T10:30", "America/Winnipeg", "+12045557300")
    today = now[:10]
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    nmon = weekday_next_week(now, "monday")
    assert (thu, fri, nmon) == ("2027-11-18", "2027-11-19", "2027-11-22")

    a("w-01", persona(["sometime after lunch thursday"], ["Ruth Enns"], ["204 555 7301"],
                      ["yes"], YES),
      booked("Ruth Enns", "+12045557301", at(thu, "14:00")),
      existing=busy(thu, "12:00", "13:30"),
      note="'after lunch' (beyond the letter: after 12:00 or 13:00, the same here): a "
           "yes takes 14:00")
    a("w-02", persona(["between 2 and 4 next week"], ["Abe Friesen"], ["204 555 7302"],
                      ["yes"], YES),
      booked("Abe Friesen", "+12045557302", at(nmon, "14:30")),
      existing=taken(nmon, "14:00"),
      note="a window over next week (beyond the letter: its earliest day first): Monday "
           "2-4, 14:00 taken, a yes takes 14:30")
    a("w-03", persona(["friday between 2 and 4"], ["Gwen Thiessen"], ["204 555 7303"],
                      ["what about earlier that day, like 1:30?"], YES),
      booked("Gwen Thiessen", "+12045557303", at(fri, "13:30")),
      existing=busy(fri, "14:00", "15:30"),
      note="nothing free in the window: said; the caller then asks 1:30 the same day, "
           "free (the nearest before the window)")
    a("w-04", persona(["not before 3 on thursday"], ["Lou Bergen"], ["204 555 7304"],
                      ["yes"], YES),
      booked("Lou Bergen", "+12045557304", at(thu, "15:00")),
      note="'not before 3': after 15:00 (SPEC §2); a yes takes 15:00")
    a("w-05", persona(["thursday, anytime except the morning"], ["Flo Dueck"],
                      ["204 555 7305"], ["yes"], YES),
      booked("Flo Dueck", "+12045557305", at(thu, "12:30")),
      existing=taken(thu, "12:00"),
      note="'anytime except the morning': after 12:00 (SPEC §2), 12:00 taken, so 12:30")
    a("w-06", persona(["i can only do before 10 on friday"], ["Ike Penner"],
                      ["204 555 7306"], ["yes"], YES),
      booked("Ike Penner", "+12045557306", at(fri, "09:30")),
      existing=taken(fri, "09:00"),
      note="before 10:00, 9:00 taken: 9:30 the one start left in it")
    a("w-07", persona(["i'd like an appointment"], ["Ada Klassen"], ["204 555 7307"],
                      ["sometime between 1 and 3", "actually make it friday", "yes"], YES),
      booked("Ada Klassen", "+12045557307", at(fri, "13:00")),
      note="a window with no day (today, still ahead), then the day changed: the window "
           "is kept for the whole call (SPEC §3), so Friday from 13:00")
    a("w-08", persona(["the earliest you have after 4"], ["Vic Wiebe"], ["204 555 7308"],
                      ["yes"], YES),
      booked("Vic Wiebe", "+12045557308", at(today, "16:30")),
      existing=taken(today, "16:00"),
      note="'the earliest after 4': today after 16:00, 16:00 taken, so 16:30")


def corrections(out):
    """Regina, Friday 2028-01-07 at 14:00 (CST all year): an earlier answer corrected at
    a later question, several answers in one turn, 'any morning but monday'."""
    now, a = group(out, "2028-01-07T14:00", "America/Regina", "+13065557400")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (mon, tue, wed, thu) == ("2028-01-10", "2028-01-11", "2028-01-12", "2028-01-13")

    a("c-01", persona(["any morning but monday"], ["Liz Fehr"], ["306 555 7401"],
                      ["yes"], YES),
      booked("Liz Fehr", "+13065557401", at(tue, "09:00")),
      note="mornings, Monday left out (beyond the letter): a yes takes Tuesday 9:00")
    a("c-02", persona(["hi, it's carla mendes, can i get in tuesday at 10, my number's "
                       "306 555 7402"], [], [], [], YES),
      booked("Carla Mendes", "+13065557402", at(tue, "10:00")),
      note="name, time and number in the opening: nothing asked again (SPEC §3)")
    a("c-03", persona(["wednesday at 11"], ["Lorne Pratt"],
                      ["306 555 7403, and actually can we do thursday instead, same time"],
                      ["thursday at 11"], YES),
      booked("Lorne Pratt", "+13065557403", at(thu, "11:00")),
      note="the day corrected at the number question, 'same time' keeps 11:00 (SPEC §3: "
           "any turn may correct any slot)")
    a("c-04", persona(["i'd like to book"], ["jon kerr", "john kerr"], ["306 555 7404"],
                      ["sorry, i gave you the wrong name, it's john kerr. and wednesday at 1"],
                      YES),
      booked("John Kerr", "+13065557404", at(wed, "13:00")),
      note="the name corrected at a later question, with the time in the same turn")
    a("c-05", persona(["i'd like to book"], ["Mona Stevenson"],
                      ["306 555 7450", "306 555 7405"],
                      ["oh wait, that number's wrong, it's 306 555 7405. and tuesday at 3 "
                       "works"], YES),
      booked("Mona Stevenson", "+13065557405", at(tue, "15:00")),
      note="the number corrected at a later question with the time: the later number "
           "(SPEC §3)")
    both = "thursday at 9:30, name's bev sinclair, 306 555 7406"
    a("c-06", persona(["book an appointment please"], [both, "bev sinclair"],
                      ["306 555 7406"], [both], YES),
      booked("Bev Sinclair", "+13065557406", at(thu, "09:30")),
      note="time, name and number in one answer, whichever was asked")
    a("c-07", persona(["my number is 306 555 7407 and i need monday at 4"], ["Ian Ratt"],
                      [], [], YES),
      booked("Ian Ratt", "+13065557407", at(mon, "16:00")),
      note="number and time in the opening: only the name asked")
    a("c-08", persona(["tuesday at 10"],
                      ["actually scratch tuesday, can we make it wednesday", "tara bird"],
                      ["306 555 7408"], ["wednesday at 10"], YES),
      booked("Tara Bird", "+13065557408", at(wed, "10:00")),
      note="the day corrected while the name is asked, the hour kept (beyond the letter, "
           "as 'make it 4' keeps the day)")


def digits(out):
    """Moncton, Thursday 2027-12-02 at 13:15 (AST): spoken digits and the number called
    from."""
    now, a = group(out, "2027-12-02T13:15", "America/Moncton", "+15065557500")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-12-03", "2027-12-06", "2027-12-07", "2027-12-08")

    a("d-01", persona(["friday at 10"], ["Yves Gallant"],
                      ["five oh six, five five five, seven five oh one"], [], YES),
      booked("Yves Gallant", "+15065557501", at(fri, "10:00")),
      note="digits as words with 'oh' (SPEC §2)")
    a("d-02", persona(["monday at 2"], ["Rose Leger"],
                      ["five oh six triple five seven five oh two"], [], YES),
      booked("Rose Leger", "+15065557502", at(mon, "14:00")),
      note="'triple five' is 555 (SPEC §2)")
    a("d-03", persona(["tuesday at 9"], ["Paul Cormier"],
                      ["five oh six, double five five, seven five, oh three"], [], YES),
      booked("Paul Cormier", "+15065557503", at(tue, "09:00")),
      note="'double five five' is 555 (SPEC §2)")
    a("d-04", persona(["wednesday at 11"], ["Jill Doiron"], ["this number is fine"], [],
                      YES),
      booked("Jill Doiron", "+15065557500", at(wed, "11:00")),
      note="'this number is fine' means the number called from (SPEC §3, as 'the one I'm "
           "calling from')")
    a("d-05", persona(["friday at 1:30"], ["Marc Richard"], ["the one i'm calling from"],
                      [], YES),
      booked("Marc Richard", "+15065557500", at(fri, "13:30")),
      note="'the one I'm calling from' is caller_id (SPEC §3)")
    a("d-06", persona(["monday at 3:30"], ["Luc Robichaud"],
                      ["five oh six five five five seventy five oh six"], [], YES),
      booked("Luc Robichaud", "+15065557506", at(mon, "15:30")),
      note="a pair said as people say it: 'seventy five oh six' is 7506 (SPEC §2)")
    a("d-07", persona(["tuesday at 2"], ["Nicole Babin"], ["yeah just use this one"], [],
                      YES),
      booked("Nicole Babin", "+15065557500", at(tue, "14:00")),
      note="'just use this one': the number called from (beyond the letter)")
    a("d-08", persona(["it's gord leblanc, i'd like wednesday at 9:30"], [],
                      ["my cell is five oh six, five five five, seven five oh eight"], [],
                      YES),
      booked("Gord Leblanc", "+15065557508", at(wed, "09:30")),
      note="name and time in the opening; the number in words after 'my cell is'")
    a("d-09", persona(["friday at 3"], ["Amy Arsenault"],
                      ["five oh six, five five five, seven five oh nine, that's my cell"],
                      [], YES),
      booked("Amy Arsenault", "+15065557509", at(fri, "15:00")),
      note="spoken digits with a remark after them")


def trouble(out):
    """St. John's, Tuesday 2028-02-15 at 10:00 (NST, UTC-3:30): a person asked for,
    repeated trouble on one slot, hang-ups."""
    now, a = group(out, "2028-02-15T10:00", "America/St_Johns", "+17095557600")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (wed, thu) == ("2028-02-16", "2028-02-17")

    a("p-01", persona(["can i talk to a real person please"]), ends("transferred", 3),
      note="a person asked for: put through at once (SPEC §3)")
    a("p-02", persona(["i want to book an appointment"],
                      ["ugh, i just want to talk to someone"]),
      ends("transferred"),
      note="a person asked for at the name question: put through at once")
    a("p-03", persona(["is there a human there?"]), ends("transferred", 3),
      note="'a human' is a person (beyond the letter's words, SPEC §3)")
    a("p-04", persona(["i'd like to book"], ["Kay Walsh"], ["709 555 7604"],
                      ["i'm not sure", "i don't know, depends on work", "no idea really"],
                      YES),
      ends("transferred"),
      note="three failed answers in a row for the time: put through (SPEC §3)")
    a("p-05", persona(["i need an appointment"], ["Dan Foley"], ["709 555 7605"],
                      ["dunno", "depends on the weather", "honestly no idea"], YES),
      ends("transferred"),
      note="the same in other words")
    a("p-06", persona(["wednesday at 2"], ["Sheila Power"], ["never mind, bye"], [], YES),
      ends("no_booking"),
      note="'never mind, bye' at the number question ends the call (SPEC §3)")
    a("p-07", persona(["thursday at 11"], ["Gerry Hickey"], ["709 555 7607"], [],
                      ["actually you know what, i'll call back later"]),
      ends("no_booking"),
      note="'I'll call back' at the read-back: no booking (SPEC §3)")
    a("p-08", persona(["what do you have wednesday morning"], ["Cathy Noonan"],
                      ["709 555 7608"], ["nah, forget it, thanks anyway"], YES),
      ends("no_booking"),
      note="'forget it' at the offers: no booking")
    a("p-09", persona(["operator please"]), ends("transferred", 3),
      note="'operator' is a person asked for (beyond the letter's words)")


def dental(out):
    """Harbourside Dental (`dental_nanaimo`), Tuesday 2027-11-09 at 08:40 (PST), the week
    of Remembrance Day (Thursday 2027-11-11, closed). Tuesdays only Dr. Reid works (lunch
    12-1); Dr. Kaur works Monday, Wednesday and Friday; Dr. Reid leaves at noon Fridays."""
    now, a, biz = biz_group(out, "2027-11-09T08:40", "+12505557800")
    today = now[:10]
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (today, wed, thu, fri, mon, tue) == ("2027-11-09", "2027-11-10", "2027-11-11",
                                                "2027-11-12", "2027-11-15", "2027-11-16")

    a("n-01", persona(["i need a cleaning thursday morning"], ["Wendy Chu"],
                      ["250 555 7801"], ["ok friday at 9 then"], YES),
      booked("Wendy Chu", "+12505557801", at(fri, "09:00"), service=CLEAN),
      note="Thursday is Remembrance Day, closed: said; the caller takes Friday at 9")
    a("n-02", persona(["can i come in over my lunch tuesday, between 12 and 1? just a "
                       "checkup"], ["Rob Sidhu"], ["250 555 7802"], ["ok, 1 o'clock then"],
                      YES),
      booked("Rob Sidhu", "+12505557802", at(tue, "13:00"), service=EXAM, resource=REID),
      note="only Dr. Reid works Tuesdays and he is at lunch 12-1: nothing free in the "
           "window, said (SPEC §3); the caller takes 13:00")
    a("n-03", persona(["a checkup with dr kaur tomorrow at 10"], ["Lisa Thorne"],
                      ["250 555 7803"], [], YES),
      booked("Lisa Thorne", "+12505557803", at(wed, "10:00"), service=EXAM, resource=KAUR),
      note="a dentist asked by name (SPEC §3.1); she works Wednesdays")
    a("n-04", persona(["can i get a cleaning today at noon"], ["Ben Achterberg"],
                      ["250 555 7804"], ["ok how about 1:30"], YES),
      booked("Ben Achterberg", "+12505557804", at(today, "13:30"), service=CLEAN,
             resource=REID),
      note="noon is Dr. Reid's lunch (the only dentist on Tuesdays): refused; 1:30 today "
           "is free")
    a("n-05", persona(["is there room friday at noon for a cleaning"], ["Joanne Pike"],
                      ["250 555 7805"], [], YES),
      booked("Joanne Pike", "+12505557805", at(fri, "12:00"), service=CLEAN, resource=KAUR),
      note="Friday noon: Dr. Reid is gone, Dr. Kaur is in until 1, so a one-hour cleaning "
           "fits with her")
    a("n-06", persona(["friday at 12:30 for a cleaning"], ["Ray Dhillon"], ["250 555 7806"],
                      ["what about 11:30 then"], YES),
      booked("Ray Dhillon", "+12505557806", at(fri, "11:30"), service=CLEAN, resource=KAUR),
      note="a one-hour cleaning at 12:30 would end after closing: refused; 11:30 fits "
           "only with Dr. Kaur (Dr. Reid leaves at noon)")
    a("n-07", persona(["hi i'd like to book wednesday at 9"], ["Mei Lam"], ["250 555 7807"],
                      [], YES, service=["sorry, what was that?", "a cleaning"]),
      booked("Mei Lam", "+12505557807", at(wed, "09:00"), service=CLEAN),
      note="a repeat asked at the service question (SPEC §3.1), then the service")
    a("n-08", persona(["an exam monday at 8"],
                      ["you're breaking up, can you say that again", "it's harjit sandhu"],
                      ["250 555 7808"], [], YES),
      booked("Harjit Sandhu", "+12505557808", at(mon, "08:00"), service=EXAM),
      note="a repeat asked at the name question; 8:00 is within the office's hours")
    a("n-09", persona(["checkup wednesday at 2:30"], ["Erin Beattie"],
                      ["two five oh, five five five, seven eight oh nine"], [], YES),
      booked("Erin Beattie", "+12505557809", at(wed, "14:30"), service=EXAM),
      note="spoken digits with 'oh' (SPEC §2)")
    a("n-10", persona(["i'd like a cleaning monday at 10"], ["Dale Hamm"],
                      ["this number is fine"], [], YES),
      booked("Dale Hamm", "+12505557800", at(mon, "10:00"), service=CLEAN),
      note="'this number is fine': the number called from")
    a("n-11", persona(["i'd like to speak to the receptionist please"]),
      ends("transferred", 3),
      note="a person asked for: put through at once (a transfer number)")
    a("n-12", persona(["sometime after lunch wednesday for a cleaning"], ["Ivy Grant"],
                      ["250 555 7812"], ["yes"], YES),
      booked("Ivy Grant", "+12505557812", at(wed, "14:00"), service=CLEAN),
      existing=both_busy(wed, "12:00", "13:30"),
      note="'after lunch' (beyond the letter: after 12:00 or 13:00, the same here), both "
           "dentists busy to 14:00: a yes takes 14:00")
    a("n-13", persona(["an exam wednesday at 2"], ["Ken Ostrander"],
                      ["250 555 7813, oh and can we make that 2:30 instead"],
                      ["wednesday at 2:30"], YES),
      booked("Ken Ostrander", "+12505557813", at(wed, "14:30"), service=EXAM),
      note="the time corrected at the number question, the day kept (SPEC §3)")
    a("n-14", persona(["hi it's dave nguyen, i need a cleaning wednesday at 9, my number's "
                       "250 555 7814"], [], [], [], YES),
      booked("Dave Nguyen", "+12505557814", at(wed, "09:00"), service=CLEAN),
      note="name, service, time and number in one turn: nothing asked again")
    a("n-15", persona(["hi, i wanted to book something"], ["Zoe Fong"], ["250 555 7815"],
                      [], YES, service=["never mind, bye"]),
      ends("no_booking"),
      note="'never mind, bye' at the service question ends the call")
    a("n-16", persona(["i'd like to book an appointment"], ["Jim Byers"], ["250 555 7816"],
                      ["monday at 10"], YES,
                      service=["uh, the usual", "whatever i had last time",
                               "i don't remember"]),
      ends("transferred"),
      note="three failed answers in a row at the service question: put through (SPEC §3)")
    a("n-17", persona(["i need a checkup"], ["Opal Vance"], ["250 555 7817"],
                      ["one sec, let me check my calendar", "monday at 3"], YES),
      booked("Opal Vance", "+12505557817", at(mon, "15:00"), service=EXAM),
      note="a stall at the time question, then the time")
    a("n-18", persona(["tomorrow at 10 for a checkup"], ["Gail Brandt"], ["250 555 7818"],
                      [], YES),
      booked("Gail Brandt", "+12505557818", at(wed, "10:00"), service=EXAM),
      note="Wednesday 10:00, both dentists free: booked (the week of the holiday, the day "
           "before it)")

    # The Friday before, after the office closed (13:00), still daylight time.
    now, a, biz = biz_group(out, "2027-11-05T15:00", "+12505557900")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (mon, tue) == ("2027-11-08", "2027-11-09")
    a("n-19", persona(["any morning but monday works, for an exam"], ["Hana Ito"],
                      ["250 555 7919"], ["yes"], YES),
      booked("Hana Ito", "+12505557919", at(tue, "08:00"), service=EXAM, resource=REID),
      note="mornings, Monday left out (beyond the letter): a yes takes Tuesday 8:00")
    a("n-20", persona(["a cleaning, between 2 and 4 next week"], ["Roy Kemp"],
                      ["250 555 7920"], ["yes"], YES),
      booked("Roy Kemp", "+12505557920", at(tue, "14:00"), service=CLEAN, resource=REID),
      existing=both_busy(mon, "14:00", "15:30", CLEAN),
      note="a window over next week (beyond the letter: the first day with a start in "
           "it): Monday 2-4 is full for both dentists, so Tuesday 14:00")

    # The day before Remembrance Day, after the last cleaning start.
    now, a, biz = biz_group(out, "2027-11-10T15:50", "+12505558000")
    fri = weekday_after(now, "friday")
    assert fri == "2027-11-12"
    a("n-21", persona(["what's the earliest you have for a cleaning"], ["Tom Ruddock"],
                      ["250 555 8021"], ["yes"], YES),
      booked("Tom Ruddock", "+12505558021", at(fri, "08:00"), service=CLEAN),
      note="too late today for an hour; tomorrow is Remembrance Day (closed): the "
           "earliest is Friday 8:00")
    a("n-22", persona(["tomorrow at 10 for a checkup"], ["Sara Quon"], ["250 555 8022"],
                      ["oh right. friday at 10 then"], YES),
      booked("Sara Quon", "+12505558022", at(fri, "10:00"), service=EXAM),
      note="tomorrow is Remembrance Day, closed: said; the caller takes Friday at 10")


def variant_calls(out):
    """Written after the blind run (ids `v-`), new wordings of the same patterns: repeats
    and stalls, a day changed with the hour kept, windows, spoken digits, the number
    called from, a person asked for, hang-ups. Edmonton, Thursday 2028-01-20 at 10:10
    (MST), then the Nanaimo office."""
    now, a = group(out, "2028-01-20T10:10", "America/Edmonton", "+17805558100")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2028-01-21", "2028-01-24", "2028-01-25", "2028-01-26")

    a("v-01", persona(["tuesday at 10"], ["Stan Hrycun"],
                      ["780 555 8101, oh and make it wednesday instead"],
                      ["same time as before"], YES),
      booked("Stan Hrycun", "+17805558101", at(wed, "10:00")),
      note="the day changed at the number question, no hour said: the hour already "
           "given is kept (beyond the letter, as 'make it 4' keeps the day)")
    a("v-02", persona(["monday at 2"],
                      ["actually can we switch that to tuesday", "Ola Kaminski"],
                      ["780 555 8102"], ["same time"], YES),
      booked("Ola Kaminski", "+17805558102", at(tue, "14:00")),
      note="the day changed at the name question with the hour kept")
    a("v-03", persona(["i'd like to book"], ["Nick Zayac"], ["780 555 8103"],
                      ["what'd you say?", "bear with me, grabbing a pen",
                       "friday at 11"], YES),
      booked("Nick Zayac", "+17805558103", at(fri, "11:00")),
      note="a repeat and a stall in other words, then the time")
    a("v-04", persona(["wednesday at 9"], ["sorry, it's really loud here, what was that?",
                                           "it's tanya boychuk"],
                      ["780 555 8104"], [], YES),
      booked("Tanya Boychuk", "+17805558104", at(wed, "09:00")),
      note="a repeat asked with an excuse at the name question")
    a("v-05", persona(["monday at 10"], ["Vern Sawchuk"],
                      ["seven eight oh, five fifty five, eight one oh five"], [], YES),
      booked("Vern Sawchuk", "+17805558105", at(mon, "10:00")),
      note="'five fifty five' is 555 (a pair as people say it, SPEC §2)")
    a("v-06", persona(["friday at 2"], ["Iris Melnyk"],
                      ["you can reach me at this number"], [], YES),
      booked("Iris Melnyk", "+17805558100", at(fri, "14:00")),
      note="'reach me at this number': the number called from")
    a("v-07", persona(["tuesday sometime between 10 and noon"], ["Walt Hnatiuk"],
                      ["780 555 8107"], ["yes"], YES),
      booked("Walt Hnatiuk", "+17805558107", at(tue, "10:30")),
      existing=taken(tue, "10:00"),
      note="a window to noon, 10:00 taken: a yes takes 10:30")
    a("v-08", persona(["any afternoon except friday"], ["Olga Kuzyk"], ["780 555 8108"],
                      ["yes"], YES),
      booked("Olga Kuzyk", "+17805558108", at(mon, "12:00")),
      existing=busy(now[:10], "12:00", "16:30"),
      note="afternoons, Friday left out (beyond the letter): today's afternoon is full, "
           "so Monday 12:00")
    a("v-09", persona(["could you put me through to someone"]), ends("transferred", 3),
      note="'put me through to someone' asks for a person: put through at once")
    a("v-10", persona(["tuesday at 3"], ["Bill Fedoruk"],
                      ["oh shoot, i gotta go, bye"], [], YES),
      ends("no_booking"),
      note="'I gotta go, bye' at the number question ends the call, no booking")
    a("v-11", persona(["first thing monday"], ["Ann Kostiuk"], ["780 555 8111"], ["yes"],
                      YES),
      booked("Ann Kostiuk", "+17805558111", at(mon, "09:00")),
      note="'first thing monday': Monday's earliest, 9:00")
    a("v-12", persona(["i want to book"], ["Rudy Lesiuk"], ["780 555 8112"],
                      ["i honestly can't say", "no clue, sorry", "i'd have to check with "
                       "my wife"], YES),
      ends("transferred"),
      note="three failed answers for the time: put through (SPEC §3)")
    a("v-13", persona(["monday at 1"], ["just a moment, let me grab a pen", "Cam Derksen"],
                      ["seven eight oh. five five five. eight one. one three."], [], YES),
      booked("Cam Derksen", "+17805558113", at(mon, "13:00")),
      note="a stall at the name question; the number said in pieces with periods")
    a("v-14", persona(["wednesday at 11:30"], ["Bea Dmytruk"],
                      ["it's the number that came up on your screen"], [], YES),
      booked("Bea Dmytruk", "+17805558100", at(wed, "11:30")),
      note="'the number that came up on your screen': the number called from (beyond "
           "the letter)")
    a("v-15", persona(["i'd rather speak with a person"]), ends("transferred", 3),
      note="a person asked for in other words: put through at once")
    a("v-16", persona(["monday, anytime after 2 but before 4"], ["Rae Pidruchney"],
                      ["780 555 8116"], ["yes"], YES),
      booked("Rae Pidruchney", "+17805558116", at(mon, "14:30")),
      existing=taken(mon, "14:00"),
      note="'after 2 but before 4': 14:00-16:00, 14:00 taken, a yes takes 14:30")
    a("v-17", persona(["friday at 9"], ["Jo Anderchuk"], ["780 555 8117"], [],
                      ["no thanks, i'll think about it and call you back"]),
      ends("no_booking"),
      note="'I'll think about it and call you back' at the read-back: no booking")
    a("v-18", persona(["i'd like to come in"], ["Al Kowalski"], ["780 555 8118"],
                      ["can you speak up? i can barely hear you", "tuesday at 1:30"], YES),
      booked("Al Kowalski", "+17805558118", at(tue, "13:30")),
      note="'can you speak up?' asks for a repeat, no failure")
    a("v-19", persona(["wednesday at 3"], ["Kim Yuen"],
                      ["you went quiet there, what did you need?", "780 555 8119"], [], YES),
      booked("Kim Yuen", "+17805558119", at(wed, "15:00")),
      note="'you went quiet there' asks for a repeat at the number question")
    a("v-20", persona(["monday at 10"], ["Lee Worobec"], ["780 555 8120"],
                      ["tuesday at 10"], ["oh wait, can we do tuesday instead", "yes"]),
      booked("Lee Worobec", "+17805558120", at(tue, "10:00")),
      note="the day changed at the read-back, the hour kept (SPEC §3: 'no' returns to "
           "the slot corrected)")
    a("v-24", persona(["friday at 3:30"], ["Gord Huculak"],
                      ["my number is seven eight oh, five five five, nine nine nine nine, "
                       "wait no that's my work, use the one i'm calling from"], [], YES),
      booked("Gord Huculak", "+17805558100", at(fri, "15:30")),
      note="a number said, then taken back for the one called from: the later one "
           "(SPEC §2: a correction gives the later number)")
    a("v-25", persona(["monday at 11"], ["Mae Ostapchuk"],
                      ["780 555 8125, that's this number"], [], YES),
      booked("Mae Ostapchuk", "+17805558125", at(mon, "11:00")),
      note="a number with 'this number' after it, no correction: the number said")
    a("v-26", persona(["wednesday at 2"], ["uh, my wife's name, it's for her, jenny bilyk"],
                      ["780 555 8126"], [], YES),
      booked("Jenny Bilyk", "+17805558126", at(wed, "14:00")),
      note="the booking is for someone else, named after 'it's for her' and a pause "
           "(SPEC §2: with expect name, a name after 'for' is the one to book)")
    a("v-27", persona(["monday at 9:30"], ["my husband, rick semeniuk"], ["780 555 8127"],
                      [], YES),
      booked("Rick Semeniuk", "+17805558127", at(mon, "09:30")),
      note="'my husband, NAME' at the name question: the name to book under")
    a("v-28", persona(["tuesday at 4"], ["it's for him, dale zukiwsky"], ["780 555 8128"],
                      [], YES),
      booked("Dale Zukiwsky", "+17805558128", at(tue, "16:00")),
      note="'it's for him, NAME' at the name question")
    a("v-29", persona(["what's the first afternoon you have"], ["Nell Hawryluk"],
                      ["780 555 8129"], ["yes"], YES),
      booked("Nell Hawryluk", "+17805558129", at(fri, "12:00")),
      existing=busy(now[:10], "12:00", "16:30"),
      note="'the first afternoon you have' is the earliest afternoon, not the 1st of a "
           "month: today's is full, so Friday 12:00")

    # Edmonton, the Friday before Thanksgiving Monday (closed), as `thanksgiving`.
    now, a = group(out, "2027-10-08T14:20", "America/Edmonton", "+17805558300")
    a("v-30", persona(["the first morning you have after the holiday"], ["Bo Stasiuk"],
                      ["780 555 8330"], ["yes"], YES),
      booked("Bo Stasiuk", "+17805558330", at(weekday_after(now, "tuesday"), "09:00")),
      closed=["2027-10-11"],
      note="'the first morning you have' counts mornings, it names no 1st of November: "
           "Monday is closed, so Tuesday 9:00")

    # Harbourside Dental, Monday 2027-11-29 at 09:00 (PST).
    now, a, biz = biz_group(out, "2027-11-29T09:00", "+12505558200")
    wed, fri = weekday_after(now, "wednesday"), weekday_after(now, "friday")
    assert (wed, fri) == ("2027-12-01", "2027-12-03")
    a("v-21", persona(["wednesday at 9 please"], ["Pat Wong"], ["250 555 8221"], [], YES,
                      service=["a cleaning, and actually make it friday instead"]),
      booked("Pat Wong", "+12505558221", at(fri, "09:00"), service=CLEAN),
      note="the day changed at the service question, the hour kept")
    a("v-22", persona(["can i talk to somebody at the front desk"]), ends("transferred", 3),
      note="a person asked for: put through at once (a transfer number)")
    a("v-23", persona(["an exam wednesday at 1"], ["Sue Haddad"],
                      ["you're cutting out, what was the question?", "250 555 8223"], [],
                      YES),
      booked("Sue Haddad", "+12505558223", at(wed, "13:00"), service=EXAM),
      note="'you're cutting out' asks for a repeat at the number question")


def main():
    out = []
    repeats(out)
    thanksgiving(out)
    windows(out)
    corrections(out)
    digits(out)
    trouble(out)
    dental(out)
    variant_calls(out)
    biz = business_by_name({DENTAL: os.path.join(HERE, DENTAL)})
    n = write_jsonl(os.path.join(HERE, "frontdesk29_calls.jsonl"), out, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
