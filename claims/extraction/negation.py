"""Negation, absence and hedging of a claim, from its tokens."""

from __future__ import annotations

from .lexicon import Lexicon, Phrases
from .segment import Token


def _has_phrase(lows: list[str], phrases: Phrases) -> bool:
    return phrases.search(lows)


def _without_as_predicate(lows: list[str], lex: Lexicon) -> bool:
    """ "has been without a chief", "masih tanpa listrik": "tanpa"/"without" negates a claim
    only as its predicate; "berbicara tanpa izin" or "menang tanpa balas" is not negated."""
    raw = lex.raw
    weak, after = raw.get("predicate_negators", ()), raw.get("predicate_negator_after", ())
    for k in range(1, len(lows)):  # noqa: SIM110 (mypyc compiles a loop, not a generator)
        if lows[k] in weak and lows[k - 1] in after:
            return True
    return False


def _only_idioms(lows: list[str], lex: Lexicon) -> bool:
    """True when every negator sits in a phrase that does not negate: a bound on a figure
    ("no more than", "tidak sampai") or "whether or not" ("atau tidak")."""
    phrases = lex.not_negation
    return all(
        phrases.match(lows, k) or (k > 0 and phrases.match(lows, k - 1) == 2)
        for k, w in enumerate(lows)
        if w in lex.negators
    ) and not _without_as_predicate(lows, lex)


_FINDINGS = frozenset({"terbukti", "bersalah", "sah", "proven", "guilty"})


def polarity(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    lows: list[str] | None = None,
    words: set[str] | frozenset[str] | None = None,
) -> tuple[bool, bool, bool]:
    """(negated, absence, hedged) of the claim whose tokens are `toks`."""
    if lows is None:
        lows = [t[2] for t in toks]
    if words is None:
        words = set(lows)
    negated = not words.isdisjoint(lex.negators) or _without_as_predicate(lows, lex)
    if negated and lex.not_negation and _only_idioms(lows, lex):
        negated = False  # "no more than five years", "tidak sampai dua minggu", "atau tidak"
    if negated:
        # "membuat narasi bahwa kabinet tidak kompak", "kunci agar KLB tidak meluas": a negator
        # inside an embedded "bahwa/that" or purpose clause belongs to it, not to the claim
        cut = next(
            (k for k, w in enumerate(lows) if k and (w in lex.complementizers or w in lex.purpose)),
            -1,
        )
        if cut > 0 and lex.negators.isdisjoint(lows[:cut]):
            negated = False
    absence = (negated and _has_phrase(lows, lex.absence)) or "nihil" in words
    hedged = False
    if not words.isdisjoint(lex.hedges) or not words.isdisjoint(lex.approximators):
        for k, tok in enumerate(toks):
            low = tok[2]
            if low in lex.hedges:
                # "May 2025" is a month, not a hedge.
                if lex.code == "en" and text[tok[0]].isupper() and k > 0:
                    continue
                # "tidak berpotensi tsunami", "tidak mungkin": a definite finding
                if lex.code == "id" and k > 0 and lows[k - 1] in lex.negators:
                    continue
                # "dianggap terbukti secara sah": the court's finding, not a guess
                if k + 1 < len(lows) and lows[k + 1] in _FINDINGS:
                    continue
                hedged = True
                break
            if low in lex.approximators and k + 1 < len(toks) and toks[k + 1][2][0].isdigit():
                hedged = True
                break
    if not hedged and lex.hedge_phrases:
        hedged = _has_phrase(lows, lex.hedge_phrases)
    return negated or absence, absence, hedged
