#!/usr/bin/env python3
"""Generator of probe round 9: probe9_calls.jsonl.

Hand-made calls (SPEC §3, §3.2), written and committed before Bella ran on them, with an
emphasis the earlier rounds had less of: cancel / move / check (under the caller id,
under another number said in words, two appointments, none found at the first number,
"the one on Friday", a change of mind mid-move, "actually cancel it instead"),
reminders ("yeah no that's fine", "who is this", "can we do the afternoon instead", "I
need to cancel", a person asked for), paging through offers ("anything later?",
"earlier?", "none of those work", "what about next week"), questions at the read-back
("wait, is that the 19th?", "what time did you say?", "is that a.m.?"), windows with
"not before / not after", closed days, and callers who give everything in the first
turn. Every expected start comes from the slot oracle of `callslib.py` or from a day the
SPEC fixes; `write_jsonl` checks each booked or rescheduled start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe9_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (at, booked, call, local_now, noted_calls, noted_reminders,  # noqa: E402
                      persona, result, weekday_after, weekday_next_week, write_jsonl)

ED, TO = "America/Edmonton", "America/Toronto"


def en_calls():
    out = []

    add = noted_calls(out, "p9", "probe9")

    W, tz = "2026-11-17T10:15", ED  # a Tuesday
    now = local_now(W, tz)
    wed, thu, fri = (weekday_after(now, d) for d in ("wednesday", "thursday", "friday"))
    mon = weekday_after(now, "monday")
    ntue = weekday_next_week(now, "tuesday")
    CID = "+14035550142"
    mary = {"name": "Mary Roy", "phone": CID}
    m_thu = {"start": at(thu, "13:00"), "minutes": 30, **mary}

    # ------------------------------------------------------ cancel, move, check
    add("m-01", W, tz, CID,
        persona(["yeah hi i gotta cancel my appointment for thursday"], [], [], [], ["yep"]),
        result("cancelled", {**mary, "start": at(thu, "13:00")}), [m_thu],
        note="cancel by caller id naming the day; 'yep'")
    lena = {"name": "Lena Roy", "phone": "+17805550199"}
    add("m-02", W, tz, CID,
        persona(["hi um i'm calling to cancel an appointment for my wife"], [],
                ["it's under her cell, seven eight oh, five five five, zero one nine nine"],
                [], ["yes"]),
        result("cancelled", {**lena, "start": at(fri, "11:00")}),
        [{"start": at(fri, "11:00"), "minutes": 30, **lena}],
        note="nothing under the caller id: the number asked and said in words")
    add("m-03", W, tz, CID,
        persona(["hi i need to cancel the one on monday"], [], [], [], ["yes please"]),
        result("cancelled", {**mary, "start": at(mon, "10:00")}),
        [m_thu, {"start": at(mon, "10:00"), "minutes": 30, **mary}],
        note="two appointments under the caller id: 'the one on monday'")
    add("m-04", W, tz, CID,
        persona(["i need to move my appointment, the one on friday"], [], [],
                ["monday at 2"], ["yes"]),
        result("rescheduled", {**mary, "start": at(mon, "14:00")}),
        [m_thu, {"start": at(fri, "09:30"), "minutes": 30, **mary}],
        note="two appointments: the Friday one is moved, Thursday's stays")
    sam = {"name": "Sam Ortiz", "phone": "+15875550112"}
    add("m-05", W, tz, CID,
        persona(["i want to cancel my appointment"], [],
                ["403 555 0188", "oh wait sorry, try 587 555 0112"], [], ["yes"]),
        result("cancelled", {**sam, "start": at(wed, "15:00")}),
        [{"start": at(wed, "15:00"), "minutes": 30, **sam}],
        note="none under the caller id nor the first number; the second number finds it")
    add("m-06", W, tz, CID,
        persona(["can i move my thursday appointment"], [], [], ["friday at 10"],
                ["hmm actually no, make it 11 instead", "yes"]),
        result("rescheduled", {**mary, "start": at(fri, "11:00")}),
        [m_thu],
        note="a change of mind at the move's read-back keeps the new day")
    add("m-07", W, tz, CID,
        persona(["i need to reschedule"], [], [],
                ["you know what, just cancel it instead"], ["yes"]),
        result("cancelled", {**mary, "start": at(thu, "13:00")}), [m_thu],
        note="'just cancel it instead' at the move's time question")
    add("m-08", W, tz, CID,
        persona(["can i move my appointment to friday at 3"], [], [], [],
                ["actually, you know what, just cancel it", "yes"]),
        result("cancelled", {**mary, "start": at(thu, "13:00")}), [m_thu],
        note="'just cancel it' at the move's read-back")
    add("m-09", W, tz, CID,
        persona(["hey when is my appointment again"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True, "say_contains": ["1 p.m."]},
        [m_thu],
        note="a check tells the time")
    add("m-10", W, tz, CID,
        persona(["hi what appointments do i have coming up"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True,
         "say_contains": ["1 p.m.", "10 a.m."]},
        [m_thu, {"start": at(mon, "10:00"), "minutes": 30, **mary}],
        note="a check with two appointments tells both")
    add("m-12", W, tz, CID,
        persona(["can i move my appointment to friday but not before 2"], [], [],
                ["yeah the first one"], ["yes"]),
        result("rescheduled", {**mary, "start": at(fri, "14:00")}), [m_thu],
        note="a move into a 'not before' window")
    add("m-13", W, tz, CID,
        persona(["can i move my appointment to friday morning"], [], [],
                ["the first one is fine"], ["yes"]),
        result("rescheduled", {**mary, "start": at(mon, "09:00")}), [m_thu], closed=[fri],
        note="a move to a closed day: the next open day's morning")
    add("m-14", W, tz, CID,
        persona(["i need to move my appointment to wednesday"], [], [],
                ["anything later in the day?", "3:30 works"], ["yes"]),
        {**result("rescheduled", {**mary, "start": at(wed, "15:30")}),
         "say_not_contains": ["didn't catch"]}, [m_thu],
        note="paging for later times during a move")
    add("m-15", W, tz, CID,
        persona(["i want to cancel my appointment"], [], [], [], ["no no, keep it"]),
        result("no_booking", no_appointment=True), [m_thu],
        note="a declined cancel keeps the appointment")
    add("m-16", W, tz, CID,
        persona(["hi this is mary roy, i need to cancel my thursday 1 o'clock"], [], [], [],
                ["yes please"]),
        result("cancelled", {**mary, "start": at(thu, "13:00")}), [m_thu],
        note="a cancel with the name, day and time in the first turn")
    add("m-17", W, tz, CID,
        persona(["could i move my appointment to later that same day, like 4"], [], [], [],
                ["yes"]),
        result("rescheduled", {**mary, "start": at(thu, "16:00")}), [m_thu],
        note="a move to a later time the same day")
    add("m-19", W, tz, CID,
        persona(["i need to move my appointment"], [], [], ["friday at 10"],
                ["sorry is that the 20th?", "yes"]),
        {**result("rescheduled", {**mary, "start": at(fri, "10:00")}),
         "say_not_contains": ["yes or a no"]}, [m_thu],
        note="a question at the move's read-back is answered by reading it again")
    add("m-20", W, tz, CID,
        persona(["i have to cancel my appointment"], [], [], [],
                ["wait, which day was that?", "yeah cancel it"]),
        {**result("cancelled", {**mary, "start": at(thu, "13:00")}),
         "say_not_contains": ["yes or a no"]}, [m_thu],
        note="'which day was that?' at the cancel read-back")

    # ---------------------------------------------------------------- reminders
    priya = {"name": "Priya Patel", "phone": "+17805550123", "start": "2026-11-26T10:00",
             "minutes": 30}
    p_out = {k: priya[k] for k in ("name", "phone")}
    RW = "2026-11-25T10:00"  # a Wednesday; the appointment is Thursday 10:00

    remind = noted_reminders(out, "p9", "probe9_reminder", RW, ED, priya)

    def rem(cid, answered, p, exp, note=""):
        remind(cid, p, exp, note, answered, ())

    keep = {**p_out, "start": "2026-11-26T10:00"}
    rem("r-01", "human", persona(confirm=["yeah no that's fine, i'll be there"]),
        result("confirmed", keep), note="'yeah no that's fine' is a yes")
    rem("r-02", "human", persona(confirm=["sorry who is this?", "oh okay yeah that's fine"]),
        result("confirmed", keep), note="'who is this' then yes")
    rem("r-03", "human", persona(time=["2 works"],
                                 confirm=["can we do the afternoon instead", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-26T14:00"}),
        note="'the afternoon instead' moves within the same day")
    rem("r-04", "human", persona(confirm=["oh i need to cancel, sorry", "yes"]),
        result("cancelled", keep), note="'I need to cancel'")
    rem("r-05", "human", persona(confirm=["can i talk to someone at the front desk"]),
        result("transferred"), note="a person asked for")
    rem("r-06", "machine", persona(confirm=["yes"]),
        {**result("voicemail", keep), "say_not_contains": ["priya", "patel", "0123"]},
        note="voicemail")
    rem("r-07", "human", persona(confirm=["is that thursday the 26th?", "okay yes"]),
        {**result("confirmed", keep), "say_not_contains": ["yes or a no"]},
        note="a question about the day")
    rem("r-08", "human", persona(confirm=["what time was that again?", "ok perfect"]),
        result("confirmed", keep), note="a repeat request then a yes")
    rem("r-09", "human", persona(time=["the 1:30"],
                                 confirm=["could we do friday instead, but not before 1",
                                          "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-27T13:30"}),
        note="a move to another day with a window")
    rem("r-10", "human", persona(confirm=["no", "no wait, don't cancel it"]),
        result("no_booking", keep), note="a declined cancel keeps the appointment")
    rem("r-11", "human", persona(confirm=["yeah no i can't, can we do same time next week",
                                          "yes"]),
        result("rescheduled", {**p_out, "start": "2026-12-03T10:00"}),
        note="'yeah no I can't' with a move a week on")
    rem("r-12", "human", persona(confirm=["could i come in earlier, like 9", "yes"]),
        result("rescheduled", {**p_out, "start": "2026-11-26T09:00"}),
        note="an earlier time the same day")

    # ---------------------------------------------------------------- paging offers
    add("b-01", W, tz, CID,
        persona(["hi i'd like to come in thursday"], ["Nora Banks"], ["403 555 0171"],
                ["anything later?", "the 2:30 then"], ["yes"]),
        {**booked("Nora Banks", "+14035550171", at(thu, "14:30")),
         "say_not_contains": ["didn't catch"]},
        note="'anything later?' pages the offers")
    add("b-02", W, tz, CID,
        persona(["do you have something friday afternoon"], ["Ben Tully"], ["403 555 0172"],
                ["anything earlier?", "11:30"], ["yes"]),
        {**booked("Ben Tully", "+14035550172", at(fri, "11:30")),
         "say_not_contains": ["didn't catch"]},
        note="'anything earlier?' leaves the afternoon")
    add("b-03", W, tz, CID,
        persona(["i need an appointment wednesday"], ["Kim Avery"], ["403 555 0173"],
                ["none of those work", "what about next week", "next tuesday at 10"],
                ["yes"]),
        booked("Kim Avery", "+14035550173", at(ntue, "10:00")),
        note="'none of those work', 'what about next week', then a time")
    add("b-04", W, tz, CID,
        persona(["monday morning if you can"], ["Lou Grant"], ["403 555 0174"],
                ["hmm, nothing later?", "11 o'clock then"], ["yes"]),
        {**booked("Lou Grant", "+14035550174", at(mon, "11:00")),
         "say_not_contains": ["didn't catch"]},
        note="'nothing later?' within a morning")
    add("b-05", W, tz, CID,
        persona(["can i get thursday at 10"], ["Ivy Chen"], ["403 555 0175"],
                ["anything in the afternoon?", "3 then"], ["yes"]),
        booked("Ivy Chen", "+14035550175", at(thu, "15:00")),
        [{"start": at(thu, "10:00"), "minutes": 30}],
        note="a taken time, then 'anything in the afternoon?'")

    # ---------------------------------------------------------------- read-back questions
    add("q-01", W, tz, CID,
        persona(["thursday at 10 please"], ["Joel Hart"], ["403 555 0176"], [],
                ["wait, is that the 19th?", "yes"]),
        {**booked("Joel Hart", "+14035550176", at(thu, "10:00")),
         "say_not_contains": ["yes or a no"]},
        note="a question about the date at the read-back")
    add("q-02", W, tz, CID,
        persona(["friday at 1:30"], ["Rita Gomez"], ["403 555 0177"], [],
                ["sorry what time did you say?", "ok yes"]),
        {**booked("Rita Gomez", "+14035550177", at(fri, "13:30")),
         "say_not_contains": ["yes or a no"]},
        note="'what time did you say?' at the read-back")
    add("q-03", W, tz, CID,
        persona(["friday at 9"], ["Omar Haddad"], ["403 555 0178"], [],
                ["is that a.m.?", "yep"]),
        {**booked("Omar Haddad", "+14035550178", at(fri, "09:00")),
         "say_not_contains": ["yes or a no"]},
        note="'is that a.m.?' at the read-back")
    add("q-04", W, tz, CID,
        persona(["thursday at 10"], ["Tess Moore"], ["403 555 0179"], [],
                ["wait what number do you have for me?", "yes"]),
        {**booked("Tess Moore", "+14035550179", at(thu, "10:00")),
         "say_not_contains": ["yes or a no"]},
        note="a question about the number at the read-back")
    add("q-05", W, tz, CID,
        persona(["thursday at 10"], ["Ray Diaz"], ["403 555 0180"], [],
                ["wait is that the 20th?", "oh, no, make it friday", "yes"]),
        booked("Ray Diaz", "+14035550180", at(fri, "10:00")),
        note="a wrong-date question, then a new day keeping the time")

    # ---------------------------------------------------------------- windows, closed days
    add("w-01", W, tz, CID,
        persona(["something friday, not before 11"], ["Ada Lee"], ["403 555 0181"],
                ["yeah the first one"], ["yes"]),
        booked("Ada Lee", "+14035550181", at(fri, "11:00")),
        note="'not before 11'")
    add("w-02", W, tz, CID,
        persona(["sometime thursday, not after 10 though"], ["Eli Stone"], ["403 555 0182"],
                ["the earliest is fine"], ["yes"]),
        booked("Eli Stone", "+14035550182", at(thu, "09:00")),
        note="'not after 10'")
    add("w-03", W, tz, CID,
        persona(["can i book thursday at 10"], ["Fay Wong"], ["403 555 0183"],
                ["ok friday at 10 then"], ["yes"]),
        {**booked("Fay Wong", "+14035550183", at(fri, "10:00")),
         "say_contains": ["closed"]}, closed=[thu],
        note="a closed day said closed; the next day's time taken")
    add("w-04", W, tz, CID,
        persona(["next monday morning"], ["Gus Hale"], ["403 555 0184"], ["the 9:30"],
                ["yes"]),
        booked("Gus Hale", "+14035550184", at(ntue, "09:30")), closed=[mon],
        note="a closed Monday: the Tuesday morning after")
    add("w-05", W, tz, CID,
        persona(["anytime after lunch on wednesday"], ["Hal Ruiz"], ["403 555 0185"],
                ["1:30"], ["yes"]),
        booked("Hal Ruiz", "+14035550185", at(wed, "13:30")),
        note="'after lunch'")
    add("w-06", W, tz, CID,
        persona(["do you have anything this weekend"], ["Ida Fox"], ["403 555 0186"],
                ["yes"], ["yes"]),
        booked("Ida Fox", "+14035550186", at(mon, "09:00")),
        note="the weekend is closed; a plain yes takes Monday's earliest")

    # ---------------------------------------------------------------- all in the first turn
    add("f-01", W, tz, CID,
        persona(["hi it's jenna moore, my number's 403 555 0191, can i get friday at 2"],
                [], [], [], ["yes"]),
        {**booked("Jenna Moore", "+14035550191", at(fri, "14:00")), "max_turns": 3},
        note="everything in the first turn")
    W2, tz2 = "2026-11-17T12:15", TO
    now2 = local_now(W2, tz2)
    add("f-02", W2, tz2, "+14165550100",
        persona(["yeah hi this is raj singh calling, uh, five eight seven five five five zero "
                 "one four four, looking for monday at 11 if you got it"], [], [], [],
                ["yes"]),
        {**booked("Raj Singh", "+15875550144", at(weekday_after(now2, "monday"), "11:00")),
         "max_turns": 3},
        note="everything in the first turn with the number in words")
    add("f-03", W, tz, CID,
        persona(["hi, tom blake, 780 555 0133, thursday anytime after 3"], [], [],
                ["the first one"], ["yes"]),
        booked("Tom Blake", "+17805550133", at(thu, "15:00")),
        note="everything with a window in the first turn")
    add("f-05", W, tz, CID,
        persona(["hi this is ana lopez, 403 555 0192, friday at 2"], [], [],
                ["2:30 then"], ["yes"]),
        booked("Ana Lopez", "+14035550192", at(fri, "14:30")),
        [{"start": at(fri, "14:00"), "minutes": 30}],
        note="everything in the first turn, the time taken")

    # ------------------------------------------- added after the blind run (-v ids)
    kept = ["leave it as it is", "have a good day, goodbye"]
    add("m-15v", W, tz, CID,
        persona(["i'd like to cancel my appointment"], [], [], [], ["no, leave it"]),
        {**result("no_booking", no_appointment=True), "say_contains": kept,
         "say_not_contains": ["okay, no problem", "as it is. no problem"]}, [m_thu],
        note="a declined cancel: one 'Okay', not 'Okay, I'll leave it ... Okay, no problem'")
    rem("r-10v", "human", persona(confirm=["no", "no no, keep it please"]),
        {**result("no_booking", keep), "say_contains": kept,
         "say_not_contains": ["okay, no problem"]},
        note="a reminder's declined cancel says one 'Okay'")
    fr_line = call("p9-fr-v1", W, tz, "+14185550142",
                   persona(["Je voudrais annuler mon rendez-vous."], [], [], [],
                           ["Non, finalement."]),
                   {"outcome": "no_booking", "no_appointment": True, "agent_lang": "fr",
                    "say_contains": ["je le laisse tel quel", "bonne journée, au revoir"],
                    "say_not_contains": ["d'accord, pas de problème"]},
                   [{"start": at(thu, "13:00"), "minutes": 30, "name": "Marc Roy",
                     "phone": "+14185550142"}], kind="probe9", languages=["fr-CA", "en-CA"])
    fr_line["note"] = "French: one 'D'accord' after a declined cancel"
    out.append(fr_line)
    add("q-06v", W, tz, CID,
        persona(["friday at 10"], ["Lia Park"], ["403 555 0193"], [],
                ["did you say 10?", "yes"]),
        {**booked("Lia Park", "+14035550193", at(fri, "10:00")),
         "say_not_contains": ["yes or a no"]},
        note="'did you say 10?' at the read-back reads it again, no failure")
    add("q-07v", W, tz, CID,
        persona(["thursday at 2"], ["Max Hill"], ["403 555 0194"], [],
                ["what time was that again?", "is that p.m.?", "which day was that?", "yes"]),
        {**booked("Max Hill", "+14035550194", at(thu, "14:00")),
         "say_not_contains": ["yes or a no", "trouble"]},
        note="three read-back questions in a row are not failures")
    add("q-08v", W, tz, CID,
        persona(["thursday at 2"], ["Max Hill"], ["403 555 0194"], ["2 o'clock"],
                ["is it possible to do friday instead?", "yes"]),
        booked("Max Hill", "+14035550194", at(fri, "14:00")),
        note="control: 'is it possible to do friday instead?' is a change, not a question")
    add("m-19v", W, tz, CID,
        persona(["i have to cancel my appointment"], [], [], [],
                ["is that the thursday one?", "yes"]),
        {**result("cancelled", {**mary, "start": at(thu, "13:00")}),
         "say_not_contains": ["yes or a no"]}, [m_thu],
        note="a question at the cancel read-back")
    add("m-10v", W, tz, CID,
        persona(["what do i have booked with you guys"], [], [], [], []),
        {"outcome": "no_booking", "no_appointment": True, "say_contains": ["1 p.m."]},
        [m_thu],
        note="'what do I have booked' is a check")
    # After the run, with the fixes of p9-m-17 and p9-r-01 (ids `-v`).
    add("m-17v", W, tz, CID,
        persona(["can i move my appointment to 4 pm"], [], [], [], ["yes"]),
        result("rescheduled", {**mary, "start": at(thu, "16:00")}), [m_thu],
        note="a bare new time said before the appointment is found is on its day")
    add("m-17v2", W, tz, CID,
        persona(["can i move my appointment to tomorrow at 4"], [], [], [], ["yes"]),
        result("rescheduled", {**mary, "start": "2026-11-18T16:00"}), [m_thu],
        note="control: a day said with the new time keeps that day")
    rem("r-01v", "human", persona(confirm=["yeah no for sure, see you then"]),
        result("confirmed", keep), note="'yeah no for sure' is a yes")
    rem("r-01v2", "human", persona(confirm=["yeah no i can't make it", "yes"]),
        result("cancelled", keep), note="'yeah no I can't make it' is a no")
    return out


def main():
    n = write_jsonl(os.path.join(HERE, "probe9_calls.jsonl"), en_calls())
    print(f"{n} calls")


if __name__ == "__main__":
    main()
