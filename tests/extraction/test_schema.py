"""Every claim the engine returns fits claim.schema.json and the record's invariants."""

from __future__ import annotations

import itertools
import json
import re
from functools import cache
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "claims" / "fixtures" / "articles"
SCHEMA_PATH = ROOT / "claims" / "extraction" / "claim.schema.json"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))
WORD_RE = re.compile(r"\w+")


def _language(path: Path) -> str | None:
    gold = GOLD_DIR / (path.stem + ".json")
    if gold.exists():
        return json.loads(gold.read_text(encoding="utf-8"))["language"]
    return None


def _inputs() -> list[tuple[str, str, str | None]]:
    """(id, text, language): each fixture article as stored, and with CRLF line ends."""
    out = []
    for path in ARTICLE_FILES:
        text = path.read_text(encoding="utf-8")
        lang = _language(path)
        out.append((path.stem, text, lang))
        out.append((path.stem + "-crlf", text.replace("\n", "\r\n"), lang))
    return out


INPUTS = _inputs()


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


@cache
def _result(text: str, language: str | None):
    from claims.extraction import extract

    return extract(text, language=language)


def _ok_span(span, n: int) -> bool:
    return (
        isinstance(span, list | tuple)
        and len(span) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
        and 0 <= span[0] < span[1] <= n
    )


def test_schema_is_valid_draft_2020_12():
    _validator()


def test_fixture_articles_exist():
    names = {p.name for p in ARTICLE_FILES}
    assert "000_d7d0446ce7bbbc77.txt" in names
    assert any(n.startswith("001_") for n in names)
    assert any(n.startswith("002_") for n in names)


@pytest.mark.parametrize(("name", "text", "language"), INPUTS, ids=[i[0] for i in INPUTS])
def test_result_shape(name, text, language):
    result = _result(text, language)
    assert result.language in ("id", "en")
    if language:
        assert result.language == language
    as_dict = result.to_dict()
    assert set(as_dict) == {"language", "claims", "skipped"}
    json.dumps(as_dict)  # JSON-serialisable
    assert as_dict["claims"] == result.claims
    assert result.claims, f"{name}: no claims extracted from a news article"
    for skip in result.skipped:
        assert set(skip) >= {"start", "end", "reason"}, skip
        assert 0 <= skip["start"] <= skip["end"] <= len(text), skip
        assert isinstance(skip["reason"], str) and skip["reason"], skip


@pytest.mark.parametrize(("name", "text", "language"), INPUTS, ids=[i[0] for i in INPUTS])
def test_claims_validate_against_schema(name, text, language):
    validator = _validator()
    problems = []
    for i, claim in enumerate(_result(text, language).claims):
        for err in validator.iter_errors(claim):
            problems.append(f"claim {i} at {list(err.absolute_path)}: {err.message}")
    assert not problems, f"{name}:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize(("name", "text", "language"), INPUTS, ids=[i[0] for i in INPUTS])
def test_claim_invariants(name, text, language):
    n = len(text)
    problems = []
    for i, c in enumerate(_result(text, language).claims):

        def bad(msg, c=c, i=i):
            problems.append(f"claim {i} {c.get('text')!r}: {msg}")

        if not isinstance(c.get("text"), str) or not c["text"].strip():
            bad("empty text")
        spans = c.get("spans") or []
        if not spans:
            bad("no spans")
        for sp in spans:
            if not _ok_span(sp, n):
                bad(f"span {sp} out of bounds or empty (len {n})")
            elif not text[sp[0] : sp[1]].strip():
                bad(f"span {sp} is blank: {text[sp[0] : sp[1]]!r}")
        for a, b in itertools.pairwise(spans):
            if _ok_span(a, n) and _ok_span(b, n) and not a[1] <= b[0]:
                bad(f"spans {a} {b} out of order or overlapping")
        sentence = c.get("sentence")
        if not _ok_span(sentence, n):
            bad(f"sentence {sentence} out of bounds or empty")
        else:
            for sp in spans:
                if _ok_span(sp, n) and not (sentence[0] <= sp[0] and sp[1] <= sentence[1]):
                    bad(f"span {sp} outside its sentence {sentence}")
        if c.get("absence") and not c.get("negated"):
            bad("absence claim not negated")
        attribution = c.get("attribution")
        if attribution:
            for sp in attribution.get("spans") or []:
                if not _ok_span(sp, n):
                    bad(f"attribution span {sp} out of bounds")
        for q in c.get("quantities") or []:
            if not _ok_span(q.get("span"), n):
                bad(f"quantity span {q.get('span')} out of bounds")
        for flag in c.get("flags") or []:
            if "at" in flag and not 0 <= flag["at"] <= n:
                bad(f"flag offset {flag} out of bounds")
    assert not problems, f"{name}:\n" + "\n".join(problems[:50])


@pytest.mark.parametrize(("name", "text", "language"), INPUTS, ids=[i[0] for i in INPUTS])
def test_claim_text_comes_from_its_spans(name, text, language):
    """record.md: text is built from the span pieces only -- no word that the spans lack
    (an inferred subject goes to inferred_subject, never into text)."""
    problems = []
    for i, c in enumerate(_result(text, language).claims):
        piece_words: set[str] = set()
        for s, e in c.get("spans") or []:
            piece_words.update(w.casefold() for w in WORD_RE.findall(text[s:e]))
        extra = [w for w in WORD_RE.findall(c.get("text") or "") if w.casefold() not in piece_words]
        if extra:
            problems.append(f"claim {i} {c.get('text')!r}: words not in its spans: {extra}")
    assert not problems, f"{name}:\n" + "\n".join(problems[:50])
