#!/usr/bin/env python3
"""Blind round 5 extraction cases (EN and FR), written from SPEC.md and SPEC-fr.md only.

Writes held_out5_en.jsonl and fr_heldout5.jsonl beside this script. Each `now` is built
from a local wall time in its zone, so the offset is the one the zone has at that instant
(DST edges included); a few use a UTC instant instead, as RFC 3339 allows.
"""
import os
from datetime import datetime
from zoneinfo import ZoneInfo

from blindlib import window as win
from corpuslib import write_lines

HERE = os.path.dirname(os.path.abspath(__file__))


def now(local, tz, utc=False):
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(tz))
    if utc:
        return dt.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.isoformat()


# Contexts: (local now, zone). Weekday in the comment.
A = ("2026-11-17T10:15:00", "America/Edmonton")  # Tue
B = ("2027-03-13T17:30:00", "America/Halifax")  # Sat, DST starts the next night
C = ("2026-10-31T22:40:00", "America/Vancouver")  # Sat, DST ends the next night
D = ("2027-02-08T16:20:00", "America/St_Johns")  # Mon, -03:30
E = ("2026-12-30T09:10:00", "America/Toronto")  # Wed, year end
F = ("2026-11-27T16:50:00", "America/Winnipeg")  # Fri
G = ("2027-01-14T11:00:00", "America/Regina")  # Thu, no DST
H = ("2026-11-17T20:30:00", "America/Vancouver")  # Tue local, given as UTC (Wed 04:30Z)
J = ("2027-03-14T09:00:00", "America/Toronto")  # Sun, DST day
K = ("2026-11-02T08:05:00", "America/Whitehorse")  # Mon, -07:00 all year
M = ("2026-11-27T16:50:00", "America/Moncton")  # Fri
T = ("2026-11-17T10:15:00", "America/Toronto")  # Tue

UTC_CTX = {H}


def case(cid, kind, text, ctx, expected, expect=None, lang=None):
    row = {"id": cid, "kind": kind}
    if lang:
        row["lang"] = lang
    row["text"] = text
    row["now"] = now(ctx[0], ctx[1], utc=ctx in UTC_CTX)
    row["tz"] = ctx[1]
    if expect:
        row["expect"] = expect
    row["expected"] = expected
    return row


def ph(v):
    return {"phone": v}


def nm(v):
    return {"name": v}


def tm(when, pod=None, window=None):
    return {"when": when, "part_of_day": pod, "window": window}


EN_PHONE = [
    ("uh yeah it's four one six five five five zero one nine eight", ph("+14165550198")),
    ("six oh four double five five oh one two three", ph("+16045550123")),
    ("my number is 1 800 555 0199", ph("+18005550199")),
    ("plus one two five oh, five five five, oh one four four", ph("+12505550144")),
    ("it's four sixteen, five five five, twelve thirty four", ph("+14165551234")),
    ("eight hundred five five five zero one zero zero", ph("+18005550100")),
    ("four oh three five five five oh one two three sorry no it's four oh three five five five oh one three two", ph("+14035550132")),
    ("not 780 555 0123, it's 780 555 0124", ph("+17805550124")),
    ("five five five oh one two three", ph(None)),
    ("my number is 012 555 0123", ph(None)),
    ("call me at 905.555.0147", ph("+19055550147")),
    ("it's +33 1 42 68 53 00", ph("+33142685300")),
    ("two five oh triple five one two one two", ph("+12505551212")),
    ("yeah my cell is 587 555 0166 thanks", ph("+15875550166")),
    ("(819) 555-0110", ph("+18195550110")),
    ("1-709-555-0135", ph("+17095550135")),
    ("home is 403 555 0101 but my cell is 403 555 0177", ph("+14035550177")),
    ("two-oh-four-five-five-five-oh-one-eight-eight", ph("+12045550188")),
    ("five one four 555 oh one nine nine", ph("+15145550199")),
    ("it's eight six seven, five five five, zero one two three", ph("+18675550123")),
    ("four thirty eight five five five oh one oh one", ph("+14385550101")),
    ("it's seven eight oh, five five five, oh one two", ph(None)),
    ("the last four digits are 0123", ph(None)),
    ("six one three five five five o one four four", ph("+16135550144")),
    ("nine oh five, five five five, nineteen ninety", ph("+19055551990")),
]

