"""Marks left where a name was stripped: "dari , ,", "antara dan Korea", "oleh bersama"."""

from __future__ import annotations

from functools import cache

from .lexicon import Lexicon, lexicon
from .segment import Token

_GAP_PUNCT = frozenset({",", ".", ";", ":", ")"})


def _title_at(toks: list[Token], k: int, lex: Lexicon) -> int:
    """Length of a title ("Presiden", "Perdana Menteri") starting at token k, else 0."""
    return lex.titles.match_tokens(toks, k)


@cache
def _triggers(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Tokens that can open a gap (function words, conjunctions, a comma, title words); the
    conjunctions; the words a sentence may end with."""
    lex = lexicon(code)
    titles = {ph[0] for ph in lex.titles}
    conj = lex.coordinators | lex.list_final
    triggers = lex.gap_left | conj | frozenset({","}) | titles
    return triggers, conj, frozenset(lex.raw.get("gap_can_end", ()))


def find_gaps(text: str, toks: list[Token], lex: Lexicon) -> list[int]:
    """Offsets in `text` where a stripped name most likely stood, in order."""
    out: list[int] = []
    n = len(toks)
    triggers, conj, can_end = _triggers(lex.code)
    for k in range(n - 1):
        if toks[k][2] not in triggers:
            continue
        a, b = toks[k], toks[k + 1]
        low, nxt = a[2], b[2]
        if low == "," and nxt == ",":
            out.append(b[0])
            continue
        if low in lex.gap_left:
            if nxt in _GAP_PUNCT:
                if nxt in {".", ")"} and low in can_end:
                    continue
                if low in conj and nxt != ".":
                    continue  # "dan, ..." is rare but not a gap
                out.append(b[0])
                continue
            if nxt in lex.gap_right and (low, nxt) not in lex.gap_ok_pairs:
                out.append(b[0])
                continue
        if low in conj and nxt in lex.gap_conj_aux:
            prev = toks[k - 1][2] if k else ""
            if k > 0 and (prev == "," or prev in lex.gap_left or prev in lex.complementizers):
                out.append(a[0])
                continue
        if text[a[0]].isupper():
            t = _title_at(toks, k, lex)
            # "Presiden dan mitranya": a title whose name was cut, then "and his ..."
            if (
                t
                and k + t + 1 < n
                and toks[k + t][2] in conj
                and text[toks[k + t + 1][0]].islower()
            ):
                out.append(toks[k + t][0])
    return sorted(set(out))
