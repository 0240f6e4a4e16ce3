#!/usr/bin/env python3
"""Generator of messy round 23: messy23_calls.jsonl.

Hand-made English booking calls of the `calls_messy` kind (SPEC §3) on the default
business, written and committed before Bella ran on them (task pe23), on phrasings rounds
16 to 22 left out: fillers and false starts ("um so yeah I was, I was wondering"); answers
buried in chat ("it's for my daughter, she's eight, her name's Lily Tran"); a number over
two turns (the area code alone first), with an extension, a work or home number then the
cell, the area code put right; a name spelled letter by letter before it is said, or only
spelled; "sorry what?" at every step, and a repeat that never ends (a transfer); "hold on
one sec" then the answer, or both in one turn; read-back answers that end the call ("ok,
bye", "perfect, that's all", "sounds good thanks": a yes; "bye" alone: no yes, nothing
booked or moved); the price, the hours, parking asked mid-booking; silence or "this one"
at the number question (the number called from offered and taken); "today" in St.
John's (UTC-2:30 and -3:30), Regina (no DST), Vancouver and Halifax (a Saturday call);
windows with nothing free, closed days and weekends; transfers after repeated trouble;
slots corrected at another question or at the read-back.

Every expected start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked start against the oracle. Where an expectation goes
beyond the SPEC's letter, the case's note says so.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy23_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (at, booked, call_group, ex, expect, first_free,  # noqa: E402
                      persona, result, taken, weekday_after, whole_day, write_jsonl)

KIND = "messy23"
PREFIX = "m23"


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def fillers(out):
    """Vancouver, Tuesday 2027-10-19 at 10:20 (PDT)."""
    now, a = group(out, "2027-10-19T10:20", "America/Vancouver", "+16045558800")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-10-20", "2027-10-21", "2027-10-22", "2027-10-25")

    a("f-01", persona(["um so yeah I was, I was wondering if I could, uh, get in on "
                       "thursday at like, like 2"], ["Rob Sidhu"], ["604 555 0101"], [],
                      ["yes"]),
      booked("Rob Sidhu", "+16045550101", at(thu, "14:00")),
      note="a false start and fillers around the request: Thursday at 2")
    a("f-02", persona(["hi, yeah, I, I need to, um, book an appointment"],
                      ["it's, uh, it's Jen, Jenna Morrow"], ["604 555 0102"],
                      ["uh, let's see, friday, friday at, uh, 10:30"], ["yes"]),
      booked("Jenna Morrow", "+16045550102", at(fri, "10:30")),
      note="the short name then the full one (SPEC §2: the later); the day said twice "
           "with a filler before the time")
    a("f-03", persona(["wednesday at 11"], ["so, like, my name is, um, Kwame Mensah"],
                      ["yeah it's, uh, six oh four, five five five, uh, oh one oh three"],
                      [], ["uh, yeah, yeah, that's, that's right"]),
      booked("Kwame Mensah", "+16045550103", at(wed, "11:00")),
      note="fillers inside the name cue, inside the spoken digits and in the yes")
    a("f-04", persona(["hey, so, yeah, no, I was gonna, I wanted to book for thursday, no, "
                       "friday, friday morning"], ["Ines Duarte"], ["604 555 0104"],
                      ["yes"], ["yes"]),
      booked("Ines Duarte", "+16045550104", at(fri, "09:30")), taken(fri, "09:00"),
      note="the day corrected inside the opening (SPEC §2: the later value): Friday "
           "morning's free times (9:00 taken), a yes takes the earliest")
    a("f-05", persona(["I need an appointment"], ["Tom Hale"], ["604 555 0105"],
                      ["I mean, I, I could do, uh, tuesday? no, not tuesday, wednesday at "
                       "4"], ["yes"]),
      booked("Tom Hale", "+16045550105", at(wed, "16:00")),
      note="'no, not tuesday, wednesday at 4': the later day")


def buried(out):
    """Halifax, Thursday 2027-02-11 at 13:05 (AST)."""
    now, a = group(out, "2027-02-11T13:05", "America/Halifax", "+19025558800")
    today = now[:10]
    fri, tue = weekday_after(now, "friday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (fri, tue, wed) == ("2027-02-12", "2027-02-16", "2027-02-17")

    a("b-01", persona(["hi, I'm calling to book for my daughter"],
                      ["it's for my daughter, she's eight, her name's Lily Tran"],
                      ["902 555 0201"], ["tuesday at 3:30"], ["yes"]),
      booked("Lily Tran", "+19025550201", at(tue, "15:30")),
      note="the name buried after the child's age ('her name's ...'): the booking is "
           "under the name given (SPEC §2: with expect name, 'it's for ...' gives it)")
    a("b-03", persona(["friday at 2"],
                      ["oh sure, so it's Marcus, Marcus Bélanger, I've been there before, "
                       "years ago though"], ["902 555 0203"], [], ["yes"]),
      booked("Marcus Bélanger", "+19025550203", at(fri, "14:00")),
      note="the name restated, a remark after it (SPEC §2: accents kept, the later name)")
    a("b-04", persona(["well I drop the kids at school at 8:30 and I've got a meeting at "
                       "noon, so, tuesday at 10?"], ["Dana Wells"], ["902 555 0204"], [],
                      ["yes"]),
      booked("Dana Wells", "+19025550204", at(tue, "10:00")),
      note="two decoy hours (8:30, noon) before the request: Tuesday at 10")
    a("b-05", persona(["hi, this is Grace Okafor, Dr. Hill gave me your number, I need to "
                       "come in friday at 11"], [], ["902 555 0205"], [], ["yes"]),
      booked("Grace Okafor", "+19025550205", at(fri, "11:00")),
      note="the name and the time in the opening around a doctor's name (a decoy): "
           "neither asked again (the persona has no name answer)")
    a("b-06", persona(["morning, um, my son's got a cough, he's ten, name's Owen Murphy, "
                       "can he come in today?"], [], ["902 555 0206"], ["yes"], ["yes"]),
      booked("Owen Murphy", "+19025550206", at(today, "13:30")),
      note="'name's Owen Murphy' buried in the opening, and 'today' at 1:05: today's free "
           "times, a yes takes 1:30")


def numbers(out):
    """St. John's, Wednesday 2027-04-14 at 11:35 (NDT, UTC-2:30)."""
    now, a = group(out, "2027-04-14T11:35", "America/St_Johns", "+17095558800")
    assert now.endswith("-02:30")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-04-15", "2027-04-16", "2027-04-19", "2027-04-20")

    a("n-01", persona(["thursday at 10"], ["Colin Walsh"],
                      ["area code's 709", "and then 555 0301"], [], ["yes"]),
      booked("Colin Walsh", "+17095550301", at(thu, "10:00")),
      note="the area code alone, then the seven digits: joined (beyond the SPEC's letter)")
    a("n-02", persona(["friday at 9:30"], ["Maura Keough"],
                      ["709 555 0302 extension 12"], [], ["yes"]),
      booked("Maura Keough", "+17095550302", at(fri, "09:30")),
      note="a number with an extension: the ten digits (the extension is not part of an "
           "E.164 number; beyond the SPEC's letter)")
    a("n-03", persona(["monday at 11"], ["Sean Power"],
                      ["my work is 709 555 0300 but you should use my cell, 709 555 0303"],
                      [], ["yes"]),
      booked("Sean Power", "+17095550303", at(mon, "11:00")),
      note="a work number then the cell: the last one (SPEC §2)")
    a("n-04", persona(["tuesday at 2:30"], ["Ruth Abbott"],
                      ["home's 709 555 0399"], [],
                      ["oh, actually use my cell instead, 709 555 0304", "yes"]),
      booked("Ruth Abbott", "+17095550304", at(tue, "14:30")),
      note="a home number given, the cell given at the read-back: read back again, yes")
    a("n-05", persona(["thursday at 3"], ["Kev Rumboldt"],
                      ["nine oh two... no wait, I'm in Newfoundland now, seven oh nine, "
                       "five five five, zero three zero five"], [], ["yes"]),
      booked("Kev Rumboldt", "+17095550305", at(thu, "15:00")),
      note="the area code put right before the rest: 709 555 0305 (SPEC §2: a "
           "correction gives the later)")
    a("n-06", persona(["friday at 1"], ["Jill Noseworthy"],
                      ["5550306", "oh sorry, 709 555 0306"], [],
                      ["no, it's 709 555 0306", "yes"]),
      booked("Jill Noseworthy", "+17095550306", at(fri, "13:00")),
      note="seven digits (SPEC §2: no number); the agent asks again or offers the "
           "number called from, either way the caller gives all ten")


