"""The one rule for turning submitted article bytes or text into the stored text."""

import hashlib
import re

from django.conf import settings

# Every C0/C1 control character but tab and newline (CR is gone by the time we check).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class ArticleTextError(ValueError):
    """The submitted text cannot be stored as an article version; the message says why."""


def decode(data: bytes) -> str:
    """UTF-8 (a BOM dropped), or a clear error naming the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleTextError(
            f"The text is not valid UTF-8 (bad byte at position {exc.start}). "
            "Save it as UTF-8 and try again."
        ) from exc


def normalize(text: str) -> str:
    """Turn CRLF and lone CR into LF: the only change ever made to an article's text.

    Refuses NUL and other control characters (PostgreSQL text cannot hold NUL, and
    they never belong in prose), empty text and text over the size limit.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleTextError("The article is empty.")
    limit = settings.FACTCHECK_MAX_ARTICLE_CHARS
    if len(text) > limit:
        raise ArticleTextError(
            f"The article is {len(text):,} characters long; the limit is {limit:,}."
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArticleTextError(
            f"The text contains an invalid character at position {exc.start}."
        ) from exc
    bad = _FORBIDDEN.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise ArticleTextError(
            f"The text contains a control character (U+{ord(bad.group()):04X}) on line {line}; "
            "remove it and try again."
        )
    return text


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
