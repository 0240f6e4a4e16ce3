#!/usr/bin/env python3
"""Generator of front-desk round 26: frontdesk26_calls.jsonl.

Hand-made English booking calls, written and committed before Bella ran on them (task
pf26), on what real callers do at a front desk that the earlier rounds did not probe:
- a window said as the caller's own schedule ("before work, I start at ten" is before
  10, "on my lunch break, noon to one", "I finish at 4" is after 4, "before my shift, I
  start at one" is before 1);
- the part of the day said again while that part's times are offered ("in the
  afternoon" again: the earliest of those is read back, no loop);
- a caller who asks to leave a message for the team, or to speak to someone, on a
  business with no transfer number, during opening hours (they hear that no one is
  free now, never "call back during our opening hours" while it is open);
- "is Dr. Lee in today?" on a business whose dentists work different days;
- hesitations, spelled names, numbers with "oh", "double" and "triple", a number put
  right at the read-back, names with particles (van der, de, Mac), speech-recognition
  text (lower case, no punctuation, "um"), and zones across Canada (Winnipeg,
  Edmonton, St. John's, Regina, Moncton, Vancouver, Charlottetown).

Businesses: the default business (SPEC §3), the new `businesses/dental_winnipeg.toml`
(no transfer number) and `businesses/foot_charlottetown.toml` (a transfer number).
Every booked start is checked against the slot oracle of `callslib.py` by
`write_jsonl`. Where an expectation goes beyond the SPEC's letter, the case's note says
so.

Run from anywhere: `python3 bella-dialog/testdata/gen_frontdesk26_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (at, booked, business_by_name, business_call_group, busy,  # noqa: E402
                      call_group, checks, persona, result, taken, weekday_after, write_jsonl)

KIND = "frontdesk26"
PREFIX = "fd26"
DENTAL = "businesses/dental_winnipeg.toml"
FOOT = "businesses/foot_charlottetown.toml"
YES = ["yes"]
# What a business with no transfer number must not say while it is open.
CLOSED_WORDS = ["during our opening hours"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def biz_group(out, wall, tz, caller, path):
    """`callslib.business_call_group` of this round."""
    return business_call_group(out, PREFIX, KIND, wall, tz, caller, HERE, path)


def put_through(say=None, not_say=None):
    """A call put through to a person (or told no one is free): `transferred`, no
    appointment."""
    return checks(result("transferred"), say=say, not_say=not_say)


def schedules(out):
    """Winnipeg, Tuesday 2027-03-09 at 08:40 (CST), the default business: windows said
    as the caller's own day."""
    now, a = group(out, "2027-03-09T08:40", "America/Winnipeg", "+12045552600")
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-03-10", "2027-03-11", "2027-03-12", "2027-03-15")

    a("s-01", persona(["can I come in tomorrow before work? I start at ten"], ["Dana Klassen"],
                      ["204 555 2601"], ["yes"], YES),
      booked("Dana Klassen", "+12045552601", at(wed, "09:00")),
      note="'before work, I start at ten': before 10 (SPEC §2 window, said as the caller's "
           "day; beyond the letter); a yes takes the earliest offered")
    a("s-02", persona(["friday on my lunch break, noon to one"], ["Arjun Mehta"],
                      ["204 555 2602"], ["yes"], YES),
      booked("Arjun Mehta", "+12045552602", at(fri, "12:30")),
      existing=taken(fri, "12:00"),
      note="'on my lunch break, noon to one': between 12 and 1 (SPEC §2 '12 to 1'); 12:00 "
           "is taken, so 12:30 is the only fit")
    a("s-03", persona(["I need an appointment monday, I finish at 4"], ["Lise Friesen"],
                      ["204 555 2603"], ["yes"], YES),
      booked("Lise Friesen", "+12045552603", at(mon, "16:30")),
      existing=taken(mon, "16:00"),
      note="'I finish at 4': after 16:00 (beyond the letter: the caller's day bounds the "
           "window); 16:00 taken, 16:30 left")
    a("s-04", persona(["wednesday after work, I get off at three"], ["Tom Wiebe"],
                      ["204 555 2604"], ["yes"], YES),
      booked("Tom Wiebe", "+12045552604", at(wed, "15:00")),
      note="'after work, I get off at three': after 15:00 (beyond the letter)")
    a("s-05", persona(["thursday before my shift, I start at one"], ["Rosa Bergen"],
                      ["204 555 2605"], ["yes"], YES),
      booked("Rosa Bergen", "+12045552605", at(thu, "12:00")),
      existing=busy(thu, "09:00", "11:30"),
      note="'before my shift, I start at one': before 13:00; the morning is full, 12:00 "
           "the earliest fit")
    a("s-06", persona(["friday, after I drop the kids at school, say around half past "
                       "nine"], ["Megan Penner"], ["204 555 2606"], [], YES),
      booked("Megan Penner", "+12045552606", at(fri, "09:30")),
      note="the drop-off said with a time: 'around half past nine' is 09:30 (SPEC §2)")
    a("s-07", persona(["do you have anything tomorrow? I'm done work at 2"], ["Omar Haddad"],
                      ["204 555 2607"], ["yes"], YES),
      booked("Omar Haddad", "+12045552607", at(wed, "14:00")),
      note="'I'm done work at 2': after 14:00 (beyond the letter)")
    a("s-08", persona(["I'd like to book"], ["Kim Dueck"], ["204 555 2608"],
                      ["monday, on my lunch hour, I'm free twelve to one"], YES),
      booked("Kim Dueck", "+12045552608", at(mon, "12:00")),
      note="the lunch-hour window at the time question: 12 to 1 (SPEC §2 window)")
    a("s-09", persona(["thursday, I start work at 11 so it'd have to be before that"],
                      ["Priya Nair"], ["204 555 2609"], ["yes"], YES),
      booked("Priya Nair", "+12045552609", at(thu, "09:30")),
      existing=taken(thu, "09:00"),
      note="'I start work at 11 so before that': before 11:00; 9:00 taken, 9:30 earliest")