def spellings(out):
    """Regina, Monday 2027-07-05 at 09:40 (CST, UTC-6 all year)."""
    now, a = group(out, "2027-07-05T09:40", "America/Regina", "+13065558800")
    assert now.endswith("-06:00")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09")

    a("s-01", persona(["tuesday at 10"], ["M-A-E-V-E, Maeve, Maeve O'Brien"],
                      ["306 555 0401"], [], ["yes"]),
      booked("Maeve O'Brien", "+13065550401", at(tue, "10:00")),
      note="the first name spelled BEFORE it is said, then the full name (SPEC §2: a "
           "spelling is not part of the name)")
    a("s-02", persona(["wednesday at 1:30"], ["Lily, L-I-L-Y, and Tran, T-R-A-N"],
                      ["306 555 0402"], [], ["yes"]),
      booked("Lily Tran", "+13065550402", at(wed, "13:30")),
      note="each part spelled after it: Lily Tran")
    a("s-03", persona(["thursday at 11"], ["K-A-I-L-A B-R-O-W-N"], ["306 555 0403"], [],
                      ["yes"]),
      booked("Kaila Brown", "+13065550403", at(thu, "11:00")),
      note="the whole name only spelled, letter by letter (beyond the SPEC's letter: the "
           "spelled words are the name)")
    a("s-04", persona(["friday at 3"],
                      ["Szymanski. Should I spell that? S-Z-Y-M-A-N-S-K-I. First name Paul"],
                      ["306 555 0404"], [], ["yes"]),
      booked("Paul Szymanski", "+13065550404", at(fri, "15:00")),
      note="the surname, a question, its spelling, then the first name: first then last")
    a("s-06", persona(["wednesday at 9"], ["it's Chris with a K, K-R-I-S, Kris Olsen"],
                      ["306 555 0406"], [], ["yes"]),
      booked("Kris Olsen", "+13065550406", at(wed, "09:00")),
      note="'Chris with a K', spelled, then the full name: the later name")


