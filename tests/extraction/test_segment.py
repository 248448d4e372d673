"""Sentence boundaries, the working copy and its offset map."""

from claims.extraction import extract
from claims.extraction.lexicon import lexicon
from claims.extraction.segment import WorkingText, split_sentences, tokens

ID, EN = lexicon("id"), lexicon("en")


def _sentences(text: str, lex=ID) -> list[str]:
    other = EN if lex is ID else ID
    return [text[s.start : s.end] for s in split_sentences(text, 0, len(text), "body", lex, other)]


def test_it_splits_plain_sentences():
    assert _sentences("Harga naik. Warga mengeluh! Apa sebabnya?") == [
        "Harga naik.",
        "Warga mengeluh!",
        "Apa sebabnya?",
    ]


def test_it_keeps_indonesian_abbreviations_inside_a_sentence():
    text = "Rumah dr. Ahmad di Jl. Sudirman No. 5 Kab. Bogor dijual oleh H. Ali dan Hj. Siti."
    assert _sentences(text) == [text]


def test_it_keeps_titles_and_degrees():
    text = "Prof. Budi, S.H., M.Si. bertemu Ir. Joko di kantor tsb. kemarin."
    assert _sentences(text) == [text]


def test_it_keeps_english_abbreviations():
    text = "Mr. Smith of Acme Inc. met Dr. Jones in the U.S. capital on Monday."
    assert _sentences(text, EN) == [text]


def test_it_breaks_after_an_abbreviation_that_ends_a_sentence():
    text = "He moved to the U.S. The move was quick."
    assert _sentences(text, EN) == ["He moved to the U.S.", "The move was quick."]


def test_numbers_do_not_end_sentences():
    text = "Inflasi 2,95 persen pada 17/1/2025 dan nilainya Rp 1.000.000 atau 1.5 kali lipat."
    assert _sentences(text) == [text]


def test_a_quote_spanning_sentences_stays_one_unit_with_its_attribution():
    text = '"Kami siap. Kami akan menang," kata Budi. Lalu ia pergi.'
    sents = split_sentences(text, 0, len(text), "body", ID, EN)
    assert [text[s.start : s.end] for s in sents] == [
        '"Kami siap. Kami akan menang," kata Budi.',
        "Lalu ia pergi.",
    ]
    assert sents[0].breaks == [text.index(" Kami akan")]


def test_an_ellipsis_before_a_capital_ends_a_sentence_but_not_before_lowercase():
    assert _sentences("Dia ragu... Lalu pergi.") == ["Dia ragu...", "Lalu pergi."]
    assert _sentences("Dia ragu... lalu pergi.") == ["Dia ragu... lalu pergi."]


def test_tokens_keep_numbers_and_dates_whole():
    text = "Rp 1.000.000 pada 17/1/2025 naik 2,95%"
    assert [t[2] for t in tokens(text, 0, len(text))] == [
        "rp", "1.000.000", "pada", "17/1/2025", "naik", "2,95", "%",
    ]  # fmt: skip


def test_working_copy_maps_offsets_back_over_dropped_characters():
    text = "Harga\u00ad beras\u200b naik\u00a0tajam."
    wt = WorkingText(text)
    assert wt.text == "Harga beras naik tajam."
    s = wt.text.index("naik")
    assert text[wt.start(s) : wt.end(s + 4)] == "naik"


def test_claim_spans_index_the_original_text_with_invisible_characters():
    text = "Pemerintah\u200b menaikkan harga BBM sebesar 10\u00a0persen pada 2024."
    result = extract(text, language="id")
    assert result.claims
    for claim in result.claims:
        for s, e in claim["spans"]:
            assert text[s:e].strip() == text[s:e]
        assert "persen" in text[claim["spans"][-1][0] : claim["spans"][-1][1]]


def test_crlf_text_keeps_exact_offsets():
    text = "Judul Berita\r\nHarga beras naik 10 persen pada Januari.\r\nWarga mengeluh.\r\n"
    result = extract(text, language="id")
    texts = [c["text"] for c in result.claims]
    assert "Harga beras naik 10 persen pada Januari" in texts
    for claim in result.claims:
        assert all("\r" not in text[s:e] for s, e in claim["spans"])


def test_ste_is_an_abbreviation():
    from claims.extraction import extract

    text = "The farm has 126 turbines near Sault Ste. Marie in Ontario."
    assert len(extract(text, language="en").claims) == 1


def test_wib_ends_a_sentence():
    from claims.extraction import extract

    text = "Judul\nRapat dilanjutkan pada pukul 19:00 WIB. Agendanya adalah pengambilan keputusan."
    assert [c["text"] for c in extract(text, language="id").claims] == [
        "Rapat dilanjutkan pada pukul 19:00 WIB",
        "Agendanya adalah pengambilan keputusan",
    ]


def test_us_state_abbreviations_do_not_end_a_sentence():
    from claims.extraction import extract

    text = (
        "Title\nThe strongest increases were in Burlington, Vt. (21.8 percent) and Hartford, "
        "Conn. (13.1 percent). Sales dropped in Miami."
    )
    assert [c["text"] for c in extract(text, language="en").claims][-1] == "Sales dropped in Miami"
    assert len(extract(text, language="en").claims) >= 2
    # the other language's list is used too: Indonesian "kan." still ends a sentence
    text = "Judul\nItu belum sampai 3 persen kan. Dilihat dari rata-rata bulanan, oke."
    assert len(extract(text, language="id").claims) == 2


def test_a_full_stop_that_lost_its_space_still_ends_a_sentence():
    text = "Buleleng nomor dua tertinggi di Indonesia.Tak hanya itu, dua warga meninggal."
    assert _sentences(text) == [
        "Buleleng nomor dua tertinggi di Indonesia.",
        "Tak hanya itu, dua warga meninggal.",
    ]
    # a site's name and an initial are no sentence ends
    assert len(_sentences("Hal itu dikutip dari Kompas.Com pada Senin.")) == 1
    assert len(_sentences("Ia bertemu dr.Ahmad di rumah sakit.")) == 1


def test_an_indonesian_sentence_that_starts_lowercase_after_a_full_stop():
    text = "Api berasal dari kabel di salah satu kios gerabah. kondisi angin turut menyuburkan api."
    assert _sentences(text) == [
        "Api berasal dari kabel di salah satu kios gerabah.",
        "kondisi angin turut menyuburkan api.",
    ]
    # an abbreviation before a lowercase word is no end
    assert len(_sentences("Ia membeli sayur, buah, dsb. lalu pulang ke rumah.")) == 1