def parts_again(out):
    """Edmonton, Wednesday 2027-04-14 at 09:05 (MDT), the default business: the part of
    the day said again while its times are offered."""
    now, a = group(out, "2027-04-14T09:05", "America/Edmonton", "+17805552700")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-04-15", "2027-04-16", "2027-04-19", "2027-04-20")

    a("r-01", persona(["do you have something thursday afternoon"], ["Gail Yellowhorn"],
                      ["780 555 2701"], ["in the afternoon"], YES),
      booked("Gail Yellowhorn", "+17805552701", at(thu, "12:00")),
      note="'in the afternoon' said again while Thursday afternoon's times are offered: "
           "not a failed answer nor a loop; the earliest of them is read back and taken "
           "on yes (beyond the letter: SPEC §3, a plain yes takes the earliest offered)")
    a("r-02", persona(["friday please"], ["Colin Tremblay"], ["780 555 2702"],
                      ["in the afternoon", "in the afternoon"], YES),
      booked("Colin Tremblay", "+17805552702", at(fri, "12:00")),
      note="a day, then the afternoon, then the afternoon again: Friday's earliest "
           "afternoon time")
    a("r-03", persona(["what have you got monday afternoon"], ["Hana Sato"], ["780 555 2703"],
                      ["afternoon is best for me", "yeah the afternoon"], YES),
      booked("Hana Sato", "+17805552703", at(mon, "12:00")),
      existing=busy(mon, "13:00", "13:30"),
      note="the afternoon said back twice: the earliest free afternoon time, noon")
    a("r-04", persona(["tuesday morning"], ["Will Cardinal"], ["780 555 2704"],
                      ["morning, in the morning please"], YES),
      booked("Will Cardinal", "+17805552704", at(tue, "09:30")),
      existing=taken(tue, "09:00"),
      note="the morning said again: Tuesday's earliest free morning time")
    a("r-05", persona(["I need to come in thursday"], ["Ana Lopes"], ["780 555 2705"],
                      ["sometime in the afternoon", "um, the afternoon"], YES),
      booked("Ana Lopes", "+17805552705", at(thu, "12:00")),
      note="the afternoon asked for at the time question, then said again")


