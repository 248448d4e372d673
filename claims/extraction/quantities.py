"""Numbers, money, percentages, dates, durations and times: where they are in a sentence.

The patterns live here; readers.py turns each match into a normalised Quantity.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .lexicon import Lexicon, lexicon
from .numbers import Quantity, parse_number
from .readers import READERS
from .segment import tokens

__all__ = ["Quantity", "find_quantities", "parse_number"]


_NUM = r"\d{1,3}(?:[.,]\d{3}){1,6}(?:[.,]\d{1,4})?|\d{1,15}(?:[.,]\d{1,4})?"


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
            q = READERS[name](m, lex, ref)
            if q is not None:
                found.append(q)
                busy_until = q.end
                break
    return found
