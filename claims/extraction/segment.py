"""Working copy with an offset map, the tokenizer, and sentence boundaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon

# Same-length substitutions: offsets need no map for these.
_SAME_LENGTH = str.maketrans(
    {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
        "\x0b": "\n",
        "\x0c": "\n",
        "\u2010": "-",
        "\u2011": "-",
    }
)
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_SAME_LENGTH)) + "]")


def _replace(m: re.Match[str]) -> str:
    return str(_SAME_LENGTH[ord(m.group())])


# Invisible characters dropped from the working copy (a web copy leaves them inside words).
_DROPPED = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

TOKEN_RE = re.compile(r"\w+(?:[-'./,:]\w+)*|[^\w\s]")
# a full stop with no space after it ("di Indonesia.Tak hanya itu") ends a sentence too, when a
# lowercase word is before it and a capitalised one after: a copy that lost its space
# (one leading character class for both: the regex engine then skips to candidates fast)
_TERMINATOR_RE = re.compile(
    r"[.!?\u2026](?:[.!?\u2026]*[\"')\]]{0,3}(?=\s|$)|(?<=[a-z][a-z][a-z]\.)(?=[A-Z][a-z][a-z]))"
)
# "Kompas.Com": a site's name, not two sentences
_DOMAIN_ENDINGS = frozenset({"com", "net", "org", "co", "info", "news"})
_WORD_BEFORE_DOT_RE = re.compile(r"[\w.]{1,12}$")

Token = tuple[int, int, str]


class WorkingText:
    """A normalised copy of the input and the map of its offsets back to the input."""

    __slots__ = ("_map", "lower", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        # a regex scan finds the few characters to replace faster than translate() walks them all
        text = _SPECIAL.sub(_replace, original) if _SPECIAL.search(original) else original
        self._map: list[int] | None = None
        if _DROPPED.search(text):
            keep = [i for i, ch in enumerate(text) if not _DROPPED.match(ch)]
            self._map = [*keep, len(original)]
            text = _DROPPED.sub("", text)
        self.text = text
        # lowercased once for the tokenizer; None where lowercasing changes the length ("İ")
        low = text.lower()
        self.lower: str | None = low if len(low) == len(text) else None

    def start(self, i: int) -> int:
        """Original offset of working offset `i` used as a start."""
        return i if self._map is None else self._map[i]

    def end(self, i: int) -> int:
        """Original offset of working offset `i` used as an exclusive end."""
        if self._map is None or i == 0:
            return i
        return self._map[i - 1] + 1

    def span(self, s: int, e: int) -> list[int]:
        return [self.start(s), self.end(e)]


@dataclass(slots=True)
class Sentence:
    """A sentence of the working text; `breaks` are sentence ends inside a quote."""

    start: int
    end: int
    section: str
    breaks: list[int] = field(default_factory=list)


def tokens(text: str, start: int, end: int, lower: str | None = None) -> list[Token]:
    """Word and punctuation tokens of text[start:end] as (start, end, lowercased).

    `lower` is text.lower() when the caller has it (same length): tokens are then cut from it
    and need no lowercasing one by one."""
    source = text if lower is None else lower
    # findall and str.find, not finditer: no match object per token. Only whitespace lies
    # between two tokens (the pattern takes every other character), so each token is found
    # where the regex matched it.
    out: list[Token] = []
    pos = start
    for word in TOKEN_RE.findall(source, start, end):
        at = source.find(word, pos)
        pos = at + len(word)
        out.append((at, pos, word if lower is not None else word.lower()))
    return out


def pair_quotes(marks: list[tuple[int, bool]]) -> list[tuple[int, int]]:
    """Outermost (open, close) pairs of straight quotes given as (position, looks_opening).

    A quote after a space and before a word opens, any other closes, and they nest, so an
    inner '"ngeriung"' does not end the quotation around it. When that reading does not
    balance, quotes are paired in order.
    """
    pairs: list[tuple[int, int]] = []
    depth, opened = 0, -1
    for pos, opening in marks:
        if opening:
            if depth == 0:
                opened = pos
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                pairs.append((opened, pos))
    if depth:
        return [(marks[k][0], marks[k + 1][0]) for k in range(0, len(marks) - 1, 2)]
    return pairs


def _quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    marks = []
    for m in re.finditer('"', text[start:end]):
        p = start + m.start()
        before = text[p - 1] if p > start else " "
        after = text[p + 1] if p + 1 < end else " "
        marks.append((p, (before.isspace() or before in "([") and not after.isspace()))
    return pair_quotes(marks)


def token_quotes(toks: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Like the quote regions of a line, as (open, close) token indices within [i, j)."""
    marks = []
    for k in range(i, j):
        if toks[k][2] == '"':
            spaced = k == i or toks[k - 1][1] < toks[k][0] or toks[k - 1][2] in "(["
            tight = k + 1 < j and toks[k + 1][0] == toks[k][1]
            marks.append((k, spaced and tight))
    return pair_quotes(marks)


