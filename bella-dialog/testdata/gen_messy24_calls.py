#!/usr/bin/env python3
"""Generator of messy round 24: messy24_calls.jsonl.

Hand-made English booking calls of the `calls_messy` kind (SPEC §3), written and committed
before Bella ran on them (task pe24), on the default business in seven zones and on the
Regina tax office (`businesses/tax.toml`): the caller saying goodbye ("bye", "that's all,
thanks, bye", "okay bye") at the name, number, time or service question (the caller ends
the call: `no_booking`, no transfer) or at the read-back (nothing booked, and the agent
says so); a number given in pieces over turns or with pauses in one turn; corrections
inside one answer ("Tuesday, no, Wednesday at 3", "scratch that"); a booking for someone
else ("it's for my son, Liam Chen"), a nickname then the full name, names spelled;
speech-to-text slips, fillers, long stories with the answer buried; "around noon",
"sometime after lunch", "before work", "first thing", "end of the day"; windows kept
over the call; "the earliest"; repeats and stalls in a row (the fourth counts as a
failed answer), silence, "what?".

Every booked start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked start against the oracle. Where an expectation goes
beyond the SPEC's letter, the case's note says so.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy24_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, at, booked, business_by_name, call_group, expect,  # noqa: E402
                      first_free, persona, result, taken, weekday_after, write_jsonl)

KIND = "messy24"
PREFIX = "m24"
TAX = "businesses/tax.toml"
# The read-back's goodbye says that nothing was booked (task pe24).
NOTHING = ["nothing has been booked"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def goodbyes(out):
    """Toronto, Monday 2027-06-14 at 10:05 (EDT)."""
    now, a = group(out, "2027-06-14T10:05", "America/Toronto", "+14165552400")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-06-15", "2027-06-16", "2027-06-17", "2027-06-18")

    a("g-01", persona(["hi, can I book for thursday at 10"], ["bye"], [], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'bye' at the name question: the caller ends the call (task pe24: no failed "
           "answer, no transfer)")
    a("g-02", persona(["friday at 2 please"], ["Anna Kowal"],
                      ["oh, you know what, that's all, thanks, bye"], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'that's all, thanks, bye' at the number question: the call ends, nothing "
           "booked")
    a("g-03", persona(["I need an appointment"], ["Ravi Shah"], ["416 555 2403"],
                      ["okay bye"], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'okay bye' at the time question: the call ends")
    a("g-04", persona(["any openings wednesday?"], ["Mei Lin"], ["416 555 2404"],
                      ["hmm, none of those work, okay bye"], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="the offered times turned down with 'okay bye': the call ends")
    a("g-05", persona(["tuesday at 11"], ["Paul Dube"], ["416 555 2405"], [], ["bye"]),
      expect("no_booking", no_appt=True, say=NOTHING),
      note="'bye' alone at the read-back: no yes (SPEC §3), and the goodbye says "
           "nothing was booked (task pe24)")
    a("g-06", persona(["thursday at 3:30"], ["Lena Roy"], ["416 555 2406"], [],
                      ["actually no, I'll call back, bye"]),
      expect("no_booking", no_appt=True, say=NOTHING),
      note="'I'll call back, bye' at the read-back (SPEC §3: ends politely, nothing "
           "booked, said)")
    a("g-07", persona(["friday at 9"], ["Omar Haddad"], ["416 555 2407"], [],
                      ["no, that's all, thanks, bye"]),
      expect("no_booking", no_appt=True, say=NOTHING),
      note="'no, that's all, thanks, bye' at the read-back: a no and a goodbye, nothing "
           "booked")
    a("g-08", persona(["hi um yeah, I wanted to book an appointment"], ["bye bye"], [], [],
                      []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'bye bye' at the name question after a vague opening (the opening was 'hi um "
           "yeah' alone, which never reached the name question: three failed openings "
           "transfer, SPEC §3)")
    a("g-09", persona(["wednesday at 1"], ["what?", "oh forget it, goodbye"], [], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="a repeat, then 'forget it, goodbye' (SPEC §3)")
    a("g-10", persona(["tuesday at 4"], ["Jo Fenn"], ["goodbye"], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'goodbye' at the number question")


def pieces(out):
    """Winnipeg, Tuesday 2027-09-21 at 14:20 (CDT)."""
    now, a = group(out, "2027-09-21T14:20", "America/Winnipeg", "+12045552400")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-09-22", "2027-09-23", "2027-09-24", "2027-09-27")

    a("p-01", persona(["thursday at 10"], ["Dan Friesen"],
                      ["two oh four...", "five five five...", "oh one nine nine"], [],
                      ["yes"]),
      booked("Dan Friesen", "+12045550199", at(thu, "10:00")),
      note="the number in three pieces over three turns: joined (beyond the SPEC's "
           "letter; SPEC §2 reads one turn)")
    a("p-02", persona(["friday at 11:30"], ["Kim Penner"],
                      ["it's 204 555", "and then 0202"], [], ["yes"]),
      booked("Kim Penner", "+12045550202", at(fri, "11:30")),
      note="six digits, then the last four: joined (beyond the SPEC's letter)")
    a("p-03", persona(["monday at 2"], ["Abe Klassen"],
                      ["it's two oh four... uh... five five five... oh two oh three"], [],
                      ["yes"]),
      booked("Abe Klassen", "+12045550203", at(mon, "14:00")),
      note="pauses and a filler inside one answer (SPEC §2: spoken digits count)")
    a("p-04", persona(["wednesday at 3"], ["Gail Dyck"],
                      ["204 555 0240, no wait, 0204"], [], ["yes"]),
      booked("Gail Dyck", "+12045550204", at(wed, "15:00")),
      note="the last four digits put right in the same answer (SPEC §2: the correction; "
           "the four digits replace the last four, beyond the letter)")
    a("p-05", persona(["thursday at 1:30"], ["Ray Loewen"],
                      ["uh, hang on, it's two zero four", "five five five, zero two zero "
                       "five"], [], ["yes"]),
      booked("Ray Loewen", "+12045550205", at(thu, "13:30")),
      note="a stall with the area code, then the rest: joined (beyond the SPEC's letter)")
    a("p-06", persona(["friday at 9"], ["Tina Wiebe"],
                      ["two oh four, double five five, oh two oh six"], [], ["yes"]),
      booked("Tina Wiebe", "+12045550206", at(fri, "09:00")),
      note="'double five five' (SPEC §2: 'double five' is 55)")
    a("p-07", persona(["monday at 10:30"], ["Lou Martens"],
                      ["204... 555... sorry, my phone's new... 0207"], [], ["yes"]),
      booked("Lou Martens", "+12045550207", at(mon, "10:30")),
      note="a remark between the pieces in one answer")


def corrections(out):
    """Edmonton, Tuesday 2027-03-09 at 09:40 (MST)."""
    now, a = group(out, "2027-03-09T09:40", "America/Edmonton", "+17805552400")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15")

    a("c-01", persona(["I'd like to book"], ["Nina Olsen"], ["780 555 2501"],
                      ["Tuesday, no, Wednesday at 3"], ["yes"]),
      booked("Nina Olsen", "+17805552501", at(wed, "15:00")),
      note="'Tuesday, no, Wednesday at 3' (SPEC §2: the later value)")
    a("c-02", persona(["thursday at 10, scratch that, 11"], ["Pete Nolan"],
                      ["780 555 2502"], [], ["yes"]),
      booked("Pete Nolan", "+17805552502", at(thu, "11:00")),
      note="'scratch that' puts the hour right, the day kept")
    a("c-03", persona(["friday at 2... actually make that 2:30"], ["Rita Gomes"],
                      ["780 555 2503"], [], ["yes"]),
      booked("Rita Gomes", "+17805552503", at(fri, "14:30")),
      note="'actually make that 2:30': the later time, the day kept")
    a("c-04", persona(["monday at 4, oh no wait, I've got pickup then, let's do 9 in the "
                       "morning"], ["Sal Romano"], ["780 555 2504"], [], ["yes"]),
      booked("Sal Romano", "+17805552504", at(mon, "09:00")),
      note="a reason between the two times: the later, 9 a.m. Monday")
    a("c-05", persona(["wednesday at 10"], ["Tara Boyd"], ["780 555 2505"], [],
                      ["scratch that, make it thursday at 1", "yes"]),
      booked("Tara Boyd", "+17805552505", at(thu, "13:00")),
      note="'scratch that' at the read-back with a new time: read back again, yes")
    a("c-06", persona(["thursday at 9:30"], ["Jim Lee, scratch that, put it under Kim Ly"],
                      ["780 555 2506"], [], ["yes"]),
      booked("Kim Ly", "+17805552506", at(thu, "09:30")),
      note="a name taken back for another (SPEC §2: the later name)")
    a("c-07", persona(["friday at 1"], ["Greg Hale"],
                      ["780 555 2570, sorry, scratch that, 780 555 2507"], [], ["yes"]),
      booked("Greg Hale", "+17805552507", at(fri, "13:00")),
      note="a number taken back with 'scratch that' (SPEC §2: the last one)")


def others(out):
    """Halifax, Wednesday 2027-11-17 at 11:25 (AST)."""
    now, a = group(out, "2027-11-17T11:25", "America/Halifax", "+19025552400")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-11-18", "2027-11-19", "2027-11-22", "2027-11-23")

    a("o-01", persona(["I'm calling to book my son in, thursday at 4"],
                      ["it's for my son, Liam Chen"], ["902 555 2601"], [], ["yes"]),
      booked("Liam Chen", "+19025552601", at(thu, "16:00")),
      note="'it's for my son, Liam Chen' at the name question (SPEC §2: with expect name, "
           "'it's for ...' gives the name)")
    a("o-02", persona(["friday at 10"], ["Bob, well Robert Smith"], ["902 555 2602"], [],
                      ["yes"]),
      booked("Robert Smith", "+19025552602", at(fri, "10:00")),
      note="a nickname then the full name (SPEC §2: the later)")
    a("o-03", persona(["monday at 1:30"], ["Liz, Elizabeth Gauthier, G-A-U-T-H-I-E-R"],
                      ["902 555 2603"], [], ["yes"]),
      booked("Elizabeth Gauthier", "+19025552603", at(mon, "13:30")),
      note="a short name, the full name, then the surname spelled (SPEC §2: a spelling "
           "is not part of the name)")
    a("o-04", persona(["tuesday at 11"], ["the appointment's for my wife, Priya, Priya Nair"],
                      ["902 555 2604"], [], ["yes"]),
      booked("Priya Nair", "+19025552604", at(tue, "11:00")),
      note="the wife's first name then her full name")
    a("o-05", persona(["thursday at 2"], ["Siobhan, that's S-I-O-B-H-A-N, Siobhan Kelly"],
                      ["902 555 2605"], [], ["yes"]),
      booked("Siobhan Kelly", "+19025552605", at(thu, "14:00")),
      note="a first name spelled, then the full name")
    a("o-06", persona(["friday at 3"], ["put it under my husband's name, Tom Reyes"],
                      ["902 555 2606"], [], ["yes"]),
      booked("Tom Reyes", "+19025552606", at(fri, "15:00")),
      note="'put it under my husband's name, Tom Reyes' (SPEC §2: 'put it under' cue)")
    a("o-07", persona(["monday at 9:30"], ["Will, William, Will Tremblay"],
                      ["902 555 2607"], [], ["yes"]),
      booked("Will Tremblay", "+19025552607", at(mon, "09:30")),
      note="three forms of the name: the last one (SPEC §2)")
    a("o-08", persona(["tuesday at 3:30"], ["M-A-C-I-S-A-A-C, MacIsaac, Donald MacIsaac"],
                      ["902 555 2608"], [], ["yes"]),
      booked("Donald MacIsaac", "+19025552608", at(tue, "15:30")),
      note="the surname spelled first, then said, then the full name")


def stories(out):
    """Vancouver, Thursday 2027-05-06 at 15:45 (PDT)."""
    now, a = group(out, "2027-05-06T15:45", "America/Vancouver", "+16045552400")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-05-07", "2027-05-10", "2027-05-11", "2027-05-12")

    a("s-01", persona(["so my back's been killing me since I moved the couch last weekend, "
                       "and my sister said I should call, and I work till 5 most days but "
                       "wednesday I'm off, so wednesday around 11 would be great"],
                      ["Ken Ito"], ["604 555 2701"], [], ["yes"]),
      booked("Ken Ito", "+16045552701", at(wed, "11:00")),
      note="the request buried at the end of a story with a decoy hour (5): Wednesday "
           "around 11")
    a("s-02", persona(["uh I wanna book a point meant for monday at ten"], ["Ada Byrne"],
                      ["604 555 2702"], [], ["yes"]),
      booked("Ada Byrne", "+16045552702", at(mon, "10:00")),
      note="'a point meant' (speech to text for 'appointment'): the time still heard")
    a("s-03", persona(["tuesday around noon"], ["Hal Marsh"], ["604 555 2703"], [],
                      ["yes"]),
      booked("Hal Marsh", "+16045552703", at(tue, "12:00")),
      note="'around noon' is 12:00 (SPEC §2: noon)")
    lunch = taken(fri, "12:00", "12:30")
    a("s-04", persona(["friday, sometime after lunch"], ["Ivy Stone"], ["604 555 2704"],
                      ["yes"], ["yes"]),
      booked("Ivy Stone", "+16045552704", first_free(now, fri, lunch, after="13:00")),
      lunch,
      note="'sometime after lunch': the afternoon's free times (12:00 and 12:30 taken, so "
           "after noon or after 1 agree), a yes takes the earliest (beyond the letter)")
    a("s-05", persona(["I need something monday before work, I start at ten"],
                      ["Lyle Dunn"], ["604 555 2705"], ["yes"], ["yes"]),
      booked("Lyle Dunn", "+16045552705", at(mon, "09:30")), taken(mon, "09:00"),
      note="'before work, I start at ten': before 10:00 (SPEC §2 window), 9:00 taken, "
           "9:30 offered and taken")
    a("s-06", persona(["first thing tuesday"], ["Maya Ortiz"], ["604 555 2706"], ["yes"],
                      ["yes"]),
      booked("Maya Ortiz", "+16045552706", at(tue, "09:00")),
      note="'first thing Tuesday': the opening time (beyond the letter: the earliest)")
    a("s-07", persona(["wednesday, end of the day"], ["Noel Pratt"], ["604 555 2707"],
                      ["yes"], ["yes"]),
      booked("Noel Pratt", "+16045552707", at(wed, "16:00")),
      note="'end of the day': the day's last times offered, earliest first, and a plain "
           "yes takes the earliest offered (SPEC §3), 4:00 (label was 4:30, beyond the "
           "SPEC's letter)")
    a("s-08", persona(["ok so, um, like, friday? like, the, uh, the morning, like ten-ish?"],
                      ["um, it's, like, Zara, Zara Quinn"], ["604 555 2708"], [],
                      ["yeah, um, yeah"]),
      booked("Zara Quinn", "+16045552708", at(fri, "10:00")),
      note="fillers everywhere; 'ten-ish' is 10:00")
    a("s-09", persona(["my doctor, Dr. Patel, he said come in within a week, and I'm free "
                       "tuesday, my husband has the car till 2 though, so tuesday at 3?"],
                      ["Gwen Holt"], ["604 555 2709"], [], ["yes"]),
      booked("Gwen Holt", "+16045552709", at(tue, "15:00")),
      note="a doctor's name and a decoy hour before the request: Tuesday at 3")


def windows(out):
    """St. John's, Wednesday 2027-08-04 at 10:10 (NDT, UTC-2:30)."""
    now, a = group(out, "2027-08-04T10:10", "America/St_Johns", "+17095552400")
    assert now.endswith("-02:30")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-08-05", "2027-08-06", "2027-08-09", "2027-08-10")

    a("w-01", persona(["something after 3 on thursday"], ["Cora Walsh"], ["709 555 2801"],
                      ["yes"], ["yes"]),
      booked("Cora Walsh", "+17095552801", at(thu, "15:30")), taken(thu, "15:00"),
      note="a window kept through the name and number (SPEC §3): 3:00 taken, 3:30")
    win = taken(thu, "15:00") + taken(fri, "15:00", "15:30")
    a("w-02", persona(["thursday after 3"], ["Dean Ryan"], ["709 555 2802"],
                      ["yes", "the first one"], ["no, make it friday instead", "yes"]),
      booked("Dean Ryan", "+17095552802", at(fri, "16:00")), win,
      note="the day changed at the read-back: the window after 3 kept, Friday's first "
           "free after 3 (3:00 and 3:30 taken) is 4:00 (SPEC §3: kept for the whole "
           "call)")
    a("w-03", persona(["the earliest you've got"], ["Faye Hynes"], ["709 555 2803"],
                      ["yes"], ["yes"]),
      booked("Faye Hynes", "+17095552803", first_free(now, now[:10], [])),
      note="'the earliest you've got' (SPEC §3): today's first free after 10:10")
    a("w-04", persona(["I need an appointment"], ["Gus Power"], ["709 555 2804"],
                      ["whatever's earliest on monday", "yes"], ["yes"]),
      booked("Gus Power", "+17095552804", at(mon, "10:00")), taken(mon, "09:00", "09:30"),
      note="the earliest on a named day: 10:00 (9:00 and 9:30 taken)")
    a("w-05", persona(["tuesday between 1 and 3"], ["Hana Dwyer"], ["709 555 2805"],
                      ["sorry, what?", "yes"], ["yes"]),
      booked("Hana Dwyer", "+17095552805", at(tue, "14:00")),
      taken(tue, "13:00", "13:30"),
      note="a window, a repeat of the offers, yes: 2:00 (1:00 and 1:30 taken)")
    a("w-06", persona(["friday morning, but not before 10"], ["Ian Kavanagh"],
                      ["709 555 2806"], ["yes"], ["yes"]),
      booked("Ian Kavanagh", "+17095552806", at(fri, "10:00")),
      note="a part of day with a bound (SPEC §2): Friday from 10, a yes takes 10:00")
    a("w-07", persona(["any time monday after 2"], ["Jude Tobin"], ["709 555 2807"],
                      ["hmm, the 2:30 works"], ["yes"]),
      booked("Jude Tobin", "+17095552807", at(mon, "14:30")),
      note="a window, then a time inside it picked from the offers")


