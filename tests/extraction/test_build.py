"""The mypyc-compiled engine: used only when built from these sources, and identical in output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import claims.extraction as engine
from claims.extraction import build, extract

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "claims" / "fixtures" / "articles").glob("*.txt"))
DUMP = (
    "import json, sys; from claims.extraction import COMPILED, extract; "
    "texts = json.load(sys.stdin); "
    "print(json.dumps([COMPILED] + [extract(t).to_dict() for t in texts]))"
)


def _run(texts: list[str], **env: str) -> list:
    done = subprocess.run(
        [sys.executable, "-c", DUMP],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        check=True,
    )
    return json.loads(done.stdout)


def test_ci_tests_the_compiled_engine():
    if os.environ.get("FACTCHECK_REQUIRE_COMPILED"):
        assert engine.COMPILED, "CI asked for the compiled engine, but it was not built"


def test_compiled_and_pure_python_engines_give_the_same_output():
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    texts.append(texts[0].replace("\n", "\r\n") + "\u00a0\u200b\x00 🙂 e\u0301")
    pure_flag, *pure = _run(texts, FACTCHECK_PURE_PYTHON="1")
    assert pure_flag is False
    assert [extract(t).to_dict() for t in texts] == pure


def test_a_build_from_other_sources_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(engine, "__path__", list(engine.__path__))
    monkeypatch.setattr(sys, "path", list(sys.path))
    (tmp_path / build.STAMP).write_text("0" * 64 + "\n")
    assert engine._use_compiled_build() is False
    (tmp_path / build.STAMP).write_text(build.sources_hash() + "\n")
    assert engine._use_compiled_build() is True
    assert engine.__path__[0] == str(tmp_path / "claims" / "extraction")
    monkeypatch.setenv("FACTCHECK_PURE_PYTHON", "1")
    assert engine._use_compiled_build() is False
