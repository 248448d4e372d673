"""Enumerations: "X termasuk A, B, dan C" gives "X termasuk A", "X termasuk B", "X termasuk C"."""

from __future__ import annotations

from .coordination import NP_OPENERS, clausal, in_pair, score_token
from .drafts import (
    MAX_ITEM_WORDS,
    Draft,
    Range,
    figures,
    ing_form,
    is_number,
    marker_length,
    quoted,
    word_count,
)
from .lexicon import Lexicon
from .segment import Token


def split_enumeration(toks: list[Token], d: Draft, lex: Lexicon, text: str = "") -> list[Draft]:
    """ "X termasuk A, B, dan C" gives "X termasuk A", "X termasuk B", "X termasuk C"."""
    i, j = d.own
    q = quoted(toks, i, j)
    sep = ";" if any(toks[k][2] == ";" for k in range(i, j)) else ","
    commas = [k for k in range(i, j) if toks[k][2] == sep and not q[k - i]]
    if not commas:
        return [d]
    if any(toks[c + 1][2] in lex.relative for c in commas if c + 1 < j and c < commas[-1]):
        # "the legislation, which represents ... in America's roads, bridges and airports": a
        # list inside a relative clause describes its noun; repeating the main clause for each
        # item makes near-copies of one claim
        return [d]
    bounds = [i - 1, *commas, j]
    segs = [(bounds[x] + 1, bounds[x + 1]) for x in range(len(bounds) - 1)]
    last_s, last_e = segs[-1]
    items: list[Range]
    if last_s < last_e and toks[last_s][2] in lex.list_final:
        if toks[last_s][2] in lex.disjunctions:
            return [d]  # "seen, admitted, transferred or discharged": one claim about any
        items, rest = [(last_s + 1, last_e)], len(segs) - 1
    else:
        m = next((k for k in range(last_s + 1, last_e) if toks[k][2] in lex.list_final), -1)
        if m < 0 or clausal(toks, last_s, m, lex) or in_pair(toks, last_s, m, lex):
            return [d]  # "..., romance between the Dow and the milestone": a pair, not a list
        if toks[m][2] in lex.disjunctions:
            return [d]
        if toks[last_s][2] in NP_OPENERS and toks[m + 1][2] not in NP_OPENERS:
            return [d]  # "..., near Highway 174 and County Road 1109A": both roads are "near"
        items, rest = [(m + 1, last_e)], len(segs) if m > last_s else len(segs) - 1
        if m > last_s:
            segs[-1] = (last_s, m)
    head: list[Range] = []
    marker = 0
    for x in range(rest - 1, -1, -1):
        s, e = segs[x]
        marker = marker_length(toks, s, e, lex)
        if marker:
            items.insert(0, (s + marker, e))
            head = [(i, s - 1), (s, s + marker)] if x > 0 else [(s, s + marker)]
            if x > 0 and _spelled_out(toks, i, s, len(items), lex):
                return [d]  # "di 5 kota, yaitu Jakarta, ...": the list spells out the count
            break
        participle = lex.code == "en" and ing_form(toks[s][2])
        if (
            x > 0
            and (toks[s][2] in NP_OPENERS or toks[s][2] in _FOCUS or participle)
            and not any(toks[a][2] in NP_OPENERS for a, _ in items)
            # "saving lives, preventing injuries and ...": a list of -ing items
            and not (participle and all(ing_form(toks[a][2]) for a, _ in items))
            and word_count(toks, s, e) <= MAX_ITEM_WORDS
        ):
            # "..., with concerns over leadership, data collection, and ...", "...,
            # particularly in specialist fields and general practice": the first item is the
            # phrase after the segment's last preposition; what is before it is the head;
            # "..., citing gaps in planning, recruitment difficulties, and ...": after the verb
            p = s
            if not participle:
                p = next((y for y in range(e - 2, s, -1) if toks[y][2] in NP_OPENERS), s)
            items.insert(0, (p + 1, e))
            head = [(i, p + 1)]
            break
        if (
            x > 0
            and 1 <= word_count(toks, s, e) <= MAX_ITEM_WORDS
            and not clausal(toks, s, e, lex, text)
        ):
            items.insert(0, (s, e))
            continue
        m0 = next((k for k in range(s, e) if marker_length(toks, k, e, lex)), -1)
        mlen = marker_length(toks, m0, e, lex) if m0 >= 0 else 0
        if m0 >= 0 and word_count(toks, m0 + mlen, e) > MAX_ITEM_WORDS:
            m0 = -1  # "areas such as Christmas Island ... subject to mandatory health, ...":
            # the marker opened another list, far from this one's first item
        if m0 >= 0:
            if m0 + mlen < e:  # "yakni, A, B, serta C": the first item is after the comma
                items.insert(0, (m0 + mlen, e))
            head = [(i, m0 + mlen)]
            marker = mlen
            if _spelled_out(toks, i, m0, len(items), lex):
                return [d]  # "di 5 kota yaitu Jakarta, ...": the list spells out the count
        elif (
            dash := next((x for x in range(e - 2, s, -1) if toks[x][2] in _LEAD_MARKS), -1)
        ) >= 0 and word_count(toks, dash + 1, e) <= MAX_ITEM_WORDS:
            # "four risk factors - high blood pressure, high cholesterol, and smoking": the
            # dash or colon ends the head
            items.insert(0, (dash + 1, e))
            head = [(i, dash)]
        else:
            if (
                text
                and any(is_number(toks[x][2], lex) for x in range(max(s, e - 4), e))
                and all(any(text[toks[x][0]].isupper() for x in range(a, b)) for a, b in items)
                and not any(toks[x][2][0].isdigit() for a, b in items for x in range(a, b))
            ):
                # "the support of two independent senators, Ian Roach and temporary member
                # Justin Junkere": the names after the comma are the counted ones, not items
                # of one list with them
                return [d]
            # the first item starts after the head's verb ("... who walked out included
            # teachers, ..."), else it is as long as the second
            verb = next((x for x in range(e - 2, s, -1) if _head_verb(toks, x, lex)), -1)
            second = max(1, items[0][1] - items[0][0])
            if verb >= 0 and (
                any(toks[x][2] in NP_OPENERS for x in range(verb + 1, e))
                or e - verb - 1 > max(3, 2 * second)
            ):
                verb = -1  # "signed by fellow senators Frank Lautenberg of New Jersey, ..."
            size = e - verb - 1 if verb >= 0 else second
            if e - s <= size:
                return [d]
            # "a look from government, the universities, ...": the preposition is the head's
            start = e - size + (toks[e - size][2] in NP_OPENERS and size > 1)
            items.insert(0, (start, e))
            head = [(i, start)]
        break
    if not head or len(items) < 2 or (len(items) < 3 and not marker):
        return [d]
    if word_count(toks, *items[-1]) > MAX_ITEM_WORDS + (3 if marker else 0):
        return [d]
    ls, le = items[-1]
    if word_count(toks, ls, le) == 1 and toks[ls][2] in lex.group_words:
        if not marker or len(items) < 3:
            return [d]  # "pilkada serentak, caleg, dan sebagainya": where does the list start?
        # "seperti Chrome, Instagram, Facebook dan lain-lain": each named item, not "etc."
        items.pop()
        ls, le = items[-1]
    if word_count(toks, ls, le) == 1 and score_token(toks[ls][2]):
        return [d]  # "kalah dari X, 16-21 dan 10-21": the games of one match, not a list

    if figures(toks, ls, le, lex) and not figures(toks, *items[0], lex):
        # "A, B, dan C sebesar 0,62 persen": the measure is the group's; but in "Tejakula
        # sebanyak 285 kasus, Banjar sebanyak 224 kasus" every item has its own
        return [d]
    if any(word_count(toks, s, e) < 1 for s, e in items) or word_count(toks, i, head[0][1]) < 2:
        return [d]
    shared = (*d.prefix, *head)
    tail = _shared_tail(toks, items, lex)
    if tail is not None:
        # "Miller had 26 points, eight rebounds and five assists for the 76ers": the phrase
        # after the last item is every item's
        items[-1] = (items[-1][0], tail)
        return [Draft((*shared, item), (tail, le)) for item in items]
    first = items[0][0] + (toks[items[0][0]][2] in lex.enum_markers)
    if toks[first][2] in lex.place_heads and text and text[toks[first][0]].isupper():
        # "yakni Desa Keppa, Rantebelu, Riwang": every name after the first is a "Desa" too
        place = (first, first + 1)
        named = [toks[s][2] in lex.place_heads or s <= first for s, _ in items]
        return [
            Draft(shared if own else (*shared, place), item)
            for own, item in zip(named, items, strict=True)
        ]
    return [Draft(shared, item) for item in items]


