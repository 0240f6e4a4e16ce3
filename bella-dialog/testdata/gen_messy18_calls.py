#!/usr/bin/env python3
"""Generator of messy round 18: messy18_calls.jsonl.

Hand-made calls of the `calls_messy` kind (SPEC §3), written and committed before Bella
ran on them (task pm18), on messy behaviours rounds 16 and 17 left out: a question for an
answer ("what times do you have on Thursday?" at the name question, "do you need the
area code?" at the number, "when are you open?" at the time, "is that in the morning?" at
the read-back); the question about who answers ("is this a machine?") together with a
request in the same turn, to book, cancel or move, in English and in French (the request
must be kept, not only the question answered); numbers with "oh" and "zero" mixed, the
area code said last ("it's 555 0102, area code 867"), a number in two turns, the area code
put right inside the turn; names with a title ("Dr. Amir Haddad", "Mrs. Lee", "mister john
ng": SPEC §2 drops titles); only the day put right at the read-back ("not Tuesday,
Wednesday"), "same time but Friday", "anything earlier that day?", "half an hour later";
a caller who turns from booking to cancelling mid-call; a caller talking to someone in the
room ("honey, what day works? ... sorry, Thursday at 11"); filler-heavy speech-to-text
("uh so like um thursday i guess around like 3ish"), "-ish" times, "quarter to", "half
past", "quarter past" (a start off the half hour is refused and the nearest offered);
polite hang-ups mid-way ("I gotta go, I'll call you back", "nevermind, thank you");
repeated failures at one question (transferred, SPEC §3), a number the caller cannot
give (the number they call from is offered); the clinic of `bella-dialog/examples/`.

Reference instants in Toronto, Montreal, Iqaluit, Edmonton, Vancouver, Halifax,
Winnipeg and St. John's. Every expected start comes from the slot oracle of `callslib.py`
or a day the SPEC fixes; `write_jsonl` checks each booked or moved start against the
oracle. Where an expectation goes beyond the SPEC's letter, the case's note says so.
The `v-` calls (Regina) were written after the fixes, new wordings of the families fixed;
some check what the agent says (`say_contains`).

Run from anywhere: `python3 bella-dialog/testdata/gen_messy18_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, at, booked, business_by_name, checks,  # noqa: E402
                      local_now, noted_calls, persona, result, taken, weekday_after,
                      write_jsonl)

KIND = "messy18"
PREFIX = "m18"
BIZ = Business.default()
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")
FR = ["fr-CA", "en-CA"]


def group(out, wall, tz, caller):
    """`now` and an `a(cid, persona, expected, existing=(), note="", closed=None,
    caller=caller, **extra)` for calls made at `wall` in `tz` from `caller`."""
    add = noted_calls(out, PREFIX, KIND)

    def a(cid, p, exp, existing=(), note="", closed=None, caller=caller, **extra):
        add(cid, wall, tz, caller, p, exp, existing, closed, note=note, **extra)
    return local_now(wall, tz), a


def mine(start, name, phone):
    """The caller's own 30-minute appointment on file."""
    return {"start": start, "minutes": 30, "name": name, "phone": phone}


