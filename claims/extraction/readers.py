"""Readers: each turns one pattern's match into a normalised Quantity (or None)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from .lexicon import Lexicon, lexicon
from .numbers import (
    Quantity,
    fmt,
    full_year,
    iso_date,
    parse_number,
    relative_date,
    spelled_number,
)


def _h_money(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _money(m, lex.raw, lex.code, "IDR" if lex.code == "id" else None)


def _h_money_after(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _money(m, lex.raw, lex.code, lex.raw["currency_words"].get(m.group("cur").lower()))


def _h_percent(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    v = parse_number(m.group("num"), lex.code)
    return Quantity(m.start(), m.end(), "percent", v, "%", None if v is None else f"{fmt(v)}%")


def _h_date_num(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    if m.group("y") is None and m.group("wd") is None:
        return None
    a, b = int(m.group("d")), int(m.group("m"))
    d, mo = a, b
    if lex.code == "en" and a <= 12:
        d, mo = b, a  # month first in English numeric dates
    if m.group("y") is not None:
        iso = iso_date(full_year(m.group("y")), mo, d)
    elif ref is not None:
        iso = iso_date(ref.year, mo, d)
    else:  # ISO 8601's date without a year, when no reference date says which
        iso = f"--{mo:02d}-{d:02d}" if iso_date(2000, mo, d) else None
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_date_text(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    g = m.groupdict()
    mon = (g.get("mon") or g.get("mon2") or "").lower().rstrip(".")
    day, yr = g.get("d") or g.get("d2"), g.get("y") or g.get("y2")
    mo = lex.raw["months"].get(mon)
    if mo is None or day is None:
        return None
    if lex.code == "en" and mon == "may" and m.group(0)[:1].islower():
        return None
    iso = iso_date(int(yr), mo, int(day)) if yr else None
    if yr is None and ref is not None:
        iso = iso_date(ref.year, mo, int(day))
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_month_year(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    mo = lex.raw["months"].get(m.group("mon").lower())
    if mo is None:
        return None
    iso = iso_date(int(m.group("y")), mo)
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_month_rel(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    raw = lex.raw
    mo = raw["months"].get(m.group("mon").lower())
    if mo is None:
        return None
    iso = None
    if ref is not None:
        rel = m.group("rel").lower()
        if rel == "this":
            y = ref.year
        elif rel in raw["relative_past"]:
            y = ref.year if mo < ref.month else ref.year - 1
        else:
            y = ref.year if mo > ref.month else ref.year + 1
        iso = iso_date(y, mo)
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_unit_rel(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    raw = lex.raw
    unit = raw["relative_units"][m.group("unit").lower()]
    rel = m.group("rel").lower()
    shift = -1 if rel in raw["relative_past"] else 0 if rel in ("ini", "this") else 1
    iso = relative_date(ref, unit, shift)
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_day_word(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    raw = lex.raw
    w = " ".join(m.group("w").lower().split())
    step = -1 if w in raw["yesterday"] else 1 if w in raw["tomorrow"] else 0
    iso = (ref + dt.timedelta(days=step)).isoformat() if ref else None
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_weekday(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    if not m.group("wd")[:1].isupper():
        return None  # "minggu" is also "week"
    iso = None
    if ref is not None:
        wd = lex.raw["weekdays"][m.group("wd").lower()]
        iso = (ref - dt.timedelta(days=(ref.weekday() - wd) % 7)).isoformat()
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_time(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _time(m)


def _h_duration(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _duration(m, lex.raw, lex.code)


def _is_unit(word: str, lex: Lexicon) -> bool:
    """Whether the word after a number names what is counted: "602 orang", "35 miles", but not
    "5,6 mengguncang" or "30 killed" (a plural in -es is a unit even where it looks verbal)."""
    if word in lex.stopwords or word in lex.finite_verbs:
        return False
    return not (lex.verbish(word) and not word.endswith("s"))


def _h_number(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    raw = lex.raw
    num = m.group("num")
    v = parse_number(num, lex.code)
    if v is None:
        return None
    e = m.end("num")
    sc = m.group("scale")
    if sc:
        v = v * raw["scale_words"][sc.lower()]
        e = m.end("scale")
    unit = m.group("unit")
    unit_low = unit.lower() if unit else None
    if unit_low and _is_unit(unit_low, lex):
        e = m.end("unit")
    else:
        unit_low = None
    if unit_low is None and not sc and len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100:
        return Quantity(m.start(), m.end("num"), "date", num, None, num)  # a bare year
    return Quantity(m.start(), e, "number", v, unit_low, fmt(v))


def _h_score(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    after = m.string[m.end() : m.end() + 24].split()
    word = after[0].lower().strip(".,") if after else ""
    raw = lex.raw
    if word in raw["duration_units"] or word in raw["percent_words"] or word in raw["scale_words"]:
        return None  # "1-2 hari", "3-5 persen": a range, not a score
    tally = f"{int(m.group('a'))}-{int(m.group('b'))}"
    return Quantity(m.start(), m.end(), "score", tally, None, tally)


def _h_count(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    before = m.string[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].lower() in lex.raw.get("count_not_after", ()):
        return None  # "salah satu korban" is "one of the victims", not a count
    unit = m.group("unit").lower()
    if not _is_unit(unit, lex) or unit in lex.raw["number_words"]:
        return None
    words = [w for w in re.split(r"[\s-]+", m.group("words").lower()) if w]
    v = spelled_number(words, lex)
    if v is None:
        return None
    return Quantity(m.start(), m.end(), "number", v, unit, fmt(v))


def _money(m: re.Match[str], raw: dict[str, Any], lang: str, cur: str | None) -> Quantity | None:
    scales: dict[str, int] = raw["scale_words"]
    v = parse_number(m.group("num"), lang)
    if v is None:
        return None
    sc = m.group("scale")
    if sc:
        v = v * scales[sc.lower()]
    if cur is None:
        sym = m.group(0)[:1]
        cur = {"€": "EUR", "£": "GBP", "E": "EUR", "G": "GBP"}.get(sym, "USD")
    v = int(v) if isinstance(v, float) and v.is_integer() else v
    return Quantity(m.start(), m.end(), "money", v, cur, f"{cur} {fmt(v)}")


def _time(m: re.Match[str]) -> Quantity | None:
    h = m.group("h") or m.groupdict().get("h2")
    mi = m.group("mi") or m.groupdict().get("mi2") or "00"
    if h is None:
        return None
    hour = int(h)
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or int(mi) > 59:
        return None
    tz = m.group("tz")
    return Quantity(
        m.start(),
        m.end(),
        "time",
        f"{hour:02d}:{mi}",
        tz.upper() if tz else None,
        f"{hour:02d}:{mi}",
    )


_ISO_UNIT = {
    "Y": ("Y", 1),
    "M": ("M", 1),
    "W": ("W", 1),
    "D": ("D", 1),
    "H": ("H", 1),
    "MIN": ("M", 1),
    "S": ("S", 1),
    "DEC": ("Y", 10),
    "CEN": ("Y", 100),
    "WINDU": ("Y", 8),
}


_YEAR_AFTER = re.compile(r"\s{1,3}(?:1[89]|20)\d\d\b")


def _duration(m: re.Match[str], raw: dict[str, Any], lang: str) -> Quantity | None:
    words: dict[str, int] = raw["number_words"]
    units: dict[str, str] = raw["duration_units"]
    num = m.group("num")
    word = (m.group("word") or "").lower()
    v = parse_number(num, lang) if num else words.get(word)
    if v is None and "-" in word:  # "twenty-five years"
        v = spelled_number(word.split("-"), lexicon(lang))
    if v is None or (word == "a" and m.group("unit").lower() == "second"):
        return None  # "a second person" is an ordinal
    if _YEAR_AFTER.match(m.string, m.end()):
        return None  # "Perppu No 2 Tahun 2017": a law's number and its year, not two years
    code, mult = _ISO_UNIT[units[m.group("unit").lower()]]
    n = v * mult
    time_part = code in ("H", "S") or (code == "M" and units[m.group("unit").lower()] == "MIN")
    iso = f"PT{fmt(n)}{code}" if time_part else f"P{fmt(n)}{code}"
    return Quantity(m.start(), m.end(), "duration", v, m.group("unit").lower(), iso)


READERS: dict[str, Callable[[re.Match[str], Lexicon, dt.date | None], Quantity | None]] = {
    "money": _h_money,
    "money_after": _h_money_after,
    "percent": _h_percent,
    "date_num": _h_date_num,
    "date_text": _h_date_text,
    "month_year": _h_month_year,
    "month_rel": _h_month_rel,
    "unit_rel": _h_unit_rel,
    "day_word": _h_day_word,
    "weekday": _h_weekday,
    "time": _h_time,
    "duration": _h_duration,
    "number": _h_number,
    "count": _h_count,
    "score": _h_score,
}
