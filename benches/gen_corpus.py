#!/usr/bin/env python3
"""Builds the throughput corpus for `bella extract --jsonl`: the dev extraction sets
(`bella-extract/testdata/dev_extract.jsonl` and `dev_extract_windows.jsonl`, copies of
shared/eval/dev/extract.jsonl and extract_windows.jsonl, 415 turns) repeated to N lines (default 100,000), as the CLI reads it: `id`, `text`, `now`, `tz`
and `expect` when the case has one; the labels are dropped. Ids get a round suffix so
every line is distinct. Deterministic: the same N gives the same bytes.

    python3 benches/gen_corpus.py 100000 > /tmp/corpus.jsonl
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
testdata = os.path.join(here, "..", "bella-extract", "testdata")
sources = [os.path.join(testdata, f) for f in ("dev_extract.jsonl", "dev_extract_windows.jsonl")]
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
cases = []
for path in sources:
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                keep = {k: c[k] for k in ("id", "text", "now", "tz", "expect", "region") if k in c}
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