def questions_and_robots(out):
    """Toronto, Tuesday 2027-10-19 at 11:20 (EDT)."""
    now, a = group(out, "2027-10-19T11:20", "America/Toronto", "+14165559900")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (wed, thu, fri, mon, tue) == ("2027-10-20", "2027-10-21", "2027-10-22",
                                         "2027-10-25", "2027-10-26")

    # ------------------------------------------------- a question for an answer
    a("q-01", persona(["i'd like to book an appointment"],
                      ["what times do you have on thursday?", "Nadia Stone"],
                      ["416 555 0101"], ["the 11"], ["yes"]),
      booked("Nadia Stone", "+14165550101", at(thu, "11:00")),
      note="'what times do you have on Thursday?' at the name question: no name; Thursday "
           "is kept (SPEC §3: any turn may answer any slot), whatever is asked next; then "
           "the name and 'the 11'")
    a("q-02", persona(["hi, can i make an appointment for monday at 2"], ["Owen Tate"],
                      ["do you need the area code?", "416 555 0102"], [], ["yes"]),
      booked("Owen Tate", "+14165550102", at(mon, "14:00")),
      note="'do you need the area code?' at the phone question is no number; then the number "
           "(beyond the SPEC's letter, which lets the agent offer the number called from "
           "after an answer without one: the question is answered instead)")
    a("q-03", persona(["i need an appointment"], ["Pam Reyes"], ["647 555 0103"],
                      ["what's open friday afternoon?", "2:30 works"], ["yes"]),
      booked("Pam Reyes", "+16475550103", at(fri, "14:30")),
      note="a question that names a day and a part of day at the time question: Friday "
           "afternoon offered; then 2:30")
    a("q-04", persona(["wednesday at 10 please"], ["Rob Kwan"], ["416 555 0104"], [],
                      ["wait, is that in the morning?", "yes"]),
      booked("Rob Kwan", "+14165550104", at(wed, "10:00")),
      note="a question at the read-back is neither yes nor no; then yes")
    a("q-05", persona(["what's your first opening on friday?"], ["Sol Amato"],
                      ["416 555 0105"], ["yes"], ["yes"]),
      booked("Sol Amato", "+14165550105", BIZ.earliest(now, from_day=fri)[0]),
      note="the request worded as a question: Friday's earliest, offered then taken by a "
           "yes, or read back at once")
    a("q-06", persona(["i need to come in"], ["Tom Bauer"], ["416 555 0106"],
                      ["when are you open?", "tuesday at 4 then"], ["yes"]),
      booked("Tom Bauer", "+14165550106", at(tue, "16:00")),
      note="'when are you open?' at the time question: no time, asked again; 'Tuesday' "
           "said on a Tuesday is next week's (SPEC §2)")

    # ------------------------------- who answers, with a request in the same turn
    a("b-01", persona(["is this a machine? i need to book tuesday at 2"], ["Lucy Ward"],
                      ["416 555 0111"], [], ["yes"]),
      booked("Lucy Ward", "+14165550111", at(tue, "14:00")),
      note="the question about the agent and the request in one opening: the question is "
           "answered and the request kept (the persona has no time answer: the time must "
           "never be asked)")
    a("b-02", persona(["am i talking to a robot? i wanna come in friday at 10:30, name's "
                       "dale ferris"], [], ["416 555 0112"], [], ["yes"]),
      booked("Dale Ferris", "+14165550112", at(fri, "10:30")),
      note="the question, a time and a name in one opening: neither is asked again")
    own = mine(at(thu, "15:00"), "Gina Moss", "+14165550113")
    a("b-03", persona(["hi, is this an automated system? cause i need to cancel my "
                       "appointment on thursday"], [], [], [], ["yes"]),
      result("cancelled", {"name": "Gina Moss", "phone": "+14165550113",
                           "start": at(thu, "15:00")}), [own], caller="+14165550113",
      note="the question and a cancel in one opening: the appointment under the caller's "
           "number is read back and cancelled on yes")
    own = mine(at(wed, "11:00"), "Hugo Lam", "+14165550114")
    a("b-04", persona(["are you a real person? i need to move my wednesday appointment to "
                       "friday at 3"], ["Hugo Lam"], [], ["friday at 3"], ["yes"]),
      result("rescheduled", {"name": "Hugo Lam", "phone": "+14165550114",
                             "start": at(fri, "15:00")}), [own], caller="+14165550114",
      note="the question and a move with its new time in one opening")
    a("b-05", persona(["i'd like to book thursday at 1"], ["wait, is this a bot? it's rhea "
                                                          "bloom"],
                      ["416 555 0115"], [], ["yes"]),
      booked("Rhea Bloom", "+14165550115", at(thu, "13:00")),
      note="the question and the name in one answer at the name question: the name kept")
    a("b-06", persona(["i need an appointment"], ["Ivan Petrov"], ["416 555 0116"],
                      ["are you an ai? anyway, thursday at 4"], ["yes"]),
      booked("Ivan Petrov", "+14165550116", at(thu, "16:00")),
      note="the question and the time in one answer at the time question")
    a("b-07", persona(["is this a recording or what? i want the earliest you've got"],
                      ["Jill Cho"], ["416 555 0117"], ["yes"], ["yes"]),
      booked("Jill Cho", "+14165550117", BIZ.earliest(now)[0]),
      note="the question and 'the earliest you've got' in one opening: today's next free "
           "start (SPEC §3)")
    assert BIZ.earliest(now)[0] == at(now[:10], "11:30")
    a("b-09", persona(["is this a robot? ugh. never mind"], [], [], [], []),
      result("no_booking"),
      note="the question and 'never mind' in one opening: no booking (SPEC §3), no answer "
           "to the question first")


