#!/usr/bin/env python3
"""Writes fr_probe15.jsonl: Canadian French extraction probe, round 15 (SPEC-fr.md 5.2-5.5
on top of SPEC.md 2), Quebec, Acadian (America/Moncton) and Franco-Ontarian turns:

- phones said in pairs and hundreds, with "double"/"triple" (SPEC.md 2 "double five"), the
  toll-free "un huit cent" / "un huit cent soixante-six" / "un huit huit huit", "poste",
  corrections, too few digits;
- names: family name first then "Prénom: Lise" (labelled parts give prénom first), the
  particles de/du/des/la/le and d', hyphens, a spelling after the name, stalls that are
  no name ("pardon?", "attendez un instant", "y a t il ...");
- times: "midi", "et quart", "moins quart", "moins le quart", "moins dix", "et demie",
  "pour deux heures et quinze minutes" ("pour" names a time, 5.5), "après le dîner" and
  "avant le dîner" (le dîner is the Quebec noon meal: after / before 12:00, as "after
  lunch" in docs/time-resolution.md), "dans deux semaines, jeudi" (the Thursday of the
  week two weeks on), windows, relative days, weekday + date ("jeudi le 10"), "y a t il"
  written without hyphens, repeats and stalls that give no time.

Expected values worked out by hand from SPEC-fr.md at Tuesday 2026-12-01 08:45 in Toronto
(Moncton lines at the same wall time), committed before Bella was run on them.

After the blind run, variants of the families fixed (`fp15-v-`), written after the fixes.

Run: python3 gen_fr_probe15.py > fr_probe15.jsonl"""
from blindlib import window as W
from fr_case import Turns

A = ("2026-12-01T08:45:00-05:00", "America/Toronto")
MONCTON = ("2026-12-01T08:45:00-04:00", "America/Moncton")
N, P = "name", "phone"
turns = Turns(A)
name, phone, time = turns.name, turns.phone, turns.time

# Days from Tuesday 1 December 2026.
TUE, WED, THU, FRI = "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"
MON, NTUE, NWED, NTHU, NFRI = "2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"
TWO_WEEKS, TWO_WEEKS_THU = "2026-12-15", "2026-12-17"

# --- phones: pairs, hundreds, double/triple, toll-free
phone("quatre un huit, cinq cinq cinq, douze, trente-quatre", "+14185551234", P)
phone("cinq cent quatorze, cinq cent cinquante-cinq, zéro neuf, quatre-vingt-dix-huit", "+15145550998", P)
phone("huit cent dix-neuf, cinq cinq cinq, soixante et onze, zéro deux", "+18195557102", P)
phone("quatre cinq zéro, triple cinq, double zéro, douze", "+14505550012", P)
phone("cinq un quatre, double cinq, cinq, zéro un, vingt-trois", "+15145550123", P)
phone("un huit cent, cinq cinq cinq, zéro un, quarante", "+18005550140", P)
phone("c'est le un huit cents, deux deux deux, trente-trois, quarante-quatre", "+18002223344")
phone("un huit cent soixante-six, cinq cinq cinq, zéro zéro, vingt", "+18665550020", P)
phone("un huit huit huit, cinq cinq cinq, zéro un, onze", "+18885550111", P)
phone("le 1 800 555-0199", "+18005550199")
phone("c'est le 613 555 0142, poste 22", "+16135550142")
phone("sept cent quatre-vingt-deux, cinq cinq cinq, zéro un, zéro sept", "+17825550107", P,
      at=MONCTON)
phone("mon numéro c'est le cinq zéro six, cinq cinq cinq, deux mille vingt", "+15065552020",
      at=MONCTON)
phone("pas le 514 555 0188, c'est le 514 555 0189", "+15145550189")
phone("deux six trois, cinq cinq cinq, quatre-vingt, quatre-vingts", "+12635558080", P)
phone("trois six sept, cinq cinq cinq, dix, dix", "+13675551010", P)
phone("quatre un huit, cinq cinq cinq, cent vingt-trois, quatre", "+14185551234", P)
phone("cinq un quatre, cinq cinq cinq, un deux", None, P)
phone("attendez un instant, je le cherche", None, P)
phone("pardon?", None, P)

# --- names: family name first, particles, hyphens, spellings
name("Mon nom c'est Hébert... Prénom: Lise.", "Lise Hébert", N)
name("mon nom c'est Hébert. Prénom, Lise.", "Lise Hébert")
name("Mon nom, c'est Cormier. Mon prénom, c'est Réal.", "Réal Cormier", N)
name("Le nom c'est Arsenault, pis le prénom, Gisèle.", "Gisèle Arsenault", at=MONCTON)
name("Nom de famille: Hébert, H-E-B-E-R-T. Prénom: Lise.", "Lise Hébert", N)
name("Prénom Lise, nom Hébert.", "Lise Hébert", N)
name("mon nom c'est louis de la durantaye", "Louis de La Durantaye")
name("c'est Marie Des Rosiers", "Marie des Rosiers")
name("je m'appelle paul du tremblay", "Paul du Tremblay")
name("Bonjour, ici Chantal d'aoust", "Chantal D'Aoust")
name("moi c'est guy le brun", "Guy Le Brun")
name("marie-josée saint-onge", "Marie-Josée Saint-Onge", N)
name("c'est Jean-Sébastien St-Amant", "Jean-Sébastien St-Amant")
name("Caron, C-A-R-O-N.", "Caron", N)
name("c'est Sylvie Nadeau, N-A-D-E-A-U", "Sylvie Nadeau")
name("euh ben c'est madame Lucie Thériault", "Lucie Thériault")
name("mettez ça au nom de Benoît Gagnon", "Benoît Gagnon")
name("Marc, non excusez, Marc-Antoine Bergeron", "Marc-Antoine Bergeron")
name("Lise Hébert-Cormier", "Lise Hébert-Cormier", N)
name("mon prénom c'est Réal, R-É-A-L, pis mon nom c'est Cormier", "Réal Cormier")
name("y a t il de la place jeudi", None)
name("pardon?", None, N)
name("attendez un instant", None, N)
name("c'est pour ma fille, Camille", None)
name("je suis à Moncton cette semaine", None, at=MONCTON)

