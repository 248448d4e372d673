"""Scoring of predicted claims against a gold file (pure functions, no engine import).

The rule (EXTRACTION.md, "Measuring it honestly"):

* Each gold claim names the sentence it comes from by a verbatim prefix, unique in the article,
  and lists verbatim ``key`` fragments of that sentence: the words that make up the proposition.
  A fragment is looked up in the line that starts at the sentence prefix, from the end of the
  previous fragment onwards (then from the sentence start); a prefix or fragment that cannot be
  found is a bug in the gold file and raises :class:`GoldError`.
* Key words are the word tokens (``\\w+``, at least 2 characters) of the fragments, identified by
  their character offsets in the article.
* A prediction covers a key word when the word's character range lies inside the union of the
  prediction's ``spans``.
* A prediction matches a gold claim when it covers at least 90% of the gold claim's key words and
  less than 50% of every sibling's key words (siblings: other gold claims with the same ``group``).
  Siblings share their subject/predicate fragments (the gold repeats them verbatim), so the sibling
  test looks at each sibling's *own* key words, the ones that are not also key words of the claim
  being matched; otherwise no prediction could ever match one item of a list.
* Assignment is one-to-one and greedy: highest coverage first (ties: the tighter prediction, i.e.
  the larger share of its words being key words, then document order).
* recall = matched gold / gold; precision = matched predictions / predictions.
* Negation and attribution accuracy are computed on the matched pairs. Attribution matches when the
  gold speaker string occurs in the predicted speaker (case-insensitive), or when both are null.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

WORD_RE = re.compile(r"\w+")
MIN_WORD_LEN = 2
COVER_MATCH = 0.90
SIBLING_LIMIT = 0.50

Span = tuple[int, int]


class GoldError(ValueError):
    """The gold file does not fit its article (a bug in the gold file, not in the engine)."""


# --------------------------------------------------------------------------- gold side


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def locate_sentence(text: str, prefix: str) -> Span:
    """Return (start, end-of-line) of the unique occurrence of ``prefix`` in ``text``."""
    if not prefix:
        raise GoldError("empty sentence prefix")
    first = text.find(prefix)
    if first < 0:
        raise GoldError(f"sentence prefix not found in the article: {prefix!r}")
    if text.find(prefix, first + 1) >= 0:
        raise GoldError(f"sentence prefix is not unique in the article: {prefix!r}")
    return first, _line_end(text, first)


def key_word_spans(text: str, claim: Mapping[str, Any]) -> frozenset[Span]:
    """Character ranges of the key words of one gold claim."""
    s_start, s_end = locate_sentence(text, claim["sentence"])
    fragments = claim.get("key") or []
    if not fragments:
        raise GoldError(f"gold claim {claim.get('id')!r} has no key fragments")
    words: set[Span] = set()
    cursor = s_start
    for fragment in fragments:
        if not fragment:
            raise GoldError(f"gold claim {claim.get('id')!r} has an empty key fragment")
        at = text.find(fragment, cursor, s_end)
        if at < 0:
            at = text.find(fragment, s_start, s_end)
        if at < 0:
            raise GoldError(
                f"gold claim {claim.get('id')!r}: key fragment {fragment!r} not found in its "
                f"sentence {text[s_start:s_end]!r}"
            )
        cursor = at + len(fragment)
        for m in WORD_RE.finditer(fragment):
            if len(m.group()) >= MIN_WORD_LEN:
                words.add((at + m.start(), at + m.end()))
    if not words:
        raise GoldError(f"gold claim {claim.get('id')!r} has no key words")
    return frozenset(words)


def validate_gold(text: str, gold: Mapping[str, Any]) -> None:
    """Raise GoldError when the gold file does not fit the article."""
    ids = [c.get("id") for c in gold.get("claims", [])]
    if len(ids) != len(set(ids)):
        raise GoldError("duplicate gold claim ids")
    for claim in gold.get("claims", []):
        key_word_spans(text, claim)
    for boiler in gold.get("never_claimed", []):
        if not boiler or boiler not in text:
            raise GoldError(f"never_claimed string not in the article: {boiler!r}")


# --------------------------------------------------------------------------- prediction side


def _merge(spans: Iterable[Sequence[int]]) -> list[Span]:
    merged: list[list[int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _covered(word: Span, merged: Sequence[Span]) -> bool:
    ws, we = word
    # merged is short (a few pieces): a linear scan is fine
    return any(s <= ws and we <= e for s, e in merged)


def coverage(words: Iterable[Span], spans: Iterable[Sequence[int]]) -> float:
    """Share of ``words`` whose character range lies inside the union of ``spans``."""
    words = list(words)
    if not words:
        return 0.0
    merged = _merge(spans)
    return sum(1 for w in words if _covered(w, merged)) / len(words)


def all_word_spans(text: str, spans: Iterable[Sequence[int]]) -> list[Span]:
    """Word tokens (len >= 2) that lie inside the union of spans."""
    out: list[Span] = []
    for s, e in _merge(spans):
        for m in WORD_RE.finditer(text, s, e):
            if len(m.group()) >= MIN_WORD_LEN:
                out.append((m.start(), m.end()))
    return out


def _speaker(pred: Mapping[str, Any]) -> str | None:
    attribution = pred.get("attribution")
    if not attribution:
        return None
    speaker = attribution.get("speaker") if isinstance(attribution, Mapping) else None
    return speaker or None


def attribution_matches(gold_speaker: str | None, predicted_speaker: str | None) -> bool:
    if gold_speaker is None or predicted_speaker is None:
        return gold_speaker is None and predicted_speaker is None
    return gold_speaker.casefold() in predicted_speaker.casefold()


def _piece_text(text: str, spans: Sequence[Sequence[int]]) -> str:
    return " | ".join(text[s:e] for s, e in spans)


def gold_as_predictions(text: str, gold: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A gold file's claims as claim records whose spans are the claim's key words: how one
    reader's gold is scored against another's (benchmarks/agreement.py)."""
    out = []
    for claim in gold["claims"]:
        speaker = claim.get("attribution")
        out.append(
            {
                "text": claim["text"],
                "spans": [list(span) for span in sorted(key_word_spans(text, claim))],
                "negated": claim.get("negated", False),
                "attribution": {"speaker": speaker} if speaker else None,
            }
        )
    return out


