"""A transparent check-worthiness score: features with fixed weights, reasons listed."""

from __future__ import annotations

from .lexicon import Lexicon, Phrases
from .segment import Token

BASE = 0.4
WEIGHTS = {
    "number": 0.2,
    "date": 0.05,
    "named-entity": 0.1,
    "comparison": 0.1,
    "negation": 0.05,
    "absence": 0.05,
    "official-source": 0.1,
    "attributed": 0.05,
    "opinion": -0.25,
    "prediction": -0.15,
    "feeling": -0.25,
    "question": -0.4,
    "hedged": -0.05,
    "entity-gap": -0.05,
    "short": -0.15,
    "no-verb": -0.2,
    "duplicate": -0.2,
}


def _has_phrase(lows: list[str], phrases: Phrases) -> bool:
    return phrases.search(lows)


def markers(lows: list[str], lex: Lexicon, words: set[str] | None = None) -> set[str]:
    """Opinion, feeling and prediction markers present in a claim's words."""
    if words is None:
        words = set(lows)
    found = set()
    if not words.isdisjoint(lex.opinion) or _has_phrase(lows, lex.opinion_phrases):
        found.add("opinion")
    if not words.isdisjoint(lex.feeling):
        found.add("feeling")
    if not words.isdisjoint(lex.prediction) or _has_phrase(lows, lex.prediction_phrases):
        found.add("prediction")
    return found


def _words(lows: list[str]) -> int:
    n = 0
    for w in lows:
        if w[0].isalnum():
            n += 1
    return n


def _named(text: str, toks: list[Token], stop: frozenset[str]) -> bool:
    """A capitalised word after the first: a name."""
    for t in toks[1:]:  # noqa: SIM110 (mypyc compiles a loop, not a generator)
        if text[t[0]].isupper() and t[2] not in stop:
            return True
    return False


def _any_verb(words: set[str] | frozenset[str], lex: Lexicon) -> bool:
    for w in words:  # noqa: SIM110 (mypyc compiles a loop, not a generator)
        if lex.verbish(w):
            return True
    return False


def score(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    *,
    quantity_types: set[str],
    negated: bool,
    absence: bool,
    hedged: bool,
    gap: bool,
    attributed: bool,
    official: bool,
    kind_markers: set[str],
    question: bool,
    lows: list[str] | None = None,
    words: set[str] | None = None,
) -> dict[str, object]:
    """Score in [0, 1] and the reasons that moved it, in a fixed order."""
    if lows is None:
        lows = [t[2] for t in toks]
    if words is None:
        words = set(lows)
    reasons: list[str] = []
    if quantity_types & {"number", "money", "percent", "duration", "score"}:
        reasons.append("number")
    if "date" in quantity_types or "time" in quantity_types:
        reasons.append("date")
    stop = lex.stopwords
    if _named(text, toks, stop):
        reasons.append("named-entity")
    if not words.isdisjoint(lex.comparison):
        reasons.append("comparison")
    if absence:
        reasons.append("absence")
    elif negated:
        reasons.append("negation")
    if official:
        reasons.append("official-source")
    elif attributed:
        reasons.append("attributed")
    for name in ("opinion", "feeling", "prediction"):
        if name in kind_markers:
            reasons.append(name)
    if question:
        reasons.append("question")
    if hedged:
        reasons.append("hedged")
    if gap:
        reasons.append("entity-gap")
    if len(lows) < 8 and _words(lows) < 4:
        reasons.append("short")
    if (
        words.isdisjoint(lex.predicate_start)
        and words.isdisjoint(lex.negators)
        and not _any_verb(words, lex)
        # a row of figures ("Kecamatan Banjar sebanyak 224 kasus") has no verb either
        and not (
            lex.code == "id" and "number" in reasons and not words.isdisjoint(lex.quantity_markers)
        )
    ):
        # captions, labels and fragments have no verb: in a reviewer's reading of six new
        # articles, 12 of 29 junk claims had none, and 1 of 41 good ones
        reasons.append("no-verb")
    total = 0.0
    for r in reasons:
        total += WEIGHTS[r]
    value = BASE + total
    return {"score": round(min(1.0, max(0.0, value)), 3), "reasons": reasons}