def repeats(out):
    """Edmonton, Friday 2027-11-05 at 10:50 (MDT, two days before the clocks go back)."""
    now, a = group(out, "2027-11-05T10:50", "America/Edmonton", "+17805558800")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (mon, tue, wed) == ("2027-11-08", "2027-11-09", "2027-11-10")

    a("r-01", persona(["sorry, what?", "oh, I want to book an appointment"],
                      ["sorry what?", "Dale Friesen"], ["sorry, what?", "780 555 0501"],
                      ["sorry what?", "monday at 1"], ["sorry, what?", "yes"]),
      booked("Dale Friesen", "+17805550501", at(mon, "13:00")),
      note="'sorry what?' once at every question (SPEC §3: the prompt repeated, no "
           "failure), then the answer")
    a("r-02", persona(["tuesday at 9:30"], ["Nora Bell"],
                      ["come again?", "you're breaking up, say again?", "what was that?",
                       "780 555 0502"], [], ["yes"]),
      booked("Nora Bell", "+17805550502", at(tue, "09:30")),
      note="three repeats in a row at the number question (SPEC §3: up to three are no "
           "failure), then the number")
    a("r-03", persona(["wednesday at 2"], ["what?"], [], [], []),
      result("transferred"),
      note="'what?' without end at the name question: the fourth and later count as "
           "failed answers, the third failure transfers (SPEC §3)")
    a("r-04", persona(["tuesday at 10:30"], ["Ivan Petrov"], ["780 555 0504"], [],
                      ["I didn't catch the time, can you say it again?", "ok yes"]),
      booked("Ivan Petrov", "+17805550504", at(tue, "10:30")),
      note="a repeat asked at the read-back in other words: read back again, yes")
    a("r-05", persona(["any openings wednesday?"], ["Uma Sato"], ["780 555 0505"],
                      ["sorry, can you repeat those?", "yes"], ["yes"]),
      booked("Uma Sato", "+17805550505", at(wed, "09:00")),
      note="a repeat asked while times are offered: the offers said again; a yes takes "
           "the earliest")
    a("r-07", persona(["monday at 3:30"], ["what?", "hold on", "sorry?", "Ruth Gill"],
                      ["780 555 0507"], [], ["yes"]),
      booked("Ruth Gill", "+17805550507", at(mon, "15:30")),
      note="repeats and a stall mixed, three in a row, then the name (SPEC §3: no "
           "failure up to three)")


