#!/usr/bin/env python3
"""Generator of messy round 19: messy19_calls.jsonl.

Hand-made English calls of the `calls_messy` kind (SPEC §3) on the default business,
written and committed before Bella ran on them (task pm19), on ground rounds 16 to 18 left
out: numbers as speech-to-text engines write them ("to" and "for" for two and four, "ate"
and "won", run together, "triple five", "double oh", a number put right half-way, "plus
one", "area code ... then ...", pairs); names as they come through ("angus mcallister" in
lower case, "Nguyen, Linh", "mary-anne saint-pierre", "doctor priya raman", "Mrs.
O'Neil-Hart", a spelling "F as in Frank" after the name, a name repeated after its
spelling, a name given while a question is asked back); bounded times the SPEC does not
spell out ("sometime after lunch Friday", "any morning next week but not Wednesday",
"before 10 or after 3", "end of next week", "not too early, like not before 10");
relative days ("the day after tomorrow" falling on a Saturday, "a week from Tuesday",
"two weeks from today", "next Friday" said on a Thursday, "this coming Monday" said on a
Sunday); holidays by name (Victoria Day, the Civic Holiday, Remembrance Day, Boxing Day,
"the day after Boxing Day"), some of them closed; St. John's (UTC-3:30) and Regina (no
DST) in the week of a clock change; callers who answer another question than the one
asked, ramble with the answer buried and a decoy hour, say goodbye and then "oh wait",
repeat the read-back, say yes with a correction, or say "actually never mind".

And the brief's three known gaps: a new caller whose booking is someone else's ("for my
son", "my wife needs ...": the name of the person the appointment is for is asked, never
"May I have your name?"); a known caller booking for someone else is offered their own
number (as "Is this for you?" gives it for their own booking), a new caller who has no
number for the other person gets theirs offered; "why do you need my name / number?"
gets a reason and the same question, never counted as a failed answer.

Reference instants in Halifax, Vancouver, Toronto, Ottawa, Calgary, Winnipeg, St. John's
and Regina. Every expected start comes from the slot oracle of `callslib.py` or a day the
SPEC fixes; `write_jsonl` checks each booked start against the oracle. Where an
expectation goes beyond the SPEC's letter, the case's note says so; `say_contains` /
`say_not_contains` are the call-file runner's checks, not score.py's.

Blind score (the start binary, main at 2b3136a): 63/72 on outcomes (score.py), 59/72
with the runner's wording checks. Failing: a-08, a-11, a-12 (names), t-04 ("the end of
next week"), t-14 and h-04 (Victoria Day, "the day after Boxing Day"), c-04 (a goodbye
taken back), g-01, g-02 ("May I have your name?" for someone else's booking), g-04,
g-06 (the known caller's number asked, not offered), g-08, g-09 ("why do you need my
name/number?" counted as a failure, or read as no number). After the fixes: 72/72; the
`v-` calls (Ottawa), written after the fixes as new wordings of the families fixed:
83/83.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy19_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, busy, call_group,  # noqa: E402
                      checks, persona, result, taken, weekday_after,
                      write_jsonl)

KIND = "messy19"
PREFIX = "m19"
BIZ = Business.default()
# The name and number questions as the agent words them (SPEC §3 is silent on wording):
# a booking for someone else must not ask for "your name", and a known caller's number
# is offered rather than asked.
YOUR_NAME = ["your name"]
ASK_PHONE = ["What's the best phone number", "what phone number should I put down",
             "What's your phone number"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def numbers(out):
    """Halifax, Wednesday 2027-04-14 at 10:20 (ADT)."""
    now, a = group(out, "2027-04-14T10:20", "America/Halifax", "+19025559900")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-04-15", "2027-04-16", "2027-04-19", "2027-04-20")

    a("n-01", persona(["thursday at 10"], ["Kara Doyle"],
                      ["nine oh to, five five five, oh one oh one"], [], ["yes"]),
      booked("Kara Doyle", "+19025550101", at(thu, "10:00")),
      note="'to' for two inside a run of spoken digits, as speech-to-text writes it "
           "(beyond the SPEC's letter: a homophone of a digit between digits is the digit)")
    a("n-02", persona(["friday at 11"], ["Liam Boudreau"],
                      ["for one six five five five oh one oh two"], [], ["yes"]),
      booked("Liam Boudreau", "+14165550102", at(fri, "11:00")),
      note="'for' for four opening a run of digits (beyond the SPEC's letter)")
    a("n-03", persona(["monday at 2"], ["Mona Pye"], ["9025550103"], [], ["yes"]),
      booked("Mona Pye", "+19025550103", at(mon, "14:00")),
      note="ten digits run together (SPEC §2)")
    a("n-04", persona(["tuesday at 9:30"], ["Ned Aucoin"],
                      ["nine oh two, triple five, zero one double oh"], [], ["yes"]),
      booked("Ned Aucoin", "+19025550100", at(tue, "09:30")),
      note="'triple five' and 'double oh' (SPEC §2: double and triple count)")
    a("n-05", persona(["thursday at 1"], ["Opal Gates"],
                      ["four one six five five — sorry, nine oh two, five five five, oh one "
                       "oh five"], [], ["yes"]),
      booked("Opal Gates", "+19025550105", at(thu, "13:00")),
      note="a number broken off and said again from the start in the same turn: the later "
           "one (SPEC §2: a correction gives the last number)")
    a("n-06", persona(["friday at 3"], ["Pat Comeau"],
                      ["ate oh seven, five five five, oh one oh six"], [], ["yes"]),
      booked("Pat Comeau", "+18075550106", at(fri, "15:00")),
      note="'ate' for eight opening the area code (beyond the SPEC's letter)")
    a("n-07", persona(["monday at 10:30"], ["Quinn Ryder"],
                      ["nine oh two, five five five, oh won oh seven"], [], ["yes"]),
      booked("Quinn Ryder", "+19025550107", at(mon, "10:30")),
      note="'won' for one between spoken digits (beyond the SPEC's letter)")
    a("n-08", persona(["tuesday at 11"], ["Rae Hatt"],
                      ["nine zero two. five five five. zero one zero eight."], [], ["yes"]),
      booked("Rae Hatt", "+19025550108", at(tue, "11:00")),
      note="spoken digits separated by periods (SPEC §2)")
    a("n-09", persona(["thursday at 3:30"], ["Sid Mader"],
                      ["plus one nine oh two five five five oh one oh nine"], [], ["yes"]),
      booked("Sid Mader", "+19025550109", at(thu, "15:30")),
      note="'plus one' and the ten digits spoken (SPEC §2)")
    a("n-10", persona(["friday at 9"], ["Tia Young"],
                      ["area code nine oh two, then five five five, oh one one oh"], [],
                      ["yes"]),
      booked("Tia Young", "+19025550110", at(fri, "09:00")),
      note="'area code ..., then ...' in one turn")
    a("n-11", persona(["monday at 4"], ["Uma Roy"],
                      ["nine oh two, five five five, oh one, eleven"], [], ["yes"]),
      booked("Uma Roy", "+19025550111", at(mon, "16:00")),
      note="the last four as 'oh one, eleven' (SPEC §2: pairs count)")


def names(out):
    """Vancouver, Tuesday 2027-09-14 at 13:05 (PDT)."""
    now, a = group(out, "2027-09-14T13:05", "America/Vancouver", "+16045559900")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-09-15", "2027-09-16", "2027-09-17", "2027-09-20")

    a("a-01", persona(["wednesday at 10"], ["my name is angus mcallister"],
                      ["604 555 0201"], [], ["yes"]),
      booked("Angus Mcallister", "+16045550201", at(wed, "10:00")),
      note="a lower-cased Mc name: 'Mcallister' (SPEC §2: a lower-cased 'macdonald' can "
           "only give 'Macdonald')")
    a("a-02", persona(["thursday at 2"], ["it's sean o'brien"], ["604 555 0202"], [],
                      ["yes"]),
      booked("Sean O'Brien", "+16045550202", at(thu, "14:00")),
      note="an apostrophe name in lower case: the letter after it capitalised (SPEC §2)")
    a("a-03", persona(["friday at 11"], ["uh yeah it's, um, Dana, Dana Whitfield"],
                      ["604 555 0203"], [], ["yes"]),
      booked("Dana Whitfield", "+16045550203", at(fri, "11:00")),
      note="fillers and the first name said twice, then in full: the later name (SPEC §2)")
    a("a-04", persona(["monday at 9"], ["Nguyen, Linh"], ["604 555 0204"], [], ["yes"]),
      booked("Nguyen Linh", "+16045550204", at(mon, "09:00")),
      note="surname, comma, first name: the comma dropped and the order kept (SPEC §2)")
    a("a-05", persona(["wednesday at 3"], ["it's mary-anne saint-pierre"], ["604 555 0205"],
                      [], ["yes"]),
      booked("Mary-Anne Saint-Pierre", "+16045550205", at(wed, "15:00")),
      note="hyphenated first and last names in lower case (SPEC §2)")
    a("a-06", persona(["thursday at 9:30"], ["doctor priya raman"], ["604 555 0206"], [],
                      ["yes"]),
      booked("Priya Raman", "+16045550206", at(thu, "09:30")),
      note="the title 'doctor' spelled out by speech-to-text is dropped as 'Dr' is "
           "(beyond the SPEC's letter)")
    a("a-07", persona(["friday at 2:30"], ["Jo Fitz, F as in Frank, I, T, Z"],
                      ["604 555 0207"], [], ["yes"]),
      booked("Jo Fitz", "+16045550207", at(fri, "14:30")),
      note="a spelling with 'as in' after the name is not part of it (SPEC §2)")
    a("a-08", persona(["monday at 1"],
                      ["last name's Kowalczyk, K O W A L C Z Y K, first name Piotr"],
                      ["604 555 0208"], [], ["yes"]),
      booked("Piotr Kowalczyk", "+16045550208", at(mon, "13:00")),
      note="last name first, labelled, with its spelling: first name then last name "
           "(beyond the SPEC's letter, which gives 'First name Louise, last name Fontaine')")
    a("a-09", persona(["hey this is gord mackenzie calling, i need an appointment wednesday "
                       "at 11"], [], ["604 555 0209"], [], ["yes"]),
      booked("Gord Mackenzie", "+16045550209", at(wed, "11:00")),
      note="a name with 'this is ... calling' in the opening: not asked again (the persona "
           "has no name answer)")
    a("a-10", persona(["thursday at 4"], ["Mrs. O'Neil-Hart"], ["604 555 0210"], [],
                      ["yes"]),
      booked("O'Neil-Hart", "+16045550210", at(thu, "16:00")),
      note="a title and a surname with an apostrophe and a hyphen: the surname (SPEC §2)")
    a("a-11", persona(["friday at 10"], ["yeah it's Li. L I. Just Li. Wei Li"],
                      ["604 555 0211"], [], ["yes"]),
      booked("Wei Li", "+16045550211", at(fri, "10:00")),
      note="a short surname spelled and said again, then in full: the later name")
    a("a-12", persona(["monday at 3:30"], ["sorry, first and last? okay, Hana Sato"],
                      ["604 555 0212"], [], ["yes"]),
      booked("Hana Sato", "+16045550212", at(mon, "15:30")),
      note="a question back and the name in one answer: the name")


def times(out):
    """Toronto, Thursday 2027-05-13 at 09:45 (EDT); Victoria Day is Monday 05-24."""
    now, a = group(out, "2027-05-13T09:45", "America/Toronto", "+14165559900")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-05-14", "2027-05-17", "2027-05-18", "2027-05-19")
    nthu, nfri = add_days(now[:10], 7), add_days(fri, 7)
    victoria = "2027-05-24"

    lunch = taken(fri, "12:00", "12:30", "13:00", "13:30")
    a("t-01", persona(["i need an appointment"], ["Abe Lunn"], ["416 555 0301"],
                      ["sometime after lunch friday", "yes"], ["yes"]),
      booked("Abe Lunn", "+14165550301", BIZ.earliest(now, lunch, from_day=fri,
                                                       after="13:30")[0]), lunch,
      note="'after lunch' bounds Friday's afternoon (beyond the SPEC's letter; noon to "
           "1:30 are taken, so an afternoon or an after-1 reading both give 2:00); a yes "
           "takes the earliest offered")
    assert BIZ.earliest(now, lunch, from_day=fri, after="13:30")[0] == at(fri, "14:00")
    mornings = busy(mon, "09:00", "11:30") + busy(tue, "09:00", "11:30")
    a("t-02", persona(["can i get in any morning next week but not wednesday"], ["Bea Cole"],
                      ["416 555 0302"], ["yes"], ["yes"]),
      booked("Bea Cole", "+14165550302", at(add_days(wed, 1), "09:00")), mornings,
      note="a window of days and a part of day with one day left out (beyond the SPEC's "
           "letter): Monday's and Tuesday's mornings are full, Wednesday is refused, so "
           "the earliest is Thursday 9:00 next week")
    early = taken(fri, "09:00", "09:30")
    a("t-03", persona(["friday, before 10 or after 3"], ["Cal Drew"], ["416 555 0303"],
                      ["yes"], ["yes"]),
      booked("Cal Drew", "+14165550303", at(fri, "15:00")), early,
      note="two windows on one day (beyond the SPEC's letter): nothing before 10 is free, "
           "so the first start after 3 is offered and taken")
    full_thu = busy(nthu, "09:00", "16:30")
    a("t-04", persona(["what do you have at the end of next week"], ["Dee Fox"],
                      ["416 555 0304"], ["yes"], ["yes"]),
      booked("Dee Fox", "+14165550304", at(nfri, "09:00")), full_thu,
      note="'the end of next week' (beyond the SPEC's letter: its last business days; "
           "Thursday is full, so Friday 9:00 either way)")
    a("t-05", persona(["the day after tomorrow at 2"], ["Eli Gray"], ["416 555 0305"],
                      ["monday at 2 then"], ["yes"]),
      booked("Eli Gray", "+14165550305", at(mon, "14:00")),
      note="'the day after tomorrow' (SPEC §2) is a Saturday, closed (SPEC §3); then "
           "'Monday at 2'")
    a("t-06", persona(["a week from tuesday at 10"], ["Fay Hunt"], ["416 555 0306"], [],
                      ["yes"]),
      booked("Fay Hunt", "+14165550306", at(add_days(tue, 7), "10:00")),
      note="'a week from Tuesday': the Tuesday after the coming one (beyond the SPEC's "
           "letter, which has 'a week from today')")
    a("t-07", persona(["two weeks from today at 11"], ["Gus Irwin"], ["416 555 0307"], [],
                      ["yes"]),
      booked("Gus Irwin", "+14165550307", at(add_days(now[:10], 14), "11:00")),
      note="'two weeks from today' (beyond the SPEC's letter: 'a week from today', "
           "'in N days')")
    a("t-08", persona(["uh tuesday, one pm"], ["Hal Jett"], ["416 555 0308"], [], ["yes"]),
      booked("Hal Jett", "+14165550308", at(tue, "13:00")),
      note="'pm' without dots (SPEC §1: 'a.m.' as an engine writes it)")
    a("t-09", persona(["can you fit me in friday for 3 o'clock"], ["Ivy Kerr"],
                      ["416 555 0309"], [], ["yes"]),
      booked("Ivy Kerr", "+14165550309", at(fri, "15:00")),
      note="'for 3 o'clock': 'for' is no digit here")
    a("t-10", persona(["next friday at 11"], ["Jan Lowe"], ["416 555 0310"], [], ["yes"]),
      booked("Jan Lowe", "+14165550310", at(nfri, "11:00")),
      note="'next Friday' said on a Thursday: the Friday of the following calendar week, "
           "not tomorrow (SPEC §2)")
    a("t-11", persona(["this friday at 2"], ["Kim Moss"], ["416 555 0311"], [], ["yes"]),
      booked("Kim Moss", "+14165550311", at(fri, "14:00")),
      note="'this Friday' said on a Thursday: tomorrow (SPEC §2)")
    a("t-12", persona(["monday, not before 11"], ["Lou Nash"], ["416 555 0312"], ["yes"],
                      ["yes"]),
      booked("Lou Nash", "+14165550312", at(mon, "11:00")),
      note="'not before 11' is after 11:00 (SPEC §2); a yes takes the earliest offered")
    two = taken(tue, "14:00", "14:30")
    a("t-13", persona(["tuesday, sometime 2 to 4"], ["Mae Ord"], ["416 555 0313"], ["yes"],
                      ["yes"]),
      booked("Mae Ord", "+14165550313", at(tue, "15:00")), two,
      note="'sometime 2 to 4' (SPEC §2) with 2:00 and 2:30 taken: 3:00")
    a("t-14", persona(["is victoria day ok? like 10 in the morning"], ["Ned Pike"],
                      ["416 555 0314"], ["yes"], ["yes"]),
      booked("Ned Pike", "+14165550314", at(add_days(victoria, 1), "09:00")),
      closed=[victoria],
      note="a holiday by name (beyond the SPEC's letter: Victoria Day 2027 is May 24), "
           "closed: said closed, the next open day's times offered; a yes takes the first")
    a("t-15", persona(["whatever you have friday, i'm flexible, but not too early, like not "
                       "before 10"], ["Ola Quist"], ["416 555 0315"], ["yes"], ["yes"]),
      booked("Ola Quist", "+14165550315", at(fri, "10:30")), taken(fri, "10:00"),
      note="a bound buried in a long turn: after 10:00, 10:00 taken, so 10:30")


def holidays(out):
    """Holidays in Toronto and Ottawa: the Civic Holiday (2027-08-02), Remembrance Day
    (2027-11-11, open), Boxing Day (2028-12-26, closed)."""
    now, a = group(out, "2027-07-29T11:00", "America/Toronto", "+14165559901")
    civic = "2027-08-02"
    assert weekday_after(now, "monday") == civic
    a("h-01", persona(["are you open the civic holiday monday? at 1"], ["Pia Ross"],
                      ["416 555 0401"], ["the tuesday at 1 then"], ["yes"]),
      booked("Pia Ross", "+14165550401", at(add_days(civic, 1), "13:00")), closed=[civic],
      note="the Civic Holiday (first Monday of August, beyond the SPEC's letter), closed: "
           "said closed; then 'the Tuesday at 1'")

    now, a = group(out, "2027-11-08T09:30", "America/Toronto", "+16135559901")
    a("h-02", persona(["remembrance day at 2 please"], ["Ray Stone"], ["613 555 0402"], [],
                      ["yes"]),
      booked("Ray Stone", "+16135550402", "2027-11-11T14:00"),
      note="Remembrance Day by name (November 11, beyond the SPEC's letter); the business "
           "is open that day (no `closed` date)")

    now, a = group(out, "2028-12-20T10:00", "America/Toronto", "+14165559902")
    shut = ["2028-12-25", "2028-12-26"]
    a("h-03", persona(["boxing day morning?"], ["Sue Tate"], ["416 555 0403"], ["yes"],
                      ["yes"]),
      booked("Sue Tate", "+14165550403", "2028-12-27T09:00"), closed=shut,
      note="Boxing Day (December 26, a Tuesday in 2028) closed: said closed, the next open "
           "day's morning offered; a yes takes the first")
    a("h-04", persona(["the day after boxing day at 10"], ["Tom Ulm"], ["416 555 0404"], [],
                      ["yes"]),
      booked("Tom Ulm", "+14165550404", "2028-12-27T10:00"), closed=shut,
      note="'the day after Boxing Day' (beyond the SPEC's letter): December 27")


def zones(out):
    """St. John's (UTC-3:30) and Regina (CST all year) in the week of a clock change, and
    a Sunday evening in Winnipeg."""
    now, a = group(out, "2027-03-12T16:05", "America/St_Johns", "+17095559900")
    assert now.endswith("-03:30")
    mon = weekday_after(now, "monday")
    a("z-01", persona(["i need an appointment as soon as possible"], ["Val Wade"],
                      ["709 555 0501"], ["yes"], ["yes"]),
      booked("Val Wade", "+17095550501", BIZ.earliest(now)[0]),
      note="'as soon as possible' at 4:05 p.m. in St. John's (UTC-3:30): today's 4:30 "
           "(SPEC §3)")
    assert BIZ.earliest(now)[0] == at(now[:10], "16:30")
    a("z-02", persona(["today at 4"], ["Wes Yale"], ["709 555 0502"], ["yes"], ["yes"]),
      booked("Wes Yale", "+17095550502", at(now[:10], "16:30")),
      note="4:00 is past at 4:05 (SPEC §3: never booked): the nearest free time offered, "
           "4:30 today, taken with a yes")
    a("z-03", persona(["monday at 9"], ["Xena Abbott"], ["709 555 0503"], [], ["yes"]),
      booked("Xena Abbott", "+17095550503", at(mon, "09:00")),
      note="Monday after the clocks go forward on Sunday (NDT, UTC-2:30): 9:00 wall time")

    now, a = group(out, "2027-11-05T16:20", "America/Regina", "+13065559900")
    assert now.endswith("-06:00")
    mon = weekday_after(now, "monday")
    a("z-04", persona(["first available please"], ["Yan Bell"], ["306 555 0504"], ["yes"],
                      ["yes"]),
      booked("Yan Bell", "+13065550504", at(now[:10], "16:30")),
      note="'first available' at 4:20 in Regina (no DST): today's 4:30 (SPEC §3)")
    a("z-05", persona(["monday at 9:30"], ["Zoe Carr"], ["306 555 0505"], [], ["yes"]),
      booked("Zoe Carr", "+13065550505", at(mon, "09:30")),
      note="Monday after the rest of Canada turns its clocks back: Regina's wall time")

    now, a = group(out, "2027-06-06T20:15", "America/Winnipeg", "+12045559900")
    mon = weekday_after(now, "monday")
    assert mon == "2027-06-07"
    a("z-06", persona(["this coming monday at 10"], ["Ada Dunn"], ["204 555 0506"], [],
                      ["yes"]),
      booked("Ada Dunn", "+12045550506", at(mon, "10:00")),
      note="'this coming Monday' said on a Sunday: tomorrow (SPEC §2)")
    a("z-07", persona(["tomorrow morning, whatever's first"], ["Bo Eaton"], ["204 555 0507"],
                      ["yes"], ["yes"]),
      booked("Bo Eaton", "+12045550507", at(mon, "09:00")),
      note="'tomorrow morning' said on a Sunday evening: Monday's first morning start")


def conversation(out):
    """Calgary, Monday 2027-10-04 at 11:10 (MDT)."""
    now, a = group(out, "2027-10-04T11:10", "America/Edmonton", "+14035559900")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-10-05", "2027-10-06", "2027-10-07", "2027-10-08")

    a("c-01", persona(["tuesday at 10"], ["you can reach me at 403 555 0601", "Tara Quinn"],
                      [], [], ["yes"]),
      booked("Tara Quinn", "+14035550601", at(tue, "10:00")),
      note="the number given at the name question is kept (SPEC §3: any turn may answer "
           "any slot); the name is asked again, the number never (the persona has none)")
    a("c-02", persona(["yeah hi so um my doctor said i should get this checked out and i work "
                       "nights mostly, my shift starts at 7, so the best for me would be like "
                       "thursday, i guess around 11 if that works, anyway"], ["Uri Vega"],
                      ["403 555 0602"], [], ["yes"]),
      booked("Uri Vega", "+14035550602", at(thu, "11:00")),
      note="a rambling opening with a decoy hour ('my shift starts at 7'): Thursday at 11")
    a("c-03", persona(["wednesday at 9"],
                      ["oh sure, well everyone mixes it up, but it's Oona Vance, O O N A"],
                      ["403 555 0603"], [], ["yes"]),
      booked("Oona Vance", "+14035550603", at(wed, "09:00")),
      note="the name buried in a ramble, with a spelling after it (SPEC §2)")
    a("c-04", persona(["never mind, bye — oh wait, actually, can i book friday at 10?"],
                      ["Vic Webb"], ["403 555 0604"], [], ["yes"]),
      booked("Vic Webb", "+14035550604", at(fri, "10:00")),
      note="a goodbye taken back in the same turn ('oh wait, actually'): the request after "
           "it stands (beyond the SPEC's letter, whose 'never mind' ends the call)")
    a("c-05", persona(["tuesday at 3"], ["Wyn Xu"], ["403 555 0605"], [],
                      ["tuesday at 3, phone 403 555 0605, yep that's right"]),
      booked("Wyn Xu", "+14035550605", at(tue, "15:00")),
      note="the read-back repeated with a yes: the same values, booked")
    a("c-06", persona(["thursday at 3"], ["Yara Zane"], ["403 555 0606"], [],
                      ["yes but make it 3:30", "yes"]),
      booked("Yara Zane", "+14035550606", at(thu, "15:30")),
      note="a yes with a correction at the read-back (SPEC §3: 'yes' books only what was "
           "read back): the time moved to 3:30, read back again")
    a("c-07", persona(["friday at 1"], ["Lana Moreau"], ["403 555 0607"], [],
                      ["yes, except it's Lena, not Lana", "yes"]),
      booked("Lena Moreau", "+14035550607", at(fri, "13:00")),
      note="only the first name put right with a yes at the read-back: 'Lena Moreau'")
    a("c-08", persona(["wednesday at 2"], ["Abe Young"], ["403 555 0608"], [],
                      ["actually never mind"]),
      result("no_booking"),
      note="'actually never mind' at the read-back (SPEC §3)")
    a("c-09", persona(["i'd like an appointment"], ["Bea Zhou"], ["403 555 0609"],
                      ["hmm, actually never mind, i'll sort it out later"], []),
      result("no_booking"),
      note="'never mind' at the time question (SPEC §3)")
    a("c-10", persona(["tuesday at 1"], ["Cy Adler"], ["403 555 0610"], [],
                      ["no, sorry, wrong day, i meant wednesday", "yes"]),
      booked("Cy Adler", "+14035550610", at(wed, "13:00")),
      note="only the day put right at the read-back: the same time on Wednesday")
    a("c-11", persona(["wednesday, no, thursday, no actually wednesday's better, at 10"],
                      ["Di Baird"], ["403 555 0611"], [], ["yes"]),
      booked("Di Baird", "+14035550611", at(wed, "10:00")),
      note="two corrections in one turn: the last day (SPEC §2)")
    a("c-12", persona(["friday at 2:30"], ["Ed Cruz"], ["403 555 0612"], [],
                      ["yes please, and thank you so much, you've been really helpful, have a "
                       "great day"]),
      booked("Ed Cruz", "+14035550612", at(fri, "14:30")),
      note="a long thankful yes at the read-back")


def gaps(out):
    """The brief's three known gaps. Ottawa, Tuesday 2027-02-09 at 10:00 (EST)."""
    now, a = group(out, "2027-02-09T10:00", "America/Toronto", "+16135559900")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    assert (wed, thu, fri) == ("2027-02-10", "2027-02-11", "2027-02-12")

    # -------------------------------------- a new caller booking for someone else
    a("g-01", persona(["hi, i need to book an appointment for my son, thursday at 10"],
                      ["Eli Novak"], ["613 555 0701"], [], ["yes"]),
      checks(booked("Eli Novak", "+16135550701", at(thu, "10:00")), not_say=YOUR_NAME),
      note="a new caller books for their son: the name of the person the appointment is "
           "for is asked, never 'your name' (the brief's gap; SPEC §2 books the name of "
           "the person it is for)")
    a("g-02", persona(["my wife needs an appointment, friday at 2 if you have it"],
                      ["her name's Ana Novak"], ["613 555 0702"], [], ["yes"]),
      checks(booked("Ana Novak", "+16135550702", at(fri, "14:00")), not_say=YOUR_NAME),
      note="'my wife needs ...' from a new caller: whose name is asked; 'her name's ...' "
           "answers it")
    a("g-03", persona(["can i book wednesday at 11"],
                      ["oh it's not for me, it's for my daughter", "Mia Novak"],
                      ["613 555 0703"], [], ["yes"]),
      booked("Mia Novak", "+16135550703", at(wed, "11:00")),
      note="'it's for my daughter' at the name question: her name asked (no failure)")

    # ------------------------- a known caller booking for someone else: their number
    karen = {"start": "2027-03-01T10:00", "minutes": 30, "name": "Karen Holt",
             "phone": "+16135550704"}
    a("g-04", persona(["hi, i'd like to book an appointment for my son thursday at 2"],
                      ["Leo Holt"], [], [], ["yes", "yes"]),
      checks(booked("Leo Holt", "+16135550704", at(thu, "14:00")), say=["calling from"],
             not_say=ASK_PHONE),
      [karen], caller="+16135550704",
      note="a known caller books for her son: the son's name asked, then the number she "
           "calls from offered, as 'Is this for you?' gives it for her own booking (the "
           "brief's gap; beyond the SPEC's letter, which asks a number first)")
    don = {"start": "2027-01-20T15:00", "minutes": 30, "name": "Don Pratt",
           "phone": "+16135550705"}
    a("g-05", persona(["my wife needs an appointment wednesday at 3"], ["Gail Pratt"], [],
                      [], ["no, use her cell, 613 555 0715", "yes"]),
      checks(booked("Gail Pratt", "+16135550715", at(wed, "15:00")), say=["calling from"]),
      [don], caller="+16135550705",
      note="the offered number declined with another one in the same answer: the other "
           "one")
    ivy = {"start": "2027-01-12T09:00", "minutes": 30, "name": "Ivy Roth",
           "phone": "+16135550706"}
    a("g-06", persona(["can i book friday at 11 for my dad"], ["Sol Roth"], [], [],
                      ["yeah that's fine, he doesn't have a phone", "yes"]),
      checks(booked("Sol Roth", "+16135550706", at(fri, "11:00")), say=["calling from"],
             not_say=ASK_PHONE),
      [ivy], caller="+16135550706",
      note="a known caller books for her father and takes her number offered")
    a("g-07", persona(["i want to book thursday at 11 for my mother"], ["Rita Shaw"],
                      ["i don't know her number, use mine i guess"], [], ["yes", "yes"]),
      booked("Rita Shaw", "+16135559900", at(thu, "11:00")),
      note="a new caller with no number for the other person: the number called from is "
           "offered and used on yes (SPEC §3)")

    # --------------------------------------------- why the name or the number
    a("g-08", persona(["i'd like to book wednesday at 2"],
                      ["why do you need my name?", "uh, i dunno", "whatever", "Ruth Ames"],
                      ["613 555 0708"], [], ["yes"]),
      booked("Ruth Ames", "+16135550708", at(wed, "14:00")),
      note="'why do you need my name?' gets a reason and the question again, never a "
           "failed answer (the brief's gap): two answers without a name after it are two "
           "failures, not three (SPEC §3: three transfer)")
    a("g-09", persona(["friday at 9:30"], ["Sam Ito"],
                      ["why do you need my number?", "hmm, okay, 613 555 0709"], [], ["yes"]),
      booked("Sam Ito", "+16135550709", at(fri, "09:30")),
      note="'why do you need my number?': a reason and the number asked again; then the "
           "number")
    a("g-10", persona(["thursday at 3:30"], ["do you really need my name? fine, it's Omar "
                                            "Haddad"], ["613 555 0710"], [], ["yes"]),
      booked("Omar Haddad", "+16135550710", at(thu, "15:30")),
      note="the question and the name in one answer: the name")
    a("g-11", persona(["wednesday at 4"], ["Tess Ueda"],
                      ["what do you need my phone number for? i'd rather not give it out"],
                      [], ["yes", "yes"]),
      booked("Tess Ueda", "+16135559900", at(wed, "16:00")),
      note="the why-question and a refusal in one answer: no usable number, so the number "
           "called from is offered and used on yes (SPEC §3)")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Tuesday 2027-06-29 at 10:40 in Ottawa (EDT)."""
    now, a = group(out, "2027-06-29T10:40", "America/Toronto", "+16135558800")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-06-30", "2027-07-01", "2027-07-02", "2027-07-05")

    a("v-01", persona(["my husband needs to come in monday at 9"], ["his name is Omar Reid"],
                      ["613 555 0801"], [], ["yes"]),
      checks(booked("Omar Reid", "+16135550801", at(mon, "09:00")), not_say=YOUR_NAME),
      note="'my husband needs ...' from a new caller: whose name is asked")
    pat = {"start": "2027-05-03T11:00", "minutes": 30, "name": "Pat Lowe",
           "phone": "+16135550802"}
    a("v-02", persona(["i want to book my daughter in for wednesday at 10"], ["Ruby Lowe"],
                      [], [], ["sure", "yes"]),
      checks(booked("Ruby Lowe", "+16135550802", at(wed, "10:00")), say=["calling from"],
             not_say=ASK_PHONE),
      [pat], caller="+16135550802",
      note="a known caller books her daughter in: the number she calls from offered")
    a("v-03", persona(["friday at 1:30"], ["Ken Abe"],
                      ["how come you need my phone number?", "613 555 0803"], [], ["yes"]),
      booked("Ken Abe", "+16135550803", at(fri, "13:30")),
      note="'how come you need my phone number?': a reason, the number asked again")
    a("v-04", persona(["wednesday at 3:30"],
                      ["what do you need my name for?", "no idea", "meh", "Lia Moss"],
                      ["613 555 0804"], [], ["yes"]),
      booked("Lia Moss", "+16135550804", at(wed, "15:30")),
      note="'what do you need my name for?' is no failed answer: two failures after it, "
           "then the name")
    a("v-05", persona(["the day after canada day at 11"], ["Gil Ross"], ["613 555 0805"], [],
                      ["yes"]),
      booked("Gil Ross", "+16135550805", at(fri, "11:00")), closed=[thu],
      note="'the day after Canada Day' (July 1, closed): July 2")
    a("v-06", persona(["end of the week, whatever's first"], ["Ann Tull"], ["613 555 0806"],
                      ["yes"], ["yes"]),
      booked("Ann Tull", "+16135550806", at(fri, "09:00")), taken(thu, "09:00"),
      note="'end of the week' said on a Tuesday: this week's Friday (beyond the SPEC's "
           "letter)")
    a("v-07", persona(["ok bye. wait, actually, can i get thursday at 3"], ["Bo Vance"],
                      ["613 555 0807"], [], ["yes"]),
      booked("Bo Vance", "+16135550807", at(thu, "15:00")),
      note="a goodbye taken back with 'wait, actually' and a request after it")
    a("v-08", persona(["monday at 2"], ["surname's Delacroix, first name Anne"],
                      ["613 555 0808"], [], ["yes"]),
      booked("Anne Delacroix", "+16135550808", at(mon, "14:00")),
      note="the surname labelled before the first name: first then last")
    a("v-09", persona(["thursday at 10:30"], ["you mean my full name? alright, Nora Kent"],
                      ["613 555 0809"], [], ["yes"]),
      booked("Nora Kent", "+16135550809", at(thu, "10:30")),
      note="a question back, an acknowledgement, then the name")
    a("v-10", persona(["friday at 3"], ["it's Ng. N G. Ng. Tom Ng"], ["613 555 0810"], [],
                      ["yes"]),
      booked("Tom Ng", "+16135550810", at(fri, "15:00")),
      note="a short surname said, spelled and said again, then the whole name")
    a("v-11", persona(["victoria day at 2"], ["Eve Hart"], ["613 555 0811"], [], ["yes"]),
      booked("Eve Hart", "+16135550811", "2028-05-22T14:00"),
      note="Victoria Day said in June 2027: the next one, Monday 2028-05-22 (the business "
           "is open that day: no `closed` date)")


def main():
    out = []
    numbers(out)
    names(out)
    times(out)
    holidays(out)
    zones(out)
    conversation(out)
    gaps(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "messy19_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
