#!/usr/bin/env python3
"""Generator of front-desk round 27: frontdesk27_calls.jsonl.

Hand-made English booking calls on the default business (SPEC §3), written and
committed before Bella ran on them (task pf27), from the SPEC alone, phrased the way
people talk on the phone (fillers, run-ons, self-corrections, lower-case text without
punctuation, numbers as words):
- time windows and ways of saying a time the earlier rounds did not use ("around noon",
  "first thing", "end of day", "sometime next week but not Monday", "the 14th or the
  15th", "after my shift, I'm done at 3", "any day but Friday", "half past", "quarter
  to", "ten-ish", "not the morning though");
- corrections in one turn and at the read-back (time, name, number), answers
  volunteered before they are asked, numbers said in pieces;
- repeats and stalls (SPEC §3: "sorry?", "hold on"), a fourth stall in a row;
- closed days and holidays (the line's `closed` dates), hours outside the day, a
  time already past or taken;
- zones across Canada: St. John's, Halifax, Moncton, Toronto, Winnipeg, Regina (CST all
  year), Edmonton the day after the clocks change, Whitehorse (MST all year), Vancouver;
- odd inputs: empty turns, a very long turn, emoji, digits only, a caller who says
  "yes" or "no" to everything (the call must end or be put through, never loop).

Every booked start is checked against the slot oracle of `callslib.py` by
`write_jsonl`. Where an expectation goes beyond the SPEC's letter, the case's note says
so.

Blind score (main's binary at 332edee, before any fix): 61/67 with `score.py`, the same
with the runner's checks. Missed: "the 14th or the 15th" with the 14th full (the 13th,
nearest, was offered), "as soon as possible, just not tomorrow" (tomorrow booked), "anna
kowalczyk that's k o w a l c z y k" (`Kowalczyk`), a number alone at the opening (taken
for a booking), a long turn of "la la la" (read as the name `La`), and z-07, relabelled
(SPEC §2: "tuesday" alone is the next Tuesday). After the fixes 67/67, and the ten
variants (ids `v-`) 3/10 on main's binary, 10/10 after
(`bella simulate --jsonl < frontdesk27_calls.jsonl | python3
/work/shared/eval/score.py simulate frontdesk27_calls.jsonl /dev/stdin`).

Run from anywhere: `python3 bella-dialog/testdata/gen_frontdesk27_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, busy, call_group, persona, result,  # noqa: E402
                      taken, weekday_after, weekday_next_week, whole_day,
                      write_jsonl)

KIND = "frontdesk27"
PREFIX = "fd27"
YES = ["yes"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def windows(out):
    """Toronto, Monday 2027-01-11 at 09:10 (EST): ways of saying a time or a window."""
    now, a = group(out, "2027-01-11T09:10", "America/Toronto", "+14165554100")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    ntue = weekday_next_week(now, "tuesday")
    assert (tue, wed, thu, fri, ntue) == ("2027-01-12", "2027-01-13", "2027-01-14",
                                         "2027-01-15", "2027-01-19")

    a("w-01", persona(["hi uh yeah i need to get in thursday sometime around noon if thats "
                       "doable"], ["Dave Kowalski"],
                      ["four one six five five five four one zero one"], ["yes"], YES),
      booked("Dave Kowalski", "+14165554101", at(thu, "12:00")),
      note="'around noon' is 12:00 (SPEC §2 noon); number all in words")
    a("w-02", persona(["could i grab something first thing wednesday morning"],
                      ["Shauna Pratt"], ["416 555 4102"], ["yes"], YES),
      booked("Shauna Pratt", "+14165554102", at(wed, "09:30")),
      existing=taken(wed, "09:00"),
      note="'first thing wednesday morning': Wednesday morning's times earliest first, a "
           "yes takes the earliest free (9:00 taken)")
    a("w-03", persona(["end of day friday works best for me"], ["Marc Oliveira"],
                      ["416-555-4103"], ["yes"], YES),
      booked("Marc Oliveira", "+14165554103", at(fri, "16:30")),
      existing=taken(fri, "16:00"),
      note="'end of day friday' (beyond the letter): the day's last times; 16:00 taken so "
           "16:30 is the only late time, whichever way the late times are offered")
    a("w-04", persona(["i'd like to come in sometime next week but not monday"],
                      ["Ken Oduya"], ["416 555 4104"], ["yes"], YES),
      booked("Ken Oduya", "+14165554104", at(ntue, "09:00")),
      note="'sometime next week but not monday' (beyond the letter): the earliest of next "
           "week without its Monday, Tuesday 9:00; a yes takes the earliest offered")
    a("w-05", persona(["hi i wanna book, the 14th or the 15th"], ["Tara Quinn"],
                      ["416 555 4105"], ["yes"], YES),
      booked("Tara Quinn", "+14165554105", at(fri, "09:00")),
      existing=whole_day(thu),
      note="'the 14th or the 15th': the 14th is full, so the 15th's earliest (SPEC §3: a "
           "full day gives the nearest free times)")
    a("w-06", persona(["tuesday after my shift, i'm done at 3"], ["Bill Nakamura"],
                      ["416 555 4106"], ["yes"], YES),
      booked("Bill Nakamura", "+14165554106", at(tue, "15:30")),
      existing=taken(tue, "15:00"),
      note="'after my shift, i'm done at 3': after 15:00 (round 26's rule); 15:00 taken")
    a("w-07", persona(["book me in wednesday at half past two"], ["Ines Duarte"],
                      ["416 555 4107"], [], YES),
      booked("Ines Duarte", "+14165554107", at(wed, "14:30")),
      note="'half past two' is 14:30 (SPEC §2)")
    a("w-08", persona(["i need an appointment"], ["Gord Bishop"], ["416 555 4108"],
                      ["quarter to ten thursday", "ok ten then"], YES),
      booked("Gord Bishop", "+14165554108", at(thu, "10:00")),
      note="'quarter to ten' is 9:45, not a start (30-minute slots on the half hour): the "
           "nearest are offered and the caller's next answer, ten, is used")
    a("w-09", persona(["noon tomorrow please"], ["Ama Mensah"], ["416 555 4109"], [], YES),
      booked("Ama Mensah", "+14165554109", at(tue, "12:00")),
      note="'noon tomorrow' is Tuesday 12:00")
    a("w-10", persona(["can i book for the afternoon on friday but it has to be before "
                       "three"], ["Yuki Sato"], ["416 555 4110"], ["yes"], YES),
      booked("Yuki Sato", "+14165554110", at(fri, "14:00")),
      existing=busy(fri, "12:00", "13:30"),
      note="afternoon and before 15:00 (SPEC §2 part of day with a bound); 12:00-13:30 "
           "taken, 14:00 the earliest fit")
    a("w-11", persona(["wednesday, not the morning though, i have a thing"],
                      ["Paul Girard"], ["416 555 4111"], ["yes"], YES),
      booked("Paul Girard", "+14165554111", at(wed, "12:30")),
      existing=taken(wed, "12:00"),
      note="'not the morning': after 12:00 (SPEC §2); 12:00 taken")
    a("w-12", persona(["tuesday anytime between eleven and one"], ["Rosa Lindqvist"],
                      ["416 555 4112"], ["yes"], YES),
      booked("Rosa Lindqvist", "+14165554112", at(tue, "12:00")),
      existing=taken(tue, "11:00", "11:30"),
      note="between 11 and 1: after 11:00, before 13:00; 11:00 and 11:30 taken")
    a("w-13", persona(["thursday around ten ish"], ["Neil Fraser"], ["416 555 4113"], [],
                      YES),
      booked("Neil Fraser", "+14165554113", at(thu, "10:00")),
      note="'around ten ish' is 10:00")
    a("w-14", persona(["i want to make an appointment"], ["Cleo Marsh"], ["416 555 4114"],
                      ["friday but not before eleven", "yes"], YES),
      booked("Cleo Marsh", "+14165554114", at(fri, "11:30")),
      existing=taken(fri, "11:00"),
      note="'not before eleven' at the time question: after 11:00 (SPEC §2); 11:00 taken")


def any_day(out):
    """Toronto, Thursday 2027-01-14 at 16:40 (EST), after the day's last start."""
    now, a = group(out, "2027-01-14T16:40", "America/Toronto", "+14165554200")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (fri, mon) == ("2027-01-15", "2027-01-18")

    a("y-01", persona(["hi i need an appointment, any day but friday works"],
                      ["Lena Fischer"], ["416 555 4201"], ["yes"], YES),
      booked("Lena Fischer", "+14165554201", at(mon, "09:00")),
      note="'any day but friday' (beyond the letter): the earliest free start not on a "
           "Friday; today is over, so Monday 9:00 (never Friday)")
    a("y-02", persona(["as soon as possible, just not tomorrow"], ["Hugo Lemaire"],
                      ["416 555 4202"], ["yes"], YES),
      booked("Hugo Lemaire", "+14165554202", at(mon, "09:30")),
      existing=taken(mon, "09:00"),
      note="'as soon as possible' (SPEC §3) with tomorrow ruled out (beyond the letter): "
           "Monday's earliest free")
    a("y-03", persona(["whenever you've got, i'm flexible"], ["Zoe Park"], ["416 555 4203"],
                      ["yes"], YES),
      booked("Zoe Park", "+14165554203", at(fri, "09:00")),
      note="'whenever' (SPEC §3): the earliest free from now, tomorrow 9:00")


