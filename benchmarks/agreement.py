"""How far two careful readers agree on an article's claims, beside how far the engine agrees.

    python benchmarks/agreement.py

tests/extraction/dev/second/ holds a second gold file for some dev articles, written blind by
another reader who saw neither the engine nor the first reader's file. Each second reading is
scored against the first as if it were the engine's output (its claims' spans are its key
words), by the same rule as benchmarks/quality.py; the engine is scored against the first
reading on the same articles. The readers' agreement is the ceiling a rule engine can be
expected to reach under that rule: where two people split or word a sentence differently, no
engine matches both. Always exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEV = ROOT / "tests/extraction/dev"


def main() -> int:
    from claims.extraction import extract
    from tests.extraction.scoring import gold_as_predictions, score

    print(f"{'article':<40} {'gold':>4} {'second reader':>15} {'engine':>13}")
    print(f"{'':<40} {'':>4} {'recall':>7} {'prec':>7} {'recall':>6} {'prec':>6}")
    totals = {"second": [0, 0, 0], "engine": [0, 0, 0]}  # gold, predicted, matched
    for path in sorted((DEV / "second").glob("*.json")):
        second = json.loads(path.read_text(encoding="utf-8"))
        first = json.loads((DEV / path.name).read_text(encoding="utf-8"))
        text = (DEV / "articles" / first["article"]).read_text(encoding="utf-8")
        results = {
            "second": score(text, first, gold_as_predictions(text, second)),
            "engine": score(text, first, extract(text, language=first["language"]).claims),
        }
        row = f"{path.stem[:40]:<40} {results['engine']['n_gold']:>4}"
        for name, result in results.items():
            t = totals[name]
            t[0] += result["n_gold"]
            t[1] += result["n_predicted"]
            t[2] += len(result["matched"])
            width = 7 if name == "second" else 6
            row += f" {result['recall']:>{width}.2f} {result['precision']:>{width}.2f}"
        print(row)
    row = f"{'(all)':<40} {totals['engine'][0]:>4}"
    for name, (g, p, m) in totals.items():
        width = 7 if name == "second" else 6
        row += f" {m / max(g, 1):>{width}.2f} {m / max(p, 1):>{width}.2f}"
    print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