def french_robots(out):
    """Montreal, Thursday 2027-03-04 at 10:30 (EST), a business speaking French first."""
    now, a = group(out, "2027-03-04T10:30", "America/Montreal", "+15145559900")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    assert (fri, mon, tue) == ("2027-03-05", "2027-03-08", "2027-03-09")

    a("fr-01", persona(["Est-ce que je parle à une machine? Il faudrait que je prenne "
                        "rendez-vous mardi à 14 h."], ["Julie Tremblay."], ["514 555 0121"],
                       [], ["Oui."]),
      checks(booked("Julie Tremblay", "+15145550121", at(tue, "14:00")), lang="fr"),
      languages=FR,
      note="the question about the agent and a booking in one French opening: the time "
           "kept (the persona has no time answer)")
    own = mine(at(fri, "10:00"), "Paul Roy", "+15145550122")
    a("fr-02", persona(["Êtes-vous une vraie personne? J'appelle pour annuler mon "
                        "rendez-vous de vendredi."], [], [], [], ["Oui."]),
      checks(result("cancelled", {"name": "Paul Roy", "phone": "+15145550122",
                                  "start": at(fri, "10:00")}), lang="fr"),
      [own], caller="+15145550122", languages=FR,
      note="the question and a cancel in one French opening: found under the caller's "
           "number, read back, cancelled on 'oui'")
    a("fr-03", persona(["C'est un robot? Bon. Je voudrais vendredi à 9 h 30, c'est Marc "
                        "Gagnon."], [], ["514 555 0123"], [], ["Oui."]),
      checks(booked("Marc Gagnon", "+15145550123", at(fri, "09:30")), lang="fr"),
      languages=FR,
      note="the question, a time and the name in one French opening")
    a("fr-04", persona(["Bonjour, un rendez-vous s'il vous plaît."], ["Lise Roy."],
                       ["514 555 0124"], ["Vous êtes un robot? En tout cas, lundi à 10 h."],
                       ["Oui."]),
      checks(booked("Lise Roy", "+15145550124", at(mon, "10:00")), lang="fr"),
      languages=FR,
      note="the question and the time in one French answer at the time question")


def numbers(out):
    """Iqaluit, Thursday 2027-02-11 at 14:10 (EST)."""
    now, a = group(out, "2027-02-11T14:10", "America/Iqaluit", "+18675559900")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-02-12", "2027-02-15", "2027-02-16", "2027-02-17")

    a("n-01", persona(["friday at 10"], ["Ada Kilabuk"],
                      ["eight six seven, five five five, zero one oh one"], [], ["yes"]),
      booked("Ada Kilabuk", "+18675550101", at(fri, "10:00")),
      note="'zero' and 'oh' mixed in one number (SPEC §2)")
    a("n-02", persona(["monday at 11"], ["Ben Arnaq"], ["it's 555 0102, area code 867"], [],
                      ["yes"]),
      booked("Ben Arnaq", "+18675550102", at(mon, "11:00")),
      note="the area code said last, after a comma (beyond the SPEC's letter)")
    a("n-03", persona(["tuesday at 9:30"], ["Cora Lyall"], ["867 555", "0103"], [],
                      ["yes"]),
      booked("Cora Lyall", "+18675550103", at(tue, "09:30")),
      note="the number in two turns: the first part kept and the second added (beyond the "
           "SPEC's letter: the agent may ask once more after a number without ten digits)")
    a("n-04", persona(["wednesday at 2"], ["Dev Okpik"],
                      ["six one three... no wait, eight six seven, five five five, oh one "
                       "oh four"], [], ["yes"]),
      booked("Dev Okpik", "+18675550104", at(wed, "14:00")),
      note="the area code put right at once in the same turn")
    a("n-06", persona(["monday at 3:30"], ["Finn Qaqqaq"], ["867 555 0160"], [],
                      ["the number's wrong, it's eight six seven five five five oh one oh six",
                       "yes"]),
      booked("Finn Qaqqaq", "+18675550106", at(mon, "15:30")),
      note="the whole number said again at the read-back, with 'oh': the later number")
    a("n-07", persona(["tuesday at 1"], ["Gia Ranger"], ["eight six seven",
                                                         "five five five, oh one oh seven"],
                      [], ["yes"]),
      booked("Gia Ranger", "+18675550107", at(tue, "13:00")),
      note="the area code alone, then the rest in the next turn (beyond the SPEC's letter)")


