"""A claim's token ranges while it is being split, and the word tests the splitters share."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .segment import Token, token_quotes

Range = tuple[int, int]


MAX_ITEM_WORDS = 7


ARTICLES = frozenset({"a", "an", "the"})


PUNCT_EDGE = frozenset(",.;:!?\"'()[]-\u2013\u2014\u2026")


@dataclass(slots=True)
class Draft:
    """Token ranges of one claim: carried-over shared pieces, then its own range."""

    prefix: tuple[Range, ...]
    own: Range

    def pieces(self) -> list[Range]:
        return [*self.prefix, self.own]


def marker_length(toks: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Length of an enumeration marker ("termasuk", "such as") starting at token k, else 0."""
    if k >= end:
        return 0
    if toks[k][2] in lex.enum_markers:
        return 1
    return lex.enum_marker_phrases.match_tokens(toks, k, end)


def is_word(tok: Token) -> bool:
    return tok[2][0].isalnum()


def is_number(low: str, lex: Lexicon) -> bool:
    """ "59", "three": a figure or a number word."""
    return low[0].isdigit() or low in lex.raw["number_words"]


# speech verbs that more often take an object ("praised the opposition", "and found him with
# the knife"): they report only "that P", ", P" or ': "P"'
OBJECT_SPEECH_VERBS = frozenset(
    {"praised", "criticised", "criticized", "rejected", "posted", "found", "memuji", "mengkritik"}
)


def figure_at(toks: list[Token], x: int, lex: Lexicon) -> bool:
    """ "sebanyak 285", "sebesar 0,62": a quantity marker with its figure right after it."""
    return toks[x][2] in lex.quantity_markers and x + 1 < len(toks) and toks[x + 1][2][0].isdigit()


def figures(toks: list[Token], s: int, e: int, lex: Lexicon) -> int:
    """How many figures with their marker stand in [s, e)."""
    n = 0
    for x in range(s, e - 1):
        if figure_at(toks, x, lex):
            n += 1
    return n


def ing_form(low: str) -> bool:
    """ "knocking", "citing": an English -ing word long enough not to be "thing" or "king"."""
    return len(low) > 5 and low.endswith("ing")


def word_count(toks: list[Token], i: int, j: int) -> int:
    # a plain loop: mypyc compiles it to C, a generator inside sum() it does not
    n = 0
    for k in range(i, j):
        if toks[k][2][0].isalnum():
            n += 1
    return n


def has_predicate(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    for k in range(i, j):
        low = toks[k][2]
        if low in lex.predicate_start or low in lex.negators or lex.verbish(low):
            return True
    return False


def quoted(toks: list[Token], i: int, j: int) -> list[bool]:
    """For each token of [i, j): inside a quotation (its opening mark included)?"""
    flags = [False] * (j - i)
    for a, b in token_quotes(toks, i, j):
        for k in range(a, b):
            flags[k - i] = True
    return flags


# when or where a clause after "and" happens: "dan pada bulan Februari terjadi kenaikan ..."
SCENE_OPENERS = frozenset(
    {"pada", "sejak", "hingga", "sampai", "selama", "setelah", "sebelum", "usai"}
    | {"in", "on", "since", "during", "after", "before", "by"}
)

_MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall"})


def predicate(toks: list[Token], k: int, lex: Lexicon) -> bool:
    low = toks[k][2]
    return (
        low in lex.predicate_start
        or low in lex.negators
        or lex.verbish(low)
        or low in lex.hedges
        # English marks few verbs; the word after a modal is one: "will force"
        or (lex.code == "en" and k > 0 and _after_modal(toks, k) and low.isalpha())
        # "it works", "she says": after a singular pronoun a word in -s is its verb
        or (
            lex.code == "en"
            and k > 0
            and toks[k - 1][2] in {"he", "she", "it"}
            and low.endswith("s")
            and low.isalpha()
            and len(low) > 2
        )
        # and the word after an infinitive "to" that is followed by its object: "to publish
        # news", "to expand a recall" (not "to the city", "to school")
        or (
            lex.code == "en"
            and 0 < k < len(toks) - 1
            and toks[k - 1][2] == "to"
            and low.isalpha()
            and low not in lex.stopwords
            and toks[k + 1][2].isalpha()
        )
    )


def _after_modal(toks: list[Token], k: int) -> bool:
    """ "will force", and "will “force”" with the verb in quotes."""
    before = toks[k - 1][2]
    if before == '"' and k > 1:
        before = toks[k - 2][2]
    return before in _MODALS


_EMBEDDERS = frozenset({"untuk", "yang", "to", "that", "which", "who", "guna", "agar"})


def subject_end(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """Index of the main predicate of the clause [i, j), skipping "yang ... tersebut"."""
    first = -1
    k = i
    while k < j:
        low = toks[k][2]
        if low in lex.relative and k > i:
            close = next(
                (x for x in range(k + 1, min(j, k + 10)) if toks[x][2] in lex.demonstratives), -1
            )
            if close > 0:
                k = close + 1
                continue
        if low in lex.subject_pronouns and k == i:
            return k + 1
        if predicate(toks, k, lex):
            if k == i or toks[k - 1][2] not in _EMBEDDERS:
                return k
            if first < 0:
                first = k
        k += 1
    return first if first >= 0 else i


def clause_start(toks: list[Token], i: int, k: int) -> int:
    for x in range(k - 1, i - 1, -1):
        if toks[x][2] == ",":
            return x + 1
    return i