def corrections(out):
    """Winnipeg, Wednesday 2027-02-03 at 10:30 (CST): corrections, answers volunteered
    before they are asked, numbers in pieces."""
    now, a = group(out, "2027-02-03T10:30", "America/Winnipeg", "+12045554300")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09")

    a("c-01", persona(["hi this is gloria santos, i'd like thursday at ten if you have it"],
                      [], ["204 555 4301"], [], YES),
      booked("Gloria Santos", "+12045554301", at(thu, "10:00")),
      note="name and time in the opening: not asked again (SPEC §3)")
    a("c-02", persona(["friday at 2 please"], ["oh sorry, make that three thirty actually",
                                               "Pete Lambert"], ["204 555 4302"], [], YES),
      booked("Pete Lambert", "+12045554302", at(fri, "15:30")),
      note="the time corrected while the name is asked (SPEC §3): 3:30 on Friday")
    a("c-03", persona(["thursday at 11, my cell is two oh four five five five four three "
                       "zero three"], ["Ruth Abara"], [], [], YES),
      booked("Ruth Abara", "+12045554303", at(thu, "11:00")),
      note="the number in the opening: not asked again")
    a("c-04", persona(["can i do monday at ten, no sorry, tuesday at ten"], ["Ivan Petrov"],
                      ["204 555 4304"], [], YES),
      booked("Ivan Petrov", "+12045554304", at(tue, "10:00")),
      note="a correction in one turn takes the later value (SPEC §2)")
    a("c-05", persona(["thursday at 1"], ["Sue Whitehawk"], ["204 555 4305"], [],
                      ["actually can we push it to 4 instead", "yes"]),
      booked("Sue Whitehawk", "+12045554305", at(thu, "16:00")),
      note="the time changed at the read-back: 4 on the same day, read back, yes")
    a("c-06", persona(["friday at 9:30"], ["it's meg, uh no sorry, margaret o'neill"],
                      ["204 555 4306"], [], YES),
      booked("Margaret O'Neill", "+12045554306", at(fri, "09:30")),
      note="a name restated in one turn: the later one (SPEC §2)")
    a("c-07", persona(["monday at 11"], ["anna kowalczyk that's k o w a l c z y k"],
                      ["204 555 4307"], [], YES),
      booked("Anna Kowalczyk", "+12045554307", at(mon, "11:00")),
      note="a spelling after the name is not part of it (SPEC §2)")
    a("c-08", persona(["tuesday at 2"], ["tom price"], ["204 555 4308"], [],
                      ["no, it's bryce not price, b r y c e", "yes"]),
      booked("Tom Bryce", "+12045554308", at(tue, "14:00")),
      note="the surname put right at the read-back (SPEC §3: 'no' returns to the slot "
           "the caller corrects)")
    a("c-09", persona(["thursday at 3"], ["Lou Bergeron"],
                      ["uh it's two oh four... five five five... four three oh nine"], [],
                      YES),
      booked("Lou Bergeron", "+12045554309", at(thu, "15:00")),
      note="the number in pieces with pauses, in one turn")
    a("c-10", persona(["friday at 10"], ["Dee Moreau"],
                      ["204 555, uh, hang on, 4310"], [], YES),
      booked("Dee Moreau", "+12045554310", at(fri, "10:00")),
      note="a stall inside the number")
    a("c-11", persona(["monday at 1"], ["Raj Patel"], ["905 555 4311, sorry, 4312 at the end"],
                      [], YES),
      booked("Raj Patel", "+19055554312", at(mon, "13:00")),
      note="the last four corrected in the same turn (beyond the letter: SPEC §2 takes "
           "the later number)")
    a("c-12", persona(["tuesday at 11"], ["Kim Chartrand"], ["just use the one i'm calling from"],
                      [], YES),
      booked("Kim Chartrand", "+12045554399", at(tue, "11:00")),
      caller="+12045554399",
      note="'the one I'm calling from' is caller_id (SPEC §3)")
    both = "it's vic haddad, two oh four five five five four three one three, monday at three works"
    a("c-13", persona(["i'd like to book please"], [both], [both], [both], YES),
      booked("Vic Haddad", "+12045554313", at(mon, "15:00")),
      note="name, number and time in one answer to whichever is asked first: nothing "
           "asked again")