def titles(out):
    """Edmonton, Monday 2027-08-30 at 09:40 (MDT)."""
    now, a = group(out, "2027-08-30T09:40", "America/Edmonton", "+17805559900")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-08-31", "2027-09-01", "2027-09-02", "2027-09-03")

    a("t-01", persona(["tuesday at 10"], ["Dr. Amir Haddad"], ["780 555 0201"], [], ["yes"]),
      booked("Amir Haddad", "+17805550201", at(tue, "10:00")),
      note="a title before the name is dropped (SPEC §2)")
    a("t-02", persona(["wednesday at 2"], ["Mrs. Lee"], ["780 555 0202"], [], ["yes"]),
      booked("Lee", "+17805550202", at(wed, "14:00")),
      note="a title and a surname alone: the surname (SPEC §2 drops titles)")
    a("t-03", persona(["thursday at 11"], ["it's mister john ng"], ["780 555 0203"], [],
                      ["yes"]),
      booked("John Ng", "+17805550203", at(thu, "11:00")),
      note="'mister' spelled out by speech-to-text is the title Mr (beyond the SPEC's "
           "letter)")
    a("t-04", persona(["friday at 1:30"], ["Ms. Carla Diaz-Rivera"], ["780 555 0204"], [],
                      ["yes"]),
      booked("Carla Diaz-Rivera", "+17805550204", at(fri, "13:30")),
      note="'Ms.' dropped, the hyphen kept")
    a("t-06", persona(["wednesday at 9"], ["Mrs. Dale"], ["780 555 0206"], [],
                      ["it's Mrs. Gale, not Dale", "yes"]),
      booked("Gale", "+17805550206", at(wed, "09:00")),
      note="the surname with its title put right at the read-back")


def readbacks(out):
    """Vancouver, Wednesday 2027-04-14 at 13:15 (PDT)."""
    now, a = group(out, "2027-04-14T13:15", "America/Vancouver", "+16045559900")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (thu, fri, mon, tue, wed) == ("2027-04-15", "2027-04-16", "2027-04-19",
                                         "2027-04-20", "2027-04-21")

    a("r-01", persona(["tuesday at 11"], ["Kai Moreno"], ["604 555 0301"], [],
                      ["not tuesday, wednesday", "yes"]),
      booked("Kai Moreno", "+16045550301", at(wed, "11:00")),
      note="only the day put right at the read-back: the hour kept; 'Wednesday' said on a "
           "Wednesday is next week's")
    a("r-02", persona(["thursday at 2:30"], ["Lia Fong"], ["604 555 0302"], [],
                      ["same time but friday", "yes"]),
      booked("Lia Fong", "+16045550302", at(fri, "14:30")),
      note="'same time but Friday' at the read-back")
    a("r-03", persona(["friday at 3"], ["Max Hunt"], ["604 555 0303"], ["10 is good"],
                      ["anything earlier that day?", "yes"]),
      booked("Max Hunt", "+16045550303", at(fri, "10:00")),
      note="'anything earlier that day?' at the read-back: earlier times on Friday offered "
           "(or the time asked); then 10 (beyond the SPEC's letter)")
    a("r-04", persona(["monday at 2"], ["Nia Olsen"], ["604 555 0304"], ["the 10:30"],
                      ["earlier if you have it", "yes"]),
      booked("Nia Olsen", "+16045550304", at(mon, "10:30")),
      note="'earlier if you have it' at the read-back: no yes; Monday's earlier times, "
           "then the 10:30 (beyond the SPEC's letter)")
    a("r-05", persona(["thursday at 10"], ["Oren Pike"], ["604 555 0305"], [],
                      ["half an hour later would be better", "yes"]),
      booked("Oren Pike", "+16045550305", at(thu, "10:30")),
      note="'half an hour later' at the read-back shifts the time read back")
    a("r-06", persona(["thursday at 9"], ["Pia Quon"], ["604 555 0306"],
                      ["same time but friday then"], ["yes"]),
      booked("Pia Quon", "+16045550306", at(fri, "09:00")), taken(thu, "09:00"),
      note="Thursday 9 taken: refused, nearest offered; 'same time but Friday then' is "
           "Friday 9:00")


