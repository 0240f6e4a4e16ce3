#!/usr/bin/env python3
"""Generator of blind round 23: `blind23_en.jsonl` (English) and `blind23_fr.jsonl`
(fr-CA).

Written blind from `/work/shared/eval/SPEC.md` §1-2 and `SPEC-fr.md` §5 before Bella
was run on it, through the `blindlib.py` oracle, at reference instants earlier rounds
did not use: Toronto the Wednesday before Thanksgiving 2027, Edmonton a Wednesday
before Family Day 2028, Vancouver the Tuesday before Victoria Day 2027, Winnipeg a
Wednesday before the Civic Holiday, St. John's the Friday before Christmas 2026,
Halifax a Monday at a month end; French: Toronto (Montréal's zone) the Tuesday before
the Saint-Jean, Moncton the Friday before the Action de grâce, Toronto a January
Wednesday at closing, Winnipeg a Friday at a month end.

The round probes what round 22 did not:

* phone: speech-to-text turns without punctuation, "for"/"to" for four/two inside
  spoken digits, digits and words mixed in one group, "area code ... and the number
  is ...", "my cell is", "country code one", a number corrected mid-sentence (the area
  code alone, or the last group), a home number then a cell number, extensions;
  French: "le code régional", "mon cell", groups in words, "poste", "pas le ..., le ...";
* name: particles (van, de, Mac, O', D'), hyphenated given names and surnames, spelled
  names (before and after the name), "last name first" with labels (the labels put the
  given name first, as SPEC-fr §5.4 says and §2's "First name Louise, last name
  Fontaine" implies), surname-first without labels (order kept), someone else's name
  (null);
* time: Canadian holidays (Thanksgiving said alone, which for a Canadian caller and a
  Canadian business can only be Canada's, the second Monday of October; Family Day, the
  third Monday of February where it is kept; Victoria Day; the Civic Holiday; Boxing
  Day; Labour Day; "la Saint-Jean", "l'Action de grâce", "le jour de l'An"), each the
  nearest such day from today on like a month and day (§2); "late morning", "early
  afternoon", "en début d'après-midi" (the part of the day: checked for `when` and
  `part_of_day` only, the SPEC giving them no bounds), "en fin d'après-midi" (left out
  as ambiguous by SPEC-fr §5.5 for its part of day: checked for the day only), "I don't
  mind coming before 10" (the caller says times before 10 suit: before 10:00),
  "jeudi pour la semaine prochaine" (the Thursday of next week, like "jeudi la semaine
  prochaine"), "Thursday the week after next" (the Thursday a week after next week's),
  "in a fortnight" (14 days, like "in two weeks"), ordinal days, "half past", "quarter
  to", "et quart", "moins le quart", French 24-hour times.

Left out as not settled by the SPECs: "end of the month", "the week after next" alone,
"next month", meals, "dans quinze jours"/"en huit" (SPEC-fr §5.5), "first thing".

usage: python3 gen_blind23.py   (writes `blind23_en.jsonl` and `blind23_fr.jsonl` beside
this script)
"""

import os
from datetime import date, timedelta

from blindlib import NOTHING, CaseFile, Ref, T, W, biz

HERE = os.path.dirname(os.path.abspath(__file__))


def nearest(ref, rule):
    """The nearest day from today on that `rule(year)` gives (a holiday's date)."""
    for y in (ref.today.year, ref.today.year + 1):
        d = rule(y)
        if d >= ref.today:
            return d
    raise ValueError("no such day")


def nth_monday(n, month):
    """The nth Monday of a month, as a rule of the year."""

    def rule(y):
        first = date(y, month, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))

    return rule


def victoria(y):
    """The Monday before 25 May."""
    d = date(y, 5, 24)
    return d - timedelta(days=d.weekday())


def fixed(month, d):
    return lambda y: date(y, month, d)


THANKSGIVING = nth_monday(2, 10)
FAMILY_DAY = nth_monday(3, 2)
CIVIC = nth_monday(1, 8)
LABOUR = nth_monday(1, 9)


def PD(d, pod):
    """A part of the day the SPEC gives no bounds ("late morning", "en début
    d'après-midi"): the day and the part are checked, the window is not."""
    return {"when": d.isoformat(), "part_of_day": pod}