def holds(out):
    """Winnipeg, Tuesday 2027-01-12 at 14:10 (CST)."""
    now, a = group(out, "2027-01-12T14:10", "America/Winnipeg", "+12045558800")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    assert (wed, thu, fri) == ("2027-01-13", "2027-01-14", "2027-01-15")

    a("h-01", persona(["thursday at 11"], ["hold on one sec", "ok sorry, it's Tessa Lavoie"],
                      ["204 555 0601"], [], ["yes"]),
      booked("Tessa Lavoie", "+12045550601", at(thu, "11:00")),
      note="'hold on one sec' at the name question, then the name")
    a("h-03", persona(["I'd like to book something"], ["Cal Reimer"], ["204 555 0603"],
                      ["lemme grab my calendar real quick", "ok, friday at 9:30 works"],
                      ["yes"]),
      booked("Cal Reimer", "+12045550603", at(fri, "09:30")),
      note="'lemme grab my calendar' at the time question, then the time")
    a("h-04", persona(["I need an appointment"], ["Hope Klassen"], ["204 555 0604"],
                      ["one sec... ok, thursday at 2"], ["yes"]),
      booked("Hope Klassen", "+12045550604", at(thu, "14:00")),
      note="a stall and the answer in one turn: the answer counts")
    a("h-05", persona(["wednesday at 3"], ["Ben Szabo"], ["204 555 0605"], [],
                      ["hang on, my kid's yelling", "sorry about that, yes that's right"]),
      booked("Ben Szabo", "+12045550605", at(wed, "15:00")),
      note="a stall at the read-back, then yes")
    a("h-07", persona(["thursday at 4"], ["give me a sec", "just a minute", "hang on",
                                          "okay, Vic Penner"], ["204 555 0607"], [],
                      ["yes"]),
      booked("Vic Penner", "+12045550607", at(thu, "16:00")),
      note="three stalls in a row, then the name (SPEC §3: no failure up to three)")


def readback_ends(out):
    """Vancouver, Thursday 2027-04-22 at 11:15 (PDT)."""
    now, a = group(out, "2027-04-22T11:15", "America/Vancouver", "+16045557700")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-04-23", "2027-04-26", "2027-04-27", "2027-04-28")

    a("k-01", persona(["friday at 10"], ["Ana Cruz"], ["604 555 0701"], [], ["ok, bye"]),
      booked("Ana Cruz", "+16045550701", at(fri, "10:00")),
      note="'ok, bye' at the read-back: an okay is a yes (beyond the SPEC's letter)")
    a("k-02", persona(["monday at 2"], ["Will Tse"], ["604 555 0702"], [],
                      ["perfect, that's all"]),
      booked("Will Tse", "+16045550702", at(mon, "14:00")),
      note="'perfect, that's all' accepts the read-back")
    a("k-03", persona(["tuesday at 11:30"], ["Jo Banerjee"], ["604 555 0703"], [],
                      ["sounds good thanks"]),
      booked("Jo Banerjee", "+16045550703", at(tue, "11:30")),
      note="'sounds good thanks' accepts the read-back")
    a("k-04", persona(["wednesday at 9"], ["Rae Kwan"], ["604 555 0704"], [],
                      ["great, see you then"]),
      booked("Rae Kwan", "+16045550704", at(wed, "09:00")),
      note="'great, see you then' accepts the read-back")
    a("k-05", persona(["friday at 1:30"], ["Dom Price"], ["604 555 0705"], [],
                      ["that works, thanks so much, bye bye"]),
      booked("Dom Price", "+16045550705", at(fri, "13:30")),
      note="'that works, thanks, bye bye' accepts the read-back")
    a("k-07", persona(["tuesday at 3"], ["Ezra Bloom"], ["604 555 0707"], [], ["bye"]),
      expect("no_booking", no_appt=True),
      note="'bye' alone at the read-back: no yes (SPEC §3: 'yes' books only what was read "
           "back), nothing booked")
    mine = [ex(at(mon, "10:00"), name="Lou Chan", phone="+16045557700")]
    a("k-08", persona(["I need to move my monday appointment to tuesday at 2"], [], [], [],
                      ["bye now"]),
      expect("no_booking", no_appt=True), mine,
      note="a move read back, 'bye now' alone: a goodbye is no confirmation of a change, "
           "the appointment stays (SPEC §3: it asks before changing it)")
    a("k-09", persona(["I need to move my monday appointment to tuesday at 2"], [], [], [],
                      ["sounds great, thank you"]),
      result("rescheduled", {"name": "Lou Chan", "phone": "+16045557700",
                             "start": at(tue, "14:00")}), mine,
      note="a move read back, 'sounds great, thank you': moved")


