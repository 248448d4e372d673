"""Coordinated clauses and enumerations: "X tidak A dan tidak akan B", "termasuk A, B, dan C"."""

from __future__ import annotations

from .drafts import (
    MAX_ITEM_WORDS,
    PUNCT_EDGE,
    Draft,
    Range,
    clause_start,
    has_predicate,
    is_word,
    predicate,
    quoted,
    subject_end,
    word_count,
)
from .lexicon import Lexicon
from .segment import Token

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
        # openers of an adverbial phrase before the subject: "Under Britain's legal system,"
        "under",
        "after",
        "before",
        "during",
        "despite",
        "following",
        "amid",
        "since",
        "within",
        "among",
        "dalam",
        "setelah",
        "sebelum",
        "selama",
        "sejak",
        "usai",
        "seusai",
        "saat",
        "ketika",
        "menurut",
        "selain",
        "besides",
        "hingga",
        "sampai",
        "until",
        "across",
        "over",
        "against",
        "toward",
        "towards",
        "near",
        "throughout",
    }
)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# English adjectives mostly end so: "necessary and appropriate steps", "criminal and civil"
_ADJECTIVE_ENDINGS = ("al", "ary", "ive", "ous", "ful", "ic", "able", "ible", "less", "ish")
# forms that are past participles as often as past tenses: "cars made and sold in ..."
_PARTICIPLES = frozenset({"made", "held", "sent", "built", "sold", "found", "set", "put", "cut"})


def _with_subject(toks: list[Token], k: int, j: int, lex: Lexicon) -> bool:
    """True when the clause after "and" names its own subject: ", and I pledge", "and a
    tornado warning is in effect".

    In Indonesian the subject must be followed by an auxiliary (telah, akan, tidak): ", dan
    akan" alone is more often what is left of a stripped name."""
    if k + 2 >= j:
        return False
    first = toks[k + 1][2]
    if _counted_subject(toks, k + 1, j, lex):
        return True
    if lex.code == "id":
        # "Tujuh penumpang tewas dan jenazahnya telah dibawa ke RS": a noun, then an auxiliary
        return (
            first.isalpha()
            and first not in lex.stopwords
            and not predicate(toks, k + 1, lex)
            and any(
                toks[x][2] in lex.predicate_start and word_count(toks, k + 1, x) == x - k - 1
                for x in range(k + 2, min(j, k + 5))
            )
        )
    if first in lex.subject_pronouns and (toks[k - 1][2] == "," or first not in {"it", "you"}):
        # "I", "we", "he", "she", "they" are never objects: "... ahead and I expect him to"
        return toks[k + 2][2].isalpha()
    # "Fisher had five rebounds and Bryant had six": a name, then its own verb
    if first.isalpha() and first not in lex.stopwords and not predicate(toks, k + 1, lex):
        for x in (k + 2, k + 3):
            if x >= j or not toks[x][2].isalpha():
                break
            if toks[x][2] in lex.finite_verbs and toks[x][2] not in _PARTICIPLES:
                return all(
                    toks[y][2] not in lex.stopwords and not lex.verbish(toks[y][2])
                    for y in range(k + 1, x)
                )
    # "... to take cover and a tornado warning is in effect": a new subject and its verb
    if first not in _DETERMINERS:
        return False
    verb = next((x for x in range(k + 2, min(j, k + 6)) if toks[x][2] in lex.finite_verbs), -1)
    if verb < 0:
        return False
    # "an 8-month-old baby and a second person were pulled out": a singular noun phrase with a
    # plural verb is the second half of a joint subject, not a subject of its own
    return not (first in {"a", "an", "this", "that"} and toks[verb][2] in {"were", "are", "have"})


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
    if _linked_name(toks, items[-2]) or (text and _one_name(toks, items[-2], items[-1], text)):
        return [d]
    opener = (i, items[0][0]) if items[0][0] > i else None
    head = (*d.prefix, opener) if opener else d.prefix
    return [Draft((*head, item), (rest, j)) for item in items]


