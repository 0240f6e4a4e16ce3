#!/usr/bin/env python3
"""Generator of probe round 13: `asr_probe13_en.jsonl` and `asr_probe13_fr.jsonl`, caller
turns as a speech recogniser writes them, in English and in Quebec French.

Written blind from `/work/shared/eval/SPEC.md` §1-2 and `SPEC-fr.md` §5 before Bella was
run on them, with families the earlier rounds (8, 12, held-out 6) did not stress:

* phone: restarts in the middle of a number ("four one six five five uh four one six ..."),
  a group said again after "sorry" ("... oh one sorry oh one two three"), group corrections
  ("no the middle part is five five six", "wait no the area code is ..."), pairs and
  hundreds ("four sixteen", "twelve thirty four", "oh eight hundred", "twenty twenty",
  "cinq cent quatorze", "deux mille"), extensions ("extension forty two", "poste deux cent
  trois"), "plus one" / "plus un", "won"/"for"/"to"/"ate" inside runs of digits;
* name: particles (de, van, van den, St-, Mc, O', des, du), surnames said first ("tremblay
  marie": SPEC §2 keeps the order spoken and drops the comma), a nickname before the full
  name, spellings with NATO words ("k as in kilo", "r comme roméo": a spelling after the
  name is not part of it), and cue words that start ordinary sentences ("this is about my
  appointment", "i'm calling to cancel", "c'est pour un rendez-vous": null);
* time: "quarter to", "twenty past", "twenty five to", "ten to" (the hour takes its
  business-hour reading first, then the minutes: "quarter to one" is 12:45), ordinal days
  ("the twenty third", "the thirty first"), "this coming", February 29th in a year without
  one (the nearest from today on), windows ("any time after one thirty", "between ten and
  noon", "no later than eleven", "anytime but the morning"), the eves and mornings of both
  2027 clock changes, Whitehorse, St. John's, Moncton, Winnipeg; French "moins vingt",
  "moins cinq", "midi moins dix", "pour 2 h" (SPEC-fr §5.5: "pour" before a time names it),
  "deux heures et quinze minutes" after "à" (14:15) and as a length ("ça va prendre deux
  heures et quinze minutes": no start, so null, as SPEC §2 gives null without a date or
  time and the English lengths of round 12 do).

Left out as not settled by the SPEC: "a week Tuesday", "a week from tomorrow", "after
lunch" / "après le dîner", "before 10 or after 3" (two windows), a nickname given after the
full name ("robert but call me bob"), "last name X first name Y" in English (the order is
settled only for French), a restart without any cue where both readings are full numbers,
a clock time that does not exist on the spring-forward morning, a time equal to now.

usage: python3 gen_asr_probe13.py   (writes both files beside this script)
"""

import os

from blindlib import NOTHING, CaseFile, Ref, T, W

HERE = os.path.dirname(os.path.abspath(__file__))


