#!/usr/bin/env python3
"""Generator of probe round 14: probe14_calls.jsonl.

Hand-made English calls (SPEC §2, §3) on the default business, written and committed
before Bella ran on them, on what round 13 left out: a question for an answer ("what
times do you have?", "is 3 ok?"), a relative time in a later turn ("an hour later", "the
day after that", "same day next week", "half an hour earlier"), the name put right after
the number, a bare "no" at the read-back, "can you spell that back?", a number given in
three pieces, a pick from three offers ("the second one", "the last one", "the 10
o'clock"), the edges of the day ("as late as possible", the last slot, before opening,
at closing), "tomorrow" said after midnight, "can you text me a confirmation?", and
polite goodbyes mid-flow.

Every expected start comes from the slot oracle of `callslib.py` or a day the SPEC fixes;
`write_jsonl` checks each booked start against the oracle.

Run from anywhere: `python3 bella-dialog/testdata/gen_probe14_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, busy, local_now, noted_calls,  # noqa: E402
                      persona, result, taken, weekday_after, write_jsonl)

TOR = "America/Toronto"
CID = "+14165550400"


def group(out, wall_now):
    """`now` and an `a(cid, persona, expected, existing=(), note="")` for calls made at
    `wall_now` in Toronto from `CID`."""
    add = noted_calls(out, "p14", "probe14")

    def a(cid, p, exp, existing=(), note=""):
        add(cid, wall_now, TOR, CID, p, exp, existing, note=note)
    return local_now(wall_now, TOR), a


def day_calls(out):
    """Toronto, Wednesday 2027-04-14 at 09:40 (EDT)."""
    now, a = group(out, "2027-04-14T09:40")
    biz = Business.default()
    today = now[:10]
    tomorrow = add_days(today, 1)
    thu, fri = weekday_after(now, "thursday"), weekday_after(now, "friday")
    mon, tue = weekday_after(now, "monday"), weekday_after(now, "tuesday")
    wed = weekday_after(now, "wednesday")
    assert (tomorrow, thu, fri, mon, tue, wed) == ("2027-04-15", "2027-04-15", "2027-04-16",
                                                    "2027-04-19", "2027-04-20", "2027-04-21")

    # ------------------------------------------------ a question for an answer
    a("q-01", persona(["i'd like an appointment on thursday"], ["Nora Quinn"],
                      ["416 555 0401"], ["what times do you have?", "the 10 o'clock"],
                      ["yes"]),
      booked("Nora Quinn", "+14165550401", at(thu, "10:00")),
      note="'what times do you have?' asks for the offers again; then a pick by hour")
    a("q-02", persona(["can i come in friday?"], ["Owen Pratt"], ["416 555 0402"],
                      ["is 3 ok?"], ["yes"]),
      booked("Owen Pratt", "+14165550402", at(fri, "15:00")),
      note="'is 3 ok?' is a time answer on the day under discussion (15:00)")
    a("q-03", persona(["i need to book something"], ["Paula Reyes"], ["416 555 0403"],
                      ["do you have anything at 2 tomorrow?"], ["yes"]),
      booked("Paula Reyes", "+14165550403", at(tomorrow, "14:00")),
      note="a question that names a time is the time")
    assert biz.free_starts(mon, now, taken(mon, "11:00"))[0][0] == at(mon, "09:00")
    a("q-04", persona(["monday please"], ["Quentin Shaw"], ["416 555 0404"],
                      ["is 11 ok?", "ok, 11:30 then"], ["yes"]),
      booked("Quentin Shaw", "+14165550404", at(mon, "11:30")), taken(mon, "11:00"),
      note="'is 11 ok?' when 11 is taken: said so, then the caller takes 11:30")
    a("q-05", persona(["hi, i'd like to book an appointment"], ["Rosa Tam"], ["416 555 0405"],
                      ["what's open on tuesday?", "the first one"], ["yes"]),
      booked("Rosa Tam", "+14165550405", at(tue, "09:00")),
      note="'what's open on Tuesday?' names the day; 'the first one' takes 9:00")

    # ------------------------------------------------- a relative time later on
    a("r-01", persona(["thursday at 10"], ["Sean Ward"], ["416 555 0411"], [],
                      ["actually, can we do an hour later?", "yes"]),
      booked("Sean Ward", "+14165550411", at(thu, "11:00")),
      note="'an hour later' at the read-back moves 10:00 to 11:00, same day")
    a("r-02", persona(["tuesday at 2"], ["Tina Vale"], ["416 555 0412"], [],
                      ["no, make it the day after that", "yes"]),
      booked("Tina Vale", "+14165550412", at(wed, "14:00")),
      note="'the day after that' moves Tuesday to Wednesday, the time kept")
    a("r-03", persona(["monday at 11"], ["Uri Webb"], ["416 555 0413"], [],
                      ["actually, same day next week please", "yes"]),
      booked("Uri Webb", "+14165550413", at(add_days(mon, 7), "11:00")),
      note="'same day next week': a week after the day read back, the time kept")
    a("r-04", persona(["thursday at 3"], ["Vera Young"], ["416 555 0414"], [],
                      ["could we make it half an hour earlier?", "yes"]),
      booked("Vera Young", "+14165550414", at(thu, "14:30")),
      note="'half an hour earlier' at the read-back: 14:30")
    a("r-05", persona(["friday at 10"], ["Walt Zane"], ["416 555 0415"],
                      ["ok, an hour later then"], ["yes"]),
      booked("Walt Zane", "+14165550415", at(fri, "11:00")), taken(fri, "10:00"),
      note="10:00 taken; 'an hour later then' is 11:00 on that day")

    # ------------------------------------------------ the name put right late
    a("n-01", persona(["thursday at 11:30"], ["jon smith"],
                      ["416 555 0421, and sorry, my name is actually jonathan smith"], [],
                      ["yes"]),
      booked("Jonathan Smith", "+14165550421", at(thu, "11:30")),
      note="the name put right in the number's turn")
    a("n-02", persona(["friday at 1"], ["kathy lee"], ["416 555 0422"], [],
                      ["the name's wrong, it's katherine lee", "yes"]),
      booked("Katherine Lee", "+14165550422", at(fri, "13:00")),
      note="the name put right at the read-back without a 'no'")
    a("n-03", persona(["i'd like to book"], ["maria lopez"], ["416 555 0423"],
                      ["sorry, i gave you the wrong name, it's marta lopez. monday at 2"],
                      ["yes"]),
      booked("Marta Lopez", "+14165550423", at(mon, "14:00")),
      note="the name put right when the time is asked, with the time")

    # ---------------------------------------------- a bare no at the read-back
    a("x-01", persona(["thursday at 1"], ["Abby Cole"], ["416 555 0431"],
                      ["thursday at 2 instead"],
                      ["no", "the time, thursday at 2 instead", "yes"],
                      ["the time, thursday at 2 instead"]),
      booked("Abby Cole", "+14165550431", at(thu, "14:00")),
      note="a bare 'no': the agent asks what to change; the time is put right")
    a("x-02", persona(["friday at 3:30"], ["Lee Chan", "Li Chen"], ["416 555 0432"], [],
                      ["no, that's not right", "my name is li chen", "yes"],
                      ["my name is li chen"]),
      booked("Li Chen", "+14165550432", at(fri, "15:30")),
      note="'no, that's not right' without saying what: then the name")

    # ---------------------------------------------------- spell it back
    a("s-01", persona(["tuesday at 10"], ["Aoife Byrne"], ["416 555 0441"], [],
                      ["can you spell my last name back to me?", "yes"]),
      booked("Aoife Byrne", "+14165550441", at(tue, "10:00")),
      note="'can you spell my last name back?' at the read-back is neither a yes nor a "
           "name")
    a("s-02", persona(["tuesday at 10:30"], ["it's niamh walsh, can you spell that back to "
                                            "me?"], ["416 555 0442"], [], ["yes"]),
      booked("Niamh Walsh", "+14165550442", at(tue, "10:30")),
      note="a name with a request to spell it back: the name kept")

    # -------------------------------------------- the number in three pieces
    # The SPEC lets the agent offer the caller's own number after an answer with no
    # usable number: the first confirm puts the number right either way.
    a("d-01", persona(["wednesday at 9"], ["Bram Dale"], ["416", "555", "0451"], [],
                      ["no, the number is 416 555 0451", "yes"]),
      booked("Bram Dale", "+14165550451", at(wed, "09:00")),
      note="the number in three turns: area code, exchange, last four")
    a("d-02", persona(["wednesday at 9:30"], ["Cleo Dunn"],
                      ["it's four one six", "five five five", "zero four five two"], [],
                      ["no, the number is 416 555 0452", "yes"]),
      booked("Cleo Dunn", "+14165550452", at(wed, "09:30")),
      note="the number said in words, in three turns")

    # ---------------------------------------------- a pick from three offers
    three = busy(thu, "09:00", "09:00") + taken(thu, "10:00", "11:00")
    assert [s for s, _ in biz.free_starts(thu, now, three, before="12:00")] == [
        at(thu, "09:30"), at(thu, "10:30"), at(thu, "11:30")]
    a("o-01", persona(["thursday morning please"], ["Dina Fox"], ["416 555 0461"],
                      ["the second one"], ["yes"]),
      booked("Dina Fox", "+14165550461", at(thu, "10:30")), three,
      note="three free in the morning (9:30, 10:30, 11:30): 'the second one'")
    a("o-02", persona(["thursday morning"], ["Eli Grant"], ["416 555 0462"],
                      ["the last one"], ["yes"]),
      booked("Eli Grant", "+14165550462", at(thu, "11:30")), three,
      note="three free in the morning: 'the last one'")
    a("o-03", persona(["what do you have friday morning?"], ["Faye Hill"], ["416 555 0463"],
                      ["the 10 o'clock"], ["yes"]),
      booked("Faye Hill", "+14165550463", at(fri, "10:00")),
      note="9, 9:30, 10 offered: 'the 10 o'clock'")
    a("o-04", persona(["thursday morning works"], ["Gail Irwin"], ["416 555 0464"],
                      ["yeah, the middle one"], ["yes"]),
      booked("Gail Irwin", "+14165550464", at(thu, "10:30")), three,
      note="three free: 'the middle one'")
    a("o-05", persona(["monday afternoon"], ["Hank Jung"], ["416 555 0465"],
                      ["the first one is fine"], ["yes"]),
      booked("Hank Jung", "+14165550465", at(mon, "12:00")),
      note="'the first one is fine': the earliest afternoon start")

    # ------------------------------------------------- the edges of the day
    a("e-01", persona(["friday, as late as possible"], ["Iris Kent"], ["416 555 0471"],
                      ["the latest one"], ["yes"]),
      booked("Iris Kent", "+14165550471", at(fri, "16:30")),
      note="'as late as possible' on Friday: the last start, 16:30")
    a("e-02", persona(["can i get the last appointment of the day on monday?"],
                      ["Jude Lamb"], ["416 555 0472"], ["yes"], ["yes"]),
      booked("Jude Lamb", "+14165550472", at(mon, "16:30")),
      note="'the last appointment of the day': 16:30")
    a("e-03", persona(["tomorrow at 8:30"], ["Kyle Moss"], ["416 555 0473"], ["yes"],
                      ["yes"]),
      booked("Kyle Moss", "+14165550473", at(tomorrow, "09:00")),
      note="8:30 is before opening: refused, the nearest (9:00) taken with a yes")
    a("e-04", persona(["today at 5?"], ["Lana Neal"], ["416 555 0474"],
                      ["ok, 4:30 then"], ["yes"]),
      booked("Lana Neal", "+14165550474", at(today, "16:30")),
      note="17:00 is closing: refused, the caller takes 16:30")

    # ------------------------------------------ a text confirmation asked for
    a("t-01", persona(["tuesday at 3"], ["Mona Ortiz"], ["416 555 0481"], [],
                      ["yes, and can you text me a confirmation?"],
                      ["can you text me a confirmation?"]),
      booked("Mona Ortiz", "+14165550481", at(tue, "15:00")),
      note="a yes with a request for a text: booked, no loop")
    a("t-02", persona(["tuesday at 3:30"], ["Nate Page"], ["416 555 0482"], [],
                      ["will i get a text confirmation?", "ok, yes"],
                      ["ok, thanks"]),
      booked("Nate Page", "+14165550482", at(tue, "15:30")),
      note="a question about a text at the read-back, then a yes")

    # ------------------------------------------------- goodbyes mid-flow
    a("g-01", persona(["i'd like to book"], ["actually never mind, bye"]),
      result("no_booking"), note="'never mind, bye' at the name question")
    a("g-02", persona(["thursday at 4"], ["Omar Quist"], ["forget it, thanks, bye"]),
      result("no_booking"), note="'forget it' at the number question")
    a("g-03", persona(["friday at 4"], ["Pia Rusk"], ["416 555 0493"], [],
                      ["no, never mind, i'll call back later. bye"]),
      result("no_booking"), note="'never mind, I'll call back' at the read-back")
    a("g-04", persona(["i need an appointment"], ["Rob Sand"], ["416 555 0494"],
                      ["never mind then, thanks anyway, goodbye"]),
      result("no_booking"), note="'never mind' at the time question")
    a("g-05", persona(["hi, um, actually never mind, sorry, bye"]), result("no_booking"),
      note="'never mind' in the opening")


def variant_calls(out):
    """Written after the fixes (ids `v-`): the families the blind run found weak, on
    Monday 2027-04-19 at 13:10 in Toronto; the same oracle gives every start."""
    now, a = group(out, "2027-04-19T13:10")
    tue, thu = weekday_after(now, "tuesday"), weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    a("v-01", persona(["thursday at 9:30"], ["Ada Birk"], ["416 555 0601"], [],
                      ["oh wait, same day next week instead", "yes"]),
      booked("Ada Birk", "+14165550601", at(add_days(thu, 7), "09:30")),
      note="'same day next week instead' at the read-back: a week on, 9:30 kept")
    a("v-02", persona(["tuesday at 4"], ["Bo Carr"],
                      ["six four seven", "five five five", "zero six zero two"], [],
                      ["no no, it's 647 555 0602", "yes"]),
      booked("Bo Carr", "+16475550602", at(tue, "16:00")),
      note="a number in three pieces, then said again whole after a 'no': read back again")
    a("v-03", persona(["friday at 11"], ["Cy Dorr"], ["416 555 0603"], [],
                      ["no", "the name is Cyrus Dorr", "yes"], ["the name is Cyrus Dorr"]),
      booked("Cyrus Dorr", "+14165550603", at(fri, "11:00")),
      note="a bare 'no', then the name put right: 11:00 stands")
    a("v-04", persona(["tuesday at 2"], ["Dee Eck"], ["416 555 0604"],
                      ["half an hour later then"], ["yes"]),
      booked("Dee Eck", "+14165550604", at(tue, "14:30")), taken(tue, "14:00"),
      note="14:00 taken; 'half an hour later then': 14:30")
    a("v-05", persona(["thursday at 3"], ["Eve Fahl"], ["416 555 0605"],
                      ["hmm, an hour earlier then?"], ["yes"]),
      booked("Eve Fahl", "+14165550605", at(thu, "14:00")), taken(thu, "15:00"),
      note="15:00 taken; 'an hour earlier then?': 14:00")
    a("v-06", persona(["friday at 2:30"], ["Flo Gunn"], ["416 555 0606"], [],
                      ["no, wrong number, it's 416 555 0616", "yes"]),
      booked("Flo Gunn", "+14165550616", at(fri, "14:30")),
      note="a new number after a 'no' is taken as before")


def midnight_calls(out):
    """Toronto, just after midnight: Thursday 2027-04-15 at 00:20."""
    now, a = group(out, "2027-04-15T00:20")
    assert now[:10] == "2027-04-15"
    a("m-01", persona(["can i come in tomorrow at 10?"], ["Sam Tate"], ["416 555 0501"], [],
                      ["yes"]),
      booked("Sam Tate", "+14165550501", at("2027-04-16", "10:00")),
      note="after midnight, 'tomorrow' is the day after the new date (SPEC §2): Friday")
    a("m-02", persona(["tomorrow morning please"], ["Tess Ulm"], ["416 555 0502"], ["yes"],
                      ["yes"]),
      booked("Tess Ulm", "+14165550502", at("2027-04-16", "09:00")),
      note="'tomorrow morning' at 00:20 Thursday: Friday, 9:00 on a yes")
    a("m-03", persona(["later today at 10"], ["Ugo Vance"], ["416 555 0503"], [], ["yes"]),
      booked("Ugo Vance", "+14165550503", at("2027-04-15", "10:00")),
      note="'today' at 00:20 is the new date, Thursday")
    now, a = group(out, "2027-04-16T00:10")
    a("m-04", persona(["do you have anything tomorrow?"], ["Val Wynn"], ["416 555 0504"],
                      ["yes"], ["yes"]),
      booked("Val Wynn", "+14165550504", at("2027-04-19", "09:00")),
      note="at 00:10 Friday, 'tomorrow' is Saturday: closed, Monday offered, a yes")


def main():
    out = []
    day_calls(out)
    midnight_calls(out)
    variant_calls(out)
    n = write_jsonl(os.path.join(HERE, "probe14_calls.jsonl"), out)
    print(f"{n} calls")


if __name__ == "__main__":
    main()
