"""Ingest: the stored text, its claims and their spans, and bad input refused cleanly."""

import threading

import pytest
from django.db import connection

from claims import services
from claims.models import Article, ArticleVersion, AuditEvent, Claim
from claims.text import ArticleTextError

pytestmark = pytest.mark.django_db


def test_it_stores_the_sample_with_claims(ingested, sample_text):
    version = ingested.version
    assert ingested.created
    assert version.text == sample_text
    assert version.number == 1 and len(version.sha256) == 64
    assert version.claims.count() >= 10
    assert ingested.article.title.startswith("Pererat Hubungan Rusia-Iran")
    assert AuditEvent.objects.filter(action="article.ingest").count() == 1


def test_every_span_round_trips_to_the_archived_text(ingested):
    text = ingested.version.text
    for claim in ingested.version.claims.all():
        assert claim.spans, claim.text
        for start, end in claim.spans:
            piece = text[start:end]
            assert piece and piece.strip(), (claim.text, start, end)
        assert claim.sentence_start <= claim.spans[0][0]
        assert claim.spans[-1][1] <= claim.sentence_end


def test_claims_match_the_engine_output_exactly(ingested):
    from claims import extraction

    expected = extraction.extract(ingested.version.text, language="id").claims
    stored = list(ingested.version.claims.order_by("index"))
    assert [c.spans for c in stored] == [r["spans"] for r in expected]
    assert [c.text for c in stored] == [r["text"] for r in expected]
    assert [c.negated for c in stored] == [r["negated"] for r in expected]


def test_boilerplate_is_never_a_claim(ingested):
    text = ingested.version.text
    for marker in ("Baca juga:", "(Tribunnews.com/Bobby)", "TRIBUNNEWS.COM - "):
        start = text.index(marker)
        end = start + len(marker)
        for claim in ingested.version.claims.all():
            assert all(e <= start or s >= end for s, e in claim.spans), (marker, claim.text)


def test_ingesting_the_same_text_twice_makes_no_duplicate(ingested, sample_text, editor):
    again = services.ingest_article(text=sample_text, by=editor)
    assert not again.created
    assert again.version.pk == ingested.version.pk
    assert Article.objects.count() == 1 and ArticleVersion.objects.count() == 1
    assert Claim.objects.count() == ingested.version.claims.count()


def test_same_text_with_crlf_is_the_same_version(ingested, sample_text):
    again = services.ingest_article(text=sample_text.replace("\n", "\r\n").encode())
    assert again.version.pk == ingested.version.pk


def test_line_endings_are_the_only_change(db):
    text = "Judul berita\r\nPresiden mengatakan inflasi 2,5 persen.\rAkhir.\u00a0Spasi  ganda."
    result = services.ingest_article(text=text)
    assert result.version.text == text.replace("\r\n", "\n").replace("\r", "\n")


def test_a_changed_text_with_the_same_url_is_a_new_version(db, sample_text):
    url = "https://example.com/berita/1"
    first = services.ingest_article(text=sample_text, canonical_url=url)
    second = services.ingest_article(
        text=sample_text + "\nKoreksi: tanggal diperbaiki.", canonical_url=url
    )
    assert second.article.pk == first.article.pk
    assert second.version.number == 2
    assert first.version.claims.count() > 0 and second.version.claims.count() > 0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("", "empty"),
        ("   \n\t  ", "empty"),
        ("Berita\x00 dengan NUL", "control character"),
        ("Berita dengan \x07 bel", "control character"),
        (b"\xff\xfe bukan utf-8", "not valid UTF-8"),
        ("x\ud800y", "invalid character"),
    ],
)
def test_bad_input_gets_a_clear_error_and_saves_nothing(data, message):
    with pytest.raises(ArticleTextError, match=message):
        services.ingest_article(text=data)
    assert Article.objects.count() == 0 and ArticleVersion.objects.count() == 0


def test_huge_articles_are_refused(settings):
    settings.FACTCHECK_MAX_ARTICLE_CHARS = 1000
    with pytest.raises(ArticleTextError, match="limit"):
        services.ingest_article(text="Kalimat. " * 200)
    assert Article.objects.count() == 0


