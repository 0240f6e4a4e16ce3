#!/usr/bin/env python3
"""Writes probe8_business_en.jsonl: service and staff calls (SPEC §3.1) against four
businesses Bella had never seen (testdata/businesses/*.toml), written blind from the
SPEC before Bella ran on them. Each line's `business` is a path relative to testdata/."""
import json, os

NOW = {
    "salon": ("2027-01-11T09:00:00-08:00", "America/Vancouver"),
    "garage": ("2027-01-11T08:30:00-05:00", "America/Toronto"),
    "dental": ("2027-01-11T10:00:00-03:30", "America/St_Johns"),
    "tax": ("2027-01-11T09:10:00-06:00", "America/Regina"),
}
RES = {"salon": None, "garage": None, "dental": None, "tax": None}
cases = []


def call(cid, biz, persona, outcome, appt=None, existing=(), caller_id="+12505550100",
         note="", **extra):
    now, tz = NOW[biz]
    p = {"intent": [], "name": [], "phone": [], "time": [], "confirm": ["yes"],
         "other": [], "service": []}
    p.update(persona)
    exp = {"outcome": outcome}
    if appt is not None:
        exp["appointment"] = appt
    exp.update(extra)
    cases.append({"id": f"p8-{cid}", "kind": "probe8_business", "now": now, "tz": tz,
                  "caller_id": caller_id, "existing": list(existing), "persona": p,
                  "business": f"businesses/{biz}.toml", "expected": exp, "note": note})


def ap(name, phone, start, service, resource, minutes):
    return {"name": name, "phone": phone, "start": start, "service": service,
            "resource": resource, "minutes": minutes}


def ex(start, minutes, resource, service=None, name=None, phone=None):
    e = {"start": start, "minutes": minutes, "resource": resource}
    if service: e["service"] = service
    if name: e["name"] = name; e["phone"] = phone
    return e


# ---------------- salon (Vancouver; Tue-Fri 10-18, Sat 9-16; 15-minute grid) -----------
call("sal-01", "salon", {"intent": ["Hi, I'd like to book a haircut"], "time": ["Wednesday at 11"],
     "name": ["Olivia Chen"], "phone": ["604 555 0141"]}, "booked",
     ap("Olivia Chen", "+16045550141", "2027-01-13T11:00", "Haircut", "Marco Diaz", 45),
     note="service by name in the opening; the first stylist in file order who is free")
call("sal-02", "salon", {"intent": ["Can I book highlights with Marco on Thursday at 1?"],
     "time": ["Thursday at 1"], "name": ["Hannah Moore"], "phone": ["604 555 0142"]}, "booked",
     ap("Hannah Moore", "+16045550142", "2027-01-14T13:00", "Colour", "Jen Okafor", 90),
     note="a stylist who does not do colour is said so and dropped; the colourist is free")
call("sal-03", "salon", {"intent": ["Hi, I'd like a colour with Jen"], "time": ["Tuesday at 2", "Wednesday at 10 then"],
     "name": ["Ava Brooks"], "phone": ["604 555 0143"]}, "booked",
     ap("Ava Brooks", "+16045550143", "2027-01-13T10:00", "Colour", "Jen Okafor", 90),
     say_contains=["Tuesday"], note="Jen's day off, then another day")
call("sal-04", "salon", {"intent": ["I'm looking to get balayage done Saturday at 3"],
     "time": ["how about 2:30"], "name": ["Chloe Martin"], "phone": ["604 555 0144"]}, "booked",
     ap("Chloe Martin", "+16045550144", "2027-01-16T14:30", "Colour", "Jen Okafor", 90),
     note="90 minutes at 3 runs past Saturday's 4 o'clock close; 2:30 fits")
call("sal-05", "salon", {"intent": ["Can I get a haircut with Marco on Friday at 12:30?"],
     "time": ["make it noon"], "name": ["Liam Foster"], "phone": ["604 555 0145"]}, "booked",
     ap("Liam Foster", "+16045550145", "2027-01-15T12:00", "Haircut", "Marco Diaz", 45),
     note="45 minutes at 12:30 runs into Marco's lunch at 1; noon fits")
call("sal-06", "salon", {"intent": ["Hi, can I get a haircut Tuesday at 12:30 with whoever's free?"],
     "time": ["Tuesday at 12:30"], "name": ["Noah Patel"], "phone": ["604 555 0146"]}, "booked",
     ap("Noah Patel", "+16045550146", "2027-01-12T12:30", "Haircut", "Priya Nair", 45),
     note="whoever is free: Marco's lunch and Jen's day off leave Priya")
