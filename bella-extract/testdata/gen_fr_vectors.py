#!/usr/bin/env python3
"""Writes fr_vectors.jsonl: French (fr-CA) extraction vectors, SPEC §5.

Held-out style: several weekdays and zones (America/Toronto, America/Montreal,
America/Moncton, America/Winnipeg, America/Halifax). Expected dates are computed here
from the SPEC's rules (an oracle independent of the Rust code), so the file can be
regenerated: python3 gen_fr_vectors.py > fr_vectors.jsonl
"""
import datetime as dt
import sys

from blindlib import WEEKDAYS, Ref, window as win
from fr_case import DAYS, case as fr_case, line

# name -> (now, tz)
REFS = {
    "tue": ("2026-11-17T10:15:00-05:00", "America/Montreal"),   # Tuesday
    "fri": ("2026-11-20T16:40:00-04:00", "America/Moncton"),    # Friday
    "sun": ("2026-11-22T09:00:00-05:00", "America/Toronto"),    # Sunday
    "wed": ("2027-03-10T13:05:00-05:00", "America/Montreal"),   # Wednesday
    "thu": ("2026-12-31T18:30:00-06:00", "America/Winnipeg"),   # Thursday, year end
    "mon": ("2026-11-23T07:30:00-04:00", "America/Halifax"),    # Monday early
}


def _ref(now, tz):
    t = dt.datetime.fromisoformat(now)
    r = Ref(tz, t.year, t.month, t.day, t.hour, t.minute)
    assert r.now == now, (r.now, now)
    return r


# The SPEC oracle (blindlib) at each reference.
ORACLE = {name: _ref(now, tz) for name, (now, tz) in REFS.items()}


def weekday(ref, name, next_week=False):
    """A French weekday alone (the next one after today), or of the following week."""
    en = WEEKDAYS[DAYS.index(name)]
    return ORACLE[ref].next_week(en) if next_week else ORACLE[ref].weekday(en)


def today(ref):
    return ORACLE[ref].today


def plus(ref, n):
    return ORACLE[ref].plus(n)


def dom(ref, d, month=None):
    """The nearest `d` of a month (of `month`, if given) from today on."""
    return ORACLE[ref].dom(d) if month is None else ORACLE[ref].month_day(month, d)


def bias(ref, hh, mm):
    """The day of a time said without one: today if still ahead, else tomorrow."""
    return ORACLE[ref].at(hh, mm)


cases = []


def case(kind, ref, text, expected, expect=None):
    cases.append(fr_case(f"fr-{kind}-{len(cases):03d}", kind, REFS[ref], text, expected, expect))


def at(day, hh, mm):
    return f"{day.isoformat()}T{hh:02d}:{mm:02d}"


def time(ref, text, when, part=None, window=None):
    if isinstance(when, dt.date):
        when = when.isoformat()
    case("time", ref, text, {"when": when, "part_of_day": part, "window": window})