def test_a_failure_while_saving_claims_leaves_nothing_half_saved(monkeypatch, sample_text):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_save_claims", broken)
    with pytest.raises(RuntimeError):
        services.ingest_article(text=sample_text)
    assert Article.objects.count() == 0 and ArticleVersion.objects.count() == 0


def test_broken_html_is_stored_as_text(db):
    text = "<p>Menteri <b>mengatakan inflasi 3 persen<p>tahun <i>ini.</div>"
    result = services.ingest_article(text=text, language="id")
    assert result.version.text == text


@pytest.mark.django_db(transaction=True)
def test_concurrent_ingests_of_the_same_text_store_one_version(sample_text):
    results, errors = [], []

    def run():
        try:
            results.append(services.ingest_article(text=sample_text))
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert ArticleVersion.objects.count() == 1
    assert len({r.version.pk for r in results}) == 1


def test_with_an_llm_configured_ingest_stores_its_claims_with_exact_spans(
    settings, llm_server, sample_text
):
    from tests.fake_llm import FakeLLM

    settings.FACTCHECK_LLM_URL = llm_server
    quote = "Kedua negara juga sepakat untuk tidak membiarkan wilayah mereka digunakan"
    FakeLLM.reply = {"claims": [{"quote": quote, "speaker": None}]}
    version = services.ingest_article(text=sample_text, language="id").version
    assert version.extractor == "llm"
    [claim] = version.claims.all()
    assert [version.text[s:e] for s, e in claim.spans] == [quote]
    assert claim.negated


def test_when_the_llm_is_down_ingest_falls_back_to_the_rules(settings, sample_text):
    settings.FACTCHECK_LLM_URL = "http://127.0.0.1:1/v1"
    version = services.ingest_article(text=sample_text, language="id").version
    assert version.extractor == "rules"
    assert version.claims.count() >= 25


# --- Ingest by URL (a local server on 127.0.0.1, let through by the test setting) ---------


def _serve_sample(page_server, sample_text, path="/berita/pakta", **options):
    from tests.pages import Page, article_page

    page_server.pages[path] = Page(article_page(sample_text, **options))
    return page_server.url(path)


def test_ingest_by_url_stores_the_text_its_claims_and_the_warc(
    allow_loopback, page_server, sample_text
):
    from claims.fetching.archive import read_warc

    url = _serve_sample(page_server, sample_text)
    result = services.ingest_article(url=url, language="id")
    version, article = result.version, result.article
    assert result.created
    assert article.title.startswith("Pererat Hubungan Rusia-Iran")
    assert article.canonical_url == url and version.source_url == url
    assert version.text.startswith(article.title + "\n")
    assert "Kedua negara juga sepakat untuk tidak membiarkan wilayah" in version.text
    claims = list(version.claims.all())
    assert len(claims) >= 10
    for claim in claims:
        assert all(version.text[s:e].strip() for s, e in claim.spans), claim.text
    archived = read_warc(version.capture.read())
    assert archived.url == url and archived.status == 200
    assert archived.body == page_server.pages["/berita/pakta"].body


def test_the_headline_is_put_back_when_the_page_text_leaves_it_out(
    allow_loopback, page_server, sample_text
):
    url = _serve_sample(page_server, sample_text, heading=False)
    version = services.ingest_article(url=url).version
    headline = sample_text.split("\n", 1)[0]
    assert version.text.startswith(headline + "\n")
    assert version.text.count(headline) == sample_text.count(headline)


def test_ingesting_the_same_url_twice_makes_one_version(allow_loopback, page_server, sample_text):
    url = _serve_sample(page_server, sample_text)
    first = services.ingest_article(url=url)
    again = services.ingest_article(url=url)
    assert not again.created and again.version.pk == first.version.pk
    assert Article.objects.count() == 1 and ArticleVersion.objects.count() == 1
    assert len(page_server.requests) == 2  # fetched again, found unchanged


