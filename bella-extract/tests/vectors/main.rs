//! The one test binary of `bella-extract`: every vector file, plus the properties.
//!
//! - [`every_case_in_every_vector_file_passes`] loads EVERY `testdata/*.jsonl` file
//!   (listed from the directory, so a new file runs without touching this code) into
//!   one [`case::Case`] type with one loader, runs each case through the extractors
//!   ([`check::check`]) and fails with one line per difference, naming the file, the
//!   line, the text and the rule that fired.
//! - Every case must pass. A file may only fall short by an entry in [`MIN_PASS`]
//!   (the converted public corpora, each with its reason); the number of cases in
//!   each known file may only grow ([`FLOORS`]).
//!   Every case of an `fr_*` file is French (`"lang": "fr"`).
//! - Beside the vectors, under the same binary: no-panic properties of every
//!   extractor ([`props`]) and of the French ones ([`french_props`]), French rule names
//!   and English turns under `lang` ([`french`]), time properties ([`time_props`]),
//!   time zones and DST ([`time_dst`]), combining turns ([`time_merge`]) and fuzz
//!   regressions ([`fuzz_regressions`]).
//!
//! Run one file's cases with `cargo test -p bella-extract --test vectors -- --nocapture`
//! and read the per-file counts it prints.

mod case;
mod check;
mod french;
mod french_props;
mod fuzz_regressions;
mod props;
mod time_dst;
mod time_merge;
mod time_props;

use bella_extract::Lang;
use std::path::Path;