_NAMELY = frozenset({"yaitu", "yakni", "namely"})
_FOCUS = frozenset(
    {"particularly", "especially", "notably", "mainly", "mostly", "primarily"}
    | {"terutama", "khususnya", "utamanya"}
)
_MAX_ROW_WORDS = 8


def split_rows(toks: list[Token], d: Draft, lex: Lexicon, text: str) -> list[Draft]:
    """ "Disusul Kecamatan Tejakula sebanyak 285 kasus, Kecamatan Banjar sebanyak 224 kasus":
    a table's rows written as a sentence, one claim a row.

    Every part between commas (and a last "dan") must carry its own figure ("sebanyak 285")
    and every part after the first start with a name; "A, B dan C sebesar 0,62 persen",
    where one figure is the whole group's, is a list, not rows."""
    i, j = d.own
    if lex.code != "id" or not text:
        return [d]
    q = quoted(toks, i, j)
    rows: list[Range] = []
    s = i
    for k in range(i, j + 1):
        if k < j and (q[k - i] or (toks[k][2] != "," and toks[k][2] not in lex.list_final)):
            continue
        if k < j and toks[k][2] in lex.disjunctions:
            return [d]
        if word_count(toks, s, k):
            rows.append((s, k))
        s = k + 1
    if len(rows) < 2:
        return [d]
    for n, (a, b) in enumerate(rows):
        if figures(toks, a, b, lex) != 1:
            return [d]
        if n and (word_count(toks, a, b) > _MAX_ROW_WORDS or not text[toks[a][0]].isupper()):
            return [d]
    return [Draft(d.prefix, row) for row in rows]


