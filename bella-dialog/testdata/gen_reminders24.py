#!/usr/bin/env python3
"""Writes reminders24_calls.jsonl: reminder and outbound calls (SPEC §3.2, SPEC-fr §5.7),
English and French, round 24, written blind from the SPECs, the business TOMLs (their
`[faq]` / `[faq_fr]` answers), the reference on outbound calls and opt-outs
(`../shared/reference/twilio-realtime-outbound.md` §2.4, §3.3-§3.4) and callslib's slot
oracle, and committed before Bella ran on them (task pr24). The families of
`gen_reminders21.py` and `gen_reminders23.py` were read so as not to repeat their words.

Families (English `r24-`, French `r24-fr-`):
- `o`: opt-outs ("stop calling me", "take me off your list", "don't send me these",
  "arrêtez de m'appeler", "enlevez-moi de votre liste"): the call ends, nothing is
  cancelled (`no_booking`); with a yes in the same turn it confirms; with a cancel it
  cancels;
- `q`: questions during the reminder (parking, what to bring, how to prepare, how long,
  where, what to wear, bringing a child): answered from the business's `[faq]` when it
  has the topic (the `say_contains` check holds the config's words), else said politely
  that it is not on file, and the reminder goes on to the callee's answer;
- `c`: confirm, cancel, or move with relative times ("push it back an hour", "half an
  hour earlier", "the day after tomorrow", "same time Thursday", "next week, same day
  and time", "tomorrow morning", "push it two weeks"; "reculer d'une heure", "après-demain",
  "l'avancer d'une demi-heure");
- `e`: someone else answers ("he's not here", a son, a wife who cancels for him, a wrong
  number);
- `m`: voicemail greetings of many kinds heard on a line answered as a person or
  `unknown` (carrier greetings, personal ones, French carrier greetings), and machine /
  fax verdicts;
- `w`: the callee asks who is calling: the business is named, then the answer counts;
- `b`: "call me back later": nothing changes (`no_booking`);
- `s`: silence: three silent turns end the call (`no_booking`); one or two silent turns
  then an answer go on.

Zones: Vancouver, Edmonton, Regina, Winnipeg, Toronto, Montréal, Halifax, St. John's,
Yellowknife. Businesses: the default one, Okanagan Diagnostic Imaging (Kelowna),
Assiniboine Valley Veterinary Clinic (Brandon), Harbourview Physiotherapy (Halifax),
Water Street Hair Co. (St. John's), Great Slave Tire (Yellowknife), Physio Outaouais
(Gatineau, French first), Clinique Physio Plateau (Montréal), Centre dentaire des
Cantons (Sherbrooke).

Beyond the SPEC (said in the notes, as in rounds 21 and 23): a message taken for the
person, a wrong number, a callback asked or an opt-out is `no_booking` with the
appointment unchanged; `say_contains` / `say_not_contains` / `agent_lang` / `max_turns`
are the call-file runner's checks, not score.py's.

Run: python3 bella-dialog/testdata/gen_reminders24.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from callslib import (business_by_name, reminded, reminder_round,  # noqa: E402
                      write_jsonl)

KIND = "reminders24"
OUT = os.path.join(HERE, "reminders24_calls.jsonl")
IMAGING = "businesses/imaging_kelowna.toml"
VET = "businesses/vet_brandon.toml"
SALON = "businesses/salon_st_johns.toml"
TIRE = "businesses/tire_yellowknife.toml"
GATINEAU = "businesses/physio_gatineau.toml"
SHERBROOKE = "businesses/dentaire_sherbrooke.toml"
TOMLS = {
    **{b: os.path.join(HERE, "..", "examples", f"{b}.toml") for b in ("clinic", "clinique")},
    **{p: os.path.join(HERE, p) for p in (IMAGING, VET, SALON, TIRE, GATINEAU, SHERBROOKE)},
}

VAN, EDM, REG, WPG = "America/Vancouver", "America/Edmonton", "America/Regina", "America/Winnipeg"
TOR, MTL, HFX, NFL = "America/Toronto", "America/Montreal", "America/Halifax", "America/St_Johns"
YK = "America/Yellowknife"

lines = []
rem, frem = reminder_round("r24", KIND, lines)
about = reminded

NOW = "2027-10-18T10:00"  # Monday; the default business's appointments are Tuesday the 19th
DAY = "tuesday, october 19th at 2 p.m."
FR_DAY = "mardi 19 octobre à 14 h"

# ================================================================ o: opt-outs
kim = about("Kimberly Nakamura", "+17805554101", "2027-10-19T14:00")
rem("o01", NOW, EDM, kim, ["Stop calling me, please."], "no_booking", not_say=["cancel"],
    note="'stop calling me': the opt-out is recorded, the appointment is not cancelled")
hugo = about("Hugo Brandt", "+14165554102", "2027-10-19T14:00")
rem("o05", NOW, TOR, hugo, ["Don't send me these."], "no_booking", not_say=["cancel"],
    note="'don't send me these': an opt-out, nothing cancelled")
rem("o06", NOW, TOR, hugo, ["Quit calling me. I already told the front desk I'm coming."],
    note="an opt-out with 'I'm coming': confirmed")
rem("o07", NOW, TOR, hugo, ["Cancel it, and stop calling me.", "Yes."], "cancelled",
    say=[DAY], note="a cancel with an opt-out: read back, cancelled on a yes")
rem("o08", NOW, TOR, hugo, ["Who is this?", "Okay, well, stop calling this number."],
    "no_booking", not_say=["cancel"], note="who is this, then an opt-out: nothing cancelled")
rad = about("Radhika Iyer", "+12505554103", "2027-10-21T09:15", 30, service="Ultrasound",
            resource="Room 1")
IM_NOW = "2027-10-20T11:00"  # Wednesday; the ultrasound is Thursday 9:15
rem("o02", IM_NOW, VAN, rad, ["Yeah, I'll be there. But don't send me these reminder calls "
                              "anymore, okay?"], business=IMAGING,
    note="a yes with an opt-out: confirmed (and no more reminders)")
dog = about("Travis Olafson", "+12045554104", "2027-10-19T10:00", 30, service="Wellness exam",
            resource="Dr. Greg Fehr")
rem("o03", NOW, WPG, dog, ["Take me off your list."], "no_booking", not_say=["cancel"],
    business=VET, note="'take me off your list': an opt-out, nothing cancelled")
moira = about("Moira Fitzgerald", "+19025554105", "2027-10-19T11:00", 30, service="Follow-up",
              resource="Luc Gagnon")
rem("o04", NOW, HFX, moira, ["I don't want these automated calls. Please remove my number."],
    "no_booking", not_say=["cancel"], business="clinic",
    note="'remove my number': an opt-out, nothing cancelled")

# ================================================================ q: questions
rem("q01", IM_NOW, VAN, rad, ["Is there parking there?", "Perfect, see you tomorrow."],
    say=["free parking for patients"], business=IMAGING, note="parking from the FAQ, then a yes")
rem("q02", IM_NOW, VAN, rad, ["What do I need to bring?", "Got it, I'll be there."],
    say=["BC Services Card"], business=IMAGING, note="what to bring from the FAQ")
rem("q03", IM_NOW, VAN, rad, ["Do I have to do anything before? Like not eat or something?",
                              "Okay, will do. Yes, I'll be there."],
    say=["eight hours"], business=IMAGING, note="how to prepare (FAQ `preparation`)")
rem("q04", IM_NOW, VAN, rad, ["How long does it take?", "Okay, yes."], say=["30 minutes"],
    business=IMAGING, note="how long: the appointment's 30 minutes, then a yes")
rem("q05", IM_NOW, VAN, rad, ["Can I bring my kid with me? I don't have a sitter.",
                              "Alright, I'll be there."], business=IMAGING,
    note="bringing a child: nothing on file, said politely; then a yes")
rem("q06", NOW, WPG, dog, ["Where are you guys located again?", "Right, yep, we'll be there."],
    say=["1140 Princess"], business=VET, note="the address from the FAQ")
rem("q07", NOW, WPG, dog, ["Is there parking?", "Great, see you then."],
    say=["behind the clinic"], business=VET, note="parking from the FAQ")
rem("q08", NOW, EDM, kim, ["What should I wear?", "Okay. Yeah, I'll be there."],
    note="what to wear with nothing on file: said so, then a yes")
rem("q09", NOW, EDM, kim, ["Is there parking nearby?", "No worries. Yes, I'll be there."],
    note="parking with nothing on file: said so, then a yes")
rem("q10", NOW, HFX, moira, ["Where's the clinic again?", "Okay, see you then."],
    say=["5 Harbourview"], business="clinic", note="the address from the FAQ")
cait = about("Caitlin Power", "+17095554106", "2027-10-21T10:00", 45, service="Haircut",
             resource="Siobhan Walsh")
SJ_NOW = "2027-10-20T12:00"  # Wednesday
rem("q11", SJ_NOW, NFL, cait, ["Where do I park down there?", "Grand, see you then."],
    say=["Baird's Cove"], business=SALON, note="St. John's: parking from the FAQ")
rem("q12", SJ_NOW, NFL, cait, ["How long will it be? I gotta pick up the kids after.",
                               "Perfect, I'll be there."], say=["45 minutes"], business=SALON,
    note="how long: a 45-minute haircut")
ken = about("Ken Tsetso", "+18675554107", "2027-10-23T09:00", 45, service="Tire changeover",
            resource="Bay 1")
YK_NOW = "2027-10-22T11:00"  # Friday; the changeover is Saturday 9:00
rem("q13", YK_NOW, YK, ken, ["Do I need to bring anything, like my rims?",
                             "Alright, I'll be there."], business=TIRE,
    note="what to bring with nothing on file for the tire shop: said so, then a yes")
gat = about("Brianna Côté", "+18195554108", "2027-10-19T10:00", 30,
            service="Follow-up treatment", resource="Josée Lalonde")
GAT_NOW = "2027-10-18T11:00"
rem("q14", GAT_NOW, TOR, gat, ["What should I wear for it?", "Okay, sounds good, I'll be there."],
    say=["comfortable clothes"], business=GATINEAU,
    note="Gatineau in English: what to wear, answered from `what_to_bring` (comfortable clothes)")

# ================================================================ c: confirm, cancel, move
rem("c01", NOW, TOR, hugo, ["Can we push it back an hour?", "Yes."], "rescheduled",
    start="2027-10-19T15:00", time=["3 o'clock is good."], note="an hour later: 3 p.m.")
rem("c02", NOW, EDM, kim, ["Could I come in half an hour earlier?", "Yes."], "rescheduled",
    start="2027-10-19T13:30", time=["1:30."], note="half an hour earlier: 1:30")
ray = about("Raymond Kostiuk", "+12045554109", "2027-10-19T14:00")
rem("c03", NOW, WPG, ray, ["Something came up. Can I do the same time on Thursday instead?",
                           "Yes."], "rescheduled", start="2027-10-21T14:00",
    time=["Same time, 2 o'clock."], note="the same time on Thursday")
van = about("Priya Gill", "+16045554110", "2027-10-19T14:00")
rem("c04", NOW, VAN, van, ["Can we do the day after tomorrow?", "Yes."], "rescheduled",
    start="2027-10-20T14:00", time=["Same time, 2 p.m."],
    note="the day after tomorrow (said on Monday): Wednesday, then the same time")
hfx = about("Colin MacNeil", "+19025554111", "2027-10-19T14:00")
rem("c05", NOW, HFX, hfx, ["Can you move it to next week, same day and time?", "Yes."],
    "rescheduled", start="2027-10-26T14:00", time=["Yes."],
    note="next week, same day and time: Tuesday the 26th at 2")
reg = about("Dale Schmidt", "+13065554112", "2027-10-19T14:00")
rem("c06", NOW, REG, reg, ["Actually, can we make it tomorrow morning instead?", "Yes."],
    "rescheduled", start="2027-10-19T10:30", time=["10:30 works."],
    note="tomorrow (the appointment's day) in the morning, then 10:30")
nfl = about("Gerard Walsh", "+17095554113", "2027-10-19T14:00")
rem("c07", NOW, NFL, nfl, ["Could we bump it to later in the afternoon, like 4?", "Yes."],
    "rescheduled", start="2027-10-19T16:00", time=["4 o'clock."],
    note="St. John's: later that afternoon, like 4")
rem("c08", NOW, EDM, kim, ["No, I won't make it. Please cancel.", "Yes please."], "cancelled",
    say=[DAY], note="a no with a cancel: read back, cancelled")
rem("c09", NOW, TOR, hugo, ["Yep, we're all good for tomorrow."], note="'all good for tomorrow'")
rem("c10", NOW, WPG, ray, ["Ugh, I totally forgot. Yeah, I can still make it."],
    note="forgot, but still coming: a yes")
rem("c11", YK_NOW, YK, ken, ["I need to cancel, I already got them swapped somewhere else.",
                             "Yeah."], "cancelled", business=TIRE,
    note="Yellowknife: a cancel, read back, 'yeah'")
rem("c12", NOW, HFX, moira, ["Can I move it to Thursday afternoon?", "Yes."], "rescheduled",
    start="2027-10-21T14:00", time=["2 o'clock."], business="clinic",
    note="Thursday afternoon with Luc Gagnon (he works Tuesdays and Thursdays)")
rem("c13", NOW, EDM, kim, ["Can you push it two weeks?", "Yes."], "rescheduled",
    start="2027-11-02T14:00", time=["Same time."], note="two weeks later, the same time")
rem("c14", NOW, VAN, van, ["Can we do an hour later?", "Yes."], "rescheduled",
    start="2027-10-19T15:00", time=["3 p.m."], note="an hour later: 3 p.m.")

# ================================================================ e: someone else
rem("e01", NOW, EDM, kim, ["She's not here right now."], "no_booking", not_say=["cancel"],
    note="not here: nothing changed")
rem("e02", NOW, TOR, hugo, ["He's not here. This is his son, I'll tell him you called."],
    "no_booking", not_say=["cancel"], note="the son takes the message: nothing changed")
rem("e03", NOW, WPG, ray, ["Wrong number, buddy. No Raymond here."], "no_booking",
    not_say=["cancel"], note="a wrong number: nothing changed")
rem("e04", NOW, HFX, hfx, ["He's at work, but I know he's planning on going."],
    note="the person answering says he will go: confirmed")
rem("e05", NOW, VAN, van, ["This is her husband. She can't make it, she has to work. Can you "
                           "cancel it?", "Yes."], "cancelled",
    note="the husband cancels for her, read back, yes")

# ================================================================ m: machines and greetings
rem("m01", NOW, EDM, kim, ["The person you are calling is not available. Please leave a "
                           "message after the tone."], "voicemail",
    not_say=["nakamura"], note="a carrier greeting on a 'human' line: voicemail (the first "
    "name was said in the opening, before the greeting was heard: SPEC §3.2 for a person)")
rem("m02", NOW, TOR, hugo, ["Hi, you've got Hugo. Can't get to the phone, leave a message."],
    "voicemail", answered="unknown", not_say=["brandt"],
    note="unknown, a personal greeting: voicemail")
rem("m03", NOW, HFX, moira, [], "voicemail", answered="machine_end_other",
    say=["Harbourview Physiotherapy"], not_say=["moira", "fitzgerald"], max_turns=1,
    business="clinic", note="machine_end_other: one voicemail with the business, no name")
rem("m04", NOW, WPG, ray, [], "voicemail", answered="fax", not_say=["raymond", "kostiuk"],
    max_turns=1, note="fax: the voicemail path, no listening")
rem("m05", NOW, EDM, kim, ["Your call has been forwarded to an automated voice messaging "
                           "system. 7 8 0 5 5 5 4 1 0 1 is not available. At the tone, please "
                           "record your message."], "voicemail", not_say=["nakamura"],
    note="the automated voice messaging greeting: voicemail")
rem("m06", IM_NOW, VAN, rad, [], "voicemail", answered="machine_end_beep",
    say=["Okanagan Diagnostic Imaging"], not_say=["radhika", "iyer", "ultrasound"],
    max_turns=1, business=IMAGING, note="machine_end_beep: the clinic's voicemail, no service")
rem("m07", NOW, VAN, van, ["Hey it's Priya! Text me, I never check voicemail. Or leave one, "
                           "I guess."], "voicemail", not_say=["gill"],
    note="a chatty personal greeting: voicemail")

# ================================================================ w: who is calling
rem("w01", NOW, EDM, kim, ["Who's calling?", "Oh right, yeah, I'll be there."],
    answered="unknown", note="unknown: who's calling, told, then a yes")
rem("w02", NOW, HFX, moira, ["Sorry, who is this?", "Ah okay. Yes, I'll be there."],
    say=["Harbourview Physiotherapy"], business="clinic", note="who is this: the clinic named")
rem("w03", NOW, WPG, dog, ["Who's this calling?", "Oh, for the dog. Yep, we'll be there."],
    say=["Assiniboine Valley"], business=VET, note="the vet named, then a yes")

# ================================================================ b: call back later
rem("b01", NOW, EDM, kim, ["I'm in a meeting, can you call me back this afternoon?"],
    "no_booking", not_say=["cancel"], note="call back this afternoon: nothing changes")
rem("b02", NOW, NFL, nfl, ["I'm just driving now, b'y, call me back after supper."],
    "no_booking", not_say=["cancel"], note="St. John's: call back after supper")
rem("b03", NOW, TOR, hugo, ["Not a good time. Try me later."], "no_booking",
    not_say=["cancel"], note="try me later: nothing changes")

# ================================================================ s: silence
rem("s01", NOW, EDM, kim, [], "no_booking", note="never a word: the call ends, nothing changed")
rem("s02", NOW, TOR, hugo, ["", "Sorry, bad connection. Yes, I'll be there."],
    note="one silent turn, then a yes")
rem("s03", NOW, WPG, ray, ["", "", "Hello? Yeah, sorry. Cancel it please.", "Yes."],
    "cancelled", note="two silent turns, then a cancel, read back, yes")
rem("s04", YK_NOW, YK, ken, ["", "", ""], "no_booking", business=TIRE,
    note="three silent turns: the call ends politely")

# ================================================================ French
lise = about("Lise Gauthier", "+15145554201", "2027-10-19T14:00")
frem("o01", NOW, MTL, lise, ["Arrêtez de m'appeler."], "no_booking", not_say=["annul"],
     note="an opt-out: nothing cancelled")
frem("o02", NOW, MTL, lise, ["Enlevez-moi de votre liste, s'il vous plaît."], "no_booking",
     not_say=["annul"], note="off the list: nothing cancelled")
frem("o03", NOW, MTL, lise, ["Oui, je vais être là. Mais appelez-moi plus pour ça, ok?"],
     note="a yes with a Québec opt-out ('appelez-moi plus'): confirmed")
frem("o04", NOW, MTL, lise, ["Je veux plus recevoir ces appels-là."], "no_booking",
     not_say=["annul"], note="'je veux plus recevoir ces appels-là': nothing cancelled")
frem("q01", GAT_NOW, TOR, gat, ["Est-ce qu'il y a du stationnement?", "Parfait, je vais être là."],
     say=["stationnement gratuit"], business=GATINEAU, note="parking from `faq_fr`")
frem("q02", GAT_NOW, TOR, gat, ["Qu'est-ce que je dois apporter?", "D'accord, merci. Oui, j'y serai."],
     say=["vêtements confortables"], business=GATINEAU, note="what to bring from `faq_fr`")
frem("q06", GAT_NOW, TOR, gat, ["Comment je m'habille pour ça?", "Parfait, je serai là."],
     say=["vêtements confortables"], business=GATINEAU,
     note="what to wear, answered from `what_to_bring`")
sui = about("Mélanie Ouellet", "+15145554202", "2027-10-20T13:30", 30, service="Suivi")
CQ_NOW = "2027-10-19T10:00"  # Tuesday
frem("q03", CQ_NOW, MTL, sui, ["Vous êtes où, déjà?", "Ok, parfait, je vais y être."],
     say=["4500, rue Saint-Denis"], business="clinique", note="the address from the FAQ")
frem("q04", CQ_NOW, MTL, sui, ["Ça va durer combien de temps?", "Correct, je serai là."],
     say=["30 minutes"], business="clinique", note="how long: 30 minutes")
den = about("Mathieu Bergeron", "+18195554203", "2027-10-19T09:00", 60, service="Cleaning",
            resource="Julie Morin")
frem("q05", NOW, MTL, den, ["Est-ce que je peux amener mon petit avec moi?",
                            "D'accord. Oui, je vais être là."], business=SHERBROOKE,
     note="Sherbrooke: bringing a child, nothing on file; then a yes")
frem("c01", NOW, MTL, lise, ["Oui, c'est correct, je vais être là."], say=[FR_DAY],
     note="a plain yes")
frem("c02", NOW, MTL, lise, ["Non, je pourrai pas. Annulez-le.", "Oui."], "cancelled",
     say=[FR_DAY], note="a no with 'annulez-le', read back, oui")
frem("c03", NOW, MTL, lise, ["Pouvez-vous le reculer d'une heure?", "Oui."], "rescheduled",
     start="2027-10-19T15:00", time=["15 h."], note="'reculer d'une heure' is later: 15 h")
frem("c04", NOW, MTL, lise, ["Est-ce que je pourrais venir après-demain à la place, même heure?",
                             "Oui."], "rescheduled", start="2027-10-20T14:00", time=["Oui."],
     note="après-demain (said on Monday), même heure: Wednesday 14 h")
frem("c05", NOW, MTL, lise, ["Mettez-le donc la semaine prochaine, même jour, même heure.",
                             "Oui."], "rescheduled", start="2027-10-26T14:00", time=["Oui."],
     note="next week, same day and time")
frem("c06", NOW, MTL, lise, ["Pourriez-vous l'avancer d'une demi-heure?", "Oui."],
     "rescheduled", start="2027-10-19T13:30", time=["13 h 30."],
     note="'l'avancer d'une demi-heure' is earlier: 13 h 30")
frem("c07", NOW, MTL, lise, ["J'aimerais mieux demain matin, si c'est possible.", "Oui."],
     "rescheduled", start="2027-10-19T10:30", time=["10 h 30."],
     note="tomorrow morning (the appointment's day), then 10 h 30")
frem("e01", NOW, MTL, lise, ["Elle est pas ici présentement."], "no_booking",
     not_say=["annul"], note="not here: nothing changed")
pierre = about("Pierre Lavoie", "+15145554204", "2027-10-19T14:00")
frem("e02", NOW, MTL, pierre, ["Il est pas là, c'est sa femme. Je vais lui faire le message."],
     "no_booking", not_say=["annul"], note="his wife takes the message")
frem("m01", NOW, MTL, lise, ["Le client de Vidéotron que vous tentez de joindre n'est pas "
                             "disponible. Veuillez laisser un message après le signal sonore."],
     "voicemail", not_say=["gauthier"], note="a Québec carrier's greeting: voicemail")
frem("m02", NOW, MTL, lise, ["Salut, c'est Lise, laisse-moi un message pis je te rappelle."],
     "voicemail", answered="unknown", not_say=["gauthier"],
     note="unknown, a personal French greeting: voicemail")
frem("m03", GAT_NOW, TOR, gat, [], "voicemail", answered="machine_end_beep",
     say=["Physio Outaouais"], not_say=["brianna", "côté"], max_turns=1, business=GATINEAU,
     note="Gatineau (French first): the voicemail in French")
frem("w01", CQ_NOW, MTL, sui, ["Qui parle?", "Ah ok. Oui, je vais y être."],
     say=["Clinique Physio Plateau"], business="clinique", note="who is calling: the clinique")
frem("b01", NOW, MTL, lise, ["Je suis occupée, là. Rappelez-moi ce soir."], "no_booking",
     not_say=["annul"], note="call back tonight: nothing changes")
frem("b02", NOW, MTL, lise, ["Pouvez-vous rappeler dans une heure?"], "no_booking",
     not_say=["annul"], note="call back in an hour: nothing changes")
frem("s01", NOW, MTL, lise, ["", "Allô? Oui, je vais être là."],
     note="a silent turn, then a yes in French")
frem("s02", NOW, MTL, lise, [], "no_booking", note="never a word: the call ends")


# ================================================================ after the blind run
# Variants (`v-`), written after the fixes of the blind failures, in new words, to check
# that the rules hold beyond the sentences that found them.
rem("v-01", NOW, VAN, van, ["Please stop sending me these reminders."], "no_booking",
    not_say=["cancel"], note="an opt-out in other words: nothing cancelled")
rem("v-02", NOW, EDM, kim, ["I'll be there. Just take my number off your calling list after "
                            "this."], note="a yes with an opt-out: confirmed")
frem("v-03", NOW, MTL, lise, ["Je veux plus que vous m'appeliez pour ça. Ôtez-moi de votre "
                              "liste."], "no_booking", not_say=["annul"],
     note="a French opt-out in other words")
rem("v-04", NOW, TOR, hugo, ["Hi, you've got the Brandt family, we can't get to the phone "
                             "right now, leave us a message."], "voicemail", not_say=["hugo"],
    answered="unknown", note="a family greeting: voicemail")
frem("v-05", NOW, MTL, lise, ["Allô, c'est Lise, je suis pas disponible, laisse-moi un "
                              "message."], "voicemail", answered="unknown",
     not_say=["gauthier"], note="an informal French greeting: voicemail")
rem("v-06", NOW, EDM, kim, ["Is it okay if I bring my husband along?", "Okay, I'll be there."],
    note="bringing someone, nothing on file: said so, then a yes")
rem("v-07", IM_NOW, VAN, rad, ["Is there anything I need to do to get ready for it?",
                               "Alright, I'll be there."], say=["eight hours"],
    business=IMAGING, note="how to prepare in other words")
rem("v-08", GAT_NOW, TOR, gat, ["Do I need to dress a certain way?", "Okay, I'll be there."],
    say=["comfortable clothes"], business=GATINEAU, note="what to wear in other words")
rem("v-09", NOW, REG, reg, ["Could I come in an hour later?", "Yes."], "rescheduled",
    start="2027-10-19T15:00", time=["3 o'clock."], note="'come in an hour later': 3 p.m.")
rem("v-10", NOW, WPG, ray, ["Could we do the same day and time the following week?", "Yes."],
    "rescheduled", start="2027-10-26T14:00", time=["Yes."],
    note="the same day and time the following week")
rem("v-11", NOW, HFX, hfx, ["He's out right now, but he's planning to go, yeah."],
    note="the person away will go: confirmed")
frem("v-12", CQ_NOW, MTL, sui, ["Est-ce que je peux venir avec ma fille?",
                                "Parfait, je serai là."], business="clinique",
     note="coming with a child, nothing on file: said so, then a yes")


if __name__ == "__main__":
    n = write_jsonl(OUT, lines, business_by_name(TOMLS))
    print(f"{n} lines -> {os.path.relpath(OUT)}")