call("sal-07", "salon", {"intent": ["I just need a quick fringe trim Thursday at 4:45"],
     "time": ["Thursday at 4:45"], "name": ["Emma Scott"], "phone": ["604 555 0147"]}, "booked",
     ap("Emma Scott", "+16045550147", "2027-01-14T16:45", "Bang trim", "Marco Diaz", 15),
     note="a listed phrase that shares a word with another service's phrase ('trim')")
call("sal-09", "salon", {"intent": ["Hi, I'd like to make an appointment"], "service": ["a cut and style please"],
     "time": ["Saturday at 10"], "name": ["Mia Turner"], "phone": ["604 555 0149"]}, "booked",
     ap("Mia Turner", "+16045550149", "2027-01-16T10:00", "Haircut", "Priya Nair", 45),
     note="the service question; Marco is off on Saturdays, so Priya")
call("sal-10", "salon", {"intent": ["I'd like a haircut on Wednesday"], "time": ["Actually, can I get Jen?", "yes"],
     "name": ["Grace Hall"], "phone": ["604 555 0150"]}, "booked",
     ap("Grace Hall", "+16045550150", "2027-01-13T11:00", "Haircut", "Jen Okafor", 45),
     existing=[ex("2027-01-13T10:00", 60, "Jen Okafor", "Colour")],
     note="'can I get Jen' after times are offered: Jen's own times, the earliest taken")
call("sal-11", "salon", {"intent": ["I'd like to book a bang trim Friday at 3"], "name": ["Ella Young"],
     "phone": ["604 555 0151"], "confirm": ["no, actually make it a full haircut", "yes"]}, "booked",
     ap("Ella Young", "+16045550151", "2027-01-15T15:00", "Haircut", "Marco Diaz", 45),
     note="the service changed at the read-back")
call("sal-12", "salon", {"intent": ["Hi, can I book a manicure?"], "service": ["oh, okay, just a haircut then"],
     "time": ["Thursday at 10"], "name": ["Lily Adams"], "phone": ["604 555 0152"]}, "booked",
     ap("Lily Adams", "+16045550152", "2027-01-14T10:00", "Haircut", "Marco Diaz", 45),
     note="a service the salon does not sell, then one it does")
call("sal-13", "salon", {"intent": ["How much do highlights cost?", "Okay, I'll book highlights for Wednesday at 2 then"],
     "time": ["Wednesday at 2"], "name": ["Sophie Clark"], "phone": ["604 555 0153"]}, "booked",
     ap("Sophie Clark", "+16045550153", "2027-01-13T14:00", "Colour", "Jen Okafor", 90),
     say_contains=["120"], note="a price question first")
call("sal-14", "salon", {"intent": ["I want to book a colour"], "time": ["how long does it take?", "Friday at 10"],
     "name": ["Ruby Evans"], "phone": ["604 555 0154"]}, "booked",
     ap("Ruby Evans", "+16045550154", "2027-01-15T10:00", "Colour", "Jen Okafor", 90),
     note="a length question at the time question")
call("sal-15", "salon", {"intent": ["Could I get a haircut on January 20th?"], "time": ["yes"],
     "name": ["Isla Reid"], "phone": ["604 555 0155"]}, "booked",
     ap("Isla Reid", "+16045550155", "2027-01-21T10:00", "Haircut", "Marco Diaz", 45),
     note="a closed date: the next open day's first free times")
call("sal-16", "salon", {"intent": ["I need a haircut Thursday after 3"], "time": ["yes"],
     "name": ["Jack Lee"], "phone": ["604 555 0156"]}, "booked",
     ap("Jack Lee", "+16045550156", "2027-01-14T15:00", "Haircut", "Jen Okafor", 45),
     existing=[ex("2027-01-14T15:00", 60, "Marco Diaz", "Haircut")],
     note="a window; Marco is booked at 3, Jen is free")
call("sal-17", "salon", {"intent": ["Can I book a colour with Jen Saturday morning?"], "time": ["yes"],
     "name": ["Maya Singh"], "phone": ["604 555 0157"]}, "booked",
     ap("Maya Singh", "+16045550157", "2027-01-16T10:30", "Colour", "Jen Okafor", 90),
     existing=[ex("2027-01-16T09:00", 90, "Jen Okafor", "Colour")],
     note="a part of day with a person: Jen's first free morning start")