# Clocks without a day (future bias).
time("tue", "Demain à 14 h 30", at(plus("tue", 1), 14, 30))
time("tue", "à 3 h", at(bias("tue", 15, 0), 15, 0))
time("tue", "à 9 h", at(bias("tue", 9, 0), 9, 0))
time("tue", "vers 14 h", at(bias("tue", 14, 0), 14, 0))
time("tue", "autour de onze heures", at(bias("tue", 11, 0), 11, 0))
time("fri", "à 7 h du soir", at(bias("fri", 19, 0), 19, 0))
time("fri", "Sur le coup de midi", at(bias("fri", 12, 0), 12, 0))
time("fri", "minuit", at(plus("fri", 1), 0, 0))
time("sun", "dix heures du matin", at(bias("sun", 10, 0), 10, 0))
time("sun", "midi quinze", at(bias("sun", 12, 15), 12, 15))
time("sun", "trois heures moins quart", at(bias("sun", 14, 45), 14, 45))
time("sun", "4 h moins dix", at(bias("sun", 15, 50), 15, 50))
time("wed", "quatorze heures trente", at(bias("wed", 14, 30), 14, 30))
time("wed", "14h30", at(bias("wed", 14, 30), 14, 30))
time("wed", "14:30", at(bias("wed", 14, 30), 14, 30))
time("wed", "deux heures et demie", at(bias("wed", 14, 30), 14, 30))
time("wed", "midi moins quart", at(plus("wed", 1), 11, 45))
time("mon", "à 10 h AM", at(bias("mon", 10, 0), 10, 0))
time("mon", "à 2 h PM", at(bias("mon", 14, 0), 14, 0))
time("thu", "à 8 h 45", at(plus("thu", 1), 8, 45))
# Days and clocks.
time("tue", "mardi prochain à deux heures de l'après-midi", at(weekday("tue", "mardi"), 14, 0))
time("sun", "mercredi prochain vers 10 h", at(weekday("sun", "mercredi"), 10, 0))
time("fri", "lundi qui vient à 9 h 30", at(weekday("fri", "lundi"), 9, 30))
time("tue", "jeudi qui s'en vient à 1 h", at(weekday("tue", "jeudi"), 13, 0))
time("tue", "ce vendredi à 11 h", at(weekday("tue", "vendredi"), 11, 0))
time("tue", "mardi", weekday("tue", "mardi"))
time("wed", "mercredi", weekday("wed", "mercredi"))
time("wed", "jeudi de la semaine prochaine à 15 h", at(weekday("wed", "jeudi", True), 15, 0))
time("tue", "mardi la semaine prochaine", weekday("tue", "mardi", True))
time("fri", "la semaine prochaine, mardi, à 10 h", at(weekday("fri", "mardi", True), 10, 0))
time("thu", "la semaine prochaine", weekday("thu", "lundi", True))
time("tue", "jeudi le 19", dom("tue", 19))
time("tue", "le jeudi 19 à 10 h", at(dom("tue", 19), 10, 0))
time("tue", "jeudi 19 novembre", dt.date(2026, 11, 19))
time("fri", "le 12 décembre à midi", at(dt.date(2026, 12, 12), 12, 0))
time("fri", "le douze", dom("fri", 12))
time("fri", "le 1er", dom("fri", 1))
time("fri", "le premier décembre", dt.date(2026, 12, 1))
time("thu", "le 3 janvier à 9 h", at(dt.date(2027, 1, 3), 9, 0))
time("wed", "aujourd'hui à 4 h", at(today("wed"), 16, 0))
time("wed", "après-demain à midi et demi", at(plus("wed", 2), 12, 30))
time("mon", "dans 3 jours", plus("mon", 3))
time("mon", "dans deux semaines", plus("mon", 14))
time("mon", "dans une semaine à 10 h", at(plus("mon", 7), 10, 0))
time("sun", "demain après-midi à 2 h", at(plus("sun", 1), 14, 0))
time("sun", "ce soir à 7 h", at(today("sun"), 19, 0))
time("mon", "mardi, non attendez, mercredi à 15 h", at(weekday("mon", "mercredi"), 15, 0))
time("mon", "demain à 10 h, euh non, à 11 h", at(plus("mon", 1), 11, 0))
# Parts of the day.
time("mon", "à matin", today("mon"), "morning")
time("mon", "ce matin", today("mon"), "morning")
time("tue", "cet après-midi", today("tue"), "afternoon")
time("tue", "à soir", today("tue"), "evening")
time("tue", "ce soir", today("tue"), "evening")
time("tue", "vendredi en avant-midi", weekday("tue", "vendredi"), "morning")
time("tue", "jeudi dans l'après-midi", weekday("tue", "jeudi"), "afternoon")
time("fri", "lundi soir", weekday("fri", "lundi"), "evening")
time("fri", "demain en soirée", plus("fri", 1), "evening")
time("wed", "vendredi matin", weekday("wed", "vendredi"), "morning")
# Windows.
time("mon", "après 15 h", today("mon"), None, win("15:00"))
time("mon", "à partir de 15 h demain", plus("mon", 1), None, win("15:00"))
time("mon", "jeudi, pas avant 15 h", weekday("mon", "jeudi"), None, win("15:00"))
time("mon", "mardi, 15 h ou plus tard", weekday("mon", "mardi"), None, win("15:00"))
time("mon", "plus tard que 15 h mercredi", weekday("mon", "mercredi"), None, win("15:00"))
time("mon", "avant 11 h vendredi", weekday("mon", "vendredi"), None, win(None, "11:00"))
time("mon", "n'importe quand avant midi", today("mon"), None, win(None, "12:00"))
time("fri", "entre 14 h et 16 h lundi", weekday("fri", "lundi"), None, win("14:00", "16:00"))
time("fri", "de 14 h à 16 h demain", plus("fri", 1), None, win("14:00", "16:00"))
time("fri", "mardi entre 2 et 4", weekday("fri", "mardi"), None, win("14:00", "16:00"))
time("fri", "lundi entre midi et 2", weekday("fri", "lundi"), None, win("12:00", "14:00"))
time("tue", "jeudi sauf le matin", weekday("tue", "jeudi"), None, win("12:00"))
time("tue", "demain, pas le matin", plus("tue", 1), None, win("12:00"))
time("tue", "vendredi, pas en avant-midi", weekday("tue", "vendredi"), None, win("12:00"))
time("tue", "lundi, pas l'après-midi", weekday("tue", "lundi"), None, win(None, "12:00"))
time("tue", "vendredi après-midi, mais pas après 15 h", weekday("tue", "vendredi"),
     "afternoon", win(None, "15:00"))
# Minutes from now.
time("tue", "dans 2 heures", "2026-11-17T12:15")
time("tue", "dans une demi-heure", "2026-11-17T10:45")
time("tue", "dans quarante-cinq minutes", "2026-11-17T11:00")
# Nothing about when.
for ref, text in [("tue", "Je voudrais prendre un rendez-vous."),
                  ("fri", "Mon numéro c'est le 514 555-0142."),
                  ("sun", "Je m'appelle Sylvie Gagnon."),
                  ("wed", "Oui, c'est correct."),
                  ("mon", "C'est pour un nettoyage pour ma fille de 12 ans."),
                  ("thu", "C'est le 450, deux deux deux, quatre-vingt-dix-neuf, zéro sept.")]:
    time(ref, text, None)


