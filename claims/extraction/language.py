"""Indonesian or English, by a vote of stopwords from the data files."""

from __future__ import annotations

import re

from .lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 2000


def vote(text: str, start: int = 0, end: int | None = None) -> tuple[int, int]:
    """(Indonesian, English) stopword counts in text[start:end]."""
    end = len(text) if end is None else end
    words = _WORD.findall(text[start : min(end, start + _SAMPLE)].lower())
    id_words, en_words = lexicon("id").stopwords, lexicon("en").stopwords
    return (
        len(list(filter(id_words.__contains__, words))),
        len(list(filter(en_words.__contains__, words))),
    )


def detect(text: str, default: str = "id") -> str:
    """ "id" or "en"; ties and empty texts give `default`."""
    id_votes, en_votes = vote(text)
    if id_votes == en_votes:
        return default
    return "id" if id_votes > en_votes else "en"


def differs(text: str, start: int, end: int, article: str) -> str | None:
    """The other language when text[start:end] clearly is in it, else None."""
    id_votes, en_votes = vote(text, start, end)
    if article == "id" and en_votes >= 3 and en_votes > 2 * id_votes:
        return "en"
    if article == "en" and id_votes >= 3 and id_votes > 2 * en_votes:
        return "id"
    return None


def differs_words(lows: list[str], article: str) -> str | None:
    """Like `differs`, from a claim's lowercased tokens (no second pass over the text)."""
    other = "en" if article == "id" else "id"
    other_votes = len(list(filter(lexicon(other).stopwords.__contains__, lows)))
    if other_votes < 3:
        return None
    own_votes = len(list(filter(lexicon(article).stopwords.__contains__, lows)))
    return other if other_votes > 2 * own_votes else None