/// Files allowed to pass less than every case, with the least share (percent) they
/// must pass and why.
const MIN_PASS: &[(&str, f64)] = &[
    // Duckling's English time corpus, the part that follows our SPEC
    // (`testdata/duckling/convert.py`; issue 15 asks for at least 92%): 300/303 pass,
    // the three left are Duckling's negatives "Rat 6", "rat 6", "Pay ABC 2000" (a bare
    // number in a short turn is a time by SPEC §2).
    ("duckling_time_en.jsonl", 99.0),
    // chrono-node's English time tests, the part that follows our SPEC
    // (`testdata/chrono/convert.py`): 137/148 at first, 148/148 after the hedged "in
    // about 5 hours", "12 hours from now", "10-August", "5 May 12:00" and "the second
    // half" fixes (two failing shorthand negatives, "1 m" and "15 hours 29 min", moved
    // to the exclusions). The floor is the final rate rounded down.
    ("chrono_time_en.jsonl", 100.0),
    // parsedatetime's English tests, the part that follows our SPEC
    // (`testdata/parsedatetime/convert.py`): 161/165 at first (one reference instant);
    // 163/163 after "05 Aug 5pm" (a number before p.m. is the hour, not the day of "Aug
    // 5") and "2 - 5:30pm" (a range to a strong end) were fixed and "11a", "12a" (a
    // glued "a" alone, which SPEC does not name) moved to the exclusions; then 321/321
    // with a second reference instant (Saturday evening, Vancouver).
    ("parsedatetime_time_en.jsonl", 100.0),
    // Microsoft Recognizers-Text's English DateTimeModel spec, the part that follows
    // our SPEC (`testdata/recognizers/convert.py`): 93/95 at first, 94/95 after "for
    // October, 1st"; left: "between 2:00 tomorrow and 4:00" (a day inside a window).
    ("recognizers_time_en.jsonl", 98.0),
    // Its French DateTimeModel spec (`"lang": "fr"`), the part SPEC-fr settles: 104/121
    // at first (104/118 once three turns with a part of day glued to an hour, which
    // SPEC-fr does not name, moved to the exclusions), 115/118 after "17 à 18",
    // "16-17 heures", "de 5 h à 7 h du matin", "lundi matin de 10 h à 12 h", "fév.",
    // "1140 a.m."; left: "10, ce soir", "sept et demie heures", "sept heures et dix".
    ("recognizers_time_fr.jsonl", 97.0),
    // ctparse's English time phrases (`testdata/ctparse/convert.py`, corpus.py and
    // auto_corpus.py of comtravo/ctparse): 210/237 blind, 234/237 after "2 Jan 1430"
    // (four digits after a month are a time unless they read as a year 1900-2099) and
    // "tomorrow 0930 - 1045" (two four-digit clocks dashed on a day said); left: "24
    // April 17" (a two-digit year), "Friday 14" and "Tuesday 11" (ctparse's day of the
    // month, Bella's hour: a weekday and a bare number).
    ("ctparse_time_en.jsonl", 98.0),
    // libphonenumber's number-finding tests and its NANP parsing tests
    // (`testdata/libphonenumber/convert.py`): 138/147 blind, 146/147 after an "x"
    // glued between digits after a "+" number ("+44 2034567890x456") was read as an
    // extension's mark; left: "800 234 1 111x1111" (without "+", digits glued to
    // letters stay a code, as "ID 403-555-0123x45" in `phone.jsonl` asks).
    ("libphonenumber_phone.jsonl", 99.0),
    // scrapinghub/dateparser's English tests (`test_search.py`, `test_date_parser.py`,
    // `test_languages.py`, `test_freshness_date_parser.py`), the part SPEC §2 settles
    // (`testdata/dateparser/convert.py`): 49/50 blind, 50/50 after "2016 july 13." (a
    // year right before a month name is not a clock). The floor is the final rate.
    ("dateparser_time_en.jsonl", 100.0),
    // Their French phrases (`"lang": "fr"`), the part SPEC-fr settles: 12/20 blind,
    // 20/20 once "aujourd'hui" written with eight other apostrophes ("ʼ", "＇", "′",
    // ...) was read like "'".
    ("dateparser_time_fr.jsonl", 100.0),
    // Chronic's (Ruby) parsing tests, the part SPEC §2 settles
    // (`testdata/chronic/convert.py`, test/test_parsing.rb of mojombo/chronic): 81/84
    // blind (82/85 once "quarter to 4" was kept), 85/85 once minutes "hence" and hours
    // followed by minutes ("24 hours and 20 minutes from now") were read. The floor is
    // the final rate.
    ("chronic_time_en.jsonl", 100.0),
    // Natty's (Java) JUnit date and time tests, the part SPEC §2 settles
    // (`testdata/natty/convert.py`, DateTest, DateTimeTest, TimeTest and SearchTest of
    // joestelmach/natty): 79/87 blind, 85/86 after "wed evening" (a short weekday before
    // a part of day), "365 days from now" and "750 minutes from now" (long counts before
    // their unit), "16:00 nov 6 to 17:00" and "6am dec 5 to 7am" (a day between a
    // range's two clocks), and "10a" alone moved to the exclusions (as in
    // parsedatetime's); left: "on the third band at 7:30" (an ordinal before a noun read
    // as a day).
    ("natty_time_en.jsonl", 98.0),
    // timefhuman's end-to-end tests over its history (`testdata/timefhuman/convert.py`):
    // 19/19 blind. The floor is the final rate.
    ("timefhuman_time_en.jsonl", 100.0),
    // Duckling's French time corpus (`testdata/duckling_fr/convert.py`, labelled by
    // `speclabel_fr.py`): 156/161 blind, 161/161 after "à quinze heures et quinze
    // minutes" (minutes with their unit after "à"/"vers"), "de 9h30 jusqu'à 11h" (an
    // elided "jusqu'à" joins a range's bounds), "11h30-1h30" (a dash glued to the
    // minutes before a clock is a range, not a phone run) and "lun." (a weekday's
    // abbreviation with its period). The floor is the final rate.
    ("duckling_time_fr.jsonl", 100.0),
    // chrono-node's French tests (`testdata/chrono_fr/convert.py`): 47/51 blind;
    // 50/50 after "RDV à 6.13 AM" and "8:10 - 12.32" (§2's "9.30" clock in French) and
    // "dans 5 mins", with "Dim 15 Sept" moved to the exclusions ("sept" is seven too).
    ("chrono_time_fr.jsonl", 100.0),
    // Duckling's phone-number corpus (`testdata/duckling_phone/convert.py`): 18/18
    // blind.
    ("duckling_phone.jsonl", 100.0),
    // olebedev/when's (Go) English rule tests (`testdata/when/convert.py`): 39/40
    // blind; the one left, "24:10" (an hour 24 Bella reads as 00:10, when as no time),
    // moved to the exclusions, as SPEC §2 does not settle it: 39/39.
    ("when_time_en.jsonl", 100.0),
    // Sherlock's (JavaScript) `tests.html` (`testdata/sherlock/convert.py`, at its twelve
    // reference instants): 600/648 blind; "Let's have lunch on the 3rd" (12) then moved
    // to the exclusions (SPEC names no meal): 600/636; 636/636 after "@2", "fri@3pm"
    // (an "@" glued to a number or a weekday is "at") and "3 hr from now" ("hr" is an
    // hour). The floor is the final rate.
    ("sherlock_time_en.jsonl", 100.0),
];