def repeats(out):
    """Toronto, Friday 2027-10-01 at 16:20 (EDT)."""
    now, a = group(out, "2027-10-01T16:20", "America/Toronto", "+16475552400")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (mon, tue, wed, thu) == ("2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07")

    a("r-01", persona(["monday at 10"], ["what?", "sorry?", "pardon?", "come again?",
                                         "Ann Leduc"], ["647 555 2901"], [], ["yes"]),
      booked("Ann Leduc", "+16475552901", at(mon, "10:00")),
      note="four repeats in a row (the fourth a failed answer, SPEC §3), then the name")
    a("r-02", persona(["tuesday at 1"], ["Bo Quan"],
                      ["hold on", "one sec", "hang on", "just a sec", "hmm", "let me think"],
                      [], []),
      expect("no_booking", no_appt=True),
      note="stalls without end at the number question: the fourth is a failed answer, "
           "after which the number called from is offered (SPEC §3: it may offer that "
           "number after an answer with no usable number); the caller, with no yes/no, "
           "stays silent and three silences end the call (label was a transfer)")
    a("r-03", persona(["wednesday at 11"], [], [], [], []),
      expect("no_booking", no_appt=True),
      note="silence at the name question: three silent turns end the call (SPEC §3)")
    a("r-04", persona(["thursday at 2"], ["Cal Moss"], ["647 555 2904"], [],
                      ["what?", "sorry, what was that?", "yes"]),
      booked("Cal Moss", "+16475552904", at(thu, "14:00")),
      note="two repeats at the read-back, then yes")
    a("r-05", persona(["any openings tuesday?"], ["Dee Marsh"], ["647 555 2905"],
                      ["sorry, what?", "the second one"], ["yes"]),
      booked("Dee Marsh", "+16475552905", at(tue, "09:30")),
      note="a repeat of the offers, then 'the second one': 9:30 (the second free time)")
    a("r-06", persona(["monday at 3"], ["what?", "hold on", "sorry?", "um", "Eve Nash"],
                      ["647 555 2906"], [], ["yes"]),
      booked("Eve Nash", "+16475552906", at(mon, "15:00")),
      note="three repeats and stalls in a row, then a filler (a failed answer), then the "
           "name: booked (one failure)")
    a("r-07", persona(["tuesday at 2:30"], ["Finn Kerr"],
                      ["what?", "what?", "what?", "what?", "what?", "what?"], [], []),
      expect("no_booking", no_appt=True),
      note="'what?' without end at the number question: the fourth is a failed answer, "
           "the number called from is then offered (SPEC §3) and the silent caller's "
           "call ends after three silences (label was a transfer)")
    a("r-08", persona(["wednesday at 9"], ["sorry, I didn't catch that", "Gia Russo"],
                      ["what was that?", "647 555 2908"], ["what?"], ["pardon?", "yes"]),
      booked("Gia Russo", "+16475552908", at(wed, "09:00")),
      note="a repeat once at each question, then the answer")
    a("r-09", persona(["thursday at 10"], ["hmm", "let me think", "one sec", "hold on",
                                           "Hugo Blanc"], ["647 555 2909"], [], ["yes"]),
      booked("Hugo Blanc", "+16475552909", at(thu, "10:00")),
      note="four stalls in a row (the fourth a failed answer), then the name: booked")


