#!/usr/bin/env python3
"""Generator of messy round 17: messy17_calls.jsonl.

Hand-made English calls of the `calls_messy` kind (SPEC §3) on the default business,
written and committed before Bella ran on them, on messy behaviours earlier rounds left
out: a caller who asks whether this is a robot or who they are talking to and then goes
on; stalls worded otherwise than the SPEC's ("bear with me", "gimme a sec", "just a
moment, grabbing a pen") three in a row before the answer; a number read with a slip and
only its last four put right, in the same turn or at the read-back; name and number in
one run-on turn; a name spelled letter by letter after it is said, in the middle of it or
with "K as in kilo"; only the last name corrected at the read-back; two slots corrected
at once at the read-back, "yes but make it 3"; a change of mind between offered times
("the 2, no wait, the 10:30"), "whatever you have first on Thursday"; long rambling
lower-case turns with the useful part in the middle and a decoy hour ("I work till
four"); a closed day or a holiday then the offer taken, a time before opening or after
closing; "actually can I do it for my husband" (another person's name); polite give-ups
and a person asked for after failures ("can I talk to someone", "operator").

Reference instants in Winnipeg, Regina, Edmonton, Vancouver, Halifax, St. John's,
Whitehorse and Moncton. Every expected start comes from the slot oracle of `callslib.py`
or a day the SPEC fixes; `write_jsonl` checks each booked start against the oracle. Where
an expectation goes beyond the SPEC's letter, the case's note says so.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy17_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, at, booked, local_now, noted_calls, persona,  # noqa: E402
                      result, taken, weekday_after, write_jsonl)

KIND = "messy17"
PREFIX = "m17"
BIZ = Business.default()


def group(out, wall, tz, caller):
    """`now` and an `a(cid, persona, expected, existing=(), note="", closed=None)` for
    calls made at `wall` in `tz` from `caller`."""
    add = noted_calls(out, PREFIX, KIND)

    def a(cid, p, exp, existing=(), note="", closed=None):
        add(cid, wall, tz, caller, p, exp, existing, closed, note=note)
    return local_now(wall, tz), a


def robot_and_stalls(out):
    """Winnipeg, Monday 2027-02-15 at 10:05 (CST)."""
    now, a = group(out, "2027-02-15T10:05", "America/Winnipeg", "+12045559900")
    tue, thu = weekday_after(now, "tuesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    assert (tue, thu, fri) == ("2027-02-16", "2027-02-18", "2027-02-19")

    # ------------------------------------------- "is this a robot?" and goes on
    a("r-01", persona(["hi, um, is this a robot?", "oh ok. i'd like to book thursday at 10"],
                      ["Wade Olsen"], ["204 555 0101"], [], ["yes"]),
      booked("Wade Olsen", "+12045550101", at(thu, "10:00")),
      note="a question about the agent at the opening, then the request (beyond the SPEC's "
           "letter: the question is no request and no answer)")
    a("r-02", persona(["am i talking to a real person right now?",
                       "okay fine, can i get an appointment friday at 2"],
                      ["Lena Holt"], ["204 555 0102"], [], ["yes"]),
      booked("Lena Holt", "+12045550102", at(fri, "14:00")),
      note="'am I talking to a real person?' asks what the agent is; it is no request to "
           "speak to a person (SPEC §3's 'speak to a person' transfers): no transfer")
    a("r-03", persona(["i want to book an appointment"],
                      ["sorry, who am i speaking with?", "oh, okay. it's Priya Nair"],
                      ["204 555 0103"], ["tuesday at 11:30"], ["yes"]),
      booked("Priya Nair", "+12045550103", at(tue, "11:30")),
      note="'who am I speaking with?' at the name question is no name; then the name")
    a("r-04", persona(["is this an automated thing? whatever, i need thursday at 1:30"],
                      ["Omar Reid"], ["204 555 0104"], [], ["yes"]),
      booked("Omar Reid", "+12045550104", at(thu, "13:30")),
      note="the question about the agent and the request in one opening")
    a("r-05", persona(["booking for tuesday at 3 please"], ["Tessa Vail"], ["204 555 0105"],
                      [], ["wait, are you a computer?", "ha, okay. yes, that's right"]),
      booked("Tessa Vail", "+12045550105", at(tue, "15:00")),
      note="'are you a computer?' at the read-back is neither yes nor no; then a yes")
    a("r-06", persona(["hi, i'd like to make an appointment"], ["Noel Park"],
                      ["sorry, what was your name again?", "204 555 0106"],
                      ["friday at 9:30"], ["yes"]),
      booked("Noel Park", "+12045550106", at(fri, "09:30")),
      note="the caller asks the agent's name at the phone question, then the number")

    # ---------------------------------------- stalls in other words, three in a row
    a("s-01", persona(["can i book something for thursday at 11"], ["Gwen Abbott"],
                      ["bear with me", "gimme a sec", "just a moment, grabbing a pen",
                       "ok, 204 555 0107"], [], ["yes"]),
      booked("Gwen Abbott", "+12045550107", at(thu, "11:00")),
      note="three stalls in a row at the phone question, worded otherwise than the SPEC's "
           "('bear with me', 'gimme a sec', 'just a moment'): free (SPEC §3), then the number")
    a("s-02", persona(["i need an appointment"], ["Hal Brandt"], ["204 555 0108"],
                      ["let me pull up my calendar", "hang on a second",
                       "okay so tuesday works, around 2"], ["yes"]),
      booked("Hal Brandt", "+12045550108", at(tue, "14:00")),
      note="'let me pull up my calendar', 'hang on a second', then Tuesday 14:00")
    a("s-03", persona(["hi, booking for friday at 4"], ["wait a minute", "one moment please",
                                                         "Ida Moreau"],
                      ["204 555 0109"], [], ["yes"]),
      booked("Ida Moreau", "+12045550109", at(fri, "16:00")),
      note="'wait a minute', 'one moment please' at the name question are stalls, no name")
    a("s-04", persona(["can i come in tuesday"], ["Jon Sato"], ["204 555 0110"],
                      ["give me a second, i'm checking with my boss", "the 10 o'clock"],
                      ["yes"]),
      booked("Jon Sato", "+12045550110", at(tue, "10:00")),
      note="a stall with a reason while Tuesday is offered; then 'the 10 o'clock'")


def numbers(out):
    """Regina (no clock change), Thursday 2027-04-22 at 15:40 (CST)."""
    now, a = group(out, "2027-04-22T15:40", "America/Regina", "+13065559900")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (fri, mon, tue) == ("2027-04-23", "2027-04-26", "2027-04-27")

    a("p-01", persona(["friday at 10 please"], ["Kurt Lang"],
                      ["306 555 0187, wait no, the last four are 0178"], [], ["yes"]),
      booked("Kurt Lang", "+13065550178", at(fri, "10:00")),
      note="a slip in the last four put right in the same turn: the last four replaced "
           "(SPEC §2: a correction takes the later value)")
    a("p-02", persona(["monday at 1"], ["Mara Quist"], ["639 555 0121"], [],
                      ["almost, but it ends in 0112, not 0121", "yes"]),
      booked("Mara Quist", "+16395550112", at(mon, "13:00")),
      note="only the last four put right at the read-back")
    a("p-03", persona(["hi, i want to book"],
                      ["yeah it's mike tran and my number is three oh six five five five "
                       "zero one four four"], [], ["tuesday at 9"], ["yes"]),
      booked("Mike Tran", "+13065550144", at(tue, "09:00")),
      note="name and number in one run-on turn at the name question: the number is never "
           "asked again (the persona has no phone answer)")
    a("p-04", persona(["its for friday at 11"],
                      ["its sarah oconnell six three nine five five five zero one seven seven"],
                      [], [], ["yes"]),
      booked("Sarah Oconnell", "+16395550177", at(fri, "11:00")),
      note="speech-to-text, no punctuation: name and number run together")
    a("p-05", persona(["monday at 10:30"], ["Theo Ruiz"],
                      ["three zero six, five five five... hold on... zero one nine two"], [],
                      ["yes"]),
      booked("Theo Ruiz", "+13065550192", at(mon, "10:30")),
      note="a stall in the middle of the number, in one turn")
    a("p-06", persona(["tuesday at 2:30"], ["Uri Vance"],
                      ["it's 306 555 0133. sorry, 0134. yeah 0134"], [], ["yes"]),
      booked("Uri Vance", "+13065550134", at(tue, "14:30")),
      note="the last four said again differently, twice: 0134")
    a("p-07", persona(["i need an appointment monday at 3"], ["Vera Wynn"],
                      ["uh it's 306... 555... 0155"], [], ["yes"]),
      booked("Vera Wynn", "+13065550155", at(mon, "15:00")),
      note="the number in three groups with trailing dots, one turn")


def names(out):
    """Edmonton, Friday 2027-05-07 at 11:30 (MDT): tomorrow is Saturday."""
    now, a = group(out, "2027-05-07T11:30", "America/Edmonton", "+17805559900")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (mon, tue, wed, thu) == ("2027-05-10", "2027-05-11", "2027-05-12", "2027-05-13")

    a("n-01", persona(["monday at 9"], ["it's Siobhan, S I O B H A N, Siobhan Kelly"],
                      ["780 555 0201"], [], ["yes"]),
      booked("Siobhan Kelly", "+17805550201", at(mon, "09:00")),
      note="the first name said, spelled, then the full name (SPEC §2: a spelling is not "
           "part of the name; the later name)")
    a("n-02", persona(["tuesday at 10"], ["tao win"], ["780 555 0202"], [],
                      ["no, the last name's Nguyen, N G U Y E N", "yes"]),
      booked("Tao Nguyen", "+17805550202", at(tue, "10:00")),
      note="speech-to-text got the surname wrong; only the last name put right at the "
           "read-back, spelled: the first name kept (beyond the SPEC's letter)")
    a("n-03", persona(["wednesday at 2"],
                      ["Harpreet Kaur, that's K as in kilo, A, U, R"], ["587 555 0203"], [],
                      ["yes"]),
      booked("Harpreet Kaur", "+15875550203", at(wed, "14:00")),
      note="a spelling with 'as in' after the name")
    a("n-04", persona(["thursday at 11"], ["Dmitri, D M I T R I, Volkov"], ["780 555 0204"],
                      [], ["yes"]),
      booked("Dmitri Volkov", "+17805550204", at(thu, "11:00")),
      note="the spelling between the first and last name (beyond the SPEC's letter)")
    a("n-05", persona(["i need to book monday at 2"], ["ana lima, that's ana with one n"],
                      ["780 555 0205"], [], ["yes"]),
      booked("Ana Lima", "+17805550205", at(mon, "14:00")),
      note="a remark about the spelling after the name")
    a("n-06", persona(["tuesday at 3:30 please"], ["Ruth Bell"], ["780 555 0206"], [],
                      ["no, it's Beale, B E A L E", "yes"]),
      booked("Ruth Beale", "+17805550206", at(tue, "15:30")),
      note="'no, it's Beale, B E A L E' at the read-back: a surname alone after a full "
           "name puts the surname right (beyond the SPEC's letter)")
    a("n-07", persona(["can i book for thursday at 9:30"],
                      ["my name is jo, j o, jo anderson"], ["780 555 0207"], [], ["yes"]),
      booked("Jo Anderson", "+17805550207", at(thu, "09:30")),
      note="a two-letter name spelled, then the full name, lower case")


def readbacks_and_picks(out):
    """Vancouver, Wednesday 2027-09-15 at 08:10 (PDT): before opening."""
    now, a = group(out, "2027-09-15T08:10", "America/Vancouver", "+16045559900")
    today = now[:10]
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    assert (thu, fri, mon) == ("2027-09-16", "2027-09-17", "2027-09-20")

    # ------------------------------------------------ two corrections at once
    a("b-01", persona(["thursday at 10"], ["Wes Yoon"], ["604 555 0151"], [],
                      ["no, it's friday not thursday, and the number ends in 0155", "yes"]),
      booked("Wes Yoon", "+16045550155", at(fri, "10:00")),
      note="the day and the number's last four put right at once at the read-back: "
           "Friday 10:00 (the hour kept), 0155")
    a("b-02", persona(["friday at 2"], ["Lara Mendes"], ["604 555 0152"], [],
                      ["yes but make it 3", "yes"]),
      booked("Lara Mendes", "+16045550152", at(fri, "15:00")),
      note="'yes but make it 3' at the read-back changes the hour; read back again")
    a("b-03", persona(["monday at 11"], ["Cody Fisk"], ["604 555 0153"], [],
                      ["wrong name and wrong time, it's Cory Fisk and 11:30", "yes"]),
      booked("Cory Fisk", "+16045550153", at(mon, "11:30")),
      note="the name and the time put right in one turn at the read-back")
    a("b-04", persona(["thursday at 1"], ["Dana Lowe"], ["604 555 0154"], [],
                      ["yeah that's fine except can we do 1:30 instead", "yes"]),
      booked("Dana Lowe", "+16045550154", at(thu, "13:30")),
      note="'that's fine except ... 1:30 instead' is a change, not a yes")
    a("b-05", persona(["friday at 9"], ["Ezra Pike"], ["604 555 0156"], [],
                      ["perfect. oh wait, actually make it 11:30", "yes"]),
      booked("Ezra Pike", "+16045550156", at(fri, "11:30")),
      note="a yes taken back in the same turn: the later change wins")

    # ------------------------------------------- a change of mind between offers
    a("m-01", persona(["can i come in thursday"], ["Faye Gill"], ["604 555 0157"],
                      ["the 2, no wait, the 10:30"], ["yes"]),
      booked("Faye Gill", "+16045550157", at(thu, "10:30")),
      note="a pick changed in one turn while Thursday is offered: 10:30 (SPEC §2)")
    a("m-02", persona(["i'd like an appointment"], ["Gus Hale"], ["604 555 0158"],
                      ["whatever you have first on thursday", "yes"], ["yes"]),
      booked("Gus Hale", "+16045550158", BIZ.earliest(now, from_day=thu)[0]),
      note="'whatever you have first on Thursday': Thursday's earliest (offered then "
           "taken by a yes, or read back at once)")
    a("m-03", persona(["hi, what's the earliest you have?"], ["Hana Ivey"], ["604 555 0159"],
                      ["yes"], ["yes"]),
      booked("Hana Ivey", "+16045550159", BIZ.earliest(now)[0]),
      note="08:10 before opening: the earliest free start is today 9:00; a plain yes "
           "takes it (SPEC §3)")
    assert BIZ.earliest(now)[0] == at(today, "09:00")
    a("m-04", persona(["monday morning please"], ["Ivan Joss"], ["604 555 0160"],
                      ["the nine, or, hmm, actually the nine thirty"], ["yes"]),
      booked("Ivan Joss", "+16045550160", at(mon, "09:30")),
      note="'the nine, or, hmm, actually the nine thirty': 9:30")
    a("m-05", persona(["friday afternoon"], ["Jade Kim"], ["604 555 0161"],
                      ["ok um the three, no, make that the one o'clock"], ["yes"]),
      booked("Jade Kim", "+16045550161", at(fri, "13:00")),
      note="'the three, no, make that the one o'clock' while Friday afternoon is offered")


def rambling_and_closed(out):
    """Halifax, Tuesday 2027-10-19 at 13:50 (ADT)."""
    now, a = group(out, "2027-10-19T13:50", "America/Halifax", "+19025559900")
    today = now[:10]
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, sat = weekday_after(now, "friday"), weekday_after(now, "saturday")
    sun, mon = weekday_after(now, "sunday"), weekday_after(now, "monday")
    assert (wed, thu, fri, sat, sun, mon) == ("2027-10-20", "2027-10-21", "2027-10-22",
                                              "2027-10-23", "2027-10-24", "2027-10-25")

    a("l-01", persona(["yeah hi so um my doctor told me i should probably get this looked at "
                       "and i was gonna call last week but anyway do you have anything "
                       "thursday afternoon like around two my name is gord mckay by the way"],
                      [], ["902 555 0301"], [], ["yes"]),
      booked("Gord Mckay", "+19025550301", at(thu, "14:00")),
      note="a long lower-case opening: Thursday 'around two' (14:00) and the name at the "
           "end; the name is never asked (the persona has no name answer)")
    a("l-02", persona(["hi i need to book something"],
                      ["oh yeah sure so it's uh it's gonna be under rachel because that's "
                       "me obviously ha but yeah rachel fournier"],
                      ["902 555 0302"], ["wednesday at 10"], ["yes"]),
      booked("Rachel Fournier", "+19025550302", at(wed, "10:00")),
      note="a rambling name answer: the full name at the end")
    a("l-03", persona(["i'd like to book an appointment"], ["Sean Doyle"], ["902 555 0303"],
                      ["well i work till four most days but fridays i'm off so maybe friday "
                       "at eleven if that's okay otherwise i don't know"], ["yes"]),
      booked("Sean Doyle", "+19025550303", at(fri, "11:00")),
      note="the useful part in the middle of a rambling time answer; 'till four' is no "
           "request")
    a("l-04", persona(["yeah um i'd like to uh book like an appointment i guess"],
                      ["uh yeah its uh tina marsh"],
                      ["yeah um its uh nine oh two um five five five uh zero three oh four"],
                      ["uh thursday i guess like um ten thirty"], ["yeah yeah that's good"]),
      booked("Tina Marsh", "+19025550304", at(thu, "10:30")),
      note="fillers in every turn, lower case, no punctuation")
    a("l-05", persona(["so i called before but nobody picked up and then i forgot about it "
                       "and now my back is killing me again so yeah i need an appointment "
                       "wednesday morning if you have it"],
                      ["Cal Ross"], ["902 555 0305"], ["first one's good"], ["yes"]),
      booked("Cal Ross", "+19025550305", BIZ.earliest(now, from_day=wed, before="12:00")[0]),
      note="the request at the end of a long story; Wednesday morning's first offer")

    # ----------------------------------------------------- closed, outside hours
    a("c-01", persona(["sunday morning?"], ["Dina Frost"], ["902 555 0306"],
                      ["oh. ok, the first one is fine"], ["yes"]),
      booked("Dina Frost", "+19025550306", at(mon, "09:00")),
      note="Sunday closed: Monday's times offered (SPEC §3), 'the first one' is 9:00")
    a("c-02", persona(["thursday at 7 in the evening"], ["Eli Grant"], ["902 555 0307"],
                      ["ugh, fine, 4:30 then"], ["yes"]),
      booked("Eli Grant", "+19025550307", at(thu, "16:30")),
      note="19:00 is after closing: refused, the nearest offered; then 16:30")
    a("c-03", persona(["friday at 8 in the morning"], ["Finn Hurst"], ["902 555 0308"],
                      ["yes"], ["yes"]),
      booked("Finn Hurst", "+19025550308", at(fri, "09:00")),
      note="08:00 is before opening: the nearest offered, a plain yes takes the earliest "
           "(SPEC §3): 9:00")
    a("c-04", persona(["today at 9 if possible"], ["Gail Imrie"], ["902 555 0309"],
                      ["oh right, then tomorrow at 9"], ["yes"]),
      booked("Gail Imrie", "+19025550309", at(wed, "09:00")),
      note="9:00 today is past at 13:50: refused; 'then tomorrow at 9' is Wednesday 9:00")
    a("c-05", persona(["can i come in saturday around noon"], ["Hugh Jory"], ["902 555 0310"],
                      ["hmm ok monday at noon then"], ["yes"]),
      booked("Hugh Jory", "+19025550310", at(mon, "12:00")),
      note="Saturday closed; Monday at noon taken instead")
    late = taken(today, "14:00", "14:30", "15:00", "15:30", "16:00", "16:30")
    a("c-06", persona(["anything left today?"], ["Ivy Kerr"], ["902 555 0311"],
                      ["oh. whatever is first tomorrow then"], ["yes"]),
      booked("Ivy Kerr", "+19025550311", at(wed, "09:00")), late,
      note="nothing left today (all taken from 14:00): 'whatever is first tomorrow' is "
           "Wednesday's earliest, 9:00")


def others_and_give_ups(out):
    """St. John's, Monday 2027-11-08 at 16:05 (NST), Thursday the 11th closed."""
    now, a = group(out, "2027-11-08T16:05", "America/St_Johns", "+17095559900")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-11-09", "2027-11-10", "2027-11-11", "2027-11-12")
    holiday = [thu]

    # ------------------------------------------------------ for another person
    a("f-01", persona(["i need an appointment tuesday at 10"],
                      ["oh actually can i do it for my husband? his name is Daniel Roy"],
                      ["709 555 0401"], [], ["yes"]),
      booked("Daniel Roy", "+17095550401", at(tue, "10:00")),
      note="the booking for the husband at the name question: his name (SPEC §2: with "
           "expect name, 'it's for X' gives X)")
    a("f-02", persona(["wednesday at 2"], ["Karen Roy"],
                      ["actually can i book it for my husband instead, it's Marc Leblanc, "
                       "same number, 709 555 0402"], [], ["yes"]),
      booked("Marc Leblanc", "+17095550402", at(wed, "14:00")),
      note="another person's name with the number, after the caller's own name: the "
           "later name (beyond the SPEC's letter: a correction at another question)")
    a("f-03", persona(["tuesday at 11:30"], ["Nora Quinn"], ["709 555 0403"], [],
                      ["oh wait, it's actually for my daughter, Emma, Emma Quinn", "yes"]),
      booked("Emma Quinn", "+17095550403", at(tue, "11:30")),
      note="the daughter's name at the read-back replaces the caller's")

    # ----------------------------------------------------------- a holiday
    a("h-01", persona(["can i come in on the 11th"], ["Owen Pratt"], ["709 555 0404"],
                      ["yes"], ["yes"]),
      booked("Owen Pratt", "+17095550404", at(fri, "09:00")), closed=holiday,
      note="the 11th (Thursday) closed: Friday's times offered, a yes takes 9:00")
    a("h-02", persona(["thursday at 10"], ["Pia Rowe"], ["709 555 0405"],
                      ["ok what about friday same time"], ["yes"]),
      booked("Pia Rowe", "+17095550405", at(fri, "10:00")), closed=holiday,
      note="Thursday closed; 'friday same time' keeps 10:00")

    # -------------------------------------------------------------- give-ups
    a("g-01", persona(["i need to book"], ["Quinn Sharp"], ["709 555 0406"],
                      ["uh", "what", "this is too confusing, can i just talk to someone"],
                      ["yes"]),
      result("transferred"),
      note="two failed time answers, then 'can I just talk to someone': a person (SPEC §3)")
    a("g-02", persona(["i'd like an appointment"], ["Rita Stone"], ["709 555 0407"],
                      ["i don't know", "okay you know what, never mind, thanks anyway, bye"],
                      ["yes"]),
      result("no_booking"),
      note="'never mind, thanks anyway, bye': no booking, politely (SPEC §3)")
    a("g-03", persona(["wednesday at 3 please"], ["Sam Tate"], ["709 555 0408"], [],
                      ["actually i'll just call back later, thanks"]),
      result("no_booking"),
      note="'I'll call back' at the read-back: no booking (SPEC §3)")
    a("g-04", persona(["hi i want an appointment"], ["mmm", "hrr", "can i get a human please"],
                      [], [], []),
      result("transferred"),
      note="two failed name answers, then 'a human': a person")
    a("g-05", persona(["i need to see someone tuesday"], ["Tom Ulm"], ["709 555 0409"],
                      ["sorry, i don't have time for this right now, bye"], ["yes"]),
      result("no_booking"),
      note="'I don't have time for this, bye' while Tuesday is offered: the caller hangs "
           "up (beyond the SPEC's list of phrases)")
    a("g-06", persona(["i'd like to book"], ["operator"], [], [], []),
      result("transferred"),
      note="'operator' at the name question asks for a person, no name")