def questions(out):
    """Ottawa, Monday 2027-03-01 at 09:25 (EST)."""
    now, a = group(out, "2027-03-01T09:25", "America/Toronto", "+16135558800")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05")

    a("q-01", persona(["tuesday at 10"], ["how much does it cost?", "ok, Nadia Haddad"],
                      ["613 555 0801"], [], ["yes"]),
      booked("Nadia Haddad", "+16135550801", at(tue, "10:00")),
      note="the price asked at the name question, then the name")
    a("q-02", persona(["I want to book"], ["Owen Lacroix"], ["613 555 0802"],
                      ["what are your hours?", "ok, wednesday at 4:30"], ["yes"]),
      booked("Owen Lacroix", "+16135550802", at(wed, "16:30")),
      note="the hours asked at the time question, then the time (the last start)")
    a("q-05", persona(["I'd like an appointment"], ["Ines Moreau"], ["613 555 0805"],
                      ["are you open saturdays?", "ok then friday at 2"], ["yes"]),
      booked("Ines Moreau", "+16135550805", at(fri, "14:00")),
      note="'are you open Saturdays?' at the time question, then a weekday time")
    a("q-06", persona(["wednesday at 9:30"], ["is there parking there?",
                                              "oh, and I'm Yusuf Ali"],
                      ["613 555 0806"], [], ["yes"]),
      booked("Yusuf Ali", "+16135550806", at(wed, "09:30")),
      note="a parking question at the name question, then 'I'm Yusuf Ali'")


def caller_id(out):
    """Moncton, Wednesday 2027-06-16 at 10:40 (ADT), calls from +1 506 555 8800."""
    cid = "+15065558800"
    now, a = group(out, "2027-06-16T10:40", "America/Moncton", cid)
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-06-17", "2027-06-18", "2027-06-21", "2027-06-22")

    a("c-01", persona(["thursday at 10"], ["Zoe Leblanc"], [""], [], ["yes"]),
      expect("booked", {"name": "Zoe Leblanc", "phone": cid, "start": at(thu, "10:00")},
             say=["calling from"]),
      note="silence at the number question: the number called from is offered (SPEC §3) "
           "and a yes takes it")
    a("c-02", persona(["friday at 2"], ["Rene Cormier"],
                      ["uh, I don't know it off by heart, it's a new phone"], [],
                      ["yes, that one"]),
      booked("Rene Cormier", cid, at(fri, "14:00")),
      note="no number known: the number called from offered (after one more ask or at "
           "once), 'yes, that one' takes it")
    a("c-03", persona(["monday at 11"], ["Kim Arsenault"], ["just use this one"], [],
                      ["yes"]),
      booked("Kim Arsenault", cid, at(mon, "11:00")),
      note="'just use this one' is the number called from (SPEC §3: 'the one I'm calling "
           "from')")
    a("c-04", persona(["tuesday at 3"], ["Paul Gallant"], ["", ""], [],
                      ["no, use my work cell, 506 555 0904", "yes"]),
      booked("Paul Gallant", "+15065550904", at(tue, "15:00")),
      note="silences at the number question, the number called from offered and "
           "declined with another: that one")