call("sal-18", "salon", {"intent": ["Hi, I need to cancel my haircut"]}, "cancelled",
     ap("Grace Liu", "+16045550188", "2027-01-15T11:00", "Haircut", "Marco Diaz", 45),
     existing=[ex("2027-01-15T11:00", 45, "Marco Diaz", "Haircut", "Grace Liu", "+16045550188")],
     caller_id="+16045550188", note="cancel found by caller id")
call("sal-19", "salon", {"intent": ["Can I move my colour to Saturday at 3?"], "time": ["2 then"]}, "rescheduled",
     ap("Nina Ross", "+16045550189", "2027-01-16T14:00", "Colour", "Jen Okafor", 90),
     existing=[ex("2027-01-13T10:00", 90, "Jen Okafor", "Colour", "Nina Ross", "+16045550189")],
     caller_id="+16045550189", note="a move that would run past closing; the 90 minutes are kept")

# ---------------- garage (Toronto; Mon-Fri 8-17, Sat 8-12; bay 1 off Saturdays) --------
call("gar-02", "garage", {"intent": ["Can you put my winter tires on Wednesday at 8?"], "name": ["Raj Mehta"],
     "phone": ["416 555 0124"]}, "booked",
     ap("Raj Mehta", "+14165550124", "2027-01-13T08:00", "Tire swap", "Bay 1", 60),
     note="a service by one of its phrases")
call("gar-03", "garage", {"intent": ["I'd like a safety inspection in bay 1 on Thursday at 10"], "name": ["Kim Nguyen"],
     "phone": ["416 555 0125"], "time": ["Thursday at 10"]}, "booked",
     ap("Kim Nguyen", "+14165550125", "2027-01-14T10:00", "Safety inspection", "Bay 2", 90),
     note="a bay that does not do inspections is dropped")
call("gar-04", "garage", {"intent": ["I need a safety inspection Friday at 9"], "time": ["Monday at 9 then"],
     "name": ["Paul Girard"], "phone": ["416 555 0126"]}, "booked",
     ap("Paul Girard", "+14165550126", "2027-01-18T09:00", "Safety inspection", "Bay 2", 90),
     note="the only bay for it is closed that date")
call("gar-05", "garage", {"intent": ["Can I bring my car in for an inspection Tuesday at 4?"], "time": ["3:30 then"],
     "name": ["Lena Fischer"], "phone": ["416 555 0127"]}, "booked",
     ap("Lena Fischer", "+14165550127", "2027-01-12T15:30", "Safety inspection", "Bay 2", 90),
     note="90 minutes at 4 runs past 5; 3:30 ends at closing")
call("gar-06", "garage", {"intent": ["safety inspection saturday at 11 please"], "time": ["10:30"],
     "name": ["Omar Haddad"], "phone": ["416 555 0128"]}, "booked",
     ap("Omar Haddad", "+14165550128", "2027-01-16T10:30", "Safety inspection", "Bay 2", 90),
     note="past Saturday's noon close; a bare time keeps Saturday")
call("gar-07", "garage", {"intent": ["I need my tires swapped, Wednesday at 10"], "time": ["11 then"],
     "name": ["Carla Souza"], "phone": ["416 555 0129"], "service": ["a tire swap"]}, "booked",
     ap("Carla Souza", "+14165550129", "2027-01-13T11:00", "Tire swap", "Bay 1", 60),
     existing=[ex("2027-01-13T10:00", 60, "Bay 1"), ex("2027-01-13T10:00", 60, "Bay 2")],
     note="both bays taken at 10")
call("gar-08", "garage", {"intent": ["Oil change Wednesday at 10:30?"], "name": ["Derek Shaw"],
     "phone": ["416 555 0130"]}, "booked",
     ap("Derek Shaw", "+14165550130", "2027-01-13T10:30", "Oil change", "Bay 2", 30),
     existing=[ex("2027-01-13T10:00", 60, "Bay 1")], note="bay 1 busy, bay 2 free")
call("gar-09", "garage", {"intent": ["I'd like an oil change on February 15th"], "time": ["yes"],
     "name": ["Ian Clarke"], "phone": ["416 555 0131"]}, "booked",
     ap("Ian Clarke", "+14165550131", "2027-02-16T08:00", "Oil change", "Bay 1", 30),
     note="a closed holiday: the next open day's first start")
call("gar-10", "garage", {"intent": ["How much for an oil change?", "Okay, I'll book one for Thursday at 2"],
     "time": ["Thursday at 2"], "name": ["Beth Lyons"], "phone": ["416 555 0132"]}, "booked",
     ap("Beth Lyons", "+14165550132", "2027-01-14T14:00", "Oil change", "Bay 1", 30),
     say_contains=["69.95"], note="price first")
