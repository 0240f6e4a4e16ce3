#!/usr/bin/env python3
"""Writes calls_fr_probe19.jsonl: French calls probed by hand, round 19 (SPEC-fr.md 5 on
top of SPEC.md 3), Montréal (America/Montreal), Moncton (America/Moncton), Clare and
Chéticamp in Acadian Nova Scotia (America/Halifax), Ottawa and Sudbury (America/Toronto)
and Saint-Boniface (America/Winnipeg) callers, in February 2027, with what rounds 7-18
left out:

- numbers as a French recogniser writes them (`a`): "soixante-dix", "quatre-vingt-dix",
  "quatre-vingt-onze", "vingt et un", "dix-neuf" as pairs, "o" for zéro (an English word
  keeps its SPEC 2 meaning inside a French turn), groups run together without a pause
  ("six cent treize cinq cent cinquante-cinq zéro cent quarante-huit"), a leading "un",
  a number corrected mid-way ("non attendez, c'est le ...") or by its last four digits;
- clock and day words (`b`): "quinze heures trente", "trois heures et demie de
  l'après-midi", "onze heures moins le quart" naming an appointment, "dix-neuf heures"
  and "7 heures du soir" after closing, "entre midi et deux", "pas avant dix heures et
  demie", "en fin d'avant-midi", "après-demain", "dans une semaine", "dans trois jours"
  and "demain" falling on a Saturday, "lundi prochain" where both readings agree, "une
  heure et demie", "vers les onze heures", "la semaine prochaine ... sauf mercredi";
- names (`c`): letters spelled "B comme Bernard", "R comme dans Robert"; compound first
  names and family names (Marie-Ève Saint-Onge, Jean-François de La Durantaye,
  Marc-André St-Amand), particles ("De Varennes", "le moignan", "d'Aoust"), a long
  polite opening with the name and time buried, a name and number in one answer;
- language and long turns (`d`): an English opening then French, "could you repeat that
  in English?" at the read-back, the answer buried in a long explanation, "votre
  première disponibilité", a polite phone answer;
- "non, attendez" corrections at the read-back (`e`): the number ("c'est pas le bon
  numéro", "c'est le mauvais numéro"), the hour, the first name, the day, and a
  give-up;
- "laissez faire" / "oubliez ça" (`f`): ending the call at the phone question, at the
  offers and at a cancel's read-back, and "laissez faire jeudi, mettez-moi vendredi"
  (a day given up, not the call);
- a wrong number at the opening (`g`): "je me suis trompé de numéro", "mauvais numéro",
  "j'ai composé le mauvais numéro", "oups", ending the call politely as English "wrong
  number" does (SPEC is silent; the English dialog rule), and "je me suis trompé de
  numéro, c'est le ..." at the read-back, a correction;
- several appointments named in one cancel (`h`): "mon rendez-vous de lundi pis celui
  de mercredi aussi", "mes rendez-vous de jeudi et de vendredi", "celui de mardi, pis
  celui de jeudi à 2 h aussi" with three or four on file, and the English "my Tuesday
  one and the Thursday one too".

Outcomes and appointments worked out by hand from the SPECs, committed before Bella was
run on them; `write_jsonl` checks each booked or moved start against the slot oracle.
Where a case goes beyond the SPEC's words, its note says so. Calls where the caller
turns to English carry no `agent_lang`.

Blind score, the release build of main before the fixes: 54/64 by score.py
(`bella simulate --jsonl < calls_fr_probe19.jsonl | python3 score.py simulate ...`), 50/64
with the `say_contains` checks (h01-h04 read back one appointment). Failed: g01-g05 (a French
wrong number was read as no intent, three times, then a transfer), c01 ("Boucher, B comme
Bernard ... pis mon prénom c'est Josée" gave `Boucher`), c07 ("D apostrophe A-O-U-S-T"
gave `Aoust`), c09 ("G comme dans Gérard, A-U-D-E-T" gave `Audet`), e03 ("c'est Jeannine,
avec deux N. Jeannine Comeau." gave `Jeannine`), f03 ("laissez faire jeudi, mettez-moi
vendredi" ended the call), h01-h04 (only the last named was cancelled). After the fixes
64/64, then nine variants (`v-`): 73/73.

Run: python3 bella-dialog/testdata/gen_calls_fr_probe19.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (appt, busy, entry, local_now,  # noqa: E402
                      persona as P, probe_calls, write_jsonl)

LANGS = ["fr-CA", "en-CA"]
calls = []

# Montréal: Tuesday 2 February 2027, 10:10.
MTL_TZ = "America/Montreal"
MTL = probe_calls(calls, "p19-fr", "probe19", local_now("2027-02-02T10:10", MTL_TZ), MTL_TZ,
                  "+15145551900", LANGS)
# Moncton: Wednesday 3 February, 14:15.
NB_TZ = "America/Moncton"
NB = probe_calls(calls, "p19-fr", "probe19", local_now("2027-02-03T14:15", NB_TZ), NB_TZ,
                 "+15065551900", LANGS)
# Clare / Chéticamp (Nova Scotia): Thursday 4 February, 09:30.
HX_TZ = "America/Halifax"
HX = probe_calls(calls, "p19-fr", "probe19", local_now("2027-02-04T09:30", HX_TZ), HX_TZ,
                 "+19025551900", LANGS)
# Ottawa and Sudbury: Friday 5 February, 11:00.
ON_TZ = "America/Toronto"
ON = probe_calls(calls, "p19-fr", "probe19", local_now("2027-02-05T11:00", ON_TZ), ON_TZ,
                 "+16135551900", LANGS)
# Saint-Boniface (Winnipeg): Monday 8 February, 08:30 (before opening).
MB_TZ = "America/Winnipeg"
MB = probe_calls(calls, "p19-fr", "probe19", local_now("2027-02-08T08:30", MB_TZ), MB_TZ,
                 "+12045551900", LANGS)

BOOK = ["Bonjour, je voudrais prendre un rendez-vous."]
YES = ["Oui."]
CLOSED = ["fermé"]


def R(name, phone, start, **extra):
    return appt(name, phone, start, **extra)


def mine(start, name, phone, minutes=30):
    return entry(start, name, phone, minutes)


# ================================================================ numbers as written
MTL("a01", P(BOOK, ["Chantal Roy."], ["cinq un quatre, cinq cinq cinq, soixante-dix, quatre-vingt-dix"],
             ["Jeudi à 10 h."], YES),
    "booked", R("Chantal Roy", "+15145557090", "2027-02-04T10:00"),
    note="5.3: 'soixante-dix' 70 and 'quatre-vingt-dix' 90 as pairs")
NB("a02", P(BOOK, ["Aurore Cormier."], ["cinq zéro six, huit cinq sept, quatre-vingt-onze, soixante-quinze"],
            ["Vendredi à 11 h."], YES),
   "booked", R("Aurore Cormier", "+15068579175", "2027-02-05T11:00"),
   note="5.3: 'quatre-vingt-onze' 91, 'soixante-quinze' 75")
HX("a03", P(BOOK, ["Léonard Comeau."], ["neuf o deux, cinq cinq cinq, o un sept sept"],
            ["Lundi à 9 h 30."], YES),
   "booked", R("Léonard Comeau", "+19025550177", "2027-02-08T09:30"),
   note="'o' for zéro, as a recogniser writes it: an English word keeps its SPEC 2 meaning "
        "in a French turn (5.1)")
ON("a04", P(BOOK, ["Gilles Lalonde."],
            ["six cent treize cinq cent cinquante-cinq zéro cent quarante-huit"],
            ["Mardi à 13 h."], YES),
   "booked", R("Gilles Lalonde", "+16135550148", "2027-02-09T13:00"),
   note="5.2-5.3: groups run together without a pause, longest first: 613, 555, 0, 148")
MB("a05", P(BOOK, ["Réal Gosselin."], ["deux zéro quatre, cinq cinq cinq, dix-neuf, soixante-dix-sept"],
            ["Mercredi à 14 h 30."], YES),
   "booked", R("Réal Gosselin", "+12045551977", "2027-02-10T14:30"),
   note="'dix-neuf' 19 and 'soixante-dix-sept' 77 as pairs")
MTL("a06", P(BOOK, ["Diane Ouellet."],
             ["Quatre trois huit, cinq cinq cinq... non attendez, c'est le cinq un quatre, cinq "
              "cinq cinq, zéro deux trois neuf."], ["Vendredi à 15 h."], YES),
    "booked", R("Diane Ouellet", "+15145550239", "2027-02-05T15:00"),
    note="a number begun, then 'non attendez, c'est le ...': the last number (5.3)")
NB("a07", P(BOOK, ["Normand Daigle."], ["C'est le 506 555 0129, non pardon, 0192."],
            ["Jeudi à 9 h."], YES),
   "booked", R("Normand Daigle", "+15065550192", "2027-02-04T09:00"),
   note="the last four digits corrected alone after 'non pardon' (beyond the SPEC's words: "
        "the correction replaces the line number, the rest kept)")
ON("a08", P(BOOK, ["Sylvie Gravel."], ["le sept cent cinq, cinq cent cinquante-cinq, zéro, quatre-vingts, quatre"],
            ["Jeudi à 11 h 30."], YES),
   "booked", R("Sylvie Gravel", "+17055550804", "2027-02-11T11:30"),
   note="Sudbury: 'quatre-vingts, quatre' is 80 then 4 (a comma ends a number, 5.2)")
HX("a09", P(BOOK, ["Paul Doucet."], ["un, neuf zéro deux, cinq cinq cinq, zéro un six quatre"],
            ["Mardi à 10 h."], YES),
   "booked", R("Paul Doucet", "+19025550164", "2027-02-09T10:00"),
   note="a leading 'un' (the 1 of +1) before the ten digits")
MB("a10", P(BOOK, ["Louise Lagimodière."],
            ["deux cent quatre, cinq cent cinquante-cinq, quatre-vingt-dix-sept, quatre-vingt-dix-sept"],
            ["Jeudi à 15 h 30."], YES),
   "booked", R("Louise Lagimodière", "+12045559797", "2027-02-11T15:30"),
   note="5.3: hundreds then 'quatre-vingt-dix-sept' twice: 9797")
MTL("a11", P(BOOK, ["Benoît Paré."], ["cinq un quatre, cinq cinq cinq, vingt et un, quatre-vingt-un"],
             ["Lundi à 11 h."], YES),
    "booked", R("Benoît Paré", "+15145552181", "2027-02-08T11:00"),
    note="5.2: 'vingt et un' 21 (with 'et'), 'quatre-vingt-un' 81")
MTL("a12", P(BOOK, ["Karine Lemay."], ["438, 5 5 5, zéro six soixante-six"], ["Mardi à 9 h 30."], YES),
    "booked", R("Karine Lemay", "+14385550666", "2027-02-09T09:30"),
    note="digits and words mixed: 438, 555, 0, 6, 66")

# ================================================================ clock and day words
MTL("b01", P(BOOK, ["Hugo Tremblay."], ["514 555 0211"], ["Jeudi à quinze heures trente."], YES),
    "booked", R("Hugo Tremblay", "+15145550211", "2027-02-04T15:30"),
    note="5.5: 'quinze heures trente' is 15:30")
NB("b02", P(BOOK, ["Mireille Landry."], ["506 555 0212"],
            ["Vendredi, trois heures et demie de l'après-midi."], YES),
   "booked", R("Mireille Landry", "+15065550212", "2027-02-05T15:30"),
   note="5.5: 'trois heures et demie de l'après-midi' is 15:30")
n, p = "Rachelle Poirier", "+19025551903"
HX("b03", P(["Je voudrais annuler mon rendez-vous de onze heures moins le quart."], confirm=YES),
   "cancelled", R(n, p, "2027-02-08T10:45"), caller_id=p,
   existing=[mine("2027-02-08T10:45", n, p), mine("2027-02-09T11:00", n, p)],
   note="'onze heures moins le quart' is 10:45 (5.5): Monday's, not Tuesday's 11:00 (picking "
        "an appointment by its hour is beyond the SPEC's words, as probe18 c07)")
ON("b04", P(BOOK, ["Marc Séguin."], ["613 555 0214"], ["Mardi à dix-neuf heures.", "OK, 16 h 30 d'abord."],
            YES),
   "booked", R("Marc Séguin", "+16135550214", "2027-02-09T16:30"),
   note="'dix-neuf heures' (19:00) is after closing: said, nearest offered (SPEC 3); the "
        "caller then takes 16:30")
MB("b05", P(BOOK, ["Éric Fillion."], ["204 555 0215"],
            ["Jeudi, 7 heures du soir, après ma job.", "Bon, ben 16 h d'abord."], YES),
   "booked", R("Éric Fillion", "+12045550215", "2027-02-11T16:00"),
   note="'7 heures du soir' is 19:00 (5.5), after closing; the caller then takes 16:00")
HX("b06", P(BOOK, ["Annie Boudreau."], ["902 555 0216"], ["Mardi, entre midi et deux.", "Oui."], YES),
   "booked", R("Annie Boudreau", "+19025550216", "2027-02-09T12:30"),
   existing=[entry("2027-02-09T12:00")],
   note="'entre midi et deux' is 12:00-14:00 (5.5); 12:00 taken, a yes takes 12:30")
MB("b07", P(BOOK, ["Nicole Bérard."], ["204 555 0217"],
            ["Mercredi, pas avant dix heures et demie.", "Oui."], YES),
   "booked", R("Nicole Bérard", "+12045550217", "2027-02-10T10:30"),
   note="'pas avant dix heures et demie': after 10:30 (after <= start), a yes takes 10:30")
MTL("b08", P(BOOK, ["Francine Roy."], ["514 555 0218"], ["Lundi, en fin d'avant-midi.", "Oui."], YES),
    "booked", R("Francine Roy", "+15145550218", "2027-02-08T11:00"),
    existing=busy("2027-02-08", "10:00", "10:30"),
    note="'en fin d'avant-midi': the end of the morning (beyond the SPEC's words; 5.5 leaves "
         "out 'en fin d'après-midi'). 10:00 and 10:30 taken, so a window from 10 h or 11 h "
         "both give 11:00; 9:00 is not the end of the morning")
MTL("b09", P(["Je voudrais un rendez-vous après-demain vers 14 h."], ["Jacques Nadeau."],
             ["514 555 0219"], [], YES),
    "booked", R("Jacques Nadeau", "+15145550219", "2027-02-04T14:00"),
    note="5.5: 'après-demain' (Thursday 4), 'vers 14 h' is 14:00")
ON("b10", P(BOOK, ["Carole Lavigne."], ["613 555 0220"], ["Dans une semaine, à 10 h."], YES),
   "booked", R("Carole Lavigne", "+16135550220", "2027-02-12T10:00"),
   note="5.5: 'dans une semaine' is +7: Friday 12")
NB("b11", P(["Avez-vous de la place dans trois jours, en avant-midi?"], ["Roger Gallant."],
            ["506 555 0221"], YES, YES),
   "booked", R("Roger Gallant", "+15065550221", "2027-02-08T09:00"), say=CLOSED,
   note="'dans trois jours' is Saturday 6, closed: said, Monday morning offered, a yes")
NB("b12", P(["Est-ce que ce serait possible lundi prochain à quatorze heures?"], ["Lina Bourque."],
            ["506 555 0222"], [], YES),
   "booked", R("Lina Bourque", "+15065550222", "2027-02-08T14:00"),
   note="'lundi prochain' said on a Wednesday: both readings give Monday 8 (5.5)")
HX("b13", P(BOOK, ["Germaine Thibodeau."], ["902 555 0223"], ["Vendredi à une heure et demie."], YES),
   "booked", R("Germaine Thibodeau", "+19025550223", "2027-02-05T13:30"),
   note="'une heure et demie': 1 is afternoon by the business-hour reading, 13:30")
NB("b14", P(["Je voudrais un rendez-vous la semaine prochaine, n'importe quel jour sauf mercredi, "
             "en avant-midi."], ["Ginette Arsenault."], ["506 555 0224"], YES, YES),
   "booked", R("Ginette Arsenault", "+15065550224", "2027-02-11T09:00"),
   existing=busy("2027-02-08", "09:00", "11:30") + busy("2027-02-09", "09:00", "11:30"),
   note="'la semaine prochaine ... sauf mercredi' (beyond the SPEC's words): Monday and "
        "Tuesday mornings full, Wednesday ruled out, so Thursday 11's morning, a yes")
MB("b15", P(BOOK, ["Daniel Sabourin."], ["204 555 0225"], ["Vendredi vers les onze heures."], YES),
   "booked", R("Daniel Sabourin", "+12045550225", "2027-02-12T11:00"),
   note="'vers les onze heures': 11:00 ('vers' names the time, 5.5)")
ON("b16", P(["Demain matin, c'est-tu possible?"], ["Julie Charbonneau."], ["613 555 0226"],
            ["La deuxième."], YES),
   "booked", R("Julie Charbonneau", "+16135550226", "2027-02-08T09:30"), say=CLOSED,
   note="'demain' said on a Friday is Saturday, closed: Monday morning offered, the second")

# ================================================================ names
MTL("c01", P(BOOK, ["Boucher, B comme Bernard, O, U, C comme Charles, H, E, R. Pis mon prénom "
                    "c'est Josée."], ["514 555 0231"], ["Vendredi à 10 h 30."], YES),
    "booked", R("Josée Boucher", "+15145550231", "2027-02-05T10:30"),
    note="a family name spelled 'B comme Bernard' (the spelling is not part of it, 5.4), then "
         "the labelled prénom")
NB("c02", P(BOOK, ["Aurèle Richard, R comme dans Robert, I, C, H, A, R, D."], ["506 555 0232"],
            ["Jeudi à 10 h."], YES),
   "booked", R("Aurèle Richard", "+15065550232", "2027-02-04T10:00"),
   note="'R comme dans Robert': no name 'Robert' from the spelling")
HX("c03", P(["Bonjour, ici marie-ève saint-onge, je voudrais un rendez-vous lundi à 11 h."], [],
            ["902 555 0233"], [], YES),
   "booked", R("Marie-Ève Saint-Onge", "+19025550233", "2027-02-08T11:00"),
   note="5.4: 'ici' at the start, a compound first and family name capitalised after the "
        "hyphen; the name is not asked again")
ON("c04", P(BOOK, ["jean-françois de la durantaye"], ["613 555 0234"], ["Mercredi à 15 h."], YES),
   "booked", R("Jean-François de La Durantaye", "+16135550234", "2027-02-10T15:00"),
   note="5.4 particles: 'de' lower case, 'La' upper case (Jean de La Fontaine)")
MB("c05", P(BOOK, ["Je m'appelle Claire De Varennes."], ["204 555 0235"], ["Mardi à 11 h."], YES),
   "booked", R("Claire de Varennes", "+12045550235", "2027-02-09T11:00"),
   note="5.4: 'De' after the first word is lower case (Louis de Grandpré)")
MTL("c06", P(BOOK, ["marc-andré st-amand"], ["514 555 0236"], ["Mercredi à 13 h 30."], YES),
    "booked", R("Marc-André St-Amand", "+15145550236", "2027-02-03T13:30"),
    note="5.4: 'St-Amand' stays as said, capitalised after the hyphen")
NB("c07", P(BOOK, ["C'est Sophie d'Aoust, D apostrophe A-O-U-S-T."], ["506 555 0237"],
            ["Lundi à 15 h."], YES),
   "booked", R("Sophie D'Aoust", "+15065550237", "2027-02-08T15:00"),
   note="5.4: an elided d' glued to the surname takes the apostrophe rule (D'Amours); the "
        "spelling is not part of the name")
NB("c08", P(["Oui, bonjour madame, excusez-moi de vous déranger, c'est Gisèle Thibodeau à "
             "l'appareil, je voulais savoir si ce serait possible d'avoir un rendez-vous, mettons "
             "mardi vers 2 h, si ça vous convient bien sûr."], [], ["506 555 0238"], [], YES),
   "booked", R("Gisèle Thibodeau", "+15065550238", "2027-02-09T14:00"),
   note="a long polite opening: the name ('c'est ... à l'appareil') and the time (mardi "
        "vers 2 h, 14:00) kept, neither asked again")
HX("c09", P(BOOK, ["Yvette Gaudet, G comme dans Gérard, A-U-D-E-T."], ["902 555 0239"],
            ["Mercredi à 9 h 30."], YES),
   "booked", R("Yvette Gaudet", "+19025550239", "2027-02-10T09:30"),
   note="'G comme dans Gérard' in a spelling after the name")
MB("c10", P(BOOK, ["Le nom c'est Paul le moignan."], ["204 555 0240"], ["Vendredi à 13 h 30."], YES),
   "booked", R("Paul Le Moignan", "+12045550240", "2027-02-12T13:30"),
   note="5.4: a 'le' that is part of the name is upper case (Daniel Le Blanc)")
ON("c11", P(BOOK, ["Pierre-Luc Dubé, pis mon numéro c'est le 613 555 0241."], [], ["Lundi à 9 h."],
            YES),
   "booked", R("Pierre-Luc Dubé", "+16135550241", "2027-02-08T09:00"),
   note="the name and the number in one answer: the number is not asked (SPEC 3: what the "
        "caller already said is used)")

# ================================================================ language, long turns
ON("d01", P(["Hi, I'd like to book an appointment, please."],
            ["Oh, vous parlez français? Parfait. Moi c'est Réjean Lalonde."], ["613 555 0251"],
            ["Jeudi à 14 h."], YES),
   "booked", R("Réjean Lalonde", "+16135550251", "2027-02-11T14:00"),
   note="English opening, French from the name answer on (5.7): the agent speaks French")
MB("d02", P(BOOK, ["Gaston Nolin."], ["204 555 0252"], ["Jeudi à 15 h."],
            ["Sorry, could you repeat that in English?", "Yes."]),
   "booked", R("Gaston Nolin", "+12045550252", "2027-02-11T15:00"), lang=None,
   note="at the read-back the caller asks for English: read again in English (5.7), yes")
HX("d03", P(BOOK, ["Rita LeBlanc."], ["902 555 0253"],
            ["Ben écoutez, je travaille de jour toute la semaine, pis mon mari a l'auto le mardi, "
             "faque ce qui m'arrangerait le mieux, ce serait jeudi, vers 4 h, si c'est possible."],
            YES),
   "booked", R("Rita LeBlanc", "+19025550253", "2027-02-11T16:00"),
   note="the answer buried in a long turn: 'le mardi' is a habit, 'ce serait jeudi, vers 4 h' "
        "the request (Thursday 11, 16:00)")
MTL("d04", P(["Pourriez-vous me donner votre première disponibilité, s'il vous plaît?"],
             ["Monique Gagné."], ["514 555 0254"], YES, YES),
    "booked", R("Monique Gagné", "+15145550254", "2027-02-02T12:00"),
    existing=busy("2027-02-02", "10:30", "11:30"),
    note="'votre première disponibilité' is 'le plus tôt possible' (beyond 5.6's words): today "
         "after 10:10, 10:30-11:30 taken, a yes takes 12:00")
NB("d05", P(BOOK, ["Hélène Robichaud."],
            ["Oui, certainement, pas de problème, vous pouvez me rejoindre au 506 555 0255, c'est "
             "mon cellulaire."], ["Vendredi à 9 h 30."], YES),
   "booked", R("Hélène Robichaud", "+15065550255", "2027-02-05T09:30"),
   note="a polite phone answer around the number")

# ================================================================ "non, attendez" at the read-back
MTL("e01", P(BOOK, ["Lucie Martel."], ["514 555 0337"], ["Jeudi à 11 h."],
             ["Non, attendez, c'est pas le bon numéro. C'est le 514 555 0377.", "Oui."]),
    "booked", R("Lucie Martel", "+15145550377", "2027-02-04T11:00"),
    note="the number corrected at the read-back ('c'est pas le bon numéro' is no hang-up)")
NB("e02", P(BOOK, ["Raymond Goguen."], ["506 555 0262"], ["Lundi à 10 h."],
            ["Non, attendez, mettez-le plutôt à 15 h.", "Oui."]),
   "booked", R("Raymond Goguen", "+15065550262", "2027-02-08T15:00"),
   note="the hour changed at the read-back, Monday kept")
HX("e03", P(BOOK, ["Janine Comeau."], ["902 555 0263"], ["Mardi à 14 h."],
            ["Non, attendez, c'est Jeannine, avec deux N. Jeannine Comeau.", "Oui."]),
   "booked", R("Jeannine Comeau", "+19025550263", "2027-02-09T14:00"),
   note="the name said again in full at the read-back: the later one (5.4)")
ON("e04", P(BOOK, ["Guy Brisson."], ["613 555 0264"], ["Mardi à 10 h 30."],
            ["Non, attendez, j'aime mieux mercredi, même heure.", "Oui."]),
   "booked", R("Guy Brisson", "+16135550264", "2027-02-10T10:30"),
   note="'mercredi, même heure': the day changed, 10:30 kept")
MB("e05", P(BOOK, ["Roch Bissonnette."], ["204 555 0265"], ["Mardi à 9 h."],
            ["Non, non, attendez. Oubliez ça, je vais rappeler."]),
   "no_booking", no_appt=True,
   note="'oubliez ça, je vais rappeler' at the read-back ends the call (5.6)")
MTL("e06", P(BOOK, ["Denise Picard."], ["514 555 0266"], ["Vendredi à 14 h."],
             ["Non, c'est le mauvais numéro. C'est le 438 555 0266.", "Oui."]),
    "booked", R("Denise Picard", "+14385550266", "2027-02-05T14:00"),
    note="'c'est le mauvais numéro' at the read-back is a correction of the number, no "
         "wrong-number hang-up")

# ================================================================ laissez faire / oubliez ça
NB("f01", P(BOOK, ["Colette Haché."], ["Ah, laissez faire, je vais rappeler plus tard."]),
   "no_booking", no_appt=True,
   note="'laissez faire, je vais rappeler' at the phone question (5.6)")
HX("f02", P(["Avez-vous de la place mercredi?"], ["Albert Muise."], ["902 555 0272"],
            ["Oubliez ça, c'est trop loin pour moi. Merci quand même."]),
   "no_booking", no_appt=True,
   note="'oubliez ça' while Wednesday's times are offered (5.6)")
ON("f03", P(BOOK, ["Paulette Gervais."], ["613 555 0273"],
            ["Jeudi à 10 h.", "Laissez faire jeudi, mettez-moi vendredi à 10 h."], YES),
   "booked", R("Paulette Gervais", "+16135550273", "2027-02-12T10:00"),
   existing=[entry("2027-02-11T10:00")],
   note="'laissez faire jeudi' gives up a day, not the call (beyond 5.6's words): Thursday "
        "10:00 is taken, the caller says Friday 10:00 instead")
n, p = "Lorraine Lavallée", "+12045551904"
MB("f04", P(["Je voudrais annuler mon rendez-vous."],
            confirm=["Ah, pis non, laissez faire, je vais le garder."]),
   "no_booking", no_appt=True, caller_id=p, existing=[mine("2027-02-10T10:00", n, p)],
   note="'laissez faire, je vais le garder' at the cancel's read-back: nothing cancelled")

# ================================================================ wrong number
MTL("g01", P(["Oh, excusez, je me suis trompé de numéro."]), "no_booking", no_appt=True,
    note="'je me suis trompé de numéro' at the opening ends the call politely, as English "
         "'wrong number' (SPEC is silent)")
NB("g02", P(["Allo? C'est pas la pharmacie? Oh, mauvais numéro, désolée."]), "no_booking",
   no_appt=True, note="'mauvais numéro' at the opening")
HX("g03", P(["Ah, pardon, j'ai composé le mauvais numéro."]), "no_booking", no_appt=True,
   note="'j'ai composé le mauvais numéro'")
ON("g04", P(["Je pense que je me suis trompée de numéro, excusez-moi."]), "no_booking",
   no_appt=True, note="'je me suis trompée de numéro' (feminine)")
MB("g05", P(["Oups, mauvais numéro."]), "no_booking", no_appt=True,
   note="'oups, mauvais numéro'")
ON("g06", P(BOOK, ["Luc Pilon."], ["613 555 0482"], ["Mercredi à 11 h."],
            ["Oh, je me suis trompé de numéro, c'est le 613 555 0428.", "Oui."]),
   "booked", R("Luc Pilon", "+16135550428", "2027-02-10T11:00"),
   note="'je me suis trompé de numéro, c'est le ...' at the read-back corrects the number")

# ================================================================ several named in one cancel
n, p = "Gisèle Richard", "+15065551905"
NB("h01", P(["Je voudrais annuler mon rendez-vous de lundi pis celui de mercredi aussi."],
            confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-02-08T10:00", n, p), mine("2027-02-10T14:00", n, p),
             mine("2027-02-12T11:00", n, p)],
   say=["lundi 8 février à 10 h", "mercredi 10 février à 14 h"], not_say=["vendredi 12 février"],
   note="three on file, two named ('pis celui de mercredi aussi'): both read back and "
        "cancelled, Friday's left (beyond the SPEC, whose `appointment` holds one: the "
        "outcome and the wording are checked)")
n, p = "Bernard Caron", "+15145551906"
MTL("h02", P(["Il faudrait que j'annule mes rendez-vous de jeudi et de vendredi."], confirm=YES),
    "cancelled", caller_id=p,
    existing=[mine("2027-02-04T09:30", n, p), mine("2027-02-05T15:00", n, p),
              mine("2027-02-09T13:00", n, p)],
    say=["jeudi 4 février à 9 h 30", "vendredi 5 février à 15 h"], not_say=["mardi 9 février"],
    note="'mes rendez-vous de jeudi et de vendredi': those two of three (beyond the SPEC, as "
         "h01)")
n, p = "Kevin MacDonald", "+19025551907"
HX("h03", P(["I need to cancel my Tuesday one and the Thursday one too."], confirm=["Yes."]),
   "cancelled", caller_id=p, lang=None,
   existing=[mine("2027-02-08T09:00", n, p), mine("2027-02-09T10:00", n, p),
             mine("2027-02-11T14:00", n, p)],
   say=["Tuesday, February 9th at 10 a.m.", "Thursday, February 11th at 2 p.m."],
   not_say=["Monday, February 8th"],
   note="the English of h01 in a bilingual business: the two named of three")
n, p = "Denise Lambert", "+12045551908"
MB("h04", P(["Annulez celui de mardi, pis celui de jeudi à 2 h aussi."], confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-02-09T11:00", n, p), mine("2027-02-11T10:00", n, p),
             mine("2027-02-11T14:00", n, p), mine("2027-02-12T09:00", n, p)],
   say=["mardi 9 février à 11 h", "jeudi 11 février à 14 h"],
   not_say=["jeudi 11 février à 10 h", "vendredi 12 février"],
   note="four on file; 'celui de mardi' and 'celui de jeudi à 2 h' (14:00, not Thursday's "
        "10:00)")


# --- after the blind run (54/64 by score.py, 50/64 with the wording; 64/64 after the
# fixes): variants of the families fixed, in new words, written after the fixes.
HX("v-01", P(["Désolé, je pense que j'ai fait le mauvais numéro."]), "no_booking", no_appt=True,
   note="'j'ai fait le mauvais numéro': a wrong number, the call ends")
ON("v-02", P(["Oh! C'est pas le dépanneur? Excusez-moi, je me suis trompée de numéro."]),
   "no_booking", no_appt=True, note="a question, then 'je me suis trompée de numéro'")
ON("v-03", P(BOOK, ["Yves Charette."], ["613 555 0283"],
             ["Vendredi à 9 h.", "Laisse faire vendredi, mettez-moi lundi à 9 h."], YES),
   "booked", R("Yves Charette", "+16135550283", "2027-02-08T09:00"),
   existing=[entry("2027-02-12T09:00")],
   note="'laisse faire vendredi' after the taken time: Monday 9:00 instead, no goodbye")
NB("v-04", P(BOOK, ["Thibodeau, T comme dans Thomas, H-I-B-O-D-E-A-U. Mon prénom, c'est Lucie."],
             ["506 555 0284"], ["Jeudi à 11 h."], YES),
   "booked", R("Lucie Thibodeau", "+15065550284", "2027-02-04T11:00"),
   note="'T comme dans Thomas' then the other letters joined, then the labelled prénom")
MTL("v-05", P(BOOK, ["Marc D'Astous, D apostrophe A-S-T-O-U-S."], ["514 555 0285"],
              ["Lundi à 14 h."], YES),
    "booked", R("Marc D'Astous", "+15145550285", "2027-02-08T14:00"),
    note="'D apostrophe' in a spelling after the name")
MB("v-06", P(BOOK, ["Philipe Caron."], ["204 555 0286"], ["Jeudi à 9 h 30."],
             ["Non, attendez, c'est Philippe avec deux P. Philippe Caron.", "Oui."]),
   "booked", R("Philippe Caron", "+12045550286", "2027-02-11T09:30"),
   note="'avec deux P' before the name said again at the read-back")
n, p = "Hélène Cormier", "+15065551909"
NB("v-07", P(["J'aimerais annuler celui de lundi, pis celui de vendredi aussi, s'il vous plaît."],
             confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-02-08T09:30", n, p), mine("2027-02-09T14:00", n, p),
             mine("2027-02-12T10:00", n, p)],
   say=["lundi 8 février à 9 h 30", "vendredi 12 février à 10 h"], not_say=["mardi 9 février"],
   note="two of three named, 'pis celui de vendredi aussi'")
n, p = "Scott Boudreau", "+19025551910"
HX("v-08", P(["Can you cancel my Monday appointment and the one on Friday too?"],
             confirm=["Yes."]),
   "cancelled", caller_id=p, lang=None,
   existing=[mine("2027-02-08T11:00", n, p), mine("2027-02-10T09:00", n, p),
             mine("2027-02-05T15:00", n, p)],
   say=["Monday, February 8th at 11 a.m.", "Friday, February 5th at 3 p.m."],
   not_say=["Wednesday"],
   note="English: 'my Monday appointment and the one on Friday too', two of three")
n, p = "Annette Vermette", "+12045551911"
MB("v-09", P(["Annulez mes rendez-vous de mardi et de jeudi."], confirm=YES),
   "cancelled", caller_id=p,
   existing=[mine("2027-02-09T09:00", n, p), mine("2027-02-10T10:00", n, p),
             mine("2027-02-11T11:00", n, p), mine("2027-02-12T13:00", n, p)],
   say=["mardi 9 février à 9 h", "jeudi 11 février à 11 h"],
   not_say=["mercredi 10 février", "vendredi 12 février"],
   note="'mes rendez-vous de mardi et de jeudi', two of four")


if __name__ == "__main__":
    out = write_jsonl(os.path.join(HERE, "calls_fr_probe19.jsonl"), calls)
    print(f"wrote {out} calls")
