"""Quality of the extraction engine against hand-written gold files, and tests of the scorer.

Gold files live in tests/extraction/gold/<article stem>.json; the rule is in scoring.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.extraction.scoring import (
    GoldError,
    boilerplate_violations,
    format_report,
    gold_as_predictions,
    key_word_spans,
    score,
    validate_gold,
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "claims" / "fixtures" / "articles"
HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))

MIN_RECALL = 0.90
MIN_PRECISION = 0.85
MIN_NEGATION = 0.90


def _load(path: Path) -> tuple[str, dict]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ARTICLES / gold["article"]).read_text(encoding="utf-8")
    return text, gold


def _extract(text: str, language: str) -> list[dict]:
    from claims.extraction import extract

    return extract(text, language=language).claims


# --------------------------------------------------------------------------- the gold files


def test_gold_files_exist():
    stems = {p.stem for p in GOLD_FILES}
    articles = {p.stem for p in ARTICLES.glob("*.txt")}
    assert stems, "no gold files"
    assert stems <= articles, f"gold files without article: {stems - articles}"
    assert {"000_d7d0446ce7bbbc77"} <= stems


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path):
    text, gold = _load(path)
    assert gold["article"] == path.stem + ".txt"
    assert gold["language"] in ("id", "en")
    kinds = {"statement", "absence", "quantity", "prediction", "opinion", "question", "quote-only"}
    for claim in gold["claims"]:
        assert set(claim) >= {
            "id",
            "text",
            "sentence",
            "key",
            "group",
            "negated",
            "attribution",
            "kind",
        }
        assert claim["kind"] in kinds, claim
        assert claim["text"].strip(), claim
        if claim["kind"] == "absence":
            assert claim["negated"], claim
    groups: dict[str, int] = {}
    for claim in gold["claims"]:
        if claim["group"]:
            groups[claim["group"]] = groups.get(claim["group"], 0) + 1
    assert all(n >= 2 for n in groups.values()), f"a group with one member: {groups}"
    validate_gold(text, gold)  # raises GoldError on a gold bug
    # an oracle prediction (the key words themselves) must score perfectly
    oracle = [
        {
            "spans": [list(w) for w in sorted(key_word_spans(text, c))],
            "negated": c["negated"],
            "attribution": {"speaker": c["attribution"], "spans": [], "resolved_from": None}
            if c["attribution"]
            else None,
            "text": c["text"],
        }
        for c in gold["claims"]
    ]
    result = score(text, gold, oracle)
    assert result["recall"] == 1.0 and result["precision"] == 1.0, format_report(result)


def test_sample_gold_has_enough_claims():
    _, gold = _load(GOLD_DIR / "000_d7d0446ce7bbbc77.json")
    assert len(gold["claims"]) >= 25


# --------------------------------------------------------------------------- the engine


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_engine_against_gold(path):
    text, gold = _load(path)
    predicted = _extract(text, gold["language"])
    result = score(text, gold, predicted)
    report = f"{path.stem}\n{format_report(result)}"
    assert result["recall"] >= MIN_RECALL, report
    assert result["precision"] >= MIN_PRECISION, report
    assert result["negation_accuracy"] is not None, report
    assert result["negation_accuracy"] >= MIN_NEGATION, report


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_engine_never_claims_boilerplate(path):
    text, gold = _load(path)
    predicted = _extract(text, gold["language"])
    violations = boilerplate_violations(text, gold["never_claimed"], predicted)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)


# --------------------------------------------------------------------------- the scorer itself

LIST_TEXT = (
    "Kedua negara sepakat kerja sama di bidang keamanan, latihan militer, dan pelatihan perwira."
)
LIST_GOLD = {
    "article": "t.txt",
    "language": "id",
    "claims": [
        {
            "id": "a",
            "text": "...",
            "sentence": "Kedua negara sepakat kerja sama",
            "key": ["Kedua negara sepakat kerja sama di bidang", "keamanan"],
            "group": "g",
            "negated": False,
            "attribution": None,
            "kind": "statement",
        },
        {
            "id": "b",
            "text": "...",
            "sentence": "Kedua negara sepakat kerja sama",
            "key": ["Kedua negara sepakat kerja sama di bidang", "latihan militer"],
            "group": "g",
            "negated": False,
            "attribution": None,
            "kind": "statement",
        },
        {
            "id": "c",
            "text": "...",
            "sentence": "Kedua negara sepakat kerja sama",
            "key": ["Kedua negara sepakat kerja sama di bidang", "pelatihan perwira"],
            "group": "g",
            "negated": False,
            "attribution": None,
            "kind": "statement",
        },
    ],
    "never_claimed": [],
}


def _span(text: str, piece: str, start: int = 0) -> list[int]:
    at = text.index(piece, start)
    return [at, at + len(piece)]


def _pred(text: str, *pieces: str, negated: bool = False, speaker: str | None = None) -> dict:
    spans = [_span(text, p) for p in pieces]
    return {
        "text": " ".join(pieces),
        "spans": spans,
        "negated": negated,
        "attribution": {"speaker": speaker, "spans": [], "resolved_from": None}
        if speaker
        else None,
    }


def _perfect_list_predictions() -> list[dict]:
    head = "Kedua negara sepakat kerja sama di bidang"
    return [
        _pred(LIST_TEXT, head, "keamanan"),
        _pred(LIST_TEXT, head, "latihan militer"),
        _pred(LIST_TEXT, head, "pelatihan perwira"),
    ]


def test_scorer_perfect_prediction_scores_one():
    text = "Putin mengatakan Moskow dan Teheran memiliki pandangan yang sama."
    gold = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Putin mengatakan Moskow",
                "key": ["Moskow dan Teheran memiliki pandangan yang sama"],
                "group": None,
                "negated": False,
                "attribution": "Putin",
                "kind": "statement",
            }
        ]
    }
    pred = _pred(text, "Moskow dan Teheran memiliki pandangan yang sama", speaker="Vladimir Putin")
    result = score(text, gold, [pred])
    assert result["recall"] == 1.0
    assert result["precision"] == 1.0
    assert result["negation_accuracy"] == 1.0
    assert result["attribution_accuracy"] == 1.0
    assert result["matched"][0]["gold"] == "a"


def test_scorer_perfect_list_split_scores_one():
    result = score(LIST_TEXT, LIST_GOLD, _perfect_list_predictions())
    assert result["recall"] == 1.0 and result["precision"] == 1.0, format_report(result)
    assert [(m["gold"], m["prediction"]) for m in result["matched"]] == [
        ("a", 0),
        ("b", 1),
        ("c", 2),
    ]


def test_scorer_prediction_spanning_two_siblings_matches_neither():
    preds = [
        _pred(LIST_TEXT, "Kedua negara sepakat kerja sama di bidang keamanan, latihan militer"),
        _pred(LIST_TEXT, "Kedua negara sepakat kerja sama di bidang", "pelatihan perwira"),
    ]
    result = score(LIST_TEXT, LIST_GOLD, preds)
    assert {m["gold"] for m in result["matched"]} == {"c"}
    assert {u["gold"] for u in result["unmatched_gold"]} == {"a", "b"}
    assert result["recall"] == pytest.approx(1 / 3)
    assert result["precision"] == pytest.approx(1 / 2)


def test_scorer_whole_sentence_matches_no_list_item():
    result = score(LIST_TEXT, LIST_GOLD, [_pred(LIST_TEXT, LIST_TEXT.rstrip("."))])
    assert result["recall"] == 0.0 and result["precision"] == 0.0


def test_scorer_extra_prediction_lowers_precision():
    preds = [*_perfect_list_predictions(), _pred(LIST_TEXT, "Kedua negara")]
    result = score(LIST_TEXT, LIST_GOLD, preds)
    assert result["recall"] == 1.0
    assert result["precision"] == pytest.approx(3 / 4)
    assert [u["prediction"] for u in result["unmatched_predictions"]] == [3]


def test_scorer_duplicate_prediction_counts_once():
    preds = [*_perfect_list_predictions(), _perfect_list_predictions()[0]]
    result = score(LIST_TEXT, LIST_GOLD, preds)
    assert result["recall"] == 1.0
    assert result["precision"] == pytest.approx(3 / 4)


def test_scorer_ninety_percent_threshold():
    text = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas."
    words = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"
    gold = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Satu dua tiga",
                "key": [words],
                "group": None,
                "negated": False,
                "attribution": None,
                "kind": "statement",
            }
        ]
    }
    nine = _pred(text, "dua tiga empat lima enam tujuh delapan sembilan sepuluh")  # 9 of 10
    eight = _pred(text, "tiga empat lima enam tujuh delapan sembilan sepuluh")  # 8 of 10
    assert score(text, gold, [nine])["recall"] == 1.0
    assert score(text, gold, [eight])["recall"] == 0.0


def test_scorer_word_must_lie_inside_spans():
    text = "Inflasi naik 2,31 persen."
    gold = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Inflasi naik",
                "key": ["Inflasi naik"],
                "group": None,
                "negated": False,
                "attribution": None,
                "kind": "quantity",
            }
        ]
    }
    partial = {"text": "x", "spans": [[0, 7], [8, 11]], "negated": False, "attribution": None}
    assert score(text, gold, [partial])["recall"] == 0.0  # "naik" is cut: not covered
    adjacent = {"text": "x", "spans": [[0, 7], [7, 12]], "negated": False, "attribution": None}
    assert score(text, gold, [adjacent])["recall"] == 1.0  # the union of spans counts


def test_scorer_negation_and_attribution_accuracy():
    text = "Moskow belum mengonfirmasi tudingan itu, kata Putin. Ia juga membantah laporan lain."
    gold = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Moskow belum mengonfirmasi",
                "key": ["Moskow belum mengonfirmasi tudingan itu"],
                "group": None,
                "negated": True,
                "attribution": "Putin",
                "kind": "statement",
            },
            {
                "id": "b",
                "text": "...",
                "sentence": "Ia juga membantah",
                "key": ["membantah laporan lain"],
                "group": None,
                "negated": True,
                "attribution": None,
                "kind": "statement",
            },
        ]
    }
    preds = [
        _pred(text, "Moskow belum mengonfirmasi tudingan itu", negated=True, speaker="putin"),
        _pred(text, "membantah laporan lain", negated=False, speaker="Putin"),
    ]
    result = score(text, gold, preds)
    assert result["recall"] == 1.0
    assert result["negation_accuracy"] == 0.5
    assert result["attribution_accuracy"] == 0.5


def test_scorer_rejects_gold_bugs():
    text = "Inflasi naik 2,31 persen. Inflasi naik lagi."
    bad_fragment = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Inflasi naik 2,31",
                "key": ["turun"],
                "group": None,
                "negated": False,
                "attribution": None,
                "kind": "statement",
            }
        ]
    }
    with pytest.raises(GoldError):
        score(text, bad_fragment, [])
    not_unique = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Inflasi naik",
                "key": ["Inflasi"],
                "group": None,
                "negated": False,
                "attribution": None,
                "kind": "statement",
            }
        ]
    }
    with pytest.raises(GoldError):
        score(text, not_unique, [])
    other_sentence = {
        "claims": [
            {
                "id": "a",
                "text": "...",
                "sentence": "Inflasi naik 2,31",
                "key": ["lagi"],
                "group": None,
                "negated": False,
                "attribution": None,
                "kind": "statement",
            }
        ]
    }
    # the lookup is confined to the line of the sentence: fragments of another line are not found
    with pytest.raises(GoldError):
        score("Inflasi naik 2,31 persen.\nInflasi naik lagi.", other_sentence, [])


def test_boilerplate_violations():
    text = "TRIBUNNEWS.COM - Presiden tiba di Jakarta.\n(Tribunnews.com/Bobby)"
    ok = _pred(text, "Presiden tiba di Jakarta")
    bad = {"text": "x", "spans": [[0, 30]], "negated": False, "attribution": None}
    assert boilerplate_violations(text, ["TRIBUNNEWS.COM - ", "(Tribunnews.com/Bobby)"], [ok]) == []
    found = boilerplate_violations(text, ["TRIBUNNEWS.COM - "], [ok, bad])
    assert [v["prediction"] for v in found] == [1]


# --------------------------------------------------------------------------- the other gold sets

BLIND_SETS = {
    "dev": HERE / "dev",
    "dev-second": HERE / "dev" / "second",
    "heldout": HERE / "heldout",
    "heldout2": HERE / "heldout2",
}
BLIND_FILES = [
    (name, path) for name, folder in BLIND_SETS.items() for path in sorted(folder.glob("*.json"))
]


@pytest.mark.parametrize("name,path", BLIND_FILES, ids=lambda v: getattr(v, "stem", v))
def test_blind_gold_fits_its_article(name, path):
    """benchmarks/quality.py and agreement.py read these; a file that does not fit its article
    would make their figures wrong, or stop them."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    folder = path.parent.parent if name == "dev-second" else path.parent
    text = (folder / "articles" / gold["article"]).read_text(encoding="utf-8")
    validate_gold(text, gold)


def test_a_reading_scored_against_itself_agrees_fully():
    text, gold = _load(GOLD_DIR / "000_d7d0446ce7bbbc77.json")
    result = score(text, gold, gold_as_predictions(text, gold))
    assert (result["recall"], result["precision"]) == (1.0, 1.0)
    assert result["attribution_accuracy"] == 1.0


def test_second_readings_have_a_first():
    assert len(BLIND_SETS) == 4
    second = sorted((HERE / "dev" / "second").glob("*.json"))
    assert len(second) >= 6
    assert all((HERE / "dev" / p.name).exists() for p in second)