call("gar-11", "garage", {"intent": ["Hi, I need my transmission rebuilt"], "service": ["oh, okay, never mind then"],
     "other": ["never mind then"]}, "no_booking", no_appointment=True,
     note="a service the shop does not sell, then never mind")
call("gar-12", "garage", {"intent": ["tire swap friday between 1 and 3"], "time": ["yes"],
     "name": ["Sam Ortiz"], "phone": ["416 555 0133"]}, "booked",
     ap("Sam Ortiz", "+14165550133", "2027-01-15T14:00", "Tire swap", "Bay 1", 60),
     existing=[ex("2027-01-15T13:00", 60, "Bay 1")],
     note="a window on the day bay 2 is shut; bay 1 taken at 1")
call("gar-13", "garage", {"intent": ["I need to cancel my inspection"], "phone": ["416 555 0177"]}, "cancelled",
     ap("Will Grant", "+14165550177", "2027-01-14T13:00", "Safety inspection", "Bay 2", 90),
     existing=[ex("2027-01-14T13:00", 90, "Bay 2", "Safety inspection", "Will Grant", "+14165550177")],
     caller_id="+16475550199", note="not under the caller id: the number asked")
call("gar-14", "garage", {"intent": ["Can I move my oil change to Friday at 11?"]}, "rescheduled",
     ap("Rita Bell", "+14165550178", "2027-01-15T11:00", "Oil change", "Bay 1", 30),
     existing=[ex("2027-01-13T09:00", 30, "Bay 1", "Oil change", "Rita Bell", "+14165550178")],
     caller_id="+14165550178", note="a move keeps the service and its bay")

# ---------------- dental (St. John's; Mon-Fri 8:30-16:30, Sat 9-12) ---------------------
call("den-02", "dental", {"intent": ["Can I book a cleaning for Saturday at 11:30?"], "time": ["11 then"],
     "name": ["Liam Power"], "phone": ["709 555 0142"]}, "booked",
     ap("Liam Power", "+17095550142", "2027-01-16T11:00", "Cleaning", "Siobhan Walsh", 60),
     note="an hour from 11:30 runs past Saturday's noon close")
call("den-03", "dental", {"intent": ["I need a filling with Dr. Patel on Friday at 9"], "time": ["Thursday at 9 then"],
     "name": ["Mark Kelly"], "phone": ["709 555 0143"]}, "booked",
     ap("Mark Kelly", "+17095550143", "2027-01-14T09:00", "Filling", "Dr. Meera Patel", 90),
     note="the dentist's day off")
call("den-04", "dental", {"intent": ["I've got a cavity, can I come in Wednesday at 11?"], "time": ["10:30 then"],
     "name": ["Jenna Hickey"], "phone": ["709 555 0144"]}, "booked",
     ap("Jenna Hickey", "+17095550144", "2027-01-13T10:30", "Filling", "Dr. Meera Patel", 90),
     note="90 minutes from 11 runs into the dentist's lunch; 10:30 ends at noon")
call("den-05", "dental", {"intent": ["I'd like a checkup on Monday"], "time": ["yes"],
     "name": ["Ryan Walsh"], "phone": ["709 555 0145"]}, "booked",
     ap("Ryan Walsh", "+17095550145", "2027-01-19T08:30", "Checkup", "Dr. Meera Patel", 30),
     note="a closed date: the next open day's first start")
call("den-06", "dental", {"intent": ["Can Dr. Patel do my cleaning Tuesday at 2?"], "time": ["Tuesday at 2"],
     "name": ["Erin Murphy"], "phone": ["709 555 0146"]}, "booked",
     ap("Erin Murphy", "+17095550146", "2027-01-12T14:00", "Cleaning", "Siobhan Walsh", 60),
     note="the dentist does not clean teeth: the hygienist")
call("den-07", "dental", {"intent": ["I'd like a cleaning with Siobhan on Monday the 25th at 9"],
     "time": ["Tuesday the 26th at 9"], "name": ["Kate Dwyer"], "phone": ["709 555 0147"]}, "booked",
     ap("Kate Dwyer", "+17095550147", "2027-01-26T09:00", "Cleaning", "Siobhan Walsh", 60),
     note="the hygienist's day off")
