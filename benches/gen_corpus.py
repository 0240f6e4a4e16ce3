#!/usr/bin/env python3
"""Builds the throughput corpus for `bella extract --jsonl`: the dev extraction sets
(`bella-extract/testdata/dev_extract.jsonl` and `dev_extract_windows.jsonl`, copies of
shared/eval/dev/extract.jsonl and extract_windows.jsonl, 415 turns) repeated to N lines (default 100,000), as the CLI reads it: `id`, `text`, `now`, `tz`
and `expect` when the case has one; the labels are dropped. Ids get a round suffix so
every line is distinct. Deterministic: the same N gives the same bytes.

With `--lang fr` the corpus is French (SPEC §5): the French dev set and the
held-out-style French cases (`fr_dev_extract.jsonl`, `fr_vectors.jsonl`,
`fr_heldout.jsonl`, 690 turns), every line with `"lang": "fr"`.

    python3 benches/gen_corpus.py 100000 > /tmp/corpus.jsonl
    python3 benches/gen_corpus.py 1000000 --lang fr > /tmp/corpus_fr.jsonl
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
testdata = os.path.join(here, "..", "bella-extract", "testdata")
args = sys.argv[1:]
french = "--lang" in args and args[args.index("--lang") + 1] == "fr"
if "--lang" in args:
    del args[args.index("--lang"):args.index("--lang") + 2]
names = ("fr_dev_extract.jsonl", "fr_vectors.jsonl", "fr_heldout.jsonl") if french else (
    "dev_extract.jsonl", "dev_extract_windows.jsonl")
sources = [os.path.join(testdata, f) for f in names]
n = int(args[0]) if args else 100_000
cases = []
for path in sources:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                keep = {k: c[k] for k in ("id", "lang", "text", "now", "tz", "expect", "region") if k in c}
                cases.append(keep)
out = sys.stdout
chars = 0
for i in range(n):
    c = dict(cases[i % len(cases)])
    c["id"] = f"{c.get('id', 'case')}-{i // len(cases)}"
    chars += len(c["text"])
    out.write(json.dumps(c, ensure_ascii=False))
    out.write("\n")
print(f"{n} lines, average text {chars / n:.1f} chars", file=sys.stderr)