/// Known files and the fewest cases each may hold: a file that loses lines fails.
const FLOORS: &[(&str, usize)] = &[
    // 313 until ten cases the SPEC does not settle moved to `duckling/excluded.jsonl`
    // by reasoned rules of `convert.py` (named days, "at this time", "a few hours",
    // "the closest Monday to", British "half three", "from 2 pm" alone).
    ("duckling_time_en.jsonl", 303),
    // Made by `testdata/chrono/convert.py` from chrono-node's `test/en/*.test.ts`.
    ("chrono_time_en.jsonl", 148),
    // Made by `testdata/parsedatetime/convert.py` from bear/parsedatetime's tests.
    ("parsedatetime_time_en.jsonl", 321),
    // Made by `testdata/recognizers/convert.py` from microsoft/Recognizers-Text's
    // `Specs/DateTime/{English,French}/DateTimeModel.json`.
    ("recognizers_time_en.jsonl", 95),
    ("recognizers_time_fr.jsonl", 118),
    // Made by `testdata/ctparse/convert.py` from comtravo/ctparse's time corpora.
    ("ctparse_time_en.jsonl", 237),
    // Made by `testdata/libphonenumber/convert.py` from google/libphonenumber's tests.
    ("libphonenumber_phone.jsonl", 147),
    // Made by `testdata/dateparser/convert.py` from scrapinghub/dateparser's tests.
    ("dateparser_time_en.jsonl", 50),
    ("dateparser_time_fr.jsonl", 20),
    // Made by `testdata/chronic/convert.py` from mojombo/chronic's test_parsing.rb.
    ("chronic_time_en.jsonl", 85),
    // Made by `testdata/natty/convert.py` from joestelmach/natty's JUnit tests.
    ("natty_time_en.jsonl", 86),
    // Made by `testdata/timefhuman/convert.py` from alvinwan/timefhuman's tests.
    ("timefhuman_time_en.jsonl", 19),
    // Made by `testdata/duckling_fr/convert.py` from facebook/duckling's
    // `Duckling/Time/FR/Corpus.hs`, `testdata/chrono_fr/convert.py` from
    // wanasit/chrono's `test/fr/*.test.ts`, and `testdata/duckling_phone/convert.py`
    // from `Duckling/PhoneNumber/Corpus.hs`.
    ("duckling_time_fr.jsonl", 161),
    ("chrono_time_fr.jsonl", 50),
    ("duckling_phone.jsonl", 18),
    // Made by `testdata/when/convert.py` from olebedev/when's `rules/en/*_test.go`.
    ("when_time_en.jsonl", 39),
    // Made by `testdata/sherlock/convert.py` from neilgupta/Sherlock's `tests.html`.
    ("sherlock_time_en.jsonl", 636),
    // ASR-style English and French turns written blind from the SPEC by
    // `testdata/gen_asr_probe12.py` and committed before Bella was run on them: 56/62
    // English (the six left were the three families the round was asked to fix: "in 2
    // and a half hours", "2 hours 15 minutes" read as 14:00, "from 0930 to 1045" read as
    // an area code and 10:45), 38/38 French; 62/62 and 38/38 after; a second blind
    // batch `asr12b-` after the fixes: 38/38 and 13/13.
    ("asr_probe12_en.jsonl", 100),
    ("asr_probe12_fr.jsonl", 51),
    // ASR-style English turns written blind from the SPEC by `testdata/gen_asr_probe8.py`
    // and committed before Bella was run on them (155/157 passed then: "you know" inside
    // a spoken number, "kevin kevin wong"; a second blind batch `asr8r2-` after the
    // fixes: 60/60).
    ("asr_probe8_en.jsonl", 217),
    // Blind round 19, written from the SPECs by `testdata/gen_blind19.py` and committed
    // before Bella was run on them: 163/163 English and 115/116 French (a number of
    // eleven digits said in pieces cut to ten: "zéro, zéro, quatre-vingts, un"); a
    // second blind batch `b19b-`: 71/72 and 52/53 ("this is ridiculous", "c'est
    // difficile" read as names); then `b19v-` variants of those families, and two more
    // blind batches after the fixes, `b19c-` (56/56, 43/43) and `b19d-` (39/39, 30/30).
    ("blind19_en.jsonl", 337),
    ("blind19_fr.jsonl", 249),
    // Blind round 22, written from the SPECs by `testdata/gen_blind22.py` and committed
    // before Bella was run on them: 155/157 English and 91/93 French (a name the caller
    // goes by said after their name, "my name's Robert but everyone calls me Bob", "tout
    // le monde m'appelle Bob", read as the first; "c'est Mathieu, non excusez, Matthieu
    // avec deux T" kept the first); then `b22v-` variants written after the fixes (6/14
    // passed before them), and a second blind batch `b22b-` after them: 39/39 English,
    // 24/26 French ("on m'appelle souvent" read as a name; one label corrected to null:
    // "plus un huit cent cinq ..." reads "huit cent cinq" as 805, SPEC-fr §5.2).
    ("blind22_en.jsonl", 204),
    ("blind22_fr.jsonl", 125),
    // Blind round 23, written from the SPECs by `testdata/gen_blind23.py` and committed
    // before Bella was run on them: 138/147 English and 91/95 French ("Thanksgiving"
    // alone, "Family Day", "the day after the civic holiday", "the Tuesday after Family
    // Day", "I can't do anything before 11" read as before 11, "ten 15"; "le lendemain
    // de la Saint-Jean", "la veille de Noël"); then `b23v-` variants written after the
    // fixes (4/23 passed before them; "la veille de Noël" and "la fête du Canada" had
    // also been read as names).
    ("blind23_en.jsonl", 160),
    ("blind23_fr.jsonl", 105),
    // Blind round 24, written from the SPECs by `testdata/gen_blind24.py` and committed
    // before Bella was run on them, every reference instant in December 2026 (month and
    // year ends, Christmas to New Year's, Regina): 181/184 English and 113/113 French
    // ("my name's Priya, last name Patel" kept the given name alone, "Mary Two-Axe
    // Earley" stopped at "Two", "the 29th, between Christmas and New Year's" read New
    // Year's Day); then `b24v-` variants written after the fixes (1/11 English and 3/5
    // French passed before them).
    ("blind24_en.jsonl", 195),
    ("blind24_fr.jsonl", 118),
    // Blind round 26, written from the SPECs by `testdata/gen_blind26.py` and committed
    // before Bella was run on them, every reference instant in spring to fall 2027 (both
    // DST changes, Regina, St. John's, Whitehorse): 158/161 English and 95/96 French
    // ("my name is Bao, B-A-O, last name Tran" and "first name Tenzin, surname Dolma"
    // kept the given name alone, "before my 3 o'clock" read as a start at 15:00, "ici
    // Aminata N'Diaye" stopped at the "N'"); then `b26v-` variants written after the
    // fixes (0/10 English and 1/6 French passed before them), and a second blind batch
    // `b26b-`: 59/60 ("Ayesha here, calling about a cleaning" gave no name) and 41/42
    // (the "N'" family); a third, `b26c-`, after those fixes: 41/41 and 30/30; a
    // fourth, `b26d-`: 24/25 ("my name is Sipho, that's S-I-P-H-O, Dlamini" stopped at
    // the announced spelling) and 11/11.
    ("blind26_en.jsonl", 297),
    ("blind26_fr.jsonl", 185),
    // Blind rounds 28 and 29, written from the SPECs by `testdata/gen_blind28.py` and
    // `testdata/gen_blind29.py` and committed before Bella was run on them (see
    // `testdata/README.md`). Round 29, at New Year's Eve and Day 2028-29, a month
    // start and end, the 2029 spring change day, a non-leap February, Whitehorse,
    // Yellowknife: 157/158 English and 101/102 French blind ("the name is Tom, uh,
    // Thomas Kyikavichik" kept "Tom": a short form that does not start its long form;
    // "mon rendez-vous a duré 2 heures" read as 14:00); the second blind batch `b29b-`
    // (written with the first, committed before any run): 60/61 (a writer's slip,
    // relabelled: "twenty to 3" is 14:40) and 40/40; `b29v-` variants after the
    // fixes (and, found by probing, "ça a pris deux heures", the French "Max, euh,
    // Maxime Ouellette", "Hélène avec un accent, Hélène Caron", "Sophie avec un PH",
    // and the English "Renée with an accent, Renée ..."): 3/26 before, 26/26 after; a
    // third blind batch
    // `b29c-` after the fixes: 39/41 and 24/24 on the start binary (two more short
    // forms, "Jake, uh, Jacob", "Harry, um, Harold"), 41/41 and 24/24 now.
    ("blind28_en.jsonl", 224),
    ("blind28_fr.jsonl", 140),
    ("blind29_en.jsonl", 267),
    ("blind29_fr.jsonl", 184),
    ("confirm.jsonl", 57),
    // A copy of `shared/eval/dev/extract.jsonl`: 184 time, 86 phone, 85 name cases.
    ("dev_extract.jsonl", 355),
    // A copy of `shared/eval/dev/extract_windows.jsonl`.
    ("dev_extract_windows.jsonl", 60),
    ("extract_more.jsonl", 441),
    // A copy of `shared/eval/dev/extract_fr.jsonl`.
    ("fr_dev_extract.jsonl", 150),
    // Written by hand, formatted by `testdata/gen_fr_heldout.py`.
    ("fr_heldout.jsonl", 403),
    // French cases written blind from SPEC-fr.md before Bella was run on them (96/100
    // passed then; a second round `r2-`: 16/17), and `-vNN` variants of the families
    // fixed after.
    ("fr_heldout2.jsonl", 126),
    // Third blind round (phone and time only), written from SPEC-fr.md before Bella was
    // run on them (57/57 passed then; a second batch `r2-`: 17/18; a third `r3-`:
    // 19/19), and `-vNN` variants of the families fixed after.
    ("fr_heldout3.jsonl", 100),
    // Fourth blind round, written from SPEC-fr.md by `testdata/gen_held_out4.py` and
    // committed before Bella was run on them (130/131 passed then), and `-vNN` variants
    // of the families fixed after.
    ("fr_heldout4.jsonl", 141),
    // Fifth blind round, written from SPEC-fr.md by `testdata/gen_held_out5.py` and
    // committed before Bella was run on them (61/61 passed then).
    ("fr_heldout5.jsonl", 61),
    // Sixth blind round, written from SPEC-fr.md by `testdata/gen_held_out6.py` (oracle
    // and writer in `testdata/blindlib.py`) and committed before Bella was run on them
    // (106/107 passed then; a second blind batch `ho6b-`: 88/89; a third `ho6c-`,
    // written after reading the French name and number source: 48/48), and `-vNN`
    // variants of the two families fixed after.
    ("fr_heldout6.jsonl", 258),
    // French probe turns in Quebec and Acadian phone speech (speech-to-text style),
    // written from SPEC-fr.md by `testdata/gen_fr_probe7.py` before Bella was run on
    // them (211/219 passed then), and a second batch of variants of the families fixed
    // after ("tsé", "là" and "ensuite" between digit groups, "elle s'appelle" after a
    // relation, ordinals, "de <town>" after a full name, "pas plus tard que"), and a
    // third batch of spoken cues ("pis c'est", "moé c'est", "chu"; 15/22 before) and a
    // fourth of "2 pm", "mardi 10 a.m." without "h" (2/7 before).
    ("fr_probe7.jsonl", 294),
    // The eighth French probe round: Quebec phone speech as speech-to-text writes it,
    // sometimes without accents, written from SPEC-fr.md by `testdata/gen_fr_probe8.py`
    // at two instants and committed before Bella was run on it (262/270 passed then),
    // and a second batch `fp8-v-` of variants of the families fixed after; then two
    // more blind batches, `fp8b-` (107/107) and `fp8c-` (40/41), `fp8c-v-`, and
    // `fp8d-` (23/23).
    ("fr_probe8.jsonl", 461),
    // The ninth French probe round: the turns of the round-9 call probe (reminder
    // answers, another number in French words, windows, "2 h PM", "next week", paging
    // turns) by `testdata/gen_fr_probe9.py`, committed before Bella ran on them (26/26).
    ("fr_probe9.jsonl", 26),
    // The fifteenth French probe round (`testdata/gen_fr_probe15.py`, committed before
    // Bella ran on it): numbers in pairs, hundreds, "triple"/"double" and "un huit
    // cent"; the family name before "Prénom: Lise", particles, spellings; "midi",
    // "moins quart", "pour deux heures et quinze minutes", "après le dîner", "dans deux
    // semaines, jeudi", "y a t il". Blind 84/99, then 99/99 after the fixes, and nine
    // variants `fp15-v-` of the families fixed.
    ("fr_probe15.jsonl", 108),
    // The seventeenth French probe round (`testdata/gen_fr_probe17.py`, committed before
    // Bella was run on it): 110/110 blind.
    ("fr_probe17.jsonl", 110),
    // Generated by `testdata/gen_fr_vectors.py`.
    ("fr_vectors.jsonl", 145),
    // English cases written from the SPEC alone, in the style of the held-out set.
    ("held_out_en.jsonl", 440),
    // English cases written blind from the SPEC before Bella was run on them (133/138
    // passed then; a second round `r2-`: 40/40), and `-vNN` variants of the families
    // fixed after.
    ("held_out2_en.jsonl", 190),
    // Third blind round (phone and time only), written from the SPEC before Bella was run
    // on them (86/88 passed then; a second batch `r2-`: 29/29; a third `r3-`: 29/29),
    // and `-vNN` variants of the families fixed after.
    ("held_out3_en.jsonl", 155),
    // Fourth blind round, written from the SPEC by `testdata/gen_held_out4.py` and
    // committed before Bella was run on them (194/197 passed then; one case corrected),
    // and `-vNN` variants of the families fixed after.
    ("held_out4_en.jsonl", 207),
    // Fifth blind round, written from the SPEC by `testdata/gen_held_out5.py` and
    // committed before Bella was run on them (104/104 passed then): ASR turns without
    // punctuation, spoken pairs and hundreds in numbers, titles and restated names, a
    // `now` in UTC, both clock changes, St. John's, Regina and Whitehorse.
    ("held_out5_en.jsonl", 104),
    // Sixth blind round, written from the SPEC by `testdata/gen_held_out6.py` and
    // committed before Bella was run on them (201/201 passed then; a second blind batch
    // `ho6b-`: 106/107, its one failure a case the SPEC does not settle, left out; a
    // third `ho6c-`: 87/88), and `-vNN` variants of the family fixed after.
    ("held_out6_en.jsonl", 402),
    // Seventh blind round, written from the SPEC by `testdata/gen_held_out7.py` and
    // committed before Bella was run on them (146/151 passed then: a number's first
    // three said after the other seven digits, a restated name with a particle past the
    // part cap, "to"/"for"/"ate" as the hour after "at"), and `ho7v-` variants of those
    // families after the fixes (12/13 at first: "sat@10am").
    ("held_out7_en.jsonl", 164),
    // Eighth blind round, written from the SPEC by `testdata/gen_held_out8.py` and
    // committed before Bella was run on them (148/149 passed then: "it's me again, Dana
    // Price"), and `ho8v-` variants of that family after the fix.
    ("held_out8_en.jsonl", 155),
    ("name.jsonl", 109),
    ("name_restate.jsonl", 29),
    ("phone.jsonl", 99),
    ("phone_homophones.jsonl", 12),
    // Generated by `testdata/gen_time_combos.py`.
    ("time_combos.jsonl", 2238),
    ("time_long_tail.jsonl", 98),
    ("time_vectors.jsonl", 357),
    ("time_windows.jsonl", 86),
    // Blind round 16 on English windows, written from the SPEC by
    // `testdata/gen_windows16.py` and committed before Bella was run on them (83/84
    // passed then: a time after "close at" taken as the start), and `w16-en-v-`
    // variants of that family after the fix (10/10 with the day asked about in
    // "what time do you close on friday?", from the call p8-2-13).
    ("windows16_en.jsonl", 94),
    // Blind round 21 on windows (`testdata/gen_windows21.py`, committed before Bella was
    // run on them): 80/85 English and 47/48 French blind (a bound before an event's
    // clock, "I can't come before 10", "except 12 to 1", "au plus tard à 15 h"); then
    // `w21-en-v-` and `w21-fr-v-` variants of those families (3/13 and 0/4 before the
    // fixes, the English controls among the three); a second blind batch (`w21b-`, 21
    // and 10: 16/21 and 10/10: "between quarter to 10 and 11", "no sooner than 1",
    // "not any earlier than", "before my lunch break at 12", "the kids' school at
    // 3:30"), then `w21b-en-v-` variants (3/8 before the fixes).
    ("windows21_en.jsonl", 127),
    ("windows21_fr.jsonl", 62),
];

