"""Claim extraction: splits an article's text into atomic, checkable claims with spans.

Pure Python; imports nothing from Django. See claim.schema.json for one claim record.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys

from . import build

log = logging.getLogger(__name__)


def _use_compiled_build() -> bool:
    """Load the engine's modules from the mypyc build, if it was built from these sources."""
    if os.environ.get("FACTCHECK_PURE_PYTHON"):
        return False
    try:
        stamp = (build.BUILD_DIR / build.STAMP).read_text().strip()
    except OSError:
        return False
    if stamp != build.sources_hash():
        log.debug("the compiled claim engine is out of date; running it as Python")
        return False
    # the build holds the group's shared library at its root and the modules under claims/
    if str(build.BUILD_DIR) not in sys.path:
        sys.path.append(str(build.BUILD_DIR))
    __path__.insert(0, str(build.BUILD_DIR / "claims" / "extraction"))
    return True


COMPILED = _use_compiled_build()

from .pipeline import ExtractionResult, run_rules  # noqa: E402 - after the build is chosen

KINDS = (
    "statement",
    "quantity",
    "absence",
    "prediction",
    "opinion",
    "question",
    "quote-only",
    "attribution-only",
)
SECTIONS = ("headline", "lede", "body")
LANGUAGES = ("id", "en")

__all__ = ["COMPILED", "KINDS", "LANGUAGES", "SECTIONS", "ExtractionResult", "extract"]


def extract(
    text: str,
    *,
    language: str | None = None,
    reference_date: dt.date | None = None,
    backend: str | None = None,
    llm_url: str | None = None,
    llm_model: str | None = None,
    llm_cache_dir: str | None = None,
) -> ExtractionResult:
    """Atomic claims of `text`; offsets index `text` exactly. Never raises on a str."""
    if not isinstance(text, str):
        raise TypeError("extract() takes a str")
    lang = language if language in LANGUAGES else None
    if backend == "llm":
        url = llm_url or os.environ.get("FACTCHECK_LLM_URL")
        if url:
            from .llm import extract_with_llm

            result = extract_with_llm(
                text,
                url=url,
                language=lang,
                reference_date=reference_date,
                model=llm_model,
                cache_dir=llm_cache_dir,
            )
            if result is not None:
                return result
    try:
        return run_rules(text, lang, reference_date)
    except Exception:  # the contract is to never raise; a bug must not stop an ingest
        log.exception("claim extraction failed")
        return ExtractionResult(lang or "id", [], [])