def stalls(out):
    """Edmonton, Tuesday 2027-04-13 at 09:00 (MDT): repeats and stalls."""
    now, a = group(out, "2027-04-13T09:00", "America/Edmonton", "+17805554400")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-04-14", "2027-04-15", "2027-04-16", "2027-04-19")

    a("s-01", persona(["i'd like to book"], ["Alma Reyes"], ["780 555 4401"],
                      ["sorry what was that", "uh friday at 11"], YES),
      booked("Alma Reyes", "+17805554401", at(fri, "11:00")),
      note="'sorry what was that' repeats the question (SPEC §3)")
    a("s-02", persona(["thursday at 2:30"], ["hang on a sec", "ok it's fay morin"],
                      ["780 555 4402"], [], YES),
      booked("Fay Morin", "+17805554402", at(thu, "14:30")),
      note="a stall at the name question, then the name")
    a("s-03", persona(["i need an appointment"], ["Greg Tallman"], ["780 555 4403"],
                      ["hmm", "let me check my calendar", "one sec", "monday at 2"], YES),
      booked("Greg Tallman", "+17805554403", at(mon, "14:00")),
      note="three stalls in a row are not failed answers (SPEC §3)")
    a("s-04", persona(["um", "yeah sorry, wednesday at 9 please"], ["Hal Boyd"],
                      ["780 555 4404"], [], YES),
      booked("Hal Boyd", "+17805554404", at(wed, "09:00")),
      note="'um' at the opening is a stall")
    a("s-05", persona(["thursday at ten thirty"], ["Iris Gunn"], ["780 555 4405"], [],
                      ["can you say that again", "yep that's right"]),
      booked("Iris Gunn", "+17805554405", at(thu, "10:30")),
      note="the read-back repeated on request, then yes")
    a("s-06", persona(["friday"], ["Jed Larkin"], ["780 555 4406"],
                      ["sorry what were the times", "the nine thirty one"], YES),
      booked("Jed Larkin", "+17805554406", at(fri, "09:30")),
      note="the offers repeated; 'the nine thirty one' picks 9:30")
    a("s-07", persona(["i want to book something"], ["Kay Dunn"], ["780 555 4407"],
                      ["hmm", "hold on", "let me think", "one sec", "thursday at 3"], YES),
      booked("Kay Dunn", "+17805554407", at(thu, "15:00")),
      note="a fourth stall counts as one failed answer (SPEC §3), not three: the time "
           "after it is still taken")


