#!/usr/bin/env python3
"""Writes probe15_business.jsonl: service, staff, window and reminder calls (SPEC §2
windows, §3, §3.1, §3.2) against two businesses Bella had never seen, and the dev
clinic of calls_v2 (`businesses/business_clinic.toml`, a copy of
`../shared/eval/dev/business_clinic.toml`):

- `businesses/tutoring.toml`: a Whitehorse tutoring centre (UTC-7 all year) open after
  school and Saturday mornings, a closed Friday; a tutor on split shifts, one off
  Mondays, one away a day; exam prep of 90 minutes by one tutor; evening times;
- `businesses/groomer.toml`: a Happy Valley-Goose Bay dog groomer (America/Goose_Bay) on
  a 15-minute grid, closed Sundays, Mondays and one Tuesday; a two-hour full groom, a
  groomer with a lunch break, one off Tuesdays and away a day, a puppy groom only one
  of them does.

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle (the first free person in the
file's order when none is asked for) before the file is written.

The SPEC books one service per appointment, so two services in one call are not
probed. Expectations beyond what the SPEC spells out say so in their note ("any
morning but Tuesday", "bring it forward an hour").

Run: python3 bella-dialog/testdata/gen_probe15_business.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

TUTOR, GROOM, CLINIC = ("businesses/tutoring.toml", "businesses/groomer.toml",
                        "businesses/business_clinic.toml")
TZ = {TUTOR: "America/Whitehorse", GROOM: "America/Goose_Bay", CLINIC: "America/Halifax"}
# Monday 2027-04-12 at 8 in the morning (the groomer is closed on Mondays, the centre
# opens at 1); the clinic's calls on Monday 2026-12-07, the dev set's weeks.
NOW = {TUTOR: "2027-04-12T08:00", GROOM: "2027-04-12T08:00", CLINIC: "2026-12-07T08:30"}
AREA = {TUTOR: "867", GROOM: "709", CLINIC: "902"}
LANGS = {TUTOR: ["en-CA"], GROOM: ["en-CA"], CLINIC: ["en-CA"]}
KIND = "probe15_business"

TUE, WED, THU, FRI, SAT = "2027-04-13", "2027-04-14", "2027-04-15", "2027-04-16", "2027-04-17"
MON2, WED2 = "2027-04-19", "2027-04-21"
CTUE, CWED, CTHU, CFRI, CSAT = ("2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11",
                                "2026-12-12")


R = BusinessRound("p15", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, add, ap, rem = R.lines, R.num, R.said, R.add, R.ap, R.rem
p = staffed_persona


# ======================= tutoring centre (Whitehorse; 30-minute grid) ====================
NADIA, MARCUS, CLAIRE = "Nadia Okoye", "Marcus Chen", "Claire Dubois"
MATH, READ, FRENCH, EXAM, ASSESS = ("Math tutoring", "Reading and writing",
                                    "French tutoring", "Exam prep", "Placement assessment")
T = TUTOR

add("tut-01", T, 1, p(["Hi, my son needs help with algebra, do you have anything Tuesday "
                       "after 4?"], time=["yes"], name=["Grace Sidney"], phone=said(T, 1)),
    expect("booked", ap(T, 1, "Grace Sidney", f"{TUE}T16:30", MATH, MARCUS, 60)),
    existing=[ex(f"{TUE}T16:00", 60, NADIA, MATH), ex(f"{TUE}T16:00", 30, MARCUS, ASSESS)],
    note="a window with a service named by a phrase; both tutors busy at 4, Nadia until 5 "
         "(then her break): Marcus at 4:30, taken with a yes")
add("tut-02", T, 2, p(["Can I book math tutoring Thursday at 5? Whoever's free."],
                      name=["Owen Lindsay"], phone=said(T, 2)),
    expect("booked", ap(T, 2, "Owen Lindsay", f"{THU}T17:00", MATH, MARCUS, 60)),
    note="'whoever's free'; 5 o'clock is in Nadia's split-shift gap, Marcus works")
add("tut-03", T, 3, p(["I'd like exam prep with Marcus on Monday at 3"],
                      time=["Tuesday at 3 then"], name=["Ethan Kassi"], phone=said(T, 3)),
    expect("booked", ap(T, 3, "Ethan Kassi", f"{TUE}T15:00", EXAM, MARCUS, 90)),
    note="a tutor asked for on his day off (Monday, said on a Monday: next week's); the "
         "caller takes the next day")
add("tut-04", T, 4, p(["I need test prep for my daughter Saturday at 1"], time=["12:30 then"],
                      name=["Mary Jim"], phone=said(T, 4)),
    expect("booked", ap(T, 4, "Mary Jim", f"{SAT}T12:30", EXAM, MARCUS, 90)),
    note="90 minutes from 1 run past the 2 o'clock Saturday closing; 12:30 ends at 2")
add("tut-05", T, 5, p(["Could my daughter get French tutoring Saturday between 10 and noon?"],
                      time=["yes"], name=["Sophie Tremblay"], phone=said(T, 5)),
    expect("booked", ap(T, 5, "Sophie Tremblay", f"{SAT}T11:00", FRENCH, CLAIRE, 60)),
    existing=[ex(f"{SAT}T10:00", 60, CLAIRE, FRENCH)],
    note="'between 10 and noon' with a one-person service: 10 is taken, 10:30 overlaps "
         "it, 11 ends at Claire's noon")
add("tut-06", T, 6, p(["I'd like to book a placement assessment for my son Thursday at 2"],
                      name=["how much does the assessment cost?", "Hannah Profeit"],
                      phone=said(T, 6)),
    expect("booked", ap(T, 6, "Hannah Profeit", f"{THU}T14:00", ASSESS, NADIA, 30),
           say=["$25"]),
    note="the price asked while the name is asked; the name then")
add("tut-07", T, 7, p(["I'd like to book reading and writing help"],
                      time=["how long is a session?", "Tuesday at 4"],
                      name=["Liam Smarch"], phone=said(T, 7)),
    expect("booked", ap(T, 7, "Liam Smarch", f"{TUE}T16:00", READ, NADIA, 45),
           say=["45 minutes"]),
    note="the length asked at the time question; 45 minutes from 4 end before Nadia's "
         "break")
add("tut-08", T, 8, p(["Math help for my daughter Tuesday at 3, please"],
                      confirm=["Actually, sorry, can we make it French tutoring instead?",
                               "yes"],
                      name=["Julie Sam"], phone=said(T, 8)),
    expect("booked", ap(T, 8, "Julie Sam", f"{TUE}T15:00", FRENCH, CLAIRE, 60)),
    note="the service changed at the read-back: the time kept, the person re-chosen "
         "(Claire from 3), read back again")
add("tut-09", T, 9, p(["Can I get math tutoring on Friday at 3?"], time=["yes"],
                      name=["Kevin Charlie"], phone=said(T, 9)),
    expect("booked", ap(T, 9, "Kevin Charlie", f"{SAT}T09:00", MATH, MARCUS, 60)),
    note="Friday is the centre's closed date: said closed, the next open day's first "
         "free start (Saturday 9, Marcus; Nadia is off Saturdays), taken with a yes")
add("tut-10", T, 10, p(["I'd like reading help for my son Monday at 7 p.m."],
                       name=["Dawn Johns"], phone=said(T, 10)),
    expect("booked", ap(T, 10, "Dawn Johns", f"{MON2}T19:00", READ, NADIA, 45)),
    note="an evening time ('7 p.m.'); Monday said on a Monday is next week's")
add("tut-11", T, 11, p(["Can I book a placement test with Claire on Wednesday at 4?"],
                       time=["How about Tuesday at 4?"], name=["Rita Lutz"],
                       phone=said(T, 11)),
    expect("booked", ap(T, 11, "Rita Lutz", f"{TUE}T16:00", ASSESS, CLAIRE, 30)),
    note="a tutor away on the date asked (her own closed date); the caller picks another "
         "day, still with Claire")
add("tut-12", T, 12, p(["Hi, I'd like to book a tutor for my grade 8 son"],
                       service=["Math. He's behind in fractions."], time=["Thursday at 4:30"],
                       name=["Brenda Asp"], phone=said(T, 12)),
    expect("booked", ap(T, 12, "Brenda Asp", f"{THU}T16:30", MATH, MARCUS, 60)),
    note="the service question answered loosely; Nadia's hour from 4:30 crosses her break")
add("tut-13", T, 13, p(["Hi, I need to move Dylan's exam prep to Thursday at 6"]),
    expect("rescheduled", ap(T, 13, "Dylan Kaye", f"{THU}T18:00", EXAM, MARCUS, 90)),
    existing=[ex(f"{TUE}T15:00", 90, MARCUS, EXAM, "Dylan Kaye", num(T, 13))],
    note="a known caller moves a 90-minute session; it keeps its tutor ('at 6' is 6 p.m.)")
add("tut-14", T, 14, p(["can I move my math session to Thursday at 7 p.m.?"],
                       time=["6 then"]),
    expect("rescheduled", ap(T, 14, "Amy Frost", f"{THU}T18:00", MATH, MARCUS, 60)),
    existing=[ex(f"{WED}T17:00", 60, MARCUS, MATH, "Amy Frost", num(T, 14)),
              ex(f"{THU}T19:00", 60, MARCUS, MATH)],
    note="the move's time is taken for the appointment's tutor (Nadia is free at 7 but "
         "a move keeps its person); a bare '6' keeps the day")
add("tut-15", T, 15, p(["Hi, I have to cancel the French lesson for my daughter"]),
    expect("cancelled", ap(T, 15, "Lisa Peter", f"{TUE}T17:00", FRENCH, CLAIRE, 60)),
    existing=[ex(f"{TUE}T14:00", 60, NADIA, MATH, "Lisa Peter", num(T, 15)),
              ex(f"{TUE}T17:00", 60, CLAIRE, FRENCH, "Lisa Peter", num(T, 15))],
    note="a known caller with two appointments that day cancels the one of the service "
         "named, the later one")
add("tut-16", T, 16, p(["I need exam prep as soon as possible"], time=["yes"],
                       name=["Noah Silverfox"], phone=said(T, 16)),
    expect("booked", ap(T, 16, "Noah Silverfox", f"{TUE}T13:00", EXAM, MARCUS, 90)),
    note="'as soon as possible' for a one-person service: Marcus is off Mondays, so "
         "Tuesday at 1")
add("tut-17", T, 17, p(["Do you have anything for math on Tuesday between 5 and 7?"],
                       time=["yes"], name=["Carl Sidney"], phone=said(T, 17)),
    expect("booked", ap(T, 17, "Carl Sidney", f"{TUE}T17:30", MATH, NADIA, 60)),
    existing=[ex(f"{TUE}T17:00", 120, MARCUS, EXAM)],
    note="a window in the evening; Marcus is busy 5 to 7, Nadia's second shift starts at "
         "5:30")

# ======================= dog groomer (Goose Bay; 15-minute grid) ========================
ASHLEY, KYLE = "Ashley Rumbolt", "Kyle Pardy"
FULL, BATH, NAILS, PUPPY = "Full groom", "Bath and brush", "Nail trim", "Puppy intro groom"
G = GROOM

add("grm-01", G, 1, p(["Hi, my dog needs a haircut, could I bring him Wednesday at 10?"],
                      name=["Heather Pardy"], phone=said(G, 1)),
    expect("booked", ap(G, 1, "Heather Pardy", f"{WED}T10:00", FULL, ASHLEY, 120)),
    note="the full groom by a listed phrase ('haircut'); Ashley is first and free")
add("grm-02", G, 2, p(["I'd like a full groom Friday at 3"], time=["2 o'clock then"],
                      name=["Gerald Blake"], phone=said(G, 2)),
    expect("booked", ap(G, 2, "Gerald Blake", f"{FRI}T14:00", FULL, ASHLEY, 120)),
    note="two hours from 3 run past the 4 o'clock closing; 2 ends at 4")
add("grm-03", G, 3, p(["Can Kyle do a bath for my lab on Tuesday at 11?"],
                      time=["Wednesday at 11 then"], name=["Roxanne Oliver"],
                      phone=said(G, 3)),
    expect("booked", ap(G, 3, "Roxanne Oliver", f"{WED}T11:00", BATH, KYLE, 60)),
    note="a groomer asked for on his day off; the caller moves to the next day, Kyle kept")
add("grm-04", G, 4, p(["Just a nail trim Saturday at 10, whoever's free"],
                      name=["Wayne Rich"], phone=said(G, 4)),
    expect("booked", ap(G, 4, "Wayne Rich", f"{SAT}T10:00", NAILS, KYLE, 15)),
    note="'whoever's free' on Saturday: only Kyle works")
add("grm-05", G, 5, p(["I'd like a bath and brush for my husky, any morning but Tuesday"],
                      time=["yes"], name=["Tina Michelin"], phone=said(G, 5)),
    expect("booked", ap(G, 5, "Tina Michelin", f"{WED}T08:00", BATH, ASHLEY, 60)),
    note="beyond the SPEC: 'any morning but Tuesday' is the earliest morning start on "
         "another day (Monday is closed), not Tuesday itself")
add("grm-06", G, 6, p(["I need de-shedding for my malamute Thursday after 2"], time=["yes"],
                      name=["Brian Goudie"], phone=said(G, 6)),
    expect("booked", ap(G, 6, "Brian Goudie", f"{THU}T15:00", BATH, ASHLEY, 60)),
    existing=[ex(f"{THU}T14:00", 60, ASHLEY, BATH)],
    note="a window with a service by a phrase; Kyle is away that day and Ashley is busy "
         "2 to 3; an hour from 3 ends at closing")
add("grm-07", G, 7, p(["Do you have anything Wednesday between 10 and noon for a nail trim?"],
                      time=["yes"], name=["Joan Best"], phone=said(G, 7)),
    expect("booked", ap(G, 7, "Joan Best", f"{WED}T10:00", NAILS, KYLE, 15)),
    existing=[ex(f"{WED}T09:00", 120, ASHLEY, FULL)],
    note="'between 10 and noon': Ashley is busy until 11, Kyle starts at 10")
add("grm-08", G, 8, p(["It's my puppy's first groom, can I come Saturday morning?"],
                      time=["Friday at 9 then"], name=["Megan Flowers"], phone=said(G, 8)),
    expect("booked", ap(G, 8, "Megan Flowers", f"{FRI}T09:00", PUPPY, ASHLEY, 45)),
    note="the puppy groom is Ashley's alone and she is off Saturdays; the caller takes "
         "Friday")
add("grm-09", G, 9, p(["I'd like to book my shih tzu in for grooming"],
                      time=["how much is a full groom?", "Thursday at 9"],
                      name=["Doris Hope"], phone=said(G, 9)),
    expect("booked", ap(G, 9, "Doris Hope", f"{THU}T09:00", FULL, ASHLEY, 120),
           say=["$85"]),
    note="the price asked at the time question; Kyle is away that day")
add("grm-10", G, 10, p(["A bath for my poodle Wednesday at 1, please"],
                       confirm=["Oh wait, can we do the full groom instead?", "yes"],
                       name=["Carol Baikie"], phone=said(G, 10)),
    expect("booked", ap(G, 10, "Carol Baikie", f"{WED}T13:00", FULL, ASHLEY, 120)),
    note="the service changed at the read-back: two hours from 1 still fit Ashley's "
         "afternoon")
add("grm-11", G, 11, p(["I need to move my dog's grooming to Friday at 10"]),
    expect("rescheduled", ap(G, 11, "Frank Broomfield", f"{FRI}T10:00", FULL, ASHLEY, 120)),
    existing=[ex(f"{THU}T08:00", 120, ASHLEY, FULL, "Frank Broomfield", num(G, 11))],
    note="a known caller moves a two-hour groom; it keeps its groomer")
add("grm-12", G, 12, p(["Hi, I need to cancel the nail trim for Saturday"]),
    expect("cancelled", ap(G, 12, "Sandra Hope", f"{SAT}T10:00", NAILS, KYLE, 15)),
    existing=[ex(f"{SAT}T10:00", 15, KYLE, NAILS, "Sandra Hope", num(G, 12))],
    note="a known caller cancels by service and day")
add("grm-13", G, 13, p(["Can I get his nails clipped on the 20th?"], time=["yes"],
                       name=["Jim Lyall"], phone=said(G, 13)),
    expect("booked", ap(G, 13, "Jim Lyall", f"{WED2}T08:00", NAILS, ASHLEY, 15)),
    note="the 20th is the salon's closed date: said closed, the next open day's first "
         "free start")
add("grm-14", G, 14, p(["My dog needs his nails done Tuesday at 8:30"], name=["Lou Rumbolt"],
                       phone=said(G, 14)),
    expect("booked", ap(G, 14, "Lou Rumbolt", f"{TUE}T08:30", NAILS, ASHLEY, 15)),
    note="'nails done' names the nail trim; 8:30 is morning")
add("grm-15", G, 15, p(["A bath with Ashley Wednesday at noon?"], time=["12:30 then"],
                       name=["Peggy Andersen"], phone=said(G, 15)),
    expect("booked", ap(G, 15, "Peggy Andersen", f"{WED}T12:30", BATH, ASHLEY, 60)),
    note="noon is in Ashley's lunch break; 12:30 is when it ends")
add("grm-16", G, 16, p(["Could I book a full groom Saturday at 11?"], name=["Dale Chaulk"],
                       phone=said(G, 16)),
    expect("booked", ap(G, 16, "Dale Chaulk", f"{SAT}T11:00", FULL, KYLE, 120)),
    note="two hours from 11 end at the 1 o'clock Saturday closing exactly")
add("grm-17", G, 17, p(["Can I book a full groom on Thursday with Kyle?"],
                       time=["Friday at 10 then"], name=["Nancy Groves"], phone=said(G, 17)),
    expect("booked", ap(G, 17, "Nancy Groves", f"{FRI}T10:00", FULL, KYLE, 120)),
    note="Kyle is away that date (his own closed date); the caller takes Friday at 10, "
         "his first hour")

# ======================= the dev clinic (Halifax; calls_v2's business) ===================
SINGH, LUC = "Dr. Amara Singh", "Luc Gagnon"
ASSESSMENT, FOLLOW, MASSAGE = "Initial assessment", "Follow-up", "Massage therapy"
C = CLINIC

add("cli-01", C, 1, p(["Hi, can I get a massage Thursday between 10 and noon?"],
                      time=["yes"], name=["Erin MacLeod"], phone=said(C, 1)),
    expect("booked", ap(C, 1, "Erin MacLeod", f"{CTHU}T10:30", MASSAGE, LUC, 45)),
    existing=[ex(f"{CTHU}T10:00", 30, LUC, FOLLOW)],
    note="a window with a one-person service; 10 is taken")
add("cli-02", C, 2, p(["I'd like a follow-up with Dr. Singh any time after 3 on Wednesday"],
                      time=["yes"], name=["Colin Boutilier"], phone=said(C, 2)),
    expect("booked", ap(C, 2, "Colin Boutilier", f"{CWED}T16:00", FOLLOW, SINGH, 30)),
    existing=[ex(f"{CWED}T15:00", 60, SINGH, ASSESSMENT)],
    note="a window and a person; she is busy 3 to 4")
add("cli-03", C, 3, p(["I'm a new patient, could I come in Saturday at 11?"],
                      name=["Rachel Zwicker"], phone=said(C, 3)),
    expect("booked", ap(C, 3, "Rachel Zwicker", f"{CSAT}T11:00", ASSESSMENT, LUC, 60)),
    note="'new patient' is the assessment; an hour from 11 ends at the Saturday noon "
         "closing, with Luc (Dr. Singh is off Saturdays)")
add("cli-04", C, 4, p(["Can I get a massage with Dr. Singh on Tuesday at 2?"],
                      name=["Neil Publicover"], phone=said(C, 4)),
    expect("booked", ap(C, 4, "Neil Publicover", f"{CTUE}T14:00", MASSAGE, LUC, 45)),
    note="Dr. Singh does not do massage: said so and dropped, Luc takes it")
add("cli-05", C, 5, p(["Hi, can I move my follow-up to Friday at 11?"]),
    expect("rescheduled", ap(C, 5, "Janet Hiltz", f"{CFRI}T11:00", FOLLOW, SINGH, 30)),
    existing=[ex(f"{CWED}T10:00", 30, SINGH, FOLLOW, "Janet Hiltz", num(C, 5))],
    note="a known caller's move keeps the service and the practitioner")
add("cli-06", C, 6, p(["I want the earliest massage you have"], time=["yes"],
                      name=["Paul Hubley"], phone=said(C, 6)),
    expect("booked", ap(C, 6, "Paul Hubley", f"{CTUE}T09:00", MASSAGE, LUC, 45)),
    note="'the earliest you have' for a one-person service: Luc's next day")

# ======================= reminders ========================================================
reminders_about = R.reminders_about


REM_T = appt("Jordan Tizya", num(T, 60), f"{THU}T17:00", minutes=90, service=EXAM,
             resource=MARCUS)
remt = reminders_about(T, f"{WED}T16:00", REM_T)
remt("tut-rem-01", p(confirm=()), "voicemail", say=["Midnight Sun"],
     not_say=["Jordan", "Tizya"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remt("tut-rem-02", p(confirm=["Yes, he'll be there."]), "confirmed", note="confirmed")
remt("tut-rem-03", p(confirm=["Can we bring it forward an hour?", "yes"]), "rescheduled",
     start=f"{THU}T16:00",
     note="beyond the SPEC's time forms: 'bring it forward an hour' is an hour earlier the "
          "same day, same tutor")
remt("tut-rem-04", p(confirm=["No, we can't make it, please cancel it.", "yes"]), "cancelled",
     note="cancelled on a yes")
remt("tut-rem-05", p(confirm=["Sorry, who's calling?", "Oh okay, yes, he'll be there."]),
     "confirmed", note="an unclear answer first, then confirmed")
remt("tut-rem-06", p(confirm=["Actually, can we move it to Saturday?", "yes"],
                     time=["Saturday at 10"]), "rescheduled", start=f"{SAT}T10:00",
     note="moved to Saturday, same tutor; 90 minutes from 10 fit")
remt("tut-rem-07", p(confirm=["I'd like to talk to someone at the front desk."]),
     "transferred", note="asks for a person")
remt("tut-rem-08", p(confirm=["How much is it again?", "ok, yes, he'll be there"]),
     "confirmed", say=["$85"], note="a price question at the reminder, then confirmed")

REM_G = appt("Lorraine Baikie", num(G, 60), f"{FRI}T09:00", minutes=120, service=FULL,
             resource=ASHLEY)
remg = reminders_about(G, f"{THU}T10:00", REM_G)

remg("grm-rem-01", p(confirm=()), "voicemail", say=["Big Land"],
     not_say=["Lorraine", "Baikie"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remg("grm-rem-02", p(confirm=["Yep, we'll be there."]), "confirmed", note="confirmed")
remg("grm-rem-03", p(confirm=["Can I bring it forward an hour?", "yes"]), "rescheduled",
     start=f"{FRI}T08:00",
     note="beyond the SPEC's time forms: an hour earlier, 8, Ashley's opening")
remg("grm-rem-04", p(confirm=["I think so? Maybe?", "Yes, we'll be there."]), "confirmed",
     note="an unclear answer first, then a clear yes")
remg("grm-rem-05", p(confirm=["Could we move it to later in the day?", "yes"],
                     time=["2 o'clock"]), "rescheduled", start=f"{FRI}T14:00",
     note="moved later the same day; two hours from 2 end at closing")
remg("grm-rem-06", p(confirm=["We have to cancel, the dog's sick.", "yes"]), "cancelled",
     note="cancelled with a reason, on a yes")
remg("grm-rem-07", p(confirm=["Can I move it to Saturday?", "yes"],
                     time=["Saturday at 10", "Wednesday at 10 then"]), "rescheduled",
     start=f"{WED2}T10:00",
     note="Ashley is off Saturdays and a move keeps its groomer; the caller takes "
          "Wednesday the 21st (Tuesday the 20th is closed)")

REM_C = appt("Owen Fougere", num(C, 60), f"{CTHU}T10:00", minutes=45, service=MASSAGE,
             resource=LUC)
rem("cli-rem-01", C, f"{CWED}T11:00", REM_C, p(confirm=["Can I bring it forward an hour?",
                                                         "yes"]),
    expect("rescheduled", appt("Owen Fougere", num(C, 60), f"{CTHU}T09:00", minutes=45,
                               service=MASSAGE, resource=LUC)),
    note="beyond the SPEC's time forms: a massage an hour earlier, same therapist")


# ---------------- added after the blind run (variants of the fixes) ---------------------
add("tut-13v", T, 41, p(["Hi, can I bring my appointment forward half an hour?"]),
    expect("rescheduled", ap(T, 41, "Amy Frost", f"{THU}T16:30", MATH, MARCUS, 60)),
    existing=[ex(f"{THU}T17:00", 60, MARCUS, MATH, "Amy Frost", num(T, 41))],
    note="after the blind run: a move by less than its own length overlaps where it is "
         "now; that time is freed by the move itself")
add("tut-14v", T, 42, p(["can I move my exam prep an hour later?"]),
    expect("rescheduled", ap(T, 42, "Dylan Kaye", f"{TUE}T16:00", EXAM, MARCUS, 90)),
    existing=[ex(f"{TUE}T15:00", 90, MARCUS, EXAM, "Dylan Kaye", num(T, 42))],
    note="after the blind run: 90 minutes moved an hour later overlap their old time")
add("tut-11v", T, 43, p(["Could Claire do reading with my son Monday at 4?"],
                        name=["Tammy Joe"], phone=said(T, 43)),
    expect("booked", ap(T, 43, "Tammy Joe", f"{MON2}T16:00", READ, CLAIRE, 45)),
    note="after the blind run: a tutor named as the question's subject is asked for "
         "(Nadia, first in the file, is free at 4 too)")
add("grm-03v", G, 41, p(["Is Kyle free Friday at 10 for a full groom?"],
                        name=["Ruby Lethbridge"], phone=said(G, 41)),
    expect("booked", ap(G, 41, "Ruby Lethbridge", f"{FRI}T10:00", FULL, KYLE, 120)),
    note="after the blind run: 'is Kyle free' asks for Kyle (Ashley is free and first)")
add("grm-04v", G, 42, p(["Hi, my name is Kyle Hope and I need a nail trim Wednesday at 10"],
                        phone=said(G, 42)),
    expect("booked", ap(G, 42, "Kyle Hope", f"{WED}T10:00", NAILS, ASHLEY, 15)),
    note="after the blind run: a caller who shares a groomer's first name does not ask "
         "for him")
remg("grm-rem-03v", p(confirm=["An hour later would work better for us.", "yes"]),
     "rescheduled", start=f"{FRI}T10:00",
     note="after the blind run: 'an hour later' at the reminder; two hours from 10 end at "
          "Ashley's lunch")
remt("tut-rem-03v", p(confirm=["Could you push it back half an hour?", "yes"]), "rescheduled",
     start=f"{THU}T17:30",
     note="after the blind run: 'push it back half an hour' at the reminder; the old time "
          "overlaps the new and is freed")


if __name__ == "__main__":
    print(write_business_probe(os.path.join(HERE, "probe15_business.jsonl"), lines), "cases")
