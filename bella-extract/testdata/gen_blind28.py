#!/usr/bin/env python3
"""Generator of blind round 28: `blind28_en.jsonl` (English) and `blind28_fr.jsonl`
(fr-CA).

Written blind from `/work/shared/eval/SPEC.md` §1-2 and `SPEC-fr.md` §5 before Bella
was run on it, through the `blindlib.py` oracle, at reference instants earlier rounds
(blind19..26) did not use: a Vancouver Saturday night, Edmonton and Moncton on Friday 31
March 2028 (the last day of a month that is a Friday), St. John's on a Thursday evening
(UTC-03:30), two Arctic zones (Iqaluit, Eastern, in October; Inuvik, Mountain, in the
leap February of 2028), the eves of the 2027-28 clock changes (Halifax and Winnipeg
Saturday 6 November 2027, Winnipeg and Toronto Saturday 11 March 2028), Regina at the
end of June 2028, and Toronto on a Saturday night in French.

The round probes:

* phone: numbers as speech-to-text writes them, words and digits mixed inside a group,
  "double"/"triple", restarts ("four one, sorry, four one six"), extensions ("ext",
  "extension", "local", "poste"), "area code first", a number read back with one digit
  changed (the corrected one wins), a second number after the first, prices, counts and
  addresses beside a number, too few digits (null).
* name: compound given names and surnames, particles (English capitalises every part,
  SPEC §2; French lower-cases de/du/des, SPEC-fr §5.4), a name then its spelling, names
  that are words (Hunter, Faith, Sunny, Drew, Hope), "X here", labelled parts, a
  correction; someone else's name ("it's under my husband's name, Raj": the SPEC names
  only the caller's own name, and a name after "for" is someone else's, so null; see
  the case's note), sentences that are not names.
* time: relative days, "this coming", "next" on a Saturday, ordinals (today's own day
  of the month counts), "quarter past", "ten to", "nine fifteen", bounds ("no later
  than", "not before", "from ... till"), corrections in the turn; "first thing" and "end
  of the day" only beside a day (the day is checked); French "moins quart", "et demie",
  "midi et quart", "à soir", "à matin", "X qui vient", "X prochain" on a weekend, "de la
  semaine prochaine", "pas avant", "sauf l'avant-midi", corrections.

The second blind batch (`b28b-`, 60 English and 40 French) left out "it ends in nine
nine" after a number (a correction of two digits only; the SPEC corrects whole numbers).

Left out as not settled by the SPECs: "in a couple of weeks" (no count of days), the
British "half ten" (10:30 in Britain, read otherwise by North American callers; the SPEC
is silent), "first thing" / "end of the day" alone, "tonight at 10", "X prochain"
where its readings differ, "en fin d'après-midi", "dans quinze jours", times inside the
skipped spring hour, windows that hold `now`.

Scores (score.py; the start binary is main at 5f210c4):

* blind, first batch: English 146/149 (phone 43/43, name 39/42, time 64/64), French
  100/100. The three failures: "my name is will smith, no relation" (read "Relation":
  "no" before a word taken for a correction), "it's Priya, P-R-I-Y-A, and the last name
  is Raman" ("the last name is" was no last-name label), "my first name is Colm, and my
  surname is Ó Briain" (the Irish "Ó" read as a spelled letter).
* variants `b28v-en-` (14, written after the fixes): 4/14 on the start binary, 14/14
  after.
* second blind batch `b28b-` (61 English, 40 French, committed before Bella ran on
  it): 57/61 and 40/40 on the start binary; 60/61 on the first fixed binary ("Ruby
  Chen, no rush": "rush" was two letters from "ruby", so a respelling), 61/61 after.
* the wording is not checked here: extraction files have no wording.

usage: python3 gen_blind28.py   (writes `blind28_en.jsonl` and `blind28_fr.jsonl` beside
this script)
"""

import os
from datetime import date, timedelta

from blindlib import NOTHING, CaseFile, Ref, T, W

HERE = os.path.dirname(os.path.abspath(__file__))


def DAY(d):
    """Only the day is checked (a part of the day the SPECs leave unbounded)."""
    return {"when": d.isoformat()}


def note(f, text):
    """A note on the case just added: what the SPEC left to assume."""
    f.rows[-1]["note"] = text


