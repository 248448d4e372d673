"""A quantity record and the number and date arithmetic its readers share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .lexicon import Lexicon


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


def fmt(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value) if isinstance(value, int) else f"{value:.10g}"


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


def iso_date(y: int, m: int, d: int | None = None) -> str | None:
    try:
        if d is None:
            dt.date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def full_year(raw: str) -> int:
    y = int(raw)
    return y + 2000 if y < 100 else y


def shift_month(ref: dt.date, months: int) -> tuple[int, int]:
    n = ref.year * 12 + ref.month - 1 + months
    return n // 12, n % 12 + 1


def relative_date(ref: dt.date | None, unit: str, step: int) -> str | None:
    if ref is None:
        return None
    if unit == "year":
        return str(ref.year + step)
    if unit == "month":
        y, mo = shift_month(ref, step)
        return f"{y:04d}-{mo:02d}"
    if unit == "week":
        iso = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    return (ref + dt.timedelta(days=step)).isoformat()
