"""Check-worthiness: transparent features; low-ranked claims are kept, not dropped."""

from claims.extraction import extract


def _one(text: str, language: str = "id") -> dict:
    [claim] = extract(text, language=language).claims
    return claim


def test_scores_are_in_range_with_reasons():
    claim = _one("Menurut BPS, inflasi Juli 2025 naik menjadi 2,95 persen.")
    cw = claim["checkworthiness"]
    assert 0.0 <= cw["score"] <= 1.0
    assert {"number", "comparison", "official-source"} <= set(cw["reasons"])


def test_numbers_and_officials_rank_above_opinions():
    fact = _one("Menurut Kementerian Keuangan, defisit anggaran mencapai Rp 300 triliun pada 2024.")
    opinion = _one("Saya kira kebijakan itu sangat penting bagi kita semua.")
    assert fact["checkworthiness"]["score"] > opinion["checkworthiness"]["score"] + 0.3
    assert opinion["kind"] == "opinion"


def test_questions_rank_low_but_are_kept():
    claim = _one("Apakah harga beras akan turun tahun depan?")
    assert claim["kind"] == "question"
    assert claim["checkworthiness"]["score"] < 0.3
    assert "question" in claim["checkworthiness"]["reasons"]


def test_quotes_of_feeling_are_quote_only_and_rank_low():
    claim = _one('"Saya sangat senang dan bangga dengan hasil ini," kata Budi.')
    assert claim["kind"] == "quote-only"
    assert "feeling" in claim["checkworthiness"]["reasons"]
    assert claim["checkworthiness"]["score"] < 0.4


def test_predictions_are_marked():
    claim = _one("Inflasi diperkirakan akan turun tahun depan.")
    assert claim["kind"] == "prediction"
    claim = _one("Inflation is expected to fall next year.", "en")
    assert claim["kind"] == "prediction"


def test_negation_raises_the_score_of_an_otherwise_equal_claim():
    plain = _one("Perjanjian itu mencakup klausul pertahanan bersama.")
    negated = _one("Perjanjian itu tidak mencakup klausul pertahanan bersama.")
    assert negated["checkworthiness"]["score"] > plain["checkworthiness"]["score"]


def test_the_score_is_deterministic():
    text = "Menurut BPS, inflasi Juli 2025 naik menjadi 2,95 persen."
    assert _one(text) == _one(text)


def test_being_pleased_is_a_feeling():
    from claims.extraction import extract

    [claim] = extract(
        '"I\'m extremely pleased with how I played," Federer said.', language="en"
    ).claims
    assert claim["kind"] == "quote-only"


def test_a_claim_with_no_verb_ranks_lower():
    from claims.extraction import extract

    text = (
        "Judul berita\nSuasana Rapat Paripurna DPR di Gedung Nusantara II, Jakarta.\n"
        "Rapat paripurna DPR menyetujui Perppu Ormas menjadi undang-undang."
    )
    *_, caption, claim = extract(text, language="id").claims
    assert "no-verb" in caption["checkworthiness"]["reasons"]
    assert "no-verb" not in claim["checkworthiness"]["reasons"]
    assert caption["checkworthiness"]["score"] < claim["checkworthiness"]["score"]


def test_a_quoted_question_is_a_question_even_when_the_sentence_ends_with_its_speaker():
    from claims.extraction import extract

    text = "Judul\n\u201cApakah RUU itu disetujui menjadi RUU inisiatif?\u201d kata Fadli Zon."
    [claim] = extract(text, language="id").claims
    assert claim["kind"] == "question"
    assert "question" in claim["checkworthiness"]["reasons"]


def test_an_appeal_is_an_opinion_and_ranks_low():
    from claims.extraction import extract

    for text, language in [
        ("Title\nTake care so that mosquitoes do not bite.", "en"),
        ("Judul\nJangan membuang sampah ke sungai.", "id"),
    ]:
        [claim] = extract(text, language=language).claims
        assert claim["kind"] == "opinion"
        assert claim["checkworthiness"]["score"] < 0.3


def test_an_office_makes_an_official_source_a_named_resident_does_not():
    from claims.extraction import extract

    text = (
        "Bupati Situbondo, Karna Suswandi mengatakan pihaknya akan menggelar operasi pasar.\n"
        "Riskia, pedagang pasar, mengatakan penjualan beras turun menjadi 20 kilogram sehari."
    )
    bupati, trader = extract(text, language="id").claims
    assert bupati["attribution"]["speaker"] == "Karna Suswandi"
    assert "official-source" in bupati["checkworthiness"]["reasons"]
    assert trader["attribution"]["speaker"] == "Riskia"
    assert "official-source" not in trader["checkworthiness"]["reasons"]
    assert "attributed" in trader["checkworthiness"]["reasons"]
