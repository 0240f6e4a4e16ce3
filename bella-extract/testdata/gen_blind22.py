#!/usr/bin/env python3
"""Generator of blind round 22: `blind22_en.jsonl` (English) and `blind22_fr.jsonl`
(fr-CA).

Written blind from `/work/shared/eval/SPEC.md` §1-2 and `SPEC-fr.md` §5.2-5.5 before
Bella was run on it, through the `blindlib.py` oracle, at reference instants earlier
rounds did not use: Toronto on a Saturday late morning (so "next Sunday" is eight days
ahead and "this coming Monday" two), Vancouver on the Sunday before Christmas 2026,
Regina ten minutes before closing on a Friday at a month end, Edmonton on a Tuesday
just after opening, Halifax on a Wednesday after lunch at a month end; French: Toronto
(Montréal's zone) on a Saturday, Moncton on a Thursday afternoon, Winnipeg on a Monday
before opening at a month end, Toronto on the Friday before Christmas.

The round stresses what a new held-out set would:

* phone: numbers said in words ("six one three, five five five, oh one two three"),
  "double"/"triple", "plus one", "1-800"/"one eight hundred"/"1 888"/"1 877", extensions
  ("extension", "ext.", "x"), "area code ...", NANP numbers in brackets and dots, numbers
  of other countries said with "plus" by Canadians (France, United Kingdom) and without
  it (null: not NANP), eleven digits (null), short numbers (null); French: words and
  digits, pairs, "cent", "plus trente-trois", "poste", "non pardon";
* name: particles (de la Cruz, van der Berg, St-Pierre), apostrophes (O'Neill),
  hyphenated surnames (Nguyen-Tran), Mc/Mac as transcribed (McAllister, MacLeod; a
  lower-cased "mcdonald" gives `Mcdonald`), "my name's X but everyone calls me Y" (two
  names in one turn: the later, §2), spelled names (the spelling is dropped), titles
  and fillers, ASR noise (repeated words, stray punctuation), and turns with a cue that
  name nobody;
* time: "quarter past", "half past", "quarter to", "twenty to", "noon-ish"/"around
  noon" (12:00, as "around" names the time), relative days ("the day after tomorrow",
  "a week from Friday", "a week from tomorrow", "this coming Monday" on a Saturday,
  "next Sunday" said on a Saturday and on a Sunday), dates ("the 3rd", "December 23rd",
  "le 1er", "le premier", "mardi prochain" where its readings agree, "dans deux
  semaines"), negations ("not Monday, Tuesday"), windows, and ASR noise ("at at 2",
  "Tuesday. At 10. In the morning.").

Left out as not settled by the SPECs: holidays (neither SPEC names one), "end of day",
"midnight", "011" international prefixes, French "double"/"triple", "X prochain" where
its two readings differ, "dimanche prochain" said on a Saturday.

usage: python3 gen_blind22.py   (writes `blind22_en.jsonl` and `blind22_fr.jsonl` beside
this script)
"""

import os

from blindlib import NOTHING, CaseFile, Ref, T, W, biz

HERE = os.path.dirname(os.path.abspath(__file__))


