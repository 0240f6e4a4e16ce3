#!/usr/bin/env python3
"""Writes probe18_business.jsonl: service, staff, FAQ, known-caller and reminder calls
(SPEC §3, §3.1, §3.2; docs/services.md) against three businesses Bella had never seen:

- `businesses/music_halifax.toml`: a Halifax music-lessons studio (America/Halifax) on
  a 15-minute grid: lessons of 30, 45 and 60 minutes (a half-hour and an hour-long
  piano lesson), three teachers with days off, a dinner break, one away on a Saturday;
  closed on Canada Day;
- `businesses/nails_victoria.toml`: a Victoria nail salon (America/Vancouver) on a
  15-minute grid with services whose names overlap (manicure / gel manicure, pedicure /
  spa pedicure / mani-pedi, acrylic full set / acrylic fill), staff lunch breaks, a
  technician who does hands only, one away on a Friday; closed on Mondays;
- `businesses/chiro_thunder_bay.toml`: a Thunder Bay chiropractor (America/Thunder_Bay)
  with a new-patient assessment of an hour beside 15-minute adjustments, two
  chiropractors on different days, an RMT, a Saturday morning; closed on Canada Day.

Besides services named by their phrases, staff asked for, "whoever is free", days off
and services running past closing, it probes the known gaps of the brief: a service
the business does not sell ("do you do drum lessons?": said not offered, the services
listed), a booking for someone else said in the opening by a known caller ("for my
son", "my husband needs ...": never "Is this for you, NAME?"), and a booking for
someone else named at any point (in the opening, at the name question, at "Is this
for you?", at the read-back).

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle, and a booking for which the
caller asks for nobody is checked to go to the first free resource in the file's order
(docs/services.md: "the engine books the first free resource in file order").

Expectations beyond what the SPEC spells out say so in their note (FAQ answers and
`say_contains` / `say_not_contains` are the call-file runner's checks, not score.py's).

Run: python3 bella-dialog/testdata/gen_probe18_business.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, expect, local_now,  # noqa: E402
                      staffed as ex, staffed_persona, weekday_next_week,
                      write_business_probe)

MUSIC, NAILS, CHIRO = ("businesses/music_halifax.toml", "businesses/nails_victoria.toml",
                       "businesses/chiro_thunder_bay.toml")
TZ = {MUSIC: "America/Halifax", NAILS: "America/Vancouver", CHIRO: "America/Thunder_Bay"}
# Monday 2027-06-28 at 8:30 in the morning; Thursday 2027-07-01 is Canada Day.
NOW = {MUSIC: "2027-06-28T08:30", NAILS: "2027-06-28T08:30", CHIRO: "2027-06-28T08:30"}
AREA = {MUSIC: "902", NAILS: "250", CHIRO: "807"}
LANGS = {MUSIC: ["en-CA"], NAILS: ["en-CA"], CHIRO: ["en-CA"]}
KIND = "probe18_business"

TODAY, TUE, WED, THU, FRI, SAT, SUN = ("2027-06-28", "2027-06-29", "2027-06-30",
                                       "2027-07-01", "2027-07-02", "2027-07-03",
                                       "2027-07-04")
# A weekday said on Monday the 28th is the next one: "Monday" is 2027-07-05.
NMON = "2027-07-05"
# "next Saturday" is the Saturday of the following calendar week (SPEC §2).
NSAT = weekday_next_week(local_now(NOW[MUSIC], TZ[MUSIC]), "saturday")
assert NSAT == "2027-07-10"

R = BusinessRound("p18", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
NOT_FOR_YOU = "Is this for you"


# ======================= music studio (Halifax; 15-minute grid) ==========================
MARGARET, OWEN, JESS = "Margaret MacNeil", "Owen Fraser", "Jess Comeau"
PIANO, XPIANO, GUITAR, VIOLIN, VOICE, TRIAL = ("Piano lesson", "Extended piano lesson",
                                               "Guitar lesson", "Violin lesson",
                                               "Voice lesson", "Trial lesson")
M = MUSIC

add("mus-01", M, 1, p(["Hi, I'd like to sign my daughter up for piano lessons, do you have "
                       "Tuesday at 4?"], name=["Ella Boutilier"], phone=said(M, 1)),
    expect("booked", ap(M, 1, "Ella Boutilier", f"{TUE}T16:00", PIANO, MARGARET, 30)),
    note="piano by a listed phrase ('piano lessons'); for a daughter, from a new caller "
         "(the name given is the booking's); Margaret is first and free")
add("mus-02", M, 2, p(["Can I book a guitar lesson with Jess on Friday at 3?"],
                      time=["Wednesday at 3 then"], name=["Tyler Hiltz"], phone=said(M, 2)),
    expect("booked", ap(M, 2, "Tyler Hiltz", f"{WED}T15:00", GUITAR, JESS, 45)),
    asked=True,
    note="a teacher's day off (Jess is off on Fridays): said so, her nearest times "
         "offered; the caller takes Wednesday at 3, still with Jess (Owen is free and "
         "first)")
add("mus-03", M, 3, p(["Do you do drum lessons?", "Okay, guitar then, Monday at 5."],
                      name=["Aiden Muise"], phone=said(M, 3)),
    expect("booked", ap(M, 3, "Aiden Muise", f"{NMON}T17:00", GUITAR, OWEN, 45),
           say=["don't offer", "violin"]),
    note="beyond the SPEC: a service the studio does not sell is said not offered and the "
         "services are listed (the runner's wording check: \"don't offer\" and a service "
         "the read-back never names); then guitar next Monday with Owen")
add("mus-04", M, 4, p(["I want singing lessons, Saturday at 11"],
                      time=["next Saturday at 11 then"], name=["Holly Langille"],
                      phone=said(M, 4)),
    expect("booked", ap(M, 4, "Holly Langille", f"{NSAT}T11:00", VOICE, JESS, 60)),
    note="voice by a listed phrase ('singing'); its only teacher is away that Saturday "
         "(her own closed date; the studio is open): the caller takes the Saturday after")
add("mus-05", M, 5, p(["How much is a violin lesson?", "Great, book one for Wednesday at "
                       "12:30."], name=["Rebecca Doucet"], phone=said(M, 5)),
    expect("booked", ap(M, 5, "Rebecca Doucet", f"{WED}T12:30", VIOLIN, MARGARET, 45),
           say=["$45"]),
    note="a price question first (the service kept), then the booking by 'one'")
add("mus-06", M, 6, p(["My son wants to try it out before committing, can he do a trial "
                       "lesson Thursday at 4?"], time=["Friday at 4 then"],
                      name=["His name is Noah Gillis"], phone=said(M, 6)),
    expect("booked", ap(M, 6, "Noah Gillis", f"{FRI}T16:00", TRIAL, MARGARET, 30)),
    note="Thursday is Canada Day (closed); the caller takes Friday; the trial lesson is "
         "offered by everyone (Margaret first); 'His name is ...' at the name question")
add("mus-07", M, 7, p(["Could I get an hour-long piano lesson Tuesday at 5:30?"],
                      name=["Simon Theriault"], phone=said(M, 7)),
    expect("booked", ap(M, 7, "Simon Theriault", f"{TUE}T17:30", XPIANO, OWEN, 60)),
    note="beyond the SPEC's letter (docs/services.md: a length among several services of "
         "it, the one whose name the turn names a word of): the hour-long piano lesson is "
         "the extended one; Margaret leaves at 6, so Owen takes 5:30")
add("mus-08", M, 8, p(["Guitar lesson Friday at 5:30"], time=["5 then"], name=["Kyle Mosher"],
                      phone=said(M, 8)),
    expect("booked", ap(M, 8, "Kyle Mosher", f"{FRI}T17:00", GUITAR, OWEN, 45)),
    note="45 minutes from 5:30 run past the 6 o'clock Friday closing; a bare '5' keeps "
         "Friday; Jess is off on Fridays, Owen takes it")
add("mus-09", M, 9, p(["Hi, I need to book a piano lesson for my son, Tuesday at 3:30."],
                      name=["Lucas Rafuse"], phone=said(M, 9)),
    expect("booked", ap(M, 9, "Lucas Rafuse", f"{TUE}T15:30", PIANO, MARGARET, 30),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-06-21T16:00", 30, MARGARET, PIANO, "Karen Rafuse", num(M, 9))],
    note="a known caller books for her son, said in the opening: never 'Is this for you, "
         "Karen?' (the brief's known gap); the son's name is asked; the number on the "
         "booking is the calling one either way")
add("mus-10", M, 10, p(["Can I book a violin lesson Wednesday at 2?"],
                       confirm=["No, it's for my daughter, Chloe Rafuse.", "yes"],
                       name=["Chloe Rafuse"], phone=said(M, 10)),
    expect("booked", ap(M, 10, "Chloe Rafuse", f"{WED}T14:00", VIOLIN, MARGARET, 45)),
    existing=[ex("2027-06-16T14:00", 45, MARGARET, VIOLIN, "Brian Rafuse", num(M, 10))],
    note="a known caller asked 'Is this for you, Brian?' answers no and names the "
         "daughter in the same turn: that name is the booking's")
add("mus-11", M, 11, p(["Do you rent instruments?", "Okay, and a guitar lesson Wednesday "
                        "at 6, please."], name=["Dawn Hatt"], phone=said(M, 11)),
    expect("booked", ap(M, 11, "Dawn Hatt", f"{WED}T18:00", GUITAR, OWEN, 45),
           say=["$25 a month"]),
    note="beyond the SPEC's letter: the studio's own FAQ topic 'instrument_rental' asked "
         "in the caller's words ('rent instruments'); then a booking")
add("mus-12", M, 12, p(["Where are you located, and is there parking?",
                        "Thanks. I'd like a trial lesson Saturday at 9."],
                       name=["Nadine Cormier"], phone=said(M, 12)),
    expect("booked", ap(M, 12, "Nadine Cormier", f"{SAT}T09:00", TRIAL, MARGARET, 30),
           say=["Barrington", "Scotia Square"]),
    note="two FAQ topics in one turn, both answered; then a Saturday trial with Margaret "
         "(Owen is off Saturdays, Jess away)")
add("mus-13", M, 13, p(["Can Owen teach my daughter violin on Tuesday at 4?"],
                       name=["Maya Chiasson"], phone=said(M, 13)),
    expect("booked", ap(M, 13, "Maya Chiasson", f"{TUE}T16:00", VIOLIN, MARGARET, 45)),
    asked=True,
    note="a teacher asked for who does not teach violin: said so and dropped; Margaret "
         "takes it")
add("mus-14", M, 14, p(["I'd like a piano lesson Monday at 12:15, whoever is free."],
                       time=["3 o'clock then"], name=["Greg Sampson"], phone=said(M, 14)),
    expect("booked", ap(M, 14, "Greg Sampson", f"{NMON}T15:00", PIANO, OWEN, 30)),
    note="'whoever is free': nobody who teaches piano works Monday at 12:15 (Margaret is "
         "off, Owen starts at 3); the caller takes 3 o'clock with Owen")
add("mus-15", M, 15, p(["Hi, I have to cancel my son's guitar lesson on Wednesday."]),
    expect("cancelled", ap(M, 15, "Ben Clarke", f"{WED}T16:00", GUITAR, OWEN, 45)),
    existing=[ex(f"{WED}T16:00", 45, OWEN, GUITAR, "Ben Clarke", num(M, 15)),
              ex(f"{SAT}T10:00", 30, MARGARET, PIANO, "Ben Clarke", num(M, 15))],
    note="a known caller with two lessons on file cancels the one of the service and day "
         "named")
add("mus-16", M, 16, p(["Can I move my voice lesson to Monday at 6?"]),
    expect("rescheduled", ap(M, 16, "Tara Smith", f"{NMON}T18:00", VOICE, JESS, 60)),
    existing=[ex(f"{WED}T13:00", 60, JESS, VOICE, "Tara Smith", num(M, 16))],
    note="a known caller moves a voice lesson; it keeps its length and teacher (Monday "
         "after Jess's dinner break)")
add("mus-17", M, 17, p(["Voice lesson Wednesday at 4:45?"], time=["5:30 then"],
                       name=["Erin Walsh"], phone=said(M, 17)),
    expect("booked", ap(M, 17, "Erin Walsh", f"{WED}T17:30", VOICE, JESS, 60)),
    note="an hour from 4:45 runs into Jess's dinner break (5 to 5:30); 5:30 is when it ends")

# ======================= nail salon (Victoria; 15-minute grid) ===========================
LINH, KIM, CHLOE = "Linh Tran", "Kim Nguyen", "Chloe Martin"
MANI, GEL, PEDI, SPA, MP, FULL, FILL, POLISH = ("Manicure", "Gel manicure", "Pedicure",
                                                "Spa pedicure", "Mani-pedi",
                                                "Acrylic full set", "Acrylic fill",
                                                "Polish change")
N = NAILS

add("nai-01", N, 1, p(["Hi, can I get a gel manicure Friday at 11?"], name=["Jasmine Lee"],
                      phone=said(N, 1)),
    expect("booked", ap(N, 1, "Jasmine Lee", f"{FRI}T11:00", GEL, LINH, 45)),
    note="the gel manicure by its name (not the manicure its words hold); Linh first")
add("nai-02", N, 2, p(["I'd like a mani pedi with Kim on Saturday at 2"],
                      name=["Brooke Sandhu"], phone=said(N, 2)),
    expect("booked", ap(N, 2, "Brooke Sandhu", f"{SAT}T14:00", MP, KIM, 75)),
    asked=True,
    note="the mani-pedi by a listed phrase, with a technician asked for by first name "
         "(Linh is free and first)")
add("nai-03", N, 3, p(["Can I get acrylics with Kim on Wednesday at 3?"],
                      name=["Tessa Olsen"], phone=said(N, 3)),
    expect("booked", ap(N, 3, "Tessa Olsen", f"{WED}T15:00", FULL, LINH, 90)),
    asked=True,
    note="a technician who does no acrylics: said so and dropped; Linh takes it (Chloe "
         "is off on Wednesdays)")
add("nai-04", N, 4, p(["Do you do eyelash extensions?", "Oh okay, never mind then."]),
    expect("no_booking", no_appt=True, say=["don't offer", "pedicure"]),
    note="beyond the SPEC: a service the salon does not sell is said not offered and the "
         "services are listed; the caller gives up")
add("nai-05", N, 5, p(["Spa pedicure Tuesday at 1"], time=["1:30 then"], name=["Carmen Diaz"],
                      phone=said(N, 5)),
    expect("booked", ap(N, 5, "Carmen Diaz", f"{TUE}T13:30", SPA, LINH, 60)),
    note="the staff lunch: Linh is at lunch 1 to 1:30, Kim is off on Tuesdays and Chloe "
         "does no pedicures; 1:30 then")
add("nai-06", N, 6, p(["Could I book a full set Sunday at 3?"], time=["2:30 then"],
                      name=["Amber Rai"], phone=said(N, 6)),
    expect("booked", ap(N, 6, "Amber Rai", f"{SUN}T14:30", FULL, CHLOE, 90)),
    note="90 minutes from 3 run past the 4 o'clock Sunday closing; Linh is off on "
         "Sundays, Chloe takes 2:30")
add("nai-07", N, 7, p(["Acrylic fill Saturday at 10, please"], name=["Dana Friesen"],
                      phone=said(N, 7)),
    expect("booked", ap(N, 7, "Dana Friesen", f"{SAT}T10:00", FILL, LINH, 60)),
    note="'acrylic fill' is the fill (its name), though 'acrylic' is a listed phrase of "
         "the full set")
add("nai-08", N, 8, p(["How much is a spa pedicure?", "Book me in for Friday at 4, please."],
                      name=["Paula Gill"], phone=said(N, 8)),
    expect("booked", ap(N, 8, "Paula Gill", f"{FRI}T16:00", SPA, LINH, 60), say=["$60"]),
    note="a price question (the service kept), then the booking")
add("nai-09", N, 9, p(["Hi, I'd like to book a pedicure for my mom for Saturday at 11."],
                      name=["Her name is Grace Wong"], phone=said(N, 9)),
    expect("booked", ap(N, 9, "Grace Wong", f"{SAT}T11:00", PEDI, LINH, 45),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-06-19T11:00", 45, KIM, PEDI, "Janet Wong", num(N, 9))],
    note="a known caller books for her mother, said in the opening: never 'Is this for "
         "you, Janet?' (the brief's known gap); 'Her name is ...' at the name question")
add("nai-10", N, 10, p(["I want to book a manicure for my wife, Sophie Tremblay, Wednesday "
                        "at noon."], name=["Sophie Tremblay"], phone=said(N, 10)),
    expect("booked", ap(N, 10, "Sophie Tremblay", f"{WED}T12:00", MANI, LINH, 30)),
    note="a booking for someone else named in the opening ('for my wife, Sophie "
         "Tremblay'): her name is the booking's")
add("nai-11", N, 11, p(["Do you take walk-ins?", "Okay, let me book then. A polish change "
                        "Thursday at 6:30."], name=["Megan Shaw"], phone=said(N, 11)),
    expect("booked", ap(N, 11, "Megan Shaw", f"{THU}T18:30", POLISH, LINH, 15),
           say=["walk-ins when a technician"]),
    note="the walk-in question is answered (never a booking), then a 15-minute booking "
         "(the salon is open on Canada Day)")
add("nai-12", N, 12, p(["Do you sell gift cards?", "Great, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["any amount"]),
    note="the salon's own FAQ topic 'gift_cards', then the caller says goodbye")
add("nai-13", N, 13, p(["Hi, I need to cancel my pedicure."]),
    expect("cancelled", ap(N, 13, "Amy Cho", f"{SUN}T12:00", PEDI, KIM, 45)),
    existing=[ex(f"{SAT}T10:00", 45, LINH, GEL, "Amy Cho", num(N, 13)),
              ex(f"{SUN}T12:00", 45, KIM, PEDI, "Amy Cho", num(N, 13))],
    note="a known caller with two appointments cancels the one of the service named "
         "(the later one)")
add("nai-14", N, 14, p(["Can I push my gel nails to Sunday at 1?"]),
    expect("rescheduled", ap(N, 14, "Rachel Kim", f"{SUN}T13:00", GEL, CHLOE, 45)),
    existing=[ex(f"{SAT}T15:00", 45, CHLOE, GEL, "Rachel Kim", num(N, 14))],
    note="a known caller moves a gel manicure by a listed phrase ('gel nails'); it keeps "
         "its technician")
add("nai-15", N, 15, p(["I'd like a manicure and pedicure on Thursday at 6 pm"],
                       time=["5:45 then"], name=["Lauren Price"], phone=said(N, 15)),
    expect("booked", ap(N, 15, "Lauren Price", f"{THU}T17:45", MP, LINH, 75)),
    note="'manicure and pedicure' is the mani-pedi (75 minutes), not the manicure; from 6 "
         "it runs past the 7 o'clock closing, 5:45 ends at 7")
add("nai-16", N, 16, p(["Can I get a gel manicure with Chloe on Friday at 2?"],
                       time=["Saturday at 3 then"], name=["Olivia Grant"], phone=said(N, 16)),
    expect("booked", ap(N, 16, "Olivia Grant", f"{SAT}T15:00", GEL, CHLOE, 45)),
    asked=True,
    note="Chloe is away that Friday (her own closed date): said so; the caller takes "
         "Saturday at 3, still with Chloe (Linh is free and first)")
add("nai-17", N, 17, p(["Gel manicure Sunday at 12, whoever's free."], name=["Nicole Baker"],
                       phone=said(N, 17)),
    expect("booked", ap(N, 17, "Nicole Baker", f"{SUN}T12:00", GEL, CHLOE, 45)),
    existing=[ex(f"{SUN}T11:30", 60, KIM, SPA)],
    note="'whoever's free': Linh is off on Sundays and Kim busy, Chloe takes it")

# ======================= chiropractor (Thunder Bay; 15-minute grid) ======================
LIND, KORP, SARAH = "Dr. Erik Lindqvist", "Dr. Maya Korpela", "Sarah Bouchard"
ASSESS, ADJ, EXT, ORTHO, MASSAGE = ("New patient assessment", "Adjustment",
                                    "Extended treatment", "Orthotics fitting",
                                    "Massage therapy")
C = CHIRO

add("chi-01", C, 1, p(["Hi, I'm a new patient, I'd like to book a first visit Wednesday "
                       "at 9."], name=["Jenna Ojala"], phone=said(C, 1)),
    expect("booked", ap(C, 1, "Jenna Ojala", f"{WED}T09:00", ASSESS, LIND, 60)),
    note="the assessment by a listed phrase ('first visit'); Dr. Lindqvist first")
add("chi-02", C, 2, p(["I need an adjustment Tuesday at 6:30 pm"], name=["Rick Bannon"],
                      phone=said(C, 2)),
    expect("booked", ap(C, 2, "Rick Bannon", f"{TUE}T18:30", ADJ, KORP, 15)),
    note="an evening adjustment: Dr. Lindqvist is off on Tuesdays, Dr. Korpela works to 7")
add("chi-03", C, 3, p(["Can I see Dr. Korpela for a new patient assessment Friday at 10?"],
                      time=["Tuesday at 10 then"], name=["Stacey Hill"], phone=said(C, 3)),
    expect("booked", ap(C, 3, "Stacey Hill", f"{TUE}T10:00", ASSESS, KORP, 60)),
    asked=True,
    note="a chiropractor's day off (Dr. Korpela is off on Fridays): said so; the caller "
         "takes Tuesday, still with her")
add("chi-04", C, 4, p(["I'd like a new patient assessment Saturday at 11:30"],
                      time=["11 then"], name=["Lorne Peltier"], phone=said(C, 4)),
    expect("booked", ap(C, 4, "Lorne Peltier", f"{SAT}T11:00", ASSESS, LIND, 60)),
    note="an hour from 11:30 runs past the noon Saturday closing; 11 ends at noon")
add("chi-05", C, 5, p(["Do you direct bill insurance?", "Okay, I'd like to book a massage "
                       "Thursday at 2."], time=["Friday at 2 then"], name=["Wendy Maki"],
                      phone=said(C, 5)),
    expect("booked", ap(C, 5, "Wendy Maki", f"{FRI}T14:00", MASSAGE, SARAH, 45),
           say=["Blue Cross"]),
    note="an FAQ topic of the clinic's own (insurance), then a massage on Canada Day "
         "(closed): the caller takes Friday")
add("chi-06", C, 6, p(["Do I need a referral from my doctor?", "Great, can I book an "
                       "assessment Monday at 2?"], name=["Colin Wiitala"], phone=said(C, 6)),
    expect("booked", ap(C, 6, "Colin Wiitala", f"{NMON}T14:00", ASSESS, LIND, 60),
           say=["No referral"]),
    note="the clinic's own FAQ topic 'referral' in the caller's words; then an assessment "
         "next Monday after Dr. Lindqvist's lunch")
add("chi-07", C, 7, p(["Do you do acupuncture?", "Okay, an adjustment then, Friday at 8."],
                      name=["Darlene Kivi"], phone=said(C, 7)),
    expect("booked", ap(C, 7, "Darlene Kivi", f"{FRI}T08:00", ADJ, LIND, 15),
           say=["don't offer", "orthotics"]),
    note="beyond the SPEC: a service the clinic does not sell is said not offered and the "
         "services are listed; then an adjustment")
add("chi-08", C, 8, p(["My husband needs a new patient assessment, do you have Wednesday at "
                       "10?"], name=["His name is Mark Hakala"], phone=said(C, 8)),
    expect("booked", ap(C, 8, "Mark Hakala", f"{WED}T10:00", ASSESS, LIND, 60),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-06-14T09:00", 15, LIND, ADJ, "Linda Hakala", num(C, 8))],
    note="a known caller books for her husband, said in the opening ('my husband needs'): "
         "never 'Is this for you, Linda?' (the brief's known gap)")
add("chi-09", C, 9, p(["Hi, I need a follow-up adjustment Friday at 11."]),
    expect("booked", ap(C, 9, "Doug Maki", f"{FRI}T11:00", ADJ, LIND, 15)),
    existing=[ex("2027-06-18T11:00", 15, LIND, ADJ, "Doug Maki", num(C, 9))],
    note="a known caller books for himself: 'Is this for you, Doug?' answered yes, the "
         "name on record and the calling number")
add("chi-10", C, 10, p(["Can I get an adjustment with the same chiropractor as last time, "
                        "Wednesday at 1?"]),
    expect("booked", ap(C, 10, "Ruth Laine", f"{WED}T13:00", ADJ, KORP, 15)),
    existing=[ex("2027-06-22T15:00", 15, KORP, ADJ, "Ruth Laine", num(C, 10))],
    asked=True,
    note="beyond the SPEC: a known caller's 'same chiropractor as last time' is the "
         "person of their latest appointment (Dr. Lindqvist is free and first)")
add("chi-11", C, 11, p(["I need an adjustment Monday at 12:30, whoever is free."],
                       time=["1 o'clock then"], name=["Brent Nurmi"], phone=said(C, 11)),
    expect("booked", ap(C, 11, "Brent Nurmi", f"{NMON}T13:00", ADJ, LIND, 15)),
    note="'whoever is free': Dr. Lindqvist is at lunch, Dr. Korpela is off on Mondays; "
         "1 o'clock then")
add("chi-12", C, 12, p(["Can I book orthotics Saturday at 10?"], name=["Gail Lessard"],
                       phone=said(C, 12)),
    expect("booked", ap(C, 12, "Gail Lessard", f"{SAT}T10:00", ORTHO, LIND, 30)),
    note="the orthotics fitting by a listed phrase, a Saturday morning")
add("chi-13", C, 13, p(["I'd like the half-hour treatment on Tuesday at 11"],
                       name=["Sean Toivonen"], phone=said(C, 13)),
    expect("booked", ap(C, 13, "Sean Toivonen", f"{TUE}T11:00", EXT, KORP, 30)),
    note="beyond the SPEC's letter (docs/services.md): two services last half an hour; "
         "'treatment' is a word of one of them")
add("chi-14", C, 14, p(["I have to cancel my massage on Friday."]),
    expect("cancelled", ap(C, 14, "Terry Salo", f"{FRI}T10:00", MASSAGE, SARAH, 45)),
    existing=[ex(f"{FRI}T10:00", 45, SARAH, MASSAGE, "Terry Salo", num(C, 14)),
              ex(f"{NMON}T09:00", 15, LIND, ADJ, "Terry Salo", num(C, 14))],
    note="a known caller with two appointments cancels the massage")
add("chi-15", C, 15, p(["Could I move my assessment to Monday at 5?"]),
    expect("rescheduled", ap(C, 15, "Karen Bell", f"{NMON}T17:00", ASSESS, LIND, 60)),
    existing=[ex(f"{WED}T09:00", 60, LIND, ASSESS, "Karen Bell", num(C, 15))],
    note="a known caller moves an assessment; it keeps its hour and its chiropractor "
         "(5 to 6, his closing)")
add("chi-16", C, 16, p(["I'd like a massage on Saturday at 11:30"], time=["11 then"],
                       name=["Joanne Hughes"], phone=said(C, 16)),
    expect("booked", ap(C, 16, "Joanne Hughes", f"{SAT}T11:00", MASSAGE, SARAH, 45)),
    note="45 minutes from 11:30 run past the noon Saturday closing; 11 ends at 11:45")
add("chi-17", C, 17, p(["Can I book an adjustment for Tuesday at 4?"],
                       name=["It's for my father, his name is Arvo Niemi"],
                       phone=said(C, 17)),
    expect("booked", ap(C, 17, "Arvo Niemi", f"{TUE}T16:00", ADJ, KORP, 15)),
    note="a booking for someone else said at the name question: the father's name")
add("chi-18", C, 18, p(["I'd like an adjustment Friday at 9:30."], name=["Pete Koski"],
                       phone=said(C, 18),
                       confirm=["Actually, it's for my wife, Anna Koski.", "yes"]),
    expect("booked", ap(C, 18, "Anna Koski", f"{FRI}T09:30", ADJ, LIND, 15)),
    note="beyond the SPEC's letter: a booking for someone else named at the read-back "
         "corrects the name (the slot the caller corrects)")

# ======================= reminders ========================================================
reminders_about = R.reminders_about

REM_M = appt("Olivia Brennan", num(M, 60), f"{TUE}T16:00", minutes=30, service=PIANO,
             resource=MARGARET)
remm = reminders_about(M, f"{TODAY}T10:00", REM_M)
remm("mus-rem-01", p(confirm=()), "voicemail", say=["Harbourside"],
     not_say=["Olivia", "Brennan"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remm("mus-rem-02", p(confirm=["Yes, she'll be there."]), "confirmed", note="confirmed")
remm("mus-rem-03", p(confirm=["What's your cancellation policy again?",
                              "Okay, yes, we'll be there."]),
     "confirmed", say=["24 hours"], note="the cancellation rule asked (never a cancel), "
                                          "then confirmed")
remm("mus-rem-04", p(confirm=["Could we move it to Friday instead?", "yes"],
                     time=["Friday at 4"]), "rescheduled", start=f"{FRI}T16:00",
     note="moved to Friday at 4 (Thursday is Canada Day), the same teacher")

REM_N = appt("Tanya Lee", num(N, 60), f"{SAT}T11:00", minutes=45, service=GEL,
             resource=LINH)
remn = reminders_about(N, f"{FRI}T10:00", REM_N)
remn("nai-rem-01", p(confirm=["Yep, I'll be there."]), "confirmed", note="confirmed")
remn("nai-rem-02", p(confirm=["Can we push it back half an hour?", "yes"]), "rescheduled",
     start=f"{SAT}T11:30",
     note="beyond the SPEC's time forms: half an hour later the same day, the same "
          "technician (ends at 12:15, before her lunch)")
remn("nai-rem-03", p(confirm=["I can't make it, please cancel.", "yes"]), "cancelled",
     note="cancelled on a yes")

REM_C = appt("Wayne Lahti", num(C, 60), f"{FRI}T09:00", minutes=15, service=ADJ,
             resource=LIND)
remc = reminders_about(C, f"{WED}T16:00", REM_C)
remc("chi-rem-01", p(confirm=()), "voicemail", say=["Lakehead"],
     not_say=["Wayne", "Lahti"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remc("chi-rem-02", p(confirm=["Where do I park?", "Okay, yes, see you Friday."]),
     "confirmed", say=["Court Street"], note="an FAQ at the reminder, then confirmed")
remc("chi-rem-03", p(confirm=["Can I make it Saturday morning instead?", "yes"],
                     time=["yes"]), "rescheduled", start=f"{SAT}T09:00",
     note="moved to Saturday morning: its first start with the same chiropractor, taken "
          "with a yes")


# ---------------- added after the blind run (variants of the fixes) ---------------------
add("mus-18v", M, 41, p(["My daughter needs a guitar lesson Monday at 4."],
                        name=["Her name is Ava Rafuse"], phone=said(M, 41)),
    expect("booked", ap(M, 41, "Ava Rafuse", f"{NMON}T16:00", GUITAR, OWEN, 45),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-06-14T16:00", 45, OWEN, GUITAR, "Dana Rafuse", num(M, 41))],
    note="after the blind run: 'my daughter needs ...' from a known caller is someone "
         "else's booking (mus-09): whose name is asked, never 'Is this for you?'")
add("nai-18v", N, 41, p(["Hi, I'm booking a gel manicure for my wife's birthday, Saturday "
                         "at 10."], name=["Sophie Lam"], phone=said(N, 41)),
    expect("booked", ap(N, 41, "Sophie Lam", f"{SAT}T10:00", GEL, LINH, 45),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-06-12T10:00", 45, KIM, PEDI, "David Lam", num(N, 41))],
    note="after the blind run: 'for my wife's ...' (a possessive) from a known caller "
         "is someone else's booking (nai-09)")
add("chi-19v", C, 41, p(["Do you offer dry needling?", "Okay, never mind."]),
    expect("no_booking", no_appt=True, say=["don't offer", "massage therapy"]),
    note="after the blind run: 'do you offer <something not sold>?' is said not offered "
         "(chi-07)")
add("mus-19v", M, 42, p(["Do you do anything for adults?", "Okay, a voice lesson Wednesday "
                         "at 2 then."], name=["Gail Pothier"], phone=said(M, 42)),
    expect("booked", ap(M, 42, "Gail Pothier", f"{WED}T14:00", VOICE, JESS, 60),
           say=["we offer"], not_say=["don't offer"]),
    note="after the blind run: 'do you do anything ...?' names nothing: the services "
         "are listed, never 'we don't offer that' (mus-03's fix)")
add("mus-20v", M, 43, p(["I'd like a 60-minute piano lesson Wednesday at 3."],
                        name=["Roy Dauphinee"], phone=said(M, 43)),
    expect("booked", ap(M, 43, "Roy Dauphinee", f"{WED}T15:00", XPIANO, MARGARET, 60)),
    note="after the blind run: a length said in minutes picks the hour's piano lesson "
         "over the phrase 'piano' of the half-hour one (mus-07)")
add("mus-21v", M, 44, p(["Do you have instruments for rent?", "Okay, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["$25 a month"]),
    note="after the blind run: the topic 'instrument_rental' asked with its words in "
         "another order and form (mus-11)")
add("chi-20v", C, 42, p(["My name is Arvo Lehto, I'd like an adjustment Friday at 10."],
                        phone=said(C, 42)),
    expect("booked", ap(C, 42, "Arvo Lehto", f"{FRI}T10:00", ADJ, LIND, 15)),
    note="after the blind run: 'Arvo' is a first name, not the afternoon (chi-17)")
add("chi-21v", C, 43, p(["Will I need a doctor's referral?", "Okay, book me an adjustment "
                         "Tuesday at 5."], name=["Paula Rautio"], phone=said(C, 43)),
    expect("booked", ap(C, 43, "Paula Rautio", f"{TUE}T17:00", ADJ, KORP, 15),
           say=["No referral"]),
    note="after the blind run: 'will I need ...?' is a question, not a booking (chi-06)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    print(write_business_probe(os.path.join(HERE, "probe18_business.jsonl"), lines), "cases")