def english():
    f = CaseFile("asr13-en")
    tor = Ref("America/Toronto", 2027, 3, 13, 18, 40)  # Saturday, eve of spring forward
    edm = Ref("America/Edmonton", 2027, 11, 6, 22, 15)  # Saturday night, eve of fall back
    hfx = Ref("America/Halifax", 2026, 12, 21, 11, 50)  # Monday before noon
    whs = Ref("America/Whitehorse", 2027, 1, 28, 7, 5)  # Thursday, early
    stj = Ref("America/St_Johns", 2026, 12, 30, 15, 30)  # Wednesday afternoon, year end

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("four one six five five uh four one six five five five two one oh nine", hfx,
      "+14165552109")
    p("six oh four five five five oh one sorry oh one two three", hfx, "+16045550123",
      expect="phone")
    p("it's five one four five five five let me start over five one four five five five "
      "nine eight seven six", hfx, "+15145559876")
    p("two oh four five five five one two three four no the middle part is five five six",
      hfx, "+12045561234")
    p("seven eight oh five five five oh nine one two sorry the last four are oh nine two one",
      tor, "+17805550921")
    p("five one four five five five one two one two wait no the area code is four three "
      "eight", tor, "+14385551212")
    p("four sixteen five five five twelve thirty four", tor, "+14165551234", expect="phone")
    p("six forty seven five five five oh eight hundred", tor, "+16475550800", expect="phone")
    p("nine oh five five five five twenty twenty", edm, "+19055552020", expect="phone")
    p("uh eight hundred five five five nineteen ninety nine", edm, "+18005551999",
      expect="phone")
    p("five one nine five five five nineteen oh five", edm, "+15195551905")
    p("my number is three four three five five five oh one oh one extension forty two", edm,
      "+13435550101")
    p("five eight one five five five oh seven oh seven and the extension is two oh one", whs,
      "+15815550707")
    p("plus one two eight nine five five five oh one four four", whs, "+12895550144")
    p("plus 1 709 555 0188", stj, "+17095550188")
    p("it's plus four four two oh seven nine four six oh nine five eight", stj,
      "+442079460958")
    p("six won three five five five oh won won ate", stj, "+16135550118", expect="phone")
    p("two for nine five five five oh to for ate", stj, "+12495550248", expect="phone")
    p("three six five five five five oh oh oh seven", whs, "+13655550007")
    p("it's four one six five five five twelve", whs, None)
    p("uh my cell is four three eight um five five five uh double oh four two", whs,
      "+14385550042")
    p("you can call me back at six one three five five five oh one two three", hfx,
      "+16135550123")
    p("it's two two six five five five oh one seven eight or actually my work one is two two "
      "six five five five oh nine nine nine", hfx, "+12265550999")
    p("the number is two five oh five five five oh one twenty three", tor, "+12505550123")

    # ---------------------------------------------------------------- name
    n = f.name
    n("my name is uh tremblay marie", hfx, "Tremblay Marie")
    n("the name is tremblay, marie", hfx, "Tremblay Marie")
    n("patel raj", hfx, "Patel Raj", expect="name")
    n("my name is o'neil patrick", tor, "O'Neil Patrick")
    n("this is pieter van dyke", tor, "Pieter Van Dyke")
    n("my name is anna de luca", tor, "Anna De Luca")
    n("this is dr anita van den berg", edm, "Anita Van Den Berg")
    n("i'm mary st-john", edm, "Mary St-John")
    n("it's connor mcallister", edm, "Connor Mcallister")
    n("name's siobhan o'sullivan", whs, "Siobhan O'Sullivan")
    n("yeah it's jean-philippe de la cruz", whs, "Jean-Philippe De La Cruz")
    n("sure it's fatima al-hassan", whs, "Fatima Al-Hassan")
    # Left out after the blind run: "it's bob uh robert kowalski" (a nickname, a
    # hesitation, then the full name). SPEC §2 takes the later of two names given as a
    # correction or a restatement, but nothing here marks one: a hesitation inside a
    # three-part name ("mary uh jane smith") is said the same way.
    f.retire("name")
    n("this is liz sorry elizabeth nguyen", stj, "Elizabeth Nguyen")
    n("uh this is sam i mean samantha reyes", stj, "Samantha Reyes")
    n("everyone calls me bobby but my name is robert lang", stj, "Robert Lang")
    n("my name is kate k as in kilo a t e", hfx, "Kate")
    n("it's mike novak n as in november o v as in victor a k", hfx, "Mike Novak")
    n("my name is david chen c as in charlie h e n", tor, "David Chen")
    n("it's zoe z o e", tor, "Zoe", expect="name")
    n("yeah it's under mcleod", edm, "Mcleod", expect="name")
    n("this is about my appointment", hfx, None)
    n("i'm calling to cancel", hfx, None)
    n("hi this is regarding the booking i made", tor, None)
    n("i'm just calling to check my time", edm, None)
    n("it's about my daughter's cleaning", whs, None)
    n("this is the second time i'm calling", stj, None)
    n("i'm running a bit late", stj, None)
    n("i'm from the insurance company", hfx, None)

    # ---------------------------------------------------------------- time
    t = f.time
    # Halifax, Monday 2026-12-21 11:50
    t("twenty past three tomorrow", hfx, T(hfx.plus(1), (15, 20)))
    t("quarter to one", hfx, T(hfx.at(12, 45), (12, 45)), expect="time")
    t("uh half past two on wednesday", hfx, T(hfx.weekday("wed"), (14, 30)))
    t("twenty five to eleven thursday", hfx, T(hfx.weekday("thu"), (10, 35)))
    t("the twenty third at ten", hfx, T(hfx.dom(23), (10, 0)))
    t("on the thirty first in the morning", hfx, T(hfx.dom(31), pod="morning"))
    t("this coming friday at nine", hfx, T(hfx.weekday("fri"), (9, 0)))
    t("any time after one thirty today", hfx, T(hfx.today, win=W((13, 30), None)))
    t("between ten and noon on the twenty second", hfx,
      T(hfx.dom(22), win=W((10, 0), (12, 0))))
    t("ten past nine in the morning on tuesday", hfx, T(hfx.weekday("tue"), (9, 10)))
    t("a week from today at four", hfx, T(hfx.plus(7), (16, 0)))
    t("no later than eleven friday", hfx, T(hfx.weekday("fri"), win=W(None, (11, 0))))
    # Toronto, Saturday 2027-03-13 18:40, clocks go forward overnight
    t("tomorrow at nine thirty", tor, T(tor.plus(1), (9, 30)))
    t("sunday morning", tor, T(tor.weekday("sun"), pod="morning"))
    t("monday at quarter past eight", tor, T(tor.weekday("mon"), (8, 15)))
    t("at seven", tor, T(tor.at(7), (7, 0)), expect="time")
    t("the fourteenth at noon", tor, T(tor.dom(14), (12, 0)))
    t("march twenty third at two", tor, T(tor.month_day(3, 23), (14, 0)))
    t("next tuesday between one and three", tor,
      T(tor.next_week("tue"), win=W((13, 0), (15, 0))))
    t("nine p m", tor, T(tor.at(21), (21, 0)), expect="time")
    t("uh eight forty five tomorrow a m", tor, T(tor.plus(1), (8, 45)))
    # Edmonton, Saturday 2027-11-06 22:15, clocks go back overnight
    t("tomorrow at one thirty in the morning", edm, T(edm.plus(1), (1, 30)))
    t("monday at ten to nine", edm, T(edm.weekday("mon"), (8, 50)))
    t("the seventh at two", edm, T(edm.dom(7), (14, 0)))
    t("eleven forty five", edm, T(edm.at(11, 45), (11, 45)), expect="time")
    t("after three on monday", edm, T(edm.weekday("mon"), win=W((15, 0), None)))
    t("at seven in the evening on tuesday", edm, T(edm.weekday("tue"), (19, 0)))
    # Whitehorse, Thursday 2027-01-28 07:05
    t("today at half past ten", whs, T(whs.today, (10, 30)))
    t("the twenty ninth at quarter to five", whs, T(whs.dom(29), (16, 45)))
    t("on the thirty first", whs, T(whs.dom(31)))
    t("the thirtieth of january at eleven", whs, T(whs.month_day(1, 30), (11, 0)))
    t("february twenty ninth", whs, T(whs.month_day(2, 29)))
    t("this coming monday afternoon", whs, T(whs.weekday("mon"), pod="afternoon"))
    t("anytime but the morning on friday", whs, T(whs.weekday("fri"), win=W((12, 0), None)))
    t("between nine thirty and eleven", whs,
      T(whs.window_day((9, 30), (11, 0)), win=W((9, 30), (11, 0))))
    # St. John's, Wednesday 2026-12-30 15:30
    t("at four", stj, T(stj.at(16), (16, 0)), expect="time")
    t("the second at ten", stj, T(stj.dom(2), (10, 0)))
    t("friday twenty past eleven", stj, T(stj.weekday("fri"), (11, 20)))
    t("half past twelve tomorrow", stj, T(stj.plus(1), (12, 30)))
    t("um not before two on monday", stj, T(stj.weekday("mon"), win=W((14, 0), None)))
    t("january fourth at nine", stj, T(stj.month_day(1, 4), (9, 0)))
    t("i'll be there for about an hour", stj, NOTHING)
    t("quarter past four", stj, T(stj.at(16, 15), (16, 15)), expect="time")
    return f


