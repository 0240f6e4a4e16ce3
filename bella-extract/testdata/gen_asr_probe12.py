#!/usr/bin/env python3
"""Generator of probe round 12: `asr_probe12_en.jsonl` and `asr_probe12_fr.jsonl`, caller
turns as a speech recogniser writes them, in English and in Quebec French.

Written blind from `/work/shared/eval/SPEC.md` §2 and `SPEC-fr.md` §5 before Bella was
run on them: lower case, no punctuation or punctuation in the wrong place, fillers ("uh",
"um", "like", "euh", "ben", "genre"), false starts ("four one six no sorry four three
eight ..."), homophones inside runs of spoken digits ("to"/"too" for two, "for" for four,
"ate" for eight), numbers as words and digits mixed, "oh" for zero, "double"/"triple",
clock times as words ("three thirty pm", "quarter to four"), Canadian area codes, names
with particles, apostrophes and hyphens. Phone and name labels are written by hand from
the SPEC rules; every date comes from the oracle in `blindlib.py`.

Left out as not settled by the SPEC: British "half three" (SPEC names "half past"), a time
said as a homophone of a digit ("at for"), a weekday "prochain" where the French readings
differ, a time equal to now.

usage: python3 gen_asr_probe12.py   (writes both files beside this script)
"""

import os

from blindlib import NOTHING, CaseFile, Ref, T, W

HERE = os.path.dirname(os.path.abspath(__file__))


