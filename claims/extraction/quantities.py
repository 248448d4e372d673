"""Numbers, money, percentages, dates, durations and times, normalised."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import Lexicon, lexicon
from .segment import tokens

_NUM = r"\d{1,3}(?:[.,]\d{3}){1,6}(?:[.,]\d{1,4})?|\d{1,15}(?:[.,]\d{1,4})?"


@dataclass(slots=True)
class Quantity:
    start: int
    end: int
    type: str
    value: float | int | str | None
    unit: str | None
    normalized: str | None

    def as_dict(self, span: list[int]) -> dict[str, object]:
        return {
            "span": span,
            "type": self.type,
            "value": self.value,
            "unit": self.unit,
            "normalized": self.normalized,
        }


def parse_number(raw: str, lang: str) -> float | int | None:
    """Value of a numeral; id groups thousands with dots, en with commas."""
    group, dec = (".", ",") if lang == "id" else (",", ".")
    s = raw
    if group in s and dec in s:
        s = s.replace(group, "").replace(dec, ".")
    elif group in s:
        parts = s.split(group)
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            s = "".join(parts)
        elif len(parts) == 2:
            s = parts[0] + "." + parts[1]  # "1.5" in an Indonesian text: a decimal point
        else:
            return None
    elif dec in s:
        parts = s.split(dec)
        if len(parts) != 2:
            return None
        s = parts[0] + "." + parts[1]
    try:
        value = float(s)
    except ValueError:
        return None
    return int(value) if value.is_integer() and "." not in s else value


def _fmt(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if isinstance(value, int) else f"{value:.10g}"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_NOT_COUNTS = frozenset({"a", "se"})


@dataclass(frozen=True)
class _Patterns:
    money: re.Pattern[str]
    money_after: re.Pattern[str]
    percent: re.Pattern[str]
    date_num: re.Pattern[str]
    date_text: re.Pattern[str]
    month_year: re.Pattern[str]
    month_rel: re.Pattern[str]
    unit_rel: re.Pattern[str]
    day_word: re.Pattern[str]
    weekday: re.Pattern[str]
    duration: re.Pattern[str]
    time: re.Pattern[str]
    year: re.Pattern[str]
    number: re.Pattern[str]
    count: re.Pattern[str]
    score: re.Pattern[str]


@cache
def _patterns(code: str) -> _Patterns:
    lex = lexicon(code)
    raw = lex.raw
    months = _alt(raw["months"])
    days = _alt(raw["weekdays"])
    scale = _alt(raw["scale_words"])
    units = _alt(raw["duration_units"])
    numwords = _alt(raw["number_words"])
    cur = _alt(raw["currency_words"])
    pct = _alt(raw["percent_words"])
    rel_past = _alt(raw["relative_past"] + raw["relative_next"])
    # "a", "se": articles far more often than counts
    counts = _alt(w for w in raw["number_words"] if w not in _NOT_COUNTS)
    mults = _alt(raw["number_multipliers"])
    rel_units = _alt(raw["relative_units"])
    day_words = _alt(raw["today"] + raw["yesterday"] + raw["tomorrow"])
    i = "(?i)"
    if code == "id":
        date_text = (
            rf"{i}\b(?P<d>\d{{1,2}})\s{{1,3}}(?P<mon>{months})\.?"
            rf"(?:\s{{1,3}}(?P<y>\d{{4}}))?\b"
        )
        month_rel = rf"{i}\b(?P<mon>{months})\s{{1,3}}(?P<rel>{rel_past})\b"
        unit_rel = rf"{i}\b(?P<unit>{rel_units})\s{{1,3}}(?P<rel>{rel_past}|ini)\b"
        money = (
            rf"{i}(?:\bRp|\bIDR)\.?\s{{0,2}}(?P<num>{_NUM})"
            rf"(?:\s{{0,2}}(?P<scale>{scale})\b)?"
        )
        time = (
            rf"{i}\b(?:pukul\s{{1,3}}(?P<h>\d{{1,2}})[.:](?P<mi>\d{{2}})"
            rf"|(?P<h2>\d{{1,2}})[.:](?P<mi2>\d{{2}})(?=\s{{0,2}}(?:WIB|WITA|WIT)\b))"
            rf"(?:\s{{0,2}}(?P<tz>WIB|WITA|WIT)\b)?"
        )
        weekday = (
            rf"{i}\b(?P<wd>{days})\b"
            rf"(?!\s{{0,2}},?\s{{0,2}}\(?\d)"
        )
        year = (
            rf"{i}\b(?:tahun|pada|sejak|hingga|sampai|sepanjang)\s{{1,3}}"
            rf"(?P<y>(?:19|20)\d{{2}})\b(?![.,]\d)"
        )
    else:
        date_text = (
            rf"{i}\b(?:(?P<mon>{months})\.?\s{{1,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s{{1,3}}(?P<y>\d{{4}}))?|(?P<d2>\d{{1,2}})\s{{1,3}}(?P<mon2>{months})"
            rf"\.?(?:,?\s{{1,3}}(?P<y2>\d{{4}}))?)\b"
        )
        month_rel = rf"{i}\b(?P<rel>{rel_past}|this)\s{{1,3}}(?P<mon>{months})\b"
        unit_rel = rf"{i}\b(?P<rel>{rel_past}|this)\s{{1,3}}(?P<unit>{rel_units})\b"
        money = (
            rf"{i}(?:US\$|\$|USD|€|£|EUR|GBP)\s{{0,2}}(?P<num>{_NUM})"
            rf"(?:\s{{0,2}}(?P<scale>{scale})\b)?"
        )
        time = (
            rf"{i}\b(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s{{0,2}}"
            rf"(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
            rf"(?:\s{{0,2}}(?P<tz>GMT|UTC|EST|EDT|PST|PDT|CET|BST)\b)?"
        )
        weekday = rf"{i}\b(?P<wd>{days})\b(?!,?\s{{1,3}}(?:{months}))"
        year = rf"{i}\b(?:in|since|by|until|from|of)\s{{1,3}}(?P<y>(?:19|20)\d{{2}})\b(?![.,]\d)"
    return _Patterns(
        money=re.compile(money),
        money_after=re.compile(
            rf"{i}\b(?P<num>{_NUM})(?:\s{{0,2}}(?P<scale>{scale}))?\s{{1,2}}(?P<cur>{cur})\b"
        ),
        percent=re.compile(rf"{i}\b(?P<num>{_NUM})\s{{0,2}}(?:{pct})(?!\w)"),
        date_num=re.compile(
            rf"{i}(?:\b(?P<wd>{days})\s{{0,2}},?\s{{0,2}}\(\s{{0,2}})?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
            # the year may be left out only after a weekday: "Rabu (31/1)"; a bare "1/2" is no date
            rf"(?:/(?P<y>\d{{4}}|\d{{2}}))?\b(?(wd)(?:\s{{0,2}}\))?)"
        ),
        date_text=re.compile(date_text),
        month_year=re.compile(rf"{i}\b(?P<mon>{months})\s{{1,3}}(?P<y>\d{{4}})\b"),
        month_rel=re.compile(month_rel),
        unit_rel=re.compile(unit_rel),
        day_word=re.compile(rf"{i}\b(?P<w>{day_words})\b"),
        weekday=re.compile(weekday),
        duration=re.compile(
            rf"{i}\b(?:(?P<num>\d{{1,4}}(?:[.,]\d{{1,2}})?)|(?P<word>(?:{numwords})(?:-(?:{numwords}))?))"
            rf"(?:\s{{1,3}}|-)(?P<unit>{units})\b"
        ),
        time=re.compile(time),
        year=re.compile(year),
        number=re.compile(
            rf"{i}\b(?P<num>{_NUM})(?:\s{{1,2}}(?P<scale>{scale})\b)?(?:\s{{1,2}}(?P<unit>[^\W\d]{{2,20}}))?"
        ),
        # "menang 4-1", "a 67-27 vote": a score or a tally
        score=re.compile(r"\b(?P<a>\d{1,3})-(?P<b>\d{1,3})\b(?![-.,/]\d)"),
        # "tiga orang", "dua puluh lima warga", "Thirty-three people": a spelled count of things
        count=re.compile(
            rf"{i}\b(?P<words>(?:{counts})(?:[\s-](?:{counts}|{mults})){{0,3}})"
            rf"\s{{1,2}}(?P<unit>[^\W\d]{{2,20}})\b"
        ),
    )


def _date(y: int, m: int, d: int | None = None) -> str | None:
    try:
        if d is None:
            dt.date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if y < 100 else y


def _shift_month(ref: dt.date, months: int) -> tuple[int, int]:
    n = ref.year * 12 + ref.month - 1 + months
    return n // 12, n % 12 + 1


_MONEY_TRIGGERS = frozenset({"rp", "idr", "us", "usd", "$", "€", "£", "eur", "gbp"})


@dataclass(frozen=True)
class _Dispatch:
    """Which patterns to try at a token, by its lowercased text (and, for a numeral, the next)."""

    by_word: dict[str, tuple[str, ...]]
    after_digit: dict[str, tuple[str, ...]]


@cache
def _dispatch(code: str) -> _Dispatch:
    raw = lexicon(code).raw
    by_word: dict[str, list[str]] = {}

    def on(table: dict[str, list[str]], words: Iterable[str], *names: str) -> None:
        for w in words:
            for name in names:
                table.setdefault(w.split()[0], []).append(name)

    on(by_word, sorted(_MONEY_TRIGGERS), "money")
    on(by_word, raw["weekdays"], "date_num", "weekday")
    if code == "id":
        on(by_word, raw["months"], "month_year", "month_rel")
        on(by_word, raw["relative_units"], "unit_rel")
        on(by_word, raw["time_lead"], "time")
    else:
        on(by_word, raw["months"], "date_text", "month_year")
        on(by_word, raw["relative_past"] + raw["relative_next"] + ["this"], "month_rel", "unit_rel")
    on(by_word, raw["today"] + raw["yesterday"] + raw["tomorrow"], "day_word")
    on(by_word, raw["number_words"], "duration", "count")
    # after a numeral, the next token says which patterns can match
    after: dict[str, list[str]] = {}
    on(after, raw["percent_words"], "percent")
    on(after, raw["months"], "date_text")
    on(after, [*raw["duration_units"], "-"], "duration")
    on(after, [*raw["currency_words"], *raw["scale_words"]], "money_after")
    on(after, [*raw["time_zones"], "a", "p", "am", "pm", "a.m", "p.m"], "time")
    return _Dispatch(
        {k: tuple(dict.fromkeys(v)) for k, v in by_word.items()},
        {k: (*dict.fromkeys(v), "number") for k, v in after.items()},
    )


_NUMBER_ONLY = ("number",)


def find_quantities(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    ref: dt.date | None,
    toks: list[tuple[int, int, str]] | None = None,
) -> list[Quantity]:
    """Quantities in text[start:end], left to right, non-overlapping.

    Driven by the sentence's tokens: a pattern is tried only where a token can start it.
    """
    if toks is None:
        toks = tokens(text, start, end)
    p = _patterns(lex.code)
    dispatch = _dispatch(lex.code)
    found: list[Quantity] = []
    busy_until = start
    n = len(toks)
    for x, (ts, _te, low) in enumerate(toks):
        if ts < busy_until:
            continue
        if low[0].isdigit():
            if "/" in low:
                names: tuple[str, ...] = ("date_num", "number")
            elif "-" in low:
                names = ("duration", "score", "number")  # "20-year", "4-1"
            elif x + 1 < n:
                names = dispatch.after_digit.get(toks[x + 1][2], _NUMBER_ONLY)
            else:
                names = _NUMBER_ONLY
        else:
            names = dispatch.by_word.get(low, ())
            if not names and "-" in low:  # "thirty-three"
                names = dispatch.by_word.get(low.split("-", 1)[0], ())
            if not names and low.startswith("rp") and low[2:3].isdigit():
                names = ("money",)
        for name in names:
            m = getattr(p, name).match(text, ts, end)
            if m is None or m.end() <= ts:
                continue
            q = _HANDLERS[name](m, lex, ref)
            if q is not None:
                found.append(q)
                busy_until = q.end
                break
    return found


def _h_money(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _money(m, lex.raw, lex.code, "IDR" if lex.code == "id" else None)


def _h_money_after(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    return _money(m, lex.raw, lex.code, lex.raw["currency_words"].get(m.group("cur").lower()))


def _h_percent(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    v = parse_number(m.group("num"), lex.code)
    return Quantity(m.start(), m.end(), "percent", v, "%", None if v is None else f"{_fmt(v)}%")


def _h_date_num(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    if m.group("y") is None and m.group("wd") is None:
        return None
    a, b = int(m.group("d")), int(m.group("m"))
    d, mo = a, b
    if lex.code == "en" and a <= 12:
        d, mo = b, a  # month first in English numeric dates
    if m.group("y") is not None:
        iso = _date(_year(m.group("y")), mo, d)
    elif ref is not None:
        iso = _date(ref.year, mo, d)
    else:  # ISO 8601's date without a year, when no reference date says which
        iso = f"--{mo:02d}-{d:02d}" if _date(2000, mo, d) else None
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
    iso = _date(int(yr), mo, int(day)) if yr else None
    if yr is None and ref is not None:
        iso = _date(ref.year, mo, int(day))
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_month_year(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    mo = lex.raw["months"].get(m.group("mon").lower())
    if mo is None:
        return None
    iso = _date(int(m.group("y")), mo)
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
        iso = _date(y, mo)
    return Quantity(m.start(), m.end(), "date", iso, None, iso)


def _h_unit_rel(m: re.Match[str], lex: Lexicon, ref: dt.date | None) -> Quantity | None:
    raw = lex.raw
    unit = raw["relative_units"][m.group("unit").lower()]
    rel = m.group("rel").lower()
    shift = -1 if rel in raw["relative_past"] else 0 if rel in ("ini", "this") else 1
    iso = _relative(ref, unit, shift)
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
    # "5,6 mengguncang", "30 killed": the word after a number is its unit unless it is a verb;
    # a plural ("35 miles", "3 inches") is a unit even where the -es suffix looks verbal
    verb = unit_low is not None and (
        unit_low in lex.finite_verbs or (lex.verbish(unit_low) and not unit_low.endswith("s"))
    )
    if unit_low and unit_low not in lex.stopwords and not verb:
        e = m.end("unit")
    else:
        unit_low = None
    if unit_low is None and not sc and len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100:
        return Quantity(m.start(), m.end("num"), "date", num, None, num)  # a bare year
    return Quantity(m.start(), e, "number", v, unit_low, _fmt(v))


def spelled_number(words: list[str], lex: Lexicon) -> int | None:
    """ "dua puluh lima" -> 25, "thirty-three" -> 33, "tiga ratus ribu" -> 300000."""
    base: dict[str, int] = lex.raw["number_words"]
    mults: dict[str, int] = lex.raw["number_multipliers"]
    total, part = 0, 0
    for w in words:
        if w in mults:
            m = mults[w]
            if w == "belas":
                part = (part or 1) + 10  # "tiga belas" is 3 + 10
            elif m >= 1000:
                total += (part or 1) * m
                part = 0
            else:
                part = (part or 1) * m
        elif w in base:
            part += base[w]
        else:
            return None
    return total + part


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
    if unit in lex.stopwords or unit in lex.finite_verbs or unit in lex.raw["number_words"]:
        return None
    if lex.verbish(unit) and not unit.endswith("s"):
        return None
    words = [w for w in re.split(r"[\s-]+", m.group("words").lower()) if w]
    v = spelled_number(words, lex)
    if v is None:
        return None
    return Quantity(m.start(), m.end(), "number", v, unit, _fmt(v))


_HANDLERS: dict[str, Callable[[re.Match[str], Lexicon, dt.date | None], Quantity | None]] = {
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
    return Quantity(m.start(), m.end(), "money", v, cur, f"{cur} {_fmt(v)}")


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
    code, mult = _ISO_UNIT[units[m.group("unit").lower()]]
    n = v * mult
    time_part = code in ("H", "S") or (code == "M" and units[m.group("unit").lower()] == "MIN")
    iso = f"PT{_fmt(n)}{code}" if time_part else f"P{_fmt(n)}{code}"
    return Quantity(m.start(), m.end(), "duration", v, m.group("unit").lower(), iso)


def _relative(ref: dt.date | None, unit: str, step: int) -> str | None:
    if ref is None:
        return None
    if unit == "year":
        return str(ref.year + step)
    if unit == "month":
        y, mo = _shift_month(ref, step)
        return f"{y:04d}-{mo:02d}"
    if unit == "week":
        iso = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return (ref + dt.timedelta(days=step)).isoformat()