def french():
    f = CaseFile("asr13-fr", lang="fr")
    mtl = Ref("America/Toronto", 2027, 3, 14, 9, 20)  # Sunday morning, clocks just moved
    mon = Ref("America/Moncton", 2026, 12, 17, 16, 45)  # Thursday, late afternoon
    wpg = Ref("America/Winnipeg", 2027, 1, 29, 8, 0)  # Friday, before opening

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("cinq un quatre cinq cinq euh cinq un quatre cinq cinq cinq zéro neuf huit sept", mtl,
      "+15145550987")
    p("quatre cinq zéro cinq cinq cinq zéro un, non attendez, zéro deux trois quatre", mtl,
      "+14505550234")
    p("quatre un huit cinq cinq cinq douze trente-quatre, non le milieu c'est cinq cinq six",
      mtl, "+14185561234")
    p("cinq cent quatorze, cinq cent cinquante-cinq, zéro un, vingt-trois", mtl,
      "+15145550123")
    p("huit cent dix-neuf cinq cinq cinq quatre-vingt-dix-neuf zéro zéro", mtl,
      "+18195559900")
    p("six cent treize, cinq cinq cinq, soixante-dix-sept, soixante et onze", mon,
      "+16135557771")
    p("plus un quatre cinq zéro cinq cinq cinq un deux un deux", mon, "+14505551212")
    p("cinq un quatre cinq cinq cinq un deux trois quatre, poste deux cent trois", mon,
      "+15145551234")
    # SPEC-fr §5.2: words combine longest first ("cinq cent quatorze" is 514), so the
    # singular "huit cent cinq" is 805 and the digits 1 805 5 5 0 0 42 are no number
    # (the toll-free "un huit cents" of §5.3 ends its hundred with the plural).
    p("un huit cent cinq cinq cinq zéro zéro quarante-deux", mon, None)
    p("neuf zéro deux, cinq cinq cinq, deux mille", mon, "+19025552000")
    p("c'est le quatre un huit cinq cinq cinq, euh, je me souviens plus du reste", wpg, None)
    p("ben mon cell c'est le cinq huit un, cinq cinq cinq, zéro zéro, zéro sept", wpg,
      "+15815550007")
    p("deux zéro quatre cinq cinq cinq vingt et un vingt et un", wpg, "+12045552121")
    p("huit sept trois cinq cinq cinq zéro six zéro six poste douze", wpg, "+18735550606")

    # ---------------------------------------------------------------- name
    n = f.name
    n("mon nom c'est tremblay marie", mtl, "Tremblay Marie")
    n("tremblay, marie", mtl, "Tremblay Marie", expect="name")
    n("je m'appelle marie de la chevrotière", mtl, "Marie de La Chevrotière")
    n("c'est jean-guy st-amant", mtl, "Jean-Guy St-Amant")
    n("moi c'est pierre-luc d'anjou", mon, "Pierre-Luc D'Anjou")
    n("ici gabrielle des rosiers", mon, "Gabrielle des Rosiers")
    n("je suis marc-antoine du tremblay", mon, "Marc-Antoine du Tremblay")
    n("oui c'est madame lise o'neill", mon, "Lise O'Neill")
    n("tout le monde m'appelle ti-guy mais mon nom c'est guy lapointe", wpg, "Guy Lapointe")
    n("je m'appelle ti-jean, non, jean lavoie", wpg, "Jean Lavoie")
    n("c'est roy, r comme roméo, o, y", wpg, "Roy")
    n("c'est gagné g a g n é", wpg, "Gagné", expect="name")
    n("c'est pour un rendez-vous", mtl, None)
    n("je suis en retard", mtl, None)
    n("c'est au sujet de mon rendez-vous", mon, None)
    n("je vous appelle pour annuler", mon, None)
    n("c'est moi qui a appelé tantôt", wpg, None)

    # ---------------------------------------------------------------- time
    t = f.time
    # Montréal (Toronto zone), Sunday 2027-03-14 09:20, the morning clocks went forward
    t("demain à deux heures et quinze minutes", mtl, T(mtl.plus(1), (14, 15)))
    t("ça va prendre deux heures et quinze minutes", mtl, NOTHING)
    t("lundi à trois heures moins vingt", mtl, T(mtl.weekday("mon"), (14, 40)))
    t("le vingt-trois à dix heures et quart", mtl, T(mtl.dom(23), (10, 15)))
    t("mardi qui s'en vient en après-midi", mtl, T(mtl.weekday("tue"), pod="afternoon"))
    t("à midi moins dix", mtl, T(mtl.at(11, 50), (11, 50)))
    t("pour 2 h demain", mtl, T(mtl.plus(1), (14, 0)))
    t("n'importe quand après 13 h mercredi", mtl, T(mtl.weekday("wed"), win=W((13, 0), None)))
    t("entre 9 h et 11 h 30 jeudi", mtl, T(mtl.weekday("thu"), win=W((9, 0), (11, 30))))
    t("le trente et un mars à neuf heures", mtl, T(mtl.month_day(3, 31), (9, 0)))
    t("à 8 h", mtl, T(mtl.at(8), (8, 0)), expect="time")
    t("cet après-midi", mtl, T(mtl.today, pod="afternoon"))
    # Moncton, Thursday 2026-12-17 16:45
    t("demain avant-midi vers dix heures et demie", mon, T(mon.plus(1), (10, 30)))
    t("vendredi sauf le matin", mon, T(mon.weekday("fri"), win=W((12, 0), None)))
    t("à quatre heures moins cinq", mon, T(mon.at(15, 55), (15, 55)), expect="time")
    t("le vingt et un à une heure", mon, T(mon.dom(21), (13, 0)))
    t("mardi de la semaine prochaine à 9 h 45", mon, T(mon.next_week("tue"), (9, 45)))
    t("entre midi et une heure lundi", mon, T(mon.weekday("mon"), win=W((12, 0), (13, 0))))
    t("je suis pas sûr, faut que je vérifie", mon, NOTHING)
    # Winnipeg, Friday 2027-01-29 08:00
    t("à dix heures et quinze minutes", wpg, T(wpg.at(10, 15), (10, 15)))
    t("lundi en avant-midi mais pas avant 10 h", wpg,
      T(wpg.weekday("mon"), pod="morning", win=W((10, 0), None)))
    t("le premier à 13 h", wpg, T(wpg.dom(1), (13, 0)))
    t("aujourd'hui à cinq heures moins quart", wpg, T(wpg.today, (16, 45)))
    t("dans une semaine à midi", wpg, T(wpg.plus(7), (12, 0)))
    t("samedi soir", wpg, T(wpg.weekday("sat"), pod="evening"))
    return f


