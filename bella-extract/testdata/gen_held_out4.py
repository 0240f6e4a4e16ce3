#!/usr/bin/env python3
"""Writes held_out4_en.jsonl and fr_heldout4.jsonl: blind round 4 of extraction cases.

Written from SPEC.md §1-2 and SPEC-fr.md §5 only, before Bella was run on them. Every
expected date is computed here from the SPEC's rules (future bias, weekday never today,
"next X" = X of the following Monday-based week, nearest day-of-month from today on), so
the labels do not come from Bella. `now` is built from a local wall time in the business
zone, except the N14/N15 moments, which are given in UTC to check the zone conversion.

usage: python3 gen_held_out4.py   (run in bella-extract/testdata)
"""
import datetime as dt
from zoneinfo import ZoneInfo

from blindlib import Ref, day, window as win
from corpuslib import write_lines


class Now(Ref):
    """A reference instant, with blindlib's day rules (`plus`, `weekday`, `next_week`,
    `dom`, `month_day`, SPEC §2 "Time"): a local wall time in `tz`, or with `utc` a UTC instant (its
    `rfc` then written with `Z`, to check the zone conversion)."""

    def __init__(self, local, tz, utc=False):
        self.tz = tz
        if utc:
            inst = dt.datetime.fromisoformat(local).replace(tzinfo=dt.timezone.utc)
            self.rfc = inst.strftime("%Y-%m-%dT%H:%M:%SZ")
            self.local = inst.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
        else:
            self.local = dt.datetime.fromisoformat(local)
            aware = self.local.replace(tzinfo=ZoneInfo(tz))
            off = aware.utcoffset()
            assert aware.astimezone(dt.timezone.utc).astimezone(ZoneInfo(tz)).replace(
                tzinfo=None
            ) == self.local, "nonexistent local time"
            mins = int(off.total_seconds() // 60)
            sign = "+" if mins >= 0 else "-"
            mins = abs(mins)
            self.rfc = self.local.strftime("%Y-%m-%dT%H:%M:%S") + f"{sign}{mins // 60:02d}:{mins % 60:02d}"
        self.today = self.local.date()

    def bare(self, hhmm):
        """A time without a day: today if still ahead of now, else tomorrow."""
        t = dt.time.fromisoformat(hhmm)
        assert dt.datetime.combine(self.today, t) != self.local
        return self.today if dt.datetime.combine(self.today, t) > self.local else self.plus(1)

    def win_day(self, after, before):
        """A window without a day: today if a start in it is still ahead of now."""
        now_t = self.local.time()
        if before is not None and dt.time.fromisoformat(before) <= now_t:
            return self.plus(1)
        return self.today


N1 = Now("2026-11-18T14:20:00", "America/Toronto")  # Wed
N2 = Now("2026-12-04T09:05:00", "America/Vancouver")  # Fri
N3 = Now("2027-01-29T16:45:00", "America/St_Johns")  # Fri
N4 = Now("2027-02-14T11:00:00", "America/Winnipeg")  # Sun
N5 = Now("2027-03-13T20:30:00", "America/Halifax")  # Sat, DST starts the next night
N6 = Now("2026-10-31T10:00:00", "America/Toronto")  # Sat, DST ends the next night
N7 = Now("2027-04-05T07:40:00", "America/Regina")  # Mon, no DST
N8 = Now("2026-11-26T12:10:00", "America/Whitehorse")  # Thu, permanent -07
N9 = Now("2027-05-20T17:55:00", "America/Edmonton")  # Thu
N10 = Now("2026-12-31T15:00:00", "America/Moncton")  # Thu
N11 = Now("2027-06-30T08:15:00", "America/Iqaluit")  # Wed
N12 = Now("2027-02-28T10:00:00", "America/Atikokan")  # Sun, permanent -05
N13 = Now("2027-07-02T13:00:00", "America/Creston")  # Fri, permanent -07
N14 = Now("2026-11-21T02:30:00", "America/Toronto", utc=True)  # local Fri 2026-11-20 21:30
N15 = Now("2027-01-10T05:00:00", "America/Vancouver", utc=True)  # local Sat 2027-01-09 21:00
N16 = Now("2026-11-23T10:30:00", "America/Glace_Bay")  # Mon
N17 = Now("2027-03-17T15:10:00", "America/Goose_Bay")  # Wed

for n, wd in [(N14, 4), (N15, 5)]:
    assert n.local.weekday() == wd

PHONE_NOW = Now("2026-11-24T11:00:00", "America/Edmonton")
NAME_NOW = Now("2026-11-24T11:00:00", "America/Toronto")
FR_NOW = Now("2026-11-24T11:00:00", "America/Toronto")


def at(d, hhmm):
    return f"{d.isoformat()}T{hhmm}"


def time_exp(when, pod=None, window=None, keys=("when", "part_of_day", "window")):
    full = {"when": when, "part_of_day": pod, "window": window}
    return {k: full[k] for k in keys}


def collector(out, phone_now, name_now):
    """The `phone`, `name` and `time` that append a part's cases to `out`: a phone at
    `phone_now` and a name at `name_now` unless another `now` is given."""

    def phone(text, want, now=phone_now):
        out.append(("phone", text, now, None, {"phone": want}))

    def name(text, want, expect=None, now=name_now):
        out.append(("name", text, now, expect, {"name": want}))

    def time(text, now, exp):
        out.append(("time", text, now, None, exp))

    return phone, name, time


def rows_en():
    out = []
    phone, name, time = collector(out, PHONE_NOW, NAME_NOW)

    # ---------------- phones ----------------
    phone("uh yeah it's six oh four, five five five, oh one eight eight", "+16045550188")
    phone("my number's four one six double five five one two three four", "+14165551234")
    phone("triple seven two two two four four four four", "+17772224444")
    phone("nine oh five triple five oh one nine nine", "+19055550199")
    phone("it's four sixteen, five five five, twelve thirty four", "+14165551234")
    phone("six forty seven, eight oh four, thirty nine fifty eight", "+16478043958")
    phone("one eight hundred five five five oh one nine nine", "+18005550199")
    phone("1-800-555-0142", "+18005550142")
    phone("403.555.0123", "+14035550123")
    phone("Yeah so it's 780 555 0142 and I'd like to come in tomorrow at 3", "+17805550142")
    phone("It's 902 555 0110. Actually no, make that 902 555 0111.", "+19025550111")
    phone("my cell is 250 555 0163 but my work number is 250 555 0190", "+12505550190")
    phone("plus one two oh four five five five oh seven seven seven", "+12045550777")
    phone("+44 20 7946 0123", "+442079460123")
    phone("plus four four two oh seven nine four six oh nine five eight", "+442079460958")
    phone("it's 555 0123", None)
    phone("my number is 416 555 012", None)
    phone("416 055 1234", None)
    phone("i don't have a cell sorry", None)
    phone("just use the one I'm calling from", None)
    phone("four one six. five five five. zero one nine nine.", "+14165550199")
    phone("5 1 4, 5 5 5, 0 1 3 3", "+15145550133")
    phone("(819) 555-0102", "+18195550102")
    phone("+1 (604) 555-0188", "+16045550188")
    phone("1 (709) 555 0144", "+17095550144")
    phone("seven oh nine, five five five, o one four four", "+17095550144")
    phone("two five zero, eight hundred, twelve twelve", "+12508001212")
    phone("double two six, double three four, double five six six", "+12263345566")
    phone("it's uh three oh six, uh, five five five, um, oh one two one", "+13065550121")
    phone("ok so the area code is 867 and then 555 0150", "+18675550150")
    phone("area code four three eight, then five five five, nine eight seven six", "+14385559876")
    phone("My number is 6135550123.", "+16135550123")
    phone("call me back at five eight seven five five five zero one zero one", "+15875550101")
    phone("you can reach me on 3 4 3 5 5 5 0 1 7 5", "+13435550175")
    phone("I'd like to book a cleaning next Tuesday at 10", None)
    phone("it's eight two five, five five five, double oh four two", "+18255550042")
    phone("five one four, five five five, twenty twenty", "+15145552020")
    phone("four one six five five five", None)
    phone("i'm at 905-555-0147, or uh, my husband's is 905-555-0162", "+19055550162")
    phone("it's 306 five five five 0 1 8 0", "+13065550180")
    phone("my number is two oh four, five five five, nineteen eighty", "+12045551980")
    phone("uh it's seven eight zero... five five five... zero one six six", "+17805550166")
    phone("Yes, 1 416 555 0100.", "+14165550100")
    phone("plus one, four five zero, five five five, zero one three nine", "+14505550139")
    phone("four one six, five five five, forty one hundred", "+14165554100")
    phone("I'll be there at 3, my number is 587 555 0111", "+15875550111")

    # ---------------- names ----------------
    name("my name is uh priya um patel", "Priya Patel")
    name("Hi, this is Priya Sharma calling about my appointment", "Priya Sharma")
    name("it's Siobhan, S-I-O-B-H-A-N", "Siobhan")
    name("name's Dave", "Dave")
    name("the name's Bond, James Bond", "James Bond")
    name("I'm Amara Okafor", "Amara Okafor")
    name("I'm calling about an appointment", None)
    name("I'm looking for something on Friday", None)
    name("you can call me at four one six five five five oh one nine nine", None)
    name("call me Liz", "Liz")
    name("put it under Nakamura", "Nakamura")
    name("yeah, Darnell Jackson", "Darnell Jackson")
    name("okay uh Tremblay", "Tremblay")
    name("this is Dr. Rajesh Kumar", "Rajesh Kumar")
    name("Mrs. Helen Chu", "Helen Chu")
    name("my name is mary-kate o'brien", "Mary-Kate O'Brien")
    name("it's d'arcy mcgregor", "D'Arcy Mcgregor")
    name("my name is anne-marie st-onge", "Anne-Marie St-Onge")
    name("It's Chris, uh, sorry, Christopher Lang", "Christopher Lang")
    name("the name is Fischer, Anna Fischer", "Anna Fischer")
    name("my first name's Ngozi and my last name's Adeyemi", "Ngozi Adeyemi")
    name("it'd be for Samuel Osei", "Samuel Osei", expect="name")
    name("I need to book a checkup for my son Liam", None)
    name("I'm booking for my mom, Ruth Cohen", None)
    name("sure, tuesday works", None)
    name("yeah that's right", None)
    name("okay", None)
    name("mohammed", "Mohammed", expect="name")
    name("uh it's zoë", "Zoë", expect="name")
    name("my name is renée côté", "Renée Côté")
    name("My full name is Ana, Lucia, Ferreira.", "Ana Lucia Ferreira")
    name("my name is maria fernanda garcia lopez", "Maria Fernanda Garcia Lopez")
    name("this is miss ruby singh", "Ruby Singh")
    name("Saoirse, S-A-O-I-R-S-E", "Saoirse")
    name("um so my name is like Jordan Blake", "Jordan Blake")
    name("well, I'm Tariq Aziz", "Tariq Aziz")
    name("this is Ms. Fatima Al-Sayed", "Fatima Al-Sayed")
    name("my name is pieter van der berg", "Pieter Van Der Berg")
    name("Hi there, I need to reschedule", None)
    name("Can I speak to a person", None)
    name("hi yeah my name is jamal wright and i need an appointment", "Jamal Wright")
    name("I'm Gurpreet, Gurpreet Dhillon", "Gurpreet Dhillon")
    name("my name is Sean O'Neill", "Sean O'Neill")
    name("I'm available Thursday afternoon", None)
    name("it's for tomorrow morning", None)
    name("Lee. Jasmine Lee.", "Jasmine Lee", expect="name")
    name("sure, it's Beatriz Santos", "Beatriz Santos")
    name("no", None)

    # ---------------- times ----------------
    T = time_exp
    time("uh tomorrow at like ten thirty", N1, T(at(N1.plus(1), "10:30")))
    time("next week thursday at nine", N2, T(at(N2.next_week("thu"), "09:00")))
    time("thursday next week around 2", N4, T(at(N4.next_week("thu"), "14:00")))
    time("this thursday at 4", N1, T(at(N1.weekday("thu"), "16:00")))
    time("wednesday at 11", N1, T(at(N1.weekday("wed"), "11:00")))
    time("next friday at quarter past ten", N1, T(at(N1.next_week("fri"), "10:15")))
    time("at 3", N1, T(at(N1.bare("15:00"), "15:00")))
    time("at 2", N1, T(at(N1.bare("14:00"), "14:00")))
    time("nine thirty", N2, T(at(N2.bare("09:30"), "09:30")))
    time("tomorrow at 930", N3, T(at(N3.plus(1), "09:30")))
    time("9.30 on monday", N3, T(at(N3.weekday("mon"), "09:30")))
    time("half past one on the 3rd", N3, T(at(N3.dom(3), "13:30")))
    time("quarter to eleven tomorrow", N4, T(at(N4.plus(1), "10:45")))
    time("ten to four on friday", N4, T(at(N4.weekday("fri"), "15:50")))
    time("fourteen hundred on tuesday", N4, T(at(N4.weekday("tue"), "14:00")))
    time("16:30 the day after tomorrow", N5, T(at(N5.plus(2), "16:30")))
    time("tomorrow at 8 in the evening", N5, T(at(N5.plus(1), "20:00")))
    time("at 7", N7, T(at(N7.bare("07:00"), "07:00")))
    time("at 8 p m", N7, T(at(N7.bare("20:00"), "20:00")))
    time("in three days at noon", N8, T(at(N8.plus(3), "12:00")))
    time("a week from today at 10", N8, T(at(N8.plus(7), "10:00")))
    time("in 2 days", N9, T(day(N9.plus(2))))
    time("tomorrow afternoon", N10, T(day(N10.plus(1)), "afternoon"))
    time("the 1st in the morning", N10, T(day(N10.dom(1)), "morning"))
    time("january 2nd at 1", N10, T(at(N10.month_day(1, 2), "13:00")))
    time("december 30th at 10", N10, T(at(N10.month_day(12, 30), "10:00")))
    time("the 31st at 4", N10, T(at(N10.dom(31), "16:00")))
    time("the 31st in the afternoon", N11, T(day(N11.dom(31)), "afternoon"))
    time("on the 29th at two thirty", N4, T(at(N4.dom(29), "14:30")))
    time("monday no sorry tuesday at ten", N6, T(at(N6.weekday("tue"), "10:00")))
    time("tomorrow at 10, uh, actually make it 11", N6, T(at(N6.plus(1), "11:00")))
    time("friday at 3, no wait, 4", N1, T(at(N1.weekday("fri"), "16:00")))
    time("next week, um, tuesday at noon", N8, T(at(N8.next_week("tue"), "12:00")))
    time("noon tomorrow", N12, T(at(N12.plus(1), "12:00")))
    time("tomorrow morning", N12, T(day(N12.plus(1)), "morning"))
    time("monday evening", N12, T(day(N12.weekday("mon")), "evening"))
    time("today in the afternoon", N7, T(day(N7.today), "afternoon"))
    time("can i come in tonight", N13, T(day(N13.today), keys=("when",)))
    time("today please", N13, T(day(N13.today)))
    time("tomorrow at 9", N14, T(at(N14.plus(1), "09:00")))
    time("at 10", N14, T(at(N14.bare("10:00"), "10:00")))
    time("sunday at 11", N15, T(at(N15.weekday("sun"), "11:00")))
    time("monday", N15, T(day(N15.weekday("mon"))))
    time("december 3rd", N8, T(day(N8.month_day(12, 3))))
    time("march 1st at 9 a m", N4, T(at(N4.month_day(3, 1), "09:00")))
    time("the fifteenth at three o'clock", N2, T(at(N2.dom(15), "15:00")))
    time("uh uh friday friday at two", N2, T(at(N2.weekday("fri"), "14:00")))
    time("i was thinking maybe wednesday the 9th around eleven", N2, T(at(N2.dom(9), "11:00")))
    time("quarter past twelve", N9, T(at(N9.bare("12:15"), "12:15")))
    time("at six", N9, T(at(N9.bare("18:00"), "18:00")))
    time("saturday at 10 a.m.", N1, T(at(N1.weekday("sat"), "10:00")))
    time("the day after tomorrow in the evening", N1, T(day(N1.plus(2)), "evening"))
    time("um next tuesday in the afternoon", N1, T(day(N1.next_week("tue")), "afternoon"))
    time("next monday at 9:45", N12, T(at(N12.next_week("mon"), "09:45")))
    time("next sunday at 11", N12, T(at(N12.next_week("sun"), "11:00")))
    time("a week from today", N11, T(day(N11.plus(7))))
    time("in 10 days", N11, T(day(N11.plus(10))))
    time("four fifteen pm on the 2nd", N13, T(at(N13.dom(2), "16:15")))
    time("at eleven forty-five", N13, T(at(N13.bare("11:45"), "11:45")))
    time("at 8 in the morning", N13, T(at(N13.bare("08:00"), "08:00")))
    time("at 5 in the evening", N13, T(at(N13.bare("17:00"), "17:00")))
    time("3 o'clock in the afternoon next friday", N13, T(at(N13.next_week("fri"), "15:00")))
    time("uh can i get in like tomorrow at um at two", N3, T(at(N3.plus(1), "14:00")))
    time("Tuesday at 2, I mean 3", N3, T(at(N3.weekday("tue"), "15:00")))
    time("the 5th at 5", N2, T(at(N2.dom(5), "17:00")))
    time("twelve thirty", N10, T(at(N10.bare("12:30"), "12:30")))
    time("1:15", N4, T(at(N4.bare("13:15"), "13:15")))
    time("at 10 tomorrow morning", N11, T(at(N11.plus(1), "10:00")))
    time("thursday at ten past nine", N16, T(at(N16.weekday("thu"), "09:10")))
    time("twenty to three on friday", N17, T(at(N17.weekday("fri"), "14:40")))
    time("i need to book a cleaning", N1, T(None))
    time("my number is 416 555 0123", N2, T(None))
    time("four one six five five five oh one nine nine", N3, T(None))

    # ---------------- windows ----------------
    time("after 2 on thursday", N1, T(day(N1.weekday("thu")), None, win("14:00")))
    time("tuesday any time after ten thirty", N1, T(day(N1.weekday("tue")), None, win("10:30")))
    time("not before eleven tomorrow", N2, T(day(N2.plus(1)), None, win("11:00")))
    time("anything before 10 a.m. on monday", N2, T(day(N2.weekday("mon")), None, win(None, "10:00")))
    time("between 1 and 3 next wednesday", N2, T(day(N2.next_week("wed")), None, win("13:00", "15:00")))
    time("from 10 to noon on the 8th", N2, T(day(N2.dom(8)), None, win("10:00", "12:00")))
    time("2 to 4", N2, T(day(N2.win_day("14:00", "16:00")), None, win("14:00", "16:00")))
    time("before noon", N9, T(day(N9.win_day(None, "12:00")), None, win(None, "12:00")))
    time("after 4", N9, T(day(N9.win_day("16:00", None)), None, win("16:00")))
    time("between 9 and 11", N11, T(day(N11.win_day("09:00", "11:00")), None, win("09:00", "11:00")))
    time("by 11", N11, T(day(N11.win_day(None, "11:00")), None, win(None, "11:00")))
    time("earlier than 9", N13, T(day(N13.win_day(None, "09:00")), None, win(None, "09:00")))
    time("monday morning, not before 9:30", N13, T(day(N13.weekday("mon")), "morning", win("09:30")))
    time("tomorrow anytime but the morning", N4,
         T(day(N4.plus(1)), None, win("12:00"), keys=("when", "window")))
    time("wednesday not in the afternoon", N4,
         T(day(N4.weekday("wed")), None, win(None, "12:00"), keys=("when", "window")))
    time("the 20th between 3 and 5 p.m.", N4, T(day(N4.dom(20)), None, win("15:00", "17:00")))
    time("any time after 1 on march 2nd", N4, T(day(N4.month_day(3, 2)), None, win("13:00")))
    time("sometime 11 to 1 on tuesday", N3, T(day(N3.weekday("tue")), None, win("11:00", "13:00")))
    time("in four days, after 3 p.m.", N3, T(day(N3.plus(4)), None, win("15:00")))
    time("uh next week tuesday between uh ten and twelve", N10,
         T(day(N10.next_week("tue")), None, win("10:00", "12:00")))
    time("3 or later on friday", N10, T(day(N10.weekday("fri")), None, win("15:00")))
    time("between 8 and 10 in the morning the day after tomorrow", N6,
         T(day(N6.plus(2)), None, win("08:00", "10:00")))
    time("after 7 p.m. tomorrow", N6, T(day(N6.plus(1)), None, win("19:00")))
    time("from half past two to four on the 12th", N6, T(day(N6.dom(12)), None, win("14:30", "16:00")))
    time("before 11", N14, T(day(N14.win_day(None, "11:00")), None, win(None, "11:00")))
    time("not before 10 and not after 2 on monday", N14,
         T(day(N14.weekday("mon")), None, win("10:00", "14:00")))
    time("between noon and 2 on friday", N5, T(day(N5.weekday("fri")), None, win("12:00", "14:00")))
    time("monday between 10 and 2", N5, T(day(N5.weekday("mon")), None, win("10:00", "14:00")))
    time("thursday afternoon but not after 4", N16, T(day(N16.weekday("thu")), "afternoon", win(None, "16:00")))
    time("any time after 11 on the 30th", N17, T(day(N17.dom(30)), None, win("11:00")))
    return out


def rows_fr():
    out = []
    phone, name, time = collector(out, FR_NOW, FR_NOW)

    # ---------------- phones ----------------
    phone("C'est le 514 555-0123.", "+15145550123")
    phone("cinq un quatre, cinq cinq cinq, zéro un deux trois", "+15145550123")
    phone("quatre cinq zéro, cinq cent cinquante-cinq, douze, trente-quatre", "+14505551234")
    phone("huit un neuf, cinq cinq cinq, soixante-dix-sept, quatre-vingt-huit", "+18195557788")
    phone("cinq cent quatorze, six cent soixante et onze, vingt et un, quatre-vingts", "+15146712180")
    phone("euh, le 438, euh, cinq cinq cinq, zéro, cent vingt-trois", "+14385550123")
    phone("un huit cents, cinq cinq cinq, zéro un quatre quatre", "+18005550144")
    phone("1 888 555-0199", "+18885550199")
    phone("514 555-0123 poste 22", "+15145550123")
    phone("Mon cell c'est le 581 555-0150, non pardon, 581 555-0151.", "+15815550151")
    phone("Pas le 819 555-0101, c'est le 819 555-0110.", "+18195550110")
    phone("555-0123", None)
    phone("cinq cinq cinq, douze, trente-quatre", None)
    phone("Je n'ai pas de cellulaire.", None)
    phone("Prenez le numéro d'où j'appelle.", None)
    phone("C'est le 450 055-1234.", None)
    phone("cinq un quatre, cinq cinq cinq, vingt, deux, trois", "+15145552023")
    phone("cinq un quatre, cinq cinq cinq, vingt deux, trois", None)
    phone("six un trois, quatre-vingt-dix-neuf, neuf, quatre-vingt-dix-neuf, zéro un", "+16139999901")
    phone("le sept huit zéro, cinq cinq cinq, zéro, zéro, quarante-deux", "+17805550042")
    phone("quatre un huit, cinq cinq cinq, deux mille", "+14185552000")
    phone("OK, c'est 3 6 7, 5 5 5, 0 1 8 8.", "+13675550188")
    phone("(506) 555-0177, c'est mon cellulaire.", "+15065550177")
    phone("Oui, c'est le 1 506 555 0123.", "+15065550123")
    phone("neuf zéro cinq, cinq cinq cinq, dix-sept, soixante", "+19055551760")
    phone("deux cent quatre-vingt-neuf, cinq cinq cinq, zéro, zéro, soixante-six", "+12895550066")
    phone("+1 604 555-0101", "+16045550101")
    phone("quatre un huit, cinq cinq cinq, soixante et onze, quatre-vingt-un", "+14185557181")
    phone("c'est le huit sept neuf, cinq cinq cinq, zéro, zéro, quatre-vingt-dix", "+18795550090")
    phone("Rappelez-moi au 514 555 0199 demain après-midi.", "+15145550199")
    phone("Mon numéro c'est le 514, cinq cinq cinq, 12 34.", "+15145551234")

    # ---------------- names ----------------
    name("Oui bonjour, ici Sylvain Pelletier.", "Sylvain Pelletier")
    name("Moi c'est Geneviève.", "Geneviève")
    name("Je suis Nadia Boucher.", "Nadia Boucher")
    name("Je suis libre lundi matin.", None)
    name("Je suis à Rimouski cette semaine.", None)
    name("C'est parfait, merci.", None)
    name("C'est correct pour moi.", None)
    name("Gilles Côté à l'appareil.", "Gilles Côté")
    name("Mettez ça au nom d'Étienne Roy.", "Étienne Roy")
    name("Au nom de Lapointe, Josée Lapointe.", "Josée Lapointe")
    name("Le nom c'est Bouchard, B-O-U-C-H-A-R-D.", "Bouchard")
    name("mon prénom c'est chantal pis mon nom de famille c'est girard", "Chantal Girard")
    name("Mon nom de famille c'est Thibodeau, mon prénom Réjean.", "Réjean Thibodeau")
    name("je m'appelle euh ben Kevin Ouellet", "Kevin Ouellet")
    name("Je m'appelle Julie, non pardon, Juliette Caron.", "Juliette Caron")
    name("mon nom est françois de la rochelle", "François de La Rochelle")
    name("c'est claire du tremblay", "Claire du Tremblay")
    name("C'est Annie Des Rosiers.", "Annie des Rosiers")
    name("mon nom c'est paul la salle", "Paul La Salle")
    name("je m'appelle mélanie d'anjou", "Mélanie D'Anjou")
    name("c'est pierre-luc d'aoust", "Pierre-Luc D'Aoust")
    name("mon nom c'est nathalie st-pierre", "Nathalie St-Pierre")
    name("Je m'appelle Marc Saint-Onge.", "Marc Saint-Onge")
    name("C'est Mireille LeBlanc.", "Mireille LeBlanc")
    name("je m'appelle Colin MacIsaac", "Colin MacIsaac")
    name("Madame Lucie Fortin.", "Lucie Fortin")
    name("Bonjour, ici Dre Karine Simard.", "Karine Simard")
    name("M. Gaston Bérubé à l'appareil.", "Gaston Bérubé")
    name("Ce serait pour Denis Landry.", "Denis Landry", expect="name")
    name("Je voudrais un rendez-vous pour Denis Landry.", None)
    name("C'est pour ma fille Léa.", None)
    name("Oui, Marie-Claude Poirier.", "Marie-Claude Poirier")
    name("d'accord, bergeron", "Bergeron")
    name("Correct, Yves Cormier.", "Yves Cormier")
    name("C'est pour un nettoyage.", None)
    name("ouais c'est zoé", "Zoé")
    name("éloïse", "Éloïse", expect="name")
    name("Mon nom est Hélène, H-É-L-È-N-E.", "Hélène")
    name("Je m'appelle Jean-Philippe Lévesque-Gagnon.", "Jean-Philippe Lévesque-Gagnon")
    name("fait que c'est genre Maxime Dubé", "Maxime Dubé")
    name("Oui, c'est ça.", None)

    # ---------------- times ----------------
    T = time_exp
    time("Demain à 14 h 30.", N1, T(at(N1.plus(1), "14:30")))
    time("jeudi à deux heures et demie", N1, T(at(N1.weekday("thu"), "14:30")))
    time("Mercredi à 9 h.", N1, T(at(N1.weekday("wed"), "09:00")))
    time("À 11 h moins le quart.", N2, T(at(N2.bare("10:45"), "10:45")))
    time("midi moins quart demain", N2, T(at(N2.plus(1), "11:45")))
    time("À midi quinze, si possible.", N2, T(at(N2.bare("12:15"), "12:15")))
    time("vers 4 h moins dix", N2, T(at(N2.bare("15:50"), "15:50")))
    time("À 7 h du soir.", N2, T(at(N2.bare("19:00"), "19:00")))
    time("À 8 h.", N2, T(at(N2.bare("08:00"), "08:00")))
    time("Sur le coup de 13 h.", N2, T(at(N2.bare("13:00"), "13:00")))
    time("Autour de 10 h 45 après-demain.", N2, T(at(N2.plus(2), "10:45")))
    time("dans trois jours à 10 h", N4, T(at(N4.plus(3), "10:00")))
    time("Dans une semaine.", N4, T(day(N4.plus(7))))
    time("Dans deux semaines, s'il vous plaît.", N4, T(day(N4.plus(14))))
    time("Mardi qui s'en vient à 15 h.", N4, T(at(N4.weekday("tue"), "15:00")))
    time("Lundi prochain à 9 h 30.", N4, T(at(N4.weekday("mon"), "09:30")))
    time("Vendredi prochain en après-midi.", N3, T(day(N3.weekday("fri")), "afternoon"))
    time("Jeudi de la semaine prochaine.", N7, T(day(N7.next_week("thu"))))
    time("La semaine prochaine, mardi, vers 11 h.", N7, T(at(N7.next_week("tue"), "11:00")))
    time("La semaine prochaine.", N7, T(day(N7.next_week("mon"))))
    time("Le 12 décembre à 16 h.", N1, T(at(N1.month_day(12, 12), "16:00")))
    time("Le premier à 10 h.", N2, T(at(N2.dom(1), "10:00")))
    time("Le 1er février en avant-midi.", N3, T(day(N3.month_day(2, 1)), "morning"))
    time("Jeudi le 10 à 13 h 15.", N2, T(at(N2.dom(10), "13:15")))
    time("Le mardi 8 décembre.", N2, T(day(N2.month_day(12, 8))))
    time("Demain matin.", N2, T(day(N2.plus(1)), "morning"))
    time("À matin si possible.", N7, T(day(N7.today), "morning"))
    time("Cet après-midi.", N7, T(day(N7.today), "afternoon"))
    time("À soir, ça serait l'idéal.", N7, T(day(N7.today), "evening"))
    time("Vendredi en soirée.", N7, T(day(N7.weekday("fri")), "evening"))
    time("Mardi dans l'avant-midi.", N7, T(day(N7.weekday("tue")), "morning"))
    time("Mercredi après-midi vers 3 h.", N7, T(at(N7.weekday("wed"), "15:00")))
    time("Lundi à 2 h PM.", N7, T(at(N7.weekday("mon"), "14:00")))
    time("Jeudi à 10 h, euh non, vendredi à 10 h.", N7, T(at(N7.weekday("fri"), "10:00")))
    time("Demain à 9 h, non, à 10 h 30.", N7, T(at(N7.plus(1), "10:30")))
    time("Quatorze heures quarante-cinq.", N9, T(at(N9.bare("14:45"), "14:45")))
    time("À minuit.", N9, T(at(N9.plus(1), "00:00")))
    time("À 6 h.", N9, T(at(N9.bare("18:00"), "18:00")))
    time("14h", N9, T(at(N9.bare("14:00"), "14:00")))
    time("C'est le 450 555 0123.", N1, T(None))
    time("Je m'appelle Denis Landry.", N1, T(None))

    # ---------------- windows ----------------
    time("Après 15 h jeudi.", N1, T(day(N1.weekday("thu")), None, win("15:00")))
    time("À partir de 13 h 30 demain.", N1, T(day(N1.plus(1)), None, win("13:30")))
    time("Pas avant 10 h lundi.", N1, T(day(N1.weekday("mon")), None, win("10:00")))
    time("4 h ou plus tard.", N2, T(day(N2.win_day("16:00", None)), None, win("16:00")))
    time("Plus tard que 11 h, vendredi.", N2, T(day(N2.weekday("fri")), None, win("11:00")))
    time("Avant 11 h.", N9, T(day(N9.win_day(None, "11:00")), None, win(None, "11:00")))
    time("N'importe quand avant midi mardi.", N9, T(day(N9.weekday("tue")), None, win(None, "12:00")))
    time("Entre 14 h et 16 h demain.", N10, T(day(N10.plus(1)), None, win("14:00", "16:00")))
    time("De 9 h à 11 h le 5.", N10, T(day(N10.dom(5)), None, win("09:00", "11:00")))
    time("Entre 2 et 4 lundi.", N10, T(day(N10.weekday("mon")), None, win("14:00", "16:00")))
    time("Entre midi et 2.", N10, T(day(N10.win_day("12:00", "14:00")), None, win("12:00", "14:00")))
    time("Sauf le matin, mercredi.", N4,
         T(day(N4.weekday("wed")), None, win("12:00"), keys=("when", "window")))
    time("Pas en après-midi, vendredi.", N4,
         T(day(N4.weekday("fri")), None, win(None, "12:00"), keys=("when", "window")))
    time("Jeudi après-midi, mais pas après 15 h 30.", N4,
         T(day(N4.weekday("thu")), "afternoon", win(None, "15:30")))
    time("Mardi avant-midi, pas avant 9 h 30.", N4, T(day(N4.weekday("tue")), "morning", win("09:30")))
    time("N'importe quand après midi demain.", N4, T(day(N4.plus(1)), None, win("12:00")))
    time("Demain, mais pas le matin.", N3,
         T(day(N3.plus(1)), None, win("12:00"), keys=("when", "window")))
    time("La semaine prochaine mardi, entre 10 h et midi.", N3,
         T(day(N3.next_week("tue")), None, win("10:00", "12:00")))
    return out


def variants_en():
    """Written after the blind run: variants of the families Bella failed then."""
    out = []
    phone, _, time = collector(out, PHONE_NOW, NAME_NOW)

    T = time_exp
    # "forty one hundred": a pair and "hundred" are four digits.
    phone("six oh four five five five twenty one hundred", "+16045552100")
    phone("nine oh two, five five five, thirty-three hundred", "+19025553300")
    phone("my cell is two five zero, eight eight eight, ninety nine hundred", "+12508889900")
    phone("five five five forty one hundred", None)
    # Hesitations inside a window or a clock.
    time("thursday between um two and uh four", N1, T(day(N1.weekday("thu")), None, win("14:00", "16:00")))
    time("after uh 3 on friday", N1, T(day(N1.weekday("fri")), None, win("15:00")))
    time("from er 10 to 11 tomorrow", N2, T(day(N2.plus(1)), None, win("10:00", "11:00")))
    time("monday before um noon", N2, T(day(N2.weekday("mon")), None, win(None, "12:00")))
    time("tuesday at uh quarter past ten", N3, T(at(N3.weekday("tue"), "10:15")))
    time("uh 2 to uh 4 on the 20th", N4, T(day(N4.dom(20)), None, win("14:00", "16:00")))
    return out


def variants_fr():
    """Written after the blind run: variants of the families Bella failed then."""
    out = []
    _, name, time = collector(out, FR_NOW, FR_NOW)

    T = time_exp
    # "fait que" and "genre" before a cue that opens the turn.
    name("Fait que je suis Annie Roy.", "Annie Roy")
    name("Ben fait que, c'est Luc Caron.", "Luc Caron")
    name("genre, je m'appelle Karine Simard", "Karine Simard")
    name("Fait que, Maxime Dubé.", "Maxime Dubé")
    name("Fait que c'est pour demain.", None)
    name("Fait que je suis disponible mardi.", None)
    # Hesitations inside a window.
    time("Entre euh 14 h et 16 h mardi.", N1, T(day(N1.weekday("tue")), None, win("14:00", "16:00")))
    time("De 9 h à euh 11 h demain.", N1, T(day(N1.plus(1)), None, win("09:00", "11:00")))
    time("Pas avant euh 10 h lundi.", N2, T(day(N2.weekday("mon")), None, win("10:00")))
    time("Entre euh midi et euh 2, vendredi.", N4, T(day(N4.weekday("fri")), None, win("12:00", "14:00")))
    return out


def write(path, prefix, rows, lang=None, variants=()):
    numbered = [(f"{i:03d}", r) for i, r in enumerate(rows)]
    numbered += [(f"v{i:02d}", r) for i, r in enumerate(variants)]
    lines = []
    for i, (kind, text, now, expect, exp) in numbered:
        o = {"id": f"{prefix}-{i}", "kind": kind}
        if lang:
            o["lang"] = lang
        o.update({"text": text, "now": now.rfc, "tz": now.tz})
        if expect:
            o["expect"] = expect
        o["expected"] = exp
        lines.append(o)
    write_lines(path, lines)
    return len(lines)


if __name__ == "__main__":
    n_en = write("held_out4_en.jsonl", "ho4-en", rows_en(), variants=variants_en())
    n_fr = write("fr_heldout4.jsonl", "ho4-fr", rows_fr(), lang="fr", variants=variants_fr())
    print(f"held_out4_en.jsonl: {n_en}  fr_heldout4.jsonl: {n_fr}")
