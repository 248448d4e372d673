"""Quality of the claim engine on gold files, tuned and held out, scored by one rule.

    python benchmarks/quality.py [--details]

tests/extraction/gold/ holds the gold files the engine's tests gate on (the engine was tuned
while reading them); tests/extraction/dev/ gold was written blind but is read while improving
the engine. tests/extraction/heldout/ holds gold files written blind by someone who
had seen neither the engine nor its output; their figures are the honest estimate of how the
engine does on news it has never seen, and are reported here, not gated in tests, so that no
one tunes the engine to them. The rule is tests/extraction/scoring.py's. Always exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {
    "tuned": (ROOT / "tests/extraction/gold", ROOT / "claims/fixtures/articles"),
    "dev": (ROOT / "tests/extraction/dev", ROOT / "tests/extraction/dev/articles"),
    "held out": (ROOT / "tests/extraction/heldout", ROOT / "tests/extraction/heldout/articles"),
    "held out 2": (ROOT / "tests/extraction/heldout2", ROOT / "tests/extraction/heldout2/articles"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="list unmatched claims")
    args = ap.parse_args(argv)

    from claims.extraction import COMPILED, extract
    from tests.extraction.scoring import (
        boilerplate_violations,
        coverage,
        format_report,
        key_word_spans,
        score,
    )

    print(f"engine: {'compiled with mypyc' if COMPILED else 'pure Python'}")
    header = f"{'set':<10} {'article':<34} {'gold':>4} {'pred':>4} {'recall':>6} {'prec':>6}"
    print(header + f" {'neg':>5} {'attr':>5} {'boiler':>6} {'cover':>6}")
    for name, (gold_dir, article_dir) in SETS.items():
        totals = [0, 0, 0, 0]  # gold, predicted, matched, covered
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (article_dir / gold["article"]).read_text(encoding="utf-8")
            predicted = extract(text, language=gold["language"]).claims
            result = score(text, gold, predicted)
            leaks = boilerplate_violations(text, gold.get("never_claimed", []), predicted)
            matched = len(result["matched"])
            covered = sum(
                any(coverage(key_word_spans(text, c), p["spans"]) >= 0.9 for p in predicted)
                for c in gold["claims"]
            )
            totals = [
                totals[0] + result["n_gold"],
                totals[1] + result["n_predicted"],
                totals[2] + matched,
                totals[3] + covered,
            ]
            neg, attr = (
                "-" if v is None else f"{v:.2f}"
                for v in (result["negation_accuracy"], result["attribution_accuracy"])
            )
            print(
                f"{name:<10} {path.stem[:34]:<34} {result['n_gold']:>4} {result['n_predicted']:>4}"
                f" {result['recall']:>6.2f} {result['precision']:>6.2f}"
                f" {neg:>5} {attr:>5} {len(leaks):>6} {covered / max(result['n_gold'], 1):>6.2f}"
            )
            if args.details:
                print(format_report(result))
        g, p, m, c = totals
        if g:
            print(
                f"{name:<10} {'(all)':<34} {g:>4} {p:>4} {m / g:>6.2f} {m / max(p, 1):>6.2f}"
                f" {'':>5} {'':>5} {'':>6} {c / g:>6.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
