#!/usr/bin/env python3
"""Writes probe12_business_en.jsonl: services, staff, FAQ, known callers and reminders
(SPEC §3, §3.1, §3.2; docs/services.md) against two businesses Bella had never seen,
`businesses/physio.toml` (a Halifax physio and massage clinic, three practitioners,
15-minute grid) and `businesses/vet.toml` (a Winnipeg vet, 20-minute grid, lunch
break, Saturday mornings, a closed holiday). Written blind from the SPEC, the docs and
callslib's slot oracle, and committed before Bella ran on it. Each line's `business`
is a path relative to testdata/; every booked or moved start is checked against the
oracle before the file is written.

Some expectations go past what the SPEC spells out (each says so in its note): "the
hour-long massage" names the one service of that length, "not with Tom" leaves the
others, "the same person as last time" is the person of the known caller's booking."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from callslib import (appt, expect, local_now, noted_calls, probe_reminder, persona,
                      staffed as ex, write_business_probe)

HERE = os.path.dirname(os.path.abspath(__file__))
PHYSIO, VET = "businesses/physio.toml", "businesses/vet.toml"
TZ = {PHYSIO: "America/Halifax", VET: "America/Winnipeg"}
# Monday 2027-02-08; the next Monday (2027-02-15) is a holiday at both.
NOW = {PHYSIO: "2027-02-08T08:30", VET: "2027-02-08T08:10"}
KIND = "probe12_business"
LANGS = ["en-CA"]
lines = []
_add = noted_calls(lines, "p12", KIND)


def add(cid, biz, caller_id, persona_, expected, existing=(), note="", now=None):
    _add(cid, now or NOW[biz], TZ[biz], caller_id, persona_, expected, existing,
         note=note, business=biz)


def p(intent=(), service=None, time=(), name=(), phone=(), confirm=("yes",), other=()):
    return persona(intent, name, phone, time, confirm, other, service=service or [])


def ap(name, phone, start, service, resource, minutes):
    return appt(name, phone, start, service=service, resource=resource, minutes=minutes)


TOM, SARAH, ANIKA = "Tom Reilly", "Sarah Kowalski", "Anika Shah"
ASSESS, FOLLOW, RELAX, DEEP = ("Initial assessment", "Physio follow-up",
                               "Relaxation massage", "Deep tissue massage")
PARK, BELL, JESS = "Dr. Helen Park", "Dr. Marcus Bell", "Jess Moreau"
EXAM, VACC, NAILS, DENTAL = "Wellness exam", "Vaccination", "Nail trim", "Dental cleaning"
# Days from Monday 2027-02-08.
TUE, WED, THU, FRI, SAT, HOL, TUE2 = ("2027-02-09", "2027-02-10", "2027-02-11",
                                      "2027-02-12", "2027-02-13", "2027-02-15", "2027-02-16")

# ---------------- physio (Halifax; 8-18, Sat 9-13; 15-minute grid) ----------------------
add("phy-01", PHYSIO, "+19025550101",
    p(["Hi, I'd like to book a deep tissue for Wednesday at 10"], name=["Maria Lopez"],
      phone=["902 555 0101"]),
    expect("booked", ap("Maria Lopez", "+19025550101", f"{WED}T10:00", DEEP, SARAH, 90)),
    note="a service named loosely ('a deep tissue'); Sarah is the first who does it")
add("phy-02", PHYSIO, "+19025550102",
    p(["Can I book the hour-long massage on Friday at 2?"], name=["Dan Fraser"],
      phone=["902 555 0102"]),
    expect("booked", ap("Dan Fraser", "+19025550102", f"{FRI}T14:00", RELAX, SARAH, 60)),
    note="beyond the SPEC: 'the hour-long massage' is the one massage of an hour")
add("phy-03", PHYSIO, "+19025550103",
    p(["Do you do acupuncture?", "okay, a follow-up then, Thursday at 9"],
      name=["Grace MacNeil"], phone=["902 555 0103"]),
    expect("booked", ap("Grace MacNeil", "+19025550103", f"{THU}T09:00", FOLLOW, TOM, 30),
           say=["we offer"]),
    note="a service the clinic does not sell, asked about: the services are listed")
add("phy-04", PHYSIO, "+19025550104",
    p(["How much is a deep tissue massage?", "Great, I'll book one for Saturday at 9"],
      name=["Owen Burke"], phone=["902 555 0104"]),
    expect("booked", ap("Owen Burke", "+19025550104", f"{SAT}T09:00", DEEP, SARAH, 90),
           say=["$150"]),
    note="the price first, then 'one' of it")
add("phy-05", PHYSIO, "+19025550105",
    p(["How long is an initial assessment?", "okay, book me one Tuesday at 11 please"],
      name=["Leah Cormier"], phone=["902 555 0105"]),
    expect("booked", ap("Leah Cormier", "+19025550105", f"{TUE}T11:00", ASSESS, TOM, 45),
           say=["45 minutes"]),
    note="the length first; 45 minutes from 11 ends at Tom's lunch")
add("phy-06", PHYSIO, "+19025550106",
    p(["I'd like a relaxation massage Wednesday at 3"],
      name=["Actually, can we make that a deep tissue instead?", "Nora Doucette"],
      phone=["902 555 0106"]),
    expect("booked", ap("Nora Doucette", "+19025550106", f"{WED}T15:00", DEEP, SARAH, 90)),
    note="the service changed while the name is asked; the time still fits")
add("phy-07", PHYSIO, "+19025550107",
    p(["I'd like a relaxation massage with Sarah on Friday at 10"], time=["11:30 then"],
      name=["Emma Wright"], phone=["902 555 0107"]),
    expect("booked", ap("Emma Wright", "+19025550107", f"{FRI}T11:30", RELAX, SARAH, 60)),
    existing=[ex(f"{FRI}T10:00", 90, SARAH, DEEP)],
    note="'with Sarah' while Sarah is busy and Anika free: Sarah's own times only")
add("phy-08", PHYSIO, "+19025550108",
    p(["I need an assessment Wednesday at 9, whoever's free"], name=["Ian Boudreau"],
      phone=["902 555 0108"]),
    expect("booked", ap("Ian Boudreau", "+19025550108", f"{WED}T09:00", ASSESS, ANIKA, 45)),
    existing=[ex(f"{WED}T09:00", 30, TOM, FOLLOW)],
    note="whoever's free: Tom is booked at 9, Anika is not")
add("phy-09", PHYSIO, "+19025550109",
    p(["I need a follow-up Tuesday at 2, but not with Tom please"], name=["Kyle Landry"],
      phone=["902 555 0109"]),
    expect("booked", ap("Kyle Landry", "+19025550109", f"{TUE}T14:00", FOLLOW, ANIKA, 30)),
    note="beyond the SPEC: 'not with Tom' leaves the other physiotherapist")
add("phy-10", PHYSIO, "+19025550110",
    p(["Can I get a follow-up with Tom on Friday at 10?"], time=["Thursday at 10 then"],
      name=["Ruth Arsenault"], phone=["902 555 0110"]),
    expect("booked", ap("Ruth Arsenault", "+19025550110", f"{THU}T10:00", FOLLOW, TOM, 30),
           say=["Fridays"]),
    note="the person asked for is off that day (docs: 'doesn't work on Fridays')")
add("phy-11", PHYSIO, "+19025550111",
    p(["Can I book a deep tissue massage with Tom on Wednesday at 1?"],
      time=["Wednesday at 1"], name=["Paul Sampson"], phone=["902 555 0111"]),
    expect("booked", ap("Paul Sampson", "+19025550111", f"{WED}T13:00", DEEP, SARAH, 90)),
    note="a person who does not offer the service is said so and dropped")
add("phy-12", PHYSIO, "+19025550112",
    p(["Hi, I'd like another follow-up with the same person as last time, Thursday at 3"]),
    expect("booked", ap("Helen Gray", "+19025550112", f"{THU}T15:00", FOLLOW, ANIKA, 30)),
    existing=[ex(f"{TUE}T10:00", 30, ANIKA, FOLLOW, "Helen Gray", "+19025550112")],
    note="beyond the SPEC: a known caller's 'same person as last time' is the person of "
         "their booking (Tom is free too and first in the file)")
add("phy-13", PHYSIO, "+19025550113",
    p(["deep tissue massage Friday at 5"], time=["4:30 then"], name=["Sam Pottie"],
      phone=["902 555 0113"]),
    expect("booked", ap("Sam Pottie", "+19025550113", f"{FRI}T16:30", DEEP, SARAH, 90)),
    note="90 minutes from 5 run past 6; 4:30 ends at closing")
add("phy-14", PHYSIO, "+19025550114",
    p(["I need an initial assessment with Tom on Tuesday at 11:30"], time=["11:15 then"],
      name=["Zoe Chiasson"], phone=["902 555 0114"]),
    expect("booked", ap("Zoe Chiasson", "+19025550114", f"{TUE}T11:15", ASSESS, TOM, 45)),
    note="45 minutes from 11:30 run into Tom's lunch; 11:15 ends at noon")
add("phy-15", PHYSIO, "+19025550115",
    p(["Could I come in for a deep tissue Saturday at 11:45?"], time=["11:30"],
      name=["Mark Ellis"], phone=["902 555 0115"]),
    expect("booked", ap("Mark Ellis", "+19025550115", f"{SAT}T11:30", DEEP, SARAH, 90)),
    note="past Saturday's 1 o'clock close; a bare time keeps Saturday")
add("phy-16", PHYSIO, "+19025550116",
    p(["sports massage wednesday at 2:15 please"], name=["Jill Hebb"],
      phone=["902 555 0116"]),
    expect("booked", ap("Jill Hebb", "+19025550116", f"{WED}T14:15", DEEP, SARAH, 90)),
    note="90 minutes at a quarter past, on the 15-minute grid")
add("phy-17", PHYSIO, "+19025550117",
    p(["I'd like a relaxation massage on February 15th"], time=["yes"],
      name=["Anne Fougere"], phone=["902 555 0117"]),
    expect("booked", ap("Anne Fougere", "+19025550117", f"{TUE2}T08:00", RELAX, ANIKA, 60)),
    note="a closed holiday: the next open day's first free start (Sarah is off Tuesdays)")
add("phy-18", PHYSIO, "+19025550118",
    p(["Do you direct bill insurance?",
       "great, I'd like to book an assessment Thursday at 10"],
      name=["Luke Dunphy"], phone=["902 555 0118"]),
    expect("booked", ap("Luke Dunphy", "+19025550118", f"{THU}T10:00", ASSESS, TOM, 45),
           say=["Blue Cross"]),
    note="an FAQ topic of the business's own (insurance) before booking")
add("phy-19", PHYSIO, "+19025550119",
    p(["I'd like to book a follow-up"], time=["is there parking nearby?", "Friday at 9"],
      name=["Tara Hines"], phone=["902 555 0119"]),
    expect("booked", ap("Tara Hines", "+19025550119", f"{FRI}T09:00", FOLLOW, ANIKA, 30),
           say=["Bedford Row garage"]),
    note="an FAQ at the time question; Tom is off Fridays")
add("phy-20", PHYSIO, "+19025550120",
    p(["What's your cancellation policy, and do you take debit?",
       "ok, book me a relaxation massage Wednesday at 11"],
      name=["Ben Walsh"], phone=["902 555 0120"]),
    expect("booked", ap("Ben Walsh", "+19025550120", f"{WED}T11:00", RELAX, SARAH, 60),
           say=["late cancellation fee", "e-transfer"]),
    note="two FAQ topics in one turn")
add("phy-21", PHYSIO, "+19025550121",
    p(["I'd like a follow-up Thursday at 1"],
      name=["do you take walk-ins?", "Chris Hatt"], phone=["902 555 0121"]),
    expect("booked", ap("Chris Hatt", "+19025550121", f"{THU}T13:00", FOLLOW, TOM, 30),
           say=["by appointment only"]),
    note="an FAQ topic of the business's own (walk_ins) while the name is asked")
add("phy-22", PHYSIO, "+19025550122",
    p(["Hi, when is my massage again?"], confirm=()),
    expect("no_booking", no_appt=True, say=["Friday", "10 a.m."]),
    existing=[ex(f"{FRI}T10:00", 60, ANIKA, RELAX, "Amy Reid", "+19025550122")],
    note="a known caller checks the appointment under the caller id")
add("phy-23", PHYSIO, "+19025550123",
    p(["I need to cancel my deep tissue massage"]),
    expect("cancelled", ap("Joel Parsons", "+19025550123", f"{WED}T13:00", DEEP, SARAH, 90)),
    existing=[ex(f"{WED}T13:00", 90, SARAH, DEEP, "Joel Parsons", "+19025550123")],
    note="cancel found by the caller id")
add("phy-24", PHYSIO, "+19025550124",
    p(["Can I move my follow-up to Thursday at 2?"]),
    expect("rescheduled", ap("Lisa Keddy", "+19025550124", f"{THU}T14:00", FOLLOW, ANIKA, 30)),
    existing=[ex(f"{TUE}T10:00", 30, ANIKA, FOLLOW, "Lisa Keddy", "+19025550124")],
    note="a move keeps the service and the person (Tom is free too, first in the file)")
add("phy-25", PHYSIO, "+19025550125",
    p(["I need to move my massage to Thursday at 10"], time=["Friday at 10 then"]),
    expect("rescheduled", ap("Ron Gillis", "+19025550125", f"{FRI}T10:00", RELAX, SARAH, 60)),
    existing=[ex(f"{WED}T10:00", 60, SARAH, RELAX, "Ron Gillis", "+19025550125")],
    note="a move to a day the person is off is refused; the person is kept")
add("phy-26", PHYSIO, "+19025550126",
    p(["I'd like to book a massage"], service=["the deep tissue one"],
      time=["Wednesday at 9"], name=["Eve Manning"], phone=["902 555 0126"]),
    expect("booked", ap("Eve Manning", "+19025550126", f"{WED}T09:00", DEEP, SARAH, 90)),
    note="'a massage' fits two services: which one is asked")
add("phy-27", PHYSIO, "+19025550127",
    p(["What's the first available follow-up with Tom?"], time=["yes"],
      name=["Neil Oickle"], phone=["902 555 0127"]),
    expect("booked", ap("Neil Oickle", "+19025550127", "2027-02-08T08:45", FOLLOW, TOM, 30)),
    note="the earliest with a person: today's next start on the grid")

# Reminders (physio): a relaxation massage with Anika, Thursday at 2; called Wednesday.
REM_P = appt("Kate Murphy", "+19025550150", f"{THU}T14:00", minutes=60, service=RELAX,
             resource=ANIKA)
REM_P_NOW = local_now(f"{WED}T10:00", TZ[PHYSIO])


def rem(cid, biz, now, appointment, persona_, expected, answered_by="human", note=""):
    line = probe_reminder(f"p12-{cid}", KIND, now, TZ[biz], answered_by, appointment, [],
                          LANGS, persona_, expected, note)
    line["business"] = biz
    lines.append(line)


rem("phy-rem-01", PHYSIO, REM_P_NOW, REM_P, p(confirm=["yes, I'll be there"]),
    expect("confirmed", REM_P), note="a service appointment confirmed")
rem("phy-rem-02", PHYSIO, REM_P_NOW, REM_P, p(confirm=["no, I need to cancel it", "yes"]),
    expect("cancelled", REM_P), note="cancelled on a yes at the read-back")
rem("phy-rem-03", PHYSIO, REM_P_NOW, REM_P,
    p(confirm=["Could I move it to Friday at 11 instead?", "yes"], time=["Friday at 11"]),
    expect("rescheduled", appt("Kate Murphy", "+19025550150", f"{FRI}T11:00", minutes=60,
                               service=RELAX, resource=ANIKA)),
    note="moved to another day with the same person (Sarah is free too, first in the file)")
rem("phy-rem-04", PHYSIO, REM_P_NOW, REM_P, p(confirm=[]),
    expect("voicemail", REM_P, not_say=["Kate", "Murphy"]), answered_by="machine",
    note="voicemail: no personal data")

# ---------------- vet (Winnipeg; 8-12 and 1-5, Sat 9-1; 20-minute grid) -----------------
add("vet-01", VET, "+12045550101",
    p(["Hi, my dog's due for his checkup, could I bring him in Tuesday at 10?"],
      name=["Laura Friesen"], phone=["204 555 0101"]),
    expect("booked", ap("Laura Friesen", "+12045550101", f"{TUE}T10:00", EXAM, PARK, 20)),
    note="'checkup' is a phrase of the wellness exam")
add("vet-02", VET, "+12045550102",
    p(["She just needs a trim, Wednesday at 9"], name=["Peter Klassen"],
      phone=["204 555 0102"]),
    expect("booked", ap("Peter Klassen", "+12045550102", f"{WED}T09:00", NAILS, JESS, 20)),
    note="'just a trim': a word of one service's name only")
add("vet-03", VET, "+12045550103",
    p(["I'd like to book a cleaning for my cat on Thursday at 9"], name=["Ana Santos"],
      phone=["204 555 0103"]),
    expect("booked", ap("Ana Santos", "+12045550103", f"{THU}T09:00", DENTAL, PARK, 60)),
    note="'a cleaning' is the dental cleaning")
add("vet-04", VET, "+12045550104",
    p(["Can I book a dental cleaning Tuesday at 11:20?"], time=["11 then"],
      name=["Mike Dyck"], phone=["204 555 0104"]),
    expect("booked", ap("Mike Dyck", "+12045550104", f"{TUE}T11:00", DENTAL, PARK, 60)),
    note="an hour from 11:20 runs into lunch; 11 ends at noon")
add("vet-05", VET, "+12045550105",
    p(["teeth cleaning for my dog friday at 4:20"], time=["4 then"], name=["Jo Enns"],
      phone=["204 555 0105"]),
    expect("booked", ap("Jo Enns", "+12045550105", f"{FRI}T16:00", DENTAL, PARK, 60)),
    note="an hour from 4:20 runs past 5")
add("vet-06", VET, "+12045550106",
    p(["I'd like an exam for my cat Thursday at 10:30"], time=["10:40 then"],
      name=["Rita Penner"], phone=["204 555 0106"]),
    expect("booked", ap("Rita Penner", "+12045550106", f"{THU}T10:40", EXAM, PARK, 20)),
    note="10:30 is off the 20-minute grid")
add("vet-07", VET, "+12045550107",
    p(["Can I get a dental cleaning on Saturday at 10?"], time=["Friday at 10 then"],
      name=["Greg Loewen"], phone=["204 555 0107"]),
    expect("booked", ap("Greg Loewen", "+12045550107", f"{FRI}T10:00", DENTAL, PARK, 60)),
    note="the only vet who does it is off Saturdays")
add("vet-08", VET, "+12045550108",
    p(["a checkup saturday at 12:20 please"], name=["Beth Unger"], phone=["204 555 0108"]),
    expect("booked", ap("Beth Unger", "+12045550108", f"{SAT}T12:20", EXAM, BELL, 20)),
    note="Saturday hours; Dr. Park is off, Dr. Bell works")
add("vet-09", VET, "+12045550109",
    p(["I need vaccines for my puppy with Dr. Bell on Wednesday at 2"],
      name=["Tyler Reimer"], phone=["204 555 0109"]),
    expect("booked", ap("Tyler Reimer", "+12045550109", f"{WED}T14:00", VACC, BELL, 20)),
    note="with a person (not the first in the file)")
add("vet-10", VET, "+12045550110",
    p(["Could I book an exam Tuesday at 3, not with Dr. Park please"],
      name=["Carol Wiebe"], phone=["204 555 0110"]),
    expect("booked", ap("Carol Wiebe", "+12045550110", f"{TUE}T15:00", EXAM, BELL, 20)),
    note="beyond the SPEC: 'not with Dr. Park' leaves the other vet")
add("vet-11", VET, "+12045550111",
    p(["Can Dr. Bell do my dog's teeth cleaning Thursday at 1?"], time=["Thursday at 1"],
      name=["Dave Sawatzky"], phone=["204 555 0111"]),
    expect("booked", ap("Dave Sawatzky", "+12045550111", f"{THU}T13:00", DENTAL, PARK, 60)),
    note="a person who does not offer the service is dropped")
add("vet-12", VET, "+12045550112",
    p(["nail trim with Jess on Tuesday at 9"], time=["Wednesday at 9 then"],
      name=["Kim Harder"], phone=["204 555 0112"]),
    expect("booked", ap("Kim Harder", "+12045550112", f"{WED}T09:00", NAILS, JESS, 20),
           say=["Tuesdays"]),
    note="the person asked for is off that day")
add("vet-13", VET, "+12045550113",
    p(["Can I get his nails clipped Thursday at 11?"], time=["Friday at 11 then"],
      name=["Lee Martens"], phone=["204 555 0113"]),
    expect("booked", ap("Lee Martens", "+12045550113", f"{FRI}T11:00", NAILS, JESS, 20),
           say=["Thursday"]),
    note="nobody who offers the service works that day")
add("vet-14", VET, "+12045550114",
    p(["I'd like a checkup on Monday the 15th"], time=["yes"], name=["Pat Giesbrecht"],
      phone=["204 555 0114"]),
    expect("booked", ap("Pat Giesbrecht", "+12045550114", f"{TUE2}T08:00", EXAM, PARK, 20)),
    note="a closed holiday: the next open day's first free start")
add("vet-15", VET, "+12045550115",
    p(["Do you do grooming?", "oh, okay, just a nail trim then, Friday at 10"],
      name=["Sue Funk"], phone=["204 555 0115"]),
    expect("booked", ap("Sue Funk", "+12045550115", f"{FRI}T10:00", NAILS, JESS, 20)),
    note="a service not sold, then one that is")
add("vet-16", VET, "+12045550116",
    p(["vaccines thursday at 9, whoever's free"], name=["Ken Braun"],
      phone=["204 555 0116"]),
    expect("booked", ap("Ken Braun", "+12045550116", f"{THU}T09:00", VACC, BELL, 20)),
    existing=[ex(f"{THU}T09:00", 60, PARK, DENTAL)],
    note="whoever's free: Dr. Park is busy")
add("vet-17", VET, "+12045550117",
    p(["Can I bring my cat in for a checkup Wednesday at 12:20?"], time=["1 then"],
      name=["Amy Toews"], phone=["204 555 0117"]),
    expect("booked", ap("Amy Toews", "+12045550117", f"{WED}T13:00", EXAM, PARK, 20)),
    note="a time in the lunch break")
add("vet-18", VET, "+12045550118",
    p(["how much is a dental cleaning?", "ok let's book one Wednesday at 1"],
      name=["Neil Hiebert"], phone=["204 555 0118"]),
    expect("booked", ap("Neil Hiebert", "+12045550118", f"{WED}T13:00", DENTAL, PARK, 60),
           say=["$350"]),
    note="the price first")
add("vet-19", VET, "+12045550119",
    p(["I'd like to book a dental cleaning"], time=["how long does that take?", "Tuesday at 2"],
      name=["Ella Bergen"], phone=["204 555 0119"]),
    expect("booked", ap("Ella Bergen", "+12045550119", f"{TUE}T14:00", DENTAL, PARK, 60)),
    note="the length at the time question")
add("vet-20", VET, "+12045550120",
    p(["Do you direct bill pet insurance, and is there parking?",
       "ok, a checkup for Tuesday at 9 then"], name=["Joy Thiessen"], phone=["204 555 0120"]),
    expect("booked", ap("Joy Thiessen", "+12045550120", f"{TUE}T09:00", EXAM, PARK, 20),
           say=["invoice", "free parking"]),
    note="two FAQ topics in one turn, one the business's own")
add("vet-21", VET, "+12045550121",
    p(["Do you take walk-ins?", "alright, vaccines Friday at 3 then"], name=["Ray Kroeker"],
      phone=["204 555 0121"]),
    expect("booked", ap("Ray Kroeker", "+12045550121", f"{FRI}T15:00", VACC, PARK, 20),
           say=["emergencies"]),
    note="an FAQ topic of the business's own (walk_ins)")
add("vet-22", VET, "+12045550122",
    p(["I'd like a checkup for my dog Thursday at 2"], name=["do you take Amex?", "Karen Dueck"],
      phone=["204 555 0122"]),
    expect("booked", ap("Karen Dueck", "+12045550122", f"{THU}T14:00", EXAM, PARK, 20),
           say=["Amex"]),
    note="payment asked while the name is asked")
add("vet-23", VET, "+12045550123",
    p(["I'd like a nail trim Wednesday at 10"],
      name=["oh, actually, make it a checkup instead", "Lois Janzen"], phone=["204 555 0123"]),
    expect("booked", ap("Lois Janzen", "+12045550123", f"{WED}T10:00", EXAM, PARK, 20)),
    note="the service changed mid-call, to one other people offer")
add("vet-24", VET, "+12045550124",
    p(["I'd like to bring Max in for his shots with the same vet as last time, Thursday at 11"]),
    expect("booked", ap("Fred Bueckert", "+12045550124", f"{THU}T11:00", VACC, BELL, 20)),
    existing=[ex(f"{TUE}T10:00", 20, BELL, EXAM, "Fred Bueckert", "+12045550124")],
    note="beyond the SPEC: a known caller's 'same vet as last time' is the vet of their "
         "booking (Dr. Park is free too and first in the file)")
add("vet-25", VET, "+12045550125",
    p(["what time is my cat's dental appointment?"], confirm=()),
    expect("no_booking", no_appt=True, say=["2 p.m."]),
    existing=[ex(f"{WED}T14:00", 60, PARK, DENTAL, "Gail Rempel", "+12045550125")],
    note="a known caller checks the appointment")
add("vet-26", VET, "+12045550126",
    p(["I need to cancel the nail trim"]),
    expect("cancelled", ap("Joan Penner", "+12045550126", f"{FRI}T10:00", NAILS, JESS, 20)),
    existing=[ex(f"{TUE}T09:00", 20, PARK, EXAM, "Joan Penner", "+12045550126"),
              ex(f"{FRI}T10:00", 20, JESS, NAILS, "Joan Penner", "+12045550126")],
    note="two appointments: the one of the service named")
add("vet-27", VET, "+12045550127",
    p(["can I move my appointment to Thursday at 3?"]),
    expect("rescheduled", ap("Tom Peters", "+12045550127", f"{THU}T15:00", VACC, BELL, 20)),
    existing=[ex(f"{TUE}T10:00", 20, BELL, VACC, "Tom Peters", "+12045550127")],
    note="a move keeps the service and the vet (Dr. Park is free too, first in the file)")
add("vet-28", VET, "+12045550128",
    p(["I need to move my dog's cleaning to Friday at 11:30"], time=["11 then"]),
    expect("rescheduled", ap("Sara Doerksen", "+12045550128", f"{FRI}T11:00", DENTAL, PARK, 60)),
    existing=[ex(f"{WED}T09:00", 60, PARK, DENTAL, "Sara Doerksen", "+12045550128")],
    note="a moved hour that would run into lunch")
add("vet-29", VET, "+12045550129",
    p(["What's the earliest you can do a nail trim?"], time=["yes"], name=["Val Neufeld"],
      phone=["204 555 0129"]),
    expect("booked", ap("Val Neufeld", "+12045550129", "2027-02-08T08:20", NAILS, JESS, 20)),
    note="the earliest: the technician works today")
add("vet-30", VET, "+12045550130",
    p(["Can I get a checkup this Saturday morning?"], time=["yes"], name=["Ian Froese"],
      phone=["204 555 0130"]),
    expect("booked", ap("Ian Froese", "+12045550130", f"{SAT}T09:00", EXAM, BELL, 20)),
    note="a part of day on Saturday: the first free start, Dr. Bell's")

# Reminders (vet): vaccines with Dr. Bell, Thursday at 2; called Wednesday.
REM_V = appt("Linda Harms", "+12045550150", f"{THU}T14:00", minutes=20, service=VACC,
             resource=BELL)
REM_V_NOW = local_now(f"{WED}T10:00", TZ[VET])
rem("vet-rem-01", VET, REM_V_NOW, REM_V, p(confirm=["yep, we'll be there"]),
    expect("confirmed", REM_V), note="confirmed")
rem("vet-rem-02", VET, REM_V_NOW, REM_V,
    p(confirm=["can we move it to Friday?", "yes"], time=["Friday at 2"]),
    expect("rescheduled", appt("Linda Harms", "+12045550150", f"{FRI}T14:00", minutes=20,
                               service=VACC, resource=BELL)),
    note="moved to another day with the same vet (Dr. Park is free too, first in the file)")
rem("vet-rem-03", VET, REM_V_NOW, REM_V, p(confirm=["no, cancel it please", "yes"]),
    expect("cancelled", REM_V), note="cancelled")
rem("vet-rem-04", VET, REM_V_NOW, REM_V,
    p(confirm=["is there parking? and yes, we'll be there", "yes"]),
    expect("confirmed", REM_V, say=["free parking"]),
    note="an FAQ in a reminder, with the answer in the same turn")

# ---------------- added after the blind run (variants of the fixes) ---------------------
add("phy-09v", PHYSIO, "+19025550131",
    p(["Can I book a deep tissue massage Friday at 10 with anyone but Sarah?"],
      name=["Will Oxner"], phone=["902 555 0131"]),
    expect("booked", ap("Will Oxner", "+19025550131", f"{FRI}T10:00", DEEP, ANIKA, 90)),
    note="after the blind run: 'anyone but Sarah' leaves Anika (Sarah is free and first)")
add("vet-10v", VET, "+12045550131",
    p(["I'd rather not see Dr. Park, can I get vaccines Tuesday at 9?"],
      name=["Ida Wall"], phone=["204 555 0131"]),
    expect("booked", ap("Ida Wall", "+12045550131", f"{TUE}T09:00", VACC, BELL, 20)),
    note="after the blind run: 'rather not see Dr. Park' before the service and time")
add("phy-20v", PHYSIO, "+19025550132",
    p(["is there a fee if I cancel?", "okay, I'll book a follow-up Thursday at 11"],
      name=["Jane Romkey"], phone=["902 555 0132"]),
    expect("booked", ap("Jane Romkey", "+19025550132", f"{THU}T11:00", FOLLOW, TOM, 30),
           say=["late cancellation fee"],
           not_say=["appointment booked under"]),
    note="after the blind run: a question about the cancellation rule is no cancel")
add("vet-22v", VET, "+12045550132",
    p(["I'd like vaccines for my cat Friday at 9"],
      name=["can I pay with American Express?", "Owen Wiens"], phone=["204 555 0132"]),
    expect("booked", ap("Owen Wiens", "+12045550132", f"{FRI}T09:00", VACC, PARK, 20),
           say=["Amex"]),
    note="after the blind run: a card named is a payment question")
add("phy-02v", PHYSIO, "+19025550133",
    p(["Hi, could I get the ninety minute massage Saturday at 9?"], name=["Rob Nickerson"],
      phone=["902 555 0133"]),
    expect("booked", ap("Rob Nickerson", "+19025550133", f"{SAT}T09:00", DEEP, SARAH, 90)),
    note="after the blind run: a length said as the service's names the one massage of it")
add("phy-26v", PHYSIO, "+19025550134",
    p(["Can I come in for a massage? I'm free for 90 minutes on Friday at 10"],
      service=["a relaxation massage"], name=["Dawn Himmelman"], phone=["902 555 0134"]),
    expect("booked", ap("Dawn Himmelman", "+19025550134", f"{FRI}T10:00", RELAX, SARAH, 60)),
    note="after the blind run: 'for 90 minutes' is no 90-minute massage: which massage "
         "is asked")
add("vet-02v", VET, "+12045550133",
    p(["I need to bring my dog in for a trim on Friday at 9"], name=["Gord Hildebrand"],
      phone=["204 555 0133"]),
    expect("booked", ap("Gord Hildebrand", "+12045550133", f"{FRI}T09:00", NAILS, JESS, 20)),
    note="after the blind run: 'a trim', a word of one service's name only")
add("phy-12v", PHYSIO, "+19025550135",
    p(["Hi, I'd like a follow-up with the same person as last time, Thursday at 3"],
      name=["Gail Boutilier"], phone=["902 555 0135"]),
    expect("booked", ap("Gail Boutilier", "+19025550135", f"{THU}T15:00", FOLLOW, TOM, 30)),
    note="after the blind run: a new caller (no appointment under the number): whoever is free")
add("vet-24v", VET, "+12045550135",
    p(["can I book a checkup with the same vet I saw last time, Wednesday at 10"]),
    expect("booked", ap("Hank Dueck", "+12045550135", f"{WED}T10:00", EXAM, BELL, 20)),
    existing=[ex("2027-02-01T10:00", 20, BELL, EXAM, "Hank Dueck", "+12045550135"),
              ex(f"{FRI}T09:00", 20, PARK, VACC, "Hank Dueck", "+12045550135")],
    note="after the blind run: the vet of the caller's latest past visit, not of the next one")
rem("vet-rem-04v", VET, REM_V_NOW, REM_V, p(confirm=["sorry, where are you located again?", "yes"]),
    expect("confirmed", REM_V, say=["Pembina Highway", "Can you still make it"]),
    note="after the blind run: an FAQ alone at a reminder is answered, the question asked again")


if __name__ == "__main__":
    print(write_business_probe(os.path.join(HERE, "probe12_business_en.jsonl"), lines), "cases")
