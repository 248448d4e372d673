"""What a claim record says beyond its spans: its text, its kind, and which headline and lede
claims restate the body."""

from __future__ import annotations

from typing import Any

from . import checkworthiness

_DUPLICATE_MIN = 0.6
_RESTATED_MIN = 0.4  # the least share of a restating claim's own words found in the other


def span_text(original: str, spans: list[list[int]]) -> str:
    if len(spans) == 1:
        s, e = spans[0]
        return " ".join(original[s:e].split())
    parts = []
    for s, e in spans:
        parts.append(" ".join(original[s:e].split()))
    return " ".join(parts).strip()


def kind_of(
    question: bool, absence: bool, quoted: bool, markers: set[str], qtypes: set[str]
) -> str:
    if question:
        return "question"
    if absence:
        return "absence"
    if quoted and "feeling" in markers:
        return "quote-only"
    if "opinion" in markers or "feeling" in markers:
        return "quote-only" if quoted else "opinion"
    if "prediction" in markers:
        return "prediction"
    if qtypes & {"number", "money", "percent", "score"}:
        return "quantity"
    return "statement"


def link_duplicates(claims: list[dict[str, Any]], content: list[frozenset[str]]) -> None:
    """Flag headline and lede claims that restate a later claim: a headline one in the lede or
    the body, a lede one in the body. A good part of the restating claim's words must be in
    the other's: a short body claim that shares three words with a long lede is no
    restatement."""
    later = {"headline": ("lede", "body"), "lede": ("body",)}
    figures: dict[int, frozenset[str]] = {}  # computed only for the pairs that need them

    def figures_of(k: int) -> frozenset[str]:
        if k not in figures:
            figures[k] = _figures(content[k])
        return figures[k]

    for k, c in enumerate(claims):
        if c["section"] == "body" or not content[k]:
            continue
        targets = later[c["section"]]
        best, best_k = 0.0, -1
        for b in range(k + 1, len(claims)):
            if claims[b]["section"] not in targets or not content[b]:
                continue
            shared = len(content[k] & content[b])
            if shared < 3:
                continue
            if figures_of(k) and figures_of(b) and not figures_of(k) & figures_of(b):
                continue  # "surplus USD0,13 miliar" is not "surplus USD12,02 miliar"
            if shared < _RESTATED_MIN * len(content[k]):
                continue  # a lede of twenty words that shares three with a short claim
            overlap = shared / min(len(content[k]), len(content[b]))
            if overlap > best:
                best, best_k = overlap, b
        if best_k >= 0 and best >= _DUPLICATE_MIN:
            c["flags"].append({"type": "duplicate_of", "claim": best_k})
            cw = c["checkworthiness"]
            cw["reasons"].append("duplicate")
            cw["score"] = round(max(0.0, cw["score"] + checkworthiness.WEIGHTS["duplicate"]), 3)


def _figures(words: frozenset[str]) -> frozenset[str]:
    """Amounts, not dates: "usd0,13", "20"; not "17/1/2025" or "2017"."""
    return frozenset(
        w
        for w in words
        if any(ch.isdigit() for ch in w) and "/" not in w and not (len(w) == 4 and w.isdigit())
    )
