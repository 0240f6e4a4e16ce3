#!/usr/bin/env python3
"""Converts libphonenumber's number-finding and NANP parsing tests into Bella's vector
format.

Reads `PhoneNumberMatcherTest.java` and `PhoneNumberUtilTest.java`
(`java/libphonenumber/test/com/google/i18n/phonenumbers/`) of google/libphonenumber
(Apache 2.0; the files themselves are not kept here) from a git directory and writes:

- `../libphonenumber_phone.jsonl`: the inputs whose SPEC §2 "Phone" reading is settled,
  as vector cases (`phone`), run by `cargo test -p bella-extract --test vectors` with a
  pass floor (`MIN_PASS` in `tests/vectors/main.rs`);
- `excluded.jsonl`: every other input, with the reason it is left out.

Usage: python3 convert.py [GIT_DIR]   (default: the `fetch` mirror
/work/.mirror/google+libphonenumber/repo). Converted from commit
f7e3e88c92b905c8d6edb81f336dbe25edc05b52 (2026-07-17), read with `git show COMMIT:path`.

What is read. From the matcher tests: the numbers of `doTestFindInContext(number,
region)`, each put in the caller-like contexts of `findPossibleInContext` and
`findValidInContext` ("Hi there, call X to reach me!", "Call me on June 2 at X"); the
`NumberTest` lists (impossible, possible-only, valid, strict and exact grouping cases)
as bare turns; the contexts of the punctuation and money tests around their number.
From the util tests: every string literal given to `parse(...)` or
`parseAndKeepRawInput(...)` with the region `US` or `CA`.

How a case is labelled. By SPEC §2 "Phone", from the text, not from libphonenumber's
answer: ten digits `NPA NXX XXXX` with N in 2-9, optionally after `1` or `+1`,
separated by spaces, dashes, dots, commas or brackets, give `+1` and the ten digits; an
extension after it ("x 123", "ext. 503", "extension 7246433") is not part of the number;
fewer than ten digits, or a NANP shape whose area code or exchange starts with 0 or 1,
gives `null`; several numbers in one turn give the last. A number with `+` and another
country code is kept only for the two countries whose test numbers are real numbers
(`+44 20...`, `+64 3...`): the tests run on test metadata, not the real numbering plans.
Where libphonenumber's answer differs (it finds "123-456-7890"; it gives the first of
two numbers) the case has a `note`. Cases have no `region` (Bella's default `CA`: the
same plan as the tests' `US`). Inputs a caller never says and a recogniser never writes
(`tel:` URIs, letters glued to digits, full-width digits, `;`/`#`/`/` inside numbers,
international dialling prefixes such as `011`, vanity letters, other countries'
national formats) are excluded with their reason. Standard library only.
"""

import re
import sys
from pathlib import Path

COMMIT = "f7e3e88c92b905c8d6edb81f336dbe25edc05b52"
DEFAULT_GIT_DIR = "/work/.mirror/google+libphonenumber/repo"
BASE = "java/libphonenumber/test/com/google/i18n/phonenumbers/"
NOW, TZ = "2026-11-17T10:15:00-07:00", "America/Edmonton"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from corpuslib import finish, git_show  # noqa: E402

NANP_REGIONS = ("US", "CA")
# Countries whose numbers in these tests are real numbers, so SPEC's "valid for that
# country" is settled: +44 20 (London), +64 3 (Christchurch).
REAL_FOREIGN = {"44": 12, "64": 10}
# An extension after the number: SPEC keeps the number, drops the extension.
EXTENSION = r"\s*,?\s*(ext\.?|extension|x)\s*:?\s*\d+\s*$"