def variants_en():
    """Variants of the families fixed after the blind run (not blind): restarts, a
    number finished after a correction, named groups, and runs that must stay whole."""
    f = CaseFile("asr13v-en")
    hfx = Ref("America/Halifax", 2026, 12, 21, 11, 50)
    p = f.phone
    p("seven eight oh five five uh seven eight oh five five five one two one two", hfx,
      "+17805551212")
    p("four one six five five five one two uh one two three four", hfx, "+14165551234")
    p("two five oh five five five oh one sorry my mistake oh one four four", hfx,
      "+12505550144")
    p("six one three five five five four three two one no the middle three are five five "
      "seven", hfx, "+16135574321")
    p("five one four five five five one two one two sorry the last four digits are three "
      "four three four", hfx, "+15145553434")
    p("my card number is four five one two uh four five one two three three three three one "
      "one one one", hfx, None)
    p("can i come at nine thirty sorry ten forty five", hfx, None)
    return f


def variants_fr():
    f = CaseFile("asr13v-fr", lang="fr")
    wpg = Ref("America/Winnipeg", 2027, 1, 29, 8, 0)
    p = f.phone
    p("quatre un huit cinq euh quatre un huit cinq cinq cinq un deux un deux", wpg,
      "+14185551212")
    p("cinq un quatre cinq cinq cinq zéro un, pardon, zéro un zéro un", wpg, "+15145550101")
    p("six cent treize cinq cinq cinq douze trente-quatre, non le milieu c'est cinq cinq sept",
      wpg, "+16135571234")
    t = f.time
    t("ben ça prend genre une heure et trente minutes", wpg, NOTHING)
    t("mardi à une heure et trente minutes", wpg, T(wpg.weekday("tue"), (13, 30)))
    return f