def _subject_item(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    if s >= e or not 1 <= word_count(toks, s, e) <= _MAX_SUBJECT_WORDS:
        return False
    if toks[s][2] in _NP_OPENERS or toks[s][2] in lex.leading_connectives:
        return False
    return not any(
        predicate(toks, x, lex) or (lex.code == "en" and toks[x][2] in lex.finite_verbs)
        for x in range(s, e)
    )


def _one_name(toks: list[Token], left: Range, right: Range, text: str) -> bool:
    """ "The Senate Environment and Public Works Committee": a capitalised name after "the"
    whose other half has no article of its own is one body, not two."""
    words = [x for x in (*range(*left), *range(*right)) if is_word(toks[x])]
    capital = all(text[toks[x][0]].isupper() for x in words if toks[x][2] not in _DETERMINERS)
    return capital and toks[left[0]][2] == "the" and toks[right[0]][2] not in _DETERMINERS


def _linked_name(toks: list[Token], left: Range) -> bool:
    """ "Department of Forestry and Fire Protection": a link word inside the left item makes
    the conjunction more likely part of one name than a list of two subjects."""
    return any(toks[x][2] in _NP_OPENERS for x in range(left[0] + 1, left[1]))


def _counted_subject(toks: list[Token], s: int, j: int, lex: Lexicon) -> bool:
    """ "... 5 unit ambruk dan 15 unit rusak sedang": a count and its noun, then a verb."""
    low = toks[s][2]
    if not (low[0].isdigit() or low in lex.raw["number_words"]):
        return False
    verb = next((x for x in range(s + 1, min(j, s + 4)) if lex.verbish(toks[x][2])), -1)
    return verb > s and all(is_word(toks[x]) for x in range(s, verb))


def split_clauses(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X is prepared, and I pledge to ...": clauses that each name their own subject.

    This is the main boundary of a sentence, so it is split before lists and subjects."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 2, j - 2):
        if (
            toks[k][2] in lex.coordinators
            and not q[k - i]
            and _with_subject(toks, k, j, lex)
            and word_count(toks, i, k) >= 2
            and has_predicate(toks, i, k, lex)  # "tim gabungan dan warga masih ...": subjects
            and not _in_pair(toks, i, k, lex)  # "between the Dow and the milestone is ..."
        ):
            left = Draft(d.prefix, (i, k - (toks[k - 1][2] == ",")))
            return [left, *split_clauses(toks, Draft(d.prefix, (k + 1, j)), lex)]
    return [d]


def split_coordinated(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
    """ "X tidak A dan tidak akan B" gives "X tidak A" and "X tidak akan B"."""
    i, j = d.own
    q = quoted(toks, i, j)
    for k in range(i + 2, j - 1):
        if toks[k][2] not in lex.coordinators or q[k - i] or _in_pair(toks, i, k, lex):
            continue
        nxt = toks[k + 1][2]
        if nxt in lex.group_words:
            continue  # "wilayah Bogor dan sekitarnya", "and others": one place, one group
        cs = clause_start(toks, i, k)
        shared: tuple[Range, ...] | None = None
        tail: Range | None = None  # what follows the right item and belongs to both
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
                        and has_predicate(toks, i, x, lex)
                    ),
                    -1,
                )
            if p >= 0 and is_word(toks[p]) and has_predicate(toks, i, p, lex):
                shared = (*d.prefix, (i, p)) if p > i else d.prefix
            elif (
                predicate(toks, k + 1, lex)
                or _acts_on_number(toks, k + 1, j, lex)
                or (
                    lex.code == "en"
                    and toks[cs][2] in lex.subject_pronouns
                    and nxt not in lex.stopwords
                    and nxt not in _DETERMINERS
                    and nxt not in lex.raw["number_words"]  # "it will force X and three automakers"
                    and not nxt[0].isdigit()
                    and word_count(toks, k + 1, j) >= 3
                    and has_predicate(toks, cs, k, lex)
                )
            ):
                if not has_predicate(toks, cs, k, lex):
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
                # an opener before the subject ("Ketika sampai di Km 370, bus ...") is context
                # both verbs share
                start = i if cs > i and not has_predicate(toks, i, cs - 1, lex) else cs
                shared = (*d.prefix, (start, head))
            elif (
                has_predicate(toks, cs, k, lex)
                and 1 <= word_count(toks, k + 1, (e := _item_end(toks, k + 1, j, lex))) <= 5
                and not _clausal(toks, k + 1, e, lex)
            ):
                a = next(
                    (
                        x
                        for x in range(k - 1, cs - 1, -1)
                        if toks[x][2] in _NP_OPENERS
                        or toks[x][2] in lex.enum_markers
                        or predicate(toks, x, lex)
                    ),
                    -1,
                )
                if a < cs or k - a - 1 < 1 or k - a - 1 > 5:
                    continue
                if _gapped(toks, a + 1, k, j):
                    continue
                if toks[e - 1][2] == "," or (e < j and toks[e][2] == ","):
                    continue  # "Selain X dan Y, mahasiswa ...": a new clause after the comma
                if e < j and lex.verbish(toks[e][2]) and not _participle_phrase(toks, e, j):
                    continue  # "lima rumah ambruk dan belasan lain rusak": a clause, not an item
                if (
                    lex.code == "en"
                    and toks[k - 1][2].endswith(_ADJECTIVE_ENDINGS)
                    and word_count(toks, k + 1, e) > 1
                ):
                    continue  # "all necessary and appropriate steps": two adjectives, one noun
                shared = (*d.prefix, (i, a + 1))
                if e < j:
                    tail = (e, j)
            else:
                continue
        if word_count(toks, i, k) < 2 or word_count(toks, *right) < 1:
            continue
        left = Draft((*d.prefix, (i, k)), tail) if tail else Draft(d.prefix, (i, k))
        return [left, *split_coordinated(toks, Draft(shared, right), lex)]
    return [d]


def _participle_phrase(toks: list[Token], e: int, j: int) -> bool:
    """ "based on ...", "located in ...": a participle and its preposition, shared by both."""
    return toks[e][2].endswith("ed") and e + 1 < j and toks[e + 1][2] in _NP_OPENERS


def _item_end(toks: list[Token], s: int, j: int, lex: Lexicon) -> int:
    """Where the noun phrase starting at s ends: "better corporate earnings | based on ...",
    "three automakers | to expand ...", "jembatan | di Papua"."""
    for x in range(s + 1, j):
        low = toks[x][2]
        if low in _NP_OPENERS or low in lex.relative or low == "," or lex.verbish(low):
            return x
    return j


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
    for x in range(k - 1, max(i, k - MAX_ITEM_WORDS) - 1, -1):
        low = toks[x][2]
        if low in lex.pair_openers:
            return True
        if low in PUNCT_EDGE or predicate(toks, x, lex):
            return False
    return False


def _clausal(toks: list[Token], s: int, e: int, lex: Lexicon) -> bool:
    """True when a list segment looks like a clause (has a verb), not a list item."""
    if lex.code == "en":
        return any(toks[k][2] in lex.finite_verbs for k in range(s, e))
    # "agar berkualitas, bermartabat dan berbasis budaya": a short ber-/ter- item is a quality
    short = word_count(toks, s, e) <= 2
    return any(
        lex.verbish(low) and not (short and low.startswith(("ber", "ter")))
        for low in (toks[k][2] for k in range(s, e))
    )


def split_enumeration(toks: list[Token], d: Draft, lex: Lexicon) -> list[Draft]:
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
        items, rest = [(last_s + 1, last_e)], len(segs) - 1
    else:
        m = next((k for k in range(last_s + 1, last_e) if toks[k][2] in lex.list_final), -1)
        if m < 0 or _clausal(toks, last_s, m, lex) or _in_pair(toks, last_s, m, lex):
            return [d]  # "..., romance between the Dow and the milestone": a pair, not a list
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
        if (
            x > 0
            and 1 <= word_count(toks, s, e) <= MAX_ITEM_WORDS
            and not _clausal(toks, s, e, lex)
        ):
            items.insert(0, (s, e))
            continue
        m0 = next((k for k in range(s, e) if _marker(toks, k, e, lex)), -1)
        if m0 >= 0:
            mlen = _marker(toks, m0, e, lex)
            items.insert(0, (m0 + mlen, e))
            head = [(i, m0 + mlen)]
            marker = mlen
        else:
            # the first item starts after the head's verb ("... who walked out included
            # teachers, ..."), else it is as long as the second
            verb = next((x for x in range(e - 2, s, -1) if _head_verb(toks, x, lex)), -1)
            second = max(1, items[0][1] - items[0][0])
            if verb >= 0 and (
                any(toks[x][2] in _NP_OPENERS for x in range(verb + 1, e))
                or e - verb - 1 > max(3, 2 * second)
            ):
                verb = -1  # "signed by fellow senators Frank Lautenberg of New Jersey, ..."
            size = e - verb - 1 if verb >= 0 else second
            if e - s <= size:
                return [d]
            items.insert(0, (e - size, e))
            head = [(i, e - size)]
        break
    if not head or len(items) < 2 or (len(items) < 3 and not marker):
        return [d]
    if word_count(toks, *items[-1]) > MAX_ITEM_WORDS + (3 if marker else 0):
        return [d]
    ls, le = items[-1]
    if any(
        toks[x][2] in lex.quantity_markers and toks[x + 1][2][0].isdigit()
        for x in range(ls, le - 1)
    ):
        return [d]  # "A, B, dan C sebesar 0,62 persen": the measure is the group's
    if any(word_count(toks, s, e) < 1 for s, e in items) or word_count(toks, i, head[0][1]) < 2:
        return [d]
    shared = (*d.prefix, *head)
    return [Draft(shared, item) for item in items]


def _head_verb(toks: list[Token], x: int, lex: Lexicon) -> bool:
    low = toks[x][2]
    return low in lex.finite_verbs or (lex.code == "en" and low.endswith("ed") and len(low) > 4)


def _marker(toks: list[Token], k: int, end: int, lex: Lexicon) -> int:
    """Length of an enumeration marker starting at token k (0 if none)."""
    if k >= end:
        return 0
    if toks[k][2] in lex.enum_markers:
        return 1
    return lex.enum_marker_phrases.match_tokens(toks, k, end)