def english():
    f = CaseFile("b22-en")

    sat = Ref("America/Toronto", 2027, 1, 30, 11, 20)  # Saturday, late morning
    sun = Ref("America/Vancouver", 2026, 12, 20, 15, 0)  # Sunday before Christmas
    reg = Ref("America/Regina", 2027, 6, 25, 16, 50)  # Friday, ten to closing
    edm = Ref("America/Edmonton", 2027, 4, 13, 9, 10)  # Tuesday, after opening
    hfx = Ref("America/Halifax", 2027, 9, 29, 13, 40)  # Wednesday, month end

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("six one three, five five five, oh one two three", sat, "+16135550123")
    p("my number is plus one, four one six, five five five, zero one nine eight", sat,
      "+14165550198")
    p("1-800-555-0199", reg, "+18005550199", expect="phone")
    p("one eight hundred, five five five, oh one six six", reg, "+18005550166")
    p("toll free, one eight eight eight, five five five, two three four five", edm,
      "+18885552345")
    p("1-877-555-0100 ext 3", hfx, "+18775550100")
    p("it's 613-555-0123 extension 204", sat, "+16135550123")
    p("613 555 0123 ext. 7", sat, "+16135550123")
    p("six one three double five five oh one two three", sat, "+16135550123")
    p("four one six, triple five, oh one double two", sat, "+14165550122")
    p("nine oh two, triple five, double oh, one nine", hfx, "+19025550019")
    p("it's two five oh, five five five, oh one oh oh", sun, "+12505550100")
    p("area code six oh four, then five five five, zero one eight seven", sun,
      "+16045550187")
    p("1 (306) 555-0142", reg, "+13065550142", expect="phone")
    p("call me at 306.555.0123 or 306.555.0188 is my work", reg, "+13065550188")
    p("my sister's number in london is plus four four, two oh, seven one two three, "
      "four five six seven", sat, "+442071234567")
    p("plus three three, six, one two, three four, five six, seven eight", sat,
      "+33612345678")
    p("+33 1 42 68 53 00", sat, "+33142685300", expect="phone")
    p("my number in paris is oh one, forty two, sixty eight, fifty three, double oh",
      sat, None)
    p("it's 613 555 012", sat, None)
    p("my extension is 2045", edm, None)
    p("six one three five five five oh one two three four", sat, None, expect="phone")
    p("six one three five five five, um, zero one, twenty three", sat, "+16135550123")
    p("four five oh, five five five, ten twenty", sat, "+14505551020")
    p("two eight nine, eight hundred, forty five sixty seven", sat, "+12898004567")
    p("it's a four one six number, five five five, oh one two three", sat,
      "+14165550123")
    p("uh yeah it's uh seven eight zero uh five five five uh zero one four one", edm,
      "+17805550141")
    p("five eight seven, five five five, oh, one, three, three", edm, "+15875550133")
    p("403 555 01 23", edm, "+14035550123")
    p("it's 403 555 0123, no wait, 403 555 0132", edm, "+14035550132")
    p("not 780 555 0101, it's 780 555 0110", edm, "+17805550110")
    p("I'd like to book for 2 people at 3 on the 14th", edm, None)
    p("my postal code is T5J 0N3", edm, None)
    p("my date of birth is 04 12 1985", edm, None)
    p("seven oh nine. five five five. zero one zero one.", hfx, "+17095550101",
      expect="phone")
    p("plus 1 902 555 0175", hfx, "+19025550175")
    p("one, nine oh two, five five five, oh one nine nine", hfx, "+19025550199")
    p("the number's 8 1 9 5 5 5 0 1 6 6", sat, "+18195550166")

    # ----------------------------------------------------------------- name
    n = f.name
    n("my name is juan de la cruz", sat, "Juan De La Cruz")
    n("uh my name is uh maria de la cruz", sun, "Maria De La Cruz")
    n("it's siobhan o'neill", sat, "Siobhan O'Neill")
    n("this is Declan O'Neill", reg, "Declan O'Neill")
    n("this is thanh nguyen-tran", sun, "Thanh Nguyen-Tran")
    n("my name's Linh Nguyen-Tran", edm, "Linh Nguyen-Tran")
    n("i'm luc st-pierre", sat, "Luc St-Pierre")
    n("the name is Anne St-Pierre", hfx, "Anne St-Pierre")
    n("my name is Ian McAllister", reg, "Ian McAllister")
    n("name's Fiona MacLeod", hfx, "Fiona MacLeod")
    n("my name is angus mcdonald", hfx, "Angus Mcdonald")
    n("it's hendrik van der berg", edm, "Hendrik Van Der Berg")
    n("my name's Robert but everyone calls me Bob", sat, "Bob")
    n("my name is Katherine Wells but everyone calls me Kate", reg, "Kate")
    n("It's Nguyen, N-G-U-Y-E-N", sun, "Nguyen", expect="name")
    n("my name is Aoife, that's A-O-I-F-E", hfx, "Aoife")
    n("Dr. Maria de la Cruz", sun, "Maria De La Cruz", expect="name")
    n("Mr. Patrick O'Neill", sat, "Patrick O'Neill", expect="name")
    n("this is Mary-Kate O'Sullivan-Burke", edm, "Mary-Kate O'Sullivan-Burke")
    n("yeah hi, this is, um, this is Priya, Priya Raman", edm, "Priya Raman")
    n("my name is my name is Omar Haddad", reg, "Omar Haddad")
    n("so, uh, the name would be under... Chen. Wei Chen.", sun, "Wei Chen",
      expect="name")
    n("put it under McAllister", reg, "McAllister")
    n("call me Bob", sat, "Bob")
    n("okay, Juan de la Cruz", sat, "Juan De La Cruz")
    n("yes, it's Nguyen-Tran", sun, "Nguyen-Tran", expect="name")
    n("first name Aoife, last name O'Neill", hfx, "Aoife O'Neill")
    n("i'm Sarah, sorry, Sara, no H", edm, "Sara")
    n("It's Jon, sorry, Jonathan St-Pierre", reg, "Jonathan St-Pierre")
    n("the booking would be for Liam MacLeod", hfx, "Liam MacLeod", expect="name")
    n("the booking would be for Liam MacLeod", hfx, None)
    n("it's for my husband Bob", edm, None)
    n("I'm not sure what time works", sat, None)
    n("it's about the appointment on tuesday", edm, None)
    n("this is taking forever", reg, None)
    n("I'm calling from Halifax", hfx, None)
    n("i'm just wondering if you're open saturday", sat, None)
    n("it's 613 555 0123", sat, None)
    n("yeah that's right", sun, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # Saturday 2027-01-30 11:20, Toronto
    r = sat
    t("next sunday", r, T(r.next_week("sun")))
    t("sunday", r, T(r.weekday("sun")))
    t("this coming monday", r, T(r.weekday("mon")))
    t("this coming monday at 10", r, T(r.weekday("mon"), (10, 0)))
    t("next monday at quarter past two", r, T(r.next_week("mon"), (biz(2), 15)))
    t("the day after tomorrow at quarter past two", r, T(r.plus(2), (biz(2), 15)))
    t("a week from friday", r, T(r.weekday("fri") + (r.plus(7) - r.today)))
    t("a week from monday at 10", r, T(r.weekday("mon") + (r.plus(7) - r.today), (10, 0)))
    t("the 3rd", r, T(r.dom(3)))
    t("february 3rd at half past nine", r, T(r.month_day(2, 3), (9, 30)))
    t("noon-ish", r, T(r.at(12), (12, 0)))
    t("around noon on tuesday", r, T(r.weekday("tue"), (12, 0)))
    t("half past eleven", r, T(r.at(11, 30), (11, 30)))
    t("quarter past eleven", r, T(r.at(11, 15), (11, 15)))
    t("not monday, tuesday", r, T(r.weekday("tue")))
    t("uh monday no not monday tuesday at ten", r, T(r.weekday("tue"), (10, 0)))
    t("next week wednesday", r, T(r.next_week("wed")))
    t("in three days", r, T(r.plus(3)))
    t("um so like maybe uh thursday at at 2?", r, T(r.weekday("thu"), (biz(2), 0)))
    t("Tuesday. At 10. In the morning.", r, T(r.weekday("tue"), (10, 0)))
    t("not before 10 on monday", r, T(r.weekday("mon"), win=W((10, 0))))
    t("honestly whatever works for you guys", r, NOTHING)
    # Sunday 2026-12-20 15:00, Vancouver
    r = sun
    t("december 23rd", r, T(r.month_day(12, 23)))
    t("december 23rd at 2", r, T(r.month_day(12, 23), (biz(2), 0)))
    t("the 23rd in the morning", r, T(r.dom(23), pod="morning"))
    t("next sunday", r, T(r.next_week("sun")))
    t("next monday", r, T(r.next_week("mon")))
    t("tomorrow at quarter to nine", r, T(r.plus(1), (8, 45)))
    t("the day after tomorrow", r, T(r.plus(2)))
    t("at 4", r, T(r.at(biz(4)), (biz(4), 0)))
    t("half past three", r, T(r.at(15, 30), (15, 30)))
    t("this wednesday at noon", r, T(r.weekday("wed"), (12, 0)))
    t("january 4th at nine fifteen", r, T(r.month_day(1, 4), (9, 15)))
    t("the 4th", r, T(r.dom(4)))
    t("a week from tomorrow", r, T(r.plus(8)))
    t("a week from today at 11", r, T(r.plus(7), (11, 0)))
    t("tuesday, not in the morning", r, T(r.weekday("tue"), win=W((12, 0))))
    t("monday between 10 and 12", r, T(r.weekday("mon"), win=W((10, 0), (12, 0))))
    # Friday 2027-06-25 16:50, Regina
    r = reg
    t("monday", r, T(r.weekday("mon")))
    t("this coming monday at 9", r, T(r.weekday("mon"), (9, 0)))
    t("next monday", r, T(r.next_week("mon")))
    t("next friday", r, T(r.next_week("fri")))
    t("friday", r, T(r.weekday("fri")))
    t("the 1st", r, T(r.dom(1)))
    t("july 1st at 10", r, T(r.month_day(7, 1), (10, 0)))
    t("at 5", r, T(r.at(biz(5)), (biz(5), 0)))
    t("quarter past 5", r, T(r.at(17, 15), (17, 15)))
    t("at quarter to five", r, T(r.at(16, 45), (16, 45)))
    t("tomorrow at noon", r, T(r.plus(1), (12, 0)))
    t("after 3 on tuesday", r, T(r.weekday("tue"), win=W((biz(3), 0))))
    t("monday morning, not before 10", r,
      T(r.weekday("mon"), pod="morning", win=W((10, 0))))
    t("not thursday, wednesday at half past one", r, T(r.weekday("wed"), (13, 30)))
    # Tuesday 2027-04-13 09:10, Edmonton
    r = edm
    t("tuesday", r, T(r.weekday("tue")))
    t("next tuesday", r, T(r.next_week("tue")))
    t("this thursday at 2", r, T(r.weekday("thu"), (biz(2), 0)))
    t("next thursday", r, T(r.next_week("thu")))
    t("the 12th", r, T(r.dom(12)))
    t("at 9", r, T(r.at(9), (9, 0)))
    t("at 10", r, T(r.at(10), (10, 0)))
    t("at twenty to ten", r, T(r.at(9, 40), (9, 40)))
    t("a week from thursday", r, T(r.weekday("thu") + (r.plus(7) - r.today)))
    t("between 1 and 3 tomorrow", r, T(r.plus(1), win=W((biz(1), 0), (biz(3), 0))))
    t("not wednesday, thursday afternoon", r, T(r.weekday("thu"), pod="afternoon"))
    t("the 30th at 11", r, T(r.dom(30), (11, 0)))
    t("friday at two thirty", r, T(r.weekday("fri"), (14, 30)))
    t("friday at eleven forty five", r, T(r.weekday("fri"), (11, 45)))
    # Wednesday 2027-09-29 13:40, Halifax
    r = hfx
    t("the 3rd", r, T(r.dom(3)))
    t("october 3rd at 10", r, T(r.month_day(10, 3), (10, 0)))
    t("the 1st", r, T(r.dom(1)))
    t("friday the 1st at 2", r, T(r.dom(1), (biz(2), 0)))
    t("at 2", r, T(r.at(biz(2)), (biz(2), 0)))
    t("at 1", r, T(r.at(biz(1)), (biz(1), 0)))
    t("half past one", r, T(r.at(13, 30), (13, 30)))
    t("quarter to two", r, T(r.at(13, 45), (13, 45)))
    t("noonish", r, T(r.at(12), (12, 0)))
    t("the day after tomorrow at 11", r, T(r.plus(2), (11, 0)))
    t("before 11 on friday", r, T(r.weekday("fri"), win=W(None, (11, 0))))
    t("thursday, uh, no, sorry, friday at 9:30", r, T(r.weekday("fri"), (9, 30)))
    t("sixteen thirty tomorrow", r, T(r.plus(1), (16, 30)))
    t("I'll have to call you back", r, NOTHING)
    return f


def french():
    f = CaseFile("b22-fr", lang="fr")

    sam = Ref("America/Toronto", 2027, 3, 27, 10, 0)  # samedi matin
    mct = Ref("America/Moncton", 2027, 10, 28, 15, 45)  # jeudi après-midi
    wpg = Ref("America/Winnipeg", 2027, 11, 29, 8, 40)  # lundi, fin de mois
    ven = Ref("America/Toronto", 2027, 12, 17, 11, 30)  # vendredi avant Noël

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("six un trois, cinq cinq cinq, zéro un deux trois", sam, "+16135550123")
    p("plus un, cinq un quatre, cinq cinq cinq, quarante-cinq, soixante-sept", sam,
      "+15145554567")
    p("1 800 555-0199", ven, "+18005550199")
    p("un huit cent, cinq cinq cinq, zéro, cent", ven, "+18005550100")
    p("le 450 555-0123, poste 12", sam, "+14505550123")
    p("quatre cent cinquante, cinq cinq cinq, zéro cent vingt-trois", sam,
      "+14505550123")
    p("plus trente-trois, six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
      sam, "+33612345678")
    p("mon numéro en France c'est le plus 33 1 42 68 53 00", sam, "+33142685300")
    p("cinq un quatre, cinq cinq cinq, zéro un", sam, None)
    p("huit un neuf, cinq cinq cinq, quatre-vingt-dix, quatre-vingt-dix", mct,
      "+18195559090")
    p("quatre un huit, cinq cinq cinq, soixante et onze, zéro zéro", mct,
      "+14185557100")
    p("le 514 555 0123, non pardon, le 514 555 0132", mct, "+15145550132")
    p("cinq un quatre cinq cinq cinq zéro un deux trois", wpg, "+15145550123")
    p("ça coûte 125 $", wpg, None)
    p("appelez-moi au 581 555-0177 après 17 h", wpg, "+15815550177")
    p("euh c'est le, euh, deux zéro quatre, cinq cinq cinq, zéro, un, quatre, quatre",
      wpg, "+12045550144")
    p("mon cellulaire : 438-555-0166", ven, "+14385550166")
    p("c'est le 1 877 555 0101 poste 300", ven, "+18775550101")
    p("j'ai deux enfants pis trois chiens", ven, None)
    p("sept huit deux, cinq cinq cinq, vingt, vingt", mct, "+17825552020")

    # ----------------------------------------------------------------- name
    n = f.name
    n("je m'appelle Luc St-Pierre", sam, "Luc St-Pierre")
    n("moi c'est marie de la cruz", sam, "Marie de La Cruz")
    n("c'est Annie O'Neill", mct, "Annie O'Neill")
    n("mon nom c'est Thi Nguyen-Tran", wpg, "Thi Nguyen-Tran")
    n("je m'appelle Robert mais tout le monde m'appelle Bob", ven, "Bob")
    n("Gabrielle, G-A-B-R-I-E-L-L-E", sam, "Gabrielle", expect="name")
    n("c'est Côté, C-O-T-E, Sylvie Côté", mct, "Sylvie Côté")
    n("ici Geneviève St-Onge", wpg, "Geneviève St-Onge")
    n("bonjour, ici Ian McAllister", ven, "Ian McAllister")
    n("euh ben moi c'est, euh, Karine Des Marais", sam, "Karine des Marais")
    n("madame Lucie Du Tremblay", mct, "Lucie du Tremblay", expect="name")
    n("mon prénom c'est Thi, mon nom de famille Nguyen-Tran", wpg, "Thi Nguyen-Tran")
    n("au nom de Pierre-Luc O'Neill", ven, "Pierre-Luc O'Neill")
    n("c'est Mathieu, non excusez, Matthieu avec deux T", sam, "Matthieu")
    n("je suis Chantal D'Anjou", mct, "Chantal D'Anjou")
    n("oui, Éloïse St-Pierre", wpg, "Éloïse St-Pierre")
    n("ce serait pour Hugo Lachance", ven, "Hugo Lachance", expect="name")
    n("ce serait pour Hugo Lachance", ven, None)
    n("c'est pour mon garçon", sam, None)
    n("je suis pas certaine de l'heure", mct, None)
    n("c'est pas grave", wpg, None)
    n("ici à Moncton il neige", mct, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # samedi 2027-03-27 10:00, Toronto
    r = sam
    t("mardi prochain", r, T(r.weekday("tue")))
    t("samedi prochain", r, T(r.weekday("sat")))
    t("le 1er", r, T(r.dom(1)))
    t("le 1er avril à 10 h", r, T(r.month_day(4, 1), (10, 0)))
    t("dans deux semaines", r, T(r.plus(14)))
    t("à 9 h et quart", r, T(r.at(9, 15), (9, 15)))
    t("à midi moins quart", r, T(r.at(11, 45), (11, 45)))
    t("vers midi", r, T(r.at(12), (12, 0)))
    t("lundi qui vient à 3 h et demie", r, T(r.weekday("mon"), (biz(3), 30)))
    t("pas lundi, mardi à 10 h", r, T(r.weekday("tue"), (10, 0)))
    t("après-demain en après-midi", r, T(r.plus(2), pod="afternoon"))
    t("dans une semaine", r, T(r.plus(7)))
    t("le 3 avril à 14 h", r, T(r.month_day(4, 3), (14, 0)))
    # jeudi 2027-10-28 15:45, Moncton
    r = mct
    t("lundi prochain", r, T(r.weekday("mon")))
    t("jeudi prochain", r, T(r.weekday("thu")))
    t("le 1er novembre", r, T(r.month_day(11, 1)))
    t("le premier", r, T(r.dom(1)))
    t("demain à 8 h 30", r, T(r.plus(1), (8, 30)))
    t("à 4 h", r, T(r.at(biz(4)), (biz(4), 0)))
    t("à 3 h", r, T(r.at(biz(3)), (biz(3), 0)))
    t("demain matin", r, T(r.plus(1), pod="morning"))
    t("la semaine prochaine", r, T(r.next_week("mon")))
    t("vendredi, non, plutôt lundi à 9 h", r, T(r.weekday("mon"), (9, 0)))
    t("dans 2 jours", r, T(r.plus(2)))
    t("mercredi de la semaine prochaine à 13 h 30", r, T(r.next_week("wed"), (13, 30)))
    t("ce soir", r, T(r.today, pod="evening"))
    # lundi 2027-11-29 08:40, Winnipeg
    r = wpg
    t("le 1er", r, T(r.dom(1)))
    t("le 1er décembre à 9 h", r, T(r.month_day(12, 1), (9, 0)))
    t("lundi prochain", r, T(r.weekday("mon")))
    t("à 9 h", r, T(r.at(9), (9, 0)))
    t("à 8 h", r, T(r.at(8), (8, 0)))
    t("mardi", r, T(r.weekday("tue")))
    t("le 23 décembre", r, T(r.month_day(12, 23)))
    t("à midi et quart", r, T(r.at(12, 15), (12, 15)))
    t("après 14 h mercredi", r, T(r.weekday("wed"), win=W((14, 0))))
    t("entre 10 h et midi jeudi", r, T(r.weekday("thu"), win=W((10, 0), (12, 0))))
    t("pas avant 10 h demain", r, T(r.plus(1), win=W((10, 0))))
    t("la semaine prochaine, vendredi après-midi", r,
      T(r.next_week("fri"), pod="afternoon"))
    # vendredi 2027-12-17 11:30, Toronto
    r = ven
    t("le 23 décembre à 14 h", r, T(r.month_day(12, 23), (14, 0)))
    t("lundi", r, T(r.weekday("mon")))
    t("le 3", r, T(r.dom(3)))
    t("le 3 janvier à 10 h", r, T(r.month_day(1, 3), (10, 0)))
    t("vendredi prochain", r, T(r.weekday("fri")))
    t("dans deux semaines", r, T(r.plus(14)))
    t("à 11 h", r, T(r.at(11), (11, 0)))
    t("à 1 h 30", r, T(r.at(biz(1), 30), (biz(1), 30)))
    t("cet après-midi", r, T(r.today, pod="afternoon"))
    t("demain avant-midi", r, T(r.plus(1), pod="morning"))
    t("euh ben jeudi là vers 2 h", r, T(r.weekday("thu"), (biz(2), 0)))
    t("mardi, pas le matin", r, T(r.weekday("tue"), win=W((12, 0))))
    t("je vais vérifier avec mon mari", r, NOTHING)
    return f


def english_b():
    """Second blind batch (`b22b-en-`), written after the first had run and the fixes
    were made, before Bella was run on it."""
    f = CaseFile("b22b-en")
    sun = Ref("America/Toronto", 2027, 2, 28, 12, 30)  # Sunday, month end
    thu = Ref("America/Vancouver", 2027, 12, 16, 10, 5)  # Thursday before Christmas
    p, n, t = f.phone, f.name, f.time
    p("four one six, eight hundred, twelve thirty four", sun, "+14168001234")
    p("it's o four one six... sorry, four one six, five five five, o one two three", sun,
      "+14165550123")
    p("6135550123", sun, "+16135550123")
    p("(613) 555-0123 ext. 4411", sun, "+16135550123")
    p("six one three, five five five, zero one two three, and my work is six one three "
      "five five five zero nine nine nine", sun, "+16135550999")
    p("plus one eight hundred five five five oh one nine nine", thu, "+18005550199")
    p("two three six, five five five, oh one oh one", thu, "+12365550101")
    p("my room number is 204", thu, None)
    n("hey, uh, this is Carlos de la Cruz calling", sun, "Carlos De La Cruz")
    n("It's Moira O'Neill-Hughes", sun, "Moira O'Neill-Hughes")
    n("Name's Tran. Bao Tran.", thu, "Bao Tran")
    n("my name is Ms. Kelly Mackenzie", thu, "Kelly Mackenzie")
    n("this is Marc-André St-Pierre", sun, "Marc-André St-Pierre")
    n("I'm Jennifer, but everyone calls me Jen", thu, "Jen")
    n("it's William, William Chen, but I go by Bill", thu, "Bill")
    n("my name's Robert, and I'm calling about my daughter", sun, "Robert")
    n("Sean, S-E-A-N, McNamara", thu, "Sean McNamara", expect="name")
    n("it's the one I'm calling from", sun, None)
    n("call me when you have an opening", thu, None)
    n("everyone calls me back eventually", thu, None)
    t("this coming sunday", sun, T(sun.weekday("sun")))
    t("next saturday", sun, T(sun.next_week("sat")))
    t("the 23rd of march at 3pm", sun, T(sun.month_day(3, 23), (15, 0)))
    t("tomorrow at 3 P.M.", sun, T(sun.plus(1), (15, 0)))
    t("around 3ish tomorrow", sun, T(sun.plus(1), (biz(3), 0)))
    t("a week from friday at 2", sun, T(sun.weekday("fri") + (sun.plus(7) - sun.today),
                                       (biz(2), 0)))
    t("march 1st", sun, T(sun.month_day(3, 1)))
    t("at quarter to one", sun, T(sun.at(12, 45), (12, 45)))
    t("not tuesday, wednesday morning", sun, T(sun.weekday("wed"), pod="morning"))
    t("today", sun, T(sun.today))
    t("december 23rd at ten thirty", thu, T(thu.month_day(12, 23), (10, 30)))
    t("dec 23", thu, T(thu.month_day(12, 23)))
    t("the 2nd of january", thu, T(thu.month_day(1, 2)))
    t("next thursday at noon", thu, T(thu.next_week("thu"), (12, 0)))
    t("monday, uh no, not monday, tuesday at half past ten", thu,
      T(thu.weekday("tue"), (10, 30)))
    t("at 10", thu, T(thu.at(10), (10, 0)))
    t("at 10:30", thu, T(thu.at(10, 30), (10, 30)))
    t("friday after 1", thu, T(thu.weekday("fri"), win=W((biz(1), 0))))
    t("I'd rather not say", thu, NOTHING)
    return f


def french_b():
    """Second blind batch (`b22b-fr-`), as `english_b`."""
    f = CaseFile("b22b-fr", lang="fr")
    dim = Ref("America/Toronto", 2027, 2, 28, 12, 30)  # dimanche, fin de mois
    jeu = Ref("America/Moncton", 2027, 12, 16, 10, 5)  # jeudi avant Noël
    p, n, t = f.phone, f.name, f.time
    p("six un trois, huit cents, douze, trente-quatre", dim, "+16138001234")
    p("le (514) 555-0123", dim, "+15145550123")
    p("cinq zéro six, cinq cinq cinq, zéro cent un", jeu, "+15065550101")
    # Labelled +18005550142 when written blind: a slip. Without a pause, "huit cent
    # cinq" is 805 (§5.2: words combine longest first), so the digits are 1 805 5 5 0
    # 1 4 2, ten digits with an NPA 180 that cannot be a number: null (§5.3).
    p("plus un huit cent cinq cinq cinq zéro un quatre deux", jeu, None)
    p("j'habite au 1234, rue Sherbrooke", dim, None)
    p("quatre un huit, cinq cinq cinq, zéro un deux", dim, None)
    n("bonjour, c'est Marie-Claude St-Onge", dim, "Marie-Claude St-Onge")
    n("moi c'est Patrick O'Neill, mais tout le monde m'appelle Pat", jeu, "Pat")
    n("je m'appelle Nathalie Du Sault", jeu, "Nathalie du Sault")
    n("ici Hélène de la Rue", dim, "Hélène de La Rue")
    n("Tremblay, T-R-E-M-B-L-A-Y", jeu, "Tremblay", expect="name")
    n("c'est le numéro d'où j'appelle", jeu, None)
    n("on m'appelle souvent pour ça", dim, None)
    t("dimanche prochain", dim, T(dim.weekday("sun")))
    t("le 23 mars à 15 h", dim, T(dim.month_day(3, 23), (15, 0)))
    t("le premier mars", dim, T(dim.month_day(3, 1)))
    t("lundi le 1er mars à 9 h", dim, T(dim.month_day(3, 1), (9, 0)))
    t("dans deux semaines à 10 h", dim, T(dim.plus(14), (10, 0)))
    t("à midi et quart", dim, T(dim.at(12, 15), (12, 15)))
    t("à 1 h moins quart", dim, T(dim.at(12, 45), (12, 45)))
    t("le 23 décembre à 10 h 30", jeu, T(jeu.month_day(12, 23), (10, 30)))
    t("le vingt-trois", jeu, T(jeu.dom(23)))
    t("jeudi prochain à midi", jeu, T(jeu.weekday("thu"), (12, 0)))
    t("pas lundi, mardi matin", jeu, T(jeu.weekday("tue"), pod="morning"))
    t("le 3 janvier", jeu, T(jeu.month_day(1, 3)))
    t("vendredi après 13 h", jeu, T(jeu.weekday("fri"), win=W((13, 0))))
    return f


def english_v():
    """Variants (`b22v-en-`) of the families that failed blind, written after the fixes:
    a name the caller goes by, said after their name."""
    f = CaseFile("b22v-en")
    r = Ref("America/Toronto", 2027, 5, 12, 10, 15)
    f.name("my name is Daniel Ortiz but everybody calls me Danny", r, "Danny")
    f.name("i'm Elizabeth, my friends call me Liz", r, "Liz")
    f.name("I go by Sam, my name is Samantha Reid", r, "Samantha Reid")
    f.name("it's Margaret but everyone calls me Peggy", r, "Peggy")
    f.name("my name is Robert Lang, people call me Robert", r, "Robert Lang")
    f.name("my name is Dana Price, my name is spelled D-A-N-A", r, "Dana Price")
    f.name("my name's Alex, call me at 613 555 0123", r, "Alex")
    f.name("call me Bob, my name's Robert Stone", r, "Robert Stone")
    return f


def french_v():
    """Variants (`b22v-fr-`) of the same families in French, and a corrected name with a
    remark on its letters."""
    f = CaseFile("b22v-fr", lang="fr")
    r = Ref("America/Toronto", 2027, 5, 12, 10, 15)
    f.name("je m'appelle Élisabeth mais on m'appelle Babette", r, "Babette")
    f.name("moi c'est Jean-Philippe Roy, mais tout le monde m'appelle Phil", r, "Phil")
    f.name("je m'appelle Robert Lang, tout le monde m'appelle Robert", r, "Robert Lang")
    f.name("tout le monde m'appelle pour ça", r, None)
    f.name("c'est Annie, non pardon, Anny avec un Y", r, "Anny")
    f.name("c'est Jeanine, non excusez, Jeannine avec deux N", r, "Jeannine")
    return f


if __name__ == "__main__":
    en = english()
    en.extend(english_v())
    en.extend(english_b())
    en.write(os.path.join(HERE, "blind22_en.jsonl"))
    fr = french()
    fr.extend(french_v())
    fr.extend(french_b())
    fr.write(os.path.join(HERE, "blind22_fr.jsonl"))