def zones(out):
    """'Today' and the next days in St. John's (NDT and NST), Regina, Vancouver and
    Halifax (a call on a Saturday)."""
    now, a = group(out, "2027-11-05T14:20", "America/St_Johns", "+17095557700")
    assert now.endswith("-02:30")
    today = now[:10]
    a("z-01", persona(["anything this afternoon?"], ["Greg Tobin"], ["709 555 0901"],
                      ["yes"], ["yes"]),
      booked("Greg Tobin", "+17095550901", at(today, "14:30")),
      note="'this afternoon' at 2:20 NDT: the first free start ahead is 2:30")
    a("z-02", persona(["today at 2 if possible"], ["Moira Dunne"], ["709 555 0902"],
                      ["yes"], ["yes"]),
      booked("Moira Dunne", "+17095550902", at(today, "14:30")),
      note="2:00 is past at 2:20 (SPEC §3): refused, the nearest free times; a yes takes "
           "2:30")

    now, a = group(out, "2027-03-13T12:00", "America/St_Johns", "+17095557701")
    assert now.endswith("-03:30")
    mon = weekday_after(now, "monday")
    a("z-03", persona(["monday at 9:30"], ["Alma Squires"], ["709 555 0903"], [], ["yes"]),
      booked("Alma Squires", "+17095550903", at(mon, "09:30")),
      note="called Saturday in NST (UTC-3:30), Monday falls after the clocks go forward")

    now, a = group(out, "2027-03-17T16:05", "America/Regina", "+13065557700")
    assert now.endswith("-06:00")
    today = now[:10]
    a("z-04", persona(["today at 4:30?"], ["Brent Ortiz"], ["306 555 0904"], [], ["yes"]),
      booked("Brent Ortiz", "+13065550904", at(today, "16:30")),
      note="Regina (no DST) at 4:05: 4:30 today is still ahead, booked")

    now, a = group(out, "2027-11-05T16:45", "America/Vancouver", "+16045557701")
    mon = weekday_after(now, "monday")
    a("z-06", persona(["today at 4:30?"], ["Dev Malhotra"], ["604 555 0906"],
                      ["the 4 o'clock then"], ["yes"]),
      booked("Dev Malhotra", "+16045550906", at(mon, "16:00")),
      note="4:30 is past at 4:45 on a Friday: the nearest free times are Monday's; 'the 4 "
           "o'clock' keeps Monday (written blind with a bare yes labelled Monday 9:00, but "
           "SPEC §3 does not say whether 'nearest' means the next start or the same hour "
           "on the next open day)")

    now, a = group(out, "2027-01-09T10:00", "America/Halifax", "+19025557700")
    mon = weekday_after(now, "monday")
    a("z-07", persona(["can I come in today?"], ["Erin MacIsaac"], ["902 555 0907"],
                      ["10 then"], ["yes"]),
      booked("Erin MacIsaac", "+19025550907", at(mon, "10:00")),
      note="'today' on a Saturday: closed, Monday's times offered; a bare time keeps "
           "Monday (SPEC §3)")
    a("z-08", persona(["tomorrow at 11"], ["Fred Boutilier"], ["902 555 0908"],
                      ["monday at 11 then"], ["yes"]),
      booked("Fred Boutilier", "+19025550908", at(mon, "11:00")),
      note="'tomorrow' on a Saturday is a Sunday, closed; then Monday at 11")