def test_a_changed_page_at_the_same_url_is_version_2(allow_loopback, page_server, sample_text):
    url = _serve_sample(page_server, sample_text)
    first = services.ingest_article(url=url)
    _serve_sample(page_server, sample_text + "\nKoreksi: tanggal diperbaiki pada Sabtu.")
    second = services.ingest_article(url=url)
    assert second.created and second.article.pk == first.article.pk
    assert second.version.number == 2
    assert second.version.capture.name != first.version.capture.name


def test_the_canonical_url_is_where_the_redirects_end_normalised(
    allow_loopback, page_server, sample_text
):
    from tests.pages import redirect

    final = _serve_sample(page_server, sample_text, path="/berita/pakta?utm_source=x")
    page_server.pages["/p/123"] = redirect("/berita/pakta?utm_source=x")
    result = services.ingest_article(url=page_server.url("/p/123"))
    assert result.article.canonical_url == final.replace("?utm_source=x", "")
    assert services.ingest_article(url=final).version.pk == result.version.pk


def test_a_refused_url_saves_nothing_and_never_connects(page_server, sample_text, settings):
    from claims.capture import ArticleFetchError

    url = _serve_sample(page_server, sample_text)  # loopback, and no test setting
    with pytest.raises(ArticleFetchError, match=r"refused: 127\.0\.0\.1 is a loopback") as error:
        services.ingest_article(url=url)
    assert error.value.refused
    assert page_server.requests == []
    assert Article.objects.count() == 0 and ArticleVersion.objects.count() == 0
    assert not (settings.MEDIA_ROOT / "captures").exists()


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ({"status": 404, "body": b"gone"}, "HTTP 404"),
        ({"headers": {"Content-Type": "application/pdf"}, "body": b"%PDF"}, "not a web page"),
        (
            {"body": b"<html><head><title>Foto</title></head><body><img src=x></body></html>"},
            "No article text",
        ),
    ],
)
def test_a_failed_fetch_is_a_clear_error_and_saves_nothing(
    allow_loopback, page_server, page, message
):
    from tests.pages import Page

    page_server.pages["/x"] = Page(**page)
    with pytest.raises(ArticleTextError, match=message):
        services.ingest_article(url=page_server.url("/x"))
    assert Article.objects.count() == 0 and ArticleVersion.objects.count() == 0


def test_a_page_in_windows_1252_is_stored_as_the_right_characters(allow_loopback, page_server):
    from tests.pages import Page

    html = (
        '<html><head><meta charset="windows-1252"><title>Harga kopi naik</title></head>'
        "<body><article><h1>Harga kopi naik</h1><p>Menteri mengatakan harga kopi di café "
        "naik 5 persen pada Juli — “angka resmi” kata dia di Jakarta, Senin.</p>"
        "<p>Badan Pusat Statistik mencatat inflasi 2,5 persen pada Juli 2025.</p>"
        "</article></body></html>"
    )
    page_server.pages["/kopi"] = Page(html.encode("cp1252"), headers={"Content-Type": "text/html"})
    version = services.ingest_article(url=page_server.url("/kopi")).version
    assert "café naik 5 persen pada Juli — “angka resmi”" in version.text


def test_text_and_url_together_is_a_mistake(sample_text):
    with pytest.raises(TypeError):
        services.ingest_article(text=sample_text, url="https://example.com/")
    with pytest.raises(TypeError):
        services.ingest_article()


@pytest.mark.django_db(transaction=True)
def test_the_page_is_fetched_before_any_transaction_opens(
    allow_loopback, page_server, sample_text, monkeypatch
):
    from claims import capture

    real, seen = capture.fetch_page, []

    def spy(url, **kwargs):
        seen.append(connection.in_atomic_block)
        return real(url, **kwargs)

    monkeypatch.setattr(capture, "fetch_page", spy)
    services.ingest_article(url=_serve_sample(page_server, sample_text))
    assert seen == [False]


def test_a_failure_after_the_fetch_leaves_no_stray_warc(
    allow_loopback, page_server, sample_text, monkeypatch, settings
):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_save_claims", broken)
    with pytest.raises(RuntimeError):
        services.ingest_article(url=_serve_sample(page_server, sample_text))
    assert ArticleVersion.objects.count() == 0
    assert not any(p.is_file() for p in (settings.MEDIA_ROOT / "captures").rglob("*"))