def switches_and_rooms(out):
    """Halifax, Friday 2027-01-22 at 10:30 (AST)."""
    now, a = group(out, "2027-01-22T10:30", "America/Halifax", "+19025559900")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (mon, tue, wed, thu) == ("2027-01-25", "2027-01-26", "2027-01-27", "2027-01-28")

    # ---------------------------------------------- booking, then a cancel instead
    own = mine(at(thu, "10:00"), "Rose Tully", "+19025550401")
    a("s-01", persona(["i'd like to book an appointment"],
                      ["actually wait, sorry, i need to cancel my appointment instead"],
                      ["902 555 0401"], [], ["yes"]),
      result("cancelled", {"name": "Rose Tully", "phone": "+19025550401",
                           "start": at(thu, "10:00")}), [own],
      note="the caller turns from booking to cancelling at the name question: nothing under "
           "the number called from, the number asked, the appointment read back and "
           "cancelled (persona corrected after the blind run: called from the booking's "
           "own number the name is never asked)")
    own = mine(at(tue, "14:00"), "Sam Ure", "+19025550402")
    a("s-02", persona(["i want to book"], ["Sam Ure"], ["902 555 0402"],
                      ["you know what, i'd rather just cancel the one i have on tuesday"],
                      ["yes"]),
      result("cancelled", {"name": "Sam Ure", "phone": "+19025550402",
                           "start": at(tue, "14:00")}), [own], caller="+19025550402",
      note="a cancel of the caller's Tuesday appointment asked at the time question")
    own = mine(at(wed, "11:00"), "Tia Vos", "+19025550403")
    a("s-03", persona(["can i book something"], ["Tia Vos"], ["902 555 0403"],
                      ["hmm, actually can you just move my wednesday one to monday at 9"],
                      ["yes"]),
      result("rescheduled", {"name": "Tia Vos", "phone": "+19025550403",
                             "start": at(mon, "09:00")}), [own], caller="+19025550403",
      note="a move of the caller's Wednesday appointment asked at the time question of a "
           "booking: no second appointment")

    # ----------------------------------------------- talking to someone in the room
    a("h-01", persona(["i need an appointment"], ["Uma West"], ["902 555 0404"],
                      ["honey, what day works for you? ... sorry, thursday at 11"], ["yes"]),
      booked("Uma West", "+19025550404", at(thu, "11:00")),
      note="a question to someone in the room, then the answer, in one turn")
    a("h-02", persona(["tuesday at 3"], ["hold on. kids, be quiet! sorry, it's maya chen"],
                      ["902 555 0405"], [], ["yes"]),
      booked("Maya Chen", "+19025550405", at(tue, "15:00")),
      note="the caller tells the children off, then gives the name")
    a("h-03", persona(["wednesday at 10"], ["Ned Orr"], ["902 555 0406"], [],
                      ["babe, is wednesday at 10 ok? ... yeah okay, that's right"]),
      booked("Ned Orr", "+19025550406", at(wed, "10:00")),
      note="the read-back repeated to someone in the room, then a yes: the same slot")
    a("h-04", persona(["monday afternoon"], ["Opal Kerr"], ["902 555 0407"],
                      ["mom, are you free at 3? ... she says 3 is fine"], ["yes"]),
      booked("Opal Kerr", "+19025550407", at(mon, "15:00")),
      note="while Monday afternoon is offered, a question to the room and the answer: 3")
    a("h-05", persona(["thursday at 2"], ["Paz Quill"],
                      ["uh, what's my number again, sweetie? ... oh right, 902 555 0408"], [],
                      ["yes"]),
      booked("Paz Quill", "+19025550408", at(thu, "14:00")),
      note="the caller asks the room for their number, then says it")


