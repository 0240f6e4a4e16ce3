#!/usr/bin/env python3
"""Generator of probe round 8: `asr_probe8_en.jsonl`, English caller turns as a speech
recogniser writes them.

Written blind from `/work/shared/eval/SPEC.md` §2 before Bella was run on them: lower
case, no punctuation, fillers ("uh", "um", "like", "you know"), run-on turns that carry
two slots, "oh" for zero, "double"/"triple", "for"/"to" inside runs of spoken digits,
"plus one", extensions, Canadian area codes, names followed by their spelling letter by
letter, "this is mike from ...". Phone and name labels are written by hand from the SPEC
rules; every date comes from the oracle in `blindlib.py`. What the SPEC does not settle
(a name given only as letters, "for" as an hour, a part of day already under way) is
left out rather than guessed.

usage: python3 gen_asr_probe8.py   (writes asr_probe8_en.jsonl beside this script)
"""

import os

from blindlib import NOTHING, CaseFile, Ref, T, W, biz, pm

HERE = os.path.dirname(os.path.abspath(__file__))


def probe():
    f = CaseFile("asr8-en")
    edm = Ref("America/Edmonton", 2026, 12, 8, 9, 20)  # Tuesday morning
    tor = Ref("America/Toronto", 2027, 1, 14, 15, 40)  # Thursday afternoon
    van = Ref("America/Vancouver", 2027, 3, 5, 18, 10)  # Friday evening
    hfx = Ref("America/Halifax", 2026, 12, 31, 11, 0)  # Thursday, year end

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("yeah it's four one six five five five oh one two three", edm, "+14165550123")
    p("uh my number is six oh four double five five oh one eight two", edm, "+16045550182")
    p("it's seven eight oh triple five one two one two", edm, "+17805551212")
    p("um four oh three five five five oh oh four two", edm, "+14035550042")
    p("plus one five one four five five five zero one nine nine", edm, "+15145550199")
    p("plus one two oh four five five five oh six seven eight", tor, "+12045550678")
    p("one eight hundred five five five oh one nine nine", tor, "+18005550199")
    p("it's one eight eight eight five five five oh one two three", tor, "+18885550123")
    p("my cell four one six five five five oh one two three extension four five", edm,
      "+14165550123")
    p("six one three five five five oh one two three ext two oh one", tor, "+16135550123")
    p("the office line is nine oh five five five five one two one two extension three", tor,
      "+19055551212")
    p("four for seven five five five oh one two three", edm, "+14475550123", expect="phone")
    p("five one for five five five oh one two three", edm, "+15145550123", expect="phone")
    p("six oh for five five five oh one two three", edm, "+16045550123", expect="phone")
    p("four one six five five five oh one to three", edm, "+14165550123", expect="phone")
    p("two oh four five five five oh one two three", edm, "+12045550123")
    p("four one six five five five one two three four", edm, "+14165551234")
    p("four sixteen five five five twelve thirty four", edm, "+14165551234")
    p("it's four one six uh five five five uh one two three four", edm, "+14165551234")
    p("four one six um five five five you know one two three four", edm, "+14165551234")
    p("my number is like four one six five five five one two three four", edm, "+14165551234")
    p("area code four one six five five five one two three four", edm, "+14165551234")
    p("area code is seven oh nine and then five five five oh one four seven", hfx,
      "+17095550147")
    p("nine oh two five five five oh one four seven", hfx, "+19025550147")
    p("it's eight six seven five five five oh one four seven", hfx, "+18675550147")
    p("three oh six five five five oh one four seven", hfx, "+13065550147")
    p("two five oh double five five oh one four seven", van, "+12505550147")
    p("seven seven eight five five five oh one four seven", van, "+17785550147")
    p("six seven two five five five oh one four seven", van, "+16725550147")
    p("eight one nine five five five oh one four seven", tor, "+18195550147")
    p("five eight seven five five five oh one four seven", edm, "+15875550147")
    p("eight two five five five five oh one four seven", edm, "+18255550147")
    p("three six five five five five oh one four seven", tor, "+13655550147")
    p("four three seven five five five oh one four seven", tor, "+14375550147")
    p("five four eight five five five oh one four seven", tor, "+15485550147")
    p("seven four two five five five oh one four seven", tor, "+17425550147")
    p("double four three five five five oh one four seven", tor, "+14435550147")
    p("six four seven five five five o one four seven", tor, "+16475550147")
    p("six four seven five five five zero one four seven", tor, "+16475550147")
    p("six four seven five five five triple oh seven", tor, "+16475550007")
    p("four oh three five five five double oh double seven", edm, "+14035550077")
    p("four one six five five five oh one two three actually make that six four seven five "
      "five five oh one two three", edm, "+16475550123")
    p("my cell is four oh three five five five oh one two three and my work is five eight seven "
      "five five five oh one two three", edm, "+15875550123")
    p("four one six five five five oh one two", edm, None)
    p("four one six five five five", edm, None)
    p("i don't remember my number", edm, None, expect="phone")
    p("same number i'm calling from", edm, None, expect="phone")
    p("416 555 0123", edm, "+14165550123")
    p("4165550123", edm, "+14165550123")
    p("1 416 555 0123", edm, "+14165550123")
    p("+1 416 555 0123", edm, "+14165550123")
    p("uh 416 555 oh one two three", edm, "+14165550123")
    p("four one six 555 0123", edm, "+14165550123")
    p("my name is mike and my number is four one six five five five oh one two three", edm,
      "+14165550123")
    p("this is mike from northside plumbing my number is six four seven five five five oh one "
      "two three", tor, "+16475550123")
    p("yeah so it's five one four um five five five uh zero one nine nine", edm,
      "+15145550199")
    p("it's plus four four two oh seven nine four six oh nine five eight", edm,
      "+442079460958")
    p("five eight seven eight nine three two two one oh", edm, "+15878932210")

    # ---------------------------------------------------------------- name
    n = f.name
    n("my name is mike m i k e", edm, "Mike")
    n("it's sarah s a r a h", edm, "Sarah")
    n("yeah it's john smith s m i t h", edm, "John Smith")
    n("my name is priya patel p a t e l", edm, "Priya Patel")
    n("this is mike from northside plumbing", tor, "Mike")
    n("hi this is jennifer from the dental office", tor, "Jennifer")
    n("hey this is dave calling from abc roofing", tor, "Dave")
    n("uh hi my name is um tom", edm, "Tom")
    n("hi um this is uh karen wong", edm, "Karen Wong")
    n("my name's like jessica", edm, "Jessica")
    n("name's bob", edm, "Bob")
    n("call me liz", edm, "Liz")
    n("i'm rachel green", edm, "Rachel Green")
    n("it's kevin kevin wong", edm, "Kevin Wong")
    n("the name is jean-luc o'connor", edm, "Jean-Luc O'Connor")
    n("it's marie-eve tremblay", edm, "Marie-Eve Tremblay")
    n("put it under macdonald", edm, "Macdonald")
    n("put it under angela", edm, "Angela")
    n("first name louise last name fontaine", edm, "Louise Fontaine")
    n("my first name is ahmed and my last name is hassan", edm, "Ahmed Hassan")
    n("it's dr sanjay gupta", edm, "Sanjay Gupta")
    n("mrs helen park", edm, "Helen Park", expect="name")
    n("yeah sure it's nicole", edm, "Nicole")
    n("okay it's brandon lee", edm, "Brandon Lee")
    n("brandon lee", edm, "Brandon Lee", expect="name")
    n("olga petrova", edm, "Olga Petrova", expect="name")
    n("uh chris", edm, "Chris", expect="name")
    n("it's for olga petrova", edm, "Olga Petrova", expect="name")
    n("the booking would be for sam taylor", edm, "Sam Taylor", expect="name")
    n("jon sorry john smith", edm, "John Smith")
    n("my name is jon no wait john with an h", edm, "John")
    n("hi i'd like to book an appointment for tuesday", edm, None)
    n("can i book something for tomorrow at ten", edm, None)
    n("yes that works", edm, None)
    n("i need a haircut", edm, None)
    n("four one six five five five oh one two three", edm, None)
    n("i'd rather not say", edm, None, expect="name")
    n("is this the dentist", edm, None)
    n("yeah hi um i was calling about my appointment", edm, None)
    n("i'm calling to book", edm, None)
    n("i'm looking for an appointment next week", edm, None)
    n("this is mike and i'd like to book for friday", tor, "Mike")
    n("hi my name is aisha khan i want to book a cleaning", tor, "Aisha Khan")
    n("hey it's tyler um can i get something thursday", tor, "Tyler")
    n("this is zoë", edm, "Zoë")

    # ---------------------------------------------------------------- time
    t = f.time
    # edm: Tuesday 2026-12-08 09:20
    t("uh tuesday at ten thirty", edm, T(edm.weekday("tue"), (10, 30)))
    t("um how about thursday at two", edm, T(edm.weekday("thu"), (biz(2), 0)))
    t("tomorrow at nine thirty", edm, T(edm.plus(1), (9, 30)))
    t("tomorrow morning", edm, T(edm.plus(1), pod="morning"))
    t("tomorrow afternoon please", edm, T(edm.plus(1), pod="afternoon"))
    t("can i come in friday like in the afternoon", edm, T(edm.weekday("fri"), pod="afternoon"))
    t("next thursday at eleven", edm, T(edm.next_week("thu"), (11, 0)))
    t("thursday next week at three", edm, T(edm.next_week("thu"), (biz(3), 0)))
    t("next week thursday at nine", edm, T(edm.next_week("thu"), (9, 0)))
    t("do you have anything at four", edm, T(edm.at(biz(4)), (biz(4), 0)))
    t("at three", edm, T(edm.at(biz(3)), (biz(3), 0)), expect="time")
    t("three o'clock", edm, T(edm.at(biz(3)), (biz(3), 0)), expect="time")
    t("ten am", edm, T(edm.at(10), (10, 0)))
    t("ten a m", edm, T(edm.at(10), (10, 0)))
    t("two p m on wednesday", edm, T(edm.weekday("wed"), (pm(2), 0)))
    t("seven in the evening on friday", edm, T(edm.weekday("fri"), (pm(7), 0)))
    t("half past nine tomorrow", edm, T(edm.plus(1), (9, 30)))
    t("quarter past ten on monday", edm, T(edm.weekday("mon"), (10, 15)))
    t("quarter to three tomorrow", edm, T(edm.plus(1), (14, 45)))
    t("ten to four friday", edm, T(edm.weekday("fri"), (15, 50)))
    t("nine fifteen tomorrow", edm, T(edm.plus(1), (9, 15)))
    t("noon tomorrow", edm, T(edm.plus(1), (12, 0)))
    t("the day after tomorrow at eleven", edm, T(edm.plus(2), (11, 0)))
    t("in three days", edm, T(edm.plus(3)))
    t("a week from today", edm, T(edm.plus(7)))
    t("december fifteenth at ten", edm, T(edm.month_day(12, 15), (10, 0)))
    t("the fifteenth at two thirty", edm, T(edm.dom(15), (14, 30)))
    t("january fourth in the morning", edm, T(edm.month_day(1, 4), pod="morning"))
    t("tuesday no wait wednesday at three", edm, T(edm.weekday("wed"), (biz(3), 0)))
    t("thursday at ten actually make it eleven", edm, T(edm.weekday("thu"), (11, 0)))
    t("after three on thursday", edm, T(edm.weekday("thu"), win=W((15, 0), None)))
    t("thursday between two and four", edm, T(edm.weekday("thu"), win=W((14, 0), (16, 0))))
    t("friday before noon", edm, T(edm.weekday("fri"), win=W(None, (12, 0))))
    t("friday anytime but the morning", edm, T(edm.weekday("fri"), win=W((12, 0), None)))
    t("i can't make it", edm, NOTHING)
    t("yeah that's fine", edm, NOTHING)
    t("my number is four one six five five five oh one two three", edm, NOTHING)
    t("this is mike from northside plumbing", edm, NOTHING)
    # tor: Thursday 2027-01-14 15:40
    t("uh tomorrow at ten", tor, T(tor.plus(1), (10, 0)))
    t("at four thirty", tor, T(tor.at(16, 30), (16, 30)), expect="time")
    t("at two", tor, T(tor.at(14, 0), (14, 0)), expect="time")
    t("monday at nine", tor, T(tor.weekday("mon"), (9, 0)))
    t("thursday at ten", tor, T(tor.weekday("thu"), (10, 0)))
    t("next monday morning", tor, T(tor.next_week("mon"), pod="morning"))
    t("hi this is mike from northside plumbing can i get monday at two", tor,
      T(tor.weekday("mon"), (14, 0)))
    # van: Friday 2027-03-05 18:10
    t("tomorrow at ten thirty", van, T(van.plus(1), (10, 30)))
    t("monday at eleven am", van, T(van.weekday("mon"), (11, 0)))
    t("at nine", van, T(van.at(9), (9, 0)), expect="time")
    t("the twelfth at one", van, T(van.dom(12), (13, 0)))
    t("march tenth at four", van, T(van.month_day(3, 10), (16, 0)))
    # hfx: Thursday 2026-12-31 11:00
    t("tomorrow at ten", hfx, T(hfx.plus(1), (10, 0)))
    t("january second at noon", hfx, T(hfx.month_day(1, 2), (12, 0)))
    t("monday at three thirty", hfx, T(hfx.weekday("mon"), (15, 30)))
    t("next tuesday", hfx, T(hfx.next_week("tue")))
    return f


