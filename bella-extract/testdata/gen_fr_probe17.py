#!/usr/bin/env python3
"""Generator of French blind round 17: `fr_probe17.jsonl` (fr-CA extraction).

Written blind from `/work/shared/eval/SPEC-fr.md` §5.2-5.5 (on top of SPEC.md §2) before
Bella was run on it, at four reference instants: Toronto (Montréal's zone) on the eve of
the Saint-Jean, Moncton on a Friday morning, Winnipeg just before noon on a Monday,
Toronto on a Saturday (so "X prochain" has one reading).

* phone: "mon cell", "le 418, 555, 01 01", "zéro, cent vingt-trois" (a hundred after a
  single digit), pairs ("vingt, vingt", "soixante et onze, quatre-vingts"), "un huit cent",
  "poste", a correction with "pas le ..., c'est le ...", hesitations, too few digits, an
  area code read as "cent vingt-trois" (starts with 1: null), "le même numéro" (no digits);
* name: "ici", "à l'appareil", "au nom de"/"au nom d'", "je suis", "moi c'est", labelled
  prénom and nom de famille in both orders, particles (des), D'Anjou, St-Onge, titles,
  a spelling after the name, a correction, "c'est pour" with and without `expect`, and
  turns that begin with a cue and name nobody ("c'est parfait", "je suis à Sherbrooke",
  "c'est pour jeudi", "je suis disponible jeudi");
* time: relative days, "dans une semaine", "dans deux semaines", "X qui vient", "X
  prochain" only where both readings agree, "la semaine prochaine" alone (its Monday),
  "jeudi le 24", "le 29" in a February without one, "à soir", "ce matin", "cet après-midi",
  "demain soir à 7 h" (evening overrides the business-hour reading, as "in the evening"),
  "midi moins quart", "onze heures moins dix", windows with "pis" for "et", "à partir de",
  "pas avant", "n'importe quand avant midi", "sauf le matin", a part of day with a bound,
  corrections, bare hours either side of `now`.

usage: python3 gen_fr_probe17.py   (writes `fr_probe17.jsonl` beside this script)
"""

import os

from blindlib import NOTHING, CaseFile, Ref, T, W, biz

HERE = os.path.dirname(os.path.abspath(__file__))


