"""Detaches reported-speech frames from the proposition they report."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, Phrases
from .segment import Token, token_quotes

_MAX_SPEAKER = 12
_SPEAKER_FILLERS = frozenset(
    {
        "juga",
        "hanya",
        "pun",
        "sendiri",
        "also",
        "has",
        "had",
        "have",
        "then",
        "later",
        "again",
        "kembali",
        "lalu",
        "kemudian",
        "pula",
        "masih",
        "tetap",
        "telah",
        "sudah",
        "sempat",
        "pernah",
        "bahkan",
        "justru",
        "akhirnya",
        "sebelumnya",
        "still",
        "previously",
        "earlier",
        "repeatedly",
        "publicly",
    }
)
# a speaker's name ends where a relative clause about the speaker begins
_SPEAKER_STOP = frozenset({"who", "which", "yang", "whose"})
_SPEAKER_PUNCT = frozenset({",", "(", ")"})
_LEADING_MARKS = frozenset({"-", "\u2013", "\u2014", "\u2022", ",", ":", ";"})
_STOP_PUNCT = frozenset({",", ".", ";", ":", "!", "?", '"', "(", ")"})


@dataclass(slots=True)
class Attribution:
    """Who a proposition is attributed to, and where the attribution words are."""

    speaker: str | None
    spans: list[tuple[int, int]]
    resolved_from: str | None = None
    named: bool = False
    denial: bool = False  # the speaker denies the proposition ("membantah", "denied")


@dataclass(slots=True)
class Proposition:
    """Token ranges [i, j) of one reported proposition, with its attribution."""

    pieces: list[tuple[int, int]]
    attribution: Attribution | None = None
    quoted: bool = False
    lead: int = 0
    tail: tuple[int, int] | None = None
    appositive: list[tuple[int, int]] | None = None


@dataclass(slots=True)
class SpeakerMemory:
    """The last named speaker, for "Dia menambahkan" and "he said"; and the speaker of the
    quote just before, for a quote that goes on: '"A," X said. "B."'."""

    last: str | None = None
    quote: str | None = None


def _is_cap(text: str, tok: Token) -> bool:
    return text[tok[0]].isupper()


def _match_phrase(toks: list[Token], i: int, phrases: Phrases) -> int:
    """Length of the longest phrase in `phrases` starting at token i (0 if none)."""
    return phrases.match_tokens(toks, i)


def skip_openers(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """Index after topic openers like "Sementara itu," / "Meanwhile," at the range start."""
    k = _match_phrase(toks, i, lex.topic_openers)
    if k and i + k < j and toks[i + k][2] == ",":
        return i + k + 1
    if k > 1:  # "Sementara itu terkait ..." without its comma
        return i + k
    if k == 1 and i + 1 < j and lex.code == "id":  # "Adapun klausul ..."
        return i + 1
    return i


def _make(
    text: str,
    toks: list[Token],
    s: int,
    e: int,
    verb: tuple[int, int],
    lex: Lexicon,
    memory: SpeakerMemory,
    clitic: bool = False,
) -> Attribution:
    """Attribution with speaker tokens [s, e) and attribution words token range `verb`."""
    while s < e and (
        toks[s][2] in _SPEAKER_FILLERS
        or toks[s][2] in lex.coordinators
        or toks[s][2] in _LEADING_MARKS  # "— Civil defense officials say ..."
    ):
        s += 1
    while e > s and (
        toks[e - 1][2] in _SPEAKER_FILLERS
        or (toks[e - 1][2] in _STOP_PUNCT and toks[e - 1][2] != ")")
    ):
        e -= 1
    if e > s and (verb[0] > e or s > verb[1]):
        first, second = sorted([(s, e), verb])
        spans = [
            (toks[first[0]][0], toks[first[1] - 1][1]),
            (toks[second[0]][0], toks[second[1] - 1][1]),
        ]
    else:
        a, b = (min(verb[0], s), max(verb[1], e)) if e > s else verb
        spans = [(toks[a][0], toks[b - 1][1])]
    denial = any(toks[k][2] in lex.denial_verbs for k in range(verb[0], verb[1]))
    if clitic or (e - s == 1 and toks[s][2] in lex.pronouns):
        if memory.last:
            return Attribution(memory.last, spans, "pronoun", False, denial)
        return Attribution(None, spans, None, False, denial)
    if e <= s:
        return Attribution(None, spans, None, False, denial)
    # "FirstGroup on Thursday said": the name ends where the time or place of saying starts
    name_end = next((k for k in range(s + 1, e) if toks[k][2] in lex.context_preps), e)
    speaker = text[toks[s][0] : toks[name_end - 1][1]]
    named = any(
        _is_cap(text, t) and t[2] not in lex.stopwords and t[2] not in lex.pronouns
        for t in toks[s:e]
    )
    if named:
        memory.last = speaker
    return Attribution(speaker, spans, None, named, denial)


def _has_predicate(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    return any(
        toks[k][2] in lex.predicate_start
        or toks[k][2] in lex.finite_verbs
        or lex.verbish(toks[k][2])
        for k in range(i, j)
    )


def _content(toks: list[Token], i: int, j: int, lex: Lexicon | None = None) -> int:
    """Words in [i, j) that are not connectives."""
    skip = lex.leading_connectives if lex else frozenset()
    return sum(1 for k in range(i, j) if toks[k][2][0].isalnum() and toks[k][2] not in skip)


def _title_dot(toks: list[Token], k: int, lex: Lexicon | None) -> bool:
    """True for the dot of "Gov.", "Maj." or "U.S." inside a speaker's name."""
    if lex is None or k == 0 or toks[k][2] != "." or toks[k - 1][1] != toks[k][0]:
        return False
    word = toks[k - 1][2] + "."
    return word in lex.abbrev_prefix or word in lex.abbrev_other


