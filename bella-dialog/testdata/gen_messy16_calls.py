#!/usr/bin/env python3
"""Generator of messy round 16: messy16_calls.jsonl.

Hand-made English calls of the `calls_messy` kind (SPEC §3), written and committed before
Bella ran on them: callers who ask for a repeat, stall ("hang on, let me check my
calendar"), correct a slot given earlier while answering another, volunteer answers out
of order, change their mind twice, answer a question with a question, drift off-topic,
mumble (speech-to-text noise), give up, or keep stalling or failing until the agent
hands them to a person (never a loop). Also the cases probe round 15 left failing, two
wordings each: a time relative to the caller's own booking ("right after my one on
Thursday", "an hour before that", also at a move), "the same time as last time" for a
caller with a past booking on file, and "what's the latest you have?" asked while times
are offered (no day named: the day under discussion). On the default business (Toronto,
Vancouver, Halifax, St. John's) and the clinic and garage of `bella-dialog/examples/`.

Every expected start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy16_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, at, booked, business_by_name,  # noqa: E402
                      local_now, noted_calls, persona, result, taken, weekday_after,
                      write_jsonl)

TOR = "America/Toronto"
VAN = "America/Vancouver"
HFX = "America/Halifax"
NFL = "America/St_Johns"
CID = "+14165551600"
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")
GARAGE = os.path.join(HERE, "..", "examples", "garage.toml")


def toronto_calls(out):
    """Toronto, Wednesday 2027-06-09 at 09:40 (EDT), the default business."""
    wall = "2027-06-09T09:40"
    now = local_now(wall, TOR)
    add = noted_calls(out, "m16", "messy16")

    def a(cid, p, exp, existing=(), note="", caller=CID):
        add(cid, wall, TOR, caller, p, exp, existing, note=note)

    biz = Business.default()
    today = now[:10]
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    sat, mon = weekday_after(now, "saturday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (today, thu, fri, sat, mon, tue) == ("2027-06-09", "2027-06-10", "2027-06-11",
                                                "2027-06-12", "2027-06-14", "2027-06-15")

    # ------------------------------------------------------------ repeats
    a("r-01", persona(["hi, i'd like to make an appointment"],
                      ["sorry, what was that?", "Anna Bell"], ["416 555 1601"],
                      ["thursday at 10"], ["yes"]),
      booked("Anna Bell", "+14165551601", at(thu, "10:00")),
      note="'sorry, what was that?' at the name question repeats it, no failure")
    a("r-02", persona(["can i book something for friday"], ["Boris Chen"], ["416 555 1602"],
                      ["pardon? you cut out there", "10:30 please"], ["yes"]),
      booked("Boris Chen", "+14165551602", at(fri, "10:30")),
      note="'pardon? you cut out there' while Friday's times are offered; then 10:30")
    a("r-03", persona(["monday at 1 please"], ["Cora Diaz"],
                      ["sorry, can you repeat the question?", "647 555 1603"], [],
                      ["yes"]),
      booked("Cora Diaz", "+16475551603", at(mon, "13:00")),
      note="'can you repeat the question?' at the phone question")
    a("r-04", persona(["tuesday at 11:30"], ["Dale Evans"], ["416 555 1604"], [],
                      ["what? sorry, it's loud here", "say that again?", "yes"]),
      booked("Dale Evans", "+14165551604", at(tue, "11:30")),
      note="two repeats at the read-back, then yes")
    a("r-05", persona(["i need an appointment thursday at 2"], ["Edie Fox"],
                      ["416 555 1605"], [], ["sorry?"]),
      result("transferred"),
      note="the caller says 'sorry?' for ever at the read-back: three repeats are free, "
           "then each counts as a failed answer; three failures transfer, never a loop")

    # ------------------------------------------------------------- stalls
    a("s-01", persona(["i want to book an appointment"], ["Finn Gray"], ["416 555 1606"],
                      ["hang on, let me check my calendar", "ok, friday at 11 works"],
                      ["yes"]),
      booked("Finn Gray", "+14165551606", at(fri, "11:00")),
      note="'hang on, let me check my calendar' at the time question: take your time")
    a("s-02", persona(["hi, booking for thursday at 3"], ["Gina Hart"],
                      ["one sec, it's a new number, let me find it", "289 555 1607"], [],
                      ["yes"]),
      booked("Gina Hart", "+12895551607", at(thu, "15:00")),
      note="'one sec, ... let me find it' at the phone question")
    a("s-03", persona(["monday at 9:30 please"], ["Hugo Ives"], ["416 555 1608"], [],
                      ["hmm, let me think... yeah, that works"]),
      booked("Hugo Ives", "+14165551608", at(mon, "09:30")),
      note="'hmm, let me think... yeah, that works' at the read-back is a yes")
    a("s-04", persona(["can i book an appointment"], ["Iris Jung"], ["416 555 1609"],
                      ["hold on"], ["yes"]),
      result("transferred"),
      note="'hold on' for ever at the time question: three stalls, then failures; "
           "three failures transfer")
    a("s-05", persona(["i'd like to come in friday"], ["Jack Kemp"], ["416 555 1610"],
                      ["hold on", "one sec", "let me think", "okay, 2 o'clock"], ["yes"]),
      booked("Jack Kemp", "+14165551610", at(fri, "14:00")),
      note="three stalls in a row while Friday is offered are free; then 2 o'clock")

    # ----------------------------------- a slot corrected while answering another
    a("c-01", persona(["can i get thursday at 10"], ["Kim Lowe"],
                      ["416 555 1611, and actually can we make it 11 instead of 10?"], [],
                      ["yes"]),
      booked("Kim Lowe", "+14165551611", at(thu, "11:00")),
      note="the number and a new hour in one turn: Thursday 11:00, the number kept")
    a("c-02", persona(["i need an appointment thursday at 10"],
                      ["actually, make that friday at 2. it's Ben Hall"], ["416 555 1612"],
                      [], ["yes"]),
      booked("Ben Hall", "+14165551612", at(fri, "14:00")),
      note="a new day and hour given with the name: Friday 14:00")
    a("c-03", persona(["monday at 3"], ["Cal Moss"],
                      ["it's 416 555 1613. oh wait, i can't do monday, can we do tuesday, "
                       "same time?"], [], ["yes"]),
      booked("Cal Moss", "+14165551613", at(tue, "15:00")),
      note="the day moved at the phone question, 'same time' keeps 15:00")
    a("c-04", persona(["friday at 9"], ["Dina Nolan"], ["416 555 1614"], [],
                      ["no, the number's wrong, it's 416 555 1641", "yes"]),
      booked("Dina Nolan", "+14165551641", at(fri, "09:00")),
      note="the number put right at the read-back, then yes")
    a("c-05", persona(["thursday at 4 please"], ["Jon Reyes"],
                      ["no wait, make it 4:30. sorry. 416 555 1615"], [], ["yes"]),
      booked("Jon Reyes", "+14165551615", at(thu, "16:30")),
      note="'no wait, make it 4:30' then the number, at the phone question")

    # --------------------------------------------- answers out of order
    a("o-01", persona(["hi there, i'd like to book"], ["416 555 1616", "Ada Lin"], [],
                      ["thursday at 1:30"], ["yes"]),
      booked("Ada Lin", "+14165551616", at(thu, "13:30")),
      note="the number said at the name question is kept and never asked again (the "
           "persona has no phone answer)")
    a("o-02", persona(["hello, this is carla diaz, wondering if you have anything monday "
                       "morning"], [], ["416 555 1617"], ["9:30 is good"], ["yes"]),
      booked("Carla Diaz", "+14165551617", at(mon, "09:30")),
      note="name and a day with a part of day in the opening; 9:30 picked")
    a("o-03", persona(["i'd like an appointment tuesday"], ["Dee Ryan"], [],
                      ["oh, my number's 416 555 1618 by the way", "11:30 then"], ["yes"]),
      booked("Dee Ryan", "+14165551618", at(tue, "11:30")),
      note="the number said while Tuesday is offered is kept (the persona has no phone "
           "answer), the offers asked again; then 11:30")
    a("o-04", persona(["um yeah"], ["Eli Ford"], ["416 555 1619"],
                      ["friday at 2, and my name's eli ford, number's 416 555 1619"],
                      ["yes"]),
      result("transferred"),
      note="'um yeah' is no request, and the persona says it again for ever: three "
           "stalls, then failed answers; three transfer (SPEC §3). The slots it has "
           "for later are never reached")

    # ---------------------------------------------------- change of mind twice
    a("m-01", persona(["thursday at 10 please"], ["Fay Gold"], ["416 555 1620"], [],
                      ["no, actually friday at 10 would be better",
                       "hmm, no, sorry, thursday after all, but at 11", "yes"]),
      booked("Fay Gold", "+14165551620", at(thu, "11:00")),
      note="two changes at the read-back: Friday 10, then Thursday 11, then yes")
    a("m-02", persona(["can i book monday"], ["Glen Hay"], ["416 555 1621"],
                      ["10 please", "oh wait, no, 2 is better"], ["no, 2 o'clock", "yes"]),
      booked("Glen Hay", "+14165551621", at(mon, "14:00")),
      note="a pick then a change: 'no, 2 o'clock' at the read-back moves it to 14:00")
    a("m-03", persona(["tuesday at 9, no, wednesday, no wait, tuesday at 10"], ["Hana Ito"],
                      ["416 555 1622"], [], ["yes"]),
      booked("Hana Ito", "+14165551622", at(tue, "10:00")),
      note="two corrections in one opening: the last value, Tuesday 10:00")

    # ------------------------------------------ a question for an answer
    a("q-01", persona(["i'd like to book an appointment"], ["Ivan Jost"], ["416 555 1623"],
                      ["do you have anything tomorrow?", "the first one"], ["yes"]),
      booked("Ivan Jost", "+14165551623", at(thu, "09:00")),
      note="'do you have anything tomorrow?' at the time question offers Thursday; "
           "'the first one' the earliest, 9:00")
    a("q-02", persona(["hi, i'd like to book"], ["why do you need my name?", "Gil Hunt"],
                      ["416 555 1624"], ["friday at 3"], ["yes"]),
      booked("Gil Hunt", "+14165551624", at(fri, "15:00")),
      note="'why do you need my name?' then the name")
    a("q-03", persona(["can i come in thursday at 9?"], ["Ines Kerr"],
                      ["can't you just use the number i'm calling from?"], [], ["yes"]),
      booked("Ines Kerr", CID, at(thu, "09:00")),
      note="the caller's own number asked for as a question")

    # ------------------------------------------------- off-topic and mumbling
    a("t-01", persona(["hi, i need to book an appointment"],
                      ["sorry, my dog's going crazy, hold on", "Dana White"],
                      ["416 555 1625"], ["friday at 10:30"], ["yes"]),
      booked("Dana White", "+14165551625", at(fri, "10:30")),
      note="an off-topic stall at the name question")
    a("t-02", persona(["uh yeah i wanna uh book a uh appointment"], ["Ed Park"],
                      ["four one six... five five five... uh... one six two six"],
                      ["uh thurs... thursday at um two p m"], ["yeah"]),
      booked("Ed Park", "+14165551626", at(thu, "14:00")),
      note="mumbled number and time with fillers and broken words")
    a("t-03", persona(["hello? hi, appointment please"], ["Fran Quinn"], ["416 555 1627"],
                      ["mm fff grr", "friday at 9"], ["yes"]),
      booked("Fran Quinn", "+14165551627", at(fri, "09:00")),
      note="noise at the time question: asked again, then Friday 9:00")
    a("t-04", persona(["i'd like to book"], ["Gus Rowe"], ["416 555 1628"],
                      ["uh i don't know", "i'm not sure really", "no idea"], ["yes"]),
      result("transferred"),
      note="three answers without a time: transferred to a person")
    a("t-05", persona([], [], [], [], [], []),
      result("no_booking"),
      note="a dead line: three silent turns end the call politely")

    # ---------------------------------------------------------- giving up
    a("g-01", persona(["i want to book thursday"], ["Hal Stone"], ["416 555 1629"],
                      ["ugh, this is taking too long, i'll call back"], ["yes"]),
      result("no_booking"),
      note="'I'll call back' while times are offered")
    a("g-02", persona(["friday at 11"], ["Ivy Tate"], ["416 555 1630"], [],
                      ["you know what, forget it"]),
      result("no_booking"),
      note="'forget it' at the read-back: no booking")
    a("g-03", persona(["can i book for monday at 10"], ["never mind, i'll just walk in"],
                      [], [], []),
      result("no_booking"),
      note="'never mind' at the name question")
    a("g-04", persona(["i need an appointment"], ["Jay Upton"], ["hmm, hang on",
                                                                   "can i just talk to "
                                                                   "a real person?"],
                      ["thursday at 10"], ["yes"]),
      result("transferred"),
      note="'a real person' transfers at once")

    # ------------------------------------------------------------- taken, closed
    thu_ten = taken(thu, "10:00")
    a("x-01", persona(["thursday at 10"], ["Kay Vance"], ["416 555 1631"],
                      ["hmm, let me think", "ok the 10:30 then"], ["yes"]),
      booked("Kay Vance", "+14165551631", at(thu, "10:30")), thu_ten,
      note="10 taken: the nearest offered; a stall, then 10:30")
    a("x-02", persona(["can i come in saturday?"], ["Lea Wong"], ["416 555 1632"],
                      ["oh. hold on", "yes, the first one"], ["yes"]),
      booked("Lea Wong", "+14165551632", at(mon, "09:00")),
      note="Saturday closed: Monday offered; a stall, then the first one, 9:00")

    # ------------------------------------------------- cancel and move, messy
    mo = {"name": "Mo Xu", "phone": "+14165551633"}
    a("k-01", persona(["i need to cancel, um, hang on, my appointment on friday"], [], [],
                      [], ["sorry, what?", "yes, cancel it"]),
      result("cancelled", {**mo, "start": at(fri, "13:00")}),
      [{"start": at(fri, "13:00"), "minutes": 30, **mo}], caller="+14165551633",
      note="a cancel found under the caller's number, a repeat at the read-back, then yes")
    nia = {"name": "Nia Young", "phone": "+14165551634"}
    a("k-02", persona(["can i move my thursday appointment to friday at 10, actually no, "
                       "friday at 11"], [], [], [], ["yes"]),
      result("rescheduled", {**nia, "start": at(fri, "11:00")}),
      [{"start": at(thu, "09:30"), "minutes": 30, **nia}], caller="+14165551634",
      note="a move with a change of mind in one breath: Friday 11:00")

    # ------------------------- times relative to the caller's own booking (p15 left)
    ora = {"name": "Ora Zane", "phone": "+14165551635"}
    a("b-01", persona(["could you put me in right after my thursday appointment?"],
                      ["Ora Zane"], ["the number i'm calling from"], ["yes"], ["yes"]),
      booked("Ora Zane", "+14165551635", at(thu, "14:30")),
      [{"start": at(thu, "14:00"), "minutes": 30, **ora}], caller="+14165551635",
      note="'right after my Thursday appointment' (14:00 on file under the caller's "
           "number): 14:30")
    pat = {"name": "Pat Abel", "phone": "+14165551636"}
    a("b-02", persona(["hi, i'd like to book another one straight after my one on friday"],
                      ["Pat Abel"], ["same number i'm calling from"], ["yes"], ["yes"]),
      booked("Pat Abel", "+14165551636", at(fri, "11:30")),
      [{"start": at(fri, "11:00"), "minutes": 30, **pat}], caller="+14165551636",
      note="'straight after my one on Friday' (11:00 on file): 11:30")
    quin = {"name": "Quin Bray", "phone": "+14165551637"}
    a("b-03", persona(["can i get another appointment an hour before my thursday one?"],
                      ["Quin Bray"], ["the one i'm calling from"], ["yes"], ["yes"]),
      booked("Quin Bray", "+14165551637", at(thu, "13:00")),
      [{"start": at(thu, "14:00"), "minutes": 30, **quin}], caller="+14165551637",
      note="'an hour before my Thursday one' (14:00 on file): 13:00")
    rae = {"name": "Rae Cobb", "phone": "+14165551638"}
    a("b-04", persona(["i have an appointment on friday at 3. could i book another one half "
                       "an hour before that?"],
                      ["Rae Cobb"], ["the one i'm calling from"], ["yes"], ["yes"]),
      booked("Rae Cobb", "+14165551638", at(fri, "14:30")),
      [{"start": at(fri, "15:00"), "minutes": 30, **rae}], caller="+14165551638",
      note="'half an hour before that' (Friday 15:00 said and on file): 14:30")
    sol = {"name": "Sol Dunn", "phone": "+14165551639"}
    a("b-05", persona(["i need to move my appointment"], [], [],
                      ["can we do an hour before that instead?"], ["yes"]),
      result("rescheduled", {**sol, "start": at(thu, "13:00")}),
      [{"start": at(thu, "14:00"), "minutes": 30, **sol}], caller="+14165551639",
      note="a move: the appointment read back (Thursday 14:00), then 'an hour before "
           "that': Thursday 13:00")
    tia = {"name": "Tia Egan", "phone": "+14165551640"}
    a("b-06", persona(["can you move my monday appointment to right after my one on "
                       "thursday?"], [], [], [], ["yes"]),
      result("rescheduled", {**tia, "start": at(thu, "11:30")}),
      [{"start": at(thu, "11:00"), "minutes": 30, **tia},
       {"start": at(mon, "10:00"), "minutes": 30, **tia}], caller="+14165551640",
      note="a move of the Monday one to right after the Thursday one (11:00): 11:30")

    # ----------------------------------------- the same time as last time (p15 left)
    uma = {"name": "Uma Ford", "phone": "+14165551642"}
    a("l-01", persona(["hi, can i book for friday, same time as last time?"], ["Uma Ford"],
                      ["the number i'm calling from"], [], ["yes"]),
      booked("Uma Ford", "+14165551642", at(fri, "15:30")),
      [{"start": "2027-06-02T15:30", "minutes": 30, **uma}], caller="+14165551642",
      note="'same time as last time' with last Wednesday 15:30 on file: Friday 15:30")
    vic = {"name": "Vic Gale", "phone": "+14165551643"}
    a("l-02", persona(["i'd like to come in monday, at the same time as my last "
                       "appointment"], ["Vic Gale"], ["the one i'm calling from"], [],
                      ["yes"]),
      booked("Vic Gale", "+14165551643", at(mon, "10:30")),
      [{"start": "2027-05-31T10:30", "minutes": 30, **vic}], caller="+14165551643",
      note="'the same time as my last appointment' (Monday 31 May 10:30): Monday 10:30")

    # --------------------------- "what's the latest you have?" while offers stand
    late_thu = taken(thu, "16:30")
    assert biz.free_starts(thu, now, late_thu)[-1][0] == at(thu, "16:00")
    a("w-01", persona(["thursday please"], ["Wes Hale"], ["416 555 1644"],
                      ["what's the latest you have?", "yes"], ["yes"]),
      booked("Wes Hale", "+14165551644", at(thu, "16:00")), late_thu,
      note="'what's the latest you have?' while Thursday is offered (16:30 taken): "
           "16:00 offered, a yes takes it")
    a("w-02", persona(["something friday afternoon"], ["Xia Ings"], ["416 555 1645"],
                      ["hmm, what's the latest you've got?", "yeah ok"], ["yes"]),
      booked("Xia Ings", "+14165551645", at(fri, "16:30")),
      note="'what's the latest you've got?' while Friday afternoon is offered: 16:30")


def other_zones(out):
    """The default business in Vancouver, Halifax and St. John's."""
    add = noted_calls(out, "m16", "messy16")

    vwall = "2027-06-09T16:50"
    vnow = local_now(vwall, VAN)
    vthu = weekday_after(vnow, "thursday")
    add("z-01", vwall, VAN, "+16045551650",
        persona(["hi, is there anything left today?"], ["Yara Hill"], ["604 555 1650"],
                ["oh. um, tomorrow then, first thing", "yes"], ["yes"]),
        booked("Yara Hill", "+16045551650", at(vthu, "09:00")),
        note="16:50: nothing left today; 'tomorrow then, first thing' is Thursday 9:00")
    hwall = "2027-06-09T11:10"
    hnow = local_now(hwall, HFX)
    hfri = weekday_after(hnow, "friday")
    add("z-02", hwall, HFX, "+19025551651",
        persona(["yeah hi um, i was told to call to book?"], ["it's, uh, Zack Irving"],
                ["nine oh two, five five five, sixteen fifty one"],
                ["friday, around ten-ish?"], ["uh huh"]),
        booked("Zack Irving", "+19025551651", at(hfri, "10:00")),
        note="fillers everywhere; 'around ten-ish' is 10:00; 'uh huh' is a yes")
    nwall = "2027-06-09T13:25"
    nnow = local_now(nwall, NFL)
    ntoday = nnow[:10]
    add("z-03", nwall, NFL, "+17095551652",
        persona(["can i come in this afternoon?"], ["Abby Jones"], ["709 555 1652"],
                ["sorry, what times?", "the 2:30"], ["yes"]),
        booked("Abby Jones", "+17095551652", at(ntoday, "14:30")),
        note="St. John's (half-hour offset); 'what times?' while this afternoon is "
             "offered; then 2:30")