def closed_days(out):
    """Halifax, Wednesday 2026-12-23 at 10:00 (AST), the office closed Christmas Eve,
    Christmas and Monday the 28th (Boxing Day observed)."""
    closed = ["2026-12-24", "2026-12-25", "2026-12-28"]
    now, a = group(out, "2026-12-23T10:00", "America/Halifax", "+19025554500")
    today, tue = now[:10], "2026-12-29"
    assert weekday_after(now, "tuesday") == tue

    a("h-01", persona(["thursday morning works"], ["Lyle Doucet"], ["902 555 4501"], ["yes"],
                      YES),
      booked("Lyle Doucet", "+19025554501", at(tue, "09:00")),
      closed=closed,
      note="Thursday (Christmas Eve) is closed: said, and the next open day, Tuesday the "
           "29th, offered (SPEC §3); a yes takes its earliest")
    a("h-02", persona(["can i come in on the 28th at 10"], ["Meg Comeau"], ["902 555 4502"],
                      ["ok the 29th at 10 then"], YES),
      booked("Meg Comeau", "+19025554502", at(tue, "10:00")),
      closed=closed,
      note="the 28th is closed; the caller takes the 29th at 10")
    a("h-03", persona(["saturday at 11"], ["Ned Landry"], ["902 555 4503"], ["yes"], YES),
      booked("Ned Landry", "+19025554503", at(tue, "09:30")),
      closed=closed, existing=taken(tue, "09:00"),
      note="Saturday closed, and Monday (a holiday) too: the next open day is Tuesday "
           "(9:00 taken)")
    a("h-04", persona(["this weekend if possible"], ["Olive Gallant"], ["902 555 4504"],
                      ["ok tuesday at 2"], YES),
      booked("Olive Gallant", "+19025554504", at(tue, "14:00")),
      closed=closed,
      note="'this weekend' is closed (SPEC §3); the caller then takes Tuesday at 2")
    a("h-05", persona(["anything today around 6"], ["Pat Arsenault"], ["902 555 4505"],
                      ["ok what about 4:30 then"], YES),
      booked("Pat Arsenault", "+19025554505", at(today, "16:30")),
      closed=closed,
      note="6 is 18:00 (business-hour reading), after closing: refused, the next answer "
           "used")
    a("h-06", persona(["this morning at 9"], ["Quinn Hache"], ["902 555 4506"], ["fine, 11"],
                      YES),
      booked("Quinn Hache", "+19025554506", at(today, "11:00")),
      closed=closed,
      note="9:00 today is past: refused; 'fine, 11' keeps today")
    a("h-07", persona(["today at 2"], ["Rene Poirier"], ["902 555 4507"],
                      ["what about half past two"], YES),
      booked("Rene Poirier", "+19025554507", at(today, "14:30")),
      closed=closed, existing=taken(today, "14:00"),
      note="14:00 taken: refused; 'half past two' keeps today")


