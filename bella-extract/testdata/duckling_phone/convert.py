#!/usr/bin/env python3
"""Converts Duckling's phone-number corpus into Bella's vector format.

Source: `Duckling/PhoneNumber/Corpus.hs` of facebook/duckling (BSD licence) at commit
2c226585af5b9f4985d9c7151d7191603bb2add7 (2025-02-21). Its examples are kept here as
data only, in `source.jsonl` (one line a block: Duckling's value as written, and its
inputs; then the negative corpus), so the conversion re-runs offline:

    python3 convert.py                     # source.jsonl -> the files below
    python3 convert.py --extract GIT_DIR   # Corpus.hs at the commit -> source.jsonl

(`GIT_DIR` is a git directory of facebook/duckling, e.g. the `fetch` mirror
/work/.mirror/facebook+duckling/repo; the blocks are read by the Haskell-list reader of
`duckling/convert.py`.) It writes:

- `../duckling_phone.jsonl`: the inputs whose SPEC §2 "Phone" reading is settled, as
  vector cases (`phone`), run by `cargo test -p bella-extract --test vectors`;
- `excluded.jsonl`: every other input, with the reason it is left out.

How a case is labelled: by SPEC §2 "Phone" from the text, through `spec_phone` of
`libphonenumber/convert.py` (ten digits `NPA NXX XXXX` with N in 2-9, optionally after
`1` or `+1`, extension dropped; fewer than ten digits or a shape no NANP number has gives
`null`; a number with `+` and another country code when valid for that country). The two
foreign numbers here are real-format numbers of their countries: `+33 1 46647998` (a
Paris line, nine digits after 33) and `+55 19992842606` (a Campinas mobile, eleven digits
after 55). Cases have no `region` (Bella's default `CA`). Where Duckling's value differs
(it finds Brazilian and French national numbers written without `+`) the case has a
`note`. Standard library only; re-runs byte for byte.
"""

import re
import sys
from pathlib import Path

COMMIT = "2c226585af5b9f4985d9c7151d7191603bb2add7"
CORPUS = "Duckling/PhoneNumber/Corpus.hs"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpuslib import converter, finish, first_reason, git_show, source, write_lines  # noqa: E402


duckling_en = converter("duckling")
lpn = converter("libphonenumber")

# The foreign numbers of this corpus that are real numbers of their country, with their
# length in digits, the country code included.
FOREIGN = {"33": 11, "55": 13}

# (language, pattern on the text, reason): `first_reason` of corpuslib.
TEXT_EXCLUSIONS = [
    (None, r"^\(\d{2}\)\s*\d",
     "a two-digit area code in brackets ('(19) 997424919', Brazil's): read across the "
     "groups its digits are NANP-shaped ('1' and 999 742 4919), SPEC does not settle it"),
]


def label(text):
    """(expected phone or None, None) or (None, reason) when SPEC does not settle it."""
    why = first_reason(TEXT_EXCLUSIONS, None, text)
    if why:
        return None, why
    return lpn.spec_phone(text, FOREIGN)


def duckling_digits(expr):
    """Duckling's value as digits with its '+' country code, e.g. '+16507018887'."""
    m = re.match(r'PhoneNumberValue "(?:\(\+(\d+)\) )?(\d+)', expr)
    return ("+" + m.group(1) if m.group(1) else "") + m.group(2)


def extract(git_dir):
    """Corpus.hs at COMMIT -> source.jsonl (Duckling's values and inputs, as data)."""
    write_lines(HERE / "source.jsonl", duckling_en.source_rows(git_show(git_dir, COMMIT, CORPUS)))


def main():
    kept, excluded = [], []
    for row in source(HERE, extract):
        for text in row["texts"]:
            phone, why = label(text)
            if why:
                excluded.append({"text": text, "duckling": row["duckling"], "reason": why})
                continue
            case = {"id": f"duckling-phone-{len(kept) + 1:04}", "kind": "phone", "text": text,
                    "expected": {"phone": phone}}
            if row["duckling"] != "negative":
                found = duckling_digits(row["duckling"])
                if phone is None:
                    case["note"] = (f"Duckling finds {found}; SPEC §2: without '+', digits that "
                                    "are no NANP number (fewer than ten, eleven not starting with 1, or an area "
                                    "code starting with 0 or 1) give null")
                elif not phone.endswith(found.lstrip("+").lstrip("1")) or ("+" in found and found != phone):
                    case["note"] = f"Duckling finds {found}; SPEC §2 reads {phone}"
            kept.append(case)
    finish(HERE.parent / "duckling_phone.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
