#!/usr/bin/env python3
"""Generator of blind round 16 on English time windows: `windows16_en.jsonl`.

Written blind from `/work/shared/eval/SPEC.md` §2 (Time, Windows, Name) and the shape of
`shared/eval/dev/extract_windows.jsonl`, before Bella was run on it: bounds as callers say
them ("between 2 and 4", "from 10 till 1", "no earlier than 9:30", "by 3 at the latest",
"10-12", windows across noon such as "11 to 1"), with weekdays, dates and relative days,
a part of day kept beside a bound, plain starts and parts of day that are no window, and
the later Name rules (restatements, first/last name, "for" with and without `expect`).

"after 5" at a business that closes at 5 is extraction only: the window as said.
"sometime after lunch" reads lunch as noon, as `extract_more.jsonl` reads "tomorrow lunch".

Left out as not settled by the SPEC: "any time but Monday" (a day excluded), "mornings
next week" (no single day), "late afternoon" / "early evening" (no bounds given for
"late"/"early"), "between 9 and 10 or after 4" (two windows in one turn).

usage: python3 gen_windows16.py   (writes `windows16_en.jsonl` beside this script)
"""

import os

from blindlib import CaseFile, Ref, T, W, biz, pm

HERE = os.path.dirname(os.path.abspath(__file__))