call("den-08", "dental", {"intent": ["Do you have anything today at 2 for a checkup?"], "time": ["today at 2"],
     "name": ["Sean Ryan"], "phone": ["709 555 0148"]}, "booked",
     ap("Sean Ryan", "+17095550148", "2027-01-11T14:00", "Checkup", "Dr. Meera Patel", 30),
     note="today in a half-hour-offset zone")
call("den-09", "dental", {"intent": ["I need a cleaning, the earliest you have"], "time": ["yes"],
     "name": ["Maeve Doyle"], "phone": ["709 555 0149"]}, "booked",
     ap("Maeve Doyle", "+17095550149", "2027-01-12T08:30", "Cleaning", "Siobhan Walsh", 60),
     note="the earliest: the hygienist is off on Mondays")
call("den-10", "dental", {"intent": ["Hi, I have a cavity I need fixed"], "time": ["how much will that be?", "Thursday at 1:30"],
     "name": ["Colm Barry"], "phone": ["709 555 0150"]}, "booked",
     ap("Colm Barry", "+17095550150", "2027-01-14T13:30", "Filling", "Dr. Meera Patel", 90),
     say_contains=["180"], note="a price question at the time question")
call("den-11", "dental", {"intent": ["I need to move my cleaning to Saturday morning"], "time": ["yes"]}, "rescheduled",
     ap("Tara Kent", "+17095550151", "2027-01-16T09:00", "Cleaning", "Siobhan Walsh", 60),
     existing=[ex("2027-01-12T09:00", 60, "Siobhan Walsh", "Cleaning", "Tara Kent", "+17095550151")],
     caller_id="+17095550151", note="a move to a part of day")
call("den-12", "dental", {"intent": ["Can I book a checkup Friday at 4:30?"], "time": ["4 then"],
     "name": ["Noel Tobin"], "phone": ["709 555 0152"]}, "booked",
     ap("Noel Tobin", "+17095550152", "2027-01-15T16:00", "Checkup", "Siobhan Walsh", 30),
     note="closing time asked; the dentist is off Fridays")

# ---------------- tax (Regina; one person, 20-minute grid, lunch 12-1, no Wednesdays) ---
call("tax-01", "tax", {"intent": ["I need help with my taxes Tuesday at 11"], "name": ["Dale Fehr"],
     "phone": ["306 555 0141"]}, "booked",
     ap("Dale Fehr", "+13065550141", "2027-01-12T11:00", "Tax return", None, 60),
     note="an hour ending at the lunch break; no resources (resource null)")
call("tax-02", "tax", {"intent": ["Can I book a tax return for Tuesday at 11:20?"], "time": ["1:20 then"],
     "name": ["Joan Kowalski"], "phone": ["306 555 0142"]}, "booked",
     ap("Joan Kowalski", "+13065550142", "2027-01-12T13:20", "Tax return", None, 60),
     note="an hour from 11:20 runs into lunch")
call("tax-03", "tax", {"intent": ["I'd like a consultation Thursday at 3:40"], "name": ["Ben Ostrowski"],
     "phone": ["306 555 0143"]}, "booked",
     ap("Ben Ostrowski", "+13065550143", "2027-01-14T15:40", "Consultation", None, 20),
     note="20 minutes ending at closing, on the 20-minute grid")
call("tax-04", "tax", {"intent": ["Can I get a consultation Wednesday?"], "time": ["yes"],
     "name": ["Mary Schultz"], "phone": ["306 555 0144"]}, "booked",
     ap("Mary Schultz", "+13065550144", "2027-01-14T09:00", "Consultation", None, 20),
     note="a weekday the business never opens")
call("tax-05", "tax", {"intent": ["I just have a quick question, can I book a time next Monday at 9:30?"], "time": ["9:40 then"],
     "name": ["Greg Thiessen"], "phone": ["306 555 0145"]}, "booked",
     ap("Greg Thiessen", "+13065550145", "2027-01-18T09:40", "Consultation", None, 20),
     note="9:30 is off the 20-minute grid")
call("tax-06", "tax", {"intent": ["I want to do my taxes on Friday the 15th"], "time": ["yes"],
     "name": ["Lois Penner"], "phone": ["306 555 0146"]}, "booked",
     ap("Lois Penner", "+13065550146", "2027-01-18T09:00", "Tax return", None, 60),
     note="a closed date: the next open day")
call("tax-07", "tax", {"intent": ["Hi, I'd like to book an appointment"], "service": ["just a quick consult"],
     "time": ["Thursday at 10"], "name": ["Carl Janzen"], "phone": ["306 555 0147"]}, "booked",
     ap("Carl Janzen", "+13065550147", "2027-01-14T10:00", "Consultation", None, 20),
     note="the service question answered by a phrase")