def french():
    f = CaseFile("fp17", lang="fr")

    mtl = Ref("America/Toronto", 2027, 6, 23, 15, 10)  # Wednesday, eve of the Saint-Jean
    mct = Ref("America/Moncton", 2027, 1, 29, 9, 30)  # Friday morning
    wpg = Ref("America/Winnipeg", 2027, 11, 1, 11, 50)  # Monday, before noon
    sat = Ref("America/Toronto", 2027, 2, 27, 13, 0)  # Saturday afternoon

    # ---------------------------------------------------------------- phone
    p = f.phone
    p("mon cell c'est le 819 555-0142", mtl, "+18195550142")
    p("quatre cinq zéro, cinq cinq cinq, zéro, cent vingt-trois", mtl, "+14505550123")
    p("six un trois, cinq cinq cinq, vingt, vingt", mtl, "+16135552020")
    p("le 418, 555, 01 01", mtl, "+14185550101", expect="phone")
    p("c'est le cinq un quatre, cinq cinq cinq, zéro un, deux trois", mtl, "+15145550123")
    p("mon numéro c'est 506 555 0199 poste 4", mct, "+15065550199")
    p("pas le 438 555 0111, c'est le 438 555 0112", mtl, "+14385550112")
    p("deux zéro quatre, cinq cinq cinq, soixante et onze, quatre-vingts", wpg,
      "+12045557180")
    p("huit un neuf cinq cinq cinq zéro un zéro un", mtl, "+18195550101")
    p("un huit cent, cinq cinq cinq, zéro un zéro zéro", mtl, "+18005550100")
    p("quatre un huit, cinq cinq cinq", mtl, None)
    p("cent vingt-trois, quatre cinq six, sept huit neuf zéro", mtl, None)
    p("euh c'est le, euh, cinq un quatre, cinq cinq cinq, zéro zéro, quarante-deux", mtl,
      "+15145550042")
    p("le même numéro", mtl, None, expect="phone")
    p("mon numéro de cellulaire est le 581-555-0177", mtl, "+15815550177")
    p("trois six sept, cinq cinq cinq, quatre-vingt-dix-neuf, zéro un", mtl,
      "+13675559901")
    p("oui c'est le deux zéro quatre cinq cinq cinq zéro un quatre quatre", wpg,
      "+12045550144")
    p("cinq zéro six, cinq cinq cinq, mille deux cent trente-quatre", mct, "+15065551234")

    # ----------------------------------------------------------------- name
    n = f.name
    n("Bonjour, ici Chantal Bouchard", mtl, "Chantal Bouchard")
    n("mon nom c'est Gagnon, Éric Gagnon", mtl, "Éric Gagnon")
    n("je m'appelle marie-claude st-onge", mtl, "Marie-Claude St-Onge")
    n("c'est Réjean Dubé à l'appareil", mct, "Réjean Dubé")
    n("mettez ça au nom d'Isabelle Caron", mtl, "Isabelle Caron")
    n("au nom de Pelletier", mtl, "Pelletier")
    n("c'est parfait", mtl, None)
    n("je suis à Sherbrooke", mtl, None)
    n("c'est pour jeudi", mtl, None)
    n("c'est pour Nadia Haddad", mtl, "Nadia Haddad", expect="name")
    n("c'est pour Nadia Haddad", mtl, None)
    n("oui, Geneviève Ouellet", mtl, "Geneviève Ouellet")
    n("correct, Luc", mtl, "Luc", expect="name")
    n("madame Josée Lavoie", mtl, "Josée Lavoie", expect="name")
    n("docteure Annie Roy", mtl, "Annie Roy", expect="name")
    n("euh ben c'est Mathieu, Mathieu Lefebvre", mtl, "Mathieu Lefebvre")
    n("Bergeron, B-E-R-G-E-R-O-N", mtl, "Bergeron", expect="name")
    n("mon prénom c'est Karine, pis mon nom de famille c'est Dion", mtl, "Karine Dion")
    n("mon nom de famille c'est Poirier, mon prénom Sylvie", mct, "Sylvie Poirier")
    n("je m'appelle paul des rosiers", mtl, "Paul des Rosiers")
    n("ici Anne-Sophie D'Anjou", mtl, "Anne-Sophie D'Anjou")
    n("je suis Hugo Lachance", mtl, "Hugo Lachance")
    n("je suis disponible jeudi", mtl, None)
    n("c'est Sam, non pardon, Samuel Cormier", mct, "Samuel Cormier")
    n("le nom c'est Mélanie Fortin", wpg, "Mélanie Fortin")
    n("moi c'est Olivier", wpg, "Olivier")
    n("c'est beau", mtl, None)
    n("bonjour, je voudrais prendre un rendez-vous", mtl, None)
    n("oui allô, c'est Denis Thériault", mct, "Denis Thériault")
    n("c'est quoi vos heures d'ouverture", mtl, None)

    # ----------------------------------------------------------------- time
    t = f.time
    # Wednesday 2027-06-23 15:10, Toronto
    r = mtl
    t("demain à 10 h", r, T(r.plus(1), (10, 0)))
    t("à 3 h", r, T(r.at(biz(3)), (biz(3), 0)))
    t("à 4 h", r, T(r.at(biz(4)), (biz(4), 0)))
    t("vendredi matin", r, T(r.weekday("fri"), pod="morning"))
    t("mercredi", r, T(r.weekday("wed")))
    t("mercredi de la semaine prochaine", r, T(r.next_week("wed")))
    t("lundi prochain", r, T(r.weekday("mon")))
    t("après-demain en après-midi", r, T(r.plus(2), pod="afternoon"))
    t("dans 3 jours", r, T(r.plus(3)))
    t("le 2 juillet à 9 h 30", r, T(r.month_day(7, 2), (9, 30)))
    t("le premier", r, T(r.dom(1)))
    t("jeudi le 24", r, T(r.dom(24)))
    t("vers midi et demi demain", r, T(r.plus(1), (12, 30)))
    t("entre 1 h pis 3 h jeudi", r, T(r.weekday("thu"), win=W((biz(1), 0), (biz(3), 0))))
    t("à partir de 10 h vendredi", r, T(r.weekday("fri"), win=W((10, 0))))
    t("pas avant 11 h lundi", r, T(r.weekday("mon"), win=W((11, 0))))
    t("n'importe quand avant midi mardi", r, T(r.weekday("tue"), win=W(None, (12, 0))))
    t("mardi, mais pas le matin", r, T(r.weekday("tue"), win=W((12, 0))))
    t("à soir", r, T(r.today, pod="evening"))
    t("demain soir à 7 h", r, T(r.plus(1), (19, 0)))
    t("midi moins quart", r, T(r.at(11, 45), (11, 45)))
    t("dans une semaine", r, T(r.plus(7)))
    # Friday 2027-01-29 09:30, Moncton
    r = mct
    t("lundi", r, T(r.weekday("mon")))
    t("le 1er février", r, T(r.month_day(2, 1)))
    t("le 31", r, T(r.dom(31)))
    t("à 9 h", r, T(r.at(9), (9, 0)))
    t("à 10 h 15", r, T(r.at(10, 15), (10, 15)))
    t("cet après-midi", r, T(r.today, pod="afternoon"))
    t("vendredi prochain", r, T(r.weekday("fri")))
    t("jeudi qui vient", r, T(r.weekday("thu")))
    t("la semaine prochaine", r, T(r.next_week("mon")))
    t("mardi la semaine prochaine à 2 h", r, T(r.next_week("tue"), (biz(2), 0)))
    t("onze heures moins dix", r, T(r.at(10, 50), (10, 50)))
    t("deux heures et quart", r, T(r.at(biz(2), 15), (biz(2), 15)))
    t("14 h 45", r, T(r.at(14, 45), (14, 45)))
    t("entre midi et 2 lundi", r, T(r.weekday("mon"), win=W((12, 0), (14, 0))))
    t("jeudi, sauf le matin", r, T(r.weekday("thu"), win=W((12, 0))))
    # Monday 2027-11-01 11:50, Winnipeg
    r = wpg
    t("à midi", r, T(r.at(12), (12, 0)))
    t("midi et quart", r, T(r.at(12, 15), (12, 15)))
    t("à 11 h", r, T(r.at(11), (11, 0)))
    t("mercredi à 16 h", r, T(r.weekday("wed"), (16, 0)))
    t("le 15 à 13 h 30", r, T(r.dom(15), (13, 30)))
    t("dans deux semaines", r, T(r.plus(14)))
    t("mardi", r, T(r.weekday("tue")))
    t("demain avant-midi", r, T(r.plus(1), pod="morning"))
    t("après 15 h", r, T(r.window_day((15, 0), None), win=W((15, 0))))
    t("avant 11 h", r, T(r.window_day(None, (11, 0)), win=W(None, (11, 0))))
    t("de 9 h à 11 h mercredi", r, T(r.weekday("wed"), win=W((9, 0), (11, 0))))
    t("vendredi après-midi, mais pas après 15 h", r,
      T(r.weekday("fri"), pod="afternoon", win=W(None, (15, 0))))
    t("demain, non attendez, jeudi à 10 h", r, T(r.weekday("thu"), (10, 0)))
    t("à 2 h, euh non, à 3 h", r, T(r.at(biz(3)), (biz(3), 0)))
    # Saturday 2027-02-27 13:00, Toronto
    r = sat
    t("mardi prochain", r, T(r.weekday("tue")))
    t("lundi", r, T(r.weekday("mon")))
    t("le 1er mars", r, T(r.month_day(3, 1)))
    t("le 28", r, T(r.dom(28)))
    t("le 29", r, T(r.dom(29)))
    t("à 2 h", r, T(r.at(biz(2)), (biz(2), 0)))
    t("à 10 h du matin lundi", r, T(r.weekday("mon"), (10, 0)))
    t("7 h du soir demain", r, T(r.plus(1), (19, 0)))
    t("sur le coup de midi mardi", r, T(r.weekday("tue"), (12, 0)))
    t("oui c'est correct", r, NOTHING)
    t("je vais rappeler", r, NOTHING)
    return f


if __name__ == "__main__":
    french().write(os.path.join(HERE, "fr_probe17.jsonl"))