EN_NAME = [
    ("um my name is uh jean-luc picard", None, nm("Jean-Luc Picard")),
    ("this is Dr. Amara Okafor", None, nm("Amara Okafor")),
    ("it's siobhan o'sullivan", None, nm("Siobhan O'Sullivan")),
    ("name's Ravi, R-A-V-I", None, nm("Ravi")),
    ("it's Jon, sorry, Jonathan Reyes", None, nm("Jonathan Reyes")),
    ("first name Priya last name Raman", None, nm("Priya Raman")),
    ("Chloé Lefebvre", "name", nm("Chloé Lefebvre")),
    ("yeah sure it's Tomasz Nowak", "name", nm("Tomasz Nowak")),
    ("the booking would be for Imani Brooks", "name", nm("Imani Brooks")),
    ("I'm calling for my son Liam", None, nm(None)),
    ("I'd like to book Thursday at 3", None, nm(None)),
    ("yes", None, nm(None)),
    ("okay, Hannah Schmidt", None, nm("Hannah Schmidt")),
    ("Mrs. Eleanor Vance", None, nm("Eleanor Vance")),
    ("put it under Nguyen, Thi Nguyen", None, nm("Thi Nguyen")),
    ("call me Bea", None, nm("Bea")),
    ("my name is zoë mcallister", None, nm("Zoë Mcallister")),
    ("well it's Ahmed, Ahmed Al-Farsi", None, nm("Ahmed Al-Farsi")),
    ("the name is Kowalski, Anna Kowalski", None, nm("Anna Kowalski")),
    ("the appointment's for Declan Murphy", "name", nm("Declan Murphy")),
    ("it's for my daughter Emma", None, nm(None)),
    ("I'm Tanvir Hossain and I'd like to book for Friday", None, nm("Tanvir Hossain")),
    ("so um it's Keisha", "name", nm("Keisha")),
    ("my number is 403 555 0123", None, nm(None)),
]

EN_TIME = [
    ("thursday at three thirty", A, tm("2026-11-19T15:30")),
    ("next thursday at nine", A, tm("2026-11-26T09:00")),
    ("tuesday", A, tm("2026-11-24")),
    ("this Tuesday at 10", A, tm("2026-11-24T10:00")),
    ("at 9", A, tm("2026-11-18T09:00")),
    ("at 11", A, tm("2026-11-17T11:00")),
    ("quarter to three tomorrow", A, tm("2026-11-18T14:45")),
    ("ten to four on friday", A, tm("2026-11-20T15:50")),
    ("930 on monday", A, tm("2026-11-23T09:30")),
    ("in 3 days at noon", A, tm("2026-11-20T12:00")),
    ("a week from today at 2", A, tm("2026-11-24T14:00")),
    ("the 2nd at 4 pm", A, tm("2026-12-02T16:00")),
    ("the 17th at 4", A, tm("2026-11-17T16:00")),
    ("january 3rd at 10 in the morning", A, tm("2027-01-03T10:00")),
    ("monday no wait tuesday at 1", A, tm("2026-11-24T13:00")),
    ("fourteen hundred on wednesday", A, tm("2026-11-18T14:00")),
    ("tomorrow evening", A, tm("2026-11-18", "evening")),
    ("friday at 7 in the evening", A, tm("2026-11-20T19:00")),
    ("at 8", A, tm("2026-11-18T08:00")),
    ("uh friday at like ten thirty a m", A, tm("2026-11-20T10:30")),
    ("two thirty p m on the 4th of december", A, tm("2026-12-04T14:30")),
    ("my number is 403 555 0123", A, tm(None)),
    ("tomorrow at 10", B, tm("2027-03-14T10:00")),
    ("monday morning", B, tm("2027-03-15", "morning")),
    ("next monday at 9:45", B, tm("2027-03-15T09:45")),
    ("at 5", B, tm("2027-03-14T17:00")),
    ("tomorrow at half past nine", C, tm("2026-11-01T09:30")),
    ("sunday at 1", C, tm("2026-11-01T13:00")),
    ("tomorrow at 10", H, tm("2026-11-18T10:00")),
    ("wednesday at 2", H, tm("2026-11-18T14:00")),
    ("thursday next week at 11", D, tm("2027-02-18T11:00")),
    ("the day after tomorrow at twelve thirty", D, tm("2027-02-10T12:30")),
    ("january 2nd at 10", E, tm("2027-01-02T10:00")),
    ("nine fifteen", E, tm("2026-12-30T09:15")),
    ("monday at 9", E, tm("2027-01-04T09:00")),
    ("next week wednesday at 3", F, tm("2026-12-02T15:00")),
    ("in the afternoon on the 20th", G, tm("2027-01-20", "afternoon")),
    ("next tuesday at 10", J, tm("2027-03-16T10:00")),
    ("the day after tomorrow", K, tm("2026-11-04")),
    # windows
    ("thursday after 2", A, tm("2026-11-19", None, win("14:00"))),
    ("anytime between 10 and 1 on friday", A, tm("2026-11-20", None, win("10:00", "13:00"))),
    ("before noon tomorrow", A, tm("2026-11-18", None, win(None, "12:00"))),
    ("not before 11 on monday", A, tm("2026-11-23", None, win("11:00"))),
    ("after 3 today", A, tm("2026-11-17", None, win("15:00"))),
    ("after 9", A, tm("2026-11-17", None, win("09:00"))),
    ("before 10", A, tm("2026-11-18", None, win(None, "10:00"))),
    ("monday morning but not before 10", B, tm("2027-03-15", "morning", win("10:00"))),
    ("tuesday 1 to 3", B, tm("2027-03-16", None, win("13:00", "15:00"))),
    ("friday afternoon but not after 3", D, tm("2027-02-12", "afternoon", win(None, "15:00"))),
    ("earlier than 11 on the 4th", E, tm("2027-01-04", None, win(None, "11:00"))),
    ("friday between 9 30 and 11", G, tm("2027-01-15", None, win("09:30", "11:00"))),
    ("3 or later on thursday", A, tm("2026-11-19", None, win("15:00"))),
    ("monday from 2 to 4 pm", F, tm("2026-11-30", None, win("14:00", "16:00"))),
]
# "except the morning"-type windows: the dev set leaves part_of_day unchecked there.
EN_TIME_NOPOD = [
    ("wednesday not in the morning", D, {"when": "2027-02-10", "window": win("12:00")}),
    ("next week tuesday anytime but the morning", A, {"when": "2026-11-24", "window": win("12:00")}),
]

