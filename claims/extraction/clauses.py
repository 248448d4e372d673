"""Atomic splitting: contrast, relative clauses, coordinated clauses, lists, number changes."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .segment import Token, token_quotes

Range = tuple[int, int]
_MAX_ITEM_WORDS = 7
_PUNCT_EDGE = frozenset(",.;:!?\"'()[]-\u2013\u2014\u2026")


@dataclass(slots=True)
class Draft:
    """Token ranges of one claim: carried-over shared pieces, then its own range."""

    prefix: tuple[Range, ...]
    own: Range

    def pieces(self) -> list[Range]:
        return [*self.prefix, self.own]


def _is_word(tok: Token) -> bool:
    return tok[2][0].isalnum()


def _words(toks: list[Token], i: int, j: int) -> int:
    return sum(1 for k in range(i, j) if toks[k][2][0].isalnum())


def _has_predicate(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    for k in range(i, j):
        low = toks[k][2]
        if low in lex.predicate_start or low in lex.negators or lex.verbish(low):
            return True
    return False


def _first_predicate(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    for k in range(i, j):
        low = toks[k][2]
        if low in lex.predicate_start or low in lex.negators or lex.verbish(low):
            return k
    return i


def _quoted(toks: list[Token], i: int, j: int) -> list[bool]:
    """For each token of [i, j): inside a quotation (its opening mark included)?"""
    flags = [False] * (j - i)
    for a, b in token_quotes(toks, i, j):
        for k in range(a, b):
            flags[k - i] = True
    return flags


def at_breaks(toks: list[Token], i: int, j: int, breaks: list[int]) -> list[Range]:
    """Split token range at sentence ends that lie inside a quote."""
    out, s = [], i
    for b in breaks:
        k = s
        while k < j and toks[k][1] <= b:
            k += 1
        if k > s and k < j:
            out.append((s, k))
            s = k
    out.append((s, j))
    return out


_MODALS = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "shall"})


def _predicate(toks: list[Token], k: int, lex: Lexicon) -> bool:
    low = toks[k][2]
    return (
        low in lex.predicate_start
        or low in lex.negators
        or lex.verbish(low)
        or low in lex.hedges
        # English marks few verbs; the word after a modal is one: "will force"
        or (lex.code == "en" and k > 0 and toks[k - 1][2] in _MODALS and low.isalpha())
    )


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
        if _predicate(toks, k, lex) or (lex.code == "en" and low in lex.finite_verbs):
            if k == i or toks[k - 1][2] not in _EMBEDDERS:
                return k
            if first < 0:
                first = k
        k += 1
    return first if first >= 0 else i


def _clause_start(toks: list[Token], i: int, k: int) -> int:
    for x in range(k - 1, i - 1, -1):
        if toks[x][2] == ",":
            return x + 1
    return i


def _carry(
    toks: list[Token], d: Draft, i: int, k: int, right_start: int, lex: Lexicon
) -> tuple[Range, ...]:
    """Shared subject for a right-hand clause that starts with its predicate."""
    if right_start >= len(toks) or not _predicate(toks, right_start, lex):
        return d.prefix
    cs = _clause_start(toks, i, k)
    se = subject_end(toks, cs, k, lex)
    return (*d.prefix, (cs, se)) if se > cs else d.prefix


def _contrast(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """Split at contrastive and causal connectives where both sides are checkable."""
    i, j = d.own
    if i >= j:
        return []
    low = toks[i][2]
    if low in lex.contrast_subordinating:
        c = next((k for k in range(i + 1, j) if toks[k][2] == ","), -1)
        if c > 0 and _words(toks, i + 1, c) >= 3 and _words(toks, c + 1, j) >= 3:
            return [Draft(d.prefix, (i + 1, c)), *_contrast(toks, Draft(d.prefix, (c + 1, j)), lex)]
    q = _quoted(toks, i, j)
    for k in range(i + 1, j - 1):
        low = toks[k][2]
        if (low not in lex.contrast and low not in lex.causal) or q[k - i]:
            continue
        if low in lex.contrast_needs_itu and toks[k + 1][2] != "itu" and toks[k - 1][2] != ",":
            continue
        if low in lex.causal and lex.verbish(toks[k - 1][2]):
            continue  # "dipengaruhi karena X": X completes the verb
        if low in lex.causal and (k + 1 < j and toks[k + 1][2] in {"of", "to"}):
            continue  # "because of the troubled economy", "due to ...": a phrase, not a clause
        r = k + 1
        while r < j and (toks[r][2] in {",", "itu"}):
            r += 1
        if _words(toks, i, k) >= 3 and _words(toks, r, j) >= 2 and _has_predicate(toks, i, k, lex):
            right = Draft(_carry(toks, d, i, k, r, lex), (r, j))
            return [Draft(d.prefix, (i, k)), *_contrast(toks, right, lex)]
    return [d]


def _relative(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X, yang P, Q" gives "X P" and "X Q"; "V N yang akan P" gives "V N" and "N akan P"."""
    i, j = d.own
    for x in range(i + 1, min(j - 2, i + 6)):
        if toks[x][2] == "," and toks[x + 1][2] in lex.relative:
            c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
            if c2 < 0 or _words(toks, c2 + 1, j) < 2 or _words(toks, x + 2, c2) < 2:
                break
            head = (*d.prefix, (i, x))
            return [Draft(head, (x + 2, c2)), Draft(head, (c2 + 1, j))]
        if not _is_word(toks[x]):
            break
    for y in range(i + 2, j - 2):
        if toks[y][2] not in lex.relative or toks[y - 1][2] == ",":
            continue
        like = toks[y - 1][2] in lex.enum_markers
        nxt = toks[y + 1][2]
        if not like and not (
            nxt in lex.predicate_start
            or nxt in lex.hedges
            or nxt in lex.negators
            # "mengalami kecelakaan tunggal yang menyebabkan tujuh penumpangnya meninggal": an
            # active verb starts a relative clause that says something of its own
            or (
                lex.code == "id"
                and nxt.startswith(("me", "mem", "men", "meng"))
                and lex.verbish(nxt)
            )
        ):
            continue
        np_end = y - 1 if like else y
        verb = next((x for x in range(np_end - 1, i - 1, -1) if _predicate(toks, x, lex)), -1)
        if verb < i or np_end - verb - 1 < 1 or np_end - verb - 1 > 7 or _words(toks, y + 1, j) < 2:
            continue
        if toks[verb][2] in _EXISTENTIAL:
            continue  # "terdapat 15 penumpang yang mengalami luka-luka": the clause is the claim
        return [Draft(d.prefix, (i, np_end)), Draft((*d.prefix, (verb + 1, np_end)), (y + 1, j))]
    return [d]


