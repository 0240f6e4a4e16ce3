#!/usr/bin/env python3
"""Writes probe19_business.jsonl: service, staff, FAQ, known-caller and reminder calls
(SPEC §3, §3.1, §3.2; docs/services.md) against three businesses Bella had never seen:

- `businesses/salon_st_johns.toml`: a St. John's hair salon (America/St_Johns, half an
  hour off the other zones) on a 15-minute grid: colour services that run long (75,
  120 and 180 minutes), a stylist who starts at noon, one who does cuts only, staff
  breaks, a late-opening Wednesday, Remembrance Day and a renovation week closed;
- `businesses/driving_regina.toml`: a Regina driving school (America/Regina, no
  daylight time) on a 30-minute grid: lessons of 30, 60, 90 and 120 minutes,
  instructors with a lunch hour, afternoons only or a day off, one who teaches no
  road test prep and is away a day; FAQ topics of its own (pickup, learner's licence);
- `businesses/physio_iqaluit.toml`: an Iqaluit physiotherapy and massage clinic
  (America/Iqaluit) on a 15-minute grid: physio of 30 and 60 minutes, acupuncture of
  45 that one physiotherapist does, massages of 30, 60 and 90 minutes with the RMT
  only (off on Wednesdays), a Saturday, insurance and referral questions.

`now` is Wednesday 2027-11-03 at 8:30 local time in each zone; the clocks go back on
Sunday 2027-11-07 in St. John's and Iqaluit (not in Regina), so most bookings fall
after the change.

Besides services named by their phrases and by their length ("the 90-minute massage",
"an hour-long lesson", "the two-hour colour"), staff asked for by first name or
"whoever", a staff member's day off or away day, services that would run past closing
or into a break, "the same stylist as last time" from a known caller, FAQ questions at
the name question, a service not sold, moves and cancels of one of two appointments,
bookings for someone else, reminders confirmed, moved, cancelled and on voicemail.

Left out, the docs and SPEC being silent: two services in one call (docs/services.md
says a later service replaces the first; how to book both is not written), a minimum
notice before a booking (the config has no such field), and "a massage" said bare with
three massages on the list (docs: asks which; the persona's answer would be a guess).

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle, and a booking for which the
caller asks for nobody is checked to go to the first free resource in the file's order
(docs/services.md: "the engine books the first free resource in file order").

Expectations beyond what the SPEC spells out say so in their note (FAQ answers and
`say_contains` / `say_not_contains` are the call-file runner's checks, not score.py's).

Blind score (main 3b2df58, `bella simulate --jsonl --business` per file, then
`python3 ../shared/eval/score.py simulate`): 66/66 by score.py, 64/66 with the runner's
wording checks: drv-08 ("do you pick me up from home?" missed the `pickup` topic) and
drv-15 ("do you do motorcycle lessons?" heard "Yes, we offer Driving lesson", from its
phrase "lesson"). Seen in the transcripts too, no check failing: drv-16's price
question "how much is a 90-minute lesson?" was answered and then met with "Sorry, I
can help you book, change or cancel ..." (the digits of the length read as more to the
turn), and sal-03's "blowout can't be booked at 10 a.m." where Kayla, asked for, starts
at noon (the person is the reason).

After the fixes (the `pickup` topic said as "pick me up"; a one-word phrase after a word
no service holds is another thing; a length's digits no more to a question's turn; the
person asked for named when outside their own hours) and five variants (`v`): 71/71 by
score.py and with the wording checks (`cargo test -p bella-dialog --test call_files`).

Run: python3 bella-dialog/testdata/gen_probe19_business.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, appt, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

SALON, DRIVE, PHYSIO = ("businesses/salon_st_johns.toml", "businesses/driving_regina.toml",
                        "businesses/physio_iqaluit.toml")
TZ = {SALON: "America/St_Johns", DRIVE: "America/Regina", PHYSIO: "America/Iqaluit"}
# Wednesday 2027-11-03 at 8:30 in the morning; Thursday 2027-11-11 is Remembrance Day.
NOW = {SALON: "2027-11-03T08:30", DRIVE: "2027-11-03T08:30", PHYSIO: "2027-11-03T08:30"}
AREA = {SALON: "709", DRIVE: "306", PHYSIO: "867"}
LANGS = {SALON: ["en-CA"], DRIVE: ["en-CA"], PHYSIO: ["en-CA"]}
KIND = "probe19_business"

TODAY, THU, FRI, SAT = "2027-11-03", "2027-11-04", "2027-11-05", "2027-11-06"
# A weekday said on Wednesday the 3rd is the next one: "Monday" is 2027-11-08,
# "Wednesday" 2027-11-10; Thursday 2027-11-11 is closed everywhere.
MON, TUE, WED, HOLI, FRI2 = "2027-11-08", "2027-11-09", "2027-11-10", "2027-11-11", "2027-11-12"

R = BusinessRound("p19", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
NOT_FOR_YOU = "Is this for you"


# ======================= hair salon (St. John's; 15-minute grid) =========================
SIO, KAY, DEC = "Siobhan Walsh", "Kayla Power", "Declan Murphy"
CUT, MENS, BLOW, ROOTS, COLOUR, BALAY = ("Haircut", "Men's cut", "Blowout", "Root touch-up",
                                         "Full colour", "Balayage")
S = SALON

add("sal-01", S, 1, p(["Hi, I'd like to book highlights for Saturday at 10."],
                      name=["Niamh Quinlan"], phone=said(S, 1)),
    expect("booked", ap(S, 1, "Niamh Quinlan", f"{SAT}T10:00", BALAY, SIO, 180)),
    note="balayage by a listed phrase ('highlights'), three hours; only Siobhan does it")
add("sal-02", S, 2, p(["Can I get a men's cut with Declan on Friday at 2?"],
                      time=["Saturday at 2 then"], name=["Ryan Fitzgerald"],
                      phone=said(S, 2)),
    expect("booked", ap(S, 2, "Ryan Fitzgerald", f"{SAT}T14:00", MENS, DEC, 30)),
    asked=True,
    note="Declan is away that Friday (his own closed date; the salon is open): said so, "
         "his nearest times offered; the caller takes Saturday at 2, still with Declan")
add("sal-03", S, 3, p(["Could I get a blowout with Kayla Thursday at 10?"],
                      time=["noon then"], name=["Chelsea Penney"], phone=said(S, 3)),
    expect("booked", ap(S, 3, "Chelsea Penney", f"{THU}T12:00", BLOW, KAY, 30)),
    asked=True,
    note="Kayla starts at noon: 10 is refused for her (Siobhan is free and first), her "
         "times that day offered; 'noon then' keeps Thursday and Kayla")
add("sal-04", S, 4, p(["I'd like a full colour Tuesday at 3:30."], time=["3 o'clock then"],
                      name=["Heather Pike"], phone=said(S, 4)),
    expect("booked", ap(S, 4, "Heather Pike", f"{TUE}T15:00", COLOUR, SIO, 120)),
    note="two hours from 3:30 run past the 5 o'clock Tuesday closing (for Siobhan and "
         "Kayla alike); a bare '3 o'clock' keeps Tuesday; Siobhan is first")
add("sal-05", S, 5, p(["Root touch-up Thursday at noon, please."], name=["Lisa Whelan"],
                      phone=said(S, 5)),
    expect("booked", ap(S, 5, "Lisa Whelan", f"{THU}T12:00", ROOTS, KAY, 75)),
    note="75 minutes from noon run into Siobhan's 1 o'clock break; Kayla (from noon) "
         "takes it: the first free resource that holds the whole length")
add("sal-06", S, 6, p(["Can Siobhan do my roots Thursday at 12?"], time=["1:30 then"],
                      name=["Tracey Kelly"], phone=said(S, 6)),
    expect("booked", ap(S, 6, "Tracey Kelly", f"{THU}T13:30", ROOTS, SIO, 75)),
    asked=True,
    note="with Siobhan asked for, 75 minutes from noon run into her break (1 to 1:30): "
         "refused, her nearest times offered; the caller takes 1:30 (after her break)")
add("sal-07", S, 7, p(["Can I get a haircut next Wednesday at 9:30?"], time=["11 then"],
                      name=["Megan Butler"], phone=said(S, 7)),
    expect("booked", ap(S, 7, "Megan Butler", f"{WED}T11:00", CUT, SIO, 45)),
    note="the late-opening day: Wednesdays open at 11, so 9:30 is refused (outside the "
         "hours) and the nearest times offered; '11 then' keeps that Wednesday")
add("sal-08", S, 8, p(["Could I book a haircut on the 16th?"], time=["yes"],
                      name=["Jenna Rideout"], phone=said(S, 8)),
    expect("booked", ap(S, 8, "Jenna Rideout", "2027-11-23T09:00", CUT, SIO, 45)),
    note="the renovation week (November 15 to 20, closed dates): the 16th is said closed "
         "and the next open day's free times offered (Monday the 22nd is closed too, so "
         "Tuesday the 23rd); a plain 'yes' takes the earliest offered (SPEC §3)")
add("sal-09", S, 9, p(["Do you have anything on Remembrance Day for a trim?"], time=["yes"],
                      name=["Paula Coady"], phone=said(S, 9)),
    expect("booked", ap(S, 9, "Paula Coady", f"{FRI2}T09:00", CUT, SIO, 45)),
    note="beyond the SPEC's letter (SPEC §2 gives no holiday names): Remembrance Day is "
         "November 11, closed; the next open day (Friday the 12th) is offered, 'yes' "
         "takes the first")
add("sal-10", S, 10, p(["I'd like a haircut with the same stylist as last time, Friday at 4."]),
    expect("booked", ap(S, 10, "Erin Dwyer", f"{FRI}T16:00", CUT, KAY, 45)),
    existing=[ex("2027-10-14T12:00", 45, KAY, CUT, "Erin Dwyer", num(S, 10))],
    asked=True,
    note="a known caller's 'same stylist as last time' is the stylist of the latest "
         "appointment (Kayla; Siobhan is free and first); 'Is this for you, Erin?' "
         "answered yes")
add("sal-11", S, 11, p(["I'd like a full colour Friday at 9."],
                       name=["Is there parking close by?", "Maeve Hickey"],
                       phone=said(S, 11)),
    expect("booked", ap(S, 11, "Maeve Hickey", f"{FRI}T09:00", COLOUR, SIO, 120),
           say=["Baird's Cove"]),
    note="an FAQ at the name question: answered, the name asked again (no failure)")
add("sal-12", S, 12, p(["Do I need a patch test before a colour?",
                        "Okay, book me a root touch-up Saturday at 11."],
                       name=["Colleen Ryan"], phone=said(S, 12)),
    expect("booked", ap(S, 12, "Colleen Ryan", f"{SAT}T11:00", ROOTS, SIO, 75),
           say=["48 hours"]),
    note="the salon's own FAQ topic 'patch_test' in the caller's words; then a root "
         "touch-up on Saturday (Kayla is off Saturdays)")
add("sal-13", S, 13, p(["How much is balayage?", "Okay, Saturday at 9 please."],
                       name=["Shannon Power"], phone=said(S, 13)),
    expect("booked", ap(S, 13, "Shannon Power", f"{SAT}T09:00", BALAY, SIO, 180),
           say=["$220"]),
    note="a price question first (the service kept), then the booking by day and time")
add("sal-14", S, 14, p(["Hi, I need to cancel my colour appointment."]),
    expect("cancelled", ap(S, 14, "Amanda Reid", f"{FRI}T13:30", COLOUR, SIO, 120)),
    existing=[ex(f"{FRI}T13:30", 120, SIO, COLOUR, "Amanda Reid", num(S, 14)),
              ex(f"{THU}T10:00", 45, DEC, CUT, "Amanda Reid", num(S, 14))],
    note="a known caller with two appointments on file cancels the one of the service "
         "named (the later one)")
add("sal-15", S, 15, p(["Can I move my men's cut to Saturday at 11?"]),
    expect("rescheduled", ap(S, 15, "Liam Kavanagh", f"{SAT}T11:00", MENS, DEC, 30)),
    existing=[ex(f"{THU}T10:00", 30, DEC, MENS, "Liam Kavanagh", num(S, 15))],
    note="a known caller moves a men's cut; it keeps its length and barber")
add("sal-16", S, 16, p(["I'd like to book a haircut for my daughter, Tuesday at 4."],
                       name=["Her name is Ava Hickey"], phone=said(S, 16)),
    expect("booked", ap(S, 16, "Ava Hickey", f"{TUE}T16:00", CUT, SIO, 45),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-10-05T10:00", 45, SIO, CUT, "Donna Hickey", num(S, 16))],
    note="a known caller books for her daughter, said in the opening: never 'Is this "
         "for you, Donna?'; the daughter's name is asked")
add("sal-17", S, 17, p(["Men's cut Saturday at 3:45, whoever's free."], time=["3:30 then"],
                       name=["Mark Squires"], phone=said(S, 17)),
    expect("booked", ap(S, 17, "Mark Squires", f"{SAT}T15:30", MENS, DEC, 30)),
    note="'whoever's free': half an hour from 3:45 runs past the 4 o'clock Saturday "
         "closing; Declan takes 3:30 (Kayla is off Saturdays)")
add("sal-18", S, 18, p(["I need the two-hour colour Friday at 5."], name=["Kim Mercer"],
                       phone=said(S, 18)),
    expect("booked", ap(S, 18, "Kim Mercer", f"{FRI}T17:00", COLOUR, KAY, 120)),
    note="the full colour by its length ('the two-hour colour'); Siobhan leaves at 5, "
         "Kayla works to 8 on Fridays")
add("sal-19", S, 19, p(["Do you do eyebrow waxing?", "Okay, just a blowout then, Thursday "
                        "at 6."], name=["Stephanie Hynes"], phone=said(S, 19)),
    expect("booked", ap(S, 19, "Stephanie Hynes", f"{THU}T18:00", BLOW, KAY, 30),
           say=["don't offer"]),
    note="a service the salon does not sell is said not offered (docs/services.md); then "
         "a Thursday-evening blowout with Kayla (Siobhan leaves at 5)")
add("sal-20", S, 20, p(["Can Declan do balayage for me Saturday at 9?"],
                       name=["Krista Walsh"], phone=said(S, 20)),
    expect("booked", ap(S, 20, "Krista Walsh", f"{SAT}T09:00", BALAY, SIO, 180)),
    asked=True,
    note="a stylist asked for who does not do balayage: said so and dropped; Siobhan "
         "takes it")

# ======================= driving school (Regina; 30-minute grid) =========================
GORD, PRIYA, MARIE = "Gord Hansen", "Priya Sandhu", "Marie Lavoie"
LESSON, EXT, TEST, MAN = ("Driving lesson", "Extended lesson", "Road test prep",
                          "Manoeuvres session")
D = DRIVE

add("drv-01", D, 1, p(["Hi, I'd like to book a driving lesson Thursday at 9."],
                      name=["Cody Friesen"], phone=said(D, 1)),
    expect("booked", ap(D, 1, "Cody Friesen", f"{THU}T09:00", LESSON, GORD, 60)),
    note="a driving lesson by its name; Gord is first and free")
add("drv-02", D, 2, p(["Can I book a 90-minute lesson Friday at 11?"],
                      name=["Brooklyn Kowalski"], phone=said(D, 2)),
    expect("booked", ap(D, 2, "Brooklyn Kowalski", f"{FRI}T11:00", EXT, MARIE, 90)),
    note="the extended lesson by its length; from 11 it runs into Gord's lunch, Priya "
         "starts at noon, so Marie takes it")
add("drv-03", D, 3, p(["I'd like a highway lesson with Gord on Tuesday at 11."],
                      time=["10:30 then"], name=["Dylan Yuzik"], phone=said(D, 3)),
    expect("booked", ap(D, 3, "Dylan Yuzik", f"{TUE}T10:30", EXT, GORD, 90)),
    asked=True,
    note="90 minutes from 11 run into Gord's lunch hour (12 to 1): refused, his nearest "
         "times that day offered; '10:30 then' ends at noon")
add("drv-04", D, 4, p(["Road test prep Saturday at 4."], time=["3 then"],
                      name=["Hannah Lepage"], phone=said(D, 4)),
    expect("booked", ap(D, 4, "Hannah Lepage", f"{SAT}T15:00", TEST, PRIYA, 120)),
    note="two hours from 4 run past the 5 o'clock Saturday closing; a bare '3' keeps "
         "Saturday; Priya is the only road-test instructor on Saturdays")
add("drv-05", D, 5, p(["Can I get a lesson with Priya on Monday at 2?"],
                      time=["Tuesday at 2 then"], name=["Arjun Mehta"], phone=said(D, 5)),
    expect("booked", ap(D, 5, "Arjun Mehta", f"{TUE}T14:00", LESSON, PRIYA, 60)),
    asked=True,
    note="an instructor's day off (Priya is off on Mondays): said so, her nearest times "
         "offered; the caller takes Tuesday, still with Priya (Gord is free and first)")
add("drv-06", D, 6, p(["Could I book an extended lesson with Marie on the 12th at 9?"],
                      time=["Monday at 9 then"], name=["Chloe Bergeron"],
                      phone=said(D, 6)),
    expect("booked", ap(D, 6, "Chloe Bergeron", f"{MON}T09:00", EXT, MARIE, 90)),
    asked=True,
    note="Marie is away on Friday the 12th (her own closed date; the school is open): "
         "said so; the caller takes Monday at 9, still with Marie (Gord is first)")
add("drv-07", D, 7, p(["Can I book a lesson for November 11th at 10?"],
                      time=["Friday the 12th at 10 then"], name=["Logan Schmidt"],
                      phone=said(D, 7)),
    expect("booked", ap(D, 7, "Logan Schmidt", f"{FRI2}T10:00", LESSON, GORD, 60)),
    note="November 11 is Remembrance Day (a closed date): said closed, the next open "
         "day offered; the caller takes the 12th at 10 (Gord first)")
add("drv-08", D, 8, p(["Do you pick me up from home?", "Great, book me a lesson Wednesday "
                       "at 5."], name=["Ethan Lam"], phone=said(D, 8)),
    expect("booked", ap(D, 8, "Ethan Lam", f"{WED}T17:00", LESSON, PRIYA, 60),
           say=["pick you up"]),
    note="the school's own FAQ topic 'pickup' ('pick me up'); then a lesson at 5 (Gord "
         "leaves at 4, Priya is first)")
add("drv-09", D, 9, p(["I want to book a lesson Saturday at 10."],
                      name=["Do I need my learner's licence with me?", "Jaspreet Gill"],
                      phone=said(D, 9)),
    expect("booked", ap(D, 9, "Jaspreet Gill", f"{SAT}T10:00", LESSON, PRIYA, 60),
           say=["Class 7"]),
    note="the school's own FAQ topic 'learner_licence' asked at the name question: "
         "answered, the name asked again; Priya first on Saturdays (Gord is off)")
add("drv-10", D, 10, p(["Can I book another lesson with the same instructor as last time, "
                        "Thursday at 3?"]),
    expect("booked", ap(D, 10, "Tyler Brandt", f"{THU}T15:00", LESSON, PRIYA, 60)),
    existing=[ex("2027-10-20T17:00", 60, PRIYA, LESSON, "Tyler Brandt", num(D, 10))],
    asked=True,
    note="a known caller's 'same instructor as last time' is Priya (Gord is free and "
         "first at 3); 'Is this for you, Tyler?' answered yes")
add("drv-11", D, 11, p(["My son needs road test prep, do you have Friday at 1?"],
                       name=["His name is Owen Fehr"], phone=said(D, 11)),
    expect("booked", ap(D, 11, "Owen Fehr", f"{FRI}T13:00", TEST, GORD, 120),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-09-15T10:00", 60, GORD, LESSON, "Karen Fehr", num(D, 11))],
    note="a known caller books for her son, said in the opening ('my son needs'): never "
         "'Is this for you, Karen?'; Gord from 1 to 3")
add("drv-12", D, 12, p(["I need to cancel my lesson on Tuesday."]),
    expect("cancelled", ap(D, 12, "Simran Kaur", f"{TUE}T14:00", LESSON, PRIYA, 60)),
    existing=[ex(f"{SAT}T10:00", 30, PRIYA, MAN, "Simran Kaur", num(D, 12)),
              ex(f"{TUE}T14:00", 60, PRIYA, LESSON, "Simran Kaur", num(D, 12))],
    note="a known caller with two appointments on file cancels the one of the day named "
         "(not the earlier one)")
add("drv-13", D, 13, p(["Can I move my extended lesson to Friday at 2?"]),
    expect("rescheduled", ap(D, 13, "Nolan Ross", f"{FRI}T14:00", EXT, MARIE, 90)),
    existing=[ex(f"{WED}T09:00", 90, MARIE, EXT, "Nolan Ross", num(D, 13))],
    note="a known caller moves an extended lesson; it keeps its 90 minutes and Marie "
         "(Gord is free and first at 2)")
add("drv-14", D, 14, p(["I need to practise parallel parking, Monday at 8 am, whoever's "
                        "free."], name=["Mia Thompson"], phone=said(D, 14)),
    expect("booked", ap(D, 14, "Mia Thompson", f"{MON}T08:00", MAN, GORD, 30)),
    note="the manoeuvres session by a listed phrase ('parallel parking'); 'whoever's "
         "free': Gord first")
add("drv-15", D, 15, p(["Do you do motorcycle lessons?", "Okay, never mind then."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a service the school does not sell ('motorcycle lessons', though 'lesson' is "
         "a phrase of the driving lesson) is said not offered; the caller gives up")
add("drv-16", D, 16, p(["How much is a 90-minute lesson?", "Okay, book me in Saturday at "
                        "1:30."], name=["Noah Desjarlais"], phone=said(D, 16)),
    expect("booked", ap(D, 16, "Noah Desjarlais", f"{SAT}T13:30", EXT, PRIYA, 90),
           say=["$95"]),
    note="a price question of a service by its length (kept), then the booking; Marie "
         "leaves at 1 on Saturdays, Priya takes it")
add("drv-17", D, 17, p(["I'd like an hour-long lesson Wednesday at 7 pm."],
                       name=["Ava Wiebe"], phone=said(D, 17)),
    expect("booked", ap(D, 17, "Ava Wiebe", f"{WED}T19:00", LESSON, PRIYA, 60)),
    note="the driving lesson by its length ('hour-long'; the one service of an hour); "
         "7 to 8 with Priya, first of those working then")
add("drv-18", D, 18, p(["Can I book a lesson Friday at 6 pm?"],
                       name=["It's for my daughter, Simran Dhillon"], phone=said(D, 18)),
    expect("booked", ap(D, 18, "Simran Dhillon", f"{FRI}T18:00", LESSON, PRIYA, 60)),
    note="a booking for someone else said at the name question: the daughter's name")

# ======================= physio and massage (Iqaluit; 15-minute grid) ====================
NAOMI, BEN, LEAH = "Naomi Kilabuk", "Ben Tremblay", "Leah Arnaquq"
ASSESS, TREAT, ACU, SHORT, MASS, LONG = ("Physio assessment", "Physio treatment",
                                         "Acupuncture", "Back and neck massage",
                                         "Massage therapy", "Extended massage")
P = PHYSIO

add("phy-01", P, 1, p(["Hi, I need a physio assessment Thursday at 9."],
                      name=["Jonah Akavak"], phone=said(P, 1)),
    expect("booked", ap(P, 1, "Jonah Akavak", f"{THU}T09:00", ASSESS, NAOMI, 60)),
    note="the assessment by its name; Naomi first")
add("phy-02", P, 2, p(["Could I get the 90-minute massage Friday at 4?"],
                      time=["3:30 then"], name=["Sarah Ootoova"], phone=said(P, 2)),
    expect("booked", ap(P, 2, "Sarah Ootoova", f"{FRI}T15:30", LONG, LEAH, 90)),
    note="the extended massage by its length; 90 minutes from 4 run past the 5 o'clock "
         "Friday closing; '3:30 then' ends at 5")
add("phy-03", P, 3, p(["I'd like an hour massage Tuesday at 6."], name=["Rebecca Hanson"],
                      phone=said(P, 3)),
    expect("booked", ap(P, 3, "Rebecca Hanson", f"{TUE}T18:00", MASS, LEAH, 60)),
    note="docs/services.md: two services last an hour; 'massage' is a word of one of "
         "them (massage therapy); 6 to 7 on the Tuesday evening")
add("phy-04", P, 4, p(["Can I get a half-hour massage Saturday at 1:30?"],
                      name=["Lucy Qaqqasiq"], phone=said(P, 4)),
    expect("booked", ap(P, 4, "Lucy Qaqqasiq", f"{SAT}T13:30", SHORT, LEAH, 30)),
    note="two services last half an hour (physio treatment, back and neck massage): "
         "'massage' names the second; it ends at the 2 o'clock Saturday closing")
add("phy-05", P, 5, p(["Could I book massage therapy with Leah on Wednesday at 10?"],
                      time=["Tuesday at 10 then"], name=["Annie Pitseolak"],
                      phone=said(P, 5)),
    expect("booked", ap(P, 5, "Annie Pitseolak", f"{TUE}T10:00", MASS, LEAH, 60)),
    asked=True,
    note="Leah is off on Wednesdays: said so; the caller takes Tuesday at 10")
add("phy-06", P, 6, p(["Can Ben do acupuncture on Thursday at 2?"], name=["David Kootoo"],
                      phone=said(P, 6)),
    expect("booked", ap(P, 6, "David Kootoo", f"{THU}T14:00", ACU, NAOMI, 45)),
    asked=True,
    note="a physiotherapist asked for who does no acupuncture (the person as the "
         "question's subject): said so and dropped; Naomi takes it")
add("phy-07", P, 7, p(["Physio assessment Monday at 11:30."], time=["11 then"],
                      name=["Kyle Nowdlak"], phone=said(P, 7)),
    expect("booked", ap(P, 7, "Kyle Nowdlak", f"{MON}T11:00", ASSESS, NAOMI, 60)),
    note="an hour from 11:30 runs into Naomi's lunch hour, and Ben is off on Mondays: "
         "refused; '11 then' keeps Monday and ends at noon")
add("phy-08", P, 8, p(["I'd like an assessment Tuesday at 12:30, whoever's free."],
                      name=["Joe Arreak"], phone=said(P, 8)),
    expect("booked", ap(P, 8, "Joe Arreak", f"{TUE}T12:30", ASSESS, BEN, 60)),
    note="'whoever's free': Naomi is at lunch, Ben works from noon on Tuesdays")
add("phy-09", P, 9, p(["Do you bill insurance directly?", "Okay, book me a physio "
                       "treatment Friday at 10."], name=["Mary Kilabuk"],
                      phone=said(P, 9)),
    expect("booked", ap(P, 9, "Mary Kilabuk", f"{FRI}T10:00", TREAT, NAOMI, 30),
           say=["NIHB"]),
    note="the clinic's own FAQ topic 'insurance' (never the payment answer alone); then "
         "a treatment with Naomi (Ben is off on Fridays)")
add("phy-10", P, 10, p(["I'd like a massage therapy appointment Monday at 2."],
                       name=["What's your cancellation policy?", "Piita Ashoona"],
                       phone=said(P, 10)),
    expect("booked", ap(P, 10, "Piita Ashoona", f"{MON}T14:00", MASS, LEAH, 60),
           say=["$40 fee"]),
    note="the cancellation rule asked at the name question: answered, never a request "
         "to cancel; the name asked again")
add("phy-11", P, 11, p(["Can I book a follow-up with the same physio as last time, "
                        "Wednesday at 9?"]),
    expect("booked", ap(P, 11, "Joanna Kunuk", f"{WED}T09:00", TREAT, BEN, 30)),
    existing=[ex("2027-10-19T15:00", 30, BEN, TREAT, "Joanna Kunuk", num(P, 11))],
    asked=True,
    note="a known caller's 'same physio as last time' is Ben (Naomi is free and first); "
         "'Is this for you, Joanna?' answered yes")
add("phy-12", P, 12, p(["My husband needs a physio assessment, do you have Thursday at 4?"],
                       name=["His name is Jimmy Ipellie"], phone=said(P, 12)),
    expect("booked", ap(P, 12, "Jimmy Ipellie", f"{THU}T16:00", ASSESS, NAOMI, 60),
           not_say=[NOT_FOR_YOU]),
    existing=[ex("2027-10-07T10:00", 60, LEAH, MASS, "Mary Ipellie", num(P, 12))],
    note="a known caller books for her husband, said in the opening: never 'Is this for "
         "you, Mary?'")
add("phy-13", P, 13, p(["I need to cancel my acupuncture appointment."]),
    expect("cancelled", ap(P, 13, "Eric Lyall", f"{FRI}T10:00", ACU, NAOMI, 45)),
    existing=[ex(f"{FRI}T10:00", 45, NAOMI, ACU, "Eric Lyall", num(P, 13)),
              ex(f"{TUE}T11:00", 60, LEAH, MASS, "Eric Lyall", num(P, 13))],
    note="a known caller with two appointments cancels the one of the service named")
add("phy-14", P, 14, p(["Can I move my massage to Thursday at 5?"]),
    expect("rescheduled", ap(P, 14, "Tina Aglukark", f"{THU}T17:00", MASS, LEAH, 60)),
    existing=[ex(f"{TUE}T10:00", 60, LEAH, MASS, "Tina Aglukark", num(P, 14))],
    note="a known caller moves a massage: it keeps its hour and Leah (5 to 6 on the "
         "Thursday evening)")
add("phy-15", P, 15, p(["Do you have anything Saturday morning for a physio treatment?"],
                       time=["10 is good"], name=["Paul Okalik"], phone=said(P, 15)),
    expect("booked", ap(P, 15, "Paul Okalik", f"{SAT}T10:00", TREAT, BEN, 30)),
    note="a day and part of the day without a time: the free times offered, earliest "
         "first; Ben works Saturdays (Naomi does not)")
add("phy-16", P, 16, p(["Do you offer dry needling?", "Great, Friday at 1 then."],
                       name=["Ruth Nakoolak"], phone=said(P, 16)),
    expect("booked", ap(P, 16, "Ruth Nakoolak", f"{FRI}T13:00", ACU, NAOMI, 45),
           say=["acupuncture"], not_say=["don't offer"]),
    note="'do you offer <a listed phrase>?' is the service (docs: 'Yes, we offer ...'), "
         "kept for the booking")
add("phy-17", P, 17, p(["Where are you located, and is there parking?",
                        "Thanks. A physio treatment Tuesday at 6:30 pm, please."],
                       name=["Adam Kusugak"], phone=said(P, 17)),
    expect("booked", ap(P, 17, "Adam Kusugak", f"{TUE}T18:30", TREAT, BEN, 30),
           say=["Astro Hill", "free parking"]),
    note="two FAQ topics in one turn, both answered; then an evening treatment with Ben "
         "(Naomi leaves at 5)")
add("phy-18", P, 18, p(["I'd like a deep tissue massage with Leah next Friday at 10."],
                       time=["Tuesday the 9th at 10 then"], name=["Grace Anguti"],
                       phone=said(P, 18)),
    expect("booked", ap(P, 18, "Grace Anguti", f"{TUE}T10:00", LONG, LEAH, 90)),
    asked=True,
    note="the extended massage by a listed phrase ('deep tissue'); 'next Friday' is the "
         "12th (the following calendar week, SPEC §2), when Leah is away: said so; the "
         "caller takes Tuesday the 9th at 10, still with Leah")

# ======================= reminders ========================================================
reminders_about = R.reminders_about

REM_S = appt("Colleen Bartlett", num(S, 60), f"{SAT}T10:00", minutes=120, service=COLOUR,
             resource=SIO)
rems = reminders_about(S, f"{FRI}T10:00", REM_S)
rems("sal-rem-01", p(confirm=()), "voicemail", say=["Water Street"],
     not_say=["Colleen", "Bartlett"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
rems("sal-rem-02", p(confirm=["Yes, I'll be there."]), "confirmed", note="confirmed")
rems("sal-rem-03", p(confirm=["Can we bring it forward an hour?", "yes"]), "rescheduled",
     start=f"{SAT}T09:00",
     note="docs/services.md: 'bring it forward an hour' moves it by that length, the same "
          "stylist (9 o'clock, the Saturday opening)")
rems("sal-rem-04", p(confirm=["Is there parking nearby?", "Okay, yes, I'll be there."]),
     "confirmed", say=["Baird's Cove"], note="an FAQ at the reminder, then confirmed")

REM_D = appt("Harpreet Sidhu", num(D, 60), f"{TUE}T15:00", minutes=60, service=LESSON,
             resource=GORD)
remd = reminders_about(D, f"{MON}T10:00", REM_D)
remd("drv-rem-01", p(confirm=["Yep, see you then."]), "confirmed", note="confirmed")
remd("drv-rem-02", p(confirm=["I can't make it, please cancel it.", "yes"]), "cancelled",
     note="cancelled on a yes")
remd("drv-rem-03", p(confirm=["Can we move it to Wednesday at 3?", "yes"],
                     time=["Wednesday at 3"]), "rescheduled", start=f"{WED}T15:00",
     note="moved to Wednesday at 3, the same instructor (Gord works to 4)")

REM_P = appt("Elisapee Nakashuk", num(P, 60), f"{MON}T11:00", minutes=30, service=TREAT,
             resource=NAOMI)
remp = reminders_about(P, f"{FRI}T14:00", REM_P)
remp("phy-rem-01", p(confirm=()), "voicemail", say=["Apex"],
     not_say=["Elisapee", "Nakashuk"], answered_by="machine",
     note="a machine: one voicemail, no personal data")
remp("phy-rem-02", p(confirm=["Can we push it back half an hour?", "yes"]), "rescheduled",
     start=f"{MON}T11:30",
     note="half an hour later the same day, the same physiotherapist (ends at noon, "
          "before her lunch)")
remp("phy-rem-03", p(confirm=["What's your cancellation policy?", "Okay, yes, I'll be "
                              "there."]), "confirmed", say=["24 hours"],
     note="the cancellation rule asked (never a cancel), then confirmed")


# ---------------- added after the blind run (variants of the fixes) ---------------------
add("drv-19v", D, 41, p(["Is pick-up from school included?", "Okay, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["pick you up"]),
    note="after the blind run: the one-word topic 'pickup' asked as 'pick-up' (drv-08's "
         "'pick me up')")
add("phy-19v", P, 41, p(["Do you offer laser treatment?", "Okay, a physio treatment then, "
                         "Tuesday at 2."], name=["Susan Ell"], phone=said(P, 41)),
    expect("booked", ap(P, 41, "Susan Ell", f"{TUE}T14:00", TREAT, NAOMI, 30),
           say=["don't offer"]),
    note="after the blind run: 'laser treatment' is not the physio treatment listed as "
         "'treatment' (drv-15's 'motorcycle lessons'); then the physio treatment")
add("sal-21v", S, 41, p(["How much is the 120-minute colour?", "Okay, Friday at 9 then."],
                        name=["Deanna Hollett"], phone=said(S, 41)),
    expect("booked", ap(S, 41, "Deanna Hollett", f"{FRI}T09:00", COLOUR, SIO, 120),
           say=["from $130"], not_say=["Sorry, I can help"]),
    note="after the blind run: a price question naming a length in digits is answered "
         "and the question asked again, no 'Sorry' (drv-16)")
add("drv-20v", D, 42, p(["Can your instructor pick my son up from school?",
                         "Okay, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["pick you up"]),
    note="after the blind run: the `pickup` topic with a determiner and a noun between "
         "the verb and its particle (drv-08)")
add("sal-22v", S, 42, p(["Can Kayla do a haircut Tuesday at 9:30?"], time=["12:30 then"],
                        name=["Robyn Careen"], phone=said(S, 42)),
    expect("booked", ap(S, 42, "Robyn Careen", f"{TUE}T12:30", CUT, KAY, 45),
           say=["Kayla Power isn't working at 9:30"]),
    asked=True,
    note="after the blind run: a person asked for outside their own hours (Kayla from "
         "noon) is named as the reason, not 'haircut can't be booked' (sal-03)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    print(write_business_probe(os.path.join(HERE, "probe19_business.jsonl"), lines), "cases")