# --------------------------------------------------------------------------- score


def score(
    article_text: str, gold: Mapping[str, Any], predicted_claims: Sequence[Mapping[str, Any]]
) -> dict:
    """Score predicted claim records against a gold file for ``article_text``.

    Returns a dict with ``recall``, ``precision``, ``matched`` (pairs), ``unmatched_gold``,
    ``unmatched_predictions``, ``negation_accuracy`` and ``attribution_accuracy`` (None when no
    pair matched), plus ``n_gold`` and ``n_predicted``.
    """
    gold_claims = list(gold.get("claims", []))
    preds = list(predicted_claims)
    words = [key_word_spans(article_text, g) for g in gold_claims]

    groups: dict[str, list[int]] = {}
    for i, g in enumerate(gold_claims):
        if g.get("group"):
            groups.setdefault(g["group"], []).append(i)
    sibling_own: list[list[tuple[str, frozenset[Span]]]] = []
    for i, g in enumerate(gold_claims):
        own = []
        for j in groups.get(g.get("group") or "", []):
            if j != i:
                rest = words[j] - words[i]
                if rest:
                    own.append((gold_claims[j]["id"], rest))
        sibling_own.append(own)

    pred_spans = [[tuple(sp) for sp in (p.get("spans") or [])] for p in preds]
    pred_words = [all_word_spans(article_text, sp) for sp in pred_spans]

    candidates = []
    best: dict[int, dict] = {}
    for gi in range(len(gold_claims)):
        for pi in range(len(preds)):
            cov = coverage(words[gi], pred_spans[pi])
            if cov == 0.0:
                continue
            sib = {sid: coverage(sw, pred_spans[pi]) for sid, sw in sibling_own[gi]}
            blocked = {sid: c for sid, c in sib.items() if c >= SIBLING_LIMIT}
            record = {
                "prediction": pi,
                "coverage": round(cov, 3),
                "sibling_coverage": {k: round(v, 3) for k, v in blocked.items()},
            }
            prev = best.get(gi)
            if prev is None or (cov, -len(blocked)) > (
                prev["coverage"],
                -len(prev["sibling_coverage"]),
            ):
                best[gi] = record
            if cov >= COVER_MATCH and not blocked:
                n_words = len(pred_words[pi]) or 1
                tight = len(words[gi] & set(pred_words[pi])) / n_words
                candidates.append((-cov, -tight, gi, pi))

    candidates.sort()
    gold_to_pred: dict[int, int] = {}
    pred_taken: set[int] = set()
    for _neg_cov, _neg_tight, gi, pi in candidates:
        if gi in gold_to_pred or pi in pred_taken:
            continue
        gold_to_pred[gi] = pi
        pred_taken.add(pi)

    matched = []
    neg_ok = attr_ok = 0
    for gi in sorted(gold_to_pred):
        pi = gold_to_pred[gi]
        g, p = gold_claims[gi], preds[pi]
        n_ok = bool(p.get("negated")) == bool(g.get("negated"))
        a_ok = attribution_matches(g.get("attribution"), _speaker(p))
        neg_ok += n_ok
        attr_ok += a_ok
        matched.append(
            {
                "gold": g["id"],
                "prediction": pi,
                "coverage": round(coverage(words[gi], pred_spans[pi]), 3),
                "negation_ok": n_ok,
                "attribution_ok": a_ok,
                "gold_text": g.get("text"),
                "predicted_text": p.get("text"),
                "gold_negated": bool(g.get("negated")),
                "predicted_negated": bool(p.get("negated")),
                "gold_attribution": g.get("attribution"),
                "predicted_attribution": _speaker(p),
            }
        )

    unmatched_gold = []
    for gi, g in enumerate(gold_claims):
        if gi in gold_to_pred:
            continue
        entry = {"gold": g["id"], "text": g.get("text"), "group": g.get("group")}
        if gi in best:
            b = best[gi]
            entry["closest_prediction"] = b["prediction"]
            entry["closest_coverage"] = b["coverage"]
            entry["closest_sibling_coverage"] = b["sibling_coverage"]
            entry["closest_text"] = preds[b["prediction"]].get("text")
        unmatched_gold.append(entry)

    unmatched_predictions = [
        {
            "prediction": pi,
            "text": p.get("text"),
            "spans_text": _piece_text(article_text, pred_spans[pi]),
        }
        for pi, p in enumerate(preds)
        if pi not in pred_taken
    ]

    n_match = len(matched)
    return {
        "recall": n_match / len(gold_claims) if gold_claims else 1.0,
        "precision": n_match / len(preds) if preds else (1.0 if not gold_claims else 0.0),
        "matched": matched,
        "unmatched_gold": unmatched_gold,
        "unmatched_predictions": unmatched_predictions,
        "negation_accuracy": neg_ok / n_match if n_match else None,
        "attribution_accuracy": attr_ok / n_match if n_match else None,
        "n_gold": len(gold_claims),
        "n_predicted": len(preds),
    }


