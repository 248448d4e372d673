"""Database constraints and immutability of the domain model."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims import services
from claims.models import (
    ArticleVersion,
    AuditEvent,
    Claim,
    Correction,
    ImmutableError,
    Rating,
    RatingScale,
    Snapshot,
    Verdict,
)

pytestmark = pytest.mark.django_db


def test_rating_scales_are_seeded_in_both_languages():
    assert set(RatingScale.objects.values_list("language", flat=True)) == {"id", "en"}
    assert Rating.objects.filter(scale__language="id", label="Salah").exists()
    assert Rating.objects.filter(scale__language="en", label="Misleading").exists()


def test_article_version_refuses_updates(ingested, sample_text):
    version = ingested.version
    version.text = "changed"
    with pytest.raises(ImmutableError):
        version.save()
    with pytest.raises(ImmutableError):
        ArticleVersion.objects.filter(pk=version.pk).update(text="changed")
    with pytest.raises(ImmutableError):
        version.delete()
    assert ArticleVersion.objects.get(pk=version.pk).text == sample_text


def test_version_sha256_is_unique_per_article(ingested):
    version = ingested.version
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleVersion.objects.create(
            article=version.article,
            number=2,
            text=version.text,
            sha256=version.sha256,
            language="id",
        )


def test_version_text_cannot_be_empty(ingested):
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleVersion.objects.create(
            article=ingested.article, number=9, text="", sha256="x" * 64, language="id"
        )


def test_claim_rejects_spans_outside_the_text(claim):
    length = len(claim.version.text)
    for spans in ([[0, length + 1]], [[5, 5]], [[-1, 3]], [[10, 20], [15, 30]], [], [["a", 3]]):
        claim.spans = spans
        with pytest.raises(ValidationError):
            claim.save()


def test_claim_checkworthiness_must_be_between_0_and_1(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(checkworthiness=1.5)


def test_claim_text_cannot_be_empty(claim):
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(text="")


def test_verdict_reviewer_cannot_be_author(claim, checker):
    rating = Rating.objects.get(scale__language="id", slug="benar")
    verdict = services.draft_verdict(claim=claim, rating=rating, summary="Benar.", by=checker)
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.objects.filter(pk=verdict.pk).update(reviewer=checker)


def test_published_verdict_needs_a_reviewer(claim, checker):
    rating = Rating.objects.get(scale__language="id", slug="benar")
    verdict = services.draft_verdict(claim=claim, rating=rating, summary="Benar.", by=checker)
    with pytest.raises(IntegrityError), transaction.atomic():
        Verdict.objects.filter(pk=verdict.pk).update(published_at="2025-01-01T00:00:00Z")


def test_audit_events_and_corrections_are_append_only(ingested, claim, checker, editor):
    event = AuditEvent.objects.first()
    assert event is not None
    with pytest.raises(ImmutableError):
        event.save()
    with pytest.raises(ImmutableError):
        AuditEvent.objects.all().update(action="x")
    rating = Rating.objects.get(scale__language="id", slug="benar")
    verdict = services.draft_verdict(claim=claim, rating=rating, summary="Benar.", by=checker)
    correction = Correction.objects.create(verdict=verdict, note="Fixed a date.", created_by=editor)
    correction.note = "rewritten"
    with pytest.raises(ImmutableError):
        correction.save()


def test_snapshot_is_immutable(claim, checker):
    from claims import demo

    source = demo._snapshot(claim, "treaty", checker)
    snapshot = source.snapshots.get()
    assert snapshot.size > 0 and len(snapshot.sha256) == 64
    snapshot.title = "changed"
    with pytest.raises(ImmutableError):
        snapshot.save()
    with pytest.raises(ImmutableError):
        Snapshot.objects.filter(pk=snapshot.pk).update(title="x")


def test_published_is_the_only_public_gate(claim):
    assert claim not in Claim.objects.published()
    Claim.objects.filter(pk=claim.pk).update(status="published")
    # Status alone is not enough: a published claim needs a reviewed, published verdict.
    assert not Claim.objects.published().filter(pk=claim.pk).exists()