def english():
    f = CaseFile("b23-en")

    tgv = Ref("America/Toronto", 2027, 10, 6, 9, 45)  # Wednesday before Thanksgiving
    fam = Ref("America/Edmonton", 2028, 2, 9, 14, 20)  # Wednesday before Family Day
    vic = Ref("America/Vancouver", 2027, 5, 18, 16, 10)  # Tuesday before Victoria Day
    civ = Ref("America/Winnipeg", 2027, 7, 28, 8, 5)  # Wednesday before the Civic Holiday
    xms = Ref("America/St_Johns", 2026, 12, 18, 12, 40)  # Friday before Christmas
    hfx = Ref("America/Halifax", 2027, 8, 30, 11, 0)  # Monday, month end

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("my cell is for one six five five five oh one to three", tgv, "+14165550123")
    p("yeah its six four seven to to to five five for for", tgv, "+16472225544")
    p("area code four one six and the number is five five five zero one nine eight",
      tgv, "+14165550198")
    p("the area code is 905 and then 555 0142", tgv, "+19055550142")
    p("country code one then seven eight zero five five five zero one six six", fam,
      "+17805550166")
    p("my cell is 587 555 0123 sorry 0132", fam, "+15875550132")
    p("it's 403 555 0177 no sorry 587 555 0177", fam, "+15875550177")
    p("my home number is 604 555 0100 but my cell is 778 555 0111", vic,
      "+17785550111")
    p("six oh four five five five 0 1 4 4", vic, "+16045550144")
    p("2 5 0 five five five twenty twenty", vic, "+12505552020")
    p("two three six, eight hundred, oh one oh one", vic, "+12368000101")
    p("my cell is two oh four five five five nineteen eighty five", civ,
      "+12045551985")
    p("204 555 0123 extension 45", civ, "+12045550123")
    p("it's four three one five five five zero one two three x 12", civ,
      "+14315550123")
    p("you can reach me at 431-555-0190 thats my cell", civ, "+14315550190")
    p("seven oh nine five five five zero one two", xms, None)
    p("my cell number is seven oh nine, seven seven seven, oh one, oh one", xms,
      "+17097770101")
    p("plus one seven oh nine five five five oh one five oh", xms, "+17095550150")
    p("call me at 1 709 555 0160", xms, "+17095550160")
    p("nine oh two four eight zero double five one two", hfx, "+19024805512")
    p("my number is nine oh two, triple five, zero, zero, four, two", hfx,
      "+19025550042")
    p("it's the same number as my husband's", hfx, None)
    p("I have two kids and four dogs", hfx, None)
    p("my appointment is at 10 on the 15th for 2 people", hfx, None)
    p("my cell is 902 5550 199", hfx, "+19025550199")
    p("1 800 555 0123 then press 2", tgv, "+18005550123")
    p("my cell's 416 555 0123 and my work is 905 555 0123 extension 4", tgv,
      "+19055550123")
    p("it's plus one six one three five five five zero one zero zero", tgv,
      "+16135550100")
    p("my mobile is 343 555 0123", tgv, "+13435550123")
    p("my cell is 4 1 6 5 5 5 0 1 2 3", fam, "+14165550123")

    # ----------------------------------------------------------------- name
    n = f.name
    n("my name is ludwig van dyke", tgv, "Ludwig Van Dyke")
    n("this is Saskia van den Broek", tgv, "Saskia Van Den Broek")
    n("it's Tina de Souza", fam, "Tina De Souza")
    n("my name's Deborah D'Souza", fam, "Deborah D'Souza")
    n("hi this is hamish macdonald", vic, "Hamish Macdonald")
    n("my name is Hamish MacDonald", vic, "Hamish MacDonald")
    n("i'm aidan o'brien", civ, "Aidan O'Brien")
    n("yeah it's Rory O'Sullivan calling", civ, "Rory O'Sullivan")
    n("my name is anne-marie leblanc-roy", xms, "Anne-Marie Leblanc-Roy")
    n("this is Mary-Jo Fitzgerald-Walsh", xms, "Mary-Jo Fitzgerald-Walsh")
    n("it's Siobhan, S-I-O-B-H-A-N", hfx, "Siobhan")
    n("my last name is Okafor, O-K-A-F-O-R, and my first name is Chidi", hfx,
      "Chidi Okafor")
    n("last name Tremblay, first name Marie", tgv, "Marie Tremblay")
    n("surname's Nakamura, first name Kenji", fam, "Kenji Nakamura")
    n("the name is Singh, Harpreet", vic, "Singh Harpreet")
    n("Dhillon, Gurpreet", civ, "Dhillon Gurpreet", expect="name")
    n("sure, Priya Sharma", xms, "Priya Sharma")
    n("okay yeah um Kwame Mensah", hfx, "Kwame Mensah")
    n("uh Jean-Marc", tgv, "Jean-Marc", expect="name")
    n("it's Dan, no sorry, Daniel Kowalczyk", fam, "Daniel Kowalczyk")
    n("Mrs. Eileen O'Hara", vic, "Eileen O'Hara", expect="name")
    n("my name is uh like Connor MacLean", civ, "Connor MacLean")
    n("Mackenzie", hfx, "Mackenzie", expect="name")
    n("this is Zoë van Rijn", tgv, "Zoë Van Rijn")
    n("my name is Seamus O'Neil-MacNeil", fam, "Seamus O'Neil-MacNeil")
    n("name's Ngozi Adeyemi-Okonkwo", vic, "Ngozi Adeyemi-Okonkwo")
    n("I'm Bridget, B-R-I-D-G-E-T, Bridget O'Malley", civ, "Bridget O'Malley")
    n("I'm calling for my mom, her name is Linda Park", xms, None)
    n("I'm a new patient", hfx, None)
    n("it's urgent", tgv, None)
    n("this is for a cleaning", fam, None)
    n("I'm running a bit late", vic, None)
    n("it's a quarter past two", civ, None)
    n("this is the second time I'm calling", xms, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # Wednesday 2027-10-06 09:45, Toronto: Thanksgiving is Monday 11 October.
    r = tgv
    tg = nearest(r, THANKSGIVING)
    t("thanksgiving", r, T(tg))
    t("are you open on thanksgiving", r, T(tg))
    t("thanksgiving monday at 10", r, T(tg, (10, 0)))
    t("the day after thanksgiving at 2", r, T(tg + timedelta(days=1), (biz(2), 0)))
    t("thursday the week after next", r, T(r.next_week("thu") + timedelta(days=7)))
    t("in a fortnight", r, T(r.plus(14)))
    t("tomorrow late morning", r, PD(r.plus(1), "morning"))
    t("quarter to ten tomorrow", r, T(r.plus(1), (9, 45)))
    t("at half past 9", r, T(r.at(9, 30), (9, 30)))
    t("the 8th at 10", r, T(r.dom(8), (10, 0)))
    t("friday at 2 thirty", r, T(r.weekday("fri"), (14, 30)))
    t("monday the 11th at 10", r, T(r.month_day(10, 11), (10, 0)))
    t("in two weeks", r, T(r.plus(14)))
    t("tomorrow at 1", r, T(r.plus(1), (biz(1), 0)))
    t("half past one on friday", r, T(r.weekday("fri"), (13, 30)))
    t("quarter to 5 next wednesday", r, T(r.next_week("wed"), (16, 45)))
    t("i dont mind coming before 10 on thursday", r, T(r.weekday("thu"),
                                                        win=W(None, (10, 0))))
    # Wednesday 2028-02-09 14:20, Edmonton: Family Day is Monday 21 February.
    r = fam
    t("family day", r, T(nearest(r, FAMILY_DAY)))
    t("the tuesday after family day", r, T(nearest(r, FAMILY_DAY) + timedelta(days=1)))
    t("early afternoon on friday", r, PD(r.weekday("fri"), "afternoon"))
    t("the 29th", r, T(r.dom(29)))
    t("february 29th at quarter past ten", r, T(r.month_day(2, 29), (10, 15)))
    t("at quarter to three", r, T(r.at(14, 45), (14, 45)))
    t("a fortnight from today at 9", r, T(r.plus(14), (9, 0)))
    t("next tuesday in the late morning", r, PD(r.next_week("tue"), "morning"))
    t("I can't do anything before 11 on monday", r, T(r.weekday("mon"),
                                                       win=W((11, 0))))
    t("anytime before 10 works for me tomorrow", r, T(r.plus(1), win=W(None, (10, 0))))
    t("at ten 15 tomorrow", r, T(r.plus(1), (10, 15)))
    t("the 14th", r, T(r.dom(14)))
    t("valentine's day", r, T(r.month_day(2, 14)))
    t("at twenty to 4", r, T(r.at(15, 40), (15, 40)))
    # Tuesday 2027-05-18 16:10, Vancouver: Victoria Day is Monday 24 May.
    r = vic
    t("victoria day", r, T(nearest(r, victoria)))
    t("the day after victoria day at 9", r, T(nearest(r, victoria) + timedelta(days=1),
                                              (9, 0)))
    t("canada day", r, T(r.month_day(7, 1)))
    t("the week after next on wednesday", r,
      T(r.next_week("wed") + timedelta(days=7)))
    t("at half past four", r, T(r.at(16, 30), (16, 30)))
    t("at quarter past four", r, T(r.at(16, 15), (16, 15)))
    t("the 21st", r, T(r.dom(21)))
    t("the twenty first at noon", r, T(r.dom(21), (12, 0)))
    t("thursday late morning", r, PD(r.weekday("thu"), "morning"))
    t("I don't mind coming in before 10 tomorrow", r, T(r.plus(1),
                                                         win=W(None, (10, 0))))
    t("friday at 10 actually make that 11", r, T(r.weekday("fri"), (11, 0)))
    t("christmas", r, T(r.month_day(12, 25)))
    t("the 24th", r, T(r.dom(24)))
    t("the 24th of may at quarter to two", r, T(r.month_day(5, 24), (13, 45)))
    # Wednesday 2027-07-28 08:05, Winnipeg: the Civic Holiday is Monday 2 August.
    r = civ
    t("the civic holiday", r, T(nearest(r, CIVIC)))
    t("the day after the civic holiday", r, T(nearest(r, CIVIC) + timedelta(days=1)))
    t("labour day", r, T(nearest(r, LABOUR)))
    t("the 1st", r, T(r.dom(1)))
    t("august 3rd at quarter to 11", r, T(r.month_day(8, 3), (10, 45)))
    t("at half past eight", r, T(r.at(8, 30), (8, 30)))
    t("at 8", r, T(r.at(8), (8, 0)))
    t("at 7", r, T(r.at(7), (7, 0)))
    t("in a fortnight at 3", r, T(r.plus(14), (biz(3), 0)))
    t("early afternoon tomorrow", r, PD(r.plus(1), "afternoon"))
    t("nothing after 3 please on friday", r, T(r.weekday("fri"), win=W(None, (15, 0))))
    t("i'd prefer before 10 on tuesday", r, T(r.weekday("tue"), win=W(None, (10, 0))))
    t("the 2nd at half past 3", r, T(r.dom(2), (15, 30)))
    # Friday 2026-12-18 12:40, St. John's.
    r = xms
    t("boxing day", r, T(r.month_day(12, 26)))
    t("boxing day at 10", r, T(r.month_day(12, 26), (10, 0)))
    t("the day after boxing day", r, T(r.month_day(12, 27)))
    t("christmas eve in the morning", r, T(r.month_day(12, 24), pod="morning"))
    t("new year's day", r, T(r.month_day(1, 1)))
    t("remembrance day", r, T(r.month_day(11, 11)))
    t("thanksgiving", r, T(nearest(r, THANKSGIVING)))
    t("at quarter to one", r, T(r.at(12, 45), (12, 45)))
    t("at half past twelve", r, T(r.at(12, 30), (12, 30)))
    t("monday the 21st at quarter past 9", r, T(r.month_day(12, 21), (9, 15)))
    t("wednesday the week after next", r, T(r.next_week("wed") + timedelta(days=7)))
    t("uh we're closed over the holidays right", r, NOTHING)
    # Monday 2027-08-30 11:00, Halifax.
    r = hfx
    t("labour day", r, T(nearest(r, LABOUR)))
    t("the day after labour day", r, T(nearest(r, LABOUR) + timedelta(days=1)))
    t("the 31st", r, T(r.dom(31)))
    t("the thirty first at 2", r, T(r.dom(31), (biz(2), 0)))
    t("the 3rd in the afternoon", r, T(r.dom(3), pod="afternoon"))
    t("at quarter to 12", r, T(r.at(11, 45), (11, 45)))
    t("at half past 10", r, T(r.at(10, 30), (10, 30)))
    t("late morning on wednesday", r, PD(r.weekday("wed"), "morning"))
    t("tuesday between 9 and half past 10", r, T(r.weekday("tue"),
                                                  win=W((9, 0), (10, 30))))
    t("I don't mind coming before 10", r, T(r.plus(1), win=W(None, (10, 0))))
    t("the week after next on monday", r, T(r.next_week("mon") + timedelta(days=7)))
    t("next friday late morning", r, PD(r.next_week("fri"), "morning"))
    t("how long does it usually take", r, NOTHING)
    return f


def french():
    f = CaseFile("b23-fr", lang="fr")

    stj = Ref("America/Toronto", 2027, 6, 15, 10, 20)  # mardi avant la Saint-Jean
    adg = Ref("America/Moncton", 2027, 10, 1, 13, 30)  # vendredi avant l'Action de grâce
    jan = Ref("America/Toronto", 2028, 1, 19, 16, 0)  # mercredi, à la fermeture
    wpg = Ref("America/Winnipeg", 2027, 4, 30, 9, 15)  # vendredi, fin de mois

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("mon cell c'est le 514 555 0123", stj, "+15145550123")
    p("le code régional c'est 819 pis le numéro c'est 555 0145", stj, "+18195550145")
    p("le code régional c'est le huit un neuf, pis le reste c'est cinq cinq cinq, zéro "
      "un quatre cinq", stj, "+18195550145")
    p("mon cellulaire c'est le quatre trois huit, cinq cinq cinq, zéro neuf neuf neuf",
      stj, "+14385550999")
    p("cinq un quatre cinq cinq cinq douze trente-quatre", stj, "+15145551234")
    p("le 418, non attendez, le 581 555 0123", adg, "+15815550123")
    p("c'est le 506 555 0110, non pardon, 0101", adg, "+15065550101")
    p("trois six sept, cinq cinq cinq, quatre-vingt-un, zéro deux", adg, "+13675558102")
    p("sept cent quatre-vingt-deux, cinq cinq cinq, zéro cent", adg, "+17825550100")
    p("cinq 1 4 cinq cinq 5 zéro 1 2 3", jan, "+15145550123")
    p("plus un, deux six trois, cinq cinq cinq, zéro, zéro, quarante-deux", jan,
      "+12635550042")
    p("au bureau c'est le 514 555 0100 poste 212, mais mon cell c'est le 438 555 0111",
      jan, "+14385550111")
    p("le 1 888 555 0123", jan, "+18885550123")
    p("quatre cinq zéro, cinq cinq cinq, zéro un", jan, None)
    p("mon numéro de cell c'est le six un trois, cinq cinq cinq, zéro cent vingt-trois",
      wpg, "+16135550123")
    p("appelez-moi sur mon cellulaire au 819 555 0177", wpg, "+18195550177")
    p("quatre cent dix-huit, cinq cent cinquante-cinq, zéro, zéro, vingt", wpg,
      "+14185550020")
    p("j'ai trois enfants pis deux chats", wpg, None)
    p("deux zéro quatre, cinq cinq cinq, soixante-dix-sept, quatre-vingt-huit", wpg,
      "+12045557788")
    p("mon rendez-vous est le 15 à 10 h", wpg, None)
    p("c'est le même numéro que ma femme", wpg, None)

    # ----------------------------------------------------------------- name
    n = f.name
    n("je m'appelle Jean-Philippe de Grandpré", stj, "Jean-Philippe de Grandpré")
    n("moi c'est olivier van houtte", stj, "Olivier Van Houtte")
    n("ici Marie-Ève O'Connor", stj, "Marie-Ève O'Connor")
    n("c'est Kevin MacIntosh", adg, "Kevin MacIntosh")
    n("mon nom c'est sophie d'amours", adg, "Sophie D'Amours")
    n("mon nom de famille c'est Bouchard, pis mon prénom c'est Nadia", adg,
      "Nadia Bouchard")
    n("Léa, L-É-A", jan, "Léa", expect="name")
    n("Bouchard, B-O-U-C-H-A-R-D, Nadia Bouchard", jan, "Nadia Bouchard",
      expect="name")
    n("euh oui, Anne-Sophie Lavoie-Gagnon", jan, "Anne-Sophie Lavoie-Gagnon")
    n("je suis Pierre du Temple", jan, "Pierre du Temple")
    n("c'est Louis, non excusez, Louis-Philippe Ouellet", wpg, "Louis-Philippe Ouellet")
    n("Marc-Antoine à l'appareil", wpg, "Marc-Antoine")
    n("c'est Jean de la Rochelle", wpg, "Jean de La Rochelle")
    n("bonjour, ici Mathieu St-Amand", stj, "Mathieu St-Amand")
    n("mon prénom c'est Chloé, mon nom de famille c'est MacDonald", adg,
      "Chloé MacDonald")
    n("c'est pour ma mère, elle s'appelle Lise Roy", wpg, None)
    n("je suis un nouveau patient", stj, None)
    n("c'est urgent", adg, None)
    n("ici c'est une clinique?", jan, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # mardi 2027-06-15 10:20, Toronto: la Saint-Jean tombe le jeudi 24 juin.
    r = stj
    t("la Saint-Jean", r, T(r.month_day(6, 24)))
    t("êtes-vous ouverts à la Saint-Jean-Baptiste?", r, T(r.month_day(6, 24)))
    t("le lendemain de la Saint-Jean", r, T(r.month_day(6, 25)))
    t("la fête du Canada", r, T(r.month_day(7, 1)))
    t("jeudi pour la semaine prochaine", r, T(r.next_week("thu")))
    t("jeudi pour la semaine prochaine à 14 h", r, T(r.next_week("thu"), (14, 0)))
    t("demain en fin d'après-midi", r, {"when": r.plus(1).isoformat()})
    t("vendredi en début d'après-midi", r, PD(r.weekday("fri"), "afternoon"))
    t("à 10 h et quart", r, T(r.at(10, 15), (10, 15)))
    t("à 3 h moins le quart", r, T(r.at(14, 45), (14, 45)))
    t("à 16 h 45", r, T(r.at(16, 45), (16, 45)))
    t("le 17 à 13 h 15", r, T(r.dom(17), (13, 15)))
    t("ça me dérange pas de venir avant 10 h jeudi", r,
      T(r.weekday("thu"), win=W(None, (10, 0))))
    # vendredi 2027-10-01 13:30, Moncton: l'Action de grâce tombe le lundi 11 octobre.
    r = adg
    ag = nearest(r, THANKSGIVING)
    t("l'Action de grâce", r, T(ag))
    t("le lundi de l'Action de grâce", r, T(ag))
    t("le lendemain de l'Action de grâce à 9 h", r, T(ag + timedelta(days=1), (9, 0)))
    t("mardi pour la semaine prochaine", r, T(r.next_week("tue")))
    t("à 2 heures et demie de l'après-midi", r, T(r.at(14, 30), (14, 30)))
    t("midi moins dix", r, T(r.at(11, 50), (11, 50)))
    t("le 3 en fin d'après-midi", r, {"when": r.dom(3).isoformat()})
    t("à 17 h", r, T(r.at(17), (17, 0)))
    t("à 14 h", r, T(r.at(14), (14, 0)))
    t("le trois", r, T(r.dom(3)))
    t("je peux pas avant 10 h lundi", r, T(r.weekday("mon"), win=W((10, 0))))
    t("le jour du Souvenir", r, T(r.month_day(11, 11)))
    t("la fête du Travail", r, T(nearest(r, LABOUR)))
    # mercredi 2028-01-19 16:00, Toronto
    r = jan
    t("à 9 h moins le quart", r, T(r.at(8, 45), (8, 45)))
    t("à 10 h moins quart", r, T(r.at(9, 45), (9, 45)))
    t("à 4 h et quart", r, T(r.at(16, 15), (16, 15)))
    t("à 16 h 30", r, T(r.at(16, 30), (16, 30)))
    t("à 15 h 30", r, T(r.at(15, 30), (15, 30)))
    t("vendredi pour la semaine prochaine en avant-midi", r,
      T(r.next_week("fri"), pod="morning"))
    t("n'importe quand avant 10 h vendredi", r, T(r.weekday("fri"),
                                                  win=W(None, (10, 0))))
    t("le 1er février à 13 h 45", r, T(r.month_day(2, 1), (13, 45)))
    t("le jour de l'An", r, T(r.month_day(1, 1)))
    t("lundi en début d'après-midi", r, PD(r.weekday("mon"), "afternoon"))
    t("le 31", r, T(r.dom(31)))
    t("pas plus tard que 15 h demain", r, T(r.plus(1), win=W(None, (15, 0))))
    t("la veille de Noël", r, T(r.month_day(12, 24)))
    t("le lendemain de Noël", r, T(r.month_day(12, 26)))
    t("à midi et demi vendredi", r, T(r.weekday("fri"), (12, 30)))
    t("jeudi à quatorze heures trente", r, T(r.weekday("thu"), (14, 30)))
    t("à 1 h de l'après-midi", r, T(r.at(13), (13, 0)))
    t("demain en fin d'avant-midi", r, PD(r.plus(1), "morning"))
    t("l'Action de grâces", r, T(nearest(r, THANKSGIVING)))
    # vendredi 2027-04-30 09:15, Winnipeg
    r = wpg
    t("le 1er mai à 10 h et quart", r, T(r.month_day(5, 1), (10, 15)))
    t("le 3 mai", r, T(r.month_day(5, 3)))
    t("à 9 h et demie", r, T(r.at(9, 30), (9, 30)))
    t("à 9 h", r, T(r.at(9), (9, 0)))
    t("à 8 h", r, T(r.at(8), (8, 0)))
    t("lundi pour la semaine prochaine à 9 h 15", r, T(r.next_week("mon"), (9, 15)))
    t("à partir de 13 h 30 mardi", r, T(r.weekday("tue"), win=W((13, 30))))
    t("mercredi, euh non, jeudi à 11 h moins le quart", r, T(r.weekday("thu"),
                                                               (10, 45)))
    t("la Saint-Jean", r, T(r.month_day(6, 24)))
    t("c'est combien pour un nettoyage?", r, NOTHING)
    return f


def english_v():
    """Variants (`b23v-en-`) of the families that failed blind, written after the
    fixes: holidays said alone or beside a day, "can't do anything before", an hour in
    words with its minutes in digits, an event named by a holiday word."""
    f = CaseFile("b23v-en")
    r = Ref("America/Toronto", 2027, 9, 20, 10, 30)  # Monday
    tg = nearest(r, THANKSGIVING)
    f.time("is the office open thanksgiving day", r, T(tg))
    f.time("the friday after thanksgiving", r, T(tg + timedelta(days=4)))
    f.time("thanksgiving weekend, no, the day after thanksgiving at 11", r,
           T(tg + timedelta(days=1), (11, 0)))
    f.time("the wednesday after labour day at 10", r,
           T(nearest(r, LABOUR) + timedelta(days=2), (10, 0)))
    f.time("can I come in on family day", r, T(nearest(r, FAMILY_DAY)))
    f.time("the day after the civic holiday at 9", r,
           T(nearest(r, CIVIC) + timedelta(days=1), (9, 0)))
    f.time("I can't make anything before 2 on friday", r,
           T(r.weekday("fri"), win=W((14, 0))))
    f.time("we can't do anything after 4 tomorrow", r, T(r.plus(1), win=W(None, (16, 0))))
    f.time("you don't have anything before 10 on friday?", r,
           T(r.weekday("fri"), win=W(None, (10, 0))))
    f.time("at nine 45 on thursday", r, T(r.weekday("thu"), (9, 45)))
    f.time("eleven 30 tomorrow", r, T(r.plus(1), (11, 30)))
    f.time("ten 15 minute slots are fine", r, NOTHING)
    f.time("before my mother's appointment at 3 on friday", r,
           T(r.weekday("fri"), win=W(None, (15, 0))))
    return f


def french_v():
    """Variants (`b23v-fr-`) of the families that failed blind: a day said beside a
    holiday ("le lendemain de", "la veille de", "le jour de Noël")."""
    f = CaseFile("b23v-fr", lang="fr")
    r = Ref("America/Toronto", 2027, 6, 7, 14, 0)  # lundi
    f.time("la veille de la Saint-Jean", r, T(r.month_day(6, 23)))
    f.time("le lendemain de la fête du Canada à 10 h", r, T(r.month_day(7, 2), (10, 0)))
    f.time("le lendemain du jour de l'An", r, T(r.month_day(1, 2)))
    f.time("la veille du jour de l'An en avant-midi", r,
           T(r.month_day(12, 31), pod="morning"))
    f.time("êtes-vous ouverts le jour de Noël?", r, T(r.month_day(12, 25)))
    f.time("le lendemain de l'Action de grâces, vers 14 h", r,
           T(nearest(r, THANKSGIVING) + timedelta(days=1), (14, 0)))
    f.name("c'est Noël Tremblay", r, "Noël Tremblay")
    # A holiday said alone names nobody (both read as names before the fix).
    f.name("la veille de Noël", r, None)
    f.name("la fête du Canada", r, None)
    f.name("le lendemain de la fête nationale", r, None)
    return f


if __name__ == "__main__":
    en = english()
    en.extend(english_v())
    en.write(os.path.join(HERE, "blind23_en.jsonl"))
    fr = french()
    fr.extend(french_v())
    fr.write(os.path.join(HERE, "blind23_fr.jsonl"))