def english():
    f = CaseFile("asr12-en")
    wpg = Ref("America/Winnipeg", 2026, 12, 9, 8, 35)  # Wednesday, before opening
    stj = Ref("America/St_Johns", 2027, 2, 26, 16, 20)  # Friday afternoon
    van = Ref("America/Vancouver", 2026, 11, 30, 12, 5)  # Monday noon

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("yeah so it's two oh four uh five five five oh one three two", wpg, "+12045550132")
    p("my number's four three eight five five five to one to one", wpg, "+14385552121",
      expect="phone")
    p("five one four five five five oh ate ate two", wpg, "+15145550882", expect="phone")
    p("it's uh seven oh nine double five five oh one four oh", stj, "+17095550140")
    p("um six four seven triple five oh nine one two", van, "+16475550912")
    p("four one six no sorry four three seven five five five one two one two", wpg,
      "+14375551212")
    p("the cell is 778 five five five oh one six six", van, "+17785550166")
    p("it's eight one nine, five five five. zero one, zero one", wpg, "+18195550101")
    p("three oh six five five five oh too one nine", wpg, "+13065550219", expect="phone")
    p("like five eight seven five five five oh four for four", wpg, "+15875550444",
      expect="phone")
    p("nine oh two five five five oh one oh one extension twelve", stj, "+19025550101")
    p("plus one six one three five five five zero one eight eight", van, "+16135550188")
    p("one eight hundred five five five oh one two three", van, "+18005550123")
    p("its 705 555 oh one four six", wpg, "+17055550146")
    p("area code five oh six and then five five five oh seven seven seven", stj,
      "+15065550777")
    p("my number is four one six five five five", wpg, None)
    p("uh it's the eight two five number five five five oh one nine nine", wpg,
      "+18255550199")

    # ---------------------------------------------------------------- name
    n = f.name
    n("my name is uh mary-kate o'brien", wpg, "Mary-Kate O'Brien")
    n("it's um jean-luc tremblay", wpg, "Jean-Luc Tremblay")
    n("this is darcy o'neill", stj, "Darcy O'Neill")
    n("my name's like sean mcdermott", stj, "Sean Mcdermott")
    n("uh yeah it's anne van der berg", van, "Anne Van Der Berg")
    n("my name is uh priya priya sharma", van, "Priya Sharma")
    n("its kevin no sorry kevin wong", wpg, "Kevin Wong")
    n("i'm lucas de souza", van, "Lucas De Souza")
    n("name's zoë d'angelo", wpg, "Zoë D'Angelo")
    n("the name is sarah-jane smith", stj, "Sarah-Jane Smith")
    n("ahmed el-amin", wpg, "Ahmed El-Amin", expect="name")
    n("um it's for two people", wpg, None)
    n("yeah i'm good thanks", wpg, None)
    n("i'm looking for an appointment tomorrow", van, None)

    # ---------------------------------------------------------------- time
    t = f.time
    t("uh three thirty pm tomorrow", wpg, T(wpg.plus(1), (15, 30)))
    t("um like tuesday at ten", wpg, T(wpg.weekday("tue"), (10, 0)))
    t("quarter to four on thursday", wpg, T(wpg.weekday("thu"), (15, 45)))
    t("half past nine friday", wpg, T(wpg.weekday("fri"), (9, 30)))
    t("can i do nine o'clock", wpg, T(wpg.at(9), (9, 0)))
    t("next monday at two thirty", wpg, T(wpg.next_week("mon"), (14, 30)))
    t("thursday no wait friday at eleven", wpg, T(wpg.weekday("fri"), (11, 0)))
    t("tomorrow morning", wpg, T(wpg.plus(1), pod="morning"))
    t("sometime after three tomorrow", wpg, T(wpg.plus(1), win=W((15, 0), None)))
    t("the fourteenth at one fifteen", wpg, T(wpg.dom(14), (13, 15)))
    t("ten oh five", wpg, T(wpg.at(10, 5), (10, 5)), expect="time")
    t("uh between two and four on monday", wpg, T(wpg.weekday("mon"), win=W((14, 0), (16, 0))))
    t("in two days at like noon", wpg, T(wpg.plus(2), (12, 0)))
    t("at eleven a m", stj, T(stj.at(11), (11, 0)))
    t("monday at 9 30", stj, T(stj.weekday("mon"), (9, 30)))
    t("the third of march at ten", stj, T(stj.month_day(3, 3), (10, 0)))
    t("um not before ten on tuesday", stj, T(stj.weekday("tue"), win=W((10, 0), None)))
    t("tonight", stj, T(stj.today, pod="evening"))
    t("next week thursday at four", stj, T(stj.next_week("thu"), (16, 0)))
    t("five forty five", stj, T(stj.at(17, 45), (17, 45)), expect="time")
    t("today at two", van, T(van.today, (14, 0)))
    t("december second at eight fifteen", van, T(van.month_day(12, 2), (8, 15)))
    t("any time wednesday afternoon", van, T(van.weekday("wed"), pod="afternoon"))
    t("in 2 and a half hours", van, T(van.today, (14, 35)))
    t("in an hour and a half", van, T(van.today, (13, 35)))
    t("2 hours 15 minutes", van, NOTHING)
    t("it takes like two hours and fifteen minutes", van, NOTHING)
    t("from 0930 to 1045", van, T(van.plus(1), win=W((9, 30), (10, 45))))
    t("from 1330 to 1500", van, T(van.today, win=W((13, 30), (15, 0))))
    t("friday from 0930 to 1045", van, T(van.weekday("fri"), win=W((9, 30), (10, 45))))
    t("i'm not sure um i'll have to check", van, NOTHING)
    return f