def english():
    f = CaseFile("b28-en")

    sat = Ref("America/Vancouver", 2028, 4, 22, 21, 30)  # Saturday night
    frm = Ref("America/Edmonton", 2028, 3, 31, 16, 45)  # Friday, last day of March
    nfl = Ref("America/St_Johns", 2028, 1, 20, 19, 45)  # Thursday evening
    iqa = Ref("America/Iqaluit", 2027, 10, 14, 10, 20)  # Thursday, Arctic (Eastern)
    inv = Ref("America/Inuvik", 2028, 2, 8, 13, 5)  # Tuesday, Arctic (Mountain), leap Feb
    hfx = Ref("America/Halifax", 2027, 11, 6, 19, 10)  # Saturday, eve of the fall change
    wpg = Ref("America/Winnipeg", 2028, 3, 11, 17, 20)  # Saturday, eve of spring change
    reg = Ref("America/Regina", 2028, 6, 30, 8, 5)  # Friday, June month end, no DST

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("six oh four, five five five, oh one two three", sat, "+16045550123")
    p("my number's 2 three 6, 5 5 five, 01 nine 9", sat, "+12365550199")
    p("seven seven eight double five five oh one four four", sat, "+17785550144")
    p("six seven two, triple five, oh one eight eight", sat, "+16725550188")
    p("it's two five oh, five five five, oh, sorry, two five oh, five five five, oh one "
      "five seven", sat, "+12505550157")
    p("area code six oh four, then five five five, zero one six zero", sat,
      "+16045550160")
    p("the area code is 236 and then it's 555 0171", sat, "+12365550171")
    p("it's 604 555 0123, no sorry, 604 555 0128", sat, "+16045550128")
    p("seven eight oh, five five five, oh one two three, extension four five", frm,
      "+17805550123")
    p("four oh three 555 0119 ext 7", frm, "+14035550119")
    p("my cell is five eight seven, five five five, oh one, double two", frm,
      "+15875550122")
    p("eight two five, five five five, oh one three four, I mean, oh one four three", frm,
      "+18255550143")
    p("it's 780, um, 555, uh, 0 1 8 6", frm, "+17805550186")
    p("four oh three five five five oh one", frm, None)
    p("it cost me 250 dollars last time", frm, None)
    p("we live at 10435 Whyte Avenue", frm, None)
    p("seven oh nine, five five five, zero one nine zero", nfl, "+17095550190")
    p("it's seven zero nine, five five five, oh one oh three, and if I'm not in, my work "
      "is seven oh nine, five five five, oh one oh four", nfl, "+17095550104")
    p("plus one seven oh nine five five five oh one one five", nfl, "+17095550115")
    p("one eight seven seven, five five five, oh one three three", nfl, "+18775550133")
    p("1-888-555-0162", nfl, "+18885550162")
    p("eight six seven, five five five, oh one five oh", iqa, "+18675550150")
    p("867 five five five 01 double 4", iqa, "+18675550144")
    p("eight six seven, five five five, zero one two three, local three oh two", iqa,
      "+18675550123")
    p("so it's eight six seven... five five five... oh one seven two", inv,
      "+18675550172")
    p("eight six seven five five five oh one two three, wait, let me start over, eight "
      "six seven five five five oh one three two", inv, "+18675550132")
    p("my home number is eight six seven, seven seven seven, twelve thirty four", inv,
      "+18677771234")
    p("nine oh two, five five five, oh one four one", hfx, "+19025550141")
    p("902.555.0188", hfx, "+19025550188")
    p("it's nine oh two, four two oh, triple one, two", hfx, "+19024201112")
    p("nine oh two, five five five, oh one two three... no wait, the last part is oh one "
      "two eight", hfx, "+19025550128")
    p("five oh six, five five five, oh, one, nine, nine", hfx, "+15065550199")
    p("two zero four, five five five, zero one eight one", wpg, "+12045550181")
    p("four three one, five five five, oh one oh seven, that's my cell", wpg,
      "+14315550107")
    p("two oh four five five five nineteen oh two", wpg, "+12045551902")
    p("twenty four dollars is what the website says", wpg, None)
    p("I've got 3 kids, 9, 7 and 4", wpg, None)
    p("three oh six, five five five, oh one double six", reg, "+13065550166")
    p("my number is 306-555-0139 x204", reg, "+13065550139")
    p("six three nine, five, five, five, zero, one, zero, eight", reg, "+16395550108")
    p("306 555 01 45", reg, "+13065550145")
    p("area code three oh six, five five five, oh one nine, uh, one", reg,
      "+13065550191")
    p("three oh six, eight hundred, forty five, sixty seven", reg, "+13068004567")

    # ----------------------------------------------------------------- name
    n = f.name
    n("my name is mary jo anne kowalski", sat, "Mary Jo Anne Kowalski")
    n("it's Anne-Marie Lévesque-Tremblay", sat, "Anne-Marie Lévesque-Tremblay")
    n("this is Ludwig van der Meer", frm, "Ludwig Van Der Meer")
    note(f, "SPEC §2 capitalises each part in English (as blind26's Van Den Broek)")
    n("my name is Carlos de la Vega", frm, "Carlos De La Vega")
    n("it's Siobhan, S-I-O-B-H-A-N", nfl, "Siobhan")
    n("my name is Aoife Ni Bhriain", nfl, "Aoife Ni Bhriain")
    n("the name is Hunter Gray", sat, "Hunter Gray")
    n("my name's Faith", sat, "Faith")
    n("it's Sunny Dhaliwal", frm, "Sunny Dhaliwal")
    n("Drew here", iqa, "Drew")
    n("yeah it's Hope Angutiqjuaq", iqa, "Hope Angutiqjuaq")
    n("my name is Elisapee Ishulutaq", iqa, "Elisapee Ishulutaq")
    n("this is Joamie Kilabuk speaking", iqa, "Joamie Kilabuk")
    n("it's under my husband's name, Raj", hfx, None)
    note(f, "SPEC §2 returns the caller's own name; the husband's name is someone else's "
         "(as 'it's for my husband, Raymond' in blind26)")
    n("it's Priya, P-R-I-Y-A, and the last name is Raman", hfx, "Priya Raman")
    n("my first name is Colm, and my surname is Ó Briain", hfx, "Colm Ó Briain")
    n("sure, Mackenzie Paul", hfx, "Mackenzie Paul")
    n("okay, it's Rowan, sorry, Rowan MacNeil", hfx, "Rowan MacNeil")
    n("I'm Tamsin Okoro-Hale", wpg, "Tamsin Okoro-Hale")
    n("call me Bo", wpg, "Bo")
    n("my name is will smith, no relation", wpg, "Will Smith")
    n("um so my name is uh Grace Thunderchild", wpg, "Grace Thunderchild")
    n("it's Dr. Amara Eze-Campbell", reg, "Amara Eze-Campbell")
    n("Ms. Willow Star Blackbird", reg, "Willow Star Blackbird", expect="name")
    n("Okonkwo, Chidi", reg, "Okonkwo Chidi", expect="name")
    n("Ryder", inv, "Ryder", expect="name")
    n("yes, Tess Villeneuve", inv, "Tess Villeneuve")
    n("this is Jean-Baptiste D'Arcy", inv, "Jean-Baptiste D'Arcy")
    n("put it under Lin, Wei Lin", inv, "Wei Lin")
    n("my name is Mo, M-O, Haddad", nfl, "Mo Haddad")
    n("it's Brendan O'Reilly-Walsh", nfl, "Brendan O'Reilly-Walsh")
    n("last name Furlong, first name Maeve", nfl, "Maeve Furlong")
    n("I'm Cole, I booked last month", frm, "Cole")
    n("the appointment is for my son, Tyler", frm, None)
    n("I'm free on Monday", frm, None)
    n("this is about my booking", sat, None)
    n("it's urgent", sat, None)
    n("I'm calling for my wife", hfx, None)
    n("my husband Raj usually books", hfx, None)
    n("it's raining here", nfl, None)
    n("I'm not sure", reg, None)
    n("this is the third time I've called", reg, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # Saturday 2028-04-22 21:30, Vancouver.
    r = sat
    t("sunday at 11", r, T(r.weekday("sun"), (11, 0)))
    t("next sunday", r, T(r.next_week("sun")))
    t("this coming monday", r, T(r.weekday("mon")))
    t("at 9", r, T(r.at(9), (9, 0)))
    t("the 22nd", r, T(r.dom(22)))
    t("the 23rd at ten to ten", r, T(r.dom(23), (9, 50)))
    t("monday, first thing", r, DAY(r.weekday("mon")))
    note(f, "'first thing' is not bounded by the SPEC: the day only")
    t("tuesday, no, wednesday afternoon", r, T(r.weekday("wed"), pod="afternoon"))
    t("in 5 days at quarter past 2", r, T(r.plus(5), (14, 15)))
    t("tomorrow no later than 1", r, T(r.plus(1), win=W(None, (13, 0))))
    # Friday 2028-03-31 16:45, Edmonton, last day of the month.
    r = frm
    t("the 31st", r, T(r.dom(31)))
    t("the 1st at 10", r, T(r.dom(1), (10, 0)))
    t("the 30th", r, T(r.dom(30)))
    t("at 5", r, T(r.at(17), (17, 0)))
    t("at 4", r, T(r.at(16), (16, 0)))
    t("next friday", r, T(r.next_week("fri")))
    t("a week from today at 9", r, T(r.plus(7), (9, 0)))
    t("tuesday, end of the day", r, DAY(r.weekday("tue")))
    note(f, "'end of the day' is not bounded by the SPEC: the day only")
    t("april 3rd between 1 and 3", r, T(r.month_day(4, 3), win=W((13, 0), (15, 0))))
    t("monday not before 10", r, T(r.weekday("mon"), win=W((10, 0))))
    t("the day after tomorrow at nine fifteen", r, T(r.plus(2), (9, 15)))
    # Thursday 2028-01-20 19:45, St. John's.
    r = nfl
    t("tonight", r, DAY(r.today))
    t("at 8", r, T(r.at(8), (8, 0)))
    t("friday", r, T(r.weekday("fri")))
    t("next friday at 2", r, T(r.next_week("fri"), (14, 0)))
    t("at quarter to nine", r, T(r.at(8, 45), (8, 45)))
    t("the 31st at half past 3", r, T(r.dom(31), (15, 30)))
    t("february 1st in the morning", r, T(r.month_day(2, 1), pod="morning"))
    t("at 7:30 in the evening", r, T(r.at(19, 30), (19, 30)))
    t("tomorrow, no wait, saturday at 10", r, T(r.weekday("sat"), (10, 0)))
    # Thursday 2027-10-14 10:20, Iqaluit.
    r = iqa
    t("at 11", r, T(r.today, (11, 0)))
    t("at 10", r, T(r.plus(1), (10, 0)))
    t("today after 2", r, T(r.today, win=W((14, 0))))
    t("from 1 till 4 on monday", r, T(r.weekday("mon"), win=W((13, 0), (16, 0))))
    t("thursday", r, T(r.weekday("thu")))
    t("the 14th", r, T(r.dom(14)))
    t("monday the 18th at 9", r, T(r.month_day(10, 18), (9, 0)))
    # Tuesday 2028-02-08 13:05, Inuvik (leap February).
    r = inv
    t("the 29th", r, T(r.dom(29)))
    t("february 29th at 11", r, T(r.month_day(2, 29), (11, 0)))
    t("at 1", r, T(r.at(13), (13, 0)))
    t("at 2", r, T(r.today, (14, 0)))
    t("this friday at twenty past eleven", r, T(r.weekday("fri"), (11, 20)))
    t("next tuesday", r, T(r.next_week("tue")))
    t("wednesday, anytime but the morning", r, T(r.weekday("wed"), win=W((12, 0))))
    # Saturday 2027-11-06 19:10, Halifax, eve of the fall change.
    r = hfx
    t("tomorrow at 1:30", r, T(r.plus(1), (13, 30)))
    t("sunday morning", r, T(r.weekday("sun"), pod="morning"))
    t("next saturday", r, T(r.next_week("sat")))
    t("monday at 8", r, T(r.weekday("mon"), (8, 0)))
    t("in two weeks", r, T(r.plus(14)))
    t("the 8th, not before 11", r, T(r.dom(8), win=W((11, 0))))
    # Saturday 2028-03-11 17:20, Winnipeg, eve of the spring change.
    r = wpg
    t("tomorrow at 3", r, T(r.plus(1), (15, 0)))
    t("at 5", r, T(r.at(17), (17, 0)))
    t("at 6", r, T(r.at(18), (18, 0)))
    t("sunday afternoon", r, T(r.weekday("sun"), pod="afternoon"))
    t("the 13th at 1, sorry, 2", r, T(r.dom(13), (14, 0)))
    t("monday, sometime 10 to 12", r, T(r.weekday("mon"), win=W((10, 0), (12, 0))))
    t("I'm 45 and I've never had a cleaning", r, NOTHING)
    # Friday 2028-06-30 08:05, Regina.
    r = reg
    t("at 8", r, T(r.at(8), (8, 0)))
    t("at 9", r, T(r.today, (9, 0)))
    t("july 4th", r, T(r.month_day(7, 4)))
    t("the 30th", r, T(r.dom(30)))
    t("before noon today", r, T(r.today, win=W(None, (12, 0))))
    t("monday, earlier than 11", r, T(r.weekday("mon"), win=W(None, (11, 0))))
    t("I have 2 dogs", r, NOTHING)
    return f


def french():
    f = CaseFile("b28-fr", lang="fr")

    tsa = Ref("America/Toronto", 2028, 4, 22, 20, 15)  # samedi soir
    mct = Ref("America/Moncton", 2028, 3, 31, 15, 40)  # vendredi, fin de mois
    wev = Ref("America/Winnipeg", 2027, 11, 6, 18, 0)  # samedi, veille du changement
    mev = Ref("America/Toronto", 2028, 3, 11, 9, 30)  # samedi, veille du changement
    iqa = Ref("America/Iqaluit", 2028, 1, 12, 11, 10)  # mercredi

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("cinq un quatre, cinq cinq cinq, zéro un deux trois", tsa, "+15145550123")
    p("quatre trois huit, cinq cinq cinq, zéro un, quatre-vingt-dix-neuf", tsa,
      "+14385550199")
    p("le 514, cinq cinq cinq, 01 quarante-quatre", tsa, "+15145550144")
    p("quatre cinq zéro, cinq cinq cinq, zéro un, excusez, quatre cinq zéro, cinq cinq "
      "cinq, zéro deux six six", tsa, "+14505550266")
    p("cinq zéro six, cinq cinq cinq, zéro un sept sept, poste trente", mct,
      "+15065550177")
    p("le code régional c'est le cinq zéro six, pis le numéro c'est cinq cinq cinq, zéro "
      "un six un", mct, "+15065550161")
    p("cinq zéro six, cinq cent cinquante-cinq, zéro cent quarante", mct,
      "+15065550140")
    p("cinq zéro six, cinq cinq cinq, zéro un deux trois, non pardon, zéro un deux "
      "huit", mct, "+15065550128")
    p("c'est 60 piastres pour un examen", mct, None)
    p("cinq zéro six, cinq cinq cinq, zéro un", mct, None)
    p("deux zéro quatre, cinq cinq cinq, soixante et onze, vingt", wev,
      "+12045557120")
    p("quatre trois un cinq cinq cinq zéro zéro quatre quatre", wev, "+14315550044")
    p("mon cell c'est le 204 555-0193, pis à la maison le 204 555-0194", wev,
      "+12045550194")
    p("un huit cent, cinq cinq cinq, zéro un un deux", wev, "+18005550112")
    p("huit un neuf, cinq cinq cinq, zéro un cinq deux", mev, "+18195550152")
    p("le 418 555 0129 poste 12", mev, "+14185550129")
    p("pas le trois six sept, le quatre un huit, cinq cinq cinq, zéro un zéro un", mev,
      "+14185550101")
    p("quatre un huit, cinq cinq cinq, euh, zéro, euh, un, trente-trois", mev,
      "+14185550133")
    p("plus un, huit sept trois, cinq cinq cinq, zéro un zéro neuf", mev,
      "+18735550109")
    p("huit six sept, cinq cinq cinq, zéro un quatre-vingts", iqa, "+18675550180")
    p("8 6 7 cinq cinq cinq zéro 1 6 3", iqa, "+18675550163")
    p("j'ai trois enfants, 12, 9 pis 4 ans", iqa, None)
    p("huit six sept, neuf sept neuf, douze, trente-quatre", iqa, "+18679791234")
    p("mon numéro, c'est le huit six sept, cinq cinq cinq, zéro cent un", iqa,
      "+18675550101")

    # ----------------------------------------------------------------- name
    n = f.name
    n("je m'appelle Marie-Ève Lacroix-Dubé", tsa, "Marie-Ève Lacroix-Dubé")
    n("moi c'est Jean de la Rochelle", tsa, "Jean de La Rochelle")
    n("mon nom c'est François du Sault", tsa, "François du Sault")
    n("c'est Gisèle Des Rosiers", tsa, "Gisèle des Rosiers")
    n("ici Réal Le Gallant", mct, "Réal Le Gallant")
    n("bonjour, ici Aurore Cyr", mct, "Aurore Cyr")
    n("c'est Mélodie, M-É-L-O-D-I-E", mct, "Mélodie")
    n("je m'appelle Rose Comeau", mct, "Rose Comeau")
    n("moi c'est Céleste Richard", mct, "Céleste Richard")
    n("Benoît Doiron à l'appareil", mct, "Benoît Doiron")
    n("mon prénom c'est Élodie, pis mon nom de famille c'est Saulnier", wev,
      "Élodie Saulnier")
    n("mon nom de famille c'est Nadeau, mon prénom Sylvain", wev, "Sylvain Nadeau")
    n("mettez ça au nom d'Yvon Gosselin", wev, "Yvon Gosselin")
    n("je m'appelle Paul, non excusez, Paul-Émile Lafrenière", wev,
      "Paul-Émile Lafrenière")
    n("euh, c'est, genre, Maxime Beaudry", wev, "Maxime Beaudry")
    n("ouais, Noémie Ste-Marie", mev, "Noémie Ste-Marie")
    n("c'est madame Thérèse D'Astous", mev, "Thérèse D'Astous")
    n("je m'appelle jean-françois d'aoust", mev, "Jean-François D'Aoust")
    n("Tremblay, Ginette", mev, "Tremblay Ginette", expect="name")
    n("c'est pour Karine Poulin", mev, "Karine Poulin", expect="name")
    n("c'est pour mon mari, Raj", tsa, None)
    n("c'est au nom de mon mari", tsa, None)
    n("je suis pas sûre", mct, None)
    n("c'est parfait, merci", mct, None)
    n("ici il fait froid", iqa, None)
    n("je m'appelle Lucie Qaunaq", iqa, "Lucie Qaunaq")
    n("c'est Annie Kilabuk", iqa, "Annie Kilabuk")
    n("je suis Pauline Ittukallak", iqa, "Pauline Ittukallak")
    n("je suis disponible jeudi", iqa, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # samedi 2028-04-22 20:15, Toronto
    r = tsa
    t("lundi prochain à 10 h", r, T(r.weekday("mon"), (10, 0)))
    t("dimanche à 13 h", r, T(r.weekday("sun"), (13, 0)))
    t("à 9 h", r, T(r.at(9), (9, 0)))
    t("le 22", r, T(r.dom(22)))
    t("le 24 à 2 h moins quart", r, T(r.dom(24), (13, 45)))
    t("mardi qui vient en après-midi", r, T(r.weekday("tue"), pod="afternoon"))
    t("mercredi de la semaine prochaine", r, T(r.next_week("wed")))
    t("demain, pas avant 11 h", r, T(r.plus(1), win=W((11, 0))))
    t("à soir", r, T(r.today, pod="evening"))
    # vendredi 2028-03-31 15:40, Moncton
    r = mct
    t("le 31", r, T(r.dom(31)))
    t("le 1er à 10 h 30", r, T(r.dom(1), (10, 30)))
    t("à 4 h", r, T(r.at(16), (16, 0)))
    t("à 3 h et demie", r, T(r.at(15, 30), (15, 30)))
    t("lundi le 3 avril à 9 h", r, T(r.month_day(4, 3), (9, 0)))
    t("dans une semaine", r, T(r.plus(7)))
    t("mardi, entre 1 h pis 3 h", r, T(r.weekday("tue"), win=W((13, 0), (15, 0))))
    t("jeudi, non attendez, vendredi à midi et quart", r, T(r.weekday("fri"), (12, 15)))
    t("mercredi sauf l'avant-midi", r, T(r.weekday("wed"), win=W((12, 0))))
    t("mon garçon a 12 ans", r, NOTHING)
    # samedi 2027-11-06 18:00, Winnipeg (veille du changement d'heure)
    r = wev
    t("demain à 14 h", r, T(r.plus(1), (14, 0)))
    t("dimanche prochain", r, T(r.weekday("sun")))
    note(f, "said on a Saturday, both readings of 'X prochain' give the next day")
    t("samedi prochain", r, T(r.weekday("sat")))
    t("lundi matin", r, T(r.weekday("mon"), pod="morning"))
    t("à 10 h du matin", r, T(r.plus(1), (10, 0)))
    t("à 7 h du soir", r, T(r.at(19), (19, 0)))
    t("le 8 à 8 h 45", r, T(r.dom(8), (8, 45)))
    t("dans trois jours", r, T(r.plus(3)))
    t("mardi, au plus tard à 15 h", r, T(r.weekday("tue"), win=W(None, (15, 0))))
    # samedi 2028-03-11 09:30, Toronto (veille du changement d'heure)
    r = mev
    t("à matin", r, T(r.today, pod="morning"))
    t("demain après-midi à 2 h", r, T(r.plus(1), (14, 0)))
    t("à 10 h", r, T(r.today, (10, 0)))
    t("à 9 h", r, T(r.plus(1), (9, 0)))
    t("mardi prochain", r, T(r.weekday("tue")))
    t("vendredi la semaine prochaine à 11 h", r, T(r.next_week("fri"), (11, 0)))
    t("le 15 mars, après 13 h", r, T(r.month_day(3, 15), win=W((13, 0))))
    t("le 13 à midi moins quart", r, T(r.dom(13), (11, 45)))
    # mercredi 2028-01-12 11:10, Iqaluit
    r = iqa
    t("à midi", r, T(r.today, (12, 0)))
    t("à 11 h", r, T(r.plus(1), (11, 0)))
    t("mercredi", r, T(r.weekday("wed")))
    t("jeudi qui s'en vient à 9 h 15", r, T(r.weekday("thu"), (9, 15)))
    t("le 29 février", r, T(r.month_day(2, 29)))
    t("de 9 h à 11 h lundi", r, T(r.weekday("mon"), win=W((9, 0), (11, 0))))
    t("après-demain en avant-midi", r, T(r.plus(2), pod="morning"))
    t("ce soir", r, T(r.today, pod="evening"))
    t("dans deux semaines à 13 h 30", r, T(r.plus(14), (13, 30)))
    t("vendredi, pas l'après-midi", r, T(r.weekday("fri"), win=W(None, (12, 0))))
    t("demain vers 3 h", r, T(r.plus(1), (15, 0)))
    return f


def english_v():
    """Variants (`b28v-en-`) of the three families that failed blind, written after the
    fixes: "no" before one lower-case word is a determiner ("no relation", "no hurry"),
    while "no" with a pause, a close word or a whole name still corrects; the last name
    labelled with "the"; the Irish particle "Ó"."""
    f = CaseFile("b28v-en")
    r = Ref("America/Iqaluit", 2028, 5, 17, 14, 35)  # Wednesday
    n = f.name
    n("my name is dana kim no hurry", r, "Dana Kim")
    n("it's Priya Nair, no pressure", r, "Priya Nair")
    n("sure, Ben Ortiz, no worries", r, "Ben Ortiz")
    n("my name's Lucas Moreau, no relation to the hockey player", r, "Lucas Moreau")
    n("my name is Kara, no, Cara Boyle", r, "Cara Boyle")
    n("it's sean no shawn", r, "Shawn")
    n("my name is Mia, no Nina Patel", r, "Nina Patel")
    n("I'm Yuki, and the last name is Tanaka", r, "Yuki Tanaka")
    n("my name's Ana, the family name is Sousa", r, "Ana Sousa")
    n("it's Leo, L-E-O, the surname is Brandt", r, "Leo Brandt")
    n("first name Ivy, the last name's Chu", r, "Ivy Chu")
    n("it's Eoin Ó Murchú", r, "Eoin Ó Murchú")
    n("my first name is Cian and my surname is Ó Néill", r, "Cian Ó Néill")
    n("my name is aoife ó dónaill", r, "Aoife Ó Dónaill")
    return f


def english_b():
    """Second blind batch (`b28b-en-`), written after the first batch's fixes and
    committed before Bella ran on it: Vancouver the Saturday night before the fall
    change, Rankin Inlet (Arctic, Central) on a Friday afternoon, Goose Bay (Labrador,
    Atlantic) on a Saturday evening, Halifax on the leap day of 2028."""
    f = CaseFile("b28b-en")
    van = Ref("America/Vancouver", 2027, 11, 6, 23, 30)  # Saturday night, fall eve
    rnk = Ref("America/Rankin_Inlet", 2028, 9, 29, 15, 10)  # Friday
    gsb = Ref("America/Goose_Bay", 2027, 10, 30, 18, 45)  # Saturday evening
    hfx = Ref("America/Halifax", 2028, 2, 29, 10, 40)  # Tuesday, leap day

    p = f.phone
    p("six oh four, double five five, oh one, double oh", van, "+16045550100")
    p("it's 7 seven 8, 555, oh 1 7 6", van, "+17785550176")
    p("two three six, five five five, oh one, no, sorry, oh two, five five", van,
      "+12365550255")
    p("my number, area code first, six seven two, then five five five oh one four two",
      van, "+16725550142")
    p("sixteen oh four, five five five, oh one two three", van, "+16045550123")
    note(f, "'sixteen oh four' is 1604 (a pair, then digits): a 1 and ten digits")
    p("eight six seven, five five five, zero one eight nine, extension twelve", rnk,
      "+18675550189")
    p("eight six seven five five five oh one oh oh ext 3", rnk, "+18675550100")
    p("it's eight six seven, five five five, oh one two one, and the office line is "
      "eight six seven, five five five, oh one two two", rnk, "+18675550122")
    p("I paid 120 dollars on the 14th", rnk, None)
    p("seven oh nine, eight nine six, forty, forty", gsb, "+17098964040")
    p("seven zero nine, triple eight, oh one two three", gsb, "+17098880123")
    p("709 555 0199, I'll repeat that, 709 555 0199", gsb, "+17095550199")
    p("nine oh two, five five five, oh, one, three, three", hfx, "+19025550133")
    p("my number is nine zero two, four six eight, twelve, twelve", hfx, "+19024681212")
    p("call me back at 782-555-0107 ext. 22", hfx, "+17825550107")
    p("nine oh two five five five oh one", hfx, None)
    p("plus one, nine oh two, five five five, zero one six one", hfx, "+19025550161")
    p("one nine oh two five five five oh one six two", hfx, "+19025550162")
    p("we're at unit 4, 1550 Barrington", hfx, None)

    n = f.name
    n("my name is Liam Ó Conaill", van, "Liam Ó Conaill")
    n("it's Kenji Watanabe, no relation to the actor", van, "Kenji Watanabe")
    n("my name is Ruby Chen, no rush on the booking", van, "Ruby Chen")
    n("this is Alexis Saint-Germain", van, "Alexis Saint-Germain")
    n("the name is Bethany, B-E-T-H-A-N-Y, and the last name is Kowal", rnk,
      "Bethany Kowal")
    n("it's Piita Irniq", rnk, "Piita Irniq")
    n("um it's Leah, uh, Leah Tulugak", rnk, "Leah Tulugak")
    n("Josh here, calling about Saturday", rnk, "Josh")
    n("I'm calling for my dad, his name is Frank", rnk, None)
    n("my first name is Grace and the surname is Mitchell", gsb, "Grace Mitchell")
    n("sure it's Patience Andersen", gsb, "Patience Andersen")
    n("my name is Brooke, no, Brooklyn Rich", gsb, "Brooklyn Rich")
    n("it's Ellie, sorry, Eleanor Pardy", gsb, "Eleanor Pardy")
    n("I'm good thanks", gsb, None)
    n("Whalen, Margaret", gsb, "Whalen Margaret", expect="name")
    n("it's Noah-James MacKinnon", hfx, "Noah-James MacKinnon")
    n("my name's Sky, like the sky", hfx, "Sky")
    n("this is Hannah Louise Murphy-Boyd", hfx, "Hannah Louise Murphy-Boyd")
    n("it's for my daughter Chloe", hfx, None)
    n("I'm so sorry I missed my appointment", hfx, None)

    t = f.time
    r = van  # Saturday 2027-11-06 23:30, Vancouver, fall-back eve
    t("tomorrow at 10", r, T(r.plus(1), (10, 0)))
    t("at 9", r, T(r.at(9), (9, 0)))
    t("monday", r, T(r.weekday("mon")))
    t("next sunday at noon", r, T(r.next_week("sun"), (12, 0)))
    t("the 7th at 1:30", r, T(r.dom(7), (13, 30)))
    t("the 6th", r, T(r.dom(6)))
    r = rnk  # Friday 2028-09-29 15:10, Rankin Inlet
    t("at 3", r, T(r.at(15), (15, 0)))
    t("at 4", r, T(r.today, (16, 0)))
    t("the 30th at 10", r, T(r.dom(30), (10, 0)))
    t("october 2nd, first thing in the morning", r, T(r.month_day(10, 2), pod="morning"))
    t("monday, no later than 11", r, T(r.weekday("mon"), win=W(None, (11, 0))))
    r = gsb  # Saturday 2027-10-30 18:45, Goose Bay
    t("next saturday", r, T(r.next_week("sat")))
    t("sunday at twenty to one", r, T(r.weekday("sun"), (12, 40)))
    t("monday the 1st", r, T(r.month_day(11, 1)))
    t("in 4 days", r, T(r.plus(4)))
    t("tuesday after 1, but before 3", r, T(r.weekday("tue"), win=W((13, 0), (15, 0))))
    r = hfx  # Tuesday 2028-02-29 10:40, Halifax (leap day)
    t("the 29th", r, T(r.dom(29)))
    t("at 11:15", r, T(r.today, (11, 15)))
    t("at 10:30", r, T(r.plus(1), (10, 30)))
    t("next tuesday at quarter past 9", r, T(r.next_week("tue"), (9, 15)))
    t("march 1st, no, march 2nd at 2", r, T(r.month_day(3, 2), (14, 0)))
    t("thursday, end of the day", r, DAY(r.weekday("thu")))
    return f


def french_b():
    """Second blind batch (`b28b-fr-`), committed before Bella ran on it: Moncton a
    Saturday night, Toronto a Friday afternoon at a September end, Winnipeg on the leap
    day of 2028."""
    f = CaseFile("b28b-fr", lang="fr")
    mct = Ref("America/Moncton", 2027, 10, 30, 21, 0)  # samedi soir
    tor = Ref("America/Toronto", 2028, 9, 29, 16, 20)  # vendredi
    wpg = Ref("America/Winnipeg", 2028, 2, 29, 9, 50)  # mardi, 29 février

    p = f.phone
    p("cinq zéro six, cinq cinq cinq, zéro un, quatre-vingt-deux", mct, "+15065550182")
    p("le 506 555-0144, poste 9", mct, "+15065550144")
    p("cinq zéro six, cinq cinq cinq, zéro un deux, excusez, zéro un trois sept", mct,
      "+15065550137")
    p("c'est 90 piastres, c'est ça?", mct, None)
    p("quatre un six, cinq cinq cinq, zéro un soixante-trois", tor, "+14165550163")
    p("six quatre sept, cinq cent cinquante-cinq, zéro, un, neuf, zéro", tor,
      "+16475550190")
    p("le code régional c'est le quatre trois sept, pis c'est le cinq cinq cinq, zéro "
      "deux zéro deux", tor, "+14375550202")
    p("un huit huit huit, cinq cinq cinq, zéro un zéro zéro", tor, "+18885550100")
    p("deux zéro quatre, cinq cinq cinq, zéro un", wpg, None)
    p("deux zéro quatre, cinq cinq cinq, zéro cent quatre-vingt-dix-neuf", wpg,
      "+12045550199")
    p("mon ancien c'était le 204 555-0111, le nouveau c'est le 431 555-0112", wpg,
      "+14315550112")
    p("quatre trois un, cinq cinq cinq, soixante-dix-sept, soixante-dix-sept", wpg,
      "+14315557777")
    p("deux zéro quatre, cinq cinq cinq, zéro un deux, euh non, zéro un deux neuf", wpg,
      "+12045550129")

    n = f.name
    n("je m'appelle Évangéline Arseneau", mct, "Évangéline Arseneau")
    n("moi c'est Jacques de la Durantaye", mct, "Jacques de La Durantaye")
    n("c'est Yves des Roches", mct, "Yves des Roches")
    n("bonjour, ici Nathalie Daigle", mct, "Nathalie Daigle")
    n("c'est Sophie, S-O-P-H-I-E, Comeau", mct, "Sophie Comeau")
    n("mon nom c'est Hugo, non pardon, Hugues Poirier", tor, "Hugues Poirier")
    n("Marc-Antoine Bélanger à l'appareil", tor, "Marc-Antoine Bélanger")
    n("mon prénom c'est Léa pis mon nom de famille c'est Fortin-Roy", tor,
      "Léa Fortin-Roy")
    n("oui, Claudette Gingras", tor, "Claudette Gingras")
    n("c'est pour ma mère, Denise", tor, None)
    n("je suis pas disponible lundi", wpg, None)
    n("je m'appelle Ginette D'Amour", wpg, "Ginette D'Amour")
    n("mettez ça au nom de Roger Laflèche", wpg, "Roger Laflèche")

    t = f.time
    r = mct  # samedi 2027-10-30 21:00, Moncton
    t("lundi prochain", r, T(r.weekday("mon")))
    t("dimanche à 11 h 30", r, T(r.weekday("sun"), (11, 30)))
    t("à 9 h 15", r, T(r.at(9, 15), (9, 15)))
    t("le 1er novembre en après-midi", r, T(r.month_day(11, 1), pod="afternoon"))
    t("mardi, pas avant 10 h", r, T(r.weekday("tue"), win=W((10, 0))))
    r = tor  # vendredi 2028-09-29 16:20, Toronto
    t("à 4 h et quart", r, T(r.plus(1), (16, 15)))
    t("à 5 h moins vingt", r, T(r.today, (16, 40)))
    t("le 30", r, T(r.dom(30)))
    t("lundi le 2 octobre à 10 h", r, T(r.month_day(10, 2), (10, 0)))
    t("jeudi de la semaine prochaine en avant-midi", r,
      T(r.next_week("thu"), pod="morning"))
    r = wpg  # mardi 2028-02-29 09:50, Winnipeg
    t("le 29", r, T(r.dom(29)))
    t("à 10 h", r, T(r.today, (10, 0)))
    t("le 1er mars entre 13 h et 15 h", r, T(r.month_day(3, 1), win=W((13, 0), (15, 0))))
    t("jeudi, non, vendredi à 14 h 30", r, T(r.weekday("fri"), (14, 30)))
    return f


if __name__ == "__main__":
    assert date(2028, 3, 31).weekday() == 4
    assert date(2028, 4, 22).weekday() == 5
    f_en = english()
    f_en.extend(english_v())
    f_en.extend(english_b())
    f_en.write(os.path.join(HERE, "blind28_en.jsonl"))
    f_fr = french()
    f_fr.extend(french_b())
    f_fr.write(os.path.join(HERE, "blind28_fr.jsonl"))