def english():
    f = CaseFile("w16-en")
    t = f.time
    n = f.name

    tor = Ref("America/Toronto", 2026, 12, 9, 10, 5)  # Wednesday mid-morning
    van = Ref("America/Vancouver", 2027, 2, 19, 13, 40)  # Friday afternoon
    wpg = Ref("America/Winnipeg", 2027, 4, 5, 7, 50)  # Monday early
    hfx = Ref("America/Halifax", 2026, 12, 31, 16, 30)  # Thursday, year end
    stj = Ref("America/St_Johns", 2027, 3, 14, 11, 15)  # Sunday, DST day
    reg = Ref("America/Regina", 2027, 7, 3, 9, 0)  # Saturday morning

    # ------------------------------------------------------------ between / from-to
    r = tor
    t("between 2 and 4", r, T(r.window_day((14, 0), (16, 0)), win=W((14, 0), (16, 0))))
    t("tomorrow between 2 and 4", r, T(r.plus(1), win=W((14, 0), (16, 0))))
    t("Friday between two and four if that works", r,
      T(r.weekday("fri"), win=W((14, 0), (16, 0))))
    t("from 10 till 1 on Monday", r, T(r.weekday("mon"), win=W((10, 0), (13, 0))))
    t("Thursday from ten until twelve", r, T(r.weekday("thu"), win=W((10, 0), (12, 0))))
    t("11 to 1 on Friday", r, T(r.weekday("fri"), win=W((11, 0), (13, 0))))
    t("tomorrow, 10-12", r, T(r.plus(1), win=W((10, 0), (12, 0))))
    t("next Tuesday, anywhere from 9 to 11", r,
      T(r.next_week("tue"), win=W((9, 0), (11, 0))))
    t("December 15th between 1 and 3", r, T(r.month_day(12, 15), win=W((13, 0), (15, 0))))
    t("the 21st from 8:30 to 10", r, T(r.dom(21), win=W((8, 30), (10, 0))))
    r = van
    t("Monday between 11 and 1", r, T(r.weekday("mon"), win=W((11, 0), (13, 0))))
    t("tomorrow from 9 till noon", r, T(r.plus(1), win=W((9, 0), (12, 0))))
    t("between 3 and 5 today", r, T(r.plus(0), win=W((15, 0), (17, 0))))
    t("between 9 and 11 in the morning on Wednesday", r,
      T(r.weekday("wed"), win=W((9, 0), (11, 0))))
    t("between 6 and 8 p.m. on Tuesday", r, T(r.weekday("tue"), win=W((18, 0), (20, 0))))
    t("in 2 days, sometime 1 to 3", r, T(r.plus(2), win=W((13, 0), (15, 0))))
    t("March 3rd, from half past nine to eleven", r,
      T(r.month_day(3, 3), win=W((9, 30), (11, 0))))
    r = wpg
    t("between 10 and 2", r, T(r.window_day((10, 0), (14, 0)), win=W((10, 0), (14, 0))))
    t("the day after tomorrow from 1 to 4", r, T(r.plus(2), win=W((13, 0), (16, 0))))
    t("Wednesday, between noon and 2", r, T(r.weekday("wed"), win=W((12, 0), (14, 0))))
    t("a week from today between 9:30 and 11:30", r,
      T(r.plus(7), win=W((9, 30), (11, 30))))

    # ------------------------------------------------------------ after
    r = tor
    t("after 3 on Friday", r, T(r.weekday("fri"), win=W((15, 0))))
    t("after 3", r, T(r.window_day((15, 0), None), win=W((15, 0))))
    t("not before 11", r, T(r.window_day((11, 0), None), win=W((11, 0))))
    t("no earlier than 9:30 tomorrow", r, T(r.plus(1), win=W((9, 30))))
    t("Monday, 4 or later", r, T(r.weekday("mon"), win=W((16, 0))))
    t("sometime after lunch tomorrow", r, T(r.plus(1), win=W((12, 0))))
    t("any time after 2 on Thursday", r, T(r.weekday("thu"), win=W((14, 0))))
    r = hfx
    t("after 5", r, T(r.window_day((17, 0), None), win=W((17, 0))))
    t("Saturday after 10", r, T(r.weekday("sat"), win=W((10, 0))))
    t("the 4th, not before 1", r, T(r.dom(4), win=W((13, 0))))
    t("January 8th, later than 11", r, T(r.month_day(1, 8), win=W((11, 0))))
    t("tomorrow any time after 9", r, T(r.plus(1), win=W((9, 0))))
    t("next Monday after 3:15", r, T(r.next_week("mon"), win=W((15, 15))))
    t("after 7 p.m. on Tuesday", r, T(r.weekday("tue"), win=W((19, 0))))
    t("no earlier than quarter past ten on Friday", r, T(r.weekday("fri"), win=W((10, 15))))
    r = stj
    t("after 5 on Monday, I know you close at 5", r, T(r.weekday("mon"), win=W((17, 0))))
    t("um, Tuesday, 2:30 or later", r, T(r.weekday("tue"), win=W((14, 30))))
    t("any time after 1 today", r, T(r.plus(0), win=W((13, 0))))
    t("not before 10 on Wednesday please", r, T(r.weekday("wed"), win=W((10, 0))))

    # ------------------------------------------------------------ before
    r = tor
    t("before noon tomorrow", r, T(r.plus(1), win=W(None, (12, 0))))
    t("by 3 at the latest on Friday", r, T(r.weekday("fri"), win=W(None, (15, 0))))
    t("tomorrow, by 3 at the latest", r, T(r.plus(1), win=W(None, (15, 0))))
    t("before 9:30 on Monday", r, T(r.weekday("mon"), win=W(None, (9, 30))))
    t("no later than 2 on Thursday", r, T(r.weekday("thu"), win=W(None, (14, 0))))
    t("earlier than 11 the day after tomorrow", r, T(r.plus(2), win=W(None, (11, 0))))
    r = van
    t("before noon", r, T(r.window_day(None, (12, 0)), win=W(None, (12, 0))))
    t("Monday by 10 if possible", r, T(r.weekday("mon"), win=W(None, (10, 0))))
    t("next Friday, anytime before 4", r, T(r.next_week("fri"), win=W(None, (16, 0))))
    t("the 25th before 11", r, T(r.dom(25), win=W(None, (11, 0))))
    r = reg
    t("before 4", r, T(r.window_day(None, (16, 0)), win=W(None, (16, 0))))
    t("Tuesday before 8 a.m.", r, T(r.weekday("tue"), win=W(None, (8, 0))))
    t("by 1 on Wednesday", r, T(r.weekday("wed"), win=W(None, (13, 0))))

    # ------------------------------------------------------------ both bounds said apart
    r = reg
    t("Monday, after 10 but before 1", r, T(r.weekday("mon"), win=W((10, 0), (13, 0))))
    t("Thursday, not before 9 and not after 11", r,
      T(r.weekday("thu"), win=W((9, 0), (11, 0))))
    t("tomorrow, no earlier than 10 and no later than 2", r,
      T(r.plus(1), win=W((10, 0), (14, 0))))

    # ------------------------------------------------------------ parts of day
    r = tor
    t("anytime Tuesday morning", r, T(r.weekday("tue"), pod="morning"))
    t("Friday, anytime except the morning", r, T(r.weekday("fri"), win=W((12, 0))))
    t("Monday, just not in the afternoon", r, T(r.weekday("mon"), win=W(None, (12, 0))))
    t("Thursday afternoon, but not after 4", r,
      T(r.weekday("thu"), pod="afternoon", win=W(None, (16, 0))))
    t("tomorrow morning, not before 9:30", r,
      T(r.plus(1), pod="morning", win=W((9, 30))))
    t("Friday afternoon after 2", r, T(r.weekday("fri"), pod="afternoon", win=W((14, 0))))
    r = wpg
    t("tomorrow, anything but the morning", r, T(r.plus(1), win=W((12, 0))))
    t("next Wednesday morning before 10", r,
      T(r.next_week("wed"), pod="morning", win=W(None, (10, 0))))
    t("Thursday evening works", r, T(r.weekday("thu"), pod="evening"))
    t("Saturday morning if you have it", r, T(r.weekday("sat"), pod="morning"))

    # ------------------------------------------------------------ no window
    r = tor
    t("Friday at 3", r, T(r.weekday("fri"), (15, 0)))
    t("can I get 11 on Monday", r, T(r.weekday("mon"), (11, 0)))
    t("around half past one tomorrow", r, T(r.plus(1), (13, 30)))
    r = hfx
    t("next Tuesday at noon", r, T(r.next_week("tue"), (12, 0)))
    t("Monday at 2 in the afternoon", r, T(r.weekday("mon"), (pm(2), 0)))

    # ------------------------------------------------------------ names (later rules)
    r = tor
    n("It's Rob, sorry, Robert Lindqvist", r, "Robert Lindqvist")
    n("my name is Kate, no, Katherine Moreau", r, "Katherine Moreau")
    n("put it under Singh, Priya Singh", r, "Priya Singh")
    n("first name is Omar and last name is Haddad", r, "Omar Haddad")
    n("okay, my first name is lena and my last name is brandt", r, "Lena Brandt")
    n("first name's Ravi, last name's Patel", r, "Ravi Patel", expect="name")
    n("it's for Grace Liu", r, "Grace Liu", expect="name")
    n("the booking would be for Daniel Okafor, thanks", r, "Daniel Okafor", expect="name")
    n("I'd like to book a checkup for Samuel Reyes", r, None)
    n("can you set something up for Nora Fischer after 3", r, None)
    n("this is Megan, I'm looking for something between 2 and 4", r, "Megan")
    n("anything Friday after 3?", r, None)
    n("between 10 and 12 works", r, None)
    return f


