"""The one shape of a French (fr-CA) extraction case, shared by gen_fr_vectors.py,
gen_fr_heldout.py and the probe generators (gen_fr_probe7/8/9.py, through `Turns`): the
shape of shared/eval/dev/extract_fr.jsonl, keys in this order.
"""
import json
import sys

# French weekday names, Monday first (datetime.date.weekday() indexes them).
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def case(id, kind, ref, text, expected, expect=None):
    """One case: `ref` is (now, tz); `expect` (what the agent asked for) only if set."""
    now, tz = ref
    c = {"id": id, "kind": kind, "lang": "fr", "text": text, "now": now, "tz": tz}
    if expect:
        c["expect"] = expect
    c["expected"] = expected
    return c


def line(c):
    """The case as one JSONL line (UTF-8 kept as is), newline included."""
    return json.dumps(c, ensure_ascii=False) + "\n"


class Turns:
    """French turns with literal expected values, in the order written: `name`, `phone`
    and `time` collect them, each at a reference `(now, tz)` (`at`, else the one given
    here); `write` prints them as JSON Lines."""

    def __init__(self, at):
        self.at = at
        self.rows = []

    def name(self, text, exp, expect=None, at=None):
        self.rows.append(("name", text, expect, {"name": exp}, at or self.at))

    def phone(self, text, exp, expect=None, at=None):
        self.rows.append(("phone", text, expect, {"phone": exp}, at or self.at))

    def time(self, text, when, pod=None, window=None, expect=None, at=None):
        expected = {"when": when, "part_of_day": pod, "window": window}
        self.rows.append(("time", text, expect, expected, at or self.at))

    def write(self, id_of):
        """Prints every case on stdout; `id_of(i, kind)` is the id of case `i` (from 1)."""
        for i, (kind, text, expect, expected, at) in enumerate(self.rows, 1):
            sys.stdout.write(line(case(id_of(i, kind), kind, at, text, expected, expect)))