def zones(out):
    """Calls across Canada's zones, near the edges of the day."""
    now, a = group(out, "2027-02-10T15:50", "America/St_Johns", "+17095554600")
    a("z-01", persona(["is four thirty today still open"], ["Sean Kelly"], ["709 555 4601"],
                      [], YES),
      booked("Sean Kelly", "+17095554601", at(now[:10], "16:30")),
      note="St. John's (UTC-3:30): 16:30 today still ahead")
    now, a = group(out, "2027-06-15T16:05", "America/Regina", "+13065554700")
    a("z-02", persona(["anything left today, like the last thing you've got"], ["Tess Olson"],
                      ["306 555 4702"], ["yes"], YES),
      booked("Tess Olson", "+13065554702", at(now[:10], "16:30")),
      note="Regina keeps CST in summer (UTC-6): after 16:05 only 16:30 is left today")
    now, a = group(out, "2027-03-15T08:50", "America/Edmonton", "+17805554800")
    a("z-03", persona(["can i come in this morning at nine"], ["Uma Sinclair"],
                      ["780 555 4803"], [], YES),
      booked("Uma Sinclair", "+17805554803", at(now[:10], "09:00")),
      note="Edmonton the day after the clocks went forward (MDT): 9:00 today")
    now, a = group(out, "2027-11-08T15:40", "America/Vancouver", "+16045554900")
    a("z-04", persona(["can i squeeze in just before you close today"], ["Vern Cho"],
                      ["604 555 4904"], ["yes"], YES),
      booked("Vern Cho", "+16045554904", at(now[:10], "16:30")),
      existing=taken(now[:10], "16:00"),
      note="'just before you close today' (beyond the letter): the last times today; "
           "16:00 taken, 16:30 left")
    now, a = group(out, "2027-01-20T11:00", "America/Whitehorse", "+18675555000")
    a("z-05", persona(["tomorrow at one please"], ["Wade Tizya"], ["867 555 5005"], [], YES),
      booked("Wade Tizya", "+18675555005", at(add_days(now[:10], 1), "13:00")),
      note="Whitehorse keeps MST all year (UTC-7)")
    now, a = group(out, "2027-08-02T12:10", "America/Moncton", "+15065555100")
    a("z-06", persona(["anything this afternoon"], ["Xavier Leblanc"], ["506 555 5106"],
                      ["yes"], YES),
      booked("Xavier Leblanc", "+15065555106", at("2027-08-03", "12:00")),
      closed=["2027-08-02"],
      note="New Brunswick Day: today is closed; the next open day's afternoon offered "
           "(SPEC §3), a yes takes 12:00")
    now, a = group(out, "2027-05-17T09:30", "America/Winnipeg", "+12045555200")
    nmon = weekday_next_week(now, "monday")
    assert nmon == "2027-05-24"
    a("z-07", persona(["next monday at 10"], ["Yvette Roy"], ["204 555 5207"],
                      ["tuesday at 10 then"], YES),
      booked("Yvette Roy", "+12045555207", at("2027-05-18", "10:00")),
      closed=[nmon],
      note="Victoria Day is closed: said; the caller says 'tuesday at 10', and a weekday "
           "alone is the next one after today (SPEC §2), the 18th (relabelled after the "
           "blind run: the label said the 25th, the Tuesday after the holiday)")
    now, a = group(out, "2027-07-05T08:20", "America/St_Johns", "+17095555300")
    a("z-08", persona(["first thing today if you can"], ["Zack Pardy"], ["709 555 5308"],
                      ["yes"], YES),
      booked("Zack Pardy", "+17095555308", at(now[:10], "09:00")),
      note="St. John's in summer (NDT, UTC-2:30): today's earliest, 9:00")
    now, a = group(out, "2027-09-30T16:45", "America/Halifax", "+19025555400")
    a("z-09", persona(["is there anything before you close today"], ["Abby Muise"],
                      ["902 555 5409"], ["ok tomorrow at nine then"], YES),
      booked("Abby Muise", "+19025555409", at("2027-10-01", "09:00")),
      note="nothing left today (16:30 has passed): said; the caller takes tomorrow at 9")