def fillers(out):
    """Winnipeg, Tuesday 2027-06-08 at 15:45 (CDT)."""
    now, a = group(out, "2027-06-08T15:45", "America/Winnipeg", "+12045559900")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-06-09", "2027-06-10", "2027-06-11", "2027-06-14")

    a("f-01", persona(["um hi so like i wanna book"], ["uh yeah it's uh jess park"],
                      ["uh two oh four like five five five uh zero five zero one"],
                      ["uh so like um thursday i guess around like 3ish"], ["yeah"]),
      booked("Jess Park", "+12045550501", at(thu, "15:00")),
      note="fillers in every turn; 'around like 3ish' is 15:00")
    a("f-03", persona(["wednesday at quarter to 11"], ["Lana Ortiz"], ["204 555 0503"],
                      ["ok 11 then"], ["yes"]),
      booked("Lana Ortiz", "+12045550503", at(wed, "11:00")),
      note="'quarter to 11' is 10:45 (SPEC §2), not a start on the half hour: refused, the "
           "nearest offered; then 11")
    a("f-04", persona(["can i do half past two on thursday"], ["Milo Pratt"], ["204 555 0504"],
                      [], ["yes"]),
      booked("Milo Pratt", "+12045550504", at(thu, "14:30")),
      note="'half past two' is 14:30")
    a("f-05", persona(["monday, quarter past nine"], ["Nell Quade"], ["204 555 0505"],
                      ["9:30 is fine"], ["yes"]),
      booked("Nell Quade", "+12045550505", at(mon, "09:30")),
      note="'quarter past nine' is 09:15, off the half hour: refused; then 9:30")
    a("f-06", persona(["thursday morning"], ["Omar Pitt"], ["204 555 0506"],
                      ["uh the like ten thirty one i guess"], ["yes"]),
      booked("Omar Pitt", "+12045550506", at(thu, "10:30")),
      note="a pick among Thursday morning's offers with fillers: 10:30")
    a("f-07", persona(["wednesday around four-ish"], ["Pru Lowe"], ["204 555 0507"], [],
                      ["yes"]),
      booked("Pru Lowe", "+12045550507", at(wed, "16:00")),
      note="'four-ish' with a hyphen is 16:00")
    a("f-08", persona(["quarter to 5 on friday"], ["Rex Moss"], ["204 555 0508"],
                      ["4:30 then"], ["yes"]),
      booked("Rex Moss", "+12045550508", at(fri, "16:30")),
      note="'quarter to 5' is 16:45: off the half hour and past closing; then 4:30")


def hangups_and_failures(out):
    """St. John's, Monday 2027-12-06 at 09:20 (NST)."""
    now, a = group(out, "2027-12-06T09:20", "America/St_Johns", "+17095559900")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-12-07", "2027-12-08", "2027-12-09", "2027-12-10")

    a("g-01", persona(["i'd like to book thursday at 10"],
                      ["ah shoot, i gotta go, i'll call you back later"], [], [], []),
      result("no_booking"),
      note="'I gotta go, I'll call you back' at the name question: no booking (SPEC §3)")
    a("g-02", persona(["friday at 2"], ["Kim Dunne"], ["709 555 0602"], [],
                      ["let me check with my wife first and call back"]),
      result("no_booking"),
      note="'... and call back' at the read-back: no booking")
    a("g-03", persona(["tuesday at 11"], ["Lou Hynes"], ["ok nevermind, thank you"], [], []),
      result("no_booking"),
      note="'nevermind' in one word at the phone question")
    a("g-04", persona(["wednesday please"], ["Meg Pike"], ["709 555 0604"],
                      ["none of those work, i'll try again another time, thanks"], ["yes"]),
      result("no_booking"),
      note="'I'll try again another time' while Wednesday is offered: no booking (beyond "
           "the SPEC's list of phrases)")
    a("g-05", persona(["oh, sorry, wrong number"], [], [], [], []),
      result("no_booking"),
      note="'wrong number' in the opening: the call ends politely (beyond the SPEC's "
           "letter)")

    a("x-01", persona(["i need to book"], ["blah", "i dunno", "the, uh, the thing"], [], [],
                      []),
      result("transferred"),
      note="three failed answers in a row at the name question: transferred (SPEC §3)")
    a("x-02", persona(["i need an appointment"], ["Ona Ryan"], ["709 555 0607"],
                      ["i'm not sure", "depends on my shift", "it's complicated"], ["yes"]),
      result("transferred"),
      note="three answers without a time: transferred")
    a("x-03", persona(["tuesday at 3"], ["Pat Shea"],
                      ["i don't remember it", "it's on my other phone"], [], ["yes"]),
      booked("Pat Shea", "+17095559900", at(tue, "15:00")),
      note="no usable number: the number called from is offered and used on yes (SPEC §3), "
           "no transfer")
    a("x-04", persona(["blah blah", "the thing with the stuff", "i dunno, you tell me"],
                      [], [], [], []),
      result("transferred"),
      note="three openings with no request: transferred")


