#!/usr/bin/env python3
"""Callers for load tests of `bella serve` (`bella dial --personas`).

Writes SPEC §3 persona lines: mostly bookings at varied weekday times over the next
months (so most calls really book), plus callers who ask for a person, hang up, stay
silent or ask the hours. Seeded, so the file is reproducible:

    python3 bella-twilio-adapter/testdata/load/personas.py > bella-twilio-adapter/testdata/load/personas.jsonl

An optional count writes that many callers instead of 1,000 (the committed file), for
runs of more calls than that without repeating a caller (a repeated booking finds its
slot taken):

    python3 bella-twilio-adapter/testdata/load/personas.py 6000 > /tmp/personas-6000.jsonl
"""

import datetime
import json
import random
import sys

rng = random.Random(6)
FIRST = ["Jo", "Ann", "Ravi", "Mei", "Luc", "Zoë", "Omar", "Kate", "Sam", "Inès", "Tom", "Priya"]
LAST = ["Roy", "Lee", "Singh", "Chen", "Tremblay", "Côté", "Haddad", "Smith", "Nguyen", "Gagnon"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_time(h, m):
    ampm = "a.m." if h < 12 else "p.m."
    h12 = h if h <= 12 else h - 12
    return f"{h12}:{m:02d} {ampm}" if m else f"{h12} {ampm}"


def booking(i, start):
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    phone = f"403555{rng.randrange(10000):04d}"
    when = f"{MONTHS[start.month - 1]} {ordinal(start.day)} at {spoken_time(start.hour, start.minute)}"
    return {
        "id": f"load-{i:04d}",
        "caller_id": f"+1{phone}",
        "persona": {
            "intent": ["Hi, I'd like to book an appointment"],
            "name": [f"My name is {name}"],
            "phone": ["the one I'm calling from"],
            "time": [when],
            "confirm": ["yes"],
            "other": ["no thanks"],
        },
    }


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    day = datetime.date(2026, 12, 1)
    slots = []
    # At least 3,000 slots, so the default file stays what it always was.
    while len(slots) < max(3000, count):
        if day.weekday() < 5:
            for h in range(9, 17):
                for m in (0, 30):
                    slots.append(datetime.datetime(day.year, day.month, day.day, h, m))
        day += datetime.timedelta(days=1)
    rng.shuffle(slots)
    others = [
        {"intent": ["Can I speak to a person please"]},
        {"intent": ["never mind, I'll call back"]},
        {},
        {"intent": ["What are your opening hours?"], "confirm": ["no thanks"], "other": ["no"]},
    ]
    for i in range(count):
        if i % 10 < 8:
            line = booking(i, slots[i])
        else:
            line = {"id": f"load-{i:04d}", "caller_id": "+14035550142",
                    "persona": rng.choice(others)}
        print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
