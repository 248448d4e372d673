"""Language detection by a stopword vote from the data files."""

from claims.extraction import extract
from claims.extraction.language import detect, differs


def test_indonesian_and_english_are_told_apart():
    assert detect("Harga beras naik karena pasokan dari petani berkurang di pasar.") == "id"
    assert detect("Prices rose because the supply from farmers fell in the market.") == "en"


def test_empty_and_ambiguous_text_falls_back_to_the_default():
    assert detect("") == "id"
    assert detect("12345 !!!", default="en") == "en"


def test_extract_reports_the_detected_language():
    assert extract("The minister said that prices were falling.").language == "en"
    assert extract("Menteri mengatakan bahwa harga sedang turun.").language == "id"


def test_a_given_language_wins():
    assert extract("The minister said that prices were falling.", language="id").language == "id"


def test_a_quoted_foreign_sentence_keeps_its_own_language_only_when_clear():
    text = (
        'Menteri itu mengutip pidato tersebut. "We will not allow this to happen again and '
        'we have the support of the people," kata Menteri.'
    )
    result = extract(text, language="id")
    quoted = [c for c in result.claims if c["attribution"] and "We will" in c["text"]]
    assert quoted and quoted[0]["language"] == "en"
    assert all(c["language"] == "id" for c in result.claims if c not in quoted)


def test_differs_needs_clear_evidence():
    text = "Dia bilang OK."
    assert differs(text, 0, len(text), "id") is None
