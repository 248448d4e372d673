"""Who says a proposition: the attribution record, speaker names and the memory that
resolves "dia" and "he" to the last one named."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, Phrases
from .segment import Token

MAX_SPEAKER = 12


SPEAKER_FILLERS = frozenset(
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


SPEAKER_STOP = frozenset({"who", "which", "yang", "whose"})


SPEAKER_PUNCT = frozenset({",", "(", ")"})


LEADING_MARKS = frozenset({"-", "\u2013", "\u2014", "\u2022", ",", ":", ";"})


STOP_PUNCT = frozenset({",", ".", ";", ":", "!", "?", '"', "(", ")"})


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
    backward: bool = False  # "Hal tersebut disampaikan oleh X": X said the sentence before


@dataclass(slots=True)
class SpeakerMemory:
    """The last named speaker, for "Dia menambahkan" and "he said"; and the speaker of the
    quote just before, for a quote that goes on: '"A," X said. "B."'."""

    last: str | None = None
    quote: str | None = None
    group: str | None = None  # the last speaker that is many people: "Prosecutors", "Polisi"


def is_cap(text: str, tok: Token) -> bool:
    return text[tok[0]].isupper()


def match_phrase(toks: list[Token], i: int, phrases: Phrases) -> int:
    """Length of the longest phrase in `phrases` starting at token i (0 if none)."""
    return phrases.match_tokens(toks, i)


def skip_openers(toks: list[Token], i: int, j: int, lex: Lexicon) -> int:
    """Index after topic openers like "Sementara itu," / "Meanwhile," / "Selain X," at the
    range start."""
    k = match_phrase(toks, i, lex.openers_until_comma)
    if k:
        comma = next((x for x in range(i + k, min(j, i + k + 8)) if toks[x][2] == ","), -1)
        # "Selain praktik perundungan, P" but not "Selain itu laporan 64 KLB terjadi, ..."
        if comma > 0 and comma + 1 < j and not has_verb(toks, i + k, comma, lex):
            return comma + 1
    k = match_phrase(toks, i, lex.topic_openers)
    if k and i + k < j and toks[i + k][2] == ",":
        return i + k + 1
    if k > 1:  # "Sementara itu terkait ..." without its comma
        return i + k
    if k == 1 and i + 1 < j and lex.code == "id":  # "Adapun klausul ..."
        return i + 1
    if i + 2 < j and toks[i][2] in lex.contrast and match_phrase(toks, i + 1, lex.attr_frames):
        return i + 1  # "Namun menurutnya, P": the frame comes after the connective
    return i


def make_attribution(
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
        toks[s][2] in SPEAKER_FILLERS
        or toks[s][2] in lex.coordinators
        or toks[s][2] in lex.contrast  # "..., but the minister said P", "Namun, dia mengaku P"
        or toks[s][2] == ","
        or toks[s][2] in LEADING_MARKS  # "— Civil defense officials say ..."
    ):
        s += 1
    while e > s and (
        toks[e - 1][2] in SPEAKER_FILLERS
        or (toks[e - 1][2] in STOP_PUNCT and toks[e - 1][2] != ")")
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
        # "they said" means the last group that spoke, "he said" the last person
        known = memory.group if (e > s and toks[s][2] in lex.plural_pronouns) else memory.last
        if known:
            return Attribution(known, spans, "pronoun", False, denial)
        return Attribution(None, spans, None, False, denial)
    if e <= s:
        return Attribution(None, spans, None, False, denial)
    # "FirstGroup on Thursday said": the name ends where the time or place of saying starts
    name_end = next((k for k in range(s + 1, e) if toks[k][2] in lex.context_preps), e)
    speaker = text[toks[s][0] : toks[name_end - 1][1]]
    named = any(
        is_cap(text, t) and t[2] not in lex.stopwords and t[2] not in lex.pronouns
        for t in toks[s:e]
    )
    if named:
        if toks[name_end - 1][2] in lex.group_speakers:
            memory.group = speaker  # "Prosecutors said": not whom a later "he" means
        else:
            memory.last = speaker
    return Attribution(speaker, spans, None, named, denial)


def has_verb(toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    return any(toks[k][2] in lex.predicate_start or lex.verbish(toks[k][2]) for k in range(i, j))


def has_lowercase_verb(text: str, toks: list[Token], i: int, j: int, lex: Lexicon) -> bool:
    """A verb in [i, j) that is not a capitalised name ("Berau" only looks like "ber-")."""
    return any(has_verb(toks, k, k + 1, lex) for k in range(i, j) if not is_cap(text, toks[k]))


def content_words(toks: list[Token], i: int, j: int, lex: Lexicon | None = None) -> int:
    """Words in [i, j) that are not connectives."""
    skip = lex.leading_connectives if lex else frozenset()
    return sum(1 for k in range(i, j) if toks[k][2][0].isalnum() and toks[k][2] not in skip)


def title_dot(toks: list[Token], k: int, lex: Lexicon | None) -> bool:
    """True for the dot of "Gov.", "Maj." or "U.S." inside a speaker's name."""
    if lex is None or k == 0 or toks[k][2] != "." or toks[k - 1][1] != toks[k][0]:
        return False
    word = toks[k - 1][2] + "."
    return word in lex.abbrev_prefix or word in lex.abbrev_other


