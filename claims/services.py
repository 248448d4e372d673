"""Use cases that write. Each runs in one transaction and records who did it."""

import datetime
from dataclasses import dataclass
from typing import Any

import nh3
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from . import audit, extraction
from . import text as article_text
from .capture import discard_warc, fetch_article, save_warc
from .fetching.archive import Response
from .models import (
    Article,
    ArticleVersion,
    Claim,
    Evidence,
    Rating,
    Snapshot,
    Source,
    Stance,
    Status,
    Verdict,
    check_spans,
)
from .urlnorm import normalize_url
from .workflow import transition


@dataclass(frozen=True)
class IngestResult:
    article: Article
    version: ArticleVersion
    created: bool  # False when this exact text was already stored for the article


def _slug(base: str, fingerprint: str, length: int = 60) -> str:
    # Slugs carry a slice of a fingerprint so two claims with the same words never collide.
    return f"{slugify(base)[:length].strip('-') or 'item'}-{fingerprint[:8]}"


def split_into_claims(
    text: str, *, language: str | None = None, reference_date: datetime.date | None = None
) -> extraction.ExtractionResult:
    """The claim engine as configured: the LLM backend when FACTCHECK_LLM_URL is set, with
    the rule engine as its fallback; the rules alone otherwise."""
    if not settings.FACTCHECK_LLM_URL:
        return extraction.extract(text, language=language, reference_date=reference_date)
    return extraction.extract(
        text,
        language=language,
        reference_date=reference_date,
        backend="llm",
        llm_url=settings.FACTCHECK_LLM_URL,
        llm_cache_dir=str(settings.DATA_DIR / "llm-cache"),
    )


def ingest_article(
    *,
    text: str | bytes | None = None,
    url: str | None = None,
    language: str | None = None,
    title: str = "",
    canonical_url: str = "",
    publisher: str = "",
    by: Any = None,
    reference_date: datetime.date | None = None,
) -> IngestResult:
    """Store a new immutable version of an article and the claims extracted from it.

    Give the text, or a URL to fetch it from (archived as the version's WARC; the URL
    the redirects end at is the canonical URL unless one is given). The same text
    submitted twice finds the version already stored; nothing is duplicated.
    """
    if (text is None) == (url is None):
        raise TypeError("ingest_article takes either text or url.")
    fetched: Response | None = None
    if url is not None:
        # Fetched before any transaction: the network never holds a database lock.
        page = fetch_article(url)
        text, fetched = page.text, page.response
        title = title or page.title
        canonical_url = canonical_url or page.url
        reference_date = reference_date or page.published
    assert text is not None
    if isinstance(text, bytes):
        text = article_text.decode(text)
    text = article_text.normalize(text)
    sha = article_text.fingerprint(text)
    identity = f"url:{normalize_url(canonical_url)}" if canonical_url else f"sha256:{sha}"

    existing = ArticleVersion.objects.filter(article__identity=identity, sha256=sha).first()
    if existing is None and not canonical_url:
        existing = ArticleVersion.objects.filter(sha256=sha).select_related("article").first()
    if existing is not None:
        return IngestResult(existing.article, existing, created=False)

    # Extraction is pure computation: run it before taking any database lock.
    result = split_into_claims(text, language=language, reference_date=reference_date)
    headline = title.strip() or next(line.strip() for line in text.splitlines() if line.strip())
    capture = save_warc(fetched) if fetched is not None else ""
    try:
        with transaction.atomic():
            article, article_created = Article.objects.get_or_create(
                identity=identity,
                defaults={
                    "slug": _slug(headline, sha),
                    "title": headline[:300],
                    "canonical_url": canonical_url,
                    "publisher": publisher,
                    "language": result.language,
                    "created_by": by if getattr(by, "is_authenticated", False) else None,
                },
            )
            number = (
                article.versions.order_by("-number").values_list("number", flat=True).first() or 0
            ) + 1
            version = ArticleVersion.objects.create(
                article=article,
                number=number,
                text=text,
                sha256=sha,
                language=result.language,
                source_url=canonical_url,
                capture=capture,
                skipped=result.skipped,
                extractor=result.extractor,
                captured_by=by if getattr(by, "is_authenticated", False) else None,
            )
            _save_claims(version, result.claims)
            audit.record(
                actor=by,
                action="article.ingest",
                obj=version,
                after={"sha256": sha, "claims": len(result.claims), "new_article": article_created},
            )
    except IntegrityError:
        discard_warc(capture)
        # A concurrent ingest of the same text won the race: return what it stored.
        version = ArticleVersion.objects.select_related("article").get(
            article__identity=identity, sha256=sha
        )
        return IngestResult(version.article, version, created=False)
    except BaseException:
        discard_warc(capture)
        raise
    return IngestResult(article, version, created=True)