def english_b():
    """A second blind batch, written after the fixes and before Bella was run on it."""
    f = CaseFile("asr13b-en")
    reg = Ref("America/Regina", 2027, 2, 10, 14, 25)  # Wednesday afternoon
    van = Ref("America/Vancouver", 2026, 11, 1, 0, 30)  # Sunday 00:30, clocks go back at 2

    p = f.phone
    p("three oh six five five five uh no three oh six five five five four four one one", reg,
      "+13065554411")
    p("five eight seven five five five oh oh uh oh oh four two", reg, "+15875550042",
      expect="phone")
    p("two oh four five five five one two three four sorry the area code is two three six",
      reg, "+12365551234")
    p("it's nine oh five um five five five uh one one one one", reg, "+19055551111")
    p("eight one nine five five five oh two oh two extension three three", reg, "+18195550202")
    p("plus one eight seven three five five five oh one two one", van, "+18735550121")
    p("six oh four five five five twenty one hundred", van, "+16045552100", expect="phone")
    p("my number is four one six five five five oh one", van, None)
    p("seven eight oh five five five oh four sorry i don't remember the rest", van, None)
    p("four three eight five five five one two one two no wait the last four are two one two "
      "one", van, "+14385552121")

    n = f.name
    n("my name is uh de souza carla", reg, "De Souza Carla")
    n("it's mcintyre, fiona mcintyre", reg, "Fiona Mcintyre")
    n("i'm calling about my husband's appointment", reg, None)
    n("this is for a cleaning", van, None)
    n("name is joe j as in juliet o e", van, "Joe")
    n("yeah it's van houten kirk", van, "Van Houten Kirk")

    t = f.time
    t("twenty past four", reg, T(reg.at(16, 20), (16, 20)), expect="time")
    t("quarter to ten on the twelfth", reg, T(reg.dom(12), (9, 45)))
    t("the twenty eighth at half past one", reg, T(reg.dom(28), (13, 30)))
    t("this coming thursday between two and four", reg,
      T(reg.weekday("thu"), win=W((14, 0), (16, 0))))
    t("any time before eleven thirty tomorrow", reg, T(reg.plus(1), win=W(None, (11, 30))))
    t("twenty five past nine friday", reg, T(reg.weekday("fri"), (9, 25)))
    t("at nine", van, T(van.at(9), (9, 0)), expect="time")
    t("tomorrow at ten to three", van, T(van.plus(1), (14, 50)))
    t("monday afternoon after two", van,
      T(van.weekday("mon"), pod="afternoon", win=W((14, 0), None)))
    return f


