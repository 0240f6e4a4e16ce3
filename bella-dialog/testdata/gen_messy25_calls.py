#!/usr/bin/env python3
"""Generator of messy round 25: messy25_calls.jsonl.

Hand-made English booking calls of the `calls_messy` kind (SPEC §3), written and committed
before Bella ran on them (task pe25), in zones and on businesses round 24 did not use:
the default business in Whitehorse and Kelowna, and the testdata businesses
`tire_yellowknife`, `physio_iqaluit` and `chiro_thunder_bay`. Callers talk over the
questions, answer two questions at once, change their mind twice, give a number with a
mistake and put it right ("0192, no sorry, 0129"), say the time as "quarter past",
"quarter to", "half past", "half nine", give relative days ("the day after tomorrow",
"a week from Friday", "this coming Monday"), ask "what was that?" after the offers, give
a name with a title ("Mrs. Okafor", "Dr. Lee"), or call from a noisy place (fragments,
repeats).

Every booked start is checked against the slot oracle of `callslib.py` by
`write_jsonl`. Where an expectation goes beyond the SPEC's letter, the case's note says
so.

Run from anywhere: `python3 bella-dialog/testdata/gen_messy25_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, business_by_name, business_call_group,  # noqa: E402
                      call_group, persona, weekday_after, write_jsonl)

KIND = "messy25"
PREFIX = "m25"
TIRE = "businesses/tire_yellowknife.toml"
PHYSIO = "businesses/physio_iqaluit.toml"
CHIRO = "businesses/chiro_thunder_bay.toml"
YES = ["yes"]


def group(out, wall, tz, caller):
    """`callslib.call_group` of this round."""
    return call_group(out, PREFIX, KIND, wall, tz, caller)


def biz_group(out, wall, tz, caller, path):
    """`callslib.business_call_group` of this round."""
    return business_call_group(out, PREFIX, KIND, wall, tz, caller, HERE, path)


def whitehorse(out):
    """Whitehorse, Wednesday 2027-01-13 at 10:10 (MST all year), the default business."""
    now, a = group(out, "2027-01-13T10:10", "America/Whitehorse", "+18675552500")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    assert (thu, fri, mon, tue) == ("2027-01-14", "2027-01-15", "2027-01-18", "2027-01-19")

    a("w-01", persona(["hi, I'd like to book for the day after tomorrow at half past two"],
                      ["Grace Okafor"], ["867 555 2501"], [], YES),
      booked("Grace Okafor", "+18675552501", at(fri, "14:30")),
      note="'the day after tomorrow' (SPEC §2) and 'half past two' (SPEC §2: 14:30)")
    a("w-02", persona(["I need an appointment"], ["it's Mrs. Okafor, Adaeze Okafor"],
                      ["867 555 2502"], ["this coming Monday at 10"], YES),
      booked("Adaeze Okafor", "+18675552502", at(mon, "10:00")),
      note="a title dropped and the later name (SPEC §2); 'this coming Monday' is the "
           "next Monday (beyond the SPEC's letter, as 'this Monday')")
    a("w-03", persona(["thursday at 11 please"], ["Ken Baird"],
                      ["867 555 0192, no sorry, 0129"], [], YES),
      booked("Ken Baird", "+18675550129", at(thu, "11:00")),
      note="the last four digits put right in the same answer (the four replace the last "
           "four, beyond the letter; as round 24's p-04)")
    a("w-04", persona(["can I get in friday morning"], ["Lou Senior"], ["867 555 2504"],
                      ["what was that?", "sorry, what was that?", "yes"],
                      ["what was that?", "yes"]),
      booked("Lou Senior", "+18675552504", at(fri, "09:00")),
      note="'what was that?' twice after the offers and once at the read-back (SPEC §3: "
           "repeats, no failure), then a plain yes takes the earliest offered")
    a("w-05", persona(["tuesday at 1"], ["it's Dr. Lee, Henry Lee, and my number is 867 555 "
                                         "2505"], ["867 555 2505"], [], YES),
      booked("Henry Lee", "+18675552505", at(tue, "13:00")),
      note="the name (a title dropped, the later name) and the number in one answer "
           "(SPEC §3: any turn may answer any slot)")
    a("w-06", persona(["I want to book"], ["oh, monday at 3 works for me, and it's Tom "
                                           "Bergeron"], ["867 555 2506"],
                      ["monday at 3"], YES),
      booked("Tom Bergeron", "+18675552506", at(mon, "15:00")),
      note="the time given over the name question, with the name (SPEC §3)")
    a("w-07", persona(["thursday at 9, no wait, friday at 9, hmm, actually make it monday at "
                       "9"], ["Ava Lindgren"], ["867 555 2507"], [], YES),
      booked("Ava Lindgren", "+18675552507", at(mon, "09:00")),
      note="the mind changed twice in one turn (SPEC §2: the later value)")
    a("w-08", persona(["tuesday at 11"], ["Raj Bhatt"], ["867 555 2508"], [],
                      ["actually, can we do 2 instead?", "no, sorry, go back to 1:30",
                       "yes"]),
      booked("Raj Bhatt", "+18675552508", at(tue, "13:30")),
      note="the mind changed twice at the read-back, the day kept (SPEC §3)")
    a("w-09", persona(["hi... sorry... book... appointment... friday"],
                      ["sorry it's loud here... Jess... Jess Tait"],
                      ["867... 555... 2509"],
                      ["sorry, can't hear you, what was that?", "yes, yes, the first one"],
                      YES),
      booked("Jess Tait", "+18675552509", at(fri, "09:00")),
      note="a noisy caller: fragments, the name repeated, the number in pauses; a repeat "
           "and then 'yes, the first one' takes the earliest offered (SPEC §3)")
    a("w-10", persona(["could I get a week from Friday at 10"], ["Noel Sandhu"],
                      ["867 555 2510"], [], YES),
      booked("Noel Sandhu", "+18675552510", at(add_days(fri, 7), "10:00")),
      note="'a week from Friday': the Friday a week after this coming one (beyond the "
           "SPEC's letter)")
    a("w-11", persona(["half nine thursday, if you've got it"], ["Moira Quinn"],
                      ["867 555 2511"], [], YES),
      booked("Moira Quinn", "+18675552511", at(thu, "09:30")),
      note="'half nine' is 9:30 (beyond the SPEC's letter: 'half past nine')")
    a("w-12", persona(["I need an appointment"], ["Pat Roche"], ["867 555 2512"],
                      ["oh wait, I gave you the wrong number, it's 867 555 2521",
                       "monday at 10"], YES),
      booked("Pat Roche", "+18675552521", at(mon, "10:00")),
      note="the number corrected at the time question (SPEC §3: any turn may correct "
           "any slot)")


def kelowna(out):
    """Kelowna, Thursday 2027-08-12 at 15:40 (PDT), the default business."""
    now, a = group(out, "2027-08-12T15:40", "America/Vancouver", "+12505552600")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    assert (fri, mon, tue, wed) == ("2027-08-13", "2027-08-16", "2027-08-17", "2027-08-18")

    a("k-01", persona(["tomorrow at half past ten"], ["Dana Whyte"], ["250 555 2601"], [],
                      YES),
      booked("Dana Whyte", "+12505552601", at(fri, "10:30")),
      note="'tomorrow at half past ten' (SPEC §2)")
    a("k-02", persona(["this coming Monday, first thing"], ["Eli Marchand"],
                      ["250 555 2602"], ["yes"], YES),
      booked("Eli Marchand", "+12505552602", at(mon, "09:00")),
      note="'this coming Monday, first thing': Monday's earliest (beyond the letter)")
    a("k-03", persona(["the day after tomorrow"], ["Faith Ng"], ["250 555 2603"], ["yes"],
                      YES),
      booked("Faith Ng", "+12505552603", at(mon, "09:00")),
      note="the day after tomorrow is a Saturday, closed (SPEC §3: said, the next open "
           "day's times offered, a yes takes the earliest)")
    a("k-04", persona(["tuesday at 10:30"], ["Ms. Priya Anand"], ["250 555 2604"], [], YES),
      booked("Priya Anand", "+12505552604", at(tue, "10:30")),
      note="a title dropped (SPEC §2)")
    a("k-05", persona(["wednesday at 4"], ["yeah it's Dr. Samuel Lee"], ["250 555 2605"], [],
                      YES),
      booked("Samuel Lee", "+12505552605", at(wed, "16:00")),
      note="'it's Dr. Samuel Lee': the title dropped")
    a("k-06", persona(["monday at 2"], ["Rob Chu, 250 555 2606"], ["250 555 2606"], [], YES),
      booked("Rob Chu", "+12505552606", at(mon, "14:00")),
      note="the name and the number in one answer (SPEC §3)")
    a("k-07", persona(["friday at 1"], ["Gina Pratt"], ["250 555 0192, no sorry, 0129"], [],
                      YES),
      booked("Gina Pratt", "+12505550129", at(fri, "13:00")),
      note="the last four digits put right in the same answer (beyond the letter)")
    a("k-08", persona(["tuesday at 9"], ["Hal Ferris"],
                      ["two five oh, five five five, two six oh eight... no, wait, two six "
                       "eight oh"], [], YES),
      booked("Hal Ferris", "+12505552680", at(tue, "09:00")),
      note="spoken digits with the last four put right (beyond the letter)")
    a("k-09", persona(["what do you have tuesday afternoon"], ["Iris Kwan"], ["250 555 2609"],
                      ["what was that?", "what was that, sorry?", "2:30 then"], YES),
      booked("Iris Kwan", "+12505552609", at(tue, "14:30")),
      note="two repeats after the offers, then a time that is free (SPEC §3)")
    a("k-10", persona(["friday at 10"], ["Jon Ostrowski"], ["250 555 2610"], [],
                      ["hmm, no, make it monday at 10",
                       "actually no, friday was better, friday at 10", "yes"]),
      booked("Jon Ostrowski", "+12505552610", at(fri, "10:00")),
      note="the mind changed twice at the read-back, back to the first time")
    a("k-11", persona(["wednesday at 11"], ["Kay Dhillon"],
                      ["hang on, hang on... okay, my cell is 250 555 2611"], [], YES),
      booked("Kay Dhillon", "+12505552611", at(wed, "11:00")),
      note="a stall and the number in one answer")
    a("k-12", persona(["yeah hi I'm calling about, um, booking, is there anything, like, "
                       "next week Wednesday after 3"], ["Lyn Fortier"], ["250 555 2612"],
                      ["yes"], YES),
      booked("Lyn Fortier", "+12505552612", at(wed, "15:00")),
      note="'next week Wednesday' (SPEC §2: the following calendar week, here the 18th) "
           "after 3 (SPEC §2: a window), buried in fillers")


def yellowknife(out):
    """Great Slave Tire and Wheel (`tire_yellowknife`), Thursday 2027-05-20 at 08:15
    (MDT): Victoria Day Monday closed, Bay 2 shut on Saturdays."""
    now, a, biz = biz_group(out, "2027-05-20T08:15", "America/Yellowknife", "+18675552700",
                            TIRE)
    fri, sat = weekday_after(now, "friday"), weekday_after(now, "saturday")
    tue = weekday_after(now, "tuesday")
    assert (fri, sat, tue) == ("2027-05-21", "2027-05-22", "2027-05-25")

    a("y-01", persona(["I need my winter tires swapped, tomorrow at half eight"],
                      ["Cal Beaulieu"], ["867 555 2701"], [], YES),
      booked("Cal Beaulieu", "+18675552701", at(fri, "08:30"), service="Tire changeover"),
      note="'half eight' is 8:30 (beyond the letter); 'winter tires' names the changeover")
    first = biz.free_starts(tue, now, (), "Flat repair")[0][0]
    a("y-02", persona(["got a flat, can you fix it this coming Monday"], ["Deb Lafferty"],
                      ["867 555 2702"], ["yes"], YES),
      booked("Deb Lafferty", "+18675552702", first, service="Flat repair"),
      note="'this coming Monday' is Victoria Day, closed (SPEC §3: said, the next open "
           "day's times offered, a yes takes the earliest: Tuesday 7:30)")
    a("y-03", persona(["a rotation, the day after tomorrow at 10"], ["Gord Mandeville"],
                      ["867 555 2703"], [], YES),
      booked("Gord Mandeville", "+18675552703", at(sat, "10:00"), service="Tire rotation"),
      note="the day after tomorrow is Saturday, open (Bay 1)")
    a("y-04", persona(["changeover tomorrow at 2"], ["Hank Sangris"],
                      ["867 555 0192, no sorry, 0129"], [], YES),
      booked("Hank Sangris", "+18675550129", at(fri, "14:00"), service="Tire changeover"),
      note="the last four digits put right (beyond the letter)")
    a("y-05", persona(["hi I need to book"], ["Dale Hiscock"], ["867 555 2705"],
                      ["tuesday at 1"], YES,
                      service=["uh yeah, Dale Hiscock here, I need an alignment, my truck's "
                               "pulling to one side"]),
      booked("Dale Hiscock", "+18675552705", at(tue, "13:00"), service="Wheel alignment"),
      note="the name given with the service (SPEC §3: any turn may answer any slot)")
    a("y-06", persona(["changeover, a week from friday at 4"], ["Ivan Catholique"],
                      ["867 555 2706"], [], YES),
      booked("Ivan Catholique", "+18675552706", at(add_days(fri, 7), "16:00"),
             service="Tire changeover"),
      note="'a week from Friday' (beyond the letter): the 28th")
    first = biz.free_starts(now[:10], now, (), "Flat repair")[0][0]
    a("y-07", persona(["sorry, loud in the shop... flat tire... today if you can"],
                      ["Joe... Joe Zoe"], ["867... 555 2707"], ["what? yeah, yeah, okay"],
                      YES),
      booked("Joe Zoe", "+18675552707", first, service="Flat repair"),
      note="a noisy caller: fragments, a repeat with a yes (the earliest offered today)")
    a("y-08", persona(["can I come in tomorrow at 9"], ["Lena Kodzin"], ["867 555 2708"], [],
                      YES, service=["rotation, no, actually a changeover, well, you know "
                                    "what, just the rotation"]),
      booked("Lena Kodzin", "+18675552708", at(fri, "09:00"), service="Tire rotation"),
      note="the service changed twice in one answer (SPEC §2: the later value)")


def iqaluit(out):
    """Apex Physiotherapy and Massage (`physio_iqaluit`), Monday 2027-11-08 at 11:00
    (EST): Remembrance Day Thursday closed, the RMT off Wednesdays and away Friday."""
    now, a, biz = biz_group(out, "2027-11-08T11:00", "America/Iqaluit", "+18675552800",
                            PHYSIO)
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    fri, sat = weekday_after(now, "friday"), weekday_after(now, "saturday")
    mon = weekday_after(now, "monday")
    assert (tue, wed, fri, sat, mon) == ("2027-11-09", "2027-11-10", "2027-11-12",
                                         "2027-11-13", "2027-11-15")

    a("i-01", persona(["I'd like a massage tuesday at quarter past two"], ["Nora Pitseolak"],
                      ["867 555 2801"], [], YES),
      booked("Nora Pitseolak", "+18675552801", at(tue, "14:15"), service="Massage therapy"),
      note="'quarter past two' (SPEC §2: 14:15) on a 15-minute grid")
    a("i-02", persona(["physio the day after tomorrow at quarter to three"], ["Sam Akeeagok"],
                      ["867 555 2802"], [], YES),
      booked("Sam Akeeagok", "+18675552802", at(wed, "14:45"), service="Physio treatment"),
      note="'the day after tomorrow' and 'quarter to three' (SPEC §2: 14:45)")
    a("i-03", persona(["a neck massage, tuesday at 10"], ["Mrs. Okafor, Ngozi Okafor"],
                      ["867 555 2803"], [], YES),
      booked("Ngozi Okafor", "+18675552803", at(tue, "10:00"),
             service="Back and neck massage"),
      note="a title dropped, the later name (SPEC §2)")
    first = biz.free_starts(fri, now, (), "Acupuncture")[0][0]
    a("i-04", persona(["acupuncture this coming Thursday"], ["Tom Ell"], ["867 555 2804"],
                      ["yes"], YES),
      booked("Tom Ell", "+18675552804", first, service="Acupuncture"),
      note="Thursday is Remembrance Day, closed (SPEC §3: said, Friday's times offered, "
           "a yes takes the earliest)")
    a("i-05", persona(["physio with Naomi, half past nine tomorrow"], ["Lucy Qaqqasiq"],
                      ["867 555 2805"], [], YES),
      booked("Lucy Qaqqasiq", "+18675552805", at(tue, "09:30"), service="Physio treatment",
             resource="Naomi Kilabuk"),
      note="a resource by first name (SPEC §3.1) and 'half past nine'")
    a("i-06", persona(["I need a physio assessment, saturday, quarter past ten"],
                      ["Ryan Kootoo"], ["867 555 2806"], [], YES),
      booked("Ryan Kootoo", "+18675552806", at(sat, "10:15"), service="Physio assessment"),
      note="Saturday, only Ben Tremblay; 'quarter past ten' (SPEC §2)")
    first = biz.free_starts(mon, now, (), "Extended massage")[0][0]
    a("i-07", persona(["deep tissue massage, what have you got monday?"], ["Ada Arreak"],
                      ["867 555 2807"], ["what was that?", "what was that?", "yes"],
                      ["what was that?", "yes"]),
      booked("Ada Arreak", "+18675552807", first, service="Extended massage"),
      note="'what was that?' after the offers and at the read-back (SPEC §3), a yes takes "
           "the earliest")
    a("i-08", persona(["massage tuesday at 3, no wait, make it wednesday... oh no, she's off "
                       "wednesdays isn't she, tuesday then, at 4"], ["Bev Nowdluk"],
                      ["867 555 2808"], [], YES),
      booked("Bev Nowdluk", "+18675552808", at(tue, "16:00"), service="Massage therapy"),
      note="the mind changed twice in one turn (SPEC §2: the later value: Tuesday at 4)")
    a("i-09", persona(["physio, tuesday at 1"], ["Cody Ipeelee"],
                      ["eight six seven, five five five, two eight oh nine, sorry, two eight "
                       "nine oh"], [], YES),
      booked("Cody Ipeelee", "+18675552890", at(tue, "13:00"), service="Physio treatment"),
      note="spoken digits with the last four put right (beyond the letter)")


def thunder_bay(out):
    """Lakehead Chiropractic and Wellness (`chiro_thunder_bay`), Monday 2027-06-28 at
    09:20 (EDT): Canada Day Thursday closed."""
    now, a, biz = biz_group(out, "2027-06-28T09:20", "America/Thunder_Bay", "+18075552900",
                            CHIRO)
    tue, wed = weekday_after(now, "tuesday"), weekday_after(now, "wednesday")
    fri, sat = weekday_after(now, "friday"), weekday_after(now, "saturday")
    assert (tue, wed, fri, sat) == ("2027-06-29", "2027-06-30", "2027-07-02", "2027-07-03")

    a("t-01", persona(["adjustment tomorrow at quarter past eleven"], ["Mark Salo"],
                      ["807 555 2901"], [], YES),
      booked("Mark Salo", "+18075552901", at(tue, "11:15"), service="Adjustment"),
      note="'quarter past eleven' (SPEC §2) on a 15-minute grid")
    a("t-02", persona(["I'd like an adjustment with Dr. Korpela, the day after tomorrow at "
                       "10"], ["Mr. Wayne Kuhl"], ["807 555 2902"], [], YES),
      booked("Wayne Kuhl", "+18075552902", at(wed, "10:00"), service="Adjustment",
             resource="Dr. Maya Korpela"),
      note="a resource by title and surname (SPEC §3.1); a title on the caller's name "
           "dropped (SPEC §2)")
    first = biz.free_starts(fri, now, (), "Massage therapy")[0][0]
    a("t-03", persona(["massage this coming Thursday"], ["Elsa Maki"], ["807 555 2903"],
                      ["yes"], YES),
      booked("Elsa Maki", "+18075552903", first, service="Massage therapy"),
      note="Thursday is Canada Day, closed (SPEC §3: said, Friday's times offered, a yes "
           "takes the earliest)")
    a("t-04", persona(["follow up, friday at half nine"], ["Finn Aho"], ["807 555 2904"], [],
                      YES),
      booked("Finn Aho", "+18075552904", at(fri, "09:30"), service="Adjustment"),
      note="'half nine' is 9:30 (beyond the letter)")
    a("t-05", persona(["sorry... on the highway... orthotics... saturday... ten"],
                      ["Gail... Gail Rautio"], ["807... 555... 2905"], [], YES),
      booked("Gail Rautio", "+18075552905", at(sat, "10:00"), service="Orthotics fitting"),
      note="a noisy caller: fragments; Saturday at 10 with Dr. Lindqvist")
    a("t-06", persona(["assessment wednesday at 9"], ["Hugh Laine"], ["807 555 2906"], [],
                      ["oh wait, can we do 11 instead", "no, no, sorry, 9 is fine, keep 9",
                       "yes"]),
      booked("Hugh Laine", "+18075552906", at(wed, "09:00"),
             service="New patient assessment"),
      note="the mind changed twice at the read-back, back to 9 on the same day")
    a("t-07", persona(["an extended visit, tuesday, quarter to five"], ["Ivy Nurmi"],
                      ["807 555 2907"], [], ["what was that?", "yes"]),
      booked("Ivy Nurmi", "+18075552907", at(tue, "16:45"), service="Extended treatment"),
      note="'quarter to five' (SPEC §2: 16:45), a repeat at the read-back")


def variant_calls(out):
    """Written after the fixes (ids `v-`), new wordings of the families fixed ("half
    nine", a service taken back, a time said again at the read-back), on the Thunder
    Bay clinic, Tuesday 2027-06-08 at 10:05 (EDT), and the default business in
    Whitehorse."""
    now, a, biz = biz_group(out, "2027-06-08T10:05", "America/Thunder_Bay", "+18075552990",
                            CHIRO)
    wed, thu = weekday_after(now, "wednesday"), weekday_after(now, "thursday")
    fri, mon = weekday_after(now, "friday"), weekday_after(now, "monday")
    assert (wed, thu, fri, mon) == ("2027-06-09", "2027-06-10", "2027-06-11", "2027-06-14")

    a("v-01", persona(["could I get an adjustment thursday, half two?"], ["Ola Berg"],
                      ["807 555 2991"], [], YES),
      booked("Ola Berg", "+18075552991", at(thu, "14:30"), service="Adjustment"),
      note="'half two' is 2:30 (beyond the letter)")
    a("v-02", persona(["orthotics, friday around half ten"], ["Pia Lahti"], ["807 555 2992"],
                      [], YES),
      booked("Pia Lahti", "+18075552992", at(fri, "10:30"), service="Orthotics fitting"),
      note="'around half ten' is 10:30 (beyond the letter)")
    a("v-03", persona(["I need a massage, wait, no, sorry, an adjustment, monday at 2"],
                      ["Ray Koski"], ["807 555 2993"], [], YES),
      booked("Ray Koski", "+18075552993", at(mon, "14:00"), service="Adjustment"),
      note="a service taken back for another (SPEC §2: the later value)")
    a("v-04", persona(["hi I'd like to book wednesday at 11"], ["Sue Wiita"], ["807 555 2994"],
                      [], YES, service=["an assessment, actually no, just a follow-up"]),
      booked("Sue Wiita", "+18075552994", at(wed, "11:00"), service="Adjustment"),
      note="the service taken back at the service question ('follow-up' is the "
           "adjustment)")
    a("v-05", persona(["thursday at 3, an adjustment"], ["Tim Heino"], ["807 555 2995"], [],
                      ["hmm, could we do 4?", "no sorry, 3 is better, let's keep 3", "yes"]),
      booked("Tim Heino", "+18075552995", at(thu, "15:00"), service="Adjustment"),
      note="the mind changed twice at the read-back, the last a number said twice")
    a("v-06", persona(["extended visit friday at 1"], ["Uma Rantala"], ["807 555 2996"], [],
                      ["can it be 2?", "ah no, 1 works, 1 is good", "yes"]),
      booked("Uma Rantala", "+18075552996", at(fri, "13:00"), service="Extended treatment"),
      note="the time changed at the read-back and back again (the day kept)")
    now, a = group(out, "2027-01-13T10:10", "America/Whitehorse", "+18675552590")
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    a("v-07", persona(["monday, half three please"], ["Vic Olson"], ["867 555 2597"], [], YES),
      booked("Vic Olson", "+18675552597", at(mon, "15:30")),
      note="'half three' is 3:30 p.m. (business hours; beyond the letter)")
    a("v-08", persona(["I'd like friday at 10"], ["Wes Tuck"], ["867 555 2598"], [],
                      ["oh, actually 11", "no, sorry, 10, 10 is fine", "yes"]),
      booked("Wes Tuck", "+18675552598", at(fri, "10:00")),
      note="the time changed twice at the read-back, back to 10 said twice")
    a("v-09", persona(["thursday, an hour and a half 2 would be ideal"], ["Xia Chen"],
                      ["867 555 2599"], ["2"], YES),
      booked("Xia Chen", "+18675552599", at(thu, "14:00")),
      note="'and a half 2' is no 2:30 (the half after 'a' is an amount)")
    a("v-10", persona(["thursday at half nine, no, half ten"], ["Yves Morin"],
                      ["867 555 2590"], [], YES),
      booked("Yves Morin", "+18675552590", at(thu, "10:30")),
      note="'half nine, no, half ten': the later (SPEC §2)")


def main():
    out = []
    whitehorse(out)
    kelowna(out)
    yellowknife(out)
    iqaluit(out)
    thunder_bay(out)
    variant_calls(out)
    biz = business_by_name({p: os.path.join(HERE, p) for p in (TIRE, PHYSIO, CHIRO)})
    n = write_jsonl(os.path.join(HERE, "messy25_calls.jsonl"), out, biz)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