def odd_inputs(out):
    """Toronto, Tuesday 2027-03-02 at 11:00 (EST): empty turns, a very long turn, emoji,
    digits only, a caller who says yes or no to everything."""
    now, a = group(out, "2027-03-02T11:00", "America/Toronto", "+16475554600")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    assert (wed, thu, fri) == ("2027-03-03", "2027-03-04", "2027-03-05")

    def ends(outcome, turns=30):
        exp = result(outcome)
        exp["no_appointment"] = True
        exp["max_turns"] = turns
        return exp

    a("o-01", persona(), ends("no_booking", 8),
      note="a silent caller: three silent turns end the call politely (SPEC §3)")
    a("o-02", persona(["", "", "sorry bad line, i want to book wednesday at 3"],
                      ["Bea Lam"], ["647 555 4602"], [], YES),
      booked("Bea Lam", "+16475554602", at(wed, "15:00")),
      note="two empty turns, then the request: booked")
    ramble = ("ok so um hi, so basically the thing is i've been meaning to call for a while "
              "now because my back has been acting up ever since i moved apartments last "
              "month, we had to carry this enormous couch up three flights of stairs and "
              "my brother in law was supposed to help but he showed up late like always "
              "and then it started raining and honestly the whole day was a mess, and my "
              "doctor said i should come see you folks, and my friend from work also said "
              "you were really good, she came in last year for her shoulder, anyway i work "
              "all over the place this month with the inventory count and everything so "
              "it's hard to plan, but i checked and ")
    a("o-03", persona([ramble * 3 + "so yeah could i book thursday at eleven, it's for me, "
                       "sam ortiz"], [], ["647 555 4603"], [], YES),
      booked("Sam Ortiz", "+16475554603", at(thu, "11:00")),
      note="a very long turn ending with the day, time and name: all kept")
    a("o-04", persona(["👋 hi!! can i book friday at 10 🙏"], ["lily tran 😊"],
                      ["647 555 4604 📱"], [], YES),
      booked("Lily Tran", "+16475554604", at(fri, "10:00")),
      note="emoji around the answers are ignored")
    a("o-05", persona(["6475554605", "i'd like to book wednesday at 1"], ["Omar Beg"],
                      ["6475554605"], [], YES),
      booked("Omar Beg", "+16475554605", at(wed, "13:00")),
      note="digits only at the opening: no crash, no booking of nothing; the request "
           "after it is booked")
    a("o-06", persona(["yes"], ["yes"], ["yes"], ["yes"], ["yes"], ["yes"]),
      ends("transferred"),
      note="'yes' to everything: three failed answers put the caller through (SPEC §3), "
           "no loop")
    a("o-07", persona(["no"], ["no"], ["no"], ["no"], ["no"], ["no"]),
      ends("transferred"),
      note="'no' to everything: three failed answers put the caller through (SPEC §3), "
           "no loop")
    a("o-08", persona(["i want to book an appointment"], ["yes"], ["yes"], ["yes"], ["yes"],
                      ["yes"]),
      ends("transferred"),
      note="a booking asked for, then 'yes' to every question: the name never comes, "
           "three failed answers put the caller through")
    a("o-09", persona(["book me in please"], ["no"], ["no"], ["no"], ["no"], ["no"]),
      ends("transferred"),
      note="a booking asked for, then 'no' to every question: put through, no loop")
    a("o-10", persona(["i'd like to book for tomorrow"], ["Cyd Ferreira"], ["647 555 4610"],
                      ["3"], YES),
      booked("Cyd Ferreira", "+16475554610", at(wed, "15:00")),
      note="a bare digit at the time question keeps the day (SPEC §3): 15:00 tomorrow")
    a("o-11", persona(["...", "?", "i need an appointment thursday at 2"], ["Dot Haines"],
                      ["647 555 4611"], [], YES),
      booked("Dot Haines", "+16475554611", at(thu, "14:00")),
      note="punctuation only, twice, then the request: booked")
    a("o-12", persona(["la " * 1200]), ends("transferred"),
      note="a 3,600-character turn of noise, again and again: no crash, put through "
           "after three failed answers")
    a("o-13", persona(["friday at 11"], ["12345", "ok it's rhea das"], ["647 555 4613"], [],
                      YES),
      booked("Rhea Das", "+16475554613", at(fri, "11:00")),
      note="digits at the name question are not a name; the name after")
    a("o-14", persona(["i need to book friday at 2"], ["Joe Park"], ["yes"], [], YES),
      booked("Joe Park", "+16475554600", at(fri, "14:00")),
      note="'yes' to the number question: no number; the caller's own number offered "
           "and taken on yes (SPEC §3)")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed: a name
    with its spelling announced, two days joined by "or" (the second tried when the
    first has nothing free), today or tomorrow ruled out, noise at the name question,
    a number alone at the opening. Calgary, Tuesday 2027-06-08 at 10:20 (MDT)."""
    now, a = group(out, "2027-06-08T10:20", "America/Edmonton", "+14035555500")
    today, wed = now[:10], weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (wed, thu, fri, mon, tue) == ("2027-06-09", "2027-06-10", "2027-06-11",
                                         "2027-06-14", "2027-06-15")

    a("v-01", persona(["thursday at 10"], ["priya shah that's s h a h"], ["403 555 5501"], [],
                      YES),
      booked("Priya Shah", "+14035555501", at(thu, "10:00")),
      note="a spelling announced with 'that's' after the whole name is not part of it")
    a("v-02", persona(["friday at 11"], ["leo marchetti spelled m a r c h e t t i"],
                      ["403 555 5502"], [], YES),
      booked("Leo Marchetti", "+14035555502", at(fri, "11:00")),
      note="a spelling announced with 'spelled'")
    a("v-03", persona(["i'd like wednesday or friday"], ["Gail Weber"], ["403 555 5503"],
                      ["yes"], YES),
      booked("Gail Weber", "+14035555503", at(fri, "09:00")),
      existing=whole_day(wed),
      note="'wednesday or friday', Wednesday full: Friday's times, earliest first (not "
           "the nearest day, today)")
    a("v-04", persona(["can i get the 10th or the 14th"], ["Omar Kaddoura"],
                      ["403 555 5504"], ["yes"], YES),
      booked("Omar Kaddoura", "+14035555504", at(mon, "09:00")),
      closed=[thu],
      note="the 10th is closed: the 14th's times (not the next open day, the 11th)")
    a("v-05", persona(["wednesday or thursday works"], ["Bea Lindgren"], ["403 555 5505"],
                      ["yes"], YES),
      booked("Bea Lindgren", "+14035555505", at(wed, "09:00")),
      note="the first of two days has room: its times")
    a("v-06", persona(["earliest you've got but not today"], ["Cal Iversen"],
                      ["403 555 5506"], ["yes"], YES),
      booked("Cal Iversen", "+14035555506", at(wed, "09:00")),
      note="today ruled out: the earliest from tomorrow")
    a("v-07", persona(["first available, not tomorrow though"], ["Dina Roth"],
                      ["403 555 5507"], ["yes"], YES),
      booked("Dina Roth", "+14035555507", at(today, "10:30")),
      note="tomorrow ruled out, today still has room: today's earliest")
    a("v-08", persona(["whenever, except tomorrow"], ["Eli Strand"], ["403 555 5508"],
                      ["yes"], YES),
      booked("Eli Strand", "+14035555508", at(thu, "09:00")),
      existing=busy(today, "10:30", "16:30"),
      note="today full, tomorrow ruled out: Thursday's earliest")
    a("v-09", persona(["monday at 2"], ["blah blah blah", "ok it's rita gomes"],
                      ["403 555 5509"], [], YES),
      booked("Rita Gomes", "+14035555509", at(mon, "14:00")),
      note="noise at the name question is no name; the name after it")
    a("v-10", persona(["my number is 403 555 5510", "yeah i'd like to book friday at 2"],
                      ["Hank Olsen"], [], [], YES),
      booked("Hank Olsen", "+14035555510", at(fri, "14:00")),
      note="a number alone at the opening is kept, and the caller asked what they would "
           "like; the booking then needs no number")


def main():
    out = []
    windows(out)
    any_day(out)
    corrections(out)
    stalls(out)
    closed_days(out)
    zones(out)
    odd_inputs(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "frontdesk27_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