def variants():
    """Written after the blind run: fresh wordings of the one failure's rule (a time that
    tells the business's hours is not asked for) and of the families around it."""
    f = CaseFile("w16-en-v")
    t = f.time
    tor = Ref("America/Toronto", 2026, 12, 9, 10, 5)  # Wednesday mid-morning
    van = Ref("America/Vancouver", 2027, 2, 19, 13, 40)  # Friday afternoon
    r = tor
    t("Thursday after 4, I know you guys close at 5", r, T(r.weekday("thu"), win=W((16, 0))))
    t("you're closed on Monday right? so Tuesday after 2", r,
      T(r.weekday("tue"), win=W((14, 0))))
    t("since you close at 6, anytime before that on Friday, so before 5", r,
      T(r.weekday("fri"), win=W(None, (17, 0))))
    t("I know you're closing at noon tomorrow, so between 9 and 11", r,
      T(r.plus(1), win=W((9, 0), (11, 0))))
    t("not before 10 on Saturday, I know the office closes at 2", r,
      T(r.weekday("sat"), win=W((10, 0))))
    r = van
    t("Monday from 11 till 1 would suit me", r, T(r.weekday("mon"), win=W((11, 0), (13, 0))))
    t("the 24th, 1-3", r, T(r.dom(24), win=W((13, 0), (15, 0))))
    t("no earlier than ten thirty on Tuesday", r, T(r.weekday("tue"), win=W((10, 30))))
    t("Wednesday, by noon at the latest", r, T(r.weekday("wed"), win=W(None, (12, 0))))
    # The call p8-2-13 showed a day after "close on" is asked about, not given up.
    t("what time do you close on friday? could i come at 4:30", r,
      T(r.weekday("fri"), (16, 30)))
    return f


def main():
    cases = english()
    cases.extend(variants())
    cases.write(os.path.join(HERE, "windows16_en.jsonl"))


if __name__ == "__main__":
    main()
