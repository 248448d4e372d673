"""Readable text, title and publication date of an archived page (trafilatura, htmldate)."""

import codecs
import datetime
import re
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from trafilatura.utils import detect_encoding

# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
_AS_BROWSERS_DO = {"iso8859-1": "cp1252", "ascii": "cp1252"}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Document:
    title: str
    published: datetime.date | None
    text: str


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _AS_BROWSERS_DO.get(name, name)


def _is_plain(content_type: str) -> bool:
    return content_type.strip().lower().startswith("text/plain")


def _header_charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return _codec(value)
    return None


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode a page as a browser would: BOM, then the HTTP charset, then <meta>, then
    UTF-8 if it is valid, then a guess (charset_normalizer, via trafilatura)."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, errors="replace")
    declared = _header_charset(content_type)
    if declared is None and not _is_plain(content_type):
        found = _META_CHARSET.search(body[:4096])
        declared = _codec(found.group(1).decode("ascii")) if found else None
    if declared is not None:
        return body.decode(declared, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for guess in filter(None, map(_codec, detect_encoding(body))):
        try:
            return body.decode(guess)
        except UnicodeDecodeError:
            continue
    return body.decode("utf-8", errors="replace")


def extract_document(body: bytes, *, url: str, content_type: str = "") -> Document:
    if _is_plain(content_type):
        text = decode_body(body, content_type)
        return Document(title=text.strip().split("\n", 1)[0][:300], published=None, text=text)
    html = decode_body(body, content_type)
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
