"""Throughput of the claim extraction engine against pysbd, measured in the same run.

    python benchmarks/extraction.py [--mb 5] [--rounds 1]

The corpus is several distinct real news articles (claims/fixtures/articles/*.txt and
benchmarks/corpus/*.txt, Indonesian and English), concatenated in a cycle until it holds at
least --mb megabytes of UTF-8. The engine is timed as ingest calls it: extract() once per article
text. The baseline is pysbd (language="en", clean=False) run paragraph by paragraph on the same
texts (pysbd is quadratic on one long string). Import and first-call (start-up) time is reported
apart. The engine runs as ingest runs it: compiled by mypyc when `make` built it, else as Python
(FACTCHECK_PURE_PYTHON=1 forces Python). This script prints figures; it is not a test and always
exits 0.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "claims" / "fixtures" / "articles"
CORPUS = ROOT / "benchmarks" / "corpus"
GOLD = ROOT / "tests" / "extraction" / "gold"

TARGET_RATIO = 7.0  # engine throughput / pysbd throughput
TARGET_MBPS = 5.0  # engine throughput, MB of UTF-8 per second


def _language(path: Path) -> str | None:
    gold = GOLD / (path.stem + ".json")
    if gold.exists():
        return json.loads(gold.read_text(encoding="utf-8"))["language"]
    prefix = path.name.split("_", 1)[0]
    return prefix if prefix in ("id", "en") else None


def load_articles() -> list[tuple[str, str, str | None]]:
    """(name, text, language) of every distinct article, in a fixed order."""
    paths = sorted(FIXTURES.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    seen: set[str] = set()
    out = []
    for p in paths:
        text = p.read_text(encoding="utf-8")
        if text in seen:
            continue
        seen.add(text)
        out.append((p.name, text, _language(p)))
    return out


def build_corpus(articles, megabytes: float) -> list[tuple[str, str | None]]:
    goal = int(megabytes * 1_000_000)
    docs: list[tuple[str, str | None]] = []
    size = 0
    while size < goal:
        for _name, text, lang in articles:
            docs.append((text, lang))
            size += len(text.encode("utf-8"))
            if size >= goal:
                break
    return docs


def mb(n_bytes: int) -> float:
    return n_bytes / 1_000_000


def time_engine(extract, docs, rounds: int) -> tuple[float, int]:
    best = float("inf")
    n_claims = 0
    for _ in range(rounds):
        n_claims = 0
        t0 = time.perf_counter()
        for text, lang in docs:
            n_claims += len(extract(text, language=lang).claims)
        best = min(best, time.perf_counter() - t0)
    return best, n_claims


def time_pysbd(segmenter, docs, rounds: int) -> tuple[float, int]:
    best = float("inf")
    n_sent = 0
    for _ in range(rounds):
        n_sent = 0
        t0 = time.perf_counter()
        for text, _lang in docs:
            for paragraph in text.split("\n"):
                if paragraph.strip():
                    n_sent += len(segmenter.segment(paragraph))
        best = min(best, time.perf_counter() - t0)
    return best, n_sent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    ap.add_argument("--rounds", type=int, default=1, help="timed rounds, best is kept (default 1)")
    args = ap.parse_args(argv)

    articles = load_articles()
    docs = build_corpus(articles, args.mb)
    n_bytes = sum(len(t.encode("utf-8")) for t, _ in docs)
    n_id = sum(1 for _, _, lang in articles if lang == "id")
    n_en = sum(1 for _, _, lang in articles if lang == "en")
    print(f"python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    print(
        f"corpus: {len(articles)} distinct articles ({n_id} id, {n_en} en), "
        f"{len(docs)} documents, {mb(n_bytes):.2f} MB UTF-8, {sum(len(t) for t, _ in docs):,} chars"
    )

    # ---- start-up, reported apart
    t0 = time.perf_counter()
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.segment("Warm up. Twice.")
    pysbd_startup = time.perf_counter() - t0

    extract: Callable[..., Any] | None = None
    engine_error = None
    t0 = time.perf_counter()
    try:
        import claims.extraction

        extract = claims.extraction.extract
        extract("Presiden tiba di Jakarta, kata dia.", language="id")
        extract("The minister said it was not true.", language="en")
    except Exception:  # a benchmark reports, it does not stop
        engine_error = traceback.format_exc()
    engine_startup = time.perf_counter() - t0

    print(
        f"start-up: engine {engine_startup * 1000:.0f} ms (import + first calls), "
        f"pysbd {pysbd_startup * 1000:.0f} ms"
    )

    # ---- timed runs, same texts, same process
    pysbd_s, n_sent = time_pysbd(segmenter, docs, args.rounds)
    pysbd_mbps = mb(n_bytes) / pysbd_s
    print(f"pysbd  : {pysbd_s:8.2f} s  {pysbd_mbps:8.3f} MB/s  ({n_sent:,} sentences)")

    if engine_error is not None or extract is None:
        print("engine : not available\n" + (engine_error or "").rstrip())
        print(
            "target : engine >= "
            f"{TARGET_RATIO:g}x pysbd and >= {TARGET_MBPS:g} MB/s -> FAIL (engine did not run)"
        )
        return 0
    try:
        engine_s, n_claims = time_engine(extract, docs, args.rounds)
    except Exception:
        print("engine : raised during the run\n" + traceback.format_exc().rstrip())
        print("target : FAIL (engine raised)")
        return 0
    engine_mbps = mb(n_bytes) / engine_s
    ratio = engine_mbps / pysbd_mbps
    import claims.extraction

    build = "compiled with mypyc" if claims.extraction.COMPILED else "pure Python"
    print(f"engine : {engine_s:8.2f} s  {engine_mbps:8.3f} MB/s  ({n_claims:,} claims, {build})")
    print(f"ratio  : engine is {ratio:.2f}x pysbd's throughput")
    ok_ratio = ratio >= TARGET_RATIO
    ok_speed = engine_mbps >= TARGET_MBPS
    verdict = "PASS" if ok_ratio and ok_speed else "FAIL"
    print(
        f"target : >= {TARGET_RATIO:g}x pysbd ({'pass' if ok_ratio else 'fail'}: {ratio:.2f}x) "
        f"and >= {TARGET_MBPS:g} MB/s ({'pass' if ok_speed else 'fail'}: {engine_mbps:.2f}) "
        f"-> {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