# --- times: midi, quart, moins, et demie
time("jeudi à midi", f"{THU}T12:00")
time("midi et quart demain", f"{WED}T12:15")
time("vendredi à 2 h moins quart", f"{FRI}T13:45")
time("mercredi à 10 h moins le quart", f"{WED}T09:45")
time("lundi à 9 h et demie", f"{MON}T09:30")
time("demain à trois heures et quart", f"{WED}T15:15")
time("jeudi, midi moins dix", f"{THU}T11:50")
time("onze heures moins quart", f"{TUE}T10:45")
time("quatre heures moins vingt", f"{TUE}T15:40")
time("demain à 7 h du soir", f"{WED}T19:00")
time("jeudi vers 2 h 30", f"{THU}T14:30")
time("sur l'heure du dîner demain", f"{WED}T12:00")

# --- "pour" before a time names it
time("pour deux heures et quinze minutes", f"{TUE}T14:15")
time("jeudi, pour deux heures et quinze minutes", f"{THU}T14:15")
time("ce serait pour dix heures et quarante-cinq minutes vendredi", f"{FRI}T10:45")

# --- après / avant le dîner
time("jeudi après le dîner", THU, None, W("12:00", None))
time("demain, après le dîner", WED, None, W("12:00", None))
time("après le dîner, n'importe quand", TUE, None, W("12:00", None))
time("vendredi avant le dîner", FRI, None, W(None, "12:00"))

# --- dans deux semaines
time("dans deux semaines, jeudi", TWO_WEEKS_THU)
time("jeudi dans deux semaines, à 10 h", f"{TWO_WEEKS_THU}T10:00")
time("dans deux semaines le jeudi, en après-midi", TWO_WEEKS_THU, "afternoon")
time("dans deux semaines", TWO_WEEKS)

# --- y a t il (no hyphens)
time("y a t il de la place jeudi après-midi", THU, "afternoon")
time("y a t il quelque chose demain matin", WED, "morning")
time("y a t il moyen d'avoir lundi à 10 h", f"{MON}T10:00")

# --- relative days, weekday + date
time("dans trois jours", FRI)
time("après-demain à 4 h", f"{THU}T16:00")
time("dans une semaine", NTUE)
time("la semaine prochaine, mercredi à 3 h", f"{NWED}T15:00")
time("mercredi de la semaine prochaine", NWED)
time("lundi prochain", MON)
time("mardi prochain", NTUE)
time("jeudi le 10 à 11 h", f"{NTHU}T11:00")
time("le vendredi 11 décembre à 1 h 30", f"{NFRI}T13:30")
time("mercredi 9, en avant-midi", NWED, "morning")
time("lundi le 7 à 1 h", f"{MON}T13:00")
time("le 15 à 9 h", f"{TWO_WEEKS}T09:00")
time("le 1er à 14 h", f"{TUE}T14:00")
time("le 4 janvier", "2027-01-04")
time("à matin si possible", TUE, "morning")
time("ce soir", TUE, "evening")

# --- windows
time("entre 1 h et 3 h vendredi", FRI, None, W("13:00", "15:00"))
time("jeudi entre midi et 2", THU, None, W("12:00", "14:00"))
time("pas avant 10 h demain", WED, None, W("10:00", None))
time("demain, n'importe quand avant 11 h", WED, None, W(None, "11:00"))
time("à partir de 3 h jeudi", THU, None, W("15:00", None))
time("jeudi de 9 h à 11 h", THU, None, W("09:00", "11:00"))
time("mercredi, sauf le matin", WED, None, W("12:00", None))

# --- corrections, stalls
time("jeudi, non attendez, vendredi à 10 h", f"{FRI}T10:00")
time("demain à 10 h, euh non, à 11 h", f"{WED}T11:00")
time("pardon?", None)
time("attendez un instant, je regarde mon agenda", None)
time("pouvez-vous répéter?", None)

turns.write(lambda i, kind: f"fp15-{kind}-{i:03d}")

# --- after the blind run (84/99; 99/99 after the fixes, no label changed): variants of
# the families fixed, in new words (ids fp15-v-NNN).
variants = Turns(A)
variants.name("Le nom, c'est Landry. Le prénom, c'est Josée.", "Josée Landry")
variants.name("Nom: Boudreau. Prénom: Marcel.", "Marcel Boudreau", N, at=MONCTON)
variants.name("Thibodeau, T-H-I-B-O-D-E-A-U, Yvon Thibodeau.", "Yvon Thibodeau", N)
variants.time("vendredi après le lunch", FRI, None, W("12:00", None))
variants.time("pas avant le dîner, jeudi", THU, None, W("12:00", None))
variants.time("jeudi dans une semaine, à 3 h", f"{NTHU}T15:00")
variants.time("dans deux semaines, mardi matin", TWO_WEEKS, "morning")
variants.time("pour onze heures et trente minutes lundi", f"{MON}T11:30")
variants.time("autour de trois heures et quarante-cinq minutes", f"{TUE}T15:45")
variants.write(lambda i, kind: f"fp15-v-{i:03d}")