call("tax-08", "tax", {"intent": ["I need to get my income tax done Thursday after 2"], "time": ["yes"],
     "name": ["Ruth Wiebe"], "phone": ["306 555 0148"]}, "booked",
     ap("Ruth Wiebe", "+13065550148", "2027-01-14T15:00", "Tax return", None, 60),
     existing=[ex("2027-01-14T14:00", 60, None)], note="a window with its first hour booked")

# ---------------- added after the blind run ------------------------------------------
call("sal-10v", "salon", {"intent": ["I'd like a haircut on Wednesday"], "time": ["could I have Jen instead?", "yes"],
     "name": ["Grace Hall"], "phone": ["604 555 0150"]}, "booked",
     ap("Grace Hall", "+16045550150", "2027-01-13T11:00", "Haircut", "Jen Okafor", 45),
     existing=[ex("2027-01-13T10:00", 60, "Jen Okafor", "Colour")],
     say_contains=["11 a.m., 11:15 a.m. or 11:30 a.m."], say_not_contains=["already taken", "didn't catch"],
     note="a person asked for while times are offered: that person's own times are offered at once")
call("gar-10v", "garage", {"intent": ["how long does a tire swap take?", "great, can I book one for Friday at 9"],
     "name": ["Beth Lyons"], "phone": ["416 555 0132"]}, "booked",
     ap("Beth Lyons", "+14165550132", "2027-01-15T09:00", "Tire swap", "Bay 1", 60),
     say_not_contains=["what would you like to book"],
     note="the service a length question names is kept for the booking that follows")

# From probes after the blind run: a service named in a cancel or a move picks among
# the caller's appointments; "what services do you offer?", "do you do perms?".
TWO = [ex("2027-01-13T10:00", 45, "Marco Diaz", "Haircut", "Ann Lee", "+16045550190"),
       ex("2027-01-15T10:00", 90, "Jen Okafor", "Colour", "Ann Lee", "+16045550190")]
call("sal-20", "salon", {"intent": ["I need to cancel my colour"]}, "cancelled",
     ap("Ann Lee", "+16045550190", "2027-01-15T10:00", "Colour", "Jen Okafor", 90),
     existing=TWO, caller_id="+16045550190",
     note="two appointments: the one of the service named, not the earliest")
call("sal-21", "salon", {"intent": ["Can I move my colour to Saturday at 1?"]}, "rescheduled",
     ap("Ann Lee", "+16045550190", "2027-01-16T13:00", "Colour", "Jen Okafor", 90),
     existing=TWO, caller_id="+16045550190",
     note="two appointments: the colour is moved, with its 90 minutes")
call("sal-22", "salon", {"intent": ["Do you do perms?", "oh okay, a haircut then, Wednesday at 3"],
     "name": ["Lily Adams"], "phone": ["604 555 0152"]}, "booked",
     ap("Lily Adams", "+16045550152", "2027-01-13T15:00", "Haircut", "Marco Diaz", 45),
     say_contains=["we offer bang trim, haircut or colour"],
     note="a service the salon does not sell, asked about: the services are listed")
call("gar-15", "garage", {"intent": ["What services do you offer?", "an oil change Thursday at 9 please"],
     "name": ["Beth Lyons"], "phone": ["416 555 0132"]}, "booked",
     ap("Beth Lyons", "+14165550132", "2027-01-14T09:00", "Oil change", "Bay 1", 30),
     say_contains=["we offer oil change, tire swap or safety inspection"],
     note="the services asked for are listed")
call("sal-23", "salon", {"intent": ["haircut with Priya thursday at 10"], "time": ["with anyone then", "Thursday at 10 then"],
     "name": ["Jack Lee"], "phone": ["604 555 0156"]}, "booked",
     ap("Jack Lee", "+16045550156", "2027-01-14T10:00", "Haircut", "Marco Diaz", 45),
     say_not_contains=["with Priya Nair for"],
     note="'with anyone then' after the person asked for is off: the person is dropped")

here = os.path.dirname(os.path.abspath(__file__))
for c in cases:
    for e in c["existing"]:
        if e.get("resource") is None:
            e.pop("resource", None)
with open(os.path.join(here, "probe8_business_en.jsonl"), "w") as f:
    for c in cases:
        f.write(json.dumps(c) + "\n")
print(len(cases), "cases")