_EXISTENTIAL = frozenset({"ada", "terdapat", "adalah", "there"})

_NP_OPENERS = frozenset(
    {
        "di",
        "ke",
        "dari",
        "tentang",
        "mengenai",
        "untuk",
        "dengan",
        "bagi",
        "pada",
        "terhadap",
        "in",
        "on",
        "at",
        "to",
        "from",
        "about",
        "with",
        "for",
        "of",
        "via",
        "through",
        "by",
        "melalui",
        "lewat",
    }
)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})


def _with_subject(toks: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """True when the clause after "and" names its own subject: ", and I pledge", "and a
    tornado warning is in effect".

    In Indonesian the subject must be followed by an auxiliary (telah, akan, tidak): ", dan
    akan" alone is more often what is left of a stripped name."""
    if k + 2 >= j:
        return False
    first = toks[k + 1][2]
    if lex.code == "id":
        # "Tujuh penumpang tewas dan jenazahnya telah dibawa ke RS": a noun, then an auxiliary
        return (
            first.isalpha()
            and first not in lex.stopwords
            and not _predicate(toks, k + 1, lex)
            and any(toks[x][2] in lex.predicate_start for x in range(k + 2, min(j, k + 4)))
        )
    if toks[k - 1][2] == "," and first in lex.subject_pronouns:
        return toks[k + 2][2].isalpha()
    # "... to take cover and a tornado warning is in effect": a new subject and its verb
    if first not in _DETERMINERS:
        return False
    verb = next((x for x in range(k + 2, min(j, k + 6)) if toks[x][2] in lex.finite_verbs), -1)
    if verb < 0:
        return False
    # "an 8-month-old baby and a second person were pulled out": a singular noun phrase with a
    # plural verb is the second half of a joint subject, not a subject of its own
    return not (first in {"a", "an", "this", "that"} and toks[verb][2] in {"were", "are", "have"})


def _coordinated(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X tidak A dan tidak akan B" gives "X tidak A" and "X tidak akan B"."""
    i, j = d.own
    q = _quoted(toks, i, j)
    # a clause with its own subject after ", and" is the main boundary: split there first
    for k in range(i + 2, j - 2):
        if (
            toks[k][2] in lex.coordinators
            and not q[k - i]
            and _with_subject(toks, k, j, lex)
            and _words(toks, i, k) >= 2
        ):
            left = _coordinated(toks, Draft(d.prefix, (i, k - (toks[k - 1][2] == ","))), lex)
            return [*left, *_coordinated(toks, Draft(d.prefix, (k + 1, j)), lex)]
    for k in range(i + 2, j - 1):
        if toks[k][2] not in lex.coordinators or q[k - i] or _in_pair(toks, i, k, lex):
            continue
        nxt = toks[k + 1][2]
        cs = _clause_start(toks, i, k)
        shared: tuple[Range, ...] | None = None
        right = (k + 1, j)
        if nxt in lex.complementizers:
            right, shared = (k + 2, j), d.prefix
        elif toks[k - 1][2] == "," or toks[k - 1][2] in lex.gap_left:
            continue  # ", dan akan" and "antara dan" are stripped names, not clauses
        else:
            p = next((x for x in range(cs, k) if toks[x][2] == nxt), -1)
            if p < 0 and lex.code == "en" and nxt.endswith("ing") and len(nxt) > 4:
                p = next(
                    (
                        x
                        for x in range(i, k)
                        if toks[x][2].endswith("ing")
                        and len(toks[x][2]) > 4
                        and _has_predicate(toks, i, x, lex)
                    ),
                    -1,
                )
            if p >= 0 and _is_word(toks[p]) and _has_predicate(toks, i, p, lex):
                shared = (*d.prefix, (i, p)) if p > i else d.prefix
            elif (
                _predicate(toks, k + 1, lex)
                or _acts_on_number(toks, k + 1, j, lex)
                or (
                    lex.code == "en"
                    and toks[cs][2] in lex.subject_pronouns
                    and nxt not in lex.stopwords
                    and nxt not in _DETERMINERS
                    and nxt not in lex.raw["number_words"]  # "it will force X and three automakers"
                    and not nxt[0].isdigit()
                    and _words(toks, k + 1, j) >= 3
                    and _has_predicate(toks, cs, k, lex)
                )
            ):
                if not _has_predicate(toks, cs, k, lex):
                    continue
                head = next(
                    (
                        x
                        for x in range(k - 1, cs - 1, -1)
                        if lex.verbish(toks[x][2]) and toks[x - 1][2] not in lex.relative
                    ),
                    -1,
                )
                if lex.code == "en" or head < 0:
                    head = subject_end(toks, cs, k, lex)
                if head <= cs:
                    continue
                shared = (*d.prefix, (cs, head))
            elif (
                _has_predicate(toks, cs, k, lex)
                and 1 <= _words(toks, k + 1, j) <= 5
                and not _clausal(toks, k + 1, j, lex)
            ):
                a = next(
                    (
                        x
                        for x in range(k - 1, cs - 1, -1)
                        if toks[x][2] in _NP_OPENERS
                        or toks[x][2] in lex.enum_markers
                        or _predicate(toks, x, lex)
                    ),
                    -1,
                )
                if a < cs or k - a - 1 < 1 or k - a - 1 > 5:
                    continue
                if _gapped(toks, a + 1, k, j):
                    continue
                shared = (*d.prefix, (i, a + 1))
            else:
                continue
        if _words(toks, i, k) < 2 or _words(toks, *right) < 1:
            continue
        return [Draft(d.prefix, (i, k)), *_coordinated(toks, Draft(shared, right), lex)]
    return [d]


_AMOUNT_MARKS = frozenset({"$", "€", "£", "rp", "us$", "usd", "idr"})


def _gapped(toks: list[Token], s: int, k: int, j: int) -> bool:
    """ "cakupan MR1 mencapai 92 persen dan MR2 baru 82,3 persen": the right side names a new
    subject with its own figure and leaves the verb out; carrying the verb would pair MR2 with
    the wrong words, so the sentence stays one claim."""

    def figure(a: int, b: int) -> bool:
        return any(toks[x][2][0].isdigit() for x in range(a, b))

    return figure(s, k) and figure(k + 2, j) and not toks[k + 1][2][0].isdigit()


def _acts_on_number(toks: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """ "... and cost $2.5 billion", "dan capai 50 persen": a word right before an amount
    is taken as a verb, since a bare noun seldom stands there."""
    if k + 1 >= j:
        return False
    low, nxt = toks[k][2], toks[k + 1][2]
    return (
        low.isalpha()
        and low not in lex.stopwords
        and low not in lex.raw["months"]  # "Juni dan Juli 2017"
        and (nxt[0].isdigit() or nxt in _AMOUNT_MARKS)
    )


def _in_pair(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """True when the coordinator at k joins the two sides of "antara X dan Y"."""
    for x in range(k - 1, max(i, k - _MAX_ITEM_WORDS) - 1, -1):
        low = toks[x][2]
        if low in lex.pair_openers:
            return True
        if low in _PUNCT_EDGE or _predicate(toks, x, lex):
            return False
    return False


def _clausal(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """True when a list segment looks like a clause (has a verb), not a list item."""
    if lex.code == "en":
        return any(toks[k][2] in lex.finite_verbs for k in range(s, e))
    return any(lex.verbish(toks[k][2]) for k in range(s, e))


def _enumeration(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X termasuk A, B, dan C" gives "X termasuk A", "X termasuk B", "X termasuk C"."""
    i, j = d.own
    q = _quoted(toks, i, j)
    sep = ";" if any(toks[k][2] == ";" for k in range(i, j)) else ","
    commas = [k for k in range(i, j) if toks[k][2] == sep and not q[k - i]]
    if not commas:
        return [d]
    bounds = [i - 1, *commas, j]
    segs = [(bounds[x] + 1, bounds[x + 1]) for x in range(len(bounds) - 1)]
    last_s, last_e = segs[-1]
    items: list[Range]
    if last_s < last_e and toks[last_s][2] in lex.list_final:
        items, rest = [(last_s + 1, last_e)], len(segs) - 1
    else:
        m = next((k for k in range(last_s + 1, last_e) if toks[k][2] in lex.list_final), -1)
        if m < 0 or _clausal(toks, last_s, m, lex):
            return [d]
        items, rest = [(m + 1, last_e)], len(segs) if m > last_s else len(segs) - 1
        if m > last_s:
            segs[-1] = (last_s, m)
    head: list[Range] = []
    marker = 0
    for x in range(rest - 1, -1, -1):
        s, e = segs[x]
        marker = _marker(toks, s, e, lex)
        if marker:
            items.insert(0, (s + marker, e))
            head = [(i, s - 1), (s, s + marker)] if x > 0 else [(s, s + marker)]
            break
        if x > 0 and 1 <= _words(toks, s, e) <= _MAX_ITEM_WORDS and not _clausal(toks, s, e, lex):
            items.insert(0, (s, e))
            continue
        m0 = next((k for k in range(s, e) if _marker(toks, k, e, lex)), -1)
        if m0 >= 0:
            mlen = _marker(toks, m0, e, lex)
            items.insert(0, (m0 + mlen, e))
            head = [(i, m0 + mlen)]
            marker = mlen
        else:
            size = max(1, items[0][1] - items[0][0])
            if e - s <= size:
                return [d]
            items.insert(0, (e - size, e))
            head = [(i, e - size)]
        break
    if not head or len(items) < 2 or (len(items) < 3 and not marker):
        return [d]
    if _words(toks, *items[-1]) > _MAX_ITEM_WORDS + (3 if marker else 0):
        return [d]
    ls, le = items[-1]
    if any(
        toks[x][2] in lex.quantity_markers and toks[x + 1][2][0].isdigit()
        for x in range(ls, le - 1)
    ):
        return [d]  # "A, B, dan C sebesar 0,62 persen": the measure is the group's
    if any(_words(toks, s, e) < 1 for s, e in items) or _words(toks, i, head[0][1]) < 2:
        return [d]
    shared = (*d.prefix, *head)
    return [Draft(shared, item) for item in items]


def _marker(toks: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Length of an enumeration marker starting at token k (0 if none)."""
    if k >= end:
        return 0
    if toks[k][2] in lex.enum_markers:
        return 1
    return lex.enum_marker_phrases.match_tokens(toks, k, end)


def _change(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "inflasi 2,31 persen, turun dari 2,57 persen" gives the level and the change."""
    i, j = d.own
    for k in range(i + 1, j - 2):
        if toks[k][2] != "," or toks[k + 1][2] not in lex.change_verbs:
            continue
        num = next((x for x in range(k - 1, i - 1, -1) if toks[x][2][0].isdigit()), -1)
        if num < 0 or not any(toks[x][2][0].isdigit() for x in range(k + 1, j)):
            continue
        while num > i and (
            toks[num - 1][2] in lex.quantity_markers or toks[num - 1][2] in lex.approximators
        ):
            num -= 1
        verb = next((x for x in range(num - 1, i - 1, -1) if _predicate(toks, x, lex)), i - 1)
        s0 = verb + 1 if num - verb - 1 >= 1 else i
        subject = (*d.prefix, (s0, num)) if num > s0 else d.prefix
        return [Draft(d.prefix, (i, k)), Draft(subject, (k + 1, j))]
    return [d]


def _measure(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X sebesar 0,22 persen masih aman" gives "X sebesar 0,22 persen" and "X masih aman"."""
    i, j = d.own
    if lex.code != "id":
        return [d]
    for m in range(i + 1, j - 3):
        if toks[m][2] not in lex.quantity_markers or not toks[m + 1][2][0].isdigit():
            continue
        e = m + 2
        while e < j and e - m <= 4 and not _predicate(toks, e, lex) and toks[e][2] != ",":
            e += 1
        if e >= j or not _predicate(toks, e, lex) or _words(toks, e, j) < 2:
            return [d]
        if _has_predicate(toks, i, m, lex):
            return [d]
        return [Draft(d.prefix, (i, e)), Draft((*d.prefix, (i, m)), (e, j))]
    return [d]


def split(
    toks: list[Token],
    ranges: list[Range],
    lex: Lexicon,
    whole: bool = False,
    present: frozenset[str] | set[str] | None = None,
) -> list[Draft]:
    """All atomic drafts of a proposition given as token ranges (`whole`: do not split).

    `present` (the sentence's lowercased tokens) lets stages that cannot apply be skipped.
    """
    if whole:
        return [Draft((), r) for r in ranges]
    words = present if present is not None else {t[2] for t in toks}
    contrast = not words.isdisjoint(lex.contrast) or not words.isdisjoint(lex.causal)
    relative = not words.isdisjoint(lex.relative)
    listing = ("," in words or ";" in words) and not words.isdisjoint(lex.list_final)
    coordinated = not words.isdisjoint(lex.coordinators)
    change = "," in words and not words.isdisjoint(lex.change_verbs)
    measure = not words.isdisjoint(lex.quantity_markers)
    out: list[Draft] = []
    for i, j in ranges:
        drafts = [Draft((), (i, j))]
        if contrast:
            drafts = [x for d in drafts for x in _contrast(toks, d, lex)]
        if relative:
            drafts = [x for d in drafts for x in _relative(toks, d, lex)]
        if listing or coordinated:
            stage = []
            for d in drafts:
                listed = _enumeration(toks, d, lex) if listing else [d]
                if coordinated and len(listed) == 1:
                    listed = _coordinated(toks, listed[0], lex)
                stage.extend(listed)
            drafts = stage
        if change:
            drafts = [x for d in drafts for x in _change(toks, d, lex)]
        if measure:
            drafts = [x for d in drafts for x in _measure(toks, d, lex)]
        out.extend(drafts)
    return out


def _closes(toks: list[Token], s: int, k: int) -> bool:
    """True when token k closes a bracket or quote opened inside [s, k)."""
    low = toks[k][2]
    if low == ")":
        return any(toks[x][2] == "(" for x in range(s, k))
    if low == '"':
        return sum(1 for x in range(s, k) if toks[x][2] == '"') % 2 == 1
    return False


def trim(
    toks: list[Token], pieces: list[Range], lex: Lexicon, gaps: frozenset[int] = frozenset()
) -> list[Range]:
    """Drop edge punctuation of every piece and dangling connectives at the claim's ends.

    A connective next to a stripped name stays: it is all that is left of that name's phrase.
    """
    out: list[Range] = []
    last = len(pieces) - 1
    n_toks = len(toks)
    for n, (s, e) in enumerate(pieces):
        while s < e and (
            toks[s][2] in _PUNCT_EDGE
            or (n == 0 and toks[s][2] in lex.leading_connectives and toks[s][0] not in gaps)
        ):
            s += 1
        while e > s and (
            (toks[e - 1][2] in _PUNCT_EDGE and not _closes(toks, s, e - 1))
            or (
                n == last
                and toks[e - 1][2] in lex.trailing_connectives
                and not (e < n_toks and toks[e][0] in gaps)
            )
        ):
            e -= 1
        if s < e:
            if out and out[-1][1] >= s:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
    return out