def phone(text, want):
    case("phone", "tue", text, {"phone": want})


phone("cinq un quatre, cinquante-cinq, cinq, douze, trente-quatre", "+15145551234")
phone("cinq cent quatorze, cinq cent cinquante-cinq, douze, trente-quatre", "+15145551234")
phone("quatre cinq zéro, deux deux deux, quatre-vingt-dix-neuf, zéro sept", "+14502229907")
phone("le 514, cinq cinq cinq, 12 34", "+15145551234")
phone("Mon cell, c'est le 438 soixante-dix-huit, quatre, vingt et un, soixante et onze", "+14387842171")
phone("quatre un huit, six cent soixante-douze, dix-neuf, quatre-vingts", "+14186721980")
phone("un huit cents, cinq cinq cinq, zéro un zéro zéro", "+18005550100")
phone("1 888 555-0199", "+18885550199")
phone("c'est le 450 555-0123", "+14505550123")
phone("514 285-9286, poste 150", "+15142859286")
phone("C'est le 416 886-5120, non pardon, 416 886-5121.", "+14168865121")
phone("pas le 514 555 1234, c'est le 514 555 1243", "+15145551243")
phone("Sept cent cinq, deux cent douze, trente-trois, quarante-quatre", "+17052123344")
phone("six un trois, neuf neuf neuf, zéro zéro zéro un", "+16139990001")
phone("deux zéro quatre, cinq cinq cinq, deux mille", "+12045552000")
phone("plus un, cinq un quatre, cinq cinq cinq, un deux trois quatre", "+15145551234")
phone("euh, cinq un quatre, euh, cinq cinq cinq, un deux trois quatre", "+15145551234")
phone("cinq un quatre cinq cinq cinq un deux trois", None)
phone("c'est le zéro un quatre, cinq cinq cinq, un deux trois quatre", None)
phone("Demain à 14 h 30.", None)
phone("J'ai 4 enfants et 2 chiens.", None)


def name(text, want, expect=None):
    case("name", "tue", text, {"name": want}, expect)


name("je m'appelle marie-ève bélanger", "Marie-Ève Bélanger")
name("Mon nom est Jean-Philippe Lavoie.", "Jean-Philippe Lavoie")
name("mon nom c'est leblanc", "Leblanc")
name("Moi c'est Pierre-Luc LeBlanc.", "Pierre-Luc LeBlanc")
name("Le nom c'est Tremblay.", "Tremblay")
name("Bonjour, ici Marie Tremblay.", "Marie Tremblay")
name("Allô, ici Luc Côté, de la boulangerie.", "Luc Côté")
name("Je suis Nathalie Roy.", "Nathalie Roy")
name("Olivier Gagnon à l'appareil.", "Olivier Gagnon")
name("Mettez ça au nom d'Olivier Gagnon.", "Olivier Gagnon")
name("Au nom de madame Lise Ouellet, s'il vous plaît.", "Lise Ouellet")
name("C'est Côté, C-O-T-E.", "Côté")
name("Marc, non excusez, Marc-André Gagnon.", "Marc-André Gagnon")
name("mon prénom c'est Louise, pis mon nom de famille c'est Fontaine", "Louise Fontaine")
name("mon nom de famille c'est Fontaine, mon prénom Louise", "Louise Fontaine")
name("je m'appelle jean de la fontaine", "Jean de La Fontaine")
name("Ici Louis De Grandpré.", "Louis de Grandpré")
name("moi c'est daniel le blanc", "Daniel Le Blanc")
name("c'est sophie d'amours", "Sophie D'Amours")
name("Je m'appelle Chloé Saint-Pierre.", "Chloé Saint-Pierre")
name("Je m'appelle Chloé St-Pierre.", "Chloé St-Pierre")
name("c'est docteure Anne Roy", "Anne Roy")
name("Euh, ben, mon nom c'est euh, Gilles Bédard.", "Gilles Bédard")
name("Oui, Kevin Nguyen.", "Kevin Nguyen")
name("D'accord, Zoé Fortin.", "Zoé Fortin")
name("Josée", "Josée", "name")
name("c'est pour Olga Petrova", "Olga Petrova", "name")
name("Ce serait pour Olga Petrova.", "Olga Petrova", "name")
name("C'est pour Olga Petrova.", None)
name("C'est beau.", None)
name("C'est correct.", None)
name("C'est parfait.", None)
name("C'est ça.", None)
name("C'est pour demain.", None)
name("Je suis disponible mardi.", None)
name("Je suis à Gatineau.", None)
name("Oui, c'est ça, merci.", None)
name("Mon numéro c'est le 450 555-0123.", None)
name("Je voudrais annuler mon rendez-vous.", None)
name("Non merci.", None)
name("Demain à 10 h.", None)

for c in cases:
    sys.stdout.write(line(c))
