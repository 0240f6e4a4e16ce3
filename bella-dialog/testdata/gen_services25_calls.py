#!/usr/bin/env python3
"""Writes services25_calls.jsonl: English service and staff calls, second round (SPEC §3,
§3.1; docs/services.md) against businesses earlier service rounds used little:

- `businesses/groomer.toml`: the Happy Valley-Goose Bay dog groomer (Ashley, Kyle);
- `businesses/nails_victoria.toml`: the Victoria nail bar (Linh, Kim, Chloe);
- `businesses/music_halifax.toml`: the Halifax music studio (Margaret, Owen, Jess);
- `businesses/driving_regina.toml`: the Regina driving school (Gord, Priya, Marie);
- `businesses/chiro_thunder_bay.toml`: the Thunder Bay chiropractors and RMT;
- `businesses/tutoring.toml`: the Whitehorse tutoring centre (Nadia, Marcus, Claire);
- `businesses/massage_acu.toml`: the St. John's massage and acupuncture clinic;
- `businesses/imaging_kelowna.toml`: the Kelowna imaging clinic (two rooms);
- `businesses/garage.toml`: the Toronto tire and lube shop (two bays).

What it probes: services named the way customers say them ("get my dog groomed",
"winter tires put on", "help with algebra"), add-ons (a second service in the same
call), "the usual" from a known caller, kids and pets (the booking for a son or a
daughter, a dog's name said in passing), prices and lengths asked in passing, staff
preferences and refusals ("not with Linh", a person who does not do the service), the
service changed late (at the name question or the read-back), a person off or away that
day, closed days (Canada Day, Remembrance Day, Victoria Day, a closed Tuesday).

Decisions where the SPEC is silent (as round 23 and 24 decided them):
- "the usual" from a known caller is the service of the latest appointment; the person
  is whoever is free first unless asked for.
- two services with none selling both: the first named is booked, the second offered
  "right after" it.
- a person who does not do the service: said so and dropped; the first free who does.

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Every booked start is checked against the oracle, and a booking
for which the caller asks for nobody is checked to go to the first free resource in the
file's order.

Run: python3 bella-dialog/testdata/gen_services25_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

G, N, M, D = ("businesses/groomer.toml", "businesses/nails_victoria.toml",
              "businesses/music_halifax.toml", "businesses/driving_regina.toml")
C, T, A, I, GR = ("businesses/chiro_thunder_bay.toml", "businesses/tutoring.toml",
                  "businesses/massage_acu.toml", "businesses/imaging_kelowna.toml",
                  "businesses/garage.toml")
TZ = {G: "America/Goose_Bay", N: "America/Vancouver", M: "America/Halifax",
      D: "America/Regina", C: "America/Thunder_Bay", T: "America/Whitehorse",
      A: "America/St_Johns", I: "America/Vancouver", GR: "America/Toronto"}
# groomer: Tuesday 2027-04-13; nails: Wednesday 2027-06-30; music: Monday 2027-06-28;
# driving: Monday 2027-11-08; chiro: Tuesday 2027-06-29; tutoring: Monday 2027-04-12;
# massage: Monday 2027-03-01; imaging: Thursday 2027-05-20; garage: Wednesday 2027-01-13.
NOW = {G: "2027-04-13T09:10", N: "2027-06-30T09:30", M: "2027-06-28T11:00",
       D: "2027-11-08T09:00", C: "2027-06-29T09:30", T: "2027-04-12T12:00",
       A: "2027-03-01T09:00", I: "2027-05-20T08:30", GR: "2027-01-13T08:15"}
AREA = {G: "709", N: "250", M: "902", D: "306", C: "807", T: "867", A: "709", I: "250",
        GR: "416"}
LANGS = {b: ["en-CA"] for b in TZ}
KIND = "services25"

R = BusinessRound("s25", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
SORRY = "Sorry, I can help"
AFTER = "right after"

# ======================= Goose Bay dog groomer (15-minute grid) =========================
ASH, KYLE = "Ashley Rumbolt", "Kyle Pardy"
FULL, BATH, NAIL, PUP = "Full groom", "Bath and brush", "Nail trim", "Puppy intro groom"
# Said on Tuesday the 13th: Wednesday 14, Thursday 15 (Kyle away), Friday 16, Saturday 17
# (Ashley off), Tuesday 20 (closed), Wednesday 21.
GWED, GTHU, GFRI, GSAT, GWED2 = ("2027-04-14", "2027-04-15", "2027-04-16", "2027-04-17",
                                 "2027-04-21")

add("gro-01", G, 1, p(["Hi, my golden retriever is a total mess, I need to get her groomed. "
                       "Do you have Friday at 10?"],
                      name=["Brenda Oliver"], phone=said(G, 1)),
    expect("booked", ap(G, 1, "Brenda Oliver", f"{GFRI}T10:00", FULL, ASH, 120)),
    note="'get her groomed' is the full groom; Ashley first")
add("gro-02", G, 2, p(["How much do you charge for a nail trim? He's just a little guy.",
                       "Okay, can I bring him in Saturday at 9:30?"],
                      name=["Dale Hopkins"], phone=said(G, 2)),
    expect("booked", ap(G, 2, "Dale Hopkins", f"{GSAT}T09:30", NAIL, KYLE, 15),
           say=["$18"], not_say=[SORRY]),
    note="a price asked in passing; Ashley is off Saturdays, Kyle takes it")
add("gro-03", G, 3, p(["We just got a puppy and it's his first groom. Could Kyle do it "
                       "Wednesday at 11?"],
                      name=["Melissa Chaulk"], phone=said(G, 3)),
    expect("booked", ap(G, 3, "Melissa Chaulk", f"{GWED}T11:00", PUP, ASH, 45)),
    asked=True,
    note="Kyle does no puppy intro: said so and dropped; Ashley")
add("gro-04", G, 4, p(["Can I get Buster a bath and his nails clipped Thursday at 1?"],
                      service=["The bath first."], name=["Wayne Michelin"],
                      phone=said(G, 4)),
    expect("booked", ap(G, 4, "Wayne Michelin", f"{GTHU}T13:00", BATH, ASH, 60),
           say=[AFTER]),
    note="an add-on: the bath booked, the nail trim offered right after; Kyle is away "
         "that Thursday; 'Buster' is the dog, not the caller")
add("gro-05", G, 5, p(["Can I book a full groom for Tuesday the 20th?"],
                      time=["Okay, Wednesday the 21st at 9 then."], name=["Jackie Best"],
                      phone=said(G, 5)),
    expect("booked", ap(G, 5, "Jackie Best", f"{GWED2}T09:00", FULL, ASH, 120)),
    note="the 20th is a closed day: said so; the 21st at 9 with Ashley")
add("gro-06", G, 6, p(["Could Kyle give my lab a bath this afternoon?"],
                      time=["Tomorrow at 2 then."], name=["Terry Flowers"],
                      phone=said(G, 6)),
    expect("booked", ap(G, 6, "Terry Flowers", f"{GWED}T14:00", BATH, KYLE, 60)),
    asked=True,
    note="Kyle is off on Tuesdays (today): said so; tomorrow at 2 with him")
add("gro-07", G, 7, p(["Hi, I'd like to bring Daisy in for the usual, Friday at 11."]),
    expect("booked", ap(G, 7, "Gail Blake", f"{GFRI}T11:00", BATH, KYLE, 60)),
    existing=[ex("2027-03-24T10:00", 60, KYLE, BATH, "Gail Blake", num(G, 7))],
    asked=True,
    note="a known caller's 'the usual' is the latest appointment's service with its "
         "person (services.rs `on_file`: 'its service is booked, with its person'): "
         "bath and brush with Kyle; the booking is the owner's")
add("gro-08", G, 8, p(["A full groom Thursday at 10 please."], name=["Roxanne Pike"],
                      phone=said(G, 8),
                      confirm=["Actually, let's just do a bath and brush instead, same "
                               "time.", "yes"]),
    expect("booked", ap(G, 8, "Roxanne Pike", f"{GTHU}T10:00", BATH, ASH, 60)),
    note="the service changed at the read-back; read back again")

# ======================= Victoria nail bar (15-minute grid) =============================
LINH, KIM, CHLOE = "Linh Tran", "Kim Nguyen", "Chloe Martin"
GEL, PEDI, FILL, ACR, MANI = ("Gel manicure", "Pedicure", "Acrylic fill",
                              "Acrylic full set", "Manicure")
# Said on Wednesday the 30th: Thursday 07-01, Friday 07-02 (Chloe away), Saturday 07-03,
# Sunday 07-04 (Linh off), Tuesday 07-06 (Kim off), Wednesday 07-07.
NTHU, NFRI, NSAT, NSUN, NWED = ("2027-07-01", "2027-07-02", "2027-07-03", "2027-07-04",
                                "2027-07-07")

add("nai-01", N, 1, p(["Hi, I want to get gel nails done Saturday at 11."],
                      name=["Jasmine Dhaliwal"], phone=said(N, 1)),
    expect("booked", ap(N, 1, "Jasmine Dhaliwal", f"{NSAT}T11:00", GEL, LINH, 45)),
    note="'gel nails' is the gel manicure; Linh first")
add("nai-02", N, 2, p(["Can Chloe do my pedicure Saturday at 10?"],
                      name=["Courtney Fraser"], phone=said(N, 2)),
    expect("booked", ap(N, 2, "Courtney Fraser", f"{NSAT}T10:00", PEDI, LINH, 45)),
    asked=True,
    note="Chloe does hands only: said so and dropped; Linh")
add("nai-03", N, 3, p(["Is Chloe in on Friday? I need a fill."],
                      time=["Okay, Saturday at 1 then."], name=["Megan Lavallee"],
                      phone=said(N, 3)),
    expect("booked", ap(N, 3, "Megan Lavallee", f"{NSAT}T13:00", FILL, CHLOE, 60)),
    asked=True,
    note="Chloe is away that Friday: said so; Saturday at 1 with her (ends at her 2 "
         "o'clock lunch)")
add("nai-04", N, 4, p(["How much is a shellac manicure? And could I get one tomorrow at 4?"],
                      name=["Holly Strand"], phone=said(N, 4)),
    expect("booked", ap(N, 4, "Holly Strand", f"{NTHU}T16:00", GEL, LINH, 45),
           say=["$45"], not_say=[SORRY]),
    note="a price asked in the same breath as the booking; 'shellac' is the gel manicure")
add("nai-05", N, 5, p(["Acrylic full set Saturday at 10, but not with Linh please."],
                      name=["Tiffany Roy"], phone=said(N, 5)),
    expect("booked", ap(N, 5, "Tiffany Roy", f"{NSAT}T10:00", ACR, CHLOE, 90)),
    asked=True,
    note="'not with Linh' leaves Chloe for acrylics")
add("nai-06", N, 6, p(["Can I book a manicure for my daughter Sunday at noon? She's nine."],
                      name=["Her name is Ava Tremblay."], phone=said(N, 6)),
    expect("booked", ap(N, 6, "Ava Tremblay", f"{NSUN}T12:00", MANI, KIM, 30)),
    note="a kid's booking: the daughter's name asked; Linh is off Sundays, Kim first")
add("nai-07", N, 7, p(["Could Kim do a pedicure for me Tuesday?"],
                      time=["Wednesday at 11 then."], name=["Rachel Obi"],
                      phone=said(N, 7)),
    expect("booked", ap(N, 7, "Rachel Obi", f"{NWED}T11:00", PEDI, KIM, 45)),
    asked=True,
    note="Kim is off on Tuesdays: said so; Wednesday the 7th at 11 with her")
add("nai-08", N, 8, p(["I'd like a gel manicure with the same girl as last time, Friday at "
                       "11."]),
    expect("booked", ap(N, 8, "Stephanie Wong", f"{NFRI}T11:00", GEL, KIM, 45)),
    existing=[ex("2027-06-12T14:00", 45, KIM, PEDI, "Stephanie Wong", num(N, 8))],
    asked=True,
    note="'the same girl as last time' from a known caller: Kim (Linh is free and first)")

# ======================= Halifax music studio (15-minute grid) ==========================
MAR, OWEN, JESS = "Margaret MacNeil", "Owen Fraser", "Jess Comeau"
PIANO, GUIT, VIOL, VOICE, TRIAL = ("Piano lesson", "Guitar lesson", "Violin lesson",
                                   "Voice lesson", "Trial lesson")
# Said on Monday the 28th: Tuesday 29, Wednesday 30, Thursday 07-01 (closed), Friday
# 07-02, Monday 07-05.
MTUE, MWED, MFRI, MMON = "2027-06-29", "2027-06-30", "2027-07-02", "2027-07-05"

add("mus-01", M, 1, p(["Hi, I'd like to sign my son up for piano, he's seven. Tuesday after "
                       "school, say 3:30?"],
                      name=["Liam Doucette"], phone=said(M, 1)),
    expect("booked", ap(M, 1, "Liam Doucette", f"{MTUE}T15:30", PIANO, MAR, 30)),
    note="a kid's piano lesson; the son's name asked; Margaret first")
add("mus-02", M, 2, p(["Do you guys teach drums?", "Oh okay, no worries. Thanks, bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a lesson not sold: said not offered; the caller hangs up")
add("mus-03", M, 3, p(["What's the difference between a piano lesson and the extended "
                       "one?", "The regular one then, Wednesday at 4."],
                      service=["The regular piano lesson."], name=["Patricia Rankin"],
                      phone=said(M, 3)),
    expect("booked", ap(M, 3, "Patricia Rankin", f"{MWED}T16:00", PIANO, MAR, 30),
           say=["$35", "$65"], not_say=[SORRY]),
    note="round 24's decision: the difference is each one's length and price; 'the "
         "regular one' after the comparison names no service on its own, so the agent "
         "may ask which (answered)")
add("mus-04", M, 4, p(["Is the trial lesson actually free?",
                       "Great, can I book one Tuesday at 5?"],
                      name=["Kevin Boutilier"], phone=said(M, 4)),
    expect("booked", ap(M, 4, "Kevin Boutilier", f"{MTUE}T17:00", TRIAL, MAR, 30),
           say=["free"]),
    note="a price question on the free trial; Margaret first (she leaves at 6)")
add("mus-05", M, 5, p(["Can I get a singing lesson with Jess on Tuesday at 6?"],
                      time=["Wednesday at 6 then."], name=["Alyssa Murphy"],
                      phone=said(M, 5)),
    expect("booked", ap(M, 5, "Alyssa Murphy", f"{MWED}T18:00", VOICE, JESS, 60)),
    asked=True,
    note="Jess is off on Tuesdays: said so; Wednesday at 6 with her")
add("mus-06", M, 6, p(["I'd like a guitar lesson Thursday at 4."],
                      time=["Friday at 4 then."], name=["Connor MacLean"],
                      phone=said(M, 6)),
    expect("booked", ap(M, 6, "Connor MacLean", f"{MFRI}T16:00", GUIT, OWEN, 45)),
    note="Thursday is Canada Day, closed: said so; Friday at 4 with Owen (Jess off)")
add("mus-07", M, 7, p(["Voice lesson next Monday at 4:30?"],
                      time=["How about 5:30 then?"], name=["Erin Walsh"],
                      phone=said(M, 7)),
    expect("booked", ap(M, 7, "Erin Walsh", f"{MMON}T17:30", VOICE, JESS, 60)),
    note="an hour from 4:30 runs into Jess's dinner break: not free; 5:30 is")
add("mus-08", M, 8, p(["Hi, can I book my usual lesson for Tuesday at 4?"]),
    expect("booked", ap(M, 8, "Emma Gillis", f"{MTUE}T16:00", VIOL, MAR, 45)),
    existing=[ex("2027-06-22T16:00", 45, MAR, VIOL, "Emma Gillis", num(M, 8))],
    note="decision of round 23: 'my usual lesson' is the latest appointment's service "
         "(violin, Margaret only)")
add("mus-09", M, 9, p(["Guitar lesson with Owen Wednesday at 4."], name=["Noah Sampson"],
                      phone=said(M, 9),
                      confirm=["Actually, could I switch to Jess?", "yes"]),
    expect("booked", ap(M, 9, "Noah Sampson", f"{MWED}T16:00", GUIT, JESS, 45)),
    asked=True,
    note="the teacher changed at the read-back: Jess is free at 4; read back again")

# ======================= Regina driving school (30-minute grid) =========================
GORD, PRIYA, MARIE = "Gord Hansen", "Priya Sandhu", "Marie Lavoie"
LES, EXT, PREP = "Driving lesson", "Extended lesson", "Road test prep"
# Said on Monday the 8th: Tuesday 9, Wednesday 10, Thursday 11 (Remembrance Day, closed),
# Friday 12 (Marie away), Saturday 13, Monday 15.
DTUE, DWED, DFRI, DSAT, DMON = ("2027-11-09", "2027-11-10", "2027-11-12", "2027-11-13",
                                "2027-11-15")

add("dri-01", D, 1, p(["My daughter's road test is coming up. Could she do a practice test "
                       "with you Saturday at 10?"],
                      name=["Hannah Kozak"], phone=said(D, 1)),
    expect("booked", ap(D, 1, "Hannah Kozak", f"{DSAT}T10:00", PREP, PRIYA, 120)),
    note="a practice test for the caller's daughter (her name asked); Gord has no "
         "Saturdays, Priya")
add("dri-02", D, 2, p(["How much is a highway lesson?",
                       "Okay, book me one Wednesday at 1."],
                      name=["Jordan Bell"], phone=said(D, 2)),
    expect("booked", ap(D, 2, "Jordan Bell", f"{DWED}T13:00", EXT, GORD, 90),
           say=["$95"], not_say=[SORRY]),
    note="a price, then the extended lesson; Gord back from lunch at 1")
add("dri-03", D, 3, p(["Can I get a driving lesson Thursday at 10?"],
                      time=["Friday at 10 then."], name=["Amanda Friesen"],
                      phone=said(D, 3)),
    expect("booked", ap(D, 3, "Amanda Friesen", f"{DFRI}T10:00", LES, GORD, 60)),
    note="Thursday is Remembrance Day, closed: said so; Friday at 10 with Gord")
add("dri-04", D, 4, p(["Can Marie do road test prep with me Wednesday at 9?"],
                      name=["Tyler Wolfe"], phone=said(D, 4)),
    expect("booked", ap(D, 4, "Tyler Wolfe", f"{DWED}T09:00", PREP, GORD, 120)),
    asked=True,
    note="Marie teaches no road test prep: said so and dropped; Gord")
add("dri-05", D, 5, p(["I'd like a lesson with Marie on Friday at 9."],
                      time=["Monday the 15th at 9 then."], name=["Sunita Rao"],
                      phone=said(D, 5)),
    expect("booked", ap(D, 5, "Sunita Rao", f"{DMON}T09:00", LES, MARIE, 60)),
    asked=True,
    note="Marie is away that Friday: said so; the 15th at 9 with her")
add("dri-06", D, 6, p(["One-hour lesson Tuesday at 2."],
                      name=["Actually, can we make it the highway one instead?",
                            "Raj Gill"], phone=said(D, 6)),
    expect("booked", ap(D, 6, "Raj Gill", f"{DTUE}T14:00", EXT, GORD, 90)),
    note="the service changed at the name question: the extended lesson at the same "
         "time (Gord to 4); the name asked again")
add("dri-07", D, 7, p(["Do you pick up from Campbell Collegiate? I'd want a lesson Tuesday "
                       "at 4."],
                      name=["Kayla Wiebe"], phone=said(D, 7)),
    expect("booked", ap(D, 7, "Kayla Wiebe", f"{DTUE}T16:00", LES, PRIYA, 60),
           say=["pick you up"]),
    note="the pickup topic asked in passing; Gord leaves at 4, Priya")

# ======================= Thunder Bay chiropractic (15-minute grid) ======================
LIND, KORP, SARAH = "Dr. Erik Lindqvist", "Dr. Maya Korpela", "Sarah Bouchard"
ADJ, NEW, ORTH, MASS = ("Adjustment", "New patient assessment", "Orthotics fitting",
                        "Massage therapy")
# Said on Tuesday the 29th: Wednesday 30, Thursday 07-01 (closed), Friday 07-02, Monday
# 07-05, Tuesday 07-06.
CTUE, CWED, CFRI, CMON, CTUE2 = ("2027-06-29", "2027-06-30", "2027-07-02", "2027-07-05",
                                 "2027-07-06")

add("chi-01", C, 1, p(["My back is killing me, can I get in for an adjustment today?"],
                      time=["10 is great."], name=["Doug Laakso"], phone=said(C, 1)),
    expect("booked", ap(C, 1, "Doug Laakso", f"{CTUE}T10:00", ADJ, KORP, 15)),
    note="today: Dr. Lindqvist is off Tuesdays, Dr. Korpela from 10")
add("chi-02", C, 2, p(["I'd like to see Dr. Lindqvist on Thursday."],
                      service=["Just an adjustment."], time=["Friday at 9 then."],
                      name=["Carol Maki"], phone=said(C, 2)),
    expect("booked", ap(C, 2, "Carol Maki", f"{CFRI}T09:00", ADJ, LIND, 15)),
    asked=True,
    note="Thursday is Canada Day, closed: said so; Friday at 9 with him")
add("chi-03", C, 3, p(["Do you have a massage therapist? I'd like a massage Wednesday."],
                      time=["Monday at 1 then."], name=["Liisa Heikkinen"],
                      phone=said(C, 3)),
    expect("booked", ap(C, 3, "Liisa Heikkinen", f"{CMON}T13:00", MASS, SARAH, 45)),
    note="the RMT is off on Wednesdays: said so; Monday at 1")
add("chi-04", C, 4, p(["I'm a new patient, how much is the first visit?",
                       "Okay, Wednesday at 9 with whoever's there."],
                      name=["Greg Tuomi"], phone=said(C, 4)),
    expect("booked", ap(C, 4, "Greg Tuomi", f"{CWED}T09:00", NEW, LIND, 60),
           say=["$95"], not_say=[SORRY]),
    note="a new patient's price, then the assessment with anyone: Dr. Lindqvist first")
add("chi-05", C, 5, p(["Can I get fitted for orthotics with Dr. Korpela on Friday at 10?"],
                      time=["Tuesday at 10 then."], name=["Anna Kivela"],
                      phone=said(C, 5)),
    expect("booked", ap(C, 5, "Anna Kivela", f"{CTUE2}T10:00", ORTH, KORP, 30)),
    asked=True,
    note="Dr. Korpela is off on Fridays: said so; next Tuesday at 10 with her")
add("chi-06", C, 6, p(["I need an adjustment with the same chiropractor as last time, "
                       "Wednesday at 11."]),
    expect("booked", ap(C, 6, "Peter Salo", f"{CWED}T11:00", ADJ, KORP, 15)),
    existing=[ex("2027-06-15T10:30", 15, KORP, ADJ, "Peter Salo", num(C, 6))],
    asked=True,
    note="'the same chiropractor as last time' from a known caller: Dr. Korpela (Dr. "
         "Lindqvist is free and first)")

# ======================= Whitehorse tutoring (30-minute grid) ===========================
NADIA, MARCUS, CLAIRE = "Nadia Okoye", "Marcus Chen", "Claire Dubois"
MATH, READ, FREN, EXAM, PLACE = ("Math tutoring", "Reading and writing", "French tutoring",
                                 "Exam prep", "Placement assessment")
# Said on Monday the 12th: Tuesday 13, Wednesday 14 (Claire away), Thursday 15, Friday 16
# (closed), Saturday 17.
TTUE, TTHU, TSAT = "2027-04-13", "2027-04-15", "2027-04-17"

add("tut-01", T, 1, p(["My son's really struggling with algebra. Could he get some help "
                       "tomorrow at 4?"],
                      name=["Ethan Schultz"], phone=said(T, 1)),
    expect("booked", ap(T, 1, "Ethan Schultz", f"{TTUE}T16:00", MATH, NADIA, 60)),
    note="'help with algebra' is math tutoring; the son's name asked; Nadia first")
add("tut-02", T, 2, p(["French tutoring for my daughter on Wednesday at 4, please."],
                      time=["Tuesday at 4 then."], name=["Zoe Arsenault"],
                      phone=said(T, 2)),
    expect("booked", ap(T, 2, "Zoe Arsenault", f"{TTUE}T16:00", FREN, CLAIRE, 60)),
    note="Claire, the only French tutor, is away on the 14th: said so; Tuesday at 4")
add("tut-03", T, 3, p(["Could Nadia help me with provincial exam prep Thursday at 5?"],
                      name=["Owen Jacobs"], phone=said(T, 3)),
    expect("booked", ap(T, 3, "Owen Jacobs", f"{TTHU}T17:00", EXAM, MARCUS, 90)),
    asked=True,
    note="only Marcus does exam prep: said so, Nadia dropped")
add("tut-04", T, 4, p(["Can I book reading help for Friday at 2?"],
                      time=["Saturday at 10 then."], name=["Lily Charlie"],
                      phone=said(T, 4)),
    expect("booked", ap(T, 4, "Lily Charlie", f"{TSAT}T10:00", READ, CLAIRE, 45)),
    note="Friday the 16th is closed: said so; Saturday at 10 (Nadia off Saturdays, "
         "Claire)")
add("tut-05", T, 5, p(["How much is the placement test?",
                       "Sure, let's do Thursday at 1."],
                      name=["Grace Tizya"], phone=said(T, 5)),
    expect("booked", ap(T, 5, "Grace Tizya", f"{TTHU}T13:00", PLACE, NADIA, 30),
           say=["$25"], not_say=[SORRY]),
    note="a price, then the assessment with anyone: Nadia first")

# ======================= St. John's massage and acupuncture (15-minute grid) ============
KELLY, SEAN, LIN = "Kelly Power", "Sean Walsh", "Lin Zhao"
M60, M90, ACU = "60-minute massage", "90-minute massage", "Acupuncture"

add("mas-01", A, 1, p(["Can I book a one-hour massage Friday at 10?"],
                      time=["1 o'clock then."], name=["Sheila Kavanagh"],
                      phone=said(A, 1)),
    expect("booked", ap(A, 1, "Sheila Kavanagh", f"2027-03-05T13:00", M60, SEAN, 60)),
    note="Kelly is away that Friday and Sean works afternoons: not free at 10; 1 with Sean")
add("mas-02", A, 2, p(["Can Kelly do acupuncture on Tuesday at 10?"],
                      name=["Bernard Hickey"], phone=said(A, 2)),
    expect("booked", ap(A, 2, "Bernard Hickey", "2027-03-02T10:00", ACU, LIN, 45)),
    asked=True,
    note="only Lin does acupuncture: said so, Kelly dropped")
add("mas-03", A, 3, p(["What's the difference between the 60 and the 90 minute massage?",
                       "I'll take the 90 then, Wednesday at 2."],
                      name=["Colleen Fitzgerald"], phone=said(A, 3)),
    expect("booked", ap(A, 3, "Colleen Fitzgerald", "2027-03-03T14:00", M90, KELLY, 90),
           say=["$95", "$135"], not_say=[SORRY]),
    note="round 24's decision: each one's length and price; Kelly first")

# ======================= Kelowna imaging (15-minute grid) ===============================
add("img-01", I, 1, p(["I've got a requisition for an abdominal ultrasound. Do I have to "
                       "do anything to prepare? And could I come in tomorrow at 9?"],
                      name=["Darlene Sutherland"], phone=said(I, 1)),
    expect("booked", ap(I, 1, "Darlene Sutherland", "2027-05-21T09:00", "Ultrasound",
                        "Room 1", 30),
           say=["eight hours"], not_say=[SORRY]),
    note="the preparation topic asked in passing; Room 1")
add("img-02", I, 2, p(["I need an x-ray Monday morning."],
                      time=["Tuesday at 8:30 then."], name=["Gordon Pratt"],
                      phone=said(I, 2)),
    expect("booked", ap(I, 2, "Gordon Pratt", "2027-05-25T08:30", "X-ray", "Room 1", 15)),
    note="Monday the 24th is Victoria Day, closed: said so; Tuesday at 8:30")

# ======================= Toronto tire shop (30-minute grid) =============================
add("gar-01", GR, 1, p(["I need my winter tires put on. Can I bring the car in Saturday at "
                        "9?"],
                       name=["Vince Russo"], phone=said(GR, 1)),
    expect("booked", ap(GR, 1, "Vince Russo", "2027-01-16T09:00", "Tire swap", "Bay 2",
                        60)),
    note="'winter tires put on' is the tire swap; Bay 1 is shut on Saturdays")
add("gar-02", GR, 2, p(["Safety inspection Friday at 10, please."],
                       time=["Monday at 10 then."], name=["Linda Costa"],
                       phone=said(GR, 2)),
    expect("booked", ap(GR, 2, "Linda Costa", "2027-01-18T10:00", "Safety inspection",
                        "Bay 2", 90)),
    note="Bay 2, the only one with the lift, is shut on the 15th: not free; Monday at 10")
add("gar-03", GR, 3, p(["Oil change tomorrow at 2."], name=["Sam Patel"],
                       phone=said(GR, 3),
                       confirm=["Oh wait, could you do the tire swap instead, same time?",
                                "yes"]),
    expect("booked", ap(GR, 3, "Sam Patel", "2027-01-14T14:00", "Tire swap", "Bay 1",
                        60)),
    note="the service changed at the read-back; read back again")

# ======================= Variants, written after the blind run's fixes ==================
add("gro-21v", G, 21, p(["Hi, my shih tzu really needs to get groomed, do you have Wednesday "
                         "at 9?"],
                        name=["Nancy Broomfield"], phone=said(G, 21)),
    expect("booked", ap(G, 21, "Nancy Broomfield", f"{GWED}T09:00", FULL, ASH, 120)),
    note="after the blind run: 'get groomed' says 'grooming' (gro-01)")
add("gro-22v", G, 22, p(["Could Ashley give Max a bath on Saturday?"],
                        time=["Friday at 9 then."], name=["Cyril Lethbridge"],
                        phone=said(G, 22)),
    expect("booked", ap(G, 22, "Cyril Lethbridge", f"{GFRI}T09:00", BATH, ASH, 60)),
    asked=True,
    note="after the blind run: 'could Ashley give ...' asks for her (gro-06); she is off "
         "Saturdays")
add("nai-21v", N, 21, p(["Do you have time for a shellac manicure Saturday at 3?"],
                        name=["Priya Mann"], phone=said(N, 21)),
    expect("booked", ap(N, 21, "Priya Mann", f"{NSAT}T15:00", GEL, LINH, 45)),
    note="after the blind run: 'shellac manicure' is the gel manicure (nai-04)")
add("nai-22v", N, 22, p(["I'd like to book a polish change for my daughter Sunday at 1, "
                         "she's twelve."],
                        name=["Her name's Mia Chen."], phone=said(N, 22)),
    expect("booked", ap(N, 22, "Mia Chen", f"{NSUN}T13:00", "Polish change", KIM, 15)),
    note="after the blind run: 'she's twelve' is her age, not a time (nai-06)")
add("mus-21v", M, 21, p(["How is a guitar lesson different from the voice one?",
                         "Guitar then, Wednesday at 3:30."],
                        name=["Mark Sampson"], phone=said(M, 21)),
    expect("booked", ap(M, 21, "Mark Sampson", f"{MWED}T15:30", GUIT, OWEN, 45),
           say=["$45", "$60"]),
    note="after the blind run: the difference with 'the voice one' (mus-03)")
add("mus-22v", M, 22, p(["Do you teach saxophone?", "Ah, too bad. Bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="after the blind run: 'do you teach X' for a lesson not sold (mus-02)")
add("mus-23v", M, 23, p(["Is the first lesson free?", "Perfect, Wednesday at noon then."],
                        name=["Janet Oickle"], phone=said(M, 23)),
    expect("booked", ap(M, 23, "Janet Oickle", f"{MWED}T12:00", TRIAL, MAR, 30),
           say=["free"]),
    note="after the blind run: 'is X free?' asks the price (mus-04)")
add("mus-24v", M, 24, p(["Piano lesson with Owen Tuesday at 4."], name=["Ruth Levy"],
                        phone=said(M, 24),
                        confirm=["Hmm, can we change to Margaret?", "yes"]),
    expect("booked", ap(M, 24, "Ruth Levy", f"{MTUE}T16:00", PIANO, MAR, 30)),
    asked=True,
    note="after the blind run: 'change to Margaret' at the read-back (mus-09)")
add("dri-21v", D, 21, p(["A manoeuvres session Friday at 1, please."],
                        name=["Wait, could we do the highway one instead?", "Nina Park"],
                        phone=said(D, 21)),
    expect("booked", ap(D, 21, "Nina Park", f"{DFRI}T13:00", EXT, GORD, 90)),
    note="after the blind run: 'the highway one instead' keeps 1 o'clock ('one' is no "
         "time, dri-06); Gord back from lunch, Marie away")
add("mas-21v", A, 21, p(["How do the 30 and the 60 minute massages differ?",
                         "Okay, the half-hour massage Wednesday at 10 then."],
                        name=["Gerard Power"], phone=said(A, 21)),
    expect("booked", ap(A, 21, "Gerard Power", "2027-03-03T10:00", "30-minute massage",
                        KELLY, 30),
           say=["$60", "$95"]),
    note="after the blind run: the difference with 'the 30 and the 60 minute' (mas-03)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    OUT = os.path.join(HERE, "services25_calls.jsonl")
    print(write_business_probe(OUT, lines), "cases")