def clinic(out):
    """The clinic (Halifax), Wednesday 2027-05-19 at 10:00 (ADT)."""
    add = noted_calls(out, PREFIX, KIND)
    wall, tz = "2027-05-19T10:00", "America/Halifax"
    now = local_now(wall, tz)
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    sat, tue = weekday_after(now, "saturday"), weekday_after(now, "tuesday")
    mon = weekday_after(now, "monday")
    assert (thu, fri, sat, mon, tue) == ("2027-05-20", "2027-05-21", "2027-05-22",
                                         "2027-05-24", "2027-05-25")

    def c(cid, p, exp, note=""):
        add(cid, wall, tz, "+19025551900", p, exp, (), note=note, business="clinic")

    c("c-01", persona(["is this a real person? i need a massage thursday at 10"],
                      ["Aria Snow"], ["902 555 1901"], [], ["yes"], service=[]),
      booked("Aria Snow", "+19025551901", at(thu, "10:00"), service="Massage therapy",
             resource="Luc Gagnon"),
      note="the question about the agent with the service and the time in one opening")
    c("c-02", persona(["a follow-up friday at 2 please"], ["Dr. Amir Haddad"],
                      ["902 555 1902"], [], ["yes"], service=[]),
      booked("Amir Haddad", "+19025551902", at(fri, "14:00"), service="Follow-up",
             resource="Dr. Amara Singh"),
      note="a caller titled 'Dr.' is no practitioner: the name without the title")
    c("c-03", persona(["i'd like to book"], ["Bea Cole"], ["902 555 1903"], ["tuesday at 11"],
                      ["yes"],
                      service=["what's the difference between an assessment and a follow-up?",
                               "the follow-up then"]),
      booked("Bea Cole", "+19025551903", at(tue, "11:00"), service="Follow-up",
             resource="Luc Gagnon"),
      note="a question at the service question, then the service")
    c("c-04", persona(["an assessment with dr singh monday at 9"], ["Cy Dorr"],
                      ["902 555 1904"], [], ["same time but friday", "yes"], service=[]),
      booked("Cy Dorr", "+19025551904", at(fri, "09:00"), service="Initial assessment",
             resource="Dr. Amara Singh"),
      note="'same time but Friday' at the read-back, the practitioner kept")
    c("c-05", persona(["massage on saturday, like 10ish?"], ["Dee Finn"], ["902 555 1905"], [],
                      ["yes"], service=[]),
      booked("Dee Finn", "+19025551905", at(sat, "10:00"), service="Massage therapy",
             resource="Luc Gagnon"),
      note="'like 10ish' with the service and the day: Saturday 10:00")
    c("c-06", persona(["is this an answering machine? i want a follow-up thursday at half "
                       "past one"], ["Eli Gunn"], ["902 555 1906"], [], ["yes"], service=[]),
      booked("Eli Gunn", "+19025551906", at(thu, "13:30"), service="Follow-up",
             resource="Luc Gagnon"),
      note="the question, the service and 'half past one' in one opening")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed, on
    Wednesday 2027-11-17 at 14:20 in Regina (CST all year)."""
    now, a = group(out, "2027-11-17T14:20", "America/Regina", "+13065559900")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-11-18", "2027-11-19", "2027-11-22", "2027-11-23")
    who = ["automated assistant"]

    # ------------------------- who answers, with a request: answered and kept
    a("v-01", persona(["hey, is this an automated line? i want to book monday at 11"],
                      ["Al Brook"], ["306 555 0801"], [], ["yes"]),
      checks(booked("Al Brook", "+13065550801", at(mon, "11:00")), say=who),
      note="the question answered (what answers the phone) and the request kept")
    own = mine(at(fri, "13:00"), "Bo Chan", "+13065550802")
    a("v-02", persona(["are you a real person or what, cause i need to reschedule my friday "
                       "appointment to tuesday at 10"], ["Bo Chan"], [], ["tuesday at 10"],
                      ["yes"]),
      checks(result("rescheduled", {"name": "Bo Chan", "phone": "+13065550802",
                                    "start": at(tue, "10:00")}), say=who),
      [own], caller="+13065550802",
      note="'are you a real person' asked with a move: answered, no transfer, the move made")
    a("v-03", persona(["Est-ce que je parle à une vraie personne? Je voudrais un rendez-vous "
                       "jeudi à 11 h."], ["Anne Caron."], ["306 555 0803"], [], ["Oui."]),
      checks(booked("Anne Caron", "+13065550803", at(thu, "11:00")), lang="fr",
             say=["assistante automatisée"]),
      languages=FR,
      note="'est-ce que je parle à une vraie personne?' asks what answers, no person: "
           "answered in French and the booking kept")

    # ------------------------------------------- a cancel or a move mid-booking
    own = mine(at(tue, "09:30"), "Cy Dale", "+13065550804")
    a("v-04", persona(["can i book for thursday"], ["Cy Dale"], ["306 555 0804"],
                      ["wait, no, what i really need is to cancel my appointment on tuesday"],
                      ["yes"]),
      result("cancelled", {"name": "Cy Dale", "phone": "+13065550804",
                           "start": at(tue, "09:30")}), [own], caller="+13065550804",
      note="a cancel of the caller's own appointment while Thursday's times are offered")
    own = mine(at(mon, "15:00"), "Di Egan", "+13065550805")
    a("v-05", persona(["friday at 2"],
                      ["oh hang on, could you move my monday booking to friday at 2 instead"],
                      ["306 555 0805"], ["friday at 2"], ["yes"]),
      result("rescheduled", {"name": "Di Egan", "phone": "+13065550805",
                             "start": at(fri, "14:00")}), [own],
      note="a move of the caller's own appointment asked at the name question of a "
           "booking, from another number: the booking's number asked, no second "
           "appointment")

    # ------------------------------------------------------ no name, no request
    a("v-06", persona(["i'd like to book"], ["blah blah blah", "uh, i dunno", "whatever"],
                      [], [], []),
      result("transferred"),
      note="three answers with no name at the name question: transferred")
    a("v-07", persona(["sorry, i think i dialed the wrong number"], [], [], [], []),
      result("no_booking"),
      note="a wrong number in the opening: the call ends politely")

    # ------------------------------------------- earlier or later at the read-back
    a("v-08", persona(["thursday at 4"], ["Eve Frye"], ["306 555 0808"], ["11:30 please"],
                      ["do you have something earlier?", "yes"]),
      booked("Eve Frye", "+13065550808", at(thu, "11:30")),
      note="'something earlier?' at the read-back: earlier times that day, then 11:30")
    a("v-09", persona(["friday at 9"], ["Gil Hart"], ["306 555 0809"], ["the 2"],
                      ["got anything later in the day?", "yes"]),
      booked("Gil Hart", "+13065550809", at(fri, "14:00")),
      note="'anything later in the day?' at the read-back: later times that day, then 2")

    # ------------------------------------------------------ the ... one, the area code
    a("v-10", persona(["monday afternoon"], ["Ian Ives"], ["306 555 0810"],
                      ["the two thirty one please"], ["yes"]),
      booked("Ian Ives", "+13065550810", at(mon, "14:30")),
      note="'the two thirty one' while Monday afternoon is offered: the 2:30 one")
    a("v-11", persona(["tuesday at 1"], ["Jo Kemp"],
                      ["with the area code or without?", "306 555 0811"], [], ["yes"]),
      checks(booked("Jo Kemp", "+13065550811", at(tue, "13:00")),
             say=["with the area code"]),
      note="a question about the area code at the number question: answered, the number "
           "asked again (beyond the SPEC's letter: it may offer the number called from)")


def main():
    out = []
    questions_and_robots(out)
    french_robots(out)
    numbers(out)
    titles(out)
    readbacks(out)
    switches_and_rooms(out)
    fillers(out)
    hangups_and_failures(out)
    clinic(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "messy18_calls.jsonl"), out,
                    business_by_name({"clinic": CLINIC}))
    print(f"{n} calls")


if __name__ == "__main__":
    main()
