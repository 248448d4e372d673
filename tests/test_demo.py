"""load_demo and the public pages it feeds: published verdicts shown, drafts never."""

import pytest
from django.core.management import call_command

from claims.models import Article, Claim, Evidence, Snapshot, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(capsys):
    call_command("load_demo")
    return capsys.readouterr().out


def test_it_loads_published_and_unpublished_claims(demo):
    assert Claim.objects.published().count() >= 3
    assert Claim.objects.filter(status=Status.REVIEW).count() >= 1
    for claim in Claim.objects.published():
        assert claim.sources.exists()
        assert claim.evidence.exists()
        assert claim.verdict.reviewer_id != claim.verdict.author_id
    assert "demo-editor" in demo and "password" in demo


def test_it_is_idempotent(demo):
    counts = [m.objects.count() for m in (Article, Claim, Snapshot, Evidence)]
    published = Claim.objects.published().count()
    call_command("load_demo")
    assert [m.objects.count() for m in (Article, Claim, Snapshot, Evidence)] == counts
    assert Claim.objects.published().count() == published


def test_evidence_quotes_are_found_in_their_snapshots(demo):
    for evidence in Evidence.objects.select_related("snapshot"):
        assert evidence.snapshot.text[evidence.start : evidence.end] == evidence.quote


def test_home_lists_published_verdicts_only(client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        page = client.get("/").content.decode()
    for claim in Claim.objects.published():
        assert claim.get_absolute_url() in page
    for draft in Claim.objects.exclude(pk__in=Claim.objects.published()):
        assert draft.get_absolute_url() not in page


def test_claim_page_shows_verdict_and_evidence(client, demo, django_assert_max_num_queries):
    claim = Claim.objects.published().first()
    with django_assert_max_num_queries(5):
        response = client.get(claim.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert claim.verdict.rating.label in page
    assert claim.evidence.first().quote[:40] in page


def test_drafts_are_404_to_the_public(client, demo):
    for draft in Claim.objects.filter(status__in=[Status.NEW, Status.REVIEW])[:5]:
        assert client.get(draft.get_absolute_url()).status_code == 404


def test_article_page_lists_only_published_claims(client, demo):
    article = Article.objects.get()
    page = client.get(article.get_absolute_url()).content.decode()
    draft = Claim.objects.filter(status=Status.REVIEW).first()
    assert draft.get_absolute_url() not in page
    assert Claim.objects.published().first().get_absolute_url() in page


def test_user_text_is_escaped(client, demo):
    claim = Claim.objects.published().first()
    Claim.objects.filter(pk=claim.pk).update(text='<script>alert("x")</script>')
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;" in page