def french():
    f = CaseFile("asr12-fr", lang="fr")
    mtl = Ref("America/Toronto", 2026, 12, 8, 10, 40)  # Tuesday morning (Montréal time)
    mon = Ref("America/Moncton", 2027, 1, 22, 15, 10)  # Friday afternoon

    p = f.phone
    p("euh c'est le cinq un quatre cinq cinq cinq zéro un deux trois", mtl, "+15145550123")
    p("quatre cinq zéro, cinq cinq cinq, douze, trente-quatre", mtl, "+14505551234")
    p("ben c'est quatre un huit cinq cent cinquante-cinq zéro neuf neuf zéro", mtl,
      "+14185550990")
    p("le 819 cinq cinq cinq quarante-deux quarante-deux", mtl, "+18195554242")
    p("cinq zéro six genre cinq cinq cinq zéro un quatre sept", mon, "+15065550147")
    p("quatre trois huit non pardon quatre cinq zéro cinq cinq cinq un deux un deux", mtl,
      "+14505551212")
    p("un huit cents cinq cinq cinq zéro un zéro zéro", mtl, "+18005550100")
    p("cinq un quatre cinq cinq cinq un deux trois quatre poste vingt-deux", mtl,
      "+15145551234")
    p("c'est le cinq un quatre cinq cinq cinq", mtl, None)
    p("neuf zéro deux cinq cinq cinq zéro sept sept sept", mon, "+19025550777")

    n = f.name
    n("euh je m'appelle marie-ève bélanger", mtl, "Marie-Ève Bélanger")
    n("moi c'est jean de la fontaine", mtl, "Jean de La Fontaine")
    n("ben c'est sophie d'amours", mtl, "Sophie D'Amours")
    n("ici daniel le blanc", mon, "Daniel Le Blanc")
    n("mon nom c'est euh luc, non excusez, luc-antoine roy", mtl, "Luc-Antoine Roy")
    n("je m'appelle louis de grandpré", mtl, "Louis de Grandpré")
    n("c'est correct", mtl, None)
    n("je suis disponible jeudi", mtl, None)
    n("c'est stéphanie st-pierre", mon, "Stéphanie St-Pierre")

    t = f.time
    t("euh demain à deux heures et demie", mtl, T(mtl.plus(1), (14, 30)))
    t("jeudi à 10 h", mtl, T(mtl.weekday("thu"), (10, 0)))
    t("vendredi à trois heures moins quart", mtl, T(mtl.weekday("fri"), (14, 45)))
    t("mercredi qui vient dans l'après-midi", mtl, T(mtl.weekday("wed"), pod="afternoon"))
    t("à matin", mtl, T(mtl.today, pod="morning"))
    t("le 15 à neuf heures", mtl, T(mtl.dom(15), (9, 0)))
    t("jeudi de la semaine prochaine à 14 h", mtl, T(mtl.next_week("thu"), (14, 0)))
    t("entre midi et deux demain", mtl, T(mtl.plus(1), win=W((12, 0), (14, 0))))
    t("pas avant 15 h vendredi", mtl, T(mtl.weekday("fri"), win=W((15, 0), None)))
    t("lundi, non attendez, mardi à 11 h", mtl, T(mtl.weekday("tue"), (11, 0)))
    t("à 2 h PM", mtl, T(mtl.at(14), (14, 0)))
    t("dans trois jours à midi et demi", mtl, T(mtl.plus(3), (12, 30)))
    t("genre lundi matin", mon, T(mon.weekday("mon"), pod="morning"))
    t("ce soir", mon, T(mon.today, pod="evening"))
    t("mardi à 9 h 15", mon, T(mon.weekday("tue"), (9, 15)))
    t("le premier février à 10 h", mon, T(mon.month_day(2, 1), (10, 0)))
    t("n'importe quand avant midi lundi", mon, T(mon.weekday("mon"), win=W(None, (12, 0))))
    t("de 14 h à 16 h mercredi", mon, T(mon.weekday("wed"), win=W((14, 0), (16, 0))))
    t("je sais pas encore", mon, NOTHING)
    return f