def example_calls(out):
    """The clinic (Halifax) and the garage (Edmonton), Wednesday 2027-06-09."""
    add = noted_calls(out, "m16", "messy16")

    cwall = "2027-06-09T10:05"
    cnow = local_now(cwall, HFX)
    cfri, cmon = weekday_after(cnow, "friday"), weekday_after(cnow, "monday")

    def c(cid, p, exp, existing=(), note=""):
        add(cid, cwall, HFX, "+19025551700", p, exp, existing, note=note, business="clinic")

    c("e-01", persona(["hi, i'd like to book, um"], ["Beth King"], ["902 555 1701"],
                      ["monday at 10"], ["yes"],
                      service=["sorry, what do you offer?", "a follow-up"]),
      booked("Beth King", "+19025551701", at(cmon, "10:00"), service="Follow-up"),
      note="'what do you offer?' at the service question, then a follow-up")
    c("e-02", persona(["i need a massage, hang on, let me check which day"], ["Carl Lam"],
                      ["902 555 1702"], ["friday... no wait, thursday at 1"], ["yes"],
                      service=[]),
      booked("Carl Lam", "+19025551702", at(weekday_after(cnow, "thursday"), "13:00"),
             service="Massage therapy", resource="Luc Gagnon"),
      note="a stall in the opening; 'friday... no wait, thursday at 1'")
    c("e-03", persona(["an assessment with dr singh please"], ["Dora Mack"],
                      ["902 555 1703"], ["friday morning", "pardon?", "10 o'clock"],
                      ["yes"], service=[]),
      booked("Dora Mack", "+19025551703", at(cfri, "10:00"), service="Initial assessment",
             resource="Dr. Amara Singh"),
      note="'pardon?' while Dr. Singh's Friday morning is offered; then 10:00")

    gwall = "2027-06-09T08:20"
    gnow = local_now(gwall, "America/Edmonton")
    gsat, gthu = weekday_after(gnow, "saturday"), weekday_after(gnow, "thursday")

    def g(cid, p, exp, existing=(), note=""):
        add(cid, gwall, "America/Edmonton", "+17805551800", p, exp, existing, note=note,
            business="garage")

    g("e-04", persona(["oil change please, uh, saturday morning"], ["Drew Nash"],
                      ["780 555 1801"], ["one sec", "9:30"], ["yes"], service=[]),
      booked("Drew Nash", "+17805551801", at(gsat, "09:30"), service="Oil change"),
      note="a stall while Saturday morning is offered; then 9:30")
    g("e-05", persona(["my brakes are squeaking when i stop, can you look thursday at 8?"],
                      ["Ezra Orr"], ["780 555 1802"], [],
                      ["wait, what time did you say?", "yep"], service=[]),
      booked("Ezra Orr", "+17805551802", at(gthu, "08:00"), service="Brake inspection"),
      note="a service by phrase; 'what time did you say?' at the read-back")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Thursday 2027-06-17 at 14:10 in Toronto."""
    wall = "2027-06-17T14:10"
    now = local_now(wall, TOR)
    add = noted_calls(out, "m16", "messy16")

    def a(cid, p, exp, existing=(), note="", caller=CID):
        add(cid, wall, TOR, caller, p, exp, existing, note=note)

    biz = Business.default()
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (fri, mon, tue) == ("2027-06-18", "2027-06-21", "2027-06-22")
    abe = {"name": "Abe Lund", "phone": "+14165551701"}
    a("v-01", persona(["is there room just after my friday appointment?"], ["Abe Lund"],
                      ["the number i'm calling from"], ["yes"], ["yes"]),
      booked("Abe Lund", "+14165551701", at(fri, "10:30")),
      [{"start": at(fri, "10:00"), "minutes": 30, **abe}], caller="+14165551701",
      note="'just after my Friday appointment' (10:00 on file): 10:30")
    bea = {"name": "Bea Marr", "phone": "+14165551702"}
    a("v-02", persona(["could i also get a spot 30 minutes before my monday one"],
                      ["Bea Marr"], ["the one i'm calling from"], ["yes"], ["yes"]),
      booked("Bea Marr", "+14165551702", at(mon, "10:30")),
      [{"start": at(mon, "11:00"), "minutes": 30, **bea}], caller="+14165551702",
      note="'30 minutes before my Monday one' (11:00 on file): 10:30")
    cy = {"name": "Cy Nolan", "phone": "+14165551703"}
    a("v-03", persona(["hi, i have to change my appointment time"], [], [],
                      ["half an hour after that would be better"], ["yes"]),
      result("rescheduled", {**cy, "start": at(tue, "15:30")}),
      [{"start": at(tue, "15:00"), "minutes": 30, **cy}], caller="+14165551703",
      note="a move read back (Tuesday 15:00), then 'half an hour after that': 15:30")
    dot = {"name": "Dot Owens", "phone": "+14165551704"}
    a("v-04", persona(["same time as last time, next tuesday please"], ["Dot Owens"],
                      ["the number i'm calling from"], [], ["yes"]),
      booked("Dot Owens", "+14165551704", at(tue, "09:30")),
      [{"start": "2027-06-10T09:30", "minutes": 30, **dot}], caller="+14165551704",
      note="'same time as last time' (9:30 last Thursday) next Tuesday: 9:30")
    late_mon = taken(mon, "16:30")
    assert biz.free_starts(mon, now, late_mon)[-1][0] == at(mon, "16:00")
    a("v-05", persona(["monday works for me"], ["Eve Pratt"], ["416 555 1705"],
                      ["and what's your last slot?", "sure"], ["yes"]),
      booked("Eve Pratt", "+14165551705", at(mon, "16:00")), late_mon,
      note="'what's your last slot?' while Monday is offered (16:30 taken): 16:00")
    a("v-06", persona(["friday at 1 please"], ["Flo Quaid"], ["416 555 1706"], [],
                      ["sorry, it's noisy here, what was that?", "yes"]),
      booked("Flo Quaid", "+14165551706", at(fri, "13:00")),
      note="'it's noisy here, what was that?' at the read-back: a repeat, not a name")
    gil = {"name": "Gil Reid", "phone": "+14165551707"}
    a("v-07", persona(["i already have one on friday at 11. can i get another one an hour "
                       "after that?"], ["Gil Reid"], ["the number i'm calling from"], [],
                      ["yes"]),
      booked("Gil Reid", "+14165551707", at(fri, "12:00")),
      [{"start": at(fri, "11:00"), "minutes": 30, **gil}], caller="+14165551707",
      note="'an hour after that' (Friday 11:00 said): 12:00")


def main():
    out = []
    toronto_calls(out)
    other_zones(out)
    example_calls(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "messy16_calls.jsonl"), out,
                    business_by_name({"clinic": CLINIC, "garage": GARAGE}))
    print(f"{n} calls")


if __name__ == "__main__":
    main()
