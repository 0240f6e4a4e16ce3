//! Every call-case file in `testdata/` runs here, through one checker
//! (`scripted/mod.rs`): each line is simulated (against the example business its
//! `business` key names, else its own) and checked against its `expected` block.
//!
//! The file list is read from the directory, so a new `*.jsonl` file cannot be left
//! out: it must be listed in [`CALL_FILES`] (with the fewest cases it may hold) or in
//! [`OTHER_FILES`] (with the test that reads it). A failure names the file and the
//! case id, with what is wrong and the transcript.
//!
//! Run `cargo test -p bella-dialog --test call_files -- --nocapture` for the per-file
//! counts.

mod scripted;

use std::path::Path;

/// A file of call cases: its name, the fewest cases it may hold, and how many may fail.
struct CallFile {
    name: &'static str,
    least: usize,
    may_fail: usize,
}

const fn all(name: &'static str, least: usize) -> CallFile {
    CallFile {
        name,
        least,
        may_fail: 0,
    }
}

/// The call files, and what each must meet.
const CALL_FILES: &[CallFile] = &[
    // The shared dev sets (copies of `../shared/eval/dev/`). The bar for the dev calls
    // is 97%: at most one of the 41 may fail (`calls.rs` also checks their length).
    CallFile {
        name: "dev_calls.jsonl",
        least: 41,
        may_fail: 1,
    },
    all("dev_calls_messy.jsonl", 6),
    // One may fail on an extraction miss ("nothing after 2" read as a lower bound),
    // none on the engine.
    CallFile {
        name: "dev_calls_window.jsonl",
        least: 10,
        may_fail: 1,
    },
    all("dev_calls_fr.jsonl", 20),
    // dev2-rem-09 ("Thursday after 2") once needed windows in the engine (issue 15).
    CallFile {
        name: "reminder_dev_calls.jsonl",
        least: 10,
        may_fail: 1,
    },
    // Our own scenarios.
    all("scripts.jsonl", 40),
    all("scripts_fr.jsonl", 25),
    all("reminder_scripts.jsonl", 24),
    // Service, staff, FAQ and known-caller calls against the example businesses; the
    // `dev2-svc-` lines are the shared dev cases (SPEC §3.1).
    all("services.jsonl", 15),
    // Written from the SPECs alone, in the style of the held-out sets; each line's
    // `note` says what it checks. Round 1: repeats, stalls, corrections at another
    // question, volunteered answers, windows with nothing free, closed days, cancel and
    // move, transfers, reminders; a practitioner's lunch break and closed date, a
    // service running past closing; French switches, stalls, refusals, reminders.
    all("held_out_calls_en.jsonl", 85),
    all("held_out_services_en.jsonl", 14),
    all("calls_fr_heldout.jsonl", 20),
    // Round 2, written blind before Bella ran on them (`gen_held_out2_calls.py`):
    // repeats and stalls at every question, a slot corrected at another question or at
    // the read-back, several answers in one turn, services named by their phrases,
    // lengths across a lunch break, a practitioner's day off.
    all("held_out2_calls_en.jsonl", 40),
    all("held_out2_services_en.jsonl", 10),
    all("calls_fr_heldout2.jsonl", 15),
    // Round 3, written blind (`gen_held_out3_calls.py`): cancel, move and check flows
    // (caller id or the number asked, nothing found, two appointments), reminders,
    // read-back corrections of the name or the number, windows with nothing free, the
    // earliest late on a Friday, closed dates, silence, transfers; St. John's, Regina
    // and Moncton.
    all("held_out3_calls_en.jsonl", 32),
    all("held_out3_services_en.jsonl", 8),
    all("calls_fr_heldout3.jsonl", 13),
    // Round 4, written blind (`gen_held_out4_calls.py`): a number corrected at the time
    // question, four repeats (one failure, no transfer), a repeat between failures,
    // every Canadian zone (Whitehorse, Regina, St. John's, a `now` in UTC, both clock
    // changes), "this weekend" and a Friday night "tomorrow", windows rolled to
    // tomorrow, check calls; an hour-long assessment ending at Saturday's close, a
    // massage past it; French "la fin de semaine", "à matin", "la première heure libre".
    // Added after the blind run: repeats and stalls at the reminder question.
    all("held_out4_calls_en.jsonl", 55),
    all("held_out4_services_en.jsonl", 11),
    all("calls_fr_heldout4.jsonl", 22),
    // Round 5, written blind (`gen_held_out5_calls.py`; all passed on the first run):
    // a time in the past, a time after closing, a closed Friday and a closed New Year's
    // Day, "this weekend", a window with nothing free, the earliest late on a Friday, a
    // name and a time in the opening (the name never asked again), a name given while
    // times are offered then "the second one", a time moved at the name question, three
    // repeats at the read-back, stalls at the number, cancel and move by caller id or by
    // the number asked, five reminders; a follow-up asked with a practitioner on a day
    // off, a practitioner's closed date, a massage past Saturday's close or overlapping
    // another booking; French "d'abord", "laissez faire", "le plus tôt possible".
    all("held_out5_calls_en.jsonl", 35),
    all("held_out5_services_en.jsonl", 8),
    all("calls_fr_heldout5.jsonl", 11),
    // Round 6, written blind (`gen_held_out6_calls.py` on the shared oracle
    // `callslib.py`): two slots corrected at the read-back, a time moved at the name
    // question, repeats or stalls at every question, four in a row (the fourth a
    // failure), a window on a closed day with its first slot taken, the earliest late
    // on a Friday (with Monday closed), name, time and number in the opening, cancel and
    // move by caller id or the number asked, lower-case speech-to-text, hesitations,
    // "forget it" mid-call, silences, seven reminders; a service named late or by a
    // phrase, a practitioner by "Dr." or first name, a day off, a closed date, lengths
    // across lunch and closing; French stalls, repeats, windows, "laissez faire",
    // reminders. Blind scores: English 46/49 (a lower-case "devon price" read as Devon,
    // "make it 11. name's Rita Moreno" kept 10:00, a full window said again taken as a
    // pick of the offers), services 14/14, French 18/18. Added after the run (ids
    // `-v`): variants of the three, a preferred hour ("11 would be better") at the name
    // question and the read-back, a Quebec surname that is also a word ("Parent"); and
    // from later probes, "this weekend after 2", moving instead of cancelling, a bare
    // "Oui." / "Non." in a reminder that opened in English, "yes, but ... like 11?" to a
    // reminder, and "let me think... yes" at the read-back.
    all("held_out6_calls_en.jsonl", 62),
    all("held_out6_services_en.jsonl", 14),
    all("calls_fr_heldout6.jsonl", 21),
    // Probe round 7 (hand-made hard calls on the change, cancel and check flows): a
    // bare time in a move stays on the appointment's day, "no, the other one" at a
    // cancel read-back, "actually, just cancel it" during a move, "when's my" / "when
    // are my" checks, a relation before the name ("it's for my son, Kyle Dunn"), a
    // name said as the closing sentence, a day said again keeping its time; and guards
    // (two appointments, numbers corrected, taken and closed times, windows, reminders,
    // services moved with their length), lower-case speech-to-text, French.
    all("probe7_calls.jsonl", 33),
    all("probe7_services_en.jsonl", 3),
    all("calls_fr_probe7.jsonl", 10),
    // Probe round 8 (`gen_probe8_calls.py`, written and committed before Bella ran on
    // them): messy real callers: lower-case speech-to-text with fillers, two or three
    // slots in one turn, corrections at any question and at the read-back, a repeat or a
    // stall with an answer in one turn, windows with exceptions, holidays, times off the
    // half hour, "the soonest", cancel, move and check by another number, reminders
    // answered "yeah no" or "could we push it to friday", practitioners named mid-call.
    all("probe8_calls.jsonl", 103),
    all("probe8_services_en.jsonl", 16),
    // Probe round 8, French, written by hand (`gen_calls_fr_probe8.py`) and committed
    // before Bella was run on it: a switch from English, repeats and stalls at every
    // question, corrections at the read-back, windows, closed days, the earliest time,
    // cancel and move, transfers, reminders, services at the French clinic. Blind:
    // 39/41 ("canceller mon rendez-vous de jeudi" booked; "Mardi next week à 10 h."
    // switched to English and a "Oui." became the name). Added after (ids `-v`):
    // variants of the two, and "Oui." at an English read-back.
    all("calls_fr_probe8.jsonl", 82),
    // Probe round 8, written blind (`gen_probe8_business.py`): services and staff on four
    // businesses of `testdata/businesses/` Bella had never seen (a salon with three
    // stylists on a 15-minute grid, a two-bay garage, a dental office in St. John's, a
    // one-person business on a 20-minute grid): phrases, a person who does not offer the
    // service or is off, lengths past a lunch break or closing, whoever is free, a
    // person asked for while times are offered, a service changed at the read-back,
    // windows, closed dates, prices, a service not sold, cancels and moves. Blind: 48/50
    // ("can I get Jen?" while times are offered; "How much for an oil change?" then
    // "I'll book one" asked the service again). Added after the run: variants (ids `-v`), a
    // service naming the appointment to cancel or move, "what services do you offer?".
    all("probe8_business_en.jsonl", 57),
    // Probe round 9 (`gen_probe9_calls.py`, written and committed before Bella ran on
    // them): cancel, move and check (two appointments, another number said in words,
    // none at the first number, a change of mind, "just cancel it instead"), reminders
    // ("yeah no that's fine", "can we do the afternoon instead"), paging through offers,
    // questions at the read-back, "not before / not after" windows, closed days, all in
    // the first turn. Blind: 38/50. Added after (ids `-v`): read-back questions, one
    // "Okay" after a declined cancel (French too), "what do I have booked"; then p9-m-17
    // ("later that same day, like 4" in a move went to today) and p9-r-01 ("yeah no
    // that's fine, I'll be there" was a no) fixed, with variants. The last two blind
    // failures pass since probe round 10: p9-q-05 ("no, make it friday" at a read-back
    // keeps 10 a.m.), p9-f-03 ("hi, tom blake, 780 ..." in the opening: a name set off
    // as a clause is taken).
    all("probe9_calls.jsonl", 62),
    // Probe round 9, French (`gen_calls_fr_probe9.py`, committed before Bella ran on
    // it): reminders ("c'est qui?", "non je peux pas", "le mettre en après-midi"),
    // cancel, move and check (another number in French words, two appointments, "non,
    // l'autre", nothing found), services at both clinics, windows and paging. Blind:
    // 40/45 by outcome (a move's bare time or part of day in the opening went on today;
    // "vérifier mes rendez-vous" and "à quelle heure mon rendez-vous" were bookings).
    // A second blind batch `-b`: 5/8 ("c'est pour quoi déjà?" to a reminder a failed
    // answer; "évaluation" not the English clinic's "evaluation"; one expectation wrong).
    // p9-fr-s03, "ça dure combien de temps, un massage?" then "je vais en prendre un
    // vendredi", asked the service again; it passes since a service named in a price
    // or length question is kept (probe8_business gar-10).
    all("calls_fr_probe9.jsonl", 61),
    // Probe round 10, French (`gen_calls_fr_probe10.py`, committed before Bella ran on
    // it): messy callers the Quebec way: windows ("sauf le matin", "entre midi et 2",
    // kept when the day changes), corrections while another slot is asked and at the
    // read-back, "pardon?", stalls, a fourth stall, silence, three failed answers;
    // closed days, "le plus tôt possible"; names in parts, spelled, with particles;
    // numbers in hundreds, corrected, with "poste"; services at the French clinic;
    // moves, cancels, checks, reminders. Blind: 50/52 by outcome, 48/52 with the
    // wording checks. Fixed: a spelling without the accents ("Nathalie Côté, C-O-T-E")
    // replaced the name by "Cote"; an hour-long service refused at 16:30 on a Friday
    // offered Thursday's times first, so a plain "oui" booked the day before the one
    // asked for (the refused day's own free times are offered alone when it has any);
    // "j'ai-tu un rendez-vous?" was a booking. One expectation was the checker's:
    // an English caller's `agent_lang` counted the French-first opening. Then four
    // variants (`-v-`) written after the fixes, and a second blind batch (`-b-`):
    // 25/26; p10-fr-b-24 ("n'importe quand la semaine prochaine, sauf lundi") offered
    // Monday: a weekday ruled out was not read in French (fixed in probe round 11,
    // `exclude.rs`; it passes now). Then four calls
    // (`bil-`) to a bilingual business (`businesses/bilingual.toml`): French names,
    // prices and FAQ answers (`name_fr`, `price_fr`, `[faq_fr]`), two questions in one
    // turn, "OK thanks, bye".
    all("calls_fr_probe10.jsonl", 88),
    // Probe round 10 (`gen_probe10_calls.py`, written and committed before Bella ran on
    // them): windows with an exclusion or an edge ("between 2 and 4 but not 3", "not 1
    // either", "next week except Wednesday", "first opening, not Monday", "end of the
    // day"), paging ("the next day?", "the day before?", a time not offered, the day
    // said again, "the second / last one"), read-back corrections ("no, make it
    // friday", "actually 2:30 not 2", "wrong number", a spelled first name, "half an
    // hour earlier"), names with no cue in the opening, stalls, silences, a single free
    // slot, closed and full days, the clinic's cancel / move / check / book with staff
    // ("with anyone then"), reminders. Blind: 34/54; three expectations fixed after
    // (a weekday alone is the next one by SPEC §2; a caller on file is greeted by
    // name; "after lunch" made independent of noon or 1). Fixed in the engine: ruled
    // out starts and weekdays (exclude.rs), days and starts relative to the one under
    // discussion and the day's edges (relative.rs), a new day at a read-back keeps the
    // time, a name set off as a clause of the opening (opening.rs), the name put right
    // at another question, "with anyone then" looks on the day asked for, the day said
    // again picks nothing the first time, one offer asked as a yes/no and a plain "no"
    // to the offers asking for another day (no failed answer); in the extractor "2:30
    // not 2" and "the first name is". Variants added after (ids `-v`).
    all("probe10_calls.jsonl", 72),
    // Probe round 11, French (`gen_calls_fr_probe11.py`, committed before Bella ran on
    // it): French callers doing what probe round 10's English callers did: starts and
    // weekdays ruled out ("sauf lundi", "entre 2 et 4 mais pas 3 h", "pas à midi non
    // plus", "à part lundi"), "le lendemain?", "la veille?", "une demi-heure plus tôt",
    // "une heure plus tard", "à la première heure", "en fin de journée", "non,
    // mettez-le vendredi" at the read-back, a name as a clause of the opening
    // ("bonjour, Tom Blake, 514 ..."), a single free start as a yes/no. Blind: 10/39
    // (every French form of exclude.rs, relative.rs and opening.rs was English only;
    // the French extractor read "pas à 9 h" as the time asked, "une heure plus tard"
    // as 13:00). Fixed: French cues and clocks in exclude.rs, French steps, shifts and
    // edges in relative.rs, French greetings in opening.rs, a ruled-out time or weekday
    // dropped by the French time grammar, a shift beating the extractor's hour, and
    // "le lendemain, même heure" at the read-back keeping the time: 37/39. Then four
    // variants (`-v-`) written after the fixes ("ni à 10 h 30", "la veille, même
    // heure" at the read-back, "Julie Roy ici", an edge with its last start ruled out
    // offered as a yes/no). p11-fr-x09 ("n'importe quel jour sauf jeudi") passes since
    // "any day", "n'importe quel jour" mean the earliest, as "any time" did (scripts.jsonl
    // `any-day-*`). p11-fr-x02 ("n'importe quand la semaine prochaine, sauf mercredi"
    // with Monday and Tuesday full offered the Friday before) passes since round 12: a
    // week asked for keeps the search inside it. Round 12 added four variants (`v-05`
    // to `v-08`: "sinon", "si c'est pas possible", the week kept).
    all("calls_fr_probe11.jsonl", 47),
    // Probe round 11 (`gen_probe11_calls.py`, written and committed before Bella ran on
    // them): answers to another question or two at once, a number said in pieces, late
    // corrections after the read-back, speech-to-text fillers, false starts and
    // homophones ("at for", "to thirty"), odd instants (just before closing, the eve of
    // a closed day, a Saturday, before opening, just after midnight) in St. John's,
    // Regina and Whitehorse, "my usual" at the clinic and the salon, reminders ("can my
    // husband come instead", a move with a window, a machine), two or three
    // appointments on one day. Blind: 43/55 by outcome, 42/55 with the wording; two
    // expectations were mine (a-03, a-09). Fixed in the engine: a number in pieces is
    // gathered (`pieces.rs`), "ends in 0105" puts the last four right, hours heard as
    // homophones (`homophones.rs`), "the afternoon one" among a day's appointments, a
    // check of a day tells every one on it, "what time are my appointments", someone
    // else coming to a reminded appointment. Variants added after (ids `-v`). Round 12
    // fixed the last two: p11-a-05 ("are you open saturday? if not, monday at 11": the
    // second choice is tried when the first cannot be had) and p11-a-08 ("it's miller,
    // with an r at the end" puts "Mille" right).
    all("probe11_calls.jsonl", 67),
    // Probe round 12 (`gen_probe12_calls.py`, written and committed before Bella ran on
    // them): a question mid-flow (price, hours, parking, walk-ins), a booking for
    // someone else with the caller's own name said too, date phrases ("Monday after
    // next", "a week from Tuesday", "Thursday the 22nd" on a Friday, "ten to four",
    // "noonish"), numbers ("area code 604", "same number", keypad, "the last digit is a
    // 1"), names (O'Neil, van der Berg, "B as in boy"), moves ("push it back a week",
    // "an hour later"), transfers and stalls. Blind: 46/60. Fixed: an hours question at
    // another question is answered; "for my dad, Robert Hughes. my name is Sarah" books
    // the father; a weekday that does not match the date reads the date (within three
    // months a matching one is still taken); "the last digit is a 1", "the last two
    // digits are 87"; "B as in boy"; a shift ("push it back a week", "bring it forward
    // half an hour") said before the appointment is found; "let me check my calendar"
    // is no check; "ok then, Raj Patel". Variants written after (ids `v-`), with round
    // 11's open failures (a second choice, a name put right, "next week" kept, "same
    // as last time" at the clinic, "anything earlier?" after afternoon offers).
    // One expectation was mine and wrong by the SPEC (m-03: "Anna van der Berg", where
    // SPEC §2 capitalises each part of an English name), fixed in its own commit.
    all("probe12_calls.jsonl", 89),
    // Probe round 13 (`gen_probe13_calls.py`, written and committed before Bella ran on
    // them): everything in one breath ("hi it's dana whitfield four one six ..., can I
    // get tuesday after three"), answers out of order, two slots put right in one
    // read-back answer; windows with exclusions and ranges ("any morning but Monday",
    // "between 1 and 3 on the 14th" on a Sunday, "Friday afternoon but not after 3");
    // year and month ends, holidays as closed dates, the DST weekend of 2027-03-14,
    // St. John's and Regina; names (O'Neil, mcallister, van der Berg, "N as in Nancy",
    // common-word surnames, "my son Liam, same last name"); numbers ("area code 7 8 0",
    // an extension, "the area code is 437"); repeats, stalls, silence, swearing,
    // transfers; two appointments on file; reminders. Blind: 59/70; one expectation was
    // mine (m-02: "tuesday at 10 then" is the next Tuesday after today, SPEC §2). Fixed:
    // a cancel with "book me ... instead" is a move; "the area code is 437"; a spelling
    // broken off ("whitfield, W-H-I-T...") is no name; "same last name"; "move my
    // Tuesday appointment to the same time next week" with two on file; "any morning
    // but Monday" is the earliest morning; and in bella-extract "same last name,
    // friday" (a weekday after "name," is no name), "4 pm is too late", "at 9, 3 won't
    // work", "book my son liam in" and the surname "Hard": 69/70. Nine variants written
    // after (ids `v-`): 78/79 in all. May fail: n-07 ("yeah it's Hard, Nick Hard": the
    // stopword said first hides the restatement, in the extractor). A tenth variant
    // (v-10, "any afternoon except thursday" with today's afternoon full: the earliest
    // afternoon, no apology for today): 79/80.
    CallFile {
        name: "probe13_calls.jsonl",
        least: 80,
        may_fail: 1,
    },
    // Probe round 14 (`gen_probe14_calls.py`, written and committed before Bella ran on
    // them), the default business: a question for an answer ("what times do you
    // have?", "is 3 ok?"), a relative time later on ("an hour later", "the day after
    // that", "same day next week"), the name put right after the number, a bare "no"
    // at the read-back, "can you spell that back?", a number in three pieces, picks
    // from three offers, the day's edges, "tomorrow" after midnight, "can you text me
    // a confirmation?", goodbyes mid-flow. Blind: 32/39. Fixed: "same day next week"
    // keeps the time; "no, the number is X" after X reads back again; a bare "no" then
    // the name put right keeps the start; "an hour later then" after a refused time
    // shifts it: 37/39. Six variants written after (ids `v-`): 43/45 in all. e-01
    // ("friday, as late as possible" offered the morning) and e-02 ("the last
    // appointment of the day" offered 4 and 4:30, and a yes took 4) pass since probe
    // round 15 offers the day's latest free start alone: 45/45.
    CallFile {
        name: "probe14_calls.jsonl",
        least: 45,
        may_fail: 0,
    },
    // Probe round 15 (`gen_probe15_calls.py`, written and committed before Bella ran on
    // them), the default business, the clinic and the garage: the latest start of a
    // day ("as late as possible", "your latest slot", "the last appointment of the
    // day"), "what times do you have?" / "what's open?" while times are offered,
    // questions at the read-back ("can you spell that back?", "what was the number
    // you have?", "can you text me a confirmation?"), a number broken off then a clock
    // ("416 555 12, sorry, at 10 30"), numbers in named groups ("the first three are
    // 514", "next three 555, last four 0743"), a time relative to another booking,
    // "the day after tomorrow in the afternoon", "any time after 3", cancel and rebook
    // in one breath, rambling openings. Blind: 22/46 (17/46 once a read-back question
    // met with "was that a yes or a no?" counted, its own commit). Fixed: the latest
    // free start offered alone, the offers said again, read-back questions answered
    // ("what was the number you have?" had replaced the number by the caller id),
    // "next three"/"last four" in numbers, "at" before a clock after a broken number,
    // "but on Friday" ruling Friday out, a number inside a day-and-window turn, "I'd
    // rather come ... instead" in a cancel: 42/46. Eight variants after (ids `v-`):
    // 50/54. b-01 ("right after my one on Thursday"), b-02 ("an hour before that")
    // and s-01 ("the same time as last time") pass since messy round 16; d-03 ("289 555
    // 03, sorry, 11 30" at the time question had finished the number) since moves
    // round 17: at the time question such digits that read as a clock are the time.
    all("probe15_calls.jsonl", 54),
    // Messy round 16 (`gen_messy16_calls.py`, written and committed before Bella ran on
    // them), the default business in four zones, the clinic and the garage: repeats,
    // stalls, a slot corrected while answering another, answers out of order, two
    // changes of mind, questions for answers, off-topic and mumbled turns, giving up,
    // "sorry?" or "hold on" for ever (transferred, never a loop), and probe 15's
    // leftovers: a start against the caller's own booking ("right after my one on
    // Thursday", "an hour before my Thursday one", in a move too), "the same time as
    // last time", "what's the latest you have?" while times are offered. Blind: 45/56
    // with the start binary (o-04's label corrected in its own commit: 'um yeah' for
    // ever transfers). Fixed: the caller's own appointments looked up for such a start
    // (own.rs), "an hour before that" as a shift, the day's latest start while offers
    // stand, "it's loud here" no name: 56/56. Seven variants after (ids `v-`): 63/63.
    CallFile {
        name: "messy16_calls.jsonl",
        least: 63,
        may_fail: 0,
    },
    // Windows round 17 (`gen_windows17_calls.py`, committed before Bella ran on it):
    // windows kept for the call, full windows and the alternative taken, a window past
    // closing or before opening, a closed date with a window, the window changed at
    // the read-back or while the number is asked, "as soon as possible", "whatever is
    // earliest", "after lunch", six zones. Blind: 28/28.
    all("windows17_calls.jsonl", 28),
    // Windows round 21 (`gen_windows21_calls.py`, committed before Bella ran on it, task
    // pw21): windows in the opening, at the time question, as a correction after the
    // offers, narrowed ("but before 2"), moved earlier or later, widened to another day
    // or to "any day next week after 4", with nothing free, across a closed day or date,
    // with services at the physio business, "ASAP but after 2", "whenever's soonest",
    // "the earliest you have next week", with the name or number in the same turn;
    // French "après 15 h", "entre midi et 2", "sauf le matin", "pas en avant-midi".
    // Blind: 54/57 ("but before 2" replaced the window; "before my kid's pickup at 3"
    // booked 3; "except 12 to 1" read as 1 p.m.); w21-06 rewritten after the run. Then
    // `w21-v` variants of those families (3/8 before the fixes, the controls "instead"
    // and "after 2, then before 11" among the three; "I can't make it before 11" was a
    // move). A second blind batch `w21-b`: 8/10 ("no sooner than 1", "before my lunch
    // break at 12"), 10/10 after.
    all("windows21_calls.jsonl", 75),
    // Messy round 17 (`gen_messy17_calls.py`, written and committed before Bella ran on
    // them, task pm17), the default business in eight zones: "is this a robot?", "am I
    // talking to a real person?", "who am I speaking with?" then the answer; stalls in
    // other words, three in a row; a number with a slip put right by its last four, a
    // stall inside the number, name and number in one run-on turn; spelled names, the
    // last name put right at the read-back; two corrections at once, "yes but make it
    // 3"; a change of mind between offers; rambling lower-case turns; closed days,
    // hours and a holiday; "can I do it for my husband"; give-ups. Blind: 51/61 with
    // the start binary. Fixed: a question about who answers is answered (never a
    // transfer), "give me a second" no pick of the second offer, "hold on" inside a
    // number, "ends in 0155" no 1:55, "hrr" no name, "I don't have time for this"
    // a goodbye, the person a booking is for named at any question: 60/61. Eleven
    // variants after (ids `v-`): 71/72. May fail: l-02 (a long lower-case name answer,
    // "... under rachel because that's me ... but yeah rachel fournier").
    CallFile {
        name: "messy17_calls.jsonl",
        least: 72,
        may_fail: 1,
    },
    // Messy round 18 (`gen_messy18_calls.py`, written and committed before Bella ran on
    // them, task pm18), the default business in seven zones and the clinic: questions
    // for answers, the question about who answers with a booking, cancel or move in the
    // same turn (English and French), numbers with "oh" and "zero", the area code last
    // or in two turns, titled names, the day alone put right at the read-back, "same
    // time but Friday", "earlier if you have it", booking turned cancel or move, talk to
    // someone in the room, fillers and "-ish", "quarter to", polite hang-ups, failures
    // to a transfer. Blind: 54/65 with the start binary (s-01's persona corrected in
    // its own commit: called from the booking's number, the name is never asked).
    // Fixed: "êtes-vous une vraie personne?" asks what answers (no transfer), and the
    // question is answered even when the turn goes on with a request; a cancel or move
    // of the caller's own appointment asked mid-booking; "anything earlier that day?"
    // at the read-back; "the ten thirty one" is the 10:30 one; "blah" no name; "wrong
    // number" signs off; "do you need the area code?" answered: 65/65. Eleven variants
    // after (ids `v-`, Regina): 76/76.
    all("messy18_calls.jsonl", 76),
    // Messy round 19 (`gen_messy19_calls.py`, written and committed before Bella ran on
    // them, task pm19), the default business in eight zones: numbers as speech-to-text
    // writes them ("nine oh to", "for one six", "ate oh seven", "double oh"), names
    // ("mcallister", "Nguyen, Linh", "last name's ..., first name ..."), bounded and
    // relative times ("after lunch", "before 10 or after 3", "a week from Tuesday",
    // "the end of next week"), holidays by name, St. John's and Regina in a clock-change
    // week, goodbyes taken back, yes with a correction; and the known gaps: someone
    // else's booking (whose name, the known caller's number offered), "why do you need
    // my name?". Blind: 59/72 with the start binary (63/72 on outcomes; four passed the
    // outcome but not the wording checks). Fixed: all 72; eleven variants after (ids
    // `v-`, Ottawa): 83/83.
    all("messy19_calls.jsonl", 83),
    // Probe round 12, French (`gen_calls_fr_probe12.py`, committed before Bella ran on
    // it): Quebec speech ("c't'après-midi", "à soir", "en fin de semaine", "mardi qui
    // vient", "le 15", "jeudi le 17", "moins quart", "l'heure du dîner", "après
    // l'ouvrage", "de bonne heure"), anglicisms ("booker", "checker", "rescheduler",
    // "next week"), numbers ("deux fois cinq", in pieces over two turns, "finit par
    // 0192"), spelled names ("e accent aigu", "G comme dans Gaston", "trait d'union"),
    // questions mid-call, "il s'appelle" for someone else, moves by a length or a week,
    // transfers and stalls. Blind: 37/53 (two personas had no time answer: fixed in
    // their own commit). Fixed: "c't'" is "cet", "l'heure du dîner" is noon, "deux/trois
    // fois cinq" are 55/555, French pieces of a number and "finit par", French remarks
    // in spellings, "il/elle s'appelle" and "son nom" at the name question,
    // "rescheduler", a move by "une heure plus tard" or "d'une semaine" said before the
    // appointment is found. Then twelve variants (`-v-`). p12-fr-m03 ("pourriez-vous me
    // le mettre la semaine prochaine, même jour, même heure?" at the opening) failed
    // until probe round 13 read "me le mettre" as a move and "la semaine prochaine,
    // même heure" as a week later.
    all("calls_fr_probe12.jsonl", 65),
    // Probe round 12, written blind (`gen_probe12_business.py`, committed before Bella
    // ran on it): services, staff, FAQ, known callers and reminders on two businesses of
    // `testdata/businesses/` Bella had never seen (`physio.toml`: three practitioners
    // on different days, 30- to 90-minute services on a 15-minute grid; `vet.toml`: a
    // 20-minute grid, lunch, Saturday mornings, a holiday, FAQ topics of its own).
    // Blind: 57/65 by outcome, 55/65 with the wording; one persona was mine
    // (vet-rem-02). Fixed: "what's your cancellation policy?" started a cancel, "not
    // with Tom" booked Tom, "do you take Amex?" went unanswered, a question at a
    // reminder was not answered, "the hour-long massage" (two services say massage)
    // and "just a trim" (a word of one service's name) were not recognised, "the same
    // person as last time" booked whoever was free (now the caller's appointments are
    // looked up). Variants added after (ids `v`).
    all("probe12_business_en.jsonl", 75),
    // The French forms of probe round 12's service and staff cases
    // (`gen_calls_fr_probe12b.py`, committed before Bella ran on it) on a French-first
    // salon and spa with French service names and FAQ answers
    // (`businesses/spa_bilingue.toml`): "pas avec Thomas", "n'importe qui sauf Thomas",
    // "je préférerais ne pas voir Karine", "quelqu'un d'autre que Thomas"; "c'est quoi
    // votre politique d'annulation?", "y a-t-il des frais si j'annule?"; "la carte Visa",
    // "l'Interac", "le débit"; a question at the French reminder; "le massage d'une
    // heure", "de 90 minutes", "juste une coupe"; "la même personne que la dernière
    // fois". Blind: 5/23 against the session's start binary, 6/23 with probe 12's
    // English fixes. Fixed by French words next to the English ones: 23/23. Then five
    // variants (`v`): "à une heure" a time, "la même heure que la dernière fois", the
    // latest of two past appointments, a cancel beside the rule, "sans Karine".
    all("calls_fr_probe12b.jsonl", 28),
    // Probe round 13, French (`gen_calls_fr_probe13.py`, committed before Bella ran on
    // it): Quebec, Acadian (Moncton) and Franco-Ontarian callers giving name, number
    // and time in one turn or out of order, two corrections at a read-back ("non
    // attends, mercredi plutôt, pis c'est Gagné avec un accent"), windows ("n'importe
    // quel matin sauf lundi", "entre une heure pis trois le 14", "la semaine prochaine
    // mais pas vendredi"), "midi et quart", "2 h moins quart", "huit heures du soir",
    // numbers in hundreds and pairs ("huit cent dix-neuf", "quatre-vingt-dix-neuf", "un
    // huit cent"), a group corrected, D'Amours, St-Pierre, "L, E accent aigu",
    // "pardon?", "bouge pas", "un préposé", cancel and move with two appointments, the
    // Fête nationale and 1 July in `closed`. Blind: 54/58. Fixed: "pas 0123, 0132"
    // corrects the number's end, "me le mettre" at the opening is a move, "la semaine
    // prochaine, même heure" is a week later, "any morning" with its first morning
    // full looks on to the next mornings. Now 58/58, then six variants (`-v-`). Five
    // more families found by hand after, fixed, with their calls: weekdays ruled out
    // in a list ("sauf le lundi pis le mardi"), "mettre mon rendez-vous" as a move,
    // "le plus tôt possible en après-midi", "même heure" after a start refused,
    // "parler à Dre Tremblay" / "au gérant". 74/74. Then two variants of a part of
    // the day with no day ("en avant-midi, sauf le vendredi"): the earliest of it,
    // said as such, no apology for a day never named (pu14): 76/76.
    all("calls_fr_probe13.jsonl", 76),
    // Probe round 15, French (`gen_calls_fr_probe15.py`, committed before Bella ran on
    // it): two appointments on file and "annuler le deuxième", the family name first
    // ("Mon nom c'est Hébert... Prénom: Lise"), "dans deux semaines, jeudi", "après le
    // dîner" (the Quebec noon meal), "pour deux heures et trente minutes", "y a t il"
    // without hyphens, "un huit cent", "triple cinq, double zéro", "pardon?" and
    // "attendez un instant". Blind: 24/39. Fixed: an appointment by its position, a
    // "nom" label before a "prénom" one, a name said again after a spelling, "dans deux
    // semaines" with a weekday, "le dîner" as a bound, "pour" before hours and minutes
    // with their units; c02's read-back answer corrected (SPEC §3). 39/39, then seven
    // variants (`-v-`): 46/46. A move of the second had moved the first (the score
    // checks only the new start): fixed, and v-08, v-09 check the read-back: 48/48.
    all("calls_fr_probe15.jsonl", 48),
    // Messy French callers, round 16 (`gen_calls_fr_messy16.py`, committed before Bella
    // ran on it), with the French of probe15's English features: "le plus tard
    // possible", "quelles heures avez-vous?" while offers stand, questions at the
    // read-back, "deux heures et quinze", a move "à jeudi le 10 à 11 h"; repeats,
    // stalls, corrections of another slot, changes of mind, a language switch. Blind
    // 42/57 scored (fewer with the wording checks); m18's persona and q16's wording
    // check corrected (SPEC §3); 57/57 less m13 after the fixes, then seven variants
    // (`v-`): 63/64; then m13 ("vendredi à 9 h au lieu de jeudi" at the phone question:
    // what follows "au lieu de" / "plutôt que" is given up, as after "instead of"): 64/64.
    all("calls_fr_messy16.jsonl", 64),
    // Probe round 17, French (`gen_calls_fr_probe17.py`, committed before Bella ran on
    // it): moves and cancels with other verbs, "c'est-tu un robot?", a number in three
    // pieces, two slots corrected at the read-back, speech-to-text without accents,
    // closed days, a person asked for, the French clinic. Blind 44/52 (score.py; the
    // wording checks all met). Fixed: phrases matched with the accents left out ("la
    // premiere"), "en fin d'avant-midi", "retarder/avancer/repousser ... d'une
    // demi-heure" and "d'une heure plus tard" as shifts of a move, a first name alone
    // before "mon nom de famille c'est". "c'est-tu un robot?" answered as a repeat.
    // 52/52, then ten variants (`v-`): 62/62.
    all("calls_fr_probe17.jsonl", 62),
    // Probe round 18, French (`gen_calls_fr_probe18.py`, committed before Bella ran on
    // it): same-day moves ("plus tard dans la journée", "plus tôt le même jour"),
    // starts against the caller's own appointments ("juste après mon rendez-vous de
    // jeudi", "une heure avant", "à la même heure que la dernière fois"), several on
    // file ("celui de mardi, là", "le premier", "les deux"), stalls, repeats, grouped
    // numbers with "zéro", spellings with "E accent aigu", read-back corrections,
    // joual, no accents, English switches, and the holidays a Québec dental office
    // closes in its file (`businesses/dentiste_quebec.toml`: la Saint-Jean, la Fête
    // nationale, l'Action de grâce). Blind 35/59 (score.py), 34/59 with the wording.
    // Fixed: a move later or earlier on its appointment's day offers that day's times
    // after (before) it, "J'ai un rendez-vous ... plus tôt le même jour" is a move,
    // own.rs reads French anchors, "le premier" answers which, accents said inside
    // hyphenated letters, a name said again after its spelling, "chu appelé" is no
    // name, French holiday names and "au 24" are days. 59/59 less c08's wording, then
    // ten variants (`v-`): 68/69. c08 ("mon rendez-vous de mardi pis celui de jeudi
    // aussi", two of three on file) passes since round 19: a cancel takes a list of
    // the appointments it names.
    all("calls_fr_probe18.jsonl", 69),
    // Probe round 19, French (`gen_calls_fr_probe19.py`, committed before Bella ran on
    // it): numbers as a recogniser writes them ("soixante-dix", "o", groups run
    // together, a number corrected mid-way), clock words ("onze heures moins le
    // quart", "dix-neuf heures", "en fin d'avant-midi"), days falling on a weekend,
    // names spelled "B comme Bernard", compound names and particles, an English
    // opening, read-back corrections, "laissez faire" / "oubliez ça", a wrong number,
    // several appointments named in one cancel. Blind 54/64 (score.py), 50/64 with the
    // wording. Fixed: a French wrong number ends the call, "laissez faire jeudi" lets go
    // of a day, letters joined after "comme dans" and "D apostrophe", a family name
    // said before "mon prénom c'est", "avec deux N" before the name said again, a
    // cancel of each appointment named ("my Tuesday one and the Thursday one too").
    // 64/64, then nine variants (`v-`): 73/73.
    all("calls_fr_probe19.jsonl", 73),
    // Round 20, French cancels, moves, checks and reminders (`gen_calls_fr_changes20.py`,
    // committed before Bella ran on it): the number asked with no caller id, which one
    // said vaguely ("celui de la semaine prochaine"), moves to windows, second choices,
    // changes of mind, a check then a move, today's and past appointments, family
    // members and a voicemail greeting on reminders. Blind 36/47; fixed: "checker mes
    // rendez-vous", a week naming the appointment, "laissez faire, annulez-le juste", the
    // last cue followed by a request, "anything else?" after a check, a sign-off at the
    // lookup number question, "je vais lui faire le message", a greeting heard as a
    // person. 46/47, then nine variants: 55/56. c01 ("de jeudi à la semaine prochaine"
    // read by the extractor as Thursday of next week) passes since round 21: a day led
    // by "à" after one led by "de" is the day moved to.
    all("calls_fr_changes20.jsonl", 56),
    // Messy French callers and French changes, round 21 (`gen_calls_fr_messy21.py`,
    // committed before Bella ran on it, task pf21): "hein?", "quoi?", "vous pouvez
    // répéter?", stalls ("bouge pas", "laissez-moi vérifier mon agenda"), four in a
    // row, corrections of another slot ("c'est Gagnon avec deux N" at the time
    // question), answers out of order, joual ("ouin, c'est correct", "pas de trouble",
    // "m'as"), numbers in groups with "zéro", "o" and "zero", "booker", "canceller",
    // language switches, which-one questions, moves "de X à Y", windows, three failed
    // answers, reminders. Blind 72/77 (i01, i04 personas corrected: a caller wanting
    // the other appointment says so at the read-back). Fixed: "de jeudi à la semaine
    // prochaine" is a move to next week; "c'est Gagnon" after "Sylvie Gagnon" keeps the
    // whole name; "Anne-Marie, pas Annie. Anne-Marie Séguin" is the later name, and
    // "Anne-Marie" no respelling of "Annie"; "vérifier mon agenda" at a reminder is a
    // stall, not a check: 77/77. Then eight variants (`v-`): 85/85 once "excusez,
    // c'est Marie-Claude Poirier" after "Marie Poirier" is a correction (French words
    // beside "actually", "sorry").
    all("calls_fr_messy21.jsonl", 85),
    // French and bilingual calls with services and staff, round 22
    // (`gen_calls_fr_services22.py`, committed before Bella ran on it, task ps22): a new
    // Sherbrooke dental clinic (`dentaire_sherbrooke.toml`), the Gatineau spa and the
    // Ottawa physio; services said in the opening or when asked, informally ("faire
    // détartrer", "un massage de 60 minutes"), a practitioner named, "n'importe qui",
    // "pas avec", "le même dentiste que la dernière fois", services not offered or not
    // done by the person asked, days off, lunch and closing, windows with an event
    // ("après mon cours à 14 h", "avant d'aller chercher les enfants à 15 h 30"),
    // prices and lengths first, the service corrected at the read-back or at the offers,
    // cancels and moves, English openings answered in French and the reverse. Blind
    // 49/60. Fixed: an event between a French bound and its clock is a window; a
    // French verb of an "-age" phrase names the service; a service denied gives way to
    // the other named; "pour une coloration" is no other kind; "change mon examen de
    // mardi pour jeudi" is a move: 59/60. Seven variants (`v-`), 1/7 before the fixes.
    // May fail: spa14 ("une couleur": the spa lists "colour", "color", "coloration",
    // "teinture", not "couleur"; SPEC §3.1 recognises listed phrases, so the agent asks
    // which service, and the persona has no answer).
    CallFile {
        name: "calls_fr_services22.jsonl",
        least: 67,
        may_fail: 1,
    },
    // French services and staff, and French cancels, moves and checks, round 23
    // (`gen_calls_fr_round23.py`, committed before Bella ran on it, task ps23): the
    // Sherbrooke dental clinic, the Gatineau spa and a new Gatineau physiotherapy
    // clinic (`physio_gatineau.toml`): "un détartrage", "une mise en plis", "me faire
    // blanchir les dents", "avec Josée si possible", "n'importe quelle hygiéniste",
    // closed holidays, FAQ topics of the business's own asked in French; and "je
    // pourrai pas y aller jeudi", "remettre celui de vendredi", "cancelle",
    // "rebooker", "checker si j'ai", "m'enlever de l'horaire", "au lieu de mardi",
    // "une semaine plus tard", "plus tôt dans la journée", the caller id said again at
    // the lookup number question. Blind 54/67 (53/67 with the wording). Fixed: French
    // cancels said without the word, "rebooker", "remettre celui", "au lieu de" with
    // the caller's own appointment, "checker/savoir si j'ai", a "c'est-tu" question
    // with a move by a length or on the same day, the verb in "-ir" of a service in
    // "-iment", French words of FAQ topics keyed in English, "de vendredi à la semaine
    // prochaine, même heure" a week later, a move by a week with a day naming the
    // appointment, a bound with "plus tard la même journée": 66/67. Eleven variants
    // (`v-`). c22 and v-07 (the number already searched said again at the lookup number
    // question) pass since changes23's "I still don't see an appointment under that
    // number" offer (said in French too); v-08 ("remettre ma coupe") and the elided
    // "j'amène" of v-11 were put right on merge. v-11 ("faut-tu que j'amène quelque
    // chose à mon premier rendez-vous?", answered, then the service asked) passes since
    // round 24: a question about the caller's own visit is no request to book.
    all("calls_fr_round23.jsonl", 78),
    // French calls of every kind, round 24 (`gen_calls_fr_round24.py`, committed before
    // Bella ran on it, task ps24): a new Trois-Rivières garage
    // (`garage_trois_rivieres.toml`: two mechanics, one off on Saturdays, FAQ topics of
    // its own), the clinique, the Gatineau physio and the default business in four
    // provinces; joual ("chus pus sûr", "à matin", "à soir", "icitte", "tsé", "pis"),
    // numbers in hundreds and pairs, names with particles and d', "midi et demi",
    // windows, stalls and repeats, goodbyes at any step, a switch to English, cancels,
    // moves, checks and reminders. Blind 63/68 (62/68 with the wording). Fixed: "à
    // quelle heure j'ai rendez-vous" is a check; a person asked as the subject of a
    // French question ("est-ce que Réjean travaille", "Réjean est-tu là"); a noun in
    // "-ction"/"-ation" by its verb in "-er" ("le faire inspecter"); the French words of
    // `storage` and `loaner`; a question about the caller's own visit ("pour mon
    // premier rendez-vous", round 23's v-11 family) is no request to book: 68/68.
    // Eleven variants (`v-`), 2/11 before the fixes.
    all("calls_fr_round24.jsonl", 79),
    // French calls, round 26 (`gen_calls_fr_round26.py`, committed before Bella ran on
    // it, task ps26): a new Rimouski salon (`coiffure_rimouski.toml`: a 15-minute grid,
    // closed Mondays, one hairdresser off Saturdays, the colourist off Tuesdays, FAQ
    // topics of its own) and the default business in Québec, Moncton, Ottawa, Sudbury
    // and Saint-Boniface; "tantôt", "à matin", "à soir", "su'l'heure du dîner",
    // "icitte", "asteure", numbers in hundreds and pairs, stalls, repeats, corrections,
    // switches of language, cancels, moves and checks. Blind 46/52 (45/52 with the
    // wording; two of the misses were personas, amended). Fixed: "tantôt" is today;
    // "su'l'" is "sur l'"; the French words of `products` and `allergy`; the hour or
    // the day asked beside "mon rendez-vous" is a check: 52/52. Ten variants (`v-`),
    // 4/10 before the fixes.
    all("calls_fr_round26.jsonl", 62),
    // French calls, round 27 (`gen_calls_fr_round27.py`, committed before Bella ran on
    // it, task ps27): a new Acadian dentist in Dieppe (`dentiste_dieppe.toml`: two
    // dentists and a hygienist off Wednesdays, closed on Family Day, an `insurance`
    // topic) and the default business in Montréal, Moncton, Sudbury and Saint-Boniface;
    // "booker", "canceller", "checker", "mettons", "genre", "pis" in a window, "c'te
    // semaine", "à matin", "à soir", "icitte", numbers by pairs with "soixante-dix" and
    // "quatre-vingt-dix", particles (D'Amours, de La Durantaye, LeBlanc), "midi et
    // demi", "après 1 h et quart", repeats, stalls, switches of language, cancels,
    // moves, checks and reminders. Blind 58/59 (the wording checks too). Fixed: the
    // hour or the day of the caller's own appointment named as a noun ("checker l'heure
    // de mon rendez-vous") is a check: 59/59. Found probing after it: thanks alone
    // after an answer ("Correct, merci.", "Okay, thanks.") end the call; "la semaine
    // d'après"/"suivante" and "deux semaines plus tard" move by a week or two, in a
    // reminder too (the time reader's Monday of "la semaine d'après" is the step said
    // again). Eleven variants (`v-`), 1/11 before the fixes (one, v-06, amended as its
    // note says).
    all("calls_fr_round27.jsonl", 70),
    // French calls, round 28 (`gen_calls_fr_round28.py`, committed before Bella ran on
    // it, task ps28): a new optometry clinic in Chicoutimi (`optometriste_chicoutimi.toml`:
    // a 15-minute grid, Thursday evenings and Saturday mornings, a closed training day,
    // two optometrists and an optician, `dilation` and `frames` topics) and the default
    // business in Québec, Moncton, Rouyn-Noranda, Saint-Boniface and Edmonton; "pour à
    // matin", "sur l'heure du dîner", "en fin de journée", "je vérifie" as a stall and
    // as a check, spellings ("T comme Thomas"), particles (des Rivières, D'Astous, de La
    // Vérendrye), numbers with English digits inside, corrections at the read-back,
    // switches of language, cancels, moves, checks and reminders. Blind 54/56 (53/56
    // with the wording). Fixed: the business's own topics by their French words
    // (`dilation`, `frames`); "j'ai un rendez-vous ... c'est quand?" is a check. Found
    // probing after it: "pis je vous rappelle" ends the call, "c'est plutôt" before a
    // corrected number or name is no name, "savoir si mon rendez-vous tient toujours"
    // is a check. Fourteen variants (`v-`), 1/14 before the fixes with the wording.
    all("calls_fr_round28.jsonl", 70),
    // Repeats and stalls at each step after a switch to French, in a French-first
    // business, and in English after a switch away from French
    // (`gen_calls_fr_repeat13.py`, task pl13): a read-back, a cancel or a move asked
    // in English said again in French had kept its day, time and number in English
    // (5 of 21 failed). Then five calls to the optometrist: "Y a-t-il du
    // stationnement?" and "combien coûte ..." answered in English (not read as
    // French), and "coûte gratuit" for a free service.
    all("calls_fr_repeat13.jsonl", 26),
    // Probe round 13, written blind (`gen_probe13_business.py`, committed before Bella
    // ran on it): services, staff, FAQ, known callers and reminders in English and French
    // on three businesses of `testdata/businesses/` Bella had never seen (`barber.toml`:
    // split shifts and a combo service, Regina; `massage_acu.toml`: one massage sold in
    // 30, 60 and 90 minutes, St. John's; `optometrist.toml`: bilingual, an eye exam per
    // age group, a 20-minute grid, Moncton). Blind: 75/82 (one label of mine wrong,
    // opt-11). Fixed: "an hour massage", "the hour and a half massage" beside a
    // "one-hour" and a "half-hour" one, "l'examen pour adulte" (an elided article),
    // walk-in questions ("sans rendez-vous", "without an appointment") taken for a
    // booking, "vous êtes où". Variants added after (ids `v`). bar-rem-03 moves a
    // reminder's appointment "with Jayden instead": it passes since a move carries the
    // person asked for (`StoreRequest::Reschedule::resource`), as do two inbound moves
    // written after that fix (bar-17v, bar-18v). 92/92.
    all("probe13_business.jsonl", 92),
    // Probe round 15, written blind (`gen_probe15_business.py`, committed before Bella
    // ran on it): windows, services, staff and reminders on a Whitehorse tutoring centre
    // (`tutoring.toml`: UTC-7 all year, evening hours, split shifts, a 90-minute
    // service one tutor does) and a Goose Bay dog groomer (`groomer.toml`: a two-hour
    // groom, a lunch break, a 15-minute grid), and the dev clinic of calls_v2
    // (`business_clinic.toml`). Blind: 52/56 (score.py). Fixed: "can we bring it
    // forward an hour?" at a reminder, a move refused by its own old time, "can Kyle
    // do a bath". Variants added after (ids `v`). 63/63.
    all("probe15_business.jsonl", 63),
    // Reminder round 21 (`gen_reminders21.py`, committed before Bella ran on it): every
    // answered_by value, confirms in many wordings, someone else or a wrong number
    // answering, "what's this about?", repeats and stalls, cancels, moves, the time said
    // wrong, FAQ questions (the clinic, the clinique, businesses/imaging_kelowna.toml);
    // English and French. Blind 75/88; variants (`v-`) after the fixes.
    all("reminders21_calls.jsonl", 102),
    // Reminder round 23 (`gen_reminders23.py`, committed before Bella ran on it): hedged
    // yeses, someone else answering (a message taken, a cancel or a move for the person,
    // "hang on, I'll grab her"), cancels, moves to a window or a relative time ("later
    // that day", "push it back a couple of hours", "move it up an hour", "push it a
    // week"), what it is for, how long, who with, "call me back later", opt-outs, wrong
    // numbers, machines; businesses in Yellowknife, Saskatoon, Iqaluit and Sherbrooke;
    // Québec French ("c'est beau", "ça marche pas", "la repousser d'une semaine").
    // Blind 68/88 (score.py; 63/88 with the wording checks). Fixed: hedged yeses ("I
    // believe so", "should be, unless ..."), "call me back later" and "stop calling me"
    // end the call with the appointment kept, more wrong numbers and voicemail
    // greetings, "what's it for?" / "who's it with?" tell the service and the person,
    // "later that day", "push it a week", "move it up an hour", "a couple of hours",
    // "la repousser d'une semaine" move it, "same time" picks the offered day at the
    // appointment's time, "that morning" is the appointment's day, "no, don't cancel
    // it, can we move it instead?" at a reminder's cancel read-back moves it. One label
    // reworded (z05: "an hour", not "60 minutes"). Variants (`v-`) after.
    all("reminders23_calls.jsonl", 100),
    // Reminder round 24 (`gen_reminders24.py`, committed before Bella ran on it):
    // opt-outs ("stop calling me", "take me off your list", "don't send me these",
    // "arrêtez de m'appeler", "enlevez-moi de votre liste"), questions during the
    // reminder answered from the FAQ (parking, what to bring or wear, how to prepare,
    // how long, where) or said politely not to be on file (a child brought along),
    // relative moves ("half an hour earlier", "the day after tomorrow", "next week, same
    // day and time", "reculer d'une heure"), someone else answering, voicemail greetings
    // of many kinds, "who's calling?", "call me back later", silence; nine businesses in
    // nine zones, a third French. Blind 74/85 (score.py; 70/85 with the wording checks).
    // Fixed: the opt-out is recorded (`StoreRequest::OptOut`) before the turn is read,
    // more opt-out, voicemail-greeting and hedged-yes words, "told the front desk" is no
    // transfer, FAQ phrases for what to wear and how to prepare, "bring my kid" is no
    // what-to-bring question, a question with nothing on file is said so politely, "come
    // in half an hour earlier" shifts the appointment, "same day and time" keeps it.
    // One label changed (m01, m05: the first name is said to a person before a greeting
    // is heard). Variants (`v-`) after: 4/12 on the start binary, 8/12 after the first
    // fixes; the four left ("leave us a message", "je suis pas disponible", "get ready",
    // "the following week") fixed by rules of the same kind.
    all("reminders24_calls.jsonl", 97),
    // Reminder round 26 (`gen_reminders26.py`, committed before Bella ran on it):
    // summer 2027, hedged yeses ("I should be able to", "yes b'y"), "is that
    // tomorrow?", cancels with a reason, moves to another day, later that day, "first
    // thing Thursday", the same time next Tuesday, someone else answering, the Iqaluit
    // clinic's FAQ, and a French move onto Québec's Fête nationale (closed). Blind 26/28
    // (score.py): "yes, but I might be a few minutes late" (EN and FR) was a hedge, not
    // a yes, and ended with a person; late now means coming.
    all("reminders26_calls.jsonl", 28),
    // Reminder round 27 (`gen_reminders27.py`, committed before Bella ran on it):
    // winter 2027, the default business in eight zones; "yeah no, that's fine", "you
    // bet", a yes with a question, the day or time asked again, cancels with reasons,
    // moves relative to the appointment ("push it back an hour", "anything earlier
    // tomorrow?"), a taken slot, a quarter-hour and a Saturday, transfers, voicemails,
    // someone else answering, French. Blind 34/36 (score.py), 33/36 with the wording
    // (v01 relabelled: it refused "Bell", which "Bella Clinic" holds). Fixed: a doubt
    // settled in the same turn ("Tuesday? I thought it was Wednesday. Okay, Tuesday's
    // fine") is answered by its last sentence (it looped to 25 turns: reminder answers
    // were never judged by the no-progress guard, and now are); "anything earlier
    // tomorrow?" is a move; "wrong house" a wrong number; "10:30 is fine" a yes.
    // Eight variants (`v03`-`v10`) after: 2/8 with the start binary, 8/8 now.
    all("reminders27_calls.jsonl", 44),
    // Reminder round 28 (`gen_reminders28.py`, committed before Bella ran on it): spring
    // 2028, the default business in seven zones and the Prince George clinic; yeses in
    // odd words ("with bells on", "wouldn't miss it"), questions back, doubts of the
    // day, cancels, moves with a window ("Thursday afternoon after 2", "Friday before
    // 11", nothing free in it), silence, transfers, a wrong number, voicemails. Blind
    // 38/40 (also with the wording). Fixed: "I had it down for Wednesday" is a doubt of
    // the day, not a move; "no wait, keep it, I'll come" at the cancel's read-back
    // confirms it. Five variants (`v`) after: 0/5 with the start binary, 5/5 now.
    all("reminders28_calls.jsonl", 45),
    // Written from probes (not blind): a weekday said alone after "next week sometime"
    // is next week's ("not this week, next week sometime" ... "Wednesday at 11" booked
    // this week's Wednesday); "this Wednesday" or a weekday with its date still the
    // day said. 2/5 on the binary before the rule. m01: a move, a cancel and a booking
    // in one turn moved the first appointment to the booking's time (the cancel and
    // booking read as one rebooking of the whole turn).
    all("probes26_calls.jsonl", 6),
    // Written from probes (not blind): two days joined by "or" ("the 14th or the 15th",
    // round 27's front-desk rule) in French too: "mardi ou vendredi" offered Friday's
    // times even with Tuesday free (the first day was dropped); now Tuesday's, and
    // Friday's when Tuesday is full, said so. 2/3 on the binary before the rule. c01:
    // "cancel both" said again after it is done names both appointments as done (only
    // the last one was named).
    all("probes27_calls.jsonl", 4),
    // A language asked for by name ("do you speak French?", "parlez-vous anglais?"):
    // answered yes in it, or "only in English", as a hold (written after the rule);
    // la-08 to la-11, a language the business does not speak ("do you speak
    // Spanish?", "parlez-vous espagnol?"): "only in English or French" (0/4 before with the wording; la-10 was booked under the name "Parlez-Vous Espagnol").
    all("lang_asked_calls.jsonl", 11),
    // A reminder's callee asks which service it is for ("is that the check-up or the
    // shots?", "which one is that, the exam or the vaccines?", "c'est-tu pour le
    // suédois?"): what it is for and with whom is said, then the question again
    // (written after the rule, found by pv29; 1/5 before: rw-04, its yes in the same
    // turn).
    all("reminder_which_calls.jsonl", 5),
    // Probe round 17, written blind (`gen_probe17_business.py`, committed before Bella
    // ran on it): services, staff, FAQ, known callers and reminders on a Saskatoon
    // dental office (`dental_saskatoon.toml`: a 10-minute grid, two evenings, a dentist
    // and two hygienists), a Moncton barbershop (`barber_moncton.toml`: short services,
    // a Sunday) and a Yellowknife tire shop (`tire_yellowknife.toml`: bays as
    // resources, the crew's lunch, Victoria Day). Blind: 59/60 (score.py), 58/60 with
    // the wording. Fixed: "do you guys do tire storage?" (an FAQ topic, not the service
    // list), "can I push my alignment to Saturday?" (a move), and an `insurance`
    // question no longer also read as `payment` (which hears "insurance"). Variants
    // added after (ids `v`). 65/65.
    all("probe17_business.jsonl", 65),
    // Probe round 18, written blind (`gen_probe18_business.py`, committed before Bella
    // ran on it): services, staff, FAQ, known callers and reminders on a Halifax music
    // studio (`music_halifax.toml`: lessons of 30, 45 and 60 minutes), a Victoria nail
    // salon (`nails_victoria.toml`: overlapping service names, staff lunches) and a
    // Thunder Bay chiropractor (`chiro_thunder_bay.toml`: an hour-long assessment, a
    // Saturday morning, Canada Day). Blind: 56/62 (score.py), 52/62 with the wording.
    // Fixed: "do you do braces?" said not offered, a known caller's "for my son" in
    // the opening (no "Is this for you?"), "an hour-long piano lesson" beside a
    // half-hour "piano" phrase, "do I need a referral?" (no booking), "do you rent
    // instruments?" (`instrument_rental`), "Arvo" a name, not the afternoon. Variants
    // added after (ids `v`).
    all("probe18_business.jsonl", 70),
    // Probe round 19, written blind (`gen_probe19_business.py`, committed before Bella
    // ran on it): services, staff, FAQ, known callers and reminders on a St. John's
    // hair salon (`salon_st_johns.toml`: colour of 75, 120 and 180 minutes, a stylist
    // from noon, a renovation week), a Regina driving school (`driving_regina.toml`:
    // lessons of 30 to 120 minutes, lunch hours, topics of its own) and an Iqaluit
    // physio and massage clinic (`physio_iqaluit.toml`: massages of 30, 60 and 90
    // minutes). Blind: 66/66 (score.py), 64/66 with the wording. Fixed: "do you pick me
    // up?" (the topic `pickup`), "do you do motorcycle lessons?" (not the driving
    // lesson listed as "lesson"), a price question with a length in digits ("a
    // 90-minute lesson") asked again without "Sorry", and a person asked for outside
    // their own hours named as the reason (sal-03). Variants added after (ids `v`).
    all("probe19_business.jsonl", 71),
    // Services round 23, written blind (`gen_services23_calls.py`, committed before Bella
    // ran on it, task pv23): English service and staff calls on a new Kingston salon
    // (`salon_kingston.toml`: a cut and colour sold as one service, three stylists on
    // different days), the Regina barber and the Vancouver salon: services named
    // indirectly, two services in one appointment, stylists by a short name or "the
    // same guy as last time", days off, lunch and closing, questions mid-booking.
    // Blind: 46/59 (score.py), 45/59 with the wording. Fixed: two services joined by
    // "and" are the service sold as both, else the agent asks which (one at a time,
    // `two_services.rs`); "Alex", "Jay" (a short form of one first name); "the guy who
    // cut my hair last time", "whoever did my hair last time" (not "whoever"); "cover
    // my grey" (a word of a listed phrase); "wheelchair accessible" (the topic
    // `accessibility`); "anyone's fine": 59/59. Eight variants (`v`) after, 0/8 before
    // the fixes: 67/67.
    all("services23_calls.jsonl", 67),
    // Services round 24, written blind (`gen_services24_calls.py`, committed before Bella
    // ran on it, task pv24): English service and staff calls on a new Dawson Creek
    // hearing clinic (`hearing_dawson_creek.toml`: UTC-7 all year, an audiologist, a
    // practitioner and a nurse on different days), the Kingston salon, the Regina barber
    // and the example clinic: "what's the difference between X and Y?", two services in
    // one call, "anyone but Kim", "whoever's free first", people by title, changes at the
    // read-back, windows the length must fit. Blind: 48/65 (score.py), 40/65 with the
    // wording. Fixed: the difference answered (length, price); two services booked one
    // after the other (`offer_second`); titles (`says` of a resource, "the doctor"); a
    // phrase in its stems ("my ears cleaned"); "whoever's free first"; "I'd like Derek
    // to"; "do you bill"; length and price in one turn; "anyone's fine" after a refusal
    // keeps the time; a service's head word answering the service question: 64/65.
    // Eleven variants (`v`) after, 3/11 before the fixes (0/11 with the wording).
    // One may fail: hear-32v ("book the check then": "check" is too common a word to
    // name a service outside the service question, and "hearing check" is the
    // screening's). hear-31 ("fit me for hearing aids") passes since round 26.
    CallFile {
        name: "services24_calls.jsonl",
        least: 76,
        may_fail: 1,
    },
    // Services round 25, written blind (`gen_services25_calls.py`, committed before Bella
    // ran on it, task pv25): the groomer, the nail bar, the music studio, the driving
    // school, the chiropractors, the tutoring centre, the massage clinic, the imaging
    // clinic and the tire shop: services said loosely, add-ons, "the usual", kids and
    // pets, prices asked in passing, staff refused or off, late changes, closed days.
    // Blind: 40/51 (score.py), 39/51 with the wording. Fixed: "she's nine" is an age,
    // not a time; "the highway one instead" is no 1 o'clock; "switch to Jess"; "could
    // Kyle give ..."; "get her groomed" ("grooming"); "a shellac manicure" (a phrase and
    // its service's last word); "do you teach drums?"; "the extended one", "the 60 and
    // the 90 minute" compared; "is the trial lesson free?": 49/51. Ten variants (`v`)
    // after, 4/10 before the fixes: 8/10. The four left (chi-04, mas-03, mas-21v,
    // mus-23v: a price or difference question taken as a booking, "the first lesson"
    // read as the 1st) pass since round 26.
    CallFile {
        name: "services25_calls.jsonl",
        least: 61,
        may_fail: 0,
    },
    // Services round 26, written blind (`gen_services26_calls.py`, committed before Bella
    // ran on it, task pv26): a new Saskatoon physio and athletic therapy clinic
    // (`physio_saskatoon.toml`) and a new Lethbridge tattoo and piercing studio
    // (`tattoo_lethbridge.toml`), with last rounds' leftovers on the music studio, the
    // massage clinic, the chiropractors and the hearing clinic: what is offered, prices
    // and lengths first, staff by name or title, "whoever's free", a session past
    // closing or across a break, days off and away, the second service right after, a
    // question about one service and another booked. Blind: 33/43 (score.py), 32/43
    // with the wording. Fixed: a question's service words ask for no booking ("what
    // does a first visit cost?"); "does Jenna do dry needling?" answered; "does anyone
    // there do IMS?" is no line check; whether it is sold and its price in one turn;
    // "thanks anyway" ends the call; 7 to 11 in the evening where only the evening is
    // open; a service name with "first" is no date; "fit me for hearing aids"; "tape my
    // ankle", and "my ankle" names no service; lengths compared are no time, "the 90"
    // names one; the first free in the file's order: 42/43. Twelve variants (`v`)
    // after, 3/12 before the fixes (2/12 with the wording): 12/12. One may fail: tat-01
    // (the name "Riley Many Fingers": "many" is a stop word to the name extractor).
    CallFile {
        name: "services26_calls.jsonl",
        least: 55,
        may_fail: 1,
    },
    // Services round 27, written blind (`gen_services27_calls.py`, committed before Bella
    // ran on it, task pv27): a new Fredericton portrait studio (`photo_fredericton.toml`:
    // services of 15 to 120 minutes, a photographer for newborns and maternity off on
    // Saturdays, one for pets off on Tuesdays and away a Friday, an assistant for
    // passport photos only, a closed Friday, topics of its own): services by phrase or
    // paraphrase, numbers that are no times ("there's four of us"), services not sold,
    // prices, lengths and FAQ first, staff by name, last name or title, "not with",
    // "whoever's free first", the same photographer as last time, days off, changes at
    // the read-back, two services, kids. Blind: 51/52 (score.py), 50/52 with the
    // wording. Fixed: a three-letter word of a phrase after "my", "our" ("pictures of
    // my dog"); a trade's verb asked of something not sold ("do you photograph
    // weddings?", "can you restore an old photo?"); "no thanks, just the family one"
    // declines the second service: 52/52. Ten variants (`v`) after, 6/10 before the
    // fixes (2/10 with the wording): 10/10 ("family first, please" answering which of
    // two comes first was fixed on the way).
    all("services27_calls.jsonl", 62),
    // Services round 28, written blind (`gen_services28_calls.py`, committed before Bella
    // ran on it, task pv28): a new Prince George physio and massage clinic
    // (`physio_prince_george.toml`: a 15-minute grid, services of 30 to 90 minutes, a
    // physiotherapist off Saturdays who alone does acupuncture and orthotics, one off
    // Mondays and away a Friday, a massage therapist off Wednesdays with a lunch hour,
    // Family Day closed): services named by the need ("my back's killing me", "insoles",
    // "a deep tissue"), staff by first name or title, staff who don't do the service or
    // are off, "whoever's free", lengths, two services, windows with a person, services
    // not sold, FAQ topics. Blind 48/50 (score.py), 47/50 with the wording. Fixed: an
    // ailment told at the opening asks for a booking ("my knee's been bad since I
    // slipped"); "I'm due", "I'm sore", "it's swollen" name nobody; "can you do laser
    // therapy?" is something not sold: 50/50. Ten variants (`v`) after: 0/10 with the
    // start binary, 10/10 now.
    all("services28_calls.jsonl", 60),
    // Moves round 16 (`gen_moves16_calls.py`, written and committed before Bella ran on
    // it, task pv16): a shift with the day named ("move my Thursday one half an hour
    // earlier", "push my appointment on Friday back an hour"), a weekday and a time,
    // "the same time next week", two on file (by day, hour, position; "the Thursday
    // one" when the new time is asked), the tutoring centre and the groomer, a taken
    // time, moves given up; read-backs checked where two are on file. Blind: 16/26
    // (score.py), 13/26 with the wording. Fixed: a shift said with the weekday that
    // names the appointment, "make my Tuesday appointment an hour later" and "push
    // Thursday's back" as moves, a verb up to six words before "back", "my friday one
    // to the same time next week", "the Thursday one" at the new-time question; service
    // names keep the business's capitals: 25/26. Six variants (`v`) after: 31/32. b02
    // (the move's read-back names the service, "your French tutoring") passes since
    // moves round 17.
    all("moves16_calls.jsonl", 32),
    // Moves round 17 (`gen_moves17_calls.py`, written and committed before Bella ran on
    // it, task pn17): cancels and moves with one, two or three appointments on file, by
    // day, hour, position, service or person, "one of my appointments" (which one is
    // asked), "both", another number, a taken time, a new booking in the same breath;
    // the default business, the physio clinic and the tutoring centre. Blind with the
    // start binary: 28/41 (score.py), 17/41 with the wording. Fixed: "one of my
    // appointments" asks which and acts on the answer (which.rs), "my appointment with
    // Sarah" and "my massage" pick among those found, "the later one", "both", a move's
    // day said before a lookup by another number, a booking after the move ("and also
    // book another one") is not its new time, a move's read-back names the service:
    // 39/41. Eight variants (`v`) after: 47/49. May fail: q05 ("I need to reschedule my
    // appointment" with two on file: "my appointment" speaks of one, so the earliest is
    // read back, SPEC §3, and a "no, the Thursday one" puts it right; the case wanted
    // the question) and s03 (a booking then a move in one breath: the label, beyond the
    // SPEC, wants the booking said first; Bella makes the move). Round 26 (pa26): s01
    // and v05 relabelled `booked`, the booking said after the move is now made too.
    CallFile {
        name: "moves17_calls.jsonl",
        least: 49,
        may_fail: 2,
    },
    // Changes round 20 (`gen_changes20_calls.py`, written and committed before Bella ran
    // on it, task pm20): cancels, moves and checks said messily (another number given
    // with speech-to-text errors, "the one next week", "my Tuesday thing", windows,
    // taken and closed times then a second choice, "actually just cancel it", "wait,
    // keep it", a check then a change, today's and past appointments) and reminders (a
    // family member answers, "can I move it?", a greeting on a line answered as a
    // person), in five zones. Blind with the start binary: 45/57 (score.py), 44/57
    // with the wording. Fixed: a check asks "anything else?" and a change after it acts
    // on the appointment told; "keep it" / "leave it where it is" at a read-back;
    // a reminder's "but yes, she'll be there"; a greeting on a reminder; "the one next
    // week" and "my afternoon one" pick; "the week after" is a week later: 55/57.
    // Eleven variants (`v`) after: 65/68. Round 21 (task pm21) fixed the last three:
    // u08 ("I booked something for next week, push it back a day": with a shift the
    // week names the appointment), w08 ("my 2:30 to later that day, like 4": a clock
    // led to after the appointment's clock is the new time) and v06 ("my morning one
    // to Thursday at 3": a day led to by "to" drops the part of day said before it,
    // in the extractor): 68/68.
    all("changes20_calls.jsonl", 68),
    // Changes round 21 (`gen_changes21_calls.py`, written and committed before Bella ran
    // on it, task pm21): which of two or three (by day, time, service, "the later one",
    // "both"), cancel and rebook in one call, "same time next week", "an hour later",
    // "push it to the afternoon", taken times and windows, checks, appointments already
    // past, someone else's name or number, numbers in words, nothing found, changes of
    // mind at a read-back, a tax office with two services. Blind 52/68 (start binary
    // and the branch's first fixes alike). Fixed: "do I have anything Friday?" and "do
    // I still have the one next week?" are checks; "cancel my consultation" is a cancel
    // though "consultation" is a French booking word; a cancel with "get a new one" or
    // "book a new one for ..." is one move to that time; "don't cancel it, move it" at a
    // cancel's read-back moves it; an appointment already past is said to have passed
    // and a new one offered (a move's time booked instead); "the next day, same time"
    // after a refused start keeps that start's time; on merge, "the later one" of two
    // in the week said (a06), and "the day after instead, same time" as a move by a
    // day (c06). j01 (the not-found number said again) passes since round 23: that is
    // said and a new booking offered, no longer a failed answer that ends in a transfer.
    all("changes21_calls.jsonl", 68),
    // Changes round 23 (`gen_changes23_calls.py`, written and committed before Bella ran
    // on it, task pm23): the appointment named indirectly ("my one next week", "the
    // 10:30", "the 2 o'clock", "my usual with Dr. Dhaliwal"), a move said as a problem
    // ("I can't make Tuesday anymore", "something came up for Friday"), several things
    // in one call, polite cancels ("give up my spot", "bow out of"), "any time
    // Thursday", "first thing", "end of day", corrections at a move's read-back, a
    // mother's, son's or wife's appointment, numbers in words with no caller id,
    // nothing on file, a Brandon vet (`businesses/vet_brandon.toml`), eleven zones.
    // Blind 46/62 (score.py), 44/62 with the wording checks. Fixed: a spot given up or
    // a visit no longer needed is a cancel; a time the caller cannot keep ("not going
    // to be able to make", "something came up", "won't get there") is a move; "push
    // the 2 o'clock back", "push Coco's dental an hour later" are moves; "when is
    // Max's next checkup?", "checking on my dad's appointment" are checks; the
    // not-found number said again is told and a new booking offered (no loop to a
    // transfer; en-ho3-call-23 and scripts' cancel-not-found-offers-booking relabelled
    // from `transferred`). "We won't be needing Rusty's checkup" is a cancel. Now 69/72
    // with ten variants (`v`). May fail: c01 and c05 (a second request after a change
    // is never heard: the call ends with the change), f08 ("my Friday appointment to
    // the earliest you've got": Friday's times are offered, not the earliest from now).
    // Round 26 (pa26, requests.rs): c01 and c05 pass, the request after the change is
    // heard.
    CallFile {
        name: "changes23_calls.jsonl",
        least: 72,
        may_fail: 1,
    },
    // Changes round 24 (`gen_changes24_calls.py`, written and committed before Bella ran
    // on it, task pm24): moves said relatively ("push it back an hour", "a week later",
    // "earlier that day, like around 11", "the earliest you've got" after the
    // appointment's day), two appointments, another phone, numbers in pieces, a number
    // not found then corrected, checks ("did I book for Tuesday or Wednesday?"), cancel
    // and rebook, changes of mind, closed days and Good Friday, four businesses (a new
    // Charlottetown foot clinic, `businesses/foot_charlottetown.toml`). Blind 52/70
    // (score.py), 51/70 with the wording checks. Fixed: checks ("did I book", "what
    // time was I booked", "I forget which day", "when is Shadow booked in"); moves
    // ("my X moved/pushed", "can my X go to", "a week later" or "sooner" of the
    // caller's own, "earlier that day" after "I'm booked"); a self-correction ("...
    // no wait, can we move it instead") takes the request after it; "the earliest"
    // with the appointment's own day offers the earliest from now; a clock after
    // "earlier/later that day" is the new start; another number said at the new-booking
    // offer after a not-found is looked up; the extractor no longer drops "no wait, make
    // it 11". Now 68/70, twelve variants (`v`) 2/12 before, 11/12 after: 79/82. May
    // fail: n02 and v12 ("moved earlier/later that day, is 9 open?": the question's
    // clock is not read, that day's earlier/later times are offered) and e01 (a check
    // after a cancel is never heard: a change still ends the call, one change a call;
    // telling the other appointments before the goodbye was tried and dropped, as
    // moves16's wording checks say the other one is never spoken).
    // Round 26 (pa26, requests.rs): e01 passes, the check after the cancel is heard.
    CallFile {
        name: "changes24_calls.jsonl",
        least: 82,
        may_fail: 2,
    },
    // Changes round 25 (`gen_changes25_calls.py`, written and committed before Bella ran
    // on it, task pm25): spouses and parents calling for each other ("I think it's under
    // my husband's number"), a caller who does not know the date, "the same time but
    // next month", "a couple of weeks out", two changes in one call, a change then a
    // question, and three businesses new to these rounds (the Saskatoon dentist, the
    // Yellowknife tire shop, the St. John's salon). Blind 24/41 (score.py), 23/41 with
    // the wording checks; m03 and h02 relabelled (their personas had no answer to the
    // offers). Fixed: checks ("check what time her appointment is", "I don't remember
    // when", "if I'm booked", "have me down for", "tell me the day", "what day was that
    // again"); moves ("push me/bump me to 2", "can my X be the same time next week", "a
    // couple of weeks" out); "... actually, could I just ..." takes the request after
    // it; "the Monday after" said before the appointment is found is after its own day;
    // "over to Megan" asks for Megan. Now 37/41, ten variants (`v`) 3/10 before, 10/10
    // after: 47/51. Then, on main: two changes of two appointments in one turn make the
    // one said last, read without the first's words (m01: the cancel took the day the
    // move named and cancelled the wrong one). May fail: t03 (the same with no move
    // word: "the changeover can go to Friday at 1" is not read as a move, so the cancel
    // still takes the changeover's day), m11 ("my son has an appointment Friday, can we do
    // Monday": a third person's appointment reads as a booking), m12 ("Tuesday then"
    // while Tuesday the 25th is offered is read as the coming Tuesday), x06 (the
    // question asked with the move is not answered: a change ends the call). Round 26
    // (pa26): x06 passes ("direct bill Blue Cross" is the insurance topic); t03 still
    // fails (no move word, so no second request is heard).
    CallFile {
        name: "changes25_calls.jsonl",
        least: 51,
        may_fail: 3,
    },
    // More than one request in a call, round 26 (`gen_multi26_calls.py`, written and
    // committed before Bella ran on it, task pa26): two changes of two appointments in
    // one turn, a change then a check, a question (the Lethbridge physio clinic's FAQ)
    // or a booking, the request said again after it is done, one-request changes that
    // must not loop, French. Blind with the start binary: 26/33 (score.py), 14/33 with
    // the wording (t01 then relabelled: a bare "wednesday" is the next one). Fixed
    // (requests.rs): a cancel or a move asks "anything else?" instead of ending the
    // call, later requests said in the turn are done in turn, a request of the call said
    // again is "already done", "the other one" after a change is not the one changed,
    // the call's outcome is its last change (or a booking after it): 32/33. Ten
    // variants (`v`) after: 1/10 with the start binary, 10/10 now. k01 ("book two
    // appointments, Monday and Wednesday at 10") passes since round 27 makes both
    // bookings (pa27), relabelled: its Wednesday is the next one (SPEC §2), as t01's.
    all("multi26_calls.jsonl", 43),
    // More than one request a call, round 27 (`gen_multi27_calls.py`, written and
    // committed before Bella ran on it, task pa27): two bookings in one call (said up
    // front, "one for me and one for my son", "and can I book one for my wife too?" at
    // the read-back or after "anything else?"), a booking with a cancel or a move in
    // either order, "cancel both", a cancel and a check, a move and a question (the
    // Lethbridge and Gatineau physio clinics' FAQ), one-booking calls that must not ask
    // "anything else?", French. Blind: 26/40 (score.py), 16/40 with the wording. Fixed
    // (requests.rs): a booking turn that asks for two makes both (the second keeps the
    // caller's name or asks the other person's, and the number unless another is
    // given; "Friday at 1 and 1:30" keeps Friday); a request said with the yes of a
    // read-back or of "Is this for you?" is done after it; a booking or a check said
    // first, then a change, are done in order; "cancel both" asks "anything else?";
    // "cancel X and book a new one for my husband" is his booking, no move: 39/40.
    // Ten variants (`v`) after: 0/10 with the start binary, 9/10 now. May fail: f05
    // (" pis me dire c'est quand mon autre?" after a cancel is not heard as a check)
    // and v10 (a booking and a check in one turn: the check takes the whole turn).
    CallFile {
        name: "multi27_calls.jsonl",
        least: 50,
        may_fail: 2,
    },
    // More than one request a call, round 28 (`gen_multi28_calls.py`, written and
    // committed before Bella ran on it, task pa28): a booking and a question (hours,
    // address, parking, price; the bilingual Ottawa clinic), a check then a change, two
    // bookings ("back to back", "the same time the week after too"), a change and a
    // booking for someone else, requests with a yes or a no, "anything else?" in odd
    // words, thanks or silence, Quebec and Acadian French. Blind: 41/50 (score.py),
    // 39/50 with the wording. Fixed (requests.rs): "back to back", "one after the
    // other", "right after (mine)" start the second booking when the first ends; "the
    // same time the week after" beside a booking (or "... too" with a yes) is a second
    // booking, a week after the first, never a move; a change then a booking asked in
    // its own words for someone else or another one ("but can you book my mom in",
    // "pis j'en voudrais un pour mon garçon", "j'en prendrais un autre") is done after
    // it; "when's the Monday one?" is a check; the hours asked beside a request at the
    // opening are told; "her name is Rose Gill" in a request for someone else is the
    // name. Now 49/50; ten variants (`v`): 0/10 with the start binary (3/10 on
    // outcomes), 10/10 now. May fail: f04 ("pis la même heure la semaine d'après
    // itou": two bookings now, but the French "la semaine d'après" is read as next
    // week's Monday, not the first booking's day a week on, as "la semaine suivante"
    // is in v06).
    CallFile {
        name: "multi28_calls.jsonl",
        least: 60,
        may_fail: 1,
    },
    // Changes round 26 (`gen_changes26_calls.py`, written and committed before Bella ran
    // on it, task pm26): one request a call; someone else's appointment, moves relative
    // to the appointment ("an hour later", "the day after, same time", "bump it up a
    // day"), moves to a window, two or three on file, Thanksgiving and closed days, "next
    // Friday", changes at the read-back, nothing on file, and two businesses new to these
    // rounds (a Sudbury optometrist, a Lethbridge groomer). Blind 38/49 (score.py and the
    // wording checks alike). Fixed: a when-question about a booking told of ("has an
    // appointment ..., when is that again?", "what time was it?", "what time am I
    // dropping Daisy off?") is a check; a booking told of ("I'm in on Friday at 11", "my
    // husband is booked in") with a time relative to it or "instead" is a move; "the day
    // after/before, same time" with the day naming the appointment; "my 2 o'clock to 4"
    // is no window; "back to 1" after a word of moving; "that afternoon" in a move is the
    // appointment's day; "same time" with another person keeps the start; the service
    // after "cancel" picks among two told of. Now 49/49; ten variants (`v`) 0/10 before,
    // 10/10 after.
    all("changes26_calls.jsonl", 59),
    // Changes round 27 (`gen_changes27_calls.py`, written and committed before Bella ran
    // on it, task pm27): one request a call, ten zones the change rounds used least
    // (Moncton, Goose Bay, Glace Bay, Iqaluit, Rankin Inlet, Yellowknife, Inuvik,
    // Whitehorse, Fort Nelson, Cambridge Bay) around Good Friday and Easter Monday, and
    // two businesses new to these rounds (the Thunder Bay chiropractor, the Dawson Creek
    // hearing clinic). Blind 44/54 (score.py), 43/54 with the wording checks. Fixed: the
    // holder's first name said ("my partner Jordan's") or, with the caller's own name
    // said, a relative's ("it's Megan, my kid's one") picks among several under one
    // number; "which day is that on", "what time I'm booked for", "has something
    // booked", "who am I seeing/booked with" are checks (not who answers), and a check
    // at a business with several people says whom it is with; "the same time the
    // following week" and "could we do Saturday morning instead?" as the request are
    // moves; "my appointment's" tells of one; "cancel my massage but keep the
    // adjustment" picks the service before "but". Now 54/54; ten variants (`v`) 0/10
    // before, 10/10 after.
    all("changes27_calls.jsonl", 64),
    // Changes round 28 (`gen_changes28_calls.py`, written and committed before Bella ran
    // on it, task pm28): relative moves ("push it back an hour", "same day but
    // earlier", "can I come in sooner?"), other phones and other people's numbers (said
    // in pieces, corrected), two or three on one number (by day, service, person, "the
    // one on the 20th" with none then), changes of mind, checks, moves into windows,
    // full, closed and past times, odd input; the St. John's dental office and the
    // Iqaluit physio clinic. Blind 53/58 (score.py and the wording checks alike).
    // Fixed: "is my daughter still booked in for Friday?" is a check; "could you take
    // it off?", "take my checkup off" of the caller's own is a cancel ("I'll rebook in
    // the fall" keeps it one); the caller's own service after "my" reads as their
    // appointment ("sooner for my filling" a move, "is my massage on Friday with
    // Leah?" a check); a number said with the "no" at a change's read-back ("not mine,
    // it's under his number ...") is looked up for the same change. Now 58/58; nine
    // variants (`v`) 1/9 before, 9/9 after.
    all("changes28_calls.jsonl", 67),
    // Calls that go round in circles, found by random personas built from every
    // file's utterances (`random_personas.py`): the name or number said again while
    // another question stands, the same impossible change asked again, page after page
    // of offers turned down. With the start binary five ran to the simulator's 30 agent
    // turns; now the third stuck turn puts the caller through (`progress.rs`), and after
    // three pages of offers the caller is asked for a day and time of their own
    // (`booking.rs`). Two repeats, answered questions and stalls still book.
    all("loops18_calls.jsonl", 8),
    // Messy round 22 (`gen_messy22_calls.py`, written and committed before Bella ran on
    // them, task pe22), the default business in ten zones: rambles, two slots corrected
    // in one answer, spellings in pieces, a number over two turns, questions back,
    // "whatever works", holds, the name and the time changed at the read-back, fillers,
    // speech-to-text homophones, closed days and holidays, past times, the caller id
    // withheld, transfers, silences. Blind: 49/65 (x-06 and h-09 then put right against
    // SPEC's letter). Fixed: "whatever works" is "whenever"; a word spelled in pieces
    // ("K-O-W... A-L-S-K-I", "F-E double R, E-I-R-A"); "it's Nadeau, ..., first name
    // Luc"; "Thomas Baker officially"; "i said 10, not 10:30" and "the time is 3" at the
    // read-back; "under my wife's name, ..."; "won thirty"; "2:30... no, 2. 2 is
    // better"; "Thanksgiving Monday"; "the Monday after then, same time"; a day ruled
    // out of the caller's week and then asked for: 65/65. Twelve variants after (ids
    // `v-`, Charlottetown): 8/12 at first, 77/77 after.
    all("messy22_calls.jsonl", 77),
    // Messy round 23 (`gen_messy23_calls.py`, written and committed before Bella ran on
    // them, task pe23), English booking calls on the default business: fillers and false
    // starts, answers buried in chat, numbers over two turns or with an extension, names
    // spelled before or instead of being said, repeats at every step, holds, read-back
    // answers that end the call ("ok, bye", "sounds good thanks"; "bye" alone books and
    // moves nothing), questions mid-booking, the number called from offered, "today" in
    // St. John's, Regina, Vancouver and Halifax, windows with nothing free, closed days,
    // transfers, corrections at another question or at the read-back. Blind: 65/72
    // (z-06 then put right: SPEC §3 does not say which "nearest" times follow a time
    // already past, so the caller now names one). Fixed: "Jen, Jenna Morrow" (a short
    // name then its long form); a title after the name ("Grace Okafor, Dr. Hill ...");
    // "Chris with a K, K-R-I-S, Kris Olsen"; "Szymanski. ... First name Paul"; "bye"
    // alone at a read-back books, moves and cancels nothing: 72/72. Ten variants after
    // (ids `v-`, Halifax): 5/10 on main's binary, 10/10 now.
    all("messy23_calls.jsonl", 82),
    // Messy round 24 (`gen_messy24_calls.py`, written and committed before Bella ran on
    // them, task pe24), English booking calls on the default business in seven zones
    // and on the Regina tax office: goodbyes at every question and at the read-back,
    // numbers in pieces over turns, corrections in one answer ("Tuesday, no, Wednesday
    // at 3", "scratch that"), someone else's name, short forms then full names, spelled
    // names, stories with the answer buried, "around noon", "after lunch", "first
    // thing", "end of the day", windows kept, "the earliest", repeats and stalls in a
    // row, silence. Blind: 50/64 (score.py), 46/64 with the wording checks. Fixed:
    // "okay bye", "that's all, thanks, bye" at the name, number, time or service
    // question ends the call (no failed answer, no transfer); a goodbye at a read-back
    // that is no yes ("bye", "no, that's all, bye", "non merci, au revoir") says that
    // nothing was booked (or the appointment is left as it is); a window stays when
    // the day is changed at the read-back and the time carried over; a common short
    // form then the full name ("Bob, well Robert Smith", "Will, William, Will
    // Tremblay") and a first name spelled then the full name give the full name. Ten
    // variants after (ids `v-`, Toronto): 1/10 with the start binary, 10/10 after.
    // s-05 ("monday before work, I start at ten") passes since round 26 read the
    // caller's own day as a window (before 10).
    all("messy24_calls.jsonl", 74),
    // Messy round 25 (`gen_messy25_calls.py`, written and committed before Bella ran on
    // them, task pe25), English booking calls on the default business in Whitehorse and
    // Kelowna and on the Yellowknife tire shop, the Iqaluit physio clinic and the
    // Thunder Bay chiropractor: talking over the questions, two answers at once, minds
    // changed twice, numbers put right ("0192, no sorry, 0129"), "quarter past", "half
    // nine", relative days, "what was that?" after the offers, titles, noisy callers.
    // Blind: 43/48. Fixed: "half nine" is 9:30; services named with a take-back word
    // between them give the one said last; a bare hour said twice ("9 is fine, keep 9",
    // "10, 10 is fine") at the read-back is a time. Ten variants after (ids `v-`): 4/10
    // on main's binary, 10/10 now.
    all("messy25_calls.jsonl", 58),
    // What a front desk hears besides bookings (written from probes of the session
    // after round 23, not blind): a common question a business has no `[faq]` answer
    // for ("where are you located?", walk-ins, parking) is said to be unknown, and the
    // call goes on; a matter only the team can act on, said at the opening ("I'm
    // running late", "I got a missed call from this number", "I left my scarf there"),
    // is put through at once instead of taken for a booking; with a booking, a move
    // or a check asked too, that is read; "hello? can you hear me?" and "how are
    // you?" are answered in kind, and "what do you have available?" at the time
    // question offers the earliest free times; none counts as a failed answer.
    // English and French.
    all("frontdesk24_calls.jsonl", 18),
    // Front-desk round 26 (`gen_frontdesk26_calls.py`, written and committed before
    // Bella ran on them, task pf26), English calls on the default business across
    // Canada's zones, the new Winnipeg dental clinic (no transfer number) and the
    // Charlottetown foot clinic: windows said as the caller's own day ("before work, I
    // start at ten", "I finish at 4"), the part of the day said again to its offers,
    // messages for the team, "is Dr. Lee in today?", spelled names, particles,
    // "double"/"triple" digits, numbers put right at the read-back, speech-recognition
    // text. Blind: 32/45 (28/45 with the wording checks). Fixed: "I start (work) at
    // 10", "my shift starts at 1" bound before, "I finish / get off / I'm done at 4"
    // after; the offered part or window said again takes the earliest offer; "leave /
    // pass / take a message" is the team's matter; with no transfer number and the
    // business open, "call us back a little later, we're open until 5 today" instead of
    // "during our opening hours". Eleven variants after (ids `v-`): 3/11 on main's
    // binary, 11/11 now.
    all("frontdesk26_calls.jsonl", 56),
    // Front-desk round 27 (`gen_frontdesk27_calls.py`, written and committed before
    // Bella ran on them, task pf27), English booking calls on the default business from
    // St. John's to Whitehorse, phrased as people talk: "around noon", "first thing",
    // "end of day", "sometime next week but not Monday", "the 14th or the 15th", "any
    // day but Friday", corrections in one turn and at the read-back, stalls, holidays
    // (`closed`), and odd turns (empty, very long, emoji, digits only, "yes" or "no" to
    // everything, noise). Blind: 61/67 (the same with the wording checks); one relabel
    // (z-07: "tuesday" alone is the next Tuesday, SPEC §2). Fixed: a spelling announced
    // after a lower-case name ("anna kowalczyk that's k o w...") is no part of it;
    // "the 14th or the 15th" tries the second day when the first has nothing free; "just
    // not tomorrow", "not today" rule out that date; a word said three times or more
    // ("la la la") is no name; a number alone at the opening asks for nothing, the
    // caller is asked what they would like. Ten variants after (ids `v-`): 3/10 on
    // main's binary, 10/10 now.
    all("frontdesk27_calls.jsonl", 77),
    // Front-desk round 28 (`gen_frontdesk28_calls.py`, written and committed before
    // Bella ran on them, task pf28), English booking calls from messy callers in
    // Whitehorse (a Friday afternoon), Regina, St. John's, Halifax and Iqaluit (the day
    // before Canada Day, closed): stalls and repeats in new words, corrections of one or
    // two slots at the read-back, everything in one turn, offers picked by position or
    // relation, windows said late or changed, odd input. Blind: 58/64 (two cases
    // rewritten after it, a-04 and a-05: their personas had no name to give). Fixed:
    // "the later/earlier of the two" picks an offer (it paged); "it's for NAME, NUMBER"
    // at the name question names the caller; a corrected name said again in full after
    // a remark on its letters ("lee, no, leigh with a g h, leigh armstrong") is the full
    // one; "it's rob not bob" at the read-back swaps that part and keeps the surname.
    // Ten variants after (ids `v-`): 0/10 on main's binary, 10/10 now.
    all("frontdesk28_calls.jsonl", 74),
    // Changes round 29 (`gen_changes29_calls.py`, written and committed before Bella ran
    // on it, task pm29): English cancels, moves and checks on the default business
    // (Halifax to Vancouver), a Winnipeg dental clinic and a Kingston hair salon: other
    // phones and a son's, wife's or mother's booking, two on one number, moves to taken,
    // closed, after-hours and past times, a move corrected, a cancel turned into a move,
    // "actually keep it", checks then changes, read-back corrections, stalls and
    // fillers. Blind 64/67 (score.py and the wording checks alike). Fixed: "I've got two
    // on Thursday" counts appointments, no 2 o'clock (bella-extract's time scan); "the
    // one next week", "no, the Tuesday one", "the other one" at a move's read-back moves
    // that other appointment to the same new time; "who's doing my hair on Saturday?"
    // is a check of the person. Now 67/67; ten variants (`v`) 2/10 before, 10/10 after.
    all("changes29_calls.jsonl", 77),
    // Services round 29 (`gen_services29_calls.py`, written and committed before Bella
    // ran on them, task pv29), English service and staff calls on the new Red Deer vet
    // clinic (`businesses/vet_red_deer.toml`: two vets and a vet tech with their own
    // days, lunches and an away day, services of 15 to 90 minutes, Family Day closed,
    // `fasting`, `pet_insurance`, `exotics` topics): needs ("my dog's been limping",
    // "shots for my puppy", "his nails are too long"), people by name or title ("the
    // tech", "the surgeon", "Marc"), people off or not doing the service, "whoever's
    // free", lengths, lunch and closing, services not sold, FAQ, windows with a person,
    // changes at the read-back. Blind: 49/51 (48/51 with the wording checks). Fixed:
    // "whoever's free then, at 10" after the person asked for was refused keeps the day
    // refused, not the day of that person's offers; animal and household trades
    // ("board", "groom", "train", "walk"...) asked with "can you" are not sold; a
    // one-word topic in "-ing" is asked by its verb after "to" or a pronoun ("does she
    // need to fast?"). Ten variants after (ids `-v`): 7/10 on main's binary (3/10 with
    // the wording checks), 10/10 now.
    all("services29_calls.jsonl", 61),
    // Reminders round 29 (`gen_reminders29.py`, written and committed before Bella ran
    // on them, task pv29): the Red Deer vet clinic and the default business; yeses in
    // pet owners' words, "something came up", "can we push it to next week", moves onto
    // Family Day and onto the person's day off, who the appointment is with, FAQ at
    // the reminder. Blind: 27/28 (24/28 with the wording checks). Fixed: "which vet is
    // that with?", "is that with the tech?" ask whom it is with (answered, not the
    // read-back repeated), so do "who will we be seeing?" and the like; "we'll come",
    // "we're coming" are yeses; the `fasting` topic by "fast". Six variants after (ids
    // `v`): 5/6 on main's binary (0/6 with the wording checks), 6/6 now.
    all("reminders29_calls.jsonl", 34),
    // More than one request a call, round 29 (`gen_multi29_calls.py`, written and
    // committed before Bella ran on it, task pa29): a booking and a question (hours,
    // address, price, parking; the bilingual Ottawa clinic and the Winnipeg dental
    // clinic), two bookings for two people (back to back, the same time on other days,
    // two services), a booking then a cancel, a move and a check, three requests in a
    // turn, "oh and one more thing", a request with the read-back's yes, a request
    // changed mid-way ("make that two", "just the one for me"), a vague second one
    // ("and my wife too, whenever", "sometime that day"), Quebec and Acadian French.
    // Blind: 33/51 (score.py), 25/51 with the wording. Fixed (requests.rs, with
    // engine.rs, booking.rs, intent.rs): of two bookings, what the first leaves unsaid
    // is the second's ("at 3:30 and 4 on Friday", "this Friday and next Friday, both at
    // 10") and a cut falls after a clock ("on Monday, at 9 and 9:30"); "me for Monday
    // at 11 and my husband for ..." is two people; "..., and my husband needs one too,
    // sometime that day" adds his booking, on that day ("n'importe quand dans la
    // journée" too); "make that two appointments, one for my wife right after" and
    // "just the one for me" at the read-back, and "make that two" in a time answer;
    // "de suite", "right after, on Tuesday" are back to back; a check at the end of a
    // later part is cut from it ("tell me when the Thursday one is" is a check); "mon
    // autre rendez-vous" names the other; "my twins both need checkups" is two
    // bookings for two others, the second of the same service. Now 46/51 (41/51 with
    // the wording); eleven variants (`v`): 3/11 on outcomes with the start binary (1/11
    // with the wording), 11/11 now. May fail (10): q06, q09, x02, o01, o02, e07, e11 and
    // f04 ask their second thing after a booking, which ends the call by design
    // (requests.rs: no "anything else?" after a booking); k05 (two services for two
    // people: the two-services offer books both for the caller); x05 (a check, then
    // "book another one the same time the week after" is read as a move).
    CallFile {
        name: "multi29_calls.jsonl",
        least: 62,
        may_fail: 10,
    },
    // French calls, round 29 (`gen_calls_fr_round29.py`, committed before Bella ran on
    // it, task ps29): a new massage clinic in Lévis (`massotherapie_levis.toml`: French
    // service names, two therapists with their own hours, Good Friday and Easter Monday
    // closed, `receipts` and `gift_cards` topics) and the default business in Montréal,
    // Moncton, Gatineau and Winnipeg; "icitte", "à matin", "checker", "pantoute",
    // "mettons", "drette", "en fin d'avant-midi", "après le dîner", numbers with
    // "soixante-dix", "quatre-vingt-dix" and "deux fois cinq", repeats, stalls,
    // corrections, switches of language, cancels, moves, checks, reminders. Blind 56/58
    // (the same with the wording). Fixed: the anglicism "appointment" in a French turn is
    // a rendez-vous ("checker si mon appointment c'est ben mardi" is a check); "vous
    // dites?", "vous avez dit quoi?" as a whole turn repeat the question. Found probing
    // after it: "j'ai un rendez-vous demain pis faudrait le mettre à lundi" is a move;
    // "parler à du vrai monde" asks for a person; "un reçu"/"a receipt" is put through
    // as a matter for the team only where no FAQ topic of the business answers it; "I'd
    // like to buy a gift card", "je voudrais acheter une carte-cadeau" (no service
    // named) ask the FAQ, no booking; "non merci, c'est tout" at the service question,
    // none chosen or named, ends the call; "passez-moi quelqu'un" asks for a person;
    // "après le souper" is the evening ("vers 7 h" is 19:00). Twenty-six variants
    // (`v-`), 11/26 on main's binary (10/26 with the wording), 26/26 now.
    all("calls_fr_round29.jsonl", 84),
    // Front-desk round 29 (`gen_frontdesk29_calls.py`, written and committed before
    // Bella ran on them, task pf29), English booking calls from messy callers in
    // Vancouver, Edmonton (Thanksgiving week, closed Monday), Winnipeg, Regina, Moncton
    // and St. John's (NST), and at the new Nanaimo dental office
    // (`businesses/dental_nanaimo.toml`: a lunch break, Fridays until 1, Remembrance Day
    // closed): repeats and stalls in new words, an earlier answer corrected at a later
    // question, several answers in one turn, windows (after lunch, next week, "any
    // morning but Monday", nothing free), closed days, spoken digits, the number called
    // from, a person asked for, repeated trouble, hang-ups. Blind: 72/72 (score.py and
    // the runner's checks alike). Fixed on the variants: a day said alone while the name,
    // the number or the service is asked ("oh, and make it Wednesday instead") moves the
    // start already chosen to that day, its hour kept (it offered that day's first
    // times); "you went quiet there", "you're cutting out", "can you speak up?" ask for
    // a repeat; a number taken back for "the one I'm calling from" ("..., wait no,
    // that's work, use the one I'm calling from") gives the number called from; the
    // person booked for is named after "it's for her," or a bare "my husband," at the
    // name question (bella-extract `for_relation`); "the first morning you have" counts
    // mornings, no 1st of the month (bella-extract `day_of_month`). Variants (ids `v-`,
    // 30): 19/30 on main's binary, 30/30 now.
    all("frontdesk29_calls.jsonl", 102),
];