def _speaker_end(toks: list[Token], i: int, j: int, lex: Lexicon | None = None) -> int:
    k = i
    while (
        k < j
        and k - i < _MAX_SPEAKER
        and (toks[k][2] not in _STOP_PUNCT or toks[k][2] in "()" or _title_dot(toks, k, lex))
        and toks[k][2] not in _SPEAKER_STOP
        and (lex is None or k == i or toks[k][2] not in lex.context_preps)
    ):
        k += 1
    return k


def _at_comma(
    text: str, toks: list[Token], a: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """An attribution starting at token a (just after a comma): its end and the record."""
    if a >= j:
        return None
    low = toks[a][2]
    clitic = (
        bool(lex.pronoun_clitic) and low in lex.attr_inverted and low.endswith(lex.pronoun_clitic)
    )
    if low in lex.attr_inverted:
        end = a + 1 if clitic else _speaker_end(toks, a + 1, j, lex)
        if clitic or end > a + 1:
            return end, _make(text, toks, a + 1, end, (a, a + 1), lex, memory, clitic)
    k = _match_phrase(toks, a, lex.attr_frames)
    if k:
        end = _speaker_end(toks, a + k, j, lex)
        if end > a + k:
            return end, _make(text, toks, a + k, end, (a, a + k), lex, memory)
    if low in lex.context_preps or low in lex.clause_openers:
        return None
    end = _speaker_end(toks, a, j, lex)
    for v in range(a + 1, min(end + 1, j)):
        if toks[v][2] in lex.attr_inverted or toks[v][2] in lex.attr_verbs:
            if v - a <= 6 and (
                v + 1 >= j or toks[v + 1][2] in _STOP_PUNCT or toks[v + 1][2] in lex.context_preps
            ):
                end = v + 1
                while end < j and toks[end][2] not in _STOP_PUNCT:
                    end += 1  # "said in the letter": context, not part of any claim
                return end, _make(text, toks, a, v, (a, v + 1), lex, memory)
            break
    return None


def _trailing(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, int, Attribution] | None:
    """An attribution after one of the last commas: ", kata Putin", ", he said", ", menurut X".

    Returns the comma's index, the index after the attribution, and the record.
    """
    commas = [k for k in range(j - 1, i, -1) if toks[k][2] == ","][:3]
    for c in commas:
        found = _at_comma(text, toks, c + 1, j, lex, memory)
        if found:
            return c, found[0], found[1]
    return None


def _leading_frame(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """ "Menurut X, P" / "Dikutip dari Reuters, P" / "According to X, P"."""
    k = _match_phrase(toks, i, lex.attr_frames)
    if not k:
        return None
    clitic = lex.pronoun_clitic
    if clitic and k == 1 and toks[i][2].endswith(clitic) and i + 1 < j:
        # "Menurutnya, P" / "Menurutnya para menteri ...": the speaker is the last one named
        p = i + 2 if toks[i + 1][2] == "," else i + 1
        return p, _make(text, toks, i, i, (i, i + 1), lex, memory, clitic=True)
    end = _speaker_end(toks, i + k, j)
    if end >= j or toks[end][2] != "," or end == i + k:
        return None
    return end + 1, _make(text, toks, i + k, end, (i, i + k), lex, memory)


def _speaker_verb(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> tuple[int, Attribution] | None:
    """ "Putin mengatakan (bahwa) P" / "Dia menambahkan, P" / "X said (that) P"."""
    verbs = lex.attr_verbs
    for v in range(i, min(j, i + _MAX_SPEAKER + 2)):
        low = toks[v][2]
        if low in _STOP_PUNCT and low not in _SPEAKER_PUNCT and not _title_dot(toks, v, lex):
            return None
        if low in verbs:
            break
    else:
        return None
    s = i
    for k in range(v - 1, i - 1, -1):
        if toks[k][2] == "," and k < v - 1:  # "Kepala BPBD, Nofian Hidayat, mengatakan"
            s = k + 1
            break
    for k in range(s, v):
        low = toks[k][2]
        if low in _SPEAKER_FILLERS or low in lex.coordinators:
            continue
        if (
            low in lex.negators
            or low in lex.predicate_start
            or low in lex.relative
            or (lex.verbish(low) and not _is_cap(text, toks[k]))
        ):
            return None
    if v == s or (v - s == 1 and toks[s][2] in _SPEAKER_FILLERS):
        speaker_s, speaker_e = s, s
    else:
        speaker_s, speaker_e = s, v
    p = v + 1
    if lex.code == "en" and toks[v][2] == "told":
        while (
            p < j
            and p - v <= 8  # "told reporters at an event Tuesday that ..."
            and toks[p][2] not in lex.complementizers
            and toks[p][2] not in _STOP_PUNCT
        ):
            p += 1
        if p >= j or (toks[p][2] not in lex.complementizers and toks[p][2] not in {",", ":"}):
            return None  # "told students to take cover": a directive, not a reported claim
    if p < j and toks[p][2] in _NOT_SPEECH:
        return None  # "warned of mixed trading": a verb of speaking, but no reported claim
    p = _skip_when(text, toks, p, j, lex)
    while p < j and toks[p][2] in {",", ":"}:
        p += 1
    if p < j and toks[p][2] in lex.complementizers:
        p += 1
    elif lex.code == "en" and not _has_predicate(toks, p, j, lex):
        # "confirmed Mark Rosekind as administrator", "praised Honda for ...": an object, not a
        # reported claim (one always has a verb of its own)
        return None
    attr = _make(text, toks, speaker_s, speaker_e, (speaker_s, p), lex, memory)
    return p, attr


# after a verb of speaking, these start its object, not a reported proposition
_NOT_SPEECH = frozenset({"of", "about", "against", "for", "tentang", "soal", "mengenai"})


def _skip_when(text: str, toks: list[Token], p: int, j: int, lex: Lexicon) -> int:
    """Index after "on Tuesday" / "pada Senin (13/10)" / "Tuesday" right after the verb: the
    time of the saying belongs to the attribution, not to the claim."""
    if p + 1 >= j:
        return p
    if toks[p][2] in lex.when_words:
        k = p + 1
        while k < j and k - p <= 4 and (toks[k][2][0].isdigit() or toks[k][2] in "()/"):
            k += 1  # "Senin (13/10)"
        return k
    if toks[p][2] not in lex.context_preps:
        return p
    k = p + 1
    while (
        k < j
        and k - p <= 6
        and (_is_cap(text, toks[k]) or toks[k][2][0].isdigit() or toks[k][2] in "()/")
    ):
        k += 1
    return k if k > p + 1 and k < j else p


def detach(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    memory: SpeakerMemory,
    present: set[str] | frozenset[str] | None = None,
) -> Proposition:
    """Split a sentence's tokens into the reported proposition and its attribution.

    `present` (the sentence's lowercased tokens) lets a sentence with no attribution word skip
    the search. A bare quote right after an attributed one continues it, so it keeps its
    speaker; any sentence that is not a quote ends that run.
    """
    prop = _detach(text, toks, lex, memory, present)
    if prop.attribution is None and not prop.quoted:
        _remember_subject(text, toks, prop.lead, lex, memory)
    if not prop.quoted:
        memory.quote = None
    elif prop.attribution is not None:
        memory.quote = prop.attribution.speaker
    elif memory.quote:
        prop.attribution = Attribution(memory.quote, [], "quote", False)
    return prop


_MAX_NAME = 4


def _remember_subject(
    text: str, toks: list[Token], i: int, lex: Lexicon, memory: SpeakerMemory
) -> None:
    """ "Scott walked across the field. ... He said ...": a sentence that opens with a name
    and a verb makes that name the one a later "he" or "dia" most likely means."""
    k = i
    while k < len(toks) and k - i < _MAX_NAME and _is_cap(text, toks[k]):
        low = toks[k][2]
        if low in lex.stopwords or low in lex.pronouns or not low[0].isalpha():
            return
        k += 1
    if k == i or k >= len(toks):
        return
    nxt = toks[k][2]
    if nxt in lex.predicate_start or nxt in lex.finite_verbs or lex.verbish(nxt):
        memory.last = text[toks[i][0] : toks[k - 1][1]]


def _detach(
    text: str,
    toks: list[Token],
    lex: Lexicon,
    memory: SpeakerMemory,
    present: set[str] | frozenset[str] | None,
) -> Proposition:
    n = len(toks)
    i = skip_openers(toks, 0, n, lex)
    j = n
    while j > i and toks[j - 1][2] in {".", "!", "?", "\u2026"}:
        j -= 1
    quote_first = i < j and toks[i][2] == '"'
    if present is not None and not quote_first and lex.attr_triggers.isdisjoint(present):
        return Proposition([(i, j)], None, lead=i)
    if i < j and toks[i][2] == '"':
        close = next((b for a, b in token_quotes(toks, i, j) if a == i), -1)
        if close > i + 1:
            after = close + 1
            if after < j and toks[after][2] == ",":
                after += 1
            quote_attr = _at_comma(text, toks, after, j, lex, memory)
            if quote_attr is not None or after >= j:
                attr = quote_attr[1] if quote_attr else None
                prop = Proposition([(i + 1, close)], attr, quoted=True, lead=i)
                end = quote_attr[0] if quote_attr else j
                if (
                    end + 1 < j
                    and toks[end][2] == ","
                    and (toks[end + 1][2] in lex.contrast or toks[end + 1][2] in lex.coordinators)
                ):
                    prop.tail = (end + 1, j)  # '"...," X said, but he declined to ...'
                return prop
    found = _leading_frame(text, toks, i, j, lex, memory)
    if found:
        return Proposition([(found[0], j)], found[1], lead=i)
    trailing = _trailing(text, toks, i, j, lex, memory)
    if trailing:
        c, end, attr = trailing
        if (
            end + 1 < j
            and toks[end][2] == ","
            and _content(toks, end + 1, j) >= 3
            and attr.named
            and all(_is_cap(text, toks[k]) for k in range(i, c))
            and not _has_predicate(toks, i, c, lex)
        ):
            # "Wakapolres Jakarta Barat, AKBP Ujang mengatakan, P": a title before the name,
            # and the claim after the verb
            attr.spans.insert(0, (toks[i][0], toks[c - 1][1]))
            return Proposition([(end + 1, j)], attr, lead=i)
        if (
            end < j
            and toks[end][2] == ","
            and _content(toks, end + 1, j) >= 2
            # "Silaturahmi antar menteri, sambungnya, tetap terjaga": an inverted verb between
            # commas interrupts the proposition when a predicate follows ("..., said X,
            # director of Y" is the speaker's title); other frames only after an opener
            and (
                _content(toks, i, c, lex) < 3
                or (toks[c + 1][2] in lex.attr_inverted and _has_predicate(toks, end + 1, j, lex))
            )
        ):
            # "Sebab, menurut dia, angka inflasi ..." / "The economy, he said, is growing"
            if _content(toks, i, c, lex) == 0:
                return Proposition([(end + 1, j)], attr, lead=i)
            return Proposition([(i, c), (end + 1, j)], attr, lead=i)
        inner = _speaker_verb(text, toks, i, c, lex, memory)
        return (
            Proposition([(i, c)], attr, lead=i)
            if inner is None
            else Proposition([(inner[0], c)], attr, lead=i)
        )
    appositive = _appositive_speaker(text, toks, i, j, lex, memory)
    if appositive:
        return appositive
    found = _speaker_verb(text, toks, i, j, lex, memory)
    if found:
        prop = Proposition([(found[0], j)], found[1], lead=i)
        # "Photos showed a fallen building, and reports said P": the clause before the
        # speaker's comma is a claim of its own, not part of the attribution
        first = toks.index(next(t for t in toks if t[0] >= found[1].spans[0][0]), i)
        comma = next((k for k in range(first - 1, i, -1) if toks[k][2] == ","), -1)
        lowercase = [k for k in range(i, comma) if not _is_cap(text, toks[k])]
        if (
            comma > i
            and _content(toks, i, comma, lex) >= 3
            and any(_has_predicate(toks, k, k + 1, lex) for k in lowercase)  # names are no verbs
        ):
            prop.tail = (i, comma)
        return prop
    return Proposition([(i, j)], None, lead=i)


def _appositive_speaker(
    text: str, toks: list[Token], i: int, j: int, lex: Lexicon, memory: SpeakerMemory
) -> Proposition | None:
    """ "Pezeshkian, yang melakukan kunjungan ..., memuji P": P by Pezeshkian, and the visit."""
    for x in range(i + 1, min(j - 2, i + 6)):
        if toks[x][2] != ",":
            if not toks[x][2][0].isalnum():
                return None
            continue
        if toks[x + 1][2] not in lex.relative:
            return None
        c2 = next((k for k in range(x + 2, j) if toks[k][2] == ","), -1)
        if c2 < 0 or c2 + 2 >= j or toks[c2 + 1][2] not in lex.attr_verbs:
            return None
        p = c2 + 2
        if toks[p][2] in lex.complementizers:
            p += 1
        attr = _make(text, toks, i, x, (c2 + 1, c2 + 2), lex, memory)
        return Proposition([(p, j)], attr, lead=i, appositive=[(i, x), (x + 2, c2)])
    return None
