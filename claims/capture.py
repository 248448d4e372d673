"""Fetching pages for the newsroom: the safe fetcher with this site's settings.

`claims.fetching` is pure Python; this is where it meets Django settings and where a
fetched article page becomes the text that ingest stores.
"""

import datetime
from collections.abc import Collection
from dataclasses import dataclass
from typing import cast

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import FileField

from .fetching.archive import Response, to_warc
from .fetching.extract import extract_document
from .fetching.fetch import ARTICLE_TYPES, FetchError, fetch
from .fetching.safety import Refused
from .models import ArticleVersion
from .text import ArticleTextError
from .urlnorm import normalize_url

# Article.canonical_url holds this many characters.
MAX_URL_LENGTH = 500


class ArticleFetchError(ArticleTextError):
    """The article could not be fetched (or its URL is refused); the message says why."""

    def __init__(self, message: str, *, refused: bool = False) -> None:
        super().__init__(message)
        self.refused = refused


@dataclass(frozen=True)
class FetchedArticle:
    url: str  # where the redirects ended, normalised: the article's canonical URL
    title: str
    published: datetime.date | None
    text: str  # headline first
    response: Response  # archived as the version's WARC


def user_agent() -> str:
    return f"FactcheckBot/0.1 (+{settings.SITE_URL})"


def fetch_page(url: str, *, content_types: Collection[str] | None = ARTICLE_TYPES) -> Response:
    """Fetch through the address policy; raises `Refused` or `FetchError`."""
    return fetch(
        url,
        allow_nets=settings.FACTCHECK_FETCH_ALLOW_NETS,
        user_agent=user_agent(),
        content_types=content_types,
    )


def with_headline(text: str, title: str) -> str:
    """The text with the headline as its first line.

    Trafilatura often leaves the page's headline out of the text it extracts; the claim
    splitter reads the first line as the headline, so put it back when it is missing.
    """
    title = " ".join(title.split())
    if not title or text.lstrip().startswith(title):
        return text
    return f"{title}\n{text}"


def fetch_article(url: str) -> FetchedArticle:
    """Fetch an article page and extract its readable text; ArticleFetchError if not."""
    try:
        response = fetch_page(url)
    except Refused as exc:
        raise ArticleFetchError(f"That URL is refused: {exc}", refused=True) from exc
    except FetchError as exc:
        raise ArticleFetchError(f"The article could not be fetched: {exc}") from exc
    document = extract_document(response.body, url=response.url, content_type=response.content_type)
    if not document.text.strip():
        raise ArticleFetchError(f"No article text was found at {response.url}.")
    canonical = normalize_url(response.url)
    if len(canonical) > MAX_URL_LENGTH:
        raise ArticleFetchError(
            f"The article's address is longer than {MAX_URL_LENGTH} characters; "
            "save the text and paste it instead."
        )
    return FetchedArticle(
        url=canonical,
        title=document.title.strip(),
        published=document.published,
        text=with_headline(document.text, document.title),
        response=response,
    )


def _capture_field() -> FileField:
    return cast(FileField, ArticleVersion._meta.get_field("capture"))


def save_warc(response: Response) -> str:
    """Store the WARC of a fetch for an ArticleVersion's capture; returns its file name.

    Ingest calls this before its transaction, so file I/O never holds the database lock.
    """
    field = _capture_field()
    name = field.generate_filename(None, f"{response.sha256[:16]}.warc.gz")
    return field.storage.save(name, ContentFile(to_warc(response)))


def discard_warc(name: str) -> None:
    """Remove a stored WARC whose version was never saved."""
    if name:
        _capture_field().storage.delete(name)
