"""Admin: every model's pages load for staff and are closed to the public; paste-to-ingest works."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from claims import demo
from claims.models import Article, Claim

pytestmark = pytest.mark.django_db

MODELS = [m for m in apps.get_app_config("claims").get_models() if m in admin.site._registry]


@pytest.fixture
def demo_loaded():
    demo.load(log=lambda line: None)


def test_every_claims_model_is_registered():
    registered = {m.__name__ for m in MODELS}
    expected = {
        "Article",
        "ArticleVersion",
        "Claim",
        "Source",
        "Lookup",
        "Snapshot",
        "Evidence",
        "RatingScale",
        "Rating",
        "Verdict",
        "Correction",
        "AuditEvent",
    }
    assert expected <= registered


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_and_change_pages_load_for_staff(client, superuser, demo_loaded, model):
    client.force_login(superuser)
    info = (model._meta.app_label, model._meta.model_name)
    response = client.get(reverse(f"admin:{info[0]}_{info[1]}_changelist"))
    assert response.status_code == 200
    response = client.get(reverse(f"admin:{info[0]}_{info[1]}_changelist"), {"q": "Putin"})
    assert response.status_code == 200
    obj = model.objects.first()
    if obj is not None:
        response = client.get(reverse(f"admin:{info[0]}_{info[1]}_change", args=[obj.pk]))
        assert response.status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_admin_is_closed_to_anonymous_users(client, model):
    info = (model._meta.app_label, model._meta.model_name)
    response = client.get(reverse(f"admin:{info[0]}_{info[1]}_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_fact_checker_cannot_see_the_user_admin(client, checker):
    client.force_login(checker)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 200


def test_pasting_an_article_stores_it_and_lists_its_claims(client, checker, sample_text):
    client.force_login(checker)
    response = client.post(
        reverse("admin:claims_article_add"), {"text": sample_text, "language": "id"}, follow=True
    )
    assert response.status_code == 200
    article = Article.objects.get()
    version = article.versions.get()
    assert version.text == sample_text
    page = response.content.decode()
    claims = Claim.objects.filter(version=version)
    assert claims.count() > 5
    for claim in claims[:5]:
        assert claim.text[:30].replace("&", "&amp;").replace('"', "&quot;") in page


def test_pasting_bad_text_shows_the_error_and_saves_nothing(client, checker):
    client.force_login(checker)
    response = client.post(reverse("admin:claims_article_add"), {"text": "Berita\x07 rusak"})
    assert response.status_code == 200
    assert "control character" in response.content.decode()
    assert Article.objects.count() == 0


def test_claim_change_page_shows_span_text_and_refuses_stale_edits(client, editor, ingested):
    claim = ingested.version.claims.first()
    client.force_login(editor)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = client.get(url).content.decode()
    assert "words in the article" in page.lower()
    form = {
        "text": "Edited once",
        "kind": claim.kind,
        "assignee": "",
        "loaded_version": claim.version_number,
        "sources-TOTAL_FORMS": 0,
        "sources-INITIAL_FORMS": 0,
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
    }
    assert client.post(url, form).status_code == 302
    claim.refresh_from_db()
    assert claim.text == "Edited once" and claim.version_number == 2
    stale = {**form, "text": "Edited from a stale page"}
    response = client.post(url, stale)
    assert response.status_code == 200
    assert "Someone else changed this claim" in response.content.decode()
    claim.refresh_from_db()
    assert claim.text == "Edited once"


def test_admin_action_moves_claims_through_the_workflow(client, checker, ingested):
    claim = ingested.version.claims.first()
    client.force_login(checker)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "move_to_triage", "_selected_action": [claim.pk]},
        follow=True,
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.status == "triage"


def test_the_whole_loop_works_in_the_admin(client, checker, editor, ingested):
    """Triage, research, write a verdict, send to review, and a second person publishes."""
    from claims.models import Rating, Verdict

    claim = ingested.version.claims.first()
    changelist = reverse("admin:claims_claim_changelist")
    client.force_login(checker)
    for action in ("move_to_triage", "move_to_research"):
        client.post(changelist, {"action": action, "_selected_action": [claim.pk]})
    rating = Rating.objects.get(scale__language="id", slug="salah")
    response = client.post(
        reverse("admin:claims_verdict_add"),
        {
            "claim": claim.pk,
            "rating": rating.pk,
            "summary": "Tidak akurat.",
            "explanation": "<p>x</p><script>y</script>",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    verdict = Verdict.objects.get(claim=claim)
    assert verdict.author == checker and "<script>" not in verdict.explanation
    client.post(changelist, {"action": "move_to_review", "_selected_action": [claim.pk]})
    # The author cannot publish their own verdict, even with the action.
    client.post(changelist, {"action": "publish_reviewed", "_selected_action": [claim.pk]})
    assert not Claim.objects.published().exists()
    client.force_login(editor)
    client.post(changelist, {"action": "publish_reviewed", "_selected_action": [claim.pk]})
    assert Claim.objects.published().get() == claim
    # Once published, the verdict is read-only in the admin.
    page = client.get(reverse("admin:claims_verdict_change", args=[verdict.pk])).content.decode()
    assert 'name="summary"' not in page


# --- Adding an article by URL ---------------------------------------------------------


@pytest.fixture
def article_url(page_server, sample_text):
    from tests.pages import Page, article_page

    page_server.pages["/berita"] = Page(article_page(sample_text))
    return page_server.url("/berita")


def test_giving_a_url_fetches_archives_and_splits_the_article(
    client, checker, allow_loopback, article_url
):
    client.force_login(checker)
    response = client.post(
        reverse("admin:claims_article_add"), {"url": article_url, "language": "id"}, follow=True
    )
    assert response.status_code == 200
    version = Article.objects.get().versions.get()
    assert version.article.canonical_url == article_url and version.capture
    assert version.claims.count() > 5
    assert f"Stored version 1 with {version.claims.count()} claims" in response.content.decode()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "Judul\nIsi berita.", "url": "https://example.com/a"}, "not both"),
        ({"text": "  \n", "url": ""}, "Paste the article&#x27;s text or give its URL"),
    ],
)
def test_text_or_url_exactly_one(client, checker, fields, message):
    client.force_login(checker)
    response = client.post(reverse("admin:claims_article_add"), fields)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_a_refused_url_shows_why_and_saves_nothing(client, checker, article_url, page_server):
    client.force_login(checker)
    response = client.post(reverse("admin:claims_article_add"), {"url": article_url})
    assert response.status_code == 200
    assert "That URL is refused: 127.0.0.1 is a loopback address" in response.content.decode()
    assert Article.objects.count() == 0 and page_server.requests == []


def test_the_claim_list_shows_the_splitters_warnings_in_the_desks_words(client, superuser):
    from claims.services import ingest_article

    ingest_article(
        text="Waiting lists fall\nWaiting lists fell to 7.5 million. This missed the target.",
        language="en",
        by=superuser,
    )
    client.force_login(superuser)
    page = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert "subject is in another sentence" in page