#[test]
fn every_case_in_every_vector_file_passes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let files = case::vector_files(&dir);
    let mut problems = Vec::new();
    let mut total = 0;
    for path in &files {
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("UTF-8 file name")
            .to_owned();
        let contents = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let cases = match case::load(&file, &contents) {
            Ok(cases) => cases,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if file.starts_with("fr_") && cases.iter().any(|c| c.lang != Lang::Fr) {
            problems.push(format!("testdata/{file}: a case that is not French"));
        }
        let floor = FLOORS.iter().find(|(f, _)| *f == file).map_or(1, |f| f.1);
        if cases.len() < floor {
            problems.push(format!(
                "testdata/{file}: {} cases, fewer than {floor}",
                cases.len()
            ));
        }
        let diffs: Vec<Vec<String>> = cases.iter().map(check::check).collect();
        let passed = diffs.iter().filter(|d| d.is_empty()).count();
        let percent = 100.0 * passed as f64 / cases.len().max(1) as f64;
        eprintln!("testdata/{file}: {passed}/{} ({percent:.1}%)", cases.len());
        let min = MIN_PASS
            .iter()
            .find(|(f, _)| *f == file)
            .map_or(100.0, |f| f.1);
        if percent < min {
            problems.extend(diffs.into_iter().flatten());
            problems.push(format!(
                "testdata/{file}: {passed}/{} passed ({percent:.1}%), below {min}%",
                cases.len()
            ));
        }
        total += cases.len();
    }
    for (known, _) in FLOORS {
        if !files.iter().any(|p| p.ends_with(known)) {
            problems.push(format!("testdata/{known} is missing"));
        }
    }
    eprintln!("{total} cases in {} files", files.len());
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