def windows(out):
    """Calgary, Tuesday 2027-09-14 at 09:05 (MDT)."""
    now, a = group(out, "2027-09-14T09:05", "America/Edmonton", "+14035558800")
    today = now[:10]
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (wed, thu, fri, mon, tue) == ("2027-09-15", "2027-09-16", "2027-09-17",
                                         "2027-09-20", "2027-09-21")

    a("w-01", persona(["thursday after 3 please"], ["Hal Lund"], ["403 555 1001"],
                      ["ugh, ok, what about friday after 3 then", "yes"], ["yes"]),
      booked("Hal Lund", "+14035551001", first_free(now, fri, [], after="15:00")),
      taken(thu, "15:00", "15:30", "16:00", "16:30"),
      note="nothing free after 3 on Thursday: said so (SPEC §3); 'Friday after 3' then, "
           "a yes takes its earliest")
    a("w-02", persona(["wednesday between 10 and 12"], ["Ivy Stroh"], ["403 555 1002"],
                      ["fine, 12:30 then"], ["yes"]),
      booked("Ivy Stroh", "+14035551002", at(wed, "12:30")),
      taken(wed, "10:00", "10:30", "11:00", "11:30"),
      note="nothing free in the window: said so; the caller names 12:30, outside it, on "
           "the same day (SPEC §3: a bare time keeps the day)")
    a("w-03", persona(["friday morning"], ["Jon Vik"], ["403 555 1003"],
                      ["ok, friday at 1 then"], ["yes"]),
      booked("Jon Vik", "+14035551003", at(fri, "13:00")),
      taken(fri, "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"),
      note="Friday morning full: said so, then 'Friday at 1'")
    a("w-04", persona(["monday please"], ["Kay Orr"], ["403 555 1004"], ["yes"], ["yes"]),
      booked("Kay Orr", "+14035551004", at(tue, "09:00")), closed=[mon],
      note="Monday closed (the `closed` dates): said so, the next open day's times "
           "(Tuesday) offered, a yes takes the first")
    a("w-05", persona(["anything this weekend?"], ["Lou Brandt"], ["403 555 1005"],
                      ["2 please"], ["yes"]),
      booked("Lou Brandt", "+14035551005", at(mon, "14:00")),
      note="the weekend is closed (SPEC §3): Monday's times offered, '2 please' keeps "
           "Monday")
    a("w-06", persona(["before 10 on wednesday"], ["Mel Ruud"], ["403 555 1006"],
                      ["how about thursday before 10 then", "yes"], ["yes"]),
      booked("Mel Ruud", "+14035551006", at(thu, "09:00")), taken(wed, "09:00", "09:30"),
      note="nothing free before 10 on Wednesday: said so; Thursday before 10, a yes takes "
           "9:00")
    a("w-07", persona(["tuesday after 4"], ["Ned Aas"], ["403 555 1007"],
                      ["forget it then"], []),
      expect("no_booking", no_appt=True), taken(tue, "16:00", "16:30"),
      note="'Tuesday' said on a Tuesday is next week's (SPEC §2), full after 4: said so; "
           "'forget it then' ends the call (SPEC §3)")
    a("w-08", persona(["earliest you've got"], ["Oli Sand"], ["403 555 1008"], ["yes"],
                      ["yes"]),
      booked("Oli Sand", "+14035551008", at(wed, "09:30")),
      whole_day(today) + taken(wed, "09:00"),
      note="'earliest you've got' with today full and 9:00 tomorrow taken: 9:30 tomorrow")


