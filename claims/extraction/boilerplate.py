"""Line-by-line removal of news boilerplate, and headline/lede recognition."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import boilerplate_rules

_HAS_WORD = re.compile(r"\w")
_HEADLINE_MAX_WORDS = 30
_SUFFIX_WINDOW = 300
_CAPTION_MAX = 340  # a caption with its credit at the end is no longer than this
_OPENING_LINES = 4  # datelines without an outlet's name: only in the first body lines
SENTENCE_END = frozenset('.!?"\u201d')


@dataclass(slots=True)
class Line:
    """Body text of one line after boilerplate was cut away."""

    start: int
    end: int
    section: str = "body"
    had_prefix: bool = False


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def strip_boilerplate(
    text: str, language: str = ""
) -> tuple[list[Line], list[tuple[int, int, str]]]:
    """Split `text` into body lines and skipped (start, end, reason) pieces."""
    rules = boilerplate_rules(language)
    lines: list[Line] = []
    skipped: list[tuple[int, int, str]] = []
    pos, n = 0, len(text)
    after_label = False  # the previous line was a bare "Baca juga:" / "Read more:"
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = _trim(text, pos, nl)
        pos = nl + 1
        if s == e:
            continue
        if not _HAS_WORD.search(text, s, e):
            skipped.append((s, e, "empty"))
            continue
        if after_label and (text[e - 1] not in SENTENCE_END or text[s] in "-•"):
            skipped.append((s, e, "read-more"))  # the linked headline under the label
            continue
        after_label = False
        m = (rules.line if e - s <= rules.line_limit else rules.line_long).match(text, s, e)
        # "... terbakar. (Foto: MTVN/Iswahyudi).": the credit may have a full stop after it
        ce = e - 1 if e - s > 2 and text[e - 1] == "." and text[e - 2] == ")" else e
        if m is None and (
            text[ce - 1] == ")"
            or _credit_slash(text, s, ce)
            or (ce - s <= _CAPTION_MAX and text[ce - 1].isalpha())
        ):
            # a caption ends with its credit: "(ANTARA FOTO/...)", "REUTERS/Andrew Yates",
            # "... in Boston on Monday. - AP"
            m = rules.line_suffix.search(text, max(s, ce - _SUFFIX_WINDOW), ce)
        reason = rules.reasons[m.lastgroup] if m and m.lastgroup else None
        if reason:
            skipped.append((s, e, reason))
            after_label = reason == "read-more" and text[e - 1] == ":"
            if (
                reason == "byline"
                and " " not in text[s:e]
                and lines
                and _name_line(text, lines[-1])
            ):
                # "Kurnia Sari Aziza" above a bare "Penulis" label
                prev = lines.pop()
                skipped.append((prev.start, prev.end, "byline"))
            continue
        had_prefix = False
        m = rules.prefix.match(text, s, e)
        if m is None and len(lines) < _OPENING_LINES and text[e - 1] in SENTENCE_END:
            m = rules.opening_prefix.match(text, s, e)
        if m and m.end() > s and m.lastgroup:
            skipped.append((*_trim(text, s, m.end()), rules.reasons[m.lastgroup]))
            s, e = _trim(text, m.end(), e)
            had_prefix = True
        if s < e and text[e - 1] == ")":
            # credits sit at the end of a line: search only its last few hundred characters
            m = rules.suffix.search(text, max(s, e - _SUFFIX_WINDOW), e)
            if m and m.start() < e and m.lastgroup:
                skipped.append((*_trim(text, m.start(), e), rules.reasons[m.lastgroup]))
                s, e = _trim(text, s, m.start())
        if text.find(":", s, e) >= 0:
            m = rules.inline.search(text, s, e)
            if m and m.start() < e and m.lastgroup:
                skipped.append((*_trim(text, m.start(), e), rules.reasons[m.lastgroup]))
                s, e = _trim(text, s, m.start())
        if s < e and _HAS_WORD.search(text, s, e):
            lines.append(Line(s, e, had_prefix=had_prefix))
    lines = _join_wrapped(text, lines)
    _mark_sections(text, lines)
    skipped.sort()
    return lines, skipped


def _credit_slash(text: str, s: int, e: int) -> bool:
    """A slash near the end of the line before a capital: "REUTERS/Andrew Yates"."""
    at = text.find("/", max(s, e - 40), e - 1)
    return at >= 0 and text[at + 1 : at + 3].lstrip()[:1].isupper()


def _join_wrapped(text: str, lines: list[Line]) -> list[Line]:
    """Join lines a hard-wrapped paste broke mid-sentence: one that does not end as a
    sentence does, followed directly by one that starts in lower case or with a comma."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and text[prev.end - 1] not in SENTENCE_END
            and text[prev.end - 1] not in ":)"
            and text.count("\n", prev.end, line.start) == 1
            and (text[line.start].islower() or text[line.start] in ",;")
        ):
            prev.end = line.end
            continue
        out.append(line)
    return out


def _name_line(text: str, line: Line) -> bool:
    words = text[line.start : line.end].split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() and w.isalpha() for w in words)


def _mark_sections(text: str, lines: list[Line]) -> None:
    """First unpunctuated short line is the headline; the next line is the lede."""
    if len(lines) < 2:
        return
    first = lines[0]
    tail = text[first.end - 1]
    words = text.count(" ", first.start, first.end) + 1
    if not first.had_prefix and tail not in '.!?"' and words <= _HEADLINE_MAX_WORDS:
        first.section = "headline"
        lines[1].section = "lede"
    elif len(lines) >= 3:
        first.section = "lede"
