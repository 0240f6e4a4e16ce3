#!/usr/bin/env python3
"""Writes services26_calls.jsonl: English service and staff calls, round 26 (SPEC §3,
§3.1; docs/services.md), on two new businesses and four known ones:

- `businesses/physio_saskatoon.toml` (new): a Saskatoon physiotherapy and athletic
  therapy clinic (UTC-6 all year): two physiotherapists on different days, an athletic
  therapist with a lunch hour, dry needling by one person only, Saskatchewan Day closed;
- `businesses/tattoo_lethbridge.toml` (new): a Lethbridge tattoo and piercing studio
  (Mountain time, 30-minute grid): a four-hour session that can run past closing or
  across a dinner break, a piercer away one day, an artist off on Saturdays;
- the Halifax music studio, the St. John's massage clinic, the Thunder Bay chiropractors
  and the Dawson Creek hearing clinic, for last rounds' leftovers (a price or difference
  question naming a service, then another booked; "the first lesson"; "fit me for
  hearing aids").

What it probes: what is offered, prices and lengths asked first, staff by name or by
title, "whoever's free", services said by their phrases, a service that runs past
closing or across a break, a person's day off or day away, a closed day, the second
service offered right after the first, a change at the read-back, and above all a
question about one service followed by booking another: a question about X is not a
choice of X.

Decisions where the SPEC is silent (as rounds 23 to 25 decided them):
- two services with none selling both: the one said first is booked, the other offered
  "right after" it (a yes books it too; the call's appointment is the first);
- a person who does not do the service: said so and dropped; the first free who does;
- a booking for a son or a daughter asks whose name it is.

Written blind from the SPEC, docs/services.md and callslib's slot oracle, and committed
before Bella ran on it. Every booked start is checked against the oracle, and a booking
for which the caller asks for nobody is checked to go to the first free resource in the
file's order.

Run: python3 bella-dialog/testdata/gen_services26_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

P, L = "businesses/physio_saskatoon.toml", "businesses/tattoo_lethbridge.toml"
M, A, C, H = ("businesses/music_halifax.toml", "businesses/massage_acu.toml",
              "businesses/chiro_thunder_bay.toml", "businesses/hearing_dawson_creek.toml")
TZ = {P: "America/Regina", L: "America/Edmonton", M: "America/Halifax",
      A: "America/St_Johns", C: "America/Thunder_Bay", H: "America/Dawson_Creek"}
# physio: Tuesday 2027-07-27; tattoo: Tuesday 2027-09-14; music: Monday 2027-06-28;
# massage: Monday 2027-03-01; chiro: Tuesday 2027-06-29; hearing: Tuesday 2027-05-11.
NOW = {P: "2027-07-27T09:10", L: "2027-09-14T12:30", M: "2027-06-28T11:00",
       A: "2027-03-01T09:00", C: "2027-06-29T09:30", H: "2027-05-11T08:10"}
AREA = {P: "306", L: "403", M: "902", A: "709", C: "807", H: "250"}
LANGS = {b: ["en-CA"] for b in TZ}
KIND = "services26"

R = BusinessRound("s26", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
SORRY = "Sorry, I can help"
AFTER = "right after"

# ======================= Saskatoon physio and athletic therapy (15-minute grid) =========
JEN, RAJ, BRETT = "Jenna Kowalchuk", "Raj Mehta", "Brett Lange"
ASSESS, TREAT, NEEDLE, ATH, BASE, TAPE = ("Physio assessment", "Physio treatment",
                                          "Dry needling", "Athletic therapy",
                                          "Concussion baseline test", "Sports taping")
# Said on Tuesday the 27th: Wednesday 28, Thursday 29, Friday 30 (Jenna off, Raj away),
# Saturday 31, Monday 08-02 (Saskatchewan Day, closed), Tuesday 08-03.
PTUE, PWED, PTHU, PFRI, PSAT, PTUE2 = ("2027-07-27", "2027-07-28", "2027-07-29",
                                       "2027-07-30", "2027-07-31", "2027-08-03")

add("phy-01", P, 1, p(["I rolled my ankle at soccer last night, I'd like the athletic "
                       "therapist to look at it. Wednesday at 8?"],
                      name=["Tanner Sawatzky"], phone=said(P, 1)),
    expect("booked", ap(P, 1, "Tanner Sawatzky", f"{PWED}T08:00", ATH, BRETT, 45)),
    asked=True,
    note="'the athletic therapist' is Brett by title and the service is his one for an "
         "injury; 'sports injury' unsaid, the title names the service he alone offers")
add("phy-02", P, 2, p(["Hi, what kind of services do you guys offer?",
                       "Okay, I'll do a physio assessment Thursday at 10."],
                      name=["Marla Dyck"], phone=said(P, 2)),
    expect("booked", ap(P, 2, "Marla Dyck", f"{PTHU}T10:00", ASSESS, JEN, 60),
           say=["dry needling", "athletic therapy"], not_say=[SORRY]),
    note="the services listed, then one booked; Jenna first")
add("phy-03", P, 3, p(["How long is a concussion baseline test, and what does it cost?",
                       "Okay, my son plays hockey, can he do one Saturday at 9?"],
                      name=["His name is Carter Bzdel."], phone=said(P, 3)),
    expect("booked", ap(P, 3, "Carter Bzdel", f"{PSAT}T09:00", BASE, BRETT, 60),
           say=["$120", "hour"], not_say=[SORRY]),
    note="length and price in one question; the son's name asked; Brett on Saturday")
add("phy-04", P, 4, p(["I need a physio treatment tomorrow at 2, whoever's free."],
                      name=["Lorne Hiebert"], phone=said(P, 4)),
    expect("booked", ap(P, 4, "Lorne Hiebert", f"{PWED}T14:00", TREAT, JEN, 30)),
    note="whoever's free: Jenna (to 3) first")
add("phy-05", P, 5, p(["Can I see Jenna on Friday?"], service=["Just a follow-up."],
                      time=["Thursday at 1 then."], name=["Gail Friesen"],
                      phone=said(P, 5)),
    expect("booked", ap(P, 5, "Gail Friesen", f"{PTHU}T13:00", TREAT, JEN, 30)),
    asked=True,
    note="Jenna is off on Fridays: said so; Thursday at 1 with her")
add("phy-06", P, 6, p(["Can I book a physio assessment for 6:30 tonight?"],
                      time=["Okay, 6 then."], name=["Devon Ratt"], phone=said(P, 6)),
    expect("booked", ap(P, 6, "Devon Ratt", f"{PTUE}T18:00", ASSESS, RAJ, 60)),
    note="an hour from 6:30 runs past 7, closing: said so; 6 with Raj (Jenna left at 3)")
add("phy-07", P, 7, p(["Athletic therapy Wednesday at 11:30?"],
                      time=["1 o'clock then."], name=["Shayla Bear"], phone=said(P, 7)),
    expect("booked", ap(P, 7, "Shayla Bear", f"{PWED}T13:00", ATH, BRETT, 45)),
    note="45 minutes from 11:30 runs into Brett's lunch: said so; 1 o'clock")
add("phy-08", P, 8, p(["Does Jenna do dry needling?",
                       "Okay, then Raj, Wednesday at 4."],
                      name=["Colin Thiessen"], phone=said(P, 8)),
    expect("booked", ap(P, 8, "Colin Thiessen", f"{PWED}T16:00", NEEDLE, RAJ, 30)),
    asked=True,
    note="Jenna does no dry needling: said so; Raj named next")
add("phy-09", P, 9, p(["How much is dry needling?",
                       "Hmm, that's a bit much. I'll just book a regular physio treatment "
                       "Thursday at 11 then."],
                      name=["Bev Unrau"], phone=said(P, 9)),
    expect("booked", ap(P, 9, "Bev Unrau", f"{PTHU}T11:00", TREAT, JEN, 30),
           say=["$90"], not_say=[SORRY]),
    note="a price question about one service, then another booked: the question chose "
         "nothing; Jenna first at 11")
add("phy-10", P, 10, p(["What's the difference between athletic therapy and physio?",
                        "I'll go with athletic therapy, Friday at 9."],
                       name=["Mitchell Klassen"], phone=said(P, 10)),
    expect("booked", ap(P, 10, "Mitchell Klassen", f"{PFRI}T09:00", ATH, BRETT, 45),
           say=["$95", "$85"], not_say=[SORRY]),
    note="the difference (lengths, prices), then one of the two chosen")
add("phy-11", P, 11, p(["Can I get an athletic therapy session and my ankle taped, "
                        "Wednesday at 9?"],
                       service=["The therapy first."], name=["Jordan Pelletier"],
                       phone=said(P, 11)),
    expect("booked", ap(P, 11, "Jordan Pelletier", f"{PWED}T09:00", ATH, BRETT, 45),
           say=[AFTER]),
    note="two services: the first named booked (or asked which first), the taping "
         "offered right after (Brett at 9:45)")
add("phy-12", P, 12, p(["Could the trainer tape my ankle before my game Saturday at 8?"],
                       name=["Kaylee Gordon"], phone=said(P, 12)),
    expect("booked", ap(P, 12, "Kaylee Gordon", f"{PSAT}T08:00", TAPE, BRETT, 15)),
    asked=True,
    note="'the trainer' is Brett's title; 'tape my ankle' is the taping")
add("phy-13", P, 13, p(["I've never been there before, what does a first visit cost?",
                        "Alright, Wednesday at 7 in the morning, anyone's fine."],
                       name=["Ron Lavallee"], phone=said(P, 13)),
    expect("booked", ap(P, 13, "Ron Lavallee", f"{PWED}T07:00", ASSESS, JEN, 60),
           say=["$110"], not_say=[SORRY]),
    note="a new patient's price (the assessment kept, as none was chosen), then a time "
         "with anyone: Jenna from 7")
add("phy-14", P, 14, p(["Is Raj in on Friday? I need dry needling."],
                       time=["Saturday at 10 then."], name=["Angela Fehr"],
                       phone=said(P, 14)),
    expect("booked", ap(P, 14, "Angela Fehr", f"{PSAT}T10:00", NEEDLE, RAJ, 30)),
    asked=True,
    note="Raj is away that Friday: said so; Saturday at 10 with him")
add("phy-15", P, 15, p(["Could I get a physio appointment Monday the 2nd?"],
                       time=["Tuesday the 3rd at 8 then."], name=["Curtis Wolfe"],
                       phone=said(P, 15)),
    expect("booked", ap(P, 15, "Curtis Wolfe", f"{PTUE2}T08:00", TREAT, JEN, 30)),
    note="Saskatchewan Day is closed: said so; Tuesday the 3rd at 8, Jenna")
add("phy-16", P, 16, p(["My daughter needs a concussion baseline before the season. "
                        "What's the earliest the athletic therapist can do it?"],
                       time=["Yes, that works."], name=["Her name is Ava Sokolowski."],
                       phone=said(P, 16)),
    expect("booked", ap(P, 16, "Ava Sokolowski", f"{PWED}T07:00", BASE, BRETT, 60)),
    asked=True,
    note="the earliest with Brett: he is off Tuesdays, Wednesday at 7")
add("phy-17", P, 17, p(["I'd like another physio treatment with the same physio as last "
                        "time, Thursday at noon."]),
    expect("booked", ap(P, 17, "Eileen Penner", f"{PTHU}T12:00", TREAT, RAJ, 30)),
    existing=[ex("2027-07-20T16:00", 30, RAJ, TREAT, "Eileen Penner", num(P, 17))],
    asked=True,
    note="'the same physio as last time' from a known caller: Raj (Jenna is free and "
         "first)")
add("phy-18", P, 18, p(["Does anyone there do IMS?", "Okay, Thursday at 5 then."],
                       name=["Garth Bueckert"], phone=said(P, 18)),
    expect("booked", ap(P, 18, "Garth Bueckert", f"{PTHU}T17:00", NEEDLE, RAJ, 30),
           not_say=["don't offer"]),
    note="'IMS' is a phrase of dry needling: offered, kept, Raj")
add("phy-19", P, 19, p(["Anybody free Saturday morning for physio? Around 10."],
                       name=["Noreen Janzen"], phone=said(P, 19)),
    expect("booked", ap(P, 19, "Noreen Janzen", f"{PSAT}T10:00", TREAT, RAJ, 30)),
    note="physio on Saturday: Jenna is off, Raj")

# ======================= Lethbridge tattoo and piercing (30-minute grid) ================
DANI, MITCH, SKY = "Dani Okafor", "Mitch Larue", "Sky Bellerose"
CONS, SMALL, HALF, TOUCH, EAR, BODY = ("Tattoo consultation", "Small tattoo",
                                       "Half-day session", "Touch-up", "Ear piercing",
                                       "Body piercing")
# Said on Tuesday the 14th: Wednesday 15, Thursday 16, Friday 17 (Sky away), Saturday 18
# (Dani off), Tuesday 21, Thursday 30 (closed), Friday 10-01.
LWED, LTHU, LFRI, LSAT, LTUE2, LOCT1 = ("2027-09-15", "2027-09-16", "2027-09-17",
                                        "2027-09-18", "2027-09-21", "2027-10-01")

add("tat-01", L, 1, p(["Hey, I want to get a small flash piece done, maybe Wednesday at 3?"],
                      name=["Riley Many Fingers"], phone=said(L, 1)),
    expect("booked", ap(L, 1, "Riley Many Fingers", f"{LWED}T15:00", SMALL, DANI, 60)),
    note="'a small flash piece' is the small tattoo; Dani first")
add("tat-02", L, 2, p(["Do you guys do nose piercings? How much?",
                       "Cool, Thursday at 2 then."],
                      name=["Kendra Hofer"], phone=said(L, 2)),
    expect("booked", ap(L, 2, "Kendra Hofer", f"{LTHU}T14:00", BODY, SKY, 30),
           say=["$60"], not_say=[SORRY, "don't offer"]),
    note="a service asked about and its price, then booked: kept (none chosen yet)")
add("tat-03", L, 3, p(["I'm getting a big piece done, can I book a half-day session "
                       "Saturday at 3?"],
                      time=["Okay, 1 then."], name=["Travis Kostiuk"], phone=said(L, 3)),
    expect("booked", ap(L, 3, "Travis Kostiuk", f"{LSAT}T13:00", HALF, MITCH, 240)),
    note="four hours from 3 runs past 6, Saturday's closing: said so; 1 with Mitch "
         "(Dani off Saturdays)")
add("tat-04", L, 4, p(["Can Mitch do a half-day session Wednesday at 2?"],
                      time=["What about noon?"], name=["Jenna Whitehead"],
                      phone=said(L, 4)),
    expect("booked", ap(L, 4, "Jenna Whitehead", f"{LWED}T12:00", HALF, MITCH, 240)),
    asked=True,
    note="2 to 6 crosses Mitch's dinner break: said so; noon to 4 with him")
add("tat-05", L, 5, p(["Is Dani working Saturday? I want her to do my touch-up."],
                      time=["Friday at 6 then."], name=["Ashlyn Boehm"],
                      phone=said(L, 5)),
    expect("booked", ap(L, 5, "Ashlyn Boehm", f"{LFRI}T18:00", TOUCH, DANI, 30)),
    asked=True,
    note="Dani is off on Saturdays: said so; Friday at 6 with her")
add("tat-06", L, 6, p(["How much is a half-day session?",
                       "Yikes. Let's just start with a consultation, Thursday at 5."],
                      name=["Brady Olson"], phone=said(L, 6)),
    expect("booked", ap(L, 6, "Brady Olson", f"{LTHU}T17:00", CONS, DANI, 30),
           say=["$600"], not_say=[SORRY]),
    note="a price question about one service, then another booked")
add("tat-07", L, 7, p(["What's the difference between ear piercing and body piercing?",
                       "I'll do my helix then, Saturday at noon."],
                      name=["Morgan Chief Calf"], phone=said(L, 7)),
    expect("booked", ap(L, 7, "Morgan Chief Calf", f"{LSAT}T12:00", EAR, SKY, 30),
           say=["$45", "$60"], not_say=[SORRY]),
    note="the difference, then 'my helix' (an ear piercing phrase)")
add("tat-08", L, 8, p(["Can I get my ears pierced Friday at 1?"],
                      time=["Saturday at 1 then."], name=["Paige Doerksen"],
                      phone=said(L, 8)),
    expect("booked", ap(L, 8, "Paige Doerksen", f"{LSAT}T13:00", EAR, SKY, 30)),
    note="the piercer is away that Friday: said so; Saturday at 1")
add("tat-09", L, 9, p(["I want a touch-up and my nose pierced, Wednesday at 4."],
                      service=["The touch-up first."], name=["Cody Tailfeathers"],
                      phone=said(L, 9)),
    expect("booked", ap(L, 9, "Cody Tailfeathers", f"{LWED}T16:00", TOUCH, DANI, 30),
           say=[AFTER]),
    note="two services: the touch-up booked (Dani), the nose piercing offered right "
         "after (Sky at 4:30)")
add("tat-10", L, 10, p(["Can Sky do a small tattoo for me Thursday at 7?"],
                       name=["Jaxon Reimer"], phone=said(L, 10)),
    expect("booked", ap(L, 10, "Jaxon Reimer", f"{LTHU}T19:00", SMALL, DANI, 60)),
    asked=True,
    note="Sky pierces only: said so and dropped; Dani at 7 (ends at 8, closing)")
add("tat-11", L, 11, p(["Any artist is fine, I just want a consult next Tuesday at noon."],
                       name=["Harpreet Sidhu"], phone=said(L, 11)),
    expect("booked", ap(L, 11, "Harpreet Sidhu", f"{LTUE2}T12:00", CONS, DANI, 30)),
    note="'any artist is fine': Dani (Mitch off Tuesdays)")
add("tat-12", L, 12, p(["What's the age limit for piercings? My daughter's sixteen.",
                        "Okay, can she get her ears done Saturday at 2?"],
                       name=["Her name is Brooke Wiebe."], phone=said(L, 12)),
    expect("booked", ap(L, 12, "Brooke Wiebe", f"{LSAT}T14:00", EAR, SKY, 30),
           say=["16 with a parent"], not_say=[SORRY]),
    note="the age topic answered; 'sixteen' is an age, not a time; her ears: the ear "
         "piercing; the daughter's name asked")
add("tat-13", L, 13, p(["Can I come in for a consultation on the 30th?"],
                       time=["October 1st at noon then."], name=["Wade Kuntz"],
                       phone=said(L, 13)),
    expect("booked", ap(L, 13, "Wade Kuntz", f"{LOCT1}T12:00", CONS, DANI, 30)),
    note="the 30th is a closed day: said so; October 1st at noon with Dani")
add("tat-14", L, 14, p(["Do you do laser tattoo removal?", "Oh okay. Thanks anyway."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="a service not sold ('tattoo' is a phrase of the small tattoo, 'removal' no "
         "service's): said not offered; the caller hangs up")
add("tat-15", L, 15, p(["How long does a small tattoo take?",
                        "Alright, Friday at 7:30 please."],
                       time=["7 works."], name=["Stacy Kurtz"], phone=said(L, 15)),
    expect("booked", ap(L, 15, "Stacy Kurtz", f"{LFRI}T19:00", SMALL, DANI, 60),
           say=["hour"], not_say=[SORRY]),
    note="the length asked; an hour from 7:30 runs past 8: said so; 7")
add("tat-16", L, 16, p(["Small tattoo with Dani Wednesday at 1."], name=["Owen Pratt"],
                       phone=said(L, 16),
                       confirm=["Actually, can you put me with Mitch instead?", "yes"]),
    expect("booked", ap(L, 16, "Owen Pratt", f"{LWED}T13:00", SMALL, MITCH, 60)),
    asked=True,
    note="the artist changed at the read-back; Mitch free at 1; read back again")
add("tat-17", L, 17, p(["Can I get a sleeve session with whoever's free Thursday at noon?"],
                       name=["Dustin Toews"], phone=said(L, 17)),
    expect("booked", ap(L, 17, "Dustin Toews", f"{LTHU}T12:00", HALF, DANI, 240)),
    note="'a sleeve session' is the half-day session; whoever's free: Dani")

# ======================= Last rounds' leftovers on known businesses =====================
MAR, OWEN = "Margaret MacNeil", "Owen Fraser"
add("mus-26", M, 26, p(["Do you charge for the first lesson?",
                        "Great, Wednesday at 1 then."],
                       name=["Heather MacIsaac"], phone=said(M, 26)),
    expect("booked", ap(M, 26, "Heather MacIsaac", "2027-06-30T13:00", "Trial lesson", MAR,
                        30),
           say=["free"], not_say=[SORRY]),
    note="services25 mus-23v: 'the first lesson' is the trial lesson, not a date")
add("mus-27", M, 27, p(["How much is a voice lesson?",
                        "Hmm. Guitar instead then, Tuesday at 4."],
                       name=["Dylan Boudreau"], phone=said(M, 27)),
    expect("booked", ap(M, 27, "Dylan Boudreau", "2027-06-29T16:00", "Guitar lesson", OWEN,
                        45),
           say=["$60"], not_say=[SORRY]),
    note="a price about voice, then guitar booked: Jess off Tuesdays, Owen")
add("mas-26", A, 26, p(["What's the difference between acupuncture and a one-hour "
                        "massage?", "Acupuncture then, Tuesday at 11."],
                       name=["Maureen Dwyer"], phone=said(A, 26)),
    expect("booked", ap(A, 26, "Maureen Dwyer", "2027-03-02T11:00", "Acupuncture",
                        "Lin Zhao", 45),
           say=["$85", "$95"], not_say=[SORRY]),
    note="services25 mas-03: a difference question books neither; Lin at 11")
add("mas-27", A, 27, p(["How much is the 90 minute massage?",
                        "Too pricey. The hour one then, Wednesday at 3."],
                       name=["Kevin Lundrigan"], phone=said(A, 27)),
    expect("booked", ap(A, 27, "Kevin Lundrigan", "2027-03-03T15:00", "60-minute massage",
                        "Kelly Power", 60),
           say=["$135"], not_say=[SORRY]),
    note="a price about the 90-minute massage, then the hour one: Kelly first")
add("chi-26", C, 26, p(["How much is an adjustment?",
                        "Okay. I've never been in before though, so a new patient "
                        "assessment, Wednesday at 10."],
                       name=["Sandra Hautala"], phone=said(C, 26)),
    expect("booked", ap(C, 26, "Sandra Hautala", "2027-06-30T10:00",
                        "New patient assessment", "Dr. Erik Lindqvist", 60),
           say=["$55"], not_say=[SORRY]),
    note="services25 chi-04: a price about the adjustment chose nothing; the assessment")
add("hear-26", H, 26, p(["Could Derek fit me for hearing aids on Thursday at 1?"],
                        name=["Walter Stobbe"], phone=said(H, 26)),
    expect("booked", ap(H, 26, "Walter Stobbe", "2027-05-13T13:00", "Hearing aid fitting",
                        "Derek Olafson", 90)),
    asked=True,
    note="services24 hear-31: 'fit me for hearing aids' is the fitting")
add("hear-27", H, 27, p(["I need to get fitted for my new hearing aids, Wednesday at 9."],
                        name=["Phyllis Dueck"], phone=said(H, 27)),
    expect("booked", ap(H, 27, "Phyllis Dueck", "2027-05-12T09:00", "Hearing aid fitting",
                        "Dr. Karen Whitford", 90)),
    note="'fitted for my new hearing aids': the fitting; the audiologist first")

# ======================= Variants, written after the blind run's fixes ==================
add("phy-21v", P, 21, p(["Does anybody there do dry needling?",
                         "Great, Thursday at noon then."],
                        name=["Wendell Ratzlaff"], phone=said(P, 21)),
    expect("booked", ap(P, 21, "Wendell Ratzlaff", f"{PTHU}T12:00", NEEDLE, RAJ, 30),
           not_say=["I can hear you"]),
    note="after the blind run: 'does anybody there do X' asks what the staff do (phy-18)")
add("phy-22v", P, 22, p(["How much is an initial assessment?", "Okay, Thursday at 8 then."],
                        name=["Joanne Harder"], phone=said(P, 22)),
    expect("booked", ap(P, 22, "Joanne Harder", f"{PTHU}T08:00", ASSESS, JEN, 60),
           say=["$110"], not_say=[SORRY]),
    note="after the blind run: a price question on a phrase that says 'assessment' "
         "asks for no booking yet (phy-13)")
add("phy-23v", P, 23, p(["Does Raj do taping?", "Okay, Jenna then, Wednesday at 10."],
                        name=["Stu Neufeld"], phone=said(P, 23)),
    expect("booked", ap(P, 23, "Stu Neufeld", f"{PWED}T10:00", TAPE, JEN, 15),
           say=["doesn't do"]),
    asked=True,
    note="after the blind run: whether a person does a service, answered (phy-08)")
add("phy-24v", P, 24, p(["I twisted my knee skiing, can the athletic therapist see me "
                         "Friday at 2?"],
                        name=["Brianne Olfert"], phone=said(P, 24)),
    expect("booked", ap(P, 24, "Brianne Olfert", f"{PFRI}T14:00", ATH, BRETT, 45)),
    asked=True,
    note="after the blind run: 'my knee' names no service; the title's word does (phy-01)")
add("tat-21v", L, 21, p(["Could Mitch squeeze me in for a flash tattoo Friday at 7?"],
                        name=["Darcy Yellowhorn"], phone=said(L, 21)),
    expect("booked", ap(L, 21, "Darcy Yellowhorn", f"{LFRI}T19:00", SMALL, MITCH, 60)),
    asked=True,
    note="after the blind run: 7 is in the evening for a studio open noon to 8 (tat-10)")
add("tat-22v", L, 22, p(["Do you do microblading?", "Ah okay, thank you anyway."]),
    expect("no_booking", no_appt=True, say=["don't offer"]),
    note="after the blind run: 'thank you anyway' ends the call (tat-14)")
add("tat-23v", L, 23, p(["Do you guys do belly button piercings, and what do they cost?",
                         "Sweet, Saturday at 3 then."],
                        name=["Kiana Crowshoe"], phone=said(L, 23)),
    expect("booked", ap(L, 23, "Kiana Crowshoe", f"{LSAT}T15:00", BODY, SKY, 30),
           say=["$60"], not_say=[SORRY]),
    note="after the blind run: whether it is sold and its price in one turn (tat-02)")
add("tat-24v", L, 24, p(["Touch-up Thursday at 7:30, please."],
                        name=["Logan Vanderkooi"], phone=said(L, 24)),
    expect("booked", ap(L, 24, "Logan Vanderkooi", f"{LTHU}T19:30", TOUCH, DANI, 30)),
    note="after the blind run: 7:30 in the evening (tat-15)")
add("mus-28v", M, 28, p(["Is there a charge for the first lesson?", "Okay, Tuesday at 1."],
                        name=["Owen Crowell"], phone=said(M, 28)),
    expect("booked", ap(M, 28, "Owen Crowell", "2027-06-29T13:00", "Trial lesson", MAR,
                        30),
           say=["free"], not_say=[SORRY]),
    note="after the blind run: 'the first lesson' names the trial lesson, no date (mus-26)")
add("mas-28v", A, 28, p(["What's the difference between the 30 and the 90 minute massage?",
                         "The 90 please, Friday at 1."],
                        name=["Bridget Coady"], phone=said(A, 28)),
    expect("booked", ap(A, 28, "Bridget Coady", "2027-03-05T13:00", "90-minute massage",
                        "Sean Walsh", 90),
           say=["$60", "$135"], not_say=[SORRY]),
    note="after the blind run: lengths compared are no date; 'the 90' names one; Kelly "
         "away that Friday, Sean from noon (mas-26)")
add("hear-28v", H, 28, p(["When could Derek fit us for hearing aids? Thursday at 9 maybe?"],
                         name=["Arnold Wiens"], phone=said(H, 28)),
    expect("booked", ap(H, 28, "Arnold Wiens", "2027-05-13T09:00", "Hearing aid fitting",
                        "Derek Olafson", 90)),
    asked=True,
    note="after the blind run: 'fit us for hearing aids' (hear-26)")
add("chi-27v", C, 27, p(["How much does a new patient visit cost?", "Alright, Friday at 8."],
                        name=["Terry Niemi"], phone=said(C, 27)),
    expect("booked", ap(C, 27, "Terry Niemi", "2027-07-02T08:00", "New patient assessment",
                        "Dr. Erik Lindqvist", 60),
           say=["$95"], not_say=[SORRY]),
    note="after the blind run: a new patient's price asks for no booking yet (chi-26)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    OUT = os.path.join(HERE, "services26_calls.jsonl")
    print(write_business_probe(OUT, lines), "cases")
