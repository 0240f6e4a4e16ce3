#!/usr/bin/env python3
"""Writes services29_calls.jsonl: English service and staff calls, round 29 (SPEC §3,
§3.1), on a new business: `businesses/vet_red_deer.toml`, a Red Deer veterinary clinic
(Mountain time, a 15-minute grid): two veterinarians and a vet tech with their own days
and hours (Dr. Anjali Shah, off Fridays, lunch 12 to 1, the only one for surgery
consults; Dr. Marc Lavoie, off Mondays and Saturdays, from 10, lunch 1 to 2, away Friday
the 23rd, the only one for dental cleanings; Brooke Tanaka, the vet tech, lunch 12 to
12:30, the only one for nail trims), services of 15, 30, 45 and 90 minutes, Alberta
Family Day closed, FAQ topics of its own (`fasting`, `pet_insurance`, `exotics`).

What it probes (the pv29 brief's families): a service named by the need ("my dog's been
limping", "shots for my puppy", "his nails are too long"), a person by name or title
("the tech", "the surgeon", "Dr. Shah", "Marc"), a person who does not do the service or
is off or away, "whoever's free", length questions, a service not sold, FAQ topics, a
window with a person, closing time and lunch, a change at the read-back.

Decisions where the SPEC is silent (as rounds 23 to 28 decided them):
- a need said without any listed phrase ("her breath is terrible", "get my dog fixed")
  names no service: the agent asks what to book, and the persona's `service` answer
  names it;
- two services with none selling both: the one said first is booked, the other offered
  "right after" it (a yes books it too; the call's appointment is the first);
- a person who does not do the service: said so and dropped; the first free who does;
- with nobody asked for, the first free resource in the file's order takes it;
- a window "between 11 and 1" holds the start.

Written blind from the SPEC, docs/services.md and the brief, with callslib's slot oracle,
and committed before Bella ran on it. Every booked start is checked against the oracle,
and a booking for which the caller asks for nobody is checked to go to the first free
resource in the file's order.

Blind (the first 51 lines, `bella simulate --jsonl --business
bella-dialog/testdata/businesses/vet_red_deer.toml | score.py simulate`, main at round
start): 49/51, 48/51 with the runner's wording checks: who-04 ("whoever's free then, at
10" after Dr. Shah was refused on Friday took her Thursday 10 offer), faq-03 ("does she
need to fast before a dental cleaning?" was no `fasting` question; the call ended in
silence) and no-03 ("can you board my dog?" was not said to be something not sold).
After the fixes: 51/51 (51/51 with the wording checks). The ten variants (`v`), written
after: 7/10 with the start binary (3/10 with the wording checks), 10/10 after.

Run: python3 bella-dialog/testdata/gen_services29_calls.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (BusinessRound, expect, staffed as ex,  # noqa: E402
                      staffed_persona, write_business_probe)

F = "businesses/vet_red_deer.toml"
TZ = {F: "America/Edmonton"}
# Tuesday 2029-02-13, 9:30 a.m.
NOW = {F: "2029-02-13T09:30"}
AREA = {F: "403"}
LANGS = {F: ["en-CA"]}
KIND = "services29"

R = BusinessRound("s29", KIND, TZ, NOW, AREA, LANGS)
lines, num, said, ap = R.lines, R.num, R.said, R.ap
p = staffed_persona
add = R.add_staffed
AFTER = "right after"
NOT_SOLD = "don't offer"

SHAH, LAVOIE, BROOKE = "Dr. Anjali Shah", "Dr. Marc Lavoie", "Brooke Tanaka"
WELL, SICK, VAC, DENTAL, NAILS, SURG = ("Wellness exam", "Sick pet exam", "Vaccines",
                                        "Dental cleaning", "Nail trim", "Surgery consult")
# Said on Tuesday the 13th: Wednesday 14, Thursday 15, Friday 16 (Shah off), Saturday 17
# (Lavoie off), Monday 19 (Family Day, closed), Tuesday 20, Wednesday 21, Thursday 22,
# Friday 23 (Shah off, Lavoie away), Saturday 24.
TUE, WED, THU, FRI, SAT = ("2029-02-13", "2029-02-14", "2029-02-15", "2029-02-16",
                           "2029-02-17")
TUE2, WED2, THU2, FRI2 = ("2029-02-20", "2029-02-21", "2029-02-22", "2029-02-23")


def b(n, name, day, hhmm, service, who, minutes, say=None, not_say=None):
    """A booking by caller `n` of `service` with `who`."""
    return expect("booked", ap(F, n, name, f"{day}T{hhmm}", service, who, minutes),
                  say=say, not_say=not_say)


def none(say=None, not_say=None):
    return expect("no_booking", no_appt=True, say=say, not_say=not_say)


# ------------------------------------------------------------------ named by the need
add("need-01", F, 1, p(["My dog's been limping since yesterday, can a vet see him "
                        "Wednesday at 10?"], name=["Kelsey Andersen"], phone=said(F, 1)),
    b(1, "Kelsey Andersen", WED, "10:00", SICK, SHAH, 30),
    note="'limping' is a phrase of the sick pet exam; 'a vet' is no person; Shah first "
         "in the file")
add("need-02", F, 2, p(["Hi, I need to book shots for my puppy. Thursday at 9?"],
                       name=["Jordan Whitecalf"], phone=said(F, 2)),
    b(2, "Jordan Whitecalf", THU, "09:00", VAC, SHAH, 15),
    note="'shots' names Vaccines; Shah is first in the file and free at 9")
add("need-03", F, 3, p(["His nails are getting way too long, they click on the floor. "
                        "Could we come Saturday at 10?"], name=["Marnie Kowalchuk"],
                       phone=said(F, 3)),
    b(3, "Marnie Kowalchuk", SAT, "10:00", NAILS, BROOKE, 15),
    note="'nails' is the nail trim's phrase; Brooke alone does it")
add("need-04", F, 4, p(["My cat's breath is terrible lately, I think her teeth need "
                        "doing. Thursday at 10?"], service=["A dental cleaning."],
                       name=["Gillian Roth"], phone=said(F, 4)),
    b(4, "Gillian Roth", THU, "10:00", DENTAL, LAVOIE, 90),
    note="no listed phrase ('breath is terrible', 'teeth'): the service asked (assumed), "
         "the answer names the dental cleaning; Lavoie alone, 10 to 11:30")
add("need-05", F, 5, p(["She's due for her annual check-up, Wednesday at 2 if you have "
                        "it."], name=["Harpreet Sidhu"], phone=said(F, 5)),
    b(5, "Harpreet Sidhu", WED, "14:00", WELL, SHAH, 30),
    note="'check-up' names the wellness exam; 'she's due' is no name")
add("need-06", F, 6, p(["My dog has a lump on his side and I'd like the surgeon to look "
                        "at it. Wednesday at 9?"], name=["Trevor Nakamura"],
                       phone=said(F, 6)),
    b(6, "Trevor Nakamura", WED, "09:00", SURG, SHAH, 45), asked=True,
    note="'lump' is the surgery consult's phrase, 'the surgeon' Shah's title")
add("need-07", F, 7, p(["He keeps throwing up since this morning, do you have anything "
                        "today?"], time=["Yes, the first one."], name=["Dana McLeod"],
                       phone=said(F, 7)),
    b(7, "Dana McLeod", TUE, "09:45", SICK, SHAH, 30),
    note="'throwing up' names the sick pet exam; 'today' offers today's earliest after "
         "9:30: 9:45 with Shah")
add("need-08", F, 8, p(["My cat keeps scratching at her ears."], time=["Friday at 11."],
                       name=["Pauline Gagne"], phone=said(F, 8)),
    b(8, "Pauline Gagne", FRI, "11:00", SICK, LAVOIE, 30),
    note="'scratching' is a phrase of the sick pet exam; Friday Shah is off, Lavoie at 11")
add("need-09", F, 9, p(["I want to get my dog fixed. Thursday at 1?"],
                       service=["A surgery consult."], name=["Brent Olafson"],
                       phone=said(F, 9)),
    b(9, "Brent Olafson", THU, "13:00", SURG, SHAH, 45),
    note="'get my dog fixed' lists no phrase: the service asked, the answer names it; "
         "'fixed' is no mending request of something not sold")
add("need-10", F, 10, p(["A booster shot for my cat, Saturday at 9:15."],
                        name=["Lorraine Fehr"], phone=said(F, 10)),
    b(10, "Lorraine Fehr", SAT, "09:15", VAC, SHAH, 15),
    note="'booster' names Vaccines; 9:15 on the 15-minute grid; Shah first in the file")

# ------------------------------------------------------------------ staff
add("stf-01", F, 11, p(["Can I see Dr. Shah for a check-up Wednesday at 11?"],
                       name=["Morgan Bell"], phone=said(F, 11)),
    b(11, "Morgan Bell", WED, "11:00", WELL, SHAH, 30), asked=True,
    note="a person by 'Dr.' and last name")
add("stf-02", F, 12, p(["Can the tech do my dog's nails Thursday at 2?"],
                       name=["Aaron Kiss"], phone=said(F, 12)),
    b(12, "Aaron Kiss", THU, "14:00", NAILS, BROOKE, 15), asked=True,
    note="'the tech' is Brooke's title, as the question's subject")
add("stf-03", F, 13, p(["Is Dr. Lavoie in on Saturday? My dog needs a check-up."],
                       time=["Friday at 10 then."], name=["Yvonne Tremblay"],
                       phone=said(F, 13)),
    b(13, "Yvonne Tremblay", FRI, "10:00", WELL, LAVOIE, 30), asked=True,
    note="Lavoie is off Saturdays (the clinic is open): said so; Friday at 10 with him")
add("stf-04", F, 14, p(["Can Dr. Shah do a dental cleaning for my dog Thursday at 10:30?"],
                       name=["Kurt Schmidt"], phone=said(F, 14)),
    b(14, "Kurt Schmidt", THU, "10:30", DENTAL, LAVOIE, 90), asked=True,
    note="Shah does no dental cleanings: said so, dropped; Lavoie at 10:30")
add("stf-05", F, 15, p(["Could Brooke do a wellness exam on Wednesday at 9:30?"],
                       name=["Simone Ferreira"], phone=said(F, 15)),
    b(15, "Simone Ferreira", WED, "09:30", WELL, SHAH, 30), asked=True,
    note="the tech does no wellness exams: said so, dropped; Shah, first in the file")
add("stf-06", F, 16, p(["I'd like Dr. Shah for his shots on Friday at 10."],
                       time=["Thursday at 10 then."], name=["Neil Chartrand"],
                       phone=said(F, 16)),
    b(16, "Neil Chartrand", THU, "10:00", VAC, SHAH, 15), asked=True,
    note="Shah is off Fridays: said so; Thursday at 10 with her")
add("stf-07", F, 17, p(["A sick visit with Dr. Lavoie on Friday the 23rd at 11?"],
                       time=["Thursday the 22nd at 11 then."], name=["Ingrid Solberg"],
                       phone=said(F, 17)),
    b(17, "Ingrid Solberg", THU2, "11:00", SICK, LAVOIE, 30), asked=True,
    note="Lavoie is away on the 23rd: said so; the 22nd at 11 with him")
add("stf-08", F, 18, p(["Can I get Dr. Lavoie for a check-up Wednesday at 9?"],
                       time=["10 then."], name=["Calvin Redcrow"], phone=said(F, 18)),
    b(18, "Calvin Redcrow", WED, "10:00", WELL, LAVOIE, 30), asked=True,
    note="Lavoie starts at 10: said so; a bare 10 keeps Wednesday and him")
add("stf-09", F, 19, p(["Does Dr. Shah do dental cleanings?",
                        "Okay, then a check-up with Dr. Shah Thursday at 3."],
                       name=["Rita Oduya"], phone=said(F, 19)),
    b(19, "Rita Oduya", THU, "15:00", WELL, SHAH, 30, say=["Lavoie"]), asked=True,
    note="'does Dr. Shah do X?': no, but Dr. Marc Lavoie does; then a check-up with her")
add("stf-10", F, 20, p(["I'd rather not see Dr. Shah. A sick visit Wednesday at 11?"],
                       name=["Howard Lund"], phone=said(F, 20)),
    b(20, "Howard Lund", WED, "11:00", SICK, LAVOIE, 30), asked=True,
    note="not Shah: the other vet who does sick visits, Lavoie at 11")
add("stf-11", F, 21, p(["Can I book with Marc for my cat's vaccines next Tuesday at 3?"],
                       name=["Tanis Wiebe"], phone=said(F, 21)),
    b(21, "Tanis Wiebe", TUE2, "15:00", VAC, LAVOIE, 15), asked=True,
    note="a vet by first name after 'with'; next Tuesday is the 20th")
add("stf-12", F, 22, p(["Could the vet tech trim my rabbit's claws Saturday at 11:30?"],
                       name=["Noor Haddad"], phone=said(F, 22)),
    b(22, "Noor Haddad", SAT, "11:30", NAILS, BROOKE, 15), asked=True,
    note="'the vet tech' (a title), 'claws' names the nail trim")

# ------------------------------------------------------------------ whoever's free
add("who-01", F, 23, p(["Shots for my kitten on Thursday, whoever's free first."],
                       time=["Yes, that's good."], name=["Erin Bouchard"],
                       phone=said(F, 23)),
    b(23, "Erin Bouchard", THU, "08:00", VAC, SHAH, 15),
    note="a day without a time: the earliest that day; a yes takes it (Shah at 8)")
add("who-02", F, 24, p(["Anyone's fine, I just need a sick visit as soon as possible."],
                       time=["Yes, that works."], name=["Victor Lam"], phone=said(F, 24)),
    b(24, "Victor Lam", TUE, "13:00", SICK, SHAH, 30),
    existing=[ex(f"{TUE}T09:45", 135, SHAH, SURG), ex(f"{TUE}T10:00", 180, LAVOIE, DENTAL)],
    note="the earliest from now: Shah busy to noon then at lunch, Lavoie busy to his "
         "1 o'clock lunch; Shah at 1 today")
add("who-03", F, 25, p(["Whoever's free for vaccines Saturday morning."],
                       time=["Yes please."], name=["Deb Halvorson"], phone=said(F, 25)),
    b(25, "Deb Halvorson", SAT, "09:15", VAC, SHAH, 15),
    existing=[ex(f"{SAT}T09:00", 15, SHAH, VAC), ex(f"{SAT}T09:00", 15, BROOKE, NAILS)],
    note="Saturday 9 taken for both: a yes takes 9:15, Shah first in the file")
add("who-04", F, 26, p(["Can I get Dr. Shah for vaccines Friday at 10?"],
                       time=["Whoever's free then, at 10."], name=["Bonnie Carver"],
                       phone=said(F, 26)),
    b(26, "Bonnie Carver", FRI, "10:00", VAC, LAVOIE, 15), asked=True,
    note="Shah is off Fridays: said so; 'whoever's free' drops her; Lavoie before "
         "Brooke in the file")

# ------------------------------------------------------------------ lengths, closing, lunch
add("len-01", F, 27, p(["How long does a dental cleaning take?",
                        "Okay, book it for Friday at 2."], name=["Gordon Pryce"],
                       phone=said(F, 27)),
    b(27, "Gordon Pryce", FRI, "14:00", DENTAL, LAVOIE, 90, say=["hour and a half"]),
    note="a length question names the service, kept")
add("len-02", F, 28, p(["How long is a surgery consult?", "Alright, Wednesday at 1."],
                       name=["Leah Moreau"], phone=said(F, 28)),
    b(28, "Leah Moreau", WED, "13:00", SURG, SHAH, 45, say=["45 minutes"]),
    note="a 45-minute length said; 1 is after Shah's lunch")
add("len-03", F, 29, p(["A dental cleaning Wednesday at 5?"], time=["4 then."],
                       name=["Ross Abernethy"], phone=said(F, 29)),
    b(29, "Ross Abernethy", WED, "16:00", DENTAL, LAVOIE, 90),
    note="90 minutes from 5 runs past 6: said so; 4 to 5:30")
add("len-04", F, 30, p(["A dental for my dog Thursday at noon?"], time=["2 then."],
                       name=["Wendy Szabo"], phone=said(F, 30)),
    b(30, "Wendy Szabo", THU, "14:00", DENTAL, LAVOIE, 90),
    note="noon plus 90 minutes runs into Lavoie's 1 o'clock lunch: said so; 2")
add("len-05", F, 31, p(["A surgery consult with Dr. Shah Wednesday at 3:30?"],
                       time=["3 then."], name=["Omar Siddiqui"], phone=said(F, 31)),
    b(31, "Omar Siddiqui", WED, "15:00", SURG, SHAH, 45), asked=True,
    note="Shah ends at 4: 45 minutes from 3:30 does not fit; 3")
add("len-06", F, 32, p(["A check-up with Dr. Shah Thursday at 11:45?"], time=["1 then."],
                       name=["Patricia Loewen"], phone=said(F, 32)),
    b(32, "Patricia Loewen", THU, "13:00", WELL, SHAH, 30), asked=True,
    note="11:45 plus 30 runs into Shah's lunch: said so; 1 p.m.")
add("len-07", F, 33, p(["The hour and a half one, for my dog's teeth, Friday at 10."],
                       name=["Stan Kozak"], phone=said(F, 33)),
    b(33, "Stan Kozak", FRI, "10:00", DENTAL, LAVOIE, 90),
    note="the one 90-minute service named by its length")
add("cl-01", F, 34, p(["Vaccines with the tech Wednesday at 12:15?"], time=["12:30 then."],
                       name=["Jenny Sauve"], phone=said(F, 34)),
    b(34, "Jenny Sauve", WED, "12:30", VAC, BROOKE, 15), asked=True,
    note="12:15 is in Brooke's lunch: said so; 12:30 with her")
add("cl-02", F, 35, p(["A wellness exam Saturday at 12:45?"], time=["12:30 then."],
                       name=["Glen Hrabok"], phone=said(F, 35)),
    b(35, "Glen Hrabok", SAT, "12:30", WELL, SHAH, 30),
    note="Saturday closes at 1: 30 minutes from 12:45 does not fit; 12:30 with Shah")

# ------------------------------------------------------------------ not sold
add("no-01", F, 36, p(["Do you do grooming?", "Okay, never mind."]),
    none(say=[NOT_SOLD]), note="not offered: said so and the services named")
add("no-02", F, 37, p(["Do you do microchipping?",
                       "Okay, then just vaccines Thursday at 11."],
                      name=["Amber Klassen"], phone=said(F, 37)),
    b(37, "Amber Klassen", THU, "11:00", VAC, SHAH, 15, say=[NOT_SOLD]),
    note="microchipping not offered; then vaccines")
add("no-03", F, 38, p(["Can you board my dog for the weekend?", "Never mind then, bye."]),
    none(say=[NOT_SOLD]), note="a trade's verb after 'can you' of nothing sold: not offered")

# ------------------------------------------------------------------ FAQ and the holiday
add("faq-01", F, 39, p(["Do you see exotics?", "Okay, thanks, bye."]),
    none(say=["reptiles"]), note="the exotics topic answered; no booking")
add("faq-02", F, 40, p(["Do you take pet insurance?",
                        "Great. A check-up Wednesday at 10:30."],
                       name=["Colin Marchand"], phone=said(F, 40)),
    b(40, "Colin Marchand", WED, "10:30", WELL, SHAH, 30, say=["Trupanion"]),
    note="pet_insurance, a two-word topic, answered; then a booking")
add("faq-03", F, 41, p(["Does she need to fast before a dental cleaning?",
                        "Okay. Book it for Thursday at 2 then."], name=["Lucie Poirier"],
                       phone=said(F, 41)),
    b(41, "Lucie Poirier", THU, "14:00", DENTAL, LAVOIE, 90, say=["10 p.m."]),
    note="'fast', of the fasting topic's family: answered; the service named is kept")
add("faq-04", F, 42, p(["Can I come in Monday at 10 for shots?"],
                       time=["Tuesday at 10 then."], name=["Megan Stoesz"],
                       phone=said(F, 42)),
    b(42, "Megan Stoesz", TUE2, "10:00", VAC, SHAH, 15),
    note="Monday the 19th is Family Day, closed: said so; Tuesday the 20th at 10")
add("faq-05", F, 43, p(["How much is a nail trim?", "Okay, Saturday at 9 then."],
                       name=["Derek Yellowhorn"], phone=said(F, 43)),
    b(43, "Derek Yellowhorn", SAT, "09:00", NAILS, BROOKE, 15, say=["$25"]),
    note="a price names the service, kept")
add("faq-06", F, 44, p(["Where are you located, and is there parking?",
                        "Thanks. A sick visit Friday at 3."], name=["Ann Larocque"],
                       phone=said(F, 44)),
    b(44, "Ann Larocque", FRI, "15:00", SICK, LAVOIE, 30, say=["Ross Street", "out front"]),
    note="two topics in one turn, then a booking on Lavoie's Friday")

# ------------------------------------------------------------------ two services
add("two-01", F, 45, p(["He needs his shots and a nail trim, Thursday at 9."],
                       service=["The shots first."], name=["Frank Gill"],
                       phone=said(F, 45), confirm=["yes", "yes"]),
    b(45, "Frank Gill", THU, "09:00", VAC, SHAH, 15, say=[AFTER]),
    note="no service sells both: the vaccines booked (Shah), the nail trim offered right "
         "after at 9:15 with Brooke")

# ------------------------------------------------------------------ read-back
add("rb-01", F, 46, p(["A check-up Wednesday at 10."], name=["Shelby Quinn"],
                      phone=said(F, 46),
                      confirm=["Actually, make it a sick visit, he's been limping.", "yes"]),
    b(46, "Shelby Quinn", WED, "10:00", SICK, SHAH, 30),
    note="the service changed at the read-back; the same length and time")
add("rb-02", F, 47, p(["Vaccines Thursday at 10:30."], name=["Carla Dion"],
                      phone=said(F, 47),
                      confirm=["Actually, could we do it with Brooke instead?", "yes"]),
    b(47, "Carla Dion", THU, "10:30", VAC, BROOKE, 15), asked=True,
    note="a person asked for at the read-back: Brooke at the same time")
add("rb-03", F, 48, p(["A check-up with Dr. Lavoie Wednesday at 3."], name=["Rick Hamm"],
                      phone=said(F, 48), confirm=["Oh wait, make it 4.", "yes"]),
    b(48, "Rick Hamm", WED, "16:00", WELL, LAVOIE, 30), asked=True,
    note="the time changed at the read-back; the person kept")

# ------------------------------------------------------------------ windows with a person
add("win-01", F, 49, p(["Can Dr. Lavoie see my cat for a sick visit Wednesday after 3?"],
                       time=["Yes, the first one."], name=["Hugo Beaulieu"],
                       phone=said(F, 49)),
    b(49, "Hugo Beaulieu", WED, "16:00", SICK, LAVOIE, 30),
    existing=[ex(f"{WED}T15:00", 60, LAVOIE, DENTAL)], asked=True,
    note="a window with a person: Lavoie busy 3 to 4, so 4")
add("win-02", F, 50, p(["Vaccines with Brooke on Thursday between 11 and 1?"],
                       time=["Yes."], name=["Sasha Petrenko"], phone=said(F, 50)),
    b(50, "Sasha Petrenko", THU, "12:30", VAC, BROOKE, 15),
    existing=[ex(f"{THU}T11:00", 60, BROOKE, NAILS)], asked=True,
    note="Brooke busy 11 to 12, lunch to 12:30: 12:30 is the first in the window")
add("win-03", F, 51, p(["Dr. Shah on Saturday, before 11, for a check-up."],
                       time=["Yes."], name=["Tom Brassard"], phone=said(F, 51)),
    b(51, "Tom Brassard", SAT, "10:00", WELL, SHAH, 30),
    existing=[ex(f"{SAT}T09:00", 60, SHAH, SURG)], asked=True,
    note="Shah busy 9 to 10: 10")

# ------------------------------------------------------------------ variants (after)
# Written after the fixes, to test whether each rule generalises: a trade asked of an
# animal (no-03), a topic in "-ing" asked by its verb (faq-03), anyone after the person
# asked for was refused keeps the day refused (who-04); and new wordings of the needs.
add("no-21v", F, 61, p(["Do you guys board cats?", "Okay, never mind."]),
    none(say=[NOT_SOLD]), note="after the blind run: 'do you guys board X?' (no-03)")
add("no-22v", F, 62, p(["Could you groom my poodle?", "Alright, thanks anyway."]),
    none(say=[NOT_SOLD]), note="after the blind run: 'could you groom X?' (no-03)")
add("no-23v", F, 63, p(["Can you train my puppy?", "Okay, shots for him then, Wednesday "
                        "at 11."], name=["Leon Baptiste"], phone=said(F, 63)),
    b(63, "Leon Baptiste", WED, "11:00", VAC, SHAH, 15, say=[NOT_SOLD]),
    note="after the blind run: not sold, then vaccines (no-03)")
add("faq-21v", F, 64, p(["Should he fast before his dental?",
                         "Okay, book the dental for Friday at 11."], name=["Mona Falk"],
                        phone=said(F, 64)),
    b(64, "Mona Falk", FRI, "11:00", DENTAL, LAVOIE, 90, say=["10 p.m."]),
    note="after the blind run: 'should he fast' asks the fasting topic (faq-03)")
add("faq-22v", F, 65, p(["Do we have to fast her before surgery?", "Okay, thanks, bye."]),
    none(say=["10 p.m."]), note="after the blind run: 'have to fast' (faq-03)")
add("who-21v", F, 66, p(["Could I get Dr. Lavoie for a check-up Saturday at 10?"],
                        time=["Anyone's fine then, at 10."], name=["Reg Thiessen"],
                        phone=said(F, 66)),
    b(66, "Reg Thiessen", SAT, "10:00", WELL, SHAH, 30), asked=True,
    note="after the blind run: Lavoie off Saturdays; 'anyone, at 10' is Saturday at 10 "
         "with Shah (who-04)")
add("who-22v", F, 67, p(["Dr. Shah for a sick visit Friday at 11?"],
                        time=["Whoever's available then, at 11."], name=["Ada Lindqvist"],
                        phone=said(F, 67)),
    b(67, "Ada Lindqvist", FRI, "11:00", SICK, LAVOIE, 30), asked=True,
    note="after the blind run: Shah off Fridays; 'whoever's available, at 11' (who-04)")
add("who-23v", F, 68, p(["Can Brooke do vaccines Wednesday at 12:15?"],
                        time=["Anyone then, at 12:15."], name=["Hal Morin"],
                        phone=said(F, 68)),
    b(68, "Hal Morin", WED, "12:15", VAC, LAVOIE, 15), asked=True,
    note="after the blind run: Brooke at lunch, Shah too; 'anyone, at 12:15' is Lavoie "
         "(who-04)")
add("need-21v", F, 69, p(["My dog's been scratching like crazy, can a vet see her "
                          "Thursday at 3?"], name=["Josie Tran"], phone=said(F, 69)),
    b(69, "Josie Tran", THU, "15:00", SICK, SHAH, 30),
    note="after the blind run: a need by a listed phrase (need-01)")
add("need-22v", F, 70, p(["Our kitten needs her vaccinations, Saturday at 11?"],
                         name=["Ben Okoro"], phone=said(F, 70)),
    b(70, "Ben Okoro", SAT, "11:00", VAC, SHAH, 15),
    note="after the blind run: 'vaccinations' (need-02)")

if __name__ == "__main__":
    R.check_first_free(HERE)
    OUT = os.path.join(HERE, "services29_calls.jsonl")
    print(write_business_probe(OUT, lines), "cases")
