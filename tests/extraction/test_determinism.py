"""Same input, same output, whatever PYTHONHASHSEED: two processes, byte-for-byte equal JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "claims" / "fixtures" / "articles"
GOLD_DIR = Path(__file__).resolve().parent / "gold"

CHILD = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, {root!r})
    from claims.extraction import extract
    out = {{}}
    for name, language in {jobs!r}:
        text = open(name, encoding="utf-8").read()
        for variant, t in (("lf", text), ("crlf", text.replace("\\n", "\\r\\n"))):
            for lang in (language, None):
                key = f"{{name}}|{{variant}}|{{lang}}"
                out[key] = extract(t, language=lang).to_dict()
    sys.stdout.write(json.dumps(out, ensure_ascii=True, sort_keys=False))
    """
)


def _jobs() -> list[tuple[str, str | None]]:
    jobs = []
    for path in sorted(ARTICLES.glob("*.txt")):
        gold = GOLD_DIR / (path.stem + ".json")
        lang = json.loads(gold.read_text(encoding="utf-8"))["language"] if gold.exists() else None
        jobs.append((str(path), lang))
    return jobs


def _run(seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    code = CHILD.format(root=str(ROOT), jobs=_jobs())
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, env=env, timeout=300, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-4000:]
    return proc.stdout


def test_output_identical_across_hash_seeds():
    a = _run("0")
    b = _run("12345")
    assert a, "no output"
    if a != b:
        da, db = json.loads(a), json.loads(b)
        diffs = [k for k in da if da[k] != db.get(k)]
        first = diffs[0] if diffs else None
        detail = ""
        if first:
            ca, cb = da[first]["claims"], db[first]["claims"]
            for i, (x, y) in enumerate(zip(ca, cb, strict=False)):
                if x != y:
                    detail = f"first differing claim #{i}:\n{x}\n{y}"
                    break
            else:
                detail = f"claim counts {len(ca)} vs {len(cb)}"
        raise AssertionError(f"outputs differ for {diffs}\n{detail}")