def french_b():
    f = CaseFile("asr13b-fr", lang="fr")
    mtl = Ref("America/Toronto", 2027, 2, 10, 13, 5)  # Wednesday afternoon

    p = f.phone
    p("quatre cinq zéro euh quatre cinq zéro cinq cinq cinq soixante, soixante", mtl,
      "+14505556060")
    p("cinq un quatre cinq cinq cinq, zéro, pardon, quatre-vingt-dix-neuf quatre-vingt-dix-neuf",
      mtl, "+15145559999")
    p("huit un neuf cinq cinq cinq zéro un zéro deux, non le milieu c'est cinq cinq huit", mtl,
      "+18195580102")
    p("deux quatre neuf cinq cinq cinq quarante, quarante, poste trente", mtl, "+12495554040")

    n = f.name
    n("c'est bouchard, julie bouchard", mtl, "Julie Bouchard")
    n("je m'appelle anne-marie du sault", mtl, "Anne-Marie du Sault")
    n("c'est pour reporter mon rendez-vous", mtl, None)

    t = f.time
    t("jeudi à dix heures moins vingt", mtl, T(mtl.weekday("thu"), (9, 40)))
    t("demain à une heure et quinze minutes", mtl, T(mtl.plus(1), (13, 15)))
    t("ça dure une heure et quinze minutes", mtl, NOTHING)
    t("le vingt-huit à deux heures et demie", mtl, T(mtl.dom(28), (14, 30)))
    t("vendredi entre dix heures et midi", mtl, T(mtl.weekday("fri"), win=W((10, 0), (12, 0))))
    return f


def main():
    en = english()
    en.extend(variants_en())
    en.extend(english_b())
    en.write(os.path.join(HERE, "asr_probe13_en.jsonl"))
    fr = french()
    fr.extend(variants_fr())
    fr.extend(french_b())
    fr.write(os.path.join(HERE, "asr_probe13_fr.jsonl"))


if __name__ == "__main__":
    main()
