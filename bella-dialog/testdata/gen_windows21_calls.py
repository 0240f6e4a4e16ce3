#!/usr/bin/env python3
"""Generator of blind call round 21 on windows: windows21_calls.jsonl (SPEC §3, SPEC-fr §5.7).

Written blind from SPEC §2 "Windows", §3 ("A window ... is kept for the whole call: the agent
offers free times inside it, earliest first, and never books outside it unless it has said
that nothing in it is free and the caller then takes an offered alternative"; "the earliest
you have", "whenever"; a closed day's next open day) and §3.1 (services), before Bella was
run on it. Every expected start comes from the slot oracle in `callslib.py`.

What round 17 (`gen_windows17_calls.py`) left out: windows given as a correction after an
offer ("actually anything after 3 works"), narrowed ("but before 2 please", "nothing before
11") or moved earlier ("anything earlier than that?"), widened to another day or a whole
week ("any day next week after 4"), "ASAP but after 2", "the earliest you have next week",
"whenever's soonest", a window given at the name or number question, with the name and the
number in the opening, a window with a service at a business with staff (`physio.toml`), a
window past closing, a window already over today, a closed day with its window kept, and
French callers (SPEC-fr §5.5 windows).

Where a case could be read two ways, the existing bookings are chosen so that both give the
same start, or the note says which reading the SPEC's words give.

Run from anywhere: `python3 bella-dialog/testdata/gen_windows21_calls.py`.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, add_days, at, booked, busy, call, checks,  # noqa: E402
                      first_free, local_now, persona, result, taken, weekday_after,
                      weekday_next_week, write_jsonl)

TO, VA, ED, HX, WP, RG, MT, MC = ("America/Toronto", "America/Vancouver", "America/Edmonton",
                                  "America/Halifax", "America/Winnipeg", "America/Regina",
                                  "America/Montreal", "America/Moncton")
KIND = "windows21"
LANGS = ["en-CA", "fr-CA"]
PHYSIO = "businesses/physio.toml"


def physio():
    return Business.from_toml(os.path.join(HERE, PHYSIO))


def calls():
    out = []

    def add(cid, wall, tz, caller_id, p, exp, existing=(), closed=None, note="", **extra):
        line = call(f"w21-{cid}", wall, tz, caller_id, p, exp, existing, closed, kind=KIND,
                    **extra)
        if note:
            line["note"] = note
        out.append(line)

    # ---------------------------------------------------------------- A: Toronto, Tuesday
    w, tz = "2027-01-12T09:40", TO
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    wed = weekday_after(now, "wednesday")
    mon = weekday_after(now, "monday")

    # 01 window in the opening, its first start taken.
    ex = taken(thu, "14:00")
    add("01", w, tz, "+14165552101",
        persona(["Hi, I'd like to book something Thursday after 2"], ["Nadia Fares"],
                ["416 555 2101"], ["yes"], ["yes"]),
        booked("Nadia Fares", "+14165552101", first_free(now, thu, ex, after="14:00")), ex)

    # 02 window at the time question, with half hours.
    ex = taken(fri, "13:00")
    add("02", w, tz, "+14165552102",
        persona(["Hello, I need an appointment please"], ["Colin Shaw"], ["416 555 2102"],
                ["Friday, sometime between 1 and half past 3", "yes"], ["yes"]),
        booked("Colin Shaw", "+14165552102",
               first_free(now, fri, ex, after="13:00", before="15:30")), ex)

    # 03 a day first, then a window as a correction after the offers.
    ex = taken(thu, "15:00")
    add("03", w, tz, "+14165552103",
        persona(["Hi, can I book an appointment?"], ["Lena Marsh"], ["416 555 2103"],
                ["Thursday", "actually anything after 3 works", "yes"], ["yes"]),
        booked("Lena Marsh", "+14165552103", first_free(now, thu, ex, after="15:00")), ex,
        note="Thursday's offers are morning ones; 'anything after 3' after them is the window")

    # 04 narrowed: a window, then the other bound added.
    ex = taken(wed, "13:00")
    add("04", w, tz, "+14165552104",
        persona(["Hi, I'd like Wednesday after 1"], ["Omar Said"], ["416 555 2104"],
                ["but before 2 please", "yes"], ["yes"]),
        booked("Omar Said", "+14165552104",
               first_free(now, wed, ex, after="13:00", before="14:00")), ex,
        note="'but before 2' narrows the window (after 13:00, before 14:00): 13:30")

    # 05 narrowed: a day, then "nothing before 11".
    add("05", w, tz, "+14165552105",
        persona(["I'd like to come in Monday"], ["Jess Kemp"], ["416 555 2105"],
                ["nothing before 11 please", "yes"], ["yes"]),
        booked("Jess Kemp", "+14165552105", first_free(now, mon, [], after="11:00")))

    # 06 "anything earlier than that?" after the window's offers, then a time said
    # outright. Rewritten after the blind run: the blind persona answered "yes" to an
    # agent that named 2 and 2:30 as earlier and then asked again among the window's
    # times, which the SPEC leaves open (the earliest offered, or the window's first).
    ex = busy(fri, "09:00", "13:30")
    add("06", w, tz, "+14165552106",
        persona(["Hi, do you have anything Friday after 3?"], ["Paul Nguyen"],
                ["416 555 2106"], ["anything earlier than that?", "2 is good"], ["yes"]),
        booked("Paul Nguyen", "+14165552106", at(fri, "14:00")), ex,
        note="'earlier than that' after the window's offers; 2 named outright is booked")

    # 07 "later in the day": a day's morning offers, then after 2.
    add("07", w, tz, "+14165552107",
        persona(["Hi, I'd like an appointment Friday"], ["Rita Kohl"], ["416 555 2107"],
                ["anything later in the day, like after 2?", "yes"], ["yes"]),
        booked("Rita Kohl", "+14165552107", first_free(now, fri, [], after="14:00")))

    # 08 name, number and window in one opening sentence.
    add("08", w, tz, "+14165550000",
        persona(["Hi, this is Tara Singh, my number is 416 555 2108, anything Thursday "
                 "after 2?"], ["Tara Singh"], ["416 555 2108"], ["yes"], ["yes"]),
        booked("Tara Singh", "+14165552108", first_free(now, thu, [], after="14:00")))

    # 09 a window, then a time in it picked from the offers.
    add("09", w, tz, "+14165552109",
        persona(["Can I get in Wednesday between 10 and 12?"], ["Ivy Chen"], ["416 555 2109"],
                ["11:30 please"], ["yes"]),
        booked("Ivy Chen", "+14165552109", at(wed, "11:30")))

    # 10 "before my kid's pickup at 3": the morning full, 15:00 free.
    ex = busy(thu, "09:00", "12:30")
    add("10", w, tz, "+14165552110",
        persona(["Hi, I need an appointment Thursday, before my kid's pickup at 3"],
                ["Dana Wu"], ["416 555 2110"], ["yes"], ["yes"]),
        booked("Dana Wu", "+14165552110", first_free(now, thu, ex, before="15:00")), ex,
        note="'at 3' names the bound, not a start: the earliest before 15:00 is 13:00")

    # ---------------------------------------------------------------- B: Edmonton, Thursday
    w, tz = "2027-02-18T15:20", ED
    now = local_now(w, tz)
    today = w[:10]
    fri = weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")

    # 11 today after 3, said at 15:20.
    add("11", w, tz, "+17805552111",
        persona(["Could I come in today after 3?"], ["Ben Osei"], ["780 555 2111"],
                ["yes"], ["yes"]),
        booked("Ben Osei", "+17805552111", first_free(now, today, [], after="15:00")))

    # 12 "after 4:30 but before 6": only 16:30 is open in it.
    add("12", w, tz, "+17805552112",
        persona(["Hi, I need to book an appointment"], ["Sara Lind"], ["780 555 2112"],
                ["Friday, after 4:30 but before 6", "yes"], ["yes"]),
        booked("Sara Lind", "+17805552112", at(fri, "16:30")),
        note="the window runs past closing; its one open start is 16:30")

    # 13 "3ish or later" with 15:00 taken.
    ex = taken(tue, "15:00")
    add("13", w, tz, "+17805552113",
        persona(["Hello, can I book Tuesday, 3ish or later?"], ["Hugo Bell"], ["780 555 2113"],
                ["yes"], ["yes"]),
        booked("Hugo Bell", "+17805552113", first_free(now, tue, ex, after="15:00")), ex)

    # 14 nothing free in the window: the caller names an offered-around time.
    ex = taken(mon, "09:00", "09:30")
    add("14", w, tz, "+17805552114",
        persona(["Do you have anything Monday between 9 and 10?"], ["Mina Cho"],
                ["780 555 2114"], ["okay, 10:30 then"], ["yes"]),
        booked("Mina Cho", "+17805552114", at(mon, "10:30")), ex,
        note="the window is full: the agent says so; '10:30 then' is taken after that")

    # 15 a window at the name question moves the day's time.
    add("15", w, tz, "+17805552115",
        persona(["I'd like to book an appointment for Tuesday"], ["it's Leo Park, and after 3 "
                                                                 "if possible"],
                ["780 555 2115"], ["yes"], ["yes"]),
        booked("Leo Park", "+17805552115", first_free(now, tue, [], after="15:00")),
        note="whatever the order of the questions, the name and the window are both kept")

    # 16 the window changed at the read-back.
    add("16", w, tz, "+17805552116",
        persona(["Hi, I'd like Monday after 1"], ["Gail Ross"], ["780 555 2116"], ["yes"],
                ["actually, could we do before noon instead?", "yes"]),
        booked("Gail Ross", "+17805552116", first_free(now, mon, [], before="12:00")),
        note="a new window at the read-back replaces the old one; 'yes' takes its earliest")

    # 17 "as soon as possible, but after 2" said at 15:20: today's 15:30.
    add("17", w, tz, "+17805552117",
        persona(["I need an appointment as soon as possible, but after 2"], ["Eric Dahl"],
                ["780 555 2117"], ["yes"], ["yes"]),
        booked("Eric Dahl", "+17805552117", first_free(now, today, [], after="14:00")),
        note="the earliest from now inside the window: today's 15:30 is after 2 and free")

    # ---------------------------------------------------------------- C: Vancouver, Friday late
    w, tz = "2027-03-19T16:35", VA
    now = local_now(w, tz)
    mon = weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    nmon = weekday_next_week(now, "monday")

    # 18 "whenever's soonest" late on a Friday: Monday, 9:00 taken.
    ex = taken(mon, "09:00")
    add("18", w, tz, "+16045552118",
        persona(["Hi, I need to get in, whenever's soonest"], ["Kim Ortega"],
                ["604 555 2118"], ["yes"], ["yes"]),
        booked("Kim Ortega", "+16045552118", first_free(now, mon, ex)), ex)

    # 19 "the earliest you have next week" said on a Friday: the Monday after next.
    ex = busy(nmon, "09:00", "09:30")
    add("19", w, tz, "+16045552119",
        persona(["Hello, I'd like to book an appointment"], ["Ali Demir"], ["604 555 2119"],
                ["the earliest you have next week", "yes"], ["yes"]),
        booked("Ali Demir", "+16045552119", first_free(now, nmon, ex)), ex,
        note="'next week' said on a Friday is the week from Monday the 22nd; 9:00 and 9:30 taken")

    # 20 a closed Saturday with a window: Monday, the window kept.
    ex = taken(mon, "11:00")
    add("20", w, tz, "+16045552120",
        persona(["Can I come in Saturday after 11?"], ["Ella Moss"], ["604 555 2120"],
                ["yes"], ["yes"]),
        booked("Ella Moss", "+16045552120", first_free(now, mon, ex, after="11:00")), ex,
        note="Saturday is closed: Monday's times after 11 (the window kept), 11:00 taken")

    # 21 a window on a closed date (Monday): Tuesday, the window kept.
    add("21", w, tz, "+16045552121",
        persona(["Hi, I'd like Monday between 2 and 4"], ["Noel Grant"], ["604 555 2121"],
                ["yes"], ["yes"]),
        booked("Noel Grant", "+16045552121",
               first_free(now, tue, [], after="14:00", before="16:00")), closed=[mon],
        note="Monday is a closed date: the next open day, Tuesday, in the same window")

    # 22 widened: a full window, then any day next week after 4.
    w, tz = "2027-03-16T10:00", VA
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    nmon = weekday_next_week(now, "monday")
    ex = taken(thu, "16:00", "16:30") + taken(nmon, "16:00", "16:30")
    add("22", w, tz, "+16045552122",
        persona(["Hi, I'd like Thursday after 4"], ["Ruth Vo"], ["604 555 2122"],
                ["what about any day next week after 4?", "yes"], ["yes"]),
        booked("Ruth Vo", "+16045552122",
               first_free(now, add_days(nmon, 1), ex, after="16:00")), ex,
        note="Thursday after 4 is full; next week's Monday after 4 too: Tuesday 16:00")

    # 23 widened: a full window, then another day, the window kept.
    ex = taken(thu, "16:00", "16:30")
    fri = weekday_after(now, "friday")
    add("23", w, tz, "+16045552123",
        persona(["Hi, I'd like Thursday after 4"], ["Joe Lam"], ["604 555 2123"],
                ["how about Friday?", "yes"], ["yes"]),
        booked("Joe Lam", "+16045552123", first_free(now, fri, ex, after="16:00")), ex,
        note="Thursday after 4 is full; Friday keeps the window (SPEC: kept for the call)")

    # ---------------------------------------------------------------- D: Halifax, physio
    w, tz = "2027-02-08T10:05", HX
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    thu = weekday_after(now, "thursday")
    tue = weekday_after(now, "tuesday")
    biz = physio()

    def pfirst(day, service, existing=(), after=None, before=None):
        return biz.free_starts(day, now, existing, service, after=after, before=before)[0]

    # 24 a follow-up Wednesday after 3.
    s, r = pfirst(wed, "Physio follow-up", after="15:00")
    add("24", w, tz, "+19025552124",
        persona(["Hi, I'd like to book a follow-up Wednesday after 3"], ["Ian Boyd"],
                ["902 555 2124"], ["yes"], ["yes"], service=["a follow-up"]),
        booked("Ian Boyd", "+19025552124", s, service="Physio follow-up", resource=r,
               minutes=30), business=PHYSIO)

    # 25 a relaxation massage Thursday before 11 (Sarah is off on Thursdays).
    ex = [{"start": at(thu, "08:00"), "minutes": 60, "resource": "Anika Shah"}]
    s, r = pfirst(thu, "Relaxation massage", ex, before="11:00")
    add("25", w, tz, "+19025552125",
        persona(["Hello, can I get a relaxation massage Thursday before 11?"], ["Zoe Hart"],
                ["902 555 2125"], ["yes"], ["yes"], service=["relaxation massage"]),
        booked("Zoe Hart", "+19025552125", s, service="Relaxation massage", resource=r,
               minutes=60), ex, business=PHYSIO,
        note="only Anika does massage on Thursdays; she is busy until 9")

    # 26 an assessment after lunch on Tuesday (Tom at lunch until 1).
    s, r = pfirst(tue, "Initial assessment", after="12:00")
    add("26", w, tz, "+19025552126",
        persona(["Hi, I'm a new patient"], ["Mark Eady"], ["902 555 2126"],
                ["Tuesday, any time after lunch", "yes"], ["yes"],
                service=["an initial assessment"]),
        booked("Mark Eady", "+19025552126", s, service="Initial assessment", resource=r,
               minutes=45), business=PHYSIO)

    # 27 a deep tissue massage, the service asked, then a window at the time question.
    s, r = pfirst(wed, "Deep tissue massage", after="14:00", before="16:00")
    add("27", w, tz, "+19025552127",
        persona(["Hi, I'd like to book a massage"], ["Anne Kerr"], ["902 555 2127"],
                ["Wednesday between 2 and 4", "yes"], ["yes"], service=["deep tissue"]),
        booked("Anne Kerr", "+19025552127", s, service="Deep tissue massage", resource=r,
               minutes=90), business=PHYSIO)

    # ---------------------------------------------------------------- E: Winnipeg, Wednesday
    w, tz = "2027-05-12T11:15", WP
    now = local_now(w, tz)
    fri = weekday_after(now, "friday")
    thu = weekday_after(now, "thursday")
    mon = weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")

    # 28 "from 9 till noon" with the first three starts taken.
    ex = taken(fri, "09:00", "09:30", "10:00")
    add("28", w, tz, "+12045552128",
        persona(["Hi, I'd like to book an appointment"], ["Cara Dion"], ["204 555 2128"],
                ["Friday from 9 till noon", "yes"], ["yes"]),
        booked("Cara Dion", "+12045552128", first_free(now, fri, ex, after="09:00",
                                                       before="12:00")), ex)

    # 29 "any time Thursday except 12 to 1": the morning full, so 13:00.
    ex = busy(thu, "09:00", "11:30")
    add("29", w, tz, "+12045552129",
        persona(["Hello, any time Thursday except 12 to 1 works for me"], ["Tom Ruiz"],
                ["204 555 2129"], ["yes"], ["yes"]),
        booked("Tom Ruiz", "+12045552129", at(thu, "13:00")), ex,
        note="the hour 12 to 1 is excluded; the morning is full: 13:00")

    # 30 a window corrected while the number is asked.
    add("30", w, tz, "+12045552130",
        persona(["Hi, I'd like Monday after 10"], ["Maya Roth"],
                ["oh, and make that after 2 actually", "204 555 2130"], ["yes"], ["yes"]),
        booked("Maya Roth", "+12045552130", first_free(now, mon, [], after="14:00")))

    # 31 a day first, then a window without a day: it keeps the day.
    ex = taken(tue, "14:00")
    add("31", w, tz, "+12045552131",
        persona(["I'd like to book Tuesday please"], ["Sam Frey"], ["204 555 2131"],
                ["after 2", "yes"], ["yes"]),
        booked("Sam Frey", "+12045552131", first_free(now, tue, ex, after="14:00")), ex)

    # 32 a full window, the caller gives up.
    ex = taken(fri, "16:00", "16:30")
    add("32", w, tz, "+12045552132",
        persona(["Do you have anything Friday after 4?"], ["Lily Park"], ["204 555 2132"],
                ["no, that doesn't work, I'll call back"], ["yes"]),
        result("no_booking"), ex)

    # 33 speech-to-text lower case, after lunch.
    ex = taken(thu, "12:00", "12:30")
    add("33", w, tz, "+12045552133",
        persona(["yeah hi uh i need an appointment anytime after lunch thursday works"],
                ["nick moreau"], ["two oh four five five five two one three three"],
                ["yes"], ["yes"]),
        booked("Nick Moreau", "+12045552133", first_free(now, thu, ex, after="12:00")), ex)

    # 34 "before noon" said at 11:50: today's last start before noon is past.
    w2 = "2027-05-12T11:50"
    now2 = local_now(w2, tz)
    add("34", w2, tz, "+12045552134",
        persona(["Hi, anything before noon?"], ["Vera Lutz"], ["204 555 2134"], ["yes"],
                ["yes"]),
        booked("Vera Lutz", "+12045552134",
               first_free(now2, add_days(w2[:10], 1), [], before="12:00")),
        note="no start before noon is left today: tomorrow before noon (SPEC future bias)")

    # ---------------------------------------------------------------- F: Regina, Monday early
    w, tz = "2027-10-04T08:30", RG
    now = local_now(w, tz)
    today = w[:10]
    wed = weekday_after(now, "wednesday")
    fri = weekday_after(now, "friday")

    # 35 "as soon as possible, but after 2": today after 2, its first two starts taken.
    ex = taken(today, "14:00", "14:30")
    add("35", w, tz, "+13065552135",
        persona(["Hi, I need an appointment as soon as possible, but after 2"], ["Jon Hale"],
                ["306 555 2135"], ["yes"], ["yes"]),
        booked("Jon Hale", "+13065552135", first_free(now, today, ex, after="14:00")), ex)

    # 36 "no earlier than 10" said at the time question.
    ex = taken(wed, "10:00")
    add("36", w, tz, "+13065552136",
        persona(["Hello, can I book an appointment?"], ["Amy Stone"], ["306 555 2136"],
                ["Wednesday, no earlier than 10", "yes"], ["yes"]),
        booked("Amy Stone", "+13065552136", first_free(now, wed, ex, after="10:00")), ex)

    # 37 a repeat asked at the offers: the window kept.
    ex = taken(fri, "13:00")
    add("37", w, tz, "+13065552137",
        persona(["Hi, I'd like Friday between 1 and 3"], ["Rosa Diaz"], ["306 555 2137"],
                ["sorry, can you repeat that?", "yes"], ["yes"]),
        booked("Rosa Diaz", "+13065552137",
               first_free(now, fri, ex, after="13:00", before="15:00")), ex)

    # 38 a window past closing only: nothing in it, the caller takes 4:30.
    add("38", w, tz, "+13065552138",
        persona(["Do you have anything Wednesday after 5?"], ["Kurt Ames"], ["306 555 2138"],
                ["4:30 is fine then"], ["yes"]),
        booked("Kurt Ames", "+13065552138", at(wed, "16:30")),
        note="closed after 5: the agent says nothing in the window; '4:30 then' is taken")

    # 39 name and window in one sentence at the name question.
    add("39", w, tz, "+13065552139",
        persona(["Hi, I'd like to book an appointment"],
                ["my name's Aisha Karim and I'd like Wednesday between 10 and 12"],
                ["306 555 2139"], ["Wednesday between 10 and 12", "yes"], ["yes"]),
        booked("Aisha Karim", "+13065552139",
               first_free(now, wed, [], after="10:00", before="12:00")))

    # 40 a window and the number in one answer.
    add("40", w, tz, "+13065552140",
        persona(["Hi, I need to book something Friday"], ["Owen Pike"],
                ["it's 306 555 2140, and after 3 would be best"], ["Friday after 3", "yes"],
                ["yes"]),
        booked("Owen Pike", "+13065552140", first_free(now, fri, [], after="15:00")))

    # 41 "whenever on Friday is fine": Friday's earliest.
    ex = taken(fri, "09:00")
    add("41", w, tz, "+13065552141",
        persona(["Hi, whenever on Friday is fine"], ["Lara Fox"], ["306 555 2141"], ["yes"],
                ["yes"]),
        booked("Lara Fox", "+13065552141", first_free(now, fri, ex)), ex)

    # ---------------------------------------------------------------- French: Montréal, mardi
    w, tz = "2027-01-19T09:10", MT
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    wed = weekday_after(now, "wednesday")
    mon = weekday_after(now, "monday")
    tom = add_days(w[:10], 1)
    sat = weekday_after(now, "saturday")

    def fr(cid, caller, p, exp, existing=(), closed=None, note=""):
        add(cid, w, tz, caller, p, checks(exp, lang="fr"), existing, closed, note,
            languages=LANGS)

    ex = taken(thu, "14:00")
    fr("f01", "+15145552151",
       persona(["Bonjour, je voudrais un rendez-vous jeudi après 14 h"], ["Martine Leblanc"],
               ["514 555 2151"], ["Oui."], ["Oui."]),
       booked("Martine Leblanc", "+15145552151", first_free(now, thu, ex, after="14:00")), ex)

    ex = taken(fri, "13:00", "13:30")
    fr("f02", "+15145552152",
       persona(["Bonjour, j'aimerais prendre un rendez-vous"], ["Luc Gagné"], ["514 555 2152"],
               ["vendredi entre 13 h et 15 h", "oui"], ["oui"]),
       booked("Luc Gagné", "+15145552152",
              first_free(now, fri, ex, after="13:00", before="15:00")), ex)

    fr("f03", "+15145552153",
       persona(["Bonjour, avez-vous de la place demain, pas avant 10 h?"], ["Annie Roy"],
               ["514 555 2153"], ["oui"], ["oui"]),
       booked("Annie Roy", "+15145552153", first_free(now, tom, [], after="10:00")))

    ex = taken(mon, "13:00")
    fr("f04", "+15145552154",
       persona(["Est-ce que je pourrais venir samedi après 13 h?"], ["Paul Ouellet"],
               ["514 555 2154"], ["oui"], ["oui"]),
       booked("Paul Ouellet", "+15145552154", first_free(now, mon, ex, after="13:00")), ex,
       note="samedi est fermé: lundi, la fenêtre gardée (13:00 pris)")

    ex = taken(thu, "15:00")
    fr("f05", "+15145552155",
       persona(["Bonjour, je voudrais un rendez-vous"], ["Chloé Vachon"], ["514 555 2155"],
               ["jeudi", "en fait, n'importe quand après 15 h", "oui"], ["oui"]),
       booked("Chloé Vachon", "+15145552155", first_free(now, thu, ex, after="15:00")), ex)

    ex = taken(wed, "09:00", "09:30")
    fr("f06", "+15145552156",
       persona(["Avez-vous quelque chose mercredi entre 9 h et 10 h?"], ["Rémi Côté"],
               ["514 555 2156"], ["10 h 30 d'abord"], ["oui"]),
       booked("Rémi Côté", "+15145552156", at(wed, "10:30")), ex,
       note="la fenêtre est pleine; '10 h 30 d'abord' après que l'agent l'a dit")

    ex = taken(fri, "12:00")
    fr("f07", "+15145552157",
       persona(["Bonjour, je voudrais un rendez-vous vendredi après-midi, mais pas après 15 h"],
               ["Josée Pelletier"], ["514 555 2157"], ["oui"], ["oui"]),
       booked("Josée Pelletier", "+15145552157",
              first_free(now, fri, ex, after="12:00", before="15:00")), ex)

    ex = taken(wed, "12:00")
    fr("f08", "+15145552158",
       persona(["Bonjour, ici Sophie Tremblay, avez-vous quelque chose mercredi, sauf le "
                "matin?"], ["Sophie Tremblay"], ["514 555 2158"], ["oui"], ["oui"]),
       booked("Sophie Tremblay", "+15145552158", first_free(now, wed, ex, after="12:00")), ex)

    ex = taken(mon, "12:00")
    fr("f09", "+15145552159",
       persona(["Bonjour, je voudrais prendre un rendez-vous"], ["Nicolas Bergeron"],
               ["514 555 2159"], ["lundi entre midi et 2", "oui"], ["oui"]),
       booked("Nicolas Bergeron", "+15145552159",
              first_free(now, mon, ex, after="12:00", before="14:00")), ex)

    fr("f10", "+15145552160",
       persona(["Bonjour, je voudrais jeudi après 15 h"], ["Éric Lavoie"], ["514 555 2160"],
               ["oui"], ["en fait, plutôt avant midi", "oui"]),
       booked("Éric Lavoie", "+15145552160", first_free(now, thu, [], before="12:00")),
       note="une nouvelle fenêtre à la relecture remplace l'ancienne")

    # ---------------------------------------------------------------- French: Moncton, jeudi
    w, tz = "2026-12-03T13:20", MC
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    mon = weekday_after(now, "monday")
    fri = weekday_after(now, "friday")
    wed = weekday_after(now, "wednesday")

    ex = taken(tue, "12:00")
    fr("f11", "+15065552161",
       persona(["Bonjour, mardi, n'importe quand après midi, ça serait-tu possible?"],
               ["Gabrielle Arsenault"], ["506 555 2161"], ["oui"], ["oui"]),
       booked("Gabrielle Arsenault", "+15065552161", first_free(now, tue, ex, after="12:00")),
       ex, note="'après midi' en deux mots: après 12 h (SPEC-fr)")

    ex = taken(mon, "10:30")
    fr("f12", "+15065552162",
       persona(["Bonjour, je voudrais un rendez-vous"], ["Marc Doiron"], ["506 555 2162"],
               ["lundi, à partir de 10 h 30", "oui"], ["oui"]),
       booked("Marc Doiron", "+15065552162", first_free(now, mon, ex, after="10:30")), ex)

    ex = taken(wed, "16:00", "16:30")
    fr("f13", "+15065552163",
       persona(["Avez-vous quelque chose mercredi après 16 h?"], ["Julie Cormier"],
               ["506 555 2163"], ["pis jeudi après 16 h d'abord?", "oui"], ["oui"]),
       booked("Julie Cormier", "+15065552163",
              first_free(now, add_days(wed, 1), ex, after="16:00")), ex)

    fr("f14", "+15065552164",
       persona(["Bonjour, c'est Denis Landry, le 506 555 2164, ça me prendrait vendredi "
                "entre 10 h pis midi"], ["Denis Landry"], ["506 555 2164"], ["oui"], ["oui"]),
       booked("Denis Landry", "+15065552164",
              first_free(now, fri, [], after="10:00", before="12:00")))

    ex = taken(tue, "09:00")
    fr("f15", "+15065552165",
       persona(["euh bonjour je voudrais un rendez-vous mardi pas en avant-midi"],
               ["Claire Robichaud"], ["506 555 2165"], ["oui"], ["oui"]),
       booked("Claire Robichaud", "+15065552165", first_free(now, tue, ex, after="12:00")),
       ex)

    ex = taken(mon, "09:00", "09:30")
    fr("f16", "+15065552166",
       persona(["Bonjour, je voudrais l'heure la plus proche lundi"], ["Yves Bourque"],
               ["506 555 2166"], ["oui"], ["oui"]),
       booked("Yves Bourque", "+15065552166", first_free(now, mon, ex)), ex)

    # ---------------------------------------------------------------- variants
    # Written after the blind run: fresh wordings of the three families fixed (a bound
    # added to the window kept, a bound before an event's clock, a range ruled out),
    # and controls where a correction word or an empty result replaces the window.
    w, tz = "2027-04-13T09:05", ED
    now = local_now(w, tz)
    tue = weekday_after(now, "tuesday")
    thu = weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    wed = weekday_after(now, "wednesday")

    ex = taken(tue, "10:00")
    add("v01", w, tz, "+17805552201",
        persona(["Hi, I'd like Tuesday after 10"], ["Yusuf Said"], ["780 555 2201"],
                ["and before noon please", "yes"], ["yes"]),
        booked("Yusuf Said", "+17805552201",
               first_free(now, tue, ex, after="10:00", before="12:00")), ex)
    ex = busy(thu, "09:00", "13:30")
    add("v02", w, tz, "+17805552202",
        persona(["Do you have anything Thursday before 4?"], ["Iris Lam"], ["780 555 2202"],
                ["but not before 2", "yes"], ["yes"]),
        booked("Iris Lam", "+17805552202",
               first_free(now, thu, ex, after="14:00", before="16:00")), ex,
        note="'but not before 2' adds the lower bound: 14:00-16:00, Thursday full to 14:00")
    add("v03", w, tz, "+17805552203",
        persona(["Hi, I'd like Friday after 1"], ["Gus Weir"], ["780 555 2203"],
                ["actually, before 3 instead", "yes"], ["yes"]),
        booked("Gus Weir", "+17805552203", first_free(now, fri, [], before="15:00")),
        note="'instead' replaces the window: Friday before 3, its earliest 9:00")
    add("v04", w, tz, "+17805552204",
        persona(["Hi, I'd like Monday after 2"], ["Ada Ruiz"], ["780 555 2204"],
                ["hmm, before 11 then?", "yes"], ["yes"]),
        booked("Ada Ruiz", "+17805552204", first_free(now, mon, [], before="11:00")),
        note="after 2 and before 11 leave nothing: the new window replaces the old")
    ex = taken(fri, "14:00")
    add("v05", w, tz, "+17805552205",
        persona(["Can I get in Friday after my shift ends at 2?"], ["Kai Dunn"],
                ["780 555 2205"], ["yes"], ["yes"]),
        booked("Kai Dunn", "+17805552205", first_free(now, fri, ex, after="14:00")), ex)
    ex = busy(wed, "09:00", "11:30")
    add("v06", w, tz, "+17805552206",
        persona(["Hi, Wednesday works, just not 12 to 1"], ["Lou Hart"], ["780 555 2206"],
                ["yes"], ["yes"]),
        booked("Lou Hart", "+17805552206", at(wed, "13:00")), ex)
    add("v07", w, tz, "+17805552207",
        persona(["Hi, I need an appointment Thursday, I can't make it before 11"],
                ["Bo Keane"], ["780 555 2207"], ["yes"], ["yes"]),
        booked("Bo Keane", "+17805552207", first_free(now, thu, [], after="11:00")))
    w, tz = "2027-01-19T09:10", MT
    now = local_now(w, tz)
    wed = weekday_after(now, "wednesday")
    ex = taken(wed, "13:00")
    add("v08", w, tz, "+15145552208",
        persona(["Bonjour, je voudrais mercredi après 13 h"], ["Hélène Roy"], ["514 555 2208"],
                ["mais avant 15 h, s'il vous plaît", "oui"], ["oui"]),
        checks(booked("Hélène Roy", "+15145552208",
                      first_free(now, wed, ex, after="13:00", before="15:00")), lang="fr"),
        ex, languages=LANGS)
    # ---------------------------------------------------------------- second blind batch
    # Written after the fixes and committed before Bella was run on it.
    w, tz = "2027-04-06T11:20", HX
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    fri = weekday_after(now, "friday")
    mon = weekday_after(now, "monday")
    tue = weekday_after(now, "tuesday")
    nwed = weekday_next_week(now, "wednesday")

    ex = taken(thu, "15:00")
    add("b01", w, tz, "+19025552301",
        persona(["Hi, can I book Thursday, as long as it's after 3?"], ["Nell Grey"],
                ["902 555 2301"], ["yes"], ["yes"]),
        booked("Nell Grey", "+19025552301", first_free(now, thu, ex, after="15:00")), ex)
    ex = taken(fri, "13:00")
    add("b02", w, tz, "+19025552302",
        persona(["Hello, I need an appointment"], ["Raj Mehta"], ["902 555 2302"],
                ["Friday, no sooner than 1", "yes"], ["yes"]),
        booked("Raj Mehta", "+19025552302", first_free(now, fri, ex, after="13:00")), ex)
    ex = taken(mon, "09:00", "09:30")
    add("b03", w, tz, "+19025552303",
        persona(["Hi, I'd like Monday, before my lunch break at 12"], ["Tess Hull"],
                ["902 555 2303"], ["yes"], ["yes"]),
        booked("Tess Hull", "+19025552303", first_free(now, mon, ex, before="12:00")), ex)
    ex = taken(tue, "09:00")
    add("b04", w, tz, "+19025552304",
        persona(["Do you have anything Tuesday between 9 and 9:30?"], ["Cy Moss"],
                ["902 555 2304"], ["9:30 then"], ["yes"]),
        booked("Cy Moss", "+19025552304", at(tue, "09:30")), ex,
        note="the window holds 9:00 alone, taken: the agent says so; '9:30 then' is taken")
    add("b05", w, tz, "+19025552305",
        persona(["Hi, I'd like to book for next Wednesday"], ["Flo Beck"], ["902 555 2305"],
                ["after 2 if possible", "yes"], ["yes"]),
        booked("Flo Beck", "+19025552305", first_free(now, nwed, [], after="14:00")))
    ex = taken(mon, "11:00")
    add("b06", w, tz, "+19025552306",
        persona(["Hi, I need to book an appointment"], ["Abe Cole"], ["902 555 2306"],
                ["hold on", "after 11 on Monday", "yes"], ["yes"]),
        booked("Abe Cole", "+19025552306", first_free(now, mon, ex, after="11:00")), ex)
    s_, r_ = physio().free_starts(fri, now, [], "Physio follow-up", before="10:00")[0]
    add("b07", w, tz, "+19025552307",
        persona(["Hi, I'd like a follow-up on Friday before 10"], ["Dee Park"],
                ["902 555 2307"], ["yes"], ["yes"], service=["a follow-up"]),
        booked("Dee Park", "+19025552307", s_, service="Physio follow-up", resource=r_,
               minutes=30), business=PHYSIO, note="Tom is off on Fridays: Anika")
    ex = taken(thu, "10:30")
    add("b08", w, tz, "+19025552308",
        persona(["Hi, Thursday, 10:30 or after works for me"], ["Lee Vance"],
                ["902 555 2308"], ["yes"], ["yes"]),
        booked("Lee Vance", "+19025552308", first_free(now, thu, ex, after="10:30")), ex)
    w, tz = "2027-04-06T11:20", MC
    now = local_now(w, tz)
    thu = weekday_after(now, "thursday")
    mon = weekday_after(now, "monday")
    ex = taken(thu, "13:30")
    add("b09", w, tz, "+15065552309",
        persona(["Bonjour, je voudrais un rendez-vous jeudi, à partir de 13 h 30"],
                ["Lise Gallant"], ["506 555 2309"], ["oui"], ["oui"]),
        checks(booked("Lise Gallant", "+15065552309", first_free(now, thu, ex, after="13:30")),
               lang="fr"), ex, languages=LANGS)
    add("b10", w, tz, "+15065552310",
        persona(["Bonjour, je voudrais lundi avant midi"], ["Guy Poirier"], ["506 555 2310"],
                ["mais pas avant 10 h", "oui"], ["oui"]),
        checks(booked("Guy Poirier", "+15065552310",
                      first_free(now, mon, [], after="10:00", before="12:00")), lang="fr"),
        languages=LANGS)
    return out


def business_for(line):
    if line.get("business"):
        return physio()
    return Business.default(line.get("closed", ()))


if __name__ == "__main__":
    lines = calls()
    n = write_jsonl(os.path.join(HERE, "windows21_calls.jsonl"), lines, business_for)
    print("windows21_calls.jsonl", n)