def _save_claims(version: ArticleVersion, records: list[dict[str, Any]]) -> list[Claim]:
    claims = [_claim_from_record(version, index, record) for index, record in enumerate(records)]
    for claim in claims:
        check_spans(claim.spans, len(version.text))  # bulk_create skips save()
    claims = Claim.objects.bulk_create(claims)
    restatements = []
    for claim in claims:
        target = next(
            (f.get("claim") for f in claim.flags if f.get("type") == "duplicate_of"), None
        )
        if isinstance(target, int) and 0 <= target < len(claims) and claims[target] is not claim:
            claim.duplicate_of = claims[target]
            restatements.append(claim)
    Claim.objects.bulk_update(restatements, ["duplicate_of"])
    return claims


def _claim_from_record(version: ArticleVersion, index: int, record: dict[str, Any]) -> Claim:
    attribution = record.get("attribution") or None
    score = record.get("checkworthiness") or {}
    sentence = record.get("sentence") or [record["spans"][0][0], record["spans"][-1][1]]
    return Claim(
        version=version,
        index=index,
        slug=_slug(record["text"], article_text.fingerprint(f"{version.sha256}:{index}")),
        text=record["text"],
        original_text=record["text"],
        spans=[list(span) for span in record["spans"]],
        sentence_start=sentence[0],
        sentence_end=sentence[1],
        section=record.get("section", "body"),
        language=record.get("language", version.language),
        kind=record.get("kind", "statement"),
        negated=bool(record.get("negated")),
        absence=bool(record.get("absence")),
        hedged=bool(record.get("hedged")),
        speaker=((attribution or {}).get("speaker") or "")[:200],
        attribution=attribution,
        quantities=record.get("quantities") or [],
        checkworthiness=float(score.get("score", 0.0)),
        checkworthiness_reasons=score.get("reasons", []),
        flags=record.get("flags") or [],
        inferred_subject=(record.get("inferred_subject") or "")[:200],
    )


def add_source(
    *, claim: Claim, url: str, kind: str = "other", title: str = "", notes: str = "", by: Any = None
) -> Source:
    """Attach a source to a claim; the same URL twice finds the existing source."""
    normalized = normalize_url(url)
    with transaction.atomic():
        source, created = Source.objects.get_or_create(
            claim=claim,
            normalized_url=normalized,
            defaults={"url": url, "kind": kind, "title": title, "notes": notes, "added_by": by},
        )
        if created:
            audit.record(
                actor=by, action="source.add", obj=source, after={"url": url, "kind": kind}
            )
    return source


def attach_evidence(
    *,
    claim: Claim,
    snapshot: Snapshot,
    quote: str,
    stance: str = Stance.CONTEXT,
    note: str = "",
    by: Any = None,
) -> Evidence:
    """Pin a quote from an archived snapshot to a claim, with W3C-style selectors."""
    position = snapshot.text.find(quote) if quote.strip() else -1
    if position < 0:
        raise ValueError("The quote was not found in the archived text of this source.")
    end = position + len(quote)
    with transaction.atomic():
        evidence = Evidence.objects.create(
            claim=claim,
            snapshot=snapshot,
            stance=stance,
            quote=quote,
            prefix=snapshot.text[max(0, position - 32) : position],
            suffix=snapshot.text[end : end + 32],
            start=position,
            end=end,
            note=note,
            added_by=by,
        )
        audit.record(
            actor=by,
            action="evidence.attach",
            obj=evidence,
            after={"quote": quote, "stance": stance},
        )
    return evidence


def sanitize_explanation(html: str) -> str:
    return nh3.clean(
        html, tags={"p", "a", "em", "strong", "ul", "ol", "li", "blockquote", "br", "q", "cite"}
    )


