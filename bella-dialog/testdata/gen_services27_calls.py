#!/usr/bin/env python3
"""Writes services27_calls.jsonl: English service and staff calls, round 27 (SPEC §3,
§3.1), on a new business: `businesses/photo_fredericton.toml`, a Fredericton portrait
photography studio (Atlantic time, 30-minute grid): two photographers with their own
days and hours (one off Saturdays and the only one for newborns and maternity, one off
Tuesdays, from noon on weekdays, away one Friday and the only one for pets), a studio
assistant for passport photos only (mornings on Saturday, away one Wednesday), services
of 15, 30, 45, 60 and 120 minutes, a closed Friday, FAQ topics of its own (`deposit`,
`what_to_wear`, `prints`, `editing`).

What it probes: a service said by a listed phrase or a paraphrase ("pictures of my
dog", "a maternity shoot"), numbers that are no times ("there's four of us", "he's
seven", "expecting in November"), a service not offered (said so, the others named),
prices, lengths and FAQ topics asked first, the service or person changed at the
read-back, two services in one request, staff by name, by last name, by title ("the
assistant"), "not with", "same photographer as last time", "whoever's free first",
days off, a day away, a closed day, a length past closing, kids' appointments.

Decisions where the SPEC is silent (as rounds 23 to 26 decided them):
- two services with none selling both: the one said first is booked, the other offered
  "right after" it (a yes books it too; the call's appointment is the first);
- a person who does not do the service: said so and dropped; the first free who does;
- a booking for a son, a daughter or a mother asks whose name it is;
- with nobody asked for, the first free resource in the file's order takes it.

Written blind from the SPEC and the brief, with callslib's slot oracle, and committed
before Bella ran on it. Every booked start is checked against the oracle, and a booking
for which the caller asks for nobody is checked to go to the first free resource in the
file's order.

Blind (the first 52 lines, `bella simulate --jsonl --business
bella-dialog/testdata/businesses/photo_fredericton.toml | score.py simulate`): 51/52,
50/52 with the runner's wording checks: pet-01 ("pictures of my dog" named no service)
and no-01 ("do you photograph weddings?" not heard as a service not sold). After the
fixes: 52/52. The ten variants (`v`), written after: 6/10 with the start binary (2/10
with the wording), 10/10 after.

Run: python3 bella-dialog/testdata/gen_services27_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

F = "businesses/photo_fredericton.toml"
TZ = {F: "America/Moncton"}
# Tuesday 2027-10-05, 9:30 a.m.
NOW = {F: "2027-10-05T09:30"}
AREA = {F: "506"}
LANGS = {F: ["en-CA"]}
KIND = "services27"

R = BusinessRound("s27", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
AFTER = "right after"

NADIA, OWEN, BREE = "Nadia Haddad", "Owen MacLeod", "Bree Tran"
HEAD, FAM, NEWB, MAT, KID, PET, PASS = ("Headshot session", "Family session",
                                        "Newborn session", "Maternity session",
                                        "Children's portrait", "Pet portrait",
                                        "Passport photos")
# Said on Tuesday the 5th: Wednesday 6, Thursday 7, Friday 8 (Owen away), Saturday 9
# (Nadia off), Tuesday 12 (Owen off), Wednesday 13 (Bree away), Thursday 14, Friday 15
# (closed), Saturday 16.
TUE, WED, THU, FRI, SAT = ("2027-10-05", "2027-10-06", "2027-10-07", "2027-10-08",
                           "2027-10-09")
TUE2, WED2, THU2, FRI2, SAT2 = ("2027-10-12", "2027-10-13", "2027-10-14", "2027-10-15",
                                "2027-10-16")


def b(n, name, day, hhmm, service, who, minutes, say=None, not_say=None):
    """A booking by caller `n` of `service` with `who`."""
    return expect("booked", ap(F, n, name, f"{day}T{hhmm}", service, who, minutes),
                  say=say, not_say=not_say)


def none(say=None, not_say=None):
    return expect("no_booking", no_appt=True, say=say, not_say=not_say)


# ------------------------------------------------------------------ headshots
add("hea-01", F, 1, p(["Hi, I need a new headshot for my LinkedIn, could I come in "
                       "Wednesday at 11?"], name=["Priya Raman"], phone=said(F, 1)),
    b(1, "Priya Raman", WED, "11:00", HEAD, NADIA, 30),
    note="a listed phrase; Owen starts at noon, Nadia")
add("hea-02", F, 2, p(["Can Owen take my headshots Thursday at 12:30?"],
                      name=["Derek Sampson"], phone=said(F, 2)),
    b(2, "Derek Sampson", THU, "12:30", HEAD, OWEN, 30), asked=True,
    note="a person by first name as the question's subject")
add("hea-03", F, 3, p(["I'd like a professional photo done for work, Friday morning at 10."],
                      name=["Allison Murray"], phone=said(F, 3)),
    b(3, "Allison Murray", FRI, "10:00", HEAD, NADIA, 30),
    note="'professional photo' is a listed phrase; Owen away that Friday")
add("hea-04", F, 4, p(["Is Owen in on Tuesday? I want a headshot."],
                      time=["Wednesday at 12 then."], name=["Gavin Roy"],
                      phone=said(F, 4)),
    b(4, "Gavin Roy", WED, "12:00", HEAD, OWEN, 30), asked=True,
    note="Owen is off Tuesdays: said so; Wednesday at noon with him (Nadia free too)")
add("hea-05", F, 5, p(["Whoever's free first for a headshot, please."],
                      time=["Yes, that one."], name=["Colleen Barry"], phone=said(F, 5)),
    b(5, "Colleen Barry", TUE, "11:00", HEAD, NADIA, 30),
    existing=[ex(f"{TUE}T10:00", 60, NADIA, FAM)],
    note="'whoever's free first' is the earliest free: Nadia is booked until 11 today, "
         "Owen off; a yes takes 11")
add("hea-06", F, 6, p(["Can I get a headshot Friday at 5:30?"], name=["Marcus Oyelaran"],
                      phone=said(F, 6)),
    b(6, "Marcus Oyelaran", FRI, "17:30", HEAD, NADIA, 30),
    note="half an hour from 5:30 ends at closing: fits")

# ------------------------------------------------------------------ families
add("fam-01", F, 7, p(["We'd like family pictures done Saturday morning, there's four of "
                       "us."], time=["Yes, that's fine."], name=["Heather Cormier"],
                      phone=said(F, 7)),
    b(7, "Heather Cormier", SAT, "10:00", FAM, OWEN, 60),
    existing=[ex(f"{SAT}T09:00", 60, OWEN, PET)],
    note="'four of us' is no time; Saturday morning: Owen (Nadia off), 9 taken, a yes "
         "takes the earliest offered, 10")
add("fam-02", F, 8, p(["Could we book a family session with Nadia next Thursday at 6?"],
                      name=["Tom Doiron"], phone=said(F, 8)),
    b(8, "Tom Doiron", THU2, "18:00", FAM, NADIA, 60), asked=True,
    note="next Thursday (the 14th), the late evening")
add("fam-03", F, 9, p(["Family photo session Saturday at 3:30?"], time=["3 then."],
                      name=["Jenna Whalen"], phone=said(F, 9)),
    b(9, "Jenna Whalen", SAT, "15:00", FAM, OWEN, 60),
    note="an hour from 3:30 runs past 4, Saturday's closing: said so; 3")
add("fam-04", F, 10, p(["Do you have anything for a family session on Friday the 15th?"],
                       time=["Saturday the 16th at 10 then."], name=["Luc Arsenault"],
                       phone=said(F, 10)),
    b(10, "Luc Arsenault", SAT2, "10:00", FAM, OWEN, 60),
    note="the studio is closed on the 15th: said so; the 16th at 10 with Owen")
add("fam-05", F, 11, p(["The hour-long session for my family, Wednesday at 3."],
                       name=["Sandeep Gill"], phone=said(F, 11)),
    b(11, "Sandeep Gill", WED, "15:00", FAM, NADIA, 60),
    note="three services last an hour; 'family' names one")
add("fam-06", F, 12, p(["I'd rather not have Owen this time. A family session Saturday?"],
                       time=["Friday at 1 then."], name=["Beth Mallet"],
                       phone=said(F, 12)),
    b(12, "Beth Mallet", FRI, "13:00", FAM, NADIA, 60),
    note="not Owen: on Saturday nobody else works; Friday at 1 with Nadia")

# ------------------------------------------------------------------ newborns, maternity
add("new-01", F, 13, p(["My wife just had our baby and we'd love to get newborn photos "
                        "done. Is Thursday at 10 possible?"],
                       name=["Marc Thibodeau"], phone=said(F, 13)),
    b(13, "Marc Thibodeau", THU, "10:00", NEWB, NADIA, 120),
    note="a listed phrase; Nadia alone does newborns")
add("new-02", F, 14, p(["Can Owen do newborn pictures Saturday at 10?"],
                       time=["Friday at 10 then."], name=["Rachel Kenny"],
                       phone=said(F, 14)),
    b(14, "Rachel Kenny", FRI, "10:00", NEWB, NADIA, 120),
    note="Owen does no newborns: said so, dropped; nobody who does works Saturday; "
         "Friday with Nadia")
add("new-03", F, 15, p(["How long does a newborn session take?",
                        "Okay, Wednesday at 1 then."], name=["Tanya Boudreau"],
                       phone=said(F, 15)),
    b(15, "Tanya Boudreau", WED, "13:00", NEWB, NADIA, 120, say=["hour"]),
    note="a length question names the service, kept as none was chosen")
add("new-04", F, 16, p(["Newborn session Wednesday at 5, please."], time=["3 then."],
                       name=["Kyle Sonier"], phone=said(F, 16)),
    b(16, "Kyle Sonier", WED, "15:00", NEWB, NADIA, 120),
    note="two hours from 5 runs past 6: said so; 3")
add("mat-01", F, 17, p(["I'm expecting in November and want some bump photos before then, "
                        "do you have Friday at 11?"], name=["Chloe Fraser"],
                       phone=said(F, 17)),
    b(17, "Chloe Fraser", FRI, "11:00", MAT, NADIA, 60),
    note="'expecting in November' is no date; 'bump photos' a listed phrase")
add("mat-02", F, 18, p(["Could I do a maternity shoot with Owen?"],
                       time=["Thursday at 2 then."], name=["Erin Lutz"],
                       phone=said(F, 18)),
    b(18, "Erin Lutz", THU, "14:00", MAT, NADIA, 60),
    note="Owen does no maternity: said so, dropped; Nadia")

# ------------------------------------------------------------------ passport photos
add("pas-01", F, 19, p(["I need passport photos, can I drop by today at 2?"],
                       name=["Ahmed Karim"], phone=said(F, 19)),
    b(19, "Ahmed Karim", TUE, "14:00", PASS, BREE, 15),
    note="Bree alone does passport photos")
add("pas-02", F, 20, p(["Passport pictures for my son, Saturday at 9."],
                       name=["Ethan Leblanc"], phone=said(F, 20)),
    b(20, "Ethan Leblanc", SAT, "09:00", PASS, BREE, 15),
    note="for a son: his name asked")
add("pas-03", F, 21, p(["Could I get passport photos Saturday at 2?"],
                       time=["12:30 then."], name=["Grace Hachey"], phone=said(F, 21)),
    b(21, "Grace Hachey", SAT, "12:30", PASS, BREE, 15),
    note="Bree works to 1 on Saturdays though the studio is open: said so; 12:30")
add("pas-04", F, 22, p(["Do you do citizenship photos?", "Great, Thursday at 3:30."],
                       name=["Wei Zhang"], phone=said(F, 22)),
    b(22, "Wei Zhang", THU, "15:30", PASS, BREE, 15, not_say=["don't offer"]),
    note="a listed phrase asked about: offered and kept; 15 minutes fit before 4")
add("pas-05", F, 23, p(["Can I see the assistant for passport photos tomorrow at 10?"],
                       name=["Dale Pineau"], phone=said(F, 23)),
    b(23, "Dale Pineau", WED, "10:00", PASS, BREE, 15), asked=True,
    note="a person by title")
add("pas-06", F, 24, p(["Passport photos next Wednesday at 11?"],
                       time=["Thursday the 14th at 11 then."], name=["Monique Savoie"],
                       phone=said(F, 24)),
    b(24, "Monique Savoie", THU2, "11:00", PASS, BREE, 15),
    note="next Wednesday is the 13th, Bree away: said so; the 14th")
add("pas-07", F, 25, p(["Hi, it's for my mom, she needs passport photos Friday at 11."],
                       name=["Her name is Carole Daigle."], phone=said(F, 25)),
    b(25, "Carole Daigle", FRI, "11:00", PASS, BREE, 15),
    note="for the caller's mother: her name asked")

# ------------------------------------------------------------------ kids, pets
add("kid-01", F, 26, p(["My daughter's turning five and I want some birthday photos of "
                        "her. Friday at 2?"], name=["Lily Doucet"], phone=said(F, 26)),
    b(26, "Lily Doucet", FRI, "14:00", KID, NADIA, 45),
    note="'turning five' is an age; Owen away, Nadia; the daughter's name")
add("kid-02", F, 27, p(["Can I get portraits of my two boys with Owen, Thursday at 4?"],
                       service=["A children's portrait."],
                       name=["Put it under my name, Julie Arsenault."],
                       phone=said(F, 27)),
    b(27, "Julie Arsenault", THU, "16:00", KID, OWEN, 45), asked=True,
    note="portraits of two boys: the children's portrait (asked which, if not heard)")
add("kid-03", F, 28, p(["My son needs a kids portrait for his grandma, he's seven. Can we "
                        "come Wednesday at 4?"], name=["His name is Jacob Cormier."],
                       phone=said(F, 28)),
    b(28, "Jacob Cormier", WED, "16:00", KID, NADIA, 45),
    note="'he's seven' an age; Nadia first in the file")
add("kid-04", F, 29, p(["Is Owen working Friday? My son needs his picture taken."],
                       service=["A children's portrait please."],
                       time=["Saturday at 11 then."], name=["Mason Goguen"],
                       phone=said(F, 29)),
    b(29, "Mason Goguen", SAT, "11:00", KID, OWEN, 45), asked=True,
    note="Owen away that Friday: said so; Saturday with him")
add("kid-05", F, 30, p(["Not with Nadia please. Children's portrait Wednesday at 12."],
                       name=["Sophie Bourque"], phone=said(F, 30)),
    b(30, "Sophie Bourque", WED, "12:00", KID, OWEN, 45), asked=True,
    note="anyone but Nadia")
add("pet-01", F, 31, p(["I'd like some nice pictures of my dog, Saturday at 11."],
                       name=["Randy Hebert"], phone=said(F, 31)),
    b(31, "Randy Hebert", SAT, "11:00", PET, OWEN, 60),
    note="'my dog': the pet portrait (its phrase 'dog photos')")
add("pet-02", F, 32, p(["Can Nadia do pet photos Wednesday at 2?"],
                       name=["Linda Gauvin"], phone=said(F, 32)),
    b(32, "Linda Gauvin", WED, "14:00", PET, OWEN, 60),
    note="Nadia does no pets: said so, dropped; Owen")
add("pet-03", F, 33, p(["How long is a pet portrait session, and what's it cost?",
                        "Okay, Saturday at 12:30 for my cat."], name=["Nora Keating"],
                       phone=said(F, 33)),
    b(33, "Nora Keating", SAT, "12:30", PET, OWEN, 60, say=["$200"]),
    note="length and price, then a time; the service kept")
add("pet-04", F, 34, p(["Pet portrait on Thursday please, whoever's free."],
                       time=["Yes, the earliest."], name=["Kevin Daley"],
                       phone=said(F, 34)),
    b(34, "Kevin Daley", THU, "12:00", PET, OWEN, 60),
    note="a day without a time: Owen's first start Thursday, noon")

# ------------------------------------------------------------------ not offered
add("no-01", F, 35, p(["Do you photograph weddings?", "Ah okay, never mind then."]),
    none(say=["passport"]),
    note="not offered: said so and the services named")
add("no-02", F, 36, p(["Do you do video, like for a real estate listing?",
                       "Oh. Okay, what about headshots, Wednesday at 3?"],
                      name=["Greg Mcintyre"], phone=said(F, 36)),
    b(36, "Greg Mcintyre", WED, "15:00", HEAD, NADIA, 30),
    note="video not offered; then a headshot")
add("no-03", F, 37, p(["Can you restore an old photo of my grandparents?",
                       "Okay, forget it then."]),
    none(),
    note="not a service: no booking")

# ------------------------------------------------------------------ questions
add("faq-01", F, 38, p(["Where are you located, and is there parking?",
                        "Thanks. I'd like a headshot Friday at 3."],
                       name=["Ian Stewart"], phone=said(F, 38)),
    b(38, "Ian Stewart", FRI, "15:00", HEAD, NADIA, 30, say=["Queen Street", "Carleton"]),
    note="two topics in one turn, then a booking")
add("faq-02", F, 39, p(["How much is a family session?",
                        "Alright, let's book one for Saturday at 1."],
                       name=["Paula Comeau"], phone=said(F, 39)),
    b(39, "Paula Comeau", SAT, "13:00", FAM, OWEN, 60, say=["$275"]),
    note="a price; 'book one' is no time")
add("faq-03", F, 40, p(["Do you need a deposit for newborn sessions?",
                        "Okay, book a newborn session Tuesday at 10 then."],
                       name=["Amanda Lirette"], phone=said(F, 40)),
    b(40, "Amanda Lirette", TUE2, "10:00", NEWB, NADIA, 120, say=["$50"]),
    note="the deposit topic; Tuesday said on a Tuesday is the 12th")
add("faq-04", F, 41, p(["What should we wear for family photos?",
                        "Got it. Thursday at 5 please."], name=["Joel Landry"],
                       phone=said(F, 41)),
    b(41, "Joel Landry", THU, "17:00", FAM, NADIA, 60, say=["Solid colours"]),
    note="what_to_wear topic; the family session kept")
add("faq-05", F, 42, p(["Do you do prints, or is it just digital?",
                        "Okay, headshots then, Saturday at 10."], name=["Rita Caissie"],
                       phone=said(F, 42)),
    b(42, "Rita Caissie", SAT, "10:00", HEAD, OWEN, 30, say=["albums"]),
    note="'do you do prints' is the prints topic, no service")
add("faq-06", F, 43, p(["How long does the editing take?",
                        "Okay, book me a headshot next Wednesday at 10:30."],
                       name=["Bryce Hanson"], phone=said(F, 43)),
    b(43, "Bryce Hanson", WED2, "10:30", HEAD, NADIA, 30, say=["two weeks"]),
    note="the editing topic, no service length")
add("faq-07", F, 44, p(["Do you take e-transfer?", "Cool, a headshot Friday at 4:30."],
                       name=["Tessa Maillet"], phone=said(F, 44)),
    b(44, "Tessa Maillet", FRI, "16:30", HEAD, NADIA, 30, say=["e-transfer"]),
    note="payment")

# ------------------------------------------------------------------ read-back changes
add("rb-01", F, 45, p(["Headshot Thursday at 11 please."], name=["Neil Babineau"],
                      phone=said(F, 45),
                      confirm=["Actually, can we make it a family session instead? My kids "
                               "want in on it.", "yes"]),
    b(45, "Neil Babineau", THU, "11:00", FAM, NADIA, 60),
    note="the service changed at the read-back; an hour at 11 fits Nadia")
add("rb-02", F, 46, p(["Family session Wednesday at 2."], name=["Karen Losier"],
                      phone=said(F, 46), confirm=["Could Owen do it instead?", "yes"]),
    b(46, "Karen Losier", WED, "14:00", FAM, OWEN, 60), asked=True,
    note="the person changed at the read-back")
add("rb-03", F, 47, p(["Passport photos Wednesday at 10."], name=["Fatima Noor"],
                      phone=said(F, 47),
                      confirm=["Oh wait, I actually need a headshot, not passport photos.",
                               "yes"]),
    b(47, "Fatima Noor", WED, "10:00", HEAD, NADIA, 30),
    note="a denied service gives way at the read-back")

# ------------------------------------------------------------------ two services
add("two-01", F, 48, p(["I need a headshot and passport photos, Thursday at 11."],
                       service=["The headshot first."], name=["Omar Haddad"],
                       phone=said(F, 48), confirm=["yes"]),
    b(48, "Omar Haddad", THU, "11:00", HEAD, NADIA, 30, say=[AFTER]),
    note="two services: the headshot booked, passport photos offered right after (Bree "
         "at 11:30)")
add("two-02", F, 49, p(["Family photos and then pet photos with our dog, Saturday at 10."],
                       service=["The family ones first."], name=["Jill Robichaud"],
                       phone=said(F, 49), confirm=["yes", "No thanks, just the family one."]),
    b(49, "Jill Robichaud", SAT, "10:00", FAM, OWEN, 60),
    note="two services: the family session; the pet portrait after it declined")

# ------------------------------------------------------------------ staff
add("stf-01", F, 50, p(["Is Nadia in on Saturday?"], service=["A family session."],
                       time=["Friday at 4 then."], name=["Debbie Thorne"],
                       phone=said(F, 50)),
    b(50, "Debbie Thorne", FRI, "16:00", FAM, NADIA, 60), asked=True,
    note="Nadia is off Saturdays: said so; Friday with her")
add("stf-02", F, 51, p(["Same photographer as last time please, a headshot Thursday at 3."],
                       confirm=["yes"]),
    b(51, "Shawn Kelly", THU, "15:00", HEAD, OWEN, 30),
    existing=[ex("2027-09-18T10:00", 30, OWEN, HEAD, "Shawn Kelly", num(F, 51))],
    asked=True,
    note="a known caller; 'same photographer as last time' is Owen (Nadia free too)")
add("stf-03", F, 52, p(["Could I book a family session with MacLeod on Thursday at 7 in "
                        "the evening?"], name=["Vera Melanson"], phone=said(F, 52)),
    b(52, "Vera Melanson", THU, "19:00", FAM, OWEN, 60), asked=True,
    note="a person by last name; Thursday open to 8")

# ------------------------------------------------------------------ variants (after)
# Written after the fixes, to test whether each rule generalises: a short word of a
# phrase after a possessive ("my dog", "our cat"), a trade asked about that is not sold
# ("do you film weddings?"), a "no" to the second service that names the first.
add("pet-21v", F, 61, p(["Could I book photos of our cat on Saturday at 1?"],
                        name=["Janet Wood"], phone=said(F, 61)),
    b(61, "Janet Wood", SAT, "13:00", PET, OWEN, 60),
    note="after the blind run: 'our cat' is the pet portrait's 'cat photos' (pet-01)")
add("pet-22v", F, 62, p(["Can I bring my dog in for photos Thursday at 1?"],
                        name=["Barry Ouellette"], phone=said(F, 62)),
    b(62, "Barry Ouellette", THU, "13:00", PET, OWEN, 60),
    note="after the blind run: 'my dog' (pet-01)")
add("pet-23v", F, 63, p(["We want a few shots with our dog, next Saturday at 10."],
                        name=["Nicole Poirier"], phone=said(F, 63)),
    b(63, "Nicole Poirier", SAT2, "10:00", PET, OWEN, 60),
    note="after the blind run: 'our dog', next Saturday the 16th (pet-01)")
add("no-21v", F, 64, p(["Do you guys film weddings?", "Okay, never mind."]),
    none(say=["don't offer", "passport"]),
    note="after the blind run: a trade verb asked of something not sold (no-01)")
add("no-22v", F, 65, p(["Can you repair a camera lens?", "Ah, okay. Bye."]),
    none(say=["don't offer"]),
    note="after the blind run: 'can you repair ...' (no-03)")
add("no-23v", F, 66, p(["Do you sell picture frames?", "Okay, then a headshot Friday at 11."],
                       name=["Hugo Lavoie"], phone=said(F, 66)),
    b(66, "Hugo Lavoie", FRI, "11:00", HEAD, NADIA, 30, say=["don't offer"]),
    note="after the blind run: not sold, then a headshot (no-01)")
add("no-24v", F, 67, p(["Could you photograph my company's holiday party?",
                        "Alright, thanks anyway."]),
    none(say=["don't offer"]),
    note="after the blind run: 'could you photograph ...' (no-01)")
add("two-21v", F, 68, p(["A headshot and passport photos Wednesday at 11."],
                        service=["Headshot first."], name=["Stella Nowlan"],
                        phone=said(F, 68), confirm=["yes", "No, just the headshot."]),
    b(68, "Stella Nowlan", WED, "11:00", HEAD, NADIA, 30, say=["just the one"]),
    note="after the blind run: a no naming the first service declines the second (two-02)")
add("two-22v", F, 69, p(["Family photos and a pet portrait Saturday at 1."],
                        service=["Family first please."], name=["Roger Belliveau"],
                        phone=said(F, 69),
                        confirm=["yes", "No thank you, only the family session."]),
    b(69, "Roger Belliveau", SAT, "13:00", FAM, OWEN, 60, say=["just the one"],
      not_say=["family session with"]),
    note="after the blind run: 'only the family session' declines the pet portrait "
         "(two-02)")
add("two-23v", F, 70, p(["I need a headshot and passport photos, Thursday at 2."],
                        service=["The headshot."], name=["Irene Doucette"],
                        phone=said(F, 70), confirm=["yes", "No, the headshot's enough."]),
    b(70, "Irene Doucette", THU, "14:00", HEAD, NADIA, 30, say=["just the one"]),
    note="after the blind run: 'the headshot's enough' (two-02)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    OUT = os.path.join(HERE, "services27_calls.jsonl")
    print(write_business_probe(OUT, lines), "cases")
