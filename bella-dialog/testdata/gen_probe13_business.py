#!/usr/bin/env python3
"""Writes probe13_business.jsonl: services, staff, FAQ, known callers and reminder calls
(SPEC §3, §3.1, §3.2; SPEC-fr §5.7; docs/services.md) in English and Canadian French,
against three businesses Bella had never seen:

- `businesses/barber.toml`: a Regina barber shop (no daylight time) on a 15-minute
  grid, closed Sundays and Mondays; two barbers with split shifts, a combo service
  ("Haircut and beard trim") beside the two it combines, a shave only Dmitri does, FAQ
  topics of its own (walk-ins, gift cards);
- `businesses/massage_acu.toml`: a St. John's clinic (UTC-3:30) selling one treatment
  in three lengths ("30-minute massage", "60-minute massage", "90-minute massage"),
  named by callers by length ("the hour one"), and acupuncture by one person with a
  lunch break; a therapist away one day, one on afternoons only, a closed holiday;
- `businesses/optometrist.toml`: a bilingual Moncton optometry clinic (English first,
  French names and FAQ answers) with an eye exam per age group, a 20-minute grid, a
  lunch hour, Thursday evenings, a staff training day; French calls (`lang` of the
  turns) and French reminders.

Written blind from the SPECs, docs/services.md, docs/french.md and callslib's slot
oracle, and committed before Bella ran on it. Each line's `business` is a path relative
to testdata/; every booked or moved start is checked against the oracle (the first free
person in the file's order when none is asked for) before the file is written.

The SPEC books one service per appointment, so "two services back to back" is probed
only through the barber's combo service, which callers name by its parts.

Some expectations go past what the SPEC spells out (each says so in its note): a
length said as the service ("the hour one"), "not with X", a move keeping its person,
FAQ answers (the SPEC has no FAQ; `say_contains` is the call-file runner's check, not
score.py's).

Run: python3 bella-dialog/testdata/gen_probe13_business.py
"""
import os
import sys
from functools import partial

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

BARBER, MASSAGE, OPTO = ("businesses/barber.toml", "businesses/massage_acu.toml",
                         "businesses/optometrist.toml")
TZ = {BARBER: "America/Regina", MASSAGE: "America/St_Johns", OPTO: "America/Moncton"}
# Monday 2027-03-01, before opening (the barber is closed on Mondays).
NOW = {BARBER: "2027-03-01T08:00", MASSAGE: "2027-03-01T08:30", OPTO: "2027-03-01T08:30"}
LANGS = {BARBER: ["en-CA"], MASSAGE: ["en-CA"], OPTO: ["en-CA", "fr-CA"]}
AREA = {BARBER: "306", MASSAGE: "709", OPTO: "506"}
KIND = "probe13_business"

MON, TUE, WED, THU, FRI, SAT = ("2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04",
                                "2027-03-05", "2027-03-06")
MON2, TUE2, TUE3 = "2027-03-08", "2027-03-09", "2027-03-16"


