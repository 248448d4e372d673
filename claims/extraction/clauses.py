"""Atomic splitting: contrast, relative clauses, coordinated clauses, lists, number changes."""

from __future__ import annotations

from .coordination import NP_OPENERS, split_clauses, split_coordinated
from .drafts import (
    ARTICLES,
    PUNCT_EDGE,
    Draft,
    Range,
    clause_start,
    figure_at,
    has_predicate,
    is_word,
    predicate,
    quoted,
    subject_end,
    word_count,
)
from .enumeration import split_enumeration, split_rows
from .lexicon import Lexicon
from .segment import Token
from .subclauses import DASHES, comma_clause, dash, participle, subordinate, that_relative
from .subjects import split_subjects

__all__ = ["Draft", "at_breaks", "headline_parts", "split", "subject_end", "trim"]


def _headline_verb(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A predicate, or an Indonesian headline's bare verb: "Gencarkan", "Tewaskan"."""
    if has_predicate(toks, i, j, lex):
        return True
    # "Jumlah Pasien Naik, RSUD Tambah Ruang": bare verbs
    if any(toks[k][2] in lex.headline_verbs for k in range(i + 1, j)):
        return True
    return lex.code == "id" and any(
        len(low) > 5
        and low.endswith(lex.headline_verb_suffixes)
        and not low.startswith(lex.noun_prefixes)
        for low in (toks[k][2] for k in range(i, j))
    )


def headline_parts(toks: list[Token], i: int, j: int, lex: Lexicon) -> list[Range]:
    """A headline's clauses: "Kasus Campak Melonjak, Kemenkes Gencarkan Imunisasi" is two.

    A headline is otherwise kept whole; it splits at a semicolon, or at a comma with a
    clause on both sides whose left side does not open with its verb ("Pererat Hubungan
    Rusia-Iran, Putin dan Pezeshkian Setujui Pakta": the left side is the purpose).
    """
    q = quoted(toks, i, j)
    out, s = [], i
    for k in range(i + 1, j - 1):
        low = toks[k][2]
        if q[k - i] or low not in {",", ";"}:
            continue
        if word_count(toks, s, k) < 2 or word_count(toks, k + 1, j) < 2:
            continue
        if low == "," and (
            predicate(toks, s, lex)
            or not _headline_verb(toks, s, k, lex)
            or not _headline_verb(toks, k + 1, j, lex)
        ):
            continue
        out.append((s, k))
        s = k + 1
    out.append((s, j))
    return out


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


def _carry(
    toks: list[Token], d: Draft, i: int, k: int, right_start: int, lex: Lexicon
) -> tuple[Range, ...]:
    """Shared subject for a right-hand clause that starts with its predicate."""
    if right_start >= len(toks) or not predicate(toks, right_start, lex):
        return d.prefix
    end = k - 1 if k - 1 > i and toks[k - 1][2] == "," else k  # "... pada 2018, namun turun"
    cs = clause_start(toks, i, end)
    se = subject_end(toks, cs, end, lex)
    while se > cs + 1 and toks[se - 1][2] in _DEGREE:
        se -= 1  # "getaran gempa sangat terasa namun hanya sekejap": "sangat" is the verb's
    return (*d.prefix, (cs, se)) if se > cs else d.prefix


_DEGREE = frozenset({"sangat", "amat", "cukup", "agak", "very", "quite", "rather", "too"})


def _nominalised(low: str, lex: Lexicon) -> bool:
    """ "menurunnya", "meningkatnya": a verb made a noun by -nya (the decline of ...)."""
    return lex.code == "id" and low.endswith("nya") and lex.verbish(low[:-3])


def _contrast(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """Split at contrastive and causal connectives where both sides are checkable."""
    i, j = d.own
    if i >= j:
        return []
    low = toks[i][2]
    if low in lex.contrast_subordinating:
        c = next((k for k in range(i + 1, j) if toks[k][2] == ","), -1)
        if c > 0 and word_count(toks, i + 1, c) >= 3 and word_count(toks, c + 1, j) >= 3:
            return [Draft(d.prefix, (i + 1, c)), *_contrast(toks, Draft(d.prefix, (c + 1, j)), lex)]
    q = quoted(toks, i, j)
    for k in range(i + 1, j - 1):
        low = toks[k][2]
        if (low not in lex.contrast and low not in lex.causal) or q[k - i]:
            continue
        if low in lex.contrast_needs_itu and toks[k + 1][2] != "itu" and toks[k - 1][2] != ",":
            continue
        if toks[k - 1][2] != "," and any(toks[x][2] in lex.conditionals for x in range(i, k)):
            continue  # "menolak jika Perppu hanya disetujui tapi tidak direvisi": one condition
        if low in lex.contrast and _not_only(toks, i, k, lex):
            continue  # "tak hanya beras biasa namun beras premium juga naik": not only X but Y
        if low == "though" and toks[k - 1][2] == "even":
            continue  # "even though": split at "even" (below), not after it
        if low in lex.causal and lex.verbish(toks[k - 1][2]):
            continue  # "dipengaruhi karena X": X completes the verb
        if low in lex.causal and (k + 1 < j and toks[k + 1][2] in {"of", "to"}):
            continue  # "because of the troubled economy", "due to ...": a phrase, not a clause
        if low in lex.causal and k + 1 < j and _nominalised(toks[k + 1][2], lex):
            continue  # "karena menurunnya cakupan imunisasi": a noun phrase, not a clause
        if low in lex.causal and not has_predicate(
            toks, k + 1, next((x for x in range(k + 1, j) if toks[x][2] == ","), j), lex
        ):
            continue  # "since Election Day", "since late October, suggesting ...": a time
        if low == "since" and not _clause_soon(toks, k + 1, j, lex):
            continue  # "the first time since Fitzpatrick's arrest Tuesday that officials ..."
        r = k + 1
        while r < j and (toks[r][2] in {",", "itu"}):
            r += 1
        if (
            word_count(toks, i, k) >= 3
            and word_count(toks, r, j) >= 2
            and has_predicate(toks, i, k, lex)
            # "crimes committed while in office": no verb after it, no clause to split off
            and has_predicate(toks, r, j, lex)
        ):
            right = Draft(_carry(toks, d, i, k, r, lex), (r, j))
            return [Draft(d.prefix, (i, k)), *_contrast(toks, right, lex)]
    return [d]


def _not_only(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """ "tak hanya" / "not only" in the twelve words before k."""
    for x in range(max(i + 1, k - 12), k):
        low = toks[x][2]
        if (low == "hanya" or low == "only") and toks[x - 1][2] in lex.negators:
            return True
    return False


def _clause_soon(toks: list[Token], s: int, j: int, lex: Lexicon) -> bool:
    """A verb within five words, before any "that": "since he left" is a clause, "since his
    arrest Tuesday that officials divulged" is a time."""
    for x in range(s, min(j, s + 5)):
        if toks[x][2] in lex.complementizers or toks[x][2] in lex.relative:
            return False
        if predicate(toks, x, lex):
            return True
    return False


def _respectively(toks: list[Token], subjects: list[Draft], lex: Lexicon) -> list[Draft]:
    """ "San Francisco and Hartford were the only markets with a decline, at two percent and
    0.1 percent, respectively": the n-th subject goes with the n-th figure."""
    i, j = subjects[0].own
    r = next((x for x in range(i, j) if toks[x][2] == "respectively"), -1)
    if r < 0:
        return []
    end = r - (toks[r - 1][2] == ",")
    # the values: back from "respectively" to the word before the first of them
    start = next(
        (x + 1 for x in range(end - 1, i - 1, -1) if toks[x][2] in NP_OPENERS or toks[x][2] == ","),
        -1,
    )
    if start <= i:
        return []
    bounds = [x for x in range(start, end) if toks[x][2] in {",", *lex.coordinators}]
    values = [
        (a, b)
        for a, b in zip([start, *(x + 1 for x in bounds)], [*bounds, end], strict=True)
        if word_count(toks, a, b)
    ]
    if len(values) != len(subjects):
        return []
    return [
        Draft((*d.prefix, (i, start)), value) for d, value in zip(subjects, values, strict=True)
    ]


def _relative(toks: list[Token], d: Draft, lex: Lexicon, pronoun: bool = True) -> list[Draft]:
    """ "X, yang P, Q" gives "X P" and "X Q"; "V N yang akan P" gives "V N" and "N akan P".

    `pronoun`: the sentence holds a relative pronoun ("yang", "which", "who"); without one
    only the English "that" and appositive rules can apply."""
    i, j = d.own
    if lex.code == "en" and any(toks[x][2] == "that" for x in range(i, j)):
        drafts = that_relative(toks, d, lex)
        if len(drafts) > 1:
            return drafts
    closed = _closed_relative(toks, d, lex) if pronoun else []
    if closed:
        return closed
    for x in range(i + 1, min(j - 2, i + 6)):
        if toks[x][2] == "," and toks[x + 1][2] in lex.relative:
            c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
            if c2 < 0 or word_count(toks, c2 + 1, j) < 2 or word_count(toks, x + 2, c2) < 2:
                break
            head = (*d.prefix, (i, x))
            return [Draft(head, (x + 2, c2)), Draft(head, (c2 + 1, j))]
        if toks[x][2] == "," and lex.code == "en" and toks[x + 1][2] in ARTICLES:
            # "Mr. Bing, a businessman and former NBA great, held onto the seat": the
            # description between the commas is not part of what he did
            c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
            if (
                c2 > 0
                and c2 + 2 < j
                and not has_predicate(toks, x + 1, c2, lex)
                and predicate(toks, c2 + 1, lex)
            ):
                return [Draft((*d.prefix, (i, x)), (c2 + 1, j))]
            break
        if not is_word(toks[x]) and toks[x - 1][2] + "." not in lex.abbrev_prefix:
            break
    if not pronoun:
        return [d]
    inner = _inner_relative(toks, d, lex)
    if inner:
        return inner
    trailing = _trailing_relative(toks, d, lex)
    if trailing:
        return trailing
    for y in range(i + 2, j - 2):
        if toks[y][2] not in lex.relative or toks[y - 1][2] == ",":
            continue
        if toks[y - 1][2] in NP_OPENERS:
            continue  # "most of which are in the South West": the clause is about "most"
        like = toks[y - 1][2] in lex.enum_markers
        nxt = toks[y + 1][2]
        if nxt in lex.raw["relative_past"] and toks[y - 1][2] in lex.raw["relative_units"]:
            continue  # "bulan yang lalu": a time ago, not a relative clause
        if not like and not (
            nxt in lex.predicate_start or nxt in lex.hedges or nxt in lex.negators
        ):
            continue
        if like and not (nxt in lex.predicate_start or lex.verbish(nxt)):
            continue  # "kumuh seperti yang sebelumnya": a comparison, no clause
        np_end = y - 1 if like else y
        verb = next((x for x in range(np_end - 1, i - 1, -1) if predicate(toks, x, lex)), -1)
        if (
            verb < i
            or np_end - verb - 1 < 1
            or np_end - verb - 1 > 7
            or word_count(toks, y + 1, j) < 2
        ):
            continue
        if toks[verb][2] in _EXISTENTIAL:
            continue  # "terdapat 15 penumpang yang mengalami luka-luka": the clause is the claim
        return [Draft(d.prefix, (i, np_end)), Draft((*d.prefix, (verb + 1, np_end)), (y + 1, j))]
    return [d]


_EXISTENTIAL = frozenset({"ada", "terdapat", "adalah", "there"})


def _trailing_relative(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "They found a middle ground with the 2.5-cent increase, which alone will raise the bill
    by $483" gives the clause and "the 2.5-cent increase alone will raise the bill by $483": a
    relative clause after a comma that runs to the end says something of its own about the
    noun before the comma."""
    i, j = d.own
    for y in range(i + 4, j - 2):
        if toks[y][2] not in lex.relative or toks[y - 1][2] != ",":
            continue
        if any(toks[x][2] == "," for x in range(y + 1, j)) or word_count(toks, y + 1, j) < 3:
            return []
        if not has_predicate(toks, y + 1, j, lex) or not has_predicate(toks, i, y - 1, lex):
            return []
        a = _antecedent(toks, i, y - 1, lex)
        if a <= i:
            return []
        return [Draft(d.prefix, (i, y - 1)), Draft(((a, y - 1),), (y + 1, j))]
    return []


def _antecedent(toks: list[Token], i: int, comma: int, lex: Lexicon) -> int:
    """Where the noun phrase that ends at `comma` starts: after the verb or preposition before
    it, at most seven words back (i when it runs to the clause's start)."""
    a = comma
    while a > i and a > comma - 8 and is_word(toks[a - 1]):
        low = toks[a - 1][2]
        if low in NP_OPENERS or predicate(toks, a - 1, lex):
            break
        a -= 1
    return a if a < comma else i - 1


def _inner_relative(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "Officials said the plant, which opened in 2010, will close in May" gives "... the plant
    will close in May" and "the plant opened in 2010": a relative clause between commas, with
    the main clause's verb right after it."""
    i, j = d.own
    for x in range(i + 6, j - 4):
        if toks[x][2] != "," or toks[x + 1][2] not in lex.relative:
            continue
        c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
        if c2 < 0 or word_count(toks, x + 2, c2) < 2 or word_count(toks, c2 + 1, j) < 2:
            return []
        if not predicate(toks, c2 + 1, lex):
            return []
        a = _antecedent(toks, i, x, lex)
        if a < i:
            return []
        return [Draft((*d.prefix, (i, x)), (c2 + 1, j)), Draft(((a, x),), (x + 2, c2))]
    return []


def _closed_relative(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "Bencana yang terjadi pada Selasa 22 Februari tersebut mengakibatkan P" gives "Bencana
    terjadi pada Selasa 22 Februari" and "Bencana tersebut mengakibatkan P": a demonstrative
    closes the subject's relative clause, the main verb follows it, and a date or figure in the
    clause makes it a checkable fact of its own."""
    if not lex.demonstratives:
        return []
    i, j = d.own
    y = next((x for x in range(i + 1, min(j, i + 4)) if toks[x][2] in lex.relative), -1)
    if y < 0 or not all(is_word(toks[x]) for x in range(i, y)):
        return []
    for z in range(y + 3, min(j - 2, y + 14)):
        low = toks[z][2]
        if not is_word(toks[z]) or low in lex.relative:
            return []
        if low in lex.demonstratives and predicate(toks, z + 1, lex):
            if not any(toks[x][2][0].isdigit() for x in range(y + 1, z)):
                return []  # "Warga yang turut menjajal kereta tersebut": it says which ones
            head = (*d.prefix, (i, y))
            return [Draft(head, (y + 1, z)), Draft(head, (z, j))]
    return []


def _change(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "inflasi 2,31 persen, turun dari 2,57 persen" gives the level and the change."""
    i, j = d.own
    for k in range(i + 1, j - 2):
        if toks[k][2] != "," or toks[k + 1][2] not in lex.change_verbs:
            continue
        num = next((x for x in range(k - 1, i - 1, -1) if _figure(toks, x, k, lex)), -1)
        if num < 0 or not any(toks[x][2][0].isdigit() for x in range(k + 1, j)):
            continue
        while num > i and (
            toks[num - 1][2] in lex.quantity_markers or toks[num - 1][2] in lex.approximators
        ):
            num -= 1
        verb = next((x for x in range(num - 1, i - 1, -1) if predicate(toks, x, lex)), i - 1)
        s0 = verb + 1 if num - verb - 1 >= 1 else i
        subject = (*d.prefix, (s0, num)) if num > s0 else d.prefix
        bare = all(toks[x][2] in lex.stopwords or not is_word(toks[x]) for x in range(s0, num))
        if bare and verb >= i and toks[i][2] in {"there", "ada"}:
            continue  # "There were 71 hospitalizations ..., up from 51": one claim
        if bare and verb >= i and lex.code == "en":
            # "Sales rose to $19.95 billion, up from $19.02 billion": what rose is the subject
            subject = (*d.prefix, (i, verb))
        elif lex.code == "en" and (of := _of_before(toks, i, num)) > i:
            # "a profit of $671 million on revenue of $235 million, down from $400 million":
            # what fell is the noun before "of", not "... of $"
            subject = (*d.prefix, (of - 1, of))
        elif bare and verb >= i:
            # "tercatat lebih dari 4.800 kasus konfirmasi, naik ...": what rose is the noun
            # after the number, not "lebih dari"
            after = next((x for x in range(num, k) if not toks[x][2][0].isdigit()), k)
            subject = (*d.prefix, (after, k)) if word_count(toks, after, k) else d.prefix
        return [Draft(d.prefix, (i, k)), Draft(subject, (k + 1, j))]
    return [d]


def _figure(toks: list[Token], x: int, k: int, lex: Lexicon) -> bool:
    """A number at x that a change after k can be about: not a year, not a day of a month, not
    inside brackets ("8.293.362 penumpang ... (21 Maret-11 April), naik 3,24 persen")."""
    low = toks[x][2]
    if not low[0].isdigit():
        return False
    if len(low) == 4 and low.isdigit() and low[:2] in ("19", "20"):
        return False
    if x + 1 < k and toks[x + 1][2].split("-")[0] in lex.raw["months"]:
        return False
    for y in range(x + 1, k):
        if toks[y][2] == "(":
            break
        if toks[y][2] == ")":
            return False
    return True


def _of_before(toks: list[Token], i: int, num: int) -> int:
    """Index of "of" right before the amount at num ("revenue of $235 million"), else -1."""
    x = num - 1
    while x > i and not is_word(toks[x]):
        x -= 1  # "$"
    return x if x > i and toks[x][2] == "of" and is_word(toks[x - 1]) else -1


def _measure(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X sebesar 0,22 persen masih aman" gives "X sebesar 0,22 persen" and "X masih aman"."""
    i, j = d.own
    if lex.code != "id":
        return [d]
    for m in range(i + 1, j - 3):
        if not figure_at(toks, m, lex):
            continue
        e = m + 2
        while e < j and e - m <= 4 and not predicate(toks, e, lex) and toks[e][2] != ",":
            e += 1
        if e >= j or not predicate(toks, e, lex) or word_count(toks, e, j) < 2:
            return [d]
        if has_predicate(toks, i, m, lex):
            return [d]
        return [Draft(d.prefix, (i, e)), Draft((*d.prefix, (i, m)), (e, j))]
    return [d]


def split(
    toks: list[Token],
    ranges: list[Range],
    lex: Lexicon,
    whole: bool = False,
    present: frozenset[str] | set[str] | None = None,
    text: str = "",
) -> list[Draft]:
    """All atomic drafts of a proposition given as token ranges (`whole`: do not split).

    `text` (the working text the tokens index) tells capitalised names from common nouns.

    `present` (the sentence's lowercased tokens) lets stages that cannot apply be skipped.
    """
    if whole:
        return [Draft((), r) for r in ranges]
    words = present if present is not None else {t[2] for t in toks}
    contrast = not words.isdisjoint(lex.contrast) or not words.isdisjoint(lex.causal)
    relative = not words.isdisjoint(lex.relative) or (
        lex.code == "en" and ("," in words or "that" in words)
    )
    listing = ("," in words or ";" in words) and not words.isdisjoint(lex.list_final)
    coordinated = not words.isdisjoint(lex.coordinators)
    change = "," in words and not words.isdisjoint(lex.change_verbs)
    measure = not words.isdisjoint(lex.quantity_markers)
    out: list[Draft] = []
    for i, j in ranges:
        while j > i + 1 and toks[j - 1][2] in {",", ";"}:
            j -= 1  # '"... termasuk sopir dan kondektur," ujarnya': the list ends at the quote
        drafts = [Draft((), (i, j))]
        if not words.isdisjoint(lex.subordinate_split):
            drafts = [x for d in drafts for x in subordinate(toks, d, lex, text)]
        if contrast:
            drafts = [x for d in drafts for x in _contrast(toks, d, lex)]
        if relative:
            pronoun = not words.isdisjoint(lex.relative)
            drafts = [x for d in drafts for x in _relative(toks, d, lex, pronoun)]
        if lex.code == "en" and "," in words:
            drafts = [x for d in drafts for x in participle(toks, d, lex)]
        if lex.code == "id" and "," in words:
            drafts = [x for d in drafts for x in comma_clause(toks, d, lex, text)]
        if not words.isdisjoint(DASHES):
            drafts = [x for d in drafts for x in dash(toks, d, lex)]
        if measure and "," in words:
            drafts = [x for d in drafts for x in split_rows(toks, d, lex, text)]
        if listing or coordinated:
            stage = []
            if coordinated:
                drafts = [x for d in drafts for x in split_clauses(toks, d, lex)]
            for clause in drafts:
                subjects = split_subjects(toks, clause, lex, text) if coordinated else []
                if len(subjects) > 1 and "respectively" in words:
                    paired = _respectively(toks, subjects, lex)
                    if paired:
                        stage.extend(paired)
                        continue
                for d in subjects if len(subjects) > 1 else [clause]:
                    listed = split_enumeration(toks, d, lex, text) if listing else [d]
                    if coordinated and len(listed) == 1:
                        listed = split_coordinated(toks, listed[0], lex, text)
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


def _abbreviation_dot(toks: list[Token], s: int, k: int, lex: Lexicon) -> bool:
    """True when token k is the dot of an abbreviation inside the piece: "Mazda Motor Co."."""
    if toks[k][2] != "." or k <= s or toks[k - 1][1] != toks[k][0]:
        return False
    word = toks[k - 1][2] + "."
    return word in lex.abbrev_other or word in lex.abbrev_prefix


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
            toks[s][2] in PUNCT_EDGE
            or (
                n == 0
                and toks[s][2] in lex.leading_connectives
                and toks[s][0] not in gaps
                # "that didn't work for us": "that" is the subject here
                and not (
                    toks[s][2] in lex.complementizers and s + 1 < e and predicate(toks, s + 1, lex)
                )
            )
        ):
            s += 1
        while e > s and (
            (
                toks[e - 1][2] in PUNCT_EDGE
                and not _closes(toks, s, e - 1)
                and not _abbreviation_dot(toks, s, e - 1, lex)
            )
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