def second_batch():
    """A second blind batch (`asr8r2-`), written after the first was scored."""
    f = CaseFile("asr8r2-en")
    wpg = Ref("America/Winnipeg", 2027, 2, 3, 8, 5)  # Wednesday early morning
    reg = Ref("America/Regina", 2027, 6, 18, 13, 30)  # Friday afternoon, no DST
    p, n, t = f.phone, f.name, f.time
    p("you can reach me at two oh four five five five oh one six six", wpg, "+12045550166")
    p("call me back at two oh four five five five oh one six six", wpg, "+12045550166")
    p("my number's two oh four five five five oh one six six", wpg, "+12045550166")
    p("the number is area code two oh four five five five oh one six six", wpg, "+12045550166")
    p("two oh four five five five oh one six six thanks", wpg, "+12045550166")
    p("it's two zero four five five five zero one six six", wpg, "+12045550166")
    p("two o four five five five o one six six", wpg, "+12045550166")
    p("three oh six double five five oh one six six", reg, "+13065550166")
    p("six three nine five five five oh one six six", reg, "+16395550166")
    p("three oh six five five five oh one six six extension one two", reg, "+13065550166")
    p("it's three oh six five five five oh one six six at extension twelve", reg,
      "+13065550166")
    p("uh yeah so um it's like three oh six uh five five five oh one six six", reg,
      "+13065550166")
    p("five five five oh one six six", reg, None)
    p("two oh four five five five oh one six six six", wpg, None)
    p("one two oh four five five five oh one six six", wpg, "+12045550166")
    p("plus one two oh four five five five oh one six six", wpg, "+12045550166")
    p("two oh four triple five oh one six six", wpg, "+12045550166")
    p("two oh four five five five oh one double six", wpg, "+12045550166")
    n("yeah hi it's uh jennifer jennifer lopez", wpg, "Jennifer Lopez")
    n("hello my name is uh francois", wpg, "Francois")
    n("my name is li wei", wpg, "Li Wei")
    n("it's siobhan o'brien", wpg, "Siobhan O'Brien")
    n("it's mary-kate smith", wpg, "Mary-Kate Smith")
    n("i'm dan from the garage down the street", wpg, "Dan")
    n("hi it's greg calling about my appointment", wpg, "Greg")
    n("this is linda", wpg, "Linda")
    n("linda", wpg, "Linda", expect="name")
    n("um linda", wpg, "Linda", expect="name")
    n("yeah linda mcgregor", wpg, "Linda Mcgregor", expect="name")
    n("it's raj r a j", wpg, "Raj")
    n("i want to book a massage", wpg, None)
    n("tomorrow at ten works", wpg, None)
    n("what times do you have", wpg, None)
    n("no thanks", wpg, None)
    t("like around two tomorrow", wpg, T(wpg.plus(1), (14, 0)))
    t("tomorrow at like ten", wpg, T(wpg.plus(1), (10, 0)))
    t("two thirty tomorrow afternoon", wpg, T(wpg.plus(1), (14, 30), pod=None))
    t("on the twenty third at three", wpg, T(wpg.dom(23), (15, 0)))
    t("twenty third of february at eleven", wpg, T(wpg.month_day(2, 23), (11, 0)))
    t("monday next week at nine thirty", wpg, T(wpg.next_week("mon"), (9, 30)))
    t("tomorrow evening at seven", wpg, T(wpg.plus(1), (19, 0), pod=None))
    t("at eleven thirty a m", wpg, T(wpg.at(11, 30), (11, 30)))
    t("one fifteen", wpg, T(wpg.at(13, 15), (13, 15)), expect="time")
    t("quarter after two on friday", wpg, T(wpg.weekday("fri"), (14, 15)))
    t("two fifteen p m", wpg, T(wpg.at(14, 15), (14, 15)))
    t("eight", wpg, T(wpg.at(8), (8, 0)), expect="time")
    t("thursday morning", wpg, T(wpg.weekday("thu"), pod="morning"))
    t("friday after four", wpg, T(wpg.weekday("fri"), win=W((16, 0), None)))
    t("friday between ten and noon", wpg, T(wpg.weekday("fri"), win=W((10, 0), (12, 0))))
    t("not before ten on monday", wpg, T(wpg.weekday("mon"), win=W((10, 0), None)))
    t("today at four", reg, T(reg.today, (16, 0)))
    t("at one", reg, T(reg.at(13), (13, 0)), expect="time")
    t("at ten", reg, T(reg.at(10), (10, 0)), expect="time")
    t("monday", reg, T(reg.weekday("mon")))
    t("friday", reg, T(reg.weekday("fri")))
    t("next friday at two", reg, T(reg.next_week("fri"), (14, 0)))
    t("in two days at three", reg, T(reg.plus(2), (15, 0)))
    t("the thirtieth at ten", reg, T(reg.dom(30), (10, 0)))
    t("july second", reg, T(reg.month_day(7, 2)))
    t("i'm not sure yet", reg, NOTHING)
    return f


def main():
    f = probe()
    f.extend(second_batch())
    f.write(os.path.join(HERE, "asr_probe8_en.jsonl"))


if __name__ == "__main__":
    main()
