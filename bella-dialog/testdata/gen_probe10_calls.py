#!/usr/bin/env python3
"""Generator of probe round 10: probe10_calls.jsonl.

Hand-made English calls (SPEC §3, §3.1, §3.2), written and committed before Bella ran on
them, with an emphasis the earlier rounds found weak or never tried: windows with an
exclusion or an edge ("between 2 and 4 but not 3", "after lunch", "first thing", "end of
the day", "not Monday", "next week except Wednesday"), paging ("anything earlier?", "the
next day?", a time that was not offered, a day said again, "the second one", "the last
one"), corrections at the read-back ("no, make it friday", "actually 2:30 not 2", "wrong
number", a spelled name, "half an hour earlier"), names with no cue in the opening,
restated names, everything at once, rambling, stalls, repeats, silences, a single free
slot, closed and fully booked days, and cancel / move / check / book with services and
staff at the example physio clinic. Every expected start comes from the slot oracle of
`callslib.py` or from a day the SPEC fixes; `write_jsonl` checks each booked or
rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe10_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (add_days, at, booked, business_by_name, local_now,  # noqa: E402
                      noted_calls, noted_reminders, persona, result, taken, weekday_after,
                      weekday_next_week, whole_day, write_jsonl)

WPG, HFX, VAN = "America/Winnipeg", "America/Halifax", "America/Vancouver"
CLINIC = os.path.join(HERE, "..", "examples", "clinic.toml")


def en_calls():
    out = []

    add = noted_calls(out, "p10", "probe10")

    W, tz = "2026-12-02T09:40", WPG  # a Wednesday
    now = local_now(W, tz)
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    nwed, nthu = weekday_next_week(now, "wednesday"), weekday_next_week(now, "thursday")
    CID = "+12045550100"

    # ------------------------------------------------------ windows: exclusions and edges
    add("w-01", W, tz, CID,
        persona(["do you have anything thursday between 2 and 4 but not 3"], ["Alma Reyes"],
                ["204 555 0101"], ["the last one"], ["yes"]),
        {**booked("Alma Reyes", "+12045550101", at(thu, "14:30")),
         "say_not_contains": ["3 p.m."]}, taken(thu, "15:30"),
        note="'between 2 and 4 but not 3' with 3:30 taken: 2 and 2:30 are left")
    add("w-02", W, tz, CID,
        persona(["friday, any time after lunch"], ["Bo Lindqvist"], ["204 555 0102"],
                ["yes"], ["yes"]),
        booked("Bo Lindqvist", "+12045550102", at(fri, "13:30")),
        taken(fri, "12:00", "12:30", "13:00"),
        note="'after lunch', noon to 1:30 taken: a plain yes takes the earliest offered. "
             "Blind, only 1 was taken, expecting 'after lunch' to start at 1; the SPEC is "
             "silent and the project reads it as after noon (extract vector win-026), so "
             "noon and 12:30 are now taken too and both readings agree (fixed after the "
             "blind run)")
    add("w-03", W, tz, CID,
        persona(["i'd like to come in first thing monday"], ["Cal Dube"], ["204 555 0103"],
                ["the first one"], ["yes"]),
        booked("Cal Dube", "+12045550103", at(mon, "09:30")), taken(mon, "09:00"),
        note="'first thing' with 9 taken")
    add("w-04", W, tz, CID,
        persona(["something at the end of the day on thursday"], ["Dee Marsh"],
                ["204 555 0104"], ["the last one"], ["yes"]),
        booked("Dee Marsh", "+12045550104", at(thu, "16:30")),
        note="'end of the day': the last offer is the day's last slot")
    add("w-05", W, tz, CID,
        persona(["anytime next week except wednesday"], ["Eva Kowalski"], ["204 555 0105"],
                ["the first one"], ["yes"]),
        booked("Eva Kowalski", "+12045550105", at(nthu, "09:00")),
        whole_day(tue), closed=[mon],
        note="next week: Monday closed, Tuesday full, Wednesday excluded")
    add("w-07", W, tz, CID,
        persona(["friday morning please"], ["Gil Okafor"], ["204 555 0107"], ["yes"],
                ["yes"]),
        {**booked("Gil Okafor", "+12045550107", at(fri, "10:30")),
         "say_not_contains": ["which would you like"]},
        taken(fri, "09:00", "09:30", "10:00", "11:00", "11:30"),
        note="a single free slot in the morning: offered alone, not as a choice")
    add("w-10", W, tz, CID,
        persona(["thursday, but not in the morning, and not 1 either"], ["Jo Tremblay"],
                ["204 555 0110"], ["the last one"], ["yes"]),
        booked("Jo Tremblay", "+12045550110", at(thu, "13:30")),
        note="'not in the morning' and 'not 1': 12, 12:30 and 1:30 offered")

    VW = "2026-12-04T15:50"  # a Friday afternoon in Vancouver
    vnow = local_now(VW, VAN)
    add("w-06", VW, VAN, "+16045550100",
        persona(["what's your first opening? not monday though, i work mondays"],
                ["Fay Nguyen"], ["604 555 0106"], ["the first one"], ["yes"]),
        booked("Fay Nguyen", "+16045550106", at(weekday_after(vnow, "tuesday"), "09:00")),
        taken(VW[:10], "16:00", "16:30"),
        note="the earliest, not Monday: today is full, so Tuesday 9")

    HW = "2026-11-30T16:20"  # a Monday afternoon in Halifax
    add("w-08", HW, HFX, "+19025550111",
        persona(["whats the earliest you have, but not before 10"], ["Hal Brooks"],
                ["902 555 0108"], ["yes"], ["yes"]),
        booked("Hal Brooks", "+19025550108", at(HW[:10], "16:30")),
        note="the earliest with 'not before 10': today's 4:30 is still ahead")
    add("w-09", HW, HFX, "+19025550111",
        persona(["can i get in tomorrow, first thing"], ["Isla Ross"], ["902 555 0109"],
                ["the first one"], ["yes"]),
        booked("Isla Ross", "+19025550109", at(add_days(HW[:10], 1), "09:00")),
        note="'tomorrow, first thing'")

    # ------------------------------------------------------------------------ paging
    add("p-01", W, tz, CID,
        persona(["do you have thursday afternoon"], ["Kai Moreau"], ["204 555 0111"],
                ["anything earlier?", "ok 11 then"], ["yes"]),
        {**booked("Kai Moreau", "+12045550111", at(thu, "11:00")),
         "say_not_contains": ["didn't catch"]},
        note="'anything earlier?' leaves the afternoon; 11 is then taken")
    add("p-02", W, tz, CID,
        persona(["monday at 10"], ["Lana Fox"], ["204 555 0112"],
                ["anything later?", "2 o'clock works"], ["yes"]),
        {**booked("Lana Fox", "+12045550112", at(mon, "14:00")),
         "say_not_contains": ["didn't catch"]}, taken(mon, "10:00"),
        note="a taken time, 'anything later?', then a time")
    add("p-03", W, tz, CID,
        persona(["thursday please"], ["Mo Hassan"], ["204 555 0113"],
                ["hmm what about the next day?", "yes"], ["yes"]),
        booked("Mo Hassan", "+12045550113", at(fri, "09:30")), taken(fri, "09:00"),
        note="'the next day?' after Thursday's offers: Friday's, 9 taken")
    add("p-04", W, tz, CID,
        persona(["do you have thursday afternoon"], ["Nell Park"], ["204 555 0114"],
                ["what about the 3:30?"], ["yes"]),
        booked("Nell Park", "+12045550114", at(thu, "15:30")),
        note="a time that was not offered but is free")
    add("p-05", W, tz, CID,
        persona(["i need something friday"], ["Oli Grant"], ["204 555 0115"],
                ["on friday", "10 then"], ["yes"]),
        booked("Oli Grant", "+12045550115", at(fri, "10:00")),
        note="the day said again after its offers is no pick")
    add("p-06", W, tz, CID,
        persona(["monday morning"], ["Pam Ito"], ["204 555 0116"], ["the second one"],
                ["yes"]),
        booked("Pam Ito", "+12045550116", at(mon, "10:00")), taken(mon, "09:00"),
        note="'the second one' of 9:30, 10, 10:30")
    add("p-07", W, tz, CID,
        persona(["tuesday afternoon"], ["Quinn Baker"], ["204 555 0117"], ["the last one"],
                ["yes"]),
        booked("Quinn Baker", "+12045550117", at(tue, "13:30")), taken(tue, "12:00"),
        note="'the last one' of 12:30, 1, 1:30")
    add("p-08", W, tz, CID,
        persona(["friday"], ["Rae Simard"], ["204 555 0118"],
                ["sorry what were those times?", "the 9:30"], ["yes"]),
        booked("Rae Simard", "+12045550118", at(fri, "09:30")),
        note="a repeat asked at the offers")
    add("p-09", W, tz, CID,
        persona(["next wednesday"], ["Sid Kumar"], ["204 555 0119"],
                ["what about the day before?", "yes"], ["yes"]),
        booked("Sid Kumar", "+12045550119", at(tue, "09:00")),
        note="'the day before' the day under discussion")

    # --------------------------------------------------------- corrections at the read-back
    add("c-01", W, tz, CID,
        persona(["thursday at 10"], ["Tara Bell"], ["204 555 0120"], [],
                ["no, make it friday", "yes"]),
        booked("Tara Bell", "+12045550120", at(fri, "10:00")),
        note="a new day at the read-back keeps the time")
    add("c-02", W, tz, CID,
        persona(["monday at 2"], ["Uma Roy"], ["204 555 0121"], [],
                ["actually 2:30 not 2", "yes"]),
        booked("Uma Roy", "+12045550121", at(mon, "14:30")),
        note="'actually 2:30 not 2' at the read-back")
    add("c-03", W, tz, CID,
        persona(["friday at 11"], ["Vic Hale"], ["204 555 0131"], [],
                ["wrong number, it's 204 555 0113", "yes"]),
        booked("Vic Hale", "+12045550113", at(fri, "11:00")),
        note="'wrong number, it's ...' at the read-back")
    add("c-04", W, tz, CID,
        persona(["thursday at 9"], ["sara lind"], ["204 555 0123"], [],
                ["the first name is sarah with an h, S-A-R-A-H", "yes"]),
        booked("Sarah Lind", "+12045550123", at(thu, "09:00")),
        note="a first name spelled again at the read-back")
    add("c-05", W, tz, CID,
        persona(["tuesday at 9"], ["Wes Cho"], ["204 555 0124"], [],
                ["no, not tuesday, wednesday, same time", "yes"]),
        booked("Wes Cho", "+12045550124", at(nwed, "09:00")),
        note="'not tuesday, wednesday, same time'")
    add("c-06", W, tz, CID,
        persona(["friday at 3"], ["Xena Volk"], ["204 555 0125"], [],
                ["can we make that half an hour earlier?", "yes"]),
        booked("Xena Volk", "+12045550125", at(fri, "14:30")),
        note="'half an hour earlier' at the read-back")

    # ---------------------------------------------------------------------------- names
    add("n-01", W, tz, CID,
        persona(["hi, dana white, i'd like friday at 9"], [], ["204 555 0126"], [], ["yes"]),
        booked("Dana White", "+12045550126", at(fri, "09:00")),
        note="a name with no cue in the opening (no name answer to fall back on)")
    add("n-02", W, tz, CID,
        persona(["yeah hi, priya shah here, looking for something monday at 11"], [],
                ["204 555 0127"], [], ["yes"]),
        booked("Priya Shah", "+12045550127", at(mon, "11:00")),
        note="'X here' in the opening")
    add("n-03", W, tz, CID,
        persona(["hi it's jon, sorry, john smith, can i get thursday at 1"], [],
                ["204 555 0128"], [], ["yes"]),
        booked("John Smith", "+12045550128", at(thu, "13:00")),
        note="a name restated in the opening")
    add("n-04", W, tz, CID,
        persona(["can i book friday at 10"], ["mike lee"],
                ["uh it's michael actually, michael lee, and the number is 204 555 0129"],
                [], ["yes"]),
        booked("Michael Lee", "+12045550129", at(fri, "10:00")),
        note="the name restated at the number question")
    add("n-05", W, tz, CID,
        persona(["good afternoon, ravi patel calling, wondering about tuesday at 10"], [],
                ["204 555 0130"], [], ["yes"]),
        booked("Ravi Patel", "+12045550130", at(tue, "10:00")),
        note="'X calling' in the opening")

    # ------------------------------------------------------ everything at once, rambling
    add("a-01", W, tz, CID,
        persona(["hi my name is carla mendes my number is 204 555 0132 and i'd like tuesday "
                 "at 1:30 if you have it"], [], [], [], ["yes"]),
        {**booked("Carla Mendes", "+12045550132", at(tue, "13:30")), "max_turns": 3},
        note="everything in the first turn")
    add("a-02", W, tz, CID,
        persona(["yeah this is ben ortiz, number two oh four five five five zero one three "
                 "three, need something thursday after 3, the first one you got"], [], [],
                ["the first one"], ["yes"]),
        booked("Ben Ortiz", "+12045550133", at(thu, "15:00")),
        note="everything with a window and 'the first one you got'")
    add("r-01", W, tz, CID,
        persona(["so um hi, i was in last month and the doctor said to come back in a couple "
                 "weeks, my knee's been bugging me again, anyway i was wondering if there's "
                 "something thursday maybe around 11?"], ["Gail Fraser"], ["204 555 0134"],
                [], ["yes"]),
        booked("Gail Fraser", "+12045550134", at(thu, "11:00")),
        note="a rambling opening with 'last month' and 'a couple weeks' before the day")
    add("r-02", W, tz, CID,
        persona(["i'd like to book an appointment"], ["Hugo Lam"], ["204 555 0135"],
                ["well let me see, i drop the kids off at 8:30 and i start work at noon, so "
                 "i guess friday at 10 would work"], ["yes"]),
        booked("Hugo Lam", "+12045550135", at(fri, "10:00")),
        note="a rambling time answer: the time asked for is the last one")

    # --------------------------------------------------------- stalls, repeats, silences
    add("s-01", W, tz, CID,
        persona(["i want to book something"], ["Ian Dupuis"], ["204 555 0136"],
                ["hold on", "one sec, let me grab my calendar", "ok, friday at 2"], ["yes"]),
        booked("Ian Dupuis", "+12045550136", at(fri, "14:00")),
        note="two stalls at the time question")
    add("s-02", W, tz, CID,
        persona(["thursday at 2 please"], ["sorry what?", "Owen Price"], ["204 555 0137"],
                [], ["yes"]),
        booked("Owen Price", "+12045550137", at(thu, "14:00")),
        note="'sorry what?' at the name question")
    add("s-03", W, tz, CID,
        persona(["friday at 1"], ["Lea Stone"], [], [], ["yes"]),
        booked("Lea Stone", CID, at(fri, "13:00")),
        note="silence at the number question: the caller id is offered and taken")
    add("s-04", W, tz, CID,
        persona(["i'd like to make an appointment"], ["Max Dion"], ["204 555 0139"],
                ["", "thursday at 3"], ["yes"]),
        booked("Max Dion", "+12045550139", at(thu, "15:00")),
        note="one silence at the time question, then an answer")
    add("s-05", W, tz, CID,
        persona(["monday at 9"], ["Nia Ward"], ["204 555 0140"], [],
                ["hmm, let me think", "yeah ok"]),
        booked("Nia Ward", "+12045550140", at(mon, "09:00")),
        note="a stall at the read-back, then a yes")

    # ------------------------------------------------------ closed and fully booked days
    add("k-01", W, tz, CID,
        persona(["can i come in on the 25th"], ["Ola Berg"], ["204 555 0141"], ["yes"],
                ["yes"]),
        {**booked("Ola Berg", "+12045550141", "2026-12-28T09:00"), "say_contains": ["closed"]},
        closed=["2026-12-25"],
        note="the 25th (a Friday) closed: the next open day, Monday 28th")
    add("k-02", W, tz, CID,
        persona(["next wednesday please"], ["Pia Lund"], ["204 555 0142"],
                ["ok how about thursday at 9 then"], ["yes"]),
        booked("Pia Lund", "+12045550142", at(thu, "09:00")), whole_day(nwed),
        note="a fully booked day, then another day and time; 'thursday' alone is the "
             "next Thursday after today (SPEC §2), not the one after the full Wednesday "
             "(expectation fixed after the blind run)")
    add("k-03", W, tz, CID,
        persona(["do you have anything saturday morning"], ["Ray Cole"], ["204 555 0143"],
                ["the second one"], ["yes"]),
        {**booked("Ray Cole", "+12045550143", at(mon, "09:30")), "say_contains": ["closed"]},
        note="Saturday closed: Monday morning offered, the second one taken")

    # ------------------------------------------------------ the clinic: services, staff
    CW = "2026-12-01T09:10"  # a Tuesday in Halifax
    cnow = local_now(CW, HFX)
    cwed, cthu = weekday_after(cnow, "wednesday"), weekday_after(cnow, "thursday")
    cfri, csat = weekday_after(cnow, "friday"), weekday_after(cnow, "saturday")
    CCID = "+19025550160"
    joan = {"name": "Joan Fitz", "phone": CCID}
    massage = {"start": at(cthu, "10:00"), "minutes": 45, "resource": "Luc Gagnon",
               "service": "Massage therapy", **joan}
    follow = {"start": at(cwed, "14:00"), "minutes": 30, "resource": "Dr. Amara Singh",
              "service": "Follow-up", **joan}

    def clinic(cid, p, exp, existing=(), note="", caller=CCID):
        add(cid, CW, HFX, caller, p, exp, existing, note=note, business="clinic")

    clinic("v-01", persona(["hi i need to cancel my massage on thursday"], [], [], [], ["yes"],
                           service=[]),
           result("cancelled", {**joan, "start": at(cthu, "10:00")}), [massage, follow],
           note="two appointments: the massage is cancelled by its service and day")
    clinic("v-02", persona(["can i move my follow-up to friday afternoon"], [], [],
                           ["the first one"], ["yes"], service=[]),
           result("rescheduled", {**joan, "start": at(cfri, "12:00"), "service": "Follow-up",
                                  "resource": "Dr. Amara Singh"}), [massage, follow],
           note="a follow-up moved into Friday afternoon with its practitioner")
    clinic("v-03", persona(["when's my massage again?"], [], [], [], [], service=[]),
           {"outcome": "no_booking", "no_appointment": True, "say_contains": ["10 a.m."]},
           [massage, follow], note="a check of the massage tells its time")
    clinic("v-04", persona(["can i book a follow-up with dr singh on thursday"], ["Kurt Wein"],
                           ["902 555 0145"], ["ok with anyone then", "the first one"],
                           ["yes"], service=[]),
           booked("Kurt Wein", "+19025550145", at(cthu, "09:00"), service="Follow-up",
                  resource="Luc Gagnon"),
           note="Dr. Singh is off Thursday; 'with anyone then' keeps Thursday")
    clinic("v-05", persona(["i'd like to book an initial assessment with dr singh wednesday "
                            "between 11 and 2"], ["Lou Arsenault"], ["902 555 0146"],
                           ["the second one"], ["yes"], service=[]),
           booked("Lou Arsenault", "+19025550146", at(cwed, "13:00"),
                  service="Initial assessment", resource="Dr. Amara Singh"),
           note="an hour across the lunch break in a window: 11, 1 and 1:30")
    clinic("v-06", persona(["can i move my massage to saturday"], [], [], ["the last one"],
                           ["yes"], service=[]),
           result("rescheduled", {**joan, "start": at(csat, "10:00"),
                                  "service": "Massage therapy", "resource": "Luc Gagnon"}),
           [massage], note="a massage moved to Saturday morning: 9, 9:30, 10")
    ned = {"name": "Ned Boyd", "phone": "+19025550144"}
    clinic("v-07", persona(["hi i'm calling to cancel my appointment"], [],
                           ["nine oh two, five five five, zero one four four"], [], ["yes"],
                           service=[]),
           result("cancelled", {**ned, "start": at(cfri, "11:00")}),
           [{"start": at(cfri, "11:00"), "minutes": 30, "resource": "Dr. Amara Singh",
             "service": "Follow-up", **ned}],
           note="nothing under the caller id: the number said in words finds it")
    clinic("v-08", persona(["a massage with luc on thursday, anything after 2 but not at 3"],
                           ["Mia Roche"], ["902 555 0147"], ["the last one"], ["yes"],
                           service=[]),
           booked("Mia Roche", "+19025550147", at(cthu, "15:30"), service="Massage therapy",
                  resource="Luc Gagnon"), [massage], caller="+19025550161",
           note="a window with an exclusion for a 45-minute service: 2, 2:30, 3:30 (a "
                "caller not on file: from Joan's number the clinic greets her by name, "
                "fixed after the blind run)")

    # ---------------------------------------------------------------------------- reminders
    nina = {"name": "Nina Gray", "phone": "+12045550188", "start": at(thu, "11:00"),
            "minutes": 30}
    n_out = {k: nina[k] for k in ("name", "phone")}
    keep = {**n_out, "start": at(thu, "11:00")}

    rem = noted_reminders(out, "p10", "probe10_reminder", "2026-12-02T10:00", WPG, nina)

    rem("m-01", persona(confirm=["sorry what?", "yes i'll be there"]),
        result("confirmed", keep), note="a repeat, then a yes")
    rem("m-02", persona(confirm=["can we do the same time friday instead", "yes"]),
        result("rescheduled", {**n_out, "start": at(fri, "11:00")}),
        note="'same time friday'")
    rem("m-03", persona(confirm=["hold on, let me check... yeah that's fine"]),
        result("confirmed", keep), note="a stall and a yes in one turn")
    rem("m-04", persona(time=["the first one"],
                        confirm=["could i come in later that day, after 2", "yes"]),
        result("rescheduled", {**n_out, "start": at(thu, "14:00")}),
        note="'later that day, after 2': the first offer is 2")
    # ---------------------------------------------- written after the fixes (ids `-v`)
    # Variants of the families the blind run found weak, written once the engine was
    # fixed; the same oracle gives every expected start.
    add("w-01v", W, tz, CID,
        persona(["next wednesday, not at 9 though"], ["Abe Frost"], ["204 555 0150"],
                ["the first one"], ["yes"]),
        booked("Abe Frost", "+12045550150", at(nwed, "09:30")),
        note="a start ruled out beside a day: 9:30 is the first offer")
    add("w-05v", W, tz, CID,
        persona(["anytime next week except monday"], ["Bea Lamb"], ["204 555 0151"],
                ["the first one"], ["yes"]),
        booked("Bea Lamb", "+12045550151", at(tue, "09:00")),
        note="the week's first day ruled out: the offers start on Tuesday")
    add("w-10v", W, tz, CID,
        persona(["thursday please"], ["Cy Moss"], ["204 555 0152"],
                ["not 9 though", "the first one"], ["yes"]),
        booked("Cy Moss", "+12045550152", at(thu, "09:30")),
        note="a start ruled out while the offers stand: they are made again without it")
    add("w-04v", W, tz, CID,
        persona(["friday, end of day if you can"], ["Di Roth"], ["204 555 0153"],
                ["the first one"], ["yes"]),
        booked("Di Roth", "+12045550153", at(fri, "16:00")),
        note="'end of day': the last hour's first start")
    add("w-07v", W, tz, CID,
        persona(["monday afternoon"], ["Ed Vance"], ["204 555 0154"], ["yes"], ["yes"]),
        {**booked("Ed Vance", "+12045550154", at(mon, "15:30")),
         "say_contains": ["would that work"], "say_not_contains": ["which would you like"]},
        taken(mon, "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00", "16:00",
              "16:30"),
        note="one free start in the afternoon is offered as a yes/no")
    add("w-07v2", W, tz, CID,
        persona(["friday morning please"], ["Gil Oakes"], ["204 555 0165"],
                ["no", "monday at 10 then"], ["yes"]),
        {**booked("Gil Oakes", "+12045550165", at(mon, "10:00")),
         "say_not_contains": ["didn't catch"]},
        taken(fri, "09:00", "09:30", "10:00", "11:00", "11:30"),
        note="'no' to the one offer asks for another day, no failed answer")
    add("w-07v3", W, tz, CID,
        persona(["thursday at 10"], ["Hal Oakes"], ["204 555 0166"],
                ["no", "friday at 10 then"], ["yes"]),
        {**booked("Hal Oakes", "+12045550166", at(fri, "10:00")),
         "say_not_contains": ["didn't catch"]}, taken(thu, "10:00"),
        note="'no' to the nearest times after a refusal")
    add("p-03v", W, tz, CID,
        persona(["tuesday afternoon"], ["Gus Ivers"], ["204 555 0156"],
                ["what about the day after?", "the first one"], ["yes"]),
        booked("Gus Ivers", "+12045550156", at(nwed, "12:00")),
        note="'the day after' keeps the afternoon")
    add("p-05v", W, tz, CID,
        persona(["monday please"], ["Hana Ruiz"], ["204 555 0157"],
                ["monday", "the last one"], ["yes"]),
        booked("Hana Ruiz", "+12045550157", at(mon, "10:00")),
        note="the day said again alone is no pick")
    add("p-05v2", W, tz, CID,
        persona(["monday please"], ["Ike Dunn"], ["204 555 0158"], ["monday's fine"],
                ["yes"]),
        booked("Ike Dunn", "+12045550158", at(mon, "09:00")),
        note="control: the day said again with assent takes its earliest offer")
    add("c-01v", W, tz, CID,
        persona(["friday at 2:30"], ["Jill Ames"], ["204 555 0159"], [],
                ["no sorry, make it monday", "yes"]),
        booked("Jill Ames", "+12045550159", at(mon, "14:30")),
        note="a new day at the read-back keeps 2:30")
    add("c-02v", W, tz, CID,
        persona(["thursday at 10"], ["Ken Orr"], ["204 555 0160"], [],
                ["make it 11 not 10", "yes"]),
        booked("Ken Orr", "+12045550160", at(thu, "11:00")),
        note="'make it 11 not 10' at the read-back")
    add("c-06v", W, tz, CID,
        persona(["monday at 10"], ["Liv Sato"], ["204 555 0161"], [],
                ["could we do an hour later?", "yes"]),
        booked("Liv Sato", "+12045550161", at(mon, "11:00")),
        note="'an hour later' at the read-back")
    add("n-01v", W, tz, CID,
        persona(["hello, maria gomez, do you have anything friday at 11"], [],
                ["204 555 0162"], [], ["yes"]),
        booked("Maria Gomez", "+12045550162", at(fri, "11:00")),
        note="a name as a clause of the opening")
    add("n-01v2", W, tz, CID,
        persona(["hi there, next tuesday at 9 works"], ["Ned Park"], ["204 555 0163"], [],
                ["yes"]),
        {**booked("Ned Park", "+12045550163", at(tue, "09:00")),
         "say_contains": ["your name"]},
        note="control: 'hi there' is no name, so the name is asked")
    add("n-04v", W, tz, CID,
        persona(["can i book monday at 1"], ["jen wu"],
                ["sorry, it's jenny actually, jenny wu, 204 555 0164"], [], ["yes"]),
        booked("Jenny Wu", "+12045550164", at(mon, "13:00")),
        note="the name put right at the number question")
    mia = {"name": "Mia Stone", "phone": CID}
    add("c-01v2", W, tz, CID,
        persona(["can i move my appointment to friday at 10"], [], [], [],
                ["no, make it monday", "yes"]),
        result("rescheduled", {**mia, "start": at(mon, "10:00")}),
        [{"start": at(thu, "13:00"), "minutes": 30, **mia}],
        note="a move's read-back: a new day keeps the new time")
    clinic("v-04v", persona(["a follow-up with luc on monday please"], ["Otto Hahn"],
                            ["902 555 0148"], ["whoever's free is fine", "the first one"],
                            ["yes"], service=[]),
           booked("Otto Hahn", "+19025550148", at(weekday_after(cnow, "monday"), "09:00"),
                  service="Follow-up", resource="Dr. Amara Singh"),
           note="Luc is off Mondays; 'whoever's free' keeps Monday")
    return out


business_for = business_by_name({"clinic": CLINIC})


def main():
    n = write_jsonl(os.path.join(HERE, "probe10_calls.jsonl"), en_calls(), business_for)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
