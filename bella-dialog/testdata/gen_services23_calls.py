#!/usr/bin/env python3
"""Writes services23_calls.jsonl: English service and staff calls (SPEC §3, §3.1;
docs/services.md) against three hair businesses:

- `businesses/salon_kingston.toml` (new): a Kingston hair salon (America/Toronto) on a
  15-minute grid: a haircut and a blow-dry of 30 minutes, a colour of 90, a cut and
  colour of 120 (the combined service) and highlights of 150; Kim off on Wednesdays
  with a half-hour lunch, Alexandra ("Alex") off on Tuesdays, from noon on Thursdays
  and away one Friday, Marcus cuts and blow-dries only and off on Saturdays;
- `businesses/barber.toml`: the Regina barber shop of round 13 (a "Haircut and beard
  trim" combo, a shave only Dmitri does, Dmitri's split shifts, Jayden off on Tuesdays);
- `businesses/salon.toml`: the Vancouver salon of round 8 (a bang trim, a haircut, a
  colour only Jen does; no combined service; Marco's lunch, Priya off Thursdays and
  Fridays, Jen off Tuesdays).

What it probes, in new phrasings: a service named indirectly ("my roots done", "just a
trim", "cover my grey", "the usual"), two services in one appointment, a stylist asked
by first name, by a short form of it ("Alex", "Jay"), or as "the same guy as last
time" / "whoever did my hair last time", "whoever's free" and "anyone's fine", a
stylist's day off, a service too long for the time left before closing or a lunch
break, price, length and FAQ questions mid-booking (at the name question, at the time
question, at the read-back), a service not offered, a service changed at the read-back,
cancels and moves said loosely ("switch my cut", "I won't make it to my lineup").

Decisions where the SPEC is silent (each note says so):
- Two services in one appointment: when the business sells a service that is both
  (Kingston's "Cut and colour", the barber's "Haircut and beard trim"), that service is
  booked; when it does not, the agent asks which one to book (one at a time) and the
  persona's `service` answer names one; that one is booked.
- "The usual" from a known caller is the service of their latest appointment (and "the
  usual with Kim" that service with Kim).
- A short form of a first name that is the start of exactly one person's first name
  ("Alex" for Alexandra, "Jay" for Jayden) asks for that person.

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle, and a booking for which the caller
asks for nobody is checked to go to the first free resource in the file's order.

Run: python3 bella-dialog/testdata/gen_services23_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

KINGSTON, BARBER, CEDAR = ("businesses/salon_kingston.toml", "businesses/barber.toml",
                           "businesses/salon.toml")
TZ = {KINGSTON: "America/Toronto", BARBER: "America/Regina", CEDAR: "America/Vancouver"}
# Kingston: Tuesday 2027-04-20 before opening; the barber: Tuesday 2027-03-09 mid-morning;
# the Vancouver salon: Monday 2027-02-08 (it is closed on Mondays).
NOW = {KINGSTON: "2027-04-20T08:40", BARBER: "2027-03-09T10:05", CEDAR: "2027-02-08T09:00"}
AREA = {KINGSTON: "613", BARBER: "306", CEDAR: "604"}
LANGS = {KINGSTON: ["en-CA"], BARBER: ["en-CA"], CEDAR: ["en-CA"]}
KIND = "services23"

R = BusinessRound("s23", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
NOT_FOR_YOU = "Is this for you"
SORRY = "Sorry, I can help"

# ======================= Kingston salon (15-minute grid) ================================
K = KINGSTON
KIM, ALEX, MARCUS = "Kim Nguyen", "Alexandra Boucher", "Marcus Reid"
CUT, COLOUR, CC, HL, BLOW = "Haircut", "Colour", "Cut and colour", "Highlights", "Blow-dry"
# A weekday said on Tuesday the 20th is the next one: "Tuesday" is the 27th.
WED, THU, FRI, SAT, TUE = "2027-04-21", "2027-04-22", "2027-04-23", "2027-04-24", "2027-04-27"
NSAT = "2027-05-01"  # "next Saturday": the Saturday of the following calendar week

add("kin-01", K, 1, p(["Hi, I need to get my roots done, Friday at 10 if you have it."],
                      name=["Danielle Hughes"], phone=said(K, 1)),
    expect("booked", ap(K, 1, "Danielle Hughes", f"{FRI}T10:00", COLOUR, KIM, 90)),
    note="'my roots done' is the colour by its listed phrase 'roots'; Kim first")
add("kin-02", K, 2, p(["Can I get just a trim on Wednesday around 2?"],
                      name=["Brittany Mcleod"], phone=said(K, 2)),
    expect("booked", ap(K, 2, "Brittany Mcleod", f"{WED}T14:00", CUT, ALEX, 30)),
    note="'just a trim' is the haircut; Kim is off on Wednesdays, Alexandra is first")
add("kin-03", K, 3, p(["Hi, I'd like the usual with Kim, Thursday at 9."]),
    expect("booked", ap(K, 3, "Sarah Kingsley", f"{THU}T09:00", CC, KIM, 120)),
    existing=[ex("2027-03-18T10:00", 120, KIM, CC, "Sarah Kingsley", num(K, 3))],
    asked=True,
    note="beyond the SPEC (decision of this round): a known caller's 'the usual' is the "
         "service of the latest appointment (cut and colour), with Kim as asked; 'Is "
         "this for you, Sarah?' answered yes")
add("kin-04", K, 4, p(["Can I book a haircut with the same guy as last time, Friday at 3?"]),
    expect("booked", ap(K, 4, "Tyler Beaulieu", f"{FRI}T15:00", CUT, MARCUS, 30)),
    existing=[ex("2027-03-26T16:00", 30, MARCUS, CUT, "Tyler Beaulieu", num(K, 4))],
    asked=True,
    note="'the same guy as last time' from a known caller is the stylist of the latest "
         "appointment (Marcus; Kim is free and first)")
add("kin-05", K, 5, p(["Haircut Saturday at 11, whoever's free."], name=["Jordan Pilon"],
                      phone=said(K, 5)),
    expect("booked", ap(K, 5, "Jordan Pilon", f"{SAT}T11:00", CUT, ALEX, 30)),
    existing=[ex(f"{SAT}T11:00", 30, KIM, CUT)],
    note="'whoever's free': Kim is booked at 11, Marcus is off on Saturdays; Alexandra")
add("kin-06", K, 6, p(["Can I see Kim on Wednesday at 10 for a colour?"],
                      time=["Thursday at 10 then"], name=["Melissa Tran"], phone=said(K, 6)),
    expect("booked", ap(K, 6, "Melissa Tran", f"{THU}T10:00", COLOUR, KIM, 90)),
    asked=True,
    note="Kim's day off: said so, her nearest times offered; the caller takes Thursday "
         "at 10, still with Kim")
add("kin-07", K, 7, p(["Could I get highlights with Alex on Saturday at 9?"],
                      name=["Chloe Sinclair"], phone=said(K, 7)),
    expect("booked", ap(K, 7, "Chloe Sinclair", f"{SAT}T09:00", HL, ALEX, 150)),
    asked=True,
    note="beyond the SPEC's letter (decision of this round): 'Alex', the start of "
         "Alexandra and of no other first name, asks for Alexandra (who alone does "
         "highlights anyway)")
add("kin-08", K, 8, p(["I want a cut and colour Saturday at 1:30."], time=["1 o'clock then"],
                      name=["Amanda Lachance"], phone=said(K, 8)),
    expect("booked", ap(K, 8, "Amanda Lachance", f"{SAT}T13:00", CC, KIM, 120)),
    note="two hours from 1:30 run past the 3 o'clock Saturday closing; '1 o'clock then' "
         "keeps Saturday and ends at 3")
add("kin-09", K, 9, p(["Could I book a colour with Kim Tuesday at 11:30?"],
                      time=["11 then"], name=["Heather Doyle"], phone=said(K, 9)),
    expect("booked", ap(K, 9, "Heather Doyle", f"{TUE}T11:00", COLOUR, KIM, 90)),
    asked=True,
    note="90 minutes from 11:30 run into Kim's 12:30 lunch: refused, her nearest times "
         "offered; '11 then' keeps Tuesday and ends at 12:30")
add("kin-10", K, 10, p(["I'd like a colour on Thursday at 2."],
                       name=["How much does that cost?", "Rachel Morin"],
                       phone=said(K, 10)),
    expect("booked", ap(K, 10, "Rachel Morin", f"{THU}T14:00", COLOUR, KIM, 90),
           say=["from $95"], not_say=[SORRY]),
    note="a price question at the name question: the colour's price, then the name asked "
         "again (no failure)")
add("kin-11", K, 11, p(["Highlights Thursday at 4, please."],
                       name=["How long will that take?", "Natalie Cote"],
                       phone=said(K, 11)),
    expect("booked", ap(K, 11, "Natalie Cote", f"{THU}T16:00", HL, ALEX, 150),
           not_say=[SORRY]),
    note="a length question at the name question: answered, the name asked again; "
         "Alexandra works to 8 on Thursdays")
add("kin-12", K, 12, p(["A blow-dry Friday at 5, please."], name=["Olivia Gauthier"],
                       phone=said(K, 12),
                       confirm=["Oh wait, is there parking nearby?", "yes"]),
    expect("booked", ap(K, 12, "Olivia Gauthier", f"{FRI}T17:00", BLOW, KIM, 30),
           say=["Chown Street"]),
    note="a parking question at the read-back: answered, the read-back asked again; Kim "
         "works to 6 on Fridays")
add("kin-13", K, 13, p(["Do you do eyelash tinting?",
                        "Okay, just a blow-dry then, Wednesday at 11."],
                       name=["Jessica Wong"], phone=said(K, 13)),
    expect("booked", ap(K, 13, "Jessica Wong", f"{WED}T11:00", BLOW, ALEX, 30),
           say=["don't offer"]),
    note="a service not sold is said not offered; then a blow-dry (Kim off Wednesdays)")
add("kin-14", K, 14, p(["I need a trim and my roots done, Thursday at 1."],
                       name=["Lauren Picard"], phone=said(K, 14)),
    expect("booked", ap(K, 14, "Lauren Picard", f"{THU}T13:00", CC, KIM, 120)),
    note="decision of this round: two services the business also sells as one ('cut and "
         "colour') book that one; Kim from 1 to 3")
add("kin-15", K, 15, p(["Could I book a colour and a haircut for Saturday at 10?"],
                       name=["Megan Fraser"], phone=said(K, 15)),
    expect("booked", ap(K, 15, "Megan Fraser", f"{SAT}T10:00", CC, KIM, 120)),
    note="decision of this round: 'a colour and a haircut' is the cut and colour")
add("kin-16", K, 16, p(["I want highlights and a trim, Saturday at 9."],
                       service=["Highlights first, please."], name=["Kayla Bergeron"],
                       phone=said(K, 16)),
    expect("booked", ap(K, 16, "Kayla Bergeron", f"{SAT}T09:00", HL, ALEX, 150)),
    note="decision of this round: two services with no combined one: the agent asks "
         "which to book (one at a time); the caller says highlights")
add("kin-17", K, 17, p(["Can I book a haircut with Marcus Saturday morning?"],
                       time=["Whoever's free on Saturday then, at 10."],
                       name=["Ryan Kowalski"], phone=said(K, 17)),
    expect("booked", ap(K, 17, "Ryan Kowalski", f"{SAT}T10:00", CUT, KIM, 30)),
    note="Marcus is off on Saturdays: said so; 'whoever's free' drops him, Kim first")
add("kin-18", K, 18, p(["Cut and colour next Saturday at 9, but not with Kim please."],
                       name=["Emily Laroche"], phone=said(K, 18)),
    expect("booked", ap(K, 18, "Emily Laroche", f"{NSAT}T09:00", CC, ALEX, 120)),
    asked=True,
    note="'next Saturday' is May 1 (the following calendar week); 'not with Kim' leaves "
         "Alexandra")
add("kin-19", K, 19, p(["Hi, I'd like to make an appointment for Thursday at 6 pm."],
                       service=["Just a quick trim."], name=["Nathan Cyr"],
                       phone=said(K, 19)),
    expect("booked", ap(K, 19, "Nathan Cyr", f"{THU}T18:00", CUT, ALEX, 30)),
    note="the service asked (none said); 'just a quick trim' is the haircut; only "
         "Alexandra works Thursday evenings")
add("kin-20", K, 20, p(["Hi, I'd like to book something for Wednesday at 3."],
                       service=["I need to cover my grey."], name=["Diane Moreau"],
                       phone=said(K, 20)),
    expect("booked", ap(K, 20, "Diane Moreau", f"{WED}T15:00", COLOUR, ALEX, 90)),
    note="beyond the SPEC's letter: 'cover my grey' says a word only the colour's phrase "
         "'grey coverage' holds; Alexandra (Kim off Wednesdays)")
add("kin-21", K, 21, p(["I can't make my hair appointment on Friday, could you cancel it?"]),
    expect("cancelled", ap(K, 21, "Monique Dubois", f"{FRI}T10:00", CUT, KIM, 30)),
    existing=[ex(f"{FRI}T10:00", 30, KIM, CUT, "Monique Dubois", num(K, 21)),
              ex(f"{SAT}T11:30", 30, KIM, BLOW, "Monique Dubois", num(K, 21))],
    note="a known caller with two on file cancels the one of the day named")
add("kin-22", K, 22, p(["Can I push my highlights to Thursday at 5?"]),
    expect("rescheduled", ap(K, 22, "Vanessa Hall", f"{THU}T17:00", HL, ALEX, 150)),
    existing=[ex(f"{SAT}T09:00", 150, ALEX, HL, "Vanessa Hall", num(K, 22))],
    note="a move keeps the highlights' length and Alexandra (to 7:30, before 8)")
add("kin-23", K, 23, p(["Could I switch my cut with Kim to Wednesday at 10?"],
                       time=["Friday at 10 then"]),
    expect("rescheduled", ap(K, 23, "Stephanie Roy", f"{FRI}T10:00", CUT, KIM, 30)),
    existing=[ex(f"{THU}T10:00", 30, KIM, CUT, "Stephanie Roy", num(K, 23))],
    note="'switch my cut ... to' is a move; Kim is off on Wednesdays: said so, the "
         "caller takes Friday at 10 with her")
add("kin-24", K, 24, p(["Can Alex do a blow-dry Tuesday at 10?"],
                       time=["Anyone's fine, Tuesday at 10."], name=["Hannah Boyd"],
                       phone=said(K, 24)),
    expect("booked", ap(K, 24, "Hannah Boyd", f"{TUE}T10:00", BLOW, KIM, 30)),
    note="Alexandra ('Alex') is off on Tuesdays: said so; 'anyone's fine' drops her; Kim "
         "first")
add("kin-25", K, 25, p(["Is your salon wheelchair accessible?",
                        "Great, a haircut Friday at noon then."],
                       name=["Gordon Ellis"], phone=said(K, 25)),
    expect("booked", ap(K, 25, "Gordon Ellis", f"{FRI}T12:00", CUT, KIM, 30),
           say=["step-free"]),
    note="the salon's own topic 'accessibility' asked as 'accessible'; then a haircut "
         "before Kim's lunch")
add("kin-26", K, 26, p(["Do you sell gift cards, and how much is a blow-dry?",
                        "Okay, that's all, thanks. Bye."]),
    expect("no_booking", no_appt=True, say=["gift cards in any amount", "$40"]),
    note="an FAQ topic and a price in one turn, both answered; the caller hangs up")
add("kin-27", K, 27, p(["Hi, I want to book an appointment."],
                       service=["How much is a cut and colour?", "Okay, the cut and colour "
                                "then."],
                       time=["Friday at 1"], name=["Julie Bouchard"], phone=said(K, 27)),
    expect("booked", ap(K, 27, "Julie Bouchard", f"{FRI}T13:00", CC, KIM, 120),
           say=["from $135"]),
    note="a price question at the service question; then the service and Friday at 1 "
         "(Alexandra away that Friday)")
add("kin-28", K, 28, p(["Can Marcus do a haircut Friday at 4:45?"], time=["4:30 then"],
                       name=["Kevin Lapointe"], phone=said(K, 28)),
    expect("booked", ap(K, 28, "Kevin Lapointe", f"{FRI}T16:30", CUT, MARCUS, 30)),
    asked=True,
    note="Marcus leaves at 5 (the salon is open to 6): 4:45 is refused for him; '4:30 "
         "then' keeps Friday and Marcus")
add("kin-29", K, 29, p(["I'd like Marcus to do my colour Thursday at 10."],
                       name=["Andrea Nolan"], phone=said(K, 29)),
    expect("booked", ap(K, 29, "Andrea Nolan", f"{THU}T10:00", COLOUR, KIM, 90)),
    asked=True,
    note="Marcus does no colour: said so and dropped; Kim takes it")
add("kin-30", K, 30, p(["Booking a kids trim for my son, Saturday at 9:30."],
                       name=["His name is Owen Lalonde."], phone=said(K, 30)),
    expect("booked", ap(K, 30, "Owen Lalonde", f"{SAT}T09:30", CUT, KIM, 30),
           not_say=[NOT_FOR_YOU]),
    note="a trim for the caller's son: the haircut; the son's name asked")
add("kin-31", K, 31, p(["What's the first opening you've got for a colour with Alex?"],
                       time=["yes"], name=["Caroline Stewart"], phone=said(K, 31)),
    expect("booked", ap(K, 31, "Caroline Stewart", f"{WED}T09:00", COLOUR, ALEX, 90)),
    asked=True,
    note="the earliest with Alexandra ('Alex'; off Tuesdays): Wednesday at 9; a plain "
         "'yes' takes it")
add("kin-32", K, 32, p(["A trim Friday at 4, please."], name=["Rebecca Kerr"],
                       phone=said(K, 32),
                       confirm=["Actually, can you make that a cut and colour?", "yes"]),
    expect("booked", ap(K, 32, "Rebecca Kerr", f"{FRI}T16:00", CC, KIM, 120)),
    note="the service changed at the read-back: re-checked (Kim to 6 on Fridays), read "
         "back again")
add("kin-33", K, 33, p(["Can I book the hour-and-a-half colour Thursday at 5 with Alex?"],
                       name=["Tanya Wilson"], phone=said(K, 33)),
    expect("booked", ap(K, 33, "Tanya Wilson", f"{THU}T17:00", COLOUR, ALEX, 90)),
    asked=True,
    note="the colour by name and length; 'Alex' is Alexandra (Kim leaves at 5)")
add("kin-34", K, 34, p(["Can Kim do highlights Saturday at 10?"], name=["Paige Martin"],
                       phone=said(K, 34)),
    expect("booked", ap(K, 34, "Paige Martin", f"{SAT}T10:00", HL, ALEX, 150)),
    asked=True,
    note="Kim does no highlights: said so and dropped; Alexandra takes it")

# ======================= Regina barber (15-minute grid) =================================
B = BARBER
DMITRI, JAYDEN = "Dmitri Volkov", "Jayden Bird"
MENS, KIDS, BEARD, COMBO, SHAVE = ("Men's haircut", "Kids' haircut", "Beard trim",
                                   "Haircut and beard trim", "Hot towel shave")
# A weekday said on Tuesday the 9th is the next one.
BWED, BTHU, BFRI, BSAT = "2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13"

add("bar-01", B, 1, p(["Can I get a cut and my beard cleaned up Friday at 10?"],
                      name=["Travis Sinclair"], phone=said(B, 1)),
    expect("booked", ap(B, 1, "Travis Sinclair", f"{BFRI}T10:00", COMBO, DMITRI, 45)),
    note="decision of this round: a cut and the beard in one appointment is the combo")
add("bar-02", B, 2, p(["I need a haircut and a beard trim, Wednesday at 11."],
                      name=["Cole Friesen"], phone=said(B, 2)),
    expect("booked", ap(B, 2, "Cole Friesen", f"{BWED}T11:00", COMBO, DMITRI, 45)),
    note="decision of this round: both services of the combo said apart are the combo")
add("bar-03", B, 3, p(["Haircut and a shave Thursday at 9."],
                      service=["Let's do the shave."], name=["Darnell Cook"],
                      phone=said(B, 3)),
    expect("booked", ap(B, 3, "Darnell Cook", f"{BTHU}T09:00", SHAVE, DMITRI, 45)),
    note="decision of this round: no combined service: the agent asks which; the shave")
add("bar-04", B, 4, p(["Just a lineup Saturday at 8:15, whoever's free."],
                      name=["Malik Ahmed"], phone=said(B, 4)),
    expect("booked", ap(B, 4, "Malik Ahmed", f"{BSAT}T08:15", BEARD, DMITRI, 15)),
    note="'lineup' is the beard trim; Dmitri first")
add("bar-05", B, 5, p(["Hi, can I get a haircut with the guy who cut my hair last time, "
                       "Wednesday at 4?"]),
    expect("booked", ap(B, 5, "Wes Yuzicappi", f"{BWED}T16:00", MENS, JAYDEN, 30)),
    existing=[ex("2027-02-17T15:00", 30, JAYDEN, MENS, "Wes Yuzicappi", num(B, 5))],
    asked=True,
    note="'the guy who cut my hair last time' is the person of the latest appointment "
         "(Jayden; Dmitri is free and first)")
add("bar-06", B, 6, p(["Can I get Jay for a haircut Tuesday?"],
                      time=["Wednesday at noon then"], name=["Logan Thiessen"],
                      phone=said(B, 6)),
    expect("booked", ap(B, 6, "Logan Thiessen", f"{BWED}T12:00", MENS, JAYDEN, 30)),
    asked=True,
    note="decision of this round: 'Jay' (the start of Jayden only) is Jayden, off on "
         "Tuesdays: said so; 'Wednesday' is the 10th, still Jayden")
add("bar-07", B, 7, p(["Hot towel shave Thursday at 5:30."], time=["5:15 then"],
                      name=["Ivan Petrenko"], phone=said(B, 7)),
    expect("booked", ap(B, 7, "Ivan Petrenko", f"{BTHU}T17:15", SHAVE, DMITRI, 45)),
    note="45 minutes from 5:30 run past the 6 o'clock closing; '5:15 then' ends at 6")
add("bar-08", B, 8, p(["I need a kids cut for my boy."],
                      time=["How much is it for kids?", "Saturday at 10"],
                      name=["Ethan Bear"], phone=said(B, 8)),
    expect("booked", ap(B, 8, "Ethan Bear", f"{BSAT}T10:00", KIDS, DMITRI, 30),
           say=["$22"], not_say=[NOT_FOR_YOU]),
    note="a price question at the time question: the kids' price, the time asked again")
add("bar-09", B, 9, p(["Do you do hair colouring?", "Alright, a plain haircut then, "
                       "Friday at 3:30."], name=["Brent Olson"], phone=said(B, 9)),
    expect("booked", ap(B, 9, "Brent Olson", f"{BFRI}T15:30", MENS, DMITRI, 30),
           say=["don't offer"]),
    note="a service not sold, said not offered; then a haircut (Dmitri back at 3)")
add("bar-10", B, 10, p(["Can I get my beard done and a haircut Saturday at 11?"],
                       name=["Jesse Moosomin"], phone=said(B, 10)),
    expect("booked", ap(B, 10, "Jesse Moosomin", f"{BSAT}T11:00", COMBO, DMITRI, 45)),
    note="decision of this round: the beard and a haircut, in that order, are the combo")
add("bar-11", B, 11, p(["Beard trim Thursday at 11:30."], name=["Omar Haddad"],
                       phone=said(B, 11), confirm=["Is there parking there?", "yes"]),
    expect("booked", ap(B, 11, "Omar Haddad", f"{BTHU}T11:30", BEARD, DMITRI, 15),
           say=["free parking"]),
    note="a parking question at the read-back: answered, the read-back asked again")
add("bar-12", B, 12, p(["Haircut Friday at 4 please, someone other than Dmitri."],
                       name=["Shane Lavallee"], phone=said(B, 12)),
    expect("booked", ap(B, 12, "Shane Lavallee", f"{BFRI}T16:00", MENS, JAYDEN, 30)),
    asked=True,
    note="'someone other than Dmitri' excludes him; Jayden")
add("bar-13", B, 13, p(["I won't make it to my lineup Saturday, can you cancel it?"]),
    expect("cancelled", ap(B, 13, "Curtis Pelletier", f"{BSAT}T09:00", BEARD, DMITRI, 15)),
    existing=[ex(f"{BWED}T15:00", 30, DMITRI, MENS, "Curtis Pelletier", num(B, 13)),
              ex(f"{BSAT}T09:00", 15, DMITRI, BEARD, "Curtis Pelletier", num(B, 13))],
    note="a known caller with two on file cancels the lineup (beard trim) on Saturday")
add("bar-14", B, 14, p(["Hey, can I get the usual on Thursday at 2?"]),
    expect("booked", ap(B, 14, "Marcel Desnomie", f"{BTHU}T14:00", COMBO, JAYDEN, 45)),
    existing=[ex("2027-02-24T14:00", 45, JAYDEN, COMBO, "Marcel Desnomie", num(B, 14))],
    note="beyond the SPEC (decision of this round): 'the usual' is the service of the "
         "latest appointment (the combo); Dmitri is on his break at 2, Jayden is first")

# ======================= Vancouver salon (15-minute grid) ===============================
C = CEDAR
MARCO, PRIYA, JEN = "Marco Diaz", "Priya Nair", "Jen Okafor"
BANG, HAIR, CCOL = "Bang trim", "Haircut", "Colour"
CTUE, CWED, CTHU, CFRI, CSAT = ("2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12",
                                "2027-02-13")

add("ced-01", C, 1, p(["I'd like a cut and colour on Wednesday at 10."],
                      service=["The haircut."], name=["Aisha Mohamed"], phone=said(C, 1)),
    expect("booked", ap(C, 1, "Aisha Mohamed", f"{CWED}T10:00", HAIR, MARCO, 45)),
    note="decision of this round: no combined service here, so the agent asks which to "
         "book; the haircut")
add("ced-02", C, 2, p(["Hi, it's the usual with Jen, Friday at 11 if she's got it."]),
    expect("booked", ap(C, 2, "Grace Lam", f"{CFRI}T11:00", CCOL, JEN, 90)),
    existing=[ex("2027-01-09T10:00", 90, JEN, CCOL, "Grace Lam", num(C, 2))],
    asked=True,
    note="beyond the SPEC (decision of this round): 'the usual' is the latest "
         "appointment's service (colour), with Jen")
add("ced-03", C, 3, p(["Can I pop in to get my bangs trimmed Thursday at 12:45?"],
                      name=["Sophie Leblanc"], phone=said(C, 3)),
    expect("booked", ap(C, 3, "Sophie Leblanc", f"{CTHU}T12:45", BANG, MARCO, 15)),
    note="'bangs' is the bang trim (15 minutes), ends at Marco's 1 o'clock lunch")
add("ced-04", C, 4, p(["Can Jen colour my hair on Tuesday at 2?"],
                      time=["Wednesday at 2 then"], name=["Farah Siddiqui"],
                      phone=said(C, 4)),
    expect("booked", ap(C, 4, "Farah Siddiqui", f"{CWED}T14:00", CCOL, JEN, 90)),
    asked=True,
    note="'colour' said as a verb; Jen is off on Tuesdays: said so; Wednesday at 2")
add("ced-05", C, 5, p(["Colour Saturday at 3."], time=["2:30 then"], name=["Mei Chen"],
                      phone=said(C, 5)),
    expect("booked", ap(C, 5, "Mei Chen", f"{CSAT}T14:30", CCOL, JEN, 90)),
    note="90 minutes from 3 run past the 4 o'clock Saturday closing; '2:30 then'")
add("ced-06", C, 6, p(["A haircut Friday at 10."], name=["Liam O'Brien"], phone=said(C, 6),
                      confirm=["How long will I be there?", "yes"]),
    expect("booked", ap(C, 6, "Liam O'Brien", f"{CFRI}T10:00", HAIR, MARCO, 45),
           say=["45"]),
    note="a length question at the read-back: answered (45 minutes), read back again")
add("ced-07", C, 7, p(["Haircut Wednesday at 1, whoever's free."], name=["Ava Patel"],
                      phone=said(C, 7)),
    expect("booked", ap(C, 7, "Ava Patel", f"{CWED}T13:00", HAIR, PRIYA, 45)),
    note="'whoever's free': Marco is at lunch, Priya takes it")
add("ced-08", C, 8, p(["Do you do beard trims?", "No worries, bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="'beard trims' is not the haircut listed as 'trim': not offered; the caller "
         "hangs up")
add("ced-09", C, 9, p(["I'd like a haircut with Priya on Friday at 11."],
                      time=["Saturday at 10 then"], name=["Hailey Brooks"],
                      phone=said(C, 9)),
    expect("booked", ap(C, 9, "Hailey Brooks", f"{CSAT}T10:00", HAIR, PRIYA, 45)),
    asked=True,
    note="Priya is off on Fridays: said so; Saturday at 10, still with Priya")
add("ced-10", C, 10, p(["I need my fringe trimmed and a colour, Thursday at 3."],
                       service=["Let's just do the colour."], name=["Isabel Santos"],
                       phone=said(C, 10)),
    expect("booked", ap(C, 10, "Isabel Santos", f"{CTHU}T15:00", CCOL, JEN, 90)),
    note="decision of this round: two services with no combined one: asked which; the "
         "colour")
add("ced-11", C, 11, p(["Can I book a haircut with whoever did my hair last time? "
                        "Wednesday at 11."]),
    expect("booked", ap(C, 11, "Nadia Rahman", f"{CWED}T11:00", HAIR, PRIYA, 45)),
    existing=[ex("2026-12-12T11:00", 45, PRIYA, HAIR, "Nadia Rahman", num(C, 11))],
    asked=True,
    note="'whoever did my hair last time' is the latest appointment's person (Priya; "
         "Marco is free and first)")

# ---------------- added after the blind run (variants of the fixes) ---------------------
add("kin-35v", K, 41, p(["Can I get a haircut plus a colour Friday at 9?"],
                        name=["Brenda Lacroix"], phone=said(K, 41)),
    expect("booked", ap(K, 41, "Brenda Lacroix", f"{FRI}T09:00", CC, KIM, 120)),
    note="after the blind run: two services joined by 'plus' are the cut and colour "
         "(kin-14, kin-15)")
add("kin-36v", K, 42, p(["I'd like a blow-dry and highlights on Wednesday at 10."],
                        service=["Just the blow-dry."], name=["Sandra Leduc"],
                        phone=said(K, 42)),
    expect("booked", ap(K, 42, "Sandra Leduc", f"{WED}T10:00", BLOW, ALEX, 30),
           say=["one service at a time"]),
    note="after the blind run: two services with no combined one: asked which (kin-16)")
add("bar-15v", B, 41, p(["Could I get a lineup and a haircut Thursday at 3?"],
                        name=["Tyson Redcloud"], phone=said(B, 41)),
    expect("booked", ap(B, 41, "Tyson Redcloud", f"{BTHU}T15:00", COMBO, DMITRI, 45)),
    note="after the blind run: the beard trim by its phrase 'lineup' and a haircut are "
         "the combo (bar-02)")
add("kin-37v", K, 43, p(["Could I see Marc for a haircut Thursday at 4?"],
                        name=["Derek Vance"], phone=said(K, 43)),
    expect("booked", ap(K, 43, "Derek Vance", f"{THU}T16:00", CUT, MARCUS, 30)),
    asked=True,
    note="after the blind run: 'Marc', the start of Marcus only, is Marcus (Kim is free "
         "and first) (kin-31, bar-06)")
add("kin-38v", K, 44, p(["I'd like a blow-dry with whoever did my hair before, Thursday "
                         "at 3."]),
    expect("booked", ap(K, 44, "Allison Park", f"{THU}T15:00", BLOW, MARCUS, 30)),
    existing=[ex("2027-04-02T11:00", 30, MARCUS, CUT, "Allison Park", num(K, 44))],
    asked=True,
    note="after the blind run: 'whoever did my hair before' is the person on file, not "
         "'whoever' (anyone) (ced-11)")
add("kin-39v", K, 45, p(["Hi, I need my greys touched up Thursday at 10."],
                        name=["Louise Bedard"], phone=said(K, 45)),
    expect("booked", ap(K, 45, "Louise Bedard", f"{THU}T10:00", COLOUR, KIM, 90)),
    note="after the blind run: 'my greys', a word of the colour's phrase 'grey "
         "coverage' (kin-20)")
add("kin-40v", K, 46, p(["Is the salon accessible by wheelchair?", "Okay, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["step-free"]),
    note="after the blind run: the `accessibility` topic by its family's word (kin-25)")
add("bar-16v", B, 42, p(["Can I get Jayden for a beard trim Tuesday at 10?"],
                        time=["Anybody's fine then, Tuesday at 10."], name=["Wade Kaiswatum"],
                        phone=said(B, 42)),
    expect("booked", ap(B, 42, "Wade Kaiswatum", "2027-03-16T10:00", BEARD, DMITRI, 15)),
    note="after the blind run: 'anybody's fine' drops Jayden, off on Tuesdays (kin-24)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    print(write_business_probe(os.path.join(HERE, "services23_calls.jsonl"), lines),
          "cases")