def english_b():
    """A second blind batch, written after the first batch's fixes and before Bella was
    run on it: new phrasings of the families fixed and of the round's other forms."""
    f = CaseFile("asr12b-en")
    hal = Ref("America/Halifax", 2027, 1, 14, 9, 50)  # Thursday morning
    reg = Ref("America/Regina", 2026, 12, 15, 13, 25)  # Tuesday afternoon

    p = f.phone
    p("it's uh four oh three you know five five five ate one ate one", hal, "+14035558181",
      expect="phone")
    p("nine oh two five five five triple oh one", hal, "+19025550001")
    p("six oh four, five five five, double two, double four", hal, "+16045552244")
    p("its two five oh five five five oh one for oh", hal, "+12505550140", expect="phone")
    p("seven eight two five five five one two one two", hal, "+17825551212")
    p("uh three six seven five five five oh one two three", reg, "+13675550123")
    p("one four one six five five five two two two two", reg, "+14165552222")
    p("four one six... no wait it's six four seven five five five two two two two", reg,
      "+16475552222")

    n = f.name
    n("hi this is uh maría josé garcía", hal, "María José García")
    n("it's o'reilly, patrick o'reilly", hal, "Patrick O'Reilly")
    n("name's li-na chen", reg, "Li-Na Chen")
    n("uh my name is um jean-françois d'amours", reg, "Jean-François D'Amours")
    n("yes it's tom", reg, "Tom", expect="name")
    n("i'm calling for my mom", reg, None)

    t = f.time
    t("in 3 and a half hours", hal, T(hal.today, (13, 20)))
    t("in like an hour and a half", hal, T(hal.today, (11, 20)))
    t("in maybe four hours", hal, T(hal.today, (13, 50)))
    t("it'll take about 45 minutes", hal, NOTHING)
    t("the cleaning is like 30 minutes", hal, NOTHING)
    t("i need 2 hours", hal, NOTHING)
    t("from 1100 to 1230", hal, T(hal.today, win=W((11, 0), (12, 30))))
    t("monday from 1400 till 1530", hal, T(hal.weekday("mon"), win=W((14, 0), (15, 30))))
    t("anytime from 0800 to 0900", hal, T(hal.plus(1), win=W((8, 0), (9, 0))))
    t("sun morning", hal, T(hal.weekday("sun"), pod="morning"))
    t("sat afternoon at three", hal, T(hal.weekday("sat"), (15, 0)))
    t("wed morning at ten thirty", hal, T(hal.weekday("wed"), (10, 30)))
    t("in 45 days", hal, T(hal.plus(45)))
    t("three thirty p m on the twentieth", hal, T(hal.dom(20), (15, 30)))
    t("uh at like a quarter past eleven", hal, T(hal.at(11, 15), (11, 15)))
    t("at ten to two", hal, T(hal.at(13, 50), (13, 50)))
    t("noon tomorrow", hal, T(hal.plus(1), (12, 0)))
    t("the twenty first at four", hal, T(hal.dom(21), (16, 0)))
    t("in half an hour", reg, T(reg.today, (13, 55)))
    t("in 1 and a half hours", reg, T(reg.today, (14, 55)))
    t("from 1500 to 1630 tomorrow", reg, T(reg.plus(1), win=W((15, 0), (16, 30))))
    t("2 hours and 30 minutes from now", reg, T(reg.today, (15, 55)))
    t("ninety minutes from now", reg, T(reg.today, (14, 55)))
    t("oh nine hundred thursday", reg, T(reg.weekday("thu"), (9, 0)))
    return f


def french_b():
    """The French part of the second blind batch."""
    f = CaseFile("asr12b-fr", lang="fr")
    mtl = Ref("America/Toronto", 2027, 1, 11, 14, 5)  # Monday afternoon

    p = f.phone
    p("euh quatre un huit, cinq cinq cinq, zéro zéro, quarante-deux", mtl, "+14185550042")
    p("c'est le 581 cinq cinq cinq douze douze", mtl, "+15815551212")
    p("huit sept trois, cinq cinq cinq, zéro un zéro un", mtl, "+18735550101")

    n = f.name
    n("moi c'est marc-andré st-onge", mtl, "Marc-André St-Onge")
    n("je m'appelle euh chloé d'aoust", mtl, "Chloé D'Aoust")
    n("mettez ça au nom d'olivier gagnon", mtl, "Olivier Gagnon")

    t = f.time
    t("de 9 h 30 à 10 h 45", mtl, T(mtl.plus(1), win=W((9, 30), (10, 45))))
    t("mercredi de 13 h 30 à 15 h", mtl, T(mtl.weekday("wed"), win=W((13, 30), (15, 0))))
    t("à soir", mtl, T(mtl.today, pod="evening"))
    t("demain après-midi", mtl, T(mtl.plus(1), pod="afternoon"))
    t("jeudi à midi et quart", mtl, T(mtl.weekday("thu"), (12, 15)))
    t("vendredi à 4 h moins quart", mtl, T(mtl.weekday("fri"), (15, 45)))
    t("le vingt à dix heures", mtl, T(mtl.dom(20), (10, 0)))
    return f


def main():
    en = english()
    en.extend(english_b())
    en.write(os.path.join(HERE, "asr_probe12_en.jsonl"))
    fr = french()
    fr.extend(french_b())
    fr.write(os.path.join(HERE, "asr_probe12_fr.jsonl"))


if __name__ == "__main__":
    main()