def boilerplate_violations(
    article_text: str, never_claimed: Iterable[str], predicted_claims: Sequence[Mapping[str, Any]]
) -> list[dict]:
    """Predictions whose spans overlap any occurrence of a never_claimed string."""
    ranges = []
    for boiler in never_claimed:
        start = article_text.find(boiler)
        while start >= 0 and boiler:
            ranges.append((boiler, start, start + len(boiler)))
            start = article_text.find(boiler, start + 1)
    out = []
    for pi, p in enumerate(predicted_claims):
        for s, e in p.get("spans") or []:
            for boiler, bs, be in ranges:
                if s < be and bs < e:
                    out.append(
                        {
                            "prediction": pi,
                            "boilerplate": boiler,
                            "span": [s, e],
                            "span_text": article_text[s:e],
                        }
                    )
    return out


def format_report(result: Mapping[str, Any], limit: int = 60) -> str:
    """Readable summary of a score() result for assertion messages."""
    lines = [
        f"recall {result['recall']:.3f} ({len(result['matched'])}/{result['n_gold']}), "
        f"precision {result['precision']:.3f} ({len(result['matched'])}/{result['n_predicted']}), "
        f"negation {result['negation_accuracy']}, attribution {result['attribution_accuracy']}",
    ]
    if result["unmatched_gold"]:
        lines.append("unmatched gold:")
        for u in result["unmatched_gold"][:limit]:
            extra = ""
            if "closest_prediction" in u:
                extra = (
                    f"  [closest #{u['closest_prediction']} cov={u['closest_coverage']}"
                    f" siblings>={SIBLING_LIMIT}: {u['closest_sibling_coverage']}"
                    f" text={u['closest_text']!r}]"
                )
            lines.append(f"  {u['gold']} {u['text']!r}{extra}")
    if result["unmatched_predictions"]:
        lines.append("unmatched predictions:")
        for u in result["unmatched_predictions"][:limit]:
            lines.append(f"  #{u['prediction']} {u['text']!r}  spans: {u['spans_text']!r}")
    wrong_neg = [m for m in result["matched"] if not m["negation_ok"]]
    if wrong_neg:
        lines.append("negation wrong on matched pairs:")
        for m in wrong_neg[:limit]:
            lines.append(
                f"  {m['gold']} gold={m['gold_negated']} predicted={m['predicted_negated']} "
                f"{m['gold_text']!r}"
            )
    wrong_attr = [m for m in result["matched"] if not m["attribution_ok"]]
    if wrong_attr:
        lines.append("attribution wrong on matched pairs:")
        for m in wrong_attr[:limit]:
            lines.append(
                f"  {m['gold']} gold={m['gold_attribution']!r} "
                f"predicted={m['predicted_attribution']!r} {m['gold_text']!r}"
            )
    return "\n".join(lines)