FR_PHONE = [
    ("C'est le cinq un quatre, cinq cinq cinq, zéro un deux trois.", ph("+15145550123")),
    ("Quatre un huit, six cent cinquante, quatre-vingt-dix-neuf, zéro un.", ph("+14186509901")),
    ("Huit dix-neuf, cinq cinq cinq, vingt-deux, trente-trois.", ph("+18195552233")),
    ("Mon numéro c'est le 450 555-0147, poste 22.", ph("+14505550147")),
    ("C'est le 514 555-0111, non pardon, 514 555-0112.", ph("+15145550112")),
    ("Un huit cents, cinq cinq cinq, zéro zéro, soixante et onze.", ph("+18005550071")),
    ("Quatre cinq zéro, cinq cinq cinq, soixante-dix-huit, quatre-vingts.", ph("+14505557880")),
    ("Cinq cinq cinq, douze, trente-quatre.", ph(None)),
    ("Zéro un deux, cinq cinq cinq, douze, trente-quatre.", ph(None)),
    ("C'est le 613, cinq cinq cinq, 01 99.", ph("+16135550199")),
    ("Sept huit zéro, cinq cent cinquante-cinq, zéro, cent vingt-trois.", ph("+17805550123")),
    ("Deux cent quatre, cinq cinq cinq, quatre-vingt-dix-neuf, quatre-vingt-dix-huit.", ph("+12045559998")),
    ("Cinq un quatre, cinq cinq cinq, vingt, deux, trois.", ph("+15145552023")),
    ("Mon cell, c'est le 1 438 555-0165.", ph("+14385550165")),
    ("Euh, je me souviens plus de mon numéro.", ph(None)),
]

FR_NAME = [
    ("Bonjour, ici Geneviève Tremblay.", None, nm("Geneviève Tremblay")),
    ("Je m'appelle jean-philippe d'anjou.", None, nm("Jean-Philippe D'Anjou")),
    ("Mon prénom c'est Mathieu, pis mon nom de famille c'est Lévesque.", None, nm("Mathieu Lévesque")),
    ("Mon nom de famille c'est Bouchard, mon prénom Annie.", None, nm("Annie Bouchard")),
    ("Euh, ben, c'est Nathalie Côté, C-O-T-E.", None, nm("Nathalie Côté")),
    ("Marc, non excusez, Marc-Antoine Roy.", "name", nm("Marc-Antoine Roy")),
    ("Mettez ça au nom d'Étienne Girard.", None, nm("Étienne Girard")),
    ("C'est beau.", None, nm(None)),
    ("Je suis disponible jeudi.", None, nm(None)),
    ("C'est pour mon fils Félix.", None, nm(None)),
    ("Ce serait pour Karine Ouellet.", "name", nm("Karine Ouellet")),
    ("Je suis madame louise de la durantaye.", None, nm("Louise de La Durantaye")),
    ("Moi c'est sophie le blanc.", None, nm("Sophie Le Blanc")),
    ("Oui, Rémi St-Onge.", None, nm("Rémi St-Onge")),
    ("Docteure Isabelle Gauthier à l'appareil.", None, nm("Isabelle Gauthier")),
    ("C'est pour demain.", None, nm(None)),
    ("Ici Xavier LeBlanc.", None, nm("Xavier LeBlanc")),
    ("Ouais, Hélène.", "name", nm("Hélène")),
]