def _no_break_after_dot(text: str, line_start: int, dot: int, nxt_word: str, lex: Lexicon) -> bool:
    """True when the single dot at `dot` ends an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE_DOT_RE.search(text, max(line_start, dot - 12), dot)
    if not m:
        return False
    word = text[m.start() : dot + 1].lower()
    inner = word.rfind(".", 0, len(word) - 1)
    if inner >= 0 and word not in lex.abbrev_prefix and word not in lex.abbrev_other:
        word = word[inner + 1 :]
    if word in lex.abbrev_prefix:
        return True
    if inner < 0 and len(word) == 2 and text[dot - 1].isupper():
        return True  # an initial: "H. Ahmad", "J. Smith"
    if word in lex.abbrev_other:
        return nxt_word not in lex.stopwords
    return False


_LOWER_WORD_RE = re.compile(r"[a-z]{4,}")


def _lowercase_start(text: str, line_start: int, t0: int, t1: int, r: int, lex: Lexicon) -> bool:
    """True when a sentence starts lowercase after a plain full stop: "... di salah satu kios
    gerabah. kondisi angin kencang turut menyuburkan api" (Indonesian copy, a word of four
    letters or more before the stop, and a word after it)."""
    if lex.code != "id" or t1 - t0 != 1 or text[t0] != ".":
        return False
    m = _WORD_BEFORE_DOT_RE.search(text, max(line_start, t0 - 12), t0)
    if m is None or not _LOWER_WORD_RE.fullmatch(text, m.start(), t0):
        return False
    word = text[m.start() : t0 + 1].lower()
    if word in lex.abbrev_prefix or word in lex.abbrev_other:
        return False
    return _LOWER_WORD_RE.match(text, r) is not None


def split_sentences(
    text: str, start: int, end: int, section: str, lex: Lexicon, other: Lexicon
) -> list[Sentence]:
    """Sentences of one line text[start:end] (no newline inside)."""
    out: list[Sentence] = []
    quotes = _quote_regions(text, start, end) if '"' in text[start:end] else []
    s = start
    breaks: list[int] = []
    for m in _TERMINATOR_RE.finditer(text, start, end):
        t0, t1 = m.start(), m.end()
        r = t1
        while r < end and text[r].isspace():
            r += 1
        if r >= end:
            break
        nxt = text[r]
        if nxt in ",;:)":
            continue
        if nxt.islower() and not _lowercase_start(
            text, line_start=start, t0=t0, t1=t1, r=r, lex=lex
        ):
            continue
        core = text[t0:t1].rstrip("\"')]")
        if core == ".":
            nm = TOKEN_RE.match(text, r)
            nxt_word = nm.group().lower() if nm else ""
            if r == t1 and nxt_word.split(".", 1)[0] in _DOMAIN_ENDINGS:
                continue
            if _no_break_after_dot(text, start, t0, nxt_word, lex) or _no_break_after_dot(
                text, start, t0, nxt_word, other
            ):
                continue
        if any(q0 < t0 and t1 <= q1 for q0, q1 in quotes):
            breaks.append(t1)
            continue
        out.append(Sentence(s, t1, section, breaks))
        breaks = []
        s = r
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, section, breaks))
    return out