def tax_office(out):
    """The Regina tax office (`businesses/tax.toml`: 20-minute grid, a lunch hour, closed
    Wednesdays), Monday 2027-02-08 at 13:15 (CST, no DST)."""
    now, add = group(out, "2027-02-08T13:15", "America/Regina", "+13065552400")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12")
    biz = Business.from_toml(os.path.join(HERE, TAX))

    def a(cid, persona_, expected, existing=(), note=""):
        add(cid, persona_, expected, existing, note, business=TAX)

    def tax_booked(name, phone, start, service):
        return booked(name, phone, start, service=service)

    a("x-01", persona(["hi, uh, I need my taxes done, tuesday, no, thursday at 10"],
                      ["Ron Kozak"], ["306 555 3001"], [], ["yes"]),
      tax_booked("Ron Kozak", "+13065553001", at(thu, "10:00"), "Tax return"),
      note="the service and a corrected day in the opening: Thursday at 10")
    a("x-02", persona(["I just have a quick question, could I get a consult tuesday around "
                       "2?"], ["Sue Hnatiuk"], ["306 555 3002"], [], ["yes"]),
      tax_booked("Sue Hnatiuk", "+13065553002", at(tue, "14:00"), "Consultation"),
      note="'a consult ... around 2': the consultation at 14:00")
    a("x-03", persona(["I'd like to book an appointment"], ["Tim Yuen"], ["306 555 3003"],
                      ["thursday at 9"], ["yes"], service=["ok bye"]),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'ok bye' at the service question: the call ends")
    first = biz.free_starts(fri, now, (), "Tax return")[0][0]
    a("x-04", persona(["taxes, first thing friday"], ["Val Stec"], ["306 555 3004"], ["yes"],
                      ["yes"]),
      tax_booked("Val Stec", "+13065553004", first, "Tax return"),
      note="'first thing Friday' for a tax return: 9:00")
    a("x-05", persona(["consultation thursday at 1:20"], ["Wes Bilyk"],
                      ["three oh six...", "five five five, three oh oh five"], [], ["yes"]),
      tax_booked("Wes Bilyk", "+13065553005", at(thu, "13:20"), "Consultation"),
      note="the number in two pieces over two turns (beyond the SPEC's letter)")
    aft = biz.free_starts(thu, now, (), "Consultation", after="13:00")[0][0]
    a("x-06", persona(["a consultation wednesday, sometime after lunch"], ["Yan Li"],
                      ["306 555 3006"], ["okay, yes"], ["yes"]),
      tax_booked("Yan Li", "+13065553006", aft, "Consultation"),
      note="Wednesday closed (SPEC §3: said, the next open day's times offered), the "
           "afternoon kept: Thursday's first free after lunch")
    a("x-07", persona(["taxes please, friday at 10"], ["Zoe Prokop"], ["306 555 3007"], [],
                      ["sorry what?", "bye"]),
      expect("no_booking", no_appt=True, say=NOTHING),
      note="a repeat, then 'bye' at the read-back: nothing booked, said")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Thursday 2027-04-15 at 09:50 in Toronto (EDT)."""
    now, a = group(out, "2027-04-15T09:50", "America/Toronto", "+14165552499")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-04-16", "2027-04-19", "2027-04-20", "2027-04-21")

    a("v-01", persona(["I need to come in"], ["Lori Haas"], ["416 555 2901"],
                      ["alright then, bye now"], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'alright then, bye now' at the time question: the call ends")
    a("v-02", persona(["monday at 11"], ["Cy Baptiste"], ["416 555 2902"], [],
                      ["no thanks, I'm all set, bye"]),
      expect("no_booking", no_appt=True, say=NOTHING),
      note="'no thanks, I'm all set, bye' at the read-back: nothing booked, said")
    a("v-03", persona(["tuesday at 2"], ["you know what, I'll figure it out and call you, "
                                         "bye"], [], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="a goodbye closing a longer turn at the name question")
    a("v-04", persona(["Bonjour, je voudrais un rendez-vous mercredi à 10 h"],
                      ["Julie Tremblay"], ["514 555 2904"], [], ["non merci, au revoir"]),
      expect("no_booking", no_appt=True, lang="fr", say=["rien n'a été réservé"]),
      note="'non merci, au revoir' at a French read-back: nothing booked, said in French")
    a("v-05", persona(["friday at 3"], ["Mike, well, Michael Brandt"], ["416 555 2905"], [],
                      ["yes"]),
      booked("Michael Brandt", "+14165552905", at(fri, "15:00")),
      note="a short form, then the full name (SPEC §2: the later)")
    a("v-06", persona(["monday at 9:30"], ["Trish, Patricia Okoye"], ["416 555 2906"], [],
                      ["yes"]),
      booked("Patricia Okoye", "+14165552906", at(mon, "09:30")),
      note="a short form, then the full name")
    a("v-07", persona(["tuesday at 1:30"], ["Beth, that's B-E-T-H, Beth Morin"],
                      ["416 555 2907"], [], ["yes"]),
      booked("Beth Morin", "+14165552907", at(tue, "13:30")),
      note="the first name spelled, then the full name")
    win = taken(mon, "13:00")
    a("v-08", persona(["friday between 1 and 3"], ["Dev Patel"], ["416 555 2908"], ["yes"],
                      ["actually, can we do monday instead", "yes"]),
      booked("Dev Patel", "+14165552908", at(mon, "13:30")), win,
      note="the day changed at the read-back: Monday at 1 taken, the window kept (SPEC "
           "§3), Monday's first free time in it is 1:30")
    a("v-09", persona(["wednesday at 4"], ["Ida Kerr"], ["thanks anyway, goodbye"], [], []),
      expect("no_booking", no_appt=True, not_say=["transfer"]),
      note="'thanks anyway, goodbye' at the number question")
    a("v-10", persona(["tuesday at 10"], ["Chuck, Charles Duval"], ["416 555 2910"], [],
                      ["yes"]),
      booked("Charles Duval", "+14165552910", at(tue, "10:00")),
      note="'Chuck, Charles Duval': the later name")


def main():
    out = []
    goodbyes(out)
    pieces(out)
    corrections(out)
    others(out)
    stories(out)
    windows(out)
    repeats(out)
    tax_office(out)
    variant_calls(out)
    biz = business_by_name({TAX: os.path.join(HERE, TAX)})
    n = write_jsonl(os.path.join(HERE, "messy24_calls.jsonl"), out, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