def _shared_tail(toks: list[Token], items: list[Range], lex: Lexicon) -> int | None:
    """Where a prepositional phrase after the last item starts, when it belongs to all the
    items: English, every item a short noun phrase with no preposition of its own."""
    if lex.code != "en":
        return None
    ls, le = items[-1]
    p = next((x for x in range(ls + 1, min(le, ls + 4)) if toks[x][2] in _TAIL_PREPOSITIONS), -1)
    if p < 0 or le - p < 2:
        return None
    if any(toks[x][2] in NP_OPENERS for s, e in items[:-1] for x in range(s, e)):
        return None
    if any(not _counted_item(toks, s, e, lex) for s, e in (*items[:-1], (ls, p))):
        return None
    return p


def _spelled_out(toks: list[Token], i: int, m: int, n_items: int, lex: Lexicon) -> bool:
    """True for "di 5 kota, yaitu A, B, C, D, dan E": a count just before "yaitu" / "namely"
    that the items spell out. It is one claim: split, each item would read "5 kota yaitu A".
    ("12 desa terdampak yakni Desa Keppa, Rantebelu, ..." names some of them: a list.)"""
    if toks[m][2] not in _NAMELY:
        return False
    for y in range(m - 1, max(i, m - 4) - 1, -1):
        low = toks[y][2]
        # a count and its noun ("5 kota"), not a year ("RAPBN 2020, yakni")
        if low.isdigit() and y + 1 < m and toks[y + 1][2].isalpha():
            return int(low) == n_items
    return False


def _counted_item(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """ "26 points", "eight rebounds": a count and its noun."""
    low = toks[s][2]
    return e - s <= 3 and is_number(low, lex)


_TAIL_PREPOSITIONS = frozenset({"for", "in", "at", "against", "on"})


_LEAD_MARKS = frozenset({":", "-", "\u2013", "\u2014"})


def _head_verb(toks: list[Token], x: int, lex: Lexicon) -> bool:
    low = toks[x][2]
    return low in lex.finite_verbs or (lex.code == "en" and low.endswith("ed") and len(low) > 4)
