#!/usr/bin/env python3
"""Generator of probe round 15: probe15_calls.jsonl.

Hand-made English calls (SPEC §2, §3, §3.1), written and committed before Bella ran on
them, on what earlier rounds touched least: the latest start of a day ("as late as
possible", "the last appointment of the day", "your latest slot"), "what times do you
have?" asked while times are offered, questions at the read-back ("can you spell that
back?", "can you text me a confirmation?", "what was the number you have?"), a number
broken off then a clock at the time question ("416 555 12, sorry, at 10 30"), numbers
said in groups ("the first three are 514, then 555 ..."), a time relative to the
caller's other booking ("right after my Thursday one"), "the day after tomorrow in the
afternoon", "any time after 3", "same time as last time", a cancel with a rebook in one
breath, long rambling first turns with every slot; on the default business, the clinic
and the garage of `bella-dialog/examples/`.

Every expected start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe15_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, business_by_name, busy,  # noqa: E402
                      local_now, noted_calls, persona, result, taken, weekday_after,
                      write_jsonl)

TOR = "America/Toronto"
CID = "+14165550700"
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")
GARAGE = os.path.join(HERE, "..", "examples", "garage.toml")
NOT_CAUGHT = ["didn't catch"]
# A question at the read-back gets an answer, not a request for a yes or a no.
UNANSWERED = NOT_CAUGHT + ["was that a yes or a no"]


def latest(biz, day, now, existing=(), service=None):
    """The latest free start of `day` (the oracle's last)."""
    return biz.free_starts(day, now, existing, service)[-1][0]


def toronto_calls(out):
    """Toronto, Tuesday 2027-05-11 at 10:05 (EDT), the default business."""
    wall = "2027-05-11T10:05"
    now = local_now(wall, TOR)
    add = noted_calls(out, "p15", "probe15")

    def a(cid, p, exp, existing=(), note="", caller=CID):
        add(cid, wall, TOR, caller, p, exp, existing, note=note)

    biz = Business.default()
    today = now[:10]
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (today, wed, thu, fri, mon) == ("2027-05-11", "2027-05-12", "2027-05-13",
                                           "2027-05-14", "2027-05-17")

    # ------------------------------------------------ the latest start of a day
    assert latest(biz, thu, now) == at(thu, "16:30")
    a("l-01", persona(["hi, can i get thursday, as late as possible?"], ["Greta Hale"],
                      ["416 555 0701"], ["yes"], ["yes"]),
      booked("Greta Hale", "+14165550701", at(thu, "16:30")),
      note="'as late as possible': offers start from the latest free start; a yes takes "
           "the first offered, 16:30")
    late_fri = taken(fri, "16:30")
    assert latest(biz, fri, now, late_fri) == at(fri, "16:00")
    a("l-02", persona(["i need an appointment"], ["Hugo Ives"], ["416 555 0702"],
                      ["what's your latest slot on friday?", "yes"], ["yes"]),
      booked("Hugo Ives", "+14165550702", at(fri, "16:00")), late_fri,
      note="'your latest slot' with 16:30 taken: 16:00 is the latest, a yes takes it")
    a("l-03", persona(["could i book the last appointment of the day, monday"],
                      ["Ines Jarvis"], ["416 555 0703"], ["that works"], ["yes"]),
      booked("Ines Jarvis", "+14165550703", at(mon, "16:30")),
      note="'the last appointment of the day' Monday: 16:30, 'that works' takes it")
    late_wed = taken(wed, "16:00", "16:30")
    assert latest(biz, wed, now, late_wed) == at(wed, "15:30")
    a("l-04", persona(["hi there, what's the latest you can do on wednesday?"],
                      ["Joel Kerr"], ["416 555 0704"], ["ok, i'll take it"], ["yes"]),
      booked("Joel Kerr", "+14165550704", at(wed, "15:30")), late_wed,
      note="'the latest you can do' with 4 and 4:30 taken: 15:30")
    late_thu = taken(thu, "16:30")
    a("l-05", persona(["i'd like your latest slot thursday please"], ["Jana Kemp"],
                      ["416 555 0705"], ["yes please"], ["yes"]),
      booked("Jana Kemp", "+14165550705", at(thu, "16:00")), late_thu,
      note="'your latest slot Thursday' with 16:30 taken: 16:00")

    # ------------------------------------- a question while times are offered
    a("w-01", persona(["can i come in on wednesday?"], ["Kara Lund"], ["416 555 0711"],
                      ["what times do you have?", "11 please"], ["yes"]),
      {**booked("Kara Lund", "+14165550711", at(wed, "11:00")), "say_not_contains": NOT_CAUGHT},
      note="'what times do you have?' while Wednesday's times are offered: the offers "
           "said again, no 'didn't catch'; then 11")
    fri_morning = busy(fri, "09:00", "10:00")
    a("w-02", persona(["i'd like to book for friday morning"], ["Liam Moody"],
                      ["416 555 0712"], ["sorry, what's open?", "the 10:30"], ["yes"]),
      {**booked("Liam Moody", "+14165550712", at(fri, "10:30")), "say_not_contains": NOT_CAUGHT},
      fri_morning, note="'what's open?' while Friday morning's times are offered")
    a("w-03", persona(["do you have anything monday?"], ["Mira Nash"], ["416 555 0713"],
                      ["ok what have you got open?", "1:30"], ["yes"]),
      {**booked("Mira Nash", "+14165550713", at(mon, "13:30")), "say_not_contains": NOT_CAUGHT},
      note="'what have you got open?' while Monday's times are offered; then 1:30")
    a("w-04", persona(["thursday at 8 please"], ["Nico Orr"], ["416 555 0714"],
                      ["what times do you have then?", "9:30"], ["yes"]),
      {**booked("Nico Orr", "+14165550714", at(thu, "09:30")), "say_not_contains": NOT_CAUGHT},
      note="8 is before opening; 'what times do you have then?' at the nearest offers")
    a("w-05", persona(["tomorrow afternoon if you can"], ["Noor Patel"], ["416 555 0715"],
                      ["hmm, what's available?", "the first one"], ["yes"]),
      {**booked("Noor Patel", "+14165550715", at(wed, "13:00")), "say_not_contains": NOT_CAUGHT},
      busy(wed, "12:00", "12:30"),
      note="'what's available?' while Wednesday afternoon is offered; 'the first one' is "
           "the earliest, 13:00 (12:00 and 12:30 taken)")

    # ------------------------------------------------ questions at the read-back
    a("r-01", persona(["thursday at 11"], ["Siobhan Kavanagh"], ["416 555 0721"], [],
                      ["can you spell that back?", "yes"]),
      {**booked("Siobhan Kavanagh", "+14165550721", at(thu, "11:00")),
       "say_not_contains": UNANSWERED},
      note="'can you spell that back?' at the read-back: spelled, then read back again")
    a("r-02", persona(["friday at 2"], ["Omar Price"], ["416 555 0722"], [],
                      ["can you text me a confirmation?", "yes"]),
      {**booked("Omar Price", "+14165550722", at(fri, "14:00")), "say_not_contains": UNANSWERED},
      note="'can you text me a confirmation?' alone: an answer, the read-back again, yes")
    a("r-03", persona(["monday at 3:30"], ["Pam Quill"], ["416 555 0723"], [],
                      ["what was the number you have?", "yes that's right"]),
      {**booked("Pam Quill", "+14165550723", at(mon, "15:30")), "say_not_contains": UNANSWERED},
      note="'what was the number you have?' at the read-back: the number told, then yes")
    a("r-04", persona(["wednesday at 9"], ["Quinn Rowe"], ["the one i'm calling from"], [],
                      ["sorry, what number did you put down?", "yes"], ["yes"]),
      {**booked("Quinn Rowe", CID, at(wed, "09:00")), "say_not_contains": UNANSWERED},
      note="the caller's own number offered and taken; 'what number did you put down?'")
    a("r-05", persona(["thursday at 3"], ["Rhea Stone"], ["416 555 0725"], [],
                      ["will you send me a text with that?", "great, yes"]),
      {**booked("Rhea Stone", "+14165550725", at(thu, "15:00")), "say_not_contains": UNANSWERED},
      note="'will you send me a text with that?' at the read-back")
    a("r-06", persona(["friday at 11:30"], ["Saul Trent"], ["416 555 0726"], [],
                      ["what day was that again?", "yes"]),
      {**booked("Saul Trent", "+14165550726", at(fri, "11:30")), "say_not_contains": UNANSWERED},
      note="'what day was that again?' at the read-back: the read-back again")
    a("r-07", persona(["monday at 10:30"], ["Tess Ulrich"], ["416 555 0727"], [],
                      ["can you read the number back to me?", "yep"]),
      {**booked("Tess Ulrich", "+14165550727", at(mon, "10:30")),
       "say_not_contains": UNANSWERED},
      note="'can you read the number back to me?' at the read-back")

    # --------------------------------- a number broken off, then the clock asked
    a("d-01", persona(["i'd like to book friday"], ["Tara Upton"], ["416 555 0731"],
                      ["416 555 12, sorry, at 10 30"], ["yes"]),
      booked("Tara Upton", "+14165550731", at(fri, "10:30")),
      note="digits broken off, 'sorry', then 'at 10 30': the time is 10:30 Friday, the "
           "number stays")
    a("d-02", persona(["thursday works"], ["Umar Vale"], ["416 555 0732"],
                      ["six four seven five five five, oh sorry, wrong thing, 2 o'clock"],
                      ["yes"]),
      booked("Umar Vale", "+14165550732", at(thu, "14:00")),
      note="a number said by mistake at the time question, then '2 o'clock'")
    a("d-03", persona(["monday please"], ["Vic Wynn"], ["416 555 0733"],
                      ["289 555 03, sorry, 11 30"], ["yes"]),
      booked("Vic Wynn", "+14165550733", at(mon, "11:30")),
      note="digits broken off, 'sorry, 11 30': 11:30 Monday")

    # -------------------------------------------------- numbers said in groups
    a("n-01", persona(["wednesday at 10"], ["Wade Xu"],
                      ["the first three are 514, then 555, then 0741"], [], ["yes"]),
      booked("Wade Xu", "+15145550741", at(wed, "10:00")),
      note="'the first three are 514, then 555, then 0741'")
    a("n-02", persona(["wednesday at 10:30"], ["Xena Young"],
                      ["area code is 647 and then it's 555 0742"], [], ["yes"]),
      booked("Xena Young", "+16475550742", at(wed, "10:30")),
      note="'area code is 647 and then it's 555 0742'")
    a("n-03", persona(["wednesday at 11:30"], ["Yuri Zell"],
                      ["first three 905, next three 555, last four 0743"], [], ["yes"]),
      booked("Yuri Zell", "+19055550743", at(wed, "11:30")),
      note="'first three 905, next three 555, last four 0743'")
    a("n-04", persona(["wednesday at 1"], ["Zoe Abbott"],
                      ["it starts with 226, then 555, and the last four are 0744"], [],
                      ["yes"]),
      booked("Zoe Abbott", "+12265550744", at(wed, "13:00")),
      note="'it starts with 226, then 555, and the last four are 0744'")
    a("n-05", persona(["wednesday at 2"], ["Adam Birch"],
                      ["the first three are five one four, then five five five, then oh "
                       "seven four five"], [], ["yes"]),
      booked("Adam Birch", "+15145550745", at(wed, "14:00")),
      note="the groups said in words")

    # ---------------------------------------- a time relative to another booking
    hana = {"name": "Hana Ito", "phone": "+14165550751"}
    a("b-01", persona(["can i book another appointment right after my one on thursday?"],
                      ["Hana Ito"], ["the number i'm calling from"], ["yes"], ["yes"]),
      booked("Hana Ito", "+14165550751", at(thu, "14:30")),
      [{"start": at(thu, "14:00"), "minutes": 30, **hana}], caller="+14165550751",
      note="'right after my one on Thursday' with 14:00 on file: 14:30")
    ben = {"name": "Ben Cole", "phone": "+14165550752"}
    a("b-02", persona(["hi, i've got an appointment friday at 3, and i'd like to book "
                       "another one an hour before that"],
                      ["Ben Cole"], ["the number i'm calling from"], ["yes"], ["yes"]),
      booked("Ben Cole", "+14165550752", at(fri, "14:00")),
      [{"start": at(fri, "15:00"), "minutes": 30, **ben}], caller="+14165550752",
      note="'another one an hour before that' (Friday 15:00 said): 14:00")

    # ----------------------------------------------- day phrases and windows
    thu_noon = busy(thu, "12:00", "12:30")
    a("a-01", persona(["the day after tomorrow in the afternoon please"], ["Cleo Dunn"],
                      ["416 555 0761"], ["yes"], ["yes"]),
      booked("Cleo Dunn", "+14165550761", at(thu, "13:00")), thu_noon,
      note="'the day after tomorrow in the afternoon': Thursday, 12:00 and 12:30 taken, "
           "the earliest afternoon start 13:00")
    a("a-02", persona(["any time after 3 on monday"], ["Dev Ellis"], ["416 555 0762"],
                      ["yes"], ["yes"]),
      booked("Dev Ellis", "+14165550762", at(mon, "15:00")),
      note="'any time after 3 on Monday': 15:00 first")
    a("a-03", persona(["friday, anytime after 3 is fine"], ["Erin Ford"], ["416 555 0763"],
                      ["yes"], ["yes"]),
      booked("Erin Ford", "+14165550763", at(fri, "15:30")), taken(fri, "15:00"),
      note="'anytime after 3' with 15:00 taken: 15:30")
    a("a-04", persona(["can i come in 3 days from now at 11?"], ["Finn Gale"],
                      ["416 555 0764"], [], ["yes"]),
      booked("Finn Gale", "+14165550764", at(add_days(today, 3), "11:00")),
      note="'in 3 days' (SPEC §2) from Tuesday is Friday, 11:00")
    a("a-05", persona(["a week from today at 2 please"], ["Gwen Hart"], ["416 555 0765"],
                      [], ["yes"]),
      booked("Gwen Hart", "+14165550765", at(add_days(today, 7), "14:00")),
      note="'a week from today at 2': Tuesday 18th, 14:00")
    a("a-06", persona(["the day after tomorrow, first thing in the morning"], ["Hal Irwin"],
                      ["416 555 0766"], ["yes"], ["yes"]),
      booked("Hal Irwin", "+14165550766", at(thu, "09:00")),
      note="'the day after tomorrow, first thing in the morning': Thursday 9:00")
    a("a-07", persona(["what's the first available after 3, any day?"], ["Ivy Jones"],
                      ["416 555 0767"], ["yes"], ["yes"]),
      booked("Ivy Jones", "+14165550767", at(today, "15:00")),
      note="'first available after 3, any day' at 10:05: today 15:00")

    # -------------------------------------------------- same time as last time
    ruth = {"name": "Ruth Penn", "phone": "+14165550771"}
    a("s-01", persona(["hi, it's ruth penn, can i book the same time as last time, but on "
                       "friday?"], [], ["the number i'm calling from"], [], ["yes"]),
      booked("Ruth Penn", "+14165550771", at(fri, "14:30")),
      [{"start": "2027-05-04T14:30", "minutes": 30, **ruth}], caller="+14165550771",
      note="'the same time as last time' (14:30 last Tuesday, on file): Friday 14:30")

    # ------------------------------------------------ cancel and rebook at once
    kay = {"name": "Kay Lowe", "phone": "+14165550781"}
    a("c-01", persona(["i need to cancel my thursday appointment and rebook it for friday "
                       "at 1"], [], ["416 555 0781"], [], ["yes"]),
      result("rescheduled", {**kay, "start": at(fri, "13:00")}),
      [{"start": at(thu, "11:00"), "minutes": 30, **kay}], caller="+14165550781",
      note="a cancel with a rebook in one breath is a move: Friday 13:00")
    a("c-02", persona(["hi, can you cancel my appointment on thursday? i'd rather come "
                       "monday at 9 instead"], [], ["416 555 0782"], [], ["yes"]),
      result("rescheduled", {"name": "Kay Lowe", "phone": "+14165550782",
                             "start": at(mon, "09:00")}),
      [{"start": at(thu, "11:00"), "minutes": 30, "name": "Kay Lowe",
        "phone": "+14165550782"}], caller="+14165550782",
      note="'cancel ... I'd rather come Monday at 9 instead': a move")

    # ------------------------------------------------ long rambling first turns
    a("g-01", persona(["hi yeah so um my name's derek o'brien, i was hoping to get in "
                       "sometime thursday, maybe around 11 if you have it, you can reach "
                       "me at 289 555 0791, that's my cell"], [], [], [], ["yes"]),
      booked("Derek O'Brien", "+12895550791", at(thu, "11:00")),
      note="every slot in a rambling first turn: read back at once")
    a("g-02", persona(["good morning! okay so this is for me, priya nair, and i'm looking "
                       "at friday afternoon, any time after 2 works, and my number's 647 "
                       "555 0792 if you need it"], [], [], ["yes"], ["yes"]),
      booked("Priya Nair", "+16475550792", at(fri, "14:00")),
      note="name, window and number in one turn: 14:00 offered first, a yes")
    a("g-03", persona(["hello, sorry, i've never called before, um, my doctor said i "
                       "should book something, so, my name is tom walsh, and i could do "
                       "monday at 10 or so, the number is 416 555 0793"], [], [], [],
                      ["yes"]),
      booked("Tom Walsh", "+14165550793", at(mon, "10:00")),
      note="a long opening with a story before the slots")


def example_calls(out):
    """The clinic (Halifax) and the garage (Edmonton) of `bella-dialog/examples/`, on
    Tuesday 2027-05-11."""
    add = noted_calls(out, "p15", "probe15")

    cwall, hfx = "2027-05-11T11:05", "America/Halifax"
    cnow = local_now(cwall, hfx)
    clinic = Business.from_toml(CLINIC)
    cmon, cthu = weekday_after(cnow, "monday"), weekday_after(cnow, "thursday")
    cfri = weekday_after(cnow, "friday")

    def c(cid, p, exp, existing=(), note=""):
        add(cid, cwall, hfx, "+19025550800", p, exp, existing, note=note, business="clinic")

    assert latest(clinic, cmon, cnow, service="Initial assessment") == at(cmon, "16:00")
    c("k-01", persona(["i need an initial assessment monday, as late in the day as "
                       "possible"], ["Lena Moss"], ["902 555 0801"], ["yes"], ["yes"],
                      service=[]),
      booked("Lena Moss", "+19025550801", at(cmon, "16:00"), service="Initial assessment"),
      note="an hour-long service, the latest start that fits before 17:00: 16:00")
    assert latest(clinic, cthu, cnow, service="Massage therapy") == at(cthu, "16:00")
    c("k-02", persona(["what's the latest massage you have thursday?"], ["Milo Nunez"],
                      ["902 555 0802"], ["yes"], ["yes"], service=[]),
      booked("Milo Nunez", "+19025550802", at(cthu, "16:00"), service="Massage therapy",
             resource="Luc Gagnon"),
      note="a 45-minute massage on the 30-minute grid: 16:00 is the latest start")
    c("k-03", persona(["a follow-up with dr singh on friday please"], ["Nell Oakes"],
                      ["902 555 0803"], ["what times are available?", "the 2 o'clock"],
                      ["yes"], service=[]),
      {**booked("Nell Oakes", "+19025550803", at(cfri, "14:00"), service="Follow-up",
                resource="Dr. Amara Singh"), "say_not_contains": NOT_CAUGHT},
      note="'what times are available?' while Dr. Singh's Friday is offered")

    gwall, edm = "2027-05-11T08:05", "America/Edmonton"
    gnow = local_now(gwall, edm)
    garage = Business.from_toml(GARAGE)
    gfri, gsat = weekday_after(gnow, "friday"), weekday_after(gnow, "saturday")

    def g(cid, p, exp, existing=(), note=""):
        add(cid, gwall, edm, "+17805550900", p, exp, existing, note=note, business="garage")

    assert latest(garage, gfri, gnow, service="Oil change") == at(gfri, "16:30")
    g("m-01", persona(["i need an oil change friday, the latest you've got"], ["Owen Park"],
                      ["780 555 0901"], ["yes"], ["yes"], service=[]),
      booked("Owen Park", "+17805550901", at(gfri, "16:30"), service="Oil change"),
      note="'the latest you've got' at the garage (closes 17:00): 16:30")
    g("m-02", persona(["oil change saturday morning"], ["Pia Quon"], ["780 555 0902"],
                      ["what's open?", "9:30"], ["yes"], service=[]),
      {**booked("Pia Quon", "+17805550902", at(gsat, "09:30"), service="Oil change"),
       "say_not_contains": NOT_CAUGHT},
      note="'what's open?' while Saturday morning is offered; then 9:30")
    g("m-03", persona(["hi, my check engine light is on, can you look at it friday? my "
                       "name is raj singh, 780 555 0903, anytime after 1"], [], [], ["yes"],
                      ["yes"], service=[]),
      booked("Raj Singh", "+17805550903", at(gfri, "13:00"), service="Diagnostic",
             resource="Bay 3"),
      note="a rambling first turn naming the service by a phrase, a window and the slots")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Wednesday 2027-05-12 at 14:20 in Toronto; the garage in Edmonton."""
    wall = "2027-05-12T14:20"
    now = local_now(wall, TOR)
    add = noted_calls(out, "p15", "probe15")

    def a(cid, p, exp, existing=(), note="", caller=CID):
        add(cid, wall, TOR, caller, p, exp, existing, note=note)

    biz = Business.default()
    tue, fri = weekday_after(now, "tuesday"), weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    assert (tue, fri, mon) == ("2027-05-18", "2027-05-14", "2027-05-17")
    late_tue = busy(tue, "16:00", "16:30")
    assert latest(biz, tue, now, late_tue) == at(tue, "15:30")
    a("v-01", persona(["could i come in tuesday, as late as you can fit me in"],
                      ["Uma Vance"], ["416 555 0801"], ["sure"], ["yes"]),
      booked("Uma Vance", "+14165550801", at(tue, "15:30")), late_tue,
      note="'as late as you can fit me in' with 4 and 4:30 taken: 15:30")
    a("v-02", persona(["monday please"], ["Vera Webb"], ["416 555 0802"],
                      ["sorry, what were the times again?", "10 o'clock"], ["yes"]),
      {**booked("Vera Webb", "+14165550802", at(mon, "10:00")),
       "say_not_contains": NOT_CAUGHT},
      note="'what were the times again?' while Monday's times are offered")
    a("v-03", persona(["friday at 9:30"], ["Aoife Doyle"], ["416 555 0803"], [],
                      ["how are you spelling my last name?", "yes"]),
      {**booked("Aoife Doyle", "+14165550803", at(fri, "09:30")),
       "say_contains": ["D-O-Y-L-E"], "say_not_contains": UNANSWERED},
      note="'how are you spelling my last name?': the last name spelled, then yes")
    a("v-04", persona(["friday at 10"], ["Will Yates"], ["416 555 0804"], [],
                      ["do i get a text reminder or anything?", "ok, yes"]),
      {**booked("Will Yates", "+14165550804", at(fri, "10:00")),
       "say_not_contains": UNANSWERED},
      note="'do I get a text reminder or anything?' at the read-back")
    a("v-05", persona(["monday at 2"], ["Xavi Zorn"],
                      ["first three are 613, next three are 555, last four are 0805"], [],
                      ["yes"]),
      booked("Xavi Zorn", "+16135550805", at(mon, "14:00")),
      note="every group named with 'are'")
    a("v-06", persona(["tuesday works"], ["Yan Abel"], ["416 555 0806"],
                      ["905 555, uh sorry, at 2 30"], ["yes"]),
      booked("Yan Abel", "+14165550806", at(tue, "14:30")),
      note="a number broken off, then 'at 2 30': Tuesday 14:30")
    kim = {"name": "Kim Bell", "phone": "+14165550807"}
    a("v-07", persona(["cancel my friday appointment please, i'd rather have tuesday at 10 "
                       "instead"], [], ["416 555 0807"], [], ["yes"]),
      result("rescheduled", {**kim, "start": at(tue, "10:00")}),
      [{"start": at(fri, "11:00"), "minutes": 30, **kim}], caller="+14165550807",
      note="'cancel ..., I'd rather have Tuesday at 10 instead': a move")

    gwall, edm = "2027-05-12T13:20", "America/Edmonton"
    gnow = local_now(gwall, edm)
    garage = Business.from_toml(GARAGE)
    gsat = weekday_after(gnow, "saturday")
    assert latest(garage, gsat, gnow, service="Oil change") == at(gsat, "12:30")
    add("v-08", gwall, edm, "+17805550900",
        persona(["what's the latest you can take an oil change on saturday?"], ["Zed Cole"],
                ["780 555 0808"], ["yes"], ["yes"], service=[]),
        booked("Zed Cole", "+17805550808", at(gsat, "12:30"), service="Oil change"),
        note="the garage closes at 13:00 on Saturday: 12:30", business="garage")


def main():
    out = []
    toronto_calls(out)
    example_calls(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "probe15_calls.jsonl"), out,
                    business_by_name({"clinic": CLINIC, "garage": GARAGE}))
    print(f"{n} calls")


if __name__ == "__main__":
    main()
