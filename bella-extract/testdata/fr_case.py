"""The one shape of a French (fr-CA) extraction case, shared by gen_fr_vectors.py and
gen_fr_heldout.py: the shape of shared/eval/dev/extract_fr.jsonl, keys in this order.
"""
import json

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