FR_TIME = [
    ("Jeudi à 14 h 30.", T, tm("2026-11-19T14:30")),
    ("Mardi qui vient à 9 h.", T, tm("2026-11-24T09:00")),
    ("Mardi de la semaine prochaine à 10 h.", T, tm("2026-11-24T10:00")),
    ("Jeudi de la semaine prochaine vers 15 h.", T, tm("2026-11-26T15:00")),
    ("Demain à 3 h moins quart.", T, tm("2026-11-18T14:45")),
    ("Après-demain à midi et demi.", T, tm("2026-11-19T12:30")),
    ("À 9 h, si c'est possible.", T, tm("2026-11-18T09:00")),
    ("À 11 h 30.", T, tm("2026-11-17T11:30")),
    ("Dans 3 jours, 10 h du matin.", T, tm("2026-11-20T10:00")),
    ("Vendredi à 7 h du soir.", T, tm("2026-11-20T19:00")),
    ("Demain après-midi.", T, tm("2026-11-18", "afternoon")),
    ("Le 2 décembre à 13 h.", T, tm("2026-12-02T13:00")),
    ("Le premier à 10 h.", T, tm("2026-12-01T10:00")),
    ("Mardi, non attendez, mercredi à 15 h.", T, tm("2026-11-18T15:00")),
    ("Jeudi le 19 à 10 h.", T, tm("2026-11-19T10:00")),
    ("Cet après-midi.", T, tm("2026-11-17", "afternoon")),
    ("À 2 h PM vendredi.", T, tm("2026-11-20T14:00")),
    ("Jeudi après 15 h.", T, tm("2026-11-19", None, win("15:00"))),
    ("Vendredi entre midi et 2.", T, tm("2026-11-20", None, win("12:00", "14:00"))),
    ("Lundi, n'importe quand avant midi.", T, tm("2026-11-23", None, win(None, "12:00"))),
    ("Mercredi, mais pas en avant-midi.", T, tm("2026-11-18", None, win("12:00"))),
    ("Vendredi après-midi, mais pas après 15 h.", T, tm("2026-11-20", "afternoon", win(None, "15:00"))),
    ("Entre 2 et 4 demain.", T, tm("2026-11-18", None, win("14:00", "16:00"))),
    ("Mardi prochain à 10 h.", M, tm("2026-12-01T10:00")),
    ("Lundi prochain.", M, tm("2026-11-30")),
    ("La semaine prochaine.", M, tm("2026-11-30")),
    ("Demain à 14 h.", M, tm("2026-11-28T14:00")),
    ("Mon numéro c'est le 506 555-0130.", M, tm(None)),
]


def main():
    en = []
    for i, (text, exp) in enumerate(EN_PHONE):
        en.append(case(f"ho5-phone-{i:02}", "phone", text, A, exp))
    for i, (text, expect, exp) in enumerate(EN_NAME):
        en.append(case(f"ho5-name-{i:02}", "name", text, A, exp, expect=expect))
    for i, (text, ctx, exp) in enumerate(EN_TIME + EN_TIME_NOPOD):
        en.append(case(f"ho5-time-{i:02}", "time", text, ctx, exp))
    fr = []
    for i, (text, exp) in enumerate(FR_PHONE):
        fr.append(case(f"fr5-phone-{i:02}", "phone", text, T, exp, lang="fr"))
    for i, (text, expect, exp) in enumerate(FR_NAME):
        fr.append(case(f"fr5-name-{i:02}", "name", text, T, exp, expect=expect, lang="fr"))
    for i, (text, ctx, exp) in enumerate(FR_TIME):
        fr.append(case(f"fr5-time-{i:02}", "time", text, ctx, exp, lang="fr"))
    for name, rows in (("held_out5_en.jsonl", en), ("fr_heldout5.jsonl", fr)):
        write_lines(os.path.join(HERE, name), rows)
        print(name, len(rows))


if __name__ == "__main__":
    main()
