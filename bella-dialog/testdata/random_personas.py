#!/usr/bin/env python3
"""Random callers built from every call file's utterances: a loop finder.

Each persona takes, for each of its lists, up to four utterances drawn at random from
that list (or, half the time, from any list) across every `*.jsonl` call file here, and
the instant, zone, caller id and existing appointments of a random call. `bella simulate`
runs them all; the report counts the outcomes, the calls that ran to the simulator's 30
agent turns, and the longest runs of one agent prompt said again and again. A call that
goes round in circles shows as a 30-turn call; `progress.rs` is what should end it.

    python3 bella-dialog/testdata/random_personas.py target/release/bella --n 3000 --seed 1
    python3 bella-dialog/testdata/random_personas.py target/release/bella --lang fr --show 3
"""
import argparse
import collections
import glob
import json
import os
import random
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["intent", "name", "phone", "time", "confirm", "other"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bella")
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lang", choices=["en", "fr"], default="en")
    ap.add_argument("--show", type=int, default=0, help="transcripts of 30-turn calls to print")
    args = ap.parse_args()
    rnd = random.Random(args.seed)

    pool, calls = collections.defaultdict(list), []
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        french_file = "_fr" in os.path.basename(path)
        for line in open(path, encoding="utf-8"):
            try:
                c = json.loads(line)
            except ValueError:
                continue
            if "persona" not in c or c.get("business") or c.get("direction"):
                continue
            if (french_file or c.get("lang") == "fr") != (args.lang == "fr"):
                continue
            calls.append(c)
            for k, v in c["persona"].items():
                if isinstance(v, list):
                    pool[k].extend(v)

    lines = []
    for i in range(args.n):
        base = rnd.choice(calls)
        persona = {}
        for k in KEYS:
            src = pool[k] if rnd.random() < 0.5 else pool[rnd.choice(sorted(pool))]
            persona[k] = [rnd.choice(src) for _ in range(rnd.randint(0, 4))] if src else []
        case = {"id": f"random-{i}", "now": base["now"], "tz": base["tz"],
                "caller_id": base.get("caller_id"), "existing": base.get("existing", []),
                "persona": persona}
        if args.lang == "fr":
            case["lang"] = "fr"
        lines.append(json.dumps(case, ensure_ascii=False))

    run = subprocess.run([args.bella, "simulate", "--jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=False)
    results = [json.loads(l) for l in run.stdout.splitlines()]
    print("outcomes", dict(collections.Counter(r.get("outcome") for r in results)),
          "errors", sum("error" in r for r in results))
    long_calls = [r for r in results if len(r.get("turns", [])) >= 30]
    print("30-turn calls", len(long_calls))

    def longest_run(r):
        best = cur = 0
        prev = None
        for t in r.get("turns", []):
            cur = cur + 1 if t.get("agent") == prev else 1
            prev = t.get("agent")
            best = max(best, cur)
        return best

    print("longest runs of one prompt", sorted(((longest_run(r), r["id"]) for r in results),
                                               reverse=True)[:5])
    for r in long_calls[:args.show]:
        print("==", r["id"], r["outcome"])
        for t in r["turns"]:
            print("   A:", t.get("agent", "")[:150], "| C:", (t.get("caller") or "")[:100])


if __name__ == "__main__":
    main()
