"""Optional LLM backend: an OpenAI-compatible chat completions API proposes claims.

Each proposed claim must quote the article; a quote is accepted only when it is found verbatim,
or by a rapidfuzz partial match of at least 85 (the span is then the matched region of the text),
so every span stays exact. Any failure returns None and the caller falls back to the rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
import urllib.request
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .pipeline import ExtractionResult, run_proposals
from .segment import WorkingText

log = logging.getLogger(__name__)

FUZZY_MIN = 85.0
TIMEOUT = 30.0
_CACHE_SIZE = 256
_cache: OrderedDict[str, str] = OrderedDict()
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")

PROMPT = (
    "You split a news article into atomic, checkable claims for fact-checkers. "
    "One claim is one proposition: split lists and coordinated clauses; keep negation. "
    'Reply with JSON only: {"claims": [{"quote": "...", "speaker": "..."}]} where '
    "quote is copied character for character from the article (the words of the claim, "
    "without 'said X'), and speaker is who the article attributes it to, or null. "
    "Skip bylines, datelines, captions, 'Read more' lines and other boilerplate."
)


def _endpoint(url: str) -> str:
    url = url.rstrip("/")
    return url if url.endswith("/chat/completions") else url + "/chat/completions"


def _messages(text: str, language: str | None) -> list[dict[str, str]]:
    lang = {"id": "Indonesian", "en": "English"}.get(language or "", "Indonesian or English")
    return [
        {"role": "system", "content": PROMPT},
        {"role": "user", "content": f"Article ({lang}):\n\n{text}"},
    ]


def _request_key(url: str, body: dict[str, Any]) -> str:
    blob = json.dumps({"url": url, "body": body}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()


def _cached(key: str, cache_dir: str | None) -> str | None:
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    if cache_dir:
        path = Path(cache_dir) / f"{key}.json"
        if path.is_file():
            content = path.read_text(encoding="utf-8")
            _remember(key, content, None)
            return content
    return None


def _remember(key: str, content: str, cache_dir: str | None) -> None:
    _cache[key] = content
    _cache.move_to_end(key)
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    if cache_dir:
        path = Path(cache_dir)
        path.mkdir(parents=True, exist_ok=True)
        (path / f"{key}.json").write_text(content, encoding="utf-8")


def clear_cache() -> None:
    """Forget the in-memory cache (the cache directory is left alone)."""
    _cache.clear()


def _post(url: str, body: dict[str, Any], timeout: float) -> str:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"not an http(s) URL: {url!r}")
    data = json.dumps(body, ensure_ascii=False).encode("utf-8", "surrogatepass")
    req = urllib.request.Request(  # noqa: S310 - scheme checked above
        url, data=data, headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
        payload = json.loads(resp.read().decode("utf-8"))
    content = payload["choices"][0]["message"]["content"]
    if not isinstance(content, str):
        raise ValueError("no message content")
    return content


def parse_proposals(content: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) pairs from the model's JSON reply."""
    data = json.loads(_FENCE.sub("", content))
    items = data.get("claims", []) if isinstance(data, dict) else data
    out: list[tuple[str, str | None]] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        quote = item.get("quote")
        speaker = item.get("speaker")
        if isinstance(quote, str) and quote.strip():
            out.append((quote.strip(), speaker if isinstance(speaker, str) and speaker else None))
    return out


def locate(quote: str, text: str) -> tuple[int, int] | None:
    """Span of `quote` in `text`: verbatim, else the best fuzzy region scoring >= FUZZY_MIN."""
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    from rapidfuzz import fuzz

    res = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_MIN)
    if res is None or res.score < FUZZY_MIN:
        return None
    return _snap(quote, text, res.dest_start, res.dest_end)


_WORD = re.compile(r"\w+")


def _snap(quote: str, text: str, s: int, e: int) -> tuple[int, int] | None:
    """The matched region moved to word boundaries: the best of nearby word starts and ends."""
    slack = max(10, len(quote) // 6)
    words = list(_WORD.finditer(text, max(0, s - slack), min(len(text), e + slack)))
    starts = [m.start() for m in words if abs(m.start() - s) <= slack]
    ends = [m.end() for m in words if abs(m.end() - e) <= slack]
    best: tuple[float, int, int] | None = None
    from rapidfuzz import fuzz

    for a in starts:
        for b in ends:
            if b > a:
                score = fuzz.ratio(quote, text[a:b])
                if best is None or score > best[0]:
                    best = (score, a, b)
    if best is None or best[0] < FUZZY_MIN:
        return None
    return best[1], best[2]


def extract_with_llm(
    text: str,
    *,
    url: str,
    language: str | None = None,
    reference_date: dt.date | None = None,
    model: str | None = None,
    cache_dir: str | None = None,
    timeout: float = TIMEOUT,
) -> ExtractionResult | None:
    """Claims proposed by the model at `url`, with exact spans; None on any failure."""
    try:
        endpoint = _endpoint(url)
        body = {
            "model": model or "default",
            "temperature": 0,
            "messages": _messages(text, language),
            "response_format": {"type": "json_object"},
        }
        key = _request_key(endpoint, body)
        content = _cached(key, cache_dir)
        if content is None:
            content = _post(endpoint, body, timeout)
            parse_proposals(content)  # only a usable reply is cached
            _remember(key, content, cache_dir)
        working = WorkingText(text).text
        proposals: list[tuple[int, int, str | None]] = []
        for quote, speaker in parse_proposals(content):
            span = locate(quote, working)
            if span is not None:
                proposals.append((span[0], span[1], speaker))
        if not proposals:
            return None
        result = run_proposals(text, proposals, language, reference_date)
        return result if result.claims else None
    except Exception as exc:  # any failure falls back to the rule engine
        log.warning("LLM claim extraction failed, using rules: %s", exc)
        return None