def north_and_east(out):
    """Whitehorse (UTC-7 all year), Thursday 2027-01-14 at 09:00, and Moncton, Wednesday
    2027-06-23 at 16:20 (ADT)."""
    now, a = group(out, "2027-01-14T09:00", "America/Whitehorse", "+18675559900")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (fri, mon) == ("2027-01-15", "2027-01-18")
    a("w-01", persona(["hello? is this the right number for appointments?",
                       "ok great, friday at 10 then"], ["Una Vick"], ["867 555 0501"],
                      ["friday at 10"], ["yes"]),
      booked("Una Vick", "+18675550501", at(fri, "10:00")),
      note="a question whether this is the right line, then the request")
    a("w-02", persona(["monday at 9:30"], ["Vic Wolfe"],
                      ["555 0502, and the area code is 867"], [], ["yes"]),
      booked("Vic Wolfe", "+18675550502", at(mon, "09:30")),
      note="the seven digits first, the area code after them (beyond the SPEC's letter)")
    a("w-03", persona(["today, whatever's free first"], ["Wynn Xu"], ["867 555 0503"],
                      ["yes"], ["yes"]),
      booked("Wynn Xu", "+18675550503", BIZ.earliest(now)[0]),
      note="'today, whatever's free first' at 9:00 sharp: the earliest start after now")

    now, a = group(out, "2027-06-23T16:20", "America/Moncton", "+15065559900")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (thu, fri) == ("2027-06-24", "2027-06-25")
    a("w-04", persona(["is this bella? hi, i need something tomorrow morning"], ["Xena Young"],
                      ["506 555 0504"], ["the 10"], ["yes"]),
      booked("Xena Young", "+15065550504", at(thu, "10:00")),
      note="the agent's name asked in the opening with the request; tomorrow morning, the 10")
    a("w-05", persona(["i'd like to book friday at 10"], ["Yuri Zane"], ["506 555 0505"], [],
                      ["hold on, let me check my calendar", "yep, that works"]),
      booked("Yuri Zane", "+15065550505", at(fri, "10:00")),
      note="'let me check my calendar' at the read-back, the yes in the next turn")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Tuesday 2027-03-02 at 10:45 in Edmonton (MST)."""
    now, a = group(out, "2027-03-02T10:45", "America/Edmonton", "+17805559900")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    assert (wed, thu, fri) == ("2027-03-03", "2027-03-04", "2027-03-05")

    # ----------------------------------------------------- who answers the phone
    a("v-01", persona(["wait, is this a real person or a machine?",
                       "ok, i'd like to book wednesday at 11"], ["Abe Cole"], ["780 555 0601"],
                      [], ["yes"]),
      booked("Abe Cole", "+17805550601", at(wed, "11:00")),
      note="'is this a real person or a machine?' asks what the agent is: no transfer")
    a("v-02", persona(["i need an appointment thursday at 2"],
                      ["am i speaking to an actual human?", "Bea Dorn"], ["780 555 0602"], [],
                      ["yes"]),
      booked("Bea Dorn", "+17805550602", at(thu, "14:00")),
      note="'am I speaking to an actual human?' at the name question, then the name")
    a("v-03", persona(["can i come in friday"], ["Cal Eddy"], ["780 555 0603"],
                      ["are you an ai or something?", "the 9:30"], ["yes"]),
      booked("Cal Eddy", "+17805550603", at(fri, "09:30")),
      note="'are you an ai?' while Friday is offered: answered, the offers again")
    a("v-04", persona(["is this a bot? i want to talk to a human"], [], [], [], []),
      result("transferred"),
      note="the question about the agent, then a person asked for: transferred (SPEC §3)")

    # ----------------------------------------------- a moment, in other words
    a("v-05", persona(["wednesday please"], ["Dee Fry"], ["780 555 0605"],
                      ["just a second, let me ask my wife", "the first one"], ["yes"]),
      booked("Dee Fry", "+17805550605", at(wed, "09:00")),
      note="'just a second' while Wednesday is offered is a stall, no pick; then the first")

    # ------------------------------------------------------------- numbers
    a("v-06", persona(["thursday at 10:30"], ["Eve Gray"],
                      ["seven eight oh, five five five, hang on, oh one two one"], [],
                      ["yes"]),
      booked("Eve Gray", "+17805550121", at(thu, "10:30")),
      note="'hang on' between the groups of a number in words")
    a("v-07", persona(["thursday at 3"], ["Finn Hall"], ["780 555 0170"], [],
                      ["no, wednesday, and my number ends in 0177", "yes"]),
      booked("Finn Hall", "+17805550177", at(wed, "15:00")),
      note="the day and the number's end put right at once; 0177 is no time")

    # --------------------------------------------------------------- sounds
    a("v-08", persona(["friday at 11"], ["grr", "brr", "Gia Ives"], ["780 555 0608"], [],
                      ["yes"]),
      booked("Gia Ives", "+17805550608", at(fri, "11:00")),
      note="two sounds at the name question are no name (two failures), then the name")

    # ------------------------------------------------------------- give-ups
    a("v-09", persona(["wednesday at 1"], ["Hal Jost"], ["780 555 0609"], [],
                      ["look, i don't have time for this"]),
      result("no_booking"),
      note="'I don't have time for this' at the read-back: no booking")

    # --------------------------------------------- the person it is for, later
    a("v-10", persona(["thursday morning"], ["Ivan Diaz"], ["780 555 0610"],
                      ["by the way it's for my wife, it's Ana Diaz", "the 10"], ["yes"]),
      booked("Ana Diaz", "+17805550610", at(thu, "10:00")),
      note="the wife's name given while Thursday morning is offered, then the 10")
    a("v-11", persona(["friday at 1:30"], ["Jen Chu"], ["780 555 0611"], [],
                      ["oh no, it's for my dad, Robert, Robert Chu", "yes"]),
      booked("Robert Chu", "+17805550611", at(fri, "13:30")),
      note="the father's name at the read-back, first name then full name")


def main():
    out = []
    robot_and_stalls(out)
    numbers(out)
    names(out)
    readbacks_and_picks(out)
    rambling_and_closed(out)
    others_and_give_ups(out)
    north_and_east(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "messy17_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