# (pattern on the text, reason). First match wins.
TEXT_EXCLUSIONS = [
    (r"[^\x00-\x7f]", "non-ASCII digits or signs (full-width, soft hyphen, accents): not "
                      "what a speech recogniser writes"),
    (r"tel:\S*;|phone-context|isub=", "a tel: URI: not a caller's turn"),
    (r"[;#]", "';' or '#' inside a number (dial strings): not a caller's turn"),
    (r"\d\s*/|/\s*\d", "'/' between digits: SPEC names spaces, dashes, dots and commas"),
    (r"\+\s*\+|\+\s*0|\d\s*\+\s*\d", "'++', '+0' or '+' between digits: SPEC reads '+' only "
                                     "before a country code"),
    (r"(^|[^\d\s+])\s*(0011|011|00)\s*-?\s*\d", "an international dialling prefix ('011', '0011'): "
                                          "SPEC reads '+' or 'plus' before a country code"),
    (r"[a-wyz]\d|\d[a-wyz]|[a-z]x\d|\dx[a-z]|\d\s*x\s*\d+\s*-",
     "letters glued to digits or an 'x' inside the number: not what a caller says"),
    (r"\b\d{3,4}\s+[a-z]{3}[\s-][a-z]{4,5}\b",
     "letters for digits (a vanity number, '1800 six-flags'): SPEC reads spoken digit words, "
     "not keypad letters"),
    (r"\\", "a backslash inside the number: not a caller's turn"),
    (r"\b(19|20)\d\d-(19|20)\d\d\b", "a range of years: not a phone-number turn"),
    (r"\$", "money beside the number ('$20 415-666-7777'): SPEC's separators would join the "
            "amount's digits to the number, it does not settle the reading"),
    (r"\d\s*,\s*\d", "digits after a comma with no extension word ('..., 45 days', ', 7246433'): "
                       "SPEC's separators would join them, it does not settle the reading"),
    (r"\d+\.\d+\s*[\],\-]|\[", "decimal numbers in a list: not a phone-number turn"),
    (r"\(\d{4}\)", "a year in brackets (a citation): not a caller's turn"),
    (r"\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2}|\b\d{8} \d\d:\d\d|\d{4}-\d{4} \d\d\b",
     "a date and time written year first: not a phone-number turn"),
]


def java_strings(src, pattern):
    """The decoded string literals captured by `pattern` (group 1), in order."""
    out = []
    for m in re.finditer(pattern, src, re.S):
        out.append((m.group(1).encode("latin-1", "backslashreplace").decode("unicode_escape"),)
                   + m.groups()[1:])
    return out


def spec_phone(text, foreign=REAL_FOREIGN):
    """(phone or None, reason if SPEC does not settle it). `foreign`: the country codes
    whose numbers are real in the tests read, with their length in digits (code included)."""
    for pattern, reason in TEXT_EXCLUSIONS:
        if re.search(pattern, text, re.I):
            return None, reason
    body = re.sub(EXTENSION, "", text, flags=re.I)
    glued = re.search(r"([\d\s().-]*)\dx\d", text, re.I)
    if glued and len(re.sub(r"\D", "", glued.group(0))) < 11:
        return None, "an 'x' inside the digits ('650x2531234'): SPEC does not settle the number"
    # Runs of digits with the separators SPEC names (and brackets) between them.
    runs = re.findall(r"\+?\s*\(?\d[\d\s().,\-]*\d\)?|\d", body)
    found, last_reason = [], None
    for run in runs:
        plus = run.lstrip().startswith("+")
        digits = re.sub(r"\D", "", run)
        if plus and not digits.startswith("1"):
            cc = next((c for c in foreign if digits.startswith(c)), None)
            if cc is None:
                return None, ("another country's number: the tests' metadata is not the real "
                              "numbering plan, SPEC accepts a number valid for its country")
            if len(digits) == foreign[cc]:
                found.append("+" + digits)
            continue
        if len(digits) == 11 and digits[0] == "1":
            digits = digits[1:]
        if len(digits) == 10:
            if digits[0] in "01" or digits[3] in "01":
                last_reason = "nanp-shape"
                found.append(None)
            else:
                found.append("+1" + digits)
        elif len(digits) > 11:
            found.append(None)
    if not found:
        return None, None
    return found[-1], None


def load(git_dir, name):
    return git_show(git_dir, COMMIT, BASE + name)


def method(src, name):
    start = src.index(f"void {name}(")
    end = src.index("\n  }\n", start)
    return src[start:end]