def speaker_end(toks: list[Token], i: int, j: int, lex: Lexicon | None = None) -> int:
    k = i
    while (
        k < j
        and k - i < MAX_SPEAKER
        and (toks[k][2] not in STOP_PUNCT or toks[k][2] in "()" or title_dot(toks, k, lex))
        and toks[k][2] not in SPEAKER_STOP
        and (lex is None or k == i or toks[k][2] not in lex.context_preps)
    ):
        k += 1
    return k


_MAX_NAME = 4


# endings of English and Indonesian common nouns ("Flooding", "Pertumbuhan" is left out: many
# Indonesian names end in -an)
_COMMON_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ness", "ity")


def remember_subject(
    text: str, toks: list[Token], i: int, lex: Lexicon, memory: SpeakerMemory
) -> None:
    """ "Scott walked across the field. ... He said ...": a sentence that opens with a name
    and a verb makes that name the one a later "he" or "dia" most likely means; so does a name
    with an age after a short label: "Warga lain, Asep Awaludin (29), juga merasakan ..."."""
    named = _labelled_name(text, toks, i)
    if named is not None:
        memory.last = named
        return
    k = i
    while k < len(toks) and k - i < _MAX_NAME and is_cap(text, toks[k]):
        low = toks[k][2]
        if low in lex.stopwords or low in lex.pronouns or not low[0].isalpha():
            return
        k += 1
    if k == i or k >= len(toks):
        return
    if k == i + 1 and toks[i][2].endswith(_COMMON_NOUN_ENDINGS):
        return  # "Flooding is possible": a sentence's first word, not a person
    if k == i + 1 and _written_lowercase(text, toks[i][2]):
        return  # "Air meluap": a word the text also writes in lowercase is no name
    nxt = toks[k][2]
    if nxt in lex.predicate_start or lex.verbish(nxt):
        memory.last = text[toks[i][0] : toks[k - 1][1]]


def _written_lowercase(text: str, low: str) -> bool:
    """True when the word `low` stands in `text` as a whole word in lower case ("air" in
    "penyedotan air."). The text is searched as it is: lowercased, every name would find its
    own capitalised occurrence."""
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(low, at + 1)
    return False


def _labelled_name(text: str, toks: list[Token], i: int) -> str | None:
    """The name in "Warga lain, Asep Awaludin (29), ...": a label of at most three words, a
    comma, two to four capitalised words and the person's age in brackets."""
    comma = -1
    for k in range(i + 1, min(len(toks), i + 4)):
        if toks[k][2] == ",":
            comma = k
            break
    if comma < 0:
        return None
    k = comma + 1
    while k < len(toks) and k - comma - 1 < _MAX_NAME and is_cap(text, toks[k]):
        k += 1
    if k - comma - 1 < 2 or k + 2 >= len(toks) or toks[k][2] != "(":
        return None
    if not toks[k + 1][2].isdigit() or toks[k + 2][2] != ")":
        return None
    return text[toks[comma + 1][0] : toks[k - 1][1]]
