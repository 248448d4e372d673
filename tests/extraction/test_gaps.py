"""Stripped names leave marks: flag the gap with its offset, never guess the name."""

import re
from pathlib import Path

from claims.extraction import extract
from claims.extraction.gaps import find_gaps
from claims.extraction.lexicon import lexicon
from claims.extraction.segment import tokens

SAMPLE = Path(__file__).resolve().parents[2] / "claims/fixtures/articles/000_d7d0446ce7bbbc77.txt"
ID, EN = lexicon("id"), lexicon("en")


def _gaps(text: str, lex=ID) -> list[int]:
    return find_gaps(text, tokens(text, 0, len(text)), lex)


def test_the_sample_marks_are_found():
    for text, at in [
        ("Presiden dan mitranya dari , , resmi bertemu.", "dan mitranya"),
        ("Perjanjian antara dan Korea Utara itu ditandatangani.", "dan Korea"),
        ("Klausul yang dibuat oleh bersama Korea Utara.", "bersama Korea"),
        ("Putin memberi informasi kepada tentang konflik.", "tentang konflik"),
        ("Mereka menyatakan bahwa dan akan bekerja sama.", "dan akan"),
        ("Tidak ada transfer senjata dalam pakta antara dan .", "dan ."),
        ("Pipa gas membawa gas ke melalui Azerbaijan.", "melalui Azerbaijan"),
        ("Melalui perjanjian tersebut, dan akan meningkatkan kerja sama.", "dan akan"),
    ]:
        assert text.index(at) in _gaps(text), text


def test_ordinary_sentences_have_no_gaps():
    for text in [
        "Presiden Rusia Vladimir Putin dan mitranya dari Iran resmi bertemu.",
        "Kedua negara sepakat untuk tidak membiarkan wilayah mereka digunakan.",
        "Perjanjian itu dibuat bersama dengan Korea Utara.",
        "Harga naik lebih dari yang diperkirakan.",
        "Dia berangkat dari Jakarta ke Bandung dan kembali pada malam hari.",
    ]:
        assert _gaps(text) == [], text


def test_english_gaps():
    assert _gaps("The pact between and North Korea was signed.", EN)
    assert _gaps("The talks between Russia and Iran went well.", EN) == []


def test_claims_carry_the_gap_offset_and_no_inferred_name():
    text = SAMPLE.read_text(encoding="utf-8")
    claims = extract(text).claims
    body = next(c for c in claims if c["text"].startswith("Presiden dan mitranya dari"))
    gaps = [f["at"] for f in body["flags"] if f["type"] == "entity_gap"]
    line = text.index("Presiden dan mitranya dari , ,")
    assert gaps and all(line <= g < line + 40 for g in gaps)
    assert body["inferred_subject"] is None
    assert "Putin" not in body["text"]


def _strip_names(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, "")
    return re.sub(r"  +", " ", text)


def test_the_rule_works_on_texts_we_strip_ourselves():
    original = [
        "Kerja sama antara Indonesia dan Malaysia diperkuat oleh Jokowi bersama Anwar.",
        "Menteri menyampaikan laporan kepada Presiden tentang banjir di Jakarta.",
        "Mereka menegaskan bahwa Indonesia dan Jepang akan membangun pelabuhan.",
    ]
    names = ["Indonesia", "Malaysia", "Jokowi", "Presiden", "Jepang"]
    for text in original:
        assert _gaps(text) == [], text
        stripped = _strip_names(text, names)
        assert _gaps(stripped), stripped


def test_stripping_every_name_of_the_lede_leaves_a_detectable_gap():
    lede = SAMPLE.read_text(encoding="utf-8").splitlines()[1]
    names = ["Vladimir Putin", "Masoud Pezeshkian", "Rusia", "Iran"]
    assert _gaps(lede) == []
    stripped = _strip_names(lede, names)
    assert stripped.startswith("Presiden dan mitranya dari , , resmi")
    assert _gaps(stripped)