R = BusinessRound("p13", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, add, ap, rem = R.lines, R.num, R.said, R.add, R.ap, R.rem
p = staffed_persona
pf = partial(staffed_persona, confirm=("Oui.",))


# ======================= barber (Regina; 15-minute grid) ================================
DMITRI, JAYDEN = "Dmitri Volkov", "Jayden Bird"
CUT, KIDS, BEARD, COMBO, SHAVE = ("Men's haircut", "Kids' haircut", "Beard trim",
                                  "Haircut and beard trim", "Hot towel shave")
B = BARBER

add("bar-01", B, 1, p(["Hi, can I get a haircut Wednesday at 10?"], name=["Cody Ratt"],
                      phone=said(B, 1)),
    expect("booked", ap(B, 1, "Cody Ratt", f"{WED}T10:00", CUT, DMITRI, 30)),
    note="a service by a listed phrase; Dmitri is first in the file and works at 10")
add("bar-02", B, 2, p(["I need a beard trim with Jayden on Thursday at 4"],
                      name=["Evan Kuffner"], phone=said(B, 2)),
    expect("booked", ap(B, 2, "Evan Kuffner", f"{THU}T16:00", BEARD, JAYDEN, 15)),
    note="staff by first name, not the first in the file")
add("bar-03", B, 3, p(["hot towel shave friday at 12:30"], time=["12:15 then"],
                      name=["Nolan Desjarlais"], phone=said(B, 3)),
    expect("booked", ap(B, 3, "Nolan Desjarlais", f"{FRI}T12:15", SHAVE, DMITRI, 45)),
    note="45 minutes from 12:30 run past Dmitri's 1 o'clock break; 12:15 ends at 1")
add("bar-04", B, 4, p(["Can Jayden do a hot towel shave Saturday at 10?"],
                      time=["Saturday at 10"], name=["Brett Sopatyk"], phone=said(B, 4)),
    expect("booked", ap(B, 4, "Brett Sopatyk", f"{SAT}T10:00", SHAVE, DMITRI, 45)),
    note="a person who does not offer the service is said so and dropped")
add("bar-05", B, 5, p(["a haircut and beard trim Wednesday at 2, whoever's free"],
                      name=["Marcus Kaiswatum"], phone=said(B, 5)),
    expect("booked", ap(B, 5, "Marcus Kaiswatum", f"{WED}T14:00", COMBO, JAYDEN, 45)),
    note="the combo named by its parts ('haircut and beard' is its phrase; 'haircut' and "
         "'beard trim' are others'); Dmitri is on his break at 2, Jayden works")
add("bar-06", B, 6, p(["I'd like a haircut on Tuesday at 1:30 with Dmitri"], time=["3 then"],
                      name=["Ryan Yuzicappi"], phone=said(B, 6)),
    expect("booked", ap(B, 6, "Ryan Yuzicappi", f"{TUE}T15:00", CUT, DMITRI, 30)),
    note="a time in the split shift's gap; 3 is when it resumes")
add("bar-07", B, 7, p(["Can I book a haircut Thursday at 11, but not with Dmitri?"],
                      name=["Shane Pelletier"], phone=said(B, 7)),
    expect("booked", ap(B, 7, "Shane Pelletier", f"{THU}T11:00", CUT, JAYDEN, 30)),
    note="beyond the SPEC: 'not with Dmitri' leaves Jayden (Dmitri is free, first)")
add("bar-08", B, 8, p(["I want to book a kids haircut for my son Friday at 9:30"],
                      name=["Dana Schmidt"], phone=said(B, 8)),
    expect("booked", ap(B, 8, "Dana Schmidt", f"{FRI}T09:30", KIDS, DMITRI, 30)),
    note="'kids haircut' is the kids' service, though 'haircut' is another's phrase")
add("bar-09", B, 9, p(["Can I book the 15 minute one Friday at 10?"], name=["Liam Bear"],
                      phone=said(B, 9)),
    expect("booked", ap(B, 9, "Liam Bear", f"{FRI}T10:00", BEARD, DMITRI, 15)),
    note="beyond the SPEC: a length names the one service of that length")
add("bar-10", B, 10, p(["I'd like the 45-minute one on Saturday at 9"],
                       service=["the shave"], name=["Owen Tremblay"], phone=said(B, 10)),
    expect("booked", ap(B, 10, "Owen Tremblay", f"{SAT}T09:00", SHAVE, DMITRI, 45)),
    note="two services last 45 minutes: which one is asked")
add("bar-11", B, 11, p(["Do you take walk-ins?", "ok I'll book a haircut then, Thursday at 3"],
                       name=["Kyle Fehr"], phone=said(B, 11)),
    expect("booked", ap(B, 11, "Kyle Fehr", f"{THU}T15:00", CUT, DMITRI, 30),
           say=["Walk-ins are welcome"]),
    note="an FAQ topic of the business's own (walk_ins) first")
add("bar-12", B, 12, p(["haircut Wednesday at 9:30"], name=["how much is a haircut?",
                                                           "Tyler Gabriel"],
                       phone=said(B, 12)),
    expect("booked", ap(B, 12, "Tyler Gabriel", f"{WED}T09:30", CUT, DMITRI, 30),
           say=["$32"]),
    note="the price asked while the name is asked")
add("bar-13", B, 13, p(["I want a beard trim"], time=["is there parking?", "Friday at 3:15"],
                       name=["Adam Wolfe"], phone=said(B, 13)),
    expect("booked", ap(B, 13, "Adam Wolfe", f"{FRI}T15:15", BEARD, DMITRI, 15),
           say=["free parking"]),
    note="an FAQ at the time question; a quarter past on the 15-minute grid")
add("bar-14", B, 14, p(["do you sell gift cards?", "ok, book me a haircut Saturday at 11"],
                       name=["Colin Hamm"], phone=said(B, 14)),
    expect("booked", ap(B, 14, "Colin Hamm", f"{SAT}T11:00", CUT, DMITRI, 30),
           say=["gift cards in any amount"]),
    note="an FAQ topic of the business's own (gift_cards)")
add("bar-15", B, 15, p(["Can I get a haircut Monday at 10?"], time=["yes"],
                       name=["Jesse Ironstar"], phone=said(B, 15)),
    expect("booked", ap(B, 15, "Jesse Ironstar", f"{TUE2}T09:00", CUT, DMITRI, 30)),
    note="Monday (said on a Monday: next week's) is closed: the next open day's first "
         "free start, taken with a yes")
add("bar-16", B, 16, p(["I need to cancel my shave"]),
    expect("cancelled", ap(B, 16, "Travis Lang", f"{SAT}T09:00", SHAVE, DMITRI, 45)),
    existing=[ex(f"{WED}T10:00", 30, DMITRI, CUT, "Travis Lang", num(B, 16)),
              ex(f"{SAT}T09:00", 45, DMITRI, SHAVE, "Travis Lang", num(B, 16))],
    note="a known caller with two appointments cancels the one of the service named")
add("bar-17", B, 17, p(["can I move my beard trim to Friday at 5?"]),
    expect("rescheduled", ap(B, 17, "Derek Okemasis", f"{FRI}T17:00", BEARD, JAYDEN, 15)),
    existing=[ex(f"{THU}T16:00", 15, JAYDEN, BEARD, "Derek Okemasis", num(B, 17))],
    note="a move keeps the service and the barber (Dmitri is free at 5 too, first)")
add("bar-18", B, 18, p(["I need to move my haircut to Tuesday at 12"],
                       time=["Wednesday at 4 then"]),
    expect("rescheduled", ap(B, 18, "Wade Bellegarde", f"{WED}T16:00", CUT, JAYDEN, 30)),
    existing=[ex(f"{WED}T12:00", 30, JAYDEN, CUT, "Wade Bellegarde", num(B, 18))],
    note="the moved appointment's barber is off on Tuesdays; another day then")
add("bar-19", B, 19, p(["What's the earliest you can do a shave Tuesday afternoon?"],
                       time=["yes"], name=["Ben Sparvier"], phone=said(B, 19)),
    expect("booked", ap(B, 19, "Ben Sparvier", f"{TUE}T12:00", SHAVE, DMITRI, 45)),
    note="Tuesday afternoon: 12 (ends at 1, before the gap) is the first that fits")
add("bar-20", B, 20, p(["a haircut Thursday at 11 with whoever's free"],
                       name=["Pat Keewatin"], phone=said(B, 20)),
    expect("booked", ap(B, 20, "Pat Keewatin", f"{THU}T11:00", CUT, JAYDEN, 30)),
    existing=[ex(f"{THU}T11:00", 30, DMITRI, CUT)],
    note="whoever's free: Dmitri is booked at 11")
add("bar-21", B, 21, p(["Can I get Jayden for a kids cut Saturday at 8?"],
                       name=["Amber Lerat"], phone=said(B, 21)),
    expect("booked", ap(B, 21, "Amber Lerat", f"{SAT}T08:00", KIDS, JAYDEN, 30)),
    note="'get Jayden' asks for him; Saturday opens at 8")
add("bar-22", B, 22, p(["Hi, I'd like to book an appointment"], service=["just a beard trim"],
                       time=["Wednesday at 5:45"], name=["Gord Henry"], phone=said(B, 22)),
    expect("booked", ap(B, 22, "Gord Henry", f"{WED}T17:45", BEARD, DMITRI, 15)),
    note="the service question; 15 minutes from 5:45 end at closing")
add("bar-23", B, 23, p(["haircut and beard Friday at 5:30"], time=["5:15 then"],
                       name=["Troy Obey"], phone=said(B, 23)),
    expect("booked", ap(B, 23, "Troy Obey", f"{FRI}T17:15", COMBO, DMITRI, 45)),
    note="45 minutes from 5:30 run past 6; 5:15 ends at closing")

# Barber reminders: a haircut with Dmitri, Thursday at 10; called Wednesday at 10.
REM_B = appt("Cody Ratt", num(B, 50), f"{THU}T10:00", minutes=30, service=CUT,
             resource=DMITRI)
rem("bar-rem-01", B, f"{WED}T10:00", REM_B, p(confirm=()),
    expect("voicemail", REM_B, say=["Flatland"], not_say=["Cody", "Ratt"]),
    answered_by="machine", note="a machine: one voicemail, no personal data")
rem("bar-rem-02", B, f"{WED}T10:00", REM_B, p(confirm=["yeah I'll be there"]),
    expect("confirmed", REM_B), note="confirmed")
rem("bar-rem-03", B, f"{WED}T10:00", REM_B,
    p(confirm=["can I move it to 2 o'clock with Jayden instead?", "yes"],
      time=["Thursday at 2"]),
    expect("rescheduled", appt("Cody Ratt", num(B, 50), f"{THU}T14:00", minutes=30,
                               service=CUT, resource=JAYDEN)),
    note="moved, to a person asked for by name (Dmitri is off at 2)")
rem("bar-rem-04", B, f"{WED}T10:00", REM_B,
    p(confirm=["can I talk to someone at the shop?"]),
    expect("transferred", REM_B), note="asks for a person")

# ======================= massage and acupuncture (St. John's; 15-minute grid) ===========
KELLY, SEAN, LIN = "Kelly Power", "Sean Walsh", "Lin Zhao"
M30, M60, M90, ACU = ("30-minute massage", "60-minute massage", "90-minute massage",
                      "Acupuncture")
M = MASSAGE

add("mas-01", M, 1, p(["Can I book an hour massage on Wednesday at 10?"],
                      name=["Bridget Power"], phone=said(M, 1)),
    expect("booked", ap(M, 1, "Bridget Power", f"{WED}T10:00", M60, KELLY, 60)),
    note="beyond the SPEC: 'an hour massage' is the one massage of an hour")
add("mas-02", M, 2, p(["I'd like the hour and a half massage Wednesday at 4:45"],
                      time=["4:30 then"], name=["Siobhan Kelly"], phone=said(M, 2)),
    expect("booked", ap(M, 2, "Siobhan Kelly", f"{WED}T16:30", M90, KELLY, 90)),
    note="a length naming the service; 90 minutes from 4:45 run past 6")
add("mas-03", M, 3, p(["Hi, I'd like to book a massage please"],
                      service=["the half hour one"], time=["Friday at 1"],
                      name=["Gerard Mercer"], phone=said(M, 3)),
    expect("booked", ap(M, 3, "Gerard Mercer", f"{FRI}T13:00", M30, SEAN, 30)),
    note="three massages: which is asked; 'the half hour one'; Kelly is away Friday")
add("mas-04", M, 4, p(["60 minute massage with Kelly on Thursday at 2"],
                      time=["Wednesday at 2 then"], name=["Rhonda Hickey"],
                      phone=said(M, 4)),
    expect("booked", ap(M, 4, "Rhonda Hickey", f"{WED}T14:00", M60, KELLY, 60),
           say=["Thursday"]),
    note="the person asked for is off that day")
add("mas-05", M, 5, p(["acupuncture Tuesday at 11:30"], time=["11:15 then"],
                      name=["Paul Noseworthy"], phone=said(M, 5)),
    expect("booked", ap(M, 5, "Paul Noseworthy", f"{TUE}T11:15", ACU, LIN, 45)),
    note="45 minutes from 11:30 run into Lin's lunch; 11:15 ends at noon")
add("mas-06", M, 6, p(["Can Sean do acupuncture on Thursday at 2?"], time=["Thursday at 2"],
                      name=["Tina Squires"], phone=said(M, 6)),
    expect("booked", ap(M, 6, "Tina Squires", f"{THU}T14:00", ACU, LIN, 45)),
    note="a person who does not offer the service is said so and dropped")
add("mas-07", M, 7, p(["I want a 90 minute massage Saturday at 10 with Sean"],
                      time=["Friday at 2 then"], name=["Craig Butt"], phone=said(M, 7)),
    expect("booked", ap(M, 7, "Craig Butt", f"{FRI}T14:00", M90, SEAN, 90),
           say=["Saturday"]),
    note="the person asked for does not work Saturdays; another day with him")
add("mas-08", M, 8, p(["A 30-minute massage Wednesday at 3, but not with Kelly please"],
                      name=["Donna Penney"], phone=said(M, 8)),
    expect("booked", ap(M, 8, "Donna Penney", f"{WED}T15:00", M30, SEAN, 30)),
    note="beyond the SPEC: 'not with Kelly' leaves Sean (Kelly is free, first)")
add("mas-09", M, 9, p(["I'd rather not see Kelly. Can I get the 90-minute massage next "
                       "Monday at 1?"], name=["Wayne Pike"], phone=said(M, 9)),
    expect("booked", ap(M, 9, "Wayne Pike", f"{MON2}T13:00", M90, SEAN, 90)),
    note="beyond the SPEC: 'rather not see Kelly' before the service and time")
add("mas-10", M, 10, p(["Can you direct bill my insurance?",
                        "great, a 60 minute massage Friday at 3 then"],
                       name=["Lisa Fitzgerald"], phone=said(M, 10)),
    expect("booked", ap(M, 10, "Lisa Fitzgerald", f"{FRI}T15:00", M60, SEAN, 60),
           say=["Medavie"]),
    note="an FAQ topic of the business's own (insurance); Kelly is away Friday")
add("mas-11", M, 11, p(["How long is acupuncture?", "ok book it Thursday at 9"],
                       name=["Greg Dawe"], phone=said(M, 11)),
    expect("booked", ap(M, 11, "Greg Dawe", f"{THU}T09:00", ACU, LIN, 45),
           say=["45 minutes"]),
    note="the length first, then 'it'")
add("mas-12", M, 12, p(["I need a 90 minute massage"], time=["how much is that one?",
                                                             "Wednesday at 9"],
                       name=["Karen Murphy"], phone=said(M, 12)),
    expect("booked", ap(M, 12, "Karen Murphy", f"{WED}T09:00", M90, KELLY, 90),
           say=["$135"]),
    note="the price of the chosen service at the time question")
add("mas-13", M, 13, p(["I need to cancel my acupuncture"]),
    expect("cancelled", ap(M, 13, "Joan Kavanagh", f"{THU}T10:00", ACU, LIN, 45)),
    existing=[ex(f"{WED}T10:00", 60, KELLY, M60, "Joan Kavanagh", num(M, 13)),
              ex(f"{THU}T10:00", 45, LIN, ACU, "Joan Kavanagh", num(M, 13))],
    note="two appointments (the massage first): the one of the service named")
add("mas-14", M, 14, p(["I need to move my massage to Thursday at 3"]),
    expect("rescheduled", ap(M, 14, "Terry Hann", f"{THU}T15:00", M90, SEAN, 90)),
    existing=[ex(f"{TUE}T12:00", 90, SEAN, M90, "Terry Hann", num(M, 14))],
    note="a move keeps the 90 minutes and Sean")
add("mas-15", M, 15, p(["I'd like a 60-minute massage on Monday the 15th"], time=["yes"],
                       name=["Maureen Walsh"], phone=said(M, 15)),
    expect("booked", ap(M, 15, "Maureen Walsh", f"{TUE3}T12:00", M60, SEAN, 60)),
    note="a closed holiday: the next open day's first free start (Kelly is off Tuesdays, "
         "Sean starts at noon)")
add("mas-16", M, 16, p(["a 60 minute massage Wednesday at 2, whoever's free"],
                       name=["Cathy Ryan"], phone=said(M, 16)),
    expect("booked", ap(M, 16, "Cathy Ryan", f"{WED}T14:00", M60, SEAN, 60)),
    existing=[ex(f"{WED}T14:00", 60, KELLY, M60)],
    note="whoever's free: Kelly is booked")
add("mas-17", M, 17, p(["What's the earliest you can do acupuncture?"], time=["yes"],
                       name=["Roy Budden"], phone=said(M, 17)),
    expect("booked", ap(M, 17, "Roy Budden", f"{TUE}T09:00", ACU, LIN, 45)),
    note="the earliest: Lin does not work on Mondays")
add("mas-18", M, 18, p(["I've got a sore back, can I get in for a massage Saturday at 10?"],
                       service=["the 30 minute one"], name=["Glen Tucker"],
                       phone=said(M, 18)),
    expect("booked", ap(M, 18, "Glen Tucker", f"{SAT}T10:00", M30, KELLY, 30)),
    note="'a massage' with three lengths asks which; Sean is off Saturdays")

# Massage reminders: a 60-minute massage with Kelly, Wednesday at 2; called Tuesday.
REM_M = appt("Bridget O'Keefe", num(M, 50), f"{WED}T14:00", minutes=60, service=M60,
             resource=KELLY)
rem("mas-rem-01", M, f"{TUE}T10:00", REM_M, p(confirm=()),
    expect("voicemail", REM_M, say=["Battery Road"], not_say=["Bridget", "O'Keefe"]),
    answered_by="machine", note="a machine: one voicemail, no personal data")
rem("mas-rem-02", M, f"{TUE}T10:00", REM_M,
    p(confirm=["no, I can't make it, please cancel it", "yes"]),
    expect("cancelled", REM_M), note="cancelled on a yes at the read-back")
rem("mas-rem-03", M, f"{TUE}T10:00", REM_M,
    p(confirm=["could I move it to Saturday instead?", "yes"], time=["Saturday at 11"]),
    expect("rescheduled", appt("Bridget O'Keefe", num(M, 50), f"{SAT}T11:00", minutes=60,
                               service=M60, resource=KELLY)),
    note="moved to Saturday with the same therapist")
rem("mas-rem-04", M, f"{TUE}T10:00", REM_M,
    p(confirm=["what's your cancellation policy?", "ok, yes I'll be there"]),
    expect("confirmed", REM_M, say=["24 hours"]),
    note="a question first (the cancellation rule: no cancel), then confirmed")

# ======================= optometrist (Moncton; 20-minute grid; bilingual) ==============
CORMIER, GALLANT, LUC = "Dr. Nadine Cormier", "Dr. Paul Gallant", "Luc Arsenault"
CHILD, ADULT, SENIOR, CONTACT, ADJUST = ("Child eye exam", "Adult eye exam",
                                         "Senior eye exam", "Contact lens fitting",
                                         "Glasses adjustment")
O = OPTO

add("opt-01", O, 1, p(["I need an eye exam for my daughter, Tuesday at 10"],
                      name=["Michelle Goguen"], phone=said(O, 1)),
    expect("booked", ap(O, 1, "Michelle Goguen", f"{TUE}T10:00", CHILD, CORMIER, 20)),
    note="the child's exam by a listed phrase")
add("opt-02", O, 2, p(["I'd like to book an eye exam"],
                      service=["it's for my dad, he's 72, so the senior one"],
                      time=["Wednesday at 1"], name=["Roger Leger"], phone=said(O, 2)),
    expect("booked", ap(O, 2, "Roger Leger", f"{WED}T13:00", SENIOR, CORMIER, 40)),
    note="three eye exams: which is asked; 'the senior one' (a word only its name has)")
add("opt-03", O, 3, p(["adult eye exam Tuesday at 11:40"], time=["11:20 then"],
                      name=["Kevin Melanson"], phone=said(O, 3)),
    expect("booked", ap(O, 3, "Kevin Melanson", f"{TUE}T11:20", ADULT, CORMIER, 40)),
    note="40 minutes from 11:40 run into lunch; 11:20 ends at noon")
add("opt-04", O, 4, p(["I need a contact lens fitting Friday at 10"],
                      time=["Tuesday at 2 then"], name=["Julie Bourque"], phone=said(O, 4)),
    expect("booked", ap(O, 4, "Julie Bourque", f"{TUE}T14:00", CONTACT, CORMIER, 60),
           say=["Friday"]),
    note="a service only one person does, who is off that day")
add("opt-05", O, 5, p(["Can I see Dr. Gallant for an adult eye exam on Wednesday at 9?"],
                      name=["Marc Richard"], phone=said(O, 5)),
    expect("booked", ap(O, 5, "Marc Richard", f"{WED}T09:00", ADULT, GALLANT, 40)),
    note="staff by title and surname (Dr. Cormier is free, first)")
add("opt-06", O, 6, p(["adult eye exam with Dr. Cormier Thursday at 3"],
                      time=["Wednesday at 3 then"], name=["Nathalie Cyr"], phone=said(O, 6)),
    expect("booked", ap(O, 6, "Nathalie Cyr", f"{WED}T15:00", ADULT, CORMIER, 40)),
    note="the person asked for is away that date")
add("opt-07", O, 7, p(["a senior eye exam Tuesday at 9, whoever's free"],
                      name=["Gilles Babineau"], phone=said(O, 7)),
    expect("booked", ap(O, 7, "Gilles Babineau", f"{TUE}T09:00", SENIOR, GALLANT, 40)),
    existing=[ex(f"{TUE}T09:00", 40, CORMIER, ADULT)],
    note="whoever's free: Dr. Cormier is booked")
add("opt-08", O, 8, p(["do you take walk-ins for glasses adjustments?",
                       "ok, I'll book a glasses adjustment Friday at 4:40 then"],
                      name=["Erin Steeves"], phone=said(O, 8)),
    expect("booked", ap(O, 8, "Erin Steeves", f"{FRI}T16:40", ADJUST, LUC, 20),
           say=["Walk-ins are welcome"]),
    note="an FAQ topic of the business's own (walk_ins); the last start of the day")
add("opt-09", O, 9, p(["can I get a kids eye exam Thursday at 6:20?"],
                      name=["Chantal Hebert"], phone=said(O, 9)),
    expect("booked", ap(O, 9, "Chantal Hebert", f"{THU}T18:20", CHILD, GALLANT, 20)),
    note="Thursday evening hours ('6:20' is p.m.); Dr. Cormier is away that date")
add("opt-10", O, 10, p(["an adult eye exam next Monday please"], time=["yes"],
                       name=["Daniel Belliveau"], phone=said(O, 10)),
    expect("booked", ap(O, 10, "Daniel Belliveau", f"{TUE2}T09:00", ADULT, CORMIER, 40)),
    note="a staff training day: the next open day's first free start")
add("opt-11", O, 11, p(["I need to cancel the child eye exam on Wednesday"]),
    expect("cancelled", ap(O, 11, "Renee Doiron", f"{WED}T10:00", CHILD, GALLANT, 20)),
    existing=[ex(f"{WED}T10:20", 40, CORMIER, ADULT, "Renee Doiron", num(O, 11)),
              ex(f"{WED}T10:00", 20, GALLANT, CHILD, "Renee Doiron", num(O, 11))],
    note="two appointments the same morning: the one of the service named")
add("opt-12", O, 12, p(["I'd like to move my contact lens fitting to Saturday at 10"]),
    expect("rescheduled", ap(O, 12, "Sarah Landry", f"{SAT}T10:00", CONTACT, CORMIER, 60)),
    existing=[ex(f"{TUE}T13:00", 60, CORMIER, CONTACT, "Sarah Landry", num(O, 12))],
    note="a known caller moves a service only one person does")
add("opt-13", O, 13, p(["how much is a senior eye exam?", "ok, book one Thursday at 1"],
                       name=["Aline Robichaud"], phone=said(O, 13)),
    expect("booked", ap(O, 13, "Aline Robichaud", f"{THU}T13:00", SENIOR, GALLANT, 40),
           say=["$95"]),
    note="the price first, then 'one' of it")

# French calls on the bilingual clinic.
add("opt-fr-01", O, 21, pf(["Bonjour, je voudrais un examen de la vue pour ma fille mardi "
                            "à 10 h."], name=["Josée Cormier"], phone=said(O, 21)),
    expect("booked", ap(O, 21, "Josée Cormier", f"{TUE}T10:00", CHILD, CORMIER, 20),
           lang="fr"),
    note="French: the child's exam by a listed phrase")
add("opt-fr-02", O, 22, pf(["Je voudrais prendre rendez-vous pour un examen de la vue."],
                           service=["L'examen pour adulte."], time=["Jeudi à 14 h."],
                           name=["Rémi Gautreau"], phone=said(O, 22)),
    expect("booked", ap(O, 22, "Rémi Gautreau", f"{THU}T14:00", ADULT, GALLANT, 40),
           lang="fr"),
    note="French: which exam is asked; Dr. Cormier is away Thursday")
add("opt-fr-03", O, 23, pf(["Un ajustement de lentilles cornéennes vendredi à 10 h, "
                            "s'il vous plaît."], time=["Mardi à 14 h, d'abord."],
                           name=["Isabelle Thériault"], phone=said(O, 23)),
    expect("booked", ap(O, 23, "Isabelle Thériault", f"{TUE}T14:00", CONTACT, CORMIER, 60),
           lang="fr"),
    note="French: only Dr. Cormier fits lenses, and she is off Fridays")
add("opt-fr-04", O, 24, pf(["Un examen pour adulte mercredi à 9 h, mais pas avec la "
                            "docteure Cormier."], name=["Luc Després"], phone=said(O, 24)),
    expect("booked", ap(O, 24, "Luc Després", f"{WED}T09:00", ADULT, GALLANT, 40),
           lang="fr"),
    note="French, beyond the SPEC: 'pas avec la docteure Cormier' (she is free, first)")
add("opt-fr-05", O, 25, pf(["Je voudrais voir le docteur Gallant pour un examen pour aîné, "
                            "mercredi à 11 h."], name=["Gérard LeBlanc"], phone=said(O, 25)),
    expect("booked", ap(O, 25, "Gérard LeBlanc", f"{WED}T11:00", SENIOR, GALLANT, 40),
           lang="fr"),
    note="French: staff by title ('le docteur Gallant')")
add("opt-fr-06", O, 26, pf(["Un examen pour adulte, mardi à 11 h 40."],
                           time=["11 h 20 alors."], name=["Annie Maillet"],
                           phone=said(O, 26)),
    expect("booked", ap(O, 26, "Annie Maillet", f"{TUE}T11:20", ADULT, CORMIER, 40),
           lang="fr"),
    note="French: 40 minutes from 11 h 40 run into lunch")
add("opt-fr-07", O, 27, pf(["Avez-vous du stationnement?",
                            "Parfait. Un examen de la vue pour mon fils jeudi à 16 h."],
                           name=["Chloé Arsenault"], phone=said(O, 27)),
    expect("booked", ap(O, 27, "Chloé Arsenault", f"{THU}T16:00", CHILD, GALLANT, 20),
           lang="fr", say=["stationnement gratuit"]),
    note="French: the parking answer from [faq_fr], then a booking")
add("opt-fr-08", O, 28, pf(["Combien coûte l'examen pour aîné?",
                            "D'accord, je vais en prendre un vendredi à 9 h."],
                           name=["Yvon Poirier"], phone=said(O, 28)),
    expect("booked", ap(O, 28, "Yvon Poirier", f"{FRI}T09:00", SENIOR, GALLANT, 40),
           lang="fr", say=["95 $"]),
    note="French: the price first (price_fr), then 'un' of it; Dr. Cormier is off Fridays")
add("opt-fr-09", O, 29, pf(["Est-ce que vous prenez les clients sans rendez-vous?",
                            "OK, d'abord un ajustement de lunettes samedi à 10 h."],
                           name=["Denis Savoie"], phone=said(O, 29)),
    expect("booked", ap(O, 29, "Denis Savoie", f"{SAT}T10:00", ADJUST, LUC, 20),
           lang="fr", say=["sans rendez-vous"]),
    note="French, beyond the SPEC: the walk_ins topic asked in French ('sans "
         "rendez-vous'), answered from [faq_fr]")
add("opt-fr-10", O, 30, pf(["Bonjour, je dois annuler mon ajustement de lunettes."]),
    expect("cancelled", ap(O, 30, "Monique Gaudet", f"{THU}T10:00", ADJUST, LUC, 20),
           lang="fr"),
    existing=[ex(f"{WED}T14:00", 40, CORMIER, ADULT, "Monique Gaudet", num(O, 30)),
              ex(f"{THU}T10:00", 20, LUC, ADJUST, "Monique Gaudet", num(O, 30))],
    note="French: a known caller cancels the appointment of the service named")
add("opt-fr-11", O, 31, pf(["J'aimerais déplacer mon examen de la vue à jeudi à 15 h."]),
    expect("rescheduled", ap(O, 31, "Raymond Bastarache", f"{THU}T15:00", SENIOR, GALLANT,
                             40), lang="fr"),
    existing=[ex(f"{TUE}T15:00", 40, GALLANT, SENIOR, "Raymond Bastarache", num(O, 31))],
    note="French: a known caller's move keeps the service and the optometrist")
add("opt-fr-12", O, 32, pf(["Un examen pour adulte lundi le 8 mars, s'il vous plaît."],
                           time=["Oui."], name=["Sophie Boudreau"], phone=said(O, 32)),
    expect("booked", ap(O, 32, "Sophie Boudreau", f"{TUE2}T09:00", ADULT, CORMIER, 40),
           lang="fr"),
    note="French: the training day is closed; the next open day's first free start")
add("opt-fr-13", O, 33, pf(["Un examen pour enfant mercredi à 13 h, avec n'importe qui."],
                           name=["Mathieu Comeau"], phone=said(O, 33)),
    expect("booked", ap(O, 33, "Mathieu Comeau", f"{WED}T13:00", CHILD, GALLANT, 20),
           lang="fr"),
    existing=[ex(f"{WED}T13:00", 40, CORMIER, ADULT)],
    note="French: 'avec n'importe qui', Dr. Cormier is booked")

# Optometrist reminders: an adult exam with Dr. Cormier, Wednesday at 2; called Tuesday.
REM_O = appt("Sylvie Leblanc", num(O, 60), f"{WED}T14:00", minutes=40, service=ADULT,
             resource=CORMIER)
rem("opt-rem-01", O, f"{TUE}T10:00", REM_O, p(confirm=()),
    expect("voicemail", REM_O, say=["Petitcodiac"], not_say=["Sylvie", "Leblanc"]),
    answered_by="machine", note="a machine: one voicemail, no personal data")
rem("opt-rem-02", O, f"{TUE}T10:00", REM_O, p(confirm=["yes, thanks for calling"]),
    expect("confirmed", REM_O), note="confirmed in English")
rem("opt-rem-fr-01", O, f"{TUE}T10:00", REM_O, pf(confirm=["Oui, je vais être là."]),
    expect("confirmed", REM_O, lang="fr"), note="French: confirmed")
rem("opt-rem-fr-02", O, f"{TUE}T10:00", REM_O,
    pf(confirm=["Non, je pourrai pas venir, annulez-le.", "Oui."]),
    expect("cancelled", REM_O, lang="fr"), note="French: cancelled on a yes")
rem("opt-rem-fr-03", O, f"{TUE}T10:00", REM_O,
    pf(confirm=["Est-ce que je peux le déplacer à samedi?", "Oui."], time=["Samedi à 10 h."]),
    expect("rescheduled", appt("Sylvie Leblanc", num(O, 60), f"{SAT}T10:00", minutes=40,
                               service=ADULT, resource=CORMIER), lang="fr"),
    note="French: moved to Saturday with the same optometrist")
rem("opt-rem-fr-04", O, f"{TUE}T10:00", REM_O,
    pf(confirm=["Vous êtes où, déjà?", "Oui, je serai là."]),
    expect("confirmed", REM_O, lang="fr", say=["1100, rue Main"]),
    note="French: a question first (the address from [faq_fr]), then confirmed")
rem("opt-rem-fr-05", O, f"{TUE}T10:00", REM_O,
    pf(confirm=["Je voudrais parler à quelqu'un, s'il vous plaît."]),
    expect("transferred", REM_O, lang="fr"), note="French: asks for a person")


# ---------------- added after the blind run (variants of the fixes) ---------------------
add("mas-01v", M, 31, p(["Could I get the hour one on Saturday at 11?"], name=["Tanya Rose"],
                        phone=said(M, 31)),
    expect("booked", ap(M, 31, "Tanya Rose", f"{SAT}T11:00", M60, KELLY, 60)),
    note="after the blind run: 'the hour one' is the one service of an hour")
add("mas-02v", M, 32, p(["I'd like a half an hour massage Friday at 4"], name=["Mark Pittman"],
                        phone=said(M, 32)),
    expect("booked", ap(M, 32, "Mark Pittman", f"{FRI}T16:00", M30, SEAN, 30)),
    note="after the blind run: 'a half an hour massage' beside a 'one-hour massage'")
add("bar-11v", B, 31, p(["Can I come in without an appointment?",
                         "alright, a beard trim Friday at 11 then"],
                        name=["Curtis Starblanket"], phone=said(B, 31)),
    expect("booked", ap(B, 31, "Curtis Starblanket", f"{FRI}T11:00", BEARD, DMITRI, 15),
           say=["Walk-ins are welcome"]),
    note="after the blind run: 'without an appointment' asks the walk_ins topic, no booking")
add("opt-fr-02v", O, 41, pf(["Je voudrais l'examen pour enfant jeudi à 17 h."],
                            name=["Léa Boudreau"], phone=said(O, 41)),
    expect("booked", ap(O, 41, "Léa Boudreau", f"{THU}T17:00", CHILD, GALLANT, 20),
           lang="fr"),
    note="after the blind run: 'l'examen pour enfant', the article elided onto the phrase")
add("opt-fr-10v", O, 42, pf(["J'appelle pour annuler l'examen pour aîné de mercredi."]),
    expect("cancelled", ap(O, 42, "Rita Cormier", f"{WED}T09:20", SENIOR, CORMIER, 40),
           lang="fr"),
    existing=[ex(f"{WED}T09:00", 20, CORMIER, CHILD, "Rita Cormier", num(O, 42)),
              ex(f"{WED}T09:20", 40, CORMIER, SENIOR, "Rita Cormier", num(O, 42))],
    note="after the blind run: a known caller cancels 'l'examen pour aîné', the later of "
         "two that morning by its service")
add("opt-fr-09v", O, 43, pf(["Est-ce qu'on peut passer sans prendre de rendez-vous?",
                             "OK, un ajustement de lunettes mardi à 13 h 20."],
                            name=["Paul Cormier"], phone=said(O, 43)),
    expect("booked", ap(O, 43, "Paul Cormier", f"{TUE}T13:20", ADJUST, LUC, 20),
           lang="fr", say=["sans rendez-vous"]),
    note="after the blind run: 'sans prendre de rendez-vous' asks the walk_ins topic")
add("opt-fr-07v", O, 44, pf(["C'est où, votre clinique?",
                             "Un examen pour adulte mardi à 15 h 20."],
                            name=["Ginette Allain"], phone=said(O, 44)),
    expect("booked", ap(O, 44, "Ginette Allain", f"{TUE}T15:20", ADULT, CORMIER, 40),
           lang="fr", say=["1100, rue Main"]),
    note="after the blind run: 'c'est où' asks the address, answered from [faq_fr]")
rem("opt-rem-fr-04v", O, f"{TUE}T10:00", REM_O,
    pf(confirm=["Est-ce qu'il y a du stationnement chez vous?", "Oui, je vais être là."]),
    expect("confirmed", REM_O, lang="fr", say=["stationnement gratuit", "mercredi 3 mars"]),
    note="after the blind run: a French question at an English reminder; the day and time "
         "asked again in French")

add("bar-17v", B, 32, p(["I need to move my haircut to Thursday at 2 with Jayden"]),
    expect("rescheduled", ap(B, 32, "Shane Pelletier", f"{THU}T14:00", CUT, JAYDEN, 30)),
    existing=[ex(f"{WED}T10:00", 30, DMITRI, CUT, "Shane Pelletier", num(B, 32))],
    note="after the fix of bar-rem-03: an inbound move to a person asked for by name "
         "(Dmitri is off at 2), SPEC §3.1")
add("bar-18v", B, 33, p(["can I move my haircut to Friday at 3 with Jayden instead?"],
                        time=["3:30 then"]),
    expect("rescheduled", ap(B, 33, "Kyle Bitternose", f"{FRI}T15:30", CUT, JAYDEN, 30)),
    existing=[ex(f"{WED}T10:00", 30, DMITRI, CUT, "Kyle Bitternose", num(B, 33)),
              ex(f"{FRI}T15:00", 30, JAYDEN, CUT)],
    note="after the fix of bar-rem-03: Jayden, asked for in a move, is booked at 3 and "
         "Dmitri is not; only Jayden's times count (SPEC §3.1)")

# ---------------- added by pw14 (round 13's service and wording bugs) --------------------
add("bar-19v", B, 34, p(["I'd like to move my beard trim to Friday at 4 with Jayden"]),
    expect("rescheduled", ap(B, 34, "Wade Lerat", f"{FRI}T16:00", BEARD, JAYDEN, 15),
           say=["now on Friday, March 5th at 4 p.m. with Jayden"]),
    existing=[ex(f"{WED}T10:00", 15, DMITRI, BEARD, "Wade Lerat", num(B, 34))],
    note="pw14: the move's last sentence names the person asked for (Dmitri is free too)")
add("bar-20v", B, 35, p(["can I move my hot towel shave to Saturday at 10 with Jayden?"]),
    expect("rescheduled", ap(B, 35, "Darcy Obey", f"{SAT}T10:00", SHAVE, DMITRI, 45),
           say=["Jayden Bird doesn't do"]),
    existing=[ex(f"{WED}T10:00", 45, DMITRI, SHAVE, "Darcy Obey", num(B, 35))],
    note="pw14: a person who does not offer the service is said so in a move, as in a "
         "booking, and the appointment keeps its barber")
add("bar-21v", B, 36, p(["Hi there, I'd like to know how much it costs.",
                         "ok, a beard trim Friday at 11 then"],
                        name=["Travis Ahenakew"], phone=said(B, 36)),
    expect("booked", ap(B, 36, "Travis Ahenakew", f"{FRI}T11:00", BEARD, DMITRI, 15),
           say=["Beard trim is $18"]),
    note="pw14: a price asked at the opening with no service named is a question: the "
         "prices, no booking started")
add("opt-fr-11v", O, 45, pf(["Bonjour, je voudrais savoir combien ça coûte.",
                             "Merci, c'est tout."]),
    expect("no_booking", no_appt=True, lang="fr", say=["95 $"],
           not_say=["réserver"]),
    note="pw14: French, a price asked at the opening with no service named: the prices, "
         "no booking")
add("opt-fr-12v", O, 46, pf(["Je voudrais un examen pour adulte avec la docteure Cormier "
                             "jeudi à 10 h."], time=["Mercredi à 10 h, alors."],
                            name=["Chantal Robichaud"], phone=said(O, 46)),
    expect("booked", ap(O, 46, "Chantal Robichaud", f"{WED}T10:00", ADULT, CORMIER, 40),
           lang="fr", say=["ne sera pas là"], not_say=["absent"]),
    note="pw14: a person's day away said in French without a gender agreement")

# Physio (probe round 12's business): a hyphened service name said as one word.
PHYSIO = "businesses/physio.toml"
TZ[PHYSIO], NOW[PHYSIO], LANGS[PHYSIO], AREA[PHYSIO] = (
    "America/Halifax", "2027-03-01T07:30", ["en-CA"], "902")
add("phy-01v", PHYSIO, 1, p(["how much is a followup?", "ok, book one Tuesday at 10"],
                            name=["Megan Zinck"], phone=said(PHYSIO, 1)),
    expect("booked", ap(PHYSIO, 1, "Megan Zinck", f"{TUE}T10:00", "Physio follow-up",
                        "Tom Reilly", 30),
           say=["Physio follow-up is $90"], not_say=["$125"]),
    note="pw14: 'followup' names the service 'follow-up' (hyphened parts as one word)")


if __name__ == "__main__":
    print(write_business_probe(os.path.join(HERE, "probe13_business.jsonl"), lines), "cases")