def dental(out):
    """Assiniboine Family Dental (`dental_winnipeg`, no transfer number), Wednesday
    2027-02-17 at 10:20 (CST), inside opening hours: Dr. Lee in, Dr. Sharma off."""
    now, a, biz = biz_group(out, "2027-02-17T10:20", "America/Winnipeg", "+12045552800",
                            DENTAL)
    wed, thu = now[:10], weekday_after(now, "thursday")
    sat = weekday_after(now, "saturday")
    assert (wed, thu, sat) == ("2027-02-17", "2027-02-18", "2027-02-20")

    a("d-01", persona(["hi, can I leave a message for Dr. Lee?"], ["Joan Sinclair"],
                      ["204 555 2801"], [], [], other=["it's about my bill"]),
      put_through(not_say=CLOSED_WORDS),
      note="a message for the team: no one to put through (no transfer number), the "
           "caller hears that; the business is open, so never 'call back during our "
           "opening hours' (task: no_transfer inside opening hours)")
    a("d-02", persona(["could you pass a message on to the office for me? tell them Maria "
                       "Santos called about her insurance form"]),
      put_through(not_say=CLOSED_WORDS),
      note="a message to pass on: the team's matter (frontdesk24 fd-04), told no one is "
           "free while it is open")
    a("d-03", persona(["can I speak to someone at the front desk please"]),
      put_through(not_say=CLOSED_WORDS),
      note="a person asked for (SPEC §3: at once); no transfer number, open now")
    a("d-04", persona(["is Dr. Lee in today? I'd like to get a checkup"], ["Paul Fontaine"],
                      ["204 555 2804"], ["2 this afternoon"], YES),
      booked("Paul Fontaine", "+12045552804", at(wed, "14:00"), service="Dental exam",
             resource="Dr. Henry Lee"),
      note="'is Dr. Lee in today?': he works Wednesdays; the booking is with him (SPEC "
           "§3.1: a resource asked for by name)")
    a("d-05", persona(["is Dr. Sharma in today?"], ["Erin McKay"], ["204 555 2805"],
                      ["okay, tomorrow at 10 then"], YES, service=["just a checkup"]),
      booked("Erin McKay", "+12045552805", at(thu, "10:00"), service="Dental exam",
             resource="Dr. Anika Sharma"),
      note="Dr. Sharma is off Wednesdays: never booked with her today; tomorrow at 10 "
           "with her")
    a("d-06", persona(["is Dr. Lee working saturday? I need a filling"], ["Ben Oyelaran"],
                      ["204 555 2806"], ["fine, whoever's in saturday at 10"], YES),
      booked("Ben Oyelaran", "+12045552806", at(sat, "10:00"), service="Filling",
             resource="Dr. Anika Sharma"),
      note="Dr. Lee does not work Saturdays; the caller takes whoever is in (beyond the "
           "letter: the asked resource dropped by the caller)")
    a("d-07", persona(["um hi is doctor lee in today"], ["uh yeah its kyle desjarlais"],
                      ["204 555 2807"], ["um like eleven thirty"], YES,
                      service=["a check up"]),
      booked("Kyle Desjarlais", "+12045552807", at(wed, "11:30"), service="Dental exam",
             resource="Dr. Henry Lee"),
      note="the same in speech-recognition text: lower case, no punctuation, fillers")
    a("d-08", persona(["I'd like to leave a message please, for whoever does the billing"]),
      put_through(not_say=CLOSED_WORDS),
      note="a message for the team, nothing to book")


