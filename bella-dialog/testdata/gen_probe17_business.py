#!/usr/bin/env python3
"""Writes probe17_business.jsonl: service, staff, FAQ, known-caller and reminder calls
(SPEC §3, §3.1, §3.2; docs/services.md) against three businesses Bella had never seen:

- `businesses/dental_saskatoon.toml`: a Saskatoon dental office (America/Regina, no
  daylight time) on a 10-minute grid, open until 8 on Tuesday and Thursday evenings,
  closed on Victoria Day; one dentist with a lunch hour, off on Thursdays, and two
  hygienists with their own days; services only the dentist or only the hygienists do;
- `businesses/barber_moncton.toml`: a Moncton barbershop (America/Moncton) on a
  15-minute grid with short services (15 and 20 minutes), open Sunday 11 to 3, closed
  Mondays; a shave only Ray does (off on Sundays, lunch on weekdays), a barber away
  on one Saturday;
- `businesses/tire_yellowknife.toml`: a Yellowknife tire shop (America/Yellowknife,
  Mountain time) in its spring changeover hours, bays as resources (two general bays,
  one shut on Saturdays, and an alignment bay down one day), the crew's lunch, closed
  on Victoria Day.

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle, and a booking for which the
caller asks for nobody is checked to go to the first free resource in the file's order
(docs/services.md: "the engine books the first free resource in file order").

Expectations beyond what the SPEC spells out say so in their note (FAQ answers and
`say_contains` are the call-file runner's checks, not score.py's; "the same hygienist
as last time"; a service nobody offers that day; a reminder moved by a length).

Run: python3 bella-dialog/testdata/gen_probe17_business.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

DENTAL, BARBER, TIRE = ("businesses/dental_saskatoon.toml", "businesses/barber_moncton.toml",
                        "businesses/tire_yellowknife.toml")
TZ = {DENTAL: "America/Regina", BARBER: "America/Moncton", TIRE: "America/Yellowknife"}
# Thursday 2027-05-20 at 8 in the morning; Monday 2027-05-24 is Victoria Day.
NOW = {DENTAL: "2027-05-20T08:00", BARBER: "2027-05-20T08:00", TIRE: "2027-05-20T08:00"}
AREA = {DENTAL: "306", BARBER: "506", TIRE: "867"}
LANGS = {DENTAL: ["en-CA"], BARBER: ["en-CA"], TIRE: ["en-CA"]}
KIND = "probe17_business"

TODAY, FRI, SAT, SUN, MON = "2027-05-20", "2027-05-21", "2027-05-22", "2027-05-23", "2027-05-24"
TUE, WED, THU = "2027-05-25", "2027-05-26", "2027-05-27"

R = BusinessRound("p17", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed


# ======================= dental office (Saskatoon; 10-minute grid) =======================
SHARMA, MEGAN, JORDAN = "Dr. Anika Sharma", "Megan Kowalchuk", "Jordan Rempel"
EXAM, CLEAN, KIDS, FILL, EMERG, WHITE = ("Dental exam", "Cleaning", "Kids' cleaning",
                                         "Filling", "Emergency visit", "Whitening")
D = DENTAL

add("den-01", D, 1, p(["Hi, I need my teeth cleaned, do you have anything Monday at 10?"],
                      time=["yes"], name=["Leah Dueck"], phone=said(D, 1)),
    expect("booked", ap(D, 1, "Leah Dueck", f"{TUE}T12:00", CLEAN, JORDAN, 60)),
    note="Monday is Victoria Day (closed): said closed, the next open day's first free "
         "start; Tuesday Megan is off and Jordan starts at noon; taken with a yes")
add("den-02", D, 2, p(["How much is a filling? I think I have a cavity.",
                       "Okay, can I book one for Wednesday at 9?"],
                      name=["Brent Friesen"], phone=said(D, 2)),
    expect("booked", ap(D, 2, "Brent Friesen", f"{WED}T09:00", FILL, SHARMA, 50),
           say=["$170"]),
    note="a price question first (the service kept), then the booking by 'one'")
add("den-03", D, 3, p(["How long does teeth whitening take?",
                       "Great, can I book it for Tuesday at 6 p.m.?"],
                      name=["Kendra Olson"], phone=said(D, 3)),
    expect("booked", ap(D, 3, "Kendra Olson", f"{TUE}T18:00", WHITE, SHARMA, 90)),
    note="a length question first, then an evening booking: 90 minutes from 6 end at "
         "7:30, before the 8 o'clock Tuesday closing")
add("den-04", D, 4, p(["Could I book a cleaning with Jordan on Thursday at 2?"],
                      name=["Tanya Bzdel"], phone=said(D, 4)),
    expect("booked", ap(D, 4, "Tanya Bzdel", f"{THU}T14:00", CLEAN, JORDAN, 60)),
    asked=True,
    note="a hygienist asked for by first name (Megan is free at 2 too and first in the "
         "file)")
add("den-05", D, 5, p(["I need a cleaning Thursday at 3, anyone is fine"],
                      name=["Curtis Wiebe"], phone=said(D, 5)),
    expect("booked", ap(D, 5, "Curtis Wiebe", f"{THU}T15:00", CLEAN, JORDAN, 60)),
    existing=[ex(f"{THU}T15:00", 60, MEGAN, CLEAN)],
    note="'anyone is fine': Megan is busy at 3, Jordan's hour ends at his 4 o'clock")
add("den-06", D, 6, p(["Can I get a cleaning with Dr. Sharma on Wednesday at 10?"],
                      name=["Ivan Hnatiuk"], phone=said(D, 6)),
    expect("booked", ap(D, 6, "Ivan Hnatiuk", f"{WED}T10:00", CLEAN, MEGAN, 60)),
    asked=True,
    note="the dentist does not do cleanings: said so and dropped; Megan takes it")
add("den-07", D, 7, p(["I'd like teeth whitening Friday at 1"], time=["12:30 then"],
                      name=["Shauna Pelletier"], phone=said(D, 7)),
    expect("booked", ap(D, 7, "Shauna Pelletier", f"{FRI}T12:30", WHITE, SHARMA, 90)),
    note="90 minutes from 1 run past the 2 o'clock Friday closing; 12:30 ends at 2")
add("den-08", D, 8, p(["Can I come in for a filling Wednesday at 11:30?"],
                      time=["11:10 then"], name=["Mark Ratzlaff"], phone=said(D, 8)),
    expect("booked", ap(D, 8, "Mark Ratzlaff", f"{WED}T11:10", FILL, SHARMA, 50)),
    note="50 minutes from 11:30 run into the dentist's lunch; 11:10 ends at noon, on the "
         "10-minute grid")
add("den-09", D, 9, p(["Hi, can I get the same hygienist as last time for a cleaning, "
                       "Thursday at 2?"]),
    expect("booked", ap(D, 9, "Priya Deshpande", f"{THU}T14:00", CLEAN, JORDAN, 60)),
    existing=[ex("2027-04-15T14:00", 60, JORDAN, CLEAN, "Priya Deshpande", num(D, 9))],
    asked=True,
    note="beyond the SPEC: a known caller's 'same hygienist as last time' is the person "
         "of their latest appointment that has started (Megan is free and first); "
         "'Is this for you, Priya?' answered yes")
add("den-10", D, 10, p(["Hi, do you direct bill insurance?",
                        "Great, I'd like to book a checkup for Tuesday at 2."],
                       name=["Greg Yuzik"], phone=said(D, 10)),
    expect("booked", ap(D, 10, "Greg Yuzik", f"{TUE}T14:00", EXAM, SHARMA, 20),
           say=["Blue Cross"]),
    note="an FAQ topic of the business's own (insurance) first, then a checkup (a listed "
         "phrase of the exam)")
add("den-11", D, 11, p(["Do you do braces?", "Oh okay, never mind then, thanks."]),
    expect("no_booking", no_appt=True, say=["whitening"]),
    note="a service the office does not sell: the services are listed; the caller gives "
         "up")
add("den-12", D, 12, p(["Hi, I need to cancel my cleaning next week."]),
    expect("cancelled", ap(D, 12, "Nadine Sawatzky", f"{THU}T09:00", CLEAN, JORDAN, 60)),
    existing=[ex(f"{TUE}T14:00", 20, SHARMA, EXAM, "Nadine Sawatzky", num(D, 12)),
              ex(f"{THU}T09:00", 60, JORDAN, CLEAN, "Nadine Sawatzky", num(D, 12))],
    note="a known caller with two appointments cancels the one of the service named "
         "(the later one)")
add("den-13", D, 13, p(["Can I move my filling to Friday at 10?"]),
    expect("rescheduled", ap(D, 13, "Owen Kuzyk", f"{FRI}T10:00", FILL, SHARMA, 50)),
    existing=[ex(f"{WED}T09:00", 50, SHARMA, FILL, "Owen Kuzyk", num(D, 13))],
    note="a known caller moves a dentist's appointment; it keeps its length and person")
add("den-14", D, 14, p(["I'd like to book a kids cleaning for my daughter Thursday at 4:30"],
                       name=["Amber Lepage"], phone=said(D, 14)),
    expect("booked", ap(D, 14, "Amber Lepage", f"{THU}T16:30", KIDS, MEGAN, 40)),
    note="'kids cleaning' is the kids' cleaning, not the cleaning its words hold; Jordan "
         "leaves at 4, Megan works the evening")
add("den-15", D, 15, p(["I've got a really bad toothache, can I get in today?"],
                       time=["yes"], name=["Ryan Gossen"], phone=said(D, 15)),
    expect("booked", ap(D, 15, "Ryan Gossen", f"{FRI}T08:00", EMERG, SHARMA, 30)),
    note="beyond the SPEC: the dentist is off on Thursdays (the office is open with a "
         "hygienist): said so, the nearest day's first free start offered (Friday 8), "
         "taken with a yes")
add("den-16", D, 16, p(["Can I book a cleaning Tuesday at 7 in the evening?"],
                       name=["Janelle Kish"], phone=said(D, 16)),
    expect("booked", ap(D, 16, "Janelle Kish", f"{TUE}T19:00", CLEAN, JORDAN, 60)),
    note="'7 in the evening' is 19:00; an hour ends at the 8 o'clock closing (Megan is "
         "off Tuesdays)")
add("den-17", D, 17, p(["I'd like a checkup Friday at 11"],
                       name=["Is there parking?", "Sure, it's Colleen Fehr"],
                       phone=said(D, 17)),
    expect("booked", ap(D, 17, "Colleen Fehr", f"{FRI}T11:00", EXAM, SHARMA, 20),
           say=["behind the building"]),
    note="an FAQ asked when the name is asked; the name then")

# ======================= barbershop (Moncton; 15-minute grid) ============================
RAY, CHANTAL, DEVON = "Ray Boudreau", "Chantal Cormier", "Devon Allain"
CUT, BUZZ, BEARD, KCUT, FADE, SHAVE = ("Haircut", "Buzz cut", "Beard trim", "Kids' cut",
                                       "Skin fade", "Hot towel shave")
B = BARBER

add("bar-01", B, 1, p(["Can I get a quick buzz Saturday at 10?"], name=["Luc Gaudet"],
                      phone=said(B, 1)),
    expect("booked", ap(B, 1, "Luc Gaudet", f"{SAT}T10:00", BUZZ, RAY, 15)),
    note="the buzz cut by a listed phrase ('buzz'); Ray is first and free")
add("bar-02", B, 2, p(["Haircut Sunday at 1, anyone is fine"], name=["Pierre Melanson"],
                      phone=said(B, 2)),
    expect("booked", ap(B, 2, "Pierre Melanson", f"{SUN}T13:00", CUT, CHANTAL, 30)),
    note="a Sunday: Ray is off, Chantal is first of the two who work")
add("bar-03", B, 3, p(["Can Chantal give me a hot towel shave Saturday at 11?"],
                      name=["Eric Bourque"], phone=said(B, 3)),
    expect("booked", ap(B, 3, "Eric Bourque", f"{SAT}T11:00", SHAVE, RAY, 45)),
    asked=True,
    note="a barber who does not do the shave (only Ray does): said so and dropped")
add("bar-04", B, 4, p(["A hot towel shave on Sunday at noon?"],
                      time=["Saturday at noon then"], name=["Gilles Arsenault"],
                      phone=said(B, 4)),
    expect("booked", ap(B, 4, "Gilles Arsenault", f"{SAT}T12:00", SHAVE, RAY, 45)),
    note="the shave's only barber is off on Sundays; the caller takes Saturday")
add("bar-05", B, 5, p(["How much for a skin fade?", "Okay, can I book one Friday at 4:30?"],
                      name=["Jamal Wright"], phone=said(B, 5)),
    expect("booked", ap(B, 5, "Jamal Wright", f"{FRI}T16:30", FADE, RAY, 45),
           say=["$38"]),
    note="a price question first, then the booking by 'one'")
add("bar-06", B, 6, p(["Could I get a fade with Devon on Thursday at 5?"],
                      name=["Tyler Hebert"], phone=said(B, 6)),
    expect("booked", ap(B, 6, "Tyler Hebert", f"{THU}T17:00", FADE, DEVON, 45)),
    asked=True,
    note="a barber asked for by first name (Ray is free and first)")
add("bar-07", B, 7, p(["Skin fade Sunday at 2:30"], time=["2:15 then"],
                      name=["Nick LeBlanc"], phone=said(B, 7)),
    expect("booked", ap(B, 7, "Nick LeBlanc", f"{SUN}T14:15", FADE, CHANTAL, 45)),
    note="45 minutes from 2:30 run past the 3 o'clock Sunday closing; 2:15 ends at 3")
add("bar-08", B, 8, p(["Haircut with Ray Wednesday at 12:45"], time=["1:30 then"],
                      name=["Sam Doiron"], phone=said(B, 8)),
    expect("booked", ap(B, 8, "Sam Doiron", f"{WED}T13:30", CUT, RAY, 30)),
    asked=True,
    note="half an hour from 12:45 runs into Ray's lunch (1 to 1:30); 1:30 is when it "
         "ends")
add("bar-09", B, 9, p(["Can I get a haircut with the same barber as last time, Saturday "
                       "at 9?"]),
    expect("booked", ap(B, 9, "Marc Gallant", f"{SAT}T09:00", CUT, CHANTAL, 30)),
    existing=[ex("2027-05-08T10:00", 30, CHANTAL, CUT, "Marc Gallant", num(B, 9))],
    asked=True,
    note="beyond the SPEC: a known caller's 'same barber as last time' is the person of "
         "their latest appointment that has started (Ray is free and first)")
add("bar-10", B, 10, p(["Do you take walk-ins?", "Okay, I'd rather book. A haircut Friday "
                        "at 10."], name=["Kevin Robichaud"], phone=said(B, 10)),
    expect("booked", ap(B, 10, "Kevin Robichaud", f"{FRI}T10:00", CUT, RAY, 30),
           say=["booked clients go first"]),
    note="the walk-in question is answered (never a booking), then a booking")
add("bar-11", B, 11, p(["Do you do perms?", "Okay, just a regular cut then, Wednesday at 3."],
                       name=["Andre Landry"], phone=said(B, 11)),
    expect("booked", ap(B, 11, "Andre Landry", f"{WED}T15:00", CUT, RAY, 30),
           say=["skin fade"]),
    note="a service the shop does not sell: the services are listed; the caller books "
         "another by a listed phrase")
add("bar-12", B, 12, p(["My son needs a kids cut Sunday at 11:15"], name=["Julie Poirier"],
                       phone=said(B, 12)),
    expect("booked", ap(B, 12, "Julie Poirier", f"{SUN}T11:15", KCUT, CHANTAL, 20)),
    note="a 20-minute service on the 15-minute grid, Sunday")
add("bar-13", B, 13, p(["Hi, I need to cancel my beard trim on Saturday."]),
    expect("cancelled", ap(B, 13, "Rene Gallant", f"{SAT}T10:30", BEARD, RAY, 15)),
    existing=[ex(f"{SAT}T10:00", 30, RAY, CUT, "Rene Gallant", num(B, 13)),
              ex(f"{SAT}T10:30", 15, RAY, BEARD, "Rene Gallant", num(B, 13))],
    note="a known caller with two appointments that morning cancels the one of the "
         "service named")
add("bar-14", B, 14, p(["Can I move my haircut with Chantal to Sunday at 12?"]),
    expect("rescheduled", ap(B, 14, "Josh Cormier", f"{SUN}T12:00", CUT, CHANTAL, 30)),
    existing=[ex(f"{SAT}T14:00", 30, CHANTAL, CUT, "Josh Cormier", num(B, 14))],
    note="a known caller moves a staffed booking; it keeps its barber")
add("bar-15", B, 15, p(["Can Devon do a buzz cut Saturday at 10?"],
                       time=["Sunday at 11 then"], name=["Owen Daigle"], phone=said(B, 15)),
    expect("booked", ap(B, 15, "Owen Daigle", f"{SUN}T11:00", BUZZ, DEVON, 15)),
    asked=True,
    note="Devon is away on that Saturday (his own closed date); the caller takes Sunday, "
         "still with Devon (Chantal is free and first)")
add("bar-16", B, 16, p(["Could I squeeze in a beard trim tonight at 6:45?"],
                       name=["Chris Leger"], phone=said(B, 16)),
    expect("booked", ap(B, 16, "Chris Leger", f"{TODAY}T18:45", BEARD, RAY, 15)),
    note="'tonight at 6:45' is today at 18:45; 15 minutes end at the 7 o'clock Thursday "
         "closing")

# ======================= tire shop (Yellowknife; 30-minute grid) =========================
BAY1, BAY2, ALIGN = "Bay 1", "Bay 2", "Alignment bay"
SWAP, FLAT, ROT, NEW, WHEEL = ("Tire changeover", "Flat repair", "Tire rotation",
                               "New tire install", "Wheel alignment")
T = TIRE

add("tir-01", T, 1, p(["Hi, I need my summer tires put on, Friday at 9?"],
                      name=["Dale Lafferty"], phone=said(T, 1)),
    expect("booked", ap(T, 1, "Dale Lafferty", f"{FRI}T09:00", SWAP, BAY1, 45)),
    note="the changeover by a listed phrase ('summer tires'); a 45-minute service on the "
         "half-hour grid")
add("tir-02", T, 2, p(["Can I bring my truck in on the 24th for a tire swap?"], time=["yes"],
                      name=["Wendy Beaulieu"], phone=said(T, 2)),
    expect("booked", ap(T, 2, "Wendy Beaulieu", f"{TUE}T07:30", SWAP, BAY1, 45)),
    note="the 24th is Victoria Day (closed): said closed, the next open day's first free "
         "start, 7:30")
add("tir-03", T, 3, p(["I need a tire rotation Friday at noon"], time=["12:30 then"],
                      name=["Hank Sangris"], phone=said(T, 3)),
    expect("booked", ap(T, 3, "Hank Sangris", f"{FRI}T12:30", ROT, BAY1, 30)),
    note="noon is the crew's lunch; 12:30 is when it ends")
add("tir-04", T, 4, p(["I need new tires installed Saturday at 3:30"], time=["3 o'clock then"],
                      name=["Gail Zoe"], phone=said(T, 4)),
    expect("booked", ap(T, 4, "Gail Zoe", f"{SAT}T15:00", NEW, BAY1, 60)),
    note="an hour from 3:30 runs past the 4 o'clock Saturday closing; 3 ends at 4")
add("tir-05", T, 5, p(["I need a wheel alignment Wednesday at 10"], time=["Tuesday at 10 then"],
                      name=["Norm Drygeese"], phone=said(T, 5)),
    expect("booked", ap(T, 5, "Norm Drygeese", f"{TUE}T10:00", WHEEL, ALIGN, 60)),
    note="the only bay that does alignments is down that Wednesday (its own closed date; "
         "the shop is open); the caller takes Tuesday")
add("tir-06", T, 6, p(["How much is an alignment? My car's pulling to one side.",
                       "Okay, let's book it, Thursday at 8."],
                      name=["Bev Crapeau"], phone=said(T, 6)),
    expect("booked", ap(T, 6, "Bev Crapeau", f"{THU}T08:00", WHEEL, ALIGN, 60),
           say=["$130"]),
    note="a price question first (the service kept), then the booking by 'it'")
add("tir-07", T, 7, p(["How long does a tire changeover take?",
                       "Alright, book me in for Saturday at 8:30 then."],
                      name=["Ray Catholique"], phone=said(T, 7)),
    expect("booked", ap(T, 7, "Ray Catholique", f"{SAT}T08:30", SWAP, BAY1, 45),
           say=["45 minutes"]),
    note="a length question first, then the booking")
add("tir-08", T, 8, p(["Got a flat tire, can you fix it Friday at 2? Any bay is fine."],
                      name=["Joe Martselos"], phone=said(T, 8)),
    expect("booked", ap(T, 8, "Joe Martselos", f"{FRI}T14:00", FLAT, BAY2, 30)),
    existing=[ex(f"{FRI}T14:00", 60, BAY1, NEW)],
    note="Bay 1 is busy at 2; Bay 2 takes it")
add("tir-09", T, 9, p(["Can I get a changeover Tuesday at 8?"], time=["9 o'clock then"],
                      name=["Lisa Liske"], phone=said(T, 9)),
    expect("booked", ap(T, 9, "Lisa Liske", f"{TUE}T09:00", SWAP, BAY1, 45)),
    existing=[ex(f"{TUE}T08:00", 60, BAY1, NEW), ex(f"{TUE}T08:00", 60, BAY2, NEW)],
    note="both bays busy 8 to 9: refused with the nearest free starts; the caller takes 9")
add("tir-10", T, 10, p(["Do you guys do tire storage?",
                        "Great. I need a changeover Saturday morning."],
                       time=["yes"], name=["Moira Beck"], phone=said(T, 10)),
    expect("booked", ap(T, 10, "Moira Beck", f"{SAT}T08:00", SWAP, BAY1, 45),
           say=["$80 a season"]),
    note="an FAQ topic of the shop's own first; Saturday morning's earliest start taken "
         "with a yes (Bay 2 is shut on Saturdays)")
add("tir-11", T, 11, p(["Do you do oil changes?", "Okay, never mind, I'll call a garage."]),
    expect("no_booking", no_appt=True, say=["tire changeover"]),
    note="a service the shop does not sell: the services are listed; the caller gives up")
add("tir-12", T, 12, p(["Hi, I need a tire rotation for my wife's car, Friday at 3."],
                       name=["Linda Mercredi"], phone=said(T, 12)),
    expect("booked", ap(T, 12, "Linda Mercredi", f"{FRI}T15:00", ROT, BAY1, 30),
           not_say=["Is this for you"]),
    existing=[ex("2026-10-14T10:00", 45, BAY1, SWAP, "Dale Mercredi", num(T, 12))],
    note="a known caller books for someone else, said in the opening ('my wife's car'): "
         "whose name it is is asked, never 'Is this for you, Dale?' (rewritten in round "
         "18, task pb18: the persona answered that question with 'No, it's for my wife.')")
add("tir-13", T, 13, p(["Hi, I have to cancel my tire swap."]),
    expect("cancelled", ap(T, 13, "Fred Sangris", f"{FRI}T10:00", SWAP, BAY2, 45)),
    existing=[ex(f"{FRI}T10:00", 45, BAY2, SWAP, "Fred Sangris", num(T, 13))],
    note="a known caller cancels a booking on the second bay by a listed phrase")
add("tir-14", T, 14, p(["Can I push my alignment to Saturday at 9?"]),
    expect("rescheduled", ap(T, 14, "Ann Tsetta", f"{SAT}T09:00", WHEEL, ALIGN, 60)),
    existing=[ex(f"{FRI}T13:00", 60, ALIGN, WHEEL, "Ann Tsetta", num(T, 14))],
    note="a known caller moves an alignment; it keeps its bay")
add("tir-15", T, 15, p(["Flat repair tomorrow at 7:30, please"], name=["Sid Kenny"],
                       phone=said(T, 15)),
    expect("booked", ap(T, 15, "Sid Kenny", f"{FRI}T07:30", FLAT, BAY1, 30)),
    note="'7:30' is morning (SPEC §2: 7 to 11 are morning), the shop's opening")


# ======================= reminders ========================================================
reminders_about = R.reminders_about


REM_D = appt("Carla Bergen", num(D, 60), f"{WED}T09:00", minutes=60, service=CLEAN,
             resource=MEGAN)
remd = reminders_about(D, f"{TUE}T10:00", REM_D)
remd("den-rem-01", p(confirm=()), "voicemail", say=["Bridge City"],
     not_say=["Carla", "Bergen"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remd("den-rem-02", p(confirm=["Yes, I'll be there."]), "confirmed", note="confirmed")
remd("den-rem-03", p(confirm=["Where do I park again?", "Okay, yes, I'll be there."]),
     "confirmed", say=["behind the building"], note="an FAQ at the reminder, then confirmed")
remd("den-rem-04", p(confirm=["Could I move it to Thursday evening?", "yes"],
                     time=["Thursday at 5"]), "rescheduled", start=f"{THU}T17:00",
     note="moved to Thursday at 5, the same hygienist (Megan works Thursday evenings)")
remd("den-rem-05", p(confirm=["No, I can't make it, please cancel.", "yes"]), "cancelled",
     note="cancelled on a yes")

REM_B = appt("Yves Thibodeau", num(B, 60), f"{SAT}T10:00", minutes=30, service=CUT,
             resource=RAY)
remb = reminders_about(B, f"{FRI}T10:00", REM_B)
remb("bar-rem-01", p(confirm=()), "voicemail", say=["Main Street"],
     not_say=["Yves", "Thibodeau"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remb("bar-rem-02", p(confirm=["How much is it again?", "ok, yes, I'll be there"]),
     "confirmed", say=["$30"], note="a price question at the reminder, then confirmed")
remb("bar-rem-03", p(confirm=["Can we push it back half an hour?", "yes"]), "rescheduled",
     start=f"{SAT}T10:30",
     note="beyond the SPEC's time forms: half an hour later the same day, same barber")
remb("bar-rem-04", p(confirm=["Can I talk to someone at the shop?"]), "transferred",
     note="asks for a person")

REM_T = appt("Agnes Betsina", num(T, 60), f"{TUE}T08:00", minutes=45, service=SWAP,
             resource=BAY1)
remt = reminders_about(T, f"{FRI}T16:00", REM_T)
remt("tir-rem-01", p(confirm=["Yep, see you then."]), "confirmed", note="confirmed")
remt("tir-rem-02", p(confirm=["Could I come an hour later?", "yes"]), "rescheduled",
     start=f"{TUE}T09:00",
     note="beyond the SPEC's time forms: an hour later the same day, the same bay")
remt("tir-rem-03", p(confirm=["Cancel it, I got them done already.", "yes"]), "cancelled",
     note="cancelled with a reason, on a yes")


# ---------------- added after the blind run (variants of the fixes) ---------------------
add("tir-14v", T, 41, p(["Could I bump my rotation to Saturday at 10?"]),
    expect("rescheduled", ap(T, 41, "Doug Tsetso", f"{SAT}T10:00", ROT, BAY1, 30)),
    existing=[ex(f"{FRI}T15:00", 30, BAY1, ROT, "Doug Tsetso", num(T, 41))],
    note="after the blind run: 'bump my <service> to ...' is a move (tir-14's 'push my "
         "alignment'), never a new booking; it keeps its bay")
add("den-13v", D, 41, p(["Hi, I need to shift my cleaning to Thursday at 5."]),
    expect("rescheduled", ap(D, 41, "Erin Loewen", f"{THU}T17:00", CLEAN, MEGAN, 60)),
    existing=[ex(f"{WED}T09:00", 60, MEGAN, CLEAN, "Erin Loewen", num(D, 41))],
    note="after the blind run: 'shift my cleaning to ...' is a move; it keeps its "
         "hygienist")
add("bar-14v", B, 41, p(["Can I push my beard trim with Devon to Sunday at 11:30?"]),
    expect("rescheduled", ap(B, 41, "Luc Cormier", f"{SUN}T11:30", BEARD, DEVON, 15)),
    existing=[ex(f"{FRI}T10:00", 15, DEVON, BEARD, "Luc Cormier", num(B, 41))],
    note="after the blind run: 'push my beard trim with Devon to ...' is a move")
add("tir-10v", T, 42, p(["Do you do walk-ins?", "Okay, then I'll book a flat repair for "
                         "Friday at 11."], name=["Terry Lockhart"], phone=said(T, 42)),
    expect("booked", ap(T, 42, "Terry Lockhart", f"{FRI}T11:00", FLAT, BAY1, 30),
           say=["walk-ins for flat repairs"]),
    note="after the blind run: 'do you do <an FAQ topic>?' with several services is "
         "the topic's answer, not the list of services (tir-10's tire storage)")
add("den-10v", D, 42, p(["Do you guys do insurance billing?", "Perfect. A cleaning on "
                         "Monday the 31st at 9, please."], name=["Holly Nikkel"],
                        phone=said(D, 42)),
    expect("booked", ap(D, 42, "Holly Nikkel", "2027-05-31T09:00", CLEAN, MEGAN, 60),
           say=["Blue Cross"], not_say=["Visa"]),
    note="after the blind run: 'do you guys do insurance billing?' is the insurance "
         "topic (its own word), not the list of services, nor the payment topic (which "
         "hears 'insurance' only where no topic of that name is listed)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    print(write_business_probe(os.path.join(HERE, "probe17_business.jsonl"), lines), "cases")