def trouble(out):
    """Toronto, Thursday 2027-05-20 at 15:10 (EDT)."""
    now, a = group(out, "2027-05-20T15:10", "America/Toronto", "+14165558800")
    fri, tue = weekday_after(now, "friday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (fri, tue, wed) == ("2027-05-21", "2027-05-25", "2027-05-26")

    a("t-01", persona(["I need an appointment"], ["Pia Low"], ["416 555 1101"],
                      ["depends on my ride", "my son drives me, he's got shifts",
                       "I'll have to see"], []),
      result("transferred"),
      note="three answers without a time at the time question: a transfer (SPEC §3)")
    a("t-02", persona(["friday at 10"], ["why do you need my name?", "I'd rather not",
                                         "just book it"], [], [], []),
      result("transferred"),
      note="the name refused again and again: three failed answers transfer")
    a("t-03", persona(["I need to book"], ["Quinn Abt"], ["416 555 1103"],
                      ["blah", "nah", "can I just talk to someone"], []),
      result("transferred"),
      note="'can I just talk to someone' after failures: a transfer at once")
    a("t-04", persona(["I'd like to come in"], ["Rosa Vale"], ["416 555 1104"],
                      ["uh the usual", "you know, the usual time", "friday at 10"], ["yes"]),
      booked("Rosa Vale", "+14165551104", at(fri, "10:00")),
      note="two failed answers, then a time: booked (three are needed for a transfer)")

    now, a = group(out, "2027-05-20T15:15", "America/Toronto", "+14165558801")
    a("x-01", persona(["tuesday at 2"], ["Abby Kerr, oh and scratch tuesday, wednesday's "
                                         "better, same time"], ["416 555 1201"], [],
                      ["yes"]),
      booked("Abby Kerr", "+14165551201", at(wed, "14:00")),
      note="the day corrected at the name question with 'same time' (SPEC §3: any turn "
           "may correct any slot)")
    a("x-02", persona(["tuesday at 2"], ["Ben Ashe"],
                      ["416 555 1202, and actually can we go a bit later, like 3:30"], [],
                      ["yes"]),
      booked("Ben Ashe", "+14165551202", at(tue, "15:30")),
      note="a later time at the number question: the day kept, 3:30")
    a("x-03", persona(["friday at 11:30"], ["Cleo Marr"], ["416 555 1203"], [],
                      ["the number's off, should be 416 555 1233", "yes"]),
      booked("Cleo Marr", "+14165551233", at(fri, "11:30")),
      note="the number put right at the read-back")
    a("x-04", persona(["friday the 21st at 11"], ["Dirk Pohl"], ["416 555 1204"], [],
                      ["close, but it's the 25th not the 21st", "yes"]),
      booked("Dirk Pohl", "+14165551204", at(tue, "11:00")),
      note="the date put right at the read-back ('the 25th not the 21st'), the time kept")
    a("x-05", persona(["tuesday morning"], [], ["416 555 1205"],
                      ["oh and I'm Pat Lemieux by the way", "the 10:30"], ["yes"]),
      booked("Pat Lemieux", "+14165551205", at(tue, "10:30")),
      note="the name given while times are offered: kept, the offers asked again (SPEC "
           "§3); then 'the 10:30'")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Tuesday 2027-08-10 at 13:40 in Halifax (ADT)."""
    now, a = group(out, "2027-08-10T13:40", "America/Halifax", "+19025556600")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-08-11", "2027-08-12", "2027-08-13", "2027-08-16")

    a("v-01", persona(["thursday at 10"], ["um, Sam, Samantha Leclair"], ["902 555 1301"],
                      [], ["yes"]),
      booked("Samantha Leclair", "+19025551301", at(thu, "10:00")),
      note="the short name, then the full one that starts with it: the later")
    a("v-02", persona(["wednesday at 2"], ["it's Alex, uh, Alexander Prior"],
                      ["902 555 1302"], [], ["yes"]),
      booked("Alexander Prior", "+19025551302", at(wed, "14:00")),
      note="a short name, a filler, then the long form and the surname")
    a("v-03", persona(["hi, it's Nora Shaw, Doctor Reid's office told me to call, friday "
                       "at 9:30 please"], [], ["902 555 1303"], [], ["yes"]),
      booked("Nora Shaw", "+19025551303", at(fri, "09:30")),
      note="a doctor's name with a title right after the caller's name: not part of it")
    a("v-04", persona(["monday at 11"], ["Katie with a K, K-A-T-I-E, Katie Lund"],
                      ["902 555 1304"], [], ["yes"]),
      booked("Katie Lund", "+19025551304", at(mon, "11:00")),
      note="a remark on a letter, the spelling, then the full name")
    a("v-05", persona(["thursday at 3"], ["Jon with no H, J-O-N, Jon Fraser"],
                      ["902 555 1305"], [], ["yes"]),
      booked("Jon Fraser", "+19025551305", at(thu, "15:00")),
      note="'with no H', the spelling, then the full name")
    a("v-06", persona(["wednesday at 10:30"],
                      ["Kowalczyk. Want me to spell it? K-O-W-A-L-C-Z-Y-K. First name is "
                       "Marta"], ["902 555 1306"], [], ["yes"]),
      booked("Marta Kowalczyk", "+19025551306", at(wed, "10:30")),
      note="the surname as a sentence, a question, the spelling, then 'first name is'")
    a("v-07", persona(["friday at 1"], ["Hugh Dent"], ["902 555 1307"], [],
                      ["thanks, bye"]),
      expect("no_booking", no_appt=True),
      note="'thanks, bye' at the read-back: no yes, nothing booked")
    a("v-08", persona(["monday at 2"], ["Gail Rudd"], ["902 555 1308"], [],
                      ["okay perfect, thanks, bye now"]),
      booked("Gail Rudd", "+19025551308", at(mon, "14:00")),
      note="'okay perfect, thanks, bye now': a yes with the goodbye")
    mine = [ex(at(thu, "11:00"), name="Ian Hart", phone="+19025556600")]
    a("v-09", persona(["can I cancel my thursday appointment"], [], [], [],
                      ["thank you, goodbye"]),
      expect("no_booking", no_appt=True), mine,
      note="a cancel read back, 'thank you, goodbye': no yes, the appointment stays")
    a("v-10", persona(["I want to move thursday's appointment to friday at 10"], [], [],
                      [], ["alright sounds good, bye"]),
      result("rescheduled", {"name": "Ian Hart", "phone": "+19025556600",
                             "start": at(fri, "10:00")}), mine,
      note="'alright sounds good, bye' at a move's read-back: moved")


def main():
    out = []
    fillers(out)
    buried(out)
    numbers(out)
    spellings(out)
    repeats(out)
    holds(out)
    readback_ends(out)
    questions(out)
    caller_id(out)
    zones(out)
    windows(out)
    trouble(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "messy23_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