def foot(out):
    """Island Foot and Ankle Clinic (`foot_charlottetown`, a transfer number), Tuesday
    2027-05-11 at 10:05 (ADT)."""
    now, a, biz = biz_group(out, "2027-05-11T10:05", "America/Halifax", "+19025552900", FOOT)
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    assert (wed, thu) == ("2027-05-12", "2027-05-13")

    a("c-01", persona(["hi, I want to leave a message for Claire"]),
      put_through(),
      note="a message for a person on the team: put through (a transfer number)")
    a("c-02", persona(["is Claire in on thursday? I need a foot assessment"],
                      ["Heather MacLean"], ["902 555 2902"],
                      ["oh, then wednesday at 2 with her"], YES),
      booked("Heather MacLean", "+19025552902", at(wed, "14:00"), service="Foot assessment",
             resource="Claire Gallant"),
      note="Claire does not work Thursdays; the caller takes Wednesday at 2 with her "
           "(name with Mac kept as said)")
    a("c-03", persona(["is Sam in today? I need my orthotics fitted"], ["Alan MacDougall"],
                      ["902 555 2903"], ["11"], YES),
      booked("Alan MacDougall", "+19025552903", at(now[:10], "11:00"),
             service="Orthotics fitting", resource="Sam MacPhee"),
      note="Sam works Tuesdays: a fitting today at 11 with him (a bare time keeps today)")


def names_numbers(out):
    """St. John's, Monday 2027-10-18 at 11:05 (NDT), the default business: spelled names,
    particles, numbers with 'oh' and 'double', a number put right at the read-back,
    hesitations and speech-recognition text."""
    now, a = group(out, "2027-10-18T11:05", "America/St_Johns", "+17095553000")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    assert (tue, wed, thu, fri) == ("2027-10-19", "2027-10-20", "2027-10-21", "2027-10-22")

    a("n-01", persona(["tuesday at 10"], ["it's Siobhan, S-I-O-B-H-A-N, Siobhan Kelly"],
                      ["709 555 3001"], [], YES),
      booked("Siobhan Kelly", "+17095553001", at(tue, "10:00")),
      note="a spelling is not part of the name (SPEC §2), the later full name kept")
    a("n-02", persona(["wednesday at 2"], ["Thao Nguyen, that's N G U Y E N"],
                      ["709 555 3002"], [], YES),
      booked("Thao Nguyen", "+17095553002", at(wed, "14:00")),
      note="a surname spelled with spaces after the name (SPEC §2)")
    a("n-03", persona(["thursday at 11"], ["Fergus Power"],
                      ["seven oh nine, five five five, oh one double two"], [], YES),
      booked("Fergus Power", "+17095550122", at(thu, "11:00")),
      note="'oh' and 'double two' (SPEC §2)")
    a("n-04", persona(["friday at 9:30"], ["Nell Walsh"], ["709 555 triple three four"], [],
                      YES),
      booked("Nell Walsh", "+17095553334", at(fri, "09:30")),
      note="'triple three' mixed with digits (SPEC §2)")
    a("n-05", persona(["tuesday at 1"], ["Brendan Hickey"], ["709 555 3051"], [],
                      ["no, the number's wrong, it's 709 555 3015", "yes"]),
      booked("Brendan Hickey", "+17095553015", at(tue, "13:00")),
      note="the number corrected at the read-back (SPEC §3: 'no' returns to the slot the "
           "caller corrects), then yes")
    a("n-06", persona(["wednesday at 10:30"], ["Maura Kavanagh"], ["709 555 3060"], [],
                      ["that's not my number, the last four are 3006", "yes"]),
      booked("Maura Kavanagh", "+17095553006", at(wed, "10:30")),
      note="the last four put right at the read-back (beyond the letter, as round 24's "
           "p-04)")
    a("n-07", persona(["thursday at 3"], ["pieter van der berg"], ["709 555 3007"], [], YES),
      booked("Pieter Van Der Berg", "+17095553007", at(thu, "15:00")),
      note="a lower-cased name with particles: each part capitalised (SPEC §2)")
    a("n-08", persona(["friday at 2:30"], ["um it's angus macleod"], ["709 555 3008"], [],
                      YES),
      booked("Angus Macleod", "+17095553008", at(fri, "14:30")),
      note="lower-cased 'macleod' can only give Macleod (SPEC §2)")
    a("n-09", persona(["tuesday at 3:30"], ["Marie de Souza"], ["709 555 3009"], [], YES),
      booked("Marie De Souza", "+17095553009", at(tue, "15:30")),
      note="'de' capitalised as every part (SPEC §2; the English rounds' 'Anna De Luca')")
    a("n-10", persona(["um yeah hi i wanted to um book an appointment for uh friday at um "
                       "ten thirty"], ["uh its uh deepak uh sharma"],
                      ["um seven oh nine um five five five uh three zero one zero"], [], YES),
      booked("Deepak Sharma", "+17095553010", at(fri, "10:30")),
      note="speech-recognition text throughout: lower case, no punctuation, fillers")
    a("n-11", persona(["I need an appointment"], ["Ruth Coady"], ["709 555 3011"],
                      ["uh let me see, um", "wednesday I guess, at like two"], YES),
      booked("Ruth Coady", "+17095553011", at(wed, "14:00")),
      note="a hesitation at the time question gets 'take your time' (SPEC §3), then the "
           "time")
    a("n-12", persona(["thursday at 9"], ["hmm", "Joe... Joseph O'Keefe"],
                      ["hang on, it's, uh, 709 555 3012"], [], YES),
      booked("Joseph O'Keefe", "+17095553012", at(thu, "09:00")),
      note="a hesitation at the name question, then the name with an apostrophe")
    a("n-13", persona(["wednesday at 4"], ["Carmel Ryan"], ["709 555 3031"], [],
                      ["wait, I said the number wrong, it's 709 555 3013", "yes"]),
      booked("Carmel Ryan", "+17095553013", at(wed, "16:00")),
      note="a wrong number owned up at the read-back, the new one read back")