/// `testdata/*.jsonl` files that are not checked call cases, and the test reading each.
const OTHER_FILES: &[(&str, &str)] = &[(
    "wild_personas.jsonl",
    "calls.rs wild_personas_never_loop (no expected block: every call must end)",
)];

#[test]
fn every_call_file_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut problems = Vec::new();
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".jsonl"))
        .collect();
    on_disk.sort();
    for name in &on_disk {
        let listed =
            CALL_FILES.iter().any(|f| f.name == name) || OTHER_FILES.iter().any(|(f, _)| f == name);
        if !listed {
            problems.push(format!(
                "testdata/{name} is in no list: add it to CALL_FILES or OTHER_FILES"
            ));
        }
    }
    let mut total = 0;
    for file in CALL_FILES {
        let path = dir.join(file.name);
        let data = match std::fs::read_to_string(&path) {
            Ok(data) => data,
            Err(e) => {
                problems.push(format!("testdata/{}: {e}", file.name));
                continue;
            }
        };
        let (n, wrong) = scripted::failures(&data, scripted::check_line);
        eprintln!("testdata/{}: {}/{n} pass", file.name, n - wrong.len());
        total += n;
        if n < file.least {
            problems.push(format!(
                "testdata/{}: only {n} cases, at least {} expected",
                file.name, file.least
            ));
        }
        if wrong.len() > file.may_fail {
            problems.push(format!(
                "testdata/{}: {} of {n} failing (at most {} may):\n{}",
                file.name,
                wrong.len(),
                file.may_fail,
                wrong.join("\n\n")
            ));
        }
    }
    eprintln!("{total} calls in {} files", CALL_FILES.len());
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
