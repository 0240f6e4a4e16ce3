#!/usr/bin/env python3
"""The Python stack Bella replaces, over the same JSON Lines as `bella extract --jsonl`.

Phone numbers with `phonenumbers` (Google's libphonenumber port: the last number its
matcher finds, as E.164), times with `parsedatetime` (against the line's `now` in its
`tz`), names with the cue regular expressions such a stack used ("my name is ...",
"this is ...", "it's ...", "call me ..."). One output line per input line, in order,
with the keys of SPEC §2, so its output can be scored with `shared/eval/score.py`.

    pip install phonenumbers parsedatetime
    python3 benches/gen_corpus.py 100000 > /tmp/corpus.jsonl
    /usr/bin/time -f "%e s %M KB" python3 benches/python_baseline.py < /tmp/corpus.jsonl > /tmp/py.jsonl
    python3 benches/python_baseline.py --procs 2 < /tmp/corpus.jsonl > /tmp/py.jsonl

Prints lines/s on stderr. `--procs N` answers lines on N processes
(`multiprocessing.Pool.imap`, order kept), the Python counterpart of `--threads`.
"""
import argparse
import json
import re
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

import parsedatetime
import phonenumbers

CAL = parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)
CUE = re.compile(
    r"\b(?:my (?:full |first )?name is|my name's|the name is|name's|this is|it's|it is|"
    r"i'm|i am|call me|put it under)\s+([A-Za-z][A-Za-z'\-]*(?:\s+[A-Za-z][A-Za-z'\-]*){0,3})",
    re.IGNORECASE,
)
NOT_NAME = {
    "a", "an", "the", "for", "about", "at", "on", "in", "to", "just", "calling", "looking",
    "not", "no", "yes", "okay", "sure", "fine", "good", "great", "available", "free",
    "tomorrow", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "and", "my", "is", "please", "thanks", "thank", "you",
}
ZONES = {}


def phone(text, region):
    found = None
    for m in phonenumbers.PhoneNumberMatcher(text, region or "CA", leniency=phonenumbers.Leniency.POSSIBLE):
        found = m.number
    if found is None:
        return None
    return phonenumbers.format_number(found, phonenumbers.PhoneNumberFormat.E164)


def name(text):
    m = CUE.search(text)
    if not m:
        return None
    parts = []
    for w in m.group(1).split():
        if w.lower() in NOT_NAME:
            break
        parts.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(parts) or None


def when(text, now, tz):
    if not now or not tz:
        return None
    zone = ZONES.get(tz)
    if zone is None:
        zone = ZONES[tz] = ZoneInfo(tz)
    local = datetime.fromisoformat(now.replace("Z", "+00:00")).astimezone(zone)
    dt, ctx = CAL.parseDT(text, sourceTime=local.replace(tzinfo=None))
    if not ctx.hasDateOrTime:
        return None
    if ctx.hasTime:
        return dt.strftime("%Y-%m-%dT%H:%M")
    return dt.strftime("%Y-%m-%d")


def answer(line):
    try:
        case = json.loads(line)
        text = case["text"]
    except (ValueError, KeyError, TypeError):
        return json.dumps({"id": None, "phone": None, "name": None, "when": None,
                           "part_of_day": None, "window": None, "error": "invalid input"})
    return json.dumps({
        "id": case.get("id"),
        "phone": phone(text, case.get("region")),
        "name": name(text),
        "when": when(text, case.get("now"), case.get("tz")),
        "part_of_day": None,
        "window": None,
    })


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--procs", type=int, default=1)
    args = ap.parse_args()
    out = sys.stdout
    start = time.perf_counter()
    n = 0
    if args.procs > 1:
        from multiprocessing import Pool
        with Pool(args.procs) as pool:
            for res in pool.imap(answer, sys.stdin, chunksize=256):
                out.write(res)
                out.write("\n")
                n += 1
    else:
        for line in sys.stdin:
            out.write(answer(line))
            out.write("\n")
            n += 1
    out.flush()
    took = time.perf_counter() - start
    print(f"{n} lines in {took:.2f} s: {n / took:,.0f} lines/s ({args.procs} process(es))", file=sys.stderr)


if __name__ == "__main__":
    main()
