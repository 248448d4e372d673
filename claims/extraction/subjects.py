"""A list of subjects that share one verb: "Boston, New York, and Detroit reelected their
mayors" is a claim per city, unless the verb is joint or the "list" is one name."""

from __future__ import annotations

from .coordination import DETERMINERS, NP_OPENERS
from .drafts import Draft, Range, is_word, predicate, subject_end, word_count
from .lexicon import Lexicon
from .segment import Token

_MAX_SUBJECT_WORDS = 6
_SUBJECTS_REACH = 30  # tokens from the clause start within which a subject list's "and" stands


def split_subjects(toks: list[Token], d: Draft, lex: Lexicon, text: str = "") -> list[Draft]:
    """ "Boston, New York, and Detroit reelected their mayors" gives one claim per city.

    Only a subject list at the start of the clause, with a verb right after it, whose verb
    is not joint ("Putin dan Pezeshkian menandatangani pakta", "X and Y met"); names that
    hold a conjunction ("Department of Forestry and Fire Protection") stay whole.
    """
    i, j = d.own
    if not any(toks[x][2] in lex.coordinators for x in range(i + 1, min(j, i + _SUBJECTS_REACH))):
        return [d]
    p = subject_end(toks, i, j, lex)
    if p <= i + 2 or p >= j - 1 or not is_word(toks[p]):
        return [d]
    k = next((x for x in range(p - 1, i, -1) if toks[x][2] in lex.coordinators), -1)
    if k < 0 or any(toks[x][2] in lex.pair_openers for x in range(i, k)):
        return [d]
    if any(toks[x][2] in lex.symmetric or toks[x][2] in lex.group_words for x in range(i, j)):
        return [d]
    if any(t[2] == '"' or t[2] == "(" for t in toks[i:p]):
        return [d]
    if any(toks[x][2] == "," for x in range(k + 1, p)):
        return [d]  # "Selain X dan Y, mahasiswa juga ...": the list ends before the comma
    bounds = [x for x in range(i, k) if toks[x][2] == ","]
    oxford = bool(bounds) and bounds[-1] == k - 1
    segs: list[Range] = list(zip([i, *(b + 1 for b in bounds)], [*bounds, k], strict=True))
    # the opener before the list ("To date, Honda and Mazda ..."): segments that start with
    # a preposition or are not short noun phrases
    first = len(segs) - 1
    if oxford or len(segs) > 1:
        while first > 0 and _subject_item(toks, *segs[first - 1], lex):
            first -= 1
        if len(segs) - first < 2 and oxford:
            return [d]
    items = [seg for seg in segs[first:] if seg[0] < seg[1]]
    if items:
        # "It's fortunate that many offices and schools are closed": the subjects follow "that"
        that = next(
            (x for x in range(k - 1, items[0][0] - 1, -1) if toks[x][2] in lex.complementizers),
            -1,
        )
        if that >= 0:
            if len(items) > 1:
                return [d]
            items = [(that + 1, items[0][1])]
    # "Operasi dan tim tersebut dinamai": the demonstrative belongs to every subject
    rest = p - 1 if toks[p - 1][2] in lex.demonstratives and p - 1 > k + 1 else p
    items.append((k + 1, rest))
    if len(items) < 2 or not all(_subject_item(toks, s, e, lex) for s, e in items):
        return [d]
    if (toks[items[-2][1] - 1][2], toks[items[-1][0]][2]) in lex.fixed_pairs:
        return [d]  # "Supply and demand have ...": one thing
    if _linked_name(toks, items[-2], text) or (
        text and _one_name(toks, items[-2], items[-1], text)
    ):
        return [d]
    opener = (i, items[0][0]) if items[0][0] > i else None
    if opener and any(predicate(toks, x, lex) for x in range(*opener)):
        return [d]  # "we advise passengers to check ..., allow X and find Y will ...": a clause
    head = (*d.prefix, opener) if opener else d.prefix
    return [Draft((*head, item), (rest, j)) for item in items]


def _subject_item(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    if s >= e or not 1 <= word_count(toks, s, e) <= _MAX_SUBJECT_WORDS:
        return False
    if toks[s][2] in NP_OPENERS or toks[s][2] in lex.leading_connectives:
        return False
    return not any(predicate(toks, x, lex) for x in range(s, e))


def _one_name(toks: list[Token], left: Range, right: Range, text: str) -> bool:
    """ "The Senate Environment and Public Works Committee": a capitalised name after "the"
    whose other half has no article of its own is one body, not two."""
    words = [x for x in (*range(*left), *range(*right)) if is_word(toks[x])]
    capital = all(text[toks[x][0]].isupper() for x in words if toks[x][2] not in DETERMINERS)
    return capital and toks[left[0]][2] == "the" and toks[right[0]][2] not in DETERMINERS


def _linked_name(toks: list[Token], left: Range, text: str = "") -> bool:
    """ "Department of Forestry and Fire Protection": a link word inside the left item makes
    the conjunction more likely part of one name than a list of two subjects; a capitalised
    one ("People Before Profit") is a word of a name that ends there."""
    return any(
        toks[x][2] in NP_OPENERS and not (text and text[toks[x][0]].isupper())
        for x in range(left[0] + 1, left[1])
    )
