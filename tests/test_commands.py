"""The command-line interfaces other tools rely on."""

import io
import json
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