def draft_verdict(
    *, claim: Claim, rating: Rating, summary: str, explanation: str = "", by: Any
) -> Verdict:
    """Write or rewrite the verdict on a claim. A rewrite clears any earlier review."""
    if Verdict.objects.filter(claim=claim, published_at__isnull=False).exists():
        raise ValueError("A published verdict changes only through a correction.")
    if not summary.strip():
        raise ValueError("A verdict needs a summary.")
    with transaction.atomic():
        verdict, _ = Verdict.objects.update_or_create(
            claim=claim,
            defaults={
                "rating": rating,
                "summary": summary.strip(),
                "explanation": sanitize_explanation(explanation),
                "author": by,
                "reviewer": None,
                "published_at": None,
            },
        )
        audit.record(
            actor=by,
            action="verdict.draft",
            obj=verdict,
            after={"rating": rating.slug, "summary": verdict.summary},
        )
    return verdict


def publish(*, claim: Claim, by: Any, expected_version: int) -> Claim:
    """Second-person review and publication in one step: `by` must not be the verdict's author."""
    with transaction.atomic():
        verdict = Verdict.objects.select_for_update().get(claim=claim)
        if verdict.author_id == getattr(by, "pk", None):
            raise ValueError("A verdict must be reviewed by someone other than its author.")
        verdict.reviewer = by
        verdict.published_at = timezone.now()
        verdict.save(update_fields=["reviewer", "published_at", "updated_at"])
        claim.verdict = verdict
        fresh = transition(claim, Status.PUBLISHED, by=by, expected_version=expected_version)
        audit.record(actor=by, action="verdict.publish", obj=verdict, after={"reviewer": by.pk})
    return fresh


def archive_snapshot(*, source: Source, response: Any, lookup: Any = None) -> Snapshot:
    """Archive one fetched response of a source as an immutable Snapshot (WARC + sha256)."""
    from django.core.files.base import ContentFile

    from .fetching.archive import to_warc
    from .fetching.extract import extract_document

    if lookup is not None:
        existing = Snapshot.objects.filter(lookup=lookup).first()
        if existing is not None:  # a retried task never archives the same fetch twice
            return existing
    document = extract_document(response.body, url=response.url, content_type=response.content_type)
    previous = source.snapshots.order_by("-fetched_at").first()
    sha = response.sha256
    with transaction.atomic():
        snapshot = Snapshot(
            source=source,
            lookup=lookup,
            fetched_at=timezone.make_aware(response.fetched_at, datetime.UTC)
            if timezone.is_naive(response.fetched_at)
            else response.fetched_at,
            final_url=response.url,
            http_status=response.status,
            headers=dict(response.headers),
            content_type=response.content_type,
            size=len(response.body),
            sha256=sha,
            title=document.title,
            published=document.published,
            text=document.text,
            previous=previous,
            content_changed=previous is not None and previous.sha256 != sha,
        )
        snapshot.warc.save(f"{sha[:16]}.warc.gz", ContentFile(to_warc(response)), save=False)
        snapshot.save()
        if not source.title and document.title:
            Source.objects.filter(pk=source.pk).update(title=document.title[:300])
        audit.record(actor=None, action="snapshot.archive", obj=snapshot, after={"sha256": sha})
    return snapshot


def update_source(*, source: Source, by: Any = None) -> Source:
    source.normalized_url = normalize_url(source.url)
    with transaction.atomic():
        source.save()
        audit.record(actor=by, action="source.update", obj=source, after={"url": source.url})
    return source


def remove_source(*, source: Source, by: Any = None) -> None:
    with transaction.atomic():
        audit.record(actor=by, action="source.remove", obj=source, before={"url": source.url})
        source.delete()


EDITABLE_CLAIM_FIELDS = ("text", "assignee", "kind")


def edit_claim(*, claim: Claim, changes: dict[str, Any], by: Any, expected_version: int) -> Claim:
    """Staff edits to a claim, with the same compare-and-set on version as transitions."""
    from .workflow import Conflict

    changes = {k: v for k, v in changes.items() if k in EDITABLE_CLAIM_FIELDS}
    if "text" in changes and not str(changes["text"]).strip():
        raise ValueError("A claim's text cannot be empty.")
    before = Claim.objects.filter(pk=claim.pk).values(*changes).first() or {}
    with transaction.atomic():
        updated = Claim.objects.filter(pk=claim.pk, version_number=expected_version).update(
            **changes, version_number=F("version_number") + 1, updated_at=timezone.now()
        )
        if updated != 1:
            raise Conflict("This claim was changed by someone else since you opened it.")
        claim.refresh_from_db()
        audit.record(
            actor=by,
            action="claim.edit",
            obj=claim,
            before={k: _jsonable(v) for k, v in before.items()},
            after={k: _jsonable(v) for k, v in changes.items()},
        )
    return claim


def _jsonable(value: Any) -> Any:
    return getattr(value, "pk", value)
