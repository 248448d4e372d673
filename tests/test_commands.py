"""The command-line interfaces other tools rely on."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from claims.models import ArticleVersion

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "claims" / "fixtures" / "articles" / "000_d7d0446ce7bbbc77.txt"


def run_manage(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_extract_claims_json_spans_are_verbatim_even_with_crlf():
    data = SAMPLE.read_bytes().replace(b"\n", b"\r\n")
    result = run_manage("extract_claims", "-", "--format", "json", stdin=data)
    assert result.returncode == 0, result.stderr.decode()
    output = json.loads(result.stdout)
    text = data.decode("utf-8")
    assert output["language"] == "id"
    assert len(output["claims"]) >= 10
    assert {"start", "end", "reason"} <= set(output["skipped"][0])
    schema = json.loads((ROOT / "claims" / "extraction" / "claim.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    for claim in output["claims"]:
        validator.validate(claim)
        for start, end in claim["spans"]:
            assert text[start:end].strip()
            assert "\r" not in text[start:end].strip()


def test_extract_claims_text_format_is_a_readable_table():
    out = io.StringIO()
    call_command("extract_claims", str(SAMPLE), "--format", "text", stdout=out)
    table = out.getvalue()
    assert "language: id" in table and "skipped:" in table
    # the lede restates the body: the table names the restated claim by its row number
    assert "duplicate of 3" in table
    assert "  3. [" in table and "memperdalam hubungan militer" in table.split("  3. [")[1][:200]


def test_extract_claims_refuses_non_utf8(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("extract_claims", str(bad))


@pytest.mark.django_db
def test_ingest_command_stores_the_article_once(capsys):
    call_command("ingest", str(SAMPLE), "--language", "id")
    call_command("ingest", str(SAMPLE))
    out = capsys.readouterr().out
    assert "Stored" in out and "Already stored" in out
    assert ArticleVersion.objects.count() == 1


@pytest.mark.django_db
def test_ingest_command_reports_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(CommandError, match="empty"):
        call_command("ingest", str(empty))
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("ingest", str(tmp_path / "missing.txt"))


# --- By URL: a local server, let through by the test setting; refused without it ----------


@pytest.fixture
def article_url(page_server):
    from tests.pages import Page, article_page

    meta = '<meta property="article:published_time" content="2025-01-17T10:00:00+07:00">'
    page_server.pages["/berita"] = Page(article_page(SAMPLE.read_text(), extra_head=meta))
    return page_server.url("/berita")


@pytest.mark.django_db
def test_ingest_command_fetches_a_url_once(allow_loopback, article_url, capsys):
    call_command("ingest", article_url, "--language", "id")
    call_command("ingest", article_url)
    out = capsys.readouterr().out
    assert "Stored 'Pererat Hubungan Rusia-Iran" in out and "Already stored" in out
    version = ArticleVersion.objects.get()
    assert version.capture and version.article.canonical_url == article_url


@pytest.mark.django_db
def test_ingest_command_refuses_an_internal_url(article_url, page_server):
    with pytest.raises(CommandError, match="refused"):
        call_command("ingest", article_url)
    with pytest.raises(CommandError, match="http and https"):
        call_command("ingest", "ftp://example.com/article.txt")
    assert page_server.requests == [] and ArticleVersion.objects.count() == 0


def test_fetch_source_prints_what_it_fetched(allow_loopback, article_url, capsys):
    call_command("fetch_source", article_url, "--json")
    report = json.loads(capsys.readouterr().out)
    assert report["final_url"] == article_url and report["status"] == 200
    assert report["content_type"].startswith("text/html")
    assert len(report["sha256"]) == 64 and report["size"] > 1000
    assert report["title"].startswith("Pererat Hubungan Rusia-Iran")
    assert report["published"] == "2025-01-17"


def test_fetch_source_refuses_loopback_with_one_line_on_stderr(article_url, page_server):
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_FETCH_ALLOW_NETS"}
    env["LOG_LEVEL"] = "WARNING"  # only the command's own words on stderr
    result = subprocess.run(
        [sys.executable, "manage.py", "fetch_source", article_url, "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert result.returncode != 0 and result.stdout == b""
    [line] = result.stderr.decode().splitlines()
    assert line.startswith("refused: 127.0.0.1 is a loopback address")
    assert page_server.requests == []


def test_fetch_source_reports_a_failed_fetch(allow_loopback, page_server, capsys):
    with pytest.raises(SystemExit) as exited:
        call_command("fetch_source", page_server.url("/missing"), "--json")
    assert exited.value.code == 1
    assert capsys.readouterr().err.startswith("failed: ")
