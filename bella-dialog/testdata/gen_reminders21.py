#!/usr/bin/env python3
"""Writes reminders21_calls.jsonl: reminder calls (SPEC §3.2, SPEC-fr §5.7), English and
French, round 21, written blind from the SPECs, the reference on answering-machine
detection (`../shared/reference/twilio-realtime-outbound.md` §2.4: `human`,
`machine_start`, `machine_end_beep`, `machine_end_silence`, `machine_end_other`, `fax`,
`unknown`) and callslib's slot oracle, and committed before Bella ran on them (task pr21).

Families (English `r21-`, French `r21-fr-`):
- `m`: answered by a machine, in every value the carrier gives (one voicemail: the
  business, the day and time; never the name), a fax, `unknown` (a person, greeted
  without the name, or a voicemail greeting heard), a greeting heard on a line answered
  as a person;
- `y`: a person confirms in many wordings ("yeah should be fine", "I think so", "mm-hmm");
- `e`: someone else answers ("she's not here", "this is her husband, I'll tell her",
  "il est pas là"): nothing changes and the call ends politely (`no_booking`) unless
  they cancel for the person or say the person is coming; never a transfer (beyond the
  SPEC's words: the SPEC transfers only on a request for a person);
- `w`: a wrong number: nothing changes (`no_booking`), the appointment is not cancelled;
- `q`: "who is this?", "what's this about?" before the answer;
- `r`: a repeat asked, a stall, then the answer;
- `c`: cancel in many wordings, read back, yes;
- `v`: a move to another day, time or window, to a taken time, a closed day, after
  hours, "next week same time";
- `t`: the callee says the time or day wrong ("it's at 11, right?" for 10:30): the agent
  says the right one, and the appointment is confirmed unchanged;
- `p`: "speak to a person" transfers; a callee who never speaks (`no_booking`);
- `k`: yes, then a move in the same turn ("yes that works... actually could I move it");
- `b`: businesses with services and staff (the example clinic in Halifax, the example
  clinique in Montréal, a Kelowna imaging clinic `businesses/imaging_kelowna.toml` written
  for this round): FAQ questions asked at the reminder (address, parking, what to bring,
  how to prepare, how long it lasts), a move that keeps the service and the person.

Beyond the SPEC (said in the notes): a wrong number or a message taken for the person is
`no_booking` with the appointment unchanged; `say_contains` / `say_not_contains` /
`agent_lang` / `max_turns` are the call-file runner's checks, not score.py's.

Blind score (main at df0d945): 75/88 (English 54/63, French 21/25). Failing: e01, e04,
fr-e01, fr-e04 ("she's not here", "il est pas là" read as a no, then "sure, I'll let her
know" cancelled it, or "oui, je vais lui dire" confirmed it), fr-w01, fr-w02 (a French
wrong number: three failures, then the transfer), c01, c03, c04 ("won't be needing it",
"take me off the schedule", "can't do Tuesday. Just scrap it" confirmed or offered
Tuesday's times), t01-t03 (the time or day said wrong was read as a move), b07 ("do I have
to prepare?" did not reach the `preparation` topic). Passing but poorly: the English
wrong numbers (a cancel read-back, "I'll leave it as it is"), "what's this about?" and
"c'est à quel sujet?" ("Sorry, I didn't catch that"). After the fixes: 88/88; fourteen
variants (`v-`) written after: 13/14 (v-13 "do I need to bring anything?" missed
`what_to_bring`: a topic's small words are no longer required), then 102/102.

Run: python3 bella-dialog/testdata/gen_reminders21.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (Business, reminded, reminder_round, taken, write_jsonl)  # noqa: E402

KIND = "reminders21"
OUT = os.path.join(HERE, "reminders21_calls.jsonl")
IMAGING = "businesses/imaging_kelowna.toml"
TOMLS = {
    "clinic": os.path.join(HERE, "..", "examples", "clinic.toml"),
    "clinique": os.path.join(HERE, "..", "examples", "clinique.toml"),
    IMAGING: os.path.join(HERE, IMAGING),
}

lines = []


# The round's lines: `rem` / `frem_` from callslib (`reminder_round`).
rem, frem_ = reminder_round("r21", KIND, lines)
about = reminded


# ================================================================ m: machines
VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, MTL, HFX, NFL = "America/Toronto", "America/Montreal", "America/Halifax", "America/St_Johns"
MCT, WHI, IQA = "America/Moncton", "America/Whitehorse", "America/Iqaluit"

a = about("Harpreet Gill", "+16045552101", "2027-04-13T13:30")
rem("m01", "2027-04-12T10:00", VAN, a, ["yes"], "voicemail", answered="machine_end_beep",
    say=["reminder", "tuesday, april 13th at 1:30 p.m."], not_say=["harpreet", "gill"],
    max_turns=1, note="Twilio's machine_end_beep: one voicemail with the day and time, no name")
a = about("Dale Kowalchuk", "+17805552102", "2027-04-15T09:00")
rem("m02", "2027-04-14T15:00", EDM, a, [], "voicemail", answered="machine_end_silence",
    not_say=["dale", "kowalchuk"], max_turns=1,
    note="machine_end_silence: a voicemail, no listening")
a = about("Tanya Bear", "+13065552103", "2027-04-16T16:30")
rem("m03", "2027-04-15T11:00", REG, a, [], "voicemail", answered="machine_end_other",
    not_say=["tanya"], max_turns=1, note="machine_end_other (Regina): a voicemail")
a = about("Gord Friesen", "+12045552104", "2027-04-20T11:00")
rem("m04", "2027-04-19T09:30", WPG, a, ["yes"], "voicemail", answered="machine_start",
    other=["hello?"], not_say=["gord", "friesen"], max_turns=1,
    note="machine_start (detection with Enable): still a machine, one voicemail")
a = about("Aoife Walsh", "+19025552105", "2027-04-19T10:00", 60,
          service="Initial assessment", resource="Dr. Amara Singh")
rem("m05", "2027-04-16T14:00", HFX, a, [], "voicemail", answered="machine",
    say=["Harbourview Physiotherapy", "monday, april 19th at 10 a.m."],
    not_say=["aoife", "walsh"], max_turns=1, business="clinic",
    note="the clinic's voicemail names the business and the day and time")
a = about("Declan Power", "+17095552106", "2027-04-14T14:30")
rem("m06", "2027-04-13T16:00", NFL, a, [], "voicemail", answered="fax", max_turns=1,
    not_say=["declan"], note="a fax (St. John's): the voicemail path, nothing heard")
a = about("Priya Raman", "+14165552107", "2027-04-13T10:00")
rem("m07", "2027-04-12T17:00", TOR, a, ["Yeah, I'll be there, thanks."], "confirmed",
    answered="unknown", not_say=["priya"],
    note="unknown (no verdict): spoken to as a person but without the name; a yes confirms")
a = about("Dana Sidney", "+18675552108", "2027-04-14T15:00")
rem("m08", "2027-04-13T12:00", WHI, a,
    ["Hi, you've reached Dana. I can't take your call right now, leave a message after the "
     "beep."], "voicemail", answered="unknown", not_say=["sidney"],
    note="unknown, and what is heard is a voicemail greeting: the voicemail is left")
a = about("Renée Cormier", "+15065552109", "2027-04-15T13:00")
rem("m09", "2027-04-14T10:00", MCT, a,
    ["The Telus subscriber you have called is not available. Please leave a message after "
     "the tone."], "voicemail",
    note="a carrier's voicemail greeting on a line answered as a person: the voicemail")

# ================================================================ y: yes, many ways
a = about("Kevin Osei", "+16475552111", "2027-05-04T15:00")
rem("y01", "2027-05-03T09:15", TOR, a, ["yeah should be fine"],
    say=["tuesday, may 4th at 3 p.m."], note="'yeah should be fine' is a yes")
a = about("Brianne Lafleur", "+15875552112", "2027-05-05T11:30")
rem("y02", "2027-05-04T16:00", EDM, a, ["I think so, yeah."], note="'I think so, yeah'")
a = about("Colin MacNeil", "+19025552113", "2027-05-07T09:30")
rem("y03", "2027-05-06T10:00", HFX, a, ["Mm-hmm, yep."], note="'mm-hmm, yep'")
a = about("Jocelyn Ducharme", "+12045552114", "2027-05-04T10:00")
rem("y04", "2027-05-03T14:00", WPG, a,
    ["Oh shoot, I totally forgot about that. Yeah, I can still come."],
    note="forgot, then 'I can still come'")
a = about("Arjun Sandhu", "+16045552115", "2027-05-06T14:30")
rem("y05", "2027-05-04T11:00", VAN, a, ["You bet, thanks for the reminder."],
    say=["thursday, may 6th at 2:30 p.m."], note="'you bet', two days ahead")
a = about("Leah Whitecalf", "+13065552116", "2027-05-06T09:00")
rem("y06", "2027-05-05T09:00", REG, a, ["Should be okay, yeah."], note="'should be okay'")
a = about("Bridget Kelly", "+17095552117", "2027-05-07T11:00")
rem("y07", "2027-05-06T13:00", NFL, a, ["Sounds good."], note="'sounds good' (St. John's)")
a = about("Mary Kilabuk", "+18675552118", "2027-05-11T13:00")
rem("y08", "2027-05-10T10:00", IQA, a, ["Yep yep, we'll see you then."],
    note="'we'll see you then' (Iqaluit)")

# ================================================================ e: someone else answers
nadia = about("Nadia Haddad", "+14165552120", "2027-05-12T14:00")
rem("e01", "2027-05-11T16:00", TOR, nadia, ["She's not here right now.", "Sure, I'll let her know."],
    "no_booking", note="she's not here: nothing changed, no transfer; the call ends politely")
rem("e02", "2027-05-11T16:00", TOR, nadia, ["This is her husband, I'll tell her."], "no_booking",
    note="the husband takes the message: nothing changed")
a = about("Tom Blackwood", "+17805552121", "2027-05-13T10:30")
rem("e03", "2027-05-12T12:00", EDM, a,
    ["He's at work. This is his wife. He can't make it Thursday, he picked up a shift. Can "
     "you cancel it?", "Yes."], "cancelled", say=["thursday, may 13th at 10:30 a.m."],
    note="the wife cancels for him: read back, yes")
rem("e04", "2027-05-11T16:00", TOR, nadia, ["Oh, she's not home. Can I take a message?",
                                            "Okay, I'll tell her."], "no_booking",
    note="'can I take a message?': the reminder is given, nothing changed")
rem("e05", "2027-05-11T16:00", TOR, nadia, ["This is her daughter. She'll be there, I'm driving her."],
    note="the daughter says she will be there: a yes")

# ================================================================ w: wrong number
megan = about("Megan Chow", "+16045552130", "2027-05-13T09:30")
rem("w01", "2027-05-12T10:00", VAN, megan, ["I think you have the wrong number."], "no_booking",
    note="a wrong number: the appointment stays, the call ends")
rem("w02", "2027-05-12T10:00", VAN, megan, ["There's no Megan here, sorry."], "no_booking",
    note="'there's no Megan here': a wrong number, not a cancel")
rem("w03", "2027-05-12T10:00", VAN, megan, ["Wrong number, buddy."], "no_booking",
    note="'wrong number, buddy'")

# ================================================================ q: who / what first
sean = about("Sean Doucette", "+19025552140", "2027-05-14T15:30")
rem("q01", "2027-05-13T11:00", HFX, sean, ["What's this about?", "Oh right. Yes, I'll be there."],
    note="'what's this about?' then a yes")
rem("q02", "2027-05-13T11:00", HFX, sean,
    ["Sorry, who's calling?", "Oh. Can you just cancel it then? I booked somewhere else.",
     "Yes."], "cancelled", say=["friday, may 14th at 3:30 p.m."],
    note="who's calling, then a cancel read back")
rem("q03", "2027-05-13T11:00", HFX, sean, ["Which appointment is this for?",
                                           "Okay yeah, that's fine."],
    note="which appointment, then a yes")

# ================================================================ r: repeats and stalls
ravi = about("Ravi Menon", "+12045552150", "2027-05-17T11:30")
rem("r01", "2027-05-14T15:00", WPG, ravi, ["Sorry, what day was that?", "Yep, that works."],
    say=["monday, may 17th at 11:30 a.m."], note="the day asked again, then a yes")
rem("r02", "2027-05-14T15:00", WPG, ravi, ["Can you repeat that? You cut out.",
                                           "Yeah okay, I'll be there."],
    note="a repeat, then a yes")
rem("r03", "2027-05-14T15:00", WPG, ravi, ["Hold on, let me check my calendar.",
                                           "Okay, yes, that's fine."],
    note="a stall, then a yes")
rem("r04", "2027-05-14T15:00", WPG, ravi, ["Um...", "Hmm, let me think.", "Yeah, I can make it."],
    note="two stalls, then a yes")

# ================================================================ c: cancels
shauna = about("Shauna Pelletier", "+17805552160", "2027-05-18T13:00")
rem("c01", "2027-05-17T10:00", EDM, shauna, ["I won't be needing it anymore.", "Yes please."],
    "cancelled", say=["tuesday, may 18th at 1 p.m."], note="'won't be needing it': read back, yes")
rem("c02", "2027-05-17T10:00", EDM, shauna, ["Go ahead and cancel it.", "Yep."], "cancelled",
    note="'go ahead and cancel it'")
rem("c03", "2027-05-17T10:00", EDM, shauna, ["Can you take me off the schedule?", "Yes."],
    "cancelled", note="'take me off the schedule'")
rem("c04", "2027-05-17T10:00", EDM, shauna, ["Nope, can't do Tuesday. Just scrap it.", "Yes."],
    "cancelled", note="'just scrap it'")
rem("c05", "2027-05-17T10:00", EDM, shauna,
    ["I'm feeling a lot better, so I don't need to come in.", "That's right."], "cancelled",
    note="no need to come in: read back, 'that's right' is a yes")

# ================================================================ v: moves
lucas = about("Lucas Ferreira", "+14165552170", "2027-05-19T10:30")
V_NOW = "2027-05-18T09:00"  # Tuesday
rem("v01", V_NOW, TOR, lucas, ["Can we do Friday after 3 instead?", "Yes."], "rescheduled",
    start="2027-05-21T15:30", time=["The first one's good."],
    existing=taken("2027-05-21", "15:00"),
    note="Friday after 3 with 3:00 taken: 3:30 first offered and taken")
rem("v02", V_NOW, TOR, lucas, ["Is there anything next Tuesday morning?", "Yes."], "rescheduled",
    start="2027-05-25T09:30", time=["9:30 works."], existing=taken("2027-05-25", "09:00"),
    note="'next Tuesday' said on a Tuesday is the following week's; morning offers")
rem("v03", V_NOW, TOR, lucas, ["Could I come in a bit earlier that day, like 9?", "Yes."],
    "rescheduled", start="2027-05-19T09:00", time=["9 please."],
    note="a bare time stays on the appointment's day")
rem("v04", V_NOW, TOR, lucas, ["Can I push it to next week, same time?", "Yes."], "rescheduled",
    start="2027-05-26T10:30", time=["Same time, 10:30."],
    note="'next week, same time': a week later")
rem("v05", V_NOW, TOR, lucas, ["Can I switch it to Thursday at 11?", "Yes."], "rescheduled",
    start="2027-05-20T11:30", time=["11:30 then."], existing=taken("2027-05-20", "11:00"),
    note="Thursday 11 taken: nearest offered, '11:30 then'")
rem("v06", V_NOW, TOR, lucas, ["Could we do Saturday instead?", "Yes."], "rescheduled",
    start="2027-05-24T09:00", time=["Yes."],
    note="Saturday closed: the next open day (Monday) offered, a plain yes takes the first")
rem("v07", V_NOW, TOR, lucas, ["Can I move it to Friday?", "Yes."], "rescheduled",
    start="2027-05-24T10:00", time=["10 works."], closed=["2027-05-21"],
    note="Friday is a closed date: the next open day offered, a bare '10' keeps that day")
rem("v08", V_NOW, TOR, lucas, ["Between 1 and 3 on Thursday would be better.", "Yes."],
    "rescheduled", start="2027-05-20T14:00", time=["Yes."],
    existing=taken("2027-05-20", "13:00", "13:30"),
    note="a window on Thursday: its first free start, 2:00")
rem("v09", V_NOW, TOR, lucas, ["Any chance of later in the afternoon, like 4?", "Yes."],
    "rescheduled", start="2027-05-19T16:00", time=["4 is good."],
    note="'later in the afternoon, like 4' on the same day")
rem("v10", V_NOW, TOR, lucas, ["Can I come at 6 instead? I work till 5.", "Yes."],
    "rescheduled", start="2027-05-19T16:30", time=["4:30 then."],
    note="6 p.m. is after closing: nearest offered, '4:30 then' on that day")

# ================================================================ t: the time said wrong
emily = about("Emily Nguyen", "+16135552180", "2027-05-27T10:30")
rem("t01", "2027-05-26T13:00", TOR, emily, ["It's at 11, right?", "Oh okay, 10:30. Yeah, that's fine."],
    say=["10:30"], note="the callee says 11: the agent says 10:30; then a yes keeps it")
jordan = about("Jordan Clarke", "+16135552181", "2027-05-26T14:00")
rem("t02", "2027-05-25T10:00", TOR, jordan,
    ["That's Thursday, right?", "Oh, Wednesday. Okay, yes, I'll be there."],
    say=["wednesday"], note="the callee says Thursday: it is Wednesday; then a yes")
rem("t03", "2027-05-25T10:00", TOR, jordan,
    ["Wait, I thought it was in the morning?", "No, 2 is fine, I'll be there."],
    note="'I thought it was in the morning?' is no move; '2 is fine' is its own time, a yes")

# ================================================================ p: person, silence
wes = about("Wes Thompson", "+14035552190", "2027-05-28T09:00")
rem("p01", "2027-05-27T15:00", EDM, wes, ["Can I talk to someone at the front desk?"],
    "transferred", note="the front desk: a transfer")
rem("p02", "2027-05-27T15:00", EDM, wes, ["Let me speak to a real person, please."],
    "transferred", note="a real person: a transfer")
rem("p03", "2027-05-27T15:00", EDM, wes, [], "no_booking",
    note="the callee never speaks: the call ends, nothing changed")

# ================================================================ k: yes, then a move
fiona = about("Fiona MacDonald", "+19025552195", "2027-06-02T13:30")
rem("k01", "2027-06-01T10:00", HFX, fiona,
    ["Yes, that works. Oh wait, actually, could I move it to Friday morning?", "Yes."],
    "rescheduled", start="2027-06-04T09:30", time=["9:30 please."],
    note="a yes taken back in the same turn: Friday morning, 9:30")
rem("k02", "2027-06-01T10:00", HFX, fiona,
    ["I'll be there, but is it possible to come half an hour earlier?", "Yes."],
    "rescheduled", start="2027-06-02T13:00", time=["1 o'clock."],
    note="coming, but half an hour earlier: a move to 1:00")

# ================================================================ b: businesses
a = about("Niamh O'Brien", "+19025552201", "2027-06-07T10:00", 60,
          service="Initial assessment", resource="Dr. Amara Singh")
rem("b01", "2027-06-04T11:00", HFX, a, ["Where are you located again?", "Great, see you then."],
    say=["5 Harbourview Drive"], business="clinic",
    note="the address asked at the reminder, then a yes")
a = about("Marcel Boudreau", "+19025552202", "2027-06-08T14:00", 30,
          service="Follow-up", resource="Luc Gagnon")
rem("b02", "2027-06-07T09:30", HFX, a, ["Is there parking there?", "Perfect, I'll be there."],
    say=["behind the building"], business="clinic", note="parking asked, then a yes")
a = about("Keisha Brown", "+19025552203", "2027-06-10T11:00", 45,
          service="Massage therapy", resource="Luc Gagnon")
rem("b03", "2027-06-09T10:00", HFX, a, ["How long is the massage again?",
                                        "Okay, yes, I'll be there."],
    say=["45 minutes"], business="clinic", note="how long it lasts, then a yes")
a = about("Owen Murphy", "+19025552204", "2027-06-08T10:00", 45,
          service="Massage therapy", resource="Luc Gagnon")
rem("b04", "2027-06-07T09:30", HFX, a, ["Can I do Thursday instead, same time?", "Yes."],
    "rescheduled", start="2027-06-10T10:00", time=["Yes."], business="clinic",
    note="a massage moved to Thursday at the same time, still with Luc")
a = about("Grace Yamamoto", "+12505552206", "2027-06-08T08:30", 30,
          service="Ultrasound", resource="Room 1")
rem("b06", "2027-06-07T13:00", VAN, a, ["What do I need to bring?",
                                        "Okay, sounds good, I'll be there."],
    say=["requisition"], business=IMAGING, note="what to bring (the business's own FAQ topic)")
rem("b07", "2027-06-07T13:00", VAN, a, ["Do I have to do anything to prepare?",
                                        "Got it, thanks. Yes, I'll be there."],
    say=["glasses of water"], business=IMAGING, note="how to prepare (own FAQ topic)")
a = about("Doug Ferguson", "+12505552208", "2027-06-09T15:45", 15,
          service="X-ray", resource="Room 1")
rem("b08", "2027-06-08T11:00", VAN, a, ["Can I come Saturday morning instead?", "Yes."],
    "rescheduled", start="2027-06-12T09:00", time=["Yes."], business=IMAGING,
    note="an X-ray moved to Saturday morning: its first start, 9:00")
rem("b09", "2027-06-08T11:00", VAN, a, [], "voicemail", answered="machine_end_beep",
    say=["Okanagan Diagnostic Imaging"], not_say=["doug", "ferguson", "x-ray"], max_turns=1,
    business=IMAGING, note="a machine: the imaging clinic's voicemail, no name, no exam named")

# ================================================================ French
sylvie = about("Sylvie Gagnon", "+15145552301", "2027-05-13T10:30")
F_NOW = "2027-05-12T16:00"  # Wednesday
FR_DAY = "jeudi 13 mai à 10 h 30"


def frem(cid, a, confirm, outcome="confirmed", wall=F_NOW, tz=MTL, opens_fr=True, **kw):
    """A French reminder `r21-fr-<cid>` (callslib's `frem`), at `wall` in `tz`."""
    frem_(cid, wall, tz, a, confirm, outcome, opens_fr=opens_fr, **kw)


frem("m01", sylvie, ["Oui."], "voicemail", answered="machine_end_beep", say=[FR_DAY],
     not_say=["sylvie", "gagnon"], max_turns=1, note="une boîte vocale: le message en français")
a = about("Gilles LeBlanc", "+15065552302", "2027-05-14T09:00")
frem("m02", a, [], "voicemail", wall="2027-05-13T11:00", tz=MCT, answered="machine_end_silence",
     not_say=["gilles"], max_turns=1, note="Moncton, machine_end_silence")
frem("y01", sylvie, ["Oui, ça devrait être correct."], note="'ça devrait être correct'")
frem("y02", sylvie, ["Je pense que oui."], note="'je pense que oui'")
frem("y03", sylvie, ["Ouais ouais, pas de problème."], note="'pas de problème'")
frem("y04", sylvie, ["Ah mon Dieu, j'avais oublié! Oui oui, je vais y être."],
     note="forgot, then 'je vais y être'")
denis = about("Denis Roy", "+15145552307", "2027-05-13T14:00")
frem("e01", denis, ["Il est pas là.", "Oui, je vais lui dire."], "no_booking",
     note="'il est pas là': nothing changed, no transfer; the call ends politely")
frem("e02", sylvie, ["Elle est pas là présentement, c'est son chum. Je vais lui faire le message."],
     "no_booking", note="the partner takes the message")
frem("w01", sylvie, ["Vous vous êtes trompé de numéro."], "no_booking",
     note="a wrong number: the appointment stays")
frem("w02", sylvie, ["Y'a pas de Sylvie ici."], "no_booking",
     note="'y'a pas de Sylvie ici': a wrong number")
frem("q01", sylvie, ["C'est à quel sujet?", "Ah OK, oui c'est correct."],
     note="'c'est à quel sujet?' then a yes")
frem("r01", sylvie, ["Pardon? Pouvez-vous répéter?", "Oui, parfait."], say=[FR_DAY],
     note="a repeat, then a yes")
frem("r02", sylvie, ["Un instant, je regarde mon agenda.", "Oui, ça marche."],
     note="a stall, then a yes")
frem("c01", sylvie, ["Je vais devoir l'annuler finalement.", "Oui."], "cancelled", say=[FR_DAY],
     note="a cancel, read back, yes")
frem("c02", sylvie, ["Non, j'en ai plus besoin, vous pouvez l'enlever.", "Oui, c'est ça."],
     "cancelled", note="'vous pouvez l'enlever': read back, 'oui, c'est ça'")
frem("v01", sylvie, ["Est-ce que je pourrais le changer pour vendredi après 15 h?", "Oui."],
     "rescheduled", start="2027-05-14T15:30", time=["Oui."],
     existing=taken("2027-05-14", "15:00"),
     note="Friday after 15 h with 15 h taken: a plain oui takes 15 h 30")
frem("v02", sylvie, ["Pouvez-vous le mettre samedi à la place?", "Oui."], "rescheduled",
     start="2027-05-17T09:00", time=["Oui."],
     note="Saturday closed: Monday offered, oui takes the first")
frem("v03", sylvie, ["Oui, mais est-ce que je peux venir plus tard dans la journée, genre 15 h?",
                     "Oui."], "rescheduled", start="2027-05-13T15:00", time=["15 h."],
     note="'plus tard dans la journée, genre 15 h': the same day")
a = about("Hélène Bouchard", "+15145552318", "2027-05-18T11:00", 30, service="Suivi")
frem("b01", a, ["C'est où déjà, votre clinique?", "OK merci, je vais être là."],
     wall="2027-05-17T10:00", say=["4500"], business="clinique",
     note="the address asked at the clinique, then a yes")
frem("p01", sylvie, ["Je voudrais parler à quelqu'un, s'il vous plaît."], "transferred",
     note="a person asked for: a transfer")
frem("t01", sylvie, ["C'est à 11 h, c'est ça?", "Ah, 10 h 30. Oui, correct."], say=["10 h 30"],
     note="the callee says 11 h: the agent says 10 h 30; then a yes")
frem("p02", sylvie, [], "no_booking", note="silence: the call ends, nothing changed")
a = about("Monique Gosselin", "+12045552323", "2027-05-18T13:30")
frem("y05", a, ["Euh, oui, je vais être là."], wall="2027-05-17T09:00", tz=WPG, opens_fr=False,
     note="an English opening answered in French (Saint-Boniface): the agent goes on in French")
frem("e03", sylvie, ["C'est son mari. Elle pourra pas, elle travaille. Annulez-le, s'il vous "
                     "plaît.", "Oui."], "cancelled", say=[FR_DAY],
     note="the husband cancels for her: read back, yes")
a = about("Marc Lalonde", "+18195552325", "2027-05-14T10:00")
frem("e04", a, ["Il est pas là.", "Oui, je vais lui faire le message."], "no_booking",
     wall="2027-05-13T15:00", tz=TOR, opens_fr=False,
     note="Gatineau, an English opening: 'il est pas là', then a message taken; no transfer")


# ================================================================ after the blind run
# Variants (`v`), written after the fixes of the blind failures, in new words, to check
# that the rules hold beyond the sentences that found them.
rem("v-01", "2027-05-12T12:00", EDM, about("Tom Blackwood", "+17805552121", "2027-05-13T10:30"),
    ["He's not in today."], "no_booking", not_say=["cancel"],
    note="'he's not in': the person away, nothing changed")
rem("v-02", "2027-05-11T16:00", TOR, nadia, ["Oh she's out right now, she's at her sister's."],
    "no_booking", not_say=["cancel"], note="'she's out': away")
rem("v-03", "2027-05-12T10:00", VAN, megan, ["Sorry, you've got the wrong person."], "no_booking",
    say=["wrong number"], not_say=["cancel"], note="'the wrong person': a wrong number")
rem("v-04", "2027-05-12T10:00", VAN, megan, ["Nobody by that name lives here."], "no_booking",
    not_say=["cancel"], note="'nobody by that name': a wrong number")
rem("v-05", "2027-05-13T11:00", HFX, sean, ["It's at 3, isn't it?", "Oh right, 3:30. Yes."],
    say=["3:30"], note="3:00 said for 3:30: the agent says 3:30, then a yes")
rem("v-06", "2027-05-13T11:00", HFX, sean, ["That's on the 14th, right?", "Great, yes I'll be there."],
    say=["that's right"], note="the right day checked: 'yes, that's right', then a yes")
rem("v-07", "2027-05-17T10:00", EDM, shauna,
    ["Please remove me from the schedule, I'm going somewhere else.", "Yes."], "cancelled",
    note="'remove me from the schedule': a cancel read back")
rem("v-08", "2027-05-13T11:00", HFX, sean, ["What's this regarding?", "Okay, yep."],
    say=["calling with a reminder"], not_say=["didn't catch"],
    note="'what's this regarding?': who and why again, then a yes")
rem("v-09", "2027-05-14T15:00", WPG, ravi, ["No, Monday doesn't work for me.", "Yes."], "cancelled",
    say=["cancel your appointment on monday, may 17th"],
    note="the appointment's own day refused: a no, read back as a cancel, not a move")
frem("v-10", sylvie, ["Elle est au travail."], "no_booking", not_say=["annul"],
     note="'elle est au travail': away")
frem("v-11", sylvie, ["Je pense que vous avez le mauvais numéro."], "no_booking",
     note="'le mauvais numéro': a wrong number")
frem("v-12", sylvie, ["Je pensais que c'était vendredi?", "Ah OK, jeudi. Oui, correct."],
     say=["jeudi 13 mai"], note="Friday said for Thursday: corrected, then a yes")
a = about("Grace Yamamoto", "+12505552206", "2027-06-08T08:30", 30,
          service="Ultrasound", resource="Room 1")
rem("v-13", "2027-06-07T13:00", VAN, a, ["Do I need to bring anything?", "Okay, I'll be there."],
    say=["requisition"], business=IMAGING, note="what to bring, said another way")
rem("v-14", "2027-06-07T13:00", VAN, a, ["How should I prepare for it?", "Okay, I'll be there."],
    say=["glasses of water"], business=IMAGING, note="how to prepare, said another way")


def business_for(line):
    path = TOMLS.get(line.get("business"))
    if path:
        return Business.from_toml(path, line.get("closed", ()))
    return Business.default(line.get("closed", ()))


if __name__ == "__main__":
    n = write_jsonl(OUT, lines, business_for)
    print(f"{n} lines -> {os.path.relpath(OUT)}")
