#!/usr/bin/env python3
"""Converts Duckling's French time corpus into Bella's vector format.

Source: `Duckling/Time/FR/Corpus.hs` of facebook/duckling (BSD licence) at commit
2c226585af5b9f4985d9c7151d7191603bb2add7 (2025-02-21). Its examples are kept here as
data only, in `source.jsonl` (one line a block: Duckling's value as written, and its
phrases; then the negative corpus), so the conversion re-runs offline:

    python3 convert.py                     # source.jsonl -> the files below
    python3 convert.py --extract GIT_DIR   # Corpus.hs at the commit -> source.jsonl

(`GIT_DIR` is a git directory of facebook/duckling, e.g. the `fetch` mirror
/work/.mirror/facebook+duckling/repo; the blocks are read by the same Haskell-list
reader as `duckling/convert.py`.) It writes:

- `../duckling_time_fr.jsonl` (`"lang": "fr"`): the phrases whose SPEC-fr §5.5 reading
  is settled, as vector cases (`when`, `part_of_day`, `window`), run by `cargo test -p
  bella-extract --test vectors`;
- `excluded.jsonl`: every other phrase, with the reason it is left out.

Duckling's reference is Tuesday 2013-02-12 04:30 at UTC-2 (`testContext`);
`America/Noronha` is UTC-2 all year, so the cases use it.

How a case is labelled: by `speclabel_fr.py` (the SPEC-fr §5.5 rules through the
`blindlib.py` oracle), from Duckling's value (what was said) and the text (which parts the
caller said), with a `note` where Duckling's value differs (Duckling reads "à 5h" as
05:00, SPEC-fr as 17:00). Duckling's own kinds are sorted here first: holidays, weeks,
months and years, seconds, spans of days and open spans of days are left out; a range's
end is Duckling's end less one grain (its ranges end past the last hour or minute said).
Standard library only; re-runs byte for byte.
"""

import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

COMMIT = "2c226585af5b9f4985d9c7151d7191603bb2add7"
CORPUS = "Duckling/Time/FR/Corpus.hs"
NOW = datetime(2013, 2, 12, 4, 30)
TZ = "America/Noronha"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import speclabel_fr as fr  # noqa: E402  (the SPEC-fr labeller, beside this folder)
from blindlib import Ref  # noqa: E402  (the SPEC oracle)
from corpuslib import add_case, converter, finish, git_show, source, write_lines  # noqa: E402

# The Haskell-list reader and Duckling's value helpers of the English converter.
duckling_en = converter("duckling")

REF = Ref(TZ, NOW.year, NOW.month, NOW.day, NOW.hour, NOW.minute)


def convert(expr, text):
    """(expected, note) of a Duckling example, or (None, reason)."""
    low = fr.clean(text)
    kind = expr.split()[0]
    grain = duckling_en.grain_of(expr)
    why = fr.exclusion(low)
    if why:
        return None, why
    if kind == "datetimeHoliday":
        return None, "a named holiday: SPEC §2 names no holidays"
    if grain in ("Month", "Quarter", "Year") or (grain == "Week" and low != "la semaine prochaine"):
        return None, f"a {grain.lower()}, not a day: SPEC-fr gives days"
    ts = duckling_en.tuples(expr)
    start = ts[0]
    if grain == "Second" and fr.relative(low, REF) is None:
        return None, "seconds or an instant: SPEC gives minutes"
    if kind == "datetimeInterval":
        if grain == "Day" or ts[1] - start > timedelta(hours=12):
            return None, "a span of days: SPEC gives one start"
        if not re.search(fr.CLOCK, low) and fr.part_of_day(low) is None:
            return None, ("a span of hours without a clock time or a part of the day said ('de 5 "
                          "à 7', a Quebec happy hour: SPEC's business reading puts its end "
                          "before its start)")
        # Duckling's end is one grain past the last hour or minute said.
        return fr.label(low, REF, start, end=duckling_en.minus_grain(ts[1], grain))
    if kind == "datetimeOpenInterval":
        if grain not in ("Hour", "Minute"):
            return None, "an open span of days ('à partir du 8'): SPEC windows bound a time of one day"
        return fr.label(low, REF, start, bound="after" if "After" in expr else "before")
    want, note = fr.label(low, REF, start)
    if want is not None and grain == "Week":
        note = f"Duckling gives the week of {start:%Y-%m-%d}; SPEC-fr: its Monday, day only"
    elif want is not None and grain == "Hour" and re.search(r"\bdans \S+ jours?\b", low):
        note = None  # "dans 7 jours": Duckling gives now to the hour, SPEC-fr the day
    return want, note


def extract(git_dir):
    """Corpus.hs at COMMIT -> source.jsonl (Duckling's values and phrases, as data)."""
    write_lines(HERE / "source.jsonl", duckling_en.source_rows(git_show(git_dir, COMMIT, CORPUS)))


def main():
    kept, excluded, seen = [], [], set()
    for row in source(HERE, extract):
        for text in row["texts"]:
            if text in seen:
                continue
            seen.add(text)
            if row["duckling"] == "negative":
                if text == "deux trois":
                    excluded.append({"text": text, "duckling": "negative", "reason":
                                     "two number words alone ('deux trois'): SPEC reads '9 30' as a "
                                     "time in English; SPEC-fr does not settle it"})
                else:
                    add_case(kept, "duckling-fr", text, REF.now, TZ, fr.expected(None), None, "fr")
                continue
            want, why = convert(row["duckling"], text)
            if want is None:
                excluded.append({"text": text, "duckling": row["duckling"], "reason": why})
            else:
                add_case(kept, "duckling-fr", text, REF.now, TZ, want, why, "fr")
    finish(HERE.parent / "duckling_time_fr.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
