"""Readable text, title and publication date of an archived page (trafilatura, htmldate)."""

import datetime
from dataclasses import dataclass

import trafilatura
from htmldate import find_date


@dataclass(frozen=True)
class Document:
    title: str
    published: datetime.date | None
    text: str


def extract_document(body: bytes, *, url: str, content_type: str = "") -> Document:
    if content_type.startswith("text/plain"):
        text = body.decode("utf-8", errors="replace")
        return Document(title=text.strip().split("\n", 1)[0][:300], published=None, text=text)
    html = body.decode("utf-8", errors="replace")
    meta = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = (getattr(meta, "text", None) or "") if meta is not None else ""
    title = (getattr(meta, "title", None) or "") if meta is not None else ""
    published: datetime.date | None = None
    found = find_date(html, url=url, outputformat="%Y-%m-%d", extensive_search=False)
    if found:
        published = datetime.date.fromisoformat(found)
    return Document(title=title[:500], published=published, text=text)