def contexts(src, names):
    out = []
    for name in names:
        for pre, post in re.findall(r'new NumberContext\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)',
                                    method(src, name)):
            out.append(tuple(s.encode("latin-1", "backslashreplace").decode("unicode_escape")
                             for s in (pre, post)))
    return out


def context_reason(pre, post):
    second = re.search(r"\+\s*1[\d\s-]+", post)
    if second and spec_phone(second.group(0))[0] is None:
        return ("a second number that is not a NANP number (+1 800 123 4567: the exchange starts "
                "with 1): SPEC gives the last number and does not settle this turn")
    if re.search(r"[A-Za-z]$", pre) or re.match(r"[A-Za-z]", post):
        return "letters glued to the number ('Hi call4156667777forme'): not what a caller says"
    if re.search(r"[;/]x", post):
        return "an extension written ';x 7246433' or '/x12': not what a recogniser writes"
    if re.search(r"\d+\.\d+\.", pre):
        return "a day-first dotted date before the number ('21.6.1984'): not a caller's turn"
    if re.search(r"\(\d{4}\)", pre):
        return "a written citation before the number ('Alfonso 12-15 (2009)'): not a caller's turn"
    if re.search(r"[\u4e00-\u9fff]", pre + post):
        return "Chinese text around the number: Bella reads English and French"
    return None


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_GIT_DIR
    matcher = load(git_dir, "PhoneNumberMatcherTest.java")
    util = load(git_dir, "PhoneNumberUtilTest.java")
    items = []  # (text, source, region, note)
    ctx = contexts(matcher, ["findPossibleInContext", "findValidInContext"])
    for number, region in java_strings(matcher, r'doTestFindInContext\(\s*"((?:[^"\\]|\\.)*)",\s*'
                                                r'(?:RegionCode\.)?(\w+)\)'):
        for pre, post in ctx:
            items.append((pre + number + post, "doTestFindInContext", region, (pre, post)))
    for arr in ("IMPOSSIBLE_CASES", "POSSIBLE_ONLY_CASES", "VALID_CASES", "STRICT_GROUPING_CASES",
                "EXACT_GROUPING_CASES"):
        body = matcher[matcher.index(f"NumberTest[] {arr}"):]
        body = body[:body.index("};")]
        for raw, region in java_strings(body, r'new NumberTest\("((?:[^"\\]|\\.)*)",\s*RegionCode\.(\w+)\)'):
            items.append((raw, arr, region, None))
    for name in ("testMatchesWithSurroundingPunctuation", "testPhoneNumberWithLeadingOrTrailingMoneyMatches"):
        for pre, post in contexts(matcher, [name]):
            items.append((pre + "415-666-7777" + post, name, "US", (pre, post)))
    for raw, region in java_strings(util, r'parse(?:AndKeepRawInput)?\(\s*"((?:[^"\\]|\\.)*)",\s*'
                                          r'RegionCode\.(\w+)\)'):
        items.append((raw, "PhoneNumberUtilTest.parse", region, None))

    kept, excluded, seen = [], [], set()
    for text, source, region, context in items:
        if text in seen:
            continue
        seen.add(text)
        row_x = {"text": text, "source": source, "region": region}
        number = text if context is None else text[len(context[0]):len(text) - len(context[1])]
        if region not in NANP_REGIONS and "+" not in number:
            excluded.append(dict(row_x, reason=f"a national number of {region}: Bella's default "
                                                "region is CA (NANP)"))
            continue
        why = context_reason(*context) if context else None
        phone, reason = (None, why) if why else spec_phone(text)
        if reason:
            excluded.append(dict(row_x, reason=reason))
            continue
        row = {"id": f"lpn-phone-{len(kept) + 1:04}", "kind": "phone", "text": text, "now": NOW,
               "tz": TZ, "expected": {"phone": phone}}
        if phone is None and source not in ("IMPOSSIBLE_CASES",):
            row["note"] = ("libphonenumber finds or parses a number here; SPEC §2: fewer than ten "
                           "digits, or an area code or exchange starting with 0 or 1, is no number")
        kept.append(row)
    finish(HERE.parent / "libphonenumber_phone.jsonl", kept, HERE / "excluded.jsonl", excluded)


if __name__ == "__main__":
    main()