def zones(out):
    """Calls in zones the last rounds used little: Regina (CST all year), Moncton (ADT),
    Vancouver the day after the clocks change, St. John's near closing."""
    now, a = group(out, "2027-07-06T16:10", "America/Regina", "+13065553100")
    a("z-01", persona(["anything left today, at half past four?"], ["Lorne Bakken"],
                      ["306 555 3101"], [], YES),
      booked("Lorne Bakken", "+13065553101", at(now[:10], "16:30")),
      note="Regina keeps CST in summer (UTC-6): 16:30 today is still ahead")
    now, a = group(out, "2027-03-15T09:00", "America/Vancouver", "+16045553200")
    a("z-02", persona(["this afternoon at 2 if you can"], ["Mei Tanaka"], ["604 555 3202"], [],
                      YES),
      booked("Mei Tanaka", "+16045553202", at(now[:10], "14:00")),
      note="the day after the clocks went forward (PDT): 14:00 today, wall time")
    now, a = group(out, "2027-11-02T15:30", "America/Moncton", "+15065553300")
    wed = weekday_after(now, "wednesday")
    a("z-03", persona(["tomorrow before work, I start at half nine"], ["Luc Arsenault"],
                      ["506 555 3303"], ["yes"], YES),
      booked("Luc Arsenault", "+15065553303", at(wed, "09:00")),
      note="'before work, I start at half nine': before 9:30, so only 9:00 (beyond the "
           "letter)")
    a("z-04", persona(["I'd like to book thursday, I get off at four thirty"],
                      ["Josée Cormier"], ["506 555 3304"], ["yes"], YES),
      booked("Josée Cormier", "+15065553304", at(weekday_after(now, "thursday"), "16:30")),
      note="'I get off at four thirty': after 16:30, so 16:30 (beyond the letter)")
    now, a = group(out, "2027-10-18T16:20", "America/St_Johns", "+17095553400")
    a("z-05", persona(["do you have anything left today?"], ["Gerard Mullins"],
                      ["709 555 3405"], ["yes"], YES),
      booked("Gerard Mullins", "+17095553405", at(now[:10], "16:30")),
      note="St. John's (UTC-2:30): 16:30 the one time left today")
    now, a = group(out, "2027-10-18T10:15", "America/Halifax", "+19025553500")
    a("z-06", persona(["can I speak to a person?"]),
      put_through(not_say=CLOSED_WORDS),
      note="the default business has no transfer number: during its hours the caller is "
           "never told to call back during opening hours")
    a("z-07", persona(["friday, after I drop the kids at school"], ["Beth Doucette"],
                      ["902 555 3507"], ["yes"], YES),
      booked("Beth Doucette", "+19025553507", at(weekday_after(now, "friday"), "09:00")),
      note="a drop-off with no time bounds nothing: Friday's times, earliest first, and "
           "a yes takes 9:00 (SPEC §3)")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed: the
    caller's own day as a window, the part of the day or the window said again to its
    offers, a message for the team, no transfer number while open and while closed.
    Saskatoon (CST all year), Thursday 2027-09-16 at 09:20, the default business; the
    Winnipeg dental clinic on Saturday 2027-02-20, open then closed."""
    now, a = group(out, "2027-09-16T09:20", "America/Regina", "+13065553600")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-09-17", "2027-09-20", "2027-09-21", "2027-09-22")
    a("v-01", persona(["monday, my shift starts at 2"], ["Ivy Harder"], ["306 555 3601"],
                      ["yes"], YES),
      booked("Ivy Harder", "+13065553601", at(mon, "13:30")),
      existing=busy(mon, "09:00", "13:00"),
      note="'my shift starts at 2': before 14:00; the morning to 1:00 is full")
    a("v-02", persona(["friday, I get off work at 3:30"], ["Jay Olfert"], ["306 555 3602"],
                      ["yes"], YES),
      booked("Jay Olfert", "+13065553602", at(fri, "15:30")),
      note="'I get off work at 3:30': after 15:30")
    a("v-03", persona(["tuesday, I'm off at 4"], ["Kara Loewen"], ["306 555 3603"], ["yes"],
                      YES),
      booked("Kara Loewen", "+13065553603", at(tue, "16:30")),
      existing=taken(tue, "16:00"),
      note="'I'm off at 4': after 16:00; 16:00 taken")
    a("v-04", persona(["wednesday, I finish work at 2"], ["Lane Enns"], ["306 555 3604"],
                      ["yes"], YES),
      booked("Lane Enns", "+13065553604", at(wed, "14:00")),
      note="'I finish work at 2': after 14:00")
    a("v-05", persona(["tomorrow, my class starts at 11 so before that"], ["Mo Yasin"],
                      ["306 555 3605"], ["yes"], YES),
      booked("Mo Yasin", "+13065553605", at(fri, "10:00")),
      existing=taken(fri, "09:00", "09:30"),
      note="'my class starts at 11 so before that': before 11:00")
    a("v-06", persona(["monday"], ["Nia Ross"], ["306 555 3606"],
                      ["afternoon", "yeah afternoon please"], YES),
      booked("Nia Ross", "+13065553606", at(mon, "12:30")),
      existing=taken(mon, "12:00"),
      note="the afternoon asked for, then said again to its offers: the earliest")
    a("v-07", persona(["tuesday morning"], ["Otto Funk"], ["306 555 3607"],
                      ["in the morning please"], YES),
      booked("Otto Funk", "+13065553607", at(tue, "09:00")),
      note="the morning said again to the morning's offers")
    a("v-08", persona(["wednesday between 2 and 4"], ["Pam Siemens"], ["306 555 3608"],
                      ["between 2 and 4"], YES),
      booked("Pam Siemens", "+13065553608", at(wed, "14:00")),
      note="the window said again to its offers: the earliest")
    a("v-09", persona(["I just want to leave a message for the doctor please"]),
      put_through(not_say=CLOSED_WORDS),
      note="a message for the team; no transfer number, open now")
    now, a, biz = biz_group(out, "2027-02-20T11:00", "America/Winnipeg", "+12045553700",
                            DENTAL)
    a("v-10", persona(["hi, could you take a message for Dr. Sharma?"]),
      put_through(not_say=CLOSED_WORDS),
      note="a message on Saturday morning, open until 1: told to call back later")
    now, a, biz = biz_group(out, "2027-02-20T14:00", "America/Winnipeg", "+12045553800",
                            DENTAL)
    a("v-11", persona(["can I leave a message for the billing person"]),
      put_through(say=CLOSED_WORDS),
      note="closed now (Saturday after 1): when to call back, the opening hours")


def main():
    out = []
    schedules(out)
    parts_again(out)
    dental(out)
    foot(out)
    names_numbers(out)
    zones(out)
    variant_calls(out)
    biz = business_by_name({p: os.path.join(HERE, p) for p in (DENTAL, FOOT)})
    n = write_jsonl(os.path.join(HERE, "frontdesk26_calls.jsonl"), out, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
