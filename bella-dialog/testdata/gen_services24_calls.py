#!/usr/bin/env python3
"""Writes services24_calls.jsonl: English service and staff calls (SPEC §3, §3.1;
docs/services.md) against four businesses:

- `businesses/hearing_dawson_creek.toml` (new): a Dawson Creek hearing clinic
  (America/Dawson_Creek, UTC-7 all year) on a 15-minute grid: a free hearing screening,
  a full hearing test and a tinnitus consultation only the audiologist (Dr. Karen
  Whitford, off Fridays and Saturdays, lunch 12 to 1) does, a hearing aid fitting of 90
  minutes (the audiologist or Derek Olafson, the hearing instrument practitioner, off
  Mondays), a hearing aid check anyone does, ear wax removal by Derek or the nurse
  (Lori Chalmers: Monday, Wednesday, Friday to 2:30 and Saturday mornings, away one
  Friday);
- `businesses/salon_kingston.toml`: the Kingston salon of round 23;
- `businesses/barber.toml`: the Regina barber of round 13;
- `../examples/clinic.toml`: the Halifax physiotherapy clinic of the dev calls.

What it probes: "what's the difference between X and Y?", prices and lengths, "do you
do X?" for services not sold, services named loosely; two services in one call with no
combined service; staff: "anyone but Kim", "whoever's free first", "the same person as
last time", a person who does not do the service, a person off that day, a person by
title ("the doctor", "the audiologist", "the nurse"); changes of service or person in
the middle of the call, read-back refusals, windows where the service's length decides
which starts fit, the earliest free.

Decisions where the SPEC is silent (each note says so):
- "What's the difference between X and Y?" is answered with what the business lists of
  each: its length and its price (checked by the prices).
- Two services asked for in one call that the business does not sell as one: a front
  desk books them back to back. The agent books the first one named at the time asked
  (no "which one?" needed), then offers the second right after it ("... right after, at
  10:00"); the call's `appointment` stays the first booking. The persona keeps a
  `service` answer naming the first, so a "which one?" question still leads to the same
  booking; the offer is checked by its words "right after". (As built: the agent asks
  which comes first, as round 23 does, then offers the other right after it.)
- A person asked for by title: "the doctor" is the one resource whose name starts with
  "Dr."; "the audiologist", "the nurse" are the person the business file's comment
  calls so (a `title` of the resource, decision of this round).

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Each line's `business` is a path relative to testdata/; every
booked or moved start is checked against the oracle, and a booking for which the caller
asks for nobody is checked to go to the first free resource in the file's order.

Run: python3 bella-dialog/testdata/gen_services24_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

HEAR, KINGSTON, BARBER, CLINIC = ("businesses/hearing_dawson_creek.toml",
                                  "businesses/salon_kingston.toml",
                                  "businesses/barber.toml", "../examples/clinic.toml")
TZ = {HEAR: "America/Dawson_Creek", KINGSTON: "America/Toronto", BARBER: "America/Regina",
      CLINIC: "America/Halifax"}
# The hearing clinic: Tuesday 2027-05-11 before opening; Kingston: Tuesday 2027-04-20
# before opening; the barber: Tuesday 2027-03-09 mid-morning; the clinic: Monday
# 2026-12-14 mid-morning.
NOW = {HEAR: "2027-05-11T08:10", KINGSTON: "2027-04-20T08:40", BARBER: "2027-03-09T10:05",
       CLINIC: "2026-12-14T09:20"}
AREA = {HEAR: "250", KINGSTON: "613", BARBER: "306", CLINIC: "902"}
LANGS = {b: ["en-CA"] for b in TZ}
KIND = "services24"

R = BusinessRound("s24", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
SORRY = "Sorry, I can help"
AFTER = "right after"

# ======================= Dawson Creek hearing clinic (15-minute grid) ===================
H = HEAR
KW, DO, LC = "Dr. Karen Whitford", "Derek Olafson", "Lori Chalmers"
SCR, TEST, FIT, CHK, WAX, TIN = ("Hearing screening", "Hearing test", "Hearing aid fitting",
                                 "Hearing aid check", "Ear wax removal",
                                 "Tinnitus consultation")
# Said on Tuesday the 11th: "Wednesday" is the 12th ... "Monday" the 17th.
HTUE, HWED, HTHU, HFRI, HSAT, HMON, HNTUE = ("2027-05-11", "2027-05-12", "2027-05-13",
                                             "2027-05-14", "2027-05-15", "2027-05-17",
                                             "2027-05-18")

add("hear-01", H, 1, p(["Hi, what's the difference between a hearing screening and a full "
                        "hearing test?",
                        "Okay, I'll book the full test then, Wednesday at 10."],
                       name=["Walter Kowalchuk"], phone=said(H, 1)),
    expect("booked", ap(H, 1, "Walter Kowalchuk", f"{HWED}T10:00", TEST, KW, 60),
           say=["free", "$150"], not_say=[SORRY]),
    note="decision of this round: the difference is answered with each one's length and "
         "price; then the full test (the audiologist only)")
add("hear-02", H, 2, p(["Hi there, I'd like to make an appointment."],
                       service=["What's the difference between a hearing aid check and a "
                                "fitting?", "Oh, just the check then."],
                       time=["Thursday at 2"], name=["Doreen Fehr"], phone=said(H, 2)),
    expect("booked", ap(H, 2, "Doreen Fehr", f"{HTHU}T14:00", CHK, KW, 30),
           say=["$40", "$200"], not_say=[SORRY]),
    note="decision of this round: the difference asked at the service question; the "
         "question asked again; the check with the first free (the audiologist)")
add("hear-03", H, 3, p(["How much is it to get ear wax removed?",
                        "Okay, can I book that for Friday morning?"],
                       time=["9:30 works."], name=["Gary Lindquist"], phone=said(H, 3)),
    expect("booked", ap(H, 3, "Gary Lindquist", f"{HFRI}T09:30", WAX, DO, 30),
           say=["$75"]),
    note="a price by a loose wording ('ear wax removed'); Friday morning offered; Lori "
         "is away that Friday, Derek takes it")
add("hear-04", H, 4, p(["How long does a hearing aid fitting take?",
                        "Alright, book me one Saturday at 9 then."],
                       name=["Sharon Mackenzie"], phone=said(H, 4)),
    expect("booked", ap(H, 4, "Sharon Mackenzie", f"{HSAT}T09:00", FIT, DO, 90),
           not_say=[SORRY]),
    note="a length question, then the fitting; the audiologist is off Saturdays")
add("hear-05", H, 5, p(["Do you do balance testing? I get dizzy spells.",
                        "Okay, never mind then. Thanks, bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a service not sold: said not offered; the caller hangs up")
add("hear-06", H, 6, p(["I need my ears cleaned out, could I come in Wednesday at 1?"],
                       name=["Ken Bouchard"], phone=said(H, 6)),
    expect("booked", ap(H, 6, "Ken Bouchard", f"{HWED}T13:00", WAX, DO, 30)),
    note="'my ears cleaned' is the wax removal's phrase 'ear cleaning' said loosely; "
         "Derek first")
add("hear-07", H, 7, p(["I'd like a hearing test with the audiologist, Monday at 9."],
                       name=["Irene Gauthier"], phone=said(H, 7)),
    expect("booked", ap(H, 7, "Irene Gauthier", f"{HMON}T09:00", TEST, KW, 60)),
    asked=True,
    note="'the audiologist' by title (she alone does the test anyway); Monday is the 17th")
add("hear-08", H, 8, p(["Can I see the doctor for a hearing aid check Friday at 3?"],
                       time=["Thursday at 3 then."], name=["Brian Nikiforuk"],
                       phone=said(H, 8)),
    expect("booked", ap(H, 8, "Brian Nikiforuk", f"{HTHU}T15:00", CHK, KW, 30)),
    asked=True,
    note="decision of this round: 'the doctor' is the one person named 'Dr.'; she is off "
         "on Fridays: said so; Thursday at 3 with her")
add("hear-09", H, 9, p(["I need a hearing aid check, whoever's free first."],
                       time=["Yeah, that's good."], name=["Cheryl Olsen"],
                       phone=said(H, 9)),
    expect("booked", ap(H, 9, "Cheryl Olsen", f"{HTUE}T08:30", CHK, DO, 30)),
    note="'whoever's free first' is the earliest free with anyone: today at 8:30 with "
         "Derek (the audiologist starts at 9, Lori is off Tuesdays); a yes takes it")
add("hear-10", H, 10, p(["Ear wax removal Saturday at 10, anyone but Derek please."],
                        name=["Lorraine Dubois"], phone=said(H, 10)),
    expect("booked", ap(H, 10, "Lorraine Dubois", f"{HSAT}T10:00", WAX, LC, 30)),
    asked=True,
    note="'anyone but Derek' leaves Lori (Derek is first for wax removal)")
add("hear-11", H, 11, p(["Hi, can I book a hearing aid check with the same person as last "
                         "time? Wednesday at 11."]),
    expect("booked", ap(H, 11, "Stan Wiebe", f"{HWED}T11:00", CHK, LC, 30)),
    existing=[ex("2027-04-21T10:00", 30, LC, CHK, "Stan Wiebe", num(H, 11))],
    asked=True,
    note="'the same person as last time' from a known caller: Lori (the audiologist is "
         "free and first)")
add("hear-12", H, 12, p(["Could Lori do my hearing test Thursday at 10?"],
                        name=["Marlene Hiebert"], phone=said(H, 12)),
    expect("booked", ap(H, 12, "Marlene Hiebert", f"{HTHU}T10:00", TEST, KW, 60)),
    asked=True,
    note="Lori does no hearing tests: said so and dropped; the audiologist")
add("hear-13", H, 13, p(["I'd like Derek to fit my new hearing aids Monday at 10."],
                        time=["Wednesday at 10 then."], name=["Arnold Penner"],
                        phone=said(H, 13)),
    expect("booked", ap(H, 13, "Arnold Penner", f"{HWED}T10:00", FIT, DO, 90)),
    asked=True,
    note="Derek is off on Mondays: said so, his nearest times offered; Wednesday at 10 "
         "with him")
add("hear-14", H, 14, p(["Can you book me a hearing screening Thursday at 9:30?"],
                        name=["Actually, make that a full hearing test instead.",
                              "Pauline Sawchuk"], phone=said(H, 14)),
    expect("booked", ap(H, 14, "Pauline Sawchuk", f"{HTHU}T09:30", TEST, KW, 60)),
    note="the service changed at the name question: the full test at the same time, the "
         "name asked again")
add("hear-15", H, 15, p(["Hearing aid check with Derek on Wednesday at 2, please."],
                        name=["Vern Toews"], phone=said(H, 15),
                        confirm=["Actually, could I have Lori instead?", "yes"]),
    expect("booked", ap(H, 15, "Vern Toews", f"{HWED}T14:00", CHK, LC, 30)),
    asked=True,
    note="the person changed at the read-back: Lori is free at 2 (she works to 2:30 on "
         "Wednesdays); read back again")
add("hear-16", H, 16, p(["A hearing screening Friday at 11, please."],
                        name=["Tammy Reimer"], phone=said(H, 16),
                        confirm=["No, I said Friday at 1.", "yes"]),
    expect("booked", ap(H, 16, "Tammy Reimer", f"{HFRI}T13:00", SCR, DO, 30)),
    note="the read-back refused with a correction: Friday at 1; Derek (the audiologist "
         "off Fridays, Lori away)")
add("hear-17", H, 17, p(["I need a hearing aid fitting Thursday after 4."],
                        time=["Okay, Friday at 9 then."], name=["Elmer Dyck"],
                        phone=said(H, 17)),
    expect("booked", ap(H, 17, "Elmer Dyck", f"{HFRI}T09:00", FIT, DO, 90)),
    note="90 minutes from 4 or later run past 5: nothing in the window; the caller "
         "takes Friday at 9 (Derek)")
add("hear-18", H, 18, p(["Could I get a fitting Wednesday between 3:30 and 5?"],
                        time=["Yes please."], name=["Gladys Unruh"], phone=said(H, 18)),
    expect("booked", ap(H, 18, "Gladys Unruh", f"{HWED}T15:30", FIT, KW, 90)),
    note="only 3:30 lets 90 minutes end by 5 inside the window; the audiologist first; "
         "a yes takes it")
add("hear-19", H, 19, p(["What's the earliest you can fit me in for a tinnitus "
                         "consultation?"],
                        time=["Sure, I'll take it."], name=["Roland Klassen"],
                        phone=said(H, 19)),
    expect("booked", ap(H, 19, "Roland Klassen", f"{HTUE}T09:00", TIN, KW, 45)),
    note="the earliest free for a service only the audiologist does: today at 9")
add("hear-20", H, 20, p(["I need a hearing test and my ears cleaned, Thursday at 9."],
                        service=["The hearing test first."], name=["Bernice Froese"],
                        phone=said(H, 20)),
    expect("booked", ap(H, 20, "Bernice Froese", f"{HTHU}T09:00", TEST, KW, 60),
           say=[AFTER]),
    note="decision of this round: two services, none selling both: the first named is "
         "booked, the second offered right after it")
add("hear-21", H, 21, p(["Can I get a hearing aid check and wax removal Saturday at 10?"],
                        service=["The hearing aid check."], name=["Leonard Hamm"],
                        phone=said(H, 21)),
    expect("booked", ap(H, 21, "Leonard Hamm", f"{HSAT}T10:00", CHK, DO, 30),
           say=[AFTER]),
    note="decision of this round: the check first (Derek), the wax removal offered "
         "right after")
add("hear-22", H, 22, p(["My hearing aid's been whistling, can someone take a look at it "
                         "Thursday at 11?"],
                        service=["Just a check, I think."], name=["Evelyn Braun"],
                        phone=said(H, 22)),
    expect("booked", ap(H, 22, "Evelyn Braun", f"{HTHU}T11:00", CHK, KW, 30)),
    note="'hearing aid' alone is said by several services: asked (or taken as the "
         "check); the check with the audiologist")
add("hear-23", H, 23, p(["Do you do cochlear implants?",
                         "Alright, I'll book a hearing test then, Monday at 1."],
                        name=["Howard Letkeman"], phone=said(H, 23)),
    expect("booked", ap(H, 23, "Howard Letkeman", f"{HMON}T13:00", TEST, KW, 60),
           say=["don't offer"]),
    note="a service not sold: said not offered; then a hearing test")
add("hear-24", H, 24, p(["How much is a hearing test, and do I need a referral?",
                         "Okay, thanks, bye."]),
    expect("no_booking", no_appt=True, say=["$150", "No referral needed"]),
    note="a price and the business's own topic in one turn; the caller hangs up")
add("hear-25", H, 25, p(["I'd like to see the nurse to get my ears cleaned, Wednesday at 9."],
                        name=["Darlene Enns"], phone=said(H, 25)),
    expect("booked", ap(H, 25, "Darlene Enns", f"{HWED}T09:00", WAX, LC, 30)),
    asked=True,
    note="decision of this round: 'the nurse' is Lori by her title (Derek is first for "
         "wax removal)")
add("hear-26", H, 26, p(["Can the audiologist do a hearing aid check next Tuesday at 2?"],
                        time=["2:30 then."], name=["Clifford Neufeld"], phone=said(H, 26)),
    expect("booked", ap(H, 26, "Clifford Neufeld", f"{HNTUE}T14:30", CHK, KW, 30)),
    existing=[ex(f"{HNTUE}T14:00", 30, KW, SCR)],
    asked=True,
    note="decision of this round: 'the audiologist' is Dr. Whitford by title; she is "
         "booked at 2 on the 18th: said so; 2:30 with her (Derek is free at 2)")
add("hear-27", H, 27, p(["Could Lori do a hearing screening Thursday at 10?"],
                        time=["Anyone's fine then."], name=["Agnes Wall"],
                        phone=said(H, 27)),
    expect("booked", ap(H, 27, "Agnes Wall", f"{HTHU}T10:00", SCR, KW, 30)),
    note="Lori is off on Thursdays: said so; 'anyone's fine' drops her and keeps "
         "Thursday at 10; the audiologist first")
add("hear-28", H, 28, p(["Tinnitus consultation Wednesday at 11:30, please."],
                        time=["11:15 then."], name=["Russell Thiessen"],
                        phone=said(H, 28)),
    expect("booked", ap(H, 28, "Russell Thiessen", f"{HWED}T11:15", TIN, KW, 45)),
    note="45 minutes from 11:30 run into the audiologist's noon lunch: refused; '11:15 "
         "then' keeps Wednesday")
add("hear-29", H, 29, p(["Hearing aid check Saturday at 9:30."], name=["Lois Harder"],
                        phone=said(H, 29),
                        confirm=["Oh, do you bill Veterans Affairs?", "yes"]),
    expect("booked", ap(H, 29, "Lois Harder", f"{HSAT}T09:30", CHK, DO, 30),
           say=["Veterans Affairs"]),
    note="a payment question at the read-back: answered, read back again")
add("hear-30", H, 30, p(["I want a hearing aid check with the same one I saw last time, "
                         "Friday at 10."],
                        time=["Thursday at 4 then."]),
    expect("booked", ap(H, 30, "Harold Giesbrecht", f"{HTHU}T16:00", CHK, KW, 30)),
    existing=[ex("2027-03-30T10:00", 90, KW, FIT, "Harold Giesbrecht", num(H, 30))],
    asked=True,
    note="'the same one I saw last time' is the audiologist; off on Fridays: said so; "
         "Thursday at 4 with her")
add("hear-31", H, 31, p(["When's the soonest Derek could fit me for hearing aids?"],
                        time=["Yes, that works."], name=["Jean Martens"],
                        phone=said(H, 31)),
    expect("booked", ap(H, 31, "Jean Martens", f"{HTUE}T08:30", FIT, DO, 90)),
    asked=True,
    note="the earliest with Derek for a fitting: today at 8:30")

# ======================= Kingston salon (15-minute grid) ================================
K = KINGSTON
KIM, ALEX, MARCUS = "Kim Nguyen", "Alexandra Boucher", "Marcus Reid"
CUT, COLOUR, CC, HL, BLOW = "Haircut", "Colour", "Cut and colour", "Highlights", "Blow-dry"
WED, THU, FRI, SAT, TUE = "2027-04-21", "2027-04-22", "2027-04-23", "2027-04-24", "2027-04-27"

add("kin-01", K, 51, p(["What's the difference between a colour and highlights?",
                        "Okay, let's do the highlights, Saturday at 9."],
                       name=["Jennifer Brennan"], phone=said(K, 51)),
    expect("booked", ap(K, 51, "Jennifer Brennan", f"{SAT}T09:00", HL, ALEX, 150),
           say=["from $95", "from $160"], not_say=[SORRY]),
    note="decision of this round: the difference is each one's length and price")
add("kin-02", K, 52, p(["What's the difference between a blowout and a haircut?",
                        "Just the blowout then, Friday at 4."],
                       name=["Courtney Mills"], phone=said(K, 52)),
    expect("booked", ap(K, 52, "Courtney Mills", f"{FRI}T16:00", BLOW, KIM, 30),
           say=["$40", "$48"], not_say=[SORRY]),
    note="decision of this round: 'blowout' (a phrase of the blow-dry) against the "
         "haircut; Kim first")
add("kin-03", K, 53, p(["Haircut Thursday at 1, with anyone but Kim."],
                       name=["Trevor Langlois"], phone=said(K, 53)),
    expect("booked", ap(K, 53, "Trevor Langlois", f"{THU}T13:00", CUT, ALEX, 30)),
    asked=True,
    note="'anyone but Kim': Alexandra next in order")
add("kin-04", K, 54, p(["I'd like a colour with the same person as last time, Saturday at "
                        "10."]),
    expect("booked", ap(K, 54, "Nicole Ferreira", f"{SAT}T10:00", COLOUR, ALEX, 90)),
    existing=[ex("2027-03-13T10:00", 90, ALEX, COLOUR, "Nicole Ferreira", num(K, 54))],
    asked=True,
    note="'the same person as last time' is Alexandra (Kim is free and first)")
add("kin-05", K, 55, p(["Can I get a haircut with Marcus on Friday?"],
                       time=["Actually, I'll go with Kim instead, at 10."],
                       name=["Spencer Holt"], phone=said(K, 55)),
    expect("booked", ap(K, 55, "Spencer Holt", f"{FRI}T10:00", CUT, KIM, 30)),
    asked=True,
    note="the person changed while times are offered: Kim at 10 on Friday")
add("kin-06", K, 56, p(["A blow-dry Thursday at 2, please."], name=["Monica Szabo"],
                       phone=said(K, 56),
                       confirm=["Actually, can we do highlights instead?", "yes"]),
    expect("booked", ap(K, 56, "Monica Szabo", f"{THU}T14:00", HL, ALEX, 150)),
    note="the service changed at the read-back: highlights (Alexandra only, to 8 on "
         "Thursdays) re-checked and read back")
add("kin-07", K, 57, p(["I need a haircut and a blow-dry Friday at 2."],
                       service=["The haircut first."], name=["Alicia Perron"],
                       phone=said(K, 57)),
    expect("booked", ap(K, 57, "Alicia Perron", f"{FRI}T14:00", CUT, KIM, 30),
           say=[AFTER]),
    note="decision of this round: no service is both: the haircut booked, the blow-dry "
         "offered right after")
add("kin-08", K, 58, p(["Could I book highlights and a blow-dry for Saturday at 9?"],
                       service=["Highlights first."], name=["Gabrielle Pare"],
                       phone=said(K, 58)),
    expect("booked", ap(K, 58, "Gabrielle Pare", f"{SAT}T09:00", HL, ALEX, 150),
           say=[AFTER]),
    note="decision of this round: the highlights booked, the blow-dry offered right "
         "after")
add("kin-09", K, 59, p(["Cut and colour Saturday, sometime between 1 and 3?"],
                       time=["Sure, that one."], name=["Jocelyn Ritchie"],
                       phone=said(K, 59)),
    expect("booked", ap(K, 59, "Jocelyn Ritchie", f"{SAT}T13:00", CC, KIM, 120)),
    note="two hours inside 1 to 3 only fit from 1 (the salon closes at 3 on Saturdays)")
add("kin-10", K, 60, p(["Do you guys do perms?", "No problem, thanks anyway. Bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a service not sold: said not offered; the caller hangs up")
add("kin-11", K, 61, p(["Do you do men's cuts? Could I get one Thursday at 3 with Marcus?"],
                       name=["Derrick Chow"], phone=said(K, 61)),
    expect("booked", ap(K, 61, "Derrick Chow", f"{THU}T15:00", CUT, MARCUS, 30)),
    asked=True,
    note="a service by a listed phrase asked and booked in one turn with Marcus")
add("kin-12", K, 62, p(["Can Alexandra do my colour next Tuesday?"],
                       time=["How about Wednesday at 9 then?"], name=["Rosalie Kerr"],
                       phone=said(K, 62)),
    expect("booked", ap(K, 62, "Rosalie Kerr", f"{WED}T09:00", COLOUR, ALEX, 90)),
    asked=True,
    note="Alexandra is off on Tuesdays: said so; Wednesday the 21st at 9 with her")
add("kin-13", K, 63, p(["What's your first available for highlights?"],
                       time=["Yes, perfect."], name=["Chantal Morel"], phone=said(K, 63)),
    expect("booked", ap(K, 63, "Chantal Morel", f"{WED}T09:00", HL, ALEX, 150)),
    note="the earliest for highlights (Alexandra only, off Tuesdays): Wednesday at 9")
add("kin-14", K, 64, p(["Haircut with Kim Friday at 11."], name=["Jared Pelletier"],
                       phone=said(K, 64),
                       confirm=["No, not Kim, sorry, with Marcus.", "yes"]),
    expect("booked", ap(K, 64, "Jared Pelletier", f"{FRI}T11:00", CUT, MARCUS, 30)),
    asked=True,
    note="the read-back refused for the person: Marcus at the same time, read back again")

# ======================= Regina barber (15-minute grid) =================================
B = BARBER
DMITRI, JAYDEN = "Dmitri Volkov", "Jayden Bird"
MENS, KIDS, BEARD, COMBO, SHAVE = ("Men's haircut", "Kids' haircut", "Beard trim",
                                   "Haircut and beard trim", "Hot towel shave")
BTUE, BWED, BTHU, BFRI, BSAT = ("2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12",
                                "2027-03-13")

add("bar-01", B, 51, p(["What's the difference between the combo and a regular haircut?",
                        "I'll take the combo, Thursday at 11."],
                       name=["Curtis Lavallee"], phone=said(B, 51)),
    expect("booked", ap(B, 51, "Curtis Lavallee", f"{BTHU}T11:00", COMBO, DMITRI, 45),
           say=["$45", "$32"], not_say=[SORRY]),
    note="decision of this round: the difference is each one's length and price")
add("bar-02", B, 52, p(["Can I get a haircut and a shave Friday at 3?"],
                       service=["The haircut first."], name=["Troy Wapass"],
                       phone=said(B, 52)),
    expect("booked", ap(B, 52, "Troy Wapass", f"{BFRI}T15:00", MENS, DMITRI, 30),
           say=[AFTER]),
    note="decision of this round: no combo of those: the haircut booked, the shave "
         "offered right after (Dmitri)")
add("bar-03", B, 53, p(["Beard trim Saturday at 9, anyone but Dmitri."],
                       name=["Kyle Obey"], phone=said(B, 53)),
    expect("booked", ap(B, 53, "Kyle Obey", f"{BSAT}T09:00", BEARD, JAYDEN, 15)),
    asked=True,
    note="'anyone but Dmitri' leaves Jayden")
add("bar-04", B, 54, p(["Just need a haircut, whoever's free first."],
                       time=["Yeah, I'll take that."], name=["Brady Kostiuk"],
                       phone=said(B, 54)),
    expect("booked", ap(B, 54, "Brady Kostiuk", f"{BTUE}T10:15", MENS, DMITRI, 30)),
    note="the earliest free with anyone: today at 10:15 with Dmitri (Jayden off "
         "Tuesdays)")
add("bar-05", B, 55, p(["Can Jayden give me a hot towel shave Friday at 4?"],
                       name=["Nolan Starblanket"], phone=said(B, 55)),
    expect("booked", ap(B, 55, "Nolan Starblanket", f"{BFRI}T16:00", SHAVE, DMITRI, 45)),
    asked=True,
    note="Jayden does no shaves: said so and dropped; Dmitri")
add("bar-06", B, 56, p(["Beard trim Wednesday at 3."],
                       name=["Actually, make that the combo.", "Wade Cardinal"],
                       phone=said(B, 56)),
    expect("booked", ap(B, 56, "Wade Cardinal", f"{BWED}T15:00", COMBO, DMITRI, 45)),
    note="the service changed at the name question ('the combo', a listed phrase); the "
         "name asked again")
add("bar-07", B, 57, p(["Hot towel shave Thursday, between 12 and 1:30?"],
                       time=["Yeah, the first one."], name=["Dale Bellegarde"],
                       phone=said(B, 57)),
    expect("booked", ap(B, 57, "Dale Bellegarde", f"{BTHU}T12:00", SHAVE, DMITRI, 45)),
    note="Dmitri breaks at 1: only 12:00 and 12:15 fit 45 minutes in the window; the "
         "first")
add("bar-08", B, 58, p(["Can I get a lineup with the same barber as last time, Saturday at "
                        "10?"]),
    expect("booked", ap(B, 58, "Reggie Anaquod", f"{BSAT}T10:00", BEARD, JAYDEN, 15)),
    existing=[ex("2027-02-20T10:00", 30, JAYDEN, MENS, "Reggie Anaquod", num(B, 58))],
    asked=True,
    note="'the same barber as last time' is Jayden (Dmitri is free and first)")
add("bar-09", B, 59, p(["Do you guys do ear piercing?", "Okay, no worries. Bye."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a service not sold; the caller hangs up")
add("bar-10", B, 60, p(["How long's a hot towel shave and what's it cost?",
                        "Alright, Friday at 10 then."],
                       name=["Marcel Pelletier"], phone=said(B, 60)),
    expect("booked", ap(B, 60, "Marcel Pelletier", f"{BFRI}T10:00", SHAVE, DMITRI, 45),
           say=["$40"], not_say=[SORRY]),
    note="length and price in one turn; then the shave on Friday")

# ======================= Halifax physio clinic (30-minute grid) =========================
C = CLINIC
SINGH, LUC = "Dr. Amara Singh", "Luc Gagnon"
IA, FU, MT = "Initial assessment", "Follow-up", "Massage therapy"
CTUE, CWED, CTHU, CFRI, CSAT = ("2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18",
                                "2026-12-19")

add("cli-01", C, 51, p(["What's the difference between an initial assessment and a "
                        "follow-up?",
                        "Okay, I'm new, so the assessment. Wednesday at 10."],
                       name=["Siobhan MacNeil"], phone=said(C, 51)),
    expect("booked", ap(C, 51, "Siobhan MacNeil", f"{CWED}T10:00", IA, SINGH, 60),
           say=["$120", "$85"], not_say=[SORRY]),
    note="decision of this round: the difference is each one's length and price")
add("cli-02", C, 52, p(["I need a follow-up Friday, anyone but Dr. Singh."],
                       time=["Saturday at 10 then."], name=["Angus Fraser"],
                       phone=said(C, 52)),
    expect("booked", ap(C, 52, "Angus Fraser", f"{CSAT}T10:00", FU, LUC, 30)),
    asked=True,
    note="only Dr. Singh works Fridays: nobody else free that day, Luc's times offered; "
         "Saturday at 10 with Luc")
add("cli-03", C, 53, p(["Can Dr. Singh do a massage Wednesday at 2?"],
                       time=["Thursday at 2 then."], name=["Heather Boutilier"],
                       phone=said(C, 53)),
    expect("booked", ap(C, 53, "Heather Boutilier", f"{CTHU}T14:00", MT, LUC, 45)),
    asked=True,
    note="Dr. Singh does no massage: said so and dropped; Luc does not work Wednesdays; "
         "Thursday at 2")
add("cli-04", C, 54, p(["Can I see the doctor for a follow-up Tuesday at 11?"],
                       time=["Wednesday at 11 then."], name=["Colin Robichaud"],
                       phone=said(C, 54)),
    expect("booked", ap(C, 54, "Colin Robichaud", f"{CWED}T11:00", FU, SINGH, 30)),
    asked=True,
    note="decision of this round: 'the doctor' is the one person named 'Dr.'; off on "
         "Tuesdays: said so; Wednesday at 11 with her")
add("cli-05", C, 55, p(["I need a follow-up and a massage on Thursday at 1."],
                       service=["The follow-up first."], name=["Darcy Comeau"],
                       phone=said(C, 55)),
    expect("booked", ap(C, 55, "Darcy Comeau", f"{CTHU}T13:00", FU, LUC, 30),
           say=[AFTER]),
    note="decision of this round: the follow-up booked (Luc, the only one in on "
         "Thursdays), the massage offered right after")
add("cli-06", C, 56, p(["What's the earliest you've got for a massage?"],
                       time=["Yes, that's fine."], name=["Bridget Doucette"],
                       phone=said(C, 56)),
    expect("booked", ap(C, 56, "Bridget Doucette", f"{CTUE}T09:00", MT, LUC, 45)),
    note="the earliest massage: Luc, Tuesday at 9")
add("cli-07", C, 57, p(["A massage Saturday at 11, please."], name=["Ross Chisholm"],
                       phone=said(C, 57), confirm=["No, make it 10:30.", "yes"]),
    expect("booked", ap(C, 57, "Ross Chisholm", f"{CSAT}T10:30", MT, LUC, 45)),
    note="the read-back refused with a new time the same day")
add("cli-08", C, 58, p(["Could I book an assessment Friday between 4 and 5?"],
                       time=["Yes, please."], name=["Fiona Gillis"], phone=said(C, 58)),
    expect("booked", ap(C, 58, "Fiona Gillis", f"{CFRI}T16:00", IA, SINGH, 60)),
    note="an hour inside 4 to 5 only fits from 4 (closing at 5)")
add("cli-09", C, 59, p(["Is Luc in on Christmas Eve? I'd like a massage that morning."],
                       time=["Tuesday the 22nd at 10 then."], name=["Kirsten Myers"],
                       phone=said(C, 59)),
    expect("booked", ap(C, 59, "Kirsten Myers", "2026-12-22T10:00", MT, LUC, 45)),
    asked=True,
    note="Luc is away on the 24th: said so; the 22nd at 10 with him")
add("cli-10", C, 60, p(["I need a follow-up with the same physio as last time, Friday at "
                        "9."],
                       time=["Thursday at 3 then."]),
    expect("booked", ap(C, 60, "Gordon MacIsaac", f"{CTHU}T15:00", FU, LUC, 30)),
    existing=[ex("2026-12-03T10:00", 60, LUC, IA, "Gordon MacIsaac", num(C, 60))],
    asked=True,
    note="'the same physio as last time' is Luc; he does not work Fridays: said so; "
         "Thursday at 3 with him")

# ---------------- added after the blind run (variants of the fixes) ---------------------
add("hear-32v", H, 32, p(["How's a hearing aid check different from a fitting?",
                          "Book the check then, Wednesday at 3."],
                         name=["Irma Peters"], phone=said(H, 32)),
    expect("booked", ap(H, 32, "Irma Peters", f"{HWED}T15:00", CHK, KW, 30),
           say=["$40", "$200"], not_say=[SORRY]),
    note="after the blind run: the difference said as 'different from' (hear-01)")
add("kin-15v", K, 65, p(["What's the difference between a cut and colour and just a colour?",
                         "I'll just do the colour, Thursday at 1."],
                        name=["Sylvie Gagne"], phone=said(K, 65)),
    expect("booked", ap(K, 65, "Sylvie Gagne", f"{THU}T13:00", COLOUR, KIM, 90),
           say=["from $135", "from $95"], not_say=[SORRY]),
    note="after the blind run: the combined service compared with one of its parts "
         "(kin-01)")
add("bar-11v", B, 61, p(["Can I book a beard trim and a hot towel shave Saturday at 9?"],
                        service=["The beard trim first."], name=["Tanner Yuzicappi"],
                        phone=said(B, 61)),
    expect("booked", ap(B, 61, "Tanner Yuzicappi", f"{BSAT}T09:00", BEARD, DMITRI, 15),
           say=[AFTER]),
    note="after the blind run: two services, the second offered right after (bar-02)")
add("hear-33v", H, 33, p(["I need a hearing aid check and a wax removal Wednesday at 9."],
                         service=["The check first."], name=["Ruth Friesen"],
                         phone=said(H, 33), confirm=["yes", "No thanks, just the one."]),
    expect("booked", ap(H, 33, "Ruth Friesen", f"{HWED}T09:00", CHK, KW, 30),
           say=[AFTER, "just the one"]),
    note="after the blind run: the second offered right after (with Derek: the "
         "audiologist does no wax removal) and declined; the check stands (hear-21)")
add("hear-34v", H, 34, p(["Wax removal please, whoever's free first."],
                         time=["Sure."], name=["Wilf Janzen"], phone=said(H, 34)),
    expect("booked", ap(H, 34, "Wilf Janzen", f"{HTUE}T08:30", WAX, DO, 30)),
    note="after the blind run: 'whoever's free first' is the earliest (hear-09)")
add("hear-35v", H, 35, p(["Can I book a screening with the nurse on Monday at 9?"],
                         name=["Olga Wiens"], phone=said(H, 35)),
    expect("booked", ap(H, 35, "Olga Wiens", f"{HMON}T09:00", SCR, LC, 30)),
    asked=True,
    note="after the blind run: 'the nurse' by title (the audiologist is first) (hear-25)")
add("cli-11v", C, 61, p(["I'd like an assessment with the doctor Tuesday at 10."],
                        time=["Wednesday at 10 then."], name=["Bernadette Landry"],
                        phone=said(C, 61)),
    expect("booked", ap(C, 61, "Bernadette Landry", f"{CWED}T10:00", IA, SINGH, 60)),
    asked=True,
    note="after the blind run: 'the doctor' is Dr. Singh, off Tuesdays (cli-04)")
add("hear-36v", H, 36, p(["Could Derek do a hearing aid check Monday at 11?"],
                         time=["Anybody's fine then."], name=["Norm Rempel"],
                         phone=said(H, 36)),
    expect("booked", ap(H, 36, "Norm Rempel", f"{HMON}T11:00", CHK, KW, 30)),
    note="after the blind run: Derek is off Mondays; 'anybody's fine' keeps Monday at "
         "11 with the first free (hear-27)")
add("hear-37v", H, 37, p(["Could I get my ears cleaned and a hearing test, Monday at 10?"],
                         service=["The ear cleaning first."], name=["Gus Loewen"],
                         phone=said(H, 37)),
    expect("booked", ap(H, 37, "Gus Loewen", f"{HMON}T10:00", WAX, LC, 30),
           say=[AFTER]),
    note="after the blind run: 'my ears cleaned' (a phrase in its stems) and a test: "
         "the wax removal (Lori, Derek off Mondays), the test offered right after "
         "(hear-20)")
add("bar-12v", B, 62, p(["How long's a beard trim and how much is it?",
                         "Okay, Saturday at 12 then."],
                        name=["Dustin Kaye"], phone=said(B, 62)),
    expect("booked", ap(B, 62, "Dustin Kaye", f"{BSAT}T12:00", BEARD, DMITRI, 15),
           say=["$18", "15 minutes"]),
    note="after the blind run: length and price in one turn, both answered (bar-10)")
add("hear-38v", H, 38, p(["Hearing screening Saturday at 11."],
                         name=["Do you bill WorkSafeBC?", "Frank Dueck"],
                         phone=said(H, 38)),
    expect("booked", ap(H, 38, "Frank Dueck", f"{HSAT}T11:00", SCR, DO, 30),
           say=["WorkSafeBC"], not_say=[SORRY]),
    note="after the blind run: 'do you bill ...' is the payment topic (hear-29)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    OUT = os.path.join(HERE, "services24_calls.jsonl")
    print(write_business_probe(OUT, lines), "cases")
    # The oracle read the example clinic by its path; the call-file runner and `bella
    # simulate` callers name it "clinic" (tests/scripted/mod.rs `example_business`).
    with open(OUT, encoding="utf-8") as f:
        text = f.read()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text.replace(f'"business": "{CLINIC}"', '"business": "clinic"'))
